/**
 * Writes the bundled example workbook examples/示例-2023年度项目支出绩效自评表.xlsx: the 13
 * seed forms of 2023 (seeds 002 and 003) in the three sheet layouts users really have, with a
 * cover and a notes sheet. `npm run demo` checks it.
 */
import * as fs from "fs";
import * as path from "path";
import { LAYOUTS, seedWorkbook } from "../test/fixtures/layouts";
import { packageRoot, seedForms } from "../test/fixtures/seedForms";

export const EXAMPLE = path.join("examples", "示例-2023年度项目支出绩效自评表.xlsx");

/** Writes the example to `file` (by default the bundled one) and returns its path. */
export async function makeExample(file = path.join(packageRoot(), EXAMPLE)): Promise<string> {
  const forms = seedForms().filter((f) => f.id.startsWith("002-") || f.id.startsWith("003-"));
  const workbook = seedWorkbook(forms, { layout: (_, i) => LAYOUTS[i % LAYOUTS.length], others: true });
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 5, 30));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
  return file;
}

if (require.main === module) {
  makeExample().then((file) => process.stdout.write(`已生成 ${path.relative(process.cwd(), file)}\n`));
}
