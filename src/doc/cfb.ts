// A structural check of an OLE compound file (MS-CFB) before the .doc reader walks it: every
// sector chain must stay inside the file and never loop. A truncated download has chains that
// run past its end; a damaged or crafted file can have chains that loop, on which a reader that
// follows them would never stop.
import { DocError } from './errors';

const FREE_OR_SPECIAL = -1;
const MAX_SECTOR_COUNT = 1 << 24;

function int32(data: Uint8Array, at: number): number {
  return (data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24)) | 0;
}

function uint16(data: Uint8Array, at: number): number {
  return data[at] | (data[at + 1] << 8);
}

function corrupt(detail: string): DocError {
  return new DocError('doc-corrupt', detail);
}

/** Throws DocError 'doc-corrupt' when a chain leaves the file or loops. */
function checkTable(table: Int32Array, sectors: number, what: string): void {
  // 0 unvisited, 1 on the current path, 2 known to end well.
  const state = new Uint8Array(table.length);
  for (let start = 0; start < table.length; start++) {
    if (state[start] !== 0 || table[start] <= FREE_OR_SPECIAL) continue;
    const path: number[] = [];
    let at = start;
    while (at > FREE_OR_SPECIAL && state[at] === 0) {
      if (at >= table.length || at >= sectors) throw corrupt(`${what}: chain runs past the end of the file`);
      state[at] = 1;
      path.push(at);
      at = table[at];
    }
    if (at > FREE_OR_SPECIAL && state[at] === 1) throw corrupt(`${what}: sector chain loops`);
    for (const p of path) state[p] = 2;
  }
}

/** The sectors of one chain, in order (the chain is known to end well). */
function chain(table: Int32Array, start: number): number[] {
  const out: number[] = [];
  for (let at = start; at > FREE_OR_SPECIAL && at < table.length && out.length < table.length; at = table[at]) out.push(at);
  return out;
}

/**
 * Checks the allocation tables of a compound file: the header, the sectors of the allocation
 * table (FAT) and of the short-sector table, and that no chain of either leaves the file or loops.
 * Throws DocError 'doc-corrupt'.
 */
export function checkCompoundFile(data: Uint8Array): void {
  if (data.length < 512) throw corrupt('shorter than a compound file header');
  const shift = uint16(data, 30);
  if (shift !== 9 && shift !== 12) throw corrupt(`sector shift ${shift}`);
  const size = 1 << shift;
  const sectors = Math.floor((data.length - size) / size) + (data.length % size === 0 ? 0 : 1);
  if (sectors <= 0 || sectors > MAX_SECTOR_COUNT) throw corrupt('no sectors');
  const fatCount = int32(data, 44);
  if (fatCount <= 0 || fatCount > sectors) throw corrupt(`allocation table of ${fatCount} sectors`);
  const offset = (sector: number): number => (sector + 1) * size;

  // Where the allocation table lies: 109 entries in the header, then a chain of extension sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(int32(data, 76 + i * 4));
  let extension = int32(data, 68);
  for (let hops = 0; fatSectors.length < fatCount; hops++) {
    if (extension < 0 || extension >= sectors || hops > sectors) throw corrupt('allocation table extension runs past the end of the file');
    const base = offset(extension);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(int32(data, base + i * 4));
    extension = int32(data, base + size - 4);
  }
  const perSector = size / 4;
  const fat = new Int32Array(fatCount * perSector);
  fatSectors.forEach((sector, k) => {
    if (sector < 0 || sector >= sectors || offset(sector) + size > data.length) throw corrupt('allocation table sector past the end of the file');
    const base = offset(sector);
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = int32(data, base + i * 4);
  });
  checkTable(fat, sectors, 'allocation table');

  const miniStart = int32(data, 60);
  if (miniStart > FREE_OR_SPECIAL) {
    const miniSectors = chain(fat, miniStart);
    const mini = new Int32Array(miniSectors.length * perSector);
    miniSectors.forEach((sector, k) => {
      const base = offset(sector);
      for (let i = 0; i < perSector && base + i * 4 + 4 <= data.length; i++) mini[k * perSector + i] = int32(data, base + i * 4);
    });
    checkTable(mini, mini.length, 'short-sector table');
  }
}
