/* The one owner of keeping a card session: every move goes to disk with its log (so a crash
 * loses at most the move in progress), the session's card events become log entries, and the
 * kept session is found again after a closed window or a crash. Moves go to a journal
 * (kb-journal.h), one line each, written off the main thread, so a draw late in a long session
 * costs what the first one did. A save that fails is told to whoever listens (save-failed),
 * once, until a save works again; the session goes on in memory. */
#define G_LOG_DOMAIN "kletsborden-session"

#include "config.h"

#include "kb-card.h"
#include "kb-damaged-file.h"
#include "kb-journal.h"
#include "kb-session-keeper.h"
#include "kb-session-store.h"

struct _KbSessionKeeper
{
  GObject parent_instance;

  /* owned */
  KbSession *session;
  KbSessionLog *log;
  KbJournal *journal;        /* writes session.json and its journal */
  guint journal_mark;        /* log entries already in the journal */
  gboolean failing;
};

G_DEFINE_FINAL_TYPE (KbSessionKeeper, kb_session_keeper, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAILING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_failing (KbSessionKeeper *self,
             gboolean         failing)
{
  if (self->failing == failing)
    return;
  self->failing = failing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILING]);
}

static void
log_card_event (KbSession       *session,
                KbSessionEvent   event,
                KbCard          *card,
                KbSessionKeeper *self)
{
  KbDeck *deck = kb_session_get_deck (session);
  const KbText *text;
  KbLogEvent logged;

  switch (event)
    {
    case KB_SESSION_EVENT_SHOWN: logged = KB_LOG_SHOWN; break;
    case KB_SESSION_EVENT_PASSED: logged = KB_LOG_PASSED; break;
    case KB_SESSION_EVENT_PUT_AWAY: logged = KB_LOG_PUT_AWAY; break;
    case KB_SESSION_EVENT_PUT_BACK: logged = KB_LOG_PUT_BACK; break;
    case KB_SESSION_EVENT_SHUFFLED:
      kb_session_log_add (self->log, KB_LOG_SHUFFLED, "", "", NULL);
      return;
    case KB_SESSION_EVENT_LANGUAGE:
      kb_session_log_add (self->log, KB_LOG_LANGUAGE, "", kb_session_get_language (session), NULL);
      return;
    default: g_return_if_reached ();
    }
  /* A case is known by its title: its situation is a paragraph, too long for a log's row. */
  text = kb_card_get_kind (card) == KB_CARD_KIND_CASE && kb_card_get_title (card) != NULL
         ? kb_card_get_title (card) : kb_card_get_text (card);
  kb_session_log_add (self->log, logged, kb_card_get_id (card),
                      kb_text_get (text, kb_session_get_language (session),
                                   kb_deck_get_fallback_language (deck)), NULL);
}

/* Tells a failure once, until a save works again. */
static void
report (KbSessionKeeper *self,
        const GError    *error)
{
  gboolean was_failing = self->failing;

  set_failing (self, error != NULL);
  if (error == NULL)
    return;
  g_message ("Could not keep the session for later: %s", error->message);
  if (!was_failing)
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static void
journal_failing (KbJournal       *journal,
                 GParamSpec      *pspec,
                 KbSessionKeeper *self)
{
  report (self, kb_journal_get_error (journal));
}

/* After a move: one line, or the whole session when the journal asks for it. */
static void
session_changed (KbSessionKeeper *self)
{
  char *snapshot;

  if (self->journal == NULL || self->session == NULL)
    return;
  if (kb_journal_wants_snapshot (self->journal))
    {
      if ((snapshot = kb_session_store_snapshot (self->session, self->log)) != NULL)
        kb_journal_replace (self->journal, snapshot);
    }
  else
    kb_journal_append (self->journal, kb_session_store_line (self->session, self->log,
                                                             self->journal_mark));
  self->journal_mark = kb_session_log_get_n_entries (self->log);
}

static void
release_session (KbSessionKeeper *self)
{
  if (self->journal != NULL)
    kb_journal_flush (self->journal, NULL);   /* on the disk before it goes */
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_object (&self->log);
}

static void
kb_session_keeper_dispose (GObject *object)
{
  KbSessionKeeper *self = KB_SESSION_KEEPER (object);

  release_session (self);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (kb_session_keeper_parent_class)->dispose (object);
}

static void
kb_session_keeper_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KbSessionKeeper *self = KB_SESSION_KEEPER (object);

  switch (prop_id)
    {
    case PROP_FAILING:
      g_value_set_boolean (value, self->failing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_session_keeper_class_init (KbSessionKeeperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kb_session_keeper_dispose;
  object_class->get_property = kb_session_keeper_get_property;

  /* Whether the last save failed: the session is then only in memory. */
  properties[PROP_FAILING] =
    g_param_spec_boolean ("failing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KbSessionKeeper::save-failed:
   * @error: why the session could not be written
   *
   * Emitted when saving starts to fail; not again for every move until a save works.
   */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
kb_session_keeper_init (KbSessionKeeper *self)
{
}

KbSessionKeeper *
kb_session_keeper_new (void)
{
  return g_object_new (KB_TYPE_SESSION_KEEPER, NULL);
}

/* The whole session and its log to the journal's worker. Returns: FALSE when nothing is kept */
static gboolean
queue_snapshot (KbSessionKeeper *self)
{
  char *snapshot;

  if (self->session == NULL ||
      (snapshot = kb_session_store_snapshot (self->session, self->log)) == NULL)
    return FALSE;
  if (self->journal == NULL)
    {
      g_autoptr(GFile) file = kb_session_store_get_file ();

      self->journal = kb_journal_new (file, kb_session_store_apply);
      g_signal_connect (self->journal, "notify::failing", G_CALLBACK (journal_failing), self);
    }
  kb_journal_replace (self->journal, snapshot);
  self->journal_mark = kb_session_log_get_n_entries (self->log);
  return TRUE;
}

/**
 * kb_session_keeper_keep:
 * @session: (nullable): the session to keep from now on; %NULL to stop keeping
 * @log: (nullable): the log to go on with; %NULL starts a new one
 *
 * Keeps @session on disk from now on, after every change, and logs its card events; it is
 * written off the main thread (kb_session_keeper_flush() waits for it).
 */
void
kb_session_keeper_keep (KbSessionKeeper *self,
                        KbSession       *session,
                        KbSessionLog    *log)
{
  KbDeck *deck;

  g_return_if_fail (KB_IS_SESSION_KEEPER (self));
  g_return_if_fail (session == NULL || KB_IS_SESSION (session));
  g_return_if_fail (log == NULL || KB_IS_SESSION_LOG (log));

  /* Hold the new ones before the old go: they may be the same objects. */
  if (session != NULL)
    g_object_ref (session);
  if (log != NULL)
    g_object_ref (log);
  release_session (self);
  if (session == NULL)
    return;

  deck = kb_session_get_deck (session);
  self->session = session;
  self->log = log != NULL ? log
                          : kb_session_log_new (kb_deck_get_id (deck),
                                                kb_deck_get_title (deck,
                                                                   kb_session_get_language (
                                                                     session)));
  /* The log goes first, so the kept session includes the move that was just made. */
  g_signal_connect (session, "card-event", G_CALLBACK (log_card_event), self);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed), self);
  /* Written off the main thread like every move, not waited for: a deck opened in front of a
   * room waited 4–6 ms for the disk before its first picture. A failure is told from the main
   * loop (#KbSessionKeeper::save-failed), or at the next flush. */
  queue_snapshot (self);
}

/* Returns: (transfer none) (nullable): the session being kept */
KbSession *
kb_session_keeper_get_session (KbSessionKeeper *self)
{
  g_return_val_if_fail (KB_IS_SESSION_KEEPER (self), NULL);
  return self->session;
}

/* Returns: (transfer none) (nullable): what happened in the kept session so far */
KbSessionLog *
kb_session_keeper_get_log (KbSessionKeeper *self)
{
  g_return_val_if_fail (KB_IS_SESSION_KEEPER (self), NULL);
  return self->log;
}

gboolean
kb_session_keeper_get_failing (KbSessionKeeper *self)
{
  g_return_val_if_fail (KB_IS_SESSION_KEEPER (self), FALSE);
  return self->failing;
}

/**
 * kb_session_keeper_save:
 *
 * Writes the whole session and its log now, and waits for the disk. A failure emits
 * #KbSessionKeeper::save-failed when the save before it worked.
 */
gboolean
kb_session_keeper_save (KbSessionKeeper  *self,
                        GError          **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (KB_IS_SESSION_KEEPER (self), FALSE);

  if (!queue_snapshot (self))
    return TRUE;
  if (kb_journal_flush (self->journal, &local))
    {
      report (self, NULL);
      return TRUE;
    }
  report (self, local);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

/**
 * kb_session_keeper_flush:
 *
 * Waits until every move so far is on the disk (moves are written off the main thread).
 */
gboolean
kb_session_keeper_flush (KbSessionKeeper  *self,
                         GError          **error)
{
  g_return_val_if_fail (KB_IS_SESSION_KEEPER (self), FALSE);

  return self->journal == NULL || kb_journal_flush (self->journal, error);
}

/**
 * kb_session_keeper_load_kept:
 * @log: (out) (optional) (nullable) (transfer full): the kept session's log, when one was kept
 *
 * A kept session that cannot be read (damaged, unreadable, of a newer version) is set aside as
 * session.json.damaged-DATE, never dropped in silence: @error is then in KB_DAMAGED_FILE_ERROR
 * and says where it went, for the window to tell. A session whose deck cannot be opened now
 * stays kept, with that reason in @error.
 *
 * Returns: (transfer full) (nullable): the session on disk, from a window that was closed or a
 *   process that died, on its deck read anew; %NULL with @error unset when nothing is kept.
 */
KbSession *
kb_session_keeper_load_kept (KbSessionLog **log,
                             GError       **error)
{
  g_autofree char *log_json = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GError) log_error = NULL;
  g_autoptr(KbSession) session = kb_session_store_load (&log_json, &local);

  if (log != NULL)
    *log = NULL;
  if (session == NULL)
    {
      if (g_error_matches (local, KB_SESSION_ERROR, KB_SESSION_ERROR_INVALID))
        {
          g_autoptr(GFile) file = kb_session_store_get_file ();

          g_propagate_error (error, kb_damaged_file_set_aside (file, local, NULL, NULL));
          return NULL;
        }
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (log != NULL && log_json != NULL)
    {
      *log = kb_session_log_new_from_json (log_json, &log_error);
      if (*log == NULL)
        g_message ("The kept session's log cannot be read; a new one starts: %s",
                   log_error->message);
    }
  return g_steal_pointer (&session);
}

/* Forgets the session on disk, for good. */
gboolean
kb_session_keeper_forget_kept (GError **error)
{
  return kb_session_store_clear (error);
}
