/* Colours and symbols for the categories an import makes. Each colour takes text at 4.5:1
 * without being changed (white on the dark ones, the theme's ink on the yellow), so what the
 * cards show is the colour the deck holds; render's kb_color_readable_band() would otherwise
 * darken it (tests/import checks every one). Red, green, blue and yellow come first, as on the
 * paper Kletsborden; the symbols go round the built-in ones, so two categories never share
 * both colour and symbol. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include "kb-import-private.h"
#include "kb-symbols.h"

static const char * const colors[] = {
  "#B03A2E", "#1E6B52", "#1F5F99", "#F2C14E", "#6C3483", "#0E6670",
  "#9C4A12", "#3949AB", "#8E2C48", "#4E6B1F", "#AD1457", "#5B6770",
};

guint
_kb_import_palette_size (void)
{
  return G_N_ELEMENTS (colors);
}

const char *
_kb_import_palette_color (guint index)
{
  return colors[index % G_N_ELEMENTS (colors)];
}

const char *
_kb_import_palette_symbol (guint index)
{
  const char * const *names = kb_symbols_get_names ();

  return names[index % g_strv_length ((char **) names)];
}
