// Lines of a stream, each at most `maxBytes` long (UTF-8, without its end of line): a longer line
// is never held in memory; it comes out as { tooLong: true } in its place, so the lines that
// follow keep their numbers. "\n" and "\r\n" both end a line; a last line without one counts.

export type Line = { text: string; tooLong?: undefined } | { text?: undefined; tooLong: true };

export async function* boundedLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false;
  const finish = (last: Buffer): Line => {
    let line = parts.length ? Buffer.concat([...parts, last]) : last;
    parts = [];
    length = 0;
    if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    return line.length > maxBytes ? { tooLong: true } : { text: line.toString('utf8') };
  };
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(0x0a, start);
      const piece = buffer.subarray(start, end < 0 ? buffer.length : end);
      // One byte of slack for the "\r" of "\r\n".
      if (!skipping && length + piece.length > maxBytes + 1) {
        skipping = true;
        parts = [];
        length = 0;
      }
      if (end < 0) {
        if (!skipping && piece.length) {
          parts.push(Buffer.from(piece));
          length += piece.length;
        }
        break;
      }
      if (skipping) {
        skipping = false;
        yield { tooLong: true };
      } else {
        yield finish(piece);
      }
      start = end + 1;
    }
  }
  if (skipping) yield { tooLong: true };
  else if (length) yield finish(Buffer.alloc(0));
}
