/* What the bad-input tests share: one test case for each FOLDER/NAME.json in tests/core/, and
 * the NAME.expected beside it that says what it must give. test-deck-bad and test-state-bad
 * include it. */
#pragma once

#include <string.h>
#include <glib.h>

static int
bad_file_compare_paths (gconstpointer a,
                        gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Adds "/PREFIX/NAME" running @func on each file's path, in name order, and checks that at least
 * @at_least are there (fewer means files went missing). Call before g_test_run(): the paths
 * live in what it returns. */
static GPtrArray *
bad_file_add_tests (const char    *folder,
                    const char    *prefix,
                    guint          at_least,
                    GTestDataFunc  func)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  /* g_test_get_filename() works only inside a test case; the list is needed before. */
  g_autofree char *dir_path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "core", folder,
                                                NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, bad_file_compare_paths);
  g_assert_cmpuint (paths->len, >=, at_least);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = NULL;

      base[strlen (base) - strlen (".json")] = '\0';
      test_path = g_strconcat ("/", prefix, "/", base, NULL);
      g_test_add_data_func (test_path, path, func);
    }
  return paths;
}

/* Returns: what NAME.expected beside @json_path says, without the final newline */
static char *
bad_file_read_expected (const char *json_path)
{
  g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));
  g_autofree char *expected_path = g_strconcat (stem, ".expected", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (expected_path, &text, NULL, NULL));
  return g_strchomp (text);
}
