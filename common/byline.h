/* byline.h: the labels a byline opens with ("Bài và ảnh:", "Tác giả:"),
 * which vn-meta and vn-person read alike. */
#ifndef VN_BYLINE_H
#define VN_BYLINE_H

#include <stdbool.h>
#include <stddef.h>

/* Where the names after the label of a byline that opens s begin ("Bài và
 * ảnh: ", "Tác giả: ", "Tin, ảnh: "), past its colon and spaces; 0 when s
 * opens with none. *photo: whether its writer took the photos too;
 * *names_only: whether names alone may follow ("Bài: Hằng Nga", never "Bài
 * 1: ..."). */
size_t byline_label(const char *s, size_t n, bool *photo, bool *names_only);

#endif
