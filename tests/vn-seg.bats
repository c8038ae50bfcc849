#!/usr/bin/env bats
# vn-seg: sentence boundaries, and the behaviour every vnpipe program shares.

load helper
bats_require_minimum_version 1.5.0

seg() { printf '%s\n' "$1" | vn-seg | cut -f3; }

@test "vn-seg: . ! ? end sentences" {
	run seg "Hội nghị bế mạc. Có ai hỏi không? Không! Xong."
	check_out "Hội nghị bế mạc.
Có ai hỏi không?
Không!
Xong."
}

@test "vn-seg: … and ... end a sentence before a capital" {
	run seg "Còn có tổ chức Đảng yếu kém… Tuy nhiên, kết quả tốt... Đồng chí nhấn mạnh."
	check_out "Còn có tổ chức Đảng yếu kém…
Tuy nhiên, kết quả tốt...
Đồng chí nhấn mạnh."
}

@test "vn-seg: an ellipsis before a lowercase word or a number does not end" {
	run seg "Các tin... và bài viết... 15 năm qua đều tốt."
	check_out "Các tin... và bài viết... 15 năm qua đều tốt."
}

@test "vn-seg: a closing quote or bracket after the mark stays with the sentence" {
	run seg 'Ông nói: “Phải làm ngay.” Mọi người đồng ý. (Xem thêm.) Hết "thật!" Cuối.'
	check_out 'Ông nói: “Phải làm ngay.”
Mọi người đồng ý.
(Xem thêm.)
Hết "thật!"
Cuối.'
}

@test "vn-seg: no split inside numbers 1.793, 98,35 and 1.234,5" {
	run seg "Toàn tỉnh có 1.793/2.900 chi bộ, đạt 98,35% và 1.234,5 tỷ đồng. Hết."
	check_out "Toàn tỉnh có 1.793/2.900 chi bộ, đạt 98,35% và 1.234,5 tỷ đồng.
Hết."
}

@test "vn-seg: no split inside dates and times 16/7/2021, 18-1, 13:54:23, 21.01.2019" {
	run seg "Sáng 16/7/2021 và chiều 18-1 lúc 13:54:23 ngày 21.01.2019 có họp. Xong."
	check_out "Sáng 16/7/2021 và chiều 18-1 lúc 13:54:23 ngày 21.01.2019 có họp.
Xong."
}

@test "vn-seg: no split inside document symbols 05-CT/TW, 123/QĐ-UBND, 91/2017/NĐ-CP" {
	run seg "Thực hiện Chỉ thị số 05-CT/TW. Quyết định số 123/QĐ-UBND và Nghị định 91/2017/NĐ-CP. Hết."
	check_out "Thực hiện Chỉ thị số 05-CT/TW.
Quyết định số 123/QĐ-UBND và Nghị định 91/2017/NĐ-CP.
Hết."
}

@test "vn-seg: no split inside domains and e-mail addresses" {
	run seg "Theo Baonghean.vn và thư gửi toasoan@baobacgiang.vn. Hết."
	check_out "Theo Baonghean.vn và thư gửi toasoan@baobacgiang.vn.
Hết."
}

@test "vn-seg: no split after titles and abbreviations TP. TS. ThS. PGS.TS. GS. Th.S" {
	run seg "Đoàn gồm TS. Lê Văn A, ThS. Hoàng B, PGS.TS. Trần C, GS. Phạm D và Th.S Vũ E tại TP. Vinh. Hết."
	check_out "Đoàn gồm TS. Lê Văn A, ThS. Hoàng B, PGS.TS. Trần C, GS. Phạm D và Th.S Vũ E tại TP. Vinh.
Hết."
}

@test "vn-seg: v.v. inside a sentence, and ending one" {
	run seg "Các ngành y tế, giáo dục, v.v. đều tham gia. Có sách, báo v.v. Sau đó họp."
	check_out "Các ngành y tế, giáo dục, v.v. đều tham gia.
Có sách, báo v.v.
Sau đó họp."
}

@test "vn-seg: no split after an initial (Nguyễn V. Thành)" {
	run seg "Ông Nguyễn V. Thành phát biểu. Hết."
	check_out "Ông Nguyễn V. Thành phát biểu.
Hết."
}

@test "vn-seg: an abbreviation ends a sentence when a sentence opener follows, not before a name" {
	run seg "Dự án nằm trên địa bàn TP. Theo lộ trình, năm sau khởi công. Đoàn đến TP. Cần Thơ hôm qua."
	check_out "Dự án nằm trên địa bàn TP.
Theo lộ trình, năm sau khởi công.
Đoàn đến TP. Cần Thơ hôm qua."
}

@test "vn-seg: an opener that also begins names opens a sentence only before a lowercase word (Tuy vậy, Tuy Hòa)" {
	run seg "Ông về thăm TP. Tuy Hòa rồi ở lại TP. Tuy vậy, lịch vẫn giữ. Đoàn qua TP. Bà Rịa rồi về TP. Bà nói thêm."
	check_out "Ông về thăm TP. Tuy Hòa rồi ở lại TP.
Tuy vậy, lịch vẫn giữ.
Đoàn qua TP. Bà Rịa rồi về TP.
Bà nói thêm."
}

@test "vn-seg: after an abbreviation a quote opening on a sentence opener starts a sentence, a nickname in quotes does not" {
	run seg 'Lễ hội kết thúc ở TP. "Chúng tôi rất vui", bà nói. Tướng John W. "Iron Mike" Daniel đến.'
	check_out 'Lễ hội kết thúc ở TP.
"Chúng tôi rất vui", bà nói.
Tướng John W. "Iron Mike" Daniel đến.'
}

@test "vn-seg: a lone capital ends a sentence when the next word opens one" {
	run seg "Bệnh nhân ở khu E. Ghi nhận ban đầu là sốt. Bị can là Lê Thị H. Tuy vậy, chị chưa nhận tội. Ông N.V. Hải và ông Trần V. Lâm cùng dự."
	check_out "Bệnh nhân ở khu E.
Ghi nhận ban đầu là sốt.
Bị can là Lê Thị H.
Tuy vậy, chị chưa nhận tội.
Ông N.V. Hải và ông Trần V. Lâm cùng dự."
}

@test "vn-seg: a capital with a tone mark or stuck to a symbol is a word, not an initial (châu Á, 27 °C)" {
	run seg "Dịch tăng ở châu Á. Sau đó lan sang châu Âu. Quân rút khỏi mặt trận Ý. Quân Đức tiến lên. Nhiệt độ 27 °C. Độ ẩm cao."
	check_out "Dịch tăng ở châu Á.
Sau đó lan sang châu Âu.
Quân rút khỏi mặt trận Ý.
Quân Đức tiến lên.
Nhiệt độ 27 °C.
Độ ẩm cao."
}

@test "vn-seg: only a group of three digits after a point and a space continues a number" {
	run seg "Giá vé là 250. 000 đồng, tổng 1.250. 000 đồng. Sáng 12-3. 200 hộ dân đã nhận. Năm 2015. 20 tháng sau, nhà máy chạy."
	check_out "Giá vé là 250. 000 đồng, tổng 1.250. 000 đồng.
Sáng 12-3.
200 hộ dân đã nhận.
Năm 2015.
20 tháng sau, nhà máy chạy."
}

@test "vn-seg: a closing quote set off by a space stays with its sentence" {
	run seg '"Thật đáng tiếc! " - ông nói. Bà kể: "Chúng tôi rất vui. " Sau đó bà về. Ông nhắc: "Phải làm ngay. "'
	check_out '"Thật đáng tiếc! " - ông nói.
Bà kể: "Chúng tôi rất vui. "
Sau đó bà về.
Ông nhắc: "Phải làm ngay. "'
}

@test "vn-seg: a lowercase abbreviation without a vowel goes on before a number (s. for sinh), a unit after a number ends" {
	run seg "Nhà thơ Lê Văn A (s. 1920, m. 1990) quê ở Huế. Xem tr. 25 và pp. 30-31. Đường dài 12 km. Xe chạy chậm."
	check_out "Nhà thơ Lê Văn A (s. 1920, m. 1990) quê ở Huế.
Xem tr. 25 và pp. 30-31.
Đường dài 12 km.
Xe chạy chậm."
}

@test "vn-seg: a capitalised abbreviation without a vowel comes before a name (Ft. St.), a suffix (Jr.) ends" {
	run seg "Họ đến Ft. Worth rồi St. Louis. Đó là Robert Smith Jr. Martin đến sau. Tần số 50 Hz. Điện áp ổn định. Xem Vol. 2 Ch. 4 của sách."
	check_out "Họ đến Ft. Worth rồi St. Louis.
Đó là Robert Smith Jr.
Martin đến sau.
Tần số 50 Hz.
Điện áp ổn định.
Xem Vol. 2 Ch. 4 của sách."
}

@test "vn-seg: a period inside brackets that close before the next end mark ends no sentence" {
	run seg "Gọi số (84. 8) 3825 1234 để hỏi. Ông B (quê Nghệ An. Nay sống ở Huế) đã về. Chữ Hán (zh. 漢字, en. chinese characters) dùng lâu đời. Hết (xem thêm.) Sau đó họp."
	check_out "Gọi số (84. 8) 3825 1234 để hỏi.
Ông B (quê Nghệ An. Nay sống ở Huế) đã về.
Chữ Hán (zh. 漢字, en. chinese characters) dùng lâu đời.
Hết (xem thêm.)
Sau đó họp."
}

@test "vn-seg: a list number at the start is not a sentence" {
	run seg "1. Tiếp tục đổi mới. 2. Nâng cao chất lượng."
	check_out "1. Tiếp tục đổi mới.
2. Nâng cao chất lượng."
}

@test "vn-seg: a lowercase word after a period continues the sentence" {
	run seg "Đạt 61,85 tr. đồng và tăng. còn lại chuyển sang."
	check_out "Đạt 61,85 tr. đồng và tăng. còn lại chuyển sang."
}

@test "vn-seg: a dateline stays with its sentence" {
	NBSP=$'\xc2\xa0'
	run vn-seg "$FIX/vn-seg/ttxvn.txt"
	check_out "$FIX/vn-seg/ttxvn.txt	1.1	Trong ảnh: Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái; Phó Bí thư Thường trực Tỉnh ủy Bắc Giang Lê Thị Thu Hồng; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương chủ trì hội nghị.
$FIX/vn-seg/ttxvn.txt	2.1	Ảnh: Đồng Thúy/TXVN
$FIX/vn-seg/ttxvn.txt	4.1	TTXVN -${NBSP}Ngày 7/3, Tỉnh ủy Bắc Giang tổ chức hội nghị Tổng kết công tác xây dựng Đảng, nhiệm kỳ 2020 - 2025 và Tổng kết 15 năm thực hiện Điều lệ Đảng."
}

@test "vn-seg: the (Baonghean.vn) dateline, and a photo credit as a record of its own" {
	run vn-seg -d nghean "$FIX/vn-seg/baonghean.txt"
	check_out "nghean	1.1	Tránh qua loa, đại khái trong học tập các chủ trương, chỉ thị của Đảng
nghean	3.1	(Baonghean.vn) - Phát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị Đảng ủy Khối Các cơ quan tỉnh tiếp tục chú trọng nâng cao chất lượng học tập các nghị quyết của Đảng, tránh qua loa, đại khái.
nghean	4.1	Sáng 25/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2019; triển khai nhiệm vụ trọng tâm năm 2020.
nghean	4.2	Tham dự hội nghị có các đồng chí Nguyễn Xuân Sơn – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Thanh Hiền - Ủy viên Ban Chấp hành Đảng ủy tỉnh, Phó trưởng đoàn đại biểu Quốc hội tỉnh."
}

@test "vn-seg: a photo credit after a caption is its own sentence" {
	run seg "Phó trưởng Đoàn đại biểu Quốc hội tỉnh. Ảnh: Mai Hoa"
	check_out "Phó trưởng Đoàn đại biểu Quốc hội tỉnh.
Ảnh: Mai Hoa"
}

@test "vn-seg: a photo credit after a caption with no final period" {
	run seg "Bí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể Ảnh: Mai Hoa"
	check_out "Bí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể
Ảnh: Mai Hoa"
}

@test "vn-seg: a credit in brackets stays" {
	run seg "Toàn cảnh hội nghị (Ảnh: TTXVN)"
	check_out "Toàn cảnh hội nghị (Ảnh: TTXVN)"
}

@test "vn-seg: a line without final punctuation is one sentence" {
	run seg "HỘI NGHỊ TỔNG KẾT 5 NĂM XÂY DỰNG TỔ CHỨC ĐẢNG"
	check_out "HỘI NGHỊ TỔNG KẾT 5 NĂM XÂY DỰNG TỔ CHỨC ĐẢNG"
}

@test "vn-seg: an attribution after a quote stays with it" {
	run seg '"Nếu không thấm nhuần thì khó bảo vệ Đảng!" - Phó Bí thư nhấn mạnh. Hết.'
	check_out '"Nếu không thấm nhuần thì khó bảo vệ Đảng!" - Phó Bí thư nhấn mạnh.
Hết.'
}

@test "vn-seg: LOC counts input lines and sentences; blank lines give nothing" {
	run vn-seg <<-'EOF'
	Một. Hai.

	   
	Ba.
	EOF
	check_out "-	1.1	Một.
-	1.2	Hai.
-	4.1	Ba."
}

@test "vn-seg: NBSP and spaces around sentences are dropped, inside kept" {
	run vn-seg <<< $'\xc2\xa0 Sáng ngày 16/7.  Ban  Thường vụ họp.\xc2\xa0 '
	check_out "-	1.1	Sáng ngày 16/7.
-	1.2	Ban  Thường vụ họp."
}

@test "vn-seg: TAB and backslash inside TEXT are escaped" {
	run vn-seg <<< $'a\tb \\ c.'
	check_out '-	1.1	a\tb \\ c.'
}

@test "vn-seg: -j writes JSON Lines" {
	run vn-seg -j -d 'x"y' <<< $'Một "câu"\tđây. Hai\\.'
	check_out '{"doc":"x\"y","loc":"1.1","line":1,"sentence":1,"text":"Một \"câu\"\tđây."}
{"doc":"x\"y","loc":"1.2","line":1,"sentence":2,"text":"Hai\\."}'
}

@test "vn-seg: -l reads one document per line, ID<TAB>TEXT, \\n between paragraphs" {
	run vn-seg -l <<< $'doc1\tTiêu đề\\nCâu một. Câu hai.\ndoc2\tMột câu\\\\nữa.'
	check_out 'doc1	1.1	Tiêu đề
doc1	2.1	Câu một.
doc1	2.2	Câu hai.
doc2	1.1	Một câu\\nữa.'
}

@test "vn-seg: -l reports a line without an ID and goes on" {
	run --separate-stderr vn-seg -l <<< $'no id here\nd2\tCâu.'
	[ "$status" -eq 1 ]
	check_out 'd2	1.1	Câu.'
	[ "$stderr" = 'vn-seg: -:1: not a document (ID<TAB>TEXT): no TAB' ]
}

@test "vn-seg: reads its own output back unchanged" {
	vn-seg "$FIX/vn-seg/baonghean.txt" > "$BATS_TEST_TMPDIR/once"
	run sh -c "vn-seg < '$BATS_TEST_TMPDIR/once'"
	check_out "$(cat "$BATS_TEST_TMPDIR/once")"
}

@test "vn-seg: whole-line records (S = 0) are segmented and keep DOC and L" {
	run vn-seg <<< $'a.txt\t7.0\tMột. Hai.\nb.txt\t2.0\tBa\\tbốn.'
	check_out 'a.txt	7.1	Một.
a.txt	7.2	Hai.
b.txt	2.1	Ba\tbốn.'
}

@test "vn-seg: a line that is not a record in a record stream is reported with its line" {
	run --separate-stderr vn-seg <<< $'a\t1.0\tMột.\nrác\na\t3.x\tHai.\na\t4.0\tBa.'
	[ "$status" -eq 1 ]
	check_out 'a	1.1	Một.
a	4.1	Ba.'
	[ "$stderr" = 'vn-seg: -:2: not a record: no TAB
vn-seg: -: read as records, for its first line is one; --input=raw reads it as text
vn-seg: -:3: not a record: LOC is not L.S' ]
}

@test "vn-seg: nothing is lost: TEXT fields put back together give the input" {
	f="$FIX/vn-seg/baonghean.txt"
	vn-seg "$f" | cut -f3 | tr -d ' \n' > "$BATS_TEST_TMPDIR/out"
	tr -d ' \n' < "$f" > "$BATS_TEST_TMPDIR/in"
	cmp "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/out"
}

@test "vn-seg: invalid UTF-8 becomes U+FFFD with one warning naming file and line" {
	printf 'Một.\nHai \xff\xfe ba.\nBốn \xc3.\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr vn-seg "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "vn-seg: $BATS_TEST_TMPDIR/bad.txt:2: invalid UTF-8 replaced with U+FFFD" ]
	check_out "$BATS_TEST_TMPDIR/bad.txt	1.1	Một.
$BATS_TEST_TMPDIR/bad.txt	2.1	Hai �� ba.
$BATS_TEST_TMPDIR/bad.txt	3.1	Bốn �."
}

@test "vn-seg: overlong forms and surrogates are invalid" {
	printf 'a\xc0\xaf b\xed\xa0\x80 c\xf4\x90\x80\x80.\n' > "$BATS_TEST_TMPDIR/bad"
	run --separate-stderr vn-seg < "$BATS_TEST_TMPDIR/bad"
	# One U+FFFD per byte that cannot start or continue a character.
	check_out "-	1.1	a�� b��� c����."
}

@test "vn-seg: far into a line, each byte of a cut or invalid character is replaced and the whole ones around kept" {
	printf 'Đảng bộ tỉnh Nghệ An tổng kết \xe1\xbb năm 𝐀 và \xf0\x9f\x98 hết \xed\xa0\x80 và ễ.\n' > "$BATS_TEST_TMPDIR/bad"
	run --separate-stderr vn-seg < "$BATS_TEST_TMPDIR/bad"
	[ "$stderr" = "vn-seg: -:1: invalid UTF-8 replaced with U+FFFD" ]
	check_out "-	1.1	Đảng bộ tỉnh Nghệ An tổng kết �� năm 𝐀 và ��� hết ��� và ễ."
}

@test "vn-seg: NUL bytes are kept, written as \\0" {
	run sh -c "printf 'Một\0hai. Ba.\n' | vn-seg"
	check_out '-	1.1	Một\0hai.
-	1.2	Ba.'
}

@test "vn-seg: CRLF line ends and a BOM are dropped" {
	printf '\xef\xbb\xbfMột.\r\nHai.\r\n' > "$BATS_TEST_TMPDIR/crlf"
	run vn-seg < "$BATS_TEST_TMPDIR/crlf"
	check_out "-	1.1	Một.
-	2.1	Hai."
}

@test "vn-seg: the last line needs no line end" {
	run sh -c "printf 'Một. Hai' | vn-seg"
	check_out "-	1.1	Một.
-	1.2	Hai"
}

@test "vn-seg: a 6 MB line without a boundary is cut at spaces into pieces under 1 MiB" {
	yes 'chữ' | head -n 1000000 | tr '\n' ' ' > "$BATS_TEST_TMPDIR/long"
	vn-seg "$BATS_TEST_TMPDIR/long" > "$BATS_TEST_TMPDIR/out"
	run awk -F'\t' '{ print $2, length($3) }' "$BATS_TEST_TMPDIR/out"
	check_out "1.1 1048571
1.2 1048571
1.3 1048571
1.4 1048571
1.5 1048571
1.6 757139"
	# Nothing lost: the pieces hold every word.
	[ "$(cut -f3 "$BATS_TEST_TMPDIR/out" | tr ' ' '\n' | grep -c '^chữ$')" -eq 1000000 ]
}

@test "vn-seg: a long line with boundaries streams sentence by sentence" {
	yes 'Một câu ngắn.' | head -n 300000 | tr '\n' ' ' > "$BATS_TEST_TMPDIR/long"
	run sh -c "vn-seg '$BATS_TEST_TMPDIR/long' | tail -n 1"
	check_out "$BATS_TEST_TMPDIR/long	1.300000	Một câu ngắn."
}

@test "vn-seg: after vn-clean, each line's sentences put back together are vn-clean's line" {
	f="$FIX/vn-clean/seed-excerpt.txt"
	vn-clean "$f" | awk -F'\t' '{ gsub(/ /, "", $3); print $2 "\t" $3 }' > "$BATS_TEST_TMPDIR/clean"
	vn-clean "$f" | vn-seg | awk -F'\t' '
		{ split($2, loc, "."); gsub(/ /, "", $3) }
		loc[1] != line { if (line != "") print line ".0\t" text; line = loc[1]; text = "" }
		{ text = text $3 }
		END { print line ".0\t" text }' > "$BATS_TEST_TMPDIR/joined"
	[ -s "$BATS_TEST_TMPDIR/clean" ]
	cmp "$BATS_TEST_TMPDIR/clean" "$BATS_TEST_TMPDIR/joined"
	# More sentences than lines: the test would be empty if vn-seg split nothing.
	[ "$(vn-clean "$f" | vn-seg | wc -l)" -gt "$(wc -l < "$BATS_TEST_TMPDIR/clean")" ]
}
