#!/usr/bin/env bats
# Records into other tools, by README.md's recipes: sqlite3 loads every
# record, and so does miller, each field by name and its escapes undone.

load helper
bats_require_minimum_version 1.5.0

setup() {
	cd "$BATS_TEST_TMPDIR"
	# The sample articles' excerpts, cleaned, and raw sentences of ours whose
	# fields start with a quote (which sqlite3's .mode tabs takes for a
	# quoted field) or hold a TAB and a backslash.
	vn-clean "$FIX"/vn-*/*.txt > clean.tsv
	printf '%s\n' '"Trong sạch, vững mạnh" là danh hiệu của Đảng bộ xã năm 2023.' \
		'Ban Thường vụ tặng Bằng khen cho "Chi bộ 5" và 12 cá nhân ngày 3/2/2024.' > own
	printf 'Tỷ lệ đạt 98,6%%\tC:\\duong "dan" ngày 7/3/2024.\n' >> own
}

# sqlite_count TABLE COLUMNS FILE: the rows of FILE, imported as README.md says.
sqlite_count() {
	sqlite3 db.sqlite "CREATE TABLE $1($2);" '.mode ascii' '.separator "\t" "\n"' ".import $3 $1" \
		"SELECT count(*) FROM $1;"
}

@test "load: sqlite3 in ascii mode imports every record of vn-seg, vn-date, vn-num and vn-award" {
	command -v sqlite3 >/dev/null || skip "sqlite3 is not installed (apt-get install sqlite3)"
	vn-seg clean.tsv own > seg.tsv
	vn-date seg.tsv > date.tsv
	vn-num seg.tsv > num.tsv
	vn-award seg.tsv > award.tsv
	# Fields that start with a quote are there to be read.
	grep -q "$(printf '\t')\"" seg.tsv
	run sqlite_count seg "doc, loc, text" seg.tsv
	check_out "$(wc -l < seg.tsv)"
	run sqlite_count date "doc, loc, kind, value, text, anchor, calendar" date.tsv
	check_out "$(wc -l < date.tsv)"
	run sqlite_count num "doc, loc, kind, value, text, unit" num.tsv
	check_out "$(wc -l < num.tsv)"
	run sqlite_count award "doc, loc, kind, value, text, giver, recipients, reason" award.tsv
	check_out "$(wc -l < award.tsv)"
	[ "$(wc -l < award.tsv)" -gt 20 ]
}

@test "load: sqlite3 reads -j records with json_extract, every row, the text unescaped" {
	command -v sqlite3 >/dev/null || skip "sqlite3 is not installed (apt-get install sqlite3)"
	vn-seg -j clean.tsv own > seg.jsonl
	run sqlite3 db.sqlite 'CREATE TABLE seg(record);' '.mode ascii' '.separator "\t" "\n"' \
		'.import seg.jsonl seg' '.mode list' 'SELECT count(*) FROM seg;' \
		"SELECT json_extract(record, '\$.loc') || ' ' || json_extract(record, '\$.text') FROM seg
		 WHERE json_extract(record, '\$.doc') = 'own';"
	check_out "$(wc -l < seg.jsonl)
1.1 \"Trong sạch, vững mạnh\" là danh hiệu của Đảng bộ xã năm 2023.
2.1 Ban Thường vụ tặng Bằng khen cho \"Chi bộ 5\" và 12 cá nhân ngày 3/2/2024.
3.1 Tỷ lệ đạt 98,6%	C:\\duong \"dan\" ngày 7/3/2024."
}

@test "load: miller reads the records by name with label, every one, escapes undone" {
	command -v mlr >/dev/null || skip "miller is not installed (apt-get install miller)"
	vn-seg clean.tsv own | vn-date > date.tsv
	run sh -c 'mlr -S --tsv --implicit-tsv-header --headerless-tsv-output label doc,loc,kind,value,text,anchor,calendar \
		then count date.tsv'
	check_out "$(wc -l < date.tsv)"
	run sh -c 'vn-seg clean.tsv own | mlr -S --itsv --ojson --jvstack --implicit-tsv-header \
		label doc,loc,text then filter "\$doc == \"own\" && \$loc == \"3.1\""'
	check_out '[
{
  "doc": "own",
  "loc": "3.1",
  "text": "Tỷ lệ đạt 98,6%\tC:\\duong \"dan\" ngày 7/3/2024."
}
]'
}

@test "load: LOC sorts as a version: 4.9 before 4.10, in sort -k2,2V and in miller's sort -t" {
	printf 'a\t4.10\tx\na\t4.9\ty\na\t10.1\tz\n' > loc.tsv
	run sort -t "$(printf '\t')" -k2,2V loc.tsv
	check_out $'a\t4.9\ty\na\t4.10\tx\na\t10.1\tz'
	command -v mlr >/dev/null || skip "miller is not installed (apt-get install miller)"
	run mlr -S --tsv --implicit-tsv-header --headerless-tsv-output label doc,loc,text then sort -t loc loc.tsv
	check_out $'a\t4.9\ty\na\t4.10\tx\na\t10.1\tz'
}

@test "load: miller reads -H records by the names of their header, every one" {
	command -v mlr >/dev/null || skip "miller is not installed (apt-get install miller)"
	vn-seg clean.tsv own | vn-date > date.tsv
	run sh -c 'vn-seg -H clean.tsv own | vn-date -H | mlr -S --tsv filter "\$KIND != \"\"" then count'
	check_out "count
$(wc -l < date.tsv)"
	run sh -c 'vn-seg -H own | vn-date -H | mlr -S --tsv cut -o -f LOC,VALUE,ANCHOR then sort -t LOC'
	check_out $'LOC\tVALUE\tANCHOR\n1.1\t2023\ttext\n2.1\t2024-02-03\ttext\n3.1\t2024-03-07\ttext'
	run sh -c 'vn-seg -H own | mlr -S --itsv --ojsonl filter "\$LOC == \"3.1\"" then cut -f TEXT'
	check_out '{"TEXT": "Tỷ lệ đạt 98,6%\tC:\\duong \"dan\" ngày 7/3/2024."}'
}

@test "load: sqlite3 makes a table of -H records with the header's names, every record a row" {
	command -v sqlite3 >/dev/null || skip "sqlite3 is not installed (apt-get install sqlite3)"
	vn-seg clean.tsv own | vn-num -H > num.tsv
	run sqlite3 db.sqlite '.mode ascii' '.separator "\t" "\n"' '.import num.tsv num' '.mode list' \
		'SELECT count(*) FROM num;' "SELECT LOC, VALUE, UNIT FROM num WHERE DOC = 'own';"
	check_out "$(($(wc -l < num.tsv) - 1))
2.1|12|cá nhân
3.1|98.6|%"
}
