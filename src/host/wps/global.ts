/// <reference types="wps-jsapi" />
/**
 * The `wps` global of a WPS 加载项's pages (its main page and its task pane, each a page of its
 * own in WPS's Chromium): the ET application, the storage the add-in's pages share, task panes,
 * events, and the file system. Typed as the add-in uses it; {@link CheckedAgainst} proves each
 * member against Kingsoft's declarations (wps-jsapi src/index.d.ts, namespace `wps`) where they
 * have it. FileSystem's binary reads and writes are documented in WPS's 加载项 API 参考
 * (文件系统/FileSystem) but not declared in wps-jsapi 1.0.5; AddCustomFunction comes from wpsjs 2.2.3.
 */
import type { EtApplication } from "./et";

/** A task pane made by CreateTaskPane: shown and hidden through Visible. */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
}

/** The handler an ApiEvent listener is called with: the sheet and, for changes and selections, the range. */
export type ApiEventHandler = (...args: unknown[]) => void;

export interface WpsApiEvent {
  AddApiEventListener(eventName: string, callback: ApiEventHandler): void;
  /** Kingsoft declares the event name only; wpsjs's own template passes the callback too. */
  RemoveApiEventListener(eventName: string, callback?: ApiEventHandler): void;
}

/** WPS 加载项 API 参考 > 文件系统 > FileSystem: the methods the exports use. */
export interface WpsFileSystem {
  Exists(path: string): boolean;
  Remove(path: string): void;
  /** The file as a "binary string": one character (0–255) per byte. */
  readAsBinaryString?(path: string): string;
  /** Writes a binary string (one character per byte) to the file, creating or replacing it. */
  writeAsBinaryString?(path: string, binaryString: string): unknown;
}

export interface WpsGlobal {
  EtApplication(): EtApplication;
  /** Shared by the add-in's pages (its main page and the task pane): "同一个插件的不同网页间来传递数据". */
  PluginStorage: { setItem(key: string, value: string): void; getItem(key: string): string | null; removeItem(key: string): void };
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane | null | undefined;
  ApiEvent?: WpsApiEvent;
  FileSystem?: WpsFileSystem;
  Env?: { GetTempPath(): string };
  /** From WPS 12.1.0.20540 (src/host/wps/functions.ts). */
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => void;
}

/** The add-in API as wpsjs's templates reach it: on window.Application, the ET application itself. */
type AddinApplication = EtApplication & Omit<WpsGlobal, "EtApplication">;

/**
 * The page's `wps`, when it runs in WPS (undefined in a plain browser and in Office). Kingsoft
 * declares `wps.EtApplication()`; wpsjs 2.2.3's et template reaches the same services through
 * window.Application (Application.PluginStorage, .CreateTaskPane, .GetTaskPane, .ApiEvent), so a
 * page that has only that is taken too.
 */
export function wpsGlobal(): WpsGlobal | undefined {
  const g = globalThis as unknown as { wps?: Partial<WpsGlobal>; Application?: Partial<AddinApplication> };
  if (typeof g.wps?.EtApplication === "function") return g.wps as WpsGlobal;
  const app = g.Application;
  if (!app || typeof app.CreateTaskPane !== "function" || typeof app.PluginStorage?.getItem !== "function" || !("ActiveWorkbook" in app)) return undefined;
  const api = app as AddinApplication;
  return {
    EtApplication: () => api,
    PluginStorage: api.PluginStorage,
    CreateTaskPane: (url, title) => api.CreateTaskPane(url, title),
    GetTaskPane: (id) => api.GetTaskPane(id),
    ApiEvent: api.ApiEvent,
    FileSystem: api.FileSystem,
    Env: api.Env,
    ...(typeof api.AddCustomFunction === "function" ? { AddCustomFunction: (ns: string, name: string, fn: (...args: unknown[]) => unknown) => api.AddCustomFunction!(ns, name, fn) } : {}),
  };
}

// ---------------------------------------------------------------------------------------
// The proof against Kingsoft's declarations (type level only; nothing of this runs).

type Missing<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs>;
type Proven<Ours, Theirs> = [Missing<Ours, Theirs>] extends [never] ? true : Missing<Ours, Theirs>;
type Declared = typeof wps;

/** Fails to compile, naming the member, when one we call is not declared by Kingsoft. */
export const CheckedAgainst: {
  global: Proven<Omit<WpsGlobal, "FileSystem" | "AddCustomFunction">, Declared>;
  apiEvent: Proven<WpsApiEvent, Declared["ApiEvent"]>;
  taskPane: Proven<WpsTaskPane, wps.CustomTaskpane>;
  fileSystem: Proven<Pick<WpsFileSystem, "Exists" | "Remove">, Declared["FileSystem"]>;
  env: Proven<{ GetTempPath(): string }, Declared["Env"]>;
  storage: Proven<WpsGlobal["PluginStorage"], Declared["PluginStorage"]>;
} = { global: true, apiEvent: true, taskPane: true, fileSystem: true, env: true, storage: true };
