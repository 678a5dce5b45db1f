/* What the rule tests of the board game share: a game of a few players begun with a die of
 * known throws, and a move that must be taken. */
#pragma once

#include "game-test-util.h"
#include "game-strategy.h"

static inline KbGame *
kb_test_new_game (KbDeck    *deck,
                  guint      n_players,
                  KbTestDie *die)
{
  static const char * const names[] = { "Anna", "Bram", "Chaimae", "Daan", "Eva" };
  g_autoptr(GError) error = NULL;
  KbGame *game = kb_game_new (deck, 42, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_players; i++)
    g_assert_true (kb_game_add_player (game, names[i], kb_test_colors[i], (KbPawnShape) i,
                                       &error));
  if (die != NULL)
    kb_game_set_die_func (game, kb_test_die_throw, die, NULL);
  g_assert_true (kb_game_start (game, &error));
  g_assert_no_error (error);
  return game;
}

static inline void
kb_test_ok (gboolean  done,
            GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (done);
}

