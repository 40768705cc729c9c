"""A hook's pre-call check loads the pattern readers only when its tool has patterns: most tools of a session have
none, and the readers (`worker.kinds`, `stated`, `required`) are most of a hook process's import time."""
from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys
from producers.checker import PatternCache, UsagePatternChecker
patterns = json.loads(sys.argv[1])
checker = UsagePatternChecker(PatternCache.from_patterns(patterns))
result = checker.check_before_call("git_checkout", {"ref": "feature-x"}, {"recent_calls": ["git_fetch"]})
print(json.dumps([result["decision"], "worker.kinds" in sys.modules, "worker.stated" in sys.modules]))
"""


def _probe(patterns: list[dict]) -> list:
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(patterns)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _pattern() -> dict:
    return {"id": "p1", "tool": "git_checkout", "error_category": "INCORRECT_PARAMETER", "confidence": 0.9,
            "observations": 10, "root_cause": "no such branch", "prevention_steps": [],
            "first_seen": "2026-12-01T00:00:00+00:00", "last_seen": "2026-12-01T00:00:00+00:00",
            "mistake_pattern": {"error_template": "pathspec <*> did not match", "parameter": "ref",
                                "common_mistakes": ["feature-x"], "validation": {}}}


def test_a_tool_without_patterns_is_checked_without_loading_the_readers():
    assert _probe([]) == ["allow", False, False]


def test_a_tool_with_patterns_loads_them_and_still_warns():
    decision, kinds_loaded, _ = _probe([_pattern()])
    assert decision == "warn" and kinds_loaded
