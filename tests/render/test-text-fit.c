/* Fitting: text is as large as the box allows and never leaves it, from a 200 px thumbnail to a
 * 4K projection, for the texts that break naive layouts. */
#include "kb-render-test.h"

#include "kb-card-renderer.h"
#include "kb-hyphenate.h"
#include "kb-text-fit.h"

static const int heights[] = { 200, 320, 480, 720, 1080, 1440, 2160 };

typedef struct
{
  const char *name;
  const char *markup;
  gboolean    may_split_words;
} FitCase;

#define LONG_TEXT \
  "Denk aan een moment in de afgelopen maand waarop je iemand zag die er alleen bij stond: op " \
  "het werk, in de trein, op een verjaardag of in de supermarkt. Wat zag je precies, en wat " \
  "dacht je op dat moment? Heb je iets gedaan of gezegd, of juist niet? Beschrijf wat je " \
  "tegenhield of wat je juist hielp om de stap te zetten. Bespreek daarna met de groep welke " \
  "kleine gebaren er zijn die weinig moeite kosten maar voor een ander veel kunnen betekenen, " \
  "en kies er samen één die je deze week gaat proberen, of die je een ander aanraadt. Schrijf " \
  "tot slot op wat je de volgende keer anders wilt doen, en met wie je dat wilt delen. Klaar?"

static const FitCase cases[] = {
  { "one-word", "Eenzaamheid", FALSE },
  { "600-characters", LONG_TEXT, FALSE },
  /* 40 letters: on a narrow card it has to break, with a hyphen. */
  { "compound", "Ervaringsdeskundigheidsbevorderingsplans", TRUE },
  { "arabic", "متى شعرت آخر مرة بأنك مرئي حقًا؟ ما الذي ساعدك على التحدث؟", FALSE },
  { "emoji", "Welke emoji past bij je dag? 😊 🌧️ ☕ 🤝 👩‍👩‍👧", FALSE },
  { "case-3-roles",
    "Je buurvrouw (82) groet je elke ochtend, maar zegt nooit meer dan dat.\n\n"
    "<b>Buurvrouw</b> — Wil iets vertellen, maar durft niet.\n"
    "<b>Jij</b> — Hebt haast, maar ziet dat er iets is.\n"
    "<b>Observator</b> — Let op wat er niet gezegd wordt.", FALSE },
};

static void
test_fit (gconstpointer data)
{
  const FitCase *c = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = kb_text_context_new (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans");
  double first_ratio = 0;

  g_assert_cmpint (g_utf8_strlen (LONG_TEXT, -1), >=, 600);
  g_assert_cmpint (g_utf8_strlen ("Ervaringsdeskundigheidsbevorderingsplans", -1), ==, 40);

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      /* The body of a card of this height: 84 % of its width, about half its height. */
      double card_w = heights[i] / KB_CARD_RATIO;
      double box_w = card_w * 0.84, box_h = heights[i] * 0.5;
      g_autoptr(PangoLayout) layout = NULL;
      KbTextFit fit;
      double x, y, w, h;

      kb_text_fit_forget ();
      layout = kb_text_fit (context, c->markup, font, box_w, box_h, card_w * 0.095, &fit);
      kb_text_fit_extents (layout, &x, &y, &w, &h);
      g_test_message ("%s at %d px: size %.2f, %d lines, %.1f × %.1f in %.1f × %.1f%s", c->name,
                      heights[i], fit.size, fit.n_lines, w, h, box_w, box_h,
                      fit.broke_words ? ", split a word" : "");

      g_assert_true (kb_text_fit_is_inside (layout, box_w, box_h));
      g_assert_cmpfloat (x, >=, -0.01);
      g_assert_cmpfloat (x + w, <=, box_w + 0.01);
      g_assert_cmpfloat (h, <=, box_h + 0.01);
      g_assert_cmpfloat (fit.size, >, 0);
      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
      if (!c->may_split_words)
        g_assert_false (fit.broke_words);
      /* As large as fits: 3 % larger, laid out at that size itself, it does not (the search
       * tries its sizes on a layout of one reference size). */
      if (!c->may_split_words && fit.size < card_w * 0.095 / 1.03)
        {
          g_autoptr(PangoLayout) larger = pango_layout_copy (layout);
          g_autoptr(PangoFontDescription) desc = pango_font_description_copy (font);

          pango_font_description_set_absolute_size (desc, fit.size * 1.03 * PANGO_SCALE);
          pango_layout_set_font_description (larger, desc);
          g_assert_false (kb_text_fit_is_inside (larger, box_w, box_h));
        }

      /* Unhinted layout: the text takes the same share of the card at every size. */
      if (i == 0)
        first_ratio = fit.size / card_w;
      else
        g_assert_cmpfloat (ABS (fit.size / card_w - first_ratio) / first_ratio, <, 0.06);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A long text ends up smaller than a short one, and a short one is as large as allowed. */
static void
test_as_large_as_possible (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = kb_text_context_new (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans");
  g_autoptr(PangoLayout) word = NULL;
  g_autoptr(PangoLayout) text = NULL;
  KbTextFit word_fit, text_fit;

  word = kb_text_fit (context, "Ja", font, 600, 400, 80, &word_fit);
  text = kb_text_fit (context, LONG_TEXT, font, 600, 400, 80, &text_fit);
  g_assert_cmpfloat (word_fit.size, ==, 80);
  g_assert_cmpfloat (text_fit.size, <, 30);
  /* Binary search: within 3 % of the largest size that still fits. */
  g_assert_cmpfloat (text_fit.height, >, 400 * 0.8);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Whole cards at every size: nothing is drawn outside the card's rectangle. */
static void
test_cards_stay_inside (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("render-test.json");
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, NULL);
  const int pad = 6;

  for (guint i = 0; i < G_N_ELEMENTS (heights); i += 2)
    {
      int h = heights[i], w = (int) (h / KB_CARD_RATIO);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w + 2 * pad,
                                                             h + 2 * pad);

      for (guint c = 0; c <= kb_deck_get_n_cards (deck); c++)
        {
          cairo_t *cr = cairo_create (surface);

          cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
          cairo_paint (cr);
          cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
          cairo_translate (cr, pad, pad);
          if (c < kb_deck_get_n_cards (deck))
            kb_card_renderer_draw_front (renderer, cr, deck, kb_deck_get_card (deck, c), "nl",
                                         w, h);
          else
            kb_card_renderer_draw_back (renderer, cr, deck, "nl", w, h);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          cairo_surface_flush (surface);

          for (int y = 0; y < h + 2 * pad; y++)
            for (int x = 0; x < w + 2 * pad; x++)
              if (x < pad || y < pad || x >= w + pad || y >= h + pad)
                g_assert_cmphex (kb_render_test_pixel (surface, x, y), ==, 0);
        }
      cairo_surface_destroy (surface);
    }
}

/* A fit is remembered per shape of box: drawn again at other sizes, the text keeps its share of
 * the box without a new search, and stays inside. */
static void
test_remembered (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = kb_text_context_new (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans");
  KbTextFit first, fit;

  kb_text_fit_forget ();
  g_object_unref (kb_text_fit (context, LONG_TEXT, font, 300, 400, 30, &first));
  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      double scale = heights[i] / 400.0;
      g_autoptr(PangoLayout) layout = kb_text_fit (context, LONG_TEXT, font, 300 * scale,
                                                   400 * scale, 30 * scale, &fit);

      g_assert_true (kb_text_fit_is_inside (layout, 300 * scale, 400 * scale));
      g_assert_cmpfloat (ABS (fit.size / scale - first.size), <, first.size * 0.01);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static char *
show_soft_hyphens (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\u00AD", -1);

  return g_strjoinv ("|", parts);
}

/* Most cards have no word long enough to hyphenate, and reading a dictionary takes some 20 ms
 * (issue 15): a text of short words leaves it unread, the first long word reads it. */
static void
test_hyphen_lazy (void)
{
  const char *lang = "nl_NL.UTF-8";
  const char *text = "Wie zou je bellen als je je alleen voelt? Vrijwilligers.";
  g_autofree char *short_words = kb_hyphenate (text, lang);
  g_autofree char *long_word = NULL;

  g_assert_cmpstr (short_words, ==, text);
  g_assert_false (kb_hyphen_is_loaded (lang));
  long_word = kb_hyphenate ("Ervaringsdeskundigheid", lang);
  g_assert_true (kb_hyphen_is_loaded (lang));
  g_assert_nonnull (g_strstr_len (long_word, -1, "\u00AD"));
}

/* Break points from the language's dictionary in very long words only, so one English word
 * breaks as English and as Dutch differently; and with them a 40-letter compound fits from
 * 200 px to 4K without a break in the middle of a syllable. */
static void
test_hyphenate (void)
{
  static const struct { const char *in, *lang, *out; } words[] = {
    { "Ervaringsdeskundigheidsbevorderingsplans", "nl",
      "Erva|rings|des|kun|dig|heids|be|vor|de|rings|plans" },
    { "Arbeidsongeschiktheidsverzekering", "nl_BE", "Arbeids|on|ge|schikt|heids|ver|ze|ke|ring" },
    { "internationalization", "en", "inter|na|tion|al|iza|tion" },
    { "Internationalization", "nl", "Inter|na|ti|o|na|li|za|tion" },
    { "incomprehensibilities", "en-GB", "incom|pre|hen|si|bil|i|ties" },
    { "Wanneer voelde jij je gezien?", "nl", "Wanneer voelde jij je gezien?" },
    { "Geïnternationaliseerde", "nl", "Geïn|ter|na|ti|o|na|li|seerde" },
    { "متى شعرت آخر مرة", "nl", "متى شعرت آخر مرة" },
    /* No dictionary: Pango's own breaks, not another language's rules. */
    { "Internationalization", "xx", "Internationalization" },
    { "Internationalization", NULL, "Internationalization" },
    { "", "nl", "" },
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = kb_text_context_new (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans");
  g_autofree char *compound = kb_hyphenate (words[0].in, words[0].lang);

  g_assert_true (kb_hyphen_has_dictionary ("nl"));
  g_assert_true (kb_hyphen_has_dictionary ("en_US.UTF-8"));
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *hyphenated = kb_hyphenate (words[i].in, words[i].lang);
      g_autofree char *shown = show_soft_hyphens (hyphenated);

      g_assert_cmpstr (shown, ==, words[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      double card_w = heights[i] / KB_CARD_RATIO;
      g_autoptr(PangoLayout) layout = NULL;
      KbTextFit fit;

      layout = kb_text_fit (context, compound, font, card_w * 0.84, heights[i] * 0.5,
                            card_w * 0.095, &fit);
      g_assert_true (kb_text_fit_is_inside (layout, card_w * 0.84, heights[i] * 0.5));
      g_assert_false (fit.broke_words);
      g_assert_cmpint (fit.n_lines, >=, 2);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Thumbnails down to nothing: no criticals, no cairo errors, no endless search. */
static void
test_tiny_sizes (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("render-test.json");
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);

  for (double h = 0; h <= 60; h += 3.7)
    for (guint c = 0; c < kb_deck_get_n_cards (deck); c++)
      {
        cairo_t *cr = cairo_create (surface);

        kb_card_renderer_draw_front (renderer, cr, deck, kb_deck_get_card (deck, c), "nl",
                                     h / KB_CARD_RATIO, h);
        kb_card_renderer_draw_back (renderer, cr, deck, "nl", h / KB_CARD_RATIO, h);
        /* A wrong shape of box: wide and flat. */
        kb_card_renderer_draw_front (renderer, cr, deck, kb_deck_get_card (deck, c), "nl",
                                     h * 3, h / 3);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
      }
  cairo_surface_destroy (surface);
}

/* Syllables for reading ease, by the language's dictionary. */
static void
test_syllables (void)
{
  g_assert_cmpuint (kb_hyphen_count_syllables ("eenzaamheid", "nl"), ==, 3);
  g_assert_cmpuint (kb_hyphen_count_syllables ("Wanneer voelde jij je gezien?", "nl"), ==, 8);
  g_assert_cmpuint (kb_hyphen_count_syllables ("internationalization", "en"), ==, 7);
  g_assert_cmpuint (kb_hyphen_count_syllables ("internationalization", "nl"), ==, 10);
  g_assert_cmpuint (kb_hyphen_count_syllables ("When did you last feel seen?", "en"), ==, 6);
  /* Without a dictionary, groups of vowels. */
  g_assert_cmpuint (kb_hyphen_count_syllables ("banana split", "xx"), ==, 4);
  g_assert_cmpuint (kb_hyphen_count_syllables ("", "nl"), ==, 0);
  g_assert_cmpuint (kb_hyphen_count_syllables (NULL, "nl"), ==, 0);
}

/* Balanced lines: as many lines as before, no wider than the box, no short word alone on the
 * last line, and the last line at least a third of the widest. At one size (40) and many widths,
 * so that every way of wrapping comes by. */
static void
test_balance (void)
{
  const char *texts[] = {
    "Wanneer heb je voor het laatst met iemand gepraat die je nog niet kende, en waar ging het over?",
    "Wat helpt jou om contact te maken met iemand die je net hebt ontmoet? Vertel erover.",
    LONG_TEXT,
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = kb_text_context_new (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans");

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    /* From ten letters' width a line: narrower, a line holds a word or two, and a lone word at
     * the end cannot be helped. */
    for (double box_w = 400; box_w < 1400; box_w += 17)
      {
        g_autoptr(PangoLayout) layout = kb_text_fit_aligned (context, texts[t], font, box_w,
                                                             100000, 40, PANGO_ALIGN_LEFT,
                                                             G_MAXINT, PANGO_ALIGN_LEFT, NULL);
        int n = pango_layout_get_line_count (layout);
        PangoRectangle widest, last;
        double balanced = kb_text_fit_balance (layout);
        double x, y, w, h;
        PangoLayoutLine *line;

        g_assert_cmpfloat (balanced, <=, box_w);
        g_assert_cmpint (pango_layout_get_line_count (layout), ==, n);
        /* Start-aligned, a letter's ink may reach past the side by its bearing: the width is
         * what must fit, as kb_text_fit_aligned() has it. */
        kb_text_fit_extents (layout, &x, &y, &w, &h);
        g_assert_cmpfloat (w, <=, box_w + 0.01);
        if (n < 2)
          continue;
        pango_layout_get_extents (layout, NULL, &widest);
        line = pango_layout_get_line_readonly (layout, n - 1);
        pango_layout_line_get_extents (line, NULL, &last);
        if (last.width <= widest.width / 3.0 ||
            memchr (texts[t] + line->start_index, ' ', line->length) == NULL)
          g_error ("text %u in %.0f units: %d lines, the last “%.*s” is %.0f %% of the widest",
                   t, box_w, n, line->length, texts[t] + line->start_index,
                   100.0 * last.width / widest.width);
      }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The same text in the same box gives the layout laid out last time, unchanged; another box,
 * another balancing or a context that lays out otherwise (another scale) gets its own. */
static void
test_shared (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  cairo_t *scaled = cairo_create (surface);
  PangoContext *context, *other;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans");
  g_autoptr(PangoLayout) a = NULL;
  g_autoptr(PangoLayout) again = NULL;
  g_autoptr(PangoLayout) narrow = NULL;
  g_autoptr(PangoLayout) unbalanced = NULL;
  g_autoptr(PangoLayout) elsewhere = NULL;
  g_autoptr(PangoLayout) forgotten = NULL;
  KbTextFit fit, fit_again;

  cairo_scale (scaled, 2, 2);
  context = kb_text_context_new (cr);
  other = kb_text_context_new (scaled);
  kb_text_fit_forget ();
  a = kb_text_fit_shared (context, LONG_TEXT, font, 300, 400, 40, PANGO_ALIGN_LEFT, TRUE, &fit);
  again = kb_text_fit_shared (context, LONG_TEXT, font, 300, 400, 40, PANGO_ALIGN_LEFT, TRUE,
                              &fit_again);
  g_assert_true (a == again);
  g_assert_cmpfloat (fit.size, ==, fit_again.size);
  g_assert_cmpint (pango_layout_get_width (a), <=, 300 * PANGO_SCALE);

  narrow = kb_text_fit_shared (context, LONG_TEXT, font, 200, 400, 40, PANGO_ALIGN_LEFT, TRUE,
                               NULL);
  g_assert_true (narrow != a);
  g_assert_cmpint (pango_layout_get_width (narrow), <=, 200 * PANGO_SCALE);
  unbalanced = kb_text_fit_shared (context, LONG_TEXT, font, 300, 400, 40, PANGO_ALIGN_LEFT,
                                   FALSE, NULL);
  g_assert_true (unbalanced != a);
  g_assert_cmpint (pango_layout_get_width (unbalanced), ==, 300 * PANGO_SCALE);
  elsewhere = kb_text_fit_shared (other, LONG_TEXT, font, 300, 400, 40, PANGO_ALIGN_LEFT, TRUE,
                                  NULL);
  g_assert_true (elsewhere != a);
  kb_text_fit_forget ();
  forgotten = kb_text_fit_shared (context, LONG_TEXT, font, 300, 400, 40, PANGO_ALIGN_LEFT, TRUE,
                                  NULL);
  g_assert_true (forgotten != a);
  g_assert_cmpint (pango_layout_get_width (forgotten), ==, pango_layout_get_width (a));
  g_object_unref (context);
  g_object_unref (other);
  cairo_destroy (cr);
  cairo_destroy (scaled);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  kb_render_test_init (&argc, &argv);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/fit/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_fit);
    }
  g_test_add_func ("/render/fit/as-large-as-possible", test_as_large_as_possible);
  g_test_add_func ("/render/fit/hyphen-lazy", test_hyphen_lazy);
  g_test_add_func ("/render/fit/hyphenate", test_hyphenate);
  g_test_add_func ("/render/fit/syllables", test_syllables);
  g_test_add_func ("/render/fit/remembered", test_remembered);
  g_test_add_func ("/render/fit/tiny-sizes", test_tiny_sizes);
  g_test_add_func ("/render/fit/cards-stay-inside", test_cards_stay_inside);
  g_test_add_func ("/render/fit/balance", test_balance);
  g_test_add_func ("/render/fit/shared", test_shared);
  return g_test_run ();
}
