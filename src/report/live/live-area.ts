// A block of lines at the bottom of the terminal, redrawn in place: the cursor goes back up over
// the last frame and every line is rewritten and erased to its end, all in one write, so the
// terminal never shows a half-cleared table (no flicker). Terminals that know synchronized output
// (mode 2026) paint the frame at once; others ignore the request. Lines printed with `print()`
// scroll up above the block and stay. About a hundred lines instead of a dependency: log-update 6
// would do the same, but its current major needs Node 22 (widths come from string-width, text.ts).

const SYNC_START = '\x1b[?2026h';
const SYNC_END = '\x1b[?2026l';
const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
const ERASE_LINE_END = '\x1b[K';
const ERASE_BELOW = '\x1b[J';

export class LiveArea {
  private height = 0;
  private cursorHidden = false;
  private last: string[] = [];

  constructor(private readonly write: (text: string) => void) {}

  /** Replace the block with these lines (each must fit the terminal's width). */
  draw(lines: readonly string[]): void {
    if (lines.length === this.last.length && lines.every((l, i) => l === this.last[i])) return;
    let out = SYNC_START;
    if (!this.cursorHidden) {
      out += HIDE_CURSOR;
      this.cursorHidden = true;
    }
    out += this.up();
    for (const line of lines) out += `${line}${ERASE_LINE_END}\n`;
    if (lines.length < this.height) out += ERASE_BELOW;
    out += SYNC_END;
    this.write(out);
    this.height = lines.length;
    this.last = [...lines];
  }

  /** Print lines above the block, which is drawn again below them. */
  print(lines: readonly string[]): void {
    const frame = this.last;
    let out = SYNC_START + this.up() + ERASE_BELOW;
    for (const line of lines) out += `${line}\n`;
    this.height = 0;
    this.last = [];
    this.write(out + SYNC_END);
    if (frame.length > 0) this.draw(frame);
  }

  /** Leave the last frame on screen as it is and give the cursor back. */
  done(): void {
    if (this.cursorHidden) this.write(SHOW_CURSOR);
    this.cursorHidden = false;
    this.height = 0;
    this.last = [];
  }

  private up(): string {
    return this.height > 0 ? `\r\x1b[${this.height}A` : '\r';
  }
}

/** Calls `work` at most once per `intervalMs`, trailing calls included (the last state always shows). */
export class Throttle {
  private timer: NodeJS.Timeout | undefined;
  private lastRun = -Infinity;

  constructor(
    private readonly intervalMs: number,
    private readonly work: () => void,
    private readonly clock: () => number = Date.now,
  ) {}

  request(): void {
    if (this.timer) return;
    const wait = this.lastRun + this.intervalMs - this.clock();
    if (wait <= 0) {
      this.run();
      return;
    }
    this.timer = setTimeout(() => this.run(), wait);
    this.timer.unref?.();
  }

  /** Run now, cancelling a pending call. */
  flush(): void {
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    this.timer = undefined;
    this.lastRun = this.clock();
    this.work();
  }
}
