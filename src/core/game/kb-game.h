/* The Kletsborden board game as a pure state machine: players, turns, a die, pawns on the board's
 * loop, a draw pile per category, each player's box, a history of moves with undo. The UI only
 * shows it and sends it moves; tests drive it with a seed and no display. */
#pragma once

#include <gio/gio.h>

#include "kb-deck.h"
#include "kb-game-enum-types.h"
#include "kb-game-enums.h"

G_BEGIN_DECLS

#define KB_GAME_ERROR (kb_game_error_quark ())

/**
 * KbGameError:
 * @KB_GAME_ERROR_NO_BOARD: the deck has no board to play on
 * @KB_GAME_ERROR_NOT_ALLOWED: the move is not possible now (wrong phase, bad argument)
 * @KB_GAME_ERROR_NOT_A_GAME: the file is not a saved game
 * @KB_GAME_ERROR_VERSION: the file was saved by a newer version
 * @KB_GAME_ERROR_INVALID: the file is a saved game, but damaged or inconsistent
 * @KB_GAME_ERROR_OTHER_DECK: the saved game belongs to another deck
 * @KB_GAME_ERROR_DECK_MISSING: the saved game's deck cannot be opened
 * @KB_GAME_ERROR_SAVE: the game could not be written
 * @KB_GAME_ERROR_DECK_CHANGED: the deck changed since the game was saved; the position alone
 *   can still be loaded with kb_game_load_position()
 */
typedef enum
{
  KB_GAME_ERROR_NO_BOARD,
  KB_GAME_ERROR_NOT_ALLOWED,
  KB_GAME_ERROR_NOT_A_GAME,
  KB_GAME_ERROR_VERSION,
  KB_GAME_ERROR_INVALID,
  KB_GAME_ERROR_OTHER_DECK,
  KB_GAME_ERROR_DECK_MISSING,
  KB_GAME_ERROR_SAVE,
  KB_GAME_ERROR_DECK_CHANGED,
} KbGameError;

#define KB_GAME_MIN_PLAYERS 2
#define KB_GAME_MAX_PLAYERS 8
/* A number typed in for a physical die: up to two twelve-sided dice. */
#define KB_GAME_MAX_THROW   24


/**
 * KbGameMove:
 * @kind: what was done
 * @player: whose turn it was (the index at that time)
 * @player_name: the name of that player, for the log (an interned string)
 * @value: ROLL, THROW: the number thrown
 * @target: SWAP, MOVE_PAWN, REMOVE_PLAYER: the index of the other player at that time
 * @target_name: SWAP, MOVE_PAWN, REMOVE_PLAYER: that player's name (an interned string)
 * @square: ROLL, THROW: where the pawn landed; SWAP: where the player went; MOVE_PAWN: where
 *   the pawn was put
 * @from: ROLL, THROW, SWAP, MOVE_PAWN: where that pawn stood before, so the UI can walk it
 * @category: CHOOSE: the category chosen
 * @card: the card this move drew, or %NULL
 * @reshuffled: the draw found the pile empty and shuffled it anew
 * @name: ADD_PLAYER: the new player's name
 * @color: ADD_PLAYER: the new player's colour
 * @pawn: ADD_PLAYER: the new player's pawn
 *
 * One entry of the history, for the log and the UI's animations. Read-only: owned by the game.
 */
typedef struct
{
  KbGameMoveKind  kind;
  guint           player;
  const char     *player_name;
  guint           value;
  guint           target;
  const char     *target_name;
  guint           square;
  guint           from;
  KbCategory     *category;
  KbCard         *card;
  gboolean        reshuffled;
  char           *name;
  char           *color;
  KbPawnShape     pawn;
} KbGameMove;

/**
 * KbGameDieFunc:
 * @faces: the number of faces of the board's die
 * @user_data: the data given to kb_game_set_die_func()
 *
 * Returns: a number from 1 to @faces
 */
typedef guint (*KbGameDieFunc) (guint    faces,
                                gpointer user_data);

#define KB_TYPE_GAME (kb_game_get_type ())
G_DECLARE_FINAL_TYPE (KbGame, kb_game, KB, GAME, GObject)

GQuark            kb_game_error_quark         (void);

/* Setting up */
KbGame           *kb_game_new                 (KbDeck         *deck,
                                               guint64         seed,
                                               GError        **error);
void              kb_game_set_die_func        (KbGame         *self,
                                               KbGameDieFunc   func,
                                               gpointer        user_data,
                                               GDestroyNotify  destroy);
gboolean          kb_game_add_player          (KbGame         *self,
                                               const char     *name,
                                               const char     *color,
                                               KbPawnShape     pawn,
                                               GError        **error);
gboolean          kb_game_set_player          (KbGame         *self,
                                               guint           index,
                                               const char     *name,
                                               const char     *color,
                                               KbPawnShape     pawn,
                                               GError        **error);
gboolean          kb_game_remove_player       (KbGame         *self,
                                               guint           index,
                                               GError        **error);
gboolean          kb_game_set_starter         (KbGame         *self,
                                               guint           index,
                                               GError        **error);
gboolean          kb_game_roll_for_starter    (KbGame         *self,
                                               GArray        **rolls,
                                               GError        **error);
gboolean          kb_game_set_end_when_cards_run_out (KbGame  *self,
                                               gboolean        end,
                                               GError        **error);
gboolean          kb_game_start               (KbGame         *self,
                                               GError        **error);

/* Playing */
gboolean          kb_game_roll                (KbGame         *self,
                                               GError        **error);
gboolean          kb_game_throw               (KbGame         *self,
                                               guint           value,
                                               GError        **error);
gboolean          kb_game_choose_category     (KbGame         *self,
                                               KbCategory     *category,
                                               GError        **error);
gboolean          kb_game_swap_with           (KbGame         *self,
                                               guint           player,
                                               GError        **error);
gboolean          kb_game_put_in_box          (KbGame         *self,
                                               GError        **error);
gboolean          kb_game_flag                (KbGame         *self,
                                               GError        **error);
gboolean          kb_game_next_turn           (KbGame         *self,
                                               GError        **error);

/* The facilitator (kb_game_add_player() and kb_game_remove_player() work mid-game too) */
gboolean          kb_game_move_pawn           (KbGame         *self,
                                               guint           player,
                                               guint           square,
                                               GError        **error);
gboolean          kb_game_skip                (KbGame         *self,
                                               GError        **error);
gboolean          kb_game_end                 (KbGame         *self,
                                               GError        **error);
gboolean          kb_game_can_undo            (KbGame         *self);
gboolean          kb_game_undo                (KbGame         *self);

/* What there is to show */
KbDeck           *kb_game_get_deck            (KbGame         *self);
KbBoard          *kb_game_get_board           (KbGame         *self);
KbGamePhase       kb_game_get_phase           (KbGame         *self);
guint             kb_game_get_n_players       (KbGame         *self);
const char       *kb_game_get_player_name     (KbGame         *self,
                                               guint           index);
const char       *kb_game_get_player_color    (KbGame         *self,
                                               guint           index);
KbPawnShape       kb_game_get_player_pawn     (KbGame         *self,
                                               guint           index);
guint             kb_game_get_player_square   (KbGame         *self,
                                               guint           index);
guint             kb_game_get_player_box_size (KbGame         *self,
                                               guint           index);
guint             kb_game_get_player_flags    (KbGame         *self,
                                               guint           index);
guint             kb_game_get_current_player  (KbGame         *self);
guint             kb_game_get_starter         (KbGame         *self);
KbCard           *kb_game_get_card            (KbGame         *self);
guint             kb_game_get_last_roll       (KbGame         *self);
guint             kb_game_get_n_turns         (KbGame         *self);
guint             kb_game_get_rounds_played   (KbGame         *self);
guint             kb_game_get_round           (KbGame         *self);
const char       *kb_game_get_card_language   (KbGame         *self);
const char       *kb_game_cycle_card_language (KbGame         *self);
guint             kb_game_get_pile_size       (KbGame         *self,
                                               KbCategory     *category);
guint             kb_game_get_cards_left      (KbGame         *self);
gboolean          kb_game_get_end_when_cards_run_out (KbGame  *self);
guint             kb_game_get_n_moves         (KbGame         *self);
const KbGameMove *kb_game_get_move            (KbGame         *self,
                                               guint           index);

/* Saving and loading (kb-game-json.c, kb-game-store.c) */
char             *kb_game_to_json             (KbGame         *self);
KbGame           *kb_game_new_from_json       (KbDeck         *deck,
                                               const char     *json,
                                               gssize          length,
                                               GError        **error);
KbGame           *kb_game_new_from_json_position (KbDeck      *deck,
                                               const char     *json,
                                               gssize          length,
                                               GError        **error);
gboolean          kb_game_save                (KbGame         *self,
                                               GFile          *file,
                                               GError        **error);
KbGame           *kb_game_load                (GFile          *file,
                                               KbDeck         *deck,
                                               GError        **error);
KbGame           *kb_game_load_position       (GFile          *file,
                                               KbDeck         *deck,
                                               GError        **error);
gboolean          kb_game_read_deck_ref       (GFile          *file,
                                               char          **deck_id,
                                               char          **deck_path,
                                               GError        **error);
GFile            *kb_game_get_autosave_dir    (void);
GBytes           *kb_game_read_autosave       (GFile          *file,
                                               GError        **error);
gboolean          kb_game_flush_autosave      (KbGame         *self,
                                               GError        **error);
void              kb_game_set_autosave_file   (KbGame         *self,
                                               GFile          *file);
GFile            *kb_game_get_autosave_file   (KbGame         *self);

const char       *kb_pawn_shape_to_string     (KbPawnShape     shape);
gboolean          kb_pawn_shape_from_string   (const char     *name,
                                               KbPawnShape    *shape);
const char       *kb_game_phase_to_string     (KbGamePhase     phase);
gboolean          kb_game_phase_from_string   (const char     *name,
                                               KbGamePhase    *phase);
const char       *kb_game_move_kind_to_string (KbGameMoveKind  kind);
gboolean          kb_game_move_kind_from_string (const char   *name,
                                               KbGameMoveKind *kind);

G_END_DECLS
