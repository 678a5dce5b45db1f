/* What the board tests in tests/present share: a game started with a real Return, and a key
 * that plays on, checked in the kept game. */
#pragma once

#include "kb-present-test.h"
#include "kb-window.h"

G_BEGIN_DECLS

void kb_present_start_board (KbWindow   *window);
void kb_present_settle      (KbWindow   *window);
void kb_present_play_key    (KbWindow   *window,
                             const char *mode,
                             const char *keys);

G_END_DECLS
