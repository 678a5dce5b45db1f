/* The Import… window (kb-import-dialog.h). The reading is core's (kb-import.h), the saving the
 * library's (kb_deck_library_add); this shows what came out, so that a trainer sees which
 * column was read as what and which cells had a problem before the deck exists. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-library.h"
#include "kb-import.h"
#include "kb-import-dialog.h"
#include "kb-import-table.h"

/* More rows than this are not read; the CLI lists them all. */
#define MAX_PROBLEM_ROWS 200

struct _KbImportDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkLabel *summary_label;
  AdwEntryRow *title_row;
  AdwActionRow *source_row;
  AdwActionRow *languages_row;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *categories_group;
  AdwPreferencesGroup *columns_group;
  GtkButton *import_button;
  AdwPreferencesGroup *paste_group;
  GtkTextView *paste_view;

  /* Owned */
  GFile *file;                 /* NULL: the cards are pasted into paste_view */
  GPtrArray *rows;             /* the rows show_result() added, taken away before it shows anew */
  guint reread_id;
  KbImportResult *result;
  GFile *saved;
};

G_DEFINE_FINAL_TYPE (KbImportDialog, kb_import_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
field_label (KbImportField field)
{
  switch (field)
    {
    case KB_IMPORT_FIELD_CATEGORY:
      return _("Category");
    case KB_IMPORT_FIELD_TEXT:
      return _("Text");
    case KB_IMPORT_FIELD_TITLE:
      return _("Title");
    case KB_IMPORT_FIELD_KIND:
      return _("Kind");
    case KB_IMPORT_FIELD_INTENSITY:
      return _("Intensity");
    case KB_IMPORT_FIELD_NOTES:
      return _("Notes");
    case KB_IMPORT_FIELD_UNKNOWN:
    default:
      return _("Left out");
    }
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  GdkRGBA color;

  if (!gdk_rgba_parse (&color, data))
    return;
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static GtkWidget *
row_new (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Cell texts are the user's: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
add_row (KbImportDialog      *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  g_object_set_data (G_OBJECT (row), "kb-group", group);
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (group, row);
}

static void
clear_rows (KbImportDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "kb-group"), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static char *
source_name (KbImportDialog *self)
{
  return self->file != NULL ? g_file_get_basename (self->file) : g_strdup (_("Pasted cards"));
}

static char *
pasted_text (KbImportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->paste_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Reads the file, or the pasted text, as it is now. An unreadable file is the same window with
 * the reason as its one problem. */
static KbImportResult *
read_source (KbImportDialog        *self,
             const KbImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = source_name (self);
  g_autofree char *text = NULL;
  KbImportResult *result;

  if (self->file == NULL)
    {
      text = pasted_text (self);
      return kb_import_text (text, name, options);
    }
  result = kb_import_file (self->file, options, &error);
  if (result == NULL)
    {
      result = g_new0 (KbImportResult, 1);
      result->problems = kb_problems_new (name);
      result->columns = g_ptr_array_new ();
      kb_problems_add_literal (result->problems, KB_PROBLEM_ERROR, 1, 1, error->message);
    }
  return result;
}

static guint
count_cards (KbDeck     *deck,
             KbCategory *category)
{
  guint n = 0;

  for (guint i = 0; i < kb_deck_get_n_cards (deck); i++)
    n += kb_card_get_category (kb_deck_get_card (deck, i)) == category;
  return n;
}

static void
show_categories (KbImportDialog *self,
                 KbDeck         *deck)
{
  const char *lang = kb_deck_get_fallback_language (deck);

  for (guint i = 0; i < kb_deck_get_n_categories (deck); i++)
    {
      KbCategory *category = kb_deck_get_category (deck, i);
      guint n = count_cards (deck, category);
      g_autofree char *cards = g_strdup_printf (ngettext ("%u card", "%u cards", n), n);
      /* TRANSLATORS: "12 cards, symbol: heart" */
      g_autofree char *subtitle = g_strdup_printf (_("%s, symbol: %s"), cards,
                                                   kb_category_get_symbol (category));
      GtkWidget *row = row_new (kb_text_get (kb_category_get_name (category), lang, NULL),
                                subtitle);
      GtkWidget *swatch = gtk_drawing_area_new ();

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 24);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 24);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                      g_strdup (kb_category_get_color (category)), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch);
      add_row (self, self->categories_group, row);
    }
}

static void
show_columns (KbImportDialog *self)
{
  for (guint i = 0; i < self->result->columns->len; i++)
    {
      KbImportColumn *column = g_ptr_array_index (self->result->columns, i);
      g_autofree char *letters = kb_import_column_name (column->column);
      g_autofree char *title = NULL;
      g_autofree char *meaning = NULL;
      GtkWidget *row;

      title = column->header != NULL
              /* TRANSLATORS: "Column B: “tekst:en”" */
              ? g_strdup_printf (_("Column %s: “%s”"), letters, column->header)
              : g_strdup_printf (_("Column %s"), letters);
      if (column->ignored || column->field == KB_IMPORT_FIELD_UNKNOWN)
        meaning = g_strdup (_("Left out"));
      else if (column->lang != NULL)
        /* TRANSLATORS: "Text (en)" */
        meaning = g_strdup_printf (_("%s (%s)"), field_label (column->field), column->lang);
      else
        meaning = g_strdup (field_label (column->field));
      row = row_new (title, meaning);
      add_row (self, self->columns_group, row);
    }
}

static void
show_problems (KbImportDialog *self)
{
  KbProblems *problems = self->result->problems;
  guint n = kb_problems_get_n_items (problems);

  adw_preferences_group_set_description (self->problems_group,
                                         n == 0 ? _("None: every cell was read") : NULL);
  for (guint i = 0; i < MIN (n, MAX_PROBLEM_ROWS); i++)
    {
      gboolean error = kb_problems_get_level (problems, i) == KB_PROBLEM_ERROR;
      g_autofree char *letters = kb_import_column_name (kb_problems_get_column (problems, i));
      /* TRANSLATORS: where a problem is in the spreadsheet: "Row 3, column D" */
      g_autofree char *where = g_strdup_printf (_("Row %u, column %s"),
                                                kb_problems_get_line (problems, i), letters);
      GtkWidget *row = row_new (kb_problems_get_message (problems, i), where);
      GtkWidget *icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic"
                                                            : "dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      error ? _("Error") : _("Warning"), -1);
      gtk_widget_add_css_class (icon, error ? "error" : "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      add_row (self, self->problems_group, row);
    }
  if (n > MAX_PROBLEM_ROWS)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("… and %u more problem; kletsborden "
                                                         "--import FILE lists them all",
                                                         "… and %u more problems; kletsborden "
                                                         "--import FILE lists them all",
                                                         n - MAX_PROBLEM_ROWS),
                                               n - MAX_PROBLEM_ROWS);
      add_row (self, self->problems_group, row_new (more, NULL));
    }
}

static void
show_result (KbImportDialog *self)
{
  KbDeck *deck = self->result->deck;
  g_autofree char *name = source_name (self);

  clear_rows (self);
  /* Pasting on must not undo a title the trainer typed. */
  if (self->file != NULL || gtk_editable_get_text (GTK_EDITABLE (self->title_row))[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                           deck != NULL ? kb_deck_get_title (deck, NULL) : name);
  gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->categories_group), deck != NULL);
  adw_action_row_set_subtitle (self->source_row, self->result->source != NULL
                                                 ? self->result->source : "");
  if (deck != NULL)
    {
      guint n = kb_deck_get_n_cards (deck), c = kb_deck_get_n_categories (deck);
      g_autofree char *cards = g_strdup_printf (ngettext ("%u card", "%u cards", n), n);
      g_autofree char *categories = g_strdup_printf (ngettext ("%u category", "%u categories",
                                                               c), c);
      g_autofree char *languages = g_strjoinv (", ", (char **) kb_deck_get_languages (deck));
      /* TRANSLATORS: "40 cards in 4 categories from “Mijn kaarten.ods”" */
      g_autofree char *summary = g_strdup_printf (_("%s in %s from “%s”"), cards, categories,
                                                  name);

      gtk_label_set_text (self->summary_label, summary);
      adw_action_row_set_subtitle (self->languages_row, languages);
      show_categories (self, deck);
    }
  else
    {
      gtk_label_set_text (self->summary_label,
                          self->file == NULL
                          ? _("Paste cells copied from a spreadsheet, or type a card on each "
                              "line; a line that ends in “:” starts a category.")
                          : _("This file does not make a deck yet. Fix the errors below in the "
                              "spreadsheet, save it, and import it again."));
      if (self->file != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
      adw_action_row_set_subtitle (self->languages_row, "");
    }
  show_columns (self);
  show_problems (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.save", deck != NULL);
  /* Enter imports at once; otherwise the header bar's Cancel would take the first focus. */
  if (deck != NULL && self->file != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->import_button));
}

/* A new title makes a new id (and folder name) too, so the file is read again with it. */
static KbDeck *
deck_with_title (KbImportDialog *self,
                 const char     *title)
{
  KbImportOptions options = { KB_IMPORT_FORMAT_AUTO, title, NULL };
  g_autoptr(KbImportResult) again = NULL;

  if (g_strcmp0 (title, kb_deck_get_title (self->result->deck, NULL)) == 0 || title[0] == '\0')
    return g_object_ref (self->result->deck);
  again = read_source (self, &options);
  if (again == NULL || again->deck == NULL)
    return g_object_ref (self->result->deck);
  return g_steal_pointer (&again->deck);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbImportDialog *self = KB_IMPORT_DIALOG (widget);
  g_autoptr(KbDeck) deck = NULL;
  g_autoptr(GError) error = NULL;

  if (self->result->deck == NULL || self->saved != NULL)
    return;
  deck = deck_with_title (self, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  self->saved = kb_deck_library_add (deck, &error);
  if (self->saved == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
      return;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, self->saved);
  gtk_window_close (GTK_WINDOW (self));
}

static void
title_activated (AdwEntryRow    *row,
                 KbImportDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "import.save", NULL);
}

static void
kb_import_dialog_dispose (GObject *object)
{
  KbImportDialog *self = KB_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->reread_id, g_source_remove);
  g_ptr_array_set_size (self->rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (kb_import_dialog_parent_class)->dispose (object);
}

static void
kb_import_dialog_finalize (GObject *object)
{
  KbImportDialog *self = KB_IMPORT_DIALOG (object);

  g_clear_object (&self->file);
  g_clear_object (&self->saved);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->result, kb_import_result_free);
  G_OBJECT_CLASS (kb_import_dialog_parent_class)->finalize (object);
}

static void
kb_import_dialog_class_init (KbImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_import_dialog_dispose;
  object_class->finalize = kb_import_dialog_finalize;

  /**
   * KbImportDialog::imported:
   * @deck_file: the deck as it was saved in the decks folder
   */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kb-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, languages_row);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, categories_group);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, paste_group);
  gtk_widget_class_bind_template_child (widget_class, KbImportDialog, paste_view);
  gtk_widget_class_install_action (widget_class, "import.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kb_import_dialog_init (KbImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  g_signal_connect (self->title_row, "entry-activated", G_CALLBACK (title_activated), self);
}

/**
 * kb_import_dialog_new:
 * @file: the spreadsheet, CSV or text file to import
 *
 * Reads @file at once (a spreadsheet of cards takes milliseconds) and shows the result.
 */
KbImportDialog *
kb_import_dialog_new (GtkWindow *parent,
                      GFile     *file)
{
  KbImportDialog *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KB_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->file = g_object_ref (file);
  self->result = read_source (self, NULL);
  show_result (self);
  return self;
}

static gboolean
reread (gpointer data)
{
  KbImportDialog *self = data;

  self->reread_id = 0;
  g_clear_pointer (&self->result, kb_import_result_free);
  self->result = read_source (self, NULL);
  show_result (self);
  return G_SOURCE_REMOVE;
}

/* Read again once the typing pauses: a paste is one change, typing is many. */
static void
pasted_changed (KbImportDialog *self)
{
  g_clear_handle_id (&self->reread_id, g_source_remove);
  self->reread_id = g_timeout_add (250, reread, self);
}

/**
 * kb_import_dialog_new_for_paste:
 *
 * The same window, with a field to paste cells copied from a spreadsheet (tab-separated, as
 * Calc and Excel copy them) or to type a card per line; what it makes is shown as it changes.
 */
KbImportDialog *
kb_import_dialog_new_for_paste (GtkWindow *parent)
{
  KbImportDialog *self = g_object_new (KB_TYPE_IMPORT_DIALOG, "transient-for", parent,
                                       "title", _("Paste Cards"), NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->paste_group), TRUE);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->paste_view), "changed",
                            G_CALLBACK (pasted_changed), self);
  self->result = read_source (self, NULL);
  show_result (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->paste_view));
  return self;
}

gboolean
kb_import_dialog_can_import (KbImportDialog *self)
{
  g_return_val_if_fail (KB_IS_IMPORT_DIALOG (self), FALSE);
  return self->result->deck != NULL && self->saved == NULL;
}

/* Returns: (transfer none) (nullable): the deck's file once Import saved it. */
GFile *
kb_import_dialog_get_saved (KbImportDialog *self)
{
  g_return_val_if_fail (KB_IS_IMPORT_DIALOG (self), NULL);
  return self->saved;
}

typedef struct
{
  GtkWindow     *parent;   /* owned */
  KbImportedFunc func;
  GObject       *owner;    /* owned */
} Choice;

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_clear_object (&choice->parent);
  g_clear_object (&choice->owner);
  g_free (choice);
}

static void
imported (KbImportDialog *dialog,
          GFile          *deck_file,
          Choice         *choice)
{
  choice->func (deck_file, choice->owner);
}

static Choice *
choice_new (GtkWindow      *parent,
            KbImportedFunc  func,
            GObject        *owner)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->parent = parent != NULL ? g_object_ref (parent) : NULL;
  choice->func = func;
  choice->owner = owner != NULL ? g_object_ref (owner) : NULL;
  return choice;
}

/* The dialog keeps the choice (and so the owner) while it is open. */
static void
present_for (KbImportDialog *dialog,
             Choice         *choice)
{
  g_signal_connect_data (dialog, "imported", G_CALLBACK (imported), choice,
                         (GClosureNotify) (void (*) (void)) choice_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chosen (GtkNativeDialog *chooser,
        int              response,
        Choice          *choice)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    present_for (kb_import_dialog_new (choice->parent, file), choice);
  else
    choice_free (choice);
  g_object_unref (chooser);
}

/**
 * kb_import_dialog_choose:
 * @func: called with the saved deck when the user imported one
 * @owner: handed to @func, and kept alive until then
 *
 * Asks for a file (GtkFileChooserNative: the portal's chooser in a sandbox), then shows what
 * it makes in a KbImportDialog.
 */
void
kb_import_dialog_choose (GtkWindow      *parent,
                         KbImportedFunc  func,
                         GObject        *owner)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) sheets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  static const char * const suffixes[] = { "csv", "ods", "xlsx", "txt", "tsv" };
  Choice *choice = choice_new (parent, func, owner);

  chooser = gtk_file_chooser_native_new (_("Import Cards from a Spreadsheet"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (sheets, _("Spreadsheets, CSV and Text"));
  gtk_file_filter_add_mime_type (sheets, "application/vnd.oasis.opendocument.spreadsheet");
  gtk_file_filter_add_mime_type (sheets,
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (sheets, "text/csv");
  gtk_file_filter_add_mime_type (sheets, "text/plain");
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (sheets, suffixes[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), sheets);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * kb_import_dialog_paste:
 * @func: called with the saved deck when the user imported one
 * @owner: handed to @func, and kept alive until then
 *
 * Shows a KbImportDialog to paste cards into.
 */
void
kb_import_dialog_paste (GtkWindow      *parent,
                        KbImportedFunc  func,
                        GObject        *owner)
{
  present_for (kb_import_dialog_new_for_paste (parent), choice_new (parent, func, owner));
}
