/* The board game page. The game (src/core) holds every rule; this page shows whose turn it is
 * and what to do now, in plain words, and turns keys and buttons into moves. Every move is a
 * GAction with a key, so a keyboard, a clicker and the buttons all do the same. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-page-private.h"
#include "kb-board-pawn.h"
#include "kb-color.h"

enum {
  PROP_0,
  PROP_CALM,
  PROP_HIGH_CONTRAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbBoardPage, kb_board_page, GTK_TYPE_WIDGET)

static const char *
language (KbBoardPage *self)
{
  return kb_deck_pick_language (kb_game_get_deck (self->game), g_get_language_names ());
}

static gboolean
in_play (KbBoardPage *self)
{
  KbGamePhase phase = kb_game_get_phase (self->game);

  return phase != KB_GAME_PHASE_SETUP && phase != KB_GAME_PHASE_FINISHED;
}

void
_kb_board_page_report (KbBoardPage *self,
                       GError      *error)
{
  /* A move that is not possible now (a key pressed at the wrong moment) is no problem. */
  g_message ("Move not made: %s", error->message);
}

static void
draw_category_dot (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        user_data)
{
  KbColor color = { 0.5, 0.5, 0.5 };
  double r = MIN (width, height) / 2.0 - 1;

  kb_color_parse (user_data, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, r, 0, 2 * G_PI);
  kb_cairo_set_color (cr, &color);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
}

static GtkWidget *
prompt_button (const char *action,
               guint       value,
               GtkWidget  *icon,
               const char *text,
               guint       number)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *label = g_strdup_printf ("%u  %s", number, text);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), gtk_label_new (label));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", value);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "board-choice");
  return button;
}

static void
fill_choices (KbBoardPage *self,
              KbGamePhase  phase)
{
  KbDeck *deck = kb_game_get_deck (self->game);
  guint number = 1;
  GtkWidget *child;

  /* gtk_flow_box_remove_all came in GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->prompt_buttons))) != NULL)
    gtk_flow_box_remove (self->prompt_buttons, child);
  if (phase == KB_GAME_PHASE_CHOOSE_CATEGORY)
    for (guint c = 0; c < kb_deck_get_n_categories (deck); c++)
      {
        KbCategory *category = kb_deck_get_category (deck, c);
        GtkWidget *dot = gtk_drawing_area_new ();

        gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 28);
        gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 28);
        gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_category_dot,
                                        (gpointer) kb_category_get_color (category), NULL);
        gtk_flow_box_append (self->prompt_buttons,
                             prompt_button ("board.choose", c, dot,
                                            kb_text_get (kb_category_get_name (category),
                                                         language (self),
                                                         kb_deck_get_fallback_language (deck)),
                                            number++));
      }
  else if (phase == KB_GAME_PHASE_CHOOSE_PLAYER)
    for (guint p = 0; p < kb_game_get_n_players (self->game); p++)
      if (p != kb_game_get_current_player (self->game))
        gtk_flow_box_append (self->prompt_buttons,
                             prompt_button ("board.swap", p,
                                            kb_board_pawn_icon_new (
                                              kb_game_get_player_color (self->game, p),
                                              kb_game_get_player_pawn (self->game, p), 32),
                                            kb_game_get_player_name (self->game, p),
                                            number++));
  gtk_widget_set_visible (GTK_WIDGET (self->prompt_buttons), number > 1);
}

/* What the square the player stands on asks for, once the pawn has arrived. */
static void
update_prompt (KbBoardPage *self)
{
  KbGamePhase phase = kb_game_get_phase (self->game);
  guint current = kb_game_get_current_player (self->game);
  guint n_moves = kb_game_get_n_moves (self->game);
  const KbGameMove *last = n_moves > 0 ? kb_game_get_move (self->game, n_moves - 1) : NULL;
  KbSquare *square = kb_board_get_square (kb_game_get_board (self->game),
                                          kb_game_get_player_square (self->game, current));
  const char *title = NULL;
  g_autofree char *text = NULL;

  switch (phase)
    {
    case KB_GAME_PHASE_CHOOSE_CATEGORY:
      title = _("Choose a colour");
      text = g_strdup (_("Which colour of card do you want?"));
      break;
    case KB_GAME_PHASE_CHOOSE_PLAYER:
      title = _("Swap places");
      text = g_strdup (_("Who do you want to swap places with?"));
      break;
    case KB_GAME_PHASE_COMPLIMENT:
      title = _("Give a compliment");
      text = g_strdup (_("Say something kind to another player."));
      break;
    case KB_GAME_PHASE_TURN_OVER:
      if (last != NULL && last->kind == KB_GAME_MOVE_SWAP)
        {
          title = _("Swapped!");
          text = g_strdup_printf (_("You swapped places with %s."),
                                  kb_game_get_player_name (self->game, last->target));
        }
      else if (kb_square_get_special (square) == KB_SPECIAL_REST)
        {
          title = _("Rest");
          text = g_strdup (_("Take a break this turn."));
        }
      else if (kb_square_get_special (square) == KB_SPECIAL_START)
        {
          title = _("Start");
          text = g_strdup (_("You are back at the start."));
        }
      else if (kb_square_get_category (square) != NULL)
        {
          title = _("No cards left");
          text = g_strdup (_("There are no more cards of this colour."));
        }
      break;
    default:
      break;
    }

  if (title != NULL)
    {
      gtk_label_set_label (self->prompt_title, title);
      gtk_label_set_label (self->prompt_text, text);
      fill_choices (self, phase);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->prompt_box),
                          title != NULL && !self->calm &&
                          !kb_board_view_is_animating (self->board_view));
}

static GtkWidget *
player_row (KbBoardPage *self,
            guint        player)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *name = gtk_label_new (kb_game_get_player_name (self->game, player));
  GtkWidget *box_icon = gtk_image_new_from_icon_name ("kb-box-symbolic");
  guint n_box = kb_game_get_player_box_size (self->game, player);
  g_autofree char *count = g_strdup_printf ("%u", n_box);
  GtkWidget *count_label = gtk_label_new (count);
  g_autofree char *tooltip = g_strdup_printf (ngettext ("%u card in the box",
                                                        "%u cards in the box", n_box), n_box);

  gtk_widget_set_margin_start (row, 10);
  gtk_widget_set_margin_end (row, 10);
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_box_append (GTK_BOX (row),
                  kb_board_pawn_icon_new (kb_game_get_player_color (self->game, player),
                                          kb_game_get_player_pawn (self->game, player), 28));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (row), name);
  /* The box is shown as what it is, cards kept aside, never as points. */
  gtk_widget_set_tooltip_text (box_icon, tooltip);
  gtk_widget_set_tooltip_text (count_label, tooltip);
  gtk_widget_set_visible (box_icon, n_box > 0);
  gtk_widget_set_visible (count_label, n_box > 0);
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_box_append (GTK_BOX (row), box_icon);
  gtk_box_append (GTK_BOX (row), count_label);
  if (player == kb_game_get_current_player (self->game) && in_play (self))
    gtk_widget_add_css_class (row, "board-current-player");
  return row;
}

static void
update_players (KbBoardPage *self)
{
  guint n = kb_game_get_n_players (self->game);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->players_list))) != NULL)
    gtk_list_box_remove (self->players_list, child);
  g_array_set_size (self->box_counts, n);
  for (guint i = 0; i < n; i++)
    {
      gtk_list_box_append (self->players_list, player_row (self, i));
      g_array_index (self->box_counts, guint, i) = kb_game_get_player_box_size (self->game, i);
    }
}

static char *
status_text (KbBoardPage *self,
             KbGamePhase  phase)
{
  guint roll = kb_game_get_last_roll (self->game);

  switch (phase)
    {
    case KB_GAME_PHASE_ROLL:
      return g_strdup (_("Press Space to roll the die."));
    case KB_GAME_PHASE_CARD:
      return roll > 0 ? g_strdup_printf (_("You threw %u. Answer the card, or put it in your "
                                           "box, or raise the flag."), roll)
                      : g_strdup (_("Answer the card, or put it in your box, or raise the "
                                    "flag."));
    case KB_GAME_PHASE_CHOOSE_CATEGORY:
      return g_strdup (_("Choose a colour."));
    case KB_GAME_PHASE_CHOOSE_PLAYER:
      return g_strdup (_("Choose a player to swap places with."));
    case KB_GAME_PHASE_COMPLIMENT:
      return g_strdup (_("Give someone a compliment. Then press Space."));
    case KB_GAME_PHASE_TURN_OVER:
      return g_strdup (_("Press Space for the next player."));
    case KB_GAME_PHASE_FINISHED:
      return g_strdup (_("The game is over."));
    case KB_GAME_PHASE_SETUP:
    default:
      return g_strdup ("");
    }
}

static void
update (KbBoardPage *self)
{
  KbGamePhase phase;
  guint current;
  KbDeck *deck;
  g_autofree char *turn = NULL;
  g_autofree char *round = NULL;
  g_autofree char *status = NULL;
  g_autofree char *end = NULL;
  gboolean can_next;

  if (self->game == NULL)
    return;
  phase = kb_game_get_phase (self->game);
  current = kb_game_get_current_player (self->game);
  deck = kb_game_get_deck (self->game);

  adw_window_title_set_title (self->window_title, kb_deck_get_title (deck, language (self)));
  /* Translators: which round of the board game is being played */
  round = g_strdup_printf (_("Round %u"), kb_game_get_rounds_played (self->game) + 1);
  adw_window_title_set_subtitle (self->window_title, in_play (self) ? round : NULL);

  /* Translators: whose turn it is in the board game, e.g. "Anna’s turn" */
  turn = g_strdup_printf (_("%s’s turn"), kb_game_get_player_name (self->game, current));
  gtk_label_set_label (self->turn_label, turn);
  kb_board_pawn_icon_set (self->turn_icon, kb_game_get_player_color (self->game, current),
                          kb_game_get_player_pawn (self->game, current));
  gtk_widget_set_visible (GTK_WIDGET (self->turn_box), in_play (self));

  status = status_text (self, phase);
  if (self->notice != NULL && phase == KB_GAME_PHASE_ROLL)
    {
      char *both = g_strconcat (self->notice, "\n", status, NULL);
      g_free (status);
      status = both;
    }
  gtk_label_set_label (self->status_label, status);

  can_next = phase == KB_GAME_PHASE_CARD || phase == KB_GAME_PHASE_COMPLIMENT ||
             phase == KB_GAME_PHASE_TURN_OVER;
  gtk_widget_set_visible (GTK_WIDGET (self->roll_button), phase == KB_GAME_PHASE_ROLL);
  gtk_widget_set_visible (GTK_WIDGET (self->card_buttons), phase == KB_GAME_PHASE_CARD);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), can_next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.roll", phase == KB_GAME_PHASE_ROLL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.box", phase == KB_GAME_PHASE_CARD);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.next", can_next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.flag", in_play (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo", kb_game_can_undo (self->game));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.skip", in_play (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-pawn", in_play (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.add-player",
                                 in_play (self) &&
                                 kb_game_get_n_players (self->game) < KB_GAME_MAX_PLAYERS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.remove-player",
                                 in_play (self) &&
                                 kb_game_get_n_players (self->game) > KB_GAME_MIN_PLAYERS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.end", in_play (self));

  update_players (self);
  update_prompt (self);

  end = g_strdup_printf (ngettext ("You played %u round together.",
                                   "You played %u rounds together.",
                                   kb_game_get_rounds_played (self->game)),
                         kb_game_get_rounds_played (self->game));
  gtk_label_set_label (self->end_label, end);
  gtk_widget_set_visible (GTK_WIDGET (self->end_box), phase == KB_GAME_PHASE_FINISHED);
}

static void
game_changed (KbBoardPage *self)
{
  /* A notice belongs to the turn it was given in. */
  if (self->notice != NULL && kb_game_get_n_moves (self->game) > 0)
    g_clear_pointer (&self->notice, g_free);
  update (self);
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
  if (self->game != NULL)
    update (self);
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

/* A digit is the number thrown with a real die; on a "choose" or "swap" square it picks the
 * numbered button instead. */
static void
number_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);
  guint number = g_variant_get_uint32 (parameter);
  g_autoptr(GError) error = NULL;

  if (catch_up (self))
    return;
  switch (kb_game_get_phase (self->game))
    {
    case KB_GAME_PHASE_ROLL:
      if (!kb_game_throw (self->game, number, &error))
        _kb_board_page_report (self, error);
      break;
    case KB_GAME_PHASE_CHOOSE_CATEGORY:
      choose (self, number - 1);
      break;
    case KB_GAME_PHASE_CHOOSE_PLAYER:
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

  /* Esc steps back one level: calm screen first, then fullscreen. */
  if (self->calm)
    set_calm (self, FALSE);
  else if (GTK_IS_WINDOW (root) && gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_unfullscreen (GTK_WINDOW (root));
}

static void
kb_board_page_dispose (GObject *object)
{
  KbBoardPage *self = KB_BOARD_PAGE (object);
  GtkWidget *child;

  if (self->game != NULL)
    g_signal_handlers_disconnect_by_data (self->game, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_BOARD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->game);
  g_clear_pointer (&self->notice, g_free);
  g_clear_pointer (&self->box_counts, g_array_unref);

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
add_keys (GtkWidgetClass *widget_class,
          const char     *action,
          const guint    *keys,
          guint           n_keys)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], 0, action, NULL);
}

static void
kb_board_page_class_init (KbBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint go_keys[] = { GDK_KEY_space, GDK_KEY_Return, GDK_KEY_KP_Enter,
                            GDK_KEY_Page_Down };
  const guint roll_keys[] = { GDK_KEY_r, GDK_KEY_R };
  /* K for "kistje" (box), V for "vlaggetje" (flag): what the players call them. */
  const guint box_keys[] = { GDK_KEY_k, GDK_KEY_K };
  const guint flag_keys[] = { GDK_KEY_v, GDK_KEY_V };
  const guint calm_keys[] = { GDK_KEY_b, GDK_KEY_B, GDK_KEY_period };
  const guint fullscreen_keys[] = { GDK_KEY_f, GDK_KEY_F, GDK_KEY_F11, GDK_KEY_F5 };

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
  gtk_widget_class_install_property_action (widget_class, "board.calm", "calm");
  gtk_widget_class_install_property_action (widget_class, "board.high-contrast",
                                            "high-contrast");

  add_keys (widget_class, "board.go", go_keys, G_N_ELEMENTS (go_keys));
  add_keys (widget_class, "board.roll", roll_keys, G_N_ELEMENTS (roll_keys));
  add_keys (widget_class, "board.box", box_keys, G_N_ELEMENTS (box_keys));
  add_keys (widget_class, "board.flag", flag_keys, G_N_ELEMENTS (flag_keys));
  add_keys (widget_class, "board.calm", calm_keys, G_N_ELEMENTS (calm_keys));
  add_keys (widget_class, "win.fullscreen", fullscreen_keys, G_N_ELEMENTS (fullscreen_keys));
  for (guint n = 1; n <= 9; n++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + n, 0, "board.number", "u",
                                           n);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + n, 0, "board.number",
                                           "u", n);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "board.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, 0, "board.high-contrast", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "board.leave", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardpage");
}

static void
kb_board_page_init (KbBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->box_counts = g_array_new (FALSE, TRUE, sizeof (guint));
  self->turn_icon = kb_board_pawn_icon_new ("#888888", KB_PAWN_SHAPE_CIRCLE, 56);
  gtk_box_prepend (self->turn_box, self->turn_icon);
  g_signal_connect_swapped (self->board_view, "settled", G_CALLBACK (update_prompt), self);
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
  g_clear_pointer (&self->notice, g_free);
  set_calm (self, FALSE);
  kb_board_view_set_game (self->board_view, game);
  g_signal_connect_swapped (game, "changed", G_CALLBACK (game_changed), self);
  update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->board_view));
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
  gtk_widget_grab_focus (GTK_WIDGET (self->board_view));
}

/* A line shown until the first move, such as who the die chose to begin. */
void
kb_board_page_set_notice (KbBoardPage *self,
                          const char  *notice)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));

  g_free (self->notice);
  self->notice = g_strdup (notice);
  update (self);
}

/* What the turn panel tells the players now; tests read it. */
const char *
kb_board_page_get_status (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), NULL);
  return gtk_label_get_label (self->status_label);
}

/* Returns: (nullable): the title of the message over the board, or %NULL when none shows. */
const char *
kb_board_page_get_prompt (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->end_box)))
    return gtk_label_get_label (self->end_label);
  return gtk_widget_get_visible (GTK_WIDGET (self->prompt_box))
         ? gtk_label_get_label (self->prompt_title) : NULL;
}

/* The box count the players list shows for @player. */
guint
kb_board_page_get_shown_box_count (KbBoardPage *self,
                                   guint        player)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), 0);
  g_return_val_if_fail (player < self->box_counts->len, 0);
  return g_array_index (self->box_counts, guint, player);
}
