/* Forward declarations of the model, so headers need not include each other. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KbText KbText;
typedef struct _KbCategory KbCategory;
typedef struct _KbCard KbCard;
typedef struct _KbDeck KbDeck;
typedef struct _KbBoard KbBoard;
typedef struct _KbSquare KbSquare;
typedef struct _KbProblems KbProblems;

G_END_DECLS
