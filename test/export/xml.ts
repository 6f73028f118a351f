// A small strict XML reader for the export tests: elements, attributes, text and the five
// predefined entities, after the prolog (<?xml?>, <!DOCTYPE>) and comments. It throws on anything
// malformed (an unclosed or mismatched tag, an unquoted or repeated attribute, a bare `&` or `<`),
// so a project that parses here is well-formed in the ways the editors' readers need.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;\s]*);?/g, (match, name: string) => {
    const value = ENTITIES[name] ?? (/^#\d+$/.test(name) ? String.fromCodePoint(Number(name.slice(1))) : undefined);
    if (value === undefined || !match.endsWith(';')) throw new Error(`bad entity ${match} near offset ${at}`);
    return value;
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const skipMisc = (): void => {
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i += 1;
      if (source.startsWith('<?', i)) i = source.indexOf('?>', i) + 2;
      else if (source.startsWith('<!--', i)) i = source.indexOf('-->', i) + 3;
      else if (source.startsWith('<!DOCTYPE', i)) i = source.indexOf('>', i) + 1;
      else return;
      if (i < 2) throw new Error('unterminated prolog');
    }
  };
  const element = (): XmlElement => {
    const open = /^<([A-Za-z_][\w:.-]*)/.exec(source.slice(i));
    if (!open) throw new Error(`expected an element at offset ${i}: ${source.slice(i, i + 30)}`);
    const node: XmlElement = { name: open[1] as string, attrs: {}, children: [], text: '' };
    i += open[0].length;
    for (;;) {
      const attr = /^\s+([A-Za-z_][\w:.-]*)="([^"<]*)"/.exec(source.slice(i));
      if (!attr) break;
      if (attr[1] as string in node.attrs) throw new Error(`repeated attribute ${attr[1]} on <${node.name}>`);
      node.attrs[attr[1] as string] = decode(attr[2] as string, i);
      i += attr[0].length;
    }
    while (/\s/.test(source[i] ?? '')) i += 1;
    if (source.startsWith('/>', i)) {
      i += 2;
      return node;
    }
    if (source[i] !== '>') throw new Error(`malformed tag <${node.name}> at offset ${i}: ${source.slice(i, i + 30)}`);
    i += 1;
    for (;;) {
      const lt = source.indexOf('<', i);
      if (lt === -1) throw new Error(`<${node.name}> is never closed`);
      const text = source.slice(i, lt);
      if (text.includes('>')) throw new Error(`a bare > in <${node.name}>`);
      node.text += decode(text, i);
      i = lt;
      if (source.startsWith('<!--', i)) {
        i = source.indexOf('-->', i) + 3;
        continue;
      }
      if (source.startsWith('</', i)) {
        const close = /^<\/([\w:.-]+)\s*>/.exec(source.slice(i));
        if (close?.[1] !== node.name) throw new Error(`<${node.name}> closed by ${source.slice(i, i + 30)}`);
        i += close[0].length;
        return node;
      }
      node.children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== source.length) throw new Error(`content after the root element at offset ${i}`);
  return root;
}

/** Every element below (and including) `node` with this name, in document order. */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => findAll(c, name))];
}

/** The direct children with this name. */
export function childrenNamed(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c) => c.name === name);
}
