/* The room's view of a card session, for the audience window: the same session as the
 * facilitator's play page, drawn by its own card view at the projector's size. The room sees
 * the card (a case without its briefs), who plays which role, the timer only while it runs and
 * the facilitator shows it, and on the calm screen nothing at all. Never a control or a hint. */
#define G_LOG_DOMAIN "kletsborden-play-room"

#include "config.h"

#include "kb-calm-cover.h"
#include "kb-play-room.h"
#include "kb-timer-ring.h"

struct _KbPlayRoom
{
  GtkWidget parent_instance;

  GtkWidget *overlay;
  KbCardView *card_view;
  KbTimerRing *timer_ring;
  GtkLabel *roles_label;
  KbCalmCover *cover;
  KbPlayPage *page;            /* weak: the facilitator's page */
};

G_DEFINE_FINAL_TYPE (KbPlayRoom, kb_play_room, GTK_TYPE_WIDGET)

static gboolean
page_calm (KbPlayRoom *self)
{
  gboolean calm = FALSE;

  if (self->page != NULL)
    g_object_get (self->page, "calm", &calm, NULL);
  return calm;
}

static void
update_timer (KbPlayRoom *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->timer_ring),
                          self->page != NULL && kb_play_page_get_timer_shown_to_room (self->page));
}

static void
update_roles (KbPlayRoom *self)
{
  g_autofree char *markup = self->page != NULL ? kb_play_page_dup_roles_markup (self->page) : NULL;

  gtk_label_set_markup (self->roles_label, markup != NULL ? markup : "");
  gtk_widget_set_visible (GTK_WIDGET (self->roles_label), markup != NULL);
}

static void
update_calm (KbPlayRoom *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->cover), page_calm (self));
}

static void
kb_play_room_dispose (GObject *object)
{
  KbPlayRoom *self = KB_PLAY_ROOM (object);

  if (self->page != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->page, self);
      g_signal_handlers_disconnect_by_data (kb_play_page_get_timer (self->page), self);
    }
  g_clear_weak_pointer (&self->page);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);

  G_OBJECT_CLASS (kb_play_room_parent_class)->dispose (object);
}

static void
kb_play_room_class_init (KbPlayRoomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_play_room_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "playroom");
}

static void
kb_play_room_init (KbPlayRoom *self)
{
  GtkOverlay *overlay = GTK_OVERLAY (gtk_overlay_new ());

  self->overlay = GTK_WIDGET (overlay);
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));
  self->card_view = kb_card_view_new ();
  kb_card_view_set_room (self->card_view, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self->card_view), FALSE);
  gtk_overlay_set_child (overlay, GTK_WIDGET (self->card_view));

  self->timer_ring = kb_timer_ring_new (NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_ring), FALSE);
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->timer_ring));
  kb_timer_ring_place_over_card (self->timer_ring, overlay, 48);

  self->roles_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->roles_label), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->roles_label), GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->roles_label), 64);
  gtk_widget_add_css_class (GTK_WIDGET (self->roles_label), "roles-strip");
  gtk_widget_set_visible (GTK_WIDGET (self->roles_label), FALSE);
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->roles_label));

  /* Last, so that it covers the timer and the names too. */
  self->cover = kb_calm_cover_new ();
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->cover));
}

KbPlayRoom *
kb_play_room_new (KbPlayPage *page)
{
  KbPlayRoom *self;
  KbTimer *timer;

  g_return_val_if_fail (KB_IS_PLAY_PAGE (page), NULL);

  self = g_object_new (KB_TYPE_PLAY_ROOM, NULL);
  g_set_weak_pointer (&self->page, page);
  timer = kb_play_page_get_timer (page);
  kb_card_view_set_session (self->card_view, kb_play_page_get_session (page));
  kb_calm_cover_set_deck (self->cover, kb_session_get_deck (kb_play_page_get_session (page)));
  g_object_bind_property (page, "high-contrast", self->card_view, "high-contrast",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "fill-screen", self->card_view, "fill", G_BINDING_SYNC_CREATE);
  kb_timer_ring_set_timer (self->timer_ring, timer);
  g_signal_connect_swapped (timer, "notify", G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (timer, "finished", G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (timer, "reset", G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (page, "notify::timer-public", G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (page, "roles-changed", G_CALLBACK (update_roles), self);
  g_signal_connect_swapped (page, "notify::calm", G_CALLBACK (update_calm), self);
  update_timer (self);
  update_roles (self);
  update_calm (self);
  return self;
}

KbCardView *
kb_play_room_get_card_view (KbPlayRoom *self)
{
  g_return_val_if_fail (KB_IS_PLAY_ROOM (self), NULL);
  return self->card_view;
}
