#!/usr/bin/env bash
# Regenerates the levers tables of docs/levers.md (between the levers-tables markers): runs the baseline and every
# policy scenario (scenarios/*.yaml but base, calibrated and mobilisation-2022) with one seed at the scenario's scale
# up to END, then `sim levers RUN --against PARENT --markdown` for each. Usage: scripts/levers-table.sh [END]
# (default 2026-12). Needs a Release build of src/Sim.Host. Run folders go to a temporary folder removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
end="${1:-2026-12}"
sim=(dotnet src/Sim.Host/bin/Release/net10.0/sim.dll)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tables="$work/tables.md"
run() { "${sim[@]}" run "scenarios/$1" --end "$end" --seed 20230101 --out "$work/${1%.yaml}" >/dev/null; }
run baseline.yaml
"${sim[@]}" levers "$work/baseline" --markdown >>"$tables"
for file in $(cd scenarios && ls *.yaml | sort); do
  case "$file" in base.yaml|calibrated.yaml|baseline.yaml|mobilisation-2022.yaml) continue ;; esac
  parent="$(sed -n 's/^extends: *//p' "scenarios/$file")"
  [ -d "$work/${parent%.yaml}" ] || run "$parent"
  run "$file"
  printf '\n' >>"$tables"
  "${sim[@]}" levers "$work/${file%.yaml}" --against "$work/${parent%.yaml}" --markdown >>"$tables"
done
python3 - "$tables" <<'PY'
import sys
doc = open("docs/levers.md").read()
begin, end = "<!-- levers-tables:begin -->", "<!-- levers-tables:end -->"
head, rest = doc.split(begin)
_, tail = rest.split(end)
open("docs/levers.md", "w").write(head + begin + "\n" + open(sys.argv[1]).read() + end + tail)
PY
