import { isPlainArchive } from "../../src/docx/node/plain-archive";
import { openZipFile } from "../../src/docx/node/zip-file";
import type { ZipSource } from "../../src/docx";
import { seeded } from "../support/random";
import { documentXml, p, Scratch, stylesXml, wordPackage } from "../cli/support/word-package";
import { writeZip } from "../cli/support/zip-writer";

/**
 * rod-check reads the directory of a file it holds in memory itself, and leaves every other archive to yauzl.
 * The two must list the same entries, so a file gets the same report (and a damaged one the same line)
 * however it was read: only archives yauzl lists plainly may be read the fast way.
 */

const scratch = new Scratch();
afterAll(() => scratch.remove());

const RECORD = wordPackage({
  document: documentXml(p("Decision:") + p("Approve the budget of £2.4m.")),
  styles: stylesXml('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'),
});

const END = RECORD.length - 22;
const FIRST_ENTRY = RECORD.readUInt32LE(END + 16);

/** A copy of the record with `change` applied to it. */
function patched(change: (copy: Buffer) => Buffer | void): Buffer {
  const copy = Buffer.from(RECORD);
  return change(copy) ?? copy;
}

/** The record with an extra field added to its first directory entry. */
function withExtraField(id: number, data: Buffer, declaredLength = data.length): Buffer {
  const nameEnd = FIRST_ENTRY + 46 + RECORD.readUInt16LE(FIRST_ENTRY + 28);
  const field = Buffer.alloc(4 + data.length);
  field.writeUInt16LE(id, 0);
  field.writeUInt16LE(declaredLength, 2);
  data.copy(field, 4);
  const copy = Buffer.concat([RECORD.subarray(0, nameEnd), field, RECORD.subarray(nameEnd)]);
  copy.writeUInt16LE(field.length, FIRST_ENTRY + 30);
  return copy;
}

const named = (name: string) => writeZip([{ name, data: documentXml(p("Approve.")) }]);

describe("which archives are read without yauzl", () => {
  it.each<[string, Buffer, boolean]>([
    ["a record as Word writes one", RECORD, true],
    ["one with a comment whose length is recorded", patched((copy) => {
      copy.writeUInt16LE(3, END + 20);
      return Buffer.concat([copy, Buffer.from("abc")]);
    }), true],
    ["one with an extra field yauzl passes over (timestamps)", withExtraField(0x5455, Buffer.alloc(5)), true],
    ["bytes after the end record", Buffer.concat([RECORD, Buffer.from("xyz")]), false],
    ["a comment length that does not reach the end", patched((copy) => void copy.writeUInt16LE(9, END + 20)), false],
    ["a ZIP64 locator before the end record", Buffer.concat([RECORD.subarray(0, END), Buffer.from([0x50, 0x4b, 0x06, 0x07]), Buffer.alloc(16), RECORD.subarray(END)]), false],
    ["an archive on several disks", patched((copy) => void copy.writeUInt16LE(1, END + 4)), false],
    ["an entry count of 65,535", patched((copy) => void copy.writeUInt16LE(0xffff, END + 10)), false],
    ["a directory past the end of the file", patched((copy) => void copy.writeUInt32LE(RECORD.length, END + 16)), false],
    ["a directory entry with a wrong signature", patched((copy) => void copy.writeUInt32LE(0x02014b51, FIRST_ENTRY)), false],
    ["strong encryption", patched((copy) => void copy.writeUInt16LE(copy.readUInt16LE(FIRST_ENTRY + 8) | 0x40, FIRST_ENTRY + 8)), false],
    ["ZIP64 sizes", patched((copy) => void copy.writeUInt32LE(0xffffffff, FIRST_ENTRY + 24)), false],
    ["a stored entry whose two sizes differ", writeZip([{ name: "word/document.xml", data: documentXml(p("Approve.")), method: "store", declaredSize: 5 }]), false],
    ["a Unicode path field", withExtraField(0x7075, Buffer.alloc(9, 1)), false],
    ["a ZIP64 field", withExtraField(0x0001, Buffer.alloc(8)), false],
    ["an extra field longer than its room", withExtraField(0x5455, Buffer.alloc(5), 40), false],
    ["a name with a backslash", named("word\\document.xml"), false],
    ["an absolute name", named("/word/document.xml"), false],
    ["a name with a drive", named("C:word/document.xml"), false],
    ["a name that climbs out", named("word/../document.xml"), false],
    ["a name beyond ASCII", named("wörd/document.xml"), false],
    ["a name with a control character", named("word/doc\u0001ument.xml"), false],
    ["a directory cut short", RECORD.subarray(0, FIRST_ENTRY + 30), false],
  ])("%s", (_case, bytes, plain) => {
    expect(isPlainArchive(bytes)).toBe(plain);
  });
});

/** What a source lists, as the package reads it. */
async function listing(open: () => Promise<ZipSource>): Promise<unknown> {
  try {
    const source = await open();
    try {
      const entries = await source.entries();
      // Only the directory is read another way: local headers and data are read from the bytes as they were.
      return {
        entryCount: source.entryCount,
        entries: entries.map(({ name, rawName, encrypted, method, compressedSize, uncompressedSize, crc32 }) => ({
          name,
          rawName: Buffer.from(rawName).toString("hex"),
          encrypted,
          method,
          compressedSize,
          uncompressedSize,
          crc32,
        })),
      };
    } finally {
      source.close();
    }
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

describe("a directory read from the bytes lists what yauzl lists", () => {
  it("for 400 records damaged at random, wherever the bytes are read", async () => {
    const random = seeded(20261128);
    let plain = 0;
    for (let index = 0; index < 400; index++) {
      const bytes = Buffer.from(RECORD);
      const changes = 1 + Math.floor(random() * 3);
      // Half the damage falls in the directory and end record, where the two readers could part.
      for (let change = 0; change < changes; change++) {
        const from = random() < 0.5 ? FIRST_ENTRY : 0;
        bytes[from + Math.floor(random() * (bytes.length - from))] = Math.floor(random() * 256);
      }
      const damaged = random() < 0.2 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      if (!isPlainArchive(damaged)) continue;
      plain++;
      const path = scratch.write(`damaged-${index}.docx`, damaged);
      // Without the bytes, the file is read from disk with yauzl.
      expect(await listing(() => openZipFile(path, damaged))).toEqual(await listing(() => openZipFile(path)));
    }
    expect(plain).toBeGreaterThan(100);
  });
});
