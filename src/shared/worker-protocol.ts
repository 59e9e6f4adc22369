/**
 * The messages between the reader and the pipeline's Web Worker (src/pipeline/worker.ts). One
 * job per worker: the page sends one request, hears steps, then exactly one "done" or "failed";
 * cancelling terminates the worker.
 */
export type PipelineRequest = {
  /** The file's bytes, or the pasted text encoded as UTF-8 (transferred, not copied). */
  bytes: ArrayBuffer;
  fileName: string;
  referenceDate: string | null;
};

export type PipelineStep = 'reading' | 'extracting' | 'understanding';

export type PipelineMessage =
  | { type: 'step'; step: PipelineStep }
  /** `json` is the article file exactly as the CLI writes it. */
  | { type: 'done'; json: string }
  /** `input`: the input is not an article we can read; `internal`: a bug in the pipeline. */
  | { type: 'failed'; kind: 'input' | 'internal'; message: string };
