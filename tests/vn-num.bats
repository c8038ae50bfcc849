#!/usr/bin/env bats
# vn-num: numbers, percentages, ratios, ranges and ordinals, their values and units.

load helper
bats_require_minimum_version 1.5.0

# The KIND, VALUE, TEXT and UNIT of each quantity in one line of text.
nums() { printf '%s\n' "$1" | vn-num "${@:2}" | cut -f3-; }

@test "vn-num: '1.793' is 1793: a point groups thousands" {
	run nums 'toàn tỉnh có 1.793 chi bộ.'
	check_out $'number\t1793\t1.793\tchi bộ'
}

@test "vn-num: 'điểm phần trăm' is a measure whole ('tăng 0,5 điểm phần trăm'), not 'điểm phần' and a hundred" {
	run nums 'Tỷ lệ tăng 0,5 điểm phần trăm; đạt 9 điểm.'
	check_out $'number\t0.5\t0,5\tđiểm phần trăm\nnumber\t9\t9\tđiểm'
}

@test "vn-num: '98,35%' is percent 98.35: a comma is the decimal point" {
	run nums '98,35% đảng viên hoàn thành tốt nhiệm vụ.'
	check_out $'percent\t98.35\t98,35%\t%'
}

@test "vn-num: '98,6%' is 98.6 and '95%' is 95" {
	run nums 'có 98,6% tổ chức cơ sở Đảng và 95% số cơ quan.'
	check_out $'percent\t98.6\t98,6%\t%
percent\t95\t95%\t%'
}

@test "vn-num: '8,8 nghìn' is 8800" {
	run nums 'toàn tỉnh kết nạp được trên 8,8 nghìn đảng viên.'
	check_out $'number\t8800\t8,8 nghìn\tđảng viên'
}

@test "vn-num: '1,2 triệu đồng' is 1200000 đồng" {
	run nums 'hỗ trợ 1,2 triệu đồng mỗi hộ.'
	check_out $'number\t1200000\t1,2 triệu\tđồng'
}

@test "vn-num: '3,5 tỷ' is 3500000000" {
	run nums 'Tổng kinh phí 3,5 tỷ đồng.'
	check_out $'number\t3500000000\t3,5 tỷ\tđồng'
}

@test "vn-num: 'gần 1.500 tỷ' is 1500000000000" {
	run nums 'đầu tư gần 1.500 tỷ đồng.'
	check_out $'number\t1500000000000\t1.500 tỷ\tđồng'
}

@test "vn-num: '03 tập thể' is 3" {
	run nums 'Bí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể'
	check_out $'number\t3\t03\ttập thể'
}

@test "vn-num: '3% - 4%' is the percent range 3..4" {
	run nums 'đạt mục tiêu 3% - 4% tổng số đảng viên hằng năm.'
	check_out $'percent\t3..4\t3% - 4%\t%'
}

@test "vn-num: 'từ 80% đến 85%' is the percent range 80..85" {
	run nums 'phấn đấu từ 80% đến 85% chi bộ đạt chuẩn.'
	check_out $'percent\t80..85\ttừ 80% đến 85%\t%'
}

@test "vn-num: '3%-4%' and 'từ 10 - 15%' are percent ranges" {
	run nums 'tăng 3%-4%, giảm từ 10 - 15%.'
	check_out $'percent\t3..4\t3%-4%\t%
percent\t10..15\ttừ 10 - 15%\t%'
}

@test "vn-num: an em dash joins a range too: '10 — 15 cán bộ'" {
	run nums 'cần 10 — 15 cán bộ.'
	check_out $'number\t10..15\t10 — 15\tcán bộ'
}

@test "vn-num: a range of plain numbers is a number A..B" {
	run nums 'kiểm tra từ 3 đến 5 tập thể và 16-20 cá nhân.'
	check_out $'number\t3..5\ttừ 3 đến 5\ttập thể
number\t16..20\t16-20\tcá nhân'
}

@test "vn-num: '3 - 4 triệu' gives the first part the scale of the second" {
	run nums 'thu nhập 3 - 4 triệu đồng.'
	check_out $'number\t3000000..4000000\t3 - 4 triệu\tđồng'
}

@test "vn-num: a falling 'range' is two numbers" {
	run nums 'kết quả 5 - 3.'
	check_out $'number\t5\t5\t
number\t3\t3\t'
}

@test "vn-num: '1.793/2.900 chi bộ' is the ratio 1793/2900" {
	run nums 'toàn tỉnh có 1.793/2.900 chi bộ trực thuộc đảng ủy cơ sở tiến hành đại hội.'
	check_out $'ratio\t1793/2900\t1.793/2.900\tchi bộ'
}

@test "vn-num: 'lần thứ 5' is ordinal 5" {
	run nums 'Hội nghị lần thứ 5 Ban Chấp hành.'
	check_out $'ordinal\t5\tlần thứ 5\t'
}

@test "vn-num: 'thứ nhất', 'thứ hai', 'thứ tư' are ordinals 1, 2, 4" {
	run nums 'nội dung thứ nhất, thứ hai và thứ tư.'
	check_out $'ordinal\t1\tthứ nhất\t
ordinal\t2\tthứ hai\t
ordinal\t4\tthứ tư\t'
}

@test "vn-num: 'thứ Hai' is a weekday, not an ordinal" {
	run nums 'họp vào thứ Hai hằng tuần.'
	check_out $''
}

@test "vn-num: 'lần thứ XIII' is ordinal 13" {
	run nums 'Văn kiện Đại hội Đảng toàn quốc lần thứ XIII.'
	check_out $'ordinal\t13\tlần thứ XIII\t'
}

@test "vn-num: 'khóa XII' and 'khoá XII' are ordinal 12" {
	run nums 'Bộ Chính trị khóa XII và khoá XII.'
	check_out $'ordinal\t12\tkhóa XII\t
ordinal\t12\tkhoá XII\t'
}

@test "vn-num: 'Đại hội XVII' is ordinal 17" {
	run nums 'thực hiện Nghị quyết Đại hội XVII của Đảng bộ tỉnh.'
	check_out $'ordinal\t17\tĐại hội XVII\t'
}

@test "vn-num: 'khóa XI, XII' gives two ordinals" {
	run nums 'thực hiện Nghị quyết Trung ương 4 (khóa XI, XII);'
	check_out $'ordinal\t4\tTrung ương 4\t
ordinal\t11\tkhóa XI\t
ordinal\t12\tXII\t'
}

@test "vn-num: a word of Roman letters alone is no ordinal" {
	run nums 'Chương trình VI và hạng mục X.'
	check_out $''
}

@test "vn-num: UNIT: '934 đảng viên' counts đảng viên, cut before '('" {
	run nums 'tỉnh đã kết nạp mới 934 đảng viên (đạt 71,85%) so với kế hoạch.'
	check_out $'number\t934\t934\tđảng viên
percent\t71.85\t71,85%\t%'
}

@test "vn-num: UNIT: '28 tập thể và 93 cá nhân' stops at 'và' and 'được'" {
	run nums 'Bằng khen cho 28 tập thể và 93 cá nhân được có thành tích tiêu biểu.'
	check_out $'number\t28\t28\ttập thể
number\t93\t93\tcá nhân'
}

@test "vn-num: UNIT: '2,3 lần' counts lần" {
	run nums 'tăng 2,3 lần so với cùng kỳ.'
	check_out $'number\t2.3\t2,3\tlần'
}

@test "vn-num: UNIT: the modifier after the noun is left out: '152 đảng viên mới'" {
	run nums 'đã kết nạp 152 đảng viên mới; 7 chỉ tiêu chủ yếu.'
	check_out $'number\t152\t152\tđảng viên
number\t7\t7\tchỉ tiêu'
}

@test "vn-num: UNIT: a capitalised noun is kept: '145 Bí thư cấp ủy'" {
	run nums 'có 145 Bí thư cấp ủy đồng thời là Chủ tịch HĐND các cấp.'
	check_out $'number\t145\t145\tBí thư cấp ủy'
}

@test "vn-num: UNIT: at most five syllables" {
	run nums 'có 19 tổ chức cơ sở Đảng xã miền núi.'
	check_out $'number\t19\t19\ttổ chức cơ sở Đảng'
}

@test "vn-num: UNIT: a noun that ends within eight words is whole; one going on past them was cut inside a word at five, and the last is left out" {
	run nums 'Huyện có 2 công ty nước khoáng khai thác ở làng và ba đơn vị hành chính cấp tỉnh ngang nhau. Liên Xô lập ba nước cộng hòa xã hội chủ nghĩa mới và 5 tuyến đường sắt điện khí hóa. Xã có 2 trạm bơm nước tưới tiêu đồng ruộng xóm bãi giữa sông.'
	check_out $'number\t2\t2\tcông ty nước khoáng
number\t3\tba\tđơn vị hành chính cấp tỉnh
number\t3\tba\tnước cộng hòa xã hội chủ nghĩa
number\t5\t5\ttuyến đường sắt điện khí hóa
number\t2\t2\ttrạm bơm nước tưới'
}

@test "vn-num: UNIT: the verbs and adjectives commonest after a head end it ('5,5 triệu quân tấn công', 'hai đội quân thù nghịch'); nouns made with them stay" {
	run nums 'Địch đem 5,5 triệu quân tấn công, hai đội quân thù nghịch giáp mặt, 21 nước thiết lập quan hệ, ba tổ chức riêng biệt ra đời; xã có 3 trận đánh lớn, 2 con nuôi, 4 vụ nổ và hai quá trình.'
	check_out $'number\t5500000\t5,5 triệu\tquân
number\t2\thai\tđội quân
number\t21\t21\tnước
number\t3\tba\ttổ chức
number\t3\t3\ttrận đánh
number\t2\t2\tcon nuôi
number\t4\t4\tvụ nổ
number\t2\thai\tquá trình'
}

@test "vn-num: UNIT: a model's letters before its number are left out: 'máy bay ném bom B-26'" {
	run nums 'Không quân nhận 41 máy bay ném bom B-26 và 12 trực thăng.'
	check_out $'number\t41\t41\tmáy bay ném bom
number\t12\t12\ttrực thăng'
}

@test "vn-num: UNIT: '‰' after a space is the measure" {
	run nums 'Dân số tăng 7,4 ‰ mỗi năm.'
	check_out $'number\t7.4\t7,4\t‰'
}

@test "vn-num: UNIT: 'công nhận', 'ven', 'vô', 'rút' and particles end it; 'nhà vô địch', 'vùng ven', 'mục từ' are whole" {
	run nums 'Đến nay 41 chính phủ công nhận, 700 phòng ven biển, hai đứa cháu vô tội, hai toán rút về, 5.000 đài tệ thôi, 3 nhà vô địch, 6 xã vùng ven, 1.200 mục từ.'
	check_out $'number\t41\t41\tchính phủ
number\t700\t700\tphòng
number\t2\thai\tđứa cháu
number\t2\thai\ttoán
number\t5000\t5.000\tđài tệ
number\t3\t3\tnhà vô địch
number\t6\t6\txã vùng ven
number\t1200\t1.200\tmục từ'
}

@test "vn-num: a number before 'a.m.' or 'p.m.' is a time; 'lạng', 'tấc', 'sào' are measures" {
	run nums 'Lúc 7 a.m. họ nộp 300 lạng bạc, đào sâu 8 tấc trên 4 sào ruộng.'
	check_out $'number\t300\t300\tlạng
number\t8\t8\ttấc
number\t4\t4\tsào'
}

@test "vn-num: UNIT: 'người' after the head begins who they are: '7 xóm người Việt' counts xóm; 'con người', 'lượt người' are whole" {
	run nums 'Có 7 xóm người Việt, 3 cán bộ người dân tộc, hai con người, 2 đoàn người, 50.000 lượt người và hai tộc người.'
	check_out $'number\t7\t7\txóm
number\t3\t3\tcán bộ
number\t2\thai\tcon người
number\t2\t2\tđoàn người
number\t50000\t50.000\tlượt người
number\t2\thai\ttộc người'
}

@test "vn-num: decades, centuries and millennia are durations, like years: 'hai thập niên', 'ba thế kỉ'" {
	run nums 'Sau hai thập niên phụ nữ vận động, ba thế kỉ qua và 2 thiên niên kỷ.'
	check_out ''
}

@test "vn-num: UNIT: words are matched in any letter case: 'MỚI', 'ĐƯỢC', 'Đến' end it" {
	run nums 'kết nạp 25 ĐẢNG VIÊN MỚI, có 12 cán bộ ĐƯỢC khen; có 47 xã Đến nay đạt chuẩn.'
	check_out $'number\t25\t25\tĐẢNG VIÊN
number\t12\t12\tcán bộ
number\t47\t47\txã'
}

@test "vn-num: UNIT: a sign is no word: '640 × 480 điểm ảnh'" {
	run nums 'khung hình 640 × 480 điểm ảnh.'
	check_out $'number\t640\t640\t
number\t480\t480\tđiểm ảnh'
}

@test "vn-num: UNIT: empty when nothing is counted: '(đạt 61,85)'" {
	run nums 'tiến hành đại hội (đạt 61,85), thời gian đại hội.'
	check_out $'number\t61.85\t61,85\t'
}

@test "vn-num: 'Hai nhiệm vụ trọng tâm, ba giải pháp đột phá' is 2 nhiệm vụ, 3 giải pháp" {
	run nums 'Hai nhiệm vụ trọng tâm, ba giải pháp đột phá trong xây dựng Đảng'
	check_out $'number\t2\tHai\tnhiệm vụ
number\t3\tba\tgiải pháp'
}

@test "vn-num: 'hai mươi mốt' is 21, 'mười lăm' 15, 'hai mươi lăm' 25" {
	run nums 'có hai mươi mốt chi bộ, mười lăm xã và hai mươi lăm thôn.'
	check_out $'number\t21\thai mươi mốt\tchi bộ
number\t15\tmười lăm\txã
number\t25\thai mươi lăm\tthôn'
}

@test "vn-num: 'bốn mươi tư' is 44" {
	run nums 'gồm bốn mươi tư người.'
	check_out $'number\t44\tbốn mươi tư\tngười'
}

@test "vn-num: 'một trăm linh năm' and 'một trăm lẻ năm' are 105" {
	run nums 'một trăm linh năm đảng viên, một trăm lẻ năm hộ.'
	check_out $'number\t105\tmột trăm linh năm\tđảng viên
number\t105\tmột trăm lẻ năm\thộ'
}

@test "vn-num: 'một nghìn không trăm linh năm' is 1005" {
	run nums 'cấp một nghìn không trăm linh năm thẻ.'
	check_out $'number\t1005\tmột nghìn không trăm linh năm\tthẻ'
}

@test "vn-num: 'hai nghìn năm trăm' is 2500" {
	run nums 'hai nghìn năm trăm hộ dân.'
	check_out $'number\t2500\thai nghìn năm trăm\thộ dân'
}

@test "vn-num: 'hai triệu rưỡi' is 2500000, 'hai trăm rưỡi' 250" {
	run nums 'hai triệu rưỡi đồng cho hai trăm rưỡi hộ.'
	check_out $'number\t2500000\thai triệu rưỡi\tđồng
number\t250\thai trăm rưỡi\thộ'
}

@test "vn-num: 'ngàn', 'vạn' and 'tỉ' are scale words" {
	run nums 'đạt 5 vạn người, 2 ngàn tỉ đồng.'
	check_out $'number\t50000\t5 vạn\tngười
number\t2000000000000\t2 ngàn tỉ\tđồng'
}

@test "vn-num: 'năm đảng viên' is five" {
	run nums 'khen thưởng năm đảng viên.'
	check_out $'number\t5\tnăm\tđảng viên'
}

@test "vn-num: 'Năm đảng viên' at a sentence start is five" {
	run nums 'Năm đảng viên được khen thưởng.'
	check_out $'number\t5\tNăm\tđảng viên'
}

@test "vn-num: 'năm 2019', 'năm nay', 'mỗi năm' are not five" {
	run nums 'năm 2019, năm nay và mỗi năm đều tăng.'
	check_out $''
}

@test "vn-num: '5 năm' and 'hai mươi năm' are durations, left to vn-date" {
	run nums '05 năm qua và hai mươi năm xây dựng, 3 - 4 năm.'
	check_out $''
}

@test "vn-num: 'Năm' capitalised inside a sentence is a title, not five" {
	run nums 'thực hiện "Năm cải cách hành chính", trọng tâm là cải cách.'
	check_out $''
}

@test "vn-num: 'một số', 'một trong những' are not one" {
	run nums 'một số cán bộ, một trong những tập thể.'
	check_out ''
}

@test "vn-num: a bare number word counts something or is nothing" {
	run nums 'Hai là, ba.'
	check_out $''
}

@test "vn-num: 'Ba Đình' and 'Hai Bà Trưng' are names" {
	run nums 'quận Ba Đình và quận Hai Bà Trưng.'
	check_out $''
}

@test "vn-num: '95 %' and '40 phần trăm' are percentages" {
	run nums 'đạt 95 % và 40 phần trăm số hộ.'
	check_out $'percent\t95\t95 %\t%\npercent\t40\t40 phần trăm\t%'
}

@test "vn-num: '1.793.000,5' is 1793000.5" {
	run nums 'thu 1.793.000,5 đồng.'
	check_out $'number\t1793000.5\t1.793.000,5\tđồng'
}

@test "vn-num: a range in words: 'từ ba đến năm người' is 3..5" {
	run nums 'mỗi tổ từ ba đến năm người.'
	check_out $'number\t3..5\ttừ ba đến năm\tngười'
}

@test "vn-num: '1,234,567.5' is read as English grouping where unambiguous" {
	run nums 'chi 1,234,567.5 đồng.'
	check_out $'number\t1234567.5\t1,234,567.5\tđồng'
}

@test "vn-num: '1,500' is 1.5: the Vietnamese reading wins" {
	run nums 'tăng 1,500 lần.'
	check_out $'number\t1.5\t1,500\tlần'
}

@test "vn-num: '3.5' is 3.5: a point before other than three digits is a decimal" {
	run nums 'tăng 3.5 lần.'
	check_out $'number\t3.5\t3.5\tlần'
}

@test "vn-num: dates and times are not quantities: 16/7/2021, năm 2019, 13:54:23, quý III" {
	run nums 'Sáng ngày 16/7/2021 lúc 13:54:23, năm 2019, quý III có 12 tập thể.'
	check_out $'number\t12\t12\ttập thể'
}

@test "vn-num: times with g for giờ are not quantities: '7 g 20', '15g30'" {
	run nums 'Lúc 7 g 20 và 15g30 có 3 người đến.'
	check_out $'number\t3\t3\tngười'
}

@test "vn-num: 'giai đoạn 2016 - 2020' and 'nhiệm kỳ 2020-2025' are not quantities" {
	run nums 'giai đoạn 2016 - 2020, nhiệm kỳ 2020-2025 và nhiệm kỳ 2025 - 2030.'
	check_out $''
}

@test "vn-num: document numbers are not quantities" {
	run nums 'Chỉ thị số 05-CT/TW, Kết luận số 28, Nghị định số 91/2017/NĐ-CP và Quyết định 123/QĐ-UBND.'
	check_out $''
}

@test "vn-num: 'tổng số 1.234' is a quantity, 'số 28' a label" {
	run nums 'Tổng số 1.234 tổ chức cơ sở đảng theo Kết luận số 28.'
	check_out $'number\t1234\t1.234\ttổ chức cơ sở đảng'
}

@test "vn-num: 'Hội nghị Trung ương 4' is an ordinal" {
	run nums 'Hội nghị Trung ương 4 đã thảo luận.'
	check_out $'ordinal\t4\tTrung ương 4\t'
}

@test "vn-num: numbers in names are not quantities: 'Quân khu 7', 'Điều 5'" {
	run nums 'Bộ Tư lệnh Quân khu 7 thực hiện điều 5 của Luật.'
	check_out $''
}

@test "vn-num: a label in capitals is a label: 'Điều 5' opening a sentence, 'SỐ 12'" {
	run nums 'Điều 5 nêu rõ việc này; xem KẾT LUẬN SỐ 12 của tỉnh.'
	check_out $''
}

@test "vn-num: phone numbers are not quantities" {
	run nums 'Liên hệ 0912 345 678, 0234.3822.123 hay +84 912 345 678.'
	check_out $''
}

@test "vn-num: codes stuck to letters are not quantities: COVID-19, F0" {
	run nums 'phòng chống COVID-19 và các ca F0.'
	check_out $''
}

@test "vn-num: the Quảng Ninh seed, whole: every quantity and nothing else" {
	cd "$FIX/vn-num"
	run vn-num quangninh.txt
	[ "$status" -eq 0 ]
	check_out $'quangninh.txt\t3.1\tnumber\t3\t03\ttập thể
quangninh.txt\t5.2\tordinal\t13\tlần thứ XIII\t
quangninh.txt\t5.2\tordinal\t17\tlần thứ XVII\t
quangninh.txt\t5.2\tordinal\t4\tTrung ương 4\t
quangninh.txt\t5.2\tordinal\t11\tkhóa XI\t
quangninh.txt\t5.2\tordinal\t12\tkhóa XII\t
quangninh.txt\t7.1\tnumber\t3\t03\ttập thể
quangninh.txt\t7.1\tnumber\t28\t28\ttập thể
quangninh.txt\t7.1\tnumber\t93\t93\tcá nhân'
}

@test "vn-num: the TTXVN (Bắc Giang) seed, whole: every quantity and nothing else" {
	cd "$FIX/vn-num"
	run vn-num ttxvn.txt
	[ "$status" -eq 0 ]
	check_out $'ttxvn.txt\t1.1\tnumber\t2\tHai\tnhiệm vụ
ttxvn.txt\t1.1\tnumber\t3\tba\tgiải pháp
ttxvn.txt\t3.1\tnumber\t2\thai\tnhiệm vụ
ttxvn.txt\t3.1\tnumber\t3\tba\tgiải pháp
ttxvn.txt\t3.2\tnumber\t2\tHai\tnhiệm vụ
ttxvn.txt\t4.1\tnumber\t3\tBa\tgiải pháp
ttxvn.txt\t5.2\tnumber\t3\t3\tdám
ttxvn.txt\t5.2\tnumber\t3\t3\t
ttxvn.txt\t5.2\tnumber\t5\t5\trõ
ttxvn.txt\t8.1\tnumber\t8800\t8,8 nghìn\tđảng viên
ttxvn.txt\t8.2\tnumber\t145\t145\tBí thư cấp ủy
ttxvn.txt\t8.3\tnumber\t16\t16\ttập thể
ttxvn.txt\t8.3\tnumber\t84\t84\tcá nhân
ttxvn.txt\t9.3\tpercent\t3..4\t3% - 4%\t%'
}

@test "vn-num: the Báo Nghệ An seed, whole: every quantity and nothing else" {
	cd "$FIX/vn-num"
	run vn-num baonghean.txt
	[ "$status" -eq 0 ]
	check_out $'baonghean.txt\t6.1\tnumber\t152\t152\tđảng viên
baonghean.txt\t6.1\tnumber\t837\t837\tngười
baonghean.txt\t7.1\tnumber\t277\t277\tlượt tổ chức đảng
baonghean.txt\t7.1\tnumber\t71\t71\ttổ chức đảng
baonghean.txt\t7.2\tnumber\t2\thai\tcấp
baonghean.txt\t7.2\tnumber\t2\t2\ttổ chức đảng
baonghean.txt\t7.2\tnumber\t7\t7\tđảng viên
baonghean.txt\t11.1\tordinal\t4\tTrung ương 4\t
baonghean.txt\t11.1\tordinal\t11\tkhóa XI\t
baonghean.txt\t11.1\tordinal\t12\tXII\t'
}

@test "vn-num: the Khối các cơ quan seed, whole: every quantity and nothing else" {
	cd "$FIX/vn-num"
	run vn-num khoicoquan.txt
	[ "$status" -eq 0 ]
	check_out $'khoicoquan.txt\t2.3\tpercent\t98.6\t98,6%\t%
khoicoquan.txt\t2.3\tpercent\t98.35\t98,35%\t%
khoicoquan.txt\t2.3\tnumber\t133\t133\tđảng viên
khoicoquan.txt\t3.1\tnumber\t7\t7\tchỉ tiêu
khoicoquan.txt\t3.1\tpercent\t95\t95%\t%
khoicoquan.txt\t3.1\tpercent\t3\t3%\t%
khoicoquan.txt\t4.3\tordinal\t4\tTrung ương 4\t
khoicoquan.txt\t4.3\tordinal\t11\tkhóa XI\t
khoicoquan.txt\t4.3\tordinal\t12\tXII\t
khoicoquan.txt\t5.1\tnumber\t1\t1\tchi bộ
khoicoquan.txt\t5.1\tnumber\t1\t1\ttập thể
khoicoquan.txt\t5.1\tnumber\t1\t1\tcá nhân
khoicoquan.txt\t5.2\tnumber\t19\t19\ttổ chức cơ sở Đảng
khoicoquan.txt\t5.2\tnumber\t40\t40\tđảng viên'
}

@test "vn-num: the Đồng Tháp seed, whole: every quantity and nothing else" {
	cd "$FIX/vn-num"
	run vn-num dongthap.txt
	[ "$status" -eq 0 ]
	check_out $'dongthap.txt\t4.3\tnumber\t934\t934\tđảng viên
dongthap.txt\t4.3\tpercent\t71.85\t71,85%\t%
dongthap.txt\t4.3\tratio\t1793/2900\t1.793/2.900\tchi bộ
dongthap.txt\t4.3\tnumber\t61.85\t61,85\t
dongthap.txt\t6.1\tordinal\t13\tkhoá XIII\t
dongthap.txt\t6.1\tordinal\t5\tTrung ương 5\t
dongthap.txt\t6.1\tordinal\t13\tkhoá XIII\t'
}

@test "vn-num: the indefinite 'một' is no quantity: 'là một chủ trương', 'tại một hội thảo'" {
	run nums 'Đây là một chủ trương lớn, tại một hội thảo, như một lời cảm ơn; không có một ai.'
	check_out ''
}

@test "vn-num: 'một' counts after a word that counts: 'thêm một xã', 'chỉ có một người'" {
	run nums 'Huyện có thêm một xã đạt chuẩn, chỉ có một người phản đối, còn một hộ nữa.'
	check_out $'number\t1\tmột\txã
number\t1\tmột\tngười
number\t1\tmột\thộ'
}

@test "vn-num: 'một' counts in a list with another count: 'một tập thể và hai cá nhân'" {
	run nums 'Khen một tập thể và hai cá nhân; hai trai, một gái.'
	check_out $'number\t1\tmột\ttập thể
number\t2\thai\tcá nhân
number\t2\thai\ttrai
number\t1\tmột\tgái'
}

@test "vn-num: 'một trong hai' is one, with nothing counted" {
	run nums 'Đây là một trong hai phương án.'
	check_out $'number\t1\tmột\t
number\t2\thai\tphương án'
}

@test "vn-num: a number after a unit or place noun names it: 'Trung đoàn 9', 'khu phố 4', 'tỉnh lộ 8'" {
	run nums 'Trung đoàn 9 và Quân khu 7 diễn tập tại khu phố 4, tổ dân phố 12, ven tỉnh lộ 8 gần Khu kinh tế số 3.'
	check_out ''
}

@test "vn-num: a number after the arm a unit is of names the unit: 'Sư đoàn bộ binh 304', 'Trung đoàn kỵ binh 7 nổ súng'; a count before the arm still counts" {
	run nums 'Sư đoàn bộ binh 304 và Trung đoàn pháo binh 45 hành quân; Trung đoàn kỵ binh 7 nổ súng; huy động 3 trung đoàn bộ binh.'
	check_out $'number\t3\t3\ttrung đoàn bộ binh'
}

@test "vn-num: plain digits after any noun, counting nothing, are its number: 'khách sạn 2', 'chuyến bay 206'" {
	run nums 'Đoàn nghỉ ở khách sạn 2 rồi đi chuyến bay 206, theo tu chính án 19 và Khu vực 4 có 3 đội.'
	check_out $'number\t3\t3\tđội'
}

@test "vn-num: a noun's number opens the sentence too: 'Cơ sở 2 ...'" {
	run nums 'Cơ sở 2 của trường nằm ở phía nam.'
	check_out ''
}

@test "vn-num: after a verb, a preposition or a cue the number counts: 'đạt 45', 'khoảng 20', 'gấp 2', 'nam 12'" {
	run nums 'Đội đạt 45, khoảng 20 bị thương, giá gấp 2, nam 12 và nữ 15.'
	check_out $'number\t45\t45\t
number\t20\t20\t
number\t2\t2\t
number\t12\t12\t
number\t15\t15\t'
}

@test "vn-num: a noun's number joined to one that counts is a count: 'quy mô 300 - 500 ha', '4 hoặc 5 hải lý', '800 × 600 điểm ảnh'" {
	run nums 'khu quy mô 300 - 500 ha, cách đảo 4 hoặc 5 hải lý, màn hình 800 × 600 điểm ảnh.'
	check_out $'number\t300..500\t300 - 500\tha
number\t4\t4\t
number\t5\t5\thải lý
number\t800\t800\t
number\t600\t600\tđiểm ảnh'
}

@test "vn-num: a noun's number and a list of them: 'tuyến 21 đến 24', 'tiểu đoàn 3, 6, 8'" {
	run nums 'Xe đi các tuyến 21 đến 24 cùng tiểu đoàn 3, 6, 8 của quân đoàn.'
	check_out ''
}

@test "vn-num: grouped or decimal digits after a noun still count: 'tù binh 12.500', 'cường độ 6,8'" {
	run nums 'bắt làm tù binh 12.500, động đất cường độ 6,8 và "lần 2".'
	check_out $'number\t12500\t12.500\t
number\t6.8\t6,8\t
ordinal\t2\tlần 2\t'
}

@test "vn-num: a number word after a noun's number counts: 'pháo 105, hai khẩu đội'" {
	run nums 'Trung đội có lựu pháo 105, hai khẩu đội súng cối.'
	check_out $'number\t2\thai\tkhẩu đội súng cối'
}

@test "vn-num: a day and a month alone in brackets are a date: '(5/8)'; '(1/13)' and '(3/4 số hộ)' are ratios" {
	run nums 'Ông nhậm chức thủ tướng (5/8), sau đó (1/13) và (3/4 số hộ).'
	check_out $'ratio\t1/13\t1/13\t
ratio\t3/4\t3/4\tsố hộ'
}

@test "vn-num: a number before 'TCN' or 'sau Công nguyên' is a year: '4000 TCN - 3500 TCN'" {
	run nums 'Nền văn hóa có từ 4000 TCN - 3500 TCN, ngôi mộ có niên đại 915 sau Công nguyên, 12 ngôi mộ.'
	check_out $'number\t12\t12\tngôi mộ'
}

@test "vn-num: a list of names after a label: 'phường 1, 2 và 4', 'lớp chín và mười'" {
	run nums 'Các phường 1, 2 và 4 cùng học sinh lớp chín và mười tham gia.'
	check_out ''
}

@test "vn-num: numbers listed that count nothing name things: 'các nhóm 2, 3, 5 và 7'" {
	run nums 'Sáp nhập vào các nhóm 2, 3, 5 và 7; có 3, 4 người.'
	check_out $'number\t3\t3\t
number\t4\t4\tngười'
}

@test "vn-num: a vehicle plate is no quantity: 'biển số 30A-123.45'" {
	run nums 'Xe biển số 30A-123.45 bị tạm giữ.'
	check_out ''
}

@test "vn-num: a document's number without 'số' is no quantity; 'kết luận 3 nội dung' counts" {
	run nums 'Theo Quyết định 102 và Nghị quyết 45, quy định 08 có hiệu lực; hội nghị kết luận 3 nội dung.'
	check_out $'number\t3\t3\tnội dung'
}

@test "vn-num: days and months left by the recogniser are no quantities: 'hôm 10/5', 'tức 25-8', 'từ 16 đến 18-5'" {
	run nums 'Ông về quê hôm 10/5 (tức 25-8 âm lịch), lễ hội từ 16 đến 18-5.'
	check_out ''
}

@test "vn-num: 'ngày 19' is a day; 'mỗi ngày 3 lần' counts" {
	run nums 'Đến ngày 19, đoàn uống thuốc mỗi ngày 3 lần.'
	check_out $'number\t3\t3\tlần'
}

@test "vn-num: a year in digits that counts nothing is no quantity: 'từ 2008', '(sinh 1886)', 'những năm 80'" {
	run nums 'Trường thành lập từ 2008, ông Ba (sinh 1886) dạy ở đó những năm 80.'
	check_out ''
}

@test "vn-num: a month of a year is no ratio: 'từ 11/2007 - 7/2008'" {
	run nums 'Từ 11/2007 - 7/2008 ông là Phó Bí thư.'
	check_out ''
}

@test "vn-num: UNIT: the head noun, cut before a verb: '3 lý do', '12 trường hợp bổ nhiệm'" {
	run nums 'Có 3 lý do và 12 trường hợp bổ nhiệm sai; 5 đội viên tham gia cứu hộ.'
	check_out $'number\t3\t3\tlý do
number\t12\t12\ttrường hợp
number\t5\t5\tđội viên'
}

@test "vn-num: UNIT: never across a second number word: 'hai nhà máy xây dựng hai dự án'" {
	run nums 'Tỉnh có hai nhà máy xây dựng hai dự án mới.'
	check_out $'number\t2\thai\tnhà máy
number\t2\thai\tdự án'
}

@test "vn-num: UNIT: a name after the noun is left out: '2 xã Phú An', 'hai vợ chồng anh Nam'" {
	run nums 'Tỉnh sáp nhập 2 xã Phú An và Phú Lộc, đón hai vợ chồng anh Nam về.'
	check_out $'number\t2\t2\txã
number\t2\thai\tvợ chồng'
}

@test "vn-num: UNIT: a measure alone, a level whole: '1.210 ha diện tích', '17 đơn vị hành chính cấp xã'" {
	run nums 'Huyện có 1.210 ha diện tích tự nhiên, 30 tấn hàng và 17 đơn vị hành chính cấp xã trực thuộc.'
	check_out $'number\t1210\t1.210\tha
number\t30\t30\ttấn
number\t17\t17\tđơn vị hành chính cấp xã'
}

@test "vn-num: a number word before a title counts it: 'Hai Phó Chủ tịch'" {
	run nums 'Hai Phó Chủ tịch UBND tỉnh dự họp, cùng ba Ủy viên Ban Thường vụ.'
	check_out $'number\t2\tHai\tPhó Chủ tịch
number\t3\tba\tỦy viên'
}

@test "vn-num: UNIT: a title the lexicon of names knows is one word: 'Ủy viên dự khuyết', 'Phó Trưởng ban'" {
	run nums 'Hội nghị bầu bổ sung hai Ủy viên dự khuyết và 3 Phó Trưởng ban.'
	check_out $'number\t2\thai\tỦy viên dự khuyết
number\t3\t3\tPhó Trưởng ban'
}

@test "vn-num: UNIT: a title ends before a person's name: 'hai Phó Thủ tướng Trần Văn Hùng'" {
	run nums 'Đoàn gồm hai Phó Thủ tướng Trần Văn Hùng và Lê An.'
	check_out $'number\t2\thai\tPhó Thủ tướng'
}

@test "vn-num: UNIT: a body that is a name by itself ends it: '70 ghế Quốc hội', '12 đại biểu HĐND'" {
	run nums 'Có 70 ghế Quốc hội và 12 đại biểu HĐND được bầu lại; tỉnh lập 3 Bệnh viện dã chiến.'
	check_out $'number\t70\t70\tghế
number\t12\t12\tđại biểu
number\t3\t3\tBệnh viện dã chiến'
}

@test "vn-num: every kind of document names its number: 'Thông tư liên tịch 02', 'Công điện 7'" {
	run nums 'Thông tư liên tịch 02, Nghị quyết liên tịch 09 và Công điện 7 đã hết hiệu lực.'
	check_out ''
}

@test "vn-num: groups of three spaced after a point are one number: '500. 000 đồng', '70. 000 - 150. 000 m3'" {
	run nums 'Chị gửi con 500. 000 đồng; mỗi ngày có 70. 000 - 150. 000 m3 nước được bơm lên.'
	check_out $'number\t500000\t500. 000\tđồng
number\t70000..150000\t70. 000 - 150. 000\tm3'
}

@test "vn-num: a decimal spaced after a comma before a measure: 'gần 1, 5 km'; a list is no decimal" {
	run nums 'Đoàn đi bộ gần 1, 5 km rồi nghỉ ở 2, 3 bản.'
	check_out $'number\t1.5\t1, 5\tkm
number\t2\t2\t
number\t3\t3\tbản'
}

@test "vn-num: after 'Điện thoại', 'Fax', 'ĐT' a phone number in any shape is no quantity" {
	run nums 'Điện thoại: (84. 28) 3821 456 - Fax: (84. 28) 3821 457; ĐT 391 222, có 3 tổng đài viên.'
	check_out $'number\t3\t3\ttổng đài viên'
}

@test "vn-num: an hour written 'g' is no quantity: 'từ 7 g đến 17 g', 'lúc 9 g 30', '12 g trưa'; '5 g muối' is grams" {
	run nums 'Chợ mở từ 7 g đến 17 g, xe tới lúc 9 g 30, về lúc 12 g trưa; cho 5 g muối vào nồi.'
	check_out $'number\t5\t5\tg'
}

@test "vn-num: 'hai bên', 'hai bờ' are both sides, no count" {
	run nums 'Hai bên đã ký biên bản, cây trồng dọc hai bên đường và hai bờ sông; 4 bên tham gia hiệp định.'
	check_out $'number\t4\t4\tbên'
}

@test "vn-num: a number that counts nothing after a name is part of it: 'Bệnh viện Quân y 175', 'Rạp 7 là'" {
	run nums 'Bệnh viện Quân y 175 nhận thêm ca bệnh, quán Phở bò 2 ở góc phố vẫn mở.'
	check_out ''
	run nums 'Rạp 7 là rạp lớn nhất. Khoảng 30 người chờ ở cửa.'
	check_out $'number\t30\t30\tngười'
}

@test "vn-num: a citation's numbers are no quantities: 'ISBN 978-604-1', 'Vol. 12, No. 3'" {
	run nums 'Tạp chí Sử học, Vol. 12, No. 3, ISBN 9786041234.'
	check_out ''
}

@test "vn-num: 'lần 2' is an ordinal; 'mỗi lần 2 người' counts" {
	run nums 'Cuộc điều tra lần 2 công bố kết quả, mỗi lần 2 người.'
	check_out $'ordinal\t2\tlần 2\t
number\t2\t2\tngười'
}

@test "vn-num: a score is no range: 'hòa 2-2', 'thắng 3-1'" {
	run nums 'Đội khách hòa 2-2 ở lượt đi và thắng 3-1 ở lượt về.'
	check_out ''
}

@test "vn-num: a scale or number word that begins a noun is none: 'một tỉ lệ', 'xe ba gác'; 'hai tỷ lệ' counts" {
	run nums 'Đây là một tỉ lệ cao; ông đạp xe ba gác; bản vẽ có hai tỷ lệ khác nhau.'
	check_out $'number\t2\thai\ttỷ lệ'
}

@test "vn-num: UNIT: 'đồng' is a measure alone, unless it begins a noun: '190 tỷ đồng lợi nhuận', 'hai đồng nghiệp'" {
	run nums 'Công ty lãi 190 tỷ đồng lợi nhuận, thưởng hai đồng nghiệp 5.000 đ.'
	check_out $'number\t190000000000\t190 tỷ\tđồng
number\t2\thai\tđồng nghiệp
number\t5000\t5.000\tđ'
}

@test "vn-num: UNIT: a sign after a number is its measure: '4.000.000 €', '24-35 °C'" {
	run nums 'Quỹ nhận 4.000.000 € khi trời nóng 24-35 °C.'
	check_out $'number\t4000000\t4.000.000\t€
number\t24..35\t24-35\t°C'
}

@test "vn-num: UNIT: cut before 'số' and a number, before a verb after the head; 'm 2' is m2" {
	run nums 'Gửi 2 công văn số 14 và 15; 3000 quân sang đánh; hai đứa con ngẩn ngơ; máy gom 1. 000 m 2 mỗi giờ.'
	check_out $'number\t2\t2\tcông văn
number\t3000\t3000\tquân
number\t2\thai\tđứa con
number\t1000\t1. 000\tm 2'
}

@test "vn-num: a day and a month after 'sáng sớm' are a date: 'sáng sớm 6 - 11'" {
	run nums 'Tàu cập cảng sáng sớm 6 - 11 với 12 thuyền viên.'
	check_out $'number\t12\t12\tthuyền viên'
}

@test "vn-num: a day and a month written apart are a date: 'hôm qua, 18 - 8', 'quốc khánh 2 - 9', 'ngày 22 và 23 - 10'" {
	run nums 'Lễ mít tinh hôm qua, 18 - 8, mừng quốc khánh 2 - 9; trong ngày 22 và 23 - 10 có 5 đoàn đến.'
	check_out $'number\t5\t5\tđoàn'
}

@test "vn-num: an age counts tuổi alone, or with đời, Đảng, nghề, quân, Đoàn; after a head noun tuổi ends it" {
	run nums "Cụ 86 tuổi vẫn khỏe, em 5 tuổi học giỏi; ông có 70 tuổi đời, 50 tuổi Đảng; 300 phụ nữ tuổi 20 được khám."
	check_out $'number\t86\t86\ttuổi
number\t5\t5\ttuổi
number\t70\t70\ttuổi đời
number\t50\t50\ttuổi Đảng
number\t300\t300\tphụ nữ'
}

@test "vn-num: two digits after a dash that ends a range of years are its end ('những năm 1930 - 45'); a count after a year still counts" {
	run nums "Những năm 1930 - 45 là thời kỳ khó khăn; trong năm 2020 – 25 đảng viên mới được kết nạp."
	check_out $'number\t25\t25\tđảng viên'
}

@test "vn-num: a year, a dash and a capital opening a chronology's entry ('934 – Vua ...') are no count; a score at the start is" {
	run bash -c "printf '%s\n' '934 – Vua Lê lên ngôi ở kinh đô.' '1802 - Nguyễn Ánh lập triều Nguyễn.' '3 - 2 là tỷ số của trận chung kết.' | vn-num | cut -f3-"
	check_out $'number\t3\t3\t
number\t2\t2\t'
}

@test "vn-num: 'thế kỉ 20', 'đêm 4 rạng ngày 5', '1872 Khởi nghĩa' opening a chronology are no counts" {
	run nums 'Trong thế kỉ 20 có nhiều trận đánh vào đêm 4 rạng ngày 5 tháng Giêng.'
	check_out ''
	run nums '1872 Khởi nghĩa nổ ra ở 3 tỉnh.'
	check_out $'number\t3\t3\ttỉnh'
}

@test "vn-num: a proportion with a colon is no count: '16: 9', '8: 5'" {
	run nums 'Màn ảnh theo tỉ lệ 16: 9 hoặc 8: 5.'
	check_out ''
}

@test "vn-num: 'vài ba', 'bốn bề' count nothing" {
	run nums 'Anh viết được vài ba bài, đồn địch bao quanh bốn bề.'
	check_out ''
}

@test "vn-num: UNIT: cut before a label and its number, before an adjective: '3 học sinh lớp 5', 'di dân bất hợp pháp'" {
	run nums 'Có 3 học sinh lớp 5 và 12 triệu di dân bất hợp pháp.'
	check_out $'number\t3\t3\thọc sinh
number\t12000000\t12 triệu\tdi dân'
}

@test "vn-num: '11/10 âm lịch', 'từ 4/7 đến 27/7/1954' are dates; '2/3 số xã' is a ratio" {
	run nums 'Lễ hội ngày 11/10 âm lịch; hội nghị họp từ 4/7 đến 27/7/1954 ở 2/3 số xã.'
	check_out $'ratio\t2/3\t2/3\tsố xã'
}

@test "vn-num: '1/1 triệu' is the ratio 1/1000000" {
	run nums 'Tỷ lệ mắc là 1/1 triệu dân.'
	check_out $'ratio\t1/1000000\t1/1 triệu\tdân'
}

@test "vn-num: a weekday with its name capitalised ('Đêm thứ Năm') or after a part of the day ('sáng thứ năm') is no ordinal" {
	run nums "Đêm thứ Năm trời mưa, sáng thứ sáu tỉnh họp; thứ hai là phải làm đường, và anh là con thứ năm trong nhà."
	check_out $'ordinal\t2\tthứ hai\t
ordinal\t5\tthứ năm\t'
}

@test "vn-num: 'Thứ hai' inside a sentence and 'thứ sáu, ngày 5/3' are weekdays" {
	run nums 'Tin đăng lúc 10:19, Thứ hai, 09/01/2006; họp vào thứ sáu, ngày 5/3.'
	check_out ''
}

@test "vn-num: a list's number, a note, an address are no quantities: '2. Sáp nhập', '(3)', '415 Quang Trung'" {
	run nums '2. Sáp nhập 30 tổ dân phố theo (3), tại 415 Quang Trung.'
	check_out $'number\t30\t30\ttổ dân phố'
}

@test "vn-num: a number word alone is a name: 'Mười cho biết'" {
	run nums 'Mười cho biết ông có hai con.'
	check_out $'number\t2\thai\tcon'
}

@test "vn-num: reads vn-seg records from stdin and keeps their DOC and LOC" {
	run sh -c "vn-seg -d art '$FIX/vn-num/khoicoquan.txt' | vn-num"
	[ "$status" -eq 0 ]
	check_out "$(vn-num -d art "$FIX/vn-num/khoicoquan.txt")"
	[ "${#lines[@]}" -eq 14 ]
}

@test "vn-num: -d names the document read from stdin" {
	run sh -c "printf 'Có 3 tập thể.\n' | vn-num -d bai1"
	check_out $'bai1\t1.1\tnumber\t3\t3\ttập thể'
}

@test "vn-num: -l reads one document per line, ID<TAB>TEXT with escaped paragraphs" {
	run sh -c "printf 'a1\tHai nhiệm vụ trọng tâm.\\\\nCó 3 tập thể.\na2\tKết nạp 152 đảng viên mới.\n' | vn-num -l"
	check_out $'a1\t1.1\tnumber\t2\tHai\tnhiệm vụ\na1\t2.1\tnumber\t3\t3\ttập thể\na2\t1.1\tnumber\t152\t152\tđảng viên'
}

@test "vn-num: -j writes JSON Lines with kind, value, text and unit" {
	run sh -c "printf 'đạt 98,35%%; có 12 đảng viên; khóa XII\n' | vn-num -j"
	check_out '{"doc":"-","loc":"1.1","line":1,"sentence":1,"kind":"percent","value":"98.35","text":"98,35%","unit":"%"}
{"doc":"-","loc":"1.1","line":1,"sentence":1,"kind":"number","value":"12","text":"12","unit":"đảng viên"}
{"doc":"-","loc":"1.1","line":1,"sentence":1,"kind":"ordinal","value":"12","text":"khóa XII","unit":""}'
}

@test "vn-num: invalid UTF-8 becomes U+FFFD with one warning, the numbers around it are found" {
	printf 'Có 3 tập thể \xff\xfe và 93 cá nhân.\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr vn-num "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "vn-num: $BATS_TEST_TMPDIR/bad.txt:1: invalid UTF-8 replaced with U+FFFD" ]
	check_out "$BATS_TEST_TMPDIR/bad.txt	1.1	number	3	3	tập thể
$BATS_TEST_TMPDIR/bad.txt	1.1	number	93	93	cá nhân"
}

@test "vn-num: a full disk is an error" {
	run sh -c "vn-num '$FIX/vn-num/ttxvn.txt' > /dev/full"
	[ "$status" -eq 1 ]
	check_out "vn-num: write error: No space left on device"
}

@test "vn-num: a long line without a sentence end: every number in it is found" {
	run sh -c "awk 'BEGIN { for (i = 0; i < 50000; i++) printf \"có 7 tập thể, \"; print \"\" }' | vn-num | cut -f3- | sort | uniq -c"
	[ "$status" -eq 0 ]
	check_out "$(printf '%7d %s' 50000 $'number\t7\t7\ttập thể')"
}


@test "vn-num: the month of a revolution's name counts nothing; a price a month does" {
	run sh -c "printf '%s\n' 'Cách mạng tháng 8 năm 1945 thành công.' 'Cách mạng tháng 10 Nga mở ra thời đại mới.' 'Tiền thuê nhà một tháng 200.000 đồng.' | vn-num | cut -f2-"
	check_out $'3.1\tnumber\t200000\t200.000\tđồng'
}

@test "vn-num: 'N phần D' is the ratio N/D with the UNIT after it; 'một phần' alone and 'phần trăm' are none" {
	run sh -c "printf '%s\n' 'Hai phần ba số hộ đã có nước sạch.' 'Xã dành một phần tư quỹ đất cho trường học.' 'Một phần nhỏ kinh phí còn lại.' 'Một phần Lào bị ngập.' 'Chỉ số tăng 12 phần trăm.' | vn-num | cut -f2-"
	check_out $'1.1\tratio\t2/3\tHai phần ba\tsố hộ
2.1\tratio\t1/4\tmột phần tư\tquỹ đất
5.1\tpercent\t12\t12 phần trăm\t%'
}

@test "vn-num: English thousands '1,200 người' and '40,000' are whole; money too; before a measure it is a decimal" {
	run nums 'Có 1,200 người dự, khoảng 40,000 đã về, thu nhập 3,250 USD, cây cầu dài 1,375 km.'
	check_out $'number\t1200\t1,200\tngười
number\t40000\t40,000\t
number\t3250\t3,250\tUSD
number\t1.375\t1,375\tkm'
}

@test "vn-num: a comma before three digits stays a decimal with a scale word, a leading zero or a percent sign" {
	run nums 'Vốn đạt 4,125 tỷ đồng, chỉ số 0,812 và tỷ lệ 12,345% cả năm.'
	check_out $'number\t4125000000\t4,125 tỷ\tđồng
percent\t12.345\t12,345%\t%'
}

@test "vn-num: months and days listed after a date count nothing; a count after one does" {
	run nums 'Mưa tập trung vào các tháng 8, 9 và 10; sáng ngày 3 tháng 4, 25 học sinh được khen.'
	check_out $'number\t25\t25\thọc sinh'
}

@test "vn-num: hours written 'tiếng' are durations; 'ba tiếng súng' counts" {
	run nums 'Cuộc họp kéo dài 2,5 tiếng, xe chạy 1 tiếng 20 phút, rồi nghe ba tiếng súng.'
	check_out $'number\t3\tba\ttiếng súng'
}

@test "vn-num: a year a range joins to a label's counts nothing, though a noun follows" {
	run nums 'Trong giai đoạn 2001 đến 2005 kinh tế tăng 7%.'
	check_out $'percent\t7\t7%\t%'
}

@test "vn-num: a verb after the head noun ends the UNIT: 'tử trận', 'tượng trưng', 'kết hôn', 'chấp nhận'" {
	run nums 'Có 120 binh sĩ tử trận, ba sọc tượng trưng cho ba miền, hai người kết hôn, 12 nước chấp nhận.'
	check_out $'number\t120\t120\tbinh sĩ
number\t3\tba\tsọc
number\t3\tba\tmiền
number\t2\thai\tngười
number\t12\t12\tnước'
}

@test "vn-num: 'một' after 'để chỉ' (to denote) or 'nằm gần' (near) is the article; 'chỉ một', 'gần một' count" {
	run nums 'Từ này dùng để chỉ một vùng đất, trụ sở nằm gần một ngôi chùa, ông chỉ một lần về quê, cách gần một km.'
	check_out $'number\t1\tmột\tlần
number\t1\tmột\tkm'
}

@test "vn-num: thousands grouped by spaces are one number; after a bracketed area code from 0 or + a phone number" {
	run nums 'Có 75 000 người và 1 250 000 bảng Anh, từ 35 000 đến 50 000 binh sĩ; gọi (028) 512 226 hay (+84) 912 345; bộ sách (2001) 3 tập.'
	check_out $'number\t75000\t75 000\tngười
number\t1250000\t1 250 000\tbảng Anh
number\t35000..50000\ttừ 35 000 đến 50 000\tbinh sĩ
number\t3\t3\ttập'
}

@test "vn-num: a count of names listed after its noun ends the UNIT at the noun, in either letter case" {
	run nums 'Đoàn đi qua hai thị trấn Mukdahan và Savan, ba phủ Gia Khê, Thuận An và Tiên Phước, hai huyện an lão và Kiến Thụy, hai xã tân hòa, Phú Mỹ.'
	check_out $'number\t2\thai\tthị trấn
number\t3\tba\tphủ
number\t2\thai\thuyện
number\t2\thai\txã'
}

@test "vn-num: names that do not make the count, a clause or an apposition after a comma leave the UNIT whole" {
	run nums 'Qua hai cuộc chiến tranh, Hải Phòng vẫn đứng vững; có hai ngôi chùa cổ, Linh Sơn – Bảo Quang; hai nhà máy thủy điện và Tập đoàn Điện lực. Bốn nữ Thiên hoàng, Suiko, Meisho và Gensho, trị vì.'
	check_out $'number\t2\thai\tcuộc chiến tranh
number\t2\thai\tngôi chùa cổ
number\t2\thai\tnhà máy thủy điện
number\t4\tBốn\tnữ Thiên hoàng'
}

@test "vn-num: LBKT and RBKT, a corpus's words for brackets, end a UNIT and no number after them is a name" {
	run nums 'Mỗi hộ có ba khẩu LBKT 5 ha RBKT, giá 900 baht LBKT gần 30 usd RBKT.'
	check_out $'number\t3\tba\tkhẩu
number\t5\t5\tha
number\t900\t900\tbaht
number\t30\t30\tusd'
}

@test "vn-num: a weekday straight after 'vào', after 'ngày' where a year begins or the weekday is counted in a month, or listed after one, is no ordinal" {
	run nums 'Năm ấy bắt đầu vào thứ bảy; năm sau bắt đầu từ ngày thứ hai; họp vào ngày thứ tư đầu tiên trong tháng, diễn vào thứ 3 và thứ 6 hàng tuần, ra báo vào thứ hai, thứ tư và thứ sáu.'
	check_out ''
}

@test "vn-num: an ordinal with its noun before it, or after a weekday, stays: 'vào vị trí thứ ba', 'ngày thứ Hai thứ ba', 'kỳ họp thứ 4, ngày 2'" {
	run nums 'Đội vào vị trí thứ ba; lễ vào ngày thứ Hai thứ ba của tháng; đây là ngày thứ hai của chuyến thăm; kỳ họp thứ 4, ngày 2 tháng 5; Quốc tế Thứ 3 họp.'
	check_out $'ordinal\t3\tthứ ba\t
ordinal\t3\tthứ ba\t
ordinal\t2\tthứ hai\t
ordinal\t4\tthứ 4\t
ordinal\t3\tThứ 3\t'
}

@test "vn-num: a house number before a street and its name, or after a comma before a street in lower case and a district, counts nothing" {
	run nums 'Văn phòng đặt tại 27 phố Hàng Chiếu, Quận 1; gặp ở 118 Đại lộ Trần Phú; liên hệ cửa hàng, 56 lê văn sỹ, q.3; quán ở địa chỉ 19 norodom, quận Daun Penh.'
	check_out ''
}

@test "vn-num: streets counted stay counts: a list of their names, one name before a bracket, a street that no name follows, districts listed" {
	run nums 'Khu cổ có 3 phố Hàng Mã, Hàng Lược và Hàng Chĩnh; có 12 đường S-Line (xe điện); làm 5 đường mới; gồm 40 xã, phường, thị trấn.'
	check_out $'number\t3\t3\tphố
number\t12\t12\tđường
number\t5\t5\tđường
number\t40\t40\txã'
}

@test "vn-num: a common verb or 'hiện' after the head ends the UNIT; the nouns made with them are whole" {
	run nums 'Có 31 giáo viên nghiện thuốc, hai anh em hiện ở trọ, 15 người gặp nhau, 9 lính đặt mìn, 6 ha trồng cam; có 4 trò chơi, 70 con gia cầm, 3 cây ăn quả, 2 hồ bơi.'
	check_out $'number\t31\t31\tgiáo viên
number\t2\thai\tanh em
number\t15\t15\tngười
number\t9\t9\tlính
number\t6\t6\tha
number\t4\t4\ttrò chơi
number\t70\t70\tcon gia cầm
number\t3\t3\tcây ăn quả
number\t2\t2\thồ bơi'
}

@test "vn-num: units of power, energy, frequency, data, magnitude and English length are measures, the UNIT alone" {
	run nums 'Trận động đất 6,4 độ Richter làm sập cầu; nhà máy 1.200 MW điện, 45 kWh mỗi ngày, chip 3 GHz xung nhịp, 512 MB bộ nhớ, màn hình 5,5 inch cảm ứng, tòa nhà 40.000 foot vuông sàn.'
	check_out $'number\t6.4\t6,4\tđộ Richter
number\t1200\t1.200\tMW
number\t45\t45\tkWh
number\t3\t3\tGHz
number\t512\t512\tMB
number\t5.5\t5,5\tinch
number\t40000\t40.000\tfoot vuông'
}

@test "vn-num: 'một' after a percentage or a number that counts nothing, or before a preposition and a count, is the article" {
	run nums 'Giá tăng 12% và 15%, một mức chưa từng có; sản lượng đạt 40, một con số cao; ông bước vào một ngôi nhà cao tới năm tầng.'
	check_out $'percent\t12\t12%\t%
percent\t15\t15%\t%
number\t40\t40\t
number\t5\tnăm\ttầng'
}

@test "vn-num: 'một' after a count of something, or before 'và' and a count, still counts" {
	run nums 'Đoàn có 8 học sinh, một giáo viên; họ có một con trai và hai con gái.'
	check_out $'number\t8\t8\thọc sinh
number\t1\tmột\tgiáo viên
number\t1\tmột\tcon trai
number\t2\thai\tcon gái'
}

@test "vn-num: a number in English text counts nothing; one a Vietnamese noun follows, or with Vietnamese around it, counts" {
	run nums 'Xem thêm: 40 Years of the Southern Railway; Notes on the 1919 Strike and Its Leaders; Memoirs of John Hale, 2 tập; trạm cao 15,2 in (386 mm); báo cáo của Bank of Asia, 12% hộ nghèo.'
	check_out $'number\t2\t2\ttập
number\t15.2\t15,2\tin
number\t386\t386\tmm
percent\t12\t12%\t%'
}

@test "vn-num: a code with its leading zero that opens a sentence before a name counts nothing; before a noun in lower case it counts" {
	run nums $'04 TP Vinh - Cửa Lò - Nghi Lộc\n03 Bến xe Nước Ngầm - Phủ Lý\n02 dự án bị thu hồi.\n03 Phó Chủ tịch dự họp.'
	check_out $'number\t2\t02\tdự án
number\t3\t03\tPhó Chủ tịch'
}

@test "vn-num: a digit in quotes is a symbol and counts nothing; a quoted phrase with a number in it counts" {
	run nums 'Bỏ bớt hai chữ số "0" trên tờ tiền, số “7” là số may mắn, anh nói "3 người" đến.'
	check_out $'number\t2\thai\tchữ số
number\t3\t3\tngười'
}

@test "vn-num: a day from 10 to 30 before 'tết' is a day of the last lunar month, no count; fewer count the new years" {
	run nums 'Từ 22 - 29 tết anh bán hoa, 30 Tết về quê, 23 tết cúng ông Táo; chị đã đón 3 tết xa nhà.'
	check_out $'number\t3\t3\ttết'
}

@test "vn-num: a capitalised word after kin is whose kin they are: 'hai vợ chồng Lâm', 'hai con gái Anna và Marie'" {
	run nums 'Cả hai vợ chồng Lâm đều ở nhà; ông có hai con gái Anna và Marie, 5 chị em Hương.'
	check_out $'number\t2\thai\tvợ chồng
number\t2\thai\tcon gái
number\t5\t5\tchị em'
}

@test "vn-num: other currencies are money, the UNIT alone; more verbs end a UNIT after its head" {
	run nums 'Thu 8.500 bảng Anh tiền phạt, 40 nhân dân tệ mỗi ngày, 2.000 baht phí; 12 nước họp tại Paris, 3 đảng dựa trên tôn giáo, 6 phiên họp, 50 lượt viếng thăm.'
	check_out $'number\t8500\t8.500\tbảng Anh
number\t40\t40\tnhân dân tệ
number\t2000\t2.000\tbaht
number\t12\t12\tnước
number\t3\t3\tđảng
number\t6\t6\tphiên họp
number\t50\t50\tlượt viếng thăm'
}

@test "vn-num: words that begin with a number word count nothing ('chín chắn', 'chín muồi', 'ba hoa'); 'hoàn toàn' and 'nghiến' end a UNIT, cc is a measure" {
	run nums 'Anh đã chín chắn, thời cơ đã chín muồi, đừng ba hoa; có 6 ca khúc hoàn toàn mới, hai hàm răng nghiến chặt, 3 cc thuốc tiêm.'
	check_out $'number\t6\t6\tca khúc
number\t2\thai\thàm răng
number\t3\t3\tcc'
}

@test "vn-num: a measure stuck to its number is its UNIT, after a range too; one letter only in small letters; a point after a lone 0 is a decimal; 'tức' ends a UNIT" {
	run vn-num <<< $'Con đê cao 12m, rộng 300-800m.\nLượng mưa từ 1.500-1.900mm mỗi năm.\nMạng 5G phủ sóng toàn tỉnh.\nChỉ 0.001% dân số theo đạo này.\nDiện tích rừng 1.058.000 ha tức một nửa tỉnh.\nCó 5 tin tức mới.'
	check_out $'-\t1.1\tnumber\t12\t12\tm\n-\t1.1\tnumber\t300..800\t300-800\tm\n-\t2.1\tnumber\t1500..1900\ttừ 1.500-1.900\tmm\n-\t4.1\tpercent\t0.001\t0.001%\t%\n-\t5.1\tnumber\t1058000\t1.058.000\tha\n-\t6.1\tnumber\t5\t5\ttin tức'
}

@test "vn-num: 'song' (but) ends a UNIT after its head" {
	run vn-num <<< $'Quyền lực được phân làm ba nhánh song lại thống nhất.\nChính phủ có hai chính quyền song song tồn tại.'
	check_out $'-\t1.1\tnumber\t3\tba\tnhánh\n-\t2.1\tnumber\t2\thai\tchính quyền'
}

@test "vn-num: a name after the head ends the UNIT, and the word that makes it a region or a house goes with it; Đảng, a title and a level's Roman numeral do not" {
	run nums 'Hôm ấy 3000 lính Pháp và hai tàu chiến Mỹ rời cảng; 5 đoàn viên Đoàn Thanh niên, 12 đại biểu miền Trung và ba anh em nhà Trần có mặt. Xã có 3 chi bộ Đảng, 4 đô thị loại II, hai nhà thờ Tin lành và một giáo đường; hai vị Tổng thống đến thăm 2.600 xã toàn miền Bắc và 8 vị vua triều Lê.'
	check_out $'number\t3000\t3000\tlính
number\t2\thai\ttàu chiến
number\t5\t5\tđoàn viên
number\t12\t12\tđại biểu
number\t3\tba\tanh em
number\t3\t3\tchi bộ Đảng
number\t4\t4\tđô thị
number\t2\thai\tnhà thờ
number\t1\tmột\tgiáo đường
number\t2\thai\tvị Tổng thống
number\t2600\t2.600\txã
number\t8\t8\tvị vua'
}

@test "vn-num: 'phiếu chống' is a noun, 'chống' after another head ends it" {
	run nums 'Nghị quyết được thông qua với 40 phiếu thuận và 3 phiếu chống sau hai cuộc chiến tranh chống ngoại xâm.'
	check_out $'number\t40\t40\tphiếu thuận
number\t3\t3\tphiếu chống
number\t2\thai\tcuộc chiến tranh'
}

@test "vn-num: 'đồng tiền' is the dong before a kind of money or after a large amount, coins elsewhere" {
	run nums 'Mỗi người được thêm 1 đồng tiền ăn, xã thu 2.500 đồng tiền Đông Dương và 40 triệu đồng tiền thuế; cụ giữ 30 đồng tiền bằng đồng.'
	check_out $'number\t1\t1\tđồng
number\t2500\t2.500\tđồng
number\t40000000\t40 triệu\tđồng
number\t30\t30\tđồng tiền'
}

@test "vn-num: a year after a name is the name's, whatever follows it; a measure after a name counts" {
	run nums 'Điều 4 Hiến pháp Việt Nam Cộng hòa 1967 quy định rõ, Hội nghị Thượng đỉnh 2016 tổ chức tại Lima, còn núi Bà Đen cao 1996 mét.'
	check_out $'number\t1996\t1996\tmét'
}

@test "vn-num: 'bán' after the head ends it, so 'cô gái bán dâm' counts cô gái" {
	run nums 'Công an bắt ba cô gái bán dâm và 12 gái bán hoa.'
	check_out $'number\t3\tba\tcô gái
number\t12\t12\tgái'
}

@test "vn-num: after a word of events or acts a verb is what is counted ('3 cuộc tấn công', 'hai sự lựa chọn'); after another head it ends the UNIT" {
	run nums 'Địch mở 3 cuộc tấn công, 2 vụ ám sát và 4 trận đánh lớn; có hai sự lựa chọn, 19 đơn khiếu nại, 200 người biểu tình, 8 tỉnh khai mạc hội chợ, 10.000 khối đất đá và 1 Liên hiệp hợp tác xã.'
	check_out $'number\t3\t3\tcuộc tấn công
number\t2\t2\tvụ ám sát
number\t4\t4\ttrận đánh
number\t2\thai\tsự lựa chọn
number\t19\t19\tđơn khiếu nại
number\t200\t200\tngười
number\t8\t8\ttỉnh
number\t10000\t10.000\tkhối
number\t1\t1\tLiên hiệp hợp tác xã'
}

@test "vn-num: 'nhiều', 'đông dân' and 'lý tưởng' end a UNIT, and 'thi đấu' after its head; 'nhà thi đấu' is a noun" {
	run nums 'Có 3 dân tộc đông dân, 6 điểm du lịch nhiều người biết, một khu nghỉ dưỡng lý tưởng thôi, 14 câu lạc bộ thi đấu ở 2 nhà thi đấu.'
	check_out $'number\t3\t3\tdân tộc
number\t6\t6\tđiểm du lịch
number\t14\t14\tcâu lạc bộ
number\t2\t2\tnhà thi đấu'
}

@test "vn-num: numbers in a chain of dashes name things: '596-598-608 Quang Trung', an ISBN; a range of two counts" {
	run nums "Cửa hàng ở 112-114-116 Trần Phú có 12-14 nhân viên; sách mã 978-604-1-23456-7."
	check_out $'number\t12..14\t12-14\tnhân viên'
}

@test "vn-num: a list's number with its bracket after a colon or a semicolon, and a proportion with decimals, count nothing; '5 điểm' after a colon counts" {
	run nums "Ba việc: 1) rà soát đảng viên; 2) kết nạp 20 quần chúng; tỷ lệ khung hình 2.39: 1. Kết quả: 5 điểm."
	check_out $'number\t3\tBa\tviệc
number\t20\t20\tquần chúng
number\t5\t5\tđiểm'
}

@test "vn-num: 'xe tăng' is a noun, not 'xe' before the verb 'tăng'; 'giá xe tăng' still counts nothing" {
	run nums "Sư đoàn có 120 xe tăng và 40 máy bay; giá xe tăng 5%."
	check_out $'number\t120\t120\txe tăng
number\t40\t40\tmáy bay
percent\t5\t5%\t%'
}

@test "vn-num: a year in a list of years after 'năm' counts nothing ('năm 2002 và 2004 phần lớn ...'); '1500 và 2000 hộ' without 'năm' counts its 2000" {
	run nums "Giữa năm 2002 và 2004 phần lớn các phiên họp diễn ra ở tỉnh."
	check_out ''
	run nums "Năm 2020 xã có 1500 và 2000 hộ."
	check_out $'number\t2000\t2000\thộ'
}

@test "vn-num: a range alone in brackets after a name or 'năm' is the years of a reign or a life ('nhà Tiền Lê (980-1009)', 'Bà Triệu (226-248)'); 'nhóm tuổi (18-30)' counts" {
	run nums "Dưới nhà Tiền Lê (980-1009), làng mở chợ; Bà Triệu (226-248) được thờ ở đây."
	check_out ''
	run nums "Thời ấy, năm (544-602), nước được độc lập."
	check_out ''
	run nums "Nhóm tuổi (18-30) chiếm 40%."
	check_out $'number\t18..30\t18-30\t
percent\t40\t40%\t%'
}

@test "vn-num: 'năm' is the year, not five, after 'quanh' or 'trung bình' and before 'sinh', 'mất', 'kết thúc', 'cao nhất' ('quanh năm mát', 'năm sinh, năm mất'); 'năm xã' counts" {
	run nums "Vùng này quanh năm mát mẻ; lượng mưa trung bình năm dao động lớn."
	check_out ''
	run nums "Bia không ghi năm sinh, năm mất; năm kết thúc chiến sự cũng là năm thấp nhất."
	check_out ''
	run nums "Huyện có năm xã."
	check_out $'number\t5\tnăm\txã'
}

@test "vn-num: an ordinal after the head ends the UNIT and is found on its own ('6 chiếc máy bay thứ hai', 'một đội thứ ba'); 'hai thứ tiếng' counts thứ tiếng" {
	run nums "Tốp 6 chiếc máy bay thứ hai hạ cánh; một đội thứ ba đến sau."
	check_out $'number\t6\t6\tchiếc máy bay
ordinal\t2\tthứ hai\t
ordinal\t3\tthứ ba\t'
	run nums "Anh nói được hai thứ tiếng."
	check_out $'number\t2\thai\tthứ tiếng'
}

@test "vn-num: a year after a word of time opening a clause counts nothing ('Từ 1982 ông ...', 'Mãi đến 1993 đường dây điện ...'); 'tăng từ 1800 hộ lên 1900 hộ' counts" {
	run nums "Mãi đến 1993 đường dây điện mới về xã; từ 2002 thành phố mở hội."
	check_out ''
	run nums "Số hộ tăng từ 1800 hộ lên 1900 hộ."
	check_out $'number\t1800\t1800\thộ
number\t1900\t1900\thộ'
}

@test "vn-num: a quantity is found at any byte after a word or a mark, a number word after a bracket too" {
	# the scan looks at four pairs of bytes at a time: the second sentence moves every
	# word one byte on ("Ấp" is a byte longer than "Xã")
	run nums $'Xã có 2 tổ, 13 thôn, (ba đội mới) và bốn trường; năm nay thêm 7\nẤp có 2 tổ, 13 thôn, (ba đội mới) và bốn trường; năm nay thêm 7'
	check_out $'number\t2\t2\ttổ
number\t13\t13\tthôn
number\t3\tba\tđội
number\t4\tbốn\ttrường
number\t7\t7\t
number\t2\t2\ttổ
number\t13\t13\tthôn
number\t3\tba\tđội
number\t4\tbốn\ttrường
number\t7\t7\t'
}

@test "vn-num: a unit ends at a word that ends one, whatever letter follows its first ('theo dõi', 'tham dự', 'thuộc')" {
	run nums 'Có 12 người theo dõi, 40 đại biểu tham dự và 7 thành viên thuộc 2 khoa.'
	check_out $'number\t12\t12\tngười
number\t40\t40\tđại biểu
number\t7\t7\tthành viên
number\t2\t2\tkhoa'
}

@test "vn-num: after a label of two words in capitals ('DI ĐỘNG:') a phone number is no quantity" {
	run nums 'Số DI ĐỘNG: 912 3456, máy bàn 391 222, có 4 người trực.'
	check_out $'number\t391222\t391 222\t
number\t4\t4\tngười trực'
}

@test "vn-num: a label of two words before a number is read wherever its last word stands ('Kế hoạch số 15')" {
	run nums 'Làm theo Kế hoạch số 15 và Thông báo số 9 của huyện, xã cử 3 cán bộ.'
	check_out $'number\t3\t3\tcán bộ'
}

@test "vn-num: a number after 'Đảng' alone counts ('kết nạp vào Đảng 120 quần chúng'); after another capitalised word it names ('Quân khu 7 có')" {
	run vn-num <<< 'Năm qua đã kết nạp vào Đảng 120 quần chúng ưu tú; Quân khu 7 có 300 chiến sĩ.'
	check_out $'-\t1.1\tnumber\t120\t120\tquần chúng ưu tú\n-\t1.1\tnumber\t300\t300\tchiến sĩ'
}

@test "vn-num: a unit ends before a verb of standing for ('thay mặt', 'đại diện cho'): '230 đại biểu thay mặt cho 4.100 đảng viên'" {
	run nums 'Đại hội có 230 đại biểu thay mặt cho 4.100 đảng viên, 12 đại biểu đại diện cho các chi bộ.'
	check_out $'number\t230\t230\tđại biểu\nnumber\t4100\t4.100\tđảng viên\nnumber\t12\t12\tđại biểu'
}

@test "vn-num: a label's word ending another word counts what follows ('giải quyết dứt điểm 14 vụ việc', 'đạt con số 1.200 đảng viên', 'xuất bản 12 tập thơ'); 'điểm 3', 'số 28' stay labels" {
	run nums 'Xã giải quyết dứt điểm 14 vụ việc, đạt con số 1.200 đảng viên; nhà thơ xuất bản 12 tập thơ theo điểm 3 Điều 5 và số 28.'
	check_out $'number\t14\t14\tvụ việc\nnumber\t1200\t1.200\tđảng viên\nnumber\t12\t12\ttập thơ'
}
