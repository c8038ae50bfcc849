#!/usr/bin/env bats
# Options of the program skeleton (common/tool.c), in every program on it:
# those that list --quiet in their --help.

load helper
bats_require_minimum_version 1.5.0

# The programs on the skeleton; the four of them today at least.
skeleton_programs() {
	local p
	for p in "$BIN"/vn-*; do
		"$p" --help | grep -q -- '--quiet' && basename "$p"
	done
}

@test "options: vn-seg, vn-clean, vn-award and vn-pack are on the skeleton" {
	run skeleton_programs
	for p in vn-award vn-clean vn-pack vn-seg; do
		[[ " ${lines[*]} " == *" $p "* ]] || { echo "$p has no --quiet" >&2; return 1; }
	done
}

@test "options: -q and --quiet keep the warning for invalid UTF-8 quiet, and change no record" {
	printf 'Ngày 7/3, xã tặng Bằng khen cho 3 tập thể \377.\n' > "$BATS_TEST_TMPDIR/bad.txt"
	for p in $(skeleton_programs); do
		run --separate-stderr "$p" "$BATS_TEST_TMPDIR/bad.txt"
		[ "$stderr" = "$p: $BATS_TEST_TMPDIR/bad.txt:1: invalid UTF-8 replaced with U+FFFD" ] ||
			{ echo "$p: $stderr" >&2; return 1; }
		records=$output
		for q in -q --quiet; do
			run --separate-stderr "$p" $q "$BATS_TEST_TMPDIR/bad.txt"
			[ "$status" -eq 0 ] && [ -z "$stderr" ] && [ "$output" = "$records" ] ||
				{ echo "$p $q: $stderr" >&2; return 1; }
		done
	done
}

@test "options: an option after the files counts as before them (getopt_long permutes)" {
	printf 'Ngày 7/3, xã tặng Bằng khen cho 3 tập thể.\n' > "$BATS_TEST_TMPDIR/a.txt"
	for p in $(skeleton_programs); do
		run "$p" -j "$BATS_TEST_TMPDIR/a.txt"
		before=$output
		[[ "$before" == '{"doc":'* ]] || { echo "$p -j: $before" >&2; return 1; }
		run "$p" "$BATS_TEST_TMPDIR/a.txt" --json
		[ "$output" = "$before" ] || { echo "$p FILE --json: $output" >&2; return 1; }
		run "$p" "$BATS_TEST_TMPDIR/a.txt" -j
		[ "$output" = "$before" ] || { echo "$p FILE -j: $output" >&2; return 1; }
	done
}

@test "options: after --, a name that starts with - is a file" {
	printf 'Một câu.\n' > "$BATS_TEST_TMPDIR/-j"
	cd "$BATS_TEST_TMPDIR"
	run vn-seg -- -j
	check_out $'-j\t1.1\tMột câu.'
}
