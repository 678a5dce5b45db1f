/* Issue 11: the room never sees a role's brief. A case card of cards/rollenspellen.json is
 * presented on two screens, in a real compositor; what the room's window shows is compared,
 * pixel for pixel, with what it shows for the same deck with every brief taken out: the room
 * must not be able to tell them apart. No text in the room's window may hold a brief either.
 * (The facilitator's window keeps the briefs: the facilitator hands them out.) */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kb-card-view.h"
#include "kb-present-test.h"
#include "kb-window.h"

static KbWindow *window;

static GtkWindow *
room (void)
{
  return kb_window_get_audience_window (window);
}

static gboolean
room_shows (gpointer card_id)
{
  GtkWindow *audience = room ();
  GtkWidget *view = audience != NULL ? kb_present_find (GTK_WIDGET (audience), KB_TYPE_CARD_VIEW)
                                     : NULL;
  KbCard *shown = view != NULL ? kb_card_view_get_shown_card (KB_CARD_VIEW (view)) : NULL;

  /* The room's card view is the one view of the card in that window. */
  return audience != NULL && kb_present_is_fullscreen (audience) && shown != NULL &&
         g_str_equal (kb_card_get_id (shown), card_id) && gtk_widget_get_width (view) > 0;
}

/* The deck file with every role's brief taken out, next to the test's kept state. */
static GFile *
deck_without_briefs (GFile *deck)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "no-briefs.json", NULL);
  JsonArray *cards;

  json_parser_load_from_file (parser, g_file_peek_path (deck), &error);
  g_assert_no_error (error);
  cards = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "cards");
  for (guint i = 0; i < json_array_get_length (cards); i++)
    {
      JsonObject *card = json_array_get_object_element (cards, i);
      JsonArray *roles = json_object_has_member (card, "roles")
                         ? json_object_get_array_member (card, "roles") : NULL;

      for (guint r = 0; roles != NULL && r < json_array_get_length (roles); r++)
        json_object_remove_member (json_array_get_object_element (roles, r), "brief");
    }
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

/* Presents @file on two screens at its first card (a case with roles) and returns what the
 * room sees. */
static GBytes *
room_sees (GFile     *file,
           gboolean  *has_briefs,
           char     **title)
{
  g_autoptr(GString) texts = g_string_new (NULL);
  KbSession *session;
  KbCard **card, *current;
  GBytes *pixels;

  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  session = kb_play_page_get_session (kb_window_get_play_page (window));
  kb_session_next (session);
  current = kb_session_get_current (session);
  card = &current;
  *has_briefs = kb_card_get_role_brief (current, 0) != NULL;
  *title = g_strdup (kb_text_get (kb_card_get_title (current), "en", NULL));
  g_assert_cmpint (kb_card_get_kind (*card), ==, KB_CARD_KIND_CASE);
  g_assert_cmpuint (kb_card_get_n_roles (*card), >, 0);
  if (!kb_present_wait (room_shows, (gpointer) kb_card_get_id (*card), 8000))
    g_error ("the room's window does not show card %s: %s", kb_card_get_id (*card),
             kb_present_describe_focus ());
  pixels = kb_present_settled_snapshot (gtk_window_get_child (room ()));

  /* No text in the room's window holds a brief. */
  collect_texts (GTK_WIDGET (room ()), texts);
  for (guint i = 0; i < kb_card_get_n_roles (*card); i++)
    for (const char * const *lang = kb_deck_get_languages (kb_session_get_deck (session));
         *lang != NULL; lang++)
      {
        const KbText *brief = kb_card_get_role_brief (*card, i);
        const char *text = brief != NULL ? kb_text_get (brief, *lang, NULL) : NULL;

        if (text != NULL && strstr (texts->str, text) != NULL)
          {
            g_test_message ("the room's window shows the brief of role %u: “%s”", i, text);
            g_test_fail ();
          }
      }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  return pixels;
}

static void
test_no_briefs_for_the_room (void)
{
  g_autoptr(KbApplication) app = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "rollenspellen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) stripped = deck_without_briefs (file);
  g_autoptr(GBytes) with_briefs = NULL;
  g_autoptr(GBytes) without_briefs = NULL;
  g_autofree char *title = NULL, *stripped_title = NULL;
  gboolean has_briefs, stripped_has_briefs;
  gsize n, differ = 0;
  const guchar *a, *b;

  g_assert_cmpuint (g_list_model_get_n_items (gdk_display_get_monitors (
                      gdk_display_get_default ())), ==, 2);
  app = kb_test_start_app ();
  kb_present_follow_app (GTK_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_test_wait_for_paint (GTK_WIDGET (window));

  with_briefs = room_sees (file, &has_briefs, &title);
  g_assert_true (has_briefs);
  without_briefs = room_sees (stripped, &stripped_has_briefs, &stripped_title);
  g_assert_false (stripped_has_briefs);
  g_assert_cmpstr (title, ==, stripped_title);

  a = g_bytes_get_data (with_briefs, &n);
  b = g_bytes_get_data (without_briefs, NULL);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (g_bytes_get_size (without_briefs), ==, n);
  for (gsize i = 0; i < n; i += 4)
    differ += memcmp (a + i, b + i, 4) != 0;
  if (differ > 0)
    {
      g_test_message ("the room sees the briefs of “%s”: %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT
                      " pixels differ from the same card without briefs",
                      title, differ, n / 4);
      g_test_fail ();
    }

  kb_test_stop_app (g_steal_pointer (&app));
}

int
main (int   argc,
      char *argv[])
{
  kb_present_test_init (&argc, &argv);
  g_test_add_func ("/present/no-briefs-for-the-room", test_no_briefs_for_the_room);
  return g_test_run ();
}
