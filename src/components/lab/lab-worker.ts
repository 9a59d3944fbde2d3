/// <reference lib="webworker" />
// The lab's Web Worker: fastText in WebAssembly, off the page's thread. Answers WorkerRequest messages.
import { getFastTextModule } from 'fasttext.wasm.js/common';
import { loadModel, trainModel, type LabModel } from '../../lab/engine.ts';
import type { ModelSlot, WorkerMessage, WorkerReplies, WorkerRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let wasmUrl = '';
const models: Partial<Record<ModelSlot, LabModel>> = {};
const getModule = () => getFastTextModule({ wasmPath: wasmUrl });

async function answer(request: WorkerRequest, id: number): Promise<WorkerReplies[keyof WorkerReplies]> {
  const start = performance.now();
  switch (request.type) {
    case 'load': {
      wasmUrl = request.wasmUrl;
      if (!models.A) {
        const response = await fetch(request.modelUrl);
        if (!response.ok) throw new Error(`The model could not be fetched (HTTP ${response.status}).`);
        models.A = await loadModel(getModule, new Uint8Array(await response.arrayBuffer()));
      }
      return { sizeBytes: models.A.sizeBytes, ms: performance.now() - start };
    }
    case 'train': {
      const model = await trainModel(getModule, request.lines, request.params, (progress) =>
        scope.postMessage({ id, kind: 'progress', progress } satisfies WorkerMessage),
      );
      models[request.slot] = model;
      return { sizeBytes: model.sizeBytes, ms: performance.now() - start };
    }
    case 'predict': {
      const model = models[request.model];
      if (!model) throw new Error(`Model ${request.model} is not loaded yet.`);
      const guesses = request.texts.map((text) => model.predict(text, 3));
      return { guesses, ms: performance.now() - start };
    }
  }
}

scope.addEventListener('message', (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  answer(request, id).then(
    (reply) => scope.postMessage({ id, kind: 'reply', reply } satisfies WorkerMessage),
    (error: unknown) =>
      scope.postMessage({
        id,
        kind: 'error',
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerMessage),
  );
});
