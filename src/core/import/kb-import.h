/* Decks from spreadsheets: CSV as spreadsheets write it, .ods, .xlsx and plain text (a card per
 * line), read into a KbDeck with every problem at its row and column; and a deck written back
 * as CSV with the same columns, so it can go through a spreadsheet and back. */
#pragma once

#include <gio/gio.h>

#include "kb-deck.h"
#include "kb-problems.h"

G_BEGIN_DECLS

typedef enum
{
  KB_IMPORT_FORMAT_AUTO,    /* by the file's name, then by its content */
  KB_IMPORT_FORMAT_CSV,
  KB_IMPORT_FORMAT_ODS,
  KB_IMPORT_FORMAT_XLSX,
  KB_IMPORT_FORMAT_TEXT,
} KbImportFormat;

/* What a column of the header row means. */
typedef enum
{
  KB_IMPORT_FIELD_UNKNOWN,
  KB_IMPORT_FIELD_CATEGORY,
  KB_IMPORT_FIELD_TEXT,
  KB_IMPORT_FIELD_TITLE,
  KB_IMPORT_FIELD_KIND,
  KB_IMPORT_FIELD_INTENSITY,
  KB_IMPORT_FIELD_NOTES,
} KbImportField;

typedef struct
{
  guint          column;    /* from 1 */
  char          *header;    /* as the header cell says it; NULL when there was no header row */
  KbImportField  field;
  char          *lang;      /* the language of a text column; NULL for kind and intensity */
  gboolean       ignored;   /* unknown, or a second column for the same field and language */
} KbImportColumn;

typedef struct
{
  KbImportFormat format;
  const char    *title;     /* (nullable): the deck's title; the file's name without extension */
  const char    *language;  /* (nullable): of columns without one; guessed from the header words */
} KbImportOptions;

typedef struct
{
  KbDeck     *deck;         /* NULL when the problems hold an error */
  KbProblems *problems;     /* file:row:column, warnings and errors */
  GPtrArray  *columns;      /* KbImportColumn *, in column order: the mapping, for a preview */
  char       *source;       /* how it was read: "CSV, UTF-16LE, separator ;" */
} KbImportResult;

KbImportResult *kb_import_file          (GFile                  *file,
                                         const KbImportOptions  *options,
                                         GError                **error);
KbImportResult *kb_import_text          (const char             *text,
                                         const char             *display_name,
                                         const KbImportOptions  *options);
void            kb_import_result_free   (KbImportResult         *result);

const char     *kb_import_field_to_string (KbImportField         field);

GBytes         *kb_deck_to_csv          (KbDeck                 *deck,
                                         char                    separator,
                                         KbProblems             *left_out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbImportResult, kb_import_result_free)

G_END_DECLS
