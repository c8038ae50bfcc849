/* vn-person: find the people Vietnamese text names, each with the titles
 * written with the name and the part the person plays: one record per
 * mention, or with -s one line per document and person. */
#include <stdio.h>
#include <string.h>

#include "../common/finding.h"
#include "../common/person.h"
#include "../common/tool.h"
#include "../common/util.h"

/* DOC LOC person NAME TEXT TITLE ROLE, or with -s DOC NAME TITLE ROLES MENTIONS */
static const char *const person_extras[] = {"title", "role"},
		  *const people_extras[] = {"name", "title", "roles", "mentions"};
static const struct columns person_columns = COLUMNS(LEAD_FINDING, person_extras),
			    people_columns = COLUMNS(LEAD_SUMMARY, people_extras);

struct state {
	struct person_doc doc;
	struct cleaner cl;
	struct chrome chrome; /* the lines of a page that end its article */
	bool chrome_ready;
	const char *name; /* DOC */
	bool summary;     /* -s */
};

static struct piece at(const char *s, struct span p)
{
	return (struct piece){s + p.start, p.len};
}

/* DOC LOC person NAME TEXT TITLE ROLE */
static void found(const struct person *p, void *ctx)
{
	struct state *st = ctx;
	struct piece titles[PERSON_TITLES];
	char role[32];
	struct finding f;
	size_t k;

	if (st->summary)
		return;
	for (k = 0; k < p->ntitles; k++)
		titles[k] = at(p->s, p->title[k]);
	finding_init(&f, &person_columns, "person", piece_str(p->name), at(p->s, p->text));
	finding_add_list(&f, titles, p->ntitles);
	/* "attend,speak": a second verb's part after the first, joined by
	 * hand, as a printf for each mention costs more than the rest of the
	 * record's writing */
	if (p->also) {
		size_t a = strlen(person_role_names[p->role]), b = strlen(person_role_names[p->also]);
		memcpy(role, person_role_names[p->role], a);
		role[a] = ',';
		memcpy(role + a + 1, person_role_names[p->also], b);
		finding_add(&f, (struct piece){role, a + 1 + b});
	} else {
		finding_add(&f, piece_str(person_role_names[p->role]));
	}
	finding_write(st->name, p->line, p->sent, &f);
}

/* DOC NAME TITLE ROLES MENTIONS for each person of the document so far. */
static void summary(const struct person_doc *d, void *ctx)
{
	struct state *st = ctx;
	char mentions[24], roles[PERSON_ROLES * 8];
	struct finding f;
	size_t k, r, len;

	if (!st->summary)
		return;
	for (k = 0; k < d->npeople; k++) {
		const struct person_known *p = &d->people[k];
		/* "chair,speak": the roles in order of first appearance */
		for (len = r = 0; r < p->nroles; r++)
			len += (size_t)snprintf(roles + len, sizeof roles - len, "%s%s", r ? "," : "",
						person_role_names[p->roles[r]]);
		roles[len] = '\0';
		snprintf(mentions, sizeof mentions, "%lu", p->mentions);
		summary_init(&f, &people_columns);
		finding_add(&f, piece_str(p->name));
		finding_add(&f, (struct piece){p->chain, p->chain_len});
		finding_add(&f, piece_str(roles));
		finding_add(&f, piece_str(mentions));
		finding_write_summary(st->name, &f);
	}
}

/* The page's chrome, built the first time a held line asks for it. */
static struct chrome *page_chrome(void *ctx)
{
	struct state *st = ctx;

	if (!st->chrome_ready) {
		if (!clean_init(&st->cl, false))
			die("out of memory");
		chrome_init(&st->chrome, &st->cl);
		st->chrome_ready = true;
	}
	return &st->chrome;
}

/* Frees the chrome, when a held line had it built. */
static void finish(void *ctx)
{
	struct state *st = ctx;

	if (st->chrome_ready) {
		chrome_free(&st->chrome);
		clean_free(&st->cl);
		st->chrome_ready = false;
	}
}

static void begin_document(const char *doc, void *ctx)
{
	struct state *st = ctx;

	st->name = doc;
	person_doc_start(&st->doc);
}

static void end_document(const char *doc, void *ctx)
{
	struct state *st = ctx;

	st->name = doc;
	person_doc_end(&st->doc);
}

static void read_sentence(const struct sentence *s, void *ctx)
{
	struct state *st = ctx;

	st->name = s->doc;
	person_sentence(&st->doc, s->line, s->sent, s->text, s->len);
}

static bool take_option(int letter, const char *arg, void *ctx)
{
	struct state *st = ctx;

	(void)arg;
	st->summary = letter == 's';
	if (st->summary)
		tool_set_columns(&people_columns);
	return st->summary;
}

int main(int argc, char **argv)
{
	static struct state st;
	static const struct tool_option options[] = {
		{'s', "summary", NULL, "write DOC<TAB>NAME<TAB>TITLE<TAB>ROLES<TAB>MENTIONS once per\n"
		 "document and person"},
	};
	static const struct tool person = {
		.name = "vn-person",
		.purpose = "Write one record DOC<TAB>LOC<TAB>person<TAB>NAME<TAB>TEXT<TAB>TITLE<TAB>ROLE\n"
			   "per mention of a person in the input.\n",
		.options = options,
		.noptions = NELEM(options),
		.option = take_option,
		.doc_begin = begin_document,
		.doc_end = end_document,
		.sentence = read_sentence,
		.columns = &person_columns,
		.end = finish,
		.ctx = &st,
	};

	memset(&st, 0, sizeof st);
	st.doc.found = found;
	st.doc.full = summary;
	st.doc.ctx = &st;
	st.doc.chrome = page_chrome;
	return tool_main(argc, argv, &person);
}
