// The built command line (bin/, lib/: run "npm run build:cli" first) under a reader that stops
// early, as `mttq-report check … | head` does: it stops quietly with exit code 0.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';

jest.setTimeout(60_000);

const BIN = path.join(__dirname, '..', 'bin', 'mttq-report.js');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-pipe-'));
  fs.writeFileSync(path.join(dir, 'draft.docx'), writeDocx(sampleParagraphs({ omit: ['1.II.4'] })));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function closeAfterFirstChunk(args: string[]): Promise<{ code: number | null; err: string; firstChunk: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let firstChunk = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout.once('data', (d: Buffer) => {
      firstChunk = d.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err, firstChunk }));
  });
}

describe('mttq-report check | head', () => {
  it.each([[['--json']], [[]]])('stops quietly with exit code 0 when the reader closes the pipe (%j)', async (flags) => {
    // Many files still to check, all "not ready" (exit code 1 if the run went to its end).
    const files = Array.from({ length: 400 }, () => path.join(dir, 'draft.docx'));
    const r = await closeAfterFirstChunk(['check', ...flags, ...files]);
    expect(r.firstChunk).toContain('draft.docx');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
