#!/usr/bin/env python3
"""Build fixtures under /tmp/bp7fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call whose output does not show the scenario's
failure message (fail_re), a good call that exits non-zero, shows fail_re, or shows err_re.

    python3 gen.py [--only ID_SUBSTRING] [--show]
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS  # noqa: E402

FX = "/tmp/bp7fx"
MASTER = f"{FX}/_master"
VENV = f"{HERE}/.venv/bin"
NPMBIN = f"{HERE}/npm/node_modules/.bin"
TSC = f"{NPMBIN}/tsc"
PRETTIER = f"{NPMBIN}/prettier"
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
PG = ["-h", "127.0.0.1", "-U", "postgres"]

BASE_ENV = dict(os.environ)
BASE_ENV.update({
    "LC_ALL": "C.UTF-8", "NO_COLOR": "1", "ANSIBLE_NOCOLOR": "1", "ANSIBLE_FORCE_COLOR": "0",
    "TSC": TSC, "ANSIBLE_GALAXY": f"{VENV}/ansible-galaxy", "PATH": f"{VENV}:{NPMBIN}:" + os.environ["PATH"],
})
BASE_ENV.pop("GNUPGHOME", None)


def sh(cmd, cwd=None, env=None, check=True):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=env or BASE_ENV, capture_output=True, text=True)
    if check and r.returncode != 0:
        print(f"PROBLEM setup failed: {cmd!r} rc={r.returncode}: {r.stderr.strip()[:300]}")
    return r


# ----------------------------------------------------------------------------- runners
# Each wrapper tool turns the agent's params into one real command line (the params shape
# and the flags added, e.g. ffmpeg's -nostdin -hide_banner -loglevel error, are this set's design).

FFQ = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error"]


def r_ffmpeg_transcode(p):
    a = list(FFQ) + (["-y"] if p.get("overwrite") else []) + ["-i", p["input"]]
    if "video_codec" in p:
        a += ["-c:v", p["video_codec"]]
    return a + [p["output"]]


def r_ffmpeg_trim(p):
    return list(FFQ) + ["-ss", p["start"], "-i", p["input"], "-t", p["duration"], "-c", "copy", p["output"]]


def r_ffmpeg_extract_audio(p):
    a = list(FFQ) + ["-i", p["input"], "-vn"]
    if "audio_codec" in p:
        a += ["-c:a", p["audio_codec"]]
    if "bitrate" in p:
        a += ["-b:a", p["bitrate"]]
    if "output" in p:
        a.append(p["output"])
    return a


def r_ffprobe_info(p):
    return ["ffprobe", "-v", "error", "-show_format", "-of", "json", p["file"]]


def r_pandoc_convert(p):
    a = ["pandoc", p["input"]]
    if "from" in p:
        a += ["--from", p["from"]]
    if "to" in p:
        a += ["--to", p["to"]]
    if "pdf_engine" in p:
        a += ["--pdf-engine", p["pdf_engine"]]
    if "output" in p:
        a += ["-o", p["output"]]
    return a


def r_tsc_compile(p):
    a = [TSC]
    if "target" in p:
        a += ["--target", p["target"]]
    if p.get("noEmit"):
        a.append("--noEmit")
    return a + list(p["files"])


def r_tsc_build(p):
    return [TSC, "-p", p["project"]]


def r_tsc_init(p):
    return {"argv": [TSC, "--init"], "cwd": p["project_dir"]}


def r_prettier_format(p):
    return [PRETTIER, p["file"]]


def r_csvcut_columns(p):
    return [f"{VENV}/csvcut", "-c", p["columns"], p["file"]]


def r_ansible_adhoc(p):
    a = [f"{VENV}/ansible", p["hosts"], "-m", p["module"]]
    if "args" in p:
        a += ["-a", p["args"]]
    return a


def r_ansible_file(p):
    args = " ".join(f"{k}={shlex.quote(str(p[k]))}" for k in ("path", "state", "mode") if k in p)
    return [f"{VENV}/ansible", "localhost", "-m", "ansible.builtin.file", "-a", args]


def r_ansible_galaxy_role_init(p):
    return [f"{VENV}/ansible-galaxy", "role", "init", "--init-path", p["init_path"], p["name"]]


def r_ansible_playbook(p):
    return [f"{VENV}/ansible-playbook", p["playbook"]] + (["--check"] if p.get("check") else [])


def r_pg_dump_table(p):
    return ["pg_dump"] + PG + ["-d", p["database"], "-t", p["table"]] + (["--schema-only"] if p.get("schema_only") else [])


def r_pg_dump_database(p):
    return ["pg_dump"] + PG + ["-d", p["database"]] + (["--schema-only"] if p.get("schema_only") else [])


def r_pg_createuser(p):
    a = ["createuser"] + PG
    if "login" in p:
        a.append("--login" if p["login"] else "--no-login")
    return a + [p["name"]]


def _redis(*args):
    return ["redis-cli", "-h", "127.0.0.1", "-p", "6379"] + [str(x) for x in args]


def r_redis_rename(p):
    return _redis("RENAME", p["key"], p["newkey"])


def r_redis_incrby(p):
    return _redis("INCRBY", p["key"], p["increment"])


def r_redis_lpush(p):
    return _redis("LPUSH", p["key"], *p.get("values", []))


def r_redis_xreadgroup(p):
    return _redis("XREADGROUP", "GROUP", p["group"], p["consumer"], "COUNT", p["count"], "STREAMS", p["stream"], ">")


def r_mosquitto_subscribe(p):
    a = ["timeout", "10", "mosquitto_sub", "-h", p["host"], "-p", str(p["port"])]
    if "topic" in p:
        a += ["-t", p["topic"]]
    if "qos" in p:
        a += ["-q", str(p["qos"])]
    if "client_id" in p:
        a += ["-i", p["client_id"]]
    return a + ["-E"]


def r_xml_select(p):
    return ["xmlstarlet", "sel", "-t", "-v", p["xpath"], "-n", p["file"]]


def r_chmod_mode(p):
    a = ["chmod"] + (["-R"] if p.get("recursive") else []) + [p["mode"]]
    return a + ([p["path"]] if "path" in p else [])


def r_touch_timestamp(p):
    return ["touch", "-d", p["date"], p["path"]]


def r_mysqladmin_create(p):
    a = ["mysqladmin", "-h", p["host"], "-u", p["user"]]
    if "port" in p:
        a += ["-P", str(p["port"])]
    return a + ["create"] + ([p["name"]] if "name" in p else [])


def r_cmake_build(p):
    a = ["cmake", "--build", p["build_dir"]]
    if "target" in p:
        a += ["--target", p["target"]]
    if "parallel" in p:
        a += ["--parallel", str(p["parallel"])]
    return a


def r_gpg_sign(p):
    a = ["gpg", "--batch", "--yes", "--pinentry-mode", "loopback", "--passphrase", ""]
    if "local_user" in p:
        a += ["--local-user", p["local_user"]]
    if p.get("armor"):
        a.append("--armor")
    if "output" in p:
        a += ["--output", p["output"]]
    if p.get("clearsign"):
        a.append("--clearsign")
    elif p.get("detach"):
        a.append("--detach-sign")
    else:
        a.append("--sign")
    return a + [p["file"]]


def r_gpg_generate_key(p):
    return ["gpg", "--batch", "--passphrase", "", "--quick-gen-key", p["uid"], p["algo"], p["usage"], p["expire"]]


def r_identify_image(p):
    return ["/usr/bin/identify", p["file"]]


def r_imagemagick_resize(p):
    return ["/usr/bin/convert", p["input"], "-resize", p["geometry"], p["output"]]


def r_gojq_query(p):
    return ["gojq"] + (["--yaml-input"] if p.get("yaml_input") else []) + [p["filter"], p["file"]]


def r_patch_apply(p):
    return ["patch", "--batch", "-N"] + (["-R"] if p.get("reverse") else []) + [p["file"], p["patch"]]


RUNNERS = {k[2:]: v for k, v in globals().items() if k.startswith("r_")}


# ----------------------------------------------------------------------------- fixtures
def w(path, text, mode=None):
    path = os.path.join(MASTER, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    m = MASTER
    q = "-nostdin -loglevel error -y"
    sh(f"ffmpeg {q} -f lavfi -i testsrc=duration=2:size=160x120:rate=10 -pix_fmt yuv420p clip.mp4", m)
    sh(f"ffmpeg {q} -f lavfi -i testsrc2=duration=2:size=160x120:rate=10 -f lavfi -i sine=frequency=330:duration=2 "
       f"-pix_fmt yuv420p -c:v libx264 -c:a aac -shortest intro.mp4", m)
    sh(f"ffmpeg {q} -f lavfi -i smptebars=duration=2:size=160x120:rate=10 -f lavfi -i sine=frequency=550:duration=2 "
       f"-pix_fmt yuv420p -c:v libx264 -c:a aac -shortest talk.mp4", m)
    sh(f"ffmpeg {q} -f lavfi -i sine=frequency=440:duration=2 tone.wav", m)
    sh("/usr/bin/convert -size 64x48 xc:skyblue pic.png && /usr/bin/convert -size 80x60 gradient:red-blue logo.jpg"
       " && /usr/bin/convert -size 40x40 xc:orange icon.gif", m)
    w("notes.md", "# Notes\n\nSome *notes* for the release.\n\n- one\n- two\n")
    w("guide.md", "# Guide\n\n## Install\n\nRun the installer.\n")
    w("page.html", "<html><body><h1>Title</h1><p>Hello <b>world</b>.</p></body></html>\n")
    sh("pandoc guide.md -o report.docx", m)
    for name in ("invoice.pdf", "paper.pdf", "manual.pdf"):  # real PDFs, made by ImageMagick
        sh(f"/usr/bin/convert -size 100x100 xc:white -define pdf:use-trimbox=true pdf:{name} 2>/dev/null "
           f"|| printf '%%PDF-1.4\\n1 0 obj <<>> endobj\\ntrailer <<>>\\n%%%%EOF\\n' > {name}", m, check=False)
    w("data.json", '{"name": "bp7", "version": "1.0.0", "items": [1, 2, 3]}\n')
    w("package.json", '{\n  "name": "bp7-demo",\n  "version": "0.3.1",\n  "private": true\n}\n')
    w("conf.yaml", "name: web\nport: 8080\n")
    w("deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n")
    w("compose.yml", "services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n")
    w("site.yml", "- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: say hi\n      ansible.builtin.debug:\n        msg: hi\n")
    w("hello.yml", "- name: hello\n  hosts: localhost\n  gather_facts: false\n  tasks:\n    - ansible.builtin.command: 'true'\n      changed_when: false\n")
    w("people.csv", "id,name,email\n1,ann,a@x.org\n2,bob,b@x.org\n")
    w("orders.csv", "order_id,customer_id,total\n10,1,9.50\n11,2,20.00\n")
    w("books.xml", '<catalog><book id="1"><title>A</title></book><book id="2"><title>B</title></book></catalog>\n')
    w("feed.xml", '<rss><channel><item id="1"><title>T1</title><link>http://example.test/1</link></item>'
                  '<item id="2"><title>T2</title><link>http://example.test/2</link></item></channel></rss>\n')
    w("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>bp7</groupId><artifactId>demo</artifactId>"
                 "<version>1.0</version></project>\n")
    w("deploy.sh", "#!/bin/sh\nset -e\necho deploying\n", 0o644)
    w("bootstrap.sh", "#!/bin/bash\napt-get update\n")
    w("provision.sh", "#!/bin/sh\nuseradd app\necho done\n")
    w("s.py", 'print("hi")\n')
    w("main.go", "package main\n\nfunc main() {}\n")
    w("Makefile", "all:\n\techo hi\n")
    w("style.css", "body {\n  color: red;\n}\n")
    w("src/index.ts", 'const greeting: string = "hi";\nconsole.log(greeting);\n')
    w("src/util.ts", "function add(a: number, b: number): number {\n  return a + b;\n}\nconsole.log(add(1, 2));\n")
    for d in ("web", "api", "packages/core", "app"):
        w(f"{d}/src/index.ts", 'const name: string = "' + d + '";\nconsole.log(name);\n')
    for d in ("tools", "packages/ui", "scripts"):
        os.makedirs(f"{m}/{d}", exist_ok=True)
    w("CMakeLists.txt", "cmake_minimum_required(VERSION 3.10)\nproject(hello C)\nadd_executable(hello main.c)\n")
    w("main.c", "int main(void) { return 0; }\n")
    w("release.tar.gz", "")
    sh("tar czf release.tar.gz notes.md guide.md && sha256sum release.tar.gz > SHA256SUMS", m)
    w("app.conf", "listen 8080\ntimeout 30\nworkers 4\n")
    w("app.conf.new", "listen 8080\ntimeout 60\nworkers 4\n")
    sh("diff -u app.conf app.conf.new > timeout.patch; cp app.conf app.prod.conf; rm app.conf.new", m, check=False)
    w("nginx.conf", "server {\n  listen 80;\n  gzip off;\n}\n")
    w("nginx.conf.new", "server {\n  listen 80;\n  gzip on;\n}\n")
    sh("diff -u nginx.conf nginx.conf.new > gzip.patch; cp nginx.conf nginx.staging.conf; rm nginx.conf.new", m, check=False)
    os.makedirs(f"{m}/roles")
    for h in ("gnupg_empty", "gnupg_keys"):
        os.makedirs(f"{m}/{h}", mode=0o700)


def services_reset():
    """Remove this set's own objects (bp7 prefix) from the local services."""
    keys = sh("redis-cli -h 127.0.0.1 --scan --pattern 'bp7:*'", check=False).stdout.split()
    if keys:
        subprocess.run(["redis-cli", "-h", "127.0.0.1", "DEL"] + keys, capture_output=True)
    roles = sh("psql -h 127.0.0.1 -U postgres -d test -Atc \"select rolname from pg_roles where rolname like 'bp7\\_%'\"",
               check=False).stdout.split()
    for r in roles:
        sh(f"dropuser -h 127.0.0.1 -U postgres {r}", check=False)
    sh("dropdb -h 127.0.0.1 -U postgres --if-exists bp7_analytics", check=False)
    dbs = sh("mariadb -h 127.0.0.1 -u root -N -e \"show databases like 'bp7\\_%'\"", check=False).stdout.split()
    for d in dbs:
        sh(f"mysqladmin -h 127.0.0.1 -u root -f drop {d}", check=False)
    sh("psql -h 127.0.0.1 -U postgres -d test -qc 'drop table if exists bp7_orders, bp7_users, bp7_invoices'", check=False)


def services_setup():
    sh("psql -h 127.0.0.1 -U postgres -d test -qc 'create table bp7_orders(id int primary key, total numeric); "
       "create table bp7_users(id int primary key, email text); create table bp7_invoices(id int, order_id int)'")


def kill_gpg_agents():
    for sc in SCENARIOS:
        for h in ("gnupg_empty", "gnupg_keys"):
            d = f"{FX}/{sc['id']}/{h}"
            if os.path.isdir(d):
                subprocess.run(["gpgconf", "--kill", "all"], env=dict(BASE_ENV, GNUPGHOME=d), capture_output=True)


# ----------------------------------------------------------------------------- running
def run_call(sc, call, sdir):
    for cmd in call.get("_setup", []):
        sh(cmd, sdir)
    env = dict(BASE_ENV)
    for k, v in call.get("_env", {}).items():
        env[k] = v.format(dir=sdir)
    spec = RUNNERS[sc["tool"]](call["params"])
    cwd = sdir
    if isinstance(spec, dict):
        cwd = os.path.join(sdir, spec["cwd"])
        spec = spec["argv"]
    r = subprocess.run(spec, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    out = ANSI.sub("", r.stdout.decode("utf-8", "replace"))
    out = "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()
    return r.returncode, out[:2000]


def main():
    only = None
    show = "--show" in sys.argv
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1]
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    build_master()
    services_reset()
    services_setup()
    out_lines = []
    problems = 0
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            sdir = f"{FX}/{sc['id']}"
            shutil.copytree(MASTER, sdir, symlinks=True)
            for cmd in sc.get("setup", []):
                sh(cmd, sdir)
            fail_re = re.compile(sc["fail_re"])
            err_re = re.compile(sc["err_re"], re.M) if sc.get("err_re") else None
            rec = {k: sc[k] for k in ("id", "category", "tool", "source")}
            for part in ("learn", "repeats", "good"):
                rec[part] = []
                for i, call in enumerate(sc[part]):
                    rc, out = run_call(sc, call, sdir)
                    if show:
                        print(f"--- {sc['id']} {part}[{i}] rc={rc}\n{out}")
                    tag = f"{sc['id']} {part}[{i}] {json.dumps(call['params'])}"
                    if part in ("learn", "repeats"):
                        if not fail_re.search(out):
                            problems += 1
                            print(f"PROBLEM {tag}: expected failure /{sc['fail_re']}/, rc={rc}, got: {out[:300]!r}")
                    else:
                        if rc != 0 or fail_re.search(out) or (err_re and err_re.search(out)):
                            problems += 1
                            print(f"PROBLEM {tag}: good call failed rc={rc}: {out[:300]!r}")
                    item = {"params": call["params"]}
                    if part == "learn":
                        item["error"] = out
                    if "recent_calls" in call:
                        item["recent_calls"] = call["recent_calls"]
                    rec[part].append(item)
            out_lines.append(json.dumps(rec, ensure_ascii=False))
    finally:
        kill_gpg_agents()
        services_reset()
    if not only:
        with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
            f.write("\n".join(out_lines) + "\n")
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
