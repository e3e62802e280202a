/**
 * styles.xml, extended and never rewritten: a painted cell gets a new cell format (xf) that is
 * its own format with only the fill changed, appended after every existing one, so no other cell
 * that shared the original format changes (ExcelJS shares one style object between such cells,
 * and filling one filled them all: 380 cells for 8 findings).
 */
import { MARKS } from "../../core/marks";
import type { Severity } from "../../core/model";
import { Splices, XmlElement, appendInside, attributeText, elementsOf, qualified, withAttributes } from "./xml";

/** "#FFC7CE" → "FFFFC7CE", the ARGB of styles.xml. */
const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** Each severity's background colour as styles.xml writes it (the add-in's marks: core/marks.ts). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: argb(MARKS.error.color),
  warning: argb(MARKS.warning.color),
  info: argb(MARKS.info.color),
};

/** What a new font differs from the workbook's default font in. */
export interface FontChange {
  bold?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

/** A new cell format: a font, a fill, wrapping. */
export interface NewFormat {
  font?: FontChange;
  fill?: Severity;
  wrap?: boolean;
}

/** The sections of a stylesheet in schema order (CT_Stylesheet): a missing one goes in its place. */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const ITEM = { fonts: "font", fills: "fill", cellXfs: "xf" } as const;
type Section = keyof typeof ITEM;

/** A stylesheet with nothing but what every xlsx needs, for a package that has none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export class StylesPatch {
  private readonly root: XmlElement;
  private readonly sections = new Map<string, XmlElement>();
  private readonly items: Record<Section, XmlElement[]> = { fonts: [], fills: [], cellXfs: [] };
  private readonly added: Record<Section, string[]> = { fonts: [], fills: [], cellXfs: [] };
  /** The defining children of font 0 (name, family, charset, scheme), copied into new fonts. */
  private readonly baseFont: { size: string; rest: string };
  private readonly fills = new Map<Severity, number>();
  private readonly painted = new Map<string, number>();

  constructor(private readonly xml: string) {
    const all = elementsOf(xml, (e) => e.depth <= 3, "xl/styles.xml");
    this.root = all[0];
    for (const e of all) {
      if (e.depth === 1) this.sections.set(e.local, e);
      if (e.depth === 2) {
        for (const section of Object.keys(ITEM) as Section[]) {
          const parent = this.sections.get(section);
          if (parent && e.start > parent.start && e.end <= parent.end && e.local === ITEM[section]) this.items[section].push(e);
        }
      }
    }
    const font0 = this.items.fonts[0];
    const inFont0 = font0 ? all.filter((e) => e.depth === 3 && e.start > font0.start && e.end <= font0.end) : [];
    const size = inFont0.find((e) => e.local === "sz")?.attributes.val ?? "11";
    const rest = inFont0.filter((e) => ["name", "family", "charset", "scheme"].includes(e.local)).map((e) => xml.slice(e.start, e.end)).join("");
    this.baseFont = { size, rest: rest || `<${this.q("name")} val="Calibri"/>` };
    // Index 0 of each list has a meaning (the default font, no fill, gray125, the default format):
    // a stylesheet that lacks a list gets those first.
    const q = (n: string) => this.q(n);
    if (!this.sections.has("fonts")) this.added.fonts.push(`<${q("font")}><${q("sz")} val="11"/><${q("name")} val="Calibri"/></${q("font")}>`);
    if (!this.sections.has("fills")) this.added.fills.push(`<${q("fill")}><${q("patternFill")} patternType="none"/></${q("fill")}>`, `<${q("fill")}><${q("patternFill")} patternType="gray125"/></${q("fill")}>`);
    if (!this.sections.has("cellXfs")) this.added.cellXfs.push(`<${q("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  }

  private q(name: string): string {
    return qualified(this.root.prefix, name);
  }

  private add(section: Section, xml: string): number {
    this.added[section].push(xml);
    return this.items[section].length + this.added[section].length - 1;
  }

  private fillFor(severity: Severity): number {
    let id = this.fills.get(severity);
    if (id === undefined) {
      const q = (n: string) => this.q(n);
      const mark = MARKS[severity];
      // A solid fill's colour is its fgColor; a pattern's fgColor is the pattern, its bgColor the background (CT_PatternFill).
      const colours = mark.patternColor
        ? `<${q("fgColor")} rgb="${argb(mark.patternColor)}"/><${q("bgColor")} rgb="${SEVERITY_FILL[severity]}"/>`
        : `<${q("fgColor")} rgb="${SEVERITY_FILL[severity]}"/><${q("bgColor")} indexed="64"/>`;
      id = this.add("fills", `<${q("fill")}><${q("patternFill")} patternType="${mark.ooxml}">${colours}</${q("patternFill")}></${q("fill")}>`);
      this.fills.set(severity, id);
    }
    return id;
  }

  /** The format of a cell painted for `severity` whose format was `xf`: that format, its fill changed. */
  paintedFormat(xf: number, severity: Severity): number {
    const key = `${xf}:${severity}`;
    let id = this.painted.get(key);
    if (id === undefined) {
      const original = this.items.cellXfs[xf] ?? this.items.cellXfs[0];
      const fillId = this.fillFor(severity);
      let text: string;
      if (original) {
        const startTag = this.xml.slice(original.start, original.openEnd);
        text = withAttributes(startTag, { fillId, applyFill: 1 }) + this.xml.slice(original.openEnd, original.end);
      } else {
        text = `<${this.q("xf")} numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" applyFill="1"/>`;
      }
      id = this.add("cellXfs", text);
      this.painted.set(key, id);
    }
    return id;
  }

  /** A new format for the 检查结果 sheet. */
  newFormat(format: NewFormat): number {
    const q = (n: string) => this.q(n);
    let fontId = 0;
    if (format.font) {
      const f = format.font;
      const parts = [f.bold ? `<${q("b")}/>` : "", f.underline ? `<${q("u")}/>` : "", `<${q("sz")} val="${f.size ?? this.baseFont.size}"/>`, f.color ? `<${q("color")} rgb="${f.color}"/>` : "", this.baseFont.rest];
      fontId = this.add("fonts", `<${q("font")}>${parts.join("")}</${q("font")}>`);
    }
    const fillId = format.fill ? this.fillFor(format.fill) : 0;
    const attributes = attributeText({ numFmtId: 0, fontId, fillId, borderId: 0, xfId: 0, ...(fontId ? { applyFont: 1 } : {}), ...(fillId ? { applyFill: 1 } : {}), ...(format.wrap ? { applyAlignment: 1 } : {}) });
    const alignment = format.wrap ? `<${q("alignment")} vertical="top" wrapText="1"/>` : "";
    return this.add("cellXfs", alignment ? `<${q("xf")}${attributes}>${alignment}</${q("xf")}>` : `<${q("xf")}${attributes}/>`);
  }

  /** The stylesheet with the new fonts, fills and formats appended and their counts updated. */
  toXml(): string {
    const splices = new Splices();
    const missing: Section[] = [];
    for (const section of Object.keys(ITEM) as Section[]) {
      const added = this.added[section].join("");
      if (!added) continue;
      const element = this.sections.get(section);
      const count = this.items[section].length + this.added[section].length;
      if (!element) {
        missing.push(section);
        continue;
      }
      const startTag = this.xml.slice(element.start, element.openEnd);
      const counted = "count" in element.attributes ? withAttributes(startTag, { count }) : startTag;
      if (element.selfClosing) {
        splices.replace(element.start, element.end, `${counted.slice(0, -2).replace(/\s+$/, "")}>${added}</${this.q(section)}>`);
      } else {
        splices.replace(element.start, element.openEnd, counted);
        appendInside(splices, this.xml, element, added);
      }
    }
    for (const section of missing) {
      const text = `<${this.q(section)} count="${this.added[section].length}">${this.added[section].join("")}</${this.q(section)}>`;
      const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1).map((s) => this.sections.get(s)).find((e) => e);
      if (later) splices.insert(later.start, text);
      else appendInside(splices, this.xml, this.root, text);
    }
    return splices.apply(this.xml);
  }
}
