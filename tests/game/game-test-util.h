/* Helpers the game tests share: the test decks and a die that throws what the test says. */
#pragma once

#include "config.h"

#include "kb-game.h"

static inline KbDeck *
kb_test_load_deck (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  KbDeck *deck;

  if (g_str_equal (name, "kletsborden"))
    path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"), "kletsborden.json", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "game", "data", name, NULL);
  file = g_file_new_for_path (path);
  deck = kb_deck_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

/* A die that throws the numbers given, in turn, and then 1s. */
typedef struct
{
  guint values[64];
  guint n;
  guint next;
} KbTestDie;

static inline guint
kb_test_die_throw (guint    faces,
                   gpointer user_data)
{
  KbTestDie *die = user_data;

  return die->next < die->n ? die->values[die->next++] : 1;
}

static inline void
kb_test_die_load (KbTestDie *die,
                  guint      n,
                  const guint *values)
{
  g_assert_cmpuint (n, <=, G_N_ELEMENTS (die->values));
  memcpy (die->values, values, n * sizeof *values);
  die->n = n;
  die->next = 0;
}
