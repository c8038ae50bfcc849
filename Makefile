# vnpipe: small tools that turn Vietnamese news text into records a shell can query.
# make: build bin/; make check: run the tests; make install PREFIX=... DESTDIR=...

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
CC ?= cc
CFLAGS ?= -O2 -g -fstack-protector-strong -D_FORTIFY_SOURCE=2
override CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra $(CFLAGS)
# Where programs are built; tests read VNPIPE_BIN, so a second tree can be tested too.
B ?= bin

PROGS := $(patsubst cmd/%.c,$(B)/%,$(wildcard cmd/vn-*.c))
COMMON_SRC := $(wildcard common/*.c)
COMMON_HDR := $(wildcard common/*.h)
MAN1 := $(wildcard docs/*.1)
MAN7 := $(wildcard docs/*.7)

all: $(PROGS)

$(B)/obj/%.o: common/%.c $(COMMON_HDR)
	@mkdir -p $(B)/obj
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/libvnpipe.a: $(patsubst common/%.c,$(B)/obj/%.o,$(COMMON_SRC))
	$(AR) rcs $@ $^

# libm: common/lunar.c computes the moon and the sun.
LDLIBS += -lm

$(B)/%: cmd/%.c $(B)/libvnpipe.a $(COMMON_HDR)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libvnpipe.a $(LDLIBS)

# Test drivers of common/ code, for the bats files: lunar-check for the lunar
# calendar, and lunar-check-utc8, the same calendar in China's zone, to test it
# against China's published dates; numeral-check for numeral_format.
CHECKS := $(B)/check/lunar-check $(B)/check/lunar-check-utc8 $(B)/check/numeral-check

$(B)/check/lunar-check: tests/lunar-check.c common/lunar.c $(B)/libvnpipe.a $(COMMON_HDR)
	@mkdir -p $(B)/check
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libvnpipe.a $(LDLIBS)

$(B)/check/lunar-check-utc8: tests/lunar-check.c common/lunar.c $(B)/libvnpipe.a $(COMMON_HDR)
	@mkdir -p $(B)/check
	$(CC) $(CFLAGS) -DLUNAR_ZONE_HOURS=8 $(LDFLAGS) -o $@ $< $(B)/libvnpipe.a $(LDLIBS)

$(B)/check/numeral-check: tests/numeral-check.c $(B)/libvnpipe.a $(COMMON_HDR)
	@mkdir -p $(B)/check
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libvnpipe.a $(LDLIBS)

# The test suite; installs bats-core from Debian when it is missing.
check: all $(CHECKS)
	@command -v bats >/dev/null 2>&1 || tests/install-bats
	tests/run $(B)

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
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	cp $(PROGS) $(DESTDIR)$(BINDIR)/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp $(MAN7) $(DESTDIR)$(MANDIR)/man7/

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(notdir $(PROGS)))
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man1/,$(notdir $(MAN1)))
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man7/,$(notdir $(MAN7)))

clean:
	rm -rf $(B) fuzz/bin

.PHONY: all check asan fuzz fuzz-long bench demo install uninstall clean
