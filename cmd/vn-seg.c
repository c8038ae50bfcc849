/* vn-seg: split Vietnamese text into sentences, one record each. */
#include "../common/finding.h"
#include "../common/tool.h"

static void write_sentence(const struct sentence *s, void *ctx)
{
	(void)ctx;
	text_record_write(s->doc, s->line, s->sent, s->text, s->len);
}

int main(int argc, char **argv)
{
	static const struct tool seg = {
		.name = "vn-seg",
		.purpose = "Write one record DOC<TAB>LOC<TAB>TEXT per sentence of the input.\n",
		.sentence = write_sentence,
		.columns = &text_columns,
	};

	return tool_main(argc, argv, &seg);
}
