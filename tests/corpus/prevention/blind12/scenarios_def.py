"""Scenario definitions for blind set 12. `fail_re`, `setup`, `_setup` are for gen.py only and never
reach the JSONL."""

SA = "SQLAlchemy 2.1.9"
PGV = "PostgreSQL 15.20 (127.0.0.1:5432)"
SA_PG = f"{SA} + psycopg 3.3.9 against {PGV}"
SA_MY = f"{SA} + PyMySQL 1.2.4 against MariaDB 10.11.19 (127.0.0.1:3306)"
REDISPY = "redis-py 8.1.0 against redis-server (127.0.0.1:6379, db 13)"
PSQL = "psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"
MYSQL = "mysql -h127.0.0.1 -uroot"
RCLI = "redis-cli -h 127.0.0.1 -p 6379 -n 13"
HTTP = "http://127.0.0.1:18712"


def PG(db):
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{db}"


def MY(db):
    return f"mysql+pymysql://root@127.0.0.1:3306/{db}"


def pg_setup(db, sql):
    return [f"{PSQL} -d postgres -c 'CREATE DATABASE {db}'", f"{PSQL} -d {db} <<'SQL'\n{sql}\nSQL"]


def pg_sql(db, sql):
    return f"{PSQL} -d {db} <<'SQL'\n{sql}\nSQL"


def my_setup(db, sql):
    return [f"{MYSQL} -e 'CREATE DATABASE {db}'", f"{MYSQL} {db} <<'SQL'\n{sql}\nSQL"]


def RC(tool, **params):
    return {"tool": tool, "params": params}


def BASH(cmd):
    return {"tool": "Bash", "params": {"command": cmd}}


SHOP_SQL = """CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(8,2),
                     created_at date);
INSERT INTO customers VALUES (1,'ann','Rome'),(2,'bob','Lima'),(3,'cy','Oslo');
INSERT INTO orders VALUES (10,1,4.50,'2026-12-01'),(11,2,12.00,'2026-12-02');"""

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp12-ip-pint-undefined-unit", "category": "INCORRECT_PARAMETER",
        "tool": "pint_convert", "source": "Pint 0.25.3", "fail_re": r"is not defined in the unit registry",
        "learn": [
            {"params": {"value": 90, "from_unit": "kmh", "to_unit": "m/s"}},
            {"params": {"value": 3, "from_unit": "cups_us", "to_unit": "milliliter"}},
        ],
        "repeats": [
            {"params": {"value": 12, "from_unit": "psi", "to_unit": "kpa"}},
            {"params": {"value": 70, "from_unit": "farenheit", "to_unit": "degC"}},
            {"params": {"value": 2, "from_unit": "kwh", "to_unit": "joule"}},
        ],
        "good": [
            {"params": {"value": 90, "from_unit": "km/h", "to_unit": "m/s"}},
            {"params": {"value": 3, "from_unit": "cup", "to_unit": "milliliter"}},
            {"params": {"value": 12, "from_unit": "psi", "to_unit": "kPa"}},
            {"params": {"value": 2, "from_unit": "kWh", "to_unit": "joule"}},
        ],
    },
    {
        "id": "bp12-ip-arrow-unsupported-locale", "category": "INCORRECT_PARAMETER",
        "tool": "arrow_humanize", "source": "arrow 1.4.0", "fail_re": r"Unsupported locale",
        "learn": [
            {"params": {"time": "2026-12-01T12:00:00+00:00", "locale": "english"}},
            {"params": {"time": "2026-12-03T09:30:00+00:00", "locale": "xx_XX"}},
        ],
        "repeats": [
            {"params": {"time": "2026-11-20T08:00:00+00:00", "locale": "german"}},
            {"params": {"time": "2026-12-03T11:59:00+00:00", "locale": "fr-XY"}},
            {"params": {"time": "2026-10-01T00:00:00+00:00", "locale": "espanol"}},
        ],
        "good": [
            {"params": {"time": "2026-12-01T12:00:00+00:00", "locale": "en"}},
            {"params": {"time": "2026-11-20T08:00:00+00:00", "locale": "de_DE"}},
            {"params": {"time": "2026-12-03T11:59:00+00:00", "locale": "fr"}},
            {"params": {"time": "2026-10-01T00:00:00+00:00", "locale": "es"}},
        ],
    },
    {
        "id": "bp12-ip-sqlalchemy-unknown-column", "category": "INCORRECT_PARAMETER",
        "tool": "sqlalchemy_execute", "source": SA_PG, "fail_re": r"UndefinedColumn",
        "setup": pg_setup("bp12_ip_shop", SHOP_SQL),
        "learn": [
            {"params": {"url": PG("bp12_ip_shop"), "sql": "SELECT id, email FROM customers"}},
            {"params": {"url": PG("bp12_ip_shop"), "sql": "SELECT id, amount FROM orders WHERE amount > 5"}},
        ],
        "repeats": [
            {"params": {"url": PG("bp12_ip_shop"), "sql": "SELECT name, country FROM customers"}},
            {"params": {"url": PG("bp12_ip_shop"), "sql": "SELECT id FROM orders ORDER BY order_date"}},
            {"params": {"url": PG("bp12_ip_shop"), "sql": "UPDATE customers SET phone = '1' WHERE id = 1"}},
        ],
        "good": [
            {"params": {"url": PG("bp12_ip_shop"), "sql": "SELECT id, name FROM customers"}},
            {"params": {"url": PG("bp12_ip_shop"), "sql": "SELECT id, total FROM orders WHERE total > 5"}},
            {"params": {"url": PG("bp12_ip_shop"), "sql": "SELECT id FROM orders ORDER BY created_at"}},
            {"params": {"url": PG("bp12_ip_shop"), "sql": "UPDATE customers SET city = 'Pisa' WHERE id = 1"}},
        ],
    },
    {
        "id": "bp12-ip-httpx-not-found", "category": "INCORRECT_PARAMETER",
        "tool": "httpx_get", "source": "httpx 0.29.0 against Python 3.11.7 http.server (127.0.0.1:18712)",
        "fail_re": r"404 File not found",
        "learn": [
            {"params": {"url": f"{HTTP}/api/user.json"}},
            {"params": {"url": f"{HTTP}/api/orders"}},
        ],
        "repeats": [
            {"params": {"url": f"{HTTP}/static/main.js"}},
            {"params": {"url": f"{HTTP}/index.htm"}},
            {"params": {"url": f"{HTTP}/api/v1/users.json"}},
        ],
        "good": [
            {"params": {"url": f"{HTTP}/api/users.json"}},
            {"params": {"url": f"{HTTP}/api/orders.json"}},
            {"params": {"url": f"{HTTP}/static/app.js"}},
            {"params": {"url": f"{HTTP}/"}},
        ],
    },
    {
        "id": "bp12-ip-lxml-undefined-namespace-prefix", "category": "INCORRECT_PARAMETER",
        "tool": "lxml_xpath", "source": "lxml 6.1.3", "fail_re": r"Undefined namespace prefix",
        "learn": [
            {"params": {"path": "feed.xml", "expression": "//atom:entry/atom:title/text()"}},
            {"params": {"path": "pom.xml", "expression": "/m:project/m:version/text()"}},
        ],
        "repeats": [
            {"params": {"path": "feed.xml", "expression": "//media:thumbnail/@url"}},
            {"params": {"path": "pom.xml", "expression": "//pom:artifactId/text()"}},
            {"params": {"path": "feed.xml", "expression": "count(//a:entry)",
                        "namespaces": {"atom": "http://www.w3.org/2005/Atom"}}},
        ],
        "good": [
            {"params": {"path": "feed.xml", "expression": "//atom:entry/atom:title/text()",
                        "namespaces": {"atom": "http://www.w3.org/2005/Atom"}}},
            {"params": {"path": "pom.xml", "expression": "/m:project/m:version/text()",
                        "namespaces": {"m": "http://maven.apache.org/POM/4.0.0"}}},
            {"params": {"path": "feed.xml", "expression": "//media:thumbnail/@url",
                        "namespaces": {"media": "http://search.yahoo.com/mrss/"}}},
            {"params": {"path": "catalog.xml", "expression": "//book/title/text()"}},
        ],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp12-pf-email-syntax", "category": "PARAMETER_FORMAT",
        "tool": "email_validate", "source": "email-validator 2.4.0 (check_deliverability=False)",
        "fail_re": r"EmailSyntaxError",
        "learn": [
            {"params": {"email": "ann.example.com"}},
            {"params": {"email": "bob@@example.com"}},
        ],
        "repeats": [
            {"params": {"email": "cy@example"}},
            {"params": {"email": "di@ex ample.com"}},
            {"params": {"email": "eve.example.org"}},
        ],
        "good": [
            {"params": {"email": "ann@example.com"}},
            {"params": {"email": "bob@example.com"}},
            {"params": {"email": "cy@mail.example.org"}},
            {"params": {"email": "Di.Smith+news@Example.COM"}},
        ],
    },
    {
        "id": "bp12-pf-semver-invalid-string", "category": "PARAMETER_FORMAT",
        "tool": "semver_compare", "source": "semver 3.1.2", "fail_re": r"is not valid SemVer string",
        "learn": [
            {"params": {"a": "1.2", "b": "1.3.0"}},
            {"params": {"a": "2.0.0", "b": "v2.1.0"}},
        ],
        "repeats": [
            {"params": {"a": "3", "b": "3.0.1"}},
            {"params": {"a": "1.4.0", "b": "1.4.0.1"}},
            {"params": {"a": "v0.9.1", "b": "1.0.0"}},
        ],
        "good": [
            {"params": {"a": "1.2.0", "b": "1.3.0"}},
            {"params": {"a": "2.0.0", "b": "2.1.0"}},
            {"params": {"a": "1.0.0-rc.1", "b": "1.0.0"}},
            {"params": {"a": "3.0.1+build.5", "b": "3.0.1"}},
        ],
    },
    {
        "id": "bp12-pf-packaging-invalid-version", "category": "PARAMETER_FORMAT",
        "tool": "packaging_version_compare", "source": "packaging 26.4", "fail_re": r"InvalidVersion",
        "learn": [
            {"params": {"a": "1.2.x", "b": "1.3"}},
            {"params": {"a": "2.0", "b": "release-2.1"}},
        ],
        "repeats": [
            {"params": {"a": ">=1.4", "b": "1.5"}},
            {"params": {"a": "1.0.0-SNAPSHOT-42", "b": "1.0"}},
            {"params": {"a": "latest", "b": "2.0"}},
        ],
        "good": [
            {"params": {"a": "1.2.3", "b": "1.3"}},
            {"params": {"a": "2.0", "b": "2.1rc1"}},
            {"params": {"a": "v1.4", "b": "1.5.post1"}},
            {"params": {"a": "1!1.0", "b": "2.0.dev3"}},
        ],
    },
    {
        "id": "bp12-pf-arrow-format-mismatch", "category": "PARAMETER_FORMAT",
        "tool": "arrow_parse", "source": "arrow 1.4.0", "fail_re": r"ParserMatchError: Failed to match",
        "learn": [
            {"params": {"text": "02/12/2026", "format": "YYYY-MM-DD"}},
            {"params": {"text": "2026-12-02 10:30", "format": "YYYY-MM-DD HH:mm:ss"}},
        ],
        "repeats": [
            {"params": {"text": "2026.12.02", "format": "YYYY-MM-DD"}},
            {"params": {"text": "Dec 2 2026", "format": "DD/MM/YYYY"}},
            {"params": {"text": "10:30 02-12-2026", "format": "YYYY-MM-DD HH:mm"}},
        ],
        "good": [
            {"params": {"text": "02/12/2026", "format": "DD/MM/YYYY"}},
            {"params": {"text": "2026-12-02 10:30", "format": "YYYY-MM-DD HH:mm"}},
            {"params": {"text": "2026.12.02", "format": "YYYY.MM.DD"}},
            {"params": {"text": "Dec 2 2026", "format": "MMM D YYYY"}},
        ],
    },
    {
        "id": "bp12-pf-lxml-invalid-xpath", "category": "PARAMETER_FORMAT",
        "tool": "lxml_xpath", "source": "lxml 6.1.3", "fail_re": r"XPathEvalError: (Invalid|Unfinished|Missing)",
        "learn": [
            {"params": {"path": "catalog.xml", "expression": "//book[@id='b1'/title"}},
            {"params": {"path": "catalog.xml", "expression": "//book[price > 5]]/title/text()"}},
        ],
        "repeats": [
            {"params": {"path": "catalog.xml", "expression": "//book[@id=\"b2]/price"}},
            {"params": {"path": "catalog.xml", "expression": "//book/title/text(("}},
            {"params": {"path": "feed.xml", "expression": "//*[local-name()='entry'"}},
        ],
        "good": [
            {"params": {"path": "catalog.xml", "expression": "//book[@id='b1']/title/text()"}},
            {"params": {"path": "catalog.xml", "expression": "//book[price > 5]/title/text()"}},
            {"params": {"path": "catalog.xml", "expression": "//book[@id=\"b2\"]/price/text()"}},
            {"params": {"path": "feed.xml", "expression": "count(//*[local-name()='entry'])"}},
        ],
    },
    {
        "id": "bp12-pf-httpx-url-missing-scheme", "category": "PARAMETER_FORMAT",
        "tool": "httpx_get", "source": "httpx 0.29.0", "fail_re": r"missing an 'http://' or 'https://' protocol",
        "learn": [
            {"params": {"url": "127.0.0.1:18712/api/users.json"}},
            {"params": {"url": "/api/orders.json"}},
        ],
        "repeats": [
            {"params": {"url": "www.example.com/index.html"}},
            {"params": {"url": "api/users.json", "params": {"page": 2}}},
            {"params": {"url": "//127.0.0.1:18712/static/app.js"}},
        ],
        "good": [
            {"params": {"url": f"{HTTP}/api/users.json"}},
            {"params": {"url": f"{HTTP}/api/orders.json"}},
            {"params": {"url": f"{HTTP}/api/users.json", "params": {"page": 2}}},
            {"params": {"url": f"{HTTP}/static/app.js"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp12-mp-pydantic-field-required", "category": "MISSING_PARAMETER",
        "tool": "pydantic_validate", "source": "pydantic 2.14.4", "fail_re": r"Field required \[type=missing",
        "learn": [
            {"params": {"model": "User", "data": {"name": "ann", "age": 34}}},
            {"params": {"model": "Order", "data": {"order_id": 10, "quantity": 2}}},
        ],
        "repeats": [
            {"params": {"model": "User", "data": {"email": "bob@example.com"}}},
            {"params": {"model": "Order", "data": {"sku": "PEN-1", "quantity": 3}}},
            {"params": {"model": "Order", "data": {"order_id": 12, "sku": "INK-2"}}},
        ],
        "good": [
            {"params": {"model": "User", "data": {"name": "ann", "email": "ann@example.com", "age": 34}}},
            {"params": {"model": "User", "data": {"name": "bob", "email": "bob@example.com"}}},
            {"params": {"model": "Order", "data": {"order_id": 10, "sku": "PEN-1", "quantity": 2}}},
            {"params": {"model": "Order", "data": {"order_id": 12, "sku": "INK-2", "quantity": 1,
                                                   "ship_date": "2026-12-05"}}},
        ],
    },
    {
        "id": "bp12-mp-invoicectl-missing-option", "category": "MISSING_PARAMETER",
        "tool": "invoicectl", "source": "click 8.5.1 (invoicectl: a click app of mine, Python 3.11.7)",
        "fail_re": r"Error: Missing (option|argument)",
        "learn": [
            {"params": {"args": ["create", "--amount", "120"]}},
            {"params": {"args": ["send", "INV-1"]}},
        ],
        "repeats": [
            {"params": {"args": ["create", "--customer", "c-42"]}},
            {"params": {"args": ["send", "--email", "ann@example.com"]}},
            {"params": {"args": ["create", "--currency", "USD", "--amount", "9.5"]}},
        ],
        "good": [
            {"params": {"args": ["create", "--customer", "c-7", "--amount", "120"]}},
            {"params": {"args": ["create", "--customer", "c-42", "--amount", "9.5", "--currency", "USD"]}},
            {"params": {"args": ["send", "INV-1", "--email", "ann@example.com"]}},
            {"params": {"args": ["list"]}},
        ],
    },
    {
        "id": "bp12-mp-sqlalchemy-bind-parameter", "category": "MISSING_PARAMETER",
        "tool": "sqlalchemy_execute", "source": SA_PG, "fail_re": r"A value is required for bind parameter",
        "setup": pg_setup("bp12_mp_shop", SHOP_SQL),
        "learn": [
            {"params": {"url": PG("bp12_mp_shop"), "sql": "SELECT name FROM customers WHERE id = :id"}},
            {"params": {"url": PG("bp12_mp_shop"), "sql": "SELECT id FROM orders WHERE customer_id = :cid "
                        "AND total > :min_total", "params": {"cid": 1}}},
        ],
        "repeats": [
            {"params": {"url": PG("bp12_mp_shop"), "sql": "UPDATE customers SET city = :city WHERE id = :id",
                        "params": {"id": 2}}},
            {"params": {"url": PG("bp12_mp_shop"), "sql": "SELECT * FROM orders WHERE created_at >= :since",
                        "params": {}}},
            {"params": {"url": PG("bp12_mp_shop"), "sql": "DELETE FROM orders WHERE id = :order_id",
                        "params": {"id": 10}}},
        ],
        "good": [
            {"params": {"url": PG("bp12_mp_shop"), "sql": "SELECT name FROM customers WHERE id = :id",
                        "params": {"id": 1}}},
            {"params": {"url": PG("bp12_mp_shop"), "sql": "SELECT id FROM orders WHERE customer_id = :cid "
                        "AND total > :min_total", "params": {"cid": 1, "min_total": 2}}},
            {"params": {"url": PG("bp12_mp_shop"), "sql": "UPDATE customers SET city = :city WHERE id = :id",
                        "params": {"id": 2, "city": "Cusco"}}},
            {"params": {"url": PG("bp12_mp_shop"), "sql": "SELECT count(*) FROM orders"}},
        ],
    },
    {
        "id": "bp12-mp-redispy-hset-no-fields", "category": "MISSING_PARAMETER",
        "tool": "redispy_hset", "source": REDISPY, "fail_re": r"'hset' with no key value pairs",
        "learn": [
            {"params": {"key": "bp12:user:1"}},
            {"params": {"key": "bp12:cart:7", "mapping": {}}},
        ],
        "repeats": [
            {"params": {"key": "bp12:session:abc"}},
            {"params": {"key": "bp12:profile:9", "mapping": {}}},
        ],
        "good": [
            {"params": {"key": "bp12:user:1", "mapping": {"name": "ann", "city": "Rome"}}},
            {"params": {"key": "bp12:cart:7", "mapping": {"sku-1": "2"}}},
            {"params": {"key": "bp12:session:abc", "mapping": {"user": "1", "ttl": "3600"}}},
        ],
    },
    {
        "id": "bp12-mp-phonenumbers-no-region", "category": "MISSING_PARAMETER",
        "tool": "phonenumbers_parse", "source": "phonenumbers 9.0.43",
        "fail_re": r"Missing or invalid default region",
        "learn": [
            {"params": {"number": "020 7946 0958"}},
            {"params": {"number": "(212) 555-0123"}},
        ],
        "repeats": [
            {"params": {"number": "030 901820"}},
            {"params": {"number": "06 12 34 56 78"}},
            {"params": {"number": "0412 345 678"}},
        ],
        "good": [
            {"params": {"number": "020 7946 0958", "region": "GB"}},
            {"params": {"number": "(212) 555-0123", "region": "US"}},
            {"params": {"number": "030 901820", "region": "DE"}},
            {"params": {"number": "+33 6 12 34 56 78"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp12-mq-sqlalchemy-driver-not-installed", "category": "MISSING_PREREQUISITE",
        "tool": "sqlalchemy_connect", "source": SA + "; mysqlclient, cx_Oracle, pyodbc, mysql-connector, psycopg2 not installed",
        "fail_re": r"ModuleNotFoundError: No module named",
        "learn": [
            {"params": {"url": "mysql+mysqldb://root@127.0.0.1:3306/mysql"},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy"])]},
            {"params": {"url": "oracle+cx_oracle://scott@127.0.0.1:1521/xe"},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy", "pymysql"])]},
        ],
        "repeats": [
            {"params": {"url": "mssql+pyodbc://sa@127.0.0.1:1433/master?driver=ODBC+Driver+18"},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy"])]},
            {"params": {"url": "mysql+mysqlconnector://root@127.0.0.1:3306/mysql"}, "recent_calls": []},
            {"params": {"url": "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy", "psycopg[binary]"])]},
        ],
        "good": [
            {"params": {"url": "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy", "psycopg[binary]"])]},
            {"params": {"url": "mysql+pymysql://root@127.0.0.1:3306/mysql"},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy", "pymysql"])]},
            {"params": {"url": "sqlite:///local.db"}, "recent_calls": [RC("pip_install", packages=["sqlalchemy"])]},
        ],
    },
    {
        "id": "bp12-mq-sqlalchemy-database-does-not-exist", "category": "MISSING_PREREQUISITE",
        "tool": "sqlalchemy_connect", "source": f"{SA_PG}; {SA_MY}",
        "fail_re": r"database \"bp12_\w+\" does not exist|Unknown database 'bp12_\w+'",
        "learn": [
            {"params": {"url": PG("bp12_mq_inventory")},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy", "psycopg[binary]"])]},
            {"params": {"url": MY("bp12_mq_crm")},
             "recent_calls": [RC("sqlalchemy_connect", url="mysql+pymysql://root@127.0.0.1:3306/mysql")]},
        ],
        "repeats": [
            {"params": {"url": PG("bp12_mq_analytics")}, "recent_calls": []},
            {"params": {"url": MY("bp12_mq_billing")},
             "recent_calls": [RC("pip_install", packages=["sqlalchemy", "pymysql"])]},
        ],
        "good": [
            {"params": {"url": PG("bp12_mq_inventory")},
             "recent_calls": [BASH("createdb -h 127.0.0.1 -U postgres bp12_mq_inventory")],
             "_setup": [f"{PSQL} -d postgres -c 'CREATE DATABASE bp12_mq_inventory'"]},
            {"params": {"url": MY("bp12_mq_crm")},
             "recent_calls": [BASH("mysql -h127.0.0.1 -uroot -e 'CREATE DATABASE bp12_mq_crm'")],
             "_setup": [f"{MYSQL} -e 'CREATE DATABASE bp12_mq_crm'"]},
            {"params": {"url": PG("postgres")}, "recent_calls": []},
        ],
    },
    {
        "id": "bp12-mq-markdown-extension-not-installed", "category": "MISSING_PREREQUISITE",
        "tool": "markdown_render", "source": "Markdown 3.11.3; pymdown-extensions, mdx_truly_sane_lists, "
        "markdown-katex, markdown-include not installed", "fail_re": r"No module named",
        "learn": [
            {"params": {"path": "README.md", "extensions": ["pymdownx.tasklist"]},
             "recent_calls": [RC("pip_install", packages=["markdown"])]},
            {"params": {"path": "CHANGELOG.md", "extensions": ["mdx_truly_sane_lists"]}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"path": "README.md", "extensions": ["tables", "markdown_katex"]},
             "recent_calls": [RC("pip_install", packages=["markdown"])]},
            {"params": {"path": "CHANGELOG.md", "extensions": ["markdown_include.include"]}, "recent_calls": []},
        ],
        "good": [
            {"params": {"path": "README.md", "extensions": ["tables", "fenced_code"]},
             "recent_calls": [RC("pip_install", packages=["markdown"])]},
            {"params": {"path": "CHANGELOG.md", "extensions": ["admonition", "toc"]}, "recent_calls": []},
            {"params": {"path": "README.md"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp12-mq-redispy-xreadgroup-no-group", "category": "MISSING_PREREQUISITE",
        "tool": "redispy_xreadgroup", "source": REDISPY, "fail_re": r"NOGROUP No such key",
        "setup": [f"{RCLI} XADD bp12:orders '*' id 10 total 4.5", f"{RCLI} XADD bp12:orders '*' id 11 total 12",
                  f"{RCLI} XADD bp12:events '*' type login user ann"],
        "learn": [
            {"params": {"stream": "bp12:orders", "group": "billing", "consumer": "w1"},
             "recent_calls": [RC("redispy_xadd", stream="bp12:orders", fields={"id": "11", "total": "12"})]},
            {"params": {"stream": "bp12:events", "group": "audit", "consumer": "a1", "count": 5},
             "recent_calls": []},
        ],
        "repeats": [
            {"params": {"stream": "bp12:orders", "group": "shipping", "consumer": "s1"},
             "recent_calls": [RC("redispy_xadd", stream="bp12:orders", fields={"id": "10", "total": "4.5"})]},
            {"params": {"stream": "bp12:events", "group": "metrics", "consumer": "m1"}, "recent_calls": []},
        ],
        "good": [
            {"params": {"stream": "bp12:orders", "group": "billing", "consumer": "w1"},
             "recent_calls": [RC("redispy_xgroup_create", stream="bp12:orders", group="billing", id="0")],
             "_setup": [f"{RCLI} XGROUP CREATE bp12:orders billing 0"]},
            {"params": {"stream": "bp12:events", "group": "audit", "consumer": "a1", "count": 5},
             "recent_calls": [RC("redispy_xgroup_create", stream="bp12:events", group="audit", id="0")],
             "_setup": [f"{RCLI} XGROUP CREATE bp12:events audit 0"]},
            {"params": {"stream": "bp12:orders", "group": "billing", "consumer": "w2", "id": "0"},
             "recent_calls": [RC("redispy_xreadgroup", stream="bp12:orders", group="billing", consumer="w1")]},
        ],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp12-ws-sqlalchemy-insert-child-before-parent", "category": "WORKFLOW_SEQUENCE",
        "tool": "sqlalchemy_insert", "source": SA_PG, "fail_re": r"ForeignKeyViolation",
        "setup": pg_setup("bp12_ws_shop", SHOP_SQL),
        "learn": [
            {"params": {"url": PG("bp12_ws_shop"), "table": "orders",
                        "rows": [{"id": 20, "customer_id": 7, "total": 9.99, "created_at": "2026-12-03"}]},
             "recent_calls": [RC("sqlalchemy_execute", url=PG("bp12_ws_shop"), sql="SELECT id FROM customers")]},
            {"params": {"url": PG("bp12_ws_shop"), "table": "orders",
                        "rows": [{"id": 21, "customer_id": 8, "total": 3.0}]},
             "recent_calls": []},
        ],
        "repeats": [
            {"params": {"url": PG("bp12_ws_shop"), "table": "orders",
                        "rows": [{"id": 22, "customer_id": 9, "total": 15.5, "created_at": "2026-12-04"}]},
             "recent_calls": []},
            {"params": {"url": PG("bp12_ws_shop"), "table": "orders",
                        "rows": [{"id": 23, "customer_id": 1, "total": 1.0}, {"id": 24, "customer_id": 12, "total": 2.0}]},
             "recent_calls": [RC("sqlalchemy_insert", url=PG("bp12_ws_shop"), table="orders",
                                 rows=[{"id": 19, "customer_id": 2, "total": 5.0}])],
             "_setup": [pg_sql("bp12_ws_shop", "INSERT INTO orders (id, customer_id, total) VALUES (19, 2, 5.0);")]},
        ],
        "good": [
            {"params": {"url": PG("bp12_ws_shop"), "table": "customers", "rows": [{"id": 7, "name": "gil", "city": "Bern"}]},
             "recent_calls": []},
            {"params": {"url": PG("bp12_ws_shop"), "table": "orders",
                        "rows": [{"id": 20, "customer_id": 7, "total": 9.99, "created_at": "2026-12-03"}]},
             "recent_calls": [RC("sqlalchemy_insert", url=PG("bp12_ws_shop"), table="customers",
                                 rows=[{"id": 7, "name": "gil", "city": "Bern"}])]},
            {"params": {"url": PG("bp12_ws_shop"), "table": "orders",
                        "rows": [{"id": 22, "customer_id": 9, "total": 15.5, "created_at": "2026-12-04"}]},
             "recent_calls": [RC("sqlalchemy_insert", url=PG("bp12_ws_shop"), table="customers",
                                 rows=[{"id": 9, "name": "ida"}])],
             "_setup": [pg_sql("bp12_ws_shop", "INSERT INTO customers (id, name) VALUES (9, 'ida');")]},
            {"params": {"url": PG("bp12_ws_shop"), "table": "orders",
                        "rows": [{"id": 25, "customer_id": 3, "total": 7.25}]}, "recent_calls": []},
        ],
    },
    {
        "id": "bp12-ws-sqlalchemy-drop-referenced-table", "category": "WORKFLOW_SEQUENCE",
        "tool": "sqlalchemy_drop_table", "source": SA_PG, "fail_re": r"because other objects depend on it",
        "setup": pg_setup("bp12_ws_drop", SHOP_SQL + """
CREATE TABLE products (sku text PRIMARY KEY, title text);
CREATE TABLE order_items (order_id int REFERENCES orders(id), sku text REFERENCES products(sku), qty int);
CREATE TABLE authors (id int PRIMARY KEY, name text);
CREATE TABLE books (id int PRIMARY KEY, author_id int REFERENCES authors(id));
CREATE TABLE tags (id int PRIMARY KEY);
CREATE TABLE post_tags (tag_id int REFERENCES tags(id));"""),
        "learn": [
            {"params": {"url": PG("bp12_ws_drop"), "table": "customers"},
             "recent_calls": [RC("sqlalchemy_execute", url=PG("bp12_ws_drop"), sql="SELECT count(*) FROM customers")]},
            {"params": {"url": PG("bp12_ws_drop"), "table": "products"}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"url": PG("bp12_ws_drop"), "table": "authors"}, "recent_calls": []},
            {"params": {"url": PG("bp12_ws_drop"), "table": "tags"},
             "recent_calls": [RC("sqlalchemy_drop_table", url=PG("bp12_ws_drop"), table="books")],
             "_setup": [pg_sql("bp12_ws_drop", "DROP TABLE books;")]},
        ],
        "good": [
            {"params": {"url": PG("bp12_ws_drop"), "table": "order_items"}, "recent_calls": []},
            {"params": {"url": PG("bp12_ws_drop"), "table": "products"},
             "recent_calls": [RC("sqlalchemy_drop_table", url=PG("bp12_ws_drop"), table="order_items")]},
            {"params": {"url": PG("bp12_ws_drop"), "table": "orders"},
             "recent_calls": [RC("sqlalchemy_drop_table", url=PG("bp12_ws_drop"), table="order_items")]},
            {"params": {"url": PG("bp12_ws_drop"), "table": "customers"},
             "recent_calls": [RC("sqlalchemy_drop_table", url=PG("bp12_ws_drop"), table="orders")]},
            {"params": {"url": PG("bp12_ws_drop"), "table": "authors"},
             "recent_calls": [RC("sqlalchemy_drop_table", url=PG("bp12_ws_drop"), table="books")]},
        ],
    },
    {
        "id": "bp12-ws-sqlalchemy-currval-before-nextval", "category": "WORKFLOW_SEQUENCE",
        "tool": "sqlalchemy_execute", "source": SA_PG, "fail_re": r"is not yet defined in this session",
        "setup": pg_setup("bp12_ws_seq", "CREATE SEQUENCE invoice_seq; CREATE SEQUENCE ticket_seq START 100;"
                          " CREATE SEQUENCE batch_seq; CREATE SEQUENCE job_seq;"),
        "learn": [
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT currval('invoice_seq')"},
             "recent_calls": [RC("sqlalchemy_execute", url=PG("bp12_ws_seq"), sql="CREATE SEQUENCE invoice_seq")]},
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT currval('ticket_seq') AS last_ticket"},
             "recent_calls": []},
        ],
        "repeats": [
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT currval('batch_seq') + 1"}, "recent_calls": []},
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT 'JOB-' || currval('job_seq')"},
             "recent_calls": [RC("sqlalchemy_execute", url=PG("bp12_ws_seq"), sql="CREATE SEQUENCE job_seq")]},
        ],
        "good": [
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT nextval('invoice_seq'), currval('invoice_seq')"},
             "recent_calls": []},
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT nextval('ticket_seq')"}, "recent_calls": []},
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT last_value FROM batch_seq"}, "recent_calls": []},
            {"params": {"url": PG("bp12_ws_seq"), "sql": "SELECT setval('job_seq', 5), currval('job_seq')"},
             "recent_calls": []},
        ],
    },
    {
        "id": "bp12-ws-sqlalchemy-delete-parent-before-children", "category": "WORKFLOW_SEQUENCE",
        "tool": "sqlalchemy_delete", "source": SA_MY, "fail_re": r"Cannot delete or update a parent row",
        "setup": my_setup("bp12_ws_store", """CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(20)) ENGINE=InnoDB;
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, total DECIMAL(8,2),
  FOREIGN KEY (customer_id) REFERENCES customers(id)) ENGINE=InnoDB;
CREATE TABLE suppliers (id INT PRIMARY KEY, name VARCHAR(20)) ENGINE=InnoDB;
CREATE TABLE products (sku VARCHAR(10) PRIMARY KEY, supplier_id INT,
  FOREIGN KEY (supplier_id) REFERENCES suppliers(id)) ENGINE=InnoDB;
INSERT INTO customers VALUES (1,'ann'),(2,'bob'),(3,'cy'),(4,'di');
INSERT INTO orders VALUES (10,1,4.5),(11,2,12),(12,4,3);
INSERT INTO suppliers VALUES (1,'acme'),(2,'globex'),(3,'initech');
INSERT INTO products VALUES ('PEN',1),('INK',2);"""),
        "learn": [
            {"params": {"url": MY("bp12_ws_store"), "table": "customers", "where": {"id": 1}},
             "recent_calls": [RC("sqlalchemy_execute", url=MY("bp12_ws_store"), sql="SELECT * FROM customers")]},
            {"params": {"url": MY("bp12_ws_store"), "table": "suppliers", "where": {"id": 2}}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"url": MY("bp12_ws_store"), "table": "customers", "where": {"id": 4}}, "recent_calls": []},
            {"params": {"url": MY("bp12_ws_store"), "table": "suppliers", "where": {"id": 1}},
             "recent_calls": [RC("sqlalchemy_delete", url=MY("bp12_ws_store"), table="products", where={"sku": "INK"})],
             "_setup": [f"{MYSQL} bp12_ws_store -e \"DELETE FROM products WHERE sku='INK'\""]},
        ],
        "good": [
            {"params": {"url": MY("bp12_ws_store"), "table": "orders", "where": {"customer_id": 1}},
             "recent_calls": []},
            {"params": {"url": MY("bp12_ws_store"), "table": "customers", "where": {"id": 1}},
             "recent_calls": [RC("sqlalchemy_delete", url=MY("bp12_ws_store"), table="orders", where={"customer_id": 1})]},
            {"params": {"url": MY("bp12_ws_store"), "table": "customers", "where": {"id": 3}}, "recent_calls": []},
            {"params": {"url": MY("bp12_ws_store"), "table": "suppliers", "where": {"id": 2}},
             "recent_calls": [RC("sqlalchemy_delete", url=MY("bp12_ws_store"), table="products", where={"sku": "INK"})]},
        ],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp12-wt-tarfile-extract-zip", "category": "WRONG_TOOL_SELECTION",
        "tool": "tarfile_extract", "source": "Python 3.11.7 tarfile", "fail_re": r"ReadError: file could not be opened",
        "learn": [
            {"params": {"archive": "site.zip", "dest": "out"}},
            {"params": {"archive": "bundle.jar", "dest": "jar"}},
        ],
        "repeats": [
            {"params": {"archive": "docs.zip", "dest": "docs"}},
            {"params": {"archive": "report.docx", "dest": "rep"}},
        ],
        "good": [
            {"params": {"archive": "backup.tar.gz", "dest": "out"}},
            {"params": {"archive": "logs.tar.bz2", "dest": "logs"}},
            {"params": {"archive": "release.tar", "dest": "rel"}},
            {"params": {"archive": "src.tgz", "dest": "src"}},
        ],
    },
    {
        "id": "bp12-wt-zipfile-extract-tar", "category": "WRONG_TOOL_SELECTION",
        "tool": "zipfile_extract", "source": "Python 3.11.7 zipfile", "fail_re": r"BadZipFile: File is not a zip file",
        "learn": [
            {"params": {"archive": "backup.tar.gz", "dest": "out"}},
            {"params": {"archive": "release.tar", "dest": "rel"}},
        ],
        "repeats": [
            {"params": {"archive": "logs.tar.bz2", "dest": "logs"}},
            {"params": {"archive": "src.tgz", "dest": "src"}},
        ],
        "good": [
            {"params": {"archive": "site.zip", "dest": "out"}},
            {"params": {"archive": "bundle.jar", "dest": "jar"}},
            {"params": {"archive": "docs.zip", "dest": "docs"}},
            {"params": {"archive": "report.docx", "dest": "rep"}},
        ],
    },
    {
        "id": "bp12-wt-redispy-get-non-string-key", "category": "WRONG_TOOL_SELECTION",
        "tool": "redispy_get", "source": REDISPY, "fail_re": r"WRONGTYPE Operation against a key holding the wrong kind",
        "setup": [f"{RCLI} HSET bp12:cart:1 pen 2 ink 1", f"{RCLI} RPUSH bp12:queue:mail a b",
                  f"{RCLI} SADD bp12:tags:post1 db redis", f"{RCLI} ZADD bp12:leaderboard 10 ann 7 bob",
                  f"{RCLI} HSET bp12:user:2 name bob", f"{RCLI} SET bp12:session:1 u1",
                  f"{RCLI} SET bp12:counter:visits 42", f"{RCLI} SET bp12:config:mode blue"],
        "learn": [
            {"params": {"key": "bp12:cart:1"}},
            {"params": {"key": "bp12:queue:mail"}},
        ],
        "repeats": [
            {"params": {"key": "bp12:tags:post1"}},
            {"params": {"key": "bp12:leaderboard"}},
            {"params": {"key": "bp12:user:2"}},
        ],
        "good": [
            {"params": {"key": "bp12:session:1"}},
            {"params": {"key": "bp12:counter:visits"}},
            {"params": {"key": "bp12:config:mode"}},
        ],
    },
    {
        "id": "bp12-wt-sqlalchemy-select-procedure", "category": "WRONG_TOOL_SELECTION",
        "tool": "sqlalchemy_execute", "source": SA_PG, "fail_re": r"is a procedure",
        "setup": pg_setup("bp12_wt_proc", SHOP_SQL + """
CREATE PROCEDURE archive_orders(days int) LANGUAGE sql AS $$ SELECT 1 $$;
CREATE PROCEDURE refresh_stats() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE PROCEDURE purge_sessions(max_age int) LANGUAGE sql AS $$ SELECT 1 $$;
CREATE PROCEDURE rebuild_index(name text) LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION order_total(oid int) RETURNS numeric LANGUAGE sql AS $$ SELECT total FROM orders WHERE id = oid $$;"""),
        "learn": [
            {"params": {"url": PG("bp12_wt_proc"), "sql": "SELECT archive_orders(30)"}},
            {"params": {"url": PG("bp12_wt_proc"), "sql": "SELECT refresh_stats()"}},
        ],
        "repeats": [
            {"params": {"url": PG("bp12_wt_proc"), "sql": "SELECT purge_sessions(3600)"}},
            {"params": {"url": PG("bp12_wt_proc"), "sql": "SELECT * FROM rebuild_index('orders')"}},
        ],
        "good": [
            {"params": {"url": PG("bp12_wt_proc"), "sql": "CALL archive_orders(30)"}},
            {"params": {"url": PG("bp12_wt_proc"), "sql": "CALL refresh_stats()"}},
            {"params": {"url": PG("bp12_wt_proc"), "sql": "SELECT order_total(10)"}},
            {"params": {"url": PG("bp12_wt_proc"), "sql": "CALL purge_sessions(3600)"}},
        ],
    },
    {
        "id": "bp12-wt-yaml-safe-load-multi-document", "category": "WRONG_TOOL_SELECTION",
        "tool": "yaml_safe_load", "source": "PyYAML 6.0.4", "fail_re": r"expected a single document in the stream",
        "learn": [
            {"params": {"path": "k8s.yaml"}},
            {"params": {"path": "docs.yaml"}},
        ],
        "repeats": [
            {"params": {"path": "deploy.yaml"}},
            {"params": {"path": "events.yaml"}},
        ],
        "good": [
            {"params": {"path": "config.yaml"}},
            {"params": {"path": "compose.yml"}},
            {"params": {"path": "values.yaml"}},
        ],
    },
]
