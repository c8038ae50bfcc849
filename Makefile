# vnpipe: small tools that turn Vietnamese news text into records a shell can query.
# make: build bin/; make check: run the tests; make install prefix=... DESTDIR=...

# The release, in one place: --version, the man pages' .TH, vnpipe.pc and
# make dist take it from here (debian/changelog must agree; a test checks).
VERSION = 0.1.0
DATE = 2026-12-01

# Where make install puts things: the GNU names; PREFIX is the older name
# of prefix. DESTDIR, if given, is put before each of them.
PREFIX ?= /usr/local
prefix ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir ?= $(exec_prefix)/bin
libdir ?= $(exec_prefix)/lib
includedir ?= $(prefix)/include
datarootdir ?= $(prefix)/share
mandir ?= $(datarootdir)/man
man1dir ?= $(mandir)/man1
man7dir ?= $(mandir)/man7
pkgconfigdir ?= $(libdir)/pkgconfig

CC ?= cc
OBJCOPY ?= objcopy
INSTALL ?= install
INSTALL_PROGRAM ?= $(INSTALL) -m 0755
INSTALL_DATA ?= $(INSTALL) -m 0644
# Users' flags (Debian's hardening puts -D_FORTIFY_SOURCE in CPPFLAGS), and ours after them.
CFLAGS ?= -O2 -g -fstack-protector-strong
CPPFLAGS ?= -D_FORTIFY_SOURCE=2
override CFLAGS := -std=c11 -Wall -Wextra $(CFLAGS)
override CPPFLAGS := -D_POSIX_C_SOURCE=200809L -DVNPIPE_VERSION='"$(VERSION)"' $(CPPFLAGS)
# libm: common/lunar.c computes the moon and the sun.
LDLIBS += -lm
# Where programs are built; tests read VNPIPE_BIN, so a second tree can be tested too.
B ?= bin

PROGS := $(patsubst cmd/%.c,$(B)/%,$(wildcard cmd/vn-*.c))
COMMON_SRC := $(wildcard common/*.c)
COMMON_HDR := $(wildcard common/*.h)
# The man pages as installed: docs/ with @VERSION@ and @DATE@ filled in.
MAN1 := $(patsubst docs/%,$(B)/man/%,$(wildcard docs/*.1))
MAN7 := $(patsubst docs/%,$(B)/man/%,$(wildcard docs/*.7))

all: $(PROGS) $(B)/libvnpipe.a $(MAN1) $(MAN7)

# Every object depends on the Makefile, which holds the version.
$(B)/obj/%.o: common/%.c $(COMMON_HDR) Makefile
	@mkdir -p $(B)/obj
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# common/ for the programs: every function of every file.
$(B)/common.a: $(patsubst common/%.c,$(B)/obj/%.o,$(COMMON_SRC))
	rm -f $@
	$(AR) rcs $@ $^

$(B)/%: cmd/%.c $(B)/common.a $(COMMON_HDR)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/common.a $(LDLIBS)

# The library for other programs: vnpipe.h's functions and what they call,
# linked into one object in which no other name is global, so that nothing
# of common/ (die, warn, tokenize ...) can clash with a name of theirs.
$(B)/libvnpipe.a: $(B)/obj/vnpipe.o $(B)/common.a
	$(CC) -r -nostdlib -o $(B)/obj/libvnpipe.o $(B)/obj/vnpipe.o $(B)/common.a
	$(OBJCOPY) --wildcard --keep-global-symbol='vnp_*' $(B)/obj/libvnpipe.o
	rm -f $@
	$(AR) rcs $@ $(B)/obj/libvnpipe.o

$(B)/man/%: docs/% Makefile
	@mkdir -p $(B)/man
	sed 's/@VERSION@/$(VERSION)/g; s/@DATE@/$(DATE)/g' $< > $@

# Test drivers of common/ code, for the bats files: lunar-check for the lunar
# calendar, and lunar-check-utc8, the same calendar in China's zone, to test it
# against China's published dates; numeral-check for numeral_format.
CHECKS := $(B)/check/lunar-check $(B)/check/lunar-check-utc8 $(B)/check/numeral-check

$(B)/check/lunar-check: tests/lunar-check.c common/lunar.c $(B)/common.a $(COMMON_HDR)
	@mkdir -p $(B)/check
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/common.a $(LDLIBS)

$(B)/check/lunar-check-utc8: tests/lunar-check.c common/lunar.c $(B)/common.a $(COMMON_HDR)
	@mkdir -p $(B)/check
	$(CC) $(CPPFLAGS) -DLUNAR_ZONE_HOURS=8 $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/common.a $(LDLIBS)

$(B)/check/numeral-check: tests/numeral-check.c $(B)/common.a $(COMMON_HDR)
	@mkdir -p $(B)/check
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/common.a $(LDLIBS)

# The test suite, with bats-core (Debian's bats). The compiler and its flags
# go along for the test that builds docs/example.c against the library.
check: all $(CHECKS)
	@command -v bats >/dev/null 2>&1 || { echo "make check needs bats-core:" \
		"apt-get install bats (or npm install -g bats); .ci/run installs it" >&2; exit 1; }
	CC='$(CC)' LDFLAGS='$(LDFLAGS)' tests/run $(B)

# The same suite on a build with AddressSanitizer and UBSan, in $(B)/asan.
asan:
	$(MAKE) B=$(B)/asan CC=clang LDFLAGS="-fsanitize=address,undefined" \
		CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" check

# Fuzz each target for a while (clang's libFuzzer), FUZZ_SECONDS each, from
# the seeds in fuzz/seeds/; fuzz-long keeps the corpora it grows in
# fuzz/corpus/NAME/ and starts from them next time.
FUZZ_SECONDS ?= 30
fuzz:
	fuzz/run $(FUZZ_SECONDS)

fuzz-long:
	fuzz/run -k $(FUZZ_SECONDS)

bench: all
	bench/run

demo: all
	tests/demo $(B)

install: all
	$(INSTALL) -d -m 0755 $(DESTDIR)$(bindir) $(DESTDIR)$(man1dir) $(DESTDIR)$(man7dir) \
		$(DESTDIR)$(libdir) $(DESTDIR)$(includedir) $(DESTDIR)$(pkgconfigdir)
	$(INSTALL_PROGRAM) $(PROGS) $(DESTDIR)$(bindir)
	$(INSTALL_DATA) $(MAN1) $(DESTDIR)$(man1dir)
	$(INSTALL_DATA) $(MAN7) $(DESTDIR)$(man7dir)
	$(INSTALL_DATA) $(B)/libvnpipe.a $(DESTDIR)$(libdir)
	$(INSTALL_DATA) common/vnpipe.h $(DESTDIR)$(includedir)
	sed 's|@VERSION@|$(VERSION)|; s|@prefix@|$(prefix)|; s|@libdir@|$(libdir)|; s|@includedir@|$(includedir)|' \
		common/vnpipe.pc.in > $(B)/vnpipe.pc
	$(INSTALL_DATA) $(B)/vnpipe.pc $(DESTDIR)$(pkgconfigdir)

uninstall:
	rm -f $(addprefix $(DESTDIR)$(bindir)/,$(notdir $(PROGS)))
	rm -f $(addprefix $(DESTDIR)$(man1dir)/,$(notdir $(MAN1)))
	rm -f $(addprefix $(DESTDIR)$(man7dir)/,$(notdir $(MAN7)))
	rm -f $(DESTDIR)$(libdir)/libvnpipe.a $(DESTDIR)$(includedir)/vnpipe.h \
		$(DESTDIR)$(pkgconfigdir)/vnpipe.pc

# The source tarball of the last commit, vnpipe-VERSION.tar.gz.
dist:
	@git diff --quiet HEAD || echo "make dist: uncommitted changes are not in the tarball" >&2
	git archive --format=tar.gz --prefix=vnpipe-$(VERSION)/ -o vnpipe-$(VERSION).tar.gz HEAD

clean:
	rm -rf $(B) fuzz/bin vnpipe-$(VERSION).tar.gz

.PHONY: all check asan fuzz fuzz-long bench demo install uninstall dist clean
