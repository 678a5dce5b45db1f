/* Fitting by binary search over the font size, with layout in unhinted metrics so that the
 * result scales linearly: a card fitted at 200 px breaks its lines exactly as at 4K or in a PDF.
 *
 * Splitting a word is worse than a smaller font, up to a point: a 40-letter Dutch compound on a
 * small card would otherwise shrink the whole text to nothing. So the largest size without split
 * words is preferred unless splitting allows a much larger one; then Pango breaks inside the word
 * and, with insert-hyphens, marks the break with a hyphen. */
#define G_LOG_DOMAIN "kletsborden-text-fit"

#include <math.h>

#include "kb-text-fit.h"

#define MAX_STEPS 16           /* a floor for texts that fit only when tiny */
#define PRECISION 0.01         /* stop when the size is known to 1 % */
#define PREFER_WHOLE_WORDS 0.6 /* keep words whole unless that costs more than 40 % of the size */
#define LINE_SPACING 1.1       /* of the font's own line height */
#define TOLERANCE 0.01         /* in user units: rounding of Pango units */

/**
 * kb_text_context_new:
 *
 * Returns: (transfer full): a Pango context for @cr with hinting of metrics off, so that sizes
 *   and line breaks do not depend on the device resolution.
 */
PangoContext *
kb_text_context_new (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

/* The union of ink and logical extents, in user units: emoji and some Arabic marks draw outside
 * the logical box, and what matters on a card is the ink. */
void
kb_text_fit_extents (PangoLayout *layout,
                     double      *x,
                     double      *y,
                     double      *width,
                     double      *height)
{
  PangoRectangle ink, logical;
  int x1, y1, x2, y2;

  pango_layout_get_extents (layout, &ink, &logical);
  x1 = logical.x;
  y1 = logical.y;
  x2 = logical.x + logical.width;
  y2 = logical.y + logical.height;
  if (ink.width > 0 && ink.height > 0)
    {
      x1 = MIN (x1, ink.x);
      y1 = MIN (y1, ink.y);
      x2 = MAX (x2, ink.x + ink.width);
      y2 = MAX (y2, ink.y + ink.height);
    }
  *x = (double) x1 / PANGO_SCALE;
  *y = (double) y1 / PANGO_SCALE;
  *width = (double) (x2 - x1) / PANGO_SCALE;
  *height = (double) (y2 - y1) / PANGO_SCALE;
}

/**
 * kb_text_fit_is_inside:
 *
 * Vertically only the height counts: marks above Arabic letters and emoji can ink above the
 * first line's logical top, so callers place the layout by its extents (see kb_text_fit()).
 *
 * Returns: whether everything @layout draws fits within @width (at its own x) and @height.
 */
gboolean
kb_text_fit_is_inside (PangoLayout *layout,
                       double       width,
                       double       height)
{
  double x, y, w, h;

  kb_text_fit_extents (layout, &x, &y, &w, &h);
  return x >= -TOLERANCE && x + w <= width + TOLERANCE && h <= height + TOLERANCE;
}

/* A line that starts where Unicode allows no line break was split inside a word. */
static gboolean
has_split_words (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  int n_attrs;
  GSList *lines = pango_layout_get_lines_readonly (layout);

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      if (offset > 0 && offset < n_attrs && !attrs[offset].is_line_break)
        return TRUE;
    }
  return FALSE;
}

static void
set_size (PangoLayout                *layout,
          const PangoFontDescription *font,
          double                      size)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_copy (font);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
}

/* Every trial of a search lays the text out at this size, in a box scaled to match: the layout is
 * unhinted, so it breaks its lines as it would at the size tried, and Pango matches the font
 * once instead of once per size (a fontconfig sort each, some tenths of a millisecond, waited for
 * on the main thread). The size chosen is checked at its own size before it is kept. */
#define REFERENCE_SIZE 100.0

/* Whether @layout fits @width × @height at @size, tried at REFERENCE_SIZE when @reference is set
 * (the layout's width is then changed); @w and @h get what it takes at @size. */
static gboolean
fits_as (PangoLayout                *layout,
         const PangoFontDescription *font,
         double                      size,
         double                      width,
         double                      height,
         gboolean                    allow_split_words,
         gboolean                    reference,
         double                     *w,
         double                     *h)
{
  double k = 1.0;
  double x, y;
  gboolean inside, scaled = FALSE;

  /* A tiny size would scale the box past what a Pango width can hold: tried at its own size
   * (in its own box, which an earlier trial may have scaled). */
  if (reference && size > 0 && width * (REFERENCE_SIZE / size) * PANGO_SCALE < G_MAXINT / 2)
    {
      k = REFERENCE_SIZE / size;
      scaled = TRUE;
    }
  set_size (layout, font, scaled ? REFERENCE_SIZE : size);
  if (reference)
    pango_layout_set_width (layout, (int) (MAX (width * k, 0) * PANGO_SCALE));
  kb_text_fit_extents (layout, &x, &y, w, h);
  x /= k;
  *w /= k;
  *h /= k;
  /* Aligned to a side, a letter's ink may reach past it by its bearing ("J"), as it would in a
   * centred layout switched to that side: what must fit is the width. */
  if (pango_layout_get_alignment (layout) != PANGO_ALIGN_CENTER)
    inside = *w <= width + TOLERANCE && *h <= height + TOLERANCE;
  else
    inside = x >= -TOLERANCE && x + *w <= width + TOLERANCE && *h <= height + TOLERANCE;
  return inside && (allow_split_words || !has_split_words (layout));
}

static gboolean
fits (PangoLayout                *layout,
      const PangoFontDescription *font,
      double                      size,
      double                      width,
      double                      height,
      gboolean                    allow_split_words)
{
  double w, h;

  return fits_as (layout, font, size, width, height, allow_split_words, FALSE, &w, &h);
}

/* Shaping dominates the cost of drawing a card, so the search lays the text out as few times as
 * it can: once at @max_size, then a bracket around a guess from the area the text took at
 * @max_size (text area grows with the square of the size), then halving to 1 %. */
static double
search (PangoLayout                *layout,
        const PangoFontDescription *font,
        double                      width,
        double                      height,
        double                      max_size,
        gboolean                    allow_split_words,
        gboolean                    reference)
{
  double lo = 0, hi = max_size, w, h;

  if (fits_as (layout, font, max_size, width, height, allow_split_words, reference, &w, &h))
    lo = hi;
  else if (h > 0 && w > 0)
    {
      double guess = max_size * sqrt (MIN (height / h, width / w * height / h));

      guess = MIN (guess, max_size);
      if (fits_as (layout, font, guess * 0.85, width, height, allow_split_words, reference, &w,
                   &h))
        {
          lo = guess * 0.85;
          if (!fits_as (layout, font, MIN (guess * 1.1, max_size), width, height,
                        allow_split_words, reference, &w, &h))
            hi = MIN (guess * 1.1, max_size);
          else
            lo = MIN (guess * 1.1, max_size);
        }
      else
        hi = guess * 0.85;
    }
  for (int i = 0; i < MAX_STEPS && hi - lo > hi * PRECISION; i++)
    {
      double mid = (lo + hi) / 2;

      if (fits_as (layout, font, mid, width, height, allow_split_words, reference, &w, &h))
        lo = mid;
      else
        hi = mid;
    }
  if (reference)
    pango_layout_set_width (layout, (int) (MAX (width, 0) * PANGO_SCALE));
  return lo;
}

/* Because the layout is unhinted, a fit found for one box holds for every box of the same
 * shape: the font size is the same fraction of the width. Remembering that fraction turns the
 * search into one layout when a card is drawn again at another size (a window resized, a
 * thumbnail after the full card, the PDF after the screen). Only a hint: it is checked, and a
 * miss (rounding at a very different size) searches as before. Main thread only. */
#define MAX_REMEMBERED 4096

static GHashTable *remembered;   /* key → packed fraction and split flag */

static char *
remember_key (const char                 *markup,
              const PangoFontDescription *font,
              double                      width,
              double                      height,
              double                      max_size)
{
  g_autofree char *desc = pango_font_description_to_string (font);

  return g_strdup_printf ("%.4f %.4f %s\n%s", height / width, max_size / width, desc, markup);
}

static void
remember (const char                 *markup,
          const PangoFontDescription *font,
          double                      width,
          double                      height,
          double                      max_size,
          double                      size,
          gboolean                    broke,
          int                         n_lines)
{
  double *value;

  if (width <= 0 || height <= 0)
    return;
  if (remembered == NULL)
    remembered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (g_hash_table_size (remembered) >= MAX_REMEMBERED)
    g_hash_table_remove_all (remembered);
  value = g_new (double, 3);
  value[0] = size / width;
  value[1] = broke;
  value[2] = n_lines;
  g_hash_table_insert (remembered, remember_key (markup, font, width, height, max_size), value);
}

static gboolean
lookup_remembered (PangoLayout                *layout,
                   const char                 *markup,
                   const PangoFontDescription *font,
                   double                      width,
                   double                      height,
                   double                      max_size,
                   double                     *size,
                   gboolean                   *broke,
                   int                        *n_lines)
{
  g_autofree char *key = NULL;
  const double *value;

  if (remembered == NULL || width <= 0 || height <= 0)
    return FALSE;
  key = remember_key (markup, font, width, height, max_size);
  value = g_hash_table_lookup (remembered, key);
  if (value == NULL)
    return FALSE;
  *size = MIN (value[0] * width, max_size);
  *broke = value[1] != 0;
  *n_lines = (int) value[2];
  return TRUE;
}

/**
 * kb_text_fit_forget:
 *
 * Forgets the remembered fits and the shared layouts, so the next fit searches again (for
 * measurements and tests).
 */
static GHashTable *shared;

void
kb_text_fit_forget (void)
{
  if (remembered != NULL)
    g_hash_table_remove_all (remembered);
  if (shared != NULL)
    g_hash_table_remove_all (shared);
}

/**
 * kb_text_fit:
 * @markup: Pango markup (escape plain text with g_markup_escape_text())
 * @font: family, weight and style; its size is ignored
 * @max_size: the largest font size wanted, in user units
 * @fit: (out) (optional): what was chosen
 *
 * Lays @markup out in @width, centred, as large as possible up to @max_size, so that it stays
 * within @height. The layout's width is set to @width: draw it at the box's left edge, and at
 * box top - y of kb_text_fit_extents() (or lower, to centre it).
 *
 * Returns: (transfer full): the layout
 */
PangoLayout *
kb_text_fit (PangoContext               *context,
             const char                 *markup,
             const PangoFontDescription *font,
             double                      width,
             double                      height,
             double                      max_size,
             KbTextFit                  *fit)
{
  return kb_text_fit_aligned (context, markup, font, width, height, max_size,
                              PANGO_ALIGN_CENTER, G_MAXINT, PANGO_ALIGN_CENTER, fit);
}

/**
 * kb_text_fit_aligned:
 * @align: how the lines are aligned
 * @many_lines: more lines than this get @many_align instead
 *
 * As kb_text_fit(), with the alignment chosen here: set afterwards it would lay the text out
 * again, and shaping is most of what drawing a card costs.
 */
PangoLayout *
kb_text_fit_aligned (PangoContext               *context,
                     const char                 *markup,
                     const PangoFontDescription *font,
                     double                      width,
                     double                      height,
                     double                      max_size,
                     PangoAlignment              align,
                     int                         many_lines,
                     PangoAlignment              many_align,
                     KbTextFit                  *fit)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attrs;
  double whole, split, size;
  gboolean broke = FALSE, known;
  int n_lines = 0;
  double x, y, w, h;

  g_return_val_if_fail (markup != NULL, layout);

  pango_layout_set_markup (layout, markup, -1);
  attrs = pango_layout_get_attributes (layout);
  if (attrs == NULL)
    {
      attrs = pango_attr_list_new ();
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_attr_list_insert_before (attrs, pango_attr_insert_hyphens_new (TRUE));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 0) * PANGO_SCALE));
  /* Marks above and below Arabic letters need more room between lines than Latin does. */
  pango_layout_set_line_spacing (layout, LINE_SPACING);

  known = lookup_remembered (layout, markup, font, width, height, max_size, &size, &broke,
                             &n_lines);
  /* A remembered fit knows its lines, so the alignment is right before the one layout. */
  pango_layout_set_alignment (layout, known && n_lines > many_lines ? many_align : align);
  if (known && !fits (layout, font, size, width, height, broke))
    known = FALSE;
  /* Searched at the reference size first; should rounding make the size found not fit at its
   * own size after all, searched again at the sizes themselves. */
  for (int pass = 0; !known && pass < 2; pass++)
    {
      gboolean reference = pass == 0;

      whole = search (layout, font, width, height, max_size, FALSE, reference);
      size = whole;
      broke = FALSE;
      if (whole < max_size * PREFER_WHOLE_WORDS)
        {
          split = search (layout, font, width, height, max_size, TRUE, reference);
          if (whole < split * PREFER_WHOLE_WORDS)
            {
              size = split;
              broke = TRUE;
            }
        }
      if (!reference || size <= max_size / (1 << MAX_STEPS) ||
          fits (layout, font, size, width, height, broke))
        break;
    }
  /* Never 0: an empty-looking card hides the bug; a tiny text shows it. */
  set_size (layout, font, MAX (size, max_size / (1 << MAX_STEPS)));
  if (!known)
    {
      n_lines = pango_layout_get_line_count (layout);
      remember (markup, font, width, height, max_size, size, broke, n_lines);
    }
  pango_layout_set_alignment (layout, n_lines > many_lines ? many_align : align);

  if (fit != NULL)
    {
      kb_text_fit_extents (layout, &x, &y, &w, &h);
      fit->size = size;
      fit->width = w;
      fit->height = h;
      fit->n_lines = pango_layout_get_line_count (layout);
      fit->broke_words = broke && has_split_words (layout);
    }
  return layout;
}

/**
 * kb_text_fit_balance:
 * @layout: a layout from kb_text_fit() or kb_text_fit_aligned()
 *
 * Narrows @layout to the least width that keeps its number of lines (and splits no more words),
 * so the lines are of about the same length and no short word stands alone on the last line.
 * The size and the height stay as they are: the text still fits where it fitted.
 *
 * Returns: the width the lines now take, in user units (at most the width it had)
 */
double
kb_text_fit_balance (PangoLayout *layout)
{
  int n_lines, full, lo, hi;
  gboolean split;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0);

  n_lines = pango_layout_get_line_count (layout);
  full = pango_layout_get_width (layout);
  split = has_split_words (layout);

  if (n_lines < 2 || full <= 0)
    return (double) full / PANGO_SCALE;
  /* The least width that still gives as many lines: the last line as full as it can be. */
  lo = full / 4;
  hi = full;
  for (int i = 0; i < MAX_STEPS && hi - lo > PANGO_SCALE; i++)
    {
      int mid = lo + (hi - lo) / 2;

      pango_layout_set_width (layout, mid);
      if (pango_layout_get_line_count (layout) == n_lines &&
          (split || !has_split_words (layout)))
        hi = mid;
      else
        lo = mid;
    }
  pango_layout_set_width (layout, hi);
  return (double) pango_layout_get_width (layout) / PANGO_SCALE;
}


/* Drawing a card again (shown again, drawn ahead for the next key, a slide's two cards, the
 * room's view and the facilitator's) lays out the same text in the same box: the layout of last
 * time is given again, fitted and balanced, as shaping is most of what drawing a card costs.
 * A layout belongs to its context; contexts that lay text out alike share it, so the key names
 * the context's font map, matrix, font options and language. Main thread only. */
#define MAX_SHARED 64

typedef struct
{
  PangoLayout *layout;
  KbTextFit    fit;
} Shared;

/* shared: key → Shared (declared above, for kb_text_fit_forget) */

static void
shared_free (gpointer data)
{
  Shared *entry = data;

  g_object_unref (entry->layout);
  g_free (entry);
}

static char *
shared_key (PangoContext               *context,
            const char                 *markup,
            const PangoFontDescription *font,
            double                      width,
            double                      height,
            double                      max_size,
            PangoAlignment              align,
            gboolean                    balance)
{
  const PangoMatrix *m = pango_context_get_matrix (context);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  g_autofree char *desc = pango_font_description_to_string (font);

  return g_strdup_printf ("%p %g %g %g %g %lx %s|%s|%.3f %.3f %.3f %d %d\n%s",
                          (gpointer) pango_context_get_font_map (context),
                          m ? m->xx : 1, m ? m->xy : 0, m ? m->yx : 0, m ? m->yy : 1,
                          options ? cairo_font_options_hash (options) : 0,
                          pango_language_to_string (pango_context_get_language (context)), desc,
                          width, height, max_size, align, balance, markup);
}

/**
 * kb_text_fit_shared:
 * @balance: narrowed as kb_text_fit_balance() does
 * @fit: (out) (optional): what was chosen (before balancing)
 *
 * As kb_text_fit_aligned() with @align for any number of lines, but the same text in the same
 * box gives the same layout again, laid out once.
 *
 * Returns: (transfer full): the layout, shared: do not change it
 */
PangoLayout *
kb_text_fit_shared (PangoContext               *context,
                    const char                 *markup,
                    const PangoFontDescription *font,
                    double                      width,
                    double                      height,
                    double                      max_size,
                    PangoAlignment              align,
                    gboolean                    balance,
                    KbTextFit                  *fit)
{
  g_autofree char *key = shared_key (context, markup, font, width, height, max_size, align,
                                     balance);
  Shared *entry;

  if (shared == NULL)
    shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shared_free);
  entry = g_hash_table_lookup (shared, key);
  if (entry == NULL)
    {
      if (g_hash_table_size (shared) >= MAX_SHARED)
        g_hash_table_remove_all (shared);
      entry = g_new0 (Shared, 1);
      entry->layout = kb_text_fit_aligned (context, markup, font, width, height, max_size, align,
                                           G_MAXINT, align, &entry->fit);
      if (balance)
        kb_text_fit_balance (entry->layout);
      g_hash_table_insert (shared, g_steal_pointer (&key), entry);
    }
  if (fit != NULL)
    *fit = entry->fit;
  return g_object_ref (entry->layout);
}
