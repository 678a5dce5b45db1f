/* The session log: what happened to which card and when, written out as Markdown for a
 * lecturer's follow-up or as CSV for a spreadsheet (JSON is in kb-session-log-json.c).
 * Each entry holds only the card's own text: there is deliberately no field for what anyone
 * said, so a log can be shared without exposing a participant. */
#define G_LOG_DOMAIN "kletsborden-session-log"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-enum-util.h"
#include "kb-session-log-private.h"

/* A long session has thousands of entries about a few dozen cards: the texts are kept once per
 * log (in `strings`) and the entries inline, with the time as numbers rather than a GDateTime
 * of its own: 32 bytes an entry, where a GDateTime each took 125 and a copy of every text in
 * every entry 277 (kb-bench journal; test /session/log/entry-size). */
typedef struct
{
  KbLogEvent event;
  gint32 utc_offset;       /* seconds east of UTC, so exports show the wall clock of then */
  gint64 usec;             /* since 1970-01-01 UTC */
  const char *card_id;     /* in strings */
  const char *card_text;   /* in strings */
} Entry;

G_STATIC_ASSERT (sizeof (Entry) <= 32);

struct _KbSessionLog
{
  GObject parent_instance;

  char *deck_id;
  char *deck_title;
  GDateTime *started;
  GArray *entries;        /* of Entry, in the order they happened */
  GHashTable *strings;    /* each card id and text once, owned */
};

G_DEFINE_FINAL_TYPE (KbSessionLog, kb_session_log, G_TYPE_OBJECT)

G_DEFINE_QUARK (kb-session-log-error-quark, kb_session_log_error)

static Entry *
get_entry (KbSessionLog *self,
           guint         index)
{
  return &g_array_index (self->entries, Entry, index);
}

/* The entry's time as the wall clock it was read from. */
static GDateTime *
entry_dup_time (const Entry *entry)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (entry->utc_offset);
  g_autoptr(GDateTime) epoch = g_date_time_new_from_unix_utc (0);
  g_autoptr(GDateTime) utc = g_date_time_add (epoch, entry->usec);

  return g_date_time_to_timezone (utc, zone);
}

/* @text (valid UTF-8 made of it) as kept in the log, shared by every entry with that text. */
static const char *
share (KbSessionLog *self,
       const char   *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  const char *kept = g_hash_table_lookup (self->strings, valid);

  if (kept == NULL)
    {
      kept = valid;
      g_hash_table_add (self->strings, g_steal_pointer (&valid));
    }
  return kept;
}

/* Translated words for the Markdown, which people read. */
static const char *
event_label (KbLogEvent event)
{
  switch (event)
    {
    case KB_LOG_SHOWN:
      return C_("session log", "shown");
    case KB_LOG_PASSED:
      return C_("session log", "passed");
    case KB_LOG_PUT_AWAY:
      return C_("session log", "put away");
    case KB_LOG_PUT_BACK:
      return C_("session log", "back in the deck");
    case KB_LOG_SHUFFLED:
      return C_("session log", "shuffled");
    case KB_LOG_LANGUAGE:
      return C_("session log", "language");
    default:
      g_assert_not_reached ();
    }
}

/* Card texts come from decks written by others; a "|" or "*" in one must not break the table or
 * turn into formatting, and a line break must not end the row. */
static void
append_markdown_text (GString    *out,
                      const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\n' || *p == '\r')
        g_string_append (out, "<br>");
      else if (*p == '\t')
        g_string_append_c (out, ' ');
      else
        {
          if (strchr ("\\`*_[]<>|&~#", *p) != NULL)
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
    }
}

/* RFC 4180: a field with a comma, quote or line break goes in quotes, with quotes doubled. */
static void
append_csv_field (GString    *out,
                  const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static int
compare_entry_times (gconstpointer a,
                     gconstpointer b)
{
  const Entry *entry_a = *(Entry * const *) a;
  const Entry *entry_b = *(Entry * const *) b;

  return (entry_a->usec > entry_b->usec) - (entry_a->usec < entry_b->usec);
}

/* The exports are in time order even when a caller added an entry late; the sort is stable, so
 * events of the same microsecond keep the order they were added in. */
static GPtrArray *
entries_in_time_order (KbSessionLog *self)
{
  /* Not g_ptr_array_copy(): it would copy the free function too, and free the entries twice. */
  GPtrArray *sorted = g_ptr_array_sized_new (self->entries->len);

  for (guint i = 0; i < self->entries->len; i++)
    g_ptr_array_add (sorted, get_entry (self, i));
  g_ptr_array_sort (sorted, compare_entry_times);
  return sorted;
}

static void
kb_session_log_finalize (GObject *object)
{
  KbSessionLog *self = KB_SESSION_LOG (object);

  g_free (self->deck_id);
  g_free (self->deck_title);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->strings, g_hash_table_unref);

  G_OBJECT_CLASS (kb_session_log_parent_class)->finalize (object);
}

static void
kb_session_log_class_init (KbSessionLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kb_session_log_finalize;
}

static void
kb_session_log_init (KbSessionLog *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* The file's words are the enum's nicks (kb-play-enums.h). */
const char *
kb_log_event_to_string (KbLogEvent event)
{
  return kb_enum_to_nick (KB_TYPE_LOG_EVENT, event);
}

gboolean
kb_log_event_from_string (const char *name,
                          KbLogEvent *event)
{
  int value;

  g_return_val_if_fail (event != NULL, FALSE);

  if (!kb_enum_from_nick (KB_TYPE_LOG_EVENT, name, &value))
    return FALSE;
  *event = value;
  return TRUE;
}

/**
 * kb_session_log_new:
 * @deck_id: the deck's id
 * @deck_title: (nullable): the deck's title in the shown language; %NULL uses @deck_id
 *
 * Starts an empty log; its start time is now and gives the date of the Markdown heading.
 */
KbSessionLog *
kb_session_log_new (const char *deck_id,
                    const char *deck_title)
{
  KbSessionLog *self;

  g_return_val_if_fail (deck_id != NULL, NULL);

  self = g_object_new (KB_TYPE_SESSION_LOG, NULL);
  self->deck_id = g_utf8_make_valid (deck_id, -1);
  self->deck_title = g_utf8_make_valid (deck_title != NULL ? deck_title : deck_id, -1);
  self->started = g_date_time_new_now_local ();
  return self;
}

void
kb_session_log_add (KbSessionLog *self,
                    KbLogEvent    event,
                    const char   *card_id,
                    const char   *card_text,
                    GDateTime    *when)
{
  g_autoptr(GDateTime) now = NULL;
  Entry entry;

  g_return_if_fail (KB_IS_SESSION_LOG (self));
  g_return_if_fail (kb_log_event_to_string (event) != NULL);
  g_return_if_fail (card_id != NULL);

  entry.event = event;
  entry.card_id = share (self, card_id);
  entry.card_text = share (self, card_text != NULL ? card_text : "");
  if (when == NULL)
    when = now = g_date_time_new_now_local ();
  entry.usec = g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
  entry.utc_offset = g_date_time_get_utc_offset (when) / G_TIME_SPAN_SECOND;
  g_array_append_val (self->entries, entry);
}

guint
kb_session_log_get_n_entries (KbSessionLog *self)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), 0);

  return self->entries->len;
}

KbLogEvent
kb_session_log_get_event (KbSessionLog *self,
                          guint         index)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), KB_LOG_SHOWN);
  g_return_val_if_fail (index < self->entries->len, KB_LOG_SHOWN);

  return get_entry (self, index)->event;
}

const char *
kb_session_log_get_card_id (KbSessionLog *self,
                            guint         index)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return get_entry (self, index)->card_id;
}

/* Returns: (transfer full): the entry's time, with the UTC offset it had when it was added */
GDateTime *
kb_session_log_dup_time (KbSessionLog *self,
                         guint         index)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return entry_dup_time (get_entry (self, index));
}

const char *
kb_session_log_get_card_text (KbSessionLog *self,
                              guint         index)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return get_entry (self, index)->card_text;
}

const char *
kb_session_log_get_deck_id (KbSessionLog *self)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);

  return self->deck_id;
}

const char *
kb_session_log_get_deck_title (KbSessionLog *self)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);

  return self->deck_title;
}

/* Returns: (transfer none) */
GDateTime *
kb_session_log_get_started (KbSessionLog *self)
{
  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);

  return self->started;
}

void
_kb_session_log_set_started (KbSessionLog *self,
                             GDateTime    *started)
{
  g_assert (started != NULL);

  g_date_time_ref (started);
  g_clear_pointer (&self->started, g_date_time_unref);
  self->started = started;
}

guint
kb_session_log_count_cards (KbSessionLog *self,
                            KbLogEvent    event)
{
  g_autoptr(GHashTable) cards = NULL;

  g_return_val_if_fail (KB_IS_SESSION_LOG (self), 0);

  cards = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->entries->len; i++)
    if (get_entry (self, i)->event == event)
      g_hash_table_add (cards, (gpointer) get_entry (self, i)->card_id);
  return g_hash_table_size (cards);
}

/**
 * kb_session_log_to_markdown:
 *
 * The log for a lecturer's follow-up, in the current gettext language: a heading with the deck
 * and the date, a summary of the cards, and every event in time order.
 */
char *
kb_session_log_to_markdown (KbSessionLog *self)
{
  g_autoptr(GString) out = g_string_new ("# ");
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *offset = NULL;
  g_autoptr(GDateTime) first_time = NULL;
  g_autofree char *time_heading = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  gboolean one_offset = TRUE;

  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);

  append_markdown_text (title, self->deck_title);
  /* ISO dates read the same in every language and sort in a folder of logs. */
  date = g_date_time_format (self->started, "%Y-%m-%d");
  /* Translators: the heading of a session log; the deck's title, then a date like 2026-11-24. */
  heading = g_strdup_printf (_("%s — session of %s"), title->str, date);
  g_string_append_printf (out, "%s\n\n", heading);

  g_string_append_printf (out, "## %s\n\n", _("Summary"));
  g_string_append_printf (out, "- %s: %u\n", _("Cards shown"),
                          kb_session_log_count_cards (self, KB_LOG_SHOWN));
  g_string_append_printf (out, "- %s: %u\n", _("Passed"),
                          kb_session_log_count_cards (self, KB_LOG_PASSED));
  g_string_append_printf (out, "- %s: %u\n", _("Put away"),
                          kb_session_log_count_cards (self, KB_LOG_PUT_AWAY));

  g_string_append_printf (out, "\n## %s\n\n", _("In order"));
  if (self->entries->len == 0)
    {
      g_string_append_printf (out, "%s\n", _("No cards were shown in this session."));
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  sorted = entries_in_time_order (self);
  /* Local times, with their offset from UTC: in the column's heading when one offset holds for
   * the whole log, else on every row (a session across a change to summer time). */
  first_time = entry_dup_time (g_ptr_array_index (sorted, 0));
  offset = g_date_time_format (first_time, "UTC%:z");
  for (guint i = 1; i < sorted->len && one_offset; i++)
    one_offset = ((Entry *) g_ptr_array_index (sorted, i))->utc_offset ==
                 ((Entry *) g_ptr_array_index (sorted, 0))->utc_offset;
  time_heading = one_offset ? g_strdup_printf ("%s (%s)", C_("session log", "Time"), offset)
                            : g_strdup (C_("session log", "Time"));
  g_string_append_printf (out, "| %s | %s | %s |\n| --- | --- | --- |\n",
                          time_heading, C_("session log", "What happened"),
                          C_("session log", "Card"));
  for (guint i = 0; i < sorted->len; i++)
    {
      Entry *entry = g_ptr_array_index (sorted, i);
      g_autoptr(GDateTime) when = entry_dup_time (entry);
      g_autofree char *time = g_date_time_format (when, one_offset ? "%H:%M" : "%H:%M (UTC%:z)");

      g_string_append_printf (out, "| %s | %s | ", time, event_label (entry->event));
      append_markdown_text (out, entry->card_text);
      g_string_append (out, " |\n");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * kb_session_log_to_csv:
 *
 * The log as RFC 4180 CSV (CRLF line ends, UTF-8 without a byte order mark), with untranslated
 * event keys and ISO 8601 times so that a spreadsheet can sort and filter it.
 */
char *
kb_session_log_to_csv (KbSessionLog *self)
{
  g_autoptr(GString) out = g_string_new ("time,event,card_id,card_text\r\n");
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);

  sorted = entries_in_time_order (self);
  for (guint i = 0; i < sorted->len; i++)
    {
      Entry *entry = g_ptr_array_index (sorted, i);
      g_autoptr(GDateTime) when = entry_dup_time (entry);
      g_autofree char *time = g_date_time_format (when, "%Y-%m-%dT%H:%M:%S%:z");

      append_csv_field (out, time);
      g_string_append_c (out, ',');
      append_csv_field (out, kb_log_event_to_string (entry->event));
      g_string_append_c (out, ',');
      append_csv_field (out, entry->card_id);
      g_string_append_c (out, ',');
      append_csv_field (out, entry->card_text);
      g_string_append (out, "\r\n");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
has_extension (const char *name,
               const char *extension)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_str_has_suffix (folded, extension);
}

/**
 * kb_session_log_save:
 * @file: where to write; a name ending in .md (or .markdown) gives Markdown, .csv gives CSV
 *
 * Writes the whole file or nothing: a log is never left half-written over an older one.
 */
gboolean
kb_session_log_save (KbSessionLog  *self,
                     GFile         *file,
                     GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;

  g_return_val_if_fail (KB_IS_SESSION_LOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_basename (file);
  if (name != NULL && (has_extension (name, ".md") || has_extension (name, ".markdown")))
    contents = kb_session_log_to_markdown (self);
  else if (name != NULL && has_extension (name, ".csv"))
    contents = kb_session_log_to_csv (self);
  else
    {
      g_set_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_FILE_TYPE,
                   _("Cannot save the session log as “%s”: give the file name the extension .md "
                     "for a document or .csv for a spreadsheet"),
                   name != NULL ? name : "");
      return FALSE;
    }

  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}
