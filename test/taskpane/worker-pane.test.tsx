/** The pane with its checks in a worker behind the watchdog: a check that runs away is stopped and the pane says so. */
import { screen, waitFor } from "@testing-library/react";
import { createWatchdogChecker } from "../../src/taskpane/worker/watchdog-checker";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { fakeWorkers } from "./support/fake-worker";
import { renderReady, summaryValue, verdict, waitForChecks } from "./support/render-pane";

describe("a check that runs away", () => {
  it("is stopped after the limit; the pane says so, stays usable, and the next check gets a fresh worker", async () => {
    const workers = fakeWorkers("never-answers", "answers");
    const checker = createWatchdogChecker({ createWorker: workers.createWorker, limitMs: 250 });
    const { user } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")), { checker });

    // The check the pane runs on opening is the one that runs away.
    const alert = await screen.findByRole("alert", {}, { timeout: 3000 });
    await waitFor(() => expect(alert).toHaveTextContent("The document was not checked"), { timeout: 3000 });
    expect(alert).toHaveTextContent(
      "The check took too long and was stopped after 0.25 seconds. Your document has not been changed. A very long document can cause this.",
    );
    expect(workers.created[0].terminated).toBe(true);
    expect(verdict()).toHaveTextContent("Not checked yet");
    expect(screen.getByRole("button", { name: "Check document" })).toBeEnabled();

    await user.click(screen.getByRole("button", { name: "Check document" }));
    await waitForChecks(1);
    expect(summaryValue("Key decision")).toBe("Not answered");
    expect(screen.queryByText(/took too long/)).not.toBeInTheDocument();
    expect(workers.created).toHaveLength(2);
  });
});
