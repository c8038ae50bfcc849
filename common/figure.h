/* figure.h: the statistics a sentence reports: the quantities of quantity.h
 * that say what was achieved ("98,35% đảng viên hoàn thành tốt nhiệm vụ",
 * "kết nạp 133 đảng viên mới"), with what each measures; not a target
 * ("phấn đấu 95%"), nor a count of award recipients (the caller leaves
 * those out), nor a figure with nothing counted, nor one of a slogan in
 * quotes ("3 dám, 3 hơn"), nor a count in words that no verb says was done
 * ("hai nhiệm vụ trọng tâm"). */
#ifndef VN_FIGURE_H
#define VN_FIGURE_H

#include <stdbool.h>
#include <stddef.h>

#include "quantity.h"

struct figure {
	const struct quantity *q;
	/* What follows the figure to the end of its clause: the noun phrase and
	 * predicate of a percentage, the unit and its modifiers of a count. */
	struct piece phrase;
	/* What it measures: for a percentage the phrase; for a count the verb
	 * before it that says what happened ("kết nạp", "kiểm tra"), or empty. */
	struct piece what;
	/* The words of the phrase past a share in brackets, which it goes on
	 * with after a space: "hoàn thành xuất sắc nhiệm vụ" for the count and
	 * the percentage of "118 tổ chức cơ sở đảng (chiếm 19,28%) hoàn thành
	 * xuất sắc nhiệm vụ"; empty when none. */
	struct piece rest;
};

/* A sentence's figures, asked of in the order they stand. */
struct figure_reader {
	const char *s;
	size_t n;
	size_t at;               /* read up to here for plans */
	bool plan, target, list; /* what was read there */
	/* The verb of doing of the last count and where its clause ended: the
	 * count after it and "và" shares it ("kiểm tra 12 tổ chức đảng và 30
	 * đảng viên"). */
	struct piece verb;
	size_t verb_end;
	/* What the last sum or change measured, without its verb, and where
	 * its clause ended: a change after it and a comma measures it too
	 * ("kim ngạch xuất khẩu đạt 1.250 triệu USD, tăng 15,3% so với cùng
	 * kỳ"). */
	struct piece measure;
	size_t measure_end;
	/* The last count's phrase and rest before a share of it in brackets,
	 * and where the brackets open and close: the percentage in them
	 * measures what the count does ("118 tổ chức cơ sở đảng (19,28%) hoàn
	 * thành ..."), or what the words after them compare it with ("kết nạp
	 * 934 đảng viên (đạt 71,85%) so với kế hoạch"). */
	struct piece share_of, share_rest;
	size_t share_open, share_close;
	/* Whether s holds a quotation mark, which a slogan stands in; -1 until
	 * the first figure asks. */
	signed char quotes;
};

/* The sentence s[0..n) begins. */
void figure_begin(struct figure_reader *fr, const char *s, size_t n);
/* Whether its quantity q is a statistic; fills *fig. */
bool figure_of(struct figure_reader *fr, const struct quantity *q, struct figure *fig);

#endif
