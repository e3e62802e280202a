/**
 * The Office host of the end-to-end pages, bundled by harness.ts and served at Office.js's
 * address: the simulated workbook described by window.__PERFEVAL_WORKBOOK__ (set by an init
 * script before the page's scripts run) behind globalThis.Excel and Office, plus the custom
 * functions runtime's CustomFunctions (the shared runtime defines it; functions.js calls
 * CustomFunctions.associate at load). window.__sim is the workbook, for the tests' assertions.
 */
import type { PaneWorkbook } from "./harness";
import { SimWorkbook, installOfficeHost } from "../sim/excel";
import { simFromSpecs } from "../sim/fromSpecs";

interface HostWindow {
  __PERFEVAL_WORKBOOK__?: PaneWorkbook;
  /** Downloads the page started that the platform ignored. */
  __ignoredDownloads?: string[];
  __sim?: SimWorkbook;
  __customFunctions?: string[];
  CustomFunctions?: unknown;
}

class CustomFunctionsError {
  constructor(readonly code: string, readonly message?: string) {}
}

const w = window as unknown as HostWindow;
const described = w.__PERFEVAL_WORKBOOK__;
const sim = described ? simFromSpecs(described.specs) : new SimWorkbook();
if (described?.profile) sim.useProfile(described.profile);
for (const n of described?.failingSyncs ?? []) sim.failingSyncs.add(n);
w.__ignoredDownloads = [];
if (!sim.profile.downloads) {
  // Excel for Mac's WKWebView does nothing for a blob URL in <a download> (office-js#2700, #3385).
  document.addEventListener(
    "click",
    (e) => {
      const link = (e.target as Element | null)?.closest?.("a[download]");
      if (!link) return;
      e.preventDefault();
      w.__ignoredDownloads?.push(link.getAttribute("download") ?? "");
    },
    true,
  );
}
if (sim.profile.inlineStyles) {
  // Office.js's script on the web (excel-web-16.00.js) applies inline styles to the add-in's page,
  // which `style-src 'self'` refuses (office-js#1687): a <style> element and a style attribute.
  const style = document.createElement("style");
  style.textContent = "#__office-host-frame { position: absolute; width: 0; height: 0; }";
  document.head.appendChild(style);
  const frame = () => {
    const div = document.createElement("div");
    div.id = "__office-host-frame";
    div.setAttribute("style", "display: none");
    document.body.appendChild(div);
  };
  if (document.body) frame();
  else document.addEventListener("DOMContentLoaded", frame);
}
if (described?.language) sim.displayLanguage = described.language;
for (const f of described?.fills ?? []) sim.setFill(f.sheet, f.address, f.color);
if (described?.select) sim.select(described.select.sheet, described.select.address);
for (const p of described?.parts ?? []) sim.state.customXmlParts.push({ id: sim.newId("part"), namespaceUri: p.namespace, xml: p.xml });

installOfficeHost(sim, window);
w.__customFunctions = [];
w.CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
    nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!",
  },
  associate: (id: string) => void w.__customFunctions?.push(id),
};
w.__sim = sim;
