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
    .edge_width = 1.4,
  },
};

/* Okabe–Ito: told apart by people with the common colour-vision deficiencies; the pawns also
 * differ in shape, so black-and-white print works too. */
static const KbColor player_colors[KB_THEME_N_PLAYERS] = {
  RGB (0xE69F00), RGB (0x0072B2), RGB (0x009E73), RGB (0xCC79A7),
  RGB (0xF0E442), RGB (0x56B4E9), RGB (0xD55E00), RGB (0x444444),
};

static const char * const player_shapes[KB_THEME_N_PLAYERS] = {
  "pawn-circle", "pawn-square", "pawn-triangle", "pawn-diamond",
  "pawn-star", "pawn-hexagon", "pawn-pentagon", "pawn-cross",
};

const KbTheme *
kb_theme_get (KbThemeVariant variant)
{
  g_return_val_if_fail (variant <= KB_THEME_VARIANT_HIGH_CONTRAST, &themes[0]);

  return &themes[variant];
}

/* WCAG contrast ratio, 1 to 21. */
double
kb_theme_contrast (const KbColor *a,
                   const KbColor *b)
{
  double la = kb_color_luminance (a) + 0.05;
  double lb = kb_color_luminance (b) + 0.05;

  return la > lb ? la / lb : lb / la;
}

/**
 * kb_theme_category_color:
 * @spec: the category's `#RRGGBB`, or %NULL
 *
 * In high contrast, darkens the deck's colour until white on it reaches 7:1, so that the
 * author's hue survives while the band stays readable.
 */
void
kb_theme_category_color (const KbTheme *theme,
                         const char    *spec,
                         KbColor       *color)
{
  static const KbColor white = RGB (0xFFFFFF);
  static const KbColor black = RGB (0x000000);

  kb_color_parse (spec, color);
  if (theme->variant != KB_THEME_VARIANT_HIGH_CONTRAST)
    return;
  for (int i = 0; i < 20 && kb_theme_contrast (color, &white) < 7.0; i++)
    kb_color_mix (color, &black, 0.15, color);
}

/**
 * kb_theme_ink_on:
 *
 * White where it reads well enough for the large text on a band (3:1), because white on a
 * colour looks calmer than black; otherwise whichever of white and the ink contrasts more.
 */
void
kb_theme_ink_on (const KbTheme *theme,
                 const KbColor *background,
                 KbColor       *ink)
{
  static const KbColor white = RGB (0xFFFFFF);
  double on_white = kb_theme_contrast (background, &white);
  double on_ink = kb_theme_contrast (background, &theme->ink);
  double enough = theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST ? 7.0 : 3.0;

  *ink = (on_white >= enough || on_white >= on_ink) ? white : theme->ink;
}

void
kb_theme_player_color (const KbTheme *theme,
                       guint          player,
                       KbColor       *color)
{
  *color = player_colors[player % KB_THEME_N_PLAYERS];
}

const char *
kb_theme_player_shape (guint player)
{
  return player_shapes[player % KB_THEME_N_PLAYERS];
}
