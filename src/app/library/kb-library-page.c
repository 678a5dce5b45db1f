/* The library page. Decks are scanned and loaded in a worker thread (GTask), so a big deck
 * never freezes the window: tiles appear as decks arrive, recent decks first. The session and
 * the board games kept on disk are found the same way and offered with Continue. */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "kb-damaged-file.h"
#include "kb-deck-library.h"
#include "kb-deck-tile.h"
#include "kb-kept-game-row.h"
#include "kb-library-page.h"
#include "kb-library-page-private.h"
#include "kb-library-page-editor.h"
#include "kb-notice-row.h"
#include "kb-session-keeper.h"
#include "kb-library-forget.h"

#define MAX_RECENT 12


G_DEFINE_FINAL_TYPE (KbLibraryPage, kb_library_page, GTK_TYPE_WIDGET)

enum {
  PLAY_DECK,
  RESUME_SESSION,
  RESUME_GAME,
  GAME_FORGOTTEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the worker thread hands to the main thread: a deck, or the kept session. Only the main
 * thread touches the page, and only while the scan was not cancelled (the page not gone). */
typedef struct
{
  KbLibraryPage *page;
  GCancellable *cancellable;
  GMainContext *context;
  GThread *owner;            /* the page's thread, the only one that may touch it */
  GStrv recent;
  GHashTable *seen;          /* paths of the decks found, thread-only */
  GPtrArray *before;         /* the entries shown before: held, so unchanged decks are not
                              * read again (kb-deck-entry.c keeps a deck while it is held) */
} Scan;

static KbLibraryScanHook scan_hook;
static gpointer scan_hook_data;

/* An arrival waits below drawing; if the window draws without a pause (a machine too slow to
 * keep up with a spinner, as under AddressSanitizer), it comes in anyway after this long,
 * or the spinner that waits for the scan's end would keep the end from ever arriving. */
#define ARRIVAL_LATEST_MS 250

typedef struct
{
  KbLibraryPage *page;
  GCancellable *cancellable;
  GThread *owner;
  KbDeckEntry *entry;
  KbSession *session;
  KbSessionLog *log;
  char *notice;
  gboolean end;              /* the scan handed over all it found */
  gboolean arrived;          /* main thread only: one of its two sources ran it */
} Arrival;

static void
scan_free (gpointer data)
{
  Scan *scan = data;

  g_object_unref (scan->cancellable);
  g_main_context_unref (scan->context);
  g_strfreev (scan->recent);
  g_hash_table_unref (scan->seen);
  g_ptr_array_unref (scan->before);
  g_free (scan);
}

static void
arrival_clear (gpointer data)
{
  Arrival *a = data;

  g_object_unref (a->cancellable);
  g_clear_object (&a->entry);
  g_clear_object (&a->session);
  g_clear_object (&a->log);
  g_free (a->notice);
}

static void
arrival_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, arrival_clear);
}

static GtkWidget *
create_tile (gpointer item,
             gpointer user_data)
{
  return GTK_WIDGET (kb_deck_tile_new (KB_DECK_ENTRY (item)));
}

static guint
rank_of (KbLibraryPage *self,
         KbDeckEntry   *entry)
{
  g_autofree char *path = g_file_get_path (kb_deck_entry_get_file (entry));

  for (guint i = 0; self->recent != NULL && self->recent[i] != NULL; i++)
    if (g_strcmp0 (self->recent[i], path) == 0)
      return i;
  return G_MAXUINT;
}

/* Recent decks first, in the order they were played, then the rest as the library found them. */
static void
add_entry (KbLibraryPage *self,
           KbDeckEntry   *entry)
{
  guint rank = rank_of (self, entry);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->decks));
  guint position = n;

  for (guint i = 0; i < n && position == n; i++)
    {
      g_autoptr(KbDeckEntry) other = g_list_model_get_item (G_LIST_MODEL (self->decks), i);
      if (rank_of (self, other) > rank)
        position = i;
    }
  g_list_store_insert (self->decks, position, entry);
  gtk_stack_set_visible_child_name (self->stack, "library");
}

static void
show_session (KbLibraryPage *self,
              KbSession     *session,
              KbSessionLog  *log)
{
  g_autofree char *text = NULL;

  g_set_object (&self->resumable, session);
  g_set_object (&self->resumable_log, log);
  if (session != NULL && kb_session_get_current (session) != NULL)
    {
      KbDeck *deck = kb_session_get_deck (session);
      /* The banner is interface: the deck's title in the interface's language, as its tile. */
      /* Translators: the deck's title, then "card 5 of 40" */
      text = g_strdup_printf (_("Continue where you left off: “%s”, card %u of %u"),
                              kb_deck_get_title (deck, kb_deck_pick_language (
                                                   deck, g_get_language_names ())),
                              kb_session_get_position (session), kb_session_get_n_cards (session));
      gtk_label_set_label (self->resume_label, text);
    }
  /* A crossfading revealer keeps its height when hidden: hide it too, or the library starts
   * with an empty gap. */
  gtk_widget_set_visible (GTK_WIDGET (self->resume_revealer), text != NULL);
  gtk_revealer_set_reveal_child (self->resume_revealer, text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.resume", text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.forget-session", text != NULL);
}

/* The scan handed over all it found: the spinners stop, an empty library says so. */
static void
scan_ended (KbLibraryPage *self)
{
  self->loading = FALSE;
  gtk_spinner_stop (self->scan_spinner);
  gtk_spinner_stop (self->loading_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->scan_spinner), FALSE);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->decks)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
arrive (gpointer data)
{
  Arrival *a = data;

  g_assert (g_thread_self () == a->owner);
  if (a->arrived || g_cancellable_is_cancelled (a->cancellable))
    return G_SOURCE_REMOVE;
  a->arrived = TRUE;
  if (a->end)
    scan_ended (a->page);
  else if (a->notice != NULL)
    kb_notice_row_add (a->page->notices_box, a->notice);
  else if (a->entry != NULL)
    add_entry (a->page, a->entry);
  else if (!a->page->session_offered)
    show_session (a->page, a->session, a->log);
  return G_SOURCE_REMOVE;
}

/* A source of its own, never g_main_context_invoke (): that runs @arrive right here in the
 * worker whenever the main thread is between two iterations, and a widget touched off the main
 * thread corrupts the heap (the crash that kept the scan waiting for its worker). One priority
 * for all, so they come in the order they were found and the scan's end comes last; below
 * drawing, so that the screens (a room being presented to) never wait for tiles, but never
 * later than ARRIVAL_LATEST_MS (whichever of the two sources runs first). */
static void
send (Scan    *scan,
      Arrival *a)
{
  g_autoptr(GSource) source = g_idle_source_new ();
  g_autoptr(GSource) latest = g_timeout_source_new (ARRIVAL_LATEST_MS);

  a->page = scan->page;
  a->cancellable = g_object_ref (scan->cancellable);
  a->owner = scan->owner;
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, arrive, g_atomic_rc_box_acquire (a), arrival_release);
  g_source_set_static_name (source, "[kletsborden] library arrival");
  g_source_set_priority (latest, G_PRIORITY_DEFAULT);
  g_source_set_callback (latest, arrive, a, arrival_release);
  g_source_set_static_name (latest, "[kletsborden] library arrival, late");
  g_source_attach (source, scan->context);
  g_source_attach (latest, scan->context);
}

static void
hand_over (Scan         *scan,
           KbDeckEntry  *entry,
           KbSession    *session,
           KbSessionLog *log,
           const char   *notice)
{
  Arrival *a = g_atomic_rc_box_new0 (Arrival);

  a->notice = g_strdup (notice);
  a->entry = entry != NULL ? g_object_ref (entry) : NULL;
  a->session = session != NULL ? g_object_ref (session) : NULL;
  a->log = log != NULL ? g_object_ref (log) : NULL;
  send (scan, a);
}

/* The scan's end, after every deck it found. */
static void
hand_over_end (Scan *scan)
{
  Arrival *a = g_atomic_rc_box_new0 (Arrival);

  a->end = TRUE;
  send (scan, a);
}

static void
found_deck (KbDeckEntry *entry,
            gpointer     data)
{
  Scan *scan = data;

  g_hash_table_add (scan->seen, g_file_get_path (kb_deck_entry_get_file (entry)));
  if (scan_hook != NULL)
    scan_hook (kb_deck_entry_get_file (entry), scan_hook_data);
  hand_over (scan, entry, NULL, NULL, NULL);
}

/* In the worker thread: every deck, the recent ones from elsewhere (a USB stick, the downloads)
 * while their file is still there, then the kept session. */
static void
scan_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Scan *scan = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbSessionLog) log = NULL;
  g_autoptr(KbSession) session = NULL;

  kb_deck_library_scan_each (cancellable, found_deck, scan);
  for (guint i = 0; scan->recent[i] != NULL && !g_cancellable_is_cancelled (cancellable); i++)
    if (!g_hash_table_contains (scan->seen, scan->recent[i]) &&
        g_file_test (scan->recent[i], G_FILE_TEST_EXISTS))
      {
        g_autoptr(GFile) file = g_file_new_for_path (scan->recent[i]);
        g_autoptr(KbDeckEntry) entry = kb_deck_entry_load (file);
        hand_over (scan, entry, NULL, NULL, NULL);
      }
  session = kb_session_keeper_load_kept (&log, &error);
  if (error != NULL)
    g_message ("No session to continue: %s", error->message);
  if (error != NULL && error->domain == KB_DAMAGED_FILE_ERROR)
    hand_over (scan, NULL, NULL, NULL, error->message);
  if (session != NULL)
    hand_over (scan, NULL, session, log, NULL);
  hand_over_end (scan);
  g_task_return_boolean (task, TRUE);
  if (scan_hook != NULL)
    scan_hook (NULL, scan_hook_data);
}

static void
scan (KbLibraryPage *self)
{
  g_autoptr(GTask) task = NULL;
  Scan *data = g_new0 (Scan, 1);

  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
  self->scan_cancellable = g_cancellable_new ();
  self->loading = TRUE;
  self->stale = FALSE;
  data->before = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->decks)); i++)
    g_ptr_array_add (data->before, g_list_model_get_item (G_LIST_MODEL (self->decks), i));
  g_list_store_remove_all (self->decks);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_spinner_start (self->scan_spinner);
  gtk_spinner_start (self->loading_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->scan_spinner), TRUE);

  data->page = self;
  data->cancellable = g_object_ref (self->scan_cancellable);
  data->context = g_main_context_ref_thread_default ();
  data->owner = g_thread_self ();
  data->recent = g_strdupv (self->recent);
  data->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* No source object: the task may be let go in the worker thread, and a widget must not. Its
   * end comes as the last arrival (hand_over_end), not as the task's callback, which waits
   * below drawing with no limit. */
  task = g_task_new (NULL, self->scan_cancellable, NULL, NULL);
  g_task_set_priority (task, G_PRIORITY_DEFAULT_IDLE);
  g_task_set_task_data (task, data, scan_free);
  g_task_run_in_thread (task, scan_thread);
}

static void
deck_activated (GtkFlowBox      *box,
                GtkFlowBoxChild *child,
                KbLibraryPage   *self)
{
  KbDeckEntry *entry = kb_deck_tile_get_entry (KB_DECK_TILE (gtk_flow_box_child_get_child (child)));
  KbDeck *deck = kb_deck_entry_get_deck (entry);

  /* A broken deck has nothing to play: its tile opens its problems. */
  if (deck != NULL)
    g_signal_emit (self, signals[PLAY_DECK], 0, deck);
  else
    kb_deck_tile_show_problems (KB_DECK_TILE (gtk_flow_box_child_get_child (child)));
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KbLibraryPage *self = KB_LIBRARY_PAGE (widget);

  if (self->resumable != NULL)
    g_signal_emit (self, signals[RESUME_SESSION], 0, self->resumable, self->resumable_log);
}

/* The kept session goes from the disk only when the toast goes without Undo. */
static void
forget_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KbLibraryPage *self = KB_LIBRARY_PAGE (widget);
  g_autoptr(KbSession) session = self->resumable != NULL ? g_object_ref (self->resumable) : NULL;
  g_autoptr(KbSessionLog) log = self->resumable_log != NULL ? g_object_ref (self->resumable_log)
                                                            : NULL;

  kb_library_page_offer_session (self, NULL, NULL);
  _kb_library_forget_session (self, self->toast_overlay, session, log);
}

static KbKeptGame *
kept_game_at (KbLibraryPage *self,
              GVariant      *parameter)
{
  return g_list_model_get_item (G_LIST_MODEL (self->kept_games), g_variant_get_uint32 (parameter));
}

static void
resume_game_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KbLibraryPage *self = KB_LIBRARY_PAGE (widget);
  g_autoptr(KbKeptGame) kept = kept_game_at (self, parameter);

  if (kept != NULL)
    g_signal_emit (self, signals[RESUME_GAME], 0, kept);
}

static void
forget_game_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KbLibraryPage *self = KB_LIBRARY_PAGE (widget);
  g_autoptr(KbKeptGame) kept = kept_game_at (self, parameter);
  g_autoptr(GError) error = NULL;
  guint position;

  if (kept == NULL)
    return;
  if (!kb_game_keeper_forget (self->keeper, kb_kept_game_get_file (kept), &error))
    g_message ("Could not forget the board game: %s", error->message);
  if (g_list_store_find (self->kept_games, kept, &position))
    g_list_store_remove (self->kept_games, position);
  _kb_library_page_show_kept_games (self);
  g_signal_emit (self, signals[GAME_FORGOTTEN], 0, kept);
}

static void
kb_library_page_dispose (GObject *object)
{
  KbLibraryPage *self = KB_LIBRARY_PAGE (object);
  GtkWidget *child;

  /* What the worker threads still hand over is dropped from here on. */
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  if (self->games_cancellable != NULL)
    g_cancellable_cancel (self->games_cancellable);
  g_clear_object (&self->scan_cancellable);
  g_clear_object (&self->games_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_LIBRARY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->settings);
  g_clear_object (&self->decks);
  g_clear_object (&self->kept_games);
  g_clear_object (&self->keeper);
  g_clear_object (&self->resumable);
  g_clear_object (&self->resumable_log);
  g_clear_pointer (&self->recent, g_strfreev);

  G_OBJECT_CLASS (kb_library_page_parent_class)->dispose (object);
}

static void
kb_library_page_class_init (KbLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_library_page_dispose;

  signals[PLAY_DECK] = g_signal_new ("play-deck", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, KB_TYPE_DECK);
  /* @log may be %NULL: the session goes on with a new log. */
  signals[RESUME_SESSION] = g_signal_new ("resume-session", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                          2, KB_TYPE_SESSION, KB_TYPE_SESSION_LOG);
  signals[RESUME_GAME] = g_signal_new ("resume-game", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       KB_TYPE_KEPT_GAME);
  /* After its file is gone: a game still open is over, so that it is not offered again. */
  signals[GAME_FORGOTTEN] = g_signal_new ("game-forgotten", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                          1, KB_TYPE_KEPT_GAME);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kb-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, deck_grid);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, notices_box);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, resume_revealer);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, resume_label);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, kept_games_box);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, scan_spinner);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, KbLibraryPage, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, deck_activated);

  gtk_widget_class_install_action (widget_class, "library.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "library.forget-session", NULL,
                                   forget_session_action);
  gtk_widget_class_install_action (widget_class, "library.resume-game", "u", resume_game_action);
  gtk_widget_class_install_action (widget_class, "library.forget-game", "u", forget_game_action);

  _kb_library_page_editor_class_init (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kb_library_page_init (KbLibraryPage *self)
{
  g_autoptr(GFile) user_dir = kb_deck_library_get_user_dir ();
  g_autofree char *user_path = g_file_get_path (user_dir);
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (SCHEMA_ID);
  self->recent = g_settings_get_strv (self->settings, "recent-decks");
  self->decks = g_list_store_new (KB_TYPE_DECK_ENTRY);
  self->kept_games = g_list_store_new (KB_TYPE_KEPT_GAME);
  gtk_flow_box_bind_model (self->deck_grid, G_LIST_MODEL (self->decks), create_tile, self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  self->loading = TRUE;   /* until kb_library_page_load () has found the decks */
  description = g_strdup_printf (_("A deck is a JSON file with cards in categories. Put your "
                                   "own decks in %s and they will appear here."), user_path);
  adw_status_page_set_description (self->empty_page, description);
  show_session (self, NULL, NULL);
  _kb_library_page_editor_init (self);
}

KbLibraryPage *
kb_library_page_new (void)
{
  return g_object_new (KB_TYPE_LIBRARY_PAGE, NULL);
}

/* Starts finding the decks, the kept session and the games @keeper kept. */
void
kb_library_page_load (KbLibraryPage *self,
                      KbGameKeeper  *keeper)
{
  g_return_if_fail (KB_IS_LIBRARY_PAGE (self));
  g_return_if_fail (KB_IS_GAME_KEEPER (keeper));

  g_set_object (&self->keeper, keeper);
  scan (self);
  _kb_library_page_find_kept_games (self);
}

/* The page is shown again: the kept games may have moved on, a deck from elsewhere was played. */
void
kb_library_page_refresh (KbLibraryPage *self)
{
  g_return_if_fail (KB_IS_LIBRARY_PAGE (self));

  if (self->stale)
    scan (self);
  if (self->keeper != NULL)
    _kb_library_page_find_kept_games (self);
}

/* Looks for the decks again: one was saved or copied. */
void
kb_library_page_rescan (KbLibraryPage *self)
{
  g_return_if_fail (KB_IS_LIBRARY_PAGE (self));
  scan (self);
}

/* Whether decks are still being looked for. */
gboolean
kb_library_page_is_loading (KbLibraryPage *self)
{
  g_return_val_if_fail (KB_IS_LIBRARY_PAGE (self), FALSE);
  return self->loading;
}

/* Puts @deck first among the recent decks. */
void
kb_library_page_remember_deck (KbLibraryPage *self,
                               KbDeck        *deck)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *path = NULL;
  guint n = 1, count;
  gboolean found = FALSE;

  g_return_if_fail (KB_IS_LIBRARY_PAGE (self));
  g_return_if_fail (KB_IS_DECK (deck));

  if (kb_deck_get_file (deck) == NULL || (path = g_file_get_path (kb_deck_get_file (deck))) == NULL)
    return;
  g_strv_builder_add (builder, path);
  for (guint i = 0; self->recent[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (self->recent[i], path))
      {
        g_strv_builder_add (builder, self->recent[i]);
        n++;
      }
  g_strfreev (self->recent);
  self->recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-decks", (const char * const *) self->recent);

  count = g_list_model_get_n_items (G_LIST_MODEL (self->decks));
  for (guint i = 0; i < count && !found; i++)
    {
      g_autoptr(KbDeckEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->decks), i);
      if (g_file_equal (kb_deck_entry_get_file (entry), kb_deck_get_file (deck)))
        {
          g_list_store_remove (self->decks, i);
          g_list_store_insert (self->decks, 0, entry);
          found = TRUE;
        }
    }
  /* A deck from elsewhere is read again in the next scan, not here on the main thread. */
  self->stale |= !found;
}

/**
 * kb_library_page_offer_session:
 * @session: (nullable): the session Continue goes back to, %NULL for none
 * @log: (nullable): its log
 */
void
kb_library_page_offer_session (KbLibraryPage *self,
                               KbSession     *session,
                               KbSessionLog  *log)
{
  g_return_if_fail (KB_IS_LIBRARY_PAGE (self));

  self->session_offered = TRUE;
  show_session (self, session, log);
}

/* Returns: (transfer none): the decks (#KbDeckEntry) as the grid shows them */
GListModel *
kb_library_page_get_decks (KbLibraryPage *self)
{
  g_return_val_if_fail (KB_IS_LIBRARY_PAGE (self), NULL);
  return G_LIST_MODEL (self->decks);
}

/* Returns: "loading", "library" or "empty" */
const char *
kb_library_page_get_visible_page (KbLibraryPage *self)
{
  g_return_val_if_fail (KB_IS_LIBRARY_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* Returns: (nullable) (transfer none): the session Continue goes back to, while it is offered */
KbSession *
kb_library_page_get_resumable (KbLibraryPage *self)
{
  g_return_val_if_fail (KB_IS_LIBRARY_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->resume_revealer) ? self->resumable : NULL;
}

/**
 * _kb_library_page_set_scan_hook:
 * @hook: (nullable): called in the worker thread after each deck is read (before the page gets
 *   it), and with %NULL once a scan has handed over all it found
 *
 * For tests, which hold the scan up with it; set it while no scan runs.
 */
void
_kb_library_page_set_scan_hook (KbLibraryScanHook hook,
                                gpointer          user_data)
{
  scan_hook = hook;
  scan_hook_data = user_data;
}

/* Returns: (transfer none): the kept games (#KbKeptGame) the page offers, newest first */
GListModel *
kb_library_page_get_kept_games (KbLibraryPage *self)
{
  g_return_val_if_fail (KB_IS_LIBRARY_PAGE (self), NULL);
  return G_LIST_MODEL (self->kept_games);
}
