/* The deck editor's cards: the list (add, duplicate, delete, move by keyboard), the form of the
 * selected card with its texts in every language side by side, and its preview. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-editor-window-private.h"
#include "kb-shortcuts.h"

static char *
row_label (KbEditorWindow *self,
           guint           index)
{
  KbCard *card = kb_deck_get_card (self->deck, index);
  const KbText *text = kb_card_get_text (card);
  const char *value = text != NULL ? kb_text_get (text, kb_deck_get_fallback_language (self->deck),
                                                  NULL) : NULL;

  if (value == NULL || *value == '\0')
    /* Translators: a card in the editor's list before its text is written; its number */
    return g_strdup_printf (_("%u. (no text yet)"), index + 1);
  return g_strdup_printf ("%u. %s", index + 1, value);
}

void
_kb_editor_update_card_row (KbEditorWindow *self,
                            guint           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->card_list, (int) index);
  g_autofree char *label = NULL;

  if (row == NULL)
    return;
  label = row_label (self, index);
  gtk_label_set_label (GTK_LABEL (gtk_list_box_row_get_child (row)), label);
}

void
_kb_editor_build_card_list (KbEditorWindow *self)
{
  guint n = kb_deck_get_n_cards (self->deck);

  self->building = TRUE;
  _kb_editor_clear_list (self->card_list);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = row_label (self, i);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_append (self->card_list, label);
      _kb_editor_card_drag_init (self, gtk_widget_get_parent (label), i);
    }
  self->building = FALSE;
  if (self->current_card >= n)
    self->current_card = n > 0 ? n - 1 : 0;
  _kb_editor_select_card (self, self->current_card);
}

void
_kb_editor_select_card (KbEditorWindow *self,
                        guint           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->card_list, (int) index);

  self->current_card = index;
  self->building = TRUE;
  gtk_list_box_select_row (self->card_list, row);
  self->building = FALSE;
  _kb_editor_build_card_form (self);
  _kb_editor_show_preview (self);
}

static void
row_selected (GtkListBox     *box,
              GtkListBoxRow  *row,
              KbEditorWindow *self)
{
  if (self->building || row == NULL)
    return;
  self->current_card = (guint) gtk_list_box_row_get_index (row);
  _kb_editor_build_card_form (self);
  _kb_editor_show_preview (self);
}

static KbCard *
current_card (KbEditorWindow *self)
{
  return self->current_card < kb_deck_get_n_cards (self->deck)
         ? kb_deck_get_card (self->deck, self->current_card) : NULL;
}

static void
category_chosen (AdwComboRow    *row,
                 GParamSpec     *pspec,
                 KbEditorWindow *self)
{
  guint selected = adw_combo_row_get_selected (row);
  KbCard *card = current_card (self);

  if (self->building || card == NULL || selected >= kb_deck_get_n_categories (self->deck))
    return;
  kb_deck_set_card_category (self->deck, card,
                             kb_category_get_id (kb_deck_get_category (self->deck, selected)),
                             NULL);
}

static void
kind_chosen (AdwComboRow    *row,
             GParamSpec     *pspec,
             KbEditorWindow *self)
{
  KbCard *card = current_card (self);

  if (self->building || card == NULL)
    return;
  kb_deck_set_card_kind (self->deck, card, (KbCardKind) adw_combo_row_get_selected (row));
  /* A case has roles to write: the form shows them, or no longer. */
  if (kb_card_get_n_roles (card) == 0)
    _kb_editor_rebuild_soon (self);
}

static void
intensity_chosen (AdwComboRow    *row,
                  GParamSpec     *pspec,
                  KbEditorWindow *self)
{
  KbCard *card = current_card (self);

  if (!self->building && card != NULL)
    kb_deck_set_card_intensity (self->deck, card,
                                (KbIntensity) adw_combo_row_get_selected (row));
}

static GtkWidget *
combo_row (KbEditorWindow     *self,
           const char         *title,
           const char * const *items,
           guint               selected,
           const char         *field,
           GCallback           callback)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  _kb_editor_register (self, row, KB_DECK_PART_CARD, self->current_card, field, NULL);
  g_signal_connect (row, "notify::selected", callback, self);
  return row;
}

void
_kb_editor_build_card_form (KbEditorWindow *self)
{
  KbCard *card = current_card (self);
  const char * const *languages = kb_deck_get_languages (self->deck);
  const char * const kinds[] = { _("Question"), _("Statement"), _("Exercise"), _("Case"),
                                 _("Reflection"), NULL };
  const char * const intensities[] = { _("Not set"), _("Light"), _("Medium"), _("Deep"), NULL };
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) category_names = NULL;
  g_autofree char *title = NULL;
  GtkWidget *group, *columns;
  guint category_index = 0;

  self->building = TRUE;
  _kb_editor_clear_box (self->card_form_box);
  if (card == NULL)
    {
      GtkWidget *status = adw_status_page_new ();
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Cards Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Add a card with the + button or Ctrl+N."));
      gtk_box_append (self->card_form_box, status);
      self->building = FALSE;
      return;
    }

  for (guint i = 0; i < kb_deck_get_n_categories (self->deck); i++)
    {
      KbCategory *category = kb_deck_get_category (self->deck, i);
      const KbText *name = kb_category_get_name (category);

      g_strv_builder_add (names, name != NULL ? kb_text_get (name, languages[0], NULL)
                                              : kb_category_get_id (category));
      if (category == kb_card_get_category (card))
        category_index = i;
    }
  category_names = g_strv_builder_end (names);

  title = g_strdup_printf (_("Card %u"), self->current_card + 1);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), kb_card_get_id (card));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), combo_row (
    self, _("Category"), (const char * const *) category_names, category_index, "category",
    G_CALLBACK (category_chosen)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), combo_row (
    self, _("Kind"), kinds, kb_card_get_kind (card), "kind", G_CALLBACK (kind_chosen)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), combo_row (
    self, _("Intensity"), intensities, kb_card_get_intensity (card), "intensity",
    G_CALLBACK (intensity_chosen)));
  _kb_editor_register (self, group, KB_DECK_PART_CARD, self->current_card, NULL, NULL);
  gtk_box_append (self->card_form_box, group);

  /* The texts of every language side by side, so a translation is written beside its source. */
  columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *lang = languages[i];
      g_autofree char *heading = NULL;
      g_autofree char *text_title = NULL;
      g_autofree char *title_title = NULL;
      g_autofree char *notes_title = NULL;

      /* Translators: the heading over a card's texts in one language, by its code */
      heading = g_strdup_printf (_("In “%s”"), lang);
      text_title = g_strdup_printf (_("Text (%s)"), lang);
      title_title = g_strdup_printf (_("Title (%s)"), lang);
      notes_title = g_strdup_printf (_("Notes for the trainer (%s)"), lang);
      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, text_title, KB_DECK_PART_CARD, self->current_card, "text", lang,
        _kb_editor_text_in (kb_card_get_text (card), lang)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, title_title, KB_DECK_PART_CARD, self->current_card, "title", lang,
        _kb_editor_text_in (kb_card_get_title (card), lang)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, notes_title, KB_DECK_PART_CARD, self->current_card, "notes", lang,
        _kb_editor_text_in (kb_card_get_notes (card), lang)));
      gtk_box_append (GTK_BOX (columns), group);
    }
  gtk_box_append (self->card_form_box, columns);
  _kb_editor_build_card_more (self, card);
  self->building = FALSE;
}

/* The preview follows the card and the language chosen above it. */
void
_kb_editor_show_preview (KbEditorWindow *self)
{
  const char * const *languages = kb_deck_get_languages (self->deck);
  guint chosen = gtk_drop_down_get_selected (self->preview_language);
  GListModel *model = gtk_drop_down_get_model (self->preview_language);
  KbCard *card = current_card (self);
  gboolean same = model != NULL && g_list_model_get_n_items (model) == g_strv_length (
                    (char **) languages);

  for (guint i = 0; same && languages[i] != NULL; i++)
    same = g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), languages[i]);
  if (!same)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (languages);
      self->building = TRUE;
      gtk_drop_down_set_model (self->preview_language, G_LIST_MODEL (list));
      gtk_drop_down_set_selected (self->preview_language, chosen < g_strv_length (
                                    (char **) languages) ? chosen : 0);
      self->building = FALSE;
      chosen = gtk_drop_down_get_selected (self->preview_language);
    }
  /* A card without a text yet has nothing to draw. */
  if (card != NULL && kb_card_get_text (card) == NULL)
    card = NULL;
  kb_editor_preview_show (self->preview, self->deck, card,
                          languages[chosen < g_strv_length ((char **) languages) ? chosen : 0]);
  _kb_editor_board_changed (self);
}

static void
language_chosen (GtkDropDown    *dropdown,
                 GParamSpec     *pspec,
                 KbEditorWindow *self)
{
  if (!self->building)
    _kb_editor_show_preview (self);
}

static void
add_card_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  guint n = kb_deck_get_n_cards (self->deck);
  guint index = n == 0 ? 0 : self->current_card + 1;
  KbCard *card = current_card (self);
  const char *category = NULL;
  g_autofree char *id = NULL;

  if (card != NULL && kb_card_get_category (card) != NULL)
    category = kb_category_get_id (kb_card_get_category (card));
  else if (kb_deck_get_n_categories (self->deck) > 0)
    category = kb_category_get_id (kb_deck_get_category (self->deck, 0));
  if (category == NULL)
    {
      _kb_editor_toast (self, _("Add a category first: every card has one"), FALSE);
      return;
    }
  for (guint i = n + 1; id == NULL || kb_deck_find_card (self->deck, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("card-%u", i);
    }
  kb_deck_add_card (self->deck, index, id, category, NULL);
  kb_editor_history_break (self->history);
  /* The tab first: when the focus leaves the Deck tab, the stack gives it to the card list,
   * whose row then selects itself; the new card is chosen after that. */
  gtk_stack_set_visible_child_name (self->stack, "cards");
  self->current_card = index;
  _kb_editor_build_card_list (self);
  _kb_editor_focus_field (self, KB_DECK_PART_CARD, index, "text",
                          kb_deck_get_fallback_language (self->deck));
}

static void
duplicate_card_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);

  if (current_card (self) == NULL)
    return;
  kb_deck_duplicate_card (self->deck, self->current_card);
  self->current_card++;
  _kb_editor_build_card_list (self);
}

static void
delete_card_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  gboolean in_list = gtk_widget_has_focus (GTK_WIDGET (self->card_list)) ||
                     gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (self)),
                                             GTK_WIDGET (self->card_list));
  GtkListBoxRow *row;

  if (current_card (self) == NULL)
    return;
  kb_deck_remove_card (self->deck, self->current_card);
  _kb_editor_build_card_list (self);
  _kb_editor_toast (self, _("Card deleted"), TRUE);
  if (in_list && (row = gtk_list_box_get_row_at_index (self->card_list,
                                                       (int) self->current_card)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Card @from to @to, by keyboard or by drag; it stays the selected card, and the focus, in the
 * list or in a field of its form, goes with it. */
void
_kb_editor_move_card (KbEditorWindow *self,
                      guint           from,
                      int             to)
{
  guint n = kb_deck_get_n_cards (self->deck);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->card_list));
  GtkListBoxRow *row;

  if (from >= n || to < 0 || to >= (int) n || (guint) to == from)
    return;
  kb_deck_move_card (self->deck, from, (guint) to);
  self->current_card = (guint) to;
  if (in_list)
    {
      _kb_editor_build_card_list (self);
      if ((row = gtk_list_box_get_row_at_index (self->card_list, to)) != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  else
    {
      /* The same field of the card, at its new place. */
      g_autofree char *field = NULL;
      g_autofree char *lang = NULL;

      for (; focus != NULL && field == NULL; focus = gtk_widget_get_parent (focus))
        if (g_object_get_data (G_OBJECT (focus), "kb-field") != NULL)
          {
            field = g_strdup (g_object_get_data (G_OBJECT (focus), "kb-field"));
            lang = g_strdup (g_object_get_data (G_OBJECT (focus), "kb-lang"));
          }
      _kb_editor_rebuild (self);
      if (field != NULL)
        _kb_editor_focus_field (self, KB_DECK_PART_CARD, (guint) to, field, lang);
    }
}

static void
move_card_up_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);

  _kb_editor_move_card (self, self->current_card, (int) self->current_card - 1);
}

static void
move_card_down_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);

  _kb_editor_move_card (self, self->current_card, (int) self->current_card + 1);
}

void
_kb_editor_cards_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-card", NULL, add_card_action);
  gtk_widget_class_install_action (widget_class, "editor.duplicate-card", NULL,
                                   duplicate_card_action);
  gtk_widget_class_install_action (widget_class, "editor.delete-card", NULL, delete_card_action);
  gtk_widget_class_install_action (widget_class, "editor.move-card-up", NULL,
                                   move_card_up_action);
  gtk_widget_class_install_action (widget_class, "editor.move-card-down", NULL,
                                   move_card_down_action);
}

void
_kb_editor_cards_init (KbEditorWindow *self)
{
  g_signal_connect (self->card_list, "row-selected", G_CALLBACK (row_selected), self);
  kb_shortcuts_add_controller (GTK_WIDGET (self->card_list), KB_SHORTCUTS_EDITOR_CARD_LIST, NULL);
  g_signal_connect (self->preview_language, "notify::selected", G_CALLBACK (language_chosen),
                    self);
}
