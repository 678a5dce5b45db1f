/* Pawns as players choose them. The board renderer draws pawns by player number from the
 * theme; here a pawn is whatever colour and shape its player picked, drawn with the same
 * built-in symbols, shadow and outline, so both look alike. */
#define G_LOG_DOMAIN "kletsborden-board-pawn"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-assets.h"
#include "kb-board-pawn.h"
#include "kb-texture.h"
#include "kb-color.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

/* The theme's player colours in order, so that player n defaults to what the renderer would
 * give player n. */
static const char * const default_colors[KB_BOARD_N_COLORS] = {
  "#E69F00", "#0072B2", "#009E73", "#CC79A7", "#F0E442", "#56B4E9", "#D55E00", "#444444",
};

static const KbPawnShape default_shapes[KB_BOARD_N_COLORS] = {
  KB_PAWN_SHAPE_CIRCLE, KB_PAWN_SHAPE_SQUARE, KB_PAWN_SHAPE_TRIANGLE, KB_PAWN_SHAPE_DIAMOND,
  KB_PAWN_SHAPE_STAR, KB_PAWN_SHAPE_HEXAGON, KB_PAWN_SHAPE_PENTAGON, KB_PAWN_SHAPE_CROSS,
};

static const char *
symbol_for (KbPawnShape shape)
{
  static GHashTable *paths;
  const char *name = kb_pawn_shape_to_string (shape);
  char *path;

  if (paths == NULL)
    paths = g_hash_table_new (g_str_hash, g_str_equal);
  path = g_hash_table_lookup (paths, name);
  if (path == NULL)
    {
      g_autofree char *symbol = g_strconcat ("pawn-", name, NULL);
      path = kb_assets_get_symbol_path (symbol);
      /* Kept for the life of the process, as the symbols themselves are. */
      g_hash_table_insert (paths, (char *) name, path);
    }
  return path;
}

void
kb_board_pawn_draw (cairo_t     *cr,
                    const char  *color,
                    KbPawnShape  shape,
                    double       center_x,
                    double       center_y,
                    double       size)
{
  KbSvgCache *cache = kb_svg_cache_get_default ();
  const char *art = symbol_for (shape);
  const KbColor dark = { 0.1, 0.09, 0.08 };
  KbColor fill = { 0.5, 0.5, 0.5 };
  double outline = size * 1.2;

  if (art == NULL)
    return;
  kb_color_parse (color, &fill);
  cairo_save (cr);
  cairo_rectangle (cr, center_x - outline, center_y - outline, 2 * outline, 2 * outline);
  cairo_clip (cr);
  cairo_push_group (cr);
  kb_svg_cache_draw (cache, cr, art, center_x - outline / 2, center_y - outline / 2 + size * 0.08,
                     outline, outline, &dark);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, 0.3);
  kb_svg_cache_draw (cache, cr, art, center_x - outline / 2, center_y - outline / 2, outline,
                     outline, &dark);
  kb_svg_cache_draw (cache, cr, art, center_x - size / 2, center_y - size / 2, size, size, &fill);
  cairo_restore (cr);
}

/* Returns: (transfer full): the pawn drawn once into a square of @size pixels, with room for
 *   its outline and shadow: the pawn itself is @size / 1.4. */
GdkTexture *
kb_board_pawn_texture_new (const char  *color,
                           KbPawnShape  shape,
                           int          size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  GdkTexture *texture;

  kb_board_pawn_draw (cr, color, shape, size / 2.0, size / 2.0, size / 1.4);
  cairo_destroy (cr);
  texture = kb_texture_new_for_surface (surface);
  cairo_surface_destroy (surface);
  return texture;
}

char *
kb_board_pawn_default_color (guint index)
{
  return g_strdup (default_colors[index % KB_BOARD_N_COLORS]);
}

KbPawnShape
kb_board_pawn_default_shape (guint index)
{
  return default_shapes[index % KB_BOARD_N_COLORS];
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
    if (color != NULL && g_ascii_strcasecmp (color, default_colors[i]) == 0)
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

  kb_board_pawn_draw (cr, d->color, d->shape, width / 2.0, height / 2.0,
                      MIN (width, height) / 1.4);
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
