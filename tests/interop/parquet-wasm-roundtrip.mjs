// Second independent reader for the interop tests: parquet-wasm 0.8.0 (arrow-rs compiled to WebAssembly).
//
//   node parquet-wasm-roundtrip.mjs <input.parquet> <output.parquet>
//
// Reads <input> completely with arrow-rs into Arrow, then writes that Arrow table to <output> (arrow-rs's
// own Parquet writer), so a test can compare <output>'s values (read by DuckDB) with what it wrote to
// <input>: a value arrow-rs misread would differ. Prints arrow-rs's view of <input>'s footer as JSON:
// {"rows","rowGroups":[{"rows","columns":[{"path","numValues","compression","encodings","compressedSize","uncompressedSize"}]}],
//  "createdBy","keyValueMetadata":{..},"version"}. Exit code 1 with the error on stderr when arrow-rs rejects the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { Compression, Encoding, ParquetFile, readParquet, writeParquet } from 'parquet-wasm';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node parquet-wasm-roundtrip.mjs <input.parquet> <output.parquet>');
  process.exit(2);
}

try {
  const bytes = new Uint8Array(readFileSync(input));
  writeFileSync(output, writeParquet(readParquet(bytes)));

  const metadata = (await ParquetFile.fromFile(new Blob([bytes]))).metadata();
  const file = metadata.fileMetadata();
  const rowGroups = metadata.rowGroups().map((group) => ({
    rows: group.numRows(),
    columns: group.columns().map((column) => ({
      path: column.columnPath().join('.'),
      numValues: column.numValues(),
      compression: Compression[column.compression()],
      encodings: column.encodings().map((e) => Encoding[e]),
      compressedSize: column.compressedSize(),
      uncompressedSize: column.uncompressedSize(),
    })),
  }));
  process.stdout.write(JSON.stringify({
    rows: file.numRows(),
    rowGroups,
    createdBy: file.createdBy() ?? null,
    keyValueMetadata: Object.fromEntries(file.keyValueMetadata()),
    version: file.version(),
  }));
} catch (err) {
  console.error(err && err.message ? err.message : String(err));
  process.exit(1);
}
