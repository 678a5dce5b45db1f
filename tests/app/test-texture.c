/* Showing what render drew (kb-texture.c): under GSK's cairo renderer a picture is painted from
 * its surface (a cairo node; a texture node would have its pixels converted at every frame), the
 * same pixels as the texture; other renderers and foreign textures get a texture node. */
#include <gtk/gtk.h>

#include "kb-texture.h"

/* A picture with a pixel of its own in each corner, so a shift or a scale shows. */
static cairo_surface_t *
picture_new (int width,
             int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.9, 0.6, 0.2);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, 0.1, 0.2, 0.7, 0.5);
  cairo_rectangle (cr, 0, 0, 1, 1);
  cairo_rectangle (cr, width - 1, height - 1, 1, 1);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, width - 1, 0, 1, 1);
  cairo_fill (cr);
  cairo_destroy (cr);
  return surface;
}

static GskRenderNode *
appended (GtkWidget             *widget,
          GdkTexture            *texture,
          const graphene_rect_t *bounds)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  kb_texture_append (snapshot, widget, texture, bounds);
  return gtk_snapshot_free_to_node (snapshot);
}

/* The node drawn onto a transparent image of @width × @height. */
static cairo_surface_t *
drawn (GskRenderNode *node,
       int            width,
       int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));
  for (int y = 0; y < height; y++)
    g_assert_cmpmem (cairo_image_surface_get_data (a) + y * stride,
                     cairo_image_surface_get_width (a) * 4,
                     cairo_image_surface_get_data (b) + y * stride,
                     cairo_image_surface_get_width (b) * 4);
}

static GtkWidget *
cairo_window_new (void)
{
  GtkWidget *window = gtk_window_new ();

  gtk_widget_realize (window);
  g_assert_true (GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window))));
  return window;
}

/* At its own size and scaled up to twice, the cairo node shows what the texture node shows. */
static void
test_cairo_renderer (void)
{
  GtkWidget *window = cairo_window_new ();
  cairo_surface_t *surface = picture_new (31, 17);
  g_autoptr(GdkTexture) texture = kb_texture_new_for_surface (surface);
  const graphene_rect_t places[] = { GRAPHENE_RECT_INIT (3, 5, 31, 17),
                                     GRAPHENE_RECT_INIT (1, 2, 62, 34) };

  cairo_surface_destroy (surface);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr(GskRenderNode) node = appended (window, texture, &places[i]);
      g_autoptr(GskRenderNode) reference = gsk_texture_node_new (texture, &places[i]);
      cairo_surface_t *got, *expected;

      g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_CAIRO_NODE);
      got = drawn (node, 70, 40);
      expected = drawn (reference, 70, 40);
      assert_same_pixels (got, expected);
      cairo_surface_destroy (got);
      cairo_surface_destroy (expected);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A widget outside any window (no renderer known) and a texture made elsewhere (no surface):
 * a texture node, as GTK would make. */
static void
test_texture_node (void)
{
  GtkWidget *window = cairo_window_new ();
  GtkWidget *loose = g_object_ref_sink (gtk_label_new (NULL));
  cairo_surface_t *surface = picture_new (8, 8);
  g_autoptr(GdkTexture) ours = kb_texture_new_for_surface (surface);
  g_autoptr(GBytes) bytes = g_bytes_new (cairo_image_surface_get_data (surface), 8 * 8 * 4);
  g_autoptr(GdkTexture) foreign = gdk_memory_texture_new (8, 8, GDK_MEMORY_DEFAULT, bytes,
                                                          8 * 4);
  g_autoptr(GskRenderNode) from_loose = appended (loose, ours, &GRAPHENE_RECT_INIT (0, 0, 8, 8));
  g_autoptr(GskRenderNode) from_foreign = appended (window, foreign,
                                                    &GRAPHENE_RECT_INIT (0, 0, 8, 8));

  g_assert_cmpint (gsk_render_node_get_node_type (from_loose), ==, GSK_TEXTURE_NODE);
  g_assert_cmpint (gsk_render_node_get_node_type (from_foreign), ==, GSK_TEXTURE_NODE);
  g_assert_true (gsk_texture_node_get_texture (from_foreign) == foreign);
  cairo_surface_destroy (surface);
  g_object_unref (loose);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/texture/cairo-renderer", test_cairo_renderer);
  g_test_add_func ("/texture/texture-node", test_texture_node);
  return g_test_run ();
}
