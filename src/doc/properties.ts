// What the paragraph properties of a Word 97-2003 file say about each paragraph (MS-DOC 2.4.6.2,
// 2.9.271): whether it lies in a table (sprmPFInTable, or a table depth sprmPItap above 0) and
// its heading level, from its outline level (sprmPOutLvl) or its style (a built-in "Heading n",
// sti 1-9, or a style based on one). Property runs come as file offsets (PlcBtePapx -> PapxFkp)
// and are mapped to character positions through the piece table.
import type WordOleExtractor from 'word-extractor/lib/word-ole-extractor';

const SPRM_IN_TABLE = 0x2416;
const SPRM_INNER_TABLE_CELL = 0x244b;
const SPRM_INNER_TTP = 0x244c;
const SPRM_ITAP = 0x6649;
const SPRM_OUTLINE_LEVEL = 0x2640;
const SPRM_TDEF_TABLE = 0xd608;
const FKP_SIZE = 512;
/** Run-by-piece steps before giving up on the properties (a crafted file could ask for billions). */
const WORK_LIMIT = 20_000_000;
/** fcStshf / lcbStshf and fcPlcfBtePapx / lcbPlcfBtePapx in the FIB. */
const STSHF = 0x00a2;
const PLCF_BTE_PAPX = 0x0102;

export interface ParagraphProperties {
  inTable?: boolean;
  headingLevel?: number;
}

interface Run {
  start: number;
  end: number;
  props: ParagraphProperties;
}

/** Heading level of each style index, from the style sheet: sti 1-9, or based on such a style. */
function styleLevels(fib: Buffer, table: Buffer): Map<number, number> {
  const levels = new Map<number, number>();
  const fc = fib.readUInt32LE(STSHF);
  const lcb = fib.readUInt32LE(STSHF + 4);
  if (lcb < 4 || fc + lcb > table.length) return levels;
  const stsh = table.subarray(fc, fc + lcb);
  const cbStshi = stsh.readUInt16LE(0);
  const count = stsh.readUInt16LE(2);
  const sti: number[] = [];
  const base: number[] = [];
  let at = 2 + cbStshi;
  for (let i = 0; i < count && at + 2 <= stsh.length; i++) {
    const cbStd = stsh.readUInt16LE(at);
    if (cbStd >= 4 && at + 6 <= stsh.length) {
      sti[i] = stsh.readUInt16LE(at + 2) & 0x0fff;
      base[i] = stsh.readUInt16LE(at + 4) >> 4;
    }
    at += 2 + cbStd;
  }
  for (let i = 0; i < count; i++) {
    let s = i;
    for (let hops = 0; hops < 10 && sti[s] !== undefined; hops++) {
      if (sti[s] >= 1 && sti[s] <= 9) {
        levels.set(i, sti[s]);
        break;
      }
      if (base[s] === 0x0fff || base[s] === s) break;
      s = base[s];
    }
  }
  return levels;
}

/** Reads a paragraph's grpprl (after its 2-byte style index). */
function readGrpprl(grpprl: Buffer, props: ParagraphProperties): void {
  let at = 2;
  while (at + 2 < grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    const spra = sprm >> 13;
    if ((sprm === SPRM_IN_TABLE || sprm === SPRM_INNER_TABLE_CELL || sprm === SPRM_INNER_TTP) && grpprl[at] !== 0) props.inTable = true;
    if (sprm === SPRM_ITAP && at + 4 <= grpprl.length && grpprl.readInt32LE(at) > 0) props.inTable = true;
    if (sprm === SPRM_OUTLINE_LEVEL) {
      if (grpprl[at] <= 8) props.headingLevel = grpprl[at] + 1;
      else delete props.headingLevel;
    }
    if (spra === 0 || spra === 1) at += 1;
    else if (spra === 2 || spra === 4 || spra === 5) at += 2;
    else if (spra === 3) at += 4;
    else if (spra === 7) at += 3;
    else if (sprm === SPRM_TDEF_TABLE) at += 1 + grpprl.readUInt16LE(at);
    else at += 1 + grpprl[at];
  }
}

/** The paragraph properties by character position of the paragraph mark. */
export function paragraphProperties(
  fib: Buffer,
  table: Buffer,
  pieces: readonly WordOleExtractor.Piece[],
): (cp: number) => ParagraphProperties {
  const levels = styleLevels(fib, table);
  const fc = fib.readUInt32LE(PLCF_BTE_PAPX);
  const lcb = fib.readUInt32LE(PLCF_BTE_PAPX + 4);
  const plc = table.subarray(fc, fc + lcb);
  const count = Math.floor((plc.length - 4) / 8);
  const runs: Run[] = [];
  let work = 0;
  for (let i = 0; i < count; i++) {
    const page = plc.readUInt32LE((count + 1) * 4 + i * 4);
    const fkp = fib.subarray(page * FKP_SIZE, (page + 1) * FKP_SIZE);
    if (fkp.length < FKP_SIZE) continue;
    const crun = fkp[FKP_SIZE - 1];
    for (let j = 0; j < crun; j++) {
      const offset = fkp[(crun + 1) * 4 + j * 13] * 2;
      if (offset === 0) continue;
      const cb = fkp[offset];
      const grpprl = cb !== 0 ? fkp.subarray(offset + 1, offset + 2 * cb) : fkp.subarray(offset + 2, offset + 2 + 2 * fkp[offset + 1]);
      if (grpprl.length < 2) continue;
      const props: ParagraphProperties = {};
      const level = levels.get(grpprl.readUInt16LE(0));
      if (level !== undefined) props.headingLevel = level;
      readGrpprl(grpprl, props);
      if (props.inTable === undefined && props.headingLevel === undefined) continue;
      const start = fkp.readUInt32LE(j * 4);
      const end = fkp.readUInt32LE((j + 1) * 4);
      work += pieces.length;
      if (work > WORK_LIMIT) throw new Error('too many paragraph property runs');
      for (const piece of pieces) {
        const lo = Math.max(start, piece.startFilePos);
        const hi = Math.min(end, piece.startFilePos + piece.size);
        if (lo < hi) {
          runs.push({ start: piece.startCp + (lo - piece.startFilePos) / piece.bpc, end: piece.startCp + (hi - piece.startFilePos) / piece.bpc, props });
        }
      }
    }
  }
  runs.sort((a, b) => a.start - b.start);
  return (cp) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < runs[mid].start) hi = mid - 1;
      else if (cp >= runs[mid].end) lo = mid + 1;
      else return runs[mid].props;
    }
    return {};
  };
}
