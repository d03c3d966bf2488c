#!/usr/bin/env bash
# Runs the offline matcher on both shared graded sets (A: members.json, B: members-b.json) and on the
# repository's own invented holdout sets, and scores each with the shared evaluator.
# The repository sits next to "shared"; paths below are relative to the repository root.
# Pass --misses to print every seeker whose top 3 holds no excellent candidate.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p artifacts
shared=../shared/data/matching
holdout=tests/CultureHub.Core.Tests/Matching/Data
dotnet build src/CultureHub -c Release -v quiet -nologo > /dev/null

score() {
  local name=$1 members=$2 gold=$3
  shift 3
  echo "== $name ($members)"
  dotnet run --no-build --project src/CultureHub -c Release -- match --members "$members" --top 20 --json > "artifacts/predictions-$name.json"
  ../shared/tools/match-eval "$members" "$gold" "artifacts/predictions-$name.json" "$@"
}

extra=("${@}")
score A "$shared/members.json" "$shared/gold.json" "${extra[@]}"
score B "$shared/members-b.json" "$shared/gold-b.json" "${extra[@]}"
score holdout "$holdout/holdout.json" "$holdout/holdout-gold.json" "${extra[@]}"
score holdout-2 "$holdout/holdout-2.json" "$holdout/holdout-2-gold.json" "${extra[@]}"
score holdout-3 "$holdout/holdout-3.json" "$holdout/holdout-3-gold.json" "${extra[@]}"
