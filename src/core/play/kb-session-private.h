/* What kb-session.c and kb-session-json.c share. */
#pragma once

#include "kb-session.h"

G_BEGIN_DECLS

struct _KbSession
{
  GObject parent_instance;

  KbDeck *deck;
  char *lang;
  GArray *order;              /* guint card index, in playing order */
  GArray *unshuffled;         /* the order before the last shuffle, for undo; or NULL */
  GArray *put_away;           /* gboolean per card index */
  int pos;                    /* index into order; -1 before the first card */
  GPtrArray *history;         /* KbCard, borrowed from the deck, in the order first shown */
  GHashTable *hidden_categories;
  guint hidden_kinds;         /* bit per KbCardKind */
  guint hidden_intensities;   /* bit per KbIntensity */
  gboolean calm;              /* the room sees the calm screen, not the card */
};

void _kb_session_show (KbSession *self,
                       int        order_index);

G_END_DECLS
