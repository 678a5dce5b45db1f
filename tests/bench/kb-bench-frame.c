/* The cost of one frame of a card slide with GTK's cairo renderer, in-process:
 * kb-bench-frame [FRAMES=60]. Builds the render nodes of a frame as the card view did and does:
 *   shadow_node: two translucent cards, each a texture with an outset shadow node (a blur at
 *     every frame);
 *   translucent_texture: the same with the shadow drawn once into the card's texture;
 *   opaque_texture: both cards opaque, still texture nodes (which GTK 4.8's cairo renderer
 *     converts into a new image at every frame);
 *   opaque_surface: as now, both cards opaque, each appended by kb_texture_append() for a
 *     window of the cairo renderer (a cairo node painting the card's surface);
 * draws them as GSK's cairo renderer does (gsk_render_node_draw onto a 1920×1080 image; GTK
 * needs a display: xvfb-run -a), alternating, and prints the CPU time per frame: that is the
 * work a frame costs, which a busy machine stretches less than the wall clock. */
#include <gtk/gtk.h>
#include <time.h>

#include "kb-shadow.h"
#include "kb-texture.h"

typedef enum
{
  SHADOW_NODE,
  TRANSLUCENT_TEXTURE,
  OPAQUE_TEXTURE,
  OPAQUE_SURFACE,
  N_WAYS
} Way;

static const char *const way_names[N_WAYS] = { "shadow_node", "translucent_texture",
                                               "opaque_texture", "opaque_surface" };

static GtkWidget *window;   /* realized with the cairo renderer, for kb_texture_append() */

#define WIDTH 1920
#define HEIGHT 1080

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static GdkTexture *
card_texture (int width, int height, int reach)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * reach,
                                                         height + 2 * reach);
  cairo_t *cr = cairo_create (surface);
  GdkTexture *texture;

  if (reach > 0)
    kb_shadow_draw (cr, reach, reach, width, height, width * 0.04, height * 0.01,
                    height * 0.025, 0.25);
  cairo_rectangle (cr, reach, reach, width, height);
  cairo_set_source_rgb (cr, 0.98, 0.96, 0.93);
  cairo_fill (cr);
  cairo_destroy (cr);
  texture = kb_texture_new_for_surface (surface);
  cairo_surface_destroy (surface);
  return texture;
}

/* One frame of the slide at progress @t: the leaving card goes to the left, the next comes in
 * from the right, as kb-card-view.c draws them (fading, as it did). */
static GskRenderNode *
frame (GdkTexture *texture, Way way, int reach, const graphene_rect_t *rect, double t)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  const GdkRGBA background = { 0.98, 0.98, 0.98, 1 };
  const GdkRGBA shadow = { 0, 0, 0, 0.25 };

  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
  for (int card = 0; card < 2; card++)
    {
      double dx = card == 0 ? -rect->size.width * 0.6 * t : rect->size.width * 0.6 * (1 - t);
      graphene_rect_t bounds;
      GskRoundedRect outline;

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, 0));
      if (way == SHADOW_NODE || way == TRANSLUCENT_TEXTURE)
        gtk_snapshot_push_opacity (snapshot, card == 0 ? 1 - t : t);
      if (way == SHADOW_NODE)
        {
          gsk_rounded_rect_init_from_rect (&outline, rect, rect->size.width * 0.04);
          gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0,
                                             rect->size.height * 0.01, 0,
                                             rect->size.height * 0.025);
        }
      graphene_rect_inset_r (rect, -reach, -reach, &bounds);
      if (way == OPAQUE_SURFACE)
        kb_texture_append (snapshot, window, texture, &bounds);
      else
        gtk_snapshot_append_texture (snapshot, texture, &bounds);
      if (way == SHADOW_NODE || way == TRANSLUCENT_TEXTURE)
        gtk_snapshot_pop (snapshot);
      gtk_snapshot_restore (snapshot);
    }
  return gtk_snapshot_free_to_node (snapshot);
}

static double
draw_frames (GdkTexture *texture, Way way, int reach, const graphene_rect_t *rect, int n,
             cairo_t *cr)
{
  double start = cpu_ms ();

  for (int i = 0; i < n; i++)
    {
      GskRenderNode *node = frame (texture, way, reach, rect, (i + 0.5) / n);
      gsk_render_node_draw (node, cr);
      gsk_render_node_unref (node);
    }
  return (cpu_ms () - start) / n;
}

int
main (int argc, char *argv[])
{
  int n = argc > 1 ? atoi (argv[1]) : 60;
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (target);
  /* A card at 1080p as the play page shows it (its height less the margins), and one as wide
   * as the screen allows ("fill"). */
  const graphene_rect_t sizes[] = { GRAPHENE_RECT_INIT (605, 43, 710, 994),
                                    GRAPHENE_RECT_INIT (85, 43, 1750, 994) };

  if (n <= 0)
    return 2;
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  gtk_init ();
  window = gtk_window_new ();
  gtk_widget_realize (window);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      const graphene_rect_t *rect = &sizes[s];
      int reach = kb_shadow_reach (rect->size.height * 0.01, rect->size.height * 0.025);
      GdkTexture *plain = card_texture (rect->size.width, rect->size.height, 0);
      GdkTexture *baked = card_texture (rect->size.width, rect->size.height, reach);
      double ms[N_WAYS] = { 0 }, bake_ms = cpu_ms ();

      g_object_unref (card_texture (rect->size.width, rect->size.height, reach));
      bake_ms = cpu_ms () - bake_ms;
      /* Alternating, three rounds each. */
      for (int round = 0; round < 3; round++)
        for (Way way = 0; way < N_WAYS; way++)
          ms[way] += draw_frames (way == SHADOW_NODE ? plain : baked, way,
                                  way == SHADOW_NODE ? 0 : reach, rect, n, cr) / 3;
      for (Way way = 0; way < N_WAYS; way++)
        g_print ("frame.%.0fx%.0f.%s_cpu_ms_per_frame %*.1f\n", rect->size.width,
                 rect->size.height, way_names[way], (int) (24 - strlen (way_names[way])),
                 ms[way]);
      g_print ("frame.%.0fx%.0f.card_texture_with_shadow_cpu_ms  %7.1f (once a card)\n",
               rect->size.width, rect->size.height, bake_ms);
      g_object_unref (plain);
      g_object_unref (baked);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (target);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
