/**
 * The text blocks of an HTML element, in reading order: one string per paragraph, heading, list
 * item, caption or quotation, white space collapsed the way a browser renders it. A plain walk
 * over the DOM interfaces both linkedom (CLI and worker) and a browser provide.
 */

// Elements that start and end a block of text; everything else flows inline.
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
// Never text a reader sees: code, styles, embedded documents and controls.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

type NodeLike = {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
};

export function htmlBlocks(root: NodeLike): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    // HTML white space collapses to one space; a <br> survives as a line break.
    const text = line
      .split('\n')
      .map((part) => part.replace(/[ \t\n\f\r]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: NodeLike) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) line += (child.nodeValue ?? '').replace(/\n/g, ' ');
      else if (child.nodeType !== ELEMENT_NODE) continue;
      else {
        const name = child.nodeName.toUpperCase();
        if (SKIP.has(name)) continue;
        if (name === 'BR') line += '\n';
        else if (BLOCK.has(name)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}
