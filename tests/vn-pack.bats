#!/usr/bin/env bats
# vn-pack: files and records to one document a line (ID<TAB>TEXT), and with -u back to files.

load helper
bats_require_minimum_version 1.5.0

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "vn-pack: each file is one line, its lines joined by \\n, TAB and backslash escaped" {
	printf 'Hội nghị tổng kết.\n\nCó 12\ttập thể; C:\\\\ghi\n' > a.txt
	printf 'Một dòng.\n' > b.txt
	run vn-pack a.txt b.txt
	check_out $'a.txt\tHội nghị tổng kết.\\n\\nCó 12\\ttập thể; C:\\\\\\\\ghi\nb.txt\tMột dòng.'
}

@test "vn-pack: standard input is DOC -, or the name given with -d; -j writes doc and text" {
	run sh -c 'printf "Dòng một.\nDòng hai.\n" | vn-pack'
	check_out $'-\tDòng một.\\nDòng hai.'
	run sh -c 'printf "Dòng một.\n" | vn-pack -d bai.txt -j'
	check_out '{"doc":"bai.txt","text":"Dòng một."}'
}

@test "vn-pack: packed and unpacked with -u -l, files come back byte for byte, in their directories" {
	mkdir -p in/2024
	printf 'Tiêu đề\n\n  Đoạn có khoảng trắng  \nC:\\\\tb \\\\0123 và\ttab\n' > in/a.txt
	printf 'Một\nHai\n' > in/2024/b.txt
	vn-pack in/a.txt in/2024/b.txt > docs.tsv
	run vn-pack -u out -l docs.tsv
	check_out ''
	[ "$status" -eq 0 ]
	cmp in/a.txt out/in/a.txt
	cmp in/2024/b.txt out/in/2024/b.txt
}

@test "vn-pack: from vn-clean's records, a dropped line is an empty one, so LOC is the same through -l" {
	printf 'Bản in\nSáng 5/3, hội nghị khai mạc. Có 40 đại biểu.\n\nBế mạc lúc 11h.\n' > a.txt
	run sh -c 'vn-clean a.txt | vn-pack'
	check_out $'a.txt\t\\nSáng 5/3, hội nghị khai mạc. Có 40 đại biểu.\\n\\nBế mạc lúc 11h.'
	run sh -c 'vn-clean a.txt | vn-seg'
	expected=$output
	run sh -c 'vn-clean a.txt | vn-pack | vn-seg -l'
	check_out "$expected"
}

@test "vn-pack: the sentences of one line are joined by a space; -u writes the cleaned text to files" {
	printf 'Bản in\nSáng 5/3, hội nghị khai mạc.   Có 40 đại biểu.\n' > a.txt
	run sh -c 'vn-seg a.txt | vn-pack'
	check_out $'a.txt\tBản in\\nSáng 5/3, hội nghị khai mạc. Có 40 đại biểu.'
	vn-clean a.txt | vn-pack -u clean
	run cat clean/a.txt
	check_out $'\nSáng 5/3, hội nghị khai mạc. Có 40 đại biểu.'
}

@test "vn-pack: a record 99999 lines on is written 65536 lines on; a line going back is the next" {
	printf 'a\t1.0\tmột\na\t100000.0\thai\na\t3.0\tba\n' > rec.tsv
	vn-pack -u out rec.tsv
	run wc -l < out/a
	check_out 65538
	run sed -n '1p; 65537,$p' out/a
	check_out $'một\nhai\nba'
}

@test "vn-pack: -u refuses an absolute DOC, one with .., '-' and an empty one, and writes the others" {
	printf '/tmp/x\tmột\n../x\thai\na/../../x\tba\n-\tbốn\n\tnăm\nok.txt\tsáu\n' > docs.tsv
	run -1 vn-pack -u out -l docs.tsv
	check_out "vn-pack: docs.tsv: DOC '/tmp/x' is not a relative path inside the directory
vn-pack: docs.tsv: DOC '../x' is not a relative path inside the directory
vn-pack: docs.tsv: DOC 'a/../../x' is not a relative path inside the directory
vn-pack: docs.tsv: DOC '-' is not a relative path inside the directory
vn-pack: docs.tsv: DOC '' is not a relative path inside the directory"
	run find out -type f
	check_out out/ok.txt
	[ ! -e x ] && [ ! -e ../x ]
}

@test "vn-pack: -u never writes over the input it reads" {
	printf 'docs.tsv\tmột\n' > docs.tsv
	run -1 vn-pack -u . -l docs.tsv
	check_out 'vn-pack: ./docs.tsv: is the input being read; not written'
	run cat docs.tsv
	check_out $'docs.tsv\tmột'
}

@test "vn-pack: -u refuses raw text once per input and says to give -l" {
	printf 'a.txt\tmột\nb.txt\thai\n' > docs.tsv
	run -1 vn-pack -u out docs.tsv
	check_out 'vn-pack: docs.tsv: not records: give -l for documents one a line, ID<TAB>TEXT'
	[ ! -e out ]
}

@test "vn-pack: -u reports a file it cannot write, exit 1, and writes the next" {
	mkdir out
	printf 'x\n' > out/file
	printf 'file/a.txt\tmột\nb.txt\thai\n' > docs.tsv
	run -1 vn-pack -u out -l docs.tsv
	check_out 'vn-pack: out/file/a.txt: Not a directory'
	run cat out/b.txt
	check_out 'hai'
}

@test "vn-pack: options come after the files too, as getopt_long permutes them" {
	printf 'x\tmột\n' > docs.tsv
	vn-pack docs.tsv -l --unpack=out
	run cat out/x
	check_out 'một'
}
