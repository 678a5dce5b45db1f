/* Read-aloud for one page: R and the button read the card; with the `read-aloud` setting each
 * new card is read by itself; a new card stops what was being read. */
#pragma once

#include <gtk/gtk.h>

#include "kb-deck.h"
#include "kb-speaker.h"

G_BEGIN_DECLS

#define KB_TYPE_READ_ALOUD (kb_read_aloud_get_type ())
G_DECLARE_FINAL_TYPE (KbReadAloud, kb_read_aloud, KB, READ_ALOUD, GObject)

KbReadAloud *kb_read_aloud_new           (GtkLabel    *message);
void         kb_read_aloud_read_card     (KbReadAloud *self,
                                          KbDeck      *deck,
                                          KbCard      *card,
                                          const char  *lang);
void         kb_read_aloud_card_changed  (KbReadAloud *self,
                                          KbDeck      *deck,
                                          KbCard      *card,
                                          const char  *lang,
                                          const char  *before);
void         kb_read_aloud_announce      (KbReadAloud *self,
                                          const char  *text,
                                          const char  *lang);
void         kb_read_aloud_stop          (KbReadAloud *self);
gboolean     kb_read_aloud_get_automatic (KbReadAloud *self);
char        *kb_read_aloud_words         (KbCard      *card,
                                          KbDeck      *deck,
                                          const char  *lang);

G_END_DECLS
