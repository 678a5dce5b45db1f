/* Writes JSON the way most people and tools indent it (two spaces, "key": value), so that a
 * deck saved by the app reads like one written by hand; or compact, on one line. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _KbJsonWriter KbJsonWriter;

KbJsonWriter *kb_json_writer_new          (void);
KbJsonWriter *kb_json_writer_new_compact  (void);
GBytes       *kb_json_writer_free_to_bytes (KbJsonWriter *self);
char         *kb_json_writer_free_to_string (KbJsonWriter *self);
void          kb_json_writer_free         (KbJsonWriter *self);
void          kb_json_writer_begin_object (KbJsonWriter *self,
                                           const char   *key);
void          kb_json_writer_end_object   (KbJsonWriter *self);
void          kb_json_writer_begin_array  (KbJsonWriter *self,
                                           const char   *key);
void          kb_json_writer_end_array    (KbJsonWriter *self);
void          kb_json_writer_string       (KbJsonWriter *self,
                                           const char   *key,
                                           const char   *value);
void          kb_json_writer_int          (KbJsonWriter *self,
                                           const char   *key,
                                           gint64        value);
void          kb_json_writer_boolean      (KbJsonWriter *self,
                                           const char   *key,
                                           gboolean      value);
void          kb_json_writer_null         (KbJsonWriter *self,
                                           const char   *key);
void          kb_json_writer_node         (KbJsonWriter *self,
                                           const char   *key,
                                           JsonNode     *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbJsonWriter, kb_json_writer_free)

G_END_DECLS
