// Builds hostile packages for the limit tests, small in memory: zip headers written by hand,
// DEFLATE streams of zeros whose inflated size is large but whose compressed size is small.
import { deflateSync, strToU8 } from 'fflate';
import { buildDocx, documentXml, p } from './docx-builder';

/** Writes bits least significant first, as DEFLATE does. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >> i) & 1);
  }

  /** A Huffman code: most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((value >> i) & 1);
  }

  private bit(b: number): void {
    this.current |= b << this.used;
    if (++this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }

  finish(): Uint8Array {
    if (this.used > 0) this.bytes.push(this.current);
    return Uint8Array.from(this.bytes);
  }
}

/**
 * A raw DEFLATE stream of `size` zero bytes (one fixed-Huffman block: a literal zero, then
 * matches of 258 bytes at distance 1): about 13 bits per 258 bytes.
 */
export function deflatedZeros(size: number): Uint8Array {
  const w = new BitWriter();
  w.bits(1, 1); // final block
  w.bits(1, 2); // fixed Huffman codes
  let left = size;
  if (left > 0) {
    w.code(0x30, 8); // literal 0
    left--;
  }
  for (; left >= 258; left -= 258) {
    w.code(0xc0 + (285 - 280), 8); // length 258
    w.code(0, 5); // distance 1
  }
  for (; left > 0; left--) w.code(0x30, 8);
  w.code(0, 7); // end of block
  return w.finish();
}

export interface RawEntry {
  name: string;
  /** The bytes as stored in the zip (already compressed for method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers declare. */
  size: number;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

function u64(n: number): number[] {
  return [...u32(n % 0x100000000), ...u32(Math.floor(n / 0x100000000))];
}

function concat(parts: (Uint8Array | number[])[]): Uint8Array {
  const total = parts.reduce((s, x) => s + x.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function centralHeader(entry: RawEntry, localOffset: number): Uint8Array {
  const name = strToU8(entry.name);
  return concat([
    [...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0x800), ...u16(entry.method), ...u32(0), ...u32(0)],
    [...u32(entry.data.length), ...u32(entry.size), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0)],
    [...u32(0), ...u32(localOffset)],
    name,
  ]);
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Uint8Array {
  return Uint8Array.from([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(Math.min(count, 0xffff)),
    ...u16(Math.min(count, 0xffff)),
    ...u32(directorySize),
    ...u32(directoryOffset),
    ...u16(0),
  ]);
}

export interface ZipOptions {
  /** Extra central-directory entries, by name, that point at the local header of entry `target`. */
  aliases?: { name: string; target: number }[];
  /** The entry count the end record declares (a zip64 end record when above 65535). */
  declaredCount?: number;
  /** Write a zip64 end record even for a small count. */
  zip64?: boolean;
}

/** A zip written by hand: local entries, a central directory, an end record. */
export function writeZip(entries: RawEntry[], options: ZipOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const header = Uint8Array.from([
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0x800),
      ...u16(entry.method),
      ...u32(0),
      ...u32(0),
      ...u32(entry.data.length),
      ...u32(entry.size),
      ...u16(name.length),
      ...u16(0),
    ]);
    offsets.push(at);
    parts.push(header, name, entry.data);
    at += header.length + name.length + entry.data.length;
  }
  const directoryOffset = at;
  const central: Uint8Array[] = entries.map((e, i) => centralHeader(e, offsets[i]));
  for (const alias of options.aliases ?? []) {
    central.push(centralHeader({ ...entries[alias.target], name: alias.name }, offsets[alias.target]));
  }
  const directory = concat(central);
  const count = options.declaredCount ?? central.length;
  const tail: Uint8Array[] = [];
  const zip64 = count > 0xffff || options.zip64 === true;
  if (zip64) {
    const zip64Offset = directoryOffset + directory.length;
    tail.push(
      Uint8Array.from([
        ...u32(0x06064b50),
        ...u64(44),
        ...u16(45),
        ...u16(45),
        ...u32(0),
        ...u32(0),
        ...u64(count),
        ...u64(count),
        ...u64(directory.length),
        ...u64(directoryOffset),
      ]),
      Uint8Array.from([...u32(0x07064b50), ...u32(0), ...u64(zip64Offset), ...u32(1)]),
    );
  }
  tail.push(endRecord(zip64 ? 0xffff : count, directory.length, directoryOffset));
  return concat([...parts, directory, ...tail]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A deflated entry of text. */
export function textEntry(name: string, text: string): RawEntry {
  const bytes = strToU8(text);
  return { name, data: deflateSync(bytes), method: 8, size: bytes.length };
}

/** A deflated entry of `size` zero bytes that declares `declared` bytes (default: the truth). */
export function zerosEntry(name: string, size: number, declared = size): RawEntry {
  return { name, data: deflatedZeros(size), method: 8, size: declared };
}

/** A small readable package: content types and a main document with these paragraphs. */
export function smallDocxEntries(paragraphs: string[] = ['Báo cáo']): RawEntry[] {
  return [
    textEntry('[Content_Types].xml', CONTENT_TYPES),
    textEntry('word/document.xml', documentXml(paragraphs.map((t) => p(t)).join(''))),
  ];
}

/** A .docx whose main document inflates to `size` zero bytes, declaring a small size. */
export function documentBomb(size: number): Uint8Array {
  return writeZip([textEntry('[Content_Types].xml', CONTENT_TYPES), zerosEntry('word/document.xml', size, 1000)]);
}

/** A .docx whose first numbered list (upperLetter) starts at `start`, with `count` paragraphs in it. */
export function numberingTrap(start: string, count = 3): Uint8Array {
  const numbering =
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="upperLetter"/>` +
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
  const body = Array.from({ length: count }, (_, i) => p(`Mục ${i + 1}`, { numId: 1, ilvl: 0 })).join('');
  return buildDocx({ body, numbering });
}
