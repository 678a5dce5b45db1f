/* Visible focus (issue 13): the focused deck tile and the focused card carry a ring that
 * contrasts at least 3:1 (WCAG 1.4.11) with what is there without the focus. Measured in the
 * pixels GTK draws, with the app's own style sheet. */
#include "config.h"

#include <math.h>

#include "kb-card-view.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static KbApplication *the_app;

/* The widget's pixels (B, G, R, A), at its own size. */
static guchar *
draw_widget (GtkWidget *widget,
             int       *width,
             int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  if (g_getenv ("KB_FOCUS_PNG") != NULL)
    gdk_texture_save_to_png (texture, g_getenv ("KB_FOCUS_PNG"));
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  return pixels;
}

static double
luminance (const guchar *bgra)
{
  double rgb[3];

  for (int i = 0; i < 3; i++)
    {
      double c = bgra[2 - i] / 255.0;
      rgb[i] = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* The best contrast between the two drawings along a line of @length pixels from (@x, @y),
 * going right: somewhere on it the ring must stand out. */
static double
ring_contrast (const guchar *focused,
               const guchar *unfocused,
               int           width,
               int           x,
               int           y,
               int           length,
               gboolean      across)
{
  double best = 1.0;

  for (int i = 0; i < length; i++)
    {
      gsize at = ((gsize) (y + (across ? 0 : i)) * width + (x + (across ? i : 0))) * 4;
      double a = luminance (focused + at), b = luminance (unfocused + at);

      best = MAX (best, (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05));
    }
  return best;
}

static void
settle (GtkWidget *widget)
{
  /* Adwaita fades the outline in (200 ms): measure the ring as it stays, not halfway. */
  kb_test_wait_ms (500);
  kb_test_wait_for_paint (widget);
}

static GtkWidget *
find_first (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_deck_tile_ring (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (the_app));
  GtkWidget *tile, *other;
  g_autofree guchar *focused = NULL, *unfocused = NULL;
  graphene_rect_t box;
  int width, height;
  double contrast;

  kb_test_wait_for_library (window);
  tile = find_first (GTK_WIDGET (window), GTK_TYPE_FLOW_BOX_CHILD);
  g_assert_nonnull (tile);
  other = gtk_widget_get_next_sibling (tile);
  g_assert_nonnull (other);

  gtk_window_set_focus_visible (window, TRUE);
  gtk_widget_grab_focus (other);
  settle (GTK_WIDGET (window));
  unfocused = draw_widget (GTK_WIDGET (window), &width, &height);
  gtk_widget_grab_focus (tile);
  gtk_window_set_focus_visible (window, TRUE);
  settle (GTK_WIDGET (window));
  focused = draw_widget (GTK_WIDGET (window), &width, &height);
  g_assert_true (gtk_widget_compute_bounds (tile, GTK_WIDGET (window), &box));
  g_assert_cmpfloat (box.origin.x, >, 8);

  /* Across the tile's left edge at its middle: from 8 px outside to 8 px inside. */
  contrast = ring_contrast (focused, unfocused, width, MAX ((int) box.origin.x - 8, 0),
                            (int) (box.origin.y + box.size.height / 2), 16, TRUE);
  g_test_message ("deck tile: focus ring contrast %.2f:1", contrast);
  g_assert_cmpfloat (contrast, >=, 3.0);
}

static void
test_card_ring (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new_with_label ("x");
  GtkWidget *card = GTK_WIDGET (kb_card_view_new ());
  g_autofree guchar *focused = NULL, *unfocused = NULL;
  graphene_rect_t bounds;
  int width, height;
  double contrast;

  gtk_widget_set_size_request (card, 400, 300);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), card);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kb_test_wait_for (kb_test_is_mapped, card));
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);

  gtk_widget_grab_focus (button);
  settle (window);
  unfocused = draw_widget (window, &width, &height);
  gtk_widget_grab_focus (card);
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  settle (window);
  focused = draw_widget (window, &width, &height);

  /* Across the card view's left side, at its middle: the first 16 px inside. */
  g_assert_true (gtk_widget_compute_bounds (card, window, &bounds));
  contrast = ring_contrast (focused, unfocused, width, (int) bounds.origin.x,
                            (int) (bounds.origin.y + bounds.size.height / 2), 16, TRUE);
  g_test_message ("card: focus ring contrast %.2f:1", contrast);
  g_assert_cmpfloat (contrast, >=, 3.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-focus-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  the_app = kb_test_start_app ();

  g_test_add_func ("/a11y/focus/deck-tile", test_deck_tile_ring);
  g_test_add_func ("/a11y/focus/card", test_card_ring);

  status = g_test_run ();
  kb_test_stop_app (the_app);
  return status;
}
