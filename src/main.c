/* Kletsborden: conversation cards and a board game about loneliness, for the shared screen. */
#include "config.h"

#include <glib/gi18n.h>

#include "kb-application.h"
#include "kb-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KbApplication) app = NULL;

  kb_locale_init ();
  g_set_application_name (_("Kletsborden"));

  app = kb_application_new (G_APPLICATION_HANDLES_OPEN);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
