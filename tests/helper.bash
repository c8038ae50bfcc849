# Shared by the bats files: run the programs from bin/, in a known locale.
BIN="${VNPIPE_BIN:-$BATS_TEST_DIRNAME/../bin}"
FIX="$BATS_TEST_DIRNAME/fixtures"
export LC_ALL=C
export PATH="$BIN:$PATH"

# check_out EXPECTED: $output must equal EXPECTED exactly (printf-style escapes are
# not interpreted; use $'...' for tabs).
check_out() {
	if [ "$output" != "$1" ]; then
		printf 'expected:\n%s\ngot:\n%s\n' "$1" "$output" >&2
		return 1
	fi
}
