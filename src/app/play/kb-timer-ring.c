/* Draws a KbTimer: a ring in a calm colour that empties as the turn goes on, and the minutes
 * and seconds left. When the time is up the ring glows softly instead of sounding an alarm:
 * the speaker finishes their sentence, nobody jumps. */
#define G_LOG_DOMAIN "kletsborden-timer-ring"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kb-timer-ring.h"

#define GLOW_PERIOD_US (2 * G_USEC_PER_SEC)

/* Over a card the ring takes this share of the shorter side, within these bounds in pixels:
 * at 1024x600 its digits are about 30 px high, on a 1080p projector about 60 px. */
#define ROOM_FRACTION 0.22
#define ROOM_MIN 120
#define ROOM_MAX 280

struct _KbTimerRing
{
  GtkWidget parent_instance;

  KbTimer *timer;
  guint tick_id;
  int room_margin;      /* from the overlay's corner, when placed over a card */
};

G_DEFINE_FINAL_TYPE (KbTimerRing, kb_timer_ring, GTK_TYPE_WIDGET)

static char *
format_remaining (KbTimer *timer)
{
  gint64 seconds = (kb_timer_get_remaining (timer) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

static gboolean
animations_enabled (GtkWidget *widget)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (widget), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

static void
kb_timer_ring_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KbTimerRing *self = KB_TIMER_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double line = MAX (2.0, size * 0.1);
  double radius = size / 2 - line / 2 - 1;
  double fraction;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  GdkRGBA fg;
  cairo_t *cr;
  int text_w, text_h;

  if (self->timer == NULL || size < 8)
    return;

  fraction = kb_timer_get_fraction (self->timer);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, width / 2.0, height / 2.0);
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The track, then what is left of the turn, running clockwise from the top. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
  cairo_arc (cr, 0, 0, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (kb_timer_is_finished (self->timer))
    {
      gint64 now = g_get_monotonic_time ();
      /* With the system's animations off the glow stands still, at its brightest. */
      double glow = animations_enabled (widget)
                    ? 0.35 + 0.3 * (1 + sin (2 * G_PI * (now % GLOW_PERIOD_US) / GLOW_PERIOD_US)) / 2
                    : 0.65;
      cairo_set_source_rgba (cr, 0.85, 0.55, 0.25, glow);
      cairo_arc (cr, 0, 0, radius, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  else if (fraction > 0)
    {
      cairo_set_source_rgba (cr, 0.24, 0.56, 0.47, kb_timer_is_running (self->timer) ? 1.0 : 0.6);
      cairo_arc (cr, 0, 0, radius, -G_PI / 2, -G_PI / 2 + 2 * G_PI * fraction);
      cairo_stroke (cr);
    }

  text = format_remaining (self->timer);
  layout = gtk_widget_create_pango_layout (widget, text);
  font = pango_font_description_new ();
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (font, size * 0.26 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_get_pixel_size (layout, &text_w, &text_h);
  cairo_move_to (cr, -text_w / 2.0, -text_h / 2.0);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
}

static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       user_data)
{
  KbTimerRing *self = KB_TIMER_RING (widget);

  kb_timer_update (self->timer);
  gtk_widget_queue_draw (widget);
  if (!kb_timer_is_running (self->timer) &&
      (!kb_timer_is_finished (self->timer) || !animations_enabled (widget)))
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Frames are only asked for while the ring moves or glows: a paused timer costs nothing. */
static void
timer_changed (KbTimerRing *self)
{
  g_autofree char *text = NULL;

  if (self->tick_id == 0 && (kb_timer_is_running (self->timer) ||
                             (kb_timer_is_finished (self->timer) &&
                              animations_enabled (GTK_WIDGET (self)))))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick, NULL, NULL);
  text = format_remaining (self->timer);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kb_timer_ring_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = 24;
  *natural = 36;
}

static void
disconnect_timer (KbTimerRing *self)
{
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_clear_object (&self->timer);
}

static void
kb_timer_ring_dispose (GObject *object)
{
  disconnect_timer (KB_TIMER_RING (object));

  G_OBJECT_CLASS (kb_timer_ring_parent_class)->dispose (object);
}

static void
kb_timer_ring_class_init (KbTimerRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_timer_ring_dispose;
  widget_class->snapshot = kb_timer_ring_snapshot;
  widget_class->measure = kb_timer_ring_measure;
  gtk_widget_class_set_css_name (widget_class, "timerring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kb_timer_ring_init (KbTimerRing *self)
{
}

KbTimerRing *
kb_timer_ring_new (KbTimer *timer)
{
  KbTimerRing *self = g_object_new (KB_TYPE_TIMER_RING, NULL);

  kb_timer_ring_set_timer (self, timer);
  return self;
}

void
kb_timer_ring_set_timer (KbTimerRing *self,
                         KbTimer     *timer)
{
  g_return_if_fail (KB_IS_TIMER_RING (self));

  disconnect_timer (self);
  if (timer == NULL)
    return;
  self->timer = g_object_ref (timer);
  g_signal_connect_swapped (timer, "notify", G_CALLBACK (timer_changed), self);
  g_signal_connect_swapped (timer, "finished", G_CALLBACK (timer_changed), self);
  g_signal_connect_swapped (timer, "reset", G_CALLBACK (timer_changed), self);
  timer_changed (self);
}

KbTimer *
kb_timer_ring_get_timer (KbTimerRing *self)
{
  g_return_val_if_fail (KB_IS_TIMER_RING (self), NULL);
  return self->timer;
}

/* Whether the ring asks for frames now: while it runs, or glows with animations on. */
static gboolean
place_over_card (GtkOverlay    *overlay,
                 GtkWidget     *widget,
                 GdkRectangle  *allocation,
                 KbTimerRing   *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (overlay));
  int height = gtk_widget_get_height (GTK_WIDGET (overlay));
  int size;

  if (widget != GTK_WIDGET (self))
    return FALSE;
  size = CLAMP ((int) (MIN (width, height) * ROOM_FRACTION), ROOM_MIN, ROOM_MAX);
  /* A window too small for the ring and its margin keeps the ring, without the margin. */
  size = MIN (size, MAX (MIN (width, height), 24));
  allocation->width = size;
  allocation->height = size;
  allocation->x = MAX (0, width - size - self->room_margin);
  allocation->y = MIN (self->room_margin, MAX (0, height - size));
  return TRUE;
}

/**
 * kb_timer_ring_place_over_card:
 * @self: a ring that is an overlay child of @overlay
 * @overlay: the overlay whose main child is a card
 * @margin: pixels from the top right corner
 *
 * Makes the ring the room's timer: in the card's top right corner, and as large as the space
 * allows, so that the time left reads from the back of the room.
 */
void
kb_timer_ring_place_over_card (KbTimerRing *self,
                               GtkOverlay  *overlay,
                               int          margin)
{
  g_return_if_fail (KB_IS_TIMER_RING (self));
  g_return_if_fail (GTK_IS_OVERLAY (overlay));

  self->room_margin = margin;
  g_signal_connect_object (overlay, "get-child-position", G_CALLBACK (place_over_card), self, 0);
}

gboolean
kb_timer_ring_is_ticking (KbTimerRing *self)
{
  g_return_val_if_fail (KB_IS_TIMER_RING (self), FALSE);
  return self->tick_id != 0;
}
