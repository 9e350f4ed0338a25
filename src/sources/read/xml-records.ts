import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { SourceParseError, type ParseContext } from '../types.js';
import { openListFile } from './open-file.js';

/** One XML element, small enough to hold: a record of a list and its children. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

/** The first child with this (local) name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** All children with this (local) name. */
export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The trimmed text of the first child with this name, or undefined when absent or blank. */
export function childText(node: XmlNode, name: string): string | undefined {
  const text = child(node, name)?.text.trim();
  return text ? text : undefined;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

/**
 * Streams an XML list file and yields each element named in `recordNames` as a small tree, so
 * memory stays bounded by one record however large the file. saxes does the XML; a file that is
 * not well-formed or that ends before its root closes is a fatal `malformed` issue with the line.
 * `onRoot` sees the root element's attributes (where lists put their publication date).
 */
export async function* readXmlRecords(
  path: string,
  ctx: ParseContext,
  recordNames: ReadonlySet<string>,
  onRoot?: (node: XmlNode) => void,
): AsyncGenerator<XmlNode> {
  const input = await openListFile(path, ctx);
  const parser = new SaxesParser({ position: true });
  const ready: XmlNode[] = [];
  const stack: XmlNode[] = [];
  let depth = 0;
  let rootSeen = false;
  let rootClosed = false;

  parser.on('opentag', (tag) => {
    depth += 1;
    const node: XmlNode = {
      name: localName(tag.name),
      attrs: Object.fromEntries(Object.entries(tag.attributes as Record<string, string>).map(([k, v]) => [localName(k), v])),
      children: [],
      text: '',
      line: parser.line,
    };
    if (!rootSeen) {
      rootSeen = true;
      onRoot?.(node);
    }
    if (stack.length > 0) {
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    } else if (recordNames.has(node.name)) {
      stack.push(node);
    }
  });
  const onText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth -= 1;
    if (depth === 0) rootClosed = true;
    const node = stack.pop();
    if (node && stack.length === 0) ready.push(node);
  });

  const fail = (cause: unknown): never => {
    throw new SourceParseError(
      { code: 'malformed', file: path, line: parser.line, column: parser.column, message: (cause as Error).message.replace(/^.*?:\d+:\d+: /, '') },
      { cause },
    );
  };
  const decoder = new StringDecoder('utf8');
  let first = true;
  try {
    for await (const chunk of input) {
      let text = decoder.write(chunk as Buffer);
      if (first) {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      try {
        parser.write(text);
      } catch (cause) {
        fail(cause);
      }
      while (ready.length > 0) yield ready.shift()!;
    }
    try {
      parser.write(decoder.end());
      parser.close();
    } catch (cause) {
      fail(cause);
    }
    if (!rootClosed) fail(new Error('the file ends before its root element closes (cut short?)'));
    while (ready.length > 0) yield ready.shift()!;
  } finally {
    input.destroy();
  }
}
