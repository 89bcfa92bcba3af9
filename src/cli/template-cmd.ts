// `template`: writes the report template; never over an existing file without --force, and
// atomically (see atomic-write.ts).
import { buildTemplateDocx } from '../docx/ooxml';
import { EXIT, type Io } from './io';
import { writeFileAtomic } from './atomic-write';
import { printableLine } from './printable';

export interface TemplateOptions {
  out: string;
  unit: string;
  place: string;
  force?: boolean;
}

export function runTemplate(opts: TemplateOptions, io: Io): number {
  const shown = printableLine(opts.out);
  let outcome: 'done' | 'exists';
  try {
    outcome = writeFileAtomic(opts.out, buildTemplateDocx({ unit: opts.unit, place: opts.place }), Boolean(opts.force));
  } catch (e) {
    io.stderr(`${shown}: không ghi được tệp (${printableLine((e as NodeJS.ErrnoException).code ?? (e as Error).message)}).\n`);
    return EXIT.error;
  }
  if (outcome === 'exists') {
    io.stderr(`${shown}: tệp đã có; dùng --force để ghi đè (file exists; use --force to overwrite).\n`);
    return EXIT.error;
  }
  io.stdout(`Đã tạo mẫu báo cáo: ${shown}\n`);
  return EXIT.ready;
}
