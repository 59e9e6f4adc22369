import type { PipelineStep } from '../../../shared/worker-protocol.ts';

const STEPS: Record<PipelineStep | 'saving', { n: number; label: string }> = {
  reading: { n: 1, label: 'Reading the input…' },
  extracting: { n: 2, label: 'Finding the article in the page…' },
  understanding: { n: 3, label: 'Finding entities, quotes and dates…' },
  saving: { n: 4, label: 'Saving it in this browser…' },
};

type Props = { step: PipelineStep | 'saving'; onCancel: () => void };

/** What the worker is doing, and a way to stop it. */
export function PipelineProgress({ step, onCancel }: Props) {
  const { n, label } = STEPS[step];
  return (
    <div className="pipeline-progress">
      <progress max={4} value={n} aria-label="Progress" />
      <p role="status">{label}</p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
