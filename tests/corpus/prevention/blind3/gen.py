#!/usr/bin/env python3
"""Blind prevention scenarios (set 3): runs every learn call for real, captures its output,
and checks repeats fail the same way and good calls succeed where that is cheap.

    BLIND3_TOOLS=DIR python gen.py   # DIR holds venv/ (alembic, SQLAlchemy, mcp-server-git/time, SDKs)

Writes scenarios.jsonl and verify.log next to this file. Scratch tree: /tmp/bp3/.
"""
import asyncio, json, os, re, shutil, subprocess, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = Path(os.environ.get("BLIND3_TOOLS", HERE / ".tools")) / "venv" / "bin"
T = Path("/tmp/bp3")
ENV = dict(os.environ, GH_TOKEN="bp3-dummy-token", GOPROXY="off", GOFLAGS="", NO_COLOR="1",
           CARGO_TERM_COLOR="never", PGHOST="/var/run/postgresql", LC_ALL="C.UTF-8")
ENV.pop("GITHUB_TOKEN", None)
SCEN, LOG = [], []


def sh(cmd, cwd=None, env=None, inp=None, timeout=120):
    p = subprocess.run(cmd, cwd=cwd, env=env or ENV, input=inp, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=timeout)
    # the only post-processing: ANSI colour escapes (Maven's jansi emits them even with -B) are removed
    return p.returncode, re.sub(r"\x1b\[[0-9;]*m", "", p.stdout).strip()


def fresh(name):
    d = T / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def clip(s, n=1200):
    return s if len(s) <= n else s[:n] + "\n..."


def add(sid, cat, tool, source, learn, repeats, good, expect=None):
    """learn/repeats/good: lists of (params, runner, recent_calls). runner() -> (rc, text) or None
    (not run). `expect`: substring every failing call must show."""
    out = {"id": sid, "category": cat, "tool": tool, "source": source, "learn": [], "repeats": [], "good": []}
    for kind in ("learn", "repeats", "good"):
        for params, runner, recent in {"learn": learn, "repeats": repeats, "good": good}[kind]:
            if cat in ("MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE"):
                assert recent is not None, (sid, kind, params)
        for params, runner, recent in {"learn": learn, "repeats": repeats, "good": good}[kind]:
            item = {"params": params}
            res = runner() if runner else None
            if kind == "learn":
                assert res is not None, sid
                rc, txt = res
                item["error"] = clip(txt)
                ok = rc != 0 and (expect is None or expect in txt)
            elif res is None:
                ok, txt, rc = None, "", None
            else:
                rc, txt = res
                ok = (rc != 0 and (expect is None or expect in txt)) if kind == "repeats" else rc == 0
            LOG.append(f"{sid} {kind} rc={rc} {'OK' if ok else ('NOT RUN' if ok is None else 'MISMATCH')} :: "
                       + txt.replace("\n", " | ")[:220])
            if recent is not None:
                item["recent_calls"] = recent
            out[kind].append(item)
    SCEN.append(out)


# ---------------------------------------------------------------- python-SDK runners
def exc_text(e):
    return f"{type(e).__module__}.{type(e).__name__}: {e}"


def redis_call(fn):
    import redis
    def r():
        c = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)
        try:
            return 0, repr(fn(c))
        except Exception as e:  # noqa
            return 1, exc_text(e)
        finally:
            for k in c.scan_iter("bp3:*"):
                c.delete(k)
            c.close()
    return r


def amqp_call(fn):
    import pika
    def r():
        conn = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", 5672))
        ch = conn.channel()
        try:
            return 0, repr(fn(ch))
        except Exception as e:  # noqa
            return 1, exc_text(e)
        finally:
            try:
                c2 = conn.channel() if conn.is_open else None
                if c2:
                    for q in ("bp3.jobs", "bp3.emails"):
                        c2.queue_delete(q)
                    for x in ("bp3.orders", "bp3.events"):
                        c2.exchange_delete(x)
            except Exception:
                pass
            if conn.is_open:
                conn.close()
    return r


def mcp_session(server_cmd, calls):
    """Run several tool calls in one stdio session; returns list of (rc, text)."""
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    async def go():
        res = []
        sp = StdioServerParameters(command=server_cmd[0], args=server_cmd[1:], env=dict(ENV))
        async with stdio_client(sp) as (rd, wr):
            async with ClientSession(rd, wr) as s:
                await s.initialize()
                for tool, args in calls:
                    try:
                        r = await s.call_tool(tool, args)
                        txt = "\n".join(getattr(c, "text", str(c)) for c in r.content)
                        res.append((1 if getattr(r, "is_error", getattr(r, "isError", False)) else 0, txt))
                    except Exception as e:  # noqa
                        res.append((1, exc_text(e)))
        return res
    return asyncio.run(go())


def pre(results):
    it = iter(results)
    return lambda: next(it)


# ---------------------------------------------------------------- fixtures
def setup():
    if T.exists():
        shutil.rmtree(T)
    T.mkdir()
    sh(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(T / "ca")])
    sh(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(T / "user")])
    sh(["openssl", "genpkey", "-algorithm", "ed25519", "-out", str(T / "tls.key")])
    (T / "src").mkdir()
    (T / "src" / "a.txt").write_text("hello\n")
    (T / "app.py").write_text("import sys\n\ndef main():\n    print(sys.argv)\n\nif __name__ == '__main__':\n    main()\n")
    (T / "deploy.sh").write_text("#!/bin/sh\nset -eu\necho \"deploying $1\"\n")
    (T / "config.json").write_text('{"name": "svc", "replicas": 2}\n')
    (T / "pom.xml").write_text("<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId></project>\n")
    (T / "feed.xml").write_text("<?xml version='1.0'?><feed><entry>1</entry></feed>\n")
    (T / "values.yaml").write_text("replicas: 2\nimage: nginx\n")
    (T / "release.tar.gz").write_bytes(b"")
    sh(["tar", "czf", str(T / "release.tar.gz"), "-C", str(T), "src"])
    sh(["zip", "-q", "-r", str(T / "release.zip"), "src"], cwd=T)
    (T / "notes.txt").write_text("release notes v1.2\n")
    (T / "gnupg").mkdir(mode=0o700)


# ---------------------------------------------------------------- scenarios
def s_go():
    base = T / "go"
    base.mkdir()
    def init(path, sub):
        d = fresh(f"go/{sub}")
        return lambda: sh(["go", "mod", "init"] + ([path] if path is not None else []), cwd=d)
    src = "go 1.19.8, `go mod init <module_path>` in a fresh empty directory"
    add("go-mod-init-malformed-path", "PARAMETER_FORMAT", "go_mod_init", src,
        [({"module_path": "My Module"}, init("My Module", "m1"), ["go_version"]),
         ({"module_path": "example.com/acme/data pipeline"}, init("example.com/acme/data pipeline", "m2"), None),
         ({"module_path": "https://github.com/acme/tool"}, init("https://github.com/acme/tool", "m3"), None)],
        [({"module_path": "acme corp/billing"}, init("acme corp/billing", "r1"), None),
         ({"module_path": "http://gitlab.example.com/team/svc"}, init("http://gitlab.example.com/team/svc", "r2"), None),
         ({"module_path": "github.com/acme/tool?ref=main"}, init("github.com/acme/tool?ref=main", "r3"), None)],
        [({"module_path": "github.com/acme/tool"}, init("github.com/acme/tool", "g1"), None),
         ({"module_path": "example.com/acme/data-pipeline"}, init("example.com/acme/data-pipeline", "g2"), None)],
        expect="malformed module path")

    # go.mod already exists
    d = fresh("go/exists")
    sh(["go", "mod", "init", "example.com/acme/svc"], cwd=d)
    d2 = fresh("go/exists2")
    d3 = fresh("go/exists3")
    def again(p, dd):
        return lambda: sh(["go", "mod", "init", p], cwd=dd)
    sh(["go", "mod", "init", "example.com/acme/api"], cwd=d2)
    add("go-mod-init-already-exists", "WORKFLOW_SEQUENCE", "go_mod_init",
        "go 1.19.8, `go mod init` run a second time in a directory that already has go.mod",
        [({"module_path": "example.com/acme/svc", "dir": "svc"}, again("example.com/acme/svc", d), ["go_mod_init", "write_file"]),
         ({"module_path": "github.com/acme/svc", "dir": "svc"}, again("github.com/acme/svc", d), ["go_mod_init", "go_build"]),
         ({"module_path": "example.com/acme/api", "dir": "api"}, again("example.com/acme/api", d2), ["go_mod_init", "write_file", "go_test"])],
        [({"module_path": "example.com/acme/api/v2", "dir": "api"}, again("example.com/acme/api/v2", d2), ["go_mod_init", "go_mod_tidy"]),
         ({"module_path": "example.com/acme/svc", "dir": "svc"}, again("example.com/acme/svc", d), ["write_file", "go_mod_init", "go_vet"])],
        [({"module_path": "example.com/acme/worker", "dir": "worker"}, again("example.com/acme/worker", d3), ["write_file"]),
         ({"module_path": "example.com/acme/cli", "dir": "cli"}, init("example.com/acme/cli", "cli"), ["list_directory"])],
        expect="already exists")

    # go build without go.mod (module mode)
    nomod = fresh("go/nomod")
    (nomod / "main.go").write_text('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n')
    withmod = fresh("go/withmod")
    (withmod / "main.go").write_text((nomod / "main.go").read_text())
    sh(["go", "mod", "init", "example.com/acme/hello"], cwd=withmod)
    def gb(args, dd):
        return lambda: sh(["go"] + args, cwd=dd)
    add("go-build-no-go-mod", "MISSING_PREREQUISITE", "go_build",
        "go 1.19.8, `go build [flags] <pkg>` in a directory with main.go but no go.mod (module mode, GO111MODULE default)",
        [({"packages": ["."]}, gb(["build", "."], nomod), ["write_file"]),
         ({"packages": ["."], "output": "bin/hello"}, gb(["build", "-o", "bin/hello", "."], nomod), ["write_file", "list_directory"]),
         ({"packages": ["./cmd/server"]}, gb(["build", "./cmd/server"], nomod), ["write_file", "read_text_file"])],
        [({"packages": ["./"], "tags": "prod", "trimpath": True}, gb(["build", "-tags", "prod", "-trimpath", "./"], nomod), ["write_file", "list_directory"]),
         ({"packages": ["./cmd/api"], "output": "bin/api"}, gb(["build", "-o", "bin/api", "./cmd/api"], nomod), ["read_text_file", "write_file"])],
        [({"packages": ["."], "output": "bin/hello"}, gb(["build", "-o", "bin/hello", "."], withmod), ["write_file", "go_mod_init"]),
         ({"packages": ["./..."]}, gb(["build", "./..."], withmod), ["go_mod_init", "write_file", "go_vet"])],
        expect="go.mod file not found")

    # go run on a library package
    lib = fresh("go/lib")
    sh(["go", "mod", "init", "example.com/acme/kit"], cwd=lib)
    for sub, pk in (("strutil", "strutil"), ("retry", "retry")):
        (lib / sub).mkdir()
        (lib / sub / f"{sub}.go").write_text(f"package {pk}\n\nfunc Ok() bool {{ return true }}\n")
    (lib / "cmd" / "kit").mkdir(parents=True)
    (lib / "cmd" / "kit" / "main.go").write_text('package main\n\nfunc main() {}\n')
    add("go-run-library-package", "WRONG_TOOL_SELECTION", "go_run",
        "go 1.19.8, `go run <pkg>` on non-main (library) packages of a module",
        [({"package": "./strutil"}, gb(["run", "./strutil"], lib), ["go_build"]),
         ({"package": "example.com/acme/kit/retry"}, gb(["run", "example.com/acme/kit/retry"], lib), ["go_build"]),
         ({"package": "./retry", "args": ["--attempts", "3"]}, gb(["run", "./retry", "--attempts", "3"], lib), None)],
        [({"package": "example.com/acme/kit/strutil", "args": ["-v"]}, gb(["run", "example.com/acme/kit/strutil", "-v"], lib), None),
         ({"package": "./retry/"}, gb(["run", "./retry/"], lib), None)],
        [({"package": "./cmd/kit"}, gb(["run", "./cmd/kit"], lib), None),
         ({"package": "example.com/acme/kit/cmd/kit", "args": ["--attempts", "3"]}, gb(["run", "example.com/acme/kit/cmd/kit", "--attempts", "3"], lib), None)],
        expect="is not a main package")


def s_cargo():
    d = fresh("cargo")
    def c(args, cwd=d):
        return lambda: sh(["cargo"] + args, cwd=cwd)
    sh(["cargo", "new", "--vcs", "none", "--bin", "app"], cwd=d)
    app = d / "app"
    (app / "src" / "bin").mkdir()
    (app / "src" / "bin" / "migrate.rs").write_text('fn main() { println!("migrate"); }\n')
    add("cargo-run-unknown-bin", "INCORRECT_PARAMETER", "cargo_run",
        "cargo 1.95.0, `cargo run --bin <name>` in a package with binaries `app` and `migrate`",
        [({"bin": "server"}, c(["run", "--offline", "--bin", "server"], app), ["cargo_new"]),
         ({"bin": "migrations"}, c(["run", "--offline", "--bin", "migrations"], app), ["cargo_build"]),
         ({"bin": "app-cli", "release": True}, c(["run", "--offline", "--release", "--bin", "app-cli"], app), None)],
        [({"bin": "server", "release": True, "args": ["--port", "8080"]}, c(["run", "--offline", "--release", "--bin", "server", "--", "--port", "8080"], app), None),
         ({"bin": "migrations", "quiet": True}, c(["run", "--offline", "-q", "--bin", "migrations"], app), None)],
        [({"bin": "migrate"}, c(["run", "--offline", "--bin", "migrate"], app), None),
         ({"bin": "app", "args": ["--port", "8080"]}, c(["run", "--offline", "--bin", "app", "--", "--port", "8080"], app), None)],
        expect="no bin target named")

    add("cargo-new-missing-path", "MISSING_PARAMETER", "cargo_new",
        "cargo 1.95.0, `cargo new` with options but no <PATH>",
        [({}, c(["new"]), None),
         ({"lib": True}, c(["new", "--lib"]), None),
         ({"vcs": "none", "edition": "2021"}, c(["new", "--vcs", "none", "--edition", "2021"]), None)],
        [({"name": "billing"}, c(["new", "--name", "billing"]), None),
         ({"bin": True, "vcs": "git"}, c(["new", "--bin", "--vcs", "git"]), None)],
        [({"path": "billing", "vcs": "none"}, c(["new", "--vcs", "none", "billing"]), None),
         ({"path": "kitlib", "lib": True, "vcs": "none"}, c(["new", "--lib", "--vcs", "none", "kitlib"]), None)],
        expect="required arguments were not provided")

    def cn(path, extra=()):
        return lambda: sh(["cargo", "new", "--vcs", "none", *extra, path], cwd=d)
    add("cargo-new-destination-exists", "WORKFLOW_SEQUENCE", "cargo_new",
        "cargo 1.95.0, `cargo new --vcs none <path>` for a package an earlier `cargo new` already created",
        [({"path": "app", "vcs": "none"}, cn("app"), ["cargo_new", "cargo_run"]),
         ({"path": "billing", "vcs": "none", "bin": True}, cn("billing", ["--bin"]), ["cargo_new", "list_directory"]),
         ({"path": "app", "vcs": "none", "edition": "2021"}, cn("app", ["--edition", "2021"]), ["cargo_new", "write_file", "cargo_test"])],
        [({"path": "billing", "vcs": "none", "lib": True}, cn("billing", ["--lib"]), ["cargo_new", "cargo_build"]),
         ({"path": "app", "vcs": "none", "name": "app-server"}, cn("app", ["--name", "app-server"]), ["write_file", "cargo_new", "cargo_check"])],
        [({"path": "ledger", "vcs": "none"}, cn("ledger"), ["list_directory"]),
         ({"path": "ledger-core", "vcs": "none", "lib": True}, cn("ledger-core", ["--lib"]), ["cargo_search"])],
        expect="already exists")

    empty = fresh("cargo-empty")
    (empty / "src").mkdir()
    (empty / "src" / "lib.rs").write_text("pub fn f() {}\n")
    lib = d / "kitlib"
    add("cargo-test-no-manifest", "MISSING_PREREQUISITE", "cargo_test",
        "cargo 1.95.0, `cargo test` in a directory with src/lib.rs but no Cargo.toml",
        [({}, c(["test", "--offline"], empty), ["write_file"]),
         ({"lib": True}, c(["test", "--offline", "--lib"], empty), ["write_file", "list_directory"]),
         ({"test_name": "parses_header", "nocapture": True}, c(["test", "--offline", "parses_header", "--", "--nocapture"], empty), ["write_file"])],
        [({"release": True}, c(["test", "--offline", "--release"], empty), ["read_text_file", "write_file"]),
         ({"doc": True}, c(["test", "--offline", "--doc"], empty), ["write_file"])],
        [({"lib": True}, c(["test", "--offline", "--lib"], lib), ["cargo_new", "write_file"]),
         ({}, c(["test", "--offline"], lib), ["cargo_new", "write_file", "cargo_build"])],
        expect="could not find `Cargo.toml`")


def s_mvn():
    d = fresh("mvn")
    shutil.copy(T / "pom.xml", d / "pom.xml")
    (d / "pom.xml").write_text("<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId>"
                               "<artifactId>svc</artifactId><version>1.0</version><packaging>pom</packaging></project>\n")
    def m(goal, *extra):
        return lambda: sh(["mvn", "-o", "-B", "-q", "-Dstyle.color=never", *extra, goal], cwd=d, timeout=180)
    add("mvn-unknown-lifecycle-phase", "INCORRECT_PARAMETER", "mvn_build",
        "Apache Maven 3.8.7 (OpenJDK), `mvn -o -B -q -Dstyle.color=never <goal>` on a minimal pom (packaging pom)",
        [({"goals": ["compil"]}, m("compil"), None),
         ({"goals": ["tests"]}, m("tests"), None),
         ({"goals": ["build"]}, m("build"), None)],
        [({"goals": ["compil"], "properties": {"skipTests": "true"}}, m("compil", "-DskipTests=true"), None),
         ({"goals": ["integration-test-all"]}, m("integration-test-all"), None)],
        [({"goals": ["validate"]}, m("validate"), None),
         ({"goals": ["initialize"]}, m("initialize"), None)],
        expect="Unknown lifecycle phase")


def s_ssh():
    d = fresh("ssh")
    def gen(bits, name, t="rsa"):
        return lambda: sh(["ssh-keygen", "-q", "-t", t, "-b", bits, "-N", "", "-f", str(d / name)])
    add("ssh-keygen-bad-bits", "PARAMETER_FORMAT", "ssh_keygen_generate",
        "OpenSSH 9.2p1 ssh-keygen, `ssh-keygen -q -t rsa -b <bits> -N '' -f <file>`",
        [({"type": "rsa", "bits": "4k", "file": "id_deploy"}, gen("4k", "k1"), None),
         ({"type": "rsa", "bits": "2048bits", "file": "id_ci"}, gen("2048bits", "k2"), None),
         ({"type": "rsa", "bits": "three-thousand", "file": "id_ci"}, gen("three-thousand", "k3"), None)],
        [({"type": "rsa", "bits": "3072-bit", "file": "id_backup"}, gen("3072-bit", "r1"), None),
         ({"type": "ecdsa", "bits": "256b", "file": "id_ec"}, gen("256b", "r2", "ecdsa"), None)],
        [({"type": "rsa", "bits": "2048", "file": "id_ci"}, gen("2048", "g1"), None),
         ({"type": "ecdsa", "bits": "256", "file": "id_ec"}, gen("256", "g2", "ecdsa"), None)],
        expect="Bits has bad value")

    def sign(extra, pub="user.pub"):
        def r():
            shutil.copy(T / "user.pub", d / pub)
            return sh(["ssh-keygen", "-s", str(T / "ca")] + extra + [str(d / pub)])
        return r
    add("ssh-keygen-sign-missing-key-id", "MISSING_PARAMETER", "ssh_keygen_sign",
        "OpenSSH 9.2p1 ssh-keygen, `ssh-keygen -s ca [opts] user.pub` certifying a user key",
        [({"ca_key": "ca", "public_key": "user.pub"}, sign([]), None),
         ({"ca_key": "ca", "public_key": "user.pub", "principals": "deploy,ops"}, sign(["-n", "deploy,ops"]), None),
         ({"ca_key": "ca", "public_key": "user.pub", "validity": "+52w"}, sign(["-V", "+52w"]), None)],
        [({"ca_key": "ca", "public_key": "alice.pub", "principals": "alice", "validity": "+1d"}, sign(["-n", "alice", "-V", "+1d"], "alice.pub"), None),
         ({"ca_key": "ca", "public_key": "user.pub", "host_certificate": True}, sign(["-h"]), None)],
        [({"ca_key": "ca", "public_key": "user.pub", "key_id": "deploy@ci", "principals": "deploy,ops"}, sign(["-I", "deploy@ci", "-n", "deploy,ops"]), None),
         ({"ca_key": "ca", "public_key": "alice.pub", "key_id": "alice", "validity": "+52w"}, sign(["-I", "alice", "-V", "+52w"], "alice.pub"), None)],
        expect="Must specify key id")

    (d / "known.txt").write_text("deploy host list\nweb1 10.0.0.1\n")
    def fp(f):
        return lambda: sh(["ssh-keygen", "-l", "-f", str(f)])
    add("ssh-keygen-fingerprint-not-a-key", "WRONG_TOOL_SELECTION", "ssh_keygen_fingerprint",
        "OpenSSH 9.2p1 ssh-keygen, `ssh-keygen -l -f <file>` on files that are not SSH keys",
        [({"file": "tls.key"}, fp(T / "tls.key"), None),
         ({"file": "config.json"}, fp(T / "config.json"), None),
         ({"file": "known.txt"}, fp(d / "known.txt"), None)],
        [({"file": "deploy.sh"}, fp(T / "deploy.sh"), None),
         ({"file": "feed.xml"}, fp(T / "feed.xml"), None)],
        [({"file": "user.pub"}, fp(T / "user.pub"), None),
         ({"file": "ca"}, fp(T / "ca"), None)],
        expect="is not a")


def s_rsync_zip():
    d = fresh("rsync")
    def rs(bw, dst):
        return lambda: sh(["rsync", "-a", f"--bwlimit={bw}", str(T / "src") + "/", str(d / dst)])
    add("rsync-bad-bwlimit", "PARAMETER_FORMAT", "rsync_copy",
        "rsync 3.5.0, `rsync -a --bwlimit=<v> src/ dst` locally",
        [({"source": "src/", "dest": "backup/", "bwlimit": "fast"}, rs("fast", "b1"), None),
         ({"source": "src/", "dest": "backup/", "bwlimit": "10 MB/s"}, rs("10 MB/s", "b2"), None),
         ({"source": "src/", "dest": "mirror/", "bwlimit": "1.5MBps"}, rs("1.5MBps", "b3"), None)],
        [({"source": "src/", "dest": "mirror/", "bwlimit": "slow", "archive": True}, rs("slow", "r1"), None),
         ({"source": "src/", "dest": "backup/", "bwlimit": "500 kbit"}, rs("500 kbit", "r2"), None)],
        [({"source": "src/", "dest": "backup/", "bwlimit": "10M"}, rs("10M", "g1"), None),
         ({"source": "src/", "dest": "mirror/", "bwlimit": "1500"}, rs("1500", "g2"), None)],
        expect="is invalid")

    z = fresh("zip")
    def zp(args):
        return lambda: sh(["zip"] + args, cwd=T)
    add("zip-create-no-inputs", "MISSING_PARAMETER", "zip_create",
        "Info-ZIP Zip 3.0, `zip [opts] <archive>` with no input files",
        [({"archive": "zip/site.zip"}, zp(["zip/site.zip"]), None),
         ({"archive": "zip/site.zip", "recursive": True}, zp(["-r", "zip/site.zip"]), None),
         ({"archive": "zip/logs.zip", "compression_level": 9}, zp(["-9", "zip/logs.zip"]), None)],
        [({"archive": "zip/bundle.zip", "recursive": True, "quiet": True}, zp(["-r", "-q", "zip/bundle.zip"]), None),
         ({"archive": "zip/logs.zip", "junk_paths": True}, zp(["-j", "zip/logs.zip"]), None)],
        [({"archive": "zip/site.zip", "recursive": True, "inputs": ["src"]}, zp(["-r", "zip/site.zip", "src"]), None),
         ({"archive": "zip/logs.zip", "compression_level": 9, "inputs": ["notes.txt"]}, zp(["-9", "zip/logs.zip", "notes.txt"]), None)],
        expect="Nothing to do")

    def zi(f):
        return lambda: sh(["zipinfo", str(T / f)])
    shutil.copy(T / "release.tar.gz", T / "release.tgz")
    add("zipinfo-on-tarball", "WRONG_TOOL_SELECTION", "zipinfo_list",
        "UnZip 6.00 zipinfo, `zipinfo <file>` on gzip tarballs and a JSON file",
        [({"archive": "release.tar.gz"}, zi("release.tar.gz"), ["write_file"]),
         ({"archive": "release.tgz"}, zi("release.tgz"), None),
         ({"archive": "config.json"}, zi("config.json"), None)],
        [({"archive": "release.tar.gz", "verbose": True}, lambda: sh(["zipinfo", "-v", str(T / "release.tar.gz")]), None),
         ({"archive": "values.yaml"}, zi("values.yaml"), None)],
        [({"archive": "release.zip"}, zi("release.zip"), None),
         ({"archive": "release.zip", "verbose": True}, lambda: sh(["zipinfo", "-v", str(T / "release.zip")]), None)],
        expect="End-of-central-directory signature not found")


def s_openssl_gh_misc():
    def req(days):
        return lambda: sh(["openssl", "req", "-x509", "-key", str(T / "tls.key"), "-subj", "/CN=svc.internal",
                           "-days", days, "-out", str(T / "svc.crt")])
    add("openssl-req-bad-days", "PARAMETER_FORMAT", "openssl_req",
        "OpenSSL 3.0.19, `openssl req -x509 -key tls.key -subj /CN=svc.internal -days <v> -out svc.crt`",
        [({"x509": True, "key": "tls.key", "subject": "/CN=svc.internal", "days": "30d"}, req("30d"), None),
         ({"x509": True, "key": "tls.key", "subject": "/CN=svc.internal", "days": "one-year"}, req("one-year"), None),
         ({"x509": True, "key": "tls.key", "subject": "/CN=api.internal", "days": "365.25"}, req("365.25"), None)],
        [({"x509": True, "key": "tls.key", "subject": "/CN=db.internal", "days": "90days"}, req("90days"), None),
         ({"x509": True, "key": "tls.key", "subject": "/CN=svc.internal", "days": "1y"}, req("1y"), None)],
        [({"x509": True, "key": "tls.key", "subject": "/CN=svc.internal", "days": "365"}, req("365"), None),
         ({"x509": True, "key": "tls.key", "subject": "/CN=db.internal", "days": "90"}, req("90"), None)],
        expect="as a number")

    def mq(args):
        return lambda: sh(["mosquitto_pub", "-h", "127.0.0.1", "-p", "1883"] + args)
    add("mosquitto-pub-missing-topic-or-message", "MISSING_PARAMETER", "mosquitto_publish",
        "mosquitto_pub 2.0.11 (Debian 12) against local Mosquitto 2.0.11 on 1883, topic (-t) or payload (-m/-f/-n/-s/-l) omitted",
        [({"message": '{"temp": 21.5}'}, mq(["-m", '{"temp": 21.5}']), None),
         ({"topic": "bp3/sensors/kitchen", "qos": 1}, mq(["-t", "bp3/sensors/kitchen", "-q", "1"]), None),
         ({"message": "on", "retain": True}, mq(["-m", "on", "-r"]), None)],
        [({"topic": "bp3/lights/hall", "retain": True}, mq(["-t", "bp3/lights/hall", "-r"]), None),
         ({"message": "reboot", "qos": 2, "client_id": "bp3-ops"}, mq(["-m", "reboot", "-q", "2", "-i", "bp3-ops"]), None)],
        [({"topic": "bp3/sensors/kitchen", "message": '{"temp": 21.5}', "qos": 1}, mq(["-t", "bp3/sensors/kitchen", "-m", '{"temp": 21.5}', "-q", "1"]), None),
         ({"topic": "bp3/lights/hall", "null_message": True}, mq(["-t", "bp3/lights/hall", "-n"]), None)],
        expect="Both topic and message must be supplied")

    def gh(args):
        return lambda: sh(["gh"] + args, cwd=T)
    add("gh-issue-list-bad-limit", "PARAMETER_FORMAT", "gh_issue_list",
        "gh 2.23.0 (Debian), `gh issue list -R <repo> --limit <v>`; flag parsing fails before any network call",
        [({"repo": "acme/api", "limit": "ten"}, gh(["issue", "list", "-R", "acme/api", "--limit", "ten"]), None),
         ({"repo": "acme/api", "limit": "50 issues", "state": "open"}, gh(["issue", "list", "-R", "acme/api", "--limit", "50 issues", "--state", "open"]), None),
         ({"repo": "acme/web", "limit": "1e2"}, gh(["issue", "list", "-R", "acme/web", "--limit", "1e2"]), None)],
        [({"repo": "acme/web", "limit": "all", "label": "bug"}, gh(["issue", "list", "-R", "acme/web", "--limit", "all", "--label", "bug"]), None),
         ({"repo": "acme/api", "limit": "20.0"}, gh(["issue", "list", "-R", "acme/api", "--limit", "20.0"]), None)],
        [({"repo": "acme/api", "limit": "10"}, None, None),
         ({"repo": "acme/web", "limit": "100", "label": "bug"}, None, None)],
        expect="invalid argument")

    add("gh-repo-view-unknown-json-field", "INCORRECT_PARAMETER", "gh_repo_view",
        "gh 2.23.0 (Debian), `gh repo view <repo> --json <fields>`; field validation happens before any network call",
        [({"repo": "acme/api", "json": "stars"}, gh(["repo", "view", "acme/api", "--json", "stars"]), None),
         ({"repo": "acme/api", "json": "name,default_branch"}, gh(["repo", "view", "acme/api", "--json", "name,default_branch"]), None),
         ({"repo": "acme/web", "json": "topics"}, gh(["repo", "view", "acme/web", "--json", "topics"]), None)],
        [({"repo": "acme/web", "json": "stars,url"}, gh(["repo", "view", "acme/web", "--json", "stars,url"]), None),
         ({"repo": "acme/api", "json": "default_branch", "jq": ".default_branch"}, gh(["repo", "view", "acme/api", "--json", "default_branch", "--jq", ".default_branch"]), None)],
        [({"repo": "acme/api", "json": "stargazerCount"}, None, None),
         ({"repo": "acme/api", "json": "name,defaultBranchRef"}, None, None)],
        expect="Unknown JSON field")

    add("gh-pr-create-missing-title-body", "MISSING_PARAMETER", "gh_pr_create",
        "gh 2.23.0 (Debian), `gh pr create` non-interactively (stdin not a TTY) with title or body omitted",
        [({"base": "main"}, gh(["pr", "create", "--base", "main"]), ["git_push"]),
         ({"title": "Fix retry loop"}, gh(["pr", "create", "--title", "Fix retry loop"]), ["git_push"]),
         ({"body": "Closes #12", "draft": True}, gh(["pr", "create", "--body", "Closes #12", "--draft"]), ["git_push"])],
        [({"title": "Add metrics endpoint", "base": "develop", "reviewer": "octo"}, gh(["pr", "create", "--title", "Add metrics endpoint", "--base", "develop", "--reviewer", "octo"]), ["git_push"]),
         ({"label": "bug", "head": "fix/retry"}, gh(["pr", "create", "--label", "bug", "--head", "fix/retry"]), ["git_push"])],
        [({"title": "Fix retry loop", "body": "Closes #12"}, None, ["git_push"]),
         ({"fill": True, "base": "main"}, None, ["git_push"])],
        expect="must provide")

    # shellcheck on non-shell files
    def sc(f):
        return lambda: sh(["shellcheck", str(T / f)])
    (T / "build.py").write_text("#!/usr/bin/env python3\nprint('build')\n")
    (T / "tasks.rb").write_text("#!/usr/bin/env ruby\nputs 'x'\n")
    (T / "ci.sh").write_text("#!/bin/bash\nset -euo pipefail\necho \"ci $1\"\n")
    add("shellcheck-non-shell-script", "WRONG_TOOL_SELECTION", "shellcheck_lint",
        "ShellCheck 0.9.0, `shellcheck <file>` on scripts with non-shell shebangs",
        [({"files": ["app.py"]}, lambda: sh(["shellcheck", "-s", "sh", str(T / "config.json")]) if False else sh(["shellcheck", str(T / "build.py")]), None),
         ({"files": ["tasks.rb"]}, sc("tasks.rb"), None),
         ({"files": ["build.py"], "severity": "warning"}, lambda: sh(["shellcheck", "-S", "warning", str(T / "build.py")]), None)],
        [({"files": ["tasks.rb"], "format": "gcc"}, lambda: sh(["shellcheck", "-f", "gcc", str(T / "tasks.rb")]), None),
         ({"files": ["build.py"], "external_sources": True}, lambda: sh(["shellcheck", "-x", str(T / "build.py")]), None)],
        [({"files": ["deploy.sh"]}, sc("deploy.sh"), None),
         ({"files": ["ci.sh"], "severity": "warning"}, lambda: sh(["shellcheck", "-S", "warning", str(T / "ci.sh")]), None)],
        expect="ShellCheck only supports")
    # fix the first learn's params to the file really linted
    SCEN[-1]["learn"][0]["params"] = {"files": ["build.py"]}

    def xl(f):
        return lambda: sh(["xmllint", "--noout", str(T / f)])
    add("xmllint-on-json-yaml", "WRONG_TOOL_SELECTION", "xmllint_check",
        "libxml2 2.9.14 xmllint, `xmllint --noout <file>` on JSON and YAML files",
        [({"file": "config.json"}, xl("config.json"), None),
         ({"file": "values.yaml"}, xl("values.yaml"), None),
         ({"file": "config.json", "format": True}, lambda: sh(["xmllint", "--format", str(T / "config.json")]), None)],
        [({"file": "values.yaml", "format": True}, lambda: sh(["xmllint", "--format", str(T / "values.yaml")]), None),
         ({"file": "notes.txt"}, xl("notes.txt"), None)],
        [({"file": "feed.xml"}, xl("feed.xml"), None),
         ({"file": "pom.xml", "format": True}, lambda: sh(["xmllint", "--format", str(T / "pom.xml")]), None)],
        expect="Start tag expected")

    g = T / "gnupg"
    sh(["gpg", "--batch", "--homedir", str(g), "--passphrase", "", "--quick-gen-key", "bp3 <bp3@example.com>", "ed25519", "sign", "never"])
    sh(["gpg", "--batch", "--homedir", str(g), "--yes", "--detach-sign", "-o", str(T / "notes.txt.sig"), str(T / "notes.txt")])
    sh(["gpg", "--batch", "--homedir", str(g), "--yes", "--clearsign", "-o", str(T / "notes.txt.asc"), str(T / "notes.txt")])
    def gv(args):
        return lambda: sh(["gpg", "--batch", "--homedir", str(g), "--verify"] + [str(T / a) for a in args])
    add("gpg-verify-not-a-signature", "WRONG_TOOL_SELECTION", "gpg_verify",
        "GnuPG 2.2.40, `gpg --batch --verify <file>` on plain files and archives (no signature)",
        [({"signature": "notes.txt"}, gv(["notes.txt"]), None),
         ({"signature": "release.tar.gz"}, gv(["release.tar.gz"]), None),
         ({"signature": "config.json"}, gv(["config.json"]), None)],
        [({"signature": "release.zip"}, gv(["release.zip"]), None),
         ({"signature": "values.yaml"}, gv(["values.yaml"]), None)],
        [({"signature": "notes.txt.sig", "file": "notes.txt"}, gv(["notes.txt.sig", "notes.txt"]), None),
         ({"signature": "notes.txt.asc"}, gv(["notes.txt.asc"]), None)],
        expect="no valid OpenPGP data found")


def s_npm():
    d = fresh("npm")
    p = fresh("npm-pkg")
    sh(["npm", "init", "-y"], cwd=p)
    def np(args, cwd):
        return lambda: sh(["npm"] + args + ["--offline", "--no-fund", "--no-audit"], cwd=cwd)
    add("npm-pack-no-package-json", "MISSING_PREREQUISITE", "npm_pack",
        "npm 11.19.1 (node v20.20.2), `npm pack` in a directory without package.json",
        [({"dry_run": True}, np(["pack", "--dry-run"], d), ["write_file"]),
         ({}, np(["pack"], d), ["write_file", "list_directory"]),
         ({"pack_destination": "dist"}, np(["pack", "--pack-destination", "dist"], d), ["write_file"])],
        [({"json": True}, np(["pack", "--json"], d), ["read_text_file", "write_file"]),
         ({"dry_run": True, "json": True}, np(["pack", "--dry-run", "--json"], d), ["write_file"])],
        [({"dry_run": True}, np(["pack", "--dry-run"], p), ["npm_init", "write_file"]),
         ({"dry_run": True, "json": True}, np(["pack", "--dry-run", "--json"], p), ["write_file", "npm_init"])],
        expect="package.json")


def s_redis():
    add("redis-expire-non-integer-ttl", "PARAMETER_FORMAT", "redis_expire",
        "redis-py 8.1.0 against local Redis 7.0.15 on 6379, `r.expire(key, seconds)` after setting the key (keys bp3:*)",
        [({"key": "bp3:session:42", "seconds": "10s"}, redis_call(lambda c: (c.set("bp3:session:42", "x"), c.expire("bp3:session:42", "10s"))), ["redis_set"]),
         ({"key": "bp3:session:42", "seconds": "1h"}, redis_call(lambda c: (c.set("bp3:session:42", "x"), c.expire("bp3:session:42", "1h"))), ["redis_set"]),
         ({"key": "bp3:cache:home", "seconds": 2.5}, redis_call(lambda c: (c.set("bp3:cache:home", "x"), c.expire("bp3:cache:home", 2.5))), ["redis_set"])],
        [({"key": "bp3:cache:home", "seconds": "ten"}, redis_call(lambda c: (c.set("bp3:cache:home", "x"), c.expire("bp3:cache:home", "ten"))), ["redis_set"]),
         ({"key": "bp3:lock:job", "seconds": "30 sec"}, redis_call(lambda c: (c.set("bp3:lock:job", "x"), c.expire("bp3:lock:job", "30 sec"))), ["redis_set"])],
        [({"key": "bp3:session:42", "seconds": 10}, redis_call(lambda c: (c.set("bp3:session:42", "x"), c.expire("bp3:session:42", 10))), ["redis_set"]),
         ({"key": "bp3:cache:home", "seconds": "3600"}, redis_call(lambda c: (c.set("bp3:cache:home", "x"), c.expire("bp3:cache:home", "3600"))), ["redis_set"])],
        expect="not an integer")

    add("redis-hset-no-fields", "MISSING_PARAMETER", "redis_hset",
        "redis-py 8.1.0 against local Redis 7.0.15 on 6379, `r.hset(name, key=None, value=None, mapping=None, items=None)` with no field/value given (keys bp3:*)",
        [({"name": "bp3:user:1"}, redis_call(lambda c: c.hset("bp3:user:1")), None),
         ({"name": "bp3:user:1", "mapping": {}}, redis_call(lambda c: c.hset("bp3:user:1", mapping={})), None),
         ({"name": "bp3:cfg", "items": []}, redis_call(lambda c: c.hset("bp3:cfg", items=[])), None)],
        [({"name": "bp3:cart:9", "mapping": {}}, redis_call(lambda c: c.hset("bp3:cart:9", mapping={})), None),
         ({"name": "bp3:profile:7"}, redis_call(lambda c: c.hset("bp3:profile:7")), None)],
        [({"name": "bp3:user:1", "mapping": {"email": "a@example.com"}}, redis_call(lambda c: c.hset("bp3:user:1", mapping={"email": "a@example.com"})), None),
         ({"name": "bp3:cfg", "key": "mode", "value": "fast"}, redis_call(lambda c: c.hset("bp3:cfg", "mode", "fast")), None)],
        expect="DataError")

    def grp(stream, group, create_first, id="$", mkstream=False):
        def f(c):
            c.xadd(stream, {"k": "v"})
            if create_first:
                c.xgroup_create(stream, group, id="0")
            return c.xgroup_create(stream, group, id=id, mkstream=mkstream)
        return redis_call(f)
    add("redis-xgroup-create-exists", "WORKFLOW_SEQUENCE", "redis_xgroup_create",
        "redis-py 8.1.0 against local Redis 7.0.15 on 6379, `r.xgroup_create(stream, group)` a second time (keys bp3:*)",
        [({"stream": "bp3:orders", "group": "billing"}, grp("bp3:orders", "billing", True), ["redis_xadd", "redis_xgroup_create"]),
         ({"stream": "bp3:orders", "group": "billing", "id": "$"}, grp("bp3:orders", "billing", True), ["redis_xgroup_create", "redis_xreadgroup"]),
         ({"stream": "bp3:events", "group": "audit"}, grp("bp3:events", "audit", True), ["redis_xadd", "redis_xgroup_create", "redis_xinfo_groups"])],
        [({"stream": "bp3:events", "group": "audit", "mkstream": True}, grp("bp3:events", "audit", True, mkstream=True), ["redis_xgroup_create", "redis_xadd"]),
         ({"stream": "bp3:orders", "group": "billing", "id": "0"}, grp("bp3:orders", "billing", True, id="0"), ["redis_xadd", "redis_xgroup_create", "redis_xack"])],
        [({"stream": "bp3:orders", "group": "billing"}, grp("bp3:orders", "billing", False), ["redis_xadd"]),
         ({"stream": "bp3:events", "group": "audit", "mkstream": True}, grp("bp3:events", "audit", False, mkstream=True), ["redis_xadd", "redis_xlen"])],
        expect="BUSYGROUP")


def s_amqp():
    def purge(q, declare=False):
        def f(ch):
            if declare:
                ch.queue_declare(q)
            return ch.queue_purge(q)
        return amqp_call(f)
    add("rabbitmq-queue-purge-unknown-queue", "INCORRECT_PARAMETER", "rabbitmq_queue_purge",
        "pika 1.4.4 BlockingChannel.queue_purge against local RabbitMQ 3.10.8 on 5672 (guest)",
        [({"queue": "bp3.job"}, purge("bp3.job"), None),
         ({"queue": "bp3.jobs.dlq"}, purge("bp3.jobs.dlq"), None),
         ({"queue": "bp3.email"}, purge("bp3.email"), None)],
        [({"queue": "bp3.job", "vhost": "/"}, purge("bp3.job"), None),
         ({"queue": "bp3.emails.retry"}, purge("bp3.emails.retry"), None)],
        [({"queue": "bp3.jobs"}, purge("bp3.jobs", True), None),
         ({"queue": "bp3.emails"}, purge("bp3.emails", True), None)],
        expect="NOT_FOUND")

    def pub(x, rk, declare=False):
        def f(ch):
            ch.confirm_delivery()
            if declare:
                ch.exchange_declare(x, exchange_type="topic")
            ch.basic_publish(exchange=x, routing_key=rk, body=b'{"id": 1}')
            return "published"
        return amqp_call(f)
    add("rabbitmq-publish-exchange-not-declared", "MISSING_PREREQUISITE", "rabbitmq_basic_publish",
        "pika 1.4.4 BlockingChannel.basic_publish (publisher confirms on) against local RabbitMQ 3.10.8 on 5672 (guest)",
        [({"exchange": "bp3.orders", "routing_key": "order.created", "body": '{"id": 1}'}, pub("bp3.orders", "order.created"), ["rabbitmq_queue_declare"]),
         ({"exchange": "bp3.events", "routing_key": "user.signup", "body": '{"id": 1}'}, pub("bp3.events", "user.signup"), ["rabbitmq_queue_declare", "rabbitmq_queue_bind"]),
         ({"exchange": "bp3.orders", "routing_key": "order.paid", "body": '{"id": 1}'}, pub("bp3.orders", "order.paid"), ["list_directory", "rabbitmq_queue_declare"])],
        [({"exchange": "bp3.events", "routing_key": "user.deleted", "body": '{"id": 1}', "mandatory": False}, pub("bp3.events", "user.deleted"), ["rabbitmq_queue_declare"]),
         ({"exchange": "bp3.orders", "routing_key": "order.created", "body": '{"id": 1}'}, pub("bp3.orders", "order.created"), ["rabbitmq_queue_purge"])],
        [({"exchange": "bp3.orders", "routing_key": "order.created", "body": '{"id": 1}'}, pub("bp3.orders", "order.created", True), ["rabbitmq_exchange_declare", "rabbitmq_queue_bind"]),
         ({"exchange": "bp3.events", "routing_key": "user.signup", "body": '{"id": 1}'}, pub("bp3.events", "user.signup", True), ["rabbitmq_queue_declare", "rabbitmq_exchange_declare"])],
        expect="NOT_FOUND")


def s_sql():
    # MariaDB
    my = ["mariadb", "-uroot", "-h127.0.0.1", "-P3306", "test", "-e"]
    sh(my + ["CREATE TABLE IF NOT EXISTS bp3_users (id INT PRIMARY KEY, email VARCHAR(80));"
             "CREATE TABLE IF NOT EXISTS bp3_orders (id INT PRIMARY KEY, user_id INT);"])
    def md(tables, extra=()):
        return lambda: sh(["mariadb-dump", "-uroot", "-h127.0.0.1", "-P3306", "-r", str(T / "dump.sql"), *extra, "test", *tables])
    add("mariadb-dump-unknown-table", "INCORRECT_PARAMETER", "mariadb_dump",
        "mariadb-dump 10.11.19 (client) against local MariaDB 3306, db `test` with tables bp3_users, bp3_orders; `mariadb-dump -r dump.sql [opts] test <tables>`",
        [({"database": "test", "tables": ["bp3_user"]}, md(["bp3_user"]), None),
         ({"database": "test", "tables": ["bp3_users", "bp3_sessions"]}, md(["bp3_users", "bp3_sessions"]), None),
         ({"database": "test", "tables": ["users"], "no_data": True}, md(["users"], ["--no-data"]), None)],
        [({"database": "test", "tables": ["bp3_user"], "no_data": True, "single_transaction": True}, md(["bp3_user"], ["--no-data", "--single-transaction"]), None),
         ({"database": "test", "tables": ["bp3_order"]}, md(["bp3_order"]), None)],
        [({"database": "test", "tables": ["bp3_users"]}, md(["bp3_users"]), None),
         ({"database": "test", "tables": ["bp3_users", "bp3_orders"], "no_data": True}, md(["bp3_users", "bp3_orders"], ["--no-data"]), None)],
        expect="Couldn't find table")
    sh(my + ["DROP TABLE IF EXISTS bp3_users, bp3_orders;"])

    # PostgreSQL createdb
    for db in ("bp3_app", "bp3_reports", "bp3_new", "bp3_fresh"):
        sh(["dropdb", "--if-exists", db])
    sh(["createdb", "bp3_app"]); sh(["createdb", "bp3_reports"])
    def cdb(db, pre_drop=False, extra=()):
        def r():
            if pre_drop:
                sh(["dropdb", "--if-exists", db])
            return sh(["createdb", *extra, db])
        return r
    add("pg-createdb-already-exists", "WORKFLOW_SEQUENCE", "pg_createdb",
        "PostgreSQL 15.20 createdb over the local unix socket, creating a database that an earlier call created",
        [({"dbname": "bp3_app"}, cdb("bp3_app"), ["pg_createdb", "psql_run_file"]),
         ({"dbname": "bp3_app", "owner": "postgres"}, cdb("bp3_app", extra=["-O", "postgres"]), ["pg_createdb"]),
         ({"dbname": "bp3_reports", "encoding": "UTF8"}, cdb("bp3_reports", extra=["-E", "UTF8", "-T", "template0"]), ["pg_createdb", "pg_dump"])],
        [({"dbname": "bp3_reports", "template": "template0"}, cdb("bp3_reports", extra=["-T", "template0"]), ["pg_createdb", "psql_run_file"]),
         ({"dbname": "bp3_app", "encoding": "UTF8", "template": "template0"}, cdb("bp3_app", extra=["-E", "UTF8", "-T", "template0"]), ["psql_run_file", "pg_createdb"])],
        [({"dbname": "bp3_new"}, cdb("bp3_new", True), ["list_directory"]),
         ({"dbname": "bp3_fresh", "owner": "postgres"}, cdb("bp3_fresh", True, ["-O", "postgres"]), ["pg_dropdb"])],
        expect="already exists")

    # psql -f into a database that does not exist yet
    (T / "schema.sql").write_text("CREATE TABLE IF NOT EXISTS bp3_t (id int);\nDROP TABLE bp3_t;\n")
    for db in ("bp3_shop", "bp3_ledger", "bp3_crm"):
        sh(["dropdb", "--if-exists", db])
    def pf(db, created=False, extra=(), f="schema.sql"):
        def r():
            if created:
                sh(["createdb", db])
            return sh(["psql", "-X", "-v", "ON_ERROR_STOP=1", *extra, "-d", db, "-f", str(T / f)])
        return r
    add("psql-file-database-not-created", "MISSING_PREREQUISITE", "psql_run_file",
        "PostgreSQL 15.20 psql over the local unix socket, `psql -d <db> -f schema.sql` before the database was created",
        [({"dbname": "bp3_shop", "file": "schema.sql"}, pf("bp3_shop"), ["write_file"]),
         ({"dbname": "bp3_ledger", "file": "schema.sql", "on_error_stop": True}, pf("bp3_ledger"), ["write_file", "read_text_file"]),
         ({"dbname": "bp3_crm", "file": "schema.sql"}, pf("bp3_crm"), ["list_directory", "write_file"])],
        [({"dbname": "bp3_shop", "file": "seed.sql"}, pf("bp3_shop", f="seed.sql"), ["write_file", "psql_run_file"]),
         ({"dbname": "bp3_ledger", "file": "schema.sql", "single_transaction": True}, pf("bp3_ledger", extra=["-1"]), ["write_file"])],
        [({"dbname": "bp3_shop", "file": "schema.sql"}, pf("bp3_shop", True), ["write_file", "pg_createdb"]),
         ({"dbname": "bp3_ledger", "file": "schema.sql", "on_error_stop": True}, pf("bp3_ledger", True), ["pg_createdb", "write_file"])],
        expect="does not exist")
    # pg_restore given a plain SQL dump
    sh(["pg_dump", "-d", "bp3_app", "-f", str(T / "app.sql")])
    sh(["pg_dump", "-d", "bp3_app", "-Fc", "-f", str(T / "app.dump")])
    shutil.copy(T / "app.sql", T / "backup_2026-11-30.sql")
    def pr(f, extra=()):
        return lambda: sh(["pg_restore", *extra, "-d", "bp3_reports", str(T / f)])
    add("pg-restore-plain-sql-dump", "WRONG_TOOL_SELECTION", "pg_restore",
        "PostgreSQL 15.20 pg_restore over the local unix socket, given plain-format (SQL text) dumps",
        [({"dbname": "bp3_reports", "file": "app.sql"}, pr("app.sql"), ["pg_dump"]),
         ({"dbname": "bp3_reports", "file": "app.sql", "clean": True}, pr("app.sql", ["--clean"]), ["pg_dump"]),
         ({"dbname": "bp3_reports", "file": "backup_2026-11-30.sql", "no_owner": True}, pr("backup_2026-11-30.sql", ["--no-owner"]), None)],
        [({"dbname": "bp3_reports", "file": "backup_2026-11-30.sql", "jobs": 2}, pr("backup_2026-11-30.sql", ["-j", "2"]), None),
         ({"dbname": "bp3_reports", "file": "app.sql", "if_exists": True, "clean": True}, pr("app.sql", ["--clean", "--if-exists"]), None)],
        [({"dbname": "bp3_reports", "file": "app.dump"}, pr("app.dump"), ["pg_dump"]),
         ({"dbname": "bp3_reports", "file": "app.dump", "clean": True, "if_exists": True}, pr("app.dump", ["--clean", "--if-exists"]), None)],
        expect="text format dump")
    for db in ("bp3_app", "bp3_reports", "bp3_new", "bp3_fresh", "bp3_shop", "bp3_ledger", "bp3_crm"):
        sh(["dropdb", "--if-exists", db])


def s_alembic():
    al = str(VENV / "alembic")
    empty = fresh("alembic-none")
    proj = fresh("alembic-proj")
    sh([al, "init", "migrations"], cwd=proj)
    ini = proj / "alembic.ini"
    ini.write_text(ini.read_text().replace("driver://user:pass@localhost/dbname", "sqlite:///" + str(proj / "app.db")))
    envpy = proj / "migrations" / "env.py"
    envpy.write_text(envpy.read_text().replace("target_metadata = None",
                     "from sqlalchemy import MetaData\ntarget_metadata = MetaData()"))
    def a(args, cwd):
        return lambda: sh([al] + args, cwd=cwd)
    add("alembic-upgrade-no-config", "MISSING_PREREQUISITE", "alembic_upgrade",
        "alembic 1.20.1 (PyPI, venv) + SQLAlchemy 2.1.9, `alembic upgrade <rev>` in a project that was never `alembic init`-ed",
        [({"revision": "head"}, a(["upgrade", "head"], empty), ["write_file"]),
         ({"revision": "+1"}, a(["upgrade", "+1"], empty), ["pip_install", "write_file"]),
         ({"revision": "head", "sql": True}, a(["upgrade", "head", "--sql"], empty), ["write_file"])],
        [({"revision": "heads", "tag": "release-1"}, a(["upgrade", "heads", "--tag", "release-1"], empty), ["pip_install"]),
         ({"revision": "base:head", "sql": True}, a(["upgrade", "base:head", "--sql"], empty), ["write_file", "read_text_file"])],
        [({"revision": "head"}, a(["upgrade", "head"], proj), ["alembic_init", "write_file"]),
         ({"revision": "head", "sql": True}, a(["upgrade", "head", "--sql"], proj), ["pip_install", "alembic_init"])],
        expect="script_location")

    # autogenerate while the database lags behind the head revision
    def rev(msg, upgrade_first=False):
        def r():
            if upgrade_first:
                sh([al, "upgrade", "head"], cwd=proj)
            return sh([al, "revision", "--autogenerate", "-m", msg], cwd=proj)
        return r
    sh([al, "revision", "-m", "create users"], cwd=proj)  # db stays at base: not up to date
    add("alembic-autogenerate-db-behind", "WORKFLOW_SEQUENCE", "alembic_revision",
        "alembic 1.20.1 (PyPI, venv) + SQLAlchemy 2.1.9, sqlite URL, `alembic revision --autogenerate` after a revision was written but never applied",
        [({"message": "add orders", "autogenerate": True}, rev("add orders"), ["alembic_init", "alembic_revision"]),
         ({"message": "add index on email", "autogenerate": True}, rev("add index on email"), ["alembic_revision", "write_file"]),
         ({"message": "drop legacy", "autogenerate": True}, rev("drop legacy"), ["alembic_init", "alembic_revision", "alembic_history"])],
        [({"message": "add invoices", "autogenerate": True, "rev_id": "a1b2"}, rev("add invoices"), ["alembic_revision", "alembic_current"]),
         ({"message": "add orders", "autogenerate": True}, rev("add orders"), ["write_file", "alembic_revision", "write_file"])],
        [({"message": "add orders", "autogenerate": True}, rev("add orders", True), ["alembic_revision", "alembic_upgrade"]),
         ({"message": "add invoices", "autogenerate": True}, rev("add invoices", True), ["alembic_revision", "alembic_upgrade", "alembic_current"])],
        expect="Target database is not up to date")


def s_mcp():
    tz = [VENV.joinpath("mcp-server-time").as_posix(), "--local-timezone", "UTC"]
    calls = [("get_current_time", {"timezone": "America/Springfield"}),
             ("get_current_time", {"timezone": "EST5EDT/NewYork"}),
             ("get_current_time", {"timezone": "Europe/Frankfurt"}),
             ("get_current_time", {"timezone": "Central European Time"}),
             ("get_current_time", {"timezone": "Asia/Bangalore"}),
             ("get_current_time", {"timezone": "Europe/Paris"}),
             ("get_current_time", {"timezone": "Asia/Kolkata"}),
             # convert_time format
             ("convert_time", {"source_timezone": "UTC", "time": "3pm", "target_timezone": "Asia/Tokyo"}),
             ("convert_time", {"source_timezone": "Europe/London", "time": "14.30", "target_timezone": "America/New_York"}),
             ("convert_time", {"source_timezone": "UTC", "time": "1430", "target_timezone": "Asia/Tokyo"}),
             ("convert_time", {"source_timezone": "UTC", "time": "2:30 PM", "target_timezone": "Europe/Berlin"}),
             ("convert_time", {"source_timezone": "Europe/London", "time": "14h30", "target_timezone": "Asia/Tokyo"}),
             ("convert_time", {"source_timezone": "UTC", "time": "14:30", "target_timezone": "Asia/Tokyo"}),
             ("convert_time", {"source_timezone": "Europe/London", "time": "09:05", "target_timezone": "America/New_York"}),
             # missing target
             ("convert_time", {"source_timezone": "UTC", "time": "14:30"}),
             ("convert_time", {"time": "09:00", "target_timezone": "Asia/Tokyo"}),
             ("convert_time", {"source_timezone": "Europe/Berlin", "target_timezone": "UTC"}),
             ("convert_time", {"source_timezone": "UTC", "time": "18:00"}),
             ("convert_time", {"time": "08:15", "target_timezone": "Europe/Berlin"}),
             ("convert_time", {"source_timezone": "UTC", "time": "18:00", "target_timezone": "Europe/Berlin"}),
             ("convert_time", {"source_timezone": "Asia/Tokyo", "time": "08:15", "target_timezone": "UTC"}),
             ]
    R = mcp_session(tz, calls)
    P = [c[1] for c in calls]
    src = "mcp-server-time 2026.10.19 (PyPI) over stdio with the `mcp` 2.3.0 Python client, tool "
    it = lambda i: (P[i], pre([R[i]]), None)
    add("mcp-time-invalid-timezone", "INCORRECT_PARAMETER", "time_get_current_time", src + "get_current_time",
        [it(0), it(1), it(2)], [it(3), it(4)], [it(5), it(6)], expect="Invalid timezone")
    add("mcp-time-bad-time-format", "PARAMETER_FORMAT", "time_convert_time", src + "convert_time",
        [it(7), it(8), it(9)], [it(10), it(11)], [it(12), it(13)], expect="time format")
    add("mcp-time-convert-missing-field", "MISSING_PARAMETER", "time_convert_time", src + "convert_time (arguments validated against its input schema)",
        [it(14), it(15), it(16)], [it(17), it(18)], [it(19), it(20)], expect="required")

    # mcp-server-git
    repo = fresh("gitrepo")
    g = lambda *a: sh(["git", "-C", str(repo), *a])
    g("init", "-q", "-b", "main"); g("config", "user.email", "bp3@example.com"); g("config", "user.name", "bp3")
    (repo / "README.md").write_text("# svc\n"); (repo / "src").mkdir(); (repo / "src" / "app.py").write_text("print(1)\n")
    g("add", "."); g("commit", "-q", "-m", "init"); g("branch", "feature/login"); g("branch", "release/1.2")
    (repo / "src" / "util.py").write_text("x = 1\n"); (repo / "CHANGELOG.md").write_text("- init\n")
    rp = str(repo)
    gcalls = [("git_add", {"repo_path": rp, "files": ["src/utils.py"]}),
              ("git_add", {"repo_path": rp, "files": ["README.md", "docs/setup.md"]}),
              ("git_add", {"repo_path": rp, "files": ["CHANGELOG"]}),
              ("git_add", {"repo_path": rp, "files": ["src/app/util.py"]}),
              ("git_add", {"repo_path": rp, "files": ["CHANGELOG.md", "changelog.txt"]}),
              ("git_add", {"repo_path": rp, "files": ["src/util.py"]}),
              ("git_add", {"repo_path": rp, "files": ["CHANGELOG.md"]}),
              ("git_create_branch", {"repo_path": rp, "branch_name": "feature/login"}),
              ("git_create_branch", {"repo_path": rp, "branch_name": "release/1.2", "base_branch": "main"}),
              ("git_create_branch", {"repo_path": rp, "branch_name": "feature/login", "base_branch": "release/1.2"}),
              ("git_create_branch", {"repo_path": rp, "branch_name": "release/1.2"}),
              ("git_create_branch", {"repo_path": rp, "branch_name": "main", "base_branch": "feature/login"}),
              ("git_create_branch", {"repo_path": rp, "branch_name": "feature/signup"}),
              ("git_create_branch", {"repo_path": rp, "branch_name": "release/1.3", "base_branch": "main"}),
              ]
    GR = mcp_session([VENV.joinpath("mcp-server-git").as_posix(), "--repository", rp], gcalls)
    GP = [c[1] for c in gcalls]
    gsrc = "mcp-server-git 2026.10.19 (PyPI) over stdio with the `mcp` 2.3.0 Python client (git 2.39.5), tool "
    git_ = lambda i, rc=None: (GP[i], pre([GR[i]]), rc)
    add("mcp-git-add-unknown-path", "INCORRECT_PARAMETER", "git_add", gsrc + "git_add on paths that do not exist in the work tree",
        [git_(0, ["git_status"]), git_(1, ["git_status"]), git_(2, ["git_status", "git_diff_unstaged"])],
        [git_(3, ["git_status"]), git_(4, ["git_diff_unstaged"])],
        [git_(5, ["git_status"]), git_(6, ["git_status", "git_diff_unstaged"])], expect="did not match any files")
    add("mcp-git-create-branch-exists", "WORKFLOW_SEQUENCE", "git_create_branch", gsrc + "git_create_branch for a branch an earlier call already created",
        [git_(7, ["git_create_branch", "git_status"]), git_(8, ["git_create_branch", "git_log"]), git_(9, ["git_create_branch", "git_commit"])],
        [git_(10, ["git_log", "git_create_branch"]), git_(11, ["git_status", "git_create_branch", "git_diff"])],
        [git_(12, ["git_status"]), git_(13, ["git_log", "git_status"])], expect="already exists")


STEPS = [s_go, s_cargo, s_mvn, s_ssh, s_rsync_zip, s_openssl_gh_misc, s_npm, s_redis, s_amqp, s_sql, s_alembic, s_mcp]

if __name__ == "__main__":
    only = sys.argv[1:]
    t0 = time.time()
    setup()
    for st in STEPS:
        if only and st.__name__ not in only:
            continue
        try:
            st()
        except Exception as e:  # noqa
            LOG.append(f"STEP {st.__name__} FAILED: {exc_text(e)}")
            import traceback; traceback.print_exc()
    sh(["gpgconf", "--homedir", str(T / "gnupg"), "--kill", "gpg-agent"])  # stop the agent gpg started
    suffix = "" if not only else ".partial"
    with open(HERE / f"scenarios.jsonl{suffix}", "w") as f:
        for s in SCEN:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    (HERE / f"verify.log{suffix}").write_text("\n".join(LOG) + "\n")
    print(f"{len(SCEN)} scenarios in {time.time()-t0:.0f}s; mismatches:",
          sum("MISMATCH" in l for l in LOG), "steps failed:", sum(l.startswith("STEP") for l in LOG))
