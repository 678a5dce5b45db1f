/* The library's row for one kept board game (kb-kept-game-row.h). */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-kept-game-row.h"

/* Its buttons act on library.resume-game and library.forget-game with @index. */
GtkWidget *
kb_kept_game_row_new (KbKeptGame *kept,
                      guint       index)
{
  KbGame *game = kb_kept_game_get_game (kept);
  KbDeck *deck = kb_game_get_deck (game);
  g_autofree char *names = kb_kept_game_dup_players (kept);
  g_autofree char *text = NULL;
  /* Translators: when a kept board game was saved last; a strftime format */
  g_autofree char *date = g_date_time_format (kb_kept_game_get_saved (kept),
                                              _("Saved on %e %B %Y at %H:%M"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label, *saved, *resume, *forget;

  /* Translators: the deck's title, the round, then the players' names */
  text = g_strdup_printf (_("Continue the board game “%s”, round %u, with %s"),
                          kb_deck_get_title (deck, kb_deck_pick_language (
                                               deck, g_get_language_names ())),
                          kb_game_get_round (game), names);
  label = gtk_label_new (text);
  saved = gtk_label_new (g_strstrip (date));
  resume = gtk_button_new_with_mnemonic (_("C_ontinue the Game"));
  forget = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "resume-box");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (saved), 0);
  gtk_widget_add_css_class (saved, "dim-label");
  gtk_widget_set_valign (resume, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (resume, "suggested-action");
  gtk_widget_add_css_class (resume, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (resume), "library.resume-game");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (resume), "u", index);
  gtk_widget_set_valign (forget, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (forget, _("Forget This Board Game"));
  gtk_widget_add_css_class (forget, "flat");
  gtk_widget_add_css_class (forget, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (forget), "library.forget-game");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (forget), "u", index);
  gtk_box_append (GTK_BOX (labels), label);
  gtk_box_append (GTK_BOX (labels), saved);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), resume);
  gtk_box_append (GTK_BOX (box), forget);
  return box;
}

