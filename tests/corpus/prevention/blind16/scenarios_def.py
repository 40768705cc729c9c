"""Scenario definitions for blind set 16. `fail_re`, `setup`, `_setup`, `teardown` are for gen.py only and never
reach the JSONL. Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp16fx"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def BASH(cmd):
    return {"tool": "Bash", "params": {"command": cmd}}


def RUN(cmd):
    return {"tool": "run_command", "params": {"command": cmd}}


def DRIVE(tool, **params):
    """hidden setup step: run the same driver so a history entry really happened"""
    return f"{PY} {HERE}/drivers.py {tool} {shlex.quote(json.dumps(params))} >/dev/null"


PINT = "Pint 0.25.3"
JINJA = "Jinja2 3.1.6"
ZONEINFO = "Python 3.11.7 zoneinfo (system tzdata)"
PYGMENTS = "Pygments 2.21.0 CLI (`pygmentize`)"
LXML = "lxml 6.2.0 (libxml2)"
CRON = "croniter 7.0.0"
DATEUTIL = "python-dateutil 4.0.0"
EMAILV = "email-validator 2.4.0 (check_deliverability=False)"
PYOTP = "PyOTP 2.12.1 (base64.b32decode)"
TOMLKIT = "tomlkit 0.15.3"
PHONE = "phonenumbers 9.0.43"
ITSD = "itsdangerous 2.2.0"
PYZIP = "pyzipper 0.4.0"
SQLPARSE = "sqlparse 0.6.1 CLI (`sqlformat`, argparse)"
MKDOCS = "mkdocs 1.6.1 CLI (click)"
DBM = "Python 3.11.7 dbm"
DUCKDB = "duckdb 2.0.1 (Python API)"
LMDB = "lmdb 3.0.0 (py-lmdb, bundled LMDB)"
SPHINX = "Sphinx 9.0.4 CLI (`sphinx-quickstart`)"
PIL = "Pillow 13.0.0"
XMLTODICT = "xmltodict 1.0.4 (expat)"
PY7ZR = "py7zr 1.1.4"
XZ = "XZ Utils xz 5.4.1"

QS = "sphinx-quickstart -q -a 'Ann Rossi'"


def lm(*ops):
    out = []
    for o in ops:
        if o == "bw":
            out.append({"op": "begin", "write": True})
        elif o == "br":
            out.append({"op": "begin"})
        elif o in ("commit", "abort"):
            out.append({"op": o})
        elif o.startswith("get:"):
            out.append({"op": "get", "key": o[4:]})
        else:
            k, v = o.split("=")
            out.append({"op": "put", "key": k, "value": v})
    return out


def zw(*ops):
    out = []
    for o in ops:
        if o == "close":
            out.append({"op": "close"})
        elif o.startswith("read:"):
            out.append({"op": "read", "name": o[5:]})
        else:
            n, t = o.split("=", 1)
            out.append({"op": "writestr", "name": n, "text": t})
    return out


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp16-ip-pint-undefined-unit", "category": "INCORRECT_PARAMETER",
        "tool": "pint_quantity_to", "source": PINT,
        "fail_re": r"UndefinedUnitError: '.+' is not defined in the unit registry",
        "learn": [
            {"params": {"value": 3, "from_unit": "stone", "to_unit": "kilo"}},
            {"params": {"value": 100, "from_unit": "kmh", "to_unit": "m/s"}},
        ],
        "repeats": [
            {"params": {"value": 21.5, "from_unit": "celcius", "to_unit": "degF"}},
            {"params": {"value": 12, "from_unit": "knotts", "to_unit": "km/h"}},
            {"params": {"value": 40, "from_unit": "sqm", "to_unit": "ft**2"}},
        ],
        "good": [
            {"params": {"value": 3, "from_unit": "stone", "to_unit": "kg"}},
            {"params": {"value": 100, "from_unit": "km/h", "to_unit": "m/s"}},
            {"params": {"value": 21.5, "from_unit": "degC", "to_unit": "degF"}},
            {"params": {"value": 12, "from_unit": "knot", "to_unit": "km/h"}},
            {"params": {"value": 40, "from_unit": "m**2", "to_unit": "ft**2"}},
        ],
    },
    {
        "id": "bp16-ip-jinja2-unknown-filter", "category": "INCORRECT_PARAMETER",
        "tool": "jinja2_template_render", "source": JINJA, "fail_re": r"TemplateAssertionError: No filter named '",
        "learn": [
            {"params": {"template": "Hello {{ name|upper_case }}!", "context": {"name": "ann"}}},
            {"params": {"template": "{{ items|len }} items in cart", "context": {"items": ["pen", "lamp"]}}},
        ],
        "repeats": [
            {"params": {"template": "Total: {{ total|currency }}", "context": {"total": 120.5}}},
            {"params": {"template": "{{ tags|implode(', ') }}", "context": {"tags": ["office", "wood"]}}},
            {"params": {"template": "{{ created|strftime('%Y-%m-%d') }}", "context": {"created": "2026-12-03"}}},
        ],
        "good": [
            {"params": {"template": "Hello {{ name|upper }}!", "context": {"name": "ann"}}},
            {"params": {"template": "{{ items|length }} items in cart", "context": {"items": ["pen", "lamp"]}}},
            {"params": {"template": "Total: {{ '%.2f'|format(total) }} EUR", "context": {"total": 120.5}}},
            {"params": {"template": "{{ tags|join(', ') }}", "context": {"tags": ["office", "wood"]}}},
            {"params": {"template": "{{ name|title|truncate(10) }}", "context": {"name": "ann rossi"}}},
        ],
    },
    {
        "id": "bp16-ip-zoneinfo-unknown-key", "category": "INCORRECT_PARAMETER",
        "tool": "zoneinfo_localize", "source": ZONEINFO, "fail_re": r"ZoneInfoNotFoundError: 'No time zone found with key ",
        "learn": [
            {"params": {"local": "2026-12-03T09:00", "zone": "Europe/Torino", "to_zone": "UTC"}},
            {"params": {"local": "2026-07-14T18:30", "zone": "CEST"}},
        ],
        "repeats": [
            {"params": {"local": "2026-03-01T08:00", "zone": "Asia/Mumbai", "to_zone": "Europe/London"}},
            {"params": {"local": "2026-12-24T20:00", "zone": "America/Los_Angeles", "to_zone": "PST"}},
            {"params": {"local": "2026-05-05T12:00", "zone": "Europe/Milan"}},
        ],
        "good": [
            {"params": {"local": "2026-12-03T09:00", "zone": "Europe/Rome", "to_zone": "UTC"}},
            {"params": {"local": "2026-07-14T18:30", "zone": "Europe/Berlin"}},
            {"params": {"local": "2026-03-01T08:00", "zone": "Asia/Kolkata", "to_zone": "Europe/London"}},
            {"params": {"local": "2026-12-24T20:00", "zone": "America/Los_Angeles", "to_zone": "America/New_York"}},
            {"params": {"local": "2026-05-05T12:00", "zone": "UTC"}},
        ],
    },
    {
        "id": "bp16-ip-pygmentize-unknown-lexer", "category": "INCORRECT_PARAMETER",
        "tool": "run_command", "source": PYGMENTS,
        "fail_re": r"^Error: no (lexer for alias|formatter found for name) '",
        "learn": [
            {"params": {"command": "pygmentize -l yamll -f html -o out/deploy.html config/deploy.yaml"}},
            {"params": {"command": "pygmentize -l reactjs -f html -o out/app.html web/App.jsx"}},
        ],
        "repeats": [
            {"params": {"command": "pygmentize -l python3.12 -f html -o out/app_py.html src/app.py"}},
            {"params": {"command": "pygmentize -l pyproject -f html -o out/pyproject.html pyproject.toml"}},
            {"params": {"command": "pygmentize -l dockerfile -f htm -o out/docker.html Dockerfile"}},
        ],
        "good": [
            {"params": {"command": "pygmentize -l yaml -f html -o out/deploy.html config/deploy.yaml"}},
            {"params": {"command": "pygmentize -l jsx -f html -o out/app.html web/App.jsx"}},
            {"params": {"command": "pygmentize -l python -f html -o out/app_py.html src/app.py"}},
            {"params": {"command": "pygmentize -l toml -f html -o out/pyproject.html pyproject.toml"}},
            {"params": {"command": "pygmentize -l docker -f html -o out/docker.html Dockerfile"}},
            {"params": {"command": "pygmentize -g -f html -o out/auto.html src/app.py"}},
        ],
    },
    {
        "id": "bp16-ip-lxml-xpath-unregistered-function", "category": "INCORRECT_PARAMETER",
        "tool": "lxml_xpath_eval", "source": LXML, "fail_re": r"XPathEvalError: Unregistered function",
        "learn": [
            {"params": {"path": "data/feed.xml", "xpath": "//item[lower-case(category)='news']/title"}},
            {"params": {"path": "data/feed.xml", "xpath": "//item[ends-with(link, '.pdf')]/title"}},
        ],
        "repeats": [
            {"params": {"path": "data/catalog.xml", "xpath": "//book[matches(@isbn, '^978')]/title"}},
            {"params": {"path": "data/catalog.xml", "xpath": "string-join(//book/author, ', ')"}},
            {"params": {"path": "data/feed.xml", "xpath": "upper-case(//channel/title)"}},
        ],
        "good": [
            {"params": {"path": "data/feed.xml",
                        "xpath": "//item[translate(category, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='news']/title"}},
            {"params": {"path": "data/feed.xml", "xpath": "//item[contains(link, '.pdf')]/title"}},
            {"params": {"path": "data/catalog.xml", "xpath": "//book[starts-with(@isbn, '978')]/title"}},
            {"params": {"path": "data/catalog.xml", "xpath": "count(//book)"}},
            {"params": {"path": "data/feed.xml", "xpath": "normalize-space(//channel/title)"}},
        ],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp16-pf-croniter-bad-expression", "category": "PARAMETER_FORMAT",
        "tool": "croniter_schedule", "source": CRON, "fail_re": r"CroniterBad\w*Error: ",
        "learn": [
            {"params": {"expression": "0 25 * * *", "count": 3}},
            {"params": {"expression": "*/15 * * *", "start": "2026-12-03T08:00:00"}},
        ],
        "repeats": [
            {"params": {"expression": "60 * * * *"}},
            {"params": {"expression": "@every 5m", "count": 5}},
            {"params": {"expression": "0 9 * 13 *"}},
        ],
        "good": [
            {"params": {"expression": "0 23 * * *", "count": 3}},
            {"params": {"expression": "*/15 * * * *", "start": "2026-12-03T08:00:00"}},
            {"params": {"expression": "59 * * * *"}},
            {"params": {"expression": "*/5 * * * *", "count": 5}},
            {"params": {"expression": "0 9 * 12 MON-FRI"}},
            {"params": {"expression": "@daily"}},
        ],
    },
    {
        "id": "bp16-pf-dateutil-unparseable", "category": "PARAMETER_FORMAT",
        "tool": "dateutil_parser_parse", "source": DATEUTIL, "fail_re": r"ParserError: ",
        "learn": [
            {"params": {"text": "2026-13-45"}},
            {"params": {"text": "next tuesday at 10"}},
        ],
        "repeats": [
            {"params": {"text": "2026-02-30 09:00"}},
            {"params": {"text": "in two weeks"}},
            {"params": {"text": "31/31/2026", "dayfirst": True}},
        ],
        "good": [
            {"params": {"text": "2026-12-03"}},
            {"params": {"text": "Tuesday 2026-12-08 10:00"}},
            {"params": {"text": "2026-02-28 09:00"}},
            {"params": {"text": "31/12/2026", "dayfirst": True}},
            {"params": {"text": "Dec 3 2026 14:30 UTC"}},
        ],
    },
    {
        "id": "bp16-pf-email-validator-bad-syntax", "category": "PARAMETER_FORMAT",
        "tool": "email_validator_check", "source": EMAILV, "fail_re": r"EmailSyntaxError: ",
        "learn": [
            {"params": {"email": "ann.rossi.example.com"}},
            {"params": {"email": "ann rossi@example.com"}},
        ],
        "repeats": [
            {"params": {"email": "billing@@shop.example.org"}},
            {"params": {"email": "ops@example..com"}},
            {"params": {"email": "support@"}},
        ],
        "good": [
            {"params": {"email": "ann.rossi@example.com"}},
            {"params": {"email": "ann_rossi@example.com"}},
            {"params": {"email": "billing@shop.example.org"}},
            {"params": {"email": "ops+alerts@example.com"}},
            {"params": {"email": "support@example.it"}},
        ],
    },
    {
        "id": "bp16-pf-pyotp-secret-not-base32", "category": "PARAMETER_FORMAT",
        "tool": "pyotp_totp_now", "source": PYOTP, "fail_re": r"Error: Non-base32 digit found",
        "learn": [
            {"params": {"secret": "JBSWY3DPEHPK3PX1JBSWY3DPEHPK3PX1"}},
            {"params": {"secret": "my-team-shared-secret-2026", "digits": 6}},
        ],
        "repeats": [
            {"params": {"secret": "KRSXG5CTMVRXEZLU0000KRSXG5CT", "digits": 8}},
            {"params": {"secret": "3132333435363738393031323334353637383930"}},
            {"params": {"secret": "JBSW Y3DP EHPK 3PXP JBSW Y3DP"}},
        ],
        "good": [
            {"params": {"secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"}},
            {"params": {"secret": "NV4S25DFMFWS243IMFZGKZBNONSWG4TF", "digits": 6}},
            {"params": {"secret": "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", "digits": 8}},
            {"params": {"secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"}},
        ],
    },
    {
        "id": "bp16-pf-tomlkit-invalid-toml", "category": "PARAMETER_FORMAT",
        "tool": "tomlkit_loads", "source": TOMLKIT, "fail_re": r"(Error|Char): .+ at line \d+ col \d+",
        "learn": [
            {"params": {"text": "[project]\nname = report-tool\nversion = \"0.3.1\"\n"}},
            {"params": {"text": "[server\nport = 8080\n"}},
        ],
        "repeats": [
            {"params": {"text": "[tool.lint]\nselect = [E, F, W]\n"}},
            {"params": {"text": "title = \"Quarterly report\nyear = 2026\n"}},
            {"params": {"text": "[db]\nenabled = yes\n"}},
        ],
        "good": [
            {"params": {"text": "[project]\nname = \"report-tool\"\nversion = \"0.3.1\"\n"}},
            {"params": {"text": "[server]\nport = 8080\n"}},
            {"params": {"text": "[tool.lint]\nselect = [\"E\", \"F\", \"W\"]\n"}},
            {"params": {"text": "title = \"Quarterly report\"\nyear = 2026\n"}},
            {"params": {"text": "[db]\nenabled = true\n"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp16-mp-phonenumbers-no-region", "category": "MISSING_PARAMETER",
        "tool": "phonenumbers_parse_number", "source": PHONE,
        "fail_re": r"NumberParseException: \(0\) Missing or invalid default region\.",
        "learn": [
            {"params": {"number": "06 1234 5678"}},
            {"params": {"number": "(415) 555-0132"}},
        ],
        "repeats": [
            {"params": {"number": "020 7946 0958"}},
            {"params": {"number": "030 901820", "region": None}},
            {"params": {"number": "02 1234 5678"}},
        ],
        "good": [
            {"params": {"number": "06 1234 5678", "region": "NL"}},
            {"params": {"number": "(415) 555-0132", "region": "US"}},
            {"params": {"number": "020 7946 0958", "region": "GB"}},
            {"params": {"number": "+49 30 901820"}},
            {"params": {"number": "02 1234 5678", "region": "IT"}},
        ],
    },
    {
        "id": "bp16-mp-itsdangerous-no-secret-key", "category": "MISSING_PARAMETER",
        "tool": "itsdangerous_serializer_dumps", "source": ITSD,
        "fail_re": r"missing 1 required positional argument: 'secret_key'",
        "learn": [
            {"params": {"payload": {"user_id": 42, "action": "confirm"}}},
            {"params": {"payload": {"email": "ann@example.com"}, "options": {"salt": "email-confirm"}}},
        ],
        "repeats": [
            {"params": {"payload": {"user_id": 7}, "options": {"salt": "password-reset"}}},
            {"params": {"payload": ["invite", 1893], "options": {}}},
        ],
        "good": [
            {"params": {"payload": {"user_id": 42, "action": "confirm"}, "options": {"secret_key": "dev-key-2026"}}},
            {"params": {"payload": {"email": "ann@example.com"},
                        "options": {"secret_key": "dev-key-2026", "salt": "email-confirm"}}},
            {"params": {"payload": {"user_id": 7}, "options": {"secret_key": "s3cr3t", "salt": "password-reset"}}},
            {"params": {"payload": ["invite", 1893], "options": {"secret_key": ["new-key", "old-key"]}}},
        ],
    },
    {
        "id": "bp16-mp-pyzipper-no-password", "category": "MISSING_PARAMETER",
        "tool": "pyzipper_extract_archive", "source": PYZIP,
        "fail_re": r"RuntimeError: File '.+' is encrypted with WZ_AES encryption and requires a password\.",
        "learn": [
            {"params": {"path": "secure/payroll.zip", "dest": "out/payroll"}},
            {"params": {"path": "secure/keys.zip"}},
        ],
        "repeats": [
            {"params": {"path": "secure/contracts.zip", "dest": "out/contracts"}},
            {"params": {"path": "secure/payroll.zip", "dest": "out/p2", "password": None}},
        ],
        "good": [
            {"params": {"path": "secure/payroll.zip", "dest": "out/payroll", "password": "Payroll#2026"}},
            {"params": {"path": "secure/keys.zip", "password": "k3ys-vault"}},
            {"params": {"path": "secure/contracts.zip", "dest": "out/contracts", "password": "legal-77"}},
            {"params": {"path": "secure/public.zip", "dest": "out/public"}},
        ],
    },
    {
        "id": "bp16-mp-sqlformat-no-filename", "category": "MISSING_PARAMETER",
        "tool": "run_command", "source": SQLPARSE,
        "fail_re": r"sqlformat: error: the following arguments are required: filename",
        "learn": [
            {"params": {"command": "sqlformat -r -k upper"}},
            {"params": {"command": "sqlformat --reindent -o out/report.sql"}},
        ],
        "repeats": [
            {"params": {"command": "sqlformat -a -k lower -i lower"}},
            {"params": {"command": "sqlformat -r --indent_width 2 -o out/cleanup.sql"}},
        ],
        "good": [
            {"params": {"command": "sqlformat -r -k upper queries/report.sql"}},
            {"params": {"command": "sqlformat --reindent -o out/report.sql queries/report.sql"}},
            {"params": {"command": "sqlformat -a -k lower -i lower queries/cleanup.sql"}},
            {"params": {"command": "cat queries/cleanup.sql | sqlformat -r --indent_width 2 -o out/cleanup.sql -"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp16-mq-mkdocs-build-no-project", "category": "MISSING_PREREQUISITE",
        "tool": "run_command", "source": MKDOCS,
        "fail_re": r"Config file 'mkdocs\.yml' does not exist|'[\w/]*mkdocs\.yml': No such file or directory",
        "learn": [
            {"params": {"command": "mkdocs build"}, "recent_calls": [BASH("ls")]},
            {"params": {"command": "mkdocs build -q -f handbook/mkdocs.yml"},
             "recent_calls": [RC("write_file", path="handbook/docs/index.md")]},
        ],
        "repeats": [
            {"params": {"command": "mkdocs build --site-dir out/site"}, "recent_calls": [BASH("pip install mkdocs")]},
            {"params": {"command": "mkdocs build -q --strict -f wiki/mkdocs.yml"}, "recent_calls": []},
            {"params": {"command": "cd guide && mkdocs build -q"}, "recent_calls": [BASH("mkdir -p guide")],
             "_setup": ["mkdir -p guide"]},
        ],
        "good": [
            {"params": {"command": "mkdocs build -q -f handbook/mkdocs.yml"}, "_setup": ["mkdocs new handbook"],
             "recent_calls": [RUN("mkdocs new handbook")]},
            {"params": {"command": "mkdocs build -q --strict -f wiki/mkdocs.yml"}, "_setup": ["mkdocs new wiki"],
             "recent_calls": [RUN("mkdocs new wiki"), RC("write_file", path="wiki/docs/index.md")]},
            {"params": {"command": "cd guide && mkdocs build -q --site-dir ../out/site"}, "_setup": ["mkdocs new guide"],
             "recent_calls": [RUN("mkdocs new guide")]},
            {"params": {"command": "mkdocs new notes && mkdocs build -q -f notes/mkdocs.yml"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp16-mq-dbm-db-not-created", "category": "MISSING_PREREQUISITE",
        "tool": "dbm_lookup", "source": DBM,
        "fail_re": r"error: db file doesn't exist; use 'c' or 'n' flag to create a new db",
        "learn": [
            {"params": {"path": "cache/sessions", "key": "sess-81f2"}, "recent_calls": [BASH("mkdir -p cache")]},
            {"params": {"path": "state/tokens", "key": "ann", "flag": "r"}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"path": "cache/thumbs", "key": "img-0042", "flag": "w"}, "recent_calls": [BASH("ls cache")]},
            {"params": {"path": "state/counters", "key": "visits"}, "recent_calls": [RC("fs_read", path="app.py")]},
        ],
        "good": [
            {"params": {"path": "cache/sessions", "key": "sess-81f2"},
             "_setup": [DRIVE("dbm_store", path="cache/sessions", items={"sess-81f2": "ann"})],
             "recent_calls": [RC("dbm_store", path="cache/sessions", items={"sess-81f2": "ann"})]},
            {"params": {"path": "state/tokens", "key": "ann", "flag": "r"},
             "_setup": [DRIVE("dbm_store", path="state/tokens", items={"ann": "tok-1"})],
             "recent_calls": [RC("dbm_store", path="state/tokens", items={"ann": "tok-1"})]},
            {"params": {"path": "cache/thumbs", "key": "img-0042", "flag": "w"},
             "_setup": [DRIVE("dbm_store", path="cache/thumbs", items={"img-0042": "ok"})],
             "recent_calls": [RC("dbm_store", path="cache/thumbs", items={"img-0042": "ok"})]},
            {"params": {"path": "state/counters", "key": "visits", "flag": "c"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp16-mq-duckdb-table-not-created", "category": "MISSING_PREREQUISITE",
        "tool": "duckdb_sql", "source": DUCKDB,
        "fail_re": r"CatalogException: Catalog Error: Table with name \w+ does not exist!",
        "learn": [
            {"params": {"database": "shop.duckdb", "sql": "SELECT id, total FROM orders WHERE total > 100"},
             "recent_calls": [BASH("ls")]},
            {"params": {"database": "shop.duckdb", "sql": "INSERT INTO customers VALUES (1, 'Ann Rossi')"},
             "recent_calls": []},
        ],
        "repeats": [
            {"params": {"database": "billing.duckdb", "sql": "SELECT count(*) FROM invoices"},
             "recent_calls": [RC("fs_read", path="data/invoices.csv")]},
            {"params": {"database": "shop.duckdb", "sql": "UPDATE products SET price = price * 1.1"},
             "recent_calls": []},
        ],
        "good": [
            {"params": {"database": "shop.duckdb", "sql": "SELECT id, total FROM orders WHERE total > 100"},
             "_setup": [DRIVE("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE orders(id INT, total DOUBLE)")],
             "recent_calls": [RC("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE orders(id INT, total DOUBLE)")]},
            {"params": {"database": "shop.duckdb", "sql": "INSERT INTO customers VALUES (1, 'Ann Rossi')"},
             "_setup": [DRIVE("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE customers(id INT, name VARCHAR)")],
             "recent_calls": [RC("duckdb_sql", database="shop.duckdb",
                                 sql="CREATE TABLE customers(id INT, name VARCHAR)")]},
            {"params": {"database": "billing.duckdb", "sql": "SELECT count(*) FROM invoices"},
             "_setup": [DRIVE("duckdb_sql", database="billing.duckdb",
                              sql="CREATE TABLE invoices AS SELECT * FROM read_csv('data/invoices.csv')")],
             "recent_calls": [RC("duckdb_sql", database="billing.duckdb",
                                 sql="CREATE TABLE invoices AS SELECT * FROM read_csv('data/invoices.csv')")]},
            {"params": {"database": "billing.duckdb", "sql": "SELECT count(*) FROM read_csv('data/invoices.csv')"},
             "recent_calls": [RC("fs_read", path="data/invoices.csv")]},
        ],
    },
    {
        "id": "bp16-mq-lmdb-env-not-created", "category": "MISSING_PREREQUISITE",
        "tool": "lmdb_open_env", "source": LMDB, "fail_re": r"^Error: [\w/.]+: No such file or directory",
        "learn": [
            {"params": {"path": "data/index.lmdb", "key": "doc-17"}, "recent_calls": [BASH("mkdir -p data")]},
            {"params": {"path": "cache.lmdb", "key": "etag:/home"}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"path": "data/features.lmdb", "key": "user:42"}, "recent_calls": [BASH("ls data")]},
            {"params": {"path": "queue.lmdb", "key": "job-0007", "readonly": False}, "recent_calls": []},
        ],
        "good": [
            {"params": {"path": "data/index.lmdb", "key": "doc-17"},
             "_setup": [DRIVE("lmdb_create_env", path="data/index.lmdb", items={"doc-17": "indexed"})],
             "recent_calls": [RC("lmdb_create_env", path="data/index.lmdb", items={"doc-17": "indexed"})]},
            {"params": {"path": "cache.lmdb", "key": "etag:/home"},
             "_setup": [DRIVE("lmdb_create_env", path="cache.lmdb", items={"etag:/home": "W/1"})],
             "recent_calls": [RC("lmdb_create_env", path="cache.lmdb", items={"etag:/home": "W/1"})]},
            {"params": {"path": "queue.lmdb", "key": "job-0007", "readonly": False},
             "_setup": [DRIVE("lmdb_create_env", path="queue.lmdb")],
             "recent_calls": [RC("lmdb_create_env", path="queue.lmdb")]},
        ],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp16-ws-duckdb-table-already-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "duckdb_sql", "source": DUCKDB,
        "fail_re": r"CatalogException: Catalog Error: Table with name \"\w+\" already exists!",
        "learn": [
            {"params": {"database": "shop.duckdb", "sql": "CREATE TABLE orders(id INT, total DOUBLE)"},
             "_setup": [DRIVE("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE orders(id INT, total DOUBLE)")],
             "recent_calls": [RC("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE orders(id INT, total DOUBLE)")]},
            {"params": {"database": "events.duckdb",
                        "sql": "CREATE TABLE clicks AS SELECT * FROM read_csv('data/clicks.csv')"},
             "_setup": [DRIVE("duckdb_sql", database="events.duckdb",
                              sql="CREATE TABLE clicks AS SELECT * FROM read_csv('data/clicks.csv')")],
             "recent_calls": [RC("duckdb_sql", database="events.duckdb",
                                 sql="CREATE TABLE clicks AS SELECT * FROM read_csv('data/clicks.csv')"),
                              RC("duckdb_sql", database="events.duckdb", sql="SELECT count(*) FROM clicks")]},
        ],
        "repeats": [
            {"params": {"database": "billing.duckdb", "sql": "CREATE TABLE invoices(id INT, amount DECIMAL(10,2))"},
             "_setup": [DRIVE("duckdb_sql", database="billing.duckdb", sql="CREATE TABLE invoices(id INT)")],
             "recent_calls": [RC("duckdb_sql", database="billing.duckdb", sql="CREATE TABLE invoices(id INT)")]},
            {"params": {"database": "shop.duckdb", "sql": "CREATE TABLE customers(id INT, name VARCHAR)"},
             "_setup": [DRIVE("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE customers(id INT, name VARCHAR)")],
             "recent_calls": [RC("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE customers(id INT, name VARCHAR)"),
                              RC("duckdb_sql", database="shop.duckdb", sql="INSERT INTO customers VALUES (1, 'Ann')")]},
        ],
        "good": [
            {"params": {"database": "shop.duckdb", "sql": "CREATE TABLE orders(id INT, total DOUBLE)"},
             "recent_calls": [BASH("ls")]},
            {"params": {"database": "shop.duckdb", "sql": "CREATE TABLE IF NOT EXISTS orders(id INT, total DOUBLE)"},
             "_setup": [DRIVE("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE orders(id INT, total DOUBLE)")],
             "recent_calls": [RC("duckdb_sql", database="shop.duckdb", sql="CREATE TABLE orders(id INT, total DOUBLE)")]},
            {"params": {"database": "events.duckdb",
                        "sql": "CREATE OR REPLACE TABLE clicks AS SELECT * FROM read_csv('data/clicks.csv')"},
             "_setup": [DRIVE("duckdb_sql", database="events.duckdb",
                              sql="CREATE TABLE clicks AS SELECT * FROM read_csv('data/clicks.csv')")],
             "recent_calls": [RC("duckdb_sql", database="events.duckdb",
                                 sql="CREATE TABLE clicks AS SELECT * FROM read_csv('data/clicks.csv')")]},
            {"params": {"database": "billing.duckdb", "sql": "CREATE TABLE invoices(id INT, amount DECIMAL(10,2))"},
             "_setup": [DRIVE("duckdb_sql", database="billing.duckdb", sql="CREATE TABLE invoices(id INT)"),
                        DRIVE("duckdb_sql", database="billing.duckdb", sql="DROP TABLE invoices")],
             "recent_calls": [RC("duckdb_sql", database="billing.duckdb", sql="CREATE TABLE invoices(id INT)"),
                              RC("duckdb_sql", database="billing.duckdb", sql="DROP TABLE invoices")]},
        ],
    },
    {
        "id": "bp16-ws-duckdb-commit-without-transaction", "category": "WORKFLOW_SEQUENCE",
        "tool": "duckdb_sql", "source": DUCKDB,
        "fail_re": r"TransactionException: TransactionContext Error: cannot (commit|rollback) - no transaction is active",
        "setup": [DRIVE("duckdb_sql", database="ledger.duckdb", sql="CREATE TABLE entries(id INT, amount DOUBLE)")],
        "learn": [
            {"params": {"database": "ledger.duckdb", "sql": "COMMIT"},
             "recent_calls": [RC("duckdb_sql", database="ledger.duckdb", sql="BEGIN TRANSACTION"),
                              RC("duckdb_sql", database="ledger.duckdb", sql="INSERT INTO entries VALUES (1, 50.0)")]},
            {"params": {"database": "ledger.duckdb", "sql": "INSERT INTO entries VALUES (2, -20.0); COMMIT"},
             "recent_calls": [RC("duckdb_sql", database="ledger.duckdb", sql="SELECT * FROM entries")]},
        ],
        "repeats": [
            {"params": {"database": "ledger.duckdb", "sql": "ROLLBACK"},
             "recent_calls": [RC("duckdb_sql", database="ledger.duckdb", sql="BEGIN"),
                              RC("duckdb_sql", database="ledger.duckdb", sql="DELETE FROM entries WHERE id = 1")]},
            {"params": {"database": "ledger.duckdb", "sql": "UPDATE entries SET amount = 0 WHERE id = 2; COMMIT;"},
             "recent_calls": []},
        ],
        "good": [
            {"params": {"database": "ledger.duckdb",
                        "sql": "BEGIN TRANSACTION; INSERT INTO entries VALUES (1, 50.0); COMMIT"},
             "recent_calls": [RC("duckdb_sql", database="ledger.duckdb", sql="SELECT * FROM entries")]},
            {"params": {"database": "ledger.duckdb", "sql": "BEGIN; INSERT INTO entries VALUES (2, -20.0); COMMIT;"},
             "recent_calls": []},
            {"params": {"database": "ledger.duckdb", "sql": "BEGIN; DELETE FROM entries WHERE id = 1; ROLLBACK"},
             "recent_calls": []},
            {"params": {"database": "ledger.duckdb", "sql": "UPDATE entries SET amount = 0 WHERE id = 2"},
             "recent_calls": []},
        ],
    },
    {
        "id": "bp16-ws-lmdb-txn-used-after-commit", "category": "WORKFLOW_SEQUENCE",
        "tool": "lmdb_txn_session", "source": LMDB,
        "fail_re": r"Error: Attempt to operate on closed/deleted/dropped object\.",
        "learn": [
            {"params": {"path": "data/index.lmdb", "ops": lm("bw", "doc-1=alpha", "commit", "doc-2=beta")},
             "recent_calls": []},
            {"params": {"path": "cache.lmdb", "ops": lm("bw", "etag:/home=W/1", "commit", "get:etag:/home")},
             "recent_calls": [RC("fs_read", path="app.py")]},
        ],
        "repeats": [
            {"params": {"path": "queue.lmdb", "ops": lm("bw", "job-1=new", "abort", "job-2=new")},
             "recent_calls": []},
            {"params": {"path": "data/features.lmdb", "ops": lm("br", "get:user:42", "abort", "get:user:43")},
             "recent_calls": [BASH("ls data")]},
            {"params": {"path": "data/index.lmdb", "ops": lm("bw", "doc-3=gamma", "commit", "commit")},
             "recent_calls": []},
        ],
        "good": [
            {"params": {"path": "data/index.lmdb", "ops": lm("bw", "doc-1=alpha", "commit", "bw", "doc-2=beta", "commit")},
             "recent_calls": []},
            {"params": {"path": "cache.lmdb", "ops": lm("bw", "etag:/home=W/1", "commit", "br", "get:etag:/home")},
             "recent_calls": [RC("fs_read", path="app.py")]},
            {"params": {"path": "queue.lmdb", "ops": lm("bw", "job-1=new", "abort", "bw", "job-2=new", "commit")},
             "recent_calls": []},
            {"params": {"path": "data/features.lmdb", "ops": lm("br", "get:user:42", "get:user:43", "abort")},
             "recent_calls": [BASH("ls data")]},
        ],
    },
    {
        "id": "bp16-ws-pyzipper-write-after-close", "category": "WORKFLOW_SEQUENCE",
        "tool": "pyzipper_write_session", "source": PYZIP,
        "fail_re": r"ValueError: Attempt to (write to|use) ZIP archive that was already closed",
        "learn": [
            {"params": {"path": "out/bundle.zip", "ops": zw("readme.txt=hello", "close", "notes.txt=more")},
             "recent_calls": []},
            {"params": {"path": "out/secret.zip", "password": "Payroll#2026",
                        "ops": zw("march.csv=id,amount", "close", "april.csv=id,amount")},
             "recent_calls": [RC("fs_read", path="data/invoices.csv")]},
        ],
        "repeats": [
            {"params": {"path": "out/logs.zip", "ops": zw("app.log=GET /", "close", "read:app.log", "db.log=slow query")},
             "recent_calls": []},
            {"params": {"path": "out/site.zip", "mode": "a",
                        "ops": zw("index.html=<h1>hi</h1>", "close", "about.html=<h1>about</h1>")},
             "_setup": [DRIVE("pyzipper_write_session", path="out/site.zip", ops=zw("style.css=body{}"))],
             "recent_calls": [RC("pyzipper_write_session", path="out/site.zip", ops=zw("style.css=body{}"))]},
        ],
        "good": [
            {"params": {"path": "out/bundle.zip", "ops": zw("readme.txt=hello", "notes.txt=more", "close")},
             "recent_calls": []},
            {"params": {"path": "out/secret.zip", "password": "Payroll#2026",
                        "ops": zw("march.csv=id,amount", "april.csv=id,amount")},
             "recent_calls": [RC("fs_read", path="data/invoices.csv")]},
            {"params": {"path": "out/logs.zip", "ops": zw("app.log=GET /", "read:app.log", "db.log=slow query")},
             "recent_calls": []},
            {"params": {"path": "out/site.zip", "mode": "a", "ops": zw("about.html=<h1>about</h1>", "close")},
             "_setup": [DRIVE("pyzipper_write_session", path="out/site.zip", ops=zw("index.html=<h1>hi</h1>", "close"))],
             "recent_calls": [RC("pyzipper_write_session", path="out/site.zip", ops=zw("index.html=<h1>hi</h1>", "close"))]},
        ],
    },
    {
        "id": "bp16-ws-sphinx-quickstart-already-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "run_command", "source": SPHINX,
        "fail_re": r"Error: specified path is not a directory, or sphinx files already exist\.",
        "learn": [
            {"params": {"command": f"{QS} -p 'Report Tool' docs"}, "_setup": [f"{QS} -p 'Report Tool' docs >/dev/null"],
             "recent_calls": [RUN(f"{QS} -p 'Report Tool' docs")]},
            {"params": {"command": f"{QS} -p Handbook --sep handbook"},
             "_setup": [f"{QS} -p Handbook --sep handbook >/dev/null"],
             "recent_calls": [RUN(f"{QS} -p Handbook --sep handbook"), RUN("sphinx-build -q -b html handbook/source out/hb")]},
        ],
        "repeats": [
            {"params": {"command": f"{QS} -p 'API Guide' -v 2.0 manual"}, "_setup": [f"{QS} -p 'API Guide' manual >/dev/null"],
             "recent_calls": [RUN(f"{QS} -p 'API Guide' manual"), RC("write_file", path="manual/usage.rst")]},
            {"params": {"command": f"cd site && {QS} -p Site ."}, "_setup": [f"{QS} -p Site site >/dev/null"],
             "recent_calls": [RUN(f"{QS} -p Site site")]},
        ],
        "good": [
            {"params": {"command": f"{QS} -p 'Report Tool' docs"}, "recent_calls": [BASH("ls")]},
            {"params": {"command": f"{QS} -p Handbook --sep handbook"}, "_setup": [f"{QS} -p Handbook handbook >/dev/null",
                                                                              "rm -rf handbook"],
             "recent_calls": [RUN(f"{QS} -p Handbook handbook"), BASH("rm -rf handbook")]},
            {"params": {"command": "sphinx-build -q -b html manual out/manual"},
             "_setup": [f"{QS} -p 'API Guide' manual >/dev/null"],
             "recent_calls": [RUN(f"{QS} -p 'API Guide' manual")]},
            {"params": {"command": f"mkdir -p site && cd site && {QS} -p Site ."}, "recent_calls": []},
        ],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp16-wt-pil-not-a-raster-image", "category": "WRONG_TOOL_SELECTION",
        "tool": "pil_image_info", "source": PIL, "fail_re": r"UnidentifiedImageError: cannot identify image file '",
        "learn": [
            {"params": {"path": "img/icon.svg"}},
            {"params": {"path": "docs/manual.pdf"}},
        ],
        "repeats": [
            {"params": {"path": "img/diagram.svg"}},
            {"params": {"path": "docs/invoice.pdf"}},
            {"params": {"path": "img/slides.html"}},
        ],
        "good": [
            {"params": {"path": "img/logo.png"}},
            {"params": {"path": "img/photo.jpg"}},
            {"params": {"path": "img/banner.webp"}},
            {"params": {"path": "img/spinner.gif"}},
        ],
    },
    {
        "id": "bp16-wt-lxml-parse-non-xml", "category": "WRONG_TOOL_SELECTION",
        "tool": "lxml_etree_fromstring", "source": LXML, "fail_re": r"XMLSyntaxError: Start tag expected, '<' not found",
        "learn": [
            {"params": {"path": "data/config.json"}},
            {"params": {"path": "data/settings.yaml"}},
        ],
        "repeats": [
            {"params": {"path": "data/setup.ini"}},
            {"params": {"path": "pyproject.toml"}},
            {"params": {"path": "data/invoices.csv"}},
        ],
        "good": [
            {"params": {"path": "data/feed.xml"}},
            {"params": {"path": "data/catalog.xml"}},
            {"params": {"path": "data/sitemap.xml"}},
            {"params": {"path": "img/icon.svg"}},
        ],
    },
    {
        "id": "bp16-wt-xmltodict-parse-non-xml", "category": "WRONG_TOOL_SELECTION",
        "tool": "xmltodict_parse", "source": XMLTODICT, "fail_re": r"ExpatError: (syntax error|not well-formed)",
        "learn": [
            {"params": {"path": "data/package.json"}},
            {"params": {"path": "config/deploy.yaml"}},
        ],
        "repeats": [
            {"params": {"path": "data/config.json"}},
            {"params": {"path": "data/settings.yaml"}},
            {"params": {"path": "data/setup.ini"}},
        ],
        "good": [
            {"params": {"path": "data/feed.xml"}},
            {"params": {"path": "data/catalog.xml"}},
            {"params": {"path": "data/sitemap.xml"}},
            {"params": {"path": "data/pom.xml"}},
        ],
    },
    {
        "id": "bp16-wt-py7zr-not-a-7z", "category": "WRONG_TOOL_SELECTION",
        "tool": "py7zr_list_archive", "source": PY7ZR, "fail_re": r"Bad7zFile: not a 7z file",
        "learn": [
            {"params": {"path": "archives/backup.zip"}},
            {"params": {"path": "archives/site.tar.gz"}},
        ],
        "repeats": [
            {"params": {"path": "archives/legacy.tar.bz2"}},
            {"params": {"path": "logs/app.log.xz"}},
            {"params": {"path": "secure/public.zip"}},
        ],
        "good": [
            {"params": {"path": "archives/data.7z"}},
            {"params": {"path": "archives/release.7z"}},
            {"params": {"path": "archives/photos.7z"}},
        ],
    },
    {
        "id": "bp16-wt-xz-not-xz-data", "category": "WRONG_TOOL_SELECTION",
        "tool": "run_command", "source": XZ, "fail_re": r"^xz: \S+: File format not recognized",
        "learn": [
            {"params": {"command": "xz -dc logs/web.log.gz > out/web.log"}},
            {"params": {"command": "xz -dk logs/db.log.bz2"}},
        ],
        "repeats": [
            {"params": {"command": "xz -dc logs/cache.log.zst > out/cache.log"}},
            {"params": {"command": "xz -t archives/backup.zip"}},
            {"params": {"command": "xz -dc archives/site.tar.gz > out/site.tar"}},
        ],
        "good": [
            {"params": {"command": "xz -dc logs/app.log.xz > out/app.log"}},
            {"params": {"command": "xz -dk logs/old.log.xz"}},
            {"params": {"command": "xz -t logs/app.log.xz"}},
            {"params": {"command": "xz -dc --format=lzma logs/legacy.log.lzma > out/legacy.log"}},
        ],
    },
]
