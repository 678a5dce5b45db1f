/* The audience window. It shows the room's view a page made (the card, or the board) and hands
 * every key it gets to that page: a clicker talks to whichever window has the focus, and must
 * always drive the session or the game. */
#define G_LOG_DOMAIN "kletsborden-audience"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-audience-window.h"

struct _KbAudienceWindow
{
  GtkWindow parent_instance;

  GtkWidget *keys;             /* weak: the page in the main window that the keys drive */
};

G_DEFINE_FINAL_TYPE (KbAudienceWindow, kb_audience_window, GTK_TYPE_WINDOW)

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             KbAudienceWindow      *self)
{
  if (self->keys == NULL)
    return FALSE;
  return gtk_event_controller_key_forward (controller, self->keys);
}

static void
kb_audience_window_dispose (GObject *object)
{
  KbAudienceWindow *self = KB_AUDIENCE_WINDOW (object);

  g_clear_weak_pointer (&self->keys);

  G_OBJECT_CLASS (kb_audience_window_parent_class)->dispose (object);
}

static void
kb_audience_window_class_init (KbAudienceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_audience_window_dispose;
  gtk_widget_class_set_css_name (widget_class, "audiencewindow");
}

static void
kb_audience_window_init (KbAudienceWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Kletsborden — Audience"));
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "audience");
  /* Before anything in the room's view sees the key: the view is a picture, not a control
   * (the board's copy has key bindings of its own that must never act on this window). */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * kb_audience_window_new:
 * @content: what the room sees
 * @keys: the widget whose keys (and actions) a key pressed here drives
 */
KbAudienceWindow *
kb_audience_window_new (GtkWidget *content,
                        GtkWidget *keys)
{
  KbAudienceWindow *self;

  g_return_val_if_fail (GTK_IS_WIDGET (content), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (keys), NULL);

  self = g_object_new (KB_TYPE_AUDIENCE_WINDOW, NULL);
  g_set_weak_pointer (&self->keys, keys);
  gtk_window_set_child (GTK_WINDOW (self), content);
  return self;
}
