#!/usr/bin/env bats
# vn-date: dates, times, periods and durations, their values, and the document anchor.

load helper
bats_require_minimum_version 1.5.0

# The KIND, VALUE, TEXT and ANCHOR of each finding in one line of text.
dates() { printf '%s\n' "$1" | vn-date "${@:2}" | cut -f3-; }

@test "vn-date: 'Sáng ngày 16/7/2021' is time 2021-07-16TMO" {
	run dates "Sáng ngày 16/7/2021, Ban Thường vụ Tỉnh ủy tổ chức hội nghị."
	check_out $'time\t2021-07-16TMO\tSáng ngày 16/7/2021\ttext\tsolar'
}

@test "vn-date: 'giai đoạn 2016 - 2020' is interval 2016/2020" {
	run dates "xây dựng tổ chức Đảng trong sạch, vững mạnh giai đoạn 2016 - 2020."
	check_out $'interval\t2016/2020\tgiai đoạn 2016 - 2020\ttext\tsolar'
}

@test "vn-date: 'Sáng 25/12' is XXXX-12-25TMO" {
	run dates "Sáng 25/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị."
	check_out $'time\tXXXX-12-25TMO\tSáng 25/12\t-\tsolar'
}

@test "vn-date: 'chiều 18-1' is XXXX-01-18TAF" {
	run dates "Đảng ủy Khối các cơ quan tỉnh tổ chức chiều 18-1."
	check_out $'time\tXXXX-01-18TAF\tchiều 18-1\t-\tsolar'
}

@test "vn-date: '6 tháng đầu năm 2022' is 2022-H1, '6 tháng cuối năm' 2022-H2" {
	run dates "nhiệm vụ 6 tháng đầu năm 2022 và 6 tháng cuối năm 2022."
	check_out $'date\t2022-H1\t6 tháng đầu năm 2022\ttext\tsolar
date\t2022-H2\t6 tháng cuối năm 2022\ttext\tsolar'
}

@test "vn-date: '9 tháng đầu năm 2022' is the interval 2022-01/2022-09, '3 tháng cuối năm' XXXX-Q4" {
	run dates "Kết quả 9 tháng đầu năm 2022 và 3 tháng cuối năm."
	check_out $'interval\t2022-01/2022-09\t9 tháng đầu năm 2022\ttext\tsolar
date\tXXXX-Q4\t3 tháng cuối năm\t-\tsolar'
}

@test "vn-date: 'Tính đến ngày 30/6/2022' is date 2022-06-30" {
	run dates "Tính đến ngày 30/6/2022, tỉnh đã kết nạp mới 934 đảng viên (đạt 71,85%)."
	check_out $'date\t2022-06-30\tngày 30/6/2022\ttext\tsolar'
}

@test "vn-date: 'Chỉ thị số 28 ngày 21/01/2019' is 2019-01-21 and nothing from 'số 28'" {
	run dates "theo tinh thần Chỉ thị số 28 ngày 21/01/2019 của Ban Bí thư."
	check_out $'date\t2019-01-21\tngày 21/01/2019\ttext\tsolar'
}

@test "vn-date: d/m/yyyy, d-m-yyyy and d.m.yyyy are dates" {
	run dates "Hạn chót là 16/7/2021, 16-7-2021 hay 16.07.2021."
	check_out $'date\t2021-07-16\t16/7/2021\ttext\tsolar
date\t2021-07-16\t16-7-2021\ttext\tsolar
date\t2021-07-16\t16.07.2021\ttext\tsolar'
}

@test "vn-date: d.m after a day word or a part of the day is a date ('Chiều 5.3', 'ngày 17.1', '24 giờ ngày 12.10'); a bare 5.3 stays a decimal" {
	run dates "Chiều 5.3, Huyện ủy tổ chức hội nghị; tỷ lệ tăng 5.3 điểm."
	check_out $'time\tXXXX-03-05TAF\tChiều 5.3\t-\tsolar'
	run dates "Tính đến 24 giờ ngày 12.10, có 1.250 lượt người đến viếng."
	check_out $'time\tXXXX-10-12T24:00\t24 giờ ngày 12.10\t-\tsolar'
	run dates "Đến ngày 17.1, cả tỉnh đã có 2.3 triệu người tiêm."
	check_out $'date\tXXXX-01-17\tngày 17.1\t-\tsolar'
}

@test "vn-date: 'Ngày 7/3' alone is XXXX-03-07" {
	run dates "TTXVN - Ngày 7/3, Tỉnh ủy Bắc Giang tổ chức hội nghị."
	check_out $'date\tXXXX-03-07\tNgày 7/3\t-\tsolar'
}

@test "vn-date: 'ngày 12 tháng 4 năm 2021' and 'ngày 30 tháng 4' are dates; the second takes the year of the first in its sentence" {
	run dates "Ký ngày 12 tháng 4 năm 2021, có hiệu lực từ ngày 30 tháng 4."
	check_out $'date\t2021-04-12\tngày 12 tháng 4 năm 2021\ttext\tsolar
date\t2021-04-30\tngày 30 tháng 4\ttext\tsolar'
}

@test "vn-date: 'tháng 1-2004', 'tháng 8 – 2003' and 'Tháng 3.2020' are months; '– 2.000' after a month is no year, the sentence's last gives it" {
	run dates "Tháng 1-2004 có mưa, tháng 8 – 2003 có bão, Tháng 3.2020 có dịch; trong tháng 9 – 2.000 người đến."
	check_out $'date\t2004-01\tTháng 1-2004\ttext\tsolar
date\t2003-08\ttháng 8 – 2003\ttext\tsolar
date\t2020-03\tTháng 3.2020\ttext\tsolar
date\t2020-09\ttháng 9\ttext\tsolar'
}

@test "vn-date: a range's end without a year takes the start's, or the next when it wraps; a bare year's end keeps XXXX" {
	run dates "Từ tháng 11/2019 đến tháng 2 có mưa; từ tháng 11 đến tháng 2/2020 có gió; từ năm 1995 đến tháng 1 - 2004 có 5 người; từ năm 1995 đến tháng 1 có 6 người."
	check_out $'interval\t2019-11/2020-02\tTừ tháng 11/2019 đến tháng 2\ttext\tsolar
interval\t2019-11/2020-02\ttừ tháng 11 đến tháng 2/2020\ttext\tsolar
interval\t1995/2004-01\ttừ năm 1995 đến tháng 1 - 2004\ttext\tsolar
interval\t1995/XXXX-01\ttừ năm 1995 đến tháng 1\t-\tsolar'
}

@test "vn-date: days of one month after 'ngày' without 'từ' are an interval; 'và' joins two days running only (else each is a day of the month); day-month-year with dashes is no range" {
	run dates "Trong hai ngày 15-16/7/2023 hội nghị họp; đoàn đến ngày 4 và 5 tháng 8 năm 2023, rồi ngày 9 và 15 tháng 9; lớp học mở ngày 20 – 24/11; ngày 12-10-2023 là ngày bế giảng."
	check_out $'interval\t2023-07-15/2023-07-16\tngày 15-16/7/2023\ttext\tsolar
interval\t2023-08-04/2023-08-05\tngày 4 và 5 tháng 8 năm 2023\ttext\tsolar
date\t2023-09-09\tngày 9\ttext\tsolar
date\t2023-09-15\t15 tháng 9\ttext\tsolar
interval\t2023-11-20/2023-11-24\tngày 20 – 24/11\ttext\tsolar
date\t2023-10-12\tngày 12-10-2023\ttext\tsolar'
}

@test "vn-date: a day and 'đến' or 'tới' a later day are an interval without 'từ' ('ngày 3 đến 5/12/2026', 'ngày 28/11 đến 2/12/2026', '19 tháng 7 tới 5 tháng 8 năm 2007'); a later day before an earlier one of its month is none" {
	run dates "Hội nghị họp ngày 3 đến 5/12/2026; lớp học mở ngày 28/11 đến 2/12/2026; kỳ họp kéo dài từ sáng, vào 19 tháng 7 tới 5 tháng 8 năm 2007; ngày 9/12 đến 7/12/2026 là lỗi."
	check_out $'interval\t2026-12-03/2026-12-05\tngày 3 đến 5/12/2026\ttext\tsolar
interval\t2026-11-28/2026-12-02\tngày 28/11 đến 2/12/2026\ttext\tsolar
interval\t2007-07-19/2007-08-05\t19 tháng 7 tới 5 tháng 8 năm 2007\ttext\tsolar
date\t2007-12-09\tngày 9/12\ttext\tsolar
date\t2026-12-07\t7/12/2026\ttext\tsolar'
}

@test "vn-date: 'tháng 12/2021' and 'tháng 9 năm 2022' are months" {
	run dates "Trong tháng 12/2021 và tháng 9 năm 2022."
	check_out $'date\t2021-12\ttháng 12/2021\ttext\tsolar
date\t2022-09\ttháng 9 năm 2022\ttext\tsolar'
}

@test "vn-date: 'năm 2019' is the year 2019" {
	run dates "Công tác xây dựng Đảng năm 2019."
	check_out $'date\t2019\tnăm 2019\ttext\tsolar'
}

@test "vn-date: 'quý III/2023', 'quý 3 năm 2023' and 'quý IV' are quarters" {
	run dates "Trong quý III/2023, quý 3 năm 2023 và quý IV."
	check_out $'date\t2023-Q3\tquý III/2023\ttext\tsolar
date\t2023-Q3\tquý 3 năm 2023\ttext\tsolar
date\tXXXX-Q4\tquý IV\t-\tsolar'
}

@test "vn-date: 'đầu năm 2022' and 'cuối năm' stand for the year" {
	run dates "Đầu năm 2022 và cuối năm, tỉnh đã làm tốt."
	check_out $'date\t2022\tĐầu năm 2022\ttext\tsolar
date\tXXXX\tcuối năm\t-\tsolar'
}

@test "vn-date: '13:54:23' after a date is its clock time" {
	run dates "Cập nhật ngày: 26/07/2022 13:54:23"
	check_out $'time\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext\tsolar'
}

@test "vn-date: 'g' for giờ with the minutes: '15g30 ngày 11/8/2004', '7 g 20', '9 g 30 sáng'; '9 g đường' is grams" {
	run dates "15g30 ngày 11/8/2004, nước chảy; lúc 7 g 20, bà đến; 9 g 30 sáng có mưa; cho 9 g đường vào."
	check_out $'time\t2004-08-11T15:30\t15g30 ngày 11/8/2004\ttext\tsolar
time\tXXXX-XX-XXT07:20\t7 g 20\t-\tsolar
time\tXXXX-XX-XXT09:30\t9 g 30 sáng\t-\tsolar'
}

@test "vn-date: '14h30 ngày 20/11/2022' and '14 giờ 30 phút ngày 20/11/2022' are 2022-11-20T14:30" {
	run dates "Lúc 14h30 ngày 20/11/2022, sau đó 14 giờ 30 phút ngày 20/11/2022."
	check_out $'time\t2022-11-20T14:30\t14h30 ngày 20/11/2022\ttext\tsolar
time\t2022-11-20T14:30\t14 giờ 30 phút ngày 20/11/2022\ttext\tsolar'
}

@test "vn-date: a part of the day after the clock moves the afternoon: '2 giờ chiều' is 14:00" {
	run dates "Họp lúc 8 giờ 30 phút sáng và 2 giờ chiều ngày 5/3/2023."
	check_out $'time\tXXXX-XX-XXT08:30\t8 giờ 30 phút sáng\t-\tsolar
time\t2023-03-05T14:00\t2 giờ chiều ngày 5/3/2023\ttext\tsolar'
}

@test "vn-date: '8 giờ' alone is no time" {
	run dates "Mỗi ngày làm 8 giờ."
	check_out ""
}

@test "vn-date: parts of the day are TMO TMI TAF TEV TNI" {
	run dates "Sáng 1/2, trưa 1/2, chiều 1/2, tối 1/2 và đêm 1/2."
	check_out $'time\tXXXX-02-01TMO\tSáng 1/2\t-\tsolar
time\tXXXX-02-01TMI\ttrưa 1/2\t-\tsolar
time\tXXXX-02-01TAF\tchiều 1/2\t-\tsolar
time\tXXXX-02-01TEV\ttối 1/2\t-\tsolar
time\tXXXX-02-01TNI\tđêm 1/2\t-\tsolar'
}

@test "vn-date: weekday names stay in TEXT, a date in brackets after one too" {
	run dates "Thứ Hai, ngày 12/4/2021 và Chủ nhật 5/3; thứ 7 (ngày 2/4), thứ Hai (12/4)."
	check_out $'date\t2021-04-12\tThứ Hai, ngày 12/4/2021\ttext\tsolar
date\t2021-03-05\tChủ nhật 5/3\ttext\tsolar
date\t2021-04-02\tthứ 7 (ngày 2/4)\ttext\tsolar
date\t2021-04-12\tthứ Hai (12/4)\ttext\tsolar'
}

@test "vn-date: a lunar date without its year keeps XXXX-XX-XX, CALENDAR lunar; with an anchor it is converted" {
	run dates "Lễ hội ngày 15/8 âm lịch và ngày 10/3 (âm lịch) hằng năm."
	check_out $'date\tXXXX-XX-XX\tngày 15/8 âm lịch\t-\tlunar
date\tXXXX-XX-XX\tngày 10/3 (âm lịch)\t-\tlunar'
	run dates "Lễ hội ngày 15/8 âm lịch và ngày 10/3 (âm lịch) hằng năm." -r 2024-01-20
	check_out $'date\t2023-09-29\tngày 15/8 âm lịch\tref\tlunar
date\t2023-04-29\tngày 10/3 (âm lịch)\tref\tlunar'
}

@test "vn-date: '05 năm', '5 năm liền', '6 tháng', '10 ngày' are durations" {
	run dates "Sau 05 năm, 5 năm liền, 6 tháng và 10 ngày, 2 tuần."
	check_out $'duration\tP5Y\t05 năm\ttext\tsolar
duration\tP5Y\t5 năm liền\ttext\tsolar
duration\tP6M\t6 tháng\ttext\tsolar
duration\tP10D\t10 ngày\ttext\tsolar
duration\tP2W\t2 tuần\ttext\tsolar'
}

@test "vn-date: decades and centuries are durations in years: hai thập niên, 3 thập kỷ, một thế kỷ rưỡi, ba thế kỉ qua" {
	run dates "Sau hai thập niên xây dựng, huyện đã có 3 thập kỷ phát triển; ngôi đình tồn tại hơn một thế kỷ rưỡi và trong suốt ba thế kỉ qua vẫn được giữ gìn."
	check_out $'duration\tP20Y\thai thập niên\ttext\tsolar
duration\tP30Y\t3 thập kỷ\ttext\tsolar
duration\tP150Y\tmột thế kỷ rưỡi\ttext\tsolar
duration\tP300Y\tba thế kỉ qua\ttext\tsolar'
}

@test "vn-date: a count of centuries before the centuries named is theirs, not a duration; thập niên 90 is a decade" {
	run dates "Chiến tranh kéo dài 2 thế kỷ XVII - XVIII, còn thập niên 90 là thời đổi mới."
	check_out $'date\t16\tthế kỷ XVII\ttext\tsolar
date\t199X\tthập niên 90\ttext\tsolar'
}

@test "vn-date: 'cách đây một thập kỷ', 'hai thập niên trước' count back from the anchor in years" {
	run dates "Cách đây một thập kỷ, xã còn nghèo; hai thập niên trước, nơi đây là rừng; cách đây hai thế kỷ có làng." -r 2024-05-01
	check_out $'date\t2014\tCách đây một thập kỷ\tref\tsolar
date\t2004\thai thập niên trước\tref\tsolar
date\t1824\tcách đây hai thế kỷ\tref\tsolar'
}

@test "vn-date: a year or a century before the Common Era (TCN, trước Công nguyên) is none of the calendar: left unsaid" {
	run dates "Khoảng năm 1700 TCN đã có làng; thế kỷ 3 trước Công nguyên có thành Cổ Loa; năm 2020 hãng Tcn ra đời."
	check_out $'date\t2020\tnăm 2020\ttext\tsolar'
}

@test "vn-date: after 'từ', a bare d/m that ends its clause or runs to another is a date; fractions that rise stay fractions" {
	run dates "Quy định có hiệu lực từ 1/7; từ 1/8 đến 15/8 tỉnh tổ chức hội chợ, và tỷ lệ tăng từ 1/3 lên 1/2, chiếm từ 1/3 đến một nửa, cao từ 3-7 m."
	check_out $'date\tXXXX-07-01\t1/7\t-\tsolar
interval\tXXXX-08-01/XXXX-08-15\ttừ 1/8 đến 15/8\t-\tsolar'
}

@test "vn-date: 'Trong 10 năm qua' is P10Y" {
	run dates "Trong 10 năm qua, tỉnh đã làm tốt."
	check_out $'duration\tP10Y\tTrong 10 năm qua\ttext\tsolar'
}

@test "vn-date: 'Trong năm,' and 'trong năm nay' are the year told of, XXXX until anchored" {
	run dates "Trong năm, có 98,6% tổ chức hoàn thành; trong năm nay và hằng năm, trong năm học."
	check_out $'date\tXXXX\tTrong năm\t-\tsolar
date\tXXXX\ttrong năm nay\t-\tsolar'
}

@test "vn-date: a bare 'Trong năm' is the year its paragraph named last; 'trong năm nay' and a paragraph with none take the anchor" {
	printf 'Ngày 26/7/2022, hội nghị diễn ra.\nNăm 2020, kết nạp 133 đảng viên. Trong năm, có 98,6%% tổ chức hoàn thành; trong năm nay cũng vậy.\nGiai đoạn 2016 - 2020, Trong năm, có 5 đảng viên.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run vn-date -d a "$BATS_TEST_TMPDIR/a.txt"
	check_out $'a\t1.1\tdate\t2022-07-26\tNgày 26/7/2022\ttext\tsolar
a\t2.1\tdate\t2020\tNăm 2020\ttext\tsolar
a\t2.2\tdate\t2020\tTrong năm\ttext\tsolar
a\t2.2\tdate\t2022\ttrong năm nay\tdoc\tsolar
a\t3.1\tinterval\t2016/2020\tGiai đoạn 2016 - 2020\ttext\tsolar
a\t3.1\tdate\t2022\tTrong năm\tdoc\tsolar'
}

@test "vn-date: 'nhiệm kỳ 2020-2025', '2015-2019' and '(2020 - 2023)' are intervals" {
	run dates "Đại hội nhiệm kỳ 2020-2025; tiêu biểu 2015-2019; trong 4 năm (2020 – 2023)."
	check_out $'interval\t2020/2025\tnhiệm kỳ 2020-2025\ttext\tsolar
interval\t2015/2019\t2015-2019\ttext\tsolar
duration\tP4Y\ttrong 4 năm\ttext\tsolar
interval\t2020/2023\t2020 – 2023\ttext\tsolar'
}

@test "vn-date: 'từ năm 2016 đến năm 2020' is 2016/2020, 'từ năm 2011 đến nay' 2011/PRESENT_REF" {
	run dates "Từ năm 2016 đến năm 2020 và từ năm 2011 đến nay, tới nay."
	check_out $'interval\t2016/2020\tTừ năm 2016 đến năm 2020\ttext\tsolar
interval\t2011/PRESENT_REF\ttừ năm 2011 đến nay\ttext\tsolar'
}

@test "vn-date: 'từ ngày 1/7 đến ngày 30/7/2022' gives both ends the year" {
	run dates "Đợt thi đua từ ngày 1/7 đến ngày 30/7/2022."
	check_out $'interval\t2022-07-01/2022-07-30\ttừ ngày 1/7 đến ngày 30/7/2022\ttext\tsolar'
}

@test "vn-date: 'từ ngày 1/7/2022 đến ngày 30/7' and 'từ 2016 đến 2020' share or give the year" {
	run dates "Đợt một từ ngày 1/7/2022 đến ngày 30/7; đợt hai từ 2016 đến 2020."
	check_out $'interval\t2022-07-01/2022-07-30\ttừ ngày 1/7/2022 đến ngày 30/7\ttext\tsolar
interval\t2016/2020\ttừ 2016 đến 2020\ttext\tsolar'
}

@test "vn-date: a number after 'số' or 'thứ' is no duration" {
	run dates "Nghị quyết số 21 năm 2021 và Đại hội lần thứ 5 năm 2020."
	check_out $'date\t2021\tnăm 2021\ttext\tsolar
date\t2020\tnăm 2020\ttext\tsolar'
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
	check_out $'date\tXXXX-07-20\tngày 20/7\t-\tsolar
date\tXXXX-08-31\tngày 31/8\t-\tsolar
date\tXXXX-09-28\tngày 28/9\t-\tsolar'
}

@test "vn-date: a sentence-initial d/m followed by a comma is a dateline" {
	run dates "26/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị."
	check_out $'date\tXXXX-07-26\t26/7\t-\tsolar'
}

@test "vn-date: a day the month does not have is no date" {
	run dates "Sáng 31/4 và ngày 30/2/2021, ngày 29/2/2023; ngày 29/2/2024 thì có."
	check_out $'date\t2024-02-29\tngày 29/2/2024\ttext\tsolar'
}

@test "vn-date: 'sáng tạo' and 'tháng năm' alone are not dates" {
	run dates "Cách làm mới, sáng tạo trong tháng năm qua."
	check_out ""
}

@test "vn-date: the publication stamp anchors the document's partial dates (ANCHOR doc)" {
	run vn-date "$FIX/vn-date/dongthap.txt"
	check_out "$FIX/vn-date/dongthap.txt	3.1	time	2022-07-26T13:54:23	ngày: 26/07/2022 13:54:23	text	solar
$FIX/vn-date/dongthap.txt	5.1	date	2022-07-26	Ngày 26/7	doc	solar
$FIX/vn-date/dongthap.txt	5.1	date	2022-H1	6 tháng đầu năm	doc	solar
$FIX/vn-date/dongthap.txt	5.1	date	2022-H2	6 tháng cuối năm 2022	text	solar
$FIX/vn-date/dongthap.txt	7.1	interval	2022/2025	nhiệm kỳ 2022 - 2025	text	solar
$FIX/vn-date/dongthap.txt	7.2	date	2022-06-30	ngày 30/6/2022	text	solar
$FIX/vn-date/dongthap.txt	7.2	date	2022	năm 2022	text	solar
$FIX/vn-date/dongthap.txt	7.2	date	2022-07-20	ngày 20/7/2022	text	solar
$FIX/vn-date/dongthap.txt	7.2	date	2022-08-31	ngày 31/8/2022	text	solar
$FIX/vn-date/dongthap.txt	9.2	date	2019-01-21	ngày 21/01/2019	text	solar
$FIX/vn-date/dongthap.txt	9.2	date	2021-04-12	ngày 12/4/2021	text	solar"
}

@test "vn-date: a partial date before the stamp is held back and anchored too" {
	run dates $'Họp sáng 25/7.\nCập nhật ngày: 26/07/2022 13:54:23\nNgày 2/8 họp tiếp.'
	check_out $'time\t2022-07-25TMO\tsáng 25/7\tdoc\tsolar
time\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext\tsolar
date\t2022-08-02\tNgày 2/8\tdoc\tsolar'
}

@test "vn-date: the stamp outranks --ref" {
	run dates $'Cập nhật ngày: 26/07/2022 13:54:23\nNgày 7/3 họp.' -r 2019-05-01
	check_out $'time\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext\tsolar
date\t2022-03-07\tNgày 7/3\tdoc\tsolar'
}

@test "vn-date: a full date deep in the text is no stamp" {
	printf 'a\nb\nc\nd\ne\nf\ng\nh\ni\nNgày 7/3 họp.\nTheo Quyết định ngày 1/2/2020.\nSáng 9/3 xong.\n' > "$BATS_TEST_TMPDIR/deep"
	run sh -c "vn-date '$BATS_TEST_TMPDIR/deep' | cut -f3-"
	check_out $'date\tXXXX-03-07\tNgày 7/3\t-\tsolar
date\t2020-02-01\tngày 1/2/2020\ttext\tsolar
time\tXXXX-03-09TMO\tSáng 9/3\t-\tsolar'
}

@test "vn-date: --ref gives the year nearest before, or shortly after, the reference (ANCHOR ref)" {
	run dates "Ngày 7/3, sáng 25/12 và vào ngày 28/9 tới, quý 2." -r 2022-08-01
	check_out $'date\t2022-03-07\tNgày 7/3\tref\tsolar
time\t2021-12-25TMO\tsáng 25/12\tref\tsolar
date\t2022-09-28\tngày 28/9\tref\tsolar
date\t2022-Q2\tquý 2\tref\tsolar'
	run dates "Sáng 5/1 họp." --ref=2022-12-20
	check_out $'time\t2023-01-05TMO\tSáng 5/1\tref\tsolar'
	run dates "Sáng 5/1 họp." --ref 2022-12-20
	check_out $'time\t2023-01-05TMO\tSáng 5/1\tref\tsolar'
}

@test "vn-date: a clock time without a day keeps XXXX even with --ref" {
	run dates "Lúc 14h30 họp." -r 2022-08-01
	check_out $'time\tXXXX-XX-XXT14:30\t14h30\t-\tsolar'
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
	check_out $'time\t2024-03-01TMO\tSáng 1/3\tref\tsolar'
	run dates "Sáng 1/3 họp." -r 1000-06-01
	check_out $'time\t1000-03-01TMO\tSáng 1/3\tref\tsolar'
	run dates "Sáng 5/1 họp." -r 9999-12-31
	check_out $'time\t9999-01-05TMO\tSáng 5/1\tref\tsolar'
}

@test "vn-date: the seed excerpts, whole" {
	cd "$FIX/vn-date"
	run vn-date -r 2021-12-31 baonghean.txt khoicoquan.txt quangninh.txt ttxvn.txt
	check_out "baonghean.txt	3.1	time	2021-12-25TMO	Sáng 25/12	ref	solar
baonghean.txt	3.1	date	2019	năm 2019	text	solar
baonghean.txt	3.1	date	2020	năm 2020	text	solar
baonghean.txt	5.1	date	2019	năm 2019	text	solar
baonghean.txt	7.1	date	2022-09-28	ngày 28/9	ref	solar
khoicoquan.txt	1.1	date	2020	năm 2020	text	solar
khoicoquan.txt	1.1	date	2021	năm 2021	text	solar
khoicoquan.txt	1.1	time	2022-01-18TAF	chiều 18-1	ref	solar
khoicoquan.txt	3.1	date	2020	Năm 2020	text	solar
khoicoquan.txt	3.2	date	2020	Trong năm	text	solar
khoicoquan.txt	5.1	interval	2020/2025	nhiệm kỳ 2020-2025	text	solar
khoicoquan.txt	7.1	duration	P5Y	5 năm liền	text	solar
khoicoquan.txt	7.1	interval	2015/2019	2015-2019	text	solar
khoicoquan.txt	7.1	duration	P5Y	5 năm liền	text	solar
khoicoquan.txt	7.1	interval	2016/2020	2016-2020	text	solar
quangninh.txt	2.1	duration	P5Y	5 NĂM	text	solar
quangninh.txt	3.1	time	2021-07-16TMO	Sáng ngày 16/7/2021	text	solar
quangninh.txt	3.1	duration	P5Y	05 năm	text	solar
quangninh.txt	3.1	interval	2016/2020	giai đoạn 2016 - 2020	text	solar
quangninh.txt	7.1	duration	P5Y	05 năm qua	text	solar
ttxvn.txt	5.1	date	2021-03-07	Ngày 7/3	ref	solar
ttxvn.txt	5.1	interval	2020/2025	nhiệm kỳ 2020 - 2025	text	solar
ttxvn.txt	5.1	duration	P15Y	15 năm	text	solar
ttxvn.txt	7.1	interval	2011/PRESENT_REF	từ năm 2011 đến nay	text	solar
ttxvn.txt	9.1	duration	P4Y	Trong 4 năm	text	solar
ttxvn.txt	9.1	interval	2020/2023	2020 - 2023	text	solar
ttxvn.txt	9.2	interval	2021/PRESENT_REF	Từ năm 2021 đến nay	text	solar"
}

@test "vn-date: reads vn-seg output from stdin and keeps its DOC and LOC" {
	run sh -c "vn-seg '$FIX/vn-date/dongthap.txt' | vn-date | head -n 3"
	check_out "$FIX/vn-date/dongthap.txt	3.1	time	2022-07-26T13:54:23	ngày: 26/07/2022 13:54:23	text	solar
$FIX/vn-date/dongthap.txt	5.1	date	2022-07-26	Ngày 26/7	doc	solar
$FIX/vn-date/dongthap.txt	5.1	date	2022-H1	6 tháng đầu năm	doc	solar"
}

@test "vn-date: -l takes one document per line, each with its own anchor" {
	run vn-date -l <<< $'a\tCập nhật ngày: 26/07/2022 13:54:23\\nNgày 7/3 họp.\nb\tNgày 7/3 họp.'
	check_out $'a\t1.1\ttime\t2022-07-26T13:54:23\tngày: 26/07/2022 13:54:23\ttext\tsolar
a\t2.1\tdate\t2022-03-07\tNgày 7/3\tdoc\tsolar
b\t1.1\tdate\tXXXX-03-07\tNgày 7/3\t-\tsolar'
}

@test "vn-date: -j writes JSON Lines with kind, value, text and anchor" {
	run vn-date -j -d bài <<< "Sáng ngày 16/7/2021, họp."
	check_out '{"doc":"bài","loc":"1.1","line":1,"sentence":1,"kind":"time","value":"2021-07-16TMO","text":"Sáng ngày 16/7/2021","anchor":"text","calendar":"solar"}'
}

@test "vn-date: invalid UTF-8 is replaced with a warning and dates around it are found" {
	printf 'Sáng 25/12/2019 \xff ngày 1/1/2020.\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr vn-date "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "vn-date: $BATS_TEST_TMPDIR/bad.txt:1: invalid UTF-8 replaced with U+FFFD" ]
	check_out "$BATS_TEST_TMPDIR/bad.txt	1.1	time	2019-12-25TMO	Sáng 25/12/2019	text	solar
$BATS_TEST_TMPDIR/bad.txt	1.1	date	2020-01-01	ngày 1/1/2020	text	solar"
}

@test "vn-date: a full disk is an error" {
	run sh -c "vn-date '$FIX/vn-date/dongthap.txt' > /dev/full"
	[ "$status" -eq 1 ]
	check_out "vn-date: write error: No space left on device"
}

# ---- The rest of the calendar: relative dates, words, lunar dates, the stamp.
# 2024-01-12 is a Friday, in ISO week 2024-W02.

@test "vn-date: days against the anchor: hôm nay, hôm qua, hôm kia, ngày mai, ngày kia, bữa nay; sáng ngày hôm sau against the text's day" {
	run dates "Hôm nay họp, hôm qua về, hôm kia mưa, ngày mai đi, ngày kia nghỉ, bữa nay vui." -r 2024-01-12
	check_out $'date\t2024-01-12\tHôm nay\tref\tsolar
date\t2024-01-11\thôm qua\tref\tsolar
date\t2024-01-10\thôm kia\tref\tsolar
date\t2024-01-13\tngày mai\tref\tsolar
date\t2024-01-14\tngày kia\tref\tsolar
date\t2024-01-12\tbữa nay\tref\tsolar'
	run dates "Ngày 1/11/1963 có đảo chính; sáng ngày hôm sau, ông bị bắt; 12h trưa ngày hôm sau có tin." -r 2024-01-12
	check_out $'date\t1963-11-01\tNgày 1/11/1963\ttext\tsolar
time\t1963-11-02TMO\tsáng ngày hôm sau\ttext\tsolar
time\t1963-11-02T12:00\t12h trưa ngày hôm sau\ttext\tsolar'
}

@test "vn-date: without an anchor a relative day is XXXX-XX-XX, ANCHOR -" {
	run dates "Hôm nay họp, ngày mai đi."
	check_out $'date\tXXXX-XX-XX\tHôm nay\t-\tsolar
date\tXXXX-XX-XX\tngày mai\t-\tsolar'
}

@test "vn-date: a part of the day against the anchor: sáng nay TMO, chiều qua TAF, tối mai TEV, 8 giờ sáng nay" {
	run dates "Sáng nay họp, chiều qua mưa, tối mai diễn, trưa mai ăn, đêm qua bão, sáng hôm qua về; lúc 8 giờ sáng nay khai mạc." -r 2024-01-12
	check_out $'time\t2024-01-12TMO\tSáng nay\tref\tsolar
time\t2024-01-11TAF\tchiều qua\tref\tsolar
time\t2024-01-13TEV\ttối mai\tref\tsolar
time\t2024-01-13TMI\ttrưa mai\tref\tsolar
time\t2024-01-11TNI\tđêm qua\tref\tsolar
time\t2024-01-11TMO\tsáng hôm qua\tref\tsolar
time\t2024-01-12T08:00\t8 giờ sáng nay\tref\tsolar'
}

@test "vn-date: tuần, tháng, quý and năm with này, trước, sau, tới, ngoái, kế tiếp: ISO weeks, months, quarters, years" {
	run dates "Tuần này, tuần trước, tuần sau; tháng này, tháng trước, tháng tới; quý này, quý trước, quý tới; năm nay, năm ngoái, năm tới, năm kế tiếp." -r 2024-01-12
	check_out $'date\t2024-W02\tTuần này\tref\tsolar
date\t2024-W01\ttuần trước\tref\tsolar
date\t2024-W03\ttuần sau\tref\tsolar
date\t2024-01\ttháng này\tref\tsolar
date\t2023-12\ttháng trước\tref\tsolar
date\t2024-02\ttháng tới\tref\tsolar
date\t2024-Q1\tquý này\tref\tsolar
date\t2023-Q4\tquý trước\tref\tsolar
date\t2024-Q2\tquý tới\tref\tsolar
date\t2024\tnăm nay\tref\tsolar
date\t2023\tnăm ngoái\tref\tsolar
date\t2025\tnăm tới\tref\tsolar
date\t2025\tnăm kế tiếp\tref\tsolar'
}

@test "vn-date: without an anchor: XXXX-WXX, XXXX-XX, XXXX-QX, XXXX" {
	run dates "Tuần này, tháng trước, quý tới, năm ngoái."
	check_out $'date\tXXXX-WXX\tTuần này\t-\tsolar
date\tXXXX-XX\ttháng trước\t-\tsolar
date\tXXXX-QX\tquý tới\t-\tsolar
date\tXXXX\tnăm ngoái\t-\tsolar'
}

@test "vn-date: 'cuối năm ngoái' is last year, 'đầu tháng tới' next month, 'tháng bảy năm ngoái' July of last year, 'tháng tám này' August of the year told of" {
	run dates "Cuối năm ngoái, đầu tháng tới, giữa tuần này và tháng bảy năm ngoái có họp." -r 2024-01-12
	check_out $'date\t2023\tCuối năm ngoái\tref\tsolar
date\t2024-02\tđầu tháng tới\tref\tsolar
date\t2024-W02\tgiữa tuần này\tref\tsolar
date\t2023-07\ttháng bảy năm ngoái\tref\tsolar'
	run dates "Tôi định tháng tám này sẽ sang; tháng bảy năm ngoái đã về."
	check_out $'date\tXXXX-08\ttháng tám này\t-\tsolar
date\tXXXX-07\ttháng bảy năm ngoái\t-\tsolar'
	run dates "Năm 1945 có nạn đói. Trong tháng 5 này, dân chết nhiều; tôi định tháng tám này sẽ sang." -r 2024-01-12
	check_out $'date\t1945\tNăm 1945\ttext\tsolar
date\t1945-05\ttháng 5 này\ttext\tsolar
date\t1945-08\ttháng tám này\ttext\tsolar'
}

@test "vn-date: 'N ngày trước' and 'cách đây N năm' are dates that far back, and 'Bảy năm trước không có' opening a clause; 'hai ngày trước buổi lễ' is a duration" {
	run dates "Cách đây 3 ngày, hai tuần trước, 35 năm trước, ông đến; hai ngày trước buổi lễ thì về." -r 2024-01-12
	check_out $'date\t2024-01-09\tCách đây 3 ngày\tref\tsolar
date\t2023-W52\thai tuần trước\tref\tsolar
date\t1989\t35 năm trước\tref\tsolar
duration\tP2D\thai ngày trước\ttext\tsolar'
	run dates "Thảo nói: Bảy năm trước không có ai; ba năm trước tôi đến; hai năm trước khi mất; 3 năm rưỡi trước, ông về." -r 2024-01-12
	check_out $'date\t2017\tBảy năm trước\tref\tsolar
date\t2021\tba năm trước\tref\tsolar
duration\tP2Y\thai năm trước\ttext\tsolar
date\t2020-07\t3 năm rưỡi trước\tref\tsolar'
}

@test "vn-date: weekdays with a week: thứ năm tuần tới, thứ 6 tuần này, chủ nhật vừa qua, thứ Hai tới, thứ Hai (12/2)" {
	run dates "Thứ năm tuần tới họp, thứ 6 tuần này nghỉ, chủ nhật vừa qua mưa, thứ Hai tới khai giảng, thứ Hai (12/2) họp." -r 2024-01-12
	check_out $'date\t2024-01-18\tThứ năm tuần tới\tref\tsolar
date\t2024-01-12\tthứ 6 tuần này\tref\tsolar
date\t2024-01-07\tchủ nhật vừa qua\tref\tsolar
date\t2024-01-15\tthứ Hai tới\tref\tsolar
date\t2024-02-12\tthứ Hai (12/2)\tref\tsolar'
}

@test "vn-date: no date in 'lần thứ hai', 'năm sau đó', 'cuối năm thứ nhất', 'tuần tra', 'Cách mạng tháng Tám'; 'mấy năm nay', 'nhiều năm trước' are durations of years not counted, no date" {
	run dates "Đây là lần thứ hai đoàn đến; năm sau đó ông mất; cuối năm thứ nhất; tuần tra; Cách mạng tháng Tám; từ mấy năm nay, nhiều năm trước." -r 2024-01-12
	check_out $'duration\tPXY\tmấy năm nay\ttext\tsolar
duration\tPXY\tnhiều năm trước\ttext\tsolar'
}

@test "vn-date: a count not said (vài, mấy, dăm, nhiều, ít) before a unit is a duration of X of it ('vài tháng' PXM, 'Vài phút sau' PTXM); 'nhiều tiếng nói', 'Mấy giờ rồi', 'nhiều ngày lễ' are none" {
	run dates "Vài phút sau, đoàn đến; ông ở đó vài tháng rồi chờ ít ngày sau; trong nhiều năm qua xã đổi mới." -r 2024-01-12
	check_out $'duration\tPTXM\tVài phút sau\ttext\tsolar
duration\tPXM\tvài tháng\ttext\tsolar
duration\tPXD\tít ngày sau\ttext\tsolar
duration\tPXY\ttrong nhiều năm qua\ttext\tsolar'
	run dates "Có nhiều tiếng nói trái chiều; Mấy giờ rồi?; nhiều ngày lễ lớn." -r 2024-01-12
	check_out ''
}

@test "vn-date: number words in every slot: ngày hai mươi tháng mười, quý ba, năm hai nghìn không trăm hai mươi ba, ngày mồng 2" {
	run dates "Ngày hai mươi tháng mười, quý ba, năm hai nghìn không trăm hai mươi ba, ngày mồng 2 tháng 9, tháng tư và Tháng Năm."
	check_out $'date\tXXXX-10-20\tNgày hai mươi tháng mười\t-\tsolar
date\tXXXX-Q3\tquý ba\t-\tsolar
date\t2023\tnăm hai nghìn không trăm hai mươi ba\ttext\tsolar
date\tXXXX-09-02\tngày mồng 2 tháng 9\t-\tsolar
date\tXXXX-04\ttháng tư\t-\tsolar
date\tXXXX-05\tTháng Năm\t-\tsolar'
}

@test "vn-date: 'tháng năm qua' and '6 tháng một lần' hold no month" {
	run dates "Trong tháng năm qua có mưa, họp 6 tháng một lần."
	check_out $'duration\tP6M\t6 tháng\ttext\tsolar'
}

@test "vn-date: clock times in words: 3 giờ rưỡi chiều, 11 giờ kém 15, hai giờ chiều, 5 g sáng; UTC + 8:30 is no time" {
	run dates "Lúc 3 giờ rưỡi chiều, 11 giờ kém 15, hai giờ chiều, 5 g sáng; múi giờ UTC + 8:30."
	check_out $'time\tXXXX-XX-XXT15:30\t3 giờ rưỡi chiều\t-\tsolar
time\tXXXX-XX-XXT10:45\t11 giờ kém 15\t-\tsolar
time\tXXXX-XX-XXT14:00\thai giờ chiều\t-\tsolar
time\tXXXX-XX-XXT05:00\t5 g sáng\t-\tsolar'
}

@test "vn-date: durations with number words and time units: ba tháng tiếp theo, hai năm qua, một tiếng vừa rồi, 3 phút tới, 2h sau" {
	run dates "Ba tháng tiếp theo, hai năm qua, một tiếng vừa rồi, 3 phút tới; khoảng 2h sau, hai giờ sau đó, trong 3 tiếng, phim dài 90 phút."
	check_out $'duration\tP3M\tBa tháng tiếp theo\ttext\tsolar
duration\tP2Y\thai năm qua\ttext\tsolar
duration\tPT1H\tmột tiếng vừa rồi\ttext\tsolar
duration\tPT3M\t3 phút tới\ttext\tsolar
duration\tPT2H\t2h sau\ttext\tsolar
duration\tPT2H\thai giờ sau đó\ttext\tsolar
duration\tPT3H\ttrong 3 tiếng\ttext\tsolar
duration\tPT90M\t90 phút\ttext\tsolar'
}

@test "vn-date: counts in words are durations without a cue (ở đó hai tuần, ba năm công tác), and a half (một năm rưỡi, ba tháng rưởi), 'một tuần' ending a clause; not 'một năm nhuận', 'hai lần một năm', 'tháng Tám năm 1945', 'hạng Ba năm 2014', 'một năm ngày', 'tuần tra', 'Chiến tranh Bảy năm'" {
	run dates "Ở đó hai tuần lễ, sơ kết ba năm công tác; trong một năm rưỡi tiếp theo, ba tháng rưởi. Đó là một năm nhuận; Cách mạng tháng Tám năm 1945; hạng Ba năm 2014; kỉ niệm một năm ngày thành lập; ba tuần dương hạm đi tuần tra; Chiến tranh Bảy năm."
	check_out $'duration\tP2W\thai tuần lễ\ttext\tsolar
duration\tP3Y\tba năm\ttext\tsolar
duration\tP1.5Y\ttrong một năm rưỡi tiếp theo\ttext\tsolar
duration\tP3.5M\tba tháng rưởi\ttext\tsolar
date\t1945\tnăm 1945\ttext\tsolar
date\t2014\tnăm 2014\ttext\tsolar'
	run dates "Ở Campuchia một tuần, Vy đi; họp hai lần một năm, tăng 20% một năm, bầu cùng một ngày."
	check_out $'duration\tP1W\tmột tuần\ttext\tsolar'
}

@test "vn-date: 'vào 10/1' is a date, '1/3 số hộ' a fraction" {
	run dates "Chiến dịch kết thúc vào 10/1 rồi; tăng 1/3 số hộ."
	check_out $'date\tXXXX-01-10\t10/1\t-\tsolar'
}

@test "vn-date: '2 giờ' with no word of a duration, a rate 47 giờ/tuần and a plate 43H-016 are no durations; 10 giờ rưỡi is a clock" {
	run dates "Đi 2 giờ. Làm 47 giờ/tuần, xe 43H-016. Khoảng 10 giờ rưỡi thì về."
	check_out $'time\tXXXX-XX-XXT10:30\t10 giờ rưỡi\t-\tsolar'
}

@test "vn-date: the tense decides the year: 'sẽ ... ngày 28/9 tới' and 'trước ngày 30/9' in July are this year's, 'đã ... ngày 15/9' last year's" {
	run dates "Hội nghị sẽ tổ chức vào ngày 28/9 tới; phấn đấu hoàn thành trước ngày 30/9; đã họp vào ngày 15/9." -r 2024-07-20
	check_out $'date\t2024-09-28\tngày 28/9\tref\tsolar
date\t2024-09-30\tngày 30/9\tref\tsolar
date\t2023-09-15\tngày 15/9\tref\tsolar'
	run dates "Hội nghị họp vào ngày 28/9." -r 2024-07-20
	check_out $'date\t2023-09-28\tngày 28/9\tref\tsolar'
}

@test "vn-date: 'những năm 1980' and 'thập niên 90' are decades, 198X and 199X" {
	run dates "Những năm 1980, thập niên 90 và năm 1985."
	check_out $'date\t198X\tNhững năm 1980\ttext\tsolar
date\t199X\tthập niên 90\ttext\tsolar
date\t1985\tnăm 1985\ttext\tsolar'
}

@test "vn-date: '11 giờ cùng ngày' and 'Cùng ngày' are the day the text named last, with or without its year; alone, XXXX-XX-XX" {
	run dates "Sáng 5/3/2023, họp; 11 giờ cùng ngày xong. Cùng ngày, đoàn về."
	check_out $'time\t2023-03-05TMO\tSáng 5/3/2023\ttext\tsolar
time\t2023-03-05T11:00\t11 giờ cùng ngày\ttext\tsolar
date\t2023-03-05\tCùng ngày\ttext\tsolar'
	run dates "Cùng ngày, đoàn về."
	check_out $'date\tXXXX-XX-XX\tCùng ngày\t-\tsolar'
	run dates "Tháng 3 - 2004, đoàn đến. 15 g 30 ngày 11 - 8, đóng nước. 21 giờ đêm, mở. 17 g 20 phút cùng ngày xong."
	check_out $'date\t2004-03\tTháng 3 - 2004\ttext\tsolar
time\tXXXX-08-11T15:30\t15 g 30 ngày 11 - 8\t-\tsolar
time\tXXXX-XX-XXT21:00\t21 giờ đêm\t-\tsolar
time\tXXXX-08-11T17:20\t17 g 20 phút cùng ngày\t-\tsolar'
}

@test "vn-date: intervals: từ 8h-11h ngày 20-2, Từ sáng 15 đến hết ngày 16-9, từ 16 đến 18-5, từ ngày 31 tháng 7 – 2 tháng 8 năm 1949" {
	run dates "Từ 8h-11h ngày 20-2 có họp; Từ sáng 15 đến hết ngày 16-9 có lễ; thi từ 16 đến 18-5; họp từ ngày 31 tháng 7 – 2 tháng 8 năm 1949."
	check_out $'interval\tXXXX-02-20T08:00/XXXX-02-20T11:00\tTừ 8h-11h ngày 20-2\t-\tsolar
interval\tXXXX-09-15TMO/XXXX-09-16\tTừ sáng 15 đến hết ngày 16-9\t-\tsolar
interval\tXXXX-05-16/XXXX-05-18\ttừ 16 đến 18-5\t-\tsolar
interval\t1949-07-31/1949-08-02\ttừ ngày 31 tháng 7 – 2 tháng 8 năm 1949\ttext\tsolar'
	run dates "Mùa khô kéo dài từ tháng 10 đến tháng 3." -r 2024-06-01
	check_out $'interval\t2023-10/2024-03\ttừ tháng 10 đến tháng 3\tref\tsolar'
}

@test "vn-date: 'hôm 10/5' is a date, 'hôm qua 23-3' and 'hôm nay (24-3)' the dates they name" {
	run dates "Hôm 10/5 trời mưa; hôm qua 23-3, Bộ trưởng phát biểu; hôm nay (24-3) họp." -r 2024-01-12
	check_out $'date\t2023-05-10\tHôm 10/5\tref\tsolar
date\t2023-03-23\thôm qua 23-3\tref\tsolar
date\t2023-03-24\thôm nay (24-3)\tref\tsolar'
}

@test "vn-date: a day and month after a clock or a part of the day may be spaced: 'Chiều 31 - 3', '2 giờ sáng 9 - 8', 'ngày 17 - 3 – 2004'" {
	run dates "Chiều 31 - 3, họp; gần 2 giờ sáng 9 - 8, ống được đưa đến; đến ngày 17 - 3 – 2004 thì xong."
	check_out $'time\tXXXX-03-31TAF\tChiều 31 - 3\t-\tsolar
time\tXXXX-08-09T02:00\t2 giờ sáng 9 - 8\t-\tsolar
date\t2004-03-17\tngày 17 - 3 – 2004\ttext\tsolar'
}

@test "vn-date: 'D tháng M' is a date without a word before it; 'quí 1 - 2004' is a quarter" {
	run dates "8 tháng 11 - Ông A ra đời; quí 1 - 2004 tăng."
	check_out $'date\tXXXX-11-08\t8 tháng 11\t-\tsolar
date\t2004-Q1\tquí 1 - 2004\ttext\tsolar'
}

@test "vn-date: lunar dates in the solar calendar: Rằm tháng Giêng năm Ất Tỵ, mùng 1 Tết Quý Mão, Tết Nguyên đán Giáp Thìn (can chi near the anchor)" {
	run dates "Rằm tháng Giêng năm Ất Tỵ, mùng 1 Tết Quý Mão và Tết Nguyên đán Giáp Thìn." -r 2024-01-12
	check_out $'date\t2025-02-12\tRằm tháng Giêng năm Ất Tỵ\tref\tlunar
date\t2023-01-22\tmùng 1 Tết Quý Mão\tref\tlunar
date\t2024-02-10\tTết Nguyên đán Giáp Thìn\tref\tlunar'
	run dates "Rằm tháng Giêng năm Ất Tỵ vui."
	check_out $'date\tXXXX-XX-XX\tRằm tháng Giêng năm Ất Tỵ\t-\tlunar'
}

@test "vn-date: lunar dates with their year: Giỗ Tổ 10/3 âm lịch 2024, Trung thu 2022, Tết 1985 (21 January), Tết Mậu Thân 1968, 30 tháng Chạp" {
	run dates "Giỗ Tổ ngày 10 tháng 3 âm lịch năm 2024; Tết Trung thu năm 2022; Tết 1985; Tết Mậu Thân 1968; đêm 30 tháng Chạp năm 1959."
	check_out $'date\t2024-04-18\tngày 10 tháng 3 âm lịch năm 2024\ttext\tlunar
date\t2022-09-10\tTết Trung thu năm 2022\ttext\tlunar
date\t1985-01-21\tTết 1985\ttext\tlunar
date\t1968-01-29\tTết Mậu Thân 1968\ttext\tlunar
time\t1960-01-27TNI\tđêm 30 tháng Chạp năm 1959\ttext\tlunar'
}

@test "vn-date: '(tức ngày 18 tháng 7 âm lịch)' takes the lunar year of the date of its sentence" {
	run dates "Ngày 2/9/2023 (tức ngày 18 tháng 7 âm lịch) có lễ."
	check_out $'date\t2023-09-02\tNgày 2/9/2023\ttext\tsolar
date\t2023-09-02\tngày 18 tháng 7 âm lịch\ttext\tlunar'
}

@test "vn-date: a whole lunar month, tháng Giêng or tháng Chạp, is the interval of its solar days" {
	run dates "Tháng Giêng là tháng ăn chơi." -r 2024-01-12
	check_out $'interval\t2024-02-10/2024-03-09\tTháng Giêng\tref\tlunar'
}

@test "vn-date: a stamp line is the article's date: 'Thứ Sáu, 12/1/2024, 16:05 (GMT+7)', 'Ngày đăng: 15/07/2023 | Lượt xem: 1.204'" {
	run dates $'Thứ Sáu, 12/1/2024, 16:05 (GMT+7)\nHôm qua, tỉnh họp.'
	check_out $'time\t2024-01-12T16:05\tThứ Sáu, 12/1/2024, 16:05\ttext\tsolar
date\t2024-01-11\tHôm qua\tdoc\tsolar'
	run dates $'Ngày đăng: 15/07/2023 | Lượt xem: 1.204\nSáng nay, đoàn về.'
	check_out $'date\t2023-07-15\t15/07/2023\ttext\tsolar
time\t2023-07-15TMO\tSáng nay\tdoc\tsolar'
}

@test "vn-date: a dateline at the start of the lead is the stamp: 'Sáng ngày 16/7/2021, ...', 'TTXVN - Ngày 26/7/2022, ...'" {
	run dates $'Sáng ngày 16/7/2021, Ban Thường vụ Tỉnh ủy họp.\nHôm qua, đoàn về.'
	check_out $'time\t2021-07-16TMO\tSáng ngày 16/7/2021\ttext\tsolar
date\t2021-07-15\tHôm qua\tdoc\tsolar'
	run dates $'TTXVN - Ngày 26/7/2022, Tỉnh ủy tổ chức hội nghị.\nNgày 2/8 họp tiếp.'
	check_out $'date\t2022-07-26\tNgày 26/7/2022\ttext\tsolar
date\t2022-08-02\tNgày 2/8\tdoc\tsolar'
}

@test "vn-date: the first full date of a biography or a retrospective is no stamp" {
	run dates $'Ông sinh ngày 5/3/1948 tại Hà Nội.\nNgày 7/3, ông về quê.'
	check_out $'date\t1948-03-05\tngày 5/3/1948\ttext\tsolar
date\tXXXX-03-07\tNgày 7/3\t-\tsolar'
	run dates $'Đêm 4/3/2002, trận lũ ập đến.\nNăm 2022, làng đã đổi khác; hôm qua có hội.'
	check_out $'time\t2002-03-04TNI\tĐêm 4/3/2002\ttext\tsolar
date\t2022\tNăm 2022\ttext\tsolar
date\tXXXX-XX-XX\thôm qua\t-\tsolar'
}

@test "vn-date: 'năm sau' and 'hôm sau' count from the date the text named; 'năm này' is the year its paragraph tells of" {
	run dates "Năm 1529 ông bị thất sủng, năm sau ông bị bắt; ngày 5/3/1530, ông về; hôm sau ông đi." -r 2024-01-12
	check_out $'date\t1529\tNăm 1529\ttext\tsolar
date\t1530\tnăm sau\ttext\tsolar
date\t1530-03-05\tngày 5/3/1530\ttext\tsolar
date\t1530-03-06\thôm sau\ttext\tsolar'
	run dates $'Năm 2010 ông sang Pháp. Cũng trong năm này, ông viết sách.\nTrong năm này, ông học; hôm sau ông về.' -r 2024-01-12
	check_out $'date\t2010\tNăm 2010\ttext\tsolar
date\t2010\tnăm này\ttext\tsolar
date\tXXXX\tnăm này\t-\tsolar
date\tXXXX-XX-XX\thôm sau\t-\tsolar'
}

@test "vn-date: 'D tháng M năm ngoái' and 'năm nay' are that day of the anchor's year moved; 29 tháng 2 of a common year stays XXXX" {
	run dates "Hội thảo khai mạc hôm 21 tháng 5 năm ngoái; hạn nộp là ngày 29 tháng 2 năm ngoái, giải ngân ngày 4 tháng 11 năm nay." -r 2024-07-10
	check_out $'date\t2023-05-21\thôm 21 tháng 5 năm ngoái\tref\tsolar
date\tXXXX-02-29\tngày 29 tháng 2 năm ngoái\t-\tsolar
date\t2024-11-04\tngày 4 tháng 11 năm nay\tref\tsolar'
	run dates "Hội thảo khai mạc hôm 21 tháng 5 năm ngoái."
	check_out $'date\tXXXX-05-21\thôm 21 tháng 5 năm ngoái\t-\tsolar'
}

@test "vn-date: minutes and seconds in words: Mười phút sau, trong ba mươi giây, hai phút nữa" {
	run dates "Mười phút sau, đoàn cứu hộ có mặt; xe phải chờ trong ba mươi giây và chạy thêm hai phút nữa."
	check_out $'duration\tPT10M\tMười phút sau\ttext\tsolar
duration\tPT30S\ttrong ba mươi giây\ttext\tsolar
duration\tPT2M\thai phút nữa\ttext\tsolar'
}

@test "vn-date: a count before 'năm 1998' is no duration; '5 năm 2021 - 2025' keeps its five years" {
	run dates "Số khách (312 năm 1998, 455 năm 2001) tăng dần; kế hoạch 5 năm 2021 - 2025 đã duyệt."
	check_out $'date\t1998\tnăm 1998\ttext\tsolar
date\t2001\tnăm 2001\ttext\tsolar
duration\tP5Y\t5 năm\ttext\tsolar
interval\t2021/2025\t2021 - 2025\ttext\tsolar'
}

@test "vn-date: 'D - M – YYYY' with spaced dashes is a date without a word before it; a spaced score 2 - 1 is none" {
	run dates "Luật có hiệu lực 1 - 7 – 2015; tỷ số 2 - 1 nghiêng về đội khách."
	check_out $'date\t2015-07-01\t1 - 7 – 2015\ttext\tsolar'
}

@test "vn-date: a weekday after vào, hôm or a part of the day is the one nearest the anchor, after it for a future; 'Thứ hai,' and 'lần thứ ba' are none" {
	run dates "Đoàn về vào thứ Bảy; tối thứ Sáu có tiệc; đội sẽ thi đấu vào chủ nhật; họp lúc 14 giờ thứ Tư." -r 2024-07-10
	check_out $'date\t2024-07-06\tthứ Bảy\tref\tsolar
time\t2024-07-05TEV\ttối thứ Sáu\tref\tsolar
date\t2024-07-14\tchủ nhật\tref\tsolar
time\t2024-07-10T14:00\t14 giờ thứ Tư\tref\tsolar'
	run dates "Đoàn về vào thứ Bảy."
	check_out $'date\tXXXX-XX-XX\tthứ Bảy\t-\tsolar'
	run dates "Thứ hai, cần tăng cường kiểm tra; lần thứ ba ông về quê." -r 2024-07-10
	check_out ""
}

@test "vn-date: weekdays listed after a noun count it ('thế hệ thứ tư, thứ năm'); listed after a mark or a cue they are days" {
	run dates "Lớp này là thế hệ thứ tư, thứ năm của làng; hai con thứ hai, thứ ba đi học."
	check_out ""
	run dates "Báo ra ba kỳ (thứ ba, thứ năm, thứ bảy); đội tập vào thứ Hai, thứ Tư."
	check_out $'date\tXXXX-XX-XX\tthứ ba, thứ năm, thứ bảy\t-\tsolar
date\tXXXX-XX-XX\tthứ Hai, thứ Tư\t-\tsolar'
}

@test "vn-date: a year after sinh, s., SN or m. is the year of a birth or a death ('(sinh 1960)', '(s. 1911)', '(SN 1985, trú tại ...)', '(m. 1804)'); 'sinh 2 con' is none" {
	run dates "Ông Trần Văn Bảy (sinh 1962) và bà Lê Thị Tám (s. 1958) có con là Trần Văn Chín (SN 1990, trú tại xã Đông). Bà sinh 2 con."
	check_out $'date\t1962\t1962\ttext\tsolar
date\t1958\t1958\ttext\tsolar
date\t1990\t1990\ttext\tsolar'
	run dates "Cụ Lê Văn Mười (m. 1945) là ông nội anh."
	check_out $'date\t1945\t1945\ttext\tsolar'
}

@test "vn-date: days of one month without 'ngày' where the month is a word: '(13–16 tháng 8 năm 1945)'; a range of percents before a month is none" {
	run dates "Chiến dịch Bắc Sơn (13–16 tháng 8 năm 1945) kết thúc."
	check_out $'interval\t1945-08-13/1945-08-16\t13–16 tháng 8 năm 1945\ttext\tsolar'
	run dates "Hội chợ mở 3 - 5 tháng Tư; giá xăng tăng 2-3% tháng 8."
	check_out $'interval\tXXXX-04-03/XXXX-04-05\t3 - 5 tháng Tư\t-\tsolar
date\tXXXX-08\ttháng 8\t-\tsolar'
}

@test "vn-date: years after a label joined by 'đến' or 'tới' are an interval ('giai đoạn 1975 đến 1985', 'Năm 1987 đến 1992'); năm học, niên khóa and mùa giải are labels; 'Có 1500 đến 1600 người' is none" {
	run dates "Trong giai đoạn 1975 đến 1985 xã có 3 thôn; năm 1987 tới 1992 ông làm Bí thư; năm học 2011 - 2012 có 40 lớp."
	check_out $'interval\t1975/1985\tgiai đoạn 1975 đến 1985\ttext\tsolar
interval\t1987/1992\tnăm 1987 tới 1992\ttext\tsolar
interval\t2011/2012\tnăm học 2011 - 2012\ttext\tsolar'
	run dates "Niên khóa 1998 đến 2002 có 1500 đến 1600 sinh viên."
	check_out $'interval\t1998/2002\tNiên khóa 1998 đến 2002\ttext\tsolar'
}

@test "vn-date: 'thế kỷ 19' is the century 18 (its years 18XX), 'thế kỷ XIX' too, with or without a digit near" {
	run dates "Từ thế kỷ 19, làng giữ nghề."
	check_out $'date\t18\tthế kỷ 19\ttext\tsolar'
	run dates "Cuối thế kỷ XIX, năm 1885, phố mở."
	check_out $'date\t18\tthế kỷ XIX\ttext\tsolar
date\t1885\tnăm 1885\ttext\tsolar'
	run dates "Sang thế kỉ XXI, làng mở thêm chợ; từ thế kỷ thứ XV làng đã có đình."
	check_out $'date\t20\tthế kỉ XXI\ttext\tsolar
date\t14\tthế kỷ thứ XV\ttext\tsolar'
}

@test "vn-date: a dateline after a sentence that named a full date is a history's, no stamp" {
	run dates $'Tỉnh X được thành lập ngày 4 tháng 3 năm 1890.\nNgày 12 tháng 8 năm 1976, tỉnh nhập vào tỉnh Y.\nMùa mưa từ tháng 5 đến tháng 10.'
	check_out $'date\t1890-03-04\tngày 4 tháng 3 năm 1890\ttext\tsolar
date\t1976-08-12\tNgày 12 tháng 8 năm 1976\ttext\tsolar
interval\tXXXX-05/XXXX-10\ttừ tháng 5 đến tháng 10\t-\tsolar'
	run dates $'Ngày 12 tháng 8 năm 1976, tỉnh nhập vào tỉnh Y.\nMùa mưa từ tháng 5 đến tháng 10.'
	check_out $'date\t1976-08-12\tNgày 12 tháng 8 năm 1976\ttext\tsolar
interval\t1976-05/1976-10\ttừ tháng 5 đến tháng 10\tdoc\tsolar'
}

@test "vn-date: -j writes the calendar too" {
	run vn-date -j -d bài -r 2024-01-12 <<< "Rằm tháng Giêng năm Giáp Thìn."
	check_out '{"doc":"bài","loc":"1.1","line":1,"sentence":1,"kind":"date","value":"2024-02-24","text":"Rằm tháng Giêng năm Giáp Thìn","anchor":"ref","calendar":"lunar"}'
}

@test "vn-date: the years of a list after 'năm' are years ('năm 2002 và 2004', 'các năm 1998, 2000 và 2003'), of tens after 'những năm' or 'thập niên' decades; smaller numbers after the list, or no 'năm' before it, are none" {
	run dates "Chợ được sửa vào các năm 1998, 2001 và 2005 rồi mở rộng."
	check_out $'date\t1998\tnăm 1998\ttext\tsolar
date\t2001\t2001\ttext\tsolar
date\t2005\t2005\ttext\tsolar'
	run dates "Giải được trao năm 2009 hoặc 2010 cho hai đội, rồi năm 2014, 2016, và 2018."
	check_out $'date\t2009\tnăm 2009\ttext\tsolar
date\t2010\t2010\ttext\tsolar
date\t2014\tnăm 2014\ttext\tsolar
date\t2016\t2016\ttext\tsolar
date\t2018\t2018\ttext\tsolar'
	run dates "Trong những năm 1960 và 1970, làng trồng lúa; thập niên 1980, 1990 thì trồng cà phê."
	check_out $'date\t196X\tnhững năm 1960\ttext\tsolar
date\t197X\t1970\ttext\tsolar
date\t198X\tthập niên 1980\ttext\tsolar
date\t199X\t1990\ttext\tsolar'
	run dates "Năm 2020 xã có 1200 và 1800 hộ; năm 2021 và 1500 người khác."
	check_out $'date\t2020\tNăm 2020\ttext\tsolar
date\t2021\tnăm 2021\ttext\tsolar'
}

@test "vn-date: 'các năm' lists years even of tens ('các năm 1930 và 1950'), 'những năm' decades ('những năm 1930 và 1950')" {
	run dates "Đội vô địch vào các năm 1930 và 1950, còn trong những năm 1930 và 1950 thì sa sút."
	check_out $'date\t1930\tnăm 1930\ttext\tsolar
date\t1950\t1950\ttext\tsolar
date\t193X\tnhững năm 1930\ttext\tsolar
date\t195X\t1950\ttext\tsolar'
}

@test "vn-date: a list of years after 'năm' may run down, as awards are listed ('(năm 1978, 1966, 1961)'), where a mark or a joiner follows each year; 'Năm 2021, 1990 hộ' is no list" {
	run dates "Trường nhận 2 Huân chương Độc lập (năm 1978, 1966 và 1961); năm 2021, 1990 hộ dân có điện."
	check_out $'date\t1978\tnăm 1978\ttext\tsolar
date\t1966\t1966\ttext\tsolar
date\t1961\t1961\ttext\tsolar
date\t2021\tnăm 2021\ttext\tsolar'
}

@test "vn-date: a range of counts before a unit is a range of durations, the least and the most ('10 - 15 phút' PT10M/PT15M, 'từ 2 đến 7 năm' P2Y/P7Y); days of a month ('12 - 14 tháng Giêng') and other units are none" {
	run dates "Mỗi lượt khám mất 10 - 15 phút, người bệnh chờ 2–3 ngày; kẻ phạm tội bị phạt tù từ 2 đến 7 năm."
	check_out $'duration\tPT10M/PT15M\t10 - 15 phút\ttext\tsolar
duration\tP2D/P3D\t2–3 ngày\ttext\tsolar
duration\tP2Y/P7Y\ttừ 2 đến 7 năm\ttext\tsolar'
	run dates "Lễ hội diễn ra 12 - 14 tháng Giêng; đường dài 2-3 km; từ 2 đến 4 giờ chiều." -r 2024-07-20
	check_out $'date\t2024-02-23\t14 tháng Giêng\tref\tlunar
time\tXXXX-XX-XXT16:00\t4 giờ chiều\t-\tsolar'
}

@test "vn-date: days of one month without 'ngày' are an interval where a d/m alone would be a date: in brackets ('(14 và 15/8)'), after 'vào' ('vào 20-21/8'), with a year; a d/m alone in brackets is a date ('qua đời (3/9)'); fractions and numbers in brackets are none" {
	run dates "Hội thao diễn ra trong hai ngày (14 và 15/8) tại sân vận động; giải bơi tổ chức vào 20-21/8; lão nông qua đời (3/9); hội chợ 27-29/11/2023." -r 2024-07-20
	check_out $'duration\tP2D\ttrong hai ngày\ttext\tsolar
interval\t2024-08-14/2024-08-15\t14 và 15/8\tref\tsolar
interval\t2024-08-20/2024-08-21\t20-21/8\tref\tsolar
date\t2024-09-03\t3/9\tref\tsolar
interval\t2023-11-27/2023-11-29\t27-29/11/2023\ttext\tsolar'
	run dates "Thửa ruộng rộng 2 và 1/2 sào (1/2 phần còn lại), tạp chí số 84(1/3), tỷ số (2-1)."
	check_out ''
}

@test "vn-date: the days and months of a list of d/m take the year the list ends in ('5-9 và 7-9-1945', 'các ngày 2/1, 4/2 và 6/3/1980'), which makes a bare first item a date" {
	run dates "Hai trận đánh 5-9 và 7-9-1945 mở màn; các ngày 2/1, 4/2 và 6/3/1980 có mưa."
	check_out $'date\t1945-09-05\t5-9\ttext\tsolar
date\t1945-09-07\t7-9-1945\ttext\tsolar
date\t1980-01-02\tngày 2/1\ttext\tsolar
date\t1980-02-04\t4/2\ttext\tsolar
date\t1980-03-06\t6/3/1980\ttext\tsolar'
}

@test "vn-date: 'ta' ending a month's phrase makes it lunar ('tháng năm ta,', 'rằm tháng 8 ta năm 2023'); the pronoun after 'tháng năm' (the years) is none" {
	run dates "Hồi ấy là tháng năm ta, lúa đã chín; rằm tháng 8 ta năm 2023 cả làng rước đèn; những tháng năm ta sống ở đó thật vui." -r 2024-07-20
	check_out $'interval\t2024-06-06/2024-07-05\ttháng năm ta\tref\tlunar
date\t2023-09-29\trằm tháng 8 ta năm 2023\ttext\tlunar'
}

@test "vn-date: each end of an interval keeps the precision the text gives it ('từ cuối tháng 8/1945 đến cuối năm 1945' 1945-08/1945); an end before its start makes no interval, and years before the Common Era none ('1200 năm TCN')" {
	run dates "Từ cuối tháng 8/1945 cho đến cuối năm 1945, ông ở Huế; từ năm 2019 đến năm 2015 là số liệu cũ; đồ gốm có từ 2500 - 1200 năm TCN."
	check_out $'interval\t1945-08/1945\tTừ cuối tháng 8/1945 cho đến cuối năm 1945\ttext\tsolar
date\t2019\tnăm 2019\ttext\tsolar
date\t2015\tnăm 2015\ttext\tsolar'
}

@test "vn-date: two years or more that are all a line holds after its colon are years, as honours are listed ('Bằng khen của Bộ Công an: 2011, 2015 và 2018.'); one number there, a count after them or 'ISO 9001:2008' are none" {
	run dates $'Bằng khen của Bộ Công an: 2011, 2015 và 2018.\nVô địch (3): 1996; 2001; 2009\nTổng số hộ: 1500.\nSố hộ: 1200, 1500 người.\nĐạt chuẩn ISO 9001:2008, 9001:2015.'
	check_out $'date\t2011\t2011\ttext\tsolar
date\t2015\t2015\ttext\tsolar
date\t2018\t2018\ttext\tsolar
date\t1996\t1996\ttext\tsolar
date\t2001\t2001\ttext\tsolar
date\t2009\t2009\ttext\tsolar'
}

@test "vn-date: 'N ngày trước rồi' counts back from the anchor ('từ mười ngày trước rồi'); 'hai ngày trước buổi lễ' stays a duration" {
	run dates "Chúng tôi đã nhận tin từ mười ngày trước rồi, hai ngày trước buổi lễ." -r 2024-07-20
	check_out $'date\t2024-07-10\tmười ngày trước\tref\tsolar
duration\tP2D\thai ngày trước\ttext\tsolar'
}

@test "vn-date: a count in words and the next are a range of durations ('một hai tuần' P1W/P2W, 'hai, ba giờ đồng hồ'); 'N năm về trước' counts back; 'một tuần thì' is a duration" {
	run dates "Ông ở lại một hai tuần, rồi đi bộ hai, ba giờ đồng hồ; ngôi chùa có từ 300 năm về trước; cho tôi một tuần thì xong." -r 2024-07-20
	check_out $'duration\tP1W/P2W\tmột hai tuần\ttext\tsolar
duration\tPT2H/PT3H\thai, ba giờ đồng hồ\ttext\tsolar
date\t1724\t300 năm về trước\tref\tsolar
duration\tP1W\tmột tuần\ttext\tsolar'
}

@test "vn-date: 'Trong 9 tháng đầu năm 2023' is those months, not a duration and a year; a year opening a chronology's entry before a day and month is that date's ('1930 ngày 3-2 ...')" {
	run dates $'Trong 9 tháng đầu năm 2023, toàn huyện kết nạp 120 đảng viên; trong 6 tháng cuối năm sẽ phấn đấu.\n1930 ngày 3-2 Đảng ra đời.\n1945, ngày 2-9 nước Việt Nam Dân chủ Cộng hòa ra đời.'
	check_out $'interval\t2023-01/2023-09\t9 tháng đầu năm 2023\ttext\tsolar
date\tXXXX-H2\t6 tháng cuối năm\t-\tsolar
date\t1930-02-03\t1930 ngày 3-2\ttext\tsolar
date\t1945-09-02\t1945, ngày 2-9\ttext\tsolar'
}

@test "vn-date: 'cách đây' counts back past a word of about how much ('cách đây hơn một năm', 'Cách đây gần 30 năm')" {
	run dates "Cách đây gần 30 năm, làng còn nghèo; cách đây hơn một năm, xã lên phường." -r 2024-07-20
	check_out $'date\t1994\tCách đây gần 30 năm\tref\tsolar
date\t2023\tcách đây hơn một năm\tref\tsolar'
}

@test "vn-date: a clock time with minutes takes the English halves of the day after it ('4:00 p.m.' 16:00, '12:30 a.m.' 00:30, '12:00 p.m.' noon)" {
	run dates "Lúc 4:00 p.m. phái đoàn đến, 12:30 a.m. thì họp, đến 12:00 p.m. và 9:15 AM thì xong."
	check_out $'time\tXXXX-XX-XXT16:00\t4:00 p.m.\t-\tsolar
time\tXXXX-XX-XXT00:30\t12:30 a.m.\t-\tsolar
time\tXXXX-XX-XXT12:00\t12:00 p.m.\t-\tsolar
time\tXXXX-XX-XXT09:15\t9:15 AM\t-\tsolar'
}

@test "vn-date: a year and a dash to 'nay' or a closing bracket is a span to the present ('2014-nay', '(2004 -)'); a year and a dash before more words is none" {
	run dates $'2014-nay, Nguyễn Văn A là Chủ tịch; ông Trần B (2004 -).\nSố máy 2015- 1234 hỏng.'
	check_out $'interval\t2014/PRESENT_REF\t2014-nay\ttext\tsolar
interval\t2004/PRESENT_REF\t2004 -\ttext\tsolar'
}

@test "vn-date: years that are all a bracket holds are years ('(1980, 1985 và 2000)'), and so is a year closing a bracket after a comma, as works are dated ('(tiểu thuyết, 1985)'); numbers farther apart than a century, or a count, are none" {
	run dates "Ông được tặng Huân chương (1980, 1985 và 2000) và viết Đất nước (tiểu thuyết, 1985)."
	check_out $'date\t1980\t1980\ttext\tsolar
date\t1985\t1985\ttext\tsolar
date\t2000\t2000\ttext\tsolar
date\t1985\t1985\ttext\tsolar'
	run dates "Nghị quyết (1441, 1205, 1137) và (tổng số, 1500 người)."
	check_out ''
}

@test "vn-date: a year after a comma that a mark follows is the date's ('12 tháng 2, 1809 – 15 tháng 4, 1865', 'tháng 7, 2001,'); 'tháng 5, 2000 người' is a month and a count" {
	run dates "Abraham Lincoln (12 tháng 2, 1809 – 15 tháng 4, 1865) là tổng thống; tháng 7, 2001, ông đến."
	check_out $'interval\t1809-02-12/1865-04-15\t12 tháng 2, 1809 – 15 tháng 4, 1865\ttext\tsolar
date\t2001-07\ttháng 7, 2001\ttext\tsolar'
	run dates "Trong tháng 5, 2000 người tham gia."
	check_out $'date\tXXXX-05\ttháng 5\t-\tsolar'
}

@test "vn-date: two years joined by ÷ are a span, as chronologies write it ('1883 ÷ 1887', '1942÷1943'); '3 ÷ 5 m' is none" {
	run dates "1885 ÷ 1896 Khởi nghĩa ở vùng núi; ông bị giam, 1942÷1943."
	check_out $'interval\t1885/1896\t1885 ÷ 1896\ttext\tsolar
interval\t1942/1943\t1942÷1943\ttext\tsolar'
	run dates "Độ sâu 3 ÷ 5 m."
	check_out ''
}

@test "vn-date: a year in digits after a word of time opening a clause, or after 'tính đến', 'cho đến', 'kể từ', is that year ('Từ 1982 ông ...', '(đến 1969 công khai)', 'Tính đến 2015 dân số ...'); after a verb, or before a unit of time, it is none" {
	run dates "Từ 1982 ông làm Bí thư; đơn vị hoạt động bí mật (đến 1969 công khai)."
	check_out $'date\t1982\t1982\ttext\tsolar
date\t1969\t1969\ttext\tsolar'
	run dates "Tính đến 2015 dân số của huyện tăng; nhà thờ dùng kể từ 1833."
	check_out $'date\t2015\t2015\ttext\tsolar
date\t1833\t1833\ttext\tsolar'
	run dates "Số hộ tăng từ 1800 lên 1900 hộ sau 2000 năm dựng nước."
	check_out $'duration\tP2000Y\t2000 năm\ttext\tsolar'
	run dates "Chùa được dựng từ 1963 cho đến 1965."
	check_out $'interval\t1963/1965\ttừ 1963 cho đến 1965\ttext\tsolar'
}

@test "vn-date: a holiday's word before its day is a date's cue, as ngày is ('dịp 30/4 - 1/5', 'lễ 30-4', 'Quốc khánh 2 - 9'); 'lễ, tối 10/10' is the evening's" {
	run dates "Dịp 30/4 - 1/5 khách đông; nghỉ lễ 1-5 ở nhà; mừng Quốc khánh 2 - 9 năm nay."
	check_out $'interval\tXXXX-04-30/XXXX-05-01\tDịp 30/4 - 1/5\t-\tsolar
date\tXXXX-05-01\tlễ 1-5\t-\tsolar
date\tXXXX-09-02\tQuốc khánh 2 - 9\t-\tsolar
date\tXXXX\tnăm nay\t-\tsolar'
	run dates "Sau lễ, tối 10/10 đoàn về."
	check_out $'time\tXXXX-10-10TEV\ttối 10/10\t-\tsolar'
}

@test "vn-date: a day alone after its word is a date where a mark or 'cùng tháng' follows ('Ngày 19, ...', 'ngày 9 cùng tháng', 'Sáng ngày 6,'); 'mỗi ngày 3 lần', 'ngày 9.5' are none" {
	run dates "Ngày 19, đoàn về; đến ngày 21 cùng tháng thì họp; sáng ngày 6, trời mưa."
	check_out $'date\tXXXX-XX-19\tNgày 19\t-\tsolar
date\tXXXX-XX-21\tngày 21 cùng tháng\t-\tsolar
time\tXXXX-XX-06TMO\tsáng ngày 6\t-\tsolar'
	run dates "Mỗi ngày 3 lần uống thuốc; ngày 9.5 giờ làm."
	check_out ''
}

@test "vn-date: each day of a list of days takes the month and year the list ends in ('ngày 20, 22 và 24 tháng 6 năm 1867', 'ngày 5, 7 và 9/3/2021', 'mồng 4 và mồng 5 tháng 5 âm lịch')" {
	run dates "Vào các ngày 20, 22 và 24 tháng 6 năm 1867, quân Pháp đánh thành."
	check_out $'date\t1867-06-20\tngày 20\ttext\tsolar
date\t1867-06-22\t22\ttext\tsolar
date\t1867-06-24\t24 tháng 6 năm 1867\ttext\tsolar'
	run dates "Ngày 5, 7 và 9/3/2021 đoàn đến."
	check_out $'date\t2021-03-05\tNgày 5\ttext\tsolar
date\t2021-03-07\t7\ttext\tsolar
date\t2021-03-09\t9/3/2021\ttext\tsolar'
	run dates "Hội mở ngày mồng 4 và mồng 5 tháng 5 âm lịch."
	check_out $'date\tXXXX-XX-XX\tngày mồng 4\t-\tlunar
date\tXXXX-XX-XX\tmồng 5 tháng 5 âm lịch\t-\tlunar'
}

@test "vn-date: each month of a list of months takes the year the list ends in ('tháng 10 và 11/2020', 'tháng 5, 6 năm 1949', 'tháng 10, 11 - 2000'); 'tháng 3, 4 người' gives no year" {
	run dates "Trong tháng 10 và 11/2020 xã làm đường; các tháng 5, 6 năm 1949 quân tiến."
	check_out $'date\t2020-10\ttháng 10\ttext\tsolar
date\t2020-11\t11/2020\ttext\tsolar
date\t1949-05\ttháng 5\ttext\tsolar
date\t1949-06\t6 năm 1949\ttext\tsolar'
	run dates "Vào khoảng tháng 10, 11 - 2000 có tin."
	check_out $'date\t2000-10\ttháng 10\ttext\tsolar
date\t2000-11\t11 - 2000\ttext\tsolar'
	run dates "Đến tháng 3, 4 người về."
	check_out $'date\tXXXX-03\ttháng 3\t-\tsolar'
}

@test "vn-date: 'Trong tháng, ...' is the month told of, as 'Trong năm, ...' is the year; a year opening an entry of a chronology, or alone in brackets, is that year ('1941 – Chiến tranh ...', '1975: Thống nhất', 'đại hội 20 (1956)')" {
	run dates "Trong tháng, toàn tỉnh thu 20 tỷ đồng."
	check_out $'date\tXXXX-XX\tTrong tháng\t-\tsolar'
	run dates "1941 – Chiến tranh lan tới châu Á."
	check_out $'date\t1941\t1941\ttext\tsolar'
	run dates "1975: Thống nhất đất nước."
	check_out $'date\t1975\t1975\ttext\tsolar'
	run dates "2000 – 3000 người dự lễ."
	check_out ''
	run dates "Từ đại hội 20 (1956), đảng đổi đường lối; số đảng viên (1.500) tăng."
	check_out $'date\t1956\t1956\ttext\tsolar'
}

@test "vn-date: 'chục' before a unit of time is ten ('hơn chục năm nay', 'gần chục năm'); 'hàng chục năm', 'vài chục năm' and 'hai chục năm' are none" {
	run dates "Hơn chục năm nay ông làm nghề; gần chục năm trước làng còn nghèo."
	check_out $'duration\tP10Y\tchục năm nay\ttext\tsolar
duration\tP10Y\tchục năm trước\ttext\tsolar'
	run dates "Hàng chục năm qua, vài chục năm trước và hai chục năm sau."
	check_out ''
}

@test "vn-date: a day alone takes the month of the date the text named last, else the anchor's month or, when it is later than the anchor's day, the month before" {
	run dates $'Ngày 5/3/2020 đoàn đến.\nNgày 9 cùng tháng, đoàn họp.'
	check_out $'date\t2020-03-05\tNgày 5/3/2020\ttext\tsolar
date\t2020-03-09\tNgày 9 cùng tháng\ttext\tsolar'
	run dates "Ngày 9, đoàn họp; sáng ngày 2, đoàn về." -r 2024-03-05
	check_out $'date\t2024-02-09\tNgày 9\tref\tsolar
time\t2024-03-02TMO\tsáng ngày 2\tref\tsolar'
}

@test "vn-date: a range may begin and end at the edge of a month ('từ giữa tháng 5 đến giữa tháng 9', 'từ cuối tháng 3 đến đầu tháng 4/2021'); 'từ đầu năm đến nay' stays the year's start to now" {
	run dates "Từ giữa tháng 5 đến giữa tháng 9 là mùa mưa; từ cuối tháng 3 đến đầu tháng 4/2021 hội thi diễn ra."
	check_out $'interval\tXXXX-05/XXXX-09\tTừ giữa tháng 5 đến giữa tháng 9\t-\tsolar
interval\t2021-03/2021-04\ttừ cuối tháng 3 đến đầu tháng 4/2021\ttext\tsolar'
	run dates "Từ đầu năm đến nay, tỉnh kết nạp 934 đảng viên."
	check_out $'interval\tXXXX/PRESENT_REF\tTừ đầu năm đến nay\t-\tsolar'
}

@test "vn-date: yyyy-mm-dd is a date, as a page's stamp writes it; with more digits or another dash it is a code" {
	run vn-date <<< $'2025-12-19 16:45\nMã hồ sơ 2025-12-19-01 và 2025-12-190.'
	check_out $'-\t1.1\ttime\t2025-12-19T16:45\t2025-12-19 16:45\ttext\tsolar'
}

@test "vn-date: a relative day with its date after 'ngày' is that date, one finding ('Hôm qua (ngày 5/1)', 'Sáng nay, ngày 25/12,')" {
	run dates $'Hôm qua (ngày 5/1), Huyện ủy họp.\nSáng nay, ngày 25/12, Tỉnh ủy họp.'
	check_out $'date\tXXXX-01-05\tHôm qua (ngày 5/1)\t-\tsolar\ntime\tXXXX-12-25TMO\tSáng nay, ngày 25/12\t-\tsolar'
}

@test "vn-date: a count of a smaller unit of the calendar after a duration goes on it ('2 năm 3 tháng' P2Y3M, 'một tháng tám ngày' P1M8D, 'Trong 4 năm 6 tháng qua'); weeks too ('2 tuần 3 ngày' P2W3D); not a day's or a month's number ('ngày 5 tháng 3 năm 2024')" {
	run dates "Bị cáo lĩnh 2 năm 3 tháng tù; làm được một tháng tám ngày. Trong 4 năm 6 tháng qua, xã đổi mới. Ngày 5 tháng 3 năm 2024, huyện họp; sau 2 tuần 3 ngày thì xong."
	check_out $'duration\tP2Y3M\t2 năm 3 tháng\ttext\tsolar
duration\tP1M8D\tmột tháng tám ngày\ttext\tsolar
duration\tP4Y6M\tTrong 4 năm 6 tháng qua\ttext\tsolar
date\t2024-03-05\tNgày 5 tháng 3 năm 2024\ttext\tsolar
duration\tP2W3D\t2 tuần 3 ngày\ttext\tsolar'
}

@test "vn-date: 'sáng sớm' is the morning, as 'sáng' is ('Sáng sớm 5/6/2025', 'sáng sớm hôm sau')" {
	run sh -c "printf '%s\n' 'Sáng sớm 5/6/2025, đoàn xuất phát.' 'Đến sáng sớm hôm sau, đoàn về tới nơi.' | vn-date | cut -f3-5"
	check_out $'time\t2025-06-05TMO\tSáng sớm 5/6/2025
time\tXXXX-XX-XXTMO\tsáng sớm hôm sau'
}
