/* The preferences window: every widget is bound to its GSettings key with g_settings_bind, so
 * a change here is stored at once and a change elsewhere (the play page's timer popover, the
 * presenting code remembering a projector) shows here while the window is open. */
#define G_LOG_DOMAIN "kletsborden-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-preferences-window.h"

struct _KbPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;
  /* The connectors the room's screen row offers, in its order; "" (automatic) first. */
  GPtrArray *connectors;

  GtkSpinButton *timer_minutes;
  GtkSwitch *timer_public;
  GtkSwitch *card_fills_screen;
  GtkSwitch *high_contrast;
  AdwComboRow *room_screen;
  AdwComboRow *calm_screen;
  GtkSwitch *read_aloud;
  GtkSwitch *dyslexia_font;
  GtkSwitch *wide_letter_spacing;
};

G_DEFINE_FINAL_TYPE (KbPreferencesWindow, kb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* timer-seconds is stored in seconds; people think of a turn in minutes. */
static gboolean
seconds_to_minutes (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant) / 60.0);
  return TRUE;
}

static GVariant *
minutes_to_seconds (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32) (g_value_get_double (value) * 60 + 0.5));
}

/* The calm screen row lists the nicks of the CalmScreen enum in this order. */
static const char *const calm_screen_nicks[] = { "deck-back", "black" };

static gboolean
calm_nick_to_position (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (calm_screen_nicks); i++)
    if (g_str_equal (nick, calm_screen_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
calm_position_to_nick (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (calm_screen_nicks))
    return NULL;
  return g_variant_new_string (calm_screen_nicks[position]);
}

static gboolean
connector_to_position (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  KbPreferencesWindow *self = user_data;
  const char *connector = g_variant_get_string (variant, NULL);
  guint position;

  if (!g_ptr_array_find_with_equal_func (self->connectors, connector, g_str_equal, &position))
    position = 0;
  g_value_set_uint (value, position);
  return TRUE;
}

static GVariant *
position_to_connector (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  KbPreferencesWindow *self = user_data;
  guint position = g_value_get_uint (value);

  if (position >= self->connectors->len)
    return NULL;
  return g_variant_new_string (g_ptr_array_index (self->connectors, position));
}

/* "Automatic", the screens connected now, and the remembered one when it is not: a projector
 * chosen last week is still there to keep while the laptop is on its own screen. */
static void
fill_room_screens (KbPreferencesWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *remembered = g_settings_get_string (self->settings, "presentation-monitor");

  g_ptr_array_set_size (self->connectors, 0);
  g_ptr_array_add (self->connectors, g_strdup (""));
  gtk_string_list_append (names, _("Automatic: another screen than this window’s"));
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      const char *connector = gdk_monitor_get_connector (monitor);
      const char *model = gdk_monitor_get_model (monitor);
      g_autofree char *name = NULL;

      if (connector == NULL)
        continue;
      name = model != NULL && *model != '\0' ? g_strdup_printf ("%s (%s)", connector, model)
                                             : g_strdup (connector);
      g_ptr_array_add (self->connectors, g_strdup (connector));
      gtk_string_list_append (names, name);
    }
  if (*remembered != '\0' &&
      !g_ptr_array_find_with_equal_func (self->connectors, remembered, g_str_equal, NULL))
    {
      /* Translators: %s is a screen's connector, such as HDMI-1. */
      g_autofree char *name = g_strdup_printf (_("%s (not connected)"), remembered);
      g_ptr_array_add (self->connectors, g_strdup (remembered));
      gtk_string_list_append (names, name);
    }
  adw_combo_row_set_model (self->room_screen, G_LIST_MODEL (names));
}

/* A projector plugged in or out while the window is open: the list is made anew. The binding
 * goes first, or the new model's selection would overwrite the remembered screen. */
static void
bind_room_screens (KbPreferencesWindow *self)
{
  g_settings_unbind (self->room_screen, "selected");
  fill_room_screens (self);
  g_settings_bind_with_mapping (self->settings, "presentation-monitor", self->room_screen,
                                "selected", G_SETTINGS_BIND_DEFAULT, connector_to_position,
                                position_to_connector, self, NULL);
}

static void
bind_switch (KbPreferencesWindow *self,
             const char          *key,
             GtkSwitch           *widget)
{
  g_settings_bind (self->settings, key, widget, "active", G_SETTINGS_BIND_DEFAULT);
}

static void
kb_preferences_window_dispose (GObject *object)
{
  KbPreferencesWindow *self = KB_PREFERENCES_WINDOW (object);

  /* Its mapping reads self->connectors: it must not outlive this window, whoever still holds
   * the row. */
  if (self->room_screen != NULL)
    g_settings_unbind (self->room_screen, "selected");
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (kb_preferences_window_parent_class)->dispose (object);
}

static void
kb_preferences_window_finalize (GObject *object)
{
  KbPreferencesWindow *self = KB_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->connectors, g_ptr_array_unref);
  G_OBJECT_CLASS (kb_preferences_window_parent_class)->finalize (object);
}

static void
kb_preferences_window_class_init (KbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_preferences_window_dispose;
  object_class->finalize = kb_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/ui/kb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, timer_minutes);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, timer_public);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, card_fills_screen);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, high_contrast);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, room_screen);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, calm_screen);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, read_aloud);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, dyslexia_font);
  gtk_widget_class_bind_template_child (widget_class, KbPreferencesWindow, wide_letter_spacing);
}

static void
kb_preferences_window_init (KbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  self->connectors = g_ptr_array_new_with_free_func (g_free);

  g_settings_bind_with_mapping (self->settings, "timer-seconds",
                                gtk_spin_button_get_adjustment (self->timer_minutes), "value",
                                G_SETTINGS_BIND_DEFAULT, seconds_to_minutes, minutes_to_seconds,
                                NULL, NULL);
  bind_switch (self, "timer-public", self->timer_public);
  bind_switch (self, "card-fills-screen", self->card_fills_screen);
  bind_switch (self, "high-contrast", self->high_contrast);
  bind_switch (self, "read-aloud", self->read_aloud);
  bind_switch (self, "dyslexia-font", self->dyslexia_font);
  bind_switch (self, "wide-letter-spacing", self->wide_letter_spacing);
  g_settings_bind_with_mapping (self->settings, "calm-screen", self->calm_screen, "selected",
                                G_SETTINGS_BIND_DEFAULT, calm_nick_to_position,
                                calm_position_to_nick, NULL, NULL);

  bind_room_screens (self);
  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))),
                           "items-changed", G_CALLBACK (bind_room_screens), self,
                           G_CONNECT_SWAPPED);
}

KbPreferencesWindow *
kb_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (KB_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
