/* The deck editor's card fields beyond its texts: tags, image, and the roles of a case (a name
 * and a brief in every language, added and deleted with undo). */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kb-editor-window-private.h"

/* The field a role's text is registered under, as the problems name it: "roles/0/name". */
char *
_kb_editor_role_field (guint       role,
                       const char *member)
{
  return g_strdup_printf ("roles/%u/%s", role, member);
}

static void
add_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  KbCard *card;
  guint n;

  if (self->current_card >= kb_deck_get_n_cards (self->deck))
    return;
  card = kb_deck_get_card (self->deck, self->current_card);
  n = kb_card_get_n_roles (card);
  /* One step to undo, apart from typing its name. */
  _kb_editor_begin_batch (self);
  kb_deck_add_card_role (self->deck, card, n);
  _kb_editor_end_batch (self);
  _kb_editor_rebuild (self);
  {
    g_autofree char *field = _kb_editor_role_field (n, "name");
    _kb_editor_focus_field (self, KB_DECK_PART_CARD, self->current_card, field,
                            kb_deck_get_fallback_language (self->deck));
  }
}

static void
remove_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  guint role = g_variant_get_uint32 (parameter);
  KbCard *card;

  if (self->current_card >= kb_deck_get_n_cards (self->deck))
    return;
  card = kb_deck_get_card (self->deck, self->current_card);
  if (role >= kb_card_get_n_roles (card))
    return;
  _kb_editor_begin_batch (self);
  kb_deck_remove_card_role (self->deck, card, role);
  _kb_editor_end_batch (self);
  _kb_editor_rebuild_soon (self);
  _kb_editor_toast (self, _("Role deleted"), TRUE);
}

static GtkWidget *
role_group (KbEditorWindow *self,
            KbCard         *card,
            guint           role)
{
  const char * const *languages = kb_deck_get_languages (self->deck);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: the heading of one role of a case card, with its number */
  g_autofree char *title = g_strdup_printf (_("Role %u"), role + 1);
  /* Translators: the accessible name of the button that deletes a role, with its number */
  g_autofree char *remove_name = g_strdup_printf (_("Delete Role %u"), role + 1);
  g_autofree char *name_field = _kb_editor_role_field (role, "name");
  g_autofree char *brief_field = _kb_editor_role_field (role, "brief");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-role");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", role);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), remove);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      /* Translators: the name of a role in a case, with its number and language */
      g_autofree char *name = g_strdup_printf (_("Name of role %u (%s)"), role + 1, languages[i]);
      /* Translators: what the player of a role is told, with its number and language */
      g_autofree char *brief = g_strdup_printf (_("Brief of role %u (%s)"), role + 1,
                                                languages[i]);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, name, KB_DECK_PART_CARD, self->current_card, name_field, languages[i],
        _kb_editor_text_in (kb_card_get_role_name (card, role), languages[i])));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
        self, brief, KB_DECK_PART_CARD, self->current_card, brief_field, languages[i],
        _kb_editor_text_in (kb_card_get_role_brief (card, role), languages[i])));
    }
  return group;
}

/* Tags and image of @card, and its roles when it is a case (or has roles, to be deleted). */
void
_kb_editor_build_card_more (KbEditorWindow *self,
                            KbCard         *card)
{
  const char * const *tags = kb_card_get_tags (card);
  g_autofree char *joined = tags != NULL ? g_strjoinv (", ", (char **) tags) : NULL;
  GtkWidget *group = adw_preferences_group_new ();
  guint n_roles = kb_card_get_n_roles (card);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("More"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_text_row (
    self, _("Tags (separated by commas)"), KB_DECK_PART_CARD, self->current_card, "tags", NULL,
    joined));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), _kb_editor_art_row (
    self, _("Image (an SVG file in the deck’s folder)"), KB_DECK_PART_CARD, self->current_card,
    "image"));
  gtk_box_append (self->card_form_box, group);

  if (kb_card_get_kind (card) != KB_CARD_KIND_CASE && n_roles == 0)
    return;
  for (guint r = 0; r < n_roles; r++)
    gtk_box_append (self->card_form_box, role_group (self, card, r));
  {
    GtkWidget *add = gtk_button_new_with_mnemonic (_("Add a _Role"));

    gtk_widget_set_halign (add, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (add, "pill");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "editor.add-role");
    gtk_box_append (self->card_form_box, add);
  }
}

/* A text field of a role or the tags: whether @field was one, after setting it. */
gboolean
_kb_editor_set_card_more (KbEditorWindow *self,
                          KbCard         *card,
                          const char     *field,
                          const char     *lang,
                          const char     *value)
{
  guint role;
  char member[8];

  if (g_str_equal (field, "tags"))
    {
      g_auto(GStrv) tags = _kb_editor_split_list (value != NULL ? value : "");
      kb_deck_set_card_tags (self->deck, card, tags[0] != NULL ? (const char * const *) tags
                                                               : NULL);
      return TRUE;
    }
  if (sscanf (field, "roles/%u/%7s", &role, member) != 2 || role >= kb_card_get_n_roles (card))
    return FALSE;
  if (g_str_equal (member, "name"))
    kb_deck_set_card_role_name (self->deck, card, role, lang, value);
  else if (g_str_equal (member, "brief"))
    kb_deck_set_card_role_brief (self->deck, card, role, lang, value);
  return TRUE;
}

void
_kb_editor_roles_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-role", NULL, add_role_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-role", "u", remove_role_action);
}
