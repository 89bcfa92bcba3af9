// `template`: writes the report template; never over an existing file without --force, and
// atomically (see atomic-write.ts).
import { buildTemplateDocx } from '../docx/ooxml';
import { defaultTemplate } from '../template';
import { resolveOutline } from './outline-command';
import { EXIT, type Io } from './io';
import { writeFileAtomic } from './atomic-write';
import { printableBlock, printableLine } from './printable';

export interface TemplateOptions {
  out: string;
  unit: string;
  place: string;
  force?: boolean;
  /** An outline file, document or built-in id; the built-in outline when absent. */
  outline?: string;
}

export async function runTemplate(opts: TemplateOptions, io: Io): Promise<number> {
  const shown = printableLine(opts.out);
  const chosen = opts.outline ? await resolveOutline(opts.outline, 'vi') : { outline: defaultTemplate };
  if ('error' in chosen) {
    io.stderr(`${printableBlock(chosen.error)}\n`);
    return EXIT.error;
  }
  let outcome: 'done' | 'exists';
  try {
    outcome = writeFileAtomic(opts.out, buildTemplateDocx({ unit: opts.unit, place: opts.place, template: chosen.outline }), Boolean(opts.force));
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
