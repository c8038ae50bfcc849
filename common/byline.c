/* byline.c: the labels a byline opens with, and where its names begin. */
#include "byline.h"
#include "token.h"
#include "util.h"
#include "vietnamese.h"

static const struct {
	const char *label;
	bool photo, names_only;
} labels[] = {
	{"bài và ảnh", true, false}, {"bài, ảnh", true, false}, {"bài - ảnh", true, false},
	{"bài/ảnh", true, false}, {"bài & ảnh", true, false}, {"tin và ảnh", true, false},
	{"tin, ảnh", true, false}, {"tin - ảnh", true, false}, {"tin/ảnh", true, false},
	{"ảnh và bài", true, false}, {"tác giả", false, false}, {"thực hiện", false, false},
	{"nhóm thực hiện", false, false}, {"bài", false, true}, {"tin", false, true},
	{"ghi chép", false, true}, {"phóng viên", false, true}, {"nhóm phóng viên", false, true},
};

/* The labels as a list matched at one look (match_list), from the table on first use. */
static const char *label_words[NELEM(labels)];
static struct phrase_list label_list = PHRASE_LIST(label_words);

size_t byline_label(const char *s, size_t n, bool *photo, bool *names_only)
{
	size_t k, e;

	if (!label_words[0])
		for (k = 0; k < NELEM(labels); k++)
			label_words[k] = labels[k].label;
	if (!(e = match_list(s, n, 0, &label_list, &k)))
		return 0;
	/* the colon after it, and the names after that */
	e = vn_skip_spaces(s, n, e);
	if (e >= n || s[e] != ':')
		return 0;
	e = vn_skip_spaces(s, n, e + 1);
	*photo = labels[k].photo;
	*names_only = labels[k].names_only;
	return e < n ? e : 0;
}
