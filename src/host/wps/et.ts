/// <reference types="wps-jsapi" />
/**
 * The part of WPS 表格's object model (ET, the `wps.EtApplication()` of a WPS 加载项) that the
 * add-in uses, typed as the object model really behaves.
 *
 * Kingsoft's declarations (npm wps-jsapi 1.0.5, src/lib.et.d.ts) are generated from the COM type
 * library: they name every member but mistype most results (`Range(...)`, `Item(...)` and
 * `Address(...)` return `void`, `UsedRange` and `Value2` are `number`). So the adapter is typed
 * against these narrower interfaces, and {@link CheckedAgainst} makes `npm run typecheck` prove
 * that each member used here is declared by Kingsoft for the same object, as a method where
 * Kingsoft has a method and as a property where Kingsoft has a property (`Address()` is called,
 * `Value2` is read). The results follow WPS's JSA reference (WPS 基础接口/表格 API 参考,
 * qn.cache.wpscdn.cn/encs/doc/office_v19) and, where it is silent, Microsoft's VBA reference,
 * which it translates; test/wps-sim/README.md cites each behaviour.
 */

/** A cell as Value2 gives it: undefined (or null, or "") for an empty cell. */
export type EtValue = string | number | boolean | null | undefined;

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly Workbooks: { readonly Count: number; Item(index: number | string): EtWorkbook };
  readonly ActiveSheet: EtWorksheet | null;
  /** A Range when cells are selected (a shape or chart otherwise). */
  readonly Selection: unknown;
  readonly ActiveCell: EtRange | null;
  /** "12.1.0.20540"-style build string. */
  readonly Build: string;
  /** False while the add-in deletes its own sheet: Worksheet.Delete asks the user otherwise. */
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  /** Application.FileDialog(msoFileDialogSaveAs): the Save As dialog, which only picks a path (nothing is saved until Execute). */
  FileDialog(fileDialogType: number): EtFileDialog;
  /** LanguageID(msoLanguageIDUI): the LCID of the user interface's language (2052 zh-CN, 1033 en-US). */
  readonly LanguageSettings: EtLanguageSettings;
}

export interface EtFileDialog {
  InitialFileName: string;
  Title: string;
  /** -1 when the user chose (the action button), 0 when cancelled. */
  Show(): number;
  readonly SelectedItems: { readonly Count: number; Item(Index: number): string };
}

export interface EtLanguageSettings {
  LanguageID(Id: number): number;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Sheets: EtSheets;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet | null;
  /** Absent or throwing in WPS builds without custom XML parts (then a very hidden sheet is used). */
  readonly CustomXMLParts: EtCustomXMLParts;
  readonly Names: EtNames;
  /** The path and file name ("D:\财务\2024.xlsx"); the name alone while the workbook was never saved. */
  readonly FullName: string;
  /** True when the workbook's structure is protected: no sheet can be added, deleted or renamed. */
  readonly ProtectStructure: boolean;
  /** Saves a copy of the workbook to a file; the open workbook keeps its name and stays unsaved (VBA Workbook.SaveCopyAs). */
  SaveCopyAs(Filename: string): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name (case-insensitive). Throws when there is none. */
  Item(index: number | string): EtWorksheet;
  /** The new sheet, before `Before` or after `After` (before the active sheet when both are omitted). */
  Add(Before?: EtWorksheet, After?: EtWorksheet, Count?: number, Type?: number): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  /** 1-based position. */
  readonly Index: number;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  /** True when the sheet's cells are protected. */
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  /** Every cell of the sheet; `.Item(row, column)` is one cell, 1-based. */
  readonly Cells: EtRange;
  readonly PageSetup: EtPageSetup;
  Range(Cell1: string, Cell2?: string): EtRange;
  Activate(): void;
  Delete(): void;
  Move(Before?: EtWorksheet, After?: EtWorksheet): void;
}

export interface EtRange {
  /** "$A$1:$B$2"; Address(false, false) gives "A1:B2". */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  /** 1-based row and column of the top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Count: number;
  readonly Worksheet: EtWorksheet;
  /** One cell: its value. Several: rows of values (a JS array of arrays, 0-based). */
  Value2: EtValue | EtValue[][];
  Formula: string | string[][];
  /** One format, or null when the cells' formats differ. */
  NumberFormat: string | null;
  /** True when merged, false when not, null when the range holds both. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: { Item(Index: number): { LineStyle: number; Weight: number } };
  readonly Validation: EtValidation;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  readonly Cells: EtRange;
  Item(RowIndex: number, ColumnIndex?: number): EtRange;
  Merge(Across?: boolean): void;
  Select(): void;
}

export interface EtInterior {
  /** BGR: red + green·256 + blue·65536. 16777215 (white) when there is no fill. */
  Color: number;
  /** XlPattern; xlPatternNone (-4142) for no fill. */
  Pattern: number;
  PatternColor: number;
  /** xlColorIndexNone (-4142) for no fill. */
  ColorIndex: number;
  /** XlThemeColor 1–12 for a theme colour. */
  ThemeColor: number;
  /** -1 … 1, the lightening or darkening of a theme colour. */
  TintAndShade: number;
  /** The gradient of a gradient fill (Pattern 4000 or 4001). */
  readonly Gradient: unknown;
}

export interface EtFont {
  Name: string;
  Size: number;
  Bold: boolean;
  Italic: boolean;
  Color: number;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  ShowError: boolean;
  ShowInput: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  InputMessage: string;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintArea: string;
  PrintTitleRows: string;
  CenterHorizontally: boolean;
}

export interface EtNames {
  readonly Count: number;
  Item(Index: number | string): EtName;
  Add(Name: string, RefersTo: string): unknown;
}

export interface EtName {
  readonly Name: string;
  Delete(): void;
}

export interface EtCustomXMLParts {
  readonly Count: number;
  Item(Index: number): EtCustomXMLPart;
  Add(XML: string): EtCustomXMLPart;
  SelectByNamespace(NamespaceURI: string): { readonly Count: number; Item(Index: number): EtCustomXMLPart };
}

export interface EtCustomXMLPart {
  readonly Id: string;
  readonly NamespaceURI: string;
  readonly XML: string;
  Delete(): void;
}

// ---------------------------------------------------------------------------------------
// Constants (Kingsoft's enums are ambient: there is no `Et` object at run time, so the values
// are written here; their types make the compiler check each against Kingsoft's enum member).

export const XL: {
  none: Et.EtXlPattern.xlPatternNone;
  solid: Et.EtXlPattern.xlPatternSolid;
  automatic: Et.EtXlPattern.xlPatternAutomatic;
  linearGradient: Et.EtXlPattern.xlPatternLinearGradient;
  rectangularGradient: Et.EtXlPattern.xlPatternRectangularGradient;
  sheetVisible: Et.EtXlSheetVisibility.xlSheetVisible;
  sheetHidden: Et.EtXlSheetVisibility.xlSheetHidden;
  sheetVeryHidden: Et.EtXlSheetVisibility.xlSheetVeryHidden;
  worksheet: Et.EtXlSheetType.xlWorksheet;
  left: Et.EtConstants.xlLeft;
  center: Et.EtConstants.xlCenter;
  right: Et.EtConstants.xlRight;
  top: Et.EtConstants.xlTop;
  continuous: Et.EtXlLineStyle.xlContinuous;
  validateList: Et.EtXlDVType.xlValidateList;
  alertStop: Et.EtXlDVAlertStyle.xlValidAlertStop;
  alertInformation: Et.EtXlDVAlertStyle.xlValidAlertInformation;
  landscape: Et.EtXlPageOrientation.xlLandscape;
  portrait: Et.EtXlPageOrientation.xlPortrait;
  paperA4: Et.EtXlPaperSize.xlPaperA4;
  fileDialogSaveAs: Kso.KsoMsoFileDialogType.msoFileDialogSaveAs;
  languageUi: Kso.KsoMsoAppLanguageID.msoLanguageIDUI;
} = {
  none: -4142,
  solid: 1,
  automatic: -4105,
  linearGradient: 4000,
  rectangularGradient: 4001,
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  worksheet: -4167,
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
  continuous: 1,
  validateList: 3,
  alertStop: 1,
  alertInformation: 3,
  landscape: 2,
  portrait: 1,
  paperA4: 9,
  fileDialogSaveAs: 2,
  languageUi: 2,
};

/** XlBordersIndex: the four edges and the inside lines, the borders of the template's boxes. */
export const BORDER_EDGES: readonly [
  Et.EtXlBordersIndex.xlEdgeTop, Et.EtXlBordersIndex.xlEdgeBottom, Et.EtXlBordersIndex.xlEdgeLeft,
  Et.EtXlBordersIndex.xlEdgeRight, Et.EtXlBordersIndex.xlInsideVertical, Et.EtXlBordersIndex.xlInsideHorizontal,
] = [8, 9, 7, 10, 11, 12];

// ---------------------------------------------------------------------------------------
// The proof against Kingsoft's declarations (type level only; nothing of this runs).

type IsMethod<T> = T extends (...args: never[]) => unknown ? true : false;
/** The members of `Ours` that Kingsoft's `Theirs` lacks, or declares as the other kind. */
type Mismatched<Ours, Theirs> = {
  [K in keyof Ours]: K extends keyof Theirs ? (IsMethod<Ours[K]> extends IsMethod<Theirs[K]> ? never : K) : K;
}[keyof Ours];
type Proof<Ours, Theirs> = [Mismatched<Ours, Theirs>] extends [never] ? true : Mismatched<Ours, Theirs>;

/** Fails to compile, naming the member, when one of ours is not Kingsoft's. */
export const CheckedAgainst: {
  application: Proof<EtApplication, Et.EtApplication>;
  workbook: Proof<EtWorkbook, Et.EtWorkbook>;
  sheets: Proof<EtSheets, Et.EtSheets>;
  worksheet: Proof<EtWorksheet, Et.EtWorksheet>;
  range: Proof<EtRange, Et.EtRange>;
  interior: Proof<EtInterior, Et.EtInterior>;
  font: Proof<EtFont, Et.EtFont>;
  validation: Proof<EtValidation, Et.EtValidation>;
  pageSetup: Proof<EtPageSetup, Et.EtPageSetup>;
  names: Proof<EtNames, Et.EtNames>;
  name: Proof<EtName, Et.EtName>;
  fileDialog: Proof<EtFileDialog, Kso.KsoFileDialog>;
  selectedItems: Proof<EtFileDialog["SelectedItems"], Kso.KsoFileDialogSelectedItems>;
  languageSettings: Proof<EtLanguageSettings, Kso.KsoLanguageSettings>;
  customXmlParts: Proof<EtCustomXMLParts, Kso.KsoCustomXMLParts>;
  customXmlPart: Proof<EtCustomXMLPart, Kso.KsoCustomXMLPart>;
} = {
  application: true, workbook: true, sheets: true, worksheet: true, range: true, interior: true, font: true,
  validation: true, pageSetup: true, names: true, name: true, fileDialog: true, selectedItems: true, languageSettings: true,
  customXmlParts: true, customXmlPart: true,
};
