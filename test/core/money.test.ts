import { findAmounts, readDigits } from "../../src/core/money";

const first = (text: string, boilerplate = false) => findAmounts(text, { boilerplate }).amounts[0];

describe("money forms are found and normalised to pounds", () => {
  test.each<[string, string, number]>([
    ["The total is £1,000,000 in all.", "£1,000,000", 1_000_000],
    ["The total is £1,000,000 over two years.", "£1,000,000 over two years", 1_000_000],
    ["A sum of £1m is approved.", "£1m", 1_000_000],
    ["A sum of £1.25m is approved.", "£1.25m", 1_250_000],
    ["The contract is worth £8.5m per annum.", "£8.5m per annum", 8_500_000],
    ["Funding of £1.14 million is approved.", "£1.14 million", 1_140_000],
    ["A sum of £7.211million is approved.", "£7.211million", 7_211_000],
    ["A sum of £735k is approved.", "£735k", 735_000],
    ["Financial Impact £500K.", "£500K", 500_000],
    ["The fee is £5.50 each.", "£5.50", 5.5],
    ["A sum of £ 2m is approved.", "£ 2m", 2_000_000],
    ["A sum of £2bn.", "£2bn", 2_000_000_000],
  ])("%s", (text, written, value) => {
    expect(first(text)).toMatchObject({ text: written, value });
  });

  test.each<[string, number, number]>([
    ["The works will cost £2m to £3m.", 2_000_000, 3_000_000],
    ["The works will cost £2m – £3m.", 2_000_000, 3_000_000],
    ["The works will cost £2-3m.", 2_000_000, 3_000_000],
    ["Contracts between £100,000 and £299,999 are in scope.", 100_000, 299_999],
    ["The budget rises from £3,950,000 to £4,792,000.", 3_950_000, 4_792_000],
  ])("range: %s", (text, from, value) => {
    expect(first(text)).toMatchObject({ from, value });
  });

  test.each<[string, string]>([
    ["expenditure in excess of £1m", "in excess of"],
    ["contracts up to £260,000", "up to"],
    ["solutions (under the value of £1m) to deliver", "under the value of"],
    ["commissions below the £1m threshold", "below"],
    ["spend of more than £250k", "more than"],
    ["consequences of £500k or more", "or more"],
  ])("comparator: %s", (text, comparator) => {
    expect(first(text)?.comparator).toBe(comparator);
  });

  test.each<[string, string]>([
    ["It will cost £2m per annum.", "per annum"],
    ["Savings of £2m a year.", "a year"],
    ["Costs of £15m over 5 years.", "over 5 years"],
    ["A saving of £534,000 in 2021/22.", "in 2021/22"],
    ["A pressure of £250,000 gross full year effect.", "gross full year effect"],
  ])("period: %s", (text, period) => {
    expect(first(text)?.period).toBe(period);
  });
});

describe("each amount is classified, with its reason", () => {
  test.each<[string, string, string]>([
    ["I agree to approve expenditure of £2m on the scheme.", "spend", "the sentence speaks of expenditure"],
    ["The council will award a contract worth £3m.", "spend", "the sentence speaks of award"],
    ["A sum of £3m is agreed.", "spend", "no other cue, so it is treated as money the decision commits"],
    ["The annual budget for the STLS is £8.5m per annum.", "budget", "the sentence speaks of a budget"],
    ["Delegate commissions (under the value of £1m) to the Director.", "cap", "“under the value of” makes it a limit, not a sum spent"],
    ["Grants are subject to a cap of £100k each.", "cap", "“cap of” makes it a limit, not a sum spent"],
    ["The ceiling for each grant is £100k.", "cap", "the text calls it a ceiling"],
    ["Where commissions reach the key decision governance threshold of £1m they follow the process.", "threshold", "the sentence speaks of a key decision"],
    ["All commissions below the £1m threshold can be approved by the Director.", "threshold", "the sentence speaks of a threshold"],
    ["The council has secured grant funding of £4.6m from the Department for Transport.", "income", "“secured” marks money coming in"],
    ["Rental income of £50,000 a year is expected.", "income", "“Rental” marks money coming in"],
    // Money the council receives is income, whatever else the sentence says.
    ["A government allocation of £3m received in March funds the works.", "income", "“received” marks money coming to the council"],
    ["The council has been allocated £5m from the Levelling Up Fund.", "income", "“has been allocated” marks money coming to the council"],
    ["A grant of £2m awarded to the council by Sport England.", "income", "“awarded to the council” marks money coming to the council"],
    ["Note the acceptance of £1.2m of GLA funding for the purchase.", "income", "“acceptance of” marks money coming to the council"],
    ["Capital receipts of £4m from the sale of the depot.", "income", "“receipts” marks money coming in"],
    ["Subject to the NHS contribution being set at £7m over two years.", "income", "“NHS contribution” marks money coming to the council"],
    // Where the money comes from is not what the decision spends.
    ["The expenditure is funded from the £5m Invest to Save Reserve.", "source", "“funded from the … Reserve” names where the money comes from, not what this decision spends"],
    // Spending the decision authorises stays spending.
    ["To spend £3m on resurfacing the A21.", "spend", "the sentence speaks of spend"],
    ["The Council's contribution of £3m to the pooled budget.", "spend", "no other cue, so it is treated as money the decision commits"],
    ["Approve the purchase of 12 homes for £3.4m, funded from borrowing.", "spend", "the sentence speaks of purchase"],
  ])("%s → %s", (text, amountClass, reason) => {
    expect(first(text)).toMatchObject({ class: amountClass, reason });
  });

  test("anything in the key-decision criteria is boilerplate", () => {
    expect(first("currently defined by the Council as in excess of £1,000,000", true)).toMatchObject({
      class: "boilerplate",
      reason: "it is in the key-decision criteria, which quote the threshold",
    });
  });
});

describe("malformed figures are reported, never guessed", () => {
  test.each<[string, string, string]>([
    ["The cost is £1,5000,000 in total.", "£1,5000,000", "its digits are not grouped in threes"],
    ["The cost is £1.000.000 in total.", "£1.000.000", "it has more than one decimal point"],
    ["The cost is £15,00 in total.", "£15,00", "its digits are not grouped in threes"],
    ["The cost is £1.000 in total.", "£1.000", "it has more than two digits after the decimal point"],
  ])("%s", (text, written, reason) => {
    const found = findAmounts(text, { boilerplate: false });
    expect(found.amounts).toEqual([]);
    expect(found.malformed).toEqual([{ start: text.indexOf("£"), length: written.length, text: written, reason }]);
  });

  test("a scale word makes three decimals readable", () => {
    expect(readDigits("7.211", true)).toEqual({ value: 7.211 });
  });

  test("a sentence's full stop is not part of the figure", () => {
    expect(first("The total is £1,000,000.")).toMatchObject({ text: "£1,000,000", value: 1_000_000 });
  });

  test("text without £ has no amounts", () => {
    expect(findAmounts("1,000,000 pounds", { boilerplate: false })).toEqual({ amounts: [], malformed: [] });
  });
});
