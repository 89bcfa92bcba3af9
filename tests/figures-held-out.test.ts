// Precision and recall of figure detection on sentences written apart from the rules (held out):
// commune and province reports, formal and hurried, without diacritics, tables typed "label | value".
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFigures } from '../src/analysis/figures';
import { defaultTemplate as mttq2023 } from '../src/template';

interface Gold {
  text: string;
  value: number;
}

interface Case {
  line: number;
  sentence: string;
  gold: Gold[];
}

function parseValue(v: string): number {
  const slash = v.indexOf('/');
  return slash > 0 ? Number(v.slice(0, slash)) / Number(v.slice(slash + 1)) : Number(v);
}

function readCases(): Case[] {
  const file = path.join(__dirname, 'fixtures', 'figures', 'held-out.tsv');
  const out: Case[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (raw.trim() === '' || raw.startsWith('#')) return;
      const [sentence, figures] = raw.split('\t');
      const gold =
        figures.trim() === '-'
          ? []
          : figures.split(' ;; ').map((g) => {
              const eq = g.lastIndexOf('=');
              return { text: g.slice(0, eq), value: parseValue(g.slice(eq + 1)) };
            });
      out.push({ line: i + 1, sentence, gold });
    });
  return out;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('figure detection on held-out sentences', () => {
  const cases = readCases();

  it('has at least 300 labelled sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it('reaches a precision and a recall of at least 0.98', () => {
    let truePositives = 0;
    let found = 0;
    let expected = 0;
    let exactText = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const figures = findFigures(c.sentence, { genericPhrases: mttq2023.genericPhrases });
      // Where each gold figure stands: its first occurrence after the previous one.
      let from = 0;
      const spans = c.gold.map((g) => {
        const start = c.sentence.indexOf(g.text, from);
        if (start < 0) throw new Error(`line ${c.line}: "${g.text}" is not in the sentence`);
        from = start + g.text.length;
        return { ...g, start, end: start + g.text.length };
      });
      const used = new Set<number>();
      for (const f of figures) {
        const k = spans.findIndex((g, i) => !used.has(i) && f.start < g.end && g.start < f.end && close(f.value, g.value));
        if (k >= 0) {
          used.add(k);
          truePositives++;
          if (f.text === spans[k].text) exactText++;
        } else {
          misses.push(`line ${c.line}: extra "${f.text}" (${f.value}) in: ${c.sentence}`);
        }
      }
      spans.forEach((g, i) => {
        if (!used.has(i)) misses.push(`line ${c.line}: missed "${g.text}" (${g.value}) in: ${c.sentence}`);
      });
      found += figures.length;
      expected += spans.length;
    }
    const precision = found === 0 ? 1 : truePositives / found;
    const recall = expected === 0 ? 1 : truePositives / expected;
    console.log(
      `held-out figures: ${expected} expected, ${found} found, ${truePositives} right; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, same text as labelled ${exactText}/${truePositives}` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
