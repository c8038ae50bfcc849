/* seg.h: finds where Vietnamese sentences end. */
#ifndef VN_SEG_H
#define VN_SEG_H

#include <stdbool.h>
#include <stddef.h>

/* Bytes of text a boundary decision may look at past the end mark, and past
 * the spaces after it. */
#define SEG_LOOKAHEAD 96

/*
 * Returns the length of the first sentence of s, which starts at a
 * non-space: up to and including its end mark and any closing quote or
 * bracket, or up to the end of the text. Returns 0 when the answer may
 * depend on text after s + n and more is to come (final is false).
 */
size_t seg_next(const char *s, size_t n, bool final);

#endif
