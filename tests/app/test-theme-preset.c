/* The start skips GTK's own Default theme (kb_application_preset_theme): GTK starts on
 * libadwaita's empty base theme, and libadwaita still loads its stylesheet, which it does only
 * when GTK_THEME is not set. Its named colours are the sign it did. A GTK_THEME the user set is
 * left alone. */
#include "config.h"

#include "kb-application.h"
#include "kb-locale.h"

static gboolean
has_adwaita_colours (void)
{
  GtkWidget *label = gtk_label_new ("x");
  GdkRGBA colour;
  gboolean found;

  g_object_ref_sink (label);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (label),
                                          "accent_bg_color", &colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_unref (label);
  return found;
}

static void
test_preset (void)
{
  g_autoptr(KbApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *theme = NULL;

  g_assert_null (g_getenv ("GTK_THEME"));
  kb_application_preset_theme ();
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Adwaita-empty");

  app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));   /* startup */
  g_assert_no_error (error);

  g_assert_null (g_getenv ("GTK_THEME"));
  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme, NULL);
  g_assert_cmpstr (theme, ==, "Adwaita-empty");
  g_assert_true (has_adwaita_colours ());
}

static void
test_users_theme_kept (void)
{
  g_setenv ("GTK_THEME", "HighContrast", TRUE);
  kb_application_preset_theme ();
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "HighContrast");
  g_unsetenv ("GTK_THEME");
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("GTK_THEME");
  kb_locale_init ();
  /* Not gtk_test_init (): GTK must start where the app starts it, after the preset. */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/theme/preset", test_preset);
  g_test_add_func ("/app/theme/users-theme-kept", test_users_theme_kept);

  return g_test_run ();
}
