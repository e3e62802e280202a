/**
 * The reviewer's workbook (`perfeval check … --summary 汇总.xlsx`), written with ExcelJS from
 * core/reviewBook: 项目汇总 (one row per project, empty 核查得分 and 审核意见 columns for the
 * reviewer), 问题清单 (every finding), 按单位统计, 按等级统计 and 文件清单.
 */
import ExcelJS from "exceljs";
import { GRADES } from "../core/labels";
import { Link, ReviewBook, ReviewTotal, UNGRADED } from "../core/reviewBook";
import { FONT_NAME } from "../core/templateStyle";

type Row = (string | number | null | Link)[];

interface Column {
  header: string;
  width: number;
  numFmt?: string;
  /** A column the reviewer fills in. */
  input?: true;
}

const AMOUNT = "#,##0.00";
const HEADER_FILL = "FFD9E1F2";
const INPUT_FILL = "FFFFF2CC";
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

function addTable(workbook: ExcelJS.Workbook, name: string, title: string, columns: Column[], rows: Row[], footer?: Row): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { name: FONT_NAME, bold: true, size: 14 };
  const header = ws.getRow(2);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT_NAME, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.input ? INPUT_FILL : HEADER_FILL } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    ws.getColumn(i + 1).width = c.width;
  });
  const all = footer ? [...rows, footer] : rows;
  all.forEach((values, r) => {
    const row = ws.getRow(3 + r);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (value !== null && typeof value === "object") {
        cell.value = { formula: value.formula.replace(/^=/, ""), result: value.text } as ExcelJS.CellFormulaValue;
        cell.font = LINK_FONT;
      } else cell.value = value;
      const column = columns[c];
      if (column.numFmt) cell.numFmt = column.numFmt;
      if (column.input && r < rows.length) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } };
    });
    if (footer && r === rows.length) row.font = { name: FONT_NAME, bold: true };
  });
  if (rows.length) ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: columns.length } };
  // A4 landscape, one page wide, the header on every page: how a reviewer prints it for the file.
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" };
  return ws;
}

const link = (l: Link | undefined) => l ?? null;

function totalRow(t: ReviewTotal): Row {
  return [...t.keys, t.projects, t.budget, t.executed, t.rate, t.averageScore, ...t.grades, t.errors, t.warnings];
}

const TOTAL_COLUMNS: Column[] = [
  { header: "项目数", width: 8 },
  { header: "全年预算数合计", width: 16, numFmt: AMOUNT },
  { header: "全年执行数合计", width: 16, numFmt: AMOUNT },
  { header: "执行率(%)", width: 10, numFmt: "0.00" },
  { header: "平均总分", width: 10, numFmt: "0.00" },
  ...[...GRADES, UNGRADED].map((g) => ({ header: g, width: 7 })),
  { header: "错误", width: 7 },
  { header: "警告", width: 7 },
];

export function reviewWorkbook(book: ReviewBook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "perfeval";
  const projects = book.projects.map((p, i): Row => [
    i + 1, p.file, p.sheet, p.code, p.name, p.department, p.implementer, p.budget, p.executed, p.rate, p.totalScore, p.grade,
    p.errors, p.warnings, null, null, link(p.link),
  ]);
  const t = book.total;
  addTable(
    workbook,
    "项目汇总",
    `绩效自评表审核汇总：${book.files.length} 个文件，${t.projects} 个项目，${t.errors} 个错误，${t.warnings} 个警告`,
    [
      { header: "序号", width: 5 }, { header: "文件", width: 18 }, { header: "工作表", width: 20 }, { header: "项目代码", width: 10 },
      { header: "项目名称", width: 26 }, { header: "主管部门", width: 18 }, { header: "实施单位", width: 18 },
      { header: "全年预算数", width: 13, numFmt: AMOUNT }, { header: "全年执行数", width: 13, numFmt: AMOUNT },
      { header: "执行率(%)", width: 10, numFmt: "0.00" }, { header: "总分", width: 8, numFmt: "0.00" }, { header: "评分等级", width: 8 },
      { header: "错误", width: 6 }, { header: "警告", width: 6 }, { header: "核查得分", width: 10, input: true },
      { header: "审核意见", width: 28, input: true }, { header: "链接", width: 7 },
    ],
    projects,
    ["合计", null, null, null, null, null, null, t.budget, t.executed, t.rate, t.averageScore, null, t.errors, t.warnings],
  );
  addTable(
    workbook,
    "问题清单",
    `问题清单：${book.findings.length} 条`,
    [
      { header: "文件", width: 28 }, { header: "工作表", width: 22 }, { header: "单元格", width: 8 }, { header: "级别", width: 6 },
      { header: "规则", width: 26 }, { header: "说明", width: 80 }, { header: "链接", width: 8 },
    ],
    book.findings.map((f) => [f.file, f.sheet, f.cell, f.severity, f.rule, f.message, link(f.link)]),
  );
  addTable(workbook, "按单位统计", "按主管部门、实施单位统计", [{ header: "主管部门", width: 22 }, { header: "实施单位", width: 22 }, ...TOTAL_COLUMNS], book.units.map(totalRow), totalRow({ ...t, keys: ["合计", ""] }));
  addTable(workbook, "按等级统计", "按评分等级统计", [{ header: "评分等级", width: 10 }, ...TOTAL_COLUMNS], book.byGrade.map(totalRow), totalRow(t));
  addTable(
    workbook,
    "文件清单",
    "文件清单",
    [{ header: "文件", width: 32 }, { header: "状态", width: 60 }, { header: "项目数", width: 8 }, { header: "错误", width: 6 }, { header: "警告", width: 6 }, { header: "链接", width: 7 }],
    book.files.map((f) => [f.name, f.status, f.projects, f.errors, f.warnings, link(f.link)]),
  );
  return workbook;
}
