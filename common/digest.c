/* digest.c: reads an article once with every recogniser and keeps, in
 * bounded memory, what its one record says. */
#include "digest.h"
#include "award.h"
#include "figure.h"
#include "output.h"
#include "quantity.h"
#include "sentences.h"
#include "seg.h"
#include "utf8.h"
#include "util.h"
#include "vietnamese.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Keeping text ---- */

/* A copy of s[0..n) in the article's pool; cut at a character when the pool
 * is full, empty when it is. */
static struct piece keep(struct digest *d, const char *s, size_t n)
{
	size_t room = DIGEST_POOL - d->pooled;
	struct piece p = {d->pool + d->pooled, 0};

	if (n > room)
		for (n = room; n && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
			;
	memcpy(d->pool + d->pooled, s, n);
	d->pooled += n;
	p.len = n;
	return p;
}

static struct piece keep_span(struct digest *d, const char *s, struct span sp)
{
	return keep(d, s + sp.start, sp.len);
}

/* A copy of a and, after a space, b (when b is not empty), as one piece. */
static struct piece keep_joined(struct digest *d, struct piece a, struct piece b)
{
	struct piece p = keep(d, a.s, a.len);

	if (b.len && p.len == a.len) {
		p.len += keep(d, " ", 1).len;
		p.len += keep(d, b.s, b.len).len;
	}
	return p;
}

static bool same(struct piece a, const char *s, size_t n)
{
	return a.len == n && memcmp(a.s, s, n) == 0;
}

/* ---- The readers of a sentence ---- */

/* The sentence being read, for the callbacks of the recognisers. */
struct reading {
	struct digest *d;
	const char *s;
	size_t n;
	long line, sent;
	struct batched *in; /* the sentence in the batch, with its recipients */
};

static bool has_role(const struct digest_person *p, enum person_role role)
{
	size_t k;

	for (k = 0; k < p->nroles; k++)
		if (p->roles[k] == role)
			return true;
	return false;
}

/* A person's part in the event: chair, attend, speak, present or receive;
 * bylines and credits are the page's, in its meta. */
static struct chrome *page_chrome(void *ctx)
{
	struct digest *d = ctx;

	return &d->chrome;
}

static void person_found(const struct person *p, void *ctx)
{
	struct digest *d = ctx;
	char chain[PERSON_CHAIN_MAX];
	size_t len = 0, name_len = strlen(p->name), k, t;
	struct digest_person *who = NULL;

	if (p->role == PERSON_NO_ROLE || p->role == PERSON_AUTHOR || p->role == PERSON_PHOTO)
		return;
	for (t = 0; t < p->ntitles; t++) {
		size_t n = p->title[t].len, sep = t ? 2 : 0;
		if (len + sep + n > sizeof chain)
			break;
		memcpy(chain + len, "; ", sep);
		memcpy(chain + len + sep, p->s + p->title[t].start, n);
		len += sep + n;
	}
	for (k = 0; k < d->npeople && !who; k++)
		if (same(d->people[k].name, p->name, name_len))
			who = &d->people[k];
	if (!who) {
		if (d->npeople == DIGEST_PEOPLE)
			return;
		who = &d->people[d->npeople++];
		who->name = keep(d, p->name, name_len);
		who->title = keep(d, chain, len);
		who->nroles = 0;
	} else if (len > who->title.len) {
		who->title = keep(d, chain, len);
	}
	if (!has_role(who, p->role))
		who->roles[who->nroles++] = (unsigned char)p->role;
	if (p->also && !has_role(who, p->also))
		who->roles[who->nroles++] = (unsigned char)p->also;
}

/* Notes that the body gives the award a with no giver in the sentence read. */
static void note_bare(struct digest *d, const struct reading *r, const struct award *a)
{
	size_t k;

	for (k = 0; k < d->nbare && strcmp(d->bare[k].value, a->value); k++)
		;
	if (k < d->nbare) {
		d->bare[k].elsewhere |= d->bare[k].line != r->line || d->bare[k].sent != r->sent;
	} else if (k < DIGEST_BARE) {
		/* (a->value lives only as long as the call) */
		snprintf(d->bare[k].value, sizeof d->bare[k].value, "%s", a->value);
		d->bare[k].line = r->line;
		d->bare[k].sent = r->sent;
		d->bare[k].elsewhere = false;
		d->nbare++;
	}
}

static void award_found(const struct award *a, void *ctx)
{
	struct reading *r = ctx;
	struct digest *d = r->d;
	size_t k;

	tally_add(d->in_caption ? &d->caption_awards : &d->awards, r->s, a);
	if (!d->in_caption && !a->by.len)
		note_bare(d, r, a);
	for (k = 0; k < a->nto && d->nrecipients < r->in->recipients + SENTENCE_RECIPIENTS; k++)
		d->recipients[d->nrecipients++] = a->to[k].text;
}

static void ref_found(const struct ref *f, void *ctx)
{
	struct reading *r = ctx;
	struct digest *d = r->d;
	struct digest_ref *ref;
	size_t k, n = strlen(f->value);

	for (k = 0; k < d->nrefs; k++)
		if (same(d->refs[k].value, f->value, n))
			return;
	if (d->nrefs == DIGEST_REFS)
		return;
	ref = &d->refs[d->nrefs++];
	ref->value = keep(d, f->value, n);
	ref->text = keep_span(d, r->s, f->text);
	ref->type = keep(d, f->type, strlen(f->type));
	ref->issuer = keep_span(d, r->s, f->issuer);
	ref->date = keep(d, f->date, strlen(f->date));
	ref->term = keep(d, f->term, strlen(f->term));
	ref->subject = keep_span(d, r->s, f->subject);
}

/* Whether the quantity counts the recipients of an award of its sentence. */
static bool counts_recipients(const struct reading *r, const struct quantity *q)
{
	size_t at = (size_t)(q->text.s - r->s), k;
	const struct digest *d = r->d;

	for (k = r->in->recipients; k < r->in->recipients_end; k++) {
		const struct span *t = &d->recipients[k];
		/* a counted recipient's span is its noun, just after the count */
		if (t->start >= at + q->text.len && t->start <= at + q->text.len + 8)
			return true;
	}
	return false;
}

/* The length of the first words of p, up to words of them. */
static size_t first_words(struct piece p, int words)
{
	size_t k = 0;

	while (k < p.len && words > 0) {
		while (k < p.len && p.s[k] != ' ')
			k++;
		if (--words > 0)
			while (k < p.len && p.s[k] == ' ')
				k++;
	}
	return k;
}

/* Whether two figures of the same value and unit measure the same: a
 * percentage whose phrases open with the same two words ("98,35% đảng viên
 * hoàn thành ..." again in the lead and the body), a count whose verbs are
 * the same; either with none says nothing against it. "100% xã có đường ô
 * tô" and "100% đại biểu tán thành" are two figures, and so are "kết nạp
 * 12 đảng viên" and "kỷ luật 12 đảng viên". */
static bool same_measure(const struct digest_stat *a, const struct digest_stat *b)
{
	size_t m, n;

	if (a->kind == quantity_kind_names[QUANTITY_PERCENT]) {
		m = first_words(a->phrase, 2), n = first_words(b->phrase, 2);
		return !m || !n || same((struct piece){a->phrase.s, m}, b->phrase.s, n);
	}
	return !a->what.len || !b->what.len || same(a->what, b->what.s, b->what.len);
}

static bool same_stat(const struct digest_stat *a, const struct digest_stat *b)
{
	return a->kind == b->kind && same(a->value, b->value.s, b->value.len) &&
	       same(a->unit, b->unit.s, b->unit.len) && same_measure(a, b);
}

static void quantity_found(const struct quantity *q, void *ctx)
{
	struct reading *r = ctx;
	struct digest *d = r->d;
	struct digest_stats *to = d->in_caption ? &d->caption_stats : &d->stats;
	struct digest_stat st;
	struct figure fig;
	size_t k;

	if (!figure_of(&d->figures, q, &fig) || counts_recipients(r, q))
		return;
	st = (struct digest_stat){quantity_kind_names[q->kind], piece_str(q->value), q->unit,
				  fig.what, fig.phrase, r->line, r->sent};
	/* a value and unit said again of the same measure is the same figure said again */
	for (k = 0; k < to->n; k++)
		if (same_stat(&to->stat[k], &st))
			return;
	if (to->n == DIGEST_STATS)
		return;
	st.value = keep(d, st.value.s, st.value.len);
	st.unit = keep(d, st.unit.s, st.unit.len);
	/* "118 tổ chức cơ sở đảng (19,28%) hoàn thành ...": the phrase goes
	 * on past the share in brackets */
	st.phrase = keep_joined(d, st.phrase, fig.rest);
	st.what = fig.what.s == fig.phrase.s && fig.what.len == fig.phrase.len ? st.phrase
										 : keep(d, st.what.s, st.what.len);
	to->stat[to->n++] = st;
}

/* Whether t is days within one year ("từ ngày 15 đến 21/11/1975"), as an
 * event lasts; "từ 1975 đến 1989" is a period, no event's date. */
static bool days_of_a_year(const struct temporal *t)
{
	const char *end = strchr(t->value, '/');

	return t->kind == TEMPORAL_INTERVAL && end && !memcmp(t->value, end + 1, 4);
}

/* Whether t names a day against the page's stamp: "sáng nay", "hôm qua",
 * "thứ Hai vừa qua". */
static bool relative_day(const struct temporal *t)
{
	return (t->rel == REL_DAY || t->rel == REL_WEEKDAY) && t->base != BASE_TEXT;
}

/* The dates of the documents a sentence cites, and where each citation
 * begins: "Nghị quyết số 57-NQ/TW ngày 22/12/2024" dates no event. */
enum { CITED_DATES = 8 };
struct cited_dates {
	size_t n;
	struct { size_t from; char date[16]; } at[CITED_DATES];
};

static void note_cited_date(const struct ref *f, void *ctx)
{
	struct cited_dates *c = ctx;

	if (*f->date && c->n < CITED_DATES) {
		c->at[c->n].from = f->text.start;
		snprintf(c->at[c->n].date, sizeof c->at[c->n].date, "%s", f->date);
		c->n++;
	}
}

/* Whether t, after a citation, is the date of the document cited. */
static bool date_cited(const struct cited_dates *c, const struct temporal *t)
{
	size_t k;

	for (k = 0; k < c->n; k++)
		if (c->at[k].from < t->start && !strncmp(t->value, c->at[k].date, strlen(c->at[k].date)))
			return true;
	return false;
}

/* The first date or days of the event's sentence not within its name, which
 * may name dates of its own ("sơ kết 3 năm thực hiện Chỉ thị ... ngày
 * 15/5/2016"); one that only begins in it is the event's ("... trong buổi
 * sáng ngày 10/10/2010"); none that a document it cites is dated by. */
static bool event_date(struct digest *d, const char *s, size_t n, const struct event *e, struct temporal *t)
{
	struct cited_dates cited = {0, {{0, ""}}};
	bool cites_read = false;
	size_t from = 0;

	for (; temporal_find(s, n, from, t); from = t->start + t->len) {
		if (!((t->kind == TEMPORAL_DATE || t->kind == TEMPORAL_TIME || days_of_a_year(t)) &&
		      (t->lunar ? t->lunar_day > 0 : t->day || relative_day(t)) &&
		      (t->start < e->name.start || t->start + t->len > e->name.start + e->name.len)))
			continue;
		if (!cites_read) {
			ref_forget(&d->dates_cited);
			ref_find(s, n, &d->dates_cited, note_cited_date, &cited);
			cites_read = true;
		}
		if (!date_cited(&cited, t))
			return true;
	}
	return false;
}

/* Where an event is named, from the least to the most telling: the title,
 * a caption, the body; a sentence that says it is held tells more. */
enum { IN_TITLE = 1, IN_CAPTION = 2, IN_BODY = 3, HELD = 2, BEST = IN_BODY + HELD };

/* Keeps the event the sentence names when it tells more than the one kept. */
static void read_event(struct reading *r, int rank)
{
	struct digest *d = r->d;
	struct event e;
	size_t len = r->n;

	if (d->event.rank >= BEST || !event_find(r->s, r->n, &e))
		return;
	if (rank > IN_TITLE && e.held)
		rank += HELD;
	if (rank <= d->event.rank)
		return;
	d->event.rank = rank;
	d->event.line = r->line;
	d->event.sent = r->sent;
	d->event.e = e;
	d->event.value = keep_span(d, r->s, e.name);
	d->event.organizer = keep_span(d, r->s, e.organizer);
	if (len > DIGEST_TEXT)
		for (len = DIGEST_TEXT; len && ((unsigned char)r->s[len] & 0xC0) == 0x80; len--)
			;
	memcpy(d->event.text, r->s, len);
	d->event.text_len = len;
	d->event.dated = event_date(d, r->s, r->n, &e, &d->event.date);
}

static struct reading reading_of(struct digest *d, struct batched *e)
{
	return (struct reading){d, e->text, e->len, e->line, e->sent, e};
}

/* The awards of sentences k.. of the batch, as many as their recipients
 * surely fit, then their quantities; returns where it stopped. */
static size_t read_awards_and_counts(struct digest *d, size_t k)
{
	struct batch *b = &d->batch;
	size_t j, i;

	d->nrecipients = 0;
	for (j = k; j < b->n && d->nrecipients + SENTENCE_RECIPIENTS <= DIGEST_RECIPIENTS; j++) {
		struct reading r = reading_of(d, &b->s[j]);
		d->in_caption = b->s[j].caption;
		b->s[j].recipients = d->nrecipients;
		/* award_find's own first look is award_maybe's: not asked twice */
		award_find(r.s, r.n, award_found, &r);
		b->s[j].recipients_end = d->nrecipients;
	}
	for (i = k; i < j; i++) {
		struct reading r = reading_of(d, &b->s[i]);
		d->in_caption = b->s[i].caption;
		figure_begin(&d->figures, r.s, r.n);
		quantity_find(r.s, r.n, quantity_found, &r);
	}
	return j;
}

/* Each recogniser reads the batch's sentences in turn, so that its code and
 * tables stay in the cache for all of them. */
static void read_batch(struct digest *d)
{
	struct batch *b = &d->batch;
	bool caption = d->in_caption;
	size_t k;

	for (k = 0; k < b->n; k++) {
		struct sentence s = {NULL, b->s[k].line, b->s[k].sent, b->s[k].text, b->s[k].len};
		if (!b->s[k].caption && d->stamp.window)
			stamp_read(&d->stamp, &s);
	}
	for (k = 0; k < b->n; k++)
		person_sentence(&d->people_read, b->s[k].line, b->s[k].sent, b->s[k].text, b->s[k].len);
	for (k = 0; k < b->n;)
		k = read_awards_and_counts(d, k);
	d->in_caption = caption;
	for (k = 0; k < b->n; k++) {
		struct reading r = reading_of(d, &b->s[k]);
		read_event(&r, b->s[k].caption ? IN_CAPTION : IN_BODY);
		if (!b->s[k].caption && !d->lead_read) {
			struct event none = {{0, 0}, {0, 0}, false, 0, 0, 0};
			d->lead_read = true;
			d->lead_dated = event_date(d, r.s, r.n, &none, &d->lead_date);
		}
	}
	/* ref_find's own first look is ref_maybe's: not asked twice */
	for (k = 0; k < b->n; k++) {
		struct reading r = reading_of(d, &b->s[k]);
		if (!b->s[k].caption)
			ref_find(r.s, r.n, &d->refs_read, ref_found, &r);
	}
	b->n = b->used = 0;
}

/* A sentence joins the batch; one longer than the batch's text is read
 * alone, where it is. */
static void read_sentence(const struct sentence *s, void *ctx)
{
	struct digest *d = ctx;
	struct batch *b = &d->batch;
	bool alone = s->len > BATCH_BYTES;
	struct batched *e;

	if (b->n == BATCH_SENTENCES || alone || b->used + s->len > BATCH_BYTES)
		read_batch(d);
	e = &b->s[b->n++];
	*e = (struct batched){s->text, s->len, s->line, s->sent, d->in_caption, 0, 0};
	if (alone) {
		read_batch(d);
		return;
	}
	e->text = b->text + b->used;
	memcpy(b->text + b->used, s->text, s->len);
	b->used += s->len;
}

/* ---- Lines into sentences ---- */

struct bytes {
	const char *s;
	size_t n;
};

static size_t read_bytes(void *src, char *out, size_t cap)
{
	struct bytes *b = src;
	size_t k = b->n < cap ? b->n : cap;

	memcpy(out, b->s, k);
	b->s += k, b->n -= k;
	return k;
}

static void read_text(struct digest *d, long line, long sent, const char *s, size_t n)
{
	struct bytes b = {s, n};
	struct para p = {NULL, line, sent, NULL, NULL};

	sentences_read(read_bytes, &b, &p, d->window, read_sentence, d);
}

static void body_line(long line, const char *s, size_t n, void *ctx)
{
	read_text(ctx, line, 0, s, n);
}

static void meta_found(const struct meta_found *f, void *ctx)
{
	struct digest *d = ctx;

	meta_catalogue_take(&d->catalogue, f);
	if (f->kind == META_CAPTION) {
		d->in_caption = true;
		read_text(d, f->line, 0, f->value.s, f->value.len);
		d->in_caption = false;
	} else if (f->kind == META_TITLE && !d->event.rank) {
		struct reading r = {d, f->value.s, f->value.len, f->line, 0, NULL};
		read_event(&r, IN_TITLE);
	}
}

static void no_date(const struct dated *dt, void *ctx)
{
	(void)dt, (void)ctx;
}

/* calloc, not a memset: the pages of the buffers are touched only when
 * text comes to them, so a run on a small file starts at once. */
struct digest *digest_new(void)
{
	struct digest *d = calloc(1, sizeof *d);

	if (!d)
		return NULL;
	if (!clean_init(&d->cleaner, false) || !(d->window = malloc(SENTENCE_MAX))) {
		clean_free(&d->cleaner);
		free(d);
		return NULL;
	}
	ref_context_init(&d->refs_read);
	ref_context_init(&d->dates_cited);
	chrome_init(&d->chrome, &d->cleaner);
	meta_init(&d->meta, &d->chrome);
	d->meta.found = meta_found;
	d->meta.body = body_line;
	d->meta.ctx = d;
	d->people_read.found = person_found;
	d->people_read.chrome = page_chrome;
	d->people_read.ctx = d;
	d->stamp.dated = no_date;
	return d;
}

void digest_free(struct digest *d)
{
	if (!d)
		return;
	meta_free(&d->meta);
	chrome_free(&d->chrome);
	clean_free(&d->cleaner);
	ref_context_free(&d->refs_read);
	ref_context_free(&d->dates_cited);
	free(d->window);
	free(d);
}

void digest_begin(struct digest *d)
{
	d->lines = false;
	d->batch.n = d->batch.used = 0;
	d->in_caption = false;
	meta_catalogue_begin(&d->catalogue);
	meta_begin(&d->meta);
	ref_forget(&d->refs_read);
	person_doc_start(&d->people_read);
	stamp_begin(&d->stamp, "");
	d->event.rank = 0;
	d->event.dated = false;
	d->lead_read = d->lead_dated = false;
	d->npeople = d->nrefs = 0;
	tally_clear(&d->awards);
	tally_clear(&d->caption_awards);
	d->nbare = 0;
	d->stats.n = d->caption_stats.n = 0;
	d->pooled = 0;
}

static void saw_line(struct digest *d, long line)
{
	if (!d->lines)
		d->first_line = line;
	d->lines = true;
}

void digest_line(struct digest *d, long line, const char *s, size_t n)
{
	saw_line(d, line);
	meta_line(&d->meta, line, s, n);
}

void digest_long_line(struct digest *d, long line, size_t (*read)(void *src, char *out, size_t cap),
		      void *src)
{
	struct para p = {NULL, line, 0, NULL, NULL};

	saw_line(d, line);
	meta_long_line(&d->meta, line);
	sentences_read(read, src, &p, d->window, read_sentence, d);
}

void digest_record(struct digest *d, long line, long sent,
		   size_t (*read)(void *src, char *out, size_t cap), void *src)
{
	struct para p = {NULL, line, sent, NULL, NULL};

	saw_line(d, line);
	sentences_read(read, src, &p, d->window, read_sentence, d);
}

/* An award a caption gives that the body does not: kept. */
static void add_caption_awards(struct digest *d)
{
	size_t k, j;

	for (k = 0; k < d->caption_awards.nrows; k++) {
		const struct tally_row *row = &d->caption_awards.rows[k];
		for (j = 0; j < d->awards.nrows; j++)
			if (!strcmp(d->awards.rows[j].value, row->value))
				break;
		if (j == d->awards.nrows && j < TALLY_ROWS)
			d->awards.rows[d->awards.nrows++] = *row;
	}
}

/* A figure a caption gives that the body does not: kept. */
static void add_caption_stats(struct digest *d)
{
	size_t k, j;

	for (k = 0; k < d->caption_stats.n; k++) {
		for (j = 0; j < d->stats.n; j++)
			if (same_stat(&d->stats.stat[j], &d->caption_stats.stat[k]))
				break;
		if (j == d->stats.n && j < DIGEST_STATS)
			d->stats.stat[d->stats.n++] = d->caption_stats.stat[k];
	}
}

static bool counted(const struct tally_row *row)
{
	size_t j;

	for (j = 0; j < row->nto; j++)
		if (row->to[j].count >= 0)
			return true;
	return false;
}

static bool same_recipients(const struct tally_row *a, const struct tally_row *b)
{
	size_t j;

	if (a->nto != b->nto)
		return false;
	for (j = 0; j < a->nto; j++)
		if (a->to[j].count != b->to[j].count || strcmp(a->to[j].text, b->to[j].text))
			return false;
	return true;
}

/* Whether the text a begins the text b at a word's end, in any letter
 * case: "Công ty" begins "công ty Điện lực Bắc Ninh". */
static bool begins_folded(const char *a, const char *b)
{
	char fa[TALLY_TEXT], fb[TALLY_TEXT];
	size_t na = strlen(a), nb = strlen(b);

	if (!na || na > nb || nb >= sizeof fb)
		return false;
	memcpy(fa, a, na);
	memcpy(fb, b, nb);
	vn_fold(fa, na);
	vn_fold(fb, nb);
	return memcmp(fa, fb, na) == 0 && (nb == na || fb[na] == ' ');
}

/* Whether each recipient of row is a plural, not one named: "các tập
 * thể", "những cá nhân". */
static bool plural_only(const struct tally_row *row)
{
	size_t j;

	for (j = 0; j < row->nto; j++)
		if (strncmp(row->to[j].text, "các ", 4) && strncmp(row->to[j].text, "những ", strlen("những ")))
			return false;
	return row->nto > 0;
}

/* Whether an award's name is its kind alone, no capital after its first
 * word: "Huân chương", "Bằng khen", "Cờ thi đua"; not "Huân chương Tự do". */
static bool kind_alone(const char *value)
{
	const char *sp;
	uint32_t cp;

	for (sp = strchr(value, ' '); sp; sp = strchr(sp + 1, ' '))
		if (u8_decode((const unsigned char *)sp + 1, strlen(sp + 1), &cp) > 0 && vn_is_upper(cp))
			return false;
	return true;
}

/* The word after the one at p in a name, or its end. */
static const char *next_word(const char *p)
{
	const char *sp = strchr(p, ' ');

	return sp ? sp + 1 : p + strlen(p);
}

/* Whether the word at p is the word at w. */
static bool word_starts(const char *p, const char *w)
{
	size_t n = strcspn(w, " ");

	return strncmp(p, w, n) == 0 && (p[n] == ' ' || !p[n]);
}

/* Whether the award named kin is one of the kind the award named value
 * is: value by its kind alone and kin that kind named further ("Huân
 * chương", "Huân chương Lao động hạng Nhì"), or kin value's words with
 * more among them after the first ("Huy hiệu Đảng", "Huy hiệu 55 năm
 * tuổi Đảng"). */
static bool of_kind(const char *value, const char *kin)
{
	const char *v = value, *k = kin;
	size_t n = strlen(value);

	if (!strcmp(value, kin))
		return false;
	if (kind_alone(value))
		return strncmp(kin, value, n) == 0 && kin[n] == ' ';
	if (!word_starts(k, v))
		return false;
	for (v = next_word(v), k = next_word(k); *v; v = next_word(v), k = next_word(k)) {
		while (*k && !word_starts(k, v))
			k = next_word(k);
		if (!*k)
			return false;
	}
	return true;
}

/* Whether row says again, with no count, what other says of one named
 * recipient: to no one or to its first words ("trao Huân chương ... cho
 * Công ty" after "Công ty Điện lực Bắc Ninh đón nhận Huân chương ..."),
 * the same award or it by its kind alone ("Huân chương" after "Huân chương
 * Lao động hạng Nhì"). */
static bool named_again(const struct tally_row *row, const struct tally_row *other)
{
	size_t n = strlen(row->value);

	if (counted(row) || counted(other) || row->nto > 1 || !other->nto)
		return false;
	if (strcmp(other->value, row->value) &&
	    !(strncmp(other->value, row->value, n) == 0 && other->value[n] == ' ' && kind_alone(row->value)))
		return false;
	return !row->nto || (strlen(row->to[0].text) <= strlen(other->to[0].text) &&
			     begins_folded(row->to[0].text, other->to[0].text) && strcmp(row->to[0].text, other->to[0].text));
}

/* Whether row k counts, by a name of the kind, the recipients that two
 * rows or more of awards of that kind count in full, to the same sum of
 * each noun: "trao Huy hiệu Đảng cho 45 đảng viên", then "2 đảng viên nhận
 * Huy hiệu 75 năm tuổi Đảng, 6 đảng viên nhận Huy hiệu 60 năm ..." to 45. */
static bool parts_add_up(const struct tally *t, size_t k)
{
	const struct tally_row *row = &t->rows[k];
	size_t i, j, e, parts = 0;
	long long sum;

	if (!row->nto)
		return false;
	for (j = 0; j < t->nrows; j++)
		parts += j != k && of_kind(row->value, t->rows[j].value) && counted(&t->rows[j]);
	if (parts < 2)
		return false;
	for (i = 0; i < row->nto; i++) {
		if (row->to[i].count < 0)
			return false;
		for (sum = 0, j = 0; j < t->nrows; j++)
			if (j != k && of_kind(row->value, t->rows[j].value))
				for (e = 0; e < t->rows[j].nto; e++)
					if (t->rows[j].to[e].count > 0 && !strcmp(t->rows[j].to[e].text, row->to[i].text))
						sum += t->rows[j].to[e].count;
		if (sum != row->to[i].count)
			return false;
	}
	return true;
}

/* Whether row k repeats what another row of the award says, as a caption
 * the page did not set apart does: the award by its kind alone, to no
 * count, where the article names one of that kind in full; the same award to the same counts under
 * another giver (the person who handed it over; the last row's giver is
 * kept), the award to someone named, with no giver, where another row
 * counts its recipients, what another row names said again
 * (named_again; that row takes its giver, when it has none), or the award
 * to plurals (plural_only) where another row counts its recipients. */
static bool repeated(struct digest *d, size_t k)
{
	struct tally *t = &d->awards;
	const struct tally_row *row = &t->rows[k];
	struct tally_row *named = NULL;
	size_t j, kin = 0;
	bool kin_counted = false;

	/* "trao Huân chương cho thân nhân liệt sĩ" after the one Huân chương
	 * the article names in full: that award, to whomever it is handed;
	 * "trao Huy hiệu Đảng cho các đảng viên" after Huy hiệu 30 năm tuổi
	 * Đảng counted, or one of its kind: those */
	if (!counted(row) && row->nto <= 1) {
		for (j = 0; j < t->nrows; j++)
			if (j != k && of_kind(row->value, t->rows[j].value)) {
				kin++, named = &t->rows[j];
				kin_counted |= counted(named);
			}
		if (kin == 1 && !counted(named) && kind_alone(row->value)) {
			if (!named->by[0])
				memcpy(named->by, row->by, sizeof named->by);
			return true;
		}
		if (kin_counted && (plural_only(row) || !row->nto))
			return true;
	}
	if (parts_add_up(t, k))
		return true;
	for (j = 0; j < t->nrows; j++) {
		struct tally_row *other = &t->rows[j];
		if (j == k)
			continue;
		if (named_again(row, other)) {
			if (!other->by[0])
				memcpy(other->by, row->by, sizeof other->by);
			return true;
		}
		if (strcmp(other->value, row->value))
			continue;
		if (j > k && counted(row) && same_recipients(row, other))
			return true;
		if (!row->by[0] && !counted(row) && counted(other))
			return true;
		/* "trao Huân chương ... cho các tập thể" after "Huân chương ...
		 * cho 2 tập thể và 1 cá nhân": its counted recipients again */
		if (!counted(row) && counted(other) && plural_only(row))
			return true;
	}
	return false;
}

/* Whether row k gives, with no giver, an award the event's sentence alone
 * gives so, that another row gives with one: the ceremony named
 * ("tổ chức lễ kỷ niệm ... và đón nhận Huân chương Lao động hạng Nhì"),
 * then its conferral ("Thừa ủy quyền của Chủ tịch nước, đồng chí X trao
 * Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và Nhân dân huyện"). */
static bool named_by_the_event(struct digest *d, size_t k)
{
	const struct tally_row *row = &d->awards.rows[k];
	size_t j;

	if (row->by[0] || !d->event.rank)
		return false;
	for (j = 0; j < d->nbare && strcmp(d->bare[j].value, row->value); j++)
		;
	if (j == d->nbare || d->bare[j].elsewhere || d->bare[j].line != d->event.line ||
	    d->bare[j].sent != d->event.sent)
		return false;
	for (j = 0; j < d->awards.nrows; j++)
		if (d->awards.rows[j].by[0] && !strcmp(d->awards.rows[j].value, row->value))
			return true;
	return false;
}

/* Drops the rows of the body's awards that told(d, k) says another tells;
 * whether it dropped any. */
static bool drop_told(struct digest *d, bool (*told)(struct digest *d, size_t k))
{
	struct tally *t = &d->awards;
	size_t k, kept;
	bool drop[TALLY_ROWS];

	for (k = 0; k < t->nrows; k++)
		drop[k] = told(d, k);
	for (k = kept = 0; k < t->nrows; k++)
		if (!drop[k])
			t->rows[kept++] = t->rows[k];
	if (kept == t->nrows)
		return false;
	t->nrows = kept;
	return true;
}

/* Until none is left, the rows that tell again what another does, and
 * those the event's sentence names ahead of their conferral (once one
 * goes, a row by its kind alone may name the one left). */
static void drop_repeats(struct digest *d)
{
	bool dropped;

	do {
		dropped = drop_told(d, repeated);
		dropped |= drop_told(d, named_by_the_event);
	} while (dropped);
}

/* "đồng chí Khánh trao Kỷ niệm chương ...": a giver named by the last
 * words of the name alone is the one person of the article whose name
 * ends so, by that name ("Lương Văn Khánh"). */
static void name_givers(struct digest *d)
{
	size_t k, j, n, len;
	const struct piece *found;

	for (k = 0; k < d->awards.nrows; k++) {
		char *by = d->awards.rows[k].by;
		if (!by[0] || strchr(by, ' ') != strrchr(by, ' '))
			continue;
		n = strlen(by);
		found = NULL;
		for (j = 0; j < d->npeople; j++) {
			const struct piece *name = &d->people[j].name;
			if (name->len > n + 1 && name->s[name->len - n - 1] == ' ' &&
			    !memcmp(name->s + name->len - n, by, n)) {
				if (found && (found->len != name->len || memcmp(found->s, name->s, name->len)))
					break;
				found = name;
			}
		}
		if (found && j == d->npeople && (len = found->len) < TALLY_TEXT) {
			memcpy(by, found->s, len);
			by[len] = '\0';
		}
	}
}

void digest_end(struct digest *d)
{
	meta_end(&d->meta);
	read_batch(d);
	person_doc_end(&d->people_read);
	stamp_end(&d->stamp);
	add_caption_awards(d);
	name_givers(d);
	drop_repeats(d);
	add_caption_stats(d);
}

/* ---- The record ---- */

enum { DATE, ORGANIZER, PEOPLE, AWARDS, REFS, STATS };
static const char *const extras[] = {
	[DATE] = "date", [ORGANIZER] = "organizer", [PEOPLE] = "people",
	[AWARDS] = "awards", [REFS] = "refs", [STATS] = "stats",
};
const struct columns digest_columns = COLUMNS(LEAD_FINDING, extras);

/* The event's date: as its sentence gives it (for an event the title alone
 * names, as the lead gives it), the year it leaves out from the page's
 * stamp, else from the first full date of the article's first sentences,
 * else from the period the event reviews; else XXXX. */
static void date_of(const struct digest *d, char value[TEMPORAL_VALUE_MAX])
{
	const struct temporal *t = &d->event.date;
	struct day anchor = {0, 0, 0};
	char published[11], *x;
	int year = 0, k, y;

	value[0] = '\0';
	/* "Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến về ..." over "Chiều
	 * 3/4/2025, ... họp ...": the title's event is the lead's */
	if (!d->event.dated && d->event.rank == IN_TITLE && d->lead_dated)
		t = &d->lead_date;
	else if (!d->event.dated)
		return;
	memcpy(value, t->value, TEMPORAL_VALUE_MAX);
	memcpy(published, d->catalogue.published, 10);
	published[10] = '\0';
	/* "Ngày 23 tháng Chạp": the solar day, in the year the text or the
	 * page's stamp gives, or none */
	if (t->lunar) {
		bool dated = day_parse(published, &anchor) || (anchor = d->stamp.day).year;
		if (!stamp_lunar(t, dated ? &anchor : NULL, value, TEMPORAL_VALUE_MAX))
			value[0] = '\0';
		return;
	}
	/* "Sáng nay, ...": the day of the page's stamp, or none */
	if (relative_day(t)) {
		if (!((day_parse(published, &anchor) || (anchor = d->stamp.day).year) &&
		      stamp_relative(t, &anchor, value, TEMPORAL_VALUE_MAX)))
			value[0] = '\0';
		return;
	}
	if (!t->yearless)
		return;
	if (!t->month) {
		/* "Sáng ngày 18, ...": the stamp's month or the one before */
		struct day day;
		if ((day_parse(published, &anchor) || (anchor = d->stamp.day).year) &&
		    stamp_month(&anchor, t->day, t->tense, &day))
			snprintf(value, TEMPORAL_VALUE_MAX, "%04d-%02d-%02d%s", day.year, day.month, day.day, t->tail);
		else
			value[0] = '\0';
		return;
	}
	if (day_parse(published, &anchor) || (anchor = d->stamp.day).year)
		year = stamp_year(&anchor, t->month, t->day);
	else
		year = event_year(&d->event.e, t->month, t->day);
	if (year <= 0 || year > 9999)
		return;
	/* each year the value leaves out: both ends of "XXXX-04-22/XXXX-04-23" */
	while ((x = strstr(value, "XXXX")))
		for (k = 3, y = year; k >= 0; k--, y /= 10)
			x[k] = (char)('0' + y % 10);
}

static void text(struct piece p)
{
	out_field_text(p.s, p.len);
}

static void str(const char *s)
{
	out_field_text(s, strlen(s));
}

static void roles_of(const struct digest_person *p)
{
	size_t r;

	for (r = 0; r < p->nroles; r++) {
		if (r)
			str(", ");
		str(person_role_names[p->roles[r]]);
	}
}

/* "28 tập thể, 93 cá nhân" */
static void recipients_of(const struct tally_row *row, bool items)
{
	char lead[24];
	size_t j;

	for (j = 0; j < row->nto; j++) {
		tally_count_lead(&row->to[j], lead);
		if (items) {
			char entry[24 + TALLY_TEXT];
			size_t n = strlen(lead), m = strlen(row->to[j].text);
			memcpy(entry, lead, n);
			memcpy(entry + n, row->to[j].text, m);
			out_item(entry, n + m);
			continue;
		}
		if (j)
			str(", ");
		str(lead);
		str(row->to[j].text);
	}
}

/* "98.35% đảng viên hoàn thành tốt nhiệm vụ", "kết nạp 133 đảng viên mới" */
static void stat_of(const struct digest_stat *st)
{
	bool percent = st->unit.len == 1 && st->unit.s[0] == '%';

	/* a count's verb, and a percentage's where it says more than its
	 * phrase ("vượt 3% chỉ tiêu") */
	if (st->what.len && (!percent || !same(st->what, st->phrase.s, st->phrase.len))) {
		text(st->what);
		str(" ");
	}
	text(st->value);
	if (percent)
		str("%");
	/* "tăng bình quân 7.2%/năm": a time alone goes on the figure */
	if (st->phrase.len) {
		if (st->phrase.s[0] != '/')
			str(" ");
		text(st->phrase);
	}
}

static void write_tsv(const struct digest *d)
{
	size_t k;

	out_field_open(extras[PEOPLE]);
	for (k = 0; k < d->npeople; k++) {
		if (k)
			str("; ");
		text(d->people[k].name);
		str(": ");
		roles_of(&d->people[k]);
	}
	out_field_open(extras[AWARDS]);
	for (k = 0; k < d->awards.nrows; k++) {
		const struct tally_row *row = &d->awards.rows[k];
		if (k)
			str("; ");
		str(row->value);
		if (row->by[0]) {
			str(" (");
			str(row->by);
			str(")");
		}
		if (row->nto) {
			str(": ");
			recipients_of(row, false);
		}
	}
	out_field_open(extras[REFS]);
	for (k = 0; k < d->nrefs; k++) {
		if (k)
			str("; ");
		text(d->refs[k].value);
	}
	out_field_open(extras[STATS]);
	for (k = 0; k < d->stats.n; k++) {
		if (k)
			str("; ");
		stat_of(&d->stats.stat[k]);
	}
}

static void field(const char *name, struct piece p)
{
	out_field(name, p.s, p.len);
}

static void write_json(const struct digest *d)
{
	char loc[48];
	size_t k;

	out_array_open(extras[PEOPLE]);
	for (k = 0; k < d->npeople; k++) {
		out_object_open(NULL);
		field("name", d->people[k].name);
		field("title", d->people[k].title);
		out_field_open("role");
		roles_of(&d->people[k]);
		out_object_close();
	}
	out_array_close();
	out_array_open(extras[AWARDS]);
	for (k = 0; k < d->awards.nrows; k++) {
		const struct tally_row *row = &d->awards.rows[k];
		out_object_open(NULL);
		out_field_str("value", row->value);
		out_field_str("by", row->by);
		out_array_open("to");
		recipients_of(row, true);
		out_array_close();
		out_field_str("for", row->reason);
		out_object_close();
	}
	out_array_close();
	out_array_open(extras[REFS]);
	for (k = 0; k < d->nrefs; k++) {
		const struct digest_ref *r = &d->refs[k];
		out_object_open(NULL);
		field("value", r->value);
		field("text", r->text);
		field("type", r->type);
		field("issuer", r->issuer);
		field("date", r->date);
		field("term", r->term);
		field("subject", r->subject);
		out_object_close();
	}
	out_array_close();
	out_array_open(extras[STATS]);
	for (k = 0; k < d->stats.n; k++) {
		const struct digest_stat *st = &d->stats.stat[k];
		out_object_open(NULL);
		field("value", st->value);
		out_field_str("kind", st->kind);
		field("unit", st->unit);
		field("what", st->what);
		out_field_open("text");
		stat_of(st);
		snprintf(loc, sizeof loc, "%ld.%ld", st->line, st->sent);
		out_field_str("loc", loc);
		out_object_close();
	}
	out_array_close();
	out_object_open("meta");
	out_field("title", d->catalogue.title, d->catalogue.title_len);
	out_field_str("published", d->catalogue.published);
	out_field("source", d->catalogue.source, d->catalogue.source_len);
	out_field("author", d->catalogue.author, d->catalogue.author_len);
	out_object_close();
}

void digest_write(const struct digest *d, const char *doc)
{
	char date[TEMPORAL_VALUE_MAX];
	bool event = d->event.rank > 0;

	if (!d->lines)
		return;
	date_of(d, date);
	out_begin(doc, event ? d->event.line : d->first_line, event ? d->event.sent : 0);
	out_field_str("kind", "event");
	field("value", event ? d->event.value : piece_str(""));
	out_field("text", d->event.text, event ? d->event.text_len : 0);
	out_field_str(extras[DATE], date);
	field(extras[ORGANIZER], event ? d->event.organizer : piece_str(""));
	if (out_json_on())
		write_json(d);
	else
		write_tsv(d);
	out_end();
}
