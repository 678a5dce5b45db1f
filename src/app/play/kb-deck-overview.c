/* The deck at a glance: every card that passes the session's filters as a small card with its
 * number, in the session's order, and a search over the cards' text. Enter on a card (or a
 * click, or Enter in the search for the first card found) emits "done" with the card's
 * position; Esc emits "done" with 0. Keys that do nothing here stop here, so that the play
 * page's own keys (space, B, X…) never act on the room's card while the facilitator browses. */
#define G_LOG_DOMAIN "kletsborden-play"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-card-renderer.h"
#include "kb-deck-overview.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

#define CELL_WIDTH 126
#define CELL_HEIGHT ((int) (CELL_WIDTH * KB_CARD_RATIO))

/* One card of the grid: the deck's card (borrowed; the session keeps the deck) and its number. */
#define KB_TYPE_OVERVIEW_ITEM (kb_overview_item_get_type ())
G_DECLARE_FINAL_TYPE (KbOverviewItem, kb_overview_item, KB, OVERVIEW_ITEM, GObject)

struct _KbOverviewItem
{
  GObject parent_instance;

  KbCard *card;
  guint position;
  char *folded;      /* the card's title and text, case-folded, for the search */
};

G_DEFINE_FINAL_TYPE (KbOverviewItem, kb_overview_item, G_TYPE_OBJECT)

static void
kb_overview_item_finalize (GObject *object)
{
  g_free (KB_OVERVIEW_ITEM (object)->folded);
  G_OBJECT_CLASS (kb_overview_item_parent_class)->finalize (object);
}

static void
kb_overview_item_class_init (KbOverviewItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_overview_item_finalize;
}

static void
kb_overview_item_init (KbOverviewItem *self)
{
}

struct _KbDeckOverview
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkSearchEntry *search;
  GtkGridView *grid;
  GListStore *store;           /* KbOverviewItem */
  GtkFilterListModel *found;
  GtkCustomFilter *filter;
  KbCardRenderer *renderer;
  KbSession *session;          /* owned, while shown */
  char *needle;                /* the search, case-folded; NULL: every card */
};

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbDeckOverview, kb_deck_overview, GTK_TYPE_WIDGET)

static const char *
text_in (KbDeckOverview *self,
         const KbText   *text)
{
  KbDeck *deck = kb_session_get_deck (self->session);

  return text != NULL ? kb_text_get (text, kb_session_get_language (self->session),
                                     kb_deck_get_fallback_language (deck))
                      : NULL;
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  KbDeckOverview *self = user_data;

  return self->needle == NULL || strstr (KB_OVERVIEW_ITEM (item)->folded, self->needle) != NULL;
}

static void
draw_cell (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  KbDeckOverview *self = user_data;
  KbOverviewItem *item = g_object_get_data (G_OBJECT (area), "kb-item");

  if (item == NULL || self->session == NULL)
    return;
  kb_card_renderer_draw_front (self->renderer, cr, kb_session_get_deck (self->session),
                               item->card, kb_session_get_language (self->session),
                               width, height);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            KbDeckOverview           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *number = gtk_label_new (NULL);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), CELL_WIDTH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), CELL_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_cell, self, NULL);
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), number);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           KbDeckOverview           *self)
{
  KbOverviewItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *area = gtk_widget_get_first_child (box);
  g_autofree char *number = g_strdup_printf ("%u", item->position);
  const char *text = text_in (self, kb_card_get_text (item->card));

  g_object_set_data (G_OBJECT (area), "kb-item", item);
  g_object_set_data (G_OBJECT (box), "kb-item", item);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), number);
  /* Translators: a card in the deck's overview, e.g. "Card 3: What keeps you from asking?" */
  {
    g_autofree char *name = g_strdup_printf (_("Card %u: %s"), item->position,
                                             text != NULL ? text : "");
    gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
  }
  gtk_widget_queue_draw (area);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KbDeckOverview           *self)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (gtk_widget_get_first_child (box)), "kb-item", NULL);
  g_object_set_data (G_OBJECT (box), "kb-item", NULL);
}

static void
finish (KbDeckOverview *self,
        guint           position)
{
  g_signal_emit (self, signals[DONE], 0, position);
}

static void
activated (GtkGridView    *grid,
           guint           index,
           KbDeckOverview *self)
{
  g_autoptr(KbOverviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->found), index);

  if (item != NULL)
    finish (self, item->position);
}

static void
search_changed (GtkSearchEntry *entry,
                KbDeckOverview *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_pointer (&self->needle, g_free);
  if (text[0] != '\0')
    self->needle = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Enter in the search: the first card found. */
static void
search_activated (GtkSearchEntry *entry,
                  KbDeckOverview *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->found)) > 0)
    activated (self->grid, 0, self);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

/* Esc in the search. */
static void
search_stopped (KbDeckOverview *self)
{
  finish (self, 0);
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             KbDeckOverview        *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  switch (keyval)
    {
    case GDK_KEY_Escape:
      finish (self, 0);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      return FALSE;     /* the window moves the focus */
    case GDK_KEY_Down:
      /* From the search, Down goes into the grid. */
      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search)))
        gtk_widget_grab_focus (GTK_WIDGET (self->grid));
      return TRUE;
    default:
      return TRUE;
    }
}

static void
kb_deck_overview_dispose (GObject *object)
{
  KbDeckOverview *self = KB_DECK_OVERVIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->session);
  g_clear_object (&self->renderer);
  g_clear_object (&self->store);
  g_clear_object (&self->found);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (kb_deck_overview_parent_class)->dispose (object);
}

static void
kb_deck_overview_class_init (KbDeckOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_deck_overview_dispose;

  /**
   * KbDeckOverview::done:
   * @position: the card picked (from 1, as kb_session_go_to() counts), or 0 for none
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "deckoverview");
}

static void
kb_deck_overview_init (KbDeckOverview *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkSingleSelection *selection;
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *heading = gtk_label_new (_("All Cards"));

  self->renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                         kb_svg_cache_get_default ());
  self->store = g_list_store_new (KB_TYPE_OVERVIEW_ITEM);
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->found = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                           GTK_FILTER (self->filter));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->found)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  self->grid = GTK_GRID_VIEW (gtk_grid_view_new (GTK_SELECTION_MODEL (selection), factory));
  gtk_grid_view_set_max_columns (self->grid, 16);
  gtk_grid_view_set_single_click_activate (self->grid, TRUE);
  g_signal_connect (self->grid, "activate", G_CALLBACK (activated), self);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
  g_object_set (self->search, "placeholder-text", _("Search the Cards’ Text"),
                "hexpand", TRUE, NULL);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (search_changed), self);
  g_signal_connect (self->search, "activate", G_CALLBACK (search_activated), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (search_stopped), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (heading, "title-2");
  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_widget_set_halign (GTK_WIDGET (self->search), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (self->search), 360, -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->search));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->grid));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("All Cards"), -1);
}

KbDeckOverview *
kb_deck_overview_new (void)
{
  return g_object_new (KB_TYPE_DECK_OVERVIEW, NULL);
}

/* Fills the grid with the cards of @session as they are now, the one on screen selected, and
 * puts the keyboard in the search. */
void
kb_deck_overview_show_session (KbDeckOverview *self,
                               KbSession      *session)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint position;

  g_return_if_fail (KB_IS_DECK_OVERVIEW (self));
  g_return_if_fail (KB_IS_SESSION (session));

  g_set_object (&self->session, session);
  cards = kb_session_dup_cards (session);
  for (guint i = 0; i < cards->len; i++)
    {
      KbOverviewItem *item = g_object_new (KB_TYPE_OVERVIEW_ITEM, NULL);
      KbCard *card = g_ptr_array_index (cards, i);
      const char *title = text_in (self, kb_card_get_title (card));
      const char *text = text_in (self, kb_card_get_text (card));
      g_autofree char *both = g_strconcat (title != NULL ? title : "", "\n",
                                           text != NULL ? text : "", NULL);

      item->card = card;
      item->position = i + 1;
      item->folded = g_utf8_casefold (both, -1);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  position = kb_session_get_position (session);
  if (position > 0)
    {
      gtk_selection_model_select_item (gtk_grid_view_get_model (self->grid), position - 1, TRUE);
      gtk_widget_activate_action (GTK_WIDGET (self->grid), "list.scroll-to-item", "u",
                                  position - 1);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

/* The number of cards the grid holds now, after the search. */
guint
kb_deck_overview_get_n_shown (KbDeckOverview *self)
{
  g_return_val_if_fail (KB_IS_DECK_OVERVIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->found));
}

/* Returns: (nullable): the grid's cell of the card at @position, while it is on screen. */
GtkWidget *
kb_deck_overview_get_cell (KbDeckOverview *self,
                           guint           position)
{
  GtkWidget *found = NULL;
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();

  g_return_val_if_fail (KB_IS_DECK_OVERVIEW (self), NULL);

  g_ptr_array_add (todo, self->grid);
  while (found == NULL && todo->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (todo, todo->len - 1);
      KbOverviewItem *item = g_object_get_data (G_OBJECT (widget), "kb-item");

      if (item != NULL && item->position == position && GTK_IS_BOX (widget) &&
          gtk_widget_get_mapped (widget))
        found = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (todo, child);
    }
  return found;
}
