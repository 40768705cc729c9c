"""Scenario definitions for blind set 15. `fail_re`, `setup`, `_setup`, `teardown` are for gen.py only and never
reach the JSONL. Run gen.py with the venv python."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/blind-prev15/.venv/bin/python"
FX = "/tmp/bp15fx"
CACHE = f"{FX}/_cache"
NODE_MODULES = f"{HERE}/node/node_modules"


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


NODE_LINK = f"ln -sfn {NODE_MODULES} node_modules"  # makes `npm install ...` real for this scenario dir

MONEYED = "py-moneyed 3.0"
SCIPY = "scipy 1.17.1"
CRYPTO = "cryptography 50.0.2 (hazmat)"
PARAMIKO = "paramiko 5.1.0"
BROTLI = "brotli 1.2.1 (Google Brotli Python binding)"
FPDF = "fpdf2 2.8.9"
DULWICH = "dulwich 1.2.21 (porcelain)"
NODE = "Node.js v20.20.2"

KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
NONCE = "a1b2c3d4e5f60718293a4b5c"
KEY2 = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"
NONCE2 = "0f1e2d3c4b5a697887960a1b"

H_HORSE = "$2b$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e"
H_SECRET = "$2b$05$ABCDEFGHIJKLMNOPQRSTUuKR1SMMvbQOybaTa3HA50YMjsnlo2H8S"
H_LETMEIN = "$2b$04$zyxwvutsrqponmlkjihgfeZ7Rd/BkNFgp1AefcRsdB0K9u45iRrW6"

USER_SCHEMA = {"fields": {"email": {"type": "str", "required": True}, "name": {"type": "str", "required": True},
                          "age": {"type": "int"}}}
ORDER_SCHEMA = {"fields": {"id": {"type": "int", "required": True},
                           "shipping": {"required": True, "fields": {"street": {"type": "str", "required": True},
                                                                     "city": {"type": "str", "required": True},
                                                                     "zip": {"type": "str"}}},
                           "notes": {"type": "str"}}}

ITEMS = {"items": [{"name": "pen", "price": 2.5, "tags": ["office"]}, {"name": "lamp", "price": 19.0, "tags": []},
                   {"name": "desk", "price": 120.0, "tags": ["office", "wood"]}], "store": {"city": "Turin"}}
BOOKS = {"store": {"book": [{"author": "Calvino", "title": "Le citta invisibili"},
                            {"author": "Eco", "title": "Il nome della rosa"}]}, "users": [{"name": "ann"}, {"name": "bob"}]}


def pdf_ops(*texts, page=True, font=True):
    ops = [{"op": "add_page"}] if page else []
    if font:
        ops.append({"op": "set_font", "family": "helvetica", "size": 12})
    for t in texts:
        ops += [{"op": "cell", "text": t}, {"op": "ln"}]
    return ops


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp15-ip-moneyed-unknown-currency", "category": "INCORRECT_PARAMETER",
        "tool": "moneyed_money", "source": MONEYED, "fail_re": r"CurrencyDoesNotExist: No currency with code",
        "learn": [
            {"params": {"amount": "19.99", "currency": "EURO"}},
            {"params": {"amount": "250", "currency": "US$"}},
        ],
        "repeats": [
            {"params": {"amount": "1200", "currency": "YEN"}},
            {"params": {"amount": "75.50", "currency": "RMB"}},
            {"params": {"amount": "9.90", "currency": "UKP"}},
        ],
        "good": [
            {"params": {"amount": "19.99", "currency": "EUR"}},
            {"params": {"amount": "250", "currency": "USD"}},
            {"params": {"amount": "1200", "currency": "JPY"}},
            {"params": {"amount": "75.50", "currency": "CNY"}},
            {"params": {"amount": "9.90", "currency": "GBP"}},
        ],
    },
    {
        "id": "bp15-ip-jmespath-unknown-function", "category": "INCORRECT_PARAMETER",
        "tool": "jmespath_search", "source": "jmespath 1.1.0", "fail_re": r"UnknownFunctionError: Unknown function: ",
        "learn": [
            {"params": {"expression": "lenght(items)", "data": ITEMS}},
            {"params": {"expression": "sum_by(items, &price)", "data": ITEMS}},
        ],
        "repeats": [
            {"params": {"expression": "count(items[?price > `10`])", "data": ITEMS}},
            {"params": {"expression": "items[*].name | upper(@)", "data": ITEMS}},
            {"params": {"expression": "store.book[*].author | unique(@)", "data": BOOKS}},
        ],
        "good": [
            {"params": {"expression": "length(items)", "data": ITEMS}},
            {"params": {"expression": "sum(items[*].price)", "data": ITEMS}},
            {"params": {"expression": "length(items[?price > `10`])", "data": ITEMS}},
            {"params": {"expression": "max_by(items, &price).name", "data": ITEMS}},
            {"params": {"expression": "sort(store.book[*].author)", "data": BOOKS}},
        ],
    },
    {
        "id": "bp15-ip-scipy-unknown-solver", "category": "INCORRECT_PARAMETER",
        "tool": "scipy_minimize", "source": SCIPY, "fail_re": r"ValueError: Unknown solver ",
        "learn": [
            {"params": {"function": "rosen", "x0": [1.3, 0.7], "method": "newton"}},
            {"params": {"function": "rosen", "x0": [0.5, 0.5, 0.5], "method": "lbfgs", "options": {"maxiter": 200}}},
        ],
        "repeats": [
            {"params": {"function": "rosen", "x0": [2.0, 2.0], "method": "gradient-descent", "tol": 1e-6}},
            {"params": {"function": "rosen", "x0": [0.9, 1.1], "method": "simplex", "options": {"maxiter": 500}}},
            {"params": {"function": "rosen", "x0": [1.0, 0.0], "method": "adam"}},
        ],
        "good": [
            {"params": {"function": "rosen", "x0": [1.3, 0.7], "method": "BFGS"}},
            {"params": {"function": "rosen", "x0": [0.5, 0.5, 0.5], "method": "L-BFGS-B",
                        "options": {"maxiter": 200}}},
            {"params": {"function": "rosen", "x0": [0.9, 1.1], "method": "Nelder-Mead",
                        "options": {"maxiter": 500}}},
            {"params": {"function": "rosen", "x0": [2.0, 2.0], "method": "Powell", "tol": 1e-6}},
            {"params": {"function": "rosen", "x0": [1.0, 0.0]}},
        ],
    },
    {
        "id": "bp15-ip-qrcode-version-out-of-range", "category": "INCORRECT_PARAMETER",
        "tool": "qrcode_build", "source": "qrcode 8.2", "fail_re": r"ValueError: Invalid version \(was -?\d+, expected 1 to 40\)",
        "learn": [
            {"params": {"data": "https://example.com/menu", "version": 41}},
            {"params": {"data": "WIFI:S:office;T:WPA;P:pass;;", "version": 0, "box_size": 8}},
        ],
        "repeats": [
            {"params": {"data": "order 2026-114", "version": 50, "border": 2}},
            {"params": {"data": "https://example.com/ticket/881", "version": -1}},
        ],
        "good": [
            {"params": {"data": "https://example.com/menu", "version": 40}},
            {"params": {"data": "WIFI:S:office;T:WPA;P:pass;;", "version": 4, "box_size": 8}},
            {"params": {"data": "order 2026-114", "version": 1, "border": 2}},
            {"params": {"data": "https://example.com/ticket/881"}},
        ],
    },
    {
        "id": "bp15-ip-barcode-cli-unknown-type", "category": "INCORRECT_PARAMETER",
        "tool": "shell_run", "source": "python-barcode 0.16.1 CLI (`python-barcode create`)",
        "fail_re": r"error: Unknown barcode \S+\. Try list action for available barcodes\.",
        "learn": [
            {"params": {"command": "python-barcode create -b ean12 400638133393 out/product"}},
            {"params": {"command": "python-barcode create -b qr 'https://example.com' out/link"}},
        ],
        "repeats": [
            {"params": {"command": "python-barcode create -b upc-a 03600029145 out/can"}},
            {"params": {"command": "python-barcode create -b code93 SHIP-7781 out/parcel"}},
            {"params": {"command": "python-barcode create -t png -b datamatrix LOT42 out/lot"}},
        ],
        "good": [
            {"params": {"command": "python-barcode create -b ean13 400638133393 out/product"}},
            {"params": {"command": "python-barcode create -b upca 03600029145 out/can"}},
            {"params": {"command": "python-barcode create -b code128 SHIP-7781 out/parcel"}},
            {"params": {"command": "python-barcode create -b code39 LOT42 out/lot"}},
            {"params": {"command": "python-barcode list"}},
        ],
    },
    {
        "id": "bp15-ip-qr-cli-bad-error-correction", "category": "INCORRECT_PARAMETER",
        "tool": "shell_run", "source": "qrcode 8.2 CLI (`qr`, optparse)",
        "fail_re": r"qr: error: option --error-correction: invalid choice: ",
        "learn": [
            {"params": {"command": "qr --error-correction=HIGH 'https://example.com/menu' > out/menu.png"}},
            {"params": {"command": "qr --error-correction=30% 'WIFI:S:office;T:WPA;P:pass;;' > out/wifi.png"}},
        ],
        "repeats": [
            {"params": {"command": "qr --error-correction=low 'order 2026-114' > out/order.png"}},
            {"params": {"command": "qr --factory=svg --error-correction=medium 'https://example.com/t/881' > out/t.svg"}},
            {"params": {"command": "echo 'ticket 42' | qr --error-correction=7 > out/ticket.png"}},
        ],
        "good": [
            {"params": {"command": "qr --error-correction=H 'https://example.com/menu' > out/menu.png"}},
            {"params": {"command": "qr --error-correction=Q 'WIFI:S:office;T:WPA;P:pass;;' > out/wifi.png"}},
            {"params": {"command": "qr --error-correction=L 'order 2026-114' > out/order.png"}},
            {"params": {"command": "qr --factory=svg --error-correction=M 'https://example.com/t/881' > out/t.svg"}},
            {"params": {"command": "echo 'ticket 42' | qr > out/ticket.png"}},
        ],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp15-pf-semantic-version-bad-string", "category": "PARAMETER_FORMAT",
        "tool": "semantic_version_match", "source": "semantic-version 2.10.0",
        "fail_re": r"ValueError: Invalid (version string|simple block)",
        "learn": [
            {"params": {"spec": ">=1.2.0", "version": "1.4"}},
            {"params": {"spec": ">=2.0.x", "version": "2.1.3"}},
        ],
        "repeats": [
            {"params": {"spec": "<3.0.0", "version": "v2.7.1"}},
            {"params": {"spec": "=>1.0.0", "version": "1.0.5"}},
            {"params": {"spec": "^1.2.0", "version": "1.3.0.post1"}},
        ],
        "good": [
            {"params": {"spec": ">=1.2.0", "version": "1.4.0"}},
            {"params": {"spec": ">=2.0.0", "version": "2.1.3"}},
            {"params": {"spec": "<3.0.0", "version": "2.7.1"}},
            {"params": {"spec": ">=1.0.0,<2.0.0", "version": "1.0.5"}},
            {"params": {"spec": "^1.2.0", "version": "1.3.0-rc.1"}},
        ],
    },
    {
        "id": "bp15-pf-icalendar-datetime-not-ical", "category": "PARAMETER_FORMAT",
        "tool": "icalendar_parse_datetime", "source": "icalendar 7.3.2 (vDatetime.from_ical)",
        "fail_re": r"ValueError: Wrong datetime format: ",
        "learn": [
            {"params": {"value": "2026-12-03T10:00:00"}},
            {"params": {"value": "2026-12-03 14:30", "tzid": "Europe/Rome"}},
        ],
        "repeats": [
            {"params": {"value": "12/05/2026 09:15"}},
            {"params": {"value": "2026-12-07T08:00:00Z"}},
            {"params": {"value": "20261210 1800", "tzid": "America/New_York"}},
        ],
        "good": [
            {"params": {"value": "20261203T100000"}},
            {"params": {"value": "20261203T143000", "tzid": "Europe/Rome"}},
            {"params": {"value": "20261207T080000Z"}},
            {"params": {"value": "20261210T180000", "tzid": "America/New_York"}},
        ],
    },
    {
        "id": "bp15-pf-bcrypt-hash-not-bcrypt", "category": "PARAMETER_FORMAT",
        "tool": "bcrypt_checkpw", "source": "bcrypt 5.0.0", "fail_re": r"ValueError: Invalid salt",
        "learn": [
            {"params": {"password": "letmein2026",
                        "hashed": "1b7b6742d73eb6de72e8c2670f5043c23dcaced75d9a6c4c0be4061c2bf70d0b"}},
            {"params": {"password": "s3cret-Pa55", "hashed": "cf22cf214e4a514990bc4237882136e2"}},
        ],
        "repeats": [
            {"params": {"password": "correct horse",
                        "hashed": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g"}},
            {"params": {"password": "correct horse", "hashed": "correct horse"}},
            {"params": {"password": "s3cret-Pa55", "hashed": "$6$rounds=5000$saltsalt$Zk0mQ1cL3X8d0i7o2uO3b.9"}},
        ],
        "good": [
            {"params": {"password": "letmein2026", "hashed": H_LETMEIN}},
            {"params": {"password": "s3cret-Pa55", "hashed": H_SECRET}},
            {"params": {"password": "correct horse", "hashed": H_HORSE}},
            {"params": {"password": "wrong guess", "hashed": H_HORSE}},
        ],
    },
    {
        "id": "bp15-pf-sympy-unparseable-expression", "category": "PARAMETER_FORMAT",
        "tool": "sympy_simplify", "source": "sympy 1.14.0 (mpmath 1.3.0)",
        "fail_re": r"SympifyError: Sympify of expression 'could not parse",
        "learn": [
            {"params": {"expression": "2x + 3x"}},
            {"params": {"expression": "sin(x)**2 + cos(x)**2)"}},
        ],
        "repeats": [
            {"params": {"expression": "(x**2 - 1)/(x - 1"}},
            {"params": {"expression": "3y**2 - y*2y"}},
            {"params": {"expression": "x^2 +* 4"}},
        ],
        "good": [
            {"params": {"expression": "2*x + 3*x"}},
            {"params": {"expression": "sin(x)**2 + cos(x)**2"}},
            {"params": {"expression": "(x**2 - 1)/(x - 1)"}},
            {"params": {"expression": "3*y**2 - y*2*y"}},
            {"params": {"expression": "x^2 + 4"}},
        ],
    },
    {
        "id": "bp15-pf-jsonpath-ng-bad-path", "category": "PARAMETER_FORMAT",
        "tool": "jsonpath_ng_find", "source": "jsonpath-ng 1.16.0 (jsonpath_ng.parse)",
        "fail_re": r"JsonPath(Parser|Lexer)Error: (Parse error|Error on line|Unexpected EOF)",
        "learn": [
            {"params": {"path": "$.items[0", "data": ITEMS}},
            {"params": {"path": "$.store.book[*.author", "data": BOOKS}},
        ],
        "repeats": [
            {"params": {"path": "$..[name", "data": BOOKS}},
            {"params": {"path": "$.items[*].tags[", "data": ITEMS}},
            {"params": {"path": "$.store.\"city", "data": ITEMS}},
        ],
        "good": [
            {"params": {"path": "$.items[0]", "data": ITEMS}},
            {"params": {"path": "$.store.book[*].author", "data": BOOKS}},
            {"params": {"path": "$..name", "data": BOOKS}},
            {"params": {"path": "$.items[*].tags[0]", "data": ITEMS}},
            {"params": {"path": "$.store.city", "data": ITEMS}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp15-mp-voluptuous-required-key", "category": "MISSING_PARAMETER",
        "tool": "voluptuous_validate", "source": "voluptuous 0.16.0",
        "fail_re": r"MultipleInvalid: required key not provided @ data\[",
        "learn": [
            {"params": {"schema": USER_SCHEMA, "data": {"name": "Ann", "age": 31}}},
            {"params": {"schema": ORDER_SCHEMA, "data": {"id": 114, "shipping": {"street": "Via Roma 1"}}}},
        ],
        "repeats": [
            {"params": {"schema": USER_SCHEMA, "data": {"email": "bob@example.com", "age": 40}}},
            {"params": {"schema": ORDER_SCHEMA, "data": {"shipping": {"street": "Main St 5", "city": "Oslo"}}}},
            {"params": {"schema": ORDER_SCHEMA, "data": {"id": 115, "notes": "leave at door"}}},
        ],
        "good": [
            {"params": {"schema": USER_SCHEMA, "data": {"email": "ann@example.com", "name": "Ann", "age": 31}}},
            {"params": {"schema": USER_SCHEMA, "data": {"email": "bob@example.com", "name": "Bob"}}},
            {"params": {"schema": ORDER_SCHEMA, "data": {"id": 114, "shipping": {"street": "Via Roma 1",
                                                                                  "city": "Turin"}}}},
            {"params": {"schema": ORDER_SCHEMA, "data": {"id": 115, "notes": "leave at door",
                                                         "shipping": {"street": "Main St 5", "city": "Oslo",
                                                                      "zip": "0150"}}}},
        ],
    },
    {
        "id": "bp15-mp-schema-missing-key", "category": "MISSING_PARAMETER",
        "tool": "schema_validate", "source": "schema 0.7.8", "fail_re": r"SchemaMissingKeyError: Missing keys?: ",
        "learn": [
            {"params": {"schema": {"name": "str", "port": "int", "debug?": "bool"}, "data": {"name": "api"}}},
            {"params": {"schema": {"sku": "str", "qty": "int", "price": "float"}, "data": {"sku": "A-1", "qty": 2}}},
        ],
        "repeats": [
            {"params": {"schema": {"host": "str", "user": "str", "tags?": "list"}, "data": {"user": "deploy"}}},
            {"params": {"schema": {"sku": "str", "qty": "int", "price": "float"}, "data": {"price": 4.5}}},
            {"params": {"schema": {"title": "str", "body": "str"}, "data": {"title": "Release notes"}}},
        ],
        "good": [
            {"params": {"schema": {"name": "str", "port": "int", "debug?": "bool"}, "data": {"name": "api", "port": 8080}}},
            {"params": {"schema": {"sku": "str", "qty": "int", "price": "float"},
                        "data": {"sku": "A-1", "qty": 2, "price": 4.5}}},
            {"params": {"schema": {"host": "str", "user": "str", "tags?": "list"},
                        "data": {"host": "web1", "user": "deploy"}}},
            {"params": {"schema": {"title": "str", "body": "str"}, "data": {"title": "Release notes", "body": "v2"}}},
        ],
    },
    {
        "id": "bp15-mp-moneyed-no-currency", "category": "MISSING_PARAMETER",
        "tool": "moneyed_money", "source": MONEYED,
        "fail_re": r"TypeError: .*missing 1 required positional argument: 'currency'",
        "learn": [
            {"params": {"amount": "49.00"}},
            {"params": {"amount": "1200"}},
        ],
        "repeats": [
            {"params": {"amount": "0.99"}},
            {"params": {"amount": "15000.50"}},
        ],
        "good": [
            {"params": {"amount": "49.00", "currency": "EUR"}},
            {"params": {"amount": "1200", "currency": "SEK"}},
            {"params": {"amount": "0.99", "currency": "USD"}},
            {"params": {"amount": "15000.50", "currency": "CHF"}},
        ],
    },
    {
        "id": "bp15-mp-paramiko-key-needs-passphrase", "category": "MISSING_PARAMETER",
        "tool": "paramiko_load_private_key", "source": PARAMIKO,
        "fail_re": r"PasswordRequiredException: [Pp]rivate key file is encrypted",
        "learn": [
            {"params": {"path": "keys/deploy_rsa", "key_type": "rsa"}},
            {"params": {"path": "keys/backup_ecdsa", "key_type": "ecdsa"}},
        ],
        "repeats": [
            {"params": {"path": "keys/runner_ed25519", "key_type": "ed25519"}},
            {"params": {"path": "keys/deploy_rsa", "key_type": "rsa", "password": None}},
        ],
        "good": [
            {"params": {"path": "keys/deploy_rsa", "key_type": "rsa", "password": "hunter2-deploy"}},
            {"params": {"path": "keys/backup_ecdsa", "key_type": "ecdsa", "password": "backup-pass-77"}},
            {"params": {"path": "keys/runner_ed25519", "key_type": "ed25519", "password": "ci-secret-9"}},
            {"params": {"path": "keys/id_ed25519", "key_type": "ed25519"}},
            {"params": {"path": "keys/id_rsa", "key_type": "rsa"}},
        ],
    },
    {
        "id": "bp15-mp-barcode-cli-no-output-arg", "category": "MISSING_PARAMETER",
        "tool": "shell_run", "source": "python-barcode 0.16.1 CLI (`python-barcode create`, argparse)",
        "fail_re": r"python-barcode create: error: the following arguments are required: ",
        "learn": [
            {"params": {"command": "python-barcode create -b ean13 400638133393"}},
            {"params": {"command": "python-barcode create -b code128 -t png SHIP-7781"}},
        ],
        "repeats": [
            {"params": {"command": "python-barcode create -b upca --text 'Soda can' 03600029145"}},
            {"params": {"command": "python-barcode create -b code39"}},
            {"params": {"command": "python-barcode create -b isbn13 9780306406157"}},
        ],
        "good": [
            {"params": {"command": "python-barcode create -b ean13 400638133393 out/product"}},
            {"params": {"command": "python-barcode create -b code128 -t png SHIP-7781 out/parcel"}},
            {"params": {"command": "python-barcode create -b upca --text 'Soda can' 03600029145 out/can"}},
            {"params": {"command": "python-barcode create -b isbn13 9780306406157 out/book"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp15-mq-dulwich-add-not-a-repo", "category": "MISSING_PREREQUISITE",
        "tool": "dulwich_add", "source": DULWICH, "fail_re": r"NotGitRepository: No git repository was found at ",
        "learn": [
            {"params": {"repo": "webapp", "paths": ["app.py"]},
             "recent_calls": [RC("fs_read", path="webapp/app.py")]},
            {"params": {"repo": "docs", "paths": ["guide.md"]},
             "recent_calls": []},
        ],
        "repeats": [
            {"params": {"repo": "webapp", "paths": ["README.md", "app.py"]},
             "recent_calls": [RC("fs_read", path="webapp/README.md"), BASH("ls webapp")]},
            {"params": {"repo": "docs", "paths": ["report.md"]},
             "recent_calls": [RC("dulwich_init", repo="site")]},
        ],
        "good": [
            {"params": {"repo": "webapp", "paths": ["app.py"]}, "_setup": [DRIVE("dulwich_init", repo="webapp")],
             "recent_calls": [RC("dulwich_init", repo="webapp")]},
            {"params": {"repo": "docs", "paths": ["guide.md", "report.md"]},
             "_setup": [DRIVE("dulwich_init", repo="docs")],
             "recent_calls": [RC("fs_read", path="docs/guide.md"), RC("dulwich_init", repo="docs")]},
            {"params": {"repo": "site", "paths": ["index.html"]}, "recent_calls": []},
        ],
    },
    {
        "id": "bp15-mq-fpdf-output-dir-missing", "category": "MISSING_PREREQUISITE",
        "tool": "fpdf_build_pdf", "source": FPDF, "fail_re": r"FileNotFoundError: \[Errno 2\] No such file or directory: ",
        "learn": [
            {"params": {"output": "reports/q4.pdf", "ops": pdf_ops("Q4 report", "Revenue up 4%")},
             "recent_calls": []},
            {"params": {"output": "build/invoices/2026-114.pdf", "ops": pdf_ops("Invoice 2026-114")},
             "recent_calls": [RC("pypdf_extract_text", path="invoice.pdf")]},
        ],
        "repeats": [
            {"params": {"output": "exports/labels.pdf", "ops": pdf_ops("Label A", "Label B", "Label C")},
             "recent_calls": [BASH("ls")]},
            {"params": {"output": "out/2026/12/summary.pdf", "ops": pdf_ops("Summary")},
             "recent_calls": [BASH("mkdir -p out")]},
        ],
        "good": [
            {"params": {"output": "reports/q4.pdf", "ops": pdf_ops("Q4 report", "Revenue up 4%")},
             "_setup": ["mkdir -p reports"], "recent_calls": [BASH("mkdir -p reports")]},
            {"params": {"output": "build/invoices/2026-114.pdf", "ops": pdf_ops("Invoice 2026-114")},
             "_setup": ["mkdir -p build/invoices"], "recent_calls": [BASH("mkdir -p build/invoices")]},
            {"params": {"output": "out/summary.pdf", "ops": pdf_ops("Summary")}, "recent_calls": [BASH("ls out")]},
            {"params": {"output": "labels.pdf", "ops": pdf_ops("Label A", "Label B")}, "recent_calls": []},
        ],
    },
    {
        "id": "bp15-mq-markdown-it-plugin-not-installed", "category": "MISSING_PREREQUISITE",
        "tool": "markdown_it_render", "source": "markdown-it-py 4.3.0 (mdit-py-plugins 0.7.0 not installed)",
        "fail_re": r"ModuleNotFoundError: No module named 'mdit_py_plugins'",
        "learn": [
            {"params": {"text": "Text with a note[^1].\n\n[^1]: The note.", "plugins": ["footnote"]},
             "recent_calls": []},
            {"params": {"text": "- [x] done\n- [ ] todo", "plugins": ["tasklists"]},
             "recent_calls": [BASH("pip install markdown-it-py")]},
        ],
        "repeats": [
            {"params": {"text": "Term\n: Definition of the term", "plugins": ["deflist"]},
             "recent_calls": [RC("markdown_it_render", text="# Title")]},
            {"params": {"text": "---\ntitle: Notes\n---\n# Notes", "plugins": ["front_matter"]},
             "recent_calls": [BASH("pip install markdown")]},
        ],
        "good": [
            {"params": {"text": "Text with a note[^1].\n\n[^1]: The note.", "plugins": ["footnote"]},
             "_setup": [LINK("mdit")], "recent_calls": [BASH("pip install mdit-py-plugins")]},
            {"params": {"text": "- [x] done\n- [ ] todo", "plugins": ["tasklists"]},
             "_setup": [LINK("mdit")], "recent_calls": [BASH("pip install mdit-py-plugins"),
                                                         RC("markdown_it_render", text="# Title")]},
            {"params": {"text": "| a | b |\n|---|---|\n| 1 | 2 |", "enable": ["table"]}, "recent_calls": []},
            {"params": {"text": "# Title\n\nSome *emphasis*."}, "recent_calls": []},
        ],
    },
    {
        "id": "bp15-mq-node-module-not-installed", "category": "MISSING_PREREQUISITE",
        "tool": "shell_run", "source": f"{NODE} (CommonJS loader); dayjs 1.11.23, csv-stringify 6.9.0 from npm",
        "fail_re": r"Error: Cannot find module '(dayjs|csv-stringify)",
        "learn": [
            {"params": {"command": "node report.js"}, "recent_calls": [RC("write_file", path="report.js")]},
            {"params": {"command": "node export.js"}, "recent_calls": [BASH("cat export.js")]},
        ],
        "repeats": [
            {"params": {"command": "node week.js"}, "recent_calls": [RC("write_file", path="week.js")]},
            {"params": {"command": "node -e \"console.log(require('dayjs')().year())\""},
             "recent_calls": [BASH("npm init -y")]},
        ],
        "good": [
            {"params": {"command": "node report.js"}, "_setup": [NODE_LINK],
             "recent_calls": [RC("write_file", path="report.js"), BASH("npm install dayjs")]},
            {"params": {"command": "node export.js"}, "_setup": [NODE_LINK],
             "recent_calls": [BASH("npm install csv-stringify"), BASH("cat export.js")]},
            {"params": {"command": "node week.js"}, "_setup": [NODE_LINK],
             "recent_calls": [BASH("npm install dayjs")]},
            {"params": {"command": "node -e \"console.log(require('path').basename('a/b.txt'))\""},
             "recent_calls": []},
        ],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp15-ws-fpdf-no-page-open", "category": "WORKFLOW_SEQUENCE",
        "tool": "fpdf_build_pdf", "source": FPDF,
        "fail_re": r"FPDFException: No page open, you need to call add_page\(\) first",
        "learn": [
            {"params": {"output": "out/letter.pdf", "ops": pdf_ops("Dear customer,", page=False)},
             "recent_calls": []},
            {"params": {"output": "out/menu.pdf",
                        "ops": [{"op": "set_font", "family": "times", "size": 14}, {"op": "cell", "text": "Menu"},
                                {"op": "add_page"}]},
             "recent_calls": [RC("fpdf_build_pdf", output="out/test.pdf", ops=pdf_ops("test"))]},
        ],
        "repeats": [
            {"params": {"output": "out/badge.pdf",
                        "ops": [{"op": "set_font", "family": "courier", "style": "B", "size": 20},
                                {"op": "cell", "text": "VISITOR"}, {"op": "ln"}, {"op": "cell", "text": "Day 2"}]},
             "recent_calls": []},
            {"params": {"output": "out/receipt.pdf",
                        "ops": [{"op": "set_font", "family": "helvetica"}, {"op": "ln"}, {"op": "add_page"},
                                {"op": "cell", "text": "Receipt"}]},
             "recent_calls": [BASH("ls out")]},
        ],
        "good": [
            {"params": {"output": "out/letter.pdf", "ops": pdf_ops("Dear customer,")}, "recent_calls": []},
            {"params": {"output": "out/menu.pdf",
                        "ops": [{"op": "set_font", "family": "times", "size": 14}, {"op": "add_page"},
                                {"op": "cell", "text": "Menu"}]},
             "recent_calls": [RC("fpdf_build_pdf", output="out/test.pdf", ops=pdf_ops("test"))]},
            {"params": {"output": "out/badge.pdf",
                        "ops": [{"op": "add_page"}, {"op": "set_font", "family": "courier", "style": "B", "size": 20},
                                {"op": "cell", "text": "VISITOR"}, {"op": "ln"}, {"op": "add_page"},
                                {"op": "cell", "text": "Day 2"}]},
             "recent_calls": []},
        ],
    },
    {
        "id": "bp15-ws-cryptography-gcm-order", "category": "WORKFLOW_SEQUENCE",
        "tool": "cryptography_cipher_session", "source": CRYPTO,
        "fail_re": r"(NotYetFinalized: You must finalize encryption before getting the tag|"
                   r"AlreadyFinalized: Context was already finalized)",
        "learn": [
            {"params": {"key_hex": KEY, "nonce_hex": NONCE,
                        "ops": [{"op": "update", "text": "card=4111"}, {"op": "tag"}, {"op": "finalize"}]},
             "recent_calls": []},
            {"params": {"key_hex": KEY2, "nonce_hex": NONCE2,
                        "ops": [{"op": "update", "text": "part one"}, {"op": "finalize"},
                                {"op": "update", "text": "part two"}, {"op": "tag"}]},
             "recent_calls": []},
        ],
        "repeats": [
            {"params": {"key_hex": KEY, "nonce_hex": NONCE2,
                        "ops": [{"op": "authenticate", "text": "header-v1"}, {"op": "tag"},
                                {"op": "update", "text": "payload"}, {"op": "finalize"}]},
             "recent_calls": [RC("cryptography_load_private_key", path="pki/signing.pem")]},
            {"params": {"key_hex": KEY2, "nonce_hex": NONCE,
                        "ops": [{"op": "update", "text": "a"}, {"op": "finalize"}, {"op": "authenticate",
                                                                                     "text": "late-aad"},
                                {"op": "tag"}]},
             "recent_calls": []},
        ],
        "good": [
            {"params": {"key_hex": KEY, "nonce_hex": NONCE,
                        "ops": [{"op": "update", "text": "card=4111"}, {"op": "finalize"}, {"op": "tag"}]},
             "recent_calls": []},
            {"params": {"key_hex": KEY2, "nonce_hex": NONCE2,
                        "ops": [{"op": "update", "text": "part one"}, {"op": "update", "text": "part two"},
                                {"op": "finalize"}, {"op": "tag"}]},
             "recent_calls": []},
            {"params": {"key_hex": KEY, "nonce_hex": NONCE2,
                        "ops": [{"op": "authenticate", "text": "header-v1"}, {"op": "update", "text": "payload"},
                                {"op": "finalize"}, {"op": "tag"}]},
             "recent_calls": [RC("cryptography_load_private_key", path="pki/signing.pem")]},
            {"params": {"key_hex": KEY2, "nonce_hex": NONCE,
                        "ops": [{"op": "update", "text": "a"}, {"op": "finalize"}]},
             "recent_calls": []},
        ],
    },
    {
        "id": "bp15-ws-brotli-process-after-finish", "category": "WORKFLOW_SEQUENCE",
        "tool": "brotli_compressor_session", "source": BROTLI, "fail_re": r"error: brotli: encoder failed",
        "learn": [
            {"params": {"output": "out/log.br", "ops": [{"op": "process", "text": "line 1\n"}, {"op": "finish"},
                                                         {"op": "process", "text": "line 2\n"}]},
             "recent_calls": []},
            {"params": {"output": "out/page.br", "quality": 5,
                        "ops": [{"op": "finish"}, {"op": "process", "text": "<html></html>"}]},
             "recent_calls": [RC("brotli_decompress", path="static/index.html.br")]},
        ],
        "repeats": [
            {"params": {"output": "out/data.br", "ops": [{"op": "process", "text": "a,b\n"}, {"op": "flush"},
                                                          {"op": "finish"}, {"op": "process", "text": "c,d\n"},
                                                          {"op": "finish"}]},
             "recent_calls": []},
            {"params": {"output": "out/events.br", "quality": 9,
                        "ops": [{"op": "process", "text": "{\"e\":1}\n"}, {"op": "finish"},
                                {"op": "process", "text": "{\"e\":2}\n"}, {"op": "flush"}]},
             "recent_calls": [BASH("ls out")]},
        ],
        "good": [
            {"params": {"output": "out/log.br", "ops": [{"op": "process", "text": "line 1\n"},
                                                         {"op": "process", "text": "line 2\n"}, {"op": "finish"}]},
             "recent_calls": []},
            {"params": {"output": "out/data.br", "ops": [{"op": "process", "text": "a,b\n"}, {"op": "flush"},
                                                          {"op": "process", "text": "c,d\n"}, {"op": "finish"}]},
             "recent_calls": []},
            {"params": {"output": "out/page.br", "quality": 5,
                        "ops": [{"op": "process", "text": "<html></html>"}, {"op": "finish"}, {"op": "finish"}]},
             "recent_calls": [RC("brotli_decompress", path="static/index.html.br")]},
        ],
    },
    {
        "id": "bp15-ws-csv-stringify-write-after-end", "category": "WORKFLOW_SEQUENCE",
        "tool": "csv_stringify_stream", "source": f"csv-stringify 6.9.0 (npm) on {NODE}",
        "fail_re": r"Error \[ERR_STREAM_WRITE_AFTER_END\]: write after end",
        "learn": [
            {"params": {"output": "out/users.csv", "header": True, "columns": ["id", "name"],
                        "ops": [{"op": "write", "record": [1, "ann"]}, {"op": "end"},
                                {"op": "write", "record": [2, "bob"]}]},
             "recent_calls": []},
            {"params": {"output": "out/totals.csv", "ops": [{"op": "end"}, {"op": "write", "record": ["eu", 120]}]},
             "recent_calls": [RC("csv_stringify_stream", output="out/scratch.csv", ops=[{"op": "end"}])]},
        ],
        "repeats": [
            {"params": {"output": "out/orders.csv", "header": True, "columns": ["order", "total"],
                        "ops": [{"op": "write", "record": [10, 4.5]}, {"op": "write", "record": [11, 12]},
                                {"op": "end"}, {"op": "write", "record": [12, 7.25]}, {"op": "end"}]},
             "recent_calls": []},
            {"params": {"output": "out/tags.csv", "ops": [{"op": "write", "record": ["a"]}, {"op": "end"},
                                                           {"op": "write", "record": ["b"]}]},
             "recent_calls": [BASH("cat out/users.csv")]},
        ],
        "good": [
            {"params": {"output": "out/users.csv", "header": True, "columns": ["id", "name"],
                        "ops": [{"op": "write", "record": [1, "ann"]}, {"op": "write", "record": [2, "bob"]},
                                {"op": "end"}]},
             "recent_calls": []},
            {"params": {"output": "out/totals.csv", "ops": [{"op": "write", "record": ["eu", 120]}, {"op": "end"}]},
             "recent_calls": []},
            {"params": {"output": "out/empty.csv", "header": True, "columns": ["id"], "ops": [{"op": "end"}]},
             "recent_calls": [RC("csv_stringify_stream", output="out/scratch.csv", ops=[{"op": "end"}])]},
        ],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp15-wt-pypdf-on-non-pdf", "category": "WRONG_TOOL_SELECTION",
        "tool": "pypdf_extract_text", "source": "pypdf 7.1.1",
        "fail_re": r"(PdfStreamError: Stream has ended unexpectedly|PdfReadError: |EmptyFileError: )",
        "learn": [
            {"params": {"path": "invoice.html"}},
            {"params": {"path": "docs/contract.docx"}},
        ],
        "repeats": [
            {"params": {"path": "docs/report.md"}},
            {"params": {"path": "scan.png", "pages": [0]}},
        ],
        "good": [
            {"params": {"path": "invoice.pdf"}},
            {"params": {"path": "docs/report.pdf"}},
            {"params": {"path": "docs/report.pdf", "pages": [0]}},
        ],
    },
    {
        "id": "bp15-wt-brotli-on-other-compression", "category": "WRONG_TOOL_SELECTION",
        "tool": "brotli_decompress", "source": BROTLI, "fail_re": r"error: brotli: decoder failed",
        "learn": [
            {"params": {"path": "logs/access.log.gz"}},
            {"params": {"path": "static/assets.zip"}},
        ],
        "repeats": [
            {"params": {"path": "logs/error.log.bz2"}},
            {"params": {"path": "static/app.js.br.gz"}, "_setup": []},
        ],
        "good": [
            {"params": {"path": "static/app.js.br"}},
            {"params": {"path": "static/index.html.br"}},
            {"params": {"path": "static/style.css.br"}},
        ],
        "setup": ["gzip -k static/app.js.br"],
    },
    {
        "id": "bp15-wt-scipy-loadmat-on-numpy-file", "category": "WRONG_TOOL_SELECTION",
        "tool": "scipy_loadmat", "source": SCIPY, "fail_re": r"ValueError: Unknown mat file type",
        "learn": [
            {"params": {"path": "mat/weights.npy"}},
            {"params": {"path": "mat/features.npz"}},
        ],
        "repeats": [
            {"params": {"path": "invoice.pdf"}},
            {"params": {"path": "mat/weights_copy.npy"}},
        ],
        "good": [
            {"params": {"path": "mat/results.mat"}},
            {"params": {"path": "mat/legacy_v4.mat"}},
            {"params": {"path": "mat/results"}},
        ],
        "setup": ["cp mat/weights.npy mat/weights_copy.npy"],
    },
    {
        "id": "bp15-wt-private-key-loader-on-public-key", "category": "WRONG_TOOL_SELECTION",
        "tool": "cryptography_load_private_key", "source": CRYPTO,
        "fail_re": r"ValueError: (Valid PEM but no BEGIN/END delimiters for a private key found|Unable to load PEM file)",
        "learn": [
            {"params": {"path": "pki/signing.pub.pem"}},
            {"params": {"path": "keys/id_ed25519.pub"}},
        ],
        "repeats": [
            {"params": {"path": "pki/api_rsa.pub.pem"}},
            {"params": {"path": "keys/deploy_rsa.pub", "password": "hunter2-deploy"}},
        ],
        "good": [
            {"params": {"path": "pki/signing.pem"}},
            {"params": {"path": "pki/legacy_rsa.pem"}},
            {"params": {"path": "pki/vault.pem", "password": "vault-pass-1"}},
        ],
    },
    {
        "id": "bp15-wt-paramiko-private-loader-on-pub", "category": "WRONG_TOOL_SELECTION",
        "tool": "paramiko_load_private_key", "source": PARAMIKO,
        "fail_re": r"SSHException: not a valid \w+ private key file",
        "learn": [
            {"params": {"path": "keys/id_rsa.pub", "key_type": "rsa"}},
            {"params": {"path": "keys/backup_ecdsa.pub", "key_type": "ecdsa"}},
        ],
        "repeats": [
            {"params": {"path": "keys/deploy_rsa.pub", "key_type": "rsa", "password": "hunter2-deploy"}},
            {"params": {"path": "pki/api_rsa.pub.pem", "key_type": "rsa"}},
        ],
        "good": [
            {"params": {"path": "keys/id_rsa", "key_type": "rsa"}},
            {"params": {"path": "keys/backup_ecdsa", "key_type": "ecdsa", "password": "backup-pass-77"}},
            {"params": {"path": "keys/deploy_rsa", "key_type": "rsa", "password": "hunter2-deploy"}},
            {"params": {"path": "pki/legacy_rsa.pem", "key_type": "rsa"}},
        ],
    },
]
