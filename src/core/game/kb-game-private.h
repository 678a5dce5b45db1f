/* What the files of KbGame share: the state as plain data, so that undo, save and load can copy,
 * compare and rebuild it without going through the GObject. */
#pragma once

#include <json-glib/json-glib.h>

#include "kb-game.h"
#include "kb-journal.h"

G_BEGIN_DECLS

#define KB_GAME_FORMAT  "kletsborden-game"
#define KB_GAME_VERSION 1

/* Undo replays from the nearest copy of the state kept every this many moves, not from the
 * start, so that an undo after 20 000 moves costs what one after 20 does. */
#define KB_GAME_CHECKPOINT_EVERY 256

typedef struct
{
  char        *name;
  char        *color;
  KbPawnShape  pawn;
  guint        square;
  GPtrArray   *box;          /* KbCard, borrowed from the deck, in the order put in */
  guint        flags;        /* raised in this game; not saved: a load counts them in its replay */
} KbGamePlayer;

/* Everything a move can change. Cards and categories are borrowed from the deck. */
typedef struct
{
  KbGamePhase  phase;
  GPtrArray   *players;      /* KbGamePlayer */
  guint        current;
  guint        starter;      /* a round is over when the turn comes back to this player */
  guint        turns;        /* turns completed */
  guint        rounds;       /* rounds completed */
  guint        round_turns;  /* turns completed in the round under way */
  guint        roll;         /* the number thrown this turn, 0 before the throw */
  KbCard      *card;         /* shown now, in KB_GAME_PHASE_CARD only */
  guint64      random;       /* splitmix64 state: the die and every shuffle */
  GPtrArray   *piles;        /* one GPtrArray of KbCard per deck category; drawn from the end */
} KbGameState;

/* What the rules need from the deck, worked out once per game, and the rules chosen in setup:
 * neither changes once the game has begun, so undo and replays need no copy of them. */
typedef struct
{
  KbDeck      *deck;         /* borrowed */
  KbBoard     *board;        /* borrowed */
  GPtrArray   *by_category;  /* one GPtrArray of KbCard per deck category, in deck order */
  gboolean     end_when_cards_run_out;  /* no pile is shuffled anew; the last card ends it */
} KbGameRules;

struct _KbGame
{
  GObject        parent_instance;

  /* owned */
  KbDeck        *deck;
  KbGameRules    rules;
  KbGameState   *state;
  KbGameState   *start;      /* the state kb_game_start() made; NULL in setup */
  GPtrArray     *moves;      /* KbGameMove, made since start */
  GPtrArray     *checkpoints; /* KbGameState: [i] after (i + 1) * KB_GAME_CHECKPOINT_EVERY moves */
  GFile         *autosave;
  KbJournal     *journal;      /* writes the autosave: a snapshot and one line per move */
  guint          journal_mark; /* moves already in the journal; undo lowers it */
  KbGameDieFunc  die_func;
  gpointer       die_data;
  GDestroyNotify die_destroy;
  const char    *card_lang;  /* interned: the cards' language chosen with L; NULL: the user's */
};

/* kb-game-store.c */
void          _kb_game_autosave        (KbGame             *self);
void          _kb_game_stop_autosave   (KbGame             *self);

/* kb-game-json.c */
char         *_kb_game_journal_line    (KbGame             *self,
                                        guint               from);
gboolean      _kb_game_journal_apply   (JsonObject         *snapshot,
                                        JsonObject         *line);

/* kb-game-state.c */
void          _kb_game_rules_init      (KbGameRules        *rules,
                                        KbDeck             *deck);
void          _kb_game_rules_clear     (KbGameRules        *rules);
guint         _kb_game_rules_category_index (const KbGameRules *rules,
                                        KbCategory         *category);
KbGameState  *_kb_game_state_new       (const KbGameRules  *rules,
                                        guint64             seed);
KbGameState  *_kb_game_state_copy      (const KbGameState  *state);
void          _kb_game_state_free      (KbGameState        *state);
guint         _kb_game_state_cards_left (const KbGameState *state);
KbGamePlayer *_kb_game_player_new      (const char         *name,
                                        const char         *color,
                                        KbPawnShape         pawn);
void          _kb_game_player_free     (KbGamePlayer       *player);
guint64       _kb_game_random_next     (guint64            *state);
void          _kb_game_shuffle         (GPtrArray          *cards,
                                        guint64            *random);
void          _kb_game_state_deal      (KbGameState        *state,
                                        const KbGameRules  *rules);
gboolean      _kb_game_check_player    (const char         *name,
                                        const char         *color,
                                        KbPawnShape         pawn,
                                        GError            **error);
gboolean      _kb_game_is_color        (const char         *color);

/* kb-game-moves.c */
KbGameMove   *_kb_game_move_new        (KbGameMoveKind      kind);
void          _kb_game_move_free       (KbGameMove         *move);
gboolean      _kb_game_state_apply     (KbGameState        *state,
                                        const KbGameRules  *rules,
                                        KbGameMove         *move,
                                        GError            **error);

/* kb-game-json.c, kb-game-json-read.c */
char         *_kb_game_state_to_text   (const KbGameState  *state,
                                        const KbGameRules  *rules);
JsonNode     *_kb_game_json_parse       (const char         *json,
                                        gssize              length,
                                        GError            **error);
gboolean      _kb_game_json_read_header (JsonNode          *root,
                                        const char        **deck_id,
                                        const char        **deck_path,
                                        GError            **error);

/* kb-game.c */
/* What the properties were before a change, to notify only those that moved. */
typedef struct
{
  KbGamePhase phase;
  guint       current;
  gboolean    can_undo;
} KbGameBefore;

KbGameBefore  _kb_game_before          (KbGame             *self);
void          _kb_game_changed         (KbGame             *self,
                                        KbGameBefore        was);
gboolean      _kb_game_play            (KbGame             *self,
                                        KbGameMove         *move,
                                        GError            **error);
gboolean      _kb_game_in_setup        (KbGame             *self,
                                        GError            **error);
gboolean      _kb_game_check_index     (KbGame             *self,
                                        guint               index,
                                        GError            **error);
guint         _kb_game_die_value       (KbGame             *self);
gboolean      _kb_game_replay          (KbGameState        *state,
                                        const KbGameRules  *rules,
                                        GPtrArray          *moves,
                                        guint               from,
                                        guint               to,
                                        GPtrArray          *checkpoints,
                                        guint              *failed,
                                        GError            **error);
void          _kb_game_adopt           (KbGame             *self,
                                        KbGameState        *state,
                                        KbGameState        *start,
                                        GPtrArray          *moves,
                                        GPtrArray          *checkpoints);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbGameState, _kb_game_state_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbGameMove, _kb_game_move_free)

G_END_DECLS
