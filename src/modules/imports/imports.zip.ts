import zlib from 'node:zlib';
import { IMPORT_LIMITS } from './imports.limits.js';

/** Why a zip (XLSX) file is refused before any of it is decompressed for parsing. */
export type ZipProblem =
  | { reason: 'notZip' }
  | { reason: 'truncated' }
  | { reason: 'tooManyEntries'; entries: number }
  | { reason: 'tooLarge'; bytes: number }
  | { reason: 'ratio'; entry: string; ratio: number }
  | { reason: 'sizeMismatch'; entry: string }
  | { reason: 'unsupported'; entry: string };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/**
 * Reads the zip's central directory (the list of entries with their declared
 * sizes) without decompressing anything. Returns the entries or the problem.
 */
export function readCentralDirectory(buf: Buffer): ZipEntry[] | ZipProblem {
  if (buf.length < 4 || buf.readUInt32LE(0) !== LOC_SIG) return { reason: 'notZip' };
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { reason: 'truncated' };
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: an XLSX of a service list never needs them.
  if (count === 0xffff || offset === 0xffffffff) return { reason: 'unsupported', entry: '(zip64)' };
  if (count > IMPORT_LIMITS.maxZipEntries) return { reason: 'tooManyEntries', entries: count };
  if (offset + size > eocd) return { reason: 'truncated' };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) return { reason: 'truncated' };
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > buf.length) return { reason: 'truncated' };
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Checks a zip before a parser inflates it: declared total size and per-entry
 * compression ratio from the central directory, then each entry is inflated
 * with an output cap of its declared size, so an entry that lies about its size
 * is caught too. Returns null when the file is safe to hand to the XLSX parser.
 */
export function checkZip(buf: Buffer): ZipProblem | null {
  const entries = readCentralDirectory(buf);
  if (!Array.isArray(entries)) return entries;
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > IMPORT_LIMITS.maxUncompressedBytes) return { reason: 'tooLarge', bytes: total };
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > 1024 * 1024 && ratio > IMPORT_LIMITS.maxCompressionRatio) return { reason: 'ratio', entry: e.name, ratio: Math.round(ratio) };
  }
  for (const e of entries) {
    const h = e.localHeaderOffset;
    if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOC_SIG) return { reason: 'truncated' };
    const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
    const end = start + e.compressedSize;
    if (end > buf.length) return { reason: 'truncated' };
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) return { reason: 'sizeMismatch', entry: e.name };
      continue;
    }
    if (e.method !== 8) return { reason: 'unsupported', entry: e.name };
    try {
      const out = zlib.inflateRawSync(buf.subarray(start, end), { maxOutputLength: Math.max(1, e.uncompressedSize) + 1 });
      if (out.length !== e.uncompressedSize) return { reason: 'sizeMismatch', entry: e.name };
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || (err instanceof RangeError)) return { reason: 'sizeMismatch', entry: e.name };
      return { reason: 'truncated' };
    }
  }
  return null;
}
