/* tally.c: adds up the recipients of each award and giver of a document. */
#include "tally.h"
#include "util.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

void tally_clear(struct tally *t)
{
	t->nrows = t->nsaid = 0;
}

/* "03" as 3; false when the count is not a whole number that fits. */
static bool whole(const struct numeral *n, long long *v)
{
	long long m = n->mant;
	int e;

	if (n->mant < 0 || n->exp10 < 0)
		return false;
	for (e = 0; e < n->exp10; e++) {
		if (m > 100000000000000000LL)
			return false;
		m *= 10;
	}
	*v = m;
	return true;
}

/* Copies s (n bytes) into a TALLY_TEXT field; false when it does not fit. */
static bool copy_text(char *dst, const char *s, size_t n)
{
	if (n >= TALLY_TEXT)
		return false;
	memcpy(dst, s, n);
	dst[n] = '\0';
	return true;
}

/* Copies s (n bytes) into a TALLY_TEXT field, cut at a character if it is longer. */
static void copy_cut(char *dst, const char *s, size_t n)
{
	if (n >= TALLY_TEXT)
		for (n = TALLY_TEXT - 1; n && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
			;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

static bool same(const char *a, const char *s, size_t n)
{
	return strlen(a) == n && memcmp(a, s, n) == 0;
}

/* Whether the named recipient a is the one the n bytes at s name: the
 * same words, or the one with an apposition after a comma ("Nguyễn Văn
 * Thắng, nguyên Phó Chủ tịch UBND tỉnh" and "Nguyễn Văn Thắng") or with
 * its place after a space ("Công an tỉnh Thanh Hóa" and "Công an tỉnh"). */
static bool same_named(const char *a, const char *s, size_t n)
{
	size_t len = strlen(a), shorter = len < n ? len : n;
	char after;

	if (memcmp(a, s, shorter))
		return false;
	after = len > n ? a[n] : s[len];
	return len == n || after == ',' || after == ' ';
}

/* Whether a count of recipients counts people one by one: "đảng viên",
 * "cá nhân", "đồng chí", not "tập thể". */
static bool counts_people(const char *noun)
{
	static const char *const people[] = {"đảng viên", "cá nhân", "đồng chí", "người"};
	size_t k;

	for (k = 0; k < NELEM(people); k++)
		if (!strcmp(noun, people[k]))
			return true;
	return false;
}

/* Whether every recipient of a is named, none counted, and row names each
 * already ("... trao Huy hiệu cho đồng chí X", then "chúc mừng đồng chí X
 * vinh dự nhận Huy hiệu"), or counts people it may be one of ("1 đảng viên
 * nhận Huy hiệu 80 năm tuổi Đảng", then "Cụ X là đảng viên cao tuổi nhất
 * nhận Huy hiệu 80 năm tuổi Đảng"). */
static bool named_again(const struct tally_row *row, const char *s, const struct award *a)
{
	size_t k, j;

	if (!a->nto)
		return false;
	for (k = 0; k < a->nto; k++) {
		if (a->to[k].count.mant >= 0)
			return false;
		for (j = 0; j < row->nto; j++)
			if ((row->to[j].count < 0 && same_named(row->to[j].text, s + a->to[k].text.start, a->to[k].text.len)) ||
			    (row->to[j].count > 0 && counts_people(row->to[j].text)))
				break;
		if (j == row->nto)
			return false;
	}
	return true;
}

/* Adds the recipients to the row; false when it has no room left for them. */
static bool add_recipients(struct tally_row *row, const char *s, const struct award *a)
{
	size_t k, j;

	for (k = 0; k < a->nto; k++) {
		const struct award_recipient *r = &a->to[k];
		const char *text = s + r->text.start;
		long long count = -1;
		if (r->count.mant >= 0 && !whole(&r->count, &count))
			return false;
		for (j = 0; j < row->nto; j++)
			if (count < 0 ? row->to[j].count < 0 && same_named(row->to[j].text, text, r->text.len)
				      : row->to[j].count >= 0 && same(row->to[j].text, text, r->text.len))
				break;
		if (j == row->nto) {
			if (j == TALLY_KINDS || !copy_text(row->to[j].text, text, r->text.len))
				return false;
			row->to[j].count = count < 0 ? -1 : 0;
			row->nto++;
		}
		if (count >= 0)
			row->to[j].count = count > LLONG_MAX - row->to[j].count ? LLONG_MAX
										: row->to[j].count + count;
	}
	return true;
}

/* FNV-1a of n bytes of s, on from h. */
static uint64_t hash_bytes(uint64_t h, const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 1099511628211u;
	return h;
}

static const uint64_t fnv_start = 14695981039346656037u;

/* How a is said: its award and giver, and its recipients in any order
 * ("8 cá nhân và 5 tập thể" is "5 tập thể và 8 cá nhân"). */
static struct tally_said said_of(const char *s, const struct award *a)
{
	struct tally_said said;
	uint64_t to = 0, h;
	size_t k;

	said.award = hash_bytes(hash_bytes(fnv_start, a->value, strlen(a->value) + 1), s + a->by.start, a->by.len);
	for (k = 0; k < a->nto; k++) {
		const struct award_recipient *r = &a->to[k];
		h = hash_bytes(fnv_start, (const char *)&r->count.mant, sizeof r->count.mant);
		h = hash_bytes(h, (const char *)&r->count.exp10, sizeof r->count.exp10);
		to += hash_bytes(h, s + r->text.start, r->text.len);
	}
	said.award = hash_bytes(said.award, (const char *)&to, sizeof to);
	said.reason = a->nreason ? hash_bytes(fnv_start, s + a->reason[0].start, a->reason[0].len) : 0;
	return said;
}

/* Whether the award said is said again: the same award, giver and
 * recipients, for no other reason. */
static bool said_before(const struct tally *t, struct tally_said said)
{
	size_t k;

	for (k = 0; k < t->nsaid; k++)
		if (t->said[k].award == said.award &&
		    (!t->said[k].reason || !said.reason || t->said[k].reason == said.reason))
			return true;
	return false;
}

bool tally_add(struct tally *t, const char *s, const struct award *a)
{
	struct tally_said said = said_of(s, a);
	struct tally_row row;
	size_t r;

	if (a->nto && said_before(t, said))
		return true;
	/* with no giver named, a person given the award said again; with
	 * another giver it may be another award ("Bằng khen của Bộ A", then
	 * "bằng khen của Bộ B") */
	for (r = 0; !a->by.len && r < t->nrows; r++)
		if (strcmp(t->rows[r].value, a->value) == 0 && named_again(&t->rows[r], s, a))
			return true;

	for (r = 0; r < t->nrows; r++)
		if (strcmp(t->rows[r].value, a->value) == 0 &&
		    same(t->rows[r].by, s + a->by.start, a->by.len))
			break;
	if (r < t->nrows) {
		row = t->rows[r];
	} else {
		if (r == TALLY_ROWS || !copy_text(row.by, s + a->by.start, a->by.len))
			return false;
		strcpy(row.value, a->value);
		row.nto = 0;
		row.reason[0] = '\0';
	}
	if (!row.reason[0] && a->nreason)
		copy_cut(row.reason, s + a->reason[0].start, a->reason[0].len);
	/* Counted into a copy, so that a row is never counted in part. */
	if (!add_recipients(&row, s, a))
		return false;
	t->rows[r] = row;
	if (r == t->nrows)
		t->nrows++;
	if (a->nto && t->nsaid < TALLY_SAID)
		t->said[t->nsaid++] = said;
	return true;
}

void tally_count_lead(const struct tally_total *total, char *buf)
{
	if (total->count >= 0)
		snprintf(buf, 24, "%lld ", total->count);
	else
		buf[0] = '\0';
}
