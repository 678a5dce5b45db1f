/* Small drawing pieces shared by the card and board renderers. */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "kb-deck.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} KbRect;

void        kb_render_rounded_rect      (cairo_t      *cr,
                                         double        x,
                                         double        y,
                                         double        width,
                                         double        height,
                                         double        radius);
const char *kb_render_category_art      (KbSvgCache   *cache,
                                         KbDeck       *deck,
                                         KbCategory   *category);
char       *kb_render_escape_text       (const KbText *text,
                                         const char   *lang,
                                         const char   *fallback_lang);
const char           *kb_render_text_language (const KbText *text,
                                               const char   *lang,
                                               const char   *fallback_lang);
PangoFontDescription *
            kb_render_font              (const KbTheme *theme,
                                         PangoWeight    weight);
void        kb_render_show_fitted       (cairo_t       *cr,
                                         PangoContext  *context,
                                         const KbTheme *theme,
                                         const char    *markup,
                                         PangoWeight    weight,
                                         const KbRect  *box,
                                         double         max_size,
                                         const KbColor *color);
void        kb_render_show_fitted_start (cairo_t       *cr,
                                         PangoContext  *context,
                                         const KbTheme *theme,
                                         const char    *markup,
                                         PangoWeight    weight,
                                         const KbRect  *box,
                                         double         max_size,
                                         const KbColor *color);
void        kb_render_show_fitted_aligned (cairo_t        *cr,
                                           PangoContext   *context,
                                           const KbTheme  *theme,
                                           const char     *markup,
                                           PangoWeight     weight,
                                           const KbRect   *box,
                                           double          max_size,
                                           const KbColor  *color,
                                           PangoAlignment  align);

G_END_DECLS
