// Runs SQL in an in-memory DuckDB and prints the results as JSON on stdout.
//
//   node duckdb-query.mjs "<sql>"    one result: {"columns":[{"name":..,"type":..}],"rows":[[...],...]}
//   node duckdb-query.mjs --batch    stdin: a JSON array of SQL strings; stdout: a JSON array of results
//   node duckdb-query.mjs --server   each stdin line: a JSON array of SQL strings; each stdout line: a JSON
//                                    array of results. One DuckDB instance for the whole session, so the
//                                    .NET tests pay node's start-up once. Exits when stdin closes.
//
// A SQL string may hold several statements; the last one's result is returned. In --batch and --server
// modes a failing string yields {"error":"<DuckDB message>"} in its slot and the others still run.
//
// Values are printed so that nothing is lost in JSON (the column type says how to read them):
//   NULL -> null; BOOLEAN -> true/false; TINYINT..INTEGER, UTINYINT..UINTEGER -> number;
//   BIGINT, UBIGINT, HUGEINT, UHUGEINT, DECIMAL -> decimal string;
//   FLOAT/DOUBLE -> number (shortest round-trip form), or "NaN", "Infinity", "-Infinity", "-0";
//   VARCHAR -> string; BLOB -> lower-case hex string;
//   DATE -> days since 1970-01-01 (number);
//   TIMESTAMP, TIMESTAMP WITH TIME ZONE -> microseconds since the epoch (string);
//   TIMESTAMP_MS -> milliseconds (string); TIMESTAMP_NS -> nanoseconds (string); TIMESTAMP_S -> seconds (string);
//   anything else (lists, structs, intervals, ...) -> DuckDB's text form.
// Exit code 1 with the DuckDB error message on stderr when the single-statement mode fails.
import { createInterface } from 'node:readline';
import {
  DuckDBBlobValue,
  DuckDBDateValue,
  DuckDBInstance,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
} from '@duckdb/node-api';

function toJson(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return 'Infinity';
    if (value === -Infinity) return '-Infinity';
    if (value === 0 && 1 / value < 0) return '-0';
    return value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof DuckDBBlobValue) return Buffer.from(value.bytes).toString('hex');
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (value instanceof DuckDBDateValue) return value.days;
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return value.micros.toString();
  if (value instanceof DuckDBTimestampMillisecondsValue) return value.millis.toString();
  if (value instanceof DuckDBTimestampNanosecondsValue) return value.nanos.toString();
  if (value instanceof DuckDBTimestampSecondsValue) return value.seconds.toString();
  return String(value);
}

async function runOne(connection, sql) {
  const reader = await connection.runAndReadAll(sql);
  const columns = reader.columnNames().map((name, i) => ({ name, type: reader.columnType(i).toString() }));
  const rows = reader.getRows().map((row) => row.map(toJson));
  return { columns, rows };
}

async function runMany(connection, statements) {
  if (!Array.isArray(statements) || statements.some((s) => typeof s !== 'string')) {
    return [{ error: 'request must be a JSON array of SQL strings' }];
  }
  const results = [];
  for (const sql of statements) {
    try {
      results.push(await runOne(connection, sql));
    } catch (err) {
      results.push({ error: err && err.message ? err.message : String(err) });
    }
  }
  return results;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function connect() {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

const mode = process.argv[2];
if (!mode) {
  console.error('usage: node duckdb-query.mjs "<sql>" | --batch | --server');
  process.exit(2);
}

try {
  const connection = await connect();
  if (mode === '--batch') {
    const statements = JSON.parse(await readStdin());
    process.stdout.write(JSON.stringify(await runMany(connection, statements)));
  } else if (mode === '--server') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let statements;
      try {
        statements = JSON.parse(line);
      } catch (err) {
        process.stdout.write(JSON.stringify([{ error: `bad request: ${err.message}` }]) + '\n');
        continue;
      }
      process.stdout.write(JSON.stringify(await runMany(connection, statements)) + '\n');
    }
  } else {
    process.stdout.write(JSON.stringify(await runOne(connection, mode)));
  }
} catch (err) {
  console.error(err && err.message ? err.message : String(err));
  process.exit(1);
}
