/** The flags `npm run eval` takes; see scripts/eval.ts for what each does. */
export type EvalArgs = {
  heldOut: boolean;
  goldSegments: boolean;
  verbose: boolean;
  from: string | undefined;
  to: string | undefined;
  /** A bare two-digit argument ("07") scores only the cases it prefixes. */
  only: string | undefined;
  inRange: (name: string) => boolean;
};

export function parseEvalArgs(argv: string[]): EvalArgs {
  // `--held-out` scores tests/fixtures/held-out: pages written by someone who never saw the
  // rules, the honest estimate of how the stages do on articles nobody has tuned for.
  const heldOut = argv.includes('--held-out');
  // `--gold-segments` feeds the hand-checked title, caption, paragraphs and date line to the
  // understanding stages, so their own errors show apart from segmentation's.
  const goldSegments = argv.includes('--gold-segments');
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  // `--from NN` / `--to NN` score a range of cases by their number prefix (e.g. the unseen 17-24).
  const argAfter = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = argAfter('--from');
  const to = argAfter('--to');
  const only = argv.find(
    (a, i) => /^\d\d/.test(a) && !['--from', '--to'].includes(argv[i - 1] ?? ''),
  );
  const inRange = (name: string) =>
    (!from || caseNumber(name) >= Number(from)) && (!to || caseNumber(name) <= Number(to));
  return { heldOut, goldSegments, verbose, from, to, only, inRange };
}

/** A case's number, so case 100 comes after 99 (a string comparison put "100-…" before "92"). */
export const caseNumber = (name: string) => Number.parseInt(name, 10);
