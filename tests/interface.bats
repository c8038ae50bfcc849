#!/usr/bin/env bats
# The skeleton's interface, shown on a few programs with exact records: line
# buffering read through a pipe while the program still runs, the input
# shapes (--input and the guess), the header line (-H) and the numbers of
# LOC in -j. That every program takes these options is in common.bats.

load helper
bats_require_minimum_version 1.5.0

# first_while_open LINE PROGRAM [OPTION...]: starts the program with a pipe
# on each side, writes LINE into it and prints the first line it writes back
# while its input is still open; then closes the input and prints the rest.
# A program that holds its records fails after the 30-second guard.
first_while_open() {
	local line=$1 first pid
	shift
	coproc PROG { "$@"; }
	pid=$PROG_PID # bash forgets it once the program ends
	printf '%s\n' "$line" >&"${PROG[1]}"
	if ! IFS= read -t 30 -r first <&"${PROG[0]}"; then
		echo "no record while the input was open" >&2
		kill "$pid"
		return 1
	fi
	printf 'first: %s\n' "$first"
	exec {PROG[1]}>&-
	cat <&"${PROG[0]}"
	wait "$pid"
}

@test "--line-buffered: each record comes out while the input is still open, from raw text" {
	run first_while_open 'Ngày 7/3/2021, xã có 28 tập thể. Đêm qua trời mưa.' vn-seg --line-buffered
	check_out $'first: -\t1.1\tNgày 7/3/2021, xã có 28 tập thể.\n-\t1.2\tĐêm qua trời mưa.'
	run first_while_open 'Ngày 7/3/2021, xã có 28 tập thể. Đêm qua trời mưa.' vn-num --line-buffered
	check_out $'first: -\t1.1\tnumber\t28\t28\ttập thể'
	run first_while_open 'Trang chủ   >  Tin tức' vn-clean --line-buffered -k
	check_out $'first: -\t1.0\tTrang chủ > Tin tức'
}

@test "--line-buffered: from a short record, a finding record and an -l document" {
	run first_while_open $'a\t2.0\tCâu một. Câu hai.' vn-seg --line-buffered
	check_out $'first: a\t2.1\tCâu một.\na\t2.2\tCâu hai.'
	run first_while_open $'a\t3.1\tdate\t2021\tcó 5 xã' vn-num --line-buffered
	check_out $'first: a\t3.1\tnumber\t5\t5\txã'
	run first_while_open $'d7\tCâu một.\\nCâu hai.' vn-seg --line-buffered -l
	check_out $'first: d7\t1.1\tCâu một.\nd7\t2.1\tCâu hai.'
}

@test "--line-buffered: a byte that is not UTF-8 at a line's end waits for no more input" {
	run first_while_open $'Xã có 5 thôn \xC3' vn-seg --line-buffered -q
	check_out $'first: -\t1.1\tXã có 5 thôn \xEF\xBF\xBD'
}

@test "-j: LOC is the string L.S, and its parts follow it as the numbers line and sentence" {
	run sh -c 'printf "Tiêu đề\n\nMột. Hai. Ba. Bốn. Năm. Sáu. Bảy. Tám. Chín. Mười.\n" | vn-seg -j | tail -n 2'
	check_out '{"doc":"-","loc":"3.9","line":3,"sentence":9,"text":"Chín."}
{"doc":"-","loc":"3.10","line":3,"sentence":10,"text":"Mười."}'
	run sh -c 'printf "a\t12.0\tCó 15 xã.\n" | vn-num -j'
	check_out '{"doc":"a","loc":"12.1","line":12,"sentence":1,"kind":"number","value":"15","text":"15","unit":"xã"}'
}

@test "-j: a summary and a vn-pack line have no LOC, and no line or sentence" {
	run sh -c 'printf "Ban Thường vụ tặng Bằng khen cho 3 tập thể.\n" | vn-award -s -j'
	check_out '{"doc":"-","value":"Bằng khen","by":"Ban Thường vụ","to":"3 tập thể"}'
	run sh -c 'printf "Một.\nHai.\n" | vn-pack -j'
	check_out '{"doc":"-","text":"Một.\nHai."}'
}
