import { crc32, deflateRawSync } from "node:zlib";

/** One part of a hand-built archive. The overrides build damaged or hostile archives on purpose. */
export interface ZipEntry {
  name: string;
  data?: Buffer | string;
  method?: "store" | "deflate";
  /** Already-deflated bytes with their true size and CRC (for archives too big to hold inflated). */
  deflated?: { bytes: Buffer; size: number; crc: number };
  /** Size written into the headers instead of the true one: a lying archive. */
  declaredSize?: number;
  /** CRC-32 written into the headers instead of the true one: a corrupt copy. */
  declaredCrc?: number;
  /** Name written into the local header instead of the central directory's: an archive that shows two faces. */
  localName?: string;
}

/**
 * A minimal zip writer (PKZIP 2.0, no zip64): enough to build .docx packages part by part, including
 * parts the `docx` package cannot write, and archives a reader must refuse.
 */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const localName = Buffer.from(entry.localName ?? entry.name, "utf8");
    const raw = entry.data === undefined ? Buffer.alloc(0) : Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, "utf8");
    const method = entry.deflated || entry.method !== "store" ? 8 : 0;
    const body = entry.deflated?.bytes ?? (method === 8 ? deflateRawSync(raw) : raw);
    const size = entry.declaredSize ?? entry.deflated?.size ?? raw.length;
    const crc = entry.declaredCrc ?? entry.deflated?.crc ?? crc32(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, localName, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + localName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
