// DuckDB side of the Parquet writer benchmark (bench/Sim.Parquet.Bench macro mode).
//
//   node duckdb-bench.mjs <input.parquet> <output.parquet> <repeats> [<comma-separated columns>]
//   node duckdb-bench.mjs <input.parquet> <output.parquet> interactive [<comma-separated columns>]
//
// Loads the input file (written by Sim.Parquet from the benchmark's generated table) into an in-memory
// table, untimed. Then, with SET threads=1, times `COPY t TO <output> (FORMAT parquet, COMPRESSION snappy)`
// <repeats> times, deleting the output between runs. Only the COPY is inside the timer.
// With a column list, the table holds only those columns (per-column profiling).
// Prints one JSON object: {"rows","loadMs","copyMs":[..],"copyCpuMs":[..],"fileBytes","rowGroups","rowGroupRows","rowGroupBytes",
// "rowGroupCompressedBytes","maxRssBytes"} (row-group figures are medians over the output's row groups).
// Interactive mode (so the benchmark can alternate our writer and DuckDB under the same machine load): prints
// {"ready":true,"loadMs"} once loaded, then runs one timed COPY per stdin line and prints {"ms","cpuMs"} for each
// (cpuMs: the node process's user+system CPU time during the COPY, less sensitive to a busy machine);
// when stdin closes it prints the summary object above.
import { rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';

const [input, output, repeatsText, columnsText] = process.argv.slice(2);
const interactive = repeatsText === 'interactive';
const repeats = interactive ? 0 : Number.parseInt(repeatsText ?? '', 10);
if (!input || !output || !(interactive || repeats > 0)) {
  console.error('usage: node duckdb-bench.mjs <input.parquet> <output.parquet> <repeats>|interactive [<columns>]');
  process.exit(2);
}

const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const ident = (name) => `"${name.replaceAll('"', '""')}"`;
const projection = columnsText ? columnsText.split(',').map(ident).join(', ') : '*';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

try {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  await connection.run('SET threads = 1');
  await connection.run('SET preserve_insertion_order = true');

  const loadStart = performance.now();
  await connection.run(`CREATE TABLE t AS SELECT ${projection} FROM read_parquet(${quote(input)})`);
  const loadMs = performance.now() - loadStart;
  const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0]);

  const copySql = `COPY t TO ${quote(output)} (FORMAT parquet, COMPRESSION snappy)`;
  const copyMs = [];
  const copyCpuMs = [];
  const copyOnce = async () => {
    rmSync(output, { force: true });
    const cpu = process.cpuUsage();
    const start = performance.now();
    await connection.run(copySql);
    copyMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    copyCpuMs.push((used.user + used.system) / 1000);
    return { ms: copyMs[copyMs.length - 1], cpuMs: copyCpuMs[copyCpuMs.length - 1] };
  };
  if (interactive) {
    process.stdout.write(JSON.stringify({ ready: true, loadMs }) + '\n');
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim() !== '') process.stdout.write(JSON.stringify(await copyOnce()) + '\n');
    }
    if (copyMs.length === 0) await copyOnce();
  } else {
    for (let i = 0; i < repeats; i++) await copyOnce();
  }

  const fileBytes = statSync(output).size;
  const groups = (await connection.runAndReadAll(
    `SELECT row_group_id, any_value(row_group_num_rows), any_value(row_group_bytes), any_value(row_group_compressed_bytes)
     FROM parquet_metadata(${quote(output)}) GROUP BY row_group_id`)).getRows();
  const result = {
    rows,
    loadMs,
    copyMs,
    copyCpuMs,
    fileBytes,
    rowGroups: groups.length,
    rowGroupRows: median(groups.map((g) => Number(g[1]))),
    rowGroupBytes: median(groups.map((g) => Number(g[2]))),
    rowGroupCompressedBytes: median(groups.map((g) => Number(g[3] ?? 0))),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
} catch (err) {
  console.error(err && err.message ? err.message : String(err));
  process.exit(1);
}
