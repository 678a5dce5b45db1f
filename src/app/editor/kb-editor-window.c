/* The deck editor's window: the deck it edits, where it saves, the draft after every change,
 * undo and redo, and asking before changes are lost. The forms are in -deck.c and -cards.c,
 * the problems in -problems.c. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-library.h"
#include "kb-editor-window-private.h"
#include "kb-toast-queue.h"

G_DEFINE_FINAL_TYPE (KbEditorWindow, kb_editor_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The language the editor speaks for names it makes up (a new category's). */
const char *
_kb_editor_ui_lang (KbEditorWindow *self)
{
  return kb_deck_pick_language (self->deck, g_get_language_names ());
}

/* The edits until _kb_editor_end_batch() are one step to undo (a card added with its category). */
void
_kb_editor_begin_batch (KbEditorWindow *self)
{
  if (self->batch++ == 0)
    self->batch_serial++;
}

void
_kb_editor_end_batch (KbEditorWindow *self)
{
  g_return_if_fail (self->batch > 0);
  if (--self->batch == 0)
    kb_editor_history_break (self->history);
}

void
_kb_editor_toast (KbEditorWindow *self,
                  const char     *message,
                  gboolean        with_undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "editor.undo");
    }
  else
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);   /* a refusal: now, not later */
  kb_toast_overlay_show (self->toasts, toast);
}

static gboolean
is_dirty (KbEditorWindow *self)
{
  return !g_bytes_equal (kb_editor_history_get_current (self->history), self->base);
}

/* The deck's title as the editor names it, also before it has one. */
static const char *
deck_title (KbEditorWindow *self)
{
  const char *title = kb_deck_get_title_text (self->deck) != NULL
                      ? kb_deck_get_title (self->deck, kb_deck_get_fallback_language (self->deck))
                      : NULL;

  return title != NULL && *title != '\0' ? title : _("New Deck");
}

static void
update_title (KbEditorWindow *self)
{
  const char *title = deck_title (self);
  g_autofree char *text = NULL;
  /* Translators: the deck editor's window title; the mark says there is something to save */
  text = g_strdup_printf (is_dirty (self) ? _("• %s — Deck Editor") : _("%s — Deck Editor"),
                          title);
  gtk_window_set_title (GTK_WINDOW (self), text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo",
                                 kb_editor_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.redo",
                                 kb_editor_history_can_redo (self->history));
}

/* After one or more changes, once the main loop is idle: the draft, the problems, the preview. */
static gboolean
settle (gpointer data)
{
  KbEditorWindow *self = data;
  g_autoptr(GError) error = NULL;

  self->settle_id = 0;
  if (is_dirty (self))
    {
      if (!kb_editor_draft_write (self->draft_key, self->target,
                                  kb_editor_history_get_current (self->history), &error))
        g_warning ("The draft could not be kept: %s", error->message);
    }
  else if (!kb_editor_draft_forget (self->draft_key, &error))
    g_message ("The draft could not be removed: %s", error->message);
  _kb_editor_check (self);
  _kb_editor_show_preview (self);
  update_title (self);
  return G_SOURCE_REMOVE;
}

static void
settle_soon (KbEditorWindow *self)
{
  if (self->settle_id == 0)
    self->settle_id = g_idle_add_full (G_PRIORITY_DEFAULT, settle, self, NULL);
}

static gboolean
is_text_field (const char *field)
{
  return field != NULL && (g_str_equal (field, "title") || g_str_equal (field, "text") ||
                           g_str_equal (field, "notes") || g_str_equal (field, "name") ||
                           g_str_equal (field, "description") ||
                           g_str_equal (field, "license") || g_str_equal (field, "authors") ||
                           g_str_equal (field, "tags") || g_str_equal (field, "roles"));
}

static void
deck_changed (KbDeck             *deck,
              const KbDeckChange *change,
              KbEditorWindow     *self)
{
  g_autoptr(GBytes) now = kb_deck_to_bytes (deck);
  g_autofree char *key = NULL;

  /* Typing in one field is one step to undo, and so is what one command does. */
  if (self->batch > 0)
    key = g_strdup_printf ("batch:%u", self->batch_serial);
  else if (change->kind == KB_DECK_CHANGE_SET && is_text_field (change->field))
    key = g_strdup_printf ("%d:%u:%s", change->part, change->index, change->field);
  kb_editor_history_record (self->history, now, key);
  settle_soon (self);
}

static void
set_deck (KbEditorWindow *self,
          KbDeck         *deck)
{
  if (self->deck != NULL)
    g_clear_signal_handler (&self->changed_handler, self->deck);
  g_set_object (&self->deck, deck);
  self->changed_handler = g_signal_connect (deck, "changed", G_CALLBACK (deck_changed), self);
}

/* Everything shown anew from the deck: after undo, redo, or a change of the languages. */
void
_kb_editor_rebuild (KbEditorWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  g_autofree char *focus_key = _kb_editor_focused_key (focus);
  GtkWidget *again;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_hash_table_remove_all (self->fields);
  _kb_editor_build_deck (self);
  _kb_editor_build_categories (self);
  _kb_editor_build_card_list (self);
  _kb_editor_build_board (self);
  settle_soon (self);
  /* The same field again, where it still is: undo does not throw the person out of it. */
  if (focus_key != NULL && (again = g_hash_table_lookup (self->fields, focus_key)) != NULL)
    gtk_widget_grab_focus (again);
  /* GTK keeps a focus taken out of the window until it moves it later, and keys go to it
   * meanwhile, past the window's mnemonics (Alt+Q right after the board was switched on did
   * nothing): a focus that is gone is let go of at once. */
  else if (gtk_root_get_focus (GTK_ROOT (self)) != NULL &&
           gtk_widget_get_root (gtk_root_get_focus (GTK_ROOT (self))) != GTK_ROOT (self))
    gtk_root_set_focus (GTK_ROOT (self), NULL);
}

static gboolean
rebuild_idle (gpointer data)
{
  KbEditorWindow *self = data;

  self->rebuild_id = 0;
  _kb_editor_rebuild (self);
  return G_SOURCE_REMOVE;
}

/* For an edit made from a widget the rebuild takes away: after its signal is over. */
void
_kb_editor_rebuild_soon (KbEditorWindow *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle, self, NULL);
}

static void
restore (KbEditorWindow *self,
         GBytes         *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;

  if (bytes == NULL)
    return;
  deck = kb_deck_load_draft (self->target, bytes, &error);
  if (deck == NULL)
    {
      g_warning ("An undo step could not be read: %s", error->message);
      return;
    }
  set_deck (self, deck);
  _kb_editor_rebuild_soon (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);

  restore (self, kb_editor_history_undo (self->history));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);

  restore (self, kb_editor_history_redo (self->history));
}

gboolean
kb_editor_window_save (KbEditorWindow  *self,
                       GError         **error)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), FALSE);

  if (self->target == NULL)
    {
      /* A new deck's folder is claimed by the library, as an imported deck's is. */
      target = kb_deck_library_add (self->deck, error);
      if (target == NULL)
        return FALSE;
      /* Its art is looked for beside it from now on. */
      kb_deck_set_file (self->deck, target);
    }
  else
    {
      target = g_object_ref (self->target);
      /* The decks that come with the app are never written; the library offers a copy. */
      if (_kb_editor_is_builtin (target))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                       _("A built-in deck is never changed; make a copy of it to edit"));
          return FALSE;
        }
      folder = g_file_get_parent (target);
      if (!g_file_make_directory_with_parents (folder, NULL, &local) &&
          !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      g_clear_error (&local);
      if (!kb_deck_save (self->deck, target, error))
        return FALSE;
    }
  g_set_object (&self->target, target);
  g_bytes_unref (self->base);
  self->base = g_bytes_ref (kb_editor_history_get_current (self->history));
  if (!kb_editor_draft_forget (self->draft_key, &local))
    g_message ("The draft could not be removed: %s", local->message);
  update_title (self);
  g_signal_emit (self, signals[SAVED], 0, target);
  return TRUE;
}

static gboolean
save_and_tell (KbEditorWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint n_errors = 0;

  if (!kb_editor_window_save (self, &error))
    {
      _kb_editor_toast (self, error->message, FALSE);
      return FALSE;
    }
  for (guint i = 0; i < self->problems->len; i++)
    n_errors += ((KbEditorProblem *) g_ptr_array_index (self->problems, i))->level ==
                KB_PROBLEM_ERROR;
  if (n_errors > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext (
        "Saved; %u problem is to be fixed before the deck can be played",
        "Saved; %u problems are to be fixed before the deck can be played", n_errors), n_errors);
      _kb_editor_toast (self, text, FALSE);
    }
  else
    _kb_editor_toast (self, _("Saved"), FALSE);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_and_tell (KB_EDITOR_WINDOW (widget));
}

static gboolean
close_idle (gpointer data)
{
  KbEditorWindow *self = data;

  self->close_id = 0;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
close_response (AdwMessageDialog *dialog,
                const char       *response,
                KbEditorWindow   *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save") && !save_and_tell (self))
    return;
  if (g_str_equal (response, "discard") && !kb_editor_draft_forget (self->draft_key, &error))
    g_message ("The draft could not be removed: %s", error->message);
  if ((g_str_equal (response, "save") || g_str_equal (response, "discard")) && self->close_id == 0)
    {
      self->closing = TRUE;
      /* After the dialog is done with its parent. */
      self->close_id = g_idle_add (close_idle, self);
    }
}

static gboolean
kb_editor_window_close_request (GtkWindow *window)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (window);
  GtkWidget *dialog;

  if (self->closing || !is_dirty (self))
    return GTK_WINDOW_CLASS (kb_editor_window_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Save the Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has changes that are not saved. Until you choose, they "
                                    "are kept as a draft."), deck_title (self));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard Changes"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
kb_editor_window_dispose (GObject *object)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->close_id, g_source_remove);
  if (self->deck != NULL)
    g_clear_signal_handler (&self->changed_handler, self->deck);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_EDITOR_WINDOW);
  g_clear_object (&self->deck);
  g_clear_object (&self->target);
  g_clear_pointer (&self->history, kb_editor_history_free);
  g_clear_pointer (&self->base, g_bytes_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (kb_editor_window_parent_class)->dispose (object);
}

static void
kb_editor_window_finalize (GObject *object)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (object);

  g_free (self->draft_key);

  G_OBJECT_CLASS (kb_editor_window_parent_class)->finalize (object);
}

static void
kb_editor_window_class_init (KbEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kb_editor_window_dispose;
  object_class->finalize = kb_editor_window_finalize;
  window_class->close_request = kb_editor_window_close_request;

  /* After a save: the library shows the deck as it is now. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  g_type_ensure (KB_TYPE_EDITOR_PREVIEW);
  g_type_ensure (KB_TYPE_EDITOR_BOARD_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kb-editor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, deck_box);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, categories_box);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, card_list);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, card_form_box);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, preview_language);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, problem_list);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, problems_page);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, board_box);
  gtk_widget_class_bind_template_child (widget_class, KbEditorWindow, board_preview);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action);
  _kb_editor_deck_class_init (widget_class);
  _kb_editor_cards_class_init (widget_class);
  _kb_editor_roles_class_init (widget_class);
  _kb_editor_board_class_init (widget_class);
  _kb_editor_keys_class_init (widget_class);
}

static void
kb_editor_window_init (KbEditorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_editor_problem_free);
  _kb_editor_keys_init (self);
  _kb_editor_cards_init (self);
  _kb_editor_problems_init (self);
  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/* @base: the deck as there is nothing to save (%NULL: the deck as it is now). */
static KbEditorWindow *
editor_new (GtkApplication *application,
            KbDeck         *deck,
            GFile          *target,
            const char     *draft_key,
            GBytes         *base)
{
  KbEditorWindow *self = g_object_new (KB_TYPE_EDITOR_WINDOW, "application", application, NULL);
  g_autoptr(GBytes) now = kb_deck_to_bytes (deck);

  set_deck (self, deck);
  self->target = target != NULL ? g_object_ref (target) : NULL;
  self->draft_key = draft_key != NULL ? g_strdup (draft_key) : kb_editor_draft_key_for (target);
  self->history = kb_editor_history_new (now);
  self->base = g_bytes_ref (base != NULL ? base : now);
  _kb_editor_rebuild (self);
  update_title (self);
  return self;
}

static char *
unused_deck_id (void)
{
  g_autoptr(GFile) decks = kb_deck_library_get_user_dir ();
  char *id = g_strdup ("my-deck");

  for (guint n = 2; ; n++)
    {
      g_autoptr(GFile) folder = g_file_get_child (decks, id);
      if (!g_file_query_exists (folder, NULL))
        return id;
      g_free (id);
      id = g_strdup_printf ("my-deck-%u", n);
    }
}

/**
 * kb_editor_window_new_deck:
 *
 * A deck made from nothing: in the language of the interface, with one category and one card to
 * write, so the person starts typing at once. It gets a file with its first save.
 *
 * Returns: (transfer none): the editor, shown
 */
KbEditorWindow *
kb_editor_window_new_deck (GtkApplication *application)
{
  g_autofree char *id = unused_deck_id ();
  const char *languages[] = { NULL, NULL };
  g_autoptr(KbDeck) deck = NULL;
  KbEditorWindow *self;
  KbCategory *category;

  languages[0] = g_str_has_prefix (g_get_language_names ()[0], "nl") ? "nl" : "en";
  deck = kb_deck_new (id, languages);
  kb_deck_set_title (deck, NULL, NULL);
  category = kb_deck_add_category (deck, 0, "general", NULL);
  kb_deck_set_category_name (deck, category, NULL, _("General"));
  kb_deck_set_category_color (deck, category, "#2E4057");
  kb_deck_set_category_symbol (deck, category, "speech");
  kb_deck_add_card (deck, 0, "card-1", "general", NULL);
  self = editor_new (application, deck, NULL, NULL, NULL);
  /* A deck starts with its name. */
  gtk_stack_set_visible_child_name (self->stack, "deck");
  _kb_editor_focus_field (self, KB_DECK_PART_DECK, 0, "title", languages[0]);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * kb_editor_window_open:
 *
 * Edits the deck in @file, one of the person's own; a deck with errors opens too, to be fixed.
 *
 * Returns: (transfer none) (nullable): the editor, shown; %NULL when @file holds no deck
 */
KbEditorWindow *
kb_editor_window_open (GtkApplication  *application,
                       GFile           *file,
                       GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KbDeck) deck = NULL;
  KbEditorWindow *self = kb_editor_window_find (application, file);

  if (self == NULL)
    {
      if (_kb_editor_is_builtin (file))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                       _("A built-in deck is never changed; make a copy of it to edit"));
          return NULL;
        }
      bytes = g_file_load_bytes (file, NULL, NULL, error);
      if (bytes == NULL || (deck = kb_deck_load_draft (file, bytes, error)) == NULL)
        return NULL;
      self = editor_new (application, deck, file, NULL, NULL);
      _kb_editor_focus_field (self, KB_DECK_PART_CARD, 0, "text",
                              kb_deck_get_fallback_language (deck));
    }
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * kb_editor_window_restore:
 *
 * Edits a draft left behind, with what it had that was not saved.
 *
 * Returns: (transfer none) (nullable): the editor, shown
 */
KbEditorWindow *
kb_editor_window_restore (GtkApplication  *application,
                          KbEditorDraft   *draft,
                          GError         **error)
{
  g_autoptr(KbDeck) deck = kb_deck_load_draft (draft->target, draft->deck, error);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GBytes) nothing = g_bytes_new_static ("", 0);
  KbEditorWindow *self;

  if (deck == NULL)
    return NULL;
  if (draft->target != NULL)
    on_disk = g_file_load_bytes (draft->target, NULL, NULL, NULL);
  self = editor_new (application, deck, draft->target, draft->key,
                     on_disk != NULL ? on_disk : nothing);
  settle_soon (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/* Returns: (transfer none) (nullable): the editor that edits @file already */
KbEditorWindow *
kb_editor_window_find (GtkApplication *application,
                       GFile          *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (KB_IS_EDITOR_WINDOW (l->data) && KB_EDITOR_WINDOW (l->data)->target != NULL &&
        g_file_equal (KB_EDITOR_WINDOW (l->data)->target, file))
      return l->data;
  return NULL;
}

KbDeck *
kb_editor_window_get_deck (KbEditorWindow *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), NULL);
  return self->deck;
}

/* Returns: (nullable): where Save writes; %NULL before a new deck's first save */
GFile *
kb_editor_window_get_target (KbEditorWindow *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), NULL);
  return self->target;
}

gboolean
kb_editor_window_is_dirty (KbEditorWindow *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), FALSE);
  return is_dirty (self);
}

const char *
kb_editor_window_get_draft_key (KbEditorWindow *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), NULL);
  return self->draft_key;
}

guint
kb_editor_window_get_current_card (KbEditorWindow *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), 0);
  return self->current_card;
}

guint
kb_editor_window_get_n_problems (KbEditorWindow *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), 0);
  return self->problems->len;
}

/* Returns: the page shown: "cards", "deck", "categories" or "problems" */
const char *
kb_editor_window_get_page (KbEditorWindow *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
