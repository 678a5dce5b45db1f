/* The main window's pages on the screens. The pages give the presenter the room's view, and
 * this switches the play page and the board page between the room's view (fullscreen here)
 * and the facilitator's (the room has a screen of its own). The presenter owns the screens;
 * the session and the game never move, so nothing is lost when a screen goes away. The
 * window's "win." actions for presenting live here, in the window's own action map. */
#define G_LOG_DOMAIN "kletsborden-present"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-focus.h"
#include "kb-play-room.h"
#include "kb-screens.h"
#include "kb-stage.h"

struct _KbStage
{
  GObject parent_instance;

  /* borrowed: the window and its pages, which outlive this */
  GtkWindow *window;
  GtkStack *pages;
  KbPlayPage *play;
  KbNewGamePage *new_game;
  KbBoardPage *board;

  /* owned */
  KbPresenter *presenter;
};

G_DEFINE_FINAL_TYPE (KbStage, kb_stage, G_TYPE_OBJECT)

static gboolean
page_is (KbStage    *self,
         const char *name)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), name) == 0;
}

/* Fullscreen on the play page or the board page is presenting with one screen: the page shows
 * only what the room sees. */
static void
fullscreen_changed (KbStage *self)
{
  gboolean fullscreen = gtk_window_is_fullscreen (self->window);

  kb_play_page_set_presenting (self->play, fullscreen && page_is (self, "play"));
  if (self->board != NULL)
    kb_board_page_set_presenting (self->board, fullscreen && page_is (self, "board"));
}

/* The room got or lost its own window: the page becomes the facilitator's view, or the room's
 * again. */
static void
presenting_changed (KbStage *self)
{
  gboolean two = kb_presenter_get_presenting (self->presenter);

  kb_play_page_set_presenter (self->play, two && page_is (self, "play"));
  if (self->board != NULL)
    kb_board_page_set_facilitator (self->board, two && page_is (self, "board"));
  if (two)
    gtk_window_present (self->window);
  kb_stage_focus_page (self);
}

/* Presenting belongs to the page it started on: another page ends it. */
static void
page_switched (KbStage *self)
{
  GtkWidget *presented = kb_presenter_get_page (self->presenter);

  if (presented != NULL && presented != gtk_stack_get_visible_child (self->pages))
    {
      g_debug ("Presenting ends: the %s page is shown",
               gtk_stack_get_visible_child_name (self->pages));
      kb_presenter_stop (self->presenter);
    }
}

/* M: the two views change screens. */
static void
swap_screens (KbStage *self)
{
  kb_presenter_swap (self->presenter);
}

/* Esc from either window: presenting ends, and so does fullscreen. */
static void
leave (KbStage *self)
{
  kb_presenter_leave (self->presenter);
}

static void
identify_screens (KbStage *self)
{
  kb_presenter_identify (self->presenter);
}

static void
move_room (KbStage  *self,
           GVariant *parameter)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self->window)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, g_variant_get_uint32 (parameter));

  if (monitor != NULL)
    kb_presenter_move_room (self->presenter, monitor);
}

/* The screen picker: every connected screen by its number, model and connector (the room's
 * view goes there; the facilitator's swaps when it is theirs), "Identify" and the swap. */
static void
update_screens_menu (KbStage *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self->window)));
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
  kb_play_page_set_screens_menu (self->play, G_MENU_MODEL (menu));
}

/* The actions act on this stage only while it lives: each is connected to it, not given it. */
static void
add_actions (KbStage              *self,
             GtkApplicationWindow *window)
{
  static const struct {
    const char *name;
    const char *parameter_type;
    GCallback activate;
  } actions[] = {
    /* F5 on the cards or the board: the room's view on the second screen, or fullscreen */
    { "present", NULL, G_CALLBACK (kb_stage_toggle) },
    { "present-board", NULL, G_CALLBACK (kb_stage_toggle) },
    { "swap-screens", NULL, G_CALLBACK (swap_screens) },
    { "leave", NULL, G_CALLBACK (leave) },
    { "move-room", "u", G_CALLBACK (move_room) },
    { "identify-screens", NULL, G_CALLBACK (identify_screens) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      const GVariantType *type = actions[i].parameter_type != NULL
                                   ? G_VARIANT_TYPE (actions[i].parameter_type) : NULL;
      g_autoptr(GSimpleAction) action = g_simple_action_new (actions[i].name, type);

      g_signal_connect_object (action, "activate", actions[i].activate, self, G_CONNECT_SWAPPED);
      g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
    }
}

static void
kb_stage_dispose (GObject *object)
{
  KbStage *self = KB_STAGE (object);

  if (self->presenter != NULL)
    kb_presenter_stop (self->presenter);
  g_clear_object (&self->presenter);

  G_OBJECT_CLASS (kb_stage_parent_class)->dispose (object);
}

static void
kb_stage_class_init (KbStageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_stage_dispose;
}

static void
kb_stage_init (KbStage *self)
{
}

/* Connected after the window's own handlers, so that the pages have shown or hidden their
 * parts before the focus moves. */
KbStage *
kb_stage_new (GtkApplicationWindow *window,
              GtkStack             *pages,
              KbPlayPage           *play)
{
  KbStage *self = g_object_new (KB_TYPE_STAGE, NULL);
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));

  self->window = GTK_WINDOW (window);
  self->pages = pages;
  self->play = play;
  self->presenter = kb_presenter_new (self->window);
  add_actions (self, window);
  update_screens_menu (self);

  g_signal_connect_object (window, "notify::fullscreened", G_CALLBACK (fullscreen_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pages, "notify::visible-child-name", G_CALLBACK (fullscreen_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (monitors, "items-changed", G_CALLBACK (update_screens_menu), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presenter, "notify::presenting",
                           G_CALLBACK (presenting_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pages, "notify::visible-child-name", G_CALLBACK (page_switched),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "notify::fullscreened", G_CALLBACK (kb_stage_focus_page),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (pages, "notify::visible-child-name",
                           G_CALLBACK (kb_stage_focus_page), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  return self;
}

/* The board's pages, built when the window first needs them (the window builds only the play
 * page at start). */
void
kb_stage_set_board_pages (KbStage       *self,
                          KbNewGamePage *new_game,
                          KbBoardPage   *board)
{
  g_return_if_fail (KB_IS_STAGE (self));

  self->new_game = new_game;
  self->board = board;
}

/* F5, a clicker's "start presentation": presents the page on screen (the cards or the board),
 * or stops presenting when it runs. */
void
kb_stage_toggle (KbStage *self)
{
  GtkWidget *room;

  g_return_if_fail (KB_IS_STAGE (self));

  if (kb_presenter_get_presenting (self->presenter) || kb_presenter_get_pending (self->presenter) ||
      (gtk_window_is_fullscreen (self->window) && (page_is (self, "play") || page_is (self, "board"))))
    {
      kb_presenter_leave (self->presenter);
      return;
    }
  if (page_is (self, "board") && kb_board_page_get_game (self->board) != NULL)
    {
      KbBoardPage *copy = kb_board_page_new ();

      kb_board_page_set_audience (copy, TRUE);
      kb_board_page_share_timer (copy, kb_board_page_get_turn_timer (self->board));
      kb_board_page_set_game (copy, kb_board_page_get_game (self->board));
      g_object_bind_property (self->board, "calm", copy, "calm", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->board, "high-contrast", copy, "high-contrast",
                              G_BINDING_SYNC_CREATE);
      kb_presenter_start (self->presenter, GTK_WIDGET (copy), GTK_WIDGET (self->board));
      return;
    }
  if (kb_play_page_get_session (self->play) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->pages, "play");
  room = GTK_WIDGET (kb_play_room_new (self->play));
  kb_presenter_start (self->presenter, room, GTK_WIDGET (self->play));
}

void
kb_stage_stop (KbStage *self)
{
  g_return_if_fail (KB_IS_STAGE (self));
  kb_presenter_stop (self->presenter);
}

/* After every change of mode (fullscreen on or off, presenting on or off, another page) the
 * keyboard goes to the main widget of the page that is shown, unless the focus already is on
 * something shown in that page (a name being typed). */
void
kb_stage_focus_page (KbStage *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->pages);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self->window));

  g_return_if_fail (KB_IS_STAGE (self));

  if (page == NULL)
    return;
  if (focus != NULL && kb_focus_is_shown (focus) && gtk_widget_is_ancestor (focus, page) &&
      !GTK_IS_BUTTON (focus))
    return;
  if (page_is (self, "play"))
    kb_focus_grab (GTK_WIDGET (kb_play_page_get_card_view (self->play)));
  else if (page_is (self, "board"))
    kb_focus_grab (GTK_WIDGET (kb_board_page_get_board_view (self->board)));
  else if (page_is (self, "new-game"))
    kb_new_game_page_focus (self->new_game);
  else if (focus == NULL || !kb_focus_is_shown (focus))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

KbPresenter *
kb_stage_get_presenter (KbStage *self)
{
  g_return_val_if_fail (KB_IS_STAGE (self), NULL);
  return self->presenter;
}

/* Returns: (nullable): the room's window while @page is presented on a second screen */
GtkWindow *
kb_stage_get_room_window (KbStage   *self,
                          GtkWidget *page)
{
  g_return_val_if_fail (KB_IS_STAGE (self), NULL);
  if (kb_presenter_get_page (self->presenter) != page)
    return NULL;
  return kb_presenter_get_room_window (self->presenter);
}
