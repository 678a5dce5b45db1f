/* The cost of one frame of a card slide with GTK's cairo renderer, in-process and without a
 * display: kb-bench-frame [FRAMES=60]. Builds the render nodes of a frame as the card view did
 * (each card a texture with an outset shadow node, blurred at every frame) and as it does now
 * (the shadow drawn once into the card's texture), draws them as GSK's cairo renderer does
 * (gsk_render_node_draw onto a 1920×1080 image; gtk_init needs a display: xvfb-run -a),
 * alternating, and prints the CPU time per frame:
 * that is the work a frame costs, which a busy machine stretches less than the wall clock. */
#include <gtk/gtk.h>
#include <time.h>

#include "kb-shadow.h"

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
  GBytes *bytes;

  if (reach > 0)
    kb_shadow_draw (cr, reach, reach, width, height, width * 0.04, height * 0.01,
                    height * 0.025, 0.25);
  cairo_rectangle (cr, reach, reach, width, height);
  cairo_set_source_rgb (cr, 0.98, 0.96, 0.93);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       cairo_image_surface_get_stride (surface) * (height + 2 * reach));
  texture = gdk_memory_texture_new (width + 2 * reach, height + 2 * reach, GDK_MEMORY_DEFAULT,
                                    bytes, cairo_image_surface_get_stride (surface));
  g_bytes_unref (bytes);
  cairo_surface_destroy (surface);
  return texture;
}

/* One frame of the slide at progress @t: the leaving card fades out to the left, the next fades
 * in from the right, as kb-card-view.c draws them. */
static GskRenderNode *
frame (GdkTexture *texture, gboolean shadow_node, int reach, const graphene_rect_t *rect, double t)
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
      gtk_snapshot_push_opacity (snapshot, card == 0 ? 1 - t : t);
      if (shadow_node)
        {
          gsk_rounded_rect_init_from_rect (&outline, rect, rect->size.width * 0.04);
          gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0,
                                             rect->size.height * 0.01, 0,
                                             rect->size.height * 0.025);
        }
      graphene_rect_inset_r (rect, -reach, -reach, &bounds);
      gtk_snapshot_append_texture (snapshot, texture, &bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_restore (snapshot);
    }
  return gtk_snapshot_free_to_node (snapshot);
}

static double
draw_frames (GdkTexture *texture, gboolean shadow_node, int reach, const graphene_rect_t *rect,
             int n, cairo_t *cr)
{
  double start = cpu_ms ();

  for (int i = 0; i < n; i++)
    {
      GskRenderNode *node = frame (texture, shadow_node, reach, rect, (i + 0.5) / n);
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
  gtk_init ();   /* GSK's node types are registered there */
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      const graphene_rect_t *rect = &sizes[s];
      int reach = kb_shadow_reach (rect->size.height * 0.01, rect->size.height * 0.025);
      GdkTexture *plain = card_texture (rect->size.width, rect->size.height, 0);
      GdkTexture *baked = card_texture (rect->size.width, rect->size.height, reach);
      double old_ms = 0, new_ms = 0, bake_ms = cpu_ms ();

      g_object_unref (card_texture (rect->size.width, rect->size.height, reach));
      bake_ms = cpu_ms () - bake_ms;
      /* Alternating, three rounds each. */
      for (int round = 0; round < 3; round++)
        {
          old_ms += draw_frames (plain, TRUE, 0, rect, n, cr) / 3;
          new_ms += draw_frames (baked, FALSE, reach, rect, n, cr) / 3;
        }
      g_print ("frame.%.0fx%.0f.shadow_node_per_frame_cpu_ms   %6.1f\n", rect->size.width,
               rect->size.height, old_ms);
      g_print ("frame.%.0fx%.0f.shadow_in_texture_cpu_ms       %6.1f\n", rect->size.width,
               rect->size.height, new_ms);
      g_print ("frame.%.0fx%.0f.card_texture_with_shadow_cpu_ms %5.1f (once a card)\n",
               rect->size.width, rect->size.height, bake_ms);
      g_object_unref (plain);
      g_object_unref (baked);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (target);
  return 0;
}
