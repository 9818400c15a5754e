// d3-dsv ships no types; the tests only use csvParse.
declare module 'd3-dsv' {
  export function csvParse(text: string): Array<Record<string, string | undefined>>;
}
