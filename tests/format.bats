#!/usr/bin/env bats
# The record format's rules for what is read and written (docs/FORMAT.md), on
# every program: malformed records, names that are not UTF-8, the input shape.

load helper
bats_require_minimum_version 1.5.0

# Every program, so that one that is added is tested the day it exists.
programs() { for p in "$BIN"/vn-*; do basename "$p"; done; }

@test "format: L of LOC is 1-based: a record on line 0 is reported and skipped, exit 1" {
	for p in $(programs); do
		run --separate-stderr "$p" <<< $'d\t0.1\tHội nghị bế mạc.\nd\t2.0\t'
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
