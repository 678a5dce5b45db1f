/* The trial drawing of an art file, in a worker: read (at most KB_ART_MAX_FILE_SIZE), parsed and
 * drawn once at KB_ART_PROBE_SIDE (the program's own symbols only parsed); its handle, or why
 * there is none. */
#define G_LOG_DOMAIN "kletsborden-svg-cache"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-art-limits.h"
#include "kb-assets.h"
#include "kb-guarded-read.h"
#include "kb-svg-probe.h"

struct _KbSvgProbe
{
  GMutex      lock;
  GCond       cond;
  gboolean    done;
  char       *path;
  RsvgHandle *handle;   /* on success */
  char       *error;    /* on failure */
  GObject    *owner;    /* when it settles by itself, in the main loop */
  GSourceFunc settle;
};

static void
probe_clear (KbSvgProbe *probe)
{
  g_mutex_clear (&probe->lock);
  g_cond_clear (&probe->cond);
  g_free (probe->path);
  g_clear_object (&probe->handle);
  g_free (probe->error);
  g_clear_object (&probe->owner);
}

KbSvgProbe *
kb_svg_probe_ref (KbSvgProbe *probe)
{
  return g_atomic_rc_box_acquire (probe);
}

void
kb_svg_probe_unref (KbSvgProbe *probe)
{
  g_atomic_rc_box_release_full (probe, (GDestroyNotify) probe_clear);
}

static RsvgHandle *
probe_load (const char  *path,
            char       **message)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = kb_guarded_read_file (file, KB_ART_MAX_FILE_SIZE, &error);
  g_autoptr(GInputStream) stream = NULL;
  RsvgHandle *handle;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport = { 0, 0, KB_ART_PROBE_SIDE, KB_ART_PROBE_SIDE };
  double width = 0, height = 0;
  gboolean ok;

  if (bytes == NULL)
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  stream = g_memory_input_stream_new_from_bytes (bytes);
  /* The file stays the base, so that references beside it still resolve. */
  handle = rsvg_handle_new_from_stream_sync (stream, file, RSVG_HANDLE_FLAGS_NONE, NULL, &error);
  if (handle == NULL)
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  if (rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height) &&
      (width > KB_ART_MAX_INTRINSIC_SIDE || height > KB_ART_MAX_INTRINSIC_SIDE))
    {
      *message = g_strdup_printf (_("its size (%.0f × %.0f pixels) is far beyond any screen"),
                                  width, height);
      g_object_unref (handle);
      return NULL;
    }
  /* The program's own symbols are a few hundred bytes each, and the suite draws every one
   * (/render/svg-cache/symbols-exist). Their trial drawings took 3–6 ms each of the other core
   * at every start, five at once beside the first frame, each faulting in a 1 MB surface. */
  if (kb_assets_is_symbol_path (path))
    return handle;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, KB_ART_PROBE_SIDE,
                                        KB_ART_PROBE_SIDE);
  cr = cairo_create (surface);
  ok = rsvg_handle_render_document (handle, cr, &viewport, &error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!ok)
    {
      *message = g_strdup (error->message);
      g_object_unref (handle);
      return NULL;
    }
  return handle;
}

static gpointer
probe_thread (gpointer data)
{
  KbSvgProbe *probe = data;
  char *message = NULL;
  RsvgHandle *handle = probe_load (probe->path, &message);

  g_mutex_lock (&probe->lock);
  probe->handle = handle;
  probe->error = message;
  probe->done = TRUE;
  g_cond_signal (&probe->cond);
  g_mutex_unlock (&probe->lock);
  if (probe->owner != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, probe->settle, kb_svg_probe_ref (probe),
                     (GDestroyNotify) kb_svg_probe_unref);
  kb_svg_probe_unref (probe);
  return NULL;
}

/**
 * kb_svg_probe_start:
 * @owner: (nullable): when given, @settle runs in the main loop with the probe once it is done
 *
 * Returns: (nullable): the trial drawing of @path, started in its own thread; %NULL with the
 *   reason in @message when no thread could start
 */
KbSvgProbe *
kb_svg_probe_start (const char   *path,
                    GObject      *owner,
                    GSourceFunc   settle,
                    char        **message)
{
  KbSvgProbe *probe = g_atomic_rc_box_new0 (KbSvgProbe);
  g_autoptr(GError) error = NULL;
  GThread *thread;

  g_mutex_init (&probe->lock);
  g_cond_init (&probe->cond);
  probe->path = g_strdup (path);
  probe->owner = owner != NULL ? g_object_ref (owner) : NULL;
  probe->settle = settle;
  thread = g_thread_try_new ("kb-svg-probe", probe_thread, kb_svg_probe_ref (probe), &error);
  if (thread == NULL)
    {
      kb_svg_probe_unref (probe);
      kb_svg_probe_unref (probe);
      *message = g_strdup (error->message);
      return NULL;
    }
  g_thread_unref (thread);
  return probe;
}

const char *
kb_svg_probe_get_path (KbSvgProbe *probe)
{
  return probe->path;
}

GObject *
kb_svg_probe_get_owner (KbSvgProbe *probe)
{
  return probe->owner;
}

/* Returns: whether the trial is done, waiting for it until @deadline (monotonic time) */
gboolean
kb_svg_probe_wait (KbSvgProbe *probe,
                   gint64      deadline)
{
  gboolean done;

  g_mutex_lock (&probe->lock);
  while (!probe->done)
    if (!g_cond_wait_until (&probe->cond, &probe->lock, deadline))
      break;
  done = probe->done;
  g_mutex_unlock (&probe->lock);
  return done;
}

/* Returns: (transfer full) (nullable): what the trial gave so far: its handle, or why there is
 *   none in @message (not done: slower than @budget_ms) */
RsvgHandle *
kb_svg_probe_result (KbSvgProbe  *probe,
                     guint        budget_ms,
                     char       **message)
{
  RsvgHandle *handle = NULL;

  g_mutex_lock (&probe->lock);
  if (probe->done)
    {
      handle = g_steal_pointer (&probe->handle);
      *message = g_steal_pointer (&probe->error);
      /* librsvg's messages may hold newlines; a report is one line. */
      if (*message != NULL)
        g_strdelimit (g_strstrip (*message), "\r\n", ' ');
    }
  else
    *message = g_strdup_printf (_("drawing it takes longer than %.1f s; it is too large or too "
                                  "complex, with filters such as feTurbulence or many <use> "
                                  "copies"), budget_ms / 1000.0);
  g_mutex_unlock (&probe->lock);
  return handle;
}
