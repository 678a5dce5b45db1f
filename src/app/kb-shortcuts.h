/* The keyboard's one table: what binds the keys also writes the shortcuts window. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  KB_SHORTCUTS_GENERAL,    /* the window's keys and the application's accelerators */
  KB_SHORTCUTS_LIBRARY,    /* KbLibraryPage */
  KB_SHORTCUTS_PLAY,       /* KbPlayPage */
  KB_SHORTCUTS_BOARD,      /* KbBoardPage */
  KB_SHORTCUTS_NEW_GAME,   /* KbNewGamePage */
  KB_SHORTCUTS_EDITOR,     /* KbEditorWindow: the editor's keys in every field */
  KB_SHORTCUTS_EDITOR_CARD_LIST,  /* the editor's list of cards */
  KB_SHORTCUTS_EDITOR_SQUARE,     /* one square's row on the editor's Board tab */
  KB_SHORTCUTS_N_PAGES
} KbShortcutsPage;

void       kb_shortcuts_bind            (GtkWidgetClass  *widget_class,
                                         KbShortcutsPage  page);
void       kb_shortcuts_add_controller  (GtkWidget       *widget,
                                         KbShortcutsPage  page,
                                         GVariant        *target);
void       kb_shortcuts_set_app_accels  (GtkApplication  *app);
void       kb_shortcuts_add_window_action (GtkApplicationWindow *window);

G_END_DECLS
