/* The words of a kept session log (kletsborden-session-log, version 1). glib-mkenums turns this
 * header into one GEnum type per enum (kb-play-enum-types.h); its nicks are the words the file
 * and the CSV use, through kb_enum_to_nick() and kb_enum_from_nick(). Renaming a value renames
 * a word of the file: tests/session/data/every-event.json holds them all. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What happened to a card, as the log keeps it: "shown", "passed", "put-away", "put-back"; and
 * to the session: "shuffled", "language" (then card_id is "", and for a language card_text is
 * the new language's code). */
typedef enum
{
  KB_LOG_SHOWN,
  KB_LOG_PASSED,
  KB_LOG_PUT_AWAY,
  KB_LOG_PUT_BACK,
  KB_LOG_SHUFFLED,
  KB_LOG_LANGUAGE,
} KbLogEvent;

G_END_DECLS
