/* names.h: what the words around a name say of people and bodies: the
 * honorifics before a person's name, the words that make what follows one
 * name ("huyện", "ông", "nhà thơ"), the words that begin the name of a body
 * ("Sở", "Ban", "UBND", "Đảng ủy"), and where a name or a body's name ends.
 * On the tokens of token.h; each function gives the tokens it covers, or 0. */
#ifndef VN_NAMES_H
#define VN_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "token.h"

/* "đồng chí", "ông", "bà", "đ/c" at token i. */
int names_honorific(const struct tokens *x, int i);
/* A word before a name that makes it one: "huyện Yên Thế", "ông Tuấn", "gia đình". */
int names_head(const struct tokens *x, int i);
/* A word that starts the name of a body: "Sở", "Ban", "UBND", "Đảng ủy", "huyện". */
int names_body(const struct tokens *x, int i);
/* A word that starts the name of a body or an office that issues documents:
 * a body's word, or "Chính phủ", "Thủ tướng", "Quốc hội", "Chủ tịch". */
int names_authority(const struct tokens *x, int i);
/* A word that ends a name; what follows is no part of it: "có", "được", "cho", "năm". */
int names_end(const struct tokens *x, int i);

/* Where the name that starts at token a and has reached token k ends, up to
 * end: a body's name goes on over a comma or "và" before a capital that
 * starts no other name ("Sở Văn hóa, Thể thao và Du lịch"). */
int names_body_end(const struct tokens *x, int a, int k, int end);

/* Where the capitalised name that starts at token a ends, up to end: a
 * capital goes on, and one word in lower case after each ("Bộ Chính trị",
 * "Ban Bí thư", "Hội đồng Bảo an"), and the lower-case words of a body
 * ("Ủy ban nhân dân tỉnh"), and a plenum's number ("Hội nghị Trung ương 5");
 * a word that ends a name ends it, and "khóa", "ngày", "số", "ký", "không",
 * any other number. a when
 * no name starts there (the name may start with a body's word in lower
 * case: "tỉnh"). */
int names_proper_end(const struct tokens *x, int a, int end);

/* The name a clause's subject (tokens a..b) holds: without its honorific, up
 * to a comma, a bracket or a dash ("Đồng chí Nguyễn Nam Đình - Ủy viên ..."
 * is Nguyễn Nam Đình); the dash inside a body's name stays ("Ban Thi đua -
 * Khen thưởng", "Sở Văn hóa - Thể thao và Du lịch"). */
struct span names_subject(const struct tokens *x, int a, int b);

/* ---- On the bytes of a name ---- */

/* Whether s[0..n) is one person's name as a byline or a photo credit prints
 * it: two to four words, each a Vietnamese syllable with a capital first
 * ("Hằng Nga", "Nguyễn Thị Thu Hằng", "TRẦN MINH ĐỨC"); never "Patrick
 * Modiano", "Văn học" or "Xây dựng Đảng". */
bool names_is_person(const char *s, size_t n);
/* Whether s[0..n) is a province or a city run by the centre: "Bắc Giang",
 * "Hà Nội", "TP Hồ Chí Minh" (in any letter case). */
bool names_is_province(const char *s, size_t n);
/* The length of a title before a person's name at the start of s, with the
 * spaces after it: "TS. ", "PGS, TS ", "ThS. ", "Đại tá ", "Nhà báo "; 0
 * when there is none. */
size_t names_byline_title(const char *s, size_t n);
/* Copies the name s[0..n) into out (n bytes) capitalised as a name: one in
 * capitals throughout keeps the first letter of each word and lowers the rest
 * ("TRẦN MINH ĐỨC" is "Trần Minh Đức"); any other is copied as it is. */
void names_capitalise(const char *s, size_t n, char *out);

/* ---- The lexicon of people: family names, titles, places ----
 * Facts compiled in; each list is matched in any letter case. */

/* Quick looks at the words of a sentence before it is read as tokens, by
 * the tok_hash of each word's bytes as written (in small letters, with a
 * capital first, or in capitals). Each may say yes when the answer is no,
 * now and then, and never says no when it is yes. */
/* What a word (hash h; next, the hash of the word after it, or 0) may
 * begin: a family name (NAMES_MAY_NAME), or a title or an honorific
 * (NAMES_MAY_TITLE; "phó", "nguyên" too). */
enum { NAMES_MAY_NAME = 1, NAMES_MAY_TITLE = 2 };
unsigned names_may_begin_word(unsigned h, unsigned next);
/* Whether a word (hash h; before, the hash of the word before it, or 0)
 * may end a title or an honorific, so that a name may follow it. */
bool names_may_follow_word(unsigned before, unsigned h);
/* names_may_follow_word by the word alone, with no word before it: when
 * it says yes, the word before need not be read. */
bool names_may_follow_alone(unsigned h);

/* names_may_begin past the look at the token's marks, which names_may_begin
 * makes inline (with names_begin_marks, the marks of the words a mention
 * may begin with), as most words end there. */
extern const uint64_t names_begin_marks;
bool names_may_begin_rest(const struct tokens *x, int i);

/* Whether a person's mention may begin at token i: an honorific, a title,
 * "nguyên" or "Phó", or a family name with a capital (one in small letters
 * is a word: "tập trung", "quan tâm"). A quick no for most words. */
static inline bool names_may_begin(const struct tokens *x, int i)
{
	return tok_within(x, i) && x->t[i].marks & names_begin_marks && names_may_begin_rest(x, i);
}

/* A family name at token i: "Nguyễn", "Hầu", "Ksor"; "Rơ Mah" and "Tôn
 * Thất" are two tokens. *common is set when it is one of the commonest,
 * which a name split from the words before it is likelier to begin with. */
int names_surname(const struct tokens *x, int i, bool *common);
/* A whole name of note that begins with no family name ("Trường Chinh",
 * "Tố Hữu"): its tokens, or 0. */
int names_alias(const struct tokens *x, int i);

enum names_title_kind {
	NAMES_OFFICE, /* Bí thư, Phó Chủ tịch, Giám đốc: takes a body after it */
	NAMES_RANK,   /* Thượng tướng, Đại tá */
	NAMES_DEGREE, /* GS., PGS.TS., ThS.: a name or another title follows at once */
	NAMES_CALLING /* nhà thơ, nhạc sĩ, Hòa thượng */
};
/* The head of a title at token i: its tokens, with its kind, or 0. "Phó"
 * before an office is part of it ("Phó Trưởng ban"). */
int names_title(const struct tokens *x, int i, enum names_title_kind *kind);
/* A post of teaching, research or the civil service at token i ("giảng
 * viên", "chuyên viên"), an office of names_title: its tokens, or 0. */
int names_post(const struct tokens *x, int i);
/* Whether token i is degrees joined by '-' in one word ("PGS-TS",
 * "GS-TSKH"), which the tokenizer keeps whole and no lexicon files. */
bool names_dashed_degree(const struct tokens *x, int i);
/* "nguyên", "cố", "cựu", "quyền" (former, late, acting): stay with the title after them. */
int names_title_prefix(const struct tokens *x, int i);
/* A word in lower case that goes on the body a title names: "tỉnh",
 * "nhân dân", "các cơ quan", "Trung ương" ("Chủ tịch Hội đồng nhân dân tỉnh"). */
int names_body_word(const struct tokens *x, int i);
/* Whether token i, capitalised, and the lower-case token after it are one
 * word of a capitalised name, written "Quốc phòng", "Thanh niên", "Tỉnh ủy". */
bool names_compound(const struct tokens *x, int i);
/* A province or city (those before and after 2025), a country or a region at
 * token i, with the "tỉnh", "thành phố", "TP." written before it: "Bắc
 * Giang", "tỉnh Bắc Giang", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Thái
 * Lan", "Hoàng Sa": its tokens, or 0. None of them is a person. */
int names_place(const struct tokens *x, int i);
/* A district, commune, ward or river whose name reads like a person's
 * ("Lục Yên", "Hoàng Hà") at token i: its tokens, or 0. A place only where
 * the name stands alone: "ông Kim Sơn" is a person. */
int names_locality(const struct tokens *x, int i);
/* A word that makes the name after it a place or a thing named after a
 * person: "đường", "phố", "Trường", "Huân chương", "thành phố": its tokens, or 0. */
int names_named_after(const struct tokens *x, int i);
/* The name of a person that a city has taken, "Hồ Chí Minh": its tokens, or 0. */
int names_named_city(const struct tokens *x, int i);
/* A word no name or title's body goes on over: verbs and function words
 * ("phát biểu", "là", "đã", "tại"): its tokens, or 0. */
int names_stop(const struct tokens *x, int i);

#endif
