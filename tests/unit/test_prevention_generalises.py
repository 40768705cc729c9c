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


def learn(store: UsagePatternStorage, tool: str, items: list[tuple[dict[str, Any], str, list[Any] | None]],
          times: int = 10) -> None:
    learner = UsagePatternLearner(store)
    for _ in range(times):
        for params, error, recent in items:
            outcome = learner.analyze_result(build_event(tool, params, error=error, recent_calls=recent))
            assert outcome.startswith(("learned:", "merged:")), outcome


def decision(store: UsagePatternStorage, tool: str, params: dict[str, Any], recent: list[Any] | None = None) -> str:
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


def test_a_stated_time_layout_and_a_stated_invalid_character_are_enforced_on_new_values(store):
    layout = "Error executing tool convert_time: Invalid time format. Expected HH:MM [24-hour format]"
    learn(store, "convert_time", [({"source_timezone": "UTC", "time": "3pm", "target_timezone": "Asia/Tokyo"}, layout, None)])
    assert decision(store, "convert_time", {"source_timezone": "UTC", "time": "14h30", "target_timezone": "Asia/Tokyo"}) == "warn"
    assert decision(store, "convert_time", {"source_timezone": "UTC", "time": "09:05", "target_timezone": "Asia/Tokyo"}) == "allow"
    learn(store, "go_mod_init", [({"module_path": "My Module"}, "go: malformed module path \"My Module\": invalid char ' '", None)])
    assert decision(store, "go_mod_init", {"module_path": "acme corp/billing"}) == "warn"
    assert decision(store, "go_mod_init", {"module_path": "example.com/acme/data-pipeline"}) == "allow"


def test_the_choices_a_message_lists_after_available_x_are_or_one_per_line_are_enforced(store):
    phases = ('[ERROR] Unknown lifecycle phase "compil". You must specify a valid lifecycle phase or a goal. Available lifecycle '
              'phases are: validate, initialize, compile, test, package, verify, install, deploy. -> [Help 1]')
    learn(store, "mvn_build", [({"goals": ["compil"]}, phases, None)])
    assert decision(store, "mvn_build", {"goals": ["integration-test-all"]}) == "warn"
    assert decision(store, "mvn_build", {"goals": ["verify"]}) == "allow"
    fields = 'Unknown JSON field: "stars"\nAvailable fields:\n  createdAt\n  defaultBranchRef\n  name\n  stargazerCount\n  url\n'
    learn(store, "gh_repo_view", [({"repo": "acme/api", "json": "stars"}, fields, None)])
    assert decision(store, "gh_repo_view", {"repo": "acme/web", "json": "stars,url"}) == "warn"  # one item is no field
    assert decision(store, "gh_repo_view", {"repo": "acme/api", "json": "name,defaultBranchRef"}) == "allow"  # each one is
    # squashfs-tools 4.5 `mksquashfs … -comp lzx`: the list after `Compressors available:`, an item's remark left out
    compressors = ('mksquashfs: Compressor "lzx" is not supported!\nmksquashfs: Compressors available:\n'
                   '\tgzip (default)\n\tlzo\n\tlz4\n\txz\n\tzstd\n\tlzma')
    learn(store, "mksquashfs_pack", [({"source": "site", "image": "site.sqfs", "comp": "lzx"}, compressors, None)])
    assert decision(store, "mksquashfs_pack", {"source": "logs", "image": "logs.sqfs", "comp": "brotli"}) == "warn"
    for good in ("gzip", "zstd", "lzma"):
        assert decision(store, "mksquashfs_pack", {"source": "logs", "image": "logs.sqfs", "comp": good}) == "allow", good


def test_a_time_zone_the_system_does_not_know_is_a_wrong_value_whatever_its_spelling(store):
    error = "Error executing tool get_current_time: Invalid timezone: 'No time zone found with key Europe/Frankfurt'"
    learn(store, "get_current_time", [({"timezone": "Europe/Frankfurt"}, error, None)])
    assert decision(store, "get_current_time", {"timezone": "Asia/Bangalore"}) == "warn"
    assert decision(store, "get_current_time", {"timezone": "Asia/Kolkata"}) == "allow"


def test_a_quantity_the_message_says_nothing_of_is_inferred_leniently_and_tightened_by_a_later_failure(store):
    learn(store, "rsync_copy", [({"source": "src/", "dest": "b/", "bwlimit": "fast"}, "rsync: --bwlimit=fast is invalid", None)])
    assert decision(store, "rsync_copy", {"source": "src/", "dest": "b/", "bwlimit": "500 kbit"}) == "warn"
    assert decision(store, "rsync_copy", {"source": "src/", "dest": "b/", "bwlimit": "10M"}) == "allow"  # a number with a unit
    learn(store, "ssh_keygen", [({"type": "rsa", "bits": "three", "file": "id"}, "Bits has bad value three (invalid)", None),
                                ({"type": "rsa", "bits": "4k", "file": "id"}, "Bits has bad value 4k (invalid)", None)])
    assert decision(store, "ssh_keygen", {"type": "rsa", "bits": "256b", "file": "id"}) == "warn"  # 4k failed: units are out
    assert decision(store, "ssh_keygen", {"type": "rsa", "bits": "2048", "file": "id"}) == "allow"
    assert decision(store, "ssh_keygen", {"type": "rsa", "bits": "2048", "file": "id_new"}) == "allow"


def test_the_quantity_among_values_that_all_break_the_kind_is_the_one_whose_name_says_so(store):
    error = "redis.exceptions.ResponseError: value is not an integer or out of range"
    learn(store, "redis_expire", [({"key": "s:42", "seconds": "10s"}, error, None)])
    assert decision(store, "redis_expire", {"key": "s:7", "seconds": "30 sec"}) == "warn"
    assert decision(store, "redis_expire", {"key": "cache:home", "seconds": "3600"}) == "allow"
    assert decision(store, "redis_expire", {"key": "cache:home", "seconds": 10}) == "allow"


def test_names_required_together_or_by_flag_are_required_and_what_the_message_offers_instead_passes(store):
    pr = "must provide `--title` and `--body` (or `--fill`) when not running interactively\n\nUsage:  gh pr create [flags]"
    learn(store, "gh_pr_create", [({"base": "main"}, pr, ["git_push"]), ({"title": "Fix"}, pr, ["git_push"])])
    assert decision(store, "gh_pr_create", {"title": "Add metrics", "reviewer": "octo"}, ["git_push"]) == "warn"  # no body
    assert decision(store, "gh_pr_create", {"label": "bug"}, ["git_push"]) == "warn"
    assert decision(store, "gh_pr_create", {"title": "Fix", "body": "Closes #12"}, ["git_push"]) == "allow"
    assert decision(store, "gh_pr_create", {"fill": True, "base": "main"}, ["git_push"]) == "allow"  # the offered alternative
    both = "Error: Both topic and message must be supplied.\nmosquitto_pub is a simple mqtt client."
    learn(store, "mqtt_publish", [({"message": "on"}, both, None), ({"topic": "a/b", "qos": 1}, both, None)])
    assert decision(store, "mqtt_publish", {"topic": "lights/hall", "retain": True}) == "warn"
    assert decision(store, "mqtt_publish", {"message": "reboot", "qos": 2}) == "warn"
    assert decision(store, "mqtt_publish", {"topic": "lights/hall", "message": "off"}) == "allow"
    assert decision(store, "mqtt_publish", {"topic": "lights/hall", "null_message": True}) == "allow"  # a flag that gives it


def test_an_argument_clap_or_ssh_keygen_says_was_not_given_is_required_by_its_name(store):
    clap = "error: the following required arguments were not provided:\n  <PATH>\n\nUsage: cargo new <PATH>"
    learn(store, "cargo_new", [({}, clap, None), ({"vcs": "none"}, clap, None)])
    assert decision(store, "cargo_new", {"name": "billing"}) == "warn"
    assert decision(store, "cargo_new", {"path": "billing", "vcs": "none"}) == "allow"
    learn(store, "ssh_keygen_sign", [({"ca_key": "ca", "public_key": "u.pub"}, "Must specify key id (-I) when certifying", None)])
    assert decision(store, "ssh_keygen_sign", {"ca_key": "ca", "public_key": "a.pub", "validity": "+1d"}) == "warn"
    assert decision(store, "ssh_keygen_sign", {"ca_key": "ca", "public_key": "a.pub", "key_id": "alice"}) == "allow"


def test_an_empty_value_gives_nothing_so_a_call_with_a_filled_one_is_not_the_calls_that_gave_none(store):
    error = "redis.exceptions.DataError: 'hset' with no key value pairs"
    learn(store, "redis_hset", [({"name": "u:1"}, error, None), ({"name": "u:1", "mapping": {}}, error, None)])
    assert decision(store, "redis_hset", {"name": "cart:9", "mapping": {}}) == "warn"
    assert decision(store, "redis_hset", {"name": "profile:7"}) == "warn"
    assert decision(store, "redis_hset", {"name": "u:1", "mapping": {"email": "a@example.com"}}) == "allow"
    learn(store, "zip_create", [({"archive": "site.zip"}, "zip error: Nothing to do! (site.zip)", None)])
    assert decision(store, "zip_create", {"archive": "b.zip", "quiet": True}) == "warn"  # only a flag added
    assert decision(store, "zip_create", {"archive": "b.zip", "inputs": ["src"]}) == "allow"


def test_a_value_that_did_not_exist_passes_once_a_call_that_sets_things_up_ran_that_no_failure_had_before_it(store):
    error = "pika.exceptions.ChannelClosedByBroker: (404, \"NOT_FOUND - no exchange '{0}' in vhost '/'\")"
    learn(store, "rabbitmq_publish", [({"exchange": "orders", "routing_key": "o.c"}, error.format("orders"), ["rabbitmq_queue_declare"])])
    assert decision(store, "rabbitmq_publish", {"exchange": "orders", "routing_key": "o.c"}, ["rabbitmq_queue_declare"]) == "warn"
    assert decision(store, "rabbitmq_publish", {"exchange": "orders", "routing_key": "o.c"}, ["rabbitmq_queue_purge"]) == "warn"
    assert decision(store, "rabbitmq_publish", {"exchange": "orders", "routing_key": "o.c"}, ["rabbitmq_exchange_declare"]) == "allow"
    psql = ('psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  database "{0}" '
            'does not exist')
    learn(store, "psql_run_file", [({"dbname": "shop", "file": "schema.sql"}, psql.format("shop"), ["write_file"])])
    assert decision(store, "psql_run_file", {"dbname": "shop", "file": "s.sql", "single_transaction": True}, ["write_file"]) == "warn"
    assert decision(store, "psql_run_file", {"dbname": "shop", "file": "schema.sql"}, ["write_file", "pg_createdb"]) == "allow"


def test_a_wrong_tool_whose_message_states_the_file_type_it_takes_flags_any_other_type(store):
    gpg = ("gpg: no valid OpenPGP data found.\ngpg: the signature could not be verified.\nPlease remember that the signature "
           "file (.sig or .asc)\nshould be the first file given on the command line.")
    learn(store, "gpg_verify", [({"signature": "notes.txt"}, gpg, None)])
    assert decision(store, "gpg_verify", {"signature": "release.zip"}) == "warn"
    assert decision(store, "gpg_verify", {"signature": "notes.txt.asc"}) == "allow"
    unzip = ("Archive:  /w/release.tgz\n  End-of-central-directory signature not found.  Either this file is not\n  a zipfile, "
             "or it constitutes one disk of a multi-part archive.")
    learn(store, "zipinfo_list", [({"archive": "release.tgz"}, unzip, None)])
    assert decision(store, "zipinfo_list", {"archive": "values.yaml"}) == "warn"
    assert decision(store, "zipinfo_list", {"archive": "release.zip"}) == "allow"


def test_a_known_path_is_the_same_value_with_or_without_its_trailing_slash(store):
    learn(store, "go_run", [({"package": "./retry"}, "package example.com/acme/kit/retry is not a main package", None)])
    assert decision(store, "go_run", {"package": "./retry/"}) == "warn"
    assert decision(store, "go_run", {"package": "./cmd/kit"}) == "allow"


def test_the_kind_of_a_named_input_learned_on_one_subcommand_holds_for_its_family(store):
    error = ('Error: Invalid value for input variable\n\n  on main.tf line 2:\n   2: variable "instance_count" { type = number }\n\n'
             'Unsuitable value for var.instance_count set using\n-var="instance_count=...": a number is required.')
    learner = UsagePatternLearner(store)
    for _ in range(10):
        learner.analyze_result(build_event("Bash", {"command": "terraform plan -var region=us-east-1 -var instance_count=two"}, error=error))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def on(command: str) -> str:
        from worker.identity import canonical_tool
        call = canonical_tool("Bash", {"command": command})
        return checker.check_before_call(call.tool, call.params)["decision"]

    assert on("terraform apply -auto-approve -var instance_count=four") == "warn"
    assert on("terraform apply -auto-approve -var instance_count=4") == "allow"
    assert on("terraform apply -auto-approve -var instance_count=4 -var region=eu-west-1") == "allow"  # another input


def test_an_environment_assignment_on_the_command_line_gives_the_setting_it_names():
    from worker.identity import canonical_tool
    from worker.validation import gives_parameter
    call = canonical_tool("Bash", {"command": "AWS_DEFAULT_REGION=eu-west-1 aws rds describe-db-instances"})
    assert call.tool == "aws_rds" and call.params["env_aws_default_region"] == "eu-west-1"
    assert gives_parameter(call.params, "region") and not gives_parameter(call.params, "profile")


# ---------------------------------------------------------------- the call's shape, as a user relies on it
def test_an_empty_value_adds_nothing_to_a_repeat_of_an_order_mistake(store):
    learn(store, "valkey_exec", [({"command": "EXEC"}, "ReplyError: ERR EXEC without MULTI", ["valkey_set"]),
                                 ({"command": "DISCARD"}, "ReplyError: ERR DISCARD without MULTI", ["valkey_get"])])
    assert decision(store, "valkey_exec", {"command": "EXEC", "args": []}, ["valkey_set"]) == "warn"
    assert decision(store, "valkey_exec", {"command": "EXEC", "args": ["x"]}, ["valkey_set"]) == "allow"  # it adds a value
    assert decision(store, "valkey_exec", {"pipeline": [["MULTI"], ["EXEC"]]}, ["valkey_set"]) == "allow"


def test_a_create_of_a_name_that_exists_warns_on_that_name_after_the_word_the_call_put_before_it(store):
    # the message's noun ("relation", "database") is not the call's (`CREATE TABLE`, `CREATE SCHEMA`)
    learn(store, "cockroach_sql", [
        ({"sql": "CREATE TABLE ledger (id int)"}, 'ERROR: relation "ledger" already exists', ["cockroach_sql"]),
        ({"sql": "CREATE SCHEMA audit"}, "Error: Can't create database 'audit'; database exists", ["cockroach_sql"])])
    for sql in ("CREATE TABLE ledger (id bigint, at timestamptz)", "CREATE SCHEMA audit DEFAULT CHARACTER SET latin1"):
        assert decision(store, "cockroach_sql", {"sql": sql}, ["cockroach_sql"]) == "warn", sql
    for sql in ("CREATE TABLE IF NOT EXISTS ledger (id int)", "CREATE TABLE ledger_2026 (id int)",
                "CREATE TABLE ledger_v2 (LIKE ledger)", "CREATE SCHEMA IF NOT EXISTS audit", "SELECT * FROM ledger"):
        assert decision(store, "cockroach_sql", {"sql": sql}, ["cockroach_sql"]) == "allow", sql


def test_a_statement_the_tool_refused_by_how_it_begins_warns_on_statements_that_begin_alike(store):
    # the message quotes where the value starts (a sign, `\\`), or the whole value (its first word counts)
    learn(store, "cockroach_sql", [({"sql": "\\dt"}, 'ERROR: syntax error at or near "\\"', None),
                                   ({"sql": "\\d accounts"}, 'ERROR: syntax error at or near "\\"', None)])
    assert decision(store, "cockroach_sql", {"sql": "\\du"}) == "warn"
    assert decision(store, "cockroach_sql", {"sql": "SELECT E'\\\\dt' AS literal"}) == "allow"
    assert decision(store, "cockroach_sql", {"sql": "SELECT 1"}) == "allow"


def test_a_keyword_the_message_names_in_capitals_is_how_a_refused_statement_begins(store):
    message = "ERROR: LOCK TABLE can only be used in transaction blocks"
    learn(store, "yugabyte_sql", [({"sql": "LOCK TABLE accounts"}, message, None),
                                  ({"sql": "LOCK TABLE ledger IN SHARE MODE"}, message, None)])
    assert decision(store, "yugabyte_sql", {"sql": "LOCK TABLE orders IN EXCLUSIVE MODE"}) == "warn"
    assert decision(store, "yugabyte_sql", {"sql": "BEGIN; LOCK TABLE orders; COMMIT"}) == "allow"
    assert decision(store, "yugabyte_sql", {"sql": "SELECT 'LOCK TABLE' AS words"}) == "allow"


def test_a_file_of_another_type_than_the_one_the_message_names_is_a_wrong_input_for_the_tool(store):
    learn(store, "sqlite_cli", [({"database": "rows.csv", "sql": ".tables"}, "Error: file is not a database", None),
                                ({"database": "dump.json", "sql": ".schema"}, "Error: file is not a database", None)])
    assert decision(store, "sqlite_cli", {"database": "site.tar.gz", "sql": ".tables"}) == "warn"  # a new type
    assert decision(store, "sqlite_cli", {"database": "app.db", "sql": ".tables"}) == "allow"
    assert decision(store, "sqlite_cli", {"database": ":memory:", "sql": "SELECT 1"}) == "allow"  # no file type at all
    learn(store, "jvm_run", [({"jar": "dist.tar.gz"}, "Error: Invalid or corrupt jarfile dist.tar.gz", None),
                             ({"jar": "Main.class"}, "Error: Invalid or corrupt jarfile Main.class", None)])
    assert decision(store, "jvm_run", {"jar": "notes.txt"}) == "warn"
    assert decision(store, "jvm_run", {"jar": "app.jar"}) == "allow"


def test_a_size_kind_tightens_when_a_failing_value_passes_it_and_names_the_quantity_parameter(store):
    # "Invalid initial heap size" states a size; `1.5g` and `512 m` pass a lenient size, so the tool takes whole digits
    # and one unit letter; the value is the quantity-named parameter's, not `jar` (no size at all)
    message = "Invalid initial heap size: -Xms{0}\nError: Could not create the Java Virtual Machine."
    learn(store, "jvm_start", [({"jar": "app.jar", "min_heap": "9x"}, message.format("9x"), None),
                               ({"jar": "app.jar", "min_heap": "1.5g"}, message.format("1.5g"), None),
                               ({"jar": "app.jar", "min_heap": "512 m"}, message.format("512 m"), None)])
    for bad in ("2GB", "256mb", "0.5g"):
        assert decision(store, "jvm_start", {"jar": "app.jar", "min_heap": bad}) == "warn", bad
    for good in ("512m", "2g", "1024k"):
        assert decision(store, "jvm_start", {"jar": "app.jar", "min_heap": good}) == "allow", good


def test_an_integer_with_space_around_it_is_no_evidence_of_a_malformed_integer(store):
    message = 'ERROR: invalid input syntax for type integer: "{0}"'
    learn(store, "pgx_query", [({"sql": "SELECT * FROM t WHERE id = $1", "values": ["12a"]}, message.format("12a"), None),
                               ({"sql": "SELECT * FROM t WHERE id = $1", "values": ["seven"]}, message.format("seven"), None)])
    assert decision(store, "pgx_query", {"sql": "SELECT * FROM t WHERE id = $1", "values": ["3.5"]}) == "warn"
    assert decision(store, "pgx_query", {"sql": "SELECT * FROM t WHERE id = $1", "values": [" 7 "]}) == "allow"


def test_the_item_after_a_keyword_in_a_list_of_arguments_is_the_value_a_kind_speaks_of(store):
    # `SET k v PX 10s`: every item but the key fails "integer"; the one after a keyword is the value
    message = "ReplyError: ERR value is not an integer or out of range"
    learn(store, "keydb_set", [({"command": "SET", "args": ["s:1", "abc", "PX", "10s"]}, message, None),
                               ({"command": "SET", "args": ["s:2", "{}", "PX", "ten"]}, message, None)])
    assert decision(store, "keydb_set", {"command": "SET", "args": ["s:9", "xyz", "PX", "1.5"]}) == "warn"
    assert decision(store, "keydb_set", {"command": "SET", "args": ["s:9", "xyz", "PX", "1500"]}) == "allow"
    assert decision(store, "keydb_set", {"command": "SET", "args": ["s:9", "xyz", "PX", 1500]}) == "allow"
    assert decision(store, "keydb_set", {"command": "SET", "args": ["s:9", "xyz"]}) == "allow"


def test_a_json_exception_names_json_as_the_kind_of_value(store):
    message = "PHP Fatal error:  Uncaught JsonException: Syntax error in Command line code:1"
    learn(store, "php_decode", [({"json": "{'a': 1}"}, message, None), ({"json": "[1, 2,]"}, message, None)])
    assert decision(store, "php_decode", {"json": "{\"a\": undefined}"}) == "warn"
    assert decision(store, "php_decode", {"json": "{\"quote\": \"it's {a: 1}\"}"}) == "allow"


def test_a_missing_name_given_as_an_alias_is_defined_by_the_call_not_referred_to(store):
    message = 'asyncpg.exceptions.UndefinedColumnError: column "{0}" does not exist'
    learn(store, "pg_fetch", [({"query": "SELECT adress FROM people"}, message.format("adress"), None),
                              ({"query": "SELECT id, adress FROM people WHERE id = $1"}, message.format("adress"), None)])
    assert decision(store, "pg_fetch", {"query": "SELECT count(adress) FROM people"}) == "warn"
    assert decision(store, "pg_fetch", {"query": "SELECT address AS adress FROM people"}) == "allow"


def test_a_known_missing_value_passes_after_a_build_step_ran(store):
    # the class did not exist before; a compile since may have made it (no failure had one before it)
    message = "Error: Could not find or load main class {0}\nCaused by: java.lang.ClassNotFoundException: {0}"
    learn(store, "jvm_main", [({"classpath": "out", "main_class": "Report"}, message.format("Report"), ["write_file"]),
                              ({"classpath": "out", "main_class": "Daily"}, message.format("Daily"), ["write_file"])])
    assert decision(store, "jvm_main", {"classpath": "out", "main_class": "Report"}, ["write_file"]) == "warn"
    assert decision(store, "jvm_main", {"classpath": "out", "main_class": "Report"}, ["kotlinc_compile"]) == "allow"
    assert decision(store, "jvm_main", {"classpath": "out", "main_class": "Report"}, ["gradle_build"]) == "allow"


def test_a_statement_given_fewer_values_than_its_placeholders_warns_and_one_given_enough_passes(store):
    message = "_duckdb.InvalidInputException: Invalid Input Error: Values were not provided for the following parameters: {0}"
    learn(store, "duck_sql", [({"sql": "SELECT * FROM t WHERE a = ?", "params": []}, message.format(1), None),
                              ({"sql": "SELECT * FROM t WHERE a = $1 AND b > $2", "params": ["x"]}, message.format(2), None)])
    assert decision(store, "duck_sql", {"sql": "SELECT * FROM t WHERE a IN (?, ?)", "params": ["x"]}) == "warn"
    assert decision(store, "duck_sql", {"sql": "DELETE FROM t WHERE a = ?"}) == "warn"  # no list at all: no values
    assert decision(store, "duck_sql", {"sql": "SELECT * FROM t WHERE a = ?", "params": ["x"]}) == "allow"
    assert decision(store, "duck_sql", {"sql": "SELECT '?' AS mark FROM t", "params": []}) == "allow"  # a literal's ?
    assert decision(store, "duck_sql", {"sql": "SELECT count(*) FROM t", "params": []}) == "allow"


def test_a_list_of_arguments_longer_than_any_failing_one_gives_the_value_they_lacked(store):
    message = "ReplyError: ERR wrong number of arguments for 'sadd' command"
    learn(store, "kv_sadd", [({"command": "SADD", "args": ["tags"]}, message, None),
                             ({"command": "SADD", "args": ["tags", "NX"]}, message, None)])
    assert decision(store, "kv_sadd", {"command": "SADD", "args": ["labels", "XX"]}) == "warn"
    assert decision(store, "kv_sadd", {"command": "SADD", "args": ["tags", "a", "b"]}) == "allow"


def test_a_required_placeholder_of_alternatives_is_given_by_either_and_by_its_plural():
    from worker.validation import gives_parameter

    assert gives_parameter({"files": ["a.yaml"]}, "file_or_dir")
    assert gives_parameter({"dir": "conf"}, "file_or_dir")
    assert not gives_parameter({"files": []}, "file_or_dir")
    assert not gives_parameter({"config_data": "relaxed"}, "file_or_dir")


def test_argparse_one_of_a_required_group_is_learned_as_its_name(store):
    message = ("usage: lintyaml [-h] [-c CONFIG] [FILE_OR_DIR ...]\n"
               "lintyaml: error: one of the arguments FILE_OR_DIR - is required")
    learn(store, "lintyaml", [({}, message, None), ({"format": "parsable"}, message, None)])
    assert decision(store, "lintyaml", {"config": "relaxed.yaml"}) == "warn"
    assert decision(store, "lintyaml", {"files": ["ok.yaml"], "config": "relaxed.yaml"}) == "allow"


def test_a_wrong_value_guess_is_a_missing_parameter_when_the_message_names_the_one_the_call_lacked(store):
    # the classifier may call these a wrong value or format; the message's words name a parameter never given
    learn(store, "litecli_import", [({"database": "a.db", "file": "rows.csv"}, "ERROR: missing TABLE argument. Usage:\n"
                                     ".import FILE TABLE     Import data from FILE into TABLE", None)])
    assert decision(store, "litecli_import", {"database": "b.db", "file": "more.csv", "csv": True}) == "warn"
    assert decision(store, "litecli_import", {"database": "b.db", "file": "more.csv", "table": "rows"}) == "allow"
    learn(store, "gemx_install", [({"local": True}, "ERROR:  While executing gem ... (Gem::CommandLineError)\n"
                                   "    Please specify at least one gem name (e.g. gem build GEMNAME)", None)])
    assert decision(store, "gemx_install", {"local": True, "platform": "ruby"}) == "warn"
    assert decision(store, "gemx_install", {"local": True, "gem": "pkg-0.1.0.gem"}) == "allow"


def test_words_that_stand_where_a_name_would_are_no_required_names():
    from worker.required import required_names

    assert required_names({}, "error: missing required argument 'name'") == ["name"]
    assert required_names({}, "Please specify a valid name for the bucket") == []
    assert required_names({"table": "t"}, "missing TABLE argument") == []


def test_a_script_whose_content_names_a_missing_thing_warns_again_until_something_may_have_made_it(store):
    # "no such table: orders" names nothing of the call: the script run holds the reference to it
    message = "Parse error near line 1: no such table: orders"
    learn(store, "lite_script", [({"database": "one.db", "script": "seed.sql"}, message, ["write_file"]),
                                 ({"database": "two.db", "script": "report.sql"}, message, ["read_text_file"])])
    assert decision(store, "lite_script", {"database": "three.db", "script": "seed.sql"}, ["write_file"]) == "warn"
    assert decision(store, "lite_script", {"database": "three.db", "script": "seed.sql"}, ["lite_script"]) == "allow"
    assert decision(store, "lite_script", {"database": "three.db", "script": "seed.sql"}, ["lite_create_table"]) == "allow"
    assert decision(store, "lite_script", {"database": "three.db", "script": "schema.sql"}, ["write_file"]) == "allow"


def test_a_value_guess_about_arguments_is_a_missing_value_when_the_statement_has_more_placeholders(store):
    message = "Error: Incorrect arguments to mysqld_stmt_execute (code: ER_WRONG_ARGUMENTS)"
    learn(store, "maria_exec", [({"sql": "SELECT * FROM o WHERE id = ?", "values": []}, message, None),
                                ({"sql": "SELECT * FROM o WHERE id = ? AND at > ?", "values": [1]}, message, None)])
    assert decision(store, "maria_exec", {"sql": "SELECT * FROM o WHERE id IN (?, ?)", "values": [1]}) == "warn"
    assert decision(store, "maria_exec", {"sql": "SELECT * FROM o WHERE id = ?", "values": [1]}) == "allow"


def test_a_redeclaration_that_gives_a_setting_as_the_message_said_it_is_agrees_with_what_exists(store):
    message = ('Error: Operation failed: QueueDeclare; 406 (PRECONDITION-FAILED) with message "PRECONDITION_FAILED - '
               "inequivalent arg '{0}' for queue '{1}' in vhost '/': received {2} but current is {3}\"")
    learn(store, "rabbit_declare", [
        ({"queue": "jobs", "options": {"durable": False}}, message.format("durable", "jobs", "'false'", "'true'"), ["rabbit_declare"]),
        ({"queue": "jobs", "options": {"durable": True}},
         message.format("x-max-length", "jobs", "none", "the value '500' of type 'signedint'"), ["rabbit_declare"])])
    agree = {"queue": "jobs", "options": {"durable": True, "arguments": {"x-max-length": 500}}}
    clash = {"queue": "jobs", "options": {"durable": True, "arguments": {"x-max-length": 100}}}
    assert decision(store, "rabbit_declare", clash, ["rabbit_declare"]) == "warn"
    assert decision(store, "rabbit_declare", {"queue": "jobs", "options": {"durable": True}}, ["rabbit_declare"]) == "warn"
    assert decision(store, "rabbit_declare", agree, ["rabbit_declare"]) == "allow"


def test_an_option_the_tool_said_it_does_not_know_warns_again_whatever_else_the_call_changes(store):
    message = ("usage: lintyaml [-h] [-c CONFIG] [--strict] [FILE ...]\n"
               "lintyaml: error: unrecognized arguments: --strickt")
    learn(store, "lintyaml", [({"strickt": True, "arg1": "a.yaml"}, message, None),
                              ({"strickt": True, "arg1": "b.yaml", "c": "relaxed.yaml"}, message, None)])
    assert decision(store, "lintyaml", {"strickt": True, "arg1": "docs/c.yaml"}) == "warn"
    assert decision(store, "lintyaml", {"strict": True, "arg1": "a.yaml"}) == "allow"


def test_unknown_options_are_read_in_the_usual_wordings():
    from worker.attribution import unknown_options

    assert unknown_options({"strickt": True, "q": True}, "error: unrecognized arguments: --strickt -q") == ["strickt", "q"]
    assert unknown_options({"max_depth": "2"}, "flag provided but not defined: -max-depth") == ["max_depth"]
    assert unknown_options({"verbose": True}, "error: option '--verbose' is unknown") == ["verbose"]
    assert unknown_options({"verbose": True}, "error: unrecognized arguments: --quiet") == []  # not an option of this call


@pytest.mark.parametrize("message, good, bad", [
    ("Error: path must be absolute: data/x", "/srv/data", "data/x"),
    ("listen tcp: address 70000: invalid port", "8080", "70000"),
    ('invalid hex color "red"', "#ff0000", "red"),
    ("binascii.Error: Incorrect padding", "aGVsbG8=", "not base64!"),
    ('invalid cron expression "61 * * * *"', "*/5 * * * *", "61 * * * *"),
    ("value is not a valid ISO 8601 duration", "PT5M", "5m"),
])
def test_more_kinds_of_value_the_message_names(message, good, bad):
    from worker.validation import kind_accepts, message_kind

    kind = message_kind(message)
    assert kind is not None and kind_accepts(kind, good) and not kind_accepts(kind, bad), kind


def test_a_relative_path_given_where_the_tool_said_an_absolute_one_is_needed_warns(store):
    message = "TypeError [ERR_INVALID_ARG_VALUE]: The argument 'root' must be an absolute path. Received '{0}'"
    learn(store, "static_serve", [({"root": "public", "port": 8080}, message.format("public"), None),
                                  ({"root": "./dist", "port": 8081}, message.format("./dist"), None)])
    assert decision(store, "static_serve", {"root": "build/web", "port": 8080}) == "warn"
    assert decision(store, "static_serve", {"root": "/srv/www", "port": 8080}) == "allow"


def test_prose_around_a_message_is_no_step_to_run_first():
    from worker.steps import commands_in, prerequisite_tools

    terraform = ("No state file was found!\n\nState management commands require a state file. Run this command\n"
                 "in a directory where Terraform has been run or use the -state flag")
    maven = ("[ERROR] The goal you specified requires a project to execute but there is no POM in this directory.\n"
             "[ERROR] Re-run Maven using the -X switch to enable full debug logging.")
    assert prerequisite_tools(terraform, "terraform_state_list") == [] and prerequisite_tools(maven, "mvn_validate") == []
    assert commands_in("Error: run `terraform init` first") == ["terraform init"]


def test_a_step_the_message_named_is_done_by_an_agents_tool_that_says_more_with_the_same_words(store):
    message = "/usr/bin/python3: No module named ruff\nhint: run pip install ruff first"
    learn(store, "py_module", [({"module": "ruff", "args": ["check"]}, message, ["fs_write_file"])])
    assert decision(store, "py_module", {"module": "ruff", "args": ["check"]}, ["fs_write_file"]) == "warn"
    assert decision(store, "py_module", {"module": "ruff", "args": ["check"]}, ["pip_install_packages"]) == "allow"
    assert decision(store, "py_module", {"module": "ruff", "args": ["check"]}, ["pip_list"]) == "warn"


def test_an_accepted_value_with_its_argument_and_a_hyphenated_word_are_read_for_what_they_are():
    from worker.validation import Validator, message_kind

    assert Validator({"enum": ["json", "jsonpath", "yaml"]}).fails("jsonpath={.items[*].name}") is None
    assert Validator({"enum": ["json", "jsonpath", "yaml"]}).fails("jsonpathx") is not None
    assert message_kind("InvalidConfigError: .pre-commit-config.yaml is not a file") is None  # no git commit
    assert message_kind("fatal: bad commit id abc").name == "sha"


def test_what_an_order_mistake_says_exists_is_the_value_it_quotes_the_parameter_it_names_or_the_path():
    from worker.attribution import what_exists

    call = {"kubeconfig": "/k/config.yaml", "old_name": "ci", "new_name": "dev"}
    assert what_exists(call, 'error: cannot rename the context "ci", the context "dev" already exists in /k/config.yaml', True) == "new_name"
    assert what_exists({"name": "orders", "groupname": "billing"}, "BUSYGROUP Consumer Group name already exists", False) == "groupname"
    assert what_exists({"path": "/w/crate", "name": "bp"}, "error: `cargo init` cannot be run on existing Cargo packages", False) == "path"
    assert what_exists({"path": "/w/crate"}, "error: something else went wrong", False) is None


def test_where_a_message_says_a_name_was_is_no_mistaken_part():
    from worker.attribution import mistaken_parts

    query = {"query": "SELECT emial FROM users WHERE id = 1"}
    assert mistaken_parts(query, "(1054, \"Unknown column 'emial' in 'SELECT'\")") == {"query": ["emial"]}
    assert mistaken_parts(query, "Unknown column 'emial' in 'field list'") == {"query": ["emial"]}


def test_more_stated_rules_and_required_names_are_read():
    from worker.required import placeholders, required_names
    from worker.validation import stated_validation

    assert stated_validation("error: --edition must be one of: <2015|2018|2021>. (instead was `2030`)")["enum"] == ["2015", "2018", "2021"]
    assert stated_validation("invalid value 'latest' for '--format-version <VERSION>'\n  [possible values: 1]")["enum"] == ["1"]
    version = stated_validation("Invalid python version 'three' (expected format: 'x.y')")
    assert version["regex"] == r"^\d+(?:\.\d+){1}$"
    assert required_names({"files": []}, "error: Missing target module, package, files, or command.") == [
        "module_or_package_or_files_or_command"]
    assert required_names({}, "error: no input filename given") == ["input"]
    assert placeholders("SELECT %s, %(name)s FROM t WHERE pct = '10%s' AND a LIKE '100%%'") == 2


def test_psycopg_style_placeholders_are_counted_against_the_values_given(store):
    message = "psycopg.ProgrammingError: the query has 1 placeholders but 0 parameters were passed"
    learn(store, "pg3_exec", [({"query": "SELECT a FROM t WHERE id = %s", "params": []}, message, None)])
    assert decision(store, "pg3_exec", {"query": "SELECT a FROM t WHERE id = %s AND b > %s", "params": [1]}) == "warn"
    assert decision(store, "pg3_exec", {"query": "SELECT a FROM t WHERE id = %s AND b > %s", "params": [1, 5]}) == "allow"


def test_a_time_is_the_quantity_an_integer_message_speaks_of(store):
    learn(store, "kv_expire", [({"name": "k:session", "time": "ten"}, "ResponseError: value is not an integer or out of range", None)])
    assert decision(store, "kv_expire", {"name": "k:home", "time": "1h"}) == "warn"
    assert decision(store, "kv_expire", {"name": "k:home", "time": 3600}) == "allow"


def test_a_tool_whose_name_says_its_file_type_refuses_other_types_once_one_failed(store):
    learn(store, "lz_xz_decompress", [({"file": "logs.gz"}, "xz: logs.gz: File format not recognized", None)])
    assert decision(store, "lz_xz_decompress", {"file": "data.bz2"}) == "warn"  # another type than the failing one
    assert decision(store, "lz_xz_decompress", {"file": "release.tar.xz"}) == "allow"
    learn(store, "tomlq_get", [({"expression": ".a", "file": "compose.yml"},
                                "tomlq: Error running jq: TomlDecodeError: Found invalid character in key name: ':'.", None)])
    assert decision(store, "tomlq_get", {"expression": ".b", "file": "values.yaml"}) == "warn"
    assert decision(store, "tomlq_get", {"expression": ".b", "file": "pyproject.toml"}) == "allow"


def test_own_file_types_come_from_the_tools_words_and_its_decoder_only():
    from worker.validation import own_file_types

    assert own_file_types("bzip2_decompress") == ["bz2", "tbz2", "tbz"]
    assert own_file_types("python_run_script") == ["py"]
    assert own_file_types("query_runner", "JSONDecodeError: Expecting value") == ["json"]
    assert own_file_types("sqlite3_exec", "Error: no such table") == []


def test_an_expression_cut_short_warns_on_others_left_open_and_passes_closed_ones(store):
    message = "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n.items[\njq: 1 compile error"
    learn(store, "jqx_eval", [({"expression": ".items[", "files": ["a.json"]}, message, None)])
    assert decision(store, "jqx_eval", {"expression": "{name: .name", "files": ["a.json"]}) == "warn"
    assert decision(store, "jqx_eval", {"expression": ".items[] | select(.id == 2)", "files": ["a.json"]}) == "allow"
    assert decision(store, "jqx_eval", {"expression": 'select(.a == "x)")', "files": ["a.json"]}) == "allow"  # a quoted )


def test_a_call_that_only_looks_makes_nothing_that_was_missing():
    from worker.steps import makes_something

    assert makes_something("kubectl_config_view") is False  # `config`, but a view
    assert makes_something("pg_createdb") and makes_something("javac_compile")


def test_a_rails_style_error_map_with_a_list_of_messages_names_the_missing_field(store):
    """`{"errors": {"title": ["can't be blank"]}}` (Rails' 422 body): the map's key is the field not given."""
    error = 'HTTP 422 Unprocessable Entity\n{"errors": {"title": ["can\'t be blank"]}}'
    learn(store, "tracker_create_ticket", [({"project": "ops"}, error, None), ({"project": "web", "body": "x"}, error, None)])
    assert decision(store, "tracker_create_ticket", {"project": "infra"}) == "warn"
    assert decision(store, "tracker_create_ticket", {"project": "infra", "title": "Disk full on db-2"}) == "allow"


def test_a_missing_operand_beside_the_values_given_warns_on_a_call_that_gives_only_those(store):
    """coreutils names no parameter (`missing destination file operand after 'x'`): the call's own shape is the
    evidence, and only when it gave something; `cp` with nothing at all stays unlearned (test_learner)."""
    from worker.required import missing_evidence
    message = "mv: missing destination file operand after '/tmp/report.csv'\nTry 'mv --help' for more information."
    assert missing_evidence({"source": "/tmp/report.csv"}, message) == "said"
    assert missing_evidence({}, "cp: missing file operand") == ""
    assert missing_evidence({"paths": [], "mode": "755"}, "mkdir: missing operand") == "named"  # the empty value's slot
    learn(store, "mv_move", [({"source": "/tmp/report.csv"}, message, None)])
    assert decision(store, "mv_move", {"source": "/tmp/notes.txt"}) == "warn"
    assert decision(store, "mv_move", {"source": "/tmp/notes.txt", "destination": "/tmp/out/"}) == "allow"


@pytest.mark.parametrize("message", [
    "frobstat: missing column for operation ‘avg’",
    "frobvcs: no input file\nfrobvcs aborted",
    "TypeError: frob() takes exactly 2 positional arguments (1 given)",
    "ValueError: A non-zero width must be specified with an 'x' initialiser.",
])
def test_a_message_that_says_something_required_is_missing_without_naming_it_is_said_evidence(message):
    from worker.required import missing_evidence
    assert missing_evidence({"op": "avg"}, message) == "said"


def test_a_missing_value_for_a_named_field_is_no_bare_statement():
    # the name is what is missing, inside a value the call gave: no shape of the call's own says it
    from worker.required import missing_evidence
    assert missing_evidence({"data": {"name": "Ann"}}, 'FrobError: missing value for field "email"') == ""


def test_a_missing_operation_argument_warns_until_the_call_gives_one_more_value(store):
    learn(store, "frobstat_run", [({"arg1": "sum", "t": ","}, "frobstat: missing column for operation ‘sum’", None)])
    assert decision(store, "frobstat_run", {"arg1": "mean", "t": ","}) == "warn"
    assert decision(store, "frobstat_run", {"arg1": "mean", "arg2": "3", "t": ","}) == "allow"


def test_a_state_the_message_names_no_value_of_warns_on_the_same_call_until_a_step_that_sets_it_up_ran(store):
    error = "Error: could not load cache"
    learn(store, "cmake_build", [({"build_dir": "build"}, error, ["mkdir_create", "read_text_file"])])
    # the same parameters (and one the message did not name), nothing of cmake's since that sets anything up: a repeat
    assert decision(store, "cmake_build", {"build_dir": "out"}, ["mkdir_create"]) == "warn"
    assert decision(store, "cmake_build", {"build_dir": "rel", "jobs": 4}, ["read_text_file"]) == "warn"
    # a step of the family that sets things up ran, or a file was written (a cache, maybe): it may be in place now
    assert decision(store, "cmake_build", {"build_dir": "build"}, ["mkdir_create", "cmake_configure"]) == "allow"
    assert decision(store, "cmake_build", {"build_dir": "build"}, ["write_file"]) == "allow"
    assert decision(store, "cmake_build", {"build_dir": "build"}) == "allow"  # no recent calls: no evidence of the state


def test_a_state_mistake_after_steps_of_its_own_family_is_an_order_no_set_of_recent_calls_can_tell(store):
    error = "Error: Saved plan is stale"
    learn(store, "tofu_apply", [({"dir": "a", "plan_file": "p"}, error, ["tofu_init", "tofu_plan", "tofu_apply"])])
    assert decision(store, "tofu_apply", {"dir": "b", "plan_file": "p"}, ["tofu_init", "tofu_plan"]) == "allow"


def test_a_call_whose_value_is_the_step_the_message_asked_for_is_no_repeat(store):
    error = 'You need to start by "svnbisect start"'
    learn(store, "svn_bisect", [({"repo": "r", "subcommand": "good"}, error, ["svn_log"]),
                                ({"repo": "r", "subcommand": "bad"}, error, ["svn_log"])])
    assert decision(store, "svn_bisect", {"repo": "r", "subcommand": "start"}, ["svn_log"]) == "allow"


def test_a_file_write_that_preceded_the_failures_too_is_no_setting_up_unless_the_window_shows_what_it_wrote(store):
    learn(store, "cmake_build", [({"build_dir": "build"}, "Error: could not load cache", ["write_file", "mkdir_create"])])
    assert decision(store, "cmake_build", {"build_dir": "out", "target": "app"}, ["write_file", "mkdir_create"]) == "warn"
    assert decision(store, "cmake_build", {"build_dir": "out"}, [{"tool": "write_file", "params": {"path": "out/CMakeCache.txt"}}]) == "allow"
    assert decision(store, "cmake_build", {"build_dir": "out"}, ["edit_file"]) == "allow"  # a write no failure had before it
