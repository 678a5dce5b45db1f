/* The images of whole cards a card view keeps, least recently used first out, and the one shadow
 * they all share. A card's image is megabytes (2.8 MB at 1080p, up to 35 MB at 4K filling the
 * screen), so the cache is sized in bytes, not entries; it always keeps a few (the card on
 * screen, the one leaving, the next one drawn ahead) whatever their size. */
#define G_LOG_DOMAIN "kletsborden-card-view"

#include "config.h"

#include "kb-card-renderer.h"
#include "kb-card-textures.h"
#include "kb-shadow.h"
#include "kb-texture.h"

struct _KbCardTextures
{
  GHashTable *textures;   /* key → GdkTexture */
  GQueue lru;             /* the keys of textures (owned by the table), least recent first */
  gsize bytes;            /* the pixels of all textures */
  gsize budget;
  guint min_kept;
  GdkTexture *shadow;     /* the shadow of a card of shadow_width × shadow_height */
  int shadow_width;
  int shadow_height;
};

static gsize
texture_bytes (GdkTexture *texture)
{
  return (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;
}

KbCardTextures *
kb_card_textures_new (gsize budget,
                      guint min_kept)
{
  KbCardTextures *self = g_new0 (KbCardTextures, 1);

  self->textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_queue_init (&self->lru);
  self->budget = budget;
  self->min_kept = min_kept;
  return self;
}

void
kb_card_textures_free (KbCardTextures *self)
{
  g_queue_clear (&self->lru);
  g_hash_table_unref (self->textures);
  g_clear_object (&self->shadow);
  g_free (self);
}

void
kb_card_textures_clear (KbCardTextures *self)
{
  g_queue_clear (&self->lru);
  g_hash_table_remove_all (self->textures);
  self->bytes = 0;
}

/* Returns: (transfer none) (nullable): the texture kept as @key, now the most recently used */
GdkTexture *
kb_card_textures_lookup (KbCardTextures *self,
                         const char     *key)
{
  char *stored_key;
  GdkTexture *texture;

  if (!g_hash_table_lookup_extended (self->textures, key, (gpointer *) &stored_key,
                                     (gpointer *) &texture))
    return NULL;
  g_queue_remove (&self->lru, stored_key);
  g_queue_push_tail (&self->lru, stored_key);
  return texture;
}

/* Lets the least recently used go until @bytes more fit in the budget (or only the few always
 * kept are left). Called before drawing a new image, so that the old ones' memory is free for
 * it. */
void
kb_card_textures_make_room (KbCardTextures *self,
                            gsize           bytes)
{
  while (g_hash_table_size (self->textures) >= self->min_kept &&
         self->bytes + bytes > self->budget)
    {
      char *oldest = g_queue_pop_head (&self->lru);

      self->bytes -= texture_bytes (g_hash_table_lookup (self->textures, oldest));
      g_hash_table_remove (self->textures, oldest);
    }
}

/* Keeps @texture (taking it) as @key, the most recently used. */
void
kb_card_textures_insert (KbCardTextures *self,
                         const char     *key,
                         GdkTexture     *texture)
{
  char *stored_key = g_strdup (key);

  g_return_if_fail (!g_hash_table_contains (self->textures, key));

  kb_card_textures_make_room (self, texture_bytes (texture));
  self->bytes += texture_bytes (texture);
  g_queue_push_tail (&self->lru, stored_key);
  g_hash_table_insert (self->textures, stored_key, texture);
}

/**
 * kb_card_textures_get_shadow:
 * @width: (in device pixels) the card's width, as @height
 * @reach: how far the shadow reaches beyond the card (kb_shadow_reach() of @offset_y and @blur)
 *
 * The shadow of a card, black at @alpha, drawn once per card size with the card's corners.
 *
 * Returns: (transfer none): the shadow, @reach larger than the card on every side
 */
GdkTexture *
kb_card_textures_get_shadow (KbCardTextures *self,
                             int             width,
                             int             height,
                             int             reach,
                             double          offset_y,
                             double          blur,
                             double          alpha)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->shadow != NULL && self->shadow_width == width && self->shadow_height == height)
    return self->shadow;
  g_clear_object (&self->shadow);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * reach,
                                        height + 2 * reach);
  cr = cairo_create (surface);
  kb_shadow_draw (cr, reach, reach, width, height, kb_card_corner_radius (width, height),
                  offset_y, blur, alpha);
  cairo_destroy (cr);
  self->shadow = kb_texture_new_for_surface (surface);
  self->shadow_width = width;
  self->shadow_height = height;
  cairo_surface_destroy (surface);
  return self->shadow;
}
