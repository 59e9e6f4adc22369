import { ISO_DAY_PATTERN } from '../shared/article-schema.ts';

export type CliArgs = { outDir: string; referenceDate: string | null; inputs: string[] };
export class UsageError extends Error {}

export const USAGE =
  'usage: npm run preprocess -- [--out DIR] [--reference-date YYYY-MM-DD] [INPUT ...]';
export const DEFAULT_OUT_DIR = 'public/data';
export const DEFAULT_INPUT = 'seeds';

export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  let outDir = DEFAULT_OUT_DIR;
  let referenceDate: string | null = null;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--out') outDir = value();
    else if (flag === '--reference-date') referenceDate = checkedDay(value());
    else if (flag === '--') continue;
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
    else inputs.push(arg);
  }
  return { outDir, referenceDate, inputs: inputs.length > 0 ? inputs : [DEFAULT_INPUT] };
}

function checkedDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !ISO_DAY_PATTERN.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(
      `--reference-date must be a real calendar day as YYYY-MM-DD, got "${value}"`,
    );
  }
  return value;
}
