"""Scenario definitions for blind set 13. `fail_re`, `setup`, `_setup`, `teardown` are for gen.py only and never
reach the JSONL. Run gen.py with the venv python (this module imports PyJWT to make test tokens)."""
import jwt

PY = "/work/blind-prev13/.venv/bin/python"
JWT_KEY = "bp13-throwaway-test-key-not-a-secret-" + "0" * 40  # fixed test key, never in any error text


def TOK(payload, alg="HS256"):
    return jwt.encode(payload, JWT_KEY, algorithm=alg)


def RC(tool, **params):
    return {"tool": tool, "params": params}


def BASH(cmd):
    return {"tool": "Bash", "params": {"command": cmd}}


SHOP = ("sqlite3 shop.db \"CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        " CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(id),"
        " total REAL); CREATE TABLE payment(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),"
        " amount REAL); INSERT INTO customer VALUES (1,'ann'),(2,'bob');"
        " INSERT INTO orders VALUES (10,1,4.5),(11,2,12.0);\"")


def AMQP_DECLARE(exchange):
    return (f"{PY} -c \"from kombu import Connection, Exchange; c=Connection('amqp://guest:guest@127.0.0.1:5672//');"
            f" Exchange('{exchange}', 'direct', channel=c.channel()).declare(); c.release()\"")


OPENPYXL = "openpyxl 3.1.5"
APSW = "apsw 3.54.1.0 (SQLite 3.54.1)"
PEEWEE = "peewee 4.5.3 (sqlite3 module of Python 3.11.7)"
CRYPTO = "cryptography 50.0.2"
PYJWT = "PyJWT 2.15.1"
MARSH = "marshmallow 4.4.0"
KOMBU = "kombu 5.7.0 (py-amqp 5.4.2) against RabbitMQ on 127.0.0.1:5672"

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp13-ip-openpyxl-unknown-sheet", "category": "INCORRECT_PARAMETER",
        "tool": "openpyxl_read_sheet", "source": OPENPYXL, "fail_re": r"Worksheet .* does not exist",
        "learn": [
            {"params": {"path": "sales.xlsx", "sheet": "Sheet1"}},
            {"params": {"path": "sales.xlsx", "sheet": "orders"}},
        ],
        "repeats": [
            {"params": {"path": "stock.xlsx", "sheet": "Inventory 2026"}},
            {"params": {"path": "sales.xlsx", "sheet": "Customer"}},
            {"params": {"path": "stock.xlsx", "sheet": "Sheet2"}},
        ],
        "good": [
            {"params": {"path": "sales.xlsx", "sheet": "Orders"}},
            {"params": {"path": "sales.xlsx", "sheet": "Customers"}},
            {"params": {"path": "stock.xlsx", "sheet": "Inventory"}},
            {"params": {"path": "stock.xlsx"}},
        ],
    },
    {
        "id": "bp13-ip-polars-unknown-column", "category": "INCORRECT_PARAMETER",
        "tool": "polars_select", "source": "polars 2.1.0", "fail_re": r"ColumnNotFoundError: unable to find column",
        "learn": [
            {"params": {"path": "customers.csv", "columns": ["id", "email"]}},
            {"params": {"path": "orders.csv", "columns": ["order_id", "total"]}},
        ],
        "repeats": [
            {"params": {"path": "customers.csv", "columns": ["name", "country"]}},
            {"params": {"path": "orders.csv", "columns": ["id", "amount"]}},
            {"params": {"path": "orders.csv", "columns": ["Total"]}},
        ],
        "good": [
            {"params": {"path": "customers.csv", "columns": ["id", "name"]}},
            {"params": {"path": "orders.csv", "columns": ["id", "total"]}},
            {"params": {"path": "customers.csv", "columns": ["city"]}},
            {"params": {"path": "orders.csv", "columns": ["customer_id", "created_at"]}},
        ],
    },
    {
        "id": "bp13-ip-hashlib-unsupported-hash", "category": "INCORRECT_PARAMETER",
        "tool": "hashlib_file_digest", "source": "hashlib (Python 3.11.7, OpenSSL)",
        "fail_re": r"unsupported hash type",
        "learn": [
            {"params": {"path": "customers.csv", "algorithm": "sha265"}},
            {"params": {"path": "report.docx", "algorithm": "sha2_256"}},
        ],
        "repeats": [
            {"params": {"path": "orders.csv", "algorithm": "sha3"}},
            {"params": {"path": "site.zip", "algorithm": "blake3"}},
            {"params": {"path": "customers.csv", "algorithm": "md-5"}},
        ],
        "good": [
            {"params": {"path": "customers.csv", "algorithm": "sha256"}},
            {"params": {"path": "report.docx", "algorithm": "sha512"}},
            {"params": {"path": "orders.csv", "algorithm": "sha3_256"}},
            {"params": {"path": "site.zip", "algorithm": "blake2b"}},
            {"params": {"path": "customers.csv", "algorithm": "md5"}},
        ],
    },
    {
        "id": "bp13-ip-marshmallow-unknown-field", "category": "INCORRECT_PARAMETER",
        "tool": "marshmallow_load", "source": MARSH, "fail_re": r"\['Unknown field\.'\]",
        "learn": [
            {"params": {"data": {"username": "ann", "email": "ann@example.com", "emial": "ann@example.com"}}},
            {"params": {"data": {"username": "bob", "email": "bob@example.com", "birth_year": 1990}}},
        ],
        "repeats": [
            {"params": {"data": {"username": "cy", "email": "cy@example.com", "user_name": "cy"}}},
            {"params": {"data": {"username": "dee", "email": "dee@example.com", "joined_on": "2026-01-02"}}},
            {"params": {"data": {"username": "eve", "email": "eve@example.com", "Age": 30}}},
        ],
        "good": [
            {"params": {"data": {"username": "ann", "email": "ann@example.com"}}},
            {"params": {"data": {"username": "bob", "email": "bob@example.com", "age": 36}}},
            {"params": {"data": {"username": "dee", "email": "dee@example.com", "joined": "2026-01-02"}}},
        ],
    },
    {
        "id": "bp13-ip-pyjwt-unsupported-algorithm", "category": "INCORRECT_PARAMETER",
        "tool": "pyjwt_encode", "source": PYJWT, "fail_re": r"NotImplementedError: Algorithm not supported",
        "learn": [
            {"params": {"payload": {"sub": "42"}, "secret": JWT_KEY, "algorithm": "HS257"}},
            {"params": {"payload": {"sub": "7", "role": "admin"}, "secret": JWT_KEY, "algorithm": "SHA256"}},
        ],
        "repeats": [
            {"params": {"payload": {"sub": "9"}, "secret": JWT_KEY, "algorithm": "hmac-sha256"}},
            {"params": {"payload": {"sub": "11", "scope": "read"}, "secret": JWT_KEY, "algorithm": "HS128"}},
            {"params": {"payload": {"sub": "12"}, "secret": JWT_KEY, "algorithm": "H256"}},
        ],
        "good": [
            {"params": {"payload": {"sub": "42"}, "secret": JWT_KEY, "algorithm": "HS256"}},
            {"params": {"payload": {"sub": "7", "role": "admin"}, "secret": JWT_KEY, "algorithm": "HS512"}},
            {"params": {"payload": {"sub": "9"}, "secret": JWT_KEY, "algorithm": "HS384"}},
            {"params": {"payload": {"sub": "11", "scope": "read"}, "secret": JWT_KEY}},
        ],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp13-pf-ipaddress-malformed-network", "category": "PARAMETER_FORMAT",
        "tool": "ipaddress_network", "source": "ipaddress (Python 3.11.7)",
        "fail_re": r"does not appear to be an IPv4 or IPv6 network",
        "learn": [
            {"params": {"cidr": "10.0.0.300/24"}},
            {"params": {"cidr": "192.168.1.0/33"}},
        ],
        "repeats": [
            {"params": {"cidr": "172.16.0.0/12/1"}},
            {"params": {"cidr": "10.0.0/8x"}},
            {"params": {"cidr": "fd00::/129"}},
        ],
        "good": [
            {"params": {"cidr": "10.0.0.0/24"}},
            {"params": {"cidr": "192.168.1.0/25"}},
            {"params": {"cidr": "172.16.0.0/12"}},
            {"params": {"cidr": "fd00::/64"}},
        ],
    },
    {
        "id": "bp13-pf-uuid-badly-formed", "category": "PARAMETER_FORMAT",
        "tool": "uuid_parse", "source": "uuid (Python 3.11.7)", "fail_re": r"badly formed hexadecimal UUID string",
        "learn": [
            {"params": {"value": "123e4567-e89b-12d3-a456-42661417400"}},
            {"params": {"value": "order-5f2c"}},
        ],
        "repeats": [
            {"params": {"value": "9b2f1c4e-7d3a-4e8b-9c1d-2f3a4b5c6d7"}},
            {"params": {"value": "6ba7b810-9dad-11d1-80b4-00c04fd430c8-01"}},
            {"params": {"value": "550e8400e29b41d4a71644665544"}},
        ],
        "good": [
            {"params": {"value": "123e4567-e89b-12d3-a456-426614174000"}},
            {"params": {"value": "9b2f1c4e-7d3a-4e8b-9c1d-2f3a4b5c6d7e"}},
            {"params": {"value": "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}"}},
            {"params": {"value": "550e8400e29b41d4a716446655440000"}},
        ],
    },
    {
        "id": "bp13-pf-fernet-malformed-key", "category": "PARAMETER_FORMAT",
        "tool": "fernet_encrypt", "source": CRYPTO,
        "fail_re": r"Fernet key must be 32 url-safe base64-encoded bytes",
        "learn": [
            {"params": {"key_file": "keys/hex.key", "plaintext": "card 4111"}},
            {"params": {"key_file": "keys/passphrase.key", "plaintext": "backup token"}},
        ],
        "repeats": [
            {"params": {"key_file": "keys/short.key", "plaintext": "db password rotation"}},
            {"params": {"key_file": "keys/std-b64-24.key", "plaintext": "invoice 7"}},
        ],
        "good": [
            {"params": {"key_file": "keys/app.key", "plaintext": "card 4111"}},
            {"params": {"key_file": "keys/backup.key", "plaintext": "backup token"}},
            {"params": {"key_file": "keys/session.key", "plaintext": "invoice 7"}},
        ],
    },
    {
        "id": "bp13-pf-tomlkit-invalid-toml", "category": "PARAMETER_FORMAT",
        "tool": "tomlkit_parse", "source": "tomlkit 0.15.2", "fail_re": r"(Unexpected character|Invalid|Empty key|not allowed).* at line \d+ col \d+",
        "learn": [
            {"params": {"path": "bad/server.toml"}},
            {"params": {"path": "bad/app.toml"}},
        ],
        "repeats": [
            {"params": {"path": "bad/deps.toml"}},
            {"params": {"path": "bad/tool.toml"}},
        ],
        "good": [
            {"params": {"path": "pyproject.toml"}},
            {"params": {"path": "config.toml"}},
            {"params": {"path": "Cargo.toml"}},
        ],
    },
    {
        "id": "bp13-pf-regex-bad-pattern", "category": "PARAMETER_FORMAT",
        "tool": "regex_findall", "source": "regex 2026.11.19", "fail_re": r"^error: .* at position \d+",
        "learn": [
            {"params": {"path": "access.log", "pattern": r"GET (/api/\w+"}},
            {"params": {"path": "access.log", "pattern": r"status=[0-9{3}"}},
        ],
        "repeats": [
            {"params": {"path": "access.log", "pattern": r"(?P<ip>\d+\.\d+\.\d+\.\d+"}},
            {"params": {"path": "access.log", "pattern": r"*\.json"}},
            {"params": {"path": "access.log", "pattern": r"user=[a-z+"}},
        ],
        "good": [
            {"params": {"path": "access.log", "pattern": r"GET (/api/\w+)"}},
            {"params": {"path": "access.log", "pattern": r"status=[0-9]{3}"}},
            {"params": {"path": "access.log", "pattern": r"(?P<ip>\d+\.\d+\.\d+\.\d+)"}},
            {"params": {"path": "access.log", "pattern": r"\w+\.json"}},
        ],
    },
    {
        "id": "bp13-pf-dnspython-empty-label", "category": "PARAMETER_FORMAT",
        "tool": "dnspython_from_text", "source": "dnspython 2.9.2", "fail_re": r"EmptyLabel: A DNS label is empty",
        "learn": [
            {"params": {"name": "api..example.com"}},
            {"params": {"name": ".shop.test"}},
        ],
        "repeats": [
            {"params": {"name": "mail.example..org."}},
            {"params": {"name": "www..internal.lan"}},
        ],
        "good": [
            {"params": {"name": "api.example.com"}},
            {"params": {"name": "shop.test."}},
            {"params": {"name": "mail.example.org"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp13-mp-jsonschema-required-property", "category": "MISSING_PARAMETER",
        "tool": "jsonschema_validate", "source": "jsonschema 4.26.0", "fail_re": r"is a required property",
        "learn": [
            {"params": {"schema": "user.schema.json", "instance": {"name": "ann"}}},
            {"params": {"schema": "order.schema.json", "instance": {"order_id": 5, "items": []}}},
        ],
        "repeats": [
            {"params": {"schema": "user.schema.json", "instance": {"email": "bob@example.com"}}},
            {"params": {"schema": "order.schema.json", "instance": {"currency": "EUR", "items": [{"sku": "A1"}]}}},
        ],
        "good": [
            {"params": {"schema": "user.schema.json", "instance": {"name": "ann", "email": "ann@example.com"}}},
            {"params": {"schema": "order.schema.json",
                        "instance": {"order_id": 5, "currency": "EUR", "items": []}}},
            {"params": {"schema": "user.schema.json",
                        "instance": {"name": "bob", "email": "bob@example.com", "age": 40}}},
        ],
    },
    {
        "id": "bp13-mp-cerberus-required-field", "category": "MISSING_PARAMETER",
        "tool": "cerberus_validate", "source": "Cerberus 1.3.8", "fail_re": r"\['required field'\]",
        "learn": [
            {"params": {"schema": "item.cerberus.json", "document": {"name": "pen"}}},
            {"params": {"schema": "address.cerberus.json", "document": {"street": "Via Roma 1", "city": "Pisa"}}},
        ],
        "repeats": [
            {"params": {"schema": "item.cerberus.json", "document": {"qty": 3}}},
            {"params": {"schema": "address.cerberus.json", "document": {"city": "Lima", "country": "PE"}}},
        ],
        "good": [
            {"params": {"schema": "item.cerberus.json", "document": {"name": "pen", "qty": 3}}},
            {"params": {"schema": "address.cerberus.json",
                        "document": {"street": "Via Roma 1", "city": "Pisa", "country": "IT"}}},
            {"params": {"schema": "item.cerberus.json", "document": {"name": "ink", "qty": 1, "note": "blue"}}},
        ],
    },
    {
        "id": "bp13-mp-marshmallow-missing-required", "category": "MISSING_PARAMETER",
        "tool": "marshmallow_load", "source": MARSH, "fail_re": r"Missing data for required field",
        "learn": [
            {"params": {"data": {"username": "ann"}}},
            {"params": {"data": {"email": "bob@example.com", "age": 36}}},
        ],
        "repeats": [
            {"params": {"data": {"username": "cy", "age": 20}}},
            {"params": {"data": {"email": "dee@example.com"}}},
        ],
        "good": [
            {"params": {"data": {"username": "ann", "email": "ann@example.com"}}},
            {"params": {"data": {"username": "bob", "email": "bob@example.com", "age": 36}}},
            {"params": {"data": {"username": "cy", "email": "cy@example.com", "age": 20}}},
        ],
    },
    {
        "id": "bp13-mp-pyjwt-decode-no-algorithms", "category": "MISSING_PARAMETER",
        "tool": "pyjwt_decode", "source": PYJWT, "fail_re": r'required that you pass in a value for the "algorithms"',
        "learn": [
            {"params": {"token": TOK({"sub": "42"}), "secret": JWT_KEY}},
            {"params": {"token": TOK({"sub": "7", "role": "admin"}, "HS512"), "secret": JWT_KEY}},
        ],
        "repeats": [
            {"params": {"token": TOK({"sub": "9", "scope": "read"}), "secret": JWT_KEY}},
            {"params": {"token": TOK({"sub": "11"}, "HS384"), "secret": JWT_KEY}},
        ],
        "good": [
            {"params": {"token": TOK({"sub": "42"}), "secret": JWT_KEY, "algorithms": ["HS256"]}},
            {"params": {"token": TOK({"sub": "7", "role": "admin"}, "HS512"), "secret": JWT_KEY,
                        "algorithms": ["HS512"]}},
            {"params": {"token": TOK({"sub": "11"}, "HS384"), "secret": JWT_KEY,
                        "algorithms": ["HS256", "HS384"]}},
        ],
    },
    {
        "id": "bp13-mp-x509-builder-missing-part", "category": "MISSING_PARAMETER",
        "tool": "x509_build_cert", "source": CRYPTO, "fail_re": r"A certificate must have an? ",
        "learn": [
            {"params": {"issuer_cn": "bp13 CA", "days": 30, "serial": 1001}},
            {"params": {"subject_cn": "shop.test", "issuer_cn": "bp13 CA", "days": 30}},
        ],
        "repeats": [
            {"params": {"subject_cn": "api.test", "issuer_cn": "bp13 CA", "serial": 1003}},
            {"params": {"subject_cn": "mail.test", "days": 90, "serial": 1004}},
            {"params": {"subject_cn": "vpn.test", "issuer_cn": "bp13 CA", "days": 7, "serial": 1005,
                        "with_public_key": False}},
        ],
        "good": [
            {"params": {"subject_cn": "shop.test", "issuer_cn": "bp13 CA", "days": 30, "serial": 1001}},
            {"params": {"subject_cn": "api.test", "issuer_cn": "bp13 CA", "days": 365, "serial": 1003}},
            {"params": {"subject_cn": "mail.test", "issuer_cn": "mail.test", "days": 90, "serial": 1004}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp13-mq-peewee-no-such-table", "category": "MISSING_PREREQUISITE",
        "tool": "peewee_select", "source": PEEWEE, "fail_re": r"no such table",
        "setup": ["sqlite3 app.db 'CREATE TABLE account(id INTEGER PRIMARY KEY, email TEXT)'"],
        "learn": [
            {"params": {"db": "app.db", "table": "invoice"},
             "recent_calls": [RC("peewee_connect", db="app.db")]},
            {"params": {"db": "app.db", "table": "audit_log"},
             "recent_calls": [RC("peewee_connect", db="app.db"), RC("peewee_select", db="app.db", table="account")]},
        ],
        "repeats": [
            {"params": {"db": "app.db", "table": "session"}, "recent_calls": []},
            {"params": {"db": "app.db", "table": "product"},
             "recent_calls": [RC("peewee_select", db="app.db", table="account")]},
        ],
        "good": [
            {"params": {"db": "app.db", "table": "invoice"},
             "recent_calls": [RC("peewee_create_tables", db="app.db", models=["Invoice"])],
             "_setup": ["sqlite3 app.db 'CREATE TABLE invoice(id INTEGER PRIMARY KEY, total REAL)'"]},
            {"params": {"db": "app.db", "table": "session"},
             "recent_calls": [RC("peewee_create_tables", db="app.db", models=["Session", "Product"])],
             "_setup": ["sqlite3 app.db 'CREATE TABLE session(id TEXT PRIMARY KEY); CREATE TABLE product(sku TEXT)'"]},
            {"params": {"db": "app.db", "table": "product"},
             "recent_calls": [RC("peewee_create_tables", db="app.db", models=["Session", "Product"])]},
            {"params": {"db": "app.db", "table": "account"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp13-mq-docx-package-not-found", "category": "MISSING_PREREQUISITE",
        "tool": "docx_read_paragraphs", "source": "python-docx 1.2.0", "fail_re": r"Package not found at",
        "learn": [
            {"params": {"path": "out/minutes.docx"}, "recent_calls": [BASH("mkdir -p out")]},
            {"params": {"path": "out/offer.docx"},
             "recent_calls": [RC("docx_read_paragraphs", path="report.docx")]},
        ],
        "repeats": [
            {"params": {"path": "out/invoice-7.docx"}, "recent_calls": []},
            {"params": {"path": "out/summary.docx"}, "recent_calls": [BASH("ls out")]},
        ],
        "good": [
            {"params": {"path": "out/minutes.docx"},
             "recent_calls": [RC("docx_create", path="out/minutes.docx", paragraphs=["Minutes"])],
             "_setup": [f"mkdir -p out && {PY} -c \"import docx; d=docx.Document(); d.add_paragraph('Minutes');"
                        f" d.save('out/minutes.docx')\""]},
            {"params": {"path": "out/offer.docx"},
             "recent_calls": [RC("docx_create", path="out/offer.docx", paragraphs=["Offer"])],
             "_setup": [f"{PY} -c \"import docx; d=docx.Document(); d.add_paragraph('Offer');"
                        f" d.save('out/offer.docx')\""]},
            {"params": {"path": "report.docx"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp13-mq-gettext-no-compiled-catalog", "category": "MISSING_PREREQUISITE",
        "tool": "gettext_translate", "source": "gettext (Python 3.11.7); msgfmt from GNU gettext",
        "fail_re": r"No translation file found for domain",
        "learn": [
            {"params": {"language": "de", "message": "Hello"},
             "recent_calls": [RC("Write", file_path="locale/de/LC_MESSAGES/messages.po")]},
            {"params": {"language": "fr", "message": "Goodbye"},
             "recent_calls": [BASH("ls locale/fr/LC_MESSAGES")]},
        ],
        "repeats": [
            {"params": {"language": "es", "message": "Hello"}, "recent_calls": []},
            {"params": {"language": "de", "message": "Goodbye"},
             "recent_calls": [RC("Edit", file_path="locale/de/LC_MESSAGES/messages.po")]},
        ],
        "good": [
            {"params": {"language": "de", "message": "Hello"},
             "recent_calls": [BASH("msgfmt -o locale/de/LC_MESSAGES/messages.mo locale/de/LC_MESSAGES/messages.po")],
             "_setup": ["msgfmt -o locale/de/LC_MESSAGES/messages.mo locale/de/LC_MESSAGES/messages.po"]},
            {"params": {"language": "fr", "message": "Goodbye"},
             "recent_calls": [BASH("msgfmt -o locale/fr/LC_MESSAGES/messages.mo locale/fr/LC_MESSAGES/messages.po")],
             "_setup": ["msgfmt -o locale/fr/LC_MESSAGES/messages.mo locale/fr/LC_MESSAGES/messages.po"]},
            {"params": {"language": "es", "message": "Hello"},
             "recent_calls": [BASH("msgfmt -o locale/es/LC_MESSAGES/messages.mo locale/es/LC_MESSAGES/messages.po")],
             "_setup": ["msgfmt -o locale/es/LC_MESSAGES/messages.mo locale/es/LC_MESSAGES/messages.po"]},
        ],
    },
    {
        "id": "bp13-mq-bs4-parser-not-installed", "category": "MISSING_PREREQUISITE",
        "tool": "bs4_parse", "source": "beautifulsoup4 4.15.0 (html5lib not installed; lxml 6.1.3 installed)",
        "fail_re": r"Couldn't find a tree builder with the features you requested",
        "learn": [
            {"params": {"path": "index.html", "features": "html5lib", "selector": "title"},
             "recent_calls": [RC("pip_install", packages=["beautifulsoup4"])]},
            {"params": {"path": "blog.html", "features": "html5lib", "selector": "h2"}, "recent_calls": []},
        ],
        "repeats": [
            {"params": {"path": "page.html", "features": "html5lib", "selector": "a"}, "recent_calls": []},
            {"params": {"path": "blog.html", "features": "html5", "selector": "title"},
             "recent_calls": [RC("pip_install", packages=["beautifulsoup4", "requests"])]},
        ],
        "good": [
            {"params": {"path": "index.html", "features": "html.parser", "selector": "title"}, "recent_calls": []},
            {"params": {"path": "blog.html", "features": "lxml", "selector": "h2"},
             "recent_calls": [RC("pip_install", packages=["beautifulsoup4", "lxml"])]},
            {"params": {"path": "page.html", "selector": "a"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp13-mq-kombu-bind-missing-exchange", "category": "MISSING_PREREQUISITE",
        "tool": "kombu_bind_queue", "source": KOMBU, "fail_re": r"NOT_FOUND - no exchange",
        "learn": [
            {"params": {"queue": "bp13.orders.q", "exchange": "bp13.orders", "routing_key": "created"},
             "recent_calls": [RC("kombu_declare_queue", queue="bp13.orders.q")]},
            {"params": {"queue": "bp13.billing.q", "exchange": "bp13.billing", "routing_key": "invoice"},
             "recent_calls": []},
        ],
        "repeats": [
            {"params": {"queue": "bp13.audit.q", "exchange": "bp13.audit", "routing_key": "login"},
             "recent_calls": [RC("kombu_declare_queue", queue="bp13.audit.q")]},
            {"params": {"queue": "bp13.events.q", "exchange": "bp13.events", "routing_key": "any"},
             "recent_calls": []},
        ],
        "good": [
            {"params": {"queue": "bp13.orders.q", "exchange": "bp13.orders", "routing_key": "created"},
             "recent_calls": [RC("kombu_declare_exchange", exchange="bp13.orders", type="direct")],
             "_setup": [AMQP_DECLARE("bp13.orders")]},
            {"params": {"queue": "bp13.billing.q", "exchange": "bp13.billing", "routing_key": "invoice"},
             "recent_calls": [RC("kombu_declare_exchange", exchange="bp13.billing", type="direct"),
                              RC("kombu_declare_queue", queue="bp13.billing.q")],
             "_setup": [AMQP_DECLARE("bp13.billing")]},
            {"params": {"queue": "bp13.audit.q", "exchange": "bp13.audit", "routing_key": "login"},
             "recent_calls": [RC("kombu_declare_exchange", exchange="bp13.audit", type="direct")],
             "_setup": [AMQP_DECLARE("bp13.audit")]},
            {"params": {"queue": "bp13.default.q", "exchange": "amq.direct", "routing_key": "bp13"},
             "recent_calls": []},
        ],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp13-ws-peewee-insert-child-before-parent", "category": "WORKFLOW_SEQUENCE",
        "tool": "peewee_insert", "source": PEEWEE + ", PRAGMA foreign_keys=1",
        "fail_re": r"FOREIGN KEY constraint failed", "setup": [SHOP],
        "learn": [
            {"params": {"db": "shop.db", "table": "orders", "row": {"id": 20, "customer_id": 7, "total": 9.9}},
             "recent_calls": [RC("peewee_select", db="shop.db", table="customer")]},
            {"params": {"db": "shop.db", "table": "payment", "row": {"id": 1, "order_id": 30, "amount": 9.9}},
             "recent_calls": [RC("peewee_insert", db="shop.db", table="customer", row={"id": 3, "name": "cy"})]},
        ],
        "repeats": [
            {"params": {"db": "shop.db", "table": "orders", "row": {"id": 21, "customer_id": 8, "total": 3.0}},
             "recent_calls": []},
            {"params": {"db": "shop.db", "table": "payment", "row": {"id": 2, "order_id": 31, "amount": 3.0}},
             "recent_calls": [RC("peewee_select", db="shop.db", table="orders")]},
        ],
        "good": [
            {"params": {"db": "shop.db", "table": "orders", "row": {"id": 20, "customer_id": 7, "total": 9.9}},
             "recent_calls": [RC("peewee_insert", db="shop.db", table="customer", row={"id": 7, "name": "gus"})],
             "_setup": ["sqlite3 shop.db \"INSERT INTO customer VALUES (7,'gus')\""]},
            {"params": {"db": "shop.db", "table": "payment", "row": {"id": 1, "order_id": 20, "amount": 9.9}},
             "recent_calls": [RC("peewee_insert", db="shop.db", table="orders",
                                 row={"id": 20, "customer_id": 7, "total": 9.9})]},
            {"params": {"db": "shop.db", "table": "orders", "row": {"id": 22, "customer_id": 1, "total": 5.0}},
             "recent_calls": []},
        ],
    },
    {
        "id": "bp13-ws-apsw-commit-without-begin", "category": "WORKFLOW_SEQUENCE",
        "tool": "apsw_execute", "source": APSW, "fail_re": r"cannot (commit|rollback) - no transaction is active",
        "setup": [SHOP],
        "learn": [
            {"params": {"db": "shop.db", "sql": "UPDATE customer SET name = 'anna' WHERE id = 1; COMMIT;"}},
            {"params": {"db": "shop.db", "sql": "DELETE FROM orders WHERE id = 11; ROLLBACK;"}},
        ],
        "repeats": [
            {"params": {"db": "shop.db", "sql": "INSERT INTO customer VALUES (5, 'eve'); COMMIT;"}},
            {"params": {"db": "shop.db", "sql": "UPDATE orders SET total = 0; ROLLBACK;"}},
        ],
        "good": [
            {"params": {"db": "shop.db", "sql": "BEGIN; UPDATE customer SET name = 'anna' WHERE id = 1; COMMIT;"}},
            {"params": {"db": "shop.db", "sql": "BEGIN; DELETE FROM orders WHERE id = 11; ROLLBACK;"}},
            {"params": {"db": "shop.db", "sql": "INSERT INTO customer VALUES (8, 'hal');"}},
        ],
    },
    {
        "id": "bp13-ws-apsw-release-before-savepoint", "category": "WORKFLOW_SEQUENCE",
        "tool": "apsw_execute", "source": APSW, "fail_re": r"no such savepoint",
        "setup": [SHOP],
        "learn": [
            {"params": {"db": "shop.db", "sql": "UPDATE orders SET total = 5 WHERE id = 10; RELEASE sp1;"}},
            {"params": {"db": "shop.db", "sql": "DELETE FROM orders WHERE id = 11; ROLLBACK TO before_delete;"}},
        ],
        "repeats": [
            {"params": {"db": "shop.db", "sql": "INSERT INTO customer VALUES (6, 'fay'); RELEASE add_customer;"}},
            {"params": {"db": "shop.db", "sql": "ROLLBACK TO SAVEPOINT batch2; SAVEPOINT batch2;"}},
        ],
        "good": [
            {"params": {"db": "shop.db", "sql": "SAVEPOINT sp1; UPDATE orders SET total = 5 WHERE id = 10; RELEASE sp1;"}},
            {"params": {"db": "shop.db", "sql": "SAVEPOINT before_delete; DELETE FROM orders WHERE id = 11;"
                                                " ROLLBACK TO before_delete; RELEASE before_delete;"}},
            {"params": {"db": "shop.db", "sql": "SAVEPOINT add_customer; INSERT INTO customer VALUES (9, 'ivy');"
                                                " RELEASE add_customer;"}},
        ],
    },
    {
        "id": "bp13-ws-apsw-vacuum-inside-transaction", "category": "WORKFLOW_SEQUENCE",
        "tool": "apsw_execute", "source": APSW, "fail_re": r"cannot VACUUM from within a transaction",
        "setup": [SHOP],
        "learn": [
            {"params": {"db": "shop.db", "sql": "BEGIN; DELETE FROM orders WHERE total < 5; VACUUM;"}},
            {"params": {"db": "shop.db", "sql": "SAVEPOINT cleanup; DELETE FROM payment; VACUUM; RELEASE cleanup;"}},
        ],
        "repeats": [
            {"params": {"db": "shop.db", "sql": "BEGIN; DROP TABLE payment; VACUUM; COMMIT;"}},
            {"params": {"db": "shop.db", "sql": "BEGIN IMMEDIATE; UPDATE customer SET name = upper(name); VACUUM;"}},
        ],
        "good": [
            {"params": {"db": "shop.db", "sql": "BEGIN; DELETE FROM orders WHERE total < 5; COMMIT; VACUUM;"}},
            {"params": {"db": "shop.db", "sql": "SAVEPOINT cleanup; DELETE FROM payment; RELEASE cleanup; VACUUM;"}},
            {"params": {"db": "shop.db", "sql": "VACUUM;"}},
        ],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp13-wt-openpyxl-old-xls", "category": "WRONG_TOOL_SELECTION",
        "tool": "openpyxl_read_sheet", "source": OPENPYXL, "fail_re": r"does not support the old \.xls file format",
        "learn": [
            {"params": {"path": "legacy/budget2019.xls"}},
            {"params": {"path": "legacy/payroll.xls", "sheet": "Jan"}},
        ],
        "repeats": [
            {"params": {"path": "legacy/inventory_2003.xls"}},
            {"params": {"path": "legacy/payroll.xls", "sheet": "Feb"}},
        ],
        "good": [
            {"params": {"path": "sales.xlsx"}},
            {"params": {"path": "stock.xlsx", "sheet": "Suppliers"}},
            {"params": {"path": "sales.xlsx", "sheet": "Customers"}},
        ],
    },
    {
        "id": "bp13-wt-docx-not-a-word-file", "category": "WRONG_TOOL_SELECTION",
        "tool": "docx_read_paragraphs", "source": "python-docx 1.2.0", "fail_re": r"is not a Word file, content type is",
        "learn": [
            {"params": {"path": "sales.xlsx"}},
            {"params": {"path": "template.xltx"}},
        ],
        "repeats": [
            {"params": {"path": "stock.xlsx"}},
            {"params": {"path": "budget.xltx"}},
        ],
        "good": [
            {"params": {"path": "report.docx"}},
            {"params": {"path": "memo.docx"}},
            {"params": {"path": "letter.docx"}},
        ],
    },
    {
        "id": "bp13-wt-py7zr-not-7z", "category": "WRONG_TOOL_SELECTION",
        "tool": "py7zr_extract", "source": "py7zr 1.1.4", "fail_re": r"Bad7zFile: not a 7z file",
        "learn": [
            {"params": {"archive": "site.zip", "dest": "out"}},
            {"params": {"archive": "backup.tar.gz", "dest": "restore"}},
        ],
        "repeats": [
            {"params": {"archive": "docs.zip", "dest": "docs"}},
            {"params": {"archive": "logs.tar.bz2", "dest": "logs"}},
        ],
        "good": [
            {"params": {"archive": "bundle.7z", "dest": "out"}},
            {"params": {"archive": "photos.7z", "dest": "photos"}},
            {"params": {"archive": "logs.7z", "dest": "logs"}},
        ],
    },
    {
        "id": "bp13-wt-peewee-multiple-statements", "category": "WRONG_TOOL_SELECTION",
        "tool": "peewee_execute_sql", "source": PEEWEE, "fail_re": r"You can only execute one statement at a time",
        "setup": [SHOP],
        "learn": [
            {"params": {"db": "shop.db", "sql": "INSERT INTO customer VALUES (5, 'eve'); INSERT INTO customer VALUES (6, 'fay');"}},
            {"params": {"db": "shop.db", "sql": "CREATE TABLE tag(id INTEGER PRIMARY KEY, name TEXT); CREATE INDEX tag_name ON tag(name);"}},
        ],
        "repeats": [
            {"params": {"db": "shop.db", "sql": "DELETE FROM orders WHERE id = 11; SELECT count(*) FROM orders;"}},
            {"params": {"db": "shop.db", "sql": "UPDATE customer SET name = 'b' WHERE id = 2; UPDATE orders SET total = 1 WHERE id = 11"}},
        ],
        "good": [
            {"params": {"db": "shop.db", "sql": "INSERT INTO customer VALUES (5, 'eve')"}},
            {"params": {"db": "shop.db", "sql": "SELECT count(*) FROM orders"}},
            {"params": {"db": "shop.db", "sql": "UPDATE customer SET name = ? WHERE id = ?", "params": ["b", 2]}},
            {"params": {"db": "shop.db", "sql": "CREATE TABLE tag(id INTEGER PRIMARY KEY, name TEXT);"}},
        ],
    },
    {
        "id": "bp13-wt-x509-load-cert-not-a-certificate", "category": "WRONG_TOOL_SELECTION",
        "tool": "x509_load_cert", "source": CRYPTO, "fail_re": r"Are you sure this is a certificate\?",
        "learn": [
            {"params": {"path": "pki/shop.csr"}},
            {"params": {"path": "pki/ca.pub"}},
        ],
        "repeats": [
            {"params": {"path": "pki/api.csr"}},
            {"params": {"path": "pki/api.pub"}},
        ],
        "good": [
            {"params": {"path": "pki/ca.crt"}},
            {"params": {"path": "pki/shop.crt"}},
            {"params": {"path": "pki/api.crt"}},
        ],
    },
]

# apsw WS scenarios: the order mistake is inside the one SQL script; histories are plain reads of the db.
_HIST = [[RC("apsw_execute", db="shop.db", sql="SELECT * FROM customer;")],
         [],
         [RC("apsw_execute", db="shop.db", sql="SELECT id, total FROM orders;"), BASH("ls -l shop.db")]]
for _sc in SCENARIOS:
    if _sc["tool"] == "apsw_execute":
        for _part in ("learn", "repeats", "good"):
            for _i, _c in enumerate(_sc[_part]):
                _c.setdefault("recent_calls", _HIST[_i % 3])
