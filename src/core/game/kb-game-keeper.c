/* The one owner of kept board games. A game is kept under a name made from its deck's file, not
 * its deck id, so a stranger's deck that happens to use the id "kletsborden" cannot wipe the
 * built-in deck's game. Files from before, named by deck id, are still read, and a resumed one
 * moves to its new name. Everything here reads only the disk and immutable fields, so listing
 * may run in a worker thread. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-damaged-file.h"
#include "kb-game-keeper.h"
#include "kb-journal.h"

struct _KbKeptGame
{
  GObject parent_instance;

  /* owned */
  KbGame *game;
  GFile *file;
  GDateTime *saved;
};

G_DEFINE_FINAL_TYPE (KbKeptGame, kb_kept_game, G_TYPE_OBJECT)

struct _KbGameKeeper
{
  GObject parent_instance;

  /* owned, never changed after construction */
  GFile *dir;
};

G_DEFINE_FINAL_TYPE (KbGameKeeper, kb_game_keeper, G_TYPE_OBJECT)

static void
kb_kept_game_finalize (GObject *object)
{
  KbKeptGame *self = KB_KEPT_GAME (object);

  g_clear_object (&self->game);
  g_clear_object (&self->file);
  g_clear_pointer (&self->saved, g_date_time_unref);

  G_OBJECT_CLASS (kb_kept_game_parent_class)->finalize (object);
}

static void
kb_kept_game_class_init (KbKeptGameClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_kept_game_finalize;
}

static void
kb_kept_game_init (KbKeptGame *self)
{
}

static void
kb_game_keeper_finalize (GObject *object)
{
  g_clear_object (&KB_GAME_KEEPER (object)->dir);

  G_OBJECT_CLASS (kb_game_keeper_parent_class)->finalize (object);
}

static void
kb_game_keeper_class_init (KbGameKeeperClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_game_keeper_finalize;
}

static void
kb_game_keeper_init (KbGameKeeper *self)
{
}

static gboolean
is_unfinished (KbGame *game)
{
  KbGamePhase phase = kb_game_get_phase (game);

  return phase != KB_GAME_PHASE_SETUP && phase != KB_GAME_PHASE_FINISHED;
}

/* The kept files, newest first. */
static GPtrArray *
list_files (KbGameKeeper *self,
            GCancellable *cancellable)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (self->dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                        G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, &child, cancellable, NULL) && info != NULL)
    if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
      {
        guint i = 0;
        guint64 time = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED)
                       * G_USEC_PER_SEC
                       + g_file_info_get_attribute_uint32 (info,
                                                           G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);

        while (i < infos->len &&
               GPOINTER_TO_SIZE (g_object_get_data (infos->pdata[i], "kb-time")) >= time)
          i++;
        g_object_set_data (G_OBJECT (info), "kb-time", GSIZE_TO_POINTER (time));
        g_ptr_array_insert (infos, (int) i, g_object_ref (info));
        g_ptr_array_insert (files, (int) i, g_object_ref (child));
      }
  return files;
}

/* A file that is not a game this version can read (damaged, unreadable, from a newer version),
 * as opposed to a good game whose deck is away for now: that one stays where it is. */
static gboolean
is_damaged (const GError *error)
{
  return g_error_matches (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_A_GAME) ||
         g_error_matches (error, KB_GAME_ERROR, KB_GAME_ERROR_VERSION) ||
         g_error_matches (error, KB_GAME_ERROR, KB_GAME_ERROR_INVALID);
}

/* @notices: (nullable) (element-type utf8): gets what the facilitator is to be told */
static KbKeptGame *
load_kept (GFile     *file,
           GPtrArray *notices)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(KbGame) game = kb_game_load (file, NULL, &error);
  KbKeptGame *kept;

  if (game == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      if (is_damaged (error))
        {
          /* Set aside, so it is neither lost nor read again at every start. */
          g_autoptr(GError) aside = kb_damaged_file_set_aside (file, error, NULL, NULL);

          g_message ("%s", aside->message);
          if (notices != NULL)
            g_ptr_array_add (notices, g_strdup (aside->message));
          return NULL;
        }
      g_message ("The kept board game %s cannot be continued: %s", name, error->message);
      return NULL;
    }
  if (!is_unfinished (game))
    return NULL;
  kept = g_object_new (KB_TYPE_KEPT_GAME, NULL);
  kept->game = g_steal_pointer (&game);
  kept->file = g_object_ref (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL,
                            NULL);
  kept->saved = info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
  if (kept->saved == NULL)
    kept->saved = g_date_time_new_now_local ();
  return kept;
}

static gboolean
belongs_to (GFile *kept_file,
            GFile *deck_file)
{
  g_autofree char *path = NULL;
  g_autofree char *wanted = g_file_get_path (deck_file);

  return kb_game_read_deck_ref (kept_file, NULL, &path, NULL) && path != NULL &&
         g_strcmp0 (path, wanted) == 0;
}

/* Returns: (transfer none): the game, with its deck */
KbGame *
kb_kept_game_get_game (KbKeptGame *self)
{
  g_return_val_if_fail (KB_IS_KEPT_GAME (self), NULL);
  return self->game;
}

/* Returns: (transfer none): the file it is kept in */
GFile *
kb_kept_game_get_file (KbKeptGame *self)
{
  g_return_val_if_fail (KB_IS_KEPT_GAME (self), NULL);
  return self->file;
}

/* Returns: (transfer none): when it was saved last */
GDateTime *
kb_kept_game_get_saved (KbKeptGame *self)
{
  g_return_val_if_fail (KB_IS_KEPT_GAME (self), NULL);
  return self->saved;
}

/* Returns: (transfer full): the players' names, as "Anna, Bram and Cor" */
char *
kb_kept_game_dup_players (KbKeptGame *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (KB_IS_KEPT_GAME (self), NULL);

  n = kb_game_get_n_players (self->game);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (names, i + 1 == n ? _(" and ") : ", ");
      g_string_append (names, kb_game_get_player_name (self->game, i));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/**
 * kb_game_keeper_new:
 * @dir: (nullable): where games are kept; %NULL for kb_game_get_autosave_dir()
 */
KbGameKeeper *
kb_game_keeper_new (GFile *dir)
{
  KbGameKeeper *self = g_object_new (KB_TYPE_GAME_KEEPER, NULL);

  g_return_val_if_fail (dir == NULL || G_IS_FILE (dir), NULL);

  self->dir = dir != NULL ? g_object_ref (dir) : kb_game_get_autosave_dir ();
  return self;
}

/**
 * kb_game_keeper_file_for:
 *
 * Returns: (transfer full): where the game on @deck is kept: named by the deck's id (for people
 *   who look) and a hash of its file's path (so two decks never share one)
 */
GFile *
kb_game_keeper_file_for (KbGameKeeper *self,
                         KbDeck       *deck)
{
  g_autofree char *path = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KB_IS_GAME_KEEPER (self), NULL);
  g_return_val_if_fail (KB_IS_DECK (deck), NULL);

  if (kb_deck_get_file (deck) != NULL)
    path = g_file_get_path (kb_deck_get_file (deck));
  if (path == NULL)
    return g_file_get_child (self->dir, (name = g_strconcat (kb_deck_get_id (deck), ".json",
                                                             NULL)));
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, path, -1);
  hash[16] = '\0';
  name = g_strdup_printf ("%s-%s.json", kb_deck_get_id (deck), hash);
  return g_file_get_child (self->dir, name);
}

/* From now on @game saves itself after every move, under its deck file's name. */
void
kb_game_keeper_keep (KbGameKeeper *self,
                     KbGame       *game)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (KB_IS_GAME_KEEPER (self));
  g_return_if_fail (KB_IS_GAME (game));

  file = kb_game_keeper_file_for (self, kb_game_get_deck (game));
  kb_game_set_autosave_file (game, file);
}

/**
 * kb_game_keeper_resume:
 *
 * Keeps @kept's game again from now on; a game kept under its deck id before moves to its deck
 * file's name.
 */
gboolean
kb_game_keeper_resume (KbGameKeeper  *self,
                       KbKeptGame    *kept,
                       GError       **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (KB_IS_GAME_KEEPER (self), FALSE);
  g_return_val_if_fail (KB_IS_KEPT_GAME (kept), FALSE);

  file = kb_game_keeper_file_for (self, kb_game_get_deck (kept->game));
  kb_game_set_autosave_file (kept->game, file);
  if (g_file_equal (file, kept->file))
    return TRUE;
  if (!kb_journal_forget (kept->file, error))
    return FALSE;
  g_set_object (&kept->file, file);
  return TRUE;
}

/**
 * kb_game_keeper_list:
 *
 * @notices: (out) (optional) (transfer full) (element-type utf8): what the facilitator is to
 *   be told: one sentence for each damaged, unreadable or newer file that was set aside
 *
 * Loads every unfinished kept game with its deck. Games that cannot be continued now (their
 * deck is gone or changed) are left out with a message; files that are no game this version can
 * read are set aside as NAME.damaged-DATE (kb-damaged-file.h), so one of them never hides the
 * good games beside it.
 *
 * Returns: (transfer full) (element-type KbKeptGame): the games, newest first
 */
GPtrArray *
kb_game_keeper_list (KbGameKeeper  *self,
                     GCancellable  *cancellable,
                     GPtrArray    **notices)
{
  g_autoptr(GPtrArray) files = NULL;
  GPtrArray *games = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KB_IS_GAME_KEEPER (self), games);

  if (notices != NULL)
    *notices = g_ptr_array_new_with_free_func (g_free);
  files = list_files (self, cancellable);
  for (guint i = 0; i < files->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      KbKeptGame *kept = load_kept (files->pdata[i], notices != NULL ? *notices : NULL);
      if (kept != NULL)
        g_ptr_array_add (games, kept);
    }
  return games;
}

/**
 * kb_game_keeper_find_kept_for:
 *
 * Returns: (transfer full) (nullable): the newest unfinished game kept for the deck in
 *   @deck_file
 */
KbKeptGame *
kb_game_keeper_find_kept_for (KbGameKeeper *self,
                              GFile        *deck_file)
{
  g_autoptr(GPtrArray) files = NULL;
  KbKeptGame *kept = NULL;

  g_return_val_if_fail (KB_IS_GAME_KEEPER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (deck_file), NULL);

  files = list_files (self, NULL);
  for (guint i = 0; i < files->len && kept == NULL; i++)
    if (belongs_to (files->pdata[i], deck_file))
      kept = load_kept (files->pdata[i], NULL);
  return kept;
}

/* Whether an unfinished game is kept for the deck in @deck_file: ask before starting anew. */
gboolean
kb_game_keeper_has_kept_for (KbGameKeeper *self,
                             GFile        *deck_file)
{
  g_autoptr(KbKeptGame) kept = kb_game_keeper_find_kept_for (self, deck_file);

  return kept != NULL;
}

gboolean
kb_game_keeper_forget (KbGameKeeper  *self,
                       GFile         *kept_file,
                       GError       **error)
{
  g_return_val_if_fail (KB_IS_GAME_KEEPER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (kept_file), FALSE);

  return kb_journal_forget (kept_file, error);   /* the save and its journal */
}

/* Forgets every game kept for the deck in @deck_file, before a new one starts on it. */
gboolean
kb_game_keeper_forget_for (KbGameKeeper  *self,
                           GFile         *deck_file,
                           GError       **error)
{
  g_autoptr(GPtrArray) files = NULL;

  g_return_val_if_fail (KB_IS_GAME_KEEPER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (deck_file), FALSE);

  files = list_files (self, NULL);
  for (guint i = 0; i < files->len; i++)
    if (belongs_to (files->pdata[i], deck_file) &&
        !kb_game_keeper_forget (self, files->pdata[i], error))
      return FALSE;
  return TRUE;
}
