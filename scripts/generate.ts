/** npm run generate: writes the files made from the rule catalogue (scripts/generatedFiles.ts). */
import * as fs from "fs";
import * as path from "path";
import { packageRoot } from "../test/fixtures/seedForms";
import { generatedFiles } from "./generatedFiles";

const root = packageRoot();
for (const [file, text] of Object.entries(generatedFiles())) {
  const target = path.join(root, file);
  if (fs.existsSync(target) && fs.readFileSync(target, "utf8") === text) continue;
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${file}\n`);
}
