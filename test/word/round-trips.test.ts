import { checkDocument, defaultProfile } from "../../src/core";
import type { DocSnapshot } from "../../src/core/document";
import type { Finding } from "../../src/core/report";
import type { OfficeDocumentHost } from "../../src/word/office-document-host";
import type { FakeOffice, FakeOfficeOptions } from "../../src/fake-word";
import { fakeWith, hostOn } from "./helpers";

/** A short record whose findings have places (key decision unanswered, dates out of order), padded to `count` paragraphs. */
function recordOf(count: number): DocSnapshot {
  const record = [
    { text: "Key decision:", style: "Heading2", outlineLevel: 2 },
    { text: "We will spend £2,400,000 on the new service from 4th February 2021.", style: "Normal" },
    { text: "Decision:", style: "Heading2", outlineLevel: 2 },
    { text: "A consultation ran from 3rd December 2020 and closed on 4th February 2020.", style: "Normal" },
    { text: "Reason(s) for decision:", style: "Heading2", outlineLevel: 2 },
    { text: "The service must change.", style: "Normal" },
  ];
  const filler = Array.from({ length: count - record.length }, (_, index) => ({ text: `Background paragraph ${index + 1} of the record.`, style: "Normal" }));
  return { blocks: [...record, ...filler] };
}

interface Setup {
  fake: FakeOffice;
  host: OfficeDocumentHost;
  findings: Finding[];
}

async function setUp(count: number, options: FakeOfficeOptions = {}, platform?: string): Promise<Setup> {
  const fake = fakeWith(recordOf(count), options);
  const host = hostOn(fake, { platform });
  // The pane always checks before it offers Go to, Fix or Mark.
  const findings = checkDocument(await host.readSnapshot()).findings;
  fake.document.resetSyncCount();
  return { fake, host, findings };
}

function only(findings: Finding[], ruleId: string): Finding {
  const found = findings.find((finding) => finding.ruleId === ruleId);
  if (!found) throw new Error(`No ${ruleId} finding.`);
  return found;
}

async function syncsOf({ fake }: Setup, action: () => Promise<unknown>): Promise<number> {
  fake.document.resetSyncCount();
  await action();
  return fake.document.syncCount;
}

it("inserts the template into an empty document in two", async () => {
  const fake = fakeWith({ blocks: [{ text: "" }] });
  await hostOn(fake).insertTemplate(defaultProfile);
  expect(fake.document.syncCount).toBeLessThanOrEqual(2);
});

describe.each([10, 5000])("round trips to Word for a record of %i paragraphs", (count) => {
  it("checks in one sync", async () => {
    const setup = await setUp(count);
    expect(await syncsOf(setup, () => setup.host.readSnapshot())).toBe(1);
  });

  it("inserts the missing sections in two", async () => {
    const setup = await setUp(count);
    let inserted: string[] = [];
    expect(await syncsOf(setup, async () => (inserted = (await setup.host.insertTemplate(defaultProfile)).inserted))).toBeLessThanOrEqual(2);
    expect(inserted.length).toBeGreaterThan(0);
  });

  it("goes to a finding's text in two, and selects exactly it", async () => {
    const setup = await setUp(count);
    const dates = only(setup.findings, "date-order");
    expect(await syncsOf(setup, () => setup.host.locate(dates))).toBeLessThanOrEqual(2);
    expect(setup.fake.document.selection().text).toBe(dates.location!.text);
  });

  it.each([
    ["underlines on the web", "OfficeOnline", {}],
    ["comments on desktop Word", "PC", {}],
  ])("marks with %s in two, clearing the earlier marks in the same two", async (_name, platform, options) => {
    const setup = await setUp(count, options, platform);
    const located = setup.findings.filter((finding) => finding.location);
    expect(await syncsOf(setup, () => setup.host.mark(located))).toBeLessThanOrEqual(2);
    expect(await syncsOf(setup, () => setup.host.mark(located))).toBeLessThanOrEqual(2);
    expect(await syncsOf(setup, () => setup.host.clearMarks())).toBeLessThanOrEqual(2);
    expect(setup.fake.document.annotations()).toEqual([]);
    expect(setup.fake.document.comments()).toEqual([]);
  });

  it("goes to a finding in two on WordApi 1.3 too", async () => {
    const setup = await setUp(count, { supportedSets: { WordApi: "1.3" } });
    expect(await syncsOf(setup, () => setup.host.locate(only(setup.findings, "date-order")))).toBeLessThanOrEqual(2);
    expect(setup.fake.document.selection().text).toBe(only(setup.findings, "date-order").location!.text);
  });

  it("fixes in two syncs, the first of them the re-read that checks the target", async () => {
    const setup = await setUp(count);
    const syncs = await syncsOf(setup, () => setup.host.applyFix(only(setup.findings, "key-decision-answer"), defaultProfile));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(setup.fake.document.texts()[0]).toBe("Key decision: YES");
  });
});
