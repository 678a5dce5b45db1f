/* The play page. Every control is a GAction with a key, so a clicker, the keyboard and the
 * buttons all do the same thing; the session (src/core) holds the state, this page shows it. */
#define G_LOG_DOMAIN "kletsborden-play-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-calm-cover.h"
#include "kb-focus.h"
#include "kb-play-page-private.h"
#include "kb-shortcuts.h"

enum {
  PROP_0,
  PROP_CALM,
  PROP_HIGH_CONTRAST,
  PROP_TIMER_PUBLIC,
  PROP_FILL_SCREEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbPlayPage, kb_play_page, GTK_TYPE_WIDGET)

/* The trainer's notes of the card the room sees; only the facilitator's view shows them. */
static void
update_notes (KbPlayPage *self)
{
  KbCard *card = kb_session_get_current (self->session);
  KbDeck *deck = kb_session_get_deck (self->session);
  const KbText *notes = card != NULL ? kb_card_get_notes (card) : NULL;
  const char *text = notes != NULL
                     ? kb_text_get (notes, kb_session_get_language (self->session),
                                    kb_deck_get_fallback_language (deck))
                     : NULL;

  if (text != NULL)
    {
      gtk_label_set_label (self->notes_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->notes_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->notes_label, _("This card has no notes."));
      gtk_widget_add_css_class (GTK_WIDGET (self->notes_label), "dim-label");
    }
}

static gboolean
update_clock (gpointer user_data)
{
  KbPlayPage *self = KB_PLAY_PAGE (user_data);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%H:%M");

  gtk_label_set_label (self->clock_label, text);
  return G_SOURCE_CONTINUE;
}

void
_kb_play_page_update_chrome (KbPlayPage *self)
{
  KbDeck *deck;
  guint position, n;
  g_autofree char *subtitle = NULL;
  g_autofree char *lang_label = NULL;
  const char * const *langs;

  if (self->session == NULL)
    return;

  deck = kb_session_get_deck (self->session);
  position = kb_session_get_position (self->session);
  n = kb_session_get_n_cards (self->session);
  adw_window_title_set_title (self->window_title,
                              kb_deck_get_title (deck, kb_session_get_language (self->session)));
  if (kb_session_get_current (self->session) == NULL)
    subtitle = g_strdup_printf (ngettext ("%u card", "%u cards", n), n);
  else
    /* Translators: "card 3 of 40" */
    subtitle = g_strdup_printf (_("Card %u of %u"), position, n);
  if (self->jump_number > 0)
    {
      g_free (subtitle);
      subtitle = _kb_play_jump_dup_subtitle (self);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);

  langs = kb_deck_get_languages (deck);
  lang_label = g_ascii_strup (kb_session_get_language (self->session), -1);
  gtk_button_set_label (self->language_button, lang_label);
  gtk_widget_set_visible (GTK_WIDGET (self->language_button), langs[0] != NULL && langs[1] != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->hint_label),
                          kb_session_get_current (self->session) == NULL && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.previous",
                                 kb_session_get_position (self->session) > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.next",
                                 kb_session_peek_next (self->session) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.pass",
                                 kb_session_get_current (self->session) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.put-away",
                                 kb_session_get_current (self->session) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.swap-next",
                                 kb_session_get_n_cards (self->session) > position + 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.put-away-next",
                                 kb_session_peek_next (self->session) != NULL);
  _kb_play_history_update (self);
  _kb_play_roles_update (self);
  update_notes (self);
  _kb_play_read_aloud_update (self);
  _kb_play_speakers_update (self);
}

static void
set_calm (KbPlayPage *self,
          gboolean    calm)
{
  if (self->calm == calm)
    return;
  self->calm = calm;
  kb_card_view_set_calm (self->card_view, calm);
  _kb_play_page_update_cover (self);
  _kb_play_roles_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALM]);
}

/* The calm screen covers the whole page wherever the room may see it; the facilitator's view
 * beside an audience window keeps its panel, with the calm card in it. */
void
_kb_play_page_update_cover (KbPlayPage *self)
{
  gtk_widget_set_visible (self->calm_cover, self->calm && !self->presenter);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  /* From the calm screen, "next" first brings the card back, as a clicker user expects. */
  if (self->calm)
    set_calm (self, FALSE);
  else
    kb_session_next (self->session);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  if (self->calm)
    set_calm (self, FALSE);
  else
    kb_session_previous (self->session);
}

static void
pass_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  set_calm (self, FALSE);
  kb_session_pass (self->session);
}

static void
put_away_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  set_calm (self, FALSE);
  _kb_play_undo_put_away (self);
}

static void
timer_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  /* After the time is up, T starts the next speaker's turn from the full duration. */
  if (kb_timer_is_finished (self->timer))
    {
      kb_timer_reset (self->timer);
      kb_timer_start (self->timer);
    }
  else
    kb_timer_toggle (self->timer);
}

static void
timer_reset_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  kb_timer_reset (KB_PLAY_PAGE (widget)->timer);
}

static void
swap_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  kb_session_swap_next (KB_PLAY_PAGE (widget)->session);
}

static void
put_away_next_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  kb_session_put_away_next (KB_PLAY_PAGE (widget)->session);
}

static void
language_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  kb_session_cycle_language (KB_PLAY_PAGE (widget)->session);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  /* Esc steps back one level: calm screen first, then presenting and fullscreen (the window's
   * presenter ends both, whichever window the key came from). */
  if (self->calm)
    set_calm (self, FALSE);
  else if (!gtk_widget_activate_action (widget, "win.leave", NULL) &&
           GTK_IS_WINDOW (root) && gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_unfullscreen (GTK_WINDOW (root));
}

static void
kb_play_page_dispose (GObject *object)
{
  KbPlayPage *self = KB_PLAY_PAGE (object);
  GtkWidget *child;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  _kb_play_keeping_dispose (self);
  _kb_play_shuffle_dispose (self);
  _kb_play_jump_dispose (self);
  _kb_play_overview_dispose (self);
  _kb_play_undo_dispose (self);
  _kb_play_timer_dispose (self);
  _kb_play_speakers_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_PLAY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_object (&self->timer);
  g_clear_object (&self->settings);
  g_clear_object (&self->read_aloud);
  g_clear_pointer (&self->read_lang, g_free);
  g_clear_pointer (&self->role_names, g_ptr_array_unref);
  g_clear_handle_id (&self->clock_id, g_source_remove);

  G_OBJECT_CLASS (kb_play_page_parent_class)->dispose (object);
}

static void
kb_play_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KbPlayPage *self = KB_PLAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CALM:
      g_value_set_boolean (value, self->calm);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    case PROP_TIMER_PUBLIC:
      g_value_set_boolean (value, self->timer_public);
      break;
    case PROP_FILL_SCREEN:
      g_value_set_boolean (value, self->fill_screen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_play_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KbPlayPage *self = KB_PLAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CALM:
      set_calm (self, g_value_get_boolean (value));
      break;
    case PROP_HIGH_CONTRAST:
      if (self->high_contrast != g_value_get_boolean (value))
        {
          self->high_contrast = g_value_get_boolean (value);
          kb_card_view_set_theme_variant (self->card_view, self->high_contrast
                                          ? KB_THEME_VARIANT_HIGH_CONTRAST
                                          : KB_THEME_VARIANT_NORMAL);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_TIMER_PUBLIC:
      if (self->timer_public != g_value_get_boolean (value))
        {
          self->timer_public = g_value_get_boolean (value);
          _kb_play_timer_update_visibility (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_FILL_SCREEN:
      if (self->fill_screen != g_value_get_boolean (value))
        {
          self->fill_screen = g_value_get_boolean (value);
          g_object_set (self->card_view, "fill", self->fill_screen, NULL);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_play_page_class_init (KbPlayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_play_page_dispose;
  object_class->get_property = kb_play_page_get_property;
  object_class->set_property = kb_play_page_set_property;

  properties[PROP_CALM] =
    g_param_spec_boolean ("calm", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TIMER_PUBLIC] =
    g_param_spec_boolean ("timer-public", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A card as wide as the screen: the room's text size, as large as the screen allows. */
  properties[PROP_FILL_SCREEN] =
    g_param_spec_boolean ("fill-screen", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KbPlayPage::roles-changed:
   *
   * Someone got or lost a role in the case on screen: the audience shows who plays what.
   */
  g_signal_new ("roles-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                NULL, G_TYPE_NONE, 0);

  g_type_ensure (KB_TYPE_CARD_VIEW);
  g_type_ensure (KB_TYPE_TIMER_RING);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kb-play-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, language_button);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, card_view);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, history_scroller);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, history_box);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, controls);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, presenter_panel);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, next_view);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, clock_label);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, screens_button);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, timer_ring);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, card_timer_ring);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, timer_minutes);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, speakers_entry);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, speaker_label);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, roles_button);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, roles_box);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, roles_label);
  _kb_play_read_aloud_class_init (widget_class);
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, toast_overlay);
  _kb_play_keeping_class_init (widget_class);
  _kb_play_print_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "play.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "play.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "play.pass", NULL, pass_action);
  gtk_widget_class_install_action (widget_class, "play.put-away", NULL, put_away_action);
  _kb_play_shuffle_class_init (widget_class);
  _kb_play_jump_class_init (widget_class);
  _kb_play_overview_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "play.swap-next", NULL, swap_next_action);
  gtk_widget_class_install_action (widget_class, "play.put-away-next", NULL,
                                   put_away_next_action);
  gtk_widget_class_install_action (widget_class, "play.language", NULL, language_action);
  gtk_widget_class_install_action (widget_class, "play.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "play.timer", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "play.timer-reset", NULL, timer_reset_action);
  gtk_widget_class_install_property_action (widget_class, "play.timer-public", "timer-public");
  gtk_widget_class_install_property_action (widget_class, "play.calm", "calm");
  gtk_widget_class_install_property_action (widget_class, "play.fill-screen", "fill-screen");
  gtk_widget_class_install_property_action (widget_class, "play.high-contrast", "high-contrast");

  kb_shortcuts_bind (widget_class, KB_SHORTCUTS_PLAY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "playpage");
}

static void
kb_play_page_init (KbPlayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->calm_cover = GTK_WIDGET (kb_calm_cover_new ());
  gtk_widget_set_parent (self->calm_cover, GTK_WIDGET (self));
  /* The main window's card is the room's until an audience window takes over. */
  kb_card_view_set_room (self->card_view, TRUE);
  self->role_names = g_ptr_array_new_with_free_func (g_free);
  kb_card_view_set_follow_next (self->next_view, TRUE);
  _kb_play_timer_init (self);
  _kb_play_read_aloud_init (self);
  _kb_play_keeping_init (self);
  _kb_play_jump_init (self);
  _kb_play_speakers_init (self);
}

KbPlayPage *
kb_play_page_new (void)
{
  return g_object_new (KB_TYPE_PLAY_PAGE, NULL);
}

void
kb_play_page_set_session (KbPlayPage *self,
                          KbSession  *session)
{
  g_return_if_fail (KB_IS_PLAY_PAGE (self));
  g_return_if_fail (KB_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  set_calm (self, FALSE);
  kb_calm_cover_set_deck (KB_CALM_COVER (self->calm_cover), kb_session_get_deck (session));
  kb_card_view_set_session (self->card_view, session);
  kb_card_view_set_session (self->next_view, session);
  gtk_menu_button_set_popover (self->filter_button, _kb_play_filters_new (session));
  g_signal_connect_swapped (session, "changed", G_CALLBACK (_kb_play_page_update_chrome), self);
  _kb_play_speakers_restart (self);
  _kb_play_page_update_chrome (self);
  kb_focus_grab (GTK_WIDGET (self->card_view));
}

KbSession *
kb_play_page_get_session (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return self->session;
}

KbCardView *
kb_play_page_get_card_view (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return self->card_view;
}

/* Presenting (fullscreen): only the card, nothing that distracts the room. */
void
kb_play_page_set_presenting (KbPlayPage *self,
                             gboolean    presenting)
{
  g_return_if_fail (KB_IS_PLAY_PAGE (self));

  self->presenting = presenting;
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->controls), !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->history_scroller), !presenting);
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  _kb_play_timer_update_visibility (self);
  _kb_play_page_update_chrome (self);
  _kb_play_roles_refresh (self);
  kb_focus_grab (GTK_WIDGET (self->card_view));
}

/* The facilitator's view: the card the room sees, the next one, the notes and the clock, while
 * an audience window on the projector shows only the card. */
void
kb_play_page_set_presenter (KbPlayPage *self,
                            gboolean    presenter)
{
  g_return_if_fail (KB_IS_PLAY_PAGE (self));

  self->presenter = presenter;
  gtk_widget_set_visible (GTK_WIDGET (self->presenter_panel), presenter);
  /* Only the facilitator's own screen shows a case's briefs. */
  kb_card_view_set_room (self->card_view, !presenter);
  _kb_play_page_update_cover (self);
  _kb_play_timer_update_visibility (self);
  _kb_play_roles_refresh (self);
  g_clear_handle_id (&self->clock_id, g_source_remove);
  if (presenter)
    {
      update_clock (self);
      self->clock_id = g_timeout_add_seconds (1, update_clock, self);
    }
  if (self->session != NULL)
    _kb_play_page_update_chrome (self);
}

gboolean
kb_play_page_get_presenter (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), FALSE);
  return self->presenter;
}

KbTimer *
kb_play_page_get_timer (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return self->timer;
}

/* The screen picker of the facilitator's view: the window keeps the list of screens. */
void
kb_play_page_set_screens_menu (KbPlayPage *self,
                               GMenuModel *menu)
{
  g_return_if_fail (KB_IS_PLAY_PAGE (self));
  gtk_menu_button_set_menu_model (self->screens_button, menu);
}
