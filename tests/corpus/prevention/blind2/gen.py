"""Generate the held-out prevention scenarios (blind batch 2).

Run:  python gen.py > scenarios.jsonl   (notes/checks go to check.log; the tools it drives are found
through BLIND2_TOOLS, a directory holding node/node_modules (the npm MCP servers), venv/ (mcp-server-git,
pip) and venv-sqlite/ (mcp-server-sqlite); PYTHON is an interpreter with the `mcp` client)
Every `learn` error with source "run: ..." is produced by really running the command here, in a
scratch tree under /tmp/bp2 (its paths appear in the messages). Repeats and good calls are
checked where that is cheap (`verify`): a repeat must fail the same way, a good call must not.
"""
from __future__ import annotations
import json, os, re, shutil, subprocess, sys, time, zipfile

ROOT = "/tmp/bp2"
HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.environ.get("BLIND2_TOOLS", os.path.join(HERE, ".tools"))
PY = os.environ.get("PYTHON", sys.executable)
NODE_MODS = f"{TOOLS}/node/node_modules"
FS_SERVER = ["node", f"{NODE_MODS}/@modelcontextprotocol/server-filesystem/dist/index.js"]
GIT_SERVER = [f"{TOOLS}/venv/bin/mcp-server-git"]
SQLITE_SERVER = [f"{TOOLS}/venv-sqlite/bin/mcp-server-sqlite"]
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
LOG = open(os.path.join(HERE, "check.log"), "w")
ENV = dict(os.environ, GIT_AUTHOR_NAME="Agent", GIT_AUTHOR_EMAIL="agent@example.com",
           GIT_COMMITTER_NAME="Agent", GIT_COMMITTER_EMAIL="agent@example.com",
           GIT_CONFIG_GLOBAL="/tmp/bp2/gitconfig", GIT_CONFIG_NOSYSTEM="1",
           TF_CLI_CONFIG_FILE="/tmp/bp2/empty.tfrc", CLOUDSDK_CONFIG="/tmp/bp2/gcloud",
           AWS_CONFIG_FILE="/tmp/bp2/aws/config", AWS_SHARED_CREDENTIALS_FILE="/tmp/bp2/aws/credentials",
           KUBECONFIG="/tmp/bp2/kube/config", CLOUDSDK_CORE_DISABLE_PROMPTS="1", NO_COLOR="1")
for k in ("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "CLOUDSDK_CORE_PROJECT"):
    ENV.pop(k, None)


def log(*a):
    print(*a, file=LOG, flush=True)


def clean(text: str) -> str:
    text = ANSI.sub("", text)
    lines = text.replace("\r", "").split("\n")
    return "\n".join(l.rstrip() for l in lines).strip()


def sh(cmd: str, cwd: str, timeout: int = 90, env_extra: dict | None = None) -> tuple[int, str]:
    env = dict(ENV, **(env_extra or {}))
    p = subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    err, out = clean(p.stderr), clean(p.stdout)
    return p.returncode, (err if err else out)


def mcp(server: list[str], tool: str, arguments: dict) -> tuple[bool, str]:
    spec = {"command": server[0], "args": server[1:], "tool": tool, "arguments": arguments}
    p = subprocess.run([PY, os.path.join(HERE, "mcpcall.py"), json.dumps(spec)], capture_output=True,
                       text=True, timeout=120, env=ENV)
    if p.returncode != 0:
        raise RuntimeError(f"mcp call failed: {p.stderr[-500:]}")
    res = json.loads(p.stdout)
    return res["isError"], res["text"]


def setup(name: str, script: str = "") -> str:
    d = os.path.join(ROOT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    if script:
        rc, msg = sh(script, d, timeout=180)
        if rc != 0:
            raise RuntimeError(f"setup {name} failed: {msg}")
    return d


SCEN: list[dict] = []


def scenario(id, category, tool, source, learn, repeats, good):
    SCEN.append({"id": id, "category": category, "tool": tool, "source": source,
                 "learn": learn, "repeats": repeats, "good": good})


def item(params, recent=None, error=None):
    d = {"params": params}
    if error is not None:
        d["error"] = error
    if recent:
        d["recent_calls"] = recent
    return d


def bash_learn(cwd, cmds, display=None, recent=None, expect=None, run_prefix="", env_extra=None):
    """Run each command; return learn items. `display` maps run command -> shown command."""
    out = []
    for i, c in enumerate(cmds):
        rc, msg = sh(run_prefix + c, cwd, env_extra=env_extra)
        shown = display[i] if display else c
        if rc == 0 and not (expect and expect in msg):
            log(f"!! learn command succeeded: {c!r}: {msg[:200]}")
        if expect and expect not in msg:
            log(f"!! learn message lacks {expect!r}: {c!r}: {msg[:300]}")
        rec = recent[i] if recent else None
        out.append(item({"command": shown}, rec, msg))
    return out


def verify_bash(cwd, sid, repeats=(), goods=(), expect="", run_prefix="", env_extra=None, fresh=None):
    """Run repeats (must fail with `expect` in the message) and goods (must not contain it)."""
    for c in repeats:
        if fresh: fresh()
        rc, msg = sh(run_prefix + c, cwd, env_extra=env_extra)
        ok = rc != 0 and expect in msg
        log(f"{'ok' if ok else '!!'} {sid} repeat {c!r} rc={rc}: {msg[:160]!r}")
    for c in goods:
        if fresh: fresh()
        rc, msg = sh(run_prefix + c, cwd, env_extra=env_extra)
        ok = expect not in msg
        log(f"{'ok' if ok else '!!'} {sid} good {c!r} rc={rc}: {msg[:160]!r}")


def verify_mcp(server, tool, sid, repeats=(), goods=(), expect=""):
    for a in repeats:
        e, t = mcp(server, tool, a)
        log(f"{'ok' if expect in t else '!!'} {sid} repeat {a} -> {t[:160]!r}")
    for a in goods:
        e, t = mcp(server, tool, a)
        log(f"{'ok' if expect not in t else '!!'} {sid} good {a} -> {t[:160]!r}")


def B(cmd, recent=None):
    return item({"command": cmd}, recent)


# ---------------------------------------------------------------- shared scratch state
def prepare():
    shutil.rmtree(ROOT, ignore_errors=True)
    for d in ("gcloud", "aws", "kube"):
        os.makedirs(os.path.join(ROOT, d))
    open(os.path.join(ROOT, "empty.tfrc"), "w").close()
    open(os.path.join(ROOT, "aws/config"), "w").close()
    open(os.path.join(ROOT, "gitconfig"), "w").write("[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n")


GIT3 = ("git init -q && printf 'print(1)\\n' > app.py && git add . && git commit -qm 'Initial commit' && "
        "git checkout -qb develop && printf 'print(2)\\n' > app.py && git commit -qam 'Develop change' && "
        "git checkout -q main && printf 'debug: false\\n' > config.yaml && git add . && git commit -qm 'Add config' && "
        "git branch -q release/1.0 develop && git -C . checkout -q release/1.0 && printf 'debug: true\\n' > config.yaml && "
        "git add . && git commit -qm 'Release config' && git checkout -q main")

PSQL = 'psql -h 127.0.0.1 -U postgres -d test'
MARIA = 'mariadb -h 127.0.0.1 -u root'


def incorrect_parameter():
    c = "INCORRECT_PARAMETER"
    # terraform: undeclared variable
    d = setup("ip-tf-var", "cat > main.tf <<'X'\nvariable \"region\" { type = string }\nvariable \"instance_count\" { type = number }\n"
              "output \"where\" { value = \"${var.region}/${var.instance_count}\" }\nX")
    learn = bash_learn(d, ["terraform plan -input=false -var region=us-east-1 -var instance_count=2 -var regon=us-west-2",
                           "terraform plan -input=false -var region=us-east-1 -var instance_cnt=3"],
                       expect="undeclared variable")
    rep = ["terraform plan -input=false -var region=eu-west-1 -var instance_count=1 -var regon=eu-central-1",
           "terraform plan -input=false -var region=ap-south-1 -var instance_cnt=5",
           "terraform apply -input=false -auto-approve -var instance_count=4 -var regon=ap-south-1"]
    good = ["terraform plan -input=false -var region=eu-west-1 -var instance_count=3",
            "terraform apply -input=false -auto-approve -var region=us-east-2 -var instance_count=1"]
    verify_bash(d, "ip-tf-var", rep, good, "undeclared variable")
    scenario("ip-terraform-undeclared-var", c, "Bash", "run: terraform plan -var <undeclared name>=... (Terraform v1.11.4, local config declaring region and instance_count)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    # gcloud: no such property
    d = setup("ip-gcloud-prop")
    learn = bash_learn(d, ["gcloud config set compute/zonee us-east1-b", "gcloud config set compute/regoin us-east1"],
                       expect="has no property")
    rep = ["gcloud config set compute/zonee europe-west1-c", "gcloud config set compute/regoin asia-northeast1",
           "gcloud config set compute/zones us-central1-a"]
    good = ["gcloud config set compute/zone us-central1-a", "gcloud config set compute/region europe-west1"]
    verify_bash(d, "ip-gcloud-prop", rep, good, "has no property")
    scenario("ip-gcloud-config-unknown-property", c, "Bash", "run: gcloud config set compute/<misspelled property> (Google Cloud SDK 528.0.0)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    # pip: version that does not exist
    d = setup("ip-pip")
    pipc = f"{TOOLS}/venv/bin/python -m pip install --dry-run --no-deps "
    learn = bash_learn(d, [pipc + "requests==9.99.0", pipc + "requests==2.99.1"],
                       display=["pip install requests==9.99.0", "pip install requests==2.99.1"],
                       expect="Could not find a version")
    for L in learn:  # drop the machine's index-location warning line
        L["error"] = "\n".join(l for l in L["error"].split("\n") if "is ignored: it is neither" not in l)
    rep = ["requests==3.0.0", "requests==2.40.0", "'requests==12.1'"]
    good = ["requests==2.32.3", "'requests>=2.31,<3'"]
    verify_bash(d, "ip-pip", [pipc + x for x in rep], [pipc + x for x in good], "Could not find a version")
    scenario("ip-pip-version-not-found", c, "Bash", "run: pip install requests==<nonexistent version> (pip with --dry-run in a scratch venv; shown without it)",
             learn, [B("pip install " + x) for x in rep], [B("pip install " + x) for x in good])

    # npm: version that does not exist
    d = setup("ip-npm", "npm init -y >/dev/null")
    learn = bash_learn(d, ["npm install lodash@9.9.9", "npm install lodash@5.0.0"], expect="No matching version")
    rep = ["npm install lodash@6.1.0", "npm install lodash@10.0.0 --save-exact", "npm install --save-dev lodash@7.0.0"]
    good = ["npm install lodash@4.17.21", "npm install lodash@^4.17.0"]
    verify_bash(d, "ip-npm", rep[:1], [], "No matching version")
    scenario("ip-npm-version-notarget", c, "Bash", "run: npm install lodash@<nonexistent version> (npm against its configured registry)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    # sqlite MCP: no such column
    d = setup("ip-sqlite")
    srv = SQLITE_SERVER + ["--db-path", f"{d}/app.db"]
    mcp(srv, "create_table", {"query": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, created_at TEXT)"})
    mcp(srv, "write_query", {"query": "INSERT INTO users (email, created_at) VALUES ('a@example.com', '2026-11-30')"})
    qs = ["SELECT id, emial FROM users", "SELECT id FROM users WHERE user_email = 'a@example.com'"]
    learn = [item({"query": q}, ["list_tables"], mcp(srv, "read_query", {"query": q})[1]) for q in qs]
    rep = [{"query": "SELECT emial, created_at FROM users ORDER BY created_at DESC LIMIT 10"},
           {"query": "SELECT COUNT(*) FROM users WHERE emial LIKE '%@example.com'"},
           {"query": "SELECT user_email FROM users"}]
    good = [{"query": "SELECT id, email FROM users"}, {"query": "SELECT COUNT(*) FROM users WHERE email LIKE '%@example.com'"}]
    verify_mcp(srv, "read_query", "ip-sqlite", rep, good, "no such column")
    scenario("ip-sqlite-mcp-no-such-column", c, "read_query", "run: mcp-server-sqlite 2025.4.25 read_query with a misspelled column",
             learn, [item(r, ["list_tables"]) for r in rep], [item(g, ["list_tables"]) for g in good])

    # psql: column does not exist (with HINT)
    d = setup("ip-psql-col")
    learn = bash_learn(d, [f'{PSQL} -c "SELECT pid, usename, application_nam FROM pg_stat_activity"',
                           f'{PSQL} -c "SELECT datname, state FROM pg_stat_activity WHERE stat = \'active\'"'],
                       expect="does not exist")
    rep = [f'{PSQL} -c "SELECT application_nam, count(*) FROM pg_stat_activity GROUP BY 1"',
           f'{PSQL} -c "SELECT pid FROM pg_stat_activity WHERE stat = \'idle\'"',
           f'{PSQL} -c "SELECT usename, application_nam, state FROM pg_stat_activity ORDER BY usename"']
    good = [f'{PSQL} -c "SELECT application_name, count(*) FROM pg_stat_activity GROUP BY 1"',
            f'{PSQL} -c "SELECT pid FROM pg_stat_activity WHERE state = \'idle\'"']
    verify_bash(d, "ip-psql-col", rep, good, "does not exist")
    scenario("ip-psql-column-does-not-exist", c, "Bash", "run: psql (PostgreSQL at 127.0.0.1:5432, db test) selecting a misspelled column of pg_stat_activity",
             learn, [B(x) for x in rep], [B(x) for x in good])

    # mariadb: unknown database
    d = setup("ip-maria")
    learn = bash_learn(d, [f'{MARIA} -D app_prod -e "SELECT COUNT(*) FROM orders"', f'{MARIA} app_prod -e "SHOW TABLES"'],
                       expect="Unknown database")
    rep = [f'{MARIA} -D app_prod -e "SELECT * FROM users LIMIT 5"', f'{MARIA} app_prod -e "DESCRIBE orders"',
           f'mysql -h 127.0.0.1 -u root -D app_prod -e "SELECT MAX(id) FROM orders"']
    good = [f'{MARIA} -e "SHOW DATABASES"', f'{MARIA} -D mysql -e "SELECT COUNT(*) FROM user"']
    verify_bash(d, "ip-maria", rep, good, "Unknown database")
    scenario("ip-mariadb-unknown-database", c, "Bash", "run: mariadb -h 127.0.0.1 -u root -D <database that does not exist> (MariaDB client)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    # redis: invalid enum value for CONFIG SET (throwaway server on a private port)
    d = setup("ip-redis")
    srv = subprocess.Popen(["redis-server", "--port", "6397", "--save", "", "--appendonly", "no"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.7)
        cmds = ["redis-cli CONFIG SET maxmemory-policy allkeys-lr", "redis-cli CONFIG SET maxmemory-policy lru"]
        learn = bash_learn(d, [x.replace("redis-cli", "redis-cli -p 6397") for x in cmds], display=cmds,
                           expect="must be one of")
        rep = ["redis-cli CONFIG SET maxmemory-policy volatile-lfuu", "redis-cli CONFIG SET maxmemory-policy least-recently-used",
               "redis-cli CONFIG SET maxmemory-policy allkeys_lru"]
        good = ["redis-cli CONFIG SET maxmemory-policy allkeys-lru", "redis-cli CONFIG SET maxmemory-policy volatile-ttl"]
        verify_bash(d, "ip-redis", [x.replace("redis-cli", "redis-cli -p 6397") for x in rep],
                    [x.replace("redis-cli", "redis-cli -p 6397") for x in good], "must be one of")
    finally:
        srv.terminate(); srv.wait()
    scenario("ip-redis-config-invalid-choice", c, "Bash", "run: redis-cli CONFIG SET maxmemory-policy <invalid> against a throwaway redis-server (port 6397; shown without -p)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    # kubectl: invalid output format (client side, --dry-run=client)
    d = setup("ip-kubectl-o")
    learn = bash_learn(d, ["kubectl create deployment web --image=nginx:1.27 --dry-run=client -o yml",
                           "kubectl create configmap app-config --from-literal=LOG_LEVEL=info --dry-run=client -o yamll"],
                       expect="unable to match a printer")
    rep = ["kubectl create deployment api --image=ghcr.io/acme/api:2.3.1 --dry-run=client -o yml",
           "kubectl create secret generic db-creds --from-literal=user=app --dry-run=client -o jsn",
           "kubectl create service clusterip web --tcp=80:8080 --dry-run=client -o ymal"]
    good = ["kubectl create deployment api --image=ghcr.io/acme/api:2.3.1 --dry-run=client -o yaml",
            "kubectl create configmap app-config --from-literal=LOG_LEVEL=debug --dry-run=client -o json"]
    verify_bash(d, "ip-kubectl-o", rep, good, "unable to match a printer")
    scenario("ip-kubectl-output-format", c, "Bash", "run: kubectl create ... --dry-run=client -o <invalid format> (kubectl v1.32.4, client only)",
             learn, [B(x) for x in rep], [B(x) for x in good])


def parameter_format():
    c = "PARAMETER_FORMAT"
    d = setup("pf-psql-date")
    q = lambda v: f'{PSQL} -c "SELECT count(*) FROM pg_stat_activity WHERE backend_start > \'{v}\'"'
    learn = bash_learn(d, [q("2026-13-01"), q("2026-02-30")], expect="out of range")
    rep = [q("2026-04-31"), q("2025-00-15"), q("2026-11-32")]
    good = [q("2026-11-30"), q("2026-02-28")]
    verify_bash(d, "pf-psql-date", rep, good, "out of range")
    scenario("pf-psql-date-out-of-range", c, "Bash", "run: psql (PostgreSQL at 127.0.0.1:5432, db test) comparing a timestamp with an impossible date literal",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("pf-kubectl-int")
    learn = bash_learn(d, ["kubectl scale deployment web --replicas=three", "kubectl scale deployment/api --replicas=2.5"],
                       expect="invalid argument")
    rep = ["kubectl scale deployment worker --replicas=two", "kubectl scale deployment/web --replicas=1.5 -n staging",
           "kubectl scale statefulset db --replicas=five"]
    good = ["kubectl scale deployment worker --replicas=2", "kubectl scale deployment/web --replicas=0 -n staging"]
    verify_bash(d, "pf-kubectl-int", rep, [], "invalid argument")
    scenario("pf-kubectl-replicas-not-int", c, "Bash", "run: kubectl scale --replicas=<non-integer> (kubectl v1.32.4; flag parsing fails before any API call)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("pf-docker-mem")
    learn = bash_learn(d, ["docker run -d --memory 512q nginx:1.27", "docker run --rm -m 1.5x python:3.12 python app.py"],
                       expect="invalid argument")
    rep = ["docker run -d --memory 256z redis:7", "docker run --rm -m 2gg alpine:3.20 sh -c 'echo hi'",
           "docker run -d --memory 1o postgres:16"]
    good = ["docker run -d --memory 512m nginx:1.27", "docker run --rm -m 2g python:3.12 python app.py"]
    verify_bash(d, "pf-docker-mem", rep, good, "invalid argument")
    scenario("pf-docker-memory-size", c, "Bash", "run: docker run --memory <size with invalid suffix> (Docker CLI 28.2.2; flag parsing fails before the daemon is contacted)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("pf-fs-head", "mkdir -p app/src app/logs && printf 'line\\n%.0s' $(seq 1 200) > app/logs/server.log && "
              "printf 'import os\\nprint(os.getcwd())\\n' > app/src/main.py && printf '# App\\n' > app/README.md")
    srv = FS_SERVER + [d]
    args = [{"path": f"{d}/app/logs/server.log", "tail": "20"}, {"path": f"{d}/app/src/main.py", "head": "10"}]
    learn = [item(a, ["list_directory"], mcp(srv, "read_text_file", a)[1]) for a in args]
    rep = [{"path": f"{d}/app/logs/server.log", "head": "50"}, {"path": f"{d}/app/README.md", "tail": "5"},
           {"path": f"{d}/app/src/main.py", "head": "100"}]
    good = [{"path": f"{d}/app/logs/server.log", "tail": 20}, {"path": f"{d}/app/README.md", "head": 5},
            {"path": f"{d}/app/src/main.py"}]
    verify_mcp(srv, "read_text_file", "pf-fs-head", rep, good, "Invalid arguments")
    scenario("pf-fs-mcp-head-tail-string", c, "read_text_file", "run: @modelcontextprotocol/server-filesystem read_text_file with head/tail given as strings",
             learn, [item(r, ["list_directory"]) for r in rep], [item(g, ["list_directory"]) for g in good])

    d = setup("pf-git-log-n", GIT3)
    args = [{"repo_path": d, "max_count": "five"}, {"repo_path": d, "max_count": "all"}]
    learn = [item(a, ["git_status"], mcp(GIT_SERVER, "git_log", a)[1]) for a in args]
    rep = [{"repo_path": d, "max_count": "ten"}, {"repo_path": d, "max_count": "last 3"}, {"repo_path": d, "max_count": "20 commits"}]
    good = [{"repo_path": d, "max_count": 5}, {"repo_path": d, "max_count": 20}, {"repo_path": d}]
    verify_mcp(GIT_SERVER, "git_log", "pf-git-log-n", rep, good, "validation error")
    scenario("pf-git-mcp-max-count-not-int", c, "git_log", "run: mcp-server-git 2026.10.19 git_log with a non-numeric max_count",
             learn, [item(r, ["git_status"]) for r in rep], [item(g, ["git_status"]) for g in good])

    d = setup("pf-git-flag", GIT3)
    learn = bash_learn(d, ["git log --onelin -5", "git log --one-line --graph"], expect="unrecognized argument")
    rep = ["git log --oneine -10", "git log --onelien --decorate", "git log --oneline --graphh"]
    good = ["git log --oneline -10", "git log --oneline --graph --decorate"]
    verify_bash(d, "pf-git-flag", rep, good, "unrecognized argument")
    scenario("pf-git-log-unrecognized-option", c, "Bash", "run: git log --<misspelled option> (git, scratch repository)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("pf-aws-int")
    learn = bash_learn(d, ["aws s3api list-objects-v2 --bucket acme-artifacts --max-keys ten",
                           "aws s3api list-objects-v2 --bucket acme-logs --prefix 2026/11/ --max-keys 1k"],
                       expect="invalid literal")
    rep = ["aws s3api list-objects-v2 --bucket acme-backups --max-keys hundred",
           "aws s3api list-objects-v2 --bucket acme-logs --max-keys 10k", "aws s3api list-objects-v2 --bucket acme-artifacts --max-keys all"]
    good = ["aws s3api list-objects-v2 --bucket acme-backups --max-keys 100 --region us-east-1",
            "aws s3api list-objects-v2 --bucket acme-logs --prefix 2026/11/ --max-keys 1000 --region us-east-1"]
    verify_bash(d, "pf-aws-int", rep, good, "invalid literal")
    scenario("pf-aws-max-keys-not-int", c, "Bash", "run: aws s3api list-objects-v2 --max-keys <non-integer> (aws-cli 1.45.11; argument parsing fails before any request)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("pf-gcloud-int")
    learn = bash_learn(d, ["gcloud compute instances list --project acme-prod --limit=abc",
                           "gcloud compute instances list --project acme-prod --limit=ten"], expect="must be an integer")
    rep = ["gcloud compute instances list --project acme-dev --limit=all", "gcloud compute instances list --project acme-prod --limit=five --format=json",
           "gcloud compute instances list --project acme-prod --limit=1e3"]
    good = ["gcloud compute instances list --project acme-dev --limit=5", "gcloud compute instances list --project acme-prod --limit=50 --format=json"]
    verify_bash(d, "pf-gcloud-int", rep, [], "must be an integer")
    scenario("pf-gcloud-limit-not-int", c, "Bash", "run: gcloud compute instances list --limit=<non-integer> (Google Cloud SDK 528.0.0)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("pf-tf-num", "cat > main.tf <<'X'\nvariable \"region\" { type = string }\nvariable \"instance_count\" { type = number }\n"
              "output \"where\" { value = \"${var.region}/${var.instance_count}\" }\nX")
    learn = bash_learn(d, ["terraform plan -input=false -var region=us-east-1 -var instance_count=two",
                           "terraform plan -input=false -var region=us-east-1 -var 'instance_count=3 nodes'"], expect="a number is required")
    rep = ["terraform plan -input=false -var region=eu-west-1 -var instance_count=three",
           "terraform apply -input=false -auto-approve -var region=us-west-2 -var instance_count=four",
           "terraform plan -input=false -var region=us-east-1 -var instance_count=2x"]
    good = ["terraform plan -input=false -var region=eu-west-1 -var instance_count=3",
            "terraform apply -input=false -auto-approve -var region=us-west-2 -var instance_count=4"]
    verify_bash(d, "pf-tf-num", rep, good, "a number is required")
    scenario("pf-terraform-number-variable", c, "Bash", "run: terraform plan -var instance_count=<not a number> (Terraform v1.11.4, variable of type number)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    def stripe_err(v):
        return json.dumps({"error": {"code": "parameter_invalid_integer", "doc_url": "https://stripe.com/docs/error-codes/parameter-invalid-integer",
                                     "message": f"Invalid integer: {v}", "param": "amount", "type": "invalid_request_error"}}, indent=2)
    learn = [item({"amount": 19.99, "currency": "usd"}, ["stripe_create_customer"], stripe_err("19.99")),
             item({"amount": 1250.5, "currency": "eur", "customer": "cus_R4kM2xYq8TnB1a"}, None, stripe_err("1250.5"))]
    rep = [item({"amount": 49.95, "currency": "usd"}), item({"amount": 7.5, "currency": "gbp", "customer": "cus_Q9vL3sWd0PzE7c"}),
           item({"amount": 99.0, "currency": "usd", "description": "Pro plan, monthly"})]
    good = [item({"amount": 1999, "currency": "usd"}), item({"amount": 750, "currency": "gbp", "customer": "cus_Q9vL3sWd0PzE7c"})]
    scenario("pf-stripe-amount-not-integer", c, "stripe_create_payment_intent",
             "documented: Stripe API 400 invalid_request_error body (code parameter_invalid_integer, 'Invalid integer: <v>', param amount) as quoted in stripe/stripe-cli#585, stripe-samples/react-elements-netlify-serverless#4, Debetux/opencart-stripe#10",
             learn, rep, good)


def missing_parameter():
    c = "MISSING_PARAMETER"
    d = setup("mp-kubectl-image")
    learn = bash_learn(d, ["kubectl create deployment web", "kubectl create deployment api --replicas=2 -n staging"],
                       expect="required flag")
    rep = ["kubectl create deployment worker -n jobs", "kubectl create deployment frontend --port=3000",
           "kubectl create deployment cache --replicas=3"]
    good = ["kubectl create deployment worker -n jobs --image=ghcr.io/acme/worker:1.4.0 --dry-run=client -o yaml",
            "kubectl create deployment frontend --image=nginx:1.27 --port=3000 --dry-run=client"]
    verify_bash(d, "mp-kubectl-image", rep, good, "required flag")
    scenario("mp-kubectl-create-deployment-image", c, "Bash", "run: kubectl create deployment NAME without --image (kubectl v1.32.4)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("mp-fs-write", "mkdir -p app/src app/docs")
    srv = FS_SERVER + [d]
    args = [{"path": f"{d}/app/src/config.py"}, {"path": f"{d}/app/docs/CHANGELOG.md", "contents": "## 1.2.0\n- fix login\n"}]
    learn = [item(a, ["list_directory"], mcp(srv, "write_file", a)[1]) for a in args]
    rep = [{"path": f"{d}/app/src/utils.py"}, {"path": f"{d}/app/docs/notes.md", "text": "draft"},
           {"path": f"{d}/app/.env.example", "data": "PORT=8080\n"}]
    good = [{"path": f"{d}/app/src/utils.py", "content": "def add(a, b):\n    return a + b\n"},
            {"path": f"{d}/app/docs/notes.md", "content": "draft\n"}]
    verify_mcp(srv, "write_file", "mp-fs-write", rep, good, "Invalid arguments")
    scenario("mp-fs-mcp-write-file-no-content", c, "write_file", "run: @modelcontextprotocol/server-filesystem write_file without `content` (or with a wrongly named field instead)",
             learn, [item(r, ["list_directory"]) for r in rep], [item(g, ["list_directory"]) for g in good])

    d = setup("mp-git-commit", GIT3 + " && printf 'x\\n' >> app.py && git add app.py")
    args = [{"repo_path": d}, {"repo_path": d, "msg": "Fix login redirect"}]
    learn = [item(a, ["git_add"], mcp(GIT_SERVER, "git_commit", a)[1]) for a in args]
    rep = [{"repo_path": d, "commit_message": "Add retry to fetch"}, {"repo_path": d, "title": "Bump version"}]
    good = [{"repo_path": d, "message": "Add retry to fetch"}]
    verify_mcp(GIT_SERVER, "git_commit", "mp-git-commit", rep, [], "Field required")
    scenario("mp-git-mcp-commit-no-message", c, "git_commit", "run: mcp-server-git 2026.10.19 git_commit without `message`",
             learn, [item(r, ["git_add"]) for r in rep], [item(g, ["git_add"]) for g in good] + [item({"repo_path": d, "message": "Bump version to 1.4.0"}, ["git_add"])])

    d = setup("mp-docker-image")
    learn = bash_learn(d, ["docker run -d -p 8080:80", "docker run --rm -it -v $PWD:/app -w /app"], expect="requires at least 1 argument")
    rep = ["docker run -d --name web -p 80:80", "docker run --rm -e DEBUG=1", "docker run -it --network host"]
    good = ["docker run -d --name web -p 80:80 nginx:1.27", "docker run --rm -e DEBUG=1 python:3.12 python -V"]
    verify_bash(d, "mp-docker-image", rep, good, "requires at least 1 argument")
    scenario("mp-docker-run-no-image", c, "Bash", "run: docker run with options but no IMAGE (Docker CLI 28.2.2)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("mp-aws-outfile")
    learn = bash_learn(d, ["aws s3api get-object --bucket acme-artifacts --key builds/app-1.4.0.tar.gz"], expect="required")
    rep = ["aws s3api get-object --bucket acme-logs --key 2026/11/30/app.log",
           "aws s3api get-object --bucket acme-config --key prod/settings.json --region eu-west-1"]
    good = ["aws s3api get-object --bucket acme-logs --key 2026/11/30/app.log app.log",
            "aws s3api get-object --bucket acme-config --key prod/settings.json --region eu-west-1 settings.json"]
    verify_bash(d, "mp-aws-outfile", rep, good, "required")
    scenario("mp-aws-get-object-no-outfile", c, "Bash", "run: aws s3api get-object without the positional outfile (aws-cli 1.45.11)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("mp-gcloud-name")
    learn = bash_learn(d, ["gcloud compute instances create --project acme-dev --zone us-central1-a --machine-type e2-small"],
                       expect="Must be specified")
    rep = ["gcloud compute instances create --project acme-prod --zone europe-west1-b --machine-type e2-medium --image-family debian-12 --image-project debian-cloud",
           "gcloud compute instances create --zone us-east1-c"]
    good = ["gcloud compute instances create web-1 --project acme-prod --zone europe-west1-b --machine-type e2-medium",
            "gcloud compute instances create build-runner --zone us-east1-c"]
    verify_bash(d, "mp-gcloud-name", rep, [], "Must be specified")
    scenario("mp-gcloud-instance-name", c, "Bash", "run: gcloud compute instances create without INSTANCE_NAMES (Google Cloud SDK 528.0.0)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("mp-tf-import", "printf 'resource \"terraform_data\" \"web\" {}\\n' > main.tf")
    learn = bash_learn(d, ["terraform import aws_instance.web", "terraform import aws_s3_bucket.logs"], expect="expects two arguments")
    rep = ["terraform import aws_security_group.web_sg", "terraform import module.vpc.aws_vpc.main",
           "terraform import 'aws_iam_role.ci'"]
    good = ["terraform import aws_security_group.web_sg sg-0a1b2c3d4e5f67890", "terraform import module.vpc.aws_vpc.main vpc-0123456789abcdef0"]
    verify_bash(d, "mp-tf-import", rep, [], "expects two arguments")
    scenario("mp-terraform-import-one-argument", c, "Bash", "run: terraform import ADDR without the resource ID (Terraform v1.11.4)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("mp-npm-uninstall", "npm init -y >/dev/null")
    learn = bash_learn(d, ["npm uninstall", "npm uninstall --save-dev"], expect="Must provide a package name")
    rep = ["npm uninstall --save", "npm rm", "npm uninstall -D"]
    good = ["npm uninstall lodash", "npm uninstall --save-dev jest"]
    verify_bash(d, "mp-npm-uninstall", rep, [], "Must provide a package name")
    scenario("mp-npm-uninstall-no-package", c, "Bash", "run: npm uninstall with no package name (npm 10/11 as installed)",
             learn, [B(x) for x in rep], [B(x) for x in good])

    def stripe_missing(p):
        return json.dumps({"error": {"code": "parameter_missing", "doc_url": "https://stripe.com/docs/error-codes/parameter-missing",
                                     "message": f"Missing required param: {p}.", "param": p, "type": "invalid_request_error"}}, indent=2)
    learn = [item({"amount": 2000}, None, stripe_missing("currency")),
             item({"amount": 4500, "customer": "cus_R4kM2xYq8TnB1a", "description": "Order #1042"}, ["stripe_create_customer"], stripe_missing("currency"))]
    rep = [item({"amount": 990}), item({"amount": 12000, "description": "Pro plan, annual"}),
           item({"amount": 3500, "customer": "cus_Q9vL3sWd0PzE7c", "receipt_email": "ops@example.com"})]
    good = [item({"amount": 990, "currency": "usd"}), item({"amount": 12000, "currency": "eur", "description": "Pro plan, annual"})]
    scenario("mp-stripe-missing-currency", c, "stripe_create_payment_intent",
             "documented: Stripe API 400 invalid_request_error (code parameter_missing, 'Missing required param: currency.'), message text found verbatim in public Stripe integration code/notes and test suites (find_string)",
             learn, rep, good)

    jira = json.dumps({"errorMessages": [], "errors": {"summary": "You must specify a summary of the issue."}})
    learn = [item({"project": "OPS", "issuetype": "Bug", "description": "Login fails with 500 after deploy"}, None, jira),
             item({"project": "PLAT", "issuetype": "Task", "description": "Rotate staging DB credentials", "priority": "High"}, None, jira)]
    rep = [item({"project": "OPS", "issuetype": "Incident", "description": "Checkout latency above 2s"}),
           item({"project": "WEB", "issuetype": "Story", "description": "Add dark mode toggle", "labels": ["ui"]}),
           item({"project": "PLAT", "issuetype": "Bug", "summary": "", "description": "Nightly backup job skipped"})]
    good = [item({"project": "OPS", "issuetype": "Incident", "summary": "Checkout latency above 2s", "description": "p95 since 09:00"}),
            item({"project": "WEB", "issuetype": "Story", "summary": "Dark mode toggle", "labels": ["ui"]})]
    scenario("mp-jira-create-issue-no-summary", c, "jira_create_issue",
             "documented: Jira REST POST /rest/api/2/issue 400 body {errorMessages: [], errors: {summary: 'You must specify a summary of the issue.'}} (text found verbatim in many public Jira client tests and fakes via find_string; body shape is Jira's standard errorMessages/errors)",
             learn, rep, good)

    slack = "The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'no_text'}"
    learn = [item({"channel": "C04QX8ZB3LM"}, ["slack_list_channels"], slack),
             item({"channel": "C01DEPLOYS9", "username": "deploy-bot", "icon_emoji": ":rocket:"}, None, slack)]
    rep = [item({"channel": "C07ALERTS2K"}), item({"channel": "C01DEPLOYS9", "thread_ts": "1764590000.123456"}),
           item({"channel": "C04QX8ZB3LM", "username": "ci-bot"})]
    good = [item({"channel": "C07ALERTS2K", "text": "Disk usage on db-1 is at 91%"}),
            item({"channel": "C01DEPLOYS9", "thread_ts": "1764590000.123456", "text": "Deploy finished"})]
    scenario("mp-slack-post-message-no-text", c, "slack_post_message",
             "documented: Slack Web API chat.postMessage error `no_text` (api.slack.com/methods/chat.postMessage errors table), in the slack_sdk SlackApiError wording (wording from the helper's knowledge; the API page was found, the excerpt did not show the errors table)",
             learn, rep, good)


def missing_prerequisite():
    c = "MISSING_PREREQUISITE"
    d = setup("mpr-git-norepo", "mkdir -p newsvc && printf 'print(1)\\n' > newsvc/main.py")
    w = os.path.join(d, "newsvc")
    learn = bash_learn(w, ["git status", "git log --oneline -5"], recent=[["mkdir newsvc", "Write"], ["Write", "ls"]],
                       expect="not a git repository")
    rep = ["git rev-parse --abbrev-ref HEAD", "git add -A", "git branch -a"]
    verify_bash(w, "mpr-git-norepo", rep, [], "not a git repository")
    scenario("mpr-git-not-a-repository", c, "Bash", "run: git status / git log in a directory that is not a git repository (git)",
             learn, [B(x, ["mkdir newsvc", "Write"]) for x in rep],
             [B("git status", ["mkdir newsvc", "git init"]), B("git add -A", ["git init", "Write"]),
              B("git log --oneline -5", ["git clone https://github.com/acme/newsvc.git", "cd newsvc"])])

    d = setup("mpr-npm-nopkg", "mkdir -p web/src && printf 'console.log(1)\\n' > web/src/index.js")
    w = os.path.join(d, "web")
    learn = bash_learn(w, ["npm run build", "npm test"], expect="ENOENT")
    rep = ["npm run lint", "npm start", "npm run dev"]
    verify_bash(w, "mpr-npm-nopkg", rep, [], "ENOENT")
    scenario("mpr-npm-no-package-json", c, "Bash", "run: npm run build / npm test in a directory without package.json",
             learn, [B(x, ["Write"]) for x in rep],
             [B("npm run build", ["npm init -y", "npm install --save-dev vite"]), B("npm test", ["npm init -y", "Edit"])])

    d = setup("mpr-cargo", "mkdir -p tool/src && printf 'fn main() {}\\n' > tool/src/main.rs")
    w = os.path.join(d, "tool")
    learn = bash_learn(w, ["cargo build", "cargo test"], expect="could not find `Cargo.toml`")
    rep = ["cargo run", "cargo build --release", "cargo clippy"]
    verify_bash(w, "mpr-cargo", rep[:2], [], "could not find `Cargo.toml`")
    scenario("mpr-cargo-no-manifest", c, "Bash", "run: cargo build / cargo test in a directory without Cargo.toml (cargo as installed under ~/.cargo)",
             learn, [B(x, ["Write"]) for x in rep],
             [B("cargo build", ["cargo init", "Edit"]), B("cargo run", ["cargo new tool", "cd tool"])])

    d = setup("mpr-tf-init", "cat > main.tf <<'X'\nterraform {\n  required_providers {\n    random = { source = \"hashicorp/random\", version = \"~> 3.6\" }\n  }\n}\n"
              "resource \"random_pet\" \"name\" {}\nX")
    learn = bash_learn(d, ["terraform plan -input=false", "terraform apply -input=false -auto-approve"], expect="terraform init")
    rep = ["terraform plan -input=false -out=tfplan", "terraform validate", "terraform apply -input=false -auto-approve -var env=dev"]
    verify_bash(d, "mpr-tf-init", rep, [], "terraform init")
    scenario("mpr-terraform-not-initialised", c, "Bash", "run: terraform plan / apply before terraform init in a config that requires a provider (Terraform v1.11.4)",
             learn, [B(x, ["Write"]) for x in rep],
             [B("terraform plan -input=false", ["Write", "terraform init"]), B("terraform validate", ["terraform init -upgrade"])])

    d = setup("mpr-psql-schema")
    learn = bash_learn(d, [f'{PSQL} -c "CREATE TABLE analytics.events (id bigserial PRIMARY KEY, name text NOT NULL, at timestamptz DEFAULT now())"',
                           f'{PSQL} -c "CREATE TABLE analytics.sessions (id uuid PRIMARY KEY, user_id bigint)"'],
                       expect="does not exist")
    rep = [f'{PSQL} -c "CREATE TABLE analytics.page_views (id bigserial PRIMARY KEY, path text)"',
           f'{PSQL} -c "CREATE VIEW analytics.daily_events AS SELECT 1 AS n"',
           f'{PSQL} -c "CREATE TABLE analytics.funnels (id serial PRIMARY KEY, steps jsonb)"']
    verify_bash(d, "mpr-psql-schema", rep, [], "does not exist")
    scenario("mpr-psql-schema-not-created", c, "Bash", "run: psql CREATE TABLE in schema analytics before CREATE SCHEMA (PostgreSQL at 127.0.0.1:5432, db test)",
             learn, [B(x) for x in rep],
             [B(rep[0]["command"] if isinstance(rep[0], dict) else rep[0], [f'{PSQL} -c "CREATE SCHEMA analytics"']),
              B(rep[2], [f'{PSQL} -c "CREATE SCHEMA IF NOT EXISTS analytics"'])])

    d = setup("mpr-aws-region")
    learn = bash_learn(d, ["aws ec2 describe-instances", "aws lambda list-functions"], expect="must specify a region")
    rep = ["aws ec2 describe-vpcs", "aws rds describe-db-instances", "aws ecs list-clusters"]
    verify_bash(d, "mpr-aws-region", rep, [], "must specify a region")
    scenario("mpr-aws-no-region", c, "Bash", "run: aws <service> <op> with no region configured (aws-cli 1.45.11, empty config)",
             learn, [B(x) for x in rep],
             [B("aws ec2 describe-vpcs --region us-east-1"), B("AWS_DEFAULT_REGION=eu-west-1 aws rds describe-db-instances"),
              B("aws ecs list-clusters", ["aws configure set region us-east-1"])])

    d = setup("mpr-push", "git init -q --bare remote.git && git clone -q remote.git app 2>/dev/null && cd app && "
              "printf 'a\\n' > a.txt && git add . && git commit -qm init && git push -q origin main 2>/dev/null && "
              "git checkout -qb feature/login && printf 'b\\n' >> a.txt && git commit -qam 'Add login' && "
              "git checkout -qb fix/timeout main && printf 'c\\n' >> a.txt && git commit -qam 'Fix timeout'")
    w = os.path.join(d, "app")
    rc, m1 = sh("git checkout -q feature/login && git push", w)
    rc, m2 = sh("git checkout -q fix/timeout && git push", w)
    learn = [item({"command": "git push"}, ["git checkout -b feature/login", "git commit -am 'Add login'"], m1),
             item({"command": "git push"}, ["git checkout -b fix/timeout main", "git commit -am 'Fix timeout'"], m2)]
    log("mpr-push learn:", m1[:120], "|", m2[:120])
    scenario("mpr-git-push-no-upstream", c, "Bash", "run: git push on a new local branch with no upstream (git, local bare remote)",
             learn,
             [B("git push", ["git checkout -b feature/search", "git commit -am 'Add search'"]),
              B("git push", ["git switch -c chore/deps", "git commit -m 'Bump deps'"]),
              B("git push origin", ["git checkout -b docs/readme", "git commit -am 'Update README'"])],
             [B("git push -u origin feature/search", ["git checkout -b feature/search", "git commit -am 'Add search'"]),
              B("git push", ["git checkout -b chore/deps", "git commit -m 'Bump deps'", "git push --set-upstream origin chore/deps", "git commit -am 'Fix lockfile'"])])

    d = setup("mpr-maria-nodb")
    learn = bash_learn(d, [f'{MARIA} -e "SELECT COUNT(*) FROM orders"', f'{MARIA} -e "SHOW TABLES"'], expect="No database selected")
    rep = [f'{MARIA} -e "SELECT * FROM customers LIMIT 10"', f'{MARIA} -e "DESCRIBE orders"',
           f'{MARIA} -e "CREATE TABLE audit_log (id INT PRIMARY KEY)"']
    verify_bash(d, "mpr-maria-nodb", rep, [], "No database selected")
    scenario("mpr-mariadb-no-database-selected", c, "Bash", "run: mariadb -e '<query on unqualified table>' without choosing a database (MariaDB client, 127.0.0.1:3306 root)",
             learn, [B(x) for x in rep],
             [B(f'{MARIA} -D mysql -e "SELECT COUNT(*) FROM user"'), B(f'{MARIA} -e "SELECT COUNT(*) FROM mysql.user"'),
              B(f'{MARIA} -e "SHOW DATABASES"')])

    d = setup("mpr-pytest", "python3 -m venv .venv && mkdir tests && printf 'def test_ok():\\n    assert 1\\n' > tests/test_app.py")
    learn = bash_learn(d, [".venv/bin/python -m pytest tests/", ".venv/bin/python -m pytest -x -q tests/test_app.py"],
                       recent=[["python3 -m venv .venv"], ["python3 -m venv .venv", "Write"]], expect="No module named pytest")
    rep = [".venv/bin/python -m pytest -k login tests/", ".venv/bin/python -m pytest --maxfail=1 tests/unit"]
    verify_bash(d, "mpr-pytest", rep, [], "No module named pytest")
    scenario("mpr-pytest-not-installed", c, "Bash", "run: .venv/bin/python -m pytest in a fresh virtualenv without pytest (CPython venv)",
             learn, [B(x, ["python3 -m venv .venv"]) for x in rep],
             [B(".venv/bin/python -m pytest tests/", ["python3 -m venv .venv", ".venv/bin/pip install pytest"]),
              B(".venv/bin/python -m pytest -k login tests/", ["python3 -m venv .venv", ".venv/bin/pip install -e '.[test]'"])])


def workflow_sequence():
    c = "WORKFLOW_SEQUENCE"
    d = setup("ws-commit-unstaged", GIT3 + " && printf 'print(3)\\n' >> app.py && printf 'debug: true\\n' > config.yaml")
    learn = bash_learn(d, ["git commit -m 'Fix login redirect'", "git commit -m 'Enable debug in config'"],
                       recent=[["Edit"], ["Edit", "git status"]], expect="no changes added to commit")
    rep = [B("git commit -m 'Update README'", ["Edit"]), B("git commit -m 'Handle empty cart'", ["Write", "git diff"]),
           B("git commit -m 'Refactor auth middleware' -m 'Split into two functions'", ["Edit", "Edit"])]
    good = [B("git commit -m 'Update README'", ["Edit", "git add README.md"]), B("git commit -am 'Handle empty cart'", ["Edit"]),
            B("git commit -m 'Refactor auth middleware'", ["Edit", "git add -A", "git status"])]
    scenario("ws-git-commit-nothing-staged", c, "Bash", "run: git commit -m ... after editing tracked files without git add (git, scratch repository; message is git's stdout)",
             learn, rep, good)

    d = setup("ws-stash-pop", GIT3)
    learn = bash_learn(d, ["git stash pop", "git stash apply"], recent=[["git pull --rebase"], ["git checkout develop"]],
                       expect="No stash entries found")
    rep = [B("git stash pop", ["git checkout main", "git pull"]), B("git stash pop stash@{0}", ["git fetch origin"]),
           B("git stash apply", ["git switch release/1.0"])]
    good = [B("git stash pop", ["git stash", "git pull --rebase"]), B("git stash apply", ["git stash push -m wip", "git checkout develop"])]
    scenario("ws-git-stash-pop-without-stash", c, "Bash", "run: git stash pop / apply with an empty stash list (git, scratch repository)",
             learn, rep, good)

    d = setup("ws-checkout-dirty", GIT3)
    rc, m1 = sh("printf 'print(99)\\n' > app.py && git checkout develop; git checkout -q -- app.py", d)
    rc, m2 = sh("printf 'debug: maybe\\n' > config.yaml && git switch release/1.0; git checkout -q -- config.yaml", d)
    learn = [item({"command": "git checkout develop"}, ["Edit"], m1), item({"command": "git switch release/1.0"}, ["Edit", "git diff"], m2)]
    log("ws-checkout-dirty:", m1[:150], "|", m2[:150])
    rep = [B("git checkout release/1.0", ["Edit"]), B("git switch develop", ["Write", "Edit"]), B("git checkout main", ["Edit", "git diff --stat"])]
    good = [B("git checkout release/1.0", ["Edit", "git stash"]), B("git switch develop", ["Edit", "git commit -am 'WIP: config'"]),
            B("git checkout main", ["Edit", "git add -A", "git commit -m 'Fix parser'"])]
    scenario("ws-git-checkout-with-local-changes", c, "Bash", "run: git checkout / git switch to a branch that changes files edited but not committed (git, scratch repository)",
             learn, rep, good)

    d = setup("ws-tag-exists", GIT3 + " && git tag v1.2.0 && git tag -a v1.3.0 -m 'Release 1.3.0'")
    learn = bash_learn(d, ["git tag v1.2.0", "git tag -a v1.3.0 -m 'Release 1.3.0'"],
                       recent=[["git tag v1.2.0", "git push origin v1.2.0"], ["git tag -a v1.3.0 -m 'Release 1.3.0'", "git log --oneline -3"]],
                       expect="already exists")
    rep = [B("git tag v2.0.0", ["git tag v2.0.0", "git push origin v2.0.0"]),
           B("git tag -a v2.1.0 -m 'Release 2.1.0'", ["git tag -a v2.1.0 -m 'Release 2.1.0'", "git push --tags"]),
           B("git tag v3.0.0-rc1", ["git tag v3.0.0-rc1", "git commit -am 'Fix typo'"])]
    good = [B("git tag v2.0.1", ["git tag v2.0.0", "git commit -am 'Hotfix'"]), B("git tag -a v2.2.0 -m 'Release 2.2.0'", ["git log --oneline -3"])]
    scenario("ws-git-tag-already-exists", c, "Bash", "run: git tag NAME when NAME was already created earlier in the session (git, scratch repository)",
             learn, rep, good)

    d = setup("ws-sqlite-exists")
    srv = SQLITE_SERVER + ["--db-path", f"{d}/app.db"]
    mcp(srv, "create_table", {"query": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)"})
    mcp(srv, "create_table", {"query": "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, total_cents INTEGER)"})
    qs = ["CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT)",
          "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total_cents INTEGER, status TEXT)"]
    learn = [item({"query": q}, ["create_table", "write_query"], mcp(srv, "create_table", {"query": q})[1]) for q in qs]
    rep = [{"query": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, created_at TEXT)"},
           {"query": "CREATE TABLE orders (id INTEGER PRIMARY KEY, total_cents INTEGER NOT NULL)"}]
    good = [{"query": "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT)"},
            {"query": "CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER, sku TEXT)"}]
    verify_mcp(srv, "create_table", "ws-sqlite-exists", rep, good, "already exists")
    scenario("ws-sqlite-mcp-create-existing-table", c, "create_table", "run: mcp-server-sqlite 2025.4.25 create_table for a table created earlier in the session",
             learn, [item(r, ["create_table", "write_query"]) for r in rep], [item(g, ["create_table", "write_query"]) for g in good])

    d = setup("ws-merge-progress", GIT3 + " && git checkout -qb feature/a main && printf 'A\\n' > app.py && git commit -qam A && "
              "git checkout -qb feature/b main && printf 'B\\n' > app.py && git commit -qam B && git checkout -q main && "
              "git checkout -qb feature/c main && printf 'C\\n' > notes.txt && git add . && git commit -qm C && git checkout -q main && "
              "git merge -q feature/a && (git merge feature/b >/dev/null 2>&1 || true)")
    learn = bash_learn(d, ["git merge feature/c"], recent=[["git merge feature/a", "git merge feature/b"]], expect="Merging is not possible")
    rep = [B("git merge develop", ["git merge feature/b"]), B("git merge --no-ff release/1.0", ["git merge feature/x", "git status"]),
           B("git merge feature/d", ["git merge origin/main", "git status"])]
    good = [B("git merge feature/c", ["git merge feature/b", "Edit", "git add app.py", "git commit --no-edit"]),
            B("git merge develop", ["git merge feature/b", "git merge --abort"])]
    verify_bash(d, "ws-merge-progress", ["git merge develop", "git merge --no-ff release/1.0"], [], "Merging is not possible")
    scenario("ws-git-merge-while-merging", c, "Bash", "run: git merge while an earlier conflicted merge is unresolved (unmerged files) (git, scratch repository)",
             learn, rep, good)

    msg = "aborted: you must first push the current branch to a remote, or use the --head flag"
    learn = [item({"command": "gh pr create --title 'Add login page' --body 'Closes #12'"}, ["git checkout -b feature/login", "git commit -am 'Add login page'"], msg),
             item({"command": "gh pr create --fill --base main"}, ["git switch -c fix/timeout", "git commit -m 'Raise timeout'"], msg)]
    rep = [B("gh pr create --title 'Fix flaky test' --body 'See CI run'", ["git checkout -b fix/flaky", "git commit -am 'Fix flaky test'"]),
           B("gh pr create --fill", ["git switch -c chore/deps", "git commit -m 'Bump deps'"]),
           B("gh pr create --draft --title 'WIP search'", ["git checkout -b feature/search", "git add .", "git commit -m 'WIP'"])]
    good = [B("gh pr create --title 'Fix flaky test' --body 'See CI run'", ["git commit -am 'Fix flaky test'", "git push -u origin fix/flaky"]),
            B("gh pr create --fill --head chore/deps", ["git commit -m 'Bump deps'", "git push origin chore/deps"])]
    scenario("ws-gh-pr-create-before-push", c, "Bash", "documented: GitHub CLI `gh pr create` message (cli/cli#6485, ros/meta-ros#1283, ballerina-platform/ballerina-library#8554)",
             learn, rep, good)

    msg = ('docker: Error response from daemon: Conflict. The container name "/{n}" is already in use by container '
           '"{cid}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun \'docker run --help\' for more information')
    learn = [item({"command": "docker run -d --name web -p 8080:80 nginx:1.27"}, ["docker run -d --name web -p 8080:80 nginx:1.27", "docker logs web"],
                  msg.format(n="web", cid="3f1c2b9a7d4e8f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718")),
             item({"command": "docker run -d --name db -e POSTGRES_PASSWORD=dev postgres:16"}, ["docker run -d --name db -e POSTGRES_PASSWORD=dev postgres:16", "docker stop db"],
                  msg.format(n="db", cid="9b8a7c6d5e4f30211f2e3d4c5b6a798801a2b3c4d5e6f708192a3b4c5d6e7f80"))]
    rep = [B("docker run -d --name cache redis:7", ["docker run -d --name cache redis:7", "docker stop cache"]),
           B("docker run -d --name api -p 3000:3000 ghcr.io/acme/api:2.3.1", ["docker run -d --name api -p 3000:3000 ghcr.io/acme/api:2.3.0", "docker logs api"]),
           B("docker run -d --name web -p 8081:80 nginx:1.27", ["docker run -d --name web -p 8080:80 nginx:1.27"])]
    good = [B("docker run -d --name cache redis:7", ["docker run -d --name cache redis:7", "docker rm -f cache"]),
            B("docker run -d --name api -p 3000:3000 ghcr.io/acme/api:2.3.1", ["docker ps -a"]),
            B("docker run -d --rm --name web-2 -p 8081:80 nginx:1.27", ["docker run -d --name web -p 8080:80 nginx:1.27"])]
    scenario("ws-docker-container-name-in-use", c, "Bash", "documented: Docker daemon 409 Conflict message for `docker run --name` reusing an existing container's name (moby daemon error text as printed by Docker CLI 27+; written from the helper's knowledge, not re-checked against a source this session)",
             learn, rep, good)

    msg = 'Error from server (AlreadyExists): namespaces "{n}" already exists'
    learn = [item({"command": "kubectl create namespace staging"}, ["kubectl create namespace staging", "kubectl apply -n staging -f k8s/"], msg.format(n="staging")),
             item({"command": "kubectl create ns preview-42"}, ["kubectl create ns preview-42"], msg.format(n="preview-42"))]
    rep = [B("kubectl create namespace monitoring", ["kubectl create namespace monitoring", "helm install prom prometheus-community/prometheus -n monitoring"]),
           B("kubectl create ns preview-43", ["kubectl create ns preview-43", "kubectl get ns"])]
    good = [B("kubectl create namespace monitoring", ["kubectl get ns", "kubectl delete namespace monitoring"]),
            B("kubectl create ns preview-44", ["kubectl create ns preview-43"]),
            B("kubectl create namespace staging --dry-run=client -o yaml | kubectl apply -f -", ["kubectl create namespace staging"])]
    scenario("ws-kubectl-create-existing-namespace", c, "Bash", "documented: kubectl create namespace AlreadyExists (Kubernetes API Status reason AlreadyExists, kubectl 'Error from server (AlreadyExists)' wording; written from the helper's knowledge, not re-checked against a source this session)",
             learn, rep, good)


def wrong_tool():
    c = "WRONG_TOOL_SELECTION"
    tree = ("mkdir -p app/src/api app/tests app/docs app/config && printf 'import os\\n' > app/src/main.py && "
            "printf 'def test_x():\\n    pass\\n' > app/tests/test_main.py && printf '# Docs\\n' > app/docs/index.md && "
            "printf 'port: 8080\\n' > app/config/settings.yaml && printf 'x = 1\\n' > app/src/api/routes.py")
    d = setup("wt-fs-readdir", tree)
    srv = FS_SERVER + [d]
    args = [{"path": f"{d}/app/src"}, {"path": f"{d}/app/config"}]
    learn = [item(a, ["list_allowed_directories"], mcp(srv, "read_text_file", a)[1]) for a in args]
    rep = [{"path": f"{d}/app/tests"}, {"path": f"{d}/app/docs/"}, {"path": f"{d}/app/src/api"}]
    good = [{"path": f"{d}/app/tests/test_main.py"}, {"path": f"{d}/app/docs/index.md"}, {"path": f"{d}/app/src/api/routes.py"}]
    verify_mcp(srv, "read_text_file", "wt-fs-readdir", rep, good, "EISDIR")
    scenario("wt-fs-mcp-read-directory", c, "read_text_file", "run: @modelcontextprotocol/server-filesystem read_text_file on a directory (EISDIR)",
             learn, [item(r, ["list_allowed_directories"]) for r in rep], [item(g, ["list_allowed_directories"]) for g in good])

    d = setup("wt-fs-listfile", tree)
    srv = FS_SERVER + [d]
    args = [{"path": f"{d}/app/src/main.py"}, {"path": f"{d}/app/config/settings.yaml"}]
    learn = [item(a, ["search_files"], mcp(srv, "list_directory", a)[1]) for a in args]
    rep = [{"path": f"{d}/app/tests/test_main.py"}, {"path": f"{d}/app/docs/index.md"}, {"path": f"{d}/app/src/api/routes.py"}]
    good = [{"path": f"{d}/app/tests"}, {"path": f"{d}/app/docs"}, {"path": f"{d}/app/src/api"}]
    verify_mcp(srv, "list_directory", "wt-fs-listfile", rep, good, "ENOTDIR")
    scenario("wt-fs-mcp-list-file", c, "list_directory", "run: @modelcontextprotocol/server-filesystem list_directory on a regular file (ENOTDIR)",
             learn, [item(r, ["search_files"]) for r in rep], [item(g, ["search_files"]) for g in good])

    d = setup("wt-cat-dir", tree)
    w = os.path.join(d, "app")
    learn = bash_learn(w, ["cat src", "cat config/"], expect="Is a directory")
    rep = ["cat tests", "cat docs/", "cat src/api"]
    good = ["cat src/main.py", "ls src", "cat config/settings.yaml"]
    verify_bash(w, "wt-cat-dir", rep, good, "Is a directory")
    scenario("wt-cat-directory", c, "Bash", "run: cat on a directory (GNU coreutils)", learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("wt-git-typo", GIT3)
    learn = bash_learn(d, ["git stauts", "git comit -m 'Fix login'"], expect="is not a git command")
    rep = ["git psuh origin main", "git chekcout develop", "git stats", "git brnach -a"]
    good = ["git status", "git push origin main", "git checkout develop"]
    verify_bash(d, "wt-git-typo", rep, good[:1] + good[2:], "is not a git command")
    scenario("wt-git-not-a-git-command", c, "Bash", "run: git <misspelled subcommand> (git)", learn, [B(x) for x in rep[:3]], [B(x) for x in good])

    mkzip = ("import zipfile,sys\nfor n in sys.argv[1:]:\n    z=zipfile.ZipFile(n,'w'); [z.writestr(f,'hi\\n') for f in ('README.txt','bin/app','lib/core.py')]; z.close()\n")
    d = setup("wt-tar-zip")
    open(os.path.join(d, "mkzip.py"), "w").write(mkzip)
    sh("mkdir -p dist build && python3 mkzip.py release.zip dist/app-1.2.zip bundle.zip && rm mkzip.py && "
       "tar -czf release.tar.gz -C dist .", d)
    learn = bash_learn(d, ["tar -xzf release.zip", "tar -xzf dist/app-1.2.zip -C build"], expect="more than one entry")
    rep = ["tar xzf bundle.zip", "tar -xzvf dist/app-1.2.zip", "tar -zxf release.zip -C build"]
    good = ["unzip -o release.zip", "unzip -o dist/app-1.2.zip -d out", "tar -xzf release.tar.gz"]
    verify_bash(d, "wt-tar-zip", rep[:2], [good[0], good[2]], "more than one entry")
    scenario("wt-tar-on-zip-archive", c, "Bash", "run: tar -xzf on a .zip archive (GNU tar + gzip)", learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("wt-jq-yaml", "mkdir -p k8s chart && printf 'apiVersion: apps/v1\\nkind: Deployment\\nmetadata:\\n  name: web\\nspec:\\n  replicas: 2\\n' > k8s/deploy.yaml && "
              "printf 'apiVersion: v2\\nname: web\\nversion: 0.3.1\\n' > chart/Chart.yaml && printf 'services:\\n  web:\\n    image: nginx\\n' > docker-compose.yml && "
              "printf 'apiVersion: v1\\nkind: Service\\nmetadata:\\n  name: web\\n' > k8s/service.yaml && printf '{\"name\": \"web\", \"version\": \"1.0.0\"}\\n' > package.json")
    learn = bash_learn(d, ["jq '.spec.replicas' k8s/deploy.yaml", "jq -r .version chart/Chart.yaml"], expect="parse error")
    rep = ["jq '.services' docker-compose.yml", "jq -r '.metadata.name' k8s/service.yaml", "jq '.spec' k8s/deploy.yaml"]
    good = ["jq -r .version package.json", "yq '.spec.replicas' k8s/deploy.yaml", "python3 -c \"import json;print(json.load(open('package.json'))['name'])\""]
    verify_bash(d, "wt-jq-yaml", rep, [good[0]], "parse error")
    scenario("wt-jq-on-yaml", c, "Bash", "run: jq on YAML files (jq 1.x)", learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("wt-sqlite-rw")
    srv = SQLITE_SERVER + ["--db-path", f"{d}/app.db"]
    mcp(srv, "create_table", {"query": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, active INTEGER DEFAULT 1)"})
    qs = ["INSERT INTO users (email) VALUES ('dev@example.com')", "UPDATE users SET active = 0 WHERE id = 3"]
    learn = [item({"query": q}, ["describe_table"], mcp(srv, "read_query", {"query": q})[1]) for q in qs]
    rep = [{"query": "DELETE FROM users WHERE active = 0"}, {"query": "INSERT INTO users (email, active) VALUES ('qa@example.com', 1)"},
           {"query": "UPDATE users SET email = lower(email)"}]
    good = [{"query": "SELECT id, email FROM users WHERE active = 1"}, {"query": "SELECT COUNT(*) AS n FROM users"}]
    verify_mcp(srv, "read_query", "wt-sqlite-rw", rep, good, "Only SELECT")
    scenario("wt-sqlite-mcp-write-via-read-query", c, "read_query", "run: mcp-server-sqlite 2025.4.25 read_query given INSERT/UPDATE (write_query is the tool for writes)",
             learn, [item(r, ["describe_table"]) for r in rep], [item(g, ["describe_table"]) for g in good])

    d = setup("wt-kubectl-cmd")
    learn = bash_learn(d, ["kubectl desribe pod web-7d4b9c-x2x", "kubectl lgos deploy/api"], expect="unknown command")
    rep = ["kubectl descibe deployment api", "kubectl lgs web-7d4b9c-x2x", "kubectl exce -it web-7d4b9c-x2x -- sh"]
    good = ["kubectl describe pod web-7d4b9c-x2x", "kubectl logs deploy/api --tail=100"]
    verify_bash(d, "wt-kubectl-cmd", rep, [], "unknown command")
    scenario("wt-kubectl-unknown-command", c, "Bash", "run: kubectl <misspelled subcommand> (kubectl v1.32.4)", learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("wt-python-sh", "mkdir -p scripts && printf '#!/usr/bin/env bash\\nset -euo pipefail\\necho \"deploying $1\"\\n' > deploy.sh && "
              "printf '#!/bin/sh\\nexport APP_ENV=dev\\npip install -r requirements.txt\\n' > scripts/setup.sh && printf 'print(\"ok\")\\n' > manage.py")
    learn = bash_learn(d, ["python3 deploy.sh staging", "python3 scripts/setup.sh"], expect="SyntaxError")
    rep = ["python3 deploy.sh production", "python3 ./scripts/setup.sh --dev"]
    good = ["bash deploy.sh staging", "sh scripts/setup.sh", "python3 manage.py"]
    verify_bash(d, "wt-python-sh", rep, [good[0], good[2]], "SyntaxError")
    scenario("wt-python-on-shell-script", c, "Bash", "run: python3 on a shell script (CPython 3)", learn, [B(x) for x in rep], [B(x) for x in good])

    d = setup("wt-docker-cmd")
    learn = bash_learn(d, ["docker up", "docker logs-f web"], expect="unknown command")
    rep = ["docker down", "docker ls", "docker sh web"]
    good = ["docker compose up -d", "docker ps", "docker exec -it web sh"]
    verify_bash(d, "wt-docker-cmd", rep, [], "unknown command")
    scenario("wt-docker-unknown-command", c, "Bash", "run: docker <not a docker command> (Docker CLI 28.2.2; `up` belongs to docker compose)",
             learn, [B(x) for x in rep], [B(x) for x in good])


def main():
    prepare()
    for f in (incorrect_parameter, parameter_format, missing_parameter, missing_prerequisite, workflow_sequence, wrong_tool):
        f()
    for s in SCEN:
        for L in s["learn"]:
            if not L["error"]:
                log(f"!! empty learn error in {s['id']}")
        print(json.dumps(s, ensure_ascii=False))


if __name__ == "__main__":
    main()
