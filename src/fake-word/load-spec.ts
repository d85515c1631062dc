import { ErrorCodes, FakeOfficeError } from "./errors";

/**
 * What one `load()` call asks for, relative to the object it was called on: scalar properties, navigation
 * properties with their own specs, or everything scalar.
 */
export interface LoadSpec {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadSpec>;
}

export type LoadOption = string | string[] | Record<string, unknown> | undefined;

export function emptySpec(): LoadSpec {
  return { all: false, props: new Set(), nav: new Map() };
}

function allSpec(): LoadSpec {
  return { all: true, props: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string[]): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    spec.props.add(head);
    return;
  }
  let child = spec.nav.get(head);
  if (!child) {
    child = emptySpec();
    spec.nav.set(head, child);
  }
  addPath(child, rest);
}

function addPathList(spec: LoadSpec, list: string): void {
  for (const raw of list.split(",")) {
    const path = raw.trim();
    if (path === "") continue;
    if (/\s/.test(path)) throw new FakeOfficeError(ErrorCodes.invalidArgument, `Invalid property path "${path}" in load().`);
    addPath(
      spec,
      path.split("/").map((part) => part.trim()),
    );
  }
}

function addObject(spec: LoadSpec, option: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === "select" && typeof value === "string") addPathList(spec, value);
    else if (key === "expand" && typeof value === "string") {
      for (const name of value.split(",").map((part) => part.trim()).filter(Boolean)) addPath(spec, [...name.split("/"), "$all"]);
    } else if (key === "$all") {
      if (value === true) spec.all = true;
    } else if (key.startsWith("$")) {
      continue; // $top / $skip paging hints: the fake always returns every item.
    } else if (value === true) spec.props.add(key);
    else if (value && typeof value === "object") {
      const child = spec.nav.get(key) ?? emptySpec();
      addObject(child, value as Record<string, unknown>);
      spec.nav.set(key, child);
    }
  }
}

/** Parses every form Office.js accepts: "a,b/c", ["a", "b/c"], { select, expand }, { a: true, b: { c: true } }. */
export function parseLoadOption(option: LoadOption): LoadSpec {
  if (option === undefined) return allSpec();
  const spec = emptySpec();
  if (typeof option === "string") addPathList(spec, option);
  else if (Array.isArray(option)) option.forEach((entry) => addPathList(spec, entry));
  else addObject(spec, option);
  normaliseAll(spec);
  return spec;
}

/** "$all" segments (from `expand`) and empty specs mean "every scalar property". */
function normaliseAll(spec: LoadSpec): void {
  if (spec.props.delete("$all")) spec.all = true;
  for (const child of spec.nav.values()) normaliseAll(child);
}

/** A navigation property named on its own ("items/font") loads every scalar of it. */
export function specForNamedNavigation(spec: LoadSpec, name: string): LoadSpec | undefined {
  const nested = spec.nav.get(name);
  const named = spec.props.has(name);
  if (!nested && !named) return undefined;
  const result = nested ?? emptySpec();
  if (named || (result.props.size === 0 && result.nav.size === 0)) result.all = true;
  return result;
}
