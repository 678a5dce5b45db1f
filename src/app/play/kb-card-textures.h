/* The card view's images of whole cards, kept by key and sized in bytes (kb-card-textures.c). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _KbCardTextures KbCardTextures;

KbCardTextures *kb_card_textures_new    (gsize           budget,
                                         guint           min_kept);
void            kb_card_textures_free   (KbCardTextures *self);
void            kb_card_textures_clear  (KbCardTextures *self);
GdkTexture     *kb_card_textures_lookup (KbCardTextures *self,
                                         const char     *key);
void            kb_card_textures_make_room (KbCardTextures *self,
                                            gsize           bytes);
void            kb_card_textures_insert (KbCardTextures *self,
                                         const char     *key,
                                         GdkTexture     *texture);
void            kb_card_textures_prepare_shadow (KbCardTextures        *self,
                                                 GtkWidget             *widget,
                                                 const graphene_rect_t *rect);
void            kb_card_textures_append_shadow (KbCardTextures        *self,
                                                GtkSnapshot           *snapshot,
                                                GtkWidget             *widget,
                                                const graphene_rect_t *rect);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbCardTextures, kb_card_textures_free)

G_END_DECLS
