/* What the files of src/core/import share; kb-import.h is the public side. */
#pragma once

#include "kb-import.h"
#include "kb-import-table.h"

G_BEGIN_DECLS

/* Bigger than any spreadsheet of cards; a wrong file (a video) is refused before it is read. */
#define KB_IMPORT_MAX_FILE_SIZE    (16 * 1024 * 1024)
/* A zipped sheet unpacks to this much at most: a zip bomb stops here. */
#define KB_IMPORT_MAX_MEMBER_SIZE  (64 * 1024 * 1024)
/* Rows and columns a sheet may address; LibreOffice's own limits are 1 048 576 and 16 384. */
#define KB_IMPORT_MAX_ROWS         1048576
#define KB_IMPORT_MAX_COLUMNS      1024

/* kb-import-decode.c */
char          *_kb_import_decode        (const char     *data,
                                         gsize           size,
                                         const char    **encoding);

/* kb-import-csv.c */
KbImportTable *_kb_import_csv_parse     (const char     *text,
                                         char           *separator,
                                         KbProblems     *problems);
gboolean       _kb_import_csv_is_formula_like (const char *value);
char          *_kb_import_unescape_formula    (char       *value);

/* kb-import-plain.c: the table has no header row; columns 1 and 2 are category and text. */
KbImportTable *_kb_import_plain_parse   (const char     *text);

/* kb-import-ods.c, kb-import-xlsx.c, over kb-import-zip.c */
KbImportTable *_kb_import_ods_read      (GBytes         *bytes,
                                         GError        **error);
KbImportTable *_kb_import_xlsx_read     (GBytes         *bytes,
                                         GError        **error);
GBytes        *_kb_import_zip_member    (GBytes         *zip,
                                         const char     *path,
                                         GError        **error);
gboolean       _kb_import_is_zip        (GBytes         *bytes);

/* kb-import-words.c: the words of the header row and of the kind and intensity columns. */
KbImportField  _kb_import_field_from_word   (const char  *word,
                                             const char **language);
const char    *_kb_import_field_word        (KbImportField field,
                                             const char   *lang);
const char * const *_kb_import_field_words  (void);
gboolean       _kb_import_kind_from_word    (const char  *word,
                                             KbCardKind  *kind);
gboolean       _kb_import_intensity_from_word (const char   *word,
                                               KbIntensity  *intensity);
const char    *_kb_import_kind_word         (KbCardKind   kind,
                                             const char  *lang);
const char    *_kb_import_intensity_word    (KbIntensity  intensity,
                                             const char  *lang);
const char    *_kb_import_default_category  (const char  *lang);

/* kb-import-palette.c */
const char    *_kb_import_palette_color (guint           index);
guint          _kb_import_palette_size  (void);
const char    *_kb_import_palette_symbol (guint          index);

/* kb-import-columns.c */
GPtrArray     *_kb_import_read_header   (KbImportTable  *table,
                                         gboolean        has_header,
                                         const char     *language,
                                         KbProblems     *problems,
                                         char          **default_lang);
void           _kb_import_column_free   (gpointer        column);

/* kb-import-deck.c */
KbDeck        *_kb_import_build_deck    (KbImportTable  *table,
                                         GPtrArray      *columns,
                                         guint           first_row,
                                         const char     *default_lang,
                                         const char     *title,
                                         KbProblems     *problems);

G_END_DECLS
