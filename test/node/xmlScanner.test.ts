/**
 * The reader's XML tokenizer against htmlparser2 (XML mode), a well-kept parser, on random
 * documents: the same start tags, attributes, end tags and text, however the text is cut into
 * chunks. Entities, character references, CDATA, comments, processing instructions, prefixes,
 * both quotes and the spacing writers use inside tags.
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { XmlScanner, decodeEntities } from "../../src/node/xlsx/xmlScanner";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Events with consecutive texts joined (both parsers may cut a text in several calls). */
function push(events: Event[], event: Event): void {
  const last = events[events.length - 1];
  if (event[0] === "text" && last?.[0] === "text") last[1] += event[1];
  else if (event[0] !== "text" || event[1] !== "") events.push(event);
}

function scanned(chunks: string[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (tag) => push(events, ["open", tag.name, Object.fromEntries(tag.names.slice(0, tag.count).map((n, i) => [n, tag.values[i]]))]),
    close: (name) => push(events, ["close", name]),
    text: (t) => push(events, ["text", t]),
  });
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return events;
}

function reference(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => push(events, ["open", name, { ...attributes }]),
      onclosetag: (name) => push(events, ["close", name]),
      ontext: (t) => push(events, ["text", t]),
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return events;
}

const name = fc.constantFrom("c", "v", "row", "x:c", "sheetData", "a.b", "t", "mc:AlternateContent", "si");
const charData = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."ab 中文\n\t%≥=;#"), maxLength: 8 }),
  fc.constantFrom("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#x4E2D;", "&#128512;", " &amp;amp; "),
);
const text = fc.array(charData, { maxLength: 4 }).map((parts) => parts.join(""));
const attrValue = fc.array(fc.oneof(charData, fc.constantFrom(">", "/", "=")), { maxLength: 3 }).map((parts) => parts.join(""));
const attributes = fc.uniqueArray(fc.tuple(fc.constantFrom("r", "s", "t", "r:id", "xml:space", "ref", "name"), attrValue, fc.boolean(), fc.constantFrom("", " ", "  ", "\n")), {
  selector: ([n]) => n,
  maxLength: 3,
});
const serializeAttributes = (list: [string, string, boolean, string][]) =>
  list.map(([n, v, single, space]) => ` ${n}${space}=${space}${single ? `'${v.replace(/'/g, "&apos;")}'` : `"${v.replace(/"/g, "&quot;")}"`}`).join("");

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 0
    ? fc.oneof(text, fc.tuple(name, attributes).map(([n, a]) => `<${n}${serializeAttributes(a)}/>`))
    : fc.oneof(
        { weight: 3, arbitrary: text },
        { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."<>&] x中"), maxLength: 6 }).filter((s) => !s.includes("]]>")).map((s) => `<![CDATA[${s}]]>`) },
        // A space after "<!--": htmlparser2 reads "<!-->" as an empty comment, as HTML does; XML does not.
        { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."<>& x"), maxLength: 6 }).map((s) => `<!-- ${s.replace(/-/g, "")} -->`) },
        { weight: 1, arbitrary: fc.constant('<?mso-application progid="Excel.Sheet"?>') },
        { weight: 1, arbitrary: fc.tuple(name, attributes, fc.constantFrom("", " ")).map(([n, a, sp]) => `<${n}${serializeAttributes(a)}${sp}/>`) },
        {
          weight: 3,
          arbitrary: fc.tuple(name, attributes, fc.array(node(depth - 1), { maxLength: 4 }), fc.constantFrom("", " ", "\n")).map(
            ([n, a, children, sp]) => `<${n}${serializeAttributes(a)}${sp}>${children.join("")}</${n}${sp}>`,
          ),
        },
      ),
);

const document = fc.tuple(fc.constantFrom("", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'), node(4)).map(([decl, root]) => `${decl}<root>${root}</root>`);

/** The text cut at random places, into at most 8 chunks. */
const chunked = document.chain((xml) =>
  fc.uniqueArray(fc.nat(xml.length), { maxLength: 7 }).map((cuts) => {
    const at = [0, ...cuts.sort((a, b) => a - b), xml.length];
    return { xml, chunks: at.slice(1).map((end, i) => xml.slice(at[i], end)) };
  }),
);

describe("the reader's XML tokenizer", () => {
  it("reports what htmlparser2 reports, on random documents cut into random chunks", () => {
    fc.assert(
      fc.property(chunked, ({ xml, chunks }) => {
        assert.deepEqual(scanned(chunks), reference(xml));
      }),
      { numRuns: 1500 },
    );
  });

  it("says where each tag ends, counted over everything written, so that reading can resume there", () => {
    const ends: number[] = [];
    const xml = '<a x="1"><b/>text</a>';
    const scanner: XmlScanner = new XmlScanner({ open: () => ends.push(scanner.tokenEnd), close: () => ends.push(scanner.tokenEnd), text: () => {} });
    for (const chunk of ["<a x", '="1"><', "b/>te", "xt</a>"]) scanner.write(chunk);
    assert.deepEqual(ends.map((e) => xml.slice(0, e)), ['<a x="1">', '<a x="1"><b/>', '<a x="1"><b/>', xml]);
  });

  it("decodes the XML entities and character references, and keeps anything else as written", () => {
    assert.equal(decodeEntities("&lt;&gt;&amp;&quot;&apos;&#20013;&#x6587; &nbsp; &#xZZ; & ;"), "<>&\"'中文 &nbsp; &#xZZ; & ;");
  });

  it("refuses a document that stops inside a tag", () => {
    const scanner = new XmlScanner({ open() {}, close() {}, text() {} });
    scanner.write('<worksheet><c r="A1');
    assert.throws(() => scanner.end(), /XML 在/);
  });
});
