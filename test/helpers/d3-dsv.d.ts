// d3-dsv ships no types: the one function the tests use (CSV fixtures to JSON).
declare module 'd3-dsv' {
  export function csvParse(text: string): Array<Record<string, string | undefined>>;
}
