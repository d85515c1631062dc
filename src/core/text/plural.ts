/** "1 file", "3 files"; `many` for words that do not take an s ("2 info"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
