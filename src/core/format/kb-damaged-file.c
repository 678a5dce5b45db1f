/* Setting a damaged state file aside (kb-damaged-file.h). The new name no longer ends in
 * ".json", so the readers that list a folder of saved games pass it by. */
#define G_LOG_DOMAIN "kletsborden-read"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-damaged-file.h"

G_DEFINE_QUARK (kb-damaged-file-error-quark, kb_damaged_file_error)

/* How many files set aside in the same second get a number of their own. */
#define MAX_TRIES 100

/* The message of @reason as a clause: without its full stop, as it goes inside a sentence. */
static char *
reason_clause (const GError *reason)
{
  char *text = g_strdup (reason != NULL ? reason->message : "");

  g_strstrip (text);
  if (g_str_has_suffix (text, "."))
    text[strlen (text) - 1] = '\0';
  return text;
}

/**
 * kb_damaged_file_set_aside:
 * @file: the state file that could not be read
 * @reason: (nullable): why it could not be read
 * @now: (nullable): the time for its new name; %NULL for now
 * @moved_to: (out) (optional) (transfer full) (nullable): where it went
 *
 * Moves @file to "NAME.damaged-YYYY-MM-DDTHH-MM-SS" in its folder (with "-2", "-3" … when that
 * name is taken), without following a link: a link to /dev/zero is moved, not what it points at.
 *
 * Returns: (transfer full): a message for the user, always: %KB_DAMAGED_FILE_ERROR_SET_ASIDE
 *   naming the file, the reason and the new name, or %KB_DAMAGED_FILE_ERROR_NOT_SET_ASIDE with
 *   the reason it could not be moved as well
 */
GError *
kb_damaged_file_set_aside (GFile         *file,
                           const GError  *reason,
                           GDateTime     *now,
                           GFile        **moved_to)
{
  g_autoptr(GDateTime) own_now = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *why = reason_clause (reason);

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (moved_to != NULL)
    *moved_to = NULL;
  if (now == NULL)
    now = own_now = g_date_time_new_now_local ();
  parent = g_file_get_parent (file);
  base = g_file_get_basename (file);
  stamp = g_date_time_format (now, "%Y-%m-%dT%H-%M-%S");

  for (guint i = 1; parent != NULL && i <= MAX_TRIES; i++)
    {
      g_autofree char *new_base = i == 1 ? g_strdup_printf ("%s.damaged-%s", base, stamp)
                                         : g_strdup_printf ("%s.damaged-%s-%u", base, stamp, i);
      g_autoptr(GFile) target = g_file_get_child (parent, new_base);
      g_autofree char *target_name = NULL;

      g_clear_error (&move_error);
      if (!g_file_move (file, target, G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                        NULL, NULL, NULL, &move_error))
        {
          if (g_error_matches (move_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
            continue;
          break;
        }
      target_name = g_file_get_parse_name (target);
      if (moved_to != NULL)
        *moved_to = g_object_ref (target);
      /* A reason that names the file already is a sentence of its own: not the name twice. */
      if (reason != NULL && strstr (reason->message, name) != NULL)
        return g_error_new (KB_DAMAGED_FILE_ERROR, KB_DAMAGED_FILE_ERROR_SET_ASIDE,
                            _("%s It has been kept as %s, so nothing is lost; the app goes on "
                              "without it."), reason->message, target_name);
      return g_error_new (KB_DAMAGED_FILE_ERROR, KB_DAMAGED_FILE_ERROR_SET_ASIDE,
                          _("%s could not be read (%s). It has been kept as %s, so nothing "
                            "is lost; the app goes on without it."),
                          name, why, target_name);
    }
  return g_error_new (KB_DAMAGED_FILE_ERROR, KB_DAMAGED_FILE_ERROR_NOT_SET_ASIDE,
                      _("%s could not be read (%s), and it could not be set aside either: %s"),
                      name, why, move_error != NULL ? move_error->message
                                                    : _("too many damaged files of that name"));
}
