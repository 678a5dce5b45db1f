/* Shows the session's current card. Each card is drawn with cairo once per size, language and
 * theme into a GdkTexture; the draw and flip animations only move and scale that texture in
 * snapshot, so a frame costs a texture blit, not a layout of text. */
#define G_LOG_DOMAIN "kletsborden-card-view"

#include "config.h"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "kb-card-renderer.h"
#include "kb-card-textures.h"
#include "kb-card-view.h"
#include "kb-card-text.h"
#include "kb-color.h"
#include "kb-svg-cache.h"
#include "kb-texture.h"

#define MARGIN_FRACTION 0.04     /* room around the card, of the shorter side */
#define ANIMATION_MS 280
/* Images of whole cards: at 1080p the card on screen, the one leaving, the next one drawn ahead
 * and one to go back to (2.8 MB each); drawing one again costs a few milliseconds. */
#define TEXTURE_BUDGET (12 * 1024 * 1024)
#define MIN_TEXTURES 3
/* The first picture waits this long at most for the art read ahead in the worker (the back's
 * symbols): one complete picture at once, not placeholders and the art a few frames later. */
#define FIRST_PICTURE_WAIT_MS 250

typedef enum
{
  TRANSITION_NONE,
  TRANSITION_FORWARD,
  TRANSITION_BACKWARD,
  TRANSITION_FLIP,
} Transition;

struct _KbCardView
{
  GtkWidget parent_instance;

  /* owned */
  KbSession *session;
  KbCardRenderer *renderer;
  KbCardTextures *textures;    /* "card|lang|w|h" → GdkTexture, for one theme at a time */
  AdwAnimation *animation;
  guint prerender_id;
  GSettings *settings;         /* the reader's font and spacing (Preferences, Reading) */

  /* what is on screen */
  KbCard *shown;               /* borrowed from the session's deck; NULL: the deck's back */
  KbCard *leaving;             /* the card the animation moves away */
  Transition transition;
  double progress;             /* 0 → 1 over the animation */
  gboolean calm;
  gboolean high_contrast;
  gboolean drawn_high_contrast; /* high_contrast, or the system's high contrast */
  gboolean fill;               /* a card as wide as the screen allows, for larger text */
  gboolean follow_next;        /* the facilitator's preview of the card to come */
  guint n_rendered;
  gboolean provisional;        /* a texture drawn with the placeholder of art being tried */
};

G_DEFINE_FINAL_TYPE (KbCardView, kb_card_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CALM,
  PROP_HIGH_CONTRAST,
  PROP_FILL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
card_rect (KbCardView      *self,
           graphene_rect_t *rect)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  KbRect card;

  kb_card_fit_rect (width, height, MIN (width, height) * MARGIN_FRACTION, &card);
  if (self->fill && !self->follow_next)
    {
      /* As wide as the screen, up to 16:9: wider still would only add empty paper. */
      double margin = MIN (width, height) * MARGIN_FRACTION;
      card.height = MAX (height - 2 * margin, 1);
      card.width = MIN (MAX (width - 2 * margin, 1), card.height * 16 / 9);
      card.x = (width - card.width) / 2;
      card.y = (height - card.height) / 2;
    }
  /* Whole pixels, so the texture maps 1:1 onto the screen and text stays crisp. */
  graphene_rect_init (rect, floor (card.x), floor (card.y), floor (card.width),
                      floor (card.height));
}

/* Returns: (transfer none): the card (or the deck's back, for %NULL) at @width × @height
 *   device pixels, drawn now if it was not drawn at that size before. */
static GdkTexture *
get_texture (KbCardView *self,
             KbCard     *card,
             int         width,
             int         height)
{
  KbDeck *deck = kb_session_get_deck (self->session);
  const char *lang = kb_session_get_language (self->session);
  g_autofree char *key = g_strdup_printf ("%s|%s|%d|%d", card ? kb_card_get_id (card) : "",
                                          lang, width, height);
  GdkTexture *texture = kb_card_textures_lookup (self->textures, key);
  cairo_surface_t *surface;
  cairo_t *cr;
  guint waiting;

  if (texture != NULL)
    return texture;

  /* The old images go before the new one is drawn, so its memory can be theirs. */
  kb_card_textures_make_room (self->textures, (gsize) width * height * 4);
  if (self->n_rendered == 0)
    kb_svg_cache_wait_pending (kb_svg_cache_get_default (), FIRST_PICTURE_WAIT_MS);
  waiting = kb_svg_cache_get_n_waiting_draws (kb_svg_cache_get_default ());
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  if (card != NULL)
    kb_card_renderer_draw_front (self->renderer, cr, deck, card, lang, width, height);
  else
    kb_card_renderer_draw_back (self->renderer, cr, deck, lang, width, height);
  cairo_destroy (cr);
  if (kb_svg_cache_get_n_waiting_draws (kb_svg_cache_get_default ()) != waiting)
    self->provisional = TRUE;

  texture = kb_texture_new_for_surface (surface);
  cairo_surface_destroy (surface);
  self->n_rendered++;
  kb_card_textures_insert (self->textures, key, texture);
  return texture;
}

/* The card's shadow, then the card. */
static void
append_card (KbCardView            *self,
             GtkSnapshot           *snapshot,
             KbCard                *card,
             const graphene_rect_t *rect)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GdkTexture *texture;

  /* The shadow of a new size is blurred in a worker while the card is drawn here. */
  kb_card_textures_prepare_shadow (self->textures, GTK_WIDGET (self), rect);
  texture = get_texture (self, card, rect->size.width * scale, rect->size.height * scale);
  kb_card_textures_append_shadow (self->textures, snapshot, GTK_WIDGET (self), rect);
  kb_texture_append (snapshot, GTK_WIDGET (self), texture, rect);
}

/* One card, moved by @dx and squeezed horizontally by @scale_x around its centre. */
static void
append_moved (KbCardView            *self,
              GtkSnapshot           *snapshot,
              KbCard                *card,
              const graphene_rect_t *rect,
              double                 dx,
              double                 scale_x)
{
  graphene_point_t centre;

  if (scale_x <= 0.001)
    return;
  graphene_rect_get_center (rect, &centre);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (centre.x + dx, centre.y));
  gtk_snapshot_scale (snapshot, scale_x, 1.0);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-centre.x, -centre.y));
  append_card (self, snapshot, card, rect);
  gtk_snapshot_restore (snapshot);
}

static void
kb_card_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KbCardView *self = KB_CARD_VIEW (widget);
  graphene_rect_t rect;
  double t = self->progress;
  double travel;

  if (self->session == NULL)
    return;

  if (self->calm)
    {
      KbColor color;
      GdkRGBA rgba;

      kb_color_parse (kb_deck_get_back_color (kb_session_get_deck (self->session)), &color);
      rgba = (GdkRGBA) { color.red, color.green, color.blue, 1.0 };
      gtk_snapshot_append_color (snapshot, &rgba,
                                 &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                      gtk_widget_get_height (widget)));
      return;
    }

  card_rect (self, &rect);
  if (rect.size.width < 8 || rect.size.height < 8)
    return;
  travel = rect.size.width * 0.6;

  switch (self->transition)
    {
    case TRANSITION_FORWARD:
    case TRANSITION_BACKWARD:
      {
        double direction = self->transition == TRANSITION_FORWARD ? 1.0 : -1.0;

        /* Both opaque, the coming card over the leaving one: a fade would blend two
         * screen-sized layers at every frame (a third of a frame's time with cairo). */
        append_moved (self, snapshot, self->leaving, &rect, -direction * travel * t, 1.0);
        append_moved (self, snapshot, self->shown, &rect, direction * travel * (1.0 - t), 1.0);
      }
      break;

    case TRANSITION_FLIP:
      /* The back turns away in the first half, the front turns towards us in the second. */
      if (t < 0.5)
        append_moved (self, snapshot, self->leaving, &rect, 0, 1.0 - 2 * t);
      else
        append_moved (self, snapshot, self->shown, &rect, 0, 2 * t - 1.0);
      break;

    case TRANSITION_NONE:
    default:
      append_card (self, snapshot, self->shown, &rect);
      break;
    }
}

static void
animation_value (double      value,
                 KbCardView *self)
{
  self->progress = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
animation_done (KbCardView *self)
{
  self->transition = TRANSITION_NONE;
  self->leaving = NULL;
  self->progress = 1.0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The next card is drawn while the room still reads this one, so "next" never waits on
 * text layout. */
static gboolean
prerender_next (gpointer user_data)
{
  KbCardView *self = KB_CARD_VIEW (user_data);
  KbCard *next;
  graphene_rect_t rect;
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  self->prerender_id = 0;
  if (self->session == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;
  next = self->follow_next ? NULL : kb_session_peek_next (self->session);
  card_rect (self, &rect);
  if (next != NULL && rect.size.width >= 8 && rect.size.height >= 8)
    get_texture (self, next, rect.size.width * scale, rect.size.height * scale);
  return G_SOURCE_REMOVE;
}

static void
schedule_prerender (KbCardView *self)
{
  if (self->prerender_id == 0)
    self->prerender_id = g_timeout_add_full (G_PRIORITY_LOW, ANIMATION_MS + 50,
                                             prerender_next, self, NULL);
}

/* A screen reader gets the card as words: category, kind, intensity, text and roles (never the
 * briefs), in the language the room sees. */
static void
update_description (KbCardView *self)
{
  g_autofree char *words = NULL;

  if (self->session == NULL)
    return;
  if (self->calm)
    words = g_strdup (_("Calm screen"));
  else if (self->shown == NULL)
    words = g_strdup (_("The back of the deck: no card yet"));
  else
    words = kb_card_to_plain_text (self->shown, kb_session_get_deck (self->session),
                                   kb_session_get_language (self->session),
                                   KB_CARD_TEXT_DEFAULT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  words, -1);
}

static KbCard *
followed_card (KbCardView *self)
{
  return self->follow_next ? kb_session_peek_next (self->session)
                           : kb_session_get_current (self->session);
}

static void
session_changed (KbCardView *self)
{
  KbCard *current = followed_card (self);

  if (current != self->shown)
    {
      guint old_position = self->shown != NULL ? 1 : 0;

      self->leaving = self->shown;
      self->shown = current;
      if (self->follow_next)
        self->transition = TRANSITION_FORWARD;
      else if (self->leaving == NULL && current != NULL)
        self->transition = TRANSITION_FLIP;
      else
        {
          /* Back in the history means the card comes from the left, as a page turned back. */
          GPtrArray *history = kb_session_get_history (self->session);
          guint old_index = 0, new_index = 0;

          g_ptr_array_find (history, self->leaving, &old_index);
          g_ptr_array_find (history, current, &new_index);
          self->transition = current == NULL || (old_position && new_index < old_index)
                             ? TRANSITION_BACKWARD : TRANSITION_FORWARD;
        }
      self->progress = 0.0;
      adw_animation_play (self->animation);
    }
  schedule_prerender (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Only cards drawn with a placeholder are drawn again: art taken in before the first picture
 * also says it is ready, and drawing that picture again would cost a frame for nothing. */
static void
art_ready (KbCardView *self)
{
  if (!self->provisional)
    return;
  self->provisional = FALSE;
  kb_card_textures_clear (self->textures);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The theme drawn: high contrast when asked here (H) or when the system asks for it. */
static void
apply_theme (KbCardView *self)
{
  gboolean high = self->high_contrast ||
                  adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  kb_card_renderer_set_theme (self->renderer, kb_theme_get (high ? KB_THEME_VARIANT_HIGH_CONTRAST
                                                                 : KB_THEME_VARIANT_NORMAL));
  self->drawn_high_contrast = high;
  kb_card_textures_clear (self->textures);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The dyslexia font and wide spacing apply at once, to every card view (room and facilitator). */
static void
apply_reading (KbCardView *self)
{
  KbCardReading reading = KB_CARD_READING_DEFAULT;

  if (g_settings_get_boolean (self->settings, "dyslexia-font"))
    reading |= KB_CARD_READING_DYSLEXIA_FONT;
  if (g_settings_get_boolean (self->settings, "wide-letter-spacing"))
    reading |= KB_CARD_READING_WIDE_SPACING;
  if (kb_card_renderer_get_reading (self->renderer) == reading)
    return;
  kb_card_renderer_set_reading (self->renderer, reading);
  kb_card_textures_clear (self->textures);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kb_card_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  schedule_prerender (KB_CARD_VIEW (widget));
}

static void
kb_card_view_dispose (GObject *object)
{
  KbCardView *self = KB_CARD_VIEW (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_object (&self->animation);
  g_clear_handle_id (&self->prerender_id, g_source_remove);

  G_OBJECT_CLASS (kb_card_view_parent_class)->dispose (object);
}

static void
kb_card_view_finalize (GObject *object)
{
  KbCardView *self = KB_CARD_VIEW (object);

  g_clear_object (&self->renderer);
  kb_card_textures_free (self->textures);

  G_OBJECT_CLASS (kb_card_view_parent_class)->finalize (object);
}

static void
kb_card_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KbCardView *self = KB_CARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_CALM:
      g_value_set_boolean (value, self->calm);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    case PROP_FILL:
      g_value_set_boolean (value, self->fill);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_card_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KbCardView *self = KB_CARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_CALM:
      kb_card_view_set_calm (self, g_value_get_boolean (value));
      break;
    case PROP_HIGH_CONTRAST:
      kb_card_view_set_theme_variant (self, g_value_get_boolean (value)
                                      ? KB_THEME_VARIANT_HIGH_CONTRAST
                                      : KB_THEME_VARIANT_NORMAL);
      break;
    case PROP_FILL:
      if (self->fill != g_value_get_boolean (value))
        {
          self->fill = g_value_get_boolean (value);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          schedule_prerender (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_card_view_class_init (KbCardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_card_view_dispose;
  object_class->finalize = kb_card_view_finalize;
  object_class->get_property = kb_card_view_get_property;
  object_class->set_property = kb_card_view_set_property;

  properties[PROP_CALM] =
    g_param_spec_boolean ("calm", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILL] =
    g_param_spec_boolean ("fill", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->snapshot = kb_card_view_snapshot;
  widget_class->size_allocate = kb_card_view_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "cardview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kb_card_view_init (KbCardView *self)
{
  AdwAnimationTarget *target;

  self->textures = kb_card_textures_new (TEXTURE_BUDGET, MIN_TEXTURES);
  self->renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                         kb_svg_cache_get_default ());
  /* Art tried in a worker has settled: the cards drawn with its placeholder are drawn again. */
  g_signal_connect_object (kb_svg_cache_get_default (), "ready", G_CALLBACK (art_ready), self,
                           G_CONNECT_SWAPPED);
  self->progress = 1.0;

  target = adw_callback_animation_target_new ((AdwAnimationTargetFunc) animation_value,
                                              self, NULL);
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0.0, 1.0, ANIMATION_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  g_signal_connect_swapped (self->animation, "done", G_CALLBACK (animation_done), self);

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (apply_theme), self);
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    apply_theme (self);
  self->settings = g_settings_new (SCHEMA_ID);
  g_signal_connect_swapped (self->settings, "changed::dyslexia-font", G_CALLBACK (apply_reading),
                            self);
  g_signal_connect_swapped (self->settings, "changed::wide-letter-spacing",
                            G_CALLBACK (apply_reading), self);
  apply_reading (self);
  /* The room's view has no template to name it; a template's label replaces this one. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Card"),
                                  -1);
}

KbCardView *
kb_card_view_new (void)
{
  return g_object_new (KB_TYPE_CARD_VIEW, NULL);
}

void
kb_card_view_set_session (KbCardView *self,
                          KbSession  *session)
{
  g_return_if_fail (KB_IS_CARD_VIEW (self));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  kb_card_textures_clear (self->textures);
  self->shown = session != NULL ? followed_card (self) : NULL;
  self->leaving = NULL;
  self->transition = TRANSITION_NONE;
  if (session != NULL)
    {
      g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed), self);
      /* The back is the first picture: its art is read while the window is still shown. */
      kb_card_renderer_prefetch_back (self->renderer, kb_session_get_deck (session));
    }
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

KbSession *
kb_card_view_get_session (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), NULL);
  return self->session;
}

/* The calm screen: nothing but the deck's colour, for a pause or a personal moment. */
void
kb_card_view_set_calm (KbCardView *self,
                       gboolean    calm)
{
  g_return_if_fail (KB_IS_CARD_VIEW (self));

  if (self->calm == calm)
    return;
  self->calm = calm;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALM]);
}

gboolean
kb_card_view_get_calm (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), FALSE);
  return self->calm;
}

void
kb_card_view_set_theme_variant (KbCardView     *self,
                                KbThemeVariant  variant)
{
  g_return_if_fail (KB_IS_CARD_VIEW (self));

  if (self->high_contrast == (variant == KB_THEME_VARIANT_HIGH_CONTRAST))
    return;
  self->high_contrast = variant == KB_THEME_VARIANT_HIGH_CONTRAST;
  apply_theme (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

/* Returns: (nullable): the card on screen once any animation ends; %NULL: the deck's back. */
KbCard *
kb_card_view_get_shown_card (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), NULL);
  return self->shown;
}

/* How many times a card was drawn with cairo; tests use it to prove the cache works. */
guint
kb_card_view_get_n_rendered (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), 0);
  return self->n_rendered;
}

/* Shows the card that comes next instead of the current one: the facilitator's preview. */
void
kb_card_view_set_follow_next (KbCardView *self,
                              gboolean    follow_next)
{
  g_return_if_fail (KB_IS_CARD_VIEW (self));

  self->follow_next = follow_next;
  if (self->session != NULL)
    self->shown = followed_card (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the card is drawn with the high-contrast theme (asked here or by the system). */
gboolean
kb_card_view_get_drawn_high_contrast (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), FALSE);
  return self->drawn_high_contrast;
}

/* Whether a card is moving or turning now; never with the system's animations off. */
gboolean
kb_card_view_is_animating (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), FALSE);
  return adw_animation_get_state (self->animation) == ADW_ANIMATION_PLAYING;
}

/* Whether the room sees this view: then a case shows no briefs (see kb_card_renderer_set_room()). */
void
kb_card_view_set_room (KbCardView *self,
                       gboolean    room)
{
  g_return_if_fail (KB_IS_CARD_VIEW (self));

  if (kb_card_renderer_get_room (self->renderer) == room)
    return;
  kb_card_renderer_set_room (self->renderer, room);
  kb_card_textures_clear (self->textures);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
kb_card_view_get_room (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), FALSE);
  return kb_card_renderer_get_room (self->renderer);
}

/* The reader's font and spacing the cards are drawn with (the "dyslexia-font" and
 * "wide-letter-spacing" settings). */
KbCardReading
kb_card_view_get_reading (KbCardView *self)
{
  g_return_val_if_fail (KB_IS_CARD_VIEW (self), KB_CARD_READING_DEFAULT);
  return kb_card_renderer_get_reading (self->renderer);
}
