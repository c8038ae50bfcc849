#!/usr/bin/env bats
# vn-digest: one record per article: the event, its date, who held it, the
# people, the awards added up, the documents cited, the statistics; -j nested.

load helper
bats_require_minimum_version 1.5.0

# The fields after DOC of the record of an article given as one string.
digest() { vn-digest "${@:2}" <<< "$1" | cut -f2-; }

# ---- the five samples ----

@test "vn-digest: quangninh.txt: the event of the lead with its date, the awards of the body once though a caption repeats one" {
	cd "$FIX/vn-meta"
	run vn-digest quangninh.txt
	check_out $'quangninh.txt\t3.1\tevent\thội nghị trực tuyến toàn tỉnh tổng kết 05 năm xây dựng tổ chức Đảng trong sạch, vững mạnh giai đoạn 2016 - 2020\tSáng ngày 16/7/2021, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh tổng kết 05 năm xây dựng tổ chức Đảng trong sạch, vững mạnh giai đoạn 2016 - 2020.\t2021-07-16TMO\tBan Thường vụ Tỉnh ủy\t\tCờ thi đua (Ban Thường vụ Tỉnh ủy): 3 tập thể; Bằng khen (Ban Thường vụ Tỉnh ủy): 28 tập thể, 93 cá nhân\t\t'
}

@test "vn-digest: ttxvn.txt: a term reviewed in March is its last year's; the chairs of a caption; a count in words is no statistic" {
	cd "$FIX/vn-meta"
	run vn-digest ttxvn.txt
	check_out $'ttxvn.txt\t12.1\tevent\thội nghị Tổng kết công tác xây dựng Đảng, nhiệm kỳ 2020 - 2025 và Tổng kết 15 năm thực hiện Điều lệ Đảng\tNgày 7/3, Tỉnh ủy Bắc Giang tổ chức hội nghị Tổng kết công tác xây dựng Đảng, nhiệm kỳ 2020 - 2025 và Tổng kết 15 năm thực hiện Điều lệ Đảng.\t2025-03-07\tTỉnh ủy Bắc Giang\tDương Văn Thái: chair, speak; Lê Thị Thu Hồng: chair; Lê Ánh Dương: chair\t\tĐiều lệ Đảng\tkết nạp 8800 đảng viên; 145 Bí thư cấp ủy đồng thời là Chủ tịch HĐND các cấp'
}

@test "vn-digest: baonghean.txt: the event of a caption when the body only points back to it; no year without a stamp or a period" {
	cd "$FIX/vn-meta"
	run vn-digest baonghean.txt
	check_out $'baonghean.txt\t4.1\tevent\thội nghị tổng kết công tác xây\tSáng 25/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác xây.\tXXXX-12-25TMO\tĐảng ủy Khối các cơ quan tỉnh\tNguyễn Xuân Sơn: speak; Hoàng Văn Nhiên: present; Chu Bá Long: present\tGiấy khen (Hoàng Văn Nhiên): các tổ chức cơ sở đảng\tNghị quyết Trung ương 4 khóa XI; Nghị quyết Trung ương 4 khóa XII\tkết nạp 152 đảng viên mới; 837 người; kiểm tra 277 lượt tổ chức đảng; giám sát 71 tổ chức đảng'
}

@test "vn-digest: khoicoquan.txt: 'của X tổ chức' is the organizer; a year's review held on 18-1 is the next year's" {
	cd "$FIX/vn-meta"
	run vn-digest khoicoquan.txt
	check_out $'khoicoquan.txt\t4.1\tevent\tHội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ công tác năm 2021\tĐó là một trong những ý kiến chỉ đạo mà đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh tại Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ công tác năm 2021 của Đảng ủy Khối các cơ quan tỉnh tổ chức chiều 18-1.\t2021-01-18TAF\tĐảng ủy Khối các cơ quan tỉnh\tPhạm Hoàng Sơn: present, speak\tBằng khen (Ban Thường vụ Tỉnh ủy): 1 chi bộ\t05-CT/TW\t'
}

@test "vn-digest: dongthap.txt: the year of the page's stamp" {
	cd "$FIX/vn-meta"
	run vn-digest dongthap.txt
	check_out $'dongthap.txt\t5.1\tevent\thội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022\tNgày 26/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.\t2022-07-26\tBan Tổ chức Tỉnh ủy\tPhan Văn Thắng: speak\t\t28-KL/TW\t'
}

# ---- articles of other layouts ----

@test "vn-digest: a page with a stamp, captions and a byline: statistics of the body, not a target, a slogan or a count in words" {
	cd "$FIX/vn-digest"
	run vn-digest yenthanh.txt
	check_out $'yenthanh.txt\t7.1\tevent\thội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024\tSáng 14/1, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024.\t2024-01-14TMO\tBan Thường vụ Huyện ủy Yên Thành\tTrần Văn Bình: chair, present; Lê Thị Hoa: attend, speak\tGiấy khen (Ban Thường vụ Huyện ủy): 12 tập thể, 30 cá nhân\t35-CT/TW; 01-QĐi/TW\tkết nạp 245 đảng viên mới; 96.5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên'
}

@test "vn-digest: a congress in lines without blank lines: its term opens in the year of its date; an award of a caption alone is kept" {
	cd "$FIX/vn-digest"
	run vn-digest daihoi.txt
	check_out $'daihoi.txt\t2.1\tevent\tĐại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030\tNgày 20/3, Đảng bộ xã Tân Lợi tổ chức Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030.\t2025-03-20\tĐảng bộ xã Tân Lợi\tPhạm Quốc Hùng: attend, present\tBằng khen (Ban Thường vụ Huyện ủy): Đảng bộ xã\t\tkết nạp 58 đảng viên; 116% chỉ tiêu nghị quyết; thu nhập bình quân đầu người đạt 62000000 đồng/năm; bầu 15 đồng chí vào Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030'
}

# ---- the rules ----

@test "vn-digest: a caption that repeats a figure of the body adds nothing; one the body lacks is kept" {
	run digest $'Tin mới\n\nNăm qua, huyện kết nạp 120 đảng viên mới.\n\nHuyện kết nạp 120 đảng viên mới. Ảnh: Hà An\n\nChi bộ thôn có 45 đảng viên. Ảnh: Hà An\n\nHội nghị kết thúc cùng ngày.'
	check_out $'1.0\tevent\t\t\t\t\t\t\t\tkết nạp 120 đảng viên mới; 45 đảng viên'
}

@test "vn-digest: a plan before a figure of its clause makes it a target, figure after figure, and a new sentence starts with none" {
	run digest 'Năm qua, Đảng bộ kết nạp 120 đảng viên mới, năm tới phấn đấu kết nạp 150 đảng viên; 98% chi bộ hoàn thành tốt nhiệm vụ, năm tới phấn đấu 3 chi bộ mới. Toàn huyện có 45 chi bộ mới thành lập.'
	check_out $'1.0\tevent\t\t\t\t\t\t\t\tkết nạp 120 đảng viên mới; 98% chi bộ hoàn thành tốt nhiệm vụ; 45 chi bộ mới thành lập'
}

@test "vn-digest: sentences are read in batches: a caption a batch ends inside stays a caption; the counted recipients of an award stay no statistic" {
	local k filler
	# a batch holds 512 sentences: the caption's second sentence and the award's falls past it for some k
	for k in $(seq 500 520); do
		filler=$(for i in $(seq "$k"); do printf 'Trời mưa to. '; done)
		run digest "Tin mới"$'\n\n'"$filler"$'\n\nBan Thường vụ Tỉnh ủy tặng Bằng khen cho 5 tập thể.\n\nQuang cảnh buổi lễ. Đồng chí Trần Minh trao Bằng khen cho các tập thể. Ảnh: Hà An\n\nHội nghị kết thúc cùng ngày.'
		check_out $'1.0\tevent\t\t\t\t\tTrần Minh: present\tBằng khen (Ban Thường vụ Tỉnh ủy): 5 tập thể\t\t'
	done
}

@test "vn-digest: an award told again by who handed it over, or to one of its recipients with no giver, is the body's one award" {
	run digest $'Chiều 3/4, Huyện ủy Mỹ Lộc tổ chức hội nghị sơ kết quý I năm 2024.\nÔng Trần Minh trao Bằng khen cho 5 tập thể\nDịp này, Ban Thường vụ Huyện ủy tặng Bằng khen cho 5 tập thể.\nĐại diện Chi bộ thôn Nam nhận Bằng khen'
	check_out $'1.1\tevent\thội nghị sơ kết quý I năm 2024\tChiều 3/4, Huyện ủy Mỹ Lộc tổ chức hội nghị sơ kết quý I năm 2024.\t2024-04-03TAF\tHuyện ủy Mỹ Lộc\tTrần Minh: present\tBằng khen (Ban Thường vụ Huyện ủy): 5 tập thể\t\t'
	run digest $'Tỉnh ủy tặng Bằng khen cho 3 tập thể. UBND tỉnh tặng Bằng khen cho 4 cá nhân.'
	check_out $'1.0\tevent\t\t\t\t\t\tBằng khen (Tỉnh ủy): 3 tập thể; Bằng khen (UBND tỉnh): 4 cá nhân\t\t'
}

@test "vn-digest: the event the body says is held over one it names; 'tại hội nghị,' alone is none" {
	run digest $'Phát biểu tại hội nghị, ông Lê Văn Nam nhấn mạnh vai trò của chi bộ. Chiều 5/6, Huyện ủy Lục Ngạn tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.'
	check_out $'1.2\tevent\thội nghị sơ kết 6 tháng đầu năm 2024\tChiều 5/6, Huyện ủy Lục Ngạn tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\t2024-06-05TAF\tHuyện ủy Lục Ngạn\tLê Văn Nam: speak\t\t\t'
}

@test "vn-digest: 'cử hành' holds an event as 'tổ chức' does ('Thành ủy cử hành lễ truy điệu ...')" {
	run sh -c "printf 'a\tSáng 9/10/2025, Thành ủy Hội An cử hành lễ truy điệu các anh hùng liệt sĩ.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\tlễ truy điệu các anh hùng liệt sĩ\t2025-10-09TMO\tThành ủy Hội An'
}

@test "vn-digest: what a subject is about after 'về' may open with a verb ('... của Bộ Chính trị về tiếp tục nâng cao ...'); a subject ends on no 'về' nor 'của'" {
	run sh -c "printf 'a\tChiều 5/9/2025, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng thực hiện Quy chế dân chủ ở cơ sở.\nb\tSáng 6/9/2025, Huyện ủy tổ chức hội thảo về đẩy mạnh chuyển đổi số trong các cơ quan đảng.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\thội nghị sơ kết 3 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng thực hiện Quy chế dân chủ ở cơ sở
b\thội thảo về đẩy mạnh chuyển đổi số trong các cơ quan đảng'
}

@test "vn-digest: the subject ends before how the event is held ('theo hình thức trực tiếp kết hợp trực tuyến', 'dưới hình thức ...')" {
	run sh -c "printf 'a\tSáng 18/11/2025, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 11 theo hình thức trực tiếp kết hợp trực tuyến.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tHội nghị báo cáo viên tháng 11\tBan Tuyên giáo Tỉnh ủy'
}

@test "vn-digest: the subject ends before the clause's verb, 'với', or a comma and a capital; who holds it comes after a date put first; the General Assembly is no event" {
	run sh -c "printf 'a\tNgày 4/5/2023 Ban Tuyên giáo Huyện ủy tổ chức hội thảo khoa học về Chủ tịch Hồ Chí Minh với sự tham gia của 80 đại biểu.\nb\tHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 được tổ chức chiều 8/8/2024.\nc\tTại kỳ họp thứ 7, Hội đồng nhân dân tỉnh thông qua 20 nghị quyết.\nd\tĐại hội đồng Liên Hợp Quốc họp phiên thường kỳ.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\thội thảo khoa học về Chủ tịch Hồ Chí Minh\t2023-05-04\tBan Tuyên giáo Huyện ủy
b\tHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\t2024-08-08TAF\tBan Chấp hành Đảng bộ huyện
c\tkỳ họp thứ 7\t\t
d\t\t\t'
}

@test "vn-digest: the subject ends at 'tại', at a time after 'vào' or 'trong buổi', at 'khai mạc' or 'gồm', and at a comma before a person or a verb" {
	run sh -c "printf 'a\tChiều 12/3, Hội Nông dân huyện tổ chức hội thảo chuyển đổi số trong nông nghiệp tại hội trường Huyện ủy.\nb\tCông đoàn ngành tổ chức hội nghị người lao động vào cuối tháng 4 năm 2023.\nc\tĐoàn viên dự lễ kết nạp đảng viên mới trong buổi chiều ngày 5/6/2024 ở nhà văn hóa thôn Đông.\nd\tHội nghị cán bộ chủ chốt toàn tỉnh khai mạc sáng 2/10/2024.\ne\tTại đại hội đại biểu Đảng bộ xã lần thứ IX, ông trúng cử Bí thư Đảng ủy xã.\nf\tBan Thường trực chủ trì phiên họp toàn thể gồm các trưởng ban của Hội đồng.\n' | vn-digest -l | cut -f1,4,6"
	check_out $'a\thội thảo chuyển đổi số trong nông nghiệp\tXXXX-03-12TAF
b\thội nghị người lao động\t
c\tlễ kết nạp đảng viên mới\t2024-06-05TAF
d\tHội nghị cán bộ chủ chốt toàn tỉnh\t2024-10-02TMO
e\tđại hội đại biểu Đảng bộ xã lần thứ IX\t
f\tphiên họp toàn thể\t'
}

@test "vn-digest: the subject goes on over the commas of the names listed after a plural noun of places ('hợp nhất các xã Kim Tân, Kim Đông và Kim Mỹ', '3 huyện Sơn Động, Lục Ngạn'); a comma before a capital ends it elsewhere" {
	run sh -c "printf 'a\tChiều 30/6, Tỉnh ủy tổ chức lễ công bố quyết định thành lập Đảng bộ xã Kim Sơn trên cơ sở hợp nhất các xã Kim Tân, Kim Đông và Kim Mỹ.\nb\tSáng 2/3, Tỉnh ủy tổ chức hội nghị sơ kết việc sáp nhập 3 huyện Sơn Động, Lục Ngạn, Lục Nam.\nc\tSáng 2/3, Tỉnh ủy tổ chức hội nghị sơ kết công tác năm 2025, Bí thư Tỉnh ủy chủ trì.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\tlễ công bố quyết định thành lập Đảng bộ xã Kim Sơn trên cơ sở hợp nhất các xã Kim Tân, Kim Đông và Kim Mỹ
b\thội nghị sơ kết việc sáp nhập 3 huyện Sơn Động, Lục Ngạn, Lục Nam
c\thội nghị sơ kết công tác năm 2025'
}

@test "vn-digest: the subject goes on over the commas of a list of the political system's parts ('xây dựng Đảng, chính quyền, MTTQ và các đoàn thể'); a part after a comma that follows no part ends it" {
	run sh -c "printf 'a\tChiều 9/1, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng, chính quyền, MTTQ và các đoàn thể năm 2025, triển khai nhiệm vụ năm 2026.\nb\tSáng 3/1, Đảng ủy xã tổ chức hội nghị tổng kết công tác Đảng, HĐND, UBND xã năm 2025.\nc\tSáng 3/1, Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2025, UBND xã báo cáo kết quả.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\thội nghị tổng kết công tác xây dựng Đảng, chính quyền, MTTQ và các đoàn thể năm 2025, triển khai nhiệm vụ năm 2026
b\thội nghị tổng kết công tác Đảng, HĐND, UBND xã năm 2025
c\thội nghị tổng kết công tác năm 2025'
}

@test "vn-digest: the subject ends at 'do' before a person who chairs it ('Kỳ họp thứ 35 do đồng chí Đinh Văn Cường, ... chủ trì', 'do Bí thư Tỉnh ủy chủ trì'); not at 'do' of a cause ('thiệt hại do bão số 3 gây ra')" {
	run sh -c "printf 'a\tNgày 6/11, Ủy ban Kiểm tra Tỉnh ủy tổ chức Kỳ họp thứ 35 do đồng chí Đinh Văn Cường, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.\nb\tSáng 5/6, Tỉnh ủy tổ chức hội nghị do Bí thư Tỉnh ủy chủ trì.\nc\tSáng 5/6, Tỉnh ủy tổ chức hội nghị bàn giải pháp khắc phục thiệt hại do bão số 3 gây ra.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tKỳ họp thứ 35\tỦy ban Kiểm tra Tỉnh ủy
b\thội nghị\tTỉnh ủy
c\thội nghị bàn giải pháp khắc phục thiệt hại do bão số 3 gây ra\tTỉnh ủy'
}

@test "vn-digest: the subject ends before 'mà' and a clause about the event, and before 'thu hút' or 'quy tụ' after its name in quotes" {
	run sh -c "printf 'a\tXã tổ chức hội nghị đối thoại mà người dân mong đợi từ lâu.\nb\tSáng 2/9, hội thi “Tiếng hát làng sen” thu hút 20 đội tham gia.\nc\tHội thảo “Phát triển du lịch cộng đồng” quy tụ 150 đại biểu.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\thội nghị đối thoại
b\thội thi “Tiếng hát làng sen”
c\tHội thảo “Phát triển du lịch cộng đồng”'
}

@test "vn-digest: the subject ends before words of manner and the clause's verb ('... nhiệm kỳ 2025 - 2030 long trọng khai mạc', 'trọng thể bế mạc')" {
	run sh -c "printf 'a\tSáng 15/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030 long trọng khai mạc.\nb\tChiều 17/10, Đại hội Đảng bộ huyện lần thứ XX trọng thể bế mạc.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\tĐại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030
b\tĐại hội Đảng bộ huyện lần thứ XX'
}

@test "vn-digest: the Front's 'chương trình phối hợp và thống nhất hành động' is part of the subject, not the verb 'thống nhất'; 'Hội nghị ... và thống nhất các nội dung' ends before it" {
	run sh -c "printf 'a\tChiều 18/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026.\nb\tSáng 5/1, Tỉnh ủy tổ chức hội nghị tổng kết năm 2025 và thống nhất các nội dung trọng tâm.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\thội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026
b\thội nghị tổng kết năm 2025'
}

@test "vn-digest: an event not held ('không tổ chức', 'chưa tổ chức') names none; the one the article goes on to name is the event" {
	run sh -c "printf 'a\tNăm nay, Huyện ủy không tổ chức hội nghị tổng kết riêng mà lồng ghép vào hội nghị Ban Chấp hành Đảng bộ huyện.\nb\tDo mưa lũ, xã chưa tổ chức đại hội chi bộ thôn.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\thội nghị Ban Chấp hành Đảng bộ huyện
b\t'
}

@test "vn-digest: with no body before the verb, the body named right after the event's number holds it ('Kỳ họp thứ 25 HĐND tỉnh', 'Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện'); a body's word alone does not" {
	run sh -c "printf 'a\tSáng 12/12/2025, Kỳ họp thứ 25 HĐND tỉnh khóa XVI đã bế mạc.\nb\tHội nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện đã thông qua nghị quyết.\nc\tKỳ họp lần thứ 7 Ủy ban liên ngành đã kết thúc.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tKỳ họp thứ 25 HĐND tỉnh khóa XVI\tHĐND tỉnh
b\tHội nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện\tBan Chấp hành Đảng bộ huyện
c\tKỳ họp lần thứ 7 Ủy ban liên ngành\t'
}

@test "vn-digest: a dialogue, a meeting and a meeting with voters are events ('buổi đối thoại', 'buổi gặp mặt', 'buổi tiếp xúc cử tri'), and a dialogue keeps its partner" {
	run sh -c "printf 'a\tChiều 26/3, Bí thư Tỉnh ủy có buổi đối thoại với hơn 500 đoàn viên, thanh niên.\nb\tSáng 2/9, xã tổ chức buổi gặp mặt các cựu chiến binh.\nc\tTổ đại biểu có buổi tiếp xúc cử tri tại xã Tân Hòa.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\tbuổi đối thoại với hơn 500 đoàn viên, thanh niên
b\tbuổi gặp mặt các cựu chiến binh
c\tbuổi tiếp xúc cử tri'
}

@test "vn-digest: a programme that honours or meets is an event ('chương trình tuyên dương ...', 'chương trình giao lưu ...'); a programme of work is not ('chương trình mục tiêu quốc gia')" {
	run sh -c "printf 'a\tTối 3/2/2026, Thành ủy tổ chức chương trình tuyên dương đảng viên trẻ tiêu biểu năm 2025.\nb\tHuyện thực hiện chương trình mục tiêu quốc gia về nông thôn mới.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tchương trình tuyên dương đảng viên trẻ tiêu biểu năm 2025\tThành ủy
b\t\t'
}

@test "vn-digest: memorial ceremonies ('lễ dâng hương', 'lễ tưởng niệm', 'lễ truy điệu') and, right after 'tổ chức', 'tiếp xúc cử tri' are events; a session named in the subject is no verb of its clause ('... sau Kỳ họp thứ 9')" {
	run sh -c "printf 'a\tSáng 19/5, UBND huyện Nam Đàn tổ chức lễ dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.\nb\tNgày 12/6, Đoàn đại biểu Quốc hội tỉnh tổ chức tiếp xúc cử tri sau Kỳ họp thứ 9.\nc\tNgày 27/7, Huyện ủy tổ chức lễ tưởng niệm các anh hùng liệt sĩ.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tlễ dâng hương tưởng niệm Chủ tịch Hồ Chí Minh\tUBND huyện Nam Đàn
b\ttiếp xúc cử tri sau Kỳ họp thứ 9\tĐoàn đại biểu Quốc hội tỉnh
c\tlễ tưởng niệm các anh hùng liệt sĩ\tHuyện ủy'
}

@test "vn-digest: an event held whenever ('mỗi khi triệu tập cuộc họp') names none, as one not held does" {
	run sh -c "printf 'a\tChúng tôi luôn sẵn sàng tham gia mỗi khi triệu tập cuộc họp.\nb\tSáng 5/3, Huyện ủy triệu tập cuộc họp.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\t\t
b\tcuộc họp\tHuyện ủy'
}

@test "vn-digest: the date of a document the event's sentence cites is not the event's ('... quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 ...'); the event's own is, before or after it" {
	run sh -c "printf 'a\tBan Thường vụ Thị ủy vừa tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.\nb\tBan Thường vụ Thị ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 vào sáng 9/7/2024.\n' | vn-digest -l | cut -f1,4,6"
	check_out $'a\thội nghị quán triệt Chỉ thị số 35-CT/TW\t
b\thội nghị quán triệt Chỉ thị số 35-CT/TW\t2024-07-09TMO'
}

@test "vn-digest: a kind after a venue's word is the place, not the event ('tại Trung tâm Hội nghị tỉnh', 'phòng hội thảo')" {
	run sh -c "printf 'a\tNgày 13/3, tại Trung tâm Hội nghị tỉnh, Ban Chấp hành Đảng bộ tỉnh khóa XXI tổ chức Hội nghị lần thứ tám.\nb\tSáng 2/4, tại phòng hội thảo của Sở, Đảng ủy Sở tổ chức tọa đàm về chuyển đổi số.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tHội nghị lần thứ tám\tBan Chấp hành Đảng bộ tỉnh khóa XXI
b\ttọa đàm về chuyển đổi số\tĐảng ủy Sở'
}

@test "vn-digest: a body that reviews a period or a work holds an event ('Huyện ủy Con Cuông tổng kết công tác ... năm 2025', 'Đảng ủy Khối ... sơ kết 5 năm thực hiện Chỉ thị ...'), past the verb that holds the review ('Hội Nông dân tỉnh Cà Mau tổ chức tổng kết ...'); a person's review or a study's is none" {
	run sh -c "printf 'a\tSáng 28/12, Huyện ủy Con Cuông tổng kết công tác xây dựng Đảng năm 2025.\nb\tNgày 9-12, Đảng ủy Khối Doanh nghiệp tỉnh đã sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.\nc\tĐồng chí Nguyễn Văn An tổng kết công tác năm 2025 của chi bộ.\nd\tTrường Đại học Y tổng kết các nghiên cứu từ năm 2007.\ne\tNgày 2/12/2025, Hội Nông dân tỉnh Cà Mau tổ chức tổng kết công tác Hội năm 2025.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\ttổng kết công tác xây dựng Đảng năm 2025\t2025-12-28TMO\tHuyện ủy Con Cuông
b\tsơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW\tXXXX-12-09\tĐảng ủy Khối Doanh nghiệp tỉnh
c\t\t\t
d\t\t\t
e\ttổng kết công tác Hội năm 2025\t2025-12-02\tHội Nông dân tỉnh Cà Mau'
	run sh -c "printf 'Huyện ủy Yên Lạc tổng kết công tác năm 2025\n\nSáng 14/1, Ban Thường vụ Huyện ủy Yên Lạc tổ chức hội nghị tổng kết công tác năm 2025.\n' | vn-digest | cut -f2,4,6,7"
	check_out $'3.1\thội nghị tổng kết công tác năm 2025\t2026-01-14TMO\tBan Thường vụ Huyện ủy Yên Lạc'
}

@test "vn-digest: the authorities and the people hold an event with the body before them ('Đảng bộ, chính quyền và Nhân dân huyện X long trọng tổ chức ...'); without a body, 'chính quyền thị trấn' alone is no organizer" {
	run sh -c "printf 'a\tSáng 2/9, Đảng bộ, chính quyền và nhân dân xã Tân Lập long trọng tổ chức lễ kỷ niệm 80 năm Cách mạng Tháng Tám.\nb\tTối 1/5, chính quyền thị trấn tổ chức lễ mít tinh.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tlễ kỷ niệm 80 năm Cách mạng Tháng Tám\tĐảng bộ, chính quyền và nhân dân xã Tân Lập
b\tlễ mít tinh\t'
}

@test "vn-digest: a place's word in small letters and its name alone hold an event ('huyện Lục Yên long trọng tổ chức ...'); not a place's word with more after it ('thị trấn mới tổ chức ...')" {
	run sh -c "printf 'a\tSáng 19/11, huyện Bảo Lạc long trọng tổ chức lễ kỷ niệm 65 năm thành lập huyện.\nb\tTối 1/5, xã Tân Hòa tổ chức lễ mít tinh.\nc\tTối 1/5, thị trấn mới tổ chức lễ mít tinh.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tlễ kỷ niệm 65 năm thành lập huyện\thuyện Bảo Lạc
b\tlễ mít tinh\txã Tân Hòa
c\tlễ mít tinh\t'
}

@test "vn-digest: the body that closes a session holds it ('HĐND tỉnh Hà Tĩnh khóa XVII bế mạc Kỳ họp thứ 30'), or opens it with words of manner between ('khai mạc trọng thể Kỳ họp thứ 10'); its subject ends before how long it took ('sau 3 ngày làm việc')" {
	run sh -c "printf 'a\tChiều 11/12, HĐND tỉnh Hà Tĩnh khóa XVII bế mạc Kỳ họp thứ 30 sau 3 ngày làm việc khẩn trương.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\tKỳ họp thứ 30\tXXXX-12-11TAF\tHĐND tỉnh Hà Tĩnh khóa XVII'
	run sh -c "printf 'b\tSáng 20/10/2025, tại Nhà Quốc hội, Quốc hội khóa XV khai mạc trọng thể Kỳ họp thứ 10.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'b\tKỳ họp thứ 10\tQuốc hội khóa XV'
}

@test "vn-digest: an event that is a work's or a plan's ('chỉ đạo tổ chức đại hội ...', 'chuẩn bị tổ chức đại hội') or a count of them ('12 đại hội điểm') names none (the working visit about it is the event); a date before a kind is no count" {
	run sh -c "printf 'a\tNgày 15/10, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy về việc lãnh đạo, chỉ đạo tổ chức đại hội đảng bộ cấp cơ sở.\nb\tĐến nay, toàn huyện có 12 đại hội điểm được tổ chức.\nc\tTháng 1/1955 Hội nghị Ban Chấp hành tỉnh Thủ Dầu Một được tổ chức.\nd\tHuyện ủy đang chuẩn bị tổ chức đại hội đảng bộ huyện.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\tlàm việc với Ban Thường vụ Huyện ủy về việc lãnh đạo, chỉ đạo tổ chức đại hội đảng bộ cấp cơ sở
b\t
c\tHội nghị Ban Chấp hành tỉnh Thủ Dầu Một
d\t'
}

@test "vn-digest: who 'làm lễ' holds the ceremony ('UBND huyện đã làm lễ công bố ...')" {
	run sh -c "printf 'a\tSáng 2/9/2025, UBND huyện Mỏ Cày Nam đã làm lễ công bố quyết định công nhận huyện nông thôn mới.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\tlễ công bố quyết định công nhận huyện nông thôn mới\t2025-09-02TMO\tUBND huyện Mỏ Cày Nam'
}

@test "vn-digest: 'gặp mặt', 'họp mặt', 'mít tinh' are events right after a verb that holds one ('tổ chức gặp mặt kỷ niệm ...'), not as verbs ('đồng chí X gặp mặt các cựu chiến binh')" {
	run sh -c "printf 'a\tSáng 2/2/2026, Huyện ủy Gia Lâm tổ chức gặp mặt kỷ niệm 96 năm Ngày thành lập Đảng.\nb\tChiều 30/4, Đảng ủy phường tổ chức họp mặt các cựu chiến binh.\nc\tHôm qua, Bí thư Huyện ủy gặp mặt các cựu chiến binh của huyện.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tgặp mặt kỷ niệm 96 năm Ngày thành lập Đảng\tHuyện ủy Gia Lâm
b\thọp mặt các cựu chiến binh\tĐảng ủy phường
c\t\t'
}

@test "vn-digest: the subject ends on no joining word ('và', 'cùng' before 'với', 'mà điều đó') and not on 'tổ chức' before where or when; 'công tác tổ chức' and 'cuối cùng' stay" {
	run sh -c "printf 'a\tNgày 3/4/2024, Ban Chấp hành Đảng bộ huyện tiến hành hội nghị lần thứ 9 và quyết định kết nạp 12 đảng viên.\nb\tHội nghị xúc tiến đầu tư vùng Tây Bắc tổ chức tại Sơn La đã thu hút 200 doanh nghiệp.\nc\tHuyện ủy chủ trì hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023.\nd\tĐảng ủy xã tổ chức cuộc họp cuối cùng của nhiệm kỳ.\ne\tTỉnh ủy dự lễ đón nhận Huân chương Lao động hạng Nhì cùng với đại diện các sở.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\thội nghị lần thứ 9
b\tHội nghị xúc tiến đầu tư vùng Tây Bắc
c\thội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023
d\tcuộc họp cuối cùng của nhiệm kỳ
e\tlễ đón nhận Huân chương Lao động hạng Nhì'
}

@test "vn-digest: a semicolon goes on into a task, not another clause; a quoted kind ends at its quote; 'Bắc Kỳ họp' names no event" {
	run sh -c "printf 'a\tSáng 8/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2024; triển khai nhiệm vụ năm 2025.\nb\tThường trực chủ trì kỳ họp thứ ba của Hội đồng; ký các nghị quyết của Hội đồng.\nc\tMỗi năm Hội đồng có hai \"kỳ họp\" thường lệ vào tháng 6 và tháng 12.\nd\tNăm 1929, đại biểu ở Bắc Kỳ họp bàn việc lập đảng.\ne\tNgày 2/7/2024, Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ 12 tiếp tục thảo luận đề án.\n' | vn-digest -l | cut -f1,4"
	check_out $'a\thội nghị tổng kết công tác năm 2024; triển khai nhiệm vụ năm 2025
b\tkỳ họp thứ ba
c\tkỳ họp
d\t
e\tkỳ họp thứ 12'
}

@test "vn-digest: days of one year are the event's date, a period of years is not; what is held by 'được tổ chức' holds nothing" {
	run sh -c "printf 'a\tTừ ngày 3 đến ngày 5/9/2024, lớp bồi dưỡng được tổ chức tại hội trường, cùng hội nghị tập huấn công tác kiểm tra.\nb\tTừ năm 2015 đến năm 2020, Đảng ủy xã tổ chức hội nghị chuyên đề về dân vận.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\thội nghị tập huấn công tác kiểm tra\t2024-09-03/2024-09-05\t
b\thội nghị chuyên đề về dân vận\t\tĐảng ủy xã'
}

@test "vn-digest: the items of a list a plan word heads with a colon are no figures; a semicolon ends a plain plan" {
	run sh -c "printf 'a\tSáng 8/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2024. Năm 2024, toàn Đảng bộ kết nạp 245 đảng viên; 96%% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ. Năm 2025 phấn đấu: kết nạp 300 đảng viên; 97%% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ. Phấn đấu kết nạp 50 đảng viên; đã kiểm tra 20 tổ chức đảng.\n' | vn-digest -l | cut -f11"
	check_out 'kết nạp 245 đảng viên; 96% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; kiểm tra 20 tổ chức đảng'
}

@test "vn-digest: a dash inside a body's name stays in ORGANIZER; one before a body, a title or a person ends it" {
	run sh -c "printf 'a\tSáng 5/6, Sở Lao động - Thương binh và Xã hội tổ chức hội nghị sơ kết năm 2024.\nb\tBáo Tỉnh - Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết năm 2024.\nc\tChiều 2/4, Ban Tuyên giáo Huyện ủy - Trần Văn Hải tổ chức hội thảo về báo chí.\n' | vn-digest -l | cut -f1,7"
	check_out $'a\tSở Lao động - Thương binh và Xã hội
b\tBan Thường vụ Tỉnh ủy
c\tBan Tuyên giáo Huyện ủy'
}

@test "vn-digest: a review of a year held in December is that year's, and held in January the next" {
	run digest $'Sáng 27/12, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác năm 2022.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2022\tSáng 27/12, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác năm 2022.\t2022-12-27TMO\tĐảng ủy xã An Bình\t\t\t\t'
	run digest $'Sáng 9/1, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác năm 2022.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2022\tSáng 9/1, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác năm 2022.\t2023-01-09TMO\tĐảng ủy xã An Bình\t\t\t\t'
}

@test "vn-digest: the page's stamp gives the year before the period does" {
	run digest $'Cập nhật ngày: 03/01/2021 08:00:00\n\nSáng 30/12, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác năm 2022.'
	check_out $'3.1\tevent\thội nghị tổng kết công tác năm 2022\tSáng 30/12, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác năm 2022.\t2020-12-30TMO\tĐảng ủy xã An Bình\t\t\t\t'
}

@test "vn-digest: an article with no event gets its line with what it has; an empty one none" {
	run digest $'Ông Trần Văn Tư, Bí thư Chi bộ, phát biểu về Chỉ thị số 05-CT/TW.'
	check_out $'1.0\tevent\t\t\t\t\tTrần Văn Tư: speak\t\t05-CT/TW\t'
	run vn-digest /dev/null
	check_out ''
}

@test "vn-digest: -l gives one record per document, each read afresh" {
	run sh -c "printf 'a\tSáng 2/3, Huyện ủy Tân Phú tổ chức hội nghị sơ kết công tác năm 2024.\nb\tÔng Lê An phát biểu.\n' | vn-digest -l | cut -f1,2,4,6,8"
	check_out $'a\t1.1\thội nghị sơ kết công tác năm 2024\t2025-03-02TMO\t
b\t1.0\t\t\tLê An: speak'
}

@test "vn-digest: the records of vn-clean and vn-seg give the event and figures of the raw text (TEXT keeps the source's lead-in)" {
	cd "$FIX/vn-digest"
	run sh -c 'vn-clean yenthanh.txt | vn-seg | vn-digest | cut -f3-6,11'
	check_out $'event\thội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024\t(Báo Mẫu) - Sáng 14/1, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024.\t2024-01-14TMO\tkết nạp 245 đảng viên mới; 96.5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên'
}

@test "vn-digest: -j writes one JSON object with arrays of people, awards, refs and stats, and the page's meta" {
	run digest $'Hội nghị tổng kết năm 2023\n\nCập nhật ngày: 12/01/2024 09:15:00\n\nSáng 11/1, Huyện ủy Tân Phú tổ chức hội nghị tổng kết năm 2023. Ông Lê Văn Hòa, Bí thư Huyện ủy chủ trì. Huyện ủy tặng Giấy khen cho 5 tập thể có thành tích xuất sắc. Năm 2023 kết nạp 40 đảng viên theo Chỉ thị số 05-CT/TW.' -j
	check_out '{"doc":"-","loc":"5.1","line":5,"sentence":1,"kind":"event","value":"hội nghị tổng kết năm 2023","text":"Sáng 11/1, Huyện ủy Tân Phú tổ chức hội nghị tổng kết năm 2023.","date":"2024-01-11TMO","organizer":"Huyện ủy Tân Phú","people":[{"name":"Lê Văn Hòa","title":"Bí thư Huyện ủy","role":"chair"}],"awards":[{"value":"Giấy khen","by":"Huyện ủy","to":["5 tập thể"],"for":"có thành tích xuất sắc"}],"refs":[{"value":"05-CT/TW","text":"Chỉ thị số 05-CT/TW","type":"Chỉ thị","issuer":"","date":"","term":"","subject":""}],"stats":[{"value":"40","kind":"number","unit":"đảng viên","what":"kết nạp","text":"kết nạp 40 đảng viên theo Chỉ thị số 05-CT/TW","loc":"5.4"}],"meta":{"title":"Hội nghị tổng kết năm 2023","published":"2024-01-12T09:15:00","source":"","author":""}}'
	run python3 -c 'import json, sys; json.loads(sys.argv[1])' "$output"
	[ "$status" -eq 0 ]
}

# ---- 10,000 articles into sqlite3 and jq ----

# articles.tsv: the seven articles of the fixtures as -l documents, each
# under 1,429 names, 10,003 in all.
many_articles() {
	vn-pack "$FIX"/vn-meta/*.txt "$FIX"/vn-digest/*.txt |
		awk -F'\t' '{ for (i = 1; i <= 1429; i++) print i "-" $0 }' > articles.tsv
}

@test "vn-digest: 10,003 articles load into sqlite3 as README.md says, one row each" {
	command -v sqlite3 >/dev/null || skip "sqlite3 is not installed (apt-get install sqlite3)"
	cd "$BATS_TEST_TMPDIR"
	many_articles
	vn-digest -l articles.tsv > digest.tsv
	[ "$(wc -l < digest.tsv)" -eq 10003 ]
	run sqlite3 db.sqlite 'CREATE TABLE digest(doc, loc, kind, value, text, date, organizer, people, awards, refs, stats);' \
		'.mode ascii' '.separator "\t" "\n"' '.import digest.tsv digest' \
		"SELECT count(*), count(DISTINCT doc), sum(organizer = 'Ban Thường vụ Tỉnh ủy') FROM digest;"
	check_out $'10003\t10003\t1429'
}

@test "vn-digest: -j of 10,003 articles is one array to jq -s, each with its people, awards and stats" {
	command -v jq >/dev/null || skip "jq is not installed (apt-get install jq)"
	cd "$BATS_TEST_TMPDIR"
	many_articles
	vn-digest -l -j articles.tsv > digest.jsonl
	# 11 people in the seven; each copy of an article has the record of the first
	run jq -s -r 'length, ([.[] | .awards[] | select(.value == "Cờ thi đua")] | length),
		([.[] | .people[]] | length), ([.[] | del(.doc)] | unique | length)' digest.jsonl
	check_out $'10003\n1429\n15719\n7'
}

@test "vn-digest: an event on a day named without its month takes the stamp's month, or the month before when the day is later than the stamp's" {
	article() { printf '%s\n' 'Thứ Hai, 20/12/2021' 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG' "Sáng ngày $1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021."; }
	run vn-digest < <(article 18)
	check_out $'-\t3.1\tevent\thội nghị tổng kết công tác xây dựng Đảng năm 2021\tSáng ngày 18, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021.\t2021-12-18TMO\tBan Thường vụ Tỉnh ủy\t\t\t\t'
	run vn-digest < <(article 25)
	check_out $'-\t3.1\tevent\thội nghị tổng kết công tác xây dựng Đảng năm 2021\tSáng ngày 25, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021.\t2021-11-25TMO\tBan Thường vụ Tỉnh ủy\t\t\t\t'
}

@test "vn-digest: an award said again to the recipient's first words or by its kind alone is counted once, and gives its giver to the row that names the recipient" {
	run digest $'Ngày 5 tháng 3 năm 2024, Công ty Điện lực Bắc Ninh tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.\nThừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn Tâm trao Huân chương Lao động hạng Nhì cho Công ty.\nTheo quyết định, công ty được tặng thưởng Huân chương vì có thành tích xuất sắc.'
	check_out $'1.1\tevent\tlễ đón nhận Huân chương Lao động hạng Nhì\tNgày 5 tháng 3 năm 2024, Công ty Điện lực Bắc Ninh tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.\t2024-03-05\tCông ty Điện lực Bắc Ninh\tNguyễn Văn Tâm: present\tHuân chương Lao động hạng Nhì (Chủ tịch nước): Công ty Điện lực Bắc Ninh\t\t'
}

@test "vn-digest: both ends of a span of days get the year ('Trong hai ngày 22 và 23/4' of a term 2025-2030 is 2025-04-22/2025-04-23)" {
	run digest $'Trong hai ngày 22 và 23/4, Đảng bộ xã Tân Sơn tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2025-2030.'
	check_out $'1.1\tevent\tĐại hội đại biểu lần thứ XXV, nhiệm kỳ 2025-2030\tTrong hai ngày 22 và 23/4, Đảng bộ xã Tân Sơn tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2025-2030.\t2025-04-22/2025-04-23\tĐảng bộ xã Tân Sơn\t\t\t\t'
}

@test "vn-digest: cutting, streamlining and recruiting say what a count counts ('giảm 312 biên chế'), and 'và' before another verb of a count ends the first ('... và tuyển dụng 45 công chức')" {
	run digest $'Sáng 15/7, Ban Chỉ đạo tỉnh tổ chức hội nghị sơ kết công tác năm 2024.\nTrong 6 tháng, toàn tỉnh đã giảm 312 biên chế và tuyển dụng 45 công chức.'
	check_out $'1.1\tevent\thội nghị sơ kết công tác năm 2024\tSáng 15/7, Ban Chỉ đạo tỉnh tổ chức hội nghị sơ kết công tác năm 2024.\t2024-07-15TMO\tBan Chỉ đạo tỉnh\t\t\t\tgiảm 312 biên chế; tuyển dụng 45 công chức'
}

@test "vn-digest: a rise says what a count counts ('tăng 57 hợp tác xã'), and so does a finding of the inspectors ('kết luận 18 đảng viên có vi phạm')" {
	run digest $'Sáng 15/7, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị sơ kết công tác năm 2024.\nToàn huyện có 412 hợp tác xã, tăng 57 hợp tác xã so với năm 2023; ủy ban kiểm tra các cấp kết luận 18 đảng viên có vi phạm.'
	check_out $'1.1\tevent\thội nghị sơ kết công tác năm 2024\tSáng 15/7, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị sơ kết công tác năm 2024.\t2024-07-15TMO\tỦy ban Kiểm tra Huyện ủy\t\t\t\t412 hợp tác xã; tăng 57 hợp tác xã so với năm 2023; kết luận 18 đảng viên có vi phạm'
}

@test "vn-digest: the organizer is the body before its partner ('Thành ủy Vinh phối hợp với Sở Văn hóa và Thể thao tổ chức' is held by Thành ủy Vinh)" {
	run digest $'Tối 2/2/2025, Thành ủy Vinh phối hợp với Sở Văn hóa và Thể thao tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng.'
	check_out $'1.1\tevent\tlễ kỷ niệm 95 năm Ngày thành lập Đảng\tTối 2/2/2025, Thành ủy Vinh phối hợp với Sở Văn hóa và Thể thao tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng.\t2025-02-02TEV\tThành ủy Vinh\t\t\t\t'
}

@test "vn-digest: a period in brackets right after the event's name gives its year ('kỳ họp thứ Chín (kỳ họp thường lệ cuối năm 2025)' on 8 and 9/12 is 2025)" {
	run digest $'Trong hai ngày 8 và 9/12, HĐND huyện Lục Nam tổ chức kỳ họp thứ Chín (kỳ họp thường lệ cuối năm 2025).'
	check_out $'1.1\tevent\tkỳ họp thứ Chín\tTrong hai ngày 8 và 9/12, HĐND huyện Lục Nam tổ chức kỳ họp thứ Chín (kỳ họp thường lệ cuối năm 2025).\t2025-12-08/2025-12-09\tHĐND huyện Lục Nam\t\t\t\t'
}

@test "vn-digest: an anniversary's years in brackets after it give its year ('lễ kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025)' on 2/2 is 2025-02-02)" {
	run digest $'Tối 2/2, Thành ủy Vinh tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025).'
	check_out $'1.1\tevent\tlễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam\tTối 2/2, Thành ủy Vinh tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025).\t2025-02-02TEV\tThành ủy Vinh\t\t\t\t'
}

@test "vn-digest: a rate's percentage takes the subject of 'tỷ lệ' before it ('Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 92%'), not 'tỷ lệ này'" {
	run digest $'Chiều 27/12/2024, Quận ủy Hoàn Kiếm tổ chức hội nghị tổng kết công tác năm 2024.\nTỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 92%; tỷ lệ hộ nghèo giảm còn 1,5%; tỷ lệ này tăng 2%.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2024\tChiều 27/12/2024, Quận ủy Hoàn Kiếm tổ chức hội nghị tổng kết công tác năm 2024.\t2024-12-27TAF\tQuận ủy Hoàn Kiếm\t\t\t\t92% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; 1.5% hộ nghèo; 2%'
}

@test "vn-digest: 'lễ trao Huy hiệu Đảng cho các đảng viên' is told again by the Huy hiệu of its kind counted after it ('Huy hiệu 30 năm tuổi Đảng cho 8 đồng chí')" {
	run digest $'Sáng 7/11/2025, Đảng ủy phường Đông Sơn tổ chức lễ trao Huy hiệu Đảng cho các đảng viên.\nĐồng chí Lê Văn Tâm, Bí thư Đảng ủy phường trao Huy hiệu 50 năm tuổi Đảng cho 2 đồng chí và Huy hiệu 30 năm tuổi Đảng cho 8 đồng chí.'
	check_out $'1.1\tevent\tlễ trao Huy hiệu Đảng cho các đảng viên\tSáng 7/11/2025, Đảng ủy phường Đông Sơn tổ chức lễ trao Huy hiệu Đảng cho các đảng viên.\t2025-11-07TMO\tĐảng ủy phường Đông Sơn\tLê Văn Tâm: present\tHuy hiệu 50 năm tuổi Đảng (Lê Văn Tâm): 2 đồng chí; Huy hiệu 30 năm tuổi Đảng (Lê Văn Tâm): 8 đồng chí\t\t'
}

@test "vn-digest: the organizer is found past its term after a comma ('HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026 khai mạc'), which had left it empty" {
	run digest $'Sáng 14/12/2025, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026 khai mạc Kỳ họp thứ 32.'
	check_out $'1.1\tevent\tKỳ họp thứ 32\tSáng 14/12/2025, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026 khai mạc Kỳ họp thứ 32.\t2025-12-14TMO\tHĐND tỉnh khóa XVIII\t\t\t\t'
}

@test "vn-digest: a rate's subject goes on over a comma inside it ('Tỷ lệ điều tra, khám phá án đạt 92,3%'), but not into a clause with a figure of its own" {
	run digest $'Sáng 6/1/2026, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2025.\nTỷ lệ điều tra, khám phá án đạt 92,3%; tỷ lệ hộ nghèo giảm còn 2%, thu nhập bình quân tăng 8% so với năm trước.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tĐảng ủy Công an tỉnh\t\t\t\t92.3% điều tra, khám phá án; 2% hộ nghèo; tăng 8% thu nhập bình quân'
}

@test "vn-digest: a figure at the end of a quote measures what is in it, without the quotation mark that closes it; a name in quotes keeps both" {
	run digest $'Sáng 6/1/2026, Huyện ủy Bảo Lâm tổ chức hội nghị tổng kết công tác năm 2025.\n"Bà con trong thôn rất đồng lòng, mỗi nhà góp công góp của, cả thôn đã hiến 3.500 m2 đất làm đường", ông Tráng nói.\nCó 92% khu dân cư tham gia phong trào “Toàn dân đoàn kết”.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Huyện ủy Bảo Lâm tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tHuyện ủy Bảo Lâm\tTráng: speak\t\t\thiến 3500 m2 đất làm đường; 92% khu dân cư tham gia phong trào “Toàn dân đoàn kết”'
}

@test "vn-digest STATS: the body elected says what a count after 'gồm' counts ('bầu Ban Chấp hành Đảng bộ xã khóa XXIV gồm 15 đồng chí'); an election's rules are none ('bầu cử ... gồm 4 nguyên tắc')" {
	run sh -c "printf 'a\tĐại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XX gồm 41 đồng chí.\nb\tViệc bầu cử theo luật gồm 4 nguyên tắc.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tbầu Ban Chấp hành Đảng bộ huyện khóa XX gồm 41 đồng chí
b\t4 nguyên tắc'
}

@test "vn-digest STATS: a count's unit goes on over the commas of a list of offices or of the police's targets ('giảm 86 phòng, ban và tương đương', 'triệt phá 47 băng, ổ nhóm tội phạm')" {
	run sh -c "printf 'a\tSau sắp xếp, tỉnh giảm 64 phòng, ban và tương đương.\nb\tCông an huyện triệt phá 12 băng, ổ nhóm tội phạm.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tgiảm 64 phòng, ban và tương đương
b\ttriệt phá 12 băng, ổ nhóm tội phạm'
}

@test "vn-digest: what a figure measures goes on over the commas of a list of units or people ('100% xã, phường, thị trấn có ...', 'cán bộ, đảng viên'); a share after a count's comma is of that count ('..., chiếm 68,3%')" {
	run digest $'Sáng 6/1/2026, Huyện ủy Si Ma Cai tổ chức hội nghị tổng kết công tác năm 2025.\nCó 100% xã, thị trấn có trạm y tế đạt chuẩn; 95% cán bộ, đảng viên tham gia học tập nghị quyết.\nToàn huyện có 640 đảng viên là người dân tộc Mông, chiếm 71,5%.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Huyện ủy Si Ma Cai tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tHuyện ủy Si Ma Cai\t\t\t\t100% xã, thị trấn có trạm y tế đạt chuẩn; 95% cán bộ, đảng viên tham gia học tập nghị quyết; 640 đảng viên là người dân tộc Mông; 71.5% đảng viên là người dân tộc Mông'
}

@test "vn-digest: both figures of a rate's change are of its subject ('Tỷ lệ hộ nghèo giảm từ 8,2% xuống còn 3,5%'), past their years and the verbs that move it ('đã được kéo xuống')" {
	run digest $'Sáng 6/1/2026, Huyện ủy Bảo Lâm tổ chức hội nghị tổng kết công tác năm 2025.\nTỷ lệ hộ nghèo của huyện giảm từ 8,2% xuống còn 3,5%; tỷ lệ che phủ rừng tăng từ 45% năm 2020 lên 48,5% năm 2025; tỷ lệ trẻ suy dinh dưỡng đã được kéo xuống 9%.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Huyện ủy Bảo Lâm tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tHuyện ủy Bảo Lâm\t\t\t\t8.2% hộ nghèo của huyện; 3.5% hộ nghèo của huyện; 45% che phủ rừng; 48.5% che phủ rừng; 9% trẻ suy dinh dưỡng'
}

@test "vn-digest: a rate's subject is found past a word of approximation between its verb and its percentage ('đạt trên 90%', 'là khoảng 40%')" {
	run digest $'Chiều 27/12/2024, Quận ủy Hoàn Kiếm tổ chức hội nghị tổng kết công tác năm 2024.\nTỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ hằng năm đạt trên 90%; tỷ lệ lao động qua đào tạo là khoảng 40%.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2024\tChiều 27/12/2024, Quận ủy Hoàn Kiếm tổ chức hội nghị tổng kết công tác năm 2024.\t2024-12-27TAF\tQuận ủy Hoàn Kiếm\t\t\t\t90% tổ chức đảng hoàn thành tốt nhiệm vụ hằng năm; 40% lao động qua đào tạo'
}

@test "vn-digest: a figure's clause goes on past the mark inside a number and ends at 'với' before another ('100% chỉ tiêu tuyển quân với 1.250 thanh niên nhập ngũ'), and a count after a target met is no plan's" {
	run digest $'Ngày 1/12/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\nNăm 2024, tỉnh đã hoàn thành 100% chỉ tiêu tuyển quân với 1.250 thanh niên nhập ngũ; đạt 104% kế hoạch.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2024\tNgày 1/12/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\t2024-12-01\tBộ Chỉ huy Quân sự tỉnh\t\t\t\t100% chỉ tiêu tuyển quân; 1250 thanh niên nhập ngũ; 104% kế hoạch'
}

@test "vn-digest: an award handed over to plurals ('cho các tập thể') where the award's recipients are counted is counted once" {
	run digest $'Ngày 1/12/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\nDịp này, Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho 2 tập thể và 1 cá nhân.\nThượng tướng Hoàng Xuân Chiến trao Huân chương Bảo vệ Tổ quốc hạng Ba cho các tập thể.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2024\tNgày 1/12/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\t2024-12-01\tBộ Chỉ huy Quân sự tỉnh\tHoàng Xuân Chiến: present\tHuân chương Bảo vệ Tổ quốc hạng Ba (Chủ tịch nước): 2 tập thể, 1 cá nhân\t\t'
}

@test "vn-digest: the quote that closes a title quoted in the event's subject stays in VALUE ('Hội thảo khoa học \"Nâng cao ...\"')" {
	run digest $'Ngày 20/9/2024, Học viện Chính trị khu vực I tổ chức Hội thảo khoa học "Nâng cao chất lượng sinh hoạt chi bộ".'
	check_out $'1.1\tevent\tHội thảo khoa học "Nâng cao chất lượng sinh hoạt chi bộ"\tNgày 20/9/2024, Học viện Chính trị khu vực I tổ chức Hội thảo khoa học "Nâng cao chất lượng sinh hoạt chi bộ".\t2024-09-20\tHọc viện Chính trị khu vực I\t\t\t\t'
}

@test "vn-digest: a figure's clause ends at 'với', 'và' before fillers and another number ('9.000 điểm cầu với trên 1,2 triệu đại biểu')" {
	run digest $'Sáng 30/10/2024, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết.\nHội nghị được kết nối tới hơn 9.000 điểm cầu với trên 1,2 triệu đại biểu tham dự.'
	check_out $'1.1\tevent\tHội nghị trực tuyến toàn quốc quán triệt Nghị quyết\tSáng 30/10/2024, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết.\t2024-10-30TMO\tBan Bí thư\t\t\t\t9000 điểm cầu; 1200000 đại biểu tham dự'
}

@test "vn-digest: the councils and the front hold an event with the committees ('Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện ... tổ chức')" {
	run digest $'Tối 1/9, tại sân vận động trung tâm, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Si Ma Cai tổ chức lễ kỷ niệm 30 năm thành lập huyện.'
	check_out $'1.1\tevent\tlễ kỷ niệm 30 năm thành lập huyện\tTối 1/9, tại sân vận động trung tâm, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Si Ma Cai tổ chức lễ kỷ niệm 30 năm thành lập huyện.\tXXXX-09-01TEV\tHuyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Si Ma Cai\t\t\t\t'
}

@test "vn-digest: bodies that hold the event together are the organizer ('Bộ Chính trị, Ban Bí thư tổ chức'); a date first and no body after it hold nothing ('Tháng 3 - 2005 chúng tôi ... tổ chức')" {
	run digest $'Sáng 30/10/2024, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết.'
	check_out $'1.1\tevent\tHội nghị trực tuyến toàn quốc quán triệt Nghị quyết\tSáng 30/10/2024, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết.\t2024-10-30TMO\tBộ Chính trị, Ban Bí thư\t\t\t\t'
	run digest $'Tháng 3 - 2005 chúng tôi cùng hội Hữu nghị sẽ tổ chức hội thảo quốc tế về chất độc da cam.'
	check_out $'1.1\tevent\thội thảo quốc tế về chất độc da cam\tTháng 3 - 2005 chúng tôi cùng hội Hữu nghị sẽ tổ chức hội thảo quốc tế về chất độc da cam.\t\t\t\t\t\t'
}

@test "vn-digest: the longest verb of a count before it is its verb ('luân chuyển 42 cán bộ', not 'chuyển')" {
	run digest $'Ngày 14/6/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị.\nSau 3 năm, huyện đã luân chuyển 42 cán bộ, điều động 18 cán bộ.'
	check_out $'1.1\tevent\thội nghị sơ kết 3 năm thực hiện Chỉ thị\tNgày 14/6/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị.\t2023-06-14\tBan Thường vụ Huyện ủy\t\t\t\tluân chuyển 42 cán bộ; điều động 18 cán bộ'
}

@test "vn-digest: a sum reached takes what it measures and its verb ('tổng giá trị sản xuất ước đạt 15.230 tỷ đồng'), not after 'là' ('Hà Nội và Huế là 2 trung tâm')" {
	run digest $'Sáng 10-7-2024, Thành ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n6 tháng đầu năm, tổng giá trị sản xuất ước đạt 15.230 tỷ đồng; thu ngân sách đạt 1.105 tỷ đồng; Hà Nội và Huế là 2 trung tâm.'
	check_out $'1.1\tevent\thội nghị sơ kết công tác 6 tháng đầu năm\tSáng 10-7-2024, Thành ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\t2024-07-10TMO\tThành ủy\t\t\t\ttổng giá trị sản xuất ước đạt 15230000000000 đồng; thu ngân sách đạt 1105000000000 đồng; 2 trung tâm'
}

@test "vn-digest: a ceremony's object may be a verb's word ('lễ công bố quyết định'); a kind after a document's name is that document's ('Nghị quyết Đại hội ...'), no event" {
	run digest $'Chiều 15/10, Ban Thường vụ Huyện ủy tổ chức lễ công bố quyết định về công tác cán bộ.'
	check_out $'1.1\tevent\tlễ công bố quyết định về công tác cán bộ\tChiều 15/10, Ban Thường vụ Huyện ủy tổ chức lễ công bố quyết định về công tác cán bộ.\tXXXX-10-15TAF\tBan Thường vụ Huyện ủy\t\t\t\t'
	run digest $'Các chi bộ quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XX.'
	check_out $'1.0\tevent\t\t\t\t\t\t\tNghị quyết Đại hội Đảng bộ huyện lần thứ XX\t'
}

@test "vn-digest: a body that opens the event holds it ('HĐND thành phố khóa XVI khai mạc kỳ họp'); a person who opens it does not" {
	run digest $'Sáng 4/12, HĐND thành phố khóa XVI khai mạc kỳ họp thứ 19.'
	check_out $'1.1\tevent\tkỳ họp thứ 19\tSáng 4/12, HĐND thành phố khóa XVI khai mạc kỳ họp thứ 19.\tXXXX-12-04TMO\tHĐND thành phố khóa XVI\t\t\t\t'
	run digest $'Sáng 4/12, Chủ tịch UBND tỉnh Lê Văn Sơn khai mạc hội nghị xúc tiến đầu tư.'
	check_out $'1.1\tevent\thội nghị xúc tiến đầu tư\tSáng 4/12, Chủ tịch UBND tỉnh Lê Văn Sơn khai mạc hội nghị xúc tiến đầu tư.\tXXXX-12-04TMO\t\t\t\t\t'
}

@test "vn-digest: a period set ahead ('triển khai nhiệm vụ năm 2026') is held about its start: 6-1 is 2026, 29-12 is 2025; a period reviewed about its end" {
	run digest $'Ngày 6-1, Đảng ủy Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2026.'
	check_out $'1.1\tevent\thội nghị triển khai nhiệm vụ năm 2026\tNgày 6-1, Đảng ủy Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2026.\t2026-01-06\tĐảng ủy Công an tỉnh\t\t\t\t'
	run digest $'Ngày 29-12, Đảng ủy Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2026.'
	check_out $'1.1\tevent\thội nghị triển khai nhiệm vụ năm 2026\tNgày 29-12, Đảng ủy Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2026.\t2025-12-29\tĐảng ủy Công an tỉnh\t\t\t\t'
	run digest $'Ngày 6-1, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2025.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tNgày 6-1, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06\tĐảng ủy Công an tỉnh\t\t\t\t'
}

@test "vn-digest: a percentage reached takes what it measures ('tốc độ tăng trưởng kinh tế (GRDP) của phường ước đạt 9,1%', past a year put first), and a sum the year of its measure; not an adverb ('chỉ đạt 0,5%')" {
	run digest $'Sáng 3/8, Đảng ủy phường tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\nNăm 2025 tốc độ tăng trưởng kinh tế (GRDP) của phường ước đạt 9,1%; thu nhập bình quân đầu người năm 2025 đạt 72 triệu đồng; chỉ đạt 0,5%.'
	check_out $'1.1\tevent\thội nghị sơ kết công tác 6 tháng đầu năm\tSáng 3/8, Đảng ủy phường tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\tXXXX-08-03TMO\tĐảng ủy phường\t\t\t\t9.1% tốc độ tăng trưởng kinh tế (GRDP) của phường; thu nhập bình quân đầu người năm 2025 đạt 72000000 đồng; 0.5%'
}

@test "vn-digest: a percentage a year ('đạt 10,4%/năm', 'mỗi năm') takes what it measures before it, as one after 'ước tăng' or 'tăng bình quân' does, which it keeps; with nothing before, the year stays; a rate's plain 'tăng' keeps its verb" {
	run digest $'Chiều 9/6, Huyện ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ.\nGiai đoạn vừa qua, tốc độ tăng thu ngân sách bình quân đạt 10,4%/năm; thu ngân sách tăng bình quân 7,5% mỗi năm; lãi suất chỉ 3,2%/năm; GRDP của huyện ước tăng 8,1%; tỷ lệ hộ nghèo tăng 2%.'
	check_out $'1.1\tevent\thội nghị sơ kết giữa nhiệm kỳ\tChiều 9/6, Huyện ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ.\tXXXX-06-09TAF\tHuyện ủy\t\t\t\t10.4% tốc độ tăng thu ngân sách bình quân; tăng bình quân 7.5% thu ngân sách; 3.2%/năm; tăng 8.1% GRDP của huyện; tăng 2% tỷ lệ hộ nghèo'
}

@test "vn-digest: a count's verb is found past two-word fillers ('giám sát chuyên đề', 'kiểm tra đột xuất', 'kết nạp tổng cộng') as past one-word ones ('đối với')" {
	run digest $'Sáng 14/1, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết năm 2025.\nỦy ban kiểm tra các cấp giám sát chuyên đề 215 tổ chức đảng, kiểm tra đột xuất 18 chi bộ; cấp ủy kết nạp tổng cộng 64 đảng viên; làm rõ trách nhiệm đối với 7 cá nhân.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 14/1, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết năm 2025.\t2026-01-14TMO\tỦy ban Kiểm tra Huyện ủy\t\t\t\tgiám sát 215 tổ chức đảng; kiểm tra 18 chi bộ; kết nạp 64 đảng viên; làm rõ trách nhiệm 7 cá nhân'
}

@test "vn-digest: an age is a statistic only with what it measures ('tuổi thọ bình quân đạt 74,5 tuổi'), not alone ('Cụ Lan năm nay 92 tuổi')" {
	run digest $'Sáng 6/3, UBND xã tổ chức hội nghị tổng kết năm 2025.\nTuổi thọ bình quân của người dân đạt 74,5 tuổi; kết nạp 12 đảng viên. Cụ Lan năm nay 92 tuổi.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 6/3, UBND xã tổ chức hội nghị tổng kết năm 2025.\t2026-03-06TMO\tUBND xã\t\t\t\tTuổi thọ bình quân của người dân đạt 74.5 tuổi; kết nạp 12 đảng viên'
}

@test "vn-digest: a meeting with a partner keeps it ('buổi làm việc với ...'), to a time ('chiều ngày 28'); a count's verb has up to four words ('thi hành kỷ luật'), 'bầu' among them" {
	run digest $'Chiều 20/5, Thường trực Tỉnh ủy có buổi làm việc với Đảng ủy Khối Doanh nghiệp tỉnh về công tác cán bộ.\nNăm qua, Đảng ủy Khối đã kiểm tra 48 tổ chức đảng, thi hành kỷ luật 9 đảng viên; đại hội đã bầu 27 đồng chí vào Ban Chấp hành.'
	check_out $'1.1\tevent\tbuổi làm việc với Đảng ủy Khối Doanh nghiệp tỉnh về công tác cán bộ\tChiều 20/5, Thường trực Tỉnh ủy có buổi làm việc với Đảng ủy Khối Doanh nghiệp tỉnh về công tác cán bộ.\tXXXX-05-20TAF\tThường trực Tỉnh ủy\t\t\t\tkiểm tra 48 tổ chức đảng; thi hành kỷ luật 9 đảng viên; bầu 27 đồng chí vào Ban Chấp hành'
	run digest $'Sau buổi làm việc với Sở Tài chính chiều ngày 28 tháng 11 năm 2024, công ty gửi văn bản.'
	check_out $'1.1\tevent\tbuổi làm việc với Sở Tài chính\tSau buổi làm việc với Sở Tài chính chiều ngày 28 tháng 11 năm 2024, công ty gửi văn bản.\t2024-11-28TAF\t\t\t\t\t'
}

@test "vn-digest: 'lễ truy tặng' is an event; a Huân chương by its kind alone after the one named in full is that one, to whomever handed; 'Cùng dịp' is no giver" {
	run digest $'Sáng 15/8/2025, UBND huyện tổ chức lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho liệt sĩ Lò Văn Sơn.\nĐồng chí Hà Văn Tú, Chủ tịch UBND huyện trao Huân chương cho thân nhân liệt sĩ.\nCùng dịp, Công an tỉnh tặng Bằng khen cho gia đình liệt sĩ và quyên góp 50 triệu đồng.'
	check_out $'1.1\tevent\tlễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho liệt sĩ Lò Văn Sơn\tSáng 15/8/2025, UBND huyện tổ chức lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho liệt sĩ Lò Văn Sơn.\t2025-08-15TMO\tUBND huyện\tLò Văn Sơn: receive; Hà Văn Tú: present\tHuân chương Bảo vệ Tổ quốc hạng Ba (UBND huyện): liệt sĩ Lò Văn Sơn; Bằng khen (Công an tỉnh): gia đình liệt sĩ\t\tquyên góp 50000000 đồng'
}

@test "vn-digest: an event the title alone names takes the lead's date; 'xử phạt hành chính' is a count's verb" {
	run digest $'Hội nghị Ban Thường vụ Huyện ủy cho ý kiến về đề án sắp xếp thôn\nChiều 3/4/2025, Ban Thường vụ Huyện ủy họp cho ý kiến về đề án sắp xếp thôn, tổ dân phố.\nNăm 2024, huyện đã xử phạt hành chính 85 triệu đồng.'
	check_out $'1.0\tevent\tHội nghị Ban Thường vụ Huyện ủy cho ý kiến về đề án sắp xếp thôn\tHội nghị Ban Thường vụ Huyện ủy cho ý kiến về đề án sắp xếp thôn\t2025-04-03TAF\tBan Thường vụ Huyện ủy\t\t\t\txử phạt hành chính 85000000 đồng'
}

@test "vn-digest: a Party cell's 'buổi sinh hoạt chuyên đề' is an event" {
	run digest $'Tối 9/6/2025, Chi bộ thôn Đông tổ chức buổi sinh hoạt chuyên đề về tinh thần đoàn kết.'
	check_out $'1.1\tevent\tbuổi sinh hoạt chuyên đề về tinh thần đoàn kết\tTối 9/6/2025, Chi bộ thôn Đông tổ chức buổi sinh hoạt chuyên đề về tinh thần đoàn kết.\t2025-06-09TEV\tChi bộ thôn Đông\t\t\t\t'
}

@test "vn-digest: 'Lễ' in capitals after 'tổ chức' is no giver's; the subject ends at ', trong đó'; 'Huy hiệu' handed to plurals after the counted ones adds nothing" {
	run digest $'Ngày 19/5/2025, Đảng ủy Khối các cơ quan tỉnh tổ chức Lễ trao tặng Huy hiệu Đảng cho 12 đảng viên, trong đó có 2 đảng viên nhận Huy hiệu 60 năm tuổi Đảng.\nĐồng chí Lò Văn Tiến, Bí thư Đảng ủy Khối trao Huy hiệu cho các đảng viên.'
	check_out $'1.1\tevent\tLễ trao tặng Huy hiệu Đảng cho 12 đảng viên\tNgày 19/5/2025, Đảng ủy Khối các cơ quan tỉnh tổ chức Lễ trao tặng Huy hiệu Đảng cho 12 đảng viên, trong đó có 2 đảng viên nhận Huy hiệu 60 năm tuổi Đảng.\t2025-05-19\tĐảng ủy Khối các cơ quan tỉnh\tLò Văn Tiến: present\tHuy hiệu Đảng (Đảng ủy Khối các cơ quan tỉnh): 12 đảng viên; Huy hiệu 60 năm tuổi Đảng: 2 đảng viên\t\t'
}

@test "vn-digest: a sum reached over a count of months keeps it ('tổng thu ngân sách nhà nước 9 tháng ước đạt 1,86 triệu tỷ đồng')" {
	run digest $'Sáng 4/10/2025, Chính phủ tổ chức phiên họp thường kỳ tháng 9.\nTổng thu ngân sách nhà nước 9 tháng ước đạt 1,86 triệu tỷ đồng.'
	check_out $'1.1\tevent\tphiên họp thường kỳ tháng 9\tSáng 4/10/2025, Chính phủ tổ chức phiên họp thường kỳ tháng 9.\t2025-10-04TMO\tChính phủ\t\t\t\tTổng thu ngân sách nhà nước 9 tháng ước đạt 1860000000000000 đồng'
}

@test "vn-digest: a dialogue keeps its partner ('đối thoại giữa Bí thư Tỉnh ủy với nông dân'); 'lớp tập huấn' is an event; the presidium of the congress chairs ('Đoàn Chủ tịch đại hội gồm các đồng chí: ...')" {
	run digest $'Hôm nay 21/11/2025, Tỉnh ủy tổ chức hội nghị đối thoại giữa Bí thư Tỉnh ủy với nông dân.'
	check_out $'1.1\tevent\thội nghị đối thoại giữa Bí thư Tỉnh ủy với nông dân\tHôm nay 21/11/2025, Tỉnh ủy tổ chức hội nghị đối thoại giữa Bí thư Tỉnh ủy với nông dân.\t2025-11-21\tTỉnh ủy\t\t\t\t'
	run digest $'Từ ngày 4 đến ngày 6/3/2025, Ban Tổ chức Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác Đảng.\nĐoàn Chủ tịch đại hội gồm các đồng chí: Lê Văn Tâm, Bí thư Huyện ủy; Hà Thị Nga, Chủ tịch UBND huyện.'
	check_out $'1.1\tevent\tlớp tập huấn nghiệp vụ công tác Đảng\tTừ ngày 4 đến ngày 6/3/2025, Ban Tổ chức Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác Đảng.\t2025-03-04/2025-03-06\tBan Tổ chức Tỉnh ủy\tLê Văn Tâm: chair; Hà Thị Nga: chair\t\t\t'
}

@test "vn-digest: a body that meets in the event holds it ('Ủy ban Kiểm tra Tỉnh ủy họp Kỳ họp thứ 12'); who receives a delegation attends ('Tiếp đoàn có đồng chí ...')" {
	run digest $'Ngày 26/6/2025, tại Hà Nội, Ủy ban Kiểm tra Tỉnh ủy họp Kỳ họp thứ 12.\nTiếp đoàn có đồng chí Lê Văn Tâm, Bí thư Huyện ủy.'
	check_out $'1.1\tevent\tKỳ họp thứ 12\tNgày 26/6/2025, tại Hà Nội, Ủy ban Kiểm tra Tỉnh ủy họp Kỳ họp thứ 12.\t2025-06-26\tỦy ban Kiểm tra Tỉnh ủy\tLê Văn Tâm: attend\t\t\t'
}

@test "vn-digest: a count after another's verb and 'và' or a comma shares it ('kiểm tra 48 tổ chức đảng và 120 đảng viên'); a sum's measure is not shared" {
	run digest $'Sáng 6/1/2026, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\nNăm 2025, đã kiểm tra 48 tổ chức đảng và 120 đảng viên; thu ngân sách đạt 25 tỷ đồng và 30 hộ thoát nghèo.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tỦy ban Kiểm tra Huyện ủy\t\t\t\tkiểm tra 48 tổ chức đảng; kiểm tra 120 đảng viên; thu ngân sách đạt 25000000000 đồng; 30 hộ thoát nghèo'
}

@test "vn-digest: an event dated against the page's stamp ('Sáng nay', 'Chiều qua', 'thứ Hai vừa qua') takes the stamp's day; with no stamp it has no date" {
	run digest $'Tỉnh ủy tổng kết công tác năm 2025\nCập nhật: 10:20, 12/01/2026\nChiều qua, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.'
	check_out $'3.1\tevent\thội nghị tổng kết công tác xây dựng Đảng năm 2025\tChiều qua, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.\t2026-01-11TAF\tTỉnh ủy\t\t\t\t'
	run digest $'Sáng nay, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác xây dựng Đảng năm 2025\tSáng nay, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.\t\tTỉnh ủy\t\t\t\t'
}

@test "vn-digest: the body in 'của X được tổ chức' is X, without 'được'" {
	run digest $'Hội nghị tổng kết công tác năm 2024 của Huyện ủy Lục Ngạn được tổ chức sáng 12/3/2025.'
	check_out $'1.1\tevent\tHội nghị tổng kết công tác năm 2024\tHội nghị tổng kết công tác năm 2024 của Huyện ủy Lục Ngạn được tổ chức sáng 12/3/2025.\t2025-03-12TMO\tHuyện ủy Lục Ngạn\t\t\t\t'
}

@test "vn-digest: the purpose after the event's name gives its year from its first word of a review ('Hội nghị lần thứ 12 để cho ý kiến vào báo cáo ... năm 2026, phương hướng ... năm 2027' on 30/11 is 2026); not a purpose that reviews nothing ('để chuẩn bị cho Đại hội ... nhiệm kỳ 2025 - 2030')" {
	run sh -c "printf 'a\tNgày 30/11, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 12 để cho ý kiến vào báo cáo tình hình thực hiện nhiệm vụ năm 2026, phương hướng, nhiệm vụ năm 2027.\nb\tNgày 2/3, Huyện ủy tổ chức hội nghị để chuẩn bị cho Đại hội Đảng bộ huyện nhiệm kỳ 2025 - 2030.\n' | vn-digest -l | cut -f1,4,6"
	check_out $'a\tHội nghị lần thứ 12\t2026-11-30
b\thội nghị\tXXXX-03-02'
}

@test "vn-digest ORGANIZER: the body after 'của' that the event is of may be 'Đảng ủy Khối các cơ quan tỉnh' ('dự Hội nghị tổng kết ... của Đảng ủy Khối các cơ quan tỉnh')" {
	run sh -c "printf 'a\tĐồng chí Lê Văn Tâm dự Hội nghị tổng kết công tác năm 2026 của Đảng ủy Khối các cơ quan tỉnh.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tHội nghị tổng kết công tác năm 2026\tĐảng ủy Khối các cơ quan tỉnh'
}

@test "vn-digest: the day of a document the event's sentence cites by its symbol gives the year, the event after it ('lễ công bố Quyết định số 512-QĐ/HU ngày 25/11/2026' on 30/11 is 2026; one of 28/12/2025 on 5/1 is 2026); not a day of history ('kỷ niệm ngày 2/9/1945')" {
	run sh -c "printf 'a\tChiều 30/11, Ban Thường vụ Huyện ủy tổ chức lễ công bố Quyết định số 512-QĐ/HU ngày 25/11/2026 của Ban Thường vụ Huyện ủy.\nb\tChiều 5/1, Huyện ủy tổ chức lễ công bố Quyết định số 12-QĐ/HU ngày 28/12/2025.\nc\tSáng 1/9, xã tổ chức lễ mít tinh chào mừng ngày 2/9/1945.\n' | vn-digest -l | cut -f1,6"
	check_out $'a\t2026-11-30TAF
b\t2026-01-05TAF
c\tXXXX-09-01TMO'
}

@test "vn-digest: a kind after a dash or a comma names the event again ('Kỳ họp thứ 25 - kỳ họp thường lệ cuối năm 2025'), its 'họp' no verb that ends the subject" {
	run digest $'Sáng 8/12/2025, HĐND tỉnh khai mạc Kỳ họp thứ 25 - kỳ họp thường lệ cuối năm 2025.'
	check_out $'1.1\tevent\tKỳ họp thứ 25 - kỳ họp thường lệ cuối năm 2025\tSáng 8/12/2025, HĐND tỉnh khai mạc Kỳ họp thứ 25 - kỳ họp thường lệ cuối năm 2025.\t2025-12-08TMO\tHĐND tỉnh\t\t\t\t'
}

@test "vn-digest: after a verb of handing over or making known, 'quyết định' is the object, not a verb ('hội nghị công bố quyết định về công tác cán bộ'); 'Hội nghị quyết định ...' names none" {
	run digest $'Chiều 5/9/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.\nHội nghị quyết định bầu bổ sung ủy viên Ban Thường vụ.'
	check_out $'1.1\tevent\thội nghị công bố quyết định về công tác cán bộ\tChiều 5/9/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.\t2025-09-05TAF\tBan Thường vụ Tỉnh ủy\t\t\t\t'
}

@test "vn-digest: the awards a ceremony's lead names and its body then gives, the same giver to the same counts, are counted once" {
	run digest $'Sáng 12/12/2025, UBND tỉnh tổ chức lễ trao Bằng khen của Thủ tướng Chính phủ cho 5 tập thể và 8 cá nhân có thành tích xuất sắc.\nThừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lê Hồng Sơn, Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể và 8 cá nhân.'
	check_out $'1.1\tevent\tlễ trao Bằng khen của Thủ tướng Chính phủ cho 5 tập thể và 8 cá nhân có thành tích xuất sắc\tSáng 12/12/2025, UBND tỉnh tổ chức lễ trao Bằng khen của Thủ tướng Chính phủ cho 5 tập thể và 8 cá nhân có thành tích xuất sắc.\t2025-12-12TMO\tUBND tỉnh\tLê Hồng Sơn: present\tBằng khen (Thủ tướng Chính phủ): 5 tập thể, 8 cá nhân\t\t'
}

@test "vn-digest: an award the event's sentence alone names with no giver ('lễ kỷ niệm ... và đón nhận Huân chương ...'), that the body then gives with one, is that conferral named ahead" {
	run digest $'Sáng 20/11/2025, Huyện ủy Lục Nam tổ chức lễ kỷ niệm 65 năm thành lập Đảng bộ huyện và đón nhận Huân chương Lao động hạng Nhì.\nThừa ủy quyền của Chủ tịch nước, đồng chí Ngô Thị Mai, Phó Bí thư Tỉnh ủy trao Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và Nhân dân huyện Lục Nam.\nĐồng chí Ngô Thị Mai trao Huân chương cho Đảng bộ huyện. Ảnh: Thu Hà'
	check_out $'1.1\tevent\tlễ kỷ niệm 65 năm thành lập Đảng bộ huyện và đón nhận Huân chương Lao động hạng Nhì\tSáng 20/11/2025, Huyện ủy Lục Nam tổ chức lễ kỷ niệm 65 năm thành lập Đảng bộ huyện và đón nhận Huân chương Lao động hạng Nhì.\t2025-11-20TMO\tHuyện ủy Lục Nam\tNgô Thị Mai: present\tHuân chương Lao động hạng Nhì (Chủ tịch nước): Đảng bộ, chính quyền và Nhân dân huyện Lục Nam\t\t'
}

@test "vn-digest: 'nhiệm vụ' after words of a review ('kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025') is the period reviewed, not one set ahead" {
	run digest $'Ngày 14/8, Đoàn công tác của Tỉnh ủy có buổi làm việc với Ban Thường vụ Huyện ủy Tân Yên về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025.'
	check_out $'1.1\tevent\tbuổi làm việc với Ban Thường vụ Huyện ủy Tân Yên về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025\tNgày 14/8, Đoàn công tác của Tỉnh ủy có buổi làm việc với Ban Thường vụ Huyện ủy Tân Yên về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025.\t2025-08-14\tTỉnh ủy\t\t\t\t'
}

@test "vn-digest: a body named last in the event's subject with 'của' holds it, and VALUE leaves it out ('dự Hội nghị tổng kết ... của Đảng ủy xã Tân Lập'); a noun that is no body stays" {
	run digest $'Ngày 12/3/2025, đồng chí Lê Văn Tâm, Bí thư Huyện ủy dự và chỉ đạo Hội nghị tổng kết công tác năm 2024 của Đảng ủy xã Tân Lập.'
	check_out $'1.1\tevent\tHội nghị tổng kết công tác năm 2024\tNgày 12/3/2025, đồng chí Lê Văn Tâm, Bí thư Huyện ủy dự và chỉ đạo Hội nghị tổng kết công tác năm 2024 của Đảng ủy xã Tân Lập.\t2025-03-12\tĐảng ủy xã Tân Lập\tLê Văn Tâm: attend, speak\t\t\t'
	run digest $'Sáng 5/2/2025, đồng chí Lê Văn Tâm dự hội nghị của các cơ quan khối dân vận.'
	check_out $'1.1\tevent\thội nghị của các cơ quan khối dân vận\tSáng 5/2/2025, đồng chí Lê Văn Tâm dự hội nghị của các cơ quan khối dân vận.\t2025-02-05TMO\t\tLê Văn Tâm: attend\t\t\t'
}

@test "vn-digest: a kind alone right after 'tổ chức' names the event ('Tỉnh ủy tổ chức hội nghị tổng kết.'); past a comma it goes on only into a task" {
	run digest $'Sáng 18/12/2025, Tỉnh ủy tổ chức hội nghị tổng kết.'
	check_out $'1.1\tevent\thội nghị tổng kết\tSáng 18/12/2025, Tỉnh ủy tổ chức hội nghị tổng kết.\t2025-12-18TMO\tTỉnh ủy\t\t\t\t'
	run digest $'Sáng 18/12/2025, Tỉnh ủy tổ chức hội nghị, thành lập Ban chỉ đạo.'
	check_out $'1.1\tevent\thội nghị\tSáng 18/12/2025, Tỉnh ủy tổ chức hội nghị, thành lập Ban chỉ đạo.\t2025-12-18TMO\tTỉnh ủy\t\t\t\t'
	run digest $'Sáng 18/12/2025, Tỉnh ủy tổ chức hội nghị tổng kết, đánh giá kết quả năm 2025.'
	check_out $'1.1\tevent\thội nghị tổng kết, đánh giá kết quả năm 2025\tSáng 18/12/2025, Tỉnh ủy tổ chức hội nghị tổng kết, đánh giá kết quả năm 2025.\t2025-12-18TMO\tTỉnh ủy\t\t\t\t'
}

@test "vn-digest: a percentage before a comparison ('ước tăng 8,6% so với năm 2024') measures what stands before its verb; the longer of two verbs one begins is read ('tăng trưởng bình quân', 'đạt được', 'bầu bổ sung')" {
	run digest $'Sáng 6/1/2026, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\nNăm 2025, tổng sản phẩm trên địa bàn ước tăng 8,6% so với năm 2024; kinh tế của huyện tăng trưởng bình quân 9,2%/năm; tổng thu ngân sách đạt được 800 tỷ đồng; hội nghị bầu bổ sung 2 ủy viên Ban Thường vụ.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tHuyện ủy\t\t\t\ttăng 8.6% tổng sản phẩm trên địa bàn; tăng trưởng bình quân 9.2% kinh tế của huyện; tổng thu ngân sách đạt được 800000000000 đồng; bầu bổ sung 2 ủy viên Ban Thường vụ'
}

@test "vn-digest: 'phải thi hành kỷ luật' after a finding of violations is what had to be done, a result; 'phải kết nạp' is a plan" {
	run digest $'Sáng 6/1/2026, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\nNăm 2025, qua kiểm tra kết luận 12 đảng viên có vi phạm, đến mức phải thi hành kỷ luật 7 đảng viên. Năm 2026 phải kết nạp 200 đảng viên.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tỦy ban Kiểm tra Huyện ủy\t\t\t\tkết luận 12 đảng viên có vi phạm; thi hành kỷ luật 7 đảng viên'
}

@test "vn-digest: 'khai trừ ra khỏi Đảng', a verb of five words, says what its count counts" {
	run digest $'Sáng 6/1/2026, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\nNăm 2025 đã thi hành kỷ luật 85 đảng viên, trong đó khai trừ ra khỏi Đảng 12 trường hợp.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tỦy ban Kiểm tra Huyện ủy\t\t\t\tthi hành kỷ luật 85 đảng viên; khai trừ ra khỏi Đảng 12 trường hợp'
}

@test "vn-digest: before a percentage compared, a plain 'tăng' or 'giảm' says what it measures, without 'trong đó' or 'đã'; a time opening the clause is none" {
	run digest $'Sáng 6/1/2026, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\nGiá trị sản xuất công nghiệp của huyện đã tăng 18,5% so với cùng kỳ; trong đó, ngành chế biến tăng 9,4% so với năm 2024; trong 3 tháng đầu năm tăng 7,2% so với cùng kỳ.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tHuyện ủy\t\t\t\ttăng 18.5% Giá trị sản xuất công nghiệp của huyện; tăng 9.4% ngành chế biến; tăng 7.2% so với cùng kỳ'
}

@test "vn-digest: a plain 'tăng' or 'giảm' says what a percentage that ends its clause measures ('tổng sản phẩm trên địa bàn tỉnh tăng 8,1%;', 'đặc biệt là rau xanh tăng 25%', past 'chỉ'); an average's time alone is none ('bình quân mỗi năm tăng 4,3%')" {
	run sh -c "printf 'a\tNăm 2025, tổng sản phẩm trên địa bàn tỉnh tăng 8,1%%; giá thực phẩm, đặc biệt là rau xanh tăng 25%%.\nb\tSản lượng lúa đạt 155 nghìn tấn, bình quân mỗi năm tăng 4,3%%; số hộ nghèo chỉ giảm 12%%.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\ttăng 8.1% tổng sản phẩm trên địa bàn tỉnh; tăng 25% rau xanh
b\tSản lượng lúa đạt 155000 tấn; 4.3%; giảm 12% số hộ nghèo'
}

@test "vn-digest: a count of a structure's parts ('mô hình chính quyền địa phương 2 cấp', 'nhà văn hóa 2 tầng') is no statistic unless a verb says what was done ('tinh giản 2 cấp')" {
	run sh -c "printf 'a\tSau 6 tháng vận hành mô hình chính quyền địa phương 2 cấp, phường đã giải quyết 12.450 hồ sơ; nhà văn hóa 2 tầng được sửa; bộ máy đã tinh giản 2 cấp trung gian.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tgiải quyết 12450 hồ sơ; tinh giản 2 cấp trung gian'
}

@test "vn-digest: giving and raising are verbs of doing ('Nhân dân hiến hơn 12.000 m2 đất', 'huy động 25 tỷ đồng', 'đóng góp', 'ủng hộ')" {
	run sh -c "printf 'a\tNhân dân đã hiến hơn 12.000 m2 đất; xã huy động được 25 tỷ đồng để làm đường.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\thiến 12000 m2 đất; huy động 25000000000 đồng'
}

@test "vn-digest: a count of plans made ('ban hành 15 nghị quyết, 32 kế hoạch') is a statistic; one of targets set ('16 mục tiêu chủ yếu') is not" {
	run digest $'Sáng 10/7/2025, Đảng ủy Khối tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n6 tháng đầu năm, Đảng ủy Khối đã ban hành 15 nghị quyết, 32 kế hoạch để lãnh đạo; đại hội đề ra 16 mục tiêu chủ yếu.'
	check_out $'1.1\tevent\thội nghị sơ kết công tác 6 tháng đầu năm\tSáng 10/7/2025, Đảng ủy Khối tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\t2025-07-10TMO\tĐảng ủy Khối\t\t\t\tban hành 15 nghị quyết; ban hành 32 kế hoạch'
}

@test "vn-digest: a total takes what it totals and its verb ('nâng tổng số hội viên lên 4.215 người', 'Số đảng viên được miễn sinh hoạt là 86 đồng chí'), not a bare 'là' ('Hà Nội và Huế là 2 trung tâm')" {
	run digest $'Sáng 12/12/2025, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\nTrong năm, Hội kết nạp 310 hội viên, nâng tổng số hội viên toàn huyện lên 4.215 người; Số đảng viên được miễn sinh hoạt là 86 đồng chí; Hà Nội và Huế là 2 trung tâm.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 12/12/2025, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2025-12-12TMO\tHuyện ủy\t\t\t\tkết nạp 310 hội viên; nâng tổng số hội viên toàn huyện lên 4215 người; Số đảng viên được miễn sinh hoạt là 86 đồng chí; 2 trung tâm'
}

@test "vn-digest: a sum's name says what its sum measures, right before it ('với tổng kinh phí hơn 20 tỷ đồng', 'có tổng diện tích 1.250 ha') or as a total's ('Tổng vốn đầu tư thực hiện là 45 tỷ đồng')" {
	run sh -c "printf 'a\tXã khởi công 6 công trình với tổng kinh phí hơn 20 tỷ đồng.\nb\tKhu công nghiệp có tổng diện tích 1.250 ha.\nc\tTổng vốn đầu tư thực hiện là 45 tỷ đồng.\nd\tĐoàn trao 15 suất quà có tổng giá trị 30 triệu đồng.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t6 công trình; tổng kinh phí 20000000000 đồng
b\ttổng diện tích 1250 ha
c\tTổng vốn đầu tư thực hiện là 45000000000 đồng
d\ttrao 15 suất quà; tổng giá trị 30000000 đồng'
}

@test "vn-digest: a change after a comma measures the sum before it ('tổng thu ngân sách ước đạt 1.120 tỷ đồng, tăng 14,2% so với cùng kỳ'), and only a sum's" {
	run digest $'Sáng 8/1/2026, Thị ủy tổ chức hội nghị tổng kết công tác năm 2025.\nTổng thu ngân sách trên địa bàn ước đạt 1.120 tỷ đồng, tăng 14,2% so với cùng kỳ; diện tích lúa là 5.400 ha, giảm 2,1% so với cùng kỳ.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 8/1/2026, Thị ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-08TMO\tThị ủy\t\t\t\tTổng thu ngân sách trên địa bàn ước đạt 1120000000000 đồng; tăng 14.2% Tổng thu ngân sách trên địa bàn; 5400 ha; giảm 2.1% so với cùng kỳ'
}

@test "vn-digest: a sum's measure goes on past the commas of halves that share a word ('xuất, nhập khẩu', 'giá trị sản xuất nông, lâm, thủy sản') and past a month named in it ('thu ngân sách tháng 12'), not past a clause's opening or a number's comma" {
	run digest $'Sáng 6/1/2026, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\nNăm 2025, xuất, nhập khẩu đạt 320 triệu USD, tăng 8,5% so với cùng kỳ; giá trị sản xuất nông, lâm, thủy sản ước đạt 2.150 tỷ đồng; thu ngân sách tháng 12 ước đạt 95 tỷ đồng; diện tích trung bình 1.240,5ha, lượng mưa trung bình năm đạt 1.800 mm.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tHuyện ủy\t\t\t\txuất, nhập khẩu đạt 320000000 USD; tăng 8.5% xuất, nhập khẩu; giá trị sản xuất nông, lâm, thủy sản ước đạt 2150000000000 đồng; thu ngân sách tháng 12 ước đạt 95000000000 đồng; 1240.5 ha; lượng mưa trung bình năm đạt 1800 mm'
}

@test "vn-digest: a change after a comma measures the count before it where the count's phrase has two words at least ('có 3.200 thanh niên được giải quyết việc làm, tăng 15%'), not a unit alone ('2.150 tỷ đồng') nor a rate ('16,2 máy/100 dân')" {
	run digest $'Sáng 6/1/2026, Tỉnh đoàn tổ chức hội nghị tổng kết công tác năm 2025.\nNăm 2025, toàn tỉnh có 3.200 thanh niên được giải quyết việc làm, tăng 15% so với năm trước; vốn vay là 2.150 tỷ đồng, tăng 8% so với năm trước; mật độ điện thoại là 16,2 máy/100 dân, tăng 5% so với năm trước.'
	check_out $'1.1\tevent\thội nghị tổng kết công tác năm 2025\tSáng 6/1/2026, Tỉnh đoàn tổ chức hội nghị tổng kết công tác năm 2025.\t2026-01-06TMO\tTỉnh đoàn\t\t\t\t3200 thanh niên được giải quyết việc làm; tăng 15% thanh niên được giải quyết việc làm; 2150000000000 đồng; tăng 8% so với năm trước; 16.2 máy/100 dân; tăng 5% so với năm trước'
}

@test "vn-digest: a count's phrase stops before another figure of its clause ('156 đại biểu thay mặt cho 2.340 đảng viên'), and a rate raised takes its subject ('nâng tỷ lệ che phủ rừng lên 46,5%')" {
	run digest $'Sáng 20/6/2025, Đảng bộ xã tổ chức đại hội đại biểu lần thứ IV.\nĐại hội có 156 đại biểu thay mặt cho 2.340 đảng viên trong Đảng bộ; xã nâng tỷ lệ che phủ rừng lên 46,5%.'
	check_out $'1.1\tevent\tđại hội đại biểu lần thứ IV\tSáng 20/6/2025, Đảng bộ xã tổ chức đại hội đại biểu lần thứ IV.\t2025-06-20TMO\tĐảng bộ xã\t\t\t\t156 đại biểu; 2340 đảng viên trong Đảng bộ; 46.5% che phủ rừng'
}

@test "vn-digest: a count's verb is found past words of how it was done ('giải quyết đúng hạn', 'giải quyết dứt điểm', 'tiếp nhận kịp thời')" {
	run digest $'Sáng 8/1, UBND xã tổ chức hội nghị tổng kết năm 2025.\nTrung tâm giải quyết đúng hạn 3.150 hồ sơ, tiếp nhận kịp thời 96 kiến nghị; xã giải quyết dứt điểm 14 vụ việc.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 8/1, UBND xã tổ chức hội nghị tổng kết năm 2025.\t2026-01-08TMO\tUBND xã\t\t\t\tgiải quyết 3150 hồ sơ; tiếp nhận 96 kiến nghị; giải quyết 14 vụ việc'
}

@test "vn-digest: a meeting's body right after its kind holds it ('Hội nghị Ban Thường vụ Huyện ủy Tiên Du tháng 11', without the month; 'cuộc họp Bộ Chính trị'); not the object of a ceremony ('lễ bàn giao Đài Phát thanh ...')" {
	run sh -c "printf '%s\n' 'Hội nghị Ban Thường vụ Huyện ủy Tiên Du tháng 11' | vn-digest | cut -f4,7"
	check_out $'Hội nghị Ban Thường vụ Huyện ủy Tiên Du tháng 11\tBan Thường vụ Huyện ủy Tiên Du'
	run sh -c "printf '%s\n' 'Sau cuộc họp Bộ Chính trị, Tổng Bí thư trở về.' | vn-digest | cut -f4,7"
	check_out $'cuộc họp Bộ Chính trị\tBộ Chính trị'
	run sh -c "printf '%s\n' 'Sáng 3/5, lễ bàn giao Đài Phát thanh huyện diễn ra tại xã.' | vn-digest | cut -f4,7"
	check_out $'lễ bàn giao Đài Phát thanh huyện\t'
}

@test "vn-digest: the decisions a conference hands over are its subject past 'các', 'những' ('hội nghị công bố và trao các quyết định về công tác cán bộ')" {
	run sh -c "printf '%s\n' 'Chiều 15/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố và trao các quyết định về công tác cán bộ.' | vn-digest | cut -f4,7"
	check_out $'hội nghị công bố và trao các quyết định về công tác cán bộ\tBan Thường vụ Tỉnh ủy'
}

@test "vn-digest: a holding verb in what is reported after an event ('Báo cáo tại buổi làm việc cho biết, 100% chi bộ đã tổ chức xong đại hội') does not say that event was held: the lead's stays" {
	run sh -c "printf '%s\n' 'Chiều 20/3, Đoàn công tác của Ban Tổ chức Trung ương có buổi làm việc với Ban Thường vụ Tỉnh ủy.' 'Báo cáo tại buổi làm việc cho biết, 100% chi bộ đã tổ chức xong đại hội.' | vn-digest | cut -f4,5"
	check_out $'buổi làm việc với Ban Thường vụ Tỉnh ủy\tChiều 20/3, Đoàn công tác của Ban Tổ chức Trung ương có buổi làm việc với Ban Thường vụ Tỉnh ủy.'
}

@test "vn-digest: paying into the budget is a count's verb ('nộp ngân sách 4.120 tỷ đồng', 'nộp 40 tấn thóc')" {
	run digest $'Sáng 26/12, Đảng ủy Khối tổ chức hội nghị tổng kết năm 2025.\nCác doanh nghiệp nộp ngân sách 4.120 tỷ đồng; các hộ nộp 40 tấn thóc.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 26/12, Đảng ủy Khối tổ chức hội nghị tổng kết năm 2025.\t2025-12-26TMO\tĐảng ủy Khối\t\t\t\tnộp ngân sách 4120000000000 đồng; nộp 40 tấn thóc'
}

@test "vn-digest: strengthening the bodies after a merger is a count's verb ('sắp xếp, kiện toàn 102 tổ chức cơ sở đảng')" {
	run digest $'Sáng 8/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết năm 2025.\nNgành đã tham mưu sắp xếp, kiện toàn 102 tổ chức cơ sở đảng sau sáp nhập.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 8/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết năm 2025.\t2026-01-08TMO\tBan Tổ chức Tỉnh ủy\t\t\t\tkiện toàn 102 tổ chức cơ sở đảng sau sáp nhập'
}

@test "vn-digest: a rate's subject keeps a year in its first clause ('tỷ lệ ... trở lên năm 2023 đạt 89,6%'), not one after a comma; 'xử lý kỷ luật' and 'đưa ra khỏi Đảng' are a count's verbs" {
	run digest $'Sáng 19/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.\nToàn tỉnh đã xử lý kỷ luật 1.052 đảng viên; đưa ra khỏi Đảng 215 đảng viên. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ năm 2023 đạt 89,6%. Tỷ lệ sinh giảm nhanh, đến năm 2008 đạt 1,12%.'
	check_out $'1.1\tevent\thội nghị sơ kết\tSáng 19/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.\tXXXX-09-19TMO\tBan Thường vụ Tỉnh ủy\t\t\t\txử lý kỷ luật 1052 đảng viên; đưa ra khỏi Đảng 215 đảng viên; 89.6% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ năm 2023; 1.12%'
}

@test "vn-digest: a congress's body after 'Đại hội đại biểu' holds it, a place named after the body's word ('Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ XXI ... đã bế mạc')" {
	run sh -c "printf '%s\n' 'Chiều 16/10, Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ XXI, nhiệm kỳ 2025 - 2030 đã bế mạc.' | vn-digest | cut -f4,6,7"
	check_out $'Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ XXI, nhiệm kỳ 2025 - 2030\t2025-10-16TAF\tĐảng bộ tỉnh Bắc Ninh'
}

@test "vn-digest STATS: a count's phrase ends without the words that open a list before a colon ('3 học sinh được kết nạp gồm:', '9 đơn vị hành chính như sau:', '4 xã là:', '14 đảng viên bằng các hình thức:')" {
	run digest $'Sáng 19/5, Chi bộ tổ chức lễ kết nạp đảng viên.\n3 học sinh được kết nạp gồm: An, Bình và Chi. Huyện có 9 đơn vị hành chính như sau: ... Thị xã có 4 xã là: ...'
	check_out $'1.1\tevent\tlễ kết nạp đảng viên\tSáng 19/5, Chi bộ tổ chức lễ kết nạp đảng viên.\tXXXX-05-19TMO\tChi bộ\t\t\t\t3 học sinh được kết nạp; 9 đơn vị hành chính; 4 xã'
	run digest $'Sáng 19/5, Chi bộ tổ chức lễ kết nạp đảng viên.\nĐảng bộ đã thi hành kỷ luật 14 đảng viên bằng các hình thức: khiển trách 10, cảnh cáo 4.'
	check_out $'1.1\tevent\tlễ kết nạp đảng viên\tSáng 19/5, Chi bộ tổ chức lễ kết nạp đảng viên.\tXXXX-05-19TMO\tChi bộ\t\t\t\tthi hành kỷ luật 14 đảng viên'
}

@test "vn-digest: a festival is an event ('Ngày hội Đại đoàn kết toàn dân tộc', 'Liên hoan ...'); 'xã hội diễn ra' is none" {
	run sh -c "printf '%s\n' 'Sáng 15/11, Ban Công tác Mặt trận thôn Đông tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.' | vn-digest | cut -f4,6,7"
	check_out $'Ngày hội Đại đoàn kết toàn dân tộc năm 2025\t2025-11-15TMO\tBan Công tác Mặt trận thôn Đông'
	run sh -c "printf '%s\n' 'Sáng 3/2, Huyện ủy tổ chức Liên hoan tuyên truyền ca khúc cách mạng.' | vn-digest | cut -f4,7"
	check_out $'Liên hoan tuyên truyền ca khúc cách mạng\tHuyện ủy'
	run sh -c "printf '%s\n' 'Đời sống xã hội diễn ra bình thường.' | vn-digest | cut -f4"
	check_out ''
}

@test "vn-digest STATS: what a count measures goes on over the commas of a yearly review's verbs ('được kiểm điểm, đánh giá, xếp loại'), and a share after it takes it" {
	run digest $'Sáng 27/12, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\nCó 45 tổ chức cơ sở đảng được đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ, chiếm 26,3%.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 27/12, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\t2025-12-27TMO\tHuyện ủy\t\t\t\t45 tổ chức cơ sở đảng được đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ; 26.3% tổ chức cơ sở đảng được đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ'
}

@test "vn-digest: a working visit told by its verb with a body is an event ('đồng chí X, Bí thư Tỉnh ủy, làm việc với Ban Thường vụ Đảng ủy xã ...'); not work with a person, nor 'khi làm việc với'" {
	run sh -c "printf '%s\n' 'Chiều 6/11, đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy, làm việc với Ban Thường vụ Đảng ủy xã Phú Lộc về tình hình sau sáp nhập.' | vn-digest | cut -f4,6"
	check_out $'làm việc với Ban Thường vụ Đảng ủy xã Phú Lộc về tình hình sau sáp nhập\tXXXX-11-06TAF'
	run sh -c "printf '%s\n' 'Ông làm việc với Leonard Wood nhiều năm.' 'Khi làm việc với UBND huyện, ông rất cởi mở.' | vn-digest | cut -f4"
	check_out ''
}

@test "vn-digest AWARDS: a giver named by the last words of a name alone is the one person of the article whose name ends so ('đồng chí Khánh trao ...' after 'Đại tá Lương Văn Khánh'); not where two people's names end so" {
	run sh -c "printf '%s\n' 'Đại tá Lương Văn Khánh, Giám đốc Công an tỉnh chủ trì hội nghị.' 'Dịp này, đồng chí Khánh trao Kỷ niệm chương Vì sự nghiệp xây dựng Đảng cho 5 đồng chí.' | vn-digest | cut -f9"
	check_out 'Kỷ niệm chương Vì sự nghiệp xây dựng Đảng (Lương Văn Khánh): 5 đồng chí'
	run sh -c "printf '%s\n' 'Đại tá Lương Văn Khánh chủ trì hội nghị, đồng chí Trần Minh Khánh phát biểu.' 'Dịp này, đồng chí Khánh trao Giấy khen cho 5 đồng chí.' | vn-digest | cut -f9"
	check_out 'Giấy khen (Khánh): 5 đồng chí'
}

@test "vn-digest AWARDS: a total by a name of the kind is left out where its parts add up to it, noun by noun ('Huy hiệu Đảng cho 20 đảng viên', then 5 + 15); kept where they do not" {
	run sh -c "printf '%s\n' 'Sáng 3/2, Thành ủy tổ chức lễ trao Huy hiệu Đảng cho 20 đảng viên.' 'Đợt này có 5 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 15 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.' | vn-digest | cut -f9"
	check_out 'Huy hiệu 50 năm tuổi Đảng: 5 đảng viên; Huy hiệu 30 năm tuổi Đảng: 15 đảng viên'
	run sh -c "printf '%s\n' 'Sáng 3/2, Thành ủy tổ chức lễ trao Huy hiệu Đảng cho 25 đảng viên.' 'Đợt này có 5 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 15 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.' | vn-digest | cut -f9"
	check_out 'Huy hiệu Đảng (Thành ủy): 25 đảng viên; Huy hiệu 50 năm tuổi Đảng: 5 đảng viên; Huy hiệu 30 năm tuổi Đảng: 15 đảng viên'
}

@test "vn-digest STATS: the share of targets met is a statistic where the words of meeting them follow ('21/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch', '38/41 chỉ tiêu hoàn thành'); not where a plan sets them ('phấn đấu 22/22 chỉ tiêu đạt kế hoạch')" {
	run sh -c "printf 'a\tNăm 2025 có 21/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch.\nb\tTỉnh có 38/41 chỉ tiêu hoàn thành.\nc\tNăm 2026, tỉnh phấn đấu 22/22 chỉ tiêu đạt kế hoạch.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t21/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch
b\t38/41 chỉ tiêu hoàn thành
c\t'
}

@test "vn-digest STATS: the plan word of a share of targets met makes no target of the figures after it in its clause ('hoàn thành 17/19 chỉ tiêu chủ yếu, tỷ lệ hộ nghèo giảm còn 18,5%'); a plan word set ahead still does ('phấn đấu đạt 19/19 chỉ tiêu, ...', 'để bảo đảm đạt mục tiêu 3% - 4% ...')" {
	run sh -c "printf 'a\tNăm 2025, huyện đã hoàn thành 17/19 chỉ tiêu chủ yếu, tỷ lệ hộ nghèo giảm còn 18,5%%.\nb\tNăm 2026, huyện phấn đấu đạt 19/19 chỉ tiêu, tỷ lệ hộ nghèo giảm còn 15%%.\nc\tCông tác phát triển đảng để bảo đảm đạt mục tiêu 3%% - 4%% tổng số đảng viên hằng năm gặp nhiều khó khăn.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t17/19 chỉ tiêu chủ yếu; 18.5% hộ nghèo
b\t
c\t'
}

@test "vn-digest STATS: the share of targets met is a statistic ('đạt 15/17 chỉ tiêu chủ yếu', 'đạt và vượt 16/18 chỉ tiêu'); a share of targets set is none ('đề ra 5/6 chỉ tiêu')" {
	run digest $'Sáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\nNăm 2025, huyện đạt 15/17 chỉ tiêu chủ yếu; đạt và vượt 16/18 chỉ tiêu; đề ra 5/6 chỉ tiêu.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\t2026-01-05TMO\tHuyện ủy\t\t\t\t15/17 chỉ tiêu chủ yếu; 16/18 chỉ tiêu'
}

@test "vn-digest STATS: the count of a list of names is its unit alone ('sáp nhập 3 xã Tân Lập, Tân Hòa và Phú Mỹ', 'kỷ luật 2 đồng chí A, B'); a people's name stays ('8.000 người Chăm, ...')" {
	run digest $'Sáng 5/1, Đảng ủy xã tổ chức hội nghị tổng kết năm 2025.\nXã được thành lập năm 2025 trên cơ sở sáp nhập 3 xã Tân Lập, Tân Hòa và Phú Mỹ; thi hành kỷ luật 2 đồng chí Lê Văn Tâm, Hà Thị Nga.\nXã có 8.000 người Chăm, 2.000 người Kinh.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 5/1, Đảng ủy xã tổ chức hội nghị tổng kết năm 2025.\t2026-01-05TMO\tĐảng ủy xã\t\t\t\tsáp nhập 3 xã; thi hành kỷ luật 2 đồng chí; 8000 người Chăm; 2000 người Kinh'
}

@test "vn-digest ORGANIZER: a working visit's is the body that visits, or whose delegation does ('Thường trực Tỉnh ủy làm việc với ...', 'Đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí X làm trưởng đoàn làm việc với ...', 'đoàn' in small letters opening its clause too), and who 'đã có buổi làm việc với ...'; 'X họp tổng kết' is X's" {
	run sh -c "printf '%s\n' 'Chiều 5/1, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Yên Dũng về công tác chuẩn bị đại hội.' | vn-digest | cut -f4,7"
	check_out $'làm việc với Ban Thường vụ Huyện ủy Yên Dũng về công tác chuẩn bị đại hội\tThường trực Tỉnh ủy'
	run sh -c "printf '%s\n' 'Sáng 6/1, Đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy làm trưởng đoàn làm việc với Đảng ủy xã Tân Lập.' | vn-digest | cut -f4,7,8"
	check_out $'làm việc với Đảng ủy xã Tân Lập\tBan Thường vụ Tỉnh ủy\t'
	run sh -c "printf '%s\n' 'Chiều 10/1, Ban Tổ chức Tỉnh ủy họp tổng kết công tác tổ chức xây dựng Đảng năm 2024.' | vn-digest | cut -f4,7"
	check_out $'tổng kết công tác tổ chức xây dựng Đảng năm 2024\tBan Tổ chức Tỉnh ủy'
	run sh -c "printf 'a\tChiều 7/1, Thường trực Huyện ủy đã có buổi làm việc với Đảng ủy xã Tân Lập.\nb\tSáng 8/1, đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã có buổi làm việc với Đảng ủy xã Phú Mỹ.\n' | vn-digest -l | cut -f4,7"
	check_out $'buổi làm việc với Đảng ủy xã Tân Lập\tThường trực Huyện ủy
buổi làm việc với Đảng ủy xã Phú Mỹ\tBan Thường vụ Tỉnh ủy'
}

@test "vn-digest ORGANIZER: an authority that is no office holds its session or meeting named after the kind ('Kỳ họp thứ 8 Quốc hội khóa XV khai mạc', 'phiên họp đầu tiên của Chính phủ Lâm thời'); not an office ('hội nghị của Chủ tịch nước')" {
	run sh -c "printf '%s\n' 'Ngày 20/10, Kỳ họp thứ 8 Quốc hội khóa XV khai mạc tại Hà Nội.' | vn-digest | cut -f4,7"
	check_out $'Kỳ họp thứ 8 Quốc hội khóa XV\tQuốc hội'
	run sh -c "printf '%s\n' 'Ngày 3/9/1945, Chính phủ công bố kết quả phiên họp đầu tiên của Chính phủ Lâm thời.' | vn-digest | cut -f4,7"
	check_out $'phiên họp đầu tiên\tChính phủ Lâm thời'
	run sh -c "printf '%s\n' 'Ông phát biểu tại hội nghị quan trọng của Chủ tịch nước.' | vn-digest | cut -f4,7"
	check_out $'hội nghị quan trọng của Chủ tịch nước\t'
}

@test "vn-digest ORGANIZER: a party by its name holds its congress or conference ('Đại hội đại biểu toàn quốc lần thứ X của Đảng Cộng sản Việt Nam khai mạc'); not 'Đảng' alone" {
	run sh -c "printf '%s\n' 'Ngày 18/4/2006, Đại hội đại biểu toàn quốc lần thứ X của Đảng Cộng sản Việt Nam khai mạc tại Hà Nội.' | vn-digest | cut -f4,7"
	check_out $'Đại hội đại biểu toàn quốc lần thứ X\tĐảng Cộng sản Việt Nam'
	run sh -c "printf '%s\n' 'Ông phát biểu tại hội nghị bàn về công tác của Đảng.' | vn-digest | cut -f4,7"
	check_out $'hội nghị bàn về công tác của Đảng\t'
}

@test "vn-digest DATE: a lunar day is its solar day, in the lunar year the text gives or the stamp puts it in ('Ngày 23 tháng Chạp' under a stamp of 20/01/2025 is 2025-01-22); empty with neither" {
	run sh -c "printf '%s\n' 'Thứ Hai, 20/01/2025 - 10:20' 'Ngày 23 tháng Chạp, Đảng ủy xã tổ chức gặp mặt cán bộ hưu trí.' | vn-digest | cut -f4,6"
	check_out $'gặp mặt cán bộ hưu trí\t2025-01-22'
	run sh -c "printf '%s\n' 'Ngày 23 tháng Chạp năm 2024 âm lịch, Đảng ủy xã tổ chức gặp mặt cán bộ hưu trí.' | vn-digest | cut -f4,6"
	check_out $'gặp mặt cán bộ hưu trí\t2025-01-22'
	run sh -c "printf '%s\n' 'Ngày 23 tháng Chạp, Đảng ủy xã tổ chức gặp mặt cán bộ hưu trí.' | vn-digest | cut -f4,6"
	check_out $'gặp mặt cán bộ hưu trí\t'
}

@test "vn-digest STATS: a percentage by which a target is passed keeps its verb ('vượt 3% chỉ tiêu'; it is no share of the target), also as the stat's what in JSON; 'đạt 112% dự toán' stays" {
	run digest $'Sáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\nHuyện kết nạp 412 đảng viên mới, vượt 3% chỉ tiêu; thu ngân sách đạt 112% dự toán.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\t2026-01-05TMO\tHuyện ủy\t\t\t\tkết nạp 412 đảng viên mới; vượt 3% chỉ tiêu; 112% dự toán'
	command -v jq >/dev/null || skip "jq is not installed (apt-get install jq)"
	run sh -c "printf '%s\n' 'Huyện kết nạp 412 đảng viên mới, vượt 3% chỉ tiêu.' | vn-digest -j | jq -c '.stats[1] | [.what, .text]'"
	check_out '["vượt","vượt 3% chỉ tiêu"]'
}

@test "vn-digest ORGANIZER: a cell named by its village or its number, then the Party committee it is of, holds it with it ('Chi bộ thôn Đồng Tâm, Đảng bộ xã Hợp Thịnh tổ chức', 'Chi bộ 3, Đảng bộ phường Tân Mai tổ chức')" {
	run sh -c "printf '%s\n' 'Ngày 12/4, Chi bộ thôn Đồng Tâm, Đảng bộ xã Hợp Thịnh tổ chức Đại hội điểm nhiệm kỳ 2025 - 2027.' | vn-digest | cut -f4,7"
	check_out $'Đại hội điểm nhiệm kỳ 2025 - 2027\tChi bộ thôn Đồng Tâm, Đảng bộ xã Hợp Thịnh'
	run sh -c "printf '%s\n' 'Ngày 12/4, Chi bộ 3, Đảng bộ phường Tân Mai tổ chức Đại hội.' | vn-digest | cut -f7"
	check_out 'Chi bộ 3, Đảng bộ phường Tân Mai'
}

@test "vn-digest ORGANIZER: none where the holding verb is a noun ('là nơi tổ chức', 'với sự triệu tập', 'việc tổ chức'), a clause forbids it ('Không được tự ý tổ chức') or names people, no body ('Những người ... đã tổ chức')" {
	run sh -c "printf 'a\tThành phố cũng là nơi tổ chức Liên hoan Phim Quốc tế.\nb\tCuộc cách mạng bắt đầu với sự triệu tập Hội nghị các đẳng cấp.\nc\tKhông được tự ý tổ chức hội thảo về vấn đề này.\nd\tNhững người theo phái đó đã tổ chức Hội nghị Philadelphia.\n' | vn-digest -l | cut -f1,7"
	check_out $'a\t
b\t
c\t
d\t'
}

@test "vn-digest ORGANIZER: none where a pronoun, a purpose, a time of every year or one that points back stands for the body ('Họ tổ chức', 'Để tổ chức', 'Hằng năm con cháu họ Hồ tổ chức', 'Cơ quan này tổ chức'), nor where 'tổ chức' is a noun ('Điều 2 của Luật tổ chức Tòa án'); 'cũng' before the verb is no part of it ('Bộ LĐTBXH cũng đã tổ chức')" {
	run sh -c "printf 'a\tHọ tổ chức một hội nghị tại Eufaula.\nb\tĐể tổ chức được hội nghị này là điều không dễ.\nc\tHằng năm con cháu họ Hồ tổ chức lễ dâng hương.\nd\tCơ quan này tổ chức đại hội hằng năm.\ne\tTheo Điều 2 của Luật tổ chức Tòa án, kỳ họp thứ 11 đã quyết định.\nf\tBộ LĐTBXH cũng đã tổ chức hội thảo lấy ý kiến.\n' | vn-digest -l | cut -f1,7"
	check_out $'a\t
b\t
c\t
d\t
e\t
f\tBộ LĐTBXH'
}

@test "vn-digest STATS: a percentage a measure changed by keeps its verb ('giảm 1.8% Tỷ lệ hộ nghèo toàn tỉnh', 'tăng 9.2% tổng giá trị sản xuất'); not one a measure's name ends with ('tốc độ tăng 8%'), nor the level reached ('giảm còn 1,5%')" {
	run digest $'Sáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\nTổng giá trị sản xuất đạt 9.850 tỷ đồng, tăng 9,2% so với năm 2024; tỷ lệ hộ nghèo toàn tỉnh giảm 1,8% so với năm 2024.\nTốc độ tăng 8% mỗi năm; tỷ lệ hộ cận nghèo giảm còn 1,5%.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\t2026-01-05TMO\tHuyện ủy\t\t\t\tTổng giá trị sản xuất đạt 9850000000000 đồng; tăng 9.2% Tổng giá trị sản xuất; giảm 1.8% tỷ lệ hộ nghèo toàn tỉnh; 8% mỗi năm; 1.5% hộ cận nghèo'
}

@test "vn-digest DATE: an anniversary without its years in brackets is of the year its founding's day gives, by a table of facts ('80 năm Ngày thành lập Quân đội nhân dân Việt Nam' on 20/12 is 2024; '95 năm Ngày thành lập Đảng'; '135 năm Ngày sinh Chủ tịch Hồ Chí Minh'); not a body below ('70 năm thành lập Đảng bộ huyện')" {
	run sh -c "printf 'a\tChiều 20/12, Ban Thường vụ Tỉnh ủy tổ chức Lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam.\nb\tSáng 2/2, Tỉnh ủy tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.\nc\tSáng 18/5, xã tổ chức lễ kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.\nd\tSáng 2/2, Huyện ủy tổ chức Lễ kỷ niệm 70 năm thành lập Đảng bộ huyện.\n' | vn-digest -l | cut -f1,6"
	check_out $'a\t2024-12-20TAF
b\t2025-02-02TMO
c\t2025-05-18TMO
d\tXXXX-02-02TMO'
}

@test "vn-digest DATE: a review of the years of a document carried out is of the year its day and the years give ('tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016' on 28-5 is 2026; 'sơ kết 3 năm triển khai Nghị quyết số 21-NQ/TU ngày 20/7/2021 của Tỉnh ủy' on 10/8 is 2024; 'tổng kết 20 năm thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003' on 8/10 and on 15/1 is 2023); not a day after the clause ends, nor one of no year" {
	run sh -c "printf 'a\tSáng 28-5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị.\nb\tChiều 10/8, Huyện ủy tổ chức hội nghị sơ kết 3 năm triển khai Nghị quyết số 21-NQ/TU ngày 20/7/2021 của Tỉnh ủy về phát triển du lịch.\ne\tNgày 8/10, Thị ủy tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng khóa IX.\nf\tNgày 15/1, Thị ủy tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003.\nc\tSáng 5/6, Đảng ủy xã tổ chức hội nghị tổng kết 5 năm thực hiện Kết luận số 01-KL/TW; ngày 20/5/2021 Bộ Chính trị ban hành Kết luận.\nd\tSáng 5/6, Đảng ủy xã tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 12 ngày 20/5.\n' | vn-digest -l | cut -f1,6"
	check_out $'a\t2026-05-28TMO
b\t2024-08-10TAF
e\t2023-10-08
f\t2023-01-15
c\tXXXX-06-05TMO
d\tXXXX-06-05TMO'
}

@test "vn-digest: 'sinh hoạt chuyên đề' right after 'tổ chức' is an event ('Đảng ủy xã tổ chức sinh hoạt chuyên đề năm 2025 với chủ đề ...'); the verb elsewhere is none" {
	run sh -c "printf 'a\tChiều 12/9, Đảng ủy xã Nghĩa Đàn tổ chức sinh hoạt chuyên đề năm 2025 với chủ đề \"Học tập và làm theo Bác\".\nb\tCác chi bộ sinh hoạt chuyên đề mỗi quý một lần.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\tsinh hoạt chuyên đề năm 2025\t2025-09-12TAF\tĐảng ủy xã Nghĩa Đàn
b\t\t\t'
}

@test "vn-digest: 'kỷ niệm' right after 'tổ chức' is an event, dated by the founding it counts from ('tổ chức kỷ niệm 95 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng' on 14/10 is 2025-10-14); 'kỷ niệm' as a verb elsewhere is none" {
	run sh -c "printf 'a\tSáng 14/10, Ban Tổ chức Tỉnh ủy tổ chức kỷ niệm 95 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng.\nb\tNhân dân cả nước kỷ niệm ngày Quốc khánh.\n' | vn-digest -l | cut -f1,4,6,7"
	check_out $'a\tkỷ niệm 95 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng\t2025-10-14TMO\tBan Tổ chức Tỉnh ủy
b\t\t\t'
}

@test "vn-digest ORGANIZER: a province's delegation of deputies is a body ('Đoàn đại biểu Quốc hội tỉnh làm việc với ...', 'Đoàn ĐBQH tỉnh tổ chức tiếp xúc cử tri')" {
	run sh -c "printf 'a\tChiều 5/1, Đoàn đại biểu Quốc hội tỉnh làm việc với UBND huyện Lục Nam.\nb\tChiều 5/1, Đoàn ĐBQH tỉnh tổ chức tiếp xúc cử tri tại xã Tân Lập.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tlàm việc với UBND huyện Lục Nam\tĐoàn đại biểu Quốc hội tỉnh
b\ttiếp xúc cử tri\tĐoàn ĐBQH tỉnh'
}

@test "vn-digest STATS: a figure's phrase ends where a clause of a purpose, a time or a contrast opens ('để', 'nhằm', 'nhưng', 'khi', 'sau khi' ...), without the 'và' that joined it" {
	run digest $'Sáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\nHuyện đã tổ chức 12 hội nghị nhằm quán triệt nghị quyết; huy động 25 tỷ đồng để làm đường; kết nạp 58 đảng viên mới sau khi hoàn thành lớp bồi dưỡng; thu ngân sách giảm 3,1% nhưng vẫn đạt dự toán.'
	check_out $'1.1\tevent\thội nghị tổng kết năm 2025\tSáng 5/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.\t2026-01-05TMO\tHuyện ủy\t\t\t\ttổ chức 12 hội nghị; huy động 25000000000 đồng; kết nạp 58 đảng viên mới; giảm 3.1% thu ngân sách'
}

@test "vn-digest STATS: a share in brackets after a count measures what the count does, and the count's phrase goes on after it ('118 tổ chức cơ sở đảng (chiếm 19,28%) hoàn thành xuất sắc nhiệm vụ', '(72,06%)'); one compared with a target measures the comparison ('kết nạp 934 đảng viên (đạt 71,85%) so với kế hoạch'); one of an area or a sum stays bare ('203 ha (chiếm 2,02%)')" {
	run sh -c "printf 'a\tCó 118 tổ chức cơ sở đảng (chiếm 19,28%%) hoàn thành xuất sắc nhiệm vụ; 441 tổ chức cơ sở đảng (72,06%%) hoàn thành tốt nhiệm vụ.\nb\tTỉnh đã kết nạp mới 934 đảng viên (đạt 71,85%%) so với kế hoạch năm 2022.\nc\tĐất chưa sử dụng là 203 ha (chiếm 2,02%%) chủ yếu là bãi bồi.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t118 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ; 19.28% tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ; 441 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; 72.06% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ
b\tkết nạp 934 đảng viên; 71.85% so với kế hoạch năm 2022
c\t203 ha chủ yếu là bãi bồi; 2.02%'
}

@test "vn-digest STATS: a share alone in its clause after the comma that ends a ratio's is the ratio's ('57/62 tổ chức cơ sở đảng ..., đạt 91,9%'); not one with words after it, nor after a count" {
	run sh -c "printf 'a\tĐảng bộ có 57/62 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, đạt 91,9%%; kết nạp 210 đảng viên.\nb\tCó 45/50 chi bộ đạt trong sạch vững mạnh, chiếm 90%% tổng số chi bộ.\nc\tXã có 340 hộ thoát nghèo, đạt 85%%.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t57/62 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; 91.9% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; kết nạp 210 đảng viên
b\t45/50 chi bộ đạt trong sạch vững mạnh; 90% tổng số chi bộ
c\t340 hộ thoát nghèo; đạt 85%'
}

@test "vn-digest STATS: a share in brackets after a ratio is the ratio's, whatever word opens it ('1.235/1.356 đảng viên được xếp loại ... (đạt 91,08%)', '15/17 chỉ tiêu (đạt 88,2%)')" {
	run sh -c "printf 'a\tNăm 2025, Đảng bộ có 1.235/1.356 đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên (đạt 91,08%%).\nb\tHuyện đạt 15/17 chỉ tiêu (đạt 88,2%%).\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t1235/1356 đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 91.08% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên
b\t15/17 chỉ tiêu; 88.2% chỉ tiêu'
}

@test "vn-digest STATS: what is left of a rate after its change and a comma is of the rate ('Tỷ lệ hộ nghèo giảm 2,1%, còn 8,4%')" {
	run sh -c "printf 'a\tTỷ lệ hộ nghèo giảm 1,6%%, còn 3,2%%; thu ngân sách đạt 410 tỷ đồng.\nb\tTỷ lệ thất nghiệp giảm 0,5%%, xuống còn 2,1%%.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tgiảm 1.6% Tỷ lệ hộ nghèo; 3.2% Tỷ lệ hộ nghèo; thu ngân sách đạt 410000000000 đồng
b\tgiảm 0.5% Tỷ lệ thất nghiệp; 2.1% Tỷ lệ thất nghiệp'
}

@test "vn-digest STATS: a percentage a subject is said to make up measures it ('đảng viên nữ chiếm 41,2%', 'Đảng viên trẻ chiếm tỷ lệ 30%'), past the words that open its clause ('Trong đó,', 'tiếp đến là', 'hiện'); a share after a count and a comma stays the count's" {
	run sh -c "printf 'a\tTrong đó, đảng viên là đoàn viên thanh niên chiếm 68,5%%, đảng viên nữ chiếm 41,2%%.\nb\tĐảng viên trẻ chiếm tỷ lệ 30%%, tiếp đến là người Nùng chiếm 4,5%%.\nc\tCó 418 đảng viên là người dân tộc thiểu số, chiếm 68,3%%.\nd\tHiện đất nông nghiệp chiếm 82,9%%.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t68.5% đảng viên là đoàn viên thanh niên; 41.2% đảng viên nữ
b\t30% Đảng viên trẻ; 4.5% người Nùng
c\t418 đảng viên là người dân tộc thiểu số; 68.3% đảng viên là người dân tộc thiểu số
d\t82.9% đất nông nghiệp'
}

@test "vn-digest STATS: a value and unit said again of another measure is another figure ('100% xã có đường ô tô' and '100% đại biểu tán thành', 'kết nạp 12 đảng viên' and 'kỷ luật 12 đảng viên'); of the same measure it is counted once" {
	run sh -c "printf 'a\tNăm 2024, 100%% xã có đường ô tô đến trung tâm; Đảng bộ kết nạp 12 đảng viên, thi hành kỷ luật 12 đảng viên. Hội nghị thông qua Nghị quyết với 100%% đại biểu tán thành. Cả năm có 97,5%% đảng viên hoàn thành tốt nhiệm vụ; 97,5%% đảng viên hoàn thành tốt nhiệm vụ trở lên là kết quả đáng ghi nhận. Đảng bộ đã kết nạp được 12 đảng viên mới.\n' | vn-digest -l | cut -f11"
	check_out '100% xã có đường ô tô đến trung tâm; kết nạp 12 đảng viên; thi hành kỷ luật 12 đảng viên; 100% đại biểu tán thành; 97.5% đảng viên hoàn thành tốt nhiệm vụ'
}

@test "vn-digest STATS: a percentage a measure changed by each year keeps the verb and takes the measure before it ('tỷ lệ hộ nghèo giảm bình quân 4,5%/năm', 'giảm 3%/năm'), or after a sum and a comma the sum's ('thu ngân sách đạt 900 tỷ đồng, bình quân tăng 11%/năm'); a measure's name before a plain change is none ('tốc độ tăng 7% mỗi năm')" {
	run sh -c "printf 'a\tGiai đoạn 2020 - 2025, tỷ lệ hộ nghèo của huyện giảm bình quân 4,5%%/năm; tỷ lệ hộ cận nghèo giảm 3%%/năm; thu ngân sách đạt 900 tỷ đồng, bình quân tăng 11%%/năm; tốc độ tăng 7%% mỗi năm.\n' | vn-digest -l | cut -f11"
	check_out 'giảm bình quân 4.5% tỷ lệ hộ nghèo của huyện; giảm 3% tỷ lệ hộ cận nghèo; thu ngân sách đạt 900000000000 đồng; tăng 11% thu ngân sách; 7% mỗi năm'
}

@test "vn-digest STATS: a growth in times names what grew, from its clause's start, without its comparison ('Thu nhập ... tăng gấp 6,8 lần so với năm 2008'); past 'Tuy' and the last 'với'; none after 'so với' or a change alone after a comma" {
	run sh -c "printf 'a\tThu nhập bình quân của người dân nông thôn tăng gấp 6,8 lần so với năm 2008.\nb\tTuy kim ngạch xuất khẩu tăng 2,4 lần, nhập khẩu còn cao.\nc\tKinh tế phục hồi với sản lượng điện tăng gấp 3 lần.\nd\tSo với năm 2010 thì tăng gấp 4 lần.\ne\tSản lượng lúa đạt 48.000 tấn, tăng 1,5 lần so với năm 2020.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tThu nhập bình quân của người dân nông thôn tăng gấp 6.8 lần
b\tkim ngạch xuất khẩu tăng 2.4 lần
c\tsản lượng điện tăng gấp 3 lần
d\t4 lần
e\tSản lượng lúa đạt 48000 tấn; tăng 1.5 lần so với năm 2020'
}

@test "vn-digest STATS: the inspection of the Party's rules for one with signs of a breach is one verb of eight words ('kiểm tra khi có dấu hiệu vi phạm đối với 5 đảng viên' was '5 đảng viên' alone)" {
	run sh -c "printf 'a\tỦy ban Kiểm tra Huyện ủy đã kiểm tra khi có dấu hiệu vi phạm đối với 6 đảng viên và 2 tổ chức đảng.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tkiểm tra khi có dấu hiệu vi phạm 6 đảng viên; kiểm tra khi có dấu hiệu vi phạm 2 tổ chức đảng'
}

@test "vn-digest STATS: the verbs of the police's, the fishers' and the builders' counts say what was done ('làm rõ', 'bắt giữ', 'khởi tố', 'đánh bắt', 'xây mới', 'sửa chữa', 'trồng'); a rate reached that names nothing after it keeps its 'đạt' or 'đạt tỷ lệ'" {
	run sh -c "printf 'a\tNăm qua, công an huyện đã điều tra, làm rõ 48 vụ trộm cắp tài sản, đạt 87,5%%; bắt giữ 16 đối tượng và khởi tố 9 vụ án.\nb\tNgư dân trong xã đánh bắt 3.400 tấn thủy sản.\nc\tMặt trận xã xây mới 14 căn nhà đại đoàn kết, sửa chữa 6 căn và trồng 2.000 cây xanh.\nd\tLực lượng công an triệt xóa 12 tụ điểm, khám phá 35 vụ án hình sự, đạt tỷ lệ 91,4%%.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tlàm rõ 48 vụ trộm cắp tài sản; đạt 87.5%; bắt giữ 16 đối tượng; khởi tố 9 vụ án
b\tđánh bắt 3400 tấn thủy sản
c\txây mới 14 căn nhà đại đoàn kết; sửa chữa 6 căn; trồng 2000 cây xanh
d\ttriệt xóa 12 tụ điểm; khám phá 35 vụ án hình sự; đạt tỷ lệ 91.4%'
}

@test "vn-digest ORGANIZER: a body's places after its commas are its name's ('Chi bộ thôn Đông, xã Phú Lâm', 'Chi bộ khu phố 3, phường Tân Mai, thành phố Biên Hòa'); its term after a comma is left out" {
	run sh -c "printf 'a\tSáng 12/3, Chi bộ thôn Đông, xã Phú Lâm tổ chức hội nghị sơ kết.\nb\tChiều 7/6, Chi bộ khu phố 3, phường Tân Mai, thành phố Biên Hòa tổ chức đại hội chi bộ.\nc\tSáng 8/12, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 30.\n' | vn-digest -l | cut -f1,7"
	check_out $'a\tChi bộ thôn Đông, xã Phú Lâm
b\tChi bộ khu phố 3, phường Tân Mai, thành phố Biên Hòa
c\tHĐND tỉnh khóa XVIII'
}

@test "vn-digest STATS: a measure's subject may count its period in years ('bình quân 5 năm'); a change by the year after a sum and a comma is the sum's ('đạt 12.500 tỷ đồng, bình quân tăng 12%/năm'), not after a growth in times ('tăng 1,5 lần ...'); a time alone stays on the figure where nothing names the measure ('bình quân tăng 7,2%/năm')" {
	run sh -c "printf 'a\tTốc độ tăng trưởng kinh tế bình quân 5 năm đạt 8,5%%.\nb\tTổng thu ngân sách trên địa bàn 5 năm đạt 12.500 tỷ đồng, bình quân tăng 12%%/năm.\nc\tCả giai đoạn, bình quân tăng 7,2%%/năm.\nd\tSản lượng lúa năm 2025 đạt 48.000 tấn, tăng 1,5 lần so với năm 2020, tăng bình quân 8%%/năm.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t8.5% Tốc độ tăng trưởng kinh tế bình quân 5 năm
b\tTổng thu ngân sách trên địa bàn 5 năm đạt 12500000000000 đồng; tăng 12% Tổng thu ngân sách trên địa bàn 5 năm
c\ttăng 7.2%/năm
d\tSản lượng lúa năm 2025 đạt 48000 tấn; tăng 1.5 lần so với năm 2020; tăng bình quân 8%/năm'
}

@test "vn-digest STATS: the counts of jobs made and workers trained keep their verb ('giải quyết việc làm cho', 'tạo việc làm mới cho', 'đào tạo nghề cho', 'xuất khẩu lao động')" {
	run sh -c "printf 'a\tNăm qua, huyện giải quyết việc làm cho 2.100 lao động, trong đó xuất khẩu lao động 310 người.\nb\tXã tạo việc làm mới cho 150 lao động và đào tạo nghề cho 90 người.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tgiải quyết việc làm cho 2100 lao động; xuất khẩu lao động 310 người
b\ttạo việc làm mới cho 150 lao động; đào tạo nghề cho 90 người'
}

@test "vn-digest STATS: a sum that moved from one value to another is one figure, the value moved to with all before it ('Thu nhập bình quân đầu người tăng từ 3,2 triệu đồng lên 42 triệu đồng', 'giảm từ 1.200 hộ (năm 2020) xuống còn 310 hộ'); where no change of a subject opens it, both stay ('giảm trích quỹ từ 850 triệu đồng xuống 200 triệu đồng')" {
	run sh -c "printf 'a\tThu nhập bình quân đầu người tăng từ 3,2 triệu đồng lên 42 triệu đồng.\nb\tSố hộ nghèo giảm từ 1.200 hộ (năm 2020) xuống còn 310 hộ.\nc\tHuyện giảm trích quỹ từ 850 triệu đồng xuống 200 triệu đồng.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tThu nhập bình quân đầu người tăng từ 3,2 triệu đồng lên 42000000 đồng
b\tSố hộ nghèo giảm từ 1.200 hộ (năm 2020) xuống còn 310 hộ
c\t850000000 đồng; 200000000 đồng'
}

@test "vn-digest STATS: a short quotation in what a figure counts keeps its commas ('45/47 chi bộ đạt tiêu chuẩn “trong sạch, vững mạnh”', 'tặng 8 chữ vàng \"Anh hùng, bất khuất\"'); a quote that does not close before a full stop ends at its comma as before" {
	run sh -c "printf 'a\tNăm 2025 có 45/47 chi bộ đạt tiêu chuẩn “trong sạch, vững mạnh”, 2 chi bộ không đạt.\nb\tCó 18 đảng viên được công nhận \"tiêu biểu, xuất sắc\" năm 2025.\nc\tCó 9 chi bộ đạt \"tốt, khá. Còn lại trung bình.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t45/47 chi bộ đạt tiêu chuẩn “trong sạch, vững mạnh”; 2 chi bộ không đạt
b\t18 đảng viên được công nhận "tiêu biểu, xuất sắc" năm 2025
c\t9 chi bộ đạt "tốt'
}

@test "vn-digest STATS: a plan's word that names a document by its number sets no target ('Thực hiện Kế hoạch số 120-KH/TU ..., 100% chi bộ đã tổ chức xong đại hội'); a plan does ('Kế hoạch năm 2026 phấn đấu kết nạp 200 đảng viên')" {
	run sh -c "printf 'a\tThực hiện Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy, đến nay 100%% chi bộ trực thuộc đã tổ chức xong đại hội.\nb\tKế hoạch năm 2026 phấn đấu kết nạp 200 đảng viên.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t100% chi bộ trực thuộc đã tổ chức xong đại hội
b\t'
}

@test "vn-digest STATS: an item's label before a colon says what its figure measures ('- Số đảng viên mới kết nạp: 215 đồng chí', 'Tỷ lệ ... hoàn thành tốt nhiệm vụ: 96,5%'); not a time, a part of a list or a clause ('Năm 2025: ...', 'Trong đó: ...', 'Bộ máy gồm có: ...'), nor one after a comma" {
	run sh -c "printf 'a\t- Số đảng viên mới kết nạp: 215 đồng chí.\nb\t- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ: 96,5%%.\nc\tTổng thu ngân sách: 1.250 tỷ đồng.\nd\tNăm 2025: 215 đảng viên.\ne\tTrong đó: 12 chi bộ.\nf\tBộ máy gồm có: 7 phòng.\ng\tXã có 3 thôn, riêng thôn Đông: 120 hộ.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\tSố đảng viên mới kết nạp: 215 đồng chí
b\t96.5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ
c\tTổng thu ngân sách: 1250000000000 đồng
d\t215 đảng viên
e\t12 chi bộ
f\t7 phòng
g\t3 thôn; 120 hộ'
}

@test "vn-digest VALUE: a kind with 'nào' names no event ('Không có cuộc họp nào được tổ chức'); the next sentence that names one is the event" {
	run digest $'Trong tháng, không có cuộc họp nào được tổ chức.\nSáng 9/5, Huyện ủy tổ chức hội nghị sơ kết công tác quý I.'
	check_out $'2.1\tevent\thội nghị sơ kết công tác quý I\tSáng 9/5, Huyện ủy tổ chức hội nghị sơ kết công tác quý I.\tXXXX-05-09TMO\tHuyện ủy\t\t\t\t'
}

@test "vn-digest ORGANIZER: the body named after a meeting's kind with a place's word alone before the meeting's number ('Đại hội đại biểu Đảng bộ tỉnh lần thứ XV ... bế mạc', 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12'), the Youth Union's too ('Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện X lần thứ IX')" {
	run sh -c "printf 'a\tĐại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030 đã bế mạc.\nb\tHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 đã diễn ra.\nc\tĐại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện Đakrông lần thứ IX khai mạc.\nd\tĐại hội Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh lần thứ XVI đã bế mạc.\n' | vn-digest -l | cut -f1,4,7"
	check_out $'a\tĐại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030\tĐảng bộ tỉnh
b\tHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\tBan Chấp hành Đảng bộ huyện
c\tĐại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện Đakrông lần thứ IX\tĐoàn TNCS Hồ Chí Minh huyện Đakrông
d\tĐại hội Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh lần thứ XVI\tĐoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh'
}

@test "vn-digest STATS: the commas of the Party's fixed phrases end no clause ('theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'trong sạch, vững mạnh', 'phòng, chống')" {
	run sh -c "printf 'a\tCó 100%% chi bộ xây dựng chuẩn mực đạo đức theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\nb\tCó 95%% chi bộ đạt trong sạch, vững mạnh, 3 chi bộ yếu.\nc\tHuyện tổ chức 12 lớp phòng, chống tham nhũng cho cán bộ.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\t100% chi bộ xây dựng chuẩn mực đạo đức theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
b\t95% chi bộ đạt trong sạch, vững mạnh; 3 chi bộ yếu
c\ttổ chức 12 lớp phòng, chống tham nhũng cho cán bộ'
}

@test "vn-digest STATS: an index's name alone measures its percentage ('GRDP tăng 8,5%', 'GRDP ước tăng 9,1% so với năm 2024', 'GRDP tăng trưởng 7%'); an adverb alone does not ('Chỉ đạt 0,5%')" {
	run sh -c "printf 'a\tGRDP tăng 8,5%%.\nb\tNăm 2025, GRDP ước tăng 9,1%% so với năm 2024.\nc\tGRDP tăng trưởng 7%%.\nd\tChỉ đạt 0,5%%.\n' | vn-digest -l | cut -f1,11"
	check_out $'a\ttăng 8.5% GRDP
b\ttăng 9.1% GRDP
c\ttăng trưởng 7% GRDP
d\t0.5%'
}
