/* The library page's ways to decks of one's own: New Deck (Ctrl+N), Edit on a deck of one's own
 * and Make a Copy to Edit on a built-in one (also Ctrl+E on a focused deck), Open Decks Folder,
 * Import… and Paste Cards… (src/app/import), and the drafts left behind, offered when the
 * library first shows. After a save the library looks for its decks again. */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-library.h"
#include "kb-deck-tile.h"
#include "kb-editor-launch.h"
#include "kb-editor-window.h"
#include "kb-import-dialog.h"
#include "kb-library-page-editor.h"
#include "kb-shortcuts.h"

static void
follow (KbLibraryPage  *self,
        KbEditorWindow *editor)
{
  if (editor != NULL)
    g_signal_connect_object (editor, "saved", G_CALLBACK (kb_library_page_rescan), self,
                             G_CONNECT_SWAPPED);
}

static GtkApplication *
application_of (KbLibraryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
}

static void
tell (KbLibraryPage *self,
      const char    *heading,
      const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_deck_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbLibraryPage *self = KB_LIBRARY_PAGE (widget);

  if (application_of (self) != NULL)
    follow (self, kb_editor_window_new_deck (application_of (self)));
}

static void
edit (KbLibraryPage *self,
      GFile         *file,
      gboolean       copy)
{
  g_autoptr(GFile) copied = NULL;
  g_autoptr(GError) error = NULL;
  KbEditorWindow *editor = NULL;

  if (application_of (self) == NULL)
    return;
  /* A built-in deck is never written: the person edits a copy in their own decks folder. */
  if (copy && (copied = kb_editor_copy_deck (file, &error)) != NULL)
    kb_library_page_rescan (self);
  if (error == NULL)
    editor = kb_editor_window_open (application_of (self), copy ? copied : file, &error);
  if (editor == NULL)
    tell (self, _("This Deck Cannot Be Edited"), error->message);
  follow (self, editor);
}

static void
edit_deck_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  edit (KB_LIBRARY_PAGE (widget), file, FALSE);
}

static void
copy_deck_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  edit (KB_LIBRARY_PAGE (widget), file, TRUE);
}

/* Ctrl+E on the deck that has the focus: Edit, or Make a Copy to Edit for a built-in one. */
static void
edit_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget *child;
  KbDeckEntry *entry;

  for (; focus != NULL && !GTK_IS_FLOW_BOX_CHILD (focus); focus = gtk_widget_get_parent (focus))
    ;
  if (focus == NULL || (child = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (focus))) == NULL ||
      !KB_IS_DECK_TILE (child))
    return;
  entry = kb_deck_tile_get_entry (KB_DECK_TILE (child));
  edit (KB_LIBRARY_PAGE (widget), kb_deck_entry_get_file (entry),
        kb_deck_entry_is_builtin (entry));
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  kb_editor_open_decks_folder (GTK_WINDOW (gtk_widget_get_root (widget)));
}

static void
deck_imported (GFile    *deck_file,
               gpointer  owner)
{
  kb_library_page_rescan (KB_LIBRARY_PAGE (owner));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  kb_import_dialog_choose (GTK_WINDOW (gtk_widget_get_root (widget)), deck_imported,
                           G_OBJECT (widget));
}

static void
paste_cards_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  kb_import_dialog_paste (GTK_WINDOW (gtk_widget_get_root (widget)), deck_imported,
                          G_OBJECT (widget));
}

/* Tells first_map()'s handler apart, so that it can let go of itself. */
static char first_map_tag;

static void
first_map (KbLibraryPage *self,
           gpointer       tag)
{
  g_signal_handlers_disconnect_by_data (self, tag);
  kb_editor_offer_drafts (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          G_CALLBACK (kb_library_page_rescan), self);
}

void
_kb_library_page_editor_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "library.new-deck", NULL, new_deck_action);
  gtk_widget_class_install_action (widget_class, "library.edit-deck", "s", edit_deck_action);
  gtk_widget_class_install_action (widget_class, "library.copy-deck", "s", copy_deck_action);
  gtk_widget_class_install_action (widget_class, "library.edit-focused", NULL,
                                   edit_focused_action);
  gtk_widget_class_install_action (widget_class, "library.open-decks-folder", NULL,
                                   open_folder_action);
  gtk_widget_class_install_action (widget_class, "library.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "library.paste-cards", NULL,
                                   paste_cards_action);
  kb_shortcuts_bind (widget_class, KB_SHORTCUTS_LIBRARY);
}

void
_kb_library_page_editor_init (KbLibraryPage *self)
{
  g_signal_connect (self, "map", G_CALLBACK (first_map), &first_map_tag);
}
