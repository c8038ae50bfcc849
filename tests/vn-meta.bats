#!/usr/bin/env bats
# vn-meta: what a scraped page says about its article (section, title, stamp,
# source, lead, captions, credits, byline, chrome); -s the catalogue; -b the body.

load helper
bats_require_minimum_version 1.5.0

# LOC KIND VALUE TEXT of each finding on a page given as one string.
page() { vn-meta "${@:2}" <<< "$1" | cut -f2-; }

# ---- the five samples, every line ----

@test "vn-meta: quangninh.txt (a Party portal): chrome, an ALL CAPS title, the lead, captions by their place, 'Nguồn Cổng TTĐT'" {
	cd "$FIX/vn-meta"
	run vn-meta quangninh.txt
	check_out $'quangninh.txt\t1.0\tboilerplate\ttool\tBản in Gởi bài viết
quangninh.txt\t2.0\ttitle\tHỘI NGHỊ TRỰC TUYẾN TỔNG KÊT 5 NĂM XÂY DỰNG TỔ CHỨC ĐẢNG TRONG SẠCH, VỮNG MẠNH\tHỘI NGHỊ TRỰC TUYẾN TỔNG KÊT 5 NĂM XÂY DỰNG TỔ CHỨC ĐẢNG TRONG SẠCH, VỮNG MẠNH
quangninh.txt\t3.0\tlead\tSáng ngày 16/7/2021, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh tổng kết 05 năm xây dựng tổ chức Đảng trong sạch, vững mạnh giai đoạn 2016 - 2020.\tSáng ngày 16/7/2021, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh tổng kết 05 năm xây dựng tổ chức Đảng trong sạch, vững mạnh giai đoạn 2016 - 2020.
quangninh.txt\t8.0\tcaption\tBí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể\tBí thư Tỉnh ủy trao Cờ thi đua cho 03 tập thể
quangninh.txt\t13.0\tcaption\tToàn cảnh hội nghị\tToàn cảnh hội nghị
quangninh.txt\t18.0\tcaption\tBí thư Tỉnh ủy phát biểu tại hội nghị\tBí thư Tỉnh ủy phát biểu tại hội nghị
quangninh.txt\t26.0\tcaption\tĐại diện lãnh đạo Đảng bộ Sở Nội vụ nhận Bằng khen Đảng bộ “Trong sạch, vững mạnh tiêu biểu” 05 năm giai đoạn 2016-2020\tĐại diện lãnh đạo Đảng bộ Sở Nội vụ nhận Bằng khen Đảng bộ “Trong sạch, vững mạnh tiêu biểu” 05 năm giai đoạn 2016-2020
quangninh.txt\t32.0\tsource\tCổng TTĐT\tNguồn Cổng TTĐT
quangninh.txt\t38.0\tboilerplate\tnav\t[Trở về]'
	run sh -c 'vn-meta -b quangninh.txt | cut -f2'
	check_out $'3.0\n10.0\n15.0\n20.0\n30.0'
}

@test "vn-meta: ttxvn.txt (a wire story): section, title, a place tag, the lead, 'Trong ảnh:' and its credit, 'TTXVN -' after them, the byline" {
	cd "$FIX/vn-meta"
	run vn-meta ttxvn.txt
	check_out $'ttxvn.txt\t1.0\tsection\tChỉ đạo, Điều hành\tChỉ đạo, Điều hành
ttxvn.txt\t3.0\ttitle\tHai nhiệm vụ trọng tâm, ba giải pháp đột phá trong xây dựng Đảng\tHai nhiệm vụ trọng tâm, ba giải pháp đột phá trong xây dựng Đảng
ttxvn.txt\t5.0\tsection\tBắc Giang\tBắc Giang
ttxvn.txt\t7.0\tlead\tBắc Giang đã tạo sự lan tỏa mạnh mẽ, thúc đẩy đội ngũ cán bộ, đảng viên phát huy trách nhiệm, góp phần nâng cao thứ hạng các chỉ số cải cách hành chính, cải thiện môi trường đầu tư kinh doanh.\tBắc Giang đã tạo sự lan tỏa mạnh mẽ, thúc đẩy đội ngũ cán bộ, đảng viên phát huy trách nhiệm, góp phần nâng cao thứ hạng các chỉ số cải cách hành chính, cải thiện môi trường đầu tư kinh doanh.
ttxvn.txt\t9.0\tcaption\tTrong ảnh: Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái; Phó Bí thư Thường trực Tỉnh ủy Bắc Giang Lê Thị Thu Hồng; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương chủ trì hội nghị.\tTrong ảnh: Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái; Phó Bí thư Thường trực Tỉnh ủy Bắc Giang Lê Thị Thu Hồng; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương chủ trì hội nghị.
ttxvn.txt\t10.0\tcredit\tĐồng Thúy\tẢnh: Đồng Thúy/TXVN
ttxvn.txt\t12.0\tsource\tTTXVN\tTTXVN -
ttxvn.txt\t31.0\tauthor\tĐồng Thúy\tĐồng Thúy
ttxvn.txt\t33.0\tboilerplate\trelated\tTin liên quan
ttxvn.txt\t35.0\tboilerplate\trelated\tXem thêm'
	run sh -c 'vn-meta -b ttxvn.txt | cut -f2'
	check_out $'7.0\n12.0\n14.0\n16.0\n18.0\n20.0\n22.0\n24.0\n26.0\n28.0'
	run sh -c 'vn-meta -b ttxvn.txt | sed -n 2p'
	check_out $'ttxvn.txt\t12.0\tNgày 7/3, Tỉnh ủy Bắc Giang tổ chức hội nghị Tổng kết công tác xây dựng Đảng, nhiệm kỳ 2020 - 2025 và Tổng kết 15 năm thực hiện Điều lệ Đảng.'
}

@test "vn-meta: baonghean.txt (a provincial paper): '(Baonghean.vn) -', alt text and caption twice, each credit, subheadings in the body" {
	cd "$FIX/vn-meta"
	run vn-meta baonghean.txt
	check_out $'baonghean.txt\t1.0\ttitle\tTránh qua loa, đại khái trong học tập các chủ trương, chỉ thị của Đảng\tTránh qua loa, đại khái trong học tập các chủ trương, chỉ thị của Đảng
baonghean.txt\t3.0\tsource\tBaonghean.vn\t(Baonghean.vn) -
baonghean.txt\t3.0\tlead\tPhát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị Đảng ủy Khối Các cơ quan tỉnh tiếp tục chú trọng nâng cao chất lượng học tập các nghị quyết của Đảng, tránh qua loa, đại khái.\t(Baonghean.vn) - Phát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị Đảng ủy Khối Các cơ quan tỉnh tiếp tục chú trọng nâng cao chất lượng học tập các nghị quyết của Đảng, tránh qua loa, đại khái.
baonghean.txt\t4.0\tcaption\tSáng 25/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác xây.\tSáng 25/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác xây.
baonghean.txt\t5.0\tcaption\tSáng 25/12, Đảng ủy Khối Các cơ quan tỉnh tổ chức Hội nghị tổng kết công tác xây.\tSáng 25/12, Đảng ủy Khối Các cơ quan tỉnh tổ chức Hội nghị tổng kết công tác xây. Ảnh: Mai Hoa
baonghean.txt\t5.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t15.0\tcaption\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối.\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối. Ảnh: Mai Hoa
baonghean.txt\t15.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t16.0\tcaption\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối.\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối. Ảnh: Mai Hoa
baonghean.txt\t16.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t30.0\tcaption\tĐồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn.\tĐồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn. Ảnh: Mai Hoa
baonghean.txt\t30.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t31.0\tcaption\tĐồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn.\tĐồng chí Nguyễn Xuân Sơn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn. Ảnh: Mai Hoa
baonghean.txt\t31.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t37.0\tcaption\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối.\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối. Ảnh: Mai Hoa
baonghean.txt\t37.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t38.0\tcaption\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối.\tĐồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối. Ảnh: Mai Hoa
baonghean.txt\t38.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t46.0\tcaption\tĐồng chí Hoàng Văn Nhiên - Phó Bí thư Đảng ủy Khối trao Giấy khen cho các tổ chức cơ sở đảng cò thành tích trong công tác tuyên giáo năm 2019.\tĐồng chí Hoàng Văn Nhiên - Phó Bí thư Đảng ủy Khối trao Giấy khen cho các tổ chức cơ sở đảng cò thành tích trong công tác tuyên giáo năm 2019. Ảnh: Mai Hoa
baonghean.txt\t46.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t47.0\tcaption\tĐồng chí Hoàng Văn Nhiên - Phó Bí thư Đảng ủy Khối trao Giấy khen cho các tổ chức cơ sở đảng có thành tích trong công tác tuyên giáo năm 2019.\tĐồng chí Hoàng Văn Nhiên - Phó Bí thư Đảng ủy Khối trao Giấy khen cho các tổ chức cơ sở đảng có thành tích trong công tác tuyên giáo năm 2019. Ảnh: Mai Hoa
baonghean.txt\t47.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t51.0\tcaption\tĐồng chí Chu Bá Long - Phó Bí thư Đảng ủy Khối các cơ quan cấp tỉnh thông.\tĐồng chí Chu Bá Long - Phó Bí thư Đảng ủy Khối các cơ quan cấp tỉnh thông. Ảnh: Mai Hoa
baonghean.txt\t51.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t52.0\tcaption\tĐồng chí Chu Bá Long - Phó Bí thư Đảng ủy Khối Các cơ quan tỉnh trao Giấy khen các đảng viên xuất sắc 5 năm liền.\tĐồng chí Chu Bá Long - Phó Bí thư Đảng ủy Khối Các cơ quan tỉnh trao Giấy khen các đảng viên xuất sắc 5 năm liền. Ảnh: Mai Hoa
baonghean.txt\t52.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
baonghean.txt\t54.0\tboilerplate\trelated\tTin mới'
	run sh -c 'vn-meta -b baonghean.txt | cut -f2'
	check_out $'3.0\n7.0\n9.0\n11.0\n13.0\n18.0\n20.0\n22.0\n24.0\n26.0\n28.0\n33.0\n35.0\n40.0\n42.0\n44.0\n49.0'
}

@test "vn-meta: khoicoquan.txt: it starts with a caption, twice, and has no title; the lead; the byline" {
	cd "$FIX/vn-meta"
	run vn-meta khoicoquan.txt
	check_out $'khoicoquan.txt\t1.0\tcaption\tĐồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân.\tĐồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân.
khoicoquan.txt\t2.0\tcaption\tĐồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân.\tĐồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân.
khoicoquan.txt\t4.0\tlead\tĐó là một trong những ý kiến chỉ đạo mà đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh tại Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ công tác năm 2021 của Đảng ủy Khối các cơ quan tỉnh tổ chức chiều 18-1.\tĐó là một trong những ý kiến chỉ đạo mà đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh tại Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ công tác năm 2021 của Đảng ủy Khối các cơ quan tỉnh tổ chức chiều 18-1.
khoicoquan.txt\t14.0\tauthor\tHằng Nga\tHằng Nga'
	run sh -c 'vn-meta -b khoicoquan.txt | cut -f2'
	check_out $'4.0\n6.0\n8.0\n10.0\n12.0'
}

@test "vn-meta: dongthap.txt: 'Cập nhật ngày: 26/07/2022 13:54:23', 'ĐTO -', captions after a photo's blank lines, byline, comment form" {
	cd "$FIX/vn-meta"
	run vn-meta dongthap.txt
	check_out $'dongthap.txt\t1.0\ttitle\tTiếp tục nâng cao sức chiến đấu của tổ chức cơ sở đảng và chất lượng sinh hoạt chi bộ\tTiếp tục nâng cao sức chiến đấu của tổ chức cơ sở đảng và chất lượng sinh hoạt chi bộ
dongthap.txt\t3.0\tpublished\t2022-07-26T13:54:23\tCập nhật ngày: 26/07/2022 13:54:23
dongthap.txt\t5.0\tsource\tĐTO\tĐTO -
dongthap.txt\t5.0\tlead\tNgày 26/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.\tĐTO - Ngày 26/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.
dongthap.txt\t8.0\tcaption\tPhó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Phan Văn Thắng phát biểu tại hội nghị\tPhó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Phan Văn Thắng phát biểu tại hội nghị
dongthap.txt\t15.0\tcaption\tĐồng chí Lê Hùng Dũng – Phó Bí thư Thường trực Thành ủy Hồng Ngự phát hiểu ý kiến về công tác kết nạp đảng viên trên địa bàn\tĐồng chí Lê Hùng Dũng – Phó Bí thư Thường trực Thành ủy Hồng Ngự phát hiểu ý kiến về công tác kết nạp đảng viên trên địa bàn
dongthap.txt\t21.0\tauthor\tDũng Chinh\tDũng Chinh
dongthap.txt\t23.0\tboilerplate\tcomment\tGửi bình luận của bạn'
	run sh -c 'vn-meta -b dongthap.txt | cut -f2'
	check_out $'5.0\n10.0\n12.0\n17.0\n19.0'
}

@test "vn-meta: -s: the catalogue of the five samples, DOC TITLE PUBLISHED SOURCE AUTHOR" {
	cd "$FIX/vn-meta"
	run vn-meta -s quangninh.txt ttxvn.txt baonghean.txt khoicoquan.txt dongthap.txt
	check_out $'quangninh.txt\tHỘI NGHỊ TRỰC TUYẾN TỔNG KÊT 5 NĂM XÂY DỰNG TỔ CHỨC ĐẢNG TRONG SẠCH, VỮNG MẠNH\t\tCổng TTĐT\t
ttxvn.txt\tHai nhiệm vụ trọng tâm, ba giải pháp đột phá trong xây dựng Đảng\t\tTTXVN\tĐồng Thúy
baonghean.txt\tTránh qua loa, đại khái trong học tập các chủ trương, chỉ thị của Đảng\t\tBaonghean.vn\t
khoicoquan.txt\t\t\t\tHằng Nga
dongthap.txt\tTiếp tục nâng cao sức chiến đấu của tổ chức cơ sở đảng và chất lượng sinh hoạt chi bộ\t2022-07-26T13:54:23\tĐTO\tDũng Chinh'
}

@test "vn-meta: -b | vn-seg | vn-num counts the body alone: the year of a caption's award is not counted twice" {
	cd "$FIX/vn-meta"
	run sh -c 'vn-meta quangninh.txt | grep -c "	caption	"'
	check_out 4
	run sh -c 'vn-meta -b quangninh.txt | vn-seg | vn-award | cut -f2,4,7'
	check_out $'30.1\tCờ thi đua\t3 tập thể
30.1\tBằng khen\t28 tập thể; 93 cá nhân'
}

# ---- page layouts of our own, one per kind of site ----

@test "vn-meta: a national paper: sections, a weekday stamp with its zone, title, lead, a caption with its credit, the byline" {
	run page $'Thời sự\nChính trị\nThứ sáu, 12/1/2024, 16:05 (GMT+7)
Thủ tướng chủ trì hội nghị tổng kết công tác xây dựng Đảng năm 2023
Sáng 12/1, Đảng ủy Chính phủ tổng kết công tác xây dựng Đảng năm 2023, đề ra năm nhóm nhiệm vụ cho năm 2024.
Theo báo cáo, năm 2023 các tổ chức đảng trực thuộc đã kết nạp 1.250 đảng viên mới.
Thủ tướng phát biểu tại hội nghị, sáng 12/1. Ảnh: Nhật Bắc
Thủ tướng yêu cầu các cấp ủy tập trung kiểm tra, giám sát.
Hoàng Phương'
	check_out $'1.0\tsection\tThời sự\tThời sự
2.0\tsection\tChính trị\tChính trị
3.0\tpublished\t2024-01-12T16:05\tThứ sáu, 12/1/2024, 16:05 (GMT+7)
4.0\ttitle\tThủ tướng chủ trì hội nghị tổng kết công tác xây dựng Đảng năm 2023\tThủ tướng chủ trì hội nghị tổng kết công tác xây dựng Đảng năm 2023
5.0\tlead\tSáng 12/1, Đảng ủy Chính phủ tổng kết công tác xây dựng Đảng năm 2023, đề ra năm nhóm nhiệm vụ cho năm 2024.\tSáng 12/1, Đảng ủy Chính phủ tổng kết công tác xây dựng Đảng năm 2023, đề ra năm nhóm nhiệm vụ cho năm 2024.
7.0\tcaption\tThủ tướng phát biểu tại hội nghị, sáng 12/1.\tThủ tướng phát biểu tại hội nghị, sáng 12/1. Ảnh: Nhật Bắc
7.0\tcredit\tNhật Bắc\tẢnh: Nhật Bắc
9.0\tauthor\tHoàng Phương\tHoàng Phương'
}

@test "vn-meta: a city paper: the author in capitals under the title, 'TTO -', a credit after a dash, links under 'Tin liên quan'" {
	run page $'Thời sự\nBí thư Thành ủy: Phải đặt lợi ích của người dân lên trên hết\nNGỌC AN\n12/01/2024 16:05 GMT+7\n
TTO - Sáng 12-1, Thành ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng, với hơn 500 đại biểu.\n
Đại biểu dự hội nghị - Ảnh: NGỌC AN\n
Theo ông, năm 2024 cần hoàn thành việc sắp xếp tổ chức bộ máy.\n
Tin liên quan\nBí thư Thành ủy làm việc với Ban Tổ chức Thành ủy\nSắp xếp bộ máy: không để gián đoạn công việc'
	check_out $'1.0\tsection\tThời sự\tThời sự
2.0\ttitle\tBí thư Thành ủy: Phải đặt lợi ích của người dân lên trên hết\tBí thư Thành ủy: Phải đặt lợi ích của người dân lên trên hết
3.0\tauthor\tNgọc An\tNGỌC AN
4.0\tpublished\t2024-01-12T16:05\t12/01/2024 16:05 GMT+7
6.0\tsource\tTTO\tTTO -
6.0\tlead\tSáng 12-1, Thành ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng, với hơn 500 đại biểu.\tTTO - Sáng 12-1, Thành ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng, với hơn 500 đại biểu.
8.0\tcaption\tĐại biểu dự hội nghị\tĐại biểu dự hội nghị - Ảnh: NGỌC AN
8.0\tcredit\tNgọc An\tẢnh: NGỌC AN
12.0\tboilerplate\trelated\tTin liên quan
13.0\tboilerplate\trelated\tBí thư Thành ủy làm việc với Ban Tổ chức Thành ủy
14.0\tboilerplate\trelated\tSắp xếp bộ máy: không để gián đoạn công việc'
}

@test "vn-meta: a Party paper: a breadcrumb gives the section, 'NDO -', 'Bài và ảnh: TRẦN MINH ĐỨC' is author and photographer, share and tags" {
	run page $'Trang chủ > Chính trị > Xây dựng Đảng
Đại hội Đảng bộ tỉnh Hà Giang lần thứ XVII thành công tốt đẹp\nThứ Sáu, 12-01-2024, 16:05\n
NDO - Ngày 12/1, Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII bế mạc.\n
Đại hội đã bầu 53 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa XVII.\n
Bài và ảnh: TRẦN MINH ĐỨC\nChia sẻ: Facebook Twitter\nTừ khóa: Đại hội Đảng, Hà Giang'
	check_out $'1.0\tboilerplate\tbreadcrumb\tTrang chủ > Chính trị > Xây dựng Đảng
1.0\tsection\tXây dựng Đảng\tTrang chủ > Chính trị > Xây dựng Đảng
2.0\ttitle\tĐại hội Đảng bộ tỉnh Hà Giang lần thứ XVII thành công tốt đẹp\tĐại hội Đảng bộ tỉnh Hà Giang lần thứ XVII thành công tốt đẹp
3.0\tpublished\t2024-01-12T16:05\tThứ Sáu, 12-01-2024, 16:05
5.0\tsource\tNDO\tNDO -
5.0\tlead\tNgày 12/1, Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII bế mạc.\tNDO - Ngày 12/1, Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII bế mạc.
9.0\tauthor\tTrần Minh Đức\tBài và ảnh: TRẦN MINH ĐỨC
9.0\tcredit\tTrần Minh Đức\tBài và ảnh: TRẦN MINH ĐỨC
10.0\tboilerplate\tshare\tChia sẻ: Facebook Twitter
11.0\tboilerplate\ttag\tTừ khóa: Đại hội Đảng, Hà Giang'
}

@test "vn-meta: the Party's portal: '(ĐCSVN) -', a stamp with a dash, a caption alone after the blank lines of a photo" {
	run page $'Xây dựng Đảng\nNâng cao chất lượng sinh hoạt chi bộ ở Đảng bộ Khối các cơ quan Trung ương\nThứ Sáu, 12/01/2024 - 16:05\n
(ĐCSVN) - Năm 2023, Đảng bộ Khối tập trung nâng cao chất lượng sinh hoạt chi bộ.\n\n
Quang cảnh hội nghị tổng kết công tác năm 2023\n
Theo báo cáo, 100% chi bộ trực thuộc đã sinh hoạt chuyên đề mỗi quý.\n
Minh Anh'
	check_out $'1.0\tsection\tXây dựng Đảng\tXây dựng Đảng
2.0\ttitle\tNâng cao chất lượng sinh hoạt chi bộ ở Đảng bộ Khối các cơ quan Trung ương\tNâng cao chất lượng sinh hoạt chi bộ ở Đảng bộ Khối các cơ quan Trung ương
3.0\tpublished\t2024-01-12T16:05\tThứ Sáu, 12/01/2024 - 16:05
5.0\tsource\tĐCSVN\t(ĐCSVN) -
5.0\tlead\tNăm 2023, Đảng bộ Khối tập trung nâng cao chất lượng sinh hoạt chi bộ.\t(ĐCSVN) - Năm 2023, Đảng bộ Khối tập trung nâng cao chất lượng sinh hoạt chi bộ.
8.0\tcaption\tQuang cảnh hội nghị tổng kết công tác năm 2023\tQuang cảnh hội nghị tổng kết công tác năm 2023
12.0\tauthor\tMinh Anh\tMinh Anh'
}

@test "vn-meta: 'Quang cảnh' or 'Toàn cảnh' first in a short line is a caption with a full stop at its end too ('Quang cảnh hội nghị.'); a long sentence so begun is body" {
	run page $'Hội nghị tổng kết công tác Đảng năm 2025\nSáng 14/1, Huyện ủy Bảo Yên tổ chức hội nghị tổng kết công tác Đảng năm 2025 và triển khai nhiệm vụ năm 2026.\nQuang cảnh hội nghị.\nToàn cảnh bức tranh kinh tế của huyện năm qua cho thấy nhiều chuyển biến tích cực ở tất cả các xã, thị trấn.\nĐức Long'
	check_out $'1.0\ttitle\tHội nghị tổng kết công tác Đảng năm 2025\tHội nghị tổng kết công tác Đảng năm 2025
2.0\tlead\tSáng 14/1, Huyện ủy Bảo Yên tổ chức hội nghị tổng kết công tác Đảng năm 2025 và triển khai nhiệm vụ năm 2026.\tSáng 14/1, Huyện ủy Bảo Yên tổ chức hội nghị tổng kết công tác Đảng năm 2025 và triển khai nhiệm vụ năm 2026.
3.0\tcaption\tQuang cảnh hội nghị.\tQuang cảnh hội nghị.
5.0\tauthor\tĐức Long\tĐức Long'
}

@test "vn-meta: a provincial Party committee's portal: 'Ngày đăng: ... | Lượt xem: ...', a subheading is body, 'Nguồn:', [Trở về], links" {
	run page $'Bản in     Gửi bài viết\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 15\nNgày đăng: 15/07/2023 | Lượt xem: 1.204\n
Ngày 14/7/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15.\n
Đánh giá sáu tháng đầu năm\n
Tổng sản phẩm trên địa bàn tỉnh tăng 7,2% so với cùng kỳ.\n
Nguồn: Ban Tuyên giáo Tỉnh ủy\n[Trở về]\nTin liên quan\nHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14'
	check_out $'1.0\tboilerplate\ttool\tBản in Gửi bài viết
2.0\ttitle\tHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 15\tHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 15
3.0\tpublished\t2023-07-15\tNgày đăng: 15/07/2023 | Lượt xem: 1.204
5.0\tlead\tNgày 14/7/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15.\tNgày 14/7/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15.
11.0\tsource\tBan Tuyên giáo Tỉnh ủy\tNguồn: Ban Tuyên giáo Tỉnh ủy
12.0\tboilerplate\tnav\t[Trở về]
13.0\tboilerplate\trelated\tTin liên quan
14.0\tboilerplate\trelated\tHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14'
	run sh -c "printf '%s\n' 'Ngày 14/7/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị.' '' 'Đánh giá sáu tháng đầu năm' '' 'Tổng sản phẩm tăng 7,2%.' | vn-meta -b | cut -f2"
	check_out $'1.0\n3.0\n5.0'
}

@test "vn-meta: a wire story: 'Hà Nội (TTXVN) -' with its dateline, the byline 'Thu Hằng (TTXVN)' gives author and source" {
	run page $'Hà Nội (TTXVN) - Chiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.
Năm 2023, toàn Đảng kết nạp được hơn 180.000 đảng viên.
Thu Hằng (TTXVN)'
	check_out $'1.0\tsource\tTTXVN\tHà Nội (TTXVN) -
1.0\tlead\tChiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.\tHà Nội (TTXVN) - Chiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.
3.0\tauthor\tThu Hằng\tThu Hằng (TTXVN)
3.0\tsource\tTTXVN\tThu Hằng (TTXVN)'
}

@test "vn-meta: the province a writer reports from after the byline's name is neither author nor source ('Mai Anh - Lào Cai')" {
	run page $'Chiều 5/3, Huyện ủy Bát Xát quán triệt Nghị quyết số 57-NQ/TW.
Đến nay, 100% xã đã có cổng thông tin điện tử.
Mai Anh - Lào Cai'
	check_out $'1.0\tlead\tChiều 5/3, Huyện ủy Bát Xát quán triệt Nghị quyết số 57-NQ/TW.\tChiều 5/3, Huyện ủy Bát Xát quán triệt Nghị quyết số 57-NQ/TW.
3.0\tauthor\tMai Anh\tMai Anh - Lào Cai'
}

@test "vn-meta: a byline signed by a body after a dash ('Quốc Hồng - Trung tâm Văn hóa huyện') gives author and source; two names after a dash are two authors" {
	run page $'Chiều 5/3, Huyện ủy Mường Khương quán triệt Nghị quyết số 57-NQ/TW.
Đến nay, 100% xã đã có cổng thông tin điện tử.
Quốc Hồng - Trung tâm Văn hóa huyện'
	check_out $'1.0\tlead\tChiều 5/3, Huyện ủy Mường Khương quán triệt Nghị quyết số 57-NQ/TW.\tChiều 5/3, Huyện ủy Mường Khương quán triệt Nghị quyết số 57-NQ/TW.
3.0\tauthor\tQuốc Hồng\tQuốc Hồng - Trung tâm Văn hóa huyện
3.0\tsource\tTrung tâm Văn hóa huyện\tQuốc Hồng - Trung tâm Văn hóa huyện'
	run page $'Chiều 5/3, Huyện ủy Mường Khương quán triệt Nghị quyết số 57-NQ/TW.
Đến nay, 100% xã đã có cổng thông tin điện tử.
Thu Hà - Đình Nhất'
	check_out $'1.0\tlead\tChiều 5/3, Huyện ủy Mường Khương quán triệt Nghị quyết số 57-NQ/TW.\tChiều 5/3, Huyện ủy Mường Khương quán triệt Nghị quyết số 57-NQ/TW.
3.0\tauthor\tThu Hà\tThu Hà - Đình Nhất
3.0\tauthor\tĐình Nhất\tThu Hà - Đình Nhất'
}

@test "vn-meta: the Government's portal: '(Chinhphu.vn) -', a credit that names the agency first, 'Ảnh: VGP/Nhật Bắc'" {
	run page $'(Chinhphu.vn) - Chiều 12/1, Đảng ủy Chính phủ tổng kết công tác năm 2023.\n
Đồng chí Bí thư Đảng ủy Chính phủ phát biểu tại hội nghị - Ảnh: VGP/Nhật Bắc\n
Năm 2023, Đảng bộ đã kết nạp 1.800 đảng viên mới.\n\nThành Chung'
	check_out $'1.0\tsource\tChinhphu.vn\t(Chinhphu.vn) -
1.0\tlead\tChiều 12/1, Đảng ủy Chính phủ tổng kết công tác năm 2023.\t(Chinhphu.vn) - Chiều 12/1, Đảng ủy Chính phủ tổng kết công tác năm 2023.
3.0\tcaption\tĐồng chí Bí thư Đảng ủy Chính phủ phát biểu tại hội nghị\tĐồng chí Bí thư Đảng ủy Chính phủ phát biểu tại hội nghị - Ảnh: VGP/Nhật Bắc
3.0\tcredit\tNhật Bắc\tẢnh: VGP/Nhật Bắc
7.0\tauthor\tThành Chung\tThành Chung'
}

@test "vn-meta: a province's paper: 'Theo Thanh Hà (Báo Đồng Tháp)' gives the author and the paper" {
	run page $'Xây dựng Đảng\nHuyện ủy Tháp Mười sơ kết 6 tháng công tác xây dựng Đảng\nCập nhật ngày: 20/07/2023 09:15:02\n
ĐTO - Ngày 19/7, Huyện ủy Tháp Mười sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023.\n
Hội nghị thống nhất 5 nhóm giải pháp trọng tâm cho 6 tháng cuối năm.\n
Theo Thanh Hà (Báo Đồng Tháp)\nGửi bình luận của bạn'
	check_out $'1.0\tsection\tXây dựng Đảng\tXây dựng Đảng
2.0\ttitle\tHuyện ủy Tháp Mười sơ kết 6 tháng công tác xây dựng Đảng\tHuyện ủy Tháp Mười sơ kết 6 tháng công tác xây dựng Đảng
3.0\tpublished\t2023-07-20T09:15:02\tCập nhật ngày: 20/07/2023 09:15:02
5.0\tsource\tĐTO\tĐTO -
5.0\tlead\tNgày 19/7, Huyện ủy Tháp Mười sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023.\tĐTO - Ngày 19/7, Huyện ủy Tháp Mười sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023.
9.0\tauthor\tThanh Hà\tTheo Thanh Hà (Báo Đồng Tháp)
9.0\tsource\tBáo Đồng Tháp\tTheo Thanh Hà (Báo Đồng Tháp)
10.0\tboilerplate\tcomment\tGửi bình luận của bạn'
}

@test "vn-meta: the army's paper: 'QĐND -', a caption ending in a full stop before 'Ảnh: TRỌNG HẢI', two authors in capitals" {
	run page $'QĐND - Sáng 12-1, Đảng ủy Quân sự Trung ương tổng kết công tác đảng năm 2023.
Các đại biểu dự hội nghị. Ảnh: TRỌNG HẢI
Năm 2023, các tổ chức đảng trong toàn quân đã kết nạp hơn 27.000 đảng viên.
HỮU TUẤN - MINH ANH'
	check_out $'1.0\tsource\tQĐND\tQĐND -
1.0\tlead\tSáng 12-1, Đảng ủy Quân sự Trung ương tổng kết công tác đảng năm 2023.\tQĐND - Sáng 12-1, Đảng ủy Quân sự Trung ương tổng kết công tác đảng năm 2023.
2.0\tcaption\tCác đại biểu dự hội nghị.\tCác đại biểu dự hội nghị. Ảnh: TRỌNG HẢI
2.0\tcredit\tTrọng Hải\tẢnh: TRỌNG HẢI
4.0\tauthor\tHữu Tuấn\tHỮU TUẤN - MINH ANH
4.0\tauthor\tMinh Anh\tHỮU TUẤN - MINH ANH'
}

@test "vn-meta: a radio's site: 'VOV.VN -', a credit alone in brackets, 'Hồng Nhung/VOV-Miền Trung'" {
	run page $'VOV.VN - Sáng nay, Ban Thường vụ Tỉnh ủy Nghệ An giao ban công tác xây dựng Đảng quý IV.
(Ảnh: VOV)
Hội nghị đánh giá 9 tháng qua, các cấp ủy đã tổ chức 320 cuộc kiểm tra, giám sát.
Hồng Nhung/VOV-Miền Trung'
	check_out $'1.0\tsource\tVOV.VN\tVOV.VN -
1.0\tlead\tSáng nay, Ban Thường vụ Tỉnh ủy Nghệ An giao ban công tác xây dựng Đảng quý IV.\tVOV.VN - Sáng nay, Ban Thường vụ Tỉnh ủy Nghệ An giao ban công tác xây dựng Đảng quý IV.
2.0\tcredit\tVOV\tẢnh: VOV
4.0\tauthor\tHồng Nhung\tHồng Nhung/VOV-Miền Trung
4.0\tsource\tVOV-Miền Trung\tHồng Nhung/VOV-Miền Trung'
}

@test "vn-meta: a paper with its site as lead-in: 'Baoquangninh.vn -', 'Ảnh minh họa', 'Tác giả:' naming a body, tags" {
	run page $'Baoquangninh.vn - Ngày 12/1, Ban Thường vụ Tỉnh ủy tổng kết công tác kiểm tra, giám sát năm 2023.\n
Ảnh minh họa\n
Hội nghị trao Giấy khen cho 12 tập thể có thành tích xuất sắc.\n
Tác giả: Ban Tuyên giáo Tỉnh ủy\nTừ khóa: kiểm tra, giám sát'
	check_out $'1.0\tsource\tBaoquangninh.vn\tBaoquangninh.vn -
1.0\tlead\tNgày 12/1, Ban Thường vụ Tỉnh ủy tổng kết công tác kiểm tra, giám sát năm 2023.\tBaoquangninh.vn - Ngày 12/1, Ban Thường vụ Tỉnh ủy tổng kết công tác kiểm tra, giám sát năm 2023.
3.0\tcaption\tẢnh minh họa\tẢnh minh họa
7.0\tauthor\tBan Tuyên giáo Tỉnh ủy\tTác giả: Ban Tuyên giáo Tỉnh ủy
8.0\tboilerplate\ttag\tTừ khóa: kiểm tra, giám sát'
}

# ---- each rule, and what it does not take ----

@test "vn-meta: stamps: a label, a weekday, a time before or after the date, PM, a zone; a date inside the body is no stamp" {
	run page $'Tiêu đề bài viết về công tác xây dựng Đảng
Cập nhật: 16:05, 12/01/2024
Đăng lúc: 08:45 - 20/12/2023
Thứ Hai, ngày 15/01/2024 - 09:12 PM
Thứ năm, 11/1/2024 07:30 (GMT+07:00)
Ngày 12 tháng 01 năm 2024
Ngày 12/1/2024, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.
Hà Nội, ngày 12 tháng 1 năm 2024
12/1'
	check_out $'1.0\ttitle\tTiêu đề bài viết về công tác xây dựng Đảng\tTiêu đề bài viết về công tác xây dựng Đảng
2.0\tpublished\t2024-01-12T16:05\tCập nhật: 16:05, 12/01/2024
3.0\tpublished\t2023-12-20T08:45\tĐăng lúc: 08:45 - 20/12/2023
4.0\tpublished\t2024-01-15T21:12\tThứ Hai, ngày 15/01/2024 - 09:12 PM
5.0\tpublished\t2024-01-11T07:30\tThứ năm, 11/1/2024 07:30 (GMT+07:00)
6.0\tpublished\t2024-01-12\tNgày 12 tháng 01 năm 2024
7.0\tlead\tNgày 12/1/2024, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.\tNgày 12/1/2024, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.'
}

@test "vn-meta: a caption is never the title: a page that opens with a caption twice has none, nor does one that opens with a credited caption" {
	run page $'Đồng chí Bí thư Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc.
Đồng chí Bí thư Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc.\n
Hội nghị đã đánh giá kết quả công tác xây dựng Đảng năm 2023.'
	check_out $'1.0\tcaption\tĐồng chí Bí thư Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc.\tĐồng chí Bí thư Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc.
2.0\tcaption\tĐồng chí Bí thư Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc.\tĐồng chí Bí thư Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc.
4.0\tlead\tHội nghị đã đánh giá kết quả công tác xây dựng Đảng năm 2023.\tHội nghị đã đánh giá kết quả công tác xây dựng Đảng năm 2023.'
	run page $'Toàn cảnh hội nghị tổng kết công tác xây dựng Đảng - Ảnh: Mai Hoa\n
Hội nghị đã đánh giá kết quả công tác xây dựng Đảng năm 2023.'
	check_out $'1.0\tcaption\tToàn cảnh hội nghị tổng kết công tác xây dựng Đảng\tToàn cảnh hội nghị tổng kết công tác xây dựng Đảng - Ảnh: Mai Hoa
1.0\tcredit\tMai Hoa\tẢnh: Mai Hoa
3.0\tlead\tHội nghị đã đánh giá kết quả công tác xây dựng Đảng năm 2023.\tHội nghị đã đánh giá kết quả công tác xây dựng Đảng năm 2023.'
}

@test "vn-meta: the title is the longest of the first lines that may be one; after a heading there is no header, and no lead" {
	run page $'Tin tức - Sự kiện\nHoạt động của lãnh đạo tỉnh\nBí thư Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh về công tác cán bộ\n
Chiều 12/1, Bí thư Tỉnh ủy làm việc với Đảng ủy Khối.'
	check_out $'1.0\tsection\tTin tức - Sự kiện\tTin tức - Sự kiện
2.0\tsection\tHoạt động của lãnh đạo tỉnh\tHoạt động của lãnh đạo tỉnh
3.0\ttitle\tBí thư Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh về công tác cán bộ\tBí thư Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh về công tác cán bộ
5.0\tlead\tChiều 12/1, Bí thư Tỉnh ủy làm việc với Đảng ủy Khối.\tChiều 12/1, Bí thư Tỉnh ủy làm việc với Đảng ủy Khối.'
	run page $'== Lịch sử ==\nNăm 1930 đến năm 1945\nĐảng bộ tỉnh được thành lập năm 1930.'
	check_out ''
	run sh -c "printf '%s\n' '== Lịch sử ==' 'Năm 1930 đến năm 1945' 'Đảng bộ tỉnh được thành lập năm 1930.' | vn-meta -b | cut -f2 | tr '\n' ' '"
	check_out '1.0 2.0 3.0 '
}

@test "vn-meta: a plain article (an encyclopaedia's) has a lead and nothing else: no caption, credit or byline" {
	run page $'Bắc Giang là một tỉnh thuộc vùng Đông Bắc Bộ, Việt Nam.\n \n \n== Lịch sử ==
Tỉnh được tái lập năm 1997.\n \n \n== Danh sách bí thư ==
Nguyễn Văn Thành
Lê Thị Thu Hồng
Đảng ủy viên: Chủ nhiệm Khoa
Đảng ủy viên: Chủ nhiệm Khoa
Dương Văn Thái\n \n \n== Tham khảo =='
	check_out $'1.0\tlead\tBắc Giang là một tỉnh thuộc vùng Đông Bắc Bộ, Việt Nam.\tBắc Giang là một tỉnh thuộc vùng Đông Bắc Bộ, Việt Nam.'
}

@test "vn-meta: twins are captions only when set apart; lines of a list that are nearly the same are not" {
	run page $'Hội nghị đã thống nhất các nội dung sau đây.
Bệnh viện Trung ương Quân đội 108 tổ chức đại hội chi bộ nhiệm kỳ mới
Bệnh viện Trung ương Quân đội 175 tổ chức đại hội chi bộ nhiệm kỳ mới
Bệnh viện Quân y 103 tổ chức đại hội chi bộ nhiệm kỳ mới'
	check_out $'1.0\tlead\tHội nghị đã thống nhất các nội dung sau đây.\tHội nghị đã thống nhất các nội dung sau đây.'
}

@test "vn-meta: a short line with a caption's words after one blank line is a subheading; after two it is a caption" {
	run page $'Hội nghị đã đánh giá kết quả công tác năm 2023.\n\nPhát biểu tại hội nghị của Bí thư Tỉnh ủy\n
Bí thư Tỉnh ủy đề nghị các cấp ủy tiếp tục đổi mới.\n\n\nPhát biểu tại hội nghị của Bí thư Tỉnh ủy\n
Hội nghị bế mạc cùng ngày.'
	check_out $'1.0\tlead\tHội nghị đã đánh giá kết quả công tác năm 2023.\tHội nghị đã đánh giá kết quả công tác năm 2023.
8.0\tcaption\tPhát biểu tại hội nghị của Bí thư Tỉnh ủy\tPhát biểu tại hội nghị của Bí thư Tỉnh ủy'
}

@test "vn-meta: a name is the byline only after the last paragraph; a name a paragraph follows is body" {
	run page $'Hội nghị đã đánh giá kết quả công tác năm 2023.\nMinh Anh\nHội nghị bế mạc cùng ngày.\nThu Hà'
	check_out $'1.0\tlead\tHội nghị đã đánh giá kết quả công tác năm 2023.\tHội nghị đã đánh giá kết quả công tác năm 2023.
4.0\tauthor\tThu Hà\tThu Hà'
	run sh -c "printf '%s\n' 'Hội nghị đã đánh giá kết quả công tác năm 2023.' 'Minh Anh' 'Hội nghị bế mạc cùng ngày.' 'Thu Hà' | vn-meta -b | cut -f2-"
	check_out $'1.0\tHội nghị đã đánh giá kết quả công tác năm 2023.\n2.0\tMinh Anh\n3.0\tHội nghị bế mạc cùng ngày.'
}

@test "vn-meta: 'Theo đó', 'Theo báo cáo', 'Nguồn vốn', 'Bài 1:' and 'Trong ảnh:' are no bylines, sources or credits" {
	run page $'Hội nghị đã đánh giá kết quả công tác năm 2023.
Theo đó, năm 2024 tỉnh phấn đấu kết nạp 1.500 đảng viên.
Nguồn vốn cho các chương trình được bảo đảm.
Bài 1: Những kết quả nổi bật
Theo báo cáo của Ban Tổ chức'
	check_out $'1.0\tlead\tHội nghị đã đánh giá kết quả công tác năm 2023.\tHội nghị đã đánh giá kết quả công tác năm 2023.'
	run page $'Trong ảnh: Đồng chí Bí thư Tỉnh ủy\n\nHội nghị đã đánh giá kết quả công tác năm 2023.'
	check_out $'1.0\tcaption\tTrong ảnh: Đồng chí Bí thư Tỉnh ủy\tTrong ảnh: Đồng chí Bí thư Tỉnh ủy
3.0\tlead\tHội nghị đã đánh giá kết quả công tác năm 2023.\tHội nghị đã đánh giá kết quả công tác năm 2023.'
}

@test "vn-meta: a source table's 'Nguồn:' inside the body is body; at the end it is the page's source" {
	run page $'Hội nghị đã đánh giá kết quả công tác năm 2023.\nNguồn: Cục Thống kê tỉnh\nTổng sản phẩm tăng 7,2%.\nNguồn: TTXVN'
	check_out $'1.0\tlead\tHội nghị đã đánh giá kết quả công tác năm 2023.\tHội nghị đã đánh giá kết quả công tác năm 2023.
4.0\tsource\tTTXVN\tNguồn: TTXVN'
}

@test "vn-meta: a source lead-in opens one of the first paragraphs only" {
	run page $'Hội nghị khai mạc sáng nay.\nHội nghị có 300 đại biểu.\nHội nghị thảo luận ba nội dung.\n(Baonghean.vn) - Hội nghị bế mạc chiều nay.'
	check_out $'1.0\tlead\tHội nghị khai mạc sáng nay.\tHội nghị khai mạc sáng nay.'
}

@test "vn-meta: credits: several photographers, an agency alone, a name with its agency in brackets" {
	run page $'Hội nghị đã đánh giá kết quả công tác năm 2023.
Các đại biểu dự hội nghị. Ảnh: Hữu Thắng, Minh Anh
Quang cảnh hội nghị (Ảnh: TTXVN)
Đại biểu biểu quyết. Ảnh: Quang Minh (TTXVN)
Hội nghị bế mạc cùng ngày.'
	check_out $'1.0\tlead\tHội nghị đã đánh giá kết quả công tác năm 2023.\tHội nghị đã đánh giá kết quả công tác năm 2023.
2.0\tcaption\tCác đại biểu dự hội nghị.\tCác đại biểu dự hội nghị. Ảnh: Hữu Thắng, Minh Anh
2.0\tcredit\tHữu Thắng\tẢnh: Hữu Thắng, Minh Anh
2.0\tcredit\tMinh Anh\tẢnh: Hữu Thắng, Minh Anh
3.0\tcaption\tQuang cảnh hội nghị\tQuang cảnh hội nghị (Ảnh: TTXVN)
3.0\tcredit\tTTXVN\tẢnh: TTXVN
4.0\tcaption\tĐại biểu biểu quyết.\tĐại biểu biểu quyết. Ảnh: Quang Minh (TTXVN)
4.0\tcredit\tQuang Minh\tẢnh: Quang Minh (TTXVN)'
}

# ---- inputs, options, limits ----

@test "vn-meta: -l documents: each its own page, DOC its ID" {
	run vn-meta -l <<< $'a1\tTiêu đề thứ nhất về xây dựng Đảng\\n\\nTTXVN - Hội nghị khai mạc.\\nHằng Nga
a2\tNDO - Hội nghị bế mạc.\\nẢnh: Mai Hoa'
	check_out $'a1\t1.0\ttitle\tTiêu đề thứ nhất về xây dựng Đảng\tTiêu đề thứ nhất về xây dựng Đảng
a1\t3.0\tsource\tTTXVN\tTTXVN -
a1\t3.0\tlead\tHội nghị khai mạc.\tTTXVN - Hội nghị khai mạc.
a1\t4.0\tauthor\tHằng Nga\tHằng Nga
a2\t1.0\tsource\tNDO\tNDO -
a2\t1.0\tlead\tHội nghị bế mạc.\tNDO - Hội nghị bế mạc.
a2\t2.0\tcredit\tMai Hoa\tẢnh: Mai Hoa'
	run vn-meta -l -s <<< $'a1\tTiêu đề thứ nhất về xây dựng Đảng\\n\\nTTXVN - Hội nghị khai mạc.\\nHằng Nga\na2\t\na3\tNội dung.'
	check_out $'a1\tTiêu đề thứ nhất về xây dựng Đảng\t\tTTXVN\tHằng Nga\na2\t\t\t\t\na3\t\t\t\t'
}

@test "vn-meta: -j names the fields kind, value, text; -s -j title, published, source, author" {
	run vn-meta -j <<< 'Ảnh: Mai Hoa'
	check_out '{"doc":"-","loc":"1.0","line":1,"sentence":0,"kind":"credit","value":"Mai Hoa","text":"Ảnh: Mai Hoa"}'
	run vn-meta -s -j -d bai.txt <<< $'Cập nhật ngày: 26/07/2022 13:54:23\nĐTO - Hội nghị khai mạc.'
	check_out '{"doc":"bai.txt","title":"","published":"2022-07-26T13:54:23","source":"ĐTO","author":""}'
}

@test "vn-meta: -s: a source or author named twice is listed once; two are joined by '; '" {
	run vn-meta -s <<< $'TTXVN - Hội nghị khai mạc.\nHội nghị bế mạc.\nThu Hằng (TTXVN)\nTheo Báo Nhân Dân'
	check_out $'-\t\t\tTTXVN; Báo Nhân Dân\tThu Hằng'
}

@test "vn-meta: given a record stream it says what it cannot see, and exits 1" {
	run --separate-stderr sh -c "printf 'Tiêu đề\n\nTTXVN - Hội nghị.\n' | vn-clean | vn-meta"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "vn-meta: -: a record stream has lost the page's blank lines, chrome and repeated captions; give vn-meta the raw text or -l documents" ]
}

@test "vn-meta: -b and -s together are a usage error, exit 2" {
	run --separate-stderr vn-meta -b -s <<< 'Một'
	[ "$status" -eq 2 ]
	[ "${stderr%%$'\n'*}" = "vn-meta: -b and -s write different records: give one of them" ]
}

@test "vn-meta: a line over 64 KiB is body: -b writes it whole, the lines before it are decided first, and a name before it is no byline" {
	long=$(printf 'Hội nghị %.0s' $(seq 1 8000))
	run sh -c "printf '%s\n' 'TTXVN - Hội nghị khai mạc.' 'Minh Anh' '$long.' 'Thu Hà' | vn-meta | cut -f2-4"
	check_out $'1.0\tsource\tTTXVN\n1.0\tlead\tHội nghị khai mạc.\n4.0\tauthor\tThu Hà'
	run sh -c "printf '%s\n' 'TTXVN - Hội nghị khai mạc.' 'Minh Anh' '$long.' 'Thu Hà' | vn-meta -b | cut -f2 | tr '\n' ' '"
	check_out '1.0 2.0 3.0 '
	run sh -c "printf '%s\n' 'TTXVN - Hội nghị khai mạc.' '$long.' | vn-meta -b | sed -n 2p | cut -f3 | wc -c"
	check_out $(( ${#long} + 2 ))
}

@test "vn-meta: a page of thousands of short lines is read in bounded memory, each line decided once" {
	run sh -c "yes 'Hằng Nga' | head -n 5000 | vn-meta -b | wc -l"
	check_out 5000
	run sh -c "{ echo 'Hội nghị khai mạc.'; yes 'Thủ tướng phát biểu tại hội nghị. Ảnh: Nhật Bắc' | head -n 3000; } | vn-meta | cut -f3 | sort | uniq -c | tr -s ' '"
	check_out $' 3000 caption\n 3000 credit\n 1 lead'
}

@test "vn-meta: the title is the first line long enough not to be a section's, even before a longer line" {
	run page $'Thời sự\nBí thư Tỉnh ủy làm việc với Ban Tổ chức Tỉnh ủy\nNăm nhóm nhiệm vụ trọng tâm về công tác tổ chức xây dựng Đảng của tỉnh trong năm 2024 và những năm tiếp theo\n
Chiều 12/1, Bí thư Tỉnh ủy làm việc với Ban Tổ chức Tỉnh ủy.'
	check_out $'1.0\tsection\tThời sự\tThời sự
2.0\ttitle\tBí thư Tỉnh ủy làm việc với Ban Tổ chức Tỉnh ủy\tBí thư Tỉnh ủy làm việc với Ban Tổ chức Tỉnh ủy
5.0\tlead\tChiều 12/1, Bí thư Tỉnh ủy làm việc với Ban Tổ chức Tỉnh ủy.\tChiều 12/1, Bí thư Tỉnh ủy làm việc với Ban Tổ chức Tỉnh ủy.'
}

@test "vn-meta: a journal's byline with a title, 'PGS, TS NGUYỄN VĂN AN', a source in brackets, '(Theo VOV)'" {
	run page $'Bài viết nghiên cứu về công tác xây dựng Đảng ở cơ sở.\nPGS, TS NGUYỄN VĂN AN'
	check_out $'1.0\tlead\tBài viết nghiên cứu về công tác xây dựng Đảng ở cơ sở.\tBài viết nghiên cứu về công tác xây dựng Đảng ở cơ sở.
2.0\tauthor\tNguyễn Văn An\tPGS, TS NGUYỄN VĂN AN'
	run page $'Hội nghị khai mạc sáng nay.\nĐại tá Nguyễn Văn Hùng\n(Theo VOV)'
	check_out $'1.0\tlead\tHội nghị khai mạc sáng nay.\tHội nghị khai mạc sáng nay.
2.0\tauthor\tNguyễn Văn Hùng\tĐại tá Nguyễn Văn Hùng
3.0\tsource\tVOV\t(Theo VOV)'
}

@test "vn-meta: '(Ảnh minh họa)' at the end of a line makes it a caption, and names no photographer" {
	run page $'Hội nghị khai mạc sáng nay.\nCác đại biểu dự hội nghị (Ảnh minh họa)\nHội nghị bế mạc chiều nay.'
	check_out $'1.0\tlead\tHội nghị khai mạc sáng nay.\tHội nghị khai mạc sáng nay.
2.0\tcaption\tCác đại biểu dự hội nghị (Ảnh minh họa)\tCác đại biểu dự hội nghị (Ảnh minh họa)'
}

@test "vn-meta: a national paper with the author over the stamp, '(Dân trí) -', a credit in brackets, links in the body, the byline again" {
	run page $'Chính trị\nBan Bí thư làm việc với Ban Thường vụ Tỉnh ủy về công tác cán bộ\nThế Kha\nThứ sáu, 12/01/2024 - 16:05\n
(Dân trí) - Chiều 12/1, Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy về công tác cán bộ.\n
Toàn cảnh buổi làm việc (Ảnh: Thế Kha).\n
Tin liên quan\nBan Bí thư làm việc với Tỉnh ủy Bắc Ninh\n
Đồng chí Thường trực Ban Bí thư đề nghị tỉnh xây dựng đội ngũ cán bộ.\n
Thế Kha'
	check_out $'1.0\tsection\tChính trị\tChính trị
2.0\ttitle\tBan Bí thư làm việc với Ban Thường vụ Tỉnh ủy về công tác cán bộ\tBan Bí thư làm việc với Ban Thường vụ Tỉnh ủy về công tác cán bộ
3.0\tauthor\tThế Kha\tThế Kha
4.0\tpublished\t2024-01-12T16:05\tThứ sáu, 12/01/2024 - 16:05
6.0\tsource\tDân trí\t(Dân trí) -
6.0\tlead\tChiều 12/1, Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy về công tác cán bộ.\t(Dân trí) - Chiều 12/1, Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy về công tác cán bộ.
8.0\tcaption\tToàn cảnh buổi làm việc\tToàn cảnh buổi làm việc (Ảnh: Thế Kha).
8.0\tcredit\tThế Kha\tẢnh: Thế Kha
10.0\tboilerplate\trelated\tTin liên quan
11.0\tboilerplate\trelated\tBan Bí thư làm việc với Tỉnh ủy Bắc Ninh
15.0\tauthor\tThế Kha\tThế Kha'
}

@test "vn-meta: a paper that prints 'ẢNH: NHẬT BẮC' in capitals straight after the caption, and no lead-in" {
	run page $'Thời sự\nThủ tướng: Không để tình trạng trên nóng dưới lạnh trong công tác cán bộ\nTRẦN KHA\n12/01/2024 16:05 GMT+7
Sáng 12/1, Thủ tướng chủ trì hội nghị tổng kết công tác năm 2023 của Đảng ủy Chính phủ.
Thủ tướng phát biểu tại hội nghị ẢNH: NHẬT BẮC
Thủ tướng đề nghị các bộ, ngành tiếp tục sắp xếp tổ chức bộ máy.'
	check_out $'1.0\tsection\tThời sự\tThời sự
2.0\ttitle\tThủ tướng: Không để tình trạng trên nóng dưới lạnh trong công tác cán bộ\tThủ tướng: Không để tình trạng trên nóng dưới lạnh trong công tác cán bộ
3.0\tauthor\tTrần Kha\tTRẦN KHA
4.0\tpublished\t2024-01-12T16:05\t12/01/2024 16:05 GMT+7
5.0\tlead\tSáng 12/1, Thủ tướng chủ trì hội nghị tổng kết công tác năm 2023 của Đảng ủy Chính phủ.\tSáng 12/1, Thủ tướng chủ trì hội nghị tổng kết công tác năm 2023 của Đảng ủy Chính phủ.
6.0\tcaption\tThủ tướng phát biểu tại hội nghị\tThủ tướng phát biểu tại hội nghị ẢNH: NHẬT BẮC
6.0\tcredit\tNhật Bắc\tẢNH: NHẬT BẮC'
}

@test "vn-meta: a wire's own site: '(TTXVN/Vietnam+) -' opening the lead and alone in brackets at the end" {
	run page $'Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024\nCập nhật: 12/01/2024 16:05
(TTXVN/Vietnam+) - Chiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.
Quang cảnh hội nghị. (Ảnh: Phương Hoa/TTXVN)
Năm 2023, ngành tổ chức xây dựng Đảng đã hoàn thành các nhiệm vụ.
(TTXVN/Vietnam+)'
	check_out $'1.0\ttitle\tBan Tổ chức Trung ương triển khai nhiệm vụ năm 2024\tBan Tổ chức Trung ương triển khai nhiệm vụ năm 2024
2.0\tpublished\t2024-01-12T16:05\tCập nhật: 12/01/2024 16:05
3.0\tsource\tTTXVN/Vietnam+\t(TTXVN/Vietnam+) -
3.0\tlead\tChiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.\t(TTXVN/Vietnam+) - Chiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.
4.0\tcaption\tQuang cảnh hội nghị.\tQuang cảnh hội nghị. (Ảnh: Phương Hoa/TTXVN)
4.0\tcredit\tPhương Hoa\tẢnh: Phương Hoa/TTXVN
6.0\tsource\tTTXVN/Vietnam+\t(TTXVN/Vietnam+)'
}

@test "vn-meta: a dateline with its day, 'Hà Nội, 12/1 (TTXVN) -'; on a page double-spaced throughout a short line after two blank lines is no caption" {
	run page $'Hà Nội, 12/1 (TTXVN) - Chiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.'
	check_out $'1.0\tsource\tTTXVN\tHà Nội, 12/1 (TTXVN) -
1.0\tlead\tChiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.\tHà Nội, 12/1 (TTXVN) - Chiều 12/1, Ban Tổ chức Trung ương triển khai nhiệm vụ năm 2024.'
	run page $'Hội nghị khai mạc sáng nay.\n\n\nHội nghị có 300 đại biểu tham dự.\n\n\nPhát biểu tại hội nghị của Bí thư Tỉnh ủy\n\n\nHội nghị bế mạc.'
	check_out $'1.0\tlead\tHội nghị khai mạc sáng nay.\tHội nghị khai mạc sáng nay.'
}

@test "vn-meta: 'Ảnh minh họa: ubkttw.vn' is a credit, and 'Theo ubkttw.vn' after the links of 'Tin liên quan' is the source" {
	run page $'Thứ Năm, 04/01/2024 | 14:02\nKỷ luật cảnh cáo nguyên Bí thư Huyện ủy
(ĐCSVN) - Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật đối với nguyên Bí thư Huyện ủy.\n
Ủy ban Kiểm tra Trung ương họp kỳ thứ 32. (Ảnh minh họa: ubkttw.vn)\n
Kỳ họp xem xét kết quả kiểm tra khi có dấu hiệu vi phạm.\n
Tin liên quan\nKỷ luật nhiều cán bộ vi phạm\nTheo ubkttw.vn'
	check_out $'1.0\tpublished\t2024-01-04T14:02\tThứ Năm, 04/01/2024 | 14:02
2.0\ttitle\tKỷ luật cảnh cáo nguyên Bí thư Huyện ủy\tKỷ luật cảnh cáo nguyên Bí thư Huyện ủy
3.0\tsource\tĐCSVN\t(ĐCSVN) -
3.0\tlead\tỦy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật đối với nguyên Bí thư Huyện ủy.\t(ĐCSVN) - Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật đối với nguyên Bí thư Huyện ủy.
5.0\tcaption\tỦy ban Kiểm tra Trung ương họp kỳ thứ 32.\tỦy ban Kiểm tra Trung ương họp kỳ thứ 32. (Ảnh minh họa: ubkttw.vn)
5.0\tcredit\tubkttw.vn\tẢnh minh họa: ubkttw.vn
9.0\tboilerplate\trelated\tTin liên quan
10.0\tboilerplate\trelated\tKỷ luật nhiều cán bộ vi phạm
11.0\tsource\tubkttw.vn\tTheo ubkttw.vn'
}

@test "vn-meta: 'Quang cảnh hội nghị' on a line of its own is a caption even with no blank line around it; 'Toàn cảnh kinh tế ...' in a sentence is not" {
	run page $'Chiều 3/4, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 12.
Quang cảnh hội nghị
Toàn cảnh kinh tế của huyện năm 2023 cho thấy nhiều chuyển biến tích cực.'
	check_out $'1.0\tlead\tChiều 3/4, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 12.\tChiều 3/4, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 12.
2.0\tcaption\tQuang cảnh hội nghị\tQuang cảnh hội nghị'
}

@test "vn-meta: a dateline in the header, after the place it was written in, is the stamp ('Hà Nam, ngày 8/11/2025'); in the body it is none" {
	run page $'Lễ trao Huy hiệu Đảng đợt 7/11 tại Đảng bộ phường Ba Đình
Hà Nam, ngày 8/11/2025
Sáng 7/11, Đảng ủy phường Ba Đình tổ chức lễ trao Huy hiệu Đảng cho 45 đảng viên.
Bắc Ninh, ngày 9/11/2025'
	check_out $'1.0\ttitle\tLễ trao Huy hiệu Đảng đợt 7/11 tại Đảng bộ phường Ba Đình\tLễ trao Huy hiệu Đảng đợt 7/11 tại Đảng bộ phường Ba Đình
2.0\tpublished\t2025-11-08\tHà Nam, ngày 8/11/2025
3.0\tlead\tSáng 7/11, Đảng ủy phường Ba Đình tổ chức lễ trao Huy hiệu Đảng cho 45 đảng viên.\tSáng 7/11, Đảng ủy phường Ba Đình tổ chức lễ trao Huy hiệu Đảng cho 45 đảng viên.'
}

@test "vn-meta: a stamp in yyyy-mm-dd is the page's published time" {
	run vn-meta -d bài <<< $'Tỉnh ủy tổng kết công tác năm 2025\n2025-12-19 16:45\nChiều 18/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.'
	check_out $'bài\t1.0\ttitle\tTỉnh ủy tổng kết công tác năm 2025\tTỉnh ủy tổng kết công tác năm 2025\nbài\t2.0\tpublished\t2025-12-19T16:45\t2025-12-19 16:45\nbài\t3.0\tlead\tChiều 18/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.\tChiều 18/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.'
}

@test "vn-meta: a paper's name alone after the last paragraph is the source, as written ('BÁO HÀ TĨNH', 'Báo Nhân Dân'); a title of a paper's doings is none ('Báo Hà Tĩnh trao giải')" {
	run page $'Huyện ủy tổng kết công tác năm 2025\n\nSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\n\nBÁO HÀ TĨNH'
	check_out $'1.0\ttitle\tHuyện ủy tổng kết công tác năm 2025\tHuyện ủy tổng kết công tác năm 2025
3.0\tlead\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.
5.0\tsource\tBÁO HÀ TĨNH\tBÁO HÀ TĨNH'
	run page $'Báo Hà Tĩnh trao giải\n\nSáng 6/1, Báo Hà Tĩnh trao giải cuộc thi viết về Đảng.\n\nBáo Nhân Dân'
	check_out $'1.0\ttitle\tBáo Hà Tĩnh trao giải\tBáo Hà Tĩnh trao giải
3.0\tlead\tSáng 6/1, Báo Hà Tĩnh trao giải cuộc thi viết về Đảng.\tSáng 6/1, Báo Hà Tĩnh trao giải cuộc thi viết về Đảng.
5.0\tsource\tBáo Nhân Dân\tBáo Nhân Dân'
}

@test "vn-meta: a writer's initials alone after the last paragraph are the author, as written ('Đ.T', 'N.V.A.'); a place's short name is none ('TP.HCM')" {
	run page $'Huyện ủy tổng kết công tác năm 2025\n\nSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\n\nĐ.T'
	check_out $'1.0\ttitle\tHuyện ủy tổng kết công tác năm 2025\tHuyện ủy tổng kết công tác năm 2025
3.0\tlead\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2025.
5.0\tauthor\tĐ.T\tĐ.T'
	run sh -c "printf '%s\n' 'Sáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.' '' 'N.V.A.' | vn-meta | cut -f3-"
	check_out $'lead\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.\nauthor\tN.V.A\tN.V.A.'
	run sh -c "printf '%s\n' 'Sáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.' '' 'TP.HCM' | vn-meta | cut -f3"
	check_out 'lead'
}

@test "vn-meta: a body that signs alone after the last paragraph is the source ('Văn phòng Đảng ủy xã', 'Ban Tuyên giáo Huyện ủy'); a sentence that begins with one is none" {
	run sh -c "printf '%s\n' 'Sáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.' '' 'Ban Tuyên giáo Huyện ủy' | vn-meta | cut -f3,4"
	check_out $'lead\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.\nsource\tBan Tuyên giáo Huyện ủy'
	run sh -c "printf '%s\n' 'Sáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.' '' 'Văn phòng Đảng ủy xã' | vn-meta | cut -f3,4"
	check_out $'lead\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.\nsource\tVăn phòng Đảng ủy xã'
	run sh -c "printf '%s\n' 'Sáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.' '' 'Ban Tổ chức Tỉnh ủy phát biểu' | vn-meta | cut -f3"
	check_out 'lead'
}

@test "vn-meta: a byline's note of what its writer did is no source ('Hoàng Anh (thực hiện)'); an interviewer's short last turn is prose, so the byline after it is one ('PV: Xin cảm ơn đồng chí!')" {
	run sh -c "printf '%s\n' 'Sáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.' '' 'PV: Xin cảm ơn đồng chí!' '' 'Hoàng Anh (thực hiện)' | vn-meta | cut -f3,4"
	check_out $'lead\tSáng 6/1, Huyện ủy tổ chức hội nghị tổng kết.\nauthor\tHoàng Anh'
}

@test "vn-meta published: a zone in square brackets ends a stamp line as one in round ones does ('Thứ bảy, 27/12/2025, 16:32 [GMT+7]', '[27/12/2025]')" {
	run page $'Hội nghị tổng kết công tác Đảng năm 2025\nThứ bảy, 27/12/2025, 16:32 [GMT+7]\nChiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.'
	check_out $'1.0\ttitle\tHội nghị tổng kết công tác Đảng năm 2025\tHội nghị tổng kết công tác Đảng năm 2025
2.0\tpublished\t2025-12-27T16:32\tThứ bảy, 27/12/2025, 16:32 [GMT+7]
3.0\tlead\tChiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.\tChiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.'
	run page $'Hội nghị tổng kết công tác Đảng năm 2025\n[27/12/2025]\nChiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết.'
	check_out $'1.0\ttitle\tHội nghị tổng kết công tác Đảng năm 2025\tHội nghị tổng kết công tác Đảng năm 2025
2.0\tpublished\t2025-12-27\t[27/12/2025]
3.0\tlead\tChiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết.\tChiều 26-12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết.'
}

@test "vn-meta author: a byline labelled 'Ghi chép:' is one anywhere, as 'Bài:' is" {
	run page $'Một ngày ở xã vùng cao\nGhi chép: Minh Anh\nSáng sớm, sương còn phủ kín các bản làng.'
	check_out $'1.0\ttitle\tMột ngày ở xã vùng cao\tMột ngày ở xã vùng cao
2.0\tauthor\tMinh Anh\tGhi chép: Minh Anh
3.0\tlead\tSáng sớm, sương còn phủ kín các bản làng.\tSáng sớm, sương còn phủ kín các bản làng.'
}

@test "vn-meta: a paper's or a station's name of capitalised words before the dash of a lead-in is its source ('Báo Bắc Kạn - Sáng ...', 'Đài PT-TH Cà Mau - ...'); not a sentence about a paper ('Báo Nhân Dân - cơ quan ngôn luận ...')" {
	run page $'Báo Bắc Kạn - Sáng 4/3, Huyện ủy Na Rì tổ chức hội nghị.'
	check_out $'1.0\tsource\tBáo Bắc Kạn\tBáo Bắc Kạn -
1.0\tlead\tSáng 4/3, Huyện ủy Na Rì tổ chức hội nghị.\tBáo Bắc Kạn - Sáng 4/3, Huyện ủy Na Rì tổ chức hội nghị.'
	run page $'Đài PT-TH Cà Mau - Chiều 2/6, Tỉnh ủy tổ chức hội nghị.'
	check_out $'1.0\tsource\tĐài PT-TH Cà Mau\tĐài PT-TH Cà Mau -
1.0\tlead\tChiều 2/6, Tỉnh ủy tổ chức hội nghị.\tĐài PT-TH Cà Mau - Chiều 2/6, Tỉnh ủy tổ chức hội nghị.'
	run page $'Báo Nhân Dân - cơ quan ngôn luận của Đảng, ra số đầu năm 1951.'
	check_out $'1.0\tlead\tBáo Nhân Dân - cơ quan ngôn luận của Đảng, ra số đầu năm 1951.\tBáo Nhân Dân - cơ quan ngôn luận của Đảng, ra số đầu năm 1951.'
}
