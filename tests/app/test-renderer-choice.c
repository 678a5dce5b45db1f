/* The renderer chosen at start (kb-renderer-choice.c): a GL that draws on the CPU gives way to
 * cairo, a real GPU keeps GTK's GL renderer, and the user's GSK_RENDERER always wins. */
#include <gtk/gtk.h>

#include "kb-renderer-choice.h"

static void
test_software_names (void)
{
  /* GL_RENDERER strings as Mesa and the drivers give them. */
  g_assert_true (kb_renderer_is_software ("llvmpipe (LLVM 15.0.6, 256 bits)"));
  g_assert_true (kb_renderer_is_software ("softpipe"));
  g_assert_true (kb_renderer_is_software ("Software Rasterizer"));
  g_assert_false (kb_renderer_is_software ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  g_assert_false (kb_renderer_is_software ("AMD Radeon Vega 8 Graphics (raven, LLVM 15.0.6, "
                                           "DRM 3.49, 6.1.0-13-amd64)"));
  g_assert_false (kb_renderer_is_software ("NVIDIA GeForce MX150/PCIe/SSE2"));
  g_assert_false (kb_renderer_is_software (NULL));
}

static void
test_user_wins (void)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  kb_renderer_choose ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
}

/* Under Xvfb GL is Mesa's llvmpipe (or there is no GL at all, and GTK falls back to cairo by
 * itself): the windows must draw with cairo. */
static void
test_virtual_display (void)
{
  g_autoptr(GdkGLContext) context = NULL;

  g_unsetenv ("GSK_RENDERER");
  kb_renderer_choose ();
  context = gdk_display_create_gl_context (gdk_display_get_default (), NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    {
      g_test_skip ("no GL on this display");
      return;
    }
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
}

int
main (int   argc,
      char *argv[])
{
  /* The suite's environment disables GL and picks cairo; GDK reads both at start. */
  g_unsetenv ("GDK_DEBUG");
  g_unsetenv ("GSK_RENDERER");
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/renderer-choice/software-names", test_software_names);
  g_test_add_func ("/renderer-choice/user-wins", test_user_wins);
  g_test_add_func ("/renderer-choice/virtual-display", test_virtual_display);
  return g_test_run ();
}
