/* One trial drawing of an SVG file in a thread of its own (kb-svg-cache.c's first use of a
 * file): librsvg 2.54 cannot be cancelled, so a file that takes too long is left to finish there
 * while the caller goes on without it. */
#pragma once

#include <glib-object.h>
#include <librsvg/rsvg.h>

G_BEGIN_DECLS

typedef struct _KbSvgProbe KbSvgProbe;

KbSvgProbe *kb_svg_probe_start      (const char   *path,
                                     GObject      *owner,
                                     GSourceFunc   settle,
                                     char        **message);
KbSvgProbe *kb_svg_probe_ref        (KbSvgProbe   *probe);
void        kb_svg_probe_unref      (KbSvgProbe   *probe);
const char *kb_svg_probe_get_path   (KbSvgProbe   *probe);
GObject    *kb_svg_probe_get_owner  (KbSvgProbe   *probe);
gboolean    kb_svg_probe_wait       (KbSvgProbe   *probe,
                                     gint64        deadline);
RsvgHandle *kb_svg_probe_result     (KbSvgProbe   *probe,
                                     guint         budget_ms,
                                     char        **message);

G_END_DECLS
