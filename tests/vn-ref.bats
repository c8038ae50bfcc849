#!/usr/bin/env bats
# vn-ref: the documents a text cites, each under a key that joins across articles; -s counts.

load helper
bats_require_minimum_version 1.5.0

# The KIND VALUE TEXT TYPE ISSUER DATE TERM SUBJECT of each citation in one line of text.
refs() { printf '%s\n' "$1" | vn-ref "${@:2}" | cut -f3-; }

# ---- the five sample articles: every citation, and nothing else ----

@test "vn-ref: the Quảng Ninh seed: Điều lệ Đảng, Văn kiện Đại hội XIII, a plenum in two terms, 05-CT/TW, 01-QĐ/TU" {
	cd "$FIX/vn-ref"
	run vn-ref quangninh.txt
	[ "$status" -eq 0 ]
	check_out $'quangninh.txt\t1.9\tref\tĐiều lệ Đảng\tĐiều lệ Đảng\tĐiều lệ\t\t\t\t
quangninh.txt\t3.2\tref\tVăn kiện Đại hội XIII\tVăn kiện Đại hội Đảng toàn quốc lần thứ XIII\tVăn kiện\t\t\t\t
quangninh.txt\t3.2\tref\tNghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\tNghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\tNghị quyết\t\t\t\t
quangninh.txt\t3.2\tref\tNghị quyết Trung ương 4 khóa XI\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXI\t
quangninh.txt\t3.2\tref\tNghị quyết Trung ương 4 khóa XII\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXII\t
quangninh.txt\t3.2\tref\t05-CT/TW\tChỉ thị số 05-CT/TW\tChỉ thị\tBộ Chính trị\t\t\t
quangninh.txt\t3.2\tref\t01-QĐ/TU\tQuy định số 01-QĐ/TU\tQuy định\tBan Thường vụ Tỉnh ủy\t\t\ttrách nhiệm, xử lý trách nhiệm đối với người đứng đầu và cấp phó của người đứng đầu cơ quan, đơn vị trong thực hiện chức trách, nhiệm vụ được giao'
}

@test "vn-ref: the TTXVN (Bắc Giang) seed: Điều lệ Đảng six times; Quy chế làm việc and the generic lists are none" {
	cd "$FIX/vn-ref"
	run vn-ref ttxvn.txt
	[ "$status" -eq 0 ]
	check_out $'ttxvn.txt\t1.1\tref\tĐiều lệ Đảng\tĐiều lệ Đảng\tĐiều lệ\t\t\t\t
ttxvn.txt\t2.2\tref\tĐiều lệ Đảng\tĐiều lệ Đảng\tĐiều lệ\t\t\t\t
ttxvn.txt\t3.1\tref\tĐiều lệ Đảng\tĐiều lệ Đảng\tĐiều lệ\t\t\t\t
ttxvn.txt\t3.1\tref\tĐiều lệ Đảng\tĐiều lệ Đảng\tĐiều lệ\t\t\t\t
ttxvn.txt\t3.2\tref\tĐiều lệ Đảng\tĐiều lệ Đảng\tĐiều lệ\t\t\t\t
ttxvn.txt\t4.1\tref\tĐiều lệ Đảng\tĐiều lệ Đảng\tĐiều lệ\t\t\t\t'
}

@test "vn-ref: the Nghệ An seed: Nghị quyết Trung ương 4 (khóa XI, XII); \"các nghị quyết, chỉ thị của Đảng\" is none" {
	cd "$FIX/vn-ref"
	run vn-ref baonghean.txt
	[ "$status" -eq 0 ]
	check_out $'baonghean.txt\t8.1\tref\tNghị quyết Trung ương 4 khóa XI\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXI\t
baonghean.txt\t8.1\tref\tNghị quyết Trung ương 4 khóa XII\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXII\t'
}

@test "vn-ref: the Khối cơ quan seed: 05-CT/TW alone, Nghị quyết Trung ương 4 khóa XI, XII, 35-CT/TW" {
	cd "$FIX/vn-ref"
	run vn-ref khoicoquan.txt
	[ "$status" -eq 0 ]
	check_out $'khoicoquan.txt\t2.1\tref\t05-CT/TW\tChỉ thị số 05-CT/TW\tChỉ thị\t\t\t\t
khoicoquan.txt\t2.3\tref\tNghị quyết Trung ương 4 khóa XI\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXI\t
khoicoquan.txt\t2.3\tref\tNghị quyết Trung ương 4 khóa XII\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXII\t
khoicoquan.txt\t3.1\tref\t35-CT/TW\tChỉ thị số 35-CT/TW\tChỉ thị\tBộ Chính trị\t\t\t'
}

@test "vn-ref: the Đồng Tháp seed: 28-KL/TW, 21-NQ/TW, 28-CT/TW and 02-HD/BTCTW from type, number and issuer" {
	cd "$FIX/vn-ref"
	run vn-ref dongthap.txt
	[ "$status" -eq 0 ]
	check_out $'dongthap.txt\t3.1\tref\t28-KL/TW\tKết luận số 28\tKết luận\tBộ Chính trị\t\tXIII\ttinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức
dongthap.txt\t3.1\tref\t21-NQ/TW\tNghị quyết số 21\tNghị quyết\tHội nghị Trung ương 5\t\tXIII\ttăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới bằng hình thức phù hợp
dongthap.txt\t3.3\tref\t28-CT/TW\tChỉ thị số 28\tChỉ thị\tBan Bí thư Trung ương Đảng\t2019-01-21\t\t
dongthap.txt\t3.3\tref\t02-HD/BTCTW\tHướng dẫn số 02\tHướng dẫn\tBan Tổ chức Trung ương\t2021-04-12\t\t'
}

# ---- each rule ----

@test "vn-ref: a symbol is VALUE as written: Chỉ thị số 05-CT/TW is 05-CT/TW" {
	run refs $'Ban Thường vụ quán triệt Chỉ thị số 05-CT/TW đến đảng viên.'
	check_out $'ref\t05-CT/TW\tChỉ thị số 05-CT/TW\tChỉ thị\t\t\t\t'
}

@test "vn-ref: state symbols as written: 123/QĐ-UBND, 91/2017/NĐ-CP" {
	run refs $'Sở thực hiện Quyết định số 123/QĐ-UBND và Nghị định 91/2017/NĐ-CP.'
	check_out $'ref\t123/QĐ-UBND\tQuyết định số 123/QĐ-UBND\tQuyết định\t\t\t\t
ref\t91/2017/NĐ-CP\tNghị định 91/2017/NĐ-CP\tNghị định\t\t\t\t'
}

@test "vn-ref: a circular and an official letter: 12/2023/TT-BNV, 1234/UBND-NC" {
	run refs $'Hồ sơ lập theo Thông tư số 12/2023/TT-BNV, gửi kèm Công văn số 1234/UBND-NC.'
	check_out $'ref\t12/2023/TT-BNV\tThông tư số 12/2023/TT-BNV\tThông tư\t\t\t\t
ref\t1234/UBND-NC\tCông văn số 1234/UBND-NC\tCông văn\t\t\t\t'
}

@test "vn-ref: the letters of a symbol as written: 08-QĐi/TW" {
	run refs $'Chi bộ học tập Quy định số 08-QĐi/TW về trách nhiệm nêu gương.'
	check_out $'ref\t08-QĐi/TW\tQuy định số 08-QĐi/TW\tQuy định\t\t\t\ttrách nhiệm nêu gương'
}

@test "vn-ref: spaces inside a symbol go: '2554 / QĐ - UB' is 2554/QĐ-UB" {
	run refs $'Dự án được cấp đất theo quyết định số 2554 / QĐ - UB ngày 5/10/2000 của ubnd tỉnh Phú Yên.'
	check_out $'ref\t2554/QĐ-UB\tquyết định số 2554 / QĐ - UB\tQuyết định\t\t2000-10-05\t\t'
}

@test "vn-ref: 'NĐ - CP' is NĐ-CP" {
	run refs $'Xã được thành lập theo Nghị định số 28/1999/NĐ - CP.'
	check_out $'ref\t28/1999/NĐ-CP\tNghị định số 28/1999/NĐ - CP\tNghị định\t\t\t\t'
}

@test "vn-ref: a number of one digit takes two, as symbols write it: 5-CT/TW is 05-CT/TW" {
	run refs $'Huyện ủy quán triệt Chỉ thị số 5-CT/TW và Nghị quyết số 5/CP.'
	check_out $'ref\t05-CT/TW\tChỉ thị số 5-CT/TW\tChỉ thị\t\t\t\t
ref\t05/CP\tNghị quyết số 5/CP\tNghị quyết\t\t\t\t'
}

@test "vn-ref: Kết luận số 28 của Bộ Chính trị is 28-KL/TW" {
	run refs $'Kịp thời thực hiện Kết luận số 28 của Bộ Chính trị.'
	check_out $'ref\t28-KL/TW\tKết luận số 28\tKết luận\tBộ Chính trị\t\t\t'
}

@test "vn-ref: Hướng dẫn số 02 ... của Ban Tổ chức Trung ương is 02-HD/BTCTW, with its DATE" {
	run refs $'Đảng ủy làm theo Hướng dẫn số 02 ngày 12/4/2021 của Ban Tổ chức Trung ương.'
	check_out $'ref\t02-HD/BTCTW\tHướng dẫn số 02\tHướng dẫn\tBan Tổ chức Trung ương\t2021-04-12\t\t'
}

@test "vn-ref: Chỉ thị 05 của Bộ Chính trị, without 'số', is 05-CT/TW" {
	run refs $'Các chi bộ tiếp tục thực hiện Chỉ thị 05 của Bộ Chính trị.'
	check_out $'ref\t05-CT/TW\tChỉ thị 05\tChỉ thị\tBộ Chính trị\t\t\t'
}

@test "vn-ref: Quy định số 8 của Ban Chấp hành Trung ương is 08-QĐi/TW" {
	run refs $'Ban Thường vụ thực hiện Quy định số 8 của Ban Chấp hành Trung ương.'
	check_out $'ref\t08-QĐi/TW\tQuy định số 8\tQuy định\tBan Chấp hành Trung ương\t\t\t'
}

@test "vn-ref: a Tỉnh ủy numbers as TU, a Huyện ủy as HU" {
	run refs $'Huyện triển khai Nghị quyết số 12 của Tỉnh ủy Bắc Giang và Kế hoạch số 30 của Huyện ủy.'
	check_out $'ref\t12-NQ/TU\tNghị quyết số 12\tNghị quyết\tTỉnh ủy Bắc Giang\t\t\t
ref\t30-KH/HU\tKế hoạch số 30\tKế hoạch\tHuyện ủy\t\t\t'
}

@test "vn-ref: the central commissions: UBKTTW, BTGTW" {
	run refs $'Cơ quan thực hiện Thông báo số 15 của Ủy ban Kiểm tra Trung ương và Hướng dẫn số 9 của Ban Tuyên giáo Trung ương.'
	check_out $'ref\t15-TB/UBKTTW\tThông báo số 15\tThông báo\tỦy ban Kiểm tra Trung ương\t\t\t
ref\t09-HD/BTGTW\tHướng dẫn số 9\tHướng dẫn\tBan Tuyên giáo Trung ương\t\t\t'
}

@test "vn-ref: Chương trình of the Ban Thường vụ Tỉnh ủy is CTr/TU" {
	run refs $'Cán bộ học tập Chương trình số 3 của Ban Thường vụ Tỉnh ủy.'
	check_out $'ref\t03-CTr/TU\tChương trình số 3\tChương trình\tBan Thường vụ Tỉnh ủy\t\t\t'
}

@test "vn-ref: Ban Bí thư Trung ương Đảng numbers as TW" {
	run refs $'Đơn vị triển khai Chỉ thị số 28 của Ban Bí thư Trung ương Đảng.'
	check_out $'ref\t28-CT/TW\tChỉ thị số 28\tChỉ thị\tBan Bí thư Trung ương Đảng\t\t\t'
}

@test "vn-ref: a plenum named 'Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng' numbers as TW" {
	run refs $'Đảng bộ quán triệt Nghị quyết số 21 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII.'
	check_out $'ref\t21-NQ/TW\tNghị quyết số 21\tNghị quyết\tHội nghị lần thứ năm Ban Chấp hành Trung ương Đảng\t\tXIII\t'
}

@test "vn-ref: no symbol for a state body or a body the table lacks: 'Quyết định 45', 'Nghị quyết 02'" {
	run refs $'Sở làm theo Quyết định số 45 của UBND tỉnh và Nghị quyết 02 của Thành ủy.'
	check_out $'ref\tQuyết định 45\tQuyết định số 45\tQuyết định\tUBND tỉnh\t\t\t
ref\tNghị quyết 02\tNghị quyết 02\tNghị quyết\tThành ủy\t\t\t'
}

@test "vn-ref: Nghị quyết Trung ương 4 (khóa XI, khóa XII) is two documents" {
	run refs $'Chi bộ tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XI, khóa XII).'
	check_out $'ref\tNghị quyết Trung ương 4 khóa XI\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXI\t
ref\tNghị quyết Trung ương 4 khóa XII\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXII\t'
}

@test "vn-ref: Nghị quyết Trung ương 4 khóa XI, XII is two documents" {
	run refs $'Đảng bộ thực hiện tốt Nghị quyết Trung ương 4 khóa XI, XII.'
	check_out $'ref\tNghị quyết Trung ương 4 khóa XI\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXI\t
ref\tNghị quyết Trung ương 4 khóa XII\tNghị quyết Trung ương 4\tNghị quyết\tTrung ương 4\t\tXII\t'
}

@test "vn-ref: Nghị quyết Hội nghị Trung ương 5 khoá XIII: the plenum is ISSUER, khoá is TERM" {
	run refs $'Hội nghị quán triệt Nghị quyết Hội nghị Trung ương 5 khoá XIII.'
	check_out $'ref\tNghị quyết Trung ương 5 khóa XIII\tNghị quyết Hội nghị Trung ương 5\tNghị quyết\tHội nghị Trung ương 5\t\tXIII\t'
}

@test "vn-ref: Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng is Trung ương 4" {
	run refs $'Đảng ủy học tập Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII.'
	check_out $'ref\tNghị quyết Trung ương 4 khóa XII\tNghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng\tNghị quyết\tHội nghị lần thứ tư Ban Chấp hành Trung ương Đảng\t\tXII\t'
}

@test "vn-ref: a plenum's resolution without its term has no TERM" {
	run refs $'Thành ủy thực hiện Nghị quyết Trung ương 6 về xây dựng tổ chức cơ sở đảng.'
	check_out $'ref\tNghị quyết Trung ương 6\tNghị quyết Trung ương 6\tNghị quyết\tTrung ương 6\t\t\txây dựng tổ chức cơ sở đảng'
}

@test "vn-ref: Điều lệ Đảng Cộng sản Việt Nam is Điều lệ Đảng" {
	run refs $'Đảng viên phải chấp hành nghiêm Điều lệ Đảng Cộng sản Việt Nam.'
	check_out $'ref\tĐiều lệ Đảng\tĐiều lệ Đảng Cộng sản Việt Nam\tĐiều lệ\t\t\t\t'
}

@test "vn-ref: Luật Thi đua - Khen thưởng is Luật Thi đua, khen thưởng; a law's year is DATE" {
	run refs $'Đơn vị thực hiện Luật Thi đua, khen thưởng năm 2022 và Luật Thi đua - Khen thưởng cũ.'
	check_out $'ref\tLuật Thi đua, khen thưởng\tLuật Thi đua, khen thưởng\tLuật\t\t2022\t\t
ref\tLuật Thi đua, khen thưởng\tLuật Thi đua - Khen thưởng\tLuật\t\t\t\t'
}

@test "vn-ref: Hiến pháp năm 2013" {
	run refs $'Mọi hoạt động phải tuân theo Hiến pháp năm 2013.'
	check_out $'ref\tHiến pháp năm 2013\tHiến pháp năm 2013\tHiến pháp\t\t2013\t\t'
}

@test "vn-ref: Vietnam's constitution by its year, however named: Hiến pháp năm 2013, năm 1992" {
	run refs $'Quyền này ghi trong Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013 và Hiến pháp 1992.'
	check_out $'ref\tHiến pháp năm 2013\tHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013\tHiến pháp\t\t2013\t\t
ref\tHiến pháp năm 1992\tHiến pháp 1992\tHiến pháp\t\t1992\t\t'
}

@test "vn-ref: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII is Văn kiện Đại hội XIII" {
	run refs $'Cán bộ nghiên cứu Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.'
	check_out $'ref\tVăn kiện Đại hội XIII\tVăn kiện Đại hội đại biểu toàn quốc lần thứ XIII\tVăn kiện\tĐảng\t\t\t'
}

@test "vn-ref: Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 17 is ... lần thứ XVII" {
	run refs $'Tỉnh quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 17.'
	check_out $'ref\tNghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\tNghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 17\tNghị quyết\t\t\t\t'
}

@test "vn-ref: tone marks placed one way in VALUE: Hoà and Hòa are one law" {
	run refs $'Xã triển khai Luật Hoà giải ở cơ sở và Luật Hòa giải ở cơ sở.'
	check_out $'ref\tLuật Hòa giải ở cơ sở\tLuật Hoà giải ở cơ sở\tLuật\t\t\t\t
ref\tLuật Hòa giải ở cơ sở\tLuật Hòa giải ở cơ sở\tLuật\t\t\t\t'
}

@test "vn-ref: Bộ luật hình sự is Bộ luật Hình sự" {
	run refs $'Tòa xử theo Bộ luật hình sự năm 2015.'
	check_out $'ref\tBộ luật Hình sự\tBộ luật hình sự\tBộ luật\t\t2015\t\t'
}

@test "vn-ref: DATE from 'ngày 21/01/2019' beside it" {
	run refs $'Rà soát đảng viên theo tinh thần Chỉ thị số 28 ngày 21/01/2019 của Ban Bí thư Trung ương Đảng.'
	check_out $'ref\t28-CT/TW\tChỉ thị số 28\tChỉ thị\tBan Bí thư Trung ương Đảng\t2019-01-21\t\t'
}

@test "vn-ref: 'thông qua' issues too, past the body's term ('Quốc hội khóa I đã thông qua Hiến pháp'), and a body whose name would read on into the verb ends there ('Chủ tịch Hồ Chí Minh ra', 'Quốc hội Việt Nam thông qua')" {
	run refs $'Ngày 9 tháng 11 năm 1946, Quốc hội khóa I đã thông qua Hiến pháp nước Việt Nam Dân chủ Cộng hòa.\nNgày 28/3/1956, Chủ tịch Hồ Chí Minh ra Sắc lệnh số 261/SL thành lập Ban Thanh tra.\nNgày 26/11/2003, Quốc hội Việt Nam thông qua Nghị quyết số 22/2003/QH11 về việc chia tỉnh.'
	check_out $'ref\tHiến pháp nước Việt Nam Dân chủ Cộng hòa\tHiến pháp nước Việt Nam Dân chủ Cộng hòa\tHiến pháp\tQuốc hội\t1946-11-09\t\t\nref\t261/SL\tSắc lệnh số 261/SL\tSắc lệnh\tChủ tịch Hồ Chí Minh\t1956-03-28\t\tthành lập Ban Thanh tra\nref\t22/2003/QH11\tNghị quyết số 22/2003/QH11\tNghị quyết\tQuốc hội Việt Nam\t2003-11-26\t\tchia tỉnh'
}

@test "vn-ref: the date opening the clause where a body issues the document may follow 'Cũng trong' or 'Sau đó' ('Cũng trong ngày 26-1-1968, Ủy ban ... ra Nghị quyết ...')" {
	run refs $'Cũng trong ngày 26-1-1968, Ủy ban thường vụ Quốc hội ra Nghị quyết số 505-NQ/TVQH về việc hợp nhất hai tỉnh.'
	check_out $'ref\t505-NQ/TVQH\tNghị quyết số 505-NQ/TVQH\tNghị quyết\tỦy ban thường vụ Quốc hội\t1968-01-26\t\thợp nhất hai tỉnh'
}

@test "vn-ref: 'các cơ quan' goes on a body's name ('của Đảng ủy Khối các cơ quan tỉnh' is the ISSUER whole)" {
	run refs $'Theo Quyết định số 12-QĐ/ĐUK của Đảng ủy Khối các cơ quan tỉnh về việc khen thưởng.'
	check_out $'ref\t12-QĐ/ĐUK\tQuyết định số 12-QĐ/ĐUK\tQuyết định\tĐảng ủy Khối các cơ quan tỉnh\t\t\tkhen thưởng'
}

@test "vn-ref: a deputy's or an acting office that signs is the ISSUER whole ('Phó Thủ tướng X ký Nghị định ...', 'Quyền Giám đốc Sở ... ký')" {
	run refs $'Ngày 13/12/1954, Phó Thủ tướng Lê Văn Hiến ký Nghị định số 421-TTg; ngày 4/3/2026, Quyền Giám đốc Sở Nội vụ Trần Văn Bình ký Quyết định số 15/QĐ-SNV.'
	check_out $'ref\t421-TTg\tNghị định số 421-TTg\tNghị định\tPhó Thủ tướng Lê Văn Hiến\t1954-12-13\t\t
ref\t15/QĐ-SNV\tQuyết định số 15/QĐ-SNV\tQuyết định\tQuyền Giám đốc Sở Nội vụ Trần Văn Bình\t2026-03-04\t\t'
}

@test "vn-ref: the body that issues a document with 'ban hành', 'ký' or 'ra' before it is its ISSUER, and the date opening its sentence its DATE" {
	run refs $'Ngày 12 tháng 3 năm 2024, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU về học tập nghị quyết.'
	check_out $'ref\t45-KH/HU\tKế hoạch số 45-KH/HU\tKế hoạch\tBan Thường vụ Huyện ủy\t2024-03-12\t\thọc tập nghị quyết'
	run refs $'Năm 1947, Chủ tịch Hồ Chí Minh ký Sắc lệnh số 20/SL; Sở Nội vụ ra Quyết định số 12/QĐ-SNV ngày 2/5/2023.'
	check_out $'ref\t20/SL\tSắc lệnh số 20/SL\tSắc lệnh\tChủ tịch Hồ Chí Minh\t\t\t
ref\t12/QĐ-SNV\tQuyết định số 12/QĐ-SNV\tQuyết định\tSở Nội vụ\t2023-05-02\t\t'
	# no body runs to the verb: a person without a title, a verb before 'ra'
	run refs $'Sau đó, ông ký Quyết định số 12/QĐ-UBND; Tỉnh ủy đưa ra Nghị quyết số 03-NQ/TU.'
	check_out $'ref\t12/QĐ-UBND\tQuyết định số 12/QĐ-UBND\tQuyết định\t\t\t\t
ref\t03-NQ/TU\tNghị quyết số 03-NQ/TU\tNghị quyết\t\t\t\t'
}

@test "vn-ref: the date opening the sentence is the DATE of the citation right after it ('Ngày 23 tháng 3 năm 2016, Quyết định số ...'), not where the clause says it took effect" {
	run refs $'Ngày 23 tháng 3 năm 2016, Quyết định số 512/QĐ-UBND của UBND tỉnh thành lập Ban chỉ đạo.\nNgày 1/7/2020, Nghị định số 90/2020/NĐ-CP bắt đầu có hiệu lực.'
	check_out $'ref\t512/QĐ-UBND\tQuyết định số 512/QĐ-UBND\tQuyết định\tUBND tỉnh\t2016-03-23\t\tthành lập Ban chỉ đạo
ref\t90/2020/NĐ-CP\tNghị định số 90/2020/NĐ-CP\tNghị định\t\t\t\t'
}

@test "vn-ref: the body that sends a letter with 'gửi' before it is its ISSUER, and the date opening its clause its DATE ('Ngày 10/2/2012, Bộ Tư pháp gửi công văn số ...'); who sends another document may pass it on and is none" {
	run refs $'Ngày 10 tháng 2 năm 2012, Bộ Tư pháp gửi công văn số 791/BTP-PLDSKT cho Bộ Văn hóa, Thể thao và Du lịch.\nNgày 3/3/2025, Sở Nội vụ gửi Kế hoạch số 12/KH-UBND đến các huyện.'
	check_out $'ref\t791/BTP-PLDSKT\tcông văn số 791/BTP-PLDSKT\tCông văn\tBộ Tư pháp\t2012-02-10\t\t\nref\t12/KH-UBND\tKế hoạch số 12/KH-UBND\tKế hoạch\t\t\t\t'
}

@test "vn-ref: the date opening a clause after another is the DATE of the citation its clause issues ('Vì vậy, ngày 10 tháng 9 năm 1974, Hội đồng Chính phủ ban hành ...'); 'chính thức' and 'lần đầu tiên' may stand before the issuing verb" {
	run refs $'Vì vậy, ngày 10 tháng 9 năm 1974, Hội đồng Chính phủ ban hành Nghị định số 211/CP.\nNgày 20 tháng 6 năm 2017, Quốc hội lần đầu tiên thông qua Luật Thủy lợi.'
	check_out $'ref\t211/CP\tNghị định số 211/CP\tNghị định\tHội đồng Chính phủ\t1974-09-10\t\t\nref\tLuật Thủy lợi\tLuật Thủy lợi\tLuật\tQuốc hội\t2017-06-20\t\t'
}

@test "vn-ref: a date before a colon that opens a chronology's entry is the DATE of the citation its body issues ('- Ngày 18/7/2003: Chính phủ ban hành ...'); not a colon after words of another kind" {
	run refs $'- Ngày 18/7/2003: Chính phủ ban hành Nghị định số 83/2003/NĐ-CP.\nĐến nay: Chính phủ ban hành Nghị định số 1/2020/NĐ-CP.'
	check_out $'ref\t83/2003/NĐ-CP\tNghị định số 83/2003/NĐ-CP\tNghị định\tChính phủ\t2003-07-18\t\t\nref\t01/2020/NĐ-CP\tNghị định số 1/2020/NĐ-CP\tNghị định\tChính phủ\t\t\t'
}

@test "vn-ref: an issuer ends with a place's name, not on the verb after it ('Bộ Nội vụ Việt Nam đặt ...'); 'lại' and 'tiếp tục' may stand before the issuing verb; a date after 'Đến', 'Vào' or 'Nhưng đến' opens the clause" {
	run refs $'Nghị định số 12/NĐ của Bộ Nội vụ Việt Nam đặt trung tâm các tỉnh.\nNhưng đến ngày 20 tháng 12 năm 1975, Bộ Chính trị lại ra Nghị quyết số 19/NQ.\nVào ngày 2/1/2004, Chính phủ tiếp tục ban hành Nghị định số 05/2004/NĐ-CP.'
	check_out $'ref\t12/NĐ\tNghị định số 12/NĐ\tNghị định\tBộ Nội vụ Việt Nam\t\t\t
ref\t19/NQ\tNghị quyết số 19/NQ\tNghị quyết\tBộ Chính trị\t1975-12-20\t\t
ref\t05/2004/NĐ-CP\tNghị định số 05/2004/NĐ-CP\tNghị định\tChính phủ\t2004-01-02\t\t'
}

@test "vn-ref: the verb of what a decision does begins SUBJECT right after it or after its issuer or date ('... của UBND tỉnh thành lập Ban chỉ đạo', '... ngày 2/4/1999 chia xã A thành 2 xã', 'Nghị quyết số 19-NQ/TW thành lập ...'), after a comma there too, past 'quyết định'; a clause of its own after a comma ends it" {
	run refs $'Quyết định số 512/QĐ-UBND của UBND tỉnh thành lập Ban chỉ đạo phòng chống thiên tai.\nNghị định 70/CP ngày 2/4/1999 chia xã Ia Kha thành 2 xã.\nNghị quyết số 19-NQ/TW thành lập nhiều tổ chức mới.\nNăm 2004, Chính phủ ban hành Nghị định số 27/2004/NĐ-CP, thành lập thị trấn Tân Phú thuộc huyện Đồng Phú, theo đó huyện có 10 xã và 1 thị trấn.\nNghị quyết số 45/NQ-CP quyết định chuyển thị xã Sông Công thành thành phố Sông Công.'
	check_out $'ref\t512/QĐ-UBND\tQuyết định số 512/QĐ-UBND\tQuyết định\tUBND tỉnh\t\t\tthành lập Ban chỉ đạo phòng chống thiên tai
ref\t70/CP\tNghị định 70/CP\tNghị định\t\t1999-04-02\t\tchia xã Ia Kha thành 2 xã
ref\t19-NQ/TW\tNghị quyết số 19-NQ/TW\tNghị quyết\t\t\t\tthành lập nhiều tổ chức mới
ref\t27/2004/NĐ-CP\tNghị định số 27/2004/NĐ-CP\tNghị định\tChính phủ\t\t\tthành lập thị trấn Tân Phú thuộc huyện Đồng Phú
ref\t45/NQ-CP\tNghị quyết số 45/NQ-CP\tNghị quyết\t\t\t\tchuyển thị xã Sông Công thành thành phố Sông Công'
}

@test "vn-ref: SUBJECT ends at a comma before a body or an office with a verb of its own ('Thực hiện Quy định số 22-QĐ/TW ... về công tác kiểm tra, giám sát của Đảng, Ủy ban Kiểm tra Tỉnh ủy đã ban hành ...'); a list of bodies in it goes on" {
	run refs $'Thực hiện Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng, Ủy ban Kiểm tra Tỉnh ủy đã ban hành Hướng dẫn số 05-HD/UBKTTU.\nThực hiện Nghị định số 21/2013/NĐ-CP về chức năng của Bộ Nội vụ, Bộ trưởng Bộ Tài nguyên và Môi trường đã ký Quyết định số 12/QĐ-BTNMT.\nQuyết định số 10/QĐ-UBND về việc khen thưởng Sở Tài chính, Sở Xây dựng và Sở Nội vụ.'
	check_out $'ref\t22-QĐ/TW\tQuy định số 22-QĐ/TW\tQuy định\t\t\t\tcông tác kiểm tra, giám sát và kỷ luật của Đảng
ref\t05-HD/UBKTTU\tHướng dẫn số 05-HD/UBKTTU\tHướng dẫn\tỦy ban Kiểm tra Tỉnh ủy\t\t\t
ref\t21/2013/NĐ-CP\tNghị định số 21/2013/NĐ-CP\tNghị định\t\t\t\tchức năng của Bộ Nội vụ
ref\t12/QĐ-BTNMT\tQuyết định số 12/QĐ-BTNMT\tQuyết định\tBộ trưởng Bộ Tài nguyên và Môi trường\t\t\t
ref\t10/QĐ-UBND\tQuyết định số 10/QĐ-UBND\tQuyết định\t\t\t\tkhen thưởng Sở Tài chính, Sở Xây dựng và Sở Nội vụ'
}

@test "vn-ref: SUBJECT ends before a place in small letters with a verb of its own ('..., tỉnh đã giảm 12 đầu mối') and before 'có hiệu lực'" {
	run refs $'Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về tinh gọn bộ máy, tỉnh đã giảm 12 đầu mối.\nNghị định 178/2024/NĐ-CP về chính sách, chế độ đối với cán bộ có hiệu lực từ 1/1/2025.'
	check_out $'ref\t18-NQ/TW\tNghị quyết số 18-NQ/TW\tNghị quyết\tBan Chấp hành Trung ương\t\t\ttinh gọn bộ máy
ref\t178/2024/NĐ-CP\tNghị định 178/2024/NĐ-CP\tNghị định\t\t\t\tchính sách, chế độ đối với cán bộ'
}

@test "vn-ref: SUBJECT is what follows 'về' after 'có nội dung' or 'với nội dung' ('Nghị quyết số 29/NQ-CP có nội dung về việc điều chỉnh ...')" {
	run refs $'UBND tỉnh ban hành Kế hoạch số 45/KH-UBND có nội dung về việc sắp xếp các thôn, tổ dân phố.\nBan Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU với nội dung về tăng cường công tác dân vận.'
	check_out $'ref\t45/KH-UBND\tKế hoạch số 45/KH-UBND\tKế hoạch\tUBND tỉnh\t\t\tsắp xếp các thôn, tổ dân phố
ref\t12-CT/TU\tChỉ thị số 12-CT/TU\tChỉ thị\tBan Thường vụ Tỉnh ủy\t\t\ttăng cường công tác dân vận'
}

@test "vn-ref: what a decree or a decision 'quy định' is its SUBJECT ('Nghị định số 91/2002/NĐ-CP quy định chức năng, nhiệm vụ ...'), not a provision of a law or a constitution, nor the verb alone; ', theo đó ...' ends a 'về việc' subject too" {
	run refs $'Chính phủ ban hành Nghị định số 91/2002/NĐ-CP, quy định chức năng, nhiệm vụ của Bộ Tài nguyên.\nHiến pháp năm 2013 quy định công dân có quyền tự do ngôn luận.\nSắc lệnh số 85 quy định: các tỉnh đều có Ủy ban hành chính.\nTheo Nghị quyết số 245/NQ-TW về việc bãi bỏ cấp khu, theo đó tỉnh Nghĩa Bình được thành lập.'
	check_out $'ref\t91/2002/NĐ-CP\tNghị định số 91/2002/NĐ-CP\tNghị định\tChính phủ\t\t\tquy định chức năng, nhiệm vụ của Bộ Tài nguyên
ref\tHiến pháp năm 2013\tHiến pháp năm 2013\tHiến pháp\t\t2013\t\t
ref\tSắc lệnh 85\tSắc lệnh số 85\tSắc lệnh\t\t\t\t
ref\t245/NQ-TW\tNghị quyết số 245/NQ-TW\tNghị quyết\t\t\t\tbãi bỏ cấp khu'
}

@test "vn-ref: ', về việc' gives SUBJECT without 'việc'" {
	run refs $'Chính phủ ban hành Nghị định số 82/1999/NĐ-CP, về việc điều chỉnh địa giới hành chính xã.'
	check_out $'ref\t82/1999/NĐ-CP\tNghị định số 82/1999/NĐ-CP\tNghị định\tChính phủ\t\t\tđiều chỉnh địa giới hành chính xã'
}

@test "vn-ref: SUBJECT runs over commas to the end of its clause" {
	run refs $'Tham mưu thực hiện Kết luận số 28 của Bộ Chính trị khoá XIII về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức; Nghị quyết số 21 về tăng cường củng cố tổ chức cơ sở đảng.'
	check_out $'ref\t28-KL/TW\tKết luận số 28\tKết luận\tBộ Chính trị\t\tXIII\ttinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức
ref\tNghị quyết 21\tNghị quyết số 21\tNghị quyết\t\t\t\ttăng cường củng cố tổ chức cơ sở đảng'
}

@test "vn-ref: SUBJECT ends before the next citation" {
	run refs $'Tỉnh ủy quán triệt Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp, Kết luận số 40 của Bộ Chính trị.'
	check_out $'ref\t35-CT/TW\tChỉ thị số 35-CT/TW\tChỉ thị\t\t\t\tđại hội đảng bộ các cấp
ref\t40-KL/TW\tKết luận số 40\tKết luận\tBộ Chính trị\t\t\t'
}

@test "vn-ref: 'do Giám đốc Sở Nội vụ ký' is ISSUER" {
	run refs $'Sở ban hành Quyết định số 99/QĐ-SNV do Giám đốc Sở Nội vụ ký.'
	check_out $'ref\t99/QĐ-SNV\tQuyết định số 99/QĐ-SNV\tQuyết định\tGiám đốc Sở Nội vụ\t\t\t'
}

@test "vn-ref: a list shares what follows: both resolutions of Hội nghị Trung ương 6 khóa XII" {
	run refs $'Các chi bộ quán triệt Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW Hội nghị Trung ương 6 khóa XII.'
	check_out $'ref\t18-NQ/TW\tNghị quyết số 18-NQ/TW\tNghị quyết\tHội nghị Trung ương 6\t\tXII\t
ref\t19-NQ/TW\tNghị quyết số 19-NQ/TW\tNghị quyết\tHội nghị Trung ương 6\t\tXII\t'
}

@test "vn-ref: symbols after one kind: '18-NQ/TW, 19-NQ/TW và số 20-NQ/TW' are three" {
	run refs $'Đảng bộ học tập Nghị quyết số 18-NQ/TW, 19-NQ/TW và số 20-NQ/TW của Ban Chấp hành Trung ương.'
	check_out $'ref\t18-NQ/TW\tNghị quyết số 18-NQ/TW\tNghị quyết\tBan Chấp hành Trung ương\t\t\t
ref\t19-NQ/TW\t19-NQ/TW\tNghị quyết\tBan Chấp hành Trung ương\t\t\t
ref\t20-NQ/TW\t20-NQ/TW\tNghị quyết\tBan Chấp hành Trung ương\t\t\t'
}

@test "vn-ref: a bare number in a list takes the issuer after it: Kết luận 28 is 28-KL/TW" {
	run refs $'Huyện thực hiện Kết luận 28 và Kết luận số 40-KL/TW của Bộ Chính trị khóa XIII.'
	check_out $'ref\t28-KL/TW\tKết luận 28\tKết luận\tBộ Chính trị\t\tXIII\t
ref\t40-KL/TW\tKết luận số 40-KL/TW\tKết luận\tBộ Chính trị\t\tXIII\t'
}

@test "vn-ref: a list does not share across bodies: 05-CT/TW is not of the Ban Thường vụ Tỉnh ủy" {
	run refs $'Chi bộ thực hiện Chỉ thị số 05-CT/TW, Quy định số 01-QĐ/TU của Ban Thường vụ Tỉnh ủy.'
	check_out $'ref\t05-CT/TW\tChỉ thị số 05-CT/TW\tChỉ thị\t\t\t\t
ref\t01-QĐ/TU\tQuy định số 01-QĐ/TU\tQuy định\tBan Thường vụ Tỉnh ủy\t\t\t'
}

@test "vn-ref: state symbols of one body share DATE and ISSUER: 25-CP và 26-CP" {
	run refs $'Thủ tướng ban hành Quyết định 25-CP và 26-CP ngày 21/1/1981 của Chính phủ.'
	check_out $'ref\t25-CP\tQuyết định 25-CP\tQuyết định\tChính phủ\t1981-01-21\t\t
ref\t26-CP\t26-CP\tQuyết định\tChính phủ\t1981-01-21\t\t'
}

@test "vn-ref: the issuer may stand before the number: Quyết định của Bộ Chính trị số 31-QĐ/TW" {
	run refs $'Thi hành Quyết định của Bộ Chính trị số 31-QĐ/TW về thể loại văn bản.'
	check_out $'ref\t31-QĐ/TW\tQuyết định của Bộ Chính trị số 31-QĐ/TW\tQuyết định\tBộ Chính trị\t\t\tthể loại văn bản'
}

@test "vn-ref: 'văn bản số' takes its TYPE from the symbol's code when it has one" {
	run refs $'Sở gửi văn bản số 12/KH-UBND và văn bản số 45/UBND-VX đến các huyện.'
	check_out $'ref\t12/KH-UBND\tvăn bản số 12/KH-UBND\tKế hoạch\t\t\t\t
ref\t45/UBND-VX\tvăn bản số 45/UBND-VX\tVăn bản\t\t\t\t'
}

@test "vn-ref: generic mentions are no citation: các nghị quyết, chỉ thị của Đảng" {
	run refs $'Cán bộ cần nắm vững các nghị quyết, chỉ thị của Đảng và pháp luật của Nhà nước.'
	check_out ''
}

@test "vn-ref: Quy chế làm việc and 'ban hành nhiều quyết định' are no citation" {
	run refs $'Các cấp ủy đã kịp thời ban hành Quy chế làm việc và ban hành nhiều quyết định quan trọng.'
	check_out ''
}

@test "vn-ref: a phone number and 'Điều 5' alone are no citation" {
	run refs $'Mọi thắc mắc xin gọi số 0912345678 hoặc xem Điều 5 của quy chế.'
	check_out ''
}

@test "vn-ref: a number that counts is no document's: Kế hoạch 5 năm, Chương trình 100 ngày" {
	run refs $'Tỉnh xây dựng Kế hoạch 5 năm và Chương trình 100 ngày.'
	check_out ''
}

@test "vn-ref: Đại học Luật, kỷ luật, ông Luật are no laws" {
	run refs $'Sinh viên Đại học Luật Hà Nội tìm hiểu kỷ luật Đảng; ông Luật phát biểu.'
	check_out ''
}

@test "vn-ref: Tòa án Hiến pháp, ví dụ số 1, Nghị định thư are no citations" {
	run refs $'Tòa án Hiến pháp ra phán quyết; xem ví dụ số 1 và Nghị định thư số 2.'
	check_out ''
}

@test "vn-ref: Nghị quyết Đại hội Đảng bộ các cấp and 'Hiến pháp và pháp luật' are no citations" {
	run refs $'Thực hiện Nghị quyết Đại hội Đảng bộ các cấp, các địa phương đạt kết quả tốt theo Hiến pháp và pháp luật.'
	check_out ''
}

@test "vn-ref: a body that is the subject of the clause is no ISSUER" {
	run refs $'Thực hiện Chỉ thị số 05-CT/TW Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch.'
	check_out $'ref\t05-CT/TW\tChỉ thị số 05-CT/TW\tChỉ thị\t\t\t\t'
}

@test "vn-ref: 64 citations of one sentence are kept, the rest left out" {
	run sh -c "awk 'BEGIN { printf \"Tỉnh ủy quán triệt\"; for (i = 1; i <= 70; i++) printf \" Chỉ thị số %d-CT/TW,\", i; print \" đến đảng viên.\" }' | vn-ref | wc -l"
	check_out '64'
}

# ---- a document's citations, -l, -s, -j ----

@test "vn-ref: a later bare number takes the symbol the document gave it before" {
	run vn-ref -d bài <<< $'Chỉ thị số 05-CT/TW được quán triệt.\nSau đó Chỉ thị 05 tiếp tục được sơ kết.'
	check_out $'bài\t1.1\tref\t05-CT/TW\tChỉ thị số 05-CT/TW\tChỉ thị\t\t\t\t
bài\t2.1\tref\t05-CT/TW\tChỉ thị 05\tChỉ thị\t\t\t\t'
}

@test "vn-ref: -l documents do not carry symbols over to the next one" {
	run vn-ref -l <<< $'a\tChỉ thị số 05-CT/TW được quán triệt.\nb\tSau đó Chỉ thị 05 tiếp tục được sơ kết.'
	check_out $'a\t1.1\tref\t05-CT/TW\tChỉ thị số 05-CT/TW\tChỉ thị\t\t\t\t
b\t1.1\tref\tChỉ thị 05\tChỉ thị 05\tChỉ thị\t\t\t\t'
}

@test "vn-ref: -s writes DOC VALUE TYPE ISSUER COUNT once per document cited, the first ISSUER named" {
	run vn-ref -s -d bài <<< $'Chỉ thị số 05-CT/TW của Bộ Chính trị được quán triệt.\nChỉ thị 05 và Quyết định số 123/QĐ-UBND.\nSau đó Chỉ thị 05 tiếp tục được sơ kết.'
	check_out $'bài\t05-CT/TW\tChỉ thị\tBộ Chính trị\t3
bài\t123/QĐ-UBND\tQuyết định\t\t1'
}

@test "vn-ref: -s -l counts each document on its own" {
	run vn-ref -s -l <<< $'a\tChỉ thị số 05-CT/TW.\\nChỉ thị số 05-CT/TW.\nb\tChỉ thị số 05-CT/TW.'
	check_out $'a\t05-CT/TW\tChỉ thị\t\t2
b\t05-CT/TW\tChỉ thị\t\t1'
}

@test "vn-ref: -s writes what it counted when 128 documents are held, and counts on" {
	run sh -c "awk 'BEGIN { for (i = 1; i <= 130; i++) print \"Chỉ thị số \" i \"-CT/TW.\"; print \"Chỉ thị số 1-CT/TW.\" }' | vn-ref -s -d a | sed -n '1p;128,131p'"
	check_out $'a\t01-CT/TW\tChỉ thị\t\t1
a\t128-CT/TW\tChỉ thị\t\t1
a\t129-CT/TW\tChỉ thị\t\t1
a\t130-CT/TW\tChỉ thị\t\t1
a\t01-CT/TW\tChỉ thị\t\t1'
}

@test "vn-ref: -j names kind, value, text, type, issuer, date, term and subject" {
	run vn-ref -j -d bài <<< 'Kết luận số 28 của Bộ Chính trị khoá XIII về tinh giản biên chế.'
	check_out '{"doc":"bài","loc":"1.1","line":1,"sentence":1,"kind":"ref","value":"28-KL/TW","text":"Kết luận số 28","type":"Kết luận","issuer":"Bộ Chính trị","date":"","term":"XIII","subject":"tinh giản biên chế"}'
}

@test "vn-ref: -s -j names doc, value, type, issuer and count" {
	run vn-ref -s -j -d bài <<< 'Kết luận số 28 của Bộ Chính trị khoá XIII về tinh giản biên chế.'
	check_out '{"doc":"bài","value":"28-KL/TW","type":"Kết luận","issuer":"Bộ Chính trị","count":"1"}'
}

@test "vn-ref: records of vn-seg give the same citations as the raw text" {
	run sh -c "vn-seg -d art '$FIX/vn-ref/dongthap.txt' | vn-ref"
	check_out "$(vn-ref -d art "$FIX/vn-ref/dongthap.txt")"
}

# ---- found judging viwiki (seed 7) ----

@test "vn-ref: a law's title in quotes runs to the closing quote" {
	run refs $'Nội các ban hành “Luật Liên quan đến Chức vụ Nhà nước Cao nhất”, có hiệu lực ngay.'
	check_out $'ref\tLuật Liên quan đến Chức vụ Nhà nước Cao nhất\tLuật Liên quan đến Chức vụ Nhà nước Cao nhất\tLuật\t\t\t\t'
}

@test "vn-ref: 'và' inside a law's name: Luật Hôn nhân và Gia đình; not before another kind" {
	run refs $'Quốc hội sửa đổi Luật Hôn nhân và Gia đình, Luật Báo chí và Điều 22 Luật Xuất bản, Luật Khảo sát và Hình luật.'
	check_out $'ref\tLuật Hôn nhân và Gia đình\tLuật Hôn nhân và Gia đình\tLuật\t\t\t\t
ref\tLuật Báo chí\tLuật Báo chí\tLuật\t\t\t\t
ref\tLuật Xuất bản\tLuật Xuất bản\tLuật\t\t\t\t
ref\tLuật Khảo sát\tLuật Khảo sát\tLuật\t\t\t\t'
}

@test "vn-ref: a verb after a law's name is no part of it: Luật Doanh nghiệp ra đời" {
	run refs $'Năm 2000, Luật Doanh nghiệp ra đời.'
	check_out $'ref\tLuật Doanh nghiệp\tLuật Doanh nghiệp\tLuật\t\t\t\t'
}

@test "vn-ref: 'ban hành ngày ...' is DATE, and the issuer after it" {
	run refs $'Theo Chỉ thị số 58-CT/TW ban hành ngày 17/10/2000 của Bộ Chính trị, các trường ứng dụng công nghệ thông tin.'
	check_out $'ref\t58-CT/TW\tChỉ thị số 58-CT/TW\tChỉ thị\tBộ Chính trị\t2000-10-17\t\t'
}

@test "vn-ref: 'do ... ban hành' after the subject is ISSUER, not SUBJECT" {
	run refs $'Các bộ ký Thông tư liên tịch số 02/2005/TTLT về quản lý đại lý Internet do Bộ Công an ban hành.'
	check_out $'ref\t02/2005/TTLT\tThông tư liên tịch số 02/2005/TTLT\tThông tư liên tịch\tBộ Công an\t\t\tquản lý đại lý Internet'
}

@test "vn-ref: a bracket inside SUBJECT stays in it" {
	run refs $'Ủy ban ban hành Quyết định số 1336/QĐ-UBND về việc phê duyệt quy hoạch tổng thể (điều chỉnh) đến năm 2030.'
	check_out $'ref\t1336/QĐ-UBND\tQuyết định số 1336/QĐ-UBND\tQuyết định\tỦy ban\t\t\tphê duyệt quy hoạch tổng thể (điều chỉnh) đến năm 2030'
}

@test "vn-ref: a year in brackets after a constitution is DATE" {
	run refs $'Điều 86 Hiến pháp Pháp (năm 1958) quy định quyền độc lập.'
	check_out $'ref\tHiến pháp Pháp\tHiến pháp Pháp\tHiến pháp\t\t1958\t\t'
}

@test "vn-ref: a state's name in lower-case syllables: Hiến pháp Hợp chúng quốc, Việt Nam Cộng hòa" {
	run refs $'Virginia phê chuẩn Hiến pháp Hợp chúng quốc vào năm 1788, rồi Hiến pháp Việt Nam Cộng hòa năm 1967 ra đời.'
	check_out $'ref\tHiến pháp Hợp chúng quốc\tHiến pháp Hợp chúng quốc\tHiến pháp\t\t\t\t
ref\tHiến pháp Việt Nam Cộng hòa năm 1967\tHiến pháp Việt Nam Cộng hòa năm 1967\tHiến pháp\t\t1967\t\t'
}

@test "vn-ref: thiết quân luật and the name Da Luật are no laws" {
	run refs $'Quân đội thi hành thiết quân luật; Da Luật Đại Thạch lập nước.'
	check_out ''
}

# ---- found judging viwiki (seed 13) ----

@test "vn-ref: codes written apart join the symbol: 746/QĐ - TTg, 3109/QĐ.UB-KH, 138 B-SL" {
	run refs $'Thủ tướng ký quyết định số 746/QĐ - TTg, Ủy ban phê duyệt quyết định số 3109/QĐ.UB-KH và Chủ tịch ký Sắc lệnh số 138 B-SL.'
	check_out $'ref\t746/QĐ-TTg\tquyết định số 746/QĐ - TTg\tQuyết định\tThủ tướng\t\t\t
ref\t3109/QĐ.UB-KH\tquyết định số 3109/QĐ.UB-KH\tQuyết định\t\t\t\t
ref\t138B-SL\tSắc lệnh số 138 B-SL\tSắc lệnh\tChủ tịch\t\t\t'
}

@test "vn-ref: 'năm 2009' after a symbol is its DATE, a bare number's year not; a citation inside a SUBJECT is one too" {
	run refs $'Theo Quyết định 1581/QĐ-TTg năm 2009 về việc phê duyệt quy hoạch vùng, tỉnh thực hiện Chỉ thị 05 năm 2021.'
	check_out $'ref\t1581/QĐ-TTg\tQuyết định 1581/QĐ-TTg\tQuyết định\t\t2009\t\tphê duyệt quy hoạch vùng, tỉnh thực hiện Chỉ thị 05 năm 2021
ref\tChỉ thị 05\tChỉ thị 05\tChỉ thị\t\t\t\t'
}

@test "vn-ref: numbers with grouping or decimals are no document's" {
	run refs $'Tỉnh đạt Quyết định số 1.234 và Nghị quyết số 98,5 phần trăm.'
	check_out ''
}


@test "vn-ref: a long sentence gives the same citations wherever they fall in it (231 places up to 930 bytes in)" {
	# The start of a citation is looked for a few hundred bytes at a time,
	# two stretches side by side: a citation across any of their edges is
	# found as one anywhere else is. The pad grows by four bytes a line
	# (" xã") and by three for each " ô", so every offset modulo four comes round.
	local k i xa='' pad text='' want=''
	for ((k = 0; k <= 230; k++)); do
		pad=$xa
		for ((i = 0; i < k % 4; i++)); do pad+=' ô'; done
		xa+=' xã'
		text+="Các chi bộ$pad đã làm theo Kế hoạch số 112-KH/HU của Huyện ủy và sơ kết Nghị quyết số 18-NQ/TW của Bộ Chính trị."$'\n'
		want+=$'ref\t112-KH/HU\tKế hoạch số 112-KH/HU\tKế hoạch\tHuyện ủy\t\t\t\nref\t18-NQ/TW\tNghị quyết số 18-NQ/TW\tNghị quyết\tBộ Chính trị\t\t\t\n'
	done
	printf '%s' "$text" > "$BATS_TEST_TMPDIR/long.txt"
	run bash -c 'vn-ref "$1" | cut -f3-' _ "$BATS_TEST_TMPDIR/long.txt"
	check_out "${want%$'\n'}"
}

@test "vn-ref: DATE is the date that opens the clause after a list's mark too ('- Ngày 20 tháng 12 năm 2016, Thủ tướng Chính phủ ra quyết định ...', '+ Ngày 5/3/2020, ...')" {
	run sh -c "printf '%s\n' '- Ngày 20 tháng 12 năm 2016, Thủ tướng Chính phủ ra quyết định số 2486/QĐ-TTg về việc phê duyệt quy hoạch.' '+ Ngày 5/3/2020, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND.' | vn-ref | cut -f4,6-8"
	check_out $'2486/QĐ-TTg\tQuyết định\tThủ tướng Chính phủ\t2016-12-20\n12/QĐ-UBND\tQuyết định\tUBND tỉnh\t2020-03-05'
}

@test "vn-ref: 'Luật' after a school's word names its field, no law ('trường trung cấp Luật Vị Thanh', 'Cao đẳng Luật miền Trung')" {
	run refs 'Huyện có trường trung cấp Luật Vị Thanh và trường Cao đẳng Luật miền Trung; Luật Đất đai năm 2024 có hiệu lực.'
	check_out $'ref\tLuật Đất đai\tLuật Đất đai\tLuật\t\t2024\t\t'
}

@test "vn-ref: DATE and ISSUER after a licence's 'cấp ngày' ('Quyết định số 55/QĐ-UBND cấp ngày 02/10/2014 của UBND tỉnh')" {
	run refs 'Trung tâm thành lập theo Quyết định số 55/QĐ-UBND cấp ngày 02/10/2014 của UBND tỉnh.'
	check_out $'ref\t55/QĐ-UBND\tQuyết định số 55/QĐ-UBND\tQuyết định\tUBND tỉnh\t2014-10-02\t\t'
}

@test "vn-ref: ISSUER is a state body in small letters where it is the whole clause before the verb ('Ngày 5 tháng 4 năm 2013, chính phủ ra Nghị quyết ...'), with the clause's date" {
	run sh -c "printf '%s\n' 'Ngày 5 tháng 4 năm 2013, chính phủ ra Nghị quyết số 49/NQ-CP điều chỉnh địa giới.' 'Năm 2006, chính phủ đã ban hành nghị định số 12/2006/NĐ-CP.' | vn-ref | cut -f4,6-8"
	check_out $'49/NQ-CP\tNghị quyết\tchính phủ\t2013-04-05\n12/2006/NĐ-CP\tNghị định\tchính phủ\t'
}

@test "vn-ref: ISSUER is a state body in small letters with the state's name after it, the whole clause before the verb ('chính quyền Việt Nam Cộng hòa ban hành Dụ số 50'), with the clause's date; not 'chính quyền' alone" {
	run sh -c "printf '%s\n' 'Ngày 28 tháng 8 năm 1956, chính quyền Việt Nam Cộng hòa ban hành Dụ số 50 về quy chế thị xã.' 'Ngày 5 tháng 4 năm 2013, chính quyền ban hành Nghị quyết số 49/NQ-CP.' | vn-ref | cut -f4,6,7,8"
	check_out $'Dụ 50\tDụ\tchính quyền Việt Nam Cộng hòa\t1956-08-28
49/NQ-CP\tNghị quyết\t\t'
}

@test "vn-ref: a constitution's name is a country's, not a title after it with the comma left out ('Theo Hiến pháp Chủ tịch nước là ...' cites none; 'Hiến pháp Hoa Kỳ' stays)" {
	run sh -c "printf '%s\n' 'Theo Hiến pháp Chủ tịch nước là nguyên thủ quốc gia.' 'Theo Hiến pháp Ủy viên trưởng chủ trì phiên họp.' 'Hiến pháp Hoa Kỳ có nói đến việc đó.' | vn-ref | cut -f4"
	check_out 'Hiến pháp Hoa Kỳ'
}

@test "vn-ref ISSUER: 'có' before a document with a symbol says who issues it ('UBND tỉnh vừa có Công văn số 1234/UBND-NC', 'Ngày 5/3, Ban Tổ chức Tỉnh ủy có Hướng dẫn số 12-HD/BTCTU'), and a body's name of two words or more before one of a number ('Bộ Chính trị có Nghị quyết số 32'); not before a name or a place's word alone ('Việt Nam có Luật Đất đai', 'Tỉnh có Nghị quyết số 15')" {
	run sh -c "printf '%s\n' 'UBND tỉnh vừa có Công văn số 1234/UBND-NC gửi các sở, ngành.' 'Ngày 5/3/2025, Ban Tổ chức Tỉnh ủy có Hướng dẫn số 12-HD/BTCTU về công tác cán bộ.' 'Việt Nam có Luật Đất đai năm 2024.' 'Tỉnh có Nghị quyết số 15 về phát triển du lịch.' 'Ngày 9/1/1962, Bộ Chính trị có Nghị quyết số 45 về công tác cán bộ.' | vn-ref | cut -f4,7,8"
	check_out $'1234/UBND-NC\tUBND tỉnh\t
12-HD/BTCTU\tBan Tổ chức Tỉnh ủy\t2025-03-05
Luật Đất đai\t\t2024
Nghị quyết 15\t\t
45-NQ/TW\tBộ Chính trị\t1962-01-09'
}
