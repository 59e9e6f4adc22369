import { articleJson } from '../shared/article-json.ts';
import type { PipelineMessage, PipelineRequest } from '../shared/worker-protocol.ts';
import { articleFromInput } from './article-from-input.ts';
import { InputError } from './decode-input.ts';
import { NoArticleError } from './02-segment.ts';

/**
 * The pipeline's browser entry point, as cli.ts is its Node one: a dedicated Web Worker that
 * turns one input into article JSON off the page's thread. Everything it runs is the same pure
 * code the CLI runs.
 */
type WorkerScope = {
  onmessage: ((event: MessageEvent<PipelineRequest>) => void) | null;
  postMessage: (message: PipelineMessage) => void;
};
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const article = articleFromInput(new Uint8Array(data.bytes), {
      fileName: data.fileName,
      referenceDate: data.referenceDate,
      onStep: (step) => scope.postMessage({ type: 'step', step }),
    });
    scope.postMessage({ type: 'done', json: articleJson(article) });
  } catch (error) {
    const input = error instanceof InputError || error instanceof NoArticleError;
    scope.postMessage({
      type: 'failed',
      kind: input ? 'input' : 'internal',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
