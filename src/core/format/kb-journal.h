/* A state file that grows with the history (a card session's log, a board game's moves) kept as
 * a snapshot (NAME, the file format it always had, plus a "journal" member) and an append-only
 * journal beside it (NAME.journal): one JSON line per move, written and fsync'd off the main
 * thread, so a move costs the same after two hours as at the start. The journal is folded into
 * the snapshot now and then (compaction), also off the main thread. Reading folds the journal in
 * again; a last line cut off by a kill is left out and told. Old snapshots without a journal
 * still load as they are. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Applies one journal @line to the @snapshot's root object; FALSE when the line is not one. */
typedef gboolean (*KbJournalApply) (JsonObject *snapshot,
                                    JsonObject *line);

#define KB_TYPE_JOURNAL (kb_journal_get_type ())
G_DECLARE_FINAL_TYPE (KbJournal, kb_journal, KB, JOURNAL, GObject)

KbJournal *kb_journal_new            (GFile          *snapshot,
                                      KbJournalApply  apply);
GFile     *kb_journal_get_snapshot   (KbJournal      *self);
gboolean   kb_journal_wants_snapshot (KbJournal      *self);
void       kb_journal_replace        (KbJournal      *self,
                                      char           *snapshot_json);
void       kb_journal_append         (KbJournal      *self,
                                      char           *line_json);
gboolean   kb_journal_flush          (KbJournal      *self,
                                      GError        **error);
gboolean   kb_journal_get_failing    (KbJournal      *self);
const GError *kb_journal_get_error   (KbJournal      *self);
/* For benchmarks and tests: compactions done so far. */
guint      kb_journal_get_n_compactions (KbJournal   *self);

GFile     *kb_journal_file_for       (GFile          *snapshot);
GBytes    *kb_journal_fold           (GFile          *snapshot,
                                      GBytes         *snapshot_bytes,
                                      KbJournalApply  apply,
                                      char          **notice);
gboolean   kb_journal_forget         (GFile          *snapshot,
                                      GError        **error);

G_END_DECLS
