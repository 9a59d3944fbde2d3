import { FastTextModel, getFastTextClass } from 'fasttext.wasm.js/common';
import { labelToLanguage } from './input.ts';

/** Loads a fresh WebAssembly module: `getFastTextModule` from `fasttext.wasm.js` (Node) or its `/common` build. */
export type FastTextModule = Parameters<typeof getFastTextClass>[0]['getFastTextModule'];

/** A language and the model's probability for it (0–1). */
export interface Guess {
  lang: string;
  probability: number;
}

/** Hyper-parameters the lab lets a reader change; the rest are fixed (softmax loss, lr 0.5, minCount 1). */
export interface TrainParams {
  dim: number;
  bucket: number;
  wordNgrams: number;
  minn: number;
  maxn: number;
  epoch: number;
}

/** The lab's default model B: small and quick (a few seconds on one core). */
export const DEFAULT_TRAIN: TrainParams = { dim: 16, bucket: 50_000, wordNgrams: 1, minn: 2, maxn: 4, epoch: 25 };

/** One progress report from training: progress 0–1 and the current average loss. */
export interface TrainProgress {
  progress: number;
  loss: number;
}

/**
 * A model from its bytes (e.g. lid.176.ftz), in a WebAssembly module of its own from `getModule`. Writes the
 * bytes to the module's in-memory file system itself: the wrapper's own loader takes a module worker for Node.
 * One module per model: in fasttext.wasm.js 1.0.0 a second model in the same module made later trainings
 * fail now and then with a C++ exception.
 */
export async function loadModel(getModule: FastTextModule, bytes: Uint8Array): Promise<LabModel> {
  const FastText = await getFastTextClass({ getFastTextModule: getModule });
  const fastText = new FastText();
  fastText.fs.writeFile('model.bin', bytes);
  fastText.ft.loadModel('model.bin');
  return new LabModel(new FastTextModel(fastText.ft, fastText.core), bytes.byteLength);
}

/**
 * Trains a supervised model on `lines` (fastText format, `__label__xx text`) in a module of its own, reporting
 * progress about every 1 %. Passes loss 'softmax' explicitly (the wrapper's default is invalid and aborts
 * training) and always a callback function (null crashes). The wrapper fetches its training file, so the text
 * goes in a data: URL. Blocks the calling thread until done: in a browser, call it in a worker.
 */
export async function trainModel(
  getModule: FastTextModule,
  lines: readonly string[],
  params: TrainParams,
  onProgress: (p: TrainProgress) => void,
): Promise<LabModel> {
  const FastText = await getFastTextClass({ getFastTextModule: getModule });
  const fastText = new FastText();
  const url = `data:text/plain;charset=utf-8,${encodeURIComponent(lines.join('\n') + '\n')}`;
  let reported = -1;
  const callback = (progress: number, loss: number) => {
    const percent = Math.floor(progress * 100);
    if (percent > reported) {
      reported = percent;
      onProgress({ progress, loss });
    }
  };
  const kwargs = { ...params, lr: 0.5, minCount: 1, loss: 'softmax', verbose: 0 };
  const model = (await fastText.trainSupervised(url, kwargs, callback as () => void)) as FastTextModel;
  return new LabModel(model, model.saveModel().size);
}

/** A loaded or trained model: top-k guesses and its size in bytes (as saved by fastText). */
export class LabModel {
  private readonly model: FastTextModel;
  readonly sizeBytes: number;

  constructor(model: FastTextModel, sizeBytes: number) {
    this.model = model;
    this.sizeBytes = sizeBytes;
  }

  /** The `k` most probable languages for one line of text (newlines must be removed first). */
  predict(text: string, k = 1): Guess[] {
    const vector = this.model.predict(text, k, 0);
    const guesses: Guess[] = [];
    for (let i = 0; i < vector.size(); i += 1) {
      const [probability, label] = vector.get(i);
      guesses.push({ lang: labelToLanguage(label), probability: Math.min(1, probability) });
    }
    vector.delete();
    return guesses;
  }
}

/** Samples as fastText training lines: `__label__<lang> <text>`. */
export const toTrainingLines = (samples: readonly { lang: string; text: string }[]) =>
  samples.map(({ lang, text }) => `__label__${lang} ${text}`);
