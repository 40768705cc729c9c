"""What a message says through its class name, what an install step really installed, and other evidence a repeat is
told from a good call by: learned from real libraries' messages, enforced on repeats, silent on good calls."""
from __future__ import annotations

from tests.unit.test_prevention_value_kinds import _learn
from worker.kinds import message_kind
from worker.modules import install_requirements, installs_module


def test_a_class_name_that_says_a_value_was_invalid_names_its_kind(fake_redis):
    # pendulum 3 `InvalidTimezone: Europe/Berlinn`, pytz `UnknownTimeZoneError: 'Mars/Olympus'`: no sentence, only a class
    checker = _learn(fake_redis, "tzc:", "pendulum_in_timezone", [
        ({"datetime": "2026-12-03T10:00:00Z", "tz": "Europe/Berlinn"}, "InvalidTimezone: Europe/Berlinn"),
        ({"datetime": "2026-12-03T18:30:00+01:00", "tz": "US/Pacfic"}, "InvalidTimezone: US/Pacfic")])
    for bad in ("Asia/Bangalore", "Europe/Frankfurt", "PST8PDTX"):
        assert checker.check_before_call("pendulum_in_timezone", {"datetime": "2026-12-04T08:00:00Z", "tz": bad})["decision"] == "warn", bad
    for good in ("Europe/Berlin", "US/Pacific", "Asia/Kolkata", "UTC"):
        assert checker.check_before_call("pendulum_in_timezone", {"datetime": "2026-12-04T08:00:00Z", "tz": good})["decision"] == "allow", good
    assert message_kind("UnknownTimeZoneError: 'Mars/Olympus'").name == "timezone"
    # a class that names a domain, not a wrong value, is no kind: phonenumbers' number is not a number
    assert message_kind("NumberParseException: (0) Missing or invalid default region.") is None


def test_an_install_that_named_other_packages_did_not_install_the_missing_module(fake_redis):
    # networkx 3 `pagerank` without scipy
    error = "ModuleNotFoundError: No module named 'scipy'"
    checker = _learn(fake_redis, "mod:", "networkx_pagerank", [
        ({"edgelist": "links.edgelist"}, error, ["networkx_shortest_path"]),
        ({"edgelist": "routes.edgelist", "alpha": 0.9}, error, [])])

    def after(command: str | dict) -> str:
        call = {"tool": "Bash", "params": {"command": command}} if isinstance(command, str) else command
        from worker.identity import canonical_tool
        named = canonical_tool(call["tool"], call["params"])
        return checker.check_before_call("networkx_pagerank", {"edgelist": "links.edgelist"},
                                         {"recent_calls": [{"tool": named.tool, "params": named.params}]})["decision"]
    assert after("pip install networkx") == "warn"
    assert after({"tool": "pip_install", "params": {"packages": ["numpy", "matplotlib"]}}) == "warn"
    for fix in ("pip install scipy", "python -m pip install 'scipy>=1.11' pandas", "pip install -r requirements.txt",
                {"tool": "pip_install", "params": {"packages": ["scipy"]}}, "uv add scipy"):
        assert after(fix) == "allow", fix
    # a window of names only says an install ran, not what it installed: no evidence against it
    assert checker.check_before_call("networkx_pagerank", {"edgelist": "links.edgelist"},
                                     {"recent_calls": ["pip_install"]})["decision"] == "allow"


def test_what_a_requirement_installs():
    assert installs_module("scikit-learn>=1.3", "sklearn") and installs_module("PyYAML", "yaml")
    assert installs_module("python-dateutil", "dateutil") and installs_module("scipy==1.11", "scipy")
    assert installs_module("networkx", "scipy") is False
    assert installs_module("requirements.txt", "scipy") is None and installs_module("./dist/pkg.whl", "pkg") is None
    assert install_requirements({"arg1": "-e", "arg2": "."}) is None
    assert install_requirements({"r": True, "arg1": "requirements.txt"}) is None
    assert install_requirements({"arg1": "--upgrade", "arg2": "scipy"}) == ["scipy"]


def test_what_a_value_must_begin_or_end_with_is_learned_from_the_message(fake_redis):
    # protobuf 5 `Duration.FromJsonString`, jsonpointer 3 `resolve_pointer`: the rule in so many words
    checker = _learn(fake_redis, "affix:", "protobuf_parse_duration", [
        ({"value": "5m"}, 'ValueError: Duration must end with letter "s": 5m.'),
        ({"value": "1.5h"}, 'ValueError: Duration must end with letter "s": 1.5h.')])
    for bad in ("45min", "2d", "300"):
        assert checker.check_before_call("protobuf_parse_duration", {"value": bad})["decision"] == "warn", bad
    for good in ("300s", "0.250s", "172800s"):
        assert checker.check_before_call("protobuf_parse_duration", {"value": good})["decision"] == "allow", good
    # the classifier was unsure of `Location must start with /`; the one value that is no file breaks what it says
    checker = _learn(fake_redis, "ptr:", "jsonpointer_resolve", [
        ({"path": "config.json", "pointer": "server/port"}, "JsonPointerException: Location must start with /"),
        ({"path": "config.json", "pointer": "server.tls.enabled"}, "JsonPointerException: Location must start with /")])
    for bad in ("users[0].name", "#/feature-flags/beta", "$.server.host"):
        assert checker.check_before_call("jsonpointer_resolve", {"path": "config.json", "pointer": bad})["decision"] == "warn", bad
    for good in ("/server/port", "/users/0/name", "/feature-flags/beta"):
        assert checker.check_before_call("jsonpointer_resolve", {"path": "config.json", "pointer": good})["decision"] == "allow", good
    assert checker.check_before_call("jsonpointer_resolve", {"path": "other.json", "pointer": "/a"})["decision"] == "allow"


def test_the_affix_rules_read_as_said():
    from worker.stated import stated_validation
    assert stated_validation("Error: name must start with a letter")["regex"] == "^[A-Za-z]"
    assert stated_validation("key must begin with a lowercase letter.")["regex"] == "^[a-z]"
    assert stated_validation('bucket name must not start with "xn--"')["regex"] == r"^(?!xn\-\-)"
    assert stated_validation("the path must start with the prefix 's3://'")["regex"] == "^s3://"


def test_one_of_several_unquoted_names_is_required_and_any_one_of_them_gives_it(fake_redis):
    # h5py 3 `create_dataset` with neither data, shape nor dtype
    error = "TypeError: One of data, shape or dtype must be specified"
    checker = _learn(fake_redis, "oneof:", "h5py_create_dataset", [
        ({"path": "out.h5", "name": "temps"}, error), ({"path": "weather.h5", "name": "wind"}, error)])
    repeat = checker.check_before_call("h5py_create_dataset", {"path": "runs.h5", "name": "loss", "mode": "w"})
    assert repeat["decision"] == "warn" and "data or shape or dtype is required" in repeat["warnings"][0]
    for given in ({"data": [1.5, 2.0]}, {"shape": [24], "dtype": "float32"}, {"dtype": "int8"}):
        assert checker.check_before_call("h5py_create_dataset", {"path": "m.h5", "name": "w", **given})["decision"] == "allow", given


def test_a_list_of_operations_that_goes_on_after_an_ending_is_the_mistake_whatever_ran_before(fake_redis):
    # Python's own `ValueError: I/O operation on closed file.`, through a wrapper that runs a list of file operations
    error = "ValueError: I/O operation on closed file."
    checker = _learn(fake_redis, "ops:", "file_session", [
        ({"path": "a.log", "ops": [{"op": "write", "text": "x"}, {"op": "close"}, {"op": "write", "text": "y"}]}, error, []),
        ({"path": "b.log", "ops": [{"op": "close"}, {"op": "write", "text": "z"}]}, error, ["file_stat"])])

    def decision(*ops: dict, recent: list | None = None) -> str:
        return checker.check_before_call("file_session", {"path": "c.log", "ops": list(ops)}, {"recent_calls": recent or []})["decision"]
    write, close, flush = {"op": "write", "text": "q"}, {"op": "close"}, {"op": "flush"}
    assert decision(write, write, close, write) == "warn"
    assert decision(close, write, close, recent=["file_session"]) == "warn"
    assert decision(write, write, close) == "allow"
    assert decision(write, close, {"op": "open"}, write) == "allow"  # begun anew
    assert decision(write, flush, write) == "allow"  # a flush never failed them
    assert decision(write, {"op": "close", "force": True}, write) == "allow"  # another operation than the learned close


def test_what_counts_as_a_list_of_operations():
    from worker.op_lists import after_ending, ended_order, operations
    assert operations([{"op": "compress", "text": "a"}, {"op": "flush", "mode": 1}]) == ["compress(text)", "flush(mode)"]
    assert operations(["flush", "flush"]) == ["flush", "flush"]
    assert operations(["a b", "c"]) is None and operations([{"op": "x"}]) is None and operations("close") is None
    assert operations([{"op": "write"}, {"rows": 1}]) is None  # an item that names no operation
    assert after_ending(["write", "close", "close", "read"]) == [["close", "close"], ["close", "read"]]
    ops = {"ops": [{"op": "flush"}, {"op": "compress", "text": "b"}]}
    assert ended_order(ops, "ZstdError: cannot call compress() after compressor finished", "INCORRECT_PARAMETER")
    assert ended_order(ops, "ValueError: bad level 99", "INCORRECT_PARAMETER") == {}  # another mistake in such a list
    assert ended_order(ops, "error: bad level 99", "WORKFLOW_SEQUENCE")


def test_a_required_field_given_inside_the_document_the_call_passes_is_given(fake_redis):
    # xmlschema 4: a required attribute, a required element; the document is the call's text
    schema = ('\n\nSchema component:\n\n  <xs:complexType xmlns:xs="http://www.w3.org/2001/XMLSchema">\n    <xs:sequence>\n'
              '      <xs:element name="customer" type="xs:string" />\n      <xs:element name="total" type="xs:decimal" />\n'
              '    </xs:sequence>\n    <xs:attribute name="id" type="xs:integer" use="required" />\n  </xs:complexType>\n\n'
              "Instance type: <class 'xml.etree.ElementTree.Element'>\n\nInstance:\n\n  {doc}\n\nPath: /order")
    first, second = "<order><customer>ann</customer><total>4.50</total></order>", '<order id="2"><customer>bob</customer></order>'
    checker = _learn(fake_redis, "xsd:", "xmlschema_validate", [
        ({"schema": "order.xsd", "xml": first}, "XMLSchemaValidationError: failed validating {} with XsdAttributeGroup(['id']):"
         "\n\nReason: missing required attribute 'id'" + schema.format(doc=first)),
        ({"schema": "order.xsd", "xml": second}, "XMLSchemaChildrenValidationError: failed validating <Element 'order' at "
         "0x7f952731c0e0> with XsdGroup(model='sequence', occurs=[1, 1]):\n\nReason: The content of element 'order' is not "
         "complete. Tag 'total' expected." + schema.format(doc=second))], rounds=10)
    assert checker.check_before_call("xmlschema_validate", {"schema": "order.xsd", "xml": "<order><total>1</total></order>"})["decision"] == "warn"
    assert checker.check_before_call("xmlschema_validate", {"schema": "order.xsd", "xml": '<order id="5"><customer>e</customer></order>'})["decision"] == "warn"
    good = '<order id="1"><customer>ann</customer><total>4.50</total></order>'
    assert checker.check_before_call("xmlschema_validate", {"schema": "order.xsd", "xml": good})["decision"] == "allow"
    from producers.checker.call_facts import _in_a_document
    assert _in_a_document({"body": '{"id": 3, "name": "x"}'}, "id") and _in_a_document({"doc": "kind: Pod\nid: 7\n"}, "id")
    assert not _in_a_document({"body": '{"name": "idle"}'}, "id")


def test_a_path_that_failed_for_want_of_its_directory_passes_once_a_recent_mkdir_made_something(fake_redis):
    # numpy 2 `np.save` into a directory that is not there
    checker = _learn(fake_redis, "dir:", "numpy_save", [
        ({"path": "exports/temps.npy", "values": [1.5]}, "FileNotFoundError: [Errno 2] No such file or directory: 'exports/temps.npy'", []),
        ({"path": "out/run1/grid.npy", "values": [1]}, "FileNotFoundError: [Errno 2] No such file or directory: 'out/run1/grid.npy'", [])])

    def after(command: str) -> str:
        return checker.check_before_call("numpy_save", {"path": "out/run1/grid.npy", "values": [2]},
                                         {"recent_calls": [{"tool": "mkdir", "params": {"p": command}}]})["decision"]
    assert checker.check_before_call("numpy_save", {"path": "exports/temps.npy", "values": [2]}, {"recent_calls": []})["decision"] == "warn"
    assert after("out/run1") == "allow" and after("out") == "allow"  # `mkdir` makes something: the value may exist now
    assert checker.check_before_call("numpy_save", {"path": "out/run1/grid.npy", "values": [2]},
                                     {"recent_calls": [{"tool": "ls", "params": {"arg1": "out"}}]})["decision"] == "warn"


def test_a_reader_that_says_the_file_is_not_of_its_type_wants_that_type_by_its_name(fake_redis):
    # pyarrow 22: `this is not a parquet file`, `Not an Arrow file` (Feather v2 is an Arrow file)
    checker = _learn(fake_redis, "pq:", "pyarrow_read_parquet", [
        ({"path": "orders.csv"}, "ArrowInvalid: Could not open Parquet input source 'orders.csv': Parquet magic bytes not found in "
                                 "footer. Either the file is corrupted or this is not a parquet file."),
        ({"path": "customers.feather"}, "ArrowInvalid: Could not open Parquet input source 'customers.feather': Parquet magic "
                                        "bytes not found in footer. Either the file is corrupted or this is not a parquet file.")])
    for bad in ("events.arrows", "events.json", "orders.arrow"):
        assert checker.check_before_call("pyarrow_read_parquet", {"path": bad})["decision"] == "warn", bad
    for good in ("orders.parquet", "data/orders_2026.PARQUET"):
        assert checker.check_before_call("pyarrow_read_parquet", {"path": good})["decision"] == "allow", good
    checker = _learn(fake_redis, "ipc:", "pyarrow_ipc_open_file", [
        ({"path": "events.arrows"}, "ArrowInvalid: Not an Arrow file"), ({"path": "orders.parquet"}, "ArrowInvalid: Not an Arrow file")])
    assert checker.check_before_call("pyarrow_ipc_open_file", {"path": "orders.csv"})["decision"] == "warn"
    for good in ("orders.arrow", "customers.feather"):
        assert checker.check_before_call("pyarrow_ipc_open_file", {"path": good})["decision"] == "allow", good


def test_binary_data_files_are_binary_and_a_bindings_name_says_its_type():
    from worker.kinds import KIND_BY_NAME, _tool_types, kind_accepts
    text_file = KIND_BY_NAME["text_file"]
    assert not any(kind_accepts(text_file, f) for f in ("a.parquet", "w.hdf5", "x.npy", "m.pickle", "photo.JPEG"))
    assert all(kind_accepts(text_file, f) for f in ("a.csv", "notes.md", "Makefile"))
    assert _tool_types("h5py_read_dataset") == {"h5"} and "yaml" in _tool_types("pyyaml_load")
    assert _tool_types("numpy_load") == set()  # `num` is no file type


def test_a_reader_named_for_its_type_that_found_the_wrong_signature_wants_its_type(fake_redis):
    # h5py 3: `file signature not found` for a NumPy or Parquet file; the classifier read it as a wrong value
    error = "OSError: Unable to synchronously open file (file signature not found)"
    checker = _learn(fake_redis, "h5:", "h5py_read_dataset", [
        ({"path": "temps.npy", "dataset": "temps"}, error), ({"path": "orders.parquet", "dataset": "total"}, error)])
    for bad in ("grid.npz", "customers.feather", "temps.csv"):
        assert checker.check_before_call("h5py_read_dataset", {"path": bad, "dataset": "x"})["decision"] == "warn", bad
    for good in ("weather.h5", "model.hdf5"):
        assert checker.check_before_call("h5py_read_dataset", {"path": good, "dataset": "x"})["decision"] == "allow", good


def test_a_shell_by_another_name_runs_its_command_line_as_the_program_it_names():
    from worker.identity import canonical_tool, is_shell_tool
    for name in ("shell_run", "run_terminal_cmd", "execute_bash", "mcp__box__shell_exec", "exec_command"):
        assert canonical_tool(name, {"command": "qr --error-correction=H 'x'"}).tool == "qr", name
    assert canonical_tool("run_terminal_cmd", {"command": "git status", "cwd": "/repo"}).tool == "git_status"
    # a Redis command, a container's command, a palette: no shell
    assert not is_shell_tool("ioredis_exec", {"command": "EXEC"}) and not is_shell_tool("redis_command", {"command": "GET k"})
    assert canonical_tool("docker_exec", {"container": "web", "command": "ls"}).tool == "docker_exec"


def test_an_expression_is_no_file_path():
    from worker.call_values import path_kind, path_suffixes
    for expression in ("$.store.city", "$..name", "items[0]", "@.price", "f(x).txt", "a|b.txt"):
        assert path_kind(expression) is None and path_suffixes(expression) == [], expression
    assert path_suffixes("dist/site.tar.gz") == ["tar", "gz"] and path_kind("$HOME/notes.txt") == "file"


def test_a_required_key_path_is_given_where_it_points_and_only_by_the_schema_that_names_it(fake_redis):
    # voluptuous 0.15 `required key not provided @ data['shipping']['city']`
    person = {"fields": {"email": {"type": "str", "required": True}, "name": {"type": "str"}}}
    order = {"fields": {"id": {"type": "int"}, "shipping": {"fields": {"street": {"type": "str"}, "city": {"type": "str", "required": True}}}}}
    checker = _learn(fake_redis, "vol:", "voluptuous_validate", [
        ({"schema": person, "data": {"name": "Ann"}}, "MultipleInvalid: required key not provided @ data['email']"),
        ({"schema": order, "data": {"id": 1, "shipping": {"street": "Via Roma 1"}}},
         "MultipleInvalid: required key not provided @ data['shipping']['city']")], rounds=10)

    def decision(schema: dict, data: dict) -> str:
        return checker.check_before_call("voluptuous_validate", {"schema": schema, "data": data})["decision"]
    assert decision(order, {"id": 2, "shipping": {"street": "Main St 5"}}) == "warn"
    assert decision(person, {"name": "Bob"}) == "warn"
    assert decision(order, {"id": 3, "shipping": {"street": "Main St 5", "city": "Oslo"}}) == "allow"
    assert decision(person, {"email": "bob@example.com"}) == "allow"  # another schema's field is not this one's
    from worker.call_values import gives_parameter
    assert gives_parameter({"doc": {"shipping": {"city": "T"}}}, "data.shipping.city")  # `data` is voluptuous' word
    assert not gives_parameter({"data": {"shipping": {"city": ""}}}, "data.shipping.city")


def test_an_expected_range_and_a_bad_header_are_read_as_said(fake_redis):
    # qrcode 8 `Invalid version (was 41, expected 1 to 40)`
    checker = _learn(fake_redis, "qr:", "qrcode_build", [
        ({"data": "https://example.com/menu", "version": 41}, "ValueError: Invalid version (was 41, expected 1 to 40)"),
        ({"data": "WIFI:S:office;;", "version": 0, "box_size": 8}, "ValueError: Invalid version (was 0, expected 1 to 40)")])
    for bad, good in ((50, 40), (-1, 1)):
        assert checker.check_before_call("qrcode_build", {"data": "x", "version": bad})["decision"] == "warn", bad
        assert checker.check_before_call("qrcode_build", {"data": "x", "version": good})["decision"] == "allow", good
    from worker.stated import stated_validation
    assert "min_length" not in stated_validation("Expected 3 to 5 characters") and "min" not in stated_validation("Expected 3 to 5 characters")
    # pypdf 6 `invalid pdf header: b'<!doc'`: a reader named for its type read another type
    error = "invalid pdf header: b'<!doc'\nEOF marker not found\nPdfStreamError: Stream has ended unexpectedly"
    checker = _learn(fake_redis, "pdf:", "pypdf_extract_text", [({"path": "invoice.html"}, error), ({"path": "docs/contract.docx"}, error)])
    assert checker.check_before_call("pypdf_extract_text", {"path": "docs/report.md"})["decision"] == "warn"
    assert checker.check_before_call("pypdf_extract_text", {"path": "docs/report.pdf"})["decision"] == "allow"


def test_a_recent_call_that_only_looked_at_the_value_changed_nothing(fake_redis):
    # dulwich 0.22 `NotGitRepository: No git repository was found at webapp`
    checker = _learn(fake_redis, "dul:", "dulwich_add", [
        ({"repo": "webapp", "paths": ["app.py"]}, "NotGitRepository: No git repository was found at webapp", []),
        ({"repo": "docs", "paths": ["guide.md"]}, "NotGitRepository: No git repository was found at docs", [])])

    def after(tool: str, params: dict) -> str:
        return checker.check_before_call("dulwich_add", {"repo": "webapp", "paths": ["README.md"]},
                                         {"recent_calls": [{"tool": tool, "params": params}]})["decision"]
    assert after("ls", {"arg1": "webapp"}) == "warn" and after("fs_read", {"path": "webapp"}) == "warn"
    assert after("dulwich_init", {"repo": "webapp"}) == "allow"


def test_a_tool_that_refused_isos_extended_form_wants_the_basic_form(fake_redis):
    # icalendar 6 `vDatetime.from_ical`: ISO's extended form is not iCalendar's
    checker = _learn(fake_redis, "ical:", "icalendar_parse_datetime", [
        ({"value": "2026-12-03T10:00:00"}, "ValueError: Wrong datetime format: 2026-12-03T10:00:00"),
        ({"value": "2026-12-03 14:30", "tzid": "Europe/Rome"}, "ValueError: Wrong datetime format: 2026-12-03 14:30")])
    for bad in ("12/05/2026 09:15", "2026-12-07T08:00:00Z", "20261210 1800", "20261332T100000"):
        assert checker.check_before_call("icalendar_parse_datetime", {"value": bad})["decision"] == "warn", bad
    for good in ("20261203T100000", "20261207T080000Z", "20261203"):
        assert checker.check_before_call("icalendar_parse_datetime", {"value": good})["decision"] == "allow", good


def test_what_already_existed_after_this_tool_made_it_is_no_conflict_in_a_fresh_session(fake_redis):
    # duckdb 1.1 `Catalog Error: Table with name "x" already exists!`, each time after the same CREATE ran in the session
    def create(db: str, sql: str) -> dict:
        return {"tool": "duckdb_sql", "params": {"database": db, "sql": sql}}
    made_orders, made_events = "CREATE TABLE orders(id INT)", "CREATE TABLE events AS SELECT 1 AS id"
    checker = _learn(fake_redis, "exists:", "duckdb_sql", [
        ({"database": "a.duckdb", "sql": made_orders}, 'CatalogException: Catalog Error: Table with name "orders" already exists!',
         ["duckdb_sql"]),  # an event's window holds tool names
        ({"database": "b.duckdb", "sql": made_events}, 'CatalogException: Catalog Error: Table with name "events" already exists!',
         ["duckdb_sql", "duckdb_sql"])])

    def check(sql: str, recent: list) -> str:
        return checker.check_before_call("duckdb_sql", {"database": "a.duckdb", "sql": sql}, {"recent_calls": recent})["decision"]
    assert check("CREATE TABLE users(id INT)", [create("a.duckdb", "CREATE TABLE users(id INT)")]) == "warn"
    assert check(made_orders, [create("a.duckdb", made_orders)]) == "warn"
    assert check(made_orders, [{"tool": "Bash", "params": {"command": "ls"}}]) == "allow"  # nothing made it in this session
    for replacing in ("CREATE OR REPLACE TABLE orders(id INT)", "CREATE TABLE IF NOT EXISTS orders(id INT)"):
        assert check(replacing, [create("a.duckdb", made_orders)]) == "allow", replacing


def test_a_path_that_was_not_there_may_be_there_after_a_call_named_its_directory(fake_redis):
    # click's `Invalid value for '-f' / '--config-file': 'handbook/mkdocs.yml': No such file or directory` (mkdocs 1.6)
    error = "Error: Invalid value for '-f' / '--config-file': 'handbook/mkdocs.yml': No such file or directory"
    checker = _learn(fake_redis, "absent:", "mkdocs_build", [
        ({"config_file": "handbook/mkdocs.yml"}, error, []),
        ({"config_file": "handbook/mkdocs.yml", "strict": True}, error, ["fs_read"])])

    def after(recent: list) -> str:
        return checker.check_before_call("mkdocs_build", {"config_file": "handbook/mkdocs.yml"}, {"recent_calls": recent})["decision"]
    assert after([{"tool": "Bash", "params": {"command": "ls"}}]) == "warn"
    assert after([{"tool": "fs_read", "params": {"path": "handbook"}}]) == "warn"  # looking made nothing
    assert after([{"tool": "write_file", "params": {"path": "handbook/docs/index.md"}}]) == "warn"  # a file inside is no config
    assert after([{"tool": "mkdocs_new", "params": {"project_dir": "handbook"}}]) == "allow"
    assert after([{"tool": "write_file", "params": {"path": "handbook/mkdocs.yml"}}]) == "allow"


def test_any_end_of_a_transaction_ends_it(fake_redis):
    # py-lmdb 1.5 `Attempt to operate on closed/deleted/dropped object.` for a put or get after the transaction's commit
    def ops(*names: str) -> list:
        return [{"op": n, "key": "k1", "value": "v"} if n == "put" else {"op": n, "key": "k1"} if n == "get" else {"op": n}
                for n in names]
    error = "Error: Attempt to operate on closed/deleted/dropped object."
    checker = _learn(fake_redis, "txn:", "lmdb_txn_run", [
        ({"path": "a.lmdb", "ops": ops("begin", "put", "commit", "put")}, error),
        ({"path": "b.lmdb", "ops": ops("begin", "put", "commit", "get")}, error)])
    for bad in (ops("begin", "put", "abort", "put"), ops("begin", "get", "rollback", "get")):
        assert checker.check_before_call("lmdb_txn_run", {"path": "c.lmdb", "ops": bad})["decision"] == "warn", bad
    for good in (ops("begin", "put", "commit", "begin", "put", "commit"), ops("begin", "get", "get", "abort"),
                 ops("begin", "put", "abort", "begin", "put", "commit")):
        assert checker.check_before_call("lmdb_txn_run", {"path": "c.lmdb", "ops": good})["decision"] == "allow", good


def test_an_operation_the_message_says_started_something_ends_the_time_for_setting_it_up(fake_redis):
    # Python's wave (and aifc, sunau) `cannot change parameters after starting to write`
    def ops(*names: str) -> list:
        return [{"op": n, "n": 8} if n.startswith("write") else {"op": n} if n == "close" else {"op": n, "value": 1} for n in names]
    error = "Error: cannot change parameters after starting to write"
    checker = _learn(fake_redis, "wav:", "wave_write", [
        ({"path": "a.wav", "ops": ops("setnchannels", "setsampwidth", "writeframes", "setframerate")}, error),
        ({"path": "b.wav", "ops": ops("setsampwidth", "writeframes", "setnchannels", "writeframes")}, error)])
    for bad in (ops("setnchannels", "writeframes", "setsampwidth"), ops("setframerate", "writeframes", "setcomptype")):
        assert checker.check_before_call("wave_write", {"path": "c.wav", "ops": bad})["decision"] == "warn", bad
    for good in (ops("setnchannels", "setsampwidth", "setframerate", "writeframes", "writeframes"),
                 ops("setnchannels", "writeframes", "close")):
        assert checker.check_before_call("wave_write", {"path": "c.wav", "ops": good})["decision"] == "allow", good


def test_a_thing_named_by_its_number_collides_only_on_that_number(fake_redis):
    # `Ticket 7 already exists`: the ticket is its number; the project both calls went to is not the collision
    error = "ValueError: Ticket {0} already exists"
    earlier = {"tool": "tickets_create", "params": {"project": "ops", "number": 7, "title": "disk full"}}
    checker = _learn(fake_redis, "num:", "tickets_create", [
        ({"project": "ops", "number": 7, "title": "disk at 95%"}, error.format(7), ["tickets_create"]),
        ({"project": "web", "number": 3, "title": "cert expiry"}, error.format(3), ["tickets_create"])])
    again = {"tool": "tickets_create", "params": {"project": "ops", "number": 5, "title": "backup"}}
    repeat = checker.check_before_call("tickets_create", {"project": "ops", "number": 5, "title": "backup failed"},
                                       {"recent_calls": [earlier, again]})
    assert repeat["decision"] == "warn"
    fresh = checker.check_before_call("tickets_create", {"project": "ops", "number": 8, "title": "backup failed"},
                                      {"recent_calls": [earlier]})
    assert fresh["decision"] == "allow"  # the same project, another number: nothing made twice
    # a number under another name (`priority: 7`) is not the ticket's
    other = checker.check_before_call("tickets_create", {"project": "ops", "number": 9, "priority": 7},
                                      {"recent_calls": [earlier]})
    assert other["decision"] == "allow"


def test_a_call_that_combines_what_two_failing_calls_gave_may_give_the_missing_value(fake_redis):
    # `diff X` and `diff -u Y` each lacked the second file; `-u X Y` gives two values, each failing call one
    checker = _learn(fake_redis, "comb:", "diff_files", [
        ({"arg1": "etc/app.conf"}, "diff: missing operand after 'etc/app.conf'"),
        ({"u": "etc/site.conf"}, "diff: missing operand after 'etc/site.conf'")])
    assert checker.check_before_call("diff_files", {"arg1": "etc/db.conf"})["decision"] == "warn"
    assert checker.check_before_call("diff_files", {"u": "etc/db.conf"})["decision"] == "warn"
    assert checker.check_before_call("diff_files", {"u": "etc/db.conf", "arg1": "etc/db.conf.new"})["decision"] == "allow"


def test_a_value_gone_only_after_the_tool_itself_ran_is_no_mistake_where_it_has_not_run(fake_redis):
    # `mv a b` then `mv a c`: 'a' was moved by the first call, so the second cannot stat it; in a session where
    # the tool has not run yet, `a` is where it was
    error = "rename: cannot stat '{0}': No such file or directory"
    checker = _learn(fake_redis, "gone:", "rename_file", [
        ({"src": "notes.txt", "dst": "old/notes.txt"}, error.format("notes.txt"), ["rename_file"]),
        ({"src": "todo.md", "dst": "done/todo.md"}, error.format("todo.md"), ["list_dir", "rename_file"])])
    again = {"src": "notes.txt", "dst": "attic/notes.txt"}
    assert checker.check_before_call("rename_file", again, {"recent_calls": ["rename_file"]})["decision"] == "warn"
    assert checker.check_before_call("rename_file", again, {"recent_calls": ["list_dir"]})["decision"] == "allow"


def test_a_value_refused_in_a_state_passes_once_the_tool_moved_that_thing_on(fake_redis):
    # a state machine's `cannot apply refund to order A-77 in state open`: after `settle` on A-77 its state moved on
    error = "InvalidTransition: cannot apply {1} to order {0} in state open"
    checker = _learn(fake_redis, "state:", "order_apply", [
        ({"order": "A-77", "transition": "refund"}, error.format("A-77", "refund")),
        ({"order": "B-12", "transition": "refund"}, error.format("B-12", "refund"))])
    call = {"order": "C-5", "transition": "refund"}
    assert checker.check_before_call("order_apply", call)["decision"] == "warn"
    settled = {"tool": "order_apply", "params": {"order": "C-5", "transition": "settle"}}
    assert checker.check_before_call("order_apply", call, {"recent_calls": [settled]})["decision"] == "allow"
    elsewhere = {"tool": "order_apply", "params": {"order": "D-9", "transition": "settle"}}
    assert checker.check_before_call("order_apply", call, {"recent_calls": [elsewhere]})["decision"] == "warn"


def test_a_key_the_message_named_given_now_in_the_mapping_fixes_the_same_text(fake_redis):
    # `KeyError: 'code'` for a template whose fields lacked `code`: the same template with `fields.code` passes
    body = "Hello {first}, your code is {code}"
    checker = _learn(fake_redis, "keyed:", "render_text", [
        ({"body": body, "fields": {"first": "Ann"}}, "KeyError: 'code'"),
        ({"body": "Dear {title} {last}", "fields": {"last": "Lee"}}, "KeyError: 'title'")], rounds=10)
    assert checker.check_before_call("render_text", {"body": body, "fields": {"first": "Bo"}})["decision"] == "warn"
    assert checker.check_before_call("render_text", {"body": body, "fields": {"first": "Bo", "code": "X1"}})["decision"] == "allow"


def test_a_command_in_another_mode_does_not_collide_with_what_it_made(fake_redis):
    # `keygen -t rsa -q -f keys/ci` twice: keys/ci already exists; `keygen -y -f keys/ci` reads it (a switch none had,
    # and without -t/-q every failing call gave)
    error = "{0} already exists.\nOverwrite (y/n)?"
    checker = _learn(fake_redis, "mode:", "keygen", [
        ({"t": "rsa", "q": True, "f": "keys/ci"}, error.format("keys/ci"), ["keygen"]),
        ({"t": "ed25519", "q": True, "f": "keys/deploy"}, error.format("keys/deploy"), ["keygen"])], rounds=10)
    made = [{"tool": "keygen", "params": {"t": "rsa", "q": True, "f": "keys/ci"}}]
    assert checker.check_before_call("keygen", {"t": "ecdsa", "q": True, "f": "keys/ci"}, {"recent_calls": made})["decision"] == "warn"
    assert checker.check_before_call("keygen", {"y": True, "f": "keys/ci"}, {"recent_calls": made})["decision"] == "allow"


def test_a_number_refused_with_a_unit_is_read_as_a_size_not_as_a_plain_number(fake_redis):
    # `Invalid number: '2.5G'` and `'4QB'`: the tool's numbers carry a unit, so `8G` is no mistake; a fraction or a
    # spaced unit repeats it
    checker = _learn(fake_redis, "unit:", "vm_resize", [
        ({"vm": "build-1", "memory": "2.5G"}, "vm_resize: Invalid number: '2.5G'"),
        ({"vm": "build-2", "memory": "4QB"}, "vm_resize: Invalid number: '4QB'")], rounds=10)
    for good in ("8G", "512M", "1024", "16g"):
        assert checker.check_before_call("vm_resize", {"vm": "ci-3", "memory": good})["decision"] == "allow", good
    for bad in ("1.5G", "4 GB", "12XB"):
        assert checker.check_before_call("vm_resize", {"vm": "ci-3", "memory": bad})["decision"] == "warn", bad


def test_digit_groups_a_message_calls_a_number_are_an_identifier_not_a_plain_number(fake_redis):
    # python-stdnum's `The number has an invalid length.` for `978-0-306-4061`: `number` names the ISBN, and a
    # well-formed ISBN with its dashes is no mistake
    checker = _learn(fake_redis, "isbn:", "isbn_check", [
        ({"number": "978-3-16-1484"}, "InvalidLength: The number has an invalid length."),
        ({"number": "0-19-85 3453"}, "InvalidLength: The number has an invalid length.")], rounds=10)
    for good in ("978-3-16-148410-0", "0-19-853453-1", "9783161484100"):
        assert checker.check_before_call("isbn_check", {"number": good})["decision"] == "allow", good


def test_a_field_a_document_lacked_is_required_of_the_type_the_call_named_only(fake_redis):
    # msgspec's `Object missing required field `price`` decoding an Item: an Event without a price is fine
    checker = _learn(fake_redis, "typed:", "decode_json", [
        ({"type": "Item", "json": '{"sku": "A-1"}'}, "ValidationError: Object missing required field `price`"),
        ({"type": "Item", "json": '{"sku": "B-2", "qty": 1}'}, "ValidationError: Object missing required field `price`")],
        rounds=10)
    assert checker.check_before_call("decode_json", {"type": "Item", "json": '{"sku": "C-3"}'})["decision"] == "warn"
    assert checker.check_before_call("decode_json", {"type": "Event", "json": '{"name": "login"}'})["decision"] == "allow"


def test_a_create_that_names_its_output_otherwise_makes_nothing_twice(fake_redis):
    # cookiecutter's `"myapp" directory already exists` after the same template ran: `project_slug=api` makes `api`
    error = 'Error: "{0}" directory already exists'
    made = [{"tool": "scaffold", "params": {"arg1": "templates/svc"}}]
    checker = _learn(fake_redis, "named:", "scaffold", [
        ({"arg1": "templates/svc"}, error.format("myapp"), ["scaffold"]),
        ({"arg1": "templates/svc", "arg2": "author=ops"}, error.format("myapp"), ["scaffold"])], rounds=10)
    assert checker.check_before_call("scaffold", {"arg1": "templates/svc", "arg2": "author=dev"},
                                     {"recent_calls": made})["decision"] == "warn"
    assert checker.check_before_call("scaffold", {"arg1": "templates/svc", "arg2": "project_slug=api"},
                                     {"recent_calls": made})["decision"] == "allow"


def test_a_quoted_right_hand_side_of_an_operand_is_what_the_rule_is_about(fake_redis):
    # dd's `invalid number: '1,024'` for `count=1,024`: `count=4` is fine, and `bs=1M` is another operand
    checker = _learn(fake_redis, "operand:", "blockcopy", [
        ({"arg1": "if=in.img", "arg2": "count=1,024"}, "blockcopy: invalid number: '1,024'"),
        ({"arg1": "if=disk.img", "arg2": "count=2,000"}, "blockcopy: invalid number: '2,000'")], rounds=10)
    assert checker.check_before_call("blockcopy", {"arg1": "if=a.img", "arg2": "count=3,500"})["decision"] == "warn"
    for good in ("count=4", "count=1024", "bs=1M"):
        assert checker.check_before_call("blockcopy", {"arg1": "if=a.img", "arg2": good})["decision"] == "allow", good


def test_a_key_every_record_of_a_list_gives_is_given(fake_redis):
    # a constructor called per record (`Row(**item)` for each item): the key it lacked is missing from a record
    checker = _learn(fake_redis, "recs:", "table_insert_rows", [
        ({"rows": [{"name": "tea"}], "table": "menu"}, "TypeError: Row.__init__() missing 1 required positional argument: 'price'", []),
        ({"rows": [{"name": "cake", "price": 4}, {"name": "pie"}]},
         "TypeError: Row.__init__() missing 1 required positional argument: 'price'", [])])

    def decision(rows: list) -> str:
        return checker.check_before_call("table_insert_rows", {"rows": rows, "table": "menu"})["decision"]
    assert decision([{"name": "scone", "price": 3}]) == "allow"
    assert decision([{"name": "bun", "price": 2}, {"name": "tart", "price": 5}]) == "allow"
    assert decision([{"name": "bun", "price": 2}, {"name": "tart"}]) == "warn"  # one record still lacks it
    assert decision([{"name": "flan"}]) == "warn" and decision([{"name": "flan", "price": None}]) == "warn"


def test_a_value_not_found_passes_after_the_same_command_gave_it_under_another_subcommand(fake_redis):
    # a command line's subcommands are its tools: `jobs add nightly` may have made what `jobs run nightly` lacked
    error = "KeyError: 'Job not found: nightly'"
    checker = _learn(fake_redis, "sub:", "Bash", [
        ({"command": "jobs run nightly"}, error, []),
        ({"command": "cd ops && jobs run weekly"}, error.replace("nightly", "weekly"), [])])

    def after(*earlier: str) -> str:
        from worker.identity import canonical_tool
        window = [{"tool": c.tool, "params": c.params} for c in (canonical_tool("Bash", {"command": e}) for e in earlier)]
        call = canonical_tool("Bash", {"command": "jobs run nightly"})
        return checker.check_before_call(call.tool, call.params, {"recent_calls": window})["decision"]
    assert after() == "warn" and after("jobs add hourly --every 1h") == "warn"  # another job made: not this one
    assert after("jobs list nightly") == "warn"  # looked at, made nothing
    assert after("jobs run nightly") == "warn"  # the same subcommand again is the repeat, not a fix
    assert after("jobs add nightly --every 24h") == "allow"


def test_a_subcommand_run_again_on_another_name_made_nothing_twice(fake_redis):
    # each failure came right after the same command made that very name; the subcommand's word is no object
    checker = _learn(fake_redis, "twice:", "Bash", [
        ({"command": "tmpl new web"}, "Error: tmpl.toml already exists in web", ["tmpl new web"]),
        ({"command": "tmpl new api"}, "Error: tmpl.toml already exists in api", ["list_dir", "tmpl new api"])])

    def after(earlier: str, name: str = "api") -> str:
        from worker.identity import canonical_tool
        before = canonical_tool("Bash", {"command": f"tmpl new {earlier}"})
        call = canonical_tool("Bash", {"command": f"tmpl new {name}"})
        return checker.check_before_call(call.tool, call.params, {"recent_calls": [{"tool": before.tool, "params": before.params}]})["decision"]
    assert after("web") == "allow" and after("docs") == "allow"  # another name made: `api` is new here
    assert after("api") == "warn" and after("docs", "docs") == "warn"  # the name just made, made again


def test_a_step_named_as_a_bare_programs_subcommand_is_that_subcommand_in_the_window(fake_redis):
    # a program whose subcommands the identity does not know (`wsx`): its calls are one tool, `wsx`, but the
    # message names one of its words as the step, and the session's window shows which word a call gave
    error = "Error: workspace is not initialised. You can do this by running `wsx setup`."
    checker = _learn(fake_redis, "bare:", "Bash", [({"command": "wsx build"}, error, []), ({"command": "cd api && wsx build"}, error, [])])

    def after(*earlier, command: str = "wsx build") -> str:
        from worker.identity import canonical_tool
        window = [{"tool": c.tool, "params": c.params} if isinstance(e, str) and " " in e else e
                  for e, c in ((e, canonical_tool("Bash", {"command": e}) if " " in e else None) for e in earlier)]
        call = canonical_tool("Bash", {"command": command})
        return checker.check_before_call(call.tool, call.params, {"recent_calls": window})["decision"]
    assert after() == "warn" and after("wsx status") == "warn"  # another of its words is no setup
    assert after("cd api && wsx setup") == "allow" and after("wsx setup --force") == "allow"
    assert after("wsx") == "warn"  # a window of names only cannot tell which word ran
    assert after(command="wsx setup") == "allow"  # the step itself


def test_a_positional_after_a_switch_a_failing_call_gave_bare_is_a_positional_given(fake_redis):
    # the failing `bkp push --dry-run` shows `--dry-run` takes no value, so `nightly` after it is the snapshot
    error = "usage: bkp push [-h] [--dry-run] snapshot\nbkp push: error: the following arguments are required: snapshot"
    checker = _learn(fake_redis, "bare-sw:", "Bash", [({"command": "bkp push"}, error, []), ({"command": "bkp push --dry-run"}, error, [])])

    def decision(command: str) -> str:
        from worker.identity import canonical_tool
        call = canonical_tool("Bash", {"command": command})
        return checker.check_before_call(call.tool, call.params)["decision"]
    assert decision("bkp push --dry-run nightly") == "allow" and decision("bkp push nightly") == "allow"
    assert decision("bkp push --dry-run") == "warn" and decision("bkp push --verbose") == "warn"
    assert decision("bkp push --keep nightly") == "warn"  # a switch no failing call gave may have taken `nightly`


def test_an_option_every_failing_call_gave_bare_is_given_once_it_has_a_value(fake_redis):
    # `missing command argument` for a line that ended on `-o`: the option's value is what was missing
    error = "error: missing command argument"
    checker = _learn(fake_redis, "bare-opt:", "Bash", [({"command": "packz -9 logs/a.log -o"}, error, []),
                                                        ({"command": "packz -d data/b.pz -o"}, error, [])])

    def decision(command: str) -> str:
        from worker.identity import canonical_tool
        call = canonical_tool("Bash", {"command": command})
        return checker.check_before_call(call.tool, call.params)["decision"]
    assert decision("packz -9 -q logs/a.log -o a.pz") == "allow" and decision("packz -d -q data/b.pz -o b.txt") == "allow"
    assert decision("packz -9 logs/c.log -o") == "warn" and decision("packz -q -3 data/d.csv -o") == "warn"


def test_a_setup_command_run_where_it_was_done_warns_only_on_the_same_place(fake_redis):
    # darcs 2.16 `darcs init` inside a repository: the first line introduces, the second says why
    from producers.checker import PatternCache, UsagePatternChecker
    from producers.record import build_event
    from producers.session import window_entry
    from worker.classifier import classify_error_type
    from worker.identity import canonical_tool
    from worker.learner import UsagePatternLearner
    from worker.storage import UsagePatternStorage

    error = 'Unable to "darcs initialize" here:\nYou may not run this command in a repository.'
    found = classify_error_type("darcs", {"arg1": "init", "arg2": "notes"}, error)
    assert (found["error_category"], found["learnable"]) == ("WORKFLOW_SEQUENCE", True)
    assert found["evidence"]["key_line"].endswith("You may not run this command in a repository.")
    store = UsagePatternStorage(fake_redis, "darcs:")
    learner = UsagePatternLearner(store)
    for _ in range(10):
        for place in ("notes", "recipes"):
            learner.analyze_result(build_event("Bash", {"command": f"darcs init {place}"}, error=error, recent_calls=["darcs"]))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def check(command: str, *earlier: str) -> str:
        call = canonical_tool("Bash", {"command": command})
        window = [window_entry(canonical_tool("Bash", {"command": line})) for line in earlier]
        return checker.check_before_call(call.tool, call.params, {"recent_calls": window})["decision"]
    assert check("darcs init journal", "darcs init journal") == "warn"
    assert check("darcs init --repodir=recipes", "darcs init recipes") == "warn"
    assert check("darcs init recipes", "darcs init notes") == "allow"  # another directory: nothing made twice
    assert check("darcs init --repodir=journal", "darcs init notes", "darcs init recipes") == "allow"
    assert check("darcs init notes") == "allow"  # no darcs call in this session before it


def _shell_learner(fake_redis, prefix: str, failures: list[tuple[str, str, list[str]]], rounds: int = 10):
    """Learn shell lines with the windows they failed after; a check(command, *earlier lines) as a session asks it."""
    from producers.checker import PatternCache, UsagePatternChecker
    from producers.record import build_event
    from producers.session import window_entry
    from worker.identity import canonical_tool
    from worker.learner import UsagePatternLearner
    from worker.storage import UsagePatternStorage

    store = UsagePatternStorage(fake_redis, prefix)
    learner = UsagePatternLearner(store)
    for _ in range(rounds):
        for command, error, earlier in failures:
            window = [window_entry(canonical_tool("Bash", {"command": line})) for line in earlier]
            learner.analyze_result(build_event("Bash", {"command": command}, error=error, recent_calls=window))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def check(command: str, *earlier: str) -> str:
        call = canonical_tool("Bash", {"command": command})
        window = [window_entry(canonical_tool("Bash", {"command": line})) for line in earlier]
        return checker.check_before_call(call.tool, call.params, {"recent_calls": window})["decision"]
    return check


def test_a_file_made_twice_by_the_switch_that_creates_it_warns_only_when_the_call_creates_again(fake_redis):
    # dosfstools 4.2 `mkfs.fat -C` creates the image file; without `-C` it formats the file that is there
    made = "mkfs.fat -C -n RESCUE img/rescue.img 4096"
    check = _shell_learner(fake_redis, "mkc:", [
        (made, "mkfs.fat: file img/rescue.img already exists\nmkfs.fat 4.2 (2021-01-31)", [made])])
    assert check("mkfs.fat -C -n SPARE img/spare.img 2048", "mkfs.fat -C img/spare.img 2048") == "warn"
    assert check("mkfs.fat -n SPARE img/spare.img", "mkfs.fat -C img/spare.img 2048") == "allow"  # formats what is there
    assert check("mkfs.fat -C -n SPARE img/other.img 2048", "mkfs.fat -C img/spare.img 2048") == "allow"  # another file


def test_an_archive_named_after_its_repository_is_what_exists_when_the_message_names_it_alone(fake_redis):
    # BorgBackup 1.2 `borg create REPO::NAME`: `Archive NAME already exists` names the archive by its own name
    made, again = "borg create vault/repo::weekly-01 home", "borg create vault/repo::mail-01 srv/mail"
    check = _shell_learner(fake_redis, "brg:", [(made, "Archive weekly-01 already exists", ["borg init -e none vault/repo", made]),
                                                (again, "Archive mail-01 already exists", [again])])
    assert check("borg create vault/repo::monthly home/docs", "borg create vault/repo::monthly home/docs") == "warn"
    assert check("borg create vault/repo::weekly-02 home", "borg init -e none vault/repo", made) == "allow"


def test_a_size_the_message_says_nothing_of_may_be_a_width_by_a_height(fake_redis):
    # DjVuLibre 3.5 ddjvu `-size=50%`: `syntax error in geometry specification: 50%`; the kind is inferred from the
    # parameter's name, and a size is as often WxH as a number with a unit
    check = _shell_learner(fake_redis, "dim:", [("ddjvu -format=pnm -size=75% book/p1.djvu out/p1.pnm",
                                                 "ddjvu: syntax error in geometry specification: 75%", [])])
    assert check("ddjvu -format=pnm -size=640:480 book/p2.djvu out/p2.pnm") == "warn"
    assert check("ddjvu -format=pnm -size=640x480 book/p2.djvu out/p2.pnm") == "allow"


def test_an_argument_after_no_switch_may_be_the_one_the_failing_calls_lacked(fake_redis):
    # Icarus Verilog 11 `iverilog: no source files.`: `-s top` takes a value, which argv alone reads as a positional
    error = "iverilog: no source files.\n\nUsage: iverilog [-EiSuvV] [-o filename] [-s topmodule] source_file(s)"
    check = _shell_learner(fake_redis, "ivl:", [("iverilog -o build/alu.vvp", error, []),
                                                ("iverilog -g2012 -s alu_tb -o build/alu.vvp", error, [])])
    assert check("iverilog -o build/fifo.vvp") == "warn"
    assert check("iverilog -o build/fifo.vvp rtl/fifo.v") == "allow"
    assert check("iverilog -g2012 -s fifo_tb -o build/fifo.vvp rtl/fifo.v") == "allow"


def test_a_value_that_failed_passes_after_the_same_program_did_another_operation_on_it(fake_redis):
    # GNU parted 3.5 `mkpart` on an image with no partition table; `mklabel` on it since may have made one
    error = "Error: img/card.img: unrecognised disk label"
    check = _shell_learner(fake_redis, "prt:", [("parted -s img/card.img mkpart primary fat32 1MiB 5MiB", error, [])])
    assert check("parted -s img/card.img mkpart primary fat32 1MiB 6MiB") == "warn"
    assert check("parted -s img/card.img mkpart primary fat32 1MiB 6MiB", "parted -s img/card.img mklabel msdos") == "allow"
    assert check("parted -s img/card.img mkpart primary fat32 1MiB 6MiB", "parted -s img/card.img print") == "warn"


def test_a_step_to_run_first_on_the_file_the_message_named_must_have_run_on_this_calls_file(fake_redis):
    # HMMER 3.3 `hmmscan` on a profile database never pressed: `use hmmpress first`, of that very file
    error = "Error: Failed to open binary auxfiles for {0}: use hmmpress first"
    check = _shell_learner(fake_redis, "hmp:", [("hmmscan -o out/a.txt db/pfam.hmm q/seq.fa", error.format("db/pfam.hmm"), []),
                                                ("hmmscan -o out/b.txt db/tigr.hmm q/seq.fa", error.format("db/tigr.hmm"), [])])
    assert check("hmmscan -o out/c.txt db/smart.hmm q/seq.fa") == "warn"
    assert check("hmmscan -o out/c.txt db/smart.hmm q/seq.fa", "hmmpress db/pfam.hmm") == "warn"  # pressed another one
    assert check("hmmscan -o out/c.txt db/smart.hmm q/seq.fa", "hmmpress db/smart.hmm") == "allow"
    assert check("hmmscan --tblout out/t.tbl -o out/c.txt db/smart.hmm q/seq.fa", "hmmpress db/smart.hmm") == "allow"


def test_what_a_message_asks_for_by_option_and_a_number_in_its_help_text_read_as_they_are_meant():
    from worker.classifier import classify_error_type
    from worker.steps import commands_in
    # bedtools 2.30: both inputs by their options, then its usage and option list (`-l 500 for a negative-stranded …`)
    error = ("*****ERROR: Need both a BED (-i) and a genome (-g) file. \n*****\n\nTool:    bedtools slop\n\n"
             "Usage:   bedtools slop [OPTIONS] -i <bed/gff/vcf> -g <genome> [-b <int> or (-l and -r)]\n\nOptions:\n"
             "\t-s\tDefine -l and -r based on strand.\n\t\tE.g. if used, -l 500 for a negative-stranded feature,")
    found = classify_error_type("bedtools", {"arg1": "slop", "i": "peaks.bed", "b": "20"}, error)
    assert (found["kind"], found["error_category"]) == ("usage", "MISSING_PARAMETER")
    assert commands_in("x.hmm: use hmmpress first") == ["hmmpress"] and commands_in("Run make first to build") == ["make"]
    assert commands_in("use the other one first") == []


def test_a_missing_argument_named_with_what_is_missing_of_it_and_an_unnamed_kind_of_input_are_learned(fake_redis):
    # NCBI BLAST+ 2.12 makeblastdb: `Argument "dbtype". Mandatory value is missing`
    error = ("USAGE\n  makeblastdb [-h] [-in input_file] -dbtype molecule_type [-out database_name]\n\n"
             "Error: Argument \"dbtype\". Mandatory value is missing:  `String, `nucl', `prot''")
    check = _shell_learner(fake_redis, "mkb:", [("makeblastdb -in fa/cds.fa -out db/cds", error, [])])
    assert check("makeblastdb -in fa/rrna.fa -title rrna -out db/rrna") == "warn"
    assert check("makeblastdb -in fa/rrna.fa -dbtype nucl -out db/rrna") == "allow"
    # GPSBabel 1.8 `No valid input type specified`: the calls lacked what says the input's type; a call that gives more passes
    check = _shell_learner(fake_redis, "gpb:", [("gpsbabel -f trk/a.gpx -o kml -F out/a.kml", "No valid input type specified", []),
                                                ("gpsbabel -f trk/b.csv -o gpx -F out/b.gpx", "No valid input type specified", [])])
    assert check("gpsbabel -f trk/c.gpx -o kml -F out/c.kml") == "warn"
    assert check("gpsbabel -i gpx -f trk/c.gpx -o kml -F out/c.kml") == "allow"


def test_a_file_that_exists_said_on_a_line_of_its_own_makes_a_create_twice_an_order_mistake(fake_redis):
    # lrzip 0.651: `Failed to create x.lrz`, then strerror's `File exists` on the next line
    error = "Output filename is: {0}.lrz\nFailed to create {0}.lrz\nFile exists\nFatal error - exiting"
    check = _shell_learner(fake_redis, "lrz:", [("lrzip -q var/big.log", error.format("var/big.log"), ["lrzip -q var/big.log"])])
    assert check("lrzip -q var/old.log", "lrzip -q var/old.log") == "warn"
    assert check("lrzip -q var/old.log") == "allow"  # not made in this session
    assert check("lrzip -q -f var/old.log", "lrzip -q var/old.log") == "allow"  # forced over it


def test_a_prompt_to_overwrite_is_an_output_made_before_and_yes_to_it_passes(fake_redis):
    # WavPack 5.6 `overwrite out/a.wv (yes/no/all)?`, answered by no one (stdin closed)
    made = "wavpack -q rec/a.wav -o enc/a.wv"
    check = _shell_learner(fake_redis, "ovw:", [(made, "overwrite enc/a.wv (yes/no/all)?", [made])])
    assert check("wavpack -q -hh rec/b.wav -o enc/b.wv", "wavpack -q rec/b.wav -o enc/b.wv") == "warn"
    assert check("wavpack -q -y rec/b.wav -o enc/b.wv", "wavpack -q rec/b.wav -o enc/b.wv") == "allow"  # yes to it
    assert check("wavpack -q rec/b.wav -o enc/b.wv") == "allow"  # nothing made it in this session


def test_a_certificate_tools_certificates_are_its_subject_and_its_operations_need_different_things(fake_redis):
    from worker.classifier import classify_error_type
    # GnuTLS 3.7 certtool: `Generating a self signed certificate...` is progress, not a TLS fault
    error = ("Generating a self signed certificate...\nCould not determine the public key for the operation.\n"
             "You must specify --load-privkey or --load-pubkey if missing.")
    found = classify_error_type("certtool", {"generate_self_signed": True, "template": True, "arg1": "t.tmpl"}, error)
    assert (found["kind"], found["error_category"]) == ("usage", "MISSING_PARAMETER")
    assert classify_error_type("curl", {"arg1": "https://x.example"}, "curl: (60) SSL certificate problem: "
                               "self signed certificate in certificate chain")["kind"] == "infrastructure"
    check = _shell_learner(fake_redis, "crt:", [("certtool --generate-self-signed --template ca/a.tmpl --outfile out/a.crt", error, [])])
    assert check("certtool --generate-self-signed --template ca/b.tmpl --outfile out/b.crt") == "warn"
    assert check("certtool --generate-self-signed --load-privkey ca/b.key --template ca/b.tmpl --outfile out/b.crt") == "allow"
    assert check("certtool --generate-crl --load-ca-privkey ca/ca.key --template ca/crl.tmpl --outfile out/c.crl") == "allow"


def test_one_of_several_flags_each_by_either_name_is_required_and_any_gives_it(fake_redis):
    # SeqKit 2.3 `[ERRO] one of flags -p (--pattern) and -f (--pattern-file) needed`
    error = "[ERRO] one of flags -p (--pattern) and -f (--pattern-file) needed"
    check = _shell_learner(fake_redis, "sqk:", [("seqkit grep -n -o out/a.fa in/a.fa", error, [])])
    assert check("seqkit grep -n -o out/b.fa in/b.fa") == "warn"
    for given in ("-p chr1", "--pattern chr1", "-f ids.txt", "--pattern-file ids.txt"):
        assert check(f"seqkit grep -n {given} -o out/b.fa in/b.fa") == "allow", given


def test_a_removal_by_the_same_program_in_words_undoes_what_it_made(fake_redis):
    # aptly 1.5 `local repo with name qa already exists`; `aptly repo drop qa` since removed it
    check = _shell_learner(fake_redis, "apt:", [("aptly repo create qa", "ERROR: unable to add local repo: local repo with name "
                                                 "qa already exists", ["aptly repo create qa"])])
    assert check("aptly repo create dev", "aptly repo create dev") == "warn"
    assert check("aptly repo create dev", "aptly repo create dev", "aptly repo drop dev") == "allow"
