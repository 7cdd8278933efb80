// Runs one SQL statement in an in-memory DuckDB and prints the result as JSON on stdout:
//   node duckdb-query.mjs "SELECT * FROM 'file.parquet'"
// Output: {"columns":[{"name":..,"type":..}],"rows":[[...],...]}. BIGINTs, DECIMALs, dates and
// timestamps are printed as strings so no precision is lost in JSON; NULL is null.
// Exit code 1 with the DuckDB error message on stderr when the statement fails.
import { DuckDBInstance } from '@duckdb/node-api';

const sql = process.argv[2];
if (!sql) {
  console.error('usage: node duckdb-query.mjs "<sql>"');
  process.exit(2);
}

function toJson(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return 'Infinity';
    if (value === -Infinity) return '-Infinity';
    return value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value.toString === 'function') return value.toString();
  return String(value);
}

try {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(sql);
  const columns = reader.columnNames().map((name, i) => ({ name, type: reader.columnType(i).toString() }));
  const rows = reader.getRows().map((row) => row.map(toJson));
  process.stdout.write(JSON.stringify({ columns, rows }));
} catch (err) {
  console.error(err && err.message ? err.message : String(err));
  process.exit(1);
}
