/* Undo and redo as whole states of the deck (kb-editor-history.h). A deck of a few hundred cards
 * is some tens of kilobytes, so a state per step costs less than inverse edits would in code. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include "kb-editor-history.h"

/* Enough for an evening's work; the oldest steps go first. */
#define KB_EDITOR_HISTORY_MAX 500

struct _KbEditorHistory
{
  GPtrArray *undo;    /* GBytes, oldest first */
  GPtrArray *redo;    /* GBytes, the next redo last */
  GBytes *current;
  char *merge_key;    /* of the last change; NULL after an undo, a redo or a break */
};

KbEditorHistory *
kb_editor_history_new (GBytes *initial)
{
  KbEditorHistory *self = g_new0 (KbEditorHistory, 1);

  g_return_val_if_fail (initial != NULL, NULL);

  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  self->current = g_bytes_ref (initial);
  return self;
}

void
kb_editor_history_free (KbEditorHistory *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_bytes_unref (self->current);
  g_free (self->merge_key);
  g_free (self);
}

/**
 * kb_editor_history_record:
 * @now: the deck after a change
 * @merge_key: (nullable): the field the change was in; a change with the same key as the one
 *   before is merged into its step (typing a word is one undo). %NULL merges nothing.
 */
void
kb_editor_history_record (KbEditorHistory *self,
                          GBytes          *now,
                          const char      *merge_key)
{
  g_return_if_fail (self != NULL && now != NULL);

  if (g_bytes_equal (now, self->current))
    return;
  if (merge_key == NULL || g_strcmp0 (merge_key, self->merge_key) != 0)
    {
      g_ptr_array_add (self->undo, self->current);
      if (self->undo->len > KB_EDITOR_HISTORY_MAX)
        g_ptr_array_remove_index (self->undo, 0);
    }
  else
    g_bytes_unref (self->current);
  self->current = g_bytes_ref (now);
  g_ptr_array_set_size (self->redo, 0);
  g_free (self->merge_key);
  self->merge_key = g_strdup (merge_key);
}

/* The next change starts a step of its own, even in the same field. */
void
kb_editor_history_break (KbEditorHistory *self)
{
  g_return_if_fail (self != NULL);
  g_clear_pointer (&self->merge_key, g_free);
}

static GBytes *
step (KbEditorHistory *self,
      GPtrArray       *from,
      GPtrArray       *to)
{
  if (from->len == 0)
    return NULL;
  g_ptr_array_add (to, self->current);
  self->current = g_ptr_array_steal_index (from, from->len - 1);
  g_clear_pointer (&self->merge_key, g_free);
  return self->current;
}

/* Returns: (transfer none) (nullable): the state to go back to, %NULL when there is none */
GBytes *
kb_editor_history_undo (KbEditorHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return step (self, self->undo, self->redo);
}

/* Returns: (transfer none) (nullable): the state undone last, %NULL when there is none */
GBytes *
kb_editor_history_redo (KbEditorHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return step (self, self->redo, self->undo);
}

gboolean
kb_editor_history_can_undo (KbEditorHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->undo->len > 0;
}

gboolean
kb_editor_history_can_redo (KbEditorHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->redo->len > 0;
}

/* Returns: (transfer none): the deck as it is now */
GBytes *
kb_editor_history_get_current (KbEditorHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->current;
}
