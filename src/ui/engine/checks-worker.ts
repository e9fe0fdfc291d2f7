/// <reference lib="webworker" />
/**
 * The checks worker: lint and render run here, off the main thread, so typing never waits for them
 * (with 75 behaviors and 25 origins they take tens of milliseconds).
 */
import type { ChecksRequest, ChecksResponse } from './checks-protocol';
import { lintPlain, renderShown } from './checks';
import { config as zodConfig } from 'zod/v4/core';

// zod probes `new Function` to speed up parsing; under the page's CSP (no 'unsafe-eval') that probe is
// blocked and reported as a CSP issue. Parse without it.
zodConfig({ jitless: true });

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const request = event.data;
  let response: ChecksResponse;
  try {
    const value = request.type === 'lint' ? lintPlain(request.config) : renderShown(request.config, request.format);
    response = { id: request.id, ok: true, value };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
