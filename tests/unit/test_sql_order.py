"""Order inside one SQL script: the transaction slips a script makes, learned from SQLite's and DuckDB's wording."""
from __future__ import annotations

from tests.unit.test_prevention_value_kinds import _learn
from worker.sql_order import END_WITHOUT_BEGIN, UNKNOWN_SAVEPOINT, VACUUM_IN_TRANSACTION, said_slips, slips


def test_a_script_is_read_for_its_transaction_slips():
    assert slips("UPDATE t SET a = 1; COMMIT;") == [END_WITHOUT_BEGIN]
    assert slips("ROLLBACK") == [END_WITHOUT_BEGIN]
    assert slips("BEGIN; UPDATE t SET a = 1; COMMIT; ROLLBACK") == [END_WITHOUT_BEGIN]  # the second end has none open
    assert slips("START TRANSACTION; DELETE FROM t; END") == []
    assert slips("INSERT INTO t VALUES ('COMMIT;'); SELECT 1") == []  # a string literal holds no statement
    assert slips("DELETE FROM t; RELEASE sp1;") == [UNKNOWN_SAVEPOINT]
    assert slips("ROLLBACK TO SAVEPOINT b2; SAVEPOINT b2;") == [UNKNOWN_SAVEPOINT]
    assert slips("SAVEPOINT a; DELETE FROM t; ROLLBACK TO a; RELEASE a;") == []
    assert slips("SAVEPOINT a; RELEASE a; RELEASE a") == [UNKNOWN_SAVEPOINT]
    assert slips("BEGIN; DELETE FROM t; VACUUM;") == [VACUUM_IN_TRANSACTION]
    assert slips("SAVEPOINT c; DELETE FROM t; RELEASE c; VACUUM;") == []  # the savepoint's transaction ended with it
    assert slips("BEGIN; SAVEPOINT c; RELEASE c; VACUUM") == [VACUUM_IN_TRANSACTION]  # BEGIN's transaction goes on
    assert slips(["COMMIT"]) == [] and slips(None) == []


def test_only_the_slip_the_message_names_is_learned():
    params = {"db": "a.db", "sql": "DELETE FROM t; COMMIT; VACUUM"}
    assert said_slips(params, "SQLError: cannot commit - no transaction is active") == {"sql": [END_WITHOUT_BEGIN]}
    assert said_slips(params, "SQLError: no such table: t") == {}
    assert said_slips({"db": "a.db", "sql": "SELECT 1"}, "cannot commit - no transaction is active") == {}


def test_a_commit_with_no_transaction_open_is_warned_whatever_the_session_began(fake_redis):
    # DuckDB 1.1 `TransactionContext Error: cannot commit - no transaction is active`: each call is its own connection,
    # so a BEGIN in an earlier call did not open the transaction this script commits
    error = "TransactionException: TransactionContext Error: cannot commit - no transaction is active"
    checker = _learn(fake_redis, "sqlo:", "duckdb_query", [
        ({"database": "l.duckdb", "sql": "COMMIT"}, error, ["duckdb_query"]),
        ({"database": "l.duckdb", "sql": "INSERT INTO e VALUES (2); COMMIT"}, error, [])])

    def check(sql: str) -> str:
        return checker.check_before_call("duckdb_query", {"database": "l.duckdb", "sql": sql},
                                         {"recent_calls": [{"tool": "duckdb_query", "params": {"sql": "BEGIN"}}]})["decision"]
    for bad in ("ROLLBACK", "UPDATE e SET a = 0; COMMIT;", "DELETE FROM e; END"):
        assert check(bad) == "warn", bad
    for good in ("BEGIN; INSERT INTO e VALUES (1); COMMIT", "BEGIN TRANSACTION; DELETE FROM e; ROLLBACK", "UPDATE e SET a = 0"):
        assert check(good) == "allow", good
