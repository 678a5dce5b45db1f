/* A seeded player for whole games: picks one move for the phase the game is in, like a group and
 * its facilitator might (mostly rolling and answering, now and then the box, the flag, a swap, a
 * player joining or leaving). Shared by the tests, the kill -9 helper and kb-bench. */
#pragma once

#include "kb-game.h"

static const char * const kb_test_colors[] = {
  "#C8553D", "#3D8C55", "#3D55C8", "#E0B000", "#8E44AD", "#16A085", "#D35400", "#2C3E50",
};

/* Four players, the last one begins. */
static inline KbGame *
kb_test_game_new (KbDeck  *deck,
                  guint64  seed)
{
  static const char * const names[] = { "Anna", "Bram", "Chaimae", "Daan" };
  g_autoptr(GError) error = NULL;
  KbGame *game = kb_game_new (deck, seed, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      kb_game_add_player (game, names[i], kb_test_colors[i], (KbPawnShape) i, &error);
      g_assert_no_error (error);
    }
  kb_game_set_starter (game, 3, &error);
  g_assert_no_error (error);
  kb_game_start (game, &error);
  g_assert_no_error (error);
  return game;
}

/* Plays one move; @facilitator: also joins, leaves, skips and pawns moved by hand. */
static inline void
kb_test_play_one (KbGame   *game,
                  GRand    *rand,
                  gboolean  facilitator)
{
  g_autoptr(GError) error = NULL;
  guint n = kb_game_get_n_players (game);
  guint current = kb_game_get_current_player (game);
  guint r = (guint) g_rand_int_range (rand, 0, 100);
  KbDeck *deck = kb_game_get_deck (game);

  if (facilitator && r < 4 && kb_game_get_phase (game) != KB_GAME_PHASE_FINISHED)
    {
      guint other = (guint) g_rand_int_range (rand, 0, (gint32) n);

      if (r == 0 && n < KB_GAME_MAX_PLAYERS)
        kb_game_add_player (game, "Nieuw", kb_test_colors[n], (KbPawnShape) (n % 8), &error);
      else if (r == 1 && n > KB_GAME_MIN_PLAYERS)
        kb_game_remove_player (game, other, &error);
      else if (r == 2)
        kb_game_move_pawn (game, other,
                           (guint) g_rand_int_range (rand, 0, (gint32) kb_board_get_n_squares (
                                                       kb_game_get_board (game))), &error);
      else
        kb_game_skip (game, &error);
      g_assert_no_error (error);
      return;
    }

  switch (kb_game_get_phase (game))
    {
    case KB_GAME_PHASE_ROLL:
      if (r < 90)
        kb_game_roll (game, &error);
      else if (r < 96)
        kb_game_throw (game, (guint) g_rand_int_range (rand, 1, 7), &error);
      else
        kb_game_flag (game, &error);
      break;
    case KB_GAME_PHASE_CHOOSE_CATEGORY:
      kb_game_choose_category (game, kb_deck_get_category (
                                 deck, (guint) g_rand_int_range (
                                   rand, 0, (gint32) kb_deck_get_n_categories (deck))), &error);
      break;
    case KB_GAME_PHASE_CHOOSE_PLAYER:
      if (r < 80)
        kb_game_swap_with (game, (current + 1 + (guint) g_rand_int_range (rand, 0, (gint32) n - 1))
                                 % n, &error);
      else
        kb_game_flag (game, &error);
      break;
    case KB_GAME_PHASE_CARD:
      if (r < 70)
        kb_game_next_turn (game, &error);
      else if (r < 85)
        kb_game_put_in_box (game, &error);
      else
        kb_game_flag (game, &error);
      break;
    case KB_GAME_PHASE_COMPLIMENT:
    case KB_GAME_PHASE_TURN_OVER:
      kb_game_next_turn (game, &error);
      break;
    case KB_GAME_PHASE_SETUP:
    case KB_GAME_PHASE_FINISHED:
    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
}
