import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XmlNode } from '../sources/read/xml-records.js';
import type { PaymentIssue } from './types.js';

/** A whole (small) XML document as XmlNode elements, with each element's namespace URI. */
export interface XmlTree {
  root: XmlNode;
  namespaceOf(node: XmlNode): string;
}

/**
 * Reads an XML document held in memory with saxes, the parser the list readers use, into the
 * XmlNode shape of `sources/read/xml-records.ts`. A payment message is small (the API caps bodies),
 * so the whole tree is kept; saxes resolves namespaces and never fetches external entities.
 * Text that is not well-formed, or that ends before the root closes, is a `not-xml` issue with
 * the line and column.
 */
export function parseXmlTree(text: string): { ok: true; tree: XmlTree } | { ok: false; issue: PaymentIssue } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const namespaces = new WeakMap<XmlNode, string>();
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let closed = false;

  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attrs[attr.local] = attr.value;
    const node: XmlNode = { name: tag.local, attrs, children: [], text: '', line: parser.line };
    namespaces.set(node, tag.uri);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  const onText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    stack.pop();
    if (stack.length === 0) closed = true;
  });

  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (cause) {
    const message = (cause as Error).message.replace(/^(.*?:)?\d+:\d+: /, '');
    return { ok: false, issue: { code: 'not-xml', line: parser.line, column: parser.column, message: `not well-formed XML at line ${parser.line}, column ${parser.column}: ${message}` } };
  }
  if (!root || !closed) {
    return { ok: false, issue: { code: 'not-xml', line: parser.line, column: parser.column, message: `the XML ends at line ${parser.line} before its root element closes (cut short?)` } };
  }
  return { ok: true, tree: { root, namespaceOf: (node) => namespaces.get(node) ?? '' } };
}
