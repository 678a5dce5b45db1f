/* The benchmark's render sub-commands: card, board, pdf. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int kb_bench_render_card  (int argc, char **argv);
int kb_bench_render_board (int argc, char **argv);
int kb_bench_render_pdf   (int argc, char **argv);

G_END_DECLS
