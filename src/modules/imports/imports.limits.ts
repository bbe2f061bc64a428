/** Limits of a service-list import: a hostile or broken file stops at one of these with a clear report. */
export const IMPORT_LIMITS = {
  /** Largest upload (bytes). */
  maxFileBytes: 20 * 1024 * 1024,
  /** Most data rows (services) in one file. */
  maxRows: 20_000,
  /** Longest cell (characters): a longer cell rejects its row. */
  maxCellChars: 20_000,
  /** Most columns read from one sheet or CSV line. */
  maxColumns: 200,
  /** XLSX: total uncompressed size of all zip entries (bytes). */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** XLSX: largest uncompressed/compressed ratio of one entry (zip bombs reach thousands). */
  maxCompressionRatio: 200,
  /** XLSX: most entries in the zip. */
  maxZipEntries: 2_000,
} as const;

export type ImportFormat = 'csv' | 'xlsx' | 'jsonld';

export const FORMAT_CONTENT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonld: 'application/ld+json',
};
