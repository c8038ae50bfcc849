/* chrome.h: the lines of a web page that are no part of its article: print
 * and share buttons, navigation, lists of other articles, comment forms. A
 * line is chrome when, cleaned as vn-clean cleans text and in lower case, it
 * is one of the table's lines or of the lines a user adds, when it starts
 * with one of the labels of a list ("Chia sẻ:", "Từ khóa:", "Xem thêm:"), or
 * when it is a breadcrumb ("Trang chủ > Tin tức > Xây dựng Đảng"). */
#ifndef VN_CHROME_H
#define VN_CHROME_H

#include <stdbool.h>
#include <stddef.h>

#include "clean.h"

struct chrome {
	char **line; /* cleaned and in lower case */
	size_t *len;
	const char **label; /* what the line is for: "share", "nav", ...; "" for a user's */
	size_t n, cap, longest;
	unsigned long long lengths; /* bit k: a line of k bytes is in the table (k < 64) */
	char *fold;  /* room for a line being compared */
};

/* Starts with the table's lines, cleaned with cl; chrome_free lets them go. */
void chrome_init(struct chrome *ch, struct cleaner *cl);
void chrome_free(struct chrome *ch);
/* Adds one line, or every line of the file at path; false (errno set) when
 * the file cannot be read. */
void chrome_add(struct chrome *ch, struct cleaner *cl, const char *s, size_t n);
bool chrome_load(struct chrome *ch, struct cleaner *cl, const char *path);
/* Whether the cleaned line s (n bytes) is chrome. */
bool chrome_is(struct chrome *ch, const char *s, size_t n);
/* What the chrome line s is for: "tool" (print, listen), "share", "nav",
 * "breadcrumb", "related" (lists of other articles), "comment", "tag",
 * "views", or "" for a line a user added; NULL when it is no chrome. */
const char *chrome_label(struct chrome *ch, const char *s, size_t n);
/* Where the last crumb of the breadcrumb s begins ("Xây dựng Đảng" in
 * "Trang chủ > Tin tức > Xây dựng Đảng"); 0 when s is no breadcrumb. */
size_t chrome_last_crumb(const char *s, size_t n);

#endif
