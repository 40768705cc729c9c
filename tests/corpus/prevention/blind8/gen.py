#!/usr/bin/env python3
"""Build fixtures under /tmp/bp8fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call whose output does not show the scenario's
failure message (fail_re), a good call that fails (non-zero exit / MCP isError) or shows fail_re.

    python3 gen.py [--only ID_SUBSTRING] [--show]
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS  # noqa: E402
from mcpcall import mcp_call  # noqa: E402

FX = "/tmp/bp8fx"
MASTER = f"{FX}/_master"
PY = f"{HERE}/.venv/bin/python"
NPMBIN = f"{HERE}/npm/node_modules/.bin"
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = dict(os.environ)
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
BASE_ENV.pop("GNUPGHOME", None)


def sh(cmd, cwd=None, env=None, check=True):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=env or BASE_ENV, capture_output=True, text=True)
    if check and r.returncode != 0:
        print(f"PROBLEM setup failed: {cmd!r} rc={r.returncode}: {(r.stderr or r.stdout).strip()[:300]}")
    return r


# ----------------------------------------------------------------------------- runners
# Each wrapper tool turns params (and, for stateful SDK/MCP tools, the session's recent calls) into
# one real command line / SDK call / MCP tools/call. Return argv, or ("mcp", argv, name, args, pre_calls)
# or ("sdk", tool).

def r_gcc_compile(p, rc):
    a = ["gcc"]
    if "march" in p:
        a.append(f"-march={p['march']}")
    if "opt_level" in p:
        a.append(f"-O{p['opt_level']}")
    if p.get("compile_only"):
        a.append("-c")
    a += list(p.get("sources", []))
    if "output" in p:
        a += ["-o", p["output"]]
    return a


def r_cmake_configure(p, rc):
    a = ["cmake", "-S", p["source_dir"], "-B", p["build_dir"]]
    if "generator" in p:
        a += ["-G", p["generator"]]
    return a


def r_numfmt_convert(p, rc):
    a = ["numfmt"]
    if "from_unit" in p:
        a.append(f"--from={p['from_unit']}")
    if "to_unit" in p:
        a.append(f"--to={p['to_unit']}")
    return a + [str(p["number"])]


def r_openssl_enc(p, rc):
    return ["openssl", "enc", f"-{p['cipher']}", "-pbkdf2", "-salt", "-in", p["input"], "-out", p["output"], "-pass", "pass:bp8demo"]


def r_openssl_enc_decrypt(p, rc):
    return ["openssl", "enc", "-d", f"-{p['cipher']}", "-pbkdf2", "-in", p["input"], "-out", p["output"], "-pass", "pass:bp8demo"]


def r_rabbitmqctl_list_permissions(p, rc):
    return ["rabbitmqctl", "-q", "list_permissions", "-p", p["vhost"]]


def r_rabbitmqctl_add_vhost(p, rc):
    return ["rabbitmqctl", "-q", "add_vhost"] + ([p["name"]] if "name" in p else []) + \
        (["--description", p["description"]] if "description" in p else [])


def r_rabbitmqctl_add_user(p, rc):
    return ["rabbitmqctl", "-q", "add_user", p["username"], p["password"]]


def r_split_file(p, rc):
    return ["split", "-b", p["bytes"], p["file"], p["prefix"]]


def r_sort_lines(p, rc):
    return ["sort", "-t", p.get("separator", ","), "-k", p["key"], p["file"]]


def r_awk_program(p, rc):
    return ["awk", "-F", p.get("field_separator", ","), p["program"], p["file"]]


def r_base64_decode(p, rc):
    return ["sh", "-c", 'printf %s "$1" | base64 -d', "base64_decode", p["data"]]


def r_cut_fields(p, rc):
    a = ["cut"]
    if "delimiter" in p:
        a += ["-d", p["delimiter"]]
    if "fields" in p:
        a += ["-f", p["fields"]]
    return a + [p["file"]]


def r_sed_edit(p, rc):
    return ["sed", "-i", p["expression"], p["path"]]


def r_lz4_decompress(p, rc):
    return ["lz4", "-d", "-f", p["input"], p["output"]]


def r_psql_execute_file(p, rc):
    return ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", p["database"], "-v", "ON_ERROR_STOP=1", "-q", "-f", p["file"]]


def _gpg(p):
    return ["gpg", "--batch", "--yes"]


def r_gpg_encrypt(p, rc):
    return _gpg(p) + ["--trust-model", "always", "--auto-key-locate", "local", "--recipient", p["recipient"], "--output", p["output"], "--encrypt", p["file"]]


def r_gpg_import(p, rc):
    return _gpg(p) + ["--import", p["file"]]


def r_gpg_delete_key(p, rc):
    return _gpg(p) + ["--delete-keys", p["key"]]


def r_keytool_genkeypair(p, rc):
    return ["keytool", "-genkeypair", "-keystore", p["keystore"], "-storepass", "bp8pass1", "-alias", p["alias"],
            "-keyalg", p.get("keyalg", "RSA"), "-keysize", str(p.get("keysize", 2048)), "-dname", p["dname"], "-validity", "30"]


def r_npm_version(p, rc):
    return {"argv": ["npm", "version", p["new_version"], "--no-fund", "--no-audit"], "cwd": p["cwd"]}


MEM = ["node", f"{HERE}/npm/node_modules/@modelcontextprotocol/server-memory/dist/index.js"]
EVERY = ["node", f"{HERE}/npm/node_modules/@modelcontextprotocol/server-everything/dist/index.js"]


def _fs(sdir):
    return ["node", f"{HERE}/npm/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js", sdir]


def _pre(rc, tools):
    return [(r["tool"], r.get("params", {})) for r in rc if r["tool"] in tools]


def r_add_observations(p, rc):
    return ("mcp", MEM, "add_observations", p, _pre(rc, {"create_entities"}))


def r_create_relations(p, rc):
    return ("mcp", MEM, "create_relations", p, _pre(rc, {"create_entities"}))


def r_echo(p, rc):
    return ("mcp", EVERY, "echo", p, [])


def r_edit_file(p, rc):
    return ("mcp", "FS", "edit_file", p, [])


def r_move_file(p, rc):
    return ("mcp", "FS", "move_file", p, [])


def r_get_file_info(p, rc):
    return ("mcp", "FS", "get_file_info", p, [])


def r_paho_mqtt_publish(p, rc):
    return ("sdk",)


r_pika_queue_bind = r_schedule_meeting = r_create_ticket = r_paho_mqtt_publish

RUNNERS = {k[2:]: v for k, v in list(globals().items()) if k.startswith("r_")}


# ----------------------------------------------------------------------------- fixtures
def w(path, text, mode=None):
    path = os.path.join(MASTER, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    m = MASTER
    w("main.c", '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
    w("util.c", "int add(int a, int b) { return a + b; }\n")
    w("calc.c", "int mul(int a, int b) { return a * b; }\n")
    w("build.py", "import sys\nprint(sys.argv)\n")
    w("deploy.sh", "#!/bin/sh\necho deploy\n")
    w("notes.txt", "alpha\nbeta\ngamma\n")
    w("app/CMakeLists.txt", "cmake_minimum_required(VERSION 3.10)\nproject(app C)\nadd_executable(app main.c)\n")
    w("app/main.c", "int main(void) { return 0; }\n")
    w("lib/CMakeLists.txt", "cmake_minimum_required(VERSION 3.10)\nproject(lib C)\nadd_library(lib STATIC util.c)\n")
    w("lib/util.c", "int add(int a, int b) { return a + b; }\n")
    os.makedirs(f"{m}/tool/src")
    w("tool/src/main.c", "int main(void) { return 0; }\n")
    w("people.csv", "id,name,city\n3,cy,Oslo\n1,ann,Rome\n2,bob,Lima\n")
    w("sales.csv", "region,amount\nnorth,10\nsouth,25\neast,7\n")
    w("access.log", "10.0.0.1 GET /a 200\n10.0.0.2 POST /b 500\n10.0.0.1 GET /c 404\n")
    w("secrets.env", "API_TOKEN=bp8-demo-token\n")
    w("config.yaml", "name: web\nport: 8080\n")
    sh("head -c 300000 /dev/urandom | base64 > big.bin && seq 1 20000 > numbers.txt", m)
    sh("gzip -k notes.txt && lz4 -q notes.txt notes.txt.lz4 && zip -q notes.zip notes.txt && tar czf notes.tgz notes.txt", m)
    sh("openssl enc -aes-256-cbc -pbkdf2 -salt -in secrets.env -out secrets.env.enc -pass pass:bp8demo", m)
    os.makedirs(f"{m}/conf.d")
    w("conf.d/site.conf", "listen 80\n")
    w("docs/readme.md", "# Readme\nversion 1\n")
    w("docs/guide.md", "# Guide\nstep one\n")
    os.makedirs(f"{m}/archive")
    os.makedirs(f"{m}/gnupg", mode=0o700)
    w("pkg/package.json", '{\n  "name": "bp8-pkg",\n  "version": "1.0.0",\n  "private": true\n}\n')
    os.makedirs(f"{m}/nopkg")
    sh("pg_dump -h 127.0.0.1 -U postgres -d test -t bp8_items -Fc -f items.dump && "
       "pg_dump -h 127.0.0.1 -U postgres -d test -t bp8_items -f items.sql && "
       "pg_dump -h 127.0.0.1 -U postgres -d test -t bp8_items -Ft -f items.tar", m)


def services_reset():
    for v in sh("rabbitmqctl -q list_vhosts name", check=False).stdout.split():
        if v.startswith("bp8_"):
            sh(f"rabbitmqctl -q delete_vhost {v}", check=False)
    for u in sh("rabbitmqctl -q list_users --no-table-headers", check=False).stdout.split("\n"):
        if u.startswith("bp8_"):
            sh(f"rabbitmqctl -q delete_user {u.split()[0]}", check=False)
    sh(f"{PY} -c \"import pika; c=pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1'));ch=c.channel();"
       "[ch.exchange_delete(x) for x in ('bp8.orders','bp8.events','bp8.audit')];"
       "[ch.queue_delete(q) for q in ('bp8_orders_q','bp8_events_q','bp8_audit_q')];c.close()\"", check=False)
    sh("psql -h 127.0.0.1 -U postgres -d test -qc 'drop table if exists bp8_items, bp8_items_copy'", check=False)


def services_setup():
    sh("psql -h 127.0.0.1 -U postgres -d test -qc \"create table bp8_items(id int primary key, name text); "
       "insert into bp8_items values (1,'pen'),(2,'cup')\"")


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    env = dict(BASE_ENV)
    for k, v in {**sc.get("env", {}), **call.get("_env", {})}.items():
        env[k] = v.format(dir=sdir)
    for cmd in call.get("_setup", []):
        sh(cmd, sdir, env=env)
    recent = call.get("recent_calls", [])
    spec = RUNNERS[sc["tool"]](call["params"], recent)
    if isinstance(spec, tuple) and spec[0] == "mcp":
        _, argv, name, args, pre = spec
        argv = _fs(sdir) if argv == "FS" else argv
        args = json.loads(json.dumps(args).replace("{dir}", sdir))
        res = mcp_call(argv, pre + [(name, args)], cwd=sdir, env=env)[-1]
        if res is None:
            return 1, "(no response)"
        if "error" in res:
            return 1, _norm(f"MCP error {res['error'].get('code')}: {res['error'].get('message')}")
        r = res["result"]
        text = "\n".join(c.get("text", "") for c in r.get("content", []))
        return (1 if r.get("isError") else 0), _norm(text)
    if isinstance(spec, tuple) and spec[0] == "sdk":
        spec = [PY, f"{HERE}/sdk.py", sc["tool"], json.dumps(call["params"]), json.dumps(recent)]
    cwd = sdir
    if isinstance(spec, dict):
        cwd = os.path.join(sdir, spec["cwd"])
        spec = spec["argv"]
    r = subprocess.run(spec, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    return r.returncode, _norm(r.stdout.decode("utf-8", "replace"))


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    services_reset()
    services_setup()
    build_master()
    out_lines, problems = [], 0
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            sdir = f"{FX}/{sc['id']}"
            shutil.copytree(MASTER, sdir, symlinks=True)
            for cmd in sc.get("setup", []):
                sh(cmd, sdir, env=dict(BASE_ENV, **{k: v.format(dir=sdir) for k, v in sc.get("env", {}).items()}))
            fail_re = re.compile(sc["fail_re"])
            rec = {k: sc[k] for k in ("id", "category", "tool", "source")}
            for part in ("learn", "repeats", "good"):
                rec[part] = []
                for i, call in enumerate(sc[part]):
                    rc, out = run_call(sc, call, sdir)
                    if show:
                        print(f"--- {sc['id']} {part}[{i}] rc={rc}\n{out}")
                    tag = f"{sc['id']} {part}[{i}] {json.dumps(call['params'])}"
                    if part in ("learn", "repeats"):
                        if not fail_re.search(out) or rc == 0:
                            problems += 1
                            print(f"PROBLEM {tag}: expected failure /{sc['fail_re']}/, rc={rc}, got: {out[:300]!r}")
                    elif rc != 0 or fail_re.search(out):
                        problems += 1
                        print(f"PROBLEM {tag}: good call failed rc={rc}: {out[:300]!r}")
                    item = {"params": call["params"]}
                    if part == "learn":
                        item["error"] = out.replace(sdir + "/", "").replace(sdir, ".")
                    if "recent_calls" in call:
                        item["recent_calls"] = call["recent_calls"]
                    rec[part].append(item)
            out_lines.append(json.dumps(rec, ensure_ascii=False))
    finally:
        for sc in SCENARIOS:
            d = f"{FX}/{sc['id']}/gnupg"
            if os.path.isdir(d):
                subprocess.run(["gpgconf", "--kill", "all"], env=dict(BASE_ENV, GNUPGHOME=d), capture_output=True)
        services_reset()
    if not only:
        with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
            f.write("\n".join(out_lines) + "\n")
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
