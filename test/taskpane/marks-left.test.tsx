import { screen } from "@testing-library/react";
import type { ClearResult } from "../../src/word/document-host";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { checkDocumentNow, renderReady } from "./support/render-pane";

/** A host whose Word refuses to delete some marks (some comments on a Mac, office-js #6551, #6895). */
class StickyMarksHost extends FakeDocumentHost {
  constructor(private readonly outcome: ClearResult) {
    super(seedSnapshot("kent-stls-redesign-2022.md"));
  }

  async removeMarks(): Promise<ClearResult> {
    return this.outcome;
  }
}

describe("Clear marks when Word will not remove some of them", () => {
  it.each([
    [{ removed: 2, notRemoved: 1 }, "Removed 2 marks", "Word would not remove 1 mark. Remove it by hand, or try Clear marks again."],
    [{ removed: 0, notRemoved: 3 }, "No marks were removed", "Word would not remove 3 marks. Remove them by hand, or try Clear marks again."],
  ])("after %p says %p and how many are left", async (outcome, title, body) => {
    const { user } = await renderReady(new StickyMarksHost(outcome));
    await checkDocumentNow(user);
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByText(body)).toBeInTheDocument();
  });
});
