/* The card the room sees: drawn by src/render once per size into a texture, animated by
 * transforming that texture. */
#pragma once

#include <gtk/gtk.h>

#include "kb-card-renderer.h"
#include "kb-session.h"
#include "kb-theme.h"

G_BEGIN_DECLS

#define KB_TYPE_CARD_VIEW (kb_card_view_get_type ())
G_DECLARE_FINAL_TYPE (KbCardView, kb_card_view, KB, CARD_VIEW, GtkWidget)

KbCardView *kb_card_view_new                (void);
void        kb_card_view_set_session        (KbCardView     *self,
                                             KbSession      *session);
KbSession  *kb_card_view_get_session        (KbCardView     *self);
void        kb_card_view_set_calm           (KbCardView     *self,
                                             gboolean        calm);
gboolean    kb_card_view_get_calm           (KbCardView     *self);
void        kb_card_view_set_theme_variant  (KbCardView     *self,
                                             KbThemeVariant  variant);
KbCard     *kb_card_view_get_shown_card     (KbCardView     *self);
void        kb_card_view_set_follow_next    (KbCardView     *self,
                                             gboolean        follow_next);
guint       kb_card_view_get_n_rendered     (KbCardView     *self);
gboolean    kb_card_view_get_drawn_high_contrast (KbCardView *self);
gboolean    kb_card_view_is_animating       (KbCardView     *self);
void        kb_card_view_set_room           (KbCardView     *self,
                                             gboolean        room);
gboolean    kb_card_view_get_room           (KbCardView     *self);
KbCardReading kb_card_view_get_reading      (KbCardView     *self);

G_END_DECLS
