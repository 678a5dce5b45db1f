/* The filter popover: which categories, kinds and intensities come up. Changes apply live,
 * so a trainer can narrow the deck in the middle of a round. */
#define G_LOG_DOMAIN "kletsborden-play-filters"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-category.h"
#include "kb-play-page-private.h"

static void
category_toggled (GtkCheckButton *check,
                  KbSession      *session)
{
  kb_session_set_category_shown (session, g_object_get_data (G_OBJECT (check), "category"),
                                 gtk_check_button_get_active (check));
}

static void
kind_toggled (GtkCheckButton *check,
              KbSession      *session)
{
  kb_session_set_kind_shown (session, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check),
                                                                          "value")),
                             gtk_check_button_get_active (check));
}

static void
intensity_toggled (GtkCheckButton *check,
                   KbSession      *session)
{
  kb_session_set_intensity_shown (session,
                                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "value")),
                                  gtk_check_button_get_active (check));
}

static void
add_heading (GtkBox     *box,
             const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, gtk_widget_get_first_child (GTK_WIDGET (box)) ? 12 : 0);
  gtk_box_append (box, label);
}

static GtkWidget *
add_check (GtkBox     *box,
           const char *label,
           gboolean    active,
           GCallback   callback,
           KbSession  *session)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_signal_connect_object (check, "toggled", callback, session, 0);
  gtk_box_append (box, check);
  return check;
}

static const char *
kind_label (KbCardKind kind)
{
  switch (kind)
    {
    case KB_CARD_KIND_QUESTION: return _("Questions");
    case KB_CARD_KIND_STATEMENT: return _("Statements");
    case KB_CARD_KIND_EXERCISE: return _("Exercises");
    case KB_CARD_KIND_CASE: return _("Cases");
    case KB_CARD_KIND_REFLECTION: return _("Reflections");
    default: g_assert_not_reached ();
    }
}

static const char *
intensity_label (KbIntensity intensity)
{
  switch (intensity)
    {
    case KB_INTENSITY_LIGHT: return _("Light");
    case KB_INTENSITY_MEDIUM: return _("Medium");
    case KB_INTENSITY_DEEP: return _("Deep");
    case KB_INTENSITY_UNSET:
    default: g_assert_not_reached ();
    }
}

/* Returns: (transfer floating): a popover that shows only what the deck has: a deck of
 *   questions alone gets no "kind" section. */
GtkWidget *
_kb_play_filters_new (KbSession *session)
{
  KbDeck *deck = kb_session_get_deck (session);
  const char *lang = kb_session_get_language (session);
  GtkWidget *popover = gtk_popover_new ();
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  gboolean kinds[KB_CARD_KIND_REFLECTION + 1] = { FALSE };
  gboolean intensities[KB_INTENSITY_DEEP + 1] = { FALSE };
  guint n_kinds = 0, n_intensities = 0;

  gtk_widget_set_margin_start (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 6);

  for (guint i = 0; i < kb_deck_get_n_cards (deck); i++)
    {
      KbCard *card = kb_deck_get_card (deck, i);
      kinds[kb_card_get_kind (card)] = TRUE;
      intensities[kb_card_get_intensity (card)] = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    n_kinds += kinds[i];
  for (guint i = KB_INTENSITY_LIGHT; i < G_N_ELEMENTS (intensities); i++)
    n_intensities += intensities[i];

  add_heading (box, _("Categories"));
  for (guint i = 0; i < kb_deck_get_n_categories (deck); i++)
    {
      KbCategory *category = kb_deck_get_category (deck, i);
      const char *id = kb_category_get_id (category);
      GtkWidget *check = add_check (box, kb_text_get (kb_category_get_name (category), lang,
                                                      kb_deck_get_fallback_language (deck)),
                                    kb_session_get_category_shown (session, id),
                                    G_CALLBACK (category_toggled), session);
      g_object_set_data_full (G_OBJECT (check), "category", g_strdup (id), g_free);
    }

  if (n_kinds > 1)
    {
      add_heading (box, _("Kinds"));
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (kinds[i])
          g_object_set_data (G_OBJECT (add_check (box, kind_label (i),
                                                  kb_session_get_kind_shown (session, i),
                                                  G_CALLBACK (kind_toggled), session)),
                             "value", GINT_TO_POINTER (i));
    }

  if (n_intensities > 1)
    {
      add_heading (box, _("Intensity"));
      for (guint i = KB_INTENSITY_LIGHT; i < G_N_ELEMENTS (intensities); i++)
        if (intensities[i])
          g_object_set_data (G_OBJECT (add_check (box, intensity_label (i),
                                                  kb_session_get_intensity_shown (session, i),
                                                  G_CALLBACK (intensity_toggled), session)),
                             "value", GINT_TO_POINTER (i));
    }

  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (box));
  return popover;
}
