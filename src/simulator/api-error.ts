// The service's error answers. Handlers throw ApiFailure; the server turns it into the error body
// of the request's wire format: {"error":{"code","message","param","type"}}.

export type WireFormat = 'native' | 'openai';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** 400 InvalidParameter naming the offending field. */
export function invalid(param: string, message: string): ApiFailure {
  return new ApiFailure(400, 'InvalidParameter', message, param);
}

/** 400 MissingParameter for a required field. */
export function missing(param: string, message = `The required parameter \`${param}\` is missing.`): ApiFailure {
  return new ApiFailure(400, 'MissingParameter', message, param);
}

const NATIVE_TYPES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
};

const OPENAI_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'invalid_request_error',
  429: 'rate_limit_error',
};

export function errorBody(failure: { status: number; code: string; message: string; param?: string | undefined }, format: WireFormat): unknown {
  const type = format === 'native' ? (NATIVE_TYPES[failure.status] ?? 'InternalServerError') : (OPENAI_TYPES[failure.status] ?? 'server_error');
  const error: Record<string, string> = { code: failure.code, message: failure.message, type };
  if (failure.param !== undefined) error.param = failure.param;
  return { error };
}

/** The answer for an unexpected exception inside the simulator (a bug): the service's 500. */
export function internalFailure(error: unknown): ApiFailure {
  return new ApiFailure(500, 'InternalServiceError', `The simulator hit an internal error (a bug): ${(error as Error).message ?? String(error)}`);
}
