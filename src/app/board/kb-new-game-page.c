/* The new-game page. The group's players are remembered (GSettings) so that the next evening
 * starts with one press of Return; every player gets a colour and a pawn shape of their own by
 * default, so that pawns differ in more than colour. */
#define G_LOG_DOMAIN "kletsborden-new-game"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "kb-board-pawn.h"
#include "kb-deck-library.h"
#include "kb-kept-game-dialog.h"
#include "kb-new-game-page.h"
#include "kb-pawn-choice.h"
#include "kb-shortcuts.h"

#define DEFAULT_PLAYERS 4

typedef struct
{
  GtkWidget   *row;
  GtkWidget   *icon;
  GtkEditable *name;
  GtkDropDown *color;
  GtkDropDown *shape;
} PlayerRow;

struct _KbNewGamePage
{
  GtkWidget parent_instance;

  /* template widgets */
  AdwComboRow *deck_row;
  AdwPreferencesGroup *players_group;
  AdwComboRow *starter_row;
  GtkSwitch *end_switch;
  GtkButton *start_button;

  /* owned */
  GSettings *settings;
  KbGameKeeper *keeper;     /* asked before a new game replaces a kept one */
  GListModel *entries;      /* KbDeckEntry, the library's; it fills in as decks arrive */
  KbDeck *chosen;           /* the deck asked for with kb_new_game_page_select_deck() */
  GPtrArray *decks;         /* KbDeck, the ones with a board, as deck_row lists them */
  GPtrArray *players;       /* PlayerRow */
  GtkStringList *starters;  /* "let the die decide", then the players' names */
  GtkSizeGroup *choosers;   /* the colour and shape lists line up from row to row */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (KbNewGamePage, kb_new_game_page, GTK_TYPE_WIDGET)

enum {
  START_GAME,
  CONTINUE_GAME,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
player_row_free (gpointer data)
{
  g_free (data);
}

static const char *
deck_language (KbDeck *deck)
{
  return kb_deck_pick_language (deck, g_get_language_names ());
}

/* The list of who may begin follows the names as they are typed. */
static void
update_starters (KbNewGamePage *self)
{
  guint selected = adw_combo_row_get_selected (self->starter_row);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->starters));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (self->updating)
    return;
  self->updating = TRUE;
  g_ptr_array_add (names, (gpointer) _("Let the die decide"));
  for (guint i = 0; i < self->players->len; i++)
    {
      PlayerRow *p = g_ptr_array_index (self->players, i);
      g_ptr_array_add (names, (gpointer) gtk_editable_get_text (p->name));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->starters, 0, n, (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->starter_row,
                              selected < names->len - 1 ? selected : 0);
  self->updating = FALSE;
}

static void
update_player (KbNewGamePage *self,
               PlayerRow     *p)
{
  g_autofree char *color = kb_board_pawn_default_color (gtk_drop_down_get_selected (p->color));

  kb_board_pawn_icon_set (p->icon, color, kb_board_pawn_default_shape (
                                             gtk_drop_down_get_selected (p->shape)));
}

static void
update_buttons (KbNewGamePage *self)
{
  gboolean can_start = self->decks->len > 0 && self->players->len >= KB_GAME_MIN_PLAYERS;

  for (guint i = 0; i < self->players->len && can_start; i++)
    {
      PlayerRow *p = g_ptr_array_index (self->players, i);
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (p->name)));
      can_start = name[0] != '\0';
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-game.add-player",
                                 self->players->len < KB_GAME_MAX_PLAYERS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-game.start", can_start);
}

static void
player_changed (KbNewGamePage *self)
{
  for (guint i = 0; i < self->players->len; i++)
    update_player (self, g_ptr_array_index (self->players, i));
  update_starters (self);
  update_buttons (self);
}

static GtkDropDown *
names_drop_down (const char *(*name) (guint),
                 guint        selected,
                 const char  *tooltip)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkDropDown *drop_down;

  for (guint i = 0; i < KB_BOARD_N_COLORS; i++)
    gtk_string_list_append (names, name (i));
  drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  gtk_drop_down_set_selected (drop_down, selected);
  gtk_widget_set_valign (GTK_WIDGET (drop_down), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (drop_down), tooltip);
  return drop_down;
}

static const char *
shape_name_at (guint index)
{
  return kb_board_pawn_shape_name (kb_board_pawn_default_shape (index));
}

static guint
shape_index (KbPawnShape shape)
{
  for (guint i = 0; i < KB_BOARD_N_COLORS; i++)
    if (kb_board_pawn_default_shape (i) == shape)
      return i;
  return 0;
}

static void start_activated (KbNewGamePage *self);
static void remove_clicked (GtkButton *button, KbNewGamePage *self);

static void
append_player (KbNewGamePage *self,
               const char    *name,
               guint          color,
               guint          shape)
{
  PlayerRow *p = g_new0 (PlayerRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *default_color = kb_board_pawn_default_color (color);

  p->icon = kb_board_pawn_icon_new (default_color, kb_board_pawn_default_shape (shape), 40);
  p->name = GTK_EDITABLE (gtk_entry_new ());
  gtk_editable_set_text (p->name, name);
  gtk_editable_set_max_width_chars (p->name, 14);
  gtk_widget_set_hexpand (GTK_WIDGET (p->name), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (p->name), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (p->name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  p->color = names_drop_down (kb_board_pawn_color_name, color, _("Colour"));
  p->shape = names_drop_down (shape_name_at, shape, _("Pawn"));
  gtk_size_group_add_widget (self->choosers, GTK_WIDGET (p->color));
  gtk_size_group_add_widget (self->choosers, GTK_WIDGET (p->shape));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove This Player"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "kb-player", p);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_box_append (GTK_BOX (box), p->icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (p->name));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (p->color));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (p->shape));
  gtk_box_append (GTK_BOX (box), remove);
  p->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (p->row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (p->row), box);
  adw_preferences_group_add (self->players_group, p->row);
  g_ptr_array_add (self->players, p);

  g_signal_connect_swapped (p->name, "changed", G_CALLBACK (player_changed), self);
  g_signal_connect_swapped (p->name, "activate", G_CALLBACK (start_activated), self);
  g_signal_connect_swapped (p->color, "notify::selected", G_CALLBACK (player_changed), self);
  g_signal_connect_swapped (p->shape, "notify::selected", G_CALLBACK (player_changed), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked), self);
}

static void
remove_player (KbNewGamePage *self,
               PlayerRow     *p)
{
  guint index = 0;

  /* The focus leaves the row first: a row that goes while it holds the focus upsets GTK. */
  g_ptr_array_find (self->players, p, &index);
  if (self->players->len > 1)
    gtk_widget_grab_focus (GTK_WIDGET (((PlayerRow *) g_ptr_array_index (
                                          self->players, index > 0 ? index - 1 : 1))->name));
  adw_preferences_group_remove (self->players_group, p->row);
  g_ptr_array_remove (self->players, p);
  player_changed (self);
}

static void
remove_clicked (GtkButton     *button,
                KbNewGamePage *self)
{
  if (self->players->len > KB_GAME_MIN_PLAYERS)
    remove_player (self, g_object_get_data (G_OBJECT (button), "kb-player"));
}

/* A new player gets the first colour and the first shape nobody has yet. */
static void
add_default_player (KbNewGamePage *self)
{
  guint colors[KB_GAME_MAX_PLAYERS], shapes[KB_GAME_MAX_PLAYERS];
  guint n = self->players->len;
  g_autofree char *name = NULL;

  if (n >= KB_GAME_MAX_PLAYERS)
    return;
  for (guint i = 0; i < n; i++)
    {
      colors[i] = gtk_drop_down_get_selected (((PlayerRow *) self->players->pdata[i])->color);
      shapes[i] = gtk_drop_down_get_selected (((PlayerRow *) self->players->pdata[i])->shape);
    }
  name = g_strdup_printf (_("Player %u"), n + 1);
  append_player (self, name, kb_pawn_choice_first_free (colors, n, KB_BOARD_N_COLORS),
                 kb_pawn_choice_first_free (shapes, n, KB_BOARD_N_COLORS));
  player_changed (self);
}

static void
load_players (KbNewGamePage *self)
{
  g_autoptr(GVariant) players = g_settings_get_value (self->settings, "board-players");
  int starter = g_settings_get_int (self->settings, "board-starter");
  GVariantIter iter;
  const char *name, *color, *shape;

  g_variant_iter_init (&iter, players);
  while (self->players->len < KB_GAME_MAX_PLAYERS &&
         g_variant_iter_next (&iter, "(&s&s&s)", &name, &color, &shape))
    {
      KbPawnShape pawn = KB_PAWN_SHAPE_CIRCLE;
      int c = kb_board_pawn_color_index (color);

      kb_pawn_shape_from_string (shape, &pawn);
      append_player (self, name, c >= 0 ? (guint) c : self->players->len % KB_BOARD_N_COLORS,
                     shape_index (pawn));
    }
  while (self->players->len < DEFAULT_PLAYERS)
    add_default_player (self);
  player_changed (self);
  adw_combo_row_set_selected (self->starter_row,
                              starter >= 0 && (guint) starter < self->players->len
                              ? (guint) starter + 1 : 0);
  gtk_switch_set_active (self->end_switch,
                         g_settings_get_boolean (self->settings, "board-end-when-cards-run-out"));
}

static void
save_players (KbNewGamePage *self)
{
  g_autoptr(GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE ("a(sss)"));
  KbDeck *deck = kb_new_game_page_get_deck (self);

  for (guint i = 0; i < self->players->len; i++)
    {
      PlayerRow *p = g_ptr_array_index (self->players, i);
      g_autofree char *color = kb_board_pawn_default_color (gtk_drop_down_get_selected (p->color));
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (p->name)));

      g_variant_builder_add (builder, "(sss)", name, color,
                             kb_pawn_shape_to_string (kb_board_pawn_default_shape (
                               gtk_drop_down_get_selected (p->shape))));
    }
  g_settings_delay (self->settings);
  g_settings_set_value (self->settings, "board-players", g_variant_builder_end (builder));
  g_settings_set_int (self->settings, "board-starter",
                      (int) adw_combo_row_get_selected (self->starter_row) - 1);
  g_settings_set_boolean (self->settings, "board-end-when-cards-run-out",
                          gtk_switch_get_active (self->end_switch));
  if (deck != NULL && kb_deck_get_file (deck) != NULL)
    {
      g_autofree char *path = g_file_get_path (kb_deck_get_file (deck));
      g_settings_set_string (self->settings, "board-deck", path != NULL ? path : "");
    }
  g_settings_apply (self->settings);
}

static KbGame *
build_game (KbNewGamePage  *self,
            char          **notice,
            GError        **error)
{
  KbDeck *deck = kb_new_game_page_get_deck (self);
  guint starter = adw_combo_row_get_selected (self->starter_row);
  g_autoptr(KbGame) game = NULL;

  game = kb_game_new (deck, g_random_int () | ((guint64) g_random_int () << 32), error);
  if (game == NULL)
    return NULL;
  for (guint i = 0; i < self->players->len; i++)
    {
      PlayerRow *p = g_ptr_array_index (self->players, i);
      g_autofree char *color = kb_board_pawn_default_color (gtk_drop_down_get_selected (p->color));
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (p->name)));

      if (!kb_game_add_player (game, name, color,
                               kb_board_pawn_default_shape (gtk_drop_down_get_selected (p->shape)),
                               error))
        return NULL;
    }
  if (starter == 0)
    {
      if (!kb_game_roll_for_starter (game, NULL, error))
        return NULL;
      *notice = g_strdup_printf (_("The die chose %s to begin."),
                                 kb_game_get_player_name (game, kb_game_get_starter (game)));
    }
  else if (!kb_game_set_starter (game, starter - 1, error))
    return NULL;
  if (!kb_game_set_end_when_cards_run_out (game, gtk_switch_get_active (self->end_switch), error) ||
      !kb_game_start (game, error))
    return NULL;
  return g_steal_pointer (&game);
}

static void
start_activated (KbNewGamePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "new-game.start", NULL);
}

static void
start_now (KbNewGamePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(KbGame) game = build_game (self, &notice, &error);

  if (game == NULL)
    {
      /* The page only offers what the game accepts (names are checked as they are typed). */
      g_message ("The game could not start: %s", error->message);
      return;
    }
  save_players (self);
  g_signal_emit (self, signals[START_GAME], 0, game, notice);
}

static void
kept_game_response (AdwMessageDialog *dialog,
                    const char       *response,
                    KbNewGamePage    *self)
{
  KbKeptGame *kept = g_object_get_data (G_OBJECT (dialog), "kb-kept-game");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "continue"))
    g_signal_emit (self, signals[CONTINUE_GAME], 0, kept);
  else if (g_str_equal (response, "new"))
    {
      GFile *deck_file = kb_deck_get_file (kb_game_get_deck (kb_kept_game_get_game (kept)));

      if (!kb_game_keeper_forget_for (self->keeper, deck_file, &error))
        g_message ("The kept game could not be forgotten: %s", error->message);
      start_now (self);
    }
}

/* A deck whose last game was never finished asks first: continue it, or start anew. */
static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KbNewGamePage *self = KB_NEW_GAME_PAGE (widget);
  KbDeck *deck = kb_new_game_page_get_deck (self);
  g_autoptr(KbKeptGame) kept = NULL;
  AdwMessageDialog *dialog;

  if (self->decks->len == 0 || self->players->len < KB_GAME_MIN_PLAYERS)
    return;
  if (self->keeper != NULL && kb_deck_get_file (deck) != NULL)
    kept = kb_game_keeper_find_kept_for (self->keeper, kb_deck_get_file (deck));
  if (kept == NULL)
    {
      start_now (self);
      return;
    }
  dialog = kb_kept_game_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), kept);
  g_object_set_data_full (G_OBJECT (dialog), "kb-kept-game", g_steal_pointer (&kept),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (kept_game_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_player_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  kb_new_game_page_add_player (KB_NEW_GAME_PAGE (widget));
}

static void
kb_new_game_page_dispose (GObject *object)
{
  KbNewGamePage *self = KB_NEW_GAME_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_NEW_GAME_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->entries != NULL)
    g_signal_handlers_disconnect_by_data (self->entries, self);
  g_clear_object (&self->entries);
  g_clear_object (&self->keeper);
  g_clear_object (&self->chosen);
  g_clear_object (&self->settings);
  g_clear_object (&self->starters);
  g_clear_object (&self->choosers);
  g_clear_pointer (&self->decks, g_ptr_array_unref);
  g_clear_pointer (&self->players, g_ptr_array_unref);

  G_OBJECT_CLASS (kb_new_game_page_parent_class)->dispose (object);
}

static void
kb_new_game_page_class_init (KbNewGamePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_new_game_page_dispose;

  /**
   * KbNewGamePage::start-game:
   * @game: the game, started
   * @notice: (nullable): a line for the players, such as who the die chose to begin
   */
  signals[START_GAME] = g_signal_new ("start-game", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                      KB_TYPE_GAME, G_TYPE_STRING);
  /**
   * KbNewGamePage::continue-game:
   * @kept: the kept game the players chose to go on with instead
   */
  signals[CONTINUE_GAME] = g_signal_new ("continue-game", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                         KB_TYPE_KEPT_GAME);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kb-new-game-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KbNewGamePage, deck_row);
  gtk_widget_class_bind_template_child (widget_class, KbNewGamePage, players_group);
  gtk_widget_class_bind_template_child (widget_class, KbNewGamePage, starter_row);
  gtk_widget_class_bind_template_child (widget_class, KbNewGamePage, end_switch);
  gtk_widget_class_bind_template_child (widget_class, KbNewGamePage, start_button);

  gtk_widget_class_install_action (widget_class, "new-game.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "new-game.add-player", NULL, add_player_action);
  kb_shortcuts_bind (widget_class, KB_SHORTCUTS_NEW_GAME);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "newgamepage");
}

static void
kb_new_game_page_init (KbNewGamePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (SCHEMA_ID);
  self->decks = g_ptr_array_new_with_free_func (g_object_unref);
  self->players = g_ptr_array_new_with_free_func (player_row_free);
  self->starters = gtk_string_list_new (NULL);
  self->choosers = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  adw_combo_row_set_model (self->starter_row, G_LIST_MODEL (self->starters));
  load_players (self);
}

KbNewGamePage *
kb_new_game_page_new (void)
{
  return g_object_new (KB_TYPE_NEW_GAME_PAGE, NULL);
}

/* Lists the library's decks that have a board; the one asked for, else the one played last,
 * else the built-in Kletsborden deck, is chosen. */
static void
list_decks (KbNewGamePage *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *last = g_settings_get_string (self->settings, "board-deck");
  GListModel *entries = self->entries;
  guint selected = 0;

  g_ptr_array_set_size (self->decks, 0);
  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KbDeckEntry) entry = g_list_model_get_item (entries, i);
      KbDeck *deck = kb_deck_entry_get_deck (entry);
      g_autofree char *path = NULL;

      if (deck == NULL || kb_deck_get_board (deck) == NULL)
        continue;
      path = kb_deck_get_file (deck) != NULL ? g_file_get_path (kb_deck_get_file (deck)) : NULL;
      if (g_strcmp0 (path, last) == 0 ||
          (last[0] == '\0' && g_str_equal (kb_deck_get_id (deck), "kletsborden")))
        selected = self->decks->len;
      g_ptr_array_add (self->decks, g_object_ref (deck));
      gtk_string_list_append (titles, kb_deck_get_title (deck, deck_language (deck)));
    }
  adw_combo_row_set_model (self->deck_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->deck_row, selected);
  if (self->chosen != NULL)
    kb_new_game_page_select_deck (self, self->chosen);
  update_buttons (self);
}

/* Lists the decks of @entries (KbDeckEntry), and again whenever the library finds more. */
void
kb_new_game_page_set_decks (KbNewGamePage *self,
                            GListModel    *entries)
{
  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  g_return_if_fail (entries == NULL || G_IS_LIST_MODEL (entries));

  if (self->entries != entries)
    {
      if (self->entries != NULL)
        g_signal_handlers_disconnect_by_data (self->entries, self);
      g_set_object (&self->entries, entries);
      if (entries != NULL)
        g_signal_connect_swapped (entries, "items-changed", G_CALLBACK (list_decks), self);
    }
  g_clear_object (&self->chosen);
  list_decks (self);
}

/* The keeper asked before a new game replaces a kept unfinished one. */
void
kb_new_game_page_set_keeper (KbNewGamePage *self,
                             KbGameKeeper  *keeper)
{
  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  g_set_object (&self->keeper, keeper);
}

/* Chooses @deck, adding it to the list when it came from elsewhere (a file given to --board). */
void
kb_new_game_page_select_deck (KbNewGamePage *self,
                              KbDeck        *deck)
{
  GListModel *titles;
  guint index;

  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  g_return_if_fail (KB_IS_DECK (deck));

  g_set_object (&self->chosen, deck);
  titles = adw_combo_row_get_model (self->deck_row);
  for (index = 0; index < self->decks->len; index++)
    {
      KbDeck *listed = g_ptr_array_index (self->decks, index);
      if (listed == deck || (kb_deck_get_file (listed) != NULL && kb_deck_get_file (deck) != NULL &&
                             g_file_equal (kb_deck_get_file (listed), kb_deck_get_file (deck))))
        break;
    }
  if (index == self->decks->len)
    {
      g_ptr_array_add (self->decks, g_object_ref (deck));
      if (titles == NULL)
        {
          g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
          adw_combo_row_set_model (self->deck_row, G_LIST_MODEL (list));
          titles = adw_combo_row_get_model (self->deck_row);
        }
      gtk_string_list_append (GTK_STRING_LIST (titles),
                              kb_deck_get_title (deck, deck_language (deck)));
    }
  else
    g_set_object ((KbDeck **) &self->decks->pdata[index], deck);
  adw_combo_row_set_selected (self->deck_row, index);
  update_buttons (self);
}

/* Returns: (transfer none) (nullable): the deck the game will be played with. */
KbDeck *
kb_new_game_page_get_deck (KbNewGamePage *self)
{
  guint selected;

  g_return_val_if_fail (KB_IS_NEW_GAME_PAGE (self), NULL);

  selected = adw_combo_row_get_selected (self->deck_row);
  return selected < self->decks->len ? g_ptr_array_index (self->decks, selected) : NULL;
}

guint
kb_new_game_page_get_n_players (KbNewGamePage *self)
{
  g_return_val_if_fail (KB_IS_NEW_GAME_PAGE (self), 0);
  return self->players->len;
}

void
kb_new_game_page_add_player (KbNewGamePage *self)
{
  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  add_default_player (self);
  if (self->players->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (((PlayerRow *) g_ptr_array_index (self->players,
                                                                        self->players->len - 1))
                                       ->name));
}

/* Removes player @index, as long as two remain. */
void
kb_new_game_page_remove_player (KbNewGamePage *self,
                                guint          index)
{
  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  g_return_if_fail (index < self->players->len);

  if (self->players->len > KB_GAME_MIN_PLAYERS)
    remove_player (self, g_ptr_array_index (self->players, index));
}

void
kb_new_game_page_set_player_name (KbNewGamePage *self,
                                  guint          index,
                                  const char    *name)
{
  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  g_return_if_fail (index < self->players->len);
  gtk_editable_set_text (((PlayerRow *) g_ptr_array_index (self->players, index))->name, name);
}

/* @starter: the index of the player who begins, or -1 to let the die decide. */
void
kb_new_game_page_set_starter (KbNewGamePage *self,
                              int            starter)
{
  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  adw_combo_row_set_selected (self->starter_row, starter >= 0 ? (guint) starter + 1 : 0);
}

/* Puts the focus where Return starts the game. */
void
kb_new_game_page_focus (KbNewGamePage *self)
{
  g_return_if_fail (KB_IS_NEW_GAME_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}
