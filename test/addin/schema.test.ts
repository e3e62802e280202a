/**
 * manifest.xml, the built dist/manifest.xml and the production rewrite validated against the
 * official XML schemas (test/addin/schemas, copied from ../shared/office-schemas) with xmllint,
 * offline: `office-addin-manifest validate` needs Microsoft's online service.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { packageRoot } from "../fixtures/seedForms";
import { DIST, ensureDist } from "../e2e/harness";

const root = packageRoot();
const SCHEMA = path.join(root, "test", "addin", "schemas", "OfficeAppManifestV1_1.xsd");

/** xmllint's verdict on the XML text: null when valid, its complaint otherwise. */
function schemaErrors(xml: string): string | null {
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8" });
  if (r.error) throw new Error(`xmllint is missing (${r.error.message}): install the Debian package libxml2-utils; .ci/run does`);
  return r.status === 0 ? null : r.stderr.trim();
}

describe("manifest.xml against the official schemas (xmllint)", function () {
  this.timeout(180_000);
  const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

  it("validates manifest.xml", () => {
    assert.equal(schemaErrors(manifest), null);
  });

  it("validates dist/manifest.xml as the build writes it", async () => {
    await ensureDist();
    assert.equal(schemaErrors(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8")), null);
  });

  it("validates the manifest rewritten for a production URL", () => {
    const { rewriteManifest } = require(path.join(root, "webpack.config.js")) as { rewriteManifest: (xml: string, base: string) => string };
    assert.equal(schemaErrors(rewriteManifest(manifest, "https://perf.example.cn/addin/")), null);
  });

  it("refuses what the schema forbids (the check can fail)", () => {
    const broken = manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
    assert.match(schemaErrors(broken) ?? "", /Permissions/);
    assert.match(schemaErrors(manifest.replace("<DefaultLocale>", "<Locale>").replace("</DefaultLocale>", "</Locale>")) ?? "", /Locale/);
  });
});
