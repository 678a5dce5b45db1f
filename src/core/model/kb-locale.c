/* Sets up the C locale and gettext once, for the program and for every test program. */
#define G_LOG_DOMAIN "kletsborden-locale"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "kb-locale.h"

void
kb_locale_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      const char *localedir = g_getenv ("KLETSBORDEN_LOCALEDIR");

      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      g_once_init_leave (&done, 1);
    }
}
