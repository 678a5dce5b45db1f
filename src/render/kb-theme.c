/* One place for every colour the renderers use, so that the high-contrast variant and the
 * printed sheet stay consistent with the screen. */
#define G_LOG_DOMAIN "kletsborden-theme"

#include "kb-theme.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Noto Sans: open shapes, large x-height, and one family with Noto Sans Arabic and Noto Color
 * Emoji beside it in Debian 12 (fonts-noto-core, fonts-noto-color-emoji). */
#define FONT_FAMILY "Noto Sans"

static const KbTheme themes[] = {
  [KB_THEME_VARIANT_NORMAL] = {
    .variant = KB_THEME_VARIANT_NORMAL,
    .font_family = FONT_FAMILY,
    .paper = RGB (0xFBF7F0),
    .ink = RGB (0x2B2A33),
    .muted = RGB (0x6E675F),
    .edge = RGB (0xD9CDBB),
    .table = RGB (0xEFE6D8),
    .track = RGB (0xD8C9B2),
    .start = RGB (0xE9B44C),
    .special = RGB (0xFFFDF8),
    .back = RGB (0x2E4057),
    .pawn_edge = RGB (0x1A1714),
    .edge_width = 0.6,
  },
  [KB_THEME_VARIANT_HIGH_CONTRAST] = {
    .variant = KB_THEME_VARIANT_HIGH_CONTRAST,
    .font_family = FONT_FAMILY,
    .paper = RGB (0xFFFFFF),
    .ink = RGB (0x000000),
    .muted = RGB (0x000000),
    .edge = RGB (0x000000),
    .table = RGB (0xFFFFFF),
    .track = RGB (0x000000),
    .start = RGB (0xFFD000),
    .special = RGB (0xFFFFFF),
    .back = RGB (0x000000),
    .pawn_edge = RGB (0x000000),
    .edge_width = 1.4,
  },
};

/* Okabe–Ito: told apart by people with the common colour-vision deficiencies; the pawns also
 * differ in shape, so black-and-white print works too. */
/* As decks and saved games write colours, since players keep theirs in the game. */
static const char * const player_colors[KB_THEME_N_PLAYERS] = {
  "#E69F00", "#0072B2", "#009E73", "#CC79A7", "#F0E442", "#56B4E9", "#D55E00", "#444444",
};

const KbTheme *
kb_theme_get (KbThemeVariant variant)
{
  g_return_val_if_fail (variant <= KB_THEME_VARIANT_HIGH_CONTRAST, &themes[0]);

  return &themes[variant];
}

/**
 * kb_theme_category_color:
 * @spec: the category's `#RRGGBB`, or %NULL
 *
 * The deck's colour as it is, in high contrast too: players call the squares by their colour
 * ("the yellow one"), and a yellow darkened until white reads on it is olive-brown. High
 * contrast comes from kb_theme_band() instead (black or white, whichever reads, at 7:1) and
 * the theme's black outlines.
 */
void
kb_theme_category_color (const KbTheme *theme,
                         const char    *spec,
                         KbColor       *color)
{
  kb_color_parse (spec, color);
}

/* The back of the cards: the deck's colour (@spec, or the theme's when %NULL); nobody names it,
 * so in high contrast it darkens until its white frame and title reach 7:1. */
void
kb_theme_back_color (const KbTheme *theme,
                     const char    *spec,
                     KbColor       *color)
{
  static const KbColor white = RGB (0xFFFFFF);

  if (spec == NULL)
    {
      *color = theme->back;
      return;
    }
  kb_color_parse (spec, color);
  if (theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST)
    kb_color_reach_contrast (color, &white, KB_CONTRAST_ENHANCED, color);
}

/**
 * kb_theme_band:
 * @fill: the colour of a band or a square that text or symbols go on
 * @band: (out): @fill, darkened or lightened as little as it takes
 * @ink: (out): the theme's ink or white, whichever contrasts more
 *
 * Text and symbols on a colour reach 4.5:1 (7:1 in high contrast): white is not chosen only
 * because it looks calmer, and a mid-tone that neither reaches gives way a little.
 */
void
kb_theme_band (const KbTheme *theme,
               const KbColor *fill,
               KbColor       *band,
               KbColor       *ink)
{
  static const KbColor white = RGB (0xFFFFFF);

  kb_color_readable_band (fill, &themes[KB_THEME_VARIANT_NORMAL].ink, &white, KB_CONTRAST_TEXT,
                          band, ink);
  if (theme->variant != KB_THEME_VARIANT_HIGH_CONTRAST)
    return;
  /* The same side as in the normal theme, only further: a colour that carries white gets
   * darker, one that carries ink keeps nearer its own lightness under black, so each square
   * still looks like itself. */
  if (kb_color_contrast (ink, &white) >= 1.001)
    *ink = theme->ink;
  kb_color_reach_contrast (fill, ink, KB_CONTRAST_ENHANCED, band);
}

/* A category's band: its colour (see kb_theme_category_color()), made readable. */
void
kb_theme_category_band (const KbTheme *theme,
                        const char    *spec,
                        KbColor       *band,
                        KbColor       *ink)
{
  KbColor fill;

  kb_theme_category_color (theme, spec, &fill);
  kb_theme_band (theme, &fill, band, ink);
}

/**
 * kb_theme_band_shown:
 *
 * For the deck checker (kb_deck_checker_set_band_color_func()).
 *
 * Returns: (transfer full) (nullable): "#RRGGBB" of the band the cards show for the category
 *   colour @spec in the normal theme, or %NULL when that is @spec itself
 */
char *
kb_theme_band_shown (const char *spec)
{
  KbColor given, band, ink;

  if (!kb_color_parse (spec, &given))
    return NULL;
  kb_theme_category_band (kb_theme_get (KB_THEME_VARIANT_NORMAL), spec, &band, &ink);
  if (kb_color_contrast (&band, &given) < 1.01)
    return NULL;
  return g_strdup_printf ("#%02X%02X%02X", (guint) (band.red * 255 + 0.5),
                          (guint) (band.green * 255 + 0.5), (guint) (band.blue * 255 + 0.5));
}

/**
 * kb_theme_mark_edge:
 *
 * The outline for a mark in @mark's colour on the paper (an intensity dot), so that its shape
 * stands out at 3:1 even where its colour does not.
 */
void
kb_theme_mark_edge (const KbTheme *theme,
                    const KbColor *mark,
                    KbColor       *edge)
{
  kb_color_reach_contrast (mark, &theme->paper, KB_CONTRAST_GRAPHICS, edge);
}

/* The colour player @player gets unless they pick another; the same in both variants, since
 * the pawns differ in shape too. */
void
kb_theme_player_color (const KbTheme *theme,
                       guint          player,
                       KbColor       *color)
{
  kb_color_parse (kb_theme_player_color_spec (player), color);
}

const char *
kb_theme_player_color_spec (guint player)
{
  return player_colors[player % KB_THEME_N_PLAYERS];
}
