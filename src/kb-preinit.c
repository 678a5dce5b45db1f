/* Linked into the app and kb-bench, not into a library (an executable's .preinit_array runs
 * before the constructors of the libraries it loads): the only moment to choose GLib's allocator.
 * GLib 2.74's slice allocator keeps the blocks it hands out in per-thread magazines for good;
 * json-glib's nodes come from it, so the journal's worker, which parses the whole kept state at
 * every compaction, made a long session's memory grow with the session
 * (tests/README-reliability.md). GLib 2.76 and later allocate with malloc anyway. A G_SLICE in
 * the environment wins (GLib reads it after this). setenv() cannot carry it: libc sets up its
 * environment again after this runs. */
#include <string.h>
#include <glib.h>

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
choose_slice_allocator (int    argc,
                        char **argv,
                        char **envp)
{
  (void) argc;
  (void) argv;
  for (char **e = envp; e != NULL && *e != NULL; e++)
    if (strncmp (*e, "G_SLICE=", strlen ("G_SLICE=")) == 0)
      return;
  /* Only sets a flag of GLib's, which its first slice (in its constructor) reads. */
  if (glib_major_version == 2 && glib_minor_version < 76)
    g_slice_set_config (G_SLICE_CONFIG_ALWAYS_MALLOC, TRUE);
}

G_GNUC_END_IGNORE_DEPRECATIONS

__attribute__ ((section (".preinit_array"), used))
static void (*const kb_preinit[]) (int, char **, char **) = { choose_slice_allocator };
