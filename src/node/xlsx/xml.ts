/**
 * XML of a package part (xmlScanner), by local names: transitional and strict files
 * (schemas.openxmlformats.org, purl.oclc.org) use the same element names, and some writers put
 * a prefix on every element (`<x:c>`). Namespaces are not resolved: parts are reached through
 * their relationships, so a part's vocabulary is known before it is parsed.
 */
import { TextDecoder } from "util";
import { ScannedTag, XmlScanner } from "./xmlScanner";

export type Tag = ScannedTag;

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`r:id` as "id"); the name as written is looked up first. */
export function attribute(tag: Tag, local: string): string | undefined {
  const plain = tag.get(local);
  if (plain !== undefined) return plain;
  for (let i = 0; i < tag.count; i++) if (localName(tag.names[i]) === local) return tag.values[i];
  return undefined;
}

export interface XmlHandlers {
  open?(tag: Tag): void;
  close?(name: string): void;
  /** Character data, CDATA sections included; one text may come in several calls. */
  text?(text: string): void;
}

export function xmlParser(handlers: XmlHandlers): XmlScanner {
  const { open, close, text } = handlers;
  return new XmlScanner({
    open: open ?? (() => {}),
    close: close ?? (() => {}),
    text: text ?? (() => {}),
  });
}

/**
 * Decodes a part's bytes chunk by chunk: UTF-8, or UTF-16 when the part starts with its byte
 * order mark; line ends become "\n" as XML requires (§2.11) before the scanner sees them.
 */
export class PartDecoder {
  private decoder?: TextDecoder;
  /** A CR that ended the last chunk: it may be the first half of a CR LF. */
  private carriedCR = false;

  decode(chunk: Uint8Array, last = false): string {
    if (!this.decoder) {
      const encoding = chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8";
      this.decoder = new TextDecoder(encoding);
    }
    let text = this.decoder.decode(chunk, { stream: !last });
    if (this.carriedCR) text = "\r" + text;
    this.carriedCR = !last && text.endsWith("\r");
    if (this.carriedCR) text = text.slice(0, -1);
    return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  }
}

/** Parses a whole (small) part. */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = xmlParser(handlers);
  parser.write(new PartDecoder().decode(bytes, true));
  parser.end();
}
