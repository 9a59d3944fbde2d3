/** A topic of the sources page: its anchor id, its heading, and the source ids it holds, in journey order. */
export interface SourceTopic {
  id: string;
  title: string;
  sources: readonly string[];
}

/**
 * The sources page's topics, in the order of the journey. A source id not listed here is still
 * shown, under "Other sources" at the end, so a new source is never hidden.
 */
export const SOURCE_TOPICS: readonly SourceTopic[] = [
  {
    id: 'language-identification',
    title: 'Language identification and word vectors',
    sources: [
      'fasttext-langid',
      'fasttext-crawl-vectors',
      'fasttext-vectors-7gb',
      'fasttext-predict-pypi',
      'fasttext-numpy2-issue',
    ],
  },
  {
    id: 'hosted-apis-and-privacy',
    title: 'Hosted LLM APIs, privacy and regulation',
    sources: ['openai-data-controls', 'openai-pricing', 'gdpr-chapter-v'],
  },
  {
    id: 'models',
    title: 'Models: sizes, languages and published results',
    sources: [
      'hf-pretrained-models',
      'bert-multilingual',
      'xlmr-paper',
      'xlmr-fairseq',
      'xlmr-base-config',
      'xlmr-embedding-issue',
      'distilbert-paper',
      'tinybert-paper',
      'mobilebert-paper',
      'minilm-v2-readme',
      'multilingual-minilm-card',
      'multilingual-minilm-v1-card',
      'multilingual-minilm-size',
      'load-what-you-need',
      'llama-3-2-1b-llamafile',
    ],
  },
  {
    id: 'benchmarks-and-metrics',
    title: 'Benchmarks, metrics and the terms of classification',
    sources: [
      'xnli-paper',
      'glue-paper',
      'mrpc-paper',
      'mlqa-paper',
      'sklearn-f1-score',
      'sklearn-cohen-kappa',
      'pytorch-softmax',
      'sentencepiece-paper',
      'calibration-paper',
    ],
  },
  {
    id: 'optimisation',
    title: 'Quantization, distillation, pruning and vocabulary trimming',
    sources: [
      'pytorch-dynamic-quant-bert',
      'intel-bert-int8-dynamic',
      'intel-bert-int8-static',
      'ort-quantization-docs',
      'torch-ao-deprecation',
      'torchao-deprecation-tracker',
      'block-pruning-paper',
      'nn-pruning-card',
      'vocab-trimming-paper',
      'vocabtrimmer-repo',
    ],
  },
  {
    id: 'runtimes',
    title: 'Inference runtimes: ONNX Runtime and Optimum',
    sources: [
      'onnxruntime-bert-2020',
      'infoq-bert-acceleration',
      'ort-fusion-gitbook',
      'optimum-onnx-pypi',
      'onnxruntime-pypi',
      'onnxruntime-alpine',
    ],
  },
  {
    id: 'packages-and-images',
    title: 'Library wheels and container images',
    sources: [
      'torch-wheel-sizes-mjlab',
      'torch-wheel-157265',
      'libtorch-cpu-size',
      'torch-wheels-pocket-tts',
      'pytorch-cpu-index',
      'tensorflow-wheel-sizes',
      'transformers-size-exo',
      'python-312-slim-size',
      'distroless-readme',
      'distroless-python-readme',
      'snuba-distroless',
    ],
  },
  {
    id: 'serving',
    title: 'Serving: start-up, health checks and metrics',
    sources: ['fastapi-lifespan', 'k8s-probes', 'cloud-run-healthchecks', 'prometheus-histograms'],
  },
  {
    id: 'aws',
    title: 'AWS: Lambda and SageMaker',
    sources: [
      'aws-lambda-quotas',
      'aws-lambda-memory',
      'aws-lambda-10gb-blog',
      'aws-lambda-payload-1mb',
      'aws-lambda-init-cap',
      'lambda-init-phase',
      'aws-lambda-provisioned-concurrency',
      'aws-lambda-snapstart-python',
      'aws-lambda-snapstart-docs',
      'aws-lambda-pricing',
      'aws-pricing-whitepaper-lambda',
      'api-gateway-timeout-2024',
      'sagemaker-serverless-config',
      'sagemaker-serverless-invoke',
      'sagemaker-serverless-preview-doc',
      'sagemaker-invoke-endpoint',
      'sagemaker-serverless-limits-devto',
      'sagemaker-hf-serverless-blog',
      'sagemaker-serverless-benchmark-blog',
    ],
  },
  {
    id: 'google-cloud',
    title: 'Google Cloud Run',
    sources: [
      'cloud-run-memory',
      'cloud-run-cpu',
      'cloud-run-timeout',
      'cloud-run-quotas',
      'cloud-run-tips',
      'cloud-run-gpu',
      'cloud-run-pricing',
      'gcp-min-instances',
      'gcloud-run-deploy',
    ],
  },
  {
    id: 'other-platforms',
    title: 'Azure Functions, Hugging Face Endpoints, Kubernetes and Cloudflare',
    sources: [
      'azure-functions-limits',
      'azure-functions-timeout',
      'azure-functions-scale',
      'azure-flex-consumption',
      'hf-endpoints-pricing',
      'hf-endpoints-autoscaling',
      'gke-image-streaming',
      'aks-artifact-streaming',
      'cloudflare-workers-limits',
    ],
  },
  {
    id: 'cold-starts',
    title: 'Cold starts, measured',
    sources: [
      'lambda-operator-guide-environments',
      'lambda-container-loading-paper',
      'lambda-coldstarts-mikhail',
      'pytorch-lambda-layer-issue',
      'lambda-tensorflow-loading-issue',
      'torch-import-cloud-run-issue',
      'hf-cloud-run-blog',
      'pipecat-cold-start',
      'tensorfuse-cold-start',
    ],
  },
  {
    id: 'monitoring',
    title: 'Monitoring and drift',
    sources: [
      'evidently-drift-algorithm',
      'evidently-text-drift',
      'evidently-data-drift-preset',
      'evidently-data-definition',
      'nannyml-readme',
      'nannyml-performance-estimation',
      'psi-glossary',
      'psi-hackingnote',
      'ft-drift',
      'kserve-grafana',
    ],
  },
];

/** The topic that collects every source no topic lists. */
export const OTHER_SOURCES_TOPIC = { id: 'other', title: 'Other sources' } as const;

/**
 * Group sources under `topics` in the topics' order, each group sorted by `label`; sources no topic
 * lists go to a last "Other sources" group, and topics with no source on the site are left out.
 * @throws Error naming the id when a topic list names a source twice.
 */
export function groupSourcesByTopic<Source extends { id: string; label: string }>(
  sources: readonly Source[],
  topics: readonly SourceTopic[] = SOURCE_TOPICS,
): { id: string; title: string; sources: Source[] }[] {
  const topicOf = new Map<string, string>();
  for (const topic of topics) {
    for (const id of topic.sources) {
      if (topicOf.has(id))
        throw new Error(`Source "${id}" is listed under two topics: ${topicOf.get(id)} and ${topic.id}`);
      topicOf.set(id, topic.id);
    }
  }
  const byLabel = (a: Source, b: Source) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
  return [...topics, OTHER_SOURCES_TOPIC]
    .map(({ id, title }) => ({
      id,
      title,
      sources: sources.filter((source) => (topicOf.get(source.id) ?? OTHER_SOURCES_TOPIC.id) === id).sort(byLabel),
    }))
    .filter((group) => group.sources.length > 0);
}
