/* The real speech service: speech-dispatcher with espeak-ng says a short Dutch text and reports
 * that it finished. Audio goes to libao's null driver, so the test needs no sound card; it is
 * skipped, with the reason, where the service or the voice is not installed or cannot start. */
#include "config.h"

#include <glib/gstdio.h>

#include "kb-speaker-speechd.h"

#define WAIT_SECONDS 20

static gboolean
wait_for_end (KbSpeakerSpeechd *speaker,
              guint             before)
{
  gint64 end = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (kb_speaker_speechd_get_n_finished (speaker) <= before &&
         kb_speaker_is_available (KB_SPEAKER (speaker)))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return kb_speaker_speechd_get_n_finished (speaker) > before;
}

/* A speech-dispatcher of the test's own: its socket, its settings, silent audio. */
static void
private_service (const char *dir)
{
  g_autofree char *config = g_build_filename (dir, "config", "speech-dispatcher", NULL);
  g_autofree char *runtime = g_build_filename (dir, "run", NULL);
  g_autofree char *conf_path = g_build_filename (config, "speechd.conf", NULL);
  g_autofree char *libao = g_build_filename (dir, ".libao", NULL);
  g_autofree char *system_conf = NULL;
  g_autoptr(GRegex) audio = g_regex_new ("^#? *AudioOutputMethod .*$", G_REGEX_MULTILINE, 0,
                                         NULL);
  g_autoptr(GRegex) timeout = g_regex_new ("^#? *Timeout .*$", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *step = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *config_home = g_build_filename (dir, "config", NULL);
  g_autofree char *cache_home = g_build_filename (dir, "cache", NULL);

  g_assert_true (g_file_get_contents ("/etc/speech-dispatcher/speechd.conf", &system_conf,
                                      NULL, NULL));
  step = g_regex_replace_literal (audio, system_conf, -1, 0, "AudioOutputMethod \"libao\"", 0,
                                  NULL);
  conf = g_regex_replace_literal (timeout, step, -1, 0, "Timeout 2", 0, NULL);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (runtime, 0700), ==, 0);
  g_assert_true (g_file_set_contents (conf_path, conf, -1, NULL));
  g_assert_true (g_file_set_contents (libao, "default_driver=null\n", -1, NULL));
  g_setenv ("HOME", dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
}

static void
test_espeak_says_it (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-speech-XXXXXX", NULL);
  g_autoptr(KbSpeakerSpeechd) speaker = NULL;
  guint before;

  if (!g_file_test ("/usr/bin/speech-dispatcher", G_FILE_TEST_IS_EXECUTABLE) ||
      !g_file_test ("/etc/speech-dispatcher/modules/espeak-ng.conf", G_FILE_TEST_EXISTS) ||
      !g_file_test ("/etc/speech-dispatcher/speechd.conf", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("speech-dispatcher or speech-dispatcher-espeak-ng is not installed");
      return;
    }
  private_service (dir);

  speaker = kb_speaker_speechd_new ();
  before = kb_speaker_speechd_get_n_finished (speaker);
  kb_speaker_speak (KB_SPEAKER (speaker), "Hallo.", "nl");
  if (!wait_for_end (speaker, before))
    {
      if (!kb_speaker_is_available (KB_SPEAKER (speaker)))
        g_test_skip ("speech-dispatcher could not be started here");
      else
        g_test_fail_printf ("speech-dispatcher did not finish the text within %d s",
                            WAIT_SECONDS);
      return;
    }
  /* A second text on the same connection, in English. */
  before = kb_speaker_speechd_get_n_finished (speaker);
  kb_speaker_speak (KB_SPEAKER (speaker), "Hello.", "en");
  g_assert_true (wait_for_end (speaker, before));
}

/* Every new card stops what was being read; before anything was read, that must not start the
 * service (the daemon and its synthesiser would start while the first card is drawn). */
static void
test_stop_opens_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-speech-XXXXXX", NULL);
  g_autoptr(KbSpeakerSpeechd) speaker = NULL;

  /* A service of the test's own, should the worker wrongly start one. */
  if (!g_file_test ("/etc/speech-dispatcher/speechd.conf", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("speech-dispatcher is not installed");
      return;
    }
  private_service (dir);
  speaker = kb_speaker_speechd_new ();
  kb_speaker_stop (KB_SPEAKER (speaker));
  kb_speaker_stop (KB_SPEAKER (speaker));
  while (kb_speaker_speechd_get_n_handled (speaker) < 2)
    g_usleep (1000);
  g_assert_cmpuint (kb_speaker_speechd_get_n_opened (speaker), ==, 0);
  g_assert_true (kb_speaker_is_available (KB_SPEAKER (speaker)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/a11y/speech/stop-opens-nothing", test_stop_opens_nothing);
  g_test_add_func ("/a11y/speech/espeak-ng", test_espeak_says_it);
  return g_test_run ();
}
