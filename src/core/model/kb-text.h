/* A text in several languages, falling back to the deck's first language. */
#pragma once

#include <glib-object.h>

#include "kb-types.h"

G_BEGIN_DECLS

#define KB_TYPE_TEXT (kb_text_get_type ())

GType        kb_text_get_type       (void) G_GNUC_CONST;
KbText      *kb_text_new            (void);
KbText      *kb_text_new_plain      (const char   *value);
KbText      *kb_text_ref            (KbText       *self);
void         kb_text_unref          (KbText       *self);
void         kb_text_set            (KbText       *self,
                                     const char   *lang,
                                     const char   *value);
const char  *kb_text_get            (const KbText *self,
                                     const char   *lang,
                                     const char   *fallback_lang);
gboolean     kb_text_has            (const KbText *self,
                                     const char   *lang);
gboolean     kb_text_is_plain       (const KbText *self);
GStrv        kb_text_dup_languages  (const KbText *self);
guint        kb_text_get_n_languages (const KbText *self);
const char  *kb_text_get_language   (const KbText *self,
                                     guint         index);
const char  *kb_text_get_value      (const KbText *self,
                                     guint         index);
const char  *kb_text_get_fallback_language (const KbText *self,
                                     const char   *fallback_lang);

KbText      *kb_text_edit           (const KbText *self,
                                     const char   *lang,
                                     const char   *value,
                                     const char * const *languages);
gboolean     kb_text_equal          (const KbText *a,
                                     const KbText *b);
gboolean     kb_text_is_language_code (const char *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbText, kb_text_unref)

G_END_DECLS
