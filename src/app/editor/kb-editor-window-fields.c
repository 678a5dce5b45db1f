/* The deck editor's fields: every text field of its forms edits the member of the deck its
 * data names, and is registered under that name, so a problem can jump to it. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-editor-window-private.h"

char *
_kb_editor_field_key (KbDeckPart  part,
                      guint       index,
                      const char *field,
                      const char *lang)
{
  return g_strdup_printf ("%d:%u:%s:%s", part, index, field != NULL ? field : "",
                          lang != NULL ? lang : "");
}

static char *
key_of (GtkWidget *widget)
{
  GObject *object = G_OBJECT (widget);

  if (g_object_get_data (object, "kb-field") == NULL)
    return NULL;
  return _kb_editor_field_key (GPOINTER_TO_INT (g_object_get_data (object, "kb-part")),
                               GPOINTER_TO_UINT (g_object_get_data (object, "kb-index")),
                               g_object_get_data (object, "kb-field"),
                               g_object_get_data (object, "kb-lang"));
}

/* Returns: (nullable): the key of the field under @widget (a row's switch, its entry) */
static char *
key_within (GtkWidget *widget)
{
  char *key = key_of (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && key == NULL;
       child = gtk_widget_get_next_sibling (child))
    key = key_within (child);
  return key;
}

/* Returns: (nullable): the key of the field that has the focus: the focused widget's own or an
 * ancestor's, or, on a row that holds it (the board's switch), the field within. */
char *
_kb_editor_focused_key (GtkWidget *focus)
{
  char *key = NULL;

  for (GtkWidget *w = focus; w != NULL && key == NULL; w = gtk_widget_get_parent (w))
    key = key_of (w);
  return key != NULL || focus == NULL ? key : key_within (focus);
}

void
_kb_editor_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* Returns: (nullable): @text in @lang itself, not its fallback; %NULL when it has none */
const char *
_kb_editor_text_in (const KbText *text,
                    const char   *lang)
{
  return text != NULL && kb_text_has (text, lang) ? kb_text_get (text, lang, NULL) : NULL;
}

/* GTK 4.8 has no gtk_list_box_remove_all. */
void
_kb_editor_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A problem at (@part, @index, @field, @lang) jumps to @widget. */
void
_kb_editor_register (KbEditorWindow *self,
                     GtkWidget      *widget,
                     KbDeckPart      part,
                     guint           index,
                     const char     *field,
                     const char     *lang)
{
  g_hash_table_replace (self->fields, _kb_editor_field_key (part, index, field, lang), widget);
  if (lang != NULL)
    {
      char *whole = _kb_editor_field_key (part, index, field, NULL);
      if (!g_hash_table_contains (self->fields, whole))
        g_hash_table_insert (self->fields, whole, widget);
      else
        g_free (whole);
    }
  g_object_set_data (G_OBJECT (widget), "kb-part", GINT_TO_POINTER (part));
  g_object_set_data (G_OBJECT (widget), "kb-index", GUINT_TO_POINTER (index));
  g_object_set_data_full (G_OBJECT (widget), "kb-field", g_strdup (field), g_free);
  g_object_set_data_full (G_OBJECT (widget), "kb-lang", g_strdup (lang), g_free);
}

char **
_kb_editor_split_list (const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

/* Every text field of every form comes here: which member it edits is in its data. */
static void
text_changed (GtkEditable    *editable,
              KbEditorWindow *self)
{
  KbDeckPart part = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "kb-part"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "kb-index"));
  const char *field = g_object_get_data (G_OBJECT (editable), "kb-field");
  const char *lang = g_object_get_data (G_OBJECT (editable), "kb-lang");
  g_autofree char *value = g_strdup (gtk_editable_get_text (editable));
  const char *set = *g_strstrip (value) != '\0' ? gtk_editable_get_text (editable) : NULL;

  if (self->building)
    return;
  if (part == KB_DECK_PART_DECK && g_str_equal (field, "title"))
    kb_deck_set_title (self->deck, lang, set);
  else if (part == KB_DECK_PART_DECK && g_str_equal (field, "description"))
    kb_deck_set_description (self->deck, lang, set);
  else if (part == KB_DECK_PART_DECK && g_str_equal (field, "license"))
    kb_deck_set_license (self->deck, set);
  else if (part == KB_DECK_PART_DECK && g_str_equal (field, "authors"))
    {
      g_auto(GStrv) authors = _kb_editor_split_list (value);
      kb_deck_set_authors (self->deck, authors[0] != NULL ? (const char * const *) authors : NULL);
    }
  else if (part == KB_DECK_PART_CATEGORY && index < kb_deck_get_n_categories (self->deck))
    kb_deck_set_category_name (self->deck, kb_deck_get_category (self->deck, index), lang, set);
  else if (part == KB_DECK_PART_CARD && index < kb_deck_get_n_cards (self->deck))
    {
      KbCard *card = kb_deck_get_card (self->deck, index);

      if (_kb_editor_set_card_more (self, card, field, lang, set))
        ;
      else if (g_str_equal (field, "title"))
        kb_deck_set_card_title (self->deck, card, lang, set);
      else if (g_str_equal (field, "text"))
        kb_deck_set_card_text (self->deck, card, lang, set);
      else if (g_str_equal (field, "notes"))
        kb_deck_set_card_notes (self->deck, card, lang, set);
      _kb_editor_update_card_row (self, index);
    }
}

/* An entry row for one text; Ctrl+Z in it is the editor's undo, not the entry's own. */
GtkWidget *
_kb_editor_text_row (KbEditorWindow *self,
                     const char     *title,
                     KbDeckPart      part,
                     guint           index,
                     const char     *field,
                     const char     *lang,
                     const char     *value)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  _kb_editor_register (self, row, part, index, field, lang);
  g_signal_connect (row, "changed", G_CALLBACK (text_changed), self);
  return row;
}

void
_kb_editor_focus_field (KbEditorWindow *self,
                        KbDeckPart      part,
                        guint           index,
                        const char     *field,
                        const char     *lang)
{
  g_autofree char *key = _kb_editor_field_key (part, index, field, lang);
  GtkWidget *widget = g_hash_table_lookup (self->fields, key);

  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}
