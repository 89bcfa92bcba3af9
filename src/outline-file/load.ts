// Loading an outline file: JSON, then the schema (ajv), then the rules a schema cannot say
// (unique ids, a heading's level below its parent's). Every problem names its field and says
// what is wrong, in Vietnamese and English; never a stack trace.
import type { ErrorObject } from 'ajv';
import type { ReportTemplate } from '../template/types';
import { fromOutlineFile, type OutlineFile } from './format';
// outline.schema.json compiled ahead by ajv (scripts/build-outline-validator.js): no `new Function`
// at run time, so the web page's Content-Security-Policy (no eval) lets it run.
import validateSchema from './validate-schema.generated';

export interface OutlineFileError {
  /** Where: "sections[3].kind", "(tệp)" for the file as a whole. */
  path: string;
  message: string;
  messageEn: string;
}

export type LoadResult = { ok: true; outline: ReportTemplate; file: OutlineFile } | { ok: false; errors: OutlineFileError[] };

interface CompiledValidator {
  (data: unknown): data is OutlineFile;
  errors?: ErrorObject[] | null;
}
const validate = validateSchema as CompiledValidator;

/** "/sections/3/kind" -> "sections[3].kind". */
function fieldPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/gu, '/').replace(/~0/gu, '~'));
  let out = '';
  for (const p of parts) out += /^\d+$/u.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(tệp)';
}

function describe(e: ErrorObject): OutlineFileError {
  const where = fieldPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const at = (name: string): string => (where === '(tệp)' ? name : `${where}.${name}`);
  switch (e.keyword) {
    case 'required':
      return { path: at(String(p.missingProperty)), message: 'thiếu trường bắt buộc', messageEn: 'required field missing' };
    case 'additionalProperties':
      return { path: at(String(p.additionalProperty)), message: 'trường không có trong định dạng đề cương (gõ sai tên?)', messageEn: 'field not in the outline format (misspelt?)' };
    case 'type':
      return { path: where, message: `sai kiểu: cần ${typeVi(String(p.type))}`, messageEn: `wrong type: must be ${String(p.type)}` };
    case 'enum':
      return { path: where, message: `giá trị không hợp lệ: chỉ nhận ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, messageEn: `invalid value: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { path: where, message: `phải là ${JSON.stringify(p.allowedValue)}`, messageEn: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'pattern':
      return { path: where, message: `giá trị không đúng dạng (${String(p.pattern)})`, messageEn: `value does not have the expected form (${String(p.pattern)})` };
    case 'minItems':
      return { path: where, message: `cần ít nhất ${String(p.limit)} phần tử`, messageEn: `needs at least ${String(p.limit)} item(s)` };
    case 'minLength':
      return { path: where, message: 'không được để trống', messageEn: 'must not be empty' };
    case 'maxLength':
      return { path: where, message: `dài quá ${String(p.limit)} ký tự`, messageEn: `longer than ${String(p.limit)} characters` };
    case 'minimum':
    case 'maximum':
      return { path: where, message: `giá trị ngoài khoảng cho phép (${String(p.comparison)} ${String(p.limit)})`, messageEn: `out of range (${String(p.comparison)} ${String(p.limit)})` };
    default:
      return { path: where, message: e.message ?? 'không hợp lệ', messageEn: e.message ?? 'invalid' };
  }
}

function typeVi(t: string): string {
  return ({ string: 'chuỗi ký tự', integer: 'số nguyên', number: 'số', array: 'danh sách', object: 'đối tượng', boolean: 'true/false' } as Record<string, string>)[t] ?? t;
}

function semanticErrors(f: OutlineFile): OutlineFileError[] {
  const errors: OutlineFileError[] = [];
  const ids = new Map<string, number>();
  f.sections.forEach((s, i) => {
    const prev = ids.get(s.id);
    if (prev !== undefined) errors.push({ path: `sections[${i}].id`, message: `mã mục "${s.id}" trùng với sections[${prev}]`, messageEn: `section id "${s.id}" repeats sections[${prev}]` });
    else ids.set(s.id, i);
    const figureIds = new Set<string>();
    s.figures.forEach((x, k) => {
      if (figureIds.has(x.id)) errors.push({ path: `sections[${i}].figures[${k}].id`, message: `mã số liệu "${x.id}" trùng trong cùng mục`, messageEn: `figure id "${x.id}" repeats within the section` });
      figureIds.add(x.id);
    });
    const parentId = s.id.includes('.') ? s.id.slice(0, s.id.lastIndexOf('.')) : undefined;
    const parent = parentId !== undefined ? f.sections.find((o) => o.id === parentId) : undefined;
    if (parent && parent.level >= s.level) errors.push({ path: `sections[${i}].level`, message: `cấp ${s.level} không thấp hơn cấp ${parent.level} của mục cha "${parent.id}"`, messageEn: `level ${s.level} is not below level ${parent.level} of its parent "${parent.id}"` });
  });
  if (f.years.plan < f.years.report) errors.push({ path: 'years.plan', message: 'năm kế hoạch trước năm báo cáo', messageEn: 'plan year before the report year' });
  return errors;
}

/** Parses and checks the text of an outline file. */
export function loadOutlineFile(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    const detail = (e as Error).message;
    return { ok: false, errors: [{ path: '(tệp)', message: `không phải JSON hợp lệ (${detail})`, messageEn: `not valid JSON (${detail})` }] };
  }
  if (!validate(data)) {
    const seen = new Set<string>();
    const errors: OutlineFileError[] = [];
    for (const e of validate.errors ?? []) {
      const d = describe(e);
      const key = `${d.path}\u0000${d.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        errors.push(d);
      }
    }
    return { ok: false, errors };
  }
  const errors = semanticErrors(data);
  if (errors.length) return { ok: false, errors };
  return { ok: true, outline: fromOutlineFile(data), file: data };
}

/** One line per problem: "sections[3].kind: giá trị không hợp lệ ..." */
export function formatOutlineErrors(errors: OutlineFileError[], lang: 'vi' | 'en'): string {
  return errors.map((e) => `  ${e.path}: ${lang === 'en' ? e.messageEn : e.message}`).join('\n');
}
