import { WORD_API_SETS } from "./api-sets.generated";
import { ErrorCodes, FakeOfficeError, notModelled, propertyNotLoaded } from "./errors";
import { emptySpec, parseLoadOption, specForNamedNavigation, type LoadOption, type LoadSpec } from "./load-spec";
import type { DocumentModel } from "./model";
import type { FakeRequestContext } from "./context";

/**
 * Every touch of a Word member goes through this guard, as in Office.js: a member above the host's requirement sets
 * throws ApiNotFound at once, and a member Word has but the fake does not model throws NotImplemented instead of
 * reading as undefined. Names Word does not have behave as in plain JavaScript.
 */
const memberGuard: ProxyHandler<FakeClientObject<unknown>> = {
  get(target, property) {
    if (typeof property !== "string") return Reflect.get(target, property, target);
    // The fake's own workings (underscored) run on the object itself, unguarded: they are not the add-in touching Word.
    if (property.startsWith("_")) {
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    }
    target._guard(property);
    // Getters run on the object itself too.
    return Reflect.get(target, property, target);
  },
  set(target, property, value) {
    if (typeof property === "string") target._guard(property);
    return Reflect.set(target, property, value, target);
  },
};

/** WORD_API_SETS as maps, so that no inherited name ("constructor") reads as a Word member. */
const API_SETS = new Map(Object.entries(WORD_API_SETS).map(([type, members]) => [type, new Map(Object.entries(members))]));

/**
 * The proxy machinery every fake Word object shares. A proxy points at its target lazily (a resolver run while
 * `sync()` executes the queue), remembers the values a load brought back, and throws PropertyNotLoaded for
 * anything read before `load()` + `sync()`.
 */
export abstract class FakeClientObject<T> {
  protected abstract readonly typeName: string;
  /** Scalar properties: what a bare `load()` loads. */
  protected abstract readonly scalarNames: readonly string[];
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
  ) {
    // The guard wraps the object itself, so every subclass member is reached through it.
    return new Proxy(this, memberGuard as ProxyHandler<this>);
  }

  /** The requirement set a Word member needs, from @types/office-js; undefined when Word has no such member. */
  private apiSetOf(name: string): string | undefined {
    return API_SETS.get(this.typeName)?.get(name);
  }

  _guard(name: string): void {
    const set = this.apiSetOf(name);
    if (set === undefined) return;
    if (!(name in this)) throw notModelled(`${this.typeName}.${name}`);
    if (set !== "") this.context.environment.requireApiSet(set, `${this.typeName}.${name}`);
  }

  protected get model(): DocumentModel {
    return this.context.environment.model;
  }

  /** The target, at sync time. A null object's target throws ItemNotFound when an action needs it. */
  _resolve(): T {
    const target = this.resolver();
    if (target === null) throw new FakeOfficeError(ErrorCodes.itemNotFound, `The requested ${this.typeName} does not exist.`);
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const spec = parseLoadOption(option);
    this.context._enqueue(() => this._applyLoad(spec));
    return this;
  }

  _applyLoad(spec: LoadSpec): void {
    const target = this.resolver();
    this.nullState = target === null;
    if (target === null) return;
    const names = new Set(spec.all ? this.scalarNames : []);
    for (const name of spec.props) if (!this._navigation(name)) names.add(name);
    for (const name of names) {
      if (!this.scalarNames.includes(name)) {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `The property '${name}' does not exist on ${this.typeName}.`);
      }
      this.requireAtSync(name);
      this.loaded.set(name, this._read(name, target));
    }
    const namedNavigations = [...spec.props].filter((name) => this._navigation(name));
    for (const name of new Set([...spec.nav.keys(), ...namedNavigations])) {
      const navigation = this._navigation(name);
      if (!navigation) {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `'${name}' is not a navigation property of ${this.typeName}.`);
      }
      navigation._applyLoad(specForNamedNavigation(spec, name) as LoadSpec);
    }
  }

  protected abstract _read(name: string, target: T): unknown;

  /** Navigation properties (font, parentContentControlOrNullObject...) that a load path may pass through. */
  protected _navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  protected _value<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as V;
  }

  /** Setting a property queues the write; the proxy reads back what was set, as Office.js does. */
  protected _write<V>(name: string, value: V, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this.context._enqueue(() => {
      this.requireAtSync(name);
      apply(this._resolve());
    });
  }

  /** The host refuses a member it does not support when the batch runs, too (it may have over-reported its sets). */
  private requireAtSync(name: string): void {
    const set = this.apiSetOf(name);
    if (set) this.context.environment.requireApiSet(set, `${this.typeName}.${name}`);
  }

  /** Queues an action on the target; the result is available to later queued actions through the returned ref. */
  protected _action<R>(describe: string, run: (target: T) => R): LazyRef<R> {
    const ref = new LazyRef<R>(describe);
    this.context._enqueue(() => {
      this.requireAtSync(describe);
      ref.set(run(this._resolve()));
    });
    return ref;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A value produced by a queued action; reading it before that action ran is an invalid object path. */
export class LazyRef<R> {
  private value: { set: true; value: R } | { set: false } = { set: false };

  constructor(private readonly describe: string) {}

  set(value: R): void {
    this.value = { set: true, value };
  }

  get = (): R => {
    if (!this.value.set) {
      throw new FakeOfficeError(ErrorCodes.invalidObjectPath, `The result of ${this.describe} is used before it exists.`);
    }
    return this.value.value;
  };
}

/** OfficeExtension.ClientResult: `value` is readable only after the sync that computed it. */
export class FakeClientResult<R> {
  constructor(private readonly ref: LazyRef<R>) {}

  get value(): R {
    try {
      return this.ref.get();
    } catch {
      throw new FakeOfficeError(ErrorCodes.valueNotLoaded, "The value of the result object has not been loaded yet. Call context.sync() first.");
    }
  }
}

/** A collection proxy: `items` exists only after a load; each item proxy is bound to one target. */
export abstract class FakeCollection<M, P extends FakeClientObject<M>> extends FakeClientObject<M[]> {
  protected readonly scalarNames: readonly string[] = [];
  private loadedItems: P[] | undefined;

  protected abstract _item(target: M): P;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  protected _read(): unknown {
    return undefined;
  }

  /** `load("items/text")`, `load("text")` and `load({ text: true })` all load `text` on every item. */
  override _applyLoad(spec: LoadSpec): void {
    const itemSpec = specForNamedNavigation(spec, "items") ?? emptySpec();
    if (spec.all) itemSpec.all = true;
    for (const name of spec.props) if (name !== "items") itemSpec.props.add(name);
    for (const [name, child] of spec.nav) if (name !== "items") itemSpec.nav.set(name, child);
    if (itemSpec.props.size === 0 && itemSpec.nav.size === 0) itemSpec.all = true;
    this.loadedItems = this._resolve().map((target) => {
      const item = this._item(target);
      item._applyLoad(itemSpec);
      return item;
    });
  }

  protected _at(describe: string, pick: (targets: M[]) => M | undefined, orNull: boolean): () => M | null {
    return () => {
      const target = pick(this._resolve());
      if (target !== undefined) return target;
      if (orNull) return null;
      throw new FakeOfficeError(ErrorCodes.itemNotFound, `${this.typeName}.${describe}: the collection is empty.`);
    };
  }
}
