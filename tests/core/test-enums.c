/* The words of every enum of format v1 come from one place, the GEnum types glib-mkenums makes
 * of kb-enums.h; the schema lists the same words, in the same order. */
#include <json-glib/json-glib.h>

#include "kb-deck.h"
#include "kb-enum-util.h"

typedef struct
{
  const char *path;   /* members from the schema's root, '/'-separated */
  GType (*get_type) (void);
} SchemaEnum;

static const SchemaEnum schema_enums[] = {
  { "$defs/card/properties/kind/enum", kb_card_kind_get_type },
  { "$defs/card/properties/intensity/enum", kb_intensity_get_type },
  { "$defs/card/properties/asks/enum", kb_asks_get_type },
  { "properties/reading/enum", kb_reading_get_type },
  { "$defs/board/properties/shape/enum", kb_board_shape_get_type },
  { "$defs/board/properties/squares/items/properties/special/enum", kb_special_get_type },
};

static JsonNode *
schema_root (JsonParser *parser)
{
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "format-v1.schema.json", NULL);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_parser_get_root (parser);
}

static void
test_schema_lists_the_nicks (gconstpointer data)
{
  const SchemaEnum *e = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *node = schema_root (parser);
  g_auto(GStrv) steps = g_strsplit (e->path, "/", -1);
  g_auto(GStrv) nicks = kb_enum_dup_nicks (e->get_type ());
  JsonArray *list;

  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
      node = json_object_get_member (json_node_get_object (node), steps[i]);
      g_assert_nonnull (node);
    }
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  list = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (list), ==, g_strv_length (nicks));
  for (guint i = 0; nicks[i] != NULL; i++)
    g_assert_cmpstr (json_array_get_string_element (list, i), ==, nicks[i]);
}

static void
test_round_trip (void)
{
  KbCardKind kind;
  KbIntensity intensity;
  KbBoardShape shape;
  KbSpecial special;
  KbAsks asks;
  int value;

  for (guint i = KB_CARD_KIND_QUESTION; i <= KB_CARD_KIND_REFLECTION; i++)
    {
      g_assert_true (kb_card_kind_from_string (kb_card_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_cmpstr (kb_card_kind_to_string (KB_CARD_KIND_CASE), ==, "case");
  g_assert_false (kb_card_kind_from_string ("Case", &kind));
  g_assert_null (kb_intensity_to_string (KB_INTENSITY_UNSET));
  g_assert_false (kb_intensity_from_string ("unset", &intensity));
  g_assert_true (kb_intensity_from_string ("deep", &intensity));
  g_assert_cmpint (intensity, ==, KB_INTENSITY_DEEP);
  g_assert_true (kb_board_shape_from_string ("snake", &shape));
  g_assert_cmpint (shape, ==, KB_BOARD_SHAPE_SNAKE);
  g_assert_true (kb_special_from_string ("rest", &special));
  g_assert_cmpint (special, ==, KB_SPECIAL_REST);
  g_assert_false (kb_special_from_string ("none", &special));
  g_assert_null (kb_special_to_string (KB_SPECIAL_NONE));
  g_assert_null (kb_special_to_string ((KbSpecial) 99));
  g_assert_true (kb_asks_from_string ("professional", &asks));
  g_assert_cmpint (asks, ==, KB_ASKS_PROFESSIONAL);
  g_assert_null (kb_asks_to_string (KB_ASKS_NONE));
  g_assert_true (kb_enum_from_nick (KB_TYPE_READING, "easy", &value));
  g_assert_cmpint (value, ==, KB_READING_EASY);
  g_assert_false (kb_enum_from_nick (KB_TYPE_READING, NULL, &value));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (schema_enums); i++)
    {
      g_autofree char *name = g_strdup_printf ("/enums/schema/%s", schema_enums[i].path);
      g_test_add_data_func (name, &schema_enums[i], test_schema_lists_the_nicks);
    }
  g_test_add_func ("/enums/round-trip", test_round_trip);
  return g_test_run ();
}
