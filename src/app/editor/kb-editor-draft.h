/* The deck editor's drafts: after every change the deck as it is, kept in the user's data dir
 * (kletsborden/drafts/KEY.json, written atomically), so a crash or a power cut loses nothing and
 * the next start offers it again. One draft per deck being edited; no GTK here. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char      *key;
  GFile     *target;   /* the deck file it belongs to; NULL for a deck not saved yet */
  GBytes    *deck;     /* kb_deck_to_bytes() of the deck as it was left */
  GDateTime *saved;
} KbEditorDraft;

GFile         *kb_editor_draft_get_dir  (void);
char          *kb_editor_draft_key_for  (GFile          *target);
gboolean       kb_editor_draft_write    (const char     *key,
                                         GFile          *target,
                                         GBytes         *deck,
                                         GError        **error);
gboolean       kb_editor_draft_forget   (const char     *key,
                                         GError        **error);
KbEditorDraft *kb_editor_draft_read     (GFile          *file,
                                         GError        **error);
GPtrArray     *kb_editor_draft_list     (void);
void           kb_editor_draft_free     (KbEditorDraft  *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbEditorDraft, kb_editor_draft_free)

G_END_DECLS
