#!/usr/bin/env bats
# The record format's rules for what is read and written (docs/FORMAT.md), on
# every program: malformed records, names that are not UTF-8, the input shape.

load helper
bats_require_minimum_version 1.5.0

# Every program, so that one that is added is tested the day it exists.
programs() { for p in "$BIN"/vn-*; do basename "$p"; done; }

@test "format: L of LOC is 1-based: a record on line 0 is reported and skipped, exit 1" {
	for p in $(programs); do
		run --separate-stderr "$p" <<< $'d\t0.1\tHội nghị bế mạc.'
		[ "$status" -eq 1 ] || { echo "$p: status $status"; return 1; }
		[ "$stderr" = "$p: -:1: not a record: L of LOC is 0 (lines count from 1)" ] ||
			{ echo "$p: $stderr"; return 1; }
		check_out ""
	done
}

@test "format: S of 0 is a whole paragraph, segmented" {
	run vn-seg <<< $'d\t3.0\tMột. Hai.'
	check_out $'d\t3.1\tMột.\nd\t3.2\tHai.'
}

@test "format: a line that ends after LOC is no record, whatever ends it" {
	for end in '\n' '\r\n' ''; do
		run --separate-stderr sh -c "printf 'd\t1.1\tMột.\nd1\t4.0$end' | vn-seg"
		[ "$status" -eq 1 ]
		check_out $'d\t1.1\tMột.'
		[ "$stderr" = "vn-seg: -:2: not a record: no TEXT after LOC" ]
	done
}

@test "format: an empty TEXT after its TAB is a record" {
	run --separate-stderr sh -c "printf 'd\t1.1\tMột.\nd1\t4.0\t\r\nd\t5.1\tHai.' | vn-seg"
	[ "$status" -eq 0 ]
	check_out $'d\t1.1\tMột.\nd\t5.1\tHai.'
	[ "$stderr" = "" ]
}

@test "format: LOC numbers have at most 18 digits, leading zeros aside; a longer one is no record" {
	run --separate-stderr vn-seg <<< $'d\t123456789012345.9\tMột.\nd\t1.0000000000000000000002\tHai.\nd\t999999999999999999.1000000000000000000\tBa.\nd\t1000000000000000000.1\tBốn.'
	[ "$status" -eq 1 ]
	check_out $'d\t123456789012345.9\tMột.\nd\t1.2\tHai.'
	[ "$stderr" = "vn-seg: -:3: not a record: a number in LOC has more than 18 digits
vn-seg: -:4: not a record: a number in LOC has more than 18 digits" ]
}

@test "format: the largest LOC is kept as it is" {
	run vn-seg <<< $'d\t999999999999999999.999999999999999999\tMột.'
	check_out $'d\t999999999999999999.999999999999999999\tMột.'
}

@test "format: a file name that is not UTF-8 is DOC with U+FFFD, in TSV and JSON, with a warning" {
	cd "$BATS_TEST_TMPDIR"
	printf 'Hội nghị bế mạc.\n' > $'b\xffn.txt'
	run --separate-stderr vn-seg $'b\xffn.txt'
	[ "$status" -eq 0 ]
	check_out $'b\xef\xbf\xbdn.txt\t1.1\tHội nghị bế mạc.'
	[ "$stderr" = 'vn-seg: b\xFFn.txt: invalid UTF-8 in the name replaced with U+FFFD in DOC' ]
	run --separate-stderr vn-seg -j $'b\xffn.txt'
	check_out $'{"doc":"b\xef\xbf\xbdn.txt","loc":"1.1","line":1,"sentence":1,"text":"Hội nghị bế mạc."}'
}

@test "format: a -d name that is not UTF-8 is DOC with U+FFFD" {
	run --separate-stderr vn-seg -j -d $'t\xc3\xe1\xbb' <<< 'Một.'
	check_out $'{"doc":"t\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd","loc":"1.1","line":1,"sentence":1,"text":"Một."}'
	[ "$stderr" = 'vn-seg: t\xC3\xE1\xBB: invalid UTF-8 in the name replaced with U+FFFD in DOC' ]
}

@test "format: an -l ID and a record's DOC that are not UTF-8 have U+FFFD, one warning per input" {
	for p in $(programs); do
		run --separate-stderr "$p" -l -j <<< $'a\xff\tHà Nội.\nb\xfe\tHuế.'
		[ "$status" -eq 0 ]
		[[ "$output" != *$'\xff'* && "$output" != *$'\xfe'* ]] || { echo "$p: $output"; return 1; }
		[ "$stderr" = "$p: -:1: invalid UTF-8 or NUL in a field replaced with U+FFFD" ] ||
			{ echo "$p: $stderr"; return 1; }
	done
	run --separate-stderr vn-seg -l <<< $'a\xff\tHà Nội.'
	check_out $'a\xef\xbf\xbd\t1.1\tHà Nội.'
	run --separate-stderr vn-seg <<< $'d\xc0\xaf\t2.1\tHuế.'
	check_out $'d\xef\xbf\xbd\xef\xbf\xbd\t2.1\tHuế.'
}

@test "format: an escaped NUL in DOC becomes U+FFFD; in TEXT it stays \\0" {
	run --separate-stderr vn-seg <<< $'a\\0b\t1.1\tMột\\0hai.'
	check_out $'a\xef\xbf\xbdb\t1.1\tMột\\0hai.'
	[ "$stderr" = "vn-seg: -:1: invalid UTF-8 or NUL in a field replaced with U+FFFD" ]
	run --separate-stderr vn-seg -j <<< $'a\\0b\t1.1\tMột\\0hai.'
	check_out $'{"doc":"a\xef\xbf\xbdb","loc":"1.1","line":1,"sentence":1,"text":"Một\\u0000hai."}'
}

@test "format: a DOC longer than 4096 bytes is cut at a character's end, with an error" {
	run --separate-stderr vn-seg <<< "$(printf 'ạ%.0s' $(seq 1500))"$'\t1.1\tMột.'
	[ "$status" -eq 1 ]
	check_out "$(printf 'ạ%.0s' $(seq 1365))"$'\t1.1\tMột.'
	[ "$stderr" = "vn-seg: -:1: DOC longer than 4096 bytes, cut" ]
}

# The programs that run on the skeleton (common/tool.c), which gives them
# their options, usage errors and --help.
skeleton_programs() {
	for p in $(programs); do
		grep -q 'tool_main' "$BATS_TEST_DIRNAME/../cmd/$p.c" && echo "$p"
	done
}

@test "format: --help and --version into a full disk are reported, exit 1" {
	[ -n "$(skeleton_programs)" ]
	for p in $(skeleton_programs); do
		for opt in --help --version -h; do
			run --separate-stderr "$p" "$opt"
			[ "$status" -eq 0 ] && [ -n "$output" ] || { echo "$p $opt: $status"; return 1; }
			run --separate-stderr sh -c "$p $opt > /dev/full"
			[ "$status" -eq 1 ] || { echo "$p $opt: status $status"; return 1; }
			[ "$stderr" = "$p: write error: standard output" ] || { echo "$p $opt: $stderr"; return 1; }
		done
	done
}

@test "format: usage errors name the program, not the path it was run by, and say what getopt_long says" {
	for p in $(skeleton_programs); do
		run --separate-stderr "$BIN/$p" --bogus
		[ "$status" -eq 2 ]
		[ "${stderr%%$'\n'*}" = "$p: unrecognized option '--bogus'" ] || { echo "$stderr"; return 1; }
		run --separate-stderr "$BIN/$p" -Y
		[ "${stderr%%$'\n'*}" = "$p: invalid option -- 'Y'" ] || { echo "$stderr"; return 1; }
		run --separate-stderr "$BIN/$p" -d
		[ "${stderr%%$'\n'*}" = "$p: option requires an argument -- 'd'" ] || { echo "$stderr"; return 1; }
		run --separate-stderr "$BIN/$p" --doc
		[ "${stderr%%$'\n'*}" = "$p: option '--doc' requires an argument" ] || { echo "$stderr"; return 1; }
		run --separate-stderr "$BIN/$p" --json=yes
		[ "${stderr%%$'\n'*}" = "$p: option '--json' doesn't allow an argument" ] || { echo "$stderr"; return 1; }
		[[ "$stderr" == *$'\n'"Try '$p --help' for more information." ]]
	done
}

@test "format: names in messages show control bytes and bytes that are not UTF-8 as \\xHH" {
	for p in $(programs); do
		run --separate-stderr "$p" $'/nonexistent/\e[2Jred\x9b\xc2\x9b\\x'
		[ "$status" -eq 1 ]
		[ "$stderr" = "$p: /nonexistent/\\x1B[2Jred\\x9B\\xC2\\x9B\\\\x: No such file or directory" ] ||
			{ echo "$stderr"; return 1; }
	done
	for p in $(skeleton_programs); do
		run --separate-stderr "$p" $'--\e]0;title\a'
		[ "${stderr%%$'\n'*}" = "$p: unrecognized option '--\\x1B]0;title\\x07'" ] || { echo "$stderr"; return 1; }
	done
	printf 'Một.\n' > "$BATS_TEST_TMPDIR/"$'\e[1mbold'
	run --separate-stderr vn-seg "$BATS_TEST_TMPDIR/"$'\e[1mbold' <<< ''
	check_out "$BATS_TEST_TMPDIR/"$'\e[1mbold\t1.1\tMột.'
	run --separate-stderr vn-clean -c $'\e[1m' < /dev/null
	[ "$status" -eq 2 ]
	[ "$stderr" = 'vn-clean: \x1B[1m: No such file or directory' ]
}

@test "format: a record stream's messages name it printable too" {
	printf 'd\t1.1\tMột.\nrác\n' > "$BATS_TEST_TMPDIR/"$'r\x01'
	run --separate-stderr vn-seg "$BATS_TEST_TMPDIR/"$'r\x01'
	[ "$status" -eq 1 ]
	[ "$stderr" = "vn-seg: $BATS_TEST_TMPDIR/r\\x01:2: not a record: no TAB
vn-seg: $BATS_TEST_TMPDIR/r\\x01: read as records, for its first line is one; --input=raw reads it as text" ]
}

@test "format: a file's shape is told by its first line however long its DOC is" {
	f="$BATS_TEST_TMPDIR/long-doc.tsv"
	{ printf 'đ%.0s' $(seq 150000); printf '\t2.0\tMột. Hai.\nd\t3.1\tBa.\n'; } > "$f"
	run --separate-stderr vn-seg "$f"
	[ "$status" -eq 1 ]
	[ "$stderr" = "vn-seg: $f:1: DOC longer than 4096 bytes, cut" ]
	check_out "$(printf 'đ%.0s' $(seq 2048))"$'\t2.1\tMột.\n'"$(printf 'đ%.0s' $(seq 2048))"$'\t2.2\tHai.\nd\t3.1\tBa.'
}

@test "format: a first line longer than the buffer without a record's start is raw text, read whole" {
	f="$BATS_TEST_TMPDIR/long-line.txt"
	{ printf 'chữ %.0s' $(seq 100000); printf '\t2.x\tMột.\nHai.\n'; } > "$f"
	run vn-seg "$f"
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[1]}" = "$f	2.1	Hai." ]
	[ "$(vn-seg "$f" | head -n 1 | cut -f3 | grep -o 'chữ' | wc -l)" -eq 100000 ]
	{ printf 'chữ %.0s' $(seq 100000); printf '\n1\t2.0\tMột.\n'; } > "$f"
	run vn-seg "$f"
	[ "${lines[1]}" = "$f	2.1	1\\t2.0\\tMột." ]
}

@test "format: a device is not read ahead for its shape: /dev/zero streams as raw text" {
	# A guard, not a timing: vn-seg would never write if it read on for a line end.
	run timeout 60 sh -c 'vn-seg /dev/zero | head -c 24'
	check_out '/dev/zero	1.1	\0\0\0\0\0'
}
