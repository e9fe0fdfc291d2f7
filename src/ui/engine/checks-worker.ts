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
