#!/usr/bin/env bats
# make install: where the files go and with what modes; the library it
# installs, as a program that links it with pkg-config sees it.

load helper
bats_require_minimum_version 1.5.0

TOP="$BATS_TEST_DIRNAME/.."

# make_install ARGS...: make install of the programs built in $BIN.
make_install() {
	make -s -C "$TOP" install B="$BIN" "$@" >/dev/null
}

@test "install: with umask 077 the programs are 0755, the other files 0644, the directories 0755" {
	(umask 077 && make_install DESTDIR="$BATS_TEST_TMPDIR/d" prefix=/usr)
	cd "$BATS_TEST_TMPDIR/d"
	run sh -c 'find . -type f -exec stat -c "%a %n" {} + | sort -k2'
	check_out "$(cd "$TOP/cmd" && for p in vn-*.c; do echo "755 ./usr/bin/${p%.c}"; done
		echo "644 ./usr/include/vnpipe.h"
		echo "644 ./usr/lib/libvnpipe.a"
		echo "644 ./usr/lib/pkgconfig/vnpipe.pc"
		cd ../docs && for m in *.1; do echo "644 ./usr/share/man/man1/$m"; done
		for m in *.7; do echo "644 ./usr/share/man/man7/$m"; done)"
	run sh -c 'find . -mindepth 1 -type d -exec stat -c %a {} + | sort -u'
	check_out 755
}

@test "install: PREFIX still works; prefix, bindir, mandir and libdir put files where they say" {
	make_install DESTDIR="$BATS_TEST_TMPDIR/old" PREFIX=/opt/vnpipe
	[ -x "$BATS_TEST_TMPDIR/old/opt/vnpipe/bin/vn-seg" ]
	[ -f "$BATS_TEST_TMPDIR/old/opt/vnpipe/share/man/man1/vn-seg.1" ]
	make_install DESTDIR="$BATS_TEST_TMPDIR/new" prefix=/p bindir=/b mandir=/m libdir=/l
	cd "$BATS_TEST_TMPDIR/new"
	[ -x b/vn-seg ] && [ -f m/man1/vn-seg.1 ] && [ -f m/man7/vnpipe.7 ] && [ -f p/include/vnpipe.h ]
	run cat l/pkgconfig/vnpipe.pc
	[ "${lines[0]}" = "prefix=/p" ] && [ "${lines[1]}" = "libdir=/l" ] && [ "${lines[2]}" = "includedir=/p/include" ]
}

@test "install: uninstall takes away every file install put" {
	make_install DESTDIR="$BATS_TEST_TMPDIR/d" prefix=/usr
	make -s -C "$TOP" uninstall B="$BIN" DESTDIR="$BATS_TEST_TMPDIR/d" prefix=/usr
	run find "$BATS_TEST_TMPDIR/d" -type f
	check_out ''
}

# Sets flags to the compiler flags of a program linking libvnpipe:
# pkg-config's, for the library make install puts in a prefix of the test's
# own; or with VNPIPE_INSTALLED=1 (.ci/package), the library the system has.
use_library() {
	command -v pkg-config >/dev/null || skip "pkg-config is not installed (apt-get install pkg-config)"
	if [ -z "${VNPIPE_INSTALLED:-}" ]; then
		make_install prefix="$BATS_TEST_TMPDIR/usr"
		export PKG_CONFIG_PATH="$BATS_TEST_TMPDIR/usr/lib/pkgconfig"
	fi
	flags=$(pkg-config --cflags --libs vnpipe)
}

@test "library: docs/example.c built with pkg-config against the installed library finds what the programs find" {
	use_library
	# Debian's policy flags, or the sanitizers of make asan, as the library was built with.
	${CC:-cc} -std=c11 -Wall -Wextra -Werror -o "$BATS_TEST_TMPDIR/example" "$TOP/docs/example.c" $flags ${LDFLAGS:-}
	run sh -c 'printf "%s\r\n%s\n%s\n" \
		"Sáng 25/12/2023,  Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 28 tập thể và hai mươi mốt cá nhân. Hội nghị kết thúc lúc 11h30." \
		"Ngày 7/3, Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Nội vụ." \
		"$(printf "Đa\314\211ng bo\314\202\314\243 xã có 1.793 đảng viên\377, đạt 98,35%%.")" | "$1"' sh "$BATS_TEST_TMPDIR/example"
	check_out "libvnpipe $(sed -n 's/^VERSION = //p' "$TOP/Makefile")
sentence 1: Sáng 25/12/2023, Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 28 tập thể và hai mươi mốt cá nhân.
  time 2023-12-25TMO from \"Sáng 25/12/2023\"
  numeral 28 from \"28\"
  numeral 21 from \"hai mươi mốt\"
  award Bằng khen by \"Ban Thường vụ Tỉnh ủy\" to 28 of \"tập thể\" to 21 of \"cá nhân\"
sentence 2: Hội nghị kết thúc lúc 11h30.
  time XXXX-XX-XXT11:30 from \"11h30\"
sentence 1: Ngày 7/3, Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Nội vụ.
  date XXXX-03-07 from \"Ngày 7/3\"
  award Bằng khen by \"Chủ tịch UBND tỉnh\" to \"Sở Nội vụ\"
sentence 1: Đảng bộ xã có 1.793 đảng viên�, đạt 98,35%.
  numeral 1793 from \"1.793\"
  numeral 98.35 from \"98,35\""
	[ "$status" -eq 0 ]
}

@test "library: a program may have its own die, warn, error, progname and tokenize: only vnp_ names are global" {
	use_library
	cat > "$BATS_TEST_TMPDIR/names.c" <<'EOF'
#include <stdio.h>
#include <string.h>
#include <vnpipe.h>
const char *progname = "mine";
int exit_status, tokenize;
void die(void) {}
void warn(void) {}
void error(void) {}
static void count(const struct vnp_award *a, void *ctx) { (void)a; ++*(int *)ctx; }
int main(void)
{
	const char *s = "Bộ Nội vụ tặng Bằng khen cho 3 tập thể.";
	int n = 0;
	vnp_award_find(s, strlen(s), count, &n);
	printf("%s %d\n", progname, n);
	return 0;
}
EOF
	${CC:-cc} -std=c11 -o "$BATS_TEST_TMPDIR/names" "$BATS_TEST_TMPDIR/names.c" $flags ${LDFLAGS:-}
	run "$BATS_TEST_TMPDIR/names"
	check_out 'mine 1'
	run sh -c 'nm -g --defined-only "$(pkg-config --variable=libdir vnpipe)/libvnpipe.a" |
		awk "NF == 3 && \$3 !~ /^vnp_/ { print \$3 }"'
	check_out ''
}

@test "library: bytes of any kind, a NUL, and a 2 MiB line with no space pass through the example, exit 0" {
	use_library
	${CC:-cc} -std=c11 -o "$BATS_TEST_TMPDIR/example" "$TOP/docs/example.c" $flags ${LDFLAGS:-}
	run sh -c '{ printf "a\000b\001\377\300\200 ngày 1/2/2003.\n"; head -c 2097152 /dev/zero | tr "\000" x; printf "\nSau cùng.\n"; } |
		"$1" | cut -c1-40 | tail -n 2' sh "$BATS_TEST_TMPDIR/example"
	check_out 'sentence 1: xxxxxxxxxxxxxxxxxxxxxxxxxxxx
sentence 1: Sau cùng.'
	[ "$status" -eq 0 ]
}
