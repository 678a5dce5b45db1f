/* The session log: entries, the Markdown and CSV exports (the CSV read back by Python's csv
 * module, not by our own code), saving by extension, and the JSON round trip with broken input. */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kb-locale.h"
#include "kb-session-log.h"
#include "kb-test-scale.h"

/* Texts that break a naive CSV or Markdown writer, each on its own card. */
static const struct
{
  KbLogEvent event;
  const char *card_id;
  const char *text;
  int minute;
} entries[] = {
  { KB_LOG_SHOWN, "schroom-01", "Wanneer voelde jij je voor het laatst alleen?", 45 },
  { KB_LOG_PASSED, "schroom-01", "Wanneer voelde jij je voor het laatst alleen?", 46 },
  { KB_LOG_SHOWN, "schroom-02", "Zeg je \"het gaat goed\", ook als het niet zo is?", 47 },
  { KB_LOG_SHOWN, "schroom-03", "Eerste regel\nTweede regel, met komma", 49 },
  { KB_LOG_PUT_AWAY, "schroom-03", "Eerste regel\nTweede regel, met komma", 50 },
  { KB_LOG_SHOWN, "schroom-02", "Zeg je \"het gaat goed\", ook als het niet zo is?", 52 },
  { KB_LOG_SHOWN, "pipe", "Een | streep en *sterren* en <b>html</b>", 53 },
  { KB_LOG_SHOWN, "schroom-03", "Eerste regel\r\nTweede regel, met komma", 55 },
  { KB_LOG_SHOWN, "leeg", "", 56 },
  { KB_LOG_SHOWN, "formule", "=1+1 ë ü 🙂", 58 },
};

static GDateTime *
make_time (int hour,
           int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);

  return g_date_time_new (tz, 2026, 11, 24, hour, minute, 7.25);
}

static KbSessionLog *
make_log (void)
{
  KbSessionLog *log = kb_session_log_new ("verbinden", "Verbinden | *Praten*");

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GDateTime) time = make_time (9, entries[i].minute);
      kb_session_log_add (log, entries[i].event, entries[i].card_id, entries[i].text, time);
    }
  return log;
}

static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

static void
test_entries (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autoptr(KbSessionLog) empty = kb_session_log_new ("x", NULL);
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) now = NULL;
  KbLogEvent event;

  g_assert_cmpuint (kb_session_log_get_n_entries (log), ==, G_N_ELEMENTS (entries));
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GDateTime) time = make_time (9, entries[i].minute);
      g_autoptr(GDateTime) kept = kb_session_log_dup_time (log, i);
      g_assert_cmpint (kb_session_log_get_event (log, i), ==, entries[i].event);
      g_assert_cmpstr (kb_session_log_get_card_id (log, i), ==, entries[i].card_id);
      g_assert_cmpstr (kb_session_log_get_card_text (log, i), ==, entries[i].text);
      g_assert_true (g_date_time_equal (kept, time));
    }
  g_assert_cmpstr (kb_session_log_get_deck_id (log), ==, "verbinden");
  g_assert_cmpstr (kb_session_log_get_deck_title (empty), ==, "x");

  /* A card shown twice counts once in the summary. */
  g_assert_cmpuint (kb_session_log_count_cards (log, KB_LOG_SHOWN), ==, 6);
  g_assert_cmpuint (kb_session_log_count_cards (log, KB_LOG_PASSED), ==, 1);
  g_assert_cmpuint (kb_session_log_count_cards (log, KB_LOG_PUT_AWAY), ==, 1);

  /* NULL means now. */
  kb_session_log_add (empty, KB_LOG_SHOWN, "a", NULL, NULL);
  after = g_date_time_new_now_local ();
  now = kb_session_log_dup_time (empty, 0);
  g_assert_cmpint (g_date_time_compare (now, before), >=, 0);
  g_assert_cmpint (g_date_time_compare (now, after), <=, 0);
  g_assert_cmpstr (kb_session_log_get_card_text (empty, 0), ==, "");

  for (int e = KB_LOG_SHOWN; e <= KB_LOG_PUT_AWAY; e++)
    {
      g_assert_true (kb_log_event_from_string (kb_log_event_to_string (e), &event));
      g_assert_cmpint (event, ==, e);
    }
  g_assert_cmpstr (kb_log_event_to_string (KB_LOG_PUT_AWAY), ==, "put-away");
  g_assert_false (kb_log_event_from_string ("put away", &event));
  g_assert_false (kb_log_event_from_string (NULL, &event));
}

static void
test_markdown (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autoptr(KbSessionLog) empty = kb_session_log_new ("leeg", "Lege sessie");
  g_autofree char *md = kb_session_log_to_markdown (log);
  g_autofree char *empty_md = kb_session_log_to_markdown (empty);
  g_autofree char *date = g_date_time_format (kb_session_log_get_started (log), "%Y-%m-%d");
  g_autofree char *heading = g_strdup_printf ("# Verbinden \\| \\*Praten\\* — session of %s\n",
                                              date);
  const char *rows[] = {
    "| 09:45 | shown | Wanneer voelde jij je voor het laatst alleen? |\n",
    "| 09:46 | passed | Wanneer voelde jij je voor het laatst alleen? |\n",
    "| 09:47 | shown | Zeg je \"het gaat goed\", ook als het niet zo is? |\n",
    "| 09:49 | shown | Eerste regel<br>Tweede regel, met komma |\n",
    "| 09:50 | put away | Eerste regel<br>Tweede regel, met komma |\n",
    "| 09:52 | shown | Zeg je \"het gaat goed\", ook als het niet zo is? |\n",
    "| 09:53 | shown | Een \\| streep en \\*sterren\\* en \\<b\\>html\\</b\\> |\n",
    "| 09:55 | shown | Eerste regel<br>Tweede regel, met komma |\n",
    "| 09:56 | shown |  |\n",
    "| 09:58 | shown | =1+1 ë ü 🙂 |\n",
  };
  const char *last = md;

  g_test_message ("%s", md);
  g_assert_true (g_str_has_prefix (md, heading));
  g_assert_nonnull (strstr (md, "## Summary\n\n- Cards shown: 6\n- Passed: 1\n- Put away: 1\n\n"));
  /* Local times: the offset from UTC is in the heading, as one holds for the whole log. */
  g_assert_nonnull (strstr (md, "| Time (UTC+01:00) | What happened | Card |\n"
                                "| --- | --- | --- |\n"));
  /* Every row, in time order, and nothing in between. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_true (g_str_has_prefix (strstr (last, "| 09:"), rows[i]));
      last = strstr (last, rows[i]) + strlen (rows[i]);
    }
  g_assert_cmpstr (last, ==, "");

  g_assert_nonnull (strstr (empty_md, "- Cards shown: 0\n- Passed: 0\n- Put away: 0\n\n"));
  g_assert_null (strstr (empty_md, "| Time"));
  g_assert_nonnull (strstr (empty_md, "No cards were shown in this session."));
}

/* Entries added out of order still come out in time order. */
static void
test_time_order (void)
{
  g_autoptr(KbSessionLog) log = kb_session_log_new ("d", "D");
  g_autoptr(GDateTime) late = make_time (10, 30);
  g_autoptr(GDateTime) early = make_time (10, 5);
  g_autofree char *md = NULL;
  g_autofree char *csv = NULL;

  kb_session_log_add (log, KB_LOG_SHOWN, "late", "Laat", late);
  kb_session_log_add (log, KB_LOG_SHOWN, "early", "Vroeg", early);
  md = kb_session_log_to_markdown (log);
  csv = kb_session_log_to_csv (log);
  g_assert_true (strstr (md, "| 10:05 | shown | Vroeg |") < strstr (md, "| 10:30 | shown | Laat |"));
  g_assert_nonnull (strstr (csv, "2026-11-24T10:05:07+01:00,shown,early,Vroeg\r\n"
                                 "2026-11-24T10:30:07+01:00,shown,late,Laat\r\n"));
  /* The log itself keeps the order things were added in. */
  g_assert_cmpstr (kb_session_log_get_card_id (log, 0), ==, "late");
}

static void
test_markdown_dutch (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autofree char *md = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("kaarten.txt");

  set_language ("nl");
  md = kb_session_log_to_markdown (log);
  g_assert_false (kb_session_log_save (log, file, &error));
  set_language ("en");

  g_test_message ("%s", md);
  g_assert_nonnull (strstr (md, " — sessie van "));
  g_assert_nonnull (strstr (md, "## Samenvatting\n\n- Kaarten getoond: 6\n- Gepast: 1\n"
                                "- Weggelegd: 1\n\n"));
  g_assert_nonnull (strstr (md, "## Op volgorde\n"));
  g_assert_nonnull (strstr (md, "| Tijd (UTC+01:00) | Wat er gebeurde | Kaart |\n"));
  g_assert_nonnull (strstr (md, "| 09:45 | getoond | "));
  g_assert_nonnull (strstr (md, "| 09:46 | gepast | "));
  g_assert_nonnull (strstr (md, "| 09:50 | weggelegd | "));
  g_assert_nonnull (strstr (md, "| 09:55 | getoond | "));
  g_assert_true (g_str_has_prefix (error->message, "Kan het sessieverslag niet opslaan"));
}

static void
test_markdown_dutch_empty (void)
{
  g_autoptr(KbSessionLog) log = kb_session_log_new ("d", "D");
  g_autofree char *md = NULL;

  set_language ("nl");
  md = kb_session_log_to_markdown (log);
  set_language ("en");
  g_assert_nonnull (strstr (md, "In deze sessie is geen kaart getoond."));
}

/* Python's csv module reads the file and prints its rows as JSON; we compare those. */
static JsonArray *
parse_csv_with_python (const char *csv,
                       JsonParser *parser)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *dir = g_dir_make_tmp ("kb-log-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "log.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *script =
    "import csv, json, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    rows = list(csv.reader(f, strict=True))\n"
    "print(json.dumps(rows))\n";
  int status = 0;

  if (python == NULL)
    return NULL;
  g_assert_true (g_file_set_contents (path, csv, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { python, "-c", (char *) script, path, NULL },
                               NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_unlink (path);
  g_rmdir (dir);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 could not read the CSV: %s", err);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_node_get_array (json_parser_get_root (parser));
}

static void
test_csv (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autofree char *csv = kb_session_log_to_csv (log);
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *event_keys[] = { "shown", "passed", "put-away" };
  JsonArray *rows;

  g_test_message ("%s", csv);
  g_assert_true (g_str_has_prefix (csv, "time,event,card_id,card_text\r\n"));
  /* RFC 4180 quoting, written out once by hand. */
  g_assert_nonnull (strstr (csv, "\r\n2026-11-24T09:47:07+01:00,shown,schroom-02,"
                                 "\"Zeg je \"\"het gaat goed\"\", ook als het niet zo is?\"\r\n"));
  g_assert_nonnull (strstr (csv, ",\"Eerste regel\nTweede regel, met komma\"\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n2026-11-24T09:56:07+01:00,shown,leeg,\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));

  rows = parse_csv_with_python (csv, parser);
  if (rows == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  g_assert_cmpuint (json_array_get_length (rows), ==, G_N_ELEMENTS (entries) + 1);
  for (guint i = 0; i <= G_N_ELEMENTS (entries); i++)
    {
      JsonArray *row = json_array_get_array_element (rows, i);
      g_autofree char *time = NULL;

      g_assert_cmpuint (json_array_get_length (row), ==, 4);
      if (i == 0)
        {
          g_assert_cmpstr (json_array_get_string_element (row, 0), ==, "time");
          g_assert_cmpstr (json_array_get_string_element (row, 1), ==, "event");
          g_assert_cmpstr (json_array_get_string_element (row, 2), ==, "card_id");
          g_assert_cmpstr (json_array_get_string_element (row, 3), ==, "card_text");
          continue;
        }
      time = g_strdup_printf ("2026-11-24T09:%02d:07+01:00", entries[i - 1].minute);
      g_assert_cmpstr (json_array_get_string_element (row, 0), ==, time);
      g_assert_cmpstr (json_array_get_string_element (row, 1), ==,
                       event_keys[entries[i - 1].event]);
      g_assert_cmpstr (json_array_get_string_element (row, 2), ==, entries[i - 1].card_id);
      g_assert_cmpstr (json_array_get_string_element (row, 3), ==, entries[i - 1].text);
    }
}

static void
test_save (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autofree char *dir = g_dir_make_tmp ("kb-log-XXXXXX", NULL);
  g_autofree char *md_path = g_build_filename (dir, "sessie.md", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "SESSIE.CSV", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "sessie.txt", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing", "sessie.md", NULL);
  g_autoptr(GFile) md_file = g_file_new_for_path (md_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt_path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing_path);
  g_autofree char *expected_md = kb_session_log_to_markdown (log);
  g_autofree char *expected_csv = kb_session_log_to_csv (log);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  /* An older file is replaced as a whole. */
  g_assert_true (g_file_set_contents (md_path, "an older, much longer file than the log...........",
                                      -1, NULL));
  g_assert_true (kb_session_log_save (log, md_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (md_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected_md);
  g_clear_pointer (&contents, g_free);

  g_assert_true (kb_session_log_save (log, csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected_csv);

  g_assert_false (kb_session_log_save (log, txt_file, &error));
  g_assert_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_FILE_TYPE);
  g_assert_nonnull (strstr (error->message, "sessie.txt"));
  g_assert_false (g_file_test (txt_path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (kb_session_log_save (log, missing_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_unlink (md_path);
  g_unlink (csv_path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);   /* nothing else, such as a temporary file, was left */
}

static void
assert_logs_equal (KbSessionLog *a,
                   KbSessionLog *b)
{
  g_assert_cmpstr (kb_session_log_get_deck_id (a), ==, kb_session_log_get_deck_id (b));
  g_assert_cmpstr (kb_session_log_get_deck_title (a), ==, kb_session_log_get_deck_title (b));
  g_assert_true (g_date_time_equal (kb_session_log_get_started (a),
                                    kb_session_log_get_started (b)));
  g_assert_cmpuint (kb_session_log_get_n_entries (a), ==, kb_session_log_get_n_entries (b));
  for (guint i = 0; i < kb_session_log_get_n_entries (a); i++)
    {
      g_autoptr(GDateTime) time_a = kb_session_log_dup_time (a, i);
      g_autoptr(GDateTime) time_b = kb_session_log_dup_time (b, i);

      g_assert_cmpint (kb_session_log_get_event (a, i), ==, kb_session_log_get_event (b, i));
      g_assert_cmpstr (kb_session_log_get_card_id (a, i), ==, kb_session_log_get_card_id (b, i));
      g_assert_cmpstr (kb_session_log_get_card_text (a, i), ==,
                       kb_session_log_get_card_text (b, i));
      g_assert_true (g_date_time_equal (time_a, time_b));
      /* The same wall clock too, so the exported HH:MM does not move after a resume. */
      g_assert_cmpint (g_date_time_get_utc_offset (time_a), ==, g_date_time_get_utc_offset (time_b));
    }
}

static void
test_json_round_trip (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autoptr(KbSessionLog) empty = kb_session_log_new ("leeg", NULL);
  g_autoptr(KbSessionLog) restored = NULL;
  g_autoptr(KbSessionLog) restored_empty = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  g_autofree char *md = NULL;
  g_autofree char *md_again = NULL;
  g_autofree char *empty_json = kb_session_log_to_json (empty);

  /* A time with microseconds in the real local zone must survive as well. */
  kb_session_log_add (log, KB_LOG_SHOWN, "nu", "Nu", NULL);
  json = kb_session_log_to_json (log);
  restored = kb_session_log_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  assert_logs_equal (log, restored);

  json_again = kb_session_log_to_json (restored);
  g_assert_cmpstr (json, ==, json_again);
  md = kb_session_log_to_markdown (log);
  md_again = kb_session_log_to_markdown (restored);
  g_assert_cmpstr (md, ==, md_again);

  restored_empty = kb_session_log_new_from_json (empty_json, &error);
  g_assert_no_error (error);
  assert_logs_equal (empty, restored_empty);
}

/* The log's JSON has no place for anything but the card's own text. */
static void
test_json_holds_no_free_text (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autofree char *json = kb_session_log_to_json (log);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GList) members = NULL;
  JsonObject *root;
  JsonArray *array;

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (root);
  g_assert_cmpuint (g_list_length (members), ==, 6);   /* format version deck title started entries */
  array = json_object_get_array_member (root, "entries");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      g_assert_cmpuint (json_object_get_size (entry), ==, 4);
      g_assert_true (json_object_has_member (entry, "time"));
      g_assert_true (json_object_has_member (entry, "event"));
      g_assert_true (json_object_has_member (entry, "card"));
      g_assert_true (json_object_has_member (entry, "text"));
    }
}

static void
assert_broken (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbSessionLog) log = kb_session_log_new_from_json (json, &error);

  if (log != NULL)
    g_error ("read as a session log, but it is broken: %.200s", json);
  g_assert_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
}

#define HEAD "{\"format\":\"kletsborden-session-log\",\"version\":1,\"deck\":\"d\",\"title\":\"D\"," \
             "\"started\":\"2026-11-24T09:00:00+01:00\","
#define ENTRY(member) HEAD "\"entries\":[{" member "}]}"

static void
test_json_broken (void)
{
  const char *cases[] = {
    "", " ", "{", "}", "[]", "null", "42", "\"kletsborden-session-log\"", "{}",
    "{\"format\":\"kletsborden-session\",\"version\":1}",
    "{\"format\":\"kletsborden-session-log\"}",
    "{\"format\":\"kletsborden-session-log\",\"version\":2}",
    "{\"format\":\"kletsborden-session-log\",\"version\":\"1\"}",
    "{\"format\":\"kletsborden-session-log\",\"version\":1.0}",
    "{\"format\":\"kletsborden-session-log\",\"version\":1}",
    HEAD "\"entries\":{}}",
    HEAD "\"entries\":null}",
    HEAD "\"entries\":[1]}",
    HEAD "\"entries\":[[]]}",
    HEAD "\"entries\":[null]}",
    "{\"format\":\"kletsborden-session-log\",\"version\":1,\"deck\":5,\"title\":\"D\","
      "\"started\":\"2026-11-24T09:00:00+01:00\",\"entries\":[]}",
    "{\"format\":\"kletsborden-session-log\",\"version\":1,\"deck\":\"d\",\"title\":\"D\","
      "\"started\":\"yesterday\",\"entries\":[]}",
    "{\"format\":\"kletsborden-session-log\",\"version\":1,\"deck\":\"d\",\"title\":\"D\","
      "\"started\":\"2026-11-24T09:00:00\",\"entries\":[]}",   /* no UTC offset */
    ENTRY ("\"event\":\"shown\",\"card\":\"a\",\"text\":\"t\""),
    ENTRY ("\"time\":\"2026-11-24T09:00:00Z\",\"card\":\"a\",\"text\":\"t\""),
    ENTRY ("\"time\":\"2026-11-24T09:00:00Z\",\"event\":\"said\",\"card\":\"a\",\"text\":\"t\""),
    ENTRY ("\"time\":\"2026-11-24T09:00:00Z\",\"event\":\"shown\",\"text\":\"t\""),
    ENTRY ("\"time\":\"2026-11-24T09:00:00Z\",\"event\":\"shown\",\"card\":\"a\""),
    ENTRY ("\"time\":\"2026-11-24T09:00:00Z\",\"event\":\"shown\",\"card\":null,\"text\":\"t\""),
    ENTRY ("\"time\":\"2026-11-24T09:00:00Z\",\"event\":\"shown\",\"card\":\"a\",\"text\":7"),
    ENTRY ("\"time\":12,\"event\":\"shown\",\"card\":\"a\",\"text\":\"t\""),
    ENTRY ("\"time\":\"2026-13-40T25:00:00Z\",\"event\":\"shown\",\"card\":\"a\",\"text\":\"t\""),
    HEAD "\"entries\":[]",                     /* cut short */
    HEAD "\"entries\":[]}}",
    "{\"format\":\"kletsborden-session-log\",\"version\":1,\"deck\":\"\xff\xfe\"}",
    "\xef\xbb\xbf\xff",
  };
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) deep_object = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbSessionLog) ok = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_broken (cases[i]);

  /* Deep enough to overflow the stack of a recursive parser. */
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  assert_broken (deep->str);
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep_object, "{\"a\":");
  assert_broken (deep_object->str);

  /* Brackets inside strings are text, not nesting; unknown members are ignored. */
  ok = kb_session_log_new_from_json (ENTRY ("\"time\":\"2026-11-24T09:00:00Z\",\"event\":\"shown\","
                                            "\"card\":\"a\",\"text\":\"[[[[[[[[[[[[[[[[[[[[[[[["
                                            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"[[[\","
                                            "\"said\":\"ignored\""),
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kb_session_log_get_n_entries (ok), ==, 1);
  g_assert_true (g_str_has_suffix (kb_session_log_get_card_text (ok, 0), "\"[[["));
}

/* Every truncation and many one-byte changes of a good file: a log or an error, never a crash
 * (and never both, never neither). Under the sanitizers, every 13th place (a prime, so the
 * places fall on every kind of byte of the file). */
static void
test_json_mutations (void)
{
  g_autoptr(KbSessionLog) log = make_log ();
  g_autofree char *json = kb_session_log_to_json (log);
  gsize length = strlen (json);
  const char replacements[] = { '"', '{', '}', '[', ']', ',', ':', '\\', 'x', '1', '\xc3', ' ' };
  guint n_read = 0, n_refused = 0;
  guint step = kb_test_scaled (1, 13);

  for (gsize cut = 0; cut <= length; cut += step)
    {
      g_autofree char *copy = g_strndup (json, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbSessionLog) result = kb_session_log_new_from_json (copy, &error);

      g_assert_true ((result == NULL) != (error == NULL));
      g_assert_true (cut == length || result == NULL);
    }

  for (gsize pos = 0; pos < length; pos += step)
    for (guint r = 0; r < G_N_ELEMENTS (replacements); r++)
      {
        g_autofree char *copy = g_strdup (json);
        g_autoptr(GError) error = NULL;
        g_autoptr(KbSessionLog) result = NULL;

        copy[pos] = replacements[r];
        result = kb_session_log_new_from_json (copy, &error);
        g_assert_true ((result == NULL) != (error == NULL));
        if (result != NULL)
          n_read++;
        else
          n_refused++;
      }
  /* Both outcomes happen, so the loop tests something. */
  g_assert_cmpuint (n_read, >, 0);
  g_assert_cmpuint (n_refused, >, 0);
}

/* The words of a kept log: a log with every event, written by the code before its words came
 * from glib-mkenums (tests/session/data/every-event.json), is written again byte for byte and
 * loads. KB_TEST_WRITE_GOLDEN=1 writes the file anew. */
static void
test_json_every_event (void)
{
  static const char * const words[] = { "shown", "passed", "put-away" };
  g_autoptr(KbSessionLog) log = make_log ();
  g_autoptr(KbSessionLog) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "session", "data",
                                                 "every-event.json", NULL);
  g_autofree char *json = kb_session_log_to_json (log);
  g_autofree char *golden = NULL;
  g_autofree char *again = NULL;
  KbLogEvent event;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_assert_cmpstr (kb_log_event_to_string ((KbLogEvent) i), ==, words[i]);
      g_assert_true (kb_log_event_from_string (words[i], &event));
      g_assert_cmpint (event, ==, i);
    }
  g_assert_false (kb_log_event_from_string ("put away", &event));
  g_assert_false (kb_log_event_from_string (NULL, &event));

  if (g_getenv ("KB_TEST_WRITE_GOLDEN") != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
      g_assert_true (g_file_set_contents (path, json, -1, NULL));
    }
  g_assert_true (g_file_get_contents (path, &golden, NULL, NULL));
  /* The log starts now: all but its start time as in the file. */
  g_assert_cmpstr (strstr (json, "\"entries\""), ==, strstr (golden, "\"entries\""));
  loaded = kb_session_log_new_from_json (golden, &error);
  g_assert_no_error (error);
  again = kb_session_log_to_json (loaded);
  g_assert_cmpstr (again, ==, golden);
}

/* A long session draws the same few dozen cards thousands of times: the log keeps each text
 * once, not a copy per entry (its memory grew 277 bytes a draw), and still hands back the texts
 * as they were given, made valid. */
static void
test_texts_kept_once (void)
{
  g_autoptr(KbSessionLog) log = kb_session_log_new ("d", "Deck");
  g_autofree char *text = g_strdup ("Wie mist u het meest?");
  g_autofree char *broken = g_strdup ("caf\xe9");

  for (guint i = 0; i < 1000; i++)
    {
      kb_session_log_add (log, KB_LOG_SHOWN, i % 2 ? "a" : "b", i % 2 ? text : broken, NULL);
    }
  g_assert_cmpuint (kb_session_log_get_n_entries (log), ==, 1000);
  g_assert_cmpstr (kb_session_log_get_card_text (log, 1), ==, "Wie mist u het meest?");
  g_assert_cmpstr (kb_session_log_get_card_id (log, 0), ==, "b");
  g_assert_true (g_utf8_validate (kb_session_log_get_card_text (log, 0), -1, NULL));
  g_assert_true (kb_session_log_get_card_text (log, 1) != text);
  g_assert_true (kb_session_log_get_card_text (log, 1) == kb_session_log_get_card_text (log, 999));
  g_assert_true (kb_session_log_get_card_id (log, 0) == kb_session_log_get_card_id (log, 998));
  g_assert_true (kb_session_log_get_card_text (log, 0) == kb_session_log_get_card_text (log, 998));
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/log/entries", test_entries);
  g_test_add_func ("/session/log/texts-kept-once", test_texts_kept_once);
  g_test_add_func ("/session/log/markdown", test_markdown);
  g_test_add_func ("/session/log/time-order", test_time_order);
  g_test_add_func ("/session/log/markdown-dutch", test_markdown_dutch);
  g_test_add_func ("/session/log/markdown-dutch-empty", test_markdown_dutch_empty);
  g_test_add_func ("/session/log/csv", test_csv);
  g_test_add_func ("/session/log/save", test_save);
  g_test_add_func ("/session/log/json-round-trip", test_json_round_trip);
  g_test_add_func ("/session/log/json-holds-no-free-text", test_json_holds_no_free_text);
  g_test_add_func ("/session/log/json-broken", test_json_broken);
  g_test_add_func ("/session/log/json-mutations", test_json_mutations);
  g_test_add_func ("/session/log/json-every-event", test_json_every_event);

  return g_test_run ();
}
