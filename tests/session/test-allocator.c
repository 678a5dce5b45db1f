/* GLib's allocator as every program of ours runs with it (src/kb-preinit.c): on GLib before
 * 2.76 the slice allocator is off, since it kept the memory of a long session's journal for good;
 * a G_SLICE the user set is left alone. */
#include <glib.h>

static char *self_path;

/* What GLib read in its constructor, which ran after ours (the call is deprecated with the
 * allocator it asks about). */
static gboolean
slices_are_malloc (void)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return g_slice_get_config (G_SLICE_CONFIG_ALWAYS_MALLOC);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* This program again, with G_SLICE set to @value or unset (NULL): what it found. */
static char *
child_says (const char *value)
{
  g_auto(GStrv) base = g_get_environ ();
  g_auto(GStrv) envp = value != NULL ? g_environ_setenv (g_strdupv (base), "G_SLICE", value, TRUE)
                                     : g_environ_unsetenv (g_strdupv (base), "G_SLICE");
  const char *argv[] = { self_path, "--print-allocator", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_slice_off (void)
{
  g_autofree char *out = NULL;

  if (glib_check_version (2, 76, 0) == NULL)
    {
      g_test_skip ("GLib 2.76 and later have no slice allocator");
      return;
    }
  out = child_says (NULL);
  g_assert_cmpstr (out, ==, "malloc\n");
}

static void
test_user_wins (void)
{
  g_autofree char *out = NULL;

  if (glib_check_version (2, 76, 0) == NULL)
    {
      g_test_skip ("GLib 2.76 and later have no slice allocator");
      return;
    }
  /* An empty G_SLICE asks for GLib's own default, the slices. */
  out = child_says ("");
  g_assert_cmpstr (out, ==, "slices\n");
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2 && g_str_equal (argv[1], "--print-allocator"))
    {
      g_print ("%s\n", slices_are_malloc () ? "malloc" : "slices");
      return 0;
    }
  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/allocator/slice-off", test_slice_off);
  g_test_add_func ("/allocator/user-wins", test_user_wins);
  return g_test_run ();
}
