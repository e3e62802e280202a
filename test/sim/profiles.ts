/**
 * What differs between Excel on the web, on Windows and on Mac, as far as the add-in can tell.
 * Each difference names its source (test/sim/README.md lists them all).
 */
export type ProfileName = "web" | "windows" | "mac";

export interface SimProfile {
  name: ProfileName;
  /** Office.context.platform (Office.PlatformType). */
  platform: "OfficeOnline" | "PC" | "Mac";
  /** Request / response limits in bytes: 5 MB on the web, none documented on the desktop (docs: excel/performance.md). */
  requestLimit: number | null;
  responseLimit: number | null;
  /** Requirement sets isSetSupported accepts, with the highest version. */
  requirementSets: Record<string, string>;
  /** A click on `<a download>` with a blob URL saves the file; Excel for Mac's web view ignores it (office-js#2700, #3385). */
  downloads: boolean;
  /** Custom XML parts are still there after save and reopen; reported lost on Mac (office-js#6091). */
  xmlPartsSurviveReopen: boolean;
  /** Office.js's own script applies inline styles to the page (excel-web-16.00.js: office-js#1687). */
  inlineStyles: boolean;
}

const COMMON = { ExcelApi: "1.17", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4", OpenBrowserWindowApi: "1.1" };

export const PROFILES: Record<ProfileName, SimProfile> = {
  // CompressedFile: listed for Excel on the web in one table of the docs and not in another (#5297):
  // the simulator takes the case the add-in must survive.
  web: { name: "web", platform: "OfficeOnline", requestLimit: 5 * 1024 * 1024, responseLimit: 5 * 1024 * 1024, requirementSets: { ...COMMON }, downloads: true, xmlPartsSurviveReopen: true, inlineStyles: true },
  windows: { name: "windows", platform: "PC", requestLimit: null, responseLimit: null, requirementSets: { ...COMMON, CompressedFile: "1.1" }, downloads: true, xmlPartsSurviveReopen: true, inlineStyles: false },
  mac: { name: "mac", platform: "Mac", requestLimit: null, responseLimit: null, requirementSets: { ...COMMON, CompressedFile: "1.1" }, downloads: false, xmlPartsSurviveReopen: false, inlineStyles: false },
};

/** "1.10" ≥ "1.9": requirement set versions compare part by part. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
