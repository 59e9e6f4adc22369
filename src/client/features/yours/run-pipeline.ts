import type {
  PipelineMessage,
  PipelineRequest,
  PipelineStep,
} from '../../../shared/worker-protocol.ts';

export type PipelineInput = { bytes: ArrayBuffer; fileName: string; referenceDate: string | null };

/** An input the pipeline refused (not text, no article…): the reader can fix it. */
export class InputRejected extends Error {}

export type PipelineJob = {
  /** The article file's text, exactly as the CLI would write it. */
  result: Promise<string>;
  /** Stops the work at once (the worker is terminated); `result` rejects with an AbortError. */
  cancel: () => void;
};

/**
 * Runs the pipeline on one input in a fresh Web Worker, so the page stays responsive however
 * long the article. The worker's code is fetched on the first run, not with any page.
 */
export function runPipeline(
  input: PipelineInput,
  onStep: (step: PipelineStep) => void,
): PipelineJob {
  const worker = new Worker(new URL('../../../pipeline/worker.ts', import.meta.url), {
    type: 'module',
    name: 'lede-pipeline',
  });
  let settle: { resolve: (json: string) => void; reject: (error: Error) => void } | null = null;
  const result = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: { json: string } | { error: Error }) => {
    worker.terminate();
    if ('json' in outcome) settle?.resolve(outcome.json);
    else settle?.reject(outcome.error);
    settle = null;
  };
  worker.onmessage = ({ data }: MessageEvent<PipelineMessage>) => {
    if (data.type === 'step') onStep(data.step);
    else if (data.type === 'done') finish({ json: data.json });
    else
      finish({
        error: data.kind === 'input' ? new InputRejected(data.message) : new Error(data.message),
      });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ error: new Error(event.message || 'the article reader stopped unexpectedly') });
  };
  const request: PipelineRequest = input;
  worker.postMessage(request, [input.bytes]);
  return {
    result,
    cancel: () => finish({ error: new DOMException('Cancelled', 'AbortError') }),
  };
}
