// The text boxes of a Word 97-2003 main document and where they are anchored (MS-DOC 2.8.25):
// the text box story follows the main text, footnotes, headers, comments and endnotes; the
// PlcftxbxTxt splits it into boxes, each with the shape id (lid) of its shape; the PlcSpaMom
// gives each shape of the main text its anchor position and the same shape id. A box whose shape
// is not found (in a group, say) is placed at the end of the document.
const FIB_CCP = 0x4c;
/** fcPlcSpaMom / lcbPlcSpaMom and fcPlcftxbxTxt / lcbPlcftxbxTxt in FibRgFcLcb97. */
const PLC_SPA_MOM = 0x01da;
const PLC_TXBX_TXT = 0x025a;
const SPA_SIZE = 26;
const FTXBXS_SIZE = 22;

export interface TextBox {
  /** Character position of the shape's anchor in the main text; Infinity when not found. */
  anchor: number;
  /** The box's text, control characters kept (see text.ts). */
  text: string;
}

function plc(fib: Buffer, table: Buffer, at: number, dataSize: number): { cps: number[]; data: Buffer[] } {
  const fc = fib.readUInt32LE(at);
  const lcb = fib.readUInt32LE(at + 4);
  if (lcb < 4 || fc + lcb > table.length) return { cps: [], data: [] };
  const bytes = table.subarray(fc, fc + lcb);
  const n = Math.floor((lcb - 4) / (4 + dataSize));
  const cps: number[] = [];
  const data: Buffer[] = [];
  for (let i = 0; i <= n; i++) cps.push(bytes.readUInt32LE(i * 4));
  for (let i = 0; i < n; i++) data.push(bytes.subarray((n + 1) * 4 + i * dataSize, (n + 1) * 4 + (i + 1) * dataSize));
  return { cps, data };
}

/** The text boxes of the main document, in the order of the text box story. */
export function textBoxes(fib: Buffer, table: Buffer, text: (start: number, end: number) => string): TextBox[] {
  if (fib.length < PLC_TXBX_TXT + 8) return [];
  const ccp = (i: number): number => fib.readUInt32LE(FIB_CCP + i * 4);
  // ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, then ccpTxbx.
  const storyStart = ccp(0) + ccp(1) + ccp(2) + ccp(3) + ccp(4) + ccp(5);
  const storyLength = ccp(6);
  if (storyLength === 0) return [];
  const shapes = plc(fib, table, PLC_SPA_MOM, SPA_SIZE);
  const anchors = new Map<number, number>();
  shapes.data.forEach((spa, i) => anchors.set(spa.readInt32LE(0), shapes.cps[i]));
  const boxes = plc(fib, table, PLC_TXBX_TXT, FTXBXS_SIZE);
  const out: TextBox[] = [];
  boxes.data.forEach((ftxbxs, i) => {
    const reusable = ftxbxs.readUInt16LE(8) !== 0;
    const start = boxes.cps[i];
    const end = Math.min(boxes.cps[i + 1], storyLength);
    if (reusable || start >= end) return;
    out.push({ anchor: anchors.get(ftxbxs.readInt32LE(14)) ?? Infinity, text: text(storyStart + start, storyStart + end) });
  });
  return out;
}
