"""Prevention that generalises from a few failures to new values and other parameters: each mistake is
learned from a real tool's message through classifier → extractor → learner, and the checker must catch
a repeat with new values while the good calls beside it pass."""
from __future__ import annotations

from typing import Any

import pytest

from producers.checker import PatternCache, UsagePatternChecker
from producers.record import build_event
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage


@pytest.fixture
def store(fake_redis) -> UsagePatternStorage:
    return UsagePatternStorage(fake_redis, "gen:")


def learn(store: UsagePatternStorage, tool: str, items: list[tuple[dict[str, Any], str, list[str] | None]],
          times: int = 10) -> None:
    learner = UsagePatternLearner(store)
    for _ in range(times):
        for params, error, recent in items:
            outcome = learner.analyze_result(build_event(tool, params, error=error, recent_calls=recent))
            assert outcome.startswith(("learned:", "merged:")), outcome


def decision(store: UsagePatternStorage, tool: str, params: dict[str, Any], recent: list[str] | None = None) -> str:
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    return checker.check_before_call(tool, params, {"recent_calls": recent} if recent is not None else None)["decision"]


EXISTS = "createdb: error: database creation failed: ERROR:  database \"{0}\" already exists"


def test_a_create_that_failed_after_itself_warns_on_that_name_with_other_options_only_after_itself(store):
    learn(store, "pg_createdb", [({"dbname": "app"}, EXISTS.format("app"), ["pg_createdb", "psql_run_file"]),
                                 ({"dbname": "reports", "encoding": "UTF8"}, EXISTS.format("reports"), ["pg_createdb"])])
    assert decision(store, "pg_createdb", {"dbname": "reports", "template": "template0"}, ["pg_createdb"]) == "warn"
    assert decision(store, "pg_createdb", {"dbname": "reports"}, ["list_directory"]) == "allow"  # not after itself
    assert decision(store, "pg_createdb", {"dbname": "fresh", "owner": "postgres"}, ["pg_createdb"]) == "allow"
    assert decision(store, "pg_createdb", {"dbname": "app"}, ["pg_createdb", "pg_dropdb"]) == "allow"  # removed since
    assert decision(store, "pg_createdb", {"dbname": "app", "dry_run": True}, ["pg_createdb"]) == "allow"


def test_a_state_the_message_names_no_value_of_warns_on_a_call_after_the_tool_itself_ran(store):
    error = "go: /tmp/work/exists/go.mod already exists"
    learn(store, "go_mod_init", [({"module_path": "example.com/a/svc", "dir": "svc"}, error, ["go_mod_init", "write_file"]),
                                 ({"module_path": "example.com/a/api", "dir": "api"}, error, ["go_mod_init", "go_test"])])
    assert decision(store, "go_mod_init", {"module_path": "example.com/a/api/v2", "dir": "api"}, ["go_mod_init"]) == "warn"
    assert decision(store, "go_mod_init", {"module_path": "example.com/a/cli", "dir": "cli"}, ["write_file"]) == "allow"
    assert decision(store, "go_mod_init", {"module_path": "example.com/a/cli", "dir": "cli"}) == "allow"  # no window
