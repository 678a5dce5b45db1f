/* Application-wide actions (about, quit) and the single main window. */
#define G_LOG_DOMAIN "kletsborden-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-application.h"
#include "kb-resources.h"
#include "kb-window.h"

struct _KbApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (KbApplication, kb_application, ADW_TYPE_APPLICATION)

static void
kb_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* A second launch lands here in the first instance: raise the window it already has. */
  if (window == NULL)
    window = GTK_WINDOW (kb_window_new (KB_APPLICATION (app)));
  gtk_window_present (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Kletsborden team"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Kletsborden"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Kletsborden team"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Conversation cards and a board game about loneliness, "
                                      "for the shared screen in class, workshop or group."),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing rather than g_application_quit lets each window save its state. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
};

static void
kb_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (kb_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
kb_application_class_init (KbApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* The resource lives in a static library: naming it keeps the linker from dropping it. */
  (void) kb_get_resource ();

  app_class->activate = kb_application_activate;
  app_class->startup = kb_application_startup;
}

static void
kb_application_init (KbApplication *self)
{
}

KbApplication *
kb_application_new (GApplicationFlags flags)
{
  return g_object_new (KB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
