import type { APIRoute } from 'astro';
import { LAB_FILES, labFileBytes } from '../../components/lab/assets';

/** /lab/fasttext.wasm: fastText's WebAssembly build for browsers and workers (fasttext.wasm.js 1.0.0). */
export const GET: APIRoute = () =>
  new Response(labFileBytes('wasm'), { headers: { 'Content-Type': LAB_FILES.wasm.type } });
