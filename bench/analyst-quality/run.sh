#!/usr/bin/env bash
# Offline analyst quality against human coders (issue #18): runs the offline open coding + axial grouping on
# the public human-coded PDPilot interviews (../shared/eval/pdpilot, BSD licence; read from there, never copied
# into sources or tests) and measures per participant turn: relevance κ, best-matching category κ per human
# top-level code (median, best), NMI category vs family, share of turns coded, codes and categories.
# Before/after in one run: the analyst package of BASELINE (default: the commit before issue #18's work) is
# compiled into a temporary directory and put first on the classpath for the "before" run.
# Usage: bench/analyst-quality/run.sh [data_dir]   (writes bench/results/analyst-quality.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${1:-../shared/eval/pdpilot}
BASELINE=${BASELINE:-91ee161}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Reactor build with the frontend module (its resources are not rebuilt), so its jar resolves without an install.
./mvnw -B -q -pl frontend,backend -Dfrontend.skip -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="backend/target/classes:backend/target/test-classes:$(cat backend/target/bench-classpath.txt)"
# Baseline analyst: its sources (analyst package and shared.Language) compiled against the current classpath.
mkdir -p "$WORK/src" "$WORK/classes"
git archive "$BASELINE" backend/src/main/java/com/theogen/analyst backend/src/main/java/com/theogen/shared/Language.java \
  | tar -x -C "$WORK/src"
find "$WORK/src" -name '*.java' > "$WORK/files"
javac -nowarn -proc:none -d "$WORK/classes" -cp "$CP" @"$WORK/files" 2>&1 | grep -v '^Note:' || true
java -cp "$WORK/classes:$CP" com.theogen.analyst.AnalystQualityBenchmark "$DATA" "$WORK/before.json" before
java -cp "$CP" com.theogen.analyst.AnalystQualityBenchmark "$DATA" "$WORK/after.json" after
mkdir -p bench/results
python3 - "$WORK/before.json" "$WORK/after.json" bench/results/analyst-quality.json <<'PY'
import json, sys
before, after = (json.load(open(p)) for p in sys.argv[1:3])
rows = [("participant turns coded (share)", "coded_share"), ("relevance κ", "relevance_kappa"),
        ("best-match κ per human family, median", "best_match_kappa_median"),
        ("best-match κ per human family, best", "best_match_kappa_best"), ("NMI category vs family", "nmi"),
        ("codes", "codes"), ("categories", "categories"), ("open coding seconds", "open_coding_s")]
print(f"\n{'measure (per participant turn)':42} {'before':>9} {'after':>9}")
for name, key in rows:
    print(f"{name:42} {before[key]:>9.3f} {after[key]:>9.3f}" if isinstance(after[key], float) else f"{name:42} {before[key]:>9} {after[key]:>9}")
print(f"{'human coders: share of turns coded':42} {after['human_coded_share']:>9.3f}")
json.dump({"benchmark": "analyst-quality", "data": "pdpilot (7 transcripts, 261 human-coded segments)",
           "targets": {"relevance_kappa": 0.35, "best_match_kappa_median": 0.30, "nmi": 0.25},
           "before": before, "after": after}, open(sys.argv[3], "w"), indent=1, ensure_ascii=False)
PY
