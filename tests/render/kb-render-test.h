/* Helpers shared by the render tests: the test decks, and comparing with golden images. */
#pragma once

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "kb-deck.h"

/* Symbols from the source tree, whatever is installed on the machine. */
static inline void
kb_render_test_init (int    *argc,
                     char ***argv)
{
  g_setenv ("KLETSBORDEN_ASSETS_DIR", SOURCE_ASSETS_DIR, TRUE);
  g_test_init (argc, argv, NULL);
}

static inline KbDeck *
kb_render_test_load_deck (const char *name)
{
  g_autofree char *path = g_build_filename (KB_TEST_DATA_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbDeck *deck = kb_deck_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

/* Golden images are only meaningful with the pinned font; without it the test is skipped, not
 * failed, and says why. */
static inline gboolean
kb_render_test_have_font (const char *family)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoFontFamily **families;
  int n;
  gboolean found = FALSE;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_strcmp0 (pango_font_family_get_name (families[i]), family) == 0;
  g_free (families);
  return found;
}

static inline guint32
kb_render_test_pixel (cairo_surface_t *surface,
                      int              x,
                      int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4);
}

static inline int
kb_render_test_channel_diff (guint32 a,
                             guint32 b)
{
  int worst = 0;

  for (int shift = 0; shift < 32; shift += 8)
    worst = MAX (worst, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return worst;
}

/* Compares @actual with golden/NAME.png: a pixel differs when a channel is off by more than
 * 48 of 255 (antialiasing, rounding), and at most 0.5 % of the pixels may differ. On failure
 * the actual image and a diff (differing pixels red) are written to the build folder. With
 * KB_UPDATE_GOLDEN=1 the golden image is (re)written instead. */
static inline void
kb_render_test_compare_golden (cairo_surface_t *actual,
                               const char      *name)
{
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *golden_path = g_build_filename (KB_TEST_GOLDEN_DIR, file, NULL);
  g_autofree char *actual_path = g_build_filename (KB_TEST_OUTPUT_DIR, file, NULL);
  g_autofree char *diff_file = g_strconcat (name, "-diff.png", NULL);
  g_autofree char *diff_path = g_build_filename (KB_TEST_OUTPUT_DIR, diff_file, NULL);
  cairo_surface_t *golden, *diff;
  int w = cairo_image_surface_get_width (actual), h = cairo_image_surface_get_height (actual);
  guint differing = 0;

  cairo_surface_flush (actual);
  if (g_getenv ("KB_UPDATE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", golden_path);
      return;
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  if (cairo_surface_status (golden) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_write_to_png (actual, actual_path);
      cairo_surface_destroy (golden);
      g_test_message ("no golden image %s (KB_UPDATE_GOLDEN=1 writes it); actual image in %s",
                      golden_path, actual_path);
      g_test_fail ();
      return;
    }
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, h);

  diff = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 a = kb_render_test_pixel (actual, x, y);
        guint32 g = kb_render_test_pixel (golden, x, y);
        guint32 *out = (guint32 *) (cairo_image_surface_get_data (diff) +
                                    y * cairo_image_surface_get_stride (diff) + x * 4);

        if (kb_render_test_channel_diff (a, g) > 48)
          {
            differing++;
            *out = 0xffff0000;
          }
        else
          *out = 0xff000000 | (((a & 0x00fefefe) >> 1) + 0x00404040);   /* the image, faded */
      }
  cairo_surface_mark_dirty (diff);
  if (differing > (guint) (w * h) / 200)
    {
      cairo_surface_write_to_png (actual, actual_path);
      cairo_surface_write_to_png (diff, diff_path);
      g_test_message ("%s: %u of %d pixels differ; actual %s, diff %s", name, differing, w * h,
                      actual_path, diff_path);
      g_test_fail ();
    }
  cairo_surface_destroy (diff);
  cairo_surface_destroy (golden);
}
