/* Handing out the roles of a case: the facilitator types who plays the client, the
 * professional and the observer, and the room sees it under the card. The names live only as
 * long as the card is on screen: they are not kept, not logged, not saved. */
#define G_LOG_DOMAIN "kletsborden-play-roles"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-play-page-private.h"

/* A brief is shown on the facilitator's screen only: beside an audience window, or in a window
 * that is not fullscreen; never on a card that fills the one screen the room looks at. */
static gboolean
brief_may_show (KbPlayPage *self)
{
  return self->presenter || !self->presenting;
}

static void
hide_brief (KbPlayPage *self)
{
  if (self->brief_box != NULL)
    gtk_widget_set_visible (self->brief_box, FALSE);
}

static void
ensure_brief_box (KbPlayPage *self)
{
  GtkWidget *overlay = gtk_widget_get_parent (GTK_WIDGET (self->card_view));
  GtkWidget *box, *close;

  if (self->brief_box != NULL)
    return;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (box, "brief-box");
  gtk_widget_set_halign (box, GTK_ALIGN_FILL);
  gtk_widget_set_valign (box, GTK_ALIGN_FILL);
  self->brief_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->brief_label, TRUE);
  gtk_label_set_xalign (self->brief_label, 0);
  gtk_widget_set_vexpand (GTK_WIDGET (self->brief_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->brief_label), "brief-text");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->brief_label));
  close = gtk_button_new_with_mnemonic (_("_Hide the Brief"));
  gtk_widget_set_halign (close, GTK_ALIGN_END);
  gtk_widget_set_focus_on_click (close, FALSE);
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (hide_brief), self);
  gtk_box_append (GTK_BOX (box), close);
  gtk_widget_set_visible (box, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), box);
  self->brief_box = box;
}

static void
show_brief (GtkButton  *button,
            KbPlayPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "role"));
  KbCard *card = kb_session_get_current (self->session);
  const char *lang = kb_session_get_language (self->session);
  const char *fallback = kb_deck_get_fallback_language (kb_session_get_deck (self->session));
  g_autofree char *markup = NULL;

  if (card == NULL || index >= kb_card_get_n_roles (card) || !brief_may_show (self))
    return;
  ensure_brief_box (self);
  markup = g_markup_printf_escaped ("<span size=\"150%%\" weight=\"bold\">%s</span>\n\n%s",
                                    kb_text_get (kb_card_get_role_name (card, index), lang,
                                                 fallback),
                                    kb_text_get (kb_card_get_role_brief (card, index), lang,
                                                 fallback));
  gtk_label_set_markup (self->brief_label, markup);
  gtk_widget_set_visible (self->brief_box, TRUE);
}

void
_kb_play_roles_refresh (KbPlayPage *self)
{
  if (!brief_may_show (self))
    hide_brief (self);
  g_autofree char *markup = _kb_play_roles_dup_markup (self);

  gtk_label_set_markup (self->roles_label, markup != NULL ? markup : "");
  gtk_widget_set_visible (GTK_WIDGET (self->roles_label), markup != NULL && !self->calm);
  g_signal_emit_by_name (self, "roles-changed");
}

static void
name_changed (GtkEditable *entry,
              KbPlayPage  *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "role"));

  if (index < self->role_names->len)
    {
      g_free (g_ptr_array_index (self->role_names, index));
      g_ptr_array_index (self->role_names, index) = g_strdup (gtk_editable_get_text (entry));
    }
  _kb_play_roles_refresh (self);
}

/**
 * _kb_play_roles_dup_markup:
 *
 * Returns: (nullable): "Client: Anna   Observer: Chris" as Pango markup, for the roles that
 *   have someone; %NULL when nobody has a role yet.
 */
char *
_kb_play_roles_dup_markup (KbPlayPage *self)
{
  KbCard *card = self->session != NULL ? kb_session_get_current (self->session) : NULL;
  g_autoptr(GString) markup = g_string_new (NULL);

  if (card == NULL || kb_card_get_kind (card) != KB_CARD_KIND_CASE)
    return NULL;
  for (guint i = 0; i < self->role_names->len && i < kb_card_get_n_roles (card); i++)
    {
      const char *name = g_ptr_array_index (self->role_names, i);
      g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
      const char *role = kb_text_get (kb_card_get_role_name (card, i),
                                      kb_session_get_language (self->session),
                                      kb_deck_get_fallback_language (
                                        kb_session_get_deck (self->session)));
      g_autofree char *escaped = NULL;

      if (*trimmed == '\0')
        continue;
      escaped = g_markup_printf_escaped ("%s: <b>%s</b>", role, trimmed);
      if (markup->len > 0)
        g_string_append (markup, "     ");
      g_string_append (markup, escaped);
    }
  return markup->len > 0 ? g_string_free (g_steal_pointer (&markup), FALSE) : NULL;
}

/* A new card: the roles of the case on it, with empty names. */
void
_kb_play_roles_update (KbPlayPage *self)
{
  KbCard *card = kb_session_get_current (self->session);
  const char *lang = kb_session_get_language (self->session);
  const char *fallback = kb_deck_get_fallback_language (kb_session_get_deck (self->session));
  gboolean is_case = card != NULL && kb_card_get_kind (card) == KB_CARD_KIND_CASE &&
                     kb_card_get_n_roles (card) > 0;
  GtkWidget *child;

  if (card == self->roles_card)
    return;
  self->roles_card = card;
  hide_brief (self);
  g_ptr_array_set_size (self->role_names, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->roles_box))) != NULL)
    gtk_box_remove (self->roles_box, child);

  gtk_widget_set_visible (GTK_WIDGET (self->roles_button), is_case);
  if (is_case)
    {
      GtkWidget *heading = gtk_label_new (_("Who plays which role?"));

      gtk_widget_add_css_class (heading, "heading");
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_box_append (self->roles_box, heading);
      for (guint i = 0; i < kb_card_get_n_roles (card); i++)
        {
          GtkWidget *entry = gtk_entry_new ();

          g_ptr_array_add (self->role_names, NULL);
          gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                          kb_text_get (kb_card_get_role_name (card, i), lang,
                                                       fallback));
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          kb_text_get (kb_card_get_role_name (card, i), lang,
                                                       fallback), -1);
          g_object_set_data (G_OBJECT (entry), "role", GUINT_TO_POINTER (i));
          g_signal_connect (entry, "changed", G_CALLBACK (name_changed), self);
          gtk_box_append (self->roles_box, entry);
          if (kb_card_get_role_brief (card, i) != NULL)
            {
              GtkWidget *button = gtk_button_new_with_label (_("Show This Brief"));

              /* For the one who plays it, on the facilitator's screen: never the room's. */
              gtk_widget_set_tooltip_text (button, _("Show this role’s brief big on your own "
                                                     "screen, for the person who plays it"));
              gtk_widget_set_halign (button, GTK_ALIGN_END);
              gtk_widget_add_css_class (button, "flat");
              g_object_set_data (G_OBJECT (button), "role", GUINT_TO_POINTER (i));
              g_signal_connect (button, "clicked", G_CALLBACK (show_brief), self);
              gtk_box_append (self->roles_box, button);
            }
        }
    }
  _kb_play_roles_refresh (self);
}

/* Sets a name from outside the popover (tests, and a future role list). */
void
kb_play_page_set_role_name (KbPlayPage *self,
                            guint       index,
                            const char *name)
{
  GtkWidget *child;
  guint i = 0;

  g_return_if_fail (KB_IS_PLAY_PAGE (self));

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->roles_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ENTRY (child) && i++ == index)
      gtk_editable_set_text (GTK_EDITABLE (child), name);
}

char *
kb_play_page_dup_roles_markup (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return _kb_play_roles_dup_markup (self);
}
