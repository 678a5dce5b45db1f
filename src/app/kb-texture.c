/* One way from a cairo image surface to a GdkTexture, for cards, boards and pawns alike. */
#include "config.h"

#include "kb-texture.h"

/**
 * kb_texture_new_for_surface:
 * @surface: an image surface in %CAIRO_FORMAT_ARGB32
 *
 * The texture shares the surface's pixels (no copy) and keeps the surface alive.
 *
 * Returns: (transfer full): the texture
 */
GdkTexture *
kb_texture_new_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) height * stride,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  /* cairo's ARGB32 is premultiplied in native byte order: GDK_MEMORY_DEFAULT is the same. */
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}
