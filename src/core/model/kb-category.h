/* A category of cards: plain data owned by its deck. */
#pragma once

#include <glib.h>

#include "kb-types.h"
#include "kb-text.h"

G_BEGIN_DECLS

const char   *kb_category_get_id     (KbCategory *self);
const KbText *kb_category_get_name   (KbCategory *self);
const char   *kb_category_get_color  (KbCategory *self);
const char   *kb_category_get_symbol (KbCategory *self);
const char   *kb_category_get_icon   (KbCategory *self);

gboolean      kb_color_is_valid      (const char *color);

G_END_DECLS
