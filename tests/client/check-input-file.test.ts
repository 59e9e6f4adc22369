import { describe, expect, it } from 'vitest';
import { fileProblem } from '../../src/client/features/yours/check-input-file.ts';

describe('fileProblem', () => {
  it('accepts text and HTML pages, and files with no extension (their bytes decide)', () => {
    expect(fileProblem({ name: 'page.html', size: 2000, type: 'text/html' })).toBeNull();
    expect(fileProblem({ name: 'NOTES.TXT', size: 10, type: '' })).toBeNull();
    expect(fileProblem({ name: 'article', size: 10, type: '' })).toBeNull();
    expect(fileProblem({ name: 'story.md', size: 10, type: 'text/markdown' })).toBeNull();
  });

  it('names the file and the reason for what cannot be an article', () => {
    expect(fileProblem({ name: 'scan.pdf', size: 900, type: 'application/pdf' })).toBe(
      '“scan.pdf” is not a text or HTML file. Lede reads .txt and .html pages.',
    );
    expect(fileProblem({ name: 'big.txt', size: 6 * 1024 * 1024, type: 'text/plain' })).toBe(
      '“big.txt” is 6.0 MB; Lede reads pages up to 5 MB.',
    );
    expect(fileProblem({ name: 'empty.txt', size: 0, type: 'text/plain' })).toBe(
      '“empty.txt” is empty.',
    );
  });
});
