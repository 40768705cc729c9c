"""Batch "eighth": an eighth blind batch on tool families the corpus had not covered yet.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch eighth -o eighth_errors.jsonl``

What is run (every row is a real call made wrongly on this machine; nothing is hand-written):

- ``source: sdk`` (Node) -- SDK calls as a Node-based agent's tools make them, run by a small
  driver with the tools' ``node_modules``: pg, mysql2, ioredis, node-redis, amqplib, mqtt.js,
  nats.js, knex, sequelize, the mongodb driver (closed ports only), axios, undici and global
  fetch against the local fake API, zod, joi, yup, superstruct, puppeteer-core with Debian's
  chromium.  The message is what such a tool returns: ``String(err)`` (plus the response body for
  axios, the ``cause`` for fetch).
- ``source: sdk`` (Python) -- async SDKs (asyncpg, aiomysql, redis.asyncio, aio-pika, aiohttp,
  psycopg async), playwright (``executable_path`` = the system chromium) and selenium
  (chromedriver) against a local page, FastAPI/Starlette TestClient and Flask test client
  (the message is the tool's result: ``<status> <reason>: <body>``), the Django ORM in a throwaway
  settings module, peewee, Tortoise ORM, SQLModel, azure-storage-blob against Azurite (npm),
  google-cloud-storage against a local fake GCS JSON API, boto3 SQS / SNS / Secrets Manager / STS
  against a local fake answering the documented error bodies.  The message is
  ``Error: <ExcClass>: <str(exc)>`` (or the traceback where a tool returns it).
- ``source: cli`` -- sqlfluff, hatch, pdm, pipenv, pnpm, yarn, prisma, the playwright CLI, flask,
  pwiz, azurite.
- infrastructure variants: closed ports, a listener that never answers, one that resets, names
  that do not resolve (no DNS for the internet here), self-signed TLS, fakes answering
  401/403/429/5xx, a Redis-protocol fake answering LOADING/READONLY/OOM/NOAUTH/NOPERM, read-only
  databases and read-only bind mounts / tiny tmpfs (``unshare -m``), uid 65534.

Local helpers on 127.0.0.1: 47881 HTTP (fake REST API, fake GCS, fake npm registry), 47882 the same
behind TLS (self-signed), 47883 a listener that never accepts, 47884 one that accepts and never
answers, 47885 one that resets every connection, 47886 a RESP fake, 47887 a fake AWS endpoint,
47888 Azurite (blob), 47889 a closed port.

The tools live outside the project: ``CORPUS_EIGHTH_TOOLS`` (default ``.corpus-tools/eighth`` under
the checkout, as seventh) holding ``venv/`` (pip install -r
tests/corpus/batches/eighth_requirements.txt) and ``node/`` (npm install --ignore-scripts with
eighth_package.json).  A family whose tools are missing is skipped with a note.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import textwrap
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence
from urllib.parse import parse_qs

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, make_row
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import NOBODY, Sandbox, can_setpriv, can_unshare, ro_bind, tool_env
from tests.corpus.harness.servers import Helpers, J, NGINX_502, Reply, Request, delete_redis_keys, port_open, self_signed

NAME = "eighth"
ALIAS = "/tmp/corpus8"
(HTTP_PORT, TLS_PORT, SILENT_PORT, HANG_PORT, RESET_PORT, RESP_PORT, AWS_PORT, AZ_PORT, CLOSED_PORT) = range(47881, 47890)
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
TOOLS = os.environ.get("CORPUS_EIGHTH_TOOLS", str(Path(__file__).resolve().parents[3] / ".corpus-tools" / "eighth"))
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
NODE_MODULES = os.path.join(TOOLS, "node", "node_modules")
NODE_BIN = os.path.join(NODE_MODULES, ".bin")
SDK_PY = os.path.join(VENV_BIN, "python")
PREFIX = "corpus8"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PG = "postgresql://postgres@127.0.0.1:5432/test"
NOHOST = "db.corpus8-internal.example"
# the Azurite development account (its key is the public, documented emulator key)
AZ_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
AZ_CONN = (f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZ_KEY};"
           f"BlobEndpoint=http://127.0.0.1:{AZ_PORT}/devstoreaccount1;")


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(r"^npm (?:error|ERR!) A complete log of this run can be found in:.*$\n?", re.M), ""),
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(re.escape(AZ_KEY)), "<emulator-key>"),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
        (re.compile(r"\bpid[ =]\d+"), "pid 4242"),
        (re.compile(r"RequestId:[0-9a-f-]{36}"), "RequestId:00000000-0000-0000-0000-000000000000"),
        (re.compile(r"Time:\d{4}-\d\d-\d\dT[0-9:.]+Z"), "Time:2026-12-01T00:00:00.0000000Z"),
        (re.compile(r"\(Session info: [^)]*\)"), "(Session info: chrome=120.0)"),
        (re.compile(r"^#\d+ 0x[0-9a-f]+ <unknown>$\n?", re.M), ""),
        (re.compile(r"session id [0-9a-f]{32}"), "session id 0000"),
        (re.compile(r"localhost:\d{4,5}(?=/session)"), "localhost:9515"),
        (re.compile(r"host='localhost', port=\d+"), "host='localhost', port=9515"),
        (re.compile(r"/session/[0-9a-f]{32}"), "/session/0000"),
        (re.compile(r"\b\d+\.\d+m?s\b"), "12ms"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780)


def base_env(box: Sandbox) -> dict[str, str]:
    return {
        **tool_env(box, "agent@corpus8.example", path_prefix=f"{VENV_BIN}:{NODE_BIN}"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "NODE_PATH": NODE_MODULES,
        "CI": "1",
        "PRISMA_HIDE_UPDATE_MESSAGE": "1",
        "CHECKPOINT_DISABLE": "1",
        "PIPENV_YES": "1",
        "PIPENV_NOSPIN": "1",
        "PDM_CHECK_UPDATE": "false",
        "HATCH_INTERACTIVE": "false",
        "PLAYWRIGHT_BROWSERS_PATH": box.path("ms-playwright"),
        "SE_AVOID_STATS": "true",
        "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_DEFAULT_REGION": "us-east-1",
    }



# ---------------------------------------------------------------------------
# local fake services
# ---------------------------------------------------------------------------



def gcs_error(code: int, message: str, reason: str) -> str:
    return J({"error": {"code": code, "message": message, "errors": [{"message": message, "domain": "global", "reason": reason}]}})


ROUTES: dict[str, tuple[int, dict[str, str], str]] = {
    "/v1/projects/": (404, {}, J({"error": {"code": "not_found", "message": "Project 'billing-v2' was not found"}})),
    "/v1/account": (401, {"WWW-Authenticate": 'Bearer realm="api", error="invalid_token"'},
                    J({"error": {"code": "unauthorized", "message": "Invalid API key provided: sk_test_****abcd"}})),
    "/v1/admin/audit": (403, {}, J({"error": {"code": "forbidden", "message": "Your token lacks the 'admin:audit' scope"}})),
    "/v1/search": (429, {"Retry-After": "20"}, J({"error": {"code": "rate_limited", "message": "Too many requests: limit 60 per minute"}})),
    "/v1/reports": (500, {}, J({"error": {"code": "internal", "message": "Internal server error", "request_id": "req_8f2c"}})),
    "/v1/gateway": (502, {"Content-Type": "text/html"}, NGINX_502),
    "/v1/health": (503, {"Retry-After": "60"}, J({"error": {"code": "unavailable", "message": "Service temporarily unavailable"}})),
    "/v1/invoices": (422, {}, J({"error": {"code": "validation_failed", "message": "Validation failed",
                                           "fields": {"due_date": "must be a date in YYYY-MM-DD format", "amount": "is required"}}})),
    "/v1/customers": (409, {}, J({"error": {"code": "conflict", "message": "Customer with external_id 'c-42' already exists"}})),
    "/v1/webhooks": (400, {}, J({"error": {"code": "bad_request", "message": "url: must be an absolute https URL"}})),
    "/v1/exports": (507, {}, J({"error": {"code": "storage_full", "message": "Export storage quota exhausted for this workspace"}})),
    "/page/": (200, {"Content-Type": "text/html"}, "<!doctype html><html><body><h1>Dashboard</h1></body></html>"),
}

NPM_PACKUMENT = {"name": "corpus8-widget", "dist-tags": {"latest": "1.0.0"},
                 "versions": {"1.0.0": {"name": "corpus8-widget", "version": "1.0.0",
                                        "dist": {"tarball": f"{H}/npm/corpus8-widget/-/corpus8-widget-1.0.0.tgz",
                                                 "shasum": "0000000000000000000000000000000000000000"}}}}

GCS_BUCKETS = {
    "missing-bkt": (404, "The specified bucket does not exist.", "notFound"),
    "locked-bkt": (403, "anonymous caller does not have storage.objects.list access to the Google Cloud Storage bucket. Permission 'storage.objects.list' denied on resource (or it may not exist).", "forbidden"),
    "busy-bkt": (429, "The rate of change requests to the bucket is too high. Please slow down.", "rateLimitExceeded"),
    "broken-bkt": (503, "We encountered an internal error. Please try again.", "backendError"),
    "expired-bkt": (401, "Invalid Credentials", "authError"),
}


def gcs_route(req: Request) -> Reply:
    m = re.match(r"^/(?:upload/|download/)?storage/v1/b(?:/([^/]+))?(?:/o(?:/(.+))?)?$", req.path)
    assert m is not None
    bucket, obj = m.group(1), m.group(2)
    if req.method == "POST" and bucket is None:
        name = json.loads(req.body or b"{}").get("name", "")
        if name == "reports":
            return Reply(409, gcs_error(409, "Your previous request to create the named bucket succeeded and you already own it.", "conflict"))
        if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]", name):
            return Reply(400, gcs_error(400, f"Invalid bucket name: '{name}'", "invalid"))
        return Reply(200, J({"kind": "storage#bucket", "name": name}))
    if bucket in GCS_BUCKETS:
        status, msg, reason = GCS_BUCKETS[bucket]
        return Reply(status, gcs_error(status, msg, reason))
    if obj:
        if req.path.startswith("/download/"):
            return Reply(404, f"No such object: {bucket}/{obj}", "text/plain")
        return Reply(404, gcs_error(404, f"No such object: {bucket}/{obj}", "notFound"))
    if req.method == "DELETE":
        return Reply(409, gcs_error(409, "The bucket you tried to delete is not empty.", "conflict"))
    return Reply(200, J({"kind": "storage#objects", "items": []}))


def route(req: Request) -> Reply:
    path = req.path
    if "/storage/v1/" in path:
        return gcs_route(req)
    if path.startswith("/npm/"):
        name = path[5:]
        if name == "corpus8-widget":
            return Reply(200, J(NPM_PACKUMENT))
        if path.startswith("/npm/-/"):
            return Reply(404, J({"error": "Not found"}))
        if name.startswith("corpus8-private"):
            return Reply(401, J({"error": "authentication required"}), headers={"WWW-Authenticate": 'Bearer realm="npm"'})
        if name.startswith("corpus8-broken"):
            return Reply(500, J({"error": "internal server error"}))
        return Reply(404, J({"error": "Not found"}))
    if path.startswith("/slow"):
        time.sleep(6)
    hit = ROUTES.get(path)
    if hit is None:
        prefixes = [p for p in ROUTES if p.endswith("/") and path.startswith(p)]
        hit = ROUTES[max(prefixes, key=len)] if prefixes else None
    if hit is None:
        return Reply(404, J({"error": {"code": "not_found", "message": f"No route for {req.method} {path}"}}))
    status, headers, body = hit
    ctype = headers.get("Content-Type") or ("application/json" if body[:1] in "{[" else "text/plain")
    return Reply(status, body, ctype, {k: v for k, v in headers.items() if k != "Content-Type"})


AWS_JSON = "application/x-amz-json-1.0"
AWS_JSON11 = "application/x-amz-json-1.1"
XML = "text/xml"


def aws_xml(code: str, message: str, kind: str = "Sender") -> str:
    return (f'<?xml version="1.0"?>\n<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>{kind}</Type>'
            f"<Code>{code}</Code><Message>{message}</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>")


def aws_route(req: Request) -> Reply:
    """SQS/Secrets Manager (JSON protocols, by X-Amz-Target) and SNS/STS (query protocol, by Action)."""
    auth = req.headers.get("Authorization") or ""
    target = req.headers.get("X-Amz-Target") or ""
    body = req.body.decode(errors="replace")
    expired = "Credential=ASIAEXPIRED" in auth
    denied = "Credential=AKIADENIED" in auth
    if target.startswith("AmazonSQS."):
        op, data = target.split(".", 1)[1], json.loads(body or "{}")
        hdr = lambda code: {"x-amzn-query-error": f"{code};Sender"}  # noqa: E731
        if expired:
            return Reply(400, J({"__type": "com.amazon.coral.service#ExpiredTokenException", "message": "The security token included in the request is expired"}), AWS_JSON)
        if denied:
            return Reply(400, J({"__type": "com.amazon.coral.service#AccessDeniedException", "message": "User: arn:aws:iam::123456789012:user/agent is not authorized to perform: sqs:" + op + " on resource: arn:aws:sqs:us-east-1:123456789012:orders because no identity-based policy allows the sqs:" + op + " action"}), AWS_JSON)
        url = data.get("QueueUrl", "") + data.get("QueueName", "")
        if "throttled" in url:
            return Reply(400, J({"__type": "com.amazonaws.sqs#RequestThrottled", "message": "Request is throttled."}), AWS_JSON, hdr("RequestThrottled"))
        if "flaky" in url:
            return Reply(500, J({"__type": "com.amazonaws.sqs#InternalError", "message": "We encountered an internal error. Please try again."}), AWS_JSON)
        if op == "CreateQueue" and data.get("QueueName") == "orders":
            return Reply(400, J({"__type": "com.amazonaws.sqs#QueueNameExists", "message": "A queue already exists with the same name and a different value for attribute VisibilityTimeout"}), AWS_JSON, hdr("QueueAlreadyExists"))
        if op == "CreateQueue" and data.get("QueueName", "").endswith(".fifo") is False and data.get("Attributes", {}).get("FifoQueue"):
            return Reply(400, J({"__type": "com.amazonaws.sqs#InvalidAttributeName", "message": "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length."}), AWS_JSON)
        if "missing" in url:
            return Reply(400, J({"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "The specified queue does not exist."}), AWS_JSON, hdr("AWS.SimpleQueueService.NonExistentQueue"))
        if op == "PurgeQueue":
            return Reply(400, J({"__type": "com.amazonaws.sqs#PurgeQueueInProgress", "message": "Only one PurgeQueue operation on orders is allowed every 60 seconds."}), AWS_JSON, hdr("AWS.SimpleQueueService.PurgeQueueInProgress"))
        if op == "DeleteMessage":
            return Reply(400, J({"__type": "com.amazonaws.sqs#ReceiptHandleIsInvalid", "message": f"The input receipt handle \"{data.get('ReceiptHandle')}\" is not a valid receipt handle."}), AWS_JSON, hdr("ReceiptHandleIsInvalid"))
        if op == "ReceiveMessage" and data.get("WaitTimeSeconds", 0) > 20:
            return Reply(400, J({"__type": "com.amazonaws.sqs#InvalidParameterValueException", "message": f"Value {data['WaitTimeSeconds']} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided."}), AWS_JSON, hdr("InvalidParameterValue"))
        if op == "SendMessage" and "FifoQueue" not in url and url.endswith(".fifo"):
            return Reply(400, J({"__type": "com.amazonaws.sqs#MissingParameter", "message": "The request must contain the parameter MessageGroupId."}), AWS_JSON, hdr("MissingParameter"))
        if op == "ChangeMessageVisibility":
            return Reply(400, J({"__type": "com.amazonaws.sqs#MessageNotInflight", "message": "Message does not exist or is not available for visibility timeout change."}), AWS_JSON, hdr("AWS.SimpleQueueService.MessageNotInflight"))
        return Reply(200, J({}), AWS_JSON)
    if target.startswith("secretsmanager."):
        op, data = target.split(".", 1)[1], json.loads(body or "{}")
        sid = data.get("SecretId", "") or data.get("Name", "")
        err = lambda t, m, s=400: Reply(s, J({"__type": t, "Message": m}), AWS_JSON11)  # noqa: E731
        if expired:
            return err("UnrecognizedClientException", "The security token included in the request is invalid.")
        if denied:
            return err("AccessDeniedException", f"User: arn:aws:iam::123456789012:user/agent is not authorized to perform: secretsmanager:{op} on resource: {sid} because no identity-based policy allows the secretsmanager:{op} action")
        if "throttle" in sid:
            return err("ThrottlingException", "Rate exceeded")
        if "flaky" in sid:
            return err("InternalServiceError", "An error occurred on the server side.", 500)
        if op == "CreateSecret" and sid == "prod/db":
            return err("ResourceExistsException", "The operation failed because the secret prod/db already exists.")
        if op == "GetSecretValue" and sid == "prod/old-api-key":
            return err("InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.")
        if op == "GetSecretValue" and data.get("VersionStage") == "AWSPREVIOUS":
            return err("ResourceNotFoundException", "Secrets Manager can't find the specified secret value for staging label: AWSPREVIOUS")
        if op == "PutSecretValue" and "SecretString" in data and "SecretBinary" in data:
            return err("InvalidParameterException", "You can't specify both a binary secret value and a string secret value in the same secret.")
        if op == "DeleteSecret" and data.get("RecoveryWindowInDays", 7) > 30:
            return err("InvalidParameterException", "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).")
        if op == "RotateSecret":
            return err("InvalidRequestException", "No Lambda rotation function ARN is associated with this secret.")
        if op == "RestoreSecret":
            return err("InvalidRequestException", "You tried to perform the operation on a secret that's currently not marked deleted.")
        return err("ResourceNotFoundException", "Secrets Manager can't find the specified secret.")
    form = {k: v[0] for k, v in parse_qs(body).items()}
    action = form.get("Action", "")
    if expired:
        return Reply(403, aws_xml("ExpiredToken", "The security token included in the request is expired"), XML)
    if action == "GetCallerIdentity" and denied:
        return Reply(403, aws_xml("InvalidClientTokenId", "The security token included in the request is invalid."), XML)
    if action == "AssumeRole":
        arn = form.get("RoleArn", "")
        if not arn.startswith("arn:"):
            return Reply(400, aws_xml("ValidationError", f"1 validation error detected: Value '{arn}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"), XML)
        if "Deploy" in arn:
            return Reply(403, aws_xml("AccessDenied", f"User: arn:aws:iam::123456789012:user/agent is not authorized to perform: sts:AssumeRole on resource: {arn}"), XML)
        if int(form.get("DurationSeconds", "3600")) > 3600:
            return Reply(400, aws_xml("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."), XML)
    if action == "Publish":
        arn = form.get("TopicArn", "")
        if "throttle" in arn:
            return Reply(400, aws_xml("Throttling", "Rate exceeded"), XML)
        if not arn.startswith("arn:aws:sns:"):
            return Reply(400, aws_xml("InvalidParameter", "Invalid parameter: TopicArn"), XML)
        if "denied" in arn:
            return Reply(403, aws_xml("AuthorizationError", f"User: arn:aws:iam::123456789012:user/agent is not authorized to perform: SNS:Publish on resource: {arn} because no identity-based policy allows the SNS:Publish action"), XML)
        if arn.endswith(".fifo") and "MessageGroupId" not in form:
            return Reply(400, aws_xml("InvalidParameter", "Invalid parameter: The MessageGroupId parameter is required for FIFO topics"), XML)
        return Reply(404, aws_xml("NotFound", "Topic does not exist"), XML)
    if action == "Subscribe":
        return Reply(400, aws_xml("InvalidParameter", f"Invalid parameter: Invalid protocol type: {form.get('Protocol')}"), XML)
    if action == "CreateTopic":
        return Reply(400, aws_xml("InvalidParameter", "Invalid parameter: Topic Name"), XML)
    if action == "GetTopicAttributes":
        return Reply(500, aws_xml("InternalError", "Internal service error", "Receiver"), XML)
    return Reply(400, aws_xml("InvalidAction", f"The action {action} is not valid for this endpoint."), XML)


def resp_answer(args: list[str]) -> str:
    """A Redis-protocol fake whose answer depends on the key (the command's second word)."""
    if not args:
        return "-ERR empty"
    cmd = args[0].upper()
    if cmd == "HELLO":
        return "*2\r\n$6\r\nserver\r\n$5\r\nredis"
    if cmd in ("CLIENT", "SELECT"):
        return "+OK"
    if cmd == "INFO":
        return "$-1"
    if cmd == "PING":
        return "+PONG"
    if cmd == "AUTH":
        return "-WRONGPASS invalid username-password pair or user is disabled."
    key = args[1] if len(args) > 1 else ""
    for marker, answer in (("loading", "-LOADING Redis is loading the dataset in memory"),
                           ("replica", "-READONLY You can't write against a read only replica."),
                           ("full", "-OOM command not allowed when used memory > 'maxmemory'."),
                           ("locked", "-NOAUTH Authentication required."),
                           ("acl", "-NOPERM User agent has no permissions to run the 'set' command"),
                           ("busy", "-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE."),
                           ("master", "-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.")):
        if marker in key:
            return answer
    return "+OK"


def start_helpers(helpers: Helpers, box: Sandbox) -> bool:
    helpers.http(HTTP_PORT, route, server_version="corpus8")
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.hang(HANG_PORT, accept=True)
    helpers.reset(RESET_PORT)
    helpers.resp(RESP_PORT, resp_answer)
    helpers.http(AWS_PORT, aws_route, server_version="Server")
    return tls


def start_azurite(box: Sandbox) -> subprocess.Popen[bytes] | None:
    exe = os.path.join(NODE_BIN, "azurite-blob")
    if not os.path.exists(exe):
        return None
    proc = subprocess.Popen([exe, "--blobHost", "127.0.0.1", "--blobPort", str(AZ_PORT), "--location", box.mkdir("azurite"),
                             "--silent", "--skipApiVersionCheck", "--loose"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(60):
        if port_open("127.0.0.1", AZ_PORT):
            return proc
        time.sleep(0.5)
    proc.kill()
    proc.wait()
    return None


# ---------------------------------------------------------------------------
# drivers: many calls in one interpreter (each call in its own try; one message per call)
# ---------------------------------------------------------------------------

PY_DRIVER = r'''
import asyncio, json, sys, textwrap, traceback
spec = json.load(sys.stdin)
g = {"__name__": "__corpus__"}
exec(spec.get("pre", ""), g)
out = []
for c in spec["calls"]:
    ns = dict(g)
    try:
        if spec.get("aio"):
            exec("async def __call():\n" + textwrap.indent(c["code"], "    ") + "\n    return locals().get('result')", ns)
            res = asyncio.run(asyncio.wait_for(ns["__call"](), c.get("timeout", 25)))
        else:
            exec(c["code"], ns)
            res = ns.get("result")
        out.append(None if res is None else str(res))
    except BaseException as exc:
        out.append(traceback.format_exc() if c.get("tb") else f"Error: {type(exc).__name__}: {exc}")
    ns.clear()
    sys.stdout.flush()
post = spec.get("post")
if post:
    try:
        exec(post, g)
    except BaseException:
        pass
print("\n@@CORPUS8@@" + json.dumps(out), flush=True)
import os
os._exit(0)  # a library's non-daemon thread (aiosqlite) must not keep the interpreter alive
'''

JS_DRIVER = r'''
const spec = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const AsyncFunction = (async () => {}).constructor;
function fmt(e) {
  if (e === null || typeof e !== 'object') return 'Error: ' + String(e);
  let s = String(e);
  if (e.errors && Array.isArray(e.errors) && e.errors.length && (!e.message || s.endsWith('Error'))) s = String(e.errors[0]);
  if (e.response && e.response.data !== undefined) {
    const d = e.response.data;
    s += '\n' + (typeof d === 'string' ? d : JSON.stringify(d));
  }
  if (e.cause) s += '\ncause: ' + String(e.cause);
  return s;
}
(async () => {
  const out = [];
  const ctx = {};
  try { if (spec.pre) await new AsyncFunction('require', 'ctx', spec.pre)(require, ctx); }
  catch (e) { console.log('\n@@CORPUS8@@' + JSON.stringify(spec.calls.map(() => 'PRE FAILED: ' + fmt(e)))); process.exit(0); }
  for (const c of spec.calls) {
    let timer;
    try {
      const f = new AsyncFunction('require', 'ctx', c.code);
      const r = await Promise.race([f(require, ctx), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error('CORPUS8 DRIVER TIMEOUT')), (c.timeout || 20) * 1000); })]);
      out.push(r === undefined || r === null ? null : String(r));
    } catch (e) { out.push(fmt(e)); }
    clearTimeout(timer);
  }
  try { if (spec.post) await new AsyncFunction('require', 'ctx', spec.post)(require, ctx); } catch (e) {}
  console.log('\n@@CORPUS8@@' + JSON.stringify(out));
  process.exit(0);
})();
'''

Call = tuple  # (tool, params, code, label) or (tool, params, code, label, options)


def drive(run: Run, box: Sandbox, family: str, lang: str, calls: Sequence[Call], *, pre: str = "", post: str = "",
          aio: bool = False, wrap: Callable[[str], str] | None = None, timeout: float = 300, needs: Sequence[str] = (),
          env: Mapping[str, str] | None = None) -> None:
    """Runs every call of one family in one interpreter; one row per call that failed."""
    exe = SDK_PY if lang == "py" else shutil.which("node")
    missing = [p for p in (exe or "", *needs) if not os.path.exists(p)]
    if missing:
        run.note(f"skip {family}: {missing} not installed")
        return
    assert exe is not None
    driver = box.write(f"drivers/{family}.{lang}", PY_DRIVER if lang == "py" else JS_DRIVER)
    items = [c if len(c) == 5 else (*c, {}) for c in calls]
    spec = {"pre": textwrap.dedent(pre).strip(), "post": textwrap.dedent(post).strip(), "aio": aio,
            "calls": [{"code": textwrap.dedent(code).strip(), **opts} for _, _, code, _, opts in items]}
    argv = [exe, driver]
    cmd = wrap(shlex.join(argv)) if wrap else None
    try:
        cp = subprocess.run(["bash", "-c", cmd] if cmd else argv, input=json.dumps(spec), capture_output=True, text=True,
                            timeout=timeout, env={**run.env, "PYTHONWARNINGS": "ignore", **(env or {})}, cwd=box.mkdir("work-" + family))
        results = json.loads(cp.stdout.rsplit("@@CORPUS8@@", 1)[1])
    except Exception as exc:  # one broken family must not lose the rest
        run.note(f"{family} failed: {exc!r} {cp.stderr[-600:] if 'cp' in locals() else ''}"[:900])
        return
    n = run.normaliser
    shown_prog = "python -c " if lang == "py" else "node -e "
    for (tool, params, code, label, opts), res in zip(items, results):
        shown = shown_prog + shlex.quote(n.path(textwrap.dedent(code).strip()).replace(AZ_KEY, "<emulator-key>"))
        if res is None or not res.strip():
            run.note(f"skip {tool}: no error ({shown[:160]})")
            continue
        if res.startswith("PRE FAILED") or "CORPUS8 DRIVER TIMEOUT" in res:
            run.note(f"skip {tool}: {res[:200]}")
            continue
        run.rows.append(make_row(tool, n.value(dict(params)), n(res), label, source="sdk", command=shown))


def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    kw.setdefault("timeout", 40)
    return run.case(tool, params, command, label, **kw)


# ---------------------------------------------------------------------------
# Node SDKs against the local services
# ---------------------------------------------------------------------------

C = CLOSED_PORT
PGC = "const { Client } = require('pg'); const c = new Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' }); await c.connect();"
PGE = "await c.end();"


def pg_node(sql: str, values: Any = None) -> str:
    v = f", {J(values)}" if values is not None else ""
    return f"{PGC}\ntry {{ await c.query({J(sql)}{v}); }} finally {{ {PGE} }}"


MYC = "const mysql = require('mysql2/promise'); const c = await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: 'test' });"


def my_node(sql: str, values: Any = None, method: str = "query") -> str:
    v = f", {J(values)}" if values is not None else ""
    return f"{MYC}\ntry {{ await c.{method}({J(sql)}{v}); }} finally {{ await c.end(); }}"


IOR = "const Redis = require('ioredis'); const r = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 0, retryStrategy: () => null });"
NR = "const { createClient } = require('redis'); const r = createClient({ url: 'redis://127.0.0.1:6379', socket: { reconnectStrategy: false } }); await r.connect();"
AMQ = "const amqp = require('amqplib'); const conn = await amqp.connect('amqp://guest:guest@127.0.0.1:5672'); conn.on('error', () => {}); const ch = await conn.createChannel(); ch.on('error', () => {});"
AMQE = "await conn.close().catch(() => {});"


def node_services(run: Run, box: Sandbox) -> None:
    k = PREFIX
    pg = [
        ("pg_client_query", {"sql": "SELECT * FROM invoices_2026 WHERE id = $1", "values": [7]}, pg_node("SELECT * FROM invoices_2026 WHERE id = $1", [7]), "INCORRECT_PARAMETER"),
        ("pg_client_query", {"sql": "SELECT emial FROM pg_user"}, pg_node("SELECT emial FROM pg_user"), "INCORRECT_PARAMETER"),
        ("pg_client_query", {"sql": "SELEC usename FROM pg_user"}, pg_node("SELEC usename FROM pg_user"), "PARAMETER_FORMAT"),
        ("pg_client_query", {"sql": "SELECT $1::int + $2::int", "values": [1]}, pg_node("SELECT $1::int + $2::int", [1]), "MISSING_PARAMETER"),
        ("pg_client_query", {"sql": "SELECT $1::uuid", "values": ["order-42"]}, pg_node("SELECT $1::uuid", ["order-42"]), "PARAMETER_FORMAT"),
        ("pg_client_query", {"sql": "SELECT $1::date", "values": ["31/12/2026"]}, pg_node("SELECT $1::date", ["31/12/2026"]), "PARAMETER_FORMAT"),
        ("pg_client_query", {"sql": "SELECT to_jsonb_pretty('{}')"}, pg_node("SELECT to_jsonb_pretty('{}')"), "INCORRECT_PARAMETER"),
        ("pg_client_query", {"sql": "SET ROLE pg_monitor; CREATE TABLE public.corpus8_t (id int)"}, pg_node("SET ROLE pg_monitor; CREATE TABLE public.corpus8_t (id int)"), "permission"),
        ("pg_client_query", {"sql": "SET TRANSACTION READ ONLY; ... CREATE TEMP TABLE"},
         f"{PGC}\ntry {{ await c.query('BEGIN READ ONLY'); await c.query('CREATE TEMP TABLE corpus8_ro (id int)'); }} finally {{ {PGE} }}", "read_only"),
        ("pg_client_query", {"sql": "SELECT pg_sleep(3)", "statement_timeout": 300},
         "const { Client } = require('pg'); const c = new Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', statement_timeout: 300 }); await c.connect();\ntry { await c.query('SELECT pg_sleep(3)'); } finally { await c.end(); }", "timeout"),
        ("pg_client_query", {"sql": "INSERT INTO corpus8_u VALUES (1)", "twice": True},
         f"{PGC}\ntry {{ await c.query('CREATE TEMP TABLE corpus8_u (id int primary key)'); await c.query('INSERT INTO corpus8_u VALUES (1)'); await c.query('INSERT INTO corpus8_u VALUES (1)'); }} finally {{ {PGE} }}", "WORKFLOW_SEQUENCE"),
        ("pg_client_query", {"sql": "INSERT INTO corpus8_nn (id, email) VALUES ($1, $2)", "values": [1, None]},
         f"{PGC}\ntry {{ await c.query('CREATE TEMP TABLE corpus8_nn (id int, email text NOT NULL)'); await c.query('INSERT INTO corpus8_nn (id, email) VALUES ($1, $2)', [1, null]); }} finally {{ {PGE} }}", "MISSING_PARAMETER"),
        ("pg_client_query", {"after": "client.end()", "sql": "SELECT 1"}, f"{PGC}\nawait c.end(); await c.query('SELECT 1');", "WORKFLOW_SEQUENCE"),
        ("pg_client_connect", {"connect": "twice"}, f"{PGC}\ntry {{ await c.connect(); }} finally {{ {PGE} }}", "WORKFLOW_SEQUENCE"),
        ("pg_client_connect", {"database": "analytics"}, "const { Client } = require('pg'); const c = new Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/analytics' }); await c.connect();", "MISSING_PREREQUISITE"),
        ("pg_client_connect", {"user": "reporting"}, "const { Client } = require('pg'); const c = new Client({ connectionString: 'postgresql://reporting@127.0.0.1:5432/test' }); await c.connect();", "auth"),
        ("pg_client_connect", {"port": C}, f"const {{ Client }} = require('pg'); const c = new Client({{ host: '127.0.0.1', port: {C}, user: 'postgres', database: 'test' }}); await c.connect();", "network"),
        ("pg_client_connect", {"host": NOHOST}, f"const {{ Client }} = require('pg'); const c = new Client({{ host: '{NOHOST}', user: 'postgres', database: 'test' }}); await c.connect();", "dns"),
        ("pg_client_connect", {"port": HANG_PORT, "connectionTimeoutMillis": 1500}, f"const {{ Client }} = require('pg'); const c = new Client({{ host: '127.0.0.1', port: {HANG_PORT}, user: 'postgres', database: 'test', connectionTimeoutMillis: 1500 }}); await c.connect();", "timeout"),
        ("pg_client_connect", {"port": RESET_PORT}, f"const {{ Client }} = require('pg'); const c = new Client({{ host: '127.0.0.1', port: {RESET_PORT}, user: 'postgres', database: 'test' }}); await c.connect();", "network"),
        ("pg_client_connect", {"connectionString": "postgres//postgres@127.0.0.1/test"}, "const { Client } = require('pg'); const c = new Client({ connectionString: 'postgres//postgres@127.0.0.1/test' }); await c.connect();", "PARAMETER_FORMAT"),
        ("pg_pool_query", {"after": "pool.end()"}, "const { Pool } = require('pg'); const p = new Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' }); await p.end(); await p.query('SELECT 1');", "WORKFLOW_SEQUENCE"),
        ("pg_client_query", {"sql": "SELECT 1", "connect": False}, "const { Client } = require('pg'); const c = new Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', query_timeout: 1500 }); await c.query('SELECT 1');", "WORKFLOW_SEQUENCE"),
    ]
    drive(run, box, "node-pg", "js", pg)
    my = [
        ("mysql2_query", {"sql": "SELECT * FROM shipments"}, my_node("SELECT * FROM shipments"), "INCORRECT_PARAMETER"),
        ("mysql2_query", {"sql": "SELECT User, Passwd FROM mysql.user"}, my_node("SELECT User, Passwd FROM mysql.user"), "INCORRECT_PARAMETER"),
        ("mysql2_query", {"sql": "SELECT * FORM mysql.user"}, my_node("SELECT * FORM mysql.user"), "PARAMETER_FORMAT"),
        ("mysql2_execute", {"sql": "SELECT ? + ?", "values": [1]}, my_node("SELECT ? + ?", [1], "execute"), "MISSING_PARAMETER"),
        ("mysql2_execute", {"sql": "SELECT ?", "values": [None], "js": "undefined"},
         f"{MYC}\ntry {{ await c.execute('SELECT ?', [undefined]); }} finally {{ await c.end(); }}", "MISSING_PARAMETER"),
        ("mysql2_query", {"sql": "INSERT INTO corpus8_q (qty) VALUES ('three')"},
         f"{MYC}\ntry {{ await c.query('CREATE TEMPORARY TABLE corpus8_q (qty INT)'); await c.query(\"SET SESSION sql_mode = 'STRICT_ALL_TABLES'\"); await c.query(\"INSERT INTO corpus8_q (qty) VALUES ('three')\"); }} finally {{ await c.end(); }}", "PARAMETER_FORMAT"),
        ("mysql2_query", {"sql": "INSERT INTO corpus8_d VALUES (1)", "twice": True},
         f"{MYC}\ntry {{ await c.query('CREATE TEMPORARY TABLE corpus8_d (id INT PRIMARY KEY)'); await c.query('INSERT INTO corpus8_d VALUES (1)'); await c.query('INSERT INTO corpus8_d VALUES (1)'); }} finally {{ await c.end(); }}", "WORKFLOW_SEQUENCE"),
        ("mysql2_query", {"sql": "INSERT INTO corpus8_n (name) VALUES (NULL)"},
         f"{MYC}\ntry {{ await c.query('CREATE TEMPORARY TABLE corpus8_n (name VARCHAR(20) NOT NULL)'); await c.query('INSERT INTO corpus8_n (name) VALUES (NULL)'); }} finally {{ await c.end(); }}", "MISSING_PARAMETER"),
        ("mysql2_query", {"sql": "START TRANSACTION READ ONLY; CREATE TEMPORARY TABLE / INSERT"},
         f"{MYC}\ntry {{ await c.query('CREATE TEMPORARY TABLE corpus8_r (id INT)'); await c.query('CREATE TABLE IF NOT EXISTS corpus8_never (id INT)').catch(() => {{}}); await c.query('DROP TABLE IF EXISTS corpus8_never'); await c.query('START TRANSACTION READ ONLY'); await c.query('INSERT INTO mysql.help_topic (name) VALUES (1)'); }} finally {{ await c.end(); }}", "read_only"),
        ("mysql2_query", {"sql": "SELECT SLEEP(3)", "max_statement_time": 0.3},
         f"{MYC}\ntry {{ await c.query('SET SESSION max_statement_time = 0.3'); await c.query('SELECT * FROM information_schema.columns a, information_schema.columns b, information_schema.columns c'); }} finally {{ await c.end(); }}", "timeout"),
        ("mysql2_query", {"after": "end()"}, f"{MYC}\nawait c.end(); await c.query('SELECT 1');", "WORKFLOW_SEQUENCE"),
        ("mysql2_connect", {"database": "warehouse"}, "const mysql = require('mysql2/promise'); await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: 'warehouse' });", "MISSING_PREREQUISITE"),
        ("mysql2_connect", {"user": "app", "password": "***"}, "const mysql = require('mysql2/promise'); await mysql.createConnection({ host: '127.0.0.1', user: 'app', password: 'not-the-password', database: 'test' });", "auth"),
        ("mysql2_connect", {"port": C}, f"const mysql = require('mysql2/promise'); await mysql.createConnection({{ host: '127.0.0.1', port: {C}, user: 'root' }});", "network"),
        ("mysql2_connect", {"host": NOHOST}, f"const mysql = require('mysql2/promise'); await mysql.createConnection({{ host: '{NOHOST}', user: 'root' }});", "dns"),
        ("mysql2_connect", {"port": HANG_PORT, "connectTimeout": 1500}, f"const mysql = require('mysql2/promise'); await mysql.createConnection({{ host: '127.0.0.1', port: {HANG_PORT}, user: 'root', connectTimeout: 1500 }});", "timeout"),
        ("mysql2_query", {"sql": "CALL refresh_rollups()"}, my_node("CALL refresh_rollups()"), "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "node-mysql2", "js", my)
    rd = [
        ("ioredis_command", {"cmd": "hget", "key": f"{k}:list"}, f"{IOR}\ntry {{ await r.rpush('{k}:list', 'a'); await r.hget('{k}:list', 'f'); }} finally {{ await r.del('{k}:list'); r.disconnect(); }}", "INCORRECT_PARAMETER"),
        ("ioredis_command", {"cmd": "incrby", "key": f"{k}:n", "by": "five"}, f"{IOR}\ntry {{ await r.incrby('{k}:n', 'five'); }} finally {{ await r.del('{k}:n'); r.disconnect(); }}", "PARAMETER_FORMAT"),
        ("ioredis_command", {"cmd": "set", "key": f"{k}:t", "EX": -5}, f"{IOR}\ntry {{ await r.set('{k}:t', 'v', 'EX', -5); }} finally {{ r.disconnect(); }}", "PARAMETER_FORMAT"),
        ("ioredis_command", {"cmd": "call", "args": ["HGETT", f"{k}:h"]}, f"{IOR}\ntry {{ await r.call('HGETT', '{k}:h'); }} finally {{ r.disconnect(); }}", "WRONG_TOOL_SELECTION"),
        ("ioredis_command", {"cmd": "call", "args": ["JSON.GET", f"{k}:doc"]}, f"{IOR}\ntry {{ await r.call('JSON.GET', '{k}:doc', '$'); }} finally {{ r.disconnect(); }}", "MISSING_PREREQUISITE"),
        ("ioredis_command", {"cmd": "call", "args": ["SET", f"{k}:x"]}, f"{IOR}\ntry {{ await r.call('SET', '{k}:x'); }} finally {{ r.disconnect(); }}", "MISSING_PARAMETER"),
        ("ioredis_command", {"cmd": "xreadgroup", "group": "workers", "stream": f"{k}:jobs"}, f"{IOR}\ntry {{ await r.xadd('{k}:jobs', '*', 'a', '1'); await r.xreadgroup('GROUP', 'workers', 'w1', 'STREAMS', '{k}:jobs', '>'); }} finally {{ await r.del('{k}:jobs'); r.disconnect(); }}", "MISSING_PREREQUISITE"),
        ("ioredis_command", {"cmd": "xgroup create", "group": "workers", "twice": True}, f"{IOR}\ntry {{ await r.xgroup('CREATE', '{k}:s2', 'workers', '$', 'MKSTREAM'); await r.xgroup('CREATE', '{k}:s2', 'workers', '$', 'MKSTREAM'); }} finally {{ await r.del('{k}:s2'); r.disconnect(); }}", "WORKFLOW_SEQUENCE"),
        ("ioredis_command", {"cmd": "evalsha", "sha": "e0e1f9fabfc9d4800c877a703b823ac0578ff831"}, f"{IOR}\ntry {{ await r.evalsha('e0e1f9fabfc9d4800c877a703b823ac0578ff831', 0); }} finally {{ r.disconnect(); }}", "WORKFLOW_SEQUENCE"),
        ("ioredis_command", {"cmd": "eval", "script": "return redis.call('GET', KEYS[1]"}, f"{IOR}\ntry {{ await r.eval(\"return redis.call('GET', KEYS[1]\", 1, '{k}:a'); }} finally {{ r.disconnect(); }}", "PARAMETER_FORMAT"),
        ("ioredis_command", {"cmd": "select", "db": 99}, f"{IOR}\ntry {{ await r.select(99); }} finally {{ r.disconnect(); }}", "INCORRECT_PARAMETER"),
        ("ioredis_connect", {"port": C}, f"const Redis = require('ioredis'); const r = new Redis({{ host: '127.0.0.1', port: {C}, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null }}); r.on('error', () => {{}}); await r.connect();", "daemon_down"),
        ("ioredis_command", {"port": RESP_PORT, "key": f"{k}:loading"}, f"const Redis = require('ioredis'); const r = new Redis({{ host: '127.0.0.1', port: {RESP_PORT}, maxRetriesPerRequest: 0, retryStrategy: () => null, enableReadyCheck: false }}); try {{ await r.get('{k}:loading'); }} finally {{ r.disconnect(); }}", "server_error"),
        ("ioredis_command", {"port": RESP_PORT, "key": f"{k}:replica"}, f"const Redis = require('ioredis'); const r = new Redis({{ host: '127.0.0.1', port: {RESP_PORT}, maxRetriesPerRequest: 0, retryStrategy: () => null, enableReadyCheck: false }}); try {{ await r.set('{k}:replica', 'v'); }} finally {{ r.disconnect(); }}", "read_only"),
        ("ioredis_command", {"port": RESP_PORT, "key": f"{k}:full"}, f"const Redis = require('ioredis'); const r = new Redis({{ host: '127.0.0.1', port: {RESP_PORT}, maxRetriesPerRequest: 0, retryStrategy: () => null, enableReadyCheck: false }}); try {{ await r.set('{k}:full', 'v'); }} finally {{ r.disconnect(); }}", "resource"),
        ("ioredis_command", {"port": RESP_PORT, "key": f"{k}:locked"}, f"const Redis = require('ioredis'); const r = new Redis({{ host: '127.0.0.1', port: {RESP_PORT}, maxRetriesPerRequest: 0, retryStrategy: () => null, enableReadyCheck: false }}); try {{ await r.get('{k}:locked'); }} finally {{ r.disconnect(); }}", "auth"),
        ("ioredis_command", {"port": RESP_PORT, "key": f"{k}:acl"}, f"const Redis = require('ioredis'); const r = new Redis({{ host: '127.0.0.1', port: {RESP_PORT}, maxRetriesPerRequest: 0, retryStrategy: () => null, enableReadyCheck: false }}); try {{ await r.set('{k}:acl', 'v'); }} finally {{ r.disconnect(); }}", "permission"),
        ("node_redis_command", {"cmd": "lPush", "key": f"{k}:str"}, f"{NR}\ntry {{ await r.set('{k}:str', 'v'); await r.lPush('{k}:str', 'x'); }} finally {{ await r.del('{k}:str'); await r.quit(); }}", "INCORRECT_PARAMETER"),
        ("node_redis_command", {"cmd": "get", "connect": False}, "const { createClient } = require('redis'); const r = createClient({ url: 'redis://127.0.0.1:6379' }); await r.get('corpus8:a');", "WORKFLOW_SEQUENCE"),
        ("node_redis_command", {"cmd": "expire", "key": f"{k}:a", "seconds": "10m"}, f"{NR}\ntry {{ await r.sendCommand(['EXPIRE', '{k}:a', '10m']); }} finally {{ await r.quit(); }}", "PARAMETER_FORMAT"),
        ("node_redis_command", {"cmd": "sendCommand", "args": ["ZADD", f"{k}:z", "one", "a"]}, f"{NR}\ntry {{ await r.sendCommand(['ZADD', '{k}:z', 'one', 'a']); }} finally {{ await r.quit(); }}", "PARAMETER_FORMAT"),
        ("node_redis_connect", {"url": f"redis://127.0.0.1:{C}"}, f"const {{ createClient }} = require('redis'); const r = createClient({{ url: 'redis://127.0.0.1:{C}', socket: {{ reconnectStrategy: false }} }}); r.on('error', () => {{}}); await r.connect();", "daemon_down"),
        ("node_redis_connect", {"url": "127.0.0.1:6379"}, "const { createClient } = require('redis'); const r = createClient({ url: '127.0.0.1:6379' }); await r.connect();", "PARAMETER_FORMAT"),
        ("node_redis_connect", {"url": f"redis://{NOHOST}:6379"}, f"const {{ createClient }} = require('redis'); const r = createClient({{ url: 'redis://{NOHOST}:6379', socket: {{ reconnectStrategy: false }} }}); r.on('error', () => {{}}); await r.connect();", "dns"),
        ("node_redis_connect", {"url": f"redis://127.0.0.1:{HANG_PORT}", "connectTimeout": 1000}, f"const {{ createClient }} = require('redis'); const r = createClient({{ url: 'redis://127.0.0.1:{HANG_PORT}', socket: {{ reconnectStrategy: false, connectTimeout: 1000 }} }}); r.on('error', () => {{}}); await r.connect(); await r.ping();", "timeout"),
        ("node_redis_command", {"port": RESP_PORT, "key": f"{k}:master"}, f"const {{ createClient }} = require('redis'); const r = createClient({{ url: 'redis://127.0.0.1:{RESP_PORT}', socket: {{ reconnectStrategy: false }} }}); r.on('error', () => {{}}); await r.connect(); try {{ await r.get('{k}:master'); }} finally {{ r.disconnect().catch(() => {{}}); }}", "server_error"),
        ("node_redis_command", {"port": RESP_PORT, "key": f"{k}:busy"}, f"const {{ createClient }} = require('redis'); const r = createClient({{ url: 'redis://127.0.0.1:{RESP_PORT}', socket: {{ reconnectStrategy: false }} }}); r.on('error', () => {{}}); await r.connect(); try {{ await r.get('{k}:busy'); }} finally {{ r.disconnect().catch(() => {{}}); }}", "server_error"),
    ]
    drive(run, box, "node-redis", "js", rd)
    mq = [
        ("amqplib_check_queue", {"queue": "invoices.retry"}, f"{AMQ}\ntry {{ await ch.checkQueue('invoices.retry'); }} finally {{ {AMQE} }}", "INCORRECT_PARAMETER"),
        ("amqplib_check_exchange", {"exchange": "billing.events"}, f"{AMQ}\ntry {{ await ch.checkExchange('billing.events'); }} finally {{ {AMQE} }}", "INCORRECT_PARAMETER"),
        ("amqplib_assert_exchange", {"exchange": "corpus8.x", "type": "fan-out"}, f"{AMQ}\ntry {{ await ch.assertExchange('corpus8.x', 'fan-out'); }} finally {{ {AMQE} }}", "INCORRECT_PARAMETER"),
        ("amqplib_assert_exchange", {"exchange": "amq.corpus8", "type": "topic"}, f"{AMQ}\ntry {{ await ch.assertExchange('amq.corpus8', 'topic'); }} finally {{ {AMQE} }}", "INCORRECT_PARAMETER"),
        ("amqplib_assert_queue", {"queue": "corpus8.q1", "durable": True, "redeclare": "durable=false"},
         f"{AMQ}\ntry {{ await ch.assertQueue('corpus8.q1', {{ exclusive: true, durable: false }}); await ch.assertQueue('corpus8.q1', {{ exclusive: true, durable: true }}); }} finally {{ {AMQE} }}", "WORKFLOW_SEQUENCE"),
        ("amqplib_bind_queue", {"queue": "corpus8.q2", "exchange": "orders.topic"},
         f"{AMQ}\ntry {{ await ch.assertQueue('corpus8.q2', {{ exclusive: true }}); await ch.bindQueue('corpus8.q2', 'orders.topic', 'order.*'); }} finally {{ {AMQE} }}", "INCORRECT_PARAMETER"),
        ("amqplib_ack", {"deliveryTag": 1, "twice": True},
         f"{AMQ}\ntry {{ const q = await ch.assertQueue('', {{ exclusive: true }}); ch.sendToQueue(q.queue, Buffer.from('x')); await new Promise(r => setTimeout(r, 200)); const m = await ch.get(q.queue); ch.ack(m); ch.ack(m); await ch.checkQueue(q.queue); }} finally {{ {AMQE} }}", "WORKFLOW_SEQUENCE"),
        ("amqplib_send_to_queue", {"queue": "corpus8.q3", "content": {"id": 1}},
         f"{AMQ}\ntry {{ ch.sendToQueue('corpus8.q3', {{ id: 1 }}); }} finally {{ {AMQE} }}", "PARAMETER_FORMAT"),
        ("amqplib_publish", {"after": "channel.close()"},
         f"{AMQ}\nawait ch.close(); try {{ ch.publish('', 'corpus8.q', Buffer.from('x')); }} finally {{ {AMQE} }}", "WORKFLOW_SEQUENCE"),
        ("amqplib_connect", {"url": "amqp://guest:***@127.0.0.1:5672", "password": "wrong"}, "const amqp = require('amqplib'); await amqp.connect('amqp://guest:wrong-password@127.0.0.1:5672');", "auth"),
        ("amqplib_connect", {"url": "amqp://127.0.0.1:5672/billing"}, "const amqp = require('amqplib'); await amqp.connect('amqp://guest:guest@127.0.0.1:5672/billing');", "MISSING_PREREQUISITE"),
        ("amqplib_connect", {"port": C}, f"const amqp = require('amqplib'); await amqp.connect('amqp://guest:guest@127.0.0.1:{C}');", "network"),
        ("amqplib_connect", {"host": NOHOST}, f"const amqp = require('amqplib'); await amqp.connect('amqp://guest:guest@{NOHOST}');", "dns"),
        ("amqplib_connect", {"port": HANG_PORT, "timeout": 1500}, f"const amqp = require('amqplib'); await amqp.connect('amqp://guest:guest@127.0.0.1:{HANG_PORT}', {{ timeout: 1500 }});", "timeout"),
        ("amqplib_connect", {"url": "http://127.0.0.1:15672"}, "const amqp = require('amqplib'); await amqp.connect('http://127.0.0.1:15672');", "PARAMETER_FORMAT"),
        ("amqplib_connect", {"port": RESET_PORT}, f"const amqp = require('amqplib'); await amqp.connect('amqp://guest:guest@127.0.0.1:{RESET_PORT}');", "network"),
    ]
    drive(run, box, "node-amqplib", "js", mq)
    MQ = "const mqtt = require('mqtt');"
    mqt = [
        ("mqttjs_connect", {"url": f"mqtt://127.0.0.1:{C}"}, f"{MQ} const c = await mqtt.connectAsync('mqtt://127.0.0.1:{C}', {{ reconnectPeriod: 0 }});", "network"),
        ("mqttjs_connect", {"url": f"mqtt://{NOHOST}"}, f"{MQ} const c = await mqtt.connectAsync('mqtt://{NOHOST}', {{ reconnectPeriod: 0 }});", "dns"),
        ("mqttjs_connect", {"url": f"mqtt://127.0.0.1:{HANG_PORT}", "connectTimeout": 1500}, f"{MQ} const c = await mqtt.connectAsync('mqtt://127.0.0.1:{HANG_PORT}', {{ reconnectPeriod: 0, connectTimeout: 1500 }});", "timeout"),
        ("mqttjs_connect", {"url": "mqtts//127.0.0.1:1883"}, f"{MQ} const c = await mqtt.connectAsync('mqtts//127.0.0.1:1883', {{ reconnectPeriod: 0 }});", "PARAMETER_FORMAT"),
        ("mqttjs_publish", {"topic": "sensors/+/temp"}, f"{MQ} const c = await mqtt.connectAsync('mqtt://127.0.0.1:1883', {{ reconnectPeriod: 0 }}); try {{ await c.publishAsync('sensors/+/temp', '21.5'); }} finally {{ await c.endAsync(); }}", "PARAMETER_FORMAT"),
        ("mqttjs_subscribe", {"topic": "sensors/#/temp"}, f"{MQ} const c = await mqtt.connectAsync('mqtt://127.0.0.1:1883', {{ reconnectPeriod: 0 }}); try {{ await c.subscribeAsync('sensors/#/temp'); }} finally {{ await c.endAsync(); }}", "PARAMETER_FORMAT"),
        ("mqttjs_publish", {"topic": "corpus8/a", "qos": 3}, f"{MQ} const c = await mqtt.connectAsync('mqtt://127.0.0.1:1883', {{ reconnectPeriod: 0 }}); try {{ await c.publishAsync('corpus8/a', 'x', {{ qos: 3 }}); }} finally {{ await c.endAsync(); }}", "PARAMETER_FORMAT"),
        ("mqttjs_publish", {"topic": "corpus8/a", "message": {"t": 21}}, f"{MQ} const c = await mqtt.connectAsync('mqtt://127.0.0.1:1883', {{ reconnectPeriod: 0 }}); try {{ await c.publishAsync('corpus8/a', {{ t: 21 }}); }} finally {{ await c.endAsync(); }}", "PARAMETER_FORMAT"),
        ("mqttjs_connect", {"url": f"mqtt://127.0.0.1:{RESET_PORT}"}, f"{MQ} const c = await mqtt.connectAsync('mqtt://127.0.0.1:{RESET_PORT}', {{ reconnectPeriod: 0 }});", "network"),
    ]
    drive(run, box, "node-mqtt", "js", mqt)
    NA = "const { connect, StringCodec } = require('nats');"
    NC = NA + " const nc = await connect({ servers: '127.0.0.1:4222' });"
    nats = [
        ("natsjs_connect", {"servers": f"127.0.0.1:{C}"}, f"{NA} await connect({{ servers: '127.0.0.1:{C}', reconnect: false }});", "network"),
        ("natsjs_connect", {"servers": f"{NOHOST}:4222"}, f"{NA} await connect({{ servers: '{NOHOST}:4222', reconnect: false }});", "dns"),
        ("natsjs_connect", {"servers": f"127.0.0.1:{HANG_PORT}", "timeout": 1500}, f"{NA} await connect({{ servers: '127.0.0.1:{HANG_PORT}', reconnect: false, timeout: 1500 }});", "timeout"),
        ("natsjs_connect", {"servers": "127.0.0.1:4222", "user": "agent", "pass": "***"}, f"{NA} await connect({{ servers: '127.0.0.1:4222', reconnect: false, user: 'agent', pass: 'wrong' }});", "auth"),
        ("natsjs_request", {"subject": "billing.invoice.get", "timeout": 1000}, f"{NC} try {{ await nc.request('billing.invoice.get', StringCodec().encode('42'), {{ timeout: 1000 }}); }} finally {{ await nc.close(); }}", "INCORRECT_PARAMETER"),
        ("natsjs_publish", {"subject": "orders created"}, f"{NC} try {{ nc.publish('orders created', StringCodec().encode('x')); await nc.flush(); }} finally {{ await nc.close(); }}", "PARAMETER_FORMAT"),
        ("natsjs_publish", {"subject": "corpus8.a", "after": "close()"}, f"{NC} await nc.close(); nc.publish('corpus8.a', StringCodec().encode('x'));", "WORKFLOW_SEQUENCE"),
        ("natsjs_subscribe", {"subject": ""}, f"{NC} try {{ nc.subscribe(''); }} finally {{ await nc.close(); }}", "MISSING_PARAMETER"),
        ("natsjs_stream_info", {"stream": "ORDERS"}, f"{NC} try {{ const jsm = await nc.jetstreamManager({{ timeout: 2000 }}); await jsm.streams.info('ORDERS'); }} finally {{ await nc.close(); }}", "INCORRECT_PARAMETER"),
        ("natsjs_js_publish", {"subject": "corpus8.unbound.subject"}, f"{NC} try {{ const js = nc.jetstream(); await js.publish('corpus8.unbound.subject', StringCodec().encode('x'), {{ timeout: 2000 }}); }} finally {{ await nc.close(); }}", "MISSING_PREREQUISITE"),
        ("natsjs_kv_get", {"bucket": "sessions", "key": "u-1"}, f"{NC} try {{ const js = nc.jetstream(); const kv = await js.views.kv('sessions', {{ bindOnly: true }}); await kv.get('u-1'); }} finally {{ await nc.close(); }}", "INCORRECT_PARAMETER"),
        ("natsjs_stream_add", {"name": "corpus8.bad.name", "subjects": ["corpus8.>"]}, f"{NC} try {{ const jsm = await nc.jetstreamManager({{ timeout: 2000 }}); await jsm.streams.add({{ name: 'corpus8.bad.name', subjects: ['corpus8.>'] }}); }} finally {{ await nc.close(); }}", "PARAMETER_FORMAT"),
    ]
    drive(run, box, "node-nats", "js", nats)


def node_orm(run: Run, box: Sandbox) -> None:
    KX = "const knex = require('knex')({ client: 'pg', connection: 'postgresql://postgres@127.0.0.1:5432/test', pool: { min: 0, max: 1 } });"
    KE = "await knex.destroy();"
    kx = [
        ("knex_select", {"table": "payouts", "where": {"id": 3}}, f"{KX} try {{ await knex('payouts').where({{ id: 3 }}); }} finally {{ {KE} }}", "INCORRECT_PARAMETER"),
        ("knex_select", {"table": "pg_user", "where": {"usename": None}}, f"{KX} try {{ await knex('pg_user').where({{ usename: undefined }}); }} finally {{ {KE} }}", "MISSING_PARAMETER"),
        ("knex_raw", {"sql": "select ? + ?", "bindings": [1]}, f"{KX} try {{ await knex.raw('select ? + ?', [1]); }} finally {{ {KE} }}", "MISSING_PARAMETER"),
        ("knex_raw", {"sql": "select * form pg_user"}, f"{KX} try {{ await knex.raw('select * form pg_user'); }} finally {{ {KE} }}", "PARAMETER_FORMAT"),
        ("knex_select", {"table": "pg_user", "columns": ["usename", "email"]}, f"{KX} try {{ await knex('pg_user').select('usename', 'email'); }} finally {{ {KE} }}", "INCORRECT_PARAMETER"),
        ("knex_init", {"client": "sqlite3", "filename": "app.db"}, "const knex = require('knex')({ client: 'sqlite3', connection: { filename: 'app.db' }, useNullAsDefault: true }); await knex.raw('select 1');", "MISSING_PREREQUISITE"),
        ("knex_init", {"client": "postgress"}, "const knex = require('knex')({ client: 'postgress', connection: 'postgresql://postgres@127.0.0.1/test' }); await knex.raw('select 1');", "INCORRECT_PARAMETER"),
        ("knex_init", {"connection": "postgresql://postgres@127.0.0.1/test"}, "const knex = require('knex')({ connection: 'postgresql://postgres@127.0.0.1/test' }); await knex.raw('select 1');", "MISSING_PARAMETER"),
        ("knex_migrate_latest", {"directory": "./db/migrations"}, f"{KX} try {{ await knex.migrate.latest({{ directory: './db/migrations' }}); }} finally {{ {KE} }}", "MISSING_PREREQUISITE"),
        ("knex_migrate_rollback", {"directory": "./migrations"}, f"{KX} try {{ await knex.migrate.rollback({{ directory: './migrations', tableName: 'corpus8_knex_migrations' }}); }} finally {{ {KE} }}", "MISSING_PREREQUISITE"),
        ("knex_select", {"port": C}, f"const knex = require('knex')({{ client: 'pg', connection: {{ host: '127.0.0.1', port: {C}, user: 'postgres', database: 'test' }} }}); try {{ await knex('pg_user'); }} finally {{ {KE} }}", "network"),
        ("knex_select", {"port": HANG_PORT, "acquireConnectionTimeout": 1500}, f"const knex = require('knex')({{ client: 'pg', connection: {{ host: '127.0.0.1', port: {HANG_PORT}, user: 'postgres', database: 'test' }}, acquireConnectionTimeout: 1500 }}); try {{ await knex('pg_user'); }} finally {{ knex.destroy(); }}", "timeout"),
        ("knex_insert", {"table": "corpus8_none", "rows": [{}]}, f"{KX} try {{ await knex('corpus8_none').insert({{}}).returning('*'); }} finally {{ {KE} }}", "INCORRECT_PARAMETER"),
        ("knex_mysql_select", {"table": "invoice_lines"}, "const knex = require('knex')({ client: 'mysql2', connection: { host: '127.0.0.1', user: 'root', database: 'test' } }); try { await knex('invoice_lines').first(); } finally { await knex.destroy(); }", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "node-knex", "js", kx)
    SQ = ("const { Sequelize, DataTypes } = require('sequelize'); const sq = new Sequelize('postgres://postgres@127.0.0.1:5432/test', { logging: false });"
          " const User = sq.define('User', { email: { type: DataTypes.STRING, allowNull: false, validate: { isEmail: true } }, age: { type: DataTypes.INTEGER, validate: { min: 0 } }, role: { type: DataTypes.ENUM('admin', 'member') } });"
          " const Post = sq.define('Post', { title: DataTypes.STRING });")
    SE = "await sq.close();"
    sqz = [
        ("sequelize_find_all", {"model": "User"}, f"{SQ} try {{ await User.findAll(); }} finally {{ {SE} }}", "MISSING_PREREQUISITE"),
        ("sequelize_validate", {"model": "User", "email": "ada-at-example"}, f"{SQ} try {{ await User.build({{ email: 'ada-at-example' }}).validate(); }} finally {{ {SE} }}", "PARAMETER_FORMAT"),
        ("sequelize_validate", {"model": "User", "email": None}, f"{SQ} try {{ await User.build({{ age: 3 }}).validate(); }} finally {{ {SE} }}", "MISSING_PARAMETER"),
        ("sequelize_validate", {"model": "User", "age": -4}, f"{SQ} try {{ await User.build({{ email: 'ada@example.com', age: -4 }}).validate(); }} finally {{ {SE} }}", "PARAMETER_FORMAT"),
        ("sequelize_find_all", {"model": "User", "include": "Post"}, f"{SQ} try {{ await User.findAll({{ include: Post }}); }} finally {{ {SE} }}", "MISSING_PREREQUISITE"),
        ("sequelize_find_all", {"model": "User", "where": {"email": {"$like": "%@x"}}}, f"{SQ} try {{ await User.findAll({{ where: {{ email: {{ $like: '%@x' }} }} }}); }} finally {{ {SE} }}", "PARAMETER_FORMAT"),
        ("sequelize_init", {"dialect": "sqlite"}, "const { Sequelize } = require('sequelize'); const sq = new Sequelize('sqlite::memory:'); await sq.authenticate();", "MISSING_PREREQUISITE"),
        ("sequelize_init", {"dialect": "postgress"}, "const { Sequelize } = require('sequelize'); new Sequelize({ dialect: 'postgress' });", "INCORRECT_PARAMETER"),
        ("sequelize_init", {"url": None}, "const { Sequelize } = require('sequelize'); const sq = new Sequelize(); await sq.authenticate();", "MISSING_PARAMETER"),
        ("sequelize_authenticate", {"database": "crm"}, "const { Sequelize } = require('sequelize'); const sq = new Sequelize('postgres://postgres@127.0.0.1:5432/crm', { logging: false }); try { await sq.authenticate(); } finally { await sq.close(); }", "MISSING_PREREQUISITE"),
        ("sequelize_authenticate", {"user": "etl"}, "const { Sequelize } = require('sequelize'); const sq = new Sequelize('postgres://etl@127.0.0.1:5432/test', { logging: false }); try { await sq.authenticate(); } finally { await sq.close(); }", "auth"),
        ("sequelize_authenticate", {"port": C}, f"const {{ Sequelize }} = require('sequelize'); const sq = new Sequelize('postgres://postgres@127.0.0.1:{C}/test', {{ logging: false }}); try {{ await sq.authenticate(); }} finally {{ await sq.close(); }}", "network"),
        ("sequelize_authenticate", {"host": NOHOST}, f"const {{ Sequelize }} = require('sequelize'); const sq = new Sequelize('postgres://postgres@{NOHOST}:5432/test', {{ logging: false }}); try {{ await sq.authenticate(); }} finally {{ await sq.close(); }}", "dns"),
        ("sequelize_query", {"sql": "SELECT * FROM audit_log WHERE actor = :actor", "replacements": {}}, f"{SQ} try {{ await sq.query('SELECT * FROM pg_user WHERE usename = :actor', {{ replacements: {{}} }}); }} finally {{ {SE} }}", "MISSING_PARAMETER"),
        ("sequelize_query", {"sql": "SELECT * FROM audit_log"}, f"{SQ} try {{ await sq.query('SELECT * FROM audit_log'); }} finally {{ {SE} }}", "INCORRECT_PARAMETER"),
        ("sequelize_mysql_authenticate", {"dialect": "mysql", "user": "root", "database": "test"}, "const { Sequelize } = require('sequelize'); const sq = new Sequelize('mysql://root@127.0.0.1:3306/test', { logging: false }); try { await sq.authenticate(); } finally { await sq.close(); }", "MISSING_PREREQUISITE"),
    ]
    drive(run, box, "node-sequelize", "js", sqz)
    MG = "const { MongoClient, ObjectId } = require('mongodb');"
    mg = [
        ("mongodb_connect", {"uri": f"mongodb://127.0.0.1:{C}"}, f"{MG} const c = new MongoClient('mongodb://127.0.0.1:{C}', {{ serverSelectionTimeoutMS: 1500 }}); await c.connect();", "network"),
        ("mongodb_connect", {"uri": f"mongodb://127.0.0.1:{HANG_PORT}"}, f"{MG} const c = new MongoClient('mongodb://127.0.0.1:{HANG_PORT}', {{ serverSelectionTimeoutMS: 1500, connectTimeoutMS: 1000 }}); await c.connect();", "timeout"),
        ("mongodb_connect", {"uri": f"mongodb://{NOHOST}:27017"}, f"{MG} const c = new MongoClient('mongodb://{NOHOST}:27017', {{ serverSelectionTimeoutMS: 1500 }}); await c.connect();", "dns"),
        ("mongodb_connect", {"uri": "mongodb+srv://cluster0.corpus8.example/app"}, f"{MG} const c = new MongoClient('mongodb+srv://cluster0.corpus8.example/app', {{ serverSelectionTimeoutMS: 1500 }}); await c.connect();", "dns"),
        ("mongodb_connect", {"uri": "mongo://127.0.0.1:27017"}, f"{MG} new MongoClient('mongo://127.0.0.1:27017');", "PARAMETER_FORMAT"),
        ("mongodb_connect", {"uri": "mongodb://127.0.0.1:27017", "options": {"poolsize": 5}}, f"{MG} new MongoClient('mongodb://127.0.0.1:27017', {{ poolsize: 5 }});", "PARAMETER_FORMAT"),
        ("mongodb_connect", {"uri": "mongodb://127.0.0.1:27017/?replicaSet"}, f"{MG} new MongoClient('mongodb://127.0.0.1:27017/?replicaSet');", "MISSING_PARAMETER"),
        ("mongodb_find_one", {"_id": "64b-not-an-id"}, f"{MG} new ObjectId('64b-not-an-id');", "PARAMETER_FORMAT"),
        ("mongodb_find", {"uri": f"mongodb://127.0.0.1:{RESET_PORT}", "collection": "orders"}, f"{MG} const c = new MongoClient('mongodb://127.0.0.1:{RESET_PORT}', {{ serverSelectionTimeoutMS: 1500 }}); await c.db('shop').collection('orders').findOne({{}});", "network"),
        ("mongodb_connect", {"uri": "mongodb://127.0.0.1:27017", "tls": True, "tlsCAFile": "./ca.pem"}, f"{MG} const c = new MongoClient('mongodb://127.0.0.1:27017/?tls=true&tlsCAFile=./ca.pem', {{ serverSelectionTimeoutMS: 1000 }}); await c.connect();", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "node-mongodb", "js", mg)


def node_http(run: Run, box: Sandbox) -> None:
    AX = "const axios = require('axios');"
    UD = "const { request } = require('undici');"
    ud = lambda url, extra="": f"{UD} const r = await request('{url}'{extra}); if (r.statusCode >= 400) {{ throw new Error(`HTTP ${{r.statusCode}}: ${{await r.body.text()}}`); }}"  # noqa: E731
    fe = lambda url, extra="": f"const r = await fetch('{url}'{extra}); if (!r.ok) return `${{r.status}} ${{r.statusText}}: ${{await r.text()}}`;"  # noqa: E731
    calls = [
        ("axios_get", {"url": f"{H}/v1/projects/billing-v2"}, f"{AX} await axios.get('{H}/v1/projects/billing-v2');", "INCORRECT_PARAMETER"),
        ("axios_get", {"url": f"{H}/v1/account"}, f"{AX} await axios.get('{H}/v1/account', {{ headers: {{ Authorization: 'Bearer expired' }} }});", "auth"),
        ("axios_get", {"url": f"{H}/v1/admin/audit"}, f"{AX} await axios.get('{H}/v1/admin/audit');", "permission"),
        ("axios_get", {"url": f"{H}/v1/search", "q": "overdue"}, f"{AX} await axios.get('{H}/v1/search', {{ params: {{ q: 'overdue' }} }});", "rate_limit"),
        ("axios_post", {"url": f"{H}/v1/reports"}, f"{AX} await axios.post('{H}/v1/reports', {{ month: '2026-11' }});", "server_error"),
        ("axios_get", {"url": f"{H}/v1/gateway"}, f"{AX} await axios.get('{H}/v1/gateway');", "server_error"),
        ("axios_get", {"url": f"{H}/v1/health"}, f"{AX} await axios.get('{H}/v1/health');", "server_error"),
        ("axios_post", {"url": f"{H}/v1/invoices", "data": {"due_date": "next friday"}}, f"{AX} await axios.post('{H}/v1/invoices', {{ due_date: 'next friday' }});", "PARAMETER_FORMAT"),
        ("axios_post", {"url": f"{H}/v1/customers", "data": {"external_id": "c-42"}}, f"{AX} await axios.post('{H}/v1/customers', {{ external_id: 'c-42' }});", "WORKFLOW_SEQUENCE"),
        ("axios_post", {"url": f"{H}/v1/webhooks", "data": {"url": "hooks.example/x"}}, f"{AX} await axios.post('{H}/v1/webhooks', {{ url: 'hooks.example/x' }});", "PARAMETER_FORMAT"),
        ("axios_post", {"url": f"{H}/v1/exports"}, f"{AX} await axios.post('{H}/v1/exports', {{ format: 'csv' }});", "resource"),
        ("axios_get", {"url": f"http://127.0.0.1:{C}/v1/ping"}, f"{AX} await axios.get('http://127.0.0.1:{C}/v1/ping');", "network"),
        ("axios_get", {"url": f"http://{NOHOST}/v1/ping"}, f"{AX} await axios.get('http://{NOHOST}/v1/ping');", "dns"),
        ("axios_get", {"url": f"http://127.0.0.1:{HANG_PORT}/v1/ping", "timeout": 1500}, f"{AX} await axios.get('http://127.0.0.1:{HANG_PORT}/v1/ping', {{ timeout: 1500 }});", "timeout"),
        ("axios_get", {"url": f"http://127.0.0.1:{RESET_PORT}/v1/ping"}, f"{AX} await axios.get('http://127.0.0.1:{RESET_PORT}/v1/ping');", "network"),
        ("axios_get", {"url": f"{HS}/v1/ping"}, f"{AX} await axios.get('{HS}/v1/ping');", "tls"),
        ("axios_get", {"url": "/v1/projects"}, f"{AX} await axios.get('/v1/projects');", "PARAMETER_FORMAT"),
        ("axios_get", {"url": "htp://127.0.0.1/v1"}, f"{AX} await axios.get('htp://127.0.0.1/v1');", "PARAMETER_FORMAT"),
        ("axios_request", {"method": "FETCH", "url": f"{H}/v1/projects"}, f"{AX} await axios.request({{ method: 'FETCH', url: '{H}/v1/projects/x' }});", "INCORRECT_PARAMETER"),
        ("undici_request", {"url": f"{H}/v1/projects/ledger"}, ud(f"{H}/v1/projects/ledger"), "INCORRECT_PARAMETER"),
        ("undici_request", {"url": f"http://127.0.0.1:{C}/"}, ud(f"http://127.0.0.1:{C}/"), "network"),
        ("undici_request", {"url": f"http://127.0.0.1:{HANG_PORT}/", "headersTimeout": 1500}, ud(f"http://127.0.0.1:{HANG_PORT}/", ", { headersTimeout: 1500 }"), "timeout"),
        ("undici_request", {"url": f"{HS}/"}, ud(f"{HS}/"), "tls"),
        ("undici_request", {"url": f"http://{NOHOST}/"}, ud(f"http://{NOHOST}/"), "dns"),
        ("undici_request", {"url": "127.0.0.1:8080/v1"}, ud("127.0.0.1:8080/v1"), "PARAMETER_FORMAT"),
        ("undici_request", {"url": f"{H}/v1/search"}, ud(f"{H}/v1/search"), "rate_limit"),
        ("undici_request", {"url": f"http://127.0.0.1:{RESET_PORT}/"}, ud(f"http://127.0.0.1:{RESET_PORT}/"), "network"),
        ("node_fetch", {"url": f"http://127.0.0.1:{C}/api"}, fe(f"http://127.0.0.1:{C}/api"), "network"),
        ("node_fetch", {"url": f"http://{NOHOST}/api"}, fe(f"http://{NOHOST}/api"), "dns"),
        ("node_fetch", {"url": f"{HS}/api"}, fe(f"{HS}/api"), "tls"),
        ("node_fetch", {"url": f"http://127.0.0.1:{HANG_PORT}/api", "timeout_ms": 1500}, fe(f"http://127.0.0.1:{HANG_PORT}/api", ", { signal: AbortSignal.timeout(1500) }"), "timeout"),
        ("node_fetch", {"url": "localhost:3000/api"}, fe("localhost:3000/api"), "PARAMETER_FORMAT"),
        ("node_fetch", {"url": f"{H}/v1/account"}, fe(f"{H}/v1/account"), "auth"),
        ("node_fetch", {"url": f"{H}/v1/invoices", "method": "POST", "body": {"amount": None}}, fe(f"{H}/v1/invoices", ", { method: 'POST', body: JSON.stringify({ due_date: '2026-12-31' }) }"), "MISSING_PARAMETER"),
        ("node_fetch", {"url": f"{H}/v1/projects/x", "method": "GET", "body": "{}"}, fe(f"{H}/v1/projects/x", ", { method: 'GET', body: '{}' }"), "INCORRECT_PARAMETER"),
        ("node_fetch", {"url": f"{H}/page/home", "parse": "json"}, f"const r = await fetch('{H}/page/home'); await r.json();", "WRONG_TOOL_SELECTION"),
        ("node_fetch", {"url": f"{H}/v1/admin/audit"}, fe(f"{H}/v1/admin/audit"), "permission"),
    ]
    drive(run, box, "node-http", "js", calls)
    Z = "const { z } = require('zod');"
    ZU = Z + " const User = z.object({ email: z.string().email(), age: z.number().int().min(0), role: z.enum(['admin', 'member']), tags: z.array(z.string()).optional() }).strict();"
    JO = "const Joi = require('joi'); const schema = Joi.object({ email: Joi.string().email().required(), age: Joi.number().integer().min(0), role: Joi.string().valid('admin', 'member'), since: Joi.date().iso() });"
    YU = "const yup = require('yup'); const schema = yup.object({ email: yup.string().email().required(), age: yup.number().integer().min(0), role: yup.mixed().oneOf(['admin', 'member']) }).noUnknown().strict();"
    SS = "const s = require('superstruct'); const User = s.object({ email: s.string(), age: s.number(), role: s.enums(['admin', 'member']) });"
    val = [
        ("zod_parse", {"email": "ada-at-example.com", "age": 36, "role": "admin"}, f"{ZU} User.parse({{ email: 'ada-at-example.com', age: 36, role: 'admin' }});", "PARAMETER_FORMAT"),
        ("zod_parse", {"email": "ada@example.com", "age": "36", "role": "admin"}, f"{ZU} User.parse({{ email: 'ada@example.com', age: '36', role: 'admin' }});", "PARAMETER_FORMAT"),
        ("zod_parse", {"email": "ada@example.com", "role": "admin"}, f"{ZU} User.parse({{ email: 'ada@example.com', role: 'admin' }});", "MISSING_PARAMETER"),
        ("zod_parse", {"email": "ada@example.com", "age": 36, "role": "owner"}, f"{ZU} User.parse({{ email: 'ada@example.com', age: 36, role: 'owner' }});", "INCORRECT_PARAMETER"),
        ("zod_parse", {"email": "ada@example.com", "age": 36, "role": "admin", "nickname": "ada"}, f"{ZU} User.parse({{ email: 'ada@example.com', age: 36, role: 'admin', nickname: 'ada' }});", "INCORRECT_PARAMETER"),
        ("zod_parse", {"email": "ada@example.com", "age": -1, "role": "admin"}, f"{ZU} User.parse({{ email: 'ada@example.com', age: -1, role: 'admin' }});", "INCORRECT_PARAMETER"),
        ("zod_parse", {"email": "ada@example.com", "age": 36, "role": "admin", "tags": "ops"}, f"{ZU} User.parse({{ email: 'ada@example.com', age: 36, role: 'admin', tags: 'ops' }});", "PARAMETER_FORMAT"),
        ("zod_parse", {"since": "yesterday"}, f"{Z} z.object({{ since: z.string().datetime() }}).parse({{ since: 'yesterday' }});", "PARAMETER_FORMAT"),
        ("zod_parse", {"url": "example.com/hook"}, f"{Z} z.object({{ url: z.string().url() }}).parse({{ url: 'example.com/hook' }});", "PARAMETER_FORMAT"),
        ("zod_parse", {"id": "42"}, f"{Z} z.object({{ id: z.string().uuid() }}).parse({{ id: '42' }});", "PARAMETER_FORMAT"),
        ("joi_validate", {"age": 36}, f"{JO} const r = schema.validate({{ age: 36 }}); if (r.error) throw r.error;", "MISSING_PARAMETER"),
        ("joi_validate", {"email": "ada@example.com", "age": "thirty"}, f"{JO} const r = schema.validate({{ email: 'ada@example.com', age: 'thirty' }}); if (r.error) throw r.error;", "PARAMETER_FORMAT"),
        ("joi_validate", {"email": "ada@example.com", "role": "owner"}, f"{JO} const r = schema.validate({{ email: 'ada@example.com', role: 'owner' }}); if (r.error) throw r.error;", "INCORRECT_PARAMETER"),
        ("joi_validate", {"email": "ada@example.com", "team": "ops"}, f"{JO} const r = schema.validate({{ email: 'ada@example.com', team: 'ops' }}); if (r.error) throw r.error;", "PARAMETER_FORMAT"),
        ("joi_validate", {"email": "ada@", "since": "12/31/2026"}, f"{JO} const r = schema.validate({{ email: 'ada@' }}); if (r.error) throw r.error;", "PARAMETER_FORMAT"),
        ("joi_validate", {"email": "ada@example.com", "since": "31.12.2026"}, f"{JO} const r = schema.validate({{ email: 'ada@example.com', since: '31.12.2026' }}); if (r.error) throw r.error;", "PARAMETER_FORMAT"),
        ("joi_attempt", {"email": "ada@example.com", "age": 1.5}, f"{JO} Joi.attempt({{ email: 'ada@example.com', age: 1.5 }}, schema);", "PARAMETER_FORMAT"),
        ("yup_validate", {"age": 3}, f"{YU} await schema.validate({{ age: 3 }});", "MISSING_PARAMETER"),
        ("yup_validate", {"email": "ada@example.com", "role": "owner"}, f"{YU} await schema.validate({{ email: 'ada@example.com', role: 'owner' }});", "INCORRECT_PARAMETER"),
        ("yup_validate", {"email": "ada@example.com", "age": "3"}, f"{YU} await schema.validate({{ email: 'ada@example.com', age: '3' }});", "PARAMETER_FORMAT"),
        ("yup_validate", {"email": "ada@example.com", "team": "ops"}, f"{YU} await schema.validate({{ email: 'ada@example.com', team: 'ops' }});", "PARAMETER_FORMAT"),
        ("superstruct_assert", {"email": "ada@example.com", "age": "36", "role": "admin"}, f"{SS} s.assert({{ email: 'ada@example.com', age: '36', role: 'admin' }}, User);", "PARAMETER_FORMAT"),
        ("superstruct_assert", {"email": "ada@example.com", "role": "admin"}, f"{SS} s.assert({{ email: 'ada@example.com', role: 'admin' }}, User);", "MISSING_PARAMETER"),
        ("superstruct_assert", {"email": "ada@example.com", "age": 36, "role": "root"}, f"{SS} s.assert({{ email: 'ada@example.com', age: 36, role: 'root' }}, User);", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "node-validation", "js", val)


PAGE_HTML = """<!doctype html><html><body>
<h1>Orders</h1>
<form id="login"><input id="user" name="user"><input id="pass" type="password"><button id="submit" disabled>Sign in</button></form>
<button class="act">Approve</button><button class="act">Reject</button>
<div id="menu" style="display:none"><a id="logout" href="#">Log out</a></div>
<div id="note">read only text</div>
<select id="region"><option value="eu">EU</option><option value="us">US</option></select>
<input id="agree" type="text">
<div id="overlay" style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9"></div>
<button id="under">Under overlay</button>
<iframe id="pay" name="pay" srcdoc="<button id='paynow'>Pay now</button>"></iframe>
<div id="tmp">temporary</div>
</body></html>"""


def puppeteer(run: Run, box: Sandbox) -> None:
    page = box.write("web/orders.html", PAGE_HTML)
    url = "file://" + page
    pre = f"""const puppeteer = require('puppeteer-core');
ctx.browser = await puppeteer.launch({{ executablePath: '{CHROMIUM}', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }});
ctx.fresh = async () => {{ if (ctx.page) await ctx.page.close().catch(() => {{}}); ctx.page = await ctx.browser.newPage(); await ctx.page.goto('{url}'); return ctx.page; }};"""
    P = "const page = await ctx.fresh();"
    calls = [
        ("puppeteer_click", {"selector": "#checkout"}, f"{P} await page.click('#checkout');", "INCORRECT_PARAMETER"),
        ("puppeteer_wait_for_selector", {"selector": ".order-row", "timeout": 1500}, f"{P} await page.waitForSelector('.order-row', {{ timeout: 1500 }});", "INCORRECT_PARAMETER"),
        ("puppeteer_click", {"selector": "div[data-id="}, f"{P} await page.click('div[data-id=');", "PARAMETER_FORMAT"),
        ("puppeteer_type", {"selector": "#email", "text": "ada@example.com"}, f"{P} await page.type('#email', 'ada@example.com');", "INCORRECT_PARAMETER"),
        ("puppeteer_select", {"selector": "#agree", "value": "yes"}, f"{P} await page.select('#agree', 'yes');", "INCORRECT_PARAMETER"),
        ("puppeteer_eval", {"selector": "#total", "fn": "el => el.textContent"}, f"{P} await page.$eval('#total', el => el.textContent);", "INCORRECT_PARAMETER"),
        ("puppeteer_evaluate", {"script": "document.querySelector('h1').textContent("}, f"{P} await page.evaluate(\"document.querySelector('h1').textContent(\");", "PARAMETER_FORMAT"),
        ("puppeteer_evaluate", {"script": "window.app.version"}, f"{P} await page.evaluate('window.app.version');", "INCORRECT_PARAMETER"),
        ("puppeteer_press", {"key": "Entr"}, f"{P} await page.keyboard.press('Entr');", "INCORRECT_PARAMETER"),
        ("puppeteer_goto", {"url": "orders/page"}, f"{P} await page.goto('orders/page');", "PARAMETER_FORMAT"),
        ("puppeteer_goto", {"url": f"http://127.0.0.1:{C}/"}, f"{P} await page.goto('http://127.0.0.1:{C}/');", "network"),
        ("puppeteer_goto", {"url": f"http://{NOHOST}/"}, f"{P} await page.goto('http://{NOHOST}/');", "dns"),
        ("puppeteer_goto", {"url": f"http://127.0.0.1:{HANG_PORT}/", "timeout": 2000}, f"{P} await page.goto('http://127.0.0.1:{HANG_PORT}/', {{ timeout: 2000 }});", "timeout"),
        ("puppeteer_goto", {"url": f"{HS}/page/x"}, f"{P} await page.goto('{HS}/page/x');", "tls"),
        ("puppeteer_goto", {"url": f"http://127.0.0.1:{RESET_PORT}/"}, f"{P} await page.goto('http://127.0.0.1:{RESET_PORT}/');", "network"),
        ("puppeteer_goto", {"url": "file:///srv/app/missing.html"}, f"{P} await page.goto('file:///srv/app/missing.html');", "INCORRECT_PARAMETER"),
        ("puppeteer_goto", {"url": f"{url}", "waitUntil": "idle"}, f"{P} await page.goto('{url}', {{ waitUntil: 'idle' }});", "INCORRECT_PARAMETER"),
        ("puppeteer_click", {"selector": "#logout", "note": "menu not opened"}, f"{P} const h = await page.$('#logout'); await h.click();", "WORKFLOW_SEQUENCE"),
        ("puppeteer_click", {"selector": "#tmp", "note": "element removed"}, f"{P} const h = await page.$('#tmp'); await page.evaluate(() => document.getElementById('tmp').remove()); await h.click();", "WORKFLOW_SEQUENCE"),
        ("puppeteer_click", {"selector": "#paynow", "frame": "main"}, f"{P} await page.click('#paynow');", "INCORRECT_PARAMETER"),
        ("puppeteer_upload", {"selector": "#agree", "file": "invoice.pdf"}, f"{P} const h = await page.$('#agree'); await h.uploadFile('/srv/missing/invoice.pdf');", "INCORRECT_PARAMETER"),
        ("puppeteer_screenshot", {"type": "gif"}, f"{P} await page.screenshot({{ type: 'gif' }});", "INCORRECT_PARAMETER"),
        ("puppeteer_set_viewport", {"width": "1280px"}, f"{P} await page.setViewport({{ width: '1280px', height: 800 }});", "PARAMETER_FORMAT"),
        ("puppeteer_click", {"after": "page.close()"}, "const p2 = await ctx.browser.newPage(); await p2.close(); await p2.click('h1');", "WORKFLOW_SEQUENCE"),
        ("puppeteer_launch", {"executablePath": "/opt/google/chrome/chrome"}, "const puppeteer = require('puppeteer-core'); await puppeteer.launch({ executablePath: '/opt/google/chrome/chrome' });", "MISSING_PREREQUISITE"),
        ("puppeteer_launch", {}, "const puppeteer = require('puppeteer-core'); await puppeteer.launch({ headless: true });", "MISSING_PARAMETER"),
        ("puppeteer_connect", {"browserURL": "127.0.0.1:9222"}, "const puppeteer = require('puppeteer-core'); await puppeteer.connect({ browserURL: '127.0.0.1:9222' });", "PARAMETER_FORMAT"),
    ]
    drive(run, box, "node-puppeteer", "js", calls, pre=pre, post="await ctx.browser.close();", needs=(CHROMIUM,))


# ---------------------------------------------------------------------------
# async Python SDKs
# ---------------------------------------------------------------------------

def py_async(run: Run, box: Sandbox) -> None:
    k = PREFIX
    AP = f"import asyncpg\nconn = await asyncpg.connect('{PG}')\n"
    AE = "await conn.close()"
    ap = lambda body: AP + "try:\n" + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\nfinally:\n    " + AE  # noqa: E731
    apg = [
        ("asyncpg_fetch", {"query": "SELECT * FROM subscriptions WHERE plan = $1", "args": ["pro"]}, ap("await conn.fetch('SELECT * FROM subscriptions WHERE plan = $1', 'pro')"), "INCORRECT_PARAMETER"),
        ("asyncpg_fetchrow", {"query": "SELECT usename, email FROM pg_user"}, ap("await conn.fetchrow('SELECT usename, email FROM pg_user')"), "INCORRECT_PARAMETER"),
        ("asyncpg_fetch", {"query": "SELECT * FROM pg_user LIMT 5"}, ap("await conn.fetch('SELECT * FROM pg_user LIMT 5')"), "PARAMETER_FORMAT"),
        ("asyncpg_fetchval", {"query": "SELECT $1::int", "args": ["12a"]}, ap("await conn.fetchval('SELECT $1::int', '12a')"), "PARAMETER_FORMAT"),
        ("asyncpg_fetchval", {"query": "SELECT $1::int + $2::int", "args": [1]}, ap("await conn.fetchval('SELECT $1::int + $2::int', 1)"), "MISSING_PARAMETER"),
        ("asyncpg_fetchval", {"query": "SELECT $1::date", "args": ["2026-12-31"]}, ap("await conn.fetchval('SELECT $1::date', '2026-12-31')"), "PARAMETER_FORMAT"),
        ("asyncpg_fetchval", {"query": "SELECT $1::timestamptz", "args": ["tomorrow 9am"]}, ap("import datetime\nawait conn.fetchval('SELECT $1::text::timestamptz', 'tomorrow 9am')"), "PARAMETER_FORMAT"),
        ("asyncpg_execute", {"query": "INSERT INTO corpus8_a VALUES (1)", "twice": True}, ap("await conn.execute('CREATE TEMP TABLE corpus8_a (id int primary key)')\nawait conn.execute('INSERT INTO corpus8_a VALUES (1)')\nawait conn.execute('INSERT INTO corpus8_a VALUES (1)')"), "WORKFLOW_SEQUENCE"),
        ("asyncpg_execute", {"query": "INSERT INTO corpus8_child (parent_id) VALUES (999)"}, ap("await conn.execute('CREATE TEMP TABLE corpus8_parent (id int primary key)')\nawait conn.execute('CREATE TEMP TABLE corpus8_child (parent_id int references corpus8_parent(id))')\nawait conn.execute('INSERT INTO corpus8_child (parent_id) VALUES (999)')"), "INCORRECT_PARAMETER"),
        ("asyncpg_execute", {"query": "INSERT INTO corpus8_c (qty) VALUES (-3)"}, ap("await conn.execute('CREATE TEMP TABLE corpus8_c (qty int CHECK (qty > 0))')\nawait conn.execute('INSERT INTO corpus8_c (qty) VALUES (-3)')"), "INCORRECT_PARAMETER"),
        ("asyncpg_execute", {"query": "SET ROLE pg_read_all_data; CREATE TABLE corpus8_x ()"}, ap("await conn.execute('SET ROLE pg_read_all_data')\nawait conn.execute('CREATE TABLE public.corpus8_x ()')"), "permission"),
        ("asyncpg_execute", {"query": "CREATE TEMP TABLE ... in a read-only transaction"}, ap("await conn.execute('SET default_transaction_read_only = on')\nasync with conn.transaction():\n    await conn.execute('CREATE TEMP TABLE corpus8_ro (id int)')"), "read_only"),
        ("asyncpg_fetch", {"query": "SELECT pg_sleep(5)", "timeout": 1}, ap("await conn.fetch('SELECT pg_sleep(5)', timeout=1)"), "timeout"),
        ("asyncpg_fetch", {"query": "SELECT 1", "after": "close()"}, AP + "await conn.close()\nawait conn.fetch('SELECT 1')", "WORKFLOW_SEQUENCE"),
        ("asyncpg_transaction", {"op": "commit", "started": False}, ap("tr = conn.transaction()\nawait tr.commit()"), "WORKFLOW_SEQUENCE"),
        ("asyncpg_copy_records_to_table", {"table": "daily_totals"}, ap("await conn.copy_records_to_table('daily_totals', records=[(1, 2)])"), "INCORRECT_PARAMETER"),
        ("asyncpg_connect", {"database": "ledger"}, "import asyncpg\nawait asyncpg.connect('postgresql://postgres@127.0.0.1:5432/ledger')", "MISSING_PREREQUISITE"),
        ("asyncpg_connect", {"user": "metabase"}, "import asyncpg\nawait asyncpg.connect('postgresql://metabase@127.0.0.1:5432/test')", "auth"),
        ("asyncpg_connect", {"port": C}, f"import asyncpg\nawait asyncpg.connect('postgresql://postgres@127.0.0.1:{C}/test')", "network"),
        ("asyncpg_connect", {"host": NOHOST}, f"import asyncpg\nawait asyncpg.connect('postgresql://postgres@{NOHOST}/test')", "dns"),
        ("asyncpg_connect", {"port": HANG_PORT, "timeout": 2}, f"import asyncpg\nawait asyncpg.connect('postgresql://postgres@127.0.0.1:{HANG_PORT}/test', timeout=2)", "timeout"),
        ("asyncpg_connect", {"port": RESET_PORT}, f"import asyncpg\nawait asyncpg.connect('postgresql://postgres@127.0.0.1:{RESET_PORT}/test')", "network"),
        ("asyncpg_connect", {"dsn": "postgres:/127.0.0.1/test"}, "import asyncpg\nawait asyncpg.connect('postgres:/127.0.0.1/test')", "PARAMETER_FORMAT"),
        ("asyncpg_connect", {"dsn": PG, "ssl": "require"}, f"import asyncpg\nawait asyncpg.connect('{PG}', ssl='require')", "tls"),
        ("asyncpg_pool_acquire", {"after": "pool.close()"}, f"import asyncpg\npool = await asyncpg.create_pool('{PG}', min_size=1, max_size=1)\nawait pool.close()\nasync with pool.acquire() as c:\n    pass", "WORKFLOW_SEQUENCE"),
        ("asyncpg_fetch", {"query": "SELECT 1", "sync": True}, f"import asyncpg\nconn = asyncpg.connect('{PG}')\nconn.fetch('SELECT 1')", "WRONG_TOOL_SELECTION"),
    ]
    drive(run, box, "py-asyncpg", "py", apg, aio=True)
    PC = f"import psycopg\nconn = await psycopg.AsyncConnection.connect('{PG}', connect_timeout=3)\n"
    pc = lambda body: PC + "try:\n" + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\nfinally:\n    await conn.close()"  # noqa: E731
    psy = [
        ("psycopg_async_execute", {"query": "SELECT * FROM refunds"}, pc("await conn.execute('SELECT * FROM refunds')"), "INCORRECT_PARAMETER"),
        ("psycopg_async_execute", {"query": "SELECT %s::int", "params": ["seven"]}, pc("await conn.execute('SELECT %s::int', ['seven'])"), "PARAMETER_FORMAT"),
        ("psycopg_async_execute", {"query": "SELECT %s, %s", "params": [1]}, pc("await conn.execute('SELECT %s, %s', [1])"), "MISSING_PARAMETER"),
        ("psycopg_async_execute", {"query": "SELECT %d", "params": [1]}, pc("await conn.execute('SELECT %d', [1])"), "PARAMETER_FORMAT"),
        ("psycopg_async_execute", {"query": "SELECT %(name)s", "params": {"nam": "x"}}, pc("await conn.execute('SELECT %(name)s', {'nam': 'x'})"), "MISSING_PARAMETER"),
        ("psycopg_async_execute", {"query": "SELECT 1 after a failed statement"}, pc("try:\n    await conn.execute('SELECT * FROM refunds')\nexcept Exception:\n    pass\nawait conn.execute('SELECT 1')"), "WORKFLOW_SEQUENCE"),
        ("psycopg_async_fetchone", {"query": "none executed"}, pc("cur = conn.cursor()\nawait cur.fetchone()"), "WORKFLOW_SEQUENCE"),
        ("psycopg_async_execute", {"after": "close()"}, PC + "await conn.close()\nawait conn.execute('SELECT 1')", "WORKFLOW_SEQUENCE"),
        ("psycopg_async_execute", {"query": "VACUUM inside transaction"}, pc("async with conn.transaction():\n    await conn.execute('VACUUM pg_class')"), "WORKFLOW_SEQUENCE"),
        ("psycopg_async_execute", {"query": "UPDATE pg_user SET usename = 'x'"}, pc("await conn.execute(\"UPDATE pg_user SET usename = 'x' WHERE false\")"), "INCORRECT_PARAMETER"),
        ("psycopg_async_execute", {"query": "SELECT pg_sleep(4)", "statement_timeout": "300ms"}, pc("await conn.execute(\"SET statement_timeout = '300ms'\")\nawait conn.execute('SELECT pg_sleep(4)')"), "timeout"),
        ("psycopg_async_execute", {"query": "INSERT ... read only"}, pc("await conn.execute('SET TRANSACTION READ ONLY')\nawait conn.execute('CREATE TEMP TABLE corpus8_p (id int)')"), "read_only"),
        ("psycopg_async_execute", {"query": "CREATE SCHEMA corpus8 as pg_monitor"}, pc("await conn.execute('SET ROLE pg_monitor')\nawait conn.execute('CREATE SCHEMA corpus8_never')"), "permission"),
        ("psycopg_async_connect", {"dbname": "events"}, "import psycopg\nawait psycopg.AsyncConnection.connect('postgresql://postgres@127.0.0.1:5432/events')", "MISSING_PREREQUISITE"),
        ("psycopg_async_connect", {"user": "grafana"}, "import psycopg\nawait psycopg.AsyncConnection.connect('postgresql://grafana@127.0.0.1:5432/test')", "auth"),
        ("psycopg_async_connect", {"port": C}, f"import psycopg\nawait psycopg.AsyncConnection.connect('postgresql://postgres@127.0.0.1:{C}/test')", "network"),
        ("psycopg_async_connect", {"host": NOHOST}, f"import psycopg\nawait psycopg.AsyncConnection.connect('postgresql://postgres@{NOHOST}/test')", "dns"),
        ("psycopg_async_connect", {"port": HANG_PORT, "connect_timeout": 2}, f"import psycopg\nawait psycopg.AsyncConnection.connect('postgresql://postgres@127.0.0.1:{HANG_PORT}/test', connect_timeout=2)", "timeout"),
        ("psycopg_async_connect", {"conninfo": "host=127.0.0.1 dbname=test sslmode=verify-full"}, "import psycopg\nawait psycopg.AsyncConnection.connect('host=127.0.0.1 user=postgres dbname=test sslmode=verify-full')", "tls"),
        ("psycopg_async_connect", {"conninfo": "host=127.0.0.1 dbname test"}, "import psycopg\nawait psycopg.AsyncConnection.connect('host=127.0.0.1 dbname test')", "PARAMETER_FORMAT"),
        ("psycopg_async_connect", {"conninfo": "host=127.0.0.1 database=test"}, "import psycopg\nawait psycopg.AsyncConnection.connect('host=127.0.0.1 database=test')", "PARAMETER_FORMAT"),
        ("psycopg_async_connect", {"sync_api_in_async": True}, f"import psycopg\nconn = await psycopg.connect('{PG}')", "WRONG_TOOL_SELECTION"),
    ]
    drive(run, box, "py-psycopg", "py", psy, aio=True)
    AM = "import aiomysql\nconn = await aiomysql.connect(host='127.0.0.1', user='root', db='test')\ncur = await conn.cursor()\n"
    am = lambda body: AM + "try:\n" + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\nfinally:\n    conn.close()"  # noqa: E731
    amy = [
        ("aiomysql_execute", {"sql": "SELECT * FROM carts"}, am("await cur.execute('SELECT * FROM carts')"), "INCORRECT_PARAMETER"),
        ("aiomysql_execute", {"sql": "SELECT Host, Pasword FROM mysql.user"}, am("await cur.execute('SELECT Host, Pasword FROM mysql.user')"), "INCORRECT_PARAMETER"),
        ("aiomysql_execute", {"sql": "SELECT * FROM mysql.user WHERE"}, am("await cur.execute('SELECT * FROM mysql.user WHERE')"), "PARAMETER_FORMAT"),
        ("aiomysql_execute", {"sql": "SELECT %s, %s", "args": [1]}, am("await cur.execute('SELECT %s, %s', (1,))"), "MISSING_PARAMETER"),
        ("aiomysql_execute", {"sql": "SELECT %s", "args": [1, 2]}, am("await cur.execute('SELECT %s', (1, 2))"), "INCORRECT_PARAMETER"),
        ("aiomysql_execute", {"sql": "INSERT INTO corpus8_i VALUES (1)", "twice": True}, am("await cur.execute('CREATE TEMPORARY TABLE corpus8_i (id INT PRIMARY KEY)')\nawait cur.execute('INSERT INTO corpus8_i VALUES (1)')\nawait cur.execute('INSERT INTO corpus8_i VALUES (1)')"), "WORKFLOW_SEQUENCE"),
        ("aiomysql_execute", {"sql": "INSERT INTO corpus8_j (ts) VALUES ('31/12/2026')"}, am("await cur.execute(\"SET SESSION sql_mode = 'STRICT_ALL_TABLES'\")\nawait cur.execute('CREATE TEMPORARY TABLE corpus8_j (ts DATE)')\nawait cur.execute(\"INSERT INTO corpus8_j (ts) VALUES ('31/12/2026')\")"), "PARAMETER_FORMAT"),
        ("aiomysql_execute", {"sql": "SELECT JSON_EXTRACT('{bad', '$.a')"}, am("await cur.execute(\"SELECT JSON_EXTRACT('{bad', '$.a')\")\nr = await cur.fetchall()\nw = await conn.show_warnings()\nif w: raise RuntimeError(str(w))"), "PARAMETER_FORMAT"),
        ("aiomysql_execute", {"sql": "INSERT in READ ONLY transaction"}, am("await cur.execute('CREATE TEMPORARY TABLE corpus8_k (id INT)')\nawait cur.execute('START TRANSACTION READ ONLY')\nawait cur.execute('INSERT INTO mysql.help_topic (name) VALUES (1)')"), "read_only"),
        ("aiomysql_execute", {"after": "cursor.close()"}, am("await cur.close()\nawait cur.execute('SELECT 1')"), "WORKFLOW_SEQUENCE"),
        ("aiomysql_fetchall", {"no_execute": True}, am("await cur.fetchall()\nawait cur.scroll(5)"), "WORKFLOW_SEQUENCE"),
        ("aiomysql_connect", {"db": "reporting"}, "import aiomysql\nawait aiomysql.connect(host='127.0.0.1', user='root', db='reporting')", "MISSING_PREREQUISITE"),
        ("aiomysql_connect", {"user": "svc", "password": "***"}, "import aiomysql\nawait aiomysql.connect(host='127.0.0.1', user='svc', password='nope', db='test')", "auth"),
        ("aiomysql_connect", {"port": C}, f"import aiomysql\nawait aiomysql.connect(host='127.0.0.1', port={C}, user='root')", "network"),
        ("aiomysql_connect", {"host": NOHOST}, f"import aiomysql\nawait aiomysql.connect(host='{NOHOST}', user='root')", "dns"),
        ("aiomysql_connect", {"port": HANG_PORT, "connect_timeout": 2}, f"import aiomysql\nawait aiomysql.connect(host='127.0.0.1', port={HANG_PORT}, user='root', connect_timeout=2)", "timeout"),
        ("aiomysql_connect", {"port": "3306"}, "import aiomysql\nawait aiomysql.connect(host='127.0.0.1', port='3306', user='root')", "PARAMETER_FORMAT"),
        ("aiomysql_execute", {"sql": "heavy join", "max_statement_time": 0.2}, am("await cur.execute('SET SESSION max_statement_time = 0.2')\nawait cur.execute('SELECT COUNT(*) FROM information_schema.columns a, information_schema.columns b, information_schema.columns c')"), "timeout"),
    ]
    drive(run, box, "py-aiomysql", "py", amy, aio=True)
    RA = "import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1', port=6379, socket_timeout=3)\n"
    ra = lambda body: RA + "try:\n" + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\nfinally:\n    await r.aclose()"  # noqa: E731
    RF = lambda key, op="get": f"import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1', port={RESP_PORT})\ntry:\n    await r.{op}('{key}'{', 1' if op == 'set' else ''})\nfinally:\n    await r.aclose()"  # noqa: E731
    rds = [
        ("aioredis_hgetall", {"key": f"{k}:s"}, ra(f"await r.set('{k}:s', 'v')\ntry:\n    await r.hgetall('{k}:s')\nfinally:\n    await r.delete('{k}:s')"), "INCORRECT_PARAMETER"),
        ("aioredis_incrby", {"key": f"{k}:c", "amount": "2.5"}, ra(f"await r.incrby('{k}:c', '2.5')"), "PARAMETER_FORMAT"),
        ("aioredis_set", {"key": f"{k}:t", "ex": 0}, ra(f"await r.set('{k}:t', 'v', ex=0)"), "PARAMETER_FORMAT"),
        ("aioredis_set", {"key": f"{k}:t", "value": {"a": 1}}, ra(f"await r.set('{k}:t', {{'a': 1}})"), "PARAMETER_FORMAT"),
        ("aioredis_execute_command", {"args": ["TS.ADD", f"{k}:ts", "*", "1"]}, ra(f"await r.execute_command('TS.ADD', '{k}:ts', '*', '1')"), "MISSING_PREREQUISITE"),
        ("aioredis_execute_command", {"args": ["LPUSHH", f"{k}:l", "a"]}, ra(f"await r.execute_command('LPUSHH', '{k}:l', 'a')"), "WRONG_TOOL_SELECTION"),
        ("aioredis_execute_command", {"args": ["HSET", f"{k}:h", "field"]}, ra(f"await r.execute_command('HSET', '{k}:h', 'field')"), "MISSING_PARAMETER"),
        ("aioredis_xreadgroup", {"group": "billing", "stream": f"{k}:events"}, ra(f"await r.xadd('{k}:events', {{'a': '1'}})\ntry:\n    await r.xreadgroup('billing', 'c1', {{'{k}:events': '>'}})\nfinally:\n    await r.delete('{k}:events')"), "MISSING_PREREQUISITE"),
        ("aioredis_xack", {"stream": f"{k}:e2", "group": "g", "id": "not-an-id"}, ra(f"await r.xack('{k}:e2', 'g', 'not-an-id')"), "PARAMETER_FORMAT"),
        ("aioredis_evalsha", {"sha": "ffffffffffffffffffffffffffffffffffffffff"}, ra("await r.evalsha('ffffffffffffffffffffffffffffffffffffffff', 0)"), "WORKFLOW_SEQUENCE"),
        ("aioredis_eval", {"script": "return redis.call('INCR')", "numkeys": 0}, ra("await r.eval(\"return redis.call('INCR')\", 0)"), "MISSING_PARAMETER"),
        ("aioredis_pubsub_get_message", {"subscribed": False}, ra("p = r.pubsub()\nawait p.get_message(timeout=1)"), "WORKFLOW_SEQUENCE"),
        ("aioredis_zadd", {"key": f"{k}:z", "mapping": {"a": "high"}}, ra(f"await r.zadd('{k}:z', {{'a': 'high'}})"), "PARAMETER_FORMAT"),
        ("aioredis_expire", {"key": f"{k}:a", "time": "1h"}, ra(f"await r.expire('{k}:a', '1h')"), "PARAMETER_FORMAT"),
        ("aioredis_select", {"db": 64}, "import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1', port=6379, db=64)\ntry:\n    await r.ping()\nfinally:\n    await r.aclose()", "INCORRECT_PARAMETER"),
        ("aioredis_auth", {"password": "***"}, "import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1', port=6379, password='not-set')\ntry:\n    await r.ping()\nfinally:\n    await r.aclose()", "INCORRECT_PARAMETER"),
        ("aioredis_ping", {"port": C}, f"import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1', port={C})\nawait r.ping()", "daemon_down"),
        ("aioredis_ping", {"host": NOHOST}, f"import redis.asyncio as redis\nr = redis.Redis(host='{NOHOST}', port=6379)\nawait r.ping()", "dns"),
        ("aioredis_ping", {"port": HANG_PORT, "socket_connect_timeout": 1}, f"import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1', port={HANG_PORT}, socket_timeout=1, socket_connect_timeout=1)\nawait r.ping()", "timeout"),
        ("aioredis_ping", {"port": RESET_PORT}, f"import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1', port={RESET_PORT}, retry_on_error=[])\nawait r.ping()", "network"),
        ("aioredis_get", {"port": RESP_PORT, "key": f"{k}:loading"}, RF(f"{k}:loading"), "server_error"),
        ("aioredis_set", {"port": RESP_PORT, "key": f"{k}:replica"}, RF(f"{k}:replica", "set"), "read_only"),
        ("aioredis_set", {"port": RESP_PORT, "key": f"{k}:full"}, RF(f"{k}:full", "set"), "resource"),
        ("aioredis_get", {"port": RESP_PORT, "key": f"{k}:locked"}, RF(f"{k}:locked"), "auth"),
        ("aioredis_set", {"port": RESP_PORT, "key": f"{k}:acl"}, RF(f"{k}:acl", "set"), "permission"),
        ("aioredis_get", {"port": RESP_PORT, "key": f"{k}:master"}, RF(f"{k}:master"), "server_error"),
        ("aioredis_from_url", {"url": "127.0.0.1:6379/0"}, "import redis.asyncio as redis\nr = redis.from_url('127.0.0.1:6379/0')", "PARAMETER_FORMAT"),
        ("aioredis_get", {"sync_call": True}, "import redis.asyncio as redis\nr = redis.Redis(host='127.0.0.1')\nv = r.get('corpus8:a')\nv.decode()", "WRONG_TOOL_SELECTION"),
    ]
    drive(run, box, "py-aioredis", "py", rds, aio=True)
    PK = "import aio_pika\nconn = await aio_pika.connect('amqp://guest:guest@127.0.0.1/')\nch = await conn.channel()\n"
    pk = lambda body: PK + "try:\n" + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\nfinally:\n    await conn.close()"  # noqa: E731
    pika_ = [
        ("aiopika_declare_queue", {"name": "payments.dlq", "passive": True}, pk("await ch.declare_queue('payments.dlq', passive=True)"), "INCORRECT_PARAMETER"),
        ("aiopika_get_exchange", {"name": "payments.events"}, pk("await ch.get_exchange('payments.events')"), "INCORRECT_PARAMETER"),
        ("aiopika_declare_exchange", {"name": "corpus8.ex", "type": "fanout-ish"}, pk("await ch.declare_exchange('corpus8.ex', 'fanout-ish')"), "INCORRECT_PARAMETER"),
        ("aiopika_declare_queue", {"name": "corpus8.q", "durable": True, "redeclare": True}, pk("await ch.declare_queue('corpus8.q', exclusive=True)\nawait ch.declare_queue('corpus8.q', exclusive=True, durable=True)"), "WORKFLOW_SEQUENCE"),
        ("aiopika_declare_queue", {"name": "amq.corpus8"}, pk("await ch.declare_queue('amq.corpus8', exclusive=True)"), "INCORRECT_PARAMETER"),
        ("aiopika_queue_bind", {"queue": "corpus8.b", "exchange": "ledger.topic"}, pk("q = await ch.declare_queue('corpus8.b', exclusive=True)\nawait q.bind('ledger.topic', routing_key='x')"), "INCORRECT_PARAMETER"),
        ("aiopika_publish", {"routing_key": "corpus8.none", "body": "text"}, pk("await ch.default_exchange.publish('hello', routing_key='corpus8.none')"), "PARAMETER_FORMAT"),
        ("aiopika_publish", {"exchange": "corpus8.gone", "mandatory": True}, pk("ex = await ch.declare_exchange('corpus8.gone', auto_delete=True)\nawait ch.exchange_delete('corpus8.gone')\nawait ex.publish(aio_pika.Message(b'x'), routing_key='k')\nawait ch.declare_queue('corpus8.after', exclusive=True)"), "INCORRECT_PARAMETER"),
        ("aiopika_ack", {"twice": True}, pk("q = await ch.declare_queue(exclusive=True)\nawait ch.default_exchange.publish(aio_pika.Message(b'x'), routing_key=q.name)\nimport asyncio\nawait asyncio.sleep(0.3)\nm = await q.get()\nawait m.ack()\nawait m.ack()"), "WORKFLOW_SEQUENCE"),
        ("aiopika_publish", {"after": "channel.close()"}, pk("await ch.close()\nawait ch.default_exchange.publish(aio_pika.Message(b'x'), routing_key='corpus8.q')"), "WORKFLOW_SEQUENCE"),
        ("aiopika_connect", {"url": "amqp://guest:***@127.0.0.1/", "password": "bad"}, "import aio_pika\nawait aio_pika.connect('amqp://guest:bad-password@127.0.0.1/')", "auth"),
        ("aiopika_connect", {"vhost": "tenant-7"}, "import aio_pika\nawait aio_pika.connect('amqp://guest:guest@127.0.0.1/tenant-7')", "MISSING_PREREQUISITE"),
        ("aiopika_connect", {"port": C}, f"import aio_pika\nawait aio_pika.connect('amqp://guest:guest@127.0.0.1:{C}/')", "network"),
        ("aiopika_connect", {"host": NOHOST}, f"import aio_pika\nawait aio_pika.connect('amqp://guest:guest@{NOHOST}/')", "dns"),
        ("aiopika_connect", {"port": HANG_PORT, "timeout": 2}, f"import aio_pika\nawait aio_pika.connect('amqp://guest:guest@127.0.0.1:{HANG_PORT}/', timeout=2)", "timeout"),
        ("aiopika_connect", {"url": "rabbitmq://127.0.0.1"}, "import aio_pika\nawait aio_pika.connect('rabbitmq://127.0.0.1')", "PARAMETER_FORMAT"),
        ("aiopika_connect_robust", {"port": RESET_PORT}, f"import aio_pika\nawait aio_pika.connect('amqp://guest:guest@127.0.0.1:{RESET_PORT}/', timeout=3)", "network"),
    ]
    drive(run, box, "py-aiopika", "py", pika_, aio=True)
    AH = "import aiohttp\n"
    ah = lambda url, extra="", method="get": AH + f"async with aiohttp.ClientSession() as s:\n    async with s.{method}('{url}'{extra}) as resp:\n        resp.raise_for_status()"  # noqa: E731
    ahb = lambda url, extra="", method="get": AH + f"async with aiohttp.ClientSession() as s:\n    async with s.{method}('{url}'{extra}) as resp:\n        if resp.status >= 400:\n            result = f'HTTP {{resp.status}} {{resp.reason}}: ' + await resp.text()"  # noqa: E731
    aio = [
        ("aiohttp_get", {"url": f"{H}/v1/projects/atlas"}, ah(f"{H}/v1/projects/atlas"), "INCORRECT_PARAMETER"),
        ("aiohttp_get", {"url": f"{H}/v1/account"}, ah(f"{H}/v1/account"), "auth"),
        ("aiohttp_get", {"url": f"{H}/v1/admin/audit"}, ah(f"{H}/v1/admin/audit"), "permission"),
        ("aiohttp_get", {"url": f"{H}/v1/search"}, ah(f"{H}/v1/search"), "rate_limit"),
        ("aiohttp_post", {"url": f"{H}/v1/reports"}, ah(f"{H}/v1/reports", ", json={'month': '2026-11'}", "post"), "server_error"),
        ("aiohttp_get", {"url": f"{H}/v1/gateway"}, ah(f"{H}/v1/gateway"), "server_error"),
        ("aiohttp_get", {"url": f"{H}/v1/health"}, ahb(f"{H}/v1/health"), "server_error"),
        ("aiohttp_post", {"url": f"{H}/v1/invoices", "json": {"due_date": "31/12"}}, ahb(f"{H}/v1/invoices", ", json={'due_date': '31/12'}", "post"), "PARAMETER_FORMAT"),
        ("aiohttp_post", {"url": f"{H}/v1/customers", "json": {"external_id": "c-42"}}, ahb(f"{H}/v1/customers", ", json={'external_id': 'c-42'}", "post"), "WORKFLOW_SEQUENCE"),
        ("aiohttp_get", {"url": f"{H}/v1/projects/atlas", "body": True}, ahb(f"{H}/v1/projects/atlas"), "INCORRECT_PARAMETER"),
        ("aiohttp_get", {"url": f"http://127.0.0.1:{C}/v1"}, ah(f"http://127.0.0.1:{C}/v1"), "network"),
        ("aiohttp_get", {"url": f"http://{NOHOST}/v1"}, ah(f"http://{NOHOST}/v1"), "dns"),
        ("aiohttp_get", {"url": f"http://127.0.0.1:{HANG_PORT}/v1", "timeout": 1.5}, ah(f"http://127.0.0.1:{HANG_PORT}/v1", ", timeout=aiohttp.ClientTimeout(total=1.5)"), "timeout"),
        ("aiohttp_get", {"url": f"http://127.0.0.1:{HANG_PORT}/v1", "sock_read": 1}, ah(f"http://127.0.0.1:{HANG_PORT}/v1", ", timeout=aiohttp.ClientTimeout(sock_read=1)"), "timeout"),
        ("aiohttp_get", {"url": f"http://127.0.0.1:{RESET_PORT}/v1"}, ah(f"http://127.0.0.1:{RESET_PORT}/v1"), "network"),
        ("aiohttp_get", {"url": f"{HS}/v1"}, ah(f"{HS}/v1"), "tls"),
        ("aiohttp_get", {"url": "api.internal/v1/projects"}, ah("api.internal/v1/projects"), "PARAMETER_FORMAT"),
        ("aiohttp_post", {"url": f"{H}/v1/invoices", "json": {"a": 1}, "data": "a=1"}, ah(f"{H}/v1/invoices", ", json={'a': 1}, data='a=1'", "post"), "INCORRECT_PARAMETER"),
        ("aiohttp_get", {"url": f"{H}/page/home", "parse": "json"}, AH + f"async with aiohttp.ClientSession() as s:\n    async with s.get('{H}/page/home') as resp:\n        await resp.json()", "WRONG_TOOL_SELECTION"),
        ("aiohttp_get", {"after": "session.close()"}, AH + f"s = aiohttp.ClientSession()\nawait s.close()\nawait s.get('{H}/v1/projects')", "WORKFLOW_SEQUENCE"),
        ("aiohttp_get", {"module_level": True}, AH + f"await aiohttp.get('{H}/v1/projects')", "WRONG_TOOL_SELECTION"),
        ("aiohttp_get", {"params": {"page": None}}, ah(f"{H}/v1/projects/x", ", params={'page': None}"), "PARAMETER_FORMAT"),
        ("aiohttp_get", {"headers": {"X-Retry": 3}}, ah(f"{H}/v1/projects/x", ", headers={'X-Retry': 3}"), "PARAMETER_FORMAT"),
    ]
    drive(run, box, "py-aiohttp", "py", aio, aio=True)


# ---------------------------------------------------------------------------
# browser automation from Python: playwright (system chromium), selenium (chromedriver)
# ---------------------------------------------------------------------------

def py_browser(run: Run, box: Sandbox) -> None:
    page = box.write("web/orders.html", PAGE_HTML)
    url = "file://" + page
    pre = f"""
from playwright.sync_api import sync_playwright
_pw = sync_playwright().start()
browser = _pw.chromium.launch(executable_path='{CHROMIUM}', args=['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'])
def fresh():
    p = browser.new_page()
    p.set_default_timeout(1500)
    p.goto('{url}')
    return p
"""
    P = "page = fresh()\n"
    pw = [
        ("playwright_click", {"selector": "#checkout"}, P + "page.click('#checkout')", "INCORRECT_PARAMETER"),
        ("playwright_click", {"selector": "button.act"}, P + "page.locator('button.act').click()", "INCORRECT_PARAMETER"),
        ("playwright_click", {"selector": "#submit", "note": "disabled until the form is filled"}, P + "page.click('#submit')", "WORKFLOW_SEQUENCE"),
        ("playwright_click", {"selector": "#logout", "note": "menu not opened"}, P + "page.click('#logout')", "WORKFLOW_SEQUENCE"),
        ("playwright_click", {"selector": "#under", "note": "overlay intercepts"}, P + "page.click('#under')", "WORKFLOW_SEQUENCE"),
        ("playwright_click", {"selector": "#paynow", "frame": "main"}, P + "page.click('#paynow')", "INCORRECT_PARAMETER"),
        ("playwright_frame_click", {"frame": "checkout", "selector": "#paynow"}, P + "page.frame(name='checkout').click('#paynow')", "INCORRECT_PARAMETER"),
        ("playwright_click", {"selector": "//div[@id='note'"}, P + "page.click(\"//div[@id='note'\")", "PARAMETER_FORMAT"),
        ("playwright_fill", {"selector": "#note", "value": "hello"}, P + "page.fill('#note', 'hello')", "INCORRECT_PARAMETER"),
        ("playwright_fill", {"selector": "#email", "value": "ada@example.com"}, P + "page.fill('#email', 'ada@example.com')", "INCORRECT_PARAMETER"),
        ("playwright_fill", {"selector": "#user", "value": 42}, P + "page.fill('#user', 42)", "PARAMETER_FORMAT"),
        ("playwright_select_option", {"selector": "#region", "value": "apac"}, P + "page.select_option('#region', 'apac')", "INCORRECT_PARAMETER"),
        ("playwright_select_option", {"selector": "#agree", "value": "yes"}, P + "page.select_option('#agree', 'yes')", "INCORRECT_PARAMETER"),
        ("playwright_check", {"selector": "#agree"}, P + "page.check('#agree')", "INCORRECT_PARAMETER"),
        ("playwright_press", {"selector": "#user", "key": "Entr"}, P + "page.press('#user', 'Entr')", "INCORRECT_PARAMETER"),
        ("playwright_evaluate", {"expression": "() => document.title("}, P + "page.evaluate('() => document.title(')", "PARAMETER_FORMAT"),
        ("playwright_evaluate", {"expression": "window.store.getState()"}, P + "page.evaluate('window.store.getState()')", "INCORRECT_PARAMETER"),
        ("playwright_wait_for_selector", {"selector": ".toast-success", "timeout": 1500}, P + "page.wait_for_selector('.toast-success', timeout=1500)", "INCORRECT_PARAMETER"),
        ("playwright_wait_for_load_state", {"state": "ready"}, P + "page.wait_for_load_state('ready')", "INCORRECT_PARAMETER"),
        ("playwright_goto", {"url": url, "wait_until": "idle"}, P + f"page.goto('{url}', wait_until='idle')", "INCORRECT_PARAMETER"),
        ("playwright_set_input_files", {"selector": "#agree", "files": "/srv/uploads/invoice.pdf"}, P + "page.set_input_files('#agree', '/srv/uploads/invoice.pdf')", "INCORRECT_PARAMETER"),
        ("playwright_element_click", {"selector": "#tmp", "note": "element removed"}, P + "h = page.query_selector('#tmp')\npage.evaluate(\"document.getElementById('tmp').remove()\")\nh.click()", "WORKFLOW_SEQUENCE"),
        ("playwright_click", {"after": "page.close()"}, P + "page.close()\npage.click('h1')", "WORKFLOW_SEQUENCE"),
        ("playwright_set_viewport_size", {"viewport_size": {"width": "1280"}}, P + "page.set_viewport_size({'width': '1280', 'height': 800})", "PARAMETER_FORMAT"),
        ("playwright_screenshot", {"path": "shot.gif"}, P + "page.screenshot(path='shot.gif')", "INCORRECT_PARAMETER"),
        ("playwright_text_content", {"selector": "li.order", "nth": 3}, P + "page.locator('li.order').nth(3).text_content()", "INCORRECT_PARAMETER"),
        ("playwright_get_by_role", {"role": "buton", "name": "Approve"}, P + "page.get_by_role('buton', name='Approve').click()", "INCORRECT_PARAMETER"),
        ("playwright_goto", {"url": "orders.html"}, P + "page.goto('orders.html')", "PARAMETER_FORMAT"),
        ("playwright_goto", {"url": f"http://127.0.0.1:{C}/"}, P + f"page.goto('http://127.0.0.1:{C}/')", "network"),
        ("playwright_goto", {"url": f"http://{NOHOST}/"}, P + f"page.goto('http://{NOHOST}/')", "dns"),
        ("playwright_goto", {"url": f"http://127.0.0.1:{HANG_PORT}/", "timeout": 2000}, P + f"page.goto('http://127.0.0.1:{HANG_PORT}/', timeout=2000)", "timeout"),
        ("playwright_goto", {"url": f"http://127.0.0.1:{RESET_PORT}/"}, P + f"page.goto('http://127.0.0.1:{RESET_PORT}/')", "network"),
        ("playwright_goto", {"url": f"{HS}/page/x"}, P + f"page.goto('{HS}/page/x')", "tls"),
        ("playwright_goto", {"url": "file:///srv/app/index.html"}, P + "page.goto('file:///srv/app/index.html')", "INCORRECT_PARAMETER"),
        ("playwright_launch", {"executable_path": "/opt/google/chrome/chrome"}, "b = _pw.chromium.launch(executable_path='/opt/google/chrome/chrome')", "MISSING_PREREQUISITE"),
        ("playwright_launch", {"browser": "chromium", "executable_path": None}, "b = _pw.chromium.launch()", "MISSING_PREREQUISITE"),
        ("playwright_launch", {"browser": "firefox"}, "b = _pw.firefox.launch()", "MISSING_PREREQUISITE"),
        ("playwright_connect_over_cdp", {"endpoint_url": f"http://127.0.0.1:{C}"}, f"_pw.chromium.connect_over_cdp('http://127.0.0.1:{C}', timeout=3000)", "network"),
    ]
    drive(run, box, "py-playwright", "py", pw, pre=pre, post="browser.close()\n_pw.stop()", needs=(CHROMIUM,), timeout=400)
    spre = f"""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium.webdriver.support import expected_conditions as EC
opts = webdriver.ChromeOptions()
opts.binary_location = '{CHROMIUM}'
for a in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'):
    opts.add_argument(a)
driver = webdriver.Chrome(service=Service('{CHROMEDRIVER}'), options=opts)
driver.set_page_load_timeout(3)
def fresh():
    driver.get('{url}')
    return driver
"""
    D = "d = fresh()\n"
    se = [
        ("selenium_find_element", {"by": "id", "value": "checkout"}, D + "d.find_element(By.ID, 'checkout')", "INCORRECT_PARAMETER"),
        ("selenium_find_element", {"by": "css selector", "value": "div[data-id="}, D + "d.find_element(By.CSS_SELECTOR, 'div[data-id=')", "PARAMETER_FORMAT"),
        ("selenium_find_element", {"by": "xpath", "value": "//button[@class='act'"}, D + "d.find_element(By.XPATH, \"//button[@class='act'\")", "PARAMETER_FORMAT"),
        ("selenium_find_element", {"by": "class", "value": "act"}, D + "d.find_element('class', 'act')", "INCORRECT_PARAMETER"),
        ("selenium_click", {"by": "id", "value": "logout", "note": "menu hidden"}, D + "d.find_element(By.ID, 'logout').click()", "WORKFLOW_SEQUENCE"),
        ("selenium_click", {"by": "id", "value": "under", "note": "overlay"}, D + "d.find_element(By.ID, 'under').click()", "WORKFLOW_SEQUENCE"),
        ("selenium_click", {"by": "id", "value": "tmp", "note": "stale"}, D + "e = d.find_element(By.ID, 'tmp')\nd.execute_script(\"document.getElementById('tmp').remove()\")\ne.click()", "WORKFLOW_SEQUENCE"),
        ("selenium_send_keys", {"by": "id", "value": "note", "keys": "hello"}, D + "d.find_element(By.ID, 'note').send_keys('hello')", "INCORRECT_PARAMETER"),
        ("selenium_switch_to_frame", {"frame": "checkout"}, D + "d.switch_to.frame('checkout')", "INCORRECT_PARAMETER"),
        ("selenium_find_element", {"by": "id", "value": "paynow", "frame": "default content"}, D + "d.find_element(By.ID, 'paynow')", "INCORRECT_PARAMETER"),
        ("selenium_switch_to_alert", {"action": "accept"}, D + "d.switch_to.alert.accept()", "WORKFLOW_SEQUENCE"),
        ("selenium_execute_script", {"script": "return document.title("}, D + "d.execute_script('return document.title(')", "PARAMETER_FORMAT"),
        ("selenium_execute_script", {"script": "return window.app.config.apiBase"}, D + "d.execute_script('return window.app.config.apiBase')", "INCORRECT_PARAMETER"),
        ("selenium_select_by_visible_text", {"id": "region", "text": "APAC"}, D + "Select(d.find_element(By.ID, 'region')).select_by_visible_text('APAC')", "INCORRECT_PARAMETER"),
        ("selenium_select_by_value", {"id": "agree", "value": "yes"}, D + "Select(d.find_element(By.ID, 'agree')).select_by_value('yes')", "INCORRECT_PARAMETER"),
        ("selenium_wait_until", {"condition": "presence_of_element_located", "id": "receipt", "timeout": 1}, D + "WebDriverWait(d, 1).until(EC.presence_of_element_located((By.ID, 'receipt')))", "INCORRECT_PARAMETER"),
        ("selenium_get", {"url": "orders.html"}, "driver.get('orders.html')", "PARAMETER_FORMAT"),
        ("selenium_get", {"url": f"http://127.0.0.1:{C}/"}, f"driver.get('http://127.0.0.1:{C}/')", "network"),
        ("selenium_get", {"url": f"http://{NOHOST}/"}, f"driver.get('http://{NOHOST}/')", "dns"),
        ("selenium_get", {"url": f"http://127.0.0.1:{HANG_PORT}/", "page_load_timeout": 3}, f"driver.get('http://127.0.0.1:{HANG_PORT}/')", "timeout"),
        ("selenium_get", {"url": f"{HS}/page/x"}, f"driver.get('{HS}/page/x')", "tls"),
        ("selenium_get", {"url": f"http://127.0.0.1:{RESET_PORT}/"}, f"driver.get('http://127.0.0.1:{RESET_PORT}/')", "network"),
        ("selenium_add_cookie", {"cookie": {"name": "sid"}}, D + "d.add_cookie({'name': 'sid'})", "MISSING_PARAMETER"),
        ("selenium_set_window_size", {"width": "1280px", "height": 800}, D + "d.set_window_size('1280px', 800)", "PARAMETER_FORMAT"),
        ("selenium_get", {"after": "quit()"}, "d2 = webdriver.Chrome(service=Service(CHROMEDRIVER_PATH), options=opts)\nd2.quit()\nd2.get('about:blank')".replace("CHROMEDRIVER_PATH", repr(CHROMEDRIVER)), "WORKFLOW_SEQUENCE"),
        ("selenium_start_driver", {"service": "/opt/drivers/chromedriver"}, "webdriver.Chrome(service=Service('/opt/drivers/chromedriver'), options=opts)", "MISSING_PREREQUISITE"),
        ("selenium_remote", {"command_executor": f"http://127.0.0.1:{C}/wd/hub"}, f"webdriver.Remote(command_executor='http://127.0.0.1:{C}/wd/hub', options=opts)", "network"),
    ]
    drive(run, box, "py-selenium", "py", se, pre=spre, post="driver.quit()", needs=(CHROMIUM, CHROMEDRIVER), timeout=400)


# ---------------------------------------------------------------------------
# web framework test clients
# ---------------------------------------------------------------------------

FASTAPI_APP = '''
import datetime
from typing import Literal
from fastapi import FastAPI, HTTPException, Header, Query, Depends
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field
app = FastAPI()
class Order(BaseModel):
    sku: str
    quantity: int = Field(ge=1, le=100)
    ship_date: datetime.date
    priority: Literal["low", "normal", "high"] = "normal"
ORDERS = {1: {"sku": "SKU-1"}}
def token(authorization: str = Header(None)):
    if authorization != "Bearer good":
        raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
@app.post("/orders", status_code=201)
def create(order: Order):
    if order.sku == "SKU-1":
        raise HTTPException(409, "Order for SKU-1 already exists")
    return order
@app.get("/orders/{order_id}")
def get(order_id: int):
    if order_id not in ORDERS:
        raise HTTPException(404, f"Order {order_id} not found")
    return ORDERS[order_id]
@app.get("/search")
def search(q: str = Query(min_length=3), limit: int = Query(10, le=50)):
    return []
@app.get("/me", dependencies=[Depends(token)])
def me():
    return {}
@app.get("/admin")
def admin(x_role: str = Header()):
    raise HTTPException(403, "Admins only")
@app.get("/reports")
def reports():
    raise RuntimeError("report backend crashed")
@app.post("/orders/{order_id}/ship")
def ship(order_id: int):
    raise HTTPException(409, "Order must be paid before it can be shipped")
client = TestClient(app, raise_server_exceptions=False)
def show(r):
    return f"{r.status_code} {r.reason_phrase}: {r.text}"
'''

FLASK_APP = '''
from flask import Flask, abort, jsonify, request, url_for
app = Flask("shop")
@app.route("/users/<int:user_id>")
def user(user_id):
    abort(404, description=f"User {user_id} not found")
@app.route("/users", methods=["POST"])
def create_user():
    data = request.get_json()
    return jsonify(data), 201
@app.route("/login", methods=["POST"])
def login():
    return request.form["username"]
@app.route("/admin")
def admin():
    abort(403)
@app.route("/burst")
def burst():
    abort(429)
@app.route("/boom")
def boom():
    raise RuntimeError("db pool exhausted")
@app.route("/teams/<slug>", methods=["PUT"])
def team(slug):
    abort(409, description=f"Team {slug} already exists")
client = app.test_client()
def show(r):
    return f"{r.status} : {r.get_data(as_text=True)}"
'''


def web_clients(run: Run, box: Sandbox) -> None:
    F = "result = show(client.{m}('{p}'{x}))"
    f = lambda m, p, x="": F.format(m=m, p=p, x=x)  # noqa: E731
    fa = [
        ("fastapi_testclient_post", {"path": "/orders", "json": {"sku": "SKU-7", "quantity": "two", "ship_date": "2026-12-24"}}, f("post", "/orders", ", json={'sku': 'SKU-7', 'quantity': 'two', 'ship_date': '2026-12-24'}"), "PARAMETER_FORMAT"),
        ("fastapi_testclient_post", {"path": "/orders", "json": {"sku": "SKU-7", "ship_date": "2026-12-24"}}, f("post", "/orders", ", json={'sku': 'SKU-7', 'ship_date': '2026-12-24'}"), "MISSING_PARAMETER"),
        ("fastapi_testclient_post", {"path": "/orders", "json": {"sku": "SKU-7", "quantity": 0, "ship_date": "2026-12-24"}}, f("post", "/orders", ", json={'sku': 'SKU-7', 'quantity': 0, 'ship_date': '2026-12-24'}"), "INCORRECT_PARAMETER"),
        ("fastapi_testclient_post", {"path": "/orders", "json": {"sku": "SKU-7", "quantity": 2, "ship_date": "24/12/2026"}}, f("post", "/orders", ", json={'sku': 'SKU-7', 'quantity': 2, 'ship_date': '24/12/2026'}"), "PARAMETER_FORMAT"),
        ("fastapi_testclient_post", {"path": "/orders", "json": {"sku": "SKU-7", "quantity": 2, "ship_date": "2026-12-24", "priority": "urgent"}}, f("post", "/orders", ", json={'sku': 'SKU-7', 'quantity': 2, 'ship_date': '2026-12-24', 'priority': 'urgent'}"), "INCORRECT_PARAMETER"),
        ("fastapi_testclient_post", {"path": "/orders", "data": "sku=SKU-7&quantity=2"}, f("post", "/orders", ", content='sku=SKU-7&quantity=2', headers={'Content-Type': 'application/x-www-form-urlencoded'}"), "PARAMETER_FORMAT"),
        ("fastapi_testclient_post", {"path": "/orders", "json": {"sku": "SKU-1", "quantity": 1, "ship_date": "2026-12-24"}}, f("post", "/orders", ", json={'sku': 'SKU-1', 'quantity': 1, 'ship_date': '2026-12-24'}"), "WORKFLOW_SEQUENCE"),
        ("fastapi_testclient_get", {"path": "/orders/77"}, f("get", "/orders/77"), "INCORRECT_PARAMETER"),
        ("fastapi_testclient_get", {"path": "/orders/ord-77"}, f("get", "/orders/ord-77"), "PARAMETER_FORMAT"),
        ("fastapi_testclient_get", {"path": "/search", "params": {"q": "ab"}}, f("get", "/search", ", params={'q': 'ab'}"), "PARAMETER_FORMAT"),
        ("fastapi_testclient_get", {"path": "/search", "params": {"limit": 20}}, f("get", "/search", ", params={'limit': 20}"), "MISSING_PARAMETER"),
        ("fastapi_testclient_get", {"path": "/search", "params": {"q": "abc", "limit": 500}}, f("get", "/search", ", params={'q': 'abc', 'limit': 500}"), "INCORRECT_PARAMETER"),
        ("fastapi_testclient_get", {"path": "/me"}, f("get", "/me"), "auth"),
        ("fastapi_testclient_get", {"path": "/admin", "headers": {"x-role": "viewer"}}, f("get", "/admin", ", headers={'x-role': 'viewer'}"), "permission"),
        ("fastapi_testclient_get", {"path": "/admin"}, f("get", "/admin"), "MISSING_PARAMETER"),
        ("fastapi_testclient_get", {"path": "/reports"}, f("get", "/reports"), "server_error"),
        ("fastapi_testclient_delete", {"path": "/orders/1"}, f("delete", "/orders/1"), "INCORRECT_PARAMETER"),
        ("fastapi_testclient_post", {"path": "/orders/1/ship"}, f("post", "/orders/1/ship"), "WORKFLOW_SEQUENCE"),
        ("fastapi_testclient_get", {"path": "/order/1"}, f("get", "/order/1"), "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "py-fastapi", "py", fa, pre=FASTAPI_APP)
    fl = [
        ("flask_test_client_get", {"path": "/users/41"}, f("get", "/users/41"), "INCORRECT_PARAMETER"),
        ("flask_test_client_get", {"path": "/users/ada"}, f("get", "/users/ada"), "INCORRECT_PARAMETER"),
        ("flask_test_client_post", {"path": "/users", "data": "name=ada"}, f("post", "/users", ", data='name=ada'"), "PARAMETER_FORMAT"),
        ("flask_test_client_post", {"path": "/users", "data": "{name: ada}", "content_type": "application/json"}, f("post", "/users", ", data='{name: ada}', content_type='application/json'"), "PARAMETER_FORMAT"),
        ("flask_test_client_post", {"path": "/login", "data": {"user": "ada"}}, f("post", "/login", ", data={'user': 'ada'}"), "MISSING_PARAMETER"),
        ("flask_test_client_get", {"path": "/users"}, f("get", "/users"), "INCORRECT_PARAMETER"),
        ("flask_test_client_get", {"path": "/admin"}, f("get", "/admin"), "permission"),
        ("flask_test_client_get", {"path": "/burst"}, f("get", "/burst"), "rate_limit"),
        ("flask_test_client_get", {"path": "/boom"}, "app.testing = False\n" + f("get", "/boom"), "server_error"),
        ("flask_test_client_put", {"path": "/teams/platform"}, f("put", "/teams/platform"), "WORKFLOW_SEQUENCE"),
        ("flask_url_for", {"endpoint": "users"}, "with app.test_request_context():\n    url_for('users')", "INCORRECT_PARAMETER"),
        ("flask_url_for", {"endpoint": "user"}, "with app.test_request_context():\n    url_for('user')", "MISSING_PARAMETER"),
        ("flask_url_for", {"endpoint": "user", "context": None}, "url_for('user', user_id=1)", "WORKFLOW_SEQUENCE"),
        ("flask_request_args", {"context": None}, "request.args.get('page')", "WORKFLOW_SEQUENCE"),
        ("flask_add_url_rule", {"rule": "/users/<int:user_id>", "endpoint": "user", "after_first_request": True}, "client.get('/users/1')\n@app.route('/late')\ndef late():\n    return 'x'", "WORKFLOW_SEQUENCE"),
        ("flask_route", {"rule": "/users/<uuid:id>", "duplicate_endpoint": "user"}, "a = Flask('teams')\na.add_url_rule('/u/<user_id>', 'user', lambda user_id: 'x')\na.add_url_rule('/users/<uuid:id>', 'user', lambda id: 'y')", "WORKFLOW_SEQUENCE"),
        ("flask_route", {"rule": "/files/<path:name>/<nosuch:rev>"}, "a = Flask('files')\na.add_url_rule('/files/<path:name>/<nosuch:rev>', 'rev', lambda name, rev: 'x')", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "py-flask", "py", fl, pre=FLASK_APP)
    ST = '''
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.exceptions import HTTPException
from starlette.testclient import TestClient
async def item(request):
    raise HTTPException(404, f"item {request.path_params['item_id']} not found")
async def upload(request):
    form = await request.form()
    return JSONResponse({"n": len(form)})
app = Starlette(routes=[Route("/items/{item_id:int}", item), Route("/upload", upload, methods=["POST"])])
client = TestClient(app, raise_server_exceptions=False)
def show(r):
    return f"{r.status_code} {r.reason_phrase}: {r.text}"
'''
    st = [
        ("starlette_testclient_get", {"path": "/items/9"}, f("get", "/items/9"), "INCORRECT_PARAMETER"),
        ("starlette_testclient_get", {"path": "/items/nine"}, f("get", "/items/nine"), "INCORRECT_PARAMETER"),
        ("starlette_testclient_put", {"path": "/upload"}, f("put", "/upload"), "INCORRECT_PARAMETER"),
        ("starlette_testclient_websocket", {"path": "/items/9"}, "with client.websocket_connect('/items/9') as ws:\n    ws.send_text('x')", "WRONG_TOOL_SELECTION"),
        ("starlette_url_path_for", {"name": "items"}, "app.url_path_for('items')", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "py-starlette", "py", st, pre=ST)


# ---------------------------------------------------------------------------
# ORMs: Django (throwaway settings), peewee, Tortoise, SQLModel
# ---------------------------------------------------------------------------

DJANGO_PRE = '''
import django
from django.conf import settings
settings.configure(DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
                   INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"], USE_TZ=True,
                   DEFAULT_AUTO_FIELD="django.db.models.AutoField")
django.setup()
from django.core.management import call_command
from django.contrib.auth.models import User, Group
MIGRATED = {"done": False}
def migrated():
    if not MIGRATED["done"]:
        call_command("migrate", verbosity=0)
        User.objects.create(username="ada", email="ada@example.com")
        User.objects.create(username="grace", email="grace@example.com", is_staff=True)
        User.objects.create(username="linus", email="linus@example.com", is_staff=True)
        MIGRATED["done"] = True
'''


def orms(run: Run, box: Sandbox) -> None:
    M = "migrated()\n"
    dj = [
        ("django_orm_count", {"model": "User", "migrated": False}, "User.objects.count()", "MISSING_PREREQUISITE"),
        ("django_orm_get", {"model": "User", "username": "margaret"}, M + "User.objects.get(username='margaret')", "INCORRECT_PARAMETER"),
        ("django_orm_filter", {"model": "User", "emial": "ada@example.com"}, M + "list(User.objects.filter(emial='ada@example.com'))", "INCORRECT_PARAMETER"),
        ("django_orm_filter", {"model": "User", "date_joined__after": "2026-01-01"}, M + "list(User.objects.filter(date_joined__after='2026-01-01'))", "INCORRECT_PARAMETER"),
        ("django_orm_filter", {"model": "User", "id": "ada"}, M + "list(User.objects.filter(id='ada'))", "PARAMETER_FORMAT"),
        ("django_orm_filter", {"model": "User", "date_joined__gte": "last monday"}, M + "list(User.objects.filter(date_joined__gte='last monday'))", "PARAMETER_FORMAT"),
        ("django_orm_get", {"model": "User", "is_staff": True}, M + "User.objects.get(is_staff=True)", "INCORRECT_PARAMETER"),
        ("django_orm_create", {"model": "User", "username": "ada"}, M + "User.objects.create(username='ada')", "WORKFLOW_SEQUENCE"),
        ("django_orm_create", {"model": "User", "username": None}, M + "User.objects.create(username=None)", "MISSING_PARAMETER"),
        ("django_orm_create", {"model": "User", "username": "joan", "nickname": "jo"}, M + "User.objects.create(username='joan', nickname='jo')", "INCORRECT_PARAMETER"),
        ("django_orm_values", {"model": "User", "fields": ["username", "team"]}, M + "list(User.objects.values('username', 'team'))", "INCORRECT_PARAMETER"),
        ("django_orm_order_by", {"model": "User", "order_by": "-joined"}, M + "list(User.objects.order_by('-joined'))", "INCORRECT_PARAMETER"),
        ("django_orm_m2m_add", {"user": "unsaved", "group": "ops"}, M + "u = User(username='tmp')\ng = Group.objects.create(name='ops')\nu.groups.add(g)", "WORKFLOW_SEQUENCE"),
        ("django_orm_full_clean", {"model": "User", "email": "ada-at-example"}, M + "u = User(username='zed', email='ada-at-example', password='x')\nu.full_clean()", "PARAMETER_FORMAT"),
        ("django_orm_raw", {"sql": "SELECT * FROM users"}, M + "list(User.objects.raw('SELECT * FROM users'))", "INCORRECT_PARAMETER"),
        ("django_orm_update", {"model": "User", "last_login": "yesterday"}, M + "User.objects.filter(username='ada').update(last_login='yesterday')", "PARAMETER_FORMAT"),
        ("django_orm_aggregate", {"model": "User", "Sum": "salary"}, M + "from django.db.models import Sum\nUser.objects.aggregate(Sum('salary'))", "INCORRECT_PARAMETER"),
        ("django_orm_bulk_create", {"model": "User", "rows": [{"username": "x"}, {"username": "x"}]}, M + "User.objects.bulk_create([User(username='x'), User(username='x')])", "INCORRECT_PARAMETER"),
        ("django_orm_select_for_update", {"model": "User", "atomic": False}, M + "list(User.objects.select_for_update().filter(username='ada'))", "WORKFLOW_SEQUENCE"),
        ("django_call_command", {"command": "migrate", "app_label": "billing"}, "call_command('migrate', 'billing', verbosity=0)", "INCORRECT_PARAMETER"),
        ("django_call_command", {"command": "migrate", "app_label": "auth", "migration": "0099"}, "call_command('migrate', 'auth', '0099', verbosity=0)", "INCORRECT_PARAMETER"),
        ("django_call_command", {"command": "migrat"}, "call_command('migrat')", "WRONG_TOOL_SELECTION"),
        ("django_call_command", {"command": "loaddata", "fixture": "users.json"}, M + "call_command('loaddata', 'users.json', verbosity=0)", "INCORRECT_PARAMETER"),
        ("django_call_command", {"command": "sqlmigrate", "app_label": "auth", "migration": "0001_init"}, "call_command('sqlmigrate', 'auth', '0001_init')", "INCORRECT_PARAMETER"),
        ("django_import_model", {"model": "django.contrib.sessions.models.Session"}, "from django.contrib.sessions.models import Session", "MISSING_PREREQUISITE"),
        ("django_get_model", {"app_label": "auth", "model": "Member"}, "from django.apps import apps\napps.get_model('auth', 'Member')", "INCORRECT_PARAMETER"),
        ("django_get_model", {"app_label": "billing", "model": "Invoice"}, "from django.apps import apps\napps.get_model('billing', 'Invoice')", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "py-django", "py", dj, pre=DJANGO_PRE)
    dj2 = [
        ("django_orm_query", {"settings": None}, "from django.contrib.auth.models import User", "MISSING_PREREQUISITE"),
        ("django_orm_query", {"settings": "configured", "setup": False}, "from django.conf import settings\nsettings.configure(INSTALLED_APPS=['django.contrib.contenttypes', 'django.contrib.auth'])\nfrom django.contrib.auth.models import User", "WORKFLOW_SEQUENCE"),
        ("django_orm_query", {"engine": "django.db.backends.mysql"}, "import django\nfrom django.conf import settings\nsettings.configure(DATABASES={'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'test'}}, INSTALLED_APPS=['django.contrib.contenttypes'])\ndjango.setup()\nfrom django.db import connection\nconnection.ensure_connection()", "MISSING_PREREQUISITE"),
        ("django_orm_query", {"engine": "django.db.backends.postgresql", "port": C}, f"import django\nfrom django.conf import settings\nsettings.configure(DATABASES={{'default': {{'ENGINE': 'django.db.backends.postgresql', 'NAME': 'test', 'USER': 'postgres', 'HOST': '127.0.0.1', 'PORT': {C}}}}}, INSTALLED_APPS=['django.contrib.contenttypes'])\ndjango.setup()\nfrom django.db import connection\nconnection.ensure_connection()", "network"),
        ("django_orm_query", {"engine": "django.db.backends.postgresql", "NAME": "shop"}, "import django\nfrom django.conf import settings\nsettings.configure(DATABASES={'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'shop', 'USER': 'postgres', 'HOST': '127.0.0.1'}}, INSTALLED_APPS=['django.contrib.contenttypes'])\ndjango.setup()\nfrom django.db import connection\nconnection.ensure_connection()", "MISSING_PREREQUISITE"),
        ("django_orm_query", {"engine": "django.db.backends.postgresql", "USER": "django"}, "import django\nfrom django.conf import settings\nsettings.configure(DATABASES={'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'test', 'USER': 'django', 'HOST': '127.0.0.1'}}, INSTALLED_APPS=['django.contrib.contenttypes'])\ndjango.setup()\nfrom django.db import connection\nconnection.ensure_connection()", "auth"),
        ("django_orm_query", {"engine": "django.db.backends.sqlite4"}, "import django\nfrom django.conf import settings\nsettings.configure(DATABASES={'default': {'ENGINE': 'django.db.backends.sqlite4', 'NAME': 'x.db'}}, INSTALLED_APPS=['django.contrib.contenttypes'])\ndjango.setup()\nfrom django.db import connection\nconnection.ensure_connection()", "INCORRECT_PARAMETER"),
    ]
    for i, c in enumerate(dj2):  # each needs a fresh interpreter (settings are process-wide)
        drive(run, box, f"py-django-{i}", "py", [c])
    rodb = box.path("data", "shop.sqlite3")
    os.makedirs(os.path.dirname(rodb), exist_ok=True)
    box.sh(f"{shlex.quote(SDK_PY)} -c \"import sqlite3; c = sqlite3.connect('{rodb}'); c.execute('create table t (id int)'); c.commit()\"", check=False)
    drive(run, box, "py-django-ro", "py", [
        ("django_orm_migrate", {"NAME": f"file:{rodb}?mode=ro"}, f"import django\nfrom django.conf import settings\nsettings.configure(DATABASES={{'default': {{'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'file:{rodb}?mode=ro', 'OPTIONS': {{'uri': True}}}}}}, INSTALLED_APPS=['django.contrib.contenttypes'])\ndjango.setup()\nfrom django.core.management import call_command\ncall_command('migrate', verbosity=0)", "read_only")])
    PW = '''
import peewee as pw
db = pw.SqliteDatabase(":memory:")
class Customer(pw.Model):
    email = pw.CharField(unique=True)
    name = pw.CharField()
    credit = pw.IntegerField(default=0)
    class Meta:
        database = db
def ready():
    if not Customer.table_exists():
        db.create_tables([Customer])
        Customer.create(email="ada@example.com", name="Ada")
        Customer.create(email="grace@example.com", name="Grace")
'''
    R = "ready()\n"
    pwz = [
        ("peewee_select", {"model": "Customer", "tables": False}, "list(Customer.select())", "MISSING_PREREQUISITE"),
        ("peewee_get", {"model": "Customer", "email": "linus@example.com"}, R + "Customer.get(Customer.email == 'linus@example.com')", "INCORRECT_PARAMETER"),
        ("peewee_get_by_id", {"model": "Customer", "id": 404}, R + "Customer.get_by_id(404)", "INCORRECT_PARAMETER"),
        ("peewee_create", {"model": "Customer", "email": "ada@example.com"}, R + "Customer.create(email='ada@example.com', name='Ada 2')", "WORKFLOW_SEQUENCE"),
        ("peewee_create", {"model": "Customer", "email": "x@example.com", "name": None}, R + "Customer.create(email='x@example.com', name=None)", "MISSING_PARAMETER"),
        ("peewee_select", {"model": "Customer", "where": "Customer.phone == '1'"}, R + "list(Customer.select().where(Customer.phone == '1'))", "INCORRECT_PARAMETER"),
        ("peewee_raw", {"sql": "SELECT * FROM customers"}, R + "list(Customer.raw('SELECT * FROM customers'))", "INCORRECT_PARAMETER"),
        ("peewee_execute_sql", {"sql": "SELEC 1"}, R + "db.execute_sql('SELEC 1')", "PARAMETER_FORMAT"),
        ("peewee_connect", {"twice": True}, "db2 = pw.SqliteDatabase(':memory:')\ndb2.connect()\ndb2.connect()", "WORKFLOW_SEQUENCE"),
        ("peewee_select", {"autoconnect": False, "connected": False}, "db3 = pw.SqliteDatabase(':memory:', autoconnect=False)\ndb3.execute_sql('SELECT 1')", "WORKFLOW_SEQUENCE"),
        ("peewee_postgres_connect", {"port": C}, f"d = pw.PostgresqlDatabase('test', user='postgres', host='127.0.0.1', port={C})\nd.connect()", "network"),
        ("peewee_mysql_connect", {"port": C}, f"d = pw.MySQLDatabase('test', user='root', host='127.0.0.1', port={C})\nd.connect()", "network"),
        ("peewee_mysql_connect", {"database": "crm"}, "d = pw.MySQLDatabase('crm', user='root', host='127.0.0.1')\nd.connect()", "MISSING_PREREQUISITE"),
        ("peewee_mysql_connect", {"user": "peewee", "password": "***"}, "d = pw.MySQLDatabase('test', user='peewee', password='nope', host='127.0.0.1')\nd.connect()", "auth"),
        ("peewee_sqlite_connect", {"database": f"file:{rodb}?mode=ro", "write": True}, f"d = pw.SqliteDatabase('file:{rodb}?mode=ro', uri=True)\nd.execute_sql('INSERT INTO t VALUES (1)')", "read_only"),
        ("peewee_sqlite_connect", {"database": "/srv/data/app.db"}, "d = pw.SqliteDatabase('/srv/data/app.db')\nd.connect()", "INCORRECT_PARAMETER"),
        ("peewee_update", {"model": "Customer", "credit": "lots"}, R + "Customer.update(credit='lots').where(Customer.name == 'Ada').execute()\nc = Customer.get(Customer.name == 'Ada')\nassert isinstance(c.credit, int), f'credit stored as {c.credit!r}'", "PARAMETER_FORMAT"),
    ]
    drive(run, box, "py-peewee", "py", pwz, pre=PW)
    box.write("tortoise_models.py", '''
from tortoise import fields
from tortoise.models import Model
class Tournament(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=20, unique=True)
    starts = fields.DateField(null=True)
''')
    TT = f"import sys\nsys.path.insert(0, '{box.root}')\nfrom tortoise import Tortoise\nfrom tortoise_models import Tournament\n"
    TI = "await Tortoise.init(db_url='sqlite://:memory:', modules={'models': ['tortoise_models']})\n"
    TG = TI + "await Tortoise.generate_schemas()\nawait Tournament.create(name='spring')\nawait Tournament.create(name='autumn')\n"
    tt = lambda body: TT + body + "\nawait Tortoise.close_connections()"  # noqa: E731
    tor = [
        ("tortoise_get", {"model": "Tournament", "init": False}, TT + "await Tournament.get(id=1)", "WORKFLOW_SEQUENCE"),
        ("tortoise_get", {"model": "Tournament", "id": 99}, tt(TG + "await Tournament.get(id=99)"), "INCORRECT_PARAMETER"),
        ("tortoise_filter", {"model": "Tournament", "city": "Oslo"}, tt(TG + "await Tournament.filter(city='Oslo')"), "INCORRECT_PARAMETER"),
        ("tortoise_get", {"model": "Tournament", "name__icontains": "u"}, tt(TG + "await Tournament.get(name__icontains='u')"), "INCORRECT_PARAMETER"),
        ("tortoise_create", {"model": "Tournament", "name": "spring"}, tt(TG + "await Tournament.create(name='spring')"), "WORKFLOW_SEQUENCE"),
        ("tortoise_create", {"model": "Tournament", "name": "the-very-long-winter-open-2026"}, tt(TG + "await Tournament.create(name='the-very-long-winter-open-2026')"), "PARAMETER_FORMAT"),
        ("tortoise_create", {"model": "Tournament", "starts": "next week"}, tt(TG + "await Tournament.create(name='x', starts='next week')"), "PARAMETER_FORMAT"),
        ("tortoise_create", {"model": "Tournament", "schemas": False}, tt(TI + "await Tournament.create(name='winter')"), "MISSING_PREREQUISITE"),
        ("tortoise_init", {"modules": {"models": ["app.models"]}}, tt("await Tortoise.init(db_url='sqlite://:memory:', modules={'models': ['app.models']})"), "INCORRECT_PARAMETER"),
        ("tortoise_init", {"db_url": "sqlit://:memory:"}, tt("await Tortoise.init(db_url='sqlit://:memory:', modules={'models': ['tortoise_models']})"), "INCORRECT_PARAMETER"),
        ("tortoise_init", {"db_url": f"postgres://postgres@127.0.0.1:{C}/test"}, tt(f"await Tortoise.init(db_url='postgres://postgres@127.0.0.1:{C}/test', modules={{'models': ['tortoise_models']}})\nawait Tournament.all()"), "network"),
        ("tortoise_init", {"db_url": "postgres://postgres@127.0.0.1:5432/tournaments"}, tt("await Tortoise.init(db_url='postgres://postgres@127.0.0.1:5432/tournaments', modules={'models': ['tortoise_models']})\nawait Tournament.all()"), "MISSING_PREREQUISITE"),
        ("tortoise_init", {"db_url": "mysql://root@127.0.0.1:3306/test"}, tt("await Tortoise.init(db_url='mysql://root@127.0.0.1:3306/test', modules={'models': ['tortoise_models']})\nawait Tournament.all()"), "MISSING_PREREQUISITE"),
        ("tortoise_init", {"db_url": None}, tt("await Tortoise.init(modules={'models': ['tortoise_models']})"), "MISSING_PARAMETER"),
    ]
    for i, c in enumerate(tor):  # one interpreter per call: a hung call must not lose the others
        drive(run, box, f"py-tortoise-{i}", "py", [(*c, {"timeout": 10})], aio=True, timeout=20)
    SM = '''
from typing import Optional
from sqlmodel import Field, Session, SQLModel, create_engine, select
from sqlalchemy.exc import IntegrityError
class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    age: Optional[int] = None
class HeroCreate(SQLModel):
    name: str
    age: Optional[int] = None
engine = create_engine("sqlite://")
def ready():
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        if not s.exec(select(Hero)).first():
            s.add(Hero(name="Deadpond", age=30)); s.add(Hero(name="Rusty", age=30)); s.commit()
'''
    R = "ready()\n"
    sm = [
        ("sqlmodel_exec", {"select": "Hero", "tables": False}, "with Session(engine) as s:\n    s.exec(select(Hero)).all()", "MISSING_PREREQUISITE"),
        ("sqlmodel_exec_one", {"where": "Hero.name == 'Spider-Boy'"}, R + "with Session(engine) as s:\n    s.exec(select(Hero).where(Hero.name == 'Spider-Boy')).one()", "INCORRECT_PARAMETER"),
        ("sqlmodel_exec_one", {"where": "Hero.age == 30"}, R + "with Session(engine) as s:\n    s.exec(select(Hero).where(Hero.age == 30)).one()", "INCORRECT_PARAMETER"),
        ("sqlmodel_exec", {"where": "Hero.power == 'x'"}, R + "with Session(engine) as s:\n    s.exec(select(Hero).where(Hero.power == 'x')).all()", "INCORRECT_PARAMETER"),
        ("sqlmodel_add_commit", {"name": "Deadpond"}, R + "with Session(engine) as s:\n    s.add(Hero(name='Deadpond'))\n    s.commit()", "WORKFLOW_SEQUENCE"),
        ("sqlmodel_add", {"model": "HeroCreate"}, R + "with Session(engine) as s:\n    s.add(HeroCreate(name='Tarantula'))", "INCORRECT_PARAMETER"),
        ("sqlmodel_model_validate", {"name": "Tarantula", "age": "old"}, "HeroCreate.model_validate({'name': 'Tarantula', 'age': 'old'})", "PARAMETER_FORMAT"),
        ("sqlmodel_model_validate", {"age": 3}, "HeroCreate.model_validate({'age': 3})", "MISSING_PARAMETER"),
        ("sqlmodel_refresh", {"object": "unsaved Hero"}, R + "with Session(engine) as s:\n    s.refresh(Hero(name='Ghost'))", "WORKFLOW_SEQUENCE"),
        ("sqlmodel_after_rollback", {"after": "failed commit"}, R + "with Session(engine) as s:\n    s.add(Hero(name='Rusty'))\n    try:\n        s.commit()\n    except IntegrityError:\n        pass\n    s.add(Hero(name='Other'))\n    s.flush()\n    s.exec(select(Hero)).all()\n    s.connection().exec_driver_sql('SELEC 1')", "WORKFLOW_SEQUENCE"),
        ("sqlmodel_create_engine", {"url": "postgresql://postgres@127.0.0.1/test"}, "create_engine('postgresql://postgres@127.0.0.1/test')", "MISSING_PREREQUISITE"),
        ("sqlmodel_create_engine", {"url": "sqlit:///heroes.db"}, "create_engine('sqlit:///heroes.db')", "INCORRECT_PARAMETER"),
        ("sqlmodel_create_engine", {"url": "heroes.db"}, "create_engine('heroes.db')", "PARAMETER_FORMAT"),
        ("sqlmodel_connect", {"url": f"postgresql+psycopg://postgres@127.0.0.1:{C}/test"}, f"e = create_engine('postgresql+psycopg://postgres@127.0.0.1:{C}/test')\nSQLModel.metadata.create_all(e)", "network"),
        ("sqlmodel_connect", {"url": "postgresql+psycopg://postgres@127.0.0.1/heroes"}, "e = create_engine('postgresql+psycopg://postgres@127.0.0.1/heroes')\nwith Session(e) as s:\n    s.exec(select(Hero)).all()", "MISSING_PREREQUISITE"),
        ("sqlmodel_connect", {"url": "mysql+pymysql://root@127.0.0.1/test", "select": "Hero"}, "e = create_engine('mysql+pymysql://root@127.0.0.1/test')\nwith Session(e) as s:\n    s.exec(select(Hero)).all()", "MISSING_PREREQUISITE"),
        ("sqlmodel_connect", {"url": f"sqlite:///file:{rodb}?mode=ro&uri=true"}, f"e = create_engine('sqlite:///file:{rodb}?mode=ro&uri=true')\nSQLModel.metadata.create_all(e)", "read_only"),
    ]
    drive(run, box, "py-sqlmodel", "py", sm, pre=SM)


# ---------------------------------------------------------------------------
# cloud SDKs against local fakes / emulators
# ---------------------------------------------------------------------------

def cloud(run: Run, box: Sandbox) -> None:
    AZ = f"from azure.storage.blob import BlobServiceClient\nsvc = BlobServiceClient.from_connection_string({AZ_CONN!r}, retry_total=0)\n"
    AZB = lambda body: AZ + textwrap.dedent(body).strip()  # noqa: E731
    az_ok = port_open("127.0.0.1", AZ_PORT)
    azc = [
        ("azure_blob_download", {"container": "invoices", "blob": "2026/11.pdf"}, AZB("svc.get_blob_client('invoices', '2026/11.pdf').download_blob().readall()"), "INCORRECT_PARAMETER"),
        ("azure_blob_download", {"container": "corpus8-docs", "blob": "missing.txt"}, AZB("c = svc.get_container_client('corpus8-docs')\nif not c.exists(): c.create_container()\nc.get_blob_client('missing.txt').download_blob().readall()"), "INCORRECT_PARAMETER"),
        ("azure_container_create", {"container": "corpus8-docs"}, AZB("c = svc.get_container_client('corpus8-docs')\nif not c.exists(): c.create_container()\nsvc.create_container('corpus8-docs')"), "WORKFLOW_SEQUENCE"),
        ("azure_container_create", {"container": "Invoices_2026"}, AZB("svc.create_container('Invoices_2026')"), "PARAMETER_FORMAT"),
        ("azure_blob_upload", {"container": "corpus8-docs", "blob": "a.txt", "overwrite": False}, AZB("c = svc.get_container_client('corpus8-docs')\nif not c.exists(): c.create_container()\nc.upload_blob('a.txt', b'1', overwrite=True)\nc.upload_blob('a.txt', b'2')"), "WORKFLOW_SEQUENCE"),
        ("azure_blob_upload", {"container": "reports-2026", "blob": "q4.csv"}, AZB("svc.get_blob_client('reports-2026', 'q4.csv').upload_blob(b'a,b')"), "MISSING_PREREQUISITE"),
        ("azure_blob_delete", {"container": "corpus8-docs", "blob": "leased.txt", "lease": "held"}, AZB("c = svc.get_container_client('corpus8-docs')\nif not c.exists(): c.create_container()\nb = c.upload_blob('leased.txt', b'1', overwrite=True)\nb.acquire_lease(lease_duration=15)\nb.delete_blob()"), "WORKFLOW_SEQUENCE"),
        ("azure_blob_upload", {"container": "corpus8-docs", "blob": "a.txt", "if_match": "0x8D000000000000"}, AZB("from azure.core import MatchConditions\nc = svc.get_container_client('corpus8-docs')\nif not c.exists(): c.create_container()\nc.upload_blob('a.txt', b'3', overwrite=True, etag='\"0x8D000000000000\"', match_condition=MatchConditions.IfNotModified)"), "WORKFLOW_SEQUENCE"),
        ("azure_container_delete", {"container": "archive-2019"}, AZB("svc.delete_container('archive-2019')"), "INCORRECT_PARAMETER"),
        ("azure_blob_list", {"container": "nonexistent-corpus8"}, AZB("list(svc.get_container_client('nonexistent-corpus8').list_blobs())"), "INCORRECT_PARAMETER"),
        ("azure_blob_client", {"account_key": "***wrong***"}, f"from azure.storage.blob import BlobServiceClient\nsvc = BlobServiceClient(account_url='http://127.0.0.1:{AZ_PORT}/devstoreaccount1', credential={{'account_name': 'devstoreaccount1', 'account_key': 'd3JvbmdrZXl3cm9uZ2tleXdyb25na2V5d3Jvbmc='}}, retry_total=0)\nlist(svc.list_containers())", "auth"),
        ("azure_blob_client", {"connection_string": "AccountName=devstoreaccount1"}, "from azure.storage.blob import BlobServiceClient\nBlobServiceClient.from_connection_string('AccountName=devstoreaccount1')", "MISSING_PARAMETER"),
        ("azure_blob_client", {"connection_string": "UseDevelopmentStorage=yes"}, "from azure.storage.blob import BlobServiceClient\nBlobServiceClient.from_connection_string('UseDevelopmentStorage;true')", "PARAMETER_FORMAT"),
        ("azure_blob_list_containers", {"account_url": f"http://127.0.0.1:{C}/devstoreaccount1"}, f"from azure.storage.blob import BlobServiceClient\nsvc = BlobServiceClient(account_url='http://127.0.0.1:{C}/devstoreaccount1', credential={{'account_name': 'devstoreaccount1', 'account_key': {AZ_KEY!r}}}, retry_total=0)\nlist(svc.list_containers())", "network"),
        ("azure_blob_list_containers", {"account_url": "https://corpus8acct.blob.core.windows.net"}, f"from azure.storage.blob import BlobServiceClient\nsvc = BlobServiceClient(account_url='https://corpus8acct.blob.core.windows.net', credential={{'account_name': 'corpus8acct', 'account_key': {AZ_KEY!r}}}, retry_total=0)\nlist(svc.list_containers())", "dns"),
        ("azure_blob_list_containers", {"account_url": f"http://127.0.0.1:{HANG_PORT}/devstoreaccount1", "read_timeout": 2}, f"from azure.storage.blob import BlobServiceClient\nsvc = BlobServiceClient(account_url='http://127.0.0.1:{HANG_PORT}/devstoreaccount1', credential={{'account_name': 'devstoreaccount1', 'account_key': {AZ_KEY!r}}}, retry_total=0, read_timeout=2, connection_timeout=2)\nlist(svc.list_containers())", "timeout"),
        ("azure_blob_sas_url", {"permission": "rwz"}, AZB("from azure.storage.blob import generate_blob_sas, BlobSasPermissions\nBlobSasPermissions.from_string('rwz')"), "PARAMETER_FORMAT"),
    ]
    if az_ok:
        drive(run, box, "py-azure", "py", azc)
    else:
        run.note("skip azure: azurite not running")
    GC = f"from google.cloud import storage\nfrom google.auth.credentials import AnonymousCredentials\ncl = storage.Client(project='corpus8', credentials=AnonymousCredentials(), client_options={{'api_endpoint': '{H}'}})\n"
    gcs = [
        ("gcs_get_bucket", {"bucket": "missing-bkt"}, GC + "cl.get_bucket('missing-bkt', retry=None)", "INCORRECT_PARAMETER"),
        ("gcs_download", {"bucket": "reports", "blob": "2026/q4.csv"}, GC + "cl.bucket('reports').blob('2026/q4.csv').download_as_bytes(retry=None)", "INCORRECT_PARAMETER"),
        ("gcs_get_blob", {"bucket": "reports", "blob": "nov.parquet"}, GC + "b = cl.bucket('reports').get_blob('nov.parquet', retry=None)\nb.download_as_bytes()", "INCORRECT_PARAMETER"),
        ("gcs_create_bucket", {"bucket": "reports"}, GC + "cl.create_bucket('reports', retry=None)", "WORKFLOW_SEQUENCE"),
        ("gcs_create_bucket", {"bucket": "Reports_2026!"}, GC + "cl.create_bucket('Reports_2026!', retry=None)", "PARAMETER_FORMAT"),
        ("gcs_list_blobs", {"bucket": "locked-bkt"}, GC + "list(cl.list_blobs('locked-bkt', retry=None))", "permission"),
        ("gcs_list_blobs", {"bucket": "busy-bkt"}, GC + "list(cl.list_blobs('busy-bkt', retry=None))", "rate_limit"),
        ("gcs_list_blobs", {"bucket": "broken-bkt"}, GC + "list(cl.list_blobs('broken-bkt', retry=None))", "server_error"),
        ("gcs_list_blobs", {"bucket": "expired-bkt"}, GC + "list(cl.list_blobs('expired-bkt', retry=None))", "auth"),
        ("gcs_delete_bucket", {"bucket": "reports"}, GC + "cl.bucket('reports').delete(retry=None)", "WORKFLOW_SEQUENCE"),
        ("gcs_upload", {"bucket": "reports", "blob": "a.csv", "file": "./exports/a.csv"}, GC + "cl.bucket('reports').blob('a.csv').upload_from_filename('./exports/a.csv', retry=None)", "INCORRECT_PARAMETER"),
        ("gcs_bucket", {"bucket": "gs://reports"}, GC + "cl.bucket('gs://reports')", "PARAMETER_FORMAT"),
        ("gcs_list_blobs", {"endpoint": f"http://127.0.0.1:{C}"}, f"from google.cloud import storage\nfrom google.auth.credentials import AnonymousCredentials\ncl = storage.Client(project='corpus8', credentials=AnonymousCredentials(), client_options={{'api_endpoint': 'http://127.0.0.1:{C}'}})\nlist(cl.list_blobs('reports', retry=None))", "network"),
        ("gcs_list_blobs", {"endpoint": f"http://127.0.0.1:{HANG_PORT}", "timeout": 2}, f"from google.cloud import storage\nfrom google.auth.credentials import AnonymousCredentials\ncl = storage.Client(project='corpus8', credentials=AnonymousCredentials(), client_options={{'api_endpoint': 'http://127.0.0.1:{HANG_PORT}'}})\nlist(cl.list_blobs('reports', retry=None, timeout=2))", "timeout"),
        ("gcs_client", {"credentials": "default"}, "from google.cloud import storage\nstorage.Client()", "MISSING_PREREQUISITE"),
        ("gcs_client", {"credentials_file": "./sa-key.json"}, "from google.cloud import storage\nstorage.Client.from_service_account_json('./sa-key.json')", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "py-gcs", "py", gcs, env={"GOOGLE_APPLICATION_CREDENTIALS": "", "NO_GCE_CHECK": "True", "GCE_METADATA_HOST": f"127.0.0.1:{C}", "GCE_METADATA_IP": f"127.0.0.1:{C}"})
    B = (f"import boto3\nfrom botocore.config import Config\ncfg = Config(retries={{'max_attempts': 1, 'mode': 'standard'}}, connect_timeout=2, read_timeout=2)\n"
         f"def cl(svc, key='AKIAIOSFODNN7EXAMPLE', url='http://127.0.0.1:{AWS_PORT}'):\n    return boto3.client(svc, endpoint_url=url, region_name='us-east-1', aws_access_key_id=key, aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', config=cfg)\n")
    Q = f"http://127.0.0.1:{AWS_PORT}/123456789012/"
    aws = [
        ("sqs_get_queue_url", {"QueueName": "orders-missing"}, "cl('sqs').get_queue_url(QueueName='orders-missing')", "INCORRECT_PARAMETER"),
        ("sqs_send_message", {"QueueUrl": Q + "missing-q", "MessageBody": "hi"}, f"cl('sqs').send_message(QueueUrl='{Q}missing-q', MessageBody='hi')", "INCORRECT_PARAMETER"),
        ("sqs_send_message", {"QueueUrl": Q + "orders"}, f"cl('sqs').send_message(QueueUrl='{Q}orders')", "MISSING_PARAMETER"),
        ("sqs_send_message", {"QueueUrl": Q + "orders", "MessageBody": "hi", "DelaySeconds": "ten"}, f"cl('sqs').send_message(QueueUrl='{Q}orders', MessageBody='hi', DelaySeconds='ten')", "PARAMETER_FORMAT"),
        ("sqs_send_message", {"QueueUrl": Q + "orders.fifo", "MessageBody": "hi"}, f"cl('sqs').send_message(QueueUrl='{Q}orders.fifo', MessageBody='hi')", "MISSING_PARAMETER"),
        ("sqs_create_queue", {"QueueName": "orders", "Attributes": {"VisibilityTimeout": "60"}}, "cl('sqs').create_queue(QueueName='orders', Attributes={'VisibilityTimeout': '60'})", "WORKFLOW_SEQUENCE"),
        ("sqs_create_queue", {"QueueName": "events", "Attributes": {"FifoQueue": "true"}}, "cl('sqs').create_queue(QueueName='events', Attributes={'FifoQueue': 'true'})", "PARAMETER_FORMAT"),
        ("sqs_receive_message", {"QueueUrl": Q + "orders", "WaitTimeSeconds": 30}, f"cl('sqs').receive_message(QueueUrl='{Q}orders', WaitTimeSeconds=30)", "INCORRECT_PARAMETER"),
        ("sqs_delete_message", {"QueueUrl": Q + "orders", "ReceiptHandle": "msg-123"}, f"cl('sqs').delete_message(QueueUrl='{Q}orders', ReceiptHandle='msg-123')", "PARAMETER_FORMAT"),
        ("sqs_purge_queue", {"QueueUrl": Q + "orders"}, f"cl('sqs').purge_queue(QueueUrl='{Q}orders')", "WORKFLOW_SEQUENCE"),
        ("sqs_change_message_visibility", {"QueueUrl": Q + "orders", "ReceiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a", "VisibilityTimeout": 30}, f"cl('sqs').change_message_visibility(QueueUrl='{Q}orders', ReceiptHandle='AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a', VisibilityTimeout=30)", "WORKFLOW_SEQUENCE"),
        ("sqs_send_message", {"QueueUrl": Q + "throttled", "MessageBody": "hi"}, f"cl('sqs').send_message(QueueUrl='{Q}throttled', MessageBody='hi')", "rate_limit"),
        ("sqs_send_message", {"QueueUrl": Q + "flaky", "MessageBody": "hi"}, f"cl('sqs').send_message(QueueUrl='{Q}flaky', MessageBody='hi')", "server_error"),
        ("sqs_get_queue_url", {"QueueName": "orders", "credentials": "expired session"}, "cl('sqs', key='ASIAEXPIRED').get_queue_url(QueueName='orders')", "auth"),
        ("sqs_get_queue_url", {"QueueName": "orders", "credentials": "agent"}, "cl('sqs', key='AKIADENIED').get_queue_url(QueueName='orders')", "permission"),
        ("sqs_list_queues", {"endpoint_url": f"http://127.0.0.1:{C}"}, f"cl('sqs', url='http://127.0.0.1:{C}').list_queues()", "network"),
        ("sqs_list_queues", {"endpoint_url": f"http://127.0.0.1:{HANG_PORT}"}, f"cl('sqs', url='http://127.0.0.1:{HANG_PORT}').list_queues()", "timeout"),
        ("sqs_list_queues", {"endpoint_url": "https://sqs.corpus8-region.amazonaws.example"}, "cl('sqs', url='https://sqs.corpus8-region.amazonaws.example').list_queues()", "dns"),
        ("sqs_receive_message", {"QueueUrl": Q + "orders", "MaxNumberOfMessages": 10, "VisibilityTimeout": -1}, f"cl('sqs').send_message_batch(QueueUrl='{Q}orders', Entries=[])", "MISSING_PARAMETER"),
        ("sqs_sned_message", {"QueueUrl": Q + "orders"}, f"cl('sqs').sned_message(QueueUrl='{Q}orders', MessageBody='x')", "WRONG_TOOL_SELECTION"),
        ("secretsmanager_get_secret_value", {"SecretId": "prod/stripe-key"}, "cl('secretsmanager').get_secret_value(SecretId='prod/stripe-key')", "INCORRECT_PARAMETER"),
        ("secretsmanager_get_secret_value", {"SecretId": "prod/db", "VersionStage": "AWSPREVIOUS"}, "cl('secretsmanager').get_secret_value(SecretId='prod/db', VersionStage='AWSPREVIOUS')", "INCORRECT_PARAMETER"),
        ("secretsmanager_get_secret_value", {"SecretId": "prod/old-api-key"}, "cl('secretsmanager').get_secret_value(SecretId='prod/old-api-key')", "WORKFLOW_SEQUENCE"),
        ("secretsmanager_create_secret", {"Name": "prod/db", "SecretString": "***"}, "cl('secretsmanager').create_secret(Name='prod/db', SecretString='not-a-real-secret')", "WORKFLOW_SEQUENCE"),
        ("secretsmanager_create_secret", {"SecretString": "***"}, "cl('secretsmanager').create_secret(SecretString='not-a-real-secret')", "MISSING_PARAMETER"),
        ("secretsmanager_put_secret_value", {"SecretId": "prod/db", "SecretString": "***", "SecretBinary": "***"}, "cl('secretsmanager').put_secret_value(SecretId='prod/db', SecretString='x', SecretBinary=b'x')", "INCORRECT_PARAMETER"),
        ("secretsmanager_delete_secret", {"SecretId": "prod/db", "RecoveryWindowInDays": 90}, "cl('secretsmanager').delete_secret(SecretId='prod/db', RecoveryWindowInDays=90)", "INCORRECT_PARAMETER"),
        ("secretsmanager_delete_secret", {"SecretId": "prod/db", "RecoveryWindowInDays": "7d"}, "cl('secretsmanager').delete_secret(SecretId='prod/db', RecoveryWindowInDays='7d')", "PARAMETER_FORMAT"),
        ("secretsmanager_rotate_secret", {"SecretId": "prod/db"}, "cl('secretsmanager').rotate_secret(SecretId='prod/db')", "MISSING_PREREQUISITE"),
        ("secretsmanager_restore_secret", {"SecretId": "prod/db"}, "cl('secretsmanager').restore_secret(SecretId='prod/db')", "WORKFLOW_SEQUENCE"),
        ("secretsmanager_get_secret_value", {"SecretId": "throttle/test"}, "cl('secretsmanager').get_secret_value(SecretId='throttle/test')", "rate_limit"),
        ("secretsmanager_get_secret_value", {"SecretId": "flaky/test"}, "cl('secretsmanager').get_secret_value(SecretId='flaky/test')", "server_error"),
        ("secretsmanager_get_secret_value", {"SecretId": "prod/db", "credentials": "expired"}, "cl('secretsmanager', key='ASIAEXPIRED').get_secret_value(SecretId='prod/db')", "auth"),
        ("secretsmanager_get_secret_value", {"SecretId": "prod/db", "credentials": "agent"}, "cl('secretsmanager', key='AKIADENIED').get_secret_value(SecretId='prod/db')", "permission"),
        ("sts_assume_role", {"RoleArn": "admin", "RoleSessionName": "agent"}, "cl('sts').assume_role(RoleArn='admin', RoleSessionName='agent')", "PARAMETER_FORMAT"),
        ("sts_assume_role", {"RoleArn": "arn:aws:iam::123456789012:role/Deploy", "RoleSessionName": "agent"}, "cl('sts').assume_role(RoleArn='arn:aws:iam::123456789012:role/Deploy', RoleSessionName='agent')", "permission"),
        ("sts_assume_role", {"RoleArn": "arn:aws:iam::123456789012:role/ReadOnly"}, "cl('sts').assume_role(RoleArn='arn:aws:iam::123456789012:role/ReadOnly')", "MISSING_PARAMETER"),
        ("sts_assume_role", {"RoleArn": "arn:aws:iam::123456789012:role/ReadOnly", "RoleSessionName": "agent", "DurationSeconds": 600}, "cl('sts').assume_role(RoleArn='arn:aws:iam::123456789012:role/ReadOnly', RoleSessionName='agent', DurationSeconds=600)", "INCORRECT_PARAMETER"),
        ("sts_assume_role", {"RoleArn": "arn:aws:iam::123456789012:role/ReadOnly", "RoleSessionName": "agent", "DurationSeconds": 43200}, "cl('sts').assume_role(RoleArn='arn:aws:iam::123456789012:role/ReadOnly', RoleSessionName='agent', DurationSeconds=43200)", "INCORRECT_PARAMETER"),
        ("sts_get_caller_identity", {"credentials": "expired"}, "cl('sts', key='ASIAEXPIRED').get_caller_identity()", "auth"),
        ("sts_get_caller_identity", {"credentials": "unknown key"}, "cl('sts', key='AKIADENIED').get_caller_identity()", "auth"),
        ("sts_get_caller_identity", {"credentials": None}, "import botocore.session\ns = botocore.session.Session()\ns.set_config_variable('credentials_file', '/nonexistent')\ns.set_config_variable('config_file', '/nonexistent')\nimport os\nfor k in ('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'): os.environ.pop(k, None)\nboto3.Session(botocore_session=s).client('sts', endpoint_url='http://127.0.0.1:47887', region_name='us-east-1', config=cfg).get_caller_identity()", "auth"),
        ("sns_publish", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:order-events", "Message": "x"}, "cl('sns').publish(TopicArn='arn:aws:sns:us-east-1:123456789012:order-events', Message='x')", "INCORRECT_PARAMETER"),
        ("sns_publish", {"TopicArn": "order-events", "Message": "x"}, "cl('sns').publish(TopicArn='order-events', Message='x')", "PARAMETER_FORMAT"),
        ("sns_publish", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:orders.fifo", "Message": "x"}, "cl('sns').publish(TopicArn='arn:aws:sns:us-east-1:123456789012:orders.fifo', Message='x')", "MISSING_PARAMETER"),
        ("sns_publish", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:denied-topic", "Message": "x"}, "cl('sns').publish(TopicArn='arn:aws:sns:us-east-1:123456789012:denied-topic', Message='x')", "permission"),
        ("sns_publish", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:throttle-topic", "Message": "x"}, "cl('sns').publish(TopicArn='arn:aws:sns:us-east-1:123456789012:throttle-topic', Message='x')", "rate_limit"),
        ("sns_publish", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:order-events"}, "cl('sns').publish(TopicArn='arn:aws:sns:us-east-1:123456789012:order-events')", "MISSING_PARAMETER"),
        ("sns_subscribe", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:order-events", "Protocol": "webhook"}, "cl('sns').subscribe(TopicArn='arn:aws:sns:us-east-1:123456789012:order-events', Protocol='webhook', Endpoint='https://hooks.example/x')", "INCORRECT_PARAMETER"),
        ("sns_create_topic", {"Name": "order events!"}, "cl('sns').create_topic(Name='order events!')", "PARAMETER_FORMAT"),
        ("sns_get_topic_attributes", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:order-events"}, "cl('sns').get_topic_attributes(TopicArn='arn:aws:sns:us-east-1:123456789012:order-events')", "server_error"),
        ("sns_publish", {"endpoint_url": f"http://127.0.0.1:{RESET_PORT}"}, f"cl('sns', url='http://127.0.0.1:{RESET_PORT}').publish(TopicArn='arn:aws:sns:us-east-1:123456789012:x', Message='x')", "network"),
        ("sns_publish", {"Message": {"default": "x"}, "MessageStructure": "json"}, "cl('sns').publish(TopicArn='arn:aws:sns:us-east-1:123456789012:x', Message={'default': 'x'}, MessageStructure='json')", "PARAMETER_FORMAT"),
        ("boto3_client", {"service": "secretmanager"}, "boto3.client('secretmanager', region_name='us-east-1')", "INCORRECT_PARAMETER"),
        ("boto3_client", {"service": "sqs", "region_name": None}, "import os\nos.environ.pop('AWS_DEFAULT_REGION', None)\nboto3.client('sqs', config=cfg, aws_access_key_id='x', aws_secret_access_key='y').list_queues()", "MISSING_PARAMETER"),
    ]
    drive(run, box, "py-aws", "py", aws, pre=B, env={"AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent", "AWS_EC2_METADATA_DISABLED": "true"})


# ---------------------------------------------------------------------------
# CLIs
# ---------------------------------------------------------------------------

def clis(run: Run, box: Sandbox) -> None:
    os.chmod(box.root, 0o755)
    d = box.mkdir("cli")
    a = ALIAS + "/cli"
    box.write(f"{d}/sql/orders.sql", "SELECT id, total FROM orders WHERE total > 10\n")
    box.write(f"{d}/sql/broken.sql", "SELEC id FROM orders WHERE\n")
    box.write(f"{d}/sql/.sqlfluff", "[sqlfluff]\ndialect = postgres\n")
    box.write(f"{d}/app/pyproject.toml", '[project]\nname = "corpus8-app"\nversion = "0.1.0"\nrequires-python = ">=3.9"\ndependencies = []\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n')
    box.write(f"{d}/app/src/corpus8_app/__init__.py", "")
    box.write(f"{d}/badtoml/pyproject.toml", '[project\nname = "x"\n')
    box.mkdir("cli", "empty")
    box.write(f"{d}/web/package.json", J({"name": "corpus8-web", "version": "1.0.0", "scripts": {"build": "echo build", "test": "exit 3"}, "dependencies": {}}))
    box.write(f"{d}/brokenpkg/package.json", '{"name": "x", "version": "1.0.0",}\n')
    box.write(f"{d}/prisma/schema.prisma", 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  posts Post[]\n}\n')
    box.write(f"{d}/prisma-ok/schema.prisma", 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n')
    box.write(f"{d}/flaskapp/app.py", "from flask import Flask\napp = Flask(__name__)\n@app.route('/')\ndef index():\n    return 'ok'\n")
    box.write(f"{d}/rootonly/notes.sql", "select 1\n", mode=0o600)
    box.sh(f"chmod 755 {d} {d}/sql {d}/app {d}/web")
    c = lambda tool, params, cmd, label, **kw: cli(run, tool, params, cmd, label, **kw)  # noqa: E731
    # sqlfluff
    c("sqlfluff_lint", {"path": "orders.sql", "dialect": None}, f"cd {d}/empty && cp ../sql/orders.sql . && sqlfluff lint orders.sql --disable-progress-bar", "MISSING_PARAMETER", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "orders.sql", "dialect": "postgress"}, f"cd {d}/sql && sqlfluff lint orders.sql --dialect postgress", "INCORRECT_PARAMETER", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "order.sql"}, f"cd {d}/sql && sqlfluff lint order.sql", "INCORRECT_PARAMETER", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "orders.sql", "rules": "LT99"}, f"cd {d}/sql && sqlfluff lint orders.sql --rules LT99", "INCORRECT_PARAMETER", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "orders.sql", "format": "xml"}, f"cd {d}/sql && sqlfluff lint orders.sql --format xml", "INCORRECT_PARAMETER", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "orders.sql", "processes": "four"}, f"cd {d}/sql && sqlfluff lint orders.sql --processes four", "PARAMETER_FORMAT", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "orders.sql", "max_line_len": 80}, f"cd {d}/sql && sqlfluff lint orders.sql --max-line-len 80", "PARAMETER_FORMAT", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "orders.sql", "config": "ci.sqlfluff"}, f"cd {d}/sql && sqlfluff lint orders.sql --config ci.sqlfluff", "INCORRECT_PARAMETER", needs=("sqlfluff",))
    c("sqlfluff_lint", {"path": "orders.sql", "templater": "jinja3"}, f"cd {d}/sql && sqlfluff lint orders.sql --templater jinja3", "INCORRECT_PARAMETER", needs=("sqlfluff",))
    c("sqlfluff_parse", {"path": "broken.sql"}, f"cd {d}/sql && sqlfluff parse broken.sql", "PARAMETER_FORMAT", needs=("sqlfluff",))
    c("sqlfluff_lnt", {"path": "orders.sql"}, f"cd {d}/sql && sqlfluff lnt orders.sql", "WRONG_TOOL_SELECTION", needs=("sqlfluff",))
    c("sqlfluff_fix", {"path": "orders.sql", "mount": "read-only"}, ro_bind(f"{d}/sql", f"cd {d}/sql && sqlfluff fix orders.sql -f --disable-progress-bar"), "read_only", needs=("sqlfluff",), display=f"sqlfluff fix {a}/sql/orders.sql -f")
    c("sqlfluff_lint", {"path": f"{a}/rootonly/notes.sql", "user": "nobody"}, shlex.join([*NOBODY, os.path.join(VENV_BIN, "sqlfluff"), "lint", f"{d}/rootonly/notes.sql", "--dialect", "ansi"]), "permission", needs=("sqlfluff", "setpriv"), display=f"sqlfluff lint {a}/rootonly/notes.sql --dialect ansi")
    c("sqlfluff_render", {"path": "orders.sql", "dialect": "ansi", "mode": "stdin"}, f"cd {d}/sql && sqlfluff render - --dialect ansi", "MISSING_PARAMETER", needs=("sqlfluff",), stdin="")
    # hatch
    c("hatch_build", {"cwd": f"{a}/empty"}, f"cd {d}/empty && hatch build", "MISSING_PREREQUISITE", needs=("hatch",))
    c("hatch_run", {"env": "docs", "cmd": "build"}, f"cd {d}/app && hatch run docs:build", "INCORRECT_PARAMETER", needs=("hatch",))
    c("hatch_version", {"bump": "patchy"}, f"cd {d}/app && hatch version patchy", "INCORRECT_PARAMETER", needs=("hatch",))
    c("hatch_new", {"name": "app", "cwd": a}, f"cd {d} && hatch new app", "WORKFLOW_SEQUENCE", needs=("hatch",))
    c("hatch_buidl", {}, f"cd {d}/app && hatch buidl", "WRONG_TOOL_SELECTION", needs=("hatch",))
    c("hatch_build", {"target": "rpm"}, f"cd {d}/app && hatch build -t rpm", "tls", needs=("hatch",))
    c("hatch_build", {"cwd": f"{a}/badtoml"}, f"cd {d}/badtoml && hatch build", "PARAMETER_FORMAT", needs=("hatch",))
    c("hatch_env_remove", {"env": "lint"}, f"cd {d}/app && hatch env remove lint", "INCORRECT_PARAMETER", needs=("hatch",))
    c("hatch_publish", {"repo": f"http://127.0.0.1:{C}/legacy/", "dist": "missing"}, f"cd {d}/app && hatch publish -r http://127.0.0.1:{C}/legacy/ -u agent -a token dist/nothing.whl", "INCORRECT_PARAMETER", needs=("hatch",))
    c("hatch_build", {"user": "nobody", "cwd": f"{a}/app"}, f"cd {d}/app && {shlex.join([*NOBODY, os.path.join(VENV_BIN, 'hatch'), 'build', '-t', 'sdist'])}", "permission", needs=("hatch", "setpriv"), display="hatch build -t sdist", env={"HOME": "/tmp"})
    # pdm
    c("pdm_remove", {"package": "requests"}, f"cd {d}/app && pdm remove requests --no-sync", "INCORRECT_PARAMETER", needs=("pdm",))
    c("pdm_run", {"script": "serve"}, f"cd {d}/app && pdm run serve", "INCORRECT_PARAMETER", needs=("pdm",))
    c("pdm_sync", {"lockfile": None}, f"cd {d}/app && pdm sync", "MISSING_PREREQUISITE", needs=("pdm",))
    c("pdm_use", {"python": "2.7"}, f"cd {d}/app && pdm use -f 2.7", "INCORRECT_PARAMETER", needs=("pdm",))
    c("pdm_instal", {}, f"cd {d}/app && pdm instal", "WRONG_TOOL_SELECTION", needs=("pdm",))
    c("pdm_list", {"fields": "name,size"}, f"cd {d}/app && pdm list --fields name,size", "INCORRECT_PARAMETER", needs=("pdm",))
    c("pdm_build", {"cwd": f"{a}/badtoml"}, f"cd {d}/badtoml && pdm build", "PARAMETER_FORMAT", needs=("pdm",))
    c("pdm_export", {"format": "poetry"}, f"cd {d}/app && pdm export -f poetry", "INCORRECT_PARAMETER", needs=("pdm",))
    # pipenv
    c("pipenv_venv", {"cwd": f"{a}/empty"}, f"cd {d}/empty && pipenv --venv", "MISSING_PREREQUISITE", needs=("pipenv",))
    c("pipenv_instal", {}, f"cd {d}/empty && pipenv instal requests", "WRONG_TOOL_SELECTION", needs=("pipenv",))
    c("pipenv_run", {"cwd": f"{a}/empty", "cmd": "pytest"}, f"cd {d}/empty && PIPENV_IGNORE_VIRTUALENVS=1 pipenv --where", "MISSING_PREREQUISITE", needs=("pipenv",))
    c("pipenv_requirements", {"cwd": f"{a}/empty"}, f"cd {d}/empty && pipenv requirements", "MISSING_PREREQUISITE", needs=("pipenv",))
    # pnpm
    c("pnpm_run", {"script": "lint"}, f"cd {d}/web && pnpm run lint", "INCORRECT_PARAMETER", needs=("pnpm",))
    c("pnpm_install", {"cwd": f"{a}/empty"}, f"cd {d}/empty && pnpm install", "MISSING_PREREQUISITE", needs=("pnpm",))
    c("pnpm_install", {"frozen_lockfile": True}, f"cd {d}/web && pnpm install --frozen-lockfile", "MISSING_PREREQUISITE", needs=("pnpm",))
    c("pnpm_install", {"cwd": f"{a}/brokenpkg"}, f"cd {d}/brokenpkg && pnpm install", "PARAMETER_FORMAT", needs=("pnpm",))
    c("pnpm_remove", {"package": "lodash"}, f"cd {d}/web && pnpm remove lodash", "INCORRECT_PARAMETER", needs=("pnpm",))
    c("pnpm_add", {"package": "corpus8-widget@^9", "registry": f"{H}/npm/"}, f"cd {d}/web && pnpm add corpus8-widget@^9 --registry {H}/npm/", "INCORRECT_PARAMETER", needs=("pnpm",), timeout=60)
    c("pnpm_add", {"package": "corpus8-missing-lib", "registry": f"{H}/npm/"}, f"cd {d}/web && pnpm add corpus8-missing-lib --registry {H}/npm/", "INCORRECT_PARAMETER", needs=("pnpm",), timeout=60)
    c("pnpm_add", {"package": "corpus8-private-sdk", "registry": f"{H}/npm/"}, f"cd {d}/web && pnpm add corpus8-private-sdk --registry {H}/npm/", "auth", needs=("pnpm",), timeout=60)
    c("pnpm_add", {"package": "corpus8-broken-pkg", "registry": f"{H}/npm/"}, f"cd {d}/web && pnpm add corpus8-broken-pkg --registry {H}/npm/", "server_error", needs=("pnpm",), timeout=20)  # pnpm retries for minutes: skipped when it does
    c("pnpm_add", {"package": "left-pad", "registry": f"http://127.0.0.1:{C}/"}, f"cd {d}/web && pnpm add left-pad --registry http://127.0.0.1:{C}/", "network", needs=("pnpm",), timeout=20)  # pnpm retries for minutes: skipped when it does
    c("pnpm_add", {"package": "left-pad", "registry": f"http://registry.{NOHOST}/"}, f"cd {d}/web && pnpm add left-pad --registry http://registry.{NOHOST}/", "dns", needs=("pnpm",), timeout=20)  # pnpm retries for minutes: skipped when it does
    c("pnpm_add", {"package": "left-pad", "registry": f"http://127.0.0.1:{HANG_PORT}/", "fetch_timeout": 2000}, f"cd {d}/web && pnpm add left-pad --registry http://127.0.0.1:{HANG_PORT}/", "timeout", needs=("pnpm",), timeout=20)  # pnpm retries for minutes: skipped when it does
    c("pnpm_add", {"package": "left pad"}, f"cd {d}/web && pnpm add 'left pad' --registry {H}/npm/", "PARAMETER_FORMAT", needs=("pnpm",), timeout=60)
    c("pnpm_exec", {"bin": "vitest"}, f"cd {d}/web && pnpm exec vitest", "MISSING_PREREQUISITE", needs=("pnpm",))
    c("pnpm_filter_run", {"filter": "@corpus8/api", "script": "build"}, f"cd {d}/web && pnpm --filter @corpus8/api run build", "INCORRECT_PARAMETER", needs=("pnpm",))
    c("pnpm_install", {"mount": "read-only"}, ro_bind(f"{d}/web", f"cd {d}/web && pnpm install --offline"), "read_only", needs=("pnpm",), display="pnpm install --offline")
    c("pnpm_install", {"user": "nobody"}, f"cd {d}/web && {shlex.join([*NOBODY, os.path.join(NODE_BIN, 'pnpm'), 'install', '--offline'])}", "permission", needs=("pnpm", "setpriv"), display="pnpm install --offline", env={"HOME": "/tmp/corpus8-nobody-home"})
    # yarn (classic)
    c("yarn_run", {"script": "lint"}, f"cd {d}/web && yarn run lint", "INCORRECT_PARAMETER", needs=("yarn",))
    c("yarn_remove", {"package": "lodash"}, f"cd {d}/web && yarn remove lodash", "WORKFLOW_SEQUENCE", needs=("yarn",))
    c("yarn_add", {"package": "corpus8-missing-lib", "registry": f"{H}/npm/"}, f"cd {d}/web && yarn add corpus8-missing-lib --registry {H}/npm/ --non-interactive", "INCORRECT_PARAMETER", needs=("yarn",), timeout=60)
    c("yarn_add", {"package": "corpus8-widget@^9", "registry": f"{H}/npm/"}, f"cd {d}/web && yarn add corpus8-widget@^9 --registry {H}/npm/ --non-interactive", "INCORRECT_PARAMETER", needs=("yarn",), timeout=60)
    c("yarn_add", {"package": "left-pad", "registry": f"http://127.0.0.1:{C}/"}, f"cd {d}/web && yarn add left-pad --registry http://127.0.0.1:{C}/ --non-interactive --network-timeout 3000", "network", needs=("yarn",), timeout=90)
    c("yarn_install", {"frozen_lockfile": True}, f"cd {d}/web && yarn install --frozen-lockfile --offline --non-interactive", "MISSING_PREREQUISITE", needs=("yarn",))
    c("yarn_workspace", {"workspace": "api", "script": "build"}, f"cd {d}/web && yarn workspace api build", "MISSING_PREREQUISITE", needs=("yarn",))
    c("yarn_install", {"cwd": f"{a}/brokenpkg"}, f"cd {d}/brokenpkg && yarn install --offline --non-interactive", "PARAMETER_FORMAT", needs=("yarn",))
    c("yarn_upgrade", {"package": "react"}, f"cd {d}/web && yarn upgrade react --offline", "WORKFLOW_SEQUENCE", needs=("yarn",))
    # prisma
    c("prisma_validate", {"cwd": f"{a}/empty"}, f"cd {d}/empty && prisma validate", "dns", needs=("prisma",), timeout=60)
    c("prisma_validate", {"schema": "prisma/schema.prisma"}, f"cd {d}/prisma && prisma validate --schema schema.prisma", "dns", needs=("prisma",), env={"DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/test"}, timeout=60)
    c("prisma_db_pull", {"schema": "schema.prisma", "DATABASE_URL": None}, f"cd {d}/prisma-ok && prisma db pull --schema schema.prisma", "dns", needs=("prisma",), timeout=60)
    c("prisma_migrate_status", {"DATABASE_URL": f"postgresql://postgres@127.0.0.1:{C}/test"}, f"cd {d}/prisma-ok && prisma migrate status --schema schema.prisma", "dns", needs=("prisma",), env={"DATABASE_URL": f"postgresql://postgres@127.0.0.1:{C}/test"}, timeout=60)
    c("prisma_generte", {}, f"cd {d}/prisma-ok && prisma generte", "WRONG_TOOL_SELECTION", needs=("prisma",), timeout=60)
    c("prisma_migrate_dev", {"name": "init", "non_interactive": True}, f"cd {d}/prisma-ok && prisma migrate dev --name init --schema schema.prisma", "dns", needs=("prisma",), env={"DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/test"}, timeout=90)
    # playwright CLI, flask CLI, pwiz, azurite
    c("playwright_screenshot_cli", {"url": f"{H}/page/home", "out": "home.png"}, f"cd {d} && playwright screenshot {H}/page/home home.png", "MISSING_PREREQUISITE", needs=("playwright",), timeout=60)
    c("playwright_install", {"browser": "chromeium"}, f"cd {d} && playwright install chromeium", "INCORRECT_PARAMETER", needs=("playwright",), timeout=60)
    c("playwright_show_trace", {"trace": "trace.zip", "cmd": "show-trace"}, f"cd {d} && playwright open --help >/dev/null && playwright codegn", "WRONG_TOOL_SELECTION", needs=("playwright",), timeout=60)
    c("flask_routes", {"cwd": f"{a}/empty"}, f"cd {d}/empty && flask routes", "MISSING_PREREQUISITE", needs=("flask",))
    c("flask_routes", {"app": "shop"}, f"cd {d}/flaskapp && flask --app shop routes", "INCORRECT_PARAMETER", needs=("flask",))
    c("flask_routs", {"app": "app"}, f"cd {d}/flaskapp && flask --app app routs", "WRONG_TOOL_SELECTION", needs=("flask",))
    c("flask_run", {"app": "app", "port": "eighty"}, f"cd {d}/flaskapp && flask --app app run --port eighty", "PARAMETER_FORMAT", needs=("flask",))
    c("flask_run", {"app": "app:create_app"}, f"cd {d}/flaskapp && flask --app app:create_app routes", "INCORRECT_PARAMETER", needs=("flask",))
    c("pwiz", {"engine": "mysql", "port": C, "database": "test"}, f"pwiz -e mysql -H 127.0.0.1 -p {C} -u root test", "network", needs=("pwiz",))
    c("pwiz", {"engine": "postgresql", "database": "test"}, "pwiz -e postgresql -H 127.0.0.1 -u postgres test", "MISSING_PREREQUISITE", needs=("pwiz",))
    c("pwiz", {"engine": "mysql", "database": "inventory"}, "pwiz -e mysql -H 127.0.0.1 -u root inventory", "MISSING_PREREQUISITE", needs=("pwiz",))
    c("pwiz", {"engine": "oracle", "database": "test"}, "pwiz -e oracle test", "INCORRECT_PARAMETER", needs=("pwiz",))
    c("azurite_blob", {"blobPort": HTTP_PORT, "note": "port already in use"}, f"cd {d} && timeout 8 azurite-blob --blobHost 127.0.0.1 --blobPort {HTTP_PORT} --location {d}/az2 --silent", "WORKFLOW_SEQUENCE", needs=("azurite-blob",))




GROUPS: list[Callable[[Run, Sandbox], None]] = [
    node_services, node_orm, node_http, puppeteer, py_async, py_browser, web_clients, orms, cloud, clis,
]


def generate() -> list[Row]:
    with Sandbox("corpus8-") as box, Helpers() as helpers:
        box.env = base_env(box)
        tls = start_helpers(helpers, box)
        azurite = start_azurite(box)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro"))}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        try:
            run.groups(GROUPS, os.environ.get("CORPUS_EIGHTH_ONLY"))
        finally:
            if azurite is not None:
                azurite.kill()
                azurite.wait()
            delete_redis_keys(PREFIX)
        return run.rows
