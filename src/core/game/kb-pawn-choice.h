/* Which colour or pawn shape a new player gets: the first one nobody has yet. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint kb_pawn_choice_first_free (const guint *taken,
                                 guint        n_taken,
                                 guint        n_choices);

G_END_DECLS
