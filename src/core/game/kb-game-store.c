/* A game on disk: durable saves (kb-durable-write.h), so that a killed process or a power cut
 * leaves the last save or the one before, never half of one. The autosave is journalled
 * (kb-journal.h): one line per move, written off the main thread, so a turn at the end of a long
 * game costs what one at the start did; reading folds the journal back in. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-entry.h"
#include "kb-durable-write.h"
#include "kb-game-private.h"
#include "kb-guarded-read.h"
#include "kb-limits.h"

/**
 * kb_game_save:
 *
 * Writes kb_game_to_json() to @file in one step: the file holds the old game or the new one,
 * whenever the process dies. A failure is %KB_GAME_ERROR_SAVE, naming the file and the reason.
 */
gboolean
kb_game_save (KbGame   *self,
              GFile    *file,
              GError  **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = kb_game_to_json (self);
  if (kb_durable_write_file (file, json, strlen (json),
                             KB_DURABLE_CREATE_FOLDER | KB_DURABLE_PRIVATE, &local))
    return TRUE;
  g_set_error_literal (error, KB_GAME_ERROR, KB_GAME_ERROR_SAVE, local->message);
  return FALSE;
}

/* A link to /dev/zero, a pipe or a sparse file of gigabytes is refused before it is read
 * (kb-guarded-read.h); a missing file stays G_IO_ERROR_NOT_FOUND for the callers. */
static GBytes *
read_file (GFile    *file,
           gboolean  fold,
           GError  **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = kb_guarded_read_file (file, KB_STATE_MAX_FILE_SIZE, &local);
  g_autofree char *name = NULL;

  if (bytes != NULL && fold)
    return kb_journal_fold (file, bytes, _kb_game_journal_apply, NULL);
  if (bytes != NULL)
    return g_steal_pointer (&bytes);
  name = g_file_get_parse_name (file);
  if (g_error_matches (local, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s: %s", name, local->message);
  else
    g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_A_GAME,
                 _("The saved game %s cannot be read: %s."), name, local->message);
  return NULL;
}

/**
 * kb_game_read_deck_ref:
 * @deck_id: (out) (optional): the id of the game's deck
 * @deck_path: (out) (optional) (nullable): where the deck was when the game was saved
 *
 * Reads only which deck a saved game belongs to, so that the start screen can offer to continue
 * it before opening anything.
 */
gboolean
kb_game_read_deck_ref (GFile   *file,
                       char   **deck_id,
                       char   **deck_path,
                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *id, *path, *data;
  gsize size;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = read_file (file, FALSE, error);   /* the deck never changes in a journal */
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  root = _kb_game_json_parse (data != NULL ? data : "", (gssize) size, error);
  if (root == NULL)
    return FALSE;
  if (!_kb_game_json_read_header (root, &id, &path, error))
    return FALSE;
  if (deck_id != NULL)
    *deck_id = g_strdup (id);
  if (deck_path != NULL)
    *deck_path = g_strdup (path);
  return TRUE;
}

static KbGame *
load (GFile    *file,
      KbDeck   *deck,
      gboolean  position_only,
      GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KbDeck) own_deck = NULL;
  const char *data;
  gsize size;

  if (deck == NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GFile) deck_file = NULL;
      g_autoptr(GError) local = NULL;

      if (!kb_game_read_deck_ref (file, &id, &path, error))
        return NULL;
      if (path == NULL)
        {
          g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_DECK_MISSING,
                       _("The deck “%s” of this game is not known; open the deck first."), id);
          return NULL;
        }
      deck_file = g_file_new_for_path (path);
      own_deck = kb_deck_entry_open (deck_file, &local);
      if (own_deck == NULL)
        {
          g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_DECK_MISSING,
                       _("The deck of this game cannot be opened: %s"), local->message);
          return NULL;
        }
      deck = own_deck;
    }
  bytes = read_file (file, TRUE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = "";
  if (position_only)
    return kb_game_new_from_json_position (deck, data, (gssize) size, error);
  return kb_game_new_from_json (deck, data, (gssize) size, error);
}

/**
 * kb_game_load:
 * @deck: (nullable): the game's deck, or %NULL to open the deck file named in the save
 *
 * Reads a game saved by kb_game_save(); see kb_game_new_from_json() for what it refuses.
 * %KB_GAME_ERROR_DECK_MISSING when @deck is %NULL and the saved deck cannot be opened.
 *
 * Returns: (transfer full): the game, or %NULL with @error set
 */
KbGame *
kb_game_load (GFile   *file,
              KbDeck  *deck,
              GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (deck == NULL || KB_IS_DECK (deck), NULL);

  return load (file, deck, FALSE, error);
}

/**
 * kb_game_load_position:
 * @deck: (nullable): as for kb_game_load()
 *
 * After kb_game_load() gave %KB_GAME_ERROR_DECK_CHANGED: the saved position without its history,
 * as kb_game_new_from_json_position() reads it.
 *
 * Returns: (transfer full): the game, or %NULL with @error set
 */
KbGame *
kb_game_load_position (GFile   *file,
                       KbDeck  *deck,
                       GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (deck == NULL || KB_IS_DECK (deck), NULL);

  return load (file, deck, TRUE, error);
}

/**
 * kb_game_get_autosave_dir:
 *
 * Returns: (transfer full): where games save themselves: $XDG_STATE_HOME/kletsborden/games
 */
GFile *
kb_game_get_autosave_dir (void)
{
  return g_file_new_build_filename (g_get_user_state_dir (), "kletsborden", "games", NULL);
}

static void
journal_failed (KbJournal    *journal,
                const GError *error,
                KbGame       *self)
{
  g_signal_emit_by_name (self, "save-failed", error->message);
}

/* After a change: one line to the journal, or the whole game when the journal asks for it. */
void
_kb_game_autosave (KbGame *self)
{
  if (self->journal == NULL)
    return;
  if (kb_journal_wants_snapshot (self->journal))
    kb_journal_replace (self->journal, kb_game_to_json (self));
  else
    kb_journal_append (self->journal, _kb_game_journal_line (self, self->journal_mark));
  self->journal_mark = self->moves->len;
}

/* Waits until the autosave is on the disk, and stops it. */
void
_kb_game_stop_autosave (KbGame *self)
{
  if (self->journal != NULL)
    {
      /* Nothing more to tell: the game may be going away. */
      g_signal_handlers_disconnect_by_data (self->journal, self);
      kb_journal_flush (self->journal, NULL);
    }
  g_clear_object (&self->journal);
  g_clear_object (&self->autosave);
}

/**
 * kb_game_set_autosave_file:
 * @file: (nullable): where to save, or %NULL to stop
 *
 * From now on the game saves itself to @file after every change: once whole right away (this
 * waits for the disk), then one journal line per change, written off the main thread. Each save
 * that fails emits #KbGame::save-failed (in the main context, soon after the change); the game
 * goes on. Stopping, or the game's end, waits until every change is on the disk.
 */
void
kb_game_set_autosave_file (KbGame *self,
                           GFile  *file)
{
  g_return_if_fail (KB_IS_GAME (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (file != NULL)
    g_object_ref (file);   /* it may be the one set now */
  _kb_game_stop_autosave (self);
  if (file == NULL)
    return;
  self->autosave = file;
  self->journal = kb_journal_new (file, _kb_game_journal_apply);
  g_signal_connect (self->journal, "failed", G_CALLBACK (journal_failed), self);
  _kb_game_autosave (self);
  kb_journal_flush (self->journal, NULL);   /* tells a failure right away */
}

/**
 * kb_game_read_autosave:
 *
 * For tools and tests that look into a saved game: its text with the journal folded in, as
 * kb_game_load() reads it.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
GBytes *
kb_game_read_autosave (GFile   *file,
                       GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return read_file (file, TRUE, error);
}

/**
 * kb_game_flush_autosave:
 *
 * Waits until every change so far is on the disk (the autosave writes off the main thread).
 * Returns: %FALSE with @error when the last write failed
 */
gboolean
kb_game_flush_autosave (KbGame  *self,
                        GError **error)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  return self->journal == NULL || kb_journal_flush (self->journal, error);
}

/**
 * kb_game_get_autosave_file:
 *
 * Returns: (transfer none) (nullable): the file set with kb_game_set_autosave_file()
 */
GFile *
kb_game_get_autosave_file (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);
  return self->autosave;
}
