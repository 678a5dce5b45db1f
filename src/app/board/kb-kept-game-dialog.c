/* The question before a new board game on a deck whose last game was never finished: an
 * evening must never be lost by one press of Return. Its responses are "continue" (the
 * default), "new" and "cancel". */
#define G_LOG_DOMAIN "kletsborden-new-game"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-kept-game-dialog.h"

AdwMessageDialog *
kb_kept_game_dialog_new (GtkWindow  *parent,
                         KbKeptGame *kept)
{
  KbGame *game = kb_kept_game_get_game (kept);
  KbDeck *deck = kb_game_get_deck (game);
  g_autofree char *names = kb_kept_game_dup_players (kept);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: the deck's title, the players' names, then the round */
  body = g_strdup_printf (_("A game on “%s” with %s is kept at round %u. A new game replaces "
                            "it for good."),
                          kb_deck_get_title (deck, kb_deck_pick_language (
                                               deck, g_get_language_names ())),
                          names, kb_game_get_round (game));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Continue the Kept Game?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "new", _("_Start a New One"),
                                    "continue", _("C_ontinue the Kept Game"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "new", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "continue");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}
