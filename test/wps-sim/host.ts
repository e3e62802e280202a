/**
 * The `wps` global a WPS 加载项 page sees (wps-jsapi src/index.d.ts), over a WpsBook:
 * EtApplication(), PluginStorage, CreateTaskPane/GetTaskPane, ApiEvent, and AddCustomFunction
 * where the simulated build supports custom functions (12.1.0.20540 and later).
 */
import type { WpsBook } from "./book";
import { SimApplication } from "./workbook";

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
  /** namespace.name → the function WPS calls from a cell. */
  functions: Map<string, (...args: unknown[]) => unknown>;
  storage: Map<string, string>;
  taskPanes: SimTaskPane[];
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
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
  const host: WpsHost = { app, functions: new Map(), storage: new Map(), taskPanes: [], listeners: new Map(), uninstall: () => undefined };
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
  if (buildAtLeast(book.options.build, "12.1.0.20540")) {
    wps.AddCustomFunction = (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => host.functions.set(`${namespace}.${name}`, fn);
  }
  g.wps = wps;
  // A WPS 加载项 page also has window.Application (wpsjs's ribbon.js uses it); the same object.
  g.Application = app;
  host.uninstall = () => {
    g.wps = saved.wps;
    g.Application = saved.Application;
  };
  return host;
}
