/* Presenting from the main window: the pages give the presenter (src/app/present) the room's
 * view, and this file switches the play page and the board page between the room's view and
 * the facilitator's. The presenter owns the screens; the session and the game never move, so
 * nothing is lost when a screen goes away. */
#define G_LOG_DOMAIN "kletsborden-present"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-focus.h"
#include "kb-new-game-page.h"
#include "kb-play-room.h"
#include "kb-screens.h"
#include "kb-window-private.h"

static const char *
visible_page (KbWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/* F5, a clicker's "start presentation": presents the page on screen (the cards or the board),
 * or stops presenting when it runs. */
void
_kb_window_present_toggle (KbWindow *self)
{
  const char *page = visible_page (self);
  GtkWidget *room;

  if (kb_presenter_get_presenting (self->presenter) || kb_presenter_get_pending (self->presenter) ||
      (gtk_window_is_fullscreen (GTK_WINDOW (self)) &&
       (g_strcmp0 (page, "play") == 0 || g_strcmp0 (page, "board") == 0)))
    {
      kb_presenter_leave (self->presenter);
      return;
    }
  if (g_strcmp0 (page, "board") == 0 && kb_board_page_get_game (self->board_page) != NULL)
    {
      KbBoardPage *copy = kb_board_page_new ();

      kb_board_page_set_audience (copy, TRUE);
      kb_board_page_set_game (copy, kb_board_page_get_game (self->board_page));
      g_object_bind_property (self->board_page, "calm", copy, "calm", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->board_page, "high-contrast", copy, "high-contrast",
                              G_BINDING_SYNC_CREATE);
      kb_presenter_start (self->presenter, GTK_WIDGET (copy), GTK_WIDGET (self->board_page));
      return;
    }
  if (kb_play_page_get_session (self->play_page) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "play");
  room = GTK_WIDGET (kb_play_room_new (self->play_page));
  kb_presenter_start (self->presenter, room, GTK_WIDGET (self->play_page));
}

void
_kb_window_present_stop (KbWindow *self)
{
  if (self->presenter != NULL)
    kb_presenter_stop (self->presenter);
}

/* M: the two views change screens. */
void
_kb_window_swap_screens (KbWindow *self)
{
  kb_presenter_swap (self->presenter);
}

/**
 * _kb_window_present_soon:
 *
 * Starts presenting at start-up ("kletsborden --present deck.json"): the presenter waits until
 * the compositor has placed this window, so that the room goes to another screen.
 */
void
_kb_window_present_soon (KbWindow *self)
{
  gtk_widget_realize (GTK_WIDGET (self));
  _kb_window_present_toggle (self);
}

/* After every change of mode (fullscreen on or off, presenting on or off, another page) the
 * keyboard goes to the main widget of the page that is shown, unless the focus already is on
 * something shown in that page (a name being typed). */
void
_kb_window_focus_page (KbWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->main_stack);
  const char *name = visible_page (self);
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

/* The room got or lost its own window: the page becomes the facilitator's view, or the room's
 * again. */
static void
presenting_changed (KbWindow *self)
{
  gboolean two = kb_presenter_get_presenting (self->presenter);
  const char *page = visible_page (self);

  kb_play_page_set_presenter (self->play_page, two && g_strcmp0 (page, "play") == 0);
  kb_board_page_set_facilitator (self->board_page, two && g_strcmp0 (page, "board") == 0);
  if (two)
    gtk_window_present (GTK_WINDOW (self));
  _kb_window_focus_page (self);
}

/* Presenting belongs to the page it started on: another page ends it. */
static void
page_switched (KbWindow *self)
{
  const char *page = visible_page (self);
  GtkWidget *presented = kb_presenter_get_page (self->presenter);

  if (presented != NULL && presented != gtk_stack_get_visible_child (self->main_stack))
    {
      g_debug ("Presenting ends: the %s page is shown", page);
      kb_presenter_stop (self->presenter);
    }
}

/* Esc from either window: presenting ends, and so does fullscreen. */
static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kb_presenter_leave (KB_WINDOW (widget)->presenter);
}

static void
move_room_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, g_variant_get_uint32 (parameter));

  if (monitor != NULL)
    kb_presenter_move_room (self->presenter, monitor);
}

static void
identify_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  kb_presenter_identify (KB_WINDOW (widget)->presenter);
}

void
_kb_window_present_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "win.move-room", "u", move_room_action);
  gtk_widget_class_install_action (widget_class, "win.identify-screens", NULL, identify_action);
}

/* The screen picker: every connected screen by its number, model and connector (the room's
 * view goes there; the facilitator's swaps when it is theirs), "Identify" and the swap. */
static void
update_screens_menu (KbWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) screens = g_menu_new ();
  g_autoptr(GMenu) tools = g_menu_new ();
  guint n = g_list_model_get_n_items (monitors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      g_autofree char *label = kb_screens_dup_label (monitor, i + 1);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.move-room", g_variant_new_uint32 (i));
      g_menu_append_item (screens, item);
    }
  g_menu_append_section (menu, _("Show the Room’s View On"), G_MENU_MODEL (screens));
  g_menu_append (tools, _("_Identify Screens"), "win.identify-screens");
  g_menu_append (tools, _("_Swap the Two Views (M)"), "win.swap-screens");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (tools));
  kb_play_page_set_screens_menu (self->play_page, G_MENU_MODEL (menu));
}

/* Connected last, so that the pages have shown or hidden their parts before the focus moves. */
void
_kb_window_present_init (KbWindow *self)
{
  self->presenter = kb_presenter_new (GTK_WINDOW (self));
  update_screens_menu (self);
  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))),
                           "items-changed", G_CALLBACK (update_screens_menu), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presenter, "notify::presenting",
                           G_CALLBACK (presenting_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child-name",
                           G_CALLBACK (page_switched), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::fullscreened", G_CALLBACK (_kb_window_focus_page),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->main_stack, "notify::visible-child-name",
                           G_CALLBACK (_kb_window_focus_page), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

void
_kb_window_present_dispose (KbWindow *self)
{
  if (self->presenter != NULL)
    kb_presenter_stop (self->presenter);
  g_clear_object (&self->presenter);
}

/* Returns: (nullable): the window the room sees while presenting cards on a second screen. */
GtkWindow *
kb_window_get_audience_window (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  if (self->presenter == NULL ||
      kb_presenter_get_page (self->presenter) != GTK_WIDGET (self->play_page))
    return NULL;
  return kb_presenter_get_room_window (self->presenter);
}

/* Returns: (nullable): the window that shows the board to the room while presenting. */
GtkWindow *
kb_window_get_board_audience (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  if (self->presenter == NULL ||
      kb_presenter_get_page (self->presenter) != GTK_WIDGET (self->board_page))
    return NULL;
  return kb_presenter_get_room_window (self->presenter);
}

KbPresenter *
kb_window_get_presenter (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->presenter;
}
