/**
 * Why the reader has its own XML tokenizer: the sheets of the 1,320-form bench workbook
 * tokenized by src/node/xlsx/xmlScanner and by htmlparser2 (XML mode), alternately, in this
 * process; medians of BENCH_RUNS (default 9). Run after `npm run bench` made .bench/forms-1320.xlsx:
 *   npm run build:node && node build/scripts/benchXml.js
 */
import { Parser } from "htmlparser2";
import { formsWorkbook, median, say } from "./benchRun";
import { openXlsx } from "../src/node/xlsx/workbook";
import { PartDecoder } from "../src/node/xlsx/xml";
import { XmlScanner } from "../src/node/xlsx/xmlScanner";
import { ZipArchive } from "../src/node/xlsx/zip";

async function main(): Promise<void> {
  const file = await formsWorkbook(1320);
  const workbook = openXlsx({ path: file });
  const zip = new ZipArchive({ path: file });
  const sheets = workbook.worksheets().map((s) => new PartDecoder().decode(zip.read(zip.entry(s.part!)!), true));
  workbook.close();
  zip.close();
  const runs = Number(process.env.BENCH_RUNS ?? 9);
  const time = (parse: (xml: string) => void) => {
    const start = process.hrtime.bigint();
    for (const xml of sheets) parse(xml);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const scanner: number[] = [];
  const htmlparser2: number[] = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    scanner.push(time((xml) => {
      const s = new XmlScanner({ open: (tag) => void (tag.name === "c" && cells++), close() {}, text() {} });
      s.write(xml);
      s.end();
    }));
    htmlparser2.push(time((xml) => {
      const p = new Parser({ onopentag: (name) => void (name === "c" && cells++), onclosetag() {}, ontext() {} }, { xmlMode: true, decodeEntities: true });
      p.write(xml);
      p.end();
    }));
  }
  const chars = sheets.reduce((n, s) => n + s.length, 0);
  say(`${sheets.length} 张工作表，${(chars / 1e6).toFixed(1)} M 字符，${runs} 轮：xmlScanner 中位数 ${median(scanner).toFixed(0)} ms，htmlparser2 ${median(htmlparser2).toFixed(0)} ms，比值 ${(median(scanner) / median(htmlparser2)).toFixed(2)}`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
