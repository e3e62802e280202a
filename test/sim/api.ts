/** The workbook proxy and what hangs off it besides sheets: custom XML parts, names, the selection. */
import { SimError, invalidArgument, itemNotFound } from "./errors";
import { ClientResult, SimCollection, SimContext, SimObject, defineProperties, utf8Length } from "./proxy";
import { Range, RangeTarget } from "./range";
import { SimXmlPart, areaA1, parseAddress, quoteSheet, rootNamespace, splitSheetAddress } from "./state";
import { WorksheetCollection } from "./worksheet";

export class Workbook extends SimObject<true> {
  declare readonly name: string;
  constructor(context: SimContext) {
    super(context, () => true, "Workbook");
  }
  get _scalars(): readonly string[] {
    return ["name"];
  }
  get _navs(): readonly string[] {
    return ["worksheets", "customXmlParts", "names", "protection"];
  }
  _read(): unknown {
    return "Book1.xlsx";
  }
  get worksheets(): WorksheetCollection {
    return this._child("worksheets", () => new WorksheetCollection(this.context));
  }
  get customXmlParts(): CustomXmlPartCollection {
    return this._child("customXmlParts", () => new CustomXmlPartCollection(this.context, () => this.context.sim.state.customXmlParts.map((p) => p.id)));
  }
  get names(): NamedItemCollection {
    return this._child("names", () => new NamedItemCollection(this.context));
  }
  get protection(): WorkbookProtection {
    return this._child("protection", () => new WorkbookProtection(this.context));
  }
  /** The selection of the active sheet. */
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const state = this.context.sim.state;
      const sheet = state.sheets.find((s) => s.id === state.activeSheetId);
      if (!sheet) throw itemNotFound("Workbook.getSelectedRange");
      return { sheet, area: { ...sheet.selection } };
    });
  }
  getActiveCell(): Range {
    return this.getSelectedRange().getCell(0, 0);
  }
}
defineProperties(Workbook, ["name"]);

/** Workbook.protection (ExcelApi 1.7): the workbook's structure; a protected one takes no new, deleted or renamed sheet. */
export class WorkbookProtection extends SimObject<true> {
  declare readonly protected: boolean;
  constructor(context: SimContext) {
    super(context, () => true, "WorkbookProtection");
  }
  get _scalars(): readonly string[] {
    return ["protected"];
  }
  _read(): unknown {
    return this.context.sim.state.structureProtected === true;
  }
  protect(): void {
    this._op(() => {
      this.context.sim.state.structureProtected = true;
      this.context.sim.log.push({ what: "workbook.protect" });
    });
  }
  unprotect(): void {
    this._op(() => {
      delete this.context.sim.state.structureProtected;
      this.context.sim.log.push({ what: "workbook.unprotect" });
    });
  }
}
defineProperties(WorkbookProtection, ["protected"]);

function findPart(context: SimContext, id: string): SimXmlPart | undefined {
  return context.sim.state.customXmlParts.find((p) => p.id === id);
}

function partById(context: SimContext, id: string, among?: () => string[] | null): () => SimXmlPart {
  return () => {
    const part = findPart(context, id);
    if (!part || (among && !(among() ?? []).includes(id))) throw itemNotFound("CustomXmlPart");
    return part;
  };
}

export class CustomXmlPartCollection extends SimCollection<string, CustomXmlPart> {
  constructor(context: SimContext, resolve: () => string[] | null, entity = "CustomXmlPartCollection") {
    super(context, resolve, entity);
  }
  _item(id: string): CustomXmlPart {
    return new CustomXmlPart(this.context, partById(this.context, id));
  }

  /** Adds a part; its namespace is the root element's. */
  add(xml: string): CustomXmlPart {
    const sim = this.context.sim;
    const id = sim.newId("part");
    this.context.enqueue(() => {
      const namespaceUri = rootNamespace(xml);
      if (namespaceUri === undefined) throw invalidArgument("CustomXmlPartCollection.add", "The XML is not well-formed.");
      sim.state.customXmlParts.push({ id, namespaceUri, xml });
      sim.log.push({ what: "xml.add", address: namespaceUri });
    }, utf8Length(xml));
    return this._item(id);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.context, () =>
      this.context.sim.state.customXmlParts.filter((p) => p.namespaceUri === namespaceUri).map((p) => p.id),
    );
  }

  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(this.context, partById(this.context, id, () => this._target()));
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    return new CustomXmlPart(this.context, partById(this.context, id, () => this._target()), true);
  }
}

export class CustomXmlPartScopedCollection extends CustomXmlPartCollection {
  constructor(context: SimContext, resolve: () => string[] | null) {
    super(context, resolve, "CustomXmlPartScopedCollection");
  }
  private only(): () => SimXmlPart {
    return () => {
      const ids = this._target() ?? [];
      if (ids.length !== 1) throw new SimError("InvalidOperation", "The collection does not hold exactly one item.", "getOnlyItem");
      return findPart(this.context, ids[0]) as SimXmlPart;
    };
  }
  getOnlyItem(): CustomXmlPart {
    return new CustomXmlPart(this.context, this.only());
  }
  getOnlyItemOrNullObject(): CustomXmlPart {
    return new CustomXmlPart(this.context, this.only(), true);
  }
}

export class CustomXmlPart extends SimObject<SimXmlPart> {
  declare readonly id: string;
  declare readonly namespaceUri: string;
  constructor(context: SimContext, resolve: () => SimXmlPart | null, orNull = false) {
    super(context, resolve, "CustomXmlPart", orNull);
  }
  get _scalars(): readonly string[] {
    return ["id", "namespaceUri"];
  }
  _read(part: SimXmlPart, property: string): unknown {
    return part[property as "id" | "namespaceUri"];
  }
  getXml(): ClientResult<string> {
    return this._result("getXml", (part) => part.xml);
  }
  setXml(xml: string): void {
    this._op((part) => {
      const ns = rootNamespace(xml);
      if (ns === undefined) throw invalidArgument("CustomXmlPart.setXml", "The XML is not well-formed.");
      Object.assign(part, { xml, namespaceUri: ns });
      this.context.sim.log.push({ what: "xml.set", address: ns });
    }, utf8Length(xml));
  }
  delete(): void {
    this._op((part) => {
      const parts = this.context.sim.state.customXmlParts;
      parts.splice(parts.indexOf(part), 1);
      this.context.sim.log.push({ what: "xml.delete", address: part.namespaceUri });
    });
  }
}
defineProperties(CustomXmlPart, ["id", "namespaceUri"]);

type SimName = { name: string; formula: string; comment: string; visible: boolean };

export class NamedItemCollection extends SimCollection<string, NamedItem> {
  constructor(context: SimContext) {
    super(context, () => context.sim.state.names.map((n) => n.name), "NamedItemCollection");
  }
  private find(name: string): () => SimName {
    return () => {
      const item = this.context.sim.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!item) throw itemNotFound("NamedItem");
      return item;
    };
  }
  _item(name: string): NamedItem {
    return new NamedItem(this.context, this.find(name));
  }
  /** reference: a Range, or a formula such as "=Sheet1!$A$1". */
  add(name: string, reference: Range | string, comment = ""): NamedItem {
    this.context.enqueue(() => {
      const names = this.context.sim.state.names;
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) throw invalidArgument("NamedItemCollection.add", `The name '${name}' is not valid.`);
      if (names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new SimError("ItemAlreadyExists", "The name exists.");
      const formula = typeof reference === "string" ? reference : "=" + absolute(reference._target() as RangeTarget);
      names.push({ name, formula, comment, visible: true });
      this.context.sim.log.push({ what: "name.add", address: name });
    });
    return this._item(name);
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, this.find(name));
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, this.find(name), true);
  }
}

function absolute(t: RangeTarget): string {
  return `${quoteSheet(t.sheet.name)}!${areaA1(t.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

export class NamedItem extends SimObject<SimName> {
  declare readonly name: string;
  declare formula: string;
  declare comment: string;
  declare visible: boolean;
  declare readonly type: string;
  constructor(context: SimContext, resolve: () => SimName | null, orNull = false) {
    super(context, resolve, "NamedItem", orNull);
  }
  get _scalars(): readonly string[] {
    return ["name", "formula", "comment", "visible", "type"];
  }
  _read(item: SimName, property: string): unknown {
    return property === "type" ? (parseAddress(splitSheetAddress(item.formula).address) ? "Range" : "String") : item[property as keyof SimName];
  }
  _write(item: SimName, property: string, value: unknown): void {
    (item as Record<string, unknown>)[property] = value;
    this.context.sim.log.push({ what: `name.${property}`, address: item.name });
  }
  delete(): void {
    this._op((item) => {
      const names = this.context.sim.state.names;
      names.splice(names.indexOf(item), 1);
      this.context.sim.log.push({ what: "name.delete", address: item.name });
    });
  }
  getRange(): Range {
    return new Range(this.context, () => {
      const item = this._target();
      if (item === null) return null;
      const { sheet, address } = splitSheetAddress(item.formula);
      const area = parseAddress(address);
      const s = sheet !== undefined ? this.context.sim.findSheet(sheet) : undefined;
      if (!area || !s) throw new SimError("InvalidOperation", "The named item does not refer to a range.");
      return { sheet: s, area };
    });
  }
}
defineProperties(NamedItem, ["name", "formula", "comment", "visible", "type"], ["formula", "comment", "visible"]);
