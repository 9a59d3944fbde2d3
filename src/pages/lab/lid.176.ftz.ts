import type { APIRoute } from 'astro';
import { LAB_FILES, labFileBytes } from '../../components/lab/assets';

/** /lab/lid.176.ftz: Facebook's language-identification model (176 languages), as fasttext.wasm.js ships it. */
export const GET: APIRoute = () =>
  new Response(labFileBytes('model'), { headers: { 'Content-Type': LAB_FILES.model.type } });
