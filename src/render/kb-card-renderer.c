/* The front of a card in the style of printed training cards: a band in the category's colour
 * with its symbol and name, the kind of card, the text as large as the card allows, and for a
 * statement the two answers. Every measure is in units of a hundredth of the card's width, so
 * a thumbnail, a 4K projection and a printed card are the same drawing. */
#define G_LOG_DOMAIN "kletsborden-card-renderer"

#include <math.h>
#include <string.h>

#include "kb-card-back.h"
#include "kb-card-renderer.h"
#include "kb-hyphenate.h"
#include "kb-labels.h"
#include "kb-text-fit.h"

#define BAND 22.0          /* height of the category band */
#define MARGIN 8.0         /* left and right of the body */
#define CORNER 4.5         /* the radius of the card's corners */

struct _KbCardRenderer
{
  GObject        parent_instance;
  const KbTheme *theme;
  KbSvgCache    *cache;
  gboolean       room;        /* drawn for the room: a case shows its roles, never a brief */
  KbCardReading  reading;     /* the font and spacing of the text */
};

G_DEFINE_FINAL_TYPE (KbCardRenderer, kb_card_renderer, G_TYPE_OBJECT)

/* What one drawing of a front needs, passed around instead of eight arguments. */
typedef struct
{
  KbCardRenderer *self;
  const KbTheme  *theme;
  cairo_t        *cr;
  PangoContext   *context;
  KbDeck         *deck;
  KbCard         *card;
  const char     *lang;
  const char     *fallback;
  double          width;
  double          height;
  double          u;
  double          text_u;     /* the body text's unit: larger on a card as wide as a screen */
  KbColor         band;
  KbColor         band_ink;
  gboolean        rtl;        /* the card's text runs right to left: mirror the layout */
} Front;

/* The direction of the first letter decides, as Pango's own auto-direction does. */
static gboolean
text_is_rtl (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return TRUE;
        default:
          return FALSE;
        }
    }
  return FALSE;
}

/* The x of a box of @width at @x, mirrored for a right-to-left card. */
static double
mirror_x (const Front *f,
          double       x,
          double       width)
{
  return f->rtl ? f->width - x - width : x;
}

static void
kb_card_renderer_dispose (GObject *object)
{
  KbCardRenderer *self = KB_CARD_RENDERER (object);

  g_clear_object (&self->cache);
  G_OBJECT_CLASS (kb_card_renderer_parent_class)->dispose (object);
}

static void
kb_card_renderer_class_init (KbCardRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_card_renderer_dispose;
}

static void
kb_card_renderer_init (KbCardRenderer *self)
{
  self->theme = kb_theme_get (KB_THEME_VARIANT_NORMAL);
}

/**
 * kb_card_renderer_new:
 * @theme: (nullable): the look; the normal theme when %NULL
 * @cache: (nullable): where SVG art is kept; the shared default cache when %NULL
 */
KbCardRenderer *
kb_card_renderer_new (const KbTheme *theme,
                      KbSvgCache    *cache)
{
  KbCardRenderer *self = g_object_new (KB_TYPE_CARD_RENDERER, NULL);

  if (theme != NULL)
    self->theme = theme;
  self->cache = g_object_ref (cache != NULL ? cache : kb_svg_cache_get_default ());
  return self;
}

const KbTheme *
kb_card_renderer_get_theme (KbCardRenderer *self)
{
  g_return_val_if_fail (KB_IS_CARD_RENDERER (self), NULL);
  return self->theme;
}

void
kb_card_renderer_set_theme (KbCardRenderer *self,
                            const KbTheme  *theme)
{
  g_return_if_fail (KB_IS_CARD_RENDERER (self));
  g_return_if_fail (theme != NULL);
  self->theme = theme;
}

/**
 * kb_card_renderer_get_cache:
 *
 * Returns: (transfer none): the SVG cache
 */
KbSvgCache *
kb_card_renderer_get_cache (KbCardRenderer *self)
{
  g_return_val_if_fail (KB_IS_CARD_RENDERER (self), NULL);
  return self->cache;
}

/**
 * kb_card_fit_rect:
 * @margin: room to keep free around the card, in the same units
 *
 * The largest card of real proportions that fits the area, centred in it.
 */
void
kb_card_fit_rect (double  width,
                  double  height,
                  double  margin,
                  KbRect *card)
{
  double w = MAX (width - 2 * margin, 1);
  double h = MAX (height - 2 * margin, 1);

  if (h / w > KB_CARD_RATIO)
    h = w * KB_CARD_RATIO;
  else
    w = h / KB_CARD_RATIO;
  card->x = (width - w) / 2;
  card->y = (height - h) / 2;
  card->width = w;
  card->height = h;
}

/**
 * kb_card_corner_radius:
 *
 * Returns: the radius of the corners of a card (front or back) drawn at @width × @height
 */
double
kb_card_corner_radius (double width,
                       double height)
{
  return CORNER * MIN (width, height / KB_CARD_RATIO) / 100;
}

static void
draw_band (Front *f)
{
  cairo_t *cr = f->cr;
  double u = f->u;
  double band = BAND * u;
  double side = 13 * u, radius;
  KbCategory *category = kb_card_get_category (f->card);
  g_autofree char *name = kb_render_escape_text (kb_category_get_name (category), f->lang,
                                                 f->fallback);
  KbRect box = { mirror_x (f, 22 * u, f->width - 27 * u), 3 * u, f->width - 27 * u, band - 6 * u };

  /* The card's rounded top corners, drawn as a path: a clip to the card's outline would send
   * every later glyph and fill through a mask, the slow way (issue 15). */
  radius = MIN (CORNER * u, MIN (f->width, band) / 2);
  cairo_new_path (cr);
  cairo_move_to (cr, 0, band);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_arc (cr, f->width - radius, radius, radius, -G_PI / 2, 0);
  cairo_line_to (cr, f->width, band);
  cairo_close_path (cr);
  kb_cairo_set_color (cr, &f->band);
  cairo_fill (cr);

  kb_svg_cache_draw (f->self->cache, cr, kb_render_category_art (f->self->cache, f->deck, category),
                     mirror_x (f, 5 * u, side), (band - side) / 2, side, side, &f->band_ink);
  kb_render_show_fitted (cr, f->context, f->theme, name, PANGO_WEIGHT_BOLD, &box, 7.5 * u,
                         &f->band_ink);
}

/* Intensity as filled and open dots: readable in black and white, and without words. */
static void
draw_intensity (Front  *f,
                double  y)
{
  cairo_t *cr = f->cr;
  double u = f->u;
  KbIntensity intensity = kb_card_get_intensity (f->card);
  double r = 1.4 * u;
  KbColor edge;

  if (intensity == KB_INTENSITY_UNSET)
    return;
  /* A light band colour is faint on the paper: the dots' outline keeps 3:1. */
  kb_theme_mark_edge (f->theme, &f->band, &edge);
  cairo_save (cr);
  cairo_set_line_width (cr, 0.5 * u);
  for (int i = 0; i < 3; i++)
    {
      double cx = mirror_x (f, f->width - MARGIN * u - r - (2 - i) * 4.2 * u, 0);

      cairo_new_path (cr);
      cairo_arc (cr, cx, y, r - 0.25 * u, 0, 2 * G_PI);
      if (i < (int) intensity)
        {
          kb_cairo_set_color (cr, &f->band);
          cairo_fill_preserve (cr);
        }
      kb_cairo_set_color (cr, &edge);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static double
draw_kind (Front  *f,
           double  y)
{
  double u = f->u;
  const char *kind = kb_label_for_kind (kb_card_get_kind (f->card), f->lang);
  const char *asks = kb_label_for_asks (kb_card_get_asks (f->card), f->lang);
  /* Whom the card addresses sits beside its kind, so a trainee never answers a question meant
   * for a client about themselves. */
  g_autofree char *label = *asks ? g_strdup_printf ("%s · %s", kind, asks) : g_strdup (kind);
  g_autofree char *upper = g_utf8_strup (label, -1);
  g_autofree char *escaped = g_markup_escape_text (upper, -1);
  g_autofree char *markup = g_strdup_printf ("<span letter_spacing=\"%d\">%s</span>",
                                             (int) (0.45 * u * PANGO_SCALE), escaped);
  KbRect box = { mirror_x (f, MARGIN * u, 60 * u), y, 60 * u, 6 * u };

  /* Letter spacing is absolute, so it is only right for one size: the label fits easily at 4u. */
  kb_render_show_fitted_aligned (f->cr, f->context, f->theme, markup, PANGO_WEIGHT_BOLD, &box,
                                 4.2 * u, &f->theme->muted,
                                 f->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  draw_intensity (f, y + 3 * u);
  return y + 6 * u;
}

static void
draw_mark (cairo_t *cr,
           double   cx,
           double   cy,
           double   s,
           gboolean agree)
{
  cairo_save (cr);
  cairo_set_line_width (cr, s * 0.22);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (agree)
    {
      cairo_move_to (cr, cx - s * 0.4, cy);
      cairo_line_to (cr, cx - s * 0.1, cy + s * 0.32);
      cairo_line_to (cr, cx + s * 0.42, cy - s * 0.34);
    }
  else
    {
      cairo_move_to (cr, cx - s * 0.32, cy - s * 0.32);
      cairo_line_to (cr, cx + s * 0.32, cy + s * 0.32);
      cairo_move_to (cr, cx + s * 0.32, cy - s * 0.32);
      cairo_line_to (cr, cx - s * 0.32, cy + s * 0.32);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Returns the top of the footer. */
static double
draw_footer (Front *f)
{
  cairo_t *cr = f->cr;
  double u = f->u;

  if (kb_card_get_kind (f->card) == KB_CARD_KIND_STATEMENT)
    {
      double pill_h = 11 * u;
      double pill_w = (f->width - 2 * MARGIN * u - 4 * u) / 2;
      double y = f->height - 5.5 * u - pill_h;
      KbColor fill;

      kb_color_mix (&f->theme->paper, &f->band, 0.14, &fill);
      for (int i = 0; i < 2; i++)
        {
          gboolean agree = i == 0;
          double x = mirror_x (f, MARGIN * u + i * (pill_w + 4 * u), pill_w);
          g_autofree char *label = g_markup_escape_text (
            kb_label_get (agree ? "answer/agree" : "answer/disagree", f->lang), -1);
          KbRect box = { x + (f->rtl ? 2.5 * u : pill_h * 0.9), y + 2 * u,
                         pill_w - pill_h * 0.9 - 2.5 * u,
                         pill_h - 4 * u };

          kb_render_rounded_rect (cr, x, y, pill_w, pill_h, pill_h / 2);
          kb_cairo_set_color (cr, &fill);
          cairo_fill_preserve (cr);
          cairo_set_line_width (cr, 0.5 * u);
          kb_cairo_set_color (cr, f->theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST
                                    ? &f->theme->ink : &f->band);
          cairo_stroke (cr);
          kb_cairo_set_color (cr, &f->theme->ink);
          draw_mark (cr, f->rtl ? x + pill_w - pill_h * 0.55 : x + pill_h * 0.55,
                     y + pill_h / 2, pill_h * 0.5, agree);
          kb_render_show_fitted (cr, f->context, f->theme, label, PANGO_WEIGHT_BOLD, &box,
                                 5 * u, &f->theme->ink);
        }
      return y;
    }
  else
    {
      g_autofree char *title = g_markup_escape_text (kb_deck_get_title (f->deck, f->lang), -1);
      KbRect box = { MARGIN * u, f->height - 8.5 * u, f->width - 2 * MARGIN * u, 5 * u };

      cairo_rectangle (cr, MARGIN * u, box.y - 1.6 * u, box.width, MAX (0.25 * u, 0.5));
      kb_cairo_set_color (cr, &f->theme->edge);
      cairo_fill (cr);
      kb_render_show_fitted (cr, f->context, f->theme, title, PANGO_WEIGHT_NORMAL, &box,
                             3.4 * u, &f->theme->muted);
      return box.y - 1.6 * u;
    }
}

/* The situation of a case, then its roles; the roles start at the byte returned in @roles_at
 * of the layout's text (or -1). */
static char *
body_markup (Front *f,
             int   *roles_at)
{
  const KbText *body = kb_card_get_text (f->card);
  g_autofree char *plain = kb_hyphenate (kb_text_get (body, f->lang, f->fallback),
                                         kb_render_text_language (body, f->lang, f->fallback));
  g_autofree char *text = g_markup_escape_text (plain, -1);
  GString *markup = g_string_new (text);
  guint n_roles = kb_card_get_n_roles (f->card);

  *roles_at = -1;
  if (kb_card_get_kind (f->card) != KB_CARD_KIND_CASE || n_roles == 0)
    return g_string_free (markup, FALSE);

  *roles_at = (int) strlen (plain) + 2;   /* after the text and the empty line */
  g_string_append (markup, "\n");
  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *name = kb_render_escape_text (kb_card_get_role_name (f->card, i),
                                                     f->lang, f->fallback);
      const KbText *brief_text = f->self->room ? NULL : kb_card_get_role_brief (f->card, i);
      g_autofree char *brief = brief_text != NULL
        ? kb_render_escape_text (brief_text, f->lang, f->fallback) : NULL;

      g_string_append_printf (markup, "\n<b>%s</b>%s%s", name,
                              brief != NULL && *brief != '\0' ? " — " : "",
                              brief != NULL ? brief : "");
    }
  return g_string_free (markup, FALSE);
}

/* The largest body text. A case for the room has no briefs, so it may be as large as a question:
 * it is read from the back row, not at arm's length. */
static double
room_max_size (Front      *f,
               KbCardKind  kind)
{
  if (kind == KB_CARD_KIND_EXERCISE || (kind == KB_CARD_KIND_CASE && !f->self->room))
    return 8 * f->text_u;
  return 9.5 * f->text_u;
}

static void
draw_body (Front  *f,
           KbRect *box)
{
  cairo_t *cr = f->cr;
  double u = f->u;
  int roles_at;
  g_autofree char *markup = body_markup (f, &roles_at);
  g_autoptr(PangoFontDescription) font = kb_render_font (f->theme, PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoLayout) layout = NULL;
  KbTextFit fit;
  KbCardKind kind = kb_card_get_kind (f->card);
  double max_size = room_max_size (f, kind);
  double pad = roles_at >= 0 ? 2 * u : 0;
  double x, y, w, h, top;

  if (box->width <= 2 * pad || box->height <= 2 * pad)
    return;
  if (f->self->reading & KB_CARD_READING_DYSLEXIA_FONT)
    {
      /* A family list: Pango takes the theme's font where OpenDyslexic is not installed. */
      g_autofree char *families = g_strdup_printf ("%s, %s", KB_CARD_DYSLEXIA_FONT,
                                                   f->theme->font_family);
      pango_font_description_set_family (font, families);
    }
  /* The roles get a tinted panel around them: keep room for its padding inside the box. */
  /* One rule for every card: lines start-aligned (Pango turns "left" round for a right-to-left
   * text), balanced, and the block centred on the card. Centring short cards and not long ones
   * made the text jump from card to card. */
  layout = kb_text_fit_shared (f->context, markup, font, box->width - 2 * pad,
                               box->height - 2 * pad, max_size, PANGO_ALIGN_LEFT,
                               !(f->self->reading & KB_CARD_READING_WIDE_SPACING), &fit);
  if (f->self->reading & KB_CARD_READING_WIDE_SPACING)
    {
      /* Pango's spacing is absolute: take it from the size that fits without it, and fit
       * again (a little smaller) with it. The spans change no index into the text. */
      g_autofree char *spaced = g_strdup_printf (
        "<span letter_spacing=\"%d\">%s</span>",
        (int) (KB_CARD_WIDE_SPACING * fit.size * PANGO_SCALE), markup);

      g_clear_object (&layout);
      layout = kb_text_fit_shared (f->context, spaced, font, box->width - 2 * pad,
                                   box->height - 2 * pad, max_size, PANGO_ALIGN_LEFT, TRUE, NULL);
    }
  kb_text_fit_extents (layout, &x, &y, &w, &h);
  top = box->y + (box->height - h) / 2 - y;

  if (roles_at >= 0)
    {
      PangoRectangle pos;
      KbColor panel;
      double panel_y;

      pango_layout_index_to_pos (layout, roles_at, &pos);
      panel_y = top + (double) pos.y / PANGO_SCALE - pad;
      kb_color_mix (&f->theme->paper, &f->band, 0.12, &panel);
      kb_render_rounded_rect (cr, box->x, panel_y, box->width,
                              top + y + h + pad - panel_y, 2.5 * u);
      kb_cairo_set_color (cr, &panel);
      cairo_fill (cr);
    }

  kb_cairo_set_color (cr, &f->theme->ink);
  cairo_move_to (cr, box->x + pad + (box->width - 2 * pad - w) / 2 - x, top);
  pango_cairo_show_layout (cr, layout);
}

/**
 * kb_card_renderer_set_room:
 * @room: whether the cards are drawn for the room (the projector)
 *
 * For the room a case card shows its situation and the names of its roles, never a role's
 * brief (the client's hidden motive is for the one who plays it), and its text as large as a
 * question's.
 */
void
kb_card_renderer_set_room (KbCardRenderer *self,
                           gboolean        room)
{
  g_return_if_fail (KB_IS_CARD_RENDERER (self));
  self->room = room;
}

gboolean
kb_card_renderer_get_room (KbCardRenderer *self)
{
  g_return_val_if_fail (KB_IS_CARD_RENDERER (self), FALSE);
  return self->room;
}

/**
 * kb_card_renderer_set_reading:
 * @reading: the reader's font and spacing for the card's text
 *
 * The band, the title, the kind and the answers keep the theme's font: short labels; the
 * card's text is what is read.
 */
void
kb_card_renderer_set_reading (KbCardRenderer *self,
                              KbCardReading   reading)
{
  g_return_if_fail (KB_IS_CARD_RENDERER (self));
  self->reading = reading;
}

KbCardReading
kb_card_renderer_get_reading (KbCardRenderer *self)
{
  g_return_val_if_fail (KB_IS_CARD_RENDERER (self), KB_CARD_READING_DEFAULT);
  return self->reading;
}

/**
 * kb_card_renderer_draw_front:
 * @lang: (nullable): the language to show; the deck's first language when %NULL
 *
 * Draws the front of @card into (0, 0, @width, @height): a real card has the proportions of
 * #KB_CARD_RATIO (kb_card_fit_rect() finds them); a wider rectangle gives a card that fills a
 * screen, with larger text. Nothing outside that rectangle is touched.
 */
void
kb_card_renderer_draw_front (KbCardRenderer *self,
                             cairo_t        *cr,
                             KbDeck         *deck,
                             KbCard         *card,
                             const char     *lang,
                             double          width,
                             double          height)
{
  PangoContext *context;
  Front f = { 0 };
  double u, y, footer;
  const char *image;
  KbRect body;

  g_return_if_fail (KB_IS_CARD_RENDERER (self));
  g_return_if_fail (card != NULL);

  if (width <= 0 || height <= 0)
    return;
  context = kb_text_context_new (cr);
  u = MIN (width, height / KB_CARD_RATIO) / 100;
  f = (Front) { self, self->theme, cr, context, deck, card,
                lang != NULL ? lang : kb_deck_get_fallback_language (deck),
                kb_deck_get_fallback_language (deck), width, height, u,
                /* A card wider than high (filling a projector) is read as a card turned on its
                 * side: its text may grow with the long side, its band and labels do not. */
                width > height ? MIN (width / KB_CARD_RATIO, height) / 100 : u };
  kb_theme_category_band (self->theme, kb_category_get_color (kb_card_get_category (card)),
                          &f.band, &f.band_ink);
  f.rtl = text_is_rtl (kb_text_get (kb_card_get_text (card), f.lang, f.fallback));

  cairo_save (cr);
  kb_render_rounded_rect (cr, 0, 0, width, height, kb_card_corner_radius (width, height));
  kb_cairo_set_color (cr, &self->theme->paper);
  cairo_fill (cr);

  draw_band (&f);
  y = draw_kind (&f, BAND * u + 3.5 * u) + 2.5 * u;

  if (kb_card_get_title (card) != NULL)
    {
      g_autofree char *title = kb_render_escape_text (kb_card_get_title (card), f.lang,
                                                      f.fallback);
      KbRect box = { MARGIN * u, y, width - 2 * MARGIN * u, 13 * u };

      if (*title != '\0')
        {
          kb_render_show_fitted (cr, context, self->theme, title, PANGO_WEIGHT_BOLD, &box,
                                 7 * u, &self->theme->ink);
          y += box.height + 2 * u;
        }
    }

  footer = draw_footer (&f);
  body = (KbRect) { MARGIN * u, y, width - 2 * MARGIN * u, footer - 3 * u - y };

  image = kb_card_get_image (card);
  if (image != NULL && body.height > 0)
    {
      double image_h = body.height * 0.4;

      kb_svg_cache_draw (self->cache, cr, kb_svg_cache_resolve (self->cache, deck, image),
                         body.x, body.y, body.width, image_h, NULL);
      body.y += image_h + 3 * u;
      body.height -= image_h + 3 * u;
    }
  draw_body (&f, &body);
  cairo_restore (cr);

  /* The outline is drawn inside the edge, so the card never spills out of its rectangle. */
  cairo_save (cr);
  cairo_set_line_width (cr, self->theme->edge_width * u);
  kb_render_rounded_rect (cr, self->theme->edge_width * u / 2, self->theme->edge_width * u / 2,
                          width - self->theme->edge_width * u, height - self->theme->edge_width * u,
                          CORNER * u - self->theme->edge_width * u / 2);
  kb_cairo_set_color (cr, &self->theme->edge);
  cairo_stroke (cr);
  cairo_restore (cr);
  g_object_unref (context);
}

/**
 * kb_card_renderer_draw_back:
 *
 * Draws the back every card of @deck shares: its title on a pattern in the deck's colour.
 */
void
kb_card_renderer_draw_back (KbCardRenderer *self,
                            cairo_t        *cr,
                            KbDeck         *deck,
                            const char     *lang,
                            double          width,
                            double          height)
{
  g_return_if_fail (KB_IS_CARD_RENDERER (self));

  if (width <= 0 || height <= 0)
    return;
  kb_card_back_draw (self->theme, self->cache, cr, deck,
                     lang != NULL ? lang : kb_deck_get_fallback_language (deck), width, height);
}

/* Starts reading the art of @deck's back in the background (see kb_svg_cache_prefetch()). */
void
kb_card_renderer_prefetch_back (KbCardRenderer *self,
                                KbDeck         *deck)
{
  g_return_if_fail (KB_IS_CARD_RENDERER (self));
  kb_card_back_prefetch (self->cache, deck);
}

/**
 * kb_card_renderer_render:
 * @card: (nullable): the card whose front to draw, or %NULL for the back
 * @width: the size in logical pixels (a widget's size)
 * @scale: the display's scale factor; the image has @width × @scale pixels
 *
 * Draws a card once into a new image, for the app to turn into a texture and keep for as long
 * as the size and the theme stay the same.
 *
 * Returns: (transfer full): an ARGB32 image surface with its device scale set to @scale
 */
cairo_surface_t *
kb_card_renderer_render (KbCardRenderer *self,
                         KbDeck         *deck,
                         KbCard         *card,
                         const char     *lang,
                         int             width,
                         int             height,
                         double          scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (KB_IS_CARD_RENDERER (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  if (card != NULL)
    kb_card_renderer_draw_front (self, cr, deck, card, lang, width, height);
  else
    kb_card_renderer_draw_back (self, cr, deck, lang, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}
