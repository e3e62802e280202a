/**
 * The files made from the rule catalogue are checked in (CI runs on a clean clone; the pane
 * cannot generate a validator at run time): each must equal what the catalogue makes now.
 * After changing a rule's meta, `npm run generate` writes them.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { generatedFiles } from "../scripts/generatedFiles";
import { packageRoot } from "./fixtures/seedForms";

describe("files generated from the rule catalogue", () => {
  for (const [file, text] of Object.entries(generatedFiles())) {
    it(`${file} is up to date (npm run generate)`, () => {
      const onDisk = fs.readFileSync(path.join(packageRoot(), file), "utf8");
      assert.ok(onDisk === text, `${file} differs from what the rule catalogue makes: run npm run generate`);
    });
  }
});
