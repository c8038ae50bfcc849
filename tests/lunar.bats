#!/usr/bin/env bats
# common/lunar.c: the Vietnamese lunar calendar, through its test driver lunar-check.

load helper
bats_require_minimum_version 1.5.0

LUNAR="$BIN/check/lunar-check"
LUNAR_UTC8="$BIN/check/lunar-check-utc8"
LFIX="$FIX/lunar"

# Meeus prints 199.90895 for 25.a, from intermediates rounded to 5 decimals.
@test "lunar: Meeus' worked examples 7.a, 25.a and 49.a" {
	run "$LUNAR" meeus
	check_out '7.a: 1957-10-04 is JD 2436116; JD 2436116 is 1957-10-04
25.a: the sun at JDE 2448908.5 is at 199.90894 degrees
49.a: new moon -283 at JDE 2443192.65118'
}

@test "lunar: every published Vietnamese fact of facts-vn.txt holds" {
	run "$LUNAR" facts "$LFIX/facts-vn.txt"
	check_out '53 facts, 53 matched'
}

@test "lunar: in UTC+8 the same computation gives China's published dates" {
	run "$LUNAR_UTC8" facts "$LFIX/facts-cn.txt"
	check_out '79 facts, 79 matched'
}

@test "lunar: a fact that does not hold is named and counted" {
	printf '2024-01-01 2024-02-11\nleap 2024 3\n2024-01-30 none\n2024-01-01 none # Tết exists\n' >"$BATS_TEST_TMPDIR/wrong.txt"
	run -1 "$LUNAR" facts "$BATS_TEST_TMPDIR/wrong.txt"
	check_out 'not a fact here: 2024-01-01 2024-02-11 (computed 2024-01-02)
not a fact here: leap 2024 (computed 0)
not a fact here: 2024-01-01 none (computed 2024-02-10)
4 facts, 1 matched'
}

@test "lunar: Tết 1900-2100 is the committed table" {
	run "$LUNAR" tet 1900 2100
	[ "$status" -eq 0 ]
	check_out "$(grep -v '^#' "$LFIX/tet-1900-2100.txt")"
}

@test "lunar: since 1968 Tết differs from China's in 1968, 1969, 1985, 2007, 2030 and 2053, the leap month in 1984 and 1987" {
	run bash -c "diff <('$LUNAR' tet 1968 2100) <('$LUNAR_UTC8' tet 1968 2100) | grep '^<'"
	check_out '< 1968 1968-01-29 mậu thân 7
< 1969 1969-02-16 kỷ dậu 0
< 1984 1984-02-02 giáp tý 0
< 1985 1985-01-21 ất sửu 2
< 1987 1987-01-29 đinh mão 7
< 2007 2007-02-17 đinh hợi 0
< 2030 2030-02-02 canh tuất 0
< 2053 2053-02-18 quý dậu 0'
}

@test "lunar: every solar day 1900-2100 goes to lunar and back, one lunar day after another" {
	run "$LUNAR" roundtrip 1900 2100
	check_out '73414 days, 0 wrong'
}

@test "lunar: the range is Tết 1800 to the last day of lunar 2199" {
	run bash -c "for d in 1800-01-24 1800-01-25 2200-02-14 2200-02-15; do '$LUNAR' solar \$d; done
		for d in 1799-12-30 1800-01-01 2199-12-30 2200-01-01; do '$LUNAR' lunar \$d; done"
	check_out 'none
1800-01-01
2199-12-30
none
none
1800-01-25
2200-02-14
none'
}

@test "lunar: no month 13 nor 0, no day 0 nor 31, no day 30 of a 29-day month" {
	run bash -c "for d in 2024-13-01 2024-00-01 2024-01-00 2024-01-31 2021-12-30 2021-12-29; do '$LUNAR' lunar \$d; done"
	check_out 'none
none
none
none
none
2022-01-31'
}

@test "lunar: a leap month only in its year: 2023 repeats month 2, 2024 none; 2033 repeats month 11" {
	run bash -c "for d in 2023-02L-01 2023-02-01 2024-02L-01 2033-11L-01; do '$LUNAR' lunar \$d; done
		'$LUNAR' solar 2034-01-01"
	check_out '2023-03-22
2023-02-20
none
2033-12-22
2033-11L-11'
}

@test "lunar: invalid solar dates have no lunar date" {
	run bash -c "for d in 2023-02-29 2024-02-29 1900-02-29 2000-02-29 2024-04-31 2024-13-01 2024-00-10; do '$LUNAR' solar \$d; done"
	check_out 'none
2024-01-20
none
2000-01-25
none
none
none'
}

@test "lunar: stems and branches, any case, older spellings, whole words only" {
	run "$LUNAR" names Giáp GIÁP Ất Đinh Kỷ Kỉ Quý Quí Tị Tỵ Mẹo Mão Tý Tuất Hợi "Canh," Canhx Thìn2 Giap ""
	check_out 'Giáp: stem giáp, 5 bytes
GIÁP: stem giáp, 5 bytes
Ất: stem ất, 4 bytes
Đinh: stem đinh, 5 bytes
Kỷ: stem kỷ, 4 bytes
Kỉ: stem kỷ, 4 bytes
Quý: stem quý, 4 bytes
Quí: stem quý, 4 bytes
Tị: branch tỵ, 4 bytes
Tỵ: branch tỵ, 4 bytes
Mẹo: branch mão, 5 bytes
Mão: branch mão, 4 bytes
Tý: branch tý, 3 bytes
Tuất: branch tuất, 6 bytes
Hợi: branch hợi, 5 bytes
Canh,: stem canh, 4 bytes
Canhx: none
Thìn2: none
Giap: none
: none'
}

@test "lunar: the Giáp Thìn nearest 2024 is 2024, to 2053 still 2024, to 2055 2084; Nhâm Thìn at 30 years both ways is the earlier" {
	run bash -c "for y in 2024 2053 2055 1995; do '$LUNAR' nearest 0 4 \$y; done; '$LUNAR' nearest 8 4 2042"
	check_out '2024
2024
2084
2024
2012'
}

@test "lunar: a stem and branch of different parity, or out of range, name no year; nor does a year past a million" {
	run bash -c "'$LUNAR' nearest 0 1 2024; '$LUNAR' nearest 10 0 2024; '$LUNAR' nearest 0 12 2024; '$LUNAR' nearest -1 1 2024
		'$LUNAR' nearest 0 4 1000001; '$LUNAR' nearest 0 4 -2147483648; '$LUNAR' nearest 0 4 -1000000"
	check_out 'none
none
none
none
none
none
-999976'
}

@test "lunar: a bad command is a usage error, exit 2" {
	run -2 "$LUNAR" tet 2024
	run -2 "$LUNAR" lunar 2024-01
}
