/* Parsing an SVG costs far more than painting a bitmap, and a card is drawn again for every size
 * and theme; so each file is parsed once and each (file, pixel size, tinted or not) rasterised
 * once. A file that fails is remembered with its error and reported once: a broken image must
 * not cost a parse attempt and a log line on every frame.
 *
 * Vector targets (PDF, SVG, recording surfaces) get the SVG drawn directly, so print stays sharp.
 * Used from the main thread only, like the rest of the renderer. */
#define G_LOG_DOMAIN "kletsborden-svg-cache"

#include <math.h>
#include <librsvg/rsvg.h>

#include "kb-svg-cache.h"

/* Beyond this many bitmaps the cache starts afresh: sizes change rarely (a window resize, a new
 * screen), and clearing everything is simpler than bookkeeping an LRU for it. */
#define MAX_RASTERS 512
#define MAX_RASTER_SIDE 8192

struct _KbSvgCache
{
  GObject     parent_instance;
  GHashTable *handles;   /* path → RsvgHandle */
  GHashTable *failures;  /* path → error message */
  GHashTable *rasters;   /* "path\nWxH\ntint" → cairo_surface_t */
  GHashTable *resolved;  /* "deck file\nrelative path" → path to draw */
};

G_DEFINE_FINAL_TYPE (KbSvgCache, kb_svg_cache, G_TYPE_OBJECT)

static void
kb_svg_cache_finalize (GObject *object)
{
  KbSvgCache *self = KB_SVG_CACHE (object);

  g_hash_table_unref (self->handles);
  g_hash_table_unref (self->failures);
  g_hash_table_unref (self->rasters);
  g_hash_table_unref (self->resolved);
  G_OBJECT_CLASS (kb_svg_cache_parent_class)->finalize (object);
}

static void
kb_svg_cache_class_init (KbSvgCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_svg_cache_finalize;
}

static void
kb_svg_cache_init (KbSvgCache *self)
{
  self->handles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->failures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rasters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) cairo_surface_destroy);
  self->resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

KbSvgCache *
kb_svg_cache_new (void)
{
  return g_object_new (KB_TYPE_SVG_CACHE, NULL);
}

/**
 * kb_svg_cache_get_default:
 *
 * Returns: (transfer none): the cache the renderers share when not given one.
 */
KbSvgCache *
kb_svg_cache_get_default (void)
{
  static KbSvgCache *cache = NULL;

  if (cache == NULL)
    cache = kb_svg_cache_new ();
  return cache;
}

static void
remember_failure (KbSvgCache *self,
                  const char *path,
                  const char *message)
{
  g_message ("Cannot draw image %s: %s (a placeholder is shown instead)", path, message);
  g_hash_table_insert (self->failures, g_strdup (path), g_strdup (message));
}

static RsvgHandle *
lookup_handle (KbSvgCache *self,
               const char *path)
{
  RsvgHandle *handle;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (g_hash_table_contains (self->failures, path))
    return NULL;
  handle = g_hash_table_lookup (self->handles, path);
  if (handle != NULL)
    return handle;

  file = g_file_new_for_path (path);
  handle = rsvg_handle_new_from_gfile_sync (file, RSVG_HANDLE_FLAGS_NONE, NULL, &error);
  if (handle == NULL)
    {
      remember_failure (self, path, error->message);
      return NULL;
    }
  g_hash_table_insert (self->handles, g_strdup (path), handle);
  return handle;
}

static gboolean
render (KbSvgCache *self,
        RsvgHandle *handle,
        const char *path,
        cairo_t    *cr,
        double      x,
        double      y,
        double      width,
        double      height)
{
  RsvgRectangle viewport = { x, y, width, height };
  g_autoptr(GError) error = NULL;

  if (!rsvg_handle_render_document (handle, cr, &viewport, &error))
    {
      remember_failure (self, path, error->message);
      g_hash_table_remove (self->handles, path);
      return FALSE;
    }
  return TRUE;
}

/* A neutral frame with a cross: visibly "no picture here", without alarming colours. */
static void
draw_placeholder (cairo_t       *cr,
                  double         x,
                  double         y,
                  double         width,
                  double         height,
                  const KbColor *tint)
{
  double side = MIN (width, height) * 0.8;
  double px = x + (width - side) / 2;
  double py = y + (height - side) / 2;

  cairo_save (cr);
  if (tint != NULL)
    cairo_set_source_rgba (cr, tint->red, tint->green, tint->blue, 0.6);
  else
    cairo_set_source_rgba (cr, 0.55, 0.53, 0.5, 0.6);
  cairo_set_line_width (cr, MAX (side * 0.06, 0.5));
  cairo_rectangle (cr, px, py, side, side);
  cairo_move_to (cr, px, py);
  cairo_line_to (cr, px + side, py + side);
  cairo_move_to (cr, px + side, py);
  cairo_line_to (cr, px, py + side);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
is_vector (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_group_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE;
}

static gboolean
draw_vector (KbSvgCache    *self,
             RsvgHandle    *handle,
             const char    *path,
             cairo_t       *cr,
             double         x,
             double         y,
             double         width,
             double         height,
             const KbColor *tint)
{
  cairo_pattern_t *pattern;
  gboolean ok;

  if (tint == NULL)
    return render (self, handle, path, cr, x, y, width, height);

  /* The symbol's own colour is ignored: its shape becomes a mask for the tint. */
  cairo_push_group (cr);
  ok = render (self, handle, path, cr, x, y, width, height);
  pattern = cairo_pop_group (cr);
  if (ok)
    {
      kb_cairo_set_color (cr, tint);
      cairo_mask (cr, pattern);
    }
  cairo_pattern_destroy (pattern);
  return ok;
}

static cairo_surface_t *
lookup_raster (KbSvgCache    *self,
               RsvgHandle    *handle,
               const char    *path,
               int            pixel_width,
               int            pixel_height,
               gboolean       tinted)
{
  g_autofree char *key = g_strdup_printf ("%s\n%dx%d\n%c", path, pixel_width, pixel_height,
                                          tinted ? 'm' : 'c');
  cairo_surface_t *surface = g_hash_table_lookup (self->rasters, key);
  cairo_t *cr;
  gboolean ok;

  if (surface != NULL)
    return surface;

  /* A tinted symbol only needs its coverage: an alpha-only bitmap is a quarter of the size. */
  surface = cairo_image_surface_create (tinted ? CAIRO_FORMAT_A8 : CAIRO_FORMAT_ARGB32,
                                        pixel_width, pixel_height);
  cr = cairo_create (surface);
  ok = render (self, handle, path, cr, 0, 0, pixel_width, pixel_height);
  cairo_destroy (cr);
  if (!ok)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  if (g_hash_table_size (self->rasters) >= MAX_RASTERS)
    g_hash_table_remove_all (self->rasters);
  g_hash_table_insert (self->rasters, g_steal_pointer (&key), surface);
  return surface;
}

/* Where no rotation or shear is in the way, the bitmap lands on whole device pixels at its own
 * size: pixman then copies it (or masks with it) on its fast path instead of filtering every
 * pixel, a quarter of a card's drawing time at 4K (issue 15). The shift is under half a pixel. */
static void
place_raster (cairo_t *cr,
              double   x,
              double   y,
              double   scale_x,
              double   scale_y)
{
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy == 0 && matrix.yx == 0 && matrix.xx > 0 && matrix.yy > 0)
    {
      cairo_user_to_device (cr, &x, &y);
      cairo_identity_matrix (cr);
      cairo_translate (cr, round (x), round (y));
      return;
    }
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale_x, scale_y);
}

/**
 * kb_svg_cache_draw:
 * @path: the SVG file
 * @tint: (nullable): draw the SVG's shape in this colour, ignoring its own colours
 *
 * Draws @path fitted into the box (keeping its aspect, centred), or a placeholder when it cannot
 * be read; that failure is reported once (g_message) and remembered.
 *
 * Returns: %FALSE when the placeholder was drawn.
 */
gboolean
kb_svg_cache_draw (KbSvgCache    *self,
                   cairo_t       *cr,
                   const char    *path,
                   double         x,
                   double         y,
                   double         width,
                   double         height,
                   const KbColor *tint)
{
  RsvgHandle *handle;
  cairo_surface_t *raster;
  double dx1 = width, dy1 = 0, dx2 = 0, dy2 = height;
  int pixel_width, pixel_height;

  g_return_val_if_fail (KB_IS_SVG_CACHE (self), FALSE);

  if (width <= 0 || height <= 0)
    return TRUE;
  handle = path != NULL ? lookup_handle (self, path) : NULL;
  if (handle == NULL)
    {
      draw_placeholder (cr, x, y, width, height, tint);
      return FALSE;
    }

  cairo_save (cr);
  if (is_vector (cr))
    {
      gboolean ok = draw_vector (self, handle, path, cr, x, y, width, height, tint);
      if (!ok)
        draw_placeholder (cr, x, y, width, height, tint);
      cairo_restore (cr);
      return ok;
    }

  /* The bitmap is made at the size it lands on the device, whatever the transformation. */
  cairo_user_to_device_distance (cr, &dx1, &dy1);
  cairo_user_to_device_distance (cr, &dx2, &dy2);
  pixel_width = CLAMP ((int) ceil (hypot (dx1, dy1) - 0.01), 1, MAX_RASTER_SIDE);
  pixel_height = CLAMP ((int) ceil (hypot (dx2, dy2) - 0.01), 1, MAX_RASTER_SIDE);
  raster = lookup_raster (self, handle, path, pixel_width, pixel_height, tint != NULL);
  if (raster == NULL)
    {
      draw_placeholder (cr, x, y, width, height, tint);
      cairo_restore (cr);
      return FALSE;
    }

  place_raster (cr, x, y, width / pixel_width, height / pixel_height);
  if (tint != NULL)
    {
      kb_cairo_set_color (cr, tint);
      cairo_mask_surface (cr, raster, 0, 0);
    }
  else
    {
      cairo_set_source_surface (cr, raster, 0, 0);
      cairo_paint (cr);
    }
  cairo_restore (cr);
  return TRUE;
}

/**
 * kb_svg_cache_resolve:
 * @relative_path: a card's image, a category's icon or the deck's back, as the deck names it
 *
 * Finds a deck's art file once (the deck refuses paths that leave its folder). A path that cannot
 * be resolved is remembered as a failure, so drawing it gives the placeholder without another
 * look at the disk and without another report.
 *
 * Returns: the path to give to kb_svg_cache_draw(), valid as long as the cache
 */
const char *
kb_svg_cache_resolve (KbSvgCache *self,
                      KbDeck     *deck,
                      const char *relative_path)
{
  GFile *deck_file = kb_deck_get_file (deck);
  g_autofree char *deck_path = deck_file != NULL ? g_file_get_path (deck_file) : NULL;
  g_autofree char *key = g_strdup_printf ("%s\n%s", deck_path != NULL ? deck_path : kb_deck_get_id (deck),
                                          relative_path);
  const char *path = g_hash_table_lookup (self->resolved, key);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  char *found;

  if (path != NULL)
    return path;
  file = kb_deck_resolve_art (deck, relative_path, &error);
  found = file != NULL ? g_file_get_path (file) : NULL;
  if (found == NULL)
    {
      /* The key itself stands for the failure: it names the deck and the path for the report. */
      found = g_strdup_printf ("%s: %s", deck_path != NULL ? deck_path : kb_deck_get_id (deck),
                               relative_path);
      if (!g_hash_table_contains (self->failures, found))
        remember_failure (self, found, error != NULL ? error->message : "not a local file");
    }
  g_hash_table_insert (self->resolved, g_steal_pointer (&key), found);
  return found;
}

void
kb_svg_cache_clear_rasters (KbSvgCache *self)
{
  g_return_if_fail (KB_IS_SVG_CACHE (self));

  g_hash_table_remove_all (self->rasters);
}

guint
kb_svg_cache_get_n_rasters (KbSvgCache *self)
{
  g_return_val_if_fail (KB_IS_SVG_CACHE (self), 0);

  return g_hash_table_size (self->rasters);
}

guint
kb_svg_cache_get_n_failures (KbSvgCache *self)
{
  g_return_val_if_fail (KB_IS_SVG_CACHE (self), 0);

  return g_hash_table_size (self->failures);
}
