// A tiny terminal for tests: applies what a reporter wrote (text, \r, \n, cursor up, erase to line
// end, erase below, colour and mode codes) to a grid of lines, so a test can see the screen a user
// would see after many redraws, not just the bytes.
export class VirtualTerminal {
  lines: string[] = [''];
  row = 0;
  col = 0;
  /** Every escape sequence seen, for assertions (e.g. no colour under NO_COLOR). */
  escapes: string[] = [];

  constructor(readonly columns = 100) {}

  write(text: string): void {
    for (let i = 0; i < text.length; ) {
      const ch = text[i] as string;
      if (ch === '\x1b') {
        // eslint-disable-next-line no-control-regex
        const m = /^\x1b\[([0-9;?]*)([ -/]*)([@-~])/.exec(text.slice(i));
        if (!m) throw new Error(`unknown escape at ${JSON.stringify(text.slice(i, i + 8))}`);
        this.escapes.push(m[0]);
        this.apply(m[1] ?? '', m[3] ?? '');
        i += m[0].length;
        continue;
      }
      if (ch === '\n') {
        this.row++;
        this.col = 0;
        while (this.lines.length <= this.row) this.lines.push('');
      } else if (ch === '\r') {
        this.col = 0;
      } else {
        const line = (this.lines[this.row] ?? '').padEnd(this.col, ' ');
        this.lines[this.row] = line.slice(0, this.col) + ch + line.slice(this.col + 1);
        this.col++;
        if (this.col > this.columns) throw new Error(`line ${this.row} wrapped past ${this.columns} columns: ${this.lines[this.row]}`);
      }
      i++;
    }
  }

  private apply(params: string, command: string): void {
    const n = Number(params || '1');
    if (command === 'A') this.row = Math.max(0, this.row - n);
    else if (command === 'K') this.lines[this.row] = (this.lines[this.row] ?? '').slice(0, this.col);
    else if (command === 'J') {
      this.lines[this.row] = (this.lines[this.row] ?? '').slice(0, this.col);
      this.lines.length = this.row + 1;
    }
    // m (colours), h/l (modes): nothing to draw.
  }

  /** The screen, without trailing empty lines. */
  screen(): string[] {
    const out = this.lines.map((l) => l.trimEnd());
    while (out.length > 0 && out.at(-1) === '') out.pop();
    return out;
  }
}
