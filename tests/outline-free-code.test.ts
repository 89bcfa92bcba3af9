// No section id, heading title or year of the built-in outline is written in the code of the
// engine, the Word layer, the .docx and .doc readers, the UI or the command line: they come from
// the outline passed in. Comments may hold examples; strings, template text, JSX text, regular
// expressions, numbers and identifiers may not.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { defaultTemplate } from '../src/template';

const root = path.join(__dirname, '..', 'src');
const FOLDERS = ['analysis', 'word', 'docx', 'doc', 'taskpane', 'checker', 'cli', 'outline-file'];

/**
 * Short and justified: each entry is a file ("*" for every file) and the text allowed in it.
 * - "KẾT QUẢ CÔNG TÁC MẶT TRẬN": the name of the kind of report the product checks ("báo cáo kết
 *   quả công tác Mặt trận", every year), used in the product's own descriptions; the heading of
 *   one outline is that name with its year, which the year check catches.
 * - word/messages.ts "2024": the name of a Word version ("Word 2024") in the messages about what
 *   Word lacks, not a year of the outline.
 */
const ALLOW: Record<string, string[]> = {
  '*': ['KẾT QUẢ CÔNG TÁC MẶT TRẬN'],
  'word/messages.ts': ['2024'],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/u.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Piece { text: string; kind: 'literal' | 'identifier' | 'number' }

/** The code's own text: literals, identifiers and numbers, comments left out. */
function pieces(file: string, text = fs.readFileSync(file, 'utf8')): Piece[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Piece[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n) || ts.isRegularExpressionLiteral(n)) out.push({ text: n.text, kind: 'literal' });
    else if (ts.isJsxText(n)) out.push({ text: n.text, kind: 'literal' });
    else if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) out.push({ text: n.text, kind: 'identifier' });
    else if (ts.isNumericLiteral(n)) out.push({ text: n.text, kind: 'number' });
    n.forEachChild(visit);
  };
  visit(src);
  return out;
}

const t = defaultTemplate;
const YEARS = [...new Set([t.year, t.planYear, 2023, 2024])].map(String);
/** Ids with a dot: "1" and "2" alone are any outline's parts. */
const IDS = new Set(t.sections.map((s) => s.id).filter((id) => id.includes('.')));
const fold = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi');
/** Titles and aliases, without their years, so that "KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM" is caught too. */
const TITLES = [...new Set(t.sections.flatMap((s) => [s.title, ...(s.aliases ?? [])]).map((x) => fold(x.replace(/\s*(NĂM\s+)?\d{4}.*$/u, '')).trim()).filter((x) => x.length >= 12))];

function problems(file: string, text?: string): string[] {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const allowed = [...(ALLOW['*'] ?? []), ...(ALLOW[rel] ?? [])];
  const found: string[] = [];
  for (const p of pieces(file, text)) {
    for (const y of YEARS) {
      const hit = p.kind === 'number' ? p.text === y : new RegExp(`(?<!\\d)${y}(?!\\d)`, 'u').test(p.text);
      if (hit && !allowed.includes(y)) found.push(`${rel}: year ${y} in ${p.kind} ${JSON.stringify(p.text.slice(0, 60))}`);
    }
    if (p.kind === 'literal') {
      if (IDS.has(p.text.trim()) && !allowed.includes(p.text.trim())) found.push(`${rel}: section id ${JSON.stringify(p.text)}`);
      const f = fold(p.text);
      for (const title of TITLES) if (f.includes(title) && !allowed.includes(title)) found.push(`${rel}: heading title ${JSON.stringify(title)} in ${JSON.stringify(p.text.slice(0, 60))}`);
    }
  }
  return found;
}

describe('the code holds no word of the built-in outline', () => {
  const files = FOLDERS.flatMap((d) => sourceFiles(path.join(root, d)));

  it('scans the engine, Word, .docx, .doc, UI, command-line and outline-file code', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(TITLES).toContain('CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI');
    expect(IDS.has('1.II.3.1')).toBe(true);
  });

  it('finds none of its section ids, heading titles or years in strings, identifiers or numbers', () => {
    expect(files.flatMap((f) => problems(f))).toEqual([]);
  });

  it('would find them: a file with each is caught', () => {
    const probe = "// 2023 in a comment is fine\nexport const a = ['1.II.4', 'Kết quả Công tác hướng dẫn, triển khai', `năm ${2024}`];\nexport const mttq2023 = 1;\n";
    const found = problems(path.join(root, 'analysis', 'probe.ts'), probe);
    expect(found.some((x) => x.includes('section id "1.II.4"'))).toBe(true);
    expect(found.some((x) => x.includes('heading title'))).toBe(true);
    expect(found.some((x) => x.includes('year 2024 in number'))).toBe(true);
    expect(found.some((x) => x.includes('year 2023 in identifier'))).toBe(true);
    expect(found.some((x) => x.includes('comment'))).toBe(false);
  });

  it('keeps every allow-list entry in use', () => {
    for (const [rel, texts] of Object.entries(ALLOW)) {
      const files = rel === '*' ? FOLDERS.flatMap((d) => sourceFiles(path.join(root, d))) : [path.join(root, rel)];
      const text = files.flatMap((f) => pieces(f).map((p) => fold(p.text))).join('\n');
      for (const x of texts) expect(`${rel}: ${text.includes(fold(x))}`).toBe(`${rel}: true`);
    }
  });
});
