/**
 * docs/COMPATIBILITY.md, the README, docs/DEPLOYMENT.md and the pages must say what the code does: the same
 * minimum Word everywhere, the same requirement set per feature, and every office-js issue the Word layer
 * works around listed with its link.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UNSUPPORTED_WORD_MESSAGE } from "../../src/word/bootstrap";
import { DESKTOP_PLATFORMS } from "../../src/word/office-document-host";
import { FEATURE_SETS, MINIMUM_WORD, MINIMUM_WORD_API } from "../../src/word/requirements";

const repo = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(repo, path), "utf8");
const compatibility = read("docs/COMPATIBILITY.md");

/** Every file of the Word layer, the ribbon command, the start-up code and the old-webview script. */
function workaroundSources(): string[] {
  const word = readdirSync(join(repo, "src", "word")).map((name) => `src/word/${name}`);
  return [...word, "src/commands/commands.ts", "src/taskpane/App.tsx", "src/taskpane/legacy-webview.js"];
}

describe("docs/COMPATIBILITY.md and the code", () => {
  it("lists each feature check with the requirement set the code asks for, and no other", () => {
    const rows = [...compatibility.matchAll(/^\| `(\w+)` \| WordApi (\d\.\d+)/gm)].map((match) => [match[1], match[2]]);
    expect(Object.fromEntries(rows)).toEqual(FEATURE_SETS);
  });

  it("states the minimum Word and WordApi version the code checks, as the manifest does", () => {
    expect(compatibility).toContain(`**${MINIMUM_WORD}**`);
    expect(compatibility).toContain(`**WordApi ${MINIMUM_WORD_API}**`);
    expect(read("manifest.xml")).toContain(`<Set Name="WordApi" MinVersion="${MINIMUM_WORD_API}"/>`);
  });

  it("links every office-js issue the code cites, and uses every link it defines", () => {
    const cited = new Set(workaroundSources().flatMap((path) => [...read(path).matchAll(/#(\d{3,5})\b/g)].map((match) => match[1]!)));
    expect(cited.size).toBeGreaterThan(10);
    const defined = new Set([...compatibility.matchAll(/^\[(\d+)\]: https:\/\/github\.com\/OfficeDev\/office-js\/issues\/(\d+)$/gm)].map((match) => {
      expect(match[1]).toBe(match[2]);
      return match[1]!;
    }));
    for (const issue of cited) expect({ issue, linked: defined.has(issue) }).toEqual({ issue, linked: true });
    for (const issue of defined) expect({ issue, used: compatibility.includes(`[#${issue}][${issue}]`) }).toEqual({ issue, used: true });
  });

  it("says desktop Word marks with comments, as the code decides", () => {
    expect([...DESKTOP_PLATFORMS].sort()).toEqual(["Mac", "PC"]);
    expect(compatibility).toContain("On Windows and Mac the marks are comments.");
  });
});

describe("one minimum Word, stated everywhere", () => {
  it.each([
    ["README.md", `**${MINIMUM_WORD}**`],
    ["docs/DEPLOYMENT.md", `**${MINIMUM_WORD}**`],
    ["src/taskpane/taskpane.html", MINIMUM_WORD],
  ])("%s states it", (path, statement) => {
    // The page wraps its lines: compare with single spaces.
    expect(read(path).replace(/\s+/g, " ")).toContain(statement);
  });

  it("the refusal message states it", () => {
    expect(UNSUPPORTED_WORD_MESSAGE).toContain(MINIMUM_WORD);
  });

  it.each(["README.md", "docs/DEPLOYMENT.md", "docs/COMPATIBILITY.md", "src/taskpane/taskpane.html", "src/taskpane/components/StateScreens.tsx", "src/word/bootstrap.ts"])(
    "%s promises no older Word",
    (path) => {
      expect(read(path)).not.toMatch(/Word 2019 or later|Word 2016 or later/);
    },
  );
});
