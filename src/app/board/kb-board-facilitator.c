/* The game leader's moves on the board page: put a pawn somewhere by hand, let a player join or
 * leave mid-game, end the game. Each asks first in a small dialog, since they are rare and not
 * meant to happen by a stray key. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-page-private.h"
#include "kb-pawn-choice.h"
#include "kb-board-pawn.h"

static GtkWindow *
parent_window (KbBoardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static AdwMessageDialog *
dialog_new (KbBoardPage *self,
            const char  *heading,
            const char  *body,
            const char  *response,
            const char  *response_label,
            GtkWidget   *extra)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                                         heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label,
                                    NULL);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (extra != NULL)
    adw_message_dialog_set_extra_child (dialog, extra);
  return dialog;
}

static GtkDropDown *
players_drop_down (KbBoardPage *self,
                   guint        selected)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkDropDown *drop_down;

  for (guint i = 0; i < kb_game_get_n_players (self->game); i++)
    gtk_string_list_append (names, kb_game_get_player_name (self->game, i));
  drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  gtk_drop_down_set_selected (drop_down, selected);
  return drop_down;
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

typedef struct
{
  KbBoardPage *page;
  GtkDropDown *players;
  GtkSpinButton *square;
  GtkEntry *name;
} DialogData;

static void
dialog_data_free (gpointer  data,
                  GClosure *closure)
{
  DialogData *d = data;

  g_object_unref (d->page);
  g_free (d);
}

static void
move_pawn_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DialogData       *d)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "move") &&
      !kb_game_move_pawn (d->page->game, gtk_drop_down_get_selected (d->players),
                          gtk_spin_button_get_value_as_int (d->square) - 1, &error))
    _kb_board_page_report (d->page, error);
}

void
_kb_board_page_move_pawn (KbBoardPage *self)
{
  DialogData *d = g_new0 (DialogData, 1);
  guint n_squares = kb_board_get_n_squares (kb_game_get_board (self->game));
  guint current = kb_game_get_current_player (self->game);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwMessageDialog *dialog;

  d->page = g_object_ref (self);
  d->players = players_drop_down (self, current);
  d->square = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, n_squares, 1));
  gtk_spin_button_set_value (d->square, kb_game_get_player_square (self->game, current) + 1);
  gtk_box_append (GTK_BOX (box), labelled (_("_Pawn of"), GTK_WIDGET (d->players)));
  /* Translators: the squares are counted from the start square, which is 1 */
  gtk_box_append (GTK_BOX (box), labelled (_("_To square"), GTK_WIDGET (d->square)));
  dialog = dialog_new (self, _("Move a Pawn"),
                       _("Put a pawn on another square, for example to match a board on the "
                         "table. The start square is number 1."),
                       "move", _("_Move"), box);
  g_signal_connect_data (dialog, "response", G_CALLBACK (move_pawn_response), d,
                         dialog_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_player_response (AdwMessageDialog *dialog,
                     const char       *response,
                     DialogData       *d)
{
  KbGame *game = d->page->game;
  g_autoptr(GError) error = NULL;
  g_autofree char *color = NULL;
  /* A copy: the entry's own text is GTK's, not ours to strip in place. */
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->name))));
  guint colors[KB_GAME_MAX_PLAYERS], shapes[KB_GAME_MAX_PLAYERS];
  guint n = MIN (kb_game_get_n_players (game), KB_GAME_MAX_PLAYERS);

  if (!g_str_equal (response, "add"))
    return;
  /* The first colour and shape nobody has yet, so every pawn stays easy to tell apart; a colour
   * of a player's own takes none of ours. */
  for (guint p = 0; p < n; p++)
    {
      int c = kb_board_pawn_color_index (kb_game_get_player_color (game, p));

      colors[p] = c >= 0 ? (guint) c : KB_BOARD_N_COLORS;
      shapes[p] = KB_BOARD_N_COLORS;
      for (guint s = 0; s < KB_BOARD_N_COLORS; s++)
        if (kb_game_get_player_pawn (game, p) == kb_board_pawn_default_shape (s))
          shapes[p] = s;
    }
  color = kb_board_pawn_default_color (kb_pawn_choice_first_free (colors, n, KB_BOARD_N_COLORS));
  if (!kb_game_add_player (game, name, color,
                           kb_board_pawn_default_shape (kb_pawn_choice_first_free (
                                                          shapes, n, KB_BOARD_N_COLORS)),
                           &error))
    _kb_board_page_report (d->page, error);
}

void
_kb_board_page_add_player (KbBoardPage *self)
{
  DialogData *d = g_new0 (DialogData, 1);
  g_autofree char *name = g_strdup_printf (_("Player %u"),
                                           kb_game_get_n_players (self->game) + 1);
  AdwMessageDialog *dialog;

  d->page = g_object_ref (self);
  d->name = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (d->name), name);
  gtk_entry_set_activates_default (d->name, TRUE);
  dialog = dialog_new (self, _("Add a Player"),
                       _("The new player joins at the start and plays after everyone else."),
                       "add", _("_Add"), GTK_WIDGET (d->name));
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_data (dialog, "response", G_CALLBACK (add_player_response), d,
                         dialog_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_player_response (AdwMessageDialog *dialog,
                        const char       *response,
                        DialogData       *d)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "remove") &&
      !kb_game_remove_player (d->page->game, gtk_drop_down_get_selected (d->players), &error))
    _kb_board_page_report (d->page, error);
}

void
_kb_board_page_remove_player (KbBoardPage *self)
{
  DialogData *d = g_new0 (DialogData, 1);
  AdwMessageDialog *dialog;

  d->page = g_object_ref (self);
  d->players = players_drop_down (self, kb_game_get_current_player (self->game));
  dialog = dialog_new (self, _("Remove a Player"),
                       _("Someone has to go? The game goes on with the others."),
                       "remove", _("_Remove"), GTK_WIDGET (d->players));
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_player_response), d,
                         dialog_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
end_response (AdwMessageDialog *dialog,
              const char       *response,
              KbBoardPage      *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "end") && !kb_game_end (self->game, &error))
    _kb_board_page_report (self, error);
}

void
_kb_board_page_end (KbBoardPage *self)
{
  AdwMessageDialog *dialog = dialog_new (self, _("End the Game?"),
                                         _("The players get a thank you and see how many "
                                           "rounds they played. Undo brings the game back."),
                                         "end", _("_End the Game"), NULL);

  g_signal_connect_object (dialog, "response", G_CALLBACK (end_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
