/* The card view's images (kb-card-textures.c): sized in bytes, the least recently used out
 * first, a few always kept whatever their size, and one shadow per card size. */
#include <gtk/gtk.h>

#include "kb-card-textures.h"

/* A texture of @side × @side pixels: @side² × 4 bytes. */
static GdkTexture *
texture_new (int side)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 ((gsize) side * side * 4),
                                              (gsize) side * side * 4);

  return gdk_memory_texture_new (side, side, GDK_MEMORY_DEFAULT, bytes, side * 4);
}

static void
test_budget (void)
{
  /* Room for three 10 × 10 images (400 bytes each), at least two kept. */
  g_autoptr(KbCardTextures) textures = kb_card_textures_new (1200, 2);

  kb_card_textures_insert (textures, "a", texture_new (10));
  kb_card_textures_insert (textures, "b", texture_new (10));
  kb_card_textures_insert (textures, "c", texture_new (10));
  /* a was used last: b is the oldest, and goes for d. */
  g_assert_nonnull (kb_card_textures_lookup (textures, "a"));
  kb_card_textures_insert (textures, "d", texture_new (10));
  g_assert_null (kb_card_textures_lookup (textures, "b"));
  g_assert_nonnull (kb_card_textures_lookup (textures, "a"));
  g_assert_nonnull (kb_card_textures_lookup (textures, "c"));
  g_assert_nonnull (kb_card_textures_lookup (textures, "d"));

  /* One far larger than the budget: the others go but the last two stay. */
  kb_card_textures_insert (textures, "huge", texture_new (40));
  g_assert_nonnull (kb_card_textures_lookup (textures, "huge"));
  g_assert_nonnull (kb_card_textures_lookup (textures, "d"));
  g_assert_null (kb_card_textures_lookup (textures, "a"));
  g_assert_null (kb_card_textures_lookup (textures, "c"));

  kb_card_textures_clear (textures);
  g_assert_null (kb_card_textures_lookup (textures, "d"));
}

/* The shadow's texture in the nodes kb_card_textures_append_shadow() made for @rect: four parts
 * of one image (a widget outside any window gets texture nodes). */
static GdkTexture *
shadow_of (KbCardTextures        *textures,
           GtkWidget             *widget,
           const graphene_rect_t *rect)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GdkTexture *texture = NULL;

  kb_card_textures_append_shadow (textures, snapshot, widget, rect);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_CONTAINER_NODE);
  g_assert_cmpuint (gsk_container_node_get_n_children (node), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      GskRenderNode *clip = gsk_container_node_get_child (node, i);
      GskRenderNode *child = gsk_clip_node_get_child (clip);

      g_assert_cmpint (gsk_render_node_get_node_type (child), ==, GSK_TEXTURE_NODE);
      g_assert_true (texture == NULL || gsk_texture_node_get_texture (child) == texture);
      texture = gsk_texture_node_get_texture (child);
    }
  return texture;
}

static void
test_shadow_per_size (void)
{
  g_autoptr(KbCardTextures) textures = kb_card_textures_new (1200, 2);
  GtkWidget *widget = g_object_ref_sink (gtk_label_new (NULL));
  GdkTexture *shadow = shadow_of (textures, widget, &GRAPHENE_RECT_INIT (10, 10, 700, 980));

  /* Larger than the card on every side; the same image for every card of that size. */
  g_assert_cmpint (gdk_texture_get_width (shadow) - 700, ==,
                   gdk_texture_get_height (shadow) - 980);
  g_assert_cmpint (gdk_texture_get_width (shadow), >, 700);
  g_assert_true (shadow_of (textures, widget, &GRAPHENE_RECT_INIT (300, 20, 700, 980)) == shadow);
  g_assert_cmpint (gdk_texture_get_width (shadow_of (textures, widget,
                                                     &GRAPHENE_RECT_INIT (0, 0, 350, 490))),
                   <, 700);
  g_object_unref (widget);
}

static GBytes *
pixels_of (GdkTexture *texture)
{
  gsize stride = (gsize) gdk_texture_get_width (texture) * 4;
  gsize size = stride * gdk_texture_get_height (texture);
  guchar *data = g_malloc (size);

  gdk_texture_download (texture, data, stride);
  return g_bytes_new_take (data, size);
}

/* A shadow prepared in the worker is the one drawn on the spot; one prepared for another size
 * is not used. */
static void
test_shadow_prepared (void)
{
  g_autoptr(KbCardTextures) plain = kb_card_textures_new (1200, 2);
  g_autoptr(KbCardTextures) prepared = kb_card_textures_new (1200, 2);
  g_autoptr(KbCardTextures) other = kb_card_textures_new (1200, 2);
  g_autoptr(KbCardTextures) left = kb_card_textures_new (1200, 2);
  GtkWidget *widget = g_object_ref_sink (gtk_label_new (NULL));
  const graphene_rect_t card = GRAPHENE_RECT_INIT (10, 10, 700, 980);
  const graphene_rect_t small = GRAPHENE_RECT_INIT (10, 10, 350, 490);
  g_autoptr(GBytes) expected = pixels_of (shadow_of (plain, widget, &card));
  g_autoptr(GBytes) from_worker = NULL;
  g_autoptr(GBytes) after_other = NULL;

  kb_card_textures_prepare_shadow (prepared, widget, &card);
  kb_card_textures_prepare_shadow (prepared, widget, &card);   /* one worker, not two */
  from_worker = pixels_of (shadow_of (prepared, widget, &card));
  g_assert_true (g_bytes_equal (from_worker, expected));

  kb_card_textures_prepare_shadow (other, widget, &small);
  after_other = pixels_of (shadow_of (other, widget, &card));
  g_assert_true (g_bytes_equal (after_other, expected));

  /* Prepared and never used: freed with the rest. */
  kb_card_textures_prepare_shadow (left, widget, &small);
  g_object_unref (widget);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/play/card-textures/budget", test_budget);
  g_test_add_func ("/play/card-textures/shadow-per-size", test_shadow_per_size);
  g_test_add_func ("/play/card-textures/shadow-prepared", test_shadow_prepared);
  return g_test_run ();
}
