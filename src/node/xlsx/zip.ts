/**
 * The zip container of an xlsx, read from its central directory (APPNOTE.TXT §4.3.12–16), one
 * entry at a time: nothing is inflated before it is asked for, and an entry is inflated in
 * small slices (fflate's streaming Inflate) so that a part whose declared or actual size passes
 * a limit is refused before it fills memory. The file itself is read by position, never whole.
 */
import * as fs from "fs";
import { Inflate } from "fflate";
import * as zlib from "zlib";

/**
 * A part's limit: 512 MiB of XML is some 15 million cells, far beyond any form. A part is refused
 * when it declares more, and stopped as soon as it inflates to more than it declares.
 */
export const MAX_PART_BYTES = 512 * 1024 * 1024;
/** All parts of one workbook together. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time; deflate inflates at most ~1,000:1, so ≤ 16 MiB out. */
const SLICE = 16 * 1024;
/**
 * A part that declares at most this much is inflated whole by Node's zlib (native, three times
 * fflate's speed on the bench's sheets); larger ones stream through fflate, slice by slice, so
 * that reading can stop early and memory stays small.
 */
const WHOLE = 16 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** Why a zip cannot be read: the one line for the user is made by the caller, who knows the file. */
export class ZipError extends Error {
  constructor(
    readonly reason: "not-zip" | "damaged" | "encrypted" | "method" | "too-large" | "forged",
    message: string,
  ) {
    super(message);
  }
}

export type ZipSource = { path: string | Buffer } | { bytes: Buffer };

interface ByteSource {
  size: number;
  read(position: number, length: number): Buffer;
  close(): void;
}

function bufferSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: (p, n) => bytes.subarray(p, Math.min(p + n, bytes.length)), close() {} };
}

function fileSource(file: fs.PathLike): ByteSource {
  const fd = fs.openSync(file, "r");
  const size = fs.fstatSync(fd).size;
  return {
    size,
    read(position, length) {
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - position)));
      let done = 0;
      while (done < buffer.length) {
        const n = fs.readSync(fd, buffer, done, buffer.length - done, position + done);
        if (n === 0) break;
        done += n;
      }
      return buffer.subarray(0, done);
    },
    close: () => fs.closeSync(fd),
  };
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly source: ByteSource;
  private inflatedTotal = 0;

  /** A file, read by position (its path as bytes when its name is not UTF-8), or the archive's bytes. */
  constructor(source: ZipSource) {
    this.source = "bytes" in source ? bufferSource(source.bytes) : fileSource(source.path);
    try {
      this.readDirectory();
    } catch (e) {
      this.source.close();
      throw e;
    }
  }

  close(): void {
    this.source.close();
  }

  private readDirectory(): void {
    const { size } = this.source;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = this.source.read(size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError("not-zip", "压缩包没有目录");
    let count = tail.readUInt16LE(at + 10);
    let directorySize = tail.readUInt32LE(at + 12);
    let directoryOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
      const locatorAt = size - tailLength + at - 20;
      const locator = locatorAt >= 0 ? this.source.read(locatorAt, 20) : Buffer.alloc(0);
      if (locator.length === 20 && locator.readUInt32LE(0) === ZIP64_LOCATOR) {
        const record = this.source.read(Number(locator.readBigUInt64LE(8)), 56);
        if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipError("damaged", "压缩包的 zip64 目录已损坏");
        count = Number(record.readBigUInt64LE(32));
        directorySize = Number(record.readBigUInt64LE(40));
        directoryOffset = Number(record.readBigUInt64LE(48));
      }
    }
    if (directoryOffset + directorySize > size) throw new ZipError("not-zip", "压缩包的目录超出了文件末尾");
    const directory = this.source.read(directoryOffset, directorySize);
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new ZipError("damaged", "压缩包的目录已损坏");
      const flags = directory.readUInt16LE(p + 8);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: directory.toString("utf8", p + 46, p + 46 + nameLength),
        method: directory.readUInt16LE(p + 10),
        encrypted: (flags & 1) !== 0,
        compressedSize: directory.readUInt32LE(p + 20),
        size: directory.readUInt32LE(p + 24),
        localHeader: directory.readUInt32LE(p + 42),
      };
      readZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
      // Part names are case-insensitive (OPC, ECMA-376 Part 2 §9.1.1.1); some Windows zip tools write "\" for "/".
      this.entries.set(entry.name.replace(/\\/g, "/").toLowerCase(), entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\//, "").toLowerCase());
  }

  /**
   * Inflates an entry into `onChunk` (slice by slice when it is large); `onChunk` returns false to
   * stop early (the rest of the entry is then never inflated). Refuses an entry that declares more
   * than `limit` bytes or inflates to more than it declares.
   */
  inflate(entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean | void, limit = MAX_PART_BYTES): void {
    if (entry.encrypted) throw new ZipError("encrypted", `${entry.name} 已加密`);
    if (entry.size > limit) throw new ZipError("too-large", `${entry.name} 声明解压后为 ${entry.size} 字节`);
    if (this.inflatedTotal + entry.size > MAX_TOTAL_BYTES) throw new ZipError("too-large", "各部件声明的解压大小合计过大");
    const header = this.source.read(entry.localHeader, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipError("damaged", `${entry.name} 的文件头已损坏`);
    const start = entry.localHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const end = start + entry.compressedSize;
    if (end > this.source.size) throw new ZipError("damaged", `${entry.name} 超出了文件末尾，文件不完整`);
    let stopped = false;
    let inflated = 0;
    const take = (chunk: Uint8Array) => {
      if (stopped || chunk.length === 0) return;
      inflated += chunk.length;
      this.inflatedTotal += chunk.length;
      // The directory's size is exact for any real writer: more is a forged entry (a zip bomb), refused at once.
      if (inflated > entry.size) throw new ZipError("forged", `${entry.name} 解压后比压缩包目录中声明的 ${entry.size} 字节还大`);
      if (onChunk(chunk) === false) stopped = true;
    };
    if (entry.method === 0) {
      for (let p = start; p < end && !stopped; p += SLICE) take(this.source.read(p, Math.min(SLICE, end - p)));
      return;
    }
    if (entry.method !== 8) throw new ZipError("method", `${entry.name} 的压缩方式为 ${entry.method}`);
    if (entry.size <= WHOLE) return void take(this.inflateWhole(entry, start, end));
    const inflater = new Inflate(take);
    try {
      for (let p = start; p < end && !stopped; p += SLICE) {
        const slice = this.source.read(p, Math.min(SLICE, end - p));
        inflater.push(slice, p + SLICE >= end);
      }
    } catch (e) {
      if (e instanceof ZipError) throw e;
      throw new ZipError("damaged", `${entry.name} 无法解压（${(e as Error).message}）`);
    }
  }

  /** The entry inflated at once, never past the size it declares. */
  private inflateWhole(entry: ZipEntry, start: number, end: number): Buffer {
    try {
      return zlib.inflateRawSync(this.source.read(start, end - start), { maxOutputLength: Math.max(entry.size, 1) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new ZipError("forged", `${entry.name} 解压后比压缩包目录中声明的 ${entry.size} 字节还大`);
      throw new ZipError("damaged", `${entry.name} 无法解压（${(e as Error).message}）`);
    }
  }

  /** The whole entry's bytes (small parts: workbook, relationships, styles, strings). */
  read(entry: ZipEntry, limit = MAX_PART_BYTES): Buffer {
    const chunks: Uint8Array[] = [];
    this.inflate(entry, (chunk) => void chunks.push(chunk), limit);
    return Buffer.concat(chunks);
  }
}

/** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order (§4.5.3). */
function readZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = q + 8 <= p + 4 + length ? Number(extra.readBigUInt64LE(q)) : undefined;
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next() ?? entry.size;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeader === 0xffffffff) entry.localHeader = next() ?? entry.localHeader;
      return;
    }
    p += 4 + length;
  }
}
