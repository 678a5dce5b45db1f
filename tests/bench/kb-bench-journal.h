/* The benchmark's journal sub-command: what a move costs at the start and at the end of a very
 * long card session and board game, kept on disk after every move (kb-journal.h). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int kb_bench_journal (int argc, char **argv);

G_END_DECLS
