"""Scenario definitions for blind set 20. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp20fx"
SHELL = "sh_invoke"


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
    return SH(cmd), cmd + " >/dev/null"


def hist(*pairs):
    return [p[0] for p in pairs]


def setup(*pairs):
    return [p[1] for p in pairs]


PYV = "Python 3.11.7"
WEBCOLORS = "webcolors 25.10.0"
UNICODEDATA = f"{PYV} unicodedata"
ARRAY = f"{PYV} array"
GLOM = "glom 25.12.0"
OD = "GNU coreutils 9.1 od"
DATETIME = f"{PYV} datetime"
SHLEX = f"{PYV} shlex"
TRUNCATE = "GNU coreutils 9.1 truncate"
SEQ = "GNU coreutils 9.1 seq"
TEXTWRAP = f"{PYV} textwrap"
STRING = f"{PYV} string.Template"
DIFF = "GNU diffutils 3.8 diff"
COMM = "GNU coreutils 9.1 comm"
MAKE = "GNU Make 4.3"
TSC = "typescript 7.0.2 (tsc CLI, npm)"
PATHLIB = f"{PYV} pathlib"
GRAPHLIB = f"{PYV} graphlib"
TRANSITIONS = "transitions 0.9.3"
MV = "GNU coreutils 9.1 mv"
SSHKEYGEN = "OpenSSH 9.2p1 ssh-keygen"
PPTX = "python-pptx 1.0.2"
ETREE = f"{PYV} xml.etree.ElementTree (expat)"
READELF = "GNU readelf (GNU Binutils for Debian) 2.40"
BASE32 = "GNU coreutils 9.1 base32"
COOKIEJAR = f"{PYV} http.cookiejar"

NEUTRAL = [RC("fs_list", path=".")]

# histories that really happen
CONF = SHD("cd calc && ./configure")
TSI = SHD("cd web && tsc --init --rootDir src --outDir dist")
MKD_REP = HD("pathlib_mkdir", path="reports/2024", parents=True)
MKD_EXP = HD("pathlib_mkdir", path="exports/csv", parents=True)
MKD_OUT = HD("pathlib_mkdir", path="out/logs/daily", parents=True)
GB1 = HD("graphlib_add", graph="build", node="compile", predecessors=["fetch"])
GB2 = HD("graphlib_add", graph="build", node="test", predecessors=["compile"])
GB3 = HD("graphlib_add", graph="build", node="package", predecessors=["test", "compile"])
GD1 = HD("graphlib_add", graph="deploy", node="migrate", predecessors=["backup"])
GD2 = HD("graphlib_add", graph="deploy", node="release", predecessors=["migrate"])
GP_B = HD("graphlib_prepare", graph="build")
GP_D = HD("graphlib_prepare", graph="deploy")
GR_B = HD("graphlib_get_ready", graph="build")
GDONE_B = HD("graphlib_done", graph="build", nodes=["fetch"])
T_PAY42 = HD("transitions_trigger", order="1042", event="pay")
T_PAY43 = HD("transitions_trigger", order="1043", event="pay")
T_SHIP43 = HD("transitions_trigger", order="1043", event="ship")
T_PAY01 = HD("transitions_trigger", order="2001", event="pay")
T_PAY02 = HD("transitions_trigger", order="2002", event="pay")
MV1 = SHD("mv draft.md docs/guide.md")
MV2 = SHD("mv notes/todo.md notes/done.md")
MV3 = SHD("mv img/logo.png img/brand-logo.png")
MV4 = SHD("mv report-final.pdf docs/report-2024.pdf")
KG1 = SHD("ssh-keygen -q -t ed25519 -N '' -C deploy -f keys/deploy")
KG2 = SHD("ssh-keygen -q -t rsa -b 2048 -N '' -f keys/ci_rsa")
KG3 = SHD("ssh-keygen -q -t ed25519 -N '' -f keys/backup")

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp20-ip-webcolors-unknown-color-name", "category": "INCORRECT_PARAMETER",
        "tool": "webcolors_name_to_hex", "source": WEBCOLORS,
        "fail_re": r'^ValueError: "[^"]+" is not defined as a named color in css3',
        "learn": [P(name="grean"), P(name="navy blue")],
        "repeats": [P(name="darkyellow"), P(name="light grey"), P(name="skyblue2")],
        "good": [P(name="green"), P(name="navy"), P(name="gold"), P(name="lightgrey"), P(name="skyblue")],
    },
    {
        "id": "bp20-ip-unicodedata-undefined-name", "category": "INCORRECT_PARAMETER", "tool": "unicodedata_lookup",
        "source": UNICODEDATA, "fail_re": r"^KeyError: \"undefined character name '",
        "learn": [P(name="SNOWMANN"), P(name="CHECK MARK HEAVY")],
        "repeats": [P(name="RIGHT ARROW"), P(name="EURO"), P(name="ALPHA GREEK SMALL")],
        "good": [P(name="SNOWMAN"), P(name="HEAVY CHECK MARK"), P(name="RIGHTWARDS ARROW"), P(name="EURO SIGN"),
                 P(name="GREEK SMALL LETTER ALPHA")],
    },
    {
        "id": "bp20-ip-array-bad-typecode", "category": "INCORRECT_PARAMETER", "tool": "array_pack",
        "source": ARRAY, "fail_re": r"^ValueError: bad typecode \(must be ",
        "learn": [P(typecode="z", values=[1, 2, 3]), P(typecode="c", values=[65, 66])],
        "repeats": [P(typecode="s", values=[7, 8]), P(typecode="D", values=[1.5, 2.5]), P(typecode="n", values=[10])],
        "good": [P(typecode="b", values=[1, 2, 3]), P(typecode="B", values=[65, 66]), P(typecode="h", values=[7, 8]),
                 P(typecode="d", values=[1.5, 2.5]), P(typecode="q", values=[10])],
    },
    {
        "id": "bp20-ip-glom-path-not-found", "category": "INCORRECT_PARAMETER", "tool": "glom_get",
        "source": GLOM, "fail_re": r"^PathAccessError: ",
        "learn": [P(data={"user": {"name": "Ann", "mail": "ann@example.com"}}, spec="user.email"),
                  P(data={"items": [{"id": 1, "code": "A-1"}]}, spec="items.0.sku")],
        "repeats": [P(data={"order": {"total": 12.5, "lines": 3}}, spec="order.amount"),
                    P(data={"config": {"db": {"host": "db1", "port": 5432}}}, spec="config.database.host"),
                    P(data={"repo": {"owner": {"login": "octo"}}}, spec="repo.owner.username")],
        "good": [P(data={"user": {"name": "Ann", "mail": "ann@example.com"}}, spec="user.mail"),
                 P(data={"items": [{"id": 1, "code": "A-1"}]}, spec="items.0.code"),
                 P(data={"order": {"total": 12.5, "lines": 3}}, spec="order.total"),
                 P(data={"config": {"db": {"host": "db1", "port": 5432}}}, spec="config.db.host"),
                 P(data={"repo": {"owner": {"login": "octo"}}}, spec="repo.owner.login")],
    },
    {
        "id": "bp20-ip-od-invalid-address-radix", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": OD,
        "fail_re": r"^od: invalid output address radix ",
        "learn": [C("od -A q -t x1 bin/header.bin"), C("od -A h -c docs/notes.txt")],
        "repeats": [C("od -A b -t x1 data/packet.bin"), C("od -A hex -t x2 bin/header.bin"),
                    C("od -t u1 -A 16 data/packet.bin")],
        "good": [C("od -A x -t x1 bin/header.bin"), C("od -A d -c docs/notes.txt"), C("od -A o -t x1 data/packet.bin"),
                 C("od -A x -t x2 bin/header.bin"), C("od -t u1 -A n data/packet.bin")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp20-pf-datetime-strptime-mismatch", "category": "PARAMETER_FORMAT", "tool": "datetime_strptime",
        "source": DATETIME, "fail_re": r"^ValueError: time data '[^']*' does not match format '",
        "learn": [P(value="2024/03/05", format="%Y-%m-%d"), P(value="2024-03-05T14:30", format="%Y-%m-%d %H:%M")],
        "repeats": [P(value="March 5, 2024", format="%Y-%m-%d"), P(value="2024-03-05 14:30", format="%Y-%m-%d %H:%M:%S"),
                    P(value="5.3.2024", format="%d/%m/%Y")],
        "good": [P(value="2024-03-05", format="%Y-%m-%d"), P(value="2024-03-05 14:30", format="%Y-%m-%d %H:%M"),
                 P(value="2024-03-05 14:30:00", format="%Y-%m-%d %H:%M:%S"), P(value="05/03/2024", format="%d/%m/%Y"),
                 P(value="2024-03-05T14:30", format="%Y-%m-%dT%H:%M")],
    },
    {
        "id": "bp20-pf-shlex-unbalanced-quotes", "category": "PARAMETER_FORMAT", "tool": "shlex_split",
        "source": SHLEX, "fail_re": r"^ValueError: (No closing quotation|No escaped character)",
        "learn": [P(command='echo "hello world'), P(command="grep 'it's done' notes.txt")],
        "repeats": [P(command="find . -name '*.py"), P(command='curl -H "Accept: application/json http://localhost:8080'),
                    P(command="ls My\\ Documents\\")],
        "good": [P(command='echo "hello world"'), P(command="grep \"it's done\" notes.txt"),
                 P(command="find . -name '*.py'"), P(command='curl -H "Accept: application/json" http://localhost:8080'),
                 P(command="ls My\\ Documents")],
    },
    {
        "id": "bp20-pf-webcolors-bad-hex-value", "category": "PARAMETER_FORMAT", "tool": "webcolors_hex_to_rgb",
        "source": WEBCOLORS, "fail_re": r'^ValueError: "[^"]*" is not a valid hexadecimal color value',
        "learn": [P(hex="#12345"), P(hex="336699")],
        "repeats": [P(hex="0xff8800"), P(hex="#1234567"), P(hex="#ggffaa")],
        "good": [P(hex="#123456"), P(hex="#336699"), P(hex="#ff8800"), P(hex="#abc"), P(hex="#FFAA00")],
    },
    {
        "id": "bp20-pf-truncate-invalid-size", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": TRUNCATE,
        "fail_re": r"^truncate: Invalid number: ",
        "learn": [C("truncate -s 10XB disk.img"), C("truncate -s 1.5M logs/app.log")],
        "repeats": [C("truncate -s '2 GB' swap.img"), C("truncate --size=100mb logs/worker.log"),
                    C("truncate -s 0.5G cache.img")],
        "good": [C("truncate -s 10M disk.img"), C("truncate -s 1536K logs/app.log"), C("truncate -s 2G swap.img"),
                 C("truncate --size=100MB logs/worker.log"), C("truncate -s 0 logs/app.log")],
    },
    {
        "id": "bp20-pf-seq-invalid-number", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": SEQ,
        "fail_re": r"^seq: invalid floating point argument: ",
        "learn": [C("seq 1 0,5 3"), C("seq 1..10")],
        "repeats": [C("seq 0 0,25 1"), C("seq -w 1-12"), C("seq -s, 1 2,5 10")],
        "good": [C("seq 1 0.5 3"), C("seq 1 10"), C("seq 0 0.25 1"), C("seq -w 1 12"),
                 C("seq -s, 1 2.5 10")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp20-mp-textwrap-shorten-no-width", "category": "MISSING_PARAMETER", "tool": "textwrap_shorten",
        "source": TEXTWRAP, "fail_re": r"^TypeError: shorten\(\) missing 1 required positional argument: 'width'",
        "learn": [P(text="Fix the flaky upload test and retry the failed nightly job"),
                  P(text="Hello world, this is a long commit subject line", placeholder="...")],
        "repeats": [P(text="Refactor the payment module to use the new gateway client"),
                    P(text="Release notes for version 2.4: many fixes and a few features", placeholder=" [more]")],
        "good": [P(text="Fix the flaky upload test and retry the failed nightly job", width=40),
                 P(text="Hello world, this is a long commit subject line", width=30, placeholder="..."),
                 P(text="Refactor the payment module to use the new gateway client", width=50),
                 P(text="Release notes for version 2.4: many fixes and a few features", width=45,
                   placeholder=" [more]")],
    },
    {
        "id": "bp20-mp-template-missing-placeholder-value", "category": "MISSING_PARAMETER",
        "tool": "string_template_substitute", "source": STRING, "fail_re": r"^KeyError: '\w+'$",
        "learn": [P(template="Hi $name, your order $order_id has shipped.", values={"name": "Ann"}),
                  P(template="Deploying ${service} to ${env}", values={"service": "api"})],
        "repeats": [P(template="Dear $customer, invoice $invoice is due on $due.",
                      values={"customer": "Bo", "invoice": "INV-17"}),
                    P(template="${user}@${host}:${port}", values={"user": "deploy", "host": "db1"})],
        "good": [P(template="Hi $name, your order $order_id has shipped.", values={"name": "Ann", "order_id": "1042"}),
                 P(template="Deploying ${service} to ${env}", values={"service": "api", "env": "staging"}),
                 P(template="Dear $customer, invoice $invoice is due on $due.",
                   values={"customer": "Bo", "invoice": "INV-17", "due": "2024-06-30"}),
                 P(template="${user}@${host}:${port}", values={"user": "deploy", "host": "db1", "port": "5432"})],
    },
    {
        "id": "bp20-mp-datetime-missing-field", "category": "MISSING_PARAMETER", "tool": "datetime_construct",
        "source": DATETIME, "fail_re": r"^TypeError: function missing required argument '(year|month|day)'",
        "learn": [P(year=2024, month=5), P(month=12, day=24)],
        "repeats": [P(year=2025, month=1, hour=9), P(year=2024, day=15), P(year=2023, month=7, hour=18, minute=30)],
        "good": [P(year=2024, month=5, day=1), P(year=2024, month=12, day=24), P(year=2025, month=1, day=6, hour=9),
                 P(year=2023, month=7, day=14, hour=18, minute=30)],
    },
    {
        "id": "bp20-mp-diff-missing-operand", "category": "MISSING_PARAMETER", "tool": SHELL, "source": DIFF,
        "fail_re": r"^diff: missing operand after ",
        "learn": [C("diff config/app.conf"), C("diff -u config/nginx.conf.orig")],
        "repeats": [C("diff -q config/app.conf.bak"), C("diff -r backup/src"), C("diff --brief config/nginx.conf")],
        "good": [C("diff config/app.conf config/app.conf.bak"), C("diff -u config/nginx.conf.orig config/nginx.conf"),
                 C("diff -q config/app.conf.bak config/app.conf"), C("diff -r backup/src src")],
    },
    {
        "id": "bp20-mp-comm-missing-operand", "category": "MISSING_PARAMETER", "tool": SHELL, "source": COMM,
        "fail_re": r"^comm: missing operand after ",
        "learn": [C("comm lists/users_a.txt"), C("comm -12 lists/users_b.txt")],
        "repeats": [C("comm -3 lists/team.txt"), C("comm -23 lists/admins.txt")],
        "good": [C("comm lists/users_a.txt lists/users_b.txt"), C("comm -12 lists/users_a.txt lists/users_b.txt"),
                 C("comm -3 lists/admins.txt lists/team.txt"), C("comm -23 lists/admins.txt lists/users_a.txt")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp20-mq-make-before-configure", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": MAKE,
        "fail_re": r"make: \*\*\* No targets specified and no makefile found\.\s+Stop\.",
        "learn": [C("cd calc && make", NEUTRAL), C("make -C calc", [RC("read_text_file", path="calc/calc.c")])],
        "repeats": [C("cd calc && make -j2", [RC("fs_list", path="calc")]), C("make -C calc -j4", [])],
        "good": [C("cd calc && make", hist(CONF), setup(CONF)),
                 C("make -C calc", NEUTRAL + hist(CONF), setup(CONF)),
                 C("cd calc && make -j2", hist(CONF), setup(CONF)),
                 C("make -C calc test", [RC("read_text_file", path="calc/calc.c")] + hist(CONF), setup(CONF))],
    },
    {
        "id": "bp20-mq-tsc-no-tsconfig", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": TSC,
        "fail_re": r"error TS(5081|5058|5057): ",
        "learn": [C("cd web && tsc -p .", [RC("fs_list", path="web/src")]),
                  C("tsc -p web/tsconfig.json", [])],
        "repeats": [C("cd web && tsc --project . --noEmit", NEUTRAL),
                    C("tsc --project web/tsconfig.json", [RC("read_text_file", path="web/src/app.ts")])],
        "good": [C("cd web && tsc -p .", hist(TSI), setup(TSI)),
                 C("tsc -p web/tsconfig.json", NEUTRAL + hist(TSI), setup(TSI)),
                 C("cd web && tsc --project . --noEmit", hist(TSI), setup(TSI)),
                 C("tsc --project web/tsconfig.json", [RC("fs_list", path="web/src")] + hist(TSI), setup(TSI))],
    },
    {
        "id": "bp20-mq-pathlib-parent-dir-missing", "category": "MISSING_PREREQUISITE", "tool": "pathlib_write_text",
        "source": PATHLIB, "fail_re": r"^FileNotFoundError: \[Errno 2\] No such file or directory: '",
        "learn": [PH(NEUTRAL, path="reports/2024/summary.txt", text="total: 42\n"),
                  PH([], path="exports/csv/users.csv", text="id,name\n1,Ann\n")],
        "repeats": [PH([RC("fs_list", path="reports")], path="reports/2024/q1.txt", text="q1: 10\n"),
                    PH(NEUTRAL, path="out/logs/daily/2024-06-01.log", text="ok\n")],
        "good": [PH(hist(MKD_REP), setup(MKD_REP), path="reports/2024/summary.txt", text="total: 42\n"),
                 PH(hist(MKD_EXP), setup(MKD_EXP), path="exports/csv/users.csv", text="id,name\n1,Ann\n"),
                 PH(NEUTRAL + hist(MKD_REP), setup(MKD_REP), path="reports/2024/q1.txt", text="q1: 10\n"),
                 PH(hist(MKD_OUT), setup(MKD_OUT), path="out/logs/daily/2024-06-01.log", text="ok\n")],
    },
    {
        "id": "bp20-mq-graphlib-not-prepared", "category": "MISSING_PREREQUISITE", "tool": "graphlib_get_ready",
        "source": GRAPHLIB, "fail_re": r"^ValueError: prepare\(\) must be called first",
        "learn": [PH(hist(GB1, GB2, GB3), setup(GB1, GB2, GB3), graph="build"),
                  PH(hist(GD1, GD2), setup(GD1, GD2), graph="deploy")],
        "repeats": [PH(hist(GB1, GB2), setup(GB1, GB2), graph="build"),
                    PH(hist(GD1, GD2, GB1), setup(GD1, GD2, GB1), graph="deploy")],
        "good": [PH(hist(GB1, GB2, GB3, GP_B), setup(GB1, GB2, GB3, GP_B), graph="build"),
                 PH(hist(GD1, GD2, GP_D), setup(GD1, GD2, GP_D), graph="deploy"),
                 PH(hist(GB1, GB2, GP_B, GR_B, GDONE_B), setup(GB1, GB2, GP_B, GR_B, GDONE_B), graph="build"),
                 PH(hist(GD1, GD2, GB1, GP_D), setup(GD1, GD2, GB1, GP_D), graph="deploy")],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp20-ws-graphlib-add-after-prepare", "category": "WORKFLOW_SEQUENCE", "tool": "graphlib_add",
        "source": GRAPHLIB, "fail_re": r"^ValueError: Nodes cannot be added after a call to prepare\(\)",
        "learn": [PH(hist(GB1, GB2, GP_B), setup(GB1, GB2, GP_B), graph="build", node="package", predecessors=["test"]),
                  PH(hist(GD1, GP_D), setup(GD1, GP_D), graph="deploy", node="release", predecessors=["migrate"])],
        "repeats": [PH(hist(GB1, GB2, GB3, GP_B, GR_B), setup(GB1, GB2, GB3, GP_B, GR_B), graph="build", node="lint",
                       predecessors=["fetch"]),
                    PH(hist(GD1, GD2, GP_D), setup(GD1, GD2, GP_D), graph="deploy", node="notify",
                       predecessors=["release"])],
        "good": [PH(hist(GB1, GB2), setup(GB1, GB2), graph="build", node="package", predecessors=["test"]),
                 PH(hist(GD1), setup(GD1), graph="deploy", node="release", predecessors=["migrate"]),
                 PH(hist(GB1, GB2, GB3), setup(GB1, GB2, GB3), graph="build", node="lint", predecessors=["fetch"]),
                 PH(hist(GB1, GP_B), setup(GB1, GP_B), graph="deploy", node="migrate", predecessors=["backup"])],
    },
    {
        "id": "bp20-ws-transitions-event-out-of-order", "category": "WORKFLOW_SEQUENCE", "tool": "transitions_trigger",
        "source": TRANSITIONS, "fail_re": r"^MachineError: \"Can't trigger event \w+ from state \w+!\"",
        "learn": [PH(NEUTRAL, order="1042", event="ship"),
                  PH(hist(T_PAY43, T_SHIP43), setup(T_PAY43, T_SHIP43), order="1043", event="cancel")],
        "repeats": [PH(hist(T_PAY01), setup(T_PAY01), order="2001", event="deliver"),
                    PH(hist(T_PAY02), setup(T_PAY02), order="2002", event="pay"),
                    PH([], order="2003", event="deliver")],
        "good": [PH(hist(T_PAY42), setup(T_PAY42), order="1042", event="ship"),
                 PH(hist(T_PAY43, T_SHIP43), setup(T_PAY43, T_SHIP43), order="1043", event="deliver"),
                 PH(NEUTRAL, order="2003", event="pay"),
                 PH(hist(T_PAY02), setup(T_PAY02), order="2002", event="cancel")],
    },
    {
        "id": "bp20-ws-mv-repeated-move", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": MV,
        "fail_re": r"^mv: cannot stat '[^']+': No such file or directory",
        "learn": [C("mv draft.md docs/guide.md", hist(MV1), setup(MV1)),
                  C("mv notes/todo.md notes/archive.md", hist(MV2), setup(MV2))],
        "repeats": [C("mv img/logo.png img/logo@2x.png", hist(MV3), setup(MV3)),
                    C("mv -v report-final.pdf docs/", NEUTRAL + hist(MV4), setup(MV4))],
        "good": [C("mv docs/guide.md docs/user-guide.md", hist(MV1), setup(MV1)),
                 C("mv draft.md docs/guide.md", NEUTRAL),
                 C("mv notes/done.md notes/archive.md", hist(MV2), setup(MV2)),
                 C("mv -n img/brand-logo.png img/logo@2x.png", hist(MV3), setup(MV3))],
    },
    {
        "id": "bp20-ws-ssh-keygen-key-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": SSHKEYGEN,
        "fail_re": r"\S+ already exists\.\s+Overwrite \(y/n\)\?",
        "learn": [C("ssh-keygen -t ed25519 -N '' -C deploy -f keys/deploy", hist(KG1), setup(KG1)),
                  C("ssh-keygen -q -t rsa -b 4096 -N '' -f keys/ci_rsa", hist(KG2), setup(KG2))],
        "repeats": [C("ssh-keygen -t ed25519 -N '' -C backup@host -f keys/backup", hist(KG3), setup(KG3)),
                    C("ssh-keygen -q -t ecdsa -N '' -f keys/deploy", NEUTRAL + hist(KG1), setup(KG1))],
        "good": [C("ssh-keygen -y -f keys/deploy", hist(KG1), setup(KG1)),
                 C("ssh-keygen -q -t ed25519 -N '' -f keys/deploy2", hist(KG1), setup(KG1)),
                 C("ssh-keygen -q -t ed25519 -N '' -C deploy -f keys/deploy", NEUTRAL),
                 C("ssh-keygen -l -f keys/ci_rsa.pub", hist(KG2), setup(KG2))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp20-wt-pptx-given-docx-xlsx", "category": "WRONG_TOOL_SELECTION", "tool": "pptx_open",
        "source": PPTX, "fail_re": r"^ValueError: file '[^']+' is not a PowerPoint file, content type is ",
        "learn": [P(path="docs/office/report.docx"), P(path="docs/office/budget.xlsx")],
        "repeats": [P(path="docs/office/minutes.docx"), P(path="docs/office/forecast.xlsx")],
        "good": [P(path="docs/office/deck.pptx"), P(path="docs/office/pitch.pptx"), P(path="docs/office/roadmap.pptx")],
    },
    {
        "id": "bp20-wt-etree-given-non-xml", "category": "WRONG_TOOL_SELECTION", "tool": "etree_parse_file",
        "source": ETREE, "fail_re": r"^ParseError: ",
        "learn": [P(path="config/app.json"), P(path="config/settings.yaml")],
        "repeats": [P(path="web/index.html"), P(path="config/tox.ini")],
        "good": [P(path="feeds/news.xml"), P(path="build/pom.xml"), P(path="web/sitemap.xml")],
    },
    {
        "id": "bp20-wt-readelf-given-script", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": READELF,
        "fail_re": r"^readelf: Error: Not an ELF file - it has the wrong magic bytes at the start",
        "learn": [C("readelf -h scripts/deploy.sh"), C("readelf -d bin/server.py")],
        "repeats": [C("readelf -s scripts/build.sh"), C("readelf -S bin/cli.jar")],
        "good": [C("readelf -h bin/hello"), C("readelf -d lib/libgreet.so"), C("readelf -s bin/hello"),
                 C("readelf -S lib/libgreet.so")],
    },
    {
        "id": "bp20-wt-base32-given-base64", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": BASE32,
        "fail_re": r"base32: invalid input",
        "learn": [C("base32 -d tokens/api-token.txt"), C("echo 'aGVsbG8gd29ybGQ=' | base32 --decode")],
        "repeats": [C("base32 --decode tokens/session.txt"), C("echo 'dXNlcjpzZWNyZXQ=' | base32 -d")],
        "good": [C("base32 -d tokens/totp-secret.txt | od -A x -t x1"), C("echo 'NBSWY3DPEB3W64TMMQ======' | base32 --decode"),
                 C("base32 --decode tokens/backup-code.txt"), C("base32 tokens/plain.txt")],
    },
    {
        "id": "bp20-wt-mozilla-cookiejar-given-other-format", "category": "WRONG_TOOL_SELECTION",
        "tool": "cookiejar_load_mozilla", "source": COOKIEJAR,
        "fail_re": r"^LoadError: '[^']+' does not look like a Netscape format cookies file",
        "learn": [P(path="cookies/example.json"), P(path="cookies/session.lwp")],
        "repeats": [P(path="cookies/shop-export.json"), P(path="cookies/response-headers.txt", ignore_discard=True)],
        "good": [P(path="cookies/example.txt"), P(path="cookies/shop.txt", ignore_discard=True),
                 P(path="cookies/api.cookies.txt")],
    },
]
