"""Kinds of value a message is about (a colour, a cron expression, an ISO time) and a value's relation to the
call's own format: learned from the messages real libraries give, enforced on repeats, silent on good calls."""
from __future__ import annotations

from producers.checker import PatternCache, UsagePatternChecker
from producers.record import build_event
from worker.kinds import KIND_BY_NAME, kind_accepts
from worker.learner import UsagePatternLearner
from worker.stated import stated_validation
from worker.storage import UsagePatternStorage


def _learn(fake_redis, prefix: str, tool: str, calls: list[tuple], rounds: int = 5) -> UsagePatternChecker:
    """Learn each (params, error[, recent calls]) `rounds` times into a store of its own; its checker."""
    from worker.identity import canonical_recent
    store = UsagePatternStorage(fake_redis, prefix)
    learner = UsagePatternLearner(store)
    for _ in range(rounds):
        for params, error, *recent in calls:
            window = canonical_recent(recent[0]) if recent else None
            learner.analyze_result(build_event(tool, params, error=error, recent_calls=window))
    return UsagePatternChecker(PatternCache(store, poll_seconds=0))


def test_a_colour_the_library_did_not_know_is_warned_and_every_colour_it_reads_passes(fake_redis):
    # Pillow 13 `ImageColor.getrgb`
    checker = _learn(fake_redis, "col:", "pillow_new_image", [
        ({"mode": "RGB", "size": [64, 64], "color": "#12345"}, "ValueError: unknown color specifier: '#12345'"),
        ({"mode": "RGB", "size": [32, 16], "color": "0xff8800"}, "ValueError: unknown color specifier: '0xff8800'")])
    for bad in ("#ggg000", "rgb(0 128 255)", "blu"):
        assert checker.check_before_call("pillow_new_image", {"mode": "RGB", "size": [9, 9], "color": bad})["decision"] == "warn", bad
    for good in ("#123456", "#f80", "#00ff0080", "rgb(0,128,255)", "Blue", "hsl(120, 100%, 50%)"):
        assert checker.check_before_call("pillow_new_image", {"mode": "RGB", "size": [9, 9], "color": good})["decision"] == "allow", good


def test_a_cron_message_makes_the_expression_a_cron_kind_even_when_the_classifier_was_unsure(fake_redis):
    # croniter 7: the field count and the ranges, two messages of one kind
    checker = _learn(fake_redis, "cron:", "croniter_next", [
        ({"expression": "*/5 * * *"}, "CroniterBadCronError: Exactly 5, 6 or 7 columns has to be specified for iterator expression."),
        ({"expression": "every 5 minutes"}, "CroniterBadCronError: Exactly 5, 6 or 7 columns has to be specified for iterator expression."),
        ({"expression": "0 25 * * *"}, "CroniterBadCronError: [0 25 * * *] is not acceptable, out of range"),
        ({"expression": "*/5 * 32 * *"}, "CroniterBadCronError: [*/5 * 32 * *] is not acceptable, out of range")])
    for bad in ("0 9 * *", "daily at 9", "0 0 * 13 *", "61 * * * *"):
        assert checker.check_before_call("croniter_next", {"expression": bad})["decision"] == "warn", bad
    for good in ("*/15 * * * *", "0 9 * * MON-FRI", "0 0 1 * *", "@daily"):
        assert checker.check_before_call("croniter_next", {"expression": good})["decision"] == "allow", good


def test_an_iso_time_may_be_written_in_the_basic_format():
    date = KIND_BY_NAME["date"]
    for good in ("2026-12-03", "2026-12-03T09:00:00", "20261203", "20261203T090000", "20261203T0900Z"):
        assert kind_accepts(date, good), good
    for bad in ("2026-13-03", "20261332", "12/03/2026", "2026-12-2T9:00", "20261203T250000"):
        assert not kind_accepts(date, bad), bad


def test_data_that_did_not_match_the_calls_own_format_is_checked_against_the_format_each_call_gives(fake_redis):
    # pandas 3.1 `to_datetime(values, format=...)`; Python's strptime says the same
    message = ('ValueError: time data "{}" doesn\'t match format "{}". You might want to try:\n'
               "    - passing `format` if your strings have a consistent format;")
    checker = _learn(fake_redis, "fmt:", "pandas_to_datetime", [
        ({"values": ["02/12/2026", "03/12/2026"], "format": "%Y-%m-%d"}, message.format("02/12/2026", "%Y-%m-%d")),
        ({"values": ["2026-12-02 10:30"], "format": "%Y-%m-%d %H:%M:%S"}, message.format("2026-12-02 10:30", "%Y-%m-%d %H:%M:%S"))])

    def decision(values: list[str], layout: str) -> str:
        return checker.check_before_call("pandas_to_datetime", {"values": values, "format": layout})["decision"]

    assert decision(["2026.12.02"], "%Y-%m-%d") == "warn"
    assert decision(["2026-12-02", "2026-12-03"], "%d/%m/%Y") == "warn"
    assert decision(["02/12/2026"], "%d/%m/%Y") == "allow"  # the value that failed is right for its own format
    assert decision(["2026-12-02", "2026-12-03"], "%Y-%m-%d") == "allow"
    assert decision(["2026-12-02T10:30:00"], "ISO8601") == "allow"  # not a strptime format: the tool reads it its own way
    warned = checker.check_before_call("pandas_to_datetime", {"values": ["10:30 2026-12-02"], "format": "%Y-%m-%d %H:%M"})
    assert "'10:30 2026-12-02'" in " ".join(warned["warnings"]) and "%Y-%m-%d %H:%M" in " ".join(warned["warnings"])


def test_a_url_scheme_nobody_knows_is_warned_and_the_known_ones_pass(fake_redis):
    # svn 1.14 `Unrecognized URL scheme`, learned though the classifier calls it a wrong value
    message = "svn: E170000: Unrecognized URL scheme for '{}'"
    checker = _learn(fake_redis, "url:", "svn_checkout", [
        ({"url": "htp://svn.example.com/repos/shop/trunk", "path": "shop"}, message.format("htp://svn.example.com/repos/shop/trunk")),
        ({"url": "htttp://svn.example.com/shop/trunk", "path": "s"}, message.format("htttp://svn.example.com/shop/trunk"))])
    for bad in ("htps://svn.example.org/app/trunk", "fiel:///srv/svn/shop/trunk"):
        assert checker.check_before_call("svn_checkout", {"url": bad, "path": "x"})["decision"] == "warn", bad
    for good in ("file:///srv/svn/shop/trunk", "https://svn.example.org/app", "svn+ssh://host/repo", "SVN://host/repo"):
        assert checker.check_before_call("svn_checkout", {"url": good, "path": "x"})["decision"] == "allow", good


def test_an_archiver_that_could_not_open_a_file_as_an_archive_wants_an_archive(fake_redis):
    message = "Extracting archive: {0}\nERROR: {0}\nCannot open the file as archive\n\nCan't open as archive: 1"
    checker = _learn(fake_redis, "7z:", "sevenzip_extract", [
        ({"archive": "notes.txt", "output_dir": "o1"}, message.format("notes.txt")),
        ({"archive": "app.py", "output_dir": "o2"}, message.format("app.py"))])
    for bad in ("people.csv", "config.yaml"):
        assert checker.check_before_call("sevenzip_extract", {"archive": bad, "output_dir": "o"})["decision"] == "warn", bad
    for good in ("docs.zip", "docs.7z", "src.tar.gz"):
        assert checker.check_before_call("sevenzip_extract", {"archive": good, "output_dir": "o"})["decision"] == "allow", good


def test_a_floating_point_value_is_a_number_and_gnu_base64s_complaint_is_about_base64():
    from worker.kinds import message_kind
    kind = message_kind("option --fail-under: invalid floating-point value: 'eighty'")
    assert kind is not None and kind.name == "number"
    kind = message_kind("hello worldbase64: invalid input")  # what it decoded, then its complaint, on one line
    assert kind is not None and kind.name == "base64"


def test_a_publish_topic_with_wildcards_is_warned(fake_redis):
    checker = _learn(fake_redis, "mq:", "mqtt_publish", [
        ({"topic": "bp8/sensors/#", "payload": "21.5"}, "ValueError: Publish topic cannot contain wildcards."),
        ({"topic": "bp8/+/status", "payload": "up"}, "ValueError: Publish topic cannot contain wildcards.")])
    for bad in ("bp8/devices/+", "bp8/#"):
        assert checker.check_before_call("mqtt_publish", {"topic": bad, "payload": "x"})["decision"] == "warn", bad
    assert checker.check_before_call("mqtt_publish", {"topic": "bp8/devices/lamp-2", "payload": "on"})["decision"] == "allow"


def test_version_specifiers_are_a_kind_of_their_own(fake_redis):
    checker = _learn(fake_redis, "spec:", "version_in_range", [
        ({"specifier": "=>1.0", "version": "1.2"}, "packaging.specifiers.InvalidSpecifier: Invalid specifier: '=>1.0'"),
        ({"specifier": "=<2.5", "version": "2.0"}, "packaging.specifiers.InvalidSpecifier: Invalid specifier: '=<2.5'")])
    for bad in (">>1.2", "=!1.0"):
        assert checker.check_before_call("version_in_range", {"specifier": bad, "version": "1"})["decision"] == "warn", bad
    for good in (">=1.0", "<=2.5,>1.0", "~=2.2", "==1.*"):
        assert checker.check_before_call("version_in_range", {"specifier": good, "version": "1"})["decision"] == "allow", good


def test_the_file_of_a_list_that_a_linter_could_not_parse_makes_its_own_types_the_rule(fake_redis):
    # black 25: a shell script and a YAML file given as paths
    checker = _learn(fake_redis, "blk:", "black_format", [
        ({"paths": ["deploy.sh"]}, "error: cannot parse: deploy.sh:2:5\n    echo deploy\n        ^\nParseError: bad input"),
        ({"paths": ["config.yaml"]}, "error: cannot parse: config.yaml:1:12\n    image: nginx:1.25\n               ^\nParseError: bad input")])
    for bad in (["README.md"], ["notes.txt"], ["app.py", "compose.yml"]):
        assert checker.check_before_call("black_format", {"paths": bad})["decision"] == "warn", bad
    for good in (["app.py"], ["stubs.pyi"], ["models.py", "util.py"]):
        assert checker.check_before_call("black_format", {"paths": good})["decision"] == "allow", good


def test_a_required_slot_of_a_synopsis_may_come_under_any_name_that_gives_a_path(fake_redis):
    # black 25: `Usage: black [OPTIONS] SRC ...` / `One of 'SRC' or 'code' is required.`
    message = "Usage: black [OPTIONS] SRC ...\nTry 'black -h' for help.\n\nError: One of 'SRC' or 'code' is required."
    checker = _learn(fake_redis, "slot:", "black_format", [({"target_version": "py311"}, message), ({"line_length": 100}, message)])
    for repeat in ({"check": True}, {"target_version": "py312", "line_length": 79}, {"paths": []}, {"target_version": "3.11"}):
        assert checker.check_before_call("black_format", repeat)["decision"] == "warn", repeat
    for good in ({"paths": ["app.py"]}, {"paths": ["src/"], "check": True}, {"code": "x = 1"}):
        assert checker.check_before_call("black_format", good)["decision"] == "allow", good
    # a required name the message does not write as a slot gets no such allowance
    named = "TypeError: format_currency() missing 1 required positional argument: 'currency'"
    checker = _learn(fake_redis, "named:", "babel_format_currency", [({"number": 3, "locale": "de_DE"}, named),
                                                                      ({"number": 1, "locale": "en_US"}, named)])
    assert checker.check_before_call("babel_format_currency", {"number": 2, "locale": "fr_FR", "out": "a.txt"})["decision"] == "warn"


def test_an_order_mistake_after_any_file_edit_is_silent_when_no_edit_preceded_the_call(fake_redis):
    # hg 6: `abort: uncommitted changes`, once after write_file and once after edit_file
    message = "abort: uncommitted changes\n(use 'hg status' to list changes)"
    checker = _learn(fake_redis, "hg:", "hg_merge", [({"cwd": "m1", "rev": "feature"}, message, ["write_file"]),
                                                        ({"cwd": "m2", "rev": "hotfix"}, message, ["edit_file"])])
    assert checker.check_before_call("hg_merge", {"cwd": "m3", "rev": "x"}, {"recent_calls": ["write_file"]})["decision"] == "warn"
    assert checker.check_before_call("hg_merge", {"cwd": "m4", "rev": "y"}, {"recent_calls": ["edit_file"]})["decision"] == "warn"
    assert checker.check_before_call("hg_merge", {"cwd": "g2", "rev": "x"}, {"recent_calls": ["hg_status"]})["decision"] == "allow"
    assert checker.check_before_call("hg_merge", {"cwd": "g1", "rev": "x"},
                                     {"recent_calls": ["write_file", "hg_commit"]})["decision"] == "allow"


def test_an_import_since_sets_up_what_was_missing():
    from worker.steps import makes_something
    assert makes_something("gpg_import") and makes_something("pg_restore") and makes_something("schema_register")
    assert not makes_something("gpg_list_keys")


def test_what_already_existed_may_be_made_again_once_something_removed_it(fake_redis):
    message = "keytool error: java.lang.Exception: Key pair not generated, alias <{}> already exists"
    checker = _learn(fake_redis, "kt:", "keytool_genkeypair", [
        ({"keystore": "app.p12", "alias": "server", "dname": "CN=a"}, message.format("server"), ["keytool_genkeypair"]),
        ({"keystore": "app.p12", "alias": "client", "dname": "CN=b", "keysize": 3072}, message.format("client"), ["keytool_list"])])
    call = {"keystore": "app.p12", "alias": "client", "dname": "CN=b"}
    assert checker.check_before_call("keytool_genkeypair", call, {"recent_calls": ["keytool_list"]})["decision"] == "warn"
    assert checker.check_before_call("keytool_genkeypair", call, {"recent_calls": ["keytool_delete"]})["decision"] == "allow"


def test_arrow_style_layouts_are_a_relation_too(fake_redis):
    message = "ParserMatchError: Failed to match '{}' when parsing '{}'."
    checker = _learn(fake_redis, "arrow:", "arrow_parse", [
        ({"text": "02/12/2026", "format": "YYYY-MM-DD"}, message.format("YYYY-MM-DD", "02/12/2026")),
        ({"text": "2026-12-02 10:30", "format": "YYYY-MM-DD HH:mm:ss"}, message.format("YYYY-MM-DD HH:mm:ss", "2026-12-02 10:30"))])

    def decision(text: str, layout: str) -> str:
        return checker.check_before_call("arrow_parse", {"text": text, "format": layout})["decision"]

    assert decision("2026.12.02", "YYYY-MM-DD") == "warn"
    assert decision("10:30 2026-12-02", "YYYY-MM-DD HH:mm") == "warn"
    for text, layout in (("02/12/2026", "DD/MM/YYYY"), ("2026-12-02 10:30", "YYYY-MM-DD HH:mm"), ("Dec 2 2026", "MMM D YYYY"),
                         ("2026-12-02T10:30:00+01:00", "YYYY-MM-DD[T]HH:mm:ssZZ")):
        assert decision(text, layout) == "allow", (text, layout)


def test_named_bind_parameters_are_checked_against_the_values_each_call_gives(fake_redis):
    # SQLAlchemy 2.1 text() with psycopg
    message = "StatementError: (sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter '{}'"
    checker = _learn(fake_redis, "bind:", "sql_execute", [
        ({"url": "postgresql://h/db", "sql": "SELECT name FROM customers WHERE id = :id"}, message.format("id")),
        ({"url": "postgresql://h/db", "sql": "SELECT id FROM orders WHERE customer_id = :cid AND total > :min_total",
          "params": {"cid": 1}}, message.format("min_total"))], rounds=10)

    def decision(sql: str, values: dict | None = None) -> str:
        call = {"url": "postgresql://h/db", "sql": sql} | ({"params": values} if values is not None else {})
        return checker.check_before_call("sql_execute", call)["decision"]

    assert decision("UPDATE customers SET city = :city WHERE id = :id", {"id": 2}) == "warn"
    assert decision("SELECT * FROM orders WHERE created_at >= :since", {}) == "warn"
    assert decision("UPDATE customers SET city = :city WHERE id = :id", {"id": 2, "city": "Cusco"}) == "allow"
    assert decision("SELECT count(*) FROM orders") == "allow"
    assert decision("SELECT id::text, ':x' FROM t") == "allow"  # a cast and a literal are no placeholders


def test_a_zip_reader_takes_every_zip_container_and_a_char_forbidden_in_one_part_is_no_rule(fake_redis):
    checker = _learn(fake_redis, "zip:", "zipfile_extract", [({"archive": "backup.tar.gz", "dest": "o"}, "BadZipFile: File is not a zip file"),
                                                             ({"archive": "release.tar", "dest": "r"}, "BadZipFile: File is not a zip file")])
    assert checker.check_before_call("zipfile_extract", {"archive": "logs.tgz", "dest": "o"})["decision"] == "warn"
    for good in ("site.zip", "bundle.jar", "report.docx", "pkg-1.0-py3-none-any.whl"):
        assert checker.check_before_call("zipfile_extract", {"archive": good, "dest": "o"})["decision"] == "allow", good
    from worker.stated import stated_validation
    assert "regex" not in stated_validation("EmailSyntaxError: The part after the @-sign contains invalid characters: '@'.")
    assert stated_validation("malformed module path \"My Module\": invalid char ' '")["regex"] == r"^[^\ ]*$"


def test_a_required_field_is_required_in_the_case_the_message_named_and_no_other(fake_redis):
    # pydantic 2: `1 validation error for User` — another model has other fields
    message = "ValidationError: 1 validation error for {}\n{}\n  Field required [type=missing, input_value={{}}, input_type=dict]"
    checker = _learn(fake_redis, "pyd:", "pydantic_validate", [
        ({"model": "User", "data": {"name": "ann", "age": 34}}, message.format("User", "email")),
        ({"model": "Order", "data": {"order_id": 10, "quantity": 2}}, message.format("Order", "sku"))], rounds=10)

    def decision(model: str, data: dict) -> str:
        return checker.check_before_call("pydantic_validate", {"model": model, "data": data})["decision"]

    assert decision("User", {"name": "bob"}) == "warn"
    assert decision("Order", {"order_id": 3}) == "warn"
    assert decision("User", {"name": "ann", "email": "ann@example.com"}) == "allow"
    assert decision("Order", {"order_id": 10, "sku": "PEN-1", "quantity": 2}) == "allow"  # no email: it is no User


def test_a_missing_option_of_a_subcommand_is_looked_for_among_the_arguments(fake_redis):
    # click 8: `Usage: invoicectl create [OPTIONS]` … `Error: Missing option '--customer'.`
    message = "Usage: invoicectl create [OPTIONS]\nTry 'invoicectl create --help' for help.\n\nError: Missing option '--customer'."
    checker = _learn(fake_redis, "click:", "invoicectl", [({"args": ["create", "--amount", "120"]}, message),
                                                          ({"args": ["create", "--amount", "7"]}, message)])

    def decision(args: list[str]) -> str:
        return checker.check_before_call("invoicectl", {"args": args})["decision"]

    assert decision(["create", "--currency", "USD", "--amount", "9.5"]) == "warn"  # longer, and still no --customer
    assert decision(["create", "--customer", "c-7", "--amount", "120"]) == "allow"
    assert decision(["list"]) == "allow"  # another subcommand


def test_a_foreign_key_failure_is_put_right_by_a_recent_call_on_the_other_table(fake_redis):
    from worker.attribution import state_tables
    assert state_tables('insert or update on table "orders" violates foreign key constraint "orders_customer_id_fkey"\n'
                        'DETAIL:  Key (customer_id)=(7) is not present in table "customers".') == ["customers"]
    parent = ("(1451, 'Cannot delete or update a parent row: a foreign key constraint fails (`shop`.`orders`, CONSTRAINT "
              "`orders_ibfk_1` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`))')")
    assert state_tables(parent) == ["orders"]
    message = ('IntegrityError: (psycopg.errors.ForeignKeyViolation) insert or update on table "orders" violates foreign key '
               'constraint "orders_customer_id_fkey"\nDETAIL:  Key (customer_id)=({0}) is not present in table "customers".')
    checker = _learn(fake_redis, "fk:", "db_insert", [
        ({"table": "orders", "rows": [{"id": 20, "customer_id": 7}]}, message.format(7), []),
        ({"table": "orders", "rows": [{"id": 21, "customer_id": 8}]}, message.format(8), [])])
    call = {"table": "orders", "rows": [{"id": 22, "customer_id": 9}]}
    assert checker.check_before_call("db_insert", call, {"recent_calls": []})["decision"] == "warn"
    after_parent = [{"tool": "db_insert", "params": {"table": "customers", "rows": [{"id": 9}]}}]
    assert checker.check_before_call("db_insert", call, {"recent_calls": after_parent})["decision"] == "allow"
    after_other = [{"tool": "db_insert", "params": {"table": "customers_archive", "rows": [{"id": 9}]}}]
    assert checker.check_before_call("db_insert", call, {"recent_calls": after_other})["decision"] == "warn"


def test_a_module_missing_for_a_listed_extension_warns_only_calls_that_list_it(fake_redis):
    checker = _learn(fake_redis, "ext:", "markdown_render", [
        ({"path": "README.md", "extensions": ["pymdownx.tasklist"]}, "ModuleNotFoundError: No module named 'pymdownx'", ["pip_install"]),
        ({"path": "NOTES.md", "extensions": ["pymdownx.superfences", "toc"]}, "ModuleNotFoundError: No module named 'pymdownx'", [])])
    repeat = {"path": "CHANGELOG.md", "extensions": ["toc", "pymdownx.details"]}
    assert checker.check_before_call("markdown_render", repeat, {"recent_calls": []})["decision"] == "warn"
    for good in ({"path": "CHANGELOG.md", "extensions": ["admonition", "toc"]}, {"path": "README.md"}):
        assert checker.check_before_call("markdown_render", good, {"recent_calls": []})["decision"] == "allow", good


def test_a_semver_message_about_a_v_prefix_tightens_the_kind_and_pep440_versions_are_a_kind(fake_redis):
    checker = _learn(fake_redis, "sv:", "semver_compare", [
        ({"a": "2.0.0", "b": "v2.1.0"}, "ValueError: v2.1.0 is not valid SemVer string"),
        ({"a": "1.0.0", "b": "v1.1"}, "ValueError: v1.1 is not valid SemVer string")])
    assert checker.check_before_call("semver_compare", {"a": "1.0.0", "b": "v1.0.1"})["decision"] == "warn"
    assert checker.check_before_call("semver_compare", {"a": "1.0.0", "b": "1.0.0-rc.1"})["decision"] == "allow"
    pep440 = KIND_BY_NAME["pep440"]
    for good in ("1.2", "2.1rc1", "1.5.post1", "1!1.0", "2.0.dev3", "v1.4", "1.0+local.7"):
        assert kind_accepts(pep440, good), good
    for bad in ("1.2.x", "release-2.1", ">=1.4", "latest", "1.0.0-SNAPSHOT-42"):
        assert not kind_accepts(pep440, bad), bad


def test_networks_uuids_and_marshmallows_required_fields_read_as_the_libraries_mean_them(fake_redis):
    from worker.kinds import message_kind
    from worker.required import required_names
    kind = message_kind("ValueError: '10.0.0.300/24' does not appear to be an IPv4 or IPv6 network")
    assert kind is not None and kind.name == "cidr"
    assert kind_accepts(kind, "10.0.0.0/24") and kind_accepts(kind, "fd00::/64") and not kind_accepts(kind, "10.0.0.300/24")
    uuid = KIND_BY_NAME["uuid"]
    for good in ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}",
                 "550e8400e29b41d4a716446655440000", "urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8"):
        assert kind_accepts(uuid, good), good
    for bad in ("123e4567-e89b-12d3-a456-42661417400", "6ba7b810-9dad-11d1-80b4-00c04fd430cz", "{6ba7b810}"):
        assert not kind_accepts(uuid, bad), bad
    assert required_names({"data": {"username": "ann"}}, "ValidationError: {'email': ['Missing data for required field.']}") == ["email"]


def test_a_file_of_the_type_a_tool_reads_is_no_evidence_and_a_schema_is_a_case_of_its_own(fake_redis):
    checker = _learn(fake_redis, "tk:", "tomlkit_parse", [
        ({"path": "bad/server.toml"}, "UnexpectedCharError: Unexpected character: '8' at line 3 col 10"),
        ({"path": "bad/app.toml"}, "UnexpectedCharError: Unexpected character: '=' at line 1 col 5")])
    assert checker.check_before_call("tomlkit_parse", {"path": "pyproject.toml"})["decision"] == "allow"
    message = "ValidationError: '{}' is a required property\n\nFailed validating 'required' in schema"
    checker = _learn(fake_redis, "js:", "jsonschema_validate", [
        ({"schema": "user.schema.json", "instance": {"name": "ann"}}, message.format("email")),
        ({"schema": "order.schema.json", "instance": {"order_id": 4}}, message.format("currency"))], rounds=10)

    def decision(schema: str, instance: dict) -> str:
        return checker.check_before_call("jsonschema_validate", {"schema": schema, "instance": instance})["decision"]

    assert decision("user.schema.json", {"name": "bob"}) == "warn"
    assert decision("user.schema.json", {"name": "ann", "email": "ann@example.com"}) == "allow"  # no currency: no order
    # a statement run against a database file: the database is where it ran, not the wrong tool's input
    checker = _learn(fake_redis, "pw:", "peewee_execute_sql", [
        ({"db": "shop.db", "sql": "INSERT INTO c VALUES (5); INSERT INTO c VALUES (6);"},
         "ProgrammingError: You can only execute one statement at a time."),
        ({"db": "shop.db", "sql": "DELETE FROM c; DELETE FROM d;"}, "ProgrammingError: You can only execute one statement at a time.")])
    assert checker.check_before_call("peewee_execute_sql", {"db": "shop.db", "sql": "SELECT count(*) FROM c"})["decision"] == "allow"


def test_a_roman_numeral_and_a_hex_colour_of_three_or_six_digits_are_kinds_the_message_names(fake_redis):
    numerals = _learn(fake_redis, "rom:", "frob_from_roman", [
        ({"text": "42"}, "FrobNumeralError: Invalid Roman numeral: 42"),
        ({"text": "12a"}, "FrobNumeralError: Invalid Roman numeral: 12a")])
    for bad in ("2024", "IIII", "VX"):
        assert numerals.check_before_call("frob_from_roman", {"text": bad})["decision"] == "warn", bad
    for good in ("XLII", "mcmxcix", "IV", "MMXXVI"):
        assert numerals.check_before_call("frob_from_roman", {"text": good})["decision"] == "allow", good
    colours = _learn(fake_redis, "hexc:", "frob_paint", [
        ({"colour": "#12"}, "AttributeError: '#12' is not in web format. Need 3 or 6 hex digit."),
        ({"colour": "#ggg"}, "AttributeError: '#ggg' is not in web format. Need 3 or 6 hex digit.")])
    for bad in ("#12345", "#abcd", "#3366zz"):
        assert colours.check_before_call("frob_paint", {"colour": bad})["decision"] == "warn", bad
    for good in ("#123", "#abc", "#336699"):
        assert colours.check_before_call("frob_paint", {"colour": good})["decision"] == "allow", good


def test_every_layout_a_message_lists_is_accepted_and_a_layout_it_says_it_got_is_not(fake_redis):
    from worker.stated import stated_validation

    # jhead 3.06 `-ds`: `Date must be in format YYYY, YYYY:MM, or YYYY:MM:DD` (EXIF's colons)
    checker = _learn(fake_redis, "lay:", "exif_set_date", [
        ({"file": "beach.jpg", "date": "2024-03-01"}, "Error : Date must be in format YYYY, YYYY:MM, or YYYY:MM:DD")], rounds=10)
    for bad in ("2024/06/15", "15-06-2024", "20240615", "2024:6:15"):
        assert checker.check_before_call("exif_set_date", {"file": "city.jpg", "date": bad})["decision"] == "warn", bad
    for good in ("2024", "2024:03", "2024:03:01"):
        assert checker.check_before_call("exif_set_date", {"file": "city.jpg", "date": good})["decision"] == "allow", good
    got = stated_validation("invalid date: expected YYYY-MM-DD, got DD/MM/YYYY")
    assert got["regex"] == r"^\d{4}\-\d{2}\-\d{2}$"  # what the call gave is no second layout


def _shell_check(checker: UsagePatternChecker, command: str) -> str:
    """The decision on a shell line, checked as a session checks it: by the program's own identity."""
    from producers.checker import check_call
    from worker.identity import canonical_tool
    return check_call(checker, canonical_tool("Bash", {"command": command}))["decision"]


def test_a_number_attached_to_a_short_option_is_its_value_and_a_stated_range_points_at_it(fake_redis):
    # wavpack 5.6 `-x9`: `extra mode only goes from 0 to 6!` names no parameter; the call's one number outside
    # the range is what it is about, and getopt's attached value is that option's (not a switch `x9`)
    message = "extra mode only goes from 0 to 6!\n\ntype 'wavpack' for short help or 'wavpack --help' for full help"
    checker = _learn(fake_redis, "rng:", "Bash", [({"command": "wavpack -q -x7 takes/intro.wav -o enc/intro.wv"}, message)],
                     rounds=10)
    for bad in ("-x8", "-f -x11", "-hh -x20"):
        assert _shell_check(checker, f"wavpack -q {bad} takes/outro.wav -o enc/outro.wv") == "warn", bad
    for good in ("-x6", "-x0", "-f -x2", "-hh -x", "-h"):
        assert _shell_check(checker, f"wavpack -q {good} takes/outro.wav -o enc/outro.wv") == "allow", good
    # jhead's `-ds<date>` through a shell: the date is the option's value, checked against the layouts listed
    checker = _learn(fake_redis, "rng2:", "Bash", [({"command": "jhead -ds2023-11-30 shots/pier.jpg"},
                                                   "Error : Date must be in format YYYY, YYYY:MM, or YYYY:MM:DD")], rounds=10)
    assert _shell_check(checker, "jhead -ds30.11.2023 shots/dock.jpg") == "warn"
    for good in ("-ds2023:11:30", "-ds2023", "-ts2023:11:30-08:00:00"):
        assert _shell_check(checker, f"jhead {good} shots/dock.jpg") == "allow", good


def test_a_stated_range_with_two_numbers_outside_it_names_no_parameter():
    from worker.classifier import classify_error_type
    found = classify_error_type("resize", {"width": "9000", "height": "7000"}, "size only goes from 1 to 4096")
    assert found["evidence"].get("parameter") is None and not found["learnable"]
    found = classify_error_type("resize", {"width": "9000", "height": "700"}, "size only goes from 1 to 4096")
    assert found["evidence"]["parameter"] == "width" and found["learnable"]


def test_a_list_of_names_and_a_range_of_numbers_accepts_both_and_nothing_else(fake_redis):
    # segno 1.6 `segno.make(version=…)`: the micro versions by name, the others by number
    message = 'ValueError: Unsupported version "44". Supported: M1, M2, M3, M4 and 1 .. 40'
    got = stated_validation(message)
    assert (got["min"], got["max"], got["also"]) == (1, 40, ["M1", "M2", "M3", "M4"]) and "enum" not in got
    checker = _learn(fake_redis, "enr:", "qr_make", [({"content": "hello", "version": 44}, message)], rounds=10)
    for bad in (41, 99, "M7", "X1"):
        assert checker.check_before_call("qr_make", {"content": "hi", "version": bad})["decision"] == "warn", bad
    for good in (1, 40, 7, "M1", "M4"):
        assert checker.check_before_call("qr_make", {"content": "hi", "version": good})["decision"] == "allow", good


def test_a_file_rule_learned_on_an_options_value_holds_for_the_file_given_as_an_argument(fake_redis):
    # unsquashfs 4.5 `-l images/a.iso` reads as l=images/a.iso, `-s images/b.iso` as s (a switch) and arg1: argv
    # alone cannot tell which option takes the file, and the file rule is about the one file the call gives
    checker = _learn(fake_redis, "mvd:", "Bash", [
        ({"command": "unsquashfs -l dist/live.iso"}, "FATAL ERROR: Can't find a valid SQUASHFS superblock on dist/live.iso"),
        ({"command": "unsquashfs -l dist/root.tgz"}, "FATAL ERROR: Can't find a valid SQUASHFS superblock on dist/root.tgz")],
        rounds=10)
    assert _shell_check(checker, "unsquashfs -s dist/boot.iso") == "warn"
    assert _shell_check(checker, "unsquashfs -s dist/boot.sqfs") == "allow"
    assert _shell_check(checker, "unsquashfs -l dist/root.sqfs") == "allow"


def test_lists_of_one_item_per_line_with_remarks_and_their_sequels_are_read_whole():
    # Icarus Verilog 11: the generations, each with its standard, then `Other generation flags:` (valid too)
    iverilog = ("Unknown/Unsupported Language generation 2019\n\nSupported generations are:\n    1995    -- IEEE1364-1995\n"
                "    2005-sv -- IEEE1800-2005\n    2012    -- IEEE1800-2012\nOther generation flags:\n"
                "    assertions | supported-assertions | no-assertions\n    specify | no-specify\n")
    assert stated_validation(iverilog)["enum"] == ["1995", "2005-sv", "2012", "assertions", "supported-assertions",
                                                   "no-assertions", "specify", "no-specify"]
    # GDAL 3.6: drivers as `NAME: description`, whose descriptions (`(.grb, .grb2)`) are no rule of the value
    gdal = ("Output driver `GeoTif' not recognised.\nThe following format drivers are configured and support output:\n"
            "  VRT: Virtual Raster\n  GTiff: GeoTIFF\n  GRIB: GRIdded Binary (.grb, .grb2)\n  PNG: Portable Network Graphics\n"
            "\nUsage: gdal_translate [--help-general]")
    got = stated_validation(gdal)
    assert got["enum"] == ["VRT", "GTiff", "GRIB", "PNG"] and "regex" not in got
    # the same list running to the end of a message as long as a host's cut: it may go on, so it is no closed set
    cut = gdal.split("\n\nUsage")[0] + "".join(f"\n  D{i}: Driver number {i}" for i in range(120))
    assert len(cut) >= 1900 and "enum" not in stated_validation(cut[:2000])


def test_a_date_layout_said_in_words_keeps_its_separators_and_a_dotted_number_is_no_file(fake_redis):
    # PyEphem 4.1 `your date string '…' does not look like a year/month/day optionally followed by hours:minutes:seconds`
    message = ("ValueError: your date string '{0}' does not look like a year/month/day optionally followed by "
               "hours:minutes:seconds")
    checker = _learn(fake_redis, "eph:", "ephem_sun", [({"date": "2025-05-02T08:00:00"}, message.format("2025-05-02T08:00:00")),
                                                       ({"date": "2 May 2025 08:00"}, message.format("2 May 2025 08:00"))],
                     rounds=10)
    assert checker.check_before_call("ephem_sun", {"date": "May 2 2025"})["decision"] == "warn"
    for good in ("2025/05/02 08:00:00", "2025-05-02 08:00", "2025/5/2"):  # no basic `20250502` demanded of it
        assert checker.check_before_call("ephem_sun", {"date": good})["decision"] == "allow", good
    from worker.call_values import path_suffixes
    assert path_suffixes("198.51.100") == [] and path_suffixes("net/203.0.113") == [] and path_suffixes("a/b.tar.gz") == ["tar", "gz"]


def test_the_value_a_verdict_is_said_of_is_the_one_at_fault():
    from worker.classifier import classify_error_type
    # aptly 1.5: `snapshot` is also in the message, but `not found` is said of `qa`
    found = classify_error_type("aptly", {"arg1": "snapshot", "arg2": "create", "arg3": "r1", "arg4": "from", "arg5": "repo",
                                          "arg6": "qa"}, "ERROR: unable to create snapshot: local repo with name qa not found")
    assert found["evidence"]["parameter"] == "arg6"
    # a name inside a path is not the one named whole (`the directory roles/web already exists`)
    found = classify_error_type("galaxy_role_init", {"name": "web", "init_path": "roles"},
                                "[ERROR]: - the directory roles/web already exists.")
    assert found["evidence"]["parameter"] == "init_path"
