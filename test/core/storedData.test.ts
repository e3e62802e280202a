/**
 * Stored custom XML parts come from a file: hostile keys, addresses outside Excel's grid,
 * malformed or huge XML. They must never pollute prototypes, throw, or take more than linear time.
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import { parseA1 } from "../../src/core/grid";
import {
  MAPPING_NS,
  MAPPING_ROOT,
  MAX_PART_CHARS,
  isMappableField,
  jsonPartXml,
  mappingFrom,
  normalizeCell,
  partJson,
  withOverride,
} from "../../src/core/storedData";

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];
const FIELDS = ["name", "totalScore", "grade", "goals.planned", "funds.total.rate", "funds.other.initial"];

const pristine = {
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(),
  objectFunction: Object.getOwnPropertyNames(Object).sort().join(),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(),
};

/** Nothing was added to Object.prototype, Object or Array.prototype. */
function assertPrototypesClean(): void {
  assert.equal(Object.getOwnPropertyNames(Object.prototype).sort().join(), pristine.object);
  assert.equal(Object.getOwnPropertyNames(Object).sort().join(), pristine.objectFunction);
  assert.equal(Object.getOwnPropertyNames(Array.prototype).sort().join(), pristine.array);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
}

describe("stored data (custom XML parts) as untrusted input", () => {
  describe("partJson", () => {
    it("reads what jsonPartXml wrote, for any JSON value (text with <, &, ]]> too)", () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          assert.deepEqual(partJson(jsonPartXml(MAPPING_ROOT, MAPPING_NS, value)), JSON.parse(JSON.stringify(value)));
        }),
        { numRuns: 300 },
      );
    });

    it("tolerates what hosts do on save: a declaration, a BOM, a prefix on the root, CDATA", () => {
      const json = '{"version":1,"sheets":{"S":{"name":"B3"}}}';
      for (const xml of [
        `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<perfevalMapping xmlns="${MAPPING_NS}">${json}</perfevalMapping>\n`,
        `<ns0:perfevalMapping xmlns:ns0="${MAPPING_NS}"><![CDATA[${json}]]></ns0:perfevalMapping>`,
        `<perfevalMapping xmlns="${MAPPING_NS}"><![CDATA[{"version":1,]]>&quot;sheets&quot;:{"S":{"name":"B3"}}}</perfevalMapping>`,
      ]) {
        assert.deepEqual(partJson(xml), JSON.parse(json), xml);
      }
    });

    it("gives undefined, never an exception, for any text", () => {
      const fragments = fc.constantFrom("<", ">", "<![CDATA[", "]]>", "&#99999999;", "&#x110000;", "&amp;", "&", "<?xml", "?>", "</a>", "<a>", '{"a":', "}", "\uFEFF", " ", "\u0000");
      fc.assert(
        fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 40 }), (pieces) => {
          const xml = pieces.join("");
          partJson(xml);
          partJson(`<a>${xml}</a>`);
        }),
        { numRuns: 500 },
      );
    });

    it("a character reference to no character makes the part unreadable, not the check crash", () => {
      assert.equal(partJson(`<a>"&#99999999;"</a>`), undefined);
      assert.equal(partJson(`<a>"&#x110000;"</a>`), undefined);
      assert.equal(partJson(`<a>"&#x10FFFF;"</a>`), "\u{10FFFF}");
    });

    // A quadratic reader (a lazy regex from each unclosed section to the end) takes hours on this;
    // a linear one milliseconds (the old regex took 11 s for 100,000 and grows with the square). The test has no clock: only mocha's timeout would end it.
    it("reads a part of 400,000 unclosed CDATA sections in one pass", () => {
      const hostile = `<perfevalMapping xmlns="${MAPPING_NS}">${"<![CDATA[x".repeat(400_000)}</perfevalMapping>`;
      assert.equal(partJson(hostile), undefined);
      const entities = `<a>"${"&amp".repeat(200_000)}"</a>`;
      assert.equal(partJson(entities), "&amp".repeat(200_000));
    });

    it("ignores a part larger than the cap without reading it", () => {
      const big = `<a>"${"x".repeat(MAX_PART_CHARS)}"</a>`;
      assert.equal(partJson(big), undefined);
    });
  });

  describe("mappingFrom", () => {
    it("keeps a sheet or field named __proto__ or constructor as data and pollutes nothing", () => {
      const doc = JSON.parse(
        '{"version":1,"sheets":{"__proto__":{"name":"B3","polluted":"A1"},"constructor":{"totalScore":"G19"},' +
          '"S":{"__proto__":{"name":"C3"},"constructor":"A1","name":"B3"}}}',
      );
      const mapping = mappingFrom([doc]);
      assertPrototypesClean();
      assert.deepEqual(Object.keys(mapping).sort(), ["S", "__proto__", "constructor"]);
      assert.equal(Object.getPrototypeOf(mapping), null);
      assert.equal(mapping["__proto__"].name, "B3");
      assert.equal(mapping["constructor"].totalScore, "G19");
      assert.deepEqual({ ...mapping.S }, { name: "B3" });
    });

    it("drops addresses outside A1:XFD1048576 and keeps the rest of the mapping", () => {
      const mapping = mappingFrom([
        {
          version: 1,
          sheets: {
            S: { name: "XFD1048576", department: "XFE1", implementer: "A1048577", grade: "ZZZ9999999", year: "A0", totalScore: "$g$19" },
            T: "not an object",
            U: [["name", "B3"]],
            V: { name: 7, grade: null, "funds.total.rate": "Sheet1!G6", "funds.total.nope": "A1" },
          },
        },
      ]);
      assert.deepEqual({ ...mapping.S }, { name: "XFD1048576", totalScore: "G19" });
      assert.deepEqual({ ...mapping.V }, { "funds.total.rate": "G6" });
      assert.equal(mapping.T, undefined);
      assert.equal(mapping.U, undefined);
    });

    it("skips documents that are not mappings, later documents win", () => {
      const mapping = mappingFrom([null, 3, "x", [], { sheets: null }, { sheets: { S: { name: "B3", grade: "B20" } } }, { sheets: { S: { name: "C3" } } }]);
      assert.deepEqual({ ...mapping.S }, { name: "C3", grade: "B20" });
    });

    it("on any stored document: never throws, keeps only cells of Excel's grid and mappable fields, pollutes nothing", () => {
      const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...FIELDS, "S", "信息化运维项目"), fc.string({ maxLength: 8 }));
      const address = fc.oneof(
        fc.tuple(fc.constantFrom("A", "Z", "XFD", "XFE", "ZZZ", "$B", "b"), fc.constantFrom("1", "0", "19", "1048576", "1048577", "$3", "99999999")).map(([c, r]) => c + r),
        fc.string({ maxLength: 12 }),
        fc.anything(),
      );
      const overrides = fc.oneof(fc.dictionary(key, address, { maxKeys: 8 }), fc.anything());
      const doc = fc.oneof(
        fc.record({ version: fc.constant(1), sheets: fc.oneof(fc.dictionary(key, overrides, { maxKeys: 6 }), fc.anything()) }),
        fc.anything(),
      );
      fc.assert(
        fc.property(fc.array(doc, { maxLength: 4 }), (docs) => {
          // Through JSON, as from a part: "__proto__" becomes an own key, as JSON.parse makes it.
          const parsed = docs.map((d) => {
            try {
              return JSON.parse(JSON.stringify(d) ?? "null");
            } catch {
              return null;
            }
          });
          const mapping = mappingFrom(parsed);
          for (const sheet of Object.keys(mapping)) {
            for (const [field, cell] of Object.entries(mapping[sheet])) {
              assert.ok(isMappableField(field), field);
              const at = parseA1(cell)!;
              assert.ok(at && at.row < 1_048_576 && at.col < 16_384, cell);
            }
          }
          assertPrototypesClean();
        }),
        { numRuns: 400 },
      );
    });
  });

  describe("normalizeCell and withOverride", () => {
    it("normalizeCell takes one cell of Excel's grid only", () => {
      assert.equal(normalizeCell("$d$7"), "D7");
      assert.equal(normalizeCell("Sheet1!xfd1048576"), "XFD1048576");
      assert.equal(normalizeCell("XFE1"), undefined);
      assert.equal(normalizeCell("A1048577"), undefined);
      assert.equal(normalizeCell("A1:B2"), undefined);
    });

    it("withOverride on a sheet named __proto__ sets that sheet's field, not Object.prototype's", () => {
      const next = withOverride(mappingFrom([]), "__proto__", "name", "B3");
      assertPrototypesClean();
      assert.equal(next["__proto__"].name, "B3");
      const removed = withOverride(next, "__proto__", "name", null);
      assert.deepEqual(Object.keys(removed), []);
      assert.throws(() => withOverride(next, "S", "name", "XFE1"), /不是一个单元格地址/);
    });
  });
});
