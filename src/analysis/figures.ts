// Figure detection: the counts, amounts, rates and ratios a Vietnamese report states.
//
// A figure is a number written with digits plus what it counts: "06 hội nghị", "1.052 lượt người",
// "74,5 tỷ đồng", "98,6%", "13/13 xã". The scanner is pure, synchronous and linear in the text:
// it jumps from digit to digit with one precompiled regex and looks only a few words around each
// number. Offsets are UTF-16 offsets into the text given, and `text` is always
// `input.slice(start, end)` (so it keeps non-breaking spaces or NFD marks as written).
//
// Reading rules (Vietnamese conventions):
// - "." groups thousands and "," is the decimal mark: 1.052 = 1052, 74,5 = 74.5, 1.234,5 = 1234.5.
//   Two or more comma groups of three digits ("1,234,567") are read as thousands too, since a
//   decimal has one comma. A dot followed by a group that is not three digits ("4.0", "2.1") is
//   not a Vietnamese number; the English "2.5" is accepted only before "%" or a sum of money
//   ("2.5 tỷ đồng", "98.6%"), where nothing else could be meant.
// - Spaces as thousands separators ("1 052 người", also non-breaking or thin spaces) are joined
//   when the first group has 1 to 3 digits without a leading zero and every following group has
//   exactly three digits.
// - Counts written in words are figures, with their value (number-words.ts reads them): "bốn hội
//   nghị" (4), "mười lăm khu dân cư" (15), "hai mươi bảy văn bản" (27), "hơn một trăm lượt người"
//   (100). A number of one word needs a known unit after it ("ba mô hình"); "một" alone is an
//   article ("một tổ chức chính trị"); "năm" alone is five before a counted thing ("duy trì năm mô
//   hình", "hơn năm hộ") but a year after a word of time or of being ("trong năm tổ chức …",
//   "cuối năm người dân …", "là năm tổ chức Đại hội"). Vague words are not figures: "một số", "nhiều", "hàng chục", "hàng trăm", "vài ba", "các",
//   "cả hai", and the list markers "Một là / Hai là" (no unit follows). A number in words in
//   parentheses right after a figure restates it ("15.000.000 đồng (Mười lăm triệu đồng)"). A
//   number in words starts after a space or at the start of the text, and is read in NFC or NFD
//   with full diacritics only ("sau" without its marks is "after", not six).
// - Leading zeros are kept as written ("06 hội nghị", value 6); a digit run of 4 or more starting
//   with 0 is a phone number or a code, not a figure.
// - Hedges before the number belong to the figure's text: "hơn 200 người", "trên 95%".
// - Ranges are one figure whose value is the lower bound: "10-15 người", "từ 10 đến 15 người"
//   (value 10). Two years ("2019-2024", "giai đoạn 2021 - 2025") are a term, not a figure.
// - Amounts: the value is expressed in the figure's unit ("74,5 tỷ đồng": 74.5, unit "tỷ đồng").
//   A compound sum ("3 tỷ 250 triệu đồng") has no single written number: its value is in đồng
//   (3250000000) and its unit "đồng". `amountInDong` converts any amount to đồng.
//   "tỷ"/"triệu" alone ("trị giá 150 triệu") are read as money.
// - A number without a unit is a figure only when the text states it: after ":", "=", "là",
//   "đạt", "gồm", "có", "tổng số", ... or after a hedge, or when the whole text is the number
//   (a table cell: "25", "1.052", "“98,6%”"). Otherwise it is a label ("Chương trình 135").
// - Not figures: years (a plain 4-digit number 1945-2100 unless a known unit noun follows:
//   "năm 2023", "2023" alone; "2.023 người" and "2023 hộ" are counts), dates ("12/12/2013",
//   "05/10", "tháng 10/2023", "ngày 18/11"), document numbers and codes (anything with letters
//   glued to the digits: "217-QĐ/TW", "43/NQ-CP", "Covid-19", "1A", "5G", "14h30"), versions
//   ("4.0"), numbers after a label noun ("bão số 3", "thôn 3", "phường 7", "lần thứ 10",
//   "khóa 11", "quý 3"), durations and ages ("3 tháng", "6 tháng đầu năm", "sau 10 năm",
//   "10 năm liền", "trên 80 tuổi": the time spent is not a quantity of work; "ngày công" is),
//   heading numbering at the start of a paragraph ("1.", "2.1.", "3.2)", "II.", "a)"), and any
//   number inside one of the caller's generic phrases ("ở 3 cấp", "Tổng kết 10 năm"), matched
//   without case or diacritics.
// - Units: the noun phrase after the number, lower-cased (NFC). Known administrative units are
//   matched longest first ("tổ chức thành viên", "lượt người", "tỷ đồng", "Phó Chủ tịch");
//   otherwise at most two words, stopping at punctuation, a line break or a function word. Proper names after a known
//   unit are not part of it ("45 căn nhà Đại đoàn kết" -> "căn nhà"). A number spelled out in
//   parentheses is skipped ("06 (sáu) hội nghị"); a glued "/..." after money or "%" is left out
//   ("500.000đ/suất" -> "500.000đ", "0,5%/tháng" -> "0,5%").
// - Numbers that are part of a name are not figures: a zero amount ("Bếp ăn 0 đồng", "Siêu thị
//   0 đồng"); a number inside a quotation that holds other words too (phong trào “5 không, 3 sạch”,
//   mô hình "Ngôi nhà 100 đồng", hội thi "Tiếng hát 3 thế hệ"; but “25 hộ” alone is a figure); a
//   rating or slogan ("OCOP 4 sao", "3 sạch"); a number after an acronym with no known unit after it
//   ("ISO 9001", "OCOP 4"); versions ("công nghiệp 4.0").
// - Tables typed as text: a number alone in a cell of a row written with "|" or tabs is stated
//   ("Số hội nghị quán triệt | 06"); a small integer alone in the first of several cells numbers the
//   row ("1 | Số lớp tập huấn | 03"). In the parenthesis right after a figure, labelled parts
//   followed by "," or ";" (or closing it after other parts) are figures: "2.316 văn bản (cấp tỉnh
//   86, cấp huyện 412, cấp xã 1.818)". "số" after "trong" is no label ("2 trong số 5 mô hình").
//   A unit glued to digits is one word ("3.500 m2"); "5tr" is 5 triệu.
// - Parentheses around a figure are not part of it ("(06 hội nghị)" -> "06 hội nghị"); "1)" after
//   the start of the text or after ":", ";", ",", "." or a line break numbers a list item.
//
// Cost: a text without a digit and without a number word is dismissed by two native searches.
// Otherwise one pass over the digits, and one native search for the number words; a few words are read around each number through per-character tables (no Unicode regex
// per character, no normalisation of plain Latin words). Generic phrases are folded once per
// array (kept by identity, so pass the same array each time) and checked only when a number makes
// a figure, in a window of as many folded characters around its first digit as the phrases need.

import { isNumberWord, NUMBER_WORD_STARTS, readWordNumber, type WordNumber } from './number-words';
import type { Figure, FigureKind } from './types';

export interface FigureOptions {
  /** Number phrases of the outline that are not figures when a report repeats them. */
  genericPhrases?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Numbers.

const NUM_VI = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)`;
const NUM_EN = String.raw`\d{1,3}(?:,\d{3}){2,}`;
const DOT_DEC = String.raw`\d+\.\d{1,2}`;

const RE_VI = new RegExp(`^${NUM_VI}$`);
const RE_EN = new RegExp(`^${NUM_EN}$`);
const RE_NUMBER = new RegExp(`^(?:${NUM_EN}|${NUM_VI})$`);
const RE_DOT_DECIMAL = new RegExp(`^${DOT_DEC}$`);
const RE_PERCENT = new RegExp(`^(${NUM_EN}|${NUM_VI}|${DOT_DEC})%$`);
const RE_RATIO = new RegExp(`^(${NUM_VI})/(${NUM_VI})$`);
const RE_RANGE = new RegExp(`^(${NUM_VI})[-–—](${NUM_VI})(%?)$`);
const RE_ATTACHED = new RegExp(`^(${NUM_VI})(đồng|đ|vnđ|vnd|usd|tr|km|m2|m²|m3|m³|m|ha|kg|tấn)$`);
const RE_NUM_AT = new RegExp(NUM_VI, 'y');
const RE_SPACED_GROUPS = /((?:[ \u00a0\u202f\u2009]\d{3})+)(,\d+)?(?=$|[\s%)\]}.,;:!?…"'”’»])/y;
const RE_FOUR_DIGITS = /^\d{4}$/;
const RE_CODE_WITH_ZERO = /^0\d{3,}$/;
const RE_SHORT_GROUP = /^[1-9]\d{0,2}$/;
const RE_HEADING =
  /^\s*(?:[-+•*–]\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLCDM]{1,7}[.)]|[a-zđ][.)])(?=\s|$)/u;
const RE_DIGIT = /\d/;
const RE_WORD_AT = /[\p{L}\p{M}]{1,32}/uy;
const RE_LETTER = /[\p{L}\p{M}]/u;
const RE_ALNUM = /[\p{L}\p{N}]/u;

/** Longest number core considered (digits, separators, "%"): longer runs are codes. */
const MAX_CORE = 40;
/** Spaces skipped between a number and its words. */
const MAX_GAP = 16;

/**
 * Reads a number written the Vietnamese way: "1.052" -> 1052, "74,5" -> 74.5,
 * "1.234,5" -> 1234.5, "06" -> 6; "1,234,567" (two comma groups) -> 1234567.
 * Returns NaN for anything else ("4.0", "12/12", "2.1.", "").
 */
export function parseVietnameseNumber(s: string): number {
  const t = s.trim();
  if (RE_EN.test(t)) return Number(t.replace(/,/g, ''));
  if (RE_VI.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return NaN;
}

function isYear(core: string, value: number): boolean {
  return RE_FOUR_DIGITS.test(core) && value >= 1945 && value <= 2100;
}

// ---------------------------------------------------------------------------------------------
// Word lists (NFC, lower case).

/** Unit nouns and noun phrases, matched longest first. */
const UNITS: readonly string[] = [
  // meetings, documents, inspections
  'hội nghị', 'hội nghị tập huấn', 'cuộc hội nghị', 'hội thảo', 'tọa đàm',
  'toạ đàm', 'cuộc', 'cuộc họp', 'cuộc kiểm tra', 'cuộc giám sát', 'cuộc tuyên truyền',
  'cuộc vận động', 'cuộc tiếp xúc', 'cuộc đối thoại', 'buổi', 'buổi tuyên truyền', 'buổi tiếp xúc',
  'buổi đối thoại', 'văn bản', 'dự thảo', 'dự thảo văn bản', 'dự án luật', 'dự án', 'báo cáo',
  'kế hoạch', 'hướng dẫn', 'nghị quyết', 'thông tri', 'đề án', 'quy chế', 'quy chế phối hợp',
  'chương trình', 'chương trình phối hợp', 'chương trình hợp tác', 'bản ghi nhớ', 'hoạt động',
  'công văn', 'thông báo', 'quyết định', 'tờ trình', 'lần', 'đợt', 'đợt tuyên truyền', 'lớp',
  'lớp tập huấn', 'lớp bồi dưỡng', 'lớp học', 'khóa học', 'khoá học', 'khóa tập huấn',
  // people and households
  'lượt', 'lượt người', 'lượt người dân', 'lượt hộ', 'lượt cán bộ', 'lượt đại biểu',
  'lượt hội viên', 'lượt đoàn viên', 'lượt học viên', 'lượt ý kiến', 'lượt cử tri',
  'lượt công dân', 'lượt đoàn', 'người', 'người dân', 'hộ', 'hộ nghèo', 'hộ cận nghèo',
  'hộ gia đình', 'hộ dân', 'hộ chính sách', 'gia đình', 'cán bộ', 'hội viên', 'đoàn viên',
  'đảng viên', 'học viên', 'đại biểu', 'cử tri', 'công dân', 'học sinh', 'sinh viên', 'trẻ em',
  'em', 'cá nhân', 'tập thể', 'gương', 'điển hình', 'trường hợp', 'đối tượng', 'nhân khẩu',
  'khẩu', 'đồng bào', 'đồng chí', 'chức sắc', 'chức việc', 'người uy tín', 'người tiêu biểu',
  'tín đồ', 'chuyên gia', 'cộng tác viên', 'ủy viên', 'uỷ viên', 'thành viên',
  // places and organisations
  'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh', 'thôn', 'ấp',
  'bản', 'xóm', 'khóm', 'làng', 'buôn', 'tổ dân phố', 'khu phố', 'khu dân cư', 'tổ', 'tổ chức',
  'tổ chức thành viên', 'tổ hòa giải', 'tổ hoà giải', 'tổ tự quản', 'đoàn', 'đoàn công tác',
  'đoàn thể', 'chi hội', 'chi bộ', 'chi đoàn', 'ban', 'ban công tác mặt trận',
  'ban thanh tra nhân dân', 'ban giám sát đầu tư của cộng đồng', 'cơ quan', 'đơn vị',
  'doanh nghiệp', 'hợp tác xã', 'tổ hợp tác', 'cơ sở', 'câu lạc bộ', 'nhóm', 'tôn giáo',
  'cơ sở tôn giáo', 'điểm', 'trường',
  // complaints, opinions
  'đơn', 'đơn thư', 'vụ', 'vụ việc', 'ý kiến', 'kiến nghị', 'phản ánh', 'lượt phản ánh',
  // media
  'tin', 'bài', 'tin bài', 'bản tin', 'phóng sự', 'chuyên trang', 'chuyên mục', 'tài liệu',
  'pa nô', 'băng rôn', 'khẩu hiệu', 'tờ rơi', 'cuốn', 'quyển', 'thẻ', 'thẻ bảo hiểm y tế',
  'thẻ bhyt', 'sổ', 'sổ tiết kiệm', 'học bổng', 'suất học bổng', 'phòng học', 'bộ', 'bộ hồ sơ',
  // works, gifts, models
  'mô hình', 'căn', 'căn nhà', 'ngôi nhà', 'nhà', 'công trình', 'phần quà', 'suất quà', 'suất',
  'phần', 'chiếc', 'con', 'cây', 'cái', 'tấm', 'xe', 'tuyến', 'tuyến đường', 'cầu',
  'giếng', 'nhà văn hóa', 'nhà văn hoá', 'nhà vệ sinh', 'sáng kiến', 'đề tài', 'giải',
  'huy chương', 'bằng khen', 'giấy khen', 'danh hiệu', 'tập thể và cá nhân', 'ngày công', 'giờ công',
  'km', 'mét', 'm', 'm2', 'm²', 'm3', 'm³', 'ha', 'héc ta', 'kg', 'tấn', 'lít',
  // money and magnitudes
  'đồng', 'đ', 'vnđ', 'vnd', 'usd', 'đô la', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'trăm',
  'tỷ đồng', 'tỉ đồng', 'triệu đồng', 'nghìn đồng', 'ngàn đồng', 'trăm nghìn đồng',
  'trăm ngàn đồng', 'nghìn tỷ đồng', 'nghìn tỉ đồng', 'tỷ vnđ', 'triệu vnđ', 'triệu usd',
  // positions ("01 Phó Chủ tịch", "02 Trưởng ban")
  'chủ tịch', 'phó chủ tịch', 'trưởng ban', 'phó trưởng ban', 'chức danh', 'bí thư', 'phó bí thư',
  'trưởng thôn', 'tổ trưởng', 'ủy viên ban thường trực', 'uỷ viên ban thường trực',
  'vị', 'cụ', 'phiếu', 'sản phẩm', 'nội dung', 'chỉ tiêu', 'bữa cơm',
  // time (durations, ages: recognised so that they are rejected)
  'năm', 'tháng', 'tuần', 'ngày', 'giờ', 'tiếng', 'phút', 'giây', 'quý', 'thập kỷ', 'thế kỷ',
  'tuổi', 'năm liền', 'năm học',
  // names and ratings ("OCOP 4 sao", "3 sạch", "3 thế hệ"): recognised so that they are rejected
  'sao', 'sạch', 'thế hệ',
];

const MAX_UNIT_WORDS = UNITS.reduce((m, u) => Math.max(m, u.split(' ').length), 1);

/** Units that are durations or ages: a number before them is not a quantity of work. */
const TIME_UNITS = new Set([
  'năm', 'tháng', 'tuần', 'ngày', 'giờ', 'tiếng', 'phút', 'giây', 'quý', 'thập kỷ', 'thế kỷ',
  'tuổi', 'năm liền', 'năm học',
  // not time, but rejected alike: a rating or a slogan names something, it counts nothing
  'sao', 'sạch', 'thế hệ',
]);

/** Magnitude words and their multipliers. */
const MAGNITUDE: ReadonlyMap<string, number> = new Map([
  ['tỷ', 1e9], ['tỉ', 1e9], ['triệu', 1e6], ['tr', 1e6], ['nghìn', 1e3], ['ngàn', 1e3], ['trăm', 100],
]);

/** Currency words; the first word of a money unit after its magnitude words. */
const CURRENCY = new Set(['đồng', 'đ', 'vnđ', 'vnd', 'usd', 'đô la']);

/** Known units that take the next noun ("triệu lượt người", "con bò"). */
const EXTENDABLE = new Set(['tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'con', 'chiếc', 'cái', 'cây', 'tấm']);

/** Function words: a unit never starts with one nor runs through one. */
const STOP_WORDS = new Set([
  'và', 'của', 'cho', 'tại', 'ở', 'trong', 'với', 'được', 'đã', 'là', 'có', 'để', 'theo', 'từ',
  'đến', 'tới', 'trên', 'dưới', 'về', 'các', 'những', 'này', 'đó', 'kia', 'ấy', 'khi', 'thì',
  'mà', 'nhưng', 'hoặc', 'hay', 'do', 'bởi', 'vì', 'nên', 'cũng', 'đều', 'sẽ', 'đang', 'vẫn',
  'chưa', 'không', 'bằng', 'gồm', 'nhằm', 'qua', 'sau', 'trước', 'hơn', 'gần', 'khoảng', 'đạt',
  'như', 'nhất', 'mỗi', 'một', 'còn', 'rồi', 'lại', 'ra', 'vào', 'lên', 'xuống', 'bị', 'phải',
  'cần', 'nếu', 'tuy', 'dù', 'song', 'cùng', 'giữa', 'ngoài', 'thuộc', 'tăng', 'giảm', 'so',
  'chiếm', 'nay', 'tham', 'chừng', 'ước', 'hết', 'vượt', 'riêng', 'thêm', 'chỉ',
]);

/** Hedges kept in the figure's text: "hơn 200 người", "trên 95%", "ít nhất 3 cuộc". */
const HEDGES = new Set([
  'hơn', 'trên', 'gần', 'khoảng', 'chừng', 'ước', 'ước tính', 'ước khoảng', 'dưới', 'ngót',
  'xấp xỉ', 'ít nhất', 'tối thiểu', 'tối đa', 'trên dưới', 'gần như',
]);

/** Nouns after which a number is a label, an ordinal or a date part: "thôn 3", "lần thứ 10". */
const LABELS = new Set([
  'số', 'thôn', 'ấp', 'xóm', 'bản', 'khóm', 'buôn', 'làng', 'khu', 'phố', 'phường', 'quận',
  'tổ', 'đội', 'lộ', 'hẻm', 'ngõ', 'kiệt', 'lần', 'thứ', 'đợt', 'kỳ', 'kì', 'khóa', 'khoá', 'quý',
  'tháng', 'ngày', 'năm', 'niên', 'đoạn', 'điều', 'khoản', 'điểm', 'chương', 'mục', 'phần',
  'trang', 'biểu', 'mẫu', 'lục', 'lớp', 'khối', 'hạng', 'độ', 'covid', 'sars', 'bão', 'phiên',
  'hôm', 'sáng', 'chiều', 'tối', 'đêm', 'lô', 'thửa', 'xuân', 'tết', 'mùa',
]);

/** Words after which a number with no unit is still a statement: "tổng số là 120". */
const CUES = new Set(['là', 'đạt', 'gồm', 'có', 'bằng', 'cộng', 'tổng', 'được', 'còn', 'chiếm', 'tăng', 'giảm']);

const OPENERS = charCodes('([{"\'“‘«‹„~+-–—•*');
const CLOSERS = charCodes(')]}"\'”’»›.,;:!?…');

function charCodes(chars: string): ReadonlySet<number> {
  const out = new Set<number>();
  for (let i = 0; i < chars.length; i++) out.add(chars.charCodeAt(i));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Characters and words.

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Spaces within a line: a unit never runs across a line break. */
function isInlineSpace(c: number): boolean {
  return isSpace(c) && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x2028 && c !== 0x2029;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Per UTF-16 unit, computed on first use: a table instead of a Unicode regex per character.
/** Entry computed. */
const C_KNOWN = 1;
/** A letter or a mark ([\p{L}\p{M}]). */
const C_LETTER = 2;
/** Changes under toLowerCase (a capital). */
const C_UPPER = 4;
/**
 * A Latin letter that is NFC by itself and never composes with its neighbours: a word made of
 * such letters needs no normalisation, only lower-casing.
 */
const C_PLAIN = 8;
const CHAR_CLASS = new Uint8Array(0x10000);

function charClass(c: number): number {
  let k = CHAR_CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = C_KNOWN;
    if (RE_LETTER.test(ch)) k |= C_LETTER;
    if (ch.toLowerCase() !== ch) k |= C_UPPER;
    const latin = c < 0x80 || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
    if (latin && /\p{L}/u.test(ch) && ch.normalize('NFC') === ch) k |= C_PLAIN;
    CHAR_CLASS[c] = k;
  }
  return k;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (charClass(c) & C_LETTER) !== 0;
}

function skipInline(text: string, p: number): number {
  const limit = Math.min(text.length, p + MAX_GAP);
  while (p < limit && isInlineSpace(text.charCodeAt(p))) p++;
  return p;
}

function skipInlineBack(text: string, p: number): number {
  const limit = Math.max(0, p - MAX_GAP);
  while (p > limit && isInlineSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

interface Word {
  start: number;
  end: number;
  /** NFC, lower case. */
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
}

function wordKey(raw: string): string {
  return raw.normalize('NFC').toLowerCase();
}

/** wordKey(text.slice(a, b)), without normalising words of plain Latin letters. */
function keyOf(text: string, a: number, b: number): string {
  let upper = false;
  for (let i = a; i < b; i++) {
    const k = charClass(text.charCodeAt(i));
    if ((k & C_PLAIN) === 0) return wordKey(text.slice(a, b));
    if ((k & C_UPPER) !== 0) upper = true;
  }
  const raw = text.slice(a, b);
  return upper ? raw.toLowerCase() : raw;
}

function makeWord(text: string, start: number, end: number): Word {
  return { start, end, key: keyOf(text, start, end), cap: (charClass(text.charCodeAt(start)) & C_UPPER) !== 0 };
}

// The same word is asked for several times after a number (rate? range? sum? unit?): the last
// answer is kept. Reset by each scan; words are never modified.
let cachedText = '';
let cachedAt = -1;
let cachedWord: Word | null = null;

/** The word starting at p, or null (no letter at p, or a run of letters too long to be a word). */
function wordAt(text: string, p: number): Word | null {
  if (p === cachedAt && text === cachedText) return cachedWord;
  const w = readWordAt(text, p);
  cachedText = text;
  cachedAt = p;
  cachedWord = w;
  return w;
}

function readWordAt(text: string, p: number): Word | null {
  const n = text.length;
  if (p >= n || !isLetterAt(text, p)) return null;
  // At most 32 letters; a word with a character outside the BMP takes the general path.
  const limit = Math.min(n, p + 32);
  let q = p;
  while (q < limit) {
    const c = text.charCodeAt(q);
    if (c >= 0xd800 && c <= 0xdfff) return wordAtSlow(text, p);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : (charClass(c) & C_LETTER) === 0) break;
    q++;
  }
  if (q < n && isLetterAt(text, q)) return null;
  // A unit glued to its digits ("m2", "km2") is one word.
  if (q < n && q - p <= 2 && isDigit(text.charCodeAt(q))) {
    let r = q;
    while (r < n && r - q < 2 && isDigit(text.charCodeAt(r))) r++;
    if (r < n && (isLetterAt(text, r) || isDigit(text.charCodeAt(r)))) return null;
    return { start: p, end: r, key: keyOf(text, p, r), cap: (charClass(text.charCodeAt(p)) & C_UPPER) !== 0 };
  }
  return makeWord(text, p, q);
}

function wordAtSlow(text: string, p: number): Word | null {
  RE_WORD_AT.lastIndex = p;
  const m = RE_WORD_AT.exec(text);
  if (!m) return null;
  const end = p + m[0].length;
  if (end < text.length && isLetterAt(text, end)) return null;
  const first = m[0][0];
  return { start: p, end, key: wordKey(m[0]), cap: first !== first.toLowerCase() };
}

/** The word that ends before p with inline spaces between (at least one), or null. */
function wordBefore(text: string, p: number): Word | null {
  const end = skipInlineBack(text, p);
  if (end === p || end === 0) return null;
  let q = end;
  const limit = Math.max(0, end - 33);
  while (q > limit && isLetterAt(text, q - 1)) q--;
  if (q === end || (q > 0 && isLetterAt(text, q - 1))) return null;
  return makeWord(text, q, end);
}

/** The word after p, separated from it by inline spaces only (at least one), or null. */
function wordAfter(text: string, p: number): Word | null {
  const q = skipInline(text, p);
  return q === p ? null : wordAt(text, q);
}

// ---------------------------------------------------------------------------------------------
// Units.

/** The units as a tree of words, so that a unit is found word by word without joining keys. */
interface UnitNode {
  /** The unit that ends at this word. */
  unit: string | undefined;
  next: Map<string, UnitNode> | undefined;
}

const UNIT_TREE: ReadonlyMap<string, UnitNode> = (() => {
  const root = new Map<string, UnitNode>();
  for (const unit of UNITS) {
    let level = root;
    const parts = unit.split(' ');
    parts.forEach((part, i) => {
      let node = level.get(part);
      if (!node) {
        node = { unit: undefined, next: undefined };
        level.set(part, node);
      }
      if (i === parts.length - 1) node.unit = unit;
      else level = node.next ??= new Map();
    });
  }
  return root;
})();

interface Unit {
  unit: string;
  end: number;
  known: boolean;
}

/** Up to MAX_UNIT_WORDS + 1 words after a number, read only as far as they are needed. */
class WordsAfter {
  readonly words: Word[] = [];
  private done = false;

  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  /** Word i, or undefined when there are fewer words. */
  at(i: number): Word | undefined {
    const { words } = this;
    while (words.length <= i && !this.done) {
      const n = words.length;
      const w = n > MAX_UNIT_WORDS ? null : wordAfter(this.text, n === 0 ? this.from : words[n - 1].end);
      if (w) words.push(w);
      else this.done = true;
    }
    return words[i];
  }
}

/** The unit found by the last longestKnown that found one. */
let knownUnit = '';

/**
 * End (exclusive word index) of the longest known unit starting at word `from`, or `from`; the
 * unit (its words' keys joined by spaces) is left in `knownUnit`.
 */
function longestKnown(after: WordsAfter, from: number): number {
  let best = from;
  let level: ReadonlyMap<string, UnitNode> | undefined = UNIT_TREE;
  for (let k = from; k < from + MAX_UNIT_WORDS && level; k++) {
    const w = after.at(k);
    if (!w) break;
    const node = level.get(w.key);
    if (!node) break;
    if (node.unit !== undefined) {
      best = k + 1;
      knownUnit = node.unit;
    }
    level = node.next;
  }
  return best;
}

/** The unit after a number ending at p: "hội nghị", "tỷ đồng", "tổ chức thành viên". */
function readUnit(text: string, p: number): Unit | null {
  const after = new WordsAfter(text, p);
  const w0 = after.at(0);
  if (!w0) return null;
  const { words } = after;
  const k = longestKnown(after, 0);
  if (k > 0) {
    let unit = knownUnit;
    let end = words[k - 1].end;
    const wk = EXTENDABLE.has(unit) ? after.at(k) : undefined;
    if (wk) {
      const k2 = longestKnown(after, k);
      if (k2 > k && !TIME_UNITS.has(knownUnit)) {
        unit += ' ' + knownUnit;
        end = words[k2 - 1].end;
      } else if (k2 === k && !STOP_WORDS.has(wk.key) && !HEDGES.has(wk.key) && !wk.cap) {
        unit += ' ' + wk.key;
        end = wk.end;
      }
    }
    return { unit, end, known: true };
  }
  if (STOP_WORDS.has(w0.key) || HEDGES.has(w0.key)) return null;
  let unit = w0.key;
  let end = w0.end;
  const w1 = after.at(1);
  if (w1 && !STOP_WORDS.has(w1.key) && !HEDGES.has(w1.key) && !(w1.cap && !w0.cap)) {
    unit += ' ' + w1.key;
    end = w1.end;
  }
  return { unit, end, known: false };
}

const MONEY_CACHE = new Map<string, boolean>();

function isMoneyUnit(unit: string): boolean {
  let money = MONEY_CACHE.get(unit);
  if (money === undefined) {
    const parts = unit.split(' ');
    let i = 0;
    while (i < parts.length && MAGNITUDE.has(parts[i])) i++;
    if (i === parts.length) money = i > 0 && (parts[0] === 'tỷ' || parts[0] === 'tỉ' || parts[0] === 'triệu' || parts[0] === 'tr');
    else money = CURRENCY.has(parts.slice(i).join(' '));
    if (MONEY_CACHE.size < 4096) MONEY_CACHE.set(unit, money);
  }
  return money;
}

function kindOfUnit(unit: string): FigureKind {
  return isMoneyUnit(unit) ? 'amount' : 'count';
}

/**
 * An amount's value in đồng ("74,5 tỷ đồng" -> 74500000000, "500 nghìn đồng" -> 500000);
 * undefined for other kinds and for foreign currencies.
 */
export function amountInDong(figure: Figure): number | undefined {
  if (figure.kind !== 'amount') return undefined;
  const parts = figure.unit.split(' ');
  let factor = 1;
  let i = 0;
  for (; i < parts.length && MAGNITUDE.has(parts[i]); i++) factor *= MAGNITUDE.get(parts[i]) as number;
  if (i < parts.length) {
    const rest = parts.slice(i).join(' ');
    if (rest !== 'đồng' && rest !== 'đ' && rest !== 'vnđ' && rest !== 'vnd') return undefined;
  }
  return Math.round(figure.value * factor);
}

// ---------------------------------------------------------------------------------------------
// Generic phrases: folded without case, diacritics, đ or punctuation (NFD-safe), then matched
// as whole words in a folded window around the number.

/** One UTF-16 unit folded: '' for a combining mark, ' ' for anything but a letter or digit. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return ch;
    return ' ';
  }
  if (c >= 0x300 && c <= 0x36f) return '';
  let base = ch.normalize('NFD')[0].toLowerCase();
  if (base === 'đ') base = 'd';
  return RE_ALNUM.test(base) ? base : ' ';
}

/** Per UTF-16 unit, computed on first use: its folded code, NO_FOLD (a combining mark), or 0 (not yet known). */
const FOLDED = new Uint16Array(0x10000);
const NO_FOLD = 0xffff;
const SPACE = 32;

function foldedCode(c: number): number {
  let f = FOLDED[c];
  if (f === 0) {
    const s = foldChar(String.fromCharCode(c));
    f = s === '' ? NO_FOLD : s.charCodeAt(0);
    FOLDED[c] = f;
  }
  return f;
}

/** A phrase folded: single spaces between words, none at either end. */
function foldPhrase(text: string): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldedCode(text.charCodeAt(i));
    if (f === NO_FOLD || (f === SPACE && lastSpace)) continue;
    out += String.fromCharCode(f);
    lastSpace = f === SPACE;
  }
  return out.trim();
}

/** A place where a digit stands in a phrase. */
interface DigitInPhrase {
  /** The phrase, folded and trimmed. */
  phrase: string;
  /** Offset of the digit in it. */
  at: number;
}

interface Phrases {
  /** For each digit 0-9, where it stands in the phrases. */
  byDigit: DigitInPhrase[][];
  /** For each digit, the most folded characters a phrase has before it, and after it. */
  maxBefore: number[];
  maxAfter: number[];
}

const PHRASE_CACHE = new WeakMap<readonly string[], Phrases>();

/**
 * The phrases folded once per array, indexed by their digits. A number starts with a digit that
 * stays a digit in the folded text, so a phrase hides it only where the phrase has that digit.
 */
function phrasesOf(phrases: readonly string[]): Phrases {
  let out = PHRASE_CACHE.get(phrases);
  if (!out) {
    out = { byDigit: [], maxBefore: [], maxAfter: [] };
    for (let digit = 0; digit < 10; digit++) {
      out.byDigit.push([]);
      out.maxBefore.push(0);
      out.maxAfter.push(0);
    }
    for (const p of phrases) {
      const phrase = foldPhrase(p);
      for (let at = 0; at < phrase.length; at++) {
        const c = phrase.charCodeAt(at);
        if (!isDigit(c)) continue;
        const digit = c - 48;
        out.byDigit[digit].push({ phrase, at });
        out.maxBefore[digit] = Math.max(out.maxBefore[digit], at);
        out.maxAfter[digit] = Math.max(out.maxAfter[digit], phrase.length - 1 - at);
      }
    }
    PHRASE_CACHE.set(phrases, out);
  }
  return out;
}

// The folded text around a digit, as the folding of the whole text has it: `before` holds the
// folded characters before the digit (nearest first), `after` those after it.
let foldedBefore = new Uint16Array(64);
let foldedAfter = new Uint16Array(64);

/**
 * Reads up to `max` folded characters from `from` on, going by `step` (1 or -1), into `into`: a run
 * of spaces and punctuation folds to one space, combining marks to nothing. Returns the count, or
 * the count + 0x10000 when the text ended first.
 */
function readFolded(text: string, from: number, step: number, max: number, into: Uint16Array): number {
  let count = 0;
  let i = from;
  for (; i >= 0 && i < text.length && count < max; i += step) {
    const f = foldedCode(text.charCodeAt(i));
    if (f === NO_FOLD || (f === SPACE && count > 0 && into[count - 1] === SPACE)) continue;
    into[count++] = f;
  }
  return i < 0 || i >= text.length ? count + 0x10000 : count;
}

/**
 * True when the digit at `at` stands inside one of the phrases, matched as whole words in the
 * folded text. Reads only as many folded characters around it as the phrases need.
 *
 * Spaces at the very start of the text fold to nothing in the whole text's folding; here they
 * may stay as one space at the far end of `before`, where they only ever serve as the boundary
 * that the start of the text would be.
 */
function inGenericPhrase(text: string, at: number, phrases: Phrases): boolean {
  const digit = text.charCodeAt(at) - 48;
  const places = phrases.byDigit[digit];
  if (places.length === 0) return false;
  const needAfter = phrases.maxAfter[digit] + 1;
  const needBefore = phrases.maxBefore[digit] + 1;
  if (foldedAfter.length < needAfter) foldedAfter = new Uint16Array(needAfter);
  if (foldedBefore.length < needBefore) foldedBefore = new Uint16Array(needBefore);
  const after = foldedAfter;
  const before = foldedBefore;
  const na = readFolded(text, at + 1, 1, needAfter, after) & 0xffff;
  let nb = -1;
  let atStart = false;
  for (const { phrase, at: d } of places) {
    // After the digit: the phrase's characters, then a space or the end of the text.
    const tail = phrase.length - 1 - d;
    if (tail > na || (tail < na && after[tail] !== SPACE)) continue;
    let ok = true;
    for (let x = 0; x < tail && ok; x++) ok = phrase.charCodeAt(d + 1 + x) === after[x];
    if (!ok) continue;
    // Before it: a space or the start of the text, then the phrase's characters.
    if (nb < 0) {
      const r = readFolded(text, at - 1, -1, needBefore, before);
      nb = r & 0xffff;
      atStart = r > 0xffff;
    }
    if (d > nb || (d < nb ? before[d] !== SPACE : !atStart)) continue;
    for (let x = 0; x < d && ok; x++) ok = phrase.charCodeAt(d - 1 - x) === before[x];
    if (ok) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The scanner.

interface Scan {
  text: string;
  phrases: Phrases | undefined;
  /** Bounds of the text without surrounding spaces and punctuation (for table cells); -1 until needed. */
  cellStart: number;
  cellEnd: number;
  lastEnd: number;
  /** The text has "|" or tabs (a table row typed as text); undefined until needed. */
  rowCells?: boolean;
  /** The text has a quotation mark (then numbers in quotations are looked at); undefined until needed. */
  quotes: boolean | undefined;
  /** A parenthesis right after the last figure, "2.316 văn bản (cấp tỉnh 86, cấp huyện 412)": its bounds, and labelled parts found in it. */
  partsFrom: number;
  partsTo: number;
  parts: number;
}

interface Before {
  /** Start of the figure including its hedge. */
  start: number;
  hedged: boolean;
  cue: boolean;
  label: boolean;
  /** Start of a "từ" right before the number (for "từ 10 đến 15"), or -1. */
  from: number;
  /** Right after an acronym ("OCOP 4 sao", "ISO 9001"): a label unless a known unit follows. */
  acronym: boolean;
}

/** Last words of the two-word hedges ("ước tính", "ít nhất"): only then is the word before read. */
const HEDGE_ENDS: ReadonlySet<string> = new Set(
  [...HEDGES].filter((h) => h.includes(' ')).map((h) => h.slice(h.lastIndexOf(' ') + 1)),
);

function readBefore(text: string, s: number): Before {
  const res: Before = { start: s, hedged: false, cue: false, label: false, from: -1, acronym: false };
  const w1 = wordBefore(text, s);
  if (!w1) {
    const q = skipInlineBack(text, s);
    const c = q > 0 ? text.charCodeAt(q - 1) : -1;
    if (c === 58 || c === 61) res.cue = true; // ":" or "="
    return res;
  }
  const w0 = HEDGE_ENDS.has(w1.key) || w1.key === 'số' ? wordBefore(text, w1.start) : null;
  if (w0 && HEDGES.has(w0.key + ' ' + w1.key)) {
    res.start = w0.start;
    res.hedged = true;
  } else if (HEDGES.has(w1.key)) {
    res.start = w1.start;
    res.hedged = true;
  } else if (LABELS.has(w1.key)) {
    if (w1.key === 'số' && w0 !== null && w0.key === 'tổng') res.cue = true;
    else if (!(w1.key === 'số' && w0 !== null && w0.key === 'trong')) res.label = true; // "2 trong số 5 mô hình"
  } else {
    res.acronym = isAcronym(text, w1) && !isAcronym(text, wordBefore(text, w1.start));
    if (w1.key === 'từ') res.from = w1.start;
    if (CUES.has(w1.key)) res.cue = true;
  }
  return res;
}

/** An all-capital word of two letters or more ("OCOP", "ISO", "HĐND"). */
function isAcronym(text: string, w: Word | null): boolean {
  if (!w || w.end - w.start < 2) return false;
  for (let i = w.start; i < w.end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return false;
    const k = charClass(c);
    if ((k & C_LETTER) !== 0 && (k & C_UPPER) === 0 && !(c >= 0x300 && c <= 0x36f)) return false;
  }
  return true;
}

/** Cell separators of a table row typed as text: "Số hội nghị | 06", "Hội nghị\t06". */
function isCellSeparator(c: number): boolean {
  return c === 124 /* | */ || c === 9 /* tab */;
}

/** True when nothing but spaces and cell separators stands from p to the line's end (step 1) or start (step -1). */
function onlySpaceOrSeparators(text: string, p: number, step: 1 | -1): boolean {
  for (let i = step > 0 ? p : p - 1, k = 0; i >= 0 && i < text.length && k < MAX_CELL; i += step, k++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!isSpace(c) && !isCellSeparator(c)) return false;
  }
  return true;
}

/** How far a row's cell is looked for around a number. */
const MAX_CELL = 240;

/**
 * True when start..end is the whole text, or a whole cell of a row typed with "|" or tabs, but
 * for spaces and punctuation. A plain integer alone in the first of several cells numbers the row.
 */
function isCell(scan: Scan, start: number, end: number): boolean {
  const { text } = scan;
  if (scan.rowCells === undefined) scan.rowCells = text.includes('|') || text.includes('\t');
  if (scan.rowCells) {
    let a = start;
    while (a > 0 && start - a < MAX_CELL && !isCellSeparator(text.charCodeAt(a - 1)) && text.charCodeAt(a - 1) !== 10) a--;
    let b = end;
    while (b < text.length && b - end < MAX_CELL && !isCellSeparator(text.charCodeAt(b)) && text.charCodeAt(b) !== 10) b++;
    const first = onlySpaceOrSeparators(text, a, -1);
    const last = onlySpaceOrSeparators(text, b, 1);
    if (!(first && last)) {
      if (a > 0 && !first && !isCellSeparator(text.charCodeAt(a - 1))) return false;
      if (b < text.length && !last && !isCellSeparator(text.charCodeAt(b))) return false;
      while (a < start && (isSpace(text.charCodeAt(a)) || OPENERS.has(text.charCodeAt(a)))) a++;
      while (b > end && (isSpace(text.charCodeAt(b - 1)) || CLOSERS.has(text.charCodeAt(b - 1)))) b--;
      if (a !== start || b !== end) return false;
      if (first && end - start <= 3 && allDigits(text, start, end)) return false; // "1 | Hội nghị | 04"
      return true;
    }
  }
  if (scan.cellStart < 0) {
    let a = 0;
    while (a < text.length && (isSpace(text.charCodeAt(a)) || OPENERS.has(text.charCodeAt(a)))) a++;
    let b = text.length;
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || CLOSERS.has(text.charCodeAt(b - 1)))) b--;
    scan.cellStart = a;
    scan.cellEnd = b;
  }
  return start === scan.cellStart && end === scan.cellEnd;
}

/** A Vietnamese number starting exactly at p and standing alone (no letters or digits glued). */
function numberAt(text: string, p: number): { value: number; end: number; core: string } | null {
  if (p >= text.length || !isDigit(text.charCodeAt(p))) return null;
  RE_NUM_AT.lastIndex = p;
  const m = RE_NUM_AT.exec(text);
  if (!m) return null;
  const end = p + m[0].length;
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if (!isSpace(c) && c !== 37 /* % */ && !CLOSERS.has(c)) return null;
    if ((text[end] === '.' || text[end] === ',') && end + 1 < text.length && isDigit(text.charCodeAt(end + 1))) return null;
  }
  return { value: parseVietnameseNumber(m[0]), end, core: m[0] };
}

/** "%" or "phần trăm" right after p: the end of the rate, or -1. */
function percentAfter(text: string, p: number): number {
  const q = skipInline(text, p);
  if (q < text.length && text[q] === '%') return q + 1;
  if (q === p) return -1;
  const w0 = wordAt(text, q);
  if (!w0 || w0.key !== 'phần') return -1;
  const r = skipInline(text, w0.end);
  if (r === w0.end) return -1;
  const w1 = wordAt(text, r);
  return w1 && w1.key === 'trăm' ? w1.end : -1;
}

/** "- 15", "– 15", "đến 15", "tới 15" right after p. */
function rangeAfter(text: string, p: number): { value: number; end: number; core: string } | null {
  const q = skipInline(text, p);
  if (q >= text.length) return null;
  let r: number;
  const ch = text[q];
  if (ch === '-' || ch === '–' || ch === '—') {
    r = skipInline(text, q + 1);
  } else {
    if (q === p) return null;
    const w = wordAt(text, q);
    if (!w || (w.key !== 'đến' && w.key !== 'tới')) return null;
    r = skipInline(text, w.end);
    if (r === w.end) return null;
  }
  return numberAt(text, r);
}

/** "3 tỷ 250 triệu đồng": value in đồng, given the first number and the word after it. */
function compoundAfter(text: string, value: number, first: Word): { value: number; end: number; unit: string } | null {
  let lastMag = MAGNITUDE.get(first.key) as number;
  let total = value * lastMag;
  let cursor = first.end;
  let parts = 1;
  for (;;) {
    const r = skipInline(text, cursor);
    if (r === cursor) break;
    const n = numberAt(text, r);
    if (!n) break;
    const q = skipInline(text, n.end);
    if (q === n.end) break;
    const w = wordAt(text, q);
    const mag = w ? MAGNITUDE.get(w.key) : undefined;
    if (!w || mag === undefined || mag >= lastMag) break;
    total += n.value * mag;
    lastMag = mag;
    cursor = w.end;
    parts++;
  }
  if (parts < 2) return null;
  const q = skipInline(text, cursor);
  const c = q > cursor ? wordAt(text, q) : null;
  if (c && CURRENCY.has(c.key)) return { value: Math.round(total), end: c.end, unit: c.key };
  if (c && !STOP_WORDS.has(c.key)) return null;
  return { value: Math.round(total), end: cursor, unit: 'đồng' };
}

/**
 * After a number written "06 (sáu) hội nghị": the position after the parenthesis, or p.
 * Only letters and spaces may stand inside (at most 40 characters).
 */
function skipSpelledOut(text: string, p: number): number {
  const q = skipInline(text, p);
  if (q === p || text[q] !== '(') return p;
  const limit = Math.min(text.length, q + 42);
  let r = q + 1;
  while (r < limit && (isLetterAt(text, r) || isInlineSpace(text.charCodeAt(r)))) r++;
  return r < limit && r > q + 1 && text[r] === ')' ? r + 1 : p;
}

function figure(scan: Scan, start: number, end: number, value: number, unit: string, kind: FigureKind): Figure {
  return { text: scan.text.slice(start, end), value, unit, kind, start, end };
}

/** After a plain number (s..numEnd): %, range, compound sum, unit, or a bare statement. */
function plainFigure(
  scan: Scan,
  before: Before,
  s: number,
  numEnd: number,
  value: number,
  yearLike: boolean,
  tail: boolean,
): Figure | null {
  const { text } = scan;
  const start = before.start;
  if (tail) {
    const pct = percentAfter(text, numEnd);
    if (pct >= 0) return figure(scan, start, pct, value, '%', 'rate');

    const range = rangeAfter(text, numEnd);
    if (range && range.value >= value) {
      if (yearLike && isYear(range.core, range.value)) return null;
      const from = before.from >= scan.lastEnd ? before.from : start;
      const pct2 = percentAfter(text, range.end);
      if (pct2 >= 0) return figure(scan, from, pct2, value, '%', 'rate');
      const u = readUnit(text, range.end);
      if (u) {
        if (TIME_UNITS.has(u.unit)) return null;
        return figure(scan, from, u.end, value, u.unit, kindOfUnit(u.unit));
      }
      if (before.cue || before.hedged || isCell(scan, from, range.end)) return figure(scan, from, range.end, value, '', 'count');
      return null;
    }

    const q = skipInline(text, numEnd);
    const w0 = q > numEnd ? wordAt(text, q) : null;
    if (w0 && MAGNITUDE.has(w0.key)) {
      const c = compoundAfter(text, value, w0);
      if (c) return figure(scan, start, c.end, c.value, c.unit, 'amount');
    }

    const u = readUnit(text, skipSpelledOut(text, numEnd));
    if (u) {
      if (TIME_UNITS.has(u.unit)) return null;
      if ((yearLike || before.acronym) && !u.known) return null;
      return figure(scan, start, u.end, value, u.unit, kindOfUnit(u.unit));
    }
  }
  if (yearLike || before.acronym) return null;
  if (before.cue || before.hedged || isCell(scan, start, numEnd) || isPart(scan, s, numEnd)) {
    return figure(scan, start, numEnd, value, '', 'count');
  }
  return null;
}

/**
 * A labelled part in the parenthesis after a figure: "2.316 văn bản (cấp tỉnh 86, cấp huyện 412,
 * cấp xã 1.818)". A part is followed by "," or ";", or closes a parenthesis that has parts already.
 */
function isPart(scan: Scan, s: number, end: number): boolean {
  if (s <= scan.partsFrom || s >= scan.partsTo) return false;
  const c = scan.text[end];
  if (c === ',' || c === ';' || (c === ')' && end === scan.partsTo && scan.parts > 0)) {
    scan.parts++;
    return true;
  }
  return false;
}


/**
 * The figure whose number is the whitespace-delimited chunk cs..ce, or null. Generic phrases are
 * left to the caller.
 */
function chunkFigure(scan: Scan, cs: number, ce: number): Figure | null {
  const { text } = scan;
  let s = cs;
  while (s < ce && OPENERS.has(text.charCodeAt(s))) s++;
  let e = ce;
  let slash = s;
  while (slash < ce && text.charCodeAt(slash) !== 47 /* / */) slash++;
  if (slash > s && slash + 1 < ce && isLetterAt(text, slash + 1) && (text[slash - 1] === '%' || isLetterAt(text, slash - 1))) {
    e = slash; // the "/người" of "500.000đ/người" is not part of the figure
  }
  while (e > s && CLOSERS.has(text.charCodeAt(e - 1))) e--;
  if (e <= s || e - s > MAX_CORE || !isDigit(text.charCodeAt(s))) return null;
  // "gồm: 1) ...; 2) ..." numbers list items.
  if (e < ce && text[e] === ')' && s === cs) {
    const q = skipInlineBack(text, s);
    if (q === 0 || ':;,.\n\r\v'.includes(text[q - 1])) return null;
  }
  const core = text.slice(s, e);
  const tail = e === ce;
  const before = s === cs ? readBefore(text, s) : { start: s, hedged: false, cue: false, label: false, from: -1, acronym: false };
  if (before.label) return null;
  if (before.start < scan.lastEnd) before.start = s;

  if (allDigits(text, s, e)) {
    // The common case ("06", "350", "2023"): what RE_NUMBER and parseVietnameseNumber would say.
    if (core.length >= 4 && core.charCodeAt(0) === 48) return null; // RE_CODE_WITH_ZERO
    return numberFigure(scan, before, s, e, core, Number(core), tail);
  }
  let m: RegExpExecArray | null;
  if ((m = RE_PERCENT.exec(core))) {
    const v = m[1].includes(',') || !RE_DOT_DECIMAL.test(m[1]) ? parseVietnameseNumber(m[1]) : Number(m[1]);
    if (!Number.isFinite(v)) return null;
    return figure(scan, before.start, e, v, '%', 'rate');
  }
  if ((m = RE_RANGE.exec(core))) {
    const a = parseVietnameseNumber(m[1]);
    const b = parseVietnameseNumber(m[2]);
    if (isYear(m[2], b) && (a <= 12 || isYear(m[1], a))) return null; // 10-2023, 2019-2024
    if (!(a <= b)) return null;
    if (m[3] === '%') return figure(scan, before.start, e, a, '%', 'rate');
    if (tail) {
      const pct = percentAfter(text, e);
      if (pct >= 0) return figure(scan, before.start, pct, a, '%', 'rate');
      const u = readUnit(text, e);
      if (u) {
        if (TIME_UNITS.has(u.unit)) return null;
        return figure(scan, before.start, u.end, a, u.unit, kindOfUnit(u.unit));
      }
    }
    if (before.cue || before.hedged || isCell(scan, before.start, e)) return figure(scan, before.start, e, a, '', 'count');
    return null;
  }
  if ((m = RE_RATIO.exec(core))) {
    const a = parseVietnameseNumber(m[1]);
    const b = parseVietnameseNumber(m[2]);
    if (!(b > 0)) return null;
    if (isYear(m[2], b) && (a <= 12 || isYear(m[1], a))) return null; // 10/2023, 2023/2024
    if (a > b) return null;
    const u = tail ? readUnit(text, e) : null;
    if (u && TIME_UNITS.has(u.unit)) return null;
    if (!u && a >= 1 && a <= 31 && b >= 1 && b <= 12) return null; // 05/10, 18/11
    return figure(scan, before.start, u ? u.end : e, a / b, u ? u.unit : '', 'ratio');
  }
  if (RE_NUMBER.test(core)) {
    if (RE_CODE_WITH_ZERO.test(core)) return null;
    const value = parseVietnameseNumber(core);
    if (!Number.isFinite(value)) return null;
    return numberFigure(scan, before, s, e, core, value, tail);
  }
  if (RE_DOT_DECIMAL.test(core)) {
    // English decimal point: only where nothing else is meant ("2.5 tỷ đồng").
    if (!tail) return null;
    const value = Number(core);
    const pct = percentAfter(text, e);
    if (pct >= 0) return figure(scan, before.start, pct, value, '%', 'rate');
    const u = readUnit(text, e);
    if (u && isMoneyUnit(u.unit)) return figure(scan, before.start, u.end, value, u.unit, 'amount');
    return null;
  }
  const lower = wordKey(core);
  if ((m = RE_ATTACHED.exec(lower))) {
    const value = parseVietnameseNumber(m[1]);
    if (!Number.isFinite(value)) return null;
    return figure(scan, before.start, e, value, m[2], kindOfUnit(m[2]));
  }
  return null;
}

/** A plain number core (digits, dots and a decimal comma) of value `value`, then what follows. */
function numberFigure(scan: Scan, before: Before, s: number, e: number, core: string, value: number, tail: boolean): Figure | null {
  const { text } = scan;
  let numEnd = e;
  let yearLike = isYear(core, value);
  if (tail && RE_SHORT_GROUP.test(core)) {
    RE_SPACED_GROUPS.lastIndex = e;
    const g = RE_SPACED_GROUPS.exec(text);
    if (g) {
      numEnd = e + g[0].length;
      value = Number(core + g[1].replace(/\D/g, '') + (g[2] ? '.' + g[2].slice(1) : ''));
      yearLike = false;
    }
  }
  return plainFigure(scan, before, s, numEnd, value, yearLike, tail);
}

/** True when the chunk's characters from s to e are all digits. */
function allDigits(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function scanFigures(text: string, options: FigureOptions | undefined, firstOnly: boolean): Figure[] {
  const out: Figure[] = [];
  const digit = text.search(RE_DIGIT); // most paragraphs have no number: a native search
  const firstWord = firstNumberWord(text);
  const words = firstWord >= 0;
  if (digit < 0 && !words) return out;
  const phrases = options?.genericPhrases;
  const scan: Scan = {
    text,
    phrases: phrases && phrases.length > 0 ? phrasesOf(phrases) : undefined,
    cellStart: -1,
    cellEnd: -1,
    lastEnd: 0,
    partsFrom: -1,
    partsTo: -1,
    parts: 0,
    quotes: undefined,
  };
  cachedAt = -1;
  if (digit >= 0) scanDigits(scan, digit, out, firstOnly);
  if (words && !(firstOnly && out.length > 0)) {
    const spelled = scanWords(scan, out, firstOnly, firstWord);
    if (spelled.length > 0) mergeInto(out, spelled);
  }
  cachedText = '';
  cachedWord = null;
  return out;
}

/** Numbers written with digits. */
function scanDigits(scan: Scan, digit: number, out: Figure[], firstOnly: boolean): void {
  const { text } = scan;
  const n = text.length;
  const heading = RE_HEADING.exec(text);
  let pos = heading ? heading[0].length : 0;
  for (;;) {
    let d = Math.max(pos, digit);
    while (d < n && !isDigit(text.charCodeAt(d))) d++;
    if (d >= n) break;
    let cs = d;
    while (cs > pos && !isSpace(text.charCodeAt(cs - 1))) cs--;
    let ce = d + 1;
    while (ce < n && !isSpace(text.charCodeAt(ce))) ce++;
    // A figure's number starts at the chunk's first digit, d; a generic phrase may hide it.
    let f = ce - cs <= MAX_CORE + 8 ? chunkFigure(scan, cs, ce) : null;
    if (f && scan.phrases && inGenericPhrase(text, d, scan.phrases)) f = null;
    if (f && mayBeName(scan, f) && isName(text, f)) f = null;
    if (f) {
      out.push(f);
      scan.lastEnd = f.end;
      if (firstOnly) break;
      pos = Math.max(ce, f.end);
      openParts(scan, f.end);
    } else {
      pos = ce;
    }
  }
}

/** Notes a parenthesis that opens right after a figure, for its labelled parts. */
function openParts(scan: Scan, end: number): void {
  const { text } = scan;
  const q = skipInline(text, end);
  if (text[q] !== '(') return;
  const close = text.indexOf(')', q);
  if (close < 0 || close - q > MAX_CELL) return;
  scan.partsFrom = q;
  scan.partsTo = close;
  scan.parts = 0;
}

// Numbers written in words start with one of these words (NFC or NFD; lower case, capitalised or
// upper case) after a space, or at the start of the text after opening marks; the end of the word
// is checked by hand. A regex that starts with a plain space is searched many times faster than one
// with a class of left contexts or with look-arounds.
const NUMBER_WORD_ALTERNATIVES = [
  ...new Set(
    NUMBER_WORD_STARTS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).flatMap((w) => [w, w.normalize('NFD')]),
  ),
]
  .sort((x, y) => y.length - x.length)
  .join('|');
const RE_NUMBER_WORD = new RegExp(` (${NUMBER_WORD_ALTERNATIVES})`, 'g');
const RE_NUMBER_WORD_FIRST = new RegExp(`^[\\s(\\[“"'‘«+–-]*(${NUMBER_WORD_ALTERNATIVES})`);

/** The first number word of the text: its start, or -1. */
function firstNumberWord(text: string): number {
  const m = RE_NUMBER_WORD_FIRST.exec(text);
  if (m) return m[0].length - m[1].length;
  RE_NUMBER_WORD.lastIndex = 0;
  const n = RE_NUMBER_WORD.exec(text);
  return n ? n.index + 1 : -1;
}

/**
 * Words after which "năm" is the year, not five: "trong năm tổ chức 06 hội nghị", "cuối năm người
 * dân …", "là năm tổ chức Đại hội", "mỗi năm hộ …".
 */
const YEAR_BEFORE = new Set([
  'là', 'trong', 'cả', 'mỗi', 'hằng', 'hàng', 'từng', 'cuối', 'đầu', 'giữa', 'của', 'các', 'những',
  'nhiều', 'suốt', 'qua', 'nay', 'năm', 'sang', 'đến', 'tới', 'từ', 'vào', 'trước', 'sau', 'nửa',
]);

/** True when a lone "năm" at p is a year: no hedge before it and a word of time or being before it. */
function isYearNam(text: string, p: number): boolean {
  if (isHedgedAt(text, p)) return false;
  const w = wordBefore(text, p);
  return w === null ? false : YEAR_BEFORE.has(w.key);
}

/** Words before a number in words that make it vague: "vài ba người", "cả hai bên". */
const VAGUE_BEFORE = new Set(['vài', 'mấy', 'dăm', 'hàng', 'cả', 'một', 'đôi']);

/**
 * Numbers written in words: "bốn hội nghị", "mười lăm khu dân cư", "hơn một trăm lượt người". A
 * number of one word needs a known unit after it ("ba mô hình"; not "Hai là", "ba cấp"); "một"
 * alone is an article, and "năm" alone a year unless a hedge or a cue stands before it. A number
 * in words in parentheses right after a figure restates it ("15.000.000 đồng (Mười lăm triệu đồng)").
 */
function scanWords(scan: Scan, digits: readonly Figure[], firstOnly: boolean, from: number): Figure[] {
  const { text } = scan;
  const out: Figure[] = [];
  let next = 0; // index into digits
  let pos = 0;
  // The first number word, then each one after a space.
  let p = from;
  RE_NUMBER_WORD.lastIndex = from;
  for (; p >= 0; p = nextNumberWord(text)) {
    const after = afterNumberWord(text, p);
    if (p < pos) continue;
    if (after < text.length && isLetterAt(text, after)) continue;
    while (next < digits.length && digits[next].end <= p) next++;
    if (next < digits.length && digits[next].start <= p) continue; // inside a figure: "06 (sáu) hội nghị"
    const first = wordAt(text, p);
    if (!first) continue;
    const ws: Word[] = [first];
    const keys = [first.key];
    while (ws.length < 8) {
      const w = wordAfter(text, ws[ws.length - 1].end);
      if (!w || !isNumberWord(w.key)) break;
      ws.push(w);
      keys.push(w.key);
    }
    // "một" alone is never read, nor "năm" alone as a year: skip them before reading around them.
    if (ws.length === 1 && ((first.key === 'một' && !isHedgedAt(text, p)) || (first.key === 'năm' && isYearNam(text, p)))) continue;
    const num = readWordNumber(keys);
    if (!num) continue;
    RE_NUMBER_WORD.lastIndex = ws[num.words - 1].end;
    const f = wordFigure(scan, ws, num, digits, next);
    if (f && !(mayBeName(scan, f) && isName(text, f))) {
      out.push(f);
      pos = f.end;
      RE_NUMBER_WORD.lastIndex = f.end;
      if (firstOnly) break;
    }
  }
  return out;
}

/** The start of the next number word after a space (RE_NUMBER_WORD's lastIndex on), or -1. */
function nextNumberWord(text: string): number {
  const m = RE_NUMBER_WORD.exec(text);
  return m ? m.index + 1 : -1;
}

/** The end of the letters that start at p. */
function afterNumberWord(text: string, p: number): number {
  let q = p;
  while (q < text.length && isLetterAt(text, q)) q++;
  return q;
}

/** True when a hedge ("hơn", "gần") stands right before p. */
function isHedgedAt(text: string, p: number): boolean {
  const w = wordBefore(text, p);
  return w !== null && (HEDGES.has(w.key) || HEDGE_ENDS.has(w.key));
}

function wordFigure(scan: Scan, ws: readonly Word[], num: WordNumber, digits: readonly Figure[], next: number): Figure | null {
  const { text } = scan;
  const single = num.words === 1;
  const key = ws[0].key;
  if (single && key === 'một') return null;
  const before = readBefore(text, ws[0].start);
  if (before.label) return null;
  const prev = wordBefore(text, ws[0].start);
  if (prev && (VAGUE_BEFORE.has(prev.key) || isNumberWord(prev.key))) return null; // "vài ba", "(Một tỷ năm trăm ...)"
  // "là năm tổ chức Đại hội" is a year; "duy trì năm mô hình" is five (a known unit must follow).
  const lonelyNam = single && key === 'năm' && !before.hedged;
  if (lonelyNam && isYearNam(text, ws[0].start)) return null;

  // "15.000.000 đồng (Mười lăm triệu đồng)": the same figure again.
  const open = skipInlineBack(text, ws[0].start);
  if (open > 0 && text[open - 1] === '(' && next > 0 && skipInlineBack(text, open - 1) === digits[next - 1].end) return null;
  const last = ws[num.words - 1];
  let value = num.value;
  let unitFrom = last.end;
  if (num.beforeScale >= 0) {
    value = num.beforeScale;
    unitFrom = ws[num.words - 2].end;
  }
  const pct = percentAfter(text, unitFrom);
  if (pct >= 0) return figure(scan, before.start, pct, value, '%', 'rate');
  const u = readUnit(text, unitFrom);
  if (!u || TIME_UNITS.has(u.unit) || (!u.known && (single || num.beforeScale >= 0))) return null;
  if (lonelyNam && /^\s*\d/u.test(text.slice(u.end))) return null; // "năm tổ chức 2023"
  return figure(scan, before.start, u.end, value, u.unit, kindOfUnit(u.unit));
}

/** Merges sorted, non-overlapping figures into `out` (sorted too), dropping those that overlap it. */
function mergeInto(out: Figure[], more: readonly Figure[]): void {
  const merged: Figure[] = [];
  let i = 0;
  for (const f of more) {
    while (i < out.length && out[i].end <= f.start) merged.push(out[i++]);
    if (i < out.length && out[i].start < f.end) continue;
    merged.push(f);
  }
  while (i < out.length) merged.push(out[i++]);
  out.length = 0;
  out.push(...merged);
}

// ---------------------------------------------------------------------------------------------
// Numbers that belong to a name.

const RE_QUOTE = /["“”«»‘’„]/;

/** A zero, or a text with quotation marks: only then can a figure be part of a name. */
function mayBeName(scan: Scan, f: Figure): boolean {
  if (f.value === 0) return true;
  return (scan.quotes ??= RE_QUOTE.test(scan.text));
}
const OPEN_QUOTES = charCodes('“«‘„');
const CLOSE_QUOTES = charCodes('”»’');
/** How far a quotation around a number is looked for. */
const MAX_QUOTE = 80;

/**
 * True when the figure's number belongs to a name: a zero amount ("Bếp ăn 0 đồng", "Siêu thị 0
 * đồng"), or a number inside a quotation that holds other words too (phong trào “5 không, 3
 * sạch”, mô hình "Ngôi nhà 100 đồng"). A quotation of the figure alone (“25 hộ”) is a figure.
 */
function isName(text: string, f: Figure): boolean {
  if (f.kind === 'amount' && f.value === 0) return true;
  // The nearest quotation mark before the figure, on its line, must open a quotation.
  let a = f.start - 1;
  const aLimit = Math.max(0, f.start - MAX_QUOTE);
  let open = -1;
  for (; a >= aLimit; a--) {
    const c = text.charCodeAt(a);
    if (c === 10 || CLOSE_QUOTES.has(c)) return false;
    if (OPEN_QUOTES.has(c)) {
      open = a;
      break;
    }
    if (c === 34 /* " */) {
      if (a > 0 && !isSpace(text.charCodeAt(a - 1)) && !OPENERS.has(text.charCodeAt(a - 1))) return false; // a closing one
      open = a;
      break;
    }
  }
  if (open < 0) return false;
  const straight = text.charCodeAt(open) === 34;
  const bLimit = Math.min(text.length, f.end + MAX_QUOTE);
  let close = -1;
  for (let b = f.end; b < bLimit; b++) {
    const c = text.charCodeAt(b);
    if (c === 10 || OPEN_QUOTES.has(c)) return false;
    if (straight ? c === 34 : CLOSE_QUOTES.has(c) || c === 34) {
      close = b;
      break;
    }
  }
  if (close < 0) return false;
  for (let i = open + 1; i < close; i++) {
    if ((i < f.start || i >= f.end) && isLetterAt(text, i)) return true;
  }
  return false;
}

/**
 * The figures a text states, sorted by start and non-overlapping. `text` is one paragraph, sentence
 * or table cell; offsets are UTF-16 offsets into it.
 */
export function findFigures(text: string, options?: FigureOptions): Figure[] {
  return scanFigures(text, options, false);
}

/** True when the text states at least one figure (stops at the first one). */
export function hasFigures(text: string, options?: FigureOptions): boolean {
  return scanFigures(text, options, true).length > 0;
}
