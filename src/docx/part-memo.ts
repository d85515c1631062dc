import { sameBytes } from "./zip";
import type { StoredForm, ZipPackage } from "./zip";

/** Forms kept per kind of part, most recently used first: a register's records come from a few templates. */
const CAPACITY = 4;
/**
 * A part that unpacks to more than this is read every time. Word's styles and numbering parts are tens of KB;
 * the cap keeps what a checking thread holds here to a few MB whatever the files, well inside its heap limit.
 */
const MAX_KEPT_BYTES = 512 * 1024;

interface Kept<T> {
  form: StoredForm;
  /** What else the reading depended on: the limits it was read under, the part it belongs to. */
  context: readonly unknown[];
  value: T;
}

function sameForm(a: StoredForm, b: StoredForm): boolean {
  return a.method === b.method && a.size === b.size && a.crc32 === b.crc32 && sameBytes(a.bytes, b.bytes);
}

/**
 * One kind of part (styles, numbering, relationships) as read from each of a few stored forms. Records made
 * from one template share these parts byte for byte, so a run over a register reads each once. A form is
 * matched on its exact stored bytes and on what the archive declares of them, never on a checksum alone,
 * and only parts that were read without fault are kept: a reused part is the part read again.
 */
export class PartMemo<T> {
  private readonly kept: Kept<T>[] = [];

  find(form: StoredForm, context: readonly unknown[]): T | undefined {
    const index = this.kept.findIndex((kept) => sameForm(kept.form, form) && kept.context.every((item, at) => item === context[at]));
    if (index < 0) return undefined;
    const [found] = this.kept.splice(index, 1);
    this.kept.unshift(found);
    return found.value;
  }

  keep(form: StoredForm, context: readonly unknown[], value: T): void {
    if (form.size > MAX_KEPT_BYTES || form.bytes.length > MAX_KEPT_BYTES) return;
    // A copy: the form's bytes are a view of the whole archive, which would otherwise be kept with them.
    this.kept.unshift({ form: { ...form, bytes: form.bytes.slice() }, context, value });
    if (this.kept.length > CAPACITY) this.kept.pop();
  }
}

/**
 * Reads a part through `read`, or takes what an earlier read of the same stored form gave. A reused part
 * still passes the package's checks (names, caps) and counts towards its total, as a part read again would.
 */
export async function readOnce<T>(
  memo: PartMemo<T> | undefined,
  pkg: ZipPackage,
  part: string,
  maxBytes: number,
  context: readonly unknown[],
  read: () => Promise<T>,
): Promise<T> {
  const form = memo === undefined ? undefined : pkg.storedForm(part);
  if (memo === undefined || form === undefined) return read();
  const known = memo.find(form, context);
  if (known !== undefined) {
    await pkg.reuse(part, maxBytes);
    return known;
  }
  const value = await read();
  memo.keep(form, context, value);
  return value;
}
