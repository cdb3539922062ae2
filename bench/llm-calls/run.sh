#!/usr/bin/env bash
# Model calls and prompt tokens of one theory run on the demo project (issue #24 closing note): the provider is a
# local OpenAI-compatible server answering every stage from its prompt (the test tree's ScriptedModel); the demo
# project arrives uncoded, so the run codes every interview, groups the codes and builds the theory. Reports calls,
# calls per 1,000 fragments and o200k prompt tokens per fragment, in total and by output schema, and per stage the
# tokens of each call's shared prefix: what an earlier call of the run sent byte for byte before it (the part a
# provider's automatic prompt cache can serve; "cacheable" only where it reaches 1,024 tokens — docs/adr/038).
# Before/after in one go: BASELINE (default: main before ADR 038's shared prefix; 791856b for ADR 035's) is checked out into a
# temporary worktree, this benchmark class copied into it, and both are built and run the same way.
# Usage: bench/llm-calls/run.sh   (writes bench/results/llm-calls.json, plus llm-calls-before/-after.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BASELINE=${BASELINE:-a9f1f56}
WORK=$(mktemp -d)
cleanup() { git worktree remove --force "$WORK/before" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
build() {
  # Reactor build with the frontend module (its resources are not rebuilt), so its jar resolves without an install.
  (cd "$1" && ./mvnw -B -q -pl frontend,backend -Dfrontend.skip -Dspotless.check.skip=true test-compile \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null)
}
measure() {
  (cd "$1/backend" && java -Xmx1500m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.theogen.theory.LlmCallsBenchmark "$2" "$3")
}
git worktree add -q --detach "$WORK/before" "$BASELINE"
cp backend/src/test/java/com/theogen/theory/LlmCallsBenchmark.java "$WORK/before/backend/src/test/java/com/theogen/theory/"
build "$WORK/before"
measure "$WORK/before" before "$ROOT/bench/results/llm-calls-before.json"
build "$ROOT"
measure "$ROOT" after "$ROOT/bench/results/llm-calls-after.json"
python3 - "$ROOT/bench/results" <<'PY'
import json, sys, pathlib
d = pathlib.Path(sys.argv[1])
before = json.loads((d / "llm-calls-before.json").read_text())
after = json.loads((d / "llm-calls-after.json").read_text())
out = {"benchmark": "llm-calls", "baseline": before, "current": after}
(d / "llm-calls.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
for name, r in (("before", before), ("after", after)):
    t = r["total"]
    print(f"{name}: {r['status']}, {r['fragments']} fragments, {t['calls']} calls "
          f"({t['calls_per_1000_fragments']} per 1,000 fragments), {t['prompt_tokens_per_fragment']} prompt tokens per fragment")
    print(f"  run: {t['prompt_tokens']} prompt tokens, shared prefix {t.get('shared_prefix_tokens', '?')}, "
          f"cacheable (>= 1,024) {t.get('cacheable_prefix_tokens', '?')} ({t.get('cacheable_share', '?')})")
    for schema, row in r["by_schema"].items():
        print(f"  {schema:18} {row['calls']:3} calls, {row['prompt_tokens']:7} prompt tokens "
              f"({row['prompt_tokens_per_call']} per call), shared prefix {row.get('shared_prefix_tokens', '?')}, "
              f"cacheable {row.get('cacheable_prefix_tokens', '?')}")
PY
