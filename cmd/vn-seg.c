/* vn-seg: split Vietnamese text into sentences, one record each. */
#include <unistd.h>

#include "../common/loop.h"
#include "../common/output.h"
#include "../common/util.h"

static const char usage_text[] =
	"usage: vn-seg [-jl] [-d name] [file ...]\n"
	"Write one record DOC<TAB>LOC<TAB>TEXT per sentence of the input.\n"
	"  -d name  DOC for raw text (default: the file name, - for stdin)\n"
	"  -j       write JSON Lines\n"
	"  -l       each input line is one document: ID<TAB>TEXT\n";

static void write_sentence(const struct sentence *s, void *ctx)
{
	(void)ctx;
	out_begin(s->doc, s->line, s->sent);
	out_field("text", s->text, s->len);
	out_end();
}

static void segment(struct input *in, void *ctx)
{
	for_each_sentence(in, write_sentence, ctx);
}

int main(int argc, char **argv)
{
	struct common_opts o = {0};
	int c;

	progname = "vn-seg";
	common_long_opts(argc, argv, usage_text);
	while ((c = getopt(argc, argv, "d:hjl")) != -1)
		if (!common_opt(&o, c, optarg, usage_text))
			usage_error(usage_text);
	return finish(for_each_input(argv + optind, &o, segment, NULL));
}
