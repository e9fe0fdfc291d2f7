/// <reference lib="webworker" />
/**
 * The checks worker: lint and render run here, off the main thread, so typing never waits for them
 * (with 75 behaviors and 25 origins they take tens of milliseconds).
 */
import type { ChecksRequest, ChecksResponse } from './checks-protocol';
import { lintPlain, renderShown } from './checks';

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
