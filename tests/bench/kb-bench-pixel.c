/* A display-level timer: kb-bench-pixel [--settle MS] [--timeout MS] -- COMMAND [ARGS…]
 * Starts COMMAND and watches the X screen (the root window of $DISPLAY: under weston's x11
 * backend, what the compositor shows) from outside the program, as a camera would: the time
 * the screen first changed, and the time of its last change before it stayed the same for
 * SETTLE ms (default 1500): the moment the program's picture was complete. Then ends COMMAND.
 * Prints "first_change_ms N", "settled_ms N" and "changes N". The screen is sampled along nine
 * rows and its middle column every 2 ms; a program that never settles within TIMEOUT
 * ms (default 30000) is an error. Before it starts COMMAND it waits until the screen has
 * stood still for QUIET_MS (a compositor fades out the window of the run before: those
 * changes are not the program's). Nothing of the measured program runs in this process.
 * KB_BENCH_PIXEL_SHOTS=DIR writes the whole screen at half size as DIR/change-N.ppm at each
 * change, to see what changed (each shot takes a few ms, so the times shift a little). */
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define QUIET_MS 700

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static uint64_t
mix (uint64_t hash,
     unsigned long pixel)
{
  /* FNV-1a over the pixel's bytes. */
  for (int i = 0; i < 4; i++)
    {
      hash ^= (pixel >> (8 * i)) & 0xff;
      hash *= 1099511628211ULL;
    }
  return hash;
}

static uint64_t
hash_line (Display *display,
           Window   root,
           int      x,
           int      y,
           int      width,
           int      height,
           uint64_t hash)
{
  XImage *image = XGetImage (display, root, x, y, width, height, AllPlanes, ZPixmap);

  if (image == NULL)
    return hash;
  for (int j = 0; j < height; j++)
    for (int i = 0; i < width; i++)
      hash = mix (hash, XGetPixel (image, i, j));
  XDestroyImage (image);
  return hash;
}

/* One look at the screen: a fingerprint of nine of its rows and its middle column (a card's
 * text, colour and frame all cross them), at a few hundred bytes a row instead of 8 MB for the
 * whole screen. */
static uint64_t
look (Display *display,
      Window   root,
      int      width,
      int      height)
{
  uint64_t hash = 14695981039346656037ULL;

  for (int row = 1; row < 10; row++)
    hash = hash_line (display, root, 0, height * row / 10, width, 1, hash);
  return hash_line (display, root, width / 2, 0, 1, height, hash);
}

static void
write_shot (Display    *display,
            Window      root,
            int         width,
            int         height,
            const char *dir,
            unsigned    n,
            double      t)
{
  XImage *image = XGetImage (display, root, 0, 0, width, height, AllPlanes, ZPixmap);
  char path[4096];
  FILE *file;

  if (image == NULL)
    return;
  snprintf (path, sizeof path, "%s/change-%02u-%.0fms.ppm", dir, n, t);
  file = fopen (path, "wb");
  if (file != NULL)
    {
      fprintf (file, "P6\n%d %d\n255\n", width / 2, height / 2);
      for (int j = 0; j < height / 2; j++)
        for (int i = 0; i < width / 2; i++)
          {
            unsigned long pixel = XGetPixel (image, 2 * i, 2 * j);
            unsigned char rgb[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };
            fwrite (rgb, 1, 3, file);
          }
      fclose (file);
    }
  XDestroyImage (image);
}

static void
end_child (pid_t pid)
{
  int status;

  kill (pid, SIGTERM);
  for (int i = 0; i < 300; i++)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      usleep (10000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

int
main (int   argc,
      char *argv[])
{
  double settle = 1500, timeout = 30000, start, first = -1, last = -1;
  unsigned changes = 0;
  Display *display;
  Window root;
  XWindowAttributes attributes;
  uint64_t before, seen;
  pid_t pid;
  int arg = 1;
  int trace = getenv ("KB_BENCH_PIXEL_TRACE") != NULL;   /* each change's time, on stderr */
  const char *shots = getenv ("KB_BENCH_PIXEL_SHOTS");

  for (; arg < argc && strcmp (argv[arg], "--") != 0; arg++)
    {
      if (strcmp (argv[arg], "--settle") == 0 && arg + 1 < argc)
        settle = atof (argv[++arg]);
      else if (strcmp (argv[arg], "--timeout") == 0 && arg + 1 < argc)
        timeout = atof (argv[++arg]);
      else
        break;
    }
  if (arg >= argc - 1 || strcmp (argv[arg], "--") != 0)
    {
      fprintf (stderr, "Usage: kb-bench-pixel [--settle MS] [--timeout MS] -- COMMAND [ARGS…]\n");
      return 2;
    }
  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "kb-bench-pixel: no X display\n");
      return 2;
    }
  root = DefaultRootWindow (display);
  XGetWindowAttributes (display, root, &attributes);
  /* The screen still moving when we start (the compositor fading out the window of the run
   * before) would count as this program's changes: wait until it stood still for a while. */
  before = look (display, root, attributes.width, attributes.height);
  for (double still = now_ms (), begin = still; now_ms () - still < QUIET_MS;)
    {
      uint64_t hash;

      usleep (2000);
      hash = look (display, root, attributes.width, attributes.height);
      if (hash != before)
        {
          before = hash;
          still = now_ms ();
        }
      if (now_ms () - begin > timeout)
        {
          fprintf (stderr, "kb-bench-pixel: the screen never stood still before the start\n");
          return 1;
        }
    }
  seen = before;

  start = now_ms ();
  if (trace)
    fprintf (stderr, "launch_us %.0f\n", start * 1000);
  pid = fork ();
  if (pid == 0)
    {
      execvp (argv[arg + 1], argv + arg + 1);
      fprintf (stderr, "kb-bench-pixel: cannot start %s: %s\n", argv[arg + 1], strerror (errno));
      _exit (127);
    }

  for (;;)
    {
      double t;
      uint64_t hash;
      int status;

      usleep (2000);
      hash = look (display, root, attributes.width, attributes.height);
      t = now_ms () - start;
      if (hash != seen)
        {
          if (first < 0)
            first = t;
          last = t;
          seen = hash;
          changes++;
          if (trace)
            fprintf (stderr, "change %.1f\n", t);
          if (shots != NULL)
            write_shot (display, root, attributes.width, attributes.height, shots, changes, t);
        }
      if (last >= 0 && t - last >= settle)
        break;
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          fprintf (stderr, "kb-bench-pixel: %s exited before its picture settled\n",
                   argv[arg + 1]);
          return 1;
        }
      if (t > timeout)
        {
          fprintf (stderr, "kb-bench-pixel: the screen %s within %.0f ms\n",
                   seen == before ? "never changed" : "never settled", timeout);
          end_child (pid);
          return 1;
        }
    }
  end_child (pid);
  printf ("first_change_ms %.1f\nsettled_ms %.1f\nchanges %u\n", first, last, changes);
  return 0;
}
