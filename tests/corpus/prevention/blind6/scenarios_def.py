"""Scenario data for gen.py (bp6). `error` texts are filled in by gen.py from real tool output."""
FX = "/tmp/bp6fx"
R = f"{FX}/repo"
def P(**kw):
    rc = kw.pop("rc", None)
    d = {"params": kw}
    if rc is not None: d["recent_calls"] = rc
    return d

S = []
def add(id, category, tool, source, learn, repeats, good, expect=None):
    S.append(dict(id=id, category=category, tool=tool, source=source, learn=learn, repeats=repeats, good=good, expect=expect))

# ---------------- INCORRECT_PARAMETER ----------------
add("bp6-git-restore-missing-path", "INCORRECT_PARAMETER", "git_restore", "git 2.39 restore",
    [P(repo=R, paths=["src/main.py"])],
    [P(repo=R, paths=["src/handlers.py"]), P(repo=R, paths=["docs/setup.md"]), P(repo=R, paths=["lib/app.py"])],
    [P(repo=R, paths=["src/app.py"]), P(repo=R, paths=["README.md"]), P(repo=R, paths=["docs/guide.md"]), P(repo=R, paths=["src/util.py", "Makefile"])],
    expect="did not match any file")
add("bp6-git-diff-unknown-ref", "INCORRECT_PARAMETER", "git_diff", "git 2.39 diff",
    [P(repo=R, base="release-9", head="HEAD")],
    [P(repo=R, base="v2.0.0", head="HEAD"), P(repo=R, base="develop", head="main"), P(repo=R, base="origin/staging", head="HEAD")],
    [P(repo=R, base="HEAD~1", head="HEAD"), P(repo=R, base="main", head="dev"), P(repo=R, base="origin/main", head="HEAD"), P(repo=R, base="release", head="feature")],
    expect="unknown revision")
add("bp6-git-remote-remove-unknown", "INCORRECT_PARAMETER", "git_remote_remove", "git 2.39 remote remove",
    [P(repo=R, name="upstrem")],
    [P(repo=R, name="origin2"), P(repo=R, name="github"), P(repo=R, name="fork-old")],
    [P(repo=R, name="r1"), P(repo=R, name="r2"), P(repo=R, name="r3"), P(repo=R, name="r4")],
    expect="No such remote")
add("bp6-openssl-dgst-unknown-digest", "INCORRECT_PARAMETER", "openssl_dgst", "OpenSSL 3.0 dgst",
    [P(algorithm="sha257", file=f"{FX}/notes.txt")],
    [P(algorithm="sha3", file=f"{FX}/report.csv"), P(algorithm="sha384x", file=f"{FX}/a.txt"), P(algorithm="blake3", file=f"{FX}/notes.txt")],
    [P(algorithm="sha256", file=f"{FX}/notes.txt"), P(algorithm="sha512", file=f"{FX}/report.csv"), P(algorithm="sha3-256", file=f"{FX}/a.txt"), P(algorithm="md5", file=f"{FX}/b.txt")],
    expect="Unknown option or message digest")
add("bp6-orders-api-404", "INCORRECT_PARAMETER", "orders_api_get_order", "local fake REST service (http.server) in gen.py",
    [P(order_id="9999")],
    [P(order_id="1099"), P(order_id="ord_1001"), P(order_id="5")],
    [P(order_id="1001"), P(order_id="1002"), P(order_id="1003"), P(order_id="1004")],
    expect="404")
add("bp6-psql-unknown-column", "INCORRECT_PARAMETER", "psql_command", "psql (PostgreSQL) on localhost:5432 db test",
    [P(database="test", command="SELECT id, nme FROM bp6_users"), P(database="test", command="SELECT email_address FROM bp6_users WHERE id = 1")],
    [P(database="test", command="SELECT username FROM bp6_users"), P(database="test", command="SELECT id FROM bp6_users ORDER BY created"), P(database="test", command="UPDATE bp6_users SET mail = 'c@x' WHERE id = 2")],
    [P(database="test", command="SELECT id, name FROM bp6_users"), P(database="test", command="SELECT email FROM bp6_users WHERE id = 1"), P(database="test", command="SELECT id FROM bp6_users ORDER BY created_at"), P(database="test", command="SELECT count(*) FROM bp6_users")],
    expect="does not exist")

# ---------------- PARAMETER_FORMAT ----------------
add("bp6-git-config-key-no-section", "PARAMETER_FORMAT", "git_config_set", "git 2.39 config",
    [P(repo=R, key="username", value="Ann Dev")],
    [P(repo=R, key="email", value="ann@example.com"), P(repo=R, key="editor", value="vim"), P(repo=R, key="autocrlf", value="input")],
    [P(repo=R, key="user.name", value="Ann Dev"), P(repo=R, key="user.email", value="ann@example.com"), P(repo=R, key="core.editor", value="vim"), P(repo=R, key="core.autocrlf", value="input")],
    expect="does not contain a section")
add("bp6-orders-api-quantity-not-int", "PARAMETER_FORMAT", "orders_api_create_order", "local fake REST service (http.server) in gen.py",
    [P(sku="SKU-1", quantity="three")],
    [P(sku="SKU-2", quantity="2"), P(sku="SKU-3", quantity=1.5), P(sku="SKU-4", quantity="10 units")],
    [P(sku="SKU-1", quantity=3), P(sku="SKU-2", quantity=2), P(sku="SKU-3", quantity=1), P(sku="SKU-4", quantity=10)],
    expect="422")
add("bp6-python-sqlite-syntax", "PARAMETER_FORMAT", "python_sqlite3_execute", "Python sqlite3 module (SQLite)",
    [P(database=f"{FX}/app.db", sql="SELEC name FROM bp6_items")],
    [P(database=f"{FX}/app.db", sql="SELECT name FORM bp6_items"), P(database=f"{FX}/inventory.db", sql="SELECT * FROM bp6_items WHERE id = = 1"), P(database=f"{FX}/users.db", sql="SELECT name, FROM bp6_items")],
    [P(database=f"{FX}/app.db", sql="SELECT name FROM bp6_items"), P(database=f"{FX}/inventory.db", sql="SELECT * FROM bp6_items WHERE id = 1"), P(database=f"{FX}/users.db", sql="SELECT count(*) FROM bp6_items")],
    expect="syntax error")
add("bp6-mariadb-syntax", "PARAMETER_FORMAT", "mariadb_execute", "mariadb client on 127.0.0.1:3306 db test",
    [P(database="test", query="SELEC id FROM bp6_orders")],
    [P(database="test", query="SELECT id FROM bp6_orders WHERE"), P(database="test", query="SELECT id, FROM bp6_invoices"), P(database="test", query="SELECT * FORM bp6_events")],
    [P(database="test", query="SELECT id FROM bp6_orders"), P(database="test", query="SELECT id FROM bp6_invoices WHERE id = 1"), P(database="test", query="SELECT COUNT(*) FROM bp6_events")],
    expect="1064")
add("bp6-curl-bad-url", "PARAMETER_FORMAT", "curl_fetch", "curl (system)",
    [P(url="http://localhost:99999/health")],
    [P(url="http://127.0.0.1:70000/api/v1/orders/1001"), P(url="http://localhost:-1/health"), P(url="http://[::1/health")],
    [P(url="http://localhost:18766/health"), P(url="http://127.0.0.1:18766/api/v1/orders/1001"), P(url="http://127.0.0.1:18766/health?x=1")],
    expect=r"curl: \(3\)")
add("bp6-date-invalid", "PARAMETER_FORMAT", "date_parse", "GNU coreutils date",
    [P(date="2026-13-45")],
    [P(date="2026-02-30 10:00"), P(date="31/12/2026"), P(date="2026-06-01T25:00:00")],
    [P(date="2026-12-31"), P(date="2026-02-28 10:00"), P(date="2026-06-01T12:00:00Z"), P(date="@1767225600")],
    expect="invalid date")
add("bp6-grep-bad-regex", "PARAMETER_FORMAT", "grep_search", "GNU grep -E",
    [P(pattern="foo(", path=f"{FX}/notes.txt")],
    [P(pattern="ERROR[", path=f"{FX}/data/app.log"), P(pattern="(alpha|beta", path=f"{FX}/notes.txt"), P(pattern="a{2,1}", path=f"{FX}/report.csv")],
    [P(pattern="foo\\(", path=f"{FX}/notes.txt"), P(pattern="ERROR", path=f"{FX}/data/app.log"), P(pattern="(alpha|beta)", path=f"{FX}/notes.txt"), P(pattern="^id,", path=f"{FX}/report.csv")])

# ---------------- MISSING_PARAMETER ----------------
add("bp6-git-remote-set-url-no-url", "MISSING_PARAMETER", "git_remote_set_url", "git 2.39 remote set-url",
    [P(repo=R, name="origin")],
    [P(repo=f"{FX}/remrepo", name="upstream"), P(repo=f"{FX}/remrepo", name="mirror"), P(repo=R, name="dev-remote")],
    [P(repo=R, name="origin", url=f"{FX}/remote.git"), P(repo=f"{FX}/remrepo", name="upstream", url=f"{FX}/remote2.git"), P(repo=f"{FX}/remrepo", name="mirror", url=f"file://{FX}/remote2.git")],
    expect="usage: git remote set-url")
add("bp6-customers-api-blank", "MISSING_PARAMETER", "customers_api_create_customer", "local fake REST service (http.server) in gen.py",
    [P(name="Ann Lee")],
    [P(name="Bob Ray", phone="+1-555-0100"), P(email="carl@example.com"), P(name="Dee", email="")],
    [P(name="Ann Lee", email="ann@example.com"), P(name="Bob Ray", email="bob@example.com", phone="+1-555-0100"), P(name="Carl", email="carl@example.com")],
    expect="can't be blank")
add("bp6-mkdir-missing-operand", "MISSING_PARAMETER", "mkdir_create", "GNU coreutils mkdir",
    [P(paths=[])],
    [P(parents=True), P(paths=[], mode="755"), P(parents=True, mode="700")],
    [P(paths=[f"{FX}/out/a"]), P(parents=True, paths=[f"{FX}/out/b/c/d"]), P(paths=[f"{FX}/out/e"], mode="755")],
    expect="missing operand")
add("bp6-cp-missing-destination", "MISSING_PARAMETER", "cp_copy", "GNU coreutils cp",
    [P(source=f"{FX}/a.txt")],
    [P(source=f"{FX}/report.csv"), P(source=f"{FX}/notes.txt"), P(source=f"{FX}/config.yaml")],
    [P(source=f"{FX}/a.txt", destination=f"{FX}/out/a.txt"), P(source=f"{FX}/report.csv", destination=f"{FX}/out/"), P(source=f"{FX}/notes.txt", destination=f"{FX}/out/notes.bak")],
    expect="missing destination file operand")
add("bp6-tar-create-no-files", "MISSING_PARAMETER", "tar_create", "GNU tar -czf",
    [P(archive=f"{FX}/out/backup.tar.gz")],
    [P(archive=f"{FX}/out/logs.tgz", cwd=f"{FX}/data"), P(archive=f"{FX}/out/site.tar.gz", files=[]), P(archive=f"{FX}/out/src.tgz", cwd=FX)],
    [P(archive=f"{FX}/out/backup.tar.gz", files=[f"{FX}/a.txt"]), P(archive=f"{FX}/out/logs.tgz", cwd=f"{FX}/data", files=["logs", "../data"]), P(archive=f"{FX}/out/site.tar.gz", cwd=FX, files=["assets"])],
    expect="Cowardly refusing")

# ---------------- MISSING_PREREQUISITE ----------------
add("bp6-git-status-not-repo", "MISSING_PREREQUISITE", "git_status", "git 2.39 status",
    [P(repo=f"{FX}/plain1", rc=["list_directory"])],
    [P(repo=f"{FX}/plain2", rc=["list_directory"]), P(repo=f"{FX}/plain3"), P(repo=f"{FX}/plain4", rc=["write_file"])],
    [P(repo=f"{FX}/repo1", rc=["git_clone"]), P(repo=f"{FX}/repo2", rc=["git_init"]), P(repo=f"{FX}/repo3", rc=["git_clone", "list_directory"]), P(repo=R)],
    expect="not a git repository")
add("bp6-npm-install-no-package-json", "MISSING_PREREQUISITE", "npm_install", "npm 11 install --offline",
    [P(cwd=f"{FX}/empty1")],
    [P(cwd=f"{FX}/empty2"), P(cwd=f"{FX}/empty3", rc=["list_directory"]), P(cwd=f"{FX}/empty4")],
    [P(cwd=f"{FX}/web1", rc=["npm_init"]), P(cwd=f"{FX}/web2", rc=["write_file"]), P(cwd=f"{FX}/web3", rc=["npm_init"]), P(cwd=f"{FX}/web4")],
    expect="Could not read package.json")
add("bp6-psql-database-missing", "MISSING_PREREQUISITE", "psql_list_tables", "psql (PostgreSQL) on localhost:5432",
    [P(database="bp6_app")],
    [P(database="bp6_analytics"), P(database="bp6_app_dev"), P(database="bp6_staging")],
    [P(database="test", rc=["pg_createdb"]), P(database="postgres"), P(database="template1"), P(database="test")],
    expect="does not exist")
add("bp6-node-module-not-installed", "MISSING_PREREQUISITE", "node_eval", "Node.js 20 -e",
    [P(code="const _ = require('lodash'); console.log(_.chunk([1,2,3],2))")],
    [P(code="const express = require('express'); console.log(typeof express)"), P(code="require('dayjs')"), P(code="const { z } = require('zod'); console.log(z)")],
    [P(code="const fs = require('fs'); console.log(fs.existsSync('.'))"), P(code="console.log(require('path').join('a','b'))"), P(code="const os = require('os'); console.log(os.platform())"), P(code="console.log(JSON.stringify({a:1}))")],
    expect="Cannot find module")
add("bp6-git-rev-parse-no-upstream", "MISSING_PREREQUISITE", "git_rev_parse", "git 2.39 rev-parse",
    [P(repo=R, rev="feature@{upstream}", rc=["git_branch"])],
    [P(repo=R, rev="topic@{upstream}", rc=["git_branch"]), P(repo=R, rev="wip@{u}"), P(repo=R, rev="feature@{u}", rc=["git_commit"])],
    [P(repo=R, rev="main@{upstream}", rc=["git_push"]), P(repo=R, rev="dev@{u}", rc=["git_push"]), P(repo=R, rev="release@{upstream}"), P(repo=R, rev="HEAD")],
    expect="no upstream configured")

# ---------------- WORKFLOW_SEQUENCE ----------------
add("bp6-git-remote-add-exists", "WORKFLOW_SEQUENCE", "git_remote_add", "git 2.39 remote add",
    [P(repo=f"{FX}/remrepo", name="origin", url=f"{FX}/remote2.git", rc=["git_clone"])],
    [P(repo=f"{FX}/remrepo", name="upstream", url=f"file://{FX}/remote2.git"), P(repo=f"{FX}/remrepo", name="mirror", url=f"{FX}/remote.git"), P(repo=f"{FX}/remrepo", name="fork", url=f"{FX}/remote.git")],
    [P(repo=f"{FX}/remrepo", name="backup", url=f"{FX}/remote.git"), P(repo=f"{FX}/remrepo", name="fork2", url=f"{FX}/remote.git"), P(repo=f"{FX}/remrepo", name="staging", url=f"file://{FX}/remote2.git")],
    expect="already exists")
add("bp6-git-stash-pop-empty", "WORKFLOW_SEQUENCE", "git_stash_pop", "git 2.39 stash pop",
    [P(repo=f"{FX}/nostash1", rc=["git_status"])],
    [P(repo=f"{FX}/nostash2"), P(repo=f"{FX}/nostash3", rc=["git_commit"]), P(repo=f"{FX}/nostash4", rc=["git_checkout"])],
    [P(repo=f"{FX}/stash1", rc=["git_stash"]), P(repo=f"{FX}/stash2", rc=["git_stash", "git_checkout"]), P(repo=f"{FX}/stash3", rc=["git_stash"]), P(repo=f"{FX}/stash4", rc=["git_stash", "git_pull"])],
    expect="No stash entries")
add("bp6-git-worktree-path-exists", "WORKFLOW_SEQUENCE", "git_worktree_add", "git 2.39 worktree add",
    [P(repo=R, path=f"{FX}/wt_exists", new_branch="hotfix-1")],
    [P(repo=R, path=f"{FX}/wt_exists2", new_branch="hotfix-2"), P(repo=R, path=f"{FX}/wt_exists3", new_branch="hotfix-3"), P(repo=R, path=f"{FX}/wt_exists", new_branch="hotfix-4", commitish="dev")],
    [P(repo=R, path=f"{FX}/wt_new1", new_branch="hotfix-5"), P(repo=R, path=f"{FX}/wt_new2", new_branch="hotfix-6", commitish="dev"), P(repo=R, path=f"{FX}/wt_new3", new_branch="hotfix-7")],
    expect="already exists")
add("bp6-mariadb-table-exists", "WORKFLOW_SEQUENCE", "mariadb_create_table", "mariadb client on 127.0.0.1:3306 db test",
    [P(database="test", statement="CREATE TABLE bp6_orders (id INT PRIMARY KEY, total DECIMAL(10,2))", rc=["mariadb_create_table"])],
    [P(database="test", statement="CREATE TABLE bp6_invoices (id INT PRIMARY KEY)"), P(database="test", statement="CREATE TABLE bp6_events (id INT PRIMARY KEY, kind VARCHAR(20))", rc=["mariadb_create_table"]), P(database="test", statement="CREATE TABLE bp6_orders (id INT)")],
    [P(database="test", statement="CREATE TABLE bp6_new1 (id INT PRIMARY KEY)"), P(database="test", statement="CREATE TABLE IF NOT EXISTS bp6_orders (id INT PRIMARY KEY)"), P(database="test", statement="CREATE TABLE bp6_new2 (id INT, kind VARCHAR(20))"), P(database="test", statement="CREATE TABLE bp6_new3 (id INT)")],
    expect="1050")
add("bp6-projects-api-409", "WORKFLOW_SEQUENCE", "projects_api_create_project", "local fake REST service (http.server) in gen.py",
    [P(name="billing")],
    [P(name="search-api"), P(name="mobile-app"), P(name="billing", description="retry")],
    [P(name="billing-v2"), P(name="search-api-next"), P(name="payments"), P(name="data-lake")],
    expect="409")
add("bp6-sqlite-table-exists", "WORKFLOW_SEQUENCE", "sqlite_py_create_table", "Python sqlite3 module (SQLite)",
    [P(database=f"{FX}/app.db", sql="CREATE TABLE bp6_items (id INTEGER PRIMARY KEY, name TEXT)", rc=["sqlite_py_create_table"])],
    [P(database=f"{FX}/inventory.db", sql="CREATE TABLE bp6_items (id INTEGER)"), P(database=f"{FX}/users.db", sql="CREATE TABLE bp6_items (name TEXT)", rc=["sqlite_py_create_table"]), P(database=f"{FX}/app.db", sql="CREATE TABLE bp6_items (sku TEXT PRIMARY KEY)")],
    [P(database=f"{FX}/app.db", sql="CREATE TABLE IF NOT EXISTS bp6_items (id INTEGER PRIMARY KEY)"), P(database=f"{FX}/inventory.db", sql="CREATE TABLE bp6_stock (id INTEGER)"), P(database=f"{FX}/users.db", sql="CREATE TABLE bp6_users (id INTEGER, name TEXT)")],
    expect="already exists")

# ---------------- WRONG_TOOL_SELECTION ----------------
add("bp6-git-not-a-command", "WRONG_TOOL_SELECTION", "git_exec", "git 2.39",
    [P(repo=R, args=["stats"])],
    [P(repo=R, args=["history", "--limit", "5"]), P(repo=R, args=["undo"]), P(repo=R, args=["pr", "create"])],
    [P(repo=R, args=["status", "--short"]), P(repo=R, args=["log", "--oneline", "-5"]), P(repo=R, args=["shortlog", "-sn", "HEAD"]), P(repo=R, args=["branch", "--list"])],
    expect="is not a git command")
add("bp6-wc-on-directory", "WRONG_TOOL_SELECTION", "wc_count", "GNU coreutils wc",
    [P(path=f"{FX}/data")],
    [P(path=f"{FX}/data/logs"), P(path=f"{FX}/assets"), P(path=f"{FX}/src" if False else f"{FX}/repo/src")],
    [P(path=f"{FX}/data/app.log"), P(path=f"{FX}/notes.txt"), P(path=f"{FX}/repo/src/app.py")],
    expect="Is a directory")
add("bp6-head-on-directory", "WRONG_TOOL_SELECTION", "head_read", "GNU coreutils head",
    [P(path=f"{FX}/repo/docs", lines=20)],
    [P(path=f"{FX}/build"), P(path=f"{FX}/data", lines=5), P(path=f"{FX}/repo/src", lines=50)],
    [P(path=f"{FX}/repo/docs/guide.md", lines=20), P(path=f"{FX}/report.csv"), P(path=f"{FX}/data/app.log", lines=5)],
    expect="Is a directory")
add("bp6-tar-list-on-zip", "WRONG_TOOL_SELECTION", "tar_list", "GNU tar -tf",
    [P(archive=f"{FX}/release.zip")],
    [P(archive=f"{FX}/site.zip"), P(archive=f"{FX}/docs.zip"), P(archive=f"{FX}/notes.txt")],
    [P(archive=f"{FX}/bundle.tar.gz"), P(archive=f"{FX}/plain.tar"), P(archive=f"{FX}/logs.tar.bz2")],
    expect="does not look like a tar archive")
add("bp6-sqlite-on-text-file", "WRONG_TOOL_SELECTION", "python_sqlite3_query", "Python sqlite3 module (SQLite)",
    [P(database=f"{FX}/report.csv", sql="SELECT * FROM report")],
    [P(database=f"{FX}/config.yaml", sql="SELECT * FROM config"), P(database=f"{FX}/notes.txt", sql="SELECT count(*) FROM notes"), P(database=f"{FX}/bundle.tar.gz", sql="SELECT name FROM sqlite_master")],
    [P(database=f"{FX}/app.db", sql="SELECT * FROM bp6_items"), P(database=f"{FX}/inventory.db", sql="SELECT name FROM sqlite_master"), P(database=f"{FX}/users.db", sql="SELECT count(*) FROM bp6_items")],
    expect="file is not a database")

SCENARIOS = S
