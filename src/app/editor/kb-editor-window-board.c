/* The deck editor's board: whether the deck is a board game, its shape and die, and its squares
 * in playing order (a category or a special each), added, deleted and moved by keyboard. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-editor-board-preview.h"
#include "kb-editor-window-private.h"
#include "kb-labels.h"
#include "kb-limits.h"
#include "kb-shortcuts.h"

/* A square's choices: the specials first (in the enum's order), then the deck's categories. */
static const KbSpecial specials[] = { KB_SPECIAL_START, KB_SPECIAL_CHOOSE, KB_SPECIAL_COMPLIMENT,
                                      KB_SPECIAL_SWAP, KB_SPECIAL_REST };

static KbBoard *
board_of (KbEditorWindow *self)
{
  return kb_deck_get_board (self->deck);
}

static void
has_board_set (GtkSwitch      *toggle,
               GParamSpec     *pspec,
               KbEditorWindow *self)
{
  gboolean on = gtk_switch_get_active (toggle);

  if (self->building || on == (board_of (self) != NULL))
    return;
  _kb_editor_begin_batch (self);
  kb_deck_set_has_board (self->deck, on);
  /* A new board starts where every game starts, so it can be played at once. */
  if (on)
    kb_deck_add_square (self->deck, 0, NULL, KB_SPECIAL_START, NULL);
  _kb_editor_end_batch (self);
  _kb_editor_rebuild_soon (self);
}

static void
shape_chosen (AdwComboRow    *row,
              GParamSpec     *pspec,
              KbEditorWindow *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (!self->building && board_of (self) != NULL && selected <= KB_BOARD_SHAPE_SPIRAL)
    kb_deck_set_board_shape (self->deck, (KbBoardShape) selected);
}

static void
die_set (GtkSpinButton  *spin,
         KbEditorWindow *self)
{
  guint die = (guint) gtk_spin_button_get_value_as_int (spin);

  if (!self->building && board_of (self) != NULL && die != kb_board_get_die (board_of (self)))
    kb_deck_set_board_die (self->deck, die);
}

static void
square_chosen (AdwComboRow    *row,
               GParamSpec     *pspec,
               KbEditorWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kb-index"));
  guint selected = adw_combo_row_get_selected (row);
  guint n_specials = G_N_ELEMENTS (specials);

  if (self->building || board_of (self) == NULL ||
      index >= kb_board_get_n_squares (board_of (self)) || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected < n_specials)
    kb_deck_set_square (self->deck, index, NULL, specials[selected], NULL);
  else if (selected - n_specials < kb_deck_get_n_categories (self->deck))
    kb_deck_set_square (self->deck, index, kb_category_get_id (kb_deck_get_category (
                          self->deck, selected - n_specials)), KB_SPECIAL_NONE, NULL);
  _kb_editor_board_changed (self);
}

/* Returns: the square whose row has the focus, or G_MAXUINT */
static guint
focused_square (KbEditorWindow *self)
{
  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (self)); w != NULL; w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), "kb-field") != NULL &&
        GPOINTER_TO_INT (g_object_get_data (G_OBJECT (w), "kb-part")) == KB_DECK_PART_SQUARE)
      return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (w), "kb-index"));
  return G_MAXUINT;
}

static void
focus_square (KbEditorWindow *self,
              guint           index)
{
  _kb_editor_focus_field (self, KB_DECK_PART_SQUARE, index, "square", NULL);
}

static void
add_square_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  KbBoard *board = board_of (self);
  guint focused = focused_square (self);
  guint index;
  g_autoptr(GError) error = NULL;
  gboolean added;

  if (board == NULL)
    return;
  index = focused != G_MAXUINT ? focused + 1 : kb_board_get_n_squares (board);
  if (kb_board_get_n_squares (board) >= KB_BOARD_MAX_SQUARES)
    {
      _kb_editor_toast (self, _("A board has no more room for squares"), FALSE);
      return;
    }
  /* The categories in turn, as the paper game has them; a player chooses when there are none. */
  if (kb_deck_get_n_categories (self->deck) > 0)
    added = kb_deck_add_square (self->deck, index, kb_category_get_id (kb_deck_get_category (
                                  self->deck, index % kb_deck_get_n_categories (self->deck))),
                                KB_SPECIAL_NONE, &error);
  else
    added = kb_deck_add_square (self->deck, index, NULL, KB_SPECIAL_CHOOSE, &error);
  if (!added)
    {
      _kb_editor_toast (self, error->message, FALSE);
      return;
    }
  _kb_editor_rebuild (self);
  focus_square (self, index);
}

static void
remove_square_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  guint n;

  if (board_of (self) == NULL || index >= kb_board_get_n_squares (board_of (self)))
    return;
  kb_deck_remove_square (self->deck, index);
  _kb_editor_rebuild (self);
  n = kb_board_get_n_squares (board_of (self));
  if (n > 0)
    focus_square (self, MIN (index, n - 1));
  _kb_editor_toast (self, _("Square deleted"), TRUE);
}

/* Square @from to @to, by keyboard or by drag; the focus goes with it. */
void
_kb_editor_move_square (KbEditorWindow *self,
                        guint           from,
                        guint           to)
{
  KbBoard *board = board_of (self);

  if (board == NULL || from == to || from >= kb_board_get_n_squares (board) ||
      to >= kb_board_get_n_squares (board))
    return;
  kb_deck_move_square (self->deck, from, to);
  _kb_editor_rebuild (self);
  focus_square (self, to);
}

/* Alt+Up and Alt+Down on the Board tab: the focused square one place on. */
static void
move_focused (KbEditorWindow *self,
              int             delta)
{
  guint from = focused_square (self);

  if (from != G_MAXUINT && (int) from + delta >= 0)
    _kb_editor_move_square (self, from, (guint) ((int) from + delta));
}

static void
move_square_up_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  move_focused (KB_EDITOR_WINDOW (widget), -1);
}

static void
move_square_down_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_focused (KB_EDITOR_WINDOW (widget), +1);
}

static GtkWidget *
square_row (KbEditorWindow *self,
            GListModel     *choices,
            guint           index)
{
  KbSquare *square = kb_board_get_square (board_of (self), index);
  KbCategory *category = kb_square_get_category (square);
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: a square of the board in the editor, by its place in playing order */
  g_autofree char *title = g_strdup_printf (_("Square %u"), index + 1);
  /* Translators: the accessible name of the button that deletes a square, with its number */
  g_autofree char *remove_name = g_strdup_printf (_("Delete Square %u"), index + 1);
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
    if (kb_square_get_special (square) == specials[i])
      selected = i;
  for (guint i = 0; category != NULL && i < kb_deck_get_n_categories (self->deck); i++)
    if (kb_deck_get_category (self->deck, i) == category)
      selected = G_N_ELEMENTS (specials) + i;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), choices);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  /* The last name is the row's own (the others are where problems jump to). */
  _kb_editor_register (self, row, KB_DECK_PART_SQUARE, index, NULL, NULL);
  _kb_editor_register (self, row, KB_DECK_PART_SQUARE, index, "category", NULL);
  _kb_editor_register (self, row, KB_DECK_PART_SQUARE, index, "square", NULL);
  g_signal_connect (row, "notify::selected", G_CALLBACK (square_chosen), self);
  kb_shortcuts_add_controller (row, KB_SHORTCUTS_EDITOR_SQUARE, g_variant_new_uint32 (index));

  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-square");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  _kb_editor_square_drag_init (self, row, index);
  return row;
}

static void
build_squares (KbEditorWindow *self)
{
  KbBoard *board = board_of (self);
  const char *lang = _kb_editor_ui_lang (self);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *group, *add;

  for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
    gtk_string_list_append (choices, kb_label_for_special (specials[i], lang));
  for (guint i = 0; i < kb_deck_get_n_categories (self->deck); i++)
    {
      KbCategory *category = kb_deck_get_category (self->deck, i);
      const KbText *name = kb_category_get_name (category);

      gtk_string_list_append (choices, name != NULL ? kb_text_get (
                                name, lang, kb_deck_get_fallback_language (self->deck))
                                                    : kb_category_get_id (category));
    }
  group = _kb_editor_group_new (_("Squares in Playing Order"),
                     _("A category (its card is drawn) or a special square. Alt+Up and Alt+Down "
                       "move the square, Delete deletes it."));
  for (guint i = 0; i < kb_board_get_n_squares (board); i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               square_row (self, G_LIST_MODEL (choices), i));
  gtk_box_append (self->board_box, group);
  add = gtk_button_new_with_mnemonic (_("Add a S_quare"));
  gtk_widget_set_halign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "editor.add-square");
  gtk_box_append (self->board_box, add);
}

void
_kb_editor_build_board (KbEditorWindow *self)
{
  KbBoard *board = board_of (self);
  const char * const shapes[] = { _("Loop (around the edge)"), _("Snake"), _("Spiral"), NULL };
  GtkWidget *group, *row, *toggle, *spin;

  self->building = TRUE;
  _kb_editor_clear_box (self->board_box);
  group = _kb_editor_group_new (_("Board"), NULL);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Play as a board game"));
  toggle = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (toggle), board != NULL);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Play as a board game"), -1);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (has_board_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  _kb_editor_register (self, toggle, KB_DECK_PART_BOARD, 0, "board", NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  if (board != NULL)
    {
      g_autoptr(GtkStringList) model = gtk_string_list_new (shapes);

      row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Shape"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), kb_board_get_shape (board));
      _kb_editor_register (self, row, KB_DECK_PART_BOARD, 0, "shape", NULL);
      g_signal_connect (row, "notify::selected", G_CALLBACK (shape_chosen), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Faces of the die"));
      spin = gtk_spin_button_new_with_range (KB_BOARD_MIN_DIE, KB_BOARD_MAX_DIE, 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), kb_board_get_die (board));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Faces of the die"), -1);
      _kb_editor_register (self, spin, KB_DECK_PART_BOARD, 0, "die", NULL);
      g_signal_connect (spin, "value-changed", G_CALLBACK (die_set), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->board_box, group);
  if (board != NULL)
    build_squares (self);
  self->building = FALSE;
  _kb_editor_board_changed (self);
}

/* The board's preview, after each change. */
void
_kb_editor_board_changed (KbEditorWindow *self)
{
  kb_editor_board_preview_show (self->board_preview, self->deck,
                                kb_deck_get_fallback_language (self->deck));
}

void
_kb_editor_board_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-square", NULL, add_square_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-square", "u",
                                   remove_square_action);
  gtk_widget_class_install_action (widget_class, "editor.move-square-up", NULL,
                                   move_square_up_action);
  gtk_widget_class_install_action (widget_class, "editor.move-square-down", NULL,
                                   move_square_down_action);
}
