/* The words of a kept session log (kletsborden-session-log, version 1). glib-mkenums turns this
 * header into one GEnum type per enum (kb-play-enum-types.h); its nicks are the words the file
 * and the CSV use, through kb_enum_to_nick() and kb_enum_from_nick(). Renaming a value renames
 * a word of the file: tests/session/data/every-event.json holds them all. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What happened to a card, as the log keeps it: "shown", "passed", "put-away". */
typedef enum
{
  KB_LOG_SHOWN,
  KB_LOG_PASSED,
  KB_LOG_PUT_AWAY,
} KbLogEvent;

G_END_DECLS
