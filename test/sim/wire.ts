/** What travels between add-in and host: load specifications, and payload sizes. */

export type LoadTree = { [key: string]: true | LoadTree };

/** "a, b/c", ["a"], {select, expand} or {a: true, b: {c: true}} → a tree; {} means every scalar. */
export function parseLoad(spec: unknown): LoadTree {
  const tree: LoadTree = {};
  const addPath = (path: string) => {
    const keys = path.split("/").map((k) => k.trim()).filter(Boolean);
    let node = tree;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] ??= true;
      } else {
        if (node[key] === undefined || node[key] === true) node[key] = {};
        node = node[key] as LoadTree;
      }
    });
  };
  const addList = (value: unknown) => {
    if (typeof value === "string") value.split(",").forEach(addPath);
    else if (Array.isArray(value)) value.forEach(addList);
  };
  if (spec === undefined || spec === null || spec === "" || spec === "*") return tree;
  if (typeof spec === "string" || Array.isArray(spec)) {
    addList(spec);
  } else if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      addList(o.select);
      if (typeof o.expand === "string") o.expand.split(",").forEach((k) => (tree[k.trim()] = {}));
    } else {
      for (const [key, value] of Object.entries(o)) {
        if (key.startsWith("$") || value === false) continue;
        tree[key] = value === true ? true : parseLoad(value);
      }
    }
  }
  return tree;
}

/** Bytes of a string in UTF-8, as it travels in a request. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}
