#!/work/blind-prev21/venv/bin/python
"""Build fixtures under /tmp/bp21fx, run every learn / repeat / good call of scenarios_def.py
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
                 "PYTHONWARNINGS": "ignore", "PATH": os.path.dirname(PY) + ":" + ":"
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
            "pickle sort fold tr join sha256sum mkdir patch lessc terser "
            # families of blind set 20
            "webcolors glom transitions pptx unicodedata array datetime shlex textwrap string pathlib graphlib etree xml "
            "cookiejar od truncate seq comm mv base32 diff make tsc typescript ssh-keygen readelf").split()


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
    import glob
    import wave
    import warnings
    warnings.filterwarnings("ignore")
    import aifc
    import gpxpy.gpx

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    # logs for tail / find, scripts and config files for timeout / install
    w("logs/app.log", "".join(f"2024-06-01 12:{i % 60:02d} INFO request {i}\n" for i in range(3000)))
    w("logs/worker.log", "".join(f"job {i} done\n" for i in range(4000)))
    w("src/main.py", "print('hi')\n")
    w("src/util.py", "def f():\n    return 1\n")
    for name in ("slow.sh", "backup.sh"):
        w(f"scripts/{name}", "#!/bin/sh\n# a short job\nsleep 0.1\necho finished\n")
        os.chmod(f"scripts/{name}", 0o755)
    w("scripts/deploy.sh", "#!/bin/sh\nset -eu\n# deploy the current build to the staging host\nrsync -a dist/ staging:/srv/app/\n"
      "ssh staging 'systemctl restart app'\necho deployed\n")
    w("scripts/build.sh", "#!/bin/sh\nset -eu\n# configure and build the hello project\ncd hello\nmeson setup build\n"
      "meson compile -C build\n")
    w("tools/server.py", "#!/usr/bin/env python3\n\"\"\"Tiny development server.\"\"\"\nimport http.server\n\n"
      "http.server.test(HandlerClass=http.server.SimpleHTTPRequestHandler, port=8000)\n")
    w("conf/app.conf", "port = 8080\nworkers = 4\n")
    w("conf/nginx.conf", "server { listen 80; }\n")
    os.makedirs("pipes")
    # ELF files built with gcc; a jar (zip) that is not ELF
    w("csrc/hello.c", '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n')
    w("csrc/calc.c", '#include <stdio.h>\nint main(void) { printf("%d\\n", 2 + 3); return 0; }\n')
    w("csrc/greet.c", "int greet(int x) { return x + 1; }\n")
    w("csrc/mathx.c", "double twice(double x) { return 2 * x; }\n")
    os.makedirs("lib")
    os.makedirs("bin")
    sh("gcc -O2 -o bin/hello csrc/hello.c && gcc -O2 -o bin/calc csrc/calc.c && "
       "gcc -shared -fPIC -o lib/libgreet.so csrc/greet.c && gcc -shared -fPIC -o lib/libmathx.so csrc/mathx.c", cwd=MASTER)
    import zipfile
    with zipfile.ZipFile("bin/cli.jar", "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Cli\n")
    # Windows PE launchers shipped in the venv (distlib / setuptools)
    site = glob.glob(os.path.join(HERE, "venv/lib/python3*/site-packages"))[0]
    os.makedirs("win")
    shutil.copy(f"{site}/distlib/t64.exe", "win/launcher.exe")
    shutil.copy(f"{site}/setuptools/cli-64.exe", "win/cli-64.exe")
    shutil.copy(f"{site}/distlib/w32.exe", "win/gui32.exe")
    # audio: AIFF files made with aifc, WAV files made with wave, an MP3-like file
    os.makedirs("audio")
    for name, rate in (("beep.aiff", 8000), ("chime.aif", 22050), ("alarm.aiff", 16000)):
        a = aifc.open(f"audio/{name}", "wb")
        a.setnchannels(1); a.setsampwidth(2); a.setframerate(rate); a.writeframes(b"\0\0" * 800); a.close()
    for name in ("beep.wav", "chime.wav", "ring.wav"):
        wv = wave.open(f"audio/{name}", "wb")
        wv.setnchannels(1); wv.setsampwidth(2); wv.setframerate(8000); wv.writeframes(b"\0\0" * 800); wv.close()
    w("audio/alert.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 200, mode="wb")
    # credentials: netrc files, and JSON / INI / .env / YAML files that are not netrc
    w("config/netrc", "machine api.example.com login bot password s3cret\n")
    w("config/ci.netrc", "machine git.example.org\n  login ci\n  password t0ken\nmachine pypi.example.org login up password x\n")
    w("auth/.netrc", "default login anonymous password guest@example.com\n")
    w("config/credentials.json", json.dumps({"machine": "api.example.com", "login": "bot", "password": "s3cret"}) + "\n")
    w("config/pypirc.ini", "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = pypi-abc\n")
    w("config/.env", "API_HOST=api.example.com\nAPI_USER=bot\nAPI_PASSWORD=s3cret\n")
    w("config/auth.yaml", "machine: api.example.com\nlogin: bot\npassword: s3cret\n")
    # tracks: GPX files made with gpxpy, and GeoJSON / CSV exports that are not GPX
    os.makedirs("tracks")
    for name, n in (("morning-run.gpx", 5), ("ride.gpx", 8), ("hike.gpx", 3)):
        g = gpxpy.gpx.GPX()
        t = gpxpy.gpx.GPXTrack(name=name); g.tracks.append(t)
        s = gpxpy.gpx.GPXTrackSegment(); t.segments.append(s)
        for i in range(n):
            s.points.append(gpxpy.gpx.GPXTrackPoint(48.1 + i / 1000, 11.5 + i / 1000, elevation=520 + i))
        w(f"tracks/{name}", g.to_xml())
    w("tracks/run.geojson", json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry":
      {"type": "LineString", "coordinates": [[11.5, 48.1], [11.501, 48.101]]}, "properties": {"name": "run"}}]}) + "\n")
    w("tracks/commute.geojson", json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": [11.5, 48.1]},
      "properties": {}}) + "\n")
    w("tracks/ride.csv", "lat,lon,ele,time\n48.1,11.5,520,2024-06-01T07:00:00Z\n48.101,11.501,521,2024-06-01T07:00:10Z\n")
    w("tracks/hike-points.csv", "latitude;longitude\n47.4;10.9\n47.41;10.91\n")
    # a meson C project with no build dir yet
    w("hello/meson.build", "project('hello', 'c')\nexecutable('hello', 'main.c')\ntest('runs', executable('t', 'main.c'))\n")
    w("hello/main.c", "int main(void) { return 0; }\n")
    # a Django project (no database yet), and a cookiecutter template
    sh("django-admin startproject mysite", cwd=MASTER)
    w("templates/pyproj/cookiecutter.json", json.dumps({"project_slug": "myapp", "author": "dev"}) + "\n")
    w("templates/pyproj/{{cookiecutter.project_slug}}/README.md", "# {{cookiecutter.project_slug}} by {{cookiecutter.author}}\n")
    w("templates/pyproj/{{cookiecutter.project_slug}}/{{cookiecutter.project_slug}}/__init__.py", "")
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
