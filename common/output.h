/* output.h: writes records, as TSV lines or JSON Lines, through one checked buffer. */
#ifndef VN_OUTPUT_H
#define VN_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

/* Chooses JSON Lines (-j) instead of TSV; call before the first record. */
void out_set_json(bool json);
/* Whether records are written as JSON. */
bool out_json_on(void);

/* Writes each record out as it ends, not when the buffer is full: for a
 * reader that reads records as they come (a terminal, tail -f). */
void out_set_line_buffered(bool on);

/* Starts a record with its DOC and LOC (line.sentence). */
void out_begin(const char *doc, long line, long sent);
/* Starts a record with DOC alone: a summary that stands for a whole document. */
void out_begin_doc(const char *doc);
/* Appends a whole field; name is its JSON key. */
void out_field(const char *name, const char *s, size_t n);
void out_field_str(const char *name, const char *s);
/* Appends a field in pieces: open, any number of text calls, then the next
 * field or the end of the record. */
void out_field_open(const char *name);
void out_field_text(const char *s, size_t n);
void out_end(void);
/* JSON alone (in TSV they write nothing): a field that holds an array, or
 * an object, opened after the fields before it and closed in turn; in an
 * array each object opens with name NULL, and each string is an out_item. */
void out_array_open(const char *name);
void out_object_open(const char *name);
void out_item(const char *s, size_t n);
void out_array_close(void);
void out_object_close(void);

/* Writes unescaped bytes as they are (summaries, headers). */
void out_raw(const char *s, size_t n);

/* Flushes; a failed write (a full disk) is fatal. Call once before exit. */
void out_finish(void);

#endif
