#!/usr/bin/env bats
# vn-date: dates, times, periods and durations, their values, and the document anchor.

load helper
bats_require_minimum_version 1.5.0

# The KIND, VALUE, TEXT and ANCHOR of each finding in one line of text.
dates() { printf '%s\n' "$1" | vn-date "${@:2}" | cut -f3-; }

@test "vn-date: 'Sáng ngày 16/7/2021' is time 2021-07-16TMO" {
	run dates "Sáng ngày 16/7/2021, Ban Thường vụ Tỉnh ủy tổ chức hội nghị."
	check_out $'time\t2021-07-16TMO\tSáng ngày 16/7/2021\ttext'
}

@test "vn-date: 'giai đoạn 2016 - 2020' is interval 2016/2020" {
	run dates "xây dựng tổ chức Đảng trong sạch, vững mạnh giai đoạn 2016 - 2020."
	check_out $'interval\t2016/2020\tgiai đoạn 2016 - 2020\ttext'
}

@test "vn-date: 'Sáng 25/12' is XXXX-12-25TMO" {
	run dates "Sáng 25/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị."
	check_out $'time\tXXXX-12-25TMO\tSáng 25/12\t-'
}

@test "vn-date: 'chiều 18-1' is XXXX-01-18TAF" {
	run dates "Đảng ủy Khối các cơ quan tỉnh tổ chức chiều 18-1."
	check_out $'time\tXXXX-01-18TAF\tchiều 18-1\t-'
}

@test "vn-date: '6 tháng đầu năm 2022' is 2022-H1, '6 tháng cuối năm' 2022-H2" {
	run dates "nhiệm vụ 6 tháng đầu năm 2022 và 6 tháng cuối năm 2022."
	check_out $'date\t2022-H1\t6 tháng đầu năm 2022\ttext
date\t2022-H2\t6 tháng cuối năm 2022\ttext'
}

@test "vn-date: '9 tháng đầu năm 2022' is the interval 2022-01/2022-09, '3 tháng cuối năm' XXXX-Q4" {
	run dates "Kết quả 9 tháng đầu năm 2022 và 3 tháng cuối năm."
	check_out $'interval\t2022-01/2022-09\t9 tháng đầu năm 2022\ttext
date\tXXXX-Q4\t3 tháng cuối năm\t-'
}

@test "vn-date: 'Tính đến ngày 30/6/2022' is date 2022-06-30" {
	run dates "Tính đến ngày 30/6/2022, tỉnh đã kết nạp mới 934 đảng viên (đạt 71,85%)."
	check_out $'date\t2022-06-30\tngày 30/6/2022\ttext'
}

@test "vn-date: 'Chỉ thị số 28 ngày 21/01/2019' is 2019-01-21 and nothing from 'số 28'" {
	run dates "theo tinh thần Chỉ thị số 28 ngày 21/01/2019 của Ban Bí thư."
	check_out $'date\t2019-01-21\tngày 21/01/2019\ttext'
}

@test "vn-date: d/m/yyyy, d-m-yyyy and d.m.yyyy are dates" {
	run dates "Hạn chót là 16/7/2021, 16-7-2021 hay 16.07.2021."
	check_out $'date\t2021-07-16\t16/7/2021\ttext
date\t2021-07-16\t16-7-2021\ttext
date\t2021-07-16\t16.07.2021\ttext'
}

@test "vn-date: 'Ngày 7/3' alone is XXXX-03-07" {
	run dates "TTXVN - Ngày 7/3, Tỉnh ủy Bắc Giang tổ chức hội nghị."
	check_out $'date\tXXXX-03-07\tNgày 7/3\t-'
}

@test "vn-date: 'ngày 12 tháng 4 năm 2021' and 'ngày 30 tháng 4' are dates" {
	run dates "Ký ngày 12 tháng 4 năm 2021, có hiệu lực từ ngày 30 tháng 4."
	check_out $'date\t2021-04-12\tngày 12 tháng 4 năm 2021\ttext
date\t2021-04-30\tngày 30 tháng 4\tdoc'
}

@test "vn-date: 'tháng 1-2004', 'tháng 8 – 2003' and 'Tháng 3.2020' are months; '– 2.000' after a month is no year" {
	run dates "Tháng 1-2004 có mưa, tháng 8 – 2003 có bão, Tháng 3.2020 có dịch; trong tháng 9 – 2.000 người đến."
	check_out $'date\t2004-01\tTháng 1-2004\ttext
date\t2003-08\ttháng 8 – 2003\ttext
date\t2020-03\tTháng 3.2020\ttext
date\tXXXX-09\ttháng 9\t-'
}

@test "vn-date: a range's end without a year takes the start's, or the next when it wraps; a bare year's end keeps XXXX" {
	run dates "Từ tháng 11/2019 đến tháng 2 có mưa; từ tháng 11 đến tháng 2/2020 có gió; từ năm 1995 đến tháng 1 - 2004 có 5 người; từ năm 1995 đến tháng 1 có 6 người."
	check_out $'interval\t2019-11/2020-02\tTừ tháng 11/2019 đến tháng 2\ttext
interval\t2019-11/2020-02\ttừ tháng 11 đến tháng 2/2020\ttext
interval\t1995/2004-01\ttừ năm 1995 đến tháng 1 - 2004\ttext
interval\t1995/XXXX-01\ttừ năm 1995 đến tháng 1\t-'
}

@test "vn-date: 'tháng 12/2021' and 'tháng 9 năm 2022' are months" {
	run dates "Trong tháng 12/2021 và tháng 9 năm 2022."
	check_out $'date\t2021-12\ttháng 12/2021\ttext
date\t2022-09\ttháng 9 năm 2022\ttext'
}

@test "vn-date: 'năm 2019' is the year 2019" {
	run dates "Công tác xây dựng Đảng năm 2019."
	check_out $'date\t2019\tnăm 2019\ttext'
}

@test "vn-date: 'quý III/2023', 'quý 3 năm 2023' and 'quý IV' are quarters" {
	run dates "Trong quý III/2023, quý 3 năm 2023 và quý IV."
	check_out $'date\t2023-Q3\tquý III/2023\ttext
date\t2023-Q3\tquý 3 năm 2023\ttext
date\tXXXX-Q4\tquý IV\t-'
}

@test "vn-date: 'đầu năm 2022' and 'cuối năm' stand for the year" {
	run dates "Đầu năm 2022 và cuối năm, tỉnh đã làm tốt."
	check_out $'date\t2022\tĐầu năm 2022\ttext
date\tXXXX\tcuối năm\t-'
}

@test "vn-date: '13:54:23' after a date is its clock time" {
	run dates "Cập nhật ngày: 26/07/2022 13:54:23"
	check_out $'time\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext'
}

@test "vn-date: 'g' for giờ with the minutes: '15g30 ngày 11/8/2004', '7 g 20', '9 g 30 sáng'; '9 g đường' is grams" {
	run dates "15g30 ngày 11/8/2004, nước chảy; lúc 7 g 20, bà đến; 9 g 30 sáng có mưa; cho 9 g đường vào."
	check_out $'time\t2004-08-11T15:30\t15g30 ngày 11/8/2004\ttext
time\tXXXX-XX-XXT07:20\t7 g 20\t-
time\tXXXX-XX-XXT09:30\t9 g 30 sáng\t-'
}

@test "vn-date: '14h30 ngày 20/11/2022' and '14 giờ 30 phút ngày 20/11/2022' are 2022-11-20T14:30" {
	run dates "Lúc 14h30 ngày 20/11/2022, sau đó 14 giờ 30 phút ngày 20/11/2022."
	check_out $'time\t2022-11-20T14:30\t14h30 ngày 20/11/2022\ttext
time\t2022-11-20T14:30\t14 giờ 30 phút ngày 20/11/2022\ttext'
}

@test "vn-date: a part of the day after the clock moves the afternoon: '2 giờ chiều' is 14:00" {
	run dates "Họp lúc 8 giờ 30 phút sáng và 2 giờ chiều ngày 5/3/2023."
	check_out $'time\tXXXX-XX-XXT08:30\t8 giờ 30 phút sáng\t-
time\t2023-03-05T14:00\t2 giờ chiều ngày 5/3/2023\ttext'
}

@test "vn-date: '8 giờ' alone is no time" {
	run dates "Mỗi ngày làm 8 giờ."
	check_out ""
}

@test "vn-date: parts of the day are TMO TMI TAF TEV TNI" {
	run dates "Sáng 1/2, trưa 1/2, chiều 1/2, tối 1/2 và đêm 1/2."
	check_out $'time\tXXXX-02-01TMO\tSáng 1/2\t-
time\tXXXX-02-01TMI\ttrưa 1/2\t-
time\tXXXX-02-01TAF\tchiều 1/2\t-
time\tXXXX-02-01TEV\ttối 1/2\t-
time\tXXXX-02-01TNI\tđêm 1/2\t-'
}

@test "vn-date: weekday names stay in TEXT" {
	run dates "Thứ Hai, ngày 12/4/2021 và Chủ nhật 5/3; thứ 7 (ngày 2/4)."
	check_out $'date\t2021-04-12\tThứ Hai, ngày 12/4/2021\ttext
date\t2021-03-05\tChủ nhật 5/3\tdoc
date\t2021-04-02\tngày 2/4\tdoc'
}

@test "vn-date: 'âm lịch' is kept in TEXT and the date is not converted" {
	run dates "Lễ hội ngày 15/8 âm lịch và ngày 10/3 (âm lịch) hằng năm."
	check_out $'date\tXXXX-08-15\tngày 15/8 âm lịch\t-
date\tXXXX-03-10\tngày 10/3 (âm lịch)\t-'
}

@test "vn-date: '05 năm', '5 năm liền', '6 tháng', '10 ngày' are durations" {
	run dates "Sau 05 năm, 5 năm liền, 6 tháng và 10 ngày, 2 tuần."
	check_out $'duration\tP5Y\t05 năm\ttext
duration\tP5Y\t5 năm liền\ttext
duration\tP6M\t6 tháng\ttext
duration\tP10D\t10 ngày\ttext
duration\tP2W\t2 tuần\ttext'
}

@test "vn-date: 'Trong 10 năm qua' is P10Y" {
	run dates "Trong 10 năm qua, tỉnh đã làm tốt."
	check_out $'duration\tP10Y\tTrong 10 năm qua\ttext'
}

@test "vn-date: 'Trong năm,' and 'trong năm nay' are the year told of, XXXX until anchored" {
	run dates "Trong năm, có 98,6% tổ chức hoàn thành; trong năm nay và hằng năm, trong năm học."
	check_out $'date\tXXXX\tTrong năm\t-
date\tXXXX\ttrong năm nay\t-'
}

@test "vn-date: a bare 'Trong năm' is the year its paragraph named last; 'trong năm nay' and a paragraph with none take the anchor" {
	printf 'Ngày 26/7/2022, hội nghị diễn ra.\nNăm 2020, kết nạp 133 đảng viên. Trong năm, có 98,6%% tổ chức hoàn thành; trong năm nay cũng vậy.\nGiai đoạn 2016 - 2020, Trong năm, có 5 đảng viên.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run vn-date -d a "$BATS_TEST_TMPDIR/a.txt"
	check_out $'a\t1.1\tdate\t2022-07-26\tNgày 26/7/2022\ttext
a\t2.1\tdate\t2020\tNăm 2020\ttext
a\t2.2\tdate\t2020\tTrong năm\ttext
a\t2.2\tdate\t2022\ttrong năm nay\tdoc
a\t3.1\tinterval\t2016/2020\tGiai đoạn 2016 - 2020\ttext
a\t3.1\tdate\t2022\tTrong năm\tdoc'
}

@test "vn-date: 'nhiệm kỳ 2020-2025', '2015-2019' and '(2020 - 2023)' are intervals" {
	run dates "Đại hội nhiệm kỳ 2020-2025; tiêu biểu 2015-2019; trong 4 năm (2020 – 2023)."
	check_out $'interval\t2020/2025\tnhiệm kỳ 2020-2025\ttext
interval\t2015/2019\t2015-2019\ttext
duration\tP4Y\ttrong 4 năm\ttext
interval\t2020/2023\t2020 – 2023\ttext'
}

@test "vn-date: 'từ năm 2016 đến năm 2020' is 2016/2020, 'từ năm 2011 đến nay' 2011/PRESENT_REF" {
	run dates "Từ năm 2016 đến năm 2020 và từ năm 2011 đến nay, tới nay."
	check_out $'interval\t2016/2020\tTừ năm 2016 đến năm 2020\ttext
interval\t2011/PRESENT_REF\ttừ năm 2011 đến nay\ttext'
}

@test "vn-date: 'từ ngày 1/7 đến ngày 30/7/2022' gives both ends the year" {
	run dates "Đợt thi đua từ ngày 1/7 đến ngày 30/7/2022."
	check_out $'interval\t2022-07-01/2022-07-30\ttừ ngày 1/7 đến ngày 30/7/2022\ttext'
}

@test "vn-date: 'từ ngày 1/7/2022 đến ngày 30/7' and 'từ 2016 đến 2020' share or give the year" {
	run dates "Đợt một từ ngày 1/7/2022 đến ngày 30/7; đợt hai từ 2016 đến 2020."
	check_out $'interval\t2022-07-01/2022-07-30\ttừ ngày 1/7/2022 đến ngày 30/7\ttext
interval\t2016/2020\ttừ 2016 đến 2020\ttext'
}

@test "vn-date: a number after 'số' or 'thứ' is no duration" {
	run dates "Nghị quyết số 21 năm 2021 và Đại hội lần thứ 5 năm 2020."
	check_out $'date\t2021\tnăm 2021\ttext
date\t2020\tnăm 2020\ttext'
}

@test "vn-date: document symbols are not dates" {
	run dates "Chỉ thị số 05-CT/TW, Quyết định số 123/QĐ-UBND, Kết luận số 28, Nghị định 91/2017/NĐ-CP."
	check_out ""
}

@test "vn-date: ratios and fractions are not dates" {
	run dates "có 1.793/2.900 chi bộ, 12/15 xã và 2/3 số đại biểu tán thành."
	check_out ""
}

@test "vn-date: percentages and decimals are not dates" {
	run dates "Có 98,35% đảng viên, đạt 61,85 và 1,5 lần."
	check_out ""
}

@test "vn-date: Roman numerals of congresses and 'Hội nghị Trung ương 4' are not dates" {
	run dates "Đại hội XVII, khóa XIII, Hội nghị Trung ương 4 và lần thứ 5."
	check_out ""
}

@test "vn-date: a bare d/m needs a context: 'đến ngày', 'trước ngày', 'vào ngày'" {
	run dates "Đến ngày 20/7, trước ngày 31/8 và vào ngày 28/9 tới, còn 3/4 thì không."
	check_out $'date\tXXXX-07-20\tngày 20/7\t-
date\tXXXX-08-31\tngày 31/8\t-
date\tXXXX-09-28\tngày 28/9\t-'
}

@test "vn-date: a sentence-initial d/m followed by a comma is a dateline" {
	run dates "26/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị."
	check_out $'date\tXXXX-07-26\t26/7\t-'
}

@test "vn-date: a day the month does not have is no date" {
	run dates "Sáng 31/4 và ngày 30/2/2021, ngày 29/2/2023; ngày 29/2/2024 thì có."
	check_out $'date\t2024-02-29\tngày 29/2/2024\ttext'
}

@test "vn-date: 'sáng tạo' and 'tháng năm' alone are not dates" {
	run dates "Cách làm mới, sáng tạo trong tháng năm qua."
	check_out ""
}

@test "vn-date: the publication stamp anchors the document's partial dates (ANCHOR doc)" {
	run vn-date "$FIX/vn-date/dongthap.txt"
	check_out "$FIX/vn-date/dongthap.txt	3.1	time	2022-07-26T13:54:23	ngày: 26/07/2022 13:54:23	text
$FIX/vn-date/dongthap.txt	5.1	date	2022-07-26	Ngày 26/7	doc
$FIX/vn-date/dongthap.txt	5.1	date	2022-H1	6 tháng đầu năm	doc
$FIX/vn-date/dongthap.txt	5.1	date	2022-H2	6 tháng cuối năm 2022	text
$FIX/vn-date/dongthap.txt	7.1	interval	2022/2025	nhiệm kỳ 2022 - 2025	text
$FIX/vn-date/dongthap.txt	7.2	date	2022-06-30	ngày 30/6/2022	text
$FIX/vn-date/dongthap.txt	7.2	date	2022	năm 2022	text
$FIX/vn-date/dongthap.txt	7.2	date	2022-07-20	ngày 20/7/2022	text
$FIX/vn-date/dongthap.txt	7.2	date	2022-08-31	ngày 31/8/2022	text
$FIX/vn-date/dongthap.txt	9.2	date	2019-01-21	ngày 21/01/2019	text
$FIX/vn-date/dongthap.txt	9.2	date	2021-04-12	ngày 12/4/2021	text"
}

@test "vn-date: a partial date before the stamp is held back and anchored too" {
	run dates $'Họp sáng 25/7.\nCập nhật ngày: 26/07/2022 13:54:23\nNgày 2/8 họp tiếp.'
	check_out $'time\t2022-07-25TMO\tsáng 25/7\tdoc
time\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext
date\t2022-08-02\tNgày 2/8\tdoc'
}

@test "vn-date: the stamp outranks --ref" {
	run dates $'Cập nhật ngày: 26/07/2022 13:54:23\nNgày 7/3 họp.' -r 2019-05-01
	check_out $'time\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext
date\t2022-03-07\tNgày 7/3\tdoc'
}

@test "vn-date: a full date deep in the text is no stamp" {
	printf 'a\nb\nc\nd\ne\nf\ng\nh\ni\nNgày 7/3 họp.\nTheo Quyết định ngày 1/2/2020.\nSáng 9/3 xong.\n' > "$BATS_TEST_TMPDIR/deep"
	run sh -c "vn-date '$BATS_TEST_TMPDIR/deep' | cut -f3-"
	check_out $'date\tXXXX-03-07\tNgày 7/3\t-
date\t2020-02-01\tngày 1/2/2020\ttext
time\tXXXX-03-09TMO\tSáng 9/3\t-'
}

@test "vn-date: --ref gives the year nearest before, or shortly after, the reference (ANCHOR ref)" {
	run dates "Ngày 7/3, sáng 25/12 và vào ngày 28/9 tới, quý 2." -r 2022-08-01
	check_out $'date\t2022-03-07\tNgày 7/3\tref
time\t2021-12-25TMO\tsáng 25/12\tref
date\t2022-09-28\tngày 28/9\tref
date\t2022-Q2\tquý 2\tref'
	run dates "Sáng 5/1 họp." --ref=2022-12-20
	check_out $'time\t2023-01-05TMO\tSáng 5/1\tref'
	run dates "Sáng 5/1 họp." --ref 2022-12-20
	check_out $'time\t2023-01-05TMO\tSáng 5/1\tref'
}

@test "vn-date: a clock time without a day keeps XXXX even with --ref" {
	run dates "Lúc 14h30 họp." -r 2022-08-01
	check_out $'time\tXXXX-XX-XXT14:30\t14h30\t-'
}

@test "vn-date: a bad --ref is a usage error, exit 2, with the usage line and 'Try --help'" {
	run --separate-stderr vn-date -r 2022-13-01 /dev/null
	[ "$status" -eq 2 ]
	[ "$stderr" = "vn-date: bad reference date '2022-13-01': use YYYY-MM-DD
usage: vn-date [-Hjlq] [-d name] [-r YYYY-MM-DD] [file ...]
Try 'vn-date --help' for more information." ]
	run --separate-stderr vn-date --ref=yesterday /dev/null
	[ "$status" -eq 2 ]
	[ "${stderr%%$'\n'*}" = "vn-date: bad reference date 'yesterday': use YYYY-MM-DD" ]
}

@test "vn-date: --ref must be a calendar date: '+202-01-01', ' 202-01-01', '2021-02-31', '0001-01-01' are refused" {
	for ref in '+202-01-01' ' 202-01-01' '2021-02-31' '0001-01-01' '2023-02-29' '2022-1-01' '2022-01-01 ' '2022-01-011' '999-01-01'; do
		run --separate-stderr vn-date -r "$ref" /dev/null
		[ "$status" -eq 2 ] || { echo "accepted: '$ref'"; return 1; }
		[ "${stderr%%$'\n'*}" = "vn-date: bad reference date '$ref': use YYYY-MM-DD" ]
	done
}

@test "vn-date: --ref takes the years 1000 to 9999 and 29 February of a leap year" {
	run dates "Sáng 1/3 họp." -r 2024-02-29
	check_out $'time\t2024-03-01TMO\tSáng 1/3\tref'
	run dates "Sáng 1/3 họp." -r 1000-06-01
	check_out $'time\t1000-03-01TMO\tSáng 1/3\tref'
	run dates "Sáng 5/1 họp." -r 9999-12-31
	check_out $'time\t9999-01-05TMO\tSáng 5/1\tref'
}

@test "vn-date: the seed excerpts, whole" {
	cd "$FIX/vn-date"
	run vn-date -r 2021-12-31 baonghean.txt khoicoquan.txt quangninh.txt ttxvn.txt
	check_out "baonghean.txt	3.1	time	2021-12-25TMO	Sáng 25/12	ref
baonghean.txt	3.1	date	2019	năm 2019	text
baonghean.txt	3.1	date	2020	năm 2020	text
baonghean.txt	5.1	date	2019	năm 2019	text
baonghean.txt	7.1	date	2021-09-28	ngày 28/9	ref
khoicoquan.txt	1.1	date	2020	năm 2020	text
khoicoquan.txt	1.1	date	2021	năm 2021	text
khoicoquan.txt	1.1	time	2022-01-18TAF	chiều 18-1	ref
khoicoquan.txt	3.1	date	2020	Năm 2020	text
khoicoquan.txt	3.2	date	2020	Trong năm	text
khoicoquan.txt	5.1	interval	2020/2025	nhiệm kỳ 2020-2025	text
khoicoquan.txt	7.1	duration	P5Y	5 năm liền	text
khoicoquan.txt	7.1	interval	2015/2019	2015-2019	text
khoicoquan.txt	7.1	duration	P5Y	5 năm liền	text
khoicoquan.txt	7.1	interval	2016/2020	2016-2020	text
quangninh.txt	2.1	duration	P5Y	5 NĂM	text
quangninh.txt	3.1	time	2021-07-16TMO	Sáng ngày 16/7/2021	text
quangninh.txt	3.1	duration	P5Y	05 năm	text
quangninh.txt	3.1	interval	2016/2020	giai đoạn 2016 - 2020	text
quangninh.txt	7.1	duration	P5Y	05 năm qua	text
ttxvn.txt	5.1	date	2021-03-07	Ngày 7/3	ref
ttxvn.txt	5.1	interval	2020/2025	nhiệm kỳ 2020 - 2025	text
ttxvn.txt	5.1	duration	P15Y	15 năm	text
ttxvn.txt	7.1	interval	2011/PRESENT_REF	từ năm 2011 đến nay	text
ttxvn.txt	9.1	duration	P4Y	Trong 4 năm	text
ttxvn.txt	9.1	interval	2020/2023	2020 - 2023	text
ttxvn.txt	9.2	interval	2021/PRESENT_REF	Từ năm 2021 đến nay	text"
}

@test "vn-date: reads vn-seg output from stdin and keeps its DOC and LOC" {
	run sh -c "vn-seg '$FIX/vn-date/dongthap.txt' | vn-date | head -n 3"
	check_out "$FIX/vn-date/dongthap.txt	3.1	time	2022-07-26T13:54:23	ngày: 26/07/2022 13:54:23	text
$FIX/vn-date/dongthap.txt	5.1	date	2022-07-26	Ngày 26/7	doc
$FIX/vn-date/dongthap.txt	5.1	date	2022-H1	6 tháng đầu năm	doc"
}

@test "vn-date: -l takes one document per line, each with its own anchor" {
	run vn-date -l <<< $'a\tCập nhật ngày: 26/07/2022 13:54:23\\nNgày 7/3 họp.\nb\tNgày 7/3 họp.'
	check_out $'a\t1.1\ttime\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext
a\t2.1\tdate\t2022-03-07\tNgày 7/3\tdoc
b\t1.1\tdate\tXXXX-03-07\tNgày 7/3\t-'
}

@test "vn-date: -j writes JSON Lines with kind, value, text and anchor" {
	run vn-date -j -d bài <<< "Sáng ngày 16/7/2021, họp."
	check_out '{"doc":"bài","loc":"1.1","line":1,"sentence":1,"kind":"time","value":"2021-07-16TMO","text":"Sáng ngày 16/7/2021","anchor":"text"}'
}

@test "vn-date: invalid UTF-8 is replaced with a warning and dates around it are found" {
	printf 'Sáng 25/12/2019 \xff ngày 1/1/2020.\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr vn-date "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "vn-date: $BATS_TEST_TMPDIR/bad.txt:1: invalid UTF-8 replaced with U+FFFD" ]
	check_out "$BATS_TEST_TMPDIR/bad.txt	1.1	time	2019-12-25TMO	Sáng 25/12/2019	text
$BATS_TEST_TMPDIR/bad.txt	1.1	date	2020-01-01	ngày 1/1/2020	text"
}

@test "vn-date: a full disk is an error" {
	run sh -c "vn-date '$FIX/vn-date/dongthap.txt' > /dev/full"
	[ "$status" -eq 1 ]
	check_out "vn-date: write error: No space left on device"
}

