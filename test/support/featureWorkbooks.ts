/**
 * Feature-rich workbooks for the tests of the checked copy: the LibreOffice fixture (charts, a
 * pivot table, an image, an external link, notes, validation, conditional formats, protection,
 * a hidden sheet) given what Excel adds: the add-in's stored mapping as a custom XML part (with
 * its item properties, as Excel saves them), a custom document property, and a VBA project.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync, zipSync } from "fflate";
import { MAPPING_NS } from "../../src/core/storedData";
import { packageRoot } from "../fixtures/seedForms";

export const FEATURES_FIXTURE = path.join(packageRoot(), "test", "fixtures", "features-libreoffice.xlsx");

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (s: string) => new TextEncoder().encode(s);

/** Every part of an xlsx file by name. */
export function packageParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}

function rezip(parts: Map<string, Uint8Array>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(parts)));
}

function edit(parts: Map<string, Uint8Array>, name: string, change: (xml: string) => string): void {
  parts.set(name, bytesOf(change(text(parts.get(name)!))));
}

/** The stored mapping of the fixture's parts: 信息化运维项目's 评分等级 pointed at the empty K40. */
export const STORED_MAPPING = { version: 1, sheets: { 信息化运维项目: { grade: "K40" } } };

/** The fixture with a custom XML part holding STORED_MAPPING and a custom property 填报单位. */
export function featuresWithStoredData(): Buffer {
  const parts = packageParts(fs.readFileSync(FEATURES_FIXTURE));
  parts.set("customXml/item1.xml", bytesOf(`<perfevalMapping xmlns="${MAPPING_NS}">${JSON.stringify(STORED_MAPPING)}</perfevalMapping>`));
  parts.set(
    "customXml/itemProps1.xml",
    bytesOf('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6A0E9F39-36C3-4B5E-9D39-3E59C3B1A9E2}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'),
  );
  parts.set(
    "customXml/_rels/item1.xml.rels",
    bytesOf('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>'),
  );
  edit(parts, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace("</Relationships>", '<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'));
  edit(parts, "[Content_Types].xml", (xml) =>
    xml.replace("</Types>", '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'));
  edit(parts, "docProps/custom.xml", (xml) =>
    xml.replace("></Properties>", '><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>上海市科学技术协会</vt:lpwstr></property></Properties>'));
  return rezip(parts);
}

/** A VBA project's bytes: an OLE header and a recognisable pattern (the copy must keep them as they are). */
export const VBA_PROJECT = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 1016 }, (_, i) => (i * 37) % 256)]);

/** The same workbook as a macro-enabled .xlsm with a VBA project. */
export function asMacroWorkbook(xlsx: Uint8Array): Buffer {
  const parts = packageParts(xlsx);
  parts.set("xl/vbaProject.bin", VBA_PROJECT);
  edit(parts, "[Content_Types].xml", (xml) =>
    xml
      .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  edit(parts, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace("</Relationships>", '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  return rezip(parts);
}
