/* util.h: program name, error reporting and checked allocation shared by every vn- program. */
#ifndef VN_UTIL_H
#define VN_UTIL_H

#include <stddef.h>

extern const char *progname;
/* Exit status the program will return: raised to 1 by input errors, kept going. */
extern int exit_status;

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

#define PRINTF_LIKE __attribute__((format(printf, 1, 2)))

_Noreturn void die(const char *fmt, ...) PRINTF_LIKE;
void warn(const char *fmt, ...) PRINTF_LIKE;
/* Reports an input error and remembers it for the exit status. */
void error(const char *fmt, ...) PRINTF_LIKE;

/* A name (a file, an option, a DOC) as a message shows it: valid UTF-8,
 * with the bytes that are not, control characters (C0, DEL, C1) and the
 * backslash written \xHH (\\ for the backslash), so that no name acts on a
 * terminal; a new string, for the caller to free. */
char *printable(const char *name);

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

#endif
