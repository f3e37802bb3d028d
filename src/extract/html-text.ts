// DOM subtree → plain text with one line per block element, whitespace folded as a browser would.

/** The part of a DOM node this module reads (linkedom and browsers both provide it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);

/**
 * Converts a subtree to text: block elements start new lines (a table row is one line), inline runs of white space fold to
 * one space, `<pre>` keeps its lines.
 */
export function domToText(root: DomNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode, inPre: boolean) => {
    if (node.nodeType === 3) {
      current += inPre ? node.textContent ?? '' : (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    // Cells stay on their row's line, so a table row reads as one paragraph.
    if (name === 'TD' || name === 'TH') current += ' \t ';
    if (block) flush();
    if (name === 'PRE') {
      for (const part of (node.textContent ?? '').split('\n')) {
        current = part;
        flush();
      }
      return;
    }
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!, inPre);
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}
