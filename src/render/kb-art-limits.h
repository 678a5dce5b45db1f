/* Limits on a deck's SVG art, so that art that validates can never freeze the app or an export:
 * each is checked once per file by the SVG cache, and --validate reports what passes none. */
#pragma once

/* Card art and icons are a few kilobytes to a few hundred; a 50 MB SVG held the window for
 * 105 s at 1.44 GB. Bigger files are refused before librsvg parses them. */
#define KB_ART_MAX_FILE_SIZE        (5 * 1024 * 1024)
/* A trial drawing at this size (pixels, square) must finish within the budget below; filters
 * like feTurbulence and <use> fan-outs cost seconds per frame otherwise. */
#define KB_ART_PROBE_SIDE           512
#define KB_ART_RENDER_BUDGET_MS     1500
/* An intrinsic size beyond this (pixels) is a wrong file, not art. */
#define KB_ART_MAX_INTRINSIC_SIDE   100000.0
