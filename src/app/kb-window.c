/* The main window. It opens on the library of decks and keeps its size in GSettings. */
#define G_LOG_DOMAIN "kletsborden-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-library.h"
#include "kb-deck-tile.h"
#include "kb-window.h"

struct _KbWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  GtkStack *stack;
  GtkFlowBox *deck_grid;
  AdwStatusPage *empty_page;

  /* owned */
  GSettings *settings;
  GListModel *decks;
};

G_DEFINE_FINAL_TYPE (KbWindow, kb_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkWidget *
create_tile (gpointer item,
             gpointer user_data)
{
  return GTK_WIDGET (kb_deck_tile_new (KB_DECK_ENTRY (item)));
}

static void
load_decks (KbWindow *self)
{
  g_autoptr(GFile) user_dir = kb_deck_library_get_user_dir ();
  g_autofree char *user_path = g_file_get_path (user_dir);
  g_autofree char *description = NULL;

  g_clear_object (&self->decks);
  self->decks = kb_deck_library_scan (NULL);
  gtk_flow_box_bind_model (self->deck_grid, self->decks, create_tile, self, NULL);

  description = g_strdup_printf (_("A deck is a JSON file with cards in categories. Put your "
                                   "own decks in %s and they will appear here."), user_path);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->decks) > 0
                                    ? "library" : "empty");
}

static void
save_window_state (KbWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
kb_window_close_request (GtkWindow *window)
{
  save_window_state (KB_WINDOW (window));
  return GTK_WINDOW_CLASS (kb_window_parent_class)->close_request (window);
}

static void
kb_window_dispose (GObject *object)
{
  KbWindow *self = KB_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_WINDOW);
  g_clear_object (&self->decks);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kb_window_parent_class)->dispose (object);
}

static void
kb_window_class_init (KbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kb_window_dispose;
  window_class->close_request = kb_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KbWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, deck_grid);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, empty_page);
}

static void
kb_window_init (KbWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  load_decks (self);
}

KbWindow *
kb_window_new (KbApplication *application)
{
  return g_object_new (KB_TYPE_WINDOW, "application", application, NULL);
}

/* The decks the library shows; tests read it to compare with what is drawn. */
GListModel *
kb_window_get_decks (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->decks;
}

const char *
kb_window_get_visible_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
