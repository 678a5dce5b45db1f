/* Text as spreadsheets save it, turned into UTF-8: Excel writes "CSV UTF-8" with a byte order
 * mark, "Unicode text" as UTF-16 with one, and plain "CSV" in the Windows code page (1252 in
 * Dutch and English Windows); LibreOffice writes UTF-8 without a mark. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>

#include "kb-import-private.h"

/* UTF-16 without a mark: the ASCII of a CSV leaves every other byte zero. */
static const char *
guess_utf16 (const guchar *data,
             gsize         size)
{
  gsize zeros_even = 0, zeros_odd = 0, n = MIN (size, 4096) & ~(gsize) 1;

  if (n < 4)
    return NULL;
  for (gsize i = 0; i < n; i += 2)
    {
      zeros_even += data[i] == 0;
      zeros_odd += data[i + 1] == 0;
    }
  if (zeros_odd * 4 >= n && zeros_even * 50 < n)
    return "UTF-16LE";
  if (zeros_even * 4 >= n && zeros_odd * 50 < n)
    return "UTF-16BE";
  return NULL;
}

static char *
convert (const char *data,
         gsize       size,
         const char *from,
         gsize      *length)
{
  /* Windows-1252 leaves five bytes undefined: they become U+FFFD, never a refusal. */
  return g_convert_with_fallback (data, (gssize) size, "UTF-8", from, "\xEF\xBF\xBD", NULL,
                                  length, NULL);
}

/* A NUL would end the text early; a spreadsheet never means one. */
static void
drop_nul (char  *text,
          gsize  length)
{
  gsize j = 0;

  for (gsize i = 0; i < length; i++)
    if (text[i] != '\0')
      text[j++] = text[i];
  text[j] = '\0';
}

/**
 * _kb_import_decode:
 * @encoding: (out): the encoding found: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE",
 *   "Windows-1252"
 *
 * Returns: (transfer full): the text in UTF-8, without byte order mark and without NUL bytes
 */
char *
_kb_import_decode (const char  *data,
                   gsize        size,
                   const char **encoding)
{
  const guchar *bytes = (const guchar *) data;
  const char *utf16 = NULL;
  char *text = NULL;
  gsize length = 0;

  *encoding = "UTF-8";
  if (size >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
    {
      *encoding = "UTF-8 (BOM)";
      data += 3;
      size -= 3;
    }
  else if (size >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
    utf16 = "UTF-16LE", data += 2, size -= 2;
  else if (size >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
    utf16 = "UTF-16BE", data += 2, size -= 2;
  else if (memchr (data, '\0', size) != NULL)
    utf16 = guess_utf16 (bytes, size);

  if (utf16 != NULL)
    {
      *encoding = utf16;
      text = convert (data, size, utf16, &length);
    }
  else if (g_utf8_validate_len (data, size, NULL))
    {
      text = g_strndup (data, size);
      length = size;
    }
  else
    {
      *encoding = "Windows-1252";
      text = convert (data, size, "WINDOWS-1252", &length);
    }
  if (text == NULL)   /* odd-sized UTF-16, or an iconv without the encoding: keep what is valid */
    {
      text = g_utf8_make_valid (data, (gssize) size);
      length = strlen (text);
    }
  drop_nul (text, length);
  return text;
}
