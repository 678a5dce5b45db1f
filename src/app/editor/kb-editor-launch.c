/* The deck editor's ways in from the library (kb-editor-launch.h). */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kb-deck-library.h"
#include "kb-durable-write.h"
#include "kb-editor-draft.h"
#include "kb-editor-launch.h"
#include "kb-editor-window.h"

/**
 * kb_editor_copy_deck:
 * @file: a deck, often a built-in one, which is only read
 *
 * Writes a copy of the deck in @file into a folder of its own in the user's decks folder, with
 * an id of its own, so that the copy can be edited and the original stays as it was.
 *
 * Returns: (transfer full) (nullable): the copy's file
 */
GFile *
kb_editor_copy_deck (GFile   *file,
                     GError **error)
{
  g_autoptr(GFile) decks = kb_deck_library_get_user_dir ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *out = NULL;
  JsonObject *root;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error) ||
      !json_parser_load_from_data (parser, contents, (gssize) length, error))
    return NULL;
  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
         ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (root == NULL || json_object_get_string_member_with_default (root, "id", NULL) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("This file is not a deck that can be copied"));
      return NULL;
    }
  for (guint n = 1; folder == NULL || g_file_query_exists (folder, NULL); n++)
    {
      g_clear_object (&folder);
      g_free (id);
      id = n == 1 ? g_strdup_printf ("%s-copy", json_object_get_string_member (root, "id"))
                  : g_strdup_printf ("%s-copy-%u", json_object_get_string_member (root, "id"), n);
      folder = g_file_get_child (decks, id);
    }
  json_object_set_string_member (root, "id", id);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  out = json_generator_to_data (generator, &length);
  name = g_strconcat (id, ".json", NULL);
  {
    g_autoptr(GFile) copy = g_file_get_child (folder, name);
    if (!kb_durable_write_file (copy, out, length, KB_DURABLE_CREATE_FOLDER, error))
      return NULL;
    return g_steal_pointer (&copy);
  }
}

/* Shows the decks folder in the file manager; made first, so there is something to show. */
void
kb_editor_open_decks_folder (GtkWindow *parent)
{
  g_autoptr(GFile) decks = kb_deck_library_get_user_dir ();
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (decks);

  if (!g_file_make_directory_with_parents (decks, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_message ("The decks folder could not be made: %s", error->message);
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

typedef struct
{
  GtkWindow *parent;
  KbEditorDraft *draft;
  GCallback on_saved;
  gpointer data;
} Offer;

static void
offer_free (Offer *offer)
{
  kb_editor_draft_free (offer->draft);
  g_free (offer);
}

static void
offer_response (AdwMessageDialog *dialog,
                const char       *response,
                Offer            *offer)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "edit"))
    {
      KbEditorWindow *editor = kb_editor_window_restore (
        gtk_window_get_application (offer->parent), offer->draft, &error);
      if (editor == NULL)
        g_warning ("The draft could not be opened: %s", error->message);
      else if (offer->on_saved != NULL)
        g_signal_connect_object (editor, "saved", offer->on_saved, offer->data,
                                 G_CONNECT_SWAPPED);
    }
  else if (g_str_equal (response, "discard") &&
           !kb_editor_draft_forget (offer->draft->key, &error))
    g_message ("The draft could not be removed: %s", error->message);
}

/* The deck's title in a draft, for the question; the file's name when it has none. */
static char *
draft_title (KbEditorDraft *draft)
{
  g_autoptr(KbDeck) deck = kb_deck_load_draft (draft->target, draft->deck, NULL);

  if (deck != NULL && kb_deck_get_title_text (deck) != NULL)
    return g_strdup (kb_deck_get_title (deck, kb_deck_pick_language (deck,
                                                                      g_get_language_names ())));
  return g_strdup (_("New Deck"));
}

/**
 * kb_editor_offer_drafts:
 * @on_saved: (nullable): connected to the editor's "saved", swapped, with @data
 *
 * Offers the newest draft left behind (the app was closed with changes unsaved, or crashed):
 * edit it on, or throw it away. Drafts not offered now are offered at a next start.
 */
void
kb_editor_offer_drafts (GtkWindow *parent,
                        GCallback  on_saved,
                        gpointer   data)
{
  g_autoptr(GPtrArray) drafts = kb_editor_draft_list ();
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  GtkWidget *dialog;
  Offer *offer;

  if (drafts->len == 0)
    return;
  offer = g_new0 (Offer, 1);
  offer->parent = parent;
  offer->draft = g_ptr_array_steal_index (drafts, 0);
  offer->on_saved = on_saved;
  offer->data = data;
  title = draft_title (offer->draft);
  /* Translators: when a draft was kept last; a strftime format */
  date = g_date_time_format (offer->draft->saved, _("%e %B %Y at %H:%M"));
  dialog = adw_message_dialog_new (parent, _("Go On Editing?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The changes to “%s” of %s were not saved. They were kept as a "
                                    "draft."), title, g_strstrip (date));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "discard", _("_Discard Changes"),
                                    "edit", _("_Go On Editing"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "edit",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "edit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_data (dialog, "response", G_CALLBACK (offer_response), offer,
                         (GClosureNotify) (void (*) (void)) offer_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
