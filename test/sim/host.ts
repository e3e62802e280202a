/**
 * Installs the simulator as the Office host: globalThis.Excel (run, RequestContext, enums),
 * globalThis.Office (onReady, context, actions, addin, getFileAsync) and OfficeExtension.Error.
 * No Node imports: the same code serves mocha and a browser page.
 */
import { Workbook } from "./api";
import { ErrorCodes, SimError } from "./errors";
import { SimContext } from "./proxy";
import { SimWorkbook } from "./workbook";

export function createContext(sim: SimWorkbook): SimContext {
  const context = new SimContext(sim);
  context.workbook = new Workbook(context);
  return context;
}

const MAX_SLICE = 4 * 1024 * 1024;

const ENUMS = {
  ErrorCodes,
  FillPattern: { none: "None", solid: "Solid", gray50: "Gray50", gray75: "Gray75", gray25: "Gray25", checker: "Checker" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  BorderIndex: {
    edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight",
    insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dot: "Dot", double: "Double" },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  DataValidationType: { none: "None", wholeNumber: "WholeNumber", decimal: "Decimal", list: "List", custom: "Custom" },
  DataValidationOperator: {
    between: "Between", notBetween: "NotBetween", equalTo: "EqualTo", notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan", lessThan: "LessThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
};

type Callback<T> = (result: { status: string; value: T; error?: { code: number; name: string; message: string } }) => void;

function fileApi(sim: SimWorkbook) {
  return {
    /** Hands out the document (its JSON as UTF-8) in slices; Excel supports Compressed only. */
    getFileAsync(fileType: string, a?: unknown, b?: unknown): void {
      const callback = (typeof a === "function" ? a : b) as Callback<unknown> | undefined;
      const options = (typeof a === "object" && a ? a : {}) as { sliceSize?: number };
      const fail = (code: number, message: string): void => {
        setTimeout(() => callback?.({ status: "failed", value: undefined, error: { code, name: "Internal Error", message } }), 0);
      };
      const sliceSize = options.sliceSize ?? MAX_SLICE;
      // Where CompressedFile is not supported (Excel on the web by one table of the docs: office-js#5297).
      if (fileType !== "compressed" || !sim.isSetSupported("CompressedFile")) return fail(5001, "The file type is not supported.");
      if (sliceSize <= 0 || sliceSize > MAX_SLICE) return fail(5001, "The slice size is not valid.");
      if (sim.openFiles > 0) return fail(5001, "Only one file can be open at a time; close the previous one first.");
      const bytes = sim.fileBytes();
      sim.openFiles++;
      let closed = false;
      const file = {
        size: bytes.length,
        sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
        getSliceAsync(index: number, cb: Callback<{ data: number[]; index: number; size: number }>) {
          if (closed || index < 0 || index >= file.sliceCount) {
            setTimeout(() => cb({ status: "failed", value: undefined as never, error: { code: 5001, name: "Internal Error", message: "bad slice" } }), 0);
            return;
          }
          const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
          setTimeout(() => cb({ status: "succeeded", value: { data, index, size: data.length } }), 0);
        },
        closeAsync(cb?: Callback<void>) {
          if (!closed) sim.openFiles--;
          closed = true;
          setTimeout(() => cb?.({ status: "succeeded", value: undefined }), 0);
        },
      };
      setTimeout(() => callback?.({ status: "succeeded", value: file }), 0);
    },
  };
}

function officeApi(sim: SimWorkbook) {
  const info = { host: "Excel", platform: sim.profile.platform };
  const addinCall = (name: string, value?: unknown) => () => {
    sim.addinCalls.push(name);
    return Promise.resolve(value);
  };
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    StartupBehavior: { none: "None", load: "Load" },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      get displayLanguage() {
        return sim.displayLanguage;
      },
      set displayLanguage(language: string) {
        sim.displayLanguage = language;
      },
      contentLanguage: "zh-CN",
      host: "Excel",
      get platform() {
        return sim.profile.platform;
      },
      get diagnostics() {
        return { host: "Excel", platform: sim.profile.platform, version: "16.0" };
      },
      document: {
        ...fileApi(sim),
        get url() {
          return sim.documentUrl;
        },
      },
      requirements: { isSetSupported: (name: string, version?: string) => sim.isSetSupported(name, version) },
    },
    actions: {
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        sim.actions[id] = fn;
      },
    },
    addin: {
      showAsTaskpane: addinCall("showAsTaskpane"),
      hide: addinCall("hide"),
      setStartupBehavior: (behavior: string) => addinCall(`setStartupBehavior:${behavior}`)(),
      getStartupBehavior: addinCall("getStartupBehavior", "None"),
      onVisibilityModeChanged: (_handler: unknown) => addinCall("onVisibilityModeChanged", () => Promise.resolve())(),
    },
  };
}

/** Defines Excel, Office and OfficeExtension on `globalObject` for this workbook; returns an uninstaller. */
export function installOfficeHost(sim: SimWorkbook, globalObject: object = globalThis): () => void {
  const g = globalObject as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = {
    ...ENUMS,
    RequestContext: function RequestContext() {
      return createContext(sim);
    },
    /** Excel.run(batch) or Excel.run(objectOrOptions, batch); pending instructions are synced at the end. */
    async run<T>(...args: unknown[]): Promise<T> {
      const batch = args[args.length - 1] as (context: SimContext) => Promise<T>;
      if (typeof batch !== "function") throw new SimError("InvalidArgument", "Excel.run needs a batch function.");
      // Excel.run(context, batch) goes on in that context (how an event handler is removed: docs excel-add-ins-events).
      const context = args[0] instanceof SimContext ? args[0] : createContext(sim);
      const result = await batch(context);
      if (context.pending) await context.sync();
      return result;
    },
  };
  g.Office = officeApi(sim);
  g.OfficeExtension = { Error: SimError, ErrorCodes };
  return () => Object.assign(g, before);
}
