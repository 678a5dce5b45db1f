/* Enum values and their words, through the GEnumClass glib-mkenums generates. The class is
 * kept (never unreffed) once it exists, so the nicks it returns live as long as the program. */
#define G_LOG_DOMAIN "kletsborden-enums"

#include "kb-enum-util.h"

static GEnumClass *
enum_class (GType type)
{
  GEnumClass *klass = g_type_class_peek (type);

  if (klass == NULL)
    klass = g_type_class_ref (type);
  return klass;
}

/**
 * kb_enum_to_nick:
 *
 * Returns: (nullable): the word for @value, such as "case"; %NULL for a value without one
 *   (the "unset" and "none" values, which a file writes by leaving the member out)
 */
const char *
kb_enum_to_nick (GType type,
                 int   value)
{
  GEnumValue *v;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);
  v = g_enum_get_value (enum_class (type), value);
  return v != NULL ? v->value_nick : NULL;
}

gboolean
kb_enum_from_nick (GType       type,
                   const char *nick,
                   int        *value)
{
  GEnumValue *v;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), FALSE);
  if (nick == NULL)
    return FALSE;
  v = g_enum_get_value_by_nick (enum_class (type), nick);
  if (v == NULL)
    return FALSE;
  if (value != NULL)
    *value = v->value;
  return TRUE;
}

/**
 * kb_enum_dup_nicks:
 *
 * Returns: (transfer full): every word of @type, in the order of its values
 */
GStrv
kb_enum_dup_nicks (GType type)
{
  GEnumClass *klass;
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);
  klass = enum_class (type);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < klass->n_values; i++)
    g_strv_builder_add (builder, klass->values[i].value_nick);
  return g_strv_builder_end (builder);
}
