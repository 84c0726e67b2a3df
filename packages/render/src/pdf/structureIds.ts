import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFString,
} from "pdf-lib";

const ID = PDFName.of("ID");
const A = PDFName.of("A");
const K = PDFName.of("K");
const HEADERS = PDFName.of("Headers");
const NAMES = PDFName.of("Names");
const KIDS = PDFName.of("Kids");

/**
 * Renumbers the element IDs of a tagged PDF's structure tree in reading order (`node00000001`, …).
 *
 * Chromium names table header cells after Blink's DOM node ids (`/ID (node00000045)`, referenced from
 * the data cells' `/Headers` and indexed in the structure tree's `/IDTree`). Those ids come from a counter
 * shared by every document a renderer process has shown, so the same HTML printed twice in one batch can
 * get other numbers, and different bytes. Numbering by position in the tree makes them a function of the
 * document alone. The `/IDTree` is rebuilt as one sorted list, as name trees require.
 */
export function normalizeStructureIds(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (root === undefined) return;
  const renamed = new Map<string, string>();
  const rename = (old: string): string => {
    let name = renamed.get(old);
    if (name === undefined) {
      name = `node${String(renamed.size + 1).padStart(8, "0")}`;
      renamed.set(old, name);
    }
    return name;
  };

  // Depth-first in the order of /K: the reading order, fixed by the document itself.
  const seen = new Set<PDFDict>();
  const visit = (object: PDFObject | undefined): void => {
    const node = object === undefined ? undefined : doc.context.lookup(object);
    if (node instanceof PDFArray) {
      for (const item of node.asArray()) visit(item);
      return;
    }
    if (!(node instanceof PDFDict) || seen.has(node)) return;
    seen.add(node);
    const id = textOf(node.get(ID));
    if (id !== undefined) node.set(ID, PDFString.of(rename(id)));
    renameHeaders(doc, node.get(A), rename);
    visit(node.get(K));
  };
  visit(root.get(K));
  if (renamed.size === 0) return;

  const tree = root.lookupMaybe(PDFName.of("IDTree"), PDFDict);
  if (tree === undefined) return;
  const entries: [string, PDFObject][] = [];
  const leaves: PDFRef[] = [];
  collectNames(doc, tree, entries, leaves);
  // The old leaves would stay in the file unreferenced (pdf-lib writes every object it holds), with the
  // old, varying names in them.
  for (const leaf of leaves) doc.context.delete(leaf);
  const pairs = entries.map(([key, value]) => [renamed.get(key) ?? key, value] as const);
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const names = doc.context.obj([]);
  for (const [key, value] of pairs) {
    names.push(PDFString.of(key));
    names.push(value);
  }
  tree.delete(KIDS);
  tree.delete(PDFName.of("Limits"));
  tree.set(NAMES, names);
}

/** Renames the IDs in the `/Headers` of an element's attribute object(s). */
function renameHeaders(
  doc: PDFDocument,
  attributes: PDFObject | undefined,
  rename: (old: string) => string,
): void {
  const value = attributes === undefined ? undefined : doc.context.lookup(attributes);
  const list = value instanceof PDFArray ? value.asArray() : value === undefined ? [] : [value];
  for (const item of list) {
    const dict = doc.context.lookup(item);
    if (!(dict instanceof PDFDict)) continue;
    const headers = dict.lookupMaybe(HEADERS, PDFArray);
    if (headers === undefined) continue;
    for (let i = 0; i < headers.size(); i++) {
      const old = textOf(headers.get(i));
      if (old !== undefined) headers.set(i, PDFString.of(rename(old)));
    }
  }
}

/** The (key, value) pairs of a name tree, from its leaves; `kids` receives the references of its sub-nodes. */
function collectNames(doc: PDFDocument, node: PDFDict, into: [string, PDFObject][], kids: PDFRef[]): void {
  const names = node.lookupMaybe(NAMES, PDFArray);
  if (names !== undefined) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = textOf(names.get(i));
      if (key !== undefined) into.push([key, names.get(i + 1)]);
    }
  }
  for (const kid of node.lookupMaybe(KIDS, PDFArray)?.asArray() ?? []) {
    if (kid instanceof PDFRef) kids.push(kid);
    const child = doc.context.lookup(kid);
    if (child instanceof PDFDict) collectNames(doc, child, into, kids);
  }
}

function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}
