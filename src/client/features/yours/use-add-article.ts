import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PipelineStep } from '../../../shared/worker-protocol.ts';
import { paths } from '../../app/paths.ts';
import { InputRejected, runPipeline, type PipelineInput } from './run-pipeline.ts';
import { saveYours } from './yours-store.ts';

export type AddState =
  { phase: 'idle'; message: string | null } | { phase: 'working'; step: PipelineStep | 'saving' };

/** Where the Add page's message for the next page goes (the article page shows it once). */
export type AddedNotice = { added: { persisted: boolean; problem: string | null } };

/**
 * Runs one input through the worker, stores the result and opens it. Failures become a message
 * for the form; nothing already stored is touched unless the new article was saved.
 */
export function useAddArticle() {
  const [state, setState] = useState<AddState>({ phase: 'idle', message: null });
  const job = useRef<{ cancel: () => void } | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  // Leaving the page cancels the work: no worker keeps running for a page nobody sees.
  useEffect(() => () => job.current?.cancel(), []);

  const add = useCallback(
    async (input: PipelineInput) => {
      setState({ phase: 'working', step: 'reading' });
      const running = runPipeline(input, (step) => setState({ phase: 'working', step }));
      job.current = running;
      try {
        const json = await running.result;
        setState({ phase: 'working', step: 'saving' });
        const saved = await saveYours(json);
        await queryClient.invalidateQueries({ queryKey: ['yours'] });
        const notice: AddedNotice = {
          added: { persisted: saved.persisted, problem: saved.problem },
        };
        void navigate(paths.yours(saved.slug), { state: notice });
      } catch (error) {
        setState({ phase: 'idle', message: describeFailure(error, input.fileName) });
      } finally {
        job.current = null;
      }
    },
    [navigate, queryClient],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);
  const fail = useCallback((message: string) => setState({ phase: 'idle', message }), []);
  return { state, add, cancel, fail };
}

function describeFailure(error: unknown, fileName: string): string {
  if (error instanceof DOMException && error.name === 'AbortError')
    return 'Cancelled. Nothing was added.';
  const what = fileName === PASTED ? 'The pasted text' : `“${fileName}”`;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof InputRejected) return `${what} could not be read as an article: ${detail}.`;
  return `${what} could not be added: ${detail}. Nothing was added or changed.`;
}

/** The name pasted text goes by (no extension: the pipeline sniffs HTML from its first tag). */
export const PASTED = 'pasted text';
