/* How far a test's heaviest loop goes. Under AddressSanitizer (build-aux/test --sanitize) every
 * allocation records its whole stack, so loops of thousands of parses cost minutes: there the
 * loop takes a smaller share that still reaches each case it is there for. */
#pragma once

#include <glib.h>

#if defined(__SANITIZE_ADDRESS__)
# define KB_TEST_SANITIZED 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define KB_TEST_SANITIZED 1
# endif
#endif

/* @full in a normal build, @sanitized under AddressSanitizer. */
static inline guint
kb_test_scaled (guint full,
                guint sanitized)
{
#ifdef KB_TEST_SANITIZED
  return sanitized;
#else
  return full;
#endif
}
