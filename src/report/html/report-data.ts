// What the HTML report shows, as plain data: the builder turns it into HTML without any I/O, so
// tests can feed it anything (a prompt with `<script>` in it, a failed shot, no film).
import type { ShotStateKind } from '../shot-state.js';

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
  error?: { code: string; message: string };
  video?: Href;
  /** Width and height of the video, where known (keeps the layout steady before it loads). */
  size?: readonly [number, number];
  firstFrame?: Href;
  lastFrame?: Href;
  inputs: ReportInput[];
  /** Shots that use this one's outputs. */
  usedBy: string[];
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
  shots: ReportShot[];
}
