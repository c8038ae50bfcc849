#!/usr/bin/env bats
# The man pages as make builds them (bin/man): mandoc finds nothing wrong,
# the .TH line carries the release, and every page has its sections in one order.

load helper

TOP="$BATS_TEST_DIRNAME/.."

# The Makefile's VERSION or DATE.
release() {
	sed -n "s/^$1 = //p" "$TOP/Makefile"
}

@test "man: make builds one page in bin/man for each page of docs/" {
	run sh -c 'cd "$1/docs" && ls *.[1-9]' sh "$TOP"
	sources=$output
	run sh -c 'cd "$1/man" && ls *.[1-9]' sh "$BIN"
	check_out "$sources"
}

@test "man: mandoc -Tlint gives no warning or error on any page" {
	command -v mandoc >/dev/null || skip "mandoc is not installed (apt-get install mandoc)"
	run mandoc -Tlint -Wwarning "$BIN"/man/*.[1-9]
	check_out ''
	[ "$status" -eq 0 ]
}

@test "man: every page's .TH has the Makefile's DATE and VERSION" {
	run sh -c 'head -qn 1 "$1"/man/*.[1-9] | cut -d" " -f4-' sh "$BIN"
	expected=$(for f in "$BIN"/man/*.[1-9]; do
		echo "$(release DATE) \"vnpipe $(release VERSION)\" \"vnpipe manual\""; done)
	check_out "$expected"
}

@test "man: debian/changelog's last entry is the Makefile's VERSION, dated DATE" {
	run sed -n '1s/^vnpipe (\([^)]*\)).*/\1/p' "$TOP/debian/changelog"
	check_out "$(release VERSION)"
	stamp=$(sed -n 's/^ -- .*>  //p' "$TOP/debian/changelog" | head -n 1)
	run date -u -d "$stamp" +%F
	check_out "$(release DATE)"
}

@test "man: each program's page has NAME ... OPTIONS, EXIT STATUS, EXAMPLES, BUGS, SEE ALSO" {
	for page in "$TOP"/docs/*.1; do
		run sh -c 'sed -n "s/^\.SH //p" "$1" | tr -d \" |
			grep -x -e NAME -e SYNOPSIS -e DESCRIPTION -e OPTIONS -e "EXIT STATUS" \
				-e EXAMPLES -e BUGS -e "SEE ALSO"' sh "$page"
		check_out "NAME
SYNOPSIS
DESCRIPTION
OPTIONS
EXIT STATUS
EXAMPLES
BUGS
SEE ALSO" || { echo "in $page" >&2; return 1; }
		# EXIT STATUS stands just before EXAMPLES.
		run sh -c 'sed -n "s/^\.SH //p" "$1" | grep -A1 -x "EXIT STATUS" | tail -n 1' sh "$page"
		check_out EXAMPLES || { echo "in $page" >&2; return 1; }
	done
}
