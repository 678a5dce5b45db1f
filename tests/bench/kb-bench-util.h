/* What the soak benchmarks (kb-bench game, kb-bench journal) share: memory now and at its peak,
 * the load average of the shared machine, and the times of a slice of moves. */
#pragma once

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* Resident memory now, in MB. */
static inline double
kb_bench_rss_mb (void)
{
  g_autofree char *statm = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    return -1;
  fields = g_strsplit (statm, " ", -1);
  return g_strv_length (fields) < 2 ? -1
         : g_ascii_strtod (fields[1], NULL) * sysconf (_SC_PAGESIZE) / (1024.0 * 1024.0);
}

/* What the program holds on the heap now, in MB (glibc: every arena, and blocks of their own);
 * the rest of the resident memory is pages the allocator keeps for reuse, and code. */
static inline double
kb_bench_heap_mb (void)
{
#ifdef __GLIBC__
  struct mallinfo2 info = mallinfo2 ();
  return (info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
  return -1;
#endif
}

/* The resident memory once the allocator gave back every free page it can (glibc's
 * malloc_trim), in MB: what is left is the heap in use, its fragments, and code. */
static inline double
kb_bench_trimmed_rss_mb (void)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
  return kb_bench_rss_mb ();
}

/* The peak of the resident memory (VmHWM) since the start or kb_bench_reset_peak(), in MB. */
static inline double
kb_bench_peak_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

/* Starts the peak again from the memory now (Linux: "5" to clear_refs), so that one part of a
 * benchmark does not report the peak of the part before it. */
static inline void
kb_bench_reset_peak (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

static inline void
kb_bench_print_load (const char *name,
                     const char *when)
{
  g_autofree char *load = NULL;

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    g_print ("%s.load_average_%-6s %s", name, when, load);
}

static inline int
kb_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Prints the median and the slowest of @n times given in ms, in microseconds (a move in core
 * takes about one), as NAME.WHAT_us_WHICH. */
static inline void
kb_bench_print_slice (const char   *name,
                      const char   *what,
                      const char   *which,
                      const double *times,
                      guint         n)
{
  g_autofree double *sorted = g_memdup2 (times, n * sizeof *times);

  if (n == 0)
    return;
  qsort (sorted, n, sizeof *sorted, kb_bench_compare_doubles);
  g_print ("%s.%s_us_%-5s median %8.1f  max %8.1f  (%u)\n", name, what, which,
           1000 * sorted[n / 2], 1000 * sorted[n - 1], n);
}
