import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { checksDone, renderChecked, summaryValue, waitForChecks } from "./support/render-pane";

const MAKE_ALL = "Make all section headings real headings";

describe("Make all section headings real headings, on the SEND seed", () => {
  it("shows 0 of 11 real, makes them all headings in one action, text unchanged, and a new check finds none", async () => {
    const host = new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt"));
    const texts = host.snapshot.blocks.map((block) => block.text);
    const { user } = await renderChecked(host);
    expect(summaryValue("Headings")).toBe("0 of 11 real");
    const before = checksDone();
    await user.click(screen.getByRole("button", { name: MAKE_ALL }));
    await waitForChecks(before + 1);
    await waitFor(() => expect(summaryValue("Headings")).toBe("11 of 11 real"));
    expect(await screen.findByText("Made 11 headings real Word headings")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: MAKE_ALL })).not.toBeInTheDocument();
    expect(host.snapshot.blocks.map((block) => block.text)).toEqual(texts);
    expect(host.snapshot.blocks[0]).toMatchObject({ style: "Title" });
  });

  it("is not offered when every heading is already real", async () => {
    await renderChecked(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")));
    expect(summaryValue("Headings")).toBe("12 of 12 real");
    expect(screen.queryByRole("button", { name: MAKE_ALL })).not.toBeInTheDocument();
  });
});

describe("Record details", () => {
  const realClipboard = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  afterEach(() => {
    if (realClipboard) Object.defineProperty(navigator, "clipboard", realClipboard);
    delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  });

  function stubClipboard(clipboard: Partial<Clipboard>) {
    Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
  }

  function blobText(blob: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(blob);
    });
  }

  class FakeClipboardItem {
    constructor(readonly items: Record<string, Blob>) {}
  }

  async function openDetails() {
    const rendered = await renderChecked(new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt")));
    const region = screen.getByRole("region", { name: "Record details" });
    await rendered.user.click(within(region).getByRole("button", { name: "Show" }));
    return { ...rendered, region };
  }

  it("lists the register's fields for the open record, with no accessibility violations", async () => {
    const { region, container } = await openDetails();
    expect(await axe(container)).toHaveNoViolations();
    const value = (label: string) => within(region).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
    expect(value("Title")).toBe("Special Educational Needs and Disabilities Strategy 2021 - 2024");
    expect(value("Decision-maker")).toBe("Sue Chandler, Cabinet member for Integrated Children's Services");
    expect(value("Key decision")).toBe("Yes");
    expect(value("Publication")).toBe("For publication");
    expect(value("Largest spend (£)")).toBe("Not found in the record");
  });

  it("Copy all puts a table on the clipboard as HTML and as tab-separated text", async () => {
    const write = jest.fn(async (_items: ClipboardItem[]) => undefined);
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    const { user, region } = await openDetails();
    stubClipboard({ write, writeText: jest.fn() });
    await user.click(within(region).getByRole("button", { name: "Copy all" }));
    expect(await within(region).findByText("Copied all the details as a table.")).toBeInTheDocument();
    const item = write.mock.calls[0][0][0] as unknown as FakeClipboardItem;
    const html = await blobText(item.items["text/html"]);
    const plain = await blobText(item.items["text/plain"]);
    expect(html).toMatch(/^<table><tbody><tr><th scope="row"[^>]*>Title<\/th><td>Special Educational Needs and Disabilities Strategy 2021 - 2024<\/td><\/tr>/);
    expect(html).toContain('<th scope="row" style="text-align:left;vertical-align:top">Decision-maker</th><td>Sue Chandler, Cabinet member for Integrated Children\'s Services</td>');
    const lines = plain.split("\r\n");
    expect(lines[0]).toBe("Title\tSpecial Educational Needs and Disabilities Strategy 2021 - 2024");
    expect(lines).toHaveLength(14);
    expect(lines.every((line) => line.split("\t").length === 2)).toBe(true);
  });

  it("Copy on one field copies its text; when the rich clipboard is refused, Copy all falls back to plain text", async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    const { user, region } = await openDetails();
    stubClipboard({ write: jest.fn(async () => Promise.reject(new DOMException("Not allowed", "NotAllowedError"))), writeText });
    await user.click(within(region).getByRole("button", { name: "Copy Decision-maker" }));
    expect(writeText).toHaveBeenLastCalledWith("Sue Chandler, Cabinet member for Integrated Children's Services");
    expect(await within(region).findByText("Copied Decision-maker.")).toBeInTheDocument();
    await user.click(within(region).getByRole("button", { name: "Copy all" }));
    expect(await within(region).findByText("Copied all the details as a table as plain text.")).toBeInTheDocument();
    expect(writeText.mock.calls.at(-1)?.[0].split("\r\n")[0]).toBe("Title\tSpecial Educational Needs and Disabilities Strategy 2021 - 2024");
  });
});
