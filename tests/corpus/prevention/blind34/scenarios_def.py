"""Scenario definitions for blind set 34. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp34fx"
SHELL = "console_run"
_DRV = f"{HERE}/drivers.py"


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


def PH(params, *pairs):
    """a Python-tool call whose recent_calls really happened first"""
    return {"params": params, "recent_calls": [p[0] for p in pairs], "_setup": [p[1] for p in pairs]}


def SHD(cmd):
    """a console_run history step that really happens (its output is discarded; it must succeed)"""
    return RC(SHELL, command=cmd), "{ " + cmd + "; } >/dev/null 2>&1"


def PYD(tool, **params):
    """a Python-tool history step that really happens through drivers.py (it must succeed)"""
    return RC(tool, **params), f"{shlex.quote(PY)} {shlex.quote(_DRV)} {tool} {shlex.quote(json.dumps(params))} >/dev/null"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


def LSD(path):
    return NOP("list_dir", path=path)


def RD(path):
    return NOP("read_file", path=path)


YASM = "yasm 1.3.0 (Debian yasm 1.3.0-4)"
PAX = "pax (MirBSD/OpenBSD pax, Debian pax 1:20201030-1)"
CRUDINI = "crudini 0.9.4 (Debian crudini 0.9.4-1)"
SSSS = "ssss 0.5 ssss-split / ssss-combine (Debian ssss 0.5-5)"
CRYPTO = "pycryptodome 4.5.0"
CDB = "tinycdb 0.78 cdb (Debian tinycdb 0.78+b1)"
WHISPER = "whisper 1.1.10 (Graphite whisper, whisper-create.py and the whisper module)"
ICO = "icoutils 0.32.3 icotool (Debian icoutils 0.32.3-4)"
SHAPELIB = "shapelib 1.5.0 shpcreate / shpadd / dbfcreate / dbfadd (Debian shapelib 1.5.0-3+b1)"
DFU = "desktop-file-utils 0.26 desktop-file-validate (Debian desktop-file-utils 0.26-1)"
LUA = "Lua 5.4.4 lua5.4 / luac5.4 (Debian lua5.4 5.4.4-3+deb12u1)"
PYSHP = "pyshp 3.1.9 (shapefile module)"
ZPAQ = "zpaq 7.15 (Debian zpaq 7.15+repack-1)"
CCRYPT = "ccrypt 1.11 (Debian ccrypt 1.11-2)"
HUGO = "Hugo 0.111.3 extended (Debian hugo 0.111.3-1)"
CONAN = "Conan 2.34.0 (conan CLI)"


# ---- history helpers
def CDBMAKE(db, src):
    return SHD(f"cdb -c -m data/{db}.cdb < data/{src}.txt")


def SHPCREATE(name, typ):
    return SHD(f"shpcreate gis/{name} {typ}")


def LUAC(name, opts=""):
    return SHD(f"luac5.4 {opts}-o build/{name}.luac lua/src/{name}.lua")


def ZADD(arc, src):
    return SHD(f"zpaq a backup/{arc}.zpaq {src}")


def CENC(path):
    return SHD(f"ccrypt -e -K s3cret {path}")


def CDEC(path):
    return SHD(f"ccrypt -d -K s3cret {path}")


def HSITE(name):
    return SHD(f"hugo new site sites/{name}")


def HPOST(post):
    return SHD(f"cd sites/blog && hugo new {post}")


def WCREATE(path, ret):
    return SHD(f"whisper-create.py metrics/{path} {ret}")


def CNEW(template, name, out):
    return SHD(f"conan new {template} -d name={name} -d version=1.0 -o pkgs/{out}")


def SHPW(path, pts):
    return PYD("shapefile_write_points", path=path, points=pts)


PTS1 = [[1.5, 2.5, "w1"], [3.0, 4.0, "w2"]]
PTS2 = [[10, 20, "a"], [11, 21, "b"], [12, 22, "c"]]

K16 = "00112233445566778899aabbccddeeff"
K24 = K16 + "0011223344556677"
K32 = K16 * 2

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp34-ip-yasm-object-format", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": YASM,
        "fail_re": r"^yasm: FATAL: unrecognized object format `[^']+'",
        "learn": [C("yasm -f elf99 -o out/boot.o asm/boot.asm"),
                  C("yasm -f pe64 -o out/math.obj asm/math.asm")],
        "repeats": [C("yasm -f mach-o -o out/io.o asm/io.asm"),
                    C("yasm -f omf -o out/start.obj asm/start.asm"),
                    C("yasm -f elf86 -o out/boot.o asm/boot.asm")],
        "good": [C("yasm -f elf64 -o out/boot.o asm/boot.asm"),
                 C("yasm -f win64 -o out/math.obj asm/math.asm"),
                 C("yasm -f macho64 -o out/io.o asm/io.asm"),
                 C("yasm -f elf32 -o out/start.o asm/start.asm"),
                 C("yasm -f win32 -o out/boot.obj asm/boot.asm")],
    },
    {
        "id": "bp34-ip-pax-write-format", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": PAX,
        "fail_re": r"^pax: Unknown -x format: \S+\npax: Known -x formats are:",
        "learn": [C("pax -w -x zip -f out/site.zip site"),
                  C("pax -w -x pax -f out/docs.pax docs")],
        "repeats": [C("pax -w -x gnutar -f out/photos.tar photos"),
                    C("pax -w -x newc -f out/site.cpio site"),
                    C("pax -w -x posix -f out/docs.tar docs")],
        "good": [C("pax -w -x ustar -f out/site.tar site"),
                 C("pax -w -x tar -f out/docs.tar docs"),
                 C("pax -w -x sv4cpio -f out/photos.cpio photos"),
                 C("pax -w -x cpio -f out/site.cpio site"),
                 C("pax -w -x bcpio -f out/docs.bcpio docs")],
    },
    {
        "id": "bp34-ip-crudini-unknown-section", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": CRUDINI,
        "fail_re": r"^Section not found: \S+",
        "learn": [C("crudini --get conf/app.ini database host"),
                  C("crudini --get conf/worker.ini logging level")],
        "repeats": [C("crudini --get conf/app.ini http port"),
                    C("crudini --get conf/worker.ini queues name"),
                    C("crudini --get conf/app.ini DB port")],
        "good": [C("crudini --get conf/app.ini db host"),
                 C("crudini --get conf/worker.ini log level"),
                 C("crudini --get conf/app.ini web port"),
                 C("crudini --get conf/worker.ini queue name"),
                 C("crudini --get conf/app.ini cache ttl")],
    },
    {
        "id": "bp34-ip-ssss-threshold-above-shares", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": SSSS,
        "fail_re": r"^FATAL: invalid parameters: number of shares smaller than threshold\.",
        "learn": [C("ssss-split -t 5 -n 3 -q < secrets/db.txt"),
                  C("ssss-split -t 4 -n 2 -w api -q < secrets/api.txt")],
        "repeats": [C("ssss-split -t 6 -n 5 -q < secrets/root.txt"),
                    C("ssss-split -t 3 -n 2 -w backup -q < secrets/backup.txt"),
                    C("ssss-split -t 10 -n 7 -q < secrets/db.txt")],
        "good": [C("ssss-split -t 3 -n 5 -q < secrets/db.txt"),
                 C("ssss-split -t 2 -n 4 -w api -q < secrets/api.txt"),
                 C("ssss-split -t 5 -n 6 -q < secrets/root.txt"),
                 C("ssss-split -t 2 -n 3 -w backup -q < secrets/backup.txt"),
                 C("ssss-split -t 7 -n 10 -q < secrets/db.txt")],
    },
    {
        "id": "bp34-ip-pycryptodome-aes-key-length", "category": "INCORRECT_PARAMETER",
        "tool": "pycryptodome_aes_encrypt", "source": CRYPTO,
        "fail_re": r"^ValueError: Incorrect AES key length \(\d+ bytes\)",
        "learn": [P(key_hex="00112233445566778899aabbccddeeff00112233", mode="GCM", plaintext="invoice 42"),
                  P(key_hex="0011223344556677", mode="EAX", plaintext="payroll run")],
        "repeats": [P(key_hex=K32 + K32, mode="GCM", plaintext="db password"),
                    P(key_hex="00112233445566778899aabb", mode="CTR", plaintext="api token"),
                    P(key_hex=K16 + "00", mode="EAX", plaintext="backup key")],
        "good": [P(key_hex=K16, mode="GCM", plaintext="invoice 42"),
                 P(key_hex=K24, mode="EAX", plaintext="payroll run"),
                 P(key_hex=K32, mode="GCM", plaintext="db password"),
                 P(key_hex=K16, mode="CTR", plaintext="api token"),
                 P(key_hex=K32, mode="EAX", plaintext="backup key")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp34-pf-cdb-make-input-format", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": CDB,
        "fail_re": r"^cdb: \(stdin\): bad format",
        "learn": [C("cdb -c data/users.cdb < data/users.txt"),
                  C("cdb -c data/hosts.cdb < data/hosts.csv")],
        "repeats": [C("cdb -c data/ports.cdb < data/ports.kv"),
                    C("cdb -c data/groups.cdb < data/groups.txt"),
                    C("cdb -c data/users.cdb < data/users.csv")],
        "good": [C("cdb -c -m data/users.cdb < data/users.txt"),
                 C("cdb -c data/hosts.cdb < data/hosts.cdbin"),
                 C("cdb -c -m data/ports.cdb < data/ports.txt"),
                 C("cdb -c data/groups.cdb < data/groups.cdbin"),
                 C("cdb -c data/users.cdb < data/users.cdbin")],
    },
    {
        "id": "bp34-pf-ssss-combine-share-syntax", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": SSSS,
        "fail_re": r"^FATAL: invalid syntax\.",
        "learn": [C("ssss-combine -t 2 -q < shares/db-colon.txt"),
                  C("ssss-combine -t 2 -q < shares/api-space.txt")],
        "repeats": [C("ssss-combine -t 2 -q < shares/root-colon.txt"),
                    C("ssss-combine -t 2 -q < shares/backup-space.txt"),
                    C("ssss-combine -t 2 -q < shares/api-eq.txt")],
        "good": [C("ssss-combine -t 2 -q < shares/db.txt"),
                 C("ssss-combine -t 2 -q < shares/api.txt"),
                 C("ssss-combine -t 2 -q < shares/root.txt"),
                 C("ssss-combine -t 2 -q < shares/backup.txt")],
    },
    {
        "id": "bp34-pf-pax-replacement-string", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": PAX,
        "fail_re": r"^pax: Invalid replacement string \S+",
        "learn": [C("pax -rw -s '/^site/www' site out"),
                  C("pax -rw -s 's/docs/manual/' docs out")],
        "repeats": [C("pax -rw -s ',^photos,pics' photos out"),
                    C("pax -rw -s 's|site|public|' site out"),
                    C("pax -rw -s '/docs/' docs out")],
        "good": [C("pax -rw -s '/^site/www/' site out"),
                 C("pax -rw -s '/docs/manual/' docs out"),
                 C("pax -rw -s ',^photos,pics,' photos out"),
                 C("pax -rw -s '|site|public|' site out"),
                 C("pax -rw -s '/^docs/docs-v1/p' docs out")],
    },
    {
        "id": "bp34-pf-pycryptodome-rsa-key-encoding", "category": "PARAMETER_FORMAT",
        "tool": "pycryptodome_import_rsa_key", "source": CRYPTO,
        "fail_re": r"^ValueError: RSA key format is not supported",
        "learn": [P(file="keys/deploy_pub.b64"), P(file="keys/ops_pub.hex")],
        "repeats": [P(file="keys/ci_pub.jwk"), P(file="keys/deploy_pub.hex"), P(file="keys/ops_pub.b64")],
        "good": [P(file="keys/deploy_pub.pem"), P(file="keys/ops_pub.der"), P(file="keys/ci.ssh"),
                 P(file="keys/deploy.pem"), P(file="keys/ops_pub.pem")],
    },
    {
        "id": "bp34-pf-whisper-retention-definition", "category": "PARAMETER_FORMAT", "tool": "whisper_create_db",
        "source": WHISPER,
        "fail_re": r"^ValueError: Invalid retention definition '[^']*'",
        "learn": [P(path="metrics/cpu.wsp", retentions=["60/1440"]),
                  P(path="metrics/mem.wsp", retentions=["1m,1d"])],
        "repeats": [P(path="metrics/net.wsp", retentions=["10s-6h"]),
                    P(path="metrics/io.wsp", retentions=["1h;30d"]),
                    P(path="metrics/temp.wsp", retentions=["60 1440"])],
        "good": [P(path="metrics/cpu.wsp", retentions=["60:1440"]),
                 P(path="metrics/mem.wsp", retentions=["1m:1d"]),
                 P(path="metrics/net.wsp", retentions=["10s:6h"]),
                 P(path="metrics/io.wsp", retentions=["1h:30d"]),
                 P(path="metrics/temp.wsp", retentions=["60:1440", "1h:30d"])],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp34-mp-yasm-no-input-file", "category": "MISSING_PARAMETER", "tool": SHELL, "source": YASM,
        "fail_re": r"^yasm: No input files specified",
        "learn": [C("yasm -f elf64 -o out/boot.o"),
                  C("yasm -f win64 -o out/math.obj -g cv8")],
        "repeats": [C("yasm -f macho64 -o out/io.o"),
                    C("yasm -f elf32 -g dwarf2 -o out/start.o"),
                    C("yasm -f bin -o out/boot.bin")],
        "good": [C("yasm -f elf64 -o out/boot.o asm/boot.asm"),
                 C("yasm -f win64 -o out/math.obj -g cv8 asm/math.asm"),
                 C("yasm -f macho64 -o out/io.o asm/io.asm"),
                 C("yasm -f elf32 -g dwarf2 -o out/start.o asm/start.asm"),
                 C("yasm -f elf64 -g dwarf2 -o out/io.o asm/io.asm")],
    },
    {
        "id": "bp34-mp-icotool-no-input-images", "category": "MISSING_PARAMETER", "tool": SHELL, "source": ICO,
        "fail_re": r"^icotool: missing arguments",
        "learn": [C("icotool -c -o icons/site.ico"),
                  C("icotool -x -o out")],
        "repeats": [C("icotool -c -o icons/tray2.ico"),
                    C("icotool -x -i 1 -o out"),
                    C("icotool -c --icon -o icons/big.ico")],
        "good": [C("icotool -c -o icons/site.ico art/logo16.png art/logo32.png"),
                 C("icotool -x -o out icons/app.ico"),
                 C("icotool -c -o icons/tray2.ico art/tray16.png art/tray48.png"),
                 C("icotool -x -i 1 -o out icons/tray.ico"),
                 C("icotool -c --icon -o icons/big.ico art/tray48.png")],
    },
    {
        "id": "bp34-mp-dbfadd-missing-field-values", "category": "MISSING_PARAMETER", "tool": SHELL,
        "source": SHAPELIB,
        "fail_re": r"^Got \d+ fields, but require \d+",
        "learn": [C("dbfadd gis/wells alpha"),
                  C("dbfadd gis/sites A-17 'J. Smith'")],
        "repeats": [C("dbfadd gis/lakes Tahoe 490.0"),
                    C("dbfadd gis/wells 12.5"),
                    C("dbfadd gis/sites B-02")],
        "good": [C("dbfadd gis/wells alpha 12.5"),
                 C("dbfadd gis/sites A-17 'J. Smith' 1250.75"),
                 C("dbfadd gis/lakes Tahoe 490.00 501.0"),
                 C("dbfadd gis/wells beta 7.25"),
                 C("dbfadd gis/sites B-02 'Parks Dept' 88.10")],
    },
    {
        "id": "bp34-mp-crudini-missing-section", "category": "MISSING_PARAMETER", "tool": SHELL, "source": CRUDINI,
        "fail_re": r"^A utility for manipulating ini files\n\nUsage: crudini --set",
        "learn": [C("crudini --set conf/app.ini"),
                  C("crudini --del conf/worker.ini")],
        "repeats": [C("crudini --set conf/worker.ini"),
                    C("crudini --del conf/app.ini"),
                    C("crudini --set --existing conf/app.ini")],
        "good": [C("crudini --set conf/app.ini web workers 8"),
                 C("crudini --del conf/worker.ini log level"),
                 C("crudini --set conf/worker.ini queue concurrency 8"),
                 C("crudini --del conf/app.ini cache"),
                 C("crudini --set --existing conf/app.ini db port 5433")],
    },
    {
        "id": "bp34-mp-desktop-file-validate-no-file", "category": "MISSING_PARAMETER", "tool": SHELL, "source": DFU,
        "fail_re": r'^See "desktop-file-validate --help" for correct usage\.',
        "learn": [C("desktop-file-validate"),
                  C("desktop-file-validate --no-hints")],
        "repeats": [C("desktop-file-validate --warn-kde"),
                    C("desktop-file-validate --no-warn-deprecated"),
                    C("desktop-file-validate --no-hints --warn-kde")],
        "good": [C("desktop-file-validate desktop/shop.desktop"),
                 C("desktop-file-validate --no-hints desktop/editor.desktop"),
                 C("desktop-file-validate --warn-kde desktop/viewer.desktop"),
                 C("desktop-file-validate --no-warn-deprecated desktop/notes.desktop"),
                 C("desktop-file-validate --no-hints --warn-kde desktop/shop.desktop")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp34-mq-cdb-query-before-make", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": CDB,
        "fail_re": r"^cdb: (unable to open database `\S+'|open \S+): No such file or directory",
        "learn": [CH("cdb -q data/users.cdb alice", LSD("data"), RD("data/users.txt")),
                  CH("cdb -d data/hosts.cdb", LSD("data"), CDBMAKE("ports", "ports"))],
        "repeats": [CH("cdb -q data/ports.cdb https", RD("data/ports.txt")),
                    CH("cdb -l data/groups.cdb", CDBMAKE("users", "users"), LSD("data")),
                    CH("cdb -q data/hosts.cdb web1", RD("data/hosts.txt"), CDBMAKE("groups", "groups"))],
        "good": [CH("cdb -q data/users.cdb alice", RD("data/users.txt"), CDBMAKE("users", "users")),
                 CH("cdb -d data/hosts.cdb", CDBMAKE("hosts", "hosts")),
                 CH("cdb -q data/ports.cdb https", CDBMAKE("ports", "ports")),
                 CH("cdb -l data/groups.cdb", LSD("data"), CDBMAKE("groups", "groups")),
                 CH("cdb -q data/hosts.cdb web1", CDBMAKE("hosts", "hosts"), RD("data/hosts.txt"))],
    },
    {
        "id": "bp34-mq-shpadd-before-shpcreate", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": SHAPELIB,
        "fail_re": r"^Unable to open \S+\.shp or \S+\.SHP\.\nUnable to open:\S+",
        "learn": [CH("shpadd gis/roads 0 0 10 10", LSD("gis")),
                  CH("shpadd gis/hydrants 4.5 7.25", LSD("gis"), SHPCREATE("roads", "arc"))],
        "repeats": [CH("shpadd gis/parcels 0 0 0 5 5 5 5 0 0 0", LSD("gis"), SHPCREATE("hydrants", "point")),
                    CH("shpadd gis/trails 1 1 2 2", RD("gis/wells.dbf")),
                    CH("shpadd gis/poles 12 34", SHPCREATE("roads", "arc"), LSD("gis"))],
        "good": [CH("shpadd gis/roads 0 0 10 10", LSD("gis"), SHPCREATE("roads", "arc")),
                 CH("shpadd gis/hydrants 4.5 7.25", SHPCREATE("hydrants", "point")),
                 CH("shpadd gis/parcels 0 0 0 5 5 5 5 0 0 0", SHPCREATE("parcels", "polygon")),
                 CH("shpadd gis/trails 1 1 2 2", RD("gis/wells.dbf"), SHPCREATE("trails", "arc")),
                 CH("shpadd gis/poles 12 34", SHPCREATE("poles", "point"), LSD("gis"))],
    },
    {
        "id": "bp34-mq-lua-run-before-compile", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": LUA,
        "fail_re": r"^lua5\.4: cannot open build/\S+\.luac: No such file or directory",
        "learn": [CH("lua5.4 build/app.luac", RD("lua/src/app.lua"), SHD("luac5.4 -p lua/src/app.lua")),
                  CH("lua5.4 build/report.luac", LSD("build"))],
        "repeats": [CH("lua5.4 build/config.luac", SHD("luac5.4 -p lua/src/config.lua")),
                    CH("lua5.4 build/stats.luac", LUAC("app"), LSD("build")),
                    CH("lua5.4 build/app.luac", LSD("lua/src"), LUAC("report", "-s "))],
        "good": [CH("lua5.4 build/app.luac", RD("lua/src/app.lua"), LUAC("app")),
                 CH("lua5.4 build/report.luac", LSD("build"), LUAC("report")),
                 CH("lua5.4 build/config.luac", SHD("luac5.4 -p lua/src/config.lua"), LUAC("config")),
                 CH("lua5.4 build/stats.luac", LUAC("stats", "-s ")),
                 CH("lua5.4 lua/src/app.lua", RD("lua/src/app.lua"))],
    },
    {
        "id": "bp34-mq-pyshp-read-before-write", "category": "MISSING_PREREQUISITE",
        "tool": "shapefile_read_records", "source": PYSHP,
        "fail_re": r"^ShapefileException: Neither \S+\.dbf nor \S+\.shp could be opened",
        "learn": [PH({"path": "gis/parcels"}, LSD("gis")),
                  PH({"path": "gis/stations"}, SHPW("gis/wells2", PTS1), LSD("gis"))],
        "repeats": [PH({"path": "gis/hydrants"}, LSD("gis"), SHPW("gis/poles", PTS2)),
                    PH({"path": "gis/trees"}, RD("gis/wells.dbf")),
                    PH({"path": "gis/wells2"}, SHPW("gis/stations", PTS1))],
        "good": [PH({"path": "gis/parcels"}, LSD("gis"), SHPW("gis/parcels", PTS2)),
                 PH({"path": "gis/stations"}, SHPW("gis/stations", PTS1)),
                 PH({"path": "gis/hydrants"}, SHPW("gis/hydrants", PTS1), LSD("gis")),
                 PH({"path": "gis/zones"}, LSD("gis")),
                 PH({"path": "gis/trees"}, RD("gis/wells.dbf"), SHPW("gis/trees", PTS2))],
    },
    {
        "id": "bp34-mq-zpaq-list-before-add", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": ZPAQ,
        "fail_re": r"^\S+\.zpaq: No such file or directory\n.*\nzpaq error: \S+\.zpaq",
        "learn": [CH("zpaq l backup/docs.zpaq", LSD("backup")),
                  CH("zpaq x backup/site.zpaq -to restore", LSD("backup"), RD("site/index.html"))],
        "repeats": [CH("zpaq l backup/photos.zpaq", ZADD("docs", "docs")),
                    CH("zpaq x backup/docs.zpaq -to restore", LSD("docs")),
                    CH("zpaq l backup/site.zpaq", ZADD("photos", "photos"), LSD("backup"))],
        "good": [CH("zpaq l backup/docs.zpaq", LSD("backup"), ZADD("docs", "docs")),
                 CH("zpaq x backup/site.zpaq -to restore", ZADD("site", "site")),
                 CH("zpaq l backup/photos.zpaq", ZADD("photos", "photos")),
                 CH("zpaq x backup/docs.zpaq -to restore", LSD("docs"), ZADD("docs", "docs")),
                 CH("zpaq l archives/site.zpaq", LSD("archives"))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp34-ws-ccrypt-encrypt-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": CCRYPT,
        "fail_re": r"^ccrypt: notes/\S+\.txt: No such file or directory",
        "learn": [CH("ccrypt -e -K s3cret notes/notes.txt", CENC("notes/notes.txt")),
                  CH("ccrypt -e -K s3cret notes/plan.txt", RD("notes/plan.txt"), CENC("notes/plan.txt"))],
        "repeats": [CH("ccrypt -e -K s3cret notes/budget.txt", CENC("notes/budget.txt"), LSD("notes")),
                    CH("ccrypt -e -K s3cret notes/todo.txt", CENC("notes/todo.txt")),
                    CH("ccrypt -e -K s3cret notes/contacts.txt", CENC("notes/notes.txt"),
                       CENC("notes/contacts.txt"))],
        "good": [CH("ccrypt -e -K s3cret notes/plan.txt", CENC("notes/notes.txt")),
                 CH("ccrypt -d -K s3cret notes/notes.txt.cpt", CENC("notes/notes.txt")),
                 CH("ccrypt -c -K s3cret notes/budget.txt.cpt", CENC("notes/budget.txt"), LSD("notes")),
                 CH("ccrypt -e -K s3cret notes/todo.txt", LSD("notes")),
                 CH("ccrypt -e -K s3cret notes/contacts.txt", CENC("notes/contacts.txt"),
                    CDEC("notes/contacts.txt.cpt"))],
    },
    {
        "id": "bp34-ws-hugo-new-site-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": HUGO,
        "fail_re": r"^Error: \S*sites/\S+ already exists and is not empty\. See --force\.",
        "learn": [CH("hugo new site sites/shop", HSITE("shop")),
                  CH("hugo new site sites/docs --format yaml", SHD("hugo new site sites/docs --format yaml"),
                     LSD("sites/docs"))],
        "repeats": [CH("hugo new site sites/news", HSITE("news"), RD("sites/news/hugo.toml")),
                    CH("hugo new site sites/wiki --format yaml", HSITE("wiki")),
                    CH("hugo new site sites/blog", LSD("sites"))],
        "good": [CH("hugo new site sites/shop2", HSITE("shop")),
                 CH("hugo new site sites/docs --format yaml", LSD("sites")),
                 CH("cd sites/news && hugo new posts/launch.md", HSITE("news"), RD("sites/news/hugo.toml")),
                 CH("hugo new site sites/wiki --format yaml", HSITE("blog2")),
                 CH("cd sites/blog && hugo new posts/second.md", LSD("sites"))],
    },
    {
        "id": "bp34-ws-hugo-new-content-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": HUGO,
        "fail_re": r"^Error: \S*sites/blog/content/\S+ already exists",
        "learn": [CH("cd sites/blog && hugo new posts/launch.md", HPOST("posts/launch.md")),
                  CH("cd sites/blog && hugo new about.md", HPOST("about.md"), RD("sites/blog/content/about.md"))],
        "repeats": [CH("cd sites/blog && hugo new posts/roadmap.md", HPOST("posts/roadmap.md"), LSD("sites/blog")),
                    CH("cd sites/blog && hugo new docs/install.md", HPOST("docs/install.md")),
                    CH("cd sites/blog && hugo new posts/welcome.md", LSD("sites/blog/content/posts"))],
        "good": [CH("cd sites/blog && hugo new posts/launch-2.md", HPOST("posts/launch.md")),
                 CH("cd sites/blog && hugo new about.md --force", HPOST("about.md")),
                 CH("cd sites/blog && hugo new posts/roadmap.md", LSD("sites/blog")),
                 CH("cd sites/blog && hugo new docs/upgrade.md", HPOST("docs/install.md")),
                 CH("cd sites/blog && hugo new posts/welcome.md --force", LSD("sites/blog/content/posts"))],
    },
    {
        "id": "bp34-ws-whisper-create-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": WHISPER,
        "fail_re": r"^\[ERROR\] File metrics/\S+ already exists!",
        "learn": [CH("whisper-create.py metrics/cpu.wsp 60:1440", WCREATE("cpu.wsp", "60:1440")),
                  CH("whisper-create.py metrics/mem.wsp 1m:1d 1h:30d", WCREATE("mem.wsp", "1m:1d"),
                     SHD("whisper-info.py metrics/mem.wsp"))],
        "repeats": [CH("whisper-create.py metrics/net.wsp 10s:6h", WCREATE("net.wsp", "10s:6h"), LSD("metrics")),
                    CH("whisper-create.py metrics/disk.wsp 60:1440", LSD("metrics")),
                    CH("whisper-create.py metrics/io.wsp 1m:7d --xFilesFactor=0", WCREATE("io.wsp", "1m:7d"))],
        "good": [CH("whisper-create.py metrics/cpu.wsp 60:1440 --overwrite", WCREATE("cpu.wsp", "60:1440")),
                 CH("whisper-info.py metrics/mem.wsp", WCREATE("mem.wsp", "1m:1d")),
                 CH("whisper-create.py metrics/net.wsp 10s:6h", LSD("metrics")),
                 CH("whisper-create.py metrics/disk2.wsp 60:1440", LSD("metrics")),
                 CH("whisper-create.py metrics/io.wsp 1m:7d --xFilesFactor=0 --overwrite", WCREATE("io.wsp", "1m:7d"))],
    },
    {
        "id": "bp34-ws-conan-new-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": CONAN,
        "fail_re": r"^ERROR: File '[^']+' already exists, and --force not defined, aborting",
        "learn": [CH("conan new cmake_lib -d name=hello -d version=1.0 -o pkgs/hello",
                     CNEW("cmake_lib", "hello", "hello")),
                  CH("conan new header_lib -d name=mathx -d version=1.0 -o pkgs/mathx",
                     CNEW("header_lib", "mathx", "mathx"), LSD("pkgs/mathx"))],
        "repeats": [CH("conan new cmake_exe -d name=tool -d version=1.0 -o pkgs/tool",
                       CNEW("cmake_exe", "tool", "tool")),
                    CH("conan new cmake_lib -d name=hello -d version=2.0 -o pkgs/hello",
                       CNEW("cmake_lib", "hello", "hello"), RD("pkgs/hello/conanfile.py")),
                    CH("conan new header_lib -d name=util -d version=1.0 -o pkgs/util",
                       LSD("pkgs"), CNEW("header_lib", "util", "util"))],
        "good": [CH("conan new cmake_lib -d name=hello -d version=1.0 -o pkgs/hello --force",
                    CNEW("cmake_lib", "hello", "hello")),
                 CH("conan new header_lib -d name=mathx -d version=1.0 -o pkgs/mathx2",
                    CNEW("header_lib", "mathx", "mathx")),
                 CH("conan new cmake_exe -d name=tool -d version=1.0 -o pkgs/tool", LSD("pkgs")),
                 CH("conan new cmake_lib -d name=hello -d version=2.0 -o pkgs/hello-2",
                    CNEW("cmake_lib", "hello", "hello")),
                 CH("conan new header_lib -d name=util -d version=1.0 -o pkgs/util --force",
                    CNEW("header_lib", "util", "util"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp34-wt-desktop-file-validate-non-desktop", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": DFU,
        "fail_re": r"error: filename does not have a \.desktop extension",
        "learn": [C("desktop-file-validate units/shop.service"),
                  C("desktop-file-validate conf/app.ini")],
        "repeats": [C("desktop-file-validate units/backup.timer"),
                    C("desktop-file-validate desktop/editor.ini"),
                    C("desktop-file-validate desktop/viewer.conf")],
        "good": [C("desktop-file-validate desktop/shop.desktop"),
                 C("desktop-file-validate desktop/editor.desktop"),
                 C("desktop-file-validate desktop/viewer.desktop"),
                 C("desktop-file-validate desktop/notes.desktop"),
                 C("desktop-file-validate --no-hints desktop/shop.desktop")],
    },
    {
        "id": "bp34-wt-icotool-extract-non-icon", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": ICO,
        "fail_re": r"^\S+: not an icon or cursor file",
        "learn": [C("icotool -x -o out art/logo32.png"),
                  C("icotool -x -o out art/banner.bmp")],
        "repeats": [C("icotool -x -o out art/photo.jpg"),
                    C("icotool -x -o out art/splash.gif"),
                    C("icotool -x -i 1 -o out art/tray48.png")],
        "good": [C("icotool -x -o out icons/app.ico"),
                 C("icotool -x -o out icons/tray.ico"),
                 C("icotool -l icons/app.ico"),
                 C("icotool -x -i 1 -o out icons/tray.ico"),
                 C("icotool -c -o out/logo.ico art/logo32.png")],
    },
    {
        "id": "bp34-wt-zpaq-on-other-archives", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": ZPAQ,
        "fail_re": r"^\S+: zpaq error: password incorrect",
        "learn": [C("zpaq l archives/site.tar"),
                  C("zpaq x archives/docs.zip -to restore")],
        "repeats": [C("zpaq l archives/docs.cpio"),
                    C("zpaq x archives/site.tar.gz -to restore"),
                    C("zpaq l archives/notes.gz")],
        "good": [C("zpaq l archives/site.zpaq"),
                 C("zpaq x archives/docs.zpaq -to restore"),
                 C("zpaq l archives/photos.zpaq"),
                 C("zpaq x archives/site.zpaq -to restore"),
                 C("zpaq l archives/docs.zpaq")],
    },
    {
        "id": "bp34-wt-lua-on-other-language-scripts", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": LUA,
        "fail_re": r"^lua(c)?5\.4: scripts/\S+:\d+: (syntax error near|unexpected symbol near)",
        "learn": [C("lua5.4 scripts/report.py"),
                  C("luac5.4 -p scripts/deploy.sh")],
        "repeats": [C("lua5.4 scripts/stats.py"),
                    C("luac5.4 -o build/clean.luac scripts/clean.rb"),
                    C("lua5.4 scripts/build.js")],
        "good": [C("lua5.4 lua/src/report.lua"),
                 C("luac5.4 -p lua/src/app.lua"),
                 C("lua5.4 lua/src/stats.lua"),
                 C("luac5.4 -o build/config.luac lua/src/config.lua"),
                 C("lua5.4 lua/src/config.lua")],
    },
    {
        "id": "bp34-wt-conan-v1-commands", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": CONAN,
        "fail_re": r"^'\w+' is not a Conan command\. See 'conan --help'\.\n\nERROR: Unknown command '\w+'",
        "learn": [C("conan info pkgs/demo"),
                  C("conan user")],
        "repeats": [C("conan copy demo/1.0@ acme/testing"),
                    C("conan get demo/1.0"),
                    C("conan alias demo/latest demo/1.0")],
        "good": [C("conan inspect pkgs/demo"),
                 C("conan remote list-users"),
                 C("conan list 'demo/*'"),
                 C("conan inspect pkgs/geom"),
                 C("conan remote list")],
    },
]
