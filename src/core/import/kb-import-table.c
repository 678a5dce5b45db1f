/* Rows of cells, with the numbers the spreadsheet shows (kb-import-table.h). */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include "kb-import-table.h"

static void
row_free (gpointer data)
{
  KbImportRow *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

KbImportTable *
kb_import_table_new (void)
{
  KbImportTable *self = g_new0 (KbImportTable, 1);

  self->rows = g_ptr_array_new_with_free_func (row_free);
  return self;
}

void
kb_import_table_free (KbImportTable *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->rows);
  g_free (self);
}

KbImportRow *
kb_import_table_add_row (KbImportTable *self,
                         guint          number)
{
  KbImportRow *row = g_new0 (KbImportRow, 1);

  row->number = number;
  row->cells = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->rows, row);
  return row;
}

/* Takes @value; columns left between the last one and @column stay empty (NULL). */
void
kb_import_row_set_cell (KbImportRow *row,
                        guint        column,
                        char        *value)
{
  g_return_if_fail (column >= 1);

  while (row->cells->len < column)
    g_ptr_array_add (row->cells, NULL);
  g_free (g_ptr_array_index (row->cells, column - 1));
  g_ptr_array_index (row->cells, column - 1) = value;
}

/* Returns: the cell, "" for an empty or missing one. */
const char *
kb_import_row_get_cell (const KbImportRow *row,
                        guint              column)
{
  const char *value;

  if (column < 1 || column > row->cells->len)
    return "";
  value = g_ptr_array_index (row->cells, column - 1);
  return value != NULL ? value : "";
}

static gboolean
is_blank (const char *value)
{
  for (; value != NULL && *value != '\0'; value = g_utf8_next_char (value))
    if (!g_unichar_isspace (g_utf8_get_char (value)))
      return FALSE;
  return TRUE;
}

gboolean
kb_import_row_is_empty (const KbImportRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (!is_blank (g_ptr_array_index (row->cells, i)))
      return FALSE;
  return TRUE;
}

/* A spreadsheet ends in empty rows, and groups are often set apart by one: they hold nothing. */
void
kb_import_table_drop_empty_rows (KbImportTable *self)
{
  for (guint i = self->rows->len; i > 0; i--)
    if (kb_import_row_is_empty (g_ptr_array_index (self->rows, i - 1)))
      g_ptr_array_remove_index (self->rows, i - 1);
}

/* Returns: (transfer full): the column's letters as a spreadsheet shows them: 1 → "A", 28 → "AB". */
char *
kb_import_column_name (guint column)
{
  char letters[16];
  int i = G_N_ELEMENTS (letters) - 1;

  letters[i] = '\0';
  while (column > 0 && i > 0)
    {
      column--;
      letters[--i] = 'A' + column % 26;
      column /= 26;
    }
  return g_strdup (letters + i);
}
