/* Writing decks to files: PNG per card, and print-ready PDF sheets. No display needed. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kb-deck.h"
#include "kb-theme.h"

G_BEGIN_DECLS

typedef enum
{
  KB_PRINT_LAYOUT_A4_2X2,    /* four large cards per A4 page */
  KB_PRINT_LAYOUT_A4_3X3,    /* nine cards of real size (63 × 88 mm) per A4 page */
  KB_PRINT_LAYOUT_A3_BOARD,  /* the board as a poster on A3 landscape */
} KbPrintLayout;

typedef struct
{
  KbPrintLayout  layout;
  gboolean       backs;      /* a mirrored back page after each front page, for duplex */
  gboolean       cut_marks;
  const char    *lang;       /* nullable: the deck's first language */
  const KbTheme *theme;      /* nullable: the normal theme */
} KbPrintOptions;

gboolean kb_print_layout_from_string (const char           *name,
                                      KbPrintLayout        *layout);
guint    kb_print_layout_get_n_pages (KbDeck               *deck,
                                      const KbPrintOptions *options);
gboolean kb_export_pdf               (KbDeck               *deck,
                                      const char           *path,
                                      const KbPrintOptions *options,
                                      GError              **error);
gboolean kb_export_png               (KbDeck               *deck,
                                      const char           *dir,
                                      int                   width,
                                      int                   height,
                                      const char           *lang,
                                      const KbTheme        *theme,
                                      guint                *n_files,
                                      GError              **error);

/* A cairo_write_func_t into a KbDurable (kb-durable-write.h): exports are written to a
 * temporary file and renamed into place, so a failed export never leaves half a file. */
cairo_status_t _kb_export_write_durable      (void                 *durable,
                                              const unsigned char  *data,
                                              unsigned int          length);

G_END_DECLS
