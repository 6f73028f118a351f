// What the HTML report shows, as plain data: the builder turns it into HTML without any I/O, so
// tests can feed it anything (a prompt with `<script>` in it, a failed shot, no film).
import type { Money } from '../../core/money.js';
import type { ShotStateKind } from '../shot-state.js';
import type { ReportAttempt } from './attempts.js';

/** A link relative to report.html (already URL-encoded). */
export type Href = string;

export interface ReportInput {
  /** e.g. "first frame", "reference image 2". */
  slot: string;
  /** What feeds it: "last frame of wake-up", "assets/cat.png", a URL. */
  label: string;
  /** The shot it comes from, when it is another shot's output. */
  shot?: string;
  thumb?: Href;
}

export interface ReportShot {
  id: string;
  /** 1-based position in the manifest. */
  number: number;
  prompt?: string;
  state: ShotStateKind;
  /** The state in words: "fresh", "stale: prompt changed", "failed: OutputVideoSensitiveContentDetected". */
  stateText: string;
  /** What was asked: [label, value] in display order. */
  settings: [string, string][];
  seed?: number;
  /** The versioned model the service reported. */
  model?: string;
  taskId?: string;
  tokens?: number;
  /**
   * With a price table: what the shot is estimated to cost as the manifest asks it now (absent when
   * the table has no price for it), and what the tasks of its clip (its retries too) were billed, from
   * the lock's ledger (one amount per currency; empty when none is recorded).
   */
  cost?: { estimated?: Money; billed: Money[] };
  /** What went wrong, and what to do next (the `next:` line the terminal printed). */
  error?: { code: string; message: string; hint?: string };
  /** The duration asked for, when the manifest names one. */
  askedSeconds?: number;
  /** Where the shot is in the film on disk (its chapter), when it is in it. */
  inFilm?: { start: number; end: number };
  video?: Href;
  /** Width and height of the video, where known (keeps the layout steady before it loads). */
  size?: readonly [number, number];
  firstFrame?: Href;
  lastFrame?: Href;
  inputs: ReportInput[];
  /** Shots that use this one's outputs. */
  usedBy: string[];
  /** The attempts of its last run that ended without a clip (refusals and failures), oldest first. */
  attempts?: ReportAttempt[];
  /** Other clips of the shot to choose from, shown side by side; empty until takes exist. */
  takes: ReportTake[];
}

export interface ReportTake {
  /** e.g. "take 2". */
  label: string;
  video?: Href;
  poster?: Href;
  /** This take is the one the film uses. */
  chosen?: boolean;
}

export interface ReportChapter {
  id: string;
  start: number;
  end: number;
}

export interface ReportFilm {
  /** The film's file name, for display. */
  name: string;
  /** Present when the film exists. */
  video?: Href;
  poster?: Href;
  size?: readonly [number, number];
  durationSeconds?: number;
  /** With concat.loudness: the target and what was measured after levelling (LUFS). */
  loudness?: { target: number; measured: number };
  chapters: ReportChapter[];
  /** Why there is no film, or why it is out of date. */
  note?: string;
}

export interface ReportData {
  title: string;
  /** The manifest's file name. */
  manifest: string;
  api: 'native' | 'openai';
  /** ISO 8601. */
  generatedAt: string;
  film?: ReportFilm;
  /** Shot ids in film order: the film's shots first, then the rest in manifest order (the contact sheet's order). */
  filmOrder: string[];
  /** In manifest order (the cards' order). */
  shots: ReportShot[];
  /**
   * With a price table: the shots' estimates summed, what their clips' tasks were billed, and what
   * every task of every run was billed (the whole ledger, replaced clips too).
   */
  cost?: { estimated: Money; billed: Money[]; allRuns: Money[] };
}
