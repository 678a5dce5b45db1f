/* The state of a card session. Cards are never copied: the session holds indices into its deck,
 * so a put-away card, a filter or a new order costs nothing to undo. */
#define G_LOG_DOMAIN "kletsborden-session"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-category.h"
#include "kb-session-private.h"


G_DEFINE_FINAL_TYPE (KbSession, kb_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (kb-session-error-quark, kb_session_error)

enum {
  CHANGED,
  CARD_EVENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static KbCard *
card_at (KbSession *self,
         int        order_index)
{
  return kb_deck_get_card (self->deck, g_array_index (self->order, guint, order_index));
}

static gboolean
is_visible (KbSession *self,
            int        order_index)
{
  guint card_index = g_array_index (self->order, guint, order_index);
  KbCard *card = kb_deck_get_card (self->deck, card_index);

  return !g_array_index (self->put_away, gboolean, card_index) &&
         !g_hash_table_contains (self->hidden_categories,
                                 kb_category_get_id (kb_card_get_category (card))) &&
         !(self->hidden_kinds & (1u << kb_card_get_kind (card))) &&
         !(self->hidden_intensities & (1u << kb_card_get_intensity (card)));
}

static int
find_visible (KbSession *self,
              int        from,
              int        step)
{
  for (int i = from; i >= 0 && i < (int) self->order->len; i += step)
    if (is_visible (self, i))
      return i;
  return -1;
}

static void
emit_event (KbSession      *self,
            KbSessionEvent  event,
            KbCard         *card)
{
  g_signal_emit (self, signals[CARD_EVENT], 0, event, card);
}

void
_kb_session_show (KbSession *self,
                  int        order_index)
{
  KbCard *card;

  self->pos = order_index;
  if (order_index >= 0)
    {
      card = card_at (self, order_index);
      if (!g_ptr_array_find (self->history, card, NULL))
        g_ptr_array_add (self->history, card);
      emit_event (self, KB_SESSION_EVENT_SHOWN, card);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
kb_session_finalize (GObject *object)
{
  KbSession *self = (KbSession *) object;

  g_clear_object (&self->deck);
  g_free (self->lang);
  g_array_unref (self->order);
  g_clear_pointer (&self->unshuffled, g_array_unref);
  g_array_unref (self->put_away);
  g_ptr_array_unref (self->history);
  g_hash_table_unref (self->hidden_categories);

  G_OBJECT_CLASS (kb_session_parent_class)->finalize (object);
}

static void
kb_session_class_init (KbSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_session_finalize;

  /**
   * KbSession::changed:
   *
   * The current card, the filters, the order or the language changed: redraw.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KbSession::card-event:
   * @event: a #KbSessionEvent
   * @card: (type gpointer): the #KbCard it happened to
   *
   * For the session log: a card was shown, passed, put away or back; the cards were shuffled or
 * their language changed (then @card is %NULL).
   */
  signals[CARD_EVENT] = g_signal_new ("card-event", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                      G_TYPE_INT, G_TYPE_POINTER);
}

static void
kb_session_init (KbSession *self)
{
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->put_away = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->history = g_ptr_array_new ();
  self->hidden_categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pos = -1;
}

/**
 * kb_session_new:
 *
 * Returns: a session on @deck in the deck's own order, before its first card, in the first of
 *   the user's languages that the deck has.
 */
KbSession *
kb_session_new (KbDeck *deck)
{
  KbSession *self;
  guint n;

  g_return_val_if_fail (KB_IS_DECK (deck), NULL);

  self = g_object_new (KB_TYPE_SESSION, NULL);
  self->deck = g_object_ref (deck);
  self->lang = g_strdup (kb_deck_pick_language (deck, g_get_language_names ()));
  n = kb_deck_get_n_cards (deck);
  for (guint i = 0; i < n; i++)
    g_array_append_val (self->order, i);
  g_array_set_size (self->put_away, n);
  return self;
}

KbDeck *
kb_session_get_deck (KbSession *self)
{
  g_return_val_if_fail (KB_IS_SESSION (self), NULL);
  return self->deck;
}

const char *
kb_session_get_language (KbSession *self)
{
  g_return_val_if_fail (KB_IS_SESSION (self), NULL);
  return self->lang;
}

void
kb_session_set_language (KbSession  *self,
                         const char *lang)
{
  g_return_if_fail (KB_IS_SESSION (self));

  if (lang == NULL || !g_strv_contains (kb_deck_get_languages (self->deck), lang) ||
      g_strcmp0 (lang, self->lang) == 0)
    return;
  g_free (self->lang);
  self->lang = g_strdup (lang);
  emit_event (self, KB_SESSION_EVENT_LANGUAGE, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Switches to the deck's next language, round and round: one key for NL ↔ EN. */
const char *
kb_session_cycle_language (KbSession *self)
{
  const char * const *langs;
  guint i;

  g_return_val_if_fail (KB_IS_SESSION (self), NULL);

  langs = kb_deck_get_languages (self->deck);
  for (i = 0; langs[i] != NULL && g_strcmp0 (langs[i], self->lang) != 0; i++)
    ;
  if (langs[i] == NULL || langs[i + 1] == NULL)
    kb_session_set_language (self, langs[0]);
  else
    kb_session_set_language (self, langs[i + 1]);
  return self->lang;
}

/* Returns: (nullable): the card the room sees; %NULL before the first card. */
KbCard *
kb_session_get_current (KbSession *self)
{
  g_return_val_if_fail (KB_IS_SESSION (self), NULL);
  return self->pos >= 0 ? card_at (self, self->pos) : NULL;
}

/* Returns: (nullable): the card that comes next, for the facilitator's eyes only. */
KbCard *
kb_session_peek_next (KbSession *self)
{
  int next;

  g_return_val_if_fail (KB_IS_SESSION (self), NULL);

  next = find_visible (self, self->pos + 1, 1);
  return next >= 0 ? card_at (self, next) : NULL;
}

/* Returns: the 1-based place of the current card among the cards the filters let through;
 *   0 before the first card. */
guint
kb_session_get_position (KbSession *self)
{
  guint n = 0;

  g_return_val_if_fail (KB_IS_SESSION (self), 0);

  for (int i = 0; i <= self->pos; i++)
    if (is_visible (self, i))
      n++;
  return n;
}

guint
kb_session_get_n_cards (KbSession *self)
{
  guint n = 0;

  g_return_val_if_fail (KB_IS_SESSION (self), 0);

  for (guint i = 0; i < self->order->len; i++)
    if (is_visible (self, i))
      n++;
  return n;
}

/**
 * kb_session_dup_cards:
 *
 * The cards the filters let through, in the session's order: the card at index i has position
 * i + 1 (kb_session_go_to()). The cards are the deck's.
 *
 * Returns: (transfer container) (element-type KbCard): the cards
 */
GPtrArray *
kb_session_dup_cards (KbSession *self)
{
  GPtrArray *cards;

  g_return_val_if_fail (KB_IS_SESSION (self), NULL);

  cards = g_ptr_array_sized_new (self->order->len);
  for (guint i = 0; i < self->order->len; i++)
    if (is_visible (self, (int) i))
      g_ptr_array_add (cards, card_at (self, (int) i));
  return cards;
}

/* Returns: %FALSE at the end of the deck, where the current card stays. */
gboolean
kb_session_next (KbSession *self)
{
  int next;

  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);

  next = find_visible (self, self->pos + 1, 1);
  if (next < 0)
    return FALSE;
  _kb_session_show (self, next);
  return TRUE;
}

/* Jumps to the card at @position (from 1) among the cards the filters let through, as a
 * presenter types a slide's number. Returns: %FALSE when there is no such card. */
gboolean
kb_session_go_to (KbSession *self,
                  guint      position)
{
  guint n = 0;

  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);

  for (guint i = 0; position > 0 && i < self->order->len; i++)
    if (is_visible (self, (int) i) && ++n == position)
      {
        _kb_session_show (self, (int) i);
        return TRUE;
      }
  return FALSE;
}

gboolean
kb_session_previous (KbSession *self)
{
  int previous;

  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);

  previous = find_visible (self, self->pos - 1, -1);
  if (previous < 0)
    return FALSE;
  self->pos = previous;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Goes on without answering. Passing carries no penalty: it is only logged. */
void
kb_session_pass (KbSession *self)
{
  KbCard *card;

  g_return_if_fail (KB_IS_SESSION (self));

  card = kb_session_get_current (self);
  if (card != NULL)
    emit_event (self, KB_SESSION_EVENT_PASSED, card);
  if (!kb_session_next (self))
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
put_away_at (KbSession *self,
             int        order_index)
{
  guint card_index = g_array_index (self->order, guint, order_index);

  g_array_index (self->put_away, gboolean, card_index) = TRUE;
  emit_event (self, KB_SESSION_EVENT_PUT_AWAY, card_at (self, order_index));
}

/* The card on screen was put away or no longer passes a filter: the next card that passes comes
 * up (or the one before, at the end of the deck), so the room never sees an excluded card and
 * the header counts only cards that pass. */
static void
leave_hidden (KbSession *self)
{
  int other;

  if (self->pos < 0 || is_visible (self, self->pos))
    {
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  other = find_visible (self, self->pos + 1, 1);
  if (other < 0)
    other = find_visible (self, self->pos - 1, -1);
  if (other >= 0)
    _kb_session_show (self, other);
  else
    {
      self->pos = -1;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/* The current card leaves the deck for this session, no reason asked; the next one comes up. */
void
kb_session_put_away (KbSession *self)
{
  g_return_if_fail (KB_IS_SESSION (self));

  if (self->pos < 0)
    return;
  put_away_at (self, self->pos);
  leave_hidden (self);
}

/**
 * kb_session_put_back:
 * @card: a card of the session's deck that was put away
 *
 * Undoes putting @card away: it is in the deck again, where it was, and on screen.
 *
 * Returns: whether @card was put away (and is back now)
 */
gboolean
kb_session_put_back (KbSession *self,
                     KbCard    *card)
{
  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);
  g_return_val_if_fail (card != NULL, FALSE);

  for (guint i = 0; i < self->order->len; i++)
    {
      guint card_index = g_array_index (self->order, guint, i);

      if (card_at (self, (int) i) != card)
        continue;
      if (!g_array_index (self->put_away, gboolean, card_index))
        return FALSE;
      g_array_index (self->put_away, gboolean, card_index) = FALSE;
      emit_event (self, KB_SESSION_EVENT_PUT_BACK, card);
      _kb_session_show (self, (int) i);
      return TRUE;
    }
  return FALSE;
}

/* The facilitator takes the upcoming card out before the room has seen it. */
gboolean
kb_session_put_away_next (KbSession *self)
{
  int next;

  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);

  next = find_visible (self, self->pos + 1, 1);
  if (next < 0)
    return FALSE;
  put_away_at (self, next);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* The facilitator wants another card next: the upcoming one goes to the bottom of the deck. */
gboolean
kb_session_swap_next (KbSession *self)
{
  int next, after;
  guint card_index;

  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);

  next = find_visible (self, self->pos + 1, 1);
  after = next >= 0 ? find_visible (self, next + 1, 1) : -1;
  if (after < 0)
    return FALSE;
  card_index = g_array_index (self->order, guint, next);
  /* Another order than the shuffle's: undoing the shuffle would lose this swap. */
  g_clear_pointer (&self->unshuffled, g_array_unref);
  g_array_remove_index (self->order, next);
  g_array_append_val (self->order, card_index);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* A new order for the cards still to come; the cards shown so far keep their places, so the
 * one on screen stays and Page Up still goes back. Put-away cards stay away.
 * kb_session_undo_shuffle() brings the order before back. */
void
kb_session_shuffle (KbSession *self,
                    guint32    seed)
{
  g_autoptr(GRand) rand = NULL;
  guint first;

  g_return_if_fail (KB_IS_SESSION (self));

  rand = g_rand_new_with_seed (seed);
  first = (guint) (self->pos + 1);
  g_clear_pointer (&self->unshuffled, g_array_unref);
  self->unshuffled = g_array_copy (self->order);
  for (guint i = self->order->len; i > first + 1; i--)
    {
      guint j = first + g_rand_int_range (rand, 0, (gint32) (i - first));
      guint tmp = g_array_index (self->order, guint, i - 1);

      g_array_index (self->order, guint, i - 1) = g_array_index (self->order, guint, j);
      g_array_index (self->order, guint, j) = tmp;
    }
  emit_event (self, KB_SESSION_EVENT_SHUFFLED, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: %FALSE when there is no shuffle to undo (none yet, or the order changed since). */
gboolean
kb_session_undo_shuffle (KbSession *self)
{
  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);

  if (self->unshuffled == NULL)
    return FALSE;
  g_array_unref (self->order);
  self->order = g_steal_pointer (&self->unshuffled);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
kb_session_can_undo_shuffle (KbSession *self)
{
  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);
  return self->unshuffled != NULL;
}

void
kb_session_restart (KbSession *self)
{
  g_return_if_fail (KB_IS_SESSION (self));

  self->pos = -1;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: (transfer none) (element-type KbCard): the cards shown so far, first shown first. */
GPtrArray *
kb_session_get_history (KbSession *self)
{
  g_return_val_if_fail (KB_IS_SESSION (self), NULL);
  return self->history;
}

guint
kb_session_get_n_put_away (KbSession *self)
{
  guint n = 0;

  g_return_val_if_fail (KB_IS_SESSION (self), 0);

  for (guint i = 0; i < self->put_away->len; i++)
    n += g_array_index (self->put_away, gboolean, i) ? 1 : 0;
  return n;
}

void
kb_session_set_category_shown (KbSession  *self,
                               const char *category_id,
                               gboolean    shown)
{
  g_return_if_fail (KB_IS_SESSION (self));
  g_return_if_fail (category_id != NULL);

  if (shown)
    g_hash_table_remove (self->hidden_categories, category_id);
  else
    g_hash_table_add (self->hidden_categories, g_strdup (category_id));
  leave_hidden (self);
}

gboolean
kb_session_get_category_shown (KbSession  *self,
                               const char *category_id)
{
  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);
  return !g_hash_table_contains (self->hidden_categories, category_id);
}

static void
set_bit (guint    *mask,
         guint     bit,
         gboolean  hidden)
{
  if (hidden)
    *mask |= 1u << bit;
  else
    *mask &= ~(1u << bit);
}

void
kb_session_set_kind_shown (KbSession  *self,
                           KbCardKind  kind,
                           gboolean    shown)
{
  g_return_if_fail (KB_IS_SESSION (self));

  set_bit (&self->hidden_kinds, kind, !shown);
  leave_hidden (self);
}

gboolean
kb_session_get_kind_shown (KbSession  *self,
                           KbCardKind  kind)
{
  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);
  return !(self->hidden_kinds & (1u << kind));
}

void
kb_session_set_intensity_shown (KbSession   *self,
                                KbIntensity  intensity,
                                gboolean     shown)
{
  g_return_if_fail (KB_IS_SESSION (self));

  set_bit (&self->hidden_intensities, intensity, !shown);
  leave_hidden (self);
}

gboolean
kb_session_get_intensity_shown (KbSession   *self,
                                KbIntensity  intensity)
{
  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);
  return !(self->hidden_intensities & (1u << intensity));
}

/* Emits "changed" when it changes, so that the kept session has it. */
void
kb_session_set_calm (KbSession *self,
                     gboolean   calm)
{
  g_return_if_fail (KB_IS_SESSION (self));

  if (self->calm == !!calm)
    return;
  self->calm = !!calm;
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
kb_session_get_calm (KbSession *self)
{
  g_return_val_if_fail (KB_IS_SESSION (self), FALSE);
  return self->calm;
}
