/* The cells a spreadsheet, a CSV file or a pasted list hold, as rows of strings with the row
 * and column numbers the spreadsheet shows, so that every problem can name its cell. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint      number;   /* the row as the spreadsheet numbers it, from 1 */
  GPtrArray *cells;    /* char *, UTF-8; column n is cells[n - 1]; may be shorter than others */
} KbImportRow;

typedef struct
{
  GPtrArray *rows;     /* KbImportRow *, in order; rows with no cell at all are left out */
} KbImportTable;

KbImportTable *kb_import_table_new        (void);
void           kb_import_table_free       (KbImportTable *self);
KbImportRow   *kb_import_table_add_row    (KbImportTable *self,
                                           guint          number);
void           kb_import_row_set_cell     (KbImportRow   *row,
                                           guint          column,
                                           char          *value);
const char    *kb_import_row_get_cell     (const KbImportRow *row,
                                           guint          column);
gboolean       kb_import_row_is_empty     (const KbImportRow *row);
void           kb_import_table_drop_empty_rows (KbImportTable *self);

char          *kb_import_column_name      (guint          column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbImportTable, kb_import_table_free)

G_END_DECLS
