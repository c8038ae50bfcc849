#!/usr/bin/env bats
# common/util.h: what the compiler is told about die, warn and error.

load helper

@test "util: die, warn and error are checked as printf formats" {
	printf '#include "%s/../common/util.h"\nvoid f(void) { %s("%%d", "x"); }\n' "$BATS_TEST_DIRNAME" warn > "$BATS_TEST_TMPDIR/ok.c"
	for fn in die warn error; do
		sed "s/warn(/$fn(/" "$BATS_TEST_TMPDIR/ok.c" > "$BATS_TEST_TMPDIR/$fn.c"
		run ${CC:-cc} -std=c11 -Werror=format -c -o /dev/null "$BATS_TEST_TMPDIR/$fn.c"
		[ "$status" -ne 0 ] || { echo "$fn: no format check"; return 1; }
		sed 's/"x"/1/' "$BATS_TEST_TMPDIR/$fn.c" > "$BATS_TEST_TMPDIR/good.c"
		run ${CC:-cc} -std=c11 -Werror=format -c -o /dev/null "$BATS_TEST_TMPDIR/good.c"
		[ "$status" -eq 0 ]
	done
}
