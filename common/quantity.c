/* quantity.c: the quantities of a sentence (numbers, percentages, ratios,
 * ranges, ordinals) and the noun each counts; dates, document numbers,
 * names and phone numbers are passed over. */
#include "quantity.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "doctype.h"
#include "names.h"
#include "numeral.h"
#include "temporal.h"
#include "token.h"
#include "util.h"
#include "vietnamese.h"

const char *const quantity_kind_names[] = {
	[QUANTITY_NUMBER] = "number",
	[QUANTITY_PERCENT] = "percent",
	[QUANTITY_RATIO] = "ratio",
	[QUANTITY_ORDINAL] = "ordinal",
};

/* The longest UNIT, in words, of a noun that goes on with no end in
 * sight: "tổ chức cơ sở Đảng"; a level ("cấp xã") is one word, so "đơn vị
 * hành chính cấp xã" is whole. A noun that ends within UNIT_READ words is
 * whole ("nước cộng hòa xã hội chủ nghĩa"). */
enum { UNIT_WORDS = 5, UNIT_READ = 8 };

/* Words that end a UNIT: prepositions, conjunctions, auxiliaries, common
 * verbs, the modifiers after a head noun ("đảng viên mới" counts đảng
 * viên), possessive pronouns ("hai đứa con tôi") and number words ("hai nhà
 * máy xây dựng hai dự án" counts nhà máy). A word of one syllable here must
 * be part of no noun a UNIT is made of ("thành" would cut "thành viên",
 * "chi" "chi bộ"). */
static const char *const unit_stop_words[] = {
	"và", "với", "của", "cho", "trong", "được", "đạt", "có",
	"là", "tức", "tức là", "so", "theo", "tại", "ở", "để", "từ", "đến", "tới",
	"trên", "dưới", "hơn", "gồm", "bao gồm", "thuộc", "trực thuộc",
	"về", "đã", "đang", "sẽ", "bị", "do", "vì", "nhưng", "hoặc",
	"hay", "mà", "thì", "như", "khi", "nếu", "sau", "trước", "song",
	"bằng", "qua", "vào", "ra", "lên", "xuống", "đồng thời",
	"trở lên", "trở", "nhằm", "đối với", "tham gia", "hoàn thành",
	"tiến hành", "thực hiện", "kiểm tra", "giám sát", "xem xét",
	"tham dự", "dự", "chiếm", "tăng", "giảm", "còn", "cũng", "đều",
	"này", "đó", "kia", "nào", "mới", "trọng tâm", "đột phá",
	"chủ yếu", "tiêu biểu", "xuất sắc", "nhất", "khác", "liền",
	"liên tiếp", "nữa", "rồi", "đi", "lại", "vẫn", "chưa", "không",
	"phải", "cần", "nên", "gần", "khoảng", "nhận", "trao", "tặng",
	"kết nạp", "đề ra", "gồm có", "đồng ý", "đòi hỏi", "mong muốn", "dành", "rạng", "ấy", "đây", "năm", "tháng",
	"ngày", "quý", "tuần", "hôm", "giờ", "mỗi", "mọi", "từng",
	"cả", "các", "những", "một", "cùng",
	"tcn", "scn", "trước công nguyên",
	/* verbs */
	"bổ nhiệm", "xây dựng", "xây", "dẫn đầu", "ngồi", "đứng", "chạy", "đóng", "ủng hộ",
	"thất thủ", "diễn ra", "xảy ra", "bắt đầu", "ước lượng", "chết", "thiệt mạng",
	"bị thương", "tử vong", "mất tích", "lấy", "nêu", "bỏ", "chịu", "chế tạo", "nộp",
	"đưa", "vượt", "trượt", "gây", "cầm đầu", "chen chúc", "cho biết", "khẳng định",
	"công bố", "ban hành", "thông qua", "triển khai", "phát hành", "hưởng", "trúng cử", "thay mặt",
	"đại diện cho",
	"trúng tuyển", "tốt nghiệp", "đề nghị", "vi phạm", "trở thành", "tiếp tục", "lần lượt",
	"làm việc", "sinh sống", "cư trú", "tập trung", "tán thành", "phản đối", "vắng mặt",
	"có mặt", "dự họp", "khởi tố", "truy tố", "bắt giữ", "tạm giữ", "xử phạt", "thu hồi",
	"mở rộng", "nâng cấp", "sửa chữa", "hoàn thiện", "ký kết", "thống nhất", "phối hợp",
	"liên kết", "tiếp nhận", "nghỉ hưu", "về hưu", "qua đời", "hy sinh", "nhập viện",
	"mắc bệnh", "lên đường", "chiến đấu", "tham chiến", "biểu quyết", "sống", "chở",
	"ra đời", "thành lập", "giải thể", "sáp nhập", "chia tách", "tham khảo", "hiếm hoi",
	"tiêu diệt", "bắn rơi", "kết nối", "nuôi",
	/* adverbs */
	"vừa", "cứ", "rất", "khá", "quá", "luôn", "ngay", "hiện nay", "hiện đang", "hiện có",
	"bởi", "lúc", "chỉ tính", "chỉ riêng", "chỉ có", "chỉ còn", "hoàn toàn",
	/* adjectives */
	"lớn", "nhỏ", "cũ", "tốt", "giỏi", "xấu", "dài", "ngắn", "rộng", "hẹp", "đẹp", "nhanh",
	"chậm", "xa", "vững chãi", "rõ rệt", "đầu tiên", "cuối cùng", "duy nhất", "nổi tiếng",
	"quan trọng", "chủ chốt", "điển hình", "trọng điểm", "lân cận", "chính thức",
	"tương đương", "đối địch", "dũng cảm", "hiểm ác", "sang trọng", "hiền hòa", "đen bóng",
	"sát vách", "yêu quý", "yêu quí", "khó khăn", "hiện đại", "truyền thống", "tiên tiến",
	"lạc hậu", "cơ bản", "toàn diện", "đáng kể", "cụ thể", "tương tự", "thường xuyên",
	"tự nhiên", "nhất định", "cần thiết", "nguy hiểm", "an toàn", "hợp pháp", "bất hợp pháp",
	"trái phép", "ban đầu", "riêng biệt", "độc lập", "cao cấp", "hàng đầu", "đối lập",
	"đối nghịch", "thù nghịch", "thù địch", "tật nguyền", "vĩ đại", "chuyên nghiệp", "ngang",
	"khắp", "tinh nhuệ", "trực tiếp", "tạm thời", "phổ biến", "miễn phí", "nổi bật", "then chốt",
	"phù hợp", "thông thường", "ngẫu nhiên", "tuyệt đối", "gương mẫu", "đông dân", "lý tưởng",
	"nhiều",
	/* particles */
	"thôi", "nhé", "ạ", "chứ", "đấy", "nhỉ",
	/* possessives */
	"tôi", "ta", "mình", "họ", "nó", "chúng tôi", "chúng ta", "hắn",
	/* number words */
	"hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi",
	"trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "chục",
};

/* Words that end a UNIT after its first word, where they are verbs; as the
 * first they are nouns ("3 quyết định", "hai hoạt động", "2 bảo vệ"):
 * "12 cán bộ quản lý" counts cán bộ. */
static const char *const after_head_list[] = {
	"phát hiện", "sản xuất", "đăng ký", "hỗ trợ", "cung cấp", "quyết định", "liên lạc",
	"đấu tranh", "hoạt động", "học tập", "công tác", "đóng góp", "phục vụ", "quản lý",
	"điều hành", "bỏ phiếu", "phát biểu", "báo cáo", "đề xuất", "kiến nghị", "góp ý",
	"thảo luận", "giải quyết", "xử lý", "xét xử", "điều tra", "cam kết", "đầu tư",
	"vận chuyển", "xuất khẩu", "nhập khẩu", "tiêu thụ", "điều trị", "cấp cứu", "bảo vệ",
	"chăm sóc", "viện trợ",
	/* verbs of one syllable, and words of a clause after its subject, that
	 * begin nouns too ("bán đảo", "sang năm", "đầu máy"): after the head
	 * they end it ("3000 quân sang đánh", "20 người vậy mà") */
	"mua", "bán", "nấu", "sang", "giữa", "vậy", "chặn", "bắt", "bắn", "hỏi", "nối",
	"đón", "muốn", "làm", "tuổi", "thân", "thấy", "kể", "mang", "đem", "tìm", "nhìn",
	"xem", "nằm", "chờ", "đợi", "gửi", "nhờ", "chia", "giết", "thả", "trả", "cắt",
	"phá", "đốt", "xin", "ngẩn ngơ", "vui vẻ", "buồn", "mừng", "dẫn đến", "dẫn tới",
	"lẩn trốn", "ngoằn ngoèo", "tử trận", "hậu thuẫn", "tượng trưng", "dao động", "kết hôn",
	"ly hôn", "đầu hàng", "bỏ trốn", "biết", "kèm", "chạm", "nâng", "nảy sinh", "mất", "nói",
	"dạy", "nghiện", "đặt", "nhiễm", "hút", "ăn", "uống", "ngủ", "đọc", "chơi", "khóc",
	"cười", "leo", "bơi", "đẩy", "ôm", "cầm", "gặp", "yêu", "sợ", "nghĩ", "hiểu", "nhớ", "quên",
	"giúp", "trồng", "săn", "thể hiện", "xuất hiện", "bảo", "họp", "viếng", "dựa", "giành",
	"bất đồng", "nghiến",
	/* and more of them, the commonest after a head in real text: "5,5
	 * triệu quân tấn công", "21 nước thiết lập quan hệ", "ba vương đánh
	 * đến", "bà cụ 70 nuôi" */
	"tấn công", "tiến công", "thiết lập", "sử dụng", "kiểm soát", "phát triển", "hợp thành",
	"thay đổi", "xuất phát", "định cư", "tranh cử", "đắc cử", "xâm phạm", "chứng minh",
	"điều khiển", "diễn tả", "hàn gắn", "yểm hộ", "tiến sát", "truyền đạo", "khiến", "dùng",
	"đánh", "đỡ", "nổ", "vươn", "dừng", "khai thác", "tuyên bố", "đàm phán", "hợp tác",
	"biểu tình", "khiếu nại", "nắm quyền", "kết hợp", "trùng tên", "tranh luận", "liên quan",
	"tuyên chiến", "nắm giữ", "cai trị", "phụ trách", "hành nghề", "xếp hạng", "lựa chọn",
	"xâm nhập", "khởi hành", "tiếp cận", "đột kích", "ám sát", "đào ngũ", "nổi dậy",
	"khai mạc", "bế mạc", "hòa đàn", "hối hả", "thi đấu", "coi", "trông coi",
	/* "only": "hai nữ thám tử nghiệp dư chỉ dừng"; not "ban chỉ đạo" */
	"chỉ", "đình chỉ",
	/* and adverbs of a clause after its subject: "hai chị em hiện sống",
	 * "2.627 xã toàn miền Nam" */
	"hiện", "toàn",
	/* "against": "hai cuộc chiến tranh chống Pháp" */
	"chống",
	/* verbs whose second word is a stop word: "17 nước chấp nhận" counts nước */
	"chấp nhận", "xác nhận", "thừa nhận", "ghi nhận", "công nhận", "thu nhận", "đảm nhận",
	"nhìn nhận", "cảm nhận",
	/* a place along or around the head, an adjective of "vô" (without):
	 * "700 phòng ven biển", "hai đứa cháu vô tội"; the nouns made with
	 * them are whole ("nhà vô địch", "vùng ven") */
	"rút", "nhập ngũ", "ven", "quanh", "xung quanh", "chung quanh", "xoay quanh", "vô",
	/* people of a place or a kind after the head: "7 xóm người Việt",
	 * "3 cán bộ người dân tộc"; the nouns made with it are whole ("hai
	 * con người", "đoàn người") */
	"người",
};

/* Phrases a UNIT takes as one word: nouns with a word of unit_stops in
 * them ("lý do"), and levels ("đơn vị hành chính cấp xã" is whole). */
static const char *const unit_noun_list[] = {
	"cấp cơ sở", "cấp trung ương", "cấp thành phố", "cấp tỉnh", "cấp huyện",
	"cấp xã", "cấp quận", "cấp phường", "cấp thị xã", "cấp bộ",
	"lý do", "nguyên do", "tin tức", "nhà ở", "điểm đến", "lối ra", "lối vào", "đầu ra", "xe tăng",
	"người có công", "ca mắc", "ca nhiễm", "ca tử vong", "người đi đường",
	"chỗ ngồi", "chỗ ở", "việc làm", "dòng họ", "dự án", "dự thảo", "bằng khen", "phòng không",
	"bằng chứng", "bằng cấp", "bị cáo", "bị can", "bị hại", "khu vực", "đa khoa",
	"quá trình", "thuộc địa", "cứ điểm", "không gian",
	/* nouns that begin with a scale word, a number word or đồng: "một tỉ lệ"
	 * is no billion, "xe ba gác" counts no three, "hai đồng nghiệp" no dong */
	"tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "tỷ giá", "tỉ giá", "tỷ phú", "tỉ phú",
	"tỷ số", "tỉ số", "triệu phú", "triệu chứng", "vạn vật",
	"ba gác", "ba lô", "ba toong", "ba rọi", "ba chỉ", "ba hoa", "ba phải", "ba xạo", "ba láp",
	"chín chắn", "chín muồi", "chín mùi",
	"đồng bào", "đồng hồ", "đồng đội", "đồng nghiệp", "đồng hương", "đồng ruộng",
	"đồng bằng", "đồng tiền", "đồng xu", "đồng minh", "đồng phạm", "đồng lương",
	"đồng sự", "đồng môn", "đồng loại", "đồng cỏ", "đồng lúa", "đồng tác giả",
	"đồng chủ tịch", "đồng bộ", "đồng tính",
	/* nouns with a verb of after_head_list in them */
	"buôn bán", "mua bán", "ngăn chặn", "đánh bắt",
	"ngừng bắn", "câu hỏi", "nơi làm việc",
	"câu nói", "tiếng nói", "giọng nói", "bài nói",
	"mục từ", "vô địch", "vô tuyến", "vô sản", "vùng ven", "ngoại ven",
	"con người", "loài người", "đoàn người", "dòng người", "lòng người", "lượt người", "số người",
	"xác người", "xương người", "buôn người", "tộc người", "biển người",
	/* nouns with one of the later verbs of after_head_list in them: "3 bài
	 * giảng dạy", "hai trò chơi", "5 con gia cầm"; not "20 người gặp nhau" */
	"giảng dạy", "dạy nghề", "ô nhiễm", "lây nhiễm", "thu hút", "máy hút",
	"thức ăn", "đồ ăn", "món ăn", "bữa ăn", "quán ăn", "nhà ăn", "bàn ăn", "cây ăn quả",
	"đồ uống", "nước uống", "phòng ngủ", "giấc ngủ", "bạn đọc", "đồ chơi", "trò chơi",
	"sân chơi", "vui chơi", "làng chơi", "người chơi", "nụ cười", "tiếng cười", "hồ bơi",
	"bể bơi", "xe đẩy", "thúc đẩy", "gia cầm", "tình yêu", "đáng yêu", "nỗi sợ",
	"suy nghĩ", "ý nghĩ", "tìm hiểu", "nỗi nhớ", "trí nhớ", "ghi nhớ", "cây trồng",
	"gieo trồng", "thợ săn", "con nghiện", "biểu hiện", "hiện vật", "hiện tượng", "hiện trường", "bộ nhớ",
	"vĩ cầm", "bảo hộ", "bảo tàng", "bảo tồn", "bảo thủ", "bảo hiểm", "bảo sanh", "bảo sinh",
	"bảo an",
	"phòng họp", "kỳ họp", "hội họp", "thăm viếng",
	"tranh giành", "đảm bảo", "tụ họp", "viếng thăm", "phiếu chống",
	"con nuôi", "tiếng nổ", "người dùng", "hợp tác xã", "giết người", "nhà thi đấu", "tiếp viên",
	"đồ dùng", "tiêu dùng", "chỉ huy", "chỉ đạo", "chỉ số", "chỉ tiêu", "chỉ thị", "chỉ dẫn",
};

/* Measures: after a number, the UNIT is the measure alone ("1.210 ha diện
 * tích tự nhiên" counts ha, "30 tấn hàng" tấn). */
static const char *const measure_list[] = {
	"ha", "héc ta", "hécta", "km", "cây số", "m", "mét", "cm", "mm", "kg",
	"tấn", "tạ", "yến", "lít", "mẫu anh",
	"km vuông", "m vuông", "mét vuông", "cây số vuông",
	"dặm", "hải lý", "acre", "lần", "g", "gam", "gram", "khối",
	"độ C", "độ F", "tấc", "sào", "lạng", "điểm phần trăm",
	"mg", "ml", "m2", "m3", "km2", "cm2", "cc",
	/* power, energy, frequency, data, an earthquake's magnitude, English lengths */
	"w", "kw", "mw", "gw", "kwh", "mwh", "hz", "khz", "mhz", "ghz", "kb", "mb", "gb",
	"độ richter", "richter", "inch", "feet", "foot", "feet vuông", "foot vuông", "feet khối", "yard",
};

/* Ages, which a number before them measures as a measure does ("86 tuổi
 * mù một mắt" counts tuổi, "50 tuổi Đảng" tuổi Đảng); after a head noun
 * "tuổi" ends it ("phụ nữ tuổi 15 - 49"), as after_head_list says. */
static const char *const age_words[] = {"tuổi đời", "tuổi đảng", "tuổi nghề", "tuổi quân", "tuổi đoàn", "tuổi"};
static struct phrase_list age_list = PHRASE_LIST(age_words);

/* Money, measures too; an amount of it has at most two decimals, so three
 * digits after a comma group thousands the English way ("2,450 USD"). */
static const char *const money_list[] = {
	"usd", "đô la", "đôla", "đô-la", "euro", "đồng", "đ", "vnđ", "vnd",
	/* other currencies */
	"dollar", "mỹ kim", "bảng anh", "yên nhật", "nhân dân tệ", "ndt", "đài tệ", "won", "baht",
	"rúp", "franc", "frăng", "peso", "rupee", "ringgit", "kíp", "riel", "lempira",
};

/* Signs a number stands before as its measure: "4.000.000 €", "24-35 °C". */
static const char *const measure_signs[] = {"€", "£", "°C", "°F", "℃", "‰"};

/* A kinship word or title before a name ends a UNIT: "hai vợ chồng anh Đại". */
static const char *const name_title_list[] = {
	"anh", "chị", "ông", "bà", "em", "cô", "chú", "bác", "cháu", "đồng chí",
};


/* Kin, after whom a capitalised word is whose kin they are, a name:
 * "hai vợ chồng Thọ", "hai em trai Karl và Gerhard" count vợ chồng, em trai. */
static const char *const kin_word_list[] = {
	"vợ chồng", "anh em", "chị em", "mẹ con", "cha con", "bố con", "ông bà", "anh trai",
	"em trai", "em gái", "chị gái", "con trai", "con gái", "cháu trai", "cháu gái", "con rể",
	"con dâu",
};
static struct phrase_list kin_words = PHRASE_LIST(kin_word_list);

/* The Party as a word of a term after a head noun, which a name is not:
 * "tổ chức cơ sở Đảng", "chi bộ Đảng" ("đảng viên Đảng Cộng sản" counts đảng viên). */
static const char *const party_word_list[] = {"đảng"};
static struct phrase_list party_words = PHRASE_LIST(party_word_list);

/* Brackets as some corpora write them, words that stand for "(" and ")":
 * "3 khẩu LBKT 5 ha RBKT" counts khẩu, then ha. */
static const char *const bracket_word_list[] = {"lbkt", "rbkt"};
static struct phrase_list bracket_words = PHRASE_LIST(bracket_word_list);

/* A number after one of these names something, not a count: "số 28",
 * "Điều 5", "khu phố 4", "tổ dân phố 12", "Trung đoàn 9", "trạm 20",
 * "ngã ba", and the month of a revolution's name, which vn-date leaves to
 * the name ("Cách mạng tháng 10": its last two words; "một tháng 200.000
 * đồng" counts). At most two words each, as before_at reads them. */
static const char *const label_word_list[] = {
	"số", "điều", "khoản", "mục", "chương", "điểm", "trang", "tầng",
	"phòng", "quận", "phường", "tổ", "ấp", "khu", "khối", "lớp",
	"xóm", "thôn", "đội", "thoại", "hotline", "fax", "phiên", "mã",
	"kỳ", "đường", "quốc lộ", "tỉnh lộ", "hương lộ", "khu phố", "dân phố",
	"dân cư", "trung đoàn", "sư đoàn", "tiểu đoàn", "lữ đoàn", "quân đoàn",
	"binh đoàn", "quân khu", "đại đội", "trung đội", "tiểu đội", "hạm đội",
	"giai đoạn", "trạm", "ngã", "lô", "km", "loại", "đợt", "vòng", "tập",
	"ngõ", "ngách", "hẻm", "kiệt", "tuổi", "bản", "làng", "buôn", "bon", "sóc",
	"thế kỷ", "thế kỉ", "thập niên", "thập kỷ", "thập kỉ", "vĩ tuyến", "kinh tuyến", "top", "tr", "viện",
	"hạng", "no", "vol", "issn", "isbn", "mạng tháng",
	/* the arms a unit is of: "Sư đoàn bộ binh 304", "Trung đoàn kỵ binh 7" */
	"bộ binh", "kỵ binh", "pháo binh", "công binh", "thiết giáp",
};

/* Words that end with a label's word and say what a count after them
 * counts instead: "giải quyết dứt điểm 14 vụ việc", "đạt con số 1.200 đảng
 * viên", "xuất bản 12 tập sách". */
static const char *const label_compound_list[] = {"dứt điểm", "con số", "xuất bản", "tái bản"};
static struct phrase_list label_compounds = PHRASE_LIST(label_compound_list);

/* A number after one of these, or after a kind of document that doctype.c
 * says is cited by number ("Quyết định 102", "Nghị quyết 45", "quy định
 * 08"), names a level ("gió cấp 6"), a unit ("đoàn 375"), a year ("những
 * năm 80", "năm 508 TCN"; "mỗi năm 3 lần" counts) or the document when it
 * counts nothing after it, keeps a leading zero or follows a capital; "kết
 * luận 3 nội dung", "cấp 500 thẻ", "đoàn 20 người" count. */
static const char *const document_list[] = {"cấp", "đoàn", "năm"};

/* A number in digits after one of these is a day or a time of day, part of
 * a date ("ngày 19", "hôm 10/5", "trưa 28 - 10"): vn-date's, not a count,
 * unless it counts something ("mỗi ngày 3 lần"). */
static const char *const day_word_list[] = {
	"ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya",
	"rạng sáng", "sáng sớm", "mùng", "mồng", "tức",
};

/* "một" is the indefinite article ("là một chủ trương") but after one of
 * these, where it counts: "thêm một xã", "chỉ có một", "hơn một". */
static const char *const one_cue_list[] = {
	"thêm", "chỉ", "chỉ có", "còn", "gần", "khoảng", "chừng", "hơn",
	"ít nhất", "tối đa", "tối thiểu", "đúng",
};

/* Lists of several kinds matched as one list: the kind of each phrase,
 * and the phrases the longest first, so that the first to match is the
 * longest ("tổ dân phố" before "tổ"). Built on first use. */
struct kinded_list {
	const char *const *phrases;
	size_t n;
	unsigned char kind;
};

static void merge_lists(const struct kinded_list *lists, size_t nlists, const char **phrases, unsigned char *kinds)
{
	/* a counting sort by length, stable, so each length keeps the order of
	 * the lists; a phrase of more than LONGEST bytes counts as LONGEST */
	enum { LONGEST = 96 };
	static unsigned char lens[PHRASE_LIST_MAX]; /* of phrases, each measured once */
	size_t at[LONGEST + 2] = {0}, i, j, m = 0, len;

	for (i = 0; i < nlists; i++)
		for (j = 0; j < lists[i].n; j++, m++) {
			len = strlen(lists[i].phrases[j]);
			lens[m] = len > LONGEST ? LONGEST : (unsigned char)len;
			at[LONGEST - lens[m] + 1]++;
		}
	for (i = 1; i <= LONGEST + 1; i++) /* where each length starts, the longest first */
		at[i] += at[i - 1];
	for (i = 0, m = 0; i < nlists; i++)
		for (j = 0; j < lists[i].n; j++, m++) {
			len = at[LONGEST - lens[m]]++;
			phrases[len] = lists[i].phrases[j];
			kinds[len] = lists[i].kind;
		}
}

/* What the words before a number say of it. */
enum before_kind { LABEL, DOCUMENT, DAY, ONE_CUE };
static const struct kinded_list before_lists[] = {
	{label_word_list, NELEM(label_word_list), LABEL},
	{document_list, NELEM(document_list), DOCUMENT},
	{day_word_list, NELEM(day_word_list), DAY},
	{one_cue_list, NELEM(one_cue_list), ONE_CUE},
};
static const char *before_phrases[NELEM(label_word_list) + NELEM(document_list) + NELEM(day_word_list) +
				  NELEM(one_cue_list)];
static unsigned char before_kinds[NELEM(before_phrases)];
static struct phrase_list before_words = PHRASE_LIST(before_phrases);

/* What a word of a UNIT is: the stop words in one list, the others in a
 * second (a list holds at most PHRASE_LIST_MAX); unit_word reads both. */
enum unit_kind { STOP, MEASURE, MONEY, NAME_TITLE, AFTER_HEAD, NOUN };
static const struct kinded_list unit_lists[] = {
	{measure_list, NELEM(measure_list), MEASURE},
	{money_list, NELEM(money_list), MONEY},
	{name_title_list, NELEM(name_title_list), NAME_TITLE},
	{after_head_list, NELEM(after_head_list), AFTER_HEAD},
	{unit_noun_list, NELEM(unit_noun_list), NOUN},
};
static struct phrase_list unit_stops = PHRASE_LIST(unit_stop_words);
static const char *unit_phrases[NELEM(measure_list) + NELEM(money_list) + NELEM(name_title_list) + NELEM(after_head_list) +
				NELEM(unit_noun_list)];
static unsigned char unit_kinds[NELEM(unit_phrases)];
_Static_assert(NELEM(unit_phrases) <= PHRASE_LIST_MAX && NELEM(before_phrases) <= PHRASE_LIST_MAX,
	       "merged lists are phrase lists");
static struct phrase_list unit_words = PHRASE_LIST(unit_phrases);

/* The word of a UNIT at w, the longest of both lists (a stop word where
 * they tie): its end, and its kind in *kind; 0 (and -1) for none. */
static size_t unit_word(const char *s, size_t n, size_t w, int *kind)
{
	size_t which, e = match_list(s, n, w, &unit_words, &which), stop = match_list(s, n, w, &unit_stops, NULL);

	if (stop && stop >= e) {
		*kind = STOP;
		return stop;
	}
	*kind = e ? unit_kinds[which] : -1;
	return e;
}

/* The end of a noun of unit_noun_list at w that no stop word as long
 * begins, as unit_word reads it; 0 for none. The stop words are read only
 * when such a noun is there, which is seldom. */
static size_t noun_at(const char *s, size_t n, size_t w)
{
	size_t which, e = match_list(s, n, w, &unit_words, &which);

	return e && unit_kinds[which] == NOUN && match_list(s, n, w, &unit_stops, NULL) < e ? e : 0;
}

/* A bare "năm" after one of these is the year: "mỗi năm", "những năm". */
static const char *const year_before_words[] = {
	"mỗi", "hằng", "hàng", "cả", "các", "những", "trong", "nhiều",
	"vài", "mấy", "từng", "cùng", "sang", "cuối", "đầu", "giữa",
	"của", "trước", "sau", "suốt", "qua", "năm", "tháng", "ngày",
	"là", "thứ", "nay",
	/* the end of a numeral: "hai mươi năm" is twenty years */
	"mươi", "mười", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ",
	"tỉ", "chục", "một", "hai", "ba", "bốn", "sáu", "bảy", "tám",
	"chín", "lăm", "mốt", "tư", "rưỡi",
};
static struct phrase_list year_before = PHRASE_LIST(year_before_words);

/* After a number in digits these make it a year: "7000 TCN - 5000 TCN",
 * "892 sau Công nguyên". */
static const char *const era_words[] = {"tcn", "scn", "trước công nguyên", "sau công nguyên"};
static struct phrase_list eras = PHRASE_LIST(era_words);

/* After a number these make a duration: vn-date's, not a quantity. */
static const char *const time_unit_words[] = {
	"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý",
	"thế kỷ", "thế kỉ", "thập kỷ", "thập kỉ", "thập niên", "thiên niên kỷ", "thiên niên kỉ",
	"tiếng đồng hồ", "tiếng nữa", "a.m.", "p.m.",
};
static struct phrase_list time_units = PHRASE_LIST(time_unit_words);

/* The words a quantity can start with, besides digits and Roman numerals:
 * the first word of a numeral, and "thứ" and "khóa" that bring ordinals.
 * "không" (zero, and "not") starts none: it is a digit only inside one
 * ("một nghìn không trăm linh năm"). */
static const char *const first_word_list[] = {
	"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám",
	"chín", "mười", "thứ", "khóa", "khoá",
};
static struct phrase_list first_words = PHRASE_LIST(first_word_list);

/* Whether each pair of bytes may start a quantity: a digit or a Roman
 * numeral letter and anything, or the first two bytes of one of
 * first_words, in either case. The scan stops only at those pairs, so most
 * words are passed over without finding where they end. Then, for each of
 * a word's first PREFIX_BYTES bytes, a bit for each of first_words that may
 * have it there: its own byte (its first letter in either case), or past its
 * end anything but an ASCII letter or digit right after it and anything
 * after that; a word goes to match_list only when one of first_words is left.
 * Built on first use from the tables they stand for. */
enum { PREFIX_BYTES = 5 }; /* as first_prefix reads them */
static bool pair_starts[256 * 256];
static uint32_t prefix_words[PREFIX_BYTES][256];
static uint32_t ended_words[PREFIX_BYTES]; /* the text ends here: the words as short */
static bool roman_letter[256];
static bool sign_first[256]; /* the first bytes of measure_signs */
static bool starts_built;
_Static_assert(NELEM(first_word_list) <= 32, "a bit for each of first_words");

static bool pair_at(const char *s)
{
	return pair_starts[(unsigned char)s[0] | (unsigned)(unsigned char)s[1] << 8];
}

/* Whether the word at s (n bytes left) may be one of first_words. */
static inline bool first_prefix(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t m = prefix_words[0][u[0]];
	size_t k;

	if (n >= PREFIX_BYTES) /* the usual case, without a branch a byte */
		return (m & prefix_words[1][u[1]] & prefix_words[2][u[2]] & prefix_words[3][u[3]] &
			prefix_words[4][u[4]]) != 0;
	for (k = 1; k < PREFIX_BYTES; k++)
		m &= k < n ? prefix_words[k][u[k]] : ended_words[k];
	return m != 0;
}

/* The last word of each of n phrases, in to: a phrase that ends where a
 * word of letters ends has its last word there, and a list of them is a
 * quick no before the phrases are read from the words before. */
static size_t last_words(const char *const *phrases, size_t n, const char **to)
{
	const char *space, *c;
	size_t i, k;

	for (i = 0; i < n; i++) {
		to[i] = (space = strrchr(phrases[i], ' ')) ? space + 1 : phrases[i];
		/* of word characters only, as the words it is looked for at are */
		for (c = to[i]; *c; c += k)
			if (!(k = vn_word_char_len(c, strlen(c))))
				die("internal error: '%s' ends in a mark", phrases[i]);
	}
	return n;
}

/* The last words of before_words and of the kinds of document, for before_at. */
static const char *label_last_list[PHRASE_LIST_MAX];
static struct phrase_list label_lasts = {.phrases = label_last_list};

static void build_starts(void)
{
	int c, b;
	size_t i, k, len;

	for (c = 0; c < 256; c++) {
		char one = (char)c;

		roman_letter[c] = numeral_roman(&one, 1, &len) > 0;
	}
	/* a Roman numeral's letter followed by an ASCII letter that is none
	 * begins a word ("Long", "Việt" do not: only "IX", "V." and the like) */
	for (c = 0; c < 256; c++) {
		if (!vn_is_digit(c) && !roman_letter[c])
			continue;
		for (b = 0; b < 256; b++)
			pair_starts[(unsigned)c | (unsigned)b << 8] =
				vn_is_digit(c) || roman_letter[b] || b >= 0x80 || !vn_ascii_word_char((unsigned char)b);
	}
	for (i = 0; i < NELEM(first_word_list); i++) {
		const unsigned char *w = (const unsigned char *)first_word_list[i];
		unsigned char cap = (unsigned char)(w[0] - ('a' - 'A'));
		uint32_t bit = (uint32_t)1 << i;

		pair_starts[w[0] | (unsigned)w[1] << 8] = true;
		pair_starts[cap | (unsigned)w[1] << 8] = true;
		prefix_words[0][cap] |= bit;
		len = strlen(first_word_list[i]);
		for (k = 0; k < PREFIX_BYTES; k++) {
			if (k < len)
				prefix_words[k][w[k]] |= bit;
			for (b = 0; k >= len && b < 256; b++)
				if (k > len || !vn_ascii_word_char((unsigned char)b))
					prefix_words[k][b] |= bit;
			if (k >= len)
				ended_words[k] |= bit;
		}
	}
	for (i = 0; i < NELEM(measure_signs); i++)
		sign_first[(unsigned char)measure_signs[i][0]] = true;
	merge_lists(before_lists, NELEM(before_lists), before_phrases, before_kinds);
	merge_lists(unit_lists, NELEM(unit_lists), unit_phrases, unit_kinds);
	if (NELEM(before_phrases) + ndoctypes > NELEM(label_last_list))
		die("internal error: more labels than a phrase list holds");
	label_lasts.n = last_words(before_phrases, NELEM(before_phrases), label_last_list);
	for (i = 0; i < ndoctypes; i++)
		label_lasts.n += last_words(&doctypes[i].words, 1, label_last_list + label_lasts.n);
	starts_built = true;
}

static size_t gap(const char *s, size_t n, size_t p)
{
	return vn_skip_spaces(s, n, p) - p;
}

/* Whether a letter (a word character, not a digit) starts at s. */
static bool letter_at(const char *s, size_t n)
{
	return n && !vn_is_digit(s[0]) && vn_word_char_len(s, n);
}

static bool upper_at(const char *s, size_t n, size_t p)
{
	return vn_upper_len(s + p, n - p) > 0;
}

/* Whether a list's item may begin at p: after a colon or a semicolon. */
static bool list_mark_before(const char *s, size_t p)
{
	size_t q = vn_skip_spaces_back(s, p);

	return q < p && q > 0 && (s[q - 1] == ':' || s[q - 1] == ';');
}

/* Whether only opening punctuation stands before p: a sentence start. */
static bool sentence_start(const char *s, size_t p)
{
	size_t q = 0;

	while (q < p) {
		if (s[q] == ' ' || s[q] == '"' || s[q] == '\'' || s[q] == '(' || s[q] == '[' || s[q] == '*' || s[q] == '-')
			q++;
		else if ((unsigned char)s[q] == 0xE2 && p - q >= 3)
			q += 3; /* opening quotes, dashes, bullets */
		else
			return false;
	}
	return true;
}

/* The word before p (after spaces) is the phrase w: where it starts, or (size_t)-1. */
static size_t phrase_before(const char *s, size_t p, const char *w)
{
	size_t q = vn_skip_spaces_back(s, p);
	unsigned char last = (unsigned char)w[strlen(w) - 1], b;

	if (q == p || q == 0)
		return (size_t)-1;
	/* a quick no where w ends in ASCII: only its capital lowers to it */
	b = (unsigned char)s[q - 1];
	if (last < 0x80 && b != last && !(last >= 'a' && last <= 'z' && b == last - ('a' - 'A')))
		return (size_t)-1;
	return match_phrase_back(s, q, w);
}

/* Whether a kind of document (doctype.c) stands at s[w..q): "Quyết
 * định", "nghị quyết", "Thông tư liên tịch", "tờ trình"; not "nghị định
 * thư", which begins like one. */
static bool document_at(const char *s, size_t q, size_t w)
{
	size_t which;

	return doctype_match(s, q, w, &which) == q && doctypes[which].forms != 0;
}

/* The phrase of before_words that ends right before the spaces before p,
 * of one or two words, or a label before a colon or a point there
 * ("phường: 1, 2", "tr. 6-20"): its kind in *kind and its start, or
 * (size_t)-1 for none. */
static size_t before_at(const char *s, size_t p, enum before_kind *kind)
{
	size_t q = vn_skip_spaces_back(s, p), w, k, which, starts[2], doc[4] = {0, -1, -1, -1};
	bool colon = q > 0 && (s[q - 1] == ':' || s[q - 1] == '.');
	int i;

	if (colon)
		q--;
	else if (q == p)
		return (size_t)-1;
	for (w = q; w > 0 && (k = vn_word_char_len_back(s, w)); w -= k)
		;
	/* any phrase found that ends at q ends with a word found at w */
	if (w == q || !match_list(s, q, w, &label_lasts, NULL))
		return (size_t)-1;
	/* two words first: "Sư đoàn 3" is a label, not "đoàn 3" */
	starts[0] = word_before(s, w);
	starts[1] = w;
	for (i = 0; i < 2; i++)
		if (starts[i] != (size_t)-1 && match_list(s, q, starts[i], &before_words, &which) == q &&
		    (!colon || before_kinds[which] == LABEL)) {
			/* "giải quyết dứt điểm 14 vụ", "xuất bản 12 tập": a word the
			 * label's is the end of */
			if (i == 1 && starts[0] != (size_t)-1 && match_list(s, q, starts[0], &label_compounds, NULL) == q)
				return (size_t)-1;
			*kind = before_kinds[which];
			return starts[i];
		}
	/* a kind of document, of up to four words ("Thông tư liên tịch"), the longest first */
	for (i = 0, doc[0] = w; i < 3 && doc[i] != (size_t)-1; i++)
		doc[i + 1] = word_before(s, doc[i]);
	for (i = 3; i >= 0 && !colon; i--)
		if (doc[i] != (size_t)-1 && document_at(s, q, doc[i])) {
			*kind = DOCUMENT;
			return doc[i];
		}
	return (size_t)-1;
}

/* Words that join the items of a list: "phường 1, 2 và 4", "ngày 5 đến 7". */
static const char *const list_join_list[] = {"và", "hoặc", "đến", "tới"};
static struct phrase_list list_joins = PHRASE_LIST(list_join_list);

/* Whether four digits, and no more, end at s + e: a year. */
static bool year_ends(const char *s, size_t e)
{
	return e >= 4 && vn_is_digit(s[e - 1]) && vn_is_digit(s[e - 2]) && vn_is_digit(s[e - 3]) &&
	       vn_is_digit(s[e - 4]) && (e == 4 || !vn_is_digit(s[e - 5]));
}

/* Whether only a dash, with or without spaces, parts s + from and s + to. */
static bool dash_joins(const char *s, size_t from, size_t to)
{
	size_t q = vn_skip_spaces(s, to, from), k = vn_dash_len(s + q, to - q);

	return k && vn_skip_spaces(s, to, q + k) == to;
}

/* Whether only spaces, commas, dashes, slashes and list_joins stand in
 * s[from..to). */
static bool joins_only(const char *s, size_t from, size_t to)
{
	size_t k;

	while (from < to) {
		if ((k = vn_space_len(s + from, to - from)) || (k = vn_dash_len(s + from, to - from)))
			from += k;
		else if (s[from] == ',' || s[from] == '/')
			from++;
		else if ((k = match_list(s, to, from, &list_joins, NULL)))
			from = k;
		else
			return false;
	}
	return true;
}

/* Whether only spaces, dashes and "đến", "tới" stand in s[from..to): a
 * range's join. */
static bool range_join(const char *s, size_t from, size_t to)
{
	size_t k;

	while (from < to) {
		if ((k = vn_space_len(s + from, to - from)) || (k = vn_dash_len(s + from, to - from)))
			from += k;
		else if ((k = match_phrase(s, to, from, "đến")) || (k = match_phrase(s, to, from, "tới")))
			from = k;
		else
			return false;
	}
	return true;
}

/* A day and a month at p, "10/5", "18-5", "12 - 8", with point "25.8" too
 * (the day 1-31, the month 1-12, a year after them taken too, and then
 * *year set): its end, or 0. */
static size_t day_month_at(const char *s, size_t n, size_t p, bool point, bool *year)
{
	size_t q = p, k;
	int day = 0, month = 0, digits;

	for (digits = 0; q < n && vn_is_digit(s[q]) && digits < 3; q++, digits++)
		day = day * 10 + (s[q] - '0');
	if (digits == 0 || digits > 2 || day < 1 || day > 31)
		return 0;
	q = vn_skip_spaces(s, n, q);
	if (q < n && (s[q] == '/' || (point && s[q] == '.')))
		q++;
	else if ((k = vn_dash_len(s + q, n - q)))
		q += k;
	else
		return 0;
	q = vn_skip_spaces(s, n, q);
	for (digits = 0; q < n && vn_is_digit(s[q]) && digits < 3; q++, digits++)
		month = month * 10 + (s[q] - '0');
	if (digits == 0 || digits > 2 || month < 1 || month > 12)
		return 0;
	/* and its year: "24 - 7 - 1962", "5/3/2020" */
	k = q < n && (s[q] == '/' || s[q] == '-') ? q + 1 : q;
	for (digits = 0; k < n && vn_is_digit(s[k]); k++, digits++)
		;
	*year = digits == 4 || digits == 2;
	return *year ? k : digits ? 0 : q;
}

struct scan {
	const char *s;
	size_t n;
	void (*found)(const struct quantity *q, void *ctx);
	void *ctx;
	struct temporal t;
	bool have_t;            /* t is the last expression found */
	size_t clean_from, clean_to; /* and before it, a span where none starts */
	size_t last_end;        /* where the last quantity (its UNIT too) ends */
	size_t label_to;        /* where the last label or part of a date ends */
	size_t date_to;         /* where the last date ending in digits ends ("tháng 3") */
	size_t weekday_to;      /* where the last weekday ends ("thứ ba") */
	bool last_counts;       /* the last quantity is a number that counts a UNIT */
	size_t before_of, before; /* word_before(s, before_of), the last asked */
};

/* word_before(s, p), found once for a number: temporal_at and
 * text_word_before both ask for it. */
static size_t scan_word_before(struct scan *sc, size_t p)
{
	if (sc->before_of != p) {
		sc->before_of = p;
		sc->before = word_before(sc->s, p);
	}
	return sc->before;
}

/* The temporal expression over p..end, from vn-date's recogniser, asked
 * about a window around the numeral (two words before it, 32 bytes after:
 * "28 tháng 12 năm 2011") so that a long sentence is not read again for
 * every number in it. */
static bool temporal_at(struct scan *sc, size_t p, size_t end, size_t *tend)
{
	const char *s = sc->s;
	size_t from = p, to, b;
	int i;

	if (!(sc->have_t && sc->t.start < end && sc->t.start + sc->t.len > p)) {
		for (i = 0; i < 2 && (b = i ? word_before(s, from) : scan_word_before(sc, p)) != (size_t)-1 && p - b <= 32; i++)
			from = b;
		/* The last search saw nothing start here. */
		if (from >= sc->clean_from && end <= sc->clean_to)
			return false;
		to = end + 32 < sc->n ? end + 32 : sc->n;
		while (to < sc->n && !vn_space_len(s + to, sc->n - to))
			to++;
		sc->clean_from = from;
		while ((sc->have_t = temporal_find(s, to, from, &sc->t)) && sc->t.start + sc->t.len <= p)
			from = sc->t.start + sc->t.len;
		sc->clean_to = sc->have_t ? sc->t.start : to;
		if (!sc->have_t || sc->t.start >= end)
			return false;
	}
	*tend = sc->t.start + sc->t.len;
	return true;
}

/* Hands a quantity over; value (shorter than QUANTITY_VALUE_MAX) is copied. */
static void emit(struct scan *sc, enum quantity_kind kind, const char *value, size_t start, size_t end,
		 struct piece unit)
{
	struct quantity q;

	q.kind = kind;
	memcpy(q.value, value, strlen(value) + 1);
	q.text = (struct piece){sc->s + start, end - start};
	q.unit = unit;
	sc->last_end = unit.len && unit.s > sc->s + end && unit.s < sc->s + sc->n ? (size_t)(unit.s - sc->s) + unit.len : end;
	sc->last_counts = kind == QUANTITY_NUMBER && unit.len > 0;
	sc->found(&q, sc->ctx);
}

/* Whether a name goes on after the word at w (w..e): a capitalised word
 * after it ("Xuất Hóa", "anh Đại"). */
static bool name_after(const char *s, size_t n, size_t e)
{
	size_t g = gap(s, n, e);

	if (e + 1 < n && s[e] == '-') /* "bên Tống-Liêu" */
		return upper_at(s, n, e + 1);
	return g && e + g < n && upper_at(s, n, e + g);
}

/* The words at w as tokens, for names.c's lexicon: as far as a title and a
 * body's word reach, and no further, so that a sentence is never read whole. */
static const struct tokens *tokens_at(const char *s, size_t n, size_t w)
{
	static struct tokens window;
	size_t to = n - w > 48 ? w + 48 : n;

	while (to < n && !vn_space_len(s + to, n - to))
		to++;
	tokenize(&window, s, w, to);
	return &window;
}

/* The title that stands at w ("Phó Chủ tịch", "Bí thư", "Đại tá"), as
 * names.c knows them: its end, or 0. */
static size_t title_at(const char *s, size_t n, size_t w)
{
	const struct tokens *x = tokens_at(s, n, w);
	enum names_title_kind kind;
	int m;

	if (x->n == 0 || x->t[0].start != w)
		return 0;
	if (!(m = names_title(x, 0, &kind)))
		return 0;
	return x->t[m - 1].end;
}

/* Whether the name of a body starts at w, as names.c knows them: a body
 * that is a name by itself ("Quốc hội", "Chính phủ", "HĐND"; an office,
 * "Tổng thống", is none), or a body's first word ("Sở", "UBND", "Thành
 * phố"); with named, only one whose name follows it ("Thành phố Hồ Chí
 * Minh", not "8 trường Đại học", "3 Thành phố Hải Phòng") or in capitals
 * throughout ("UBND"). */
static bool body_at(const char *s, size_t n, size_t w, bool named)
{
	const struct tokens *x = tokens_at(s, n, w);
	enum names_title_kind kind;
	size_t u = vn_upper_len(s + w, n - w);
	int m;

	if (x->n == 0 || x->t[0].start != w)
		return false;
	if ((m = names_body(x, 0)))
		return !named || name_after(s, n, x->t[m - 1].end) || (m == 1 && u && vn_upper_len(s + w + u, n - w - u));
	return names_authority(x, 0) && !names_title(x, 0, &kind);
}

/* A sign of measure_signs at w: its end, or 0. */
static size_t sign_at(const char *s, size_t n, size_t w)
{
	size_t i, k;

	if (!sign_first[(unsigned char)s[w]])
		return 0;
	for (i = 0; i < NELEM(measure_signs); i++)
		if ((k = strlen(measure_signs[i])) <= n - w && !memcmp(s + w, measure_signs[i], k) &&
		    (w + k == n || !vn_word_char_len(s + w + k, n - w - k)))
			return w + k;
	return 0;
}

/* Whether c is a mark a token ends with rather than holds. */
static bool trailing_mark(char c)
{
	switch (c) {
	case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '"': case '\'':
		return true;
	}
	return false;
}

/* The end of the token (run of non-space bytes) at p, less trailing punctuation. */
static size_t token_end(const char *s, size_t n, size_t p)
{
	size_t q = p;

	while (q < n && !vn_space_len(s + q, n - q))
		q++;
	while (q > p && trailing_mark(s[q - 1]))
		q--;
	if (q - p >= 3 && (!memcmp(s + q - 3, "\xE2\x80\x9D", 3) || !memcmp(s + q - 3, "\xE2\x80\xA6", 3)))
		q -= 3; /* closing quote, ellipsis */
	return q;
}

/* Whether the letters at p, stuck to the digits before them, are a measure
 * and all of the token up to te: "800m", "1.500mm", "20MW"; a measure of one
 * letter only in small letters ("5G" is a network, "5 g" a weight). */
static bool glued_measure(const char *s, size_t n, size_t p, size_t te)
{
	int kind = 0;
	size_t e = p < te ? unit_word(s, n, p, &kind) : 0;

	return e == te && kind == MEASURE && (e - p > 1 || (s[p] >= 'a' && s[p] <= 'z'));
}

/* Whether the word at w..e is a Roman numeral: "đô thị loại II". */
static bool roman_word(const char *s, size_t n, size_t w, size_t e)
{
	size_t len;

	return roman_letter[(unsigned char)s[w]] && numeral_roman(s + w, n - w, &len) && w + len == e;
}

/* Words of events and of acts, after which a verb names one: "cuộc họp",
 * "vụ nổ", "sự lựa chọn", "cách tiếp cận", "đơn khiếu nại". */
static const char *const event_word_list[] = {
	"cuộc", "vụ", "trận", "đợt", "cú", "đòn", "phiên", "buổi", "vòng", "sự", "cách", "lời", "đơn",
};
static struct phrase_list event_words = PHRASE_LIST(event_word_list);

/* Words before a person's calling that are no head by themselves: "bốn nữ
 * Thiên hoàng", "hai vị Hoàng đế", "sáu cựu Phó tổng thống". */
static const char *const title_before_list[] = {"nữ", "vị", "cựu"};
static struct phrase_list title_before = PHRASE_LIST(title_before_list);

/* Words before a name that make a region or a house of it: "miền Nam",
 * "phía Bắc", "nhà Tây Sơn", "triều Lý". (Not names.c's heads: "xã" ends "thị xã".) */
static const char *const name_lead_list[] = {"miền", "phía", "nhà", "triều"};
static struct phrase_list name_leads = PHRASE_LIST(name_lead_list);

/* "đồng tiền" is coins ("50 đồng tiền vàng", "hai trăm đồng tiền") but the
 * dong before a kind of money ("1 đồng tiền ăn") and after a large amount
 * ("5.000 đồng tiền Đông Dương", "50 triệu đồng tiền công quỹ"). */
static const char *const coin_word_list[] = {"đồng tiền"};
static struct phrase_list coin_words = PHRASE_LIST(coin_word_list);
static const char *const money_kind_list[] = {
	"tiền ăn", "tiền thuế", "tiền mặt", "tiền công", "tiền lương", "tiền phạt", "tiền thưởng",
	"tiền lãi", "tiền thuê", "tiền vốn", "tiền nợ", "tiền điện", "tiền nước", "tiền học",
};
static struct phrase_list money_kinds = PHRASE_LIST(money_kind_list);
static const char *const large_scale_list[] = {"nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"};
static struct phrase_list large_scales = PHRASE_LIST(large_scale_list);

/* Whether the noun at w..m after the number ending at p is "đồng tiền"
 * meaning the dong: before a kind of money, or after a scale word or four
 * digits and more. */
static bool dong_meant(const char *s, size_t n, size_t p, size_t w, size_t m)
{
	size_t b, q, digits = 0;

	if (match_list(s, n, w, &coin_words, NULL) != m)
		return false;
	q = vn_skip_spaces(s, n, word_end(s, n, w));
	if (match_list(s, n, q, &money_kinds, NULL))
		return true;
	if ((b = word_before(s, w)) != (size_t)-1 && match_list(s, p, b, &large_scales, NULL) == p)
		return true;
	for (q = p; q > 0 && (vn_is_digit(s[q - 1]) || s[q - 1] == '.'); q--)
		digits += vn_is_digit(s[q - 1]);
	return digits >= 4;
}

/* The counted noun after p, in *unit; returns its end. It is a measure
 * alone ("ha", "€"), or the words up to one that ends a noun (a title,
 * "Phó Chủ tịch", is one word; "145 Bí thư cấp ủy"): a stop word, a verb
 * after the head, "số" before digits ("2 công văn số 26"), a name after a
 * noun in lower case ("2 xã Xuất Hóa", "hai vợ chồng anh Đại"), a body
 * ("7 nơi Thành phố Hồ Chí Minh"), punctuation, digits. */
static size_t unit_after(struct scan *sc, size_t p, struct piece *unit)
{
	const char *s = sc->s;
	size_t n = sc->n, q = p, w, e, m, g, start = 0, end = 0, last = 0, prev = 0, cut = 0, cut_last = 0, which;
	int words = 0, kind;
	bool capital = false, title = false;
	struct numeral ordinal_number;

	while (words < UNIT_READ) {
		g = gap(s, n, q);
		w = q + g;
		if (words == 0 && g && w < n && (m = sign_at(s, n, w))) {
			*unit = (struct piece){s + w, m - w};
			return m;
		}
		/* "800m": a measure stuck to the number */
		if (words == 0 && g == 0 && w < n && glued_measure(s, n, w, token_end(s, n, w))) {
			m = token_end(s, n, w);
			*unit = (struct piece){s + w, m - w};
			return m;
		}
		if (g == 0 || w >= n || !letter_at(s + w, n - w) || match_list(s, n, w, &bracket_words, NULL))
			break;
		if (words == 0 && (m = match_list(s, n, w, &age_list, NULL))) {
			*unit = (struct piece){s + w, m - w};
			return m;
		}
		m = unit_word(s, n, w, &kind);
		if (words == 0 && kind == NOUN && dong_meant(s, n, p, w, m)) {
			m = word_end(s, n, w);
			kind = MONEY;
		}
		if (words == 0 && (kind == MEASURE || kind == MONEY)) {
			/* "km²", "m³"; "m 2" as text split into words writes m2 */
			if (n - m >= 2 && (unsigned char)s[m] == 0xC2 && ((unsigned char)s[m + 1] | 1) == 0xB3)
				m += 2;
			else if (m - w <= 2 && (s[m - 1] | 0x20) == 'm' && n - m >= 2 && s[m] == ' ' &&
				 (s[m + 1] == '2' || s[m + 1] == '3') && (n - m == 2 || !vn_is_digit(s[m + 2])))
				m += 2;
			*unit = (struct piece){s + w, m - w};
			return m;
		}
		/* a title is one word: "Phó Chủ tịch" */
		if (words == 0 && (capital = upper_at(s, n, w)) && (e = title_at(s, n, w))) {
			kind = NOUN;
			m = e;
			title = true;
		}
		/* "cho biết" ends a UNIT after its head; first, its "cho" is a stop */
		if (words == 0 && kind == AFTER_HEAD && match_list(s, word_end(s, n, w), w, &unit_stops, NULL))
			kind = STOP;
		/* a verb after a word of events is what happened: "3 cuộc tấn
		 * công", "2 vụ ám sát", "4 trận đánh" */
		if (words == 1 && kind == AFTER_HEAD && match_list(s, end, start, &event_words, NULL) == end)
			kind = NOUN;
		if (kind == STOP || (words > 0 && kind == AFTER_HEAD))
			break;
		e = kind == NOUN ? m : word_end(s, n, w);
		/* "Hai Phó Chủ tịch UBND", "7 nơi Thành phố Hồ Chí Minh", "ghế Quốc hội" */
		if (words > 0 && upper_at(s, n, w) && body_at(s, n, w, !title))
			break;
		if (words > 0 && (!capital || title) && kind == NAME_TITLE && name_after(s, n, m) &&
		    match_list(s, m, start, &kin_words, NULL) != m)
			break;
		/* a name after the head is a modifier: "3000 quân Đức", "5 đoàn
		 * viên Đoàn Thanh niên", and the word that makes it one begins
		 * it: "dân số miền Nam", "ba anh em nhà Tây Sơn"; "Đảng" alone is
		 * a word of a term ("chi bộ Đảng"), and neither a Roman numeral
		 * nor a title is a name ("hai vị Tổng thống" counts Tổng thống) */
		if (words > 0 && (!capital || title) && kind != NAME_TITLE && upper_at(s, n, w) &&
		    (match_list(s, n, w, &party_words, NULL) != e || name_after(s, n, e)) && !roman_word(s, n, w, e) &&
		    !title_at(s, n, w) && !(words == 1 && match_list(s, end, start, &title_before, NULL) == end)) {
			if (words > 1 && match_list(s, end, prev, &name_leads, NULL) == end)
				end = vn_skip_spaces_back(s, prev);
			break;
		}
		if (words > 0 && upper_at(s, n, w) && match_list(s, end, start, &kin_words, NULL) == end)
			break;
		/* an ordinal after the head is its own: "6 chiếc máy bay thứ hai" */
		if (words > 0 && (m = match_phrase(s, n, w, "thứ")) && (g = gap(s, n, m)) && m + g < n &&
		    numeral_parse(s + m + g, n - m - g, &ordinal_number))
			break;
		/* a model's letters before its number: "41 máy bay ném bom B-26" */
		if (words > 0 && e + 1 < n && s[e] == '-' && vn_is_digit(s[e + 1]))
			break;
		/* a label before its number: "2 công văn số 26", "3 học sinh lớp 5",
		 * "2 đô thị loại II" */
		if (words > 0 && (g = gap(s, n, e)) && e + g < n &&
		    (vn_is_digit(s[e + g]) || (roman_letter[(unsigned char)s[e + g]] && roman_word(s, n, e + g, word_end(s, n, e + g)))) &&
		    match_list(s, n, w, &before_words, &which) == e && before_kinds[which] == LABEL)
			break;
		if (words == 0)
			start = w;
		prev = w;
		last = kind == NOUN ? 0 : w; /* a word of one syllable */
		end = q = e;
		if (++words == UNIT_WORDS) {
			cut = end;
			cut_last = last;
		}
	}
	/* A noun that ends within UNIT_READ words, at a stop word, a verb,
	 * a capital or punctuation, is whole: "ba nước cộng hòa xã hội chủ
	 * nghĩa mới", "5 tuyến đường sắt điện khí hóa." One that goes on past
	 * them was cut at UNIT_WORDS inside a word of two syllables: "2 công ty
	 * nước khoáng khai thác mỏ đá vôi ven" counts "công ty nước khoáng";
	 * a phrase taken as one word or a capitalised word is whole ("đơn vị
	 * hành chính cấp tỉnh", "tổ chức cơ sở Đảng xã"). */
	if (words == UNIT_READ) {
		end = cut;
		if (cut_last && !upper_at(s, n, cut_last) && !upper_at(s, n, end + gap(s, n, end)))
			end = vn_skip_spaces_back(s, cut_last);
	}
	*unit = (struct piece){s + start, end - start};
	return words ? end : p;
}

/* Whether nothing is counted after the end of a number at e. */
static bool counts_nothing(struct scan *sc, size_t e)
{
	struct piece unit;

	unit_after(sc, e, &unit);
	return unit.len == 0;
}

/* Whether a measure or money is counted after the end of a number at e:
 * "cao 1010 mét". */
static bool measured(struct scan *sc, size_t e)
{
	struct piece unit;
	int kind;

	unit_after(sc, e, &unit);
	return unit.len && (unit_word(sc->s, sc->n, (size_t)(unit.s - sc->s), &kind), kind == MEASURE || kind == MONEY);
}

/* Percent sign after a numeral ending at p: "%", " %", " phần trăm". */
static size_t percent_after(const char *s, size_t n, size_t p)
{
	size_t g = gap(s, n, p), e;

	if (p < n && s[p] == '%')
		return 1;
	if (g && p + g < n && s[p + g] == '%')
		return g + 1;
	if (g && (e = match_phrase(s, n, p + g, "phần trăm")))
		return e - p;
	return 0;
}

/* A dash between two parts of a range, with its spaces, or 0. */
static size_t dash_at(const char *s, size_t n, size_t p)
{
	size_t q = p + gap(s, n, p), k = vn_dash_len(s + q, n - q);

	return k ? q + k - p + gap(s, n, q + k) : 0;
}


/* Words that a phone number follows: "Điện thoại: (84. 4) 8529126". */
static const char *const phone_label_list[] = {
	"điện thoại", "đt", "sđt", "fax", "tel", "hotline", "di động", "đường dây nóng",
};
static struct phrase_list phone_labels = PHRASE_LIST(phone_label_list);
/* Their last words, taken from them on first use: a label that ends where
 * the signs begin ends with one, and the word before it is read only then. */
static const char *phone_last_list[NELEM(phone_label_list)];
static struct phrase_list phone_lasts = PHRASE_LIST(phone_last_list);

/* Whether c is a sign between the digits of a phone number, as strchr("
 * .-()+/", c) says of one that is not NUL. */
static bool phone_sign(char c)
{
	return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+' || c == '/';
}

/* Whether a phone number's label stands before p, with only the signs of
 * a phone number between: "Fax: (84. 4) 8529126", "ĐT 0912". */
static bool phone_label_before(const char *s, size_t p)
{
	size_t q = p, w, k;

	while (q > 0 && p - q < 40 && (vn_is_digit(s[q - 1]) || phone_sign(s[q - 1]) || s[q - 1] == ':'))
		q--;
	for (w = q; w > 0 && (k = vn_word_char_len_back(s, w)); w -= k)
		;
	if (w == q)
		return false;
	if (!phone_last_list[0])
		last_words(phone_label_list, NELEM(phone_label_list), phone_last_list);
	/* the signs follow a word of letters: any phrase of it found ends at q */
	if (!match_list(s, q, w, &phone_lasts, NULL))
		return false;
	if ((k = word_before(s, w)) != (size_t)-1 && match_list(s, q, k, &phone_labels, NULL) == q)
		return true;
	return match_list(s, q, w, &phone_labels, NULL) == q;
}

/* Whether a bracketed area code stands before p, from a 0 or a +: "(069)
 * 515 226", "(+84) 912"; "(1998) 3 vol." is a year. */
static bool area_code_before(const char *s, size_t p)
{
	size_t q = vn_skip_spaces_back(s, p), digits = 0;

	if (q == p || q == 0 || s[q - 1] != ')')
		return false;
	for (q--; q > 0 && (vn_is_digit(s[q - 1]) || s[q - 1] == '+' || s[q - 1] == ' '); q--)
		digits += vn_is_digit(s[q - 1]) != 0;
	return q > 0 && s[q - 1] == '(' && digits >= 2 && (s[q] == '0' || s[q] == '+');
}

/* The end of a phone number's signs from p: digits, and the spaces, points,
 * dashes and brackets between them ("(84. 4) 8529126 - (84. 4) 8529127"). */
static size_t phone_end(const char *s, size_t n, size_t p)
{
	size_t q = p, end = p;

	while (q < n && (vn_is_digit(s[q]) || phone_sign(s[q]))) {
		if (vn_is_digit(s[q]) || s[q] == ')')
			end = q + 1;
		q++;
	}
	return end;
}

/* Digits of a phone number from p: groups split by single spaces, dots or
 * dashes; returns the end of the run and the count of digits in *digits. */
static size_t digit_cluster(const char *s, size_t n, size_t p, int *digits)
{
	size_t q = p, end = p;

	*digits = 0;
	while (q < n && vn_is_digit(s[q])) {
		while (q < n && vn_is_digit(s[q]))
			q++, ++*digits;
		end = q;
		if (q + 1 < n && strchr(" .-", s[q]) && vn_is_digit(s[q + 1]))
			q++;
	}
	return end;
}

struct parsed {
	struct numeral v;
	size_t end;      /* end of the numeral with its scale words */
	size_t digits;   /* end of its digits alone */
};

/* Whether three digits, and no fourth, stand at s + q. */
static bool group_at(const char *s, size_t n, size_t q)
{
	return n - q >= 3 && vn_is_digit(s[q]) && vn_is_digit(s[q + 1]) && vn_is_digit(s[q + 2]) &&
	       (n - q == 3 || !vn_is_digit(s[q + 3]));
}

/* The digits at p..e go on after a space, as text split into words
 * spaces them: groups of three after a point ("500. 000", "1. 200. 000
 * đồng"), or a decimal after a comma before a measure ("gần 1, 5 km");
 * or as some write thousands, groups of three after spaces ("75 000").
 * Reads the whole number, and its scale words, into *x; false when no such
 * part follows. */
static bool spaced_number(const char *s, size_t n, size_t p, size_t e, struct parsed *x)
{
	char buf[48];
	size_t k = e - p, q = e, c, i, run = 0;
	int kind;
	bool spaced;

	for (i = p; i < e; i++) {
		if (!vn_is_digit(s[i]) && s[i] != '.')
			return false;
		run = s[i] == '.' ? 0 : run + 1;
		if (i == e - 1 ? run > 3 : (run > 3 && memchr(s + p, '.', e - p)))
			return false;
	}
	if (k > 16 || run == 0 || run > 3)
		return false;
	memcpy(buf, s + p, k);
	while (n - q > 2 && s[q] == '.' && s[q + 1] == ' ' && group_at(s, n, q + 2) && k + 4 <= 24) {
		buf[k++] = '.';
		memcpy(buf + k, s + q + 2, 3);
		k += 3;
		q += 5;
	}
	/* "75 000 người", "1 866 452 phiếu": groups after a space, the first
	 * no zero (a phone's "012 345") */
	spaced = q == e && !memchr(s + p, '.', e - p) && s[p] != '0';
	while (spaced && n - q > 1 && s[q] == ' ' && group_at(s, n, q + 1) && k + 4 <= 24) {
		buf[k++] = '.';
		memcpy(buf + k, s + q + 1, 3);
		k += 3;
		q += 4;
	}
	if (q == e && n - q > 3 && s[q] == ',' && s[q + 1] == ' ' && vn_is_digit(s[q + 2]) && memchr(s + p, '.', e - p) == NULL) {
		/* "1, 5 km": one or two decimals, and a measure after them */
		for (i = q + 2; i < n && vn_is_digit(s[i]) && i - q - 2 < 3; i++)
			;
		if (i - q - 2 > 2 || i >= n || s[i] != ' ' || (unit_word(s, n, i + 1, &kind), kind != MEASURE && kind != MONEY))
			return false;
		buf[k++] = ',';
		memcpy(buf + k, s + q + 2, i - q - 2);
		k += i - q - 2;
		q = i;
	}
	if (q == e)
		return false;
	/* and its scale words: "500. 000 tỷ" */
	c = n - q < sizeof buf - k ? n - q : sizeof buf - k;
	memcpy(buf + k, s + q, c);
	if ((c = numeral_parse(buf, k + c, &x->v)) < k)
		return false;
	x->digits = q;
	x->end = q + c - k;
	return true;
}

static bool parse_at(const char *s, size_t n, size_t p, struct parsed *x)
{
	struct numeral d;
	size_t k, w;

	if (!(k = numeral_parse(s + p, n - p, &x->v)))
		return false;
	x->end = x->digits = p + k;
	/* Scale words after the digits: where do the digits alone end? */
	if (vn_is_digit(s[p]) && memchr(s + p, ' ', k) &&
	    (k = numeral_parse(s + p, token_end(s, n, p) - p, &d)))
		x->digits = p + k;
	if (vn_is_digit(s[p]) && x->end == x->digits && x->end + 1 < n &&
	    (((s[x->end] == '.' || s[x->end] == ',') && s[x->end + 1] == ' ') ||
	     (s[x->end] == ' ' && group_at(s, n, x->end + 1))))
		spaced_number(s, n, p, x->end, x);
	/* The last word begins a noun of unit_noun_list: "một tỉ lệ" is one
	 * and a noun, "ba gác" no number. */
	for (w = x->end; w > p && (k = vn_word_char_len_back(s, w)); w -= k)
		;
	if (w > p || !vn_is_digit(s[p])) {
		if (noun_at(s, n, w) > x->end) {
			if (w == p || !(k = numeral_parse(s + p, vn_skip_spaces_back(s, w) - p, &x->v)))
				return false;
			x->end = x->digits = p + k;
		}
	}
	return true;
}

/* The second part of a range after the first ends at p: "- 4%", "đến 85%".
 * It must be of the same sort and bigger; "3 - 4
 * triệu" gives the first part the second's scale. Fills *b, returns its
 * end (its percent sign included, then *pct is set), or 0; *dated is set
 * to its end when the second part is a date or duration. */
static size_t range_end(struct scan *sc, size_t p, bool words, bool percent,
			struct numeral *a, struct numeral *b, bool *pct, size_t *dated)
{
	const char *s = sc->s;
	size_t n = sc->n, g = gap(s, n, p), q, pk, tend, e;
	struct parsed x;
	struct numeral d, first = *a;
	bool year;

	if ((q = dash_at(s, n, p)))
		q += p;
	else if (!(g && ((q = match_phrase(s, n, p + g, "đến")) || (q = match_phrase(s, n, p + g, "tới")))))
		return 0;
	q += gap(s, n, q);
	if (q >= n || vn_is_digit(s[q]) == words || !parse_at(s, n, q, &x))
		return 0;
	if (temporal_at(sc, q, x.end, &tend)) {
		/* "3 - 4 năm": the first part goes with the second's duration */
		*dated = tend;
		return 0;
	}
	if (!words && (tend = day_month_at(s, n, q, false, &year)) && a->exp10 == 0 && a->mant >= 1 && a->mant <= 31) {
		/* "từ 16 đến 18-5": days of a month */
		*dated = tend;
		return 0;
	}
	pk = percent_after(s, n, x.end);
	if (percent && !pk)
		return 0;
	if (!words && x.digits < (e = token_end(s, n, q)) && !(pk && x.digits < n && s[x.digits] == '%') &&
	    !glued_measure(s, n, x.digits, e))
		return 0;
	if (x.end > x.digits && numeral_parse(s + q, x.digits - q, &d) && d.mant == x.v.mant)
		first.exp10 += x.v.exp10 - d.exp10;
	if (numeral_cmp(&first, &x.v) >= 0)
		return 0;
	*a = first;
	*b = x.v;
	*pct = pk > 0;
	return x.end + pk;
}

static void format_range(char *buf, size_t cap, const struct numeral *a, const struct numeral *b)
{
	size_t k = numeral_format(a, buf, cap);

	if (b && k + 2 < cap) {
		memcpy(buf + k, "..", 2);
		numeral_format(b, buf + k + 2, cap - k - 2);
	}
}

/* The end of the name that goes on after a UNIT ending at e: capitalised
 * words, each with a word in lower case after it that is no stop word
 * ("hai nhà thờ Tin lành và một nhà thờ"); e when there is none. */
static size_t past_name(const char *s, size_t n, size_t e)
{
	size_t g;

	while ((g = gap(s, n, e)) && e + g < n && upper_at(s, n, e + g)) {
		e = word_end(s, n, e + g);
		if ((g = gap(s, n, e)) && e + g < n && letter_at(s + e + g, n - e - g) && !upper_at(s, n, e + g) &&
		    !match_list(s, n, e + g, &unit_stops, NULL))
			e = word_end(s, n, e + g);
	}
	return e;
}

/* Whether a list joins the "một" at p..e (e the end of its UNIT) to
 * another count: "một tập thể và hai cá nhân", "hai trai, một gái"; a
 * count of something before it, not a percentage ("55% và 22%, và một cuộc
 * thăm dò"), and "và", "hoặc" or a comma after it, not a preposition
 * ("vào một tòa nhà cao tới bảy tầng"). */
static bool one_in_list(struct scan *sc, size_t p, size_t e)
{
	const char *s = sc->s;
	size_t n = sc->n, q, k;
	struct numeral v;
	struct piece unit;
	int items;

	if (sc->last_end && sc->last_counts && sc->last_end <= p && joins_only(s, past_name(s, p, sc->last_end), p))
		return true;
	for (items = 0; items < 4; items++) {
		q = vn_skip_spaces(s, n, past_name(s, n, e));
		if (q < n && s[q] == ',')
			q++;
		else if (!(k = match_phrase(s, n, q, "và")) && !(k = match_phrase(s, n, q, "hoặc")))
			return false;
		else
			q = k;
		q = vn_skip_spaces(s, n, q);
		if (q < n && vn_is_digit(s[q]))
			return true;
		if (q >= n || !(k = numeral_parse(s + q, n - q, &v)))
			return false;
		if (v.mant != 1 || v.exp10 != 0 || match_phrase(s, n, q, "một") != q + k)
			return true;
		/* another "một": on past its noun */
		e = unit_after(sc, q + k, &unit);
	}
	return false;
}

/* Where "chỉ" is "to denote" and "gần" "near", they make "một" no count:
 * "dùng để chỉ một giai đoạn", "nằm gần một hội quán". */
static const char *const cue_verb_list[] = {
	"để chỉ", "dùng chỉ", "nằm gần", "ở gần", "lại gần", "đứng gần", "ngồi gần",
	"sống gần", "đến gần", "tới gần", "tiến gần", "đặt gần",
};
static struct phrase_list cue_verbs = PHRASE_LIST(cue_verb_list);

/* Whether the bare "một" at p (its UNIT ending at e) counts: after a word
 * that counts ("thêm một xã", "chỉ có một"; not "để chỉ một"), before "duy nhất", in a list
 * with another count. Elsewhere it is the indefinite article: "là một chủ
 * trương", "tại một hội thảo", "như một lời cảm ơn". */
static bool one_counts(struct scan *sc, size_t p, size_t e)
{
	const char *s = sc->s;
	size_t n = sc->n, cue, b, q = vn_skip_spaces_back(s, p);
	enum before_kind kind;

	if ((cue = before_at(s, p, &kind)) != (size_t)-1 && kind == ONE_CUE &&
	    ((b = word_before(s, cue)) == (size_t)-1 || match_list(s, q, b, &cue_verbs, NULL) != q))
		return true;
	return match_phrase(s, n, vn_skip_spaces(s, n, e), "duy nhất") || one_in_list(sc, p, e);
}

/* Where a list of numbers in digits that count nothing ends, when the one
 * ending at p begins one: "các tỉnh lộ như 179, 276, 280", "nhóm 2, 3, 5 và
 * 7" name things; 0 when p begins none, or an item counts ("3, 4 người"). */
static size_t numbers_list_end(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, q, k, items = 0;
	struct numeral v;
	struct piece unit;

	for (;;) {
		q = vn_skip_spaces(s, n, p);
		if (q < n && s[q] == ',')
			q = vn_skip_spaces(s, n, q + 1);
		else if (!items || !match_phrase(s, n, q, "và"))
			return items ? p : 0;
		if ((k = match_phrase(s, n, q, "và")))
			q = vn_skip_spaces(s, n, k);
		if (q >= n || !vn_is_digit(s[q]) || !(k = numeral_parse(s + q, n - q, &v)))
			return items ? p : 0;
		unit_after(sc, q + k, &unit);
		if (unit.len)
			return 0;
		p = q + k;
		items++;
	}
}

/* Whether a UNIT is a name, two or more capitalised words (not in
 * capitals throughout) and no title: "415 Quang Trung" is an address,
 * "cấp 3 Hà Nội" a school's name; "25 ĐẢNG VIÊN" counts. */
static bool name_unit(const char *s, size_t n, struct piece unit)
{
	size_t start = (size_t)(unit.s - s), end = start + unit.len, i, k;
	int words = 0;

	if (unit.len == 0 || unit.s < s || end > n)
		return false;
	for (i = start; i < end; i = vn_skip_spaces(s, end, word_end(s, end, i)), words++)
		if (!(k = vn_upper_len(s + i, n - i)) || vn_upper_len(s + i + k, n - i - k))
			return false;
	return words >= 2 && !title_at(s, n, start);
}

/* Whether a spaced dash and a capital follow s + p: "934 – Hoàng thái tử". */
static bool chronology_dash(const char *s, size_t n, size_t p)
{
	size_t q = vn_skip_spaces(s, n, p), k;

	if (q == p || !(k = vn_dash_len(s + q, n - q)))
		return false;
	p = vn_skip_spaces(s, n, q + k);
	return p > q + k && upper_at(s, n, p);
}

/* Whether the numeral at start..a->digits is a year in digits, 1000-2099
 * without a point ("từ 2008", "(sinh 1886)"), as a number that counts
 * nothing is. */
static bool plain_year(const char *s, size_t start, const struct parsed *a)
{
	return a->digits - start == 4 && a->end == a->digits && vn_is_digit(s[start + 3]) && a->v.exp10 == 0 &&
	       a->v.mant >= 1000 && a->v.mant <= 2099;
}

/* "năm" that is the year, not five: after a word of the year's course
 * ("quanh năm xanh", "trung bình năm", "hằng năm"), or before a word that
 * says which year ("năm sinh, năm mất", "năm xuất bản", "năm âm lịch",
 * "năm kết thúc chiến tranh", "năm thấp nhất"). */
static const char *const year_course_list[] = {"quanh", "trung bình", "hằng", "hàng"};
static const char *const year_which_list[] = {
	"sinh", "mất", "xuất bản", "ấn hành", "phát hành", "âm lịch", "dương lịch", "nhuận", "tài chính",
	"kết thúc", "bắt đầu", "dao động", "cao nhất", "thấp nhất", "tồi tệ", "áp chót", "đẫm máu",
};
static struct phrase_list year_which = PHRASE_LIST(year_which_list);

static bool year_noun(const char *s, size_t n, size_t start, size_t end)
{
	size_t k;

	for (k = 0; k < NELEM(year_course_list); k++)
		if (phrase_before(s, start, year_course_list[k]) != (size_t)-1)
			return true;
	return gap(s, n, end) && match_list(s, n, end + gap(s, n, end), &year_which, NULL);
}

/* Whether the range start..end of a to b stands alone in brackets after a
 * name or "năm" ("nhà Đinh (968-980)", "Trưng Vương (40-43)", "năm
 * (542-602)"): the years of a reign or a life, which count nothing; "nhóm
 * tuổi (15-24)" counts. */
static bool reign_years(const char *s, size_t n, size_t start, size_t end, const struct numeral *a,
			const struct numeral *b)
{
	size_t o = vn_skip_spaces_back(s, start), c = vn_skip_spaces(s, n, end), w;

	if (o == 0 || s[o - 1] != '(' || c >= n || s[c] != ')' || a->exp10 != 0 || b->exp10 != 0 ||
	    b->mant - a->mant > 100 || (w = word_before(s, o - 1)) == (size_t)-1)
		return false;
	return (upper_at(s, n, w) && !sentence_start(s, w)) || match_phrase(s, n, w, "năm") == word_end(s, n, w);
}

/* An hour written "g" ("8 g 20", "12 g trưa", "từ 7 g đến 18 g") is
 * vn-date's; "5 g muối" is five grams. The words that make it an hour
 * after it, and before the number. */
static const char *const hour_after_list[] = {"sáng", "trưa", "chiều", "tối", "đêm", "khuya"};
static struct phrase_list hour_after = PHRASE_LIST(hour_after_list);
static const char *const hour_before_list[] = {
	"lúc", "từ", "đến", "tới", "vào", "khoảng", "gần", "đúng", "hơn", "trước", "sau", "tầm", "chừng",
};
static struct phrase_list hour_before = PHRASE_LIST(hour_before_list);

/* The end of "g" and its minutes when the whole number at start..p (value
 * v) is an hour written so; else 0. */
static size_t hour_g(const char *s, size_t n, size_t start, size_t p, const struct numeral *v)
{
	size_t q = vn_skip_spaces(s, n, p), e, g, b;

	if (q == p || v->exp10 != 0 || v->mant > 24 || q >= n || (s[q] != 'g' && s[q] != 'G') ||
	    (q + 1 < n && vn_word_char_len(s + q + 1, n - q - 1)))
		return 0;
	e = q + 1;
	g = vn_skip_spaces(s, n, e);
	if (g < n && vn_is_digit(s[g])) { /* its minutes: "8 g 20", "17 g 20 phút" */
		while (g < n && vn_is_digit(s[g]))
			g++;
		return (b = match_phrase(s, n, vn_skip_spaces(s, n, g), "phút")) ? b : g;
	}
	if (g == n || !letter_at(s + g, n - g) || match_list(s, n, g, &hour_after, NULL))
		return e;
	b = word_before(s, start);
	return sentence_start(s, start) || (b != (size_t)-1 && match_list(s, start, b, &hour_before, NULL)) ? e : 0;
}

/* A UNIT that is one of these alone makes the number a duration: "2,5
 * tiếng", "1 tiếng 30 phút" are hours, vn-date's ("ba tiếng súng" counts). */
static const char *const duration_unit_words[] = {"tiếng", "tiếng rưỡi"};
static struct phrase_list duration_units = PHRASE_LIST(duration_unit_words);

/* Whether the UNIT is a whole phrase of duration_units. */
static bool duration_unit(const char *s, struct piece unit)
{
	size_t w = (size_t)(unit.s - s), e = w + unit.len;

	return unit.len && (*unit.s | 0x20) == 't' && match_list(s, e, w, &duration_units, NULL) == e;
}

/* The denominators of a fraction that are no numeral alone: "một phần tư",
 * "ba phần nghìn". */
static const struct {
	const char *word;
	struct numeral value;
} denominator_words[] = {
	{"tư", {4, 0}}, {"nghìn", {1, 3}}, {"ngàn", {1, 3}}, {"vạn", {1, 4}},
	{"triệu", {1, 6}}, {"tỷ", {1, 9}}, {"tỉ", {1, 9}},
};

/* A fraction "N phần D", the numerator num at p..e ("một phần ba số cử
 * tri", "hai phần ba", "100 phần 100"; "phần trăm" is a percentage, "một
 * phần" alone a part): emitted as the ratio N/D with the UNIT after it;
 * its end, or 0. */
static size_t fraction_at(struct scan *sc, size_t p, size_t e, struct numeral num)
{
	const char *s = sc->s;
	size_t n = sc->n, q, k, i;
	struct numeral den;
	struct piece unit;
	char value[QUANTITY_VALUE_MAX];

	/* "một phần Ba Lan" is a part of a country */
	if (e + 1 >= n || s[e] != ' ' || (s[e + 1] | 0x20) != 'p' ||
	    !(q = match_phrase(s, n, e + 1, "phần")) || (q = vn_skip_spaces(s, n, q)) >= n ||
	    upper_at(s, n, q))
		return 0;
	for (i = 0; i < NELEM(denominator_words) && !(k = match_phrase(s, n, q, denominator_words[i].word)); i++)
		;
	if (k)
		den = denominator_words[i].value;
	else if ((k = numeral_parse(s + q, n - q, &den)) && !match_phrase(s, n, q, "trăm"))
		k += q;
	else
		return 0;
	if (numeral_cmp(&num, &den) > 0)
		return 0;
	i = numeral_format(&num, value, sizeof value);
	value[i++] = '/';
	numeral_format(&den, value + i, sizeof value - i);
	e = unit_after(sc, k, &unit);
	emit(sc, QUANTITY_RATIO, value, p, k, unit);
	return e;
}

/* Whether the digits at p..e are grouped once the English way: one to
 * three digits, the first no zero, a comma, three digits ("1,200"). */
static bool english_group(const char *s, size_t p, size_t e)
{
	size_t i;

	if (e - p < 5 || e - p > 7 || s[e - 4] != ',' || s[p] == '0')
		return false;
	for (i = p; i < e; i++)
		if (i != e - 4 && !vn_is_digit(s[i]))
			return false;
	return true;
}

/* "1,200 người", "80,000", "2,450 USD" group thousands the English way: a
 * count is whole, money has at most two decimals and nobody writes 3,000
 * for three; before a measure it stays a decimal ("6,175 kg"). Reads the
 * number at p so into a->v when it is one. */
static void english_thousands(struct scan *sc, size_t p, struct parsed *a)
{
	const char *s = sc->s;
	size_t n = sc->n, k = a->digits - p, i;
	struct piece unit;
	char buf[8];
	int kind;

	if (a->end != a->digits || !english_group(s, p, a->digits) || percent_after(s, n, a->digits))
		return;
	if (memcmp(s + a->digits - 3, "000", 3) && (unit_after(sc, a->digits, &unit), unit.len) &&
	    (unit_word(s, n, (size_t)(unit.s - s), &kind), kind == MEASURE))
		return;
	for (i = 0; i < k; i++)
		buf[i] = s[p + i] == ',' ? '.' : s[p + i];
	numeral_parse(buf, k, &a->v);
}

/* Words before a number that bring a count or a value though no stop
 * word ends a UNIT at them: "nam 12, nữ 15", "cỡ 30", "tầm 50", "bình quân 5",
 * "tuổi ngoài 50", "gấp 2", "chia làm 3", "tăng lên thành 19". */
static const char *const count_cue_list[] = {
	"nam", "nữ", "cỡ", "tầm", "độ", "chừng", "ước", "tính", "bình", "cộng", "tổng", "số",
	"ngoài", "nhiều", "gấp", "thành", "làm",
	/* those of one_cue_list that are no stop words: "thêm 3", "tối đa 5" */
	"thêm", "chỉ", "đúng", "đa", "thiểu",
	/* the last word of a noun whose value follows: "kết quả 5 - 3", "tỷ lệ
	 * 65 trên 7", "sản lượng 240", "trị giá 300", "giá trị 12" */
	"quả", "lệ", "lượng", "giá", "trị",
};
static struct phrase_list count_cues = PHRASE_LIST(count_cue_list);

/* The words of a name at p, each capitalised, up to punctuation, the end
 * or a word that ends a UNIT ("Phú Vang, ...", "Vĩnh Minh không ..."): how
 * many, its end in *end; 0 where a lower-case word goes on ("Tập đoàn"). */
static int listed_name(const char *s, size_t n, size_t p, size_t *end)
{
	int words = 0, kind;
	size_t g;

	while (p < n && upper_at(s, n, p)) {
		words++;
		*end = word_end(s, n, p);
		g = gap(s, n, *end);
		if (g == 0 || *end + g >= n || !letter_at(s + *end + g, n - *end - g))
			return words;
		p = *end + g;
	}
	if (words && (unit_word(s, n, p, &kind), kind == STOP))
		return words;
	return 0;
}

/* A count of names that lists them after its noun ends the UNIT at the
 * noun: in "hai tỉnh Phongsaly và Xamneua", "ba triều đại Đinh, Tiền Lê
 * và Hậu Lý" the capitalised words at the UNIT's end are the first name;
 * the names after it and the first make the count. Where a corpus writes
 * names in lower case ("hai huyện phú lộc và Phú Vang"), the first is as
 * many words as the next, the UNIT has no capital ("Bốn nữ Thiên hoàng,
 * Suiko, ..." is whole), and a list joined by a comma alone ends at a
 * comma or a stop: "hai cuộc chiến tranh, Hà Nội là" is a clause after
 * the count, "hai di tích chính, Văn Miếu – ..." an apposition. */
static void names_listed(struct scan *sc, const struct numeral *v, struct piece *unit)
{
	const char *s = sc->s;
	size_t n = sc->n, start, end, p, q, e = 0, w, tail, last;
	int members = 0, words = 0, first = 0, k;
	bool joined, last_joined = false, comma, capital;

	if (v->exp10 != 0 || v->mant < 2 || v->mant > 9 || unit->len == 0 || unit->s < s || unit->s >= s + n)
		return;
	start = (size_t)(unit->s - s);
	p = end = start + unit->len;
	if (upper_at(s, n, start))
		return;
	for (;;) {
		q = vn_skip_spaces(s, n, p);
		comma = q < n && s[q] == ',';
		if (comma)
			q = vn_skip_spaces(s, n, q + 1);
		if ((e = match_phrase(s, n, q, "và")) || (e = match_phrase(s, n, q, "hoặc")))
			q = vn_skip_spaces(s, n, e);
		joined = e != 0;
		if ((!comma && !joined) || !(k = listed_name(s, n, q, &e)))
			break;
		if (members++ == 0)
			first = k;
		last_joined = joined;
		p = e;
	}
	if (members == 0 || members + 1 != (int)v->mant)
		return;
	/* the UNIT's last word and those before it, up to its first */
	for (w = start, tail = 0, last = start, capital = false; w < end; w = vn_skip_spaces(s, n, word_end(s, n, w)), words++) {
		if (!upper_at(s, n, w))
			tail = 0;
		else if ((capital = true) && !tail++)
			last = w;
	}
	if (tail == 0) {
		q = vn_skip_spaces(s, n, p);
		if (capital || (!last_joined && q < n && !strchr(".,;:", s[q])))
			return;
		if (words <= first)
			return;
		for (w = start, k = words - first; k > 0; k--)
			w = vn_skip_spaces(s, n, word_end(s, n, w));
		last = w;
	} else if (tail == (size_t)words) {
		return;
	}
	unit->len = vn_skip_spaces_back(s, last) - start;
}

/* Streets a house number stands before, and the parts of a city an
 * address goes on to after a comma. */
static const char *const street_word_list[] = {"đường", "phố", "đại lộ", "ngõ", "hẻm", "kiệt"};
static struct phrase_list street_words = PHRASE_LIST(street_word_list);
static const char *const district_word_list[] = {"quận", "q", "phường", "p", "huyện", "thị xã"};
static struct phrase_list district_words = PHRASE_LIST(district_word_list);

/* Whether the digits at start, with the UNIT after them, are a house
 * number: before a street and its name that no list of names follows
 * ("tại 31 đường Đinh Tiên Hoàng", "213 Đại lộ Hồng Bàng"; "3 phố Hàng
 * Bạc, Hàng Đào và Hàng Ngang" counts), or after a comma or "địa chỉ"
 * before a street in lower case, as some corpora write names, and a comma
 * and a district ("..., 93 nguyễn trãi, q.1", "địa chỉ 274 sihanouk, quận
 * ..."). */
static bool house_number(struct scan *sc, size_t start, const struct parsed *a, struct piece unit)
{
	const char *s = sc->s;
	size_t n = sc->n, u, e, q, b, m;
	int k, words;

	if (a->end != a->digits || a->v.exp10 != 0 || unit.len == 0 || unit.s < s || unit.s >= s + n)
		return false;
	u = (size_t)(unit.s - s);
	e = u + unit.len;
	q = vn_skip_spaces(s, n, e);
	if ((m = match_list(s, n, u, &street_words, NULL)) && (m == e || upper_at(s, n, vn_skip_spaces(s, n, m)))) {
		/* the street's name, two capitalised words or one that a comma or
		 * the end follows ("40 phố Wall, ..."; not "15 đường S-Bahn (",
		 * "3 đường Quốc lộ đi qua"); no list of them ("3 phố Hàng Bạc,
		 * Hàng Đào và Hàng Ngang") */
		for (q = vn_skip_spaces(s, n, m), k = 0; q < n && upper_at(s, n, q); k++) {
			for (words = 0; q < n && upper_at(s, n, q); words++)
				q = vn_skip_spaces(s, n, e = word_end(s, n, q));
			if (k == 0 && words == 1 && q < n && !strchr(",.;", s[q]))
				return false;
			if (match_phrase(s, n, q, "và") || match_phrase(s, n, q, "hoặc"))
				return false;
			if (q >= n || s[q] != ',')
				return true;
			q = vn_skip_spaces(s, n, q + 1);
		}
		return k > 0;
	}
	/* "..., 93 nguyễn trãi, q.1", "địa chỉ 274 sihanouk, quận Chămkamoom";
	 * not "222 xã, phường, thị trấn" */
	if (q >= n || s[q] != ',' || !(q = vn_skip_spaces(s, n, q + 1)) || !(m = match_list(s, n, q, &district_words, NULL)))
		return false;
	m = vn_skip_spaces(s, n, m < n && s[m] == '.' ? m + 1 : m);
	if (m >= n || !(vn_is_digit(s[m]) || upper_at(s, n, m)))
		return false;
	b = vn_skip_spaces_back(s, start);
	return (b > 0 && s[b - 1] == ',') || phrase_before(s, start, "địa chỉ") != (size_t)-1;
}

/* Whether the number in digits at start (a range's too, ending at p),
 * which counts nothing, is the number of the noun before it: plain digits
 * after a word in lower case, or opening the sentence, that is no stop
 * word (a verb, a preposition: "là 133", "tăng lên 170") and brings no
 * count ("khoảng 20", "chỉ 36"): "khách sạn 2", "chuyến bay 103", "tu
 * chính án 22", "Khu vực 1", "tuyến 21 đến 24". A number after its noun
 * names or ranks one; a count stands before its noun. */
static bool noun_number(struct scan *sc, size_t start, size_t p, const struct parsed *a)
{
	const char *s = sc->s;
	size_t n = sc->n, b = word_before(s, start), q, e;
	struct parsed x;

	if (a->end != a->digits || a->digits - start > 4 || b == (size_t)-1 || !letter_at(s + b, n - b) ||
	    (upper_at(s, n, b) && !sentence_start(s, b)))
		return false; /* "tù binh 4587000" */
	for (q = start; q < a->digits; q++)
		if (!vn_is_digit(s[q]))
			return false;
	if (match_list(s, n, b, &unit_stops, NULL) || match_list(s, n, b, &count_cues, NULL))
		return false;
	/* "4 hoặc 5 hải lý", "640 × 480 điểm ảnh": the last number a list
	 * joins to it says whether they count; "tiểu đoàn 1, 5, 7" name */
	for (q = p;; q = x.end) {
		e = vn_skip_spaces(s, n, q);
		if (e < n && s[e] == ',')
			e++;
		else if (n - e >= 2 && !memcmp(s + e, "\xC3\x97", 2))
			e += 2;
		else if (!(e = match_list(s, n, e, &list_joins, NULL)))
			break;
		e = vn_skip_spaces(s, n, e);
		if (e >= n || !vn_is_digit(s[e]) || !parse_at(s, n, e, &x))
			break;
	}
	return q == p || (!percent_after(s, n, q) && counts_nothing(sc, q));
}

/* After the first numeral (start..a->end): a percent, a range, the unit.
 * from is where TEXT starts ("từ" included). Returns where to go on. */
static size_t quantity(struct scan *sc, size_t from, size_t start, struct parsed *a, bool words)
{
	const char *s = sc->s;
	size_t n = sc->n, p = a->end, k, g, end, dated = 0;
	struct numeral b;
	struct piece unit = {"", 0};
	bool percent = false, range = false, pct;
	char value[QUANTITY_VALUE_MAX];

	if ((k = percent_after(s, n, p))) {
		percent = true;
		p += k;
	}
	if ((k = range_end(sc, p, words, percent, &a->v, &b, &pct, &dated))) {
		range = true;
		percent = percent || pct;
		p = k;
	} else if (dated) {
		return dated;
	}
	if (!range)
		from = start;
	if (percent) {
		end = p;
		unit = piece_str("%");
	} else {
		/* "hai mươi năm": a duration the recogniser did not take is
		 * still vn-date's business, not a count. */
		g = gap(s, n, p);
		if (g && (k = match_list(s, n, p + g, &time_units, NULL)))
			return k;
		if (g && !words && (k = match_list(s, n, p + g, &eras, NULL)))
			return k;
		if (!words && !range && (k = hour_g(s, n, start, p, &a->v)))
			return k;
		end = unit_after(sc, p, &unit);
		if (range && unit.len == 0 && reign_years(s, n, start, p, &a->v, &b))
			return p;
		names_listed(sc, &a->v, &unit);
		if (duration_unit(s, unit))
			return end;
		/* A number word alone counts something, or it is not a number:
		 * "Hai là, ...", "Mười cho biết"; a year counts nothing. */
		if (!range && unit.len == 0 && (words ? a->end == word_end(s, n, start) : plain_year(s, start, a)))
			return p;
		if (!words && !range && unit.len == 0 && (k = numbers_list_end(sc, p)))
			return k;
		if (!words && unit.len == 0 && noun_number(sc, start, p, a))
			return p;
		if (name_unit(s, n, unit) || (!words && !range && house_number(sc, start, a, unit)))
			return end;
		/* "28 tết", "từ 20 - 27 tết": days of the last lunar month, before
		 * the new year; "3 tết xa nhà" counts */
		if (!words && a->v.exp10 == 0 && a->v.mant >= 10 && a->v.mant <= 30 && unit.len &&
		    match_phrase(s, n, (size_t)(unit.s - s), "tết"))
			return end;
		/* "1872 Khởi nghĩa ...": a year that opens an entry of a chronology */
		if (!words && !range && plain_year(s, start, a) && sentence_start(s, start) && unit.len &&
		    upper_at(s, n, (size_t)(unit.s - s)) && !title_at(s, n, (size_t)(unit.s - s)))
			return p;
		/* "02 TP Hải Dương - Thanh Hà": a code with its zero, a line or
		 * a route's, opens a sentence before a name; "01 dự án" counts */
		if (!words && !range && s[start] == '0' && a->digits - start >= 2 && sentence_start(s, start) &&
		    unit.len && upper_at(s, n, (size_t)(unit.s - s)) && !title_at(s, n, (size_t)(unit.s - s)))
			return p;
		/* "934 – Hoàng thái tử lên ngôi": so does a year of up to four
		 * digits, a dash and a capital */
		if (!words && !range && unit.len == 0 && sentence_start(s, start) && a->end - start <= 4 &&
		    a->v.exp10 == 0 && chronology_dash(s, n, p))
			return p;
		if (words && !range && a->v.mant == 5 && a->v.exp10 == 0 && match_phrase(s, n, start, "năm") == a->end &&
		    year_noun(s, n, start, a->end))
			return end > p ? end : p;
		if (words && !range && a->v.mant == 1 && a->v.exp10 == 0 && match_phrase(s, n, start, "một") == a->end &&
		    !one_counts(sc, start, end > p ? end : p))
			return end > p ? end : p;
	}
	format_range(value, sizeof value, &a->v, range ? &b : NULL);
	emit(sc, percent ? QUANTITY_PERCENT : QUANTITY_NUMBER, value, from, p, unit);
	return end;
}

static void ordinal(struct scan *sc, const struct numeral *v, size_t start, size_t end)
{
	char value[QUANTITY_VALUE_MAX];

	numeral_format(v, value, sizeof value);
	emit(sc, QUANTITY_ORDINAL, value, start, end, (struct piece){"", 0});
}

/* Roman numerals in a list after the first: "khóa XI, XII", "XI và XII". */
static size_t roman_list(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, q, len;
	int v;

	for (;;) {
		q = p;
		if (q < n && s[q] == ',')
			q++;
		else if (!(q = match_phrase(s, n, q + gap(s, n, q), "và")))
			return p;
		q += gap(s, n, q);
		if (q >= n || !(v = numeral_roman(s + q, n - q, &len)))
			return p;
		ordinal(sc, &(struct numeral){v, 0}, q, q + len);
		p = q + len;
	}
}

/* The ordinal words after "thứ" and their values; "năm" is five whatever
 * follows ("thứ năm liên tiếp"). */
static const struct {
	const char *word;
	int value;
} ordinal_words[] = {{"nhất", 1}, {"tư", 4}, {"năm", 5}};

/* "thứ 5", "thứ nhất", "lần thứ XIII", "khóa XII", "Đại hội XVII",
 * "Trung ương 4": what follows the word at p, an ordinal; below 1000 with
 * below_1000 ("tài khóa 2013" is a year). */
static size_t ordinal_after(struct scan *sc, size_t start, size_t p, bool roman_only, bool below_1000)
{
	const char *s = sc->s;
	size_t n = sc->n, q = p + gap(sc->s, sc->n, p), e = 0, len, i;
	struct numeral v = {0, 0};
	int r;

	if (q == p || q >= n)
		return 0;
	if ((r = numeral_roman(s + q, n - q, &len))) {
		v.mant = r;
		e = q + len;
	} else if (roman_only) {
		return 0;
	} else {
		for (i = 0; i < NELEM(ordinal_words) && !(e = match_phrase(s, n, q, ordinal_words[i].word)); i++)
			;
		if (e) {
			v.mant = ordinal_words[i].value;
		} else if (!upper_at(s, n, q) && (e = numeral_parse(s + q, n - q, &v))) {
			/* "thứ Hai" is a weekday */
			e += q;
			if ((vn_is_digit(s[q]) && e != token_end(s, n, q)) || (below_1000 && (v.exp10 > 0 || v.mant >= 1000)))
				return 0;
		} else {
			return 0;
		}
	}
	ordinal(sc, &v, start, e);
	return roman_list(sc, e);
}

/* "một trong hai": one of a number, a count though "một trong" is no
 * numeral; emitted with an empty UNIT, and its end returned; else 0. */
static size_t one_of_at(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, e = match_phrase(s, n, p, "một"), q;
	struct numeral v;

	if (!e || !(q = match_phrase(s, n, vn_skip_spaces(s, n, e), "trong")))
		return 0;
	q = vn_skip_spaces(s, n, q);
	if (q >= n || !numeral_parse(s + q, n - q, &v) || v.mant < 2)
		return 0;
	emit(sc, QUANTITY_NUMBER, "1", p, e, (struct piece){"", 0});
	return e;
}

/* After "ngày thứ hai", what makes it a weekday and not the second day:
 * "trong lịch Gregory", "đầu tiên trong tháng 4", "hàng tuần". */
static const char *const weekday_after_list[] = {
	"trong lịch", "đầu tiên", "cuối cùng", "hàng tuần", "hằng tuần", "mỗi tuần", "trong tuần",
};
static struct phrase_list weekday_after = PHRASE_LIST(weekday_after_list);

/* Whether "thứ" at p names a weekday: "Thứ hai, 09/01/2006" inside a
 * sentence, "thứ sáu, ngày 5/3", "thứ năm 12/5", the day's name
 * capitalised ("Đêm thứ Năm", "thứ Bảy"), after a part of the day ("sáng
 * thứ năm"), straight after "vào" ("vào thứ 4", "bắt đầu vào thứ năm":
 * an ordinal has its noun before it, "vào vị trí thứ ba"), after "ngày"
 * with a word of weekday_after or where something begins ("bắt đầu từ
 * ngày thứ sáu"), or listed after a weekday (joined_to, where the last
 * ended; 0 for none: "vào thứ ba, thứ năm và thứ bảy"; not "ngày thứ Hai
 * thứ ba", the third Monday); its end, or 0. */
static size_t weekday_at(const char *s, size_t n, size_t p, size_t joined_to)
{
	static const char *const days[] = {"hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"};
	static const char *const parts[] = {"sáng", "trưa", "chiều", "tối", "đêm"};
	static const char *const begin_words[] = {"bắt đầu", "vào", "từ", "bằng"};
	size_t e = match_phrase(s, n, p, "thứ"), q = 0, i, b, k = 0;
	bool year, digit;

	e = vn_skip_spaces(s, n, e);
	for (i = 0; i < NELEM(days) && !(q = match_phrase(s, n, e, days[i])); i++)
		;
	if (!q || (q < n && vn_is_digit(s[q])))
		return 0;
	/* "Quốc tế Thứ 3", "kỳ họp thứ 4, ngày 29": a digit takes the cues below alone */
	digit = vn_is_digit(s[e]);
	if (!digit && ((upper_at(s, n, p) && !sentence_start(s, p)) || upper_at(s, n, e)))
		return q;
	for (i = 0; i < NELEM(parts); i++)
		if (phrase_before(s, p, parts[i]) != (size_t)-1)
			return q;
	if (phrase_before(s, p, "vào") != (size_t)-1 || (joined_to && vn_skip_spaces(s, n, joined_to) < p && joins_only(s, joined_to, p)))
		return q;
	e = vn_skip_spaces(s, n, q);
	if ((b = phrase_before(s, p, "ngày")) != (size_t)-1) {
		if (match_list(s, n, e, &weekday_after, NULL))
			return q;
		for (i = 0; i < NELEM(begin_words) && (k = phrase_before(s, b, begin_words[i])) == (size_t)-1; i++)
			;
		if (i < NELEM(begin_words) && (i == 0 || phrase_before(s, k, begin_words[0]) != (size_t)-1))
			return q; /* "bắt đầu ngày thứ hai", "bắt đầu từ ngày thứ sáu" */
	}
	if (e < n && s[e] == ',')
		e = vn_skip_spaces(s, n, e + 1);
	return !digit && (match_phrase(s, n, e, "ngày") || day_month_at(s, n, e, false, &year)) ? q : 0;
}

/* After "hai", both sides: "giữa hai bên", "hai bên đường", "quan hệ hai bờ". */
static const char *const both_sides_list[] = {"bên", "bờ"};
static struct phrase_list both_sides = PHRASE_LIST(both_sides_list);

/* The word before p, as word_before finds it, or (size_t)-1 where it is a
 * bracket of bracket_words, which is punctuation. */
static size_t text_word_before(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, b = scan_word_before(sc, p), m;

	/* the word's end is found only where a bracket word stands */
	return b != (size_t)-1 && (m = match_list(s, n, b, &bracket_words, NULL)) && m == word_end(s, n, b) ? (size_t)-1 : b;
}

/* A word numeral, or a word that brings an ordinal, at p; returns where to go on. */
static size_t at_word(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, b, e, tend, r, len;
	struct parsed a;
	enum before_kind kind;

	if ((e = match_phrase(s, n, p, "thứ"))) {
		if ((r = weekday_at(s, n, p, sc->weekday_to))) {
			sc->weekday_to = r;
			return r;
		}
		b = phrase_before(s, p, "lần");
		r = ordinal_after(sc, b != (size_t)-1 ? b : p, e, false, false);
		return r ? r : e;
	}
	if ((e = match_phrase(s, n, p, "khóa")) || (e = match_phrase(s, n, p, "khoá"))) {
		r = ordinal_after(sc, p, e, false, true);
		return r ? r : e;
	}
	if (numeral_roman(s + p, n - p, &len)) {
		b = vn_skip_spaces_back(s, p);
		if (b < p && (b = match_phrase_back(s, b, "đại hội")) != (size_t)-1 &&
		    (r = ordinal_after(sc, b, vn_skip_spaces_back(s, p), true, false)))
			return r;
		return p + len;
	}
	/* Capitalised only at a sentence start: "Hai nhiệm vụ"; not "“Năm cải cách". */
	if (upper_at(s, n, p) && !sentence_start(s, p))
		return 0;
	if ((e = one_of_at(sc, p)))
		return e;
	if (!parse_at(s, n, p, &a)) {
		/* "một phần ba": numeral_parse leaves "một phần", "a part" */
		if ((e = match_phrase(s, n, p, "một")) && (e = fraction_at(sc, p, e, (struct numeral){1, 0})))
			return e;
		return 0;
	}
	if ((e = fraction_at(sc, p, a.end, a.v)))
		return e;
	b = text_word_before(sc, p);
	if ((b != (size_t)-1 && upper_at(s, n, b) && !sentence_start(s, b)) || (before_at(s, p, &kind) != (size_t)-1 && kind == LABEL) ||
	    (sc->label_to && joins_only(s, sc->label_to, p))) {
		/* a name inside a sentence ("Quân khu Bảy"), "ngã ba", "lớp chín và mười" */
		sc->label_to = a.end;
		return a.end;
	}
	/* "mỗi năm", "những năm": the year */
	if (a.v.mant == 5 && a.end - p == strlen("năm") && b != (size_t)-1 &&
	    (match_list(s, n, b, &year_before, NULL) || vn_is_digit(s[b])))
		return a.end;
	e = a.end + gap(s, n, a.end);
	/* "hai bên", "hai bờ", "bốn bề": both sides, all sides, no count of them;
	 * "vài ba": a few */
	if (e > a.end && ((a.v.mant == 2 && a.v.exp10 == 0 && match_list(s, n, e, &both_sides, NULL)) ||
			  match_phrase(s, n, e, "bề")))
		return word_end(s, n, e);
	if (b != (size_t)-1 && (match_phrase(s, p, b, "vài") || match_phrase(s, p, b, "dăm")))
		return a.end;
	/* "Ba Đình", "Hai Bà Trưng": names; "Hai Phó Chủ tịch" counts */
	if (e < n && upper_at(s, n, e) && !title_at(s, n, e))
		return a.end;
	if (temporal_at(sc, p, a.end, &tend))
		return tend;
	return quantity(sc, b != (size_t)-1 && match_phrase(s, n, b, "từ") ? b : p, p, &a, true);
}

/* Where what follows a ratio ending at te makes it a day and a month:
 * "âm lịch", or a range to a date ("đến 27/7/1954"); 0 when nothing does. */
static size_t day_after_ratio(struct scan *sc, size_t te)
{
	const char *s = sc->s;
	size_t n = sc->n, q = vn_skip_spaces(s, n, te), e, k;
	bool year;

	if ((e = match_phrase(s, n, q, "âm lịch")) || (e = match_phrase(s, n, q, "dương lịch")))
		return e;
	if ((k = vn_dash_len(s + q, n - q)))
		e = q + k;
	else if (!(e = match_phrase(s, n, q, "đến")) && !(e = match_phrase(s, n, q, "tới")))
		return 0;
	e = vn_skip_spaces(s, n, e);
	return (k = day_month_at(s, n, e, false, &year)) && year ? k : 0;
}

/* A ratio "1.793/2.900" at p..te (the first part read into a): emits it
 * with its unit and returns where to go on, or 0 when it is none. */
static size_t ratio(struct scan *sc, size_t p, size_t te, const struct parsed *a)
{
	const char *s = sc->s;
	struct numeral d;
	struct piece unit;
	char value[QUANTITY_VALUE_MAX];
	size_t k, end;

	if (!(s[a->digits] == '/' && a->end == a->digits && a->digits + 1 < te && vn_is_digit(s[a->digits + 1]) &&
	      numeral_parse(s + a->digits + 1, te - a->digits - 1, &d) == te - a->digits - 1))
		return 0;
	/* "7/2008": a month of a year */
	if (a->v.exp10 == 0 && a->v.mant >= 1 && a->v.mant <= 12 && d.exp10 == 0 && d.mant >= 1000 && d.mant <= 2099)
		return te;
	/* "11/10 âm lịch", "từ 4/7 đến 27/7/1954", "(2/7)" alone in brackets:
	 * a day and a month */
	if (a->v.exp10 == 0 && a->v.mant >= 1 && a->v.mant <= 31 && d.exp10 == 0 && d.mant >= 1 && d.mant <= 12 &&
	    ((k = day_after_ratio(sc, te)) || (p > 0 && s[p - 1] == '(' && te < sc->n && s[te] == ')' && (k = te))))
		return k;
	/* "1/1 triệu": the scale words after it are the second part's */
	if ((k = numeral_parse(s + a->digits + 1, sc->n - a->digits - 1, &d)) > te - a->digits - 1)
		te = a->digits + 1 + k;
	k = numeral_format(&a->v, value, sizeof value);
	value[k++] = '/';
	numeral_format(&d, value + k, sizeof value - k);
	end = unit_after(sc, te, &unit);
	emit(sc, QUANTITY_RATIO, value, p, te, unit);
	return end;
}

/* Whether the word at b, before a number that counts nothing, ends a name:
 * a capitalised word and one in lower case after it inside a sentence
 * ("Học viện Quân y 103", "quán Hương rừng 2"), or a capitalised word
 * opening the sentence that is no word of a clause ("Stadium 7 là", not
 * "Khoảng 30", "Có 5"). */
static bool name_before(struct scan *sc, size_t b)
{
	const char *s = sc->s;
	size_t n = sc->n, c, e;
	enum before_kind kind;
	int k;

	if (upper_at(s, n, b))
		return sentence_start(s, b) && !unit_word(s, n, b, &k) &&
		       before_at(s, vn_skip_spaces(s, n, word_end(s, n, b)), &kind) == (size_t)-1 &&
		       !match_list(s, n, b, &first_words, NULL);
	if ((c = word_before(s, b)) == (size_t)-1 || !upper_at(s, n, c) || sentence_start(s, c))
		return false;
	e = word_end(s, n, c);
	return vn_skip_spaces(s, n, e) == b && e < b && unit_word(s, n, b, &k) != word_end(s, n, b);
}

/* Whether the number in digits at p (the word before it at b, its token
 * ending at te) names something rather than counts: after a label ("Kết
 * luận số 28", "khu phố 4"; not "tổng số 1.234"), after a capitalised word
 * inside a sentence ("Quân khu 7"), a document's number ("Quyết định 102",
 * "quy định 08"), or one more of a list of those ("phường 1, 2 và 4"). */
static bool names_something(struct scan *sc, size_t p, size_t b, size_t before, enum before_kind kind,
			    const struct parsed *a, size_t te)
{
	const char *s = sc->s;
	size_t n = sc->n;

	if (before != (size_t)-1 && kind == LABEL && phrase_before(s, p, "tổng số") == (size_t)-1)
		return true;
	/* "Đảng" alone names no one thing with a number: "kết nạp vào Đảng 120
	 * quần chúng" counts */
	if (b != (size_t)-1 && upper_at(s, n, b) && !sentence_start(s, b) &&
	    !(match_list(s, n, b, &party_words, NULL) == word_end(s, n, b) && !name_after(s, n, word_end(s, n, b))))
		return true;
	if (before != (size_t)-1 && kind == DOCUMENT &&
	    (upper_at(s, n, before) || s[p] == '0' || counts_nothing(sc, a->end)))
		return true;
	/* "Bệnh viện Quân y 175", and a year after a name ("Hiến pháp Việt Nam
	 * Cộng hòa 1956 quy định") */
	if (b != (size_t)-1 && a->digits == te && name_before(sc, b) &&
	    (counts_nothing(sc, a->end) || (plain_year(s, p, a) && !measured(sc, a->end))))
		return true;
	/* "tháng 7, 9 và 10": days or months listed after a date */
	if (sc->date_to && a->digits == te && a->v.exp10 == 0 && a->v.mant <= 31 && joins_only(s, sc->date_to, p) &&
	    counts_nothing(sc, a->end))
		return true;
	/* "những năm 1930 - 45": a range of years ended in two digits */
	if (sc->date_to && a->digits == te && a->digits - p == 2 && a->v.exp10 == 0 && year_ends(s, sc->date_to) &&
	    dash_joins(s, sc->date_to, p) && counts_nothing(sc, a->end))
		return true;
	/* "giai đoạn 1975 đến 1985": a year a range joins to a label's */
	return sc->label_to && joins_only(s, sc->label_to, p) && a->digits == te &&
	       (counts_nothing(sc, a->end) || (plain_year(s, p, a) && range_join(s, sc->label_to, p)));
}

/* A day or a date the recogniser left: digits after a word of the day
 * ("ngày 19", "hôm 10/5", "trưa 28 - 10", not "mỗi ngày 3 lần"), or a day
 * and a month that fall ("18-5": a range rises). Its end, or 0. */
static size_t day_at(struct scan *sc, size_t p, bool after_day, const struct parsed *a, size_t te)
{
	const char *s = sc->s;
	size_t n = sc->n, e;
	bool year;

	if (after_day) {
		if ((e = day_month_at(s, n, p, true, &year)))
			return e;
		if (a->v.exp10 == 0 && a->v.mant >= 1 && a->v.mant <= 31 && a->digits == te && a->end == a->digits &&
		    counts_nothing(sc, a->end))
			return te;
	}
	if (a->digits < te && (s[a->digits] == '-' || s[a->digits] == '/') &&
	    (e = day_month_at(s, n, p, false, &year)) && e <= te) {
		struct numeral m;

		/* "3-8/1945", "5/3/2020" with its year; "18-5": a range rises */
		if (year || (s[a->digits] == '-' && numeral_parse(s + a->digits + 1, e - a->digits - 1, &m) &&
			     numeral_cmp(&a->v, &m) > 0))
			return e;
	}
	return 0;
}

/* Words before a range of days that make it one: "từ 6 - 11 người". */
static const char *const range_cue_list[] = {
	"từ", "khoảng", "chừng", "gần", "trên", "dưới", "hơn", "tới", "đến", "có", "với", "cách",
};
static struct phrase_list range_cues = PHRASE_LIST(range_cue_list);

/* A day and a month written apart, "D - M" ("hôm qua, 18 - 8", "quốc
 * khánh 2 - 9", "22 và 23 - 10"): one that falls from a day past 12 (a
 * score falls too: "5 - 3"), or that rises and counts nothing where no
 * word before makes it a range ("3 - 4 triệu" is one). Its end, or 0. */
static size_t spaced_day_at(struct scan *sc, size_t p, const struct parsed *a, size_t te)
{
	const char *s = sc->s;
	size_t n = sc->n, e, q, b, m;
	long long month = 0;
	struct numeral v;
	bool year;

	if (a->digits != te || a->end != a->digits || te >= n || s[te] != ' ' ||
	    !(e = day_month_at(s, n, p, false, &year)))
		return 0;
	if (year)
		return e;
	q = vn_skip_spaces(s, n, te);
	q = vn_skip_spaces(s, n, q + vn_dash_len(s + q, n - q));
	if (((m = numeral_parse(s + q, n - q, &v)) && q + m > e) || percent_after(s, n, e))
		return 0; /* "3 - 4 triệu", "5 – 6%" */
	for (; q < e && vn_is_digit(s[q]); q++)
		month = month * 10 + (s[q] - '0');
	if (month < a->v.mant)
		return a->v.mant > 12 ? e : 0;
	b = word_before(s, p);
	if (b != (size_t)-1 && match_list(s, p, b, &range_cues, NULL))
		return 0;
	return counts_nothing(sc, e) ? e : 0;
}

/* Words of English that Vietnamese does not spell, and how far around a
 * number english_around reads. */
static const char *const english_word_list[] = {
	"of", "the", "and", "from", "by", "with", "for", "after", "at", "on", "was", "were",
	"is", "are", "until", "between",
};
static struct phrase_list english_words = PHRASE_LIST(english_word_list);
enum { ENGLISH_WINDOW = 4 };

/* What the token at s[from..to) says of the language: -1 where a letter
 * outside ASCII is in it (Vietnamese), else 1 for a word of english_words,
 * 0 for another; *letters counts it when it has two ASCII letters. */
static int token_language(const char *s, size_t from, size_t to, int *letters)
{
	size_t i, first = to, last = from, k;
	int ascii = 0;

	for (i = from; i < to; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80) {
			if ((k = vn_word_char_len(s + i, to - i)))
				return -1;
			continue;
		}
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			ascii++;
			if (first == to)
				first = i;
			last = i + 1;
		}
	}
	if (ascii < 2)
		return 0;
	(*letters)++;
	return match_list(s, last, first, &english_words, NULL) == last;
}

/* Whether the number at start..end stands in English ("25 Years After End
 * of Vietnam War", "The War of 1812 in the South", "2013 NPC Award for ..."
 * in a list of works): on one side of it, the words up to ENGLISH_WINDOW
 * have no Vietnamese letter, two have ASCII letters and one is of
 * english_words ("12,6 in (320 mm)" is a measure), and no Vietnamese word
 * follows it ("The Autobiography of Bertrand Russell, 3 tập" counts). */
static bool english_around(const char *s, size_t n, size_t start, size_t end)
{
	size_t q, b, e;
	int i, letters = 0, english = 0, r = 0;
	bool before;

	for (i = 0, q = start; i < ENGLISH_WINDOW && (b = vn_skip_spaces_back(s, q)) > 0; i++, q = e) {
		for (e = b; e > 0 && !vn_space_len_back(s, e); e--)
			;
		if ((r = token_language(s, e, b, &letters)) < 0)
			break;
		english += r;
	}
	before = english > 0 && letters >= 2 && r >= 0;
	for (i = 0, q = end, letters = english = 0; i < ENGLISH_WINDOW && (b = vn_skip_spaces(s, n, q)) < n; i++, q = e) {
		for (e = b; e < n && !vn_space_len(s + e, n - e); e++)
			;
		if ((r = token_language(s, b, e, &letters)) < 0)
			return before && i > 0; /* "Russell, 3 tập": a Vietnamese noun counted */
		english += r;
	}
	return before || (english > 0 && letters >= 2);
}

/* Where the quote after digits at p..e ends, when quotes stand straight
 * around them ("0", “7”, ‘3’); 0 when they do not. */
static size_t quoted_digits(const char *s, size_t n, size_t p, size_t e)
{
	static const char *const quotes[][2] = {{"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xE2\x80\x98", "\xE2\x80\x99"}, {"'", "'"}};
	size_t i, k;
	unsigned char last = p ? (unsigned char)s[p - 1] : 0;

	/* most numbers have no opening quote's last byte before them */
	if (last != '"' && last != '\'' && last != 0x9C && last != 0x98)
		return 0;
	for (i = 0; i < NELEM(quotes); i++) {
		k = strlen(quotes[i][0]);
		if (p >= k && !memcmp(s + p - k, quotes[i][0], k) && n - e >= strlen(quotes[i][1]) &&
		    !memcmp(s + e, quotes[i][1], strlen(quotes[i][1])))
			return e + strlen(quotes[i][1]);
	}
	return 0;
}

/* Whether c, before digits, is a bracket or a quote that opens them, as
 * strchr("(\"'[", c) says (its NUL too). */
static bool opens_number(char c)
{
	return c == '(' || c == '"' || c == '\'' || c == '[' || !c;
}

/* Digits at p; returns where to go on. */
static size_t at_digits(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t n = sc->n, te = token_end(s, n, p), b, tend, from = p, q, e, before;
	struct parsed a;
	enum before_kind kind;
	int digits;

	/* Phone numbers: "0912 345 678", "+84 912 345 678". */
	q = digit_cluster(s, n, p, &digits);
	if ((s[p] == '0' || (p > 0 && s[p - 1] == '+')) && digits >= 8)
		return q;
	if (phone_label_before(s, p) || area_code_before(s, p))
		return phone_end(s, n, p);
	/* Dates first: "nhiệm kỳ 2020 - 2025" is an interval, not a label. */
	if (temporal_at(sc, p, p + 1, &tend)) {
		sc->date_to = vn_is_digit(s[tend - 1]) ? tend : 0;
		return tend;
	}
	/* Digits stuck to letters or symbols before them: "COVID-19", "F0". */
	if (p > 0 && !vn_space_len_back(s, p) && !opens_number(s[p - 1]) &&
	    !(p >= 3 && !memcmp(s + p - 3, "\xE2\x80\x9C", 3)))
		return (e = word_end(s, n, p)) > te ? e : te;
	if (!parse_at(s, n, p, &a))
		return word_end(s, n, p);
	if (english_around(s, n, p, te))
		return te;
	if (a.digits > te) /* "500. 000" */
		te = a.digits;
	if (a.digits == te)
		english_thousands(sc, p, &a);
	/* "16: 9", "8: 5", "2.37: 1": a proportion or a score written with a colon */
	if (a.end == a.digits && numeral_cmp(&a.v, &(struct numeral){100, 0}) < 0 && n - a.digits > 2 && s[a.digits] == ':' &&
	    s[a.digits + 1] == ' ' && vn_is_digit(s[a.digits + 2]) && (e = word_end(s, n, a.digits + 2)) - a.digits <= 4)
		return e;
	/* "3. In thẻ cử tri", "2) Sáp nhập", "gồm: 1) ...; 2) ...": a list's
	 * number; "(939)", "[1]": a year or a note */
	if (a.end == a.digits && a.digits < n &&
	    ((((sentence_start(s, p) && (s[a.digits] == '.' || s[a.digits] == ')')) ||
	       (s[a.digits] == ')' && list_mark_before(s, p))) &&
	      (a.digits + 1 == n || vn_space_len(s + a.digits + 1, n - a.digits - 1))) ||
	     (p > 0 && ((s[p - 1] == '(' && s[a.digits] == ')') || (s[p - 1] == '[' && s[a.digits] == ']')))))
		return a.digits + 1;
	/* "ký hiệu \"0\"", "số “7”": a digit quoted is a symbol, no count */
	if (a.end == a.digits && (e = quoted_digits(s, n, p, a.digits)))
		return e;
	if (a.digits == te && (b = phrase_before(s, p, "trung ương")) != (size_t)-1) {
		/* "Hội nghị Trung ương 4": a plenum's number */
		ordinal(sc, &a.v, b, a.digits);
		return a.digits;
	}
	b = text_word_before(sc, p);
	before = before_at(s, p, &kind);
	if (names_something(sc, p, b, before, kind, &a, te)) {
		/* "ngày 22 và 23 - 10": the last day of a list with its month */
		sc->label_to = (e = spaced_day_at(sc, p, &a, te)) ? e : te;
		return sc->label_to;
	}
	if ((e = day_at(sc, p, before != (size_t)-1 && kind == DAY, &a, te)) || (e = spaced_day_at(sc, p, &a, te))) {
		sc->label_to = e;
		return e;
	}
	if (a.digits == te && (q = phrase_before(s, p, "lần")) != (size_t)-1 && a.v.exp10 == 0 && a.v.mant < 1000 &&
	    counts_nothing(sc, a.end)) {
		/* "điều tra lần 2": the second */
		ordinal(sc, &a.v, q, a.digits);
		return a.digits;
	}
	if (a.digits < te) {
		struct numeral d;

		/* "1.793/2.900": a ratio; "3%-4%" goes on below; anything else
		 * stuck to the number is a code: "05-CT/TW", "91/2017/NĐ-CP";
		 * a range that does not rise, a score: "hòa 1-1", "thắng 3-1". */
		if ((q = ratio(sc, p, te, &a)))
			return q;
		if (!(s[a.digits] == '%' || (s[a.digits] == '-' && a.digits + 1 < te && vn_is_digit(s[a.digits + 1])) ||
		      glued_measure(s, n, a.digits, te)))
			return (e = word_end(s, n, te)) > te ? e : te;
		if (s[a.digits] == '-' && numeral_parse(s + a.digits + 1, te - a.digits - 1, &d) == te - a.digits - 1 &&
		    numeral_cmp(&a.v, &d) >= 0)
			return te;
		/* numbers in a chain of dashes name things: "596-598-608 Quang Trung" */
		for (q = a.digits + 1; s[a.digits] == '-' && q < te && vn_is_digit(s[q]); q++)
			;
		if (s[a.digits] == '-' && q + 1 < te && s[q] == '-' && vn_is_digit(s[q + 1]))
			return te;
		a.end = a.digits;
	}
	if (a.digits == te && (e = fraction_at(sc, p, a.end, a.v)))
		return e;
	if (b != (size_t)-1 && match_phrase(s, n, b, "từ"))
		from = b;
	return quantity(sc, from, p, &a, false);
}

/* Whether a quantity may start at p, where pair_at holds and no word
 * character comes before. */
static inline bool starts_at(const char *s, size_t n, size_t p)
{
	return vn_is_digit(s[p]) || roman_letter[(unsigned char)s[p]] || first_prefix(s + p, n - p);
}

/* Where the next quantity may start, from p on: a digit, a Roman numeral
 * letter or one of first_words beginning a word; n when there is none. */
static size_t next_start(const char *s, size_t n, size_t p)
{
	size_t q;

	/* while a pair after p + 1 can be read: four pairs at a look, with one
	 * branch, as they seldom start one; then the start pair_at finds at p
	 * or p + 1, past which the next look is */
	while (p + 2 < n) {
		while (p + 4 < n && !(pair_at(s + p) | pair_at(s + p + 1) | pair_at(s + p + 2) | pair_at(s + p + 3)))
			p += 4;
		if (p + 2 >= n)
			break;
		q = pair_at(s + p) ? p : pair_at(s + p + 1) ? p + 1 : n;
		if (q == n)
			p += 2;
		else if (vn_word_char_len_back(s, q))
			p = q + 1;
		else if (starts_at(s, n, q))
			return q;
		else
			p = q + 2; /* s[q] is an ASCII letter or digit: none starts at q + 1 */
	}
	/* the last two bytes */
	for (;;) {
		while (p + 1 < n && !pair_at(s + p))
			p++;
		/* the last byte alone: a one-digit number, a one-letter Roman numeral */
		if (p + 1 >= n)
			return p < n && (vn_is_digit(s[p]) || roman_letter[(unsigned char)s[p]]) &&
			       !vn_word_char_len_back(s, p) ? p : n;
		if (vn_word_char_len_back(s, p))
			p++;
		else if (starts_at(s, n, p))
			return p;
		else
			p += 2;
	}
}

void quantity_find(const char *s, size_t n, void (*found)(const struct quantity *q, void *ctx), void *ctx)
{
	struct scan sc;
	size_t p = 0, q, len;

	/* all but t, which is read only where have_t says it holds one: a
	 * sentence is too short for clearing it not to show */
	sc.s = s, sc.n = n, sc.found = found, sc.ctx = ctx;
	sc.have_t = sc.last_counts = false;
	sc.clean_from = sc.clean_to = sc.last_end = sc.label_to = sc.date_to = sc.weekday_to = 0;
	sc.before_of = sc.before = (size_t)-1;

	if (!starts_built)
		build_starts();
	while ((p = next_start(s, n, p)) < n) {
		q = 0;
		if (vn_is_digit(s[p]))
			q = at_digits(&sc, p);
		else if ((roman_letter[(unsigned char)s[p]] && numeral_roman(s + p, n - p, &len)) ||
			 match_list(s, n, p, &first_words, NULL))
			q = at_word(&sc, p);
		/* nothing here: on after the word (s[p] is an ASCII letter or digit) */
		p = q > p ? q : p + 1;
	}
}

bool quantity_measured(const struct quantity *q)
{
	int kind;

	if (!starts_built)
		build_starts();
	return q->unit.len && unit_word(q->unit.s, q->unit.len, 0, &kind) && (kind == MEASURE || kind == MONEY);
}
