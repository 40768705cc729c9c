"""Evidence over coincidence: the value a message puts in quotes is what it is about (not a value it repeats
in passing), and a repeat of an order mistake that turns on a switch asking for another behaviour — one that
replaces what exists, or one the message itself spoke of — is not the collision again."""
from __future__ import annotations

import pytest

from tests.unit.test_prevention_generalises import decision, learn
from worker.storage import UsagePatternStorage


@pytest.fixture
def store(fake_redis) -> UsagePatternStorage:
    return UsagePatternStorage(fake_redis, "modes:")


UNRESOLVED = ("[WARNING]: No inventory was parsed, only implicit localhost is available\n"
              "[ERROR]: Task failed: Cannot resolve '{0}' to an action or module.\n\n"
              "localhost | FAILED! => {{\n    \"changed\": false,\n    \"msg\": \"Task failed: Cannot resolve '{0}' to an action or module.\"\n}}")


def test_the_quoted_value_is_the_mistake_not_the_host_the_message_repeats_in_passing(store):
    learn(store, "ansible_adhoc", [({"hosts": "localhost", "module": "copyy"}, UNRESOLVED.format("copyy"), None)])
    assert decision(store, "ansible_adhoc", {"hosts": "localhost", "module": "copyy"}) == "warn"
    assert decision(store, "ansible_adhoc", {"hosts": "localhost", "module": "ping"}) == "allow"
    assert decision(store, "ansible_adhoc", {"hosts": "localhost", "module": "ansible.builtin.copy", "args": "src=a dest=b"}) == "allow"


def test_an_output_that_exists_warns_again_unless_the_call_says_to_overwrite_it(store):
    call = {"input": "talk.mov", "output": "talk.mp4", "codec": "libx264"}
    learn(store, "ffmpeg_convert", [(call, "File 'talk.mp4' already exists. Exiting.",
                                     [{"tool": "ffmpeg_convert", "params": call}])])
    assert decision(store, "ffmpeg_convert", call, ["ffmpeg_convert"]) == "warn"
    assert decision(store, "ffmpeg_convert", {**call, "overwrite": True}, ["ffmpeg_convert"]) == "allow"


def test_a_patch_applied_before_warns_again_but_its_reversal_passes(store):
    call = {"file": "server.conf", "patch": "limits.patch"}
    error = ("patching file server.conf\nReversed (or previously applied) patch detected!  Skipping patch.\n"
             "1 out of 1 hunk ignored -- saving rejects to file server.conf.rej")
    learn(store, "patch_file", [(call, error, [{"tool": "patch_file", "params": call}])])
    assert decision(store, "patch_file", call, ["patch_file"]) == "warn"
    assert decision(store, "patch_file", {**call, "reverse": True}, ["patch_file"]) == "allow"


GOJQ = "gojq: invalid json: {0}\n    name: web\n     ^  invalid character 'a' in literal null (expecting 'u')"


def test_a_parsers_place_in_the_document_is_no_rule_on_the_file_name(store):
    # `invalid character 'a' in literal null` is where the JSON decoder stopped in the file's text, not a
    # character the file name may not hold: data.json (which has an 'a') passes
    learn(store, "gojq_query", [({"file": "conf.yaml", "filter": ".port"}, GOJQ.format("conf.yaml"), None)])
    assert decision(store, "gojq_query", {"file": "conf.yaml", "filter": ".port"}) == "warn"
    assert decision(store, "gojq_query", {"file": "data.json", "filter": ".name"}) == "allow"
    assert decision(store, "gojq_query", {"file": "package.json", "filter": ".version"}) == "allow"


def test_the_failing_file_again_passes_with_a_switch_that_names_its_type(store):
    learn(store, "gojq_query", [({"file": "conf.yaml", "filter": ".port"}, GOJQ.format("conf.yaml"), None)])
    assert decision(store, "gojq_query", {"file": "conf.yaml", "filter": ".port", "verbose": True}) == "warn"
    assert decision(store, "gojq_query", {"file": "conf.yaml", "filter": ".port", "yaml_input": True}) == "allow"


def test_an_expression_left_open_warns_on_another_left_open_and_passes_closed_ones(store):
    error = ("Invalid expression: //book[\ncompilation error: element with-param\n"
             "XSLT-with-param: Failed to compile select expression '//book['")
    learn(store, "xml_select", [({"file": "books.xml", "xpath": "//book["}, error, None)])
    assert decision(store, "xml_select", {"file": "books.xml", "xpath": "count(//book"}) == "warn"
    assert decision(store, "xml_select", {"file": "feed.xml", "xpath": "//item[@id='1'"}) == "warn"
    assert decision(store, "xml_select", {"file": "books.xml", "xpath": "//book[@id='2']/title"}) == "allow"
    assert decision(store, "xml_select", {"file": "books.xml", "xpath": "count(//book)"}) == "allow"


def test_a_date_message_without_a_layout_warns_on_impossible_dates_not_on_other_layouts(store):
    # "invalid date format" names no layout: month/day/year and @epoch are dates too; a day-first date,
    # a day off the calendar, an hour 25 are not
    learn(store, "touch_timestamp", [({"path": "notes.md", "date": "31/12/2024 10:00"},
                                      "touch: invalid date format \u201831/12/2024 10:00\u2019", None)])
    for bad in ("2024-02-30", "12/31/2024 25:00", "30/01/2026"):
        assert decision(store, "touch_timestamp", {"path": "guide.md", "date": bad}) == "warn", bad
    for good in ("12/31/2024", "@1700000000", "2024-12-31T23:59:00", "2024-01-02 10:00"):
        assert decision(store, "touch_timestamp", {"path": "guide.md", "date": good}) == "allow", good


def test_a_date_message_on_a_month_day_year_value_keeps_the_iso_date(store):
    # the failing value passes the lenient reading: the tool wants ISO, and 12/31/2024 warns again
    learn(store, "db_execute", [({"sql": "INSERT INTO t (d) VALUES (?)", "values": ["12/31/2024"]},
                                 "Error: Incorrect date value: '12/31/2024' for column `d` at row 1", None)])
    assert decision(store, "db_execute", {"sql": "INSERT INTO t (d) VALUES (?)", "values": ["01/15/2025"]}) == "warn"
    assert decision(store, "db_execute", {"sql": "INSERT INTO t (d) VALUES (?)", "values": ["2025-01-15"]}) == "allow"


def test_an_operation_done_twice_is_told_by_its_words_and_the_number_of_its_thing(fake_redis):
    # Taskwarrior 2.6: `task <id> done` twice. The identity knows no task subcommands, so the words say the operation
    from tests.unit.test_prevention_value_kinds import _learn
    from worker.identity import canonical_tool

    error = "Task {} '{}' is neither pending nor waiting.\nCompleted 0 tasks."
    checker = _learn(fake_redis, "task:", "Bash", [
        ({"command": "task 1 done"}, error.format(1, "Pay rent"), ["task add 'Pay rent'", "task 1 done"]),
        ({"command": "task 2 done"}, error.format(2, "Call bank"), ["task add a", "task add 'Call bank'", "task 2 done"])])

    def check(command: str, *earlier: str) -> str:
        call = canonical_tool("Bash", {"command": command})
        window = [{"tool": c.tool, "params": c.params} for c in (canonical_tool("Bash", {"command": e}) for e in earlier)]
        return checker.check_before_call(call.tool, call.params, {"recent_calls": window})["decision"]
    assert check("task 1 done", "task add 'Renew passport'", "task 1 done") == "warn"
    assert check("task 3 done", "task add a", "task add b", "task 3 done") == "warn"
    assert check("task 1 done", "task add 'Pay rent'") == "allow"  # the first time
    assert check("task 2 done", "task add a", "task add b", "task 1 done") == "allow"  # another task
    assert check("task 1 done", "task add 'File taxes'", "task 1 start") == "allow"  # another operation on it before
    assert check("task 1 start", "task add a", "task 1 done") == "allow"  # another operation now
