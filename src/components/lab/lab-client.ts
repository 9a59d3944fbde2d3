import type { TrainProgress } from '../../lab/engine.ts';
import type { WorkerMessage, WorkerReplies, WorkerRequest } from './protocol.ts';
import workerUrl from './lab-worker.ts?worker&url';

/** Where the page serves fastText's WebAssembly and the lid.176.ftz model (see src/pages/lab/). */
export const WASM_URL = '/lab/fasttext.wasm';
export const MODEL_URL = '/lab/lid.176.ftz';

/** The request that loads model A; absolute URLs, since the worker runs from a blob: URL. */
export const loadModelARequest = () =>
  ({
    type: 'load',
    wasmUrl: new URL(WASM_URL, location.href).href,
    modelUrl: new URL(MODEL_URL, location.href).href,
  }) as const;

/** A promise interface to one lab worker: `call` sends a request and resolves with its reply. */
export interface LabWorker {
  call<T extends WorkerRequest>(
    request: T,
    onProgress?: (progress: TrainProgress) => void,
  ): Promise<WorkerReplies[T['type']]>;
  terminate(): void;
}

/**
 * Starts a worker (nothing is fetched until a request asks for it). Errors reject the call with their message.
 * The worker boots from a blob: URL that imports the real script: a blob worker shares the page's service worker,
 * so its script, the WebAssembly and the model come from the lab's offline cache when the network is gone.
 */
export function startLabWorker(): LabWorker {
  const boot = new Blob([`import ${JSON.stringify(new URL(workerUrl, location.href).href)};`], {
    type: 'text/javascript',
  });
  const worker = new Worker(URL.createObjectURL(boot), { type: 'module', name: 'lab' });
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (reply: never) => void; reject: (error: Error) => void; onProgress?: (p: TrainProgress) => void }
  >();
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (!entry) return;
    if (message.kind === 'progress') entry.onProgress?.(message.progress);
    else {
      pending.delete(message.id);
      if (message.kind === 'reply') entry.resolve(message.reply as never);
      else entry.reject(new Error(message.error));
    }
  });
  worker.addEventListener('error', (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message || 'The lab worker failed to start.'));
    pending.clear();
  });
  return {
    call(request, onProgress) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (reply: never) => void, reject, onProgress });
        worker.postMessage({ id, request });
      });
    },
    terminate: () => worker.terminate(),
  };
}

/** A worker with model A loaded: the one the language-ID demo and the lab's steps share on a page. */
let shared: Promise<LabWorker> | undefined;
export function sharedWorkerWithModelA(): Promise<LabWorker> {
  shared ??= (async () => {
    const worker = startLabWorker();
    await worker.call(loadModelARequest());
    return worker;
  })().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
