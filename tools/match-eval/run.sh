#!/usr/bin/env bash
# Runs the matcher on the shared development set and scores it with the shared evaluator.
# The repository sits next to "shared"; paths below are relative to the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p artifacts
dotnet run --project src/CultureHub -c Release -- match --members ../shared/data/matching/members.json --json > artifacts/predictions.json
../shared/tools/match-eval ../shared/data/matching/members.json ../shared/data/matching/gold.json artifacts/predictions.json
