/* kletsborden --validate FILE…: every problem of every deck, one per line, as a compiler
 * prints them, so editors and scripts can use the output. A folder stands for the decks in it. */
#define G_LOG_DOMAIN "kletsborden-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-cli-private.h"
#include "kb-deck.h"
#include "kb-deck-checker.h"
#include "kb-guarded-read.h"
#include "kb-hyphenate.h"
#include "kb-json-locator.h"
#include "kb-limits.h"
#include "kb-svg-cache.h"

typedef struct
{
  guint n_files;
  guint n_errors;
  guint n_warnings;
} KbValidateCount;

typedef struct
{
  KbDeck        *deck;
  KbProblems    *problems;
  KbJsonLocator *loc;
  KbSvgCache    *cache;
  GHashTable    *seen;   /* art already drawn: reported at its first reference only */
} KbArtCheck;

/* Draws one art file once, as the app would, and says so at the reference when it cannot: a
 * file that parses but cannot be drawn, or draws too slowly, shows only a placeholder. */
static void
check_art (KbArtCheck *check,
           const char *relative_path,
           guint       node)
{
  g_autoptr(GFile) art = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *art_path = NULL;
  guint line = 1, column = 1;

  if (relative_path == NULL || node == KB_LOC_NONE ||
      !g_hash_table_add (check->seen, g_strdup (relative_path)))
    return;
  art = kb_deck_resolve_art (check->deck, relative_path, NULL);
  art_path = art != NULL ? g_file_get_path (art) : NULL;
  /* One that cannot be found was reported by the reader already. */
  if (art_path == NULL || kb_svg_cache_check (check->cache, art_path, &error))
    return;
  kb_json_locator_position (check->loc, node, &line, &column);
  kb_problems_add (check->problems, KB_PROBLEM_WARNING, line, column,
                   _("the art \"%s\" cannot be drawn, a placeholder is shown instead: %s"),
                   relative_path, error->message);
}

/* Every image and icon of a deck that loaded, at the position of its reference: the deck's
 * cards and categories are in the order of the file, as nothing was left out. */
static void
check_deck_art (KbDeck     *deck,
                GFile      *file,
                KbProblems *problems)
{
  g_autoptr(GBytes) bytes = kb_guarded_read_file (file, KB_DECK_MAX_FILE_SIZE, NULL);
  g_autoptr(KbProblems) ignored = kb_problems_new (NULL);
  g_autoptr(KbJsonLocator) loc = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KbArtCheck check = { deck, problems, NULL, kb_svg_cache_get_default (), seen };
  gsize size;
  const char *data;
  guint root, node, i;

  if (bytes == NULL)
    return;
  data = g_bytes_get_data (bytes, &size);
  loc = kb_json_locator_new (data != NULL ? data : "", size, ignored);
  if (loc == NULL)
    return;
  check.loc = loc;
  root = kb_json_locator_root (loc);

  node = kb_json_locator_member (loc, root, "back");
  if (node != KB_LOC_NONE)
    check_art (&check, kb_deck_get_back_image (deck), kb_json_locator_member (loc, node, "image"));
  node = kb_json_locator_member (loc, root, "categories");
  i = 0;
  for (guint c = node != KB_LOC_NONE ? kb_json_locator_first (loc, node) : KB_LOC_NONE;
       c != KB_LOC_NONE && i < kb_deck_get_n_categories (deck);
       c = kb_json_locator_next (loc, c), i++)
    check_art (&check, kb_category_get_icon (kb_deck_get_category (deck, i)),
               kb_json_locator_member (loc, c, "icon"));
  node = kb_json_locator_member (loc, root, "cards");
  i = 0;
  for (guint c = node != KB_LOC_NONE ? kb_json_locator_first (loc, node) : KB_LOC_NONE;
       c != KB_LOC_NONE && i < kb_deck_get_n_cards (deck);
       c = kb_json_locator_next (loc, c), i++)
    check_art (&check, kb_card_get_image (kb_deck_get_card (deck, i)),
               kb_json_locator_member (loc, c, "image"));
  kb_problems_sort (problems);
}

/* The validator reports art at its reference; the cache's own report would say it twice. */
static void
drop_message (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        data)
{
}

static void
validate_file (const char      *path,
               KbValidateCount *count)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(KbProblems) problems = kb_problems_new (path);
  g_autoptr(KbDeck) deck = kb_deck_load (file, NULL, problems, NULL);
  g_auto(GStrv) lines = NULL;

  if (deck != NULL)
    check_deck_art (deck, file, problems);
  lines = kb_problems_to_strv (problems);

  for (guint j = 0; lines[j] != NULL; j++)
    g_print ("%s\n", lines[j]);
  count->n_files++;
  count->n_errors += kb_problems_get_n_errors (problems);
  count->n_warnings += kb_problems_get_n_warnings (problems);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The decks in a folder, as the library finds them: *.json but not *.schema.json, sorted. */
static void
validate_folder (const char      *path,
                 KbValidateCount *count)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".schema.json"))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);

  if (names->len == 0)
    {
      g_print ("%s: %s: %s\n", path, _("error"), _("there are no deck files (*.json) in this "
                                                   "folder"));
      count->n_errors++;
    }
  for (guint i = 0; i < names->len; i++)
    validate_file (g_ptr_array_index (names, i), count);
}

int
_kb_cli_validate (const char * const *args)
{
  KbValidateCount count = { 0, };

  /* Easy-reading decks: words of more than four syllables, by the hyphenation dictionaries. */
  kb_deck_checker_set_syllable_func (kb_hyphen_count_syllables);
  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--help") || g_str_equal (args[i], "-h"))
      {
        g_print ("%s\n\n%s\n", _("Usage: kletsborden --validate FILE…"),
                 _("Checks each deck file and prints every problem, one per line, as "
                   "file:line:column: error|warning: message. Exits with 0 when no file has "
                   "errors, 1 when one has, 2 when no file was given."));
        g_print ("%s\n", _("A folder stands for the deck files (*.json) in it."));
        return KB_CLI_EXIT_OK;
      }

  if (args[0] == NULL)
    {
      g_printerr ("%s\n", _("kletsborden --validate: name at least one deck file to check"));
      return KB_CLI_EXIT_USAGE;
    }

  g_log_set_handler ("kletsborden-svg-cache", G_LOG_LEVEL_MESSAGE, drop_message, NULL);
  for (guint i = 0; args[i] != NULL; i++)
    if (g_file_test (args[i], G_FILE_TEST_IS_DIR))
      validate_folder (args[i], &count);
    else
      validate_file (args[i], &count);

  /* The summary goes to stderr, so stdout holds only the problems, one per line. */
  {
    g_autofree char *files = g_strdup_printf (ngettext ("%u file checked", "%u files checked",
                                                        count.n_files), count.n_files);
    g_autofree char *errors = g_strdup_printf (ngettext ("%u error", "%u errors",
                                                         count.n_errors), count.n_errors);
    g_autofree char *warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings",
                                                           count.n_warnings), count.n_warnings);
    /* TRANSLATORS: "3 files checked: 1 error, 2 warnings" */
    g_printerr (_("%s: %s, %s\n"), files, errors, warnings);
  }
  return count.n_errors > 0 ? KB_CLI_EXIT_FAILED : KB_CLI_EXIT_OK;
}
