/**
 * How a Crash Stats REST endpoint is declared: its name, methods, parameters and response
 * shape. The router reads parameters from the declaration and builds every response from the
 * declared shape, so a key nobody declared never reaches a client.
 */
import type { Caller } from '../auth/caller.js';
import type { Permission } from '../auth/permissions.js';
import type { ServiceDependencies } from '../services/api-services.js';
import type { ResponseShape } from './response-shape.js';

/** One form parameter. */
export interface ParameterSpec {
  readonly type: 'string' | 'integer';
  readonly required?: boolean;
  /** Repeated keys give several values. */
  readonly list?: boolean;
  /** Allowed values. */
  readonly choices?: readonly string[];
  readonly defaultValue?: string;
  readonly description: string;
}

/** Parameter values read by the declaration: strings, integers, or lists of them. */
export type ParameterValues = Readonly<
  Record<string, string | number | readonly (string | number)[] | undefined>
>;

/** What a handler gets. */
export interface RestRequest {
  readonly caller: Caller;
  readonly deps: ServiceDependencies;
  /** Declared parameters, read and checked. */
  readonly parameters: ParameterValues;
  /** Every parameter as sent (for endpoints whose parameters are the field catalog). */
  readonly rawParameters: URLSearchParams;
}

/** What a handler answers. */
export type RestReply =
  | { readonly kind: 'json'; readonly body: unknown; readonly shape?: ResponseShape }
  | { readonly kind: 'binary'; readonly bytes: Uint8Array; readonly fileName: string };

/** A Crash Stats endpoint. */
export interface RestEndpoint {
  /** The name in `/api/<name>/`. */
  readonly name: string;
  readonly methods: readonly ('GET' | 'POST')[];
  readonly description: string;
  /** Declared parameters; `catalog` means every Super Search field and meta parameter. */
  readonly parameters: Readonly<Record<string, ParameterSpec>> | 'catalog';
  /** The permission the endpoint (or part of it) needs, for the docs. */
  readonly permission?: Permission;
  /** The response's shape; `binary` for downloads, `document` for whole crash documents. */
  readonly response: ResponseShape;
  /** Cache-Control of successful answers (the reference never caches crash documents). */
  readonly cacheControl?: string;
  handle(request: RestRequest): Promise<RestReply>;
}
