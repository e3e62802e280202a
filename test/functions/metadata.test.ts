import { associated, installFakeRuntime } from "./fakeRuntime";
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as perf from "../../src/functions/functions";
import { packageRoot } from "../fixtures/seedForms";

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string };
}

const root = packageRoot();
const source = path.join(root, "src", "functions", "functions.ts");
const CHINESE = /[\u4e00-\u9fff]/;

/** What functions.json must say: domain.md's PERF table, with the types Excel should pass. */
const EXPECTED: { id: string; result: string; parameters: [name: string, type: string, optional: boolean][] }[] = [
  {
    id: "EXECRATE",
    result: "number",
    parameters: [
      ["budget", "any", false],
      ["executed", "any", false],
      ["decimals", "number", true],
      ["mode", "string", true],
    ],
  },
  {
    id: "EXECSCORE",
    result: "number",
    parameters: [
      ["rate", "any", false],
      ["weight", "any", true],
      ["mode", "string", true],
    ],
  },
  { id: "PERFGRADE", result: "string", parameters: [["total", "any", false]] },
  {
    id: "TARGETMET",
    result: "boolean",
    parameters: [
      ["target", "any", false],
      ["actual", "any", false],
    ],
  },
  {
    id: "INDSCORE",
    result: "number",
    parameters: [
      ["target", "any", false],
      ["actual", "any", false],
      ["weight", "any", false],
    ],
  },
];

describe("functions.json (custom-functions-metadata from the JSDoc of functions.ts)", () => {
  let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  let functions: FunctionMetadata[];

  before(async () => {
    generated = await generateCustomFunctionsMetadata(source, false);
    functions = generated.errors.length ? [] : (JSON.parse(generated.metadataJson).functions as FunctionMetadata[]);
  });

  it("generates without errors", () => assert.deepEqual(generated.errors, []));

  it("lists exactly EXECRATE, EXECSCORE, PERFGRADE, TARGETMET, INDSCORE, named as their ids", () => {
    assert.deepEqual(
      functions.map((f) => f.id),
      EXPECTED.map((e) => e.id),
    );
    for (const f of functions) {
      assert.match(f.id, /^[A-Z0-9_.]+$/, "ids must be ASCII upper case");
      assert.equal(f.name, f.id, "the name users type is the one in domain.md (PERF.EXECRATE …)");
    }
  });

  for (const expected of EXPECTED) {
    it(`describes ${expected.id} in Chinese with its parameters, optional flags and result type`, () => {
      const f = functions.find((x) => x.id === expected.id);
      assert.ok(f, `${expected.id} missing`);
      assert.match(f.description ?? "", CHINESE, `${f.id} has no Chinese description`);
      assert.deepEqual(
        f.parameters.map((p) => [p.name, p.type, p.optional === true]),
        expected.parameters,
      );
      for (const p of f.parameters) assert.match(p.description ?? "", CHINESE, `${f.id}.${p.name} has no Chinese description`);
      assert.equal(f.result.type, expected.result);
    });
  }

  it("associates every id with the exported function of the same name", () => {
    assert.deepEqual(
      generated.associate.map((a) => [a.id, a.functionName]),
      EXPECTED.map((e) => [e.id, e.id]),
    );
    for (const a of generated.associate) assert.equal(typeof (perf as Record<string, unknown>)[a.functionName], "function");
  });
});

function newestChange(dir: string): number {
  return Math.max(
    ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => {
      const file = path.join(dir, e.name);
      return e.isDirectory() ? newestChange(file) : fs.statSync(file).mtimeMs;
    }),
  );
}

/** A file of dist/ if it was built after the last change to the functions' sources; else null (not checked). */
function freshDist(file: string): string | null {
  const built = path.join(root, "dist", file);
  if (!fs.existsSync(built)) return null;
  const sources = Math.max(newestChange(path.join(root, "src", "functions")), newestChange(path.join(root, "src", "core")));
  return fs.statSync(built).mtimeMs >= sources ? built : null;
}

describe("the built add-in (dist/, from npm test's webpack step)", () => {
  before(installFakeRuntime);

  it("emits the functions.json custom-functions-metadata generates", async function () {
    const built = freshDist("functions.json");
    if (!built) return this.skip();
    const generated = await generateCustomFunctionsMetadata(source, false);
    assert.deepEqual(JSON.parse(fs.readFileSync(built, "utf8")), JSON.parse(generated.metadataJson));
  });

  it("functions.js registers all five functions with CustomFunctions.associate, and they compute", function () {
    const built = freshDist("functions.js");
    if (!built) return this.skip();
    associated.clear();
    // The bundle runs in its own context, as in the task pane page, with the fake runtime as its global.
    const context = vm.createContext({ CustomFunctions: (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions });
    vm.runInContext(fs.readFileSync(built, "utf8"), context, { filename: built });
    assert.deepEqual([...associated.keys()].sort(), EXPECTED.map((e) => e.id).sort());
    const call = (id: string, ...args: unknown[]) => (associated.get(id) as (...a: unknown[]) => unknown)(...args);
    assert.equal(call("EXECRATE", 224.67, 223.74), 99.59);
    assert.equal(call("EXECSCORE", 96.05, 10, "trunc"), 9.6);
    assert.equal(call("PERFGRADE", 87.93), "良");
    assert.equal(call("TARGETMET", "=42.00(期)", "47.00(期)"), true);
    assert.equal(call("INDSCORE", "≥5(人)", "2(人)", 2), 0.8);
    assert.throws(() => call("EXECRATE", 0, 5), (e: { code?: string }) => e.code === "#DIV/0!");
  });
});
