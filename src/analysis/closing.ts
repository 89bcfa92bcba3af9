// The closing blocks of the report: "Nơi nhận" with its recipients, and the signature block
// ("TM. BAN THƯỜNG TRỰC", the title line, the space left for the signature, the signer's name).
// Two rules, and the line classifiers that outline recovery uses to end the last section.
import { fold } from './normalize';
import type { Rule } from './rule';
import type { SnapshotParagraph } from './types';

/** "TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH", "TL. BAN THƯỜNG TRỰC", "T/M ỦY BAN", "TUQ. CHỦ TỊCH". */
const SIGNATURE_RE =
  /^(t ?m|thay mat|k ?t|ky thay|q|quyen|t ?l|thua lenh|tuq|thua uy quyen)\s+(ban|uy ban|chu tich|pho chu tich|truong ban|thuong truc|chanh van phong|bi thu)\b/;
const RECIPIENTS_RE = /^noi nhan\b/;

/** Title lines of a signer in administrative documents (folded). */
const TITLES = [
  'chu tich',
  'pho chu tich',
  'pho chu tich thuong truc',
  'uy vien thuong truc',
  'truong ban',
  'pho truong ban',
  'chanh van phong',
  'pho chanh van phong',
  'bi thu',
  'pho bi thu',
];

/**
 * Words (lower case, as written) that are never part of a signer's name but occur in titles,
 * recipients and body text. Words that are also names ("Thư", "Lưu", "Việt", "Như") are not here;
 * the phrases in NOT_NAME_PHRASES catch their titles.
 */
const NOT_NAME_WORDS = new Set(
  'tm kt tl tuq mttq ubmttq ubnd hđnd hdnd vt ban chủ tịch tich phó thường trực ủy uỷ viên trưởng bí nơi nhận ký tên ghi rõ họ đóng dấu đã mặt trận đảng huyện tỉnh xã phường trên các số ngày tháng năm báo cáo'.split(' '),
);
const NOT_NAME_PHRASES = /\b(chu tich|thuong truc|noi nhan|ghi ro|ban thuong|uy ban|mat tran|luu vt|bi thu|truong ban|ho va ten|ho ten)\b/;

function squeeze(text: string): string {
  return fold(text.length > 120 ? text.slice(0, 120) : text);
}

/** "TM. BAN THƯỜNG TRỰC" and its kin (folded text of a line). */
export function isSignatureLine(folded: string): boolean {
  return SIGNATURE_RE.test(folded);
}

export function isRecipientsLine(folded: string): boolean {
  return RECIPIENTS_RE.test(folded);
}

/** A title line on its own ("CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"), folded. */
export function isTitleLine(folded: string, extra: readonly string[] = []): boolean {
  return TITLES.includes(folded) || extra.some((t) => fold(t) === folded);
}

/** Any line that opens a closing block: "Nơi nhận", "TM. …", a title line alone. */
export function isClosingLine(text: string, extraTitles: readonly string[] = []): boolean {
  if (text.length > 120) return false;
  const f = squeeze(text);
  return isRecipientsLine(f) || isSignatureLine(f) || isTitleLine(f, extraTitles);
}

/**
 * True for a person's name as it is written under a signature: two to five words, each starting
 * with a capital ("Nguyễn Văn An", "NGUYỄN THỊ MINH HẰNG", "Y Ngông Niê Kdăm"); not a title, not a
 * placeholder ("Nguyễn Văn A", "Họ và tên", dots).
 */
export function isPersonName(line: string): boolean {
  const t = line
    .trim()
    .replace(/^(đ\/c|đồng chí|(pgs\.\s*)?ts\.|ths\.|cn\.|ks\.|bs\.)\s*/iu, '')
    .replace(/[.,;:]+$/u, '');
  if (t.length < 4 || t.length > 60) return false;
  const parts = t.split(/\s+/u);
  if (parts.length < 2 || parts.length > 5) return false;
  for (const w of parts) {
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(w) || NOT_NAME_WORDS.has(w.toLowerCase())) return false;
  }
  // A placeholder: "Nguyễn Văn A", "Trần Thị B", "Xxx".
  const last = parts[parts.length - 1];
  if (/^\p{Lu}$/u.test(last) || /^x+$/iu.test(last)) return false;
  return !NOT_NAME_PHRASES.test(fold(t));
}

/** Lines of the paragraphs from `from` on: a paragraph may hold several (line breaks in a cell). */
function linesFrom(paras: SnapshotParagraph[], from: number, limit: number): { text: string; paragraph: number; inTable: boolean }[] {
  const out: { text: string; paragraph: number; inTable: boolean }[] = [];
  for (let i = from; i < paras.length && out.length < limit; i++) {
    const p = paras[i];
    if (p.isGuidancePlaceholder) continue;
    for (const line of p.text.split(/[\n\v\r]+/u)) out.push({ text: line.trim(), paragraph: i, inTable: p.inTable === true });
  }
  return out;
}

/** First paragraph to look at for the closing blocks. */
function closingFrom(paras: SnapshotParagraph[], closingStart: number): number {
  return Math.max(0, Math.min(closingStart, paras.length - 80));
}

export type SignatureState = { kind: 'none' } | { kind: 'signed'; paragraph: number } | { kind: 'unsigned'; paragraph: number; block: string; noteLeft: boolean };

/** Finds the signature block and tells whether the signer's name stands under it. */
export function readSignature(paras: SnapshotParagraph[], closingStart: number, extraTitles: readonly string[] = []): SignatureState {
  const lines = linesFrom(paras, closingFrom(paras, closingStart), 400);
  let start = -1;
  for (let k = 0; k < lines.length && start < 0; k++) {
    if (lines[k].text.length > 120) continue;
    const f = squeeze(lines[k].text);
    if (isSignatureLine(f) || isTitleLine(f, extraTitles) || titleThenName(lines[k].text, extraTitles)) start = k;
  }
  if (start < 0) return { kind: 'none' };
  const block = lines[start].text;
  const paragraph = lines[start].paragraph;
  let noteLeft = false;
  for (let k = start; k < lines.length && k < start + 25; k++) {
    const { text, inTable } = lines[k];
    if (text === '' || /^[.…_\-–\s]+$/u.test(text)) continue; // the space left for the signature
    const f = squeeze(text);
    if (k > start && isRecipientsLine(f)) {
      // Signature first, then "Nơi nhận" in plain paragraphs: the block has ended.
      if (!inTable) break;
      continue;
    }
    if (isSignatureLine(f) || isTitleLine(f, extraTitles)) {
      continue;
    }
    if (titleThenName(text, extraTitles)) return { kind: 'signed', paragraph };
    if (/^\(.*\)$/su.test(text)) {
      // "(ký, ghi rõ họ tên)", "(Đã ký)", "(Ký tên, đóng dấu)": a note, not a name.
      if (/ghi ro ho ten|ho ten/.test(f)) noteLeft = true;
      continue;
    }
    if (/^[-+•*–]/u.test(text) || /[;,]$/u.test(text)) continue; // a recipient beside the block
    if (isPersonName(text)) return { kind: 'signed', paragraph };
  }
  return { kind: 'unsigned', paragraph, block, noteLeft };
}

/** "CHỦ TỊCH Nguyễn Văn An" on one line. */
function titleThenName(text: string, extraTitles: readonly string[]): boolean {
  const words = text.trim().split(/\s+/u);
  for (let n = 1; n <= 4 && n < words.length - 1; n++) {
    if (isTitleLine(fold(words.slice(0, n).join(' ')), extraTitles) && !isTitleLine(fold(words.slice(0, n + 1).join(' ')), extraTitles)) {
      return isPersonName(words.slice(n).join(' '));
    }
  }
  return false;
}

/** The signature block must be there and have the signer's name under it. */
export const signatureRule: Rule = (context) => {
  const { paragraphs, outline, template } = context;
  const state = readSignature(paragraphs, outline.closingStart, template.signature.titles ?? []);
  const heading = template.signature.heading;
  if (state.kind === 'none') {
    context.report({ code: 'signature-missing', paragraph: Math.max(0, paragraphs.length - 1), data: { block: heading } });
  } else if (state.kind === 'unsigned') {
    context.report({
      code: 'signature-missing',
      paragraph: state.paragraph,
      data: state.noteLeft ? { block: state.block, note: template.signature.note } : { block: state.block },
      messageId: state.noteLeft ? 'signature-note-left' : 'signature-no-name',
    });
  }
};

/** "Nơi nhận" with at least one real recipient. */
export const recipientsRule: Rule = (context) => {
  const { paragraphs: paras, outline, template } = context;
  const extra = template.signature.titles ?? [];
  let recipients = -1;
  for (let i = closingFrom(paras, outline.closingStart); i < paras.length && recipients < 0; i++) {
    if (isRecipientsLine(squeeze(paras[i].text))) recipients = i;
  }
  let hasRecipient = false;
  if (recipients >= 0) {
    const inline = paras[recipients].text.replace(/^[^:]*:?/, '').trim();
    if (/\p{L}/u.test(inline)) hasRecipient = true;
    for (let i = recipients + 1; i < Math.min(paras.length, recipients + 15) && !hasRecipient; i++) {
      const t = paras[i].text.trim();
      if (isClosingLine(t, extra)) break;
      if (/\p{L}/u.test(t) && !paras[i].isGuidancePlaceholder && !/^\(?\s*(ký|ky)\b/iu.test(t)) hasRecipient = true;
    }
  }
  if (!hasRecipient) context.report({ code: 'recipients-missing', paragraph: recipients >= 0 ? recipients : Math.max(0, paras.length - 1) });
};
