/* The look: palette, font and the player colours, in a normal and a high-contrast variant. */
#pragma once

#include <glib.h>

#include "kb-color.h"

G_BEGIN_DECLS

typedef enum
{
  KB_THEME_VARIANT_NORMAL,
  KB_THEME_VARIANT_HIGH_CONTRAST,
} KbThemeVariant;

#define KB_THEME_N_PLAYERS 8

typedef struct
{
  KbThemeVariant variant;
  const char    *font_family;   /* pinned: golden images depend on it */
  KbColor        paper;         /* card face */
  KbColor        ink;           /* body text */
  KbColor        muted;         /* labels, footer */
  KbColor        edge;          /* card outline */
  KbColor        table;         /* board background */
  KbColor        track;         /* the path joining the squares */
  KbColor        start;         /* the start square */
  KbColor        special;       /* choose, compliment, swap, rest */
  KbColor        back;          /* card back when the deck names none */
  KbColor        pawn_edge;     /* a pawn's outline and shadow */
  double         edge_width;    /* in percent of the card's width */
} KbTheme;

const KbTheme *kb_theme_get               (KbThemeVariant  variant);
void           kb_theme_category_color    (const KbTheme  *theme,
                                           const char     *spec,
                                           KbColor        *color);
void           kb_theme_back_color        (const KbTheme  *theme,
                                           const char     *spec,
                                           KbColor        *color);
void           kb_theme_band              (const KbTheme  *theme,
                                           const KbColor  *fill,
                                           KbColor        *band,
                                           KbColor        *ink);
void           kb_theme_category_band     (const KbTheme  *theme,
                                           const char     *spec,
                                           KbColor        *band,
                                           KbColor        *ink);
char          *kb_theme_band_shown        (const char     *spec);
void           kb_theme_mark_edge         (const KbTheme  *theme,
                                           const KbColor  *mark,
                                           KbColor        *edge);
void           kb_theme_player_color      (const KbTheme  *theme,
                                           guint           player,
                                           KbColor        *color);
const char    *kb_theme_player_color_spec (guint           player);

G_END_DECLS
