"""Scenario definitions for blind set 14. `fail_re`, `setup`, `_setup`, `teardown` are for gen.py only and never
reach the JSONL. Run gen.py with the venv python."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/blind-prev14/.venv/bin/python"
FX = "/tmp/bp14fx"
CACHE = f"{FX}/_cache"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def BASH(cmd):
    return {"tool": "Bash", "params": {"command": cmd}}


def DRIVE(tool, **params):
    """hidden setup step: run the same driver so a history entry really happened"""
    return f"{PY} {HERE}/drivers.py {tool} '{json.dumps(params)}' >/dev/null"


def LINK(pkg):
    """hidden setup step: make `pip install PKG` real for this scenario dir only"""
    return f"ln -sfn {CACHE}/{pkg} extra_site"


NUMPY = "numpy 2.4.6"
PENDULUM = "pendulum 3.3.0"
PYARROW = "pyarrow 26.0.1"
H5PY = "h5py 3.16.0 (HDF5 library bundled in the wheel)"
NX = "networkx 3.6.1"
DATEUTIL = "python-dateutil 4.0.0 (dateutil.rrule.rrulestr)"
ZSTD = "zstandard 0.25.0"
XMLSCHEMA = "xmlschema 4.3.2 (elementpath 5.1.4)"

O1 = '<order id="1"><customer>ann</customer><currency>EUR</currency><total>4.50</total></order>'

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp14-ip-numpy-unknown-dtype", "category": "INCORRECT_PARAMETER",
        "tool": "numpy_astype", "source": NUMPY, "fail_re": r"TypeError: data type '.*' not understood",
        "learn": [
            {"params": {"values": [1, 2, 3], "dtype": "int23"}},
            {"params": {"values": [0.5, 1.25], "dtype": "flaot32"}},
        ],
        "repeats": [
            {"params": {"values": [7, 8], "dtype": "uint9"}},
            {"params": {"values": [1.5, 2.5, 3.5], "dtype": "float63"}},
            {"params": {"values": [1, 0, 1], "dtype": "boolean"}},
        ],
        "good": [
            {"params": {"values": [1, 2, 3], "dtype": "int32"}},
            {"params": {"values": [0.5, 1.25], "dtype": "float32"}},
            {"params": {"values": [7, 8], "dtype": "uint8"}},
            {"params": {"values": [1, 0, 1], "dtype": "bool"}},
            {"params": {"values": [1.5, 2.5], "dtype": "float64"}},
        ],
    },
    {
        "id": "bp14-ip-pendulum-unknown-timezone", "category": "INCORRECT_PARAMETER",
        "tool": "pendulum_in_timezone", "source": PENDULUM, "fail_re": r"InvalidTimezone: ",
        "learn": [
            {"params": {"datetime": "2026-12-03T10:00:00Z", "tz": "Europe/Berlinn"}},
            {"params": {"datetime": "2026-12-03T18:30:00+01:00", "tz": "US/Pacfic"}},
        ],
        "repeats": [
            {"params": {"datetime": "2026-12-04T08:00:00Z", "tz": "Asia/Bangalore"}},
            {"params": {"datetime": "2026-12-05T12:00:00Z", "tz": "Europe/Frankfurt"}},
            {"params": {"datetime": "2026-12-05T12:00:00Z", "tz": "America/San_Francisco"}},
        ],
        "good": [
            {"params": {"datetime": "2026-12-03T10:00:00Z", "tz": "Europe/Berlin"}},
            {"params": {"datetime": "2026-12-03T18:30:00+01:00", "tz": "US/Pacific"}},
            {"params": {"datetime": "2026-12-04T08:00:00Z", "tz": "Asia/Kolkata"}},
            {"params": {"datetime": "2026-12-05T12:00:00Z", "tz": "America/Los_Angeles"}},
            {"params": {"datetime": "2026-12-05T12:00:00Z", "tz": "UTC"}},
        ],
    },
    {
        "id": "bp14-ip-pycountry-unknown-country", "category": "INCORRECT_PARAMETER",
        "tool": "pycountry_country_lookup", "source": "pycountry 26.2.16",
        "fail_re": r"LookupError: Could not find a record for",
        "learn": [
            {"params": {"query": "UK"}},
            {"params": {"query": "Englnd"}},
        ],
        "repeats": [
            {"params": {"query": "Deutschland"}},
            {"params": {"query": "Holland"}},
            {"params": {"query": "EN"}},
        ],
        "good": [
            {"params": {"query": "GB"}},
            {"params": {"query": "United Kingdom"}},
            {"params": {"query": "DE"}},
            {"params": {"query": "Germany"}},
            {"params": {"query": "NLD"}},
        ],
    },
    {
        "id": "bp14-ip-sqlglot-unknown-dialect", "category": "INCORRECT_PARAMETER",
        "tool": "sqlglot_transpile", "source": "sqlglot 30.31.0", "fail_re": r"ValueError: Unknown dialect",
        "learn": [
            {"params": {"sql": "SELECT id, name FROM users LIMIT 5", "read": "postgress", "write": "mysql"}},
            {"params": {"sql": "SELECT TOP 5 id FROM orders", "read": "mssql", "write": "postgres"}},
        ],
        "repeats": [
            {"params": {"sql": "SELECT NOW()", "read": "mysql", "write": "sqlserver"}},
            {"params": {"sql": "SELECT id FROM t WHERE d > CURRENT_DATE", "read": "pgsql", "write": "bigquery"}},
            {"params": {"sql": "SELECT 1", "read": "postgres", "write": "sqlite3"}},
        ],
        "good": [
            {"params": {"sql": "SELECT id, name FROM users LIMIT 5", "read": "postgres", "write": "mysql"}},
            {"params": {"sql": "SELECT TOP 5 id FROM orders", "read": "tsql", "write": "postgres"}},
            {"params": {"sql": "SELECT NOW()", "read": "mysql", "write": "tsql"}},
            {"params": {"sql": "SELECT 1", "read": "postgres", "write": "sqlite"}},
        ],
    },
    {
        "id": "bp14-ip-networkx-node-not-in-graph", "category": "INCORRECT_PARAMETER",
        "tool": "networkx_shortest_path", "source": NX, "fail_re": r"NodeNotFound: (Source|Target) .* is not in G",
        "learn": [
            {"params": {"edgelist": "routes.edgelist", "source": "Rome", "target": "oslo"}},
            {"params": {"edgelist": "routes.edgelist", "source": "madrid", "target": "london"}},
        ],
        "repeats": [
            {"params": {"edgelist": "routes.edgelist", "source": "paris", "target": "Berlin"}},
            {"params": {"edgelist": "routes.edgelist", "source": "warsaw", "target": "lisbon"}},
            {"params": {"edgelist": "links.edgelist", "source": "home", "target": "contact"}},
        ],
        "good": [
            {"params": {"edgelist": "routes.edgelist", "source": "rome", "target": "oslo"}},
            {"params": {"edgelist": "routes.edgelist", "source": "madrid", "target": "berlin"}},
            {"params": {"edgelist": "routes.edgelist", "source": "paris", "target": "lisbon"}},
            {"params": {"edgelist": "links.edgelist", "source": "home", "target": "post2"}},
        ],
    },
    {
        "id": "bp14-ip-pyarrow-unknown-column", "category": "INCORRECT_PARAMETER",
        "tool": "pyarrow_read_parquet", "source": PYARROW, "fail_re": r"ArrowInvalid: No match for FieldRef\.Name",
        "learn": [
            {"params": {"path": "orders.parquet", "columns": ["order_id", "amount"]}},
            {"params": {"path": "customers.parquet", "columns": ["id", "email"]}},
        ],
        "repeats": [
            {"params": {"path": "orders.parquet", "columns": ["customer_name"]}},
            {"params": {"path": "customers.parquet", "columns": ["name", "country_code"]}},
            {"params": {"path": "data/orders_2026.parquet", "columns": ["Total"]}},
        ],
        "good": [
            {"params": {"path": "orders.parquet", "columns": ["order_id", "total"]}},
            {"params": {"path": "customers.parquet", "columns": ["id", "name"]}},
            {"params": {"path": "orders.parquet", "columns": ["customer"]}},
            {"params": {"path": "customers.parquet", "columns": ["country"]}},
            {"params": {"path": "data/orders_2026.parquet"}},
        ],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp14-pf-iso8601-not-iso-date", "category": "PARAMETER_FORMAT",
        "tool": "iso8601_parse_date", "source": "iso8601 2.1.0", "fail_re": r"ParseError: Unable to parse date string",
        "learn": [
            {"params": {"value": "03/12/2026"}},
            {"params": {"value": "Dec 3, 2026 10:00"}},
        ],
        "repeats": [
            {"params": {"value": "3.12.2026 09:30"}},
            {"params": {"value": "12/24/2026 18:00 UTC"}},
            {"params": {"value": "tomorrow"}},
        ],
        "good": [
            {"params": {"value": "2026-12-03"}},
            {"params": {"value": "2026-12-03T10:00:00Z"}},
            {"params": {"value": "2026-12-03T09:30:00+01:00"}},
            {"params": {"value": "2026-12-24T18:00:00Z"}},
        ],
    },
    {
        "id": "bp14-pf-pendulum-unparseable-string", "category": "PARAMETER_FORMAT",
        "tool": "pendulum_parse", "source": PENDULUM, "fail_re": r"ParserError: Unable to parse string",
        "learn": [
            {"params": {"value": "next tuesday"}},
            {"params": {"value": "3rd December 2026"}},
        ],
        "repeats": [
            {"params": {"value": "tomorrow at 9am"}},
            {"params": {"value": "Thu, 03 Dec 2026 10:00"}},
            {"params": {"value": "in 2 hours"}},
        ],
        "good": [
            {"params": {"value": "2026-12-03"}},
            {"params": {"value": "2026-12-03T10:00:00"}},
            {"params": {"value": "2026-12-03 10:00"}},
            {"params": {"value": "2026-12-08T09:00:00+01:00"}},
        ],
    },
    {
        "id": "bp14-pf-protobuf-duration-not-seconds", "category": "PARAMETER_FORMAT",
        "tool": "protobuf_parse_duration", "source": "protobuf 7.36.2 (google.protobuf.duration_pb2, python impl: upb)",
        "fail_re": r'ValueError: Duration must end with letter "s"',
        "learn": [
            {"params": {"value": "5m"}},
            {"params": {"value": "1.5h"}},
        ],
        "repeats": [
            {"params": {"value": "45min"}},
            {"params": {"value": "2d"}},
            {"params": {"value": "300"}},
        ],
        "good": [
            {"params": {"value": "300s"}},
            {"params": {"value": "5400s"}},
            {"params": {"value": "0.250s"}},
            {"params": {"value": "172800s"}},
        ],
    },
    {
        "id": "bp14-pf-jsonpointer-not-a-pointer", "category": "PARAMETER_FORMAT",
        "tool": "jsonpointer_resolve", "source": "jsonpointer 3.12", "fail_re": r"JsonPointerException: Location must start with /",
        "learn": [
            {"params": {"path": "config.json", "pointer": "server/port"}},
            {"params": {"path": "config.json", "pointer": "server.tls.enabled"}},
        ],
        "repeats": [
            {"params": {"path": "config.json", "pointer": "users[0].name"}},
            {"params": {"path": "config.json", "pointer": "#/feature-flags/beta"}},
            {"params": {"path": "config.json", "pointer": "$.server.host"}},
        ],
        "good": [
            {"params": {"path": "config.json", "pointer": "/server/port"}},
            {"params": {"path": "config.json", "pointer": "/server/tls/enabled"}},
            {"params": {"path": "config.json", "pointer": "/users/0/name"}},
            {"params": {"path": "config.json", "pointer": "/feature-flags/beta"}},
        ],
    },
    {
        "id": "bp14-pf-rrule-bad-byday-until", "category": "PARAMETER_FORMAT",
        "tool": "rrule_from_string", "source": DATEUTIL, "fail_re": r"ValueError: invalid '(BYDAY|UNTIL)'",
        "learn": [
            {"params": {"rule": "FREQ=WEEKLY;BYDAY=MONDAY", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "FREQ=DAILY;UNTIL=end-of-month", "dtstart": "2026-12-01T09:00:00"}},
        ],
        "repeats": [
            {"params": {"rule": "FREQ=WEEKLY;BYDAY=TUESDAY,THURSDAY", "dtstart": "2026-12-01T18:00:00"}},
            {"params": {"rule": "FREQ=WEEKLY;BYDAY=MO;UNTIL=next-year", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "FREQ=MONTHLY;BYDAY=first-friday", "dtstart": "2026-12-01T09:00:00"}},
        ],
        "good": [
            {"params": {"rule": "FREQ=WEEKLY;BYDAY=MO", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "FREQ=WEEKLY;BYDAY=TU,TH", "dtstart": "2026-12-01T18:00:00"}},
            {"params": {"rule": "FREQ=DAILY;UNTIL=20261231T090000", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "FREQ=MONTHLY;BYDAY=+1FR", "dtstart": "2026-12-01T09:00:00"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp14-mp-rrule-missing-freq", "category": "MISSING_PARAMETER",
        "tool": "rrule_from_string", "source": DATEUTIL,
        "fail_re": r"rrule\.__init__\(\) missing 1 required positional argument: 'freq'",
        "learn": [
            {"params": {"rule": "COUNT=5;BYDAY=MO", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "INTERVAL=2;COUNT=3", "dtstart": "2026-12-01T09:00:00"}},
        ],
        "repeats": [
            {"params": {"rule": "BYMONTHDAY=1;COUNT=4", "dtstart": "2026-12-01T00:00:00"}},
            {"params": {"rule": "UNTIL=20261231T000000;BYHOUR=9", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "BYDAY=TU,TH", "dtstart": "2026-12-01T18:00:00", "take": 4}},
        ],
        "good": [
            {"params": {"rule": "FREQ=WEEKLY;COUNT=5;BYDAY=MO", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "FREQ=DAILY;INTERVAL=2;COUNT=3", "dtstart": "2026-12-01T09:00:00"}},
            {"params": {"rule": "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=4", "dtstart": "2026-12-01T00:00:00"}},
            {"params": {"rule": "FREQ=WEEKLY;BYDAY=TU,TH", "dtstart": "2026-12-01T18:00:00", "take": 4}},
        ],
    },
    {
        "id": "bp14-mp-h5py-dataset-without-data-or-shape", "category": "MISSING_PARAMETER",
        "tool": "h5py_create_dataset", "source": H5PY, "fail_re": r"TypeError: One of data, shape or dtype must be specified",
        "learn": [
            {"params": {"path": "out.h5", "name": "temps"}},
            {"params": {"path": "weather.h5", "name": "wind"}},
        ],
        "repeats": [
            {"params": {"path": "runs.h5", "name": "loss", "mode": "w"}},
            {"params": {"path": "model.h5", "name": "layers/dense1/weights"}},
        ],
        "good": [
            {"params": {"path": "out.h5", "name": "temps", "data": [12.5, 13.0, 11.75]}},
            {"params": {"path": "weather.h5", "name": "wind", "shape": [24], "dtype": "float32"}},
            {"params": {"path": "runs.h5", "name": "loss", "mode": "w", "data": [0.9, 0.5, 0.31]}},
            {"params": {"path": "model.h5", "name": "layers/dense1/weights", "shape": [4, 3]}},
        ],
    },
    {
        "id": "bp14-mp-xmlschema-required-part-missing", "category": "MISSING_PARAMETER",
        "tool": "xmlschema_validate", "source": XMLSCHEMA,
        "fail_re": r"Reason: (missing required attribute '\w+'|.*Tag '\w+' expected\.)",
        "learn": [
            {"params": {"schema": "order.xsd",
                        "xml": "<order><customer>ann</customer><currency>EUR</currency><total>4.50</total></order>"}},
            {"params": {"schema": "order.xsd", "xml": '<order id="2"><customer>bob</customer><currency>USD</currency></order>'}},
        ],
        "repeats": [
            {"params": {"schema": "order.xsd",
                        "xml": "<order><customer>cy</customer><currency>NOK</currency><total>99.00</total></order>"}},
            {"params": {"schema": "order.xsd", "xml": '<order id="4"><customer>dee</customer><total>12.00</total></order>'}},
            {"params": {"schema": "order.xsd", "xml": '<order id="5"><customer>eve</customer></order>'}},
        ],
        "good": [
            {"params": {"schema": "order.xsd", "xml": O1}},
            {"params": {"schema": "order.xsd",
                        "xml": '<order id="2"><customer>bob</customer><currency>USD</currency><total>12.00</total></order>'}},
            {"params": {"schema": "order.xsd",
                        "xml": '<order id="4"><customer>dee</customer><currency>EUR</currency><total>12.00</total></order>'}},
        ],
    },
    {
        "id": "bp14-mp-pendulum-datetime-missing-date-part", "category": "MISSING_PARAMETER",
        "tool": "pendulum_datetime", "source": PENDULUM,
        "fail_re": r"datetime\(\) missing \d required positional arguments?: ",
        "learn": [
            {"params": {"year": 2026, "month": 12}},
            {"params": {"year": 2027, "month": 1, "hour": 9, "tz": "Europe/Rome"}},
        ],
        "repeats": [
            {"params": {"year": 2026, "month": 6, "hour": 8, "minute": 30}},
            {"params": {"year": 2026, "month": 2, "tz": "America/New_York"}},
            {"params": {"year": 2026, "day": 3, "tz": "UTC"}},
        ],
        "good": [
            {"params": {"year": 2026, "month": 12, "day": 1}},
            {"params": {"year": 2027, "month": 1, "day": 4, "hour": 9, "tz": "Europe/Rome"}},
            {"params": {"year": 2026, "month": 6, "day": 15, "hour": 8, "minute": 30}},
            {"params": {"year": 2026, "month": 12, "day": 24, "hour": 18}},
        ],
    },
    {
        "id": "bp14-mp-numpy-reshape-no-shape", "category": "MISSING_PARAMETER",
        "tool": "numpy_reshape", "source": NUMPY,
        "fail_re": r"reshape\(\) missing 1 required positional argument: 'shape'",
        "learn": [
            {"params": {"values": [1, 2, 3, 4, 5, 6]}},
            {"params": {"values": [[1, 2], [3, 4], [5, 6]], "order": "F"}},
        ],
        "repeats": [
            {"params": {"values": [0.1, 0.2, 0.3, 0.4], "order": "C"}},
            {"params": {"values": [[1, 2, 3, 4]], "copy": True}},
        ],
        "good": [
            {"params": {"values": [1, 2, 3, 4, 5, 6], "shape": [2, 3]}},
            {"params": {"values": [[1, 2], [3, 4], [5, 6]], "shape": [2, 3], "order": "F"}},
            {"params": {"values": [0.1, 0.2, 0.3, 0.4], "shape": [-1, 1], "order": "C"}},
            {"params": {"values": [[1, 2, 3, 4]], "shape": [4], "copy": True}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp14-mq-h5py-file-not-created", "category": "MISSING_PREREQUISITE",
        "tool": "h5py_read_dataset", "source": H5PY,
        "fail_re": r"FileNotFoundError: \[Errno 2\] Unable to synchronously open file",
        "learn": [
            {"params": {"path": "sensors.h5", "dataset": "temps"}, "recent_calls": [RC("numpy_load", path="temps.npy")]},
            {"params": {"path": "experiment.h5", "dataset": "loss"}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"path": "run42.h5", "dataset": "metrics/accuracy"},
             "recent_calls": [RC("pyarrow_read_parquet", path="orders.parquet"), RC("numpy_astype", values=[1], dtype="f4")]},
            {"params": {"path": "cache.h5", "dataset": "embeddings"}, "recent_calls": ["h5py_read_dataset"]},
        ],
        "good": [
            {"params": {"path": "sensors.h5", "dataset": "temps"},
             "recent_calls": [RC("h5py_create_dataset", path="sensors.h5", name="temps", data=[12.5, 13.0])],
             "_setup": [DRIVE("h5py_create_dataset", path="sensors.h5", name="temps", data=[12.5, 13.0])]},
            {"params": {"path": "experiment.h5", "dataset": "loss"},
             "recent_calls": [RC("numpy_load", path="temps.npy"),
                              RC("h5py_create_dataset", path="experiment.h5", name="loss", data=[0.9, 0.4])],
             "_setup": [DRIVE("h5py_create_dataset", path="experiment.h5", name="loss", data=[0.9, 0.4])]},
            {"params": {"path": "weather.h5", "dataset": "humidity"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp14-mq-networkx-pagerank-needs-scipy", "category": "MISSING_PREREQUISITE",
        "tool": "networkx_pagerank", "source": NX + " (scipy not installed)", "fail_re": r"No module named 'scipy'",
        "learn": [
            {"params": {"edgelist": "links.edgelist"}, "recent_calls": [RC("networkx_shortest_path", edgelist="links.edgelist",
                                                                         source="home", target="post2")]},
            {"params": {"edgelist": "routes.edgelist", "alpha": 0.9}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"edgelist": "links.edgelist", "alpha": 0.7}, "recent_calls": [BASH("pip install networkx")]},
            {"params": {"edgelist": "routes.edgelist"}, "recent_calls": ["networkx_shortest_path"]},
        ],
        "good": [
            {"params": {"edgelist": "links.edgelist"}, "recent_calls": [BASH("pip install scipy")], "_setup": [LINK("scipy")]},
            {"params": {"edgelist": "routes.edgelist", "alpha": 0.9},
             "recent_calls": [BASH("pip install scipy"), RC("networkx_pagerank", edgelist="links.edgelist")]},
            {"params": {"edgelist": "links.edgelist", "alpha": 0.7},
             "recent_calls": [BASH("pip install networkx scipy")]},
        ],
    },
    {
        "id": "bp14-mq-pyarrow-to-pandas-needs-pandas", "category": "MISSING_PREREQUISITE",
        "tool": "pyarrow_table_to_pandas", "source": PYARROW + " (pandas not installed)", "fail_re": r"No module named 'pandas'",
        "learn": [
            {"params": {"path": "orders.parquet"}, "recent_calls": [RC("pyarrow_read_parquet", path="orders.parquet")]},
            {"params": {"path": "customers.parquet"}, "recent_calls": [BASH("pip install pyarrow")]},
        ],
        "repeats": [
            {"params": {"path": "data/orders_2026.parquet"}, "recent_calls": []},
            {"params": {"path": "customers.parquet"}, "recent_calls": [BASH("pip install pyarrow numpy")]},
        ],
        "good": [
            {"params": {"path": "orders.parquet"}, "recent_calls": [BASH("pip install pandas")], "_setup": [LINK("pandas")]},
            {"params": {"path": "customers.parquet"}, "recent_calls": [BASH("pip install pyarrow pandas")]},
            {"params": {"path": "data/orders_2026.parquet"},
             "recent_calls": [BASH("pip install pandas"), RC("pyarrow_read_parquet", path="data/orders_2026.parquet")]},
        ],
    },
    {
        "id": "bp14-mq-numpy-save-dir-missing", "category": "MISSING_PREREQUISITE",
        "tool": "numpy_save", "source": NUMPY, "fail_re": r"FileNotFoundError: \[Errno 2\] No such file or directory",
        "learn": [
            {"params": {"path": "exports/temps.npy", "values": [12.5, 13.0]}, "recent_calls": [RC("numpy_load", path="temps.npy")]},
            {"params": {"path": "out/run1/grid.npy", "values": [[1, 2], [3, 4]]}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"path": "results/loss.npy", "values": [0.9, 0.5]}, "recent_calls": ["numpy_reshape"]},
            {"params": {"path": "cache/arrays/x.npy", "values": [1, 2, 3]}, "recent_calls": [BASH("ls")]},
        ],
        "good": [
            {"params": {"path": "exports/temps.npy", "values": [12.5, 13.0]}, "recent_calls": [BASH("mkdir -p exports")],
             "_setup": ["mkdir -p exports"]},
            {"params": {"path": "out/run1/grid.npy", "values": [[1, 2], [3, 4]]},
             "recent_calls": [RC("numpy_load", path="temps.npy"), BASH("mkdir -p out/run1")], "_setup": ["mkdir -p out/run1"]},
            {"params": {"path": "data/temps.npy", "values": [12.5, 13.0]}, "recent_calls": []},
            {"params": {"path": "temps_copy.npy", "values": [1, 2, 3]}, "recent_calls": [BASH("ls")]},
        ],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp14-ws-zstd-compress-after-finish", "category": "WORKFLOW_SEQUENCE",
        "tool": "zstandard_compressobj", "source": ZSTD,
        "fail_re": r"ZstdError: (cannot call compress\(\) after compressor finished|compressor object already finished)",
        "learn": [
            {"params": {"output": "log.zst", "ops": [{"op": "compress", "text": "line 1\n"}, {"op": "flush"},
                                                      {"op": "compress", "text": "line 2\n"}]}, "recent_calls": []},
            {"params": {"output": "report.out.zst", "ops": [{"op": "compress", "text": "body"}, {"op": "flush"},
                                                             {"op": "flush"}]}, "recent_calls": [RC("zstandard_decompressobj", inputs=[{"path": "report.zst"}])]},
        ],
        "repeats": [
            {"params": {"output": "events.zst", "ops": [{"op": "compress", "text": "a"}, {"op": "compress", "text": "b"},
                                                         {"op": "flush"}, {"op": "compress", "text": "c"}, {"op": "flush"}]},
             "recent_calls": []},
            {"params": {"output": "notes.zst", "ops": [{"op": "flush"}, {"op": "flush"}]}, "recent_calls": ["zstandard_compressobj"]},
        ],
        "good": [
            {"params": {"output": "log.zst", "ops": [{"op": "compress", "text": "line 1\n"}, {"op": "compress", "text": "line 2\n"},
                                                      {"op": "flush"}]}, "recent_calls": []},
            {"params": {"output": "events.zst", "ops": [{"op": "compress", "text": "a"}, {"op": "flush", "mode": "block"},
                                                         {"op": "compress", "text": "b"}, {"op": "flush"}]}, "recent_calls": []},
            {"params": {"output": "report.out.zst", "ops": [{"op": "compress", "text": "body"}, {"op": "flush"}]},
             "recent_calls": [RC("zstandard_decompressobj", inputs=[{"path": "report.zst"}])]},
        ],
    },
    {
        "id": "bp14-ws-zstd-decompressobj-reused", "category": "WORKFLOW_SEQUENCE",
        "tool": "zstandard_decompressobj", "source": ZSTD, "fail_re": r"ZstdError: cannot use a decompressobj multiple times",
        "learn": [
            {"params": {"inputs": [{"path": "part1.zst"}, {"path": "part2.zst"}]}, "recent_calls": []},
            {"params": {"inputs": [{"path": "report.zst"}, {"path": "report.zst"}]}, "recent_calls": [BASH("ls *.zst")]},
        ],
        "repeats": [
            {"params": {"inputs": [{"path": "part2.zst"}, {"path": "part1.zst"}]}, "recent_calls": []},
            {"params": {"inputs": [{"path": "part1.zst"}, {"path": "report.zst"}, {"path": "part2.zst"}]},
             "recent_calls": ["zstandard_compressobj"]},
        ],
        "good": [
            {"params": {"inputs": [{"path": "part1.zst"}]}, "recent_calls": []},
            {"params": {"inputs": [{"path": "report.zst", "end": 20}, {"path": "report.zst", "start": 20}]},
             "recent_calls": [BASH("ls *.zst")]},
            {"params": {"inputs": [{"path": "part2.zst"}]}, "recent_calls": [RC("zstandard_decompressobj", inputs=[{"path": "part1.zst"}])]},
        ],
    },
    {
        "id": "bp14-ws-arrow-stream-write-after-close", "category": "WORKFLOW_SEQUENCE",
        "tool": "pyarrow_ipc_stream_write", "source": PYARROW, "fail_re": r"ArrowInvalid: Destination already closed",
        "learn": [
            {"params": {"path": "out.arrows", "schema": {"id": "int64", "name": "string"},
                        "ops": [{"op": "write", "rows": [{"id": 1, "name": "ann"}]}, {"op": "close"},
                                {"op": "write", "rows": [{"id": 2, "name": "bob"}]}]}, "recent_calls": []},
            {"params": {"path": "metrics.arrows", "schema": {"ts": "int64", "value": "double"},
                        "ops": [{"op": "close"}, {"op": "write", "rows": [{"ts": 1, "value": 0.5}]}]},
             "recent_calls": [RC("pyarrow_read_parquet", path="orders.parquet")]},
        ],
        "repeats": [
            {"params": {"path": "log.arrows", "schema": {"level": "string"},
                        "ops": [{"op": "write", "rows": [{"level": "info"}]}, {"op": "write", "rows": [{"level": "warn"}]},
                                {"op": "close"}, {"op": "write", "rows": [{"level": "error"}]}]}, "recent_calls": []},
            {"params": {"path": "batch.arrows", "schema": {"id": "int64"},
                        "ops": [{"op": "close"}, {"op": "write", "rows": [{"id": 7}, {"id": 8}]}, {"op": "close"}]},
             "recent_calls": ["pyarrow_ipc_open_file"]},
        ],
        "good": [
            {"params": {"path": "out.arrows", "schema": {"id": "int64", "name": "string"},
                        "ops": [{"op": "write", "rows": [{"id": 1, "name": "ann"}]},
                                {"op": "write", "rows": [{"id": 2, "name": "bob"}]}, {"op": "close"}]}, "recent_calls": []},
            {"params": {"path": "metrics.arrows", "schema": {"ts": "int64", "value": "double"},
                        "ops": [{"op": "write", "rows": [{"ts": 1, "value": 0.5}]}, {"op": "close"}]},
             "recent_calls": [RC("pyarrow_read_parquet", path="orders.parquet")]},
            {"params": {"path": "batch.arrows", "schema": {"id": "int64"},
                        "ops": [{"op": "write", "rows": [{"id": 7}, {"id": 8}]}, {"op": "close"}]},
             "recent_calls": ["pyarrow_ipc_open_file"]},
        ],
    },
    {
        "id": "bp14-ws-h5py-read-after-close", "category": "WORKFLOW_SEQUENCE",
        "tool": "h5py_file_session", "source": H5PY,
        "fail_re": r"(invalid identifier type to function|identifier is not of specified type)",
        "learn": [
            {"params": {"path": "weather.h5", "ops": [{"op": "read", "dataset": "temps"}, {"op": "close"},
                                                       {"op": "read", "dataset": "humidity"}]}, "recent_calls": []},
            {"params": {"path": "weather.h5", "ops": [{"op": "close"}, {"op": "read", "dataset": "sensors/pressure"}]},
             "recent_calls": [RC("h5py_read_dataset", path="weather.h5", dataset="temps")]},
        ],
        "repeats": [
            {"params": {"path": "weather.h5", "ops": [{"op": "read", "dataset": "humidity"}, {"op": "close"},
                                                       {"op": "read", "dataset": "humidity"}]}, "recent_calls": []},
            {"params": {"path": "weather.h5", "ops": [{"op": "read", "dataset": "sensors/pressure"}, {"op": "close"},
                                                       {"op": "close"}, {"op": "read", "dataset": "temps"}]},
             "recent_calls": ["h5py_file_session"]},
        ],
        "good": [
            {"params": {"path": "weather.h5", "ops": [{"op": "read", "dataset": "temps"}, {"op": "read", "dataset": "humidity"},
                                                       {"op": "close"}]}, "recent_calls": []},
            {"params": {"path": "weather.h5", "ops": [{"op": "read", "dataset": "temps"}, {"op": "close"}, {"op": "open"},
                                                       {"op": "read", "dataset": "sensors/pressure"}]},
             "recent_calls": [RC("h5py_read_dataset", path="weather.h5", dataset="temps")]},
            {"params": {"path": "weather.h5", "ops": [{"op": "read", "dataset": "sensors/pressure"}]}, "recent_calls": []},
        ],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp14-wt-parquet-reader-on-other-format", "category": "WRONG_TOOL_SELECTION",
        "tool": "pyarrow_read_parquet", "source": PYARROW, "fail_re": r"Parquet magic bytes not found in footer",
        "learn": [
            {"params": {"path": "orders.csv"}},
            {"params": {"path": "customers.feather"}},
        ],
        "repeats": [
            {"params": {"path": "events.arrows"}},
            {"params": {"path": "events.json"}},
            {"params": {"path": "orders.arrow", "columns": ["order_id"]}},
        ],
        "good": [
            {"params": {"path": "orders.parquet"}},
            {"params": {"path": "customers.parquet"}},
            {"params": {"path": "data/orders_2026.parquet", "columns": ["order_id"]}},
        ],
    },
    {
        "id": "bp14-wt-arrow-file-reader-on-stream-or-parquet", "category": "WRONG_TOOL_SELECTION",
        "tool": "pyarrow_ipc_open_file", "source": PYARROW, "fail_re": r"ArrowInvalid: Not an Arrow file",
        "learn": [
            {"params": {"path": "events.arrows"}},
            {"params": {"path": "orders.parquet"}},
        ],
        "repeats": [
            {"params": {"path": "clicks.arrows"}},
            {"params": {"path": "orders.csv"}},
            {"params": {"path": "data/orders_2026.parquet"}},
        ],
        "good": [
            {"params": {"path": "orders.arrow"}},
            {"params": {"path": "customers.feather"}},
            {"params": {"path": "data/orders.arrow"}},
        ],
    },
    {
        "id": "bp14-wt-msgpack-on-text-file", "category": "WRONG_TOOL_SELECTION",
        "tool": "msgpack_unpack_file", "source": "msgpack 1.2.4 (C extension)", "fail_re": r"ExtraData: unpack\(b\) received extra data",
        "learn": [
            {"params": {"path": "events.json"}},
            {"params": {"path": "orders.csv"}},
        ],
        "repeats": [
            {"params": {"path": "config.json"}},
            {"params": {"path": "customers.csv"}},
            {"params": {"path": "order.xsd"}},
        ],
        "good": [
            {"params": {"path": "events.msgpack"}},
            {"params": {"path": "session.mpk"}},
            {"params": {"path": "data/batch.msgpack"}},
        ],
    },
    {
        "id": "bp14-wt-numpy-load-on-text-file", "category": "WRONG_TOOL_SELECTION",
        "tool": "numpy_load", "source": NUMPY, "fail_re": r"This file contains pickled \(object\) data",
        "learn": [
            {"params": {"path": "temps.csv"}},
            {"params": {"path": "readings.txt"}},
        ],
        "repeats": [
            {"params": {"path": "orders.csv"}},
            {"params": {"path": "events.json"}},
        ],
        "good": [
            {"params": {"path": "temps.npy"}},
            {"params": {"path": "grid.npz"}},
            {"params": {"path": "data/readings.npy"}},
        ],
    },
    {
        "id": "bp14-wt-h5py-on-non-hdf5", "category": "WRONG_TOOL_SELECTION",
        "tool": "h5py_read_dataset", "source": H5PY, "fail_re": r"OSError: Unable to synchronously open file \(file signature not found\)",
        "learn": [
            {"params": {"path": "temps.npy", "dataset": "temps"}},
            {"params": {"path": "orders.parquet", "dataset": "total"}},
        ],
        "repeats": [
            {"params": {"path": "grid.npz", "dataset": "x"}},
            {"params": {"path": "customers.feather", "dataset": "name"}},
            {"params": {"path": "temps.csv", "dataset": "temps"}},
        ],
        "good": [
            {"params": {"path": "weather.h5", "dataset": "temps"}},
            {"params": {"path": "weather.h5", "dataset": "sensors/pressure"}},
            {"params": {"path": "weather.h5", "dataset": "humidity"}},
        ],
    },
]
