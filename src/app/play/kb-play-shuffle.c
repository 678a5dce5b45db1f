/* Shuffling the cards still to come (S), with a toast to take it back (Undo, or Ctrl+Z): what
 * the room has seen stays, so a facilitator can shuffle mid-session without fear. */
#define G_LOG_DOMAIN "kletsborden-play"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-play-page-private.h"
#include "kb-toast-queue.h"

static void
clear_shuffle_toast (KbPlayPage *self)
{
  if (self->shuffle_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->shuffle_toast, self);
      kb_toast_dismiss (self->shuffle_toast);
    }
  g_clear_object (&self->shuffle_toast);
}

static void
shuffle_toast_dismissed (KbPlayPage *self)
{
  g_clear_object (&self->shuffle_toast);
}

static void
shuffle_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  kb_session_shuffle (self->session, g_random_int ());
  clear_shuffle_toast (self);
  self->shuffle_toast = g_object_ref (adw_toast_new (_("The cards to come are shuffled")));
  adw_toast_set_button_label (self->shuffle_toast, _("_Undo"));
  adw_toast_set_action_name (self->shuffle_toast, "play.undo-shuffle");
  g_signal_connect_swapped (self->shuffle_toast, "dismissed",
                            G_CALLBACK (shuffle_toast_dismissed), self);
  kb_toast_overlay_show (self->toast_overlay, self->shuffle_toast);
}

static void
undo_shuffle_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  if (kb_session_undo_shuffle (self->session))
    clear_shuffle_toast (self);
}

void
_kb_play_shuffle_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "play.shuffle", NULL, shuffle_action);
  gtk_widget_class_install_action (widget_class, "play.undo-shuffle", NULL,
                                   undo_shuffle_action);
  /* S and Ctrl+Z: kb-shortcuts.c */
}

void
_kb_play_shuffle_dispose (KbPlayPage *self)
{
  clear_shuffle_toast (self);
}
