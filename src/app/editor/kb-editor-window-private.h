/* What the deck editor's files share: the window (kb-editor-window.c), its fields (-fields.c),
 * its deck and categories forms (-deck.c), its cards (-cards.c) and its problems (-problems.c). */
#pragma once

#include "kb-editor-board-preview.h"
#include "kb-editor-history.h"
#include "kb-editor-preview.h"
#include "kb-editor-window.h"

G_BEGIN_DECLS

struct _KbEditorWindow
{
  AdwWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toasts;
  GtkStack *stack;
  GtkBox *deck_box;
  GtkBox *categories_box;
  GtkListBox *card_list;
  GtkBox *card_form_box;
  GtkDropDown *preview_language;
  KbEditorPreview *preview;
  GtkListBox *problem_list;
  GtkWidget *problems_page;
  GtkBox *board_box;
  KbEditorBoardPreview *board_preview;

  /* owned */
  KbDeck *deck;
  gulong changed_handler;
  GFile *target;            /* where Save writes; NULL until the first save of a new deck */
  char *draft_key;
  KbEditorHistory *history;
  GBytes *base;             /* the deck as there is nothing to save: on disk, or as made */
  GHashTable *fields;       /* field key → its widget (borrowed): where a problem jumps to */
  GPtrArray *problems;      /* KbEditorProblem */
  guint settle_id;          /* the draft, the check and the preview after changes */
  guint rebuild_id;         /* forms built anew after an edit that changes their shape */
  guint close_id;           /* the window closes once the dialog that asked is done */
  guint current_card;
  gboolean building;        /* forms being filled: their signals are no edits */
  gboolean closing;         /* the person chose: no more asking */
  guint batch;              /* > 0: the changes until the batch ends are one undo step */
  guint batch_serial;
};

typedef struct
{
  KbDeckPart part;
  guint index;
  char *field;
  char *lang;
  KbProblemLevel level;
  char *message;
} KbEditorProblem;

/* kb-editor-window.c */
char *_kb_editor_field_key      (KbDeckPart      part,
                                 guint           index,
                                 const char     *field,
                                 const char     *lang);
char *_kb_editor_focused_key    (GtkWidget      *focus);
GtkWidget *_kb_editor_text_row  (KbEditorWindow *self,
                                 const char     *title,
                                 KbDeckPart      part,
                                 guint           index,
                                 const char     *field,
                                 const char     *lang,
                                 const char     *value);
void  _kb_editor_register       (KbEditorWindow *self,
                                 GtkWidget      *widget,
                                 KbDeckPart      part,
                                 guint           index,
                                 const char     *field,
                                 const char     *lang);
void  _kb_editor_focus_field    (KbEditorWindow *self,
                                 KbDeckPart      part,
                                 guint           index,
                                 const char     *field,
                                 const char     *lang);
void  _kb_editor_toast          (KbEditorWindow *self,
                                 const char     *message,
                                 gboolean        with_undo);
void  _kb_editor_rebuild_soon   (KbEditorWindow *self);
gboolean _kb_editor_is_builtin  (GFile          *file);
void  _kb_editor_rebuild        (KbEditorWindow *self);
const char *_kb_editor_ui_lang  (KbEditorWindow *self);
void  _kb_editor_clear_box      (GtkBox         *box);
void  _kb_editor_clear_list     (GtkListBox     *list);
void  _kb_editor_begin_batch    (KbEditorWindow *self);
void  _kb_editor_end_batch      (KbEditorWindow *self);
const char *_kb_editor_text_in  (const KbText   *text,
                                 const char     *lang);

char **_kb_editor_split_list    (const char     *value);

/* kb-editor-window-art.c */
GtkWidget *_kb_editor_art_row   (KbEditorWindow *self,
                                 const char     *title,
                                 KbDeckPart      part,
                                 guint           index,
                                 const char     *field);

/* kb-editor-window-roles.c */
char *_kb_editor_role_field     (guint           role,
                                 const char     *member);
void  _kb_editor_build_card_more (KbEditorWindow *self,
                                 KbCard         *card);
gboolean _kb_editor_set_card_more (KbEditorWindow *self,
                                 KbCard         *card,
                                 const char     *field,
                                 const char     *lang,
                                 const char     *value);
void  _kb_editor_roles_class_init (GtkWidgetClass *widget_class);

/* kb-editor-window-keys.c */
void  _kb_editor_keys_class_init (GtkWidgetClass *widget_class);
void  _kb_editor_keys_init      (KbEditorWindow *self);

/* kb-editor-window-deck.c */
char *_kb_editor_color_spec     (const GdkRGBA  *rgba);
GtkWidget *_kb_editor_group_new (const char     *title,
                                 const char     *description);
void  _kb_editor_build_deck     (KbEditorWindow *self);
void  _kb_editor_build_categories (KbEditorWindow *self);
void  _kb_editor_deck_class_init (GtkWidgetClass *widget_class);

/* kb-editor-window-cards.c */
void  _kb_editor_build_card_list (KbEditorWindow *self);
void  _kb_editor_build_card_form (KbEditorWindow *self);
void  _kb_editor_select_card    (KbEditorWindow *self,
                                 guint           index);
void  _kb_editor_update_card_row (KbEditorWindow *self,
                                 guint           index);
void  _kb_editor_show_preview   (KbEditorWindow *self);
void  _kb_editor_move_card      (KbEditorWindow *self,
                                 guint           from,
                                 int             to);
void  _kb_editor_cards_class_init (GtkWidgetClass *widget_class);
void  _kb_editor_cards_init     (KbEditorWindow *self);

/* kb-editor-window-board.c */
void  _kb_editor_build_board    (KbEditorWindow *self);
void  _kb_editor_board_changed  (KbEditorWindow *self);
void  _kb_editor_move_square    (KbEditorWindow *self,
                                 guint           from,
                                 guint           to);
void  _kb_editor_board_class_init (GtkWidgetClass *widget_class);

/* kb-editor-window-drag.c */
void  _kb_editor_card_drag_init (KbEditorWindow *self,
                                 GtkWidget      *row,
                                 guint           index);
void  _kb_editor_square_drag_init (KbEditorWindow *self,
                                 GtkWidget      *row,
                                 guint           index);

/* kb-editor-window-problems.c */
void  _kb_editor_check          (KbEditorWindow *self);
void  _kb_editor_problems_init  (KbEditorWindow *self);
void  _kb_editor_problem_free   (KbEditorProblem *problem);

G_END_DECLS
