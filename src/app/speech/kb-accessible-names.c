/* Every control gets a name the moment it is shown: from what the sighted user reads (a label
 * without its mnemonic underscore, or the tooltip without its key hint), once, and again when
 * that text changes. One emission hook on GtkWidget::map covers the controls made later too
 * (deck tiles, player rows), whoever made them. */
#define G_LOG_DOMAIN "kletsborden-accessible"

#include "config.h"

#include <adwaita.h>

#include "kb-accessible-names.h"

#define WATCHED "kb-accessible-watched"

/* "Undo the Last Move (Ctrl+Z)" → "Undo the Last Move": the key is not the name. */
static char *
strip_key_hint (const char *text)
{
  const char *open = text != NULL ? strrchr (text, '(') : NULL;

  if (text == NULL || *text == '\0')
    return NULL;
  if (open != NULL && open > text && g_str_has_suffix (text, ")"))
    return g_strstrip (g_strndup (text, open - text));
  return g_strdup (text);
}

static char *
strip_mnemonic (const char *text)
{
  GString *out;

  if (text == NULL || *text == '\0')
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (out, *p == '_' ? *++p : *p);
  return g_string_free (out, FALSE);
}

/* The text a button's own child shows, if any. */
static char *
child_text (GtkWidget *child)
{
  /* A drop-down keeps its "(None)" label hidden beside the chosen item's: only what shows. */
  if (child == NULL || !gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child))
    return NULL;
  /* A player's row: the name typed in it. */
  if (GTK_IS_EDITABLE (child) && *gtk_editable_get_text (GTK_EDITABLE (child)) != '\0')
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (child)));
  if (GTK_IS_LABEL (child))
    return strip_mnemonic (gtk_label_get_text (GTK_LABEL (child)));
  if (ADW_IS_BUTTON_CONTENT (child))
    return strip_mnemonic (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)));
  for (GtkWidget *c = gtk_widget_get_first_child (child); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      char *text = child_text (c);
      if (text != NULL && *text != '\0')
        return text;
      g_free (text);
    }
  return NULL;
}

static char *
button_name (GtkWidget *widget,
             const char *label,
             gboolean    use_underline)
{
  char *text;

  if (label != NULL && *label != '\0')
    return use_underline ? strip_mnemonic (label) : NULL;   /* GTK names it well itself */
  text = strip_key_hint (gtk_widget_get_tooltip_text (widget));
  if (text == NULL && GTK_IS_BUTTON (widget))
    text = child_text (gtk_button_get_child (GTK_BUTTON (widget)));
  return text;
}

/**
 * kb_accessible_name_for:
 *
 * Returns: (transfer full) (nullable): the name @widget should carry, or %NULL when GTK's own
 *   is right (or there is nothing to go by)
 */
char *
kb_accessible_name_for (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  /* The toggle inside a menu button or a drop-down is the control a screen reader meets. */
  if (GTK_IS_TOGGLE_BUTTON (widget) && parent != NULL &&
      (GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent)))
    return kb_accessible_name_for (parent);
  if (GTK_IS_MENU_BUTTON (widget))
    return button_name (widget, gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)),
                        gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget)));
  if (GTK_IS_BUTTON (widget))
    return button_name (widget, gtk_button_get_label (GTK_BUTTON (widget)),
                        gtk_button_get_use_underline (GTK_BUTTON (widget)));
  if (GTK_IS_DROP_DOWN (widget))
    return strip_key_hint (gtk_widget_get_tooltip_text (widget));
  /* A row of a drop-down's list: the text it shows. */
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) ==
      GTK_ACCESSIBLE_ROLE_LIST_ITEM && !GTK_IS_FLOW_BOX_CHILD (widget))
    return child_text (widget);
  if (GTK_IS_FLOW_BOX_CHILD (widget))
    {
      char *tooltip = strip_key_hint (gtk_widget_get_tooltip_text (
                                        gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (widget))));
      return tooltip != NULL ? tooltip
                             : child_text (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (widget)));
    }
  return NULL;
}

static void
name_widget (GtkWidget *widget)
{
  g_autofree char *name = kb_accessible_name_for (widget);

  if (name != NULL && *name != '\0')
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      /* GTK 4.8 reads the label and then the widgets the control is "labelled by" (the label
       * its mnemonic points from): "Open… Open…". The name already says it all. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget),
                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
}

static void
text_changed (GtkWidget  *widget,
              GParamSpec *pspec,
              gpointer    user_data)
{
  name_widget (widget);
}

static gboolean
name_again (gpointer data)
{
  name_widget (data);
  return G_SOURCE_REMOVE;
}

/* A stack switcher's button gets a new label when its page's title changes ("Problems (2)"),
 * and GTK 4.8 then names it with the title as written, underscore and all: name it again
 * once GTK is done. */
static void
child_changed (GtkWidget  *widget,
               GParamSpec *pspec,
               gpointer    user_data)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, name_again, g_object_ref (widget), g_object_unref);
}

/* Names @widget now and follows the texts its name comes from. */
void
kb_accessible_names_apply (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget) && !GTK_IS_DROP_DOWN (widget) &&
      !GTK_IS_FLOW_BOX_CHILD (widget) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) !=
      GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    return;
  name_widget (widget);
  if (g_object_get_data (G_OBJECT (widget), WATCHED) == NULL)
    {
      g_object_set_data (G_OBJECT (widget), WATCHED, GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (text_changed), NULL);
      if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
        g_signal_connect (widget, "notify::label", G_CALLBACK (text_changed), NULL);
      if (GTK_IS_BUTTON (widget) && GTK_IS_STACK_SWITCHER (gtk_widget_get_parent (widget)))
        g_signal_connect (widget, "notify::child", G_CALLBACK (child_changed), NULL);
    }
}

static gboolean
widget_mapped (GSignalInvocationHint *hint,
               guint                  n_values,
               const GValue          *values,
               gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_WIDGET (object))
    kb_accessible_names_apply (GTK_WIDGET (object));
  return TRUE;   /* stay installed */
}

/* Once, at startup. */
void
kb_accessible_names_install (void)
{
  static gboolean installed;

  if (installed)
    return;
  installed = TRUE;
  /* The signal exists once GtkWidget's class does, which may be before any widget. */
  g_type_class_ref (GTK_TYPE_WIDGET);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, widget_mapped, NULL,
                              NULL);
}
