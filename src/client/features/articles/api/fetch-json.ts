import type { ZodMiniType } from 'zod/mini';
import { describeSchemaError } from '../../../../shared/describe-schema-error.ts';
import { DataLoadError, DataSchemaError, NotFoundError } from './data-errors.ts';

/** Fetch one JSON file and validate it: the only place that turns the network into typed data. */
export async function fetchJson<T>(
  url: string,
  schema: ZodMiniType<T>,
  what: string,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(what, 'the network request failed');
  }
  if (response.status === 404) throw new NotFoundError(what);
  if (!response.ok) throw new DataLoadError(what, `the server answered ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DataSchemaError(what, 'the file is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new DataSchemaError(what, describeSchemaError(parsed.error));
  return parsed.data;
}
