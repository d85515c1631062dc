import { formatPounds } from "../../src/core";

test.each<[number, string]>([
  [1_000_000, "£1,000,000"],
  [8_500_000, "£8,500,000"],
  [500_000, "£500,000"],
  [999, "£999"],
  [1000, "£1,000"],
  [5.5, "£5.50"],
  [0.05, "£0.05"],
  [1234567.891, "£1,234,567.89"],
  [0, "£0"],
])("%d is written %s", (value, written) => {
  expect(formatPounds(value)).toBe(written);
});
