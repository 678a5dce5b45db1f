/* What the locator's scanner (kb-json-locator.c) and its tree (kb-json-locator-tree.c) share. */
#pragma once

#include "kb-json-locator.h"
#include "kb-problems.h"

G_BEGIN_DECLS

typedef struct
{
  guint32 line;
  guint32 column;
  guint32 key_line;
  guint32 key_column;
  guint32 first_child;
  guint32 last_child;
  guint32 next_sibling;
  const char *key;          /* in the string chunk; NULL for array elements and the root */
} KbLocNode;

struct _KbJsonLocator
{
  const char *data;
  const char *end;
  const char *p;
  guint line;
  const char *line_start;
  const char *column_at;    /* a cache, so a file on one long line is not scanned quadratically */
  guint column_value;
  gsize offset;
  GArray *nodes;            /* KbLocNode */
  GStringChunk *keys;
  KbProblems *problems;
  gboolean failed;
};

G_END_DECLS
