/// <reference lib="webworker" />
/**
 * The checks worker: lint and render run here, off the main thread, so typing never waits for them
 * (with 75 behaviors and 25 origins they take tens of milliseconds).
 */
// First: zod must be jitless before the imports below build any schema (see jitless-first).
import './jitless-first';
import type { ChecksRequest, ChecksResponse } from './checks-protocol';
import { lintPlain, renderShown } from './checks';

declare const self: DedicatedWorkerGlobalScope;

async function answer(request: ChecksRequest): Promise<unknown> {
  switch (request.type) {
    case 'lint':
      return lintPlain(request.config);
    case 'render':
      return renderShown(request.config, request.format);
    case 'checkSource': {
      // The importer (and js-yaml) load with the first template check, not with the wizard's lint.
      const { checkSourcePlain } = await import('./source-check');
      return checkSourcePlain(request.text, { ...(request.fileName ? { fileName: request.fileName } : {}), ...(request.distribution ? { distribution: request.distribution } : {}) });
    }
  }
}

self.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const request = event.data;
  answer(request)
    .then((value): ChecksResponse => ({ id: request.id, ok: true, value }))
    .catch((error: unknown): ChecksResponse => ({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }))
    .then((response) => self.postMessage(response));
};
