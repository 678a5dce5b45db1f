/* speech-dispatcher through libspeechd. Every call to the service happens in one worker thread:
 * spd_open can hang on a daemon that does not answer, and the projector must never freeze for
 * it. The connection is opened on the first request to speak (a stop before it has nothing to
 * stop: opening then would start the daemon and its synthesiser while the first card is being
 * drawn, on the same two cores); a failure makes the speaker unavailable and nothing else. Only the language is set: rate and voice stay the user's own. */
#define G_LOG_DOMAIN "kletsborden-speaker"

#include "config.h"

#include <libspeechd.h>

#include "kb-speaker-speechd.h"

typedef enum
{
  COMMAND_SPEAK,
  COMMAND_STOP,
  COMMAND_QUIT,
} CommandKind;

typedef struct
{
  CommandKind kind;
  char *text;
  char *lang;
} Command;

struct _KbSpeakerSpeechd
{
  KbSpeaker parent_instance;

  GAsyncQueue *commands;    /* Command *, for the worker */
  GThread *worker;
  gint n_handled;           /* commands the worker has done with (atomic) */
  gint n_opened;            /* connections it opened (atomic) */
};

G_DEFINE_FINAL_TYPE (KbSpeakerSpeechd, kb_speaker_speechd, KB_TYPE_SPEAKER)

/* libspeechd's callbacks carry no user data; there is one connection per speaker and, in
 * practice, one speaker per process. */
static gint n_finished;

static void
command_free (Command *command)
{
  g_free (command->text);
  g_free (command->lang);
  g_free (command);
}

static void
push (KbSpeakerSpeechd *self,
      CommandKind       kind,
      const char       *text,
      const char       *lang)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->text = g_strdup (text);
  command->lang = g_strdup (lang);
  g_async_queue_push (self->commands, command);
}

static gboolean
report_unavailable (gpointer user_data)
{
  _kb_speaker_set_available (KB_SPEAKER (user_data), FALSE);
  return G_SOURCE_REMOVE;
}

static void
message_ended (size_t              msg_id,
               size_t              client_id,
               SPDNotificationType state)
{
  g_atomic_int_inc (&n_finished);
}

/* In the worker thread. */
static SPDConnection *
open_connection (KbSpeakerSpeechd *self)
{
  char *error = NULL;
  SPDConnection *connection = spd_open2 ("kletsborden", "read-aloud", NULL, SPD_MODE_THREADED,
                                         NULL, TRUE, &error);

  if (connection == NULL)
    {
      g_message ("No speech service: %s", error != NULL ? error : "spd_open2 failed");
      free (error);
      g_idle_add_full (G_PRIORITY_DEFAULT, report_unavailable, g_object_ref (self),
                       g_object_unref);
      return NULL;
    }
  g_atomic_int_inc (&self->n_opened);
  connection->callback_end = message_ended;
  spd_set_notification_on (connection, SPD_END);
  return connection;
}

static gpointer
work (gpointer data)
{
  KbSpeakerSpeechd *self = KB_SPEAKER_SPEECHD (data);
  SPDConnection *connection = NULL;
  gboolean failed = FALSE;

  for (;;)
    {
      Command *command = g_async_queue_pop (self->commands);
      CommandKind kind = command->kind;

      /* A later command cuts this speech off anyway (after a slow start, say): skip it. */
      if (kind == COMMAND_QUIT ||
          (kind == COMMAND_SPEAK && g_async_queue_length (self->commands) > 0) ||
          (kind == COMMAND_STOP && connection == NULL))
        {
          command_free (command);
          if (kind == COMMAND_QUIT)
            break;
          g_atomic_int_inc (&self->n_handled);
          continue;
        }
      if (connection == NULL && !failed)
        failed = (connection = open_connection (self)) == NULL;
      if (connection != NULL)
        {
          spd_cancel (connection);
          if (kind == COMMAND_SPEAK)
            {
              if (command->lang != NULL)
                spd_set_language (connection, command->lang);
              if (spd_say (connection, SPD_MESSAGE, command->text) < 0)
                {
                  /* The daemon went away: the next request opens a new connection. */
                  g_message ("The speech service did not take the text; reconnecting");
                  spd_close (connection);
                  connection = NULL;
                }
            }
        }
      command_free (command);
      g_atomic_int_inc (&self->n_handled);
    }
  if (connection != NULL)
    spd_close (connection);
  return NULL;
}

static void
speechd_speak (KbSpeaker  *speaker,
               const char *text,
               const char *lang)
{
  push (KB_SPEAKER_SPEECHD (speaker), COMMAND_SPEAK, text, lang);
}

static void
speechd_stop (KbSpeaker *speaker)
{
  push (KB_SPEAKER_SPEECHD (speaker), COMMAND_STOP, NULL, NULL);
}

static void
kb_speaker_speechd_dispose (GObject *object)
{
  KbSpeakerSpeechd *self = KB_SPEAKER_SPEECHD (object);

  if (self->worker != NULL)
    {
      push (self, COMMAND_QUIT, NULL, NULL);
      g_thread_join (g_steal_pointer (&self->worker));
    }
  G_OBJECT_CLASS (kb_speaker_speechd_parent_class)->dispose (object);
}

static void
kb_speaker_speechd_finalize (GObject *object)
{
  KbSpeakerSpeechd *self = KB_SPEAKER_SPEECHD (object);

  g_async_queue_unref (self->commands);
  G_OBJECT_CLASS (kb_speaker_speechd_parent_class)->finalize (object);
}

static void
kb_speaker_speechd_class_init (KbSpeakerSpeechdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kb_speaker_speechd_dispose;
  object_class->finalize = kb_speaker_speechd_finalize;
  KB_SPEAKER_CLASS (klass)->speak = speechd_speak;
  KB_SPEAKER_CLASS (klass)->stop = speechd_stop;
}

static void
kb_speaker_speechd_init (KbSpeakerSpeechd *self)
{
  self->commands = g_async_queue_new_full ((GDestroyNotify) command_free);
  self->worker = g_thread_new ("kb-speech", work, self);
}

KbSpeakerSpeechd *
kb_speaker_speechd_new (void)
{
  return g_object_new (KB_TYPE_SPEAKER_SPEECHD, NULL);
}

/* How many messages speech-dispatcher said it finished reading: the test of the real service. */
guint
kb_speaker_speechd_get_n_finished (KbSpeakerSpeechd *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_SPEECHD (self), 0);
  return g_atomic_int_get (&n_finished);
}

/* How many requests the worker has done with, and how many connections it opened: tests. */
guint
kb_speaker_speechd_get_n_handled (KbSpeakerSpeechd *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_SPEECHD (self), 0);
  return g_atomic_int_get (&self->n_handled);
}

guint
kb_speaker_speechd_get_n_opened (KbSpeakerSpeechd *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_SPEECHD (self), 0);
  return g_atomic_int_get (&self->n_opened);
}
