#!/usr/bin/env bats
# What every program does the same way, through the skeleton in common/tool.c:
# each test runs over every bin/vn-* there is, so a new program is covered the
# day it exists. A failing program is named in the test's output.

load helper
bats_require_minimum_version 1.5.0

# A sentence every extractor finds something in.
SENTENCE='Ngày 7/3/2021, thực hiện Chỉ thị số 05-CT/TW, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, thay mặt Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 28 tập thể và 93 cá nhân.'

programs() {
	local p
	for p in "$BIN"/vn-*; do
		[ -x "$p" ] && basename "$p"
	done
}

# fail_for PROGRAM WHAT: says which program failed and how, and fails.
fail_for() {
	printf '%s: %s\n' "$1" "$2" >&2
	return 1
}

setup() {
	printf '%s\n' "$SENTENCE" > "$BATS_TEST_TMPDIR/one.txt"
}

@test "every program: there are programs to test" {
	[ "$(programs | wc -l)" -ge 5 ]
}

@test "every program: -h and --help print the usage, every option and exit 0" {
	for p in $(programs); do
		for h in -h --help; do
			run --separate-stderr "$p" "$h"
			[ "$status" -eq 0 ] || fail_for "$p" "$h: status $status"
			[[ "${lines[0]}" == "usage: $p "*" [file ...]" ]] || fail_for "$p" "$h: ${lines[0]}"
			[[ "$output" == *"-h, --help"* && "$output" == *"--version"* && "$output" == *"-j, --json"* ]] ||
				fail_for "$p" "$h does not list -h, --help, --version, -j"
			[ -z "$stderr" ] || fail_for "$p" "$h wrote to stderr"
		done
	done
}

@test "every program: --version in the GNU shape" {
	for p in $(programs); do
		run "$p" --version
		[ "$status" -eq 0 ] || fail_for "$p" "status $status"
		[[ "${lines[0]}" =~ ^$p\ \(vnpipe\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail_for "$p" "${lines[0]}"
		[[ "${lines[1]}" == "Copyright (C) "* && "${lines[2]}" == "License MIT"* ]] || fail_for "$p" "${lines[1]}"
	done
}

@test "every program: an unknown option is a usage error: one line, the synopsis, 'Try --help', exit 2" {
	for p in $(programs); do
		run --separate-stderr "$p" -y
		[ "$status" -eq 2 ] || fail_for "$p" "-y: status $status"
		[ -z "$output" ] || fail_for "$p" "-y wrote to stdout"
		[ "${#stderr_lines[@]}" -eq 3 ] || fail_for "$p" "-y: ${#stderr_lines[@]} lines"
		[ "${stderr_lines[0]}" = "$p: invalid option -- 'y'" ] || fail_for "$p" "${stderr_lines[0]}"
		[[ "${stderr_lines[1]}" == "usage: $p "* ]] || fail_for "$p" "${stderr_lines[1]}"
		[ "${stderr_lines[2]}" = "Try '$p --help' for more information." ] || fail_for "$p" "${stderr_lines[2]}"
		run --separate-stderr "$p" --bogus
		[ "$status" -eq 2 ] || fail_for "$p" "--bogus: status $status"
		[ "${stderr_lines[0]}" = "$p: unrecognized option '--bogus'" ] || fail_for "$p" "${stderr_lines[0]}"
		run --separate-stderr "$p" -d
		[ "$status" -eq 2 ] || fail_for "$p" "-d: status $status"
		[ "${stderr_lines[0]}" = "$p: option requires an argument -- 'd'" ] || fail_for "$p" "${stderr_lines[0]}"
	done
}

@test "every program: messages name the program, not the path it was run by" {
	for p in $(programs); do
		run --separate-stderr "$BIN/$p" -y
		[ "${stderr_lines[0]}" = "$p: invalid option -- 'y'" ] || fail_for "$p" "${stderr_lines[0]}"
	done
}

@test "every program: options may follow the files, and -- ends them" {
	for p in $(programs); do
		a=$("$p" -j "$BATS_TEST_TMPDIR/one.txt")
		b=$("$p" "$BATS_TEST_TMPDIR/one.txt" -j)
		[ -n "$a" ] && [ "$a" = "$b" ] || fail_for "$p" "-j after the file differs"
		run --separate-stderr "$p" -- -j
		[ "$status" -eq 1 ] && [ "$stderr" = "$p: -j: No such file or directory" ] || fail_for "$p" "-- -j: $stderr"
	done
}

@test "every program: --long options: --json, --lines, --doc=NAME" {
	for p in $(programs); do
		[ "$("$p" --json "$BATS_TEST_TMPDIR/one.txt")" = "$("$p" -j "$BATS_TEST_TMPDIR/one.txt")" ] ||
			fail_for "$p" "--json"
		[ "$("$p" --doc=x < "$BATS_TEST_TMPDIR/one.txt")" = "$("$p" -d x < "$BATS_TEST_TMPDIR/one.txt")" ] ||
			fail_for "$p" "--doc=x"
		printf 'a\t%s\n' "$SENTENCE" > "$BATS_TEST_TMPDIR/lines"
		[ "$("$p" --lines "$BATS_TEST_TMPDIR/lines")" = "$("$p" -l "$BATS_TEST_TMPDIR/lines")" ] ||
			fail_for "$p" "--lines"
	done
}

@test "every program: --input=lines is -l, --input=records and --line-buffered change no record" {
	printf 'a\t%s\n' "$SENTENCE" > "$BATS_TEST_TMPDIR/lines"
	vn-seg "$BATS_TEST_TMPDIR/one.txt" > "$BATS_TEST_TMPDIR/records"
	for p in $(programs); do
		a=$("$p" -l "$BATS_TEST_TMPDIR/lines")
		[ -n "$a" ] && [ "$a" = "$("$p" --input=lines "$BATS_TEST_TMPDIR/lines")" ] || fail_for "$p" "--input=lines"
		[ "$("$p" "$BATS_TEST_TMPDIR/records" 2>&1)" = "$("$p" --input=records "$BATS_TEST_TMPDIR/records" 2>&1)" ] ||
			fail_for "$p" "--input=records"
		[ "$("$p" "$BATS_TEST_TMPDIR/one.txt")" = "$("$p" --line-buffered "$BATS_TEST_TMPDIR/one.txt")" ] ||
			fail_for "$p" "--line-buffered"
	done
}

@test "every program: -H names each field of its records (of -s too), as -j names it, in capitals" {
	command -v python3 >/dev/null || skip "python3 is needed to read JSON"
	for p in $(programs); do
		modes="none"
		"$p" --help | grep -q -- '-s, --summary' && modes="$modes -s"
		"$p" --help | grep -q -- '-b, --body' && modes="$modes -b"
		for m in $modes; do
			[ "$m" = none ] && m=
			"$p" $m -H "$BATS_TEST_TMPDIR/one.txt" > "$BATS_TEST_TMPDIR/tsv"
			"$p" $m -j "$BATS_TEST_TMPDIR/one.txt" > "$BATS_TEST_TMPDIR/json"
			python3 -c '
import json, sys
tsv = open(sys.argv[1], encoding="utf-8").read().splitlines()
rows = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
header = tsv[0].split("\t")
assert rows and len(tsv) == len(rows) + 1, "%d lines, %d records" % (len(tsv), len(rows))
for line, row in zip(tsv[1:], rows):
    # past the TSV fields, -j may have fields of its own (vn-digest: meta)
    keys = [k.upper() for k in row if k not in ("line", "sentence")][:len(header)]
    assert keys == header, (header, keys)
    assert len(line.split("\t")) == len(header), line
' "$BATS_TEST_TMPDIR/tsv" "$BATS_TEST_TMPDIR/json" || fail_for "$p" "-H $m"
		done
	done
}

@test "every program: -j writes valid JSON Lines with doc, and loc beside its numbers line and sentence" {
	command -v python3 >/dev/null || skip "python3 is needed to check JSON"
	for p in $(programs); do
		"$p" -j "$BATS_TEST_TMPDIR/one.txt" > "$BATS_TEST_TMPDIR/out"
		python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    assert "doc" in r, line
    if "loc" in r:
        keys = list(r)
        assert keys[1:4] == ["loc", "line", "sentence"], line
        assert r["loc"] == "%d.%d" % (r["line"], r["sentence"]), line
        assert type(r["line"]) is int and type(r["sentence"]) is int, line
    n += 1
assert n > 0
' "$BATS_TEST_TMPDIR/out" || fail_for "$p" "invalid JSON"
	done
}

@test "every program: an empty file gives nothing and succeeds" {
	: > "$BATS_TEST_TMPDIR/empty"
	for p in $(programs); do
		run --separate-stderr "$p" "$BATS_TEST_TMPDIR/empty"
		[ "$status" -eq 0 ] && [ -z "$output" ] && [ -z "$stderr" ] || fail_for "$p" "status $status"
	done
}

@test "every program: a missing file is reported, the others are read, exit 1" {
	for p in $(programs); do
		run --separate-stderr "$p" "$BATS_TEST_TMPDIR/nope" "$BATS_TEST_TMPDIR/one.txt" "$BATS_TEST_TMPDIR/nope2"
		[ "$status" -eq 1 ] || fail_for "$p" "status $status"
		[ "$stderr" = "$p: $BATS_TEST_TMPDIR/nope: No such file or directory
$p: $BATS_TEST_TMPDIR/nope2: No such file or directory" ] || fail_for "$p" "$stderr"
		[ "$output" = "$("$p" "$BATS_TEST_TMPDIR/one.txt")" ] || fail_for "$p" "the file between was not read whole"
	done
}

@test "every program: a directory is reported as unreadable, exit 1" {
	for p in $(programs); do
		run --separate-stderr "$p" "$BATS_TEST_TMPDIR"
		[ "$status" -eq 1 ] && [ "$stderr" = "$p: $BATS_TEST_TMPDIR: Is a directory" ] || fail_for "$p" "$stderr"
	done
}

@test "every program: a full disk is an error, for records, --help and --version" {
	for p in $(programs); do
		run sh -c "'$p' '$BATS_TEST_TMPDIR/one.txt' > /dev/full"
		[ "$status" -eq 1 ] && [ "$output" = "$p: write error: No space left on device" ] || fail_for "$p" "$output"
		for h in --help --version; do
			run sh -c "'$p' $h > /dev/full"
			[ "$status" -eq 1 ] && [[ "$output" == "$p: write error"* ]] || fail_for "$p" "$h: $output"
		done
	done
}

@test "every program: a closed pipe ends it quietly, killed by SIGPIPE as cat is" {
	# Documents that differ (one per line, -l), so that every program writes
	# for each and vn-clean folds none into another.
	yes "$SENTENCE" | head -n 100000 | awk '{ print "d" NR "\t" NR ". " $0 }' > "$BATS_TEST_TMPDIR/many"
	for p in $(programs); do
		run bash -c "'$p' -l '$BATS_TEST_TMPDIR/many' 2>'$BATS_TEST_TMPDIR/err' | head -n 1 >/dev/null; echo \${PIPESTATUS[0]}"
		[ "$output" = 141 ] || fail_for "$p" "status $output"
		[ ! -s "$BATS_TEST_TMPDIR/err" ] || fail_for "$p" "$(cat "$BATS_TEST_TMPDIR/err")"
	done
}

@test "every program: invalid UTF-8 becomes U+FFFD with one warning naming the file and line" {
	printf 'Một dòng.\n%s \xff\xfe\n\xc3 nữa.\n' "$SENTENCE" > "$BATS_TEST_TMPDIR/bad.txt"
	for p in $(programs); do
		run --separate-stderr "$p" "$BATS_TEST_TMPDIR/bad.txt"
		[ "$status" -eq 0 ] || fail_for "$p" "status $status"
		[ "$stderr" = "$p: $BATS_TEST_TMPDIR/bad.txt:2: invalid UTF-8 replaced with U+FFFD" ] || fail_for "$p" "$stderr"
		[ "$(printf '%s' "$output" | iconv -f UTF-8 -t UTF-8 2>&1 >/dev/null)" = "" ] || fail_for "$p" "output is not UTF-8"
	done
}

@test "every program: CRLF line ends and a BOM change nothing" {
	printf '%s\n%s\n' "$SENTENCE" "$SENTENCE" > "$BATS_TEST_TMPDIR/lf"
	printf '\xef\xbb\xbf%s\r\n%s\r\n' "$SENTENCE" "$SENTENCE" > "$BATS_TEST_TMPDIR/crlf"
	for p in $(programs); do
		a=$("$p" -d x < "$BATS_TEST_TMPDIR/lf")
		b=$("$p" -d x < "$BATS_TEST_TMPDIR/crlf")
		[ -n "$a" ] && [ "$a" = "$b" ] || fail_for "$p" "CRLF or BOM changed the output"
	done
}

@test "every program: NUL bytes and a 1 MB line without a boundary do not crash it or lose the rest" {
	# Two documents (-l): the odd one, then the sentence, read as if alone.
	{ printf 'x\tx\\0y '; yes 'chữ' | head -n 300000 | tr '\n' ' '; printf '\ny\t%s\n' "$SENTENCE"; } > "$BATS_TEST_TMPDIR/odd"
	printf 'y\t%s\n' "$SENTENCE" > "$BATS_TEST_TMPDIR/alone"
	for p in $(programs); do
		run --separate-stderr "$p" -l "$BATS_TEST_TMPDIR/odd"
		[ "$status" -eq 0 ] || fail_for "$p" "status $status"
		[ "$("$p" -l "$BATS_TEST_TMPDIR/alone")" = "$(printf '%s\n' "$output" | grep '^y	')" ] ||
			fail_for "$p" "the document after was not read alike"
	done
}

@test "every program: output does not depend on the locale" {
	for p in $(programs); do
		a=$(LC_ALL=C "$p" "$BATS_TEST_TMPDIR/one.txt")
		b=$(LC_ALL=C.UTF-8 "$p" "$BATS_TEST_TMPDIR/one.txt")
		[ -n "$a" ] && [ "$a" = "$b" ] || fail_for "$p" "C and C.UTF-8 differ"
	done
}

@test "every program: -q and --quiet keep the warning for invalid UTF-8 quiet, and change no record" {
	printf '%s \xff\n' "$SENTENCE" > "$BATS_TEST_TMPDIR/bad.txt"
	for p in $(programs); do
		records=$("$p" "$BATS_TEST_TMPDIR/bad.txt" 2>/dev/null)
		for q in -q --quiet; do
			run --separate-stderr "$p" $q "$BATS_TEST_TMPDIR/bad.txt"
			[ "$status" -eq 0 ] && [ -z "$stderr" ] && [ "$output" = "$records" ] || fail_for "$p" "$q: $stderr"
		done
	done
}
