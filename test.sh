#!/usr/bin/env bash
# Runs every test of the project on a fresh machine with the .NET SDK: the independent Parquet readers (DuckDB
# through DuckDB.NET, Arrow C++ through ParquetSharp) come from NuGet with their native libraries; Debian's
# chromium is installed where missing for the browser tests (tests/setup/install-chromium.sh); a throwaway
# PostgreSQL (tests/setup/postgres.sh: installs Debian's postgresql where missing, exports SIM_TEST_POSTGRES,
# stopped and deleted on exit) serves the cluster tests. Nothing is ever skipped: a reader that cannot load, a
# missing browser or a missing server fails the run.
set -euo pipefail
cd "$(dirname "$0")"
tests/setup/install-chromium.sh
source tests/setup/postgres.sh
postgres_start
dotnet test Simulation.sln -c Release -nodeReuse:false --logger "console;verbosity=normal" "$@"
