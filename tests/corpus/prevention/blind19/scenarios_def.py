"""Scenario definitions for blind set 19. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp19fx"
SHELL = "cli_exec"


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
SIMPLEEVAL = "simpleeval 1.0.8"
DECIMAL = f"{PYV} decimal (_decimal / libmpdec)"
PASSLIB = "passlib 1.7.4"
BITARRAY = "bitarray 3.12.3"
SORT = "GNU coreutils 9.1 sort"
BINASCII = f"{PYV} binascii"
PACKAGING = "packaging 26.4"
HASHIDS = "hashids 1.3.1"
FOLD = "GNU coreutils 9.1 fold"
TR = "GNU coreutils 9.1 tr"
RSA = "rsa 4.9.1"
CALENDAR = f"{PYV} calendar"
CATTRS = "cattrs 26.2.1 (attrs 26.1.0)"
JOIN = "GNU coreutils 9.1 join"
SHA = "GNU coreutils 9.1 sha256sum"
ECDSA = "ecdsa 0.19.2"
TINYDB = "tinydb 4.9.0"
LZMA = f"{PYV} lzma (liblzma)"
MKDIR = "GNU coreutils 9.1 mkdir"
PATCH = "GNU patch 2.7.6"
LESSC = "less 4.9.1 (lessc CLI, npm)"
TERSER = "terser 5.51.4 CLI (npm)"
ODFPY = "odfpy 1.4.1"
PICKLE = f"{PYV} pickle"

NEUTRAL = [RC("fs_list", path=".")]


def zo(*ops):
    return [{"op": "flush"} if o == "flush" else {"op": "compress", "data": o} for o in ops]


# histories that really happen
SORT_CUST = SHD("sort -o data/customers.txt data/customers.txt")
SORT_ORD = SHD("sort -o data/orders.txt data/orders.txt")
SORT_REG = SHD("sort -o data/regions.txt data/regions.txt")
SUMS = SHD("sha256sum dist/app-1.0.tar.gz dist/cli-2.3.tar.gz > SHA256SUMS")
SUMS_D = SHD("sha256sum dist/*.tar.gz > dist/checksums.sha256")
SUMS_R = SHD("sha256sum dist/cli-2.3.tar.gz > release.sha256")
EC_REL = HD("ecdsa_generate_key", key_path="keys/release-ec.pem")
EC_CI = HD("ecdsa_generate_key", key_path="keys/ci-ec.pem")
TI_ORD = HD("tinydb_insert", path="db/orders.json", doc={"sku": "A-1", "qty": 2})
TI_CUS = HD("tinydb_insert", path="db/crm.json", table="customers", doc={"email": "ann@example.com", "city": "Oslo"})
TI_ORD1 = HD("tinydb_insert", path="db/orders.json", doc_id=1, doc={"sku": "A-1", "qty": 2})
TI_ORD2 = HD("tinydb_insert", path="db/orders.json", doc_id=2, doc={"sku": "B-7", "qty": 1})
TI_CUS10 = HD("tinydb_insert", path="db/crm.json", table="customers", doc_id=10, doc={"email": "ann@example.com"})
MK_BUILD = SHD("mkdir build")
MK_LOGS = SHD("mkdir -p var/logs")
MK_OUT = SHD("mkdir out")
PA_TYPO = SHD("patch -p0 < patches/fix-typo.patch")
PA_PROD = SHD("patch -p1 < patches/prod-config.patch")
PA_LIM = SHD("patch -p0 -i patches/limits.patch")

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp19-ip-simpleeval-name-not-defined", "category": "INCORRECT_PARAMETER", "tool": "simpleeval_eval",
        "source": SIMPLEEVAL, "fail_re": r"^(NameNotDefined|FunctionNotDefined): ",
        "learn": [P(expression="price * qty", names={"price": 2.5, "quantity": 4}),
                  P(expression="round(total * 1.2, 2)", names={"total": 10})],
        "repeats": [P(expression="subtotal + shipping", names={"subtotal": 40, "ship": 5}),
                    P(expression="sqrt(area)", names={"area": 16}),
                    P(expression="max_items - used", names={"max": 10, "used": 3})],
        "good": [P(expression="price * quantity", names={"price": 2.5, "quantity": 4}),
                 P(expression="total * 1.2", names={"total": 10}),
                 P(expression="subtotal + ship", names={"subtotal": 40, "ship": 5}),
                 P(expression="int(area ** 0.5)", names={"area": 16}),
                 P(expression="max - used", names={"max": 10, "used": 3})],
    },
    {
        "id": "bp19-ip-decimal-unknown-rounding", "category": "INCORRECT_PARAMETER", "tool": "decimal_quantize",
        "source": DECIMAL, "fail_re": r"^TypeError: valid values for rounding are:",
        "learn": [P(value="2.675", exp="0.01", rounding="ROUND_HALF_UPP"),
                  P(value="19.999", exp="0.01", rounding="HALF_EVEN")],
        "repeats": [P(value="7.125", exp="0.01", rounding="ROUND_BANKERS"),
                    P(value="3.14159", exp="0.001", rounding="ROUND_TRUNCATE"),
                    P(value="1.05", exp="0.1", rounding="ROUND_NEAREST")],
        "good": [P(value="2.675", exp="0.01", rounding="ROUND_HALF_UP"),
                 P(value="19.999", exp="0.01", rounding="ROUND_HALF_EVEN"),
                 P(value="7.125", exp="0.01", rounding="ROUND_HALF_EVEN"),
                 P(value="3.14159", exp="0.001", rounding="ROUND_DOWN"),
                 P(value="1.05", exp="0.1")],
    },
    {
        "id": "bp19-ip-passlib-unknown-scheme", "category": "INCORRECT_PARAMETER", "tool": "passlib_hash_password",
        "source": PASSLIB, "fail_re": r"^KeyError: \"no crypt handler found for algorithm: ",
        "learn": [P(scheme="sha265_crypt", password="s3cret!"), P(scheme="pbkdf2", password="hunter22")],
        "repeats": [P(scheme="sha512", password="correct horse"), P(scheme="md5", password="letmein"),
                    P(scheme="pbkdf2_sha384", password="tr0ub4dor")],
        "good": [P(scheme="sha256_crypt", password="s3cret!"), P(scheme="pbkdf2_sha256", password="hunter22"),
                 P(scheme="sha512_crypt", password="correct horse"), P(scheme="md5_crypt", password="letmein"),
                 P(scheme="pbkdf2_sha512", password="tr0ub4dor")],
    },
    {
        "id": "bp19-ip-bitarray-unknown-endianness", "category": "INCORRECT_PARAMETER", "tool": "bitarray_from_bytes",
        "source": BITARRAY, "fail_re": r"^ValueError: bit-endianness must be either 'little' or 'big'",
        "learn": [P(hex="a5f0", endian="middle"), P(hex="01", endian="native")],
        "repeats": [P(hex="ff00", endian="network"), P(hex="7e", endian="msb"), P(hex="c3", endian="lsb-first")],
        "good": [P(hex="a5f0", endian="big"), P(hex="01", endian="little"), P(hex="ff00", endian="big"),
                 P(hex="7e"), P(hex="c3", endian="little")],
    },
    {
        "id": "bp19-ip-sort-invalid-sort-key", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": SORT,
        "fail_re": r"^sort: invalid argument \S+ for \S*--sort",
        "learn": [C("sort --sort=alpha data/prices.txt"), C("sort --sort=semver data/versions.txt")],
        "repeats": [C("sort -k2 --sort=float data/prices.txt"), C("sort --sort=size data/sizes.txt"),
                    C("sort --sort=natural -r data/versions.txt")],
        "good": [C("sort data/prices.txt"), C("sort --sort=version data/versions.txt"),
                 C("sort -k2 --sort=general-numeric data/prices.txt"), C("sort --sort=human-numeric data/sizes.txt"),
                 C("sort -V -r data/versions.txt")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp19-pf-binascii-bad-hex", "category": "PARAMETER_FORMAT", "tool": "binascii_unhexlify",
        "source": BINASCII, "fail_re": r"^Error: (Odd-length string|Non-hexadecimal digit found)",
        "learn": [P(hex="deadbee"), P(hex="0xcafe")],
        "repeats": [P(hex="12 34 56"), P(hex="a1b2c3d"), P(hex="zz00ff")],
        "good": [P(hex="deadbeef"), P(hex="cafe"), P(hex="123456"), P(hex="0a1b2c3d"), P(hex="DEADBEEF")],
    },
    {
        "id": "bp19-pf-packaging-invalid-specifier", "category": "PARAMETER_FORMAT", "tool": "packaging_specifier_check",
        "source": PACKAGING, "fail_re": r"^InvalidSpecifier: Invalid specifier: ",
        "learn": [P(specifier="=>2.0", version="2.31.0"), P(specifier=">=1.0,<2..0", version="1.4")],
        "repeats": [P(specifier="~=3", version="3.2"), P(specifier="=<4.0", version="3.9"),
                    P(specifier=">= 1.2 < 2", version="1.5")],
        "good": [P(specifier=">=2.0", version="2.31.0"), P(specifier=">=1.0,<2.0", version="1.4"),
                 P(specifier="~=3.1", version="3.2"), P(specifier="<=4.0", version="3.9"),
                 P(specifier=">=1.2,<2", version="1.5")],
    },
    {
        "id": "bp19-pf-hashids-short-alphabet", "category": "PARAMETER_FORMAT", "tool": "hashids_encode",
        "source": HASHIDS, "fail_re": r"^ValueError: Alphabet must contain at least 16 unique characters",
        "learn": [P(salt="orders", alphabet="abcdef0123", numbers=[42]),
                  P(salt="users", alphabet="aaaabbbbccccdddd1234", numbers=[7, 9])],
        "repeats": [P(salt="invoices", alphabet="0123456789", numbers=[1001]),
                    P(salt="links", alphabet="ABCDEFGHJK", numbers=[5], min_length=6)],
        "good": [P(salt="orders", alphabet="abcdef0123456789", numbers=[42]),
                 P(salt="users", alphabet="abcdefghijklmnopqrstuvwxyz1234", numbers=[7, 9]),
                 P(salt="invoices", numbers=[1001]),
                 P(salt="links", alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", numbers=[5], min_length=6)],
    },
    {
        "id": "bp19-pf-bitarray-bad-bit-string", "category": "PARAMETER_FORMAT", "tool": "bitarray_from_bits",
        "source": BITARRAY, "fail_re": r"^ValueError: expected '0' or '1'",
        "learn": [P(bits="0b10110011"), P(bits="1,0,1,1")],
        "repeats": [P(bits="10102"), P(bits="0x0f"), P(bits="true false true")],
        "good": [P(bits="10110011"), P(bits="1011"), P(bits="1010 0110"), P(bits="0000_1111"), P(bits="101")],
    },
    {
        "id": "bp19-pf-fold-invalid-width", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": FOLD,
        "fail_re": r"^fold: invalid number of columns: ",
        "learn": [C("fold -w 80x docs/notes.txt"), C("fold -s -w 0 docs/notes.txt")],
        "repeats": [C("fold -w abc docs/notes.txt"), C("fold -w 40.5 -s docs/notes.txt"),
                    C("fold --width=72cols docs/notes.txt")],
        "good": [C("fold -w 80 docs/notes.txt"), C("fold -s -w 40 docs/notes.txt"), C("fold -w 40 -s docs/notes.txt"),
                 C("fold --width=72 docs/notes.txt")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp19-mp-tr-missing-operand", "category": "MISSING_PARAMETER", "tool": SHELL, "source": TR,
        "fail_re": r"^tr: missing operand",
        "learn": [C("tr 'a-z' < data/customers.txt"), C("tr -d < docs/notes.txt")],
        "repeats": [C("tr '[:lower:]' < data/orders.txt"), C("tr -s < docs/notes.txt"),
                    C("cat data/prices.txt | tr ' '")],
        "good": [C("tr 'a-z' 'A-Z' < data/customers.txt"), C("tr -d ',' < docs/notes.txt"),
                 C("tr '[:lower:]' '[:upper:]' < data/orders.txt"), C("tr -s ' ' < docs/notes.txt"),
                 C("cat data/prices.txt | tr ' ' '\\t'")],
    },
    {
        "id": "bp19-mp-rsa-sign-no-hash-method", "category": "MISSING_PARAMETER", "tool": "rsa_sign_message",
        "source": RSA, "fail_re": r"^TypeError: sign\(\) missing 1 required positional argument: 'hash_method'",
        "learn": [P(message="release 1.0", key_path="keys/signing.pem"),
                  P(message="deploy build 512", key_path="keys/deploy.pem")],
        "repeats": [P(message="invoice 2024-17", key_path="keys/signing.pem"),
                    P(message="tag v2.3.0", key_path="keys/deploy.pem")],
        "good": [P(message="release 1.0", key_path="keys/signing.pem", hash_method="SHA-256"),
                 P(message="deploy build 512", key_path="keys/deploy.pem", hash_method="SHA-512"),
                 P(message="invoice 2024-17", key_path="keys/signing.pem", hash_method="SHA-1"),
                 P(message="tag v2.3.0", key_path="keys/deploy.pem", hash_method="SHA-384")],
    },
    {
        "id": "bp19-mp-calendar-monthrange-no-month", "category": "MISSING_PARAMETER", "tool": "calendar_month_range",
        "source": CALENDAR, "fail_re": r"^TypeError: monthrange\(\) missing 1 required positional argument: '(month|year)'",
        "learn": [P(year=2024), P(month=2)],
        "repeats": [P(year=2025), P(month=12), P(year=1999)],
        "good": [P(year=2024, month=2), P(year=2025, month=2), P(year=2023, month=12), P(year=1999, month=9)],
    },
    {
        "id": "bp19-mp-cattrs-required-field", "category": "MISSING_PARAMETER", "tool": "cattrs_structure",
        "source": CATTRS, "fail_re": r"^ClassValidationError: While structuring \w+ .*required field missing",
        "learn": [P(type="Order", data={"id": 17, "qty": 2}), P(type="Customer", data={"name": "Ann"})],
        "repeats": [P(type="Shipment", data={"carrier": "DHL", "tracking": "JD0142"}),
                    P(type="Order", data={"sku": "B-7"}), P(type="Customer", data={"email": "bo@example.com", "vip": True})],
        "good": [P(type="Order", data={"id": 17, "sku": "A-1", "qty": 2}),
                 P(type="Customer", data={"email": "ann@example.com", "name": "Ann"}),
                 P(type="Shipment", data={"order_id": 17, "carrier": "DHL", "tracking": "JD0142"}),
                 P(type="Order", data={"id": 18, "sku": "B-7"}),
                 P(type="Shipment", data={"order_id": 18, "carrier": "UPS"})],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp19-mq-join-input-not-sorted", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": JOIN,
        "fail_re": r"^join: input is not in sorted order",
        "learn": [C("join data/customers.txt data/orders.txt", NEUTRAL),
                  C("join data/orders.txt data/regions.txt", [])],
        "repeats": [C("join data/customers.txt data/regions.txt", [RC("read_text_file", path="data/regions.txt")]),
                    C("join -o 1.2,2.2 data/customers.txt data/orders.txt", NEUTRAL)],
        "good": [C("join data/customers.txt data/orders.txt", hist(SORT_CUST, SORT_ORD), setup(SORT_CUST, SORT_ORD)),
                 C("join data/orders.txt data/regions.txt", hist(SORT_ORD, SORT_REG), setup(SORT_ORD, SORT_REG)),
                 C("join data/customers.txt data/regions.txt", hist(SORT_REG, SORT_CUST), setup(SORT_REG, SORT_CUST)),
                 C("join -o 1.2,2.2 data/customers.txt data/orders.txt", NEUTRAL + hist(SORT_CUST, SORT_ORD),
                   setup(SORT_CUST, SORT_ORD))],
    },
    {
        "id": "bp19-mq-sha256sum-no-checksum-file", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": SHA,
        "fail_re": r"^sha256sum: \S+: No such file or directory",
        "learn": [C("sha256sum -c SHA256SUMS", NEUTRAL), C("sha256sum --check dist/checksums.sha256", [])],
        "repeats": [C("sha256sum -c --quiet release.sha256", [RC("fs_list", path="dist")]),
                    C("sha256sum --check --strict SHA256SUMS", NEUTRAL)],
        "good": [C("sha256sum -c SHA256SUMS", hist(SUMS), setup(SUMS)),
                 C("sha256sum --check dist/checksums.sha256", hist(SUMS_D), setup(SUMS_D)),
                 C("sha256sum -c --quiet release.sha256", hist(SUMS_R), setup(SUMS_R)),
                 C("sha256sum --check --strict SHA256SUMS", NEUTRAL + hist(SUMS), setup(SUMS))],
    },
    {
        "id": "bp19-mq-ecdsa-key-not-generated", "category": "MISSING_PREREQUISITE", "tool": "ecdsa_sign_file",
        "source": ECDSA, "fail_re": r"^FileNotFoundError: \[Errno 2\] No such file or directory: 'keys/",
        "learn": [PH(NEUTRAL, key_path="keys/release-ec.pem", path="release/notes.txt"),
                  PH([], key_path="keys/ci-ec.pem", path="release/app.bin")],
        "repeats": [PH([RC("fs_list", path="keys")], key_path="keys/release-ec.pem", path="release/app.bin"),
                    PH(NEUTRAL, key_path="keys/ci-ec.pem", path="release/notes.txt")],
        "good": [PH(hist(EC_REL), setup(EC_REL), key_path="keys/release-ec.pem", path="release/notes.txt"),
                 PH(hist(EC_CI), setup(EC_CI), key_path="keys/ci-ec.pem", path="release/app.bin"),
                 PH(hist(EC_CI, EC_REL), setup(EC_CI, EC_REL), key_path="keys/release-ec.pem", path="release/app.bin"),
                 PH(NEUTRAL + hist(EC_CI), setup(EC_CI), key_path="keys/ci-ec.pem", path="release/notes.txt")],
    },
    {
        "id": "bp19-mq-tinydb-database-not-created", "category": "MISSING_PREREQUISITE", "tool": "tinydb_search",
        "source": TINYDB, "fail_re": r"^FileNotFoundError: \[Errno 2\] No such file or directory: 'db/",
        "learn": [PH(NEUTRAL, path="db/orders.json", field="sku", value="A-1"),
                  PH([], path="db/crm.json", table="customers", field="city", value="Oslo")],
        "repeats": [PH([RC("fs_list", path="db")], path="db/orders.json", field="qty", value=2),
                    PH(NEUTRAL, path="db/crm.json", table="customers", field="email", value="ann@example.com")],
        "good": [PH(hist(TI_ORD), setup(TI_ORD), path="db/orders.json", field="sku", value="A-1"),
                 PH(hist(TI_CUS), setup(TI_CUS), path="db/crm.json", table="customers", field="city", value="Oslo"),
                 PH(hist(TI_ORD), setup(TI_ORD), path="db/orders.json", field="qty", value=2),
                 PH(NEUTRAL + hist(TI_CUS), setup(TI_CUS), path="db/crm.json", table="customers", field="email",
                    value="ann@example.com")],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp19-ws-tinydb-doc-id-exists", "category": "WORKFLOW_SEQUENCE", "tool": "tinydb_insert",
        "source": TINYDB, "fail_re": r"^ValueError: Document with ID \d+ already exists",
        "learn": [PH(hist(TI_ORD1), setup(TI_ORD1), path="db/orders.json", doc_id=1, doc={"sku": "C-3", "qty": 5}),
                  PH(hist(TI_CUS10), setup(TI_CUS10), path="db/crm.json", table="customers", doc_id=10,
                     doc={"email": "bo@example.com"})],
        "repeats": [PH(hist(TI_ORD1, TI_ORD2), setup(TI_ORD1, TI_ORD2), path="db/orders.json", doc_id=2,
                       doc={"sku": "D-4", "qty": 1}),
                    PH(NEUTRAL + hist(TI_CUS10), setup(TI_CUS10), path="db/crm.json", table="customers", doc_id=10,
                       doc={"email": "cy@example.com"})],
        "good": [PH(hist(TI_ORD1), setup(TI_ORD1), path="db/orders.json", doc_id=2, doc={"sku": "C-3", "qty": 5}),
                 PH(hist(TI_ORD1), setup(TI_ORD1), path="db/orders.json", doc={"sku": "C-3", "qty": 5}),
                 PH(hist(TI_CUS10), setup(TI_CUS10), path="db/crm.json", table="customers", doc_id=11,
                    doc={"email": "bo@example.com"}),
                 PH(NEUTRAL, path="db/orders.json", doc_id=1, doc={"sku": "A-1", "qty": 2})],
    },
    {
        "id": "bp19-ws-lzma-compress-after-flush", "category": "WORKFLOW_SEQUENCE", "tool": "lzma_compressor_session",
        "source": LZMA, "fail_re": r"^ValueError: (Compressor has been flushed|Repeated call to flush\(\))",
        "learn": [PH(NEUTRAL, ops=zo("header\n", "flush", "row 1\n")), PH([], ops=zo("log line\n", "flush", "flush"))],
        "repeats": [PH([], ops=zo("a", "b", "flush", "c", "flush")), PH(NEUTRAL, ops=zo("flush", "late data"))],
        "good": [PH(NEUTRAL, ops=zo("header\n", "row 1\n", "flush")), PH([], ops=zo("log line\n", "flush")),
                 PH([], ops=zo("a", "b", "c", "flush")), PH(NEUTRAL, ops=zo("late data", "flush"))],
    },
    {
        "id": "bp19-ws-mkdir-already-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": MKDIR,
        "fail_re": r"^mkdir: cannot create directory \S+: File exists",
        "learn": [C("mkdir build", hist(MK_BUILD), setup(MK_BUILD)), C("mkdir var/logs", hist(MK_LOGS), setup(MK_LOGS))],
        "repeats": [C("mkdir out build/tmp", hist(MK_OUT), setup(MK_OUT)),
                    C("mkdir -m 755 build", NEUTRAL + hist(MK_BUILD), setup(MK_BUILD))],
        "good": [C("mkdir -p build", hist(MK_BUILD), setup(MK_BUILD)), C("mkdir var/cache", hist(MK_LOGS), setup(MK_LOGS)),
                 C("mkdir build/tmp", hist(MK_BUILD), setup(MK_BUILD)), C("mkdir out", NEUTRAL)],
    },
    {
        "id": "bp19-ws-patch-already-applied", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": PATCH,
        "fail_re": r"Reversed \(or previously applied\) patch detected!\s+Skipping patch",
        "learn": [C("patch -N -p0 < patches/fix-typo.patch", hist(PA_TYPO), setup(PA_TYPO)),
                  C("patch -N -p1 < patches/prod-config.patch", hist(PA_PROD), setup(PA_PROD))],
        "repeats": [C("patch --forward -p0 -i patches/limits.patch", hist(PA_LIM), setup(PA_LIM)),
                    C("patch -N -p0 -i patches/fix-typo.patch", NEUTRAL + hist(PA_TYPO, PA_PROD), setup(PA_TYPO, PA_PROD))],
        "good": [C("patch -N -p1 < patches/prod-config.patch", hist(PA_TYPO), setup(PA_TYPO)),
                 C("patch -N -p0 < patches/fix-typo.patch", NEUTRAL),
                 C("patch -N -p0 -i patches/limits.patch", hist(PA_TYPO, PA_PROD), setup(PA_TYPO, PA_PROD)),
                 C("patch -R -p0 < patches/fix-typo.patch", hist(PA_TYPO), setup(PA_TYPO))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp19-wt-lessc-given-scss", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": LESSC,
        "fail_re": r"^ParseError: ",
        "learn": [C("lessc styles/site.scss"), C("lessc styles/theme.scss out.css")],
        "repeats": [C("lessc styles/_vars.scss"), C("lessc --no-color styles/forms.sass forms.css")],
        "good": [C("lessc styles/site.less"), C("lessc styles/theme.less out.css"), C("lessc styles/buttons.less"),
                 C("lessc --no-color styles/site.less site.css")],
    },
    {
        "id": "bp19-wt-terser-given-typescript", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": TERSER,
        "fail_re": r"^Parse error at \S+:\d+,\d+",
        "learn": [C("terser web/types.ts -o web/types.min.js"), C("terser web/api.ts --module --compress --mangle -o api.min.js")],
        "repeats": [C("terser web/store.ts --module -o store.min.js"), C("terser web/models.ts --module -c -o web/models.min.js")],
        "good": [C("terser web/app.js -o web/app.min.js"), C("terser web/cart.js --module --compress --mangle -o cart.min.js"),
                 C("terser web/util.js -c -o util.min.js"), C("terser web/app.js --module -c -o web/app.module.min.js")],
    },
    {
        "id": "bp19-wt-odfpy-given-ooxml-or-other", "category": "WRONG_TOOL_SELECTION", "tool": "odfpy_load",
        "source": ODFPY, "fail_re": r"^(KeyError: \"There is no item named 'META-INF/manifest.xml'|BadZipFile: File is not a zip file)",
        "learn": [P(path="docs/office/report.docx"), P(path="docs/office/report.rtf")],
        "repeats": [P(path="docs/office/budget.xlsx"), P(path="docs/office/slides.pptx"), P(path="docs/office/notes.md")],
        "good": [P(path="docs/office/report.odt"), P(path="docs/office/letter.odt"), P(path="docs/office/budget.ods")],
    },
    {
        "id": "bp19-wt-pickle-given-text-format", "category": "WRONG_TOOL_SELECTION", "tool": "pickle_load_file",
        "source": PICKLE, "fail_re": r"^UnpicklingError: ",
        "learn": [P(path="cache/session.json"), P(path="cache/settings.ini")],
        "repeats": [P(path="cache/model.json"), P(path="cache/index.csv")],
        "good": [P(path="cache/session.pkl"), P(path="cache/model.pickle"), P(path="cache/index.pkl")],
    },
    {
        "id": "bp19-wt-lzma-given-gzip-bzip2-zip", "category": "WRONG_TOOL_SELECTION", "tool": "lzma_decompress_file",
        "source": LZMA, "fail_re": r"^LZMAError: Input format not supported by decoder",
        "learn": [P(path="logs/web.log.gz"), P(path="logs/db.log.bz2")],
        "repeats": [P(path="logs/archive.zip"), P(path="logs/queue.log.bz2")],
        "good": [P(path="logs/app.log.xz"), P(path="logs/cache.log.xz"), P(path="logs/old.log.lzma")],
    },
]
