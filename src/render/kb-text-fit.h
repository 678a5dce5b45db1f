/* Text as large as it can be in a box, and never outside it. */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct
{
  double   size;         /* the font size chosen, in user units */
  double   width;        /* the laid-out text's extents, in user units */
  double   height;
  int      n_lines;
  gboolean broke_words;  /* a word had to be split (with a hyphen) to fit */
} KbTextFit;

PangoContext *kb_text_context_new     (cairo_t                    *cr);
PangoLayout  *kb_text_fit             (PangoContext               *context,
                                       const char                 *markup,
                                       const PangoFontDescription *font,
                                       double                      width,
                                       double                      height,
                                       double                      max_size,
                                       KbTextFit                  *fit);
PangoLayout  *kb_text_fit_aligned     (PangoContext               *context,
                                       const char                 *markup,
                                       const PangoFontDescription *font,
                                       double                      width,
                                       double                      height,
                                       double                      max_size,
                                       PangoAlignment              align,
                                       int                         many_lines,
                                       PangoAlignment              many_align,
                                       KbTextFit                  *fit);
PangoLayout  *kb_text_fit_shared      (PangoContext               *context,
                                       const char                 *markup,
                                       const PangoFontDescription *font,
                                       double                      width,
                                       double                      height,
                                       double                      max_size,
                                       PangoAlignment              align,
                                       gboolean                    balance,
                                       KbTextFit                  *fit);
double        kb_text_fit_balance     (PangoLayout                *layout);
void          kb_text_fit_forget      (void);
gboolean      kb_text_fit_is_inside   (PangoLayout                *layout,
                                       double                      width,
                                       double                      height);
void          kb_text_fit_extents     (PangoLayout                *layout,
                                       double                     *x,
                                       double                     *y,
                                       double                     *width,
                                       double                     *height);

G_END_DECLS
