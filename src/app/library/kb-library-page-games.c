/* The board games kept on disk, found beside the main thread (their files are read in a
 * GTask) and offered in the library, one row each, with the notices about files set aside. */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include "kb-kept-game-row.h"
#include "kb-library-page-private.h"
#include "kb-notice-row.h"

/* One row per kept game, each with its deck, round, players and date. */
void
_kb_library_page_show_kept_games (KbLibraryPage *self)
{
  GtkWidget *child;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->kept_games));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kept_games_box))) != NULL)
    gtk_box_remove (self->kept_games_box, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KbKeptGame) kept = g_list_model_get_item (G_LIST_MODEL (self->kept_games), i);
      gtk_box_append (self->kept_games_box, kb_kept_game_row_new (kept, i));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->kept_games_box), n > 0);
}

/* The kept games; the notices about files set aside ride along on the task. */
static void
games_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  GPtrArray *notices = NULL;
  GPtrArray *games = kb_game_keeper_list (data, cancellable, &notices);

  g_object_set_data_full (G_OBJECT (task), "kb-notices", notices,
                          (GDestroyNotify) g_ptr_array_unref);
  g_task_return_pointer (task, games, (GDestroyNotify) g_ptr_array_unref);
}

static void
games_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  KbLibraryPage *self = data;
  g_autoptr(GPtrArray) games = g_task_propagate_pointer (G_TASK (result), NULL);
  GPtrArray *notices = g_object_get_data (G_OBJECT (result), "kb-notices");

  if (games == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  for (guint i = 0; notices != NULL && i < notices->len; i++)
    kb_notice_row_add (self->notices_box, notices->pdata[i]);
  g_list_store_splice (self->kept_games, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->kept_games)),
                       games->pdata, games->len);
  _kb_library_page_show_kept_games (self);
}

void
_kb_library_page_find_kept_games (KbLibraryPage *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->games_cancellable != NULL)
    g_cancellable_cancel (self->games_cancellable);
  g_clear_object (&self->games_cancellable);
  self->games_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->games_cancellable, games_done, self);
  g_task_set_task_data (task, g_object_ref (self->keeper), g_object_unref);
  g_task_run_in_thread (task, games_thread);
}
