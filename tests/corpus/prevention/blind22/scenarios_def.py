"""Scenario definitions for blind set 22. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp22fx"
SHELL = "shell_command"


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
    d = {"params": params, "recent_calls": history}
    if setup:
        d["_setup"] = list(setup)
    return d


def DRIVE(tool, **params):
    return f"{PY} {HERE}/drivers.py {tool} {shlex.quote(json.dumps(params))} >/dev/null"


def HD(tool, **params):
    return RC(tool, **params), DRIVE(tool, **params)


def SHD(cmd):
    return SH(cmd), cmd + " >/dev/null"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), f"printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def hist(*pairs):
    return [p[0] for p in pairs]


def setup(*pairs):
    return [p[1] for p in pairs]


PYV = "Python 3.11.7"
CU = "GNU coreutils 9.1"
UL = "util-linux 2.38.1"
LOGGING = f"{PYV} logging"
YAPF = "yapf 0.43.0"
ESBUILD = "esbuild 0.28.2 (npm)"
CHOWN = f"{CU} chown"
IONICE = f"{UL} ionice"
ANISO = "aniso8601 10.0.1"
CRONSIM = "cronsim 2.9"
DD = f"{CU} dd"
TASKSET = f"{UL} taskset"
ROLLUP = "rollup 4.69.1 (npm)"
TYPEDLOAD = "typedload 2.41"
FLASK = "Flask 3.1.3 (flask CLI)"
POETRY = "Poetry 2.5.1"
SCONS = "SCons 4.11.1"
DOIT = "doit 0.37.0"
HATCH = "Hatch 1.18.2"
LINK = f"{CU} link"
PYFS = "fs (PyFilesystem2) 2.4.16"
PDFMINER = "pdfminer.six 20260107"
FONTTOOLS = "fonttools 4.68.0"
PIEXIF = "piexif 1.1.3"
DPKGDEB = "dpkg-deb 1.21.22 (Debian)"
NM = "GNU nm (GNU Binutils for Debian) 2.40"

NEUTRAL = [RC("fs_list", path=".")]

# histories that really happen
APP_API = ('from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get("/health")\ndef health():\n'
           '    return {"ok": True}\n')
APP_DASH = ('from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n'
            '    return "dashboard"\n')
W_API = WF("api/app.py", APP_API)
W_DASH = WF("dash/app.py", APP_DASH)
W_DASH_WSGI = WF("dash/wsgi.py", APP_DASH)
P_INIT_SVC = SHD("cd svc && poetry init -n --name svc")
P_INIT_WRK = SHD("cd worker && poetry init -n --name worker --description 'queue worker' --author 'Dev <dev@example.com>'")
SCONSTRUCT = "Program('hello', ['main.c', 'util.c'])\n"
W_SCONS = WF("cproj/SConstruct", SCONSTRUCT)
DODO = ("def task_hello():\n    return {'actions': ['echo hello > hello.txt'], 'targets': ['hello.txt']}\n\n\n"
        "def task_count():\n    return {'actions': ['wc -l README.md > count.txt'], 'file_dep': ['README.md'], "
        "'targets': ['count.txt']}\n")
W_DODO = WF("tasks/dodo.py", DODO)
PN_BILL = SHD("poetry new billing")
PN_REP = SHD("poetry new reports")
PN_AUTH = SHD("poetry new --name auth_core auth-core")
HN_LEDGER = SHD("hatch new ledger")
HN_CRAWL = SHD("hatch new crawler")
HN_NOTIFY = SHD("hatch new notify")
LK_NOTES = SHD("link data/notes.txt data/notes.hard")
LK_CONF = SHD("link config/app.conf config/app.conf.bak")
LK_LOG = SHD("link logs/app.log logs/app.log.1")
MK_REPORTS = HD("pyfs_makedir", path="reports")
MK_EXPORTS = HD("pyfs_makedir", path="exports")
MK_CACHE = HD("pyfs_makedir", path="cache")
MK_REP24 = HD("pyfs_makedir", path="reports/2024")

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp22-ip-logging-unknown-level", "category": "INCORRECT_PARAMETER", "tool": "logging_basic_config",
        "source": LOGGING, "fail_re": r"^ValueError: Unknown level: ",
        "learn": [P(level="VERBOSE"), P(level="TRACE", format="%(asctime)s %(levelname)s %(message)s")],
        "repeats": [P(level="NOTICE"), P(level="ALL", format="%(name)s: %(message)s"), P(level="SEVERE")],
        "good": [P(level="DEBUG"), P(level="INFO", format="%(asctime)s %(levelname)s %(message)s"),
                 P(level="WARNING"), P(level="ERROR", format="%(name)s: %(message)s"), P(level=10)],
    },
    {
        "id": "bp22-ip-yapf-unknown-style", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": YAPF,
        "fail_re": r'^yapf: "[^"]+" is not a valid style or file path',
        "learn": [C("yapf --style=black src/app.py"), C("yapf -i --style=chromium src/util.py")],
        "repeats": [C("yapf -i --style=pep-8 src/models.py"), C("yapf --style=googl src/app.py"),
                    C("yapf -i -r --style=django src")],
        "good": [C("yapf --style=pep8 src/app.py"), C("yapf -i --style=google src/util.py"),
                 C("yapf -i --style=facebook src/models.py"), C("yapf -i -r --style=pep8 src")],
    },
    {
        "id": "bp22-ip-esbuild-invalid-option-value", "category": "INCORRECT_PARAMETER", "tool": SHELL,
        "source": ESBUILD, "fail_re": r'\[ERROR\] Invalid value "[^"]+" in "--\w+=',
        "learn": [C("esbuild web/src/main.js --bundle --format=umd --outfile=web/dist/app.js"),
                  C("esbuild web/src/main.js --bundle --platform=web --outdir=web/dist")],
        "repeats": [C("esbuild lib/index.js --bundle --format=commonjs --outfile=dist/mathlib.cjs"),
                    C("esbuild web/src/main.js --bundle --platform=server --outfile=web/dist/server.js")],
        "good": [C("esbuild web/src/main.js --bundle --format=iife --outfile=web/dist/app.js"),
                 C("esbuild web/src/main.js --bundle --platform=browser --outdir=web/dist"),
                 C("esbuild lib/index.js --bundle --format=cjs --outfile=dist/mathlib.cjs"),
                 C("esbuild web/src/main.js --bundle --platform=node --outfile=web/dist/server.js")],
    },
    {
        "id": "bp22-ip-chown-invalid-user", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": CHOWN,
        "fail_re": r"^chown: invalid (user|group|spec): ",
        "learn": [C("chown -R www:www www"), C("chown nginx:nginx uploads")],
        "repeats": [C("chown -R apache www/static"), C("chown http:http uploads")],
        "good": [C("chown -R www-data:www-data www"), C("chown www-data:www-data uploads"),
                 C("chown -R nobody:nogroup www/static"), C("chown root:root config/app.conf")],
    },
    {
        "id": "bp22-ip-ionice-unknown-class", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": IONICE,
        "fail_re": r"^ionice: unknown scheduling class: ",
        "learn": [C("ionice -c low tar czf backup.tgz logs"), C("ionice -c background python scripts/bench.py")],
        "repeats": [C("ionice -c lowest sha1sum logs/app.log"), C("ionice -c batch python scripts/bench.py")],
        "good": [C("ionice -c idle tar czf backup.tgz logs"), C("ionice -c 3 python scripts/bench.py"),
                 C("ionice -c best-effort -n 7 sha1sum logs/app.log"), C("ionice -c idle python scripts/bench.py")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp22-pf-aniso8601-bad-duration", "category": "PARAMETER_FORMAT", "tool": "aniso8601_parse_duration",
        "source": ANISO, "fail_re": r"^ISOFormatError: .*ISO 8601 duration",
        "learn": [P(value="5 minutes"), P(value="PT5M30")],
        "repeats": [P(value="P1H"), P(value="1:30:00"), P(value="90s")],
        "good": [P(value="PT5M"), P(value="PT5M30S"), P(value="PT1H"), P(value="PT1H30M"), P(value="PT90S")],
    },
    {
        "id": "bp22-pf-cronsim-bad-expression", "category": "PARAMETER_FORMAT", "tool": "cronsim_next_runs",
        "source": CRONSIM, "fail_re": r"^CronSimError: ",
        "learn": [P(expression="*/5 * * *"), P(expression="@every 5m", count=2)],
        "repeats": [P(expression="0 9 * *"), P(expression="@every 1h"), P(expression="0 0 9 * * ? *")],
        "good": [P(expression="*/5 * * * *"), P(expression="*/5 * * * *", count=2), P(expression="0 9 * * *"),
                 P(expression="0 * * * *"), P(expression="0 9 * * 1-5")],
    },
    {
        "id": "bp22-pf-dd-invalid-number", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": DD,
        "fail_re": r"^dd: invalid number: ",
        "learn": [C("dd if=/dev/zero of=disk.img bs=1mb count=4"), C("dd if=/dev/zero of=swap.img bs=1K count=1,024")],
        "repeats": [C("dd if=/dev/zero of=data.img bs=4kb count=256"), C("dd if=/dev/urandom of=key.bin bs=0.5K count=1"),
                    C("dd if=/dev/zero of=pad.bin bs=512 count=2,048")],
        "good": [C("dd if=/dev/zero of=disk.img bs=1M count=4"), C("dd if=/dev/zero of=swap.img bs=1K count=1024"),
                 C("dd if=/dev/zero of=data.img bs=4K count=256"), C("dd if=/dev/urandom of=key.bin bs=512 count=1"),
                 C("dd if=/dev/zero of=img.bin bs=1MB count=2 status=none")],
    },
    {
        "id": "bp22-pf-taskset-bad-cpu-list", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": TASKSET,
        "fail_re": r"^taskset: failed to parse CPU list: ",
        "learn": [C("taskset -c 0..1 python scripts/bench.py"), C("taskset -c '0 1' sha1sum logs/app.log")],
        "repeats": [C("taskset -c cpu0 python scripts/bench.py"), C("taskset -c '0, 1' sha1sum logs/worker.log")],
        "good": [C("taskset -c 0,1 python scripts/bench.py"), C("taskset -c 0-1 sha1sum logs/app.log"),
                 C("taskset -c 0 python scripts/bench.py"), C("taskset -c 1 sha1sum logs/worker.log")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp22-mp-rollup-umd-without-name", "category": "MISSING_PARAMETER", "tool": SHELL, "source": ROLLUP,
        "fail_re": r'You must supply "output\.name" for UMD bundles',
        "learn": [C("rollup lib/index.js -f umd -o dist/mathlib.js"),
                  C("rollup web/src/main.js --format umd --file web/dist/app.umd.js")],
        "repeats": [C("rollup lib/index.js --format=umd --file dist/mathlib.umd.js"),
                    C("rollup lib/format.js -f umd -o dist/fmt.js")],
        "good": [C("rollup lib/index.js -f umd -n MathLib -o dist/mathlib.js"),
                 C("rollup web/src/main.js --format umd --name App --file web/dist/app.umd.js"),
                 C("rollup lib/index.js --format=es --file dist/mathlib.mjs"),
                 C("rollup lib/format.js -f umd --name fmt -o dist/fmt.js")],
    },
    {
        "id": "bp22-mp-chown-missing-file-operand", "category": "MISSING_PARAMETER", "tool": SHELL, "source": CHOWN,
        "fail_re": r"^chown: missing operand after ",
        "learn": [C("chown www-data:www-data"), C("chown -R nobody:nogroup")],
        "repeats": [C("chown -R www-data"), C("chown nobody:nogroup")],
        "good": [C("chown www-data:www-data uploads"), C("chown -R nobody:nogroup www/static"),
                 C("chown -R www-data www"), C("chown nobody:nogroup data/notes.txt")],
    },
    {
        "id": "bp22-mp-typedload-missing-fields", "category": "MISSING_PARAMETER", "tool": "typedload_load",
        "source": TYPEDLOAD, "fail_re": r"^TypedloadTypeError: Value does not contain fields: ",
        "learn": [P(type="Package", data={"name": "requests"}), P(type="Host", data={"hostname": "db1"})],
        "repeats": [P(type="Invoice", data={"number": "INV-1042", "amount": 99.5}),
                    P(type="Package", data={"version": "2.31.0"}),
                    P(type="Host", data={"ip": "10.0.0.7", "port": 2222})],
        "good": [P(type="Package", data={"name": "requests", "version": "2.31.0"}),
                 P(type="Host", data={"hostname": "db1", "ip": "10.0.0.5"}),
                 P(type="Invoice", data={"number": "INV-1042", "amount": 99.5, "due": "2024-07-01"}),
                 P(type="Host", data={"hostname": "bastion", "ip": "10.0.0.7", "port": 2222})],
    },
    {
        "id": "bp22-mp-yapf-inplace-without-files", "category": "MISSING_PARAMETER", "tool": SHELL, "source": YAPF,
        "fail_re": r"yapf: error: cannot use --in-place or --diff flags when reading from stdin",
        "learn": [C("yapf -i --style=pep8"), C("yapf --in-place --style=google")],
        "repeats": [C("yapf -i --style=facebook"), C("yapf --diff --style=pep8")],
        "good": [C("yapf -i --style=pep8 src/app.py"), C("yapf --in-place --style=google src/util.py"),
                 C("yapf -i --style=facebook src/models.py"), C("yapf -i -r --style=pep8 src")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp22-mq-flask-no-app-file", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": FLASK,
        "fail_re": r"Error: Could not locate a Flask application\.",
        "learn": [C("cd api && flask routes", [RC("fs_list", path="api")]),
                  C("cd dash && flask routes", [RC("read_text_file", path="dash/README.md")])],
        "repeats": [C("cd api && flask routes --sort rule", NEUTRAL), C("cd dash && flask routes --all-methods", [])],
        "good": [C("cd api && flask routes", [RC("fs_list", path="api")] + hist(W_API), setup(W_API)),
                 C("cd dash && flask routes", hist(W_DASH), setup(W_DASH)),
                 C("cd api && flask routes --sort rule", NEUTRAL + hist(W_API), setup(W_API)),
                 C("cd dash && flask routes --all-methods", hist(W_DASH_WSGI), setup(W_DASH_WSGI))],
    },
    {
        "id": "bp22-mq-poetry-no-pyproject", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": POETRY,
        "fail_re": r"Poetry could not find a pyproject\.toml file in ",
        "learn": [C("cd svc && poetry version patch", [RC("fs_list", path="svc")]),
                  C("cd worker && poetry check", [RC("read_text_file", path="worker/README.md")])],
        "repeats": [C("cd svc && poetry version minor", NEUTRAL), C("cd worker && poetry version", [])],
        "good": [C("cd svc && poetry version patch", [RC("fs_list", path="svc")] + hist(P_INIT_SVC), setup(P_INIT_SVC)),
                 C("cd worker && poetry check", hist(P_INIT_WRK), setup(P_INIT_WRK)),
                 C("cd svc && poetry version minor", NEUTRAL + hist(P_INIT_SVC), setup(P_INIT_SVC)),
                 C("cd worker && poetry version", hist(P_INIT_WRK), setup(P_INIT_WRK))],
    },
    {
        "id": "bp22-mq-scons-no-sconstruct", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": SCONS,
        "fail_re": r"scons: \*\*\* No SConstruct file found\.",
        "learn": [C("cd cproj && scons -Q", [RC("fs_list", path="cproj")]),
                  C("scons -C cproj -Q", [RC("read_text_file", path="cproj/main.c")])],
        "repeats": [C("cd cproj && scons -Q hello", NEUTRAL), C("scons -C cproj -j2", [])],
        "good": [C("cd cproj && scons -Q", [RC("fs_list", path="cproj")] + hist(W_SCONS), setup(W_SCONS)),
                 C("scons -C cproj -Q", hist(W_SCONS), setup(W_SCONS)),
                 C("cd cproj && scons -Q hello", NEUTRAL + hist(W_SCONS), setup(W_SCONS)),
                 C("scons -C cproj -j2", hist(W_SCONS), setup(W_SCONS))],
    },
    {
        "id": "bp22-mq-doit-no-dodo-file", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": DOIT,
        "fail_re": r"ERROR: Could not find dodo file ",
        "learn": [C("cd tasks && doit list", [RC("fs_list", path="tasks")]),
                  C("cd tasks && doit", [RC("read_text_file", path="tasks/README.md")])],
        "repeats": [C("cd tasks && doit run hello", NEUTRAL), C("cd tasks && doit list --all", [])],
        "good": [C("cd tasks && doit list", [RC("fs_list", path="tasks")] + hist(W_DODO), setup(W_DODO)),
                 C("cd tasks && doit", hist(W_DODO), setup(W_DODO)),
                 C("cd tasks && doit run hello", NEUTRAL + hist(W_DODO), setup(W_DODO)),
                 C("cd tasks && doit list --all", hist(W_DODO), setup(W_DODO))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp22-ws-poetry-new-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": POETRY,
        "fail_re": r"Destination .+ exists and is not empty\.",
        "learn": [C("poetry new billing", hist(PN_BILL), setup(PN_BILL)),
                  C("poetry new reports", hist(PN_REP), setup(PN_REP))],
        "repeats": [C("poetry new --name auth_core auth-core", NEUTRAL + hist(PN_AUTH), setup(PN_AUTH)),
                    C("poetry new --src billing", hist(PN_BILL), setup(PN_BILL))],
        "good": [C("cd billing && poetry version", hist(PN_BILL), setup(PN_BILL)),
                 C("poetry new reports", NEUTRAL),
                 C("poetry new --name auth_core auth-core", hist(PN_BILL), setup(PN_BILL)),
                 C("cd reports && poetry check", hist(PN_REP), setup(PN_REP))],
    },
    {
        "id": "bp22-ws-hatch-new-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": HATCH,
        "fail_re": r"Directory `[^`]+` is not empty\.",
        "learn": [C("hatch new ledger", hist(HN_LEDGER), setup(HN_LEDGER)),
                  C("hatch new crawler", hist(HN_CRAWL), setup(HN_CRAWL))],
        "repeats": [C("hatch new notify", NEUTRAL + hist(HN_NOTIFY), setup(HN_NOTIFY)),
                    C("hatch new --cli ledger", hist(HN_LEDGER), setup(HN_LEDGER))],
        "good": [C("cd ledger && hatch version", hist(HN_LEDGER), setup(HN_LEDGER)),
                 C("hatch new crawler", NEUTRAL),
                 C("hatch new notify", hist(HN_LEDGER), setup(HN_LEDGER)),
                 C("cat crawler/pyproject.toml", hist(HN_CRAWL), setup(HN_CRAWL))],
    },
    {
        "id": "bp22-ws-link-target-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": LINK,
        "fail_re": r"^link: cannot create link '[^']+' to '[^']+': File exists",
        "learn": [C("link data/notes.txt data/notes.hard", hist(LK_NOTES), setup(LK_NOTES)),
                  C("link config/app.conf config/app.conf.bak", hist(LK_CONF), setup(LK_CONF))],
        "repeats": [C("link logs/app.log logs/app.log.1", NEUTRAL + hist(LK_LOG), setup(LK_LOG)),
                    C("link data/notes.txt data/notes.hard", [RC("fs_list", path="data")] + hist(LK_NOTES),
                      setup(LK_NOTES))],
        "good": [C("stat -c '%h %n' data/notes.txt data/notes.hard", hist(LK_NOTES), setup(LK_NOTES)),
                 C("link config/app.conf config/app.conf.bak", NEUTRAL),
                 C("link logs/app.log logs/app.log.1", hist(LK_NOTES), setup(LK_NOTES)),
                 C("ls -li config", hist(LK_CONF), setup(LK_CONF))],
    },
    {
        "id": "bp22-ws-pyfs-makedir-exists", "category": "WORKFLOW_SEQUENCE", "tool": "pyfs_makedir",
        "source": PYFS, "fail_re": r"^DirectoryExists: directory '[^']+' exists",
        "learn": [PH(hist(MK_REPORTS), setup(MK_REPORTS), path="reports"),
                  PH(hist(MK_EXPORTS), setup(MK_EXPORTS), path="exports")],
        "repeats": [PH(NEUTRAL + hist(MK_CACHE), setup(MK_CACHE), path="cache"),
                    PH(hist(MK_REPORTS, MK_REP24), setup(MK_REPORTS, MK_REP24), path="reports/2024")],
        "good": [PH(hist(MK_REPORTS), setup(MK_REPORTS), path="reports/2024"),
                 PH(NEUTRAL, path="exports"),
                 PH(hist(MK_EXPORTS), setup(MK_EXPORTS), path="cache"),
                 PH(hist(MK_REPORTS, MK_REP24), setup(MK_REPORTS, MK_REP24), path="reports/2025")],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp22-wt-pdfminer-given-non-pdf", "category": "WRONG_TOOL_SELECTION", "tool": "pdfminer_extract_text",
        "source": PDFMINER, "fail_re": r"^PDFSyntaxError: No /Root object! - Is this really a PDF\?",
        "learn": [P(path="docs/report.html"), P(path="docs/contract.docx")],
        "repeats": [P(path="docs/scan.png"), P(path="docs/notes.md")],
        "good": [P(path="docs/report.pdf"), P(path="docs/invoice-1042.pdf"), P(path="docs/manual.pdf")],
    },
    {
        "id": "bp22-wt-fonttools-given-non-font", "category": "WRONG_TOOL_SELECTION", "tool": "fonttools_open_font",
        "source": FONTTOOLS, "fail_re": r"^TTLibError: Not a TrueType or OpenType font",
        "learn": [P(path="fonts/icons.svg"), P(path="fonts/fonts.css")],
        "repeats": [P(path="fonts/preview.png"), P(path="fonts/LICENSE.txt")],
        "good": [P(path="fonts/Inter-Regular.ttf"), P(path="fonts/Inter-Bold.ttf"), P(path="fonts/Mono.ttf")],
    },
    {
        "id": "bp22-wt-piexif-given-png-gif", "category": "WRONG_TOOL_SELECTION", "tool": "piexif_load",
        "source": PIEXIF, "fail_re": r"^InvalidImageDataError: Given file is neither JPEG nor TIFF\.",
        "learn": [P(path="photos/screenshot.png"), P(path="photos/anim.gif")],
        "repeats": [P(path="photos/diagram.png"), P(path="photos/icon.bmp")],
        "good": [P(path="photos/beach.jpg"), P(path="photos/city.jpeg"), P(path="photos/scan.tif")],
    },
    {
        "id": "bp22-wt-dpkg-deb-given-other-archive", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": DPKGDEB, "fail_re": r"^dpkg-deb: error: '[^']+' is not a Debian format archive",
        "learn": [C("dpkg-deb -c dist/hello-1.0.tar.gz"), C("dpkg-deb -I dist/agent-2.3.1-py3-none-any.whl")],
        "repeats": [C("dpkg-deb -c dist/agent-2.3.1.tar.xz"), C("dpkg-deb -x dist/hello-1.0.zip out/")],
        "good": [C("dpkg-deb -c dist/hello_1.0_all.deb"), C("dpkg-deb -I dist/agent_2.3.1_all.deb"),
                 C("dpkg-deb -x dist/hello_1.0_all.deb out/"), C("dpkg-deb -f dist/agent_2.3.1_all.deb Version")],
    },
    {
        "id": "bp22-wt-nm-given-non-object", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": NM,
        "fail_re": r"^nm: [^:]+: file format not recognized",
        "learn": [C("nm scripts/deploy.sh"), C("nm tools/server.py")],
        "repeats": [C("nm bin/cli.jar"), C("nm -D scripts/build.sh")],
        "good": [C("nm bin/hello"), C("nm -D lib/libgreet.so"), C("nm build/greet.o"), C("nm -C bin/calc")],
    },
]
