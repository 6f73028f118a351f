// Small checks both wire formats share: field types, URLs, the model lookup.
import { ENDPOINT_ID_MODEL, findModel, type ApiFormat, type ModelCapabilities } from '../models.js';
import { ApiFailure, invalid, missing } from './api-error.js';

/**
 * The body without its `null` fields: the service treats `null` as absent, and the official SDKs
 * send every documented field, `null` where the caller set nothing (API.md "Create body").
 */
export function withoutNulls(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}

export function rejectUnknownFields(body: Record<string, unknown>, known: ReadonlySet<string>): void {
  for (const field of Object.keys(body)) {
    // Stricter than the service may be (unconfirmed): a misspelt field is refused, not ignored.
    if (!known.has(field)) throw invalid(field, `Unknown parameter \`${field}\`. Known: ${[...known].join(', ')}.`);
  }
}

export function checkBoolean(body: Record<string, unknown>, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw invalid(field, `${field} must be true or false; got ${JSON.stringify(value)}.`);
  return value;
}

export function checkInteger(body: Record<string, unknown>, field: string, min: number, max: number): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(field, `${field} must be an integer; got ${JSON.stringify(value)}.`);
  if (value < min || value > max) throw invalid(field, `${field} must be ${min}..${max}; got ${value}.`);
  return value;
}

/** A URL with one of the given schemes (`data:` URIs must be base64 with a media type). */
export function checkUrl(value: unknown, param: string, schemes: readonly string[]): string {
  if (typeof value !== 'string' || value === '') throw invalid(param, `${param} must be a URL.`);
  let scheme: string;
  try {
    scheme = new URL(value).protocol;
  } catch {
    throw invalid(param, `${param} is not a valid URL: ${JSON.stringify(value.slice(0, 80))}.`);
  }
  if (!schemes.includes(scheme)) {
    if (scheme === 'data:') throw invalid(param, `${param}: this input cannot be a base64 data URI; give a public URL or an asset:// id.`);
    throw invalid(param, `${param} must be ${schemes.map((s) => s.replace(':', '')).join(', ')}; got a ${scheme} URL.`);
  }
  if (scheme === 'data:' && !/^data:[\w.+-]+\/[\w.+-]+;base64,/i.test(value)) {
    throw invalid(param, `${param} must be a data URI of the form data:<type>/<subtype>;base64,<data>.`);
  }
  return value;
}

/**
 * The model's capabilities. Unknown models and models of the other wire format answer 404
 * InvalidEndpointOrModel.NotFound; an endpoint id `ep-...` acts as official 2.0.
 */
export function lookupModel(value: unknown, format: ApiFormat): ModelCapabilities {
  if (value === undefined) throw missing('model');
  if (typeof value !== 'string' || value === '') throw invalid('model', `model must be a string; got ${JSON.stringify(value)}.`);
  if (value.startsWith('ep-')) return findModel(ENDPOINT_ID_MODEL) as ModelCapabilities;
  const model = findModel(value);
  if (!model) throw new ApiFailure(404, 'InvalidEndpointOrModel.NotFound', `The model or endpoint ${value} does not exist or you do not have access to it.`, 'model');
  if (model.api !== format) {
    const where = model.api === 'openai' ? 'the OpenAI-compatible format (POST /v1/videos)' : 'the native format (POST /api/v3/contents/generations/tasks)';
    throw new ApiFailure(404, 'InvalidEndpointOrModel.NotFound', `The model ${value} is served by ${where}, not here.`, 'model');
  }
  return model;
}
