/* What the board page shows: whose turn it is, what to do now in plain words, the players with
 * their boxes, what a special square asks (in the side panel, so the board stays in view), and
 * the notices and warnings for the game leader. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-page-private.h"
#include "kb-board-pawn.h"
#include "kb-category-mark.h"
#include "kb-color.h"
#include "kb-svg-cache.h"

static const char *
language (KbBoardPage *self)
{
  return kb_game_get_card_language (self->game);
}

gboolean
_kb_board_page_in_play (KbBoardPage *self)
{
  KbGamePhase phase = kb_game_get_phase (self->game);

  return phase != KB_GAME_PHASE_SETUP && phase != KB_GAME_PHASE_FINISHED;
}

/* The colour to choose with its symbol, as its squares show it on the board. */
static void
draw_category_mark (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  KbDeck *deck = g_object_get_data (G_OBJECT (area), "kb-deck");

  kb_category_mark_draw (cr, kb_theme_get (KB_THEME_VARIANT_NORMAL), NULL, deck, user_data, 1,
                         1, width - 2, height - 2);
}

static GtkWidget *
prompt_button (const char *action,
               guint       value,
               GtkWidget  *icon,
               const char *text,
               guint       number)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *label = g_strdup_printf ("%u  %s", number, text);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), gtk_label_new (label));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", value);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "board-choice");
  return button;
}

static void
fill_choices (KbBoardPage *self,
              KbGamePhase  phase)
{
  KbDeck *deck = kb_game_get_deck (self->game);
  guint number = 1;
  GtkWidget *child;

  /* gtk_flow_box_remove_all came in GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->prompt_buttons))) != NULL)
    gtk_flow_box_remove (self->prompt_buttons, child);
  if (phase == KB_GAME_PHASE_CHOOSE_CATEGORY)
    for (guint c = 0; c < kb_deck_get_n_categories (deck); c++)
      {
        KbCategory *category = kb_deck_get_category (deck, c);
        GtkWidget *dot = gtk_drawing_area_new ();

        gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 32);
        gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 32);
        /* The deck owns its categories: the mark keeps the deck. */
        g_object_set_data_full (G_OBJECT (dot), "kb-deck", g_object_ref (deck), g_object_unref);
        gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_category_mark, category,
                                        NULL);
        g_signal_connect_object (kb_svg_cache_get_default (), "ready",
                                 G_CALLBACK (gtk_widget_queue_draw), dot, G_CONNECT_SWAPPED);
        gtk_flow_box_append (self->prompt_buttons,
                             prompt_button ("board.choose", c, dot,
                                            kb_text_get (kb_category_get_name (category),
                                                         language (self),
                                                         kb_deck_get_fallback_language (deck)),
                                            number++));
      }
  else if (phase == KB_GAME_PHASE_CHOOSE_PLAYER)
    for (guint p = 0; p < kb_game_get_n_players (self->game); p++)
      if (p != kb_game_get_current_player (self->game))
        gtk_flow_box_append (self->prompt_buttons,
                             prompt_button ("board.swap", p,
                                            kb_board_pawn_icon_new (
                                              kb_game_get_player_color (self->game, p),
                                              kb_game_get_player_pawn (self->game, p), 32),
                                            kb_game_get_player_name (self->game, p),
                                            number++));
  /* The room sees what is asked, never a button to press. */
  gtk_widget_set_visible (GTK_WIDGET (self->prompt_buttons), number > 1 && !self->audience);
}

/* What the square the player stands on asks for, once the pawn has arrived. */
void
_kb_board_page_update_prompt (KbBoardPage *self)
{
  KbGamePhase phase = kb_game_get_phase (self->game);
  guint current = kb_game_get_current_player (self->game);
  guint n_moves = kb_game_get_n_moves (self->game);
  const KbGameMove *last = n_moves > 0 ? kb_game_get_move (self->game, n_moves - 1) : NULL;
  KbSquare *square = kb_board_get_square (kb_game_get_board (self->game),
                                          kb_game_get_player_square (self->game, current));
  const char *title = NULL;
  g_autofree char *text = NULL;

  switch (phase)
    {
    case KB_GAME_PHASE_CHOOSE_CATEGORY:
      title = _("Choose a colour");
      text = g_strdup (_("Which colour of card do you want?"));
      break;
    case KB_GAME_PHASE_CHOOSE_PLAYER:
      title = _("Swap places");
      text = g_strdup (_("Who do you want to swap places with?"));
      break;
    case KB_GAME_PHASE_COMPLIMENT:
      title = _("Give a compliment");
      text = g_strdup (_("Say something kind to another player."));
      break;
    case KB_GAME_PHASE_TURN_OVER:
      if (last != NULL && last->kind == KB_GAME_MOVE_SWAP)
        {
          title = _("Swapped!");
          text = g_strdup_printf (_("You swapped places with %s."),
                                  kb_game_get_player_name (self->game, last->target));
        }
      else if (kb_square_get_special (square) == KB_SPECIAL_REST)
        {
          title = _("Rest");
          text = g_strdup (_("Take a break this turn."));
        }
      else if (kb_square_get_special (square) == KB_SPECIAL_START)
        {
          title = _("Start");
          text = g_strdup (_("You are back at the start."));
        }
      else if (kb_square_get_category (square) != NULL)
        {
          title = _("No cards left");
          text = g_strdup (_("There are no more cards of this colour."));
        }
      break;
    default:
      break;
    }

  if (title != NULL)
    {
      gtk_label_set_label (self->prompt_title, title);
      gtk_label_set_label (self->prompt_text, text);
      fill_choices (self, phase);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->prompt_box),
                          title != NULL && !self->calm &&
                          !kb_board_view_is_animating (self->board_view));
  /* Beside the question the same words once more would only be noise. */
  gtk_widget_set_visible (GTK_WIDGET (self->status_label),
                          !gtk_widget_get_visible (GTK_WIDGET (self->prompt_box)) ||
                          (phase != KB_GAME_PHASE_CHOOSE_CATEGORY &&
                           phase != KB_GAME_PHASE_CHOOSE_PLAYER));
}

/* The flag is shown as the box is: a mark and how often, never as a point lost. */
static void
append_flags (GtkBox *row,
              guint   n_flags)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("kb-flag-symbolic");
  g_autofree char *count = g_strdup_printf ("%u", n_flags);
  GtkWidget *count_label = gtk_label_new (count);
  g_autofree char *tooltip = g_strdup_printf (ngettext ("Raised the flag %u time",
                                                        "Raised the flag %u times", n_flags),
                                              n_flags);

  gtk_widget_set_tooltip_text (icon, tooltip);
  gtk_widget_set_tooltip_text (count_label, tooltip);
  gtk_widget_set_visible (icon, n_flags > 0);
  gtk_widget_set_visible (count_label, n_flags > 0);
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_widget_add_css_class (count_label, "board-flag-count");
  gtk_box_append (row, icon);
  gtk_box_append (row, count_label);
}

static GtkWidget *
player_row (KbBoardPage *self,
            guint        player)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (kb_game_get_player_name (self->game, player));
  GtkWidget *box_icon = gtk_image_new_from_icon_name ("kb-box-symbolic");
  guint n_box = kb_game_get_player_box_size (self->game, player);
  g_autofree char *count = g_strdup_printf ("%u", n_box);
  GtkWidget *count_label = gtk_label_new (count);
  g_autofree char *tooltip = g_strdup_printf (ngettext ("%u card in the box",
                                                        "%u cards in the box", n_box), n_box);

  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (row, "board-player");
  gtk_box_append (GTK_BOX (row),
                  kb_board_pawn_icon_new (kb_game_get_player_color (self->game, player),
                                          kb_game_get_player_pawn (self->game, player), 28));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (row), name);
  /* The box is shown as what it is, cards kept aside, never as points. */
  gtk_widget_set_tooltip_text (box_icon, tooltip);
  gtk_widget_set_tooltip_text (count_label, tooltip);
  gtk_widget_set_visible (box_icon, n_box > 0);
  gtk_widget_set_visible (count_label, n_box > 0);
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_box_append (GTK_BOX (row), box_icon);
  gtk_box_append (GTK_BOX (row), count_label);
  append_flags (GTK_BOX (row), kb_game_get_player_flags (self->game, player));
  if (player == kb_game_get_current_player (self->game) && _kb_board_page_in_play (self))
    gtk_widget_add_css_class (row, "board-current-player");
  return row;
}

static void
update_players (KbBoardPage *self)
{
  guint n = kb_game_get_n_players (self->game);
  /* A group of three or more goes in two columns, so that everyone fits beside the board on a
   * small screen; the order still reads left to right, as the turns go. */
  guint columns = n > 2 ? 2 : 1;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->players_list))) != NULL)
    gtk_grid_remove (self->players_list, child);
  g_array_set_size (self->box_counts, n);
  g_array_set_size (self->flag_counts, n);
  for (guint i = 0; i < n; i++)
    {
      gtk_grid_attach (self->players_list, player_row (self, i), i % columns, i / columns, 1, 1);
      g_array_index (self->box_counts, guint, i) = kb_game_get_player_box_size (self->game, i);
      g_array_index (self->flag_counts, guint, i) = kb_game_get_player_flags (self->game, i);
    }
}

/* Returns: how often the players list shows @player raised the flag */
guint
kb_board_page_get_shown_flag_count (KbBoardPage *self,
                                    guint        player)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), 0);
  g_return_val_if_fail (player < self->flag_counts->len, 0);
  return g_array_index (self->flag_counts, guint, player);
}

/* Said on the screen, for the room too, at the start of the next turn: who raised the flag. */
static char *
flag_line (KbBoardPage *self,
           KbGamePhase  phase)
{
  guint n_moves = kb_game_get_n_moves (self->game);
  const KbGameMove *last = n_moves > 0 ? kb_game_get_move (self->game, n_moves - 1) : NULL;

  if (last == NULL || last->kind != KB_GAME_MOVE_FLAG || phase != KB_GAME_PHASE_ROLL)
    return NULL;
  /* Translators: a player passed their turn with the flag; no reason is asked */
  return g_strdup_printf (_("%s raised the flag."), last->player_name);
}

static char *
status_text (KbBoardPage *self,
             KbGamePhase  phase)
{
  guint roll = kb_game_get_last_roll (self->game);

  /* The room is told what happens, not which key the game leader presses. */
  if (self->audience && phase == KB_GAME_PHASE_ROLL)
    return g_strdup (_("Roll the die."));
  if (self->audience && phase == KB_GAME_PHASE_COMPLIMENT)
    return g_strdup (_("Give someone a compliment."));
  if (self->audience && phase == KB_GAME_PHASE_TURN_OVER)
    return g_strdup ("");

  switch (phase)
    {
    case KB_GAME_PHASE_ROLL:
      return g_strdup (_("Press Space to roll the die."));
    case KB_GAME_PHASE_CARD:
      return roll > 0 ? g_strdup_printf (_("You threw %u. Answer the card, or put it in your "
                                           "box, or raise the flag."), roll)
                      : g_strdup (_("Answer the card, or put it in your box, or raise the "
                                    "flag."));
    case KB_GAME_PHASE_CHOOSE_CATEGORY:
      return g_strdup (_("Choose a colour."));
    case KB_GAME_PHASE_CHOOSE_PLAYER:
      return g_strdup (_("Choose a player to swap places with."));
    case KB_GAME_PHASE_COMPLIMENT:
      return g_strdup (_("Give someone a compliment. Then press Space."));
    case KB_GAME_PHASE_TURN_OVER:
      return g_strdup (_("Press Space for the next player."));
    case KB_GAME_PHASE_FINISHED:
      return g_strdup (_("The game is over."));
    case KB_GAME_PHASE_SETUP:
    default:
      return g_strdup ("");
    }
}

void
_kb_board_page_update (KbBoardPage *self)
{
  KbGamePhase phase;
  guint current;
  KbDeck *deck;
  g_autofree char *turn = NULL;
  g_autofree char *round = NULL;
  g_autofree char *status = NULL;
  g_autofree char *end = NULL;
  g_autofree char *flagged = NULL;
  gboolean can_next;
  gboolean moving;

  if (self->game == NULL)
    return;
  phase = kb_game_get_phase (self->game);
  current = kb_game_get_current_player (self->game);
  deck = kb_game_get_deck (self->game);

  /* The title is interface, in the interface's language; the cards follow L. */
  adw_window_title_set_title (self->window_title,
                              kb_deck_get_title (deck, kb_deck_pick_language (
                                                   deck, g_get_language_names ())));
  /* Translators: which round of the board game is being played */
  round = g_strdup_printf (_("Round %u"), kb_game_get_round (self->game));
  adw_window_title_set_subtitle (self->window_title, _kb_board_page_in_play (self) ? round : NULL);

  /* Translators: whose turn it is in the board game, e.g. "Anna’s turn" */
  turn = g_strdup_printf (_("%s’s turn"), kb_game_get_player_name (self->game, current));
  gtk_label_set_label (self->turn_label, turn);
  kb_board_pawn_icon_set (self->turn_icon, kb_game_get_player_color (self->game, current),
                          kb_game_get_player_pawn (self->game, current));
  gtk_widget_set_visible (GTK_WIDGET (self->turn_box), _kb_board_page_in_play (self));

  /* While the die tumbles and the pawn walks, the panel only tells the number: what to do
   * next comes when the pawn has arrived. */
  moving = kb_board_view_is_animating (self->board_view);
  if (moving && kb_game_get_last_roll (self->game) > 0)
    status = g_strdup_printf (_("You threw %u."), kb_game_get_last_roll (self->game));
  else
    status = status_text (self, phase);
  flagged = flag_line (self, phase);
  if (flagged != NULL || (self->notice != NULL && phase == KB_GAME_PHASE_ROLL))
    {
      char *both = g_strconcat (flagged != NULL ? flagged : self->notice, "\n", status, NULL);
      g_free (status);
      status = both;
    }
  gtk_label_set_label (self->status_label, status);

  can_next = phase == KB_GAME_PHASE_CARD || phase == KB_GAME_PHASE_COMPLIMENT ||
             phase == KB_GAME_PHASE_TURN_OVER;
  gtk_widget_set_visible (GTK_WIDGET (self->roll_button),
                          phase == KB_GAME_PHASE_ROLL && !self->audience);
  gtk_widget_set_visible (GTK_WIDGET (self->card_buttons),
                          phase == KB_GAME_PHASE_CARD && !self->audience && !moving);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button),
                          can_next && !self->audience && !moving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.roll", phase == KB_GAME_PHASE_ROLL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.box", phase == KB_GAME_PHASE_CARD);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.next", can_next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.flag", _kb_board_page_in_play (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo", kb_game_can_undo (self->game));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.skip", _kb_board_page_in_play (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-pawn",
                                 _kb_board_page_in_play (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.add-player",
                                 _kb_board_page_in_play (self) &&
                                 kb_game_get_n_players (self->game) < KB_GAME_MAX_PLAYERS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.remove-player",
                                 _kb_board_page_in_play (self) &&
                                 kb_game_get_n_players (self->game) > KB_GAME_MIN_PLAYERS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.end", _kb_board_page_in_play (self));

  update_players (self);
  _kb_board_page_update_prompt (self);

  end = g_strdup_printf (ngettext ("You played %u round together.",
                                   "You played %u rounds together.",
                                   kb_game_get_rounds_played (self->game)),
                         kb_game_get_rounds_played (self->game));
  gtk_label_set_label (self->end_label, end);
  gtk_widget_set_visible (GTK_WIDGET (self->end_box), phase == KB_GAME_PHASE_FINISHED);
  _kb_board_read_aloud_update (self);
  _kb_board_timer_update (self);
  _kb_board_ending_update (self);
}

/* The game leader's view while the room has a window of its own: the calm screen does not
 * cover it. */
void
kb_board_page_set_facilitator (KbBoardPage *self,
                               gboolean     facilitator)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));

  self->facilitator = facilitator;
  gtk_widget_set_visible (self->calm_cover, self->calm && !facilitator);
}

/* A line shown until the first move, such as who the die chose to begin. */
void
kb_board_page_set_notice (KbBoardPage *self,
                          const char  *notice)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));

  g_free (self->notice);
  self->notice = g_strdup (notice);
  _kb_board_page_update (self);
}

/* Returns: (nullable): the title of what a square asks, or of the thank-you screen; %NULL when
 *   neither shows. */
const char *
kb_board_page_get_prompt (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->end_box)))
    return gtk_label_get_label (self->end_label);
  return gtk_widget_get_visible (GTK_WIDGET (self->prompt_box))
         ? gtk_label_get_label (self->prompt_title) : NULL;
}

/* The box count the players list shows for @player. */
guint
kb_board_page_get_shown_box_count (KbBoardPage *self,
                                   guint        player)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), 0);
  g_return_val_if_fail (player < self->box_counts->len, 0);
  return g_array_index (self->box_counts, guint, player);
}

/* Tells the game leader that the game is not being kept, e.g. "the disk is full": the game goes
 * on, but a crash now would lose moves. */
void
kb_board_page_set_warning (KbBoardPage *self,
                           const char  *warning)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));

  gtk_label_set_label (self->warning_label, warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), warning != NULL && !self->audience);
}

/* Returns: (nullable): the warning the game leader sees, or %NULL */
const char *
kb_board_page_get_warning (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->warning_label))
         ? gtk_label_get_label (self->warning_label) : NULL;
}
