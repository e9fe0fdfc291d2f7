/**
 * The few host globals core may use: those every place core runs (browser page, Web Worker, Node 20)
 * provides alike. Core's tsconfig has no DOM and no Node types, so anything else fails to compile.
 */
declare function structuredClone<T>(value: T): T;

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
