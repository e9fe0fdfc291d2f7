/**
 * The page's side of the checks worker: `lint(config)` and `render(config, format)` as promises.
 * Without Worker support (or if the worker fails to start) the same functions run in the page,
 * loaded on demand.
 */
import type { ApifrontConfig } from '../../core/model/schema';
import type { ChecksJob, ChecksRequest, ChecksResponse, PlainFinding, RenderFormat, ShownFile, SourceCheck } from './checks-protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module', name: 'apifront-checks' });
    worker.onmessage = (event: MessageEvent<ChecksResponse>) => {
      const data = event.data;
      const entry = pending.get(data.id);
      if (!entry) return;
      pending.delete(data.id);
      if (data.ok) entry.resolve(data.value);
      else entry.reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      // A worker that cannot load: fail what is waiting and fall back to the page from now on.
      event.preventDefault();
      worker?.terminate();
      worker = null;
      for (const [id, entry] of pending) {
        pending.delete(id);
        entry.reject(new Error(event.message || 'the checks worker stopped'));
      }
    };
  } catch {
    worker = null;
  }
  return worker;
}

async function inPage<T>(request: ChecksJob): Promise<T> {
  if (request.type === 'checkSource') {
    const { checkSourcePlain } = await import('./source-check');
    return checkSourcePlain(request.text, { ...(request.fileName ? { fileName: request.fileName } : {}), ...(request.distribution ? { distribution: request.distribution } : {}) }) as T;
  }
  const checks = await import('./checks');
  return (request.type === 'lint' ? checks.lintPlain(request.config) : checks.renderShown(request.config, request.format)) as T;
}

function call<T>(request: ChecksJob): Promise<T> {
  const w = startWorker();
  if (!w) return inPage<T>(request);
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    w.postMessage({ ...request, id } as ChecksRequest);
  }).catch((error: unknown) => {
    // The worker died on the way: answer from the page instead of showing nothing.
    if (worker === null) return inPage<T>(request);
    throw error;
  });
}

export function lintInWorker(config: ApifrontConfig): Promise<PlainFinding[]> {
  return call<PlainFinding[]>({ type: 'lint', config });
}

export function renderInWorker(config: ApifrontConfig, format: RenderFormat): Promise<ShownFile[]> {
  return call<ShownFile[]>({ type: 'render', config, format });
}

/** Read and check a pasted or opened template in the worker: a 5 MB template must not freeze the page. */
export function checkSourceInWorker(text: string, options: { fileName?: string; distribution?: string } = {}): Promise<SourceCheck> {
  return call<SourceCheck>({ type: 'checkSource', text, ...options });
}

const ids = new WeakMap<object, number>();
let nextConfigId = 1;
/** A small stable key per config object, for query keys (cheaper than hashing the whole config). */
export function configKey(config: ApifrontConfig): number {
  let id = ids.get(config);
  if (id === undefined) {
    id = nextConfigId++;
    ids.set(config, id);
  }
  return id;
}
