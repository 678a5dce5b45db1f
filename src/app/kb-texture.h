/* Turning what src/render drew with cairo into a texture GTK can show and transform. */
#pragma once

#include <cairo.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkTexture *kb_texture_new_for_surface (cairo_surface_t *surface);
void        kb_texture_append          (GtkSnapshot           *snapshot,
                                        GtkWidget             *widget,
                                        GdkTexture            *texture,
                                        const graphene_rect_t *bounds);

G_END_DECLS
