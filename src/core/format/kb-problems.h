/* Every problem found in one file, each with its line and column, errors and warnings apart. */
#pragma once

#include <glib-object.h>

#include "kb-types.h"

G_BEGIN_DECLS

typedef enum
{
  KB_PROBLEM_ERROR,
  KB_PROBLEM_WARNING,
} KbProblemLevel;

#define KB_TYPE_PROBLEMS (kb_problems_get_type ())

GType           kb_problems_get_type     (void) G_GNUC_CONST;
KbProblems     *kb_problems_new          (const char     *display_name);
KbProblems     *kb_problems_ref          (KbProblems     *self);
void            kb_problems_unref        (KbProblems     *self);

const char     *kb_problems_get_display_name (KbProblems *self);
void            kb_problems_set_display_name (KbProblems *self,
                                              const char *display_name);

void            kb_problems_add          (KbProblems     *self,
                                          KbProblemLevel  level,
                                          guint           line,
                                          guint           column,
                                          const char     *format,
                                          ...) G_GNUC_PRINTF (5, 6);
void            kb_problems_add_literal  (KbProblems     *self,
                                          KbProblemLevel  level,
                                          guint           line,
                                          guint           column,
                                          const char     *message);
void            kb_problems_sort         (KbProblems     *self);

guint           kb_problems_get_n_items  (KbProblems     *self);
guint           kb_problems_get_n_errors (KbProblems     *self);
guint           kb_problems_get_n_warnings (KbProblems   *self);
KbProblemLevel  kb_problems_get_level    (KbProblems     *self,
                                          guint           index);
guint           kb_problems_get_line     (KbProblems     *self,
                                          guint           index);
guint           kb_problems_get_column   (KbProblems     *self,
                                          guint           index);
const char     *kb_problems_get_message  (KbProblems     *self,
                                          guint           index);
char           *kb_problems_format       (KbProblems     *self,
                                          guint           index);
GStrv           kb_problems_to_strv      (KbProblems     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbProblems, kb_problems_unref)

G_END_DECLS
