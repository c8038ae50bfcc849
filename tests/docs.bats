#!/usr/bin/env bats
# The commands README.md, docs/FORMAT.md and the man pages' EXAMPLES show run
# as written: under dash (Debian's sh and cron's), from the top of a copy of
# the tree without bin/ (a fresh clone, built), with status 0, nothing on
# standard error, and the output the page shows where it shows one.
# tests/doc-examples says how the commands are found in a page.

load helper

TOP="$BATS_TEST_DIRNAME/.."

# Programs an example may need that a fresh Debian lacks: without them the
# example is skipped, and said to be. .ci/run installs them.
OPTIONAL="parallel sqlite3 mlr jq"

setup_file() {
	tree="$BATS_FILE_TMPDIR/tree"
	mkdir -p "$tree"
	(cd "$TOP" && tar -cf - --exclude=./bin --exclude=./.git --exclude=./fuzz/bin \
		--exclude='./fuzz/corpus-*' --exclude=./bench/out .) | tar -xf - -C "$tree"
}

# run_examples PAGE...: runs every example of the pages; fails naming each
# one that failed, then skips naming the programs that were missing.
run_examples() {
	local ex="$BATS_TEST_TMPDIR/examples" tree="$BATS_FILE_TMPDIR/tree" failed=0 missing="" f base tool rc
	(cd "$TOP" && tests/doc-examples "$ex" "$@")
	[ "$(ls "$ex" | grep -c '\.sh$')" -gt 0 ]
	for f in "$ex"/*.sh; do
		base=${f%.sh}
		for tool in $OPTIONAL; do
			if grep -qw "$tool" "$f" && ! command -v "$tool" >/dev/null; then
				missing="$missing $tool"
				continue 2
			fi
		done
		# Each in a copy of its own, so that the files one makes no other
		# sees (a copy of links: no example writes into a file of the tree);
		# in a locale with UTF-8, as a user's (the records do not depend on it).
		cp -al "$tree" "$base.top"
		(cd "$base.top" && LC_ALL=C.UTF-8 dash -ec "$(cat "$f")" >"$base.got" 2>"$base.err") && rc=0 || rc=$?
		if [ "$rc" -ne 0 ] || [ -s "$base.err" ] ||
		   { [ -f "$base.out" ] && ! cmp -s "$base.out" "$base.got"; }; then
			echo "$(cat "$base.where"): status $rc" >&2
			sed 's/^/	| /' "$f" >&2
			cat "$base.err" >&2
			if [ -f "$base.out" ]; then diff "$base.out" "$base.got" >&2 || true; fi
			failed=1
		fi
	done
	[ "$failed" -eq 0 ] || return 1
	[ -z "$missing" ] || skip "not installed:$(printf '%s\n' $missing | sort -u | tr '\n' ' ')"
}

@test "docs: every command of README.md runs as written under dash" {
	run_examples README.md
}

@test "docs: every command of docs/FORMAT.md runs as written under dash" {
	run_examples docs/FORMAT.md
}

@test "docs: every man page's EXAMPLES run as written under dash" {
	run_examples docs/*.1 docs/*.7
}

@test "docs: the examples of a page are found: a command and its output" {
	printf '%s\n' 'x' '```console' '$ echo a' 'a' '$ echo b | tr b c' 'c' '```' '```sh' 'echo d' 'echo e' '```' \
		'```shell' 'make' '```' > "$BATS_TEST_TMPDIR/page.md"
	run sh -c 'cd "$2" && "$1/tests/doc-examples" ex page.md && cd ex && head -n 20 *.sh *.out' \
		sh "$TOP" "$BATS_TEST_TMPDIR"
	check_out "==> 001.sh <==
echo a

==> 002.sh <==
echo b | tr b c

==> 003.sh <==
echo d
echo e

==> 001.out <==
a

==> 002.out <==
c"
}

@test "docs: a man page's example after 'writes' is the output of the one before" {
	printf '%s\n' '.SH DESCRIPTION' '.nf' 'not an example' '.fi' '.SH EXAMPLES' 'Two:' '.PP' '.RS' '.nf' \
		"printf 'a\\eb\\en' \\(aq\\-x\\(aq" '.fi' '.RE' 'writes' '.PP' '.nf' 'a' '.fi' '.SH SEE ALSO' \
		> "$BATS_TEST_TMPDIR/page.1"
	run sh -c 'cd "$2" && "$1/tests/doc-examples" ex page.1 && cd ex && head -n 20 *.sh *.out *.where' \
		sh "$TOP" "$BATS_TEST_TMPDIR"
	check_out "==> 001.sh <==
printf 'a\\b\\n' '-x'

==> 001.out <==
a

==> 001.where <==
page.1:10"
}
