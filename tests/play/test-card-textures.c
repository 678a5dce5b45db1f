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

static void
test_shadow_per_size (void)
{
  g_autoptr(KbCardTextures) textures = kb_card_textures_new (1200, 2);
  GdkTexture *shadow = kb_card_textures_get_shadow (textures, 70, 98, 5, 1, 2.5, 0.25);

  /* The shadow reaches 5 pixels beyond the card on every side. */
  g_assert_cmpint (gdk_texture_get_width (shadow), ==, 80);
  g_assert_cmpint (gdk_texture_get_height (shadow), ==, 108);
  g_assert_true (kb_card_textures_get_shadow (textures, 70, 98, 5, 1, 2.5, 0.25) == shadow);
  shadow = kb_card_textures_get_shadow (textures, 140, 196, 9, 2, 5, 0.25);
  g_assert_cmpint (gdk_texture_get_width (shadow), ==, 158);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/play/card-textures/budget", test_budget);
  g_test_add_func ("/play/card-textures/shadow-per-size", test_shadow_per_size);
  return g_test_run ();
}
