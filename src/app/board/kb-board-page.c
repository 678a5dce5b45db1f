/* The board game page. The game (src/core) holds every rule; this page shows whose turn it is
 * and what to do now, in plain words, and turns keys and buttons into moves. Every move is a
 * GAction with a key, so a keyboard, a clicker and the buttons all do the same. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-page-private.h"
#include "kb-board-pawn.h"
#include "kb-shortcuts.h"
#include "kb-calm-cover.h"
#include "kb-focus.h"
#include "kb-color.h"

enum {
  PROP_0,
  PROP_CALM,
  PROP_HIGH_CONTRAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbBoardPage, kb_board_page, GTK_TYPE_WIDGET)

void
_kb_board_page_report (KbBoardPage *self,
                       GError      *error)
{
  /* A move that is not possible now (a key pressed at the wrong moment) is no problem. */
  g_message ("Move not made: %s", error->message);
}

static void
game_changed (KbBoardPage *self)
{
  /* A notice belongs to the turn it was given in; a warning about saving, to the save before
   * this move (the game saves after telling us of the move, and warns again if it fails). */
  if (self->notice != NULL && kb_game_get_n_moves (self->game) > 0)
    g_clear_pointer (&self->notice, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), FALSE);
  /* Keys must keep working after a button that had the focus went away with its square. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->board_view));
  _kb_board_page_update (self);
}

static void
set_calm (KbBoardPage *self,
          gboolean     calm)
{
  if (self->calm == calm)
    return;
  self->calm = calm;
  kb_board_view_set_calm (self->board_view, calm);
  gtk_widget_set_visible (GTK_WIDGET (self->side_panel), !calm);
  /* The room's view goes dark as a whole; the game leader's own view keeps the board. */
  gtk_widget_set_visible (self->calm_cover, calm && !self->facilitator);
  if (self->game != NULL)
    _kb_board_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALM]);
}

/* Keys pressed while the pawn still walks first finish the walk, so a quick second press never
 * skips a card nobody has seen. Returns %TRUE when the key was used up that way. */
static gboolean
catch_up (KbBoardPage *self)
{
  if (self->game == NULL)
    return TRUE;
  if (self->calm)
    {
      set_calm (self, FALSE);
      return TRUE;
    }
  if (kb_board_view_is_animating (self->board_view))
    {
      kb_board_view_finish_animation (self->board_view);
      return TRUE;
    }
  return FALSE;
}

static void
play (KbBoardPage *self,
      gboolean (*move) (KbGame *, GError **))
{
  g_autoptr(GError) error = NULL;

  if (!move (self->game, &error))
    _kb_board_page_report (self, error);
}

static void
go_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (catch_up (self))
    return;
  switch (kb_game_get_phase (self->game))
    {
    case KB_GAME_PHASE_ROLL:
      play (self, kb_game_roll);
      break;
    case KB_GAME_PHASE_CARD:
    case KB_GAME_PHASE_COMPLIMENT:
    case KB_GAME_PHASE_TURN_OVER:
      play (self, kb_game_next_turn);
      break;
    default:
      break;
    }
}

static void
roll_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (!catch_up (self))
    play (self, kb_game_roll);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (!catch_up (self))
    play (self, kb_game_next_turn);
}

static void
box_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (!catch_up (self))
    play (self, kb_game_put_in_box);
}

static void
flag_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (!catch_up (self))
    play (self, kb_game_flag);
}

static void
choose (KbBoardPage *self,
        guint        category)
{
  KbDeck *deck = kb_game_get_deck (self->game);
  g_autoptr(GError) error = NULL;

  if (category < kb_deck_get_n_categories (deck) &&
      !kb_game_choose_category (self->game, kb_deck_get_category (deck, category), &error))
    _kb_board_page_report (self, error);
}

static void
swap (KbBoardPage *self,
      guint        player)
{
  g_autoptr(GError) error = NULL;

  if (!kb_game_swap_with (self->game, player, &error))
    _kb_board_page_report (self, error);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (!catch_up (self))
    choose (self, g_variant_get_uint32 (parameter));
}

static void
swap_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (!catch_up (self))
    swap (self, g_variant_get_uint32 (parameter));
}

/* The wait for a second digit: "1", "2" is twelve, "1" alone is one. */
#define TWO_DIGITS_MS 900

static void
throw_number (KbBoardPage *self,
              guint        number)
{
  g_autoptr(GError) error = NULL;

  if (!kb_game_throw (self->game, number, &error))
    _kb_board_page_report (self, error);
}

static gboolean
throw_pending (gpointer user_data)
{
  KbBoardPage *self = KB_BOARD_PAGE (user_data);
  guint number = self->pending_digit;

  self->pending_id = 0;
  self->pending_digit = 0;
  if (kb_game_get_phase (self->game) == KB_GAME_PHASE_ROLL)
    throw_number (self, number);
  return G_SOURCE_REMOVE;
}

/* A die with more than nine faces (or two dice) can throw 10 to 24: after a 1 or a 2, the
 * page waits a moment for a second digit. */
static void
type_throw (KbBoardPage *self,
            guint        digit)
{
  guint faces = kb_board_get_die (kb_game_get_board (self->game));

  if (self->pending_id != 0)
    {
      guint number = self->pending_digit * 10 + digit;

      g_clear_handle_id (&self->pending_id, g_source_remove);
      self->pending_digit = 0;
      throw_number (self, number);
    }
  else if (digit == 0)
    return;
  else if (faces > 9 && digit * 10 <= KB_GAME_MAX_THROW)
    {
      self->pending_digit = digit;
      self->pending_id = g_timeout_add (TWO_DIGITS_MS, throw_pending, self);
    }
  else
    throw_number (self, digit);
}

/* A digit is the number thrown with a real die; on a "choose" or "swap" square it picks the
 * numbered button instead. */
static void
number_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);
  guint number = g_variant_get_uint32 (parameter);

  if (catch_up (self))
    return;
  switch (kb_game_get_phase (self->game))
    {
    case KB_GAME_PHASE_ROLL:
      type_throw (self, number);
      break;
    case KB_GAME_PHASE_CHOOSE_CATEGORY:
      if (number == 0)
        break;
      choose (self, number - 1);
      break;
    case KB_GAME_PHASE_CHOOSE_PLAYER:
      if (number == 0)
        break;
      {
        guint current = kb_game_get_current_player (self->game);
        guint player = number - 1 < current ? number - 1 : number;
        if (player < kb_game_get_n_players (self->game))
          swap (self, player);
      }
      break;
    default:
      break;
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (self->game == NULL)
    return;
  kb_board_view_finish_animation (self->board_view);
  kb_game_undo (self->game);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  kb_board_view_finish_animation (self->board_view);
  play (self, kb_game_skip);
}

static void
facilitator_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  kb_board_view_finish_animation (self->board_view);
  if (g_str_equal (action_name, "board.move-pawn"))
    _kb_board_page_move_pawn (self);
  else if (g_str_equal (action_name, "board.add-player"))
    _kb_board_page_add_player (self);
  else if (g_str_equal (action_name, "board.remove-player"))
    _kb_board_page_remove_player (self);
  else if (g_str_equal (action_name, "board.end"))
    _kb_board_page_end (self);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  /* Esc steps back one level: calm screen first, then presenting and fullscreen (the window's
   * presenter ends both, whichever window the key came from). */
  if (self->calm)
    set_calm (self, FALSE);
  else if (!gtk_widget_activate_action (widget, "win.leave", NULL) &&
           GTK_IS_WINDOW (root) && gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_unfullscreen (GTK_WINDOW (root));
}

/* F5, a clicker's "start presentation": the board on a second screen, or fullscreen here. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.present-board", NULL);
}

static void
kb_board_page_dispose (GObject *object)
{
  KbBoardPage *self = KB_BOARD_PAGE (object);
  GtkWidget *child;

  if (self->game != NULL)
    g_signal_handlers_disconnect_by_data (self->game, self);
  _kb_board_timer_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_BOARD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->game);
  g_clear_object (&self->read_aloud);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->notice, g_free);
  g_clear_pointer (&self->box_counts, g_array_unref);
  g_clear_pointer (&self->flag_counts, g_array_unref);
  g_clear_handle_id (&self->pending_id, g_source_remove);

  G_OBJECT_CLASS (kb_board_page_parent_class)->dispose (object);
}

static void
kb_board_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KbBoardPage *self = KB_BOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CALM:
      g_value_set_boolean (value, self->calm);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_board_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KbBoardPage *self = KB_BOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CALM:
      set_calm (self, g_value_get_boolean (value));
      break;
    case PROP_HIGH_CONTRAST:
      if (self->high_contrast != g_value_get_boolean (value))
        {
          self->high_contrast = g_value_get_boolean (value);
          kb_board_view_set_theme_variant (self->board_view, self->high_contrast
                                           ? KB_THEME_VARIANT_HIGH_CONTRAST
                                           : KB_THEME_VARIANT_NORMAL);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_board_page_class_init (KbBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_board_page_dispose;
  object_class->get_property = kb_board_page_get_property;
  object_class->set_property = kb_board_page_set_property;

  properties[PROP_CALM] =
    g_param_spec_boolean ("calm", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KB_TYPE_BOARD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kb-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, body);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, board_view);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, prompt_box);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, prompt_title);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, prompt_text);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, prompt_buttons);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, end_box);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, end_label);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, side_panel);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, turn_box);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, turn_label);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, roll_button);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, card_buttons);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, players_list);

  gtk_widget_class_install_action (widget_class, "board.go", NULL, go_action);
  gtk_widget_class_install_action (widget_class, "board.roll", NULL, roll_action);
  gtk_widget_class_install_action (widget_class, "board.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "board.box", NULL, box_action);
  gtk_widget_class_install_action (widget_class, "board.flag", NULL, flag_action);
  gtk_widget_class_install_action (widget_class, "board.choose", "u", choose_action);
  gtk_widget_class_install_action (widget_class, "board.swap", "u", swap_action);
  gtk_widget_class_install_action (widget_class, "board.number", "u", number_action);
  gtk_widget_class_install_action (widget_class, "board.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "board.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "board.move-pawn", NULL, facilitator_action);
  gtk_widget_class_install_action (widget_class, "board.add-player", NULL, facilitator_action);
  gtk_widget_class_install_action (widget_class, "board.remove-player", NULL,
                                   facilitator_action);
  gtk_widget_class_install_action (widget_class, "board.end", NULL, facilitator_action);
  gtk_widget_class_install_action (widget_class, "board.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "board.present", NULL, present_action);
  gtk_widget_class_install_property_action (widget_class, "board.calm", "calm");
  gtk_widget_class_install_property_action (widget_class, "board.high-contrast",
                                            "high-contrast");

  _kb_board_read_aloud_class_init (widget_class);   /* R: after the roll, for a card */
  _kb_board_language_class_init (widget_class);
  _kb_board_timer_class_init (widget_class);
  _kb_board_ending_class_init (widget_class);
  kb_shortcuts_bind (widget_class, KB_SHORTCUTS_BOARD);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardpage");
}

static void
kb_board_page_init (KbBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->box_counts = g_array_new (FALSE, TRUE, sizeof (guint));
  self->flag_counts = g_array_new (FALSE, TRUE, sizeof (guint));
  _kb_board_read_aloud_init (self);
  _kb_board_timer_init (self);
  self->turn_icon = kb_board_pawn_icon_new ("#888888", KB_PAWN_SHAPE_CIRCLE, 56);
  gtk_box_prepend (self->turn_box, self->turn_icon);
  g_signal_connect_swapped (self->board_view, "settled", G_CALLBACK (_kb_board_page_update),
                            self);
  self->calm_cover = GTK_WIDGET (kb_calm_cover_new ());
  gtk_widget_set_parent (self->calm_cover, GTK_WIDGET (self));
}

KbBoardPage *
kb_board_page_new (void)
{
  return g_object_new (KB_TYPE_BOARD_PAGE, NULL);
}

/* Shows @game, which has started (or ended); the page sends it the group's moves. */
void
kb_board_page_set_game (KbBoardPage *self,
                        KbGame      *game)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));
  g_return_if_fail (KB_IS_GAME (game));

  if (self->game != NULL)
    g_signal_handlers_disconnect_by_data (self->game, self);
  g_set_object (&self->game, game);
  kb_calm_cover_set_deck (KB_CALM_COVER (self->calm_cover), kb_game_get_deck (game));
  g_clear_pointer (&self->notice, g_free);
  g_clear_handle_id (&self->pending_id, g_source_remove);
  self->pending_digit = 0;
  set_calm (self, FALSE);
  kb_board_view_set_game (self->board_view, game);
  g_signal_connect_swapped (game, "changed", G_CALLBACK (game_changed), self);
  _kb_board_page_update (self);
  kb_focus_grab (GTK_WIDGET (self->board_view));
}

KbGame *
kb_board_page_get_game (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), NULL);
  return self->game;
}

KbBoardView *
kb_board_page_get_board_view (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), NULL);
  return self->board_view;
}

/* Fullscreen on the projector: no window chrome, the board and the turn panel only. */
void
kb_board_page_set_presenting (KbBoardPage *self,
                              gboolean     presenting)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));

  self->presenting = presenting;
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !presenting);
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  /* Never for a page that is not shown: the keys would go where nobody looks. */
  kb_focus_grab (GTK_WIDGET (self->board_view));
}

/* The room's copy of the board on the projector: the board and whose turn it is, without the
 * buttons and the menu, which stay with the game leader. Keys pressed there still play. */
void
kb_board_page_set_audience (KbBoardPage *self,
                            gboolean     audience)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));

  self->audience = audience;
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !audience);
  if (audience)
    gtk_widget_add_css_class (GTK_WIDGET (self), "audience");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "audience");
  _kb_board_page_update (self);
}

gboolean
kb_board_page_get_audience (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), FALSE);
  return self->audience;
}
