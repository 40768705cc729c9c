"""Scenario definitions for blind set 23. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp23fx"
SHELL = "run_in_shell"


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
    return SH(cmd), cmd + " >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path))} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def hist(*pairs):
    return [p[0] for p in pairs]


def setup(*pairs):
    return [p[1] for p in pairs]


PYV = "Python 3.11.7"
CU = "GNU coreutils 9.1"
BU = "GNU Binutils for Debian 2.40"
RICH = "rich 15.0.0"
PSUTIL = "psutil 7.2.2"
FAKER = "Faker 40.63.0"
SRT = "srt 3.5.3"
TINYTAG = "tinytag 2.3.2"
EZDXF = "ezdxf 1.4.5"
UNIQ = f"{CU} uniq"
BANDIT = "bandit 1.9.4"
SHUF = f"{CU} shuf"
MKTEMP = f"{CU} mktemp"
FACTOR = f"{CU} factor"
CSPLIT = f"{CU} csplit"
AGE = "age 1.1.1 (Debian)"
AGEKEYGEN = "age-keygen 1.1.1 (Debian)"
SCRAPY = "Scrapy 2.19.0"
BEHAVE = "behave 1.3.3"
PDM = "PDM 2.29.4"
AR = f"GNU ar ({BU})"
STRIP = f"GNU strip ({BU})"
RMDIR = f"{CU} rmdir"

NEUTRAL = [RC("list_dir", path=".")]

# histories that really happen
CART_STEPS = ('from behave import given, when, then\n\n\n@given("an empty cart")\ndef empty_cart(context):\n'
              '    context.cart = []\n\n\n@when("I add a book")\ndef add_book(context):\n'
              '    context.cart.append("book")\n\n\n@then("the cart has 1 item")\ndef one_item(context):\n'
              '    assert len(context.cart) == 1\n')
LOGIN_STEPS = ('from behave import given, then\n\n\n@given("a user {name}")\ndef a_user(context, name):\n'
               '    context.user = name\n\n\n@then("{name} can log in")\ndef can_log_in(context, name):\n'
               '    assert context.user == name\n')
W_CART = WF("checkout/features/steps/cart_steps.py", CART_STEPS)
W_CART2 = WF("checkout/features/steps/steps.py", CART_STEPS)
W_LOGIN = WF("login/features/steps/login_steps.py", LOGIN_STEPS)
PI_SVC = SHD("cd svc && pdm init -n")
PI_ETL = SHD("cd etl && pdm init -n")
PV_SVC_CI = SHD("cd svc && pdm venv create --name ci")
PV_ETL_LINT = SHD("cd etl && pdm venv create --name lint")
PV_SVC_TEST = SHD("cd svc && pdm venv create --name test")
PV_ETL_DOCS = SHD("cd etl && pdm venv create --name docs")
SP_SHOP = SHD("scrapy startproject shop")
SP_NEWS = SHD("scrapy startproject news")
SP_BOOKS = SHD("scrapy startproject books")
SP_PRICES = SHD("scrapy startproject prices")
GS_BOOKS = SHD("cd shop && scrapy genspider books books.toscrape.com")
GS_HEAD = SHD("cd news && scrapy genspider headlines news.example.com")
GS_QUOTES = SHD("cd shop && scrapy genspider quotes quotes.toscrape.com")
AK_CI = SHD("age-keygen -o keys/ci.txt")
AK_BACKUP = SHD("age-keygen -o keys/backup.txt")
AK_STAGING = SHD("age-keygen -o keys/staging.txt")
AK_ALICE = SHD("age-keygen -o keys/alice.txt")
AL_WALLS = HD("ezdxf_add_layer", path="cad/floor.dxf", name="WALLS")
AL_FENCE = HD("ezdxf_add_layer", path="cad/site.dxf", name="FENCE", color=3)
AL_DOORS = HD("ezdxf_add_layer", path="cad/floor.dxf", name="DOORS", color=1)
AL_HOLES = HD("ezdxf_add_layer", path="cad/bracket.dxf", name="HOLES")


def SUB(i, start, end, content):
    return {"index": i, "start": start, "end": end, "content": content}


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp23-ip-rich-unknown-color", "category": "INCORRECT_PARAMETER", "tool": "rich_parse_color",
        "source": RICH, "fail_re": r"^ColorParseError: '[^']+' is not a valid color",
        "learn": [P(color="bluish"), P(color="dark_grey")],
        "repeats": [P(color="light_red"), P(color="navyblue"), P(color="bright_orange")],
        "good": [P(color="blue"), P(color="grey50"), P(color="bright_red"), P(color="navy_blue"),
                 P(color="#ff8800"), P(color="dark_orange")],
    },
    {
        "id": "bp23-ip-psutil-no-such-pid", "category": "INCORRECT_PARAMETER", "tool": "psutil_process_info",
        "source": PSUTIL, "fail_re": r"^NoSuchProcess: process PID not found \(pid=\d+\)",
        "learn": [P(pid=999999), P(pid=4194000, attrs=["name", "cmdline"])],
        "repeats": [P(pid=888888), P(pid=3999999, attrs=["name", "status"])],
        "good": [P(pid=1), P(pid=1, attrs=["name", "cmdline"]), P(pid=1, attrs=["name", "status"]),
                 P(pid=1, attrs=["pid", "ppid"])],
    },
    {
        "id": "bp23-ip-faker-unknown-formatter", "category": "INCORRECT_PARAMETER", "tool": "faker_generate",
        "source": FAKER, "fail_re": r"^AttributeError: Unknown formatter '[^']+' with locale",
        "learn": [P(formatter="phone"), P(formatter="full_name", locale="de_DE")],
        "repeats": [P(formatter="mobile_number"), P(formatter="e_mail", locale="fr_FR"), P(formatter="cellphone")],
        "good": [P(formatter="phone_number"), P(formatter="name", locale="de_DE"), P(formatter="email"),
                 P(formatter="address", locale="fr_FR"), P(formatter="postcode"), P(formatter="company", seed=7)],
    },
    {
        "id": "bp23-ip-uniq-invalid-choice", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": UNIQ,
        "fail_re": r"^uniq: invalid argument ‘[^’]*’ for ‘--(group|all-repeated)’",
        "learn": [C("uniq --group=before logs/access.log"), C("uniq --all-repeated=blank logs/errors.log")],
        "repeats": [C("uniq --group=after data/hosts.txt"), C("uniq --all-repeated=newline logs/access.log")],
        "good": [C("uniq --group=prepend logs/access.log"), C("uniq --all-repeated=separate logs/errors.log"),
                 C("uniq --group=append data/hosts.txt"), C("uniq -c logs/access.log"),
                 C("uniq --group=both data/hosts.txt")],
    },
    {
        "id": "bp23-ip-bandit-unknown-test-id", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": BANDIT,
        "fail_re": r"Unknown test found in profile: ",
        "learn": [C("bandit -q -t S101 src/app.py"), C("bandit -q -r -t B999 src")],
        "repeats": [C("bandit -q -t S603 src/util.py"), C("bandit -q -r -t B6O2 src")],
        "good": [C("bandit -q -t B101 src/app.py"), C("bandit -q -r -t B602 src"),
                 C("bandit -q -t B105,B106 src/util.py"), C("bandit -q -r src")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp23-pf-rich-bad-markup", "category": "PARAMETER_FORMAT", "tool": "rich_render_markup",
        "source": RICH, "fail_re": r"^MarkupError: closing tag '[^']*' at position \d+ ",
        "learn": [P(markup="[bold]Deploy finished[/italic]"), P(markup="Status: [/] [green]ok[/green]")],
        "repeats": [P(markup="[red]Error:[/bold] disk full"), P(markup="[/red]warning[red]")],
        "good": [P(markup="[bold]Deploy finished[/bold]"), P(markup="Status: [green]ok[/green]"),
                 P(markup="[red]Error:[/] disk full"), P(markup="[bold red]failed[/bold red] after 3 tries"),
                 P(markup="plain text")],
    },
    {
        "id": "bp23-pf-srt-bad-timing-line", "category": "PARAMETER_FORMAT", "tool": "srt_parse_subtitles",
        "source": SRT, "fail_re": r"^SRTParseError: Expected contiguous start of match",
        "learn": [P(text="1\n0:01 --> 0:04\nHello\n\n2\n0:05 --> 0:08\nWorld\n"),
                  P(text="1\n00:00:01,000 - 00:00:04,000\nHello there\n")],
        "repeats": [P(text="1\n00:00:01 to 00:00:03\nWelcome\n"),
                    P(text="1\n1.0 --> 3.5\nIntro\n\n2\n3.5 --> 6.0\nPart one\n")],
        "good": [P(text="1\n00:00:01,000 --> 00:00:04,000\nHello\n\n2\n00:00:05,000 --> 00:00:08,000\nWorld\n"),
                 P(text="1\n00:00:01,000 --> 00:00:04,000\nHello there\n"),
                 P(text="1\n00:00:01,000 --> 00:00:03,000\nWelcome\n"),
                 P(text="1\n00:00:01,000 --> 00:00:03,500\nIntro\n\n2\n00:00:03,500 --> 00:00:06,000\nPart one\n")],
    },
    {
        "id": "bp23-pf-shuf-bad-range", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": SHUF,
        "fail_re": r"^shuf: invalid input range: ",
        "learn": [C("shuf -i 1..10 -n 3"), C("shuf -i 1:100 -n 1")],
        "repeats": [C("shuf -i 0..99 -n 5"), C("shuf -i 1,6 -n 1"), C("shuf -i '1 - 50' -n 2")],
        "good": [C("shuf -i 1-10 -n 3"), C("shuf -i 1-100 -n 1"), C("shuf -i 0-99 -n 5"), C("shuf -i 1-6"),
                 C("shuf -n 2 data/hosts.txt")],
    },
    {
        "id": "bp23-pf-mktemp-template-too-few-x", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": MKTEMP,
        "fail_re": r"^mktemp: too few X's in template ",
        "learn": [C("mktemp build.XX"), C("mktemp -d work-XX")],
        "repeats": [C("mktemp -p . session"), C("mktemp upload.X.part"), C("mktemp -d cache.XXtmp")],
        "good": [C("mktemp build.XXXXXX"), C("mktemp -d work-XXXXXXXX"), C("mktemp -p . session.XXXXXX"),
                 C("mktemp --suffix=.part upload.XXXXXX"), C("mktemp -d cache.XXXXtmp")],
    },
    {
        "id": "bp23-pf-factor-not-an-integer", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": FACTOR,
        "fail_re": r"^factor: ‘[^’]*’ is not a valid positive integer",
        "learn": [C("factor 1,024"), C("factor 1e6")],
        "repeats": [C("factor 360.0"), C("factor 0x1F"), C("factor 2^10")],
        "good": [C("factor 1024"), C("factor 1000000"), C("factor 360 97"), C("factor 31"),
                 C("echo 1024 | factor")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp23-mp-srt-subtitle-missing-fields", "category": "MISSING_PARAMETER", "tool": "srt_compose_subtitles",
        "source": SRT, "fail_re": r"^TypeError: Subtitle\.__init__\(\) missing \d required positional argument",
        "learn": [P(items=[{"index": 1, "start": 1.0, "content": "Hello"}], path="out.srt"),
                  P(items=[SUB(1, 0.5, 2.0, "Hi"), {"index": 2, "start": 2.5, "end": 4.0}])],
        "repeats": [P(items=[{"index": 1, "end": 3.0, "content": "Welcome"}], path="intro.srt"),
                    P(items=[{"start": 0.0, "end": 1.5, "content": "Title"}])],
        "good": [P(items=[SUB(1, 1.0, 3.0, "Hello")], path="out.srt"),
                 P(items=[SUB(1, 0.5, 2.0, "Hi"), SUB(2, 2.5, 4.0, "Bye")]),
                 P(items=[SUB(1, 0.0, 3.0, "Welcome")], path="intro.srt"),
                 P(items=[SUB(1, 0.0, 1.5, "Title"), SUB(2, 1.5, 5.0, "Chapter one")])],
    },
    {
        "id": "bp23-mp-csplit-missing-pattern", "category": "MISSING_PARAMETER", "tool": SHELL, "source": CSPLIT,
        "fail_re": r"^csplit: missing operand after ",
        "learn": [C("csplit data/book.md"), C("csplit -s -f chapter- data/changelog.md")],
        "repeats": [C("csplit -z -f run- data/server.log"), C("csplit -s --prefix=sec data/book.md")],
        "good": [C("csplit data/book.md '/^## /' '{*}'"), C("csplit -s -f chapter- data/changelog.md '/^## /' '{*}'"),
                 C("csplit -z -f run- data/server.log '/^---$/' '{*}'"), C("csplit -s --prefix=sec data/book.md 4")],
    },
    {
        "id": "bp23-mp-age-missing-recipients", "category": "MISSING_PARAMETER", "tool": SHELL, "source": AGE,
        "fail_re": r"^age: error: missing recipients",
        "learn": [C("age -o secrets.env.age secrets.env"), C("age -a -o config/db.yaml.age config/db.yaml")],
        "repeats": [C("age --armor --output backup/dump.sql.age backup/dump.sql"),
                    C("age -e -o secrets.age secrets.env")],
        "good": [C("age -R keys/team.pub -o secrets.env.age secrets.env"),
                 C("age -a -R keys/team.pub -o config/db.yaml.age config/db.yaml"),
                 C("age --armor -e -i keys/deploy.txt --output backup/dump.sql.age backup/dump.sql"),
                 C("age -e -R keys/team.pub -o secrets.age secrets.env && age -d -i keys/deploy.txt secrets.age")],
    },
    {
        "id": "bp23-mp-scrapy-genspider-no-domain", "category": "MISSING_PARAMETER", "tool": SHELL, "source": SCRAPY,
        "fail_re": r"scrapy genspider \[options\] <name> <domain>",
        "learn": [C("cd shop && scrapy genspider books", hist(SP_SHOP), setup(SP_SHOP)),
                  C("cd news && scrapy genspider -t crawl headlines", hist(SP_NEWS), setup(SP_NEWS))],
        "repeats": [C("cd shop && scrapy genspider quotes", hist(SP_SHOP), setup(SP_SHOP)),
                    C("cd news && scrapy genspider -t crawl archive", hist(SP_NEWS), setup(SP_NEWS))],
        "good": [C("cd shop && scrapy genspider books books.toscrape.com", hist(SP_SHOP), setup(SP_SHOP)),
                 C("cd news && scrapy genspider -t crawl headlines news.example.com", hist(SP_NEWS), setup(SP_NEWS)),
                 C("cd shop && scrapy genspider quotes quotes.toscrape.com", hist(SP_SHOP), setup(SP_SHOP))],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp23-mq-scrapy-no-active-project", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": SCRAPY,
        "fail_re": r"Scrapy [\d.]+ - no active project",
        "learn": [C("scrapy list", NEUTRAL), C("scrapy crawl books -o books.json", [])],
        "repeats": [C("scrapy check", [RC("list_dir", path="shop")]), C("scrapy crawl quotes -O quotes.jl", [])],
        "good": [C("cd shop && scrapy list", hist(SP_SHOP), setup(SP_SHOP)),
                 C("cd shop && scrapy list", NEUTRAL + hist(SP_SHOP, GS_BOOKS), setup(SP_SHOP, GS_BOOKS)),
                 C("cd shop && scrapy check", hist(SP_SHOP, GS_QUOTES), setup(SP_SHOP, GS_QUOTES)),
                 C("cd news && scrapy list", hist(SP_NEWS, GS_HEAD), setup(SP_NEWS, GS_HEAD))],
    },
    {
        "id": "bp23-mq-scrapy-spider-not-generated", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": SCRAPY, "fail_re": r"KeyError: 'Spider not found: ",
        "learn": [C("cd shop && scrapy check books", hist(SP_SHOP), setup(SP_SHOP)),
                  C("cd news && scrapy check headlines", hist(SP_NEWS), setup(SP_NEWS))],
        "repeats": [C("cd shop && scrapy check quotes", hist(SP_SHOP), setup(SP_SHOP)),
                    C("cd shop && scrapy check books", hist(SP_SHOP, GS_QUOTES), setup(SP_SHOP, GS_QUOTES))],
        "good": [C("cd shop && scrapy check books", hist(SP_SHOP, GS_BOOKS), setup(SP_SHOP, GS_BOOKS)),
                 C("cd news && scrapy check headlines", hist(SP_NEWS, GS_HEAD), setup(SP_NEWS, GS_HEAD)),
                 C("cd shop && scrapy check quotes", hist(SP_SHOP, GS_QUOTES), setup(SP_SHOP, GS_QUOTES))],
    },
    {
        "id": "bp23-mq-behave-no-steps-dir", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": BEHAVE,
        "fail_re": r"ConfigError: No steps directory in ",
        "learn": [C("cd checkout && behave", [RC("read_text_file", path="checkout/features/cart.feature")]),
                  C("cd login && behave --no-capture", NEUTRAL)],
        "repeats": [C("cd checkout && behave -f progress", []), C("behave login/features", NEUTRAL)],
        "good": [C("cd checkout && behave", hist(W_CART), setup(W_CART)),
                 C("cd login && behave --no-capture", NEUTRAL + hist(W_LOGIN), setup(W_LOGIN)),
                 C("cd checkout && behave -f progress", hist(W_CART2), setup(W_CART2)),
                 C("behave login/features", hist(W_LOGIN), setup(W_LOGIN))],
    },
    {
        "id": "bp23-mq-pdm-project-not-initialized", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": PDM,
        "fail_re": r"\[ProjectError\]: The pyproject\.toml has not been initialized yet",
        "learn": [C("cd svc && pdm run python -V", [RC("list_dir", path="svc")]), C("cd etl && pdm list", NEUTRAL)],
        "repeats": [C("cd etl && pdm run python main.py", []), C("cd svc && pdm info", NEUTRAL)],
        "good": [C("cd svc && pdm run python -V", hist(PI_SVC), setup(PI_SVC)),
                 C("cd etl && pdm list", NEUTRAL + hist(PI_ETL), setup(PI_ETL)),
                 C("cd etl && pdm run python main.py", hist(PI_ETL), setup(PI_ETL)),
                 C("cd svc && pdm info", hist(PI_SVC), setup(PI_SVC))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp23-ws-scrapy-startproject-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": SCRAPY,
        "fail_re": r"^Error: scrapy\.cfg already exists in ",
        "learn": [C("scrapy startproject shop", hist(SP_SHOP), setup(SP_SHOP)),
                  C("scrapy startproject news", NEUTRAL + hist(SP_NEWS), setup(SP_NEWS))],
        "repeats": [C("scrapy startproject books", hist(SP_BOOKS), setup(SP_BOOKS)),
                    C("scrapy startproject prices", hist(SP_SHOP, SP_PRICES), setup(SP_SHOP, SP_PRICES))],
        "good": [C("scrapy startproject shop", NEUTRAL), C("scrapy startproject news", hist(SP_SHOP), setup(SP_SHOP)),
                 C("scrapy startproject books", hist(SP_NEWS), setup(SP_NEWS)),
                 C("scrapy startproject prices", [])],
    },
    {
        "id": "bp23-ws-age-keygen-output-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": AGEKEYGEN,
        "fail_re": r'^age-keygen: error: failed to open output file "[^"]+": open [^:]+: file exists',
        "learn": [C("age-keygen -o keys/ci.txt", hist(AK_CI), setup(AK_CI)),
                  C("age-keygen -o keys/backup.txt", NEUTRAL + hist(AK_BACKUP), setup(AK_BACKUP))],
        "repeats": [C("age-keygen -o keys/staging.txt", hist(AK_STAGING), setup(AK_STAGING)),
                    C("age-keygen -o keys/alice.txt", hist(AK_CI, AK_ALICE), setup(AK_CI, AK_ALICE))],
        "good": [C("age-keygen -o keys/ci.txt", []), C("age-keygen -o keys/backup.txt", hist(AK_CI), setup(AK_CI)),
                 C("age-keygen -o keys/staging.txt", hist(AK_BACKUP), setup(AK_BACKUP)),
                 C("age-keygen -y keys/ci.txt", hist(AK_CI), setup(AK_CI))],
    },
    {
        "id": "bp23-ws-pdm-venv-already-created", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": PDM,
        "fail_re": r"\[VirtualenvCreateError\]: The location .* is not empty, add --force to overwrite it",
        "learn": [C("cd svc && pdm venv create --name ci", hist(PI_SVC, PV_SVC_CI), setup(PI_SVC, PV_SVC_CI)),
                  C("cd etl && pdm venv create --name lint", hist(PI_ETL, PV_ETL_LINT), setup(PI_ETL, PV_ETL_LINT))],
        "repeats": [C("cd svc && pdm venv create --name test", hist(PI_SVC, PV_SVC_TEST), setup(PI_SVC, PV_SVC_TEST)),
                    C("cd etl && pdm venv create --name docs", hist(PI_ETL, PV_ETL_DOCS), setup(PI_ETL, PV_ETL_DOCS))],
        "good": [C("cd svc && pdm venv create --name ci", hist(PI_SVC), setup(PI_SVC)),
                 C("cd etl && pdm venv create --name lint", hist(PI_ETL), setup(PI_ETL)),
                 C("cd svc && pdm venv create --name test", hist(PI_SVC, PV_SVC_CI), setup(PI_SVC, PV_SVC_CI))],
    },
    {
        "id": "bp23-ws-ezdxf-layer-already-added", "category": "WORKFLOW_SEQUENCE", "tool": "ezdxf_add_layer",
        "source": EZDXF, "fail_re": r"^DXFTableEntryError: LAYER '[^']+' already exists",
        "learn": [PH(hist(AL_WALLS), setup(AL_WALLS), path="cad/floor.dxf", name="WALLS"),
                  PH(NEUTRAL + hist(AL_FENCE), setup(AL_FENCE), path="cad/site.dxf", name="FENCE", color=3)],
        "repeats": [PH(hist(AL_DOORS), setup(AL_DOORS), path="cad/floor.dxf", name="DOORS", color=1),
                    PH(hist(AL_WALLS, AL_HOLES), setup(AL_WALLS, AL_HOLES), path="cad/bracket.dxf", name="HOLES")],
        "good": [PH([], path="cad/floor.dxf", name="WALLS"),
                 PH(hist(AL_WALLS), setup(AL_WALLS), path="cad/floor.dxf", name="DOORS", color=1),
                 PH(hist(AL_WALLS), setup(AL_WALLS), path="cad/site.dxf", name="FENCE", color=3),
                 PH(NEUTRAL, path="cad/bracket.dxf", name="HOLES")],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp23-wt-tinytag-not-audio", "category": "WRONG_TOOL_SELECTION", "tool": "tinytag_read",
        "source": TINYTAG, "fail_re": r"^UnsupportedFormatError: No tag reader found to support file type",
        "learn": [P(path="media/lyrics.txt"), P(path="media/cover.png")],
        "repeats": [P(path="media/playlist.m3u"), P(path="media/notes.csv")],
        "good": [P(path="media/intro.wav"), P(path="media/beep.wav"), P(path="media/voice.wav")],
    },
    {
        "id": "bp23-wt-ezdxf-not-dxf", "category": "WRONG_TOOL_SELECTION", "tool": "ezdxf_read_drawing",
        "source": EZDXF, "fail_re": r"is not a DXF file",
        "learn": [P(path="cad/floor.svg"), P(path="cad/part.dwg")],
        "repeats": [P(path="cad/drawing.pdf"), P(path="cad/sketch.png"), P(path="cad/plan.step")],
        "good": [P(path="cad/floor.dxf"), P(path="cad/site.dxf"), P(path="cad/bracket.dxf")],
    },
    {
        "id": "bp23-wt-ar-not-an-archive", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": AR,
        "fail_re": r"^ar: .*: file format not recognized",
        "learn": [C("ar t lib/vendor.tar.gz"), C("ar x lib/libutil.so")],
        "repeats": [C("ar t bin/hello"), C("ar tv lib/util.c")],
        "good": [C("ar t lib/libutil.a"), C("ar tv lib/libcalc.a"), C("mkdir -p out && cd out && ar x ../lib/libcalc.a"),
                 C("ar t lib/libcalc.a")],
    },
    {
        "id": "bp23-wt-strip-not-elf", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": STRIP,
        "fail_re": r"^strip: .*: file format not recognized",
        "learn": [C("strip scripts/deploy.sh"), C("strip --strip-debug scripts/serve.py")],
        "repeats": [C("strip -s scripts/build.sh"), C("strip csrc/hello.c")],
        "good": [C("strip bin/hello"), C("strip --strip-debug bin/calc"), C("strip -s lib/libutil.so"),
                 C("strip -o bin/hello.stripped bin/hello")],
    },
    {
        "id": "bp23-wt-rmdir-not-empty", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": RMDIR,
        "fail_re": r"^rmdir: failed to remove '[^']+': Directory not empty",
        "learn": [C("rmdir cache"), C("rmdir old_build")],
        "repeats": [C("rmdir dist"), C("rmdir -v tmp/session1")],
        "good": [C("rmdir empty/cache"), C("rmdir empty/logs"), C("rmdir -v empty/out"),
                 C("rmdir empty/tmp")],
    },
]
