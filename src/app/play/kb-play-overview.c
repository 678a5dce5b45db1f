/* The deck's overview on the play page (O): over the page, on the facilitator's screen only (an
 * audience window keeps the card); picking a card shows it to the room, Esc goes back. */
#define G_LOG_DOMAIN "kletsborden-play"

#include "config.h"

#include "kb-deck-overview.h"
#include "kb-focus.h"
#include "kb-play-page-private.h"

static void
overview_done (KbDeckOverview *overview,
               guint           position,
               KbPlayPage     *self)
{
  gtk_widget_set_visible (self->overview, FALSE);
  if (position > 0 && self->session != NULL)
    kb_session_go_to (self->session, position);
  kb_focus_grab (GTK_WIDGET (self->card_view));
}

static void
overview_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  if (self->session == NULL)
    return;
  if (self->overview == NULL)
    {
      self->overview = GTK_WIDGET (kb_deck_overview_new ());
      gtk_widget_insert_before (self->overview, widget, self->calm_cover);
      g_signal_connect (self->overview, "done", G_CALLBACK (overview_done), self);
    }
  gtk_widget_set_visible (self->overview, TRUE);
  kb_deck_overview_show_session (KB_DECK_OVERVIEW (self->overview), self->session);
}

void
_kb_play_overview_class_init (GtkWidgetClass *widget_class)
{
  /* The keys (O) are in kb-shortcuts.c's table. */
  gtk_widget_class_install_action (widget_class, "play.overview", NULL, overview_action);
}

void
_kb_play_overview_dispose (KbPlayPage *self)
{
  g_clear_pointer (&self->overview, gtk_widget_unparent);
}

/* Returns: (nullable): the overview while it shows */
GtkWidget *
kb_play_page_get_overview (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return self->overview != NULL && gtk_widget_get_visible (self->overview) ? self->overview
                                                                           : NULL;
}
