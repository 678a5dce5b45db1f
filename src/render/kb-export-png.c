/* One PNG per card, one for the back and one for the board: for slides, a website, or a check
 * by eye of what a deck looks like. */
#define G_LOG_DOMAIN "kletsborden-export-png"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include "kb-board-renderer.h"
#include "kb-card-renderer.h"
#include "kb-durable-write.h"
#include "kb-export.h"

/* Card ids are [a-z0-9-] by the format, but a file name must be safe whatever a deck says. */
static char *
file_name_for (const char *id)
{
  g_autofree char *safe = g_strdup (id != NULL && *id != '\0' ? id : "card");

  g_strcanon (safe, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", '_');
  return g_strconcat (safe, ".png", NULL);
}

cairo_status_t
_kb_export_write_durable (void                *durable,
                          const unsigned char *data,
                          unsigned int         length)
{
  return kb_durable_append (durable, data, length) ? CAIRO_STATUS_SUCCESS
                                                   : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
write_surface (cairo_surface_t *surface,
               const char      *dir,
               const char      *name,
               GError         **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  KbDurable *out = kb_durable_begin (path, KB_DURABLE_NONE, error);
  cairo_status_t status;

  if (out == NULL)
    return FALSE;
  status = cairo_surface_write_to_png_stream (surface, _kb_export_write_durable, out);
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

/**
 * kb_export_png:
 * @width: (in pixels) each card is the largest card of real proportions within @width × @height
 * @n_files: (out) (optional): how many files were written
 *
 * Writes CARD-ID.png for every card, back.png, and board.png when the deck has a board (as wide
 * as the larger of @width and @height, in 16:9) into @dir, which is created when missing.
 */
gboolean
kb_export_png (KbDeck         *deck,
               const char     *dir,
               int             width,
               int             height,
               const char     *lang,
               const KbTheme  *theme,
               guint          *n_files,
               GError        **error)
{
  g_autoptr(KbCardRenderer) cards = kb_card_renderer_new (theme, NULL);
  cairo_surface_t *surface;
  KbRect rect;
  int card_w, card_h;
  guint written = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  if (lang == NULL)
    lang = kb_deck_get_fallback_language (deck);

  kb_card_fit_rect (width, height, 0, &rect);
  card_w = MAX ((int) floor (rect.width), 1);
  card_h = MAX ((int) floor (rect.height), 1);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, card_w, card_h);
  for (guint i = 0; ok && i <= kb_deck_get_n_cards (deck); i++)
    {
      cairo_t *cr;
      g_autofree char *name = NULL;

      cr = cairo_create (surface);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      if (i < kb_deck_get_n_cards (deck))
        {
          KbCard *card = kb_deck_get_card (deck, i);

          kb_card_renderer_draw_front (cards, cr, deck, card, lang, card_w, card_h);
          name = file_name_for (kb_card_get_id (card));
        }
      else
        {
          kb_card_renderer_draw_back (cards, cr, deck, lang, card_w, card_h);
          name = g_strdup ("back.png");
        }
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      ok = write_surface (surface, dir, name, error);
      written += ok;
    }
  cairo_surface_destroy (surface);

  if (ok && kb_deck_get_board (deck) != NULL)
    {
      g_autoptr(KbBoardRenderer) board = kb_board_renderer_new (theme, NULL);
      int board_w = MAX (width, height);
      int board_h = MAX ((int) round (board_w * 9.0 / 16.0), 1);
      cairo_t *cr;

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, board_w, board_h);
      cr = cairo_create (surface);
      kb_board_renderer_draw (board, cr, deck, lang, board_w, board_h, NULL, 0);
      cairo_destroy (cr);
      ok = write_surface (surface, dir, "board.png", error);
      written += ok;
      cairo_surface_destroy (surface);
    }

  if (n_files != NULL)
    *n_files = written;
  return ok;
}
