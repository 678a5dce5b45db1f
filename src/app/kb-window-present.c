/* Presenting. With a second screen the room gets an audience window, fullscreen on the
 * projector, and this window becomes the facilitator's view; with one screen, presenting is
 * fullscreen here. The projector is remembered by its connector name, and when it goes away
 * everything comes back to this window without losing the place: the session never moves. */
#define G_LOG_DOMAIN "kletsborden-present"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-focus.h"
#include "kb-new-game-page.h"
#include "kb-window-private.h"

/* The screen this window is on, as the compositor last said. gdk_display_get_monitor_at_surface
 * would guess the first screen for a window that has not entered one yet, which on Wayland
 * sends the audience onto the facilitator's own screen. */
static GdkMonitor *
monitor_of_window (KbWindow *self)
{
  if (self->main_monitor != NULL && gdk_monitor_is_valid (self->main_monitor))
    return self->main_monitor;
  return NULL;
}

static void
entered_monitor (GdkSurface *surface,
                 GdkMonitor *monitor,
                 KbWindow   *self)
{
  g_set_object (&self->main_monitor, monitor);
}

/* Follows which screen this window is on, from the moment it has a surface. */
void
_kb_window_track_monitor (KbWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (entered_monitor), self, 0);
}

/* Returns: (transfer none) (nullable): the monitor the room should see: the remembered one,
 *   else any other than the one this window is on, else the last one (a projector is most
 *   often plugged in after the laptop's own screen). */
static GdkMonitor *
pick_audience_monitor (KbWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  guint n = g_list_model_get_n_items (monitors);
  g_autofree char *remembered = g_settings_get_string (self->settings, "presentation-monitor");
  GdkMonitor *mine = monitor_of_window (self);
  GdkMonitor *found = NULL;

  if (n < 2)
    return NULL;
  for (guint i = 0; i < n && found == NULL; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      if (monitor != mine && g_strcmp0 (gdk_monitor_get_connector (monitor), remembered) == 0)
        found = monitor;
    }
  for (guint i = n; i > 0 && found == NULL; i--)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i - 1);
      if (monitor != mine)
        found = monitor;
    }
  g_debug ("%u screens; this window is on %s; the audience goes to %s", n,
           mine != NULL ? gdk_monitor_get_connector (mine) : "(not known)",
           found != NULL ? gdk_monitor_get_connector (found) : "(none)");
  return found;
}

static void
show_on (KbWindow   *self,
         GdkMonitor *monitor)
{
  g_set_object (&self->audience_monitor, monitor);
  gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->audience), monitor);
  gtk_window_present (GTK_WINDOW (self->audience));
  if (gdk_monitor_get_connector (monitor) != NULL)
    g_settings_set_string (self->settings, "presentation-monitor",
                           gdk_monitor_get_connector (monitor));
}

static void audience_destroyed (KbWindow *self);

/* A new window for every screen it goes to: a fullscreen window asked to go fullscreen on
 * another screen stays where it is with some compositors. */
static void
open_audience (KbWindow   *self,
               GdkMonitor *monitor)
{
  if (self->audience != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->audience, self);
      gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->audience)));
    }
  self->audience = kb_audience_window_new (self->play_page);
  gtk_window_set_application (GTK_WINDOW (self->audience),
                              gtk_window_get_application (GTK_WINDOW (self)));
  g_signal_connect_object (self->audience, "destroy", G_CALLBACK (audience_destroyed), self,
                           G_CONNECT_SWAPPED);
  show_on (self, monitor);
}

static void
monitors_changed (GListModel *monitors,
                  guint       position,
                  guint       removed,
                  guint       added,
                  KbWindow   *self)
{
  if (self->audience == NULL)
    return;
  if (g_list_model_get_n_items (monitors) < 2 || !gdk_monitor_is_valid (self->audience_monitor))
    {
      g_message ("The audience's screen went away: presenting in the main window");
      _kb_window_present_stop (self);
    }
}

static void
audience_destroyed (KbWindow *self)
{
  _kb_window_present_stop (self);
}

/* F5, a clicker's "start presentation": starts presenting, or stops it when it runs. */
void
_kb_window_present_toggle (KbWindow *self)
{
  KbPlayPage *page = self->play_page;
  GListModel *monitors;
  GdkMonitor *monitor;

  if (self->audience != NULL)
    {
      _kb_window_present_stop (self);
      return;
    }
  if (kb_play_page_get_session (page) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "play");

  monitor = pick_audience_monitor (self);
  if (monitor == NULL)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      return;
    }

  open_audience (self, monitor);
  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  self->monitors_handler = g_signal_connect_object (monitors, "items-changed",
                                                    G_CALLBACK (monitors_changed), self, 0);
  kb_play_page_set_presenter (page, TRUE);
  _kb_window_focus_page (self);
}

void
_kb_window_present_stop (KbWindow *self)
{
  KbAudienceWindow *audience = g_steal_pointer (&self->audience);

  if (self->monitors_handler != 0)
    {
      g_signal_handler_disconnect (gdk_display_get_monitors (
                                     gtk_widget_get_display (GTK_WIDGET (self))),
                                   self->monitors_handler);
      self->monitors_handler = 0;
    }
  g_clear_object (&self->audience_monitor);
  if (audience != NULL)
    {
      g_signal_handlers_disconnect_by_data (audience, self);
      gtk_window_destroy (GTK_WINDOW (audience));
    }
  if (self->play_page != NULL && kb_play_page_get_presenter (self->play_page))
    {
      kb_play_page_set_presenter (self->play_page, FALSE);
      _kb_window_focus_page (self);
    }
}

/* M: the audience window goes to the next screen, for when it came up on the wrong one. */
void
_kb_window_swap_screens (KbWindow *self)
{
  GListModel *monitors;
  guint n, index = 0;

  if (self->audience == NULL)
    return;
  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  n = g_list_model_get_n_items (monitors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      if (monitor == self->audience_monitor)
        index = i;
    }
  if (n > 1)
    {
      g_autoptr(GdkMonitor) next = g_list_model_get_item (monitors, (index + 1) % n);
      open_audience (self, next);
    }
}

static void present_when_placed (KbWindow *self);

static gboolean
present_timeout (gpointer user_data)
{
  KbWindow *self = KB_WINDOW (user_data);

  present_when_placed (self);
  return G_SOURCE_REMOVE;
}

static void
present_when_placed (KbWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  g_clear_handle_id (&self->present_timeout_id, g_source_remove);
  if (surface != NULL)
    g_signal_handlers_disconnect_by_func (surface, present_when_placed, self);
  if (self->audience == NULL && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    _kb_window_present_toggle (self);
}

/**
 * _kb_window_present_soon:
 *
 * Starts presenting once this window is on a screen, so that the audience goes to another
 * one: at start-up ("kletsborden --present deck.json") the window has no screen yet.
 */
void
_kb_window_present_soon (KbWindow *self)
{
  GdkSurface *surface;

  gtk_widget_realize (GTK_WIDGET (self));
  surface = gtk_native_get_surface (GTK_NATIVE (self));
  if (monitor_of_window (self) != NULL)
    {
      _kb_window_present_toggle (self);
      return;
    }
  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (present_when_placed), self,
                           G_CONNECT_SWAPPED);
  /* A compositor that never says which screen the window is on must not stop the show. */
  self->present_timeout_id = g_timeout_add (1000, present_timeout, self);
}

/* After every change of mode (fullscreen on or off, presenting on or off, another page) the
 * keyboard goes to the main widget of the page that is shown, unless the focus already is on
 * something shown in that page (a name being typed). */
void
_kb_window_focus_page (KbWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->main_stack);
  const char *name = gtk_stack_get_visible_child_name (self->main_stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (page == NULL)
    return;
  if (focus != NULL && kb_focus_is_shown (focus) && gtk_widget_is_ancestor (focus, page) &&
      !GTK_IS_BUTTON (focus))
    return;
  if (g_strcmp0 (name, "play") == 0)
    kb_focus_grab (GTK_WIDGET (kb_play_page_get_card_view (self->play_page)));
  else if (g_strcmp0 (name, "board") == 0)
    kb_focus_grab (GTK_WIDGET (kb_board_page_get_board_view (self->board_page)));
  else if (g_strcmp0 (name, "new-game") == 0)
    kb_new_game_page_focus (self->new_game_page);
  else if (focus == NULL || !kb_focus_is_shown (focus))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* Connected last, so that the pages have shown or hidden their parts before the focus moves. */
void
_kb_window_present_init (KbWindow *self)
{
  g_signal_connect_object (self, "notify::fullscreened", G_CALLBACK (_kb_window_focus_page),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->main_stack, "notify::visible-child-name",
                           G_CALLBACK (_kb_window_focus_page), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}
