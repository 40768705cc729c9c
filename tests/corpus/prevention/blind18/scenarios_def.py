"""Scenario definitions for blind set 18. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp18fx"
SHELL = "terminal_exec"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def SH(cmd):
    return {"tool": SHELL, "params": {"command": cmd}}


def C(cmd, history=None, setup=()):
    d = {"params": {"command": cmd}}
    if history is not None:
        d["recent_calls"] = history
    if setup:
        d["_setup"] = list(setup)
    return d


def P(**params):
    return {"params": params}


def PH(history, setup=(), **params):
    """params with recent_calls (newest last) and hidden setup commands"""
    d = {"params": params, "recent_calls": history}
    if setup:
        d["_setup"] = list(setup)
    return d


def DRIVE(tool, **params):
    """hidden setup step: run the same driver so a history entry really happened"""
    return f"{PY} {HERE}/drivers.py {tool} {shlex.quote(json.dumps(params))} >/dev/null"


def HD(tool, **params):
    """a history entry that really happens: (recent_call, hidden setup command)"""
    return RC(tool, **params), DRIVE(tool, **params)


def SHD(cmd):
    """a shell history entry that really happens"""
    return SH(cmd), cmd


def hist(*pairs):
    return [p[0] for p in pairs]


def setup(*pairs):
    return [p[1] for p in pairs]


PYV = "Python 3.11.7"
HASHLIB = f"{PYV} hashlib (OpenSSL 3.0.19)"
CODECS = f"{PYV} str.encode / codecs"
CSSSEL = "cssselect 1.6.0"
LARK = "lark 1.3.1"
SASS = "Dart Sass 1.108.2 CLI (npm sass)"
IDNA = "idna 3.20"
ULID = "python-ulid 4.1.0"
FRAC = f"{PYV} fractions"
NACL = "PyNaCl 1.6.2"
B64 = "GNU coreutils 9.1 base64"
HMAC = f"{PYV} hmac"
STRUCT = f"{PYV} struct"
UUID = f"{PYV} uuid"
ZIPAPP = f"{PYV} zipapp"
MAILBOX = f"{PYV} mailbox"
IMPMETA = f"{PYV} importlib.metadata"
STYLELINT = "stylelint 17.16.0 CLI (npm)"
NODE = "Node.js v20.20.2 (node -e)"
ZLIB = f"{PYV} zlib"
SHUTIL = f"{PYV} shutil"
GZIP = "GNU gzip 1.12"
LN = "GNU coreutils 9.1 ln"
PLIST = f"{PYV} plistlib"
PYCP = "pycparser 3.12"
ESPRIMA = "esprima 4.0.1 (Python port)"

NEUTRAL = [RC("fs_list", path=".")]

# lark grammars
G_GREET = 'start: "hello" NAME\nNAME: /[a-z]+/\n%ignore " "\n'
G_SUM = 'start: NUMBER ("+" NUMBER)*\n%import common.NUMBER\n%ignore " "\n'
G_KV = 'start: pair ("," pair)*\npair: KEY "=" VALUE\nKEY: /[a-z]+/\nVALUE: /[0-9]+/\n%ignore " "\n'

# stylelint config written by a hidden step in the good calls (and shown as write_file in their history)
STY_CFG = '{"rules": {"color-no-invalid-hex": true, "block-no-empty": true}}'
STY_W = (RC("write_file", path=".stylelintrc.json", content=STY_CFG + "\n"),
         f"printf '%s\\n' {shlex.quote(STY_CFG)} > .stylelintrc.json")

MD = {n: HD("mailbox_maildir_create", path=f"mail/{n}") for n in ("inbox", "support", "archive")}
KEY32 = "9f" * 32

def zo(*ops):
    out = []
    for o in ops:
        if o in ("flush", "sync_flush"):
            out.append({"op": o})
        else:
            out.append({"op": "compress", "data": o})
    return out


CT_ASSETS = HD("shutil_copytree", src="assets", dst="dist/assets")
CT_TPL = HD("shutil_copytree", src="templates", dst="dist/templates")
GZ_PAY = SHD("gzip -k logs/payments.log")
GZ_ORD = SHD("gzip -k logs/orders.log")
LN_ENV = SHD("ln -s config/prod.env .env")
LN_LOC = SHD("ln -s config/dev.env .env.local")

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp18-ip-hashlib-unknown-algorithm", "category": "INCORRECT_PARAMETER", "tool": "hashlib_new_digest",
        "source": HASHLIB, "fail_re": r"^ValueError: unsupported hash type ",
        "learn": [P(algorithm="sha265", text="invoice-77"), P(algorithm="blake2", text="order 1234")],
        "repeats": [P(algorithm="md-5", text="backup.tar"), P(algorithm="crc32", text="payload"),
                    P(algorithm="sha2", text="user:ann")],
        "good": [P(algorithm="sha256", text="invoice-77"), P(algorithm="blake2b", text="order 1234"),
                 P(algorithm="md5", text="backup.tar"), P(algorithm="sha3_256", text="payload"),
                 P(algorithm="sha512", text="user:ann")],
    },
    {
        "id": "bp18-ip-codecs-unknown-encoding-or-handler", "category": "INCORRECT_PARAMETER",
        "tool": "codecs_encode_text", "source": CODECS,
        "fail_re": r"^LookupError: unknown (encoding|error handler name)",
        "learn": [P(text="Caffè €2", encoding="utf-9"), P(text="Caffè €2", encoding="ascii", errors="ignor")],
        "repeats": [P(text="Grüße aus Köln", encoding="latin-l"), P(text="Zürich €", encoding="win-1252"),
                    P(text="naïve résumé", encoding="ascii", errors="replac")],
        "good": [P(text="Caffè €2", encoding="utf-8"), P(text="Caffè €2", encoding="ascii", errors="ignore"),
                 P(text="Grüße aus Köln", encoding="latin-1"), P(text="Zürich €", encoding="cp1252"),
                 P(text="naïve résumé", encoding="ascii", errors="replace"),
                 P(text="naïve résumé", encoding="ascii", errors="xmlcharrefreplace")],
    },
    {
        "id": "bp18-ip-cssselect-unknown-pseudo-class", "category": "INCORRECT_PARAMETER",
        "tool": "cssselect_to_xpath", "source": CSSSEL, "fail_re": r"^ExpressionError: The pseudo-class :\S+ is unknown",
        "learn": [P(selector="a.nav:hoverr"), P(selector="ul.menu li:first-childe")],
        "repeats": [P(selector="table tr:nth-chil(2)"), P(selector="input:checkd"), P(selector="form input:focuss")],
        "good": [P(selector="a.nav:hover"), P(selector="ul.menu li:first-child"), P(selector="table tr:nth-child(2)"),
                 P(selector="input:checked"), P(selector="ul li:last-child"), P(selector="p:not(.intro)")],
    },
    {
        "id": "bp18-ip-lark-undefined-rule", "category": "INCORRECT_PARAMETER", "tool": "lark_parse",
        "source": LARK, "fail_re": r"^GrammarError: Rule '\w+' used but not defined",
        "learn": [P(grammar='start: "hello" NAM\nNAME: /[a-z]+/\n%ignore " "\n', text="hello bob"),
                  P(grammar='start: pair ("," pair)*\npair: KEY "=" value\nKEY: /[a-z]+/\nVALUE: /[0-9]+/\n%ignore " "\n',
                    text="a=1, b=2")],
        "repeats": [P(grammar='start: NUMBER ("+" NUMBER)*\n%import common.NUMBR\n%ignore " "\n', text="1 + 2"),
                    P(grammar='start: greeting NAME\nNAME: /[a-z]+/\n%ignore " "\n', text="hello bob"),
                    P(grammar='start: item+\nitem: WORD\n%ignore " "\n', text="apple pear")],
        "good": [P(grammar=G_GREET, text="hello bob"), P(grammar=G_KV, text="a=1, b=2"), P(grammar=G_SUM, text="1 + 2"),
                 P(grammar='start: item+\nitem: WORD\n%import common.WORD\n%ignore " "\n', text="apple pear")],
    },
    {
        "id": "bp18-ip-sass-option-value-not-allowed", "category": "INCORRECT_PARAMETER", "tool": SHELL,
        "source": SASS, "fail_re": r'^"[^"]*" is not an allowed value for option "--[\w-]+"',
        "learn": [C("sass --style=compresed styles/site.scss out/site.css"),
                  C("sass --source-map-urls=absolut styles/theme.scss out/theme.css")],
        "repeats": [C("sass --style=nested styles/site.scss out/site.css"),
                    C("sass --style=compact styles/theme.scss:out/theme.css"),
                    C("sass --pkg-importer=npm styles/site.scss out/site.css")],
        "good": [C("sass --style=compressed styles/site.scss out/site.css"),
                 C("sass --source-map-urls=absolute styles/theme.scss out/theme.css"),
                 C("sass --style=expanded styles/site.scss out/site.css"),
                 C("sass --no-source-map styles/theme.scss:out/theme.css"),
                 C("sass --pkg-importer=node styles/site.scss out/site.css")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp18-pf-idna-invalid-label", "category": "PARAMETER_FORMAT", "tool": "idna_encode", "source": IDNA,
        "fail_re": r"^(IDNAError|InvalidCodepoint): ",
        "learn": [P(domain="-shop-.example.com"), P(domain="my shop.example.com")],
        "repeats": [P(domain="bücher..de"), P(domain="api_v2.example.com"), P(domain="café-.fr")],
        "good": [P(domain="shop.example.com"), P(domain="my-shop.example.com"), P(domain="bücher.de"),
                 P(domain="api-v2.example.com"), P(domain="café.fr"), P(domain="münchen.de")],
    },
    {
        "id": "bp18-pf-ulid-bad-length-or-alphabet", "category": "PARAMETER_FORMAT", "tool": "ulid_parse",
        "source": ULID, "fail_re": r"^ValueError: Encoded ULID (has to be exactly 26|can only consist)",
        "learn": [P(value="01ARZ3NDEKTSV4RRFFQ69G5FAVX"), P(value="01ARZ3NDEKTSV4RRFFQ69G5FAU")],
        "repeats": [P(value="01HZX5K3Q8W7Y2B9C4D6E8F0G"), P(value="01J9Z8XW4TQ5N3R7K2M6P0V8BO"),
                    P(value="01-ARZ3NDEKTSV4RRFFQ69G5FA")],
        "good": [P(value="01ARZ3NDEKTSV4RRFFQ69G5FAV"), P(value="01HZX5K3Q8W7Y2B9C4D6E8F0GH"),
                 P(value="01J9Z8XW4TQ5N3R7K2M6P0V8BC"), P(value="01arz3ndektsv4rrffq69g5fav")],
    },
    {
        "id": "bp18-pf-fraction-invalid-literal", "category": "PARAMETER_FORMAT", "tool": "fractions_parse",
        "source": FRAC, "fail_re": r"^ValueError: Invalid literal for Fraction: ",
        "learn": [P(text="1.5/2"), P(text="2,5")],
        "repeats": [P(text="3 /4"), P(text="1/2/3"), P(text="½")],
        "good": [P(text="3/4"), P(text="2.5"), P(text="-7/8"), P(text="2.5e-3"), P(text=" 5/8 ")],
    },
    {
        "id": "bp18-pf-nacl-key-length", "category": "PARAMETER_FORMAT", "tool": "nacl_secretbox_encrypt",
        "source": NACL, "fail_re": r"^ValueError: The key must be exactly 32 bytes long",
        "learn": [P(key_hex="9f" * 16, message="card 4111"), P(key_hex="a1" * 31, message="token=abc")],
        "repeats": [P(key_hex="3c" * 24, message="ssn 123"), P(key_hex="0e" * 64, message="api key"),
                    P(key_hex="77" * 33, message="pin 0000")],
        "good": [P(key_hex=KEY32, message="card 4111"), P(key_hex="a1" * 32, message="token=abc"),
                 P(key_hex="3c" * 32, message="ssn 123"), P(key_hex="0e" * 32, message="api key")],
    },
    {
        "id": "bp18-pf-base64-invalid-input", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": B64,
        "fail_re": r"base64: invalid input",
        "learn": [C("echo 'eyJpZCI6MTIzNH0@@' | base64 -d"), C("echo 'aGVsbG8gd29ybGQ#' | base64 -d")],
        "repeats": [C("printf 'b3JkZXI6IDEyMzQ!!' | base64 -d"), C("echo 'dXNlcjphbm4$' | base64 --decode"),
                    C("echo 'cGF5bWVudCA3Nw==' | base64 -d; echo 'c2hpcC05%%' | base64 -d")],
        "good": [C("echo 'eyJpZCI6MTIzNH0=' | base64 -d"), C("echo 'aGVsbG8gd29ybGQ=' | base64 -d"),
                 C("printf 'b3JkZXI6IDEyMzQ=' | base64 -d"), C("echo 'dXNlcjphbm4=' | base64 --decode"),
                 C("echo 'c2hpcC05' | base64 -d")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp18-mp-hmac-no-digestmod", "category": "MISSING_PARAMETER", "tool": "hmac_sign", "source": HMAC,
        "fail_re": r"^TypeError: Missing required parameter 'digestmod'",
        "learn": [P(key="whsec_test", message='{"event":"paid"}'), P(key="s3cr3t", message="GET /orders?page=2")],
        "repeats": [P(key="hook-key-2", message='{"event":"refund"}'), P(key="k", message="user=ann&ts=1700000000")],
        "good": [P(key="whsec_test", message='{"event":"paid"}', digestmod="sha256"),
                 P(key="s3cr3t", message="GET /orders?page=2", digestmod="sha1"),
                 P(key="hook-key-2", message='{"event":"refund"}', digestmod="sha512"),
                 P(key="k", message="user=ann&ts=1700000000", digestmod="md5")],
    },
    {
        "id": "bp18-mp-struct-too-few-values", "category": "MISSING_PARAMETER", "tool": "struct_pack", "source": STRUCT,
        "fail_re": r"^error: pack expected \d+ items for packing \(got \d+\)",
        "learn": [P(format="<IH", values=[1234]), P(format=">HHI", values=[1, 2])],
        "repeats": [P(format="<Qd", values=[77]), P(format="!BBH", values=[4]), P(format="<3I", values=[1, 2])],
        "good": [P(format="<IH", values=[1234, 2]), P(format=">HHI", values=[1, 2, 3]), P(format="<Qd", values=[77, 9.5]),
                 P(format="!BBH", values=[4, 5, 80]), P(format="<3I", values=[1, 2, 3])],
    },
    {
        "id": "bp18-mp-uuid-no-value", "category": "MISSING_PARAMETER", "tool": "uuid_build", "source": UUID,
        "fail_re": r"^TypeError: one of the hex, bytes, bytes_le, fields, or int arguments must be given",
        "learn": [P(version=4), P()],
        "repeats": [P(version=1), P(version=5)],
        "good": [P(hex="12345678123456781234567812345678", version=4), P(hex="6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
                 P(int=1234567890123456789, version=4), P(hex="{886313e1-3b8a-5372-9b90-0c9aee199e5d}")],
    },
    {
        "id": "bp18-mp-zipapp-no-entry-point", "category": "MISSING_PARAMETER", "tool": "zipapp_create",
        "source": ZIPAPP, "fail_re": r"^ZipAppError: Archive has no entry point",
        "learn": [P(source="app", target="out/app.pyz"), P(source="jobs", target="out/jobs.pyz",
                                                           interpreter="/usr/bin/env python3")],
        "repeats": [P(source="app", target="dist/cli.pyz", interpreter="/usr/bin/python3"),
                    P(source="jobs", target="dist/runner.pyz")],
        "good": [P(source="app", target="out/app.pyz", main="cli:main"),
                 P(source="jobs", target="out/jobs.pyz", interpreter="/usr/bin/env python3", main="runner:run"),
                 P(source="tool", target="dist/tool.pyz"),
                 P(source="tool", target="out/tool.pyz", interpreter="/usr/bin/python3")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp18-mq-mailbox-maildir-not-created", "category": "MISSING_PREREQUISITE", "tool": "mailbox_maildir_add",
        "source": MAILBOX, "fail_re": r"^NoSuchMailboxError: ",
        "learn": [PH(NEUTRAL, path="mail/inbox", subject="Order 1234 shipped", body="Your order is on its way."),
                  PH([], path="mail/support", subject="Ticket #77", sender="ann@example.com", body="Printer jam")],
        "repeats": [PH(NEUTRAL, path="mail/archive", subject="Invoice 77", body="Attached."),
                    PH([RC("fs_mkdir", path="mail")], path="mail/inbox", subject="Welcome", body="Hi Ann")],
        "good": [PH(hist(MD["inbox"]), setup(MD["inbox"]), path="mail/inbox", subject="Order 1234 shipped",
                    body="Your order is on its way."),
                 PH(hist(MD["support"]), setup(MD["support"]), path="mail/support", subject="Ticket #77",
                    sender="ann@example.com", body="Printer jam"),
                 PH(hist(MD["archive"]), setup(MD["archive"]), path="mail/archive", subject="Invoice 77", body="Attached."),
                 PH(NEUTRAL + hist(MD["inbox"]), setup(MD["inbox"]), path="mail/inbox", subject="Welcome", body="Hi Ann")],
    },
    {
        "id": "bp18-mq-importlib-package-not-installed", "category": "MISSING_PREREQUISITE",
        "tool": "importlib_metadata_version", "source": IMPMETA, "fail_re": r"^PackageNotFoundError: No package metadata",
        "learn": [PH(NEUTRAL, name="tabulate"), PH([], name="humanize")],
        "repeats": [PH([RC("read_text_file", path="requirements.txt")], name="rich"), PH(NEUTRAL, name="attrs")],
        "good": [PH([RC("pip_install_packages", packages=["lark"])], name="lark"),
                 PH([RC("pip_install_packages", packages=["idna"])], name="idna"),
                 PH([RC("pip_install_packages", packages=["pycparser"])], name="pycparser"),
                 PH([RC("pip_install_packages", packages=["PyNaCl"])], name="PyNaCl")],
    },
    {
        "id": "bp18-mq-stylelint-no-config", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": STYLELINT,
        "fail_re": r"ConfigurationError: No configuration provided for",
        "learn": [C("stylelint styles/site.css", NEUTRAL), C("stylelint 'styles/**/*.css'", [])],
        "repeats": [C("stylelint styles/theme.css --fix", NEUTRAL), C("stylelint web/widget.css", [SH("ls web")])],
        "good": [C("stylelint styles/site.css", [STY_W[0]], [STY_W[1]]),
                 C("stylelint 'styles/**/*.css'", [STY_W[0]], [STY_W[1]]),
                 C("stylelint styles/theme.css --fix", NEUTRAL + [STY_W[0]], [STY_W[1]]),
                 C("stylelint web/widget.css", [STY_W[0], SH("ls web")], [STY_W[1]])],
    },
    {
        "id": "bp18-mq-node-module-not-installed", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": NODE,
        "fail_re": r"Error: Cannot find module '",
        "learn": [C("node -e \"const dayjs = require('dayjs'); console.log(dayjs().year())\"", NEUTRAL),
                  C("node -e \"const _ = require('lodash'); console.log(_.chunk([1, 2, 3], 2))\"", [])],
        "repeats": [C("node -e \"const less = require('less'); less.render('a { b: c }').then(o => console.log(o.css))\"",
                      NEUTRAL),
                    C("node -e \"const csso = require('csso'); console.log(csso.minify('a { color: red }').css)\"", [])],
        "good": [C("node -e \"const sass = require('sass'); console.log(sass.compileString('a { b: c }').css)\"",
                   [SH("npm install sass")]),
                 C("node -e \"const postcss = require('postcss'); console.log(postcss.parse('a { color: red }').nodes.length)\"",
                   [SH("npm install postcss")]),
                 C("node -e \"const sass = require('sass'); console.log(sass.info)\"", NEUTRAL + [SH("npm install sass")])],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp18-ws-zlib-compress-after-finish", "category": "WORKFLOW_SEQUENCE", "tool": "zlib_compress_session",
        "source": ZLIB, "fail_re": r"^error: Error -2 while (compressing data|flushing): inconsistent stream state",
        "learn": [PH([], ops=zo("GET / 200\n", "flush", "GET /sale 200\n")),
                  PH(NEUTRAL, ops=zo("order 1234\n", "flush", "flush"))],
        "repeats": [PH([], level=9, ops=zo("chunk-1", "chunk-2", "flush", "chunk-3", "flush")),
                    PH(NEUTRAL, ops=zo("flush", "late data")),
                    PH([], level=1, ops=zo("a" * 50, "flush", "sync_flush"))],
        "good": [PH([], ops=zo("GET / 200\n", "sync_flush", "GET /sale 200\n", "flush")),
                 PH(NEUTRAL, ops=zo("order 1234\n", "flush")),
                 PH([], level=9, ops=zo("chunk-1", "chunk-2", "chunk-3", "flush")),
                 PH([], level=1, ops=zo("a" * 50, "sync_flush", "b" * 20, "flush"))],
    },
    {
        "id": "bp18-ws-copytree-destination-exists", "category": "WORKFLOW_SEQUENCE", "tool": "shutil_copytree",
        "source": SHUTIL, "fail_re": r"^FileExistsError: \[Errno 17\] File exists: ",
        "learn": [PH(hist(CT_ASSETS), setup(CT_ASSETS), src="assets", dst="dist/assets"),
                  PH(hist(CT_TPL), setup(CT_TPL), src="templates", dst="dist/templates")],
        "repeats": [PH(hist(CT_TPL, CT_ASSETS), setup(CT_TPL, CT_ASSETS), src="assets", dst="dist/assets"),
                    PH(NEUTRAL + hist(CT_TPL), setup(CT_TPL), src="templates", dst="dist/templates")],
        "good": [PH(NEUTRAL, src="assets", dst="dist/assets"),
                 PH(hist(CT_ASSETS), setup(CT_ASSETS), src="assets", dst="dist/assets", dirs_exist_ok=True),
                 PH(hist(CT_ASSETS), setup(CT_ASSETS), src="templates", dst="dist/templates"),
                 PH(hist(CT_TPL), setup(CT_TPL), src="templates", dst="dist/templates", dirs_exist_ok=True)],
    },
    {
        "id": "bp18-ws-gzip-output-already-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": GZIP,
        "fail_re": r"^gzip: \S+\.gz already exists;\s+not overwritten",
        "learn": [C("gzip -k logs/payments.log", hist(GZ_PAY), setup(GZ_PAY)),
                  C("gzip -k logs/orders.log", hist(GZ_ORD), setup(GZ_ORD))],
        "repeats": [C("gzip -k -9 logs/payments.log", NEUTRAL + hist(GZ_PAY), setup(GZ_PAY)),
                    C("gzip -k logs/orders.log logs/cache.log", hist(GZ_ORD), setup(GZ_ORD))],
        "good": [C("gzip -k logs/cache.log", hist(GZ_PAY), setup(GZ_PAY)),
                 C("gzip -kf logs/payments.log", hist(GZ_PAY), setup(GZ_PAY)),
                 C("gzip -k logs/orders.log", hist(GZ_ORD, SHD("rm logs/orders.log.gz")),
                   setup(GZ_ORD, SHD("rm logs/orders.log.gz"))),
                 C("gzip -k logs/orders.log", NEUTRAL)],
    },
    {
        "id": "bp18-ws-ln-link-already-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": LN,
        "fail_re": r"^ln: failed to create symbolic link '[^']+': File exists",
        "learn": [C("ln -s config/staging.env .env", hist(LN_ENV), setup(LN_ENV)),
                  C("ln -s config/staging.env .env.local", hist(LN_LOC), setup(LN_LOC))],
        "repeats": [C("ln -s config/dev.env .env", NEUTRAL + hist(LN_ENV), setup(LN_ENV)),
                    C("ln -s config/prod.env .env.local", hist(LN_ENV, LN_LOC), setup(LN_ENV, LN_LOC))],
        "good": [C("ln -sf config/staging.env .env", hist(LN_ENV), setup(LN_ENV)),
                 C("ln -s config/staging.env .env.staging", hist(LN_ENV), setup(LN_ENV)),
                 C("ln -s config/dev.env .env", hist(LN_ENV, SHD("rm .env")), setup(LN_ENV, SHD("rm .env"))),
                 C("ln -s config/prod.env .env", NEUTRAL)],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp18-wt-plistlib-not-a-plist", "category": "WRONG_TOOL_SELECTION", "tool": "plistlib_load",
        "source": PLIST, "fail_re": r"^InvalidFileException: Invalid file",
        "learn": [P(path="data/config.json"), P(path="config/app.ini")],
        "repeats": [P(path="data/settings.yaml"), P(path="data/prefs.toml")],
        "good": [P(path="data/settings.plist"), P(path="data/prefs.plist"), P(path="data/com.example.agent.plist")],
    },
    {
        "id": "bp18-wt-zlib-decompress-other-container", "category": "WRONG_TOOL_SELECTION",
        "tool": "zlib_decompress_file", "source": ZLIB, "fail_re": r"^error: Error -3 while decompressing data: incorrect header check",
        "learn": [P(path="logs/web.log.gz"), P(path="logs/db.log.bz2")],
        "repeats": [P(path="logs/app.log.xz"), P(path="logs/old.log.gz"), P(path="logs/queue.log.bz2")],
        "good": [P(path="logs/web.log.zz"), P(path="logs/orders.log.zz"), P(path="data/blob.zlib")],
    },
    {
        "id": "bp18-wt-zcat-not-gzip", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": GZIP + " (zcat)",
        "fail_re": r"^gzip: \S+: not in gzip format",
        "learn": [C("zcat logs/db.log.bz2"), C("zcat logs/app.log.xz")],
        "repeats": [C("gzip -dc logs/queue.log.bz2"), C("zcat logs/cache.log.xz"), C("gzip -dc logs/app.log.xz")],
        "good": [C("zcat logs/web.log.gz"), C("gzip -dc logs/old.log.gz"), C("zcat logs/old.log.gz"),
                 C("gzip -dc logs/web.log.gz")],
    },
    {
        "id": "bp18-wt-pycparser-cplusplus-source", "category": "WRONG_TOOL_SELECTION", "tool": "pycparser_parse_file",
        "source": PYCP, "fail_re": r"^ParseError: \S+:\d+:\d+: ",
        "learn": [P(path="src/main.cpp"), P(path="src/shape.hpp")],
        "repeats": [P(path="src/vec.cpp"), P(path="src/app.cc")],
        "good": [P(path="src/add.c"), P(path="src/util.c"), P(path="src/list.c")],
    },
    {
        "id": "bp18-wt-esprima-typescript-source", "category": "WRONG_TOOL_SELECTION", "tool": "esprima_parse",
        "source": ESPRIMA, "fail_re": r"^Error: Line \d+: Unexpected",
        "learn": [P(path="web/types.ts"), P(path="web/api.ts", module=True)],
        "repeats": [P(path="web/store.ts"), P(path="web/models.ts", module=True)],
        "good": [P(path="web/app.js"), P(path="web/util.js"), P(path="web/cart.js", module=True),
                 P(path="web/app.js", module=True)],
    },
]
