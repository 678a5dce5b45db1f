/* The benchmark's game sub-command: a soak of seeded turns, memory and time. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int kb_bench_game (int argc, char **argv);

G_END_DECLS
