// How a message names a section, from the outline's structure alone: a section of the first part
// by its heading ("mục “1. Ưu điểm”"); a section of a later part with its part, which the reader
// would otherwise confuse with the first part's item of the same number ("Phần thứ hai, mục 4
// “…”", "Part two, item 4 “…”"); a part by its numbering and title ("Phần thứ hai “…”").
import type { ReportTemplate, TemplateSection } from '../template/types';
import type { Lang } from './messages';
import { quoteTitle } from './quote';

const ORDINALS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function partEn(index: number): string {
  return `Part ${ORDINALS_EN[index - 1] ?? String(index)}`;
}

/** The numbering as said in a sentence: "4." -> "4", "2.1." -> "2.1", "a)" -> "a", "Phần thứ hai" stays. */
function spokenNumbering(numbering: string): string {
  return numbering.trim().replace(/[.):]+$/u, '');
}

/** The heading as the outline writes it on one line: "1. Ưu điểm", "Phần thứ nhất: KẾT QUẢ …". */
export function headingLine(section: TemplateSection): string {
  return section.level === 1 ? `${section.numbering}: ${section.title}` : `${section.numbering} ${section.title}`;
}

export interface SectionNames {
  /** The section's name in a sentence, lower case where the language allows ("mục “…”"). */
  name(section: TemplateSection, lang: Lang): string;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The names of an outline's sections; the part of each section is found once, by the order of the outline. */
export function sectionNames(template: ReportTemplate): SectionNames {
  // Each section's part (a part is its own), by the order of the outline.
  const partOf = new Map<string, { part: TemplateSection; index: number }>();
  let current: { part: TemplateSection; index: number } | undefined;
  let parts = 0;
  for (const s of template.sections) {
    if (s.level === 1) current = { part: s, index: ++parts };
    if (current) partOf.set(s.id, current);
  }
  return {
    name(section, lang) {
      const en = lang === 'en';
      const inPart = partOf.get(section.id);
      if (section.level === 1) {
        const said = en ? partEn(inPart?.index ?? 1) : spokenNumbering(section.numbering);
        return `${said} ${quoteTitle(section.title)}`;
      }
      if (!inPart || inPart.index === 1) return `${en ? 'section' : 'mục'} ${quoteTitle(headingLine(section))}`;
      const part = en ? partEn(inPart.index) : spokenNumbering(inPart.part.numbering);
      return `${part}, ${en ? 'item' : 'mục'} ${spokenNumbering(section.numbering)} ${quoteTitle(section.title)}`;
    },
  };
}

/** The name at the start of a sentence: "Mục “…”", "Phần thứ hai, mục 4 “…”", "Section “…”". */
export function capitalName(name: string): string {
  return capitalize(name);
}
