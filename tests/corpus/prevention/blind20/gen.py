#!/work/blind-prev20/venv/bin/python
"""Build fixtures under /tmp/bp20fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a /tmp path in an error,
a scenario tool that is in existing_prevention_tools.txt or from an avoided family, a category with fewer
than 4 scenarios, a scenario with fewer than 2 learn / 2 repeats / 3 good calls, and an MQ/WS item
without recent_calls. No server is used.

    venv/bin/python gen.py [--only ID_SUBSTRING] [--show] [--keep]
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS, PY, FX  # noqa: E402

MASTER = f"{FX}/_master"
DRIVERS = os.path.join(HERE, "drivers.py")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = {k: v for k, v in os.environ.items() if k not in ("NODE_PATH", "PYTHONPATH")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore", "PATH": os.path.dirname(PY) + ":" + os.path.join(HERE, "node_modules", ".bin") + ":"
                 + os.environ.get("PATH", "")})
CATS = ["INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PARAMETER", "MISSING_PREREQUISITE",
        "WORKFLOW_SEQUENCE", "WRONG_TOOL_SELECTION"]
FAMILIES = ("git hg svn gpg cargo pg psql npm go rabbitmq pandas openssl mariadb fossil uv sqlalchemy peewee "
            "alembic sqlite pika paho keytool ansible amqplib kombu openpyxl polars docx pyjwt x509 marshmallow "
            "cerberus jsonschema pydantic arrow babel numpy pyarrow pendulum h5py networkx sqlglot xmlschema "
            "zstandard msgpack protobuf jsonpointer rrule iso8601 pycountry redis terraform nats kubectl bcrypt "
            "brotli cryptography csv dulwich fpdf icalendar jmespath jsonpath markdown moneyed paramiko pypdf "
            "qrcode barcode schema scipy semantic semver sympy voluptuous yaml json toml tomlkit requests httpx "
            "docker tar zip unzip jq pint jinja2 lxml croniter dateutil email pyotp phonenumbers itsdangerous "
            "pyzipper py7zr duckdb lmdb pillow xmltodict zoneinfo dbm pygmentize sqlformat mkdocs sphinx xz pytz "
            "holidays regex mako netaddr isodate base58 ruamel attrs feedgen vobject whoosh mutagen xlrd bson "
            "gettext polib configparser shelve wave prettier ajv eslint bzip2 hashlib codecs fractions hmac struct uuid "
            "zipapp mailbox importlib zlib shutil plistlib cssselect lark idna ulid nacl pycparser esprima sass "
            "stylelint node base64 gzip zcat ln "
            # families of blind set 19
            "simpleeval decimal passlib bitarray binascii packaging hashids rsa calendar cattrs ecdsa tinydb lzma odfpy "
            "pickle sort fold tr join sha256sum mkdir patch lessc terser").split()


def sh(cmd, cwd=None):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=BASE_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if r.returncode != 0:
        print(f"PROBLEM setup {cmd!r}: {r.stdout.strip()[:300]}")
    return r.stdout


def w(path, text, base=None, mode="w"):
    path = os.path.join(base or MASTER, path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


def build_master():
    import zipfile

    from pptx import Presentation

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    os.symlink(os.path.join(HERE, "node_modules"), "node_modules")  # project-local npm packages (typescript)
    # binary / text files for od
    w("bin/header.bin", bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(range(24)), mode="wb")
    w("data/packet.bin", bytes(range(48, 96)), mode="wb")
    w("docs/notes.txt", "release notes\nline two\n")
    # log / image files for truncate
    w("logs/app.log", "started\n" * 50)
    w("logs/worker.log", "job done\n" * 20)
    # config files for diff (identical backup pairs) and sorted lists for comm
    w("config/app.conf", "port = 8080\nworkers = 4\n")
    w("config/app.conf.bak", "port = 8080\nworkers = 4\n")
    w("config/nginx.conf", "server { listen 80; }\n")
    w("config/nginx.conf.orig", "server { listen 80; }\n")
    w("src/main.py", "print('hi')\n")
    w("backup/src/main.py", "print('hi')\n")
    w("lists/users_a.txt", "alice\nbob\ncarol\n")
    w("lists/users_b.txt", "bob\ncarol\ndave\n")
    w("lists/team.txt", "bob\nerin\n")
    w("lists/admins.txt", "alice\nerin\n")
    # a C project whose Makefile is produced by ./configure (no Makefile yet)
    w("calc/calc.c", '#include <stdio.h>\nint main(void) { printf("%d\\n", 2 + 3); return 0; }\n')
    w("calc/configure", "#!/bin/sh\n# generate Makefile\ncat > Makefile <<'MK'\nCC ?= cc\nall: calc\n\n"
      "calc: calc.c\n\t$(CC) -O2 -o calc calc.c\n\ntest: calc\n\t./calc\n\nclean:\n\trm -f calc\n"
      ".PHONY: all test clean\nMK\necho 'configure: wrote Makefile'\n")
    os.chmod("calc/configure", 0o755)
    # a TypeScript project with no tsconfig.json yet
    w("web/src/app.ts", "const total: number = 1;\nconsole.log(total);\n")
    w("web/src/math.ts", "function add(a: number, b: number): number { return a + b; }\nconsole.log(add(1, 2));\n")
    # files to move
    w("draft.md", "# Guide\n")
    w("notes/todo.md", "- ship it\n")
    w("img/logo.png", b"\x89PNG\r\n\x1a\n", mode="wb")
    w("report-final.pdf", b"%PDF-1.4\n%%EOF\n", mode="wb")
    # an (empty) keys dir for ssh-keygen
    w("keys/.keep", "")
    # presentations made with python-pptx, and Word / Excel OOXML packages that are not presentations
    os.makedirs("docs/office")
    for name in ("deck.pptx", "pitch.pptx", "roadmap.pptx"):
        prs = Presentation()
        prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = name
        prs.save(f"docs/office/{name}")
    ct_doc = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    ct_xls = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    for name, ct, part in (("report.docx", ct_doc, "word/document.xml"), ("minutes.docx", ct_doc, "word/document.xml"),
                           ("budget.xlsx", ct_xls, "xl/workbook.xml"), ("forecast.xlsx", ct_xls, "xl/workbook.xml")):
        with zipfile.ZipFile(f"docs/office/{name}", "w") as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                       'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
                       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
                       f'xml"/><Override PartName="/{part}" ContentType="{ct}"/></Types>')
            z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                       'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                       'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="' + part + '"/>'
                       '</Relationships>')
            z.writestr(part, '<?xml version="1.0" encoding="UTF-8"?><doc/>')
    # XML files, and JSON / YAML / HTML / INI that are not XML
    w("feeds/news.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title></channel></rss>\n')
    w("build/pom.xml", '<project><modelVersion>4.0.0</modelVersion><artifactId>app</artifactId></project>\n')
    w("web/sitemap.xml", '<urlset><url><loc>https://example.com/</loc></url></urlset>\n')
    w("config/app.json", '{"port": 8080, "workers": 4}\n')
    w("config/settings.yaml", "port: 8080\nworkers: 4\n")
    w("web/index.html", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><p>Hi<br></p></body></html>\n")
    w("config/tox.ini", "[tox]\nenvlist = py311\n")
    # ELF files built with gcc, and scripts / archives that are not ELF
    w("csrc/hello.c", '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n')
    w("csrc/greet.c", "int greet(int x) { return x + 1; }\n")
    os.makedirs("lib")
    sh("gcc -O2 -o bin/hello csrc/hello.c && gcc -shared -fPIC -o lib/libgreet.so csrc/greet.c", cwd=MASTER)
    w("scripts/deploy.sh", "#!/bin/sh\nset -eu\n# deploy the current build to the staging host\nrsync -a dist/ staging:/srv/app/\n"
      "ssh staging 'systemctl restart app'\necho deployed\n")
    w("scripts/build.sh", "#!/bin/sh\nset -eu\n# configure and build the calculator, then run its self test\ncd calc\n"
      "./configure\nmake\nmake test\n")
    w("bin/server.py", "#!/usr/bin/env python3\n\"\"\"Tiny development server.\"\"\"\nimport http.server\n\n"
      "http.server.test(HandlerClass=http.server.SimpleHTTPRequestHandler, port=8000)\n")
    with zipfile.ZipFile("bin/cli.jar", "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Cli\n")
    # tokens for base32: some base64 text, some real base32
    w("tokens/api-token.txt", "dG9rZW46YXBpLTEyMw==\n")   # base64 of token:api-123
    w("tokens/session.txt", "c2Vzc2lvbjo0MmFiY2Q=\n")            # base64 of session:42abcd
    w("tokens/totp-secret.txt", "JBSWY3DPEHPK3PXP\n")             # base32
    w("tokens/backup-code.txt", "MFRGGZDFMZTWQ2LK\n")             # base32 of abcdefghij
    w("tokens/plain.txt", "hello world\n")
    # cookie files: Netscape cookies.txt, and JSON exports / LWP files / raw headers that are not
    nets = "# Netscape HTTP Cookie File\n"
    w("cookies/example.txt", nets + ".example.com\tTRUE\t/\tFALSE\t2145916800\tsid\tabc123\n")
    w("cookies/shop.txt", nets + "shop.example.org\tFALSE\t/\tTRUE\t2145916800\tcart\t42\n"
      "shop.example.org\tFALSE\t/\tFALSE\t2145916800\tlang\ten\n")
    w("cookies/api.cookies.txt", nets + ".api.example.net\tTRUE\t/v1\tTRUE\t2145916800\ttoken\tt-9f2\n")
    w("cookies/example.json", json.dumps([{"name": "sid", "value": "abc123", "domain": ".example.com", "path": "/",
                                            "expirationDate": 2145916800, "secure": False}], indent=2) + "\n")
    w("cookies/shop-export.json", json.dumps({"cookies": [{"name": "cart", "value": "42", "domain": "shop.example.org"}]})
      + "\n")
    w("cookies/session.lwp", '#LWP-Cookies-2.0\nSet-Cookie3: sid=abc123; path="/"; domain=".example.com"; path_spec; '
      'expires="2038-01-01 00:00:00Z"; version=0\n')
    w("cookies/response-headers.txt", "HTTP/1.1 200 OK\nSet-Cookie: sid=abc123; Path=/; Domain=example.com; HttpOnly\n")
    os.chdir(HERE)

# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    for cmd in call.get("_setup", []):
        sh(cmd, cwd=sdir)
    r = subprocess.run([PY, DRIVERS, sc["tool"], json.dumps(call["params"])], cwd=sdir, env=BASE_ENV,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=60)
    return r.returncode, _norm(r.stdout.decode("utf-8", "replace"))


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    problems = 0
    for sc in SCENARIOS:
        if len(sc["learn"]) < 2 or len(sc["repeats"]) < 2 or len(sc["good"]) < 3:
            problems += 1
            print(f"PROBLEM {sc['id']}: too few learn/repeats/good")
        if sc["category"] in ("MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE"):
            for part in ("learn", "repeats", "good"):
                if any("recent_calls" not in c for c in sc[part]):
                    problems += 1
                    print(f"PROBLEM {sc['id']} {part}: item without recent_calls")
    counts = {c: sum(1 for s in SCENARIOS if s["category"] == c) for c in CATS}
    for c, n in counts.items():
        if n < 4:
            problems += 1
            print(f"PROBLEM category {c} has {n} scenarios")
    if any(s["category"] not in CATS for s in SCENARIOS):
        problems += 1
        print("PROBLEM unknown category")
    with open(os.path.join(HERE, "existing_prevention_tools.txt")) as f:
        existing = set(f.read().split())
    clash = sorted({s["tool"] for s in SCENARIOS} & existing)
    if clash:
        problems += 1
        print(f"PROBLEM tools already used: {clash}")
    fam = sorted(s["tool"] for s in SCENARIOS if any(s["tool"] == f or s["tool"].startswith(f + "_") for f in FAMILIES))
    if fam:
        problems += 1
        print(f"PROBLEM tools from an avoided family: {fam}")
    if not 26 <= len(SCENARIOS) <= 30:
        problems += 1
        print(f"PROBLEM {len(SCENARIOS)} scenarios, want 26-30")
    shells = sum(1 for s in SCENARIOS if all(set(c["params"]) == {"command"} for p in ("learn", "repeats", "good")
                                            for c in s[p]))
    if shells < 4:
        problems += 1
        print(f"PROBLEM only {shells} shell-style scenarios")
    print("categories: " + ", ".join(f"{c} {n}" for c, n in counts.items()))
    build_master()
    out_lines = []
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            fail_re = re.compile(sc["fail_re"], re.M)
            rec = {k: sc[k] for k in ("id", "category", "tool", "source")}
            for part in ("learn", "repeats", "good"):
                rec[part] = []
                for i, call in enumerate(sc[part]):
                    sdir = f"{FX}/{sc['id']}/{part}{i}"  # a fresh copy of the fixtures for every call
                    shutil.copytree(MASTER, sdir, symlinks=True)
                    for cmd in sc.get("setup", []):
                        sh(cmd, cwd=sdir)
                    rc, out = run_call(sc, call, sdir)
                    if show:
                        print(f"--- {sc['id']} {part}[{i}] rc={rc}\n{out}")
                    tag = f"{sc['id']} {part}[{i}] {json.dumps(call['params'])[:200]}"
                    if part in ("learn", "repeats"):
                        if not fail_re.search(out) or rc == 0:
                            problems += 1
                            print(f"PROBLEM {tag}: expected failure /{sc['fail_re']}/, rc={rc}, got: {out[:300]!r}")
                    elif rc != 0 or fail_re.search(out):
                        problems += 1
                        print(f"PROBLEM {tag}: good call failed rc={rc}: {out[:300]!r}")
                    item = {"params": call["params"]}
                    if part == "learn":
                        err = out.replace(sdir + "/", "").replace(sdir, ".").replace(FX + "/", "")
                        if FX in err or "/tmp/" in err:
                            problems += 1
                            print(f"PROBLEM {tag}: temp path left in error text")
                        item["error"] = err
                    if "recent_calls" in call:
                        item["recent_calls"] = call["recent_calls"]
                    rec[part].append(item)
            line = json.dumps(rec, ensure_ascii=False)
            if "/tmp/" in line or FX in line:
                problems += 1
                print(f"PROBLEM {sc['id']}: temp path in the JSONL record")
            out_lines.append(line)
            if not only:  # incremental: partial work stays usable
                with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
                    f.write("\n".join(out_lines) + "\n")
    finally:
        if not only and "--keep" not in sys.argv:
            shutil.rmtree(FX, ignore_errors=True)
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
