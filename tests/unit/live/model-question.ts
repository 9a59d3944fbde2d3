import type { QuestionSpec } from '../../../src/live/protocol';

/** A question as the presenter sends it: which model, three options (the first two suffice for most tests). */
export const modelQuestion: QuestionSpec = {
  kind: 'choose',
  ref: 'model',
  prompt: 'Which model?',
  options: [
    { id: 'xlmr', label: 'XLM-R', preview: 'big' },
    { id: 'distil', label: 'DistilmBERT', preview: 'small' },
    { id: 'fasttext', label: 'fastText', preview: 'tiny' },
  ],
};
