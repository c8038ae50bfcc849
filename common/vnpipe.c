/* vnpipe.c: the library's public functions (vnpipe.h), each the recogniser of
 * common/ behind it with its findings copied into the public structs. */
#include "vnpipe.h"
#include "award.h"
#include "clean.h"
#include "numeral.h"
#include "seg.h"
#include "temporal.h"
#include "utf8.h"
#include "vietnamese.h"

#include <stdlib.h>
#include <string.h>

const char *vnp_version(void)
{
	return VNPIPE_VERSION;
}

/* The sentences of one line, s[from..end). */
static size_t line_sentences(const char *s, size_t from, size_t end,
			     void (*found)(const struct vnp_span *, void *), void *ctx)
{
	size_t start = vn_skip_spaces(s, end, from), count = 0, k;
	struct vnp_span sentence;

	while (start < end) {
		k = seg_next(s + start, end - start, true);
		sentence = (struct vnp_span){start, vn_skip_spaces_back(s + start, k)};
		if (sentence.len) {
			found(&sentence, ctx);
			count++;
		}
		start = vn_skip_spaces(s, end, start + k);
	}
	return count;
}

size_t vnp_sentence_find(const char *s, size_t n,
			 void (*found)(const struct vnp_span *sentence, void *ctx), void *ctx)
{
	size_t from = 0, count = 0;

	while (from < n) {
		const char *nl = memchr(s + from, '\n', n - from);
		size_t end = nl ? (size_t)(nl - s) : n;
		count += line_sentences(s, from, end, found, ctx);
		from = end + 1;
	}
	return count;
}

struct vnp_cleaner {
	struct cleaner cl;
};

struct vnp_cleaner *vnp_clean_new(int flags)
{
	struct vnp_cleaner *c = malloc(sizeof *c);

	if (c && !clean_init(&c->cl, flags & VNP_CLEAN_MODERN)) {
		clean_free(&c->cl);
		free(c);
		return NULL;
	}
	return c;
}

void vnp_clean_free(struct vnp_cleaner *c)
{
	if (!c)
		return;
	clean_free(&c->cl);
	free(c);
}

/* Feeds a piece, its room made first, so that clean_feed never has to exit. */
static bool feed(struct cleaner *cl, const char *s, size_t n)
{
	if (!clean_room(cl, n))
		return false;
	clean_feed(cl, s, n);
	return true;
}

const char *vnp_clean_line(struct vnp_cleaner *c, const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	struct cleaner *cl = &c->cl;
	size_t i = 0, k;

	clean_start(cl);
	while (i < n) {
		/* The cleaner takes valid UTF-8 only: a bad byte is U+FFFD, as in the programs. */
		k = u8_valid_prefix(u + i, n - i);
		if (!feed(cl, s + i, k))
			return NULL;
		i += k;
		if (i < n) {
			if (!feed(cl, U8_REPLACEMENT, 3))
				return NULL;
			i++;
		}
	}
	clean_end(cl);
	if (!clean_room(cl, 0))
		return NULL;
	cl->buf[cl->len] = '\0';
	*len = cl->len;
	return cl->buf;
}

size_t vnp_date_find(const char *s, size_t n,
		     void (*found)(const struct vnp_date *date, void *ctx), void *ctx)
{
	struct temporal t;
	struct vnp_date date;
	size_t from = 0, count = 0;

	while (temporal_find(s, n, from, &t)) {
		date = (struct vnp_date){{t.start, t.len}, temporal_kind_names[t.kind], t.value, t.lunar};
		found(&date, ctx);
		count++;
		from = t.start + t.len;
	}
	return count;
}

size_t vnp_numeral_parse(const char *s, size_t n, struct vnp_numeral *v)
{
	struct numeral num;
	size_t k = numeral_parse(s, n, &num);

	if (k)
		*v = (struct vnp_numeral){num.mant, num.exp10};
	return k;
}

size_t vnp_numeral_format(const struct vnp_numeral *v, char *buf, size_t cap)
{
	struct numeral num = {v->mant, v->exp10};

	return numeral_format(&num, buf, cap);
}

/* The caller's callback, for the award finder's own. */
struct award_call {
	void (*found)(const struct vnp_award *, void *);
	void *ctx;
};

static struct vnp_span public_span(struct span p)
{
	return (struct vnp_span){p.start, p.len};
}

static void award_found(const struct award *a, void *ctx)
{
	const struct award_call *call = ctx;
	struct vnp_recipient to[AWARD_PARTS];
	struct vnp_span reason[AWARD_PARTS];
	struct vnp_award pub = {public_span(a->text), a->value, public_span(a->by),
				to, a->nto, reason, a->nreason};
	size_t k;

	for (k = 0; k < a->nto; k++)
		to[k] = (struct vnp_recipient){{a->to[k].count.mant, a->to[k].count.exp10},
					       public_span(a->to[k].text)};
	for (k = 0; k < a->nreason; k++)
		reason[k] = public_span(a->reason[k]);
	call->found(&pub, call->ctx);
}

size_t vnp_award_find(const char *s, size_t n,
		      void (*found)(const struct vnp_award *award, void *ctx), void *ctx)
{
	struct award_call call = {found, ctx};

	return award_find(s, n, award_found, &call);
}
