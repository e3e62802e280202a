/**
 * The pane builds its markup with createElement and text nodes only (src/taskpane/dom.ts), so
 * workbook text can never become markup. This keeps it so: no HTML-parsing DOM sink in the code
 * of the page (the pane and the ribbon commands that run in it). Comments may name them.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ROOT } from "./harness";

const SINKS = new Set(["innerHTML", "outerHTML", "insertAdjacentHTML"]);
const WRITES = new Set(["write", "writeln"]);

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Each use of a sink in code (names and strings naming them, not comments), as "line: name". */
export function htmlSinks(code: string): string[] {
  const file = ts.createSourceFile("pane.ts", code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${what}`);
  const isDocument = (node: ts.Expression) => ts.isIdentifier(node) && node.text === "document";
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isStringLiteralLike(node)) && SINKS.has(node.text)) at(node, node.text);
    if (ts.isPropertyAccessExpression(node) && isDocument(node.expression) && WRITES.has(node.name.text)) at(node, `document.${node.name.text}`);
    if (ts.isElementAccessExpression(node) && isDocument(node.expression) && ts.isStringLiteralLike(node.argumentExpression) && WRITES.has(node.argumentExpression.text)) {
      at(node, `document.${node.argumentExpression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("task pane source: no HTML sinks", () => {
  it("finds the sinks it looks for (so a pass means something)", () => {
    assert.deepEqual(
      htmlSinks('// innerHTML in a comment\nel.innerHTML = x;\nel["outerHTML"] = y;\nel.insertAdjacentHTML("beforeend", z);\ndocument.write(w);\nconst s = `innerHTML ${x} is text`;'),
      ["2: innerHTML", "3: outerHTML", "4: insertAdjacentHTML", "5: document.write"],
    );
  });

  it("uses no innerHTML, outerHTML, insertAdjacentHTML or document.write in src/taskpane and src/commands", () => {
    const files = ["taskpane", "commands"].flatMap((d) => sourceFiles(path.join(ROOT, "src", d)));
    assert.ok(files.length > 5, "the pane's sources are there");
    const uses = files.flatMap((f) => htmlSinks(fs.readFileSync(f, "utf8")).map((u) => `${path.relative(ROOT, f)}:${u}`));
    assert.deepEqual(uses, []);
  });
});
