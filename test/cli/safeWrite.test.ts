/**
 * Writes never damage the input and never leave half a file: `check --out` and `template --out`
 * refuse the input by any path, write through a temporary file, and clean up on failure; stdout
 * that goes away (| head) or fails (a full disk) ends in one line, never a stack trace.
 */
import { strict as assert } from "assert";
import { spawn, spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { isSameFile, writeFileSafely } from "../../src/cli/io";
import { seedWorkbook } from "../fixtures/layouts";
import { packageRoot, seedForms } from "../fixtures/seedForms";
import { perfeval, tempDir } from "./helpers";

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const oneLine = (stderr: string) => assert.equal(stderr.trimEnd().split("\n").length, 1, stderr);

describe("safe writes", () => {
  const dir = tempDir();
  const input = path.join(dir, "input.xlsx");
  before(async () => {
    await seedWorkbook(seedForms().slice(0, 3)).xlsx.writeFile(input);
    fs.mkdirSync(path.join(dir, "sub"));
    fs.symlinkSync(input, path.join(dir, "symlink.xlsx"));
    fs.linkSync(input, path.join(dir, "hardlink.xlsx"));
    fs.symlinkSync(dir, path.join(dir, "linked-dir"));
  });

  describe("the output is never the input, by any path", () => {
    const paths: [string, () => string][] = [
      ["a symbolic link to it", () => path.join(dir, "symlink.xlsx")],
      ["a hard link to it", () => path.join(dir, "hardlink.xlsx")],
      ["./ and .. around it", () => path.join(dir, "sub", "..", ".", "input.xlsx")],
      ["a path through a linked folder", () => path.join(dir, "linked-dir", "input.xlsx")],
      ["a relative path", () => path.relative(process.cwd(), input)],
    ];
    for (const [what, out] of paths) {
      it(`isSameFile: ${what}`, () => assert.ok(isSameFile(out(), input)));
      for (const command of ["check", "template"]) {
        it(`${command} --out ${what}: exit 2, one line, the input untouched`, async () => {
          const before = sha(input);
          const args = command === "check" ? ["check", input, "--out", out()] : ["template", "--from", input, "--out", out()];
          const r = await perfeval(args);
          assert.equal(r.code, 2, r.stdout);
          assert.match(r.stderr, /^perfeval: --out 不能是/);
          oneLine(r.stderr);
          assert.equal(sha(input), before);
          assert.ok(fs.lstatSync(path.join(dir, "symlink.xlsx")).isSymbolicLink(), "the link is still a link");
        });
      }
    }

    it("another file is not the input", () => {
      assert.equal(isSameFile(path.join(dir, "other.xlsx"), input), false);
      assert.equal(isSameFile(path.join(dir, "sub", "input.xlsx"), input), false);
    });
  });

  it("writes through a temporary file in the target folder: the folder ends with the output only", async () => {
    const target = fs.mkdtempSync(path.join(dir, "out-"));
    await writeFileSafely(path.join(target, "a.xlsx"), new Uint8Array([1, 2, 3]), [input], "same");
    assert.deepEqual(fs.readdirSync(target), ["a.xlsx"]);
    assert.deepEqual([...fs.readFileSync(path.join(target, "a.xlsx"))], [1, 2, 3]);
  });

  it("a write that fails halfway (ENOSPC) removes its temporary file and leaves the old output as it was", async () => {
    const target = fs.mkdtempSync(path.join(dir, "fail-"));
    const out = path.join(target, "a.xlsx");
    fs.writeFileSync(out, "old");
    const open = fs.promises.open;
    // The file system says "disk full" after the first bytes, as a real one does.
    (fs.promises as { open: typeof open }).open = (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      handle.writeFile = async (data: unknown) => {
        await handle.write(Buffer.from(data as Uint8Array).subarray(0, 2));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      };
      return handle;
    }) as typeof open;
    try {
      await assert.rejects(writeFileSafely(out, new Uint8Array(100), [input], "same"), /无法写入 .*a\.xlsx（磁盘空间不足，ENOSPC）$/);
    } finally {
      (fs.promises as { open: typeof open }).open = open;
    }
    assert.deepEqual(fs.readdirSync(target), ["a.xlsx"]);
    assert.equal(fs.readFileSync(out, "utf8"), "old");
  });

  it("a folder as --out: exit 2, one line", async () => {
    fs.mkdirSync(path.join(dir, "folder.xlsx"));
    const f = await perfeval(["template", "--out", path.join(dir, "folder.xlsx")]);
    assert.equal(f.code, 2);
    assert.match(f.stderr, /这是一个文件夹/);
    oneLine(f.stderr);
  });

  describe("a full disk (a 64 KiB tmpfs; needs root, as CI has)", () => {
    const mount = path.join(dir, "tiny");
    let mounted = false;
    before(function () {
      fs.mkdirSync(mount);
      mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount]).status === 0;
      if (!mounted) this.skip();
    });
    after(() => {
      if (mounted) spawnSync("umount", [mount]);
    });

    for (const command of ["check", "template"]) {
      it(`${command} --out on a full disk: exit 2, one line, no file left behind`, async () => {
        // Leave 8 KiB: the copy or the rebuilt workbook is larger.
        const filler = path.join(mount, `filler-${command}`);
        fs.writeFileSync(filler, Buffer.alloc(56 * 1024));
        const out = path.join(mount, `${command}.xlsx`);
        const args = command === "check" ? ["check", input, "--out", out] : ["template", "--from", input, "--out", out];
        const r = await perfeval(args);
        assert.equal(r.code, 2, r.stdout + r.stderr);
        assert.match(r.stderr, /^perfeval: 无法写入 .*（磁盘空间不足，ENOSPC）$/m);
        oneLine(r.stderr);
        assert.deepEqual(fs.readdirSync(mount), [`filler-${command}`]);
        fs.unlinkSync(filler);
      });
    }
  });

  describe("stdout", () => {
    const bin = path.join(packageRoot(), "bin", "perfeval.js");

    it("closed early (piped to head): ends quietly with the check's own status", async () => {
      const child = spawn(process.execPath, [bin, "check", input], { stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.destroy(); // the reader is gone before perfeval writes
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      assert.equal(stderr, "");
      assert.ok(code === 0 || code === 1, `exit ${code}`);
      const direct = spawnSync(process.execPath, [bin, "check", input]);
      assert.equal(code, direct.status, "the same status as when the whole report is read");
    });

    it("a write error (stdout on a full device): exit 2 and one line", () => {
      const full = fs.openSync("/dev/full", "w");
      try {
        const r = spawnSync(process.execPath, [bin, "check", input, "--format", "json"], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /^perfeval: 无法写出结果（磁盘空间不足，ENOSPC）\n$/);
      } finally {
        fs.closeSync(full);
      }
    });
  });
});
