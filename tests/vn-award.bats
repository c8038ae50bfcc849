#!/usr/bin/env bats
# vn-award: the awards given, who gave them, to whom and for what; -s totals.

load helper
bats_require_minimum_version 1.5.0

# The KIND VALUE TEXT BY TO FOR of each award in one line of text.
awards() { printf '%s\n' "$1" | vn-award "${@:2}" | cut -f3-; }

# ---- the examples of the issue ----

@test "vn-award: one conferral of Cờ thi đua and Bằng khen is two records with the same BY and FOR" {
	run awards "Nhân dịp này, Ban Thường vụ Tỉnh ủy đã tặng Cờ thi đua cho 03 tập thể; Bằng khen cho 28 tập thể và 93 cá nhân có thành tích tiêu biểu trong xây dựng tổ chức Đảng trong sạch vững mạnh giai đoạn 2016 - 2020."
	check_out $'award\tCờ thi đua\tCờ thi đua\tBan Thường vụ Tỉnh ủy\t3 tập thể\tcó thành tích tiêu biểu trong xây dựng tổ chức Đảng trong sạch vững mạnh giai đoạn 2016 - 2020
award\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\t28 tập thể; 93 cá nhân\tcó thành tích tiêu biểu trong xây dựng tổ chức Đảng trong sạch vững mạnh giai đoạn 2016 - 2020'
}

@test "vn-award: a count after the year that opens the sentence is the recipients' ('Năm 2025, 85 thôn đạt ...'); a list of years ('Năm 2013, 2014,') is the time" {
	run awards $'Năm 2025, 85 thôn đạt danh hiệu “Thôn văn hóa”.\nNăm 2013, 2014, trường được tặng Bằng khen.'
	check_out $'award\t“Thôn văn hóa”\t“Thôn văn hóa”\t\t85 thôn\t
award\tBằng khen\tBằng khen\t\ttrường\t'
}

@test "vn-award: -s: a named recipient is the same with or without an apposition, and the award said again without a giver to that recipient adds nothing; from another giver it is another award" {
	run vn-award -s <<< $'Đồng chí Lê Văn Hải trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Trần Văn Tư, nguyên Bí thư Huyện ủy.\nĐồng chí Lê Văn Hải chúc mừng đồng chí Trần Văn Tư vinh dự nhận Huy hiệu 60 năm tuổi Đảng.\nĐồng chí Lê Văn Hải trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Trần Văn Tư.\nCông ty nhận Bằng khen của Bộ Công Thương; công ty nhận Bằng khen của Bộ Tài chính.'
	check_out $'-\tHuy hiệu 60 năm tuổi Đảng\tLê Văn Hải\tTrần Văn Tư, nguyên Bí thư Huyện ủy
-\tBằng khen\tBộ Công Thương\tCông ty
-\tBằng khen\tBộ Tài chính\tcông ty'
}

@test "vn-award: -s: a named recipient is the same with or without its place after it ('Công an tỉnh Thanh Hóa', then 'Công an tỉnh'); another name is another" {
	run vn-award -s <<< $'Công an tỉnh Thanh Hóa đón nhận Cờ thi đua của Chính phủ.\nĐồng chí Lê Văn Hải trao Cờ thi đua của Chính phủ cho Công an tỉnh.\nĐồng chí Lê Văn Hải trao Cờ thi đua của Chính phủ cho Công an huyện Mê Linh.'
	check_out $'-\tCờ thi đua\tChính phủ\tCông an tỉnh Thanh Hóa; Công an huyện Mê Linh'
}

@test "vn-award: -s: a person named without a giver after a count of people given the same award is one of them ('3 đảng viên nhận Huy hiệu 75 năm tuổi Đảng', then 'Cụ X ... nhận Huy hiệu 75 năm tuổi Đảng'); after a count of collectives the person is another" {
	run vn-award -s <<< $'Đợt này có 3 đảng viên nhận Huy hiệu 75 năm tuổi Đảng.\nCụ Lê Văn Tám là đảng viên cao tuổi nhất nhận Huy hiệu 75 năm tuổi Đảng.\nUBND tỉnh tặng Bằng khen cho 4 tập thể; ông Hà Văn Sơn nhận Bằng khen.'
	check_out $'-\tHuy hiệu 75 năm tuổi Đảng\t\t3 đảng viên
-\tBằng khen\tUBND tỉnh\t4 tập thể
-\tBằng khen\t\tHà Văn Sơn'
}

@test "vn-award: the one congratulated receives ('Thay mặt lãnh đạo tỉnh, đồng chí A chúc mừng đồng chí B vinh dự nhận ...' is B); who receives for a body after 'Thay mặt' stands for it" {
	run awards $'Thay mặt lãnh đạo tỉnh, đồng chí Lê Văn Hải chúc mừng đồng chí Trần Văn Tư vinh dự nhận Huy hiệu 60 năm tuổi Đảng.\nThay mặt tập thể, ông Ngô Văn Ba nhận Cờ thi đua.'
	check_out $'award\tHuy hiệu 60 năm tuổi Đảng\tHuy hiệu 60 năm tuổi Đảng\t\tTrần Văn Tư\t
award\tCờ thi đua\tCờ thi đua\t\ttập thể\t'
}

@test "vn-award: FOR keeps 'có' and drops the 'được' of 'được có thành tích'" {
	run awards "Tỉnh ủy tặng Bằng khen cho 93 cá nhân được có thành tích tiêu biểu."
	check_out $'award\tBằng khen\tBằng khen\tTỉnh ủy\t93 cá nhân\tcó thành tích tiêu biểu'
}

@test "vn-award: a photo caption 'Bí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể' is an award" {
	run awards "Bí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể"
	check_out $'award\tCờ thi đua\tCờ thi đua\tBí thư Tỉnh ủy\t3 tập thể\t'
}

@test "vn-award: 'Bằng khen của Ban Thường vụ Tỉnh ủy' names the giver over the presenter" {
	run awards "Đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân."
	check_out $'award\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\tcác tập thể, cá nhân\t'
}

@test "vn-award: 'Thủ tướng Chính phủ tặng' gives BY, 'cho huyện Yên Thế' a named TO" {
	run awards "Thủ tướng Chính phủ tặng Bằng khen cho huyện Yên Thế."
	check_out $'award\tBằng khen\tBằng khen\tThủ tướng Chính phủ\thuyện Yên Thế\t'
}

@test "vn-award: 'Sở Nội vụ được Bộ Nội vụ tặng Bằng khen' is BY Bộ Nội vụ, TO Sở Nội vụ" {
	run awards "Sở Nội vụ được Bộ Nội vụ tặng Bằng khen."
	check_out $'award\tBằng khen\tBằng khen\tBộ Nội vụ\tSở Nội vụ\t'
}

@test "vn-award: the person presenting is BY when no authority is named" {
	run awards "Đồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối Các cơ quan tỉnh trao Giấy khen cho các tổ chức đảng đạt trong sạch, vững mạnh và vững mạnh tiêu biểu năm 2019."
	check_out $'award\tGiấy khen\tGiấy khen\tNguyễn Nam Đình\tcác tổ chức đảng\tđạt trong sạch, vững mạnh và vững mạnh tiêu biểu năm 2019'
}

@test "vn-award: 'Đại diện lãnh đạo Đảng bộ Sở Nội vụ nhận Bằng khen' is TO Đảng bộ Sở Nội vụ" {
	run awards "Đại diện lãnh đạo Đảng bộ Sở Nội vụ nhận Bằng khen Đảng bộ “Trong sạch, vững mạnh tiêu biểu” 05 năm giai đoạn 2016-2020"
	check_out $'award\tBằng khen\tBằng khen\t\tĐảng bộ Sở Nội vụ\tĐảng bộ “Trong sạch, vững mạnh tiêu biểu” 05 năm giai đoạn 2016-2020'
}

@test "vn-award: '25 đảng viên được trao tặng Huy hiệu 40 năm tuổi Đảng' is passive, TO 25 đảng viên" {
	run awards "25 đảng viên được trao tặng Huy hiệu 40 năm tuổi Đảng."
	check_out $'award\tHuy hiệu 40 năm tuổi Đảng\tHuy hiệu 40 năm tuổi Đảng\t\t25 đảng viên\t'
}

@test "vn-award: a list of ten named recipients is kept whole" {
	run awards "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho huyện Yên Thế, huyện Lục Nam, huyện Lạng Giang, huyện Tân Yên, huyện Hiệp Hòa, huyện Việt Yên, huyện Yên Dũng, huyện Sơn Động, huyện Lục Ngạn và thành phố Bắc Giang."
	check_out $'award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\tChủ tịch nước\thuyện Yên Thế; huyện Lục Nam; huyện Lạng Giang; huyện Tân Yên; huyện Hiệp Hòa; huyện Việt Yên; huyện Yên Dũng; huyện Sơn Động; huyện Lục Ngạn; thành phố Bắc Giang\t'
}

@test "vn-award: counts in words are written in digits: 'hai mươi mốt cá nhân' is 21 cá nhân" {
	run awards "Bí thư Tỉnh ủy trao Bằng khen cho hai mươi mốt cá nhân và 1.200 đoàn viên."
	check_out $'award\tBằng khen\tBằng khen\tBí thư Tỉnh ủy\t21 cá nhân; 1200 đoàn viên\t'
}

@test "vn-award: recipients after a reason start again at a count: '1 chi bộ ...; 1 tập thể và 1 cá nhân ...'" {
	run awards "Tại Hội nghị, Đảng ủy Khối đã trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 1 chi bộ đạt tiêu chuẩn “Trong sạch, vững mạnh” tiêu biểu 5 năm liền 2015-2019; 1 tập thể và 1 cá nhân có thành tích xuất sắc trong thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị."
	check_out $'award\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\t1 chi bộ; 1 tập thể; 1 cá nhân\tđạt tiêu chuẩn “Trong sạch, vững mạnh” tiêu biểu 5 năm liền 2015-2019; có thành tích xuất sắc trong thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị'
}

# ---- each award family ----

@test "vn-award: Huân chương Lao động hạng Ba, with BY, TO and FOR" {
	run awards "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Nội vụ vì có thành tích xuất sắc trong công tác từ năm 2016 đến năm 2020."
	check_out $'award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\tChủ tịch nước\tSở Nội vụ\tcó thành tích xuất sắc trong công tác từ năm 2016 đến năm 2020'
}

@test "vn-award: 'huân chương độc lập hạng nhì' in lower case is Huân chương Độc lập hạng Nhì" {
	run awards "Huyện Yên Thế vinh dự đón nhận huân chương độc lập hạng nhì."
	check_out $'award\tHuân chương Độc lập hạng Nhì\thuân chương độc lập hạng nhì\t\tHuyện Yên Thế\t'
}

@test "vn-award: Huân chương Bảo vệ Tổ quốc hạng I is hạng Nhất" {
	run awards "Đơn vị được tặng thưởng Huân chương Bảo vệ Tổ quốc hạng I."
	check_out $'award\tHuân chương Bảo vệ Tổ quốc hạng Nhất\tHuân chương Bảo vệ Tổ quốc hạng I\t\tĐơn vị\t'
}

@test "vn-award: Huy chương Quân kỳ quyết thắng, TO without 'Đồng chí'" {
	run awards "Đồng chí Nguyễn Văn An nhận Huy chương Quân kỳ quyết thắng."
	check_out $'award\tHuy chương Quân kỳ quyết thắng\tHuy chương Quân kỳ quyết thắng\t\tNguyễn Văn An\t'
}

@test "vn-award: Huy hiệu 30, 40 năm tuổi Đảng for 'ba đảng viên'" {
	run awards "Dịp này, Tỉnh ủy trao Huy hiệu 30, 40 năm tuổi Đảng cho ba đảng viên."
	check_out $'award\tHuy hiệu 30, 40 năm tuổi Đảng\tHuy hiệu 30, 40 năm tuổi Đảng\tTỉnh ủy\t3 đảng viên\t'
}

@test "vn-award: Cờ thi đua của Chính phủ is Cờ thi đua BY Chính phủ" {
	run awards "Huyện Yên Thế được tặng Cờ thi đua của Chính phủ."
	check_out $'award\tCờ thi đua\tCờ thi đua\tChính phủ\tHuyện Yên Thế\t'
}

@test "vn-award: Giấy khen without 'cho': 'trao Giấy khen các đảng viên xuất sắc 5 năm liền'" {
	run awards "Đồng chí Chu Bá Long - Phó Bí thư Đảng ủy Khối Các cơ quan tỉnh trao Giấy khen các đảng viên xuất sắc 5 năm liền."
	check_out $'award\tGiấy khen\tGiấy khen\tChu Bá Long\tcác đảng viên\txuất sắc 5 năm liền'
}

@test "vn-award: lower-case 'bằng khen' and a comma list of counts" {
	run awards "Trong ảnh: Bí thư Tỉnh ủy trao bằng khen cho 3 tập thể, 5 cá nhân."
	check_out $'award\tBằng khen\tbằng khen\tBí thư Tỉnh ủy\t3 tập thể; 5 cá nhân\t'
}

@test "vn-award: Kỷ niệm chương Vì sự nghiệp xây dựng Đảng" {
	run awards "Ban Tổ chức Trung ương trao Kỷ niệm chương Vì sự nghiệp xây dựng Đảng cho 12 đồng chí."
	check_out $'award\tKỷ niệm chương Vì sự nghiệp xây dựng Đảng\tKỷ niệm chương Vì sự nghiệp xây dựng Đảng\tBan Tổ chức Trung ương\t12 đồng chí\t'
}

@test "vn-award: Giải thưởng Hồ Chí Minh, truy tặng" {
	run awards "Nhà thơ Tố Hữu được truy tặng Giải thưởng Hồ Chí Minh về văn học nghệ thuật."
	check_out $'award\tGiải thưởng Hồ Chí Minh\tGiải thưởng Hồ Chí Minh\t\tNhà thơ Tố Hữu\tvăn học nghệ thuật'
}

@test "vn-award: Giải thưởng Nhà nước" {
	run awards "Chủ tịch nước trao Giải thưởng Nhà nước cho 5 tác giả."
	check_out $'award\tGiải thưởng Nhà nước\tGiải thưởng Nhà nước\tChủ tịch nước\t5 tác giả\t'
}

@test "vn-award: the title Anh hùng Lao động, phong tặng" {
	run awards "Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động cho Công ty Than Hà Lầm."
	check_out $'award\tAnh hùng Lao động\tAnh hùng Lao động\tChủ tịch nước\tCông ty Than Hà Lầm\t'
}

@test "vn-award: the title Chiến sĩ thi đua cấp tỉnh" {
	run awards "UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 7 cá nhân."
	check_out $'award\tChiến sĩ thi đua cấp tỉnh\tChiến sĩ thi đua cấp tỉnh\tUBND tỉnh\t7 cá nhân\t'
}

@test "vn-award: the titles Tập thể lao động xuất sắc and Lao động tiên tiến in one list" {
	run awards "Giám đốc Sở công nhận danh hiệu Tập thể lao động xuất sắc cho 4 tập thể; Lao động tiên tiến cho 50 cá nhân."
	check_out $'award\tTập thể lao động xuất sắc\tTập thể lao động xuất sắc\tGiám đốc Sở\t4 tập thể\t
award\tLao động tiên tiến\tLao động tiên tiến\tGiám đốc Sở\t50 cá nhân\t'
}

@test "vn-award: a known title in quotes is named as the law names it: danh hiệu (tập thể) “Anh hùng Lao động”" {
	run awards 'Xã A được phong tặng danh hiệu “Anh hùng Lao động”; xã B nhận danh hiệu tập thể "anh hùng lao động".'
	check_out $'award\tAnh hùng Lao động\t“Anh hùng Lao động”\t\tXã A\t
award\tAnh hùng Lao động\t"anh hùng lao động"\t\txã B\t'
}

@test "vn-award: the quoted title “Trong sạch, vững mạnh” tiêu biểu" {
	run awards "Đảng ủy Khối công nhận danh hiệu “Trong sạch, vững mạnh” tiêu biểu cho 19 tổ chức cơ sở đảng."
	check_out $'award\t“Trong sạch, vững mạnh” tiêu biểu\t“Trong sạch, vững mạnh” tiêu biểu\tĐảng ủy Khối\t19 tổ chức cơ sở đảng\t'
}

@test "vn-award: 'đạt danh hiệu \"trong sạch vững mạnh\" tiêu biểu' gets the same value" {
	run awards 'Chi bộ Văn phòng đạt danh hiệu "trong sạch vững mạnh" tiêu biểu.'
	check_out $'award\t“Trong sạch, vững mạnh” tiêu biểu\t"trong sạch vững mạnh" tiêu biểu\t\tChi bộ Văn phòng\t'
}

@test "vn-award: a title named as the reason for a Giấy khen is part of FOR, not an award" {
	run awards "Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 19 tổ chức cơ sở Đảng đạt danh hiệu “trong sạch vững mạnh” tiêu biểu năm 2020 và 40 đảng viên đạt tiêu chuẩn hoàn thành xuất sắc nhiệm vụ 5 năm liền 2016-2020."
	check_out $'award\tGiấy khen\tGiấy khen\tBan Thường vụ Đảng ủy Khối\t19 tổ chức cơ sở Đảng; 40 đảng viên\tđạt danh hiệu “trong sạch vững mạnh” tiêu biểu năm 2020; đạt tiêu chuẩn hoàn thành xuất sắc nhiệm vụ 5 năm liền 2016-2020'
}

@test "vn-award: 'Cờ Thi Đua' with a capital Đ is found (the filter's byte before the 'u' of 'đua')" {
	run awards "Ủy ban nhân dân tỉnh tặng Cờ Thi Đua cho 3 huyện."
	check_out $'award\tCờ thi đua\tCờ Thi Đua\tỦy ban nhân dân tỉnh\t3 huyện\t'
}

# ---- verbs and frames ----

@test "vn-award: 'khen thưởng ... đối với 12 tập thể'" {
	run awards "Dịp này, UBND tỉnh khen thưởng Bằng khen đối với 12 tập thể."
	check_out $'award\tBằng khen\tBằng khen\tUBND tỉnh\t12 tập thể\t'
}

@test "vn-award: 'trao tặng Cờ thi đua và Bằng khen cho Sở Nội vụ' is two awards to the same recipient" {
	run awards "UBND tỉnh trao tặng Cờ thi đua và Bằng khen cho Sở Nội vụ."
	check_out $'award\tCờ thi đua\tCờ thi đua\tUBND tỉnh\tSở Nội vụ\t
award\tBằng khen\tBằng khen\tUBND tỉnh\tSở Nội vụ\t'
}

@test "vn-award: 'được nhận Bằng khen của Bộ trưởng Bộ Nội vụ'" {
	run awards "Nhiều tập thể, cá nhân được nhận Bằng khen của Bộ trưởng Bộ Nội vụ."
	check_out $'award\tBằng khen\tBằng khen\tBộ trưởng Bộ Nội vụ\tNhiều tập thể, cá nhân\t'
}

@test "vn-award: two givers in one sentence, joined by 'và'" {
	run awards "Bí thư Tỉnh ủy trao Cờ thi đua cho 3 tập thể và Chủ tịch UBND tỉnh trao Bằng khen cho 20 cá nhân."
	check_out $'award\tCờ thi đua\tCờ thi đua\tBí thư Tỉnh ủy\t3 tập thể\t
award\tBằng khen\tBằng khen\tChủ tịch UBND tỉnh\t20 cá nhân\t'
}

@test "vn-award: two passive clauses: '3 tập thể được tặng Cờ thi đua, 10 cá nhân được tặng Bằng khen'" {
	run awards "Trong đợt này, 3 tập thể được tặng Cờ thi đua, 10 cá nhân được tặng Bằng khen."
	check_out $'award\tCờ thi đua\tCờ thi đua\t\t3 tập thể\t
award\tBằng khen\tBằng khen\t\t10 cá nhân\t'
}

@test "vn-award: 'Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí ... trao' gives BY the body" {
	run awards "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Văn Hải trao Bằng khen cho 15 cá nhân."
	check_out $'award\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\t15 cá nhân\t'
}

@test "vn-award: a caption without a giver: 'Trao Cờ thi đua cho các tập thể'" {
	run awards "Trao Cờ thi đua cho các tập thể."
	check_out $'award\tCờ thi đua\tCờ thi đua\t\tcác tập thể\t'
}

# ---- not awards ----

@test "vn-award: a proposal 'đề nghị Thủ tướng Chính phủ tặng Bằng khen' is not an award" {
	run awards "Sở Nội vụ đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 5 tập thể."
	check_out ""
}

@test "vn-award: 'xét khen thưởng' and 'đề nghị khen thưởng' are not awards" {
	run awards "Hội đồng đã họp xét khen thưởng Bằng khen cho 20 tập thể; đề nghị khen thưởng Giấy khen cho 7 cá nhân."
	check_out ""
}

@test "vn-award: a plan 'sẽ trao Huy hiệu Đảng' is not an award" {
	run awards "Tỉnh ủy sẽ trao Huy hiệu Đảng cho 100 đảng viên vào dịp 3/2."
	check_out ""
}

@test "vn-award: a rule about a kind of award is not an award" {
	run awards "Bằng khen của Thủ tướng Chính phủ được tặng cho cá nhân có thành tích xuất sắc. Huân chương Lao động hạng Ba để tặng cho cá nhân lập được thành tích xuất sắc."
	check_out ""
}

@test "vn-award: 'Theo đề nghị của Sở Nội vụ,' does not make the award a proposal" {
	run awards "Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể."
	check_out $'award\tBằng khen\tBằng khen\tChủ tịch UBND tỉnh\t10 tập thể\t'
}

@test "vn-award: 'Ban Thi đua - Khen thưởng' is a giver's name, not a verb" {
	run awards "Ban Thi đua - Khen thưởng tỉnh trao Bằng khen cho 5 tập thể."
	check_out $'award\tBằng khen\tBằng khen\tBan Thi đua - Khen thưởng tỉnh\t5 tập thể\t'
}

@test "vn-award: a title in the giver's name is not an award" {
	run awards "Ông Nguyễn Văn Bình, Chiến sĩ thi đua toàn quốc, trao Giấy khen cho 10 học sinh."
	check_out $'award\tGiấy khen\tGiấy khen\tNguyễn Văn Bình\t10 học sinh\t'
}

@test "vn-award: a title beside the recipient's name is neither a recipient nor a reason" {
	run awards "Nguyễn Văn Bình, Chiến sĩ thi đua toàn quốc, nhận Bằng khen của Thủ tướng Chính phủ."
	check_out $'award\tBằng khen\tBằng khen\tThủ tướng Chính phủ\tNguyễn Văn Bình\t'
}

@test "vn-award: award words in names and without a giving verb are not awards" {
	run awards "Công ty TNHH Huy Hiệu tổ chức hội nghị. Anh hùng Lao động Nguyễn Văn A phát biểu về phong trào thi đua, khen thưởng. Ủy ban Kiểm tra hai cấp kiểm tra dấu hiệu vi phạm đối với 2 tổ chức đảng và 7 đảng viên."
	check_out ""
}

# ---- the five sample articles, whole ----

@test "vn-award: quangninh.txt: every award and nothing else" {
	cd "$FIX/vn-award"
	run vn-award quangninh.txt
	check_out $'quangninh.txt\t1.1\taward\tCờ thi đua\tCờ thi đua\tBí thư Tỉnh ủy\t3 tập thể\t
quangninh.txt\t7.1\taward\tBằng khen\tBằng khen\t\tĐảng bộ Sở Nội vụ\tĐảng bộ “Trong sạch, vững mạnh tiêu biểu” 05 năm giai đoạn 2016-2020
quangninh.txt\t9.1\taward\tCờ thi đua\tCờ thi đua\tBan Thường vụ Tỉnh ủy\t3 tập thể\tcó thành tích tiêu biểu trong xây dựng tổ chức Đảng trong sạch vững mạnh giai đoạn 2016 - 2020
quangninh.txt\t9.1\taward\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\t28 tập thể; 93 cá nhân\tcó thành tích tiêu biểu trong xây dựng tổ chức Đảng trong sạch vững mạnh giai đoạn 2016 - 2020'
}

@test "vn-award: ttxvn.txt: no award" {
	run vn-award "$FIX/vn-award/ttxvn.txt"
	[ "$status" -eq 0 ]
	check_out ""
}

@test "vn-award: baonghean.txt: every award and nothing else" {
	cd "$FIX/vn-award"
	run vn-award baonghean.txt
	check_out $'baonghean.txt\t4.1\taward\tGiấy khen\tGiấy khen\tNguyễn Nam Đình\tcác tổ chức đảng\tđạt trong sạch, vững mạnh và vững mạnh tiêu biểu năm 2019
baonghean.txt\t8.1\taward\tGiấy khen\tGiấy khen\tHoàng Văn Nhiên\tcác tổ chức cơ sở đảng\tthành tích trong công tác tuyên giáo năm 2019
baonghean.txt\t9.1\taward\tGiấy khen\tGiấy khen\tHoàng Văn Nhiên\tcác tổ chức cơ sở đảng\tcó thành tích trong công tác tuyên giáo năm 2019
baonghean.txt\t12.1\taward\tGiấy khen\tGiấy khen\tChu Bá Long\tcác đảng viên\txuất sắc 5 năm liền'
}

@test "vn-award: khoicoquan.txt: every award and nothing else" {
	cd "$FIX/vn-award"
	run vn-award khoicoquan.txt
	check_out $'khoicoquan.txt\t1.1\taward\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\tcác tập thể, cá nhân\t
khoicoquan.txt\t2.1\taward\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\tcác tập thể, cá nhân\t
khoicoquan.txt\t6.1\taward\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\t1 chi bộ; 1 tập thể; 1 cá nhân\tđạt tiêu chuẩn “Trong sạch, vững mạnh” tiêu biểu 5 năm liền 2015-2019; có thành tích xuất sắc trong thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị
khoicoquan.txt\t6.2\taward\tGiấy khen\tGiấy khen\tBan Thường vụ Đảng ủy Khối\t19 tổ chức cơ sở Đảng; 40 đảng viên\tđạt danh hiệu “trong sạch vững mạnh” tiêu biểu năm 2020; đạt tiêu chuẩn hoàn thành xuất sắc nhiệm vụ 5 năm liền 2016-2020'
}

@test "vn-award: dongthap.txt: no award" {
	run vn-award "$FIX/vn-award/dongthap.txt"
	[ "$status" -eq 0 ]
	check_out ""
}

# ---- -s ----

@test "vn-award: -s writes DOC VALUE BY TO once per award and giver" {
	cd "$FIX/vn-award"
	run vn-award -s quangninh.txt
	check_out $'quangninh.txt\tCờ thi đua\tBí thư Tỉnh ủy\t3 tập thể
quangninh.txt\tBằng khen\t\tĐảng bộ Sở Nội vụ
quangninh.txt\tCờ thi đua\tBan Thường vụ Tỉnh ủy\t3 tập thể
quangninh.txt\tBằng khen\tBan Thường vụ Tỉnh ủy\t28 tập thể; 93 cá nhân'
}

@test "vn-award: -s adds the counts of a document's awards with the same VALUE and BY" {
	run vn-award -s -d tỉnh <<< $'Tỉnh ủy tặng Bằng khen cho 28 tập thể và 93 cá nhân.\nTỉnh ủy tặng Bằng khen cho 2 tập thể và Sở Nội vụ.\nTỉnh ủy tặng Giấy khen cho 5 tập thể.\nTỉnh ủy tặng Bằng khen cho 7 cá nhân và Sở Nội vụ.'
	check_out $'tỉnh\tBằng khen\tTỉnh ủy\t30 tập thể; 100 cá nhân; Sở Nội vụ
tỉnh\tGiấy khen\tTỉnh ủy\t5 tập thể'
}

@test "vn-award: -s counts once the same award from the same giver to the same recipients said again (a ceremony's lead, then its conferral), unless for another reason" {
	run vn-award -s -d lễ <<< $'Sáng 12/12, UBND tỉnh tổ chức lễ trao Bằng khen của Thủ tướng Chính phủ cho 5 tập thể và 8 cá nhân có thành tích xuất sắc.\nThừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lê Sơn trao Bằng khen cho 8 cá nhân và 5 tập thể.\nThủ tướng Chính phủ tặng Bằng khen cho 5 tập thể có thành tích trong công tác dân vận.'
	check_out $'lễ\tBằng khen\tThủ tướng Chính phủ\t10 tập thể; 8 cá nhân'
}

@test "vn-award: -s -l totals each document on its own" {
	run vn-award -s -l <<< $'a\tTỉnh ủy tặng Bằng khen cho 3 tập thể.\\nTỉnh ủy tặng Bằng khen cho 4 tập thể.\nb\tTỉnh ủy tặng Bằng khen cho 5 tập thể.'
	check_out $'a\tBằng khen\tTỉnh ủy\t7 tập thể
b\tBằng khen\tTỉnh ủy\t5 tập thể'
}

@test "vn-award: -s -j writes doc, value, by and to" {
	run vn-award -s -j -d bài <<< "Tỉnh ủy tặng Bằng khen cho 3 tập thể."
	check_out '{"doc":"bài","value":"Bằng khen","by":"Tỉnh ủy","to":"3 tập thể"}'
}

@test "vn-award: -s totals too large for 64 bits stay at the largest, never wrap" {
	# Eleven times 9 × 10^17 is past 2^63: a total that wrapped was negative
	# and printed as a named recipient (and aborts a UBSan build). Each for
	# a reason of its own, or it is one award said again.
	run vn-award -s < <(for i in $(seq 11); do echo "Tỉnh ủy tặng Bằng khen cho 900000000000000000 tập thể có thành tích trong đợt thi đua thứ $i."; done)
	check_out $'-\tBằng khen\tTỉnh ủy\t9223372036854775807 tập thể'
}

# ---- input and output shapes ----

@test "vn-award: -j writes JSON Lines with kind, value, text, by, to and for" {
	run vn-award -j -d bài <<< "Bí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể có thành tích xuất sắc."
	check_out '{"doc":"bài","loc":"1.1","line":1,"sentence":1,"kind":"award","value":"Cờ thi đua","text":"Cờ thi đua","by":"Bí thư Tỉnh ủy","to":"3 tập thể","for":"có thành tích xuất sắc"}'
}

@test "vn-award: -l takes one document per line" {
	run vn-award -l <<< $'a\tHọp.\\nBí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể\nb\tSở Nội vụ được Bộ Nội vụ tặng Bằng khen.'
	check_out $'a\t2.1\taward\tCờ thi đua\tCờ thi đua\tBí thư Tỉnh ủy\t3 tập thể\t
b\t1.1\taward\tBằng khen\tBằng khen\tBộ Nội vụ\tSở Nội vụ\t'
}

@test "vn-award: reads vn-seg output from stdin and keeps its DOC and LOC" {
	run sh -c "vn-seg '$FIX/vn-award/khoicoquan.txt' | vn-award | cut -f1-4"
	check_out "$FIX/vn-award/khoicoquan.txt	1.1	award	Bằng khen
$FIX/vn-award/khoicoquan.txt	2.1	award	Bằng khen
$FIX/vn-award/khoicoquan.txt	6.1	award	Bằng khen
$FIX/vn-award/khoicoquan.txt	6.2	award	Giấy khen"
}

@test "vn-award: a tab in a field is escaped" {
	run vn-award -d x <<< $'Tỉnh ủy tặng Bằng khen cho Sở\tNội vụ.'
	check_out $'x\t1.1\taward\tBằng khen\tBằng khen\tTỉnh ủy\tSở\\tNội vụ\t'
}

# ---- bad inputs ----

@test "vn-award: invalid UTF-8 is replaced with a warning and the award is still found" {
	printf 'Bí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể có thành tích \xff.\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr vn-award "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "vn-award: $BATS_TEST_TMPDIR/bad.txt:1: invalid UTF-8 replaced with U+FFFD" ]
	check_out "$BATS_TEST_TMPDIR/bad.txt	1.1	award	Cờ thi đua	Cờ thi đua	Bí thư Tỉnh ủy	3 tập thể	có thành tích �"
}

@test "vn-award: a full disk is an error" {
	run sh -c "vn-award '$FIX/vn-award/quangninh.txt' > /dev/full"
	[ "$status" -eq 1 ]
	check_out "vn-award: write error: No space left on device"
}

@test "vn-award: a body's name goes on over 'và' and commas: 'Sở Văn hóa, Thể thao và Du lịch'" {
	run awards "Bộ trưởng trao Bằng khen của Bộ Văn hóa, Thể thao và Du lịch cho Sở Văn hóa, Thể thao và Du lịch và Sở Nội vụ."
	check_out $'award\tBằng khen\tBằng khen\tBộ Văn hóa, Thể thao và Du lịch\tSở Văn hóa, Thể thao và Du lịch; Sở Nội vụ\t'
}

@test "vn-award: two people joined by 'và' are two recipients" {
	run awards "Ông Nguyễn Văn An và bà Trần Thị Bình được tặng Bằng khen."
	check_out $'award\tBằng khen\tBằng khen\t\tNguyễn Văn An; Trần Thị Bình\t'
}

@test "vn-award: 'đã ký quyết định tặng thưởng' leaves the giver alone" {
	run awards "Chủ tịch nước đã ký quyết định tặng thưởng Huân chương Lao động hạng Nhì cho Sở Giáo dục và Đào tạo."
	check_out $'award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\tChủ tịch nước\tSở Giáo dục và Đào tạo\t'
}

@test "vn-award: two givers in one sentence, split at a semicolon" {
	run awards "Nhân dịp này, Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể, 15 cá nhân."
	check_out $'award\tBằng khen\tBằng khen\tThủ tướng Chính phủ\t2 tập thể\t
award\tBằng khen\tBằng khen\tChủ tịch UBND tỉnh\t10 tập thể; 15 cá nhân\t'
}

@test "vn-award: a passive with the recipients first and the reason after 'vì đã'" {
	run awards "Dịp này, 5 tập thể và 10 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen vì đã có thành tích xuất sắc."
	check_out $'award\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\t5 tập thể; 10 cá nhân\tcó thành tích xuất sắc'
}

# ---- BY and TO read with the name and title chunker (common/person.h) ----

@test "vn-award: BY is the giver, not the words that open the sentence" {
	run awards $'Ngoài ra, Sở Nội vụ tặng Giấy khen cho 8 tập thể.\nCụ thể, Ủy ban nhân dân tỉnh tặng Bằng khen cho 12 cá nhân.\nBên cạnh đó, Công đoàn ngành trao Giấy khen cho 5 công đoàn cơ sở.\nPhát biểu tại buổi lễ, đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy trao Bằng khen cho 10 đảng viên.\nTrong dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 6 chi bộ.\nNgày 12 tháng 3 năm 2015 Bộ Quốc phòng tặng Bằng khen cho 15 chiến sĩ.\nTại Hà Tĩnh, Bắc Ninh, Bí thư Tỉnh ủy Nguyễn Văn Nam trao Bằng khen cho 4 tập thể.'
	check_out $'award\tGiấy khen\tGiấy khen\tSở Nội vụ\t8 tập thể\t
award\tBằng khen\tBằng khen\tỦy ban nhân dân tỉnh\t12 cá nhân\t
award\tGiấy khen\tGiấy khen\tCông đoàn ngành\t5 công đoàn cơ sở\t
award\tBằng khen\tBằng khen\tNguyễn Văn Hùng\t10 đảng viên\t
award\tGiấy khen\tGiấy khen\tBan Thường vụ Huyện ủy\t6 chi bộ\t
award\tBằng khen\tBằng khen\tBộ Quốc phòng\t15 chiến sĩ\t
award\tBằng khen\tBằng khen\tBí thư Tỉnh ủy Nguyễn Văn Nam\t4 tập thể\t'
}

@test "vn-award: BY named after the award: 'do X trao tặng', 'từ X'; 'của' a season names none" {
	run awards $'Trường được tặng Huân chương Lao động hạng Nhất do Chủ tịch nước trao tặng.\nNăm 1998 bà nhận Huy chương Vàng từ Hội Khoa học Hoàng gia.\nTrường đã được nhận nhiều phần thưởng do Chính phủ, Bộ Giáo dục trao tặng: Huân chương Lao động hạng Ba.\nAnh Lê Văn Tám đạt danh hiệu Chiến sĩ thi đua của năm học 2019.'
	check_out $'award\tHuân chương Lao động hạng Nhất\tHuân chương Lao động hạng Nhất\tChủ tịch nước\tTrường\t
award\tHuy chương Vàng\tHuy chương Vàng\tHội Khoa học Hoàng gia\tbà\t
award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\tChính phủ, Bộ Giáo dục\tTrường\t
award\tChiến sĩ thi đua\tChiến sĩ thi đua\t\tLê Văn Tám\t'
}

@test "vn-award: a giver keeps its dashes and abbreviations; verbs joined to the giving one are not its" {
	run awards $'Bộ Giáo dục - Đào tạo tặng Bằng khen cho 20 giáo viên.\nThành ủy TP. Huế tặng Giấy khen cho 7 tổ chức cơ sở đảng.\nBộ Y tế khen thưởng và tặng Bằng khen cho 30 y bác sĩ.'
	check_out $'award\tBằng khen\tBằng khen\tBộ Giáo dục - Đào tạo\t20 giáo viên\t
award\tGiấy khen\tGiấy khen\tThành ủy TP. Huế\t7 tổ chức cơ sở đảng\t
award\tBằng khen\tBằng khen\tBộ Y tế\t30 y bác sĩ\t'
}

@test "vn-award: 'Cờ thi đua xuất sắc' is a Cờ thi đua, so its giver after it is read ('Cờ thi đua xuất sắc của UBND tỉnh')" {
	run awards $'Đơn vị vinh dự đón nhận Cờ thi đua xuất sắc của UBND tỉnh.'
	check_out $'award\tCờ thi đua\tCờ thi đua xuất sắc\tUBND tỉnh\tĐơn vị\t'
}

@test "vn-award: praise before the verb of a passive is the same giving ('được Đảng và Chính quyền khen, tặng danh hiệu ...', 'được UBND tỉnh khen thưởng, tặng Bằng khen')" {
	run awards $'Các thầy cô giáo được Đảng và Chính quyền khen, tặng danh hiệu "Chiến sĩ thi đua cấp tỉnh".\nNhà trường được UBND tỉnh khen thưởng, tặng Bằng khen.'
	check_out $'award\tChiến sĩ thi đua cấp tỉnh\t"Chiến sĩ thi đua cấp tỉnh"\tĐảng và Chính quyền\tCác thầy cô giáo\t
award\tBằng khen\tBằng khen\tUBND tỉnh\tNhà trường\t'
}

@test "vn-award: a passive agent may join two bodies; 'ký quyết định' is not the agent's" {
	run awards $'Đơn vị đã được Đảng và Nhà nước tặng thưởng Huân chương Quân công hạng Nhì.\nNgày 20 tháng 1 năm 2012, ông được Chủ tịch nước ký quyết định truy tặng Giải thưởng Hồ Chí Minh.'
	check_out $'award\tHuân chương Quân công hạng Nhì\tHuân chương Quân công hạng Nhì\tĐảng và Nhà nước\tĐơn vị\t
award\tGiải thưởng Hồ Chí Minh\tGiải thưởng Hồ Chí Minh\tChủ tịch nước\tông\t'
}

@test "vn-award: TO is the subject of a passive, without 'Bà', after a date or an opener; a pronoun alone is one" {
	run awards $'Bà Lê Thị Hoa được tặng Huân chương Lao động hạng Ba.\nNăm 2004, ông được truy tặng Huân chương Độc lập hạng Nhì.\nTrong đó thành phố được tặng Huân chương Sao vàng.\nAnh Lê Văn Tám là người đầu tiên nhận Bằng khen của Tỉnh đoàn.\nHợp tác xã Tân Phú trở thành đơn vị đầu tiên nhận Cờ thi đua của Chính phủ.'
	check_out $'award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\t\tLê Thị Hoa\t
award\tHuân chương Độc lập hạng Nhì\tHuân chương Độc lập hạng Nhì\t\tông\t
award\tHuân chương Sao vàng\tHuân chương Sao vàng\t\tthành phố\t
award\tBằng khen\tBằng khen\tTỉnh đoàn\tLê Văn Tám\t
award\tCờ thi đua\tCờ thi đua\tChính phủ\tHợp tác xã Tân Phú\t'
}

@test "vn-award: TO after 'cho' keeps its determiners and a name's apposition; never the award's own name" {
	run awards $'Chủ tịch UBND tỉnh trao Bằng khen cho đại diện các xã.\nĐại tá Lê Minh trao Huy hiệu cho các chiến sĩ.\nBộ trưởng trao Bằng khen cho ông Trần An, Chủ tịch Công đoàn ngành.\nChủ tịch nước trao Huân chương Tình hữu nghị cho Đại sứ.\nNhà nước Nhật Bản tặng bà Huân chương Mặt trời mọc.\nThủ tướng trao cho ông Phạm Văn Dũng Huân chương Lao động hạng Ba.'
	check_out $'award\tBằng khen\tBằng khen\tChủ tịch UBND tỉnh\tđại diện các xã\t
award\tHuy hiệu\tHuy hiệu\tĐại tá Lê Minh\tcác chiến sĩ\t
award\tBằng khen\tBằng khen\tBộ trưởng\tTrần An, Chủ tịch Công đoàn ngành\t
award\tHuân chương Tình hữu nghị\tHuân chương Tình hữu nghị\tChủ tịch nước\tĐại sứ\t
award\tHuân chương Mặt trời mọc\tHuân chương Mặt trời mọc\tNhà nước Nhật Bản\tbà\t
award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\tThủ tướng\tPhạm Văn Dũng\t'
}

@test "vn-award: TO whole where the subject describes one name; counted after 'có'; a count over two nouns" {
	run awards $'Đảng bộ, nhân dân và lực lượng vũ trang huyện Mỹ Hòa được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.\nHuyện có 120 người được tặng Bằng khen, 15 người nhận Huân chương Lao động.\nTrong đó thị xã được tặng Huân chương Lao động hạng Nhì; 05 phường, xã được phong tặng danh hiệu Anh hùng Lao động.'
	check_out $'award\tAnh hùng Lực lượng vũ trang nhân dân\tAnh hùng Lực lượng vũ trang nhân dân\t\tĐảng bộ, nhân dân và lực lượng vũ trang huyện Mỹ Hòa\t
award\tBằng khen\tBằng khen\t\t120 người\t
award\tHuân chương Lao động\tHuân chương Lao động\t\t15 người\t
award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\t\tthị xã\t
award\tAnh hùng Lao động\tAnh hùng Lao động\t\t5 phường, xã\t'
}

@test "vn-award: a clause without a subject has the one before it, giver or recipient" {
	run awards $'Năm 2005 trường Phổ thông Quang Trung được tặng Huân chương Lao động hạng Ba và năm 2010 được tặng Huân chương Lao động hạng Nhì.\nChính phủ tặng Bằng khen (năm 2010), tặng Cờ thi đua năm 2011.'
	check_out $'award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\t\ttrường Phổ thông Quang Trung\t
award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\t\ttrường Phổ thông Quang Trung\t
award\tBằng khen\tBằng khen\tChính phủ\t\t
award\tCờ thi đua\tCờ thi đua\tChính phủ\t\t'
}

# ---- VALUE, FOR and what is no award, read on real text ----

@test "vn-award: VALUE keeps the name of an order the tables do not hold, foreign ones too" {
	run awards $'Năm 1964, bà được tặng Huân chương Spingarn từ Hiệp hội Quốc gia.\nNăm 1990, Chính phủ Pháp trao tặng ông Huân chương Bắc đẩu bội tinh bậc hiệp sĩ.\nÔng được truy tặng Huân chương Tự do Tổng thống năm 2002.\nNăm 1999, ông nhận Huân chương vàng Quốc hội Hoa Kỳ.\nCô được trao Huy chương lao động Cờ Đỏ khi mới 20 tuổi.\nÔng là người đầu tiên nhận Huân chương “Ngôi sao Bạc” của hải quân.\nÔng nhận Huy chương Vàng từ Hội Toán học Hoàng gia năm 1970.\nNăm 1955, Tổng thống trao cho ông Huân chương An ninh Quốc gia, đây là huân chương cao nhất của ngành.'
	check_out $'award\tHuân chương Spingarn\tHuân chương Spingarn\tHiệp hội Quốc gia\tbà\t
award\tHuân chương Bắc đẩu bội tinh bậc hiệp sĩ\tHuân chương Bắc đẩu bội tinh bậc hiệp sĩ\tChính phủ Pháp\tông\t
award\tHuân chương Tự do Tổng thống\tHuân chương Tự do Tổng thống\t\tÔng\t
award\tHuân chương vàng Quốc hội Hoa Kỳ\tHuân chương vàng Quốc hội Hoa Kỳ\t\tông\t
award\tHuy chương lao động Cờ Đỏ\tHuy chương lao động Cờ Đỏ\t\tCô\t
award\tHuân chương “Ngôi sao Bạc”\tHuân chương “Ngôi sao Bạc”\t\tÔng\t
award\tHuy chương Vàng\tHuy chương Vàng\tHội Toán học Hoàng gia\tÔng\t
award\tHuân chương An ninh Quốc gia\tHuân chương An ninh Quốc gia\tTổng thống\tông\t'
}

@test "vn-award: VALUE: 'kháng chiến chống Mỹ cứu nước', 'hạng 3', 'hạng hai'; 'hạng ba, hạng nhì' and 'hạng Nhì và Ba' are two awards" {
	run awards $'Bà Trần Thị Mai được tặng Huân chương kháng chiến chống Mỹ cứu nước hạng 3.\nTrường đã được tặng Huân chương Lao động hạng hai.\nNhà máy được Nhà nước tặng Huân chương Độc lập hạng ba, hạng nhì.\nÔng được tặng Huân chương Quân công hạng Nhì và Ba.'
	check_out $'award\tHuân chương Kháng chiến chống Mỹ cứu nước hạng Ba\tHuân chương kháng chiến chống Mỹ cứu nước hạng 3\t\tTrần Thị Mai\t
award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng hai\t\tTrường\t
award\tHuân chương Độc lập hạng Ba\tHuân chương Độc lập hạng ba\tNhà nước\tNhà máy\t
award\tHuân chương Độc lập hạng Nhì\thạng nhì\tNhà nước\tNhà máy\t
award\tHuân chương Quân công hạng Nhì\tHuân chương Quân công hạng Nhì\t\tÔng\t
award\tHuân chương Quân công hạng Ba\tBa\t\tÔng\t'
}

@test "vn-award: no award: a contest's medals, many awards of a kind, a power, a rate, a proposal" {
	run awards $'Năm 2003, đội bóng giành Huy chương vàng Giải vô địch quốc gia.\nVận động viên Lê Thị Lan đạt Huy chương bạc tại SEA Games.\nBộ phim đạt Huy chương vàng liên hoan phim toàn quốc.\nAnh nhận huy chương World Cup năm 2014.\nĐơn vị đã được tặng nhiều huân chương và danh hiệu cao quý.\nTrường còn được trao tặng nhiều bằng khen các loại.\nBà đã được Nhà nước tặng Huân chương Lao động hạng Nhất và nhiều huân, huy chương khác.\nQuyết định tặng thưởng huân chương, huy chương và danh hiệu vinh dự nhà nước.\nTỷ lệ hộ gia đình được công nhận danh hiệu "Gia đình văn hóa" đạt 90%.\nÔng được đề nghị tặng Huân chương Lao động hạng Ba.'
	check_out $'award\tHuân chương Lao động hạng Nhất\tHuân chương Lao động hạng Nhất\tNhà nước\tBà\t'
}

@test "vn-award: FOR is a reason: after 'Do ...,' that opens the sentence, after 'vì'; never a date, a place, a list of names or a note" {
	run awards $'Do có thành tích xuất sắc trong phòng chống dịch, bệnh viện được Chính phủ tặng Cờ thi đua.\nThực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Huyện ủy tặng Giấy khen cho 12 tập thể vì đã có thành tích xuất sắc trong học tập và làm theo tư tưởng của Bác.\nTập đoàn được trao tặng Huân chương Lao động hạng Nhì ngày 12/5/2018.\nNhà văn được tặng Giải thưởng Nhà nước về văn học nghệ thuật vào năm 2007.\nChủ tịch UBND tỉnh trao Bằng khen cho 10 cá nhân có thành tích xuất sắc tại Hội trường tỉnh.\nBệnh viện đã được Chính phủ trao tặng: Huân chương Lao động hạng Ba, năm 1995; Bằng khen của Bộ Y tế về thành tích khám chữa bệnh, năm 2010.\n5 giáo viên được phong tặng danh hiệu Nhà giáo Ưu tú (Lê Văn An, Trần Thị Bình, Phạm Văn Cường).\nÔng được tặng Huân chương Danh dự vì lòng dũng cảm (ông là người lính đầu tiên được nhận).'
	check_out $'award\tCờ thi đua\tCờ thi đua\tChính phủ\tbệnh viện\tcó thành tích xuất sắc trong phòng chống dịch
award\tGiấy khen\tGiấy khen\tBan Thường vụ Huyện ủy\t12 tập thể\tcó thành tích xuất sắc trong học tập và làm theo tư tưởng của Bác
award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\t\tTập đoàn\t
award\tGiải thưởng Nhà nước\tGiải thưởng Nhà nước\t\tNhà văn\tvăn học nghệ thuật
award\tBằng khen\tBằng khen\tChủ tịch UBND tỉnh\t10 cá nhân\tcó thành tích xuất sắc
award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\tChính phủ\tBệnh viện\t
award\tBằng khen\tBằng khen\tBộ Y tế\tBệnh viện\tthành tích khám chữa bệnh
award\tNhà giáo Ưu tú\tNhà giáo Ưu tú\t\t5 giáo viên\t
award\tHuân chương Danh dự\tHuân chương Danh dự\t\tÔng\tlòng dũng cảm'
}

@test "vn-award: BY after 'thay mặt' within the subject; 'phong', 'truy phong' and 'gắn' give an award that follows at once; a counted award as a passive subject" {
	run awards $'Đồng chí Nguyễn Văn Tâm, Bí thư Tỉnh ủy, thay mặt Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 28 tập thể.\nNăm 1985, ông được phong Anh hùng Lao động.\nNăm 1976, liệt sĩ được truy phong Anh hùng Lực lượng vũ trang nhân dân.\nThiếu tướng Lê Văn Bình gắn Huy hiệu 50 năm tuổi Đảng cho 3 đảng viên.\nPhong trào thi đua gắn với Bằng khen của tỉnh.\nMột Huân chương Chiến công được trao cho Đại đội 5 vì đã lập chiến công xuất sắc.'
	check_out $'award\tBằng khen\tBằng khen\tBan Thường vụ Tỉnh ủy\t28 tập thể\t
award\tAnh hùng Lao động\tAnh hùng Lao động\t\tông\t
award\tAnh hùng Lực lượng vũ trang nhân dân\tAnh hùng Lực lượng vũ trang nhân dân\t\tliệt sĩ\t
award\tHuy hiệu 50 năm tuổi Đảng\tHuy hiệu 50 năm tuổi Đảng\tThiếu tướng Lê Văn Bình\t3 đảng viên\t
award\tHuân chương Chiến công\tHuân chương Chiến công\t\tĐại đội 5\tlập chiến công xuất sắc'
}

@test "vn-award: a point of a law's list, a revoked title and a description after a comma are no awards" {
	run awards $'a) Đã được tặng thưởng Huân chương Lao động hạng Nhì;\nb) Hai lần được tặng Cờ thi đua của Chính phủ.\nNăm 1540, nhà vua hủy bỏ việc ban tặng danh hiệu "Người Bảo hộ".\nBà được trao Huân chương Tự do Thượng viện, huân chương cao quý nhất dành cho nghị sĩ.'
	check_out $'award\tHuân chương Tự do Thượng viện\tHuân chương Tự do Thượng viện\t\tBà\t'
}

@test "vn-award: FOR of 'Với những thành tích ...,' and 'Do ...,' opening the sentence, for the clauses that go on with the same subject" {
	run awards $'Với những đóng góp to lớn cho nền y học, bà đã được trao Huân chương Lao động hạng Nhất.\nDo có thành tích xuất sắc, năm 2008 bệnh viện được tặng Huân chương Lao động hạng Ba và năm 2015 được tặng Huân chương Độc lập hạng Ba.'
	check_out $'award\tHuân chương Lao động hạng Nhất\tHuân chương Lao động hạng Nhất\t\tbà\tđóng góp to lớn cho nền y học
award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\t\tbệnh viện\tcó thành tích xuất sắc
award\tHuân chương Độc lập hạng Ba\tHuân chương Độc lập hạng Ba\t\tbệnh viện\tcó thành tích xuất sắc'
}

@test "vn-award: BY after 'từ' past a parenthesis and without 'ông'; one count over two nouns joined by 'và'" {
	run awards $'Năm 1950, ông nhận Huân chương Công trạng (danh dự cao nhất của quân đội) từ Tổng thống Truman.\nSau đó, nhà vua được nhận huy hiệu từ ông Trần Văn Lai.\nĐã có 12 sĩ quan và chiến sĩ được trao tặng Huân chương Chiến công hạng Ba.'
	check_out $'award\tHuân chương Công trạng\tHuân chương Công trạng\tTổng thống Truman\tông\t
award\tHuy hiệu\thuy hiệu\tTrần Văn Lai\tnhà vua\t
award\tHuân chương Chiến công hạng Ba\tHuân chương Chiến công hạng Ba\t\t12 sĩ quan và chiến sĩ\t'
}

@test "vn-award: who holds the ceremony gives: 'X long trọng tổ chức lễ trao tặng'" {
	run awards $'Ngày 19/5/2024, Đảng ủy xã Phú Lâm tổ chức lễ trao Huy hiệu Đảng đợt 19/5.\nSáng 2/9, Huyện ủy Tân Phú long trọng tổ chức lễ trao tặng Huy hiệu 40 năm tuổi Đảng cho 12 đảng viên.'
	check_out $'award\tHuy hiệu Đảng\tHuy hiệu Đảng\tĐảng ủy xã Phú Lâm\t\t
award\tHuy hiệu 40 năm tuổi Đảng\tHuy hiệu 40 năm tuổi Đảng\tHuyện ủy Tân Phú\t12 đảng viên\t'
}

# ---- issue 11, the classes judged on real text (award3) ----

@test "vn-award: an order or title in small letters after 'phong' or 'truy tặng' is an award" {
	run awards $'Năm 1985, ông được phong anh hùng lao động.\nBà được truy tặng bà mẹ Việt Nam anh hùng.\nChị được tặng thưởng huân chương bảo vệ tổ quốc hạng ba.\nXã có phong trào lao động tiên tiến.'
	check_out $'award\tAnh hùng Lao động\tanh hùng lao động\t\tông\t
award\tBà mẹ Việt Nam anh hùng\tbà mẹ Việt Nam anh hùng\t\tBà\t
award\tHuân chương Bảo vệ Tổ quốc hạng Ba\thuân chương bảo vệ tổ quốc hạng ba\t\tChị\t'
}

@test "vn-award: one reason after a list of titles, 'danh hiệu' before each, is the reason of each" {
	run awards "Trạm được tặng danh hiệu Tập thể lao động xuất sắc, danh hiệu Cờ thi đua vì đã có thành tích xuất sắc trong phong trào thi đua."
	check_out $'award\tTập thể lao động xuất sắc\tTập thể lao động xuất sắc\t\tTrạm\tcó thành tích xuất sắc trong phong trào thi đua
award\tCờ thi đua\tCờ thi đua\t\tTrạm\tcó thành tích xuất sắc trong phong trào thi đua'
}

@test "vn-award: a prize's field after 'về' is its own, no reason of the award before it" {
	run awards $'Ông được tặng Huân chương Độc lập và Giải thưởng Hồ Chí Minh về văn học nghệ thuật.\nBà được phong tặng danh hiệu Nghệ sĩ Nhân dân, Giải thưởng Nhà nước về văn học nghệ thuật.'
	check_out $'award\tHuân chương Độc lập\tHuân chương Độc lập\t\tÔng\t
award\tGiải thưởng Hồ Chí Minh\tGiải thưởng Hồ Chí Minh\t\tÔng\tvăn học nghệ thuật
award\tNghệ sĩ Nhân dân\tNghệ sĩ Nhân dân\t\tBà\t
award\tGiải thưởng Nhà nước\tGiải thưởng Nhà nước\t\tBà\tvăn học nghệ thuật'
}

@test "vn-award: a citation in quotes after the award is FOR, and the giver before it stays" {
	run awards $'Xã được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân với lời ghi: “Đã có thành tích đặc biệt xuất sắc trong kháng chiến”.\nTrường được tặng Huân chương Lao động hạng Nhì của Chủ tịch nước với lời khen “Có thành tích xuất sắc trong công tác giáo dục”.\nÔng được Chủ tịch nước truy tặng Huân chương Độc lập hạng Ba, “vì đã có công lao to lớn với quê hương”.\nÔng được tặng Bằng khen, “Mùa gặt” là tên bài thơ ông viết.'
	check_out $'award\tAnh hùng Lực lượng vũ trang nhân dân\tAnh hùng Lực lượng vũ trang nhân dân\tNhà nước\tXã\t“Đã có thành tích đặc biệt xuất sắc trong kháng chiến”
award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\tChủ tịch nước\tTrường\t“Có thành tích xuất sắc trong công tác giáo dục”
award\tHuân chương Độc lập hạng Ba\tHuân chương Độc lập hạng Ba\tChủ tịch nước\tÔng\t“vì đã có công lao to lớn với quê hương”
award\tBằng khen\tBằng khen\t\tÔng\t'
}

@test "vn-award: a sport's or a contest's title in quotes is no award" {
	run awards $'Tiền đạo Lê Văn Tâm đạt danh hiệu "Vua phá lưới" của mùa giải.\nAnh giành danh hiệu “Quả bóng vàng Việt Nam” năm 2008.\nCô đạt danh hiệu “Hoa hậu Việt Nam” năm 2010.\nAnh được trao danh hiệu “Người hùng” tại SEA Games.\nChi bộ được tặng danh hiệu “Trong sạch, vững mạnh” của Đảng ủy.'
	check_out $'award\t“Trong sạch, vững mạnh”\t“Trong sạch, vững mạnh”\tĐảng ủy\tChi bộ\t'
}

@test "vn-award: a judge, a prosecutor and a party committee member are people of the lexicon" {
	run awards $'Hai Thẩm phán được tặng Bằng khen của Chánh án Tòa án nhân dân tối cao.\nĐồng chí Trần Văn Nam, Tỉnh ủy viên, Bí thư Huyện ủy được tặng Huân chương Lao động hạng Ba.\nBa kiểm sát viên được tặng Giấy khen của Viện trưởng Viện kiểm sát nhân dân tỉnh.'
	check_out $'award\tBằng khen\tBằng khen\tChánh án Tòa án nhân dân tối cao\t2 Thẩm phán\t
award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\t\tTrần Văn Nam, Tỉnh ủy viên, Bí thư Huyện ủy\t
award\tGiấy khen\tGiấy khen\tViện trưởng Viện kiểm sát nhân dân tỉnh\t3 kiểm sát viên\t'
}

@test "vn-award: counted holders of titles listed before the recipients are not recipients; 'có' counts them all" {
	run awards $'Ngoài ra, có 2 tập thể, 3 cá nhân Anh hùng Lao động, 4 Chiến sĩ thi đua toàn quốc, 2 nhóm tác giả được tặng Giải thưởng Hồ Chí Minh.\nHuyện có 5 tập thể, 7 cá nhân được tặng Bằng khen.'
	check_out $'award\tGiải thưởng Hồ Chí Minh\tGiải thưởng Hồ Chí Minh\t\t2 nhóm tác giả\t
award\tBằng khen\tBằng khen\t\t5 tập thể; 7 cá nhân\t'
}

@test "vn-award: a list of duties, a power and a description after a comma are no awards" {
	run awards $'Ban thực hiện chế độ tiền lương, khen thưởng huân chương bậc cao, chăm sóc sức khỏe cán bộ.\nThẩm quyền tặng Huân chương Lao động do Chủ tịch nước quyết định.\nBà nhận Huân chương Vàng Quốc hội, huân chương dân sự vinh dự nhất của Quốc hội.'
	check_out $'award\tHuân chương Vàng Quốc hội\tHuân chương Vàng Quốc hội\t\tBà\t'
}

@test "vn-award: the recipient after a count of time ('Hai năm sau,', 'một năm sau khi mất,') and after an opener that starts the last part" {
	run awards $'Hai năm sau, ông được tặng Huân chương Lao động hạng Ba.\nNăm 1990, một năm sau khi mất, nhạc sĩ Lê Hoàng được truy tặng Giải thưởng Nhà nước.\nSau đó bà làm Hiệu trưởng, trong thời gian này bà được tặng danh hiệu Nhà giáo Ưu tú.'
	check_out $'award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\t\tông\t
award\tGiải thưởng Nhà nước\tGiải thưởng Nhà nước\t\tnhạc sĩ Lê Hoàng\t
award\tNhà giáo Ưu tú\tNhà giáo Ưu tú\t\tbà\t'
}

@test "vn-award: a citation in quotes right after the award, then 'do X trao tặng', keeps its giver and is FOR" {
	run awards $'Năm 2014 công ty được nhận bằng khen "đơn vị đã có nhiều đổi mới trong sản xuất" do Bộ Công Thương trao tặng.\nNăm 2015 xã được nhận Giấy khen “Hoa Sen” do huyện trao.'
	check_out $'award\tBằng khen\tbằng khen\tBộ Công Thương\tcông ty\t"đơn vị đã có nhiều đổi mới trong sản xuất"
award\tGiấy khen\tGiấy khen\thuyện\txã\t“Hoa Sen”'
}

@test "vn-award: 'hạng đặc biệt' is an order's class; a subject ends before 'kỷ niệm'" {
	run awards $'Năm 1950, nước bạn trao Huân chương Tự do hạng đặc biệt cho ông Lê Văn Hòa.\nNăm 2015: Trường Cao đẳng Nghề Hòa Bình kỷ niệm 40 năm thành lập, đón nhận Huân chương Lao động hạng Nhì.'
	check_out $'award\tHuân chương Tự do hạng Đặc biệt\tHuân chương Tự do hạng đặc biệt\tnước bạn\tLê Văn Hòa\t
award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\t\tTrường Cao đẳng Nghề Hòa Bình\t'
}

@test "vn-award: an award described, then named after a comma, is one award, the named one" {
	run awards $'Ông là người trẻ nhất nhận được huân chương cao nhất của nước Đức, Huân chương Chữ thập Đỏ.\nBà được tặng huân chương cao quý, Huân chương Lao động hạng Nhì và Bằng khen.'
	check_out $'award\tHuân chương Chữ thập Đỏ\tHuân chương Chữ thập Đỏ\t\tÔng\t
award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\t\tBà\t
award\tBằng khen\tBằng khen\t\tBà\t'
}

@test "vn-award: verbs joined by a comma share what stands before them: 'Thẩm quyền tặng, truy tặng' is a power" {
	run awards $'Thẩm quyền tặng, truy tặng Huân chương Dũng cảm do Chủ tịch nước quyết định.\nChủ tịch nước tặng, truy tặng Huân chương Dũng cảm cho 4 cá nhân.'
	check_out $'award\tHuân chương Dũng cảm\tHuân chương Dũng cảm\tChủ tịch nước\t4 cá nhân\t'
}

@test "vn-award: a subject that is the ceremony of receiving names no recipient" {
	run awards "Buổi lễ kỷ niệm 50 năm thành lập và đón nhận Huân chương Lao động hạng Nhì được tổ chức sáng 3/9. Lễ đón nhận Cờ thi đua của Chính phủ diễn ra tại hội trường. Xã Tân Hòa đón nhận Bằng khen của Thủ tướng Chính phủ."
	check_out $'award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\t\t\t
award\tCờ thi đua\tCờ thi đua\tChính phủ\t\t
award\tBằng khen\tBằng khen\tThủ tướng Chính phủ\tXã Tân Hòa\t'
}

@test "vn-award: BY is the authority of 'thừa ủy quyền', 'thừa lệnh' ('Thừa ủy quyền của Chủ tịch nước, đồng chí X trao' is given by Chủ tịch nước)" {
	run awards "Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn Tâm trao Huân chương Lao động hạng Nhì cho Công ty Điện lực; thừa lệnh Thủ tướng, Bộ trưởng trao Bằng khen cho 5 cá nhân."
	check_out $'award\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\tChủ tịch nước\tCông ty Điện lực\t\naward\tBằng khen\tBằng khen\tThủ tướng\t5 cá nhân\t'
}

@test "vn-award: BY is the authority of 'Được sự ủy quyền của', 'Được ủy quyền của' too, not those words" {
	run awards "Được sự ủy quyền của Chủ tịch nước, Phó Bí thư Tỉnh ủy Lê Thị Hoa trao Huân chương Lao động hạng Ba cho Đảng bộ xã Tân Sơn. Được ủy quyền của Thủ tướng Chính phủ, đồng chí Lê Thị Hoa trao Bằng khen cho 3 tập thể."
	check_out $'award\tHuân chương Lao động hạng Ba\tHuân chương Lao động hạng Ba\tChủ tịch nước\tĐảng bộ xã Tân Sơn\t\naward\tBằng khen\tBằng khen\tThủ tướng Chính phủ\t3 tập thể\t'
}

@test "vn-award: an order of every class ('Huân chương Lao động các hạng') is given to those after it" {
	run awards "Chủ tịch nước tặng Huân chương Lao động các hạng cho 27 tập thể, 41 cá nhân."
	check_out $'award\tHuân chương Lao động\tHuân chương Lao động các hạng\tChủ tịch nước\t27 tập thể; 41 cá nhân\t'
}

@test "vn-award: a Kỷ niệm chương's name in quotes is its name, written without them; 'Vì' in it is no reason" {
	run awards 'Dịp này, Ban Tuyên giáo Trung ương tặng Kỷ niệm chương “Vì sự nghiệp Tuyên giáo” cho 12 đồng chí.'
	check_out $'award\tKỷ niệm chương Vì sự nghiệp Tuyên giáo\tKỷ niệm chương “Vì sự nghiệp Tuyên giáo”\tBan Tuyên giáo Trung ương\t12 đồng chí\t'
}

@test "vn-award: 'X tổ chức Lễ trao ...' gives X, 'Lễ' in capitals or not" {
	run awards 'Ngày 19/5/2025, Đảng ủy Khối tổ chức Lễ trao Huy hiệu Đảng cho 25 đảng viên.'
	check_out $'award\tHuy hiệu Đảng\tHuy hiệu Đảng\tĐảng ủy Khối\t25 đảng viên\t'
}

@test "vn-award: the people of a place are one recipient ('Đảng bộ, chính quyền và Nhân dân các dân tộc huyện ...', 'cán bộ, đảng viên và nhân dân xã ...')" {
	run sh -c "printf 'Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và Nhân dân các dân tộc huyện Bát Xát vì có thành tích xuất sắc.\nUBND tỉnh tặng Bằng khen cho cán bộ, đảng viên và nhân dân xã Yên Sơn.\n' | vn-award | cut -f4-"
	check_out $'Huân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\tChủ tịch nước\tĐảng bộ, chính quyền và Nhân dân các dân tộc huyện Bát Xát\tcó thành tích xuất sắc
Bằng khen\tBằng khen\tUBND tỉnh\tcán bộ, đảng viên và nhân dân xã Yên Sơn\t'
}

@test "vn-award: 'Huy hiệu 60 năm' is the badge of 60 years in the Party, as 'Huy hiệu 60 năm tuổi Đảng' is; 'Huy hiệu 40 năm và 30 năm tuổi Đảng' is the badges of both; 'Huy hiệu 30 năm tuổi nghề' is none of them" {
	run awards 'Có 6 đảng viên nhận Huy hiệu 60 năm, 12 đảng viên nhận Huy hiệu 50 năm. Đồng chí Lê Văn Hai trao Huy hiệu 40 năm và 30 năm tuổi Đảng cho 15 đảng viên. Ông Tư được tặng Huy hiệu 30 năm tuổi nghề.'
	check_out $'award\tHuy hiệu 60 năm tuổi Đảng\tHuy hiệu 60 năm\t\t6 đảng viên\t
award\tHuy hiệu 50 năm tuổi Đảng\tHuy hiệu 50 năm\t\t12 đảng viên\t
award\tHuy hiệu 40, 30 năm tuổi Đảng\tHuy hiệu 40 năm và 30 năm tuổi Đảng\tLê Văn Hai\t15 đảng viên\t
award\tHuy hiệu\tHuy hiệu\t\tTư\t'
}

@test "vn-award: the round an award is given in ('đợt 3/2', 'đợt I năm 2026', 'đợt này') and how long a title was earned ('5 năm liền', '3 năm liên tục (2023 - 2025)') come before whom it goes to" {
	run awards 'Huyện ủy trao Huy hiệu Đảng đợt 19/5 cho 20 đảng viên. Thành ủy trao Huy hiệu Đảng đợt I năm 2026 cho 12 đảng viên. Sở tặng Bằng khen đợt này cho 3 tập thể.'
	check_out $'award\tHuy hiệu Đảng\tHuy hiệu Đảng\tHuyện ủy\t20 đảng viên\t
award\tHuy hiệu Đảng\tHuy hiệu Đảng\tThành ủy\t12 đảng viên\t
award\tBằng khen\tBằng khen\tSở\t3 tập thể\t'
	run awards 'Huyện ủy tặng danh hiệu "Chi bộ trong sạch, vững mạnh tiêu biểu" 5 năm liền cho 9 chi bộ. Đảng ủy tặng danh hiệu "Đảng viên hoàn thành xuất sắc nhiệm vụ" 3 năm liên tục (2023 - 2025) cho 14 đảng viên.'
	check_out $'award\t“Chi bộ trong sạch, vững mạnh tiêu biểu”\t"Chi bộ trong sạch, vững mạnh tiêu biểu"\tHuyện ủy\t9 chi bộ\t
award\t“Đảng viên hoàn thành xuất sắc nhiệm vụ”\t"Đảng viên hoàn thành xuất sắc nhiệm vụ"\tĐảng ủy\t14 đảng viên\t'
}

@test "vn-award: a date alone between commas after the time of day opens the sentence and gives nothing ('Sáng nay, 3/2, Thành ủy ... trao')" {
	run awards 'Sáng nay, 3/2, Thành ủy Đông Hà tổ chức lễ trao Huy hiệu Đảng cho 45 đảng viên.'
	check_out $'award\tHuy hiệu Đảng\tHuy hiệu Đảng\tThành ủy Đông Hà\t45 đảng viên\t'
}

@test "vn-award: a list's mark is no part of the subject ('- 6 đồng chí nhận Huy hiệu ...', '+ 5 đảng viên ...')" {
	run awards $'- 6 đồng chí nhận Huy hiệu 30 năm tuổi Đảng;\n+ 5 đảng viên nhận Huy hiệu 40 năm tuổi Đảng.'
	check_out $'award\tHuy hiệu 30 năm tuổi Đảng\tHuy hiệu 30 năm tuổi Đảng\t\t6 đồng chí\t\naward\tHuy hiệu 40 năm tuổi Đảng\tHuy hiệu 40 năm tuổi Đảng\t\t5 đảng viên\t'
}

@test "vn-award: a verb that opens a list's item gives, its capital no name's ('- Tặng Giấy khen của Chủ tịch UBND huyện cho 35 tập thể;', '+ Tặng danh hiệu ...', '1. Trao ...')" {
	run awards $'- Tặng Giấy khen của Chủ tịch UBND huyện cho 35 tập thể và 72 cá nhân;\n+ Tặng danh hiệu "Lao động tiên tiến" cho 140 cá nhân;\n1. Trao Bằng khen của UBND tỉnh cho 4 tập thể.'
	check_out $'award\tGiấy khen\tGiấy khen\tChủ tịch UBND huyện\t35 tập thể; 72 cá nhân\t
award\tLao động tiên tiến\t"Lao động tiên tiến"\t\t140 cá nhân\t
award\tBằng khen\tBằng khen\tUBND tỉnh\t4 tập thể\t'
}

@test "vn-award: an item of a list of awards without a verb gives the award after the colon to whom is before it ('- Đồng chí X, ...: Huy hiệu 70 năm tuổi Đảng;', '- Xã Tân Sơn: Bằng khen của UBND tỉnh'); not 'Lưu ý:', 'Năm 2020:'" {
	run awards $'- Đồng chí Nguyễn Văn Tỵ, đảng viên Chi bộ khu 1: Huy hiệu 70 năm tuổi Đảng;\n- Xã Tân Sơn: Bằng khen của UBND tỉnh;\n- 12 đảng viên: Huy hiệu 30 năm tuổi Đảng.\nLưu ý: Huy hiệu 70 năm tuổi Đảng.\nNăm 2020: Huân chương Lao động hạng Ba.'
	check_out $'award\tHuy hiệu 70 năm tuổi Đảng\tHuy hiệu 70 năm tuổi Đảng\t\tNguyễn Văn Tỵ\t
award\tBằng khen\tBằng khen\tUBND tỉnh\tXã Tân Sơn\t
award\tHuy hiệu 30 năm tuổi Đảng\tHuy hiệu 30 năm tuổi Đảng\t\t12 đảng viên\t'
}

@test "vn-award: a period after an award is its own reason, shared with no award before it ('danh hiệu \"...\", Huân chương Lao động hạng Nhì trong thời kỳ đổi mới')" {
	run awards 'Thành phố được tặng danh hiệu "Anh hùng Lực lượng vũ trang nhân dân", Huân chương Lao động hạng Nhì trong thời kỳ đổi mới.'
	check_out $'award\tAnh hùng Lực lượng vũ trang nhân dân\t"Anh hùng Lực lượng vũ trang nhân dân"\t\tThành phố\t\naward\tHuân chương Lao động hạng Nhì\tHuân chương Lao động hạng Nhì\t\tThành phố\ttrong thời kỳ đổi mới'
}

@test "vn-award: an award that ends the 512 tokens read at once looks for its round no further ('ông' 509 times, then 'tặng Bằng khen'; under make asan)" {
	run sh -c "awk 'BEGIN { for (i = 0; i < 509; i++) printf \"ông \"; print \"tặng Bằng khen\" }' | vn-award | cut -f3,4,5"
	check_out $'award\tBằng khen\tBằng khen'
}

@test "vn-award BY: a paper's lead-in or a dateline in capitals opening the sentence is no giver ('(QTO) - Sáng 5/1, Ban Thường vụ Tỉnh ủy tặng ...', 'QUẢNG TRỊ - Chiều 5/1, Tỉnh ủy tặng ...')" {
	run sh -c "printf '%s\n' '(QTO) - Sáng 5/1, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 10 tập thể.' 'QUẢNG TRỊ - Chiều 5/1, Tỉnh ủy tặng Cờ thi đua cho 2 đảng bộ.' 'TTXVN - Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho Tập đoàn Dệt May.' | vn-award | cut -f4,6,7"
	check_out $'Bằng khen\tBan Thường vụ Tỉnh ủy\t10 tập thể
Cờ thi đua\tTỉnh ủy\t2 đảng bộ
Huân chương Lao động hạng Nhất\tChủ tịch nước\tTập đoàn Dệt May'
}

@test "vn-award FOR: a reason may begin with what the recipients led or did well ('3 đơn vị dẫn đầu phong trào thi đua', '10 chi bộ làm tốt công tác ...', 'vượt')" {
	run sh -c "printf '%s\n' 'UBND tỉnh tặng Cờ thi đua cho 3 đơn vị dẫn đầu phong trào thi đua năm 2025.' 'Huyện ủy tặng Giấy khen cho 10 chi bộ làm tốt công tác phát triển đảng viên.' | vn-award | cut -f4,7,8"
	check_out $'Cờ thi đua\t3 đơn vị\tdẫn đầu phong trào thi đua năm 2025
Giấy khen\t10 chi bộ\tlàm tốt công tác phát triển đảng viên'
}

@test "vn-award BY: a passive agent goes on over a comma before its place or the person it is ('được UBND huyện Lục Nam, tỉnh Bắc Giang tặng', 'được Đảng ủy xã Tân Lập, huyện Lục Nam tặng', 'được Chủ tịch UBND tỉnh, ông Lê Văn An tặng'); the subject is then TO" {
	run sh -c "printf '%s\n' 'Trường được UBND huyện Lục Nam, tỉnh Bắc Giang tặng Giấy khen.' 'Chi bộ thôn Đông được Đảng ủy xã Tân Lập, huyện Lục Nam tặng Giấy khen.' 'Hai tập thể được Chủ tịch UBND tỉnh, ông Lê Văn An tặng Bằng khen.' | vn-award | cut -f4,6,7"
	check_out $'Giấy khen\tUBND huyện Lục Nam, tỉnh Bắc Giang\tTrường
Giấy khen\tĐảng ủy xã Tân Lập, huyện Lục Nam\tChi bộ thôn Đông
Bằng khen\tChủ tịch UBND tỉnh, ông Lê Văn An\t2 tập thể'
}

@test "vn-award: a passive clause opened by 'trong số' is the set the clause after counts from, no award of its own ('Trong số các đảng viên được trao Huy hiệu đợt này, có 2 đồng chí được trao Huy hiệu 75 năm tuổi Đảng')" {
	run sh -c "printf '%s\n' 'Trong số các đảng viên được trao Huy hiệu đợt này, có 2 đồng chí được trao Huy hiệu 75 năm tuổi Đảng, 9 đồng chí được trao Huy hiệu 30 năm tuổi Đảng.' | vn-award | cut -f4,7"
	check_out $'Huy hiệu 75 năm tuổi Đảng\t2 đồng chí
Huy hiệu 30 năm tuổi Đảng\t9 đồng chí'
}

@test "vn-award: with no comma after a 'trong số' clause, its 'có' opens the clause after, whose verb gives awards ('Trong số 36 đảng viên được trao Huy hiệu lần này có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng')" {
	run sh -c "printf '%s\n' 'Trong số 36 đảng viên được trao Huy hiệu lần này có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng, 11 đảng viên nhận Huy hiệu 40 năm tuổi Đảng.' 'Trong số các đảng viên được trao Huy hiệu lần này có đồng chí Lê Văn Tư.' | vn-award | cut -f2,4,7"
	check_out $'1.1\tHuy hiệu 60 năm tuổi Đảng\t3 đảng viên
1.1\tHuy hiệu 40 năm tuổi Đảng\t11 đảng viên'
}

@test "vn-award TO: what 'có' counts after a subject is whom, a share too ('Toàn tỉnh có 96,5% khu dân cư đạt danh hiệu ...', 'Cuộc vận động có 92% gia đình đạt ...')" {
	run sh -c "printf '%s\n' 'Toàn tỉnh có 96,5% khu dân cư đạt danh hiệu \"Khu dân cư văn hóa\".' 'Cuộc vận động có 92% gia đình đạt danh hiệu \"Gia đình văn hóa\".' | vn-award | cut -f4,7"
	check_out $'“Khu dân cư văn hóa”\t96,5% khu dân cư
“Gia đình văn hóa”\t92% gia đình'
}

@test "vn-award BY: a verb of giving with an object of its own and 'và' before the one that gives this award ends the giver ('Ban Thường vụ Huyện ủy khen thưởng 9 tổ chức cơ sở đảng và tặng Giấy khen ...', 'UBND tỉnh đã công nhận 5 xã và tặng ...')" {
	run awards $'Ban Thường vụ Huyện ủy khen thưởng 9 tổ chức cơ sở đảng tiêu biểu và tặng Giấy khen cho 21 đảng viên.\nUBND tỉnh đã công nhận 5 xã và tặng Bằng khen cho 30 cá nhân.'
	check_out $'award\tGiấy khen\tGiấy khen\tBan Thường vụ Huyện ủy\t21 đảng viên\t
award\tBằng khen\tBằng khen\tUBND tỉnh\t30 cá nhân\t'
}
