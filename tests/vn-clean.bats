#!/usr/bin/env bats
# vn-clean: spaces, invisible and control characters, composition, tone
# placement, chrome lines and repeated lines; inputs, outputs and failures.

load helper
bats_require_minimum_version 1.5.0

# The cleaned text of each kept line of raw text given with printf escapes.
clean() { printf "$1" | vn-clean "${@:2}" | cut -f3-; }

@test "vn-clean: a raw line becomes DOC, L.0 and the text" {
	run vn-clean <<< $'Một\n\nHai'
	check_out $'-\t1.0\tMột\n-\t3.0\tHai'
}

@test "vn-clean: NBSP, em space, ideographic space and TAB become one space; runs collapse" {
	run clean 'Bản\xc2\xa0in \xe2\x80\x83 Gởi\xe3\x80\x80bài\tviết   mới\n'
	check_out 'Bản in Gởi bài viết mới'
}

@test "vn-clean: leading and trailing spaces, NBSP included, are trimmed" {
	run clean ' \xc2\xa0 Toàn cảnh hội nghị \xc2\xa0\t\n'
	check_out 'Toàn cảnh hội nghị'
}

@test "vn-clean: zero-width characters, word joiner, BOM inside a line and soft hyphen go" {
	run clean 'Đả\xe2\x80\x8bng \xe2\x80\x8cbộ\xe2\x80\x8d tỉ\xe2\x81\xa0nh \xef\xbb\xbfNghệ\xc2\xadAn\n'
	check_out 'Đảng bộ tỉnh NghệAn'
}

@test "vn-clean: C0 and C1 control characters and DEL go; CR and VT inside a line are spaces" {
	run clean 'a\x01b\x1bc\x7fd\xc2\x80e\xc2\x9ff g\rh\vi\n'
	check_out 'abcdef g h i'
}

@test "vn-clean: a line that cleans to nothing gives no record" {
	run vn-clean <<< $'Một\n \xc2\xa0 \t\n\xe2\x80\x8b\nHai'
	check_out $'-\t1.0\tMột\n-\t4.0\tHai'
}

@test "vn-clean: decomposed 'Đảng bộ tỉnh' (NFD) is composed" {
	run clean 'Đa\xcc\x89ng bo\xcc\x82\xcc\xa3 ti\xcc\x89nh Nghe\xcc\x82\xcc\xa3 An\n'
	check_out 'Đảng bộ tỉnh Nghệ An'
}

@test "vn-clean: a precomposed base takes a combining tone: â ê ô ă ơ ư" {
	run clean 'ta\xcc\x82\xcc\x81t \xc3\xaa\xcc\x80 \xc3\xb4\xcc\xa3 \xc4\x83\xcc\x83 \xc6\xa1\xcc\x89 \xc6\xb0\xcc\x80\n'
	check_out 'tất ề ộ ẵ ở ừ'
}

@test "vn-clean: marks compose in either order, upper case too: o+dot+circumflex, U+horn+grave" {
	run clean 'bo\xcc\xa3\xcc\x82 U\xcc\x9b\xcc\x80 E\xcc\x82\xcc\x81\n'
	check_out 'bộ Ừ Ế'
}

@test "vn-clean: the old U+0340 and U+0341 forms compose as grave and acute" {
	run clean 'ha\xcd\x80 ca\xcd\x81\n'
	check_out 'hà cá'
}

@test "vn-clean: a mark that does not compose stays, byte for byte" {
	run clean 'x\xcc\x81 \xc3\xa1\xcc\x80 \xcc\x81a\n'
	check_out $'x\xcc\x81 \xc3\xa1\xcc\x80 \xcc\x81a'
}

@test "vn-clean: an eth (Ð, ð) that begins a word is Đ, đ; inside a word it stays" {
	run clean 'BAN CHẤP HÀNH \xc3\x90ẢNG BỘ, \xc3\x90ồng chí Lê Văn \xc3\x90ạt (\xc3\xb0ã nghỉ hưu); mã NQ\xc3\x90-01\n'
	check_out $'BAN CHẤP HÀNH ĐẢNG BỘ, Đồng chí Lê Văn Đạt (đã nghỉ hưu); mã NQ\xc3\x90-01'
}

@test "vn-clean: default tone style is hòa, khóa, thủy, xòe" {
	run clean 'hoà khoá thuỷ xoè Hoà Thuỵ hòa khóa\n'
	check_out 'hòa khóa thủy xòe Hòa Thụy hòa khóa'
}

@test "vn-clean: -m places the tone hoà, khoá, thuỷ, xoè" {
	run clean 'hòa khóa thủy xòe Hòa Thụy hoà khoá\n' -m
	check_out 'hoà khoá thuỷ xoè Hoà Thuỵ hoà khoá'
}

@test "vn-clean: decomposed 'khoá' is composed, then placed" {
	run clean 'khoa\xcc\x81 Tho\xcc\x89y\n'
	check_out 'khóa Thỏy'
}

@test "vn-clean: the seeds' 'khóa XI' and 'khoá XIII' become one form" {
	run clean 'Nghị quyết Trung ương 4 (khóa XI, XII)\nBộ Chính trị khoá XIII\n'
	check_out $'Nghị quyết Trung ương 4 (khóa XI, XII)\nBộ Chính trị khóa XIII'
}

@test "vn-clean: 'Ủy ban' and 'Uỷ ban' follow the style, in capitals too" {
	run clean 'Uỷ ban, Ủy ban, HOÀ, ỦY\n'
	check_out 'Ủy ban, Ủy ban, HÒA, ỦY'
	run clean 'Uỷ ban, Ủy ban, HÒA, ỦY\n' -m
	check_out 'Uỷ ban, Uỷ ban, HOÀ, UỶ'
}

@test "vn-clean: with a final consonant the tone is on the second vowel in both styles" {
	run clean 'hòang hoàng huỳnh hùynh khoắn hoạch\n'
	check_out 'hoàng hoàng huỳnh huỳnh khoắn hoạch'
	run clean 'hòang hoàng huỳnh hùynh khoắn hoạch\n' -m
	check_out 'hoàng hoàng huỳnh huỳnh khoắn hoạch'
}

@test "vn-clean: oă takes its tone on ă before a final consonant in both styles; open oă and two tones stay" {
	run clean 'khòăn hòăng Khòắc hoằ hòă\n'
	check_out 'khoằn hoằng Khòắc hoằ hòă'
	run clean 'khòăn hòăng Khòắc hoằ hòă\n' -m
	check_out 'khoằn hoằng Khòắc hoằ hòă'
}

@test "vn-clean: a decomposed tone on the rhyme's first vowel is placed too: ho+grave a, Thu+hook y" {
	run clean 'ho\xcc\x80a Thu\xcc\x89y ho\xcc\x80ang Tho\xcc\x9b\xcc\x80a\n'
	check_out 'hòa Thủy hoàng Thờa'
	run clean 'ho\xcc\x80a Thu\xcc\x89y ho\xcc\x80ang Tho\xcc\x9b\xcc\x80a\n' -m
	check_out 'hoà Thuỷ hoàng Thờa'
}

@test "vn-clean: 'qu' and 'gi' are consonants: quý, quà, giữ stay in both styles" {
	run clean 'quý quà giữ Quỳnh quỳ\n'
	check_out 'quý quà giữ Quỳnh quỳ'
	run clean 'quý quà giữ Quỳnh quỳ\n' -m
	check_out 'quý quà giữ Quỳnh quỳ'
}

@test "vn-clean: other rhymes and non-syllables are left as they are" {
	run clean 'ngoài khuya thuyền Nguyễn toán hoa Hoa-kỳ xoèo oà1 hòaa\n' -m
	check_out 'ngoài khuya thuyền Nguyễn toán hoa Hoa-kỳ xoèo oà1 hòaa'
}

@test "vn-clean: chrome lines of the seeds are dropped" {
	run vn-clean <<< $'Bản in \xc2\xa0 \xc2\xa0 Gởi bài viết \xc2\xa0\nTin\n[Trở về]\nTin liên quan\nXem thêm\nTin mới\nGửi bình luận của bạn'
	check_out $'-\t2.0\tTin'
}

@test "vn-clean: chrome matches regardless of case, and only a whole line" {
	run clean 'TIN LIÊN QUAN\nXem Thêm\nTin liên quan đến hội nghị\nXem thêm tài liệu đính kèm\n'
	check_out $'Tin liên quan đến hội nghị\nXem thêm tài liệu đính kèm'
}

@test "vn-clean: a line that starts with the label of a list of links, tags or shares is chrome" {
	run clean 'Chia sẻ: Facebook Twitter Zalo\nTừ khóa: xây dựng Đảng, Bắc Giang\nXEM THÊM: Bắc Giang kết nạp 8,8 nghìn đảng viên\nLượt xem: 1.204\nBình luận (0)\nChia sẻ kinh nghiệm xây dựng Đảng\nTừ khóa của hội nghị là đổi mới\nBình luận của báo chí\n'
	check_out $'Chia sẻ kinh nghiệm xây dựng Đảng\nTừ khóa của hội nghị là đổi mới\nBình luận của báo chí'
}

@test "vn-clean: share buttons scraped one a line are chrome: Facebook, Zalo, Copy link" {
	run clean 'Chia sẻ\nFacebook\nZalo\nCopy link\nFacebook của tỉnh có 20.000 lượt theo dõi\n'
	check_out 'Facebook của tỉnh có 20.000 lượt theo dõi'
}

@test "vn-clean: a breadcrumb is chrome; a comparison in a sentence is not" {
	run clean 'Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng\nThời sự » Chính trị » Xây dựng Đảng\nTrang chủ / Xây dựng Đảng\nTin tức > Xây dựng Đảng\nNếu x > 3 và y > 2 thì Z > 1\n'
	check_out $'Tin tức > Xây dựng Đảng\nNếu x > 3 và y > 2 thì Z > 1'
}

@test "vn-clean: -k keeps chrome lines, cleaned" {
	run clean 'Bản in \xc2\xa0 Gởi bài viết\n[Trở về]\n' -k
	check_out $'Bản in Gởi bài viết\n[Trở về]'
}

@test "vn-clean: -c FILE adds chrome lines, cleaned and compared like the table" {
	printf 'Ảnh minh họa\n  Theo  TTXVN \n\n' > "$BATS_TEST_TMPDIR/chrome"
	run clean 'Ảnh minh hoạ\ntheo ttxvn\nTheo TTXVN đưa tin\nTin liên quan\n' -c "$BATS_TEST_TMPDIR/chrome"
	check_out 'Theo TTXVN đưa tin'
}

@test "vn-clean: -c with an unreadable file is a usage error, exit 2" {
	run --separate-stderr vn-clean -c "$BATS_TEST_TMPDIR/nope" <<< 'Một'
	[ "$status" -eq 2 ]
	[ "$stderr" = "vn-clean: $BATS_TEST_TMPDIR/nope: No such file or directory" ]
	[ -z "$output" ]
}

@test "vn-clean: a line repeated, blank lines between or not, collapses to the first" {
	run vn-clean <<< $'Ảnh: Mai Hoa\nẢnh:  Mai Hoa \n\n\xc2\xa0\nẢnh: Mai Hoa\nKhác\nẢnh: Mai Hoa'
	check_out $'-\t1.0\tẢnh: Mai Hoa\n-\t6.0\tKhác\n-\t7.0\tẢnh: Mai Hoa'
}

@test "vn-clean: a repeat is compared after cleaning: NFD and tone style" {
	run clean 'Thuỷ Đảng\nThủy Đa\xcc\x89ng\n'
	check_out 'Thủy Đảng'
}

@test "vn-clean: the same line in two documents is kept in each" {
	printf 'Đồng Thúy\n' > "$BATS_TEST_TMPDIR/a.txt"
	printf 'Đồng Thúy\n' > "$BATS_TEST_TMPDIR/b.txt"
	cd "$BATS_TEST_TMPDIR"
	run vn-clean a.txt b.txt
	check_out $'a.txt\t1.0\tĐồng Thúy\nb.txt\t1.0\tĐồng Thúy'
}

@test "vn-clean: a record stream keeps each record's DOC and LOC" {
	run vn-clean <<< $'a.txt\t3.0\tHoà  bình\\tnay\na.txt\t4.0\tHoà bình nay\nb.txt\t7.2\tTin liên quan\nb.txt\t9.1\tHoà bình nay'
	check_out $'a.txt\t3.0\tHòa bình nay\nb.txt\t9.1\tHòa bình nay'
}

@test "vn-clean: reads vn-seg's sentence records from stdin" {
	run bash -c "printf 'Ủy ban họp.  Thuỷ  về.\n\nTin liên quan\n' | vn-seg | vn-clean"
	check_out $'-\t1.1\tỦy ban họp.\n-\t1.2\tThủy về.'
}

@test "vn-clean: -j writes JSON Lines" {
	run vn-clean -j <<< $'Hoà "một"\t\\'
	check_out '{"doc":"-","loc":"1.0","line":1,"sentence":0,"text":"Hòa \"một\" \\"}'
}

@test "vn-clean: -l reads one document per line, its \\n escapes ending lines" {
	run vn-clean -l <<< $'d1\tHoà\\n\\nTin liên quan\\n  hai  \nd2\tba\\tbốn'
	check_out $'d1\t1.0\tHòa\nd1\t4.0\thai\nd2\t1.0\tba bốn'
}

@test "vn-clean: -d names the document of raw text" {
	run vn-clean -d bai1 <<< 'Một'
	check_out $'bai1\t1.0\tMột'
}

@test "vn-clean: CRLF line ends" {
	run clean 'Hoà\r\nbình \r\n'
	check_out $'Hòa\nbình'
}

@test "vn-clean: a BOM at the start of a file is dropped" {
	printf '\xef\xbb\xbfHoà bình\n' > "$BATS_TEST_TMPDIR/bom.txt"
	run vn-clean "$BATS_TEST_TMPDIR/bom.txt"
	check_out "$BATS_TEST_TMPDIR/bom.txt"$'\t1.0\tHòa bình'
}

@test "vn-clean: NUL bytes are dropped" {
	run clean 'Đả\0ng \0bộ\n\0\n'
	check_out 'Đảng bộ'
}

@test "vn-clean: invalid UTF-8 becomes U+FFFD with one warning naming file and line" {
	printf 'Một\nHai \xff ba \xc3\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr vn-clean "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	check_out "$BATS_TEST_TMPDIR/bad.txt"$'\t1.0\tMột\n'"$BATS_TEST_TMPDIR/bad.txt"$'\t2.0\tHai \xef\xbf\xbd ba \xef\xbf\xbd'
	[ "$stderr" = "vn-clean: $BATS_TEST_TMPDIR/bad.txt:2: invalid UTF-8 replaced with U+FFFD" ]
}

@test "vn-clean: a multi-megabyte single line streams out exact: NFD, NBSP and tones across pieces" {
	# 400000 times "Hoa+grave Đa+hook+ng NBSP": 15 bytes in, "Hòa Đảng " 13 bytes out.
	run bash -c "yes \$'Hoa\xcc\x80 \xc4\x90a\xcc\x89ng\xc2\xa0' | head -n 400000 | tr -d '\n' | vn-clean | cksum"
	want=$( { printf -- '-\t1.0\t'; yes 'Hòa Đảng ' | head -n 400000 | tr -d '\n' | head -c 5199999; echo; } | cksum)
	check_out "$want"
}

@test "vn-clean: a long line (over 64 KiB) is never taken for a repeat" {
	run bash -c "line=\$(yes 'Hoà bình' | head -n 10000 | tr '\n' ' '); printf '%s\n%s\n' \"\$line\" \"\$line\" | vn-clean | cut -f2 | tr '\n' ' '"
	check_out '1.0 2.0 '
}

@test "vn-clean: the cleaned seed excerpt" {
	cd "$FIX/vn-clean"
	run vn-clean seed-excerpt.txt
	check_out $'seed-excerpt.txt\t2.0\tHỘI NGHỊ TRỰC TUYẾN TỔNG KÊT 5 NĂM XÂY DỰNG TỔ CHỨC ĐẢNG TRONG SẠCH, VỮNG MẠNH
seed-excerpt.txt\t3.0\tSáng ngày 16/7/2021, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh tổng kết 05 năm xây dựng tổ chức Đảng trong sạch, vững mạnh giai đoạn 2016 - 2020. Đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Hải Châu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh và đồng chí Trần Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.
seed-excerpt.txt\t8.0\tBí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể
seed-excerpt.txt\t9.0\tToàn cảnh hội nghị
seed-excerpt.txt\t10.0\tNhân dịp này, Ban Thường vụ Tỉnh ủy đã tặng Cờ thi đua cho 03 tập thể; Bằng khen cho 28 tập thể và 93 cá nhân được có thành tích tiêu biểu trong xây dựng tổ chức Đảng trong sạch vững mạnh giai đoạn 2016 - 2020.
seed-excerpt.txt\t12.0\tNguồn Cổng TTĐT
seed-excerpt.txt\t15.0\tĐồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân.
seed-excerpt.txt\t18.0\tĐồng Thúy'
}

@test "vn-clean: cleaning twice changes nothing more" {
	cd "$FIX/vn-clean"
	run bash -c "vn-clean -k seed-excerpt.txt | vn-clean -k | cmp - <(vn-clean -k seed-excerpt.txt) && echo same"
	check_out same
}

@test "vn-clean: a long line is cleaned alike wherever its words fall: spaces collapsed and tone marks placed in both its halves" {
	# A long stretch is read as two at once, the second from a space near
	# its middle. A doubled space and an old-style tone mark move a byte at
	# a time through lines of one length, before, on and after that edge.
	local m long=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa text='' want=''
	for ((m = 1; m < 200; m++)); do
		text+="Ông về thăm quê ${long:0:m} ở An,  rồi ghé nhà văn hoá Tân Hoà ${long:m} nghe kể chuyện."$'\n'
		want+="Ông về thăm quê ${long:0:m} ở An, rồi ghé nhà văn hóa Tân Hòa ${long:m} nghe kể chuyện."$'\n'
	done
	printf '%s' "$text" > "$BATS_TEST_TMPDIR/long.txt"
	run bash -c 'vn-clean "$1" | cut -f3-' _ "$BATS_TEST_TMPDIR/long.txt"
	check_out "${want%$'\n'}"
}

@test "vn-clean: bad bytes before any syllable of a long line become a U+FFFD each in their place, and the rest stays" {
	# The input check reads sixteen bytes at a step: a lead of none to
	# fifteen bytes puts the bad bytes at every place in those steps, a
	# character cut short (E1 BB) across their edges too. (The lines are
	# made by a shell of their own: bats would trace every step.)
	cd "$BATS_TEST_TMPDIR"
	bash <<'MAKE'
	syllables=(Đồng chí Nguyễn Văn Quyết phát biểu tại hội nghị tổng kết công tác xây dựng Đảng của tỉnh Bắc Giang năm 2024)
	lead=''
	while [ "${#lead}" -lt 16 ]; do
		for bad in $'\xff' $'\x80' $'\xe1\xbb'; do
			for ((i = 0; i < ${#syllables[@]}; i++)); do
				line=$lead fixed=$lead
				for ((j = 0; j < ${#syllables[@]}; j++)); do
					if [ "$j" -eq "$i" ]; then
						line+="$bad" fixed+=$'\xef\xbf\xbd'
						[ "${#bad}" -eq 1 ] || fixed+=$'\xef\xbf\xbd'
					fi
					line+=" ${syllables[j]}" fixed+=" ${syllables[j]}"
				done
				printf '%s\n' "$line" >> bad.txt
				printf '%s\n' "${fixed# }" >> want.txt
			done
		done
		lead+=x
	done
MAKE
	run bash -c 'vn-clean -q bad.txt | cut -f3-'
	check_out "$(cat want.txt)"
}
