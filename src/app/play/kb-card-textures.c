/* The images of whole cards a card view keeps, least recently used first out, and the one shadow
 * they all share. A card's image is megabytes (2.8 MB at 1080p, up to 35 MB at 4K filling the
 * screen), so the cache is sized in bytes, not entries; it always keeps a few (the card on
 * screen, the one leaving, the next one drawn ahead) whatever their size. */
#define G_LOG_DOMAIN "kletsborden-card-view"

#include "config.h"

#include <math.h>

#include "kb-card-renderer.h"
#include "kb-card-textures.h"
#include "kb-shadow.h"
#include "kb-texture.h"

/* The card's shadow, of its height: drawn once per size into a texture of its own that every
 * card of that size shares, never per frame and never per card. */
#define SHADOW_OFFSET 0.01
#define SHADOW_BLUR 0.025
#define SHADOW_ALPHA 0.25

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
  GThread *shadow_thread; /* drawing the shadow of a card of pending_width × pending_height */
  int pending_width;
  int pending_height;
};

typedef struct
{
  int width;    /* the card's, in device pixels */
  int height;
  int reach;    /* how far the shadow reaches beyond it */
} ShadowSize;

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

static cairo_surface_t *join_shadow (KbCardTextures *self);

void
kb_card_textures_free (KbCardTextures *self)
{
  cairo_surface_t *pending = join_shadow (self);

  if (pending != NULL)
    cairo_surface_destroy (pending);
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

static void
shadow_size (GtkWidget             *widget,
             const graphene_rect_t *rect,
             ShadowSize            *size)
{
  int scale = gtk_widget_get_scale_factor (widget);

  size->width = rect->size.width * scale;
  size->height = rect->size.height * scale;
  size->reach = kb_shadow_reach (size->height * SHADOW_OFFSET, size->height * SHADOW_BLUR);
}

/* The shadow of a card of @size, @reach larger on every side, with the card's corners. Only
 * cairo on a surface of its own: safe in any thread. */
static cairo_surface_t *
draw_shadow (const ShadowSize *size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         size->width + 2 * size->reach,
                                                         size->height + 2 * size->reach);
  cairo_t *cr = cairo_create (surface);

  kb_shadow_draw (cr, size->reach, size->reach, size->width, size->height,
                  kb_card_corner_radius (size->width, size->height),
                  size->height * SHADOW_OFFSET, size->height * SHADOW_BLUR, SHADOW_ALPHA);
  cairo_destroy (cr);
  return surface;
}

static gpointer
draw_shadow_thread (gpointer data)
{
  g_autofree ShadowSize *size = data;

  return draw_shadow (size);
}

/* Returns: (transfer full) (nullable): the shadow the worker drew, waited for */
static cairo_surface_t *
join_shadow (KbCardTextures *self)
{
  GThread *thread = g_steal_pointer (&self->shadow_thread);

  return thread != NULL ? g_thread_join (thread) : NULL;
}

/**
 * kb_card_textures_prepare_shadow:
 * @rect: where @widget will show the card
 *
 * Starts drawing the shadow of a card at @rect in a worker, unless it is drawn already: the
 * first frame of a size then draws the card's image on the main thread while the other core
 * blurs its shadow (3 ms of each start's first frame at 1080p).
 */
void
kb_card_textures_prepare_shadow (KbCardTextures        *self,
                                 GtkWidget             *widget,
                                 const graphene_rect_t *rect)
{
  ShadowSize size;
  cairo_surface_t *outdated;

  shadow_size (widget, rect, &size);
  if ((self->shadow != NULL && self->shadow_width == size.width &&
       self->shadow_height == size.height) ||
      (self->shadow_thread != NULL && self->pending_width == size.width &&
       self->pending_height == size.height))
    return;
  outdated = join_shadow (self);
  if (outdated != NULL)
    cairo_surface_destroy (outdated);
  self->pending_width = size.width;
  self->pending_height = size.height;
  /* No thread: get_shadow() draws it itself. */
  self->shadow_thread = g_thread_try_new ("kb-card-shadow", draw_shadow_thread,
                                          g_memdup2 (&size, sizeof size), NULL);
}

/* Returns: (transfer none): the shadow of a card of @size, drawn once per card size */
static GdkTexture *
get_shadow (KbCardTextures   *self,
            const ShadowSize *size)
{
  cairo_surface_t *surface = NULL;

  if (self->shadow != NULL && self->shadow_width == size->width &&
      self->shadow_height == size->height)
    return self->shadow;
  g_clear_object (&self->shadow);
  if (self->shadow_thread != NULL)
    {
      gboolean wanted = self->pending_width == size->width &&
                        self->pending_height == size->height;

      surface = join_shadow (self);
      if (!wanted)
        g_clear_pointer (&surface, cairo_surface_destroy);
    }
  if (surface == NULL)
    surface = draw_shadow (size);
  self->shadow = kb_texture_new_for_surface (surface);
  self->shadow_width = size->width;
  self->shadow_height = size->height;
  cairo_surface_destroy (surface);
  return self->shadow;
}

/**
 * kb_card_textures_append_shadow:
 * @rect: where @widget shows the card
 *
 * Appends the shadow of a card at @rect, one image shared by all cards of that size. It is
 * painted only in a ring around the card's body, which the card covers whole: the bands above
 * and below (with the rounded corners, where the shadow shows) and the strips at the sides.
 */
void
kb_card_textures_append_shadow (KbCardTextures        *self,
                                GtkSnapshot           *snapshot,
                                GtkWidget             *widget,
                                const graphene_rect_t *rect)
{
  ShadowSize size;
  GdkTexture *shadow;
  double reach;
  double corner = ceil (kb_card_corner_radius (rect->size.width, rect->size.height));
  double x = rect->origin.x, y = rect->origin.y, w = rect->size.width, h = rect->size.height;
  graphene_rect_t bounds, ring[4];

  shadow_size (widget, rect, &size);
  shadow = get_shadow (self, &size);
  reach = (double) size.reach / gtk_widget_get_scale_factor (widget);
  graphene_rect_init (&ring[0], x - reach, y - reach, w + 2 * reach, reach + corner);
  graphene_rect_init (&ring[1], x - reach, y + h - corner, w + 2 * reach, reach + corner);
  graphene_rect_init (&ring[2], x - reach, y + corner, reach, h - 2 * corner);
  graphene_rect_init (&ring[3], x + w, y + corner, reach, h - 2 * corner);

  graphene_rect_inset_r (rect, -reach, -reach, &bounds);
  for (guint i = 0; i < G_N_ELEMENTS (ring); i++)
    {
      gtk_snapshot_push_clip (snapshot, &ring[i]);
      kb_texture_append (snapshot, widget, shadow, &bounds);
      gtk_snapshot_pop (snapshot);
    }
}
