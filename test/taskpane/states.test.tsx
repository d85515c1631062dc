import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MINIMUM_WORD } from "../../src/word/requirements";
import { axe } from "jest-axe";
import type { ConnectResult } from "../../src/word/document-host";
import { FakeDocumentHost } from "./support/fake-host";
import { renderApp } from "./support/render-pane";

describe("the pane before it can check", () => {
  it("shows a loading state while Word connects", async () => {
    renderApp(new Promise<ConnectResult>(() => undefined));
    expect(screen.getByRole("status")).toHaveTextContent("Connecting to Word…");
    expect(screen.queryByRole("button", { name: "Check document" })).not.toBeInTheDocument();
  });

  const cases: { name: string; connection: () => Promise<ConnectResult>; heading: string; shows: (string | RegExp)[] }[] = [
    {
      name: "outside Office",
      connection: async () => ({ status: "outside-office" }),
      heading: "Open ROD Author in Word",
      shows: [/works only inside Word/, /On the Home tab, choose ROD Author/, "npm start"],
    },
    {
      name: "an unsupported Word",
      connection: async () => ({ status: "unsupported", message: "ROD Author needs Word API 1.3; this Word offers 1.1." }),
      heading: "This version of Word is not supported",
      shows: ["ROD Author needs Word API 1.3; this Word offers 1.1.", new RegExp(`needs ${MINIMUM_WORD} \\(Word API 1\\.3\\)`)],
    },
    {
      name: "a failed connection",
      connection: async () => ({ status: "error", message: "Office.onReady never answered." }),
      heading: "ROD Author could not start",
      shows: ["Office.onReady never answered.", /Your document has not been changed/],
    },
    {
      name: "a connection that throws",
      connection: () => Promise.reject(new Error("Script error in office.js")),
      heading: "ROD Author could not start",
      shows: ["Script error in office.js"],
    },
  ];

  it.each(cases)("explains $name and has no accessibility violations", async ({ connection, heading, shows }) => {
    const { container } = renderApp(connection());
    expect(await screen.findByRole("heading", { name: heading })).toBeInTheDocument();
    for (const text of shows) expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Check document" })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("says it is still connecting when Word is slow to answer, and starts when Word answers late", async () => {
    let answer: (result: ConnectResult) => void = () => undefined;
    const connection = new Promise<ConnectResult>((resolve) => (answer = resolve));
    const { container } = render(<App connection={connection} slowAfterMs={30} />);
    expect(screen.getByRole("status")).toHaveTextContent("Connecting to Word…");
    expect(await screen.findByText("Still connecting to Word…")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(/keeps waiting and starts as soon as Word answers/);
    expect(screen.getByRole("status")).toHaveTextContent(`ROD Author needs ${MINIMUM_WORD}.`);
    expect(await axe(container)).toHaveNoViolations();
    answer({ status: "ready", host: new FakeDocumentHost() });
    expect(await screen.findByRole("button", { name: "Check document" })).toBeInTheDocument();
    expect(screen.queryByText("Still connecting to Word…")).not.toBeInTheDocument();
  });

  it("is ready to use once Word is connected", async () => {
    renderApp(Promise.resolve({ status: "ready", host: new FakeDocumentHost() }));
    for (const name of ["Insert template", "Check document", "Clear marks"]) {
      expect(await screen.findByRole("button", { name })).toBeInTheDocument();
    }
    expect(screen.getByRole("switch", { name: "Live check" })).not.toBeChecked();
    // It checks the record at once, without being asked.
    expect(await screen.findByRole("region", { name: "Summary" })).toBeInTheDocument();
  });
});
