// The two wire formats behind one interface (API.md sections 1 and 2). Pure: paths, bodies and
// parsing; the HTTP is src/api's.
import type { ApiFormat } from '../models.js';
import { native } from './native.js';
import { openai } from './openai.js';
import type { WireFormat } from './wire-format.js';

const FORMATS: Record<ApiFormat, WireFormat> = { native, openai };

export function wireFormat(name: ApiFormat): WireFormat {
  return FORMATS[name];
}

export { findLostTask, type LostTaskSearch } from './lost.js';
export { NOT_FINGERPRINTED } from './native.js';
export { OPENAI_DEFAULT_SIZE } from './openai.js';
export { TERMINAL_STATUSES, type TaskInfo, type TaskStatus } from './task.js';
export type { InputResolver, ListQuery, TaskList, TaskRequest, WireFormat } from './wire-format.js';
