import { errorMessage } from "../../../src/core/text/error-message";
import { plural } from "../../../src/core/text/plural";
import { quote, shortQuote } from "../../../src/core/text/quote";

describe("plural", () => {
  test.each<{ count: number; one: string; many?: string; expected: string }>([
    { count: 0, one: "file", expected: "0 files" },
    { count: 1, one: "file", expected: "1 file" },
    { count: 2, one: "file", expected: "2 files" },
    { count: 1, one: "info", many: "info", expected: "1 info" },
    { count: 4, one: "info", many: "info", expected: "4 info" },
  ])("$expected", ({ count, one, many, expected }) => {
    expect(plural(count, one, many)).toBe(expected);
  });
});

describe("quotes of the document in messages", () => {
  const sixty = "The Cabinet Member agreed the new contract for the SEND team";

  test("are at most 60 characters, the ellipsis included", () => {
    expect(sixty).toHaveLength(60);
    expect(shortQuote(sixty)).toBe(sixty);
    const cut = shortQuote(`${sixty}s.`);
    expect(cut).toBe("The Cabinet Member agreed the new contract for the SEND tea…");
    expect(cut).toHaveLength(60);
  });

  test("drop the space before the ellipsis when the cut falls after a word", () => {
    expect(shortQuote(`${"x".repeat(58)} and more`)).toBe(`${"x".repeat(58)}…`);
  });

  test("fold tabs, line breaks and runs of spaces onto one line, and trim the ends", () => {
    expect(shortQuote("  Decision:\tI agree\n\nthe  plan. ")).toBe("Decision: I agree the plan.");
  });

  test("take a shorter limit where a message needs one", () => {
    expect(shortQuote("Key decision: YES", 10)).toBe("Key decis…");
  });

  test("come in curly quotation marks where a message quotes the document", () => {
    expect(quote("Key decision:  YES")).toBe("“Key decision: YES”");
    expect(quote(`${sixty}s.`)).toBe("“The Cabinet Member agreed the new contract for the SEND tea…”");
  });
});

describe("error messages", () => {
  test.each<[string, unknown, string]>([
    ["an Error's message", new Error("GeneralException"), "GeneralException"],
    ["Office.js's error object, which need not be an Error", { code: "ItemNotFound", message: "The item was not found." }, "The item was not found."],
    ["a thrown string", "the network is down", "the network is down"],
    ["an Error without a message", new Error(""), "an unexpected error occurred."],
    ["an empty string", "", "an unexpected error occurred."],
    ["an object without a message", { code: 5 }, "an unexpected error occurred."],
    ["undefined", undefined, "an unexpected error occurred."],
  ])("%s", (_case, error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});
