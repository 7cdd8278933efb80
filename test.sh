#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs the independent Parquet readers
# (npm, tests/interop) and Debian's chromium for the report's browser tests, then runs all .NET test projects
# in Release.
# With CI=true the interop tests are mandatory: a missing or broken DuckDB fails the run.
set -euo pipefail
cd "$(dirname "$0")"
# npm ci rejects this lock file: the registry mirror lacks the other platforms' optional DuckDB bindings.
# npm install still installs exactly the pinned versions (exact versions in package.json + the lock).
npm install --prefix tests/interop --no-audit --no-fund --loglevel=error
tests/setup/install-chromium.sh
dotnet test Simulation.sln -c Release -nodeReuse:false --logger "console;verbosity=normal" "$@"
