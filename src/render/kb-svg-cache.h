/* SVG art parsed once per file and rasterised once per size; failures remembered. */
#pragma once

#include <glib-object.h>
#include <cairo.h>

#include "kb-color.h"
#include "kb-deck.h"

G_BEGIN_DECLS

#define KB_TYPE_SVG_CACHE (kb_svg_cache_get_type ())
G_DECLARE_FINAL_TYPE (KbSvgCache, kb_svg_cache, KB, SVG_CACHE, GObject)

KbSvgCache *kb_svg_cache_new             (void);
KbSvgCache *kb_svg_cache_get_default     (void);
gboolean    kb_svg_cache_draw            (KbSvgCache    *self,
                                          cairo_t       *cr,
                                          const char    *path,
                                          double         x,
                                          double         y,
                                          double         width,
                                          double         height,
                                          const KbColor *tint);
const char *kb_svg_cache_resolve         (KbSvgCache    *self,
                                          KbDeck        *deck,
                                          const char    *relative_path);
gboolean    kb_svg_cache_check           (KbSvgCache    *self,
                                          const char    *path,
                                          GError       **error);
const char *kb_svg_cache_get_failure     (KbSvgCache    *self,
                                          const char    *path);
void        kb_svg_cache_prefetch        (KbSvgCache    *self,
                                          const char    *path);
void        kb_svg_cache_wait_pending    (KbSvgCache    *self,
                                          guint          max_ms);
void        kb_svg_cache_set_async       (KbSvgCache    *self,
                                          gboolean       async);
void        kb_svg_cache_set_budget      (KbSvgCache    *self,
                                          guint          budget_ms);
void        kb_svg_cache_clear_rasters   (KbSvgCache    *self);
guint       kb_svg_cache_get_n_rasters   (KbSvgCache    *self);
guint       kb_svg_cache_get_n_failures  (KbSvgCache    *self);
guint       kb_svg_cache_get_n_waiting_draws (KbSvgCache *self);
guint       kb_svg_cache_get_n_pending   (KbSvgCache    *self);
gboolean    kb_svg_cache_is_settled      (KbSvgCache    *self);

G_END_DECLS
