/* Joins the pages a board game passes through: the new-game page starts one (or continues the
 * kept one), the library resumes or forgets kept ones, the board page plays it. Every game is
 * kept through one KbGameKeeper, every move on disk before the next key is read. The window
 * only shows the board page when "board-shown" says so. */
#define G_LOG_DOMAIN "kletsborden-board"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-games.h"
#include "kb-deck-entry.h"

struct _KbBoardGames
{
  GObject parent_instance;

  /* borrowed: the window's pages, which outlive this */
  KbLibraryPage *library;
  KbNewGamePage *new_game;
  KbBoardPage *board;

  /* owned */
  KbGameKeeper *keeper;
};

G_DEFINE_FINAL_TYPE (KbBoardGames, kb_board_games, G_TYPE_OBJECT)

enum {
  BOARD_SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Whether the game on the board is the one kept in @file. */
static KbGame *
live_game_in (KbBoardGames *self,
              GFile        *file)
{
  KbGame *live = kb_board_page_get_game (self->board);

  return live != NULL && kb_game_get_autosave_file (live) != NULL &&
         g_file_equal (kb_game_get_autosave_file (live), file) ? live : NULL;
}

static void
save_failed (KbGame       *game,
             const char   *message,
             KbBoardGames *self)
{
  g_message ("The board game could not be kept: %s", message);
  if (game == kb_board_page_get_game (self->board))
    kb_board_page_set_warning (self->board, message);
}

static void
show_board (KbBoardGames *self,
            KbGame       *game,
            const char   *notice)
{
  kb_board_page_set_game (self->board, game);
  if (notice != NULL)
    kb_board_page_set_notice (self->board, notice);
  kb_library_page_remember_deck (self->library, kb_game_get_deck (game));
  g_signal_emit (self, signals[BOARD_SHOWN], 0);
}

static void
start_game (KbNewGamePage *page,
            KbGame        *game,
            const char    *notice,
            KbBoardGames  *self)
{
  g_autoptr(GFile) file = kb_game_keeper_file_for (self->keeper, kb_game_get_deck (game));
  KbGame *live = live_game_in (self, file);

  /* The game on the board gave way to this one (the page asked first): it must not write on. */
  if (live != NULL)
    kb_game_set_autosave_file (live, NULL);
  g_signal_connect_object (game, "save-failed", G_CALLBACK (save_failed), self, 0);
  kb_game_keeper_keep (self->keeper, game);
  show_board (self, game, notice);
}

/* The game on the board goes on as it is; one from disk is kept again from now on. */
static void
resume_game (GObject      *page,
             KbKeptGame   *kept,
             KbBoardGames *self)
{
  KbGame *live = live_game_in (self, kb_kept_game_get_file (kept));
  g_autoptr(GError) error = NULL;

  if (live == NULL)
    {
      live = kb_kept_game_get_game (kept);
      g_signal_connect_object (live, "save-failed", G_CALLBACK (save_failed), self, 0);
      if (!kb_game_keeper_resume (self->keeper, kept, &error))
        g_message ("The old kept game stays where it was: %s", error->message);
    }
  show_board (self, live, NULL);
}

/* A forgotten game that is still open is over, so that it is not offered again. */
static void
game_forgotten (KbLibraryPage *library,
                KbKeptGame    *kept,
                KbBoardGames  *self)
{
  KbGame *live = live_game_in (self, kb_kept_game_get_file (kept));

  if (live != NULL)
    {
      kb_game_set_autosave_file (live, NULL);
      kb_game_end (live, NULL);
    }
}

static void
kb_board_games_dispose (GObject *object)
{
  g_clear_object (&KB_BOARD_GAMES (object)->keeper);

  G_OBJECT_CLASS (kb_board_games_parent_class)->dispose (object);
}

static void
kb_board_games_class_init (KbBoardGamesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_board_games_dispose;

  /* The board page has a game to show: the window shows the page. */
  signals[BOARD_SHOWN] = g_signal_new ("board-shown", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kb_board_games_init (KbBoardGames *self)
{
}

KbBoardGames *
kb_board_games_new (KbLibraryPage *library,
                    KbNewGamePage *new_game,
                    KbBoardPage   *board)
{
  KbBoardGames *self = g_object_new (KB_TYPE_BOARD_GAMES, NULL);

  self->library = library;
  self->new_game = new_game;
  self->board = board;
  self->keeper = kb_game_keeper_new (NULL);
  kb_new_game_page_set_keeper (new_game, self->keeper);
  g_signal_connect_object (new_game, "start-game", G_CALLBACK (start_game), self, 0);
  g_signal_connect_object (new_game, "continue-game", G_CALLBACK (resume_game), self, 0);
  g_signal_connect_object (library, "resume-game", G_CALLBACK (resume_game), self, 0);
  g_signal_connect_object (library, "game-forgotten", G_CALLBACK (game_forgotten), self, 0);
  return self;
}

KbGameKeeper *
kb_board_games_get_keeper (KbBoardGames *self)
{
  g_return_val_if_fail (KB_IS_BOARD_GAMES (self), NULL);
  return self->keeper;
}

/**
 * kb_board_games_set_up:
 * @deck: (nullable): the deck to play on; %NULL for the one played last or the built-in board
 *
 * Gets the new-game page ready for a new game: every deck of the library to choose from.
 */
void
kb_board_games_set_up (KbBoardGames *self,
                       KbDeck       *deck)
{
  g_return_if_fail (KB_IS_BOARD_GAMES (self));
  g_return_if_fail (deck == NULL || KB_IS_DECK (deck));

  kb_new_game_page_set_decks (self->new_game, kb_library_page_get_decks (self->library));
  if (deck != NULL)
    kb_new_game_page_select_deck (self->new_game, deck);
}

/**
 * kb_board_games_load_deck:
 *
 * The deck in @file to play it as a board game ("kletsborden --board deck.json"), as the
 * library read it (kb_deck_entry_open()).
 *
 * Returns: (transfer full): the deck, or %NULL when it cannot be read or has no board
 */
KbDeck *
kb_board_games_load_deck (GFile   *file,
                          GError **error)
{
  g_autoptr(KbDeck) deck = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  deck = kb_deck_entry_open (file, error);
  if (deck != NULL && kb_deck_get_board (deck) == NULL)
    {
      g_set_error_literal (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID,
                           _("This deck has no board. Add a “board” with squares to the deck to "
                             "play it as a board game."));
      return NULL;
    }
  return g_steal_pointer (&deck);
}
