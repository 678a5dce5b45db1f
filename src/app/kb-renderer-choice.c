/* Which GSK renderer draws the windows. GTK 4.8 picks its GL renderer whenever GL works, also
 * when that GL is Mesa drawing on the CPU (llvmpipe, softpipe): on a laptop without a usable
 * GPU driver that costs seconds at start (Mesa compiling shaders) and gives 4–8 frames a
 * second, where the cairo renderer starts in a fraction of it and animates smoothly. So before
 * the first window we ask GDK's own GL context which renderer it got, and take cairo when it is
 * a software one. GSK_RENDERER set by the user always wins; GDK_DEBUG=gl-disable needs no
 * question (GTK then draws with cairo anyway). */
#define G_LOG_DOMAIN "kletsborden-renderer"

#include "config.h"

#include <epoxy/gl.h>
#include <gtk/gtk.h>
#include <string.h>

#include "kb-renderer-choice.h"

/* Whether @gl_renderer (GL_RENDERER of a context) names a rasteriser that runs on the CPU. */
gboolean
kb_renderer_is_software (const char *gl_renderer)
{
  static const char *const software[] = { "llvmpipe", "softpipe", "swrast", "software rasterizer",
                                          "lavapipe" };
  g_autofree char *lower = NULL;

  if (gl_renderer == NULL)
    return FALSE;
  lower = g_ascii_strdown (gl_renderer, -1);
  for (guint i = 0; i < G_N_ELEMENTS (software); i++)
    if (strstr (lower, software[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Call once the display is open and before any window is realized: GTK reads GSK_RENDERER
 * when it makes its first renderer. */
void
kb_renderer_choose (void)
{
  const char *debug = g_getenv ("GDK_DEBUG");
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *renderer;

  if (g_getenv ("GSK_RENDERER") != NULL || display == NULL ||
      (debug != NULL && strstr (debug, "gl-disable") != NULL))
    return;
  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      /* No GL at all: GTK falls back to cairo by itself. */
      g_debug ("no GL context: %s", error->message);
      return;
    }
  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  if (kb_renderer_is_software (renderer))
    {
      g_debug ("GL renders on the CPU (%s): the cairo renderer draws instead", renderer);
      g_setenv ("GSK_RENDERER", "cairo", TRUE);
    }
  else
    g_debug ("GL renderer %s: GTK's GL renderer draws", renderer ? renderer : "(unknown)");
  gdk_gl_context_clear_current ();
}
