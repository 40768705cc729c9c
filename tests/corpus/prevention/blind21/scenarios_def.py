"""Scenario definitions for blind set 21. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp21fx"
SHELL = "run_shell"


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
ASTRAL = "astral 3.2"
DATEPARSER = "dateparser 1.5.0"
TIMEOUT = f"{CU} timeout"
DF = f"{CU} df"
SLEEP = f"{CU} sleep"
TAIL = f"{CU} tail"
CISO = "ciso8601 2.4.1"
STDNUM = "python-stdnum 2.2"
SOCKET = f"{PYV} socket"
FIND = "GNU findutils 4.9.0 find"
INSTALL = f"{CU} install"
DACITE = "dacite 1.9.2"
MSGSPEC = "msgspec 0.23.0"
SKLEARN = "scikit-learn 1.9.1"
MESON = "meson 1.12.1 (ninja 1.13.2)"
DJANGO = "Django 5.2.19 (django-admin / manage.py)"
NOX = "nox 2026.10.20"
STATEMACHINE = "python-statemachine 3.2.2"
MKFIFO = f"{CU} mkfifo"
COOKIECUTTER = "cookiecutter 2.7.1"
PEFILE = "pefile 2024.8.26"
AIFC = f"{PYV} aifc"
NETRC = f"{PYV} netrc"
GPXPY = "gpxpy 1.6.2"
LDD = "ldd (Debian GLIBC 2.36)"

NEUTRAL = [RC("fs_list", path=".")]

# histories that really happen
MODEL_X = [[1.0], [2.0], [3.0], [4.0]]
MC_PRICE = HD("sklearn_create_model", name="price", estimator="LinearRegression")
MF_PRICE = HD("sklearn_fit", name="price", X=MODEL_X, y=[10.0, 20.0, 30.0, 40.0])
MC_SPAM = HD("sklearn_create_model", name="spam", estimator="LogisticRegression")
MF_SPAM = HD("sklearn_fit", name="spam", X=[[0.1, 1], [0.9, 0], [0.2, 1], [0.8, 0]], y=[0, 1, 0, 1])
MC_KNN = HD("sklearn_create_model", name="churn", estimator="KNeighborsClassifier", params={"n_neighbors": 1})
MF_KNN = HD("sklearn_fit", name="churn", X=[[1, 0], [0, 1], [1, 1]], y=[1, 0, 1])
MC_TREE = HD("sklearn_create_model", name="demand", estimator="DecisionTreeRegressor", params={"max_depth": 2})
MF_TREE = HD("sklearn_fit", name="demand", X=[[1], [2], [3]], y=[5.0, 7.0, 9.0])
MSETUP = SHD("cd hello && meson setup build")
MSETUP2 = SHD("meson setup hello/build hello")
MIGRATE = SHD("cd mysite && python manage.py migrate")
MIGRATE2 = SHD("python mysite/manage.py migrate --noinput")
NOXFILE = ('import nox\n\n\n@nox.session(python=False)\ndef tests(session):\n    session.log("running tests")\n\n\n'
           '@nox.session(python=False)\ndef lint(session):\n    session.log("linting")\n')
WNOX = WF("noxfile.py", NOXFILE)
S_PAY42 = HD("statemachine_send", order="1042", event="pay")
S_PAY43 = HD("statemachine_send", order="1043", event="pay")
S_SHIP43 = HD("statemachine_send", order="1043", event="ship")
S_PAY01 = HD("statemachine_send", order="2001", event="pay")
S_PAY02 = HD("statemachine_send", order="2002", event="pay")
FIFO1 = SHD("mkfifo pipes/events")
FIFO2 = SHD("mkfifo -m 600 pipes/control")
FIFO3 = SHD("mkfifo pipes/jobs")
DJ_SHOP = SHD("django-admin startproject shop")
DJ_BLOG = SHD("django-admin startproject blog")
DJ_CRM = SHD("django-admin startproject crm")
CC1 = SHD("cookiecutter --no-input templates/pyproj")
CC_API = SHD("cookiecutter --no-input templates/pyproj project_slug=api")
CC_WRK = SHD("cookiecutter --no-input templates/pyproj project_slug=worker author=ops")

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp21-ip-astral-unknown-city", "category": "INCORRECT_PARAMETER", "tool": "astral_lookup_city",
        "source": ASTRAL, "fail_re": r"^KeyError: 'Unrecognised name - ",
        "learn": [P(name="New York City"), P(name="Washington")],
        "repeats": [P(name="Bombay"), P(name="Peking"), P(name="NYC")],
        "good": [P(name="New York"), P(name="Washington DC"), P(name="Mumbai"), P(name="Beijing"), P(name="London")],
    },
    {
        "id": "bp21-ip-dateparser-unknown-language", "category": "INCORRECT_PARAMETER", "tool": "dateparser_parse",
        "source": DATEPARSER, "fail_re": r"^ValueError: Unknown language\(s\): ",
        "learn": [P(text="12 mars 2024", languages=["french"]), P(text="3. Mai 2024", languages=["german"])],
        "repeats": [P(text="5 de junio de 2024", languages=["spanish"]), P(text="June 5, 2024", languages=["english"]),
                    P(text="7 luglio 2024", languages=["italian", "english"])],
        "good": [P(text="12 mars 2024", languages=["fr"]), P(text="3. Mai 2024", languages=["de"]),
                 P(text="5 de junio de 2024", languages=["es"]), P(text="June 5, 2024", languages=["en"]),
                 P(text="7 luglio 2024", languages=["it", "en"])],
    },
    {
        "id": "bp21-ip-timeout-invalid-signal", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": TIMEOUT,
        "fail_re": r"^timeout: .[A-Z_]+.: invalid signal",
        "learn": [C("timeout -s TERMINATE 30 scripts/slow.sh"), C("timeout --signal=SIGBREAK 10 scripts/backup.sh")],
        "repeats": [C("timeout -s INTERRUPT 20 scripts/slow.sh"), C("timeout -k 5 -s HANGUP 30 scripts/backup.sh")],
        "good": [C("timeout -s TERM 30 scripts/slow.sh"), C("timeout --signal=INT 10 scripts/backup.sh"),
                 C("timeout -s SIGINT 20 scripts/slow.sh"), C("timeout -k 5 -s HUP 30 scripts/backup.sh")],
    },
    {
        "id": "bp21-ip-df-unknown-output-field", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": DF,
        "fail_re": r"^df: option --output: field .\w+. unknown",
        "learn": [C("df --output=source,size,avil ."), C("df -h --output=target,free .")],
        "repeats": [C("df --output=fstype,usage ."), C("df -h --output=mountpoint,pcent .")],
        "good": [C("df --output=source,size,avail ."), C("df -h --output=target,avail ."),
                 C("df --output=fstype,used ."), C("df -h --output=target,pcent .")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp21-pf-ciso8601-bad-timestamp", "category": "PARAMETER_FORMAT", "tool": "ciso8601_parse_datetime",
        "source": CISO, "fail_re": r"^ValueError: Invalid character while parsing ",
        "learn": [P(value="2024-3-5"), P(value="05/03/2024 14:30")],
        "repeats": [P(value="2024-03-5T14:30:00"), P(value="2024/03/05 14:30"), P(value="5.3.2024")],
        "good": [P(value="2024-03-05"), P(value="2024-03-05T14:30:00"), P(value="2024-03-05 14:30:00Z"),
                 P(value="20240305T143000"), P(value="2024-03-05T14:30:00+01:00")],
    },
    {
        "id": "bp21-pf-stdnum-isbn-malformed", "category": "PARAMETER_FORMAT", "tool": "stdnum_isbn_validate",
        "source": STDNUM, "fail_re": r"^Invalid(Length|Format): The number has an invalid (length|format)\.",
        "learn": [P(number="978-0-306-4061"), P(number="ISBN 978-0-306-40615-7")],
        "repeats": [P(number="978-1-4028-9462"), P(number="ISBN: 0-306-40615-2")],
        "good": [P(number="978-0-306-40615-7"), P(number="0-306-40615-2"), P(number="978-1-4028-9462-6"),
                 P(number="9780306406157")],
    },
    {
        "id": "bp21-pf-socket-inet-pton-malformed", "category": "PARAMETER_FORMAT", "tool": "socket_inet_pton",
        "source": SOCKET, "fail_re": r"^OSError: illegal IP address string passed to inet_pton",
        "learn": [P(family="ipv4", address="10.0.0.1/24"), P(family="ipv6", address="[2001:db8::1]")],
        "repeats": [P(family="ipv4", address="192.168.1.10:8080"), P(family="ipv6", address="fe80::1%eth0"),
                    P(family="ipv4", address=" 172.16.0.5")],
        "good": [P(family="ipv4", address="10.0.0.1"), P(family="ipv6", address="2001:db8::1"),
                 P(family="ipv4", address="192.168.1.10"), P(family="ipv6", address="fe80::1"),
                 P(family="ipv4", address="172.16.0.5")],
    },
    {
        "id": "bp21-pf-sleep-invalid-interval", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": SLEEP,
        "fail_re": r"^sleep: invalid time interval ",
        "learn": [C("sleep 1sec"), C("sleep 500ms && tail -n 3 logs/app.log")],
        "repeats": [C("sleep 2secs"), C("sleep 250ms && tail -n 1 logs/worker.log")],
        "good": [C("sleep 1s"), C("sleep 0.5 && tail -n 3 logs/app.log"), C("sleep 0.2s"),
                 C("sleep 0.25 && tail -n 1 logs/worker.log")],
    },
    {
        "id": "bp21-pf-tail-invalid-count", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": TAIL,
        "fail_re": r"^tail: invalid number of (lines|bytes): ",
        "learn": [C("tail -n 1,000 logs/app.log"), C("tail -c 1.5K logs/app.log")],
        "repeats": [C("tail -n 2,500 logs/worker.log"), C("tail -c 0.5M logs/worker.log")],
        "good": [C("tail -n 1000 logs/app.log"), C("tail -c 1536 logs/app.log"), C("tail -n 2500 logs/worker.log"),
                 C("tail -c 512K logs/worker.log")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp21-mp-find-missing-test-argument", "category": "MISSING_PARAMETER", "tool": SHELL, "source": FIND,
        "fail_re": r"^find: missing argument to `-\w+'",
        "learn": [C("find . -name"), C("find logs -type")],
        "repeats": [C("find src -newer"), C("find . -name '*.log' -size")],
        "good": [C("find . -name '*.log'"), C("find logs -type f"), C("find src -newer src/util.py"),
                 C("find . -name '*.log' -size +1k")],
    },
    {
        "id": "bp21-mp-install-missing-destination", "category": "MISSING_PARAMETER", "tool": SHELL, "source": INSTALL,
        "fail_re": r"^install: missing (destination )?file operand",
        "learn": [C("install -m 755 scripts/deploy.sh"), C("install -D -m 644 conf/app.conf")],
        "repeats": [C("install -m 644 conf/nginx.conf"), C("install -D -m 0755 scripts/backup.sh")],
        "good": [C("install -D -m 755 scripts/deploy.sh dist/bin/deploy"),
                 C("install -D -m 644 conf/app.conf dist/etc/app.conf"),
                 C("install -d dist/etc && install -m 644 conf/nginx.conf dist/etc/"),
                 C("install -D -m 0755 scripts/backup.sh dist/bin/backup")],
    },
    {
        "id": "bp21-mp-dacite-missing-field", "category": "MISSING_PARAMETER", "tool": "dacite_from_dict",
        "source": DACITE, "fail_re": r'^MissingValueError: missing value for field "\w+"',
        "learn": [P(data_class="User", data={"name": "Ann"}), P(data_class="Order", data={"id": 1042, "total": 9.5})],
        "repeats": [P(data_class="Server", data={"host": "db1"}),
                    P(data_class="Order", data={"id": 7, "currency": "EUR"})],
        "good": [P(data_class="User", data={"name": "Ann", "email": "ann@example.com"}),
                 P(data_class="Order", data={"id": 1042, "total": 9.5, "currency": "USD"}),
                 P(data_class="Server", data={"host": "db1", "port": 5432}),
                 P(data_class="Order", data={"id": 7, "total": 20.0, "currency": "EUR"})],
    },
    {
        "id": "bp21-mp-msgspec-missing-required-field", "category": "MISSING_PARAMETER", "tool": "msgspec_json_decode",
        "source": MSGSPEC, "fail_re": r"^ValidationError: Object missing required field `\w+`",
        "learn": [P(type="Event", json='{"name": "signup"}'), P(type="Item", json='{"sku": "A-1", "qty": 2}')],
        "repeats": [P(type="Event", json='{"timestamp": "2024-06-01T12:00:00Z", "source": "web"}'),
                    P(type="Item", json='{"sku": "B-7", "price": 4.5}')],
        "good": [P(type="Event", json='{"name": "signup", "timestamp": "2024-06-01T12:00:00Z"}'),
                 P(type="Item", json='{"sku": "A-1", "qty": 2, "price": 9.99}'),
                 P(type="Event", json='{"name": "login", "timestamp": "2024-06-01T12:00:00Z", "source": "web"}'),
                 P(type="Item", json='{"sku": "B-7", "qty": 1, "price": 4.5}')],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp21-mq-sklearn-predict-before-fit", "category": "MISSING_PREREQUISITE", "tool": "sklearn_predict",
        "source": SKLEARN, "fail_re": r"^NotFittedError: This \w+ instance is not fitted yet\. Call 'fit'",
        "learn": [PH(hist(MC_PRICE), setup(MC_PRICE), name="price", X=[[5.0], [6.0]]),
                  PH(hist(MC_SPAM), setup(MC_SPAM), name="spam", X=[[0.3, 1]])],
        "repeats": [PH(hist(MC_KNN), setup(MC_KNN), name="churn", X=[[1, 0]]),
                    PH(hist(MC_PRICE, MC_TREE), setup(MC_PRICE, MC_TREE), name="demand", X=[[4]])],
        "good": [PH(hist(MC_PRICE, MF_PRICE), setup(MC_PRICE, MF_PRICE), name="price", X=[[5.0], [6.0]]),
                 PH(hist(MC_SPAM, MF_SPAM), setup(MC_SPAM, MF_SPAM), name="spam", X=[[0.3, 1]]),
                 PH(hist(MC_KNN, MF_KNN), setup(MC_KNN, MF_KNN), name="churn", X=[[1, 0]]),
                 PH(hist(MC_PRICE, MC_TREE, MF_TREE), setup(MC_PRICE, MC_TREE, MF_TREE), name="demand", X=[[4]])],
    },
    {
        "id": "bp21-mq-meson-compile-before-setup", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": MESON,
        "fail_re": r"ERROR: Current directory is not a meson build directory: ",
        "learn": [C("cd hello && meson compile -C build", [RC("fs_list", path="hello")]),
                  C("meson compile -C hello/build hello", [RC("read_text_file", path="hello/meson.build")])],
        "repeats": [C("meson compile -C hello/build", NEUTRAL), C("cd hello && meson compile -C build -j 4", [])],
        "good": [C("cd hello && meson compile -C build", hist(MSETUP), setup(MSETUP)),
                 C("meson compile -C hello/build hello", [RC("read_text_file", path="hello/meson.build")] + hist(MSETUP2),
                   setup(MSETUP2)),
                 C("meson compile -C hello/build", NEUTRAL + hist(MSETUP), setup(MSETUP)),
                 C("cd hello && meson compile -C build -j 4", hist(MSETUP), setup(MSETUP))],
    },
    {
        "id": "bp21-mq-django-dumpdata-before-migrate", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": DJANGO, "fail_re": r"CommandError: Unable to serialize database: no such table: ",
        "learn": [C("cd mysite && python manage.py dumpdata auth", [RC("fs_list", path="mysite")]),
                  C("python mysite/manage.py dumpdata auth.user --indent 2", [])],
        "repeats": [C("cd mysite && python manage.py dumpdata contenttypes", NEUTRAL),
                    C("cd mysite && python manage.py dumpdata auth.group -o groups.json",
                      [RC("read_text_file", path="mysite/mysite/settings.py")])],
        "good": [C("cd mysite && python manage.py dumpdata auth", hist(MIGRATE), setup(MIGRATE)),
                 C("python mysite/manage.py dumpdata auth.user --indent 2", hist(MIGRATE2), setup(MIGRATE2)),
                 C("cd mysite && python manage.py dumpdata contenttypes", NEUTRAL + hist(MIGRATE), setup(MIGRATE)),
                 C("cd mysite && python manage.py dumpdata auth.group -o groups.json",
                   [RC("read_text_file", path="mysite/mysite/settings.py")] + hist(MIGRATE), setup(MIGRATE))],
    },
    {
        "id": "bp21-mq-nox-no-noxfile", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": NOX,
        "fail_re": r"nox > Failed to load Noxfile \S+, no such file exists\.",
        "learn": [C("nox -l", NEUTRAL), C("nox -s tests", [RC("read_text_file", path="src/main.py")])],
        "repeats": [C("nox --list-sessions", []), C("nox -s lint", NEUTRAL)],
        "good": [C("nox -l", hist(WNOX), setup(WNOX)), C("nox -s tests", NEUTRAL + hist(WNOX), setup(WNOX)),
                 C("nox --list-sessions", hist(WNOX), setup(WNOX)), C("nox -s lint", hist(WNOX), setup(WNOX))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp21-ws-statemachine-event-not-allowed", "category": "WORKFLOW_SEQUENCE", "tool": "statemachine_send",
        "source": STATEMACHINE, "fail_re": r"^TransitionNotAllowed: Can't \w+ when in \w+\.",
        "learn": [PH(NEUTRAL, order="1042", event="ship"),
                  PH(hist(S_PAY43, S_SHIP43), setup(S_PAY43, S_SHIP43), order="1043", event="cancel")],
        "repeats": [PH(hist(S_PAY01), setup(S_PAY01), order="2001", event="deliver"),
                    PH(hist(S_PAY02), setup(S_PAY02), order="2002", event="pay"),
                    PH([], order="2003", event="deliver")],
        "good": [PH(hist(S_PAY42), setup(S_PAY42), order="1042", event="ship"),
                 PH(hist(S_PAY43, S_SHIP43), setup(S_PAY43, S_SHIP43), order="1043", event="deliver"),
                 PH(NEUTRAL, order="2003", event="pay"),
                 PH(hist(S_PAY02), setup(S_PAY02), order="2002", event="cancel")],
    },
    {
        "id": "bp21-ws-mkfifo-already-created", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": MKFIFO,
        "fail_re": r"^mkfifo: cannot create fifo '[^']+': File exists",
        "learn": [C("mkfifo pipes/events", hist(FIFO1), setup(FIFO1)),
                  C("mkfifo -m 600 pipes/control", hist(FIFO2), setup(FIFO2))],
        "repeats": [C("mkfifo pipes/jobs", NEUTRAL + hist(FIFO3), setup(FIFO3)),
                    C("mkfifo -m 644 pipes/events", hist(FIFO1), setup(FIFO1))],
        "good": [C("test -p pipes/events || mkfifo pipes/events", hist(FIFO1), setup(FIFO1)),
                 C("mkfifo -m 600 pipes/control", NEUTRAL),
                 C("mkfifo pipes/jobs", hist(FIFO1), setup(FIFO1)),
                 C("ls -l pipes/control", hist(FIFO2), setup(FIFO2))],
    },
    {
        "id": "bp21-ws-django-startproject-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": DJANGO,
        "fail_re": r"^CommandError: '[^']+' already exists",
        "learn": [C("django-admin startproject shop", hist(DJ_SHOP), setup(DJ_SHOP)),
                  C("django-admin startproject blog", hist(DJ_BLOG), setup(DJ_BLOG))],
        "repeats": [C("django-admin startproject crm", hist(DJ_CRM), setup(DJ_CRM)),
                    C("django-admin startproject shop", NEUTRAL + hist(DJ_SHOP), setup(DJ_SHOP))],
        "good": [C("cd shop && python manage.py check", hist(DJ_SHOP), setup(DJ_SHOP)),
                 C("django-admin startproject blog", NEUTRAL),
                 C("django-admin startproject crm", hist(DJ_SHOP), setup(DJ_SHOP)),
                 C("cd blog && python manage.py startapp posts", hist(DJ_BLOG), setup(DJ_BLOG))],
    },
    {
        "id": "bp21-ws-cookiecutter-output-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL,
        "source": COOKIECUTTER, "fail_re": r'^Error: "[^"]+" directory already exists',
        "learn": [C("cookiecutter --no-input templates/pyproj", hist(CC1), setup(CC1)),
                  C("cookiecutter --no-input templates/pyproj project_slug=api", hist(CC_API), setup(CC_API))],
        "repeats": [C("cookiecutter --no-input templates/pyproj project_slug=worker author=ops", hist(CC_WRK),
                      setup(CC_WRK)),
                    C("cookiecutter --no-input templates/pyproj author=team", NEUTRAL + hist(CC1), setup(CC1))],
        "good": [C("cookiecutter --no-input templates/pyproj project_slug=api", hist(CC1), setup(CC1)),
                 C("cookiecutter --no-input templates/pyproj", NEUTRAL),
                 C("cookiecutter --no-input --overwrite-if-exists templates/pyproj project_slug=api", hist(CC_API),
                   setup(CC_API)),
                 C("cat worker/README.md", hist(CC_WRK), setup(CC_WRK))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp21-wt-pefile-given-elf", "category": "WRONG_TOOL_SELECTION", "tool": "pefile_open",
        "source": PEFILE, "fail_re": r"^PEFormatError: 'DOS Header magic not found\.'",
        "learn": [P(path="bin/hello"), P(path="lib/libgreet.so")],
        "repeats": [P(path="bin/calc"), P(path="lib/libmathx.so")],
        "good": [P(path="win/launcher.exe"), P(path="win/cli-64.exe"), P(path="win/gui32.exe")],
    },
    {
        "id": "bp21-wt-aifc-given-wav-mp3", "category": "WRONG_TOOL_SELECTION", "tool": "aifc_open",
        "source": AIFC, "fail_re": r"^Error: file does not start with FORM id",
        "learn": [P(path="audio/beep.wav"), P(path="audio/alert.mp3")],
        "repeats": [P(path="audio/chime.wav"), P(path="audio/ring.wav")],
        "good": [P(path="audio/beep.aiff"), P(path="audio/chime.aif"), P(path="audio/alarm.aiff")],
    },
    {
        "id": "bp21-wt-netrc-given-other-format", "category": "WRONG_TOOL_SELECTION", "tool": "netrc_load",
        "source": NETRC, "fail_re": r"^NetrcParseError: bad toplevel token ",
        "learn": [P(path="config/credentials.json"), P(path="config/pypirc.ini")],
        "repeats": [P(path="config/.env"), P(path="config/auth.yaml")],
        "good": [P(path="config/netrc"), P(path="config/ci.netrc"), P(path="auth/.netrc")],
    },
    {
        "id": "bp21-wt-gpxpy-given-geojson-csv", "category": "WRONG_TOOL_SELECTION", "tool": "gpxpy_parse_file",
        "source": GPXPY, "fail_re": r"^GPXXMLSyntaxException: Error parsing XML: ",
        "learn": [P(path="tracks/run.geojson"), P(path="tracks/ride.csv")],
        "repeats": [P(path="tracks/commute.geojson"), P(path="tracks/hike-points.csv")],
        "good": [P(path="tracks/morning-run.gpx"), P(path="tracks/ride.gpx"), P(path="tracks/hike.gpx")],
    },
    {
        "id": "bp21-wt-ldd-given-script", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": LDD,
        "fail_re": r"^\s*not a dynamic executable",
        "learn": [C("ldd scripts/deploy.sh"), C("ldd tools/server.py")],
        "repeats": [C("ldd scripts/build.sh"), C("ldd bin/cli.jar")],
        "good": [C("ldd bin/hello"), C("ldd lib/libgreet.so"), C("ldd bin/calc")],
    },
]
