/* The deck editor's problems, from the one deck checker, after each change, and the art that
 * cannot be drawn, as --validate finds it; each row jumps to the field it is about. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-art.h"
#include "kb-deck-checker.h"
#include "kb-editor-window-private.h"
#include "kb-svg-cache.h"

void
_kb_editor_problem_free (KbEditorProblem *problem)
{
  g_free (problem->field);
  g_free (problem->lang);
  g_free (problem->message);
  g_free (problem);
}

static void
collect (const KbDeckSpot *spot,
         KbProblemLevel    level,
         const char       *message,
         gpointer          data)
{
  KbEditorWindow *self = data;
  KbEditorProblem *problem = g_new0 (KbEditorProblem, 1);

  problem->part = spot->part;
  problem->index = spot->index;
  /* A role's text is registered under its number: "roles/0/name". */
  problem->field = spot->role >= 0 && spot->field != NULL
                   ? _kb_editor_role_field ((guint) spot->role, spot->field)
                   : g_strdup (spot->field);
  problem->lang = g_strdup (spot->lang);
  problem->level = level;
  problem->message = g_strdup (message);
  g_ptr_array_add (self->problems, problem);
}

static char *
where (KbEditorProblem *problem)
{
  g_autofree char *item = NULL;

  switch (problem->part)
    {
    case KB_DECK_PART_CATEGORY:
      item = g_strdup_printf (_("Category %u"), problem->index + 1);
      break;
    case KB_DECK_PART_CARD:
      item = g_strdup_printf (_("Card %u"), problem->index + 1);
      break;
    case KB_DECK_PART_BOARD:
      item = g_strdup (_("The board"));
      break;
    case KB_DECK_PART_SQUARE:
      item = g_strdup_printf (_("Square %u of the board"), problem->index + 1);
      break;
    case KB_DECK_PART_DECK:
    default:
      item = g_strdup (_("The deck"));
      break;
    }
  if (problem->field == NULL)
    return g_steal_pointer (&item);
  if (problem->lang == NULL)
    return g_strdup_printf ("%s · %s", item, problem->field);
  return g_strdup_printf ("%s · %s (%s)", item, problem->field, problem->lang);
}

static GtkWidget *
find_field (KbEditorWindow  *self,
            KbEditorProblem *problem)
{
  g_autofree char *exact = _kb_editor_field_key (problem->part, problem->index, problem->field,
                                                 problem->lang);
  g_autofree char *field = _kb_editor_field_key (problem->part, problem->index, problem->field,
                                                 NULL);
  g_autofree char *item = _kb_editor_field_key (problem->part, problem->index, NULL, NULL);
  GtkWidget *widget = g_hash_table_lookup (self->fields, exact);

  if (widget == NULL)
    widget = g_hash_table_lookup (self->fields, field);
  if (widget == NULL)
    widget = g_hash_table_lookup (self->fields, item);
  return widget;
}

static void
jump (AdwActionRow   *row,
      KbEditorWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kb-problem"));
  KbEditorProblem *problem;
  GtkWidget *widget;

  if (index >= self->problems->len)
    return;
  problem = g_ptr_array_index (self->problems, index);
  switch (problem->part)
    {
    case KB_DECK_PART_CARD:
      gtk_stack_set_visible_child_name (self->stack, "cards");
      if (problem->index != self->current_card && problem->index < kb_deck_get_n_cards (self->deck))
        _kb_editor_select_card (self, problem->index);
      break;
    case KB_DECK_PART_CATEGORY:
      gtk_stack_set_visible_child_name (self->stack, "categories");
      break;
    case KB_DECK_PART_BOARD:
    case KB_DECK_PART_SQUARE:
      gtk_stack_set_visible_child_name (self->stack, "board");
      break;
    default:
      gtk_stack_set_visible_child_name (self->stack, "deck");
      break;
    }
  widget = find_field (self, problem);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

/* An SVG that is there but cannot be drawn (broken, or too slow) shows a placeholder: said once
 * the cache knows, and tried in the background when it does not know yet ("ready" checks again).
 * Art that is missing, outside the folder or of another kind the deck checker reported. */
static void
check_drawable (KbEditorWindow *self,
                KbDeckPart      part,
                guint           index,
                const char     *field,
                const char     *relative_path)
{
  KbSvgCache *cache = kb_svg_cache_get_default ();
  g_autoptr(GFile) file = NULL;
  const char *path, *failure;
  KbDeckSpot spot = { part, index, NULL, field, -1, NULL };
  g_autofree char *message = NULL;

  if (relative_path == NULL ||
      (file = kb_deck_resolve_art (self->deck, relative_path, NULL)) == NULL ||
      !kb_art_is_svg (file, relative_path, NULL))
    return;
  path = kb_svg_cache_resolve (cache, self->deck, relative_path);
  failure = kb_svg_cache_get_failure (cache, path);
  if (failure == NULL)
    {
      kb_svg_cache_prefetch (cache, path);
      return;
    }
  message = g_strdup_printf (
    _("the art \"%s\" cannot be drawn, a placeholder is shown instead: %s"),
    relative_path, failure);
  collect (&spot, KB_PROBLEM_WARNING, message, self);
}

static void
check_art (KbEditorWindow *self)
{
  check_drawable (self, KB_DECK_PART_DECK, 0, "back/image", kb_deck_get_back_image (self->deck));
  for (guint i = 0; i < kb_deck_get_n_categories (self->deck); i++)
    check_drawable (self, KB_DECK_PART_CATEGORY, i, "icon",
                    kb_category_get_icon (kb_deck_get_category (self->deck, i)));
  for (guint i = 0; i < kb_deck_get_n_cards (self->deck); i++)
    check_drawable (self, KB_DECK_PART_CARD, i, "image",
                    kb_card_get_image (kb_deck_get_card (self->deck, i)));
}

void
_kb_editor_check (KbEditorWindow *self)
{
  GtkStackPage *page = gtk_stack_get_page (self->stack, self->problems_page);
  g_autofree char *title = NULL;

  g_ptr_array_set_size (self->problems, 0);
  kb_deck_check (self->deck, KB_DECK_CHECK_REQUIRED, collect, self);
  check_art (self);
  _kb_editor_clear_list (self->problem_list);
  for (guint i = 0; i < self->problems->len; i++)
    {
      KbEditorProblem *problem = g_ptr_array_index (self->problems, i);
      g_autofree char *escaped = g_markup_escape_text (problem->message, -1);
      g_autofree char *subtitle = where (problem);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (problem->level == KB_PROBLEM_ERROR
                                                      ? "dialog-error-symbolic"
                                                      : "dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      problem->level == KB_PROBLEM_ERROR ? _("Error")
                                                                         : _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "kb-problem", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (jump), self);
      gtk_list_box_append (self->problem_list, row);
    }
  if (self->problems->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No problems: the deck can be played"));
      gtk_list_box_append (self->problem_list, row);
    }
  /* Translators: the tab of the editor's problems, with their number; keep the underline */
  title = self->problems->len > 0 ? g_strdup_printf (_("_Problems (%u)"), self->problems->len)
                                  : g_strdup (_("_Problems"));
  gtk_stack_page_set_title (page, title);
}

/* Art tried in the background turned out not to draw: one more problem to show. */
static void
art_ready (KbSvgCache     *cache,
           const char     *path,
           KbEditorWindow *self)
{
  if (kb_svg_cache_get_failure (cache, path) != NULL)
    _kb_editor_check (self);
}

void
_kb_editor_problems_init (KbEditorWindow *self)
{
  g_signal_connect_object (kb_svg_cache_get_default (), "ready", G_CALLBACK (art_ready), self, 0);
}
