#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: only the .NET SDK is needed. The independent Parquet
# readers (DuckDB through DuckDB.NET, Arrow C++ through ParquetSharp) come from NuGet with their native libraries.
# With CI=true nothing changes: the interop tests are never skipped anywhere, so a DuckDB or ParquetSharp that
# cannot load fails the run.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Simulation.sln -c Release -nodeReuse:false --logger "console;verbosity=normal" "$@"
