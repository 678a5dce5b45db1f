/* A tile in the library grid. A deck that failed to load still gets a tile, with its problems,
 * so a trainer sees why their deck is not playable instead of it silently missing. */
#define G_LOG_DOMAIN "kletsborden-deck-tile"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "kb-deck-swatch.h"
#include "kb-deck-tile.h"
#include "kb-svg-cache.h"

struct _KbDeckTile
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkDrawingArea *swatch;
  GtkLabel *title_label;
  GtkLabel *description_label;
  GtkLabel *count_label;
  GtkLabel *origin_label;
  GtkLabel *problems_label;
  GtkButton *edit_button;

  /* owned */
  KbDeckEntry *entry;
};

G_DEFINE_FINAL_TYPE (KbDeckTile, kb_deck_tile, GTK_TYPE_WIDGET)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  KbDeckTile *self = KB_DECK_TILE (user_data);
  KbDeck *deck = kb_deck_entry_get_deck (self->entry);

  if (deck != NULL)
    kb_deck_swatch_draw (cr, deck, width, height);
}

/* The problems on the tile: how many, in a line of its own (the messages themselves are long
 * and would make the tile, and so the whole grid, one wide column); all of them in the tooltip
 * and, for a deck that cannot be opened, in a dialog on a click. */
static void
show_problems (KbDeckTile         *self,
               const char * const *problems,
               gboolean            broken)
{
  guint n = problems != NULL ? g_strv_length ((char **) problems) : 0;
  g_autofree char *joined = NULL;
  g_autofree char *summary = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->problems_label), n > 0);
  if (n == 0)
    return;
  joined = g_strjoinv ("\n", (char **) problems);
  summary = broken
    ? g_strdup_printf (ngettext ("⚠ %u problem: click to see it", "⚠ %u problems: click to see them",
                                 n), n)
    : g_strdup_printf (ngettext ("⚠ %u warning", "⚠ %u warnings", n), n);
  gtk_label_set_label (self->problems_label, summary);
  gtk_widget_add_css_class (GTK_WIDGET (self->problems_label), broken ? "error" : "warning");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), joined);
}

static void
show_entry (KbDeckTile *self)
{
  KbDeck *deck = kb_deck_entry_get_deck (self->entry);
  const char * const *problems = kb_deck_entry_get_problems (self->entry);
  g_autofree char *file_name = g_file_get_basename (kb_deck_entry_get_file (self->entry));
  /* Translators: a deck of the user's own, then its file name: two files may hold one deck */
  g_autofree char *own = g_strdup_printf (_("Yours · %s"), file_name);

  g_autofree char *path = g_file_get_path (kb_deck_entry_get_file (self->entry));
  gboolean builtin = kb_deck_entry_is_builtin (self->entry);

  gtk_label_set_label (self->origin_label, builtin ? _("Built-in") : own);
  show_problems (self, problems, deck == NULL);
  /* A built-in deck is never written: it is copied into the person's own decks to be edited. */
  gtk_button_set_icon_name (self->edit_button, builtin ? "edit-copy-symbolic"
                                                       : "document-edit-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->edit_button),
                               builtin ? _("Make a Copy to Edit (Ctrl+E)") : _("Edit (Ctrl+E)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button),
                                  builtin ? "library.copy-deck" : "library.edit-deck");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "s", path);

  if (deck != NULL)
    {
      const char *lang = kb_deck_pick_language (deck, g_get_language_names ());
      const char *description = kb_deck_get_description (deck, lang);
      guint n = kb_deck_get_n_cards (deck);
      g_autofree char *count = g_strdup_printf (ngettext ("%u card",
                                                             "%u cards", n), n);

      gtk_label_set_label (self->title_label, kb_deck_get_title (deck, lang));
      gtk_label_set_label (self->description_label, description != NULL ? description : "");
      gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);
      gtk_label_set_label (self->count_label, count);
    }
  else
    {
      gtk_label_set_label (self->title_label, file_name);
      gtk_label_set_label (self->description_label,
                           _("This deck could not be opened. Fix the problems in the file and "
                             "it will appear here."));
      gtk_widget_set_visible (GTK_WIDGET (self->count_label), FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "broken");
    }
}

static void
kb_deck_tile_dispose (GObject *object)
{
  KbDeckTile *self = KB_DECK_TILE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_DECK_TILE);
  /* The template's root box has no id, so dispose_template leaves it to us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (kb_deck_tile_parent_class)->dispose (object);
}

static void
kb_deck_tile_class_init (KbDeckTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_deck_tile_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kb-deck-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, KbDeckTile, swatch);
  gtk_widget_class_bind_template_child (widget_class, KbDeckTile, title_label);
  gtk_widget_class_bind_template_child (widget_class, KbDeckTile, description_label);
  gtk_widget_class_bind_template_child (widget_class, KbDeckTile, count_label);
  gtk_widget_class_bind_template_child (widget_class, KbDeckTile, origin_label);
  gtk_widget_class_bind_template_child (widget_class, KbDeckTile, problems_label);
  gtk_widget_class_bind_template_child (widget_class, KbDeckTile, edit_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "decktile");
}

static void
kb_deck_tile_init (KbDeckTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->swatch, draw_swatch, self, NULL);
  /* The symbols' art is drawn off the main thread the first time: until then a placeholder. */
  g_signal_connect_object (kb_svg_cache_get_default (), "ready",
                           G_CALLBACK (gtk_widget_queue_draw), self->swatch, G_CONNECT_SWAPPED);
}

KbDeckTile *
kb_deck_tile_new (KbDeckEntry *entry)
{
  KbDeckTile *self;

  g_return_val_if_fail (KB_IS_DECK_ENTRY (entry), NULL);

  self = g_object_new (KB_TYPE_DECK_TILE, NULL);
  self->entry = g_object_ref (entry);
  show_entry (self);
  return self;
}

KbDeckEntry *
kb_deck_tile_get_entry (KbDeckTile *self)
{
  g_return_val_if_fail (KB_IS_DECK_TILE (self), NULL);
  return self->entry;
}

const char *
kb_deck_tile_get_title (KbDeckTile *self)
{
  g_return_val_if_fail (KB_IS_DECK_TILE (self), NULL);
  return gtk_label_get_label (self->title_label);
}

/**
 * kb_deck_tile_show_problems:
 *
 * Every problem of the tile's deck, one per line as file:line:column, in a dialog.
 */
void
kb_deck_tile_show_problems (KbDeckTile *self)
{
  const char * const *problems;
  g_autofree char *joined = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  g_return_if_fail (KB_IS_DECK_TILE (self));

  problems = kb_deck_entry_get_problems (self->entry);
  if (problems == NULL || problems[0] == NULL)
    return;
  joined = g_strjoinv ("\n", (char **) problems);
  name = g_file_get_basename (kb_deck_entry_get_file (self->entry));
  /* Translators: the heading above a deck file's problems; the file's name */
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   NULL, joined);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Problems in “%s”"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
