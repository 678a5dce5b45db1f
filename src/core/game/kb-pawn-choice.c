/* The one place that picks a free colour or shape, for the new-game page and for a player who
 * joins a game under way, so every pawn stays easy to tell apart. */
#include "config.h"

#include "kb-pawn-choice.h"

/**
 * kb_pawn_choice_first_free:
 * @taken: (array length=n_taken): the indices the players have
 * @n_choices: how many there are to choose from
 *
 * Returns: the first index below @n_choices that is not in @taken; when all are taken, the
 *   next one round (@n_taken modulo @n_choices)
 */
guint
kb_pawn_choice_first_free (const guint *taken,
                           guint        n_taken,
                           guint        n_choices)
{
  g_return_val_if_fail (n_choices > 0, 0);

  for (guint c = 0; c < n_choices; c++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < n_taken && !used; i++)
        used = taken[i] == c;
      if (!used)
        return c;
    }
  return n_taken % n_choices;
}
