"""Scenario definitions for blind set 33. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp33fx"
SHELL = "exec_command"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def C(cmd, history=None, setup=()):
    d = {"params": {"command": cmd}}
    if history is not None:
        d["recent_calls"] = history
    if setup:
        d["_setup"] = list(setup)
    return d


def CH(cmd, *pairs):
    """a shell call whose recent_calls really happened first (hidden _setup runs them)"""
    return C(cmd, [p[0] for p in pairs], [p[1] for p in pairs])


def P(**params):
    return {"params": params}


def SHD(cmd):
    """an exec_command history step that really happens (its output is discarded; it must succeed)"""
    return RC(SHELL, command=cmd), "{ " + cmd + "; } >/dev/null 2>&1"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


def LSD(path):
    return NOP("list_dir", path=path)


def RD(path):
    return NOP("read_file", path=path)


GPUTILS = "gputils 1.4.0 gpasm (Debian gputils 1.4.0-0.2)"
LDNS = "ldns 1.8.3 ldns-keygen / ldns-signzone (Debian ldnsutils 1.8.3-1+b1)"
COBOL = "GnuCOBOL 3.1.2 cobc (Debian gnucobol3 3.1.2-5+b1)"
EMBOSS = "EMBOSS 6.6.0 transeq (Debian emboss 6.6.0+dfsg-12)"
PYHOCON = "pyhocon 0.3.63"
RSVG = "librsvg 2.54.7 rsvg-convert (Debian librsvg2-bin 2.54.7+dfsg-1~deb12u2)"
RDIFF = "rdiff-backup 2.2.2 (Debian rdiff-backup 2.2.2-1)"
WG = "wireguard-tools 1.0.20210914 wg (Debian wireguard-tools 1.0.20210914-1+b1)"
OLC = "openlocationcode 1.0.1"
MNEMONIC = "mnemonic 0.21 (python-mnemonic, BIP-39)"
BDB = "Berkeley DB 5.3.28 db5.3_load (Debian db5.3-util 5.3.28+dfsg2-1)"
FLATC = "FlatBuffers flatc 2.0.8 (Debian flatbuffers-compiler 2.0.8+dfsg1-2)"
CC65 = "cc65 2.19 ld65 (Debian cc65 2.19-1)"
DROPBEAR = "Dropbear 2022.83 dropbearkey (Debian dropbear-bin 2022.83-1+deb12u3)"
BUP = "bup 0.33.7 (Debian bup 0.33.7-1~deb12u1)"
UDF = "udftools 2.3 udfinfo / udflabel / mkudffs (Debian udftools 2.3-1)"
KYOTO = "Kyoto Cabinet 1.2.79 kchashmgr / kctreemgr (Debian kyotocabinet-utils 1.2.79-2+b1)"
XFS = "xfsprogs 6.1.0 mkfs.xfs / xfs_admin (Debian xfsprogs 6.1.0-1)"
GOCRYPTFS = "gocryptfs 2.3 (Debian gocryptfs 2.3-1+b4)"
DAR = "dar 2.7.8 (Debian dar 2.7.8-2+b9)"
NETPBM = "Netpbm 11.1.0 pngtopnm / pngtopam (Debian netpbm 2:11.01.00-2)"
ABCMIDI = "abcMIDI midi2abc 3.59 / abc2midi 4.84 (Debian abcmidi 20230208+ds1-1)"
DPKT = "dpkt 1.9.8"


# ---- history helpers
def BUPINIT(repo):
    return SHD(f"bup -d backups/{repo}.bup init")


def BUPINDEX(repo, path):
    return SHD(f"bup -d backups/{repo}.bup index {path}")


UDF_DISKS = ["truncate -s 20M disks/dvd1.img disks/dvd2.img disks/dvd3.img"]


def MKUDF(img):
    return SHD(f"mkudffs --label={img} disks/{img}.img")


def KCCREATE(db):
    return SHD(f"kchashmgr create data/{db}.kch")


XFS_DISKS = ["truncate -s 320M disks/data.img disks/logs.img disks/scratch.img"]


def MKXFS(img):
    return SHD(f"mkfs.xfs -q -L {img} disks/{img}.img")


VPW = "-passfile secrets/vault.pw -scryptn 10"


def GINIT(vault, opts=""):
    return SHD(f"gocryptfs -init {VPW} {opts}vaults/{vault}")


def RESTORE(repo, target=None):
    return SHD(f"rdiff-backup restore backups/{repo} restore/{target or repo}")


def DARC(base, src, opts=""):
    return SHD(f"dar -c archives/{base} -R {src} {opts}-Q")


def DBKEY(typ, path, opts=""):
    return SHD(f"dropbearkey -t {typ} {opts}-f ssh/{path}")


# ---- BIP-39 phrases (fixed entropy, so the scenario text is stable)
def _phrases():
    try:
        from mnemonic import Mnemonic
    except ImportError:  # only gen.py (venv) needs the real phrases
        return ["abandon " * 11 + "about"] * 6
    m = Mnemonic("english")
    ents = [bytes(range(16)), bytes(range(16, 32)), bytes([0x5a] * 16), bytes(range(100, 116)),
            bytes(range(32, 64)), bytes([0x7f] * 20)]
    return [m.to_mnemonic(e) for e in ents]


PH = _phrases()


def JOIN(i, sep):
    return sep.join(PH[i].split())


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp33-ip-gpasm-processor-name", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": GPUTILS,
        "fail_re": r"^Didn't find any processor named: \S+",
        "learn": [C("gpasm -p pic16f999 -o out/blink.hex pic/blink.asm"),
                  C("gpasm -p atmega328p pic/timer.asm")],
        "repeats": [C("gpasm -p pic18f9999 -o out/uart.hex pic/uart.asm"),
                    C("gpasm -p pic12f999 pic/adc.asm"),
                    C("gpasm -p attiny85 -o out/blink.hex pic/blink.asm")],
        "good": [C("gpasm -p pic16f877a -o out/blink.hex pic/blink.asm"),
                 C("gpasm -p p18f4550 pic/timer.asm"),
                 C("gpasm -p pic18f45k22 -o out/uart.hex pic/uart.asm"),
                 C("gpasm -p p12f675 pic/adc.asm"),
                 C("gpasm -p 16f84a -o out/blink.hex pic/blink.asm")],
    },
    {
        "id": "bp33-ip-ldns-keygen-algorithm", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": LDNS,
        "fail_re": r"^Algorithm \S+ not found",
        "learn": [C("ldns-keygen -a RSA-SHA256 example.com"),
                  C("ldns-keygen -a ECDSA256 -k example.org")],
        "repeats": [C("ldns-keygen -a ED25519-SHA512 shop.test"),
                    C("ldns-keygen -a ecdsa-p384 example.net"),
                    C("ldns-keygen -a RSASHA1024 -k example.com")],
        "good": [C("ldns-keygen -a RSASHA256 -b 1024 example.com"),
                 C("ldns-keygen -a ECDSAP256SHA256 -k example.org"),
                 C("ldns-keygen -a ED25519 shop.test"),
                 C("ldns-keygen -a ECDSAP384SHA384 example.net"),
                 C("ldns-keygen -a ed448 -k example.com")],
    },
    {
        "id": "bp33-ip-cobc-std-dialect", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": COBOL,
        "fail_re": r"^configuration error:\n\S+\.conf: No such file or directory",
        "learn": [C("cobc -x -std=cobol2020 -o out/hello cobol/hello.cob"),
                  C("cobc -x -std=microfocus -o out/report cobol/report.cob")],
        "repeats": [C("cobc -x -std=ansi85 -o out/payroll cobol/payroll.cob"),
                    C("cobc -m -std=cobol74 -o out/invoice.so cobol/invoice.cob"),
                    C("cobc -x -std=ibm-enterprise -o out/hello cobol/hello.cob")],
        "good": [C("cobc -x -std=cobol2014 -o out/hello cobol/hello.cob"),
                 C("cobc -x -std=mf -o out/report cobol/report.cob"),
                 C("cobc -x -std=cobol85 -o out/payroll cobol/payroll.cob"),
                 C("cobc -m -std=ibm -o out/invoice.so cobol/invoice.cob"),
                 C("cobc -x -std=ibm-strict -o out/hello cobol/hello.cob")],
    },
    {
        "id": "bp33-ip-transeq-menu-value", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": EMBOSS,
        "fail_re": r"^Error: '[^']*' is not a valid menu option",
        "learn": [C("transeq -sequence seq/genes.fa -outseq out/genes.pep -table 99 -auto"),
                  C("transeq -sequence seq/orfs.fa -outseq out/orfs.pep -frame 7 -auto")],
        "repeats": [C("transeq -sequence seq/plasmid.fa -outseq out/plasmid.pep -table 7 -auto"),
                    C("transeq -sequence seq/genes.fa -outseq out/genes.pep -frame 0 -auto"),
                    C("transeq -sequence seq/orfs.fa -outseq out/orfs.pep -table 25 -auto")],
        "good": [C("transeq -sequence seq/genes.fa -outseq out/genes.pep -table 11 -auto"),
                 C("transeq -sequence seq/orfs.fa -outseq out/orfs.pep -frame 6 -auto"),
                 C("transeq -sequence seq/plasmid.fa -outseq out/plasmid.pep -table 2 -auto"),
                 C("transeq -sequence seq/genes.fa -outseq out/genes.pep -frame R -auto"),
                 C("transeq -sequence seq/orfs.fa -outseq out/orfs.pep -table 4 -frame F -auto")],
    },
    {
        "id": "bp33-ip-pyhocon-missing-key", "category": "INCORRECT_PARAMETER", "tool": "pyhocon_get_value",
        "source": PYHOCON,
        "fail_re": r"^ConfigMissingException: 'No configuration setting found for key [^']*'",
        "learn": [P(file="conf/app.conf", key="app.http.ports"), P(file="conf/app.conf", key="app.database.url")],
        "repeats": [P(file="conf/worker.conf", key="worker.retries.max"), P(file="conf/app.conf", key="http.port"),
                    P(file="conf/worker.conf", key="metrics.statsd.hostname")],
        "good": [P(file="conf/app.conf", key="app.http.port"), P(file="conf/app.conf", key="app.db.url"),
                 P(file="conf/worker.conf", key="worker.retry.max"),
                 P(file="conf/worker.conf", key="metrics.statsd.host"), P(file="conf/app.conf", key="app.features")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp33-pf-rsvg-convert-number-unit", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": RSVG,
        "fail_re": r"^error: Invalid value for '--[\w-]+ <number>': invalid float literal",
        "learn": [C("rsvg-convert -z 2x -o out/logo.png art/logo.svg"),
                  C("rsvg-convert -d 96dpi -p 96dpi -o out/badge.png art/badge.svg")],
        "repeats": [C("rsvg-convert -z 150% -o out/chart.png art/chart.svg"),
                    C("rsvg-convert -x 2,5 -y 2,5 -o out/logo.png art/logo.svg"),
                    C("rsvg-convert -f pdf -d 300ppi -o out/chart.pdf art/chart.svg")],
        "good": [C("rsvg-convert -z 2 -o out/logo.png art/logo.svg"),
                 C("rsvg-convert -d 96 -p 96 -o out/badge.png art/badge.svg"),
                 C("rsvg-convert -z 1.5 -o out/chart.png art/chart.svg"),
                 C("rsvg-convert -x 2.5 -y 2.5 -o out/logo.png art/logo.svg"),
                 C("rsvg-convert -f pdf -d 300 -o out/chart.pdf art/chart.svg")],
    },
    {
        "id": "bp33-pf-rdiff-backup-time-string", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": RDIFF,
        "fail_re": r"^ERROR: Time string '[^']*' couldn't be parsed due to 'Bad time string",
        "learn": [C("rdiff-backup restore --at 1week backups/site restore/site"),
                  C("rdiff-backup list files --changed-since 2months backups/docs")],
        "repeats": [C("rdiff-backup list files --changed-since 3days backups/site"),
                    C("rdiff-backup restore --at yesterday backups/docs restore/docs"),
                    C("rdiff-backup restore --at '6 months' backups/site restore/site-old")],
        "good": [C("rdiff-backup restore --at 1W backups/site restore/site"),
                 C("rdiff-backup list files --changed-since 2M backups/docs"),
                 C("rdiff-backup list files --changed-since 3D backups/site"),
                 C("rdiff-backup restore --at now backups/docs restore/docs"),
                 C("rdiff-backup restore --at 6M backups/site restore/site-old")],
    },
    {
        "id": "bp33-pf-wg-pubkey-key-encoding", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": WG,
        "fail_re": r"^wg: Key is not the correct length or format",
        "learn": [C("wg pubkey < wg/alice.b64url"), C("wg pubkey < wg/bob.nopad > wg/bob.pub")],
        "repeats": [C("wg pubkey < wg/carol.nopad > wg/carol.pub"), C("wg pubkey < wg/erin.b64url"),
                    C("wg pubkey < wg/dave.b64url")],
        "good": [C("wg pubkey < wg/alice.key"), C("wg pubkey < wg/bob.key > wg/bob.pub"),
                 C("wg pubkey < wg/carol.key > wg/carol.pub"), C("wg pubkey < wg/erin.key"),
                 C("wg pubkey < wg/dave.key")],
    },
    {
        "id": "bp33-pf-olc-decode-code-syntax", "category": "PARAMETER_FORMAT", "tool": "olc_decode", "source": OLC,
        "fail_re": r"^ValueError: Passed Open Location Code is not a valid full code - ",
        "learn": [P(code="8FVC9G8F6X"), P(code="8FVC 9G8F+6X")],
        "repeats": [P(code="8FVC-9G8F+6X"), P(code="849VCWC8R9"), P(code="9C3XGV4C-R5")],
        "good": [P(code="8FVC9G8F+6X"), P(code="8fvc9g8f+6x"), P(code="849VCWC8+R9"), P(code="9C3XGV4C+R5"),
                 P(code="8FW4V75V+8Q")],
    },
    {
        "id": "bp33-pf-mnemonic-phrase-separator", "category": "PARAMETER_FORMAT", "tool": "mnemonic_to_entropy",
        "source": MNEMONIC,
        "fail_re": r"^ValueError: Number of words must be one of the following: \[12, 15, 18, 21, 24\], "
                   r"but it is not \(1\)\.",
        "learn": [P(language="english", phrase=JOIN(0, ",")), P(language="english", phrase=JOIN(1, "-"))],
        "repeats": [P(language="english", phrase=JOIN(2, "_")), P(language="english", phrase=JOIN(3, ";")),
                    P(language="english", phrase=JOIN(4, "|"))],
        "good": [P(language="english", phrase=PH[0]), P(language="english", phrase=PH[1]),
                 P(language="english", phrase=PH[2]), P(language="english", phrase=PH[3]),
                 P(language="english", phrase=PH[5])],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp33-mp-ldns-signzone-no-key", "category": "MISSING_PARAMETER", "tool": SHELL, "source": LDNS,
        "fail_re": r"^Error: no keys to sign with\. Aborting\.",
        "learn": [C("ldns-signzone dns/example.com.zone"),
                  C("ldns-signzone -n -f out/example.org.signed dns/example.org.zone")],
        "repeats": [C("ldns-signzone -f out/shop.signed dns/shop.test.zone"),
                    C("ldns-signzone -e 20301231 dns/example.com.zone"),
                    C("ldns-signzone -o example.org. dns/example.org.zone")],
        "good": [C("ldns-signzone dns/example.com.zone dns/keys/Kexample.com.zsk"),
                 C("ldns-signzone -n -f out/example.org.signed dns/example.org.zone dns/keys/Kexample.org.zsk"),
                 C("ldns-signzone -f out/shop.signed dns/shop.test.zone dns/keys/Kshop.test.zsk"),
                 C("ldns-signzone -e 20301231 dns/example.com.zone dns/keys/Kexample.com.zsk"),
                 C("ldns-signzone -o example.org. dns/example.org.zone dns/keys/Kexample.org.zsk")],
    },
    {
        "id": "bp33-mp-db-load-no-type", "category": "MISSING_PARAMETER", "tool": SHELL, "source": BDB,
        "fail_re": r"^db5\.3_load: BDB5078 no database type specified",
        "learn": [C("db5.3_load -T out/users.db < data/users.txt"),
                  C("db5.3_load -T -f data/hosts.txt out/hosts.db")],
        "repeats": [C("db5.3_load -T -c duplicates=1 out/groups.db < data/groups.txt"),
                    C("db5.3_load -T -f data/ports.txt out/ports.db"),
                    C("db5.3_load -n -T out/hosts2.db < data/hosts.txt")],
        "good": [C("db5.3_load -T -t hash out/users.db < data/users.txt"),
                 C("db5.3_load -T -t btree -f data/hosts.txt out/hosts.db"),
                 C("db5.3_load -T -t btree -c duplicates=1 out/groups.db < data/groups.txt"),
                 C("db5.3_load -T -t hash -f data/ports.txt out/ports.db"),
                 C("db5.3_load -n -T -t hash out/hosts2.db < data/hosts.txt")],
    },
    {
        "id": "bp33-mp-flatc-no-generator", "category": "MISSING_PARAMETER", "tool": SHELL, "source": FLATC,
        "fail_re": r"no options: specify at least one generator\.",
        "learn": [C("flatc -o out/gen schemas/monster.fbs"),
                  C("flatc --gen-object-api -o out/gen schemas/order.fbs")],
        "repeats": [C("flatc --gen-mutable -o out/gen schemas/sensor.fbs"),
                    C("flatc -o out/gen -I schemas schemas/user.fbs"),
                    C("flatc --gen-onefile -o out/py schemas/order.fbs")],
        "good": [C("flatc --python -o out/gen schemas/monster.fbs"),
                 C("flatc --cpp --gen-object-api -o out/gen schemas/order.fbs"),
                 C("flatc --cpp --gen-mutable -o out/gen schemas/sensor.fbs"),
                 C("flatc --go -o out/gen -I schemas schemas/user.fbs"),
                 C("flatc --python --gen-onefile -o out/py schemas/order.fbs")],
    },
    {
        "id": "bp33-mp-ld65-no-memory-config", "category": "MISSING_PARAMETER", "tool": SHELL, "source": CC65,
        "fail_re": r"^ld65: Error: Memory configuration missing",
        "learn": [C("ld65 -o out/main.bin obj/main.o"), C("ld65 -o out/rom.bin obj/main.o obj/irq.o")],
        "repeats": [C("ld65 -m out/boot.map -o out/boot.bin obj/boot.o"),
                    C("ld65 -o out/all.bin obj/main.o obj/irq.o obj/boot.o"),
                    C("ld65 -Ln out/irq.lbl -o out/irq.bin obj/irq.o")],
        "good": [C("ld65 -t none -o out/main.bin obj/main.o"),
                 C("ld65 -C cfg/rom.cfg -o out/rom.bin obj/main.o obj/irq.o"),
                 C("ld65 -t none -m out/boot.map -o out/boot.bin obj/boot.o"),
                 C("ld65 -C cfg/rom.cfg -o out/all.bin obj/main.o obj/irq.o obj/boot.o"),
                 C("ld65 -t none -Ln out/irq.lbl -o out/irq.bin obj/irq.o")],
    },
    {
        "id": "bp33-mp-dropbearkey-no-file-or-type", "category": "MISSING_PARAMETER", "tool": SHELL,
        "source": DROPBEAR,
        "fail_re": r"^Must specify (a key filename|key type)",
        "learn": [C("dropbearkey -t ed25519"), C("dropbearkey -f ssh/host_rsa -s 2048")],
        "repeats": [C("dropbearkey -t ecdsa -s 384"), C("dropbearkey -f ssh/host_ed25519"),
                    C("dropbearkey -t rsa -s 3072")],
        "good": [C("dropbearkey -t ed25519 -f ssh/id_ed25519"), C("dropbearkey -t rsa -f ssh/host_rsa -s 2048"),
                 C("dropbearkey -t ecdsa -s 384 -f ssh/host_ecdsa"), C("dropbearkey -t ed25519 -f ssh/host_ed25519"),
                 C("dropbearkey -t rsa -s 3072 -f ssh/id_rsa")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp33-mq-bup-save-before-index", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": BUP,
        "fail_re": r"cannot access '\S*bupindex'; have you run bup index\?",
        "learn": [CH("bup -d backups/site.bup save -n site site", BUPINIT("site")),
                  CH("bup -d backups/docs.bup save -n docs docs", LSD("docs"), BUPINIT("docs"))],
        "repeats": [CH("bup -d backups/photos.bup save -n photos photos", BUPINIT("photos")),
                    CH("bup -d backups/site.bup save -n site-css site/css", LSD("site"), BUPINIT("site")),
                    CH("bup -d backups/docs.bup save -n api docs/api", BUPINIT("docs"), BUPINIT("site"),
                       BUPINDEX("site", "docs"))],
        "good": [CH("bup -d backups/site.bup save -n site site", BUPINIT("site"), BUPINDEX("site", "site")),
                 CH("bup -d backups/docs.bup save -n docs docs", LSD("docs"), BUPINIT("docs"),
                    BUPINDEX("docs", "docs")),
                 CH("bup -d backups/photos.bup save -n photos photos", BUPINIT("photos"),
                    BUPINDEX("photos", "photos")),
                 CH("bup -d backups/site.bup save -n site-css site/css", BUPINIT("site"), BUPINDEX("site", "site")),
                 CH("bup -d backups/docs.bup save -n api docs/api", BUPINIT("docs"), BUPINDEX("docs", "docs/api"))],
    },
    {
        "id": "bp33-mq-udfinfo-before-mkudffs", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": UDF,
        "setup": UDF_DISKS,
        "fail_re": r"^(udfinfo|udflabel): Error: UDF Volume Recognition Sequence not found",
        "learn": [CH("udfinfo disks/dvd1.img", LSD("disks")), CH("udflabel disks/dvd2.img", LSD("disks"))],
        "repeats": [CH("udfinfo --utf8 disks/dvd3.img", LSD("disks")),
                    CH("udflabel disks/dvd1.img", MKUDF("dvd2")),
                    CH("udfinfo disks/dvd2.img", LSD("disks"), MKUDF("dvd3"))],
        "good": [CH("udfinfo disks/dvd1.img", LSD("disks"), MKUDF("dvd1")),
                 CH("udflabel disks/dvd2.img", MKUDF("dvd2")),
                 CH("udfinfo --utf8 disks/dvd3.img", MKUDF("dvd3")),
                 CH("udflabel disks/dvd1.img BACKUP", MKUDF("dvd2"), MKUDF("dvd1")),
                 CH("udfinfo disks/dvd2.img", LSD("disks"), MKUDF("dvd3"), MKUDF("dvd2"))],
    },
    {
        "id": "bp33-mq-kchashmgr-before-create", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": KYOTO,
        "fail_re": r"DB::open failed: : 3: no repository: open failed \(file not found\)",
        "learn": [CH("kchashmgr set data/cache.kch user:1 alice", LSD("data")),
                  CH("kchashmgr inform data/tokens.kch", LSD("data"))],
        "repeats": [CH("kchashmgr set data/tokens.kch t1 abc123", LSD("data")),
                    CH("kchashmgr set -app data/cache.kch log start", KCCREATE("tokens")),
                    CH("kchashmgr list data/metrics.kch", LSD("data"), KCCREATE("cache"))],
        "good": [CH("kchashmgr set data/cache.kch user:1 alice", LSD("data"), KCCREATE("cache")),
                 CH("kchashmgr inform data/tokens.kch", KCCREATE("tokens")),
                 CH("kchashmgr set data/tokens.kch t1 abc123", LSD("data"), KCCREATE("tokens")),
                 CH("kchashmgr set -app data/cache.kch log start", KCCREATE("tokens"), KCCREATE("cache")),
                 CH("kchashmgr list data/metrics.kch", KCCREATE("metrics"))],
    },
    {
        "id": "bp33-mq-xfs-admin-before-mkfs", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": XFS,
        "setup": XFS_DISKS,
        "fail_re": r"is not a valid XFS filesystem \(unexpected SB magic number 0x00000000\)",
        "learn": [CH("xfs_admin -l disks/data.img", LSD("disks")), CH("xfs_admin -u disks/logs.img", LSD("disks"))],
        "repeats": [CH("xfs_admin -L archive disks/scratch.img", LSD("disks")),
                    CH("xfs_admin -l disks/logs.img", MKXFS("data")),
                    CH("xfs_admin -u disks/data.img", LSD("disks"), MKXFS("scratch"))],
        "good": [CH("xfs_admin -l disks/data.img", LSD("disks"), MKXFS("data")),
                 CH("xfs_admin -u disks/logs.img", MKXFS("logs")),
                 CH("xfs_admin -L archive disks/scratch.img", MKXFS("scratch")),
                 CH("xfs_admin -l disks/logs.img", MKXFS("data"), MKXFS("logs")),
                 CH("xfs_admin -u disks/data.img", LSD("disks"), MKXFS("data"))],
    },
    {
        "id": "bp33-mq-gocryptfs-info-before-init", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": GOCRYPTFS,
        "fail_re": r"^Loading config file failed: open \S*gocryptfs\.conf: no such file or directory",
        "learn": [CH("gocryptfs -info vaults/docs", LSD("vaults")),
                  CH("gocryptfs -info vaults/photos", LSD("vaults/photos"))],
        "repeats": [CH("gocryptfs -info vaults/work", LSD("vaults")),
                    CH("gocryptfs -info vaults/music", GINIT("docs")),
                    CH("gocryptfs -info vaults/docs", LSD("vaults"), GINIT("photos"))],
        "good": [CH("gocryptfs -info vaults/docs", LSD("vaults"), GINIT("docs")),
                 CH("gocryptfs -info vaults/photos", GINIT("photos")),
                 CH("gocryptfs -info vaults/work", GINIT("work", "-plaintextnames ")),
                 CH("gocryptfs -info vaults/music", GINIT("docs"), GINIT("music")),
                 CH("gocryptfs -info vaults/docs", GINIT("photos"), GINIT("docs"))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp33-ws-rdiff-backup-restore-target-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL,
        "source": RDIFF,
        "fail_re": r"^ERROR: Target path \S+ exists and isn't empty, call with '--force' to overwrite",
        "learn": [CH("rdiff-backup restore backups/site restore/site", RESTORE("site")),
                  CH("rdiff-backup restore --at now backups/docs restore/docs", RESTORE("docs"))],
        "repeats": [CH("rdiff-backup restore --at 1D backups/site restore/site", RESTORE("site")),
                    CH("rdiff-backup restore backups/docs restore/docs", LSD("backups"), RESTORE("docs")),
                    CH("rdiff-backup restore backups/site restore/web", RESTORE("site", "web"))],
        "good": [CH("rdiff-backup restore backups/site restore/site-2", RESTORE("site")),
                 CH("rdiff-backup restore --at now backups/docs restore/docs-2", RESTORE("docs")),
                 CH("rdiff-backup restore --at 1D backups/site restore/site-1d", RESTORE("site")),
                 CH("rdiff-backup restore backups/docs restore/docs", LSD("backups")),
                 CH("rdiff-backup restore backups/site restore/web2", RESTORE("site", "web"))],
    },
    {
        "id": "bp33-ws-dar-archive-basename-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": DAR,
        "fail_re": r"is about to be overwritten, continue \?",
        "learn": [CH("dar -c archives/site -R site -Q", DARC("site", "site")),
                  CH("dar -c archives/docs -R docs -z -Q", DARC("docs", "docs", "-z "))],
        "repeats": [CH("dar -c archives/site -R site -g css -Q", DARC("site", "site")),
                    CH("dar -c archives/photos -R photos -Q", LSD("archives"), DARC("photos", "photos")),
                    CH("dar -c archives/docs -R docs -Q", DARC("docs", "docs", "-z "))],
        "good": [CH("dar -c archives/site -R site -w -Q", DARC("site", "site")),
                 CH("dar -c archives/docs-2 -R docs -z -Q", DARC("docs", "docs", "-z ")),
                 CH("dar -c archives/site-css -R site -g css -Q", DARC("site", "site")),
                 CH("dar -c archives/photos -R photos -Q", LSD("archives")),
                 CH("dar -c archives/docs -R docs -w -Q", DARC("docs", "docs", "-z "))],
    },
    {
        "id": "bp33-ws-dropbearkey-key-file-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL,
        "source": DROPBEAR,
        "fail_re": r"Failed moving key file to \S+: File exists",
        "learn": [CH("dropbearkey -t ed25519 -f ssh/host_ed25519", DBKEY("ed25519", "host_ed25519")),
                  CH("dropbearkey -t ecdsa -s 521 -f ssh/host_ecdsa", DBKEY("ecdsa", "host_ecdsa", "-s 256 "))],
        "repeats": [CH("dropbearkey -t rsa -s 2048 -f ssh/id_rsa", DBKEY("rsa", "id_rsa", "-s 2048 ")),
                    CH("dropbearkey -t ed25519 -f ssh/id_ed25519", LSD("ssh"), DBKEY("ed25519", "id_ed25519")),
                    CH("dropbearkey -t ecdsa -f ssh/host_ed25519", DBKEY("ed25519", "host_ed25519"))],
        "good": [CH("dropbearkey -y -f ssh/host_ed25519", DBKEY("ed25519", "host_ed25519")),
                 CH("dropbearkey -t ecdsa -s 521 -f ssh/host_ecdsa521", DBKEY("ecdsa", "host_ecdsa", "-s 256 ")),
                 CH("dropbearkey -t rsa -s 2048 -f ssh/id_rsa", LSD("ssh")),
                 CH("dropbearkey -y -f ssh/id_ed25519", LSD("ssh"), DBKEY("ed25519", "id_ed25519")),
                 CH("dropbearkey -t ecdsa -f ssh/host_ecdsa", DBKEY("ed25519", "host_ed25519"))],
    },
    {
        "id": "bp33-ws-gocryptfs-init-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": GOCRYPTFS,
        "fail_re": r"^Invalid cipherdir: directory \S+ not empty",
        "learn": [CH(f"gocryptfs -init {VPW} vaults/docs", GINIT("docs")),
                  CH(f"gocryptfs -init {VPW} -plaintextnames vaults/photos", GINIT("photos"))],
        "repeats": [CH(f"gocryptfs -init {VPW} vaults/work", GINIT("work")),
                    CH(f"gocryptfs -init {VPW} -aessiv vaults/music", LSD("vaults"), GINIT("music")),
                    CH(f"gocryptfs -init {VPW} -xchacha vaults/docs", GINIT("docs", "-plaintextnames "))],
        "good": [CH("gocryptfs -info vaults/docs", GINIT("docs")),
                 CH(f"gocryptfs -init {VPW} -plaintextnames vaults/photos", LSD("vaults")),
                 CH(f"gocryptfs -init {VPW} vaults/work", GINIT("docs")),
                 CH("gocryptfs -info vaults/music", LSD("vaults"), GINIT("music", "-aessiv ")),
                 CH(f"gocryptfs -init {VPW} -xchacha vaults/docs", LSD("vaults/docs"))],
    },
    {
        "id": "bp33-ws-mkfs-xfs-already-formatted", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": XFS,
        "setup": XFS_DISKS,
        "fail_re": r"appears to contain an existing filesystem \(xfs\)\.",
        "learn": [CH("mkfs.xfs -q -L data disks/data.img", MKXFS("data")),
                  CH("mkfs.xfs -q -b size=4096 disks/logs.img", MKXFS("logs"))],
        "repeats": [CH("mkfs.xfs -q -L scratch disks/scratch.img", MKXFS("scratch")),
                    CH("mkfs.xfs -q -m crc=1 -L data2 disks/data.img", LSD("disks"), MKXFS("data")),
                    CH("mkfs.xfs -q -L logs disks/logs.img", MKXFS("logs"), SHD("xfs_admin -l disks/logs.img"))],
        "good": [CH("mkfs.xfs -q -f -L data disks/data.img", MKXFS("data")),
                 CH("mkfs.xfs -q -b size=4096 disks/logs.img", LSD("disks")),
                 CH("mkfs.xfs -q -L scratch disks/scratch.img", MKXFS("data")),
                 CH("mkfs.xfs -q -f -m crc=1 -L data2 disks/data.img", LSD("disks"), MKXFS("data")),
                 CH("xfs_admin -L logs2 disks/logs.img", MKXFS("logs"), SHD("xfs_admin -l disks/logs.img"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp33-wt-pngtopnm-not-png", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": NETPBM,
        "fail_re": r"input file is not a PNG file \(does not have the PNG signature in its first 4 bytes\)",
        "learn": [C("pngtopnm art/photo.jpg > out/photo.pnm"), C("pngtopam art/icon.gif > out/icon.pam")],
        "repeats": [C("pngtopnm art/logo.bmp > out/logo.pnm"), C("pngtopnm art/scan.tif > out/scan.pnm"),
                    C("pngtopam -alphapam art/badge.jpg > out/badge.pam")],
        "good": [C("jpegtopnm art/photo.jpg > out/photo.pnm"), C("giftopnm art/icon.gif > out/icon.pnm"),
                 C("bmptopnm art/logo.bmp > out/logo.pnm"), C("tifftopnm art/scan.tif > out/scan.pnm"),
                 C("pngtopam -alphapam art/logo.png > out/logo.pam")],
    },
    {
        "id": "bp33-wt-midi2abc-not-midi", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": ABCMIDI,
        "fail_re": r"^Error: expecting MThd",
        "learn": [C("midi2abc -f music/reel.abc -o out/reel.abc"), C("midi2abc music/theme.wav")],
        "repeats": [C("midi2abc -f music/jig.abc"), C("midi2abc music/score.musicxml -o out/score.abc"),
                    C("midi2abc -f music/waltz.abc -o out/waltz.abc")],
        "good": [C("midi2abc -f music/reel.mid -o out/reel.abc"), C("midi2abc music/jig.mid"),
                 C("abc2midi music/waltz.abc -o out/waltz.mid"), C("midi2abc music/waltz.mid -o out/score.abc"),
                 C("abc2midi music/jig.abc -o out/jig.mid")],
    },
    {
        "id": "bp33-wt-rsvg-convert-raster-input", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": RSVG,
        "fail_re": r"^Error reading SVG \S+: XML parse error",
        "learn": [C("rsvg-convert -o out/logo2.png art/logo.png"),
                  C("rsvg-convert -f pdf -o out/photo.pdf art/photo.jpg")],
        "repeats": [C("rsvg-convert -w 64 -o out/icon.png art/icon.gif"),
                    C("rsvg-convert -f ps -o out/badge.ps art/badge.png"),
                    C("rsvg-convert -z 2 -o out/scan.png art/scan.tif")],
        "good": [C("rsvg-convert -o out/logo2.png art/logo.svg"),
                 C("rsvg-convert -f pdf -o out/badge.pdf art/badge.svg"),
                 C("rsvg-convert -w 64 -o out/icon.png art/badge.svg"),
                 C("rsvg-convert -f ps -o out/chart.ps art/chart.svg"),
                 C("rsvg-convert -z 2 -o out/chart.png art/chart.svg")],
    },
    {
        "id": "bp33-wt-kctreemgr-on-hash-db", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": KYOTO,
        "fail_re": r"DB::open failed: : 2: invalid operation: invalid database type",
        "learn": [C("kctreemgr list data/sessions.kch"), C("kctreemgr get data/users.kch alice")],
        "repeats": [C("kctreemgr set data/sessions.kch s2 bob"), C("kctreemgr inform data/users.kch"),
                    C("kctreemgr list -pv data/sessions.kch")],
        "good": [C("kchashmgr list data/sessions.kch"), C("kchashmgr get data/users.kch alice"),
                 C("kchashmgr set data/sessions.kch s2 bob"), C("kctreemgr inform data/index.kct"),
                 C("kcpolymgr list -pv data/sessions.kch")],
    },
    {
        "id": "bp33-wt-dpkt-pcap-reader-on-pcapng", "category": "WRONG_TOOL_SELECTION", "tool": "dpkt_pcap_read",
        "source": DPKT,
        "fail_re": r"^ValueError: invalid tcpdump header",
        "learn": [P(file="caps/lab.pcapng"), P(file="caps/office.pcapng")],
        "repeats": [P(file="caps/wifi.pcapng"), P(file="caps/archive.pcap.gz"), P(file="caps/edge.pcapng")],
        "good": [P(file="caps/web.pcap"), P(file="caps/dns.pcap"), P(file="caps/voip.pcap"),
                 P(file="caps/backup.pcap")],
    },
]
