/* Pieces that every drawing needs the same way, so cards, backs and boards agree. */
#define G_LOG_DOMAIN "kletsborden-render-util"

#include <math.h>

#include "kb-assets.h"
#include "kb-hyphenate.h"
#include "kb-render-util.h"
#include "kb-text-fit.h"

void
kb_render_rounded_rect (cairo_t *cr,
                        double   x,
                        double   y,
                        double   width,
                        double   height,
                        double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/**
 * kb_render_category_art:
 *
 * The deck's own icon when it has one, else the built-in symbol; a category without either gets
 * a built-in symbol by its position, so that categories never differ by colour alone.
 *
 * Returns: a path for kb_svg_cache_draw(), owned by @cache or static
 */
const char *
kb_render_category_art (KbSvgCache *cache,
                        KbDeck     *deck,
                        KbCategory *category)
{
  static GHashTable *symbol_paths = NULL;   /* name → path; the names are few and fixed */
  const char *icon = kb_category_get_icon (category);
  const char *symbol = kb_category_get_symbol (category);
  const char *path;

  if (icon != NULL)
    return kb_svg_cache_resolve (cache, deck, icon);

  if (symbol == NULL || !kb_symbols_is_known (symbol))
    {
      const char * const *names = kb_symbols_get_names ();
      guint n_names = g_strv_length ((char **) names);
      guint index = 0;

      for (guint i = 0; i < kb_deck_get_n_categories (deck); i++)
        if (kb_deck_get_category (deck, i) == category)
          index = i;
      symbol = names[index % n_names];
    }

  if (symbol_paths == NULL)
    symbol_paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  path = g_hash_table_lookup (symbol_paths, symbol);
  if (path == NULL)
    {
      char *found = kb_assets_get_symbol_path (symbol);
      g_hash_table_insert (symbol_paths, g_strdup (symbol), found);
      path = found;
    }
  return path;
}

/**
 * kb_render_escape_text:
 *
 * Returns: (transfer full): the text in @lang with break points in very long words (see
 *   kb_hyphenate()), escaped for Pango markup; "" when absent
 */
char *
kb_render_escape_text (const KbText *text,
                       const char   *lang,
                       const char   *fallback_lang)
{
  const char *value = text != NULL ? kb_text_get (text, lang, fallback_lang) : NULL;
  g_autofree char *hyphenated = kb_hyphenate (value, kb_render_text_language (text, lang,
                                                                             fallback_lang));

  return g_markup_escape_text (hyphenated, -1);
}

/**
 * kb_render_text_language:
 * @text: (nullable): a text
 *
 * Returns: (nullable): the language kb_text_get() shows @text in: @lang when it has it, the
 *   fallback it falls back to, or @lang for a text written in no language in particular
 */
const char *
kb_render_text_language (const KbText *text,
                         const char   *lang,
                         const char   *fallback_lang)
{
  const char *shown;

  if (text == NULL || lang == NULL || kb_text_has (text, lang))
    return lang;
  shown = kb_text_get_fallback_language (text, fallback_lang);
  return shown != NULL ? shown : lang;
}

PangoFontDescription *
kb_render_font (const KbTheme *theme,
                PangoWeight    weight)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, theme->font_family);
  pango_font_description_set_weight (desc, weight);
  return desc;
}

void
kb_render_show_fitted_aligned (cairo_t              *cr,
             PangoContext         *context,
             const KbTheme        *theme,
             const char           *markup,
             PangoWeight           weight,
             const KbRect         *box,
             double                max_size,
             const KbColor        *color,
             PangoAlignment        align)
{
  g_autoptr(PangoFontDescription) font = kb_render_font (theme, weight);
  g_autoptr(PangoLayout) layout = NULL;
  double x, y, w, h;

  if (box->width <= 0 || box->height <= 0)
    return;
  layout = kb_text_fit_shared (context, markup, font, box->width, box->height, max_size, align,
                               FALSE, NULL);
  kb_text_fit_extents (layout, &x, &y, &w, &h);
  cairo_save (cr);
  kb_cairo_set_color (cr, color);
  cairo_move_to (cr, box->x, box->y + (box->height - h) / 2 - y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/**
 * kb_render_show_fitted:
 *
 * Fits @markup into @box (at most @max_size) and draws it centred in the box.
 */
void
kb_render_show_fitted (cairo_t       *cr,
                       PangoContext  *context,
                       const KbTheme *theme,
                       const char    *markup,
                       PangoWeight    weight,
                       const KbRect  *box,
                       double         max_size,
                       const KbColor *color)
{
  kb_render_show_fitted_aligned (cr, context, theme, markup, weight, box, max_size, color,
                                 PANGO_ALIGN_CENTER);
}

/**
 * kb_render_show_fitted_start:
 *
 * As kb_render_show_fitted(), aligned to the start of the box (the right in right-to-left text).
 */
void
kb_render_show_fitted_start (cairo_t       *cr,
                             PangoContext  *context,
                             const KbTheme *theme,
                             const char    *markup,
                             PangoWeight    weight,
                             const KbRect  *box,
                             double         max_size,
                             const KbColor *color)
{
  kb_render_show_fitted_aligned (cr, context, theme, markup, weight, box, max_size, color,
                                 PANGO_ALIGN_LEFT);
}
