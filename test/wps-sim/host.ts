/**
 * The `wps` global a WPS 加载项 page sees (wps-jsapi src/index.d.ts), over a WpsBook:
 * EtApplication(), PluginStorage, CreateTaskPane/GetTaskPane, ApiEvent (its listeners called
 * after the call that caused the event, as a task of the page), FileSystem and Env (WPS 加载项
 * API 参考), and AddCustomFunction where the simulated build supports custom functions
 * (12.1.0.20540 and later).
 */
import type { WpsGlobal } from "../../src/host/wps/global";
import type { WpsBook } from "./book";
import { SimRange } from "./range";
import { SimApplication, SimWorksheet } from "./workbook";

export interface SimTaskPane {
  ID: number;
  url: string;
  title: string;
  Visible: boolean;
  DockPosition: number;
  Width: number;
}

export interface WpsHost {
  app: SimApplication;
  /** The page's `wps` global. */
  wps: WpsGlobal;
  /** namespace.name → the function WPS calls from a cell. */
  functions: Map<string, (...args: unknown[]) => unknown>;
  storage: Map<string, string>;
  taskPanes: SimTaskPane[];
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
  /** Events fired and not yet delivered to the listeners. */
  pendingEvents(): number;
  uninstall(): void;
}

/** Build strings compare by their numbers: 12.1.0.20540 < 12.1.0.21000. */
export function buildAtLeast(build: string, least: string): boolean {
  const a = build.split(".").map(Number);
  const b = least.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export function installWpsHost(book: WpsBook): WpsHost {
  const g = globalThis as Record<string, unknown>;
  const saved = { wps: g.wps, Application: g.Application };
  const app = new SimApplication(book);
  let pending = 0;
  const host: WpsHost = {
    app, wps: undefined as unknown as WpsGlobal, functions: new Map(), storage: new Map(), taskPanes: [], listeners: new Map(), pendingEvents: () => pending, uninstall: () => undefined,
  };
  book.eventArgs = (sheet, area) => {
    const ws = new SimWorksheet(book, sheet);
    return area ? [ws, new SimRange(book, sheet, { ...area }, () => ws)] : [ws];
  };
  book.events = (name, args) => {
    if ((host.listeners.get(name) ?? []).length === 0) return;
    const made = args();
    pending++;
    setTimeout(() => {
      pending--;
      for (const fn of host.listeners.get(name) ?? []) fn(...made);
    }, 0);
  };
  const wps: Record<string, unknown> = {
    EtApplication: () => app,
    PluginStorage: {
      setItem: (k: string, v: unknown) => host.storage.set(k, String(v)),
      getItem: (k: string) => host.storage.get(k) ?? null,
      removeItem: (k: string) => host.storage.delete(k),
    },
    CreateTaskPane: (url: string, title = "") => {
      const pane: SimTaskPane = { ID: host.taskPanes.length + 1, url, title, Visible: false, DockPosition: 2, Width: 0 };
      host.taskPanes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => host.taskPanes.find((p) => p.ID === Number(id)),
    ApiEvent: {
      AddApiEventListener: (name: string, fn: (...args: unknown[]) => void) => host.listeners.set(name, [...(host.listeners.get(name) ?? []), fn]),
      RemoveApiEventListener: (name: string, fn?: (...args: unknown[]) => void) =>
        host.listeners.set(name, fn ? (host.listeners.get(name) ?? []).filter((f) => f !== fn) : []),
    },
  };
  if (book.options.files) {
    wps.FileSystem = {
      Exists: (path: string) => book.files.has(path),
      Remove: (path: string) => void book.files.delete(path),
      readAsBinaryString: (path: string) => {
        const data = book.files.get(path);
        if (data === undefined) throw new Error(`文件不存在：${path}`);
        return data;
      },
      writeAsBinaryString: (path: string, data: string) => {
        for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 0xff) throw new Error("二进制字符串中有大于 255 的字符");
        book.files.set(path, data);
        return true;
      },
    };
    wps.Env = { GetTempPath: () => "/tmp" };
  }
  if (buildAtLeast(book.options.build, "12.1.0.20540")) {
    wps.AddCustomFunction = (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => host.functions.set(`${namespace}.${name}`, fn);
  }
  g.wps = wps;
  host.wps = wps as unknown as WpsGlobal;
  // A WPS 加载项 page also has window.Application (wpsjs's ribbon.js uses it); the same object.
  g.Application = app;
  host.uninstall = () => {
    g.wps = saved.wps;
    g.Application = saved.Application;
    book.events = () => undefined;
  };
  return host;
}
