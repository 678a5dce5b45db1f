/* Kletsborden: conversation cards and a board game about loneliness, for the shared screen. */
#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kb-application.h"
#include "kb-cli.h"
#include "kb-frame-log.h"
#include "kb-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KbApplication) app = NULL;
  int status;

  kb_frame_log_mark ("main");
#ifdef __GLIBC__
  /* Images of cards and boards (megabytes each) come and go as cards are shown. glibc raises its
   * mmap threshold to the size of each large block freed, so these land in the heap, where
   * their pages stay with the process after they are freed; a fixed threshold keeps them in
   * mappings of their own, given back to the system when an image goes. */
  mallopt (M_MMAP_THRESHOLD, 256 * 1024);
#endif
  kb_locale_init ();
  g_set_application_name (_("Kletsborden"));

  /* The command line comes first: it needs no display, so GTK is not even started. */
  if (kb_cli_run (argc, argv, &status))
    return status;

  kb_application_preset_theme ();
  app = kb_application_new (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_add_main_option_entries (G_APPLICATION (app), kb_cli_get_help_entries ());
  return g_application_run (G_APPLICATION (app), argc, argv);
}
