// Reading a zip package within bounds, whatever its headers claim.
//
// The central directory is read here rather than by fflate's unzipSync, which trusts the file:
// it loops over the entry count of the end record and allocates each entry's declared size.
// Here the entry count is bounded (MAX_ENTRIES, and by the bytes actually there), entries that
// share their data are refused, and each entry is inflated only when asked for, in small steps
// with a byte counter: inflating stops as soon as the entry passes MAX_PART_BYTES, the package
// passes MAX_TOTAL_BYTES, or the entry passes the size it declares (by more than a little),
// before that memory is spent.
import { Inflate, inflateSync, strFromU8 } from 'fflate';
import { DocxError } from './errors';
import { MAX_ENTRIES, MAX_PART_BYTES, MAX_TOTAL_BYTES } from './limits';

export interface ZipEntry {
  /** Name as stored. */
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the central directory declares. */
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
/** DEFLATE's largest ratio: one compressed byte gives at most about 1032 bytes. */
const MAX_RATIO = 1032;
/**
 * Compressed bytes given to the inflater at a time: as many as cannot pass the bound, but at least
 * 16 KB (so a step overshoots by at most ~16 MB) and at most 64 KB.
 */
const MIN_STEP = 16 * 1024;
const MAX_STEP = 64 * 1024;
/** Bytes an entry may inflate to beyond the size it declares (honest zips declare it exactly). */
const DECLARED_SLACK = 1024 * 1024;

function u16(data: Uint8Array, at: number): number {
  return data[at] | (data[at + 1] << 8);
}

function u32(data: Uint8Array, at: number): number {
  return (data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24)) >>> 0;
}

function u64(data: Uint8Array, at: number): number {
  return u32(data, at) + u32(data, at + 4) * 0x100000000;
}

function damaged(detail: string): DocxError {
  return new DocxError('corrupt', detail);
}

function findEndRecord(data: Uint8Array): number {
  const last = data.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && u32(data, at) === END_RECORD) return at;
  }
  throw damaged('no end of central directory record');
}

/** Entry count, size and offset of the central directory, from the end record (or its zip64 form). */
function directoryBounds(data: Uint8Array): { count: number; offset: number } {
  const end = findEndRecord(data);
  let count = u16(data, end + 10);
  let offset = u32(data, end + 16);
  const locator = end - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && u32(data, locator) === ZIP64_LOCATOR) {
    const record = u64(data, locator + 8);
    if (record + 56 > data.length || u32(data, record) !== ZIP64_END_RECORD) throw damaged('bad zip64 end record');
    count = u64(data, record + 32);
    offset = u64(data, record + 48);
  }
  if (count > MAX_ENTRIES) throw new DocxError('too-many-entries', `${count} entries declared`);
  // Each entry takes at least 46 bytes: a count the bytes cannot hold is a lie.
  if (offset > data.length || count * CENTRAL_HEADER_SIZE > data.length - offset) {
    throw damaged(`central directory of ${count} entries does not fit in the file`);
  }
  return { count, offset };
}

/** The zip64 extended information extra field: the 64-bit values of the fields set to 0xFFFFFFFF. */
function zip64Values(data: Uint8Array, extraStart: number, extraEnd: number, wanted: boolean[]): number[] {
  const values: number[] = [];
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = u16(data, at);
    const size = u16(data, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const want of wanted) {
        if (!want) continue;
        if (field + 8 > at + 4 + size) break;
        values.push(u64(data, field));
        field += 8;
      }
      break;
    }
    at += 4 + size;
  }
  return values;
}

function readDirectory(data: Uint8Array): ZipEntry[] {
  const { count, offset } = directoryBounds(data);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > data.length || u32(data, at) !== CENTRAL_HEADER) {
      throw damaged(`central directory entry ${i + 1} of ${count} missing`);
    }
    const flags = u16(data, at + 8);
    const method = u16(data, at + 10);
    let compressedSize = u32(data, at + 20);
    let size = u32(data, at + 24);
    const nameLength = u16(data, at + 28);
    const extraLength = u16(data, at + 30);
    const commentLength = u16(data, at + 32);
    let localOffset = u32(data, at + 42);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > data.length) throw damaged(`central directory entry ${i + 1} truncated`);
    const wide = [size === 0xffffffff, compressedSize === 0xffffffff, localOffset === 0xffffffff];
    if (wide.some(Boolean)) {
      const values = zip64Values(data, extraStart, extraStart + extraLength, wide);
      let k = 0;
      if (wide[0]) size = values[k++] ?? size;
      if (wide[1]) compressedSize = values[k++] ?? compressedSize;
      if (wide[2]) localOffset = values[k++] ?? localOffset;
    }
    const name = strFromU8(data.subarray(nameStart, extraStart), (flags & 0x800) === 0);
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    at = next;
  }
  refuseOverlaps(entries);
  return entries;
}

/** Honest zips store each entry's data once: entries whose data overlap are a zip bomb's trick. */
function refuseOverlaps(entries: ZipEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    if (sorted[i].localOffset < previous.localOffset + LOCAL_HEADER_SIZE + previous.compressedSize) {
      throw new DocxError('overlapping-entries', `"${previous.name}" and "${sorted[i].name}" share their data`);
    }
  }
}

/** Counts the bytes inflated from one package against the limits. */
export class InflateBudget {
  private used = 0;

  constructor(
    readonly partLimit = MAX_PART_BYTES,
    readonly totalLimit = MAX_TOTAL_BYTES,
  ) {}

  /** How many more bytes one entry may inflate to. */
  allowance(): number {
    return Math.min(this.partLimit, this.totalLimit - this.used);
  }

  spend(bytes: number): void {
    this.used += bytes;
  }
}

function tooLarge(entry: ZipEntry, why: string): DocxError {
  return new DocxError('inflated-too-large', `${entry.name}: ${why}`);
}

/**
 * Inflates in steps small enough that one step cannot overshoot the bound by much (a step of n
 * compressed bytes gives at most ~1032 n bytes), and stops at the first step past it; the memory
 * spent on a bomb is the bound plus one step's output at most.
 */
function inflateBounded(compressed: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const allowance = budget.allowance();
  const stopAt = Math.min(allowance, entry.size + DECLARED_SLACK);
  const check = (size: number): void => {
    if (size > allowance) {
      throw tooLarge(entry, `inflates past the ${allowance < budget.partLimit ? 'package' : 'part'} limit (${allowance} bytes left)`);
    }
    if (size > stopAt) throw tooLarge(entry, `inflates past the ${entry.size} bytes it declares`);
  };
  if (compressed.length === 0) return new Uint8Array(0);
  if (compressed.length <= MIN_STEP) {
    // One step's worth: in one go, into a buffer of the declared size (one byte more shows a lie).
    // The buffer is never larger than the stream can fill (a declared size may lie).
    const expected = Math.min(entry.size, compressed.length * MAX_RATIO + 1024);
    let bytes = inflateSync(compressed, { out: new Uint8Array(expected + 1) });
    if (bytes.length > expected) bytes = inflateSync(compressed);
    check(bytes.length);
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    check(size);
    chunks.push(chunk);
  });
  for (let at = 0; at < compressed.length; ) {
    const step = Math.min(MAX_STEP, Math.max(MIN_STEP, Math.floor((stopAt - size) / MAX_RATIO)));
    const end = Math.min(compressed.length, at + step);
    inflater.push(compressed.subarray(at, end), end === compressed.length);
    at = end;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The entries of a zip package, inflated one by one on demand within an InflateBudget. */
export class ZipArchive {
  readonly entries: ZipEntry[];

  /** Throws DocxError: 'corrupt', 'too-many-entries' or 'overlapping-entries'. */
  constructor(
    private readonly data: Uint8Array,
    private readonly budget = new InflateBudget(),
  ) {
    this.entries = readDirectory(data);
  }

  /** The inflated bytes of an entry. Throws DocxError 'inflated-too-large' or 'corrupt'. */
  inflate(entry: ZipEntry): Uint8Array {
    const data = this.data;
    const local = entry.localOffset;
    if (local + LOCAL_HEADER_SIZE > data.length || u32(data, local) !== LOCAL_HEADER) {
      throw damaged(`${entry.name}: local header missing`);
    }
    const start = local + LOCAL_HEADER_SIZE + u16(data, local + 26) + u16(data, local + 28);
    const end = start + entry.compressedSize;
    if (end > data.length) throw damaged(`${entry.name}: data truncated`);
    if ((entry.flags & 1) !== 0) throw damaged(`${entry.name}: encrypted zip entry`);
    const compressed = data.subarray(start, end);
    const allowance = this.budget.allowance();
    const declared = entry.method === 0 ? compressed.length : entry.size;
    if (declared > allowance) {
      // The file itself says the part is too large: refused before inflating anything.
      throw tooLarge(entry, `declares ${declared} bytes, past the ${allowance < this.budget.partLimit ? 'package' : 'part'} limit`);
    }
    let bytes: Uint8Array;
    if (entry.method === 0) {
      bytes = compressed;
    } else if (entry.method === 8) {
      try {
        bytes = inflateBounded(compressed, entry, this.budget);
      } catch (error) {
        if (error instanceof DocxError) throw error;
        throw damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else {
      throw damaged(`${entry.name}: unsupported compression method ${entry.method}`);
    }
    this.budget.spend(bytes.length);
    return bytes;
  }
}
