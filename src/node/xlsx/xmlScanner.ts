/**
 * A streaming XML tokenizer for package parts: start tags with their attributes, end tags and
 * character data (entities decoded, CDATA as text), comments, processing instructions and
 * declarations skipped. It finds each token with indexOf instead of a state machine per
 * character, and reuses one tag object, which is why it is here: sheet XML is most of what a
 * check reads, and this tokenizes the sheets of the bench's 1,320-form workbook in half of
 * htmlparser2's time (ratio 0.48–0.50 in scripts/benchXml.ts, December 2026; saxes, tried while
 * choosing, took about twice htmlparser2's). test/node/xmlScanner.test.ts holds it to
 * htmlparser2's events on random XML cut into chunks at random places.
 *
 * Like htmlparser2 it does not validate: the sheet reader checks that the worksheet closes.
 */

/**
 * The start tag being reported. One object is reused for every tag (a sheet has hundreds of
 * thousands): read it in the handler, never keep it.
 */
export class ScannedTag {
  name = "";
  /** Attributes: the first `count` entries of names and values (the arrays are reused, not emptied). */
  count = 0;
  readonly names: string[] = [];
  readonly values: string[] = [];

  /** The value of the attribute written `name` (with its prefix, if it has one). */
  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.values[i];
    return undefined;
  }
}

export interface ScanHandlers {
  open(tag: ScannedTag, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g;

/** Entity and character references decoded; an unknown one is kept as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return XML_ENTITIES[body] ?? whole;
    const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlScanner {
  /** The unfinished token (or text) at the end of what was written. */
  private carry = "";
  /** Characters written before `carry`'s start. */
  private consumed = 0;
  /** Where the token being reported ends, as a count of characters written: a handler may resume the text there. */
  tokenEnd = 0;
  private readonly tag = new ScannedTag();

  constructor(private readonly handlers: ScanHandlers) {}

  write(chunk: string): void {
    const buf = this.carry ? this.carry + chunk : chunk;
    const base = this.consumed;
    let i = 0;
    const n = buf.length;
    while (i < n) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        // Text to the end; a reference cut by the chunk's end waits for the rest.
        const amp = buf.lastIndexOf("&");
        const cut = amp >= i && buf.indexOf(";", amp) < 0 ? amp : n;
        if (cut > i) this.emitText(buf.slice(i, cut), base + cut);
        i = cut;
        break;
      }
      if (lt > i) this.emitText(buf.slice(i, lt), base + lt);
      const end = this.token(buf, lt, base);
      if (end < 0) {
        i = lt;
        break;
      }
      i = end;
    }
    this.carry = buf.slice(i);
    this.consumed = base + i;
  }

  /** The end of the text: anything still open is a token cut short. */
  end(): void {
    if (this.carry.trim() !== "") throw new Error(`XML 在“${this.carry.slice(0, 20)}”处中断`);
  }

  private emitText(text: string, end: number): void {
    this.tokenEnd = end;
    this.handlers.text(decodeEntities(text));
  }

  /** Reads the markup at `lt`; returns the index after it, or -1 when it is not all there yet. */
  private token(buf: string, lt: number, base: number): number {
    const next = buf.charCodeAt(lt + 1);
    if (next === 47) {
      // </name>
      const gt = buf.indexOf(">", lt + 2);
      if (gt < 0) return -1;
      this.tokenEnd = base + gt + 1;
      this.handlers.close(buf.slice(lt + 2, gt).trim());
      return gt + 1;
    }
    if (next === 33) return this.declaration(buf, lt, base);
    if (next === 63) {
      // <?target …?>
      const end = buf.indexOf("?>", lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (Number.isNaN(next)) return -1;
    return this.startTag(buf, lt, base);
  }

  /** Comments, CDATA sections (their text reported as text) and declarations such as DOCTYPE. */
  private declaration(buf: string, lt: number, base: number): number {
    if (buf.startsWith("<!--", lt)) {
      const end = buf.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buf.startsWith("<![CDATA[", lt)) {
      const end = buf.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      this.tokenEnd = base + end + 3;
      this.handlers.text(buf.slice(lt + 9, end));
      return end + 3;
    }
    if (buf.length - lt < 9) return -1;
    const gt = buf.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    const bracket = buf.indexOf("[", lt + 2);
    if (bracket < 0 || bracket > gt) return gt + 1;
    const close = buf.indexOf("]>", bracket);
    return close < 0 ? -1 : close + 2;
  }

  private startTag(buf: string, lt: number, base: number): number {
    const n = buf.length;
    let j = lt + 1;
    while (j < n) {
      const c = buf.charCodeAt(j);
      if (isSpace(c) || c === 62 || c === 47) break;
      j++;
    }
    if (j >= n) return -1;
    const name = buf.slice(lt + 1, j);
    const tag = this.tag;
    tag.count = 0;
    for (;;) {
      while (j < n && isSpace(buf.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const c = buf.charCodeAt(j);
      if (c === 62) {
        this.tokenEnd = base + j + 1;
        tag.name = name;
        this.handlers.open(tag, false);
        return j + 1;
      }
      if (c === 47) {
        if (j + 1 >= n) return -1;
        const gt = buf.indexOf(">", j + 1);
        if (gt < 0) return -1;
        this.tokenEnd = base + gt + 1;
        tag.name = name;
        this.handlers.open(tag, true);
        this.handlers.close(name);
        return gt + 1;
      }
      const eq = buf.indexOf("=", j);
      if (eq < 0) return -1;
      let q = eq + 1;
      while (q < n && isSpace(buf.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const quote = buf[q];
      if (quote !== '"' && quote !== "'") throw new Error(`属性 ${buf.slice(j, eq).trim()} 的值没有引号`);
      const close = buf.indexOf(quote, q + 1);
      if (close < 0) return -1;
      tag.names[tag.count] = buf.slice(j, eq).trim();
      tag.values[tag.count++] = decodeEntities(buf.slice(q + 1, close));
      j = close + 1;
    }
  }
}
