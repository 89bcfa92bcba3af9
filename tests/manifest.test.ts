// The add-in's manifest says what the product does for any year's outline, in Vietnamese by
// default and in English for an English Office, and its ribbon button is "Báo cáo Mặt trận" in
// every language.
import * as fs from 'node:fs';
import * as path from 'node:path';

const xml = fs.readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
const BUTTON = 'Báo cáo Mặt trận';

/** The element of a resource or a description: its default value and its overrides by locale. */
function strings(opening: RegExp): { value: string; overrides: Record<string, string> } {
  const m = opening.exec(xml);
  if (!m) throw new Error(`not in the manifest: ${opening}`);
  const start = m.index;
  const selfClosing = xml.slice(start, xml.indexOf('>', start) + 1).endsWith('/>');
  const end = selfClosing ? xml.indexOf('>', start) + 1 : xml.indexOf('</', start);
  const block = xml.slice(start, end);
  const overrides: Record<string, string> = {};
  for (const o of block.matchAll(/Override Locale="([^"]+)" Value="([^"]*)"/gu)) overrides[o[1]] = o[2];
  return { value: /DefaultValue="([^"]*)"/u.exec(block)?.[1] ?? '', overrides };
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;

describe('manifest.xml', () => {
  it('labels the ribbon button "Báo cáo Mặt trận" in every language', () => {
    const label = strings(/<bt:String id="TaskpaneButton\.Label"/u);
    expect(label.value).toBe(BUTTON);
    expect(label.overrides).toEqual({});
  });

  it('describes the product without a year and without a year left out ("công tác Mặt trận năm và")', () => {
    for (const d of [strings(/<Description DefaultValue=/u), strings(/<bt:String id="TaskpaneButton\.Tooltip"/u), strings(/<bt:String id="GetStarted\.Description"/u)]) {
      expect(d.value).not.toMatch(/\b(19|20)\d\d\b/u);
      expect(d.value).not.toMatch(/(?<!hằng |hàng )năm\s+(và|,|\.|xem)/u);
      expect(d.value).toMatch(VIETNAMESE_LETTERS);
    }
  });

  it('keeps the English overrides in English, naming the button by its one label', () => {
    const english = [...xml.matchAll(/Override Locale="en-US" Value="([^"]*)"/gu)].map((m) => m[1]);
    expect(english.length).toBeGreaterThanOrEqual(4);
    for (const text of english) expect(text.split(BUTTON).join('')).not.toMatch(VIETNAMESE_LETTERS);
  });
});
