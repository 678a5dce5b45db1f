/* The audience window. It shows the same session as the facilitator's play page, drawn by its
 * own card view at the projector's size, and hands every key it gets to that page: a clicker
 * talks to whichever window has the focus, and must always drive the session. */
#define G_LOG_DOMAIN "kletsborden-audience"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-audience-window.h"
#include "kb-timer-ring.h"

struct _KbAudienceWindow
{
  GtkWindow parent_instance;

  KbCardView *card_view;
  KbTimerRing *timer_ring;
  GtkLabel *roles_label;
  KbPlayPage *controls;        /* weak: the page in the main window */
};

G_DEFINE_FINAL_TYPE (KbAudienceWindow, kb_audience_window, GTK_TYPE_WINDOW)

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             KbAudienceWindow      *self)
{
  if (self->controls == NULL)
    return FALSE;
  return gtk_event_controller_key_forward (controller, GTK_WIDGET (self->controls));
}

static void
update_timer (KbAudienceWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->timer_ring),
                          self->controls != NULL &&
                          kb_play_page_get_timer_shown_to_room (self->controls));
}

static void
update_roles (KbAudienceWindow *self)
{
  g_autofree char *markup = self->controls != NULL
                            ? kb_play_page_dup_roles_markup (self->controls) : NULL;
  gboolean calm = FALSE;

  if (self->controls != NULL)
    g_object_get (self->controls, "calm", &calm, NULL);
  gtk_label_set_markup (self->roles_label, markup != NULL ? markup : "");
  gtk_widget_set_visible (GTK_WIDGET (self->roles_label), markup != NULL && !calm);
}

static void
kb_audience_window_dispose (GObject *object)
{
  KbAudienceWindow *self = KB_AUDIENCE_WINDOW (object);

  if (self->controls != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->controls, self);
      g_signal_handlers_disconnect_by_data (kb_play_page_get_timer (self->controls), self);
    }
  g_clear_weak_pointer (&self->controls);

  G_OBJECT_CLASS (kb_audience_window_parent_class)->dispose (object);
}

static void
kb_audience_window_class_init (KbAudienceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_audience_window_dispose;
  gtk_widget_class_set_css_name (widget_class, "audiencewindow");
}

static void
kb_audience_window_init (KbAudienceWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *overlay = gtk_overlay_new ();

  self->card_view = kb_card_view_new ();
  self->timer_ring = kb_timer_ring_new (NULL);
  gtk_widget_set_halign (GTK_WIDGET (self->timer_ring), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->timer_ring), GTK_ALIGN_START);
  gtk_widget_set_size_request (GTK_WIDGET (self->timer_ring), 160, 160);
  gtk_widget_set_margin_top (GTK_WIDGET (self->timer_ring), 48);
  gtk_widget_set_margin_end (GTK_WIDGET (self->timer_ring), 48);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_ring), FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->card_view));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->timer_ring));
  self->roles_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->roles_label), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->roles_label), GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->roles_label), 64);
  gtk_widget_add_css_class (GTK_WIDGET (self->roles_label), "roles-strip");
  gtk_widget_set_visible (GTK_WIDGET (self->roles_label), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->roles_label));
  gtk_window_set_child (GTK_WINDOW (self), overlay);
  gtk_window_set_title (GTK_WINDOW (self), _("Kletsborden — Audience"));
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "audience");

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

KbAudienceWindow *
kb_audience_window_new (KbPlayPage *controls)
{
  KbAudienceWindow *self;

  g_return_val_if_fail (KB_IS_PLAY_PAGE (controls), NULL);

  self = g_object_new (KB_TYPE_AUDIENCE_WINDOW, NULL);
  g_set_weak_pointer (&self->controls, controls);
  kb_card_view_set_session (self->card_view, kb_play_page_get_session (controls));
  /* The calm screen and the theme follow the facilitator's choice. */
  g_object_bind_property (controls, "calm", self->card_view, "calm", G_BINDING_SYNC_CREATE);
  g_object_bind_property (controls, "high-contrast", self->card_view, "high-contrast",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (controls, "fill-screen", self->card_view, "fill",
                          G_BINDING_SYNC_CREATE);
  kb_timer_ring_set_timer (self->timer_ring, kb_play_page_get_timer (controls));
  g_signal_connect_swapped (kb_play_page_get_timer (controls), "notify",
                            G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (kb_play_page_get_timer (controls), "finished",
                            G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (controls, "notify::timer-public", G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (controls, "roles-changed", G_CALLBACK (update_roles), self);
  g_signal_connect_swapped (controls, "notify::calm", G_CALLBACK (update_roles), self);
  update_timer (self);
  update_roles (self);
  return self;
}

KbCardView *
kb_audience_window_get_card_view (KbAudienceWindow *self)
{
  g_return_val_if_fail (KB_IS_AUDIENCE_WINDOW (self), NULL);
  return self->card_view;
}
