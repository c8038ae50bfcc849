/* vn-num: find every quantity in Vietnamese text (numbers, percentages, ratios,
 * ranges, ordinals) with the noun it counts. */
#include "../common/finding.h"
#include "../common/quantity.h"
#include "../common/tool.h"

static const char *const extras[] = {"unit"};
static const struct columns columns = COLUMNS(LEAD_FINDING, extras);

static void write_quantity(const struct quantity *q, void *ctx)
{
	const struct sentence *s = ctx;
	struct finding f;

	finding_init(&f, &columns, quantity_kind_names[q->kind], piece_str(q->value), q->text);
	finding_add(&f, q->unit);
	finding_write(s->doc, s->line, s->sent, &f);
}

static void number_sentence(const struct sentence *s, void *ctx)
{
	(void)ctx;
	quantity_find(s->text, s->len, write_quantity, (void *)s);
}

int main(int argc, char **argv)
{
	static const struct tool num = {
		.name = "vn-num",
		.purpose = "Write one record DOC<TAB>LOC<TAB>KIND<TAB>VALUE<TAB>TEXT<TAB>UNIT per quantity\n"
			   "in the input: number, percent, ratio or ordinal.\n",
		.sentence = number_sentence,
		.columns = &columns,
	};

	return tool_main(argc, argv, &num);
}
