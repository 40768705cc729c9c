#!/usr/bin/env python3
"""Build fixtures under /tmp/bp10fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re.

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

FX = "/tmp/bp10fx"
MASTER = f"{FX}/_master"
SVNROOT = f"{FX}/svnroot"          # shared read-only repository for svn_checkout (file:// URLs)
VENV = "/work/blind-prev10/.venv/bin"
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL", "SVN_EDITOR")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "USER": "bp10", "HOME": f"{FX}/_home"})
SVN = ["svn", "--non-interactive", "--config-dir", f"{FX}/_home/.subversion"]
MLR = ["mlr", "--icsv", "--ojson"]


def sh(cmd, cwd=None, env=None, check=True):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=env or BASE_ENV, capture_output=True, text=True)
    if check and r.returncode != 0:
        print(f"PROBLEM setup failed: {cmd!r} rc={r.returncode}: {(r.stderr or r.stdout).strip()[:300]}")
    return r


# ----------------------------------------------------------------------------- runners
# Each wrapper tool turns params into one real command line: argv (run in the scenario dir) or
# {"argv", "cwd"}.

def C(p, argv, default="."):
    return {"argv": argv, "cwd": p.get("cwd", default)}


def r_svn_update(p, rc):
    return C(p, SVN + ["update", "-r", str(p["revision"])] + list(p.get("paths", [])), "wc")


def r_svn_cat(p, rc):
    return C(p, SVN + ["cat", p["target"]], "wc")


def r_svn_log(p, rc):
    a = SVN + ["log", "-r", p["revision"]]
    if "limit" in p:
        a += ["-l", str(p["limit"])]
    return C(p, a + list(p.get("paths", [])), "wc")


def r_svn_checkout(p, rc):
    return C(p, SVN + ["checkout", "-q", p["url"], p["path"]])


def r_svn_commit(p, rc):
    a = SVN + ["commit"]
    if "message" in p:
        a += ["-m", p["message"]]
    return C(p, a + list(p.get("paths", [])), "wc")


def r_svn_add(p, rc):
    return C(p, SVN + ["add"] + list(p["paths"]), "wc")


def r_svn_mkdir(p, rc):
    return C(p, SVN + ["mkdir", "-m", p["message"]] + ([p["url"]] if isinstance(p["url"], str) else p["url"]), "wc")


def r_svn_command(p, rc):
    return C(p, SVN[:1] + list(p["args"]), "wc")


def r_svnadmin_create(p, rc):
    a = ["svnadmin", "create"]
    if "fs_type" in p:
        a += ["--fs-type", p["fs_type"]]
    if "compatible_version" in p:
        a += ["--compatible-version", p["compatible_version"]]
    return C(p, a + ([p["path"]] if "path" in p else []))


def r_fossil_update(p, rc):
    return C(p, ["fossil", "update", p["version"]], "fo")


def r_fossil_status(p, rc):
    return C(p, ["fossil", "status"], "fo")


def r_fossil_open(p, rc):
    a = ["fossil", "open", "-k", p["repository"]]
    if "workdir" in p:
        a += ["--workdir", p["workdir"]]
    return C(p, a)


def r_fossil_command(p, rc):
    return C(p, ["fossil"] + list(p["args"]), "fo")


def r_fossil_new(p, rc):
    a = ["fossil", "new"]
    if "admin_user" in p:
        a += ["--admin-user", p["admin_user"]]
    if "project_name" in p:
        a += ["--project-name", p["project_name"]]
    return C(p, a + ([p["filename"]] if "filename" in p else []))


def r_mlr_verb(p, rc):
    return C(p, MLR + [p["verb"]] + list(p.get("args", [])) + [p["file"]])


def r_mlr_filter(p, rc):
    return C(p, MLR + ["filter", p["expression"], p["file"]])


def r_mlr_sort(p, rc):
    a = MLR + ["sort"]
    for f in p.get("fields", []):
        a += ["-f", f]
    for f in p.get("numeric_desc", []):
        a += ["-nr", f]
    return C(p, a + [p["file"]])


def r_sevenzip_extract(p, rc):
    return C(p, ["7z", "x", "-y", "-bd", f"-o{p['output_dir']}", p["archive"]])


def r_sevenzip_add(p, rc):
    return C(p, ["7z", "a", "-bd"] + list(p.get("options", [])) + [p["archive"]] + list(p["files"]))


def r_isort_sort(p, rc):
    a = [f"{VENV}/isort", "-q"]
    if "profile" in p:
        a += ["--profile", p["profile"]]
    if "line_length" in p:
        a += ["--line-length", str(p["line_length"])]
    return C(p, a + list(p["files"]))


def r_sqlfluff_parse(p, rc):
    a = [f"{VENV}/sqlfluff", "parse", "--nocolor"]
    if "dialect" in p:
        a += ["--dialect", p["dialect"]]
    return C(p, a + [p["file"]])


def r_coverage_report(p, rc):
    a = [f"{VENV}/coverage", "report"]
    if "fail_under" in p:
        a.append(f"--fail-under={p['fail_under']}")
    if "precision" in p:
        a.append(f"--precision={p['precision']}")
    return C(p, a)


def r_coverage_run(p, rc):
    return C(p, [f"{VENV}/coverage", "run", p["script"]] + list(p.get("args", [])))


def r_alembic_history(p, rc):
    return C(p, [f"{VENV}/alembic", "history"] + (["--verbose"] if p.get("verbose") else []))


def r_invoke_run(p, rc):
    return C(p, [f"{VENV}/invoke"] + list(p["tasks"]))


RUNNERS = {k[2:]: v for k, v in list(globals().items()) if k.startswith("r_")}


# ----------------------------------------------------------------------------- fixtures
def w(path, text, base=MASTER):
    path = os.path.join(base, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


SVN_REPO = """set -e
svnadmin create {root}
svn mkdir -q -m 'layout' file://{root}/trunk file://{root}/branches file://{root}/tags
svn checkout -q file://{root}/trunk _co && cd _co
printf 'alpha\\n' > a.txt && printf '# shop\\n' > README.md && mkdir src && printf 'print("hi")\\n' > src/main.py
svn add -q a.txt README.md src && svn commit -q -m 'initial import'
printf 'beta\\n' >> a.txt && svn commit -q -m 'update a'
cd .. && rm -rf _co
svn copy -q -m 'tag v1.0' file://{root}/trunk file://{root}/tags/v1.0
svn copy -q -m 'branch dev' file://{root}/trunk file://{root}/branches/dev
"""

def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home/.subversion")
    m = MASTER
    # shared svn repository for checkouts, and a per-scenario copy `repo` + working copy `wc`
    for root in (f"{SVNROOT}/shop", f"{m}/repo"):
        os.makedirs(os.path.dirname(root), exist_ok=True)
        sh(SVN_REPO.format(root=root), os.path.dirname(root))
    sh(f"svn checkout -q file://{m}/repo/trunk wc", m)
    # fossil repo with a tag and a branch, opened in fo/
    sh("fossil new proj.fossil >/dev/null && mkdir fo && cd fo && fossil open ../proj.fossil >/dev/null && "
       "printf 'one\\n' > one.txt && fossil add one.txt >/dev/null && fossil commit -m 'add one' --tag v1.0 >/dev/null && "
       "printf 'two\\n' > two.txt && fossil add two.txt >/dev/null && fossil commit -m 'dev work' --branch dev >/dev/null && "
       "fossil update trunk >/dev/null && cp ../proj.fossil ../other.fossil", m)
    for d in ("plain", "docs", "site", "notes", "build"):
        w(f"{d}/README.md", f"# {d}\n")
    w("people.csv", "id,name,city,age\n1,ann,Rome,34\n2,bob,Lima,27\n3,cy,Oslo,41\n")
    w("orders.csv", "order_id,item,qty,price\n10,pen,3,1.5\n11,cup,1,4.0\n12,ink,2,2.25\n")
    w("notes.txt", "alpha beta gamma\n")
    w("app.py", "import sys\nimport os\n\n\ndef main():\n    return os.getcwd()\n")
    w("util.py", "from collections import OrderedDict\nimport json\n\n\ndef dump(x):\n    return json.dumps(OrderedDict(x))\n")
    w("models.py", "import typing\nimport dataclasses\n\n\n@dataclasses.dataclass\nclass Item:\n    name: typing.Any\n")
    w("cli.py", "import argparse\nimport sys\n\nprint(argparse.__name__, sys.argv[1:])\n")
    w("hello.py", "print('hello')\n")
    w("calc.py", "def add(a, b):\n    return a + b\n\nprint(add(2, 3))\n")
    w("deploy.sh", "#!/bin/sh\nset -e\nfor f in *.txt; do echo \"$f\"; done\n")
    w("build.sh", "#!/bin/bash\nif [ -d dist ]; then rm -rf dist; fi\nmake all\n")
    w("install.sh", "#!/bin/sh\ncase \"$1\" in\n  -y) echo yes ;;\nesac\n")
    w("README.md", "# Title\n\nSome text here.\n")
    w("Makefile", "all:\n\t@echo build\n")
    w("config.yaml", "image: nginx:1.25\nports:\n  - 80:80\n")
    w("queries/users.sql", "SELECT id, name FROM users WHERE id = 1;\n")
    w("queries/orders.sql", "SELECT o.id, sum(o.qty) AS total FROM orders AS o GROUP BY o.id;\n")
    w("queries/report.sql", "SELECT count(*) FROM events;\n")
    w("analytics/.sqlfluff", "[sqlfluff]\ndialect = postgres\n")
    w("analytics/daily.sql", "SELECT date_trunc('day', ts) AS d, count(*) FROM events GROUP BY 1;\n")
    # coverage data in proj/ (a project that ran its tests under coverage)
    w("proj/calc.py", "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n")
    sh(f"{VENV}/coverage run calc.py >/dev/null", f"{m}/proj", env=dict(BASE_ENV))
    w("proj2/mod.py", "x = 1\nprint(x)\n")
    sh(f"{VENV}/coverage run mod.py >/dev/null", f"{m}/proj2", env=dict(BASE_ENV))
    for d in ("app1", "svc", "lib", "worker"):
        w(f"{d}/main.py", "print('x')\n")
    # alembic: initialised in migrations-ready dirs
    os.makedirs(f"{m}/db_app")
    os.makedirs(f"{m}/db_api")
    sh(f"{VENV}/alembic init alembic >/dev/null", f"{m}/db_app")
    sh(f"{VENV}/alembic init migrations >/dev/null", f"{m}/db_api")
    for d in ("backend", "api", "service"):
        w(f"{d}/app.py", "print('x')\n")
    # invoke tasks
    w("tasks_proj/tasks.py", "from invoke import task\n\n\n@task\ndef build(c):\n    print('build')\n\n\n@task\ndef test(c):\n    print('test')\n\n\n@task\ndef clean(c):\n    print('clean')\n")
    for d in ("web", "cli", "pkg"):
        w(f"{d}/setup.cfg", "[metadata]\nname = x\n")
    # archives
    sh("mkdir -p bundle && cp notes.txt people.csv bundle/ && zip -qr docs.zip bundle && 7z a -bd docs.7z bundle >/dev/null && "
       "tar czf docs.tar.gz bundle && tar cf docs.tar bundle && rm -rf bundle", m)


def services_reset():
    pass


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    env = dict(BASE_ENV)
    for cmd in call.get("_setup", []):
        sh(cmd, sdir, env=env)
    recent = call.get("recent_calls", [])
    spec = RUNNERS[sc["tool"]](call["params"], recent)
    if not isinstance(spec, dict):
        spec = {"argv": spec}
    cwd = os.path.join(sdir, spec.get("cwd", "."))
    r = subprocess.run(spec["argv"], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    out = _norm(r.stdout.decode("utf-8", "replace"))
    return r.returncode, out


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    services_reset()
    build_master()
    out_lines, problems = [], 0
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            sdir = f"{FX}/{sc['id']}"
            shutil.copytree(MASTER, sdir, symlinks=True)
            # the copied working copy must point at its own copy of the repository
            sh(f"svn relocate file://{MASTER}/repo file://{sdir}/repo", f"{sdir}/wc")
            for cmd in sc.get("setup", []):
                sh(cmd, sdir)
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
            if not only:  # incremental: partial work stays usable
                with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
                    f.write("\n".join(out_lines) + "\n")
    finally:
        services_reset()
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
