/* Between the journal's writer (kb-journal.c) and its reader (kb-journal-read.c). */
#pragma once

#include "kb-journal.h"

G_BEGIN_DECLS

/* The member of the snapshot, and of the journal's first line, that ties the two together. */
#define KB_JOURNAL_MEMBER "journal"

/* A reader in this process waits for the writes queued for @snapshot, so it reads what the
 * process last kept. */
void    _kb_journal_wait_for_writes (GFile           *snapshot);
GBytes *_kb_journal_fold_now        (GFile           *snapshot,
                                     GBytes          *snapshot_bytes,
                                     KbJournalApply   apply,
                                     char           **notice);

G_END_DECLS
