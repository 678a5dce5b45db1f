/* Parsing an SVG costs far more than painting a bitmap, and a card is drawn again for every size
 * and theme; so each file is parsed once and each (file, pixel size, tinted or not) rasterised
 * once. A file that fails is remembered with its error and reported once: a broken image must
 * not cost a parse attempt and a log line on every frame.
 *
 * Vector targets (PDF, SVG, recording surfaces) get the SVG drawn directly, so print stays sharp.
 * Used from the main thread only, like the rest of the renderer; but the first use of a file
 * draws it once in a worker thread and waits at most a budget (kb-art-limits.h): a file too large,
 * too slow or not drawable at all becomes a remembered failure, shown as the placeholder. */
#define G_LOG_DOMAIN "kletsborden-svg-cache"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <librsvg/rsvg.h>

#include "kb-art-draw.h"
#include "kb-art-limits.h"
#include "kb-svg-cache.h"
#include "kb-svg-probe.h"

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
  guint       budget_ms;
  gboolean    async;
  GHashTable *pending;   /* path → KbSvgProbe still drawing, in async mode */
  GHashTable *settled_early; /* paths taken in before their probe_settle ran: it tells */
  guint n_waiting_draws; /* placeholders drawn for art still being tried */
};

static guint ready_signal;

G_DEFINE_FINAL_TYPE (KbSvgCache, kb_svg_cache, G_TYPE_OBJECT)

static void
kb_svg_cache_finalize (GObject *object)
{
  KbSvgCache *self = KB_SVG_CACHE (object);

  g_hash_table_unref (self->handles);
  g_hash_table_unref (self->failures);
  g_hash_table_unref (self->rasters);
  g_hash_table_unref (self->resolved);
  g_hash_table_unref (self->pending);
  g_hash_table_unref (self->settled_early);
  G_OBJECT_CLASS (kb_svg_cache_parent_class)->finalize (object);
}

static void
kb_svg_cache_class_init (KbSvgCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_svg_cache_finalize;

  /**
   * KbSvgCache::ready:
   * @path: the art file whose trial drawing settled
   *
   * In async mode: @path can now be drawn, or is known to give the placeholder; draw again.
   */
  ready_signal = g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                               NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
kb_svg_cache_init (KbSvgCache *self)
{
  self->handles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->failures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rasters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) cairo_surface_destroy);
  self->resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->budget_ms = KB_ART_RENDER_BUDGET_MS;
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) kb_svg_probe_unref);
  self->settled_early = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

/* Parses and draws @path once, waiting at most the cache's budget. */
static RsvgHandle *
probe (KbSvgCache  *self,
       const char  *path,
       char       **message)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) self->budget_ms * G_TIME_SPAN_MILLISECOND;
  KbSvgProbe *probe = kb_svg_probe_start (path, NULL, NULL, message);
  RsvgHandle *handle;

  if (probe == NULL)
    return NULL;
  kb_svg_probe_wait (probe, deadline);
  handle = kb_svg_probe_result (probe, self->budget_ms, message);
  kb_svg_probe_unref (probe);
  return handle;
}

/* Takes what the trial of @path gave into the cache. */
static void
settle (KbSvgCache *self,
        KbSvgProbe *probe)
{
  g_autofree char *message = NULL;
  g_autofree char *path = g_strdup (kb_svg_probe_get_path (probe));
  RsvgHandle *handle = kb_svg_probe_result (probe, self->budget_ms, &message);

  if (handle != NULL)
    g_hash_table_insert (self->handles, g_strdup (path), handle);
  else
    remember_failure (self, path, message);
  g_hash_table_remove (self->pending, path);
}

/* In the main loop, when the trial is done or its budget is over, whichever comes first. */
static gboolean
probe_settle (gpointer data)
{
  KbSvgProbe *probe = data;
  KbSvgCache *self = KB_SVG_CACHE (kb_svg_probe_get_owner (probe));
  const char *path = kb_svg_probe_get_path (probe);

  if (g_hash_table_lookup (self->pending, path) == probe)
    settle (self, probe);
  else if (!g_hash_table_remove (self->settled_early, path))
    return G_SOURCE_REMOVE;   /* settled and told already */
  g_signal_emit (self, ready_signal, 0, path);
  return G_SOURCE_REMOVE;
}

/* Async mode: tries @path in a worker, unless it is being tried already. */
static void
start_trial (KbSvgCache *self,
             const char *path)
{
  g_autofree char *message = NULL;
  KbSvgProbe *started;

  if (g_hash_table_contains (self->pending, path))
    return;
  started = kb_svg_probe_start (path, G_OBJECT (self), probe_settle, &message);
  if (started == NULL)
    {
      remember_failure (self, path, message);
      return;
    }
  g_hash_table_insert (self->pending, g_strdup (path), started);
  g_timeout_add_full (G_PRIORITY_DEFAULT, self->budget_ms, probe_settle,
                      kb_svg_probe_ref (started), (GDestroyNotify) kb_svg_probe_unref);
}

/* The trials done by @deadline go into the cache now, not at the main loop's next idle; their
 * "ready" still comes from the main loop, for what drew placeholders meanwhile. */
static void
settle_done (KbSvgCache *self,
             gint64      deadline)
{
  g_autoptr(GPtrArray) probes = g_ptr_array_new_with_free_func (
    (GDestroyNotify) kb_svg_probe_unref);
  GHashTableIter iter;
  gpointer probe;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &probe))
    g_ptr_array_add (probes, kb_svg_probe_ref (probe));
  for (guint i = 0; i < probes->len; i++)
    if (kb_svg_probe_wait (probes->pdata[i], deadline))
      {
        g_hash_table_add (self->settled_early,
                          g_strdup (kb_svg_probe_get_path (probes->pdata[i])));
        settle (self, probes->pdata[i]);
      }
}

/**
 * kb_svg_cache_wait_pending:
 * @max_ms: how long to wait at most
 *
 * In async mode, waits for the files being tried (the prefetched art of a first picture), so
 * that the next drawing has them instead of placeholders; what is still not done after @max_ms
 * stays a placeholder until #KbSvgCache::ready.
 */
void
kb_svg_cache_wait_pending (KbSvgCache *self,
                           guint       max_ms)
{
  g_return_if_fail (KB_IS_SVG_CACHE (self));

  settle_done (self, g_get_monotonic_time () + (gint64) max_ms * G_TIME_SPAN_MILLISECOND);
}

static RsvgHandle *
lookup_handle (KbSvgCache *self,
               const char *path)
{
  RsvgHandle *handle;
  g_autofree char *message = NULL;

  if (g_hash_table_contains (self->failures, path))
    return NULL;
  handle = g_hash_table_lookup (self->handles, path);
  if (handle != NULL)
    return handle;

  if (self->async && g_hash_table_contains (self->pending, path))
    {
      /* Done in the worker but not yet taken in by the main loop: no placeholder for it. */
      settle_done (self, 0);
      handle = g_hash_table_lookup (self->handles, path);
      if (handle != NULL || g_hash_table_contains (self->failures, path))
        return handle;
    }
  if (self->async)
    {
      /* The placeholder until the trial settles; "ready" says when to draw again. */
      self->n_waiting_draws++;
      start_trial (self, path);
      return NULL;
    }
  handle = probe (self, path, &message);
  if (handle == NULL)
    {
      remember_failure (self, path, message);
      return NULL;
    }
  g_hash_table_insert (self->handles, g_strdup (path), handle);
  return handle;
}

/**
 * kb_svg_cache_check:
 *
 * Makes sure @path can be drawn: read (at most %KB_ART_MAX_FILE_SIZE), parsed and drawn once
 * within the time budget. The result is remembered like any drawing's.
 *
 * Returns: %FALSE with the reason in @error (%G_IO_ERROR_FAILED) when it cannot be drawn
 */
gboolean
kb_svg_cache_check (KbSvgCache  *self,
                    const char  *path,
                    GError     **error)
{
  const char *message;

  g_return_val_if_fail (KB_IS_SVG_CACHE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (lookup_handle (self, path) != NULL)
    return TRUE;
  message = g_hash_table_lookup (self->failures, path);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, message != NULL ? message : "");
  return FALSE;
}

/**
 * kb_svg_cache_prefetch:
 *
 * In async mode, starts trying @path in a worker now, before anything draws it: art known to be
 * drawn soon (the deck's back and symbols while the window is still being shown) is then ready
 * for the first frame, instead of a placeholder and a second drawing. Does nothing otherwise.
 */
void
kb_svg_cache_prefetch (KbSvgCache *self,
                       const char *path)
{
  g_return_if_fail (KB_IS_SVG_CACHE (self));
  g_return_if_fail (path != NULL);

  if (self->async && !g_hash_table_contains (self->failures, path) &&
      !g_hash_table_contains (self->handles, path))
    start_trial (self, path);
}

/**
 * kb_svg_cache_set_async:
 *
 * For a window: the first use of a file draws the placeholder at once and tries the file in a
 * worker thread; #KbSvgCache::ready is emitted in the main loop when it settled. Exports and
 * --validate keep the default, which waits (at most the budget) and draws the art itself.
 */
void
kb_svg_cache_set_async (KbSvgCache *self,
                        gboolean    async)
{
  g_return_if_fail (KB_IS_SVG_CACHE (self));

  self->async = async;
}

/**
 * kb_svg_cache_get_n_waiting_draws:
 *
 * Returns: how many draws so far got the placeholder because their art was still being tried
 *   (async mode): a view compares it before and after drawing to know whether what it drew
 *   needs drawing again on #KbSvgCache::ready
 */
guint
kb_svg_cache_get_n_waiting_draws (KbSvgCache *self)
{
  g_return_val_if_fail (KB_IS_SVG_CACHE (self), 0);
  return self->n_waiting_draws;
}

/**
 * kb_svg_cache_get_failure:
 * @path: a path as given to kb_svg_cache_draw()
 *
 * Asks without reading or drawing anything: the editor shows what a drawing or a trial found.
 *
 * Returns: (nullable): why @path cannot be drawn; %NULL while that is not known, or it can
 */
const char *
kb_svg_cache_get_failure (KbSvgCache *self,
                          const char *path)
{
  g_return_val_if_fail (KB_IS_SVG_CACHE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  return g_hash_table_lookup (self->failures, path);
}

/* Returns: how many files are being tried now (async mode) */
guint
kb_svg_cache_get_n_pending (KbSvgCache *self)
{
  g_return_val_if_fail (KB_IS_SVG_CACHE (self), 0);
  return g_hash_table_size (self->pending);
}

/* Returns: whether nothing is being tried and every "ready" has been told: a trial taken in
 * early by a draw (kb_svg_cache_wait_pending) is no longer pending, but its "ready" is still
 * to come from the main loop, and what drew placeholders draws again then. */
gboolean
kb_svg_cache_is_settled (KbSvgCache *self)
{
  g_return_val_if_fail (KB_IS_SVG_CACHE (self), TRUE);
  return g_hash_table_size (self->pending) == 0 && g_hash_table_size (self->settled_early) == 0;
}

/**
 * kb_svg_cache_set_budget:
 * @budget_ms: how long the one trial drawing of a file may take; %KB_ART_RENDER_BUDGET_MS unless
 *   set
 */
void
kb_svg_cache_set_budget (KbSvgCache *self,
                         guint       budget_ms)
{
  g_return_if_fail (KB_IS_SVG_CACHE (self));

  self->budget_ms = budget_ms;
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
      kb_art_draw_placeholder (cr, x, y, width, height, tint);
      return FALSE;
    }

  cairo_save (cr);
  if (is_vector (cr))
    {
      gboolean ok = draw_vector (self, handle, path, cr, x, y, width, height, tint);
      if (!ok)
        kb_art_draw_placeholder (cr, x, y, width, height, tint);
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
      kb_art_draw_placeholder (cr, x, y, width, height, tint);
      cairo_restore (cr);
      return FALSE;
    }

  kb_art_place_raster (cr, x, y, width / pixel_width, height / pixel_height);
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
