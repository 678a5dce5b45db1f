/* How the session log keeps its entries' times: as numbers, 32 bytes an entry, with the
 * instant, the microseconds and the wall clock's offset coming back as they went in. */
#include "config.h"

#include <stdlib.h>   /* defines __GLIBC__ for the test below */

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kb-locale.h"
#include "kb-session-log.h"

/* Times are kept as numbers now: the instant to the microsecond and the wall clock's offset
 * come back, also before 1970 and at an offset of half an hour. */
static void
test_odd_times (void)
{
  g_autoptr(KbSessionLog) log = kb_session_log_new ("d", "Deck");
  g_autoptr(GTimeZone) india = g_time_zone_new_offset (5 * 3600 + 30 * 60);
  g_autoptr(GTimeZone) west = g_time_zone_new_offset (-3 * 3600);
  g_autoptr(GDateTime) old = g_date_time_new (west, 1969, 12, 31, 20, 59, 59.000001);
  g_autoptr(GDateTime) late = g_date_time_new (india, 2026, 3, 29, 2, 30, 0.999999);
  g_autoptr(GDateTime) kept_old = NULL;
  g_autoptr(GDateTime) kept_late = NULL;
  g_autofree char *csv = NULL;

  kb_session_log_add (log, KB_LOG_SHOWN, "a", "A", late);
  kb_session_log_add (log, KB_LOG_SHOWN, "b", "B", old);
  kept_late = kb_session_log_dup_time (log, 0);
  kept_old = kb_session_log_dup_time (log, 1);
  g_assert_true (g_date_time_equal (kept_late, late));
  g_assert_true (g_date_time_equal (kept_old, old));
  g_assert_cmpint (g_date_time_get_microsecond (kept_old), ==, g_date_time_get_microsecond (old));
  g_assert_cmpint (g_date_time_get_utc_offset (kept_late), ==, g_date_time_get_utc_offset (late));
  g_assert_cmpint (g_date_time_get_utc_offset (kept_old), ==, g_date_time_get_utc_offset (old));

  csv = kb_session_log_to_csv (log);
  g_assert_cmpstr (csv, ==, "time,event,card_id,card_text\r\n"
                            "1969-12-31T20:59:59-03:00,shown,b,B\r\n"
                            "2026-03-29T02:30:00+05:30,shown,a,A\r\n");
}

/* A two-hour session must not grow the heap by more than its entries: 32 bytes each, the time
 * inline (a GDateTime each made it 125). Measured with glibc's counters, so only there; under
 * AddressSanitizer mallinfo2() counts nothing and the test says so. */
static void
test_entry_size (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
  g_autoptr(KbSessionLog) log = kb_session_log_new ("d", "Deck");
  /* A power of two, so the array's doubling lands on exactly what the entries hold. */
  const guint n = 16384;
  struct mallinfo2 before, after;
  double per_entry;

  kb_session_log_add (log, KB_LOG_SHOWN, "a", "Wie mist u?", NULL);
  before = mallinfo2 ();
  for (guint i = 1; i < n; i++)
    kb_session_log_add (log, i % 3 ? KB_LOG_SHOWN : KB_LOG_PASSED, i % 2 ? "a" : "b",
                        i % 2 ? "Wie mist u?" : "Wat hielp?", NULL);
  after = mallinfo2 ();
  if (before.uordblks + before.hblkhd == 0)
    {
      g_test_skip ("this allocator does not count what is in use");
      return;
    }
  per_entry = ((double) (after.uordblks + after.hblkhd) -
               (double) (before.uordblks + before.hblkhd)) / n;
  g_test_message ("%.1f bytes an entry", per_entry);
  g_assert_cmpfloat (per_entry, <=, 40.0);
#else
  g_test_skip ("needs glibc's mallinfo2()");
#endif
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/log/odd-times", test_odd_times);
  g_test_add_func ("/session/log/entry-size", test_entry_size);

  return g_test_run ();
}
