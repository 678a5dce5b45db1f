/* One way from a cairo image surface to a GdkTexture, for cards, boards and pawns alike, and one
 * way to show it: GTK 4.8's cairo renderer converts a texture node's pixels into a new image at
 * every frame (about 10 ms for a card at 1080p, 27 ms for a full-screen board, on this
 * machine's cores), so under that renderer the picture is painted from the surface it was drawn
 * on; GL renderers upload a texture once and keep it, so they get the texture. */
#include "config.h"

#include "kb-texture.h"

static GQuark
surface_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("kb-texture-surface");
  return quark;
}

/**
 * kb_texture_new_for_surface:
 * @surface: an image surface in %CAIRO_FORMAT_ARGB32, not drawn on after this call
 *
 * The texture shares the surface's pixels (no copy) and keeps the surface alive, for
 * kb_texture_append().
 *
 * Returns: (transfer full): the texture
 */
GdkTexture *
kb_texture_new_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  GdkTexture *texture;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) height * stride,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  /* cairo's ARGB32 is premultiplied in native byte order: GDK_MEMORY_DEFAULT is the same. */
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                    GDK_MEMORY_DEFAULT, bytes, stride);
  g_object_set_qdata_full (G_OBJECT (texture), surface_quark (), cairo_surface_reference (surface),
                           (GDestroyNotify) cairo_surface_destroy);
  return texture;
}

/* Whether @widget's window draws with GSK's cairo renderer. */
static gboolean
drawn_with_cairo (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  return renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

/**
 * kb_texture_append:
 * @snapshot: where @widget draws
 * @widget: the widget drawing, for its window's renderer
 * @texture: a texture, best one of kb_texture_new_for_surface()
 * @bounds: where @texture goes, as gtk_snapshot_append_texture() takes it
 *
 * Appends @texture as the renderer of @widget's window draws it fastest. Under the cairo
 * renderer that is a cairo node painting the texture's surface: cairo records a reference to the
 * surface, not a copy of its pixels (the surface is never drawn on again), and paints it 1:1 where
 * the size matches, as GSK's texture node does.
 */
void
kb_texture_append (GtkSnapshot           *snapshot,
                   GtkWidget             *widget,
                   GdkTexture            *texture,
                   const graphene_rect_t *bounds)
{
  cairo_surface_t *surface = g_object_get_qdata (G_OBJECT (texture), surface_quark ());
  cairo_pattern_t *pattern;
  cairo_t *cr;
  int width, height;

  if (surface == NULL || !drawn_with_cairo (widget))
    {
      gtk_snapshot_append_texture (snapshot, texture, bounds);
      return;
    }
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  cr = gtk_snapshot_append_cairo (snapshot, bounds);
  cairo_translate (cr, bounds->origin.x, bounds->origin.y);
  cairo_scale (cr, bounds->size.width / width, bounds->size.height / height);
  cairo_set_source_surface (cr, surface, 0, 0);
  pattern = cairo_get_source (cr);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_PAD);
  if (width == bounds->size.width && height == bounds->size.height)
    cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_destroy (cr);
}
