"""Prevention that carries over and reads more from the message: a tool family's patterns, state-made
prerequisites, value kinds inside longer values, pins, option aliases, stated rules of a wrong tool —
each learned from real messages through classifier → extractor → learner and enforced by the checker,
with the good calls beside it that must still pass."""
from __future__ import annotations

import pytest

from producers.checker import PatternCache, UsagePatternChecker, check_call
from producers.record import build_event
from worker.identity import canonical_recent, canonical_tool
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage

NOT_A_REPO = "fatal: not a git repository (or any of the parent directories): .git"
NO_PACKAGE_JSON = ("npm error code ENOENT\nnpm error syscall open\nnpm error path /w/web/package.json\nnpm error enoent Could "
                   "not read package.json: Error: ENOENT: no such file or directory, open '/w/web/package.json'")


@pytest.fixture
def store(fake_redis) -> UsagePatternStorage:
    return UsagePatternStorage(fake_redis, "fam:")


def learn(store: UsagePatternStorage, command: str, error: str, recent: list[str] | None = None, times: int = 10) -> None:
    learner = UsagePatternLearner(store)
    for _ in range(times):
        event = build_event("Bash", {"command": command}, error=error,
                            recent_calls=canonical_recent(recent) if recent is not None else None)
        outcome = learner.analyze_result(event)
        assert outcome.startswith(("learned:", "merged:")), outcome


def decision(store: UsagePatternStorage, command: str, recent: list[str] | None = None) -> str:
    call = canonical_tool("Bash", {"command": command})
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    context = {"recent_calls": canonical_recent(recent)} if recent is not None else None
    return checker.check_before_call(call.tool, call.params, context)["decision"]


def test_a_prerequisite_two_subcommands_failed_on_carries_to_the_family_and_only_with_that_evidence(store):
    learn(store, "git status", NOT_A_REPO, ["mkdir svc"])
    assert decision(store, "git branch -a", ["Write"]) == "allow"  # one tool showed it: no family evidence yet
    learn(store, "git log --oneline -5", NOT_A_REPO, ["Write"])
    family = [p for p in store.list_patterns() if p["tool"] == "git_*"]
    assert len(family) == 1 and sorted(family[0]["mistake_pattern"]["family_members"]) == ["git_log", "git_status"]
    assert decision(store, "git branch -a", ["mkdir svc", "Write"]) == "warn"
    assert decision(store, "git rev-parse --abbrev-ref HEAD", ["Write"]) == "warn"
    assert decision(store, "git branch -a", ["git init", "Write"]) == "allow"  # the step ran
    assert decision(store, "git init", ["Write"]) == "allow"  # the step itself
    assert decision(store, "git clone https://example.com/r.git", ["Write"]) == "allow"
    assert decision(store, "git branch -a") == "allow"  # no session window: no sequence warning
    assert decision(store, "npm test", ["Write"]) == "allow"  # another family


def test_a_prerequisite_that_names_no_step_carries_to_the_family_until_a_setting_up_call_of_it_runs(store):
    learn(store, "npm run build", NO_PACKAGE_JSON)
    learn(store, "npm test", NO_PACKAGE_JSON)
    assert decision(store, "npm start", ["Write"]) == "warn"
    assert decision(store, "npm run lint", ["Write"]) == "warn"  # the same tool, another script: the state failed it
    assert decision(store, "npm start", ["npm init -y", "Edit"]) == "allow"
    assert decision(store, "npm install vite", ["Write"]) == "allow"  # an install may be the setting up


def test_an_unknown_subcommand_warns_on_slips_of_the_names_the_messages_suggested_and_on_nothing_else(store):
    learn(store, "kubectl desribe pod web-1", 'Error: unknown command "desribe" for "kubectl"\n\nDid you mean this?\n\tdescribe')
    learn(store, "kubectl lgos deploy/api", 'Error: unknown command "lgos" for "kubectl"\n\nDid you mean this?\n\tlogs')
    assert decision(store, "kubectl descibe deployment api") == "warn"
    assert decision(store, "kubectl lgs web-1") == "warn"
    assert decision(store, "kubectl describe pod web-1") == "allow"
    assert decision(store, "kubectl logs deploy/api --tail=100") == "allow"
    assert decision(store, "kubectl get pods") == "allow"  # a real subcommand no message suggested


def test_a_state_made_sequence_mistake_seen_in_two_shapes_repeats_in_a_third_unless_it_adds_what_the_message_named(store):
    message = "aborted: you must first push the current branch to a remote, or use the --head flag"
    learn(store, "gh pr create --title 'Add login' --body 'Closes #12'", message, ["git checkout -b f", "git commit -am x"])
    learn(store, "gh pr create --fill --base main", message, ["git switch -c g", "git commit -m y"])
    assert decision(store, "gh pr create --draft --title WIP", ["git checkout -b h", "git commit -m z"]) == "warn"
    assert decision(store, "gh pr create --draft --title WIP", ["git commit -m z", "git push -u origin h"]) == "allow"
    assert decision(store, "gh pr create --fill --head h", ["git commit -m z"]) == "allow"  # the option it named


def test_a_sequence_mistake_seen_in_one_shape_keeps_its_shape_guard(store):
    message = ("On branch main\nChanges not staged for commit:\n  (use \"git add <file>...\" to update what will be committed)"
               "\n\tmodified:   app.py\n\nno changes added to commit (use \"git add\" and/or \"git commit -a\")")
    learn(store, "git commit -m 'Fix login'", message, ["Edit"])
    assert decision(store, "git commit -m 'Update README'", ["Edit"]) == "warn"
    assert decision(store, "git commit -am 'Update README'", ["Edit"]) == "allow"
    assert decision(store, "git commit -m 'Update' --amend", ["Edit"]) == "allow"  # one shape: another may be the fix


def test_a_date_the_message_quotes_inside_a_query_is_checked_on_the_calendar_in_every_later_query(store):
    query = "psql -d test -c \"SELECT count(*) FROM t WHERE started > '{}'\""
    learn(store, query.format("2026-13-01"), 'ERROR:  date/time field value out of range: "2026-13-01"')
    learn(store, query.format("2026-02-30"), 'ERROR:  date/time field value out of range: "2026-02-30"')
    assert decision(store, query.format("2026-04-31")) == "warn"
    assert decision(store, query.format("2025-00-15")) == "warn"
    assert decision(store, query.format("2026-11-30")) == "allow"
    assert decision(store, query.format("2024-02-29")) == "allow"  # a leap day is on the calendar


def test_a_size_flag_is_checked_under_each_of_the_names_the_message_gave_it(store):
    learn(store, "docker run -d --memory 512q nginx:1.27",
          'invalid argument "512q" for "-m, --memory" flag: invalid suffix: \'q\'\n\nUsage:  docker run [OPTIONS] IMAGE')
    assert decision(store, "docker run -d --memory 256z redis:7") == "warn"
    assert decision(store, "docker run --rm -m 2gg alpine:3.20 sh") == "warn"
    assert decision(store, "docker run -d --memory 512m nginx:1.27") == "allow"
    assert decision(store, "docker run --rm -m 2g python:3.12 python app.py") == "allow"


def test_a_listed_set_of_versions_is_what_stands_after_the_pin(store):
    message = ("ERROR: Could not find a version that satisfies the requirement requests==9.99.0 (from versions: 0.2.0, "
               "1.0.0, 2.0.0, 2.31.0, 2.32.3)\nERROR: No matching distribution found for requests==9.99.0")
    learn(store, "pip install requests==9.99.0", message)
    assert decision(store, "pip install requests==3.0.0") == "warn"
    assert decision(store, "pip install requests==2.32.3") == "allow"
    assert decision(store, "pip install 'requests>=2.31,<3'") == "allow"  # no pin: the list says nothing of it


def test_a_refused_choice_is_the_value_after_the_argument_the_message_named(store):
    message = ("ERR CONFIG SET failed (possibly related to argument 'maxmemory-policy') - argument(s) must be one of the "
               "following: volatile-lru, allkeys-lru, noeviction")
    learn(store, "redis-cli CONFIG SET maxmemory-policy allkeys-lr", message)
    assert decision(store, "redis-cli CONFIG SET maxmemory-policy volatile-lfuu") == "warn"
    assert decision(store, "redis-cli CONFIG SET maxmemory-policy allkeys-lru") == "allow"


def test_a_wrong_tools_stated_rule_is_enforced_on_the_value(fake_redis):
    store = UsagePatternStorage(fake_redis, "wt:")
    learner = UsagePatternLearner(store)
    for query in ["INSERT INTO users (email) VALUES ('a@b.c')", "UPDATE users SET active = 0"] * 5:
        learner.analyze_result(build_event("read_query", {"query": query}, error="Error: Only SELECT queries are allowed for read_query"))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    assert checker.check_before_call("read_query", {"query": "DELETE FROM users"})["decision"] == "warn"
    assert checker.check_before_call("read_query", {"query": "select id from users"})["decision"] == "allow"


def test_missing_values_on_command_lines(store):
    learn(store, "terraform import aws_instance.web",
          "The import command expects two arguments.\nUsage: terraform [global options] import [options] ADDR ID")
    assert decision(store, "terraform import aws_iam_role.ci") == "warn"
    assert decision(store, "terraform import aws_iam_role.ci ci-role") == "allow"
    learn(store, "npm uninstall", "npm error Must provide a package name to remove")
    assert decision(store, "npm uninstall --save") == "warn"  # a flag holds no package name
    assert decision(store, "npm uninstall --save-dev jest") == "allow"


def test_a_prerequisite_the_call_can_give_itself_warns_without_a_window_and_passes_when_given(store):
    message = 'You must specify a region. You can also configure your region by running "aws configure".'
    learn(store, "aws ec2 describe-instances", message)
    learn(store, "aws lambda list-functions", message)
    assert decision(store, "aws ec2 describe-vpcs") == "warn"
    assert decision(store, "aws ecs list-clusters") == "warn"  # the family's
    assert decision(store, "aws ecs list-clusters --region us-east-1") == "allow"
    assert decision(store, "aws ecs list-clusters", ["aws configure set region us-east-1"]) == "allow"


def test_an_api_error_code_names_the_missing_field(fake_redis):
    store = UsagePatternStorage(fake_redis, "api:")
    learner = UsagePatternLearner(store)
    error = ("The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\n"
             "The server responded with: {'ok': False, 'error': 'no_text'}")
    for _ in range(10):
        learner.analyze_result(build_event("slack_post_message", {"channel": "C1"}, error=error))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    assert checker.check_before_call("slack_post_message", {"channel": "C2", "username": "bot"})["decision"] == "warn"
    assert checker.check_before_call("slack_post_message", {"channel": "C2", "text": "hi"})["decision"] == "allow"


def test_a_name_that_already_exists_warns_when_created_again_after_its_noun_and_not_otherwise(fake_redis):
    store = UsagePatternStorage(fake_redis, "ws:")
    learner = UsagePatternLearner(store)
    for _ in range(10):
        learner.analyze_result(build_event("create_table", {"query": "CREATE TABLE users (id INTEGER PRIMARY KEY)"},
                                           error="Database error: table users already exists",
                                           recent_calls=["create_table", "write_query"]))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def check(query: str, recent: list[str]) -> str:
        return checker.check_before_call("create_table", {"query": query}, {"recent_calls": recent})["decision"]

    assert check("CREATE TABLE users (id INTEGER, email TEXT)", ["create_table", "write_query"]) == "warn"
    assert check("CREATE TABLE IF NOT EXISTS users (id INTEGER)", ["create_table", "write_query"]) == "allow"
    assert check("CREATE TABLE order_items (id INTEGER)", ["create_table", "write_query"]) == "allow"
    assert check("CREATE TABLE users (id INTEGER)", ["drop_table"]) == "allow"  # removed since


def _learn_mcp(store: UsagePatternStorage, tool: str, calls: list[tuple[dict, str]], rounds: int = 4) -> UsagePatternChecker:
    learner = UsagePatternLearner(store)
    for _ in range(rounds):
        for params, error in calls:
            learner.analyze_result(build_event(tool, params, error=error))
    return UsagePatternChecker(PatternCache(store, poll_seconds=0))


def test_a_malformed_files_type_is_the_evidence_once_two_different_files_of_it_failed(fake_redis):
    # a tool whose name says no file type: the failed files' own types are all the evidence there is
    checker = _learn_mcp(UsagePatternStorage(fake_redis, "cs:"), "pretty_print",
                         [({"file": "/c/b.yaml"}, "Expecting value: line 1 column 1 (char 0)"),
                          ({"file": "/c/d.yml"}, "Expecting value: line 1 column 1 (char 0)"),
                          ({"file": "/c/c.toml"}, "Expecting value: line 1 column 1 (char 0)")])
    assert checker.check_before_call("pretty_print", {"file": "/c/values.yaml"})["decision"] == "warn"
    assert checker.check_before_call("pretty_print", {"file": "/c/pyproject.toml"})["decision"] == "allow"  # one .toml
    assert checker.check_before_call("pretty_print", {"file": "/c/package.json"})["decision"] == "allow"


def test_a_reader_named_for_a_type_wants_that_type_once_its_parser_failed_on_another(fake_redis):
    # pandas 3.1 read_json on a CSV and a YAML file: the tool's name says JSON, its parser's words say it read
    checker = _learn_mcp(UsagePatternStorage(fake_redis, "rj:"), "pandas_read_json",
                         [({"path": "people.csv"}, "ValueError: Expected object or value"),
                          ({"path": "config.yaml"}, "ValueError: Expected object or value")], rounds=5)
    for other in ("orders.csv", "docker-compose.yml", "settings.toml"):
        assert checker.check_before_call("pandas_read_json", {"path": other})["decision"] == "warn", other
    for fine in ("records.json", "events.jsonl", "data/users.JSON"):
        assert checker.check_before_call("pandas_read_json", {"path": fine})["decision"] == "allow", fine


def test_a_reader_of_text_that_could_not_decode_a_binary_file_is_warned_of_every_binary_file(fake_redis):
    checker = _learn_mcp(UsagePatternStorage(fake_redis, "bin:"), "pandas_read_csv", [
        ({"path": "logo.png"}, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x89 in position 0: invalid start byte"),
        ({"path": "shop.db"}, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb0 in position 8: invalid start byte")], rounds=5)
    for binary in ("photo.jpeg", "badge.webp", "dump.zip", "app.sqlite"):
        assert checker.check_before_call("pandas_read_csv", {"path": binary})["decision"] == "warn", binary
    for text in ("people.csv", "table.tsv", "notes.txt", "export"):
        assert checker.check_before_call("pandas_read_csv", {"path": text})["decision"] == "allow", text


def test_an_image_reader_wants_an_image_and_a_database_reader_its_database_file(fake_redis):
    checker = _learn_mcp(UsagePatternStorage(fake_redis, "img:"), "pillow_open_image",
                         [({"path": "people.csv"}, "UnidentifiedImageError: cannot identify image file 'people.csv'"),
                          ({"path": "report.pdf"}, "UnidentifiedImageError: cannot identify image file 'report.pdf'")], rounds=5)
    for other in ("README.md", "archive.zip", "data.json"):
        assert checker.check_before_call("pillow_open_image", {"path": other})["decision"] == "warn", other
    for image in ("logo.png", "photo.JPEG", "scan.tif", "icon.gif"):
        assert checker.check_before_call("pillow_open_image", {"path": image})["decision"] == "allow", image
    # the message quotes the query, but a rule about files is about the one value that is a file
    sql = "DatabaseError: Execution failed on sql '{}': file is not a database"
    checker = _learn_mcp(UsagePatternStorage(fake_redis, "db:"), "pandas_read_sql_query",
                         [({"database": "people.csv", "query": "SELECT * FROM people"}, sql.format("SELECT * FROM people")),
                          ({"database": "dump.sql", "query": "SELECT 1"}, sql.format("SELECT 1"))], rounds=5)
    assert checker.check_before_call("pandas_read_sql_query", {"database": "notes.txt", "query": "SELECT 2"})["decision"] == "warn"
    assert checker.check_before_call("pandas_read_sql_query", {"database": "shop.db", "query": "SELECT * FROM people"})["decision"] == "allow"


def test_a_python_isoformat_message_is_about_dates(fake_redis):
    checker = _learn_mcp(UsagePatternStorage(fake_redis, "iso:"), "report",
                         [({"since": "2026/12/01"}, "ValueError: Invalid isoformat string: '2026/12/01'"),
                          ({"since": "01.12.2026"}, "ValueError: Invalid isoformat string: '01.12.2026'")], rounds=5)
    assert checker.check_before_call("report", {"since": "yesterday"})["decision"] == "warn"
    assert checker.check_before_call("report", {"since": "2026-12-01"})["decision"] == "allow"


def test_session_start_names_a_family_pitfall_only_once_two_tools_showed_it(store):
    from producers.context import session_context

    learn(store, "git status", NOT_A_REPO, ["mkdir svc"])
    silent = session_context(store.list_patterns(), min_confidence=0.5)
    assert "### git_status" in silent and "git_*" not in silent  # the one-tool family pattern says nothing
    learn(store, "git log --oneline -5", NOT_A_REPO, ["Write"])
    speaking = session_context(store.list_patterns(), min_confidence=0.5)
    assert "### git_*" in speaking and "### git_log" in speaking


FROBARC_LAYOUT = ("frobarc: invalid layout `zip'; valid layouts are:\nflat nested packed (case ignored)\n"
                  "Try 'frobarc --help' for more information.")


def test_a_mistake_of_a_command_a_pipeline_feeds_is_learned_as_it_and_checked_in_any_pipeline(store):
    # the error names frobarc, so learning takes it; the identity names the pipeline by its first command (`find`)
    learn(store, "find docs -type f | frobarc -o -L zip -F docs.arc", FROBARC_LAYOUT)
    assert {p["tool"] for p in store.list_patterns()} == {"frobarc"}
    assert store.list_patterns()[0]["mistake_pattern"]["validation"]["enum"] == ["flat", "nested", "packed"]
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def line(command: str) -> str:
        return check_call(checker, canonical_tool("Bash", {"command": command}))["decision"]
    assert canonical_tool("Bash", {"command": "ls src | frobarc -o -L gz"}).tool == "ls"
    for bad in ("ls src/*.c | frobarc -o -L gz -F src.arc", "find logs -type f | sort | frobarc -o -L tar -F l.arc",
                "frobarc -o -L rar -F x.arc"):
        assert line(bad) == "warn", bad
    for good in ("ls src/*.c | frobarc -o -L nested -F src.arc", "find logs -type f | frobarc -o -L flat -F l.arc",
                 "find logs -type f | wc -l"):
        assert line(good) == "allow", good


def test_a_file_the_tool_looks_for_by_its_kind_is_a_prerequisite_a_write_or_the_tools_own_setup_meets(store):
    for where in ("jobs", "etl"):
        learn(store, f"cd {where} && frobrun list", f"ERROR: Could not find recipe file '{where}/recipe.toml'.\n"
              "Please use '-f' to name one.", ["ls"])
    pattern = next(p for p in store.list_patterns() if p["tool"] == "frobrun")
    assert pattern["error_category"] == "MISSING_PREREQUISITE"
    assert pattern["mistake_pattern"]["missing_config"] == "recipe.toml"
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def line(command: str, window: list | None) -> str:
        call = canonical_tool("Bash", {"command": command})
        return checker.check_before_call(call.tool, call.params, {"recent_calls": window} if window is not None else None)["decision"]
    assert line("cd web && frobrun run nightly", ["ls"]) == "warn"
    assert line("cd web && frobrun run nightly", [{"tool": "write_file", "params": {"path": "web/recipe.toml"}}]) == "allow"
    assert line("frobrun -f web/recipe.toml run nightly", ["ls"]) == "allow"  # the call names the file to use
    assert line("cd web && frobrun run nightly", None) == "allow"  # no session window: no sequence warning
    # named by its kind only: any write, or the tool's own setup, may have made it
    learn(store, "frobledger add rent 900", "No ledger file found", ["ls"])
    learn(store, "frobledger report --month 11", "No ledger file found", [])
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    assert line("frobledger add food 120", ["ls"]) == "warn"
    assert line("frobledger add food 120", [{"tool": "frobledger", "params": {"arg1": "init"}}, "ls"]) == "allow"
    # a file any path is (`input file`) is the call's value, not a prerequisite
    learn(store, "frobconv in.csv", "frobconv: could not find input file 'in.csv'", [])
    assert all(p["error_category"] != "MISSING_PREREQUISITE" for p in store.list_patterns() if p["tool"] == "frobconv")


def test_a_number_led_expression_is_checked_for_the_number_it_starts_with_and_never_as_a_path(store):
    # `Malformed number` of `12,5 kg`: what starts as a number must start with a well-formed one
    learn(store, "frobcalc -t '12,5 kg' lb", "Error in '12,5 kg': Malformed number")
    learn(store, "frobcalc -t '10 m/s/' mph", "Error in '10 m/s/': Parse error")  # an expression, not a directory
    assert {p["error_category"] for p in store.list_patterns()} == {"PARAMETER_FORMAT"}
    assert decision(store, "frobcalc -t '2,5 l' gallon") == "warn"
    for good in ("frobcalc -t '12.5 kg' lb", "frobcalc -t '10 m/s' mph", "frobcalc -t '(3 ft)' cm",
                 "frobcalc -t '5 km/hr' mi/hr"):
        assert decision(store, good) == "allow", good


def test_a_file_missing_before_passes_once_a_call_was_given_it_with_a_suffix_less(store):
    for name in ("logs/app.log", "data/big.csv"):
        learn(store, f"frobz -d {name}.fz", f"frobz: {name}.fz: Can't open input file: No such file or directory")
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def line(command: str, window: list) -> str:
        call = canonical_tool("Bash", {"command": command})
        return checker.check_before_call(call.tool, call.params, {"recent_calls": window})["decision"]
    compressed = [{"tool": "frobz", "params": {"arg1": "logs/app.log"}}]
    assert line("frobz -d logs/app.log.fz", compressed) == "allow"  # `frobz logs/app.log` wrote logs/app.log.fz
    assert line("frobz -d logs/app.log.fz", [{"tool": "frobz", "params": {"arg1": "logs/other.log"}}]) == "warn"
    assert line("frobz -d logs/app.log.fz", []) == "warn"


def test_a_file_extension_the_tool_has_no_handler_for_is_the_wrong_tool_for_that_file(store):
    for stem in ("song", "intro"):
        learn(store, f"frobaudio media/{stem}.xyz out/{stem}.wav", "frobaudio FAIL formats: no handler for file extension `xyz'")
    pattern = next(p for p in store.list_patterns() if p["tool"] == "frobaudio")
    assert pattern["error_category"] == "WRONG_TOOL_SELECTION" and pattern["mistake_pattern"]["parameter"] == "arg1"
    assert decision(store, "frobaudio media/outro.xyz -c 1 out/outro.wav") == "warn"
    assert decision(store, "frobaudio media/outro.wav -c 1 out/outro.flac") == "allow"


def test_a_file_of_a_wrong_type_warns_where_a_one_letter_option_read_it_as_its_value(store):
    for name in ("app.log.gz", "notes.txt.gz"):
        learn(store, f"frobunz -d archives/{name}", f"frobunz: archives/{name}: Bad magic number (file not in frobunz format).")
    # `-c` (to stdout) is read as taking a value: the file is c's, not arg1
    assert canonical_tool("Bash", {"command": "frobunz -d -c archives/x.gz"}).params == {"d": True, "c": "archives/x.gz"}
    assert decision(store, "frobunz -d -c archives/data.csv.gz") == "warn"
    assert decision(store, "frobunz -d -c archives/data.csv.fz") == "allow"
    assert decision(store, "frobunz -d archives/data.csv.fz") == "allow"
