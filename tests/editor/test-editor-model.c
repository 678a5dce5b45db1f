/* The deck editor's pieces without a display: undo as whole states, drafts on disk, a deck
 * being made read back as it was (kb_deck_load_draft), and the checker's required members. */
#include "config.h"

#include <glib/gstdio.h>

#include "kb-deck-checker.h"
#include "kb-editor-draft.h"
#include "kb-editor-history.h"

static GBytes *
bytes (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

static void
test_history_merges_typing (void)
{
  g_autoptr(GBytes) a = bytes ("a"), ab = bytes ("ab"), abc = bytes ("abc"), x = bytes ("x");
  g_autoptr(KbEditorHistory) history = kb_editor_history_new (a);

  g_assert_false (kb_editor_history_can_undo (history));
  kb_editor_history_record (history, ab, "card:0:text");
  kb_editor_history_record (history, abc, "card:0:text");
  kb_editor_history_record (history, x, NULL);
  g_assert_true (kb_editor_history_get_current (history) == x);
  /* The two keys typed in one field are one step. */
  g_assert_true (g_bytes_equal (kb_editor_history_undo (history), abc));
  g_assert_true (g_bytes_equal (kb_editor_history_undo (history), a));
  g_assert_null (kb_editor_history_undo (history));
  g_assert_true (g_bytes_equal (kb_editor_history_redo (history), abc));
  g_assert_true (g_bytes_equal (kb_editor_history_redo (history), x));
  g_assert_null (kb_editor_history_redo (history));
  /* A new change after an undo drops what could be redone. */
  kb_editor_history_undo (history);
  kb_editor_history_record (history, ab, NULL);
  g_assert_false (kb_editor_history_can_redo (history));
  g_assert_true (g_bytes_equal (kb_editor_history_undo (history), abc));
}

/* A deck as the editor starts it: no title, a card without a text. */
static KbDeck *
unfinished_deck (void)
{
  const char *languages[] = { "en", "nl", NULL };
  KbDeck *deck = kb_deck_new ("unfinished", languages);

  kb_deck_set_title (deck, NULL, NULL);
  kb_deck_add_category (deck, 0, "general", NULL);
  kb_deck_set_category_name (deck, kb_deck_get_category (deck, 0), "en", "General");
  kb_deck_set_category_color (deck, kb_deck_get_category (deck, 0), "#2E4057");
  kb_deck_add_card (deck, 0, "card-1", "general", NULL);
  kb_deck_add_card (deck, 1, "card-2", "general", NULL);
  kb_deck_set_card_text (deck, kb_deck_get_card (deck, 1), "en", "Who do you call?");
  return deck;
}

static void
count_problem (const KbDeckSpot *spot,
               KbProblemLevel    level,
               const char       *message,
               gpointer          data)
{
  GPtrArray *fields = data;

  if (level == KB_PROBLEM_ERROR)
    g_ptr_array_add (fields, g_strdup_printf ("%d:%u:%s", spot->part, spot->index,
                                              spot->field));
}

static void
test_unfinished_deck_reads_back (void)
{
  g_autoptr(KbDeck) deck = unfinished_deck ();
  g_autoptr(GBytes) written = kb_deck_to_bytes (deck);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) strict = kb_deck_load (NULL, written, NULL, NULL);
  g_autoptr(KbDeck) again = kb_deck_load_draft (NULL, written, &error);
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(GBytes) broken = bytes ("{\"format\": ");

  /* The loader refuses it; the editor gets it back as it was. */
  g_assert_null (strict);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (kb_deck_get_n_cards (again), ==, 2);
  rewritten = kb_deck_to_bytes (again);
  g_assert_cmpstr (g_bytes_get_data (rewritten, NULL), ==, g_bytes_get_data (written, NULL));
  g_assert_null (kb_deck_load_draft (NULL, broken, &error));
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID);
}

static void
test_checker_required (void)
{
  g_autoptr(KbDeck) deck = unfinished_deck ();
  g_autoptr(GPtrArray) required = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func (g_free);

  kb_deck_check (deck, KB_DECK_CHECK_REQUIRED, count_problem, required);
  kb_deck_check (deck, KB_DECK_CHECK_DEFAULT, count_problem, plain);
  /* The reader reports these in a file itself; the editor asks for them. */
  g_assert_cmpuint (plain->len, ==, 0);
  g_assert_cmpuint (required->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (required, 0), ==, "0:0:title");
  g_assert_cmpstr (g_ptr_array_index (required, 1), ==, "2:0:text");
}

static void
test_draft_round_trip (void)
{
  g_autoptr(KbDeck) deck = unfinished_deck ();
  g_autoptr(GBytes) written = kb_deck_to_bytes (deck);
  g_autoptr(GFile) target = g_file_new_for_path ("/nowhere/unfinished/unfinished.json");
  g_autofree char *key = kb_editor_draft_key_for (target);
  g_autofree char *same = kb_editor_draft_key_for (target);
  g_autofree char *fresh = kb_editor_draft_key_for (NULL);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  KbEditorDraft *draft;

  g_assert_cmpstr (key, ==, same);
  g_assert_true (g_str_has_prefix (fresh, "new-"));
  g_assert_true (kb_editor_draft_write (key, target, written, &error));
  g_assert_no_error (error);
  g_assert_true (kb_editor_draft_write (fresh, NULL, written, &error));
  drafts = kb_editor_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 2);
  for (guint i = 0; i < drafts->len; i++)
    {
      g_autoptr(KbDeck) back = NULL;
      g_autoptr(GBytes) rewritten = NULL;

      draft = g_ptr_array_index (drafts, i);
      back = kb_deck_load_draft (draft->target, draft->deck, &error);
      g_assert_no_error (error);
      rewritten = kb_deck_to_bytes (back);
      g_assert_true (g_bytes_equal (rewritten, written));
      if (g_str_equal (draft->key, key))
        g_assert_true (g_file_equal (draft->target, target));
      else
        g_assert_null (draft->target);
    }
  g_assert_true (kb_editor_draft_forget (key, &error));
  g_assert_true (kb_editor_draft_forget (fresh, &error));
  g_assert_true (kb_editor_draft_forget (fresh, &error));   /* already gone: fine */
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = kb_editor_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_autofree char *data = g_dir_make_tmp ("kb-editor-model-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/editor/history/merges-typing", test_history_merges_typing);
  g_test_add_func ("/editor/draft/unfinished-deck-reads-back", test_unfinished_deck_reads_back);
  g_test_add_func ("/editor/draft/round-trip", test_draft_round_trip);
  g_test_add_func ("/editor/checker/required", test_checker_required);
  status = g_test_run ();
  {
    g_autofree char *drafts = g_build_filename (data, "kletsborden", "drafts", NULL);
    g_autofree char *kb = g_build_filename (data, "kletsborden", NULL);
    g_rmdir (drafts);
    g_rmdir (kb);
    g_rmdir (data);
  }
  return status;
}
