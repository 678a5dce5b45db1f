/* Print sheets. The same renderers as on screen draw onto cairo's PDF surface, so text stays
 * text (selectable, searchable, sharp at any printer resolution) and the SVG art stays vector.
 *
 * For duplex printing (flipped on the long edge) each front page is followed by its back page,
 * on which the columns are mirrored: the back of the card in the top-left corner of the front
 * must land in the top-right corner of the back page. Cut marks sit in the margins only, so
 * they never show on a card. */
#define G_LOG_DOMAIN "kletsborden-export-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>

#include "kb-board-renderer.h"
#include "kb-card-renderer.h"
#include "kb-durable-write.h"
#include "kb-export.h"

#define MM (72.0 / 25.4)
#define CUT_MARK_LENGTH (5 * MM)
#define CUT_MARK_OFFSET (1.5 * MM)

typedef struct
{
  double page_width;     /* points */
  double page_height;
  guint  cols;
  guint  rows;
  double card_width;
  double card_height;
  double gap;
  double x0;             /* top-left of the grid */
  double y0;
} Sheet;

gboolean
kb_print_layout_from_string (const char    *name,
                             KbPrintLayout *layout)
{
  static const char * const names[] = { "a4-2x2", "a4-3x3", "a3-board" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *layout = (KbPrintLayout) i;
        return TRUE;
      }
  return FALSE;
}

static void
sheet_for (KbPrintLayout layout,
           Sheet        *sheet)
{
  double margin = 10 * MM;

  *sheet = (Sheet) { 210 * MM, 297 * MM, 3, 3, KB_CARD_WIDTH_MM * MM, KB_CARD_HEIGHT_MM * MM,
                     3 * MM, 0, 0 };
  if (layout == KB_PRINT_LAYOUT_A4_2X2)
    {
      double w = (sheet->page_width - 2 * margin - 6 * MM) / 2;
      double h = (sheet->page_height - 2 * margin - 6 * MM) / 2;

      sheet->cols = sheet->rows = 2;
      sheet->gap = 6 * MM;
      sheet->card_width = MIN (w, h / KB_CARD_RATIO);
      sheet->card_height = sheet->card_width * KB_CARD_RATIO;
    }
  else if (layout == KB_PRINT_LAYOUT_A3_BOARD)
    {
      sheet->page_width = 420 * MM;
      sheet->page_height = 297 * MM;
      sheet->cols = sheet->rows = 1;
      sheet->card_width = sheet->page_width - 2 * margin;
      sheet->card_height = sheet->page_height - 2 * margin;
    }
  sheet->x0 = (sheet->page_width - sheet->cols * sheet->card_width -
               (sheet->cols - 1) * sheet->gap) / 2;
  sheet->y0 = (sheet->page_height - sheet->rows * sheet->card_height -
               (sheet->rows - 1) * sheet->gap) / 2;
}

/**
 * kb_print_layout_get_n_pages:
 *
 * Returns: how many pages kb_export_pdf() writes: the card pages (twice with backs), or one
 *   poster page for the board
 */
guint
kb_print_layout_get_n_pages (KbDeck               *deck,
                             const KbPrintOptions *options)
{
  Sheet sheet;
  guint per_page, n_cards = kb_deck_get_n_cards (deck);
  guint pages;

  if (options->layout == KB_PRINT_LAYOUT_A3_BOARD)
    return 1;
  sheet_for (options->layout, &sheet);
  per_page = sheet.cols * sheet.rows;
  pages = (n_cards + per_page - 1) / per_page;
  return options->backs ? pages * 2 : pages;
}

static void
cell_origin (const Sheet *sheet,
             guint        row,
             guint        col,
             double      *x,
             double      *y)
{
  *x = sheet->x0 + col * (sheet->card_width + sheet->gap);
  *y = sheet->y0 + row * (sheet->card_height + sheet->gap);
}

/* Short hairlines in the margins, in line with every card edge. */
static void
draw_cut_marks (cairo_t     *cr,
                const Sheet *sheet,
                guint        rows_used)
{
  double grid_w = sheet->cols * sheet->card_width + (sheet->cols - 1) * sheet->gap;
  double grid_h = rows_used * sheet->card_height + (rows_used - 1) * sheet->gap;
  double top = sheet->y0, bottom = sheet->y0 + grid_h;
  double left = sheet->x0, right = sheet->x0 + grid_w;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.3);
  for (guint c = 0; c < sheet->cols; c++)
    for (int edge = 0; edge < 2; edge++)
      {
        double x = sheet->x0 + c * (sheet->card_width + sheet->gap) + edge * sheet->card_width;

        cairo_move_to (cr, x, top - CUT_MARK_OFFSET);
        cairo_rel_line_to (cr, 0, -CUT_MARK_LENGTH);
        cairo_move_to (cr, x, bottom + CUT_MARK_OFFSET);
        cairo_rel_line_to (cr, 0, CUT_MARK_LENGTH);
      }
  for (guint r = 0; r < rows_used; r++)
    for (int edge = 0; edge < 2; edge++)
      {
        double y = sheet->y0 + r * (sheet->card_height + sheet->gap) + edge * sheet->card_height;

        cairo_move_to (cr, left - CUT_MARK_OFFSET, y);
        cairo_rel_line_to (cr, -CUT_MARK_LENGTH, 0);
        cairo_move_to (cr, right + CUT_MARK_OFFSET, y);
        cairo_rel_line_to (cr, CUT_MARK_LENGTH, 0);
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
write_cards (cairo_t              *cr,
             KbDeck               *deck,
             const KbPrintOptions *options,
             const Sheet          *sheet)
{
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (options->theme, NULL);
  guint per_page = sheet->cols * sheet->rows;
  guint n_cards = kb_deck_get_n_cards (deck);
  cairo_rectangle_t extents = { 0, 0, sheet->card_width, sheet->card_height };
  cairo_surface_t *back = NULL;

  /* Every back is the same: drawn once, cairo writes it into the PDF once and refers to it from
   * each place (this makes a 100-card PDF with backs ~10 times smaller and faster). */
  if (options->backs)
    {
      cairo_t *back_cr;

      back = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      back_cr = cairo_create (back);
      kb_card_renderer_draw_back (renderer, back_cr, deck, options->lang, sheet->card_width,
                                  sheet->card_height);
      cairo_destroy (back_cr);
    }

  for (guint first = 0; first < n_cards; first += per_page)
    {
      guint on_page = MIN (per_page, n_cards - first);

      for (guint i = 0; i < on_page; i++)
        {
          double x, y;

          cell_origin (sheet, i / sheet->cols, i % sheet->cols, &x, &y);
          cairo_save (cr);
          cairo_translate (cr, x, y);
          kb_card_renderer_draw_front (renderer, cr, deck, kb_deck_get_card (deck, first + i),
                                       options->lang, sheet->card_width, sheet->card_height);
          cairo_restore (cr);
        }
      if (options->cut_marks)
        draw_cut_marks (cr, sheet, (on_page + sheet->cols - 1) / sheet->cols);
      cairo_show_page (cr);

      if (!options->backs)
        continue;
      for (guint i = 0; i < on_page; i++)
        {
          double x, y;

          cell_origin (sheet, i / sheet->cols, sheet->cols - 1 - i % sheet->cols, &x, &y);
          cairo_save (cr);
          cairo_translate (cr, x, y);
          cairo_set_source_surface (cr, back, 0, 0);
          cairo_rectangle (cr, 0, 0, sheet->card_width, sheet->card_height);
          cairo_fill (cr);
          cairo_restore (cr);
        }
      cairo_show_page (cr);
    }
  if (back != NULL)
    cairo_surface_destroy (back);
}

/**
 * kb_export_pdf:
 *
 * Writes @deck's cards as print sheets, or its board as a poster, to the PDF file @path.
 */
gboolean
kb_export_pdf (KbDeck               *deck,
               const char           *path,
               const KbPrintOptions *options,
               GError              **error)
{
  KbPrintOptions opts = *options;
  KbDurable *out;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sheet sheet;

  g_return_val_if_fail (path != NULL, FALSE);

  if (opts.theme == NULL)
    opts.theme = kb_theme_get (KB_THEME_VARIANT_NORMAL);
  if (opts.lang == NULL)
    opts.lang = kb_deck_get_fallback_language (deck);
  if (opts.layout == KB_PRINT_LAYOUT_A3_BOARD && kb_deck_get_board (deck) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The deck “%s” has no board to print"), kb_deck_get_id (deck));
      return FALSE;
    }

  if (!kb_durable_check_not_input (path, kb_deck_get_file (deck), error))
    return FALSE;
  out = kb_durable_begin (path, KB_DURABLE_NONE, error);
  if (out == NULL)
    return FALSE;

  sheet_for (opts.layout, &sheet);
  surface = cairo_pdf_surface_create_for_stream (_kb_export_write_durable, out, sheet.page_width,
                                                 sheet.page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  kb_deck_get_title (deck, opts.lang));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kletsborden");
  cr = cairo_create (surface);

  if (opts.layout == KB_PRINT_LAYOUT_A3_BOARD)
    {
      g_autoptr(KbBoardRenderer) renderer = kb_board_renderer_new (opts.theme, NULL);

      cairo_translate (cr, sheet.x0, sheet.y0);
      kb_board_renderer_draw (renderer, cr, deck, opts.lang, sheet.card_width, sheet.card_height,
                              NULL, 0);
      cairo_show_page (cr);
    }
  else
    write_cards (cr, deck, &opts, &sheet);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      kb_durable_abort (out);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  /* A write error is in @out, with the system's reason. */
  return kb_durable_commit (out, error);
}
