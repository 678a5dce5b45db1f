/* What the play page's UI tests share: the running app, the six-card test deck, key presses
 * that wait for the card they should bring, and finding what the window shows. The play test
 * programs include it. */
#pragma once

/* Not every test program uses every helper. */
#pragma GCC diagnostic ignored "-Wunused-function"

#include <string.h>
#include <adwaita.h>

#include "kb-application.h"
#include "kb-card-view.h"
#include "kb-play-page.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;
static KbPlayPage *page;

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) &&
         gtk_widget_get_width (data) > 0 && kb_card_view_get_n_rendered (data) > 0;
}

static const char *
current_id (void)
{
  KbCard *card = kb_session_get_current (kb_play_page_get_session (page));
  return card != NULL ? kb_card_get_id (card) : "";
}

static gboolean
current_is (gpointer expected)
{
  return g_str_equal (current_id (), expected);
}

/* Presses @key and waits until the session shows card @expected. */
static void
press_expect (const char *key,
              const char *expected)
{
  kb_test_press_key (GTK_WINDOW (window), key);
  if (!kb_test_wait_for (current_is, (gpointer) expected))
    g_error ("after %s expected card “%s”, the session shows “%s”", key, expected, current_id ());
  /* The card the view draws follows the session. */
  g_assert_cmpstr (kb_card_get_id (kb_card_view_get_shown_card (
                     kb_play_page_get_card_view (page))), ==, expected);
}

static gboolean
stop_waiting (gpointer done)
{
  *(gboolean *) done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Presses @key, waits for card @expected, then lets the view draw real frames: the slide, and
 * the next card it draws ahead after it. */
static void
press_drawn (const char *key,
             const char *expected)
{
  GtkWidget *view = GTK_WIDGET (kb_play_page_get_card_view (page));
  gboolean done = FALSE;

  press_expect (key, expected);
  kb_test_wait_for_paint (view);
  g_timeout_add (450, stop_waiting, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  kb_test_wait_for_paint (view);
}

static gboolean
label_shown (gpointer part)
{
  return kb_test_find_label (GTK_WIDGET (window), part) != NULL;
}

static gboolean
label_gone (gpointer part)
{
  return kb_test_find_label (GTK_WIDGET (window), part) == NULL;
}

static gboolean
calm_is (gpointer expected)
{
  gboolean calm;

  g_object_get (page, "calm", &calm, NULL);
  return calm == GPOINTER_TO_INT (expected);
}

static gboolean
fill_is (gpointer expected)
{
  gboolean fill;

  g_object_get (kb_play_page_get_card_view (page), "fill", &fill, NULL);
  return fill == GPOINTER_TO_INT (expected);
}

static gboolean
language_is (gpointer expected)
{
  return g_str_equal (kb_session_get_language (kb_play_page_get_session (page)), expected);
}

static gboolean
n_cards_is (gpointer expected)
{
  return kb_session_get_n_cards (kb_play_page_get_session (page)) == GPOINTER_TO_UINT (expected);
}

static void
open_test_deck (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "play");
  page = kb_window_get_play_page (window);
  g_assert_true (kb_test_wait_for (is_drawn, kb_play_page_get_card_view (page)));
}

static GtkCheckButton *
find_check (GtkWidget  *widget,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (widget) &&
      g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0)
    return GTK_CHECK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_check (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_menu_button_popover (GtkWidget *widget,
                          GtkWidget *page_widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child) &&
          gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child)) == NULL &&
          gtk_menu_button_get_popover (GTK_MENU_BUTTON (child)) != NULL)
        return GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (child)));
      {
        GtkWidget *found = find_menu_button_popover (child, page_widget);
        if (found != NULL)
          return found;
      }
    }
  return NULL;
}

static GtkWidget *
find_widget_of_type (GtkWidget *root,
                     GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}
