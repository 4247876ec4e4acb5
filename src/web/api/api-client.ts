import type { z } from 'zod/mini';
import type { Locale } from '../i18n/locale';
import { ApiError } from './api-error';
import { requestJson } from './request-json';

/** The PARS API as the pages use it: answers are checked against a schema before use. */
export interface ApiClient {
  get<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T>;
  /**
   * POST or PUT; without a schema the answer is ignored (204 No Content, say). The body is sent
   * as JSON, or as multipart/form-data when it is a FormData (a file upload).
   */
  send<T>(method: 'POST' | 'PUT', path: string, body: unknown, schema: z.ZodMiniType<T>): Promise<T>;
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<void>;
}

/** What the client needs from the app around it. */
export interface ApiClientOptions {
  locale: Locale;
  /** Read at each call: the token changes whenever the session changes stage. */
  csrfToken: () => string | undefined;
  /** Told about every 401 answer, so that an ended session sends the user to sign in. */
  onUnauthenticated: (error: ApiError) => void;
}

/** Checks an answer against its schema; a mismatch means a server we do not understand. */
function parse<T>(schema: z.ZodMiniType<T>, body: unknown, status: number): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError('invalid', { status });
  return result.data;
}

/** Builds the API client for one UI language. */
export function createApiClient({ locale, csrfToken, onUnauthenticated }: ApiClientOptions): ApiClient {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, signal?: AbortSignal) => {
    try {
      return await requestJson({ method, path, locale, body, csrfToken: csrfToken(), signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onUnauthenticated(error);
      throw error;
    }
  };
  async function send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, schema?: z.ZodMiniType<T>) {
    const answer = await call(method, path, body);
    return schema ? parse(schema, answer, 200) : undefined;
  }
  return {
    get: async (path, schema, signal) => parse(schema, await call('GET', path, undefined, signal), 200),
    send: send as ApiClient['send'],
  };
}
