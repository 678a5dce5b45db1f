/* Real key presses (and pointer moves) in mutter, through its RemoteDesktop D-Bus API, for the
 * UI tests and the figures script. A remote-desktop session dies with the bus connection that
 * created it, so this one process lives for the whole test: it reads one request a line on
 * stdin and answers "ok" (or "error: …") on stdout once mutter has taken it.
 *
 *   Page_Down          a key, by its keysym name (xdotool's names)
 *   alt+Left           modifiers first (shift, ctrl, alt, super), released in reverse order
 *   pointer DX DY      moves the pointer by DX, DY pixels (clamped to the screens)
 *   click              the left button, pressed and released
 *
 * See DESIGN.md, "Testing in a real compositor". */
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <xkbcommon/xkbcommon.h>

#define BUS_NAME "org.gnome.Mutter.RemoteDesktop"
#define SESSION_INTERFACE "org.gnome.Mutter.RemoteDesktop.Session"
#define BTN_LEFT 0x110   /* linux/input-event-codes.h */

static GDBusConnection *bus;
static char *session_path;

static gboolean
call (const char  *method,
      GVariant    *parameters,
      GError     **error)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, BUS_NAME, session_path,
                                                           SESSION_INTERFACE, method, parameters,
                                                           NULL, G_DBUS_CALL_FLAGS_NONE, 5000,
                                                           NULL, error);
  return reply != NULL;
}

static gboolean
send_keysym (guint     keysym,
             gboolean  pressed,
             GError  **error)
{
  return call ("NotifyKeyboardKeysym", g_variant_new ("(ub)", keysym, pressed), error);
}

static guint
keysym_from_name (const char *name)
{
  static const struct { const char *name; const char *keysym; } modifiers[] = {
    { "shift", "Shift_L" }, { "ctrl", "Control_L" }, { "control", "Control_L" },
    { "alt", "Alt_L" }, { "super", "Super_L" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (g_ascii_strcasecmp (name, modifiers[i].name) == 0)
      name = modifiers[i].keysym;
  return xkb_keysym_from_name (name, XKB_KEYSYM_NO_FLAGS);
}

/* "alt+Left": every part pressed in order, then released in reverse. */
static gboolean
send_keys (const char  *spec,
           GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (spec, "+", -1);
  guint n = g_strv_length (parts);
  g_autofree guint *keysyms = g_new0 (guint, n);
  gboolean ok = TRUE;
  guint pressed = 0;

  for (guint i = 0; i < n; i++)
    if ((keysyms[i] = keysym_from_name (parts[i])) == XKB_KEY_NoSymbol)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "no keysym “%s”", parts[i]);
        return FALSE;
      }
  for (; pressed < n && ok; pressed++)
    ok = send_keysym (keysyms[pressed], TRUE, error);
  /* Release what was pressed, even after an error: a stuck Alt spoils every later key. */
  while (pressed > 0)
    {
      pressed--;
      if (!send_keysym (keysyms[pressed], FALSE, ok ? error : NULL))
        ok = FALSE;
    }
  return ok;
}

static gboolean
handle (const char  *line,
        GError     **error)
{
  double dx, dy;

  if (sscanf (line, "pointer %lf %lf", &dx, &dy) == 2)
    return call ("NotifyPointerMotionRelative", g_variant_new ("(dd)", dx, dy), error);
  if (g_str_equal (line, "click"))
    return call ("NotifyPointerButton", g_variant_new ("(ib)", BTN_LEFT, TRUE), error) &&
           call ("NotifyPointerButton", g_variant_new ("(ib)", BTN_LEFT, FALSE), error);
  return send_keys (line, error);
}

static gboolean
start_session (GError **error)
{
  g_autoptr(GVariant) reply = NULL;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, error);
  if (bus == NULL)
    return FALSE;
  /* The Wayland socket can be there a moment before mutter's D-Bus API. */
  for (int tries = 0; reply == NULL; tries++)
    {
      g_autoptr(GError) local_error = NULL;

      reply = g_dbus_connection_call_sync (bus, BUS_NAME, "/org/gnome/Mutter/RemoteDesktop",
                                           "org.gnome.Mutter.RemoteDesktop", "CreateSession",
                                           NULL, G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE,
                                           5000, NULL, &local_error);
      if (reply == NULL &&
          (tries == 100 || !g_error_matches (local_error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN)))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (reply == NULL)
        g_usleep (100 * 1000);
    }
  g_variant_get (reply, "(o)", &session_path);
  if (!call ("Start", NULL, error))
    return FALSE;
  /* The first key after Start may be lost: spend it on a Shift. */
  return send_keys ("Shift_L", error);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  char line[256];

  setvbuf (stdout, NULL, _IOLBF, 0);
  if (!start_session (&error))
    {
      printf ("error: %s\n", error->message);
      return 1;
    }
  printf ("ready\n");
  while (fgets (line, sizeof line, stdin) != NULL)
    {
      g_strstrip (line);
      if (line[0] == '\0')
        continue;
      if (handle (line, &error))
        printf ("ok\n");
      else
        {
          printf ("error: %s\n", error->message);
          g_clear_error (&error);
        }
    }
  call ("Stop", NULL, NULL);
  return 0;
}
