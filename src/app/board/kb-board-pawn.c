/* Pawns as players choose them: whatever colour and shape its player picked, drawn by
 * src/render's pawn renderer (the board's own), with the theme's colours as the defaults. */
#define G_LOG_DOMAIN "kletsborden-board-pawn"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-pawn.h"
#include "kb-color.h"
#include "kb-pawn-renderer.h"
#include "kb-svg-cache.h"
#include "kb-texture.h"

static void
draw (cairo_t     *cr,
      const char  *color,
      KbPawnShape  shape,
      double       center_x,
      double       center_y,
      double       size)
{
  KbColor fill;

  kb_color_parse (color, &fill);
  kb_pawn_draw (cr, kb_theme_get (KB_THEME_VARIANT_NORMAL), NULL, &fill, shape, center_x,
                center_y, size);
}

/* Returns: (transfer full): the pawn drawn once into a square of @size pixels, with room for
 *   its outline and shadow: the pawn itself is @size / KB_PAWN_BOX. */
GdkTexture *
kb_board_pawn_texture_new (const KbTheme *theme,
                           const char    *color,
                           KbPawnShape    shape,
                           int            size)
{
  cairo_surface_t *surface;
  GdkTexture *texture;
  KbColor fill;

  kb_color_parse (color, &fill);
  surface = kb_pawn_surface_new (theme, &fill, shape, size);
  texture = kb_texture_new_for_surface (surface);
  cairo_surface_destroy (surface);
  return texture;
}

char *
kb_board_pawn_default_color (guint index)
{
  return g_strdup (kb_theme_player_color_spec (index));
}

KbPawnShape
kb_board_pawn_default_shape (guint index)
{
  return kb_pawn_default_shape (index);
}

const char *
kb_board_pawn_color_name (guint index)
{
  const char *names[KB_BOARD_N_COLORS] = {
    N_("Orange"), N_("Blue"), N_("Green"), N_("Pink"),
    N_("Yellow"), N_("Light blue"), N_("Red"), N_("Dark grey"),
  };

  return _(names[index % KB_BOARD_N_COLORS]);
}

/* Returns: the index of @color among the pawn colours, or -1 for a colour of its own. */
int
kb_board_pawn_color_index (const char *color)
{
  for (guint i = 0; i < KB_BOARD_N_COLORS; i++)
    if (color != NULL && g_ascii_strcasecmp (color, kb_theme_player_color_spec (i)) == 0)
      return i;
  return -1;
}

const char *
kb_board_pawn_shape_name (KbPawnShape shape)
{
  switch (shape)
    {
    case KB_PAWN_SHAPE_CIRCLE: return _("Circle");
    case KB_PAWN_SHAPE_SQUARE: return _("Square");
    case KB_PAWN_SHAPE_TRIANGLE: return _("Triangle");
    case KB_PAWN_SHAPE_PENTAGON: return _("Pentagon");
    case KB_PAWN_SHAPE_HEXAGON: return _("Hexagon");
    case KB_PAWN_SHAPE_STAR: return _("Star");
    case KB_PAWN_SHAPE_DIAMOND: return _("Diamond");
    case KB_PAWN_SHAPE_CROSS: return _("Cross");
    default: return "";
    }
}

typedef struct
{
  char        *color;
  KbPawnShape  shape;
} IconData;

static void
icon_data_free (gpointer data)
{
  IconData *d = data;

  g_free (d->color);
  g_free (d);
}

static void
draw_icon (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  IconData *d = user_data;

  draw (cr, d->color, d->shape, width / 2.0, height / 2.0, MIN (width, height) / KB_PAWN_BOX);
}

/* A small drawing of a pawn, beside a player's name. */
GtkWidget *
kb_board_pawn_icon_new (const char  *color,
                        KbPawnShape  shape,
                        int          size)
{
  GtkWidget *area = gtk_drawing_area_new ();
  IconData *d = g_new0 (IconData, 1);

  d->color = g_strdup (color);
  d->shape = shape;
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), size);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), size);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (area), "kb-pawn", d, icon_data_free);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_icon, d, NULL);
  /* The pawn's art is drawn off the main thread the first time: until then its placeholder. */
  g_signal_connect_object (kb_svg_cache_get_default (), "ready",
                           G_CALLBACK (gtk_widget_queue_draw), area, G_CONNECT_SWAPPED);
  return area;
}

void
kb_board_pawn_icon_set (GtkWidget   *icon,
                        const char  *color,
                        KbPawnShape  shape)
{
  IconData *d = g_object_get_data (G_OBJECT (icon), "kb-pawn");

  g_return_if_fail (d != NULL);
  g_free (d->color);
  d->color = g_strdup (color);
  d->shape = shape;
  gtk_widget_queue_draw (icon);
}
