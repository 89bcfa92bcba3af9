// `check --json` writes its array as it goes, one element per file as soon as it is checked, so
// memory does not grow with the number of files. The text is exactly that of
// JSON.stringify(array, null, 2) followed by a newline.

export class JsonArrayStream {
  private count = 0;

  constructor(private readonly write: (text: string) => void) {}

  item(value: unknown): void {
    const body = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    this.write(`${this.count === 0 ? '[\n' : ',\n'}  ${body}`);
    this.count++;
  }

  end(): void {
    this.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}
