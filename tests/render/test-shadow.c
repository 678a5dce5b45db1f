/* A card's shadow is scaled up from a blur at a quarter of the resolution by hand (issue 15:
 * through cairo it took 7 ms of every start's first frame): it must be what cairo's GOOD filter
 * draws, at whole and fractional places alike. */
#include "kb-render-test.h"
#include "kb-shadow.h"

#define SMALL_W 41
#define SMALL_H 57

/* A mask with hard edges and gradients: a disc, a ramp, a lone pixel at the border. */
static cairo_surface_t *
small_mask (void)
{
  cairo_surface_t *small = cairo_image_surface_create (CAIRO_FORMAT_A8, SMALL_W, SMALL_H);
  cairo_t *cr = cairo_create (small);
  cairo_pattern_t *ramp = cairo_pattern_create_linear (0, 0, SMALL_W, 0);

  cairo_pattern_add_color_stop_rgba (ramp, 0, 0, 0, 0, 0.1);
  cairo_pattern_add_color_stop_rgba (ramp, 1, 0, 0, 0, 0.9);
  cairo_set_source (cr, ramp);
  cairo_rectangle (cr, 0, SMALL_H / 2, SMALL_W, SMALL_H / 2);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 1);
  cairo_arc (cr, SMALL_W / 2.0, SMALL_H / 4.0, SMALL_W / 3.0, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_rectangle (cr, 0, 0, 1, 1);
  cairo_fill (cr);
  cairo_pattern_destroy (ramp);
  cairo_destroy (cr);
  cairo_surface_flush (small);
  return small;
}

/* The largest difference, in 1/255, between @small scaled up to (@x, @y) by hand and by cairo:
 * a hard edge, where the two weighings differ most, shows it; a shadow has none. */
static int
largest_difference (cairo_surface_t *small,
                    double           x,
                    double           y)
{
  int size_w = SMALL_W * KB_SHADOW_DOWNSCALE + 16, size_h = SMALL_H * KB_SHADOW_DOWNSCALE + 16;

  /* Both drawn 4 pixels in, so what fades out beyond the top left edges is compared too. */
  x += 4;
  y += 4;
  cairo_surface_t *by_cairo = cairo_image_surface_create (CAIRO_FORMAT_A8, size_w, size_h);
  cairo_surface_t *by_hand = cairo_image_surface_create (CAIRO_FORMAT_A8, size_w, size_h);
  cairo_surface_t *big;
  cairo_pattern_t *pattern;
  cairo_t *cr;
  int big_x, big_y, largest = 0;

  cr = cairo_create (by_cairo);
  cairo_translate (cr, x, y);
  cairo_scale (cr, KB_SHADOW_DOWNSCALE, KB_SHADOW_DOWNSCALE);
  pattern = cairo_pattern_create_for_surface (small);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_GOOD);
  cairo_mask (cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_destroy (cr);

  big = kb_shadow_scale_up (small, x, y, &big_x, &big_y);
  g_assert_cmpint (big_x, <=, (int) floor (x));
  g_assert_cmpint (big_y, <=, (int) floor (y));
  cr = cairo_create (by_hand);
  cairo_mask_surface (cr, big, big_x, big_y);
  cairo_destroy (cr);
  cairo_surface_destroy (big);

  cairo_surface_flush (by_cairo);
  cairo_surface_flush (by_hand);
  for (int j = 0; j < size_h; j++)
    for (int i = 0; i < size_w; i++)
      {
        gsize at = (gsize) j * cairo_image_surface_get_stride (by_cairo) + i;
        int a = cairo_image_surface_get_data (by_cairo)[at];
        int b = cairo_image_surface_get_data (by_hand)[at];

        largest = MAX (largest, ABS (a - b));
      }
  cairo_surface_destroy (by_cairo);
  cairo_surface_destroy (by_hand);
  return largest;
}

static void
test_scale_up_as_cairo (void)
{
  static const double places[][2] = { { 0, 0 }, { 5, 3 }, { 2.5, 7.25 }, { 3.8, 0.6 } };
  cairo_surface_t *small = small_mask ();

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      int largest = largest_difference (small, places[i][0], places[i][1]);

      g_test_message ("at %.2f, %.2f: %d/255 at most", places[i][0], places[i][1], largest);
      g_assert_cmpint (largest, <=, 4);   /* pixman weighs in 1/128ths, this in 1/256ths */
    }
  cairo_surface_destroy (small);
}

int
main (int   argc,
      char *argv[])
{
  kb_render_test_init (&argc, &argv);
  g_test_add_func ("/render/shadow/scale-up-as-cairo", test_scale_up_as_cairo);
  return g_test_run ();
}
