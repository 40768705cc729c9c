"""General capabilities of prevention, each shown on documented wordings of real tools other than the
prevention sets' rows: learned from the message through classifier → extractor → learner, then the
checker must catch a repeat with new values and let the good calls beside it pass."""
from __future__ import annotations

import pytest

from tests.unit.test_prevention_generalises import decision, learn
from worker.required import required_names, synopsis_slots
from worker.storage import UsagePatternStorage


@pytest.fixture
def store(fake_redis) -> UsagePatternStorage:
    return UsagePatternStorage(fake_redis, "cap:")


# ---------------------------------------------------------------- a usage synopsis names the missing slot
def test_a_synopsis_names_its_required_slots_outside_the_optional_groups():
    assert synopsis_slots("usage: git remote set-url [--push] <name> <newurl> [<oldurl>]") == ["name", "newurl"]
    assert synopsis_slots("Usage:\n  kubectl config use-context CONTEXT_NAME [options]") == ["context_name"]
    assert synopsis_slots("Usage: cp [OPTION]... [-T] SOURCE DEST") == ["source", "dest"]  # GNU cp --help
    assert synopsis_slots("Usage:  gh repo clone <repository> [<directory>] [-- <gitflags>...]") == ["repository"]
    assert synopsis_slots("usage: yq [-h] [--width WIDTH] [jq_filter] [files ...]") == []  # all optional
    assert synopsis_slots("error: unknown revision") == []


def test_the_slot_a_call_lacked_is_required_by_its_name_or_what_it_holds_or_a_positional():
    usage = "usage: git tag [-a | -s | -u <key-id>] [-f] [-m <msg> | -F <file>] <tagname> [<commit> | <object>]"
    assert required_names({"repo": "/r"}, usage) == ["tagname_or_tag"]
    assert required_names({"repo": "/r", "tag": "v1.0"}, usage) == []  # `tag` holds the tag name
    assert required_names({"arg0": "v1.0"}, usage) == []  # a command line's positional fills the slot
    clone = "Usage:  gh repo clone <repository> [<directory>] [-- <gitflags>...]"
    assert required_names({"directory": "x"}, clone) == ["repository"]


def test_git_remote_set_url_without_its_url_warns_on_any_remote_and_passes_with_a_url(store):
    usage = ("usage: git remote set-url [--push] <name> <newurl> [<oldurl>]\n   or: git remote set-url --add <name> <newurl>\n"
             "   or: git remote set-url --delete <name> <url>\n\n    --push                manipulate push URLs")
    learn(store, "git_remote_set_url", [({"repo": "/src/app", "name": "origin"}, usage, None)])
    assert decision(store, "git_remote_set_url", {"repo": "/src/lib", "name": "upstream"}) == "warn"
    assert decision(store, "git_remote_set_url", {"repo": "/src/lib", "name": "upstream", "url": "git@h:x.git"}) == "allow"
    assert decision(store, "git_remote_set_url", {"repo": "/src/lib", "name": "up", "newurl": "https://h/x.git"}) == "allow"


def test_a_wrapped_synopsis_is_read_whole_and_git_worktree_add_without_a_path_warns(store):
    usage = ("usage: git worktree add [-f] [--detach] [--checkout] [--lock [--reason <string>]]\n"
             "                        [--orphan] [(-b | -B) <new-branch>] <path> [<commit-ish>]\n"
             "\n    -f, --[no-]force      checkout <branch> even if already checked out in other worktree")
    assert synopsis_slots(usage) == ["path"]
    learn(store, "git_worktree_add", [({"repo": "/src/app", "new_branch": "hotfix"}, usage, None)])
    assert decision(store, "git_worktree_add", {"repo": "/src/lib", "new_branch": "fix-2"}) == "warn"
    assert decision(store, "git_worktree_add", {"repo": "/src/lib", "new_branch": "fix-2", "path": "../wt"}) == "allow"


# ---------------------------------------------------------------- an empty value is where the missing one belonged
def test_an_empty_value_beside_a_message_that_names_nothing_is_the_missing_parameter(store):
    assert required_names({"files": [], "no_create": True}, "touch: missing file operand") == ["files"]
    assert required_names({"files": [], "mode": ""}, "touch: missing file operand") == []  # two empty: which one?
    assert required_names({"files": []}, "touch: cannot touch 'x': Permission denied") == []  # says nothing missing
    learn(store, "touch_files", [({"files": []}, "touch: missing file operand\nTry 'touch --help' for more information.", None)])
    assert decision(store, "touch_files", {"no_create": True}) == "warn"
    assert decision(store, "touch_files", {"files": [], "no_create": True}) == "warn"
    assert decision(store, "touch_files", {"files": ["a.txt"]}) == "allow"


# ---------------------------------------------------------------- value kinds tested by parsing the value
def test_a_url_kind_parses_the_value_whole():
    from worker.kinds import KIND_BY_NAME, kind_accepts

    url = KIND_BY_NAME["url"]
    for bad in ("http://localhost:99999/x", "http://[::1/health", "https://h:-1/", "https://host:port/", "://x"):
        assert not kind_accepts(url, bad), bad
    for good in ("http://localhost:8080/x?q=1", "https://[::1]:443/", "file:///tmp/a.txt", "s3://bucket/key"):
        assert kind_accepts(url, good), good


def test_a_regex_message_learns_that_the_pattern_must_compile(store):
    from worker.kinds import message_kind

    for said in ("grep: Unmatched [, [^, [:, [., or [=", "re.error: missing ), unterminated subpattern at position 0",
                 "java.util.regex.PatternSyntaxException: Unclosed group near index 6", "regex parse error:\n    (alpha\n    ^"):
        kind = message_kind(said)
        assert kind is not None and kind.name == "regex_syntax", said
    ripgrep = "regex parse error:\n    (alpha|beta\n    ^\nerror: unclosed group"
    learn(store, "ripgrep_search", [({"pattern": "(alpha|beta", "path": "src"}, ripgrep, None)])
    assert decision(store, "ripgrep_search", {"pattern": "fn main(", "path": "lib"}) == "warn"
    assert decision(store, "ripgrep_search", {"pattern": "x{3,1}", "path": "lib"}) == "warn"
    assert decision(store, "ripgrep_search", {"pattern": r"fn main\(", "path": "lib"}) == "allow"
    assert decision(store, "ripgrep_search", {"pattern": "(alpha|beta)", "path": "src"}) == "allow"


def test_a_message_word_for_a_sha_tests_hex_names_only(store):
    """`digest`/`hash` in a message is a SHA kind for hex object names: `sha257` as a digest *name* is no short SHA,
    so the good names beside it (sha256, md5) are not flagged as 'not a 40-character SHA'."""
    from worker.extractor import infer_validation

    assert infer_validation("sha257", "dgst: Unknown option or message digest: sha257", {}) == {}
    assert infer_validation("3f2a9c", "fatal: bad object hash 3f2a9c", {}).get("kind") == "sha"


def test_a_syntax_error_quoting_a_statement_part_is_not_read_as_its_database_file(store):
    error = 'Error: in prepare, near "SELEC": syntax error (1)'  # sqlite3's CLI
    learn(store, "sqlite_query", [({"db": "/data/shop.sqlite", "sql": "SELEC * FROM items"}, error, None)])
    assert decision(store, "sqlite_query", {"db": "/data/other.sqlite", "sql": "SELECT * FROM items"}) == "allow"
    assert decision(store, "sqlite_query", {"db": "/data/shop.sqlite", "sql": "SELEC id FROM items"}) == "warn"


def test_tar_refusing_one_type_refuses_every_type_but_its_own(store):
    """GNU tar's wording for a file of another type: a tool's own file type — tar and its compressed forms —
    once a .rar failed (bsdtar's `Unrecognized archive format` the classifier reads as a wrong value)."""
    error = "tar: This does not look like a tar archive\ntar: Skipping to next header\ntar: Exiting with failure status due to previous errors"
    learn(store, "tar_extract", [({"archive": "downloads/photos.rar"}, error, None)])
    assert decision(store, "tar_extract", {"archive": "downloads/notes.txt"}) == "warn"
    for good in ("site.tar.gz", "plain.tar", "logs.tgz", "src.tar.zst"):
        assert decision(store, "tar_extract", {"archive": f"downloads/{good}"}) == "allow", good


# ---------------------------------------------------------------- what exists, named again with other options
def test_a_name_that_already_existed_warns_again_with_other_options_unless_the_call_replaces_it(store):
    error = 'Error response from daemon: Conflict. The container name "/web" is already in use by container "3f2a".'
    learn(store, "docker_run", [({"name": "web", "image": "nginx"}, error, None)])
    assert decision(store, "docker_run", {"name": "web", "image": "nginx:1.27", "detach": True}) == "warn"
    assert decision(store, "docker_run", {"name": "web2", "image": "nginx", "detach": True}) == "allow"
    assert decision(store, "docker_run", {"name": "web", "image": "nginx", "replace": True}) == "allow"
    assert decision(store, "docker_run", {"name": "web", "image": "nginx", "detach": True}, ["docker_rm"]) == "allow"


# ---------------------------------------------------------------- the call's directory as the place of what is missing
def test_a_directory_quoted_as_where_a_file_is_missing_is_the_place_not_the_mistake():
    from worker.attribution import place_of_missing

    assert place_of_missing({"cwd": "/app/site"}, "Composer could not find a composer.json file in /app/site") == (
        ["cwd"], "composer.json")
    assert place_of_missing({"project": "/home/u/proj"},
                            "Poetry could not find a pyproject.toml file in /home/u/proj or its parents") == (["project"], "pyproject.toml")
    assert place_of_missing({"dir": "/srv/app"}, "open '/srv/app/Makefile': no such file or directory") == (["dir"], "makefile")
    # the value itself is what the message is about: a database that does not exist, a file named by the call
    assert place_of_missing({"database": "shop"}, 'FATAL:  database "shop" does not exist') == ([], None)
    assert place_of_missing({"cwd": "/x", "file": "a.txt"}, "cannot open 'a.txt' in /x") == ([], None)


def test_a_missing_file_in_the_calls_directory_warns_in_any_directory_until_a_setup_or_a_write_of_that_file(store):
    error = "Composer could not find a composer.json file in {0}\nTo initialize a project, please create a composer.json file."
    learn(store, "composer_install", [({"cwd": "/app/site"}, error.format("/app/site"), ["list_directory"])])
    assert decision(store, "composer_install", {"cwd": "/srv/shop"}, ["list_directory"]) == "warn"
    assert decision(store, "composer_install", {"cwd": "/srv/shop"}) == "allow"  # no window: no sequence warning
    assert decision(store, "composer_install", {"cwd": "/srv/shop"}, ["composer_init"]) == "allow"  # its family set it up
    assert decision(store, "composer_install", {"cwd": "/srv/shop"}, ["write_file"]) == "allow"  # a write of any file: may be it
    # a window with the calls' params (`[{tool, params}]`): a write counts only when it wrote that file
    wrote = lambda path: [{"tool": "write_file", "params": {"path": path}}]  # noqa: E731
    assert decision(store, "composer_install", {"cwd": "/srv/shop"}, wrote("/srv/shop/README.md")) == "warn"
    assert decision(store, "composer_install", {"cwd": "/srv/shop"}, wrote("/srv/shop/composer.json")) == "allow"


def test_a_window_of_calls_with_params_gives_the_checker_their_names_and_their_params():
    from producers.checker.call_facts import RecentCalls, _recent_set

    window = _recent_set(["git_status", {"tool": "write_file", "params": {"path": "a/pom.xml"}}, {"tool": "npm_init"}])
    assert isinstance(window, RecentCalls) and window == {"git_status", "write_file", "npm_init"}
    assert window.calls == (("write_file", {"path": "a/pom.xml"}), ("npm_init", {}))
    assert type(_recent_set(["git_status", "git_add"])) is frozenset  # names only: the plain set, as before


# ---------------------------------------------------------------- what a recent call made, read from its params
def test_a_name_a_recent_call_created_in_this_session_exists_now(store):
    error = "Error response from daemon: network with name {0} already exists"
    learn(store, "docker_network_create", [({"name": "backend"}, error.format("backend"), ["docker_network_create"])])
    made = lambda *calls: [{"tool": t, "params": {"name": n}} for t, n in calls]  # noqa: E731
    assert decision(store, "docker_network_create", {"name": "frontend"}, made(("docker_network_create", "frontend"))) == "warn"
    assert decision(store, "docker_network_create", {"name": "frontend"}, made(("docker_network_create", "other"))) == "allow"
    assert decision(store, "docker_network_create", {"name": "frontend"}, made(
        ("docker_network_create", "frontend"), ("docker_network_rm", "frontend"))) == "allow"  # removed since


def test_a_table_a_recent_statement_created_exists_now_unless_dropped_or_created_if_not_exists(store):
    error = "sqlite3.OperationalError: table {0} already exists"
    learn(store, "sqlite_exec", [({"db": "a.db", "sql": "CREATE TABLE items (id INTEGER)"}, error.format("items"), ["sqlite_exec"])])
    window = lambda *sql: [{"tool": "sqlite_exec", "params": {"db": "b.db", "sql": s}} for s in sql]  # noqa: E731
    create = "CREATE TABLE users (id INTEGER, name TEXT)"
    assert decision(store, "sqlite_exec", {"db": "b.db", "sql": "CREATE TABLE users (id INTEGER)"}, window(create)) == "warn"
    assert decision(store, "sqlite_exec", {"db": "b.db", "sql": "CREATE TABLE orders (id INTEGER)"}, window(create)) == "allow"
    assert decision(store, "sqlite_exec", {"db": "b.db", "sql": "CREATE TABLE users (id INTEGER)"},
                    window(create, "DROP TABLE users")) == "allow"
    assert decision(store, "sqlite_exec", {"db": "b.db", "sql": "CREATE TABLE users (id INTEGER)"},
                    window("DROP TABLE users")) == "allow"  # a drop makes nothing
    assert decision(store, "sqlite_exec", {"db": "b.db", "sql": "CREATE TABLE IF NOT EXISTS users (id INTEGER)"},
                    window(create)) == "allow"


# ---------------------------------------------------------------- a setup that preceded the failure was no fix
def test_a_family_setup_that_preceded_the_failure_does_not_silence_the_repeat(store):
    error = "go: go.mod file not found in current directory or any parent directory; see 'go help modules'"
    learn(store, "go_build", [({"packages": ["./..."]}, error, ["go_env"])])
    assert decision(store, "go_build", {"packages": ["./cmd/api"], "output": "bin/api"}, ["go_env"]) == "warn"  # no fix
    assert decision(store, "go_build", {"packages": ["./cmd/api"]}, ["list_directory"]) == "warn"
    assert decision(store, "go_build", {"packages": ["./cmd/api"]}, ["go_mod_init"]) == "allow"  # another setup may be it
    assert decision(store, "go_build", {"packages": ["./cmd/api"]}) == "allow"  # no window: no sequence warning


# ---------------------------------------------------------------- a missing package: any package the code imports
def test_the_modules_code_imports_are_told_from_the_runtimes_own():
    from worker.modules import imported, missing_module, packages_imported

    assert missing_module("ModuleNotFoundError: No module named 'yaml.constructor'") == ("python", "yaml")
    assert missing_module("Error [ERR_MODULE_NOT_FOUND]: Cannot find package '@scope/pkg' imported from /a.mjs") == (
        "node", "@scope/pkg")
    assert imported("python", "import os, sys\nfrom collections import deque\nimport numpy as np\nfrom . import x") == [
        "os", "sys", "collections", "numpy"]
    assert packages_imported("python", "import os, json\nfrom pathlib import Path") == []
    assert packages_imported("node", "import fs from 'node:fs'\nimport { z } from 'zod'\nconst u = require('./util')") == ["zod"]


def test_a_missing_python_package_warns_on_code_importing_another_until_an_install(store):
    error = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nModuleNotFoundError: No module named 'requests'"
    learn(store, "python_exec", [({"code": "import requests\nprint(requests.get('http://x'))"}, error, None)])
    assert decision(store, "python_exec", {"code": "import pandas as pd\nprint(pd.__version__)"}) == "warn"
    assert decision(store, "python_exec", {"code": "import json, os\nprint(os.getcwd())"}) == "allow"  # the stdlib
    assert decision(store, "python_exec", {"code": "import pandas"}, ["pip_install_packages"]) == "allow"
    assert decision(store, "python_exec", {"code": "import pandas"}, ["uv_add"]) == "allow"


def test_a_missing_node_package_warns_on_esm_imports_of_packages_and_not_on_core_modules(store):
    error = "node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module 'axios'\nRequire stack:\n- /srv/[eval]"
    learn(store, "node_eval", [({"code": "const axios = require('axios'); axios.get('http://x')"}, error, None)])
    assert decision(store, "node_eval", {"code": "import chalk from 'chalk'; console.log(chalk.red('x'))"}) == "warn"
    assert decision(store, "node_eval", {"code": "import { readFileSync } from 'node:fs'; console.log(1)"}) == "allow"
    assert decision(store, "node_eval", {"code": "const u = require('./util'); u()"}) == "allow"
    assert decision(store, "node_eval", {"code": "require('chalk')"}, ["npm_install"]) == "allow"


def test_a_file_of_another_type_than_the_tools_own_is_the_wrong_value_whatever_the_category(store):
    """python's `can't open file` for a .rb script (the classifier reads a wrong value): python takes .py."""
    error = "python3: can't open file '/srv/{0}': [Errno 2] No such file or directory"
    learn(store, "python_run", [({"script": "tasks.rb"}, error.format("tasks.rb"), None)])
    assert decision(store, "python_run", {"script": "build.sh"}) == "warn"
    assert decision(store, "python_run", {"script": "manage.py"}) == "allow"


# ---------------------------------------------------------------- a statement that reads as SQL
def test_a_sql_statement_kind_tells_broken_statements_from_well_formed_ones():
    from worker.kinds import KIND_BY_NAME, kind_accepts, message_kind

    sql = KIND_BY_NAME["sql"]
    for bad in ("SELEC id FROM t", "SELECT id, FROM t", "SELECT id FROM t WHERE", "SELECT * FORM t", "UPDATE t SET a = = 1",
                "SELECT count(* FROM t", "DELETE FROM t WHERE id IN (1, 2,)"):
        assert not kind_accepts(sql, bad), bad
    for good in ("SELECT 1", "SELECT id, name FROM t WHERE a = $1 AND b = ?", "WITH x AS (SELECT 1) SELECT * FROM x",
                 "INSERT INTO t (a, b) VALUES (%s, %s)", "SELECT 'a, FROM' FROM t", "SHOW TABLES", "SELECT 1 AS one"):
        assert kind_accepts(sql, good), good
    for said in ('ERROR:  syntax error at or near "FROM"\nLINE 1: SELECT id, FROM t', "Parser Error: syntax error at or near \"FORM\"",
                 "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual", 'Error: near "SELEC": syntax error'):
        kind = message_kind(said)
        assert kind is not None and kind.name == "sql", said


def test_a_sql_syntax_error_warns_on_other_broken_statements_and_not_on_the_database(store):
    error = 'ERROR:  syntax error at or near "FROM"\nLINE 1: SELECT id, FROM orders\n                   ^'  # psql
    learn(store, "psql_query", [({"dbname": "shop", "sql": "SELECT id, FROM orders"}, error, None)])
    assert decision(store, "psql_query", {"dbname": "shop", "sql": "SELECT name FROM customers WHERE"}) == "warn"
    assert decision(store, "psql_query", {"dbname": "shop", "sql": "SELECT * FORM customers"}) == "warn"
    assert decision(store, "psql_query", {"dbname": "shop", "sql": "SELECT id, total FROM orders WHERE id = 3"}) == "allow"
    assert decision(store, "psql_query", {"dbname": "analytics", "sql": "SELECT count(*) FROM events"}) == "allow"


# ---------------------------------------------------------------- a document given inline must parse
def test_inline_yaml_toml_and_xml_kinds_parse_documents_and_leave_names_and_paths_alone():
    from worker.kinds import KIND_BY_NAME, kind_accepts

    yaml_kind, toml_kind, xml_kind = KIND_BY_NAME["yaml"], KIND_BY_NAME["toml"], KIND_BY_NAME["xml"]
    assert not kind_accepts(yaml_kind, "kind: Pod\nmetadata:\n  name: web\n   labels: x: y")
    assert kind_accepts(yaml_kind, "kind: Pod\nmetadata:\n  name: web")
    assert kind_accepts(yaml_kind, "manifests/pod.yaml")  # a path is no inline document
    assert not kind_accepts(toml_kind, "[tool.black]\nline-length 88")
    assert kind_accepts(toml_kind, "[tool.black]\nline-length = 88")
    assert not kind_accepts(xml_kind, "<a><b></a>") and kind_accepts(xml_kind, "<a><b/></a>") and kind_accepts(xml_kind, "feed.xml")


def test_an_inline_manifest_that_did_not_parse_warns_on_another_broken_one(store):
    error = ("error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: mapping values are not allowed "
             "in this context")  # kubectl apply -f - given a manifest
    broken = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  labels: tier: web\n"
    learn(store, "kubectl_apply", [({"manifest": broken, "namespace": "dev"}, error, None)])
    assert decision(store, "kubectl_apply", {"manifest": "kind: Secret\nmetadata:\n  name: s\n type: x: y\n",
                                             "namespace": "dev"}) == "warn"
    assert decision(store, "kubectl_apply", {"manifest": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n",
                                             "namespace": "prod"}) == "allow"


# ---------------------------------------------------------------- a date the call now says how to read
def test_a_date_mistake_passes_when_the_call_gives_the_format_to_read_it_in(store):
    """astropy (blind set 30) `Time('2024/03/01')`: `ValueError: Input values did not match any of the formats where the
    format keyword is optional`. A repeat warns; a call that now names its format (`format='jd'`) or gives a strftime
    layout no failing call gave is told how to read the value, and passes."""
    formats = ("datetime", "ymdhms", "iso", "isot", "yday", "datetime64", "fits", "byear_str", "jyear_str")
    def message(value: str) -> str:
        return ("ValueError: Input values did not match any of the formats where the format keyword is optional:\n"
                + "\n".join(f"- '{name}': Time {value} does not match {name} format" for name in formats))
    learn(store, "astropy_time_parse", [({"value": "2024/03/01"}, message("2024/03/01"), None),
                                        ({"value": "01-03-2024 12:00", "scale": "utc"}, message("01-03-2024 12:00"), None)])
    assert decision(store, "astropy_time_parse", {"value": "15/07/2024"}) == "warn"
    assert decision(store, "astropy_time_parse", {"value": "2024-03-01"}) == "allow"
    assert decision(store, "astropy_time_parse", {"value": 2460370.5, "format": "jd"}) == "allow"
    assert decision(store, "astropy_time_parse", {"value": "15/07/2024", "input_layout": "%d/%m/%Y"}) == "allow"
    assert decision(store, "astropy_time_parse", {"value": "15/07/2024", "scale": "tt"}) == "warn"  # a key they had
