// The outline's own number phrases ("ở 3 cấp", "3 tháng/1 lần", "Tổng kết 20 năm", "5 nội dung
// trọng tâm"): a report that repeats them states no figure. Derived from the outline's text.

// A number standing alone (not in a date, a code, a year or a ratio's second half), its word before, and up to three words after.
const NUMBER_PHRASE = /(?:(\p{L}+)\s+)?(?<![\p{L}\d/.,\-–])(\d{1,3})(?![\d\-–/.,]?\d|[\p{L}\-–])\s+((?:[\p{L}]+(?:\/\d+)?)(?:\s+\p{L}+){0,3})/gu;

function isYear(n: string): boolean {
  return /^(19|20)\d\d$/u.test(n);
}

export function genericPhrasesOf(texts: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const key = p.toLocaleLowerCase('vi');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const text of texts) {
    // Heading numbering at the start is not a phrase.
    const body = text.replace(/^\s*(?:[-+•–]\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]+\.|[a-zđ]\))\s+/u, '');
    NUMBER_PHRASE.lastIndex = 0;
    for (let m = NUMBER_PHRASE.exec(body); m; m = NUMBER_PHRASE.exec(body)) {
      if (isYear(m[2])) continue;
      const after = m[3].split(/\s+/u);
      // Stop the phrase at a function word: "ở 3 cấp và" -> "ở 3 cấp".
      const stop = after.findIndex((w, i) => i > 0 && /^(và|của|ở|tại|trong|để|với|cho|theo|năm|đã|được)$/iu.test(w));
      const words = (stop > 0 ? after.slice(0, stop) : after).join(' ');
      const core = `${m[2]} ${words}`;
      if (m[1] && !/^(và|các|có|là|gồm)$/iu.test(m[1])) add(`${m[1]} ${core}`);
      add(core);
      // Levels and spans of time are generic on their own: "3 cấp", "20 năm".
      if (after.length > 1 && /^(cấp|năm|tháng|tuần|ngày|kỳ)$/iu.test(after[0])) add(`${m[2]} ${after[0]}`);
    }
  }
  return out;
}
