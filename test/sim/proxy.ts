/**
 * The request/response machinery of Office.js, simulated: proxies queue loads, writes and method
 * calls on their RequestContext; context.sync() applies the queue in order to the SimWorkbook
 * and only then fills loaded properties. Reading what was not loaded and synced throws
 * PropertyNotLoaded; ClientResult.value throws ValueNotLoaded until its sync.
 */
import { SimError, invalidArgument, propertyNotLoaded, valueNotLoaded } from "./errors";
import type { SimWorkbook } from "./workbook";
import type { Workbook } from "./api";
import { LoadTree, parseLoad, utf8Length } from "./wire";

export { utf8Length };

type Op = () => void;

/**
 * What an action and an object path weigh in Office.js's request JSON ({"Id":12,"ActionType":3,
 * "Name":"GetCellProperties","ObjectPathId":11,"ArgumentInfo":…}): estimates from its shape.
 */
export const ACTION_BYTES = 80;
export const OBJECT_BYTES = 100;

export class SimContext {
  readonly sim: SimWorkbook;
  /** Set by the creator (host.ts): the proxies need the context first. */
  workbook!: Workbook;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  readonly debugInfo = {};
  private queue: Op[] = [];
  private requestBytes = 0;
  /** Bytes of the response being built, and how to take back what the batch filled if it is refused. */
  responseBytes = 0;
  private undo: (() => void)[] = [];

  constructor(sim: SimWorkbook) {
    this.sim = sim;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** True while a batch is applied: proxies made then (a loaded collection's items) travel in no request. */
  private applying = false;

  /**
   * Queues an instruction. Its request bytes: one action, plus `bytes` of arguments (written
   * values, XML, load paths, method options): "the payload size of a request combines the number
   * of API calls, the number of objects, such as Range objects, and the length of the value to
   * set or get" (docs: excel/performance.md).
   */
  enqueue(op: Op, bytes = 0): void {
    this.queue.push(op);
    this.requestBytes += ACTION_BYTES + bytes;
  }

  /** A proxy made by the add-in's code: one object path in the next request. */
  objectCreated(): void {
    if (!this.applying) this.requestBytes += OBJECT_BYTES;
  }

  /** Called while a batch runs: counts a loaded value toward the response and remembers how to unload it. */
  delivered(value: unknown, undo: () => void): void {
    this.responseBytes += value === undefined ? 0 : utf8Length(JSON.stringify(value));
    this.undo.push(undo);
  }

  load<T extends SimObject>(object: T, spec?: unknown): T {
    return object.load(spec);
  }

  trace(_message: string): void {}

  /**
   * Runs the queued batch asynchronously, like a round trip; a failing instruction rejects and
   * drops the rest. Like Excel on the web, a request or response over the workbook's payload
   * limits is refused (a too-large response after the instructions ran: writes stay, loads don't).
   */
  sync<T>(passThroughValue?: T): Promise<T> {
    this.sim.syncCount++;
    const ops = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    return new Promise<T>((resolve, reject) => {
      setTimeout(() => {
        this.responseBytes = 0;
        this.undo = [];
        try {
          if (this.sim.failingSyncs.has(this.sim.syncCount)) throw new SimError(this.sim.failingSyncError.code, this.sim.failingSyncError.message);
          const { requestLimit, responseLimit } = this.sim;
          if (requestLimit !== null && requestBytes > requestLimit) throw payloadError(this.sim, "Request");
          this.sim.lastRequestBytes = requestBytes;
          this.applying = true;
          try {
            for (const op of ops) op();
          } finally {
            this.applying = false;
          }
          if (responseLimit !== null && this.responseBytes > responseLimit) {
            this.undo.forEach((u) => u());
            throw payloadError(this.sim, "Response");
          }
          resolve(passThroughValue as T);
        } catch (e) {
          reject(e);
        }
      }, 0);
    });
  }
}

/**
 * An oversized batch: the documented payload codes, or — as Excel on the web often answers
 * (OfficeDev/office-js#1314, #1012, #2564) — GeneralException "An internal error has occurred."
 */
function payloadError(sim: SimWorkbook, kind: "Request" | "Response"): SimError {
  if (sim.payloadErrorCode === "GeneralException") return new SimError("GeneralException", "An internal error has occurred.");
  return new SimError(`${kind}PayloadSizeLimitExceeded`, `The ${kind.toLowerCase()} payload size has exceeded the limit.`);
}

export class ClientResult<R> {
  private loaded = false;
  private result: R | undefined;
  constructor(private readonly location: string) {}

  get value(): R {
    if (!this.loaded) throw valueNotLoaded(this.location);
    return this.result as R;
  }

  /** Called by the simulator at sync. */
  settle(value: R): void {
    this.loaded = true;
    this.result = value;
  }

  unsettle(): void {
    this.loaded = false;
    this.result = undefined;
  }
}

/**
 * A proxy. `resolve` finds its target in the document when an instruction runs (so proxies of
 * sheets added or deleted earlier in the same batch behave as in Excel); it returns null for a
 * null object, and throws (ItemNotFound...) when a non-OrNullObject target is missing.
 */
export abstract class SimObject<T = unknown> {
  readonly context: SimContext;
  _loaded: Record<string, unknown> = {};
  _isNull: boolean | undefined;
  private children = new Map<string, SimObject>();
  private readonly resolver: () => T | null;

  constructor(context: SimContext, resolve: () => T | null, readonly _entity: string, orNull = false) {
    this.context = context;
    this.resolver = orNull ? orNullResolver(resolve) : resolve;
    context.objectCreated();
    if (orNull) context.enqueue(() => (this._isNull = this._target() === null));
  }

  /** Scalar properties this proxy can load (its class lists them). */
  abstract get _scalars(): readonly string[];
  /** Navigation properties that can appear in a load path. */
  get _navs(): readonly string[] {
    return [];
  }
  /** Reads one scalar from the target (fresh copies: the caller keeps them). */
  abstract _read(target: T, property: string): unknown;
  _write(_target: T, property: string, _value: unknown): void {
    throw new SimError("InvalidArgument", `The property '${property}' is read-only.`);
  }

  _target(): T | null {
    return this.resolver();
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._entity);
    return this._isNull;
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this.context.enqueue(() => this._fill(tree), utf8Length(JSON.stringify(spec ?? "")));
    return this;
  }

  /** At sync: copies the requested properties (and those of navigation children) from the document. */
  _fill(tree: LoadTree): void {
    const target = this._target();
    this._isNull = target === null;
    if (target === null) return;
    const keys = Object.keys(tree).length ? Object.keys(tree) : this._scalars;
    for (const key of keys) {
      if (this._scalars.includes(key)) {
        const value = this._read(target, key);
        this._loaded[key] = value;
        this.context.delivered(value, () => delete this._loaded[key]);
      } else if (this._navs.includes(key)) {
        const sub = tree[key];
        ((this as unknown as Record<string, SimObject>)[key])._fill(sub === true || sub === undefined ? {} : sub);
      } else {
        throw invalidArgument(`${this._entity}.load`, `The property '${key}' does not exist on ${this._entity}.`);
      }
    }
  }

  /** Queues an instruction on the target; a no-op on a null object, as in Excel. */
  _op(fn: (target: T) => void, requestBytes = 0): void {
    this.context.enqueue(() => {
      const target = this._target();
      if (target !== null) fn(target);
    }, requestBytes);
  }

  /** Queues a method whose result comes back; `args` are its arguments as they travel. */
  _result<R>(method: string, fn: (target: T) => R, args?: unknown): ClientResult<R> {
    const result = new ClientResult<R>(`${this._entity}.${method}`);
    this.context.enqueue(() => {
      const target = this._target();
      result.settle(target === null ? (null as R) : fn(target));
      this.context.delivered(result.value, () => result.unsettle());
    }, args === undefined ? 0 : utf8Length(JSON.stringify(args)));
    return result;
  }

  /** The same child proxy each time (range.format === range.format). */
  _child<C extends SimObject>(key: string, make: () => C): C {
    let child = this.children.get(key);
    if (!child) this.children.set(key, (child = make()));
    return child as C;
  }

  toJSON(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this._loaded)) as Record<string, unknown>;
  }
}

function orNullResolver<T>(resolve: () => T | null): () => T | null {
  return () => {
    try {
      return resolve();
    } catch (e) {
      if (e instanceof SimError && (e.code === "ItemNotFound" || e.code === "InvalidOperation")) return null;
      throw e;
    }
  };
}

/** Defines Office-style accessors: reading throws PropertyNotLoaded until loaded; setting queues a write. */
export function defineProperties(cls: { prototype: object }, readable: readonly string[], writable: readonly string[] = []): void {
  for (const name of readable) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimObject) {
        if (this._isNull === true) return undefined;
        if (!(name in this._loaded)) throw propertyNotLoaded(name, this._entity);
        return this._loaded[name];
      },
      set: writable.includes(name)
        ? function (this: SimObject, value: unknown) {
            this._loaded[name] = value;
            this._op((target) => this._write(target, name, value), utf8Length(JSON.stringify(value ?? null)));
          }
        : function (this: SimObject) {
            throw new SimError("InvalidArgument", `Cannot set the read-only property '${name}' of ${this._entity}.`);
          },
    });
  }
}

/** A collection proxy: `items` is filled at sync with one proxy per member, each loaded with the item tree. */
export abstract class SimCollection<K, I extends SimObject> extends SimObject<K[]> {
  get _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  abstract _item(key: K): I;

  get items(): I[] {
    if (this._isNull === true) return [];
    if (!("items" in this._loaded)) throw propertyNotLoaded("items", this._entity);
    return this._loaded.items as I[];
  }

  _fill(tree: LoadTree): void {
    const keys = this._target();
    this._isNull = keys === null;
    if (keys === null) return;
    const sub = tree.items ?? (Object.keys(tree).length ? tree : {});
    const items = keys.map((k) => this._item(k));
    for (const item of items) item._fill(sub === true ? {} : sub);
    this._loaded.items = items;
    this.context.delivered(keys, () => delete this._loaded.items);
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (keys) => keys.length);
  }

  toJSON(): Record<string, unknown> {
    return { items: "items" in this._loaded ? this.items.map((i) => i.toJSON()) : undefined };
  }
}
