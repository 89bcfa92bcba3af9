// The closing blocks of an outline: "Nơi nhận" with its lines, and the signature block
// ("TM. BAN THƯỜNG TRỰC", the signer's title, "(ký, ghi rõ họ tên)").
import type { OutlineLine } from './lines';

/** Something of the document the import could not place, or a default it had to use. */
export interface ImportNote {
  /** Paragraph index in the document (0-based), when the note is about one line. */
  paragraph?: number;
  text: string;
  message: string;
  messageEn: string;
}

export const BULLET = /^[-+•*–—·▪●○◦■□◆◇❖➢►✓∙‣⁃]\s*/u;
export const RECIPIENTS = /^nơi\s+nhận\b/iu;
export const SIGNATURE = /^(TM|T\/M|KT|TL|TUQ)\.?\s+\p{Lu}|^BAN THƯỜNG TRỰC$/u;

export interface Closing {
  recipients: { heading: string; placeholder: string[] };
  signature: { heading: string; note: string };
}

/** Reads the closing blocks from line `from` on; what it cannot place, or a default it uses, goes to `notes`. */
export function readClosing(lines: OutlineLine[], from: number, notes: ImportNote[]): Closing {
  let recipients = { heading: 'Nơi nhận:', placeholder: ['................'] };
  let signature = { heading: 'TM. BAN THƯỜNG TRỰC', note: '(ký, ghi rõ họ tên)' };
  let foundRecipients = false;
  let foundSignature = false;
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].text;
    if (RECIPIENTS.test(t)) {
      foundRecipients = true;
      const heading = t.replace(/^(nơi\s+nhận\s*:?).*$/iu, '$1');
      const inline = t.slice(heading.length).trim();
      const placeholder: string[] = inline ? [inline] : [];
      while (i + 1 < lines.length && !SIGNATURE.test(lines[i + 1].text)) {
        placeholder.push(lines[i + 1].text.replace(BULLET, '').replace(/;$/u, ''));
        i++;
      }
      recipients = { heading, placeholder: placeholder.length ? placeholder : recipients.placeholder };
    } else if (SIGNATURE.test(t)) {
      foundSignature = true;
      signature = { heading: t, note: '' };
      // The signer's title ("CHỦ TỊCH") may stand between the heading and the note "(ký, ghi rõ họ tên)".
      for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
        const next = lines[k].text;
        if (/^\(.*\)$/u.test(next)) {
          signature.note = next;
          i = k;
          break;
        }
        if (next !== next.toLocaleUpperCase('vi')) break;
        i = k;
      }
    } else {
      notes.push({ paragraph: lines[i].index, text: t, message: 'sau khối chữ ký, bỏ qua', messageEn: 'after the signature block, left out' });
    }
  }
  if (!foundRecipients) notes.push({ text: recipients.heading, message: 'không thấy “Nơi nhận”; dùng mặc định', messageEn: 'no "Nơi nhận" found; the default is used' });
  if (!foundSignature) notes.push({ text: signature.heading, message: 'không thấy khối chữ ký; dùng mặc định', messageEn: 'no signature block found; the default is used' });
  return { recipients, signature };
}
