// Which paragraphs of a Word 97-2003 file lie in a table, from their properties (MS-DOC 2.4.6.2):
// the paragraph property runs (PlcBtePapx -> PapxFkp) whose grpprl sets sprmPFInTable, or a
// table depth (sprmPItap) above 0. Ranges come as file offsets and are mapped to character
// positions through the piece table.
import type WordOleExtractor from 'word-extractor/lib/word-ole-extractor';

const SPRM_IN_TABLE = 0x2416;
const SPRM_INNER_TABLE_CELL = 0x244b;
const SPRM_INNER_TTP = 0x244c;
const SPRM_ITAP = 0x6649;
const SPRM_TDEF_TABLE = 0xd608;
const FKP_SIZE = 512;

/** Whether a paragraph's grpprl (after its 2-byte style index) says it is in a table. */
function setsInTable(grpprl: Buffer): boolean {
  let at = 2;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    const spra = sprm >> 13;
    if (at >= grpprl.length) break;
    if ((sprm === SPRM_IN_TABLE || sprm === SPRM_INNER_TABLE_CELL || sprm === SPRM_INNER_TTP) && grpprl[at] !== 0) return true;
    if (sprm === SPRM_ITAP && at + 4 <= grpprl.length && grpprl.readInt32LE(at) > 0) return true;
    if (spra === 0 || spra === 1) at += 1;
    else if (spra === 2 || spra === 4 || spra === 5) at += 2;
    else if (spra === 3) at += 4;
    else if (spra === 7) at += 3;
    else if (sprm === SPRM_TDEF_TABLE) at += 1 + grpprl.readUInt16LE(at);
    else at += 1 + grpprl[at];
  }
  return false;
}

/** Sorted, merged character-position ranges [start, end) of the paragraphs in tables. */
export function tableRanges(fib: Buffer, table: Buffer, pieces: readonly WordOleExtractor.Piece[]): [number, number][] {
  const fc = fib.readUInt32LE(0x102);
  const lcb = fib.readUInt32LE(0x106);
  const plc = table.subarray(fc, fc + lcb);
  const count = Math.floor((plc.length - 4) / 8);
  const files: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const page = plc.readUInt32LE((count + 1) * 4 + i * 4);
    const fkp = fib.subarray(page * FKP_SIZE, (page + 1) * FKP_SIZE);
    if (fkp.length < FKP_SIZE) continue;
    const runs = fkp[FKP_SIZE - 1];
    for (let j = 0; j < runs; j++) {
      const offset = fkp[(runs + 1) * 4 + j * 13] * 2;
      if (offset === 0) continue;
      const cb = fkp[offset];
      const grpprl = cb !== 0 ? fkp.subarray(offset + 1, offset + 2 * cb) : fkp.subarray(offset + 2, offset + 2 + 2 * fkp[offset + 1]);
      if (setsInTable(grpprl)) files.push([fkp.readUInt32LE(j * 4), fkp.readUInt32LE((j + 1) * 4)]);
    }
  }
  const ranges: [number, number][] = [];
  for (const [start, end] of files) {
    for (const piece of pieces) {
      const lo = Math.max(start, piece.startFilePos);
      const hi = Math.min(end, piece.startFilePos + piece.size);
      if (lo < hi) ranges.push([piece.startCp + (lo - piece.startFilePos) / piece.bpc, piece.startCp + (hi - piece.startFilePos) / piece.bpc]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Whether character position `cp` lies in one of the sorted ranges. */
export function inRanges(ranges: readonly [number, number][], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid][0]) hi = mid - 1;
    else if (cp >= ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}
