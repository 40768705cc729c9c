"""Scenario definitions for gen.py (bp5). Params are what a wrapper/MCP tool would send."""
FX = "/work/blind-prev5/fx"
KC = FX + "/kube/with-current.yaml"
KC_NO = FX + "/kube/no-current.yaml"


def c(tool, **params):
    return {"tool": tool, "params": params}


def P(rc=None, **params):
    d = {"params": params}
    if rc is not None:
        d["recent_calls"] = rc
    return d


SRC = "real tool output on this machine (bp5 generator)"
S = []


def add(id, category, tool, learn, repeats, good, expect, source=None, rc_bad=None, rc_good=None):
    for it in learn + repeats:
        if rc_bad is not None and "recent_calls" not in it and "recent_calls" not in it["params"]:
            it["recent_calls"] = rc_bad
    for it in good:
        if rc_good is not None and "recent_calls" not in it:
            it["recent_calls"] = rc_good
    S.append({"id": id, "category": category, "tool": tool, "source": source or SRC,
              "learn": learn, "repeats": repeats, "good": good, "expect": expect})


IP, PF, MP, MQ, WS, WT = ("INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PARAMETER",
                          "MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE", "WRONG_TOOL_SELECTION")

# ------------------------------------------------------------ INCORRECT_PARAMETER
add("bp5-ip-psycopg-unknown-table", IP, "psycopg_execute",
    [P(dbname="test", query="SELECT id, total FROM bp5_orderz WHERE customer_id = 1")],
    [P(dbname="test", query="SELECT name FROM bp5_custmers"),
     P(dbname="test", query="SELECT count(*) FROM bp5_order_items"),
     P(dbname="test", query="SELECT * FROM bp5_invoices LIMIT 5")],
    [P(dbname="test", query="SELECT id, total FROM bp5_orders WHERE customer_id = 1"),
     P(dbname="test", query="SELECT name FROM bp5_customers"),
     P(dbname="test", query="SELECT count(*) FROM bp5_orders"),
     P(dbname="test", query="SELECT o.id, c.name FROM bp5_orders o JOIN bp5_customers c ON c.id = o.customer_id")],
    r"does not exist")
add("bp5-ip-pymysql-unknown-column", IP, "pymysql_execute",
    [P(database="test", query="SELECT emial FROM bp5_users WHERE id = 1")],
    [P(database="test", query="SELECT nmae, email FROM bp5_users"),
     P(database="test", query="SELECT id FROM bp5_users WHERE created_at > '2024-01-01'"),
     P(database="test", query="SELECT username FROM bp5_users ORDER BY id")],
    [P(database="test", query="SELECT email FROM bp5_users WHERE id = 1"),
     P(database="test", query="SELECT name, email FROM bp5_users"),
     P(database="test", query="SELECT id FROM bp5_users WHERE signup_date > '2024-01-01'"),
     P(database="test", query="SELECT count(*) FROM bp5_users")],
    r"Unknown column")
add("bp5-ip-kubectl-unknown-context", IP, "kubectl_config_use_context",
    [P(kubeconfig=KC, context="staging")],
    [P(kubeconfig=KC, context="production"),
     P(kubeconfig=KC, context="kind-dev"),
     P(kubeconfig=KC, context="minikube")],
    [P(kubeconfig=KC, context="prod"), P(kubeconfig=KC, context="dev"), P(kubeconfig=KC, context="ci")],
    r"no context exists")
add("bp5-ip-rustc-edition", IP, "rustc_compile",
    [P(input="main.rs", edition="2030")],
    [P(input="main.rs", edition="2019"), P(input="lib_ok.rs", edition="2027"), P(input="main.rs", edition="2022")],
    [P(input="main.rs", edition="2021"), P(input="lib_ok.rs", edition="2018"), P(input="main.rs", edition="2024"),
     P(input="lib_ok.rs", edition="2015")],
    r"must be one of")
add("bp5-ip-ruff-unknown-rule", IP, "ruff_check",
    [P(paths=["app"], select=["XYZ123"])],
    [P(paths=["app"], select=["E", "QQQ1"]), P(paths=["app/core.py"], select=["PYLINT"]),
     P(paths=["."], select=["NOPE9"])],
    [P(paths=["app"], select=["E"]), P(paths=["app/util.py"], select=["F401"]), P(paths=["app"], select=["E9", "F63"]),
     P(paths=["app/util.py"], select=["I"])],
    r"(?i)unknown rule selector|invalid value")
add("bp5-ip-pika-passive-missing-queue", IP, "pika_queue_declare",
    [P(queue="bp5_job", passive=True)],
    [P(queue="bp5_email", passive=True), P(queue="bp5-jobs", passive=True), P(queue="bp5_reports_q", passive=True)],
    [P(queue="bp5_jobs", passive=True), P(queue="bp5_emails", passive=True), P(queue="bp5_reports", durable=False)],
    r"NOT_FOUND|404")
add("bp5-ip-yq-missing-file", IP, "yq_eval",
    [P(expression=".replicas", files=["deployment.yaml"])],
    [P(expression=".image.tag", files=["value.yaml"]), P(expression=".services", files=["docker-compose.yaml"]),
     P(expression=".server.port", files=["config.yaml"])],
    [P(expression=".replicas", files=["deploy.yaml"]), P(expression=".image.tag", files=["values.yaml"]),
     P(expression=".services", files=["docker-compose.yml"]), P(expression=".server.port", files=["config.yml"])],
    r"No such file")
add("bp5-ip-terraform-fmt-missing-path", IP, "terraform_fmt_check",
    [P(path="variables.tf")],
    [P(path="modules/network"), P(path="output.tf")],
    [P(path="main.tf"), P(path="outputs.tf"), P(path=".")],
    r"No file or directory")

# ------------------------------------------------------------ PARAMETER_FORMAT
add("bp5-pf-ruff-line-length", PF, "ruff_check",
    [P(paths=["app"], line_length="eighty")],
    [P(paths=["app"], line_length="100px"), P(paths=["app/core.py"], line_length="1.5"),
     P(paths=["."], line_length="-20")],
    [P(paths=["app"], line_length=88), P(paths=["app/core.py"], line_length=120), P(paths=["."], line_length="100")],
    r"invalid value")
add("bp5-pf-yq-bad-expression", PF, "yq_eval",
    [P(expression=".items[", files=["deploy.yaml"])],
    [P(expression=".items[] | select(.id ==", files=["deploy.yaml"]), P(expression=".image.(tag", files=["values.yaml"]),
     P(expression="{name: .name", files=["deploy.yaml"])],
    [P(expression=".items[0]", files=["deploy.yaml"]), P(expression=".items[] | select(.id == 2)", files=["deploy.yaml"]),
     P(expression=".image.tag", files=["values.yaml"]), P(expression="{name: .name}", files=["deploy.yaml"])],
    r"(?i)syntax error|compile error")
add("bp5-pf-pymysql-invalid-date", PF, "pymysql_execute",
    [P(database="test", query="INSERT INTO bp5_events (happened_on) VALUES (%s)", args=["2024-13-45"])],
    [P(database="test", query="INSERT INTO bp5_events (happened_on) VALUES (%s)", args=["31/12/2024"]),
     P(database="test", query="INSERT INTO bp5_events (happened_on) VALUES (%s)", args=["2024-02-30"]),
     P(database="test", query="UPDATE bp5_users SET signup_date = %s WHERE id = 1", args=["next tuesday"])],
    [P(database="test", query="INSERT INTO bp5_events (happened_on) VALUES (%s)", args=["2024-12-31"]),
     P(database="test", query="INSERT INTO bp5_events (happened_on) VALUES (%s)", args=["2024-02-29"]),
     P(database="test", query="UPDATE bp5_users SET signup_date = %s WHERE id = 1", args=["2025-01-15"])],
    r"Incorrect date value")
add("bp5-pf-redis-expire-not-int", PF, "redis_py_expire",
    [P(name="bp5:session", time="ten")],
    [P(name="bp5:cache:home", time="1h"), P(name="bp5:token", time="3.5"), P(name="bp5:session", time="30s")],
    [P(name="bp5:session", time=10), P(name="bp5:cache:home", time=3600), P(name="bp5:token", time="60")],
    r"not an integer")
add("bp5-pf-mypy-python-version", PF, "mypy_check",
    [P(files=["app"], python_version="three")],
    [P(files=["app/core.py"], python_version="3.x"), P(files=["app"], python_version="py311"),
     P(files=["app"], python_version="latest")],
    [P(files=["app"], python_version="3.11"), P(files=["app/core.py"], python_version="3.10"),
     P(files=["app"], python_version="3.12")],
    r"(?i)invalid python version|python.version")
add("bp5-pf-kubectl-output-format", PF, "kubectl_config_view",
    [P(kubeconfig=KC, output="yamlx")],
    [P(kubeconfig=KC, output="text"), P(kubeconfig=KC, output="jsn"), P(kubeconfig=KC, output="table")],
    [P(kubeconfig=KC, output="json"), P(kubeconfig=KC, output="yaml"),
     P(kubeconfig=KC, output="jsonpath={.contexts[*].name}")],
    r"unable to match a printer")
add("bp5-pf-psycopg-int-syntax", PF, "psycopg_execute",
    [P(dbname="test", query="SELECT total FROM bp5_orders WHERE id = %s", params=["abc"])],
    [P(dbname="test", query="SELECT total FROM bp5_orders WHERE id = %s", params=["12a"]),
     P(dbname="test", query="SELECT total FROM bp5_orders WHERE customer_id = %s", params=["1.5"]),
     P(dbname="test", query="SELECT name FROM bp5_customers WHERE id = %s", params=["two"])],
    [P(dbname="test", query="SELECT total FROM bp5_orders WHERE id = %s", params=[1]),
     P(dbname="test", query="SELECT total FROM bp5_orders WHERE customer_id = %s", params=["2"]),
     P(dbname="test", query="SELECT name FROM bp5_customers WHERE id = %s", params=[2])],
    r"invalid input syntax for type integer")
add("bp5-pf-cargo-metadata-format-version", PF, "cargo_metadata",
    [P(cwd=FX + "/crate", format_version="latest")],
    [P(cwd=FX + "/crate", format_version="v1"), P(cwd=FX + "/crate", format_version="1.0")],
    [P(cwd=FX + "/crate", format_version=1), P(cwd=FX + "/crate2", format_version="1"), P(cwd=FX + "/crate/src", format_version=1)],
    r"invalid value")

# ------------------------------------------------------------ MISSING_PARAMETER
add("bp5-mp-psycopg-placeholders", MP, "psycopg_execute",
    [P(dbname="test", query="SELECT total FROM bp5_orders WHERE id = %s", params=[])],
    [P(dbname="test", query="SELECT name FROM bp5_customers WHERE id = %s", params=[]),
     P(dbname="test", query="SELECT id FROM bp5_orders WHERE customer_id = %s AND total > %s", params=[1])],
    [P(dbname="test", query="SELECT total FROM bp5_orders WHERE id = %s", params=[1]),
     P(dbname="test", query="SELECT name FROM bp5_customers WHERE id = %s", params=[2]),
     P(dbname="test", query="SELECT id FROM bp5_orders WHERE customer_id = %s AND total > %s", params=[1, 5])],
    r"placeholder")
add("bp5-mp-redis-wrong-arity", MP, "redis_py_execute_command",
    [P(args=["SET", "bp5:feature-flag"])],
    [P(args=["HSET", "bp5:user:1", "name"]), P(args=["EXPIRE", "bp5:session"]), P(args=["LPUSH", "bp5:queue"])],
    [P(args=["SET", "bp5:feature-flag", "on"]), P(args=["HSET", "bp5:user:1", "name", "ada"]),
     P(args=["EXPIRE", "bp5:session", "60"]), P(args=["LPUSH", "bp5:queue", "job-1"])],
    r"wrong number of arguments")
add("bp5-mp-mypy-no-target", MP, "mypy_check",
    [P(files=[])],
    [P(files=[], strict=True), P(files=[], python_version="3.11", ignore_missing_imports=True)],
    [P(files=["app"]), P(files=["app/core.py"], strict=True), P(files=["app"], python_version="3.11", ignore_missing_imports=True)],
    r"Missing target")
add("bp5-mp-twine-no-dists", MP, "twine_check",
    [P(dists=[])],
    [P(dists=[], strict=True), P(cwd=FX + "/pkg", dists=[])],
    [P(dists=["dist/bp5demo-0.1.0-py3-none-any.whl"]), P(dists=["dist/bp5demo-0.1.0.tar.gz"], strict=False),
     P(dists=["dist/bp5demo-0.1.0-py3-none-any.whl", "dist/bp5demo-0.1.0.tar.gz"])],
    r"the following arguments are required")
add("bp5-mp-rustc-no-input", MP, "rustc_compile",
    [P(edition="2021")],
    [P(edition="2018", opt_level=2), P(opt_level=3)],
    [P(input="main.rs", edition="2021"), P(input="lib_ok.rs", opt_level=2), P(input="main.rs", edition="2018", opt_level=3)],
    r"no input filename")
add("bp5-mp-kubectl-use-context-no-name", MP, "kubectl_config_use_context",
    [P(kubeconfig=KC)],
    [P(kubeconfig=KC_NO), P(kubeconfig=KC, context="")],
    [P(kubeconfig=KC, context="dev"), P(kubeconfig=KC_NO, context="prod"), P(kubeconfig=KC, context="ci")],
    r"Unexpected args|requires|required")
add("bp5-mp-pika-publish-no-routing-key", MP, "pika_basic_publish",
    [P(exchange="", body="job-1")],
    [P(exchange="", body="{\"to\": \"ada\"}"), P(exchange="amq.direct", body="report")],
    [P(exchange="", routing_key="bp5_jobs", body="job-1"),
     P(exchange="", routing_key="bp5_emails", body="{\"to\": \"ada\"}"),
     P(exchange="amq.direct", routing_key="bp5_reports", body="report")],
    r"routing_key")

# ------------------------------------------------------------ MISSING_PREREQUISITE
add("bp5-mq-cargo-metadata-no-manifest", MQ, "cargo_metadata",
    [P(cwd=FX + "/notcrate")],
    [P(cwd=FX + "/scripts"), P(cwd=FX + "/pyproj", format_version=1)],
    [P(cwd=FX + "/crate"), P(cwd=FX + "/crate2", format_version=1), P(cwd=FX + "/crate/src")],
    r"could not find `Cargo.toml`", rc_bad=[c("fs_list_directory", path=FX + "/notcrate")], rc_good=[c("cargo_init", path=FX + "/crate", name="bp5crate")])
add("bp5-mq-terraform-state-no-state", MQ, "terraform_state_list",
    [P(dir=FX + "/tf-empty")],
    [P(rc=[c("terraform_fmt_check", path="main.tf")], dir=FX + "/tf-empty"),
     P(rc=[c("terraform_init", dir=FX + "/tf-empty2")], dir=FX + "/tf-empty2"),
     P(rc=[c("terraform_init", dir=FX + "/tf-ws"), c("terraform_workspace_new", dir=FX + "/tf-ws", name="staging")], dir=FX + "/tf-ws")],
    [P(rc=[c("terraform_init", dir=FX + "/tf-applied"), c("terraform_run_apply", dir=FX + "/tf-applied", auto_approve=True)],
       dir=FX + "/tf-applied"),
     P(rc=[c("terraform_init", dir=FX + "/tf-applied2"), c("terraform_run_apply", dir=FX + "/tf-applied2", auto_approve=True)],
       dir=FX + "/tf-applied2"),
     P(rc=[c("terraform_run_apply", dir=FX + "/tf-applied", auto_approve=True), c("terraform_output", dir=FX + "/tf-applied")],
       dir=FX + "/tf-applied")],
    r"No state file was found", rc_bad=[c("terraform_init", dir=FX + "/tf-empty")])
add("bp5-mq-mvn-no-pom", MQ, "mvn_validate",
    [P(dir=FX + "/mvn-noproj")],
    [P(dir=FX + "/mvn-noproj/src"), P(dir=FX + "/data")],
    [P(dir=FX + "/mvn-proj"), P(dir=FX + "/mvn-proj2"), P(dir=FX + "/mvn-proj3")],
    r"there is no POM", rc_bad=[c("fs_write_file", path=FX + "/mvn-noproj/src/App.java")], rc_good=[c("fs_write_file", path=FX + "/mvn-proj/pom.xml")])
add("bp5-mq-psycopg-missing-database", MQ, "psycopg_execute",
    [P(dbname="bp5_analytics", query="SELECT 1")],
    [P(dbname="bp5_staging", query="SELECT count(*) FROM pg_tables"), P(dbname="bp5_app_dev", query="SELECT now()")],
    [P(dbname="test", query="SELECT 1"), P(dbname="test", query="SELECT count(*) FROM pg_tables"),
     P(dbname="postgres", query="SELECT now()")],
    r"database .* does not exist", rc_bad=[c("psycopg_execute", dbname="test", query="SELECT datname FROM pg_database")])
add("bp5-mq-pymysql-unknown-database", MQ, "pymysql_execute",
    [P(database="bp5_reports", query="SELECT 1")],
    [P(database="bp5_shop", query="SHOW TABLES"), P(database="bp5_app", query="SELECT NOW()")],
    [P(database="test", query="SELECT 1"), P(database="test", query="SHOW TABLES"), P(database="mysql", query="SELECT NOW()")],
    r"Unknown database", rc_bad=[c("pymysql_execute", database="test", query="SHOW DATABASES")])
add("bp5-mq-kubectl-no-current-context", MQ, "kubectl_config_current_context",
    [P(kubeconfig=KC_NO)],
    [P(rc=[c("kubectl_config_view", kubeconfig=KC_NO, output="yaml")], kubeconfig=KC_NO),
     P(rc=[c("kubectl_config_view", kubeconfig=FX + "/kube/blank-current.yaml", output="yaml")], kubeconfig=FX + "/kube/blank-current.yaml")],
    [P(rc=[c("kubectl_config_use_context", kubeconfig=KC, context="dev")], kubeconfig=KC),
     P(rc=[c("kubectl_config_use_context", kubeconfig=FX + "/kube/prod-current.yaml", context="prod")], kubeconfig=FX + "/kube/prod-current.yaml"),
     P(rc=[c("kubectl_config_use_context", kubeconfig=KC, context="ci")], kubeconfig=KC)],
    r"current-context is not set", rc_bad=[c("kubectl_config_view", kubeconfig=KC_NO, output="yaml")])
add("bp5-mq-python-module-not-installed", MQ, "python_run_module",
    [P(module="black", args=["app"])],
    [P(module="pylint", args=["app"]), P(module="flake8", args=["app"]), P(module="isort", args=["--check", "app"])],
    [P(module="ruff", args=["check", "--isolated", "--no-cache", "--select", "E9", "app"]), P(module="mypy", args=["--version"]),
     P(module="json.tool", args=["data.json"]), P(module="pip", args=["--version"])],
    r"No module named", rc_bad=[c("python_run_module", module="pip", args=["list"])], rc_good=[c("pip_install_packages", packages=["ruff", "mypy"])])
add("bp5-mq-pre-commit-no-config", MQ, "pre_commit_run",
    [P(repo=FX + "/pc-noconfig", all_files=True)],
    [P(repo=FX + "/pc-noconfig"), P(repo=FX + "/pc-noconfig", hook="no-tabs", all_files=True)],
    [P(rc=[c("fs_write_file", path=FX + "/pc-repo/.pre-commit-config.yaml")], repo=FX + "/pc-repo", all_files=True),
     P(repo=FX + "/pc-repo", hook="no-tabs", all_files=True), P(repo=FX + "/pc-repo")],
    r"pre-commit-config.yaml is not a file", rc_bad=[c("git_init", path=FX + "/pc-noconfig")])

# ------------------------------------------------------------ WORKFLOW_SEQUENCE
add("bp5-ws-psycopg-table-exists", WS, "psycopg_execute",
    [P(rc=[c("psycopg_execute", dbname="test", query="CREATE TABLE bp5_orders (id int primary key, customer_id int, total numeric)")],
       dbname="test", query="CREATE TABLE bp5_orders (id int primary key, customer_id int, total numeric)")],
    [P(rc=[c("psycopg_execute", dbname="test", query="CREATE TABLE bp5_customers (id int primary key, name text)")],
       dbname="test", query="CREATE TABLE bp5_customers (id serial primary key, name text not null)"),
     P(dbname="test", query="CREATE TABLE bp5_orders (id bigint primary key)")],
    [P(dbname="test", query="CREATE TABLE IF NOT EXISTS bp5_orders (id int primary key)"),
     P(dbname="test", query="CREATE TABLE bp5_shipments (id int primary key, order_id int)"),
     P(rc=[c("psycopg_execute", dbname="test", query="DROP TABLE bp5_customers")],
       dbname="test", query="CREATE TABLE bp5_refunds (id serial primary key)")],
    r"already exists", rc_bad=[c("psycopg_execute", dbname="test", query="CREATE TABLE bp5_orders (id int primary key, customer_id int, total numeric)"), c("psycopg_execute", dbname="test", query="CREATE TABLE bp5_customers (id int primary key, name text)")], rc_good=[c("psycopg_execute", dbname="test", query="SELECT tablename FROM pg_tables WHERE schemaname = 'public'")])
add("bp5-ws-pymysql-table-exists", WS, "pymysql_execute",
    [P(rc=[c("pymysql_execute", database="test", query="CREATE TABLE bp5_users (id int primary key)")],
       database="test", query="CREATE TABLE bp5_users (id int primary key, name varchar(50))")],
    [P(database="test", query="CREATE TABLE bp5_events (id int primary key)"),
     P(database="test", query="CREATE TABLE bp5_users (id bigint auto_increment primary key, email varchar(100))")],
    [P(database="test", query="CREATE TABLE IF NOT EXISTS bp5_users (id int primary key)"),
     P(database="test", query="CREATE TABLE bp5_audit_log (id int primary key, msg text)"),
     P(database="test", query="CREATE TABLE bp5_sessions (id varchar(64) primary key)")],
    r"already exists", rc_bad=[c("pymysql_execute", database="test", query="CREATE TABLE bp5_users (id int primary key)"), c("pymysql_execute", database="test", query="CREATE TABLE bp5_events (id int auto_increment primary key, happened_on date)")], rc_good=[c("pymysql_execute", database="test", query="SHOW TABLES")])
add("bp5-ws-cargo-init-existing", WS, "cargo_init",
    [P(rc=[c("cargo_init", path=FX + "/crate", name="bp5crate")], path=FX + "/crate", name="bp5crate")],
    [P(path=FX + "/crate", name="bp5crate", lib=True), P(path=FX + "/crate", name="bp5tool")],
    [P(path=FX + "/newcrates/api", name="bp5api"), P(path=FX + "/newcrates/core", name="bp5core", lib=True),
     P(path=FX + "/newcrates/cli", name="bp5cli")],
    r"cannot be run on existing Cargo packages", rc_bad=[c("cargo_init", path=FX + "/crate", name="bp5crate")], rc_good=[c("cargo_init", path=FX + "/crate", name="bp5crate")])
add("bp5-ws-terraform-workspace-exists", WS, "terraform_workspace_new",
    [P(rc=[c("terraform_workspace_new", dir=FX + "/tf-ws", name="staging")], dir=FX + "/tf-ws", name="staging")],
    [P(dir=FX + "/tf-ws", name="prod"), P(dir=FX + "/tf-ws", name="default")],
    [P(dir=FX + "/tf-ws", name="qa"), P(dir=FX + "/tf-ws", name="dev"), P(dir=FX + "/tf-ws", name="perf")],
    r"already exists", rc_bad=[c("terraform_workspace_new", dir=FX + "/tf-ws", name="staging"), c("terraform_workspace_new", dir=FX + "/tf-ws", name="prod")], rc_good=[c("terraform_workspace_list", dir=FX + "/tf-ws")])
add("bp5-ws-redis-xgroup-exists", WS, "redis_py_xgroup_create",
    [P(rc=[c("redis_py_xgroup_create", name="bp5:orders-stream", groupname="billing", id="0")],
       name="bp5:orders-stream", groupname="billing", id="0")],
    [P(name="bp5:orders-stream", groupname="shipping", id="$"), P(name="bp5:audit-stream", groupname="indexer", id="0")],
    [P(name="bp5:orders-stream", groupname="analytics", id="0"), P(name="bp5:audit-stream", groupname="archiver", id="$"),
     P(name="bp5:new-stream", groupname="workers", id="$", mkstream=True)],
    r"BUSYGROUP", rc_bad=[c("redis_py_xgroup_create", name="bp5:orders-stream", groupname="shipping", id="0"), c("redis_py_xgroup_create", name="bp5:audit-stream", groupname="indexer", id="0")], rc_good=[c("redis_py_xgroup_create", name="bp5:orders-stream", groupname="billing", id="0")])
add("bp5-ws-kubectl-rename-context-exists", WS, "kubectl_config_rename_context",
    [P(kubeconfig=KC, old_name="ci", new_name="dev")],
    [P(kubeconfig=KC, old_name="dev", new_name="prod"), P(kubeconfig=KC, old_name="prod", new_name="ci")],
    [P(kubeconfig=KC, old_name="ci", new_name="ci-old"), P(kubeconfig=KC, old_name="dev", new_name="development"),
     P(kubeconfig=KC, old_name="prod", new_name="production")],
    r"already exists", rc_bad=[c("kubectl_config_view", kubeconfig=KC, output="jsonpath={.contexts[*].name}")], rc_good=[c("kubectl_config_view", kubeconfig=KC, output="jsonpath={.contexts[*].name}")])
add("bp5-ws-twine-check-before-build", WS, "twine_check",
    [P(cwd=FX + "/pkg-nobuild", dists=["dist/*"])],
    [P(rc=[c("fs_write_file", path=FX + "/pkg-nobuild/setup.py")], cwd=FX + "/pkg-nobuild", dists=["dist/*"]),
     P(cwd=FX + "/pkg-nobuild", dists=["dist/*.whl"], strict=True)],
    [P(rc=[c("python_build", outdir="dist", sdist=True, wheel=True)], cwd=FX + "/pkg", dists=["dist/*"]),
     P(rc=[c("python_build", outdir="dist", wheel=True)], cwd=FX + "/pkg", dists=["dist/*.whl"], strict=True),
     P(rc=[c("python_build", outdir="dist", sdist=True)], cwd=FX + "/pkg", dists=["dist/bp5demo-0.1.0.tar.gz"])],
    r"Cannot find file", rc_bad=[c("fs_write_file", path=FX + "/pkg-nobuild/setup.py")])

# ------------------------------------------------------------ WRONG_TOOL_SELECTION
add("bp5-wt-tomlq-on-yaml", WT, "tomlq_query",
    [P(expression=".services", file="docker-compose.yml")],
    [P(expression=".server.port", file="config.yml"), P(expression=".image.tag", file="values.yaml"),
     P(expression=".replicas", file="deploy.yaml")],
    [P(expression=".project.name", file="pyproject.toml"), P(expression=".package.version", file="Cargo.toml"),
     P(expression=".tool.ruff", file="pyproject.toml")],
    r"TomlDecodeError|Error running jq")
add("bp5-wt-xz-on-gzip", WT, "xz_decompress",
    [P(file="logs.gz")],
    [P(file="dump.sql.gz"), P(file="data.bz2"), P(file="events.gz")],
    [P(file="data.xz"), P(file="release.tar.xz"), P(file="notes.txt.xz")],
    r"File format not recognized")
add("bp5-wt-bzip2-on-gzip", WT, "bzip2_decompress",
    [P(file="logs.gz")],
    [P(file="data.xz"), P(file="dump.sql.gz"), P(file="release.tar.xz")],
    [P(file="data.bz2"), P(file="backup.tar.bz2"), P(file="app.log.bz2")],
    r"not a bzip2 file")
add("bp5-wt-gzip-on-bzip2", WT, "gzip_decompress",
    [P(file="data.bz2")],
    [P(file="backup.tar.bz2"), P(file="release.tar.xz"), P(file="app.log.bz2")],
    [P(file="logs.gz"), P(file="dump.sql.gz"), P(file="events.gz")],
    r"not in gzip format")
add("bp5-wt-python-on-shell-script", WT, "python_run_script",
    [P(script="deploy.sh", args=["web"])],
    [P(script="setup_env.sh"), P(script="backup.bash")],
    [P(script="report.py", args=["daily"]), P(script="migrate.py"), P(script="check_env.py")],
    r"SyntaxError")
add("bp5-wt-psycopg-psql-meta-command", WT, "psycopg_execute",
    [P(dbname="test", query="\\dt")],
    [P(dbname="test", query="\\d bp5_orders"), P(dbname="test", query="\\l"), P(dbname="test", query="\\du")],
    [P(dbname="test", query="SELECT tablename FROM pg_tables WHERE schemaname = 'public'"),
     P(dbname="test", query="SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'bp5_orders'"),
     P(dbname="test", query="SELECT datname FROM pg_database"), P(dbname="test", query="SELECT rolname FROM pg_roles")],
    r"syntax error")
add("bp5-wt-openssl-pkey-on-cert", WT, "openssl_pkey_inspect",
    **{"learn": [P(**{"in": "server.crt"})],
       "repeats": [P(**{"in": "client.crt"}), P(**{"in": "server.csr"})],
       "good": [P(**{"in": "server.key"}), P(**{"in": "client.key"}), P(**{"in": "signing.key"})],
       "expect": r"(?i)could not (read|find)|unable to load|No supported data"})

# strip helper-only artefacts
for s in S:
    for k in ("learn", "repeats", "good"):
        for it in s[k]:
            it["params"].pop("recent_calls", None)
            if it.get("recent_calls") is None:
                it.pop("recent_calls", None)
SCENARIOS = S
