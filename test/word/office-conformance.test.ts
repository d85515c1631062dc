import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { officeTypeTables, renderApiSetsModule, wordApiSets, MODELLED_WORD_CLASSES } from "../support/office-types/api-sets";
import { Conformance, FakeTypes } from "../support/office-types/conformance";
import { officeMembersUsedIn, projectProgram, sourceFilesIn, type UsedMember } from "../support/office-types/used-members";

/** The Word fake against @types/office-js: what the add-in uses exists on the fake, with Word's signature. */

const ROOT = join(__dirname, "..", "..");
const FAKE = join(ROOT, "src", "fake-word");
const GENERATED = join(FAKE, "api-sets.generated.ts");

describe("the Word fake's requirement-set gates", () => {
  it("come from the [Api set: …] tags of @types/office-js", () => {
    const expected = renderApiSetsModule(officeTypeTables());
    if (process.env.UPDATE_API_SETS === "1") writeFileSync(GENERATED, expected);
    expect(readFileSync(GENERATED, "utf8")).toBe(expected);
  });

  it("cover real Word members with their documented sets", () => {
    const table = wordApiSets();
    expect(table.Paragraph).toEqual(expect.objectContaining({ getComments: "WordApi 1.4", uniqueLocalId: "WordApi 1.6", text: "WordApi 1.1" }));
    expect(table.Document).toEqual(expect.objectContaining({ onParagraphChanged: "WordApi 1.6", getAnnotationById: "WordApi 1.7" }));
  });
});

describe("the Word fake conforms to Office.js", () => {
  const layerFiles = [...sourceFilesIn(join(ROOT, "src", "word")), ...sourceFilesIn(join(ROOT, "src", "commands"))];
  const fakeFiles = sourceFilesIn(FAKE);
  let used: UsedMember[];
  let fake: FakeTypes;

  beforeAll(() => {
    const program = projectProgram(ROOT, [...layerFiles, ...fakeFiles]);
    used = officeMembersUsedIn(program, layerFiles);
    fake = new FakeTypes(program, fakeFiles);
  });

  it("finds the Office.js members the Word layer uses", () => {
    const names = used.map((use) => `${use.owner}.${use.member}`);
    expect(names).toEqual(expect.arrayContaining(["Word.run", "Word.Paragraph.text", "Word.Range.insertText", "Office.Settings.get"]));
  });

  it("models each Word class it gates, as Fake<Name>", () => {
    expect(MODELLED_WORD_CLASSES.filter((name) => !fake.fakeClassNameFor(`Word.${name}`))).toEqual([]);
  });

  it("has every member the Word layer uses, with Word's signature", () => {
    expect(new Conformance(fake).problems(used)).toEqual([]);
  });
});

describe("the conformance check itself", () => {
  it("names each member where a fake differs from Word, and each member a fake lacks", () => {
    const fixtures = join(ROOT, "test", "support", "office-types", "fixtures");
    const layer = [join(fixtures, "layer.ts")];
    const wrongFake = [join(fixtures, "wrong-fake.ts")];
    const program = projectProgram(ROOT, [...layer, ...wrongFake]);
    const problems = new Conformance(new FakeTypes(program, wrongFake)).problems(officeMembersUsedIn(program, layer));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Word\.Range\.insertText .*argument insertLocation: Word takes .*, the fake number/),
        expect.stringMatching(/^Word\.Paragraph\.text .*Word's type is string, the fake's number/),
        expect.stringMatching(/^Word\.Paragraph\.getRange .*the fake does not have it/),
        expect.stringMatching(/^Word\.Body\.paragraphs .*the fake has nothing standing for Word\.Body/),
      ]),
    );
  });
});
