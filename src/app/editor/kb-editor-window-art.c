/* The deck editor's art fields (a card's image, the deck's back image, a category's own icon):
 * a path relative to the deck's folder, typed or chosen. A chosen file outside the folder is
 * copied into its "art" folder, so a deck stays one folder; a path that leaves it is never kept. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-art.h"
#include "kb-durable-write.h"
#include "kb-editor-window-private.h"

static void
set_art (KbEditorWindow *self,
         KbDeckPart      part,
         guint           index,
         const char     *field,
         const char     *path)
{
  if (part == KB_DECK_PART_DECK)
    kb_deck_set_back_image (self->deck, path);
  else if (part == KB_DECK_PART_CARD && index < kb_deck_get_n_cards (self->deck))
    kb_deck_set_card_image (self->deck, kb_deck_get_card (self->deck, index), path);
  else if (part == KB_DECK_PART_CATEGORY && index < kb_deck_get_n_categories (self->deck))
    kb_deck_set_category_icon (self->deck, kb_deck_get_category (self->deck, index), path);
}

static const char *
art_of (KbEditorWindow *self,
        KbDeckPart      part,
        guint           index)
{
  if (part == KB_DECK_PART_DECK)
    return kb_deck_get_back_image (self->deck);
  if (part == KB_DECK_PART_CARD && index < kb_deck_get_n_cards (self->deck))
    return kb_card_get_image (kb_deck_get_card (self->deck, index));
  if (part == KB_DECK_PART_CATEGORY && index < kb_deck_get_n_categories (self->deck))
    return kb_category_get_icon (kb_deck_get_category (self->deck, index));
  return NULL;
}

/* A typed path: kept only when it stays inside the deck's folder. */
static void
path_applied (AdwEntryRow    *row,
              KbEditorWindow *self)
{
  KbDeckPart part = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kb-part"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kb-index"));
  const char *field = g_object_get_data (G_OBJECT (row), "kb-field");
  g_autofree char *path = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  if (*path == '\0')
    {
      set_art (self, part, index, field, NULL);
      if (part == KB_DECK_PART_CATEGORY)
        _kb_editor_rebuild_soon (self);
      return;
    }
  if (!kb_art_check_path (path, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not kept: %s"), error->message);
      _kb_editor_toast (self, message, FALSE);
      return;
    }
  if (g_strcmp0 (path, art_of (self, part, index)) != 0)
    set_art (self, part, index, field, path);
  /* The symbol row says whether the icon takes its place. */
  if (part == KB_DECK_PART_CATEGORY)
    _kb_editor_rebuild_soon (self);
}

/* Where a file from outside goes: "art/NAME", or "art/NAME-2.svg" when another file has it. */
static GFile *
free_art_file (GFile      *folder,
               const char *basename,
               GBytes     *contents)
{
  g_autoptr(GFile) art = g_file_get_child (folder, "art");
  const char *dot = strrchr (basename, '.');
  g_autofree char *stem = dot != NULL ? g_strndup (basename, dot - basename) : g_strdup (basename);

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (basename)
                                     : g_strdup_printf ("%s-%u%s", stem, n, dot != NULL ? dot : "");
      g_autoptr(GFile) file = g_file_get_child (art, name);
      g_autoptr(GBytes) there = g_file_load_bytes (file, NULL, NULL, NULL);

      /* The same picture chosen twice is one file. */
      if (there == NULL || g_bytes_equal (there, contents))
        return g_steal_pointer (&file);
    }
}

/* Returns: (transfer full) (nullable): @file's path relative to @folder, copied into it first when
 * it is outside (or a link out of it) */
static char *
bring_into (GFile   *folder,
            GFile   *file,
            GError **error)
{
  g_autofree char *relative = g_file_get_relative_path (folder, file);
  g_autoptr(GFile) inside = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *basename = g_file_get_basename (file);

  if (relative != NULL && (inside = kb_art_resolve (folder, relative, NULL)) != NULL)
    return g_steal_pointer (&relative);
  contents = g_file_load_bytes (file, NULL, NULL, error);
  if (contents == NULL)
    return NULL;
  copy = free_art_file (folder, basename, contents);
  if (!g_file_query_exists (copy, NULL) &&
      !kb_durable_write_file (copy, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                              KB_DURABLE_CREATE_FOLDER, error))
    return NULL;
  return g_file_get_relative_path (folder, copy);
}

typedef struct
{
  KbEditorWindow *self;
  KbDeckPart part;
  guint index;
  char *field;
} Choice;

static void
choice_free (Choice *choice)
{
  g_object_unref (choice->self);
  g_free (choice->field);
  g_free (choice);
}

static void
chosen (GtkNativeDialog *dialog,
        int              response,
        Choice          *choice)
{
  KbEditorWindow *self = choice->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file == NULL)
    goto out;
  /* Cards draw SVG art only: a picture of another kind is refused here, not found missing later. */
  if (!kb_art_is_svg (file, g_file_peek_path (file), &error))
    {
      _kb_editor_toast (self, _("Choose an SVG image: cards draw no other kind"), FALSE);
      goto out;
    }
  /* The art goes into the deck's own folder, which a new deck has from its first save. */
  if (self->target == NULL && !kb_editor_window_save (self, &error))
    {
      _kb_editor_toast (self, error->message, FALSE);
      goto out;
    }
  folder = g_file_get_parent (self->target);
  path = bring_into (folder, file, &error);
  if (path == NULL)
    {
      _kb_editor_toast (self, error->message, FALSE);
      goto out;
    }
  set_art (self, choice->part, choice->index, choice->field, path);
  _kb_editor_rebuild_soon (self);
out:
  choice_free (choice);
}

/* A category's icon is a symbol of the deck's own; everything else is a picture. */
static const char *
choose_name_of (KbDeckPart part)
{
  /* Translators: the accessible name and tooltip of the button that picks an image file */
  return part == KB_DECK_PART_CATEGORY ? _("Choose an SVG Icon") : _("Choose an Image File");
}

static void
choose_clicked (GtkButton      *button,
                KbEditorWindow *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "kb-row");
  Choice *choice = g_new0 (Choice, 1);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  choice->self = g_object_ref (self);
  choice->part = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kb-part"));
  choice->index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kb-index"));
  choice->field = g_strdup (g_object_get_data (G_OBJECT (row), "kb-field"));
  dialog = gtk_file_chooser_native_new (choice->part == KB_DECK_PART_CATEGORY
                                        ? _("Choose an SVG Icon") : _("Choose an Image"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("SVG images"));
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_suffix (filter, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (chosen), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * _kb_editor_art_row:
 * @part: %KB_DECK_PART_DECK for the back's image, %KB_DECK_PART_CARD for a card's,
 *   %KB_DECK_PART_CATEGORY for a category's own icon
 *
 * A row with the art's path, to type (Enter keeps it) or to choose with its button.
 */
GtkWidget *
_kb_editor_art_row (KbEditorWindow *self,
                    const char     *title,
                    KbDeckPart      part,
                    guint           index,
                    const char     *field)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *choose = gtk_button_new_from_icon_name ("document-open-symbolic");
  const char *path = art_of (self, part, index);
  const char *choose_name = choose_name_of (part);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), path != NULL ? path : "");
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  _kb_editor_register (self, row, part, index, field, NULL);
  g_signal_connect (row, "apply", G_CALLBACK (path_applied), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (path_applied), self);

  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (choose, "flat");
  gtk_widget_set_tooltip_text (choose, choose_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choose), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  choose_name, -1);
  g_object_set_data (G_OBJECT (choose), "kb-row", row);
  g_signal_connect (choose, "clicked", G_CALLBACK (choose_clicked), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choose);
  return row;
}
