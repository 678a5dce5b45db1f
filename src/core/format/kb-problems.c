/* The list a validation fills: kept in reading order, sorted by position before anyone sees it,
 * and capped so that a hopeless file stays fast to report. */
#define G_LOG_DOMAIN "kletsborden-problems"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-limits.h"
#include "kb-problems.h"
#include "kb-text-safety.h"

typedef struct
{
  KbProblemLevel level;
  guint line;
  guint column;
  char *message;
} KbProblem;

struct _KbProblems
{
  gatomicrefcount ref_count;
  char *display_name;
  GPtrArray *items;         /* KbProblem */
  guint n_errors;
  guint n_warnings;
  gboolean capped;
};

G_DEFINE_BOXED_TYPE (KbProblems, kb_problems, kb_problems_ref, kb_problems_unref)

static void
kb_problem_free (KbProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

KbProblems *
kb_problems_new (const char *display_name)
{
  KbProblems *self = g_new0 (KbProblems, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->display_name = g_strdup (display_name != NULL ? display_name : "");
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) kb_problem_free);
  return self;
}

KbProblems *
kb_problems_ref (KbProblems *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kb_problems_unref (KbProblems *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->display_name);
      g_ptr_array_unref (self->items);
      g_free (self);
    }
}

const char *
kb_problems_get_display_name (KbProblems *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->display_name;
}

void
kb_problems_set_display_name (KbProblems *self,
                              const char *display_name)
{
  g_return_if_fail (self != NULL);

  g_free (self->display_name);
  self->display_name = g_strdup (display_name != NULL ? display_name : "");
}

void
kb_problems_add_literal (KbProblems     *self,
                         KbProblemLevel  level,
                         guint           line,
                         guint           column,
                         const char     *message)
{
  KbProblem *problem;

  g_return_if_fail (self != NULL);
  g_return_if_fail (message != NULL);

  if (level == KB_PROBLEM_ERROR)
    self->n_errors++;
  else
    self->n_warnings++;

  if (self->items->len >= KB_PROBLEMS_MAX)
    {
      self->capped = TRUE;
      return;
    }

  problem = g_new0 (KbProblem, 1);
  problem->level = level;
  problem->line = line;
  problem->column = column;
  problem->message = g_strdup (message);
  g_ptr_array_add (self->items, problem);
}

void
kb_problems_add (KbProblems     *self,
                 KbProblemLevel  level,
                 guint           line,
                 guint           column,
                 const char     *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (self != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  kb_problems_add_literal (self, level, line, column, message);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const KbProblem *pa = *(const KbProblem * const *) a;
  const KbProblem *pb = *(const KbProblem * const *) b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return 0;
}

/* GLib's sort is a stable merge sort: problems at one spot stay in the order they were found. */
void
kb_problems_sort (KbProblems *self)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_sort (self->items, compare_problems);
}

guint
kb_problems_get_n_items (KbProblems *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

guint
kb_problems_get_n_errors (KbProblems *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_errors;
}

guint
kb_problems_get_n_warnings (KbProblems *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_warnings;
}

static KbProblem *
get_problem (KbProblems *self,
             guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return g_ptr_array_index (self->items, index);
}

KbProblemLevel
kb_problems_get_level (KbProblems *self,
                       guint       index)
{
  KbProblem *problem = get_problem (self, index);
  return problem != NULL ? problem->level : KB_PROBLEM_ERROR;
}

guint
kb_problems_get_line (KbProblems *self,
                      guint       index)
{
  KbProblem *problem = get_problem (self, index);
  return problem != NULL ? problem->line : 0;
}

guint
kb_problems_get_column (KbProblems *self,
                        guint       index)
{
  KbProblem *problem = get_problem (self, index);
  return problem != NULL ? problem->column : 0;
}

const char *
kb_problems_get_message (KbProblems *self,
                         guint       index)
{
  KbProblem *problem = get_problem (self, index);
  return problem != NULL ? problem->message : NULL;
}

/**
 * kb_problems_format:
 *
 * Returns: (transfer full): "file:line:column: error: message", as compilers write it, so
 *   editors and terminals can jump to the spot.
 */
char *
kb_problems_format (KbProblems *self,
                    guint       index)
{
  KbProblem *problem = get_problem (self, index);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (problem == NULL)
    return NULL;
  /* One problem per line, whatever a path or a quoted text holds. */
  name = kb_text_escape_for_line (self->display_name);
  message = kb_text_escape_for_line (problem->message);
  return g_strdup_printf ("%s:%u:%u: %s: %s", name, problem->line, problem->column,
                          problem->level == KB_PROBLEM_ERROR ? _("error") : _("warning"),
                          message);
}

/**
 * kb_problems_to_strv:
 *
 * Returns: (transfer full): every problem formatted, in order; a last line says so when the
 *   list was cut off at %KB_PROBLEMS_MAX.
 */
GStrv
kb_problems_to_strv (KbProblems *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *line = kb_problems_format (self, i);
      g_strv_builder_add (builder, line);
    }
  if (self->capped)
    {
      g_autofree char *line = g_strdup_printf (_("%s: too many problems; only the first %u are "
                                                 "shown"),
                                               self->display_name, (guint) KB_PROBLEMS_MAX);
      g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}
