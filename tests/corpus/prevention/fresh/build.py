"""Build fresh/scenarios.jsonl: run every learn call against the real tool, keep its own message.

    python tests/corpus/prevention/fresh/build.py [OUT.jsonl]     (fixtures in $FRESH_FIXTURES, default /tmp/fresh/fx)

Written by the prevention tuner after tuning on ../scenarios.jsonl, from tools and messages not in that set,
and scored once (see PROVENANCE.md). Needs git, make, sqlite3, redis-cli (a Redis at 127.0.0.1:6379; only
unknown commands are sent, to db 15), kubectl (client side), cargo, npm, openssl, and pydantic/jsonschema/click.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

FX = Path(os.environ.get("FRESH_FIXTURES", "/tmp/fresh/fx"))
HERE = Path(__file__).parent
GIT = ["git", "-c", "user.email=a@example.com", "-c", "user.name=a", "-c", "advice.detachedHead=false"]


def sh(args: list[str], cwd: Path | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0, (args, done.stdout, done.stderr)
    return (done.stderr.strip() or done.stdout.strip())


def fixtures() -> None:
    shutil.rmtree(FX, ignore_errors=True)
    FX.mkdir(parents=True)
    run = lambda *a, cwd=FX: subprocess.run(list(a), cwd=cwd, check=True, capture_output=True)  # noqa: E731
    run("git", "init", "-q", "-b", "main", "app")
    run(*GIT, "commit", "-q", "--allow-empty", "-m", "init", cwd=FX / "app")
    run("git", "branch", "develop", cwd=FX / "app")
    run("git", "init", "-q", "-b", "main", "plain")  # for stash / merge / bisect
    run(*GIT, "commit", "-q", "--allow-empty", "-m", "init", cwd=FX / "plain")
    run("git", "checkout", "-q", "-b", "topic", cwd=FX / "plain")
    run("git", "init", "-q", "--bare", "remote.git")
    run("git", "clone", "-q", "remote.git", "a")
    run(*GIT, "commit", "-q", "--allow-empty", "-m", "one", cwd=FX / "a")
    run("git", "push", "-q", "origin", "HEAD:main", cwd=FX / "a")
    run("git", "clone", "-q", "remote.git", "b")
    run(*GIT, "commit", "-q", "--allow-empty", "-m", "two", cwd=FX / "a")
    run("git", "push", "-q", "origin", "HEAD:main", cwd=FX / "a")
    (FX / "Makefile").write_text("build:\n\techo build\ntest:\n\techo test\n")
    run("sqlite3", "notes.db", "create table notes(id integer, title text, body text, author text)")
    (FX / "rs").mkdir()
    (FX / "node").mkdir()
    (FX / "cfg").mkdir()
    for name, text in {"b.yaml": "a: 1\nb: [1, 2]\n", "c.toml": 'name = "x"\n', "d.yml": "k: v\n",
                       "a.json": '{"a": 1}\n'}.items():
        (FX / "cfg" / name).write_text(text)
    (FX / "tls").mkdir()
    for key in ("key.pem", "private.key", "tls.key"):
        run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", key, cwd=FX / "tls")


def lib(kind: str, arg: object) -> str:
    return sh([sys.executable, str(HERE / "libs.py"), kind, json.dumps(arg)])


SCENARIOS: list[dict] = []


def scenario(id: str, category: str, tool: str, source: str, learn: list[tuple[dict, str]], repeats: list[dict],
             good: list[dict]) -> None:
    SCENARIOS.append({"id": id, "category": category, "tool": tool, "source": source,
                      "learn": [{"params": p, "error": e, **({"recent_calls": p.pop("_recent")} if "_recent" in p else {})}
                                for p, e in learn],
                      "repeats": repeats, "good": good})


def call(params: dict, recent: list[str] | None = None) -> dict:
    return {"params": params, **({"recent_calls": recent} if recent is not None else {})}


def build() -> None:
    app = str(FX / "app")
    scenario("git-switch-unknown-branch", "INCORRECT_PARAMETER", "git_switch", "git: `git switch <branch>` (main, develop exist)",
             [({"repo_path": app, "branch": b}, sh(["git", "switch", b], FX / "app"))
              for b in ("feature/payments", "release/3.1", "hotfix/login")],
             [call({"repo_path": app, "branch": "release/3.1", "quiet": True}),
              call({"repo_path": app, "branch": "feature/payments", "discard_changes": True}, ["git_fetch"])],
             [call({"repo_path": app, "branch": "develop"}), call({"repo_path": app, "branch": "main", "quiet": True})])
    scenario("make-unknown-target", "INCORRECT_PARAMETER", "make", "GNU make: targets build, test only",
             [({"dir": str(FX), "target": t}, sh(["make", t], FX)) for t in ("deploy", "lint", "docs")],
             [call({"dir": str(FX), "target": "deploy", "jobs": 4}), call({"dir": str(FX), "target": "lint", "keep_going": True})],
             [call({"dir": str(FX), "target": "build"}), call({"dir": str(FX), "target": "test", "jobs": 2})])
    db = str(FX / "notes.db")
    scenario("sqlite-no-such-column", "INCORRECT_PARAMETER", "sqlite_query", "sqlite3 CLI: notes(id, title, body, author)",
             [({"database": db, "sql": q}, sh(["sqlite3", db, q])) for q in
              ("select emial from notes", "select id, titel from notes", "select body from notes where auther = 'x'")],
             [call({"database": db, "sql": "SELECT emial, id FROM notes WHERE id > 3"}),
              call({"database": db, "sql": "UPDATE notes SET titel = 'x' WHERE id = 1"})],
             [call({"database": db, "sql": "SELECT title, body FROM notes"}),
              call({"database": db, "sql": "SELECT id FROM notes WHERE author = 'emial'"})])
    scenario("redis-unknown-command", "INCORRECT_PARAMETER", "redis_command", "redis-cli 7 against a local Redis, db 15",
             [({"command": c, "args": a}, sh(["redis-cli", "-n", "15", c, *a]) if False else
               subprocess.run(["redis-cli", "-n", "15", c, *a], capture_output=True, text=True).stdout.strip())
              for c, a in (("SETT", ["a", "b"]), ("HGETT", ["h", "f"]), ("LPUSHH", ["l", "x"]))],
             [call({"command": "SETT", "args": ["k2", "v2"]}), call({"command": "HGETT", "args": ["user:1", "name"]})],
             [call({"command": "SET", "args": ["k2", "v2"]}), call({"command": "HGET", "args": ["user:1", "name"]})])
    scenario("jira-key-pattern", "PARAMETER_FORMAT", "jira_get_issue", "pydantic 2 Field(pattern=...) on a tool input model",
             [({"issue_key": k}, lib("jira_key", {"issue_key": k})) for k in ("ops-12", "OPS12", "OPS-", "12-OPS")],
             [call({"issue_key": "web-7"}), call({"issue_key": "WEB_7"}), call({"issue_key": "Web-1", "expand": "changelog"})],
             [call({"issue_key": "OPS-12"}), call({"issue_key": "WEB2-7"}), call({"issue_key": "AB-1", "expand": "changelog"})])
    scenario("slack-channel-name", "PARAMETER_FORMAT", "slack_create_channel", "jsonschema 4 `pattern` on a tool input schema",
             [({"name": n, "is_private": False}, lib("slack", {"name": n})) for n in ("Team Updates", "#general-2", "Dev.Ops")],
             [call({"name": "Release Notes", "is_private": False}), call({"name": "ALERTS", "is_private": True}),
              call({"name": "_private", "is_private": True})],
             [call({"name": "team-updates", "is_private": False}), call({"name": "alerts_prod", "is_private": True}),
              call({"name": "dev-ops", "is_private": False})])
    scenario("applogs-level-choice", "PARAMETER_FORMAT", "app_logs", "argparse choices (Python 3.11)",
             [({"level": v, "service": "api"}, lib("argchoice", ["--level", v, "--service", "api"])) for v in ("verbose", "trace", "WARN")],
             [call({"level": "critical", "service": "api"}), call({"level": "Info", "service": "web"}), call({"level": "notice", "service": "db"})],
             [call({"level": "info", "service": "api"}), call({"level": "debug", "service": "web"}), call({"level": "error", "service": "db"})])
    scenario("git-tag-invalid-name", "PARAMETER_FORMAT", "git_tag", "git: `git tag <name>`",
             [({"repo_path": app, "name": n}, sh(["git", "tag", n], FX / "app")) for n in ("v1..2", "release 2", "v2.0^", "rc:1")],
             [call({"repo_path": app, "name": "v3..0"}), call({"repo_path": app, "name": "beta~1"}),
              call({"repo_path": app, "name": "v1.0.lock", "message": "x"})],
             [call({"repo_path": app, "name": "v1.2.3"}), call({"repo_path": app, "name": "release-2026-12"}),
              call({"repo_path": app, "name": "v2.0.0-rc.1", "message": "rc"})])
    scenario("report-since-isoformat", "PARAMETER_FORMAT", "report_generate", "Python 3.11 date.fromisoformat via a wrapper",
             [({"since": d, "team": "core"}, lib("iso", {"since": d})) for d in ("2026/12/01", "01.12.2026", "Dec 1, 2026")],
             [call({"since": "12-01-2026", "team": "core"}), call({"since": "yesterday", "team": "web"}),
              call({"since": "2026.12.01", "team": "core"})],
             [call({"since": "2026-12-01", "team": "core"}), call({"since": "2025-01-31", "team": "web"})])
    scenario("service-port-range", "PARAMETER_FORMAT", "service_expose", "pydantic 2 Field(ge=1, le=65535)",
             [({"service": "web", "port": p}, lib("port", {"service": "web", "port": p})) for p in (70000, 0, 99999, -1)],
             [call({"service": "api", "port": 65536}), call({"service": "web", "port": 100000}), call({"service": "db", "port": -80})],
             [call({"service": "api", "port": 80}), call({"service": "web", "port": 65535}), call({"service": "db", "port": 1})])
    scenario("s3sync-required-bucket", "MISSING_PARAMETER", "s3_sync", "argparse required=True (Python 3.11)",
             [({"prefix": "logs/"}, lib("argreq", ["--prefix", "logs/"])), ({"dry_run": True}, lib("argreq", ["--dry-run"])),
              ({"prefix": "img/", "dry_run": True}, lib("argreq", ["--prefix", "img/", "--dry-run"]))],
             [call({"prefix": "backups/"}), call({"prefix": "x/", "delete": True})],
             [call({"bucket": "acme-logs", "prefix": "logs/"}), call({"bucket": "acme-img", "dry_run": True})])
    scenario("vmctl-missing-name", "MISSING_PARAMETER", "vm_create", "click 8 required option",
             [({"size": s}, lib("click", ["--size", s])) for s in ("large", "small")] + [({}, lib("click", []))],
             [call({"size": "medium"}), call({"size": "large", "image": "ubuntu-24.04"})],
             [call({"name": "web-1", "size": "small"}), call({"name": "db"})])
    scenario("kubectl-configmap-no-name", "MISSING_PARAMETER", "kubectl_create_configmap", "kubectl client: create configmap without NAME",
             [({"from_literal": ["a=1"]}, sh(["kubectl", "create", "configmap", "--from-literal=a=1"])),
              ({"from_file": "cfg.yaml"}, sh(["kubectl", "create", "configmap", "--from-file=cfg.yaml"])),
              ({"namespace": "staging", "from_literal": ["b=2"]},
               sh(["kubectl", "create", "configmap", "-n", "staging", "--from-literal=b=2"]))],
             [call({"from_literal": ["c=3"]}), call({"from_file": "app.env", "namespace": "dev"})],
             [call({"name": "app-config", "from_literal": ["a=1"]}), call({"name": "env", "from_file": "app.env"})])
    subprocess.run(["git", "checkout", "-q", "-b", "nope"], cwd=FX / "app", check=True)
    scenario("git-pull-no-tracking", "MISSING_PREREQUISITE", "git_pull", "git: `git pull` on a branch without upstream",
             [({"repo_path": app, "_recent": r}, sh(["git", "pull"], FX / "app")) for r in (["git_checkout"], ["git_switch", "git_status"])],
             [call({"repo_path": app}, ["git_checkout", "git_status"]), call({"repo_path": app}, [])],
             [call({"repo_path": app}, ["git_checkout", "git_branch"]),
              call({"repo_path": app, "remote": "origin", "branch": "main"}, ["git_checkout"])])
    rs = str(FX / "rs")
    scenario("cargo-build-no-manifest", "MISSING_PREREQUISITE", "cargo_build", "cargo: build in a directory without Cargo.toml",
             [({"cwd": rs, "_recent": r}, sh(["cargo", "build"], FX / "rs")) for r in (["git_clone"], ["git_clone", "git_checkout"])],
             [call({"cwd": rs}, ["git_clone"]), call({"cwd": rs}, [])],
             [call({"cwd": rs}, ["cargo_new"]), call({"cwd": rs}, ["git_clone", "cargo_init"])])
    node = str(FX / "node")
    scenario("npm-test-no-package-json", "MISSING_PREREQUISITE", "npm_test", "npm: `npm test` where there is no package.json",
             [({"cwd": node, "_recent": r}, sh(["npm", "test"], FX / "node")) for r in (["git_clone"], ["git_checkout"])],
             [call({"cwd": node}, ["git_clone"]), call({"cwd": node}, [])],
             [call({"cwd": node}, ["npm_init"]), call({"cwd": node}, ["git_clone", "npm_init", "npm_install"])])
    b = str(FX / "b")
    subprocess.run([*GIT, "commit", "-q", "--allow-empty", "-m", "three"], cwd=FX / "b", check=True)
    scenario("git-push-rejected-behind", "WORKFLOW_SEQUENCE", "git_push", "git: push while the remote has work this clone lacks",
             [({"repo_path": b, "remote": "origin", "branch": "main", "_recent": r},
               sh(["git", "push", "origin", "HEAD:main"], FX / "b")) for r in (["git_add", "git_commit"], ["git_commit"])],
             [call({"repo_path": b, "remote": "origin", "branch": "main"}, ["git_add", "git_commit", "git_status"]),
              call({"repo_path": b, "remote": "origin", "branch": "main"}, ["git_commit"])],
             [call({"repo_path": b, "remote": "origin", "branch": "main"}, ["git_commit", "git_pull"]),
              call({"repo_path": b, "remote": "origin", "branch": "main"}, ["git_fetch", "git_pull", "git_commit"])])
    plain = str(FX / "plain")
    scenario("git-stash-pop-empty", "WORKFLOW_SEQUENCE", "git_stash", "git: `git stash pop` with no stash",
             [({"repo_path": plain, "action": "pop", "_recent": r}, sh(["git", "stash", "pop"], FX / "plain"))
              for r in (["git_checkout"], ["git_pull", "git_status"])],
             [call({"repo_path": plain, "action": "pop"}, ["git_checkout", "git_pull"]), call({"repo_path": plain, "action": "pop"}, [])],
             [call({"repo_path": plain, "action": "push"}, ["edit_file"]),
              call({"repo_path": plain, "action": "pop"}, ["edit_file", "git_stash", "git_pull"])])
    scenario("git-merge-abort-no-merge", "WORKFLOW_SEQUENCE", "git_merge", "git: `git merge --abort` with no merge",
             [({"repo_path": plain, "abort": True, "_recent": r}, sh(["git", "merge", "--abort"], FX / "plain"))
              for r in (["git_status"], ["git_diff", "edit_file"])],
             [call({"repo_path": plain, "abort": True}, ["edit_file"]), call({"repo_path": plain, "abort": True}, [])],
             [call({"repo_path": plain, "abort": True}, ["git_merge", "git_status"]),
              call({"repo_path": plain, "branch": "main"}, ["git_fetch"])])
    scenario("git-bisect-not-started", "WORKFLOW_SEQUENCE", "git_bisect", "git: `git bisect good` before `git bisect start`",
             [({"repo_path": plain, "subcommand": s, "_recent": r}, sh(["git", "bisect", s], FX / "plain"))
              for s, r in (("good", ["git_log"]), ("bad", ["git_log", "git_show"]))],
             [call({"repo_path": plain, "subcommand": "good"}, ["git_log", "git_checkout"]),
              call({"repo_path": plain, "subcommand": "bad"}, [])],
             [call({"repo_path": plain, "subcommand": "start"}, ["git_log"]),
              call({"repo_path": plain, "subcommand": "good"}, ["git_bisect", "git_checkout"])])
    cfg = FX / "cfg"
    scenario("json-tool-on-yaml", "WRONG_TOOL_SELECTION", "json_format", "python -m json.tool on non-JSON files",
             [({"file": str(cfg / f)}, sh([sys.executable, "-m", "json.tool", f], cfg)) for f in ("b.yaml", "c.toml", "d.yml")],
             [call({"file": str(cfg / "values.yaml")}), call({"file": str(cfg / "pyproject.toml"), "indent": 2}),
              call({"file": str(cfg / "ci.yml")})],
             [call({"file": str(cfg / "a.json")}), call({"file": str(cfg / "package.json"), "indent": 2})])
    tls = FX / "tls"
    scenario("openssl-x509-on-private-key", "WRONG_TOOL_SELECTION", "openssl_x509", "OpenSSL 3: `openssl x509 -in` a private key",
             [({"in": str(tls / k), "noout": True}, sh(["openssl", "x509", "-in", k, "-noout", "-subject"], tls))
              for k in ("key.pem", "private.key", "tls.key")],
             [call({"in": str(tls / "client.key"), "noout": True}), call({"in": str(tls / "server-key.key"), "noout": True})],
             [call({"in": str(tls / "cert.pem"), "noout": True}), call({"in": str(tls / "server.crt"), "noout": True})])


if __name__ == "__main__":
    fixtures()
    build()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "scenarios.jsonl"
    out.write_text("".join(json.dumps(s) + "\n" for s in SCENARIOS))
    print(f"{len(SCENARIOS)} scenarios -> {out}")
