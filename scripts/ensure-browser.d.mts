export function systemBrowser(): string | null;
export function ensureBrowser(log?: (line: string) => void): string | null;
