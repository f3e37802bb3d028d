// CSV files the user gives (outlet maps, outlet profiles): a header row naming the columns, then one record per row.
import { parse } from 'csv-parse/sync';

/**
 * The rows of a CSV text as records keyed by the header's column names (trimmed, lower case); a byte-order mark, blank
 * lines and rows shorter than the header are accepted. Throws on malformed CSV (an unclosed quote).
 */
export function readCsvRecords(text: string): Record<string, string>[] {
  return parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as Record<string, string>[];
}
