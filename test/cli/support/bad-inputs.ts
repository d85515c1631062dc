import { createDeflateRaw, crc32 } from "node:zlib";
import { documentXml, p, wordPackage } from "./word-package";
import { writeZip } from "./zip-writer";

const MiB = 1024 * 1024;

/** Deflates `total` bytes of one repeated chunk without ever holding them inflated: a zip bomb's payload. */
export async function deflatedRepeat(chunk: Buffer, total: number): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on("data", (data: Buffer) => output.push(data));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.once("end", resolve);
    deflate.once("error", reject);
  });
  let crc = 0;
  let size = 0;
  while (size < total) {
    const piece = chunk.subarray(0, Math.min(chunk.length, total - size));
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await finished;
  return { bytes: Buffer.concat(output), size, crc };
}

/** An OLE compound file header followed by a directory naming the given streams (UTF-16LE, as OLE stores them). */
export function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = streams.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name, "utf16le").copy(entry);
    return entry;
  });
  return Buffer.concat([header, Buffer.from(p("Root Entry"), "utf16le"), ...directory]);
}

export const validPackage = (): Buffer => wordPackage({ document: documentXml(p("DECISION TO BE TAKEN BY:") + p("Cabinet Member for Finance")) });

/** A bomb that says how big it is: 300 MiB of one character, about 300 KB on disk. */
export async function honestBomb(): Promise<Buffer> {
  const payload = await deflatedRepeat(Buffer.alloc(MiB, 0x20), 300 * MiB);
  return writeZip([{ name: "word/document.xml", deflated: payload }]);
}

/**
 * A bomb whose headers claim a few hundred bytes. With padding the file is too big to be read whole,
 * so the part is streamed from disk instead of inflated in memory.
 */
export async function lyingBomb(paddingBytes = 0): Promise<Buffer> {
  const opening = Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`);
  const payload = await deflatedRepeat(Buffer.concat([opening, Buffer.alloc(MiB - opening.length, 0x41)]), 300 * MiB);
  const padding = paddingBytes > 0 ? [{ name: "word/media/image1.png", data: Buffer.alloc(paddingBytes, 1), method: "store" as const }] : [];
  return writeZip([...padding, { name: "word/document.xml", deflated: { ...payload, size: 600 } }]);
}

/** A styles part far bigger than any real one. */
export async function oversizedStyles(): Promise<Buffer> {
  const payload = await deflatedRepeat(Buffer.alloc(MiB, 0x20), 40 * MiB);
  return writeZip([
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: "word/document.xml", data: documentXml(p("Text")) },
    { name: "word/styles.xml", deflated: payload },
  ]);
}
