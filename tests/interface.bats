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
	run first_while_open $'a\t3.1\tdate\t2021\tcó 5 xã' vn-num --line-buffered --input=records
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

@test "input: raw text whose first line looks like a record is raw text when the lines after it are not records" {
	run --separate-stderr sh -c 'printf "Mục\t1.2\tGiới thiệu chung\nNgày 7/3/2021, xã có 28 tập thể.\n\nĐêm qua trời mưa.\n" | vn-seg'
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	check_out $'-\t1.1\tMục\\t1.2\\tGiới thiệu chung\n-\t2.1\tNgày 7/3/2021, xã có 28 tập thể.\n-\t4.1\tĐêm qua trời mưa.'
}

@test "input: a record stream stays one when a later line is a record, or too few lines follow to tell" {
	run --separate-stderr sh -c 'printf "a\t1.1\tMột.\nrác\nnữa\na\t4.1\tBốn.\n" | vn-seg'
	[ "$status" -eq 1 ]
	check_out $'a\t1.1\tMột.\na\t4.1\tBốn.'
	[ "$stderr" = "vn-seg: -:2: not a record: no TAB
vn-seg: -: read as records, for its first line is one; --input=raw reads it as text
vn-seg: -:3: not a record: no TAB" ]
	run --separate-stderr sh -c 'printf "Mục\t1.2\tGiới thiệu chung\nĐêm qua trời mưa.\n" | vn-seg'
	[ "$status" -eq 1 ]
	check_out $'Mục\t1.2\tGiới thiệu chung'
}

@test "input: --input=raw reads records as text, --input=records reads text as records, --input=lines is -l" {
	run sh -c 'printf "a\t1.1\tMột.\n" | vn-seg --input=raw'
	check_out $'-\t1.1\ta\\t1.1\\tMột.'
	run --separate-stderr sh -c 'printf "Mục\t1.2\tGiới thiệu chung\nMột.\n\nHai.\n" | vn-seg --input=records'
	[ "$status" -eq 1 ]
	check_out $'Mục\t1.2\tGiới thiệu chung'
	[ "$stderr" = "vn-seg: -:2: not a record: no TAB
vn-seg: -:4: not a record: no TAB" ]
	run sh -c 'printf "d1\tMột. Hai.\\\\nBa.\n" | vn-seg --input=lines'
	check_out $'d1\t1.1\tMột.\nd1\t1.2\tHai.\nd1\t2.1\tBa.'
}

@test "input: --input takes raw, records or lines, and nothing else" {
	run --separate-stderr vn-seg --input=text
	[ "$status" -eq 2 ]
	[ "${stderr_lines[0]}" = "vn-seg: invalid argument 'text' for '--input': give raw, records or lines" ]
	[ "${stderr_lines[2]}" = "Try 'vn-seg --help' for more information." ]
}

@test "input: findings piped into another program: their TEXT is read, with a note once per input" {
	run --separate-stderr sh -c 'printf "a\t2.1\tcaption\tLễ trao\tLễ trao Bằng khen cho 12 tập thể\tx\na\t3.1\tcaption\tHai\tHai xã\n" | vn-num'
	[ "$status" -eq 0 ]
	check_out $'a\t2.1\tnumber\t12\t12\ttập thể\na\t3.1\tnumber\t2\tHai\txã'
	[ "$stderr" = "vn-num: -:1: findings (KIND caption): the text read is each one's TEXT, the span found, not its sentence; --input=records reads them without this note" ]
	# vn-date's TEXT is the date alone, which holds no quantity: nothing, but not in silence.
	run --separate-stderr sh -c 'printf "Ngày 7/3/2021, xã có 28 tập thể.\n" | vn-date | vn-num'
	[ "$status" -eq 0 ]
	check_out ''
	[ "$stderr" = "vn-num: -:1: findings (KIND date): the text read is each one's TEXT, the span found, not its sentence; --input=records reads them without this note" ]
	run --separate-stderr sh -c 'printf "a\t2.1\tcaption\tLễ trao\tLễ trao Bằng khen cho 12 tập thể\n" | vn-num --input=records'
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	check_out $'a\t2.1\tnumber\t12\t12\ttập thể'
}

@test "-H: a header line names the fields, once, before the records of every input" {
	printf 'Ngày 7/3/2021, xã có 28 tập thể.\n' > "$BATS_TEST_TMPDIR/a"
	printf 'Có 5 thôn.\n' > "$BATS_TEST_TMPDIR/b"
	cd "$BATS_TEST_TMPDIR"
	run vn-num -H a b
	check_out $'DOC\tLOC\tKIND\tVALUE\tTEXT\tUNIT\na\t1.1\tnumber\t28\t28\ttập thể\nb\t1.1\tnumber\t5\t5\tthôn'
	run vn-seg --header a
	check_out $'DOC\tLOC\tTEXT\na\t1.1\tNgày 7/3/2021, xã có 28 tập thể.'
	run vn-date -H a
	check_out $'DOC\tLOC\tKIND\tVALUE\tTEXT\tANCHOR\tCALENDAR\na\t1.1\tdate\t2021-03-07\tNgày 7/3/2021\ttext\tsolar'
	run vn-pack -H a b
	check_out $'DOC\tTEXT\na\tNgày 7/3/2021, xã có 28 tập thể.\nb\tCó 5 thôn.'
}

@test "-H: the header of -s, -b and text records is theirs; with nothing found it stands alone" {
	printf 'Ban Thường vụ tặng Bằng khen cho 3 tập thể.\n' > "$BATS_TEST_TMPDIR/a"
	cd "$BATS_TEST_TMPDIR"
	run vn-award -H -s a
	check_out $'DOC\tVALUE\tBY\tTO\na\tBằng khen\tBan Thường vụ\t3 tập thể'
	run vn-award -H a
	check_out $'DOC\tLOC\tKIND\tVALUE\tTEXT\tBY\tTO\tFOR\na\t1.1\taward\tBằng khen\tBằng khen\tBan Thường vụ\t3 tập thể\t'
	run sh -c 'vn-ref -sH a; vn-person -sH a; vn-meta -sH /dev/null; vn-meta -bH a; vn-clean -H a; vn-num -H /dev/null'
	check_out $'DOC\tVALUE\tTYPE\tISSUER\tCOUNT
DOC\tNAME\tTITLE\tROLES\tMENTIONS
DOC\tTITLE\tPUBLISHED\tSOURCE\tAUTHOR
DOC\tLOC\tTEXT
a\t1.0\tBan Thường vụ tặng Bằng khen cho 3 tập thể.
DOC\tLOC\tTEXT
a\t1.0\tBan Thường vụ tặng Bằng khen cho 3 tập thể.
DOC\tLOC\tKIND\tVALUE\tTEXT\tUNIT'
}

@test "-H: no header with -j, whose every field is named, nor with vn-pack -u, which writes files" {
	run sh -c 'printf "Có 5 thôn.\n" | vn-num -H -j'
	check_out '{"doc":"-","loc":"1.1","line":1,"sentence":1,"kind":"number","value":"5","text":"5","unit":"thôn"}'
	run sh -c 'printf "d\tCó 5 thôn.\n" | vn-pack -H -l -u "$1"' sh "$BATS_TEST_TMPDIR/out"
	check_out ''
	[ "$(cat "$BATS_TEST_TMPDIR/out/d")" = "Có 5 thôn." ]
}

@test "-H: a program reading records skips the header at their start, and counts its line" {
	run --separate-stderr sh -c 'printf "Có 5 thôn.\n\nHai xã.\n" | vn-seg -H | vn-num'
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	check_out $'-\t1.1\tnumber\t5\t5\tthôn\n-\t3.1\tnumber\t2\tHai\txã'
	run --separate-stderr sh -c 'printf "\357\273\277DOC\tLOC\tTEXT\r\na\t1.1\tCó 5 thôn.\r\nrác\n" | vn-num'
	[ "$status" -eq 1 ]
	check_out $'a\t1.1\tnumber\t5\t5\tthôn'
	[ "$stderr" = "vn-num: -:3: not a record: no TAB" ]
	run sh -c 'printf "Một. Hai.\nBa.\n" | vn-pack -H | vn-seg -l'
	check_out $'-\t1.1\tMột.\n-\t1.2\tHai.\n-\t2.1\tBa.'
	# Only a header alone: records, none of them.
	run --separate-stderr sh -c 'vn-seg -H /dev/null | vn-num'
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	check_out ''
	# Raw text is raw text, a first line of DOC TAB LOC TAB too.
	run sh -c 'printf "DOC\tLOC\tTEXT\n" | vn-seg --input=raw'
	check_out $'-\t1.1\tDOC\\tLOC\\tTEXT'
}

@test "a terminal gets each record at once, without --line-buffered" {
	command -v script >/dev/null || skip "script (util-linux) is needed for a terminal"
	script -qec true /dev/null >/dev/null 2>&1 || skip "script cannot open a terminal here (no /dev/pts)"
	local first second pid
	mkfifo "$BATS_TEST_TMPDIR/in"
	# vn-seg reads the FIFO and writes to the terminal script gives it.
	coproc TERM_SEG { script -qfec "vn-seg -d d '$BATS_TEST_TMPDIR/in'" /dev/null; }
	pid=$TERM_SEG_PID
	exec {in}>"$BATS_TEST_TMPDIR/in"
	printf 'Một. Hai.\n' >&"$in"
	IFS= read -t 30 -r first <&"${TERM_SEG[0]}" && IFS= read -t 30 -r second <&"${TERM_SEG[0]}" ||
		{ kill "$pid"; echo "no record while the input was open" >&2; return 1; }
	exec {in}>&-
	wait "$pid"
	# The terminal ends each line with CR LF.
	[ "$first" = $'d\t1.1\tMột.\r' ] && [ "$second" = $'d\t1.2\tHai.\r' ]
}
