/* The deck editor's forms of the deck itself (title, description, authors, licence, languages)
 * and of its categories (name in each language, colour, a symbol or an SVG icon of the deck's). */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-editor-window-private.h"

/* "Title (nl)": which language a field is in, for the eye and the screen reader. */
static char *
field_title (const char *name,
             const char *lang)
{
  /* Translators: a field and the language code of its text, as "Title (nl)" */
  return g_strdup_printf (_("%s (%s)"), name, lang);
}

/* "#RRGGBB", as format v1 writes a colour. */
char *
_kb_editor_color_spec (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02X%02X%02X", (guint) (rgba->red * 255 + 0.5),
                          (guint) (rgba->green * 255 + 0.5), (guint) (rgba->blue * 255 + 0.5));
}

static void
languages_applied (AdwEntryRow    *row,
                   KbEditorWindow *self)
{
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (row)), ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) languages = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);
  languages = g_strv_builder_end (builder);
  if (g_strv_equal ((const char * const *) languages, kb_deck_get_languages (self->deck)))
    return;
  if (!kb_deck_set_languages (self->deck, (const char * const *) languages, &error))
    {
      _kb_editor_toast (self, error->message, FALSE);
      return;
    }
  /* Every form has a field per language: they are built anew, after this signal. */
  _kb_editor_rebuild_soon (self);
}

GtkWidget *
_kb_editor_group_new (const char *title,
                      const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/* GtkColorButton's focus is the button inside it, and a screen reader names that one. */
static void
name_color_button (GtkWidget  *color_button,
                   const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (color_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (color_button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name, -1);
}

static void
back_color_set (GtkColorButton *button,
                KbEditorWindow *self)
{
  g_autofree char *spec = NULL;
  GdkRGBA rgba;

  if (self->building)
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  spec = _kb_editor_color_spec (&rgba);
  kb_deck_set_back_color (self->deck, spec);
  /* Its row says the colour, and it can be given back to the theme. */
  _kb_editor_rebuild_soon (self);
}

static void
back_color_cleared (GtkButton      *button,
                    KbEditorWindow *self)
{
  if (kb_deck_get_back_color (self->deck) == NULL)
    return;
  kb_deck_set_back_color (self->deck, NULL);
  _kb_editor_rebuild_soon (self);
}

/* The back of the cards: a colour of the deck's own, or the theme's, and an image on it. */
static GtkWidget *
back_group (KbEditorWindow *self)
{
  GtkWidget *group = _kb_editor_group_new (_("Back of the Cards"),
                                _("Shown when a card lies face down, and printed on the backs."));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button, *clear;
  const char *color = kb_deck_get_back_color (self->deck);
  GdkRGBA rgba = { 0.18, 0.25, 0.34, 1 };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Back colour"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), color != NULL ? color
                                                                   : _("The theme’s colour"));
  if (color != NULL)
    gdk_rgba_parse (&rgba, color);
  button = gtk_color_button_new_with_rgba (&rgba);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  name_color_button (button, _("Back colour"));
  _kb_editor_register (self, button, KB_DECK_PART_DECK, 0, "back/color", NULL);
  g_signal_connect (button, "color-set", G_CALLBACK (back_color_set), self);
  clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_sensitive (clear, color != NULL);
  gtk_widget_set_tooltip_text (clear, _("Use the Theme’s Colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Use the Theme’s Colour"), -1);
  g_signal_connect (clear, "clicked", G_CALLBACK (back_color_cleared), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_art_row (
    self, _("Back image (an SVG file in the deck’s folder)"), KB_DECK_PART_DECK, 0,
    "back/image"));
  return group;
}

void
_kb_editor_build_deck (KbEditorWindow *self)
{
  const char * const *languages = kb_deck_get_languages (self->deck);
  const char * const *authors = kb_deck_get_authors (self->deck);
  g_autofree char *joined_languages = g_strjoinv (", ", (char **) languages);
  g_autofree char *joined_authors = authors != NULL ? g_strjoinv (", ", (char **) authors) : NULL;
  GtkWidget *group, *row;

  self->building = TRUE;
  _kb_editor_clear_box (self->deck_box);

  group = _kb_editor_group_new (_("Languages"),
                     _("Language codes, separated by commas, like “nl, en”. The first is the one "
                       "shown when a text has no translation."));
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Languages"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), joined_languages);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  _kb_editor_register (self, row, KB_DECK_PART_DECK, 0, "languages", NULL);
  g_signal_connect (row, "apply", G_CALLBACK (languages_applied), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (languages_applied), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (self->deck_box, group);

  group = _kb_editor_group_new (_("About the Deck"), NULL);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *title = field_title (_("Title"), languages[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, title, KB_DECK_PART_DECK, 0, "title", languages[i],
        _kb_editor_text_in (kb_deck_get_title_text (self->deck), languages[i])));
    }
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *title = field_title (_("Description"), languages[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, title, KB_DECK_PART_DECK, 0, "description", languages[i],
        _kb_editor_text_in (kb_deck_get_description_text (self->deck), languages[i])));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
    self, _("Authors (separated by commas)"), KB_DECK_PART_DECK, 0, "authors", NULL,
    joined_authors));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
    self, _("Licence (like CC-BY-4.0)"), KB_DECK_PART_DECK, 0, "license", NULL,
    kb_deck_get_license (self->deck)));
  gtk_box_append (self->deck_box, group);
  gtk_box_append (self->deck_box, back_group (self));
  self->building = FALSE;
}

static guint
index_of_category (KbEditorWindow *self,
                   GtkWidget      *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "kb-index"));
}

static void
color_set (GtkColorButton *button,
           KbEditorWindow *self)
{
  guint index = index_of_category (self, GTK_WIDGET (button));
  g_autofree char *spec = NULL;
  GdkRGBA rgba;

  if (self->building || index >= kb_deck_get_n_categories (self->deck))
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  spec = _kb_editor_color_spec (&rgba);
  kb_deck_set_category_color (self->deck, kb_deck_get_category (self->deck, index), spec);
}

static void
symbol_chosen (AdwComboRow    *row,
               GParamSpec     *pspec,
               KbEditorWindow *self)
{
  guint index = index_of_category (self, GTK_WIDGET (row));
  guint selected = adw_combo_row_get_selected (row);
  const char * const *names = kb_symbols_get_names ();

  if (self->building || index >= kb_deck_get_n_categories (self->deck))
    return;
  kb_deck_set_category_symbol (self->deck, kb_deck_get_category (self->deck, index),
                               selected > 0 && selected != GTK_INVALID_LIST_POSITION
                               ? names[selected - 1] : NULL);
}

static void
remove_category_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!kb_deck_remove_category (self->deck, g_variant_get_uint32 (parameter), &error))
    {
      _kb_editor_toast (self, error->message, FALSE);
      return;
    }
  _kb_editor_rebuild_soon (self);
  _kb_editor_toast (self, _("Category deleted"), TRUE);
}

static void
add_category_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  guint n = kb_deck_get_n_categories (self->deck);
  const char * const *symbols = kb_symbols_get_names ();
  /* Each carries the band's text at 4.5:1 as it is: a new category starts without a warning. */
  static const char * const colors[] = { "#C4533C", "#2E4057", "#507E7E", "#8E5572", "#79997E",
                                         "#B8893E" };
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  KbCategory *category;

  for (guint i = n + 1; id == NULL || kb_deck_find_category (self->deck, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("category-%u", i);
    }
  _kb_editor_begin_batch (self);
  category = kb_deck_add_category (self->deck, n, id, NULL);
  /* Translators: the name of a category just added, with its number */
  name = g_strdup_printf (_("Category %u"), n + 1);
  kb_deck_set_category_name (self->deck, category, _kb_editor_ui_lang (self), name);
  kb_deck_set_category_color (self->deck, category, colors[n % G_N_ELEMENTS (colors)]);
  kb_deck_set_category_symbol (self->deck, category, symbols[n % g_strv_length ((char **) symbols)]);
  _kb_editor_end_batch (self);
  _kb_editor_rebuild_soon (self);
}

static GtkWidget *
category_group (KbEditorWindow *self,
                guint           index)
{
  KbCategory *category = kb_deck_get_category (self->deck, index);
  const char * const *languages = kb_deck_get_languages (self->deck);
  const char * const *symbols = kb_symbols_get_names ();
  g_autoptr(GtkStringList) symbol_names = gtk_string_list_new (NULL);
  g_autofree char *title = g_strdup_printf (_("Category %u"), index + 1);
  g_autofree char *color_name = NULL;
  GtkWidget *group = _kb_editor_group_new (title, kb_category_get_id (category));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *row, *button;
  GdkRGBA rgba = { 0.5, 0.5, 0.5, 1 };
  guint selected = 0;

  gtk_widget_set_tooltip_text (remove, _("Delete the Category"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete the Category"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-category");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), remove);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *name = field_title (_("Name"), languages[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, name, KB_DECK_PART_CATEGORY, index, "name", languages[i],
        _kb_editor_text_in (kb_category_get_name (category), languages[i])));
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Colour"));
  gdk_rgba_parse (&rgba, kb_category_get_color (category) != NULL
                         ? kb_category_get_color (category) : "#808080");
  button = gtk_color_button_new_with_rgba (&rgba);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a category's colour button */
  color_name = g_strdup_printf (_("Colour of category %u"), index + 1);
  name_color_button (button, color_name);
  _kb_editor_register (self, button, KB_DECK_PART_CATEGORY, index, "color", NULL);
  g_signal_connect (button, "color-set", G_CALLBACK (color_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  gtk_string_list_append (symbol_names, _("No symbol"));
  for (guint i = 0; symbols[i] != NULL; i++)
    {
      gtk_string_list_append (symbol_names, symbols[i]);
      if (g_strcmp0 (symbols[i], kb_category_get_symbol (category)) == 0)
        selected = i + 1;
    }
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Symbol"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (symbol_names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  /* The renderer draws the own icon first (kb_render_category_art): say so where one chooses. */
  if (kb_category_get_icon (category) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Not drawn while the category has an icon of its own"));
  _kb_editor_register (self, row, KB_DECK_PART_CATEGORY, index, "symbol", NULL);
  g_signal_connect (row, "notify::selected", G_CALLBACK (symbol_chosen), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_art_row (
    self, _("Own icon (an SVG file in the deck’s folder)"), KB_DECK_PART_CATEGORY, index,
    "icon"));
  _kb_editor_register (self, group, KB_DECK_PART_CATEGORY, index, NULL, NULL);
  return group;
}

void
_kb_editor_build_categories (KbEditorWindow *self)
{
  GtkWidget *add;

  self->building = TRUE;
  _kb_editor_clear_box (self->categories_box);
  for (guint i = 0; i < kb_deck_get_n_categories (self->deck); i++)
    gtk_box_append (self->categories_box, category_group (self, i));
  add = gtk_button_new_with_mnemonic (_("Add a Cate_gory"));
  gtk_widget_set_halign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "editor.add-category");
  gtk_box_append (self->categories_box, add);
  self->building = FALSE;
}

void
_kb_editor_deck_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-category", NULL,
                                   add_category_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-category", "u",
                                   remove_category_action);
}
