/* Presenting. With a second screen the room gets an audience window, fullscreen on the
 * projector, and the main window becomes the facilitator's view; with one screen, presenting is
 * fullscreen in the main window. One owner for cards and board, so both behave the same:
 * - the room's screen is chosen only once the compositor has said which screen the main window
 *   is on (or after a moment, for one that never says), is never that screen, and is corrected
 *   when the main window turns out to be elsewhere;
 * - the choice is remembered by connector and model, so a projector is found again;
 * - a screen that goes away brings everything back to the main window; nothing of the session
 *   or game lives here, so nothing is lost;
 * - M swaps the two views (never stacks them); idle blanking is inhibited while presenting;
 *   the pointer hides over the room's view. */
#define G_LOG_DOMAIN "kletsborden-present"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-audience-window.h"
#include "kb-idle-pointer.h"
#include "kb-presenter.h"
#include "kb-screens.h"

#define PLACED_TIMEOUT_MS 3000   /* how long to wait for the compositor to place the window */
#define IDENTIFY_MS 3000
#define REFOCUS_MS 600

struct _KbPresenter
{
  GObject parent_instance;

  GtkWindow *window;           /* weak: the facilitator's window */
  GSettings *settings;
  GListModel *monitors;        /* borrowed from the display */
  GPtrArray *main_monitors;    /* GdkMonitor, the screens the main window is on, last entered last */
  GtkWidget *room;             /* owned: the room's view, while presenting or about to */
  GtkWidget *keys;             /* weak: the page the room window's keys drive */
  KbAudienceWindow *room_window;
  GtkWindow *closing_window;   /* the room's last window, kept until the main one is back */
  guint closing_id;
  GdkMonitor *room_monitor;
  GPtrArray *identify_windows; /* GtkWindow, the big numbers of "Identify" */
  guint pending_id;            /* waiting to learn the main window's screen */
  gulong mapped_id;            /* the main window's "map", while waiting for it */
  guint check_id;              /* a correction after the main window moved */
  guint identify_id;
  guint refocus_id;            /* handing the keyboard back to the main window after presenting */
  int refocus_tries;
  guint inhibit_cookie;
  gboolean fullscreen_by_us;   /* F5 with one screen, or a swap sent the main window across */
  gboolean keep_room;          /* the room's view moves on to a new window */
};

enum {
  PROP_0,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SCREEN_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbPresenter, kb_presenter, G_TYPE_OBJECT)

static void
update_inhibit (KbPresenter *self)
{
  GtkApplication *app = self->window != NULL ? gtk_window_get_application (self->window) : NULL;
  gboolean fullscreen = self->window != NULL && gtk_window_is_fullscreen (self->window);
  gboolean want = self->room_window != NULL || self->pending_id != 0 || fullscreen;

  /* With one screen the main window is what the room sees. */
  if (self->window != NULL)
    kb_idle_pointer_set_enabled (GTK_WIDGET (self->window),
                                 fullscreen && self->room_window == NULL);
  if (want && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, self->window,
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Presenting to the room"));
  else if (!want && self->inhibit_cookie != 0)
    {
      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* Returns: (transfer none) (nullable): the screen the compositor last said the main window
 *   entered and has not left. gdk_display_get_monitor_at_surface() would guess the first
 *   screen for a window that is not placed yet, which sends the room onto the facilitator's
 *   own screen on Wayland. */
GdkMonitor *
kb_presenter_get_main_monitor (KbPresenter *self)
{
  g_return_val_if_fail (KB_IS_PRESENTER (self), NULL);

  for (guint i = self->main_monitors->len; i > 0; i--)
    {
      GdkMonitor *monitor = g_ptr_array_index (self->main_monitors, i - 1);
      if (gdk_monitor_is_valid (monitor))
        return monitor;
    }
  return NULL;
}

static guint
remembered_score (KbPresenter *self,
                  GdkMonitor  *monitor)
{
  g_autofree char *connector = g_settings_get_string (self->settings, "presentation-monitor");
  g_autofree char *model = g_settings_get_string (self->settings, "presentation-monitor-model");
  gboolean same_connector = *connector != '\0' &&
                            g_strcmp0 (gdk_monitor_get_connector (monitor), connector) == 0;
  gboolean same_model = *model != '\0' && g_strcmp0 (gdk_monitor_get_model (monitor), model) == 0;

  /* The same projector on the same port, then the same port, then the same projector moved. */
  return (same_connector ? 2 : 0) + (same_model ? 1 : 0);
}

/* Returns: (transfer none) (nullable): the screen for the room: never the main window's (nor
 *   @also_not), the remembered one if it is there, else the last one (a projector is most
 *   often plugged in after the laptop's own screen). */
static GdkMonitor *
pick_room_monitor (KbPresenter *self,
                   GdkMonitor  *also_not)
{
  GdkMonitor *mine = kb_presenter_get_main_monitor (self);
  guint n = g_list_model_get_n_items (self->monitors);
  GdkMonitor *found = NULL;
  guint best = 0;

  if (n < 2)
    return NULL;
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i - 1);
      guint score;

      if (monitor == mine || monitor == also_not)
        continue;
      score = remembered_score (self, monitor) + 1;
      if (score > best)
        {
          found = monitor;
          best = score;
        }
    }
  g_debug ("%u screens; the main window is on %s; the room goes to %s", n,
           mine != NULL ? gdk_monitor_get_connector (mine) : "(not known)",
           found != NULL ? gdk_monitor_get_connector (found) : "(none)");
  return found;
}

static void room_window_destroyed (KbPresenter *self);

static gboolean
destroy_closing_window (gpointer user_data)
{
  KbPresenter *self = KB_PRESENTER (user_data);

  self->closing_id = 0;
  if (self->closing_window != NULL)
    gtk_window_destroy (g_steal_pointer (&self->closing_window));
  return G_SOURCE_REMOVE;
}

/* With @later, the window goes a moment after the main window has left fullscreen: a
 * compositor gives the keyboard to the window below the one that closes (weston does), and a
 * fullscreen main window is not below it yet: the keys would go nowhere. */
static void
close_room_window_full (KbPresenter *self,
                        gboolean     later)
{
  KbAudienceWindow *room_window = g_steal_pointer (&self->room_window);

  if (room_window == NULL)
    return;
  g_signal_handlers_disconnect_by_data (room_window, self);
  /* The view goes on to the next window, or away with the window when presenting ends. */
  if (self->keep_room)
    gtk_window_set_child (GTK_WINDOW (room_window), NULL);
  destroy_closing_window (self);
  g_clear_handle_id (&self->closing_id, g_source_remove);
  if (!later)
    {
      gtk_window_destroy (GTK_WINDOW (room_window));
      return;
    }
  self->closing_window = GTK_WINDOW (room_window);
  self->closing_id = g_timeout_add (500, destroy_closing_window, self);
}

static void
close_room_window (KbPresenter *self)
{
  close_room_window_full (self, FALSE);
}

/* A new window for every screen it goes to: a fullscreen window asked to go fullscreen on
 * another screen stays where it is with some compositors. */
static void
open_room_window (KbPresenter *self,
                  GdkMonitor  *monitor)
{
  gboolean was_presenting = self->room_window != NULL;

  self->keep_room = TRUE;
  close_room_window (self);
  self->keep_room = FALSE;
  self->room_window = kb_audience_window_new (self->room, self->keys);
  gtk_window_set_application (GTK_WINDOW (self->room_window),
                              gtk_window_get_application (self->window));
  g_signal_connect_object (self->room_window, "destroy", G_CALLBACK (room_window_destroyed),
                           self, G_CONNECT_SWAPPED);
  g_set_object (&self->room_monitor, monitor);
  kb_screens_show_on (GTK_WINDOW (self->room_window), monitor);
  kb_idle_pointer_set_enabled (GTK_WIDGET (self->room_window), TRUE);
  g_settings_set_string (self->settings, "presentation-monitor",
                         gdk_monitor_get_connector (monitor) != NULL
                         ? gdk_monitor_get_connector (monitor) : "");
  g_settings_set_string (self->settings, "presentation-monitor-model",
                         gdk_monitor_get_model (monitor) != NULL
                         ? gdk_monitor_get_model (monitor) : "");
  if (!was_presenting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
  update_inhibit (self);
}

static void
room_window_destroyed (KbPresenter *self)
{
  /* Closed from outside (the compositor, Alt+F4): presenting ends. */
  self->room_window = NULL;
  kb_presenter_stop (self);
}

static void
start_now (KbPresenter *self)
{
  GdkMonitor *monitor;

  g_clear_handle_id (&self->pending_id, g_source_remove);
  /* Presenting again before the last stop handed the keyboard back: the room's window takes it. */
  g_clear_handle_id (&self->refocus_id, g_source_remove);
  monitor = pick_room_monitor (self, NULL);
  if (monitor == NULL)
    {
      /* The only other screen is gone, or the window spans them all: present here. */
      g_clear_object (&self->room);
      self->fullscreen_by_us = TRUE;
      gtk_window_fullscreen (self->window);
      update_inhibit (self);
      return;
    }
  open_room_window (self, monitor);
}

static gboolean
placed_timeout (gpointer user_data)
{
  KbPresenter *self = KB_PRESENTER (user_data);

  self->pending_id = 0;
  g_debug ("The compositor did not say where the main window is: presenting anyway");
  start_now (self);
  return G_SOURCE_REMOVE;
}

static void
main_mapped (KbPresenter *self)
{
  g_clear_signal_handler (&self->mapped_id, self->window);
  if (self->pending_id == 0)
    return;
  g_source_remove (self->pending_id);
  self->pending_id = g_timeout_add (PLACED_TIMEOUT_MS, placed_timeout, self);
}

/* The main window went to the room's screen (the compositor placed it late, or the facilitator
 * dragged it there): the room goes to another screen. */
static gboolean
check_placement (gpointer user_data)
{
  KbPresenter *self = KB_PRESENTER (user_data);
  GdkMonitor *mine = kb_presenter_get_main_monitor (self);
  GdkMonitor *other;

  self->check_id = 0;
  if (self->room_window == NULL || mine == NULL || mine != self->room_monitor)
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < self->main_monitors->len; i++)
    if (g_ptr_array_index (self->main_monitors, i) != self->room_monitor)
      return G_SOURCE_REMOVE;   /* across two screens: still on the facilitator's too */
  other = pick_room_monitor (self, self->room_monitor);
  if (other != NULL)
    {
      g_message ("The main window is on the room's screen: the room goes to %s",
                 gdk_monitor_get_connector (other));
      open_room_window (self, other);
    }
  return G_SOURCE_REMOVE;
}

static void
main_entered_monitor (GdkSurface  *surface,
                      GdkMonitor  *monitor,
                      KbPresenter *self)
{
  g_ptr_array_remove (self->main_monitors, monitor);
  g_ptr_array_add (self->main_monitors, g_object_ref (monitor));
  if (self->pending_id != 0)
    start_now (self);
  else if (self->room_window != NULL && self->check_id == 0)
    self->check_id = g_timeout_add (300, check_placement, self);
}

static void
main_left_monitor (GdkSurface  *surface,
                   GdkMonitor  *monitor,
                   KbPresenter *self)
{
  g_ptr_array_remove (self->main_monitors, monitor);
}

static void
main_realized (KbPresenter *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->window));

  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (main_entered_monitor), self, 0);
  g_signal_connect_object (surface, "leave-monitor", G_CALLBACK (main_left_monitor), self, 0);
}

static void
main_fullscreen_changed (KbPresenter *self)
{
  if (!gtk_window_is_fullscreen (self->window))
    self->fullscreen_by_us = FALSE;
  update_inhibit (self);
}

static void
monitors_changed (GListModel  *monitors,
                  guint        position,
                  guint        removed,
                  guint        added,
                  KbPresenter *self)
{
  guint n = g_list_model_get_n_items (monitors);

  if (self->room_window != NULL &&
      (n < 2 || !gdk_monitor_is_valid (self->room_monitor)))
    {
      g_message ("The room's screen went away: presenting in the main window");
      kb_presenter_stop (self);
    }
  else if (self->room_window == NULL && added > 0 && n > 1)
    g_signal_emit (self, signals[SCREEN_ADDED], 0);
}

static void
kb_presenter_dispose (GObject *object)
{
  KbPresenter *self = KB_PRESENTER (object);

  kb_presenter_stop (self);
  g_clear_handle_id (&self->refocus_id, g_source_remove);
  g_clear_handle_id (&self->closing_id, g_source_remove);
  destroy_closing_window (self);
  g_clear_handle_id (&self->identify_id, g_source_remove);
  g_clear_pointer (&self->identify_windows, g_ptr_array_unref);
  if (self->monitors != NULL)
    g_signal_handlers_disconnect_by_data (self->monitors, self);
  self->monitors = NULL;
  if (self->window != NULL)
    g_signal_handlers_disconnect_by_data (self->window, self);
  self->mapped_id = 0;
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->main_monitors, g_ptr_array_unref);

  G_OBJECT_CLASS (kb_presenter_parent_class)->dispose (object);
}

static void
kb_presenter_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KbPresenter *self = KB_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->room_window != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_presenter_class_init (KbPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kb_presenter_dispose;
  object_class->get_property = kb_presenter_get_property;

  /* The room has a window of its own on another screen: the main window is the
   * facilitator's view. */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KbPresenter::screen-added:
   *
   * A screen was plugged in while nothing is presented on two screens: a moment to offer it.
   */
  signals[SCREEN_ADDED] = g_signal_new ("screen-added", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
}

static void
kb_presenter_init (KbPresenter *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
  self->main_monitors = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The presenter of @window, the facilitator's: it follows which screen that window is on. */
KbPresenter *
kb_presenter_new (GtkWindow *window)
{
  KbPresenter *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (KB_TYPE_PRESENTER, NULL);
  g_set_weak_pointer (&self->window, window);
  self->monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));
  g_signal_connect_object (self->monitors, "items-changed", G_CALLBACK (monitors_changed), self,
                           0);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    main_realized (self);
  else
    g_signal_connect_object (window, "realize", G_CALLBACK (main_realized), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "notify::fullscreened", G_CALLBACK (main_fullscreen_changed),
                           self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * kb_presenter_start:
 * @room: the room's view of the page (its card, or its board), shown on the other screen
 * @keys: the page whose keys a key pressed in the room's window drives
 *
 * Starts presenting: on a second screen when there is one (as soon as the main window's screen
 * is known), else fullscreen in the main window, and @room is not used.
 */
void
kb_presenter_start (KbPresenter *self,
                    GtkWidget   *room,
                    GtkWidget   *keys)
{
  g_return_if_fail (KB_IS_PRESENTER (self));
  g_return_if_fail (GTK_IS_WIDGET (room));
  g_return_if_fail (GTK_IS_WIDGET (keys));

  g_object_ref_sink (room);
  if (self->room_window != NULL || self->pending_id != 0 || self->window == NULL)
    {
      g_object_unref (room);
      return;
    }
  g_clear_object (&self->room);
  self->room = room;
  g_set_weak_pointer (&self->keys, keys);
  if (g_list_model_get_n_items (self->monitors) > 1 &&
      kb_presenter_get_main_monitor (self) == NULL)
    {
      /* The moment counts from when the window is mapped: before that no compositor can say
       * where it is (a cold start takes seconds). */
      gboolean mapped = gtk_widget_get_mapped (GTK_WIDGET (self->window));

      self->pending_id = g_timeout_add (mapped ? PLACED_TIMEOUT_MS : 5 * PLACED_TIMEOUT_MS,
                                        placed_timeout, self);
      if (!mapped && self->mapped_id == 0)
        self->mapped_id = g_signal_connect_object (self->window, "map",
                                                   G_CALLBACK (main_mapped), self,
                                                   G_CONNECT_SWAPPED);
      update_inhibit (self);
      return;
    }
  start_now (self);
}

/* The room's window had the keyboard and has gone: a compositor that does not hand it on (weston
 * after a swap) would leave every key going nowhere. A window that is mapped anew gets the
 * keyboard everywhere, and without xdg-activation it is the only way a client can ask for it. */
static gboolean
refocus (gpointer data)
{
  KbPresenter *self = data;
  GtkWindow *window = self->window;

  /* Not while it still leaves fullscreen: mapped anew then, it could come back fullscreen. */
  if (window != NULL && gtk_window_is_fullscreen (window) && self->refocus_tries < 5)
    {
      self->refocus_tries++;
      return G_SOURCE_CONTINUE;
    }
  self->refocus_id = 0;
  if (window != NULL && gtk_widget_get_visible (GTK_WIDGET (window)) &&
      !gtk_window_is_active (window))
    {
      g_message ("No window has the keyboard after presenting: showing the main window anew");
      gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (window), TRUE);
    }
  return G_SOURCE_REMOVE;
}

/* Ends presenting: the room's window goes, the main window leaves the fullscreen that
 * presenting gave it. */
void
kb_presenter_stop (KbPresenter *self)
{
  gboolean was_presenting, hand_back;

  g_return_if_fail (KB_IS_PRESENTER (self));

  was_presenting = self->room_window != NULL;
  /* Not only when the room's window has the keyboard: a compositor may not have given it yet
   * (weston under load), and it would then go to a window that is about to be gone. */
  hand_back = was_presenting && self->window != NULL && !gtk_window_is_active (self->window);
  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_handle_id (&self->check_id, g_source_remove);
  close_room_window_full (self, FALSE);
  g_clear_object (&self->room);
  g_clear_object (&self->room_monitor);
  g_clear_weak_pointer (&self->keys);
  if (self->fullscreen_by_us && self->window != NULL)
    {
      self->fullscreen_by_us = FALSE;
      gtk_window_unfullscreen (self->window);
    }
  g_clear_handle_id (&self->refocus_id, g_source_remove);
  if (hand_back)
    {
      self->refocus_tries = 0;
      self->refocus_id = g_timeout_add (REFOCUS_MS, refocus, self);
    }
  if (was_presenting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
  if (self->window != NULL)
    update_inhibit (self);
}

/* Esc, from either window: presenting ends, and so does fullscreen. */
void
kb_presenter_leave (KbPresenter *self)
{
  g_return_if_fail (KB_IS_PRESENTER (self));

  if (self->room_window != NULL || self->pending_id != 0 || self->fullscreen_by_us)
    kb_presenter_stop (self);
  else if (self->window != NULL && gtk_window_is_fullscreen (self->window))
    gtk_window_unfullscreen (self->window);
}

/* Returns: whether the room has a window of its own. */
gboolean
kb_presenter_get_presenting (KbPresenter *self)
{
  g_return_val_if_fail (KB_IS_PRESENTER (self), FALSE);
  return self->room_window != NULL;
}

/* Returns: whether presenting waits for the compositor to place the main window. */
gboolean
kb_presenter_get_pending (KbPresenter *self)
{
  g_return_val_if_fail (KB_IS_PRESENTER (self), FALSE);
  return self->pending_id != 0;
}

/* Returns: (nullable) (transfer none): the page being presented (the one the keys drive). */
GtkWidget *
kb_presenter_get_page (KbPresenter *self)
{
  g_return_val_if_fail (KB_IS_PRESENTER (self), NULL);
  return self->keys;
}

/* Returns: (nullable) (transfer none): the room's window while presenting on two screens. */
GtkWindow *
kb_presenter_get_room_window (KbPresenter *self)
{
  g_return_val_if_fail (KB_IS_PRESENTER (self), NULL);
  return GTK_WINDOW (self->room_window);
}

/* Returns: (nullable) (transfer none): the screen the room's window was sent to. */
GdkMonitor *
kb_presenter_get_room_monitor (KbPresenter *self)
{
  g_return_val_if_fail (KB_IS_PRESENTER (self), NULL);
  return self->room_window != NULL ? self->room_monitor : NULL;
}

/* M: the two views change screens, for when they came up the wrong way round. The main window
 * can only be sent to a screen by going fullscreen there (Wayland lets no window place
 * itself), so after a swap the facilitator's view is fullscreen; Esc ends both. */
void
kb_presenter_swap (KbPresenter *self)
{
  GdkMonitor *mine;
  g_autoptr(GdkMonitor) theirs = NULL;

  g_return_if_fail (KB_IS_PRESENTER (self));

  if (self->room_window == NULL)
    return;
  theirs = g_object_ref (self->room_monitor);
  mine = kb_presenter_get_main_monitor (self);
  if (mine == NULL || mine == theirs)
    mine = pick_room_monitor (self, theirs);
  if (mine == NULL)
    return;
  g_ptr_array_set_size (self->main_monitors, 0);
  g_ptr_array_add (self->main_monitors, g_object_ref (theirs));
  open_room_window (self, mine);
  self->fullscreen_by_us = TRUE;
  kb_screens_show_on (self->window, theirs);
}

/* The screen picker: the room's view goes to @monitor; the facilitator's screen swaps. */
void
kb_presenter_move_room (KbPresenter *self,
                        GdkMonitor  *monitor)
{
  g_return_if_fail (KB_IS_PRESENTER (self));
  g_return_if_fail (GDK_IS_MONITOR (monitor));

  if (self->room_window == NULL || monitor == self->room_monitor)
    return;
  if (monitor == kb_presenter_get_main_monitor (self))
    kb_presenter_swap (self);
  else
    open_room_window (self, monitor);
}

static gboolean
identify_done (gpointer user_data)
{
  KbPresenter *self = KB_PRESENTER (user_data);

  self->identify_id = 0;
  g_clear_pointer (&self->identify_windows, g_ptr_array_unref);
  if (self->window != NULL)
    gtk_window_present (self->window);
  return G_SOURCE_REMOVE;
}

/* "Identify": a big number on every screen for a moment, the same the screen picker lists. */
void
kb_presenter_identify (KbPresenter *self)
{
  g_return_if_fail (KB_IS_PRESENTER (self));

  g_clear_handle_id (&self->identify_id, g_source_remove);
  g_clear_pointer (&self->identify_windows, g_ptr_array_unref);
  self->identify_windows = kb_screens_show_numbers (self->monitors,
                                                    self->window != NULL
                                                    ? gtk_window_get_application (self->window)
                                                    : NULL);
  g_debug ("Identify: a number on each of %u screens", self->identify_windows->len);
  self->identify_id = g_timeout_add (IDENTIFY_MS, identify_done, self);
}
