#!/usr/bin/env bats
# vn-person: the people named, with their titles and the part they play; -s per document.

load helper
bats_require_minimum_version 1.5.0

# The KIND NAME TEXT TITLE ROLE of each mention in the text (lines as paragraphs).
people() { printf '%s\n' "$1" | vn-person "${@:2}" | cut -f3-; }

# ---- the five sample articles ----

@test "vn-person: quangninh.txt: every person with the chain of titles and the part played" {
	cd "$FIX/vn-person"
	run vn-person quangninh.txt
	check_out $'quangninh.txt\t2.2\tperson\tVũ Đại Thắng\tĐồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy\tỦy viên Trung ương Đảng; Bí thư Tỉnh ủy\tchair
quangninh.txt\t2.2\tperson\tTrần Hải Châu\tđồng chí Trần Hải Châu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh\tchair
quangninh.txt\t2.2\tperson\tTrần Thắng\tđồng chí Trần Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\tPhó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh\tchair
quangninh.txt\t3.1\tperson\tVũ Đại Thắng\tBí thư Tỉnh ủy\tBí thư Tỉnh ủy\tpresent
quangninh.txt\t4.1\tperson\tVũ Đại Thắng\tBí thư Tỉnh ủy\tBí thư Tỉnh ủy\tspeak
quangninh.txt\t5.1\tperson\tVũ Đại Thắng\tBí thư Tỉnh ủy\tBí thư Tỉnh ủy\tspeak
quangninh.txt\t5.2\tperson\tHồ Chí Minh\tHồ Chí Minh\t\t'
}

@test "vn-person: ttxvn.txt: every person with the chain of titles and the part played" {
	cd "$FIX/vn-person"
	run vn-person ttxvn.txt
	check_out $'ttxvn.txt\t2.1\tperson\tDương Văn Thái\tBí thư Tỉnh ủy Bắc Giang Dương Văn Thái\tBí thư Tỉnh ủy Bắc Giang\tchair
ttxvn.txt\t2.1\tperson\tLê Thị Thu Hồng\tPhó Bí thư Thường trực Tỉnh ủy Bắc Giang Lê Thị Thu Hồng\tPhó Bí thư Thường trực Tỉnh ủy Bắc Giang\tchair
ttxvn.txt\t2.1\tperson\tLê Ánh Dương\tPhó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương\tPhó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh Bắc Giang\tchair
ttxvn.txt\t3.1\tperson\tĐồng Thúy\tĐồng Thúy\t\tphoto
ttxvn.txt\t5.1\tperson\tDương Văn Thái\tBí thư Tỉnh ủy Bắc Giang Dương Văn Thái\tBí thư Tỉnh ủy Bắc Giang\tspeak
ttxvn.txt\t6.1\tperson\tDương Văn Thái\tBí thư Tỉnh ủy Bắc Giang\tBí thư Tỉnh ủy Bắc Giang\tspeak
ttxvn.txt\t7.1\tperson\tĐồng Thúy\tĐồng Thúy\t\tauthor'
}

@test "vn-person: baonghean.txt: every person with the chain of titles and the part played" {
	cd "$FIX/vn-person"
	run vn-person baonghean.txt
	check_out $'baonghean.txt\t1.1\tperson\tNguyễn Xuân Sơn\tđồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh\tspeak
baonghean.txt\t2.2\tperson\tNguyễn Xuân Sơn\tNguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh\tattend
baonghean.txt\t2.2\tperson\tNguyễn Thanh Hiền\tNguyễn Thanh Hiền - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó trưởng Đoàn đại biểu Quốc hội tỉnh\tỦy viên Ban Chấp hành Đảng bộ tỉnh; Phó trưởng Đoàn đại biểu Quốc hội tỉnh\tattend
baonghean.txt\t2.3\tperson\tMai Hoa\tMai Hoa\t\tphoto
baonghean.txt\t3.1\tperson\tNguyễn Nam Đình\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh\tỦy viên Ban Thường vụ Tỉnh ủy; Bí thư Đảng ủy Khối các cơ quan tỉnh\tspeak
baonghean.txt\t3.2\tperson\tMai Hoa\tMai Hoa\t\tphoto
baonghean.txt\t4.1\tperson\tNguyễn Nam Đình\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối Các cơ quan tỉnh\tỦy viên Ban Thường vụ Tỉnh ủy; Bí thư Đảng ủy Khối Các cơ quan tỉnh\tspeak
baonghean.txt\t4.2\tperson\tMai Hoa\tMai Hoa\t\tphoto
baonghean.txt\t5.1\tperson\tNguyễn Xuân Sơn\tđồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh\tspeak
baonghean.txt\t6.1\tperson\tNguyễn Xuân Sơn\tĐồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh\tspeak
baonghean.txt\t6.2\tperson\tMai Hoa\tMai Hoa\t\tphoto
baonghean.txt\t7.1\tperson\tNguyễn Xuân Sơn\tPhó Bí thư Thường trực Tỉnh ủy\tPhó Bí thư Thường trực Tỉnh ủy\tspeak
baonghean.txt\t8.1\tperson\tNguyễn Nam Đình\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối Các cơ quan tỉnh\tỦy viên Ban Thường vụ Tỉnh ủy; Bí thư Đảng ủy Khối Các cơ quan tỉnh\tpresent
baonghean.txt\t8.2\tperson\tMai Hoa\tMai Hoa\t\tphoto
baonghean.txt\t9.1\tperson\tHoàng Văn Nhiên\tĐồng chí Hoàng Văn Nhiên - Phó Bí thư Đảng ủy Khối\tPhó Bí thư Đảng ủy Khối\tpresent
baonghean.txt\t9.2\tperson\tMai Hoa\tMai Hoa\t\tphoto
baonghean.txt\t10.1\tperson\tNguyễn Xuân Sơn\tPhó Bí thư Thường trực Tỉnh ủy Nguyễn Xuân Sơn\tPhó Bí thư Thường trực Tỉnh ủy\tspeak
baonghean.txt\t11.1\tperson\tChu Bá Long\tĐồng chí Chu Bá Long - Phó Bí thư Đảng ủy Khối Các cơ quan tỉnh\tPhó Bí thư Đảng ủy Khối Các cơ quan tỉnh\tpresent
baonghean.txt\t11.2\tperson\tMai Hoa\tMai Hoa\t\tphoto'
}

@test "vn-person: khoicoquan.txt: every person with the chain of titles and the part played" {
	cd "$FIX/vn-person"
	run vn-person khoicoquan.txt
	check_out $'khoicoquan.txt\t1.1\tperson\tPhạm Hoàng Sơn\tĐồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh\tpresent
khoicoquan.txt\t2.1\tperson\tPhạm Hoàng Sơn\tđồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh\tspeak
khoicoquan.txt\t3.1\tperson\tPhạm Hoàng Sơn\tđồng chí Phạm Hoàng Sơn\t\tspeak
khoicoquan.txt\t5.1\tperson\tHằng Nga\tHằng Nga\t\tauthor'
}

@test "vn-person: dongthap.txt: every person with the chain of titles and the part played" {
	cd "$FIX/vn-person"
	run vn-person dongthap.txt
	check_out $'dongthap.txt\t1.2\tperson\tPhan Văn Thắng\tĐồng chí Phan Văn Thắng - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch Hội đồng nhân dân tỉnh\tattend
dongthap.txt\t2.1\tperson\tPhan Văn Thắng\tPhó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Phan Văn Thắng\tPhó Bí thư Thường trực Tỉnh ủy; Chủ tịch Hội đồng nhân dân tỉnh\tspeak
dongthap.txt\t3.1\tperson\tLê Hùng Dũng\tĐồng chí Lê Hùng Dũng – Phó Bí thư Thường trực Thành ủy Hồng Ngự\tPhó Bí thư Thường trực Thành ủy Hồng Ngự\t
dongthap.txt\t4.1\tperson\tPhan Văn Thắng\tđồng chí Phan Văn Thắng – Phó Bí thư Thường trực Tỉnh ủy\tPhó Bí thư Thường trực Tỉnh ủy\tspeak
dongthap.txt\t5.1\tperson\tDũng Chinh\tDũng Chinh\t\tauthor'
}

# ---- each rule, in sentences of our own ----

@test "vn-person: a province between the title and the name is the title's: 'Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nam'" {
	run people $'Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nam chủ trì hội nghị.'
	check_out $'person\tHoàng Văn Nam\tBí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nam\tBí thư Tỉnh ủy Lạng Sơn\tchair'
}

@test "vn-person: a photo credit after a caption on its line ('... cho đảng viên. Ảnh: Thu Trang') is photo, given names alone too" {
	run people $'Lãnh đạo huyện trao quà cho các gia đình chính sách. Ảnh: Thu Trang'
	check_out $'person\tThu Trang\tThu Trang\t\tphoto'
}

@test "vn-person: the post one is elected to after the name is a title ('tái đắc cử Chủ tịch ...', 'trúng cử đại biểu Quốc hội')" {
	run people $'Đồng chí Lê Văn Thảo tái đắc cử Chủ tịch Hội Nông dân tỉnh.\nÔng Trần Văn Ba trúng cử đại biểu Quốc hội.'
	check_out $'person\tLê Văn Thảo\tĐồng chí Lê Văn Thảo tái đắc cử Chủ tịch Hội Nông dân tỉnh\tChủ tịch Hội Nông dân tỉnh\t
person\tTrần Văn Ba\tÔng Trần Văn Ba trúng cử đại biểu Quốc hội\tđại biểu Quốc hội\t'
}

@test "vn-person: the post given after the name is a title ('được bầu giữ chức', 'được bổ nhiệm làm', 'giữ chức vụ', 'bầu X làm', a term of two years with it); a later mention by that post is the person" {
	run people $'Đồng chí Vi Văn Toàn được bầu giữ chức Bí thư Đảng ủy xã Hữu Lũng.\nBà Đặng Thị Thu được bổ nhiệm làm Giám đốc Sở Tài chính.\nÔng Lò Văn Piên giữ chức vụ Phó Chủ tịch UBND huyện.\nBí thư Đảng ủy xã phát biểu.\nHội nghị bầu đồng chí Mai Văn Hạnh làm Bí thư Huyện ủy nhiệm kỳ 2025 - 2030.'
	check_out $'person\tVi Văn Toàn\tĐồng chí Vi Văn Toàn được bầu giữ chức Bí thư Đảng ủy xã Hữu Lũng\tBí thư Đảng ủy xã Hữu Lũng\t
person\tĐặng Thị Thu\tBà Đặng Thị Thu được bổ nhiệm làm Giám đốc Sở Tài chính\tGiám đốc Sở Tài chính\t
person\tLò Văn Piên\tÔng Lò Văn Piên giữ chức vụ Phó Chủ tịch UBND huyện\tPhó Chủ tịch UBND huyện\t
person\tVi Văn Toàn\tBí thư Đảng ủy xã\tBí thư Đảng ủy xã\tspeak
person\tMai Văn Hạnh\tđồng chí Mai Văn Hạnh làm Bí thư Huyện ủy nhiệm kỳ 2025 - 2030\tBí thư Huyện ủy nhiệm kỳ 2025 - 2030\t'
}

@test "vn-person: the post given after the name may follow 'đã', 'tiếp tục', 'chính thức' ('X tiếp tục được bầu giữ chức ...', 'được tín nhiệm bầu làm'); not 'làm' after them ('X cũng làm Chủ tịch xã' is what X does)" {
	run people $'Đồng chí Hà Văn Lực tiếp tục được bầu giữ chức Bí thư Đảng ủy xã.\nBà Lò Thị Xuân đã chính thức được bổ nhiệm làm Phó Giám đốc Sở Nội vụ từ ngày 1/12.\nÔng Bế Văn Khải được tín nhiệm bầu làm Chủ tịch Hội Cựu chiến binh huyện.\nÔng Nông Văn Tám cũng làm Chủ tịch xã.'
	check_out $'person\tHà Văn Lực\tĐồng chí Hà Văn Lực tiếp tục được bầu giữ chức Bí thư Đảng ủy xã\tBí thư Đảng ủy xã\t
person\tLò Thị Xuân\tBà Lò Thị Xuân đã chính thức được bổ nhiệm làm Phó Giám đốc Sở Nội vụ\tPhó Giám đốc Sở Nội vụ\t
person\tBế Văn Khải\tÔng Bế Văn Khải được tín nhiệm bầu làm Chủ tịch Hội Cựu chiến binh huyện\tChủ tịch Hội Cựu chiến binh huyện\t
person\tNông Văn Tám\tÔng Nông Văn Tám\t\t'
}

@test "vn-person: a post said to be the person's after 'là', 'hiện là', 'từng là' is a title ('Ông X là Bí thư Thành ủy Hải Phòng giai đoạn 1952', 'X hiện là Phó Tổng Biên tập ...'); not 'là' before no title ('X là người ...')" {
	run people $'Ông Lê Văn Khuê là Bí thư Thành ủy Hải Phòng giai đoạn 1952.\nBà Trịnh Thu Hà hiện là Phó Tổng Biên tập Báo Nhân Dân.\nÔng Đàm Văn Lực từng là đại biểu Quốc hội khóa XIII.\nÔng Hà Văn Minh là người con của quê hương.'
	check_out $'person\tLê Văn Khuê\tÔng Lê Văn Khuê là Bí thư Thành ủy Hải Phòng\tBí thư Thành ủy Hải Phòng\t
person\tTrịnh Thu Hà\tBà Trịnh Thu Hà hiện là Phó Tổng Biên tập Báo Nhân Dân\tPhó Tổng Biên tập Báo Nhân Dân\t
person\tĐàm Văn Lực\tÔng Đàm Văn Lực từng là đại biểu Quốc hội khóa XIII\tđại biểu Quốc hội khóa XIII\t
person\tHà Văn Minh\tÔng Hà Văn Minh\t\t'
}

@test "vn-person TITLE: the press's 'TGĐ', 'PGĐ' are titles; 'Đài Tiếng nói Việt Nam' is one body, its 'nói' no verb of speaking ('Thứ trưởng X và Tổng Giám đốc Đài Tiếng nói Việt Nam Y đã ký' gives neither speak)" {
	run people $'Ông Trần Văn Hải, TGĐ Tổng công ty Sông Đà cho biết.\nPGĐ Sở Y tế Lê Thị Hoa phát biểu.\nThứ trưởng Bộ Thông tin và Truyền thông Lê Văn Tâm và Tổng Giám đốc Đài Tiếng nói Việt Nam Ngô Văn Bình đã ký biên bản.'
	check_out $'person\tTrần Văn Hải\tÔng Trần Văn Hải, TGĐ Tổng công ty Sông Đà\tTGĐ Tổng công ty Sông Đà\tspeak
person\tLê Thị Hoa\tPGĐ Sở Y tế Lê Thị Hoa\tPGĐ Sở Y tế\tspeak
person\tLê Văn Tâm\tThứ trưởng Bộ Thông tin và Truyền thông Lê Văn Tâm\tThứ trưởng Bộ Thông tin và Truyền thông\t
person\tNgô Văn Bình\tTổng Giám đốc Đài Tiếng nói Việt Nam Ngô Văn Bình\tTổng Giám đốc Đài Tiếng nói Việt Nam\t'
}

@test "vn-person ROLE: 'Đó là yêu cầu của X', 'Đây là lời khẳng định của X' speak, giving the quote before them; not 'Đó là ngôi nhà của X'" {
	run people $'"Mỗi đảng viên phải là một tấm gương"\nĐó là yêu cầu của đồng chí Lò Văn Hùng, Bí thư Huyện ủy tại hội nghị.\nĐây là những lời chia sẻ của bà Vi Thị Mai.\nĐó là ngôi nhà của ông Hà Văn Tính.'
	check_out $'person\tLò Văn Hùng\tđồng chí Lò Văn Hùng, Bí thư Huyện ủy\tBí thư Huyện ủy\tspeak
person\tVi Thị Mai\tbà Vi Thị Mai\t\tspeak
person\tHà Văn Tính\tông Hà Văn Tính\t\t'
}

@test "vn-person: 'Hội đồng Bộ trưởng' is one body: 'Bộ trưởng' after 'Hội đồng' begins no second title; a place may follow it, then any name" {
	run people $'Phó Chủ tịch Hội đồng Bộ trưởng Trần Văn Lợi chủ trì cuộc họp.\nChủ tịch Hội đồng Bộ trưởng Ba Lan Jan Kowal đến thăm.'
	check_out $'person\tTrần Văn Lợi\tPhó Chủ tịch Hội đồng Bộ trưởng Trần Văn Lợi\tPhó Chủ tịch Hội đồng Bộ trưởng\tchair
person\tJan Kowal\tChủ tịch Hội đồng Bộ trưởng Ba Lan Jan Kowal\tChủ tịch Hội đồng Bộ trưởng Ba Lan\t'
}

@test "vn-person: 'nhận ra', 'nhận trách nhiệm', 'nhận nhiệm vụ' are no receiving; 'nhận' is" {
	run people $'Ông Hà Văn Khải nhận ra rằng vụ mùa đã thất bát.\nBà Chu Thị Mơ nhận nhiệm vụ Bí thư chi bộ.\nÔng Lưu Văn Tâm nhận Bằng khen của tỉnh.'
	check_out $'person\tHà Văn Khải\tÔng Hà Văn Khải\t\t
person\tChu Thị Mơ\tBà Chu Thị Mơ\t\t
person\tLưu Văn Tâm\tÔng Lưu Văn Tâm\t\treceive'
}

@test "vn-person: a chain of titles before the name, parted by a comma" {
	run people $'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng Trần Thị Mai phát biểu khai mạc.'
	check_out $'person\tTrần Thị Mai\tPhó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng Trần Thị Mai\tPhó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh Cao Bằng\tspeak'
}

@test "vn-person: titles after the name, after a dash and a comma; 'đến dự' is attend" {
	run people $'Đồng chí Lê Văn Bình - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện đến dự.'
	check_out $'person\tLê Văn Bình\tĐồng chí Lê Văn Bình - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện\tPhó Bí thư Thường trực Huyện ủy; Chủ tịch HĐND huyện\tattend'
}

@test "vn-person: a list of people parted by ';' and 'và' shares the verb: all three chair" {
	run people $'Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Quốc Bình, Chủ tịch UBND tỉnh và đồng chí Lê Minh Cường, Trưởng ban Tổ chức Tỉnh ủy chủ trì hội nghị.'
	check_out $'person\tNguyễn Văn An\tĐồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy\tỦy viên Trung ương Đảng; Bí thư Tỉnh ủy\tchair
person\tTrần Quốc Bình\tđồng chí Trần Quốc Bình, Chủ tịch UBND tỉnh\tChủ tịch UBND tỉnh\tchair
person\tLê Minh Cường\tđồng chí Lê Minh Cường, Trưởng ban Tổ chức Tỉnh ủy\tTrưởng ban Tổ chức Tỉnh ủy\tchair'
}

@test "vn-person: a rank is a title: 'Thượng tướng'; 'dự' is attend" {
	run people $'Thượng tướng Phan Văn Hùng, Thứ trưởng Bộ Quốc phòng dự lễ kỷ niệm.'
	check_out $'person\tPhan Văn Hùng\tThượng tướng Phan Văn Hùng, Thứ trưởng Bộ Quốc phòng\tThượng tướng; Thứ trưởng Bộ Quốc phòng\tattend'
}

@test "vn-person: a degree is a title: 'PGS.TS.'; 'trình bày' is speak" {
	run people $'PGS.TS. Đỗ Thị Lan trình bày tham luận tại hội thảo.'
	check_out $'person\tĐỗ Thị Lan\tPGS.TS. Đỗ Thị Lan\tPGS.TS.\tspeak'
}

@test "vn-person: 'nguyên' stays with its title" {
	run people $'Nguyên Chủ tịch nước Trương Văn Khoa đến dự buổi lễ.'
	check_out $'person\tTrương Văn Khoa\tNguyên Chủ tịch nước Trương Văn Khoa\tNguyên Chủ tịch nước\tattend'
}

@test "vn-person: the title before the comma after 'thừa ủy quyền của', 'thay mặt' is the authority's ('Thừa ủy quyền của Thủ tướng Chính phủ, Thượng tướng X trao ...'); after 'Bằng khen của' a chain is one person's" {
	run people $'Thừa ủy quyền của Thủ tướng Chính phủ, Thượng tướng Lê Tam Hùng trao Cờ thi đua.\nThay mặt Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn Cao trao Bằng khen.\nÔng nhận Bằng khen của Phó Chủ tịch UBND tỉnh, Trưởng ban Thi đua Nguyễn Văn Dũng.'
	check_out $'person\tLê Tam Hùng\tThượng tướng Lê Tam Hùng\tThượng tướng\tpresent
person\tTrần Văn Cao\tPhó Chủ tịch UBND tỉnh Trần Văn Cao\tPhó Chủ tịch UBND tỉnh\tpresent
person\tNguyễn Văn Dũng\tPhó Chủ tịch UBND tỉnh, Trưởng ban Thi đua Nguyễn Văn Dũng\tPhó Chủ tịch UBND tỉnh; Trưởng ban Thi đua\t'
}

@test "vn-person: the items under a heading 'Tham dự hội nghị có:' or 'Chủ trì hội nghị:' attend or chair, each a line a list's mark opens or after one ending with ';'; the prose after them does not" {
	run people $'Tham dự hội nghị có:\n- Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy;\n- Đồng chí Thào Hồng Sơn, Chủ tịch UBND tỉnh.\nChủ trì hội nghị:\nĐồng chí Sùng Mí Sính, Bí thư Huyện ủy;\nĐồng chí Vàng Mí Mua, Phó Bí thư Huyện ủy.\nĐồng chí Lý Thị Mỷ được bầu bổ sung vào Ban Thường vụ.'
	check_out $'person\tHầu A Lềnh\tĐồng chí Hầu A Lềnh, Bí thư Tỉnh ủy\tBí thư Tỉnh ủy\tattend
person\tThào Hồng Sơn\tĐồng chí Thào Hồng Sơn, Chủ tịch UBND tỉnh\tChủ tịch UBND tỉnh\tattend
person\tSùng Mí Sính\tĐồng chí Sùng Mí Sính, Bí thư Huyện ủy\tBí thư Huyện ủy\tchair
person\tVàng Mí Mua\tĐồng chí Vàng Mí Mua, Phó Bí thư Huyện ủy\tPhó Bí thư Huyện ủy\tchair
person\tLý Thị Mỷ\tĐồng chí Lý Thị Mỷ\t\t'
}

@test "vn-person: 'Tham dự hội nghị có các đồng chí: ...' is attend for each" {
	run people $'Tham dự hội nghị có các đồng chí: Vương Thị Hạnh - Trưởng ban Dân vận Tỉnh ủy; Bùi Đức Long - Giám đốc Sở Nội vụ.'
	check_out $'person\tVương Thị Hạnh\tVương Thị Hạnh - Trưởng ban Dân vận Tỉnh ủy\tTrưởng ban Dân vận Tỉnh ủy\tattend
person\tBùi Đức Long\tBùi Đức Long - Giám đốc Sở Nội vụ\tGiám đốc Sở Nội vụ\tattend'
}

@test "vn-person: 'dưới sự chủ trì của' is chair" {
	run people $'Hội nghị diễn ra dưới sự chủ trì của đồng chí Lò Văn Pủa, Bí thư Huyện ủy.'
	check_out $'person\tLò Văn Pủa\tđồng chí Lò Văn Pủa, Bí thư Huyện ủy\tBí thư Huyện ủy\tchair'
}

@test "vn-person: who presents and who receives, the recipient's apposition kept whole" {
	run people $'Chủ tịch UBND tỉnh Đinh Văn Hòa trao Bằng khen cho ông Lý Văn Sơn, Trưởng thôn Nà Phặc.'
	check_out $'person\tĐinh Văn Hòa\tChủ tịch UBND tỉnh Đinh Văn Hòa\tChủ tịch UBND tỉnh\tpresent
person\tLý Văn Sơn\tông Lý Văn Sơn, Trưởng thôn Nà Phặc\tTrưởng thôn Nà Phặc\treceive'
}

@test "vn-person: 'được tặng' is receive" {
	run people $'Bà Lê Thị Hoa được tặng Huân chương Lao động hạng Ba.'
	check_out $'person\tLê Thị Hoa\tBà Lê Thị Hoa\t\treceive'
}

@test "vn-person: a quote given with '- X nói' is speak" {
	run people $'"Chúng tôi sẽ làm tốt hơn" - ông Vũ Văn Hải nói.'
	check_out $'person\tVũ Văn Hải\tông Vũ Văn Hải\t\tspeak'
}

@test "vn-person: 'Phát biểu tại buổi lễ, đồng chí X ...' is speak" {
	run people $'Phát biểu tại buổi lễ, đồng chí Mai Tiến Dũng biểu dương các tập thể.'
	check_out $'person\tMai Tiến Dũng\tđồng chí Mai Tiến Dũng\t\tspeak'
}

@test "vn-person: the first line, read before the lexicon is built, and the next find the same title and name" {
	# the short first line is tokenized before any look at the lexicon; the
	# second after it, with each word's number and marks noted by the tokenizer
	run people $'Phó Chủ tịch UBND tỉnh Trần Văn Lâm phát biểu.\nSau đó, Phó Chủ tịch UBND tỉnh Trần Văn Lâm trao quà cho các hộ nghèo của xã trong buổi chiều cùng ngày.'
	check_out $'person\tTrần Văn Lâm\tPhó Chủ tịch UBND tỉnh Trần Văn Lâm\tPhó Chủ tịch UBND tỉnh\tspeak
person\tTrần Văn Lâm\tPhó Chủ tịch UBND tỉnh Trần Văn Lâm\tPhó Chủ tịch UBND tỉnh\tpresent'
}

@test "vn-person: a name in capitals is written capitalised: NGUYỄN VĂN AN is Nguyễn Văn An" {
	run people $'ĐỒNG CHÍ NGUYỄN VĂN AN PHÁT BIỂU TẠI HỘI NGHỊ'
	check_out $'person\tNguyễn Văn An\tĐỒNG CHÍ NGUYỄN VĂN AN\t\tspeak'
}

@test "vn-person: a sentence is in capitals when four words in five are, wherever the others stand" {
	# 8 words in capitals of 10 are; 7 of 9 are not: there "NGUYỄN AN" is no name
	run people $'Sáng nay ĐỒNG CHÍ NGUYỄN AN PHÁT BIỂU TẠI HỘI\nHôm nay ĐỒNG CHÍ NGUYỄN AN PHÁT BIỂU TẠI'
	check_out $'person\tNguyễn An\tĐỒNG CHÍ NGUYỄN AN\t\tspeak'
}

@test "vn-person: the name of a reign in its year is no person ('năm Vũ Đức thứ 4', 'Năm Minh Mạng thứ hai'); the ruler named so is one ('vua Minh Mạng')" {
	run people $'Tên huyện được đặt năm Vũ Đức thứ 4 (621).\nNăm Minh Mạng thứ hai, vua Minh Mạng cho lập tỉnh.'
	check_out $'person\tMinh Mạng\tvua Minh Mạng\tvua\t'
}

@test "vn-person: names of ethnic minorities are people: Hầu A Páo, Y Thanh Hà Niê Kđăm, Ksor Phước Hà" {
	run people $'Đồng chí Hầu A Páo và ông Y Thanh Hà Niê Kđăm dự lễ; bà Ksor Phước Hà phát biểu.'
	check_out $'person\tHầu A Páo\tĐồng chí Hầu A Páo\t\tattend
person\tY Thanh Hà Niê Kđăm\tông Y Thanh Hà Niê Kđăm\t\tattend
person\tKsor Phước Hà\tbà Ksor Phước Hà\t\tspeak'
	run people "Chị H'Hen Niê phát biểu; anh K'Brớt nhận Giấy khen."
	check_out $'person\tH\'Hen Niê\tChị H\'Hen Niê\t\tspeak
person\tK\'Brớt\tanh K\'Brớt\t\treceive'
}

@test "vn-person: a name of the Highlands with a typographic apostrophe is one name ('H’Lan Niê'), and so is a place ('xã Tr’hy'); a closing quote before a word is still a quote" {
	run people $'Tại hội nghị, đồng chí H’Lan Niê, Trưởng Ban Dân vận Huyện ủy phát biểu. Ông K’Mák dự lễ ở xã Tr’hy.'
	check_out $'person\tH’Lan Niê\tđồng chí H’Lan Niê, Trưởng Ban Dân vận Huyện ủy\tTrưởng Ban Dân vận Huyện ủy\tspeak
person\tK’Mák\tÔng K’Mák\t\tattend'
	run people $'Bà Lan nói ‘đồng ý’Ông Nam dự lễ.'
	check_out $'person\tLan\tBà Lan\t\tspeak
person\tNam\tÔng Nam\t\tattend'
}

@test "vn-person: a foreigner written in Vietnamese order is a person, the country is the title's" {
	run people $'Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng Bí thư Tô Lâm.'
	check_out $'person\tTập Cận Bình\tChủ tịch Trung Quốc Tập Cận Bình\tChủ tịch Trung Quốc\t
person\tTô Lâm\tTổng Bí thư Tô Lâm\tTổng Bí thư\t'
}

@test "vn-person: 'Tổng thống Nga Vladimir Putin': a foreign name after the title and its country" {
	run people $'Tổng thống Nga Vladimir Putin gửi điện mừng.'
	check_out $'person\tVladimir Putin\tTổng thống Nga Vladimir Putin\tTổng thống Nga\t'
}

@test "vn-person: no person: TP. Hồ Chí Minh, Thành phố Hồ Chí Minh" {
	run people $'Đoàn công tác làm việc tại TP. Hồ Chí Minh và Thành phố Hồ Chí Minh.'
	check_out $''
}

@test "vn-person: names in a chain of three dashes or more between capitals are the streets of a route; three names by two dashes are people" {
	run people $'Tuyến xe buýt số 3: Bến xe Bắc - Phan Đình Phùng - Lê Hồng Phong - Nguyễn Văn Cừ - Chợ Ga.\nCả đội nhớ ơn Trần Văn An - Lê Văn Bình - Phạm Văn Cường.\nViệc học ở làng - Ngô Văn Tư, Tạp chí Văn hóa.- 1999.- Số 2.- Tr. 10 - 15.'
	check_out $'person\tTrần Văn An\tTrần Văn An\t\t
person\tLê Văn Bình\tLê Văn Bình\t\t
person\tPhạm Văn Cường\tPhạm Văn Cường\t\t
person\tNgô Văn Tư\tNgô Văn Tư\t\t'
}

@test "vn-person: after 'đoàn', 'đại biểu' is a delegation's, no title: 'đoàn đại biểu Ohio' names no one, and the head of 'đoàn đại biểu Pháp, tướng X' is 'tướng'; 'Trưởng đoàn đại biểu' is a title" {
	run people $'Đề nghị của đoàn đại biểu Ohio được thông qua.\nNgười dẫn đầu đoàn đại biểu Pháp, tướng Martin, phát biểu.\nTrưởng đoàn đại biểu Quốc hội tỉnh Nguyễn Văn Bình phát biểu.'
	check_out $'person\tMartin\ttướng Martin\ttướng\tspeak
person\tNguyễn Văn Bình\tTrưởng đoàn đại biểu Quốc hội tỉnh Nguyễn Văn Bình\tTrưởng đoàn đại biểu Quốc hội tỉnh\tspeak'
}

@test "vn-person: after 'ban' in small letters, a title is a board's, no person's ('ban giám đốc Ford Foundation', 'ban thư ký Komintern'); 'Trưởng ban' is a title" {
	run people $'Ông là thành viên ban giám đốc Ford Foundation và ban thư ký Komintern.\nTrưởng ban Tổ chức Huyện ủy Lê Văn Ba phát biểu.'
	check_out $'person\tLê Văn Ba\tTrưởng ban Tổ chức Huyện ủy Lê Văn Ba\tTrưởng ban Tổ chức Huyện ủy\tspeak'
}

@test "vn-person: no person: a team or a club named after someone ('Đội bóng đá nam Lê Quý Đôn', 'câu lạc bộ Hoàng Anh', 'đội tuyển Lê Lợi')" {
	run people $'Đội bóng đá nam Lê Quý Đôn vô địch giải; câu lạc bộ Hoàng Anh Gia Lai thắng; đội tuyển Lê Lợi về nhì.'
	check_out $''
}

@test "vn-person: the offices of the colonial state and its villages are titles ('Khâm sứ Trung Kỳ X', 'lý trưởng X'); 'tri phủ' and a prefecture's name name no one" {
	run people $'Khâm sứ Trung Kỳ Pasquier đến Huế; lý trưởng Hà Văn Bân bị cảnh cáo; tri phủ Hải Lăng về kinh.'
	check_out $'person\tPasquier\tKhâm sứ Trung Kỳ Pasquier\tKhâm sứ Trung Kỳ\t
person\tHà Văn Bân\tlý trưởng Hà Văn Bân\tlý trưởng\t'
}

@test "vn-person: given names that spell a title, each syllable with a capital, right after the family name, are the name ('đồng chí Đinh Công Sứ', where 'công sứ' is a colonial office)" {
	run people $'Tới dự hội nghị có đồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ Tỉnh ủy.\nĐồng chí Lê Công Sứ phát biểu.'
	check_out $'person\tĐinh Công Sứ\tđồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ Tỉnh ủy\tỦy viên Ban Thường vụ Tỉnh ủy\tattend\nperson\tLê Công Sứ\tĐồng chí Lê Công Sứ\t\tspeak'
}

@test "vn-person: no person: a school or centre whose word in small letters is followed by words of its kind before the name ('trường chuyên Lê Quý Đôn', 'trường nội trú Trần Minh', 'trung tâm Cộng đồng Nguyễn Tri Phương'); a verb between is no such word ('huyện Bạch Thông nơi Hồ Chí Minh đã tặng'), nor is a word's second syllable: 'Tướng Quân đội Nhân dân' is a general's title, not a school's name" {
	run people $'Em học trường chuyên Lê Quý Đôn rồi vào trường nội trú Trần Minh.\nÔng mở lớp võ tại trung tâm Cộng đồng Nguyễn Tri Phương.\nĐây là xã Cẩm Giàng, huyện Bạch Thông nơi Hồ Chí Minh đã tặng 4 câu thơ.\nTướng Quân đội Nhân dân Lê Văn Tâm cho là đúng.'
	check_out $'person\tHồ Chí Minh\tHồ Chí Minh\t\tpresent\nperson\tLê Văn Tâm\tTướng Quân đội Nhân dân Lê Văn Tâm\tTướng Quân đội Nhân dân\t'
}

@test "vn-person: no person: đường Lê Lợi, Trường THPT Nguyễn Du" {
	run people $'Nhà văn hóa nằm trên đường Lê Lợi, gần Trường THPT Nguyễn Du.'
	check_out $''
}

@test "vn-person: in a title's body, a school named after someone, then the person's own name ('Hiệu trưởng Trường THPT Lê Lợi Đặng Văn Hòa')" {
	run people $'Hiệu trưởng Trường THPT Lê Lợi Đặng Văn Hòa phát biểu.\nHiệu trưởng Trường THCS Nguyễn Thị Minh Khai Phạm Thu Hà dự.'
	check_out $'person\tĐặng Văn Hòa\tHiệu trưởng Trường THPT Lê Lợi Đặng Văn Hòa\tHiệu trưởng Trường THPT Lê Lợi\tspeak
person\tPhạm Thu Hà\tHiệu trưởng Trường THCS Nguyễn Thị Minh Khai Phạm Thu Hà\tHiệu trưởng Trường THCS Nguyễn Thị Minh Khai\tattend'
}

@test "vn-person: no person: Tỉnh ủy Bắc Giang, Thành ủy Hồng Ngự, Sở Nội vụ" {
	run people $'Tỉnh ủy Bắc Giang, Thành ủy Hồng Ngự và Sở Nội vụ tổ chức hội nghị.'
	check_out $''
}

@test "vn-person: no person: a list of communes after 'các xã'" {
	run people $'Huyện có các xã Thạch Linh, Lê Lợi, Hà Tân và Trần Phú.'
	check_out $''
}

@test "vn-person: no person: a crossroads, a school's second name, a shrine, a theme in quotes" {
	run people $'Quán ở ngã tư Xuân Thủy - Phạm Hùng, cạnh trường Bưởi - Chu Văn An và đền Ông Hoàng Mười, với chủ đề "Mùa Xuân Mới".'
	check_out $''
}
@test "vn-person: no person: 'Bộ Tư lệnh', a list of avenues after 'Đại lộ:', 'Phó Thủ tướng Thứ Nhất' alone" {
	run people $'Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh họp.\nĐại lộ: Hồ Chí Minh, Trần Hưng Đạo, Nguyễn Lương Bằng, Lê Thanh Nghị.\nÔng giữ chức Phó Thủ tướng Thứ Nhất.'
	check_out $''
}
@test "vn-person: no person: a season's name 'Giáp Thìn', a country 'Thái Lan'" {
	run people $'Tết Giáp Thìn năm nay, đoàn đi Thái Lan.'
	check_out $''
}

@test "vn-person: a union of nations, a front or a kingdom after a title is the title's: 'Tổng Thư ký Liên Hợp Quốc', 'vua Chăm Pa'" {
	run people $'Đại sứ chuyển thư tới Tổng Thư ký Liên Hợp Quốc Kofi Annan.\nHai đại biểu Việt Minh và một nhà văn Xô Viết ngồi cùng bàn.\nSử cũ chép rằng vua Chăm Pa sai sứ sang cống.'
	check_out $'person\tKofi Annan\tTổng Thư ký Liên Hợp Quốc Kofi Annan\tTổng Thư ký Liên Hợp Quốc\t'
}

@test "vn-person: no person: a district, a commune or a river named like a person, standing alone" {
	run people $'Mưa lớn ở Tiền Hải và Lục Yên làm ngập nhiều ruộng.\nLũ Hoàng Hà năm ấy cuốn trôi ba làng.\nXe chạy qua Giáp Bát rồi về Kim Sơn.'
	check_out $''
}

@test "vn-person: a district is a place alone, but the name of a person after an honorific; it ends a title's body before a name" {
	run people $'Ông Kim Sơn nói rằng sẽ về quê.\nNhà văn Vũ Thư Hiên sống ở Pháp.\nBí thư Huyện ủy Lục Yên Hoàng Văn Bình phát biểu.'
	check_out $'person\tKim Sơn\tÔng Kim Sơn\t\tspeak
person\tVũ Thư Hiên\tNhà văn Vũ Thư Hiên\tNhà văn\t
person\tHoàng Văn Bình\tBí thư Huyện ủy Lục Yên Hoàng Văn Bình\tBí thư Huyện ủy Lục Yên\tspeak'
}

@test "vn-person: no person: 'trên địa bàn X', 'rạp phim X'; a house after a title takes no verb into it ('Chúa Nguyễn sai')" {
	run people $'Nhiều trận đánh nổ ra trên địa bàn Trần Phong.\nTối qua rạp phim Ngô Quyền đông khách.\nNăm ấy Chúa Nguyễn sai Trần Văn Hòa đi mở đất.'
	check_out $'person\tTrần Văn Hòa\tTrần Văn Hòa\t\t'
}

@test "vn-person: a verb one person does to another between a ruler's name and a full name ends the first mention ('Quốc vương Bảo Long mời Trần Văn Hữu làm Thủ tướng'); a body's word written small does not ('Cục trưởng Cục Tác chiến Lê Văn Hòa')" {
	run people $'Quốc vương Bảo Long mời Trần Văn Hữu làm Thủ tướng.\nDự lễ có Cục trưởng Cục Tác chiến Lê Văn Hòa.'
	check_out $'person\tBảo Long\tQuốc vương Bảo Long\tQuốc vương\t\nperson\tTrần Văn Hữu\tTrần Văn Hữu làm Thủ tướng\tThủ tướng\t\nperson\tLê Văn Hòa\tCục trưởng Cục Tác chiến Lê Văn Hòa\tCục trưởng Cục Tác chiến\tattend'
}

@test "vn-person: after a head that holds its body's word ('trưởng phòng', 'trưởng đài', 'phó khoa'), the rest of that body's name in small letters stays in the title ('trưởng phòng pháp chế chi cục Thuế', 'trưởng đài truyền thanh huyện')" {
	run people $'Ông Lê Văn Hào, trưởng phòng pháp chế chi cục Thuế Bắc Hà, cho biết số thu tăng.\nAnh Lò Văn Pấng - trưởng đài truyền thanh huyện - kể lại chuyện cũ.'
	check_out $'person\tLê Văn Hào\tÔng Lê Văn Hào, trưởng phòng pháp chế chi cục Thuế Bắc Hà\ttrưởng phòng pháp chế chi cục Thuế Bắc Hà\tspeak\nperson\tLò Văn Pấng\tAnh Lò Văn Pấng - trưởng đài truyền thanh huyện\ttrưởng đài truyền thanh huyện\tspeak'
}

@test "vn-person: 'Hội Cựu chiến binh', three syllables with one capital, is a body's name whole ('Chủ tịch Hội Cựu chiến binh tỉnh')" {
	run people 'Ông Lê Văn Thảo, Chủ tịch Hội Cựu chiến binh tỉnh phát biểu.'
	check_out $'person\tLê Văn Thảo\tÔng Lê Văn Thảo, Chủ tịch Hội Cựu chiến binh tỉnh\tChủ tịch Hội Cựu chiến binh tỉnh\tspeak'
}

@test "vn-person: 'nhà trường' after a title is its body ('Hiệu trưởng nhà trường'), so the verb after it gives the part" {
	run people 'Thầy Trần Minh Tâm, Bí thư Chi bộ, Hiệu trưởng nhà trường đã công bố quyết định kết nạp đảng viên.'
	check_out $'person\tTrần Minh Tâm\tThầy Trần Minh Tâm, Bí thư Chi bộ, Hiệu trưởng nhà trường\tBí thư Chi bộ; Hiệu trưởng nhà trường\tspeak'
}

@test "vn-person: 'đề án' after a title is its body ('Phó chủ nhiệm thường trực đề án'), so the verb after it gives the part" {
	run people 'TS Đặng Xuân Hòa, Phó chủ nhiệm thường trực đề án cho biết, hiện tài khoản đã được mở.'
	check_out $'person\tĐặng Xuân Hòa\tTS Đặng Xuân Hòa, Phó chủ nhiệm thường trực đề án\tTS; Phó chủ nhiệm thường trực đề án\tspeak'
}

@test "vn-person: 'nông thôn' in small letters stays in a body's name ('Giám đốc Sở Nông nghiệp và Phát triển nông thôn', before a place too)" {
	run people 'Bà Lò Thị Hạnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La phát biểu.'
	check_out $'person\tLò Thị Hạnh\tBà Lò Thị Hạnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La\tGiám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La\tspeak'
}

@test "vn-person: 'kiểm sát', 'khoa học', 'xã hội', 'công nghệ' in small letters stay in a body's name ('Viện trưởng Viện kiểm sát nhân dân tỉnh', 'Viện Hàn lâm khoa học xã hội')" {
	run people 'Dự hội nghị có ông Lê Văn Hào, Viện trưởng Viện kiểm sát nhân dân tỉnh và bà Trần Thu Hà, Phó Chủ tịch Viện Hàn lâm khoa học xã hội.'
	check_out $'person\tLê Văn Hào\tông Lê Văn Hào, Viện trưởng Viện kiểm sát nhân dân tỉnh\tViện trưởng Viện kiểm sát nhân dân tỉnh\tattend\nperson\tTrần Thu Hà\tbà Trần Thu Hà, Phó Chủ tịch Viện Hàn lâm khoa học xã hội\tPhó Chủ tịch Viện Hàn lâm khoa học xã hội\tattend'
}

@test "vn-person: a country of one word that begins a word of two is no place: 'Ban Pháp chế HĐND tỉnh', 'Ủy ban Pháp luật', 'Vụ Pháp chế' go on, and no 'Vụ Pháp' is a person; 'Đại sứ Pháp' is France's" {
	run people 'Dự có đồng chí Lê Văn Cường, Trưởng Ban Pháp chế HĐND tỉnh; ông Lê Văn Em, Vụ trưởng Vụ Pháp chế Bộ Nội vụ. Ông Phan Văn Bình, Phó Chủ nhiệm Ủy ban Pháp luật và Tư pháp, cho biết dự luật đã hoàn thiện. Đại sứ Pháp Olivier Martin phát biểu.'
	check_out $'person\tLê Văn Cường\tđồng chí Lê Văn Cường, Trưởng Ban Pháp chế HĐND tỉnh\tTrưởng Ban Pháp chế HĐND tỉnh\tattend
person\tLê Văn Em\tông Lê Văn Em, Vụ trưởng Vụ Pháp chế Bộ Nội vụ\tVụ trưởng Vụ Pháp chế Bộ Nội vụ\tattend
person\tPhan Văn Bình\tÔng Phan Văn Bình, Phó Chủ nhiệm Ủy ban Pháp luật và Tư pháp\tPhó Chủ nhiệm Ủy ban Pháp luật và Tư pháp\tspeak
person\tOlivier Martin\tĐại sứ Pháp Olivier Martin\tĐại sứ Pháp\tspeak'
}

@test "vn-person: 'của Quốc hội' after a council or a committee stays in the title ('Phó Chủ tịch Hội đồng Dân tộc của Quốc hội', 'Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội'); another 'của' ends it" {
	run people 'Dự có bà Y Thanh Hà Niê Kđăm, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội; ông Lê Văn Tâm, Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội. Ông Phạm Văn Hòa, Chủ nhiệm Ủy ban Kinh tế trình bày tờ trình của Quốc hội.'
	check_out $'person\tY Thanh Hà Niê Kđăm\tbà Y Thanh Hà Niê Kđăm, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội\tPhó Chủ tịch Hội đồng Dân tộc của Quốc hội\tattend
person\tLê Văn Tâm\tông Lê Văn Tâm, Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội\tTrưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội\tattend
person\tPhạm Văn Hòa\tÔng Phạm Văn Hòa, Chủ nhiệm Ủy ban Kinh tế\tChủ nhiệm Ủy ban Kinh tế\tspeak'
}

@test "vn-person: 'thuộc' and the body a title's body is part of stay in the title, and the titles after it follow ('Vụ trưởng Vụ Địa phương thuộc Ban Tổ chức Trung ương, nguyên Bí thư Huyện ủy')" {
	run people 'Dự có đồng chí Phan Văn Lâm, Vụ trưởng Vụ Địa phương thuộc Ban Tổ chức Trung ương, nguyên Bí thư Huyện ủy Lục Ngạn.'
	check_out $'person\tPhan Văn Lâm\tđồng chí Phan Văn Lâm, Vụ trưởng Vụ Địa phương thuộc Ban Tổ chức Trung ương, nguyên Bí thư Huyện ủy Lục Ngạn\tVụ trưởng Vụ Địa phương thuộc Ban Tổ chức Trung ương; nguyên Bí thư Huyện ủy Lục Ngạn\tattend'
}

@test "vn-person: 'Hội đồng thành viên', a state firm's board, stays in the title with the firm after it" {
	run people 'Dự lễ có đồng chí Trịnh Văn Hào, Chủ tịch Hội đồng thành viên Tổng công ty Lương thực miền Nam và ông Đặng Quốc Bảo, Chủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông.'
	check_out $'person\tTrịnh Văn Hào\tđồng chí Trịnh Văn Hào, Chủ tịch Hội đồng thành viên Tổng công ty Lương thực miền Nam\tChủ tịch Hội đồng thành viên Tổng công ty Lương thực miền Nam\tattend\nperson\tĐặng Quốc Bảo\tông Đặng Quốc Bảo, Chủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông\tChủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông\tattend'
}

@test "vn-person: a body's word of two syllables after a family name stays in the body: 'Khoa Vũ khí', 'Ban Lý luận', 'Giáo phận'" {
	run people $'Ông Trần Văn Bình, nguyên Chủ nhiệm Khoa Vũ khí, cho biết đã xong.\nBà Lê Thị Hoa, Trưởng ban Lý luận, phát biểu.\nGiuse Đinh Văn Tâm, Giám mục Phó Giáo phận Hưng Hóa, có mặt.'
	check_out $'person\tTrần Văn Bình\tÔng Trần Văn Bình, nguyên Chủ nhiệm Khoa Vũ khí\tnguyên Chủ nhiệm Khoa Vũ khí\tspeak
person\tLê Thị Hoa\tBà Lê Thị Hoa, Trưởng ban Lý luận\tTrưởng ban Lý luận\tspeak
person\tĐinh Văn Tâm\tĐinh Văn Tâm, Giám mục\tGiám mục\t'
}

@test "vn-person: a form of address by birth order names a person as the text calls them: 'anh Tư', 'Bà Năm', 'ông Ba Kiểu'" {
	run people $'Chiếc máy cày của anh Tư đã chạy suốt mùa gặt.\nBà Năm đứng chờ ở cổng chợ.\nÔng Ba Kiểu cùng ông Sáu Lợi đi mua gỗ.'
	check_out $'person\tTư\tanh Tư\t\t
person\tNăm\tBà Năm\t\t
person\tBa Kiểu\tÔng Ba Kiểu\t\t
person\tSáu Lợi\tông Sáu Lợi\t\t'
}

@test "vn-person: a country of one word in a title's body is written with a capital: 'trưởng phòng pháp chế' is no 'Pháp'" {
	run people $'Bà Lê Thị Mai, trưởng phòng pháp chế của sở, cho biết đã nhận đơn.\nĐại sứ Pháp Jean Durand đến dự.'
	check_out $'person\tLê Thị Mai\tBà Lê Thị Mai, trưởng phòng\ttrưởng phòng\tspeak
person\tJean Durand\tĐại sứ Pháp Jean Durand\tĐại sứ Pháp\tattend'
}

@test "vn-person: an initial with its dot is of the name: 'George W. Bush', 'George H. W. Bush'; a later family name resolves to it" {
	run people $'Tổng thống Mỹ John F. Kennedy và Quốc hội bất đồng.\nCựu tổng thống Hoa Kỳ George H. W. Bush đến thăm.\nSau đó Tổng thống Kennedy phát biểu.\nNhà sử học Archimedes L.A. Patti viết lại.'
	check_out $'person\tJohn F. Kennedy\tTổng thống Mỹ John F. Kennedy\tTổng thống Mỹ\t
person\tGeorge H. W. Bush\tCựu tổng thống Hoa Kỳ George H. W. Bush\tCựu tổng thống Hoa Kỳ\t
person\tJohn F. Kennedy\tTổng thống Kennedy\tTổng thống\tspeak
person\tArchimedes L.A. Patti\tNhà sử học Archimedes L.A. Patti\tNhà sử học\t'
}

@test "vn-person: a foreign name after a body's word of two syllables is a person's, and no title of the one before: 'Bộ trưởng Ngoại giao William Seward'" {
	run people $'Phó Tổng thống Andrew Johnson, Bộ trưởng Ngoại giao William Seward cùng đến.\nBà Lê Thị Hồng, Hiệu trưởng Đại học Hoa Sen, đến dự.\nÔng là Chủ tịch Đại học Columbia.'
	check_out $'person\tAndrew Johnson\tPhó Tổng thống Andrew Johnson\tPhó Tổng thống\t
person\tWilliam Seward\tBộ trưởng Ngoại giao William Seward\tBộ trưởng Ngoại giao\t
person\tLê Thị Hồng\tBà Lê Thị Hồng, Hiệu trưởng Đại học Hoa Sen\tHiệu trưởng Đại học Hoa Sen\tattend'
}

@test "vn-person: a 'Từ' opening a clause before a word of going or of time is 'from' ('Từ Kim Liên (Nghệ An) về', 'Từ Minh Mạng trở đi', 'Từ Xuân Hè năm 1950'); inside a clause it is a family name" {
	run people $'Từ Kim Liên (Nghệ An) về thành Vinh mất nửa ngày.\nTừ Minh Mạng trở đi, triều đình lập thêm tỉnh.\nTừ Xuân Hè năm 1950, quân ta chuyển sang phản công.\nQuân của Từ Văn Hòa về tới thành.'
	check_out $'person\tTừ Văn Hòa\tTừ Văn Hòa\t\t'
}

@test "vn-person: no person: what follows says a place ('X thuộc xã Y', 'X (nay là Y)', 'X nay là đường Y', 'X nay gộp'), a 'Từ' that is 'from'" {
	run people $'Dương Liễu thuộc xã Hòa Bình, có nghề đan lát.\nQuân tiến về Trần Châu (nay là Thái Nguyên).\nPhố Lê Văn Thịnh nay là đường Quang Trung.\nNăm ấy Lý Thôn nay gộp vào xã bên.\nĐường đi Từ Sơn Tây tới Hà Đông dài lắm.\nÔng Trần Văn Bảo nay là giám đốc.'
	check_out $'person\tTrần Văn Bảo\tÔng Trần Văn Bảo\t\t'
}

@test "vn-person: offices written small: 'thuyền trưởng', 'chi cục phó', 'hiệu phó'" {
	run people $'Thuyền trưởng Lê Văn Hải nói tàu đã cập cảng.\nÔng Phạm Văn Tư, chi cục phó, cho biết hàng đã bị giữ.\nBuổi lễ có hiệu phó Đỗ Thị Lan.'
	check_out $'person\tLê Văn Hải\tThuyền trưởng Lê Văn Hải\tThuyền trưởng\tspeak
person\tPhạm Văn Tư\tÔng Phạm Văn Tư, chi cục phó\tchi cục phó\tspeak
person\tĐỗ Thị Lan\thiệu phó Đỗ Thị Lan\thiệu phó\t'
}

@test "vn-person: a title alone in parentheses after the name is the person's; years or other words there are not; an address is no person" {
	run people $'Nhân chứng Lê Văn Tâm (nguyên thứ trưởng) đã đến.\nBà Lê Thị Hoa (Chủ tịch Hội Phụ nữ xã) phát biểu.\nÔng Nguyễn Văn Ba (1920-1990) là nhà thơ.\nVăn phòng đặt ở số 12, Trần Quang Khải, quận 1.'
	check_out $'person\tLê Văn Tâm\tLê Văn Tâm (nguyên thứ trưởng)\tnguyên thứ trưởng\t
person\tLê Thị Hoa\tBà Lê Thị Hoa (Chủ tịch Hội Phụ nữ xã)\tChủ tịch Hội Phụ nữ xã\tspeak
person\tNguyễn Văn Ba\tÔng Nguyễn Văn Ba\t\t'
}

@test "vn-person: 'Ảnh: X/TTXVN' is a photo credit without the agency; 'Ảnh: TTXVN' names no one" {
	run people $'Ảnh: Quang Vinh/TTXVN
Ảnh: TTXVN'
	check_out $'person\tQuang Vinh\tQuang Vinh\t\tphoto'
}

@test "vn-person: 'Bài và ảnh: X' is the author" {
	run people $'Bài và ảnh: Thanh Hà'
	check_out $'person\tThanh Hà\tThanh Hà\t\tauthor'
}

@test "vn-person: a title alone later is the person named with it; a given name after 'ông' too" {
	run people $'Bí thư Tỉnh ủy Bắc Kạn Phạm Duy Hưng dự hội nghị.
Đồng chí Hoàng Minh Tuấn, Giám đốc Sở Nội vụ báo cáo kết quả.
Bí thư Tỉnh ủy Bắc Kạn nhấn mạnh yêu cầu đổi mới.
Trả lời phóng viên, ông Tuấn cho biết sẽ sớm hoàn thành.'
	check_out $'person\tPhạm Duy Hưng\tBí thư Tỉnh ủy Bắc Kạn Phạm Duy Hưng\tBí thư Tỉnh ủy Bắc Kạn\tattend
person\tHoàng Minh Tuấn\tĐồng chí Hoàng Minh Tuấn, Giám đốc Sở Nội vụ\tGiám đốc Sở Nội vụ\tspeak
person\tPhạm Duy Hưng\tBí thư Tỉnh ủy Bắc Kạn\tBí thư Tỉnh ủy Bắc Kạn\tspeak
person\tHoàng Minh Tuấn\tông Tuấn\t\tspeak'
}

@test "vn-person: a given name after 'ông' reaches back 100 lines; a family name after 'ông' is someone" {
	text="Ông Nguyễn Văn Bình phát biểu."
	for i in $(seq 99); do text+=$'\nTrời mưa.'; done
	text+=$'\nÔng Bình nói thêm.'
	for i in $(seq 100); do text+=$'\nTrời mưa.'; done
	text+=$'\nÔng Bình nói tiếp.\nÔng Phương cho biết.'
	run people "$text"
	check_out $'person\tNguyễn Văn Bình\tÔng Nguyễn Văn Bình\t\tspeak
person\tNguyễn Văn Bình\tÔng Bình\t\tspeak
person\tBình\tÔng Bình\t\tspeak
person\tPhương\tÔng Phương\t\tspeak'
}
@test "vn-person: a title alone that no one named before holds names no one" {
	run people $'Bí thư Tỉnh ủy phát biểu tại hội nghị.'
	check_out $''
}

@test "vn-person: a short name line at the end is the byline" {
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.
Ngọc Lan
Tin liên quan'
	check_out $'person\tNgọc Lan\tNgọc Lan\t\tauthor'
}

@test "vn-person: a byline in capitals ('VI THANH' is Vi Thanh, no king's sixth), or with its agency after a slash, is the byline" {
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nBài và ảnh: VI THANH'
	check_out $'person\tVi Thanh\tVI THANH\t\tauthor'
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nNGỌC LAN'
	check_out $'person\tNgọc Lan\tNGỌC LAN\t\tauthor'
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nLê Hải/Báo Hà Giang'
	check_out $'person\tLê Hải\tLê Hải\t\tauthor'
}

@test "vn-person: a byline of two writers ('A - B', 'A, B', 'A và B') gives both; an agency after a dash, a site in brackets are no writer ('Lê Hải - Báo Hà Giang', 'Ngọc Diệp (baohagiang.vn)')" {
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nThu Hà - Minh Anh'
	check_out $'person\tThu Hà\tThu Hà\t\tauthor\nperson\tMinh Anh\tMinh Anh\t\tauthor'
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nTHU HÀ và MINH ANH'
	check_out $'person\tThu Hà\tTHU HÀ\t\tauthor\nperson\tMinh Anh\tMINH ANH\t\tauthor'
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nLê Hải - Báo Hà Giang'
	check_out $'person\tLê Hải\tLê Hải\t\tauthor'
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nTheo Ngọc Diệp (baohagiang.vn)'
	check_out $'person\tNgọc Diệp\tNgọc Diệp\t\tauthor'
}

@test "vn-person: a writer's name spelled as a place ('Thanh Hải', 'Đức Anh') or a family name that heads places ('Hồ Cầu') is a byline or credit; a line of a place alone in the article, two places on a line, name no one" {
	run people $'Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\nĐồng chí Lê Văn Sơn phát biểu tại hội nghị. Ảnh: Hồ Cầu\nThanh Hải - Đức Anh'
	check_out $'person\tLê Văn Sơn\tĐồng chí Lê Văn Sơn\t\tspeak\nperson\tHồ Cầu\tHồ Cầu\t\tphoto\nperson\tThanh Hải\tThanh Hải\t\tauthor\nperson\tĐức Anh\tĐức Anh\t\tauthor'
	run people $'Hà Nam\nSáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025, với sự có mặt của nhiều hội viên.\nNam Định, Việt Nam'
	check_out ''
}

@test "vn-person: a short name line followed by the article is no byline; given names alone name no one there" {
	run people $'Ngọc Lan
Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025, với sự có mặt của nhiều hội viên.'
	check_out $''
}

@test "vn-person: a name line under the title and the stamp, before the lead, is the byline; a section's place there names no one" {
	run people $'Xã Phú Lâm tổng kết công tác Mặt trận năm 2026
05/12/2026 09:30
Hoàng Mai Chi
Sáng 4/12, Ủy ban Mặt trận Tổ quốc xã Phú Lâm tổ chức hội nghị tổng kết công tác Mặt trận năm 2026.'
	check_out $'person\tHoàng Mai Chi\tHoàng Mai Chi\t\tauthor'
	run people $'Tin địa phương
Xã Phú Lâm tổng kết công tác Mặt trận năm 2026
Thái Nguyên
Sáng 4/12, Ủy ban Mặt trận Tổ quốc xã Phú Lâm tổ chức hội nghị tổng kết công tác Mặt trận năm 2026.'
	check_out $''
	run people $'Sáng 4/12, Ủy ban Mặt trận Tổ quốc xã Phú Lâm tổ chức hội nghị tổng kết công tác Mặt trận năm 2026.
Hoàng Mai Chi
Các đại biểu đã thảo luận, góp ý vào dự thảo báo cáo chính trị của Ban Thường trực.'
	check_out $''
}


# ---- -s, -j, -l ----

@test "vn-person: under a heading of streets or communes, lines of a name are places; under 'Xem thêm' a last name line is no byline" {
	printf '%s\n' '== Các tuyến phố chính ==' 'Lê Thánh Tông' 'Trần Khát Chân' '' '== Người nổi tiếng ==' 'Vũ Văn Thanh' 'Đinh Thị Hoa' '' '== Xem thêm ==' 'Phạm Ngọc Quang' > "$BATS_TEST_TMPDIR/list.txt"
	run vn-person "$BATS_TEST_TMPDIR/list.txt"
	check_out "$BATS_TEST_TMPDIR/list.txt"$'\t6.1\tperson\tVũ Văn Thanh\tVũ Văn Thanh\t\t
'"$BATS_TEST_TMPDIR/list.txt"$'\t7.1\tperson\tĐinh Thị Hoa\tĐinh Thị Hoa\t\t
'"$BATS_TEST_TMPDIR/list.txt"$'\t10.1\tperson\tPhạm Ngọc Quang\tPhạm Ngọc Quang\t\t'
}

@test "vn-person: under a heading about streets, an item opening with a name before a note is a place, a long one too; a person in the note, a heading with a place's name, and prose are not" {
	printf '%s\n' '== Các tuyến đường chính ==' 'Hoàng Diệu (quốc lộ 91)' 'Dương Khuy (đối diện chi cục thuế có đường nhựa vào chùa Tịnh Xá, nối với quốc lộ 91)' 'Lê Thánh Tông' 'Đền Văn Hiến (thờ Tô Hiến Thành)' '== Thành phố Hà Tiên ==' 'Trần Văn Tâm (đại biểu Quốc hội)' > "$BATS_TEST_TMPDIR/streets.txt"
	run vn-person "$BATS_TEST_TMPDIR/streets.txt"
	check_out "$BATS_TEST_TMPDIR/streets.txt"$'\t5.1\tperson\tTô Hiến Thành\tTô Hiến Thành\t\t
'"$BATS_TEST_TMPDIR/streets.txt"$'\t7.1\tperson\tTrần Văn Tâm\tTrần Văn Tâm (đại biểu Quốc hội)\tđại biểu Quốc hội\t'
}

@test "vn-person: 'đàn ông', 'đàn bà' are men and women, no honorific ('đàn ông Ê đê'); 'ông' after them is one" {
	run people 'Vai trò của đàn ông Ê đê rất lớn, còn đàn bà Ê đê giữ nhà; ông Y Ngông Niê Kdăm phát biểu.'
	check_out $'person\tY Ngông Niê Kdăm\tông Y Ngông Niê Kdăm\t\tspeak'
}

@test "vn-person: a quote after a colon is the mention's that opens the sentence ('Bí thư Thành ủy X: “...”'), not one spoken to ('nói với tướng X: “...”')" {
	run people 'Bí thư Thành ủy Lê Văn Tâm: “Phải làm ngay, không chờ đợi”.'
	check_out $'person\tLê Văn Tâm\tBí thư Thành ủy Lê Văn Tâm\tBí thư Thành ủy\tspeak'
	run people 'Ông Hà nói với tướng Lê Văn Tâm: “Thương binh còn nhiều”.'
	check_out $'person\tHà\tÔng Hà\t\tspeak\nperson\tLê Văn Tâm\ttướng Lê Văn Tâm\ttướng\t'
}

@test "vn-person: a title of many ('các đồng chí Phó Bí thư Tỉnh ủy', 'các đạo diễn') is each name's listed after it, with a colon or not; one of one ('Đồng chí Bí thư Tỉnh ủy A và B') is not" {
	run people 'Dự hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Lê Văn Tâm, Hà Thị Nga.'
	check_out $'person\tLê Văn Tâm\tPhó Bí thư Tỉnh ủy: Lê Văn Tâm\tPhó Bí thư Tỉnh ủy\tattend\nperson\tHà Thị Nga\tHà Thị Nga\tPhó Bí thư Tỉnh ủy\tattend'
	run people 'Phim có các đạo diễn Lê Văn Tâm, Hà Thị Nga tham gia.'
	check_out $'person\tLê Văn Tâm\tđạo diễn Lê Văn Tâm\tđạo diễn\t\nperson\tHà Thị Nga\tHà Thị Nga\tđạo diễn\t'
	run people 'Đồng chí Bí thư Tỉnh ủy Lê Văn Tâm và Hà Thị Nga dự.'
	check_out $'person\tLê Văn Tâm\tĐồng chí Bí thư Tỉnh ủy Lê Văn Tâm\tBí thư Tỉnh ủy\tattend\nperson\tHà Thị Nga\tHà Thị Nga\t\tattend'
}

@test "vn-person: the post given after the last name of a list ('A, B và C được bầu làm ...') is each name's; 'A và B làm việc' gives none" {
	run people 'Đồng chí Lê Văn Tâm, Hà Thị Nga và Vũ Văn Hải được bầu làm Ủy viên Ban Thường vụ Huyện ủy.'
	check_out $'person\tLê Văn Tâm\tĐồng chí Lê Văn Tâm\tỦy viên Ban Thường vụ Huyện ủy\t\nperson\tHà Thị Nga\tHà Thị Nga\tỦy viên Ban Thường vụ Huyện ủy\t\nperson\tVũ Văn Hải\tVũ Văn Hải được bầu làm Ủy viên Ban Thường vụ Huyện ủy\tỦy viên Ban Thường vụ Huyện ủy\t'
	run people 'Ông Lê Văn Tâm và bà Hà Thị Nga làm việc với đoàn.'
	check_out $'person\tLê Văn Tâm\tÔng Lê Văn Tâm\t\t\nperson\tHà Thị Nga\tbà Hà Thị Nga\t\t'
}

@test "vn-person: 'Chủ trì hội nghị, X nhấn mạnh' chairs; 'Tham dự hội nghị, X', 'Nhận xét về ..., X' attend and speak when no verb after X says more" {
	run people 'Chủ trì hội nghị, đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy nhấn mạnh vai trò của chi bộ.'
	check_out $'person\tLê Văn Tâm\tđồng chí Lê Văn Tâm, Bí thư Tỉnh ủy\tBí thư Tỉnh ủy\tchair'
	run people 'Nhận xét về phong trào, ông Lê Văn Tâm viết một bài dài.'
	check_out $'person\tLê Văn Tâm\tông Lê Văn Tâm\t\tspeak'
}

@test "vn-person: a feeling between the person and the verb ('xúc động bày tỏ', 'phấn khởi cho biết') leaves the verb's part, and so does a contrast's 'thì' ('X thì cho rằng')" {
	run people 'Thay mặt các đảng viên, đồng chí Phạm Văn Khải xúc động bày tỏ niềm vinh dự.'
	check_out $'person\tPhạm Văn Khải\tđồng chí Phạm Văn Khải\t\tspeak'
	run people 'Nhiều ý kiến tán thành, còn Giáo sư Đinh Xuân Lâm thì cho rằng cần thận trọng.'
	check_out $'person\tĐinh Xuân Lâm\tGiáo sư Đinh Xuân Lâm\tGiáo sư\tspeak'
}

@test "vn-person: a degree's field before a name is the degree's ('Tiến sĩ Luật Cù Huy Hà Vũ', 'Giáo sư sử học Lê Văn Lan'); before one word it is a chair's name" {
	run people 'Tiến sĩ Luật Cù Huy Hà Vũ và Giáo sư sử học Lê Văn Lan dự; ông giữ ghế Giáo sư Toán học Lucas.'
	check_out $'person\tCù Huy Hà Vũ\tTiến sĩ Luật Cù Huy Hà Vũ\tTiến sĩ Luật\tattend\nperson\tLê Văn Lan\tGiáo sư sử học Lê Văn Lan\tGiáo sư sử học\tattend'
}

@test "vn-person: the one met, asked or waited for ('gặp đô đốc X đề nghị', 'hỏi ông X', 'không chờ ông X trả lời') has no part from the verb after them" {
	run people 'Trung tá Hà lên gặp đại tá Lê Văn Tâm đề nghị cho đơn vị ở lại.'
	check_out $'person\tLê Văn Tâm\tđại tá Lê Văn Tâm\tđại tá\t'
	run people 'Bà Liên không chờ ông Lê Văn Phong trả lời, đi thẳng lên nhà.'
	check_out $'person\tLiên\tBà Liên\t\t\nperson\tLê Văn Phong\tông Lê Văn Phong\t\t'
}

@test "vn-person: ', kiêm' joins a title to the chain ('Phó Bí thư Tỉnh ủy, kiêm Trưởng Ban Tổ chức Tỉnh ủy'); 'Quản lý' of a body's name is written small" {
	run people 'Đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, kiêm Trưởng Ban Tổ chức Tỉnh ủy dự hội nghị.'
	check_out $'person\tLê Văn Tâm\tĐồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, kiêm Trưởng Ban Tổ chức Tỉnh ủy\tPhó Bí thư Tỉnh ủy; Trưởng Ban Tổ chức Tỉnh ủy\tattend'
	run people 'Ông Lê Văn Tâm - Giám đốc Ban Quản lý Dự án Giao thông.'
	check_out $'person\tLê Văn Tâm\tÔng Lê Văn Tâm - Giám đốc Ban Quản lý Dự án Giao thông\tGiám đốc Ban Quản lý Dự án Giao thông\t'
}

@test "vn-person -s: one line per person: DOC NAME TITLE ROLES MENTIONS" {
	run vn-person -s -d art <<< $'Bí thư Tỉnh ủy Bắc Kạn Phạm Duy Hưng dự hội nghị.
Đồng chí Hoàng Minh Tuấn, Giám đốc Sở Nội vụ báo cáo kết quả.
Bí thư Tỉnh ủy Bắc Kạn nhấn mạnh yêu cầu đổi mới.
Trả lời phóng viên, ông Tuấn cho biết sẽ sớm hoàn thành.'
	check_out $'art\tPhạm Duy Hưng\tBí thư Tỉnh ủy Bắc Kạn\tattend,speak\t2
art\tHoàng Minh Tuấn\tGiám đốc Sở Nội vụ\tspeak\t2'
}

@test "vn-person -s -j: named members name, title, roles, mentions" {
	run vn-person -s -j -d art <<< $'Bí thư Tỉnh ủy Bắc Kạn Phạm Duy Hưng dự hội nghị.
Đồng chí Hoàng Minh Tuấn, Giám đốc Sở Nội vụ báo cáo kết quả.
Bí thư Tỉnh ủy Bắc Kạn nhấn mạnh yêu cầu đổi mới.
Trả lời phóng viên, ông Tuấn cho biết sẽ sớm hoàn thành.'
	check_out $'{"doc":"art","name":"Phạm Duy Hưng","title":"Bí thư Tỉnh ủy Bắc Kạn","roles":"attend,speak","mentions":"2"}
{"doc":"art","name":"Hoàng Minh Tuấn","title":"Giám đốc Sở Nội vụ","roles":"speak","mentions":"2"}'
}

@test "vn-person -j: the record's members are title and role" {
	run vn-person -j <<< $'Bí thư Huyện ủy Lê Văn Tám phát biểu.'
	check_out $'{"doc":"-","loc":"1.1","line":1,"sentence":1,"kind":"person","value":"Lê Văn Tám","text":"Bí thư Huyện ủy Lê Văn Tám","title":"Bí thư Huyện ủy","role":"speak"}'
}

@test "vn-person -l: documents one a line; a title resolves within its document only, -s per document" {
	run vn-person -l -s <<< $'a1\tBí thư Huyện ủy Lê Văn Tám phát biểu.\\nNgọc Lan\nb2\tBí thư Huyện ủy phát biểu.\nc3\tÔng Lê Văn Tám dự lễ.'
	check_out $'a1\tLê Văn Tám\tBí thư Huyện ủy\tspeak\t1
a1\tNgọc Lan\t\tauthor\t1
c3\tLê Văn Tám\t\tattend\t1'
}

@test "vn-person: sentence records from vn-seg keep their LOC; the byline is the last line's" {
	run sh -c 'printf "%s\n" "Chiều 2/4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên. Đồng chí Lê Thị Thu, Trưởng ban Tuyên giáo Tỉnh ủy chủ trì." "Minh Đức" | vn-seg | vn-person | cut -f2-'
	check_out $'1.2\tperson\tLê Thị Thu\tĐồng chí Lê Thị Thu, Trưởng ban Tuyên giáo Tỉnh ủy\tTrưởng ban Tuyên giáo Tỉnh ủy\tchair
2.1\tperson\tMinh Đức\tMinh Đức\t\tauthor'
}

@test "vn-person: 'anh' before a name is an honorific; 'Anh' at the start too, before a family name, and England otherwise" {
	run people $'Anh Lê Văn Tám là người đầu tiên nhận Bằng khen.\nHôm ấy, anh Tuấn về làng sớm.\nAnh là nước đầu tiên ký hiệp ước.'
	check_out $'person\tLê Văn Tám\tAnh Lê Văn Tám\t\t
person\tTuấn\tanh Tuấn\t\t'
}

@test "vn-person: a name after a run of small words is found wherever it stands in the run, to the sentence's end" {
	# The look before the tokens passes small words sixteen bytes at a time:
	# a word of 1 to 40 letters moves "Tuấn" or "Đạt", the only word that may
	# begin a mention, over every byte of a block and of what is left after
	# the last; with more words after it, over the first byte of a block
	# after the first.
	local text='' want='' l pad
	for l in $(seq 40); do
		pad=$(printf "%${l}s" '' | tr ' ' x)
		text+="Trời mưa to. Hôm qua có rất nhiều người dân đã ở $pad về dự lễ cùng anh Tuấn."$'\n'
		text+="Trời mưa to. Hôm qua có rất nhiều người dân đã ở $pad về dự lễ cùng ông Đạt."$'\n'
		text+="Trời mưa to. Hôm qua có rất nhiều người dân đã ở $pad về dự lễ cùng anh Tuấn và nhiều bà con trong xóm nhỏ."$'\n'
		want+=$'\n'"$((3 * l - 2)).2"$'\tperson\tTuấn\tanh Tuấn\t\t'
		want+=$'\n'"$((3 * l - 1)).2"$'\tperson\tĐạt\tông Đạt\t\t'
		want+=$'\n'"$((3 * l)).2"$'\tperson\tTuấn\tanh Tuấn\t\t'
	done
	run sh -c 'printf "%s" "$1" | vn-person | cut -f2-' sh "$text"
	check_out "${want#?}"
}

@test "vn-person: the look before the tokens reads to twenty words past the last word that may begin a mention, not the first" {
	# The look asks about the capitals from the last back and stops at the
	# first that may begin a mention: one that stopped at the first from the
	# front would end twenty words after 'Ông' and lose 'ông Đạt' and his verb.
	local small
	small=$(printf 'về %.0s' $(seq 30))
	run sh -c 'printf "%s\n" "$1" | vn-person | cut -f2-' sh "Trời mưa to. Ông Tuấn ${small}cùng ông Đạt phát biểu."
	check_out $'1.2\tperson\tTuấn\tÔng Tuấn\t\t\n1.2\tperson\tĐạt\tông Đạt\t\tspeak'
}

@test "vn-person: the look before the tokens finds a mention before 70 capitals and one after them" {
	# It reads the capitals 64 at a time, each stretch from its last back:
	# one that kept only the last stretch's answer would lose 'ông Tuấn',
	# one that read only the first stretch would lose 'ông Đạt'.
	local caps
	caps=$(for i in $(seq 70); do printf 'K%d, ' "$i"; done)
	run sh -c 'printf "%s\n" "$1" "$2" | vn-person | cut -f2-' sh \
		"Trời mưa to. Hôm qua ông Tuấn về thăm các đội ${caps}và nhiều xóm." \
		"Trời mưa to. Các đội ${caps}đón ông Đạt về làng."
	check_out $'1.2\tperson\tTuấn\tông Tuấn\t\t\n2.2\tperson\tĐạt\tông Đạt\t\t'
}

@test "vn-person: a capital of three bytes ('Ứng') or of two ('Đạt') after an honorific is a capital to the look before the tokens" {
	# The look tells a capital by tables made from vn_is_upper for the
	# letters of two bytes and those of three, and passes words that begin
	# with 'đ' as it passes small letters of ASCII: a table that lost either
	# kind, or a pass that took 'Đ' (the same first byte) for 'đ', would pass
	# the name by.
	run sh -c 'printf "%s\n" "Trời mưa to. Hôm qua có nhiều người về dự lễ cùng anh Ứng." "Trời mưa to. Hôm qua có nhiều người về dự lễ cùng ông Đạt." | vn-person | cut -f2-'
	check_out $'1.2\tperson\tỨng\tanh Ứng\t\t\n2.2\tperson\tĐạt\tông Đạt\t\t'
}

@test "vn-person: a line 'Name (years): title, ...' gives the titles after the colon past the years of a life" {
	run people $'Hoàng Văn Thái (1915-1986): Đại tướng, Thứ trưởng Bộ Quốc phòng\nLò Văn Puốn (sinh năm 1960): nguyên Bí thư Huyện ủy Thuận Châu'
	check_out $'person\tHoàng Văn Thái\tHoàng Văn Thái (1915-1986): Đại tướng, Thứ trưởng Bộ Quốc phòng\tĐại tướng; Thứ trưởng Bộ Quốc phòng\t\nperson\tLò Văn Puốn\tLò Văn Puốn (sinh năm 1960): nguyên Bí thư Huyện ủy Thuận Châu\tnguyên Bí thư Huyện ủy Thuận Châu\t'
}

@test "vn-person: a line of a name, a colon and titles to its end gives the titles; a colon before a quote gives none; a title said to be another's ('phó ban là') is not the name's before it but that one's" {
	run vn-person <<< $'Trần Văn Bốn: nguyên Phó Ban Tổ chức Tỉnh ủy, nguyên Bí thư Huyện ủy Kim Sơn\nLê Thị Năm: Chủ tịch xã phải chịu trách nhiệm trước dân.\nTrưởng ban là ông Trần Văn Sáu, phó ban là bà Lê Thị Bảy.\nBà Đỗ Thị Tám, Phó ban Dân vận Huyện ủy, phát biểu.'
	check_out $'-\t1.1\tperson\tTrần Văn Bốn\tTrần Văn Bốn: nguyên Phó Ban Tổ chức Tỉnh ủy, nguyên Bí thư Huyện ủy Kim Sơn\tnguyên Phó Ban Tổ chức Tỉnh ủy; nguyên Bí thư Huyện ủy Kim Sơn\t\n-\t2.1\tperson\tLê Thị Năm\tLê Thị Năm\t\t\n-\t3.1\tperson\tTrần Văn Sáu\tTrưởng ban là ông Trần Văn Sáu\tTrưởng ban\t\n-\t3.1\tperson\tLê Thị Bảy\tphó ban là bà Lê Thị Bảy\tphó ban\t\n-\t4.1\tperson\tĐỗ Thị Tám\tBà Đỗ Thị Tám, Phó ban Dân vận Huyện ủy\tPhó ban Dân vận Huyện ủy\tspeak'
}

@test "vn-person: capitals that end with a place before a dash and a place are a road or a line between the two, no person" {
	run vn-person <<< $'Dự án Cao Tốc Hà Nội - Hải Phòng rút ngắn thời gian đi lại.\nÔng Trần Văn Bình - Chủ tịch UBND tỉnh Thái Bình dự.'
	check_out $'-\t2.1\tperson\tTrần Văn Bình\tÔng Trần Văn Bình - Chủ tịch UBND tỉnh Thái Bình\tChủ tịch UBND tỉnh Thái Bình\tattend'
}

@test "vn-person: a city of the world between a title and the name is the title's, and alone after a title it names no one" {
	run vn-person <<< $'Thị trưởng Paris Bertrand Delanoë phát biểu.\nÔng được phong Giám mục Luân Đôn năm 1850.\nTổng thống Lincoln ký sắc lệnh.'
	check_out $'-\t1.1\tperson\tBertrand Delanoë\tThị trưởng Paris Bertrand Delanoë\tThị trưởng Paris\tspeak\n-\t3.1\tperson\tLincoln\tTổng thống Lincoln\tTổng thống\t'
}

@test "vn-person: the years of a life in parentheses between a name and its titles leave the titles the name's" {
	run vn-person <<< $'Phạm Văn Song (s. 1931), Giáo sư, nguyên Bộ trưởng Bộ Y tế.\nÔng Nguyễn Văn Tâm (sinh năm 1960), Chủ tịch UBND tỉnh, phát biểu.\nTrần Văn Hai (1920 - 1995) - nguyên Bí thư Tỉnh ủy Nam Định.\nLê Văn Ba (Ba Lê), Chủ tịch xã.'
	check_out $'-\t1.1\tperson\tPhạm Văn Song\tPhạm Văn Song (s. 1931), Giáo sư, nguyên Bộ trưởng Bộ Y tế\tGiáo sư; nguyên Bộ trưởng Bộ Y tế\t\n-\t2.1\tperson\tNguyễn Văn Tâm\tÔng Nguyễn Văn Tâm (sinh năm 1960), Chủ tịch UBND tỉnh\tChủ tịch UBND tỉnh\tspeak\n-\t3.1\tperson\tTrần Văn Hai\tTrần Văn Hai (1920 - 1995) - nguyên Bí thư Tỉnh ủy Nam Định\tnguyên Bí thư Tỉnh ủy Nam Định\t\n-\t4.1\tperson\tLê Văn Ba\tLê Văn Ba\t\t'
}

@test "vn-person: a word whose hash is a family name's is no family name: the lexicon compares its bytes" {
	# "bfveadiy" has the tok_hash of "nguyễn" and its length in bytes: the
	# lexicon finds the key by the hash and must then tell the two apart by
	# their bytes, however it compares them.
	run people $'Bfveadiy Văn An phát biểu về kết quả công tác năm nay.\nNguyễn Văn An phát biểu về kết quả công tác năm nay.'
	check_out $'person\tNguyễn Văn An\tNguyễn Văn An\t\tspeak'
}

@test "vn-person: a name that begins with Z, the last capital of ASCII, is a capital's ('Thủ tướng Zoran Milanović', 'Ông Zuong')" {
	# tokenize tells a word's case by its first byte: one that took 'Z' for
	# a small letter would find neither.
	run vn-person <<< $'Thủ tướng Zoran Milanović phát biểu tại Zagreb.\nÔng Zuong phát biểu.'
	check_out $'-\t1.1\tperson\tZoran Milanović\tThủ tướng Zoran Milanović\tThủ tướng\tspeak\n-\t2.1\tperson\tZuong\tÔng Zuong\t\tspeak'
}

@test "vn-person: each honorific, of one word or two, in either case, begins a mention: 'Đ/c', 'đ/c', 'Đồng chí', 'Bà', 'Ông'" {
	# names_honorific looks the honorifics up in the lexicon: one that
	# found only those of one word would lose 'Đồng chí' and the role after it.
	run vn-person <<< $'Đ/c Nguyễn Văn An phát biểu tại hội nghị.\nHội nghị có đ/c Trần Thị Bình, Phó Chủ tịch UBND huyện, đến dự.\nĐồng chí Lê Văn Cường chủ trì.\nBà Phạm Thị Dung nhận Bằng khen.\nÔng Hoàng Văn Em phát biểu.'
	check_out $'-\t1.1\tperson\tNguyễn Văn An\tĐ/c Nguyễn Văn An\t\tspeak\n-\t2.1\tperson\tTrần Thị Bình\tđ/c Trần Thị Bình, Phó Chủ tịch UBND huyện\tPhó Chủ tịch UBND huyện\tattend\n-\t3.1\tperson\tLê Văn Cường\tĐồng chí Lê Văn Cường\t\tchair\n-\t4.1\tperson\tPhạm Thị Dung\tBà Phạm Thị Dung\t\treceive\n-\t5.1\tperson\tHoàng Văn Em\tÔng Hoàng Văn Em\t\tspeak'
}

@test "vn-person: 'nhận' of a post, a class, a part or a view is no receiving ('nhận công tác', 'nhận dạy', 'nhận chức', 'nhận vai', 'nhận là'); 'nhận rằng' speaks" {
	run people $'Năm 1960, ông Trần Văn Hải nhận công tác ở huyện Kim Sơn.\nBà Lê Thị Hoa nhận dạy môn văn tại trường làng.\nÔng Phạm Văn Nam nhận chức Bí thư Huyện ủy.\nDiễn viên Ngô Thị Lan nhận vai chính.\nÔng Đỗ Văn Bình nhận là người của đội.\nÔng Vũ Văn Tâm nhận rằng việc làm còn chậm.\nÔng Vũ Văn Tâm nhận Huy hiệu 50 năm tuổi Đảng.'
	check_out $'person\tTrần Văn Hải\tông Trần Văn Hải\t\t
person\tLê Thị Hoa\tBà Lê Thị Hoa\t\t
person\tPhạm Văn Nam\tÔng Phạm Văn Nam\t\t
person\tNgô Thị Lan\tDiễn viên Ngô Thị Lan\tDiễn viên\t
person\tĐỗ Văn Bình\tÔng Đỗ Văn Bình\t\t
person\tVũ Văn Tâm\tÔng Vũ Văn Tâm\t\tspeak
person\tVũ Văn Tâm\tÔng Vũ Văn Tâm\t\treceive'
}

@test "vn-person: the subject who first does something of no part and then says ('ôn lại truyền thống của Đảng bộ và nhấn mạnh') speaks, a list that opens the clause too; an object before 'và' ('làm việc với đồng chí X và đề nghị') does not" {
	run people $'Sáng 3/2, đồng chí Lê Văn Sơn, Bí thư Huyện ủy ôn lại truyền thống vẻ vang của Đảng bộ huyện và nhấn mạnh: “Mỗi đảng viên phải gương mẫu”.\nĐoàn công tác của Bộ làm việc với đồng chí Lê Văn Sơn và đề nghị huyện sớm hoàn thành quy hoạch.\nTại buổi lễ, đồng chí Lò Văn Mạnh và đồng chí Hà Thị Nga đã xuất hiện và diễn thuyết trước thanh niên.'
	check_out $'person\tLê Văn Sơn\tđồng chí Lê Văn Sơn, Bí thư Huyện ủy\tBí thư Huyện ủy\tspeak\nperson\tLê Văn Sơn\tđồng chí Lê Văn Sơn\t\t\nperson\tLò Văn Mạnh\tđồng chí Lò Văn Mạnh\t\tspeak\nperson\tHà Thị Nga\tđồng chí Hà Thị Nga\t\tspeak'
}

@test "vn-person: the one a letter is sent to does not speak ('gửi thư cho Chủ tịch X đề nghị ...', 'đệ trình lên Tổng thống X báo cáo ...'); 'nhận lệnh', 'nhận tin' receive nothing" {
	run people $'Bà con trong xã đã gửi thư cho Chủ tịch UBND tỉnh Lê Văn Sơn đề nghị sửa đường.\nNăm 1950, ông Trần Văn Lực nhận lệnh lên Việt Bắc.\nBộ đã đệ trình lên Thủ tướng Phan Văn Tài báo cáo về vụ việc.'
	check_out $'person\tLê Văn Sơn\tChủ tịch UBND tỉnh Lê Văn Sơn\tChủ tịch UBND tỉnh\t\nperson\tTrần Văn Lực\tông Trần Văn Lực\t\t\nperson\tPhan Văn Tài\tThủ tướng Phan Văn Tài\tThủ tướng\t'
}

@test "vn-person: a subject named with others by a plural shares their verb ('Đồng chí X và các đại biểu đã trao ...'); one after 'cho' does not ('dành cho ông X và những yêu cầu ...')" {
	run people $'Đồng chí Lê Văn Sơn và các đại biểu đã trao Giấy khen cho 12 tập thể.\nBuổi lễ dành cho ông Lê Văn Sơn và những yêu cầu của ông được ghi nhận.'
	check_out $'person\tLê Văn Sơn\tĐồng chí Lê Văn Sơn\t\tpresent\nperson\tLê Văn Sơn\tông Lê Văn Sơn\t\t'
}

@test "vn-person: words of feeling may stand between a person and the verb too ('bức xúc cho biết', 'cười nói', 'băn khoăn hỏi')" {
	run people $'Bà Lò Thị Hoa bức xúc cho biết nước sạch chưa về tới bản.\nÔng Sùng A Páo cười nói: “Năm nay được mùa”.\nAnh Vàng A Sình băn khoăn hỏi về vốn vay.'
	check_out $'person\tLò Thị Hoa\tBà Lò Thị Hoa\t\tspeak\nperson\tSùng A Páo\tÔng Sùng A Páo\t\tspeak\nperson\tVàng A Sình\tAnh Vàng A Sình\t\tspeak'
}

@test "vn-person: words of time and manner may stand between a person and the verb ('đã từng nói', 'tiếp tục nhấn mạnh', 'hào hứng chia sẻ', 'bình tĩnh giải thích')" {
	run people $'Ông Trần Văn Hải đã từng nói về việc này.\nĐồng chí Phạm Văn Bảy tiếp tục nhấn mạnh vai trò của chi bộ.\nBí thư Huyện ủy Lê Văn An hào hứng chia sẻ.\nBà Ngô Thị Lan bình tĩnh giải thích.'
	check_out $'person\tTrần Văn Hải\tÔng Trần Văn Hải\t\tspeak
person\tPhạm Văn Bảy\tĐồng chí Phạm Văn Bảy\t\tspeak
person\tLê Văn An\tBí thư Huyện ủy Lê Văn An\tBí thư Huyện ủy\tspeak
person\tNgô Thị Lan\tBà Ngô Thị Lan\t\tspeak'
}

@test "vn-person: who conducts a session or a conference chairs it ('điều hành kỳ họp', 'điều hành phiên họp', 'điều hành phiên bế mạc', 'điều hành buổi tọa đàm', 'điều hành phần thảo luận'); 'điều hành' of anything else is no part" {
	run people $'Đồng chí Lê Văn Tùng, Chủ tịch HĐND tỉnh điều hành kỳ họp.\nÔng Trần Văn Hai điều hành phiên họp buổi sáng.\nÔng Ngô Văn Ba điều hành công ty từ năm 2010.\nChủ tịch HĐND tỉnh Hoàng Văn Dũng, Phó Chủ tịch HĐND tỉnh Trần Thị Tú điều hành phiên bế mạc.\nBà Lê Thị Mai điều hành buổi tọa đàm.\nBà Hoàng Thị Én điều hành phần thảo luận.'
	check_out $'person\tLê Văn Tùng\tĐồng chí Lê Văn Tùng, Chủ tịch HĐND tỉnh\tChủ tịch HĐND tỉnh\tchair
person\tTrần Văn Hai\tÔng Trần Văn Hai\t\tchair
person\tNgô Văn Ba\tÔng Ngô Văn Ba\t\t
person\tHoàng Văn Dũng\tChủ tịch HĐND tỉnh Hoàng Văn Dũng\tChủ tịch HĐND tỉnh\tchair
person\tTrần Thị Tú\tPhó Chủ tịch HĐND tỉnh Trần Thị Tú\tPhó Chủ tịch HĐND tỉnh\tchair
person\tLê Thị Mai\tBà Lê Thị Mai\t\tchair
person\tHoàng Thị Én\tBà Hoàng Thị Én\t\tchair'
}

@test "vn-person: of two verbs that begin alike the one listed first, the longer, gives the role ('dự kiến' none, 'dự' attend, 'nhận thấy' none, 'nhận' receive)" {
	# verb_at looks the verbs up by their first byte: an index that lost
	# their order would read 'dự kiến' as 'dự' and 'nhận thấy' as 'nhận'.
	run vn-person <<< $'Ông Trần Văn Hải dự kiến đến thăm tỉnh.\nÔng Trần Văn Hải dự hội nghị.\nBà Lê Thị Hoa được trao tặng Huân chương Lao động.\nÔng Phạm Văn Nam nhận thấy nhiều khó khăn.\nÔng Phạm Văn Nam nhận Bằng khen.'
	check_out $'-\t1.1\tperson\tTrần Văn Hải\tÔng Trần Văn Hải\t\t\n-\t2.1\tperson\tTrần Văn Hải\tÔng Trần Văn Hải\t\tattend\n-\t3.1\tperson\tLê Thị Hoa\tBà Lê Thị Hoa\t\treceive\n-\t4.1\tperson\tPhạm Văn Nam\tÔng Phạm Văn Nam\t\t\n-\t5.1\tperson\tPhạm Văn Nam\tÔng Phạm Văn Nam\t\treceive'
}

@test "vn-person: a word with a control character in it is no syllable of a name" {
	# letters looks for digits, '/', '@' and control characters in one pass:
	# one that missed the last would give 'Hải^A', 'Văn^[Hải' and 'Lê^A' as names.
	run vn-person <<< $'Ông Trần Văn Hải\x01 phát biểu.\nÔng Trần Văn\x1bHải phát biểu.\nÔng Lê\x01 Văn Hải phát biểu.'
	check_out $'-\t1.1\tperson\tTrần Văn\tÔng Trần Văn\t\t'
}

@test "vn-person: a title in small letters whose first word is a family name too begins a mention ('đồng chí', 'thái tử', 'hạ sĩ', 'hoàng đế'); a family name in small letters begins none ('tập trung', 'quan tâm')" {
	# names_may_begin leaves out a family name in small letters, and only
	# that: one that left out the word would lose all four titles.
	run vn-person <<< $'Hội nghị có đồng chí Trần Văn Ba, Phó Chủ tịch UBND tỉnh, dự.\nNăm 1945, thái tử Nguyễn Phúc Bảo Long còn nhỏ.\nÔng được thăng hạ sĩ Nguyễn Văn Tám phát biểu.\nSau đó hoàng đế Quang Trung tiến quân ra Bắc.\nÔng Lê Văn Tư tập trung chỉ đạo, quan tâm đến cao điểm.'
	check_out $'-\t1.1\tperson\tTrần Văn Ba\tđồng chí Trần Văn Ba, Phó Chủ tịch UBND tỉnh\tPhó Chủ tịch UBND tỉnh\tattend\n-\t2.1\tperson\tNguyễn Phúc Bảo Long\tthái tử Nguyễn Phúc Bảo Long\tthái tử\t\n-\t3.1\tperson\tNguyễn Văn Tám\thạ sĩ Nguyễn Văn Tám\thạ sĩ\tspeak\n-\t4.1\tperson\tQuang Trung\thoàng đế Quang Trung\thoàng đế\t\n-\t5.1\tperson\tLê Văn Tư\tÔng Lê Văn Tư\t\t'
}

@test "vn-person: a title opening a line or an item, then a colon, is the name's ('Giám đốc: Nguyễn Hữu Vinh', 'Chủ tịch: ông A; Phó Chủ tịch: bà B'); in 'Chủ tịch: A, Phó Chủ tịch: B' each has one; a quote after a colon keeps the titles before it" {
	run people $'Giám đốc: Trần Hữu Vinh\nChủ tịch: ông Lê Văn Bình; Phó Chủ tịch: bà Ngô Thị Lan.'
	check_out $'person\tTrần Hữu Vinh\tGiám đốc: Trần Hữu Vinh\tGiám đốc\t
person\tLê Văn Bình\tChủ tịch: ông Lê Văn Bình\tChủ tịch\t
person\tNgô Thị Lan\tPhó Chủ tịch: bà Ngô Thị Lan\tPhó Chủ tịch\t'
	run people "Đoàn gồm: Chủ tịch: Phạm Văn Hòa, Phó Chủ tịch: Đỗ Văn Khanh."
	check_out $'person\tPhạm Văn Hòa\tChủ tịch: Phạm Văn Hòa\tChủ tịch\t
person\tĐỗ Văn Khanh\tPhó Chủ tịch: Đỗ Văn Khanh\tPhó Chủ tịch\t'
	run people 'Theo ông Lê Văn Hiền, Chánh án Tòa án nhân dân tỉnh: "Phải xét xử nghiêm."'
	check_out $'person\tLê Văn Hiền\tông Lê Văn Hiền, Chánh án Tòa án nhân dân tỉnh\tChánh án Tòa án nhân dân tỉnh\t'
}

@test "vn-person: Mĩ, the older spelling of Mỹ, is a country, not a name ('ngoại trưởng Mĩ'); 'Ngoại trưởng Mĩ John Kerry' is Kerry with the title" {
	run people "Hai ngày sau, ngoại trưởng Mĩ đã tuyên bố hỗ trợ."
	check_out ''
	run people "Ngoại trưởng Mĩ John Kerry phát biểu."
	check_out $'person\tJohn Kerry\tNgoại trưởng Mĩ John Kerry\tNgoại trưởng Mĩ\tspeak'
}

@test "vn-person: 'Ban cán sự đảng' is a body a title runs on through ('Bí thư Ban cán sự đảng Chính phủ', 'Bí thư Ban cán sự đảng UBND tỉnh')" {
	run people "Ông Lê Văn Tâm, Bí thư Ban cán sự đảng UBND tỉnh, chủ trì hội nghị."
	check_out $'person\tLê Văn Tâm\tÔng Lê Văn Tâm, Bí thư Ban cán sự đảng UBND tỉnh\tBí thư Ban cán sự đảng UBND tỉnh\tchair'
}

@test "vn-person: a firm, a journal or a news agency is no person ('phóng viên Hãng thông tấn Reuters', 'Hãng phim Lý Huỳnh', 'Tạp chí Cộng sản')" {
	run people "Trả lời phóng viên Hãng thông tấn Reuters, ông nói; phim của Hãng phim Lý Huỳnh đăng trên Tạp chí Cộng sản."
	check_out ''
}

@test "vn-person: a street after 'Đ.' and a faith ('Bà La Môn') name no person; 'Bà Lê Thị Hoa' is one" {
	run people "Trường THCS (Đ. Trần Phú - P. Gia Cẩm) đông nhất là Bà La Môn; Bà Lê Thị Hoa phát biểu."
	check_out $'person\tLê Thị Hoa\tBà Lê Thị Hoa\t\tspeak'
}

@test "vn-person: a place in a title's body is no name, not with the Highlands' 'Y' before it either ('GS A, nguyên Hiệu trưởng Đại học Y Hà Nội' is one person); 'Ông Y Mơn' is one" {
	run people $'Dự có GS Trần Văn Cơ, nguyên Hiệu trưởng Đại học Y Hà Nội.\nÔng Y Mơn phát biểu.'
	check_out $'person\tTrần Văn Cơ\tGS Trần Văn Cơ, nguyên Hiệu trưởng Đại học Y Hà Nội\tGS; nguyên Hiệu trưởng Đại học Y Hà Nội\tattend
person\tY Mơn\tÔng Y Mơn\t\tspeak'
}

@test "vn-person: a trail named after a person and a language name no one ('đường mòn Hồ Chí Minh', 'giáo sư Tiếng Anh'); 'nhà phẫu thuật nổi tiếng Tôn Thất Tùng' is a person" {
	run people "Đường mòn Hồ Chí Minh được mở rộng; bà là giáo sư Tiếng Anh."
	check_out ''
	run people "Nhà phẫu thuật nổi tiếng Tôn Thất Tùng mổ."
	check_out $'person\tTôn Thất Tùng\tTôn Thất Tùng\t\t'
}

@test "vn-person: a thought or a workshop named after a person names no one ('Tư tưởng Hồ Chí Minh', 'Xưởng phim Nguyễn Đình Chiểu')" {
	run people "Chủ nghĩa Mác - Lênin và Tư tưởng Hồ Chí Minh là nền tảng; Xưởng phim Nguyễn Đình Chiểu ra đời."
	check_out ''
}

@test "vn-person: the South's provinces of before 1976 are places ('tỉnh trưởng Ba Xuyên'), 'Ao' names a pond ('Ao Bà Om'), and 'Bà' after a house number begins a street ('284 Bà Triệu'); 'năm 1963 ông Diệm' is a person" {
	run people "Tỉnh trưởng Ba Xuyên nhận quận; khu du lịch Ao Bà Om; địa chỉ: 284 Bà Triệu."
	check_out ''
	run people "Cuối năm 1963 ông Nguyễn Văn Diệm về quê."
	check_out $'person\tNguyễn Văn Diệm\tông Nguyễn Văn Diệm\t\t'
}

@test "vn-person: two titles or more after a line's name and a colon are its titles though the line goes on past them ('Hà Văn Cương: Giáo sư, TSKH, nguyên Trưởng khoa ... từ năm 1990'); one is a quote's word" {
	run people "Hà Văn Cương: Giáo sư, TSKH, dạy ở trường từ năm 1990."
	check_out $'person\tHà Văn Cương\tHà Văn Cương: Giáo sư, TSKH\tGiáo sư; TSKH\t'
	run people "Lê Thị Năm: Chủ tịch xã phải đi dân."
	check_out $'person\tLê Thị Năm\tLê Thị Năm\t\t'
}

@test "vn-person: one title after a line's name and a colon is its title where a comma or a semicolon ends it ('Lê Văn An: Bí thư Huyện ủy, sinh năm 1950'); one run into other words is a quote's" {
	run people $'Lê Văn An: Bí thư Huyện ủy Kim Sơn, sinh năm 1950 tại xã Hòa Bình.\nTrần Thị Hai: Thiếu tá; quê ở Nam Định.\nLê Thị Năm: Chủ tịch xã phải đi dân, không ngồi một chỗ.'
	check_out $'person\tLê Văn An\tLê Văn An: Bí thư Huyện ủy Kim Sơn\tBí thư Huyện ủy Kim Sơn\t
person\tTrần Thị Hai\tTrần Thị Hai: Thiếu tá\tThiếu tá\t
person\tLê Thị Năm\tLê Thị Năm\t\t'
}

@test "vn-person: land forms, films and books named after a person or like a name name no one ('cao nguyên Hoàng Thổ', 'phim Lục Vân Tiên', 'theo sách Hoàng Việt Giáp Tý'); 'quay phim Trần Thịnh' and 'chính sách Đặng Tiểu Bình' are people" {
	run people "Gió từ cao nguyên Hoàng Thổ thổi về; họ xem phim Lục Vân Tiên, theo sách Hoàng Việt Giáp Tý, qua suối Ông Hùng."
	check_out ''
	run people "Người quay phim Trần Thịnh theo chính sách Đặng Tiểu Bình."
	check_out $'person\tTrần Thịnh\tTrần Thịnh\t\t\nperson\tĐặng Tiểu Bình\tĐặng Tiểu Bình\t\t'
}

@test "vn-person: the names listed after an item's title and a colon hold its title ('Phó Tổng biên tập: A, B và C; Thư ký: D, E'); a name after another word does not" {
	run people "Phó Tổng biên tập: Lê Văn An, Trần Thị Bình và Đỗ Minh Châu; Thư ký: Hồ Văn Dũng, Ngô Văn Em."
	check_out $'person\tLê Văn An\tPhó Tổng biên tập: Lê Văn An\tPhó Tổng biên tập\t\nperson\tTrần Thị Bình\tTrần Thị Bình\tPhó Tổng biên tập\t\nperson\tĐỗ Minh Châu\tĐỗ Minh Châu\tPhó Tổng biên tập\t\nperson\tHồ Văn Dũng\tThư ký: Hồ Văn Dũng\tThư ký\t\nperson\tNgô Văn Em\tNgô Văn Em\tThư ký\t'
	run people "Giám đốc: Lê Văn An, phụ trách Trần Thị Bình."
	check_out $'person\tLê Văn An\tGiám đốc: Lê Văn An\tGiám đốc\t\nperson\tTrần Thị Bình\tTrần Thị Bình\t\t'
}

@test "vn-person: a cabinet, a publisher and an academy named after a person name no one ('Nội các Trần Văn Hữu', 'NXB Chính trị quốc gia Hồ Chí Minh', 'Học viện chính trị Quốc gia Hồ Chí Minh'); 'chính trị' goes on a title's body ('giám đốc ban chính trị')" {
	run people "Nội các Trần Văn Hữu ra mắt; sách của NXB Chính trị quốc gia Hồ Chí Minh, Học viện chính trị Quốc gia Hồ Chí Minh."
	check_out ''
	run people "Ông được cử làm giám đốc ban chính trị Vương Gia Hòa."
	check_out $'person\tVương Gia Hòa\tgiám đốc ban chính trị Vương Gia Hòa\tgiám đốc ban chính trị\t'
}

@test "vn-person: 'kể', 'bảo', 'than thở' speak ('bảo vệ' does not); the owner of who speaks does not ('Thư ký của ông X cho biết'), though 'với sự tham dự của X' attends" {
	run people $'Ông Chương kể: năm ấy rất buồn.\nRiêng các đầu nậu, ông Trúc than thở: "khó bội phần".\nÔng Ngọc bảo vệ luận án.\nThư ký của ông Lê Văn Lâm cho biết cuộc họp bị hoãn.\nHội nghị diễn ra với sự tham dự của ông Lê Văn Hải.'
	check_out $'person\tChương\tÔng Chương\t\tspeak\nperson\tTrúc\tông Trúc\t\tspeak\nperson\tNgọc\tÔng Ngọc\t\t\nperson\tLê Văn Lâm\tông Lê Văn Lâm\t\t\nperson\tLê Văn Hải\tông Lê Văn Hải\t\tattend'
}

@test "vn-person: after 'Tỉnh ủy', where only a province may stand, capitals that name none begin the name ('Bí thư Tỉnh ủy Tôn Ngọc Hạnh', no family name of the commonest nor 'Văn')" {
	run people "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Tôn Ngọc Hạnh chủ trì hội nghị; Phó Chủ tịch UBND tỉnh Đàm Quang Vinh dự."
	check_out $'person\tTôn Ngọc Hạnh\tỦy viên Trung ương Đảng, Bí thư Tỉnh ủy Tôn Ngọc Hạnh\tỦy viên Trung ương Đảng; Bí thư Tỉnh ủy\tchair\nperson\tĐàm Quang Vinh\tPhó Chủ tịch UBND tỉnh Đàm Quang Vinh\tPhó Chủ tịch UBND tỉnh\tattend'
}

@test "vn-person: a calling goes with the country or city after it ('Nhà báo Mỹ William Shirer', 'Tổng Giám mục Canterbury William Warham', 'Victor Hugo, nhà văn Pháp'), but a country of one word not before a Vietnamese name ('Nhạc sĩ Anh Việt Thu')" {
	run people "Nhà báo Mỹ William Shirer viết; Tổng Giám mục Canterbury William Warham qua đời; ông Victor Hugo, nhà văn Pháp, đến; Nhạc sĩ Anh Việt Thu sáng tác."
	check_out $'person\tWilliam Shirer\tNhà báo Mỹ William Shirer\tNhà báo Mỹ\t\nperson\tWilliam Warham\tTổng Giám mục Canterbury William Warham\tTổng Giám mục Canterbury\t\nperson\tVictor Hugo\tông Victor Hugo, nhà văn Pháp\tnhà văn Pháp\t'
}

@test "vn-person: the countries of the world and their older Vietnamese names are places after a title ('Tổng thống Burundi', 'sử gia Ba Tư'), also before a name ('Thủ tướng Rhodesia Ian Smith')" {
	run people "Tổng thống Burundi và sử gia Ba Tư đến; Thủ tướng Rhodesia Ian Smith phát biểu."
	check_out $'person\tIan Smith\tThủ tướng Rhodesia Ian Smith\tThủ tướng Rhodesia\tspeak'
}

@test "vn-person: countries spelled the Vietnamese way are places too ('Bộ trưởng Quốc phòng Inđônêxia X', 'Thủ tướng Xingapo X', 'nhà khoa học Hungari')" {
	run people "Bộ trưởng Quốc phòng Inđônêxia Ahmad Yani và Thủ tướng Xingapo Goh Chok Tong gặp nhà khoa học Hungari."
	check_out $'person\tAhmad Yani\tBộ trưởng Quốc phòng Inđônêxia Ahmad Yani\tBộ trưởng Quốc phòng Inđônêxia\t
person\tGoh Chok Tong\tThủ tướng Xingapo Goh Chok Tong\tThủ tướng Xingapo\t'
}

@test "vn-person: a military region's number stays with its body ('Phó Tư lệnh Quân khu 3'), which had been cut to 'Quân' and lost the verb's part" {
	run people "Thiếu tướng Nguyễn Minh Tuấn, Phó Tư lệnh Quân khu 3 phát biểu; Tư lệnh Quân khu 7 Lê Văn Sơn dự."
	check_out $'person\tNguyễn Minh Tuấn\tThiếu tướng Nguyễn Minh Tuấn, Phó Tư lệnh Quân khu 3\tThiếu tướng; Phó Tư lệnh Quân khu 3\tspeak\nperson\tLê Văn Sơn\tTư lệnh Quân khu 7 Lê Văn Sơn\tTư lệnh Quân khu 7\tattend'
}

@test "vn-person: in a title after a name, a body named after someone keeps its namesake ('A, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh', 'B, Hiệu trưởng Trường Đại học Tôn Đức Thắng'); a title with another name after it names that one" {
	run people "Ông Trần Văn Hải, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu; bà Lê Thu Hà, Hiệu trưởng Trường Đại học Tôn Đức Thắng cho biết."
	check_out $'person\tTrần Văn Hải\tÔng Trần Văn Hải, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh\tGiám đốc Học viện Chính trị quốc gia Hồ Chí Minh\tspeak\nperson\tLê Thu Hà\tbà Lê Thu Hà, Hiệu trưởng Trường Đại học Tôn Đức Thắng\tHiệu trưởng Trường Đại học Tôn Đức Thắng\tspeak'
	run people "Dự lễ có ông Phạm Minh, Viện trưởng Viện Khoa học Xã hội Nguyễn Văn Toàn."
	check_out $'person\tPhạm Minh\tông Phạm Minh\t\tattend\nperson\tNguyễn Văn Toàn\tViện trưởng Viện Khoa học Xã hội Nguyễn Văn Toàn\tViện trưởng Viện Khoa học Xã hội\tattend'
}

@test "vn-person: 'quyền' of 'chính quyền', 'dưới quyền', 'ủy quyền' is no acting title's ('dưới quyền tướng A', 'chính quyền Tổng thống B'); 'quyền Chủ tịch C' is" {
	run people "Quân đội dưới quyền tướng Lê Văn Hinh đóng quân, còn quyền Chủ tịch Trần Văn Kháng và chính quyền Tổng thống Ngô Văn Diệm thì đi."
	check_out $'person\tLê Văn Hinh\ttướng Lê Văn Hinh\ttướng\t\nperson\tTrần Văn Kháng\tquyền Chủ tịch Trần Văn Kháng\tquyền Chủ tịch\t\nperson\tNgô Văn Diệm\tTổng thống Ngô Văn Diệm\tTổng thống\t'
}

@test "vn-person: a verb of one word after a titled name ends the name, not a body's second syllable ('Viện trưởng Nguyễn Thành Long xác nhận', 'Bộ trưởng Lê Văn Hinh sống ở Huế'); 'Đoàn Chủ tịch' is a body" {
	run people "Viện trưởng Nguyễn Thành Long xác nhận lời khai; Bộ trưởng Lê Văn Hinh sống ở Huế."
	check_out $'person\tNguyễn Thành Long\tViện trưởng Nguyễn Thành Long\tViện trưởng\tspeak\nperson\tLê Văn Hinh\tBộ trưởng Lê Văn Hinh\tBộ trưởng\t'
	run people "Ông là Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận."
	check_out ''
}

@test "vn-person: after 'ông', 'bà' a one-word name goes on to any verb ('ông Phong trả lời', 'bà Liễu tỏ thái độ'); 'Ông Bà tổ tiên' and a house after a title ('vua Lê sai') are no one" {
	run people "Không chờ ông Phong trả lời, bà Liễu tỏ thái độ vui vẻ."
	check_out $'person\tPhong\tông Phong\t\t\nperson\tLiễu\tbà Liễu\t\t'
	run people "Bàn thờ có sự hiện diện của Ông Bà tổ tiên; vua Lê sai quân."
	check_out ''
	run people "Hôm đó ông XII trả lời, bà Thị tỏ ra vui và bà Đảng tỏ ra buồn."
	check_out ''
}

@test "vn-person: the offices of a team, a shift, a workshop are titles ('Đội trưởng Nguyễn Sơn Nam', 'quản đốc Lê Văn Tâm'); 'Tổ' begins a body's name ('Tổ trưởng Tổ bầu cử' names no one)" {
	run people "Đội trưởng Nguyễn Sơn Nam là người đầu tiên lặn xuống; Tổ trưởng Tổ bầu cử đọc kết quả, quản đốc Lê Văn Tâm ký."
	check_out $'person\tNguyễn Sơn Nam\tĐội trưởng Nguyễn Sơn Nam\tĐội trưởng\t\nperson\tLê Văn Tâm\tquản đốc Lê Văn Tâm\tquản đốc\t'
}

@test "vn-person: a Party committee, a board, a council written in small letters are a title's body ('Bí thư tỉnh ủy Quảng Nam', 'phó bí thư thường trực tỉnh ủy', 'chủ tịch hội đồng quản trị công ty')" {
	run people "Bí thư tỉnh ủy Quảng Nam Lê Phước Thanh dự; ông Lê Văn An, phó bí thư thường trực tỉnh ủy, chủ tịch hội đồng quản trị công ty, phát biểu."
	check_out $'person\tLê Phước Thanh\tBí thư tỉnh ủy Quảng Nam Lê Phước Thanh\tBí thư tỉnh ủy Quảng Nam\tattend\nperson\tLê Văn An\tông Lê Văn An, phó bí thư thường trực tỉnh ủy, chủ tịch hội đồng quản trị công ty\tphó bí thư thường trực tỉnh ủy; chủ tịch hội đồng quản trị công ty\tspeak'
	run people "Ông Đinh Văn Vượng, Phó tổng thư ký Ban thư ký đề án, cho biết."
	check_out $'person\tĐinh Văn Vượng\tÔng Đinh Văn Vượng, Phó tổng thư ký Ban thư ký đề án\tPhó tổng thư ký Ban thư ký đề án\tspeak'
}

@test "vn-person: 'Anh Quốc' is a country of two words ('Thủ tướng Anh Quốc Winston Churchill'), and an item's title may be plural ('Các Phó Tổng cục trưởng: A, B')" {
	run people "Thủ tướng Anh Quốc Winston Churchill đến."
	check_out $'person\tWinston Churchill\tThủ tướng Anh Quốc Winston Churchill\tThủ tướng Anh Quốc\t'
	run people "Các Phó Tổng cục trưởng: Lê Văn Lịch, Hà Văn Siêu."
	check_out $'person\tLê Văn Lịch\tPhó Tổng cục trưởng: Lê Văn Lịch\tPhó Tổng cục trưởng\t\nperson\tHà Văn Siêu\tHà Văn Siêu\tPhó Tổng cục trưởng\t'
}

@test "vn-person: 'hỏi' and 'tiếp lời' speak, past 'vẫn', 'lại' ('ông Chương lại nói:'); the one asked does not ('Tôi hỏi ông Tâm')" {
	run people $'Bộ trưởng Mai Văn Trực tiếp lời: các nước đều làm thế.\n"Sao không nhận?", anh Thành hỏi.\nÔng Chương vẫn nói không.\nTôi hỏi ông Tâm về việc này.'
	check_out $'person\tMai Văn Trực\tBộ trưởng Mai Văn Trực\tBộ trưởng\tspeak\nperson\tThành\tanh Thành\t\tspeak\nperson\tChương\tÔng Chương\t\tspeak\nperson\tTâm\tông Tâm\t\t'
}

@test "vn-person: the verb after a note in brackets gives the part ('Ông Nguyễn Văn An (47 tuổi, trú xã Bình Minh) cho biết')" {
	run people $'Ông Nguyễn Văn An (47 tuổi, trú xã Bình Minh) cho biết: "Tôi rất vui".\nĐồng chí Phạm Văn Khải (80 tuổi, chi bộ tổ dân phố số 5) xúc động bày tỏ niềm vui.'
	check_out $'person\tNguyễn Văn An\tÔng Nguyễn Văn An\t\tspeak\nperson\tPhạm Văn Khải\tĐồng chí Phạm Văn Khải\t\tspeak'
}

@test "vn-person: the verb after a note in small letters between commas gives the part ('Ông X, cư dân thôn 1, xã Gia Huynh, cho biết'); not past the next mention" {
	run people $'Ông Đào Văn Công, cư dân thôn 1, xã Gia Huynh, cho biết: "Tôi ở đây".\nÔng Lê Văn An, người dân xã Bình, và bà Cúc đã dự.'
	check_out $'person\tĐào Văn Công\tÔng Đào Văn Công\t\tspeak\nperson\tLê Văn An\tÔng Lê Văn An\t\t\nperson\tCúc\tbà Cúc\t\tattend'
}

@test "vn-person: at the start of a sentence 'Chị', 'Thầy' before a given name and 'Anh' before one and a verb of a part are honorifics ('Chị Lan cho biết', 'Anh Lộc bảo:'); not 'Anh và Pháp', nor a title 'Chị Nhung (1970)'" {
	run people $'Chị Lan cho biết gia đình đã thoát nghèo.\nAnh Lộc bảo: "70.000 đồng một cái".\nAnh và Pháp ký hiệp ước.\nChị Nhung (1970)'
	check_out $'person\tLan\tChị Lan\t\tspeak\nperson\tLộc\tAnh Lộc\t\tspeak'
}

@test "vn-person: 'thầy' and 'cô' are honorifics, kept out of NAME ('Trưởng ban: Thầy Bùi Quang Tuấn', 'cô Trần Tố Nga nói'); 'Cô Tô' is an island" {
	run people "Trưởng ban: Thầy Bùi Quang Tuấn."
	check_out $'person\tBùi Quang Tuấn\tTrưởng ban: Thầy Bùi Quang Tuấn\tTrưởng ban\t'
	run people "Hôm qua cô Trần Tố Nga nói."
	check_out $'person\tTrần Tố Nga\tcô Trần Tố Nga\t\tspeak'
	run people "Cô Tô là huyện đảo của tỉnh."
	check_out ''
}

@test "vn-person: after a title set off after the name, words in small letters up to a comma are the rest of its body, and the verb after them gives the part ('Ông X, trưởng phòng pháp chế chi cục Y, cho biết', 'Bà X, phó khoa ngữ văn, cho biết')" {
	run people $'Ông Lê Văn Tâm, trưởng phòng pháp chế chi cục Thuế, cho biết.\nGiáo sư Trần Văn Hòa, cựu viện trưởng Viện Sử học Việt Nam, nói về việc này.\nBà Ngô Thị Lan, phó khoa ngữ văn, cho biết.'
	check_out $'person\tLê Văn Tâm\tÔng Lê Văn Tâm, trưởng phòng pháp chế chi cục Thuế\ttrưởng phòng pháp chế chi cục Thuế\tspeak
person\tTrần Văn Hòa\tGiáo sư Trần Văn Hòa, cựu viện trưởng Viện Sử học Việt Nam\tGiáo sư; cựu viện trưởng Viện Sử học Việt Nam\tspeak
person\tNgô Thị Lan\tBà Ngô Thị Lan, phó khoa ngữ văn\tphó khoa ngữ văn\tspeak'
}

@test "vn-person: 'phó văn phòng', 'trưởng văn phòng' and 'phó khoa' are offices, after a name in brackets or after a comma" {
	run people $'Người đến sớm nhất là ông Lê Văn Học (phó văn phòng).\nBà Ngô Thị Lan, phó khoa ngữ văn, cho biết.\nÔng Trần Văn Minh, Trưởng Văn phòng đại diện, phát biểu.'
	check_out $'person\tLê Văn Học\tông Lê Văn Học (phó văn phòng)\tphó văn phòng\t
person\tNgô Thị Lan\tBà Ngô Thị Lan, phó khoa ngữ văn\tphó khoa ngữ văn\tspeak
person\tTrần Văn Minh\tÔng Trần Văn Minh, Trưởng Văn phòng đại diện\tTrưởng Văn phòng đại diện\tspeak'
}

@test "vn-person: 'khu vực' and its number stay in a title's body ('Giám đốc Học viện Chính trị khu vực I'), so a list of people after it shares the verb" {
	run people "PGS.TS Nguyễn Văn Hòa, Giám đốc Học viện Chính trị khu vực I và đồng chí Trần Thị Mai, Trưởng Ban Tuyên giáo Tỉnh ủy đồng chủ trì hội thảo."
	check_out $'person\tNguyễn Văn Hòa\tPGS.TS Nguyễn Văn Hòa, Giám đốc Học viện Chính trị khu vực I\tPGS.TS; Giám đốc Học viện Chính trị khu vực I\tchair
person\tTrần Thị Mai\tđồng chí Trần Thị Mai, Trưởng Ban Tuyên giáo Tỉnh ủy\tTrưởng Ban Tuyên giáo Tỉnh ủy\tchair'
}

@test "vn-person: a calling of many words is read whole ('nhà hoạt động cách mạng', 'nhà hoạt động xã hội'), before a name and after it" {
	run people "Nhà hoạt động cách mạng Trần Văn Tư sinh ở đây; Lê Thị Năm, nhà hoạt động xã hội, cũng vậy."
	check_out $'person\tTrần Văn Tư\tNhà hoạt động cách mạng Trần Văn Tư\tNhà hoạt động cách mạng\t
person\tLê Thị Năm\tLê Thị Năm, nhà hoạt động xã hội\tnhà hoạt động xã hội\t'
}

@test "vn-person: a station's name in small letters goes on as a state body's does ('giám đốc đài truyền hình tỉnh', 'giám đốc trạm khuyến nông huyện')" {
	run people "Ông Lê Văn Ba, giám đốc đài truyền hình tỉnh, phát biểu; ông Lê Văn Hai, giám đốc trạm khuyến nông huyện, cho biết."
	check_out $'person\tLê Văn Ba\tÔng Lê Văn Ba, giám đốc đài truyền hình tỉnh\tgiám đốc đài truyền hình tỉnh\tspeak
person\tLê Văn Hai\tông Lê Văn Hai, giám đốc trạm khuyến nông huyện\tgiám đốc trạm khuyến nông huyện\tspeak'
}

@test "vn-person: a state body's name in small letters goes on to the name or the mark after it ('Bộ trưởng bộ tài nguyên & môi trường Mai Ái Trực', 'giám đốc sở kế hoạch và đầu tư tỉnh', a number last: 'vụ thể thao thành tích cao 1'); a paper's name is no person ('Tổng biên tập báo Tiền Phong')" {
	run people "Bộ trưởng bộ tài nguyên & môi trường Mai Ái Trực đã nhấn mạnh như vậy; ông Lê Văn An, giám đốc sở kế hoạch và đầu tư tỉnh, nói thêm."
	check_out $'person\tMai Ái Trực\tBộ trưởng bộ tài nguyên & môi trường Mai Ái Trực\tBộ trưởng bộ tài nguyên & môi trường\tspeak\nperson\tLê Văn An\tông Lê Văn An, giám đốc sở kế hoạch và đầu tư tỉnh\tgiám đốc sở kế hoạch và đầu tư tỉnh\tspeak'
	run people "Ông Dương Xuân Nam, Tổng biên tập báo Tiền Phong, đến; giám đốc sở cho biết."
	check_out $'person\tDương Xuân Nam\tÔng Dương Xuân Nam, Tổng biên tập báo Tiền Phong\tTổng biên tập báo Tiền Phong\t'
	run people "Ông Nguyễn Hồng Sơn - vụ trưởng vụ thể thao thành tích cao 1, cho biết chưa có quyết định."
	check_out $'person\tNguyễn Hồng Sơn\tÔng Nguyễn Hồng Sơn - vụ trưởng vụ thể thao thành tích cao 1\tvụ trưởng vụ thể thao thành tích cao 1\tspeak'
}

@test "vn-person: a paper after a title is the title's body ('Tổng biên tập báo Nhân Dân Lê Quốc Minh', 'Tổng biên tập báo Tiền Phong', 'phóng viên Tuổi Trẻ'), never a person" {
	run people "Tổng biên tập báo Nhân Dân Lê Quốc Minh dự; ông Dương Xuân Nam, Tổng biên tập báo Tiền Phong, nói."
	check_out $'person\tLê Quốc Minh\tTổng biên tập báo Nhân Dân Lê Quốc Minh\tTổng biên tập báo Nhân Dân\tattend\nperson\tDương Xuân Nam\tông Dương Xuân Nam, Tổng biên tập báo Tiền Phong\tTổng biên tập báo Tiền Phong\tspeak'
	run people "Phóng viên Tuổi Trẻ hỏi ông Lê Hoàng, tổng biên tập Tuổi Trẻ."
	check_out $'person\tLê Hoàng\tông Lê Hoàng, tổng biên tập Tuổi Trẻ\ttổng biên tập Tuổi Trẻ\t'
}

@test "vn-person: a byline is a Vietnamese name ('Hằng Nga'); a last line of a list of works is none ('Churchill World History Database')" {
	run people $'Hội nghị đã diễn ra tốt đẹp.\nChurchill World History Database'
	check_out ''
	run people $'Hội nghị đã diễn ra tốt đẹp.\nHằng Nga'
	check_out $'person\tHằng Nga\tHằng Nga\t\tauthor'
}

@test "vn-person: 'Bà', 'Ông' with a capital after a capital inside a sentence are syllables of a place's name ('Cát Bà Sunrise'), not at the start ('Khi Bà Flora') nor before a full name ('Lãn Ông Lê Hữu Trác')" {
	run people "Các khu nghỉ dưỡng Cát Bà Sunrise, Cát Bà Island Resort đông khách."
	check_out ''
	run people "Khi Bà Flora đến, Hải Thượng Lãn Ông Lê Hữu Trác viết sách."
	check_out $'person\tFlora\tBà Flora\t\t\nperson\tLê Hữu Trác\tÔng Lê Hữu Trác\t\t'
}

@test "vn-person: a verb after a name that ends a title's body ends the name ('chủ tịch xã Bùi Văn Luyến nhắc lại'); 'ubnd' in small letters is a body's word ('chủ tịch ubnd tp HCM Lê Thanh Hải'); 'Đoàn Đại biểu' is a body" {
	run people "Tôi nhớ lời anh chủ tịch xã Bùi Văn Luyến nhắc đi nhắc lại; chủ tịch ubnd tp HCM Lê Thanh Hải đã đề nghị thêm."
	check_out $'person\tBùi Văn Luyến\tchủ tịch xã Bùi Văn Luyến\tchủ tịch xã\t\nperson\tLê Thanh Hải\tchủ tịch ubnd tp HCM Lê Thanh Hải\tchủ tịch ubnd tp HCM\tspeak'
	run people "Ông Võ Đức Hơn, chủ tịch ubnd thị trấn La Gi, và bà Lê Thị Yến, Phó Trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh, đến."
	check_out $'person\tVõ Đức Hơn\tÔng Võ Đức Hơn, chủ tịch ubnd thị trấn La Gi\tchủ tịch ubnd thị trấn La Gi\t\nperson\tLê Thị Yến\tbà Lê Thị Yến, Phó Trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh\tPhó Trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh\t'
}

@test "vn-person: a branch, a forestry or a plant in small letters begins a title's body, and a name after a place in it ends before its verb ('giám đốc lâm trường Tánh Linh Bùi Văn Thu than', 'giám đốc chi nhánh Cấp nước Thủ Đức')" {
	run people '"Phải rào lại", giám đốc lâm trường Tánh Linh Bùi Văn Thu than; ông Nguyễn Hữu Cầu, giám đốc chi nhánh Cấp nước Thủ Đức, cho mở nước.'
	check_out $'person\tBùi Văn Thu\tgiám đốc lâm trường Tánh Linh Bùi Văn Thu\tgiám đốc lâm trường Tánh Linh\tspeak\nperson\tNguyễn Hữu Cầu\tông Nguyễn Hữu Cầu, giám đốc chi nhánh Cấp nước Thủ Đức\tgiám đốc chi nhánh Cấp nước Thủ Đức\t'
}

@test "vn-person: reading a speech, a report or a paper is speaking ('đọc diễn văn', 'đọc tham luận')" {
	run people "Tại buổi lễ, đồng chí Phan Đức Đồng, Bí thư Thành ủy đọc diễn văn ôn lại truyền thống; bà Lê Thị Hoa đọc tham luận."
	check_out $'person\tPhan Đức Đồng\tđồng chí Phan Đức Đồng, Bí thư Thành ủy\tBí thư Thành ủy\tspeak\nperson\tLê Thị Hoa\tbà Lê Thị Hoa\t\tspeak'
}

@test "vn-person: a byline may name its body in brackets, however long ('Tòng Thị Hoa (Trung tâm TT-VH huyện Mường La)'); a name with a note in brackets is none" {
	run people $'Hội nghị đã diễn ra tốt đẹp.\nTòng Thị Hoa (Trung tâm TT-VH huyện Mường La)'
	check_out $'person\tTòng Thị Hoa\tTòng Thị Hoa\t\tauthor'
	run people $'Hội nghị đã diễn ra tốt đẹp.\nTòng Thị Hoa (thứ hai từ trái sang trong ảnh)'
	check_out $'person\tTòng Thị Hoa\tTòng Thị Hoa\t\t'
}

@test "vn-person: a byline may name its paper in brackets ('Tuấn Minh (Báo Hà Giang)'); a name with years in brackets is no byline ('Thầy Nguyễn Tề (1980 - 1989)')" {
	run people $'Hội nghị đã diễn ra tốt đẹp.\nTuấn Minh (Báo Hà Giang)'
	check_out $'person\tTuấn Minh\tTuấn Minh\t\tauthor'
	run people $'Danh sách:\nThầy Nguyễn Tề (1980 - 1989)'
	check_out $'person\tNguyễn Tề\tThầy Nguyễn Tề\t\t'
}

@test "vn-person: offices of representation are titles ('Trưởng đại diện', 'phó đại diện thường trú')" {
	run people $'Bà Rana Flowers, phó đại diện thường trú của UNICEF, cho biết.\nÔng Lê Văn An, Trưởng đại diện Văn phòng Thương mại, phát biểu.'
	check_out $'person\tRana Flowers\tBà Rana Flowers, phó đại diện thường trú\tphó đại diện thường trú\tspeak\nperson\tLê Văn An\tÔng Lê Văn An, Trưởng đại diện Văn phòng Thương mại\tTrưởng đại diện Văn phòng Thương mại\tspeak'
}

@test "vn-person: who accompanies a visit, is on a side of a meeting, in a delegation or witnesses a ceremony attends ('Cùng đi có các đồng chí: A, ...; B, ...', 'Đi cùng có ...', 'Về phía tỉnh có ...', 'Tham gia đoàn công tác có ...', 'Tham gia hội nghị này có ...', 'Chứng kiến buổi lễ có ...'; not 'Tham gia dự án có ...')" {
	run people $'Cùng đi có các đồng chí: Lò Văn Mạnh, Trưởng Ban Tổ chức Huyện ủy; Hà Thị Nga, Chánh Văn phòng Huyện ủy.\nĐi cùng có ông Lê Văn Sơn, Giám đốc Sở Nội vụ.\nVề phía tỉnh có đồng chí Vàng A Chứ, Phó Chủ tịch UBND tỉnh.\nTham gia đoàn công tác có bà Lò Thị Hoa.\nChứng kiến buổi lễ có ông Sùng A Páo.\nVề phía ông Lê Văn An, ông cho biết đã nộp đủ.\nTham gia hội nghị này có ông Giàng A Dình.\nTham gia dự án có ông Mùa A Sử.'
	check_out $'person\tLò Văn Mạnh\tLò Văn Mạnh, Trưởng Ban Tổ chức Huyện ủy\tTrưởng Ban Tổ chức Huyện ủy\tattend\nperson\tHà Thị Nga\tHà Thị Nga, Chánh Văn phòng Huyện ủy\tChánh Văn phòng Huyện ủy\tattend\nperson\tLê Văn Sơn\tông Lê Văn Sơn, Giám đốc Sở Nội vụ\tGiám đốc Sở Nội vụ\tattend\nperson\tVàng A Chứ\tđồng chí Vàng A Chứ, Phó Chủ tịch UBND tỉnh\tPhó Chủ tịch UBND tỉnh\tattend\nperson\tLò Thị Hoa\tbà Lò Thị Hoa\t\tattend\nperson\tSùng A Páo\tông Sùng A Páo\t\tattend\nperson\tLê Văn An\tông Lê Văn An\t\t\nperson\tGiàng A Dình\tông Giàng A Dình\t\tattend\nperson\tMùa A Sử\tông Mùa A Sử\t\t'
}

@test "vn-person: an interview (a line opened by 'PV:', 'Phóng viên:' or 'Hỏi:'): lines 'X: ...' are X's words; the interviewer's 'Phóng viên: Xin ông cho biết' names no one" {
	run people $'Phóng viên: Xin ông cho biết kết quả năm 2025?\nĐồng chí Lò Văn Mạnh: Năm 2025, huyện kết nạp 320 đảng viên.\nPV: Khó khăn là gì?\nÔng Mạnh: Nguồn kết nạp ở vùng sâu còn ít.'
	check_out $'person\tLò Văn Mạnh\tĐồng chí Lò Văn Mạnh\t\tspeak\nperson\tLò Văn Mạnh\tÔng Mạnh\t\tspeak'
	run people $'Lò Văn Mạnh: Năm 2025, huyện kết nạp 320 đảng viên.'
	check_out $'person\tLò Văn Mạnh\tLò Văn Mạnh\t\t'
}

@test "vn-person: a headline among the page's first lines that quotes a person named with a title or an honorific is that person's words ('Bí thư Tỉnh ủy X: Phải ...'); the same line in the body is not" {
	run people $'Bí thư Tỉnh ủy Lê Quang Tùng: Phải quyết liệt hơn trong công tác cán bộ\n15/12/2026\nSáng 14/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2026 với nhiều nội dung quan trọng.\nBí thư Tỉnh ủy Lê Quang Tùng: Phải quyết liệt hơn trong công tác cán bộ'
	check_out $'person\tLê Quang Tùng\tBí thư Tỉnh ủy Lê Quang Tùng\tBí thư Tỉnh ủy\tspeak
person\tLê Quang Tùng\tBí thư Tỉnh ủy Lê Quang Tùng\tBí thư Tỉnh ủy\t'
}

@test "vn-person: in an interview, 'X, title: ...' and 'X - title: ...' are X's words with the title, though a capital opens them ('..., Bí thư Huyện ủy: Năm qua, ...'); a title's item before its name ('Trưởng ban: X') speaks not" {
	run people $'PV: Thưa đồng chí, năm qua huyện làm được gì?\nĐồng chí Hà Văn Khiêm, Bí thư Huyện ủy: Năm qua, huyện kết nạp 210 đảng viên.\nÔng Vi Văn Thắng - Chủ tịch UBND huyện: Chúng tôi làm thêm 12 km đường.\nPhó Trưởng ban: Đặng Thu Hà.'
	check_out $'person\tHà Văn Khiêm\tĐồng chí Hà Văn Khiêm, Bí thư Huyện ủy\tBí thư Huyện ủy\tspeak
person\tVi Văn Thắng\tÔng Vi Văn Thắng - Chủ tịch UBND huyện\tChủ tịch UBND huyện\tspeak
person\tĐặng Thu Hà\tPhó Trưởng ban: Đặng Thu Hà\tPhó Trưởng ban\t'
}

@test "vn-person: words said, then ', theo X.' ending the sentence, are X's ('..., theo Bí thư Tỉnh ủy X.'); 'theo' inside a clause gives nothing" {
	run people $'Năm nay toàn tỉnh kết nạp hơn 900 đảng viên, theo Bí thư Tỉnh ủy Hoàng Duy Chinh.\nCán bộ làm việc theo chỉ đạo của ông Hoàng Duy Chinh trong nhiều năm.'
	check_out $'person\tHoàng Duy Chinh\tBí thư Tỉnh ủy Hoàng Duy Chinh\tBí thư Tỉnh ủy\tspeak
person\tHoàng Duy Chinh\tông Hoàng Duy Chinh\t\t'
}

@test "vn-person: 'Theo lời X,' and 'Theo ý kiến của X,' give the words to X" {
	run people $'Theo lời ông Lò Văn Páo, cả bản đã góp 300 ngày công.\nTheo ý kiến của bà Hà Thị Nga, cần sớm sửa đường.'
	check_out $'person\tLò Văn Páo\tông Lò Văn Páo\t\tspeak\nperson\tHà Thị Nga\tbà Hà Thị Nga\t\tspeak'
}

@test "vn-person: 'Cũng theo X,' and 'Nhưng theo X,' give the words to X too, and a quote after a word of manner and a colon is the opening mention's ('Ông X hồ hởi: “...”')" {
	run people $'Cũng theo ông Trần Văn Bình, xã còn 12 hộ nghèo.\nViệc làm đường đã xong, nhưng theo bà Lê Thị Hoa, kinh phí còn thiếu.\nÔng Phạm Văn Nam hồ hởi: “Năm nay được mùa lớn”.'
	check_out $'person\tTrần Văn Bình\tông Trần Văn Bình\t\tspeak
person\tLê Thị Hoa\tbà Lê Thị Hoa\t\tspeak
person\tPhạm Văn Nam\tÔng Phạm Văn Nam\t\tspeak'
}

@test "vn-person: a quote after the opening mention, a few words in small letters and a colon is the mention's ('Ông X lúng túng: “...”', 'X có cách nghĩ riêng: “...”'); 'than', 'than phiền' and 'than vãn' speak" {
	run people $'Ông Trần Văn Bình lúng túng: “Tôi chưa biết”.\nAnh Lê Văn Hải có cách nghĩ riêng: “Phải làm trước đã”.\n“Đường xấu quá”, ông Phạm Văn Nam than.\nBà Ngô Thị Lan than phiền về giá điện.'
	check_out $'person\tTrần Văn Bình\tÔng Trần Văn Bình\t\tspeak
person\tLê Văn Hải\tAnh Lê Văn Hải\t\tspeak
person\tPhạm Văn Nam\tông Phạm Văn Nam\t\tspeak
person\tNgô Thị Lan\tBà Ngô Thị Lan\t\tspeak'
}

@test "vn-person: words given as someone's with 'Theo X,' opening a clause are theirs: speak ('Theo TS. Lê Thị Hằng, ..., có tới 30% ...'); 'theo ông Nam thì' without the comma is not" {
	run people "Theo TS. Lê Thị Hằng, Trưởng khoa Xây dựng Đảng, có tới 30% chi bộ còn sinh hoạt hình thức; theo ông Nam thì khác."
	check_out $'person\tLê Thị Hằng\tTS. Lê Thị Hằng, Trưởng khoa Xây dựng Đảng\tTS.; Trưởng khoa Xây dựng Đảng\tspeak\nperson\tNam\tông Nam\t\t'
}

@test "vn-person: where someone stands in a photo, in brackets after the name, is passed on to the titles ('Đồng chí Lê Văn Hòa (thứ hai từ trái sang), Phó Bí thư Tỉnh ủy trao ...')" {
	run people "Trong ảnh: Đồng chí Lê Văn Hòa (thứ hai từ trái sang), Phó Bí thư Tỉnh ủy trao Cờ thi đua cho các tập thể."
	check_out $'person\tLê Văn Hòa\tĐồng chí Lê Văn Hòa (thứ hai từ trái sang), Phó Bí thư Tỉnh ủy\tPhó Bí thư Tỉnh ủy\tpresent'
}

@test "vn-person: 'dự và chủ trì' is chair; 'dự và phát biểu' is attend,speak" {
	run people 'Đồng chí Phan Thanh Long, Bí thư Huyện ủy dự và chủ trì hội nghị; đồng chí Vũ Thị Nga, Chủ tịch UBND huyện dự và phát biểu.'
	check_out $'person\tPhan Thanh Long\tĐồng chí Phan Thanh Long, Bí thư Huyện ủy\tBí thư Huyện ủy\tchair
person\tVũ Thị Nga\tđồng chí Vũ Thị Nga, Chủ tịch UBND huyện\tChủ tịch UBND huyện\tattend,speak'
}

@test "vn-person: a second verb of another part joined by 'và' or a comma gives its part too ('dự, chỉ đạo', 'chủ trì và phát biểu khai mạc', 'dự và trao'), shared by a list, counted by -s; not one of the same part, nor what follows a verb of speech and a comma ('cho biết, dự kiến')" {
	run people $'Đồng chí Lê Văn An, Bí thư Huyện ủy dự, chỉ đạo hội nghị.\nĐồng chí Lê Văn Bình, Phó Bí thư Huyện ủy chủ trì và phát biểu khai mạc hội nghị.\nĐồng chí Lê Văn Cường và đồng chí Hà Thị Dung dự và trao Bằng khen cho các tập thể.\nÔng Trần Văn Em cho biết, dự kiến tháng 5 sẽ xong; ông Trần Văn Phú nhấn mạnh và đề nghị các cấp ủy quan tâm.'
	check_out $'person\tLê Văn An\tĐồng chí Lê Văn An, Bí thư Huyện ủy\tBí thư Huyện ủy\tattend,speak
person\tLê Văn Bình\tĐồng chí Lê Văn Bình, Phó Bí thư Huyện ủy\tPhó Bí thư Huyện ủy\tchair,speak
person\tLê Văn Cường\tĐồng chí Lê Văn Cường\t\tattend,present
person\tHà Thị Dung\tđồng chí Hà Thị Dung\t\tattend,present
person\tTrần Văn Em\tÔng Trần Văn Em\t\tspeak
person\tTrần Văn Phú\tông Trần Văn Phú\t\tspeak'
	run sh -c "printf '%s\n' 'Đồng chí Lê Văn An dự, chỉ đạo hội nghị.' 'Đồng chí Lê Văn An trao Giấy khen.' | vn-person -s"
	check_out $'-\tLê Văn An\t\tattend,speak,present\t2'
}

@test "vn-person: verbs of no part joined by commas before 'và trao' give present ('đến thăm, chúc Tết và trao'); a capital after the name other than 'Tết' ends the look ('làm Chỉ huy ... và trao cho ông chỉ thị')" {
	run people $'Sáng 10/2, đồng chí Lê Văn Hải, Phó Bí thư Tỉnh ủy đã đến thăm, chúc Tết và trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Trần Văn Tư.\nÔng Ngô Văn Ba chỉ định Tướng Phạm Văn Nam làm Chỉ huy Quân đội và trao cho ông chỉ thị mới.'
	check_out $'person\tLê Văn Hải\tđồng chí Lê Văn Hải, Phó Bí thư Tỉnh ủy\tPhó Bí thư Tỉnh ủy\tpresent
person\tTrần Văn Tư\tđồng chí Trần Văn Tư\t\treceive
person\tNgô Văn Ba\tÔng Ngô Văn Ba\t\t
person\tPhạm Văn Nam\tTướng Phạm Văn Nam\tTướng\t'
}

@test "vn-person: 'đến thăm và trao' is present; 'Cùng dự có ...' is attend; 'cho đảng viên X' receives, and so does 'cho đảng viên lão thành X'" {
	run people 'Chiều 2/2, đồng chí Trần Quốc Bảo, Bí thư Huyện ủy đến thăm và trao Huy hiệu 60 năm tuổi Đảng cho đảng viên Vũ Văn Lực.'
	check_out $'person\tTrần Quốc Bảo\tđồng chí Trần Quốc Bảo, Bí thư Huyện ủy\tBí thư Huyện ủy\tpresent
person\tVũ Văn Lực\tVũ Văn Lực\t\treceive'
	run people 'Đồng chí Hà Văn Tuấn trao Huy hiệu 70 năm tuổi Đảng cho đảng viên lão thành Lê Văn Tám và cho cựu chiến binh Đào Văn Hợi.'
	check_out $'person\tHà Văn Tuấn\tĐồng chí Hà Văn Tuấn\t\tpresent
person\tLê Văn Tám\tLê Văn Tám\t\treceive
person\tĐào Văn Hợi\tĐào Văn Hợi\t\treceive'
	run people 'Cùng dự có đồng chí Ngô Thị Lan, Phó Bí thư Thường trực Huyện ủy.'
	check_out $'person\tNgô Thị Lan\tđồng chí Ngô Thị Lan, Phó Bí thư Thường trực Huyện ủy\tPhó Bí thư Thường trực Huyện ủy\tattend'
}

@test "vn-person: every verb of attending opens 'X có ...' ('Tới dự có ...' attends); 'Dự án có ...' is none" {
	run people 'Tới dự có đồng chí Phan Quốc Huy, Trưởng Ban Tổ chức Thành ủy; đồng chí Đỗ Thị Lan, Bí thư Đảng ủy phường.'
	check_out $'person\tPhan Quốc Huy\tđồng chí Phan Quốc Huy, Trưởng Ban Tổ chức Thành ủy\tTrưởng Ban Tổ chức Thành ủy\tattend
person\tĐỗ Thị Lan\tđồng chí Đỗ Thị Lan, Bí thư Đảng ủy phường\tBí thư Đảng ủy phường\tattend'
	run people 'Dự án có vốn góp của ông Trần Văn Bảo.'
	check_out $'person\tTrần Văn Bảo\tông Trần Văn Bảo\t\t'
}

@test "vn-person: the dot of a degree ('TS.', 'ThS.') ends no sentence: the list after 'Chủ trì tọa đàm có', 'Dự hội nghị có' shares the part" {
	run people 'Chủ trì tọa đàm có TS. Phạm Văn Thuấn, Hiệu trưởng Trường Chính trị tỉnh và PGS.TS Lê Minh Quân.'
	check_out $'person\tPhạm Văn Thuấn\tTS. Phạm Văn Thuấn, Hiệu trưởng Trường Chính trị tỉnh\tTS.; Hiệu trưởng Trường Chính trị tỉnh\tchair
person\tLê Minh Quân\tPGS.TS Lê Minh Quân\tPGS.TS\tchair'
	run people 'Dự hội nghị có ThS. Lò Văn Sơn và ông Hà Minh Tuấn.'
	check_out $'person\tLò Văn Sơn\tThS. Lò Văn Sơn\tThS.\tattend
person\tHà Minh Tuấn\tông Hà Minh Tuấn\t\tattend'
}

@test "vn-person: the list after 'Đoàn Chủ tịch đại hội gồm' chairs; the presidium of a body elected does not" {
	run people 'Đoàn Chủ tịch đại hội gồm các đồng chí: Lê Văn Tâm, Bí thư Huyện ủy; Hà Thị Nga, Chủ tịch UBND huyện.'
	check_out $'person\tLê Văn Tâm\tLê Văn Tâm, Bí thư Huyện ủy\tBí thư Huyện ủy\tchair
person\tHà Thị Nga\tHà Thị Nga, Chủ tịch UBND huyện\tChủ tịch UBND huyện\tchair'
	run people 'Đoàn Chủ tịch Hội được bầu gồm: Lê Văn Tâm, Hà Thị Nga.'
	check_out $'person\tLê Văn Tâm\tLê Văn Tâm\t\t
person\tHà Thị Nga\tHà Thị Nga\t\t'
}

@test "vn-person: 'Cùng chủ trì có các đồng chí ...: A, B' chair, each with the title" {
	run people 'Cùng chủ trì có các đồng chí Phó Bí thư Tỉnh ủy: Thào Văn Sơn, Nguyễn Mạnh Hùng.'
	check_out $'person\tThào Văn Sơn\tPhó Bí thư Tỉnh ủy: Thào Văn Sơn\tPhó Bí thư Tỉnh ủy\tchair
person\tNguyễn Mạnh Hùng\tNguyễn Mạnh Hùng\tPhó Bí thư Tỉnh ủy\tchair'
}

@test "vn-person: after a body that a place may follow, a family name of any kind and a middle name ('Văn', 'Thị', 'A', 'Seo') begin a name ('Bí thư Huyện ủy Lò Văn Hùng', 'Bí thư Tỉnh ủy Hầu A Lềnh'); Thái, Hmông, Dao and Hà Nhì families ('Cà', 'Tòng', 'Tẩn', 'Vừ'); 'cùng dự' is attend" {
	run people 'Bí thư Huyện ủy Lò Văn Hùng, Chủ tịch UBND huyện Cà Văn Lả cùng dự; Bí thư Tỉnh ủy Hầu A Lềnh, Phó Bí thư Tỉnh ủy Tòng Thị Hạnh phát biểu.'
	check_out $'person\tLò Văn Hùng\tBí thư Huyện ủy Lò Văn Hùng\tBí thư Huyện ủy\tattend
person\tCà Văn Lả\tChủ tịch UBND huyện Cà Văn Lả\tChủ tịch UBND huyện\tattend
person\tHầu A Lềnh\tBí thư Tỉnh ủy Hầu A Lềnh\tBí thư Tỉnh ủy\tspeak
person\tTòng Thị Hạnh\tPhó Bí thư Tỉnh ủy Tòng Thị Hạnh\tPhó Bí thư Tỉnh ủy\tspeak'
	run people 'Bí thư Huyện ủy Lục Yên phát biểu.'
	check_out ''
}

@test "vn-person: after a body that a place may follow, a highland name of three words or more is the name ('Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng')" {
	run people 'Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng phát biểu.'
	check_out $'person\tY Giang Gry Niê Knơng\tPhó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng\tPhó Chủ tịch UBND tỉnh\tspeak'
}

@test "vn-person: 'công bố', 'đọc quyết định' and 'diễn thuyết' are speak: who announces a decision reads it out" {
	run people $'Tại hội nghị, đồng chí Phan Thăng An, Phó Trưởng Ban Tổ chức Trung ương công bố Quyết định số 1750-QĐNS/TW của Bộ Chính trị.\nĐồng chí Lê Thị Hà, Giám đốc Sở Nội vụ đọc quyết định của Chủ tịch UBND tỉnh.\nGiáo sư Trần Văn Giàu diễn thuyết trước sinh viên.'
	check_out $'person\tPhan Thăng An\tđồng chí Phan Thăng An, Phó Trưởng Ban Tổ chức Trung ương\tPhó Trưởng Ban Tổ chức Trung ương\tspeak\nperson\tLê Thị Hà\tĐồng chí Lê Thị Hà, Giám đốc Sở Nội vụ\tGiám đốc Sở Nội vụ\tspeak\nperson\tTrần Văn Giàu\tGiáo sư Trần Văn Giàu\tGiáo sư\tspeak'
}

@test "vn-person: the verb after titles between dashes governs ('Ông A - Giám đốc Sở Nội vụ tỉnh - cho biết'); 'trình bày' and 'chất vấn' are speak" {
	run people 'Ông Lê Văn Bình - Giám đốc Sở Nội vụ tỉnh - cho biết sẽ rà soát; PGS.TS Ngô Văn Minh trình bày tham luận; đại biểu Trần Thị Hoa chất vấn.'
	check_out $'person\tLê Văn Bình\tÔng Lê Văn Bình - Giám đốc Sở Nội vụ tỉnh\tGiám đốc Sở Nội vụ tỉnh\tspeak
person\tNgô Văn Minh\tPGS.TS Ngô Văn Minh\tPGS.TS\tspeak
person\tTrần Thị Hoa\tđại biểu Trần Thị Hoa\tđại biểu\tspeak'
}

@test "vn-person: the family names of the Central Highlands ('Rah Lan', 'Rơ Châm', 'Puih', 'Điểu') begin a name in a list without 'đồng chí'" {
	run people 'Dự lễ có các đồng chí: Rah Lan Minh, Phó Bí thư Tỉnh ủy; Rơ Châm Hùng, Chủ tịch UBND huyện; Puih Văn Lâm, Bí thư Huyện ủy; Điểu Minh Tâm, Phó Chủ tịch UBND tỉnh.'
	check_out $'person\tRah Lan Minh\tRah Lan Minh, Phó Bí thư Tỉnh ủy\tPhó Bí thư Tỉnh ủy\tattend
person\tRơ Châm Hùng\tRơ Châm Hùng, Chủ tịch UBND huyện\tChủ tịch UBND huyện\tattend
person\tPuih Văn Lâm\tPuih Văn Lâm, Bí thư Huyện ủy\tBí thư Huyện ủy\tattend
person\tĐiểu Minh Tâm\tĐiểu Minh Tâm, Phó Chủ tịch UBND tỉnh\tPhó Chủ tịch UBND tỉnh\tattend'
}

@test "vn-person: who conveys a resolution or gives a talk speaks ('truyền đạt', 'thuyết trình')" {
	run people 'Đồng chí Trần Ngọc Minh, Phó Trưởng Ban Tuyên giáo Trung ương truyền đạt nội dung Nghị quyết; PGS.TS. Lê Văn Hòa thuyết trình chuyên đề.'
	check_out $'person\tTrần Ngọc Minh\tĐồng chí Trần Ngọc Minh, Phó Trưởng Ban Tuyên giáo Trung ương\tPhó Trưởng Ban Tuyên giáo Trung ương\tspeak
person\tLê Văn Hòa\tPGS.TS. Lê Văn Hòa\tPGS.TS.\tspeak'
}

@test "vn-person: the post given after a name's titles is a title too ('Đồng chí X, Ủy viên Trung ương Đảng được bầu giữ chức Bí thư Tỉnh ủy'); not one given to someone else ('Trợ lý của Đại tướng X, ..., giữ chức vụ'), nor after 'làm'" {
	run people $'Đồng chí Nguyễn Hồng Thái, Ủy viên Trung ương Đảng được bầu giữ chức Bí thư Tỉnh ủy.\nTrợ lý của Đại tướng Trần Văn Quang, Bộ trưởng Bộ Công an, giữ chức vụ Giám đốc Công an tỉnh.\nÔng Lê Văn An, Giám đốc Sở, làm Trưởng đoàn.'
	check_out $'person\tNguyễn Hồng Thái\tĐồng chí Nguyễn Hồng Thái, Ủy viên Trung ương Đảng được bầu giữ chức Bí thư Tỉnh ủy\tỦy viên Trung ương Đảng; Bí thư Tỉnh ủy\t
person\tTrần Văn Quang\tĐại tướng Trần Văn Quang, Bộ trưởng Bộ Công an\tĐại tướng; Bộ trưởng Bộ Công an\t
person\tLê Văn An\tÔng Lê Văn An, Giám đốc Sở\tGiám đốc Sở\t'
}

@test "vn-person: the pairs of provinces a tổng đốc of the Nguyễn governed are places ('Tổng đốc Hà Ninh', 'Tổng đốc An Hà' name no one; 'Tổng đốc Hà Ninh Hoàng Diệu' is Hoàng Diệu)" {
	run people $'Triều đình cử Tổng đốc An Hà đi kinh lý.\nTổng đốc Hà Ninh Hoàng Diệu tuẫn tiết.'
	check_out $'person\tHoàng Diệu\tTổng đốc Hà Ninh Hoàng Diệu\tTổng đốc Hà Ninh\t'
}

@test "vn-person: a title and a name's last word stand for the one named earlier with that title, before the latest of the name ('Tổng thống Kennedy' after 'Tổng thống John F. Kennedy' and 'Robert Kennedy')" {
	run people $'Tổng thống John F. Kennedy phát biểu.\nBộ trưởng Robert Kennedy phát biểu.\nTổng thống Kennedy nhấn mạnh.'
	check_out $'person\tJohn F. Kennedy\tTổng thống John F. Kennedy\tTổng thống\tspeak
person\tRobert Kennedy\tBộ trưởng Robert Kennedy\tBộ trưởng\tspeak
person\tJohn F. Kennedy\tTổng thống Kennedy\tTổng thống\tspeak'
}

@test "vn-person: a foreign name after a title ends before 'trở', 'rời' ('Bộ trưởng Robert Kennedy trở về Mỹ', 'Ngoại trưởng Dean Rusk rời Hà Nội' named no one)" {
	run people $'Bộ trưởng Robert Kennedy trở về Mỹ.\nNgoại trưởng Dean Rusk rời Hà Nội.'
	check_out $'person\tRobert Kennedy\tBộ trưởng Robert Kennedy\tBộ trưởng\t\nperson\tDean Rusk\tNgoại trưởng Dean Rusk\tNgoại trưởng\t'
}

@test "vn-person: 'Lãnh chúa' is a noble's title whole ('Lãnh chúa Palmerston' had the title 'chúa' and TEXT without 'Lãnh')" {
	run people 'Bộ trưởng Ngoại giao, Lãnh chúa Palmerston phát biểu.'
	check_out $'person\tPalmerston\tBộ trưởng Ngoại giao, Lãnh chúa Palmerston\tBộ trưởng Ngoại giao; Lãnh chúa\tspeak'
}

@test "vn-person: a byline with a note of what its writer did in brackets is the author's ('Hoàng Anh (thực hiện)', 'Minh Hà (tổng hợp)')" {
	run sh -c "printf '%s\n' 'Sáng 6/1, Huyện ủy tổ chức hội nghị tổng kết năm 2025.' '' 'Hoàng Anh (thực hiện)' | vn-person | cut -f4,5,7"
	check_out $'Hoàng Anh\tHoàng Anh\tauthor'
}

@test "vn-person: a name of two words of a rarer family with no title is a person where it is said to hold a title, which it takes ('Tô Hiệu là Bí thư Khu ủy', 'Tô Lâm hiện là Tổng Bí thư'); not where it is said to be a thing ('Hà Giang là tỉnh'), nor holding a degree" {
	run people $'Tô Hiệu là Bí thư Khu ủy Khu B.\nTô Lâm hiện là Tổng Bí thư.\nHà Giang là tỉnh biên giới.\nMai Hoa là Tiến sĩ.\nLưu Bình là thầy giáo.'
	check_out $'person\tTô Hiệu\tTô Hiệu là Bí thư Khu ủy Khu B\tBí thư Khu ủy Khu B\t
person\tTô Lâm\tTô Lâm hiện là Tổng Bí thư\tTổng Bí thư\t'
}

@test "vn-person TITLE: a body's name of several words goes on the title whole, one that a title begins too ('Bí thư thứ nhất Đại sứ quán Việt Nam tại Pháp', 'Tham tán Công sứ'); 'Chủ tịch Công ty ...', 'Chủ tịch Ủy ban Hành chính tỉnh'" {
	run people $'Bà Hà Thị Nga, Tham tán Công sứ Đại sứ quán Việt Nam tại Pháp, cho biết.\nÔng Lê Văn Tâm, Bí thư thứ nhất Đại sứ quán Việt Nam tại Lào, phát biểu.\nÔng Trần Văn Minh - Chủ tịch Công ty Cổ phần Sông Đà phát biểu.'
	check_out $'person\tHà Thị Nga\tBà Hà Thị Nga, Tham tán Công sứ Đại sứ quán Việt Nam tại Pháp\tTham tán Công sứ Đại sứ quán Việt Nam tại Pháp\tspeak
person\tLê Văn Tâm\tÔng Lê Văn Tâm, Bí thư thứ nhất Đại sứ quán Việt Nam tại Lào\tBí thư thứ nhất Đại sứ quán Việt Nam tại Lào\tspeak
person\tTrần Văn Minh\tÔng Trần Văn Minh - Chủ tịch Công ty Cổ phần Sông Đà\tChủ tịch Công ty Cổ phần Sông Đà\tspeak'
}

@test "vn-person: a shop or a mall named after a person is none, its kind of four words too ('Trung tâm mua sắm Nguyễn Kim Hà Đông', 'Siêu thị Trần Anh', 'Cửa hàng Lê Văn Bình')" {
	run people $'Trung tâm mua sắm Nguyễn Kim Hà Đông đông khách.\nSiêu thị Trần Anh mở cửa; Cửa hàng Lê Văn Bình khai trương.\nÔng Nguyễn Kim Sơn đến siêu thị.'
	check_out $'person\tNguyễn Kim Sơn\tÔng Nguyễn Kim Sơn\t\t'
}

@test "vn-person TITLE: offices of the past are titles ('Thượng thư Bộ Lại', 'lãnh binh', 'Phó Đề đốc', 'tri phủ'); after one over a land, capitals of no family are the land, no name ('tổng trấn Bắc Thành', 'Tiết độ sứ An Nam'); 'Đổng', 'Viên' are families" {
	run people $'Thượng thư Bộ Lại Nguyễn Hữu Bài đến.\nLãnh binh Trương Định khởi nghĩa; Phó Đề đốc John Rodgers chỉ huy.\nÔng được cử làm tổng trấn Bắc Thành; Tiết độ sứ An Nam đến.\nViên Thế Khải và Đổng Tất Vũ đến.'
	check_out $'person\tNguyễn Hữu Bài\tThượng thư Bộ Lại Nguyễn Hữu Bài\tThượng thư Bộ Lại\t
person\tTrương Định\tLãnh binh Trương Định\tLãnh binh\t
person\tJohn Rodgers\tPhó Đề đốc John Rodgers\tPhó Đề đốc\t
person\tViên Thế Khải\tViên Thế Khải\t\t
person\tĐổng Tất Vũ\tĐổng Tất Vũ\t\t'
}

@test "vn-person TITLE: a title set off between commas after a name goes on over the small words of its body up to the comma where a verb of a part follows ('Viện trưởng Viện nghiên cứu tôn giáo, cho biết'); not where none does ('Bộ trưởng Bộ Quốc phòng dẫn đầu, đã ...')" {
	run people $'Ông Nguyễn Văn Tuấn, Viện trưởng Viện nghiên cứu tôn giáo, cho biết.\nĐại tướng Lê Văn Nam, Bộ trưởng Bộ Quốc phòng dẫn đầu, đã đến thăm.'
	check_out $'person\tNguyễn Văn Tuấn\tÔng Nguyễn Văn Tuấn, Viện trưởng Viện nghiên cứu tôn giáo\tViện trưởng Viện nghiên cứu tôn giáo\tspeak
person\tLê Văn Nam\tĐại tướng Lê Văn Nam, Bộ trưởng Bộ Quốc phòng\tĐại tướng; Bộ trưởng Bộ Quốc phòng\t'
}

@test "vn-person ROLE: 'Theo X thì ...' gives what X said, as 'Theo X, ...' does, also after a title ('Theo tiến sĩ X, nguyên viện trưởng ... thì'); not 'theo X' inside a clause" {
	run people $'Theo tiến sĩ Trần Đình Thiên, nguyên viện trưởng viện Kinh tế Việt Nam thì tăng trưởng chậm lại.\nNhưng theo ông Lê Văn An thì việc này khó.\nHọ làm theo ông Hà Văn Bình thì mới xong.'
	check_out $'person\tTrần Đình Thiên\ttiến sĩ Trần Đình Thiên, nguyên viện trưởng viện Kinh tế Việt Nam\ttiến sĩ; nguyên viện trưởng viện Kinh tế Việt Nam\tspeak
person\tLê Văn An\tông Lê Văn An\t\tspeak
person\tHà Văn Bình\tông Hà Văn Bình\t\t'
}

@test "vn-person TITLE: a title said to be a name is that name's ('Tổng Bí thư đương nhiệm là Nguyễn Phú Trọng', 'Bộ trưởng hiện nay là ông A', 'trưởng ban là A, phó ban là B'); not where the title is someone's kin's or someone's ('chồng công chúa là X', 'bà nội của Nữ hoàng là ...'), nor before no name ('Chủ tịch nước là nguyên thủ quốc gia')" {
	run people $'Tổng Bí thư đương nhiệm là Nguyễn Phú Trọng.\nTrưởng ban là ông Lê Văn An, phó ban là bà Hà Thị Nga.\nChồng công chúa là Trần Văn Bảo; Chủ tịch nước là nguyên thủ quốc gia.'
	check_out $'person\tNguyễn Phú Trọng\tTổng Bí thư đương nhiệm là Nguyễn Phú Trọng\tTổng Bí thư\t
person\tLê Văn An\tTrưởng ban là ông Lê Văn An\tTrưởng ban\t
person\tHà Thị Nga\tphó ban là bà Hà Thị Nga\tphó ban\t
person\tTrần Văn Bảo\tTrần Văn Bảo\t\t'
}

@test "vn-person ROLE: the list after 'Tham dự và chỉ đạo hội nghị có' attends and speaks, after 'Dự và chủ trì ... có' chairs; 'Tham dự hội nghị có' attends" {
	run people $'Tham dự và chỉ đạo hội nghị có đồng chí Lê Văn Cường, Ủy viên Trung ương Đảng.\nDự và chủ trì hội nghị có đồng chí Lê Văn Em.\nTham dự hội nghị có đồng chí Lê Văn Bình.'
	check_out $'person\tLê Văn Cường\tđồng chí Lê Văn Cường, Ủy viên Trung ương Đảng\tỦy viên Trung ương Đảng\tattend,speak
person\tLê Văn Em\tđồng chí Lê Văn Em\t\tchair
person\tLê Văn Bình\tđồng chí Lê Văn Bình\t\tattend'
}

@test "vn-person TITLE: a commune's or a ward's name that is a person's stays in the title's body: after a name ('bà Nguyễn Thị Hà, Phó Bí thư Đảng ủy phường Trần Phú'), and before none where it is one of history's ('Bí thư Đảng ủy xã Trần Hưng Đạo phát biểu' is the one named with that title); a name of no such fame after 'xã' is a person ('Chủ tịch UBND xã Nguyễn Văn Bình')" {
	run people $'Tới dự có bà Nguyễn Thị Hà, Phó Bí thư Đảng ủy phường Trần Phú; ông Lê Văn Tâm, Chủ tịch UBND xã Lê Lợi.\nĐồng chí Lê Văn Sơn, Bí thư Đảng ủy xã Trần Hưng Đạo chủ trì. Bí thư Đảng ủy xã Trần Hưng Đạo phát biểu.\nChủ tịch UBND xã Nguyễn Văn Bình cho biết.'
	check_out $'person\tNguyễn Thị Hà\tbà Nguyễn Thị Hà, Phó Bí thư Đảng ủy phường Trần Phú\tPhó Bí thư Đảng ủy phường Trần Phú\tattend
person\tLê Văn Tâm\tông Lê Văn Tâm, Chủ tịch UBND xã Lê Lợi\tChủ tịch UBND xã Lê Lợi\tattend
person\tLê Văn Sơn\tĐồng chí Lê Văn Sơn, Bí thư Đảng ủy xã Trần Hưng Đạo\tBí thư Đảng ủy xã Trần Hưng Đạo\tchair
person\tLê Văn Sơn\tBí thư Đảng ủy xã Trần Hưng Đạo\tBí thư Đảng ủy xã Trần Hưng Đạo\tspeak
person\tNguyễn Văn Bình\tChủ tịch UBND xã Nguyễn Văn Bình\tChủ tịch UBND xã\tspeak'
}

@test "vn-person ROLE author: the province a writer reports from after the byline's name is no writer ('Mai Anh - Lào Cai'); a second writer still is ('Thu Hà - Minh Anh')" {
	run sh -c "printf '%s\n' 'Sáng nay, tỉnh tổ chức hội nghị tổng kết công tác năm 2026 tại hội trường lớn.' 'Mai Anh - Lào Cai' | vn-person | cut -f3-; printf '%s\n' 'Sáng nay, tỉnh tổ chức hội nghị tổng kết công tác năm 2026 tại hội trường lớn.' 'Thu Hà - Minh Anh' | vn-person | cut -f3-"
	check_out $'person\tMai Anh\tMai Anh\t\tauthor
person\tThu Hà\tThu Hà\t\tauthor
person\tMinh Anh\tMinh Anh\t\tauthor'
}

@test "vn-person ROLE author: a byline in capitals of a country of one word and a name is a writer ('NGUYỄN TRANG - ĐỨC THUẬN', 'MỸ HẠNH'); a place of two words in capitals stays none ('HÀ NAM')" {
	run sh -c "printf '%s\n' 'Sáng nay, tỉnh tổ chức hội nghị tổng kết công tác năm 2025 tại hội trường lớn.' 'NGUYỄN TRANG - ĐỨC THUẬN' | vn-person | cut -f3-; printf '%s\n' 'Sáng nay, tỉnh tổ chức hội nghị tổng kết công tác năm 2025 tại hội trường lớn.' 'MỸ HẠNH' | vn-person | cut -f3-; printf '%s\n' 'Sáng nay, tỉnh tổ chức hội nghị tổng kết công tác năm 2025 tại hội trường lớn.' 'HÀ NAM' | vn-person | cut -f3-"
	check_out $'person\tNguyễn Trang\tNGUYỄN TRANG\t\tauthor
person\tĐức Thuận\tĐỨC THUẬN\t\tauthor
person\tMỹ Hạnh\tMỸ HẠNH\t\tauthor'
}

@test "vn-person ROLE author: a byline followed by a list of other articles ('Tin liên quan', then headlines) ends the article; followed by a long line it names no one" {
	run sh -c "printf '%s\n' 'Chiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2025.' 'Lan Anh' 'Tin liên quan' 'Công an tỉnh triển khai đợt cao điểm bảo đảm an ninh trật tự dịp Tết Nguyên đán' 'Bình luận' | vn-person | cut -f2-; printf '%s\n' 'Chiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2025.' 'Minh Anh' 'Công an tỉnh triển khai đợt cao điểm bảo đảm an ninh trật tự dịp Tết Nguyên đán năm nay.' | vn-person | cut -f2-"
	check_out $'2.1\tperson\tLan Anh\tLan Anh\t\tauthor'
}

@test "vn-person TITLE: a lecturer, a propagandist or a village elder is a calling ('Báo cáo viên Nguyễn Thị Liên, Phó Trưởng Ban ...', 'tuyên truyền viên Lò Văn Pọm', 'Già làng Y Kông Mlô': not a village named after him)" {
	run people $'Báo cáo viên Nguyễn Thị Liên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy truyền đạt nội dung Nghị quyết.\nTuyên truyền viên Lò Văn Pọm phát biểu.\nGià làng Y Kông Mlô, buôn Kô Siêr, phát biểu.'
	check_out $'person\tNguyễn Thị Liên\tBáo cáo viên Nguyễn Thị Liên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy\tBáo cáo viên; Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy\tspeak
person\tLò Văn Pọm\tTuyên truyền viên Lò Văn Pọm\tTuyên truyền viên\tspeak
person\tY Kông Mlô\tGià làng Y Kông Mlô\tGià làng\tspeak'
}

@test "vn-person TITLE: degrees joined by a dash in one word are a title ('PGS-TS Trương Gia Bình, ...', 'GS-TSKH', after a name too: 'Ông Lê Văn Ba, PGS-TS, ...'); a physician's degree takes the grade after it ('BS CKII Hồ Văn Phúc', 'Bác sĩ chuyên khoa II ...'); a place with a dash is none ('Bà Rịa-Vũng Tàu')" {
	run people $'Tiêu biểu như PGS-TS Trương Gia Bình, tổng giám đốc công ty, GS-TSKH Đào Tiến Khoa, giám đốc trung tâm.\nÔng Lê Văn Ba, PGS-TS, giảng viên trường đại học, cho biết.\nBS CKII Hồ Văn Phúc phát biểu. Bác sĩ chuyên khoa II Lê Thị Hà phát biểu.\nTỉnh Bà Rịa-Vũng Tàu có nhiều đảo.'
	check_out $'person\tTrương Gia Bình\tPGS-TS Trương Gia Bình, tổng giám đốc công ty\tPGS-TS; tổng giám đốc công ty\t
person\tĐào Tiến Khoa\tGS-TSKH Đào Tiến Khoa, giám đốc trung tâm\tGS-TSKH; giám đốc trung tâm\t
person\tLê Văn Ba\tÔng Lê Văn Ba, PGS-TS, giảng viên trường đại học\tPGS-TS; giảng viên trường đại học\tspeak
person\tHồ Văn Phúc\tBS CKII Hồ Văn Phúc\tBS CKII\tspeak
person\tLê Thị Hà\tBác sĩ chuyên khoa II Lê Thị Hà\tBác sĩ chuyên khoa II\tspeak'
}

@test "vn-person: a whole name of note that begins with no family name is a person ('Tổng Bí thư Trường Chinh', 'Trường Chinh đề nghị', 'Đại tướng Văn Tiến Dũng', 'Nhà thơ Tố Hữu'); not a street ('đường Trường Chinh'), a ward ('phường Trường Chinh') nor 'cuộc Trường chinh'" {
	run people $'Tổng Bí thư Trường Chinh phát biểu.\nSau đó, Trường Chinh đề nghị tăng cường.\nĐại tướng Văn Tiến Dũng chỉ huy chiến dịch.\nNhà thơ Tố Hữu phát biểu.\nĐường Trường Chinh rất đông. Bí thư Đảng ủy phường Trường Chinh phát biểu.\nCuộc Trường chinh kéo dài.'
	check_out $'person\tTrường Chinh\tTổng Bí thư Trường Chinh\tTổng Bí thư\tspeak
person\tTrường Chinh\tTrường Chinh\t\tspeak
person\tVăn Tiến Dũng\tĐại tướng Văn Tiến Dũng\tĐại tướng\t
person\tTố Hữu\tNhà thơ Tố Hữu\tNhà thơ\tspeak'
}

@test "vn-person ROLE author: every label of a byline that vn-meta reads gives the writer ('Tác giả: X', 'Thực hiện: X', 'Bài và ảnh: X'); not 'Bài 1: ...' nor an interviewer's turn ('Phóng viên: Thưa ông, ...')" {
	run sh -c "printf '%s\n' 'Tác giả: Nguyễn Văn Hải' 'Thực hiện: Minh Anh' 'Bài và ảnh: Lê Minh' 'Bài 1: Những ngày đầu' 'Phóng viên: Thưa ông, năm nay thế nào?' | vn-person | cut -f2-"
	check_out $'1.1\tperson\tNguyễn Văn Hải\tNguyễn Văn Hải\t\tauthor
2.1\tperson\tMinh Anh\tMinh Anh\t\tauthor
3.1\tperson\tLê Minh\tLê Minh\t\tauthor'
}

@test "vn-person TITLE: a body named in small letters after 'Ban', 'Hội đồng' goes on ('Trưởng Ban chỉ đạo phòng, chống tham nhũng, lãng phí tỉnh', 'Trưởng Ban quản lý dự án ...', 'Hội đồng thi đua - khen thưởng'); its 'chỉ đạo' is no verb of speaking" {
	run people $'Đồng chí Đỗ Văn Lâm, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo phòng, chống tham nhũng, lãng phí tỉnh chủ trì buổi làm việc.\nÔng Vi Văn Khải, Trưởng Ban quản lý dự án giao thông huyện, cho biết cầu sẽ thông xe.\nBà Hứa Thị Nga, Chủ tịch Hội đồng thi đua - khen thưởng huyện trao Giấy khen cho 9 tập thể.\nPhó trưởng Ban chỉ đạo Hà Minh Quế phát biểu.'
	check_out $'person\tĐỗ Văn Lâm\tĐồng chí Đỗ Văn Lâm, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo phòng, chống tham nhũng, lãng phí tỉnh\tPhó Bí thư Tỉnh ủy; Trưởng Ban chỉ đạo phòng, chống tham nhũng, lãng phí tỉnh\tchair
person\tVi Văn Khải\tÔng Vi Văn Khải, Trưởng Ban quản lý dự án giao thông huyện\tTrưởng Ban quản lý dự án giao thông huyện\tspeak
person\tHứa Thị Nga\tBà Hứa Thị Nga, Chủ tịch Hội đồng thi đua - khen thưởng huyện\tChủ tịch Hội đồng thi đua - khen thưởng huyện\tpresent
person\tHà Minh Quế\tPhó trưởng Ban chỉ đạo Hà Minh Quế\tPhó trưởng Ban chỉ đạo\tspeak'
}

@test "vn-person TITLE: after a body named in capitals, small words go on with it only up to a mark, a place or a name ('Vụ Kế hoạch tài chính Bộ Y tế'); a person's name or a verb ends it ('Thứ trưởng Bộ Công Thương Lý Văn Hào nhậm chức', 'Trưởng Ban Dân vận Tỉnh ủy công bố Quyết định')" {
	run people $'Ông Tạ Quang Vinh, Vụ trưởng Vụ Kế hoạch tài chính Bộ Y tế, dự họp.\nThứ trưởng Bộ Công Thương Lý Văn Hào nhậm chức Bộ trưởng từ tháng 3.\nĐồng chí Mai Thị Hằng, Trưởng Ban Dân vận Tỉnh ủy công bố Quyết định của Ban Thường vụ.'
	check_out $'person\tTạ Quang Vinh\tÔng Tạ Quang Vinh, Vụ trưởng Vụ Kế hoạch tài chính Bộ Y tế\tVụ trưởng Vụ Kế hoạch tài chính Bộ Y tế\tattend
person\tLý Văn Hào\tThứ trưởng Bộ Công Thương Lý Văn Hào\tThứ trưởng Bộ Công Thương\t
person\tMai Thị Hằng\tĐồng chí Mai Thị Hằng, Trưởng Ban Dân vận Tỉnh ủy\tTrưởng Ban Dân vận Tỉnh ủy\tspeak'
}

@test "vn-person TITLE: a title that opens its clause, a comma and a name with its honorific is the name's ('Chủ tịch UBND tỉnh, ông Nguyễn Hữu Thành cho biết'); not a title after a verb, which is another's ('Sau khi gặp Chủ tịch UBND huyện, ông X cho biết')" {
	run people $'Phó Chủ tịch UBND tỉnh, ông Tạ Đình Quý cho biết tỉnh sẽ hỗ trợ.\nNgày 3/4, Giám đốc Sở Nội vụ, bà Chu Thị Hằng, đã ký quyết định.\nSau khi gặp Chủ tịch UBND huyện, ông Mạc Văn Tiến cho biết dân đã yên tâm.'
	check_out $'person\tTạ Đình Quý\tPhó Chủ tịch UBND tỉnh, ông Tạ Đình Quý\tPhó Chủ tịch UBND tỉnh\tspeak
person\tChu Thị Hằng\tGiám đốc Sở Nội vụ, bà Chu Thị Hằng\tGiám đốc Sở Nội vụ\t
person\tMạc Văn Tiến\tông Mạc Văn Tiến\t\tspeak'
}

@test "vn-person TITLE: posts of teaching, research and the civil service are titles ('giảng viên Học viện ...', 'giáo viên Trường Tiểu học Kim Đồng', 'Giáo viên Đặng Thu Hà', also after a degree: 'Ông X, PGS-TS, giảng viên ...'); before a name they take a full name right after them, not a place or a school's name ('giảng viên Trường Cao đẳng Sư phạm Hòa Bình', 'giáo viên Montréal')" {
	run people $'Ông Lưu Văn Bảy, PGS-TS, giảng viên Học viện Chính trị khu vực I, cho biết đề tài đã được nghiệm thu.\nCô Lý Thị Hoa, giáo viên Trường Tiểu học Kim Đồng, nhận Giấy khen của huyện.\nGiáo viên Đặng Thu Hà phát biểu.\nÔng từng là giảng viên Trường Cao đẳng Sư phạm Hòa Bình.\nBà là giáo viên Montréal nhiều năm.'
	check_out $'person\tLưu Văn Bảy\tÔng Lưu Văn Bảy, PGS-TS, giảng viên Học viện Chính trị khu vực I\tPGS-TS; giảng viên Học viện Chính trị khu vực I\tspeak
person\tLý Thị Hoa\tCô Lý Thị Hoa, giáo viên Trường Tiểu học Kim Đồng\tgiáo viên Trường Tiểu học Kim Đồng\treceive
person\tĐặng Thu Hà\tGiáo viên Đặng Thu Hà\tGiáo viên\tspeak'
}

@test "vn-person ROLE: the items under a heading that names the people first and then their part share it ('Các đồng chí lãnh đạo tỉnh dự lễ gồm:', 'Các đại biểu chủ trì hội nghị gồm:')" {
	run people $'Các đồng chí lãnh đạo tỉnh dự lễ gồm:\n- Đồng chí Lục Văn Hòa, Bí thư Tỉnh ủy;\n- Đồng chí Nông Thị Yến, Chủ tịch HĐND tỉnh.\nCác đại biểu chủ trì hội nghị gồm:\n- Đồng chí Mã Văn Tú, Phó Chủ tịch UBND tỉnh.'
	check_out $'person\tLục Văn Hòa\tĐồng chí Lục Văn Hòa, Bí thư Tỉnh ủy\tBí thư Tỉnh ủy\tattend
person\tNông Thị Yến\tĐồng chí Nông Thị Yến, Chủ tịch HĐND tỉnh\tChủ tịch HĐND tỉnh\tattend
person\tMã Văn Tú\tĐồng chí Mã Văn Tú, Phó Chủ tịch UBND tỉnh\tPhó Chủ tịch UBND tỉnh\tchair'
}

@test "vn-person ROLE attend: a clause of attending after a semicolon ('X chủ trì hội nghị; dự có đồng chí Y'); the items of a list after 'Tham dự có:' still share the verb before them" {
	run people $'Đồng chí Lò Văn Khánh, Bí thư Huyện ủy, chủ trì hội nghị; dự có đồng chí Cầm Thị Mai, Phó Chủ tịch HĐND tỉnh.\nTham dự có các đồng chí: Hà Văn An, Bí thư Đảng ủy xã; Lò Thị Bích, Chủ tịch UBND xã.'
	check_out $'person\tLò Văn Khánh\tĐồng chí Lò Văn Khánh, Bí thư Huyện ủy\tBí thư Huyện ủy\tchair
person\tCầm Thị Mai\tđồng chí Cầm Thị Mai, Phó Chủ tịch HĐND tỉnh\tPhó Chủ tịch HĐND tỉnh\tattend
person\tHà Văn An\tHà Văn An, Bí thư Đảng ủy xã\tBí thư Đảng ủy xã\tattend
person\tLò Thị Bích\tLò Thị Bích, Chủ tịch UBND xã\tChủ tịch UBND xã\tattend'
}

@test "vn-person: no person: a city named after someone after its word abbreviated in a title's body ('Thành đoàn TP. Hồ Chí Minh'), which keeps the city, after a name too ('Ông X, nguyên Phó Bí thư Thành đoàn TP. Hồ Chí Minh, cho biết')" {
	run people $'Ông Lâm Văn Tư, nguyên Phó Bí thư Thành đoàn TP. Hồ Chí Minh, cho biết.\nBà từng là Phó Chủ tịch Hội Liên hiệp Phụ nữ TP. Hồ Chí Minh.'
	check_out $'person\tLâm Văn Tư\tÔng Lâm Văn Tư, nguyên Phó Bí thư Thành đoàn TP. Hồ Chí Minh\tnguyên Phó Bí thư Thành đoàn TP. Hồ Chí Minh\tspeak'
}

@test "vn-person: no person: the city's name a body took, in a title's body before a name or alone ('Bí thư Đoàn TNCS Hồ Chí Minh tỉnh', 'Chủ tịch UBND Thành phố Hồ Chí Minh'), which goes on past it to its place's word" {
	run people $'Phó Bí thư Đoàn TNCS Hồ Chí Minh huyện Trần Thị Mai phát biểu.\nĐồng chí Lò Văn Sơn, Bí thư Đoàn TNCS Hồ Chí Minh tỉnh chủ trì.\nĐây là ý kiến của đại biểu Đoàn TNCS Hồ Chí Minh.\nÔng từng là Chủ tịch Ủy ban Nhân dân Thành phố Hồ Chí Minh.'
	check_out $'person\tTrần Thị Mai\tPhó Bí thư Đoàn TNCS Hồ Chí Minh huyện Trần Thị Mai\tPhó Bí thư Đoàn TNCS Hồ Chí Minh huyện\tspeak
person\tLò Văn Sơn\tĐồng chí Lò Văn Sơn, Bí thư Đoàn TNCS Hồ Chí Minh tỉnh\tBí thư Đoàn TNCS Hồ Chí Minh tỉnh\tchair'
}

@test "vn-person TITLE: the second syllable of a capitalised word of a body's name stays with it, though it may be a verb ('Ủy ban Bầu cử Quốc gia', 'Hiệp hội ... Tự do')" {
	run people $'Bà Lê Thị Thủy, Phó Chủ tịch Ủy ban Bầu cử Quốc gia phát biểu.'
	check_out $'person\tLê Thị Thủy\tBà Lê Thị Thủy, Phó Chủ tịch Ủy ban Bầu cử Quốc gia\tPhó Chủ tịch Ủy ban Bầu cử Quốc gia\tspeak'
}

@test "vn-person TITLE: titles the press cuts short are titles ('UVTW Đảng', 'UVBTV Tỉnh ủy', 'TUV', 'ĐBQH'), so a chain goes on past them" {
	run people $'Đồng chí Lò Văn Muôn, UVTW Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.\nĐồng chí Hà Thị Nga, UVBTV Tỉnh ủy, TUV, Trưởng Ban Dân vận Tỉnh ủy dự.\nĐBQH Vương Đình Huệ phát biểu.'
	check_out $'person\tLò Văn Muôn\tĐồng chí Lò Văn Muôn, UVTW Đảng, Bí thư Tỉnh ủy\tUVTW Đảng; Bí thư Tỉnh ủy\tchair
person\tHà Thị Nga\tĐồng chí Hà Thị Nga, UVBTV Tỉnh ủy, TUV, Trưởng Ban Dân vận Tỉnh ủy\tUVBTV Tỉnh ủy; TUV; Trưởng Ban Dân vận Tỉnh ủy\tattend
person\tVương Đình Huệ\tĐBQH Vương Đình Huệ\tĐBQH\tspeak'
}

@test "vn-person TITLE: a society of a profession keeps the profession in its name ('Chủ tịch Hội Nhà báo tỉnh', 'Hội Nhạc sĩ Việt Nam'); 'ra lời kêu gọi', 'ra thông điệp', 'gợi ý' speak" {
	run people $'Ông Vũ Đình Lâm, Chủ tịch Hội Nhà báo tỉnh, phát biểu.\nPhó Chủ tịch Hội Nhạc sĩ Việt Nam Lê Thu Hằng dự.\nChủ tịch UBND tỉnh Đào Minh Quân ra lời kêu gọi Nhân dân ủng hộ đồng bào vùng lũ.'
	check_out $'person\tVũ Đình Lâm\tÔng Vũ Đình Lâm, Chủ tịch Hội Nhà báo tỉnh\tChủ tịch Hội Nhà báo tỉnh\tspeak
person\tLê Thu Hằng\tPhó Chủ tịch Hội Nhạc sĩ Việt Nam Lê Thu Hằng\tPhó Chủ tịch Hội Nhạc sĩ Việt Nam\tattend
person\tĐào Minh Quân\tChủ tịch UBND tỉnh Đào Minh Quân\tChủ tịch UBND tỉnh\tspeak'
	run people $'Thủ tướng Phạm Minh Chính ra thông điệp gửi doanh nghiệp.\nĐại tướng Lương Cường gợi ý cho các đơn vị cách làm mới.'
	check_out $'person\tPhạm Minh Chính\tThủ tướng Phạm Minh Chính\tThủ tướng\tspeak
person\tLương Cường\tĐại tướng Lương Cường\tĐại tướng\tspeak'
}

@test "vn-person TITLE: a website's body ('Trang thông tin điện tử Đảng bộ tỉnh', 'Cổng thông tin điện tử tỉnh') is a body, not a person named Trang" {
	run people $'Ông Đỗ Văn Lực, Phó Tổng biên tập Trang thông tin điện tử Đảng bộ tỉnh, cho biết.\nBà Trần Thu Trang dự họp.\nBà Lý Thị Mơ, Giám đốc Cổng thông tin điện tử tỉnh, phát biểu.'
	check_out $'person\tĐỗ Văn Lực\tÔng Đỗ Văn Lực, Phó Tổng biên tập Trang thông tin điện tử Đảng bộ tỉnh\tPhó Tổng biên tập Trang thông tin điện tử Đảng bộ tỉnh\tspeak
person\tTrần Thu Trang\tBà Trần Thu Trang\t\tattend
person\tLý Thị Mơ\tBà Lý Thị Mơ, Giám đốc Cổng thông tin điện tử tỉnh\tGiám đốc Cổng thông tin điện tử tỉnh\tspeak'
}

@test "vn-person: no person: a shrine, a memorial house or a street named after someone, with a title too ('đình thần Nguyễn Trung Trực', 'Nhà lưu niệm Đại tướng Võ Nguyên Giáp', 'Đền thờ Thượng tướng Quận công Trần Văn Năng', 'Đường Thủ tướng Thinh'); no mention begins inside such a title" {
	run people $'Xã có đình thần Nguyễn Trung Trực và đền thờ Lý Thường Kiệt.\nDi tích Nhà lưu niệm Đại tướng Võ Nguyên Giáp ở Lệ Thủy.\nĐền thờ Thượng tướng Quận công Trần Văn Năng được tu bổ.\nĐường Thủ tướng Thinh nay là đường Mạc Cửu.\nÔng Nguyễn Trung Trực lãnh đạo nghĩa quân.'
	check_out $'person\tNguyễn Trung Trực\tÔng Nguyễn Trung Trực\t\t'
}

@test "vn-person TITLE: a degree's field in small letters goes with it after a name, and the chain goes on after it ('X - Tiến sĩ khoa học quản lý kinh tế, Phó Chủ nhiệm ...', 'Thạc sĩ luật'); 'Công nghệ thông tin' in a body is no verb of speaking" {
	run people $'Trịnh Văn Mão - Tiến sĩ khoa học quản lý kinh tế, Phó Chủ nhiệm Ủy ban Tài chính - Ngân sách Quốc hội.\nÔng Hà Văn Bốn, Thạc sĩ luật, Phó Chánh án Tòa án nhân dân tỉnh, cho biết.\nBà Vi Thị Tám, giảng viên khoa Công nghệ thông tin, cho biết.'
	check_out $'person\tTrịnh Văn Mão\tTrịnh Văn Mão - Tiến sĩ khoa học quản lý kinh tế, Phó Chủ nhiệm Ủy ban Tài chính - Ngân sách Quốc hội\tTiến sĩ khoa học quản lý kinh tế; Phó Chủ nhiệm Ủy ban Tài chính - Ngân sách Quốc hội\t
person\tHà Văn Bốn\tÔng Hà Văn Bốn, Thạc sĩ luật, Phó Chánh án Tòa án nhân dân tỉnh\tThạc sĩ luật; Phó Chánh án Tòa án nhân dân tỉnh\tspeak
person\tVi Thị Tám\tBà Vi Thị Tám, giảng viên khoa Công nghệ thông tin\tgiảng viên khoa Công nghệ thông tin\tspeak'
}

@test "vn-person TITLE: a place named after a titled person stays in a body ('Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh'), no person of its own; the year a title was given, in brackets, lets the chain go on ('Thiếu tướng (2009), kiêm Tư lệnh ...')" {
	run people $'Đại tá Lê Văn Hùng, Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh, phát biểu.\nNguyễn Văn Mười, Thiếu tướng (2009), kiêm Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh.\nChính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh đến thăm đơn vị.'
	check_out $'person\tLê Văn Hùng\tĐại tá Lê Văn Hùng, Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh\tĐại tá; Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh\tspeak
person\tNguyễn Văn Mười\tNguyễn Văn Mười, Thiếu tướng (2009), kiêm Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh\tThiếu tướng; Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh\t'
}

@test "vn-person ROLE author, photo: each name of a credit ('Tin, ảnh: Minh Đức - Hồng Vân', 'Bài và ảnh: Lê Minh, Thu Hà'); 'ảnh:' inside a clause is no credit ('Làng nghề nhiếp ảnh: Lai Xá - Kim Chung', 'Hoa hậu ảnh: ...')" {
	run people $'Tin, ảnh: Minh Đức - Hồng Vân\nBài và ảnh: Lê Minh, Thu Hà\nLàng nghề nhiếp ảnh: Lai Xá - Kim Chung\nĐồng chí Lò Văn Tư phát biểu. Ảnh: Hải Yến'
	check_out $'person\tMinh Đức\tMinh Đức\t\tauthor
person\tHồng Vân\tHồng Vân\t\tauthor
person\tLê Minh\tLê Minh\t\tauthor
person\tThu Hà\tThu Hà\t\tauthor
person\tLò Văn Tư\tĐồng chí Lò Văn Tư\t\tspeak
person\tHải Yến\tHải Yến\t\tphoto'
}
