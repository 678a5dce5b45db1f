/* A card's front and back, drawn onto any cairo_t at any size. */
#pragma once

#include <glib-object.h>
#include <cairo.h>

#include "kb-deck.h"
#include "kb-render-util.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

G_BEGIN_DECLS

/* A real card: 63 × 88 mm. */
#define KB_CARD_WIDTH_MM  63.0
#define KB_CARD_HEIGHT_MM 88.0
#define KB_CARD_RATIO     (KB_CARD_HEIGHT_MM / KB_CARD_WIDTH_MM)

/* For readers who need it (issue 13): a font drawn for dyslexia, and wider letter spacing. */
typedef enum
{
  KB_CARD_READING_DEFAULT = 0,
  KB_CARD_READING_DYSLEXIA_FONT = 1 << 0,
  KB_CARD_READING_WIDE_SPACING = 1 << 1,
} KbCardReading;

/* OpenDyslexic (Debian: fonts-opendyslexic); without it the theme's font is used. */
#define KB_CARD_DYSLEXIA_FONT "OpenDyslexic"
/* The wide spacing, in parts of the font size: the British Dyslexia Association asks for
 * about 35% of a letter's width, which is some 12% of the size. */
#define KB_CARD_WIDE_SPACING 0.12

#define KB_TYPE_CARD_RENDERER (kb_card_renderer_get_type ())
G_DECLARE_FINAL_TYPE (KbCardRenderer, kb_card_renderer, KB, CARD_RENDERER, GObject)

KbCardRenderer *kb_card_renderer_new         (const KbTheme  *theme,
                                              KbSvgCache     *cache);
const KbTheme  *kb_card_renderer_get_theme   (KbCardRenderer *self);
void            kb_card_renderer_set_theme   (KbCardRenderer *self,
                                              const KbTheme  *theme);
KbSvgCache     *kb_card_renderer_get_cache   (KbCardRenderer *self);
void            kb_card_renderer_set_room    (KbCardRenderer *self,
                                              gboolean        room);
gboolean        kb_card_renderer_get_room    (KbCardRenderer *self);
void            kb_card_renderer_set_reading (KbCardRenderer *self,
                                              KbCardReading   reading);
KbCardReading   kb_card_renderer_get_reading (KbCardRenderer *self);
void            kb_card_renderer_draw_front  (KbCardRenderer *self,
                                              cairo_t        *cr,
                                              KbDeck         *deck,
                                              KbCard         *card,
                                              const char     *lang,
                                              double          width,
                                              double          height);
void            kb_card_renderer_draw_back   (KbCardRenderer *self,
                                              cairo_t        *cr,
                                              KbDeck         *deck,
                                              const char     *lang,
                                              double          width,
                                              double          height);
cairo_surface_t *kb_card_renderer_render     (KbCardRenderer *self,
                                              KbDeck         *deck,
                                              KbCard         *card,
                                              const char     *lang,
                                              int             width,
                                              int             height,
                                              double          scale);
void            kb_card_fit_rect             (double          width,
                                              double          height,
                                              double          margin,
                                              KbRect         *card);

G_END_DECLS
