/* The filters of the choosers that open decks (kb-deck-file-filter.c): "Decks" takes a file by
 * the MIME type assets/ installs, whatever its name, and nothing else; "JSON Files" takes *.json
 * in any case, by name only; a chooser gets both, decks first; and the portal is sent the same
 * rules (a GtkFileChooserNative hands it gtk_file_filter_to_gvariant). */
#include <gtk/gtk.h>

#include "kb-deck-file-filter.h"

static gboolean
matches (GtkFileFilter *filter,
         const char    *name,
         const char    *content_type)
{
  g_autoptr(GFileInfo) info = g_file_info_new ();

  g_file_info_set_display_name (info, name);
  if (content_type != NULL)
    g_file_info_set_content_type (info, content_type);
  return gtk_filter_match (GTK_FILTER (filter), info);
}

/* The type assets/ declares: the filter must name the one the MIME database learns. */
static char *
declared_mime_type (void)
{
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("<mime-type type=\"([^\"]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_file_get_contents (KB_MIME_XML, &xml, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_regex_match (regex, xml, 0, &match));
  return g_match_info_fetch (match, 1);
}

static void
test_decks (void)
{
  g_autoptr(GtkFileFilter) filter = kb_deck_file_filter_new ();
  g_autofree char *deck_type = declared_mime_type ();

  g_assert_cmpstr (deck_type, ==, KB_DECK_MIME_TYPE);
  g_assert_nonnull (gtk_file_filter_get_name (filter));
  g_assert_true (matches (filter, "kletsborden.json", deck_type));
  g_assert_true (matches (filter, "deck-without-extension", deck_type));
  /* JSON that is no deck, and other files, stay out; so does a name alone. */
  g_assert_false (matches (filter, "package.json", "application/json"));
  g_assert_false (matches (filter, "format-v1.schema.json", "application/schema+json"));
  g_assert_false (matches (filter, "notes.txt", "text/plain"));
  g_assert_false (matches (filter, "kletsborden.json", NULL));
}

static void
test_json (void)
{
  g_autoptr(GtkFileFilter) filter = kb_deck_json_filter_new ();

  g_assert_nonnull (gtk_file_filter_get_name (filter));
  /* By name, so a deck the MIME database does not know (an uninstalled build) is offered. */
  g_assert_true (matches (filter, "kletsborden.json", NULL));
  g_assert_true (matches (filter, "Gespreksronde.JSON", NULL));
  g_assert_true (matches (filter, "deck.json", "application/octet-stream"));
  g_assert_false (matches (filter, "deck.json.bak", NULL));
  g_assert_false (matches (filter, "json", NULL));
  g_assert_false (matches (filter, "cards.csv", "text/csv"));
}

/* What the portal's chooser gets: (name, [(0 glob | 1 MIME type, value)]). */
static void
test_portal_rules (void)
{
  g_autoptr(GtkFileFilter) decks = kb_deck_file_filter_new ();
  g_autoptr(GtkFileFilter) json = kb_deck_json_filter_new ();
  g_autoptr(GVariant) deck_rules = g_variant_ref_sink (gtk_file_filter_to_gvariant (decks));
  g_autoptr(GVariant) json_rules = g_variant_ref_sink (gtk_file_filter_to_gvariant (json));
  g_autofree char *deck_text = g_variant_print (deck_rules, FALSE);
  g_autofree char *json_text = g_variant_print (json_rules, FALSE);
  g_autofree char *deck_expected = g_strdup_printf ("('%s', [(1, '%s')])",
                                                    gtk_file_filter_get_name (decks),
                                                    KB_DECK_MIME_TYPE);
  g_autofree char *json_expected = g_strdup_printf ("('%s', [(0, '*.[jJ][sS][oO][nN]')])",
                                                    gtk_file_filter_get_name (json));

  g_assert_cmpstr (deck_text, ==, deck_expected);
  g_assert_cmpstr (json_text, ==, json_expected);
}

static void
test_chooser (void)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new ("Open a Deck", NULL,
                                                              GTK_FILE_CHOOSER_ACTION_OPEN,
                                                              "_Open", "_Cancel");
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) first = NULL;
  g_autoptr(GtkFileFilter) second = NULL;
  g_autoptr(GtkFileFilter) decks = kb_deck_file_filter_new ();
  g_autoptr(GtkFileFilter) json = kb_deck_json_filter_new ();

  kb_deck_file_chooser_add_filters (GTK_FILE_CHOOSER (dialog));
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 2);
  first = g_list_model_get_item (filters, 0);
  second = g_list_model_get_item (filters, 1);
  g_assert_cmpstr (gtk_file_filter_get_name (first), ==, gtk_file_filter_get_name (decks));
  g_assert_cmpstr (gtk_file_filter_get_name (second), ==, gtk_file_filter_get_name (json));
  /* The one it starts with: decks, not every JSON file. */
  g_assert_true (gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog)) == first);
  g_object_unref (dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  g_test_add_func ("/deck-file-filter/decks", test_decks);
  g_test_add_func ("/deck-file-filter/json", test_json);
  g_test_add_func ("/deck-file-filter/portal-rules", test_portal_rules);
  g_test_add_func ("/deck-file-filter/chooser", test_chooser);
  return g_test_run ();
}
