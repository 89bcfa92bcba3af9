// The precompiled validator of outline files is the schema's current compilation, and it judges
// as ajv compiling the schema at run time does.
import * as fs from 'node:fs';
import Ajv from 'ajv';
import schema from '../src/outline-file/outline.schema.json';
import { toOutlineFile } from '../src/outline-file/format';
import { loadOutlineFile } from '../src/outline-file/load';
import { defaultTemplate } from '../src/template';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, OUT } = require('../scripts/build-outline-validator.js') as { generate: () => string; OUT: string };

describe('precompiled outline validator', () => {
  it('is up to date with outline.schema.json (run node scripts/build-outline-validator.js)', () => {
    expect(fs.readFileSync(OUT, 'utf8')).toBe(generate());
  });

  it('gives the same verdict and errors as a run-time compilation', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const runtime = ajv.compile(schema);
    const good = toOutlineFile(defaultTemplate);
    const broken = { ...good, years: { report: 'hai nghìn' }, sections: [{ ...good.sections[0], kind: 'khác', title: '' }] };
    expect(runtime(good)).toBe(true);
    expect(loadOutlineFile(JSON.stringify(good)).ok).toBe(true);
    expect(runtime(broken)).toBe(false);
    const loaded = loadOutlineFile(JSON.stringify(broken));
    expect(loaded.ok).toBe(false);
    const paths = loaded.ok ? [] : loaded.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['years.report', 'years.plan', 'sections[0].kind', 'sections[0].title']));
  });
});
