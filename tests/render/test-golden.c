/* Golden images: a handful of cards, a back and a board, drawn as the app and the export draw
 * them, compared with the images in tests/render/golden/. */
#include "kb-render-test.h"

#include "kb-board-renderer.h"
#include "kb-card-renderer.h"

#define CARD_W 315
#define CARD_H 440

static KbDeck *deck;

static cairo_surface_t *
draw_card (const char     *id,
           const char     *lang,
           KbThemeVariant  variant)
{
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (kb_theme_get (variant), NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CARD_W, CARD_H);
  cairo_t *cr = cairo_create (surface);

  if (id != NULL)
    {
      KbCard *card = kb_deck_find_card (deck, id);
      g_assert_nonnull (card);
      kb_card_renderer_draw_front (renderer, cr, deck, card, lang, CARD_W, CARD_H);
    }
  else
    kb_card_renderer_draw_back (renderer, cr, deck, lang, CARD_W, CARD_H);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static gboolean
have_font (void)
{
  if (kb_render_test_have_font ("Noto Sans"))
    return TRUE;
  g_test_skip ("the pinned font Noto Sans (fonts-noto-core) is not installed");
  return FALSE;
}

typedef struct
{
  const char    *golden;
  const char    *id;
  const char    *lang;
  KbThemeVariant variant;
} CardCase;

static const CardCase cases[] = {
  { "card-question-nl", "vraag", "nl", KB_THEME_VARIANT_NORMAL },
  { "card-statement-en", "stelling", "en", KB_THEME_VARIANT_NORMAL },
  { "card-case-nl", "casus", "nl", KB_THEME_VARIANT_NORMAL },
  { "card-arabic", "arabisch", "nl", KB_THEME_VARIANT_NORMAL },
  { "card-emoji-nl", "emoji", "nl", KB_THEME_VARIANT_NORMAL },
  { "card-image-nl", "plaatje", "nl", KB_THEME_VARIANT_NORMAL },
  { "card-statement-hc", "stelling", "nl", KB_THEME_VARIANT_HIGH_CONTRAST },
  { "card-back", NULL, "nl", KB_THEME_VARIANT_NORMAL },
};

static void
test_card (gconstpointer data)
{
  const CardCase *c = data;
  cairo_surface_t *surface;

  if (!have_font ())
    return;
  surface = draw_card (c->id, c->lang, c->variant);
  kb_render_test_compare_golden (surface, c->golden);
  cairo_surface_destroy (surface);
}

typedef struct
{
  const char    *golden;
  const char    *deck;
  KbThemeVariant variant;
} BoardCase;

static const BoardCase board_cases[] = {
  { "board-loop-nl", NULL, KB_THEME_VARIANT_NORMAL },
  { "board-loop-hc", NULL, KB_THEME_VARIANT_HIGH_CONTRAST },
  { "board-snake-nl", "snake.json", KB_THEME_VARIANT_NORMAL },
  { "board-spiral-nl", "spiral.json", KB_THEME_VARIANT_NORMAL },
};

static void
test_board (gconstpointer data)
{
  const BoardCase *c = data;
  g_autoptr(KbBoardRenderer) renderer = kb_board_renderer_new (kb_theme_get (c->variant), NULL);
  g_autoptr(KbDeck) other = c->deck != NULL ? kb_render_test_load_deck (c->deck) : NULL;
  const KbPawn pawns[] = { { 0, 0 }, { 0, 1 }, { 3, 2 }, { 9, 3 }, { 9, 4 }, { 15, 5 } };
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!have_font ())
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 960, 540);
  cr = cairo_create (surface);
  kb_board_renderer_draw (renderer, cr, other != NULL ? other : deck, "nl", 960, 540, pawns,
                          G_N_ELEMENTS (pawns));
  cairo_destroy (cr);
  kb_render_test_compare_golden (surface, c->golden);
  cairo_surface_destroy (surface);
}

/* The die's face, in both themes side by side. */
static void
test_die (void)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!have_font ())
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 260, 120);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0.94, 0.9, 0.85);
  cairo_paint (cr);
  for (guint v = 0; v < 2; v++)
    {
      g_autoptr(KbBoardRenderer) renderer =
        kb_board_renderer_new (kb_theme_get (v == 0 ? KB_THEME_VARIANT_NORMAL
                                                    : KB_THEME_VARIANT_HIGH_CONTRAST), NULL);

      cairo_save (cr);
      cairo_translate (cr, 10 + v * 130, 10);
      kb_board_renderer_draw_die (renderer, cr, v == 0 ? 6 : 12, 100);
      cairo_restore (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  kb_render_test_compare_golden (surface, "board-die");
  cairo_surface_destroy (surface);
}

/* A deck written in Arabic: the band, the text and the back right to left, with an emoji. */
static void
test_rtl (void)
{
  g_autoptr(KbDeck) arabic = kb_render_test_load_deck ("arabic.json");
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!have_font ())
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * CARD_W, CARD_H);
  cr = cairo_create (surface);
  kb_card_renderer_draw_front (renderer, cr, arabic, kb_deck_get_card (arabic, 0), NULL, CARD_W,
                               CARD_H);
  cairo_translate (cr, CARD_W, 0);
  kb_card_renderer_draw_back (renderer, cr, arabic, NULL, CARD_W, CARD_H);
  cairo_destroy (cr);
  kb_render_test_compare_golden (surface, "card-rtl-ar");
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kb_render_test_init (&argc, &argv);
  deck = kb_render_test_load_deck ("render-test.json");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/golden/%s", cases[i].golden);
      g_test_add_data_func (path, &cases[i], test_card);
    }
  for (guint i = 0; i < G_N_ELEMENTS (board_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/golden/%s", board_cases[i].golden);
      g_test_add_data_func (path, &board_cases[i], test_board);
    }
  g_test_add_func ("/render/golden/card-rtl-ar", test_rtl);
  g_test_add_func ("/render/golden/board-die", test_die);
  status = g_test_run ();
  g_object_unref (deck);
  return status;
}
