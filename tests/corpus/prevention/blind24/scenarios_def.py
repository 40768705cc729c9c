"""Scenario definitions for blind set 24. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp24fx"
SHELL = "run_terminal_cmd"


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


CU = "GNU coreutils 9.1"
PYFIGLET = "pyfiglet 1.0.4"
MIDO = "mido 1.3.3"
CRON = "cron-descriptor 2.2.1"
XLSX = "XlsxWriter 3.3.1"
JSONL = "jsonlines 4.0.0"
NBF = "nbformat 5.11.1"
ELFT = "pyelftools 0.33"
NL = f"{CU} nl"
CKSUM = f"{CU} cksum"
EXPAND = f"{CU} expand"
FMT = f"{CU} fmt"
ICONV = "iconv (Debian GLIBC 2.36-9+deb12u14) 2.36"
DOTENV = "python-dotenv 1.2.4 (dotenv CLI)"
DVC = "DVC 3.67.1"
MINISIGN = "minisign 0.11 (Debian)"
TOWNCRIER = "towncrier 26.9.0"

NEUTRAL = [RC("list_dir", path=".")]

# histories that really happen
DI_ML = SHD("cd ml && dvc init --no-scm")
DI_ETL = SHD("cd etl && dvc init --no-scm")
DI_VISION = SHD("cd vision && dvc init --no-scm")
DI_NLP = SHD("cd nlp && dvc init --no-scm")
RA_ML_STORE = SHD("cd ml && dvc remote add store ../storage")
RA_ETL_BACKUP = SHD("cd etl && dvc remote add -d backup ../backup_store")
RA_VISION_ARCHIVE = SHD("cd vision && dvc remote add archive ../storage/vision")
RA_NLP_CACHE = SHD("cd nlp && dvc remote add cache ../backup_store/nlp")
ST_ML_PREP = SHD("cd ml && dvc stage add -n prepare -d data/raw.csv -o data/clean.csv python prepare.py")
ST_ETL_COPY = SHD("cd etl && dvc stage add -n copy -d data/raw.csv -o data/copy.csv cp data/raw.csv data/copy.csv")
ST_VISION_LABELS = SHD("cd vision && dvc stage add -n labels -d data/labels.csv -o out.csv cp data/labels.csv out.csv")
ST_NLP_COUNT = SHD("cd nlp && dvc stage add -n count -d corpus.txt -o count.txt 'wc -w corpus.txt > count.txt'")
MG_CI = SHD("minisign -G -W -p keys/ci.pub -s keys/ci.key")
MG_NIGHTLY = SHD("minisign -G -W -p keys/nightly.pub -s keys/nightly.key")
MG_DEV = SHD("minisign -G -W -p keys/dev.pub -s keys/dev.key")
MG_BOT = SHD("minisign -G -W -p keys/bot.pub -s keys/bot.key")
SG_TGZ = SHD("minisign -S -s keys/release.key -m dist/app-1.0.tar.gz")
SG_WHL = SHD("minisign -S -s keys/release.key -m dist/app-1.0-py3-none-any.whl")
SG_SUMS = SHD("minisign -S -s keys/release.key -m dist/checksums.txt")
SG_ZIP = SHD("minisign -S -s keys/release.key -m dist/app-1.0.zip")
TC_WEB = WF("webapp/towncrier.toml", '[tool.towncrier]\nname = "webapp"\n')
TC_CLI = WF("cli/pyproject.toml", '[project]\nname = "cli"\nversion = "0.1"\n\n[tool.towncrier]\ndirectory = "changes"\n')
DS_APP = SHD("cd app && dotenv set API_KEY abc123")
DS_WORKER = SHD("cd worker && dotenv set REDIS_URL redis://localhost:6379/0")
DS_APP_DB = SHD("cd app && dotenv set DATABASE_URL sqlite:///app.db")


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp24-ip-pyfiglet-unknown-font", "category": "INCORRECT_PARAMETER", "tool": "pyfiglet_render_text",
        "source": PYFIGLET, "fail_re": r"^FontNotFound: \S+",
        "learn": [P(text="Deploy", font="arial"), P(text="v2.0", font="comic_sans")],
        "repeats": [P(text="Welcome", font="helvetica"), P(text="DONE", font="bold"), P(text="ok", font="3d")],
        "good": [P(text="Deploy", font="standard"), P(text="v2.0", font="slant"), P(text="Welcome", font="big"),
                 P(text="DONE", font="banner"), P(text="ok", font="doom", width=60)],
    },
    {
        "id": "bp24-ip-mido-unknown-message-type", "category": "INCORRECT_PARAMETER", "tool": "mido_build_message",
        "source": MIDO, "fail_re": r"^LookupError: Unknown message type '[^']*'",
        "learn": [P(type="note", note=60, velocity=100), P(type="noteon", note=64)],
        "repeats": [P(type="cc", control=7, value=100), P(type="program_chnage", program=12),
                    P(type="NoteOff", note=60)],
        "good": [P(type="note_on", note=60, velocity=100), P(type="note_off", note=64),
                 P(type="control_change", control=7, value=100), P(type="program_change", program=12),
                 P(type="pitchwheel", pitch=2000)],
    },
    {
        "id": "bp24-ip-mido-data-byte-out-of-range", "category": "INCORRECT_PARAMETER", "tool": "mido_build_message",
        "source": MIDO, "fail_re": r"^ValueError: data byte must be in range 0\.\.127",
        "learn": [P(type="note_on", note=128, velocity=90), P(type="note_on", note=60, velocity=200)],
        "repeats": [P(type="control_change", control=7, value=255), P(type="program_change", program=128),
                    P(type="note_off", note=300)],
        "good": [P(type="note_on", note=127, velocity=90), P(type="note_on", note=60, velocity=127),
                 P(type="control_change", control=7, value=127), P(type="program_change", program=0),
                 P(type="note_off", note=48)],
    },
    {
        "id": "bp24-ip-nl-numbering-style", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": NL,
        "fail_re": r"^nl: invalid (body|header|footer) numbering style: ‘[^’]*’",
        "learn": [C("nl -b y docs/notes.txt"), C("nl -h e docs/todo.txt")],
        "repeats": [C("nl -b x docs/readme.txt"), C("nl -f l src/main.go"), C("nl -b 'r^-' docs/todo.txt")],
        "good": [C("nl -b a docs/notes.txt"), C("nl -b t docs/todo.txt"), C("nl -b 'p^-' docs/todo.txt"),
                 C("nl -b a -n rz -w 3 src/main.go"), C("nl -h n -f n docs/readme.txt")],
    },
    {
        "id": "bp24-ip-cksum-unknown-algorithm", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": CKSUM,
        "fail_re": r"^cksum: invalid argument ‘[^’]*’ for ‘--algorithm’",
        "learn": [C("cksum -a sha3 lib/vendor.tar.gz"), C("cksum -a crc32 docs/notes.txt")],
        "repeats": [C("cksum --algorithm=xxhash bin/hello"), C("cksum -a sha-256 dist/app-1.0.zip"),
                    C("cksum -a md4 docs/todo.txt")],
        "good": [C("cksum -a sha256 lib/vendor.tar.gz"), C("cksum -a crc docs/notes.txt"),
                 C("cksum --algorithm=blake2b bin/hello"), C("cksum -a md5 dist/app-1.0.zip"),
                 C("cksum -a sha512 docs/todo.txt")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp24-pf-cron-descriptor-field-count", "category": "PARAMETER_FORMAT", "tool": "cron_descriptor_describe",
        "source": CRON,
        "fail_re": r"^FormatError: Error: Expression (only has \d+ parts|has too many parts)",
        "learn": [P(expression="0 9 *"), P(expression="*/15 * * *", use_24hour_time_format=True)],
        "repeats": [P(expression="30 6"), P(expression="0 0 1 1 * 2025 extra words"), P(expression="@daily 0")],
        "good": [P(expression="0 9 * * *"), P(expression="*/15 * * * *", use_24hour_time_format=True),
                 P(expression="30 6 * * MON-FRI"), P(expression="0 0 1 1 * 2025"), P(expression="0 0 12 * * ?")],
    },
    {
        "id": "bp24-pf-xlsxwriter-bad-sheet-name", "category": "PARAMETER_FORMAT", "tool": "xlsxwriter_create_workbook",
        "source": XLSX, "fail_re": r"^InvalidWorksheetName: Invalid Excel character '\[\]:\*\?/\\' in sheetname",
        "learn": [P(path="report.xlsx", sheets=["Summary", "Q1/2024"]), P(path="sales.xlsx", sheets=["Sales[EU]"])],
        "repeats": [P(path="costs.xlsx", sheets=["Costs: 2024"]), P(path="faq.xlsx", sheets=["Why?", "How"]),
                    P(path="paths.xlsx", sheets=["C:\\data"])],
        "good": [P(path="report.xlsx", sheets=["Summary", "Q1 2024"]), P(path="sales.xlsx", sheets=["Sales (EU)"]),
                 P(path="costs.xlsx", sheets=["Costs 2024", "Costs 2025"]), P(path="faq.xlsx", sheets=["Why", "How"]),
                 P(path="plain.xlsx", sheets=["Sheet1"])],
    },
    {
        "id": "bp24-pf-expand-tab-size-characters", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": EXPAND,
        "fail_re": r"^expand: tab size contains invalid character\(s\): ‘[^’]*’",
        "learn": [C("expand -t 4sp docs/table.tsv"), C("expand -t four src/Makefile")],
        "repeats": [C("expand -t 2.5 src/main.go"), C("expand -t '4;8' docs/table.tsv"), C("expand --tabs=8px src/Makefile")],
        "good": [C("expand -t 4 docs/table.tsv"), C("expand -t 8 src/Makefile"), C("expand -t 2 src/main.go"),
                 C("expand -t 4,8 docs/table.tsv"), C("expand --tabs=8 -i src/Makefile")],
    },
    {
        "id": "bp24-pf-fmt-invalid-width", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": FMT,
        "fail_re": r"^fmt: invalid width: ‘[^’]*’",
        "learn": [C("fmt -w 72ch docs/readme.txt"), C("fmt --width=sixty docs/notes.txt")],
        "repeats": [C("fmt -w 80cols docs/readme.txt"), C("fmt -w 6O -u docs/todo.txt"), C("fmt -w 7.5 docs/notes.txt")],
        "good": [C("fmt -w 72 docs/readme.txt"), C("fmt --width=60 docs/notes.txt"), C("fmt -w 80 docs/readme.txt"),
                 C("fmt -w 60 -u docs/todo.txt"), C("fmt -s docs/readme.txt")],
    },
    {
        "id": "bp24-pf-jsonlines-invalid-line", "category": "PARAMETER_FORMAT", "tool": "jsonlines_read_file",
        "source": JSONL, "fail_re": r"^InvalidLineError: line contains invalid json: ",
        "learn": [P(path="logs/users_py.jsonl"), P(path="logs/trailing.jsonl")],
        "repeats": [P(path="logs/unquoted.jsonl"), P(path="logs/truncated.jsonl"), P(path="logs/bools.jsonl")],
        "good": [P(path="logs/events.jsonl"), P(path="logs/orders.jsonl"), P(path="logs/metrics.jsonl")],
    },
    {
        "id": "bp24-pf-iconv-illegal-input-sequence", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": ICONV,
        "fail_re": r"iconv: illegal input sequence at position \d+",
        "learn": [C("iconv -f UTF-8 -t ASCII//TRANSLIT legacy/customers.csv"),
                  C("iconv -f UTF-8 -t UTF-16 legacy/menu.txt -o menu16.txt")],
        "repeats": [C("iconv -f utf8 -t latin1 legacy/names.txt"), C("iconv -f UTF-8 -t ASCII//TRANSLIT legacy/report.txt")],
        "good": [C("iconv -f LATIN1 -t UTF-8 legacy/customers.csv"), C("iconv -f CP1252 -t UTF-16 legacy/menu.txt -o menu16.txt"),
                 C("iconv -f ISO-8859-1 -t UTF-8 legacy/names.txt"), C("iconv -f UTF-8 -t ASCII//TRANSLIT legacy/utf8.txt"),
                 C("iconv -f latin1 -t utf8 legacy/report.txt")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp24-mp-cron-descriptor-empty-expression", "category": "MISSING_PARAMETER",
        "tool": "cron_descriptor_describe", "source": CRON,
        "fail_re": r"^MissingFieldError: Field 'ExpressionDescriptor\.expression' not found",
        "learn": [P(expression=""), P(use_24hour_time_format=True)],
        "repeats": [P(verbose=True), P(expression="", use_24hour_time_format=True)],
        "good": [P(expression="0 3 * * *"), P(expression="0 18 * * FRI", use_24hour_time_format=True),
                 P(expression="*/10 * * * *", verbose=True), P(expression="0 0 1 * *")],
    },
    {
        "id": "bp24-mp-dotenv-set-missing-value", "category": "MISSING_PARAMETER", "tool": SHELL, "source": DOTENV,
        "fail_re": r"Error: Missing argument 'VALUE'",
        "learn": [C("cd app && dotenv set API_KEY"), C("cd worker && dotenv -f .env.local set DEBUG")],
        "repeats": [C("cd app && dotenv --file config/.env set DATABASE_URL"), C("cd worker && dotenv set QUEUE_NAME")],
        "good": [C("cd app && dotenv set API_KEY abc123"), C("cd worker && dotenv -f .env.local set DEBUG true"),
                 C("cd app && dotenv --file config/.env set DATABASE_URL sqlite:///app.db"),
                 C("cd worker && dotenv set QUEUE_NAME jobs")],
    },
    {
        "id": "bp24-mp-dvc-add-no-targets", "category": "MISSING_PARAMETER", "tool": SHELL, "source": DVC,
        "fail_re": r"ERROR: the following arguments are required: targets",
        "learn": [C("cd ml && dvc add", hist(DI_ML), setup(DI_ML)),
                  C("cd etl && dvc add --no-commit", hist(DI_ETL), setup(DI_ETL))],
        "repeats": [C("cd vision && dvc add -v", hist(DI_VISION), setup(DI_VISION)),
                    C("cd nlp && dvc add --glob", hist(DI_NLP), setup(DI_NLP))],
        "good": [C("cd ml && dvc add data/raw.csv", hist(DI_ML), setup(DI_ML)),
                 C("cd etl && dvc add --no-commit data/labels.csv", hist(DI_ETL), setup(DI_ETL)),
                 C("cd vision && dvc add data", hist(DI_VISION), setup(DI_VISION)),
                 C("cd nlp && dvc add --glob 'data/*.csv'", hist(DI_NLP), setup(DI_NLP))],
    },
    {
        "id": "bp24-mp-dvc-remote-add-no-url", "category": "MISSING_PARAMETER", "tool": SHELL, "source": DVC,
        "fail_re": r"ERROR: the following arguments are required: url",
        "learn": [C("cd ml && dvc remote add store", hist(DI_ML), setup(DI_ML)),
                  C("cd etl && dvc remote add -d backup", hist(DI_ETL), setup(DI_ETL))],
        "repeats": [C("cd vision && dvc remote add archive", hist(DI_VISION), setup(DI_VISION)),
                    C("cd nlp && dvc remote add --local scratch", hist(DI_NLP), setup(DI_NLP))],
        "good": [C("cd ml && dvc remote add store ../storage", hist(DI_ML), setup(DI_ML)),
                 C("cd etl && dvc remote add -d backup ../backup_store", hist(DI_ETL), setup(DI_ETL)),
                 C("cd vision && dvc remote add archive ../storage/vision", hist(DI_VISION), setup(DI_VISION)),
                 C("cd nlp && dvc remote add --local scratch ../backup_store/nlp", hist(DI_NLP), setup(DI_NLP))],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp24-mq-dvc-not-a-repository", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": DVC,
        "fail_re": r"ERROR: you are not inside of a DVC repository",
        "learn": [C("cd ml && dvc add data/raw.csv", [RC("list_dir", path="ml")]), C("cd etl && dvc status", [])],
        "repeats": [C("cd vision && dvc stage add -n labels -d data/labels.csv -o out.csv cp data/labels.csv out.csv",
                      NEUTRAL),
                    C("cd nlp && dvc add corpus.txt", [])],
        "good": [C("cd ml && dvc add data/raw.csv", hist(DI_ML), setup(DI_ML)),
                 C("cd etl && dvc status", NEUTRAL + hist(DI_ETL), setup(DI_ETL)),
                 C("cd vision && dvc stage add -n labels -d data/labels.csv -o out.csv cp data/labels.csv out.csv",
                   hist(DI_VISION), setup(DI_VISION)),
                 C("cd nlp && dvc add corpus.txt", hist(DI_NLP), setup(DI_NLP))],
    },
    {
        "id": "bp24-mq-minisign-verify-before-sign", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": MINISIGN, "fail_re": r"\.minisig: No such file or directory",
        "learn": [C("minisign -V -p keys/release.pub -m dist/app-1.0.tar.gz", [RC("list_dir", path="dist")]),
                  C("minisign -Vm dist/app-1.0-py3-none-any.whl -p keys/release.pub", [])],
        "repeats": [C("minisign -V -p keys/release.pub -m dist/checksums.txt", NEUTRAL),
                    C("minisign -V -q -p keys/release.pub -m dist/app-1.0.zip", hist(SG_TGZ), setup(SG_TGZ))],
        "good": [C("minisign -V -p keys/release.pub -m dist/app-1.0.tar.gz", hist(SG_TGZ), setup(SG_TGZ)),
                 C("minisign -Vm dist/app-1.0-py3-none-any.whl -p keys/release.pub", hist(SG_WHL), setup(SG_WHL)),
                 C("minisign -V -p keys/release.pub -m dist/checksums.txt", NEUTRAL + hist(SG_SUMS), setup(SG_SUMS)),
                 C("minisign -V -q -p keys/release.pub -m dist/app-1.0.zip", hist(SG_TGZ, SG_ZIP),
                   setup(SG_TGZ, SG_ZIP))],
    },
    {
        "id": "bp24-mq-towncrier-no-config", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": TOWNCRIER,
        "fail_re": r"No configuration file found\.",
        "learn": [C("cd webapp && towncrier create 12.feature --content 'Add dark mode'",
                    [RC("read_text_file", path="webapp/README.md")]),
                  C("cd cli && towncrier build --draft --version 0.2", NEUTRAL)],
        "repeats": [C("cd webapp && towncrier build --draft --version 1.4", []),
                    C("cd cli && towncrier create 7.bugfix --content 'Fix --help output'", NEUTRAL)],
        "good": [C("cd webapp && towncrier create 12.feature --content 'Add dark mode'", hist(TC_WEB), setup(TC_WEB)),
                 C("cd cli && towncrier build --draft --version 0.2", NEUTRAL + hist(TC_CLI), setup(TC_CLI)),
                 C("cd webapp && towncrier build --draft --version 1.4", hist(TC_WEB), setup(TC_WEB)),
                 C("cd cli && towncrier create 7.bugfix --content 'Fix --help output'", hist(TC_CLI), setup(TC_CLI))],
    },
    {
        "id": "bp24-mq-dotenv-no-env-file", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": DOTENV,
        "fail_re": r"^Error opening env file: \[Errno 2\] No such file or directory: ",
        "learn": [C("cd app && dotenv get API_KEY", [RC("read_text_file", path="app/main.py")]),
                  C("cd worker && dotenv list", NEUTRAL)],
        "repeats": [C("cd app && dotenv get DATABASE_URL", []), C("cd worker && dotenv get REDIS_URL", NEUTRAL)],
        "good": [C("cd app && dotenv get API_KEY", hist(DS_APP), setup(DS_APP)),
                 C("cd worker && dotenv list", NEUTRAL + hist(DS_WORKER), setup(DS_WORKER)),
                 C("cd app && dotenv get DATABASE_URL", hist(DS_APP, DS_APP_DB), setup(DS_APP, DS_APP_DB)),
                 C("cd worker && dotenv get REDIS_URL", hist(DS_WORKER), setup(DS_WORKER))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp24-ws-minisign-keypair-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": MINISIGN,
        "fail_re": r"^Key generation aborted:\n\S+ already exists\.",
        "learn": [C("minisign -G -W -p keys/ci.pub -s keys/ci.key", hist(MG_CI), setup(MG_CI)),
                  C("minisign -G -W -p keys/nightly.pub -s keys/nightly.key", NEUTRAL + hist(MG_NIGHTLY),
                    setup(MG_NIGHTLY))],
        "repeats": [C("minisign -G -W -p keys/dev.pub -s keys/dev.key", hist(MG_DEV), setup(MG_DEV)),
                    C("minisign -G -W -p keys/bot.pub -s keys/bot.key", hist(MG_CI, MG_BOT), setup(MG_CI, MG_BOT))],
        "good": [C("minisign -G -W -p keys/ci.pub -s keys/ci.key", []),
                 C("minisign -G -W -p keys/nightly.pub -s keys/nightly.key", hist(MG_CI), setup(MG_CI)),
                 C("minisign -G -W -p keys/dev.pub -s keys/dev.key", NEUTRAL),
                 C("minisign -G -f -W -p keys/bot.pub -s keys/bot.key", hist(MG_BOT), setup(MG_BOT))],
    },
    {
        "id": "bp24-ws-dvc-init-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": DVC,
        "fail_re": r"ERROR: failed to initiate DVC - '\.dvc' exists\.",
        "learn": [C("cd ml && dvc init --no-scm", hist(DI_ML), setup(DI_ML)),
                  C("cd etl && dvc init --no-scm", NEUTRAL + hist(DI_ETL), setup(DI_ETL))],
        "repeats": [C("cd vision && dvc init --no-scm", hist(DI_VISION), setup(DI_VISION)),
                    C("cd nlp && dvc init --no-scm", hist(DI_ML, DI_NLP), setup(DI_ML, DI_NLP))],
        "good": [C("cd ml && dvc init --no-scm", []), C("cd etl && dvc init --no-scm", hist(DI_ML), setup(DI_ML)),
                 C("cd vision && dvc init --no-scm", NEUTRAL),
                 C("cd nlp && dvc init --no-scm -f", hist(DI_NLP), setup(DI_NLP))],
    },
    {
        "id": "bp24-ws-dvc-remote-already-added", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": DVC,
        "fail_re": r"ERROR: configuration error - config file error: remote '[^']+' already exists",
        "learn": [C("cd ml && dvc remote add store ../storage", hist(DI_ML, RA_ML_STORE), setup(DI_ML, RA_ML_STORE)),
                  C("cd etl && dvc remote add -d backup ../backup_store", hist(DI_ETL, RA_ETL_BACKUP),
                    setup(DI_ETL, RA_ETL_BACKUP))],
        "repeats": [C("cd vision && dvc remote add archive ../storage/vision", hist(DI_VISION, RA_VISION_ARCHIVE),
                      setup(DI_VISION, RA_VISION_ARCHIVE)),
                    C("cd nlp && dvc remote add cache ../backup_store/nlp", hist(DI_NLP, RA_NLP_CACHE),
                      setup(DI_NLP, RA_NLP_CACHE))],
        "good": [C("cd ml && dvc remote add store ../storage", hist(DI_ML), setup(DI_ML)),
                 C("cd etl && dvc remote add -d backup ../backup_store", hist(DI_ETL), setup(DI_ETL)),
                 C("cd ml && dvc remote add -f store ../backup_store", hist(DI_ML, RA_ML_STORE),
                   setup(DI_ML, RA_ML_STORE)),
                 C("cd nlp && dvc remote add cache ../backup_store/nlp", hist(DI_NLP), setup(DI_NLP))],
    },
    {
        "id": "bp24-ws-dvc-stage-already-added", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": DVC,
        "fail_re": r"ERROR: Stage '[^']+' already exists in 'dvc\.yaml'",
        "learn": [C("cd ml && dvc stage add -n prepare -d data/raw.csv -o data/clean.csv python prepare.py",
                    hist(DI_ML, ST_ML_PREP), setup(DI_ML, ST_ML_PREP)),
                  C("cd etl && dvc stage add -n copy -d data/raw.csv -o data/copy.csv cp data/raw.csv data/copy.csv",
                    hist(DI_ETL, ST_ETL_COPY), setup(DI_ETL, ST_ETL_COPY))],
        "repeats": [C("cd vision && dvc stage add -n labels -d data/labels.csv -o out.csv cp data/labels.csv out.csv",
                      hist(DI_VISION, ST_VISION_LABELS), setup(DI_VISION, ST_VISION_LABELS)),
                    C("cd nlp && dvc stage add -n count -d corpus.txt -o count.txt 'wc -w corpus.txt > count.txt'",
                      hist(DI_NLP, ST_NLP_COUNT), setup(DI_NLP, ST_NLP_COUNT))],
        "good": [C("cd ml && dvc stage add -n prepare -d data/raw.csv -o data/clean.csv python prepare.py",
                   hist(DI_ML), setup(DI_ML)),
                 C("cd etl && dvc stage add -n copy -d data/raw.csv -o data/copy.csv cp data/raw.csv data/copy.csv",
                   hist(DI_ETL), setup(DI_ETL)),
                 C("cd ml && dvc stage add -n split -d data/clean.csv -o data/test.csv cp data/clean.csv data/test.csv",
                   hist(DI_ML, ST_ML_PREP), setup(DI_ML, ST_ML_PREP)),
                 C("cd nlp && dvc stage add -f -n count -d corpus.txt -o count.txt 'wc -l corpus.txt > count.txt'",
                   hist(DI_NLP, ST_NLP_COUNT), setup(DI_NLP, ST_NLP_COUNT))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp24-wt-mido-not-midi", "category": "WRONG_TOOL_SELECTION", "tool": "mido_read_midi_file",
        "source": MIDO, "fail_re": r"^OSError: MThd not found\. Probably not a MIDI file",
        "learn": [P(path="midi/theme.wav"), P(path="midi/theme.mp3")],
        "repeats": [P(path="midi/score.musicxml"), P(path="midi/notes.txt"), P(path="midi/song.abc")],
        "good": [P(path="midi/theme.mid"), P(path="midi/scale.mid"), P(path="midi/drums.mid")],
    },
    {
        "id": "bp24-wt-nbformat-not-a-notebook", "category": "WRONG_TOOL_SELECTION", "tool": "nbformat_read_notebook",
        "source": NBF, "fail_re": r"^NotJSONError: Notebook does not appear to be JSON",
        "learn": [P(path="nb/analysis.py"), P(path="nb/README.md")],
        "repeats": [P(path="nb/results.csv"), P(path="nb/report.html"), P(path="nb/train.R")],
        "good": [P(path="nb/analysis.ipynb"), P(path="nb/report.ipynb"), P(path="nb/empty.ipynb", as_version=4)],
    },
    {
        "id": "bp24-wt-elftools-not-elf", "category": "WRONG_TOOL_SELECTION", "tool": "elftools_read_elf",
        "source": ELFT, "fail_re": r"^ELFError: Magic number does not match",
        "learn": [P(path="scripts/deploy.sh"), P(path="lib/vendor.tar.gz")],
        "repeats": [P(path="scripts/serve.py"), P(path="csrc/hello.c"), P(path="scripts/Dockerfile")],
        "good": [P(path="bin/hello"), P(path="lib/libutil.so"), P(path="build/util.o")],
    },
    {
        "id": "bp24-wt-minisign-pgp-signature", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": MINISIGN,
        "fail_re": r'^Untrusted signature comment should start with "untrusted comment: "',
        "learn": [C("minisign -V -p keys/release.pub -x dist/app-1.0.tar.gz.asc -m dist/app-1.0.tar.gz"),
                  C("minisign -V -p keys/release.pub -x dist/app-1.0-py3-none-any.whl.sig -m dist/app-1.0-py3-none-any.whl")],
        "repeats": [C("minisign -V -p keys/release.pub -x dist/checksums.txt.asc -m dist/checksums.txt"),
                    C("minisign -Vm dist/app-1.0.zip -x dist/app-1.0.zip.sig -p keys/release.pub")],
        "good": [C(SG_TGZ[0]["params"]["command"] + " && minisign -V -p keys/release.pub -m dist/app-1.0.tar.gz"),
                 C("minisign -S -s keys/release.key -x dist/whl.minisig -m dist/app-1.0-py3-none-any.whl && "
                   "minisign -V -p keys/release.pub -x dist/whl.minisig -m dist/app-1.0-py3-none-any.whl"),
                 C("minisign -V -p keys/release.pub -m dist/checksums.txt", hist(SG_SUMS), setup(SG_SUMS)),
                 C("minisign -S -s keys/release.key -m dist/app-1.0.zip && minisign -Vm dist/app-1.0.zip -p keys/release.pub")],
    },
]
