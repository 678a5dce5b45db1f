/* A pawn is one of the built-in pawn symbols in the player's colour, on a darker outline of
 * the same shape with a soft shadow under it, so it stands out on any square's colour. */
#define G_LOG_DOMAIN "kb-pawn-renderer"

#include "kb-assets.h"
#include "kb-pawn-renderer.h"

/* Shapes in the order players get them by default, so that the first players differ most. */
static const KbPawnShape default_shapes[KB_THEME_N_PLAYERS] = {
  KB_PAWN_SHAPE_CIRCLE, KB_PAWN_SHAPE_SQUARE, KB_PAWN_SHAPE_TRIANGLE, KB_PAWN_SHAPE_DIAMOND,
  KB_PAWN_SHAPE_STAR, KB_PAWN_SHAPE_HEXAGON, KB_PAWN_SHAPE_PENTAGON, KB_PAWN_SHAPE_CROSS,
};

KbPawnShape
kb_pawn_default_shape (guint player)
{
  return default_shapes[player % KB_THEME_N_PLAYERS];
}

/* Kept for the life of the process, as the symbols themselves are. */
static const char *
shape_path (KbPawnShape shape)
{
  static char *paths[KB_PAWN_SHAPE_LAST + 1];

  g_return_val_if_fail (shape <= KB_PAWN_SHAPE_LAST, NULL);
  if (g_once_init_enter (&paths[shape]))
    {
      g_autofree char *name = g_strconcat ("pawn-", kb_pawn_shape_to_string (shape), NULL);

      g_once_init_leave (&paths[shape], kb_assets_get_symbol_path (name));
    }
  return paths[shape];
}

/**
 * kb_pawn_draw:
 * @cache: (nullable): the SVG cache; the shared default cache when %NULL
 * @size: the pawn's width and height; outline and shadow reach to @size × %KB_PAWN_BOX
 *
 * Draws one pawn centred on a point.
 */
void
kb_pawn_draw (cairo_t       *cr,
              const KbTheme *theme,
              KbSvgCache    *cache,
              const KbColor *color,
              KbPawnShape    shape,
              double         center_x,
              double         center_y,
              double         size)
{
  const char *art = shape_path (shape);
  double outline = size * 1.2;

  if (art == NULL)
    return;
  if (cache == NULL)
    cache = kb_svg_cache_get_default ();
  cairo_save (cr);
  /* The group for the shadow is as large as the clip: keep it to the pawn, not the board. */
  cairo_rectangle (cr, center_x - outline, center_y - outline, 2 * outline, 2 * outline);
  cairo_clip (cr);
  cairo_push_group (cr);
  kb_svg_cache_draw (cache, cr, art, center_x - outline / 2,
                     center_y - outline / 2 + size * 0.08, outline, outline, &theme->pawn_edge);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, 0.3);
  kb_svg_cache_draw (cache, cr, art, center_x - outline / 2, center_y - outline / 2, outline,
                     outline, &theme->pawn_edge);
  kb_svg_cache_draw (cache, cr, art, center_x - size / 2, center_y - size / 2, size, size, color);
  cairo_restore (cr);
}

/**
 * kb_pawn_surface_new:
 * @box: the side of the surface in pixels; the pawn itself is @box / %KB_PAWN_BOX
 *
 * Returns: (transfer full): the pawn drawn once, for the app to turn into a texture
 */
cairo_surface_t *
kb_pawn_surface_new (const KbTheme *theme,
                     const KbColor *color,
                     KbPawnShape    shape,
                     int            box)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (box, 1),
                                                         MAX (box, 1));
  cairo_t *cr = cairo_create (surface);

  kb_pawn_draw (cr, theme, NULL, color, shape, box / 2.0, box / 2.0, box / KB_PAWN_BOX);
  cairo_destroy (cr);
  return surface;
}

/**
 * kb_pawn_halo_surface_new:
 * @box: the side of the surface in pixels, for a pawn of @box / %KB_PAWN_BOX
 *
 * Returns: (transfer full): the light disc behind the pawn whose turn it is
 */
cairo_surface_t *
kb_pawn_halo_surface_new (const KbTheme *theme,
                          int            box)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (box, 1),
                                                         MAX (box, 1));
  cairo_t *cr = cairo_create (surface);

  cairo_arc (cr, box / 2.0, box / 2.0, box / 2.0, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, theme->paper.red, theme->paper.green, theme->paper.blue, 0.85);
  cairo_fill (cr);
  cairo_destroy (cr);
  return surface;
}
