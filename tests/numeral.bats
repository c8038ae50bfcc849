#!/usr/bin/env bats
# common/numeral.c: numeral_format, through its test driver numeral-check.

load helper

NUMERAL="$BIN/check/numeral-check"

@test "numeral_format: a value that fits is written whole" {
	run "$NUMERAL" 9835 -2 6
	check_out "5 '98.35'"
	run "$NUMERAL" 12 8 11
	check_out "10 '1200000000'"
	run "$NUMERAL" 5 -3 6
	check_out "5 '0.005'"
}

@test "numeral_format: a buffer too short gives 0 and an empty string, never an unterminated one" {
	run "$NUMERAL" 9835 -2 5
	check_out "0 ''"
	run "$NUMERAL" 12 8 3
	check_out "0 ''"
	run "$NUMERAL" 5 -3 1
	check_out "0 ''"
	run "$NUMERAL" -7 0 2
	check_out "0 ''"
}

@test "numeral_format: a buffer of no bytes is left alone" {
	run "$NUMERAL" 1 0 0
	check_out "0 unterminated"
}
