/**
 * What changed between two versions of an XML part, element by element, as a list of short
 * lines, so that a test can assert the whole difference of a part the checked copy patched:
 *
 *   "worksheet/sheetData/row[7]/c[D7] @s 3→12"     an attribute changed (→ nothing: removed)
 *   "+ worksheet/legacyDrawing"                     an element added (with all it holds)
 *   "- worksheet/hyperlinks"                        an element removed
 *   "worksheet/sheetData/row[7]/c[D7]/v 'a'→'b'"    the text of an element changed
 *
 * Elements are matched by name and an identifying attribute (IDENTITY: a cell's r, a comment's
 * ref, a relationship's Id…), else by their position among the siblings of that name. Independent of the code under test (its own saxes walk).
 */
import { SaxesParser, SaxesTagNS } from "saxes";

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: Node[] = [root];
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) if (!name.startsWith("xmlns")) attributes[a.local === "id" && a.prefix ? `${a.prefix}:id` : name] = a.value;
    const node: Node = { name: tag.local, attributes, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("cdata", (t) => (stack[stack.length - 1].text += t));
  parser.write(xml).close();
  return root.children[0];
}

/** The attribute that names an element among its siblings; others are matched by position. */
const IDENTITY: Record<string, string> = {
  row: "r", c: "r", comment: "ref", Relationship: "Id", Override: "PartName", Default: "Extension", sheet: "name", definedName: "name",
};

function baseKey(node: Node): string {
  const id = IDENTITY[node.name] && node.attributes[IDENTITY[node.name]];
  return id !== undefined && id !== "" ? `${node.name}[${id}]` : node.name;
}

/** Children by key; a key that repeats (same name, no identifying attribute) gets #1, #2… */
function keyed(children: Node[]): Map<string, Node> {
  const seen = new Map<string, number>();
  const out = new Map<string, Node>();
  for (const child of children) {
    const base = baseKey(child);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(n === 0 ? base : `${base}#${n}`, child);
  }
  return out;
}

function compare(a: Node, b: Node, path: string, out: string[]): void {
  for (const name of new Set([...Object.keys(a.attributes), ...Object.keys(b.attributes)])) {
    if (a.attributes[name] !== b.attributes[name]) out.push(`${path} @${name} ${a.attributes[name] ?? ""}→${b.attributes[name] ?? ""}`);
  }
  if (a.text.trim() !== b.text.trim() && !a.children.length && !b.children.length) out.push(`${path} '${a.text}'→'${b.text}'`);
  const before = keyed(a.children);
  const after = keyed(b.children);
  for (const [k, child] of before) {
    const other = after.get(k);
    if (other) compare(child, other, `${path}/${k}`, out);
    else out.push(`- ${path}/${k}`);
  }
  for (const k of after.keys()) if (!before.has(k)) out.push(`+ ${path}/${k}`);
}

export function xmlDiff(before: string, after: string): string[] {
  const a = parse(before);
  const b = parse(after);
  const out: string[] = [];
  compare(a, b, a.name, out);
  return out;
}
