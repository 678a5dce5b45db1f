/* Decks are offered by their own MIME type (assets/nl.kletsborden.Kletsborden.mime.xml): the
 * type is sniffed from the content, so a deck is found whatever its name, and other JSON files
 * stay out. A build that is not installed has no such type in the MIME database, and a deck
 * sent by e-mail may have lost its content type on the way: a second filter offers every
 * *.json file, whatever the case of its suffix. */
#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-file-filter.h"

/* Decks, by content: the default filter of a deck chooser. */
GtkFileFilter *
kb_deck_file_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Decks"));
  gtk_file_filter_add_mime_type (filter, KB_DECK_MIME_TYPE);
  return filter;
}

/* Any JSON file, by name: for when the MIME database does not know decks. */
GtkFileFilter *
kb_deck_json_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("JSON Files"));
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

/* Both, decks first: the first filter added is the one a chooser starts with. */
void
kb_deck_file_chooser_add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) decks = kb_deck_file_filter_new ();
  g_autoptr(GtkFileFilter) json = kb_deck_json_filter_new ();

  gtk_file_chooser_add_filter (chooser, decks);
  gtk_file_chooser_add_filter (chooser, json);
}
