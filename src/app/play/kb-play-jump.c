/* Jumping to a card by its number, as presenters do with slides: digits, then Enter. The number
 * typed so far shows in the header, which the room's view never has; after a few seconds
 * without Enter it is forgotten, so a stray digit does no harm. */
#define G_LOG_DOMAIN "kletsborden-play"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-play-page-private.h"

#define JUMP_FORGET_SECONDS 4
#define JUMP_MAX 99999

static void
set_pending (KbPlayPage *self,
             guint       number)
{
  self->jump_number = number;
  g_clear_handle_id (&self->jump_id, g_source_remove);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.go-to", number > 0);
  _kb_play_page_update_chrome (self);
}

static gboolean
forget_number (gpointer data)
{
  KbPlayPage *self = data;

  self->jump_id = 0;
  set_pending (self, 0);
  return G_SOURCE_REMOVE;
}

static void
digit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);
  guint number = self->jump_number * 10 + g_variant_get_uint32 (parameter);

  if (self->session == NULL || number > JUMP_MAX)
    return;
  set_pending (self, number);
  if (number > 0)
    self->jump_id = g_timeout_add_seconds (JUMP_FORGET_SECONDS, forget_number, self);
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);
  guint number = self->jump_number;

  set_pending (self, 0);
  if (!kb_session_go_to (self->session, number))
    gtk_widget_error_bell (widget);
}

/* The header's line while a number is being typed; %NULL when none is. */
char *
_kb_play_jump_dup_subtitle (KbPlayPage *self)
{
  if (self->jump_number == 0)
    return NULL;
  /* Translators: while a card's number is typed in; Enter goes to that card */
  return g_strdup_printf (_("Go to card %u of %u: press Enter"), self->jump_number,
                          kb_session_get_n_cards (self->session));
}

void
_kb_play_jump_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "play.digit", "u", digit_action);
  gtk_widget_class_install_action (widget_class, "play.go-to", NULL, go_to_action);
  /* The digits and Enter: kb-shortcuts.c (Enter goes to the number before "next" takes it). */
}

void
_kb_play_jump_init (KbPlayPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "play.go-to", FALSE);
}

void
_kb_play_jump_dispose (KbPlayPage *self)
{
  g_clear_handle_id (&self->jump_id, g_source_remove);
}
