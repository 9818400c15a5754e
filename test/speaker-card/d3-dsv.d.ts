// d3-dsv ships no types and @types/d3-dsv is not installed: the one function the tests use.
declare module 'd3-dsv' {
  export function csvParse(text: string): Array<Record<string, string | undefined>>;
}
