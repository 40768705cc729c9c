"""Batch "sixth": a sixth blind batch, where agents live: MCP servers, SDK exception tails, more CLIs.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch sixth -o tests/corpus/sixth_errors.jsonl``

What is run (every row is a real call made wrongly; nothing is hand-written unless ``DOCUMENTED``):

- ``source: mcp`` -- real MCP servers over stdio, driven with the ``mcp`` Python client (2.x,
  ``mcp.client.stdio`` + ``ClientSession``): the npm reference servers
  ``@modelcontextprotocol/server-filesystem``, ``-memory``, ``-everything``,
  ``-sequential-thinking`` (2026.8.31), ``-postgres`` (0.6.2, against the local PostgreSQL),
  ``-redis`` and ``-gitlab`` (2025.4.25, the latter against a local fake GitLab API); the PyPI
  servers ``mcp-server-git`` (2026.10.19), ``mcp-server-fetch`` (2026.10.24, against the local
  HTTP helpers), ``mcp-server-time`` (2026.10.19) and ``mcp-server-sqlite`` (2025.4.25, which
  needs ``mcp<2`` and so has a venv of its own).  The message is the text of a result with
  ``isError: true``; a JSON-RPC error raised to the client is shown as ``MCP error <code>: <message>``
  (the wording the TypeScript SDK and most hosts use).
- ``source: sdk`` -- SDK calls run in a subprocess with the tools venv's interpreter; the message is
  what a tool wrapper returns: ``Error: <ExcClass>: <str(exc)>``, or the tail of the traceback.
  redis-py vs the local Redis (keys ``corpus6:*``, deleted afterwards) and a fake RESP server;
  psycopg 3 / psycopg2 vs the local PostgreSQL (``postgres@test``, temporary tables only);
  PyMySQL / mysql-connector vs the local MariaDB (root, ``test``, temporary tables only); pika vs
  RabbitMQ (guest, exclusive/auto-delete queues only); paho-mqtt vs Mosquitto; nats-py vs NATS
  with JetStream (streams ``CORPUS6_*``, deleted afterwards); boto3/botocore, stripe, slack_sdk,
  openai, anthropic, httpx, elasticsearch against the local fake HTTP servers below (their
  documented error bodies) or closed ports; SQLAlchemy, pydantic, jsonschema, pymongo and
  kafka-python (closed ports).
- ``source: cli`` -- PostgreSQL client tools (pg_dump, pg_restore, createdb, dropdb, psql),
  mysqldump/mariadb-admin, mosquitto_pub/sub, rabbitmqadmin, uv, poetry, pipx, alembic,
  django-admin, ruff, black, mypy, terraform (no providers, offline), rustup, cargo subcommands,
  mvn (offline), ctest, gpg, git plumbing commands, npm subcommands, docker (no daemon here).
- infrastructure variants of the same CLIs and SDKs: as uid 65534 in root-owned directories, on read-only
  bind mounts and a tiny tmpfs (``unshare -m``), against npm registries / package indexes on the local
  fake answering 503/401/403/429, never answering, closed or behind a self-signed certificate.

No row is hand-written (``DOCUMENTED`` is empty).  Provenance, counts and the labelling calls worth a
second look: tests/corpus/sixth_PROVENANCE.md (the writer's provenance notes, copied beside the rows).

Local helpers on 127.0.0.1: 47861 HTTP (fake Stripe/Slack/OpenAI/Anthropic/GitLab/Elasticsearch
and plain status routes), 47862 the same behind TLS (self-signed), 47863 a listener that never
accepts, 47864 one that accepts and never answers, 47865 one that resets every connection, 47866 a
RESP server answering READONLY/LOADING/NOAUTH/OOM/..., 47867 a fake S3 (XML errors), 47868 a
fake DynamoDB (JSON errors), 47869 a closed port.

The MCP servers, SDKs and tools live outside the project: a tools directory (``CORPUS_SIXTH_TOOLS``,
default ``.corpus-tools/sixth`` under the repository root) holding ``venv/`` (pip install -r tests/corpus/batches/sixth_requirements.txt),
``venv-sqlite/`` (mcp-server-sqlite with ``mcp<2``) and ``node/`` (npm install with
sixth_package.json).  A family whose tools are missing is skipped with a note on stderr.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import shutil
import textwrap
import time
from pathlib import Path
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable, Mapping, Sequence

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, make_row
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import Sandbox, can_setpriv, can_unshare, have, tool_env
from tests.corpus.harness.servers import Helpers, J, NGINX_502, Reply, Request, port_open, self_signed

NAME = "sixth"
ALIAS = "/tmp/corpus6"
(HTTP_PORT, TLS_PORT, SILENT_PORT, HANG_PORT, RESET_PORT, RESP_PORT, S3_PORT, DDB_PORT,
 CLOSED_PORT) = range(47861, 47870)
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
TOOLS = os.environ.get("CORPUS_SIXTH_TOOLS", str(Path(__file__).resolve().parents[3] / ".corpus-tools" / "sixth"))
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
SQLITE_BIN = os.path.join(TOOLS, "venv-sqlite", "bin")
NODE_BIN = os.path.join(TOOLS, "node", "node_modules", ".bin")
SDK_PY = os.path.join(VENV_BIN, "python")
PREFIX = "corpus6"


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(r"^npm (?:error|ERR!) A complete log of this run can be found in:.*$\n?", re.M), ""),
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(r"req_[0-9a-f]{24}"), "req_0123456789abcdef01234567"),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780)


def base_env(box: Sandbox) -> dict[str, str]:
    """A clean environment: a private HOME with a fixed git identity, no proxies, no cloud credentials."""
    return {
        **tool_env(box, "agent@corpus6.example", path_prefix=VENV_BIN),
        "UV_OFFLINE": "1",
        "UV_NO_PROGRESS": "1",
        "UV_CACHE_DIR": box.path("uv-cache"),
        "POETRY_VIRTUALENVS_IN_PROJECT": "true",
        "POETRY_NO_INTERACTION": "1",
        "PIPX_HOME": box.path("pipx"),
        "PIPX_BIN_DIR": box.path("pipx", "bin"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "TF_IN_AUTOMATION": "1",
        "CHECKPOINT_DISABLE": "1",
    }



# ---------------------------------------------------------------------------
# local fake services: documented error bodies of the SaaS APIs the SDKs call
# ---------------------------------------------------------------------------

def stripe_err(status: int, type_: str, message: str, code: str | None = None, param: str | None = None,
               **extra: Any) -> tuple[int, dict[str, str], str]:
    err: dict[str, Any] = {"type": type_, "message": message}
    if code:
        err["code"] = code
        err["doc_url"] = f"https://stripe.com/docs/error-codes/{code.replace('_', '-')}"
    if param:
        err["param"] = param
    err.update(extra)
    err["request_log_url"] = "https://dashboard.stripe.com/test/logs/req_7VQeY1B2c3D4e5?t=1733050000"
    return status, {"Request-Id": "req_7VQeY1B2c3D4e5"}, J({"error": err})


def oai_err(status: int, message: str, type_: str, param: str | None = None, code: str | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    return status, dict(headers or {}), J({"error": {"message": message, "type": type_, "param": param, "code": code}})


def ant_err(status: int, type_: str, message: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    return status, {"request-id": "req_011CUz5k8p3d7Qw2XfYb9Zt4", **(headers or {})}, J(
        {"type": "error", "error": {"type": type_, "message": message}, "request_id": "req_011CUz5k8p3d7Qw2XfYb9Zt4"})


def gl(status: int, body: Any) -> tuple[int, dict[str, str], str]:
    return status, {}, body if isinstance(body, str) else J(body)


def es(status: int, type_: str, reason: str, **extra: Any) -> tuple[int, dict[str, str], str]:
    cause = {"type": type_, "reason": reason, **extra}
    return status, {"X-Elastic-Product": "Elasticsearch"}, J({"error": {"root_cause": [cause], **cause}, "status": status})



# route -> (status, headers, body); a prefix match on the path ("/openai/404model/" routes every call below it)
ROUTES: dict[str, tuple[int, dict[str, str], str]] = {
    # Stripe (bodies as in Stripe's API reference "Errors")
    "/stripe/v1/customers/cus_Q4x1missing": stripe_err(404, "invalid_request_error", "No such customer: 'cus_Q4x1missing'",
                                                       "resource_missing", "id"),
    "/stripe/v1/customers": stripe_err(400, "invalid_request_error", "Invalid email address: jane.doe@", "email_invalid", "email"),
    "/stripe/v1/payment_intents": stripe_err(400, "invalid_request_error", "Missing required param: amount.",
                                             "parameter_missing", "amount"),
    "/stripe/v1/prices": stripe_err(400, "invalid_request_error", "Invalid integer: 19.99", "parameter_invalid_integer",
                                    "unit_amount"),
    "/stripe/v1/refunds": stripe_err(400, "invalid_request_error", "Charge ch_3Q4xRefunded has already been refunded.",
                                     "charge_already_refunded", "charge"),
    "/stripe/v1/payment_intents/pi_3Q4xSucceeded/confirm": stripe_err(
        400, "invalid_request_error",
        "This PaymentIntent's payment_method could not be updated because it has a status of succeeded. You may only update the payment_method of a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation, requires_action.",
        "payment_intent_unexpected_state", None),
    "/stripe/v1/subscriptions": stripe_err(400, "invalid_request_error",
                                           "This customer has no attached payment source or default payment method. Please consider adding a default payment method.",
                                           "resource_missing", None),
    "/stripe/v1/invoices": stripe_err(401, "invalid_request_error",
                                      "Invalid API Key provided: sk_test_****************************4eC3"),
    "/stripe/v1/charges": stripe_err(429, "invalid_request_error",
                                     "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
                                     "rate_limit"),
    "/stripe/v1/balance": stripe_err(500, "api_error", "An unknown error occurred"),
    "/stripe/v1/products": stripe_err(400, "idempotency_error",
                                      "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'order-1042' if you meant to execute a different request."),
    "/stripe/v1/coupons": stripe_err(400, "invalid_request_error", "Coupon already exists.", "resource_already_exists", "id"),
    "/stripe/v1/accounts": stripe_err(403, "invalid_request_error",
                                      "The provided key 'rk_test_****************************Zx9' does not have the required permissions for this endpoint on account 'acct_1Q4x'. Having the 'rak_connected_account_write' permission would allow this request to continue.",
                                      "secret_key_required"),
    # OpenAI (bodies as the API returns them)
    "/openai/model404/": oai_err(404, "The model `gpt-4.5-turbo-mini` does not exist or you do not have access to it.",
                                 "invalid_request_error", None, "model_not_found"),
    "/openai/nomessages/": oai_err(400, "Missing required parameter: 'messages'.", "invalid_request_error", "messages",
                                   "missing_required_parameter"),
    "/openai/badtemp/": oai_err(400, "Invalid type for 'temperature': expected a decimal, but got a string instead.",
                                "invalid_request_error", "temperature", "invalid_type"),
    "/openai/badrole/": oai_err(400, "Invalid value: 'bot'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.",
                                "invalid_request_error", "messages[0].role", "invalid_value"),
    "/openai/context/": oai_err(400, "This model's maximum context length is 8192 tokens. However, your messages resulted in 12611 tokens. Please reduce the length of the messages.",
                                "invalid_request_error", "messages", "context_length_exceeded"),
    "/openai/toolorder/": oai_err(400, "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
                                  "invalid_request_error", "messages.[1].role", None),
    "/openai/badkey/": oai_err(401, "Incorrect API key provided: sk-proj-********************************ab12. You can find your API key at https://platform.openai.com/account/api-keys.",
                               "invalid_request_error", None, "invalid_api_key"),
    "/openai/ratelimit/": oai_err(429, "Rate limit reached for gpt-4o in organization org-Corpus6 on tokens per min (TPM): Limit 30000, Used 29812, Requested 1416. Please try again in 2.456s. Visit https://platform.openai.com/account/rate-limits to learn more.",
                                  "tokens", None, "rate_limit_exceeded", {"retry-after": "3"}),
    "/openai/quota/": oai_err(429, "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
                              "insufficient_quota", None, "insufficient_quota"),
    "/openai/server/": oai_err(500, "The server had an error while processing your request. Sorry about that!", "server_error"),
    "/openai/overloaded/": (503, {}, J({"error": {"message": "The engine is currently overloaded, please try again later.", "type": "server_error", "param": None, "code": None}})),
    "/openai/file404/": oai_err(404, "No such File object: file-7Hx2missing", "invalid_request_error", "id", None),
    "/openai/badpurpose/": oai_err(400, "'fine_tune' is not one of ['fine-tune', 'assistants', 'batch', 'user_data', 'vision', 'evals'] - 'purpose'",
                                   "invalid_request_error", None, None),
    # Anthropic (bodies as in the API's "Errors" page)
    "/anthropic/model404/": ant_err(404, "not_found_error", "model: claude-3-opus-latest-2"),
    "/anthropic/maxtokens/": ant_err(400, "invalid_request_error", "max_tokens: 250000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-5-20250929"),
    "/anthropic/alternate/": ant_err(400, "invalid_request_error", "messages: roles must alternate between \"user\" and \"assistant\", but found multiple \"user\" roles in a row"),
    "/anthropic/emptycontent/": ant_err(400, "invalid_request_error", "messages.0: all messages must have non-empty content except for the optional final assistant message"),
    "/anthropic/tooluse/": ant_err(400, "invalid_request_error", "messages.2.content.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_01Abc. Each `tool_result` block must have a corresponding `tool_use` block in the previous message."),
    "/anthropic/badkey/": ant_err(401, "authentication_error", "invalid x-api-key"),
    "/anthropic/forbidden/": ant_err(403, "permission_error", "Your API key does not have permission to use the specified resource."),
    "/anthropic/ratelimit/": ant_err(429, "rate_limit_error", "This request would exceed the rate limit for your organization (5b0c1a7e-2f4d-4e0a-9c1b-3d2e1f0a9b8c) of 40,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.",
                                     {"retry-after": "12"}),
    "/anthropic/overloaded/": ant_err(529, "overloaded_error", "Overloaded"),
    "/anthropic/apierror/": ant_err(500, "api_error", "Internal server error"),
    "/anthropic/toolarge/": ant_err(413, "request_too_large", "Request exceeds the maximum allowed number of bytes."),
    # GitLab v4 (for @modelcontextprotocol/server-gitlab)
    "/gitlab/api/v4/projects/acme%2Fpayments-eof/": gl(404, {"message": "404 File Not Found"}),
    "/gitlab/api/v4/projects/acme%2Fghost/": gl(404, {"message": "404 Project Not Found"}),
    "/gitlab/api/v4/projects/acme%2Fpayments/issues": gl(400, {"message": {"title": ["can't be blank"]}}),
    "/gitlab/api/v4/projects/acme%2Fpayments/merge_requests": gl(409, {"message": ["Another open merge request already exists for this source branch: !57"]}),
    "/gitlab/api/v4/projects/acme%2Fpayments/repository/branches": gl(400, {"message": "Branch already exists"}),
    "/gitlab/api/v4/projects/acme%2Fpayments/fork": gl(409, {"message": {"name": ["has already been taken"], "path": ["has already been taken"]}}),
    "/gitlab/api/v4/projects/acme%2Fpayments/repository/tree": gl(404, {"message": "404 Tree Not Found"}),
    "/gitlab/api/v4/projects/acme%2Fpayments/repository/commits": gl(400, {"message": "You can only create or edit files when you are on a branch"}),
    "/gitlab/api/v4/projects/acme%2Fsecret/": gl(403, {"message": "403 Forbidden"}),
    "/gitlab/api/v4/projects/acme%2Flocked/": gl(401, {"message": "401 Unauthorized"}),
    "/gitlab/api/v4/projects/acme%2Fbusy/": gl(429, "Retry later\n"),
    "/gitlab/api/v4/projects/acme%2Fbroken/": gl(500, {"message": "500 Internal Server Error"}),
    "/gitlab/api/v4/projects": gl(502, NGINX_502),
    # Elasticsearch (error bodies as the REST API returns them)
    "/es/missing/": es(404, "index_not_found_exception", "no such index [orders-2026.11]", index="orders-2026.11",
                       **{"resource.type": "index_or_alias", "resource.id": "orders-2026.11", "index_uuid": "_na_"}),
    "/es/exists/": es(400, "resource_already_exists_exception", "index [orders/Xb3kQ2p1Rz2Cq0m9aYv8Fw] already exists",
                      index="orders", index_uuid="Xb3kQ2p1Rz2Cq0m9aYv8Fw"),
    "/es/mapping/": es(400, "mapper_parsing_exception", "failed to parse field [created_at] of type [date] in document with id '17'. Preview of field's value: 'yesterday'"),
    "/es/query/": es(400, "parsing_exception", "unknown query [match_phrase_prefixx]", line=1, col=30),
    "/es/auth/": es(401, "security_exception", "unable to authenticate user [elastic] for REST request [/orders/_search]"),
    "/es/forbidden/": es(403, "security_exception", "action [indices:data/write/index] is unauthorized for user [reader] with effective roles [viewer] on indices [orders], this action is granted by the index privileges [create_doc,create,index,write,all]"),
    "/es/busy/": es(429, "es_rejected_execution_exception", "rejected execution of coordinating operation [coordinating_and_primary_bytes=107374182, replica_bytes=0, all_bytes=107374182, coordinating_operation_bytes=1048576, max_coordinating_and_primary_bytes=107374182]"),
    "/es/red/": es(503, "cluster_block_exception", "blocked by: [SERVICE_UNAVAILABLE/2/no master];"),
    "/es/readonly/": es(429, "cluster_block_exception", "index [orders] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"),
    # plain status routes (mcp-server-fetch, httpx)
    "/status/404": (404, {"Content-Type": "text/html"}, "<html><body><h1>Not Found</h1><p>The page /docs/v9/intro does not exist.</p></body></html>"),
    "/status/401": (401, {"WWW-Authenticate": "Basic realm=\"intranet\"", "Content-Type": "text/html"}, "<html><body><h1>401 Authorization Required</h1></body></html>"),
    "/status/403": (403, {"Content-Type": "text/html"}, "<html><body><h1>403 Forbidden</h1><p>You don't have permission to access this resource.</p></body></html>"),
    "/status/429": (429, {"Retry-After": "60", "Content-Type": "text/html"}, "<html><body><h1>429 Too Many Requests</h1></body></html>"),
    "/status/500": (500, {"Content-Type": "text/html"}, "<html><body><h1>500 Internal Server Error</h1></body></html>"),
    "/status/502": (502, {"Content-Type": "text/html"}, NGINX_502),
    "/status/503": (503, {"Content-Type": "text/html", "Retry-After": "120"}, "<html><body><h1>503 Service Unavailable</h1><p>Maintenance until 15:00 UTC.</p></body></html>"),
    "/status/410": (410, {"Content-Type": "text/html"}, "<html><body><h1>410 Gone</h1></body></html>"),
    "/status/422": (422, {}, J({"detail": [{"type": "missing", "loc": ["body", "sku"], "msg": "Field required", "input": {"qty": 2}}]})),
    "/robots-private/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /\n"),
    "/npm503/": (503, {"Content-Type": "text/html"}, "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>"),
    "/npm401/": (401, {"WWW-Authenticate": "Bearer realm=\"npm\""}, J({"error": "Unauthorized: authentication token is invalid or expired"})),
    "/npm403/": (403, {}, J({"error": "Forbidden: you do not have read access to this package"})),
    "/npm429/": (429, {"Retry-After": "60"}, J({"error": "Too Many Requests"})),
    "/pypi503/": (503, {"Content-Type": "text/html"}, "<html><body><h1>503 Service Unavailable</h1></body></html>"),
    "/pypi401/": (401, {"WWW-Authenticate": "Basic realm=\"pypi\"", "Content-Type": "text/html"}, "<html><body>401 Unauthorized</body></html>"),
    "/pypi403/": (403, {"Content-Type": "text/html"}, "<html><body>403 Forbidden</body></html>"),
    "/openai/badgateway/": (502, {"Content-Type": "text/html"}, NGINX_502),
    "/anthropic/badgateway/": (502, {"Content-Type": "text/html"}, NGINX_502),
    "/page": (200, {"Content-Type": "text/html"}, "<html><body><h1>Docs</h1><p>Hello.</p></body></html>"),
}


def route(req: Request) -> Reply:
    path = req.path
    if path.startswith("/slack/"):
        return slack_route(req)
    if path == "/slow":
        time.sleep(8)
    hit = ROUTES.get(path)
    if hit is None:
        prefixes = [p for p in ROUTES if p.endswith("/") and path.startswith(p)]
        hit = ROUTES[max(prefixes, key=len)] if prefixes else None
    if hit is None and path.startswith("/es/") and path.count("/") >= 2:
        hit = None
    if hit is None:
        if path.endswith("/robots.txt"):
            return Reply(404, "", "text/plain")
        return Reply(404, J({"message": "404 Not Found"}), "application/json")
    status, headers, body = hit
    ctype = headers.get("Content-Type") or ("application/json" if body[:1] in "{[" else "text/plain")
    return Reply(status, body, ctype, {k: v for k, v in headers.items() if k != "Content-Type"})


def slack_route(req: Request) -> Reply:
    """``/slack/<error>/api/<method>``: Slack answers 200 with ``{"ok": false, "error": ...}``."""
    parts = req.path.split("/")
    error = parts[2] if len(parts) > 2 else "unknown_method"
    if error == "ratelimited":
        return Reply(429, J({"ok": False, "error": "ratelimited"}), "application/json", {"Retry-After": "30"})
    if error == "service_unavailable":
        return Reply(503, "<html><body>Slack is temporarily unavailable</body></html>", "text/html")
    if error == "fatal_error":
        return Reply(500, J({"ok": False, "error": "fatal_error"}), "application/json")
    body: dict[str, Any] = {"ok": False, "error": error}
    if error == "invalid_blocks":
        body["errors"] = ["must provide an object [json-pointer:/blocks/0/text]"]
        body["response_metadata"] = {"messages": ["[ERROR] must provide an object [json-pointer:/blocks/0/text]"]}
    if error == "missing_scope":
        body.update({"needed": "chat:write", "provided": "channels:read,users:read"})
    if error == "invalid_arguments":
        body["response_metadata"] = {"messages": ["[ERROR] missing required field: channel"]}
    return Reply(200, J(body), "application/json")


S3_ERRORS: dict[str, tuple[int, str, str]] = {
    "corpus6-missing-bucket": (404, "NoSuchBucket", "The specified bucket does not exist"),
    "corpus6-private": (403, "AccessDenied", "Access Denied"),
    "corpus6-badkey": (403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."),
    "corpus6-badsig": (403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method."),
    "corpus6-expired": (400, "ExpiredToken", "The provided token has expired."),
    "corpus6-mine": (409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it."),
    "corpus6-slow": (503, "SlowDown", "Please reduce your request rate."),
    "corpus6-internal": (500, "InternalError", "We encountered an internal error. Please try again."),
    "corpus6-notempty": (409, "BucketNotEmpty", "The bucket you tried to delete is not empty"),
    "corpus6-quota": (400, "TooManyBuckets", "You have attempted to create more buckets than allowed"),
    "corpus6-region": (400, "AuthorizationHeaderMalformed", "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'"),
    "corpus6-range": (416, "InvalidRange", "The requested range is not satisfiable"),
    "corpus6-versioned": (400, "InvalidArgument", "Invalid version id specified"),
}


def s3_route(req: Request) -> Reply:
    parts = req.path.lstrip("/").split("/", 1)
    bucket, key = parts[0], (parts[1] if len(parts) > 1 else "")
    if bucket == "corpus6-data" and key:
        code, status, msg = "NoSuchKey", 404, "The specified key does not exist."
    elif bucket in S3_ERRORS:
        status, code, msg = S3_ERRORS[bucket]
    else:
        return Reply(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListAllMyBucketsResult></ListAllMyBucketsResult>",
                     "application/xml")
    extra = f"<Key>{key}</Key>" if code == "NoSuchKey" else f"<BucketName>{bucket}</BucketName>"
    body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{msg}</Message>{extra}"
            f"<RequestId>4442587FB7D0A2F9</RequestId><HostId>corpus6host=</HostId></Error>")
    return Reply(status, "" if req.method == "HEAD" else body, "application/xml",
                 {"x-amz-request-id": "4442587FB7D0A2F9"})


DDB_ERRORS: dict[str, tuple[int, str, str]] = {
    "Orders_v2": (400, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "Requested resource not found: Table: Orders_v2 not found"),
    "OrdersBadKey": (400, "com.amazon.coral.validate#ValidationException", "The provided key element does not match the schema"),
    "OrdersHot": (400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."),
    "OrdersCond": (400, "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", "The conditional request failed"),
    "OrdersExists": (400, "com.amazonaws.dynamodb.v20120810#ResourceInUseException", "Table already exists: OrdersExists"),
    "OrdersBadExpr": (400, "com.amazon.coral.validate#ValidationException", "Invalid UpdateExpression: Syntax error; token: \"=\", near: \"SET = :v\""),
    "OrdersAttr": (400, "com.amazon.coral.validate#ValidationException", "ExpressionAttributeValues contains invalid key: Syntax error; key: \"status\""),
    "OrdersDenied": (400, "com.amazon.coral.service#AccessDeniedException", "User: arn:aws:iam::123456789012:user/agent is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/OrdersDenied because no identity-based policy allows the dynamodb:PutItem action"),
    "OrdersToken": (400, "com.amazon.coral.service#UnrecognizedClientException", "The security token included in the request is invalid."),
    "OrdersThrottle": (400, "com.amazon.coral.availability#ThrottlingException", "Rate of requests exceeds the allowed throughput."),
    "OrdersDown": (500, "com.amazon.coral.service#InternalFailure", "The request processing has failed because of an unknown error, exception or failure."),
    "OrdersLimit": (400, "com.amazonaws.dynamodb.v20120810#LimitExceededException", "Subscriber limit exceeded: Only 10 tables can be created, updated, or deleted simultaneously"),
}


def ddb_route(req: Request) -> Reply:
    try:
        table = json.loads(req.body or b"{}").get("TableName", "")
    except ValueError:
        table = ""
    status, typ, msg = DDB_ERRORS.get(table, (400, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
                                              "Requested resource not found"))
    return Reply(status, J({"__type": typ, "message": msg}), "application/x-amz-json-1.0",
                 {"x-amzn-RequestId": "CORPUS6REQ0000000000000000000000000000000000000000"})


RESP_REPLIES = [
    (f"{PREFIX}:replica:", "-READONLY You can't write against a read only replica."),
    (f"{PREFIX}:loading:", "-LOADING Redis is loading the dataset in memory"),
    (f"{PREFIX}:locked:", "-NOAUTH Authentication required."),
    (f"{PREFIX}:full:", "-OOM command not allowed when used memory > 'maxmemory'."),
    (f"{PREFIX}:acl:", "-NOPERM User agent has no permissions to run the 'set' command"),
    (f"{PREFIX}:stale:", "-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'."),
    (f"{PREFIX}:cluster:", "-CLUSTERDOWN The cluster is down"),
    (f"{PREFIX}:moved:", "-MOVED 12182 10.0.0.7:6379"),
    (f"{PREFIX}:misconf:", "-MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error."),
]


def resp_answer(args: list[str]) -> str:
    if not args:
        return "+OK"
    cmd = args[0].upper()
    if cmd in ("HELLO", "CLIENT"):
        return "-ERR unknown command" if cmd == "HELLO" else "+OK"
    if cmd == "PING":
        return "+PONG"
    if cmd == "AUTH":
        return "-WRONGPASS invalid username-password pair or user is disabled."
    if cmd == "COMMAND":
        return "*0"
    for prefix, rep in RESP_REPLIES:
        if any(a.startswith(prefix) for a in args[1:]):
            return rep
    return "+OK"


def start_helpers(helpers: Helpers, box: Sandbox) -> bool:
    """Starts the helpers; True when the TLS one runs (needs openssl)."""
    helpers.http(HTTP_PORT, route, server_version="corpus6")
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.hang(HANG_PORT, accept=True)
    helpers.reset(RESET_PORT)
    helpers.resp(RESP_PORT, resp_answer)
    helpers.http(S3_PORT, s3_route, server_version="AmazonS3")
    helpers.http(DDB_PORT, ddb_route, server_version="Server")
    return tls


# ---------------------------------------------------------------------------
# MCP servers over stdio
# ---------------------------------------------------------------------------

def snake(name: str) -> str:
    """An MCP tool name as a lower_snake tool name (``get-sum`` -> ``get_sum``, ``getFoo`` -> ``get_foo``)."""
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def mcp_text(result: Any) -> str:
    return "\n".join(getattr(c, "text", "") for c in result.content if getattr(c, "text", None))


class McpServer:
    """One live MCP session; ``call`` makes a row from a failed tool call."""

    def __init__(self, run: Run, label: str, session: Any) -> None:
        self.run, self.label, self.session = run, label, session

    async def call(self, tool: str, args: Mapping[str, Any] | None, label: str, *, row_tool: str | None = None,
                   timeout: float = 20, text_error: bool = False) -> Row | None:
        from mcp.shared.exceptions import MCPError

        n = self.run.normaliser
        shown = n.path(f"mcp {self.label} tools/call {tool} {J(args) if args is not None else '{}'}")
        try:
            result = await self.session.call_tool(tool, dict(args) if args is not None else None,
                                                  read_timeout_seconds=timeout)
        except MCPError as exc:
            message = f"MCP error {exc.error.code}: {exc.error.message}"
        except Exception as exc:  # a transport failure is what the host sees too
            message = f"{type(exc).__name__}: {exc}"
        else:
            text = mcp_text(result)
            if not result.is_error and not (text_error and re.match(r"(?:Database )?[Ee]rror\b", text)):
                self.run.note(f"skip {tool}: no error ({shown}) {mcp_text(result)[:120]!r}")
                return None
            message = text
        message = n(message)
        if not message:
            self.run.note(f"skip {tool}: empty message ({shown})")
            return None
        row = make_row(row_tool or snake(tool), n.value(dict(args or {})), message, label, source="mcp", command=shown)
        self.run.rows.append(row)
        return row

    async def ok(self, tool: str, args: Mapping[str, Any]) -> None:
        """A set-up call that should succeed (its result is not a row)."""
        try:
            await self.session.call_tool(tool, dict(args), read_timeout_seconds=20)
        except Exception as exc:
            self.run.note(f"warn: set-up call {tool} failed: {exc!r}")


@asynccontextmanager
async def mcp_server(run: Run, label: str, command: Sequence[str], env: Mapping[str, str] | None = None,
                     cwd: str | None = None) -> AsyncIterator[McpServer | None]:
    """Starts ``command`` as a stdio MCP server and yields a session (None when it cannot start)."""
    from mcp.client.session import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    if not os.path.exists(command[0]) and shutil.which(command[0]) is None:
        run.note(f"skip MCP {label}: {command[0]} not installed")
        yield None
        return
    params = StdioServerParameters(command=command[0], args=list(command[1:]),
                                   env={**run.env, **(env or {})}, cwd=cwd)
    started = False
    with open(os.devnull, "w") as errlog:
        try:
            async with stdio_client(params, errlog=errlog) as (read, write):
                async with ClientSession(read, write) as session:
                    await session.initialize()
                    started = True
                    yield McpServer(run, label, session)
        except Exception as exc:
            run.note(f"MCP {label} ended with {exc!r}"[:300])
            if not started:
                yield None


def node_server(name: str) -> str:
    return os.path.join(NODE_BIN, f"mcp-server-{name}")


async def filesystem_cases(run: Run, box: Sandbox) -> None:
    root = box.mkdir("mcpfs", "project")
    box.write(f"{root}/src/app.py", "def main():\n    return 'hello'\n")
    box.write(f"{root}/src/config/timeout_settings.yaml", "timeout: 30\n")
    box.write(f"{root}/docs/README.md", "# Project\n\nSee docs/setup.md\n")
    box.write(f"{root}/docs/guide.md", "# Guide\n")
    box.write(f"{root}/data/report.csv", "id,total\n1,10\n")
    box.write(f"{root}/secrets/token.txt", "s3cr3t\n", mode=0o600)
    os.chmod(f"{root}/secrets", 0o700)
    p = lambda rel: f"{root}/{rel}"  # noqa: E731
    async with mcp_server(run, "filesystem", [node_server("filesystem"), root]) as fs:
        if fs is None:
            return
        c = fs.call
        await c("read_text_file", {"path": p("src/main.py")}, "INCORRECT_PARAMETER")
        await c("read_text_file", {"path": "/etc/shadow"}, "INCORRECT_PARAMETER")
        await c("read_text_file", {"path": p("../other-project/app.py")}, "INCORRECT_PARAMETER")
        await c("read_text_file", {"path": p("src")}, "WRONG_TOOL_SELECTION")
        await c("read_text_file", {}, "MISSING_PARAMETER")
        await c("read_text_file", {"path": ["src/app.py"]}, "PARAMETER_FORMAT")
        await c("read_text_file", {"path": p("src/app.py"), "head": 5, "tail": 5}, "INCORRECT_PARAMETER")
        await c("read_text_file", {"path": p("src/app.py"), "head": "10"}, "PARAMETER_FORMAT")
        await c("read_file", {"path": p("src/config/timeout_settings.yml")}, "INCORRECT_PARAMETER")
        await c("read_multiple_files", {"paths": []}, "MISSING_PARAMETER")
        await c("read_multiple_files", {"paths": p("src/app.py")}, "PARAMETER_FORMAT")
        await c("read_media_file", {"path": p("docs/diagram.png")}, "INCORRECT_PARAMETER")
        await c("write_file", {"path": p("build/out/summary.txt"), "content": "done\n"}, "MISSING_PREREQUISITE")
        await c("write_file", {"path": p("docs/notes.md")}, "MISSING_PARAMETER")
        await c("write_file", {"path": p("docs"), "content": "x"}, "WRONG_TOOL_SELECTION")
        await c("write_file", {"path": "/tmp/outside-sandbox.txt", "content": "x"}, "INCORRECT_PARAMETER")
        await c("edit_file", {"path": p("src/app.py"), "edits": [{"oldText": "return 'goodbye'", "newText": "return 'bye'"}]},
                "INCORRECT_PARAMETER")
        await c("edit_file", {"path": p("src/app.py"), "edits": [{"old": "hello", "new": "bye"}]}, "MISSING_PARAMETER")
        await c("edit_file", {"path": p("src/app.py"), "edits": {"oldText": "hello", "newText": "bye"}}, "PARAMETER_FORMAT")
        await c("edit_file", {"path": p("src/missing.py"), "edits": [{"oldText": "a", "newText": "b"}]}, "INCORRECT_PARAMETER")
        await c("edit_file", {"path": p("src"), "edits": [{"oldText": "a", "newText": "b"}]}, "WRONG_TOOL_SELECTION")
        await c("create_directory", {"path": p("src/app.py")}, "WORKFLOW_SEQUENCE")
        await c("list_directory", {"path": p("src/app.py")}, "WRONG_TOOL_SELECTION")
        await c("list_directory", {"path": p("tests")}, "INCORRECT_PARAMETER")
        await c("list_directory", {"path": 7}, "PARAMETER_FORMAT")
        await c("list_directory_with_sizes", {"path": root, "sortBy": "modified"}, "INCORRECT_PARAMETER")
        await c("directory_tree", {"path": p("docs/README.md")}, "WRONG_TOOL_SELECTION")
        await c("directory_tree", {"path": root, "excludePatterns": "node_modules"}, "PARAMETER_FORMAT")
        await c("move_file", {"source": p("docs/guide.md"), "destination": p("docs/README.md")}, "WORKFLOW_SEQUENCE")
        await c("move_file", {"source": p("docs/setup.md"), "destination": p("docs/install.md")}, "INCORRECT_PARAMETER")
        await c("move_file", {"source": p("docs/guide.md")}, "MISSING_PARAMETER")
        await c("move_file", {"source": p("docs/guide.md"), "destination": "/var/tmp/guide.md"}, "INCORRECT_PARAMETER")
        await c("search_files", {"path": p("lib"), "pattern": "*.py"}, "INCORRECT_PARAMETER")
        await c("search_files", {"path": root}, "MISSING_PARAMETER")
        await c("get_file_info", {"path": p("data/report.xlsx")}, "INCORRECT_PARAMETER")
        await c("get_file_info", {"path": "/root/.ssh/id_rsa"}, "INCORRECT_PARAMETER")
        await c("delete_file", {"path": p("data/report.csv")}, "WRONG_TOOL_SELECTION")
        await c("run_command", {"command": "ls -la"}, "WRONG_TOOL_SELECTION")
    # the same server as an unprivileged user, on a read-only mount, and on a full disk
    if run.caps.get("setpriv"):
        async with mcp_server(run, "filesystem", ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                                  node_server("filesystem"), root]) as fs:
            if fs is not None:
                await fs.call("read_text_file", {"path": p("secrets/token.txt")}, "permission")
                await fs.call("write_file", {"path": p("src/new_module.py"), "content": "x = 1\n"}, "permission")
                await fs.call("list_directory", {"path": p("secrets")}, "permission")
    if run.caps.get("unshare"):
        node = shutil.which("node", path=run.env.get("PATH")) or "node"
        script = os.path.realpath(node_server("filesystem"))
        q = shlex.quote(root)
        inner = f"mount --bind {q} {q} && mount -o remount,bind,ro {q} && exec {shlex.quote(node)} {shlex.quote(script)} {q}"
        async with mcp_server(run, "filesystem", ["unshare", "-m", "--propagation", "private", "bash", "-c", inner]) as fs:
            if fs is not None:
                await fs.call("write_file", {"path": p("docs/CHANGELOG.md"), "content": "## 1.2.0\n"}, "read_only")
                await fs.call("move_file", {"source": p("docs/guide.md"), "destination": p("docs/user-guide.md")}, "read_only")
        full = box.mkdir("mcpfs", "full")
        qf = shlex.quote(full)
        inner = (f"mount -t tmpfs -o size=64k tmpfs {qf} && exec {shlex.quote(node)} {shlex.quote(script)} {qf}")
        async with mcp_server(run, "filesystem", ["unshare", "-m", "--propagation", "private", "bash", "-c", inner]) as fs:
            if fs is not None:
                await fs.ok("write_file", {"path": f"{full}/a.bin", "content": "A" * 60000})
                await fs.call("write_file", {"path": f"{full}/export.json", "content": "{\"rows\": [" + "1," * 20000 + "1]}"},
                              "resource")


async def memory_cases(run: Run, box: Sandbox) -> None:
    mem = box.mkdir("mcpmem")
    async with mcp_server(run, "memory", [node_server("memory")], env={"MEMORY_FILE_PATH": f"{mem}/memory.jsonl"}) as m:
        if m is None:
            return
        await m.ok("create_entities", {"entities": [{"name": "payments-service", "entityType": "service",
                                                      "observations": ["owned by team-billing"]},
                                                     {"name": "team-billing", "entityType": "team", "observations": []}]})
        c = m.call
        await c("add_observations", {"observations": [{"entityName": "staging", "contents": ["deployed 1.4.2"]}]},
                "INCORRECT_PARAMETER")
        await c("add_observations", {"observations": [{"entityName": "payments-service"}]}, "MISSING_PARAMETER")
        await c("add_observations", {"observations": [{"entityName": "payments-service", "contents": "deployed"}]},
                "PARAMETER_FORMAT")
        await c("create_entities", {"entities": [{"name": "checkout", "observations": []}]}, "MISSING_PARAMETER")
        await c("create_entities", {"entities": {"name": "checkout", "entityType": "service", "observations": []}},
                "PARAMETER_FORMAT")
        await c("create_entities", {}, "MISSING_PARAMETER")
        await c("create_relations", {"relations": [{"from": "payments-service", "to": "team-billing"}]}, "MISSING_PARAMETER")
        await c("create_relations", {"relations": [{"from": "payments-service", "to": "team-billing", "relationType": 3}]},
                "PARAMETER_FORMAT")
        await c("delete_entities", {"entityNames": "payments-service"}, "PARAMETER_FORMAT")
        await c("delete_observations", {"deletions": [{"entityName": "payments-service"}]}, "MISSING_PARAMETER")
        await c("open_nodes", {"names": "payments-service"}, "PARAMETER_FORMAT")
        await c("search_nodes", {}, "MISSING_PARAMETER")
        await c("search_nodes", {"query": {"name": "payments"}}, "PARAMETER_FORMAT")
        await c("update_entities", {"entities": [{"name": "payments-service"}]}, "WRONG_TOOL_SELECTION")
        await c("add_observation", {"entityName": "payments-service", "contents": ["x"]}, "WRONG_TOOL_SELECTION")
    ro = box.mkdir("mcpmem-ro")
    if run.caps.get("setpriv"):
        os.chmod(ro, 0o755)
        async with mcp_server(run, "memory", ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                              node_server("memory")], env={"MEMORY_FILE_PATH": f"{ro}/memory.jsonl"}) as m:
            if m is not None:
                await m.call("create_entities", {"entities": [{"name": "release-1.5", "entityType": "release",
                                                               "observations": ["cut on monday"]}]}, "permission")
    if run.caps.get("unshare"):
        node = shutil.which("node", path=run.env.get("PATH")) or "node"
        script = os.path.realpath(node_server("memory"))
        q = shlex.quote(ro)
        inner = f"mount --bind {q} {q} && mount -o remount,bind,ro {q} && exec {shlex.quote(node)} {shlex.quote(script)}"
        async with mcp_server(run, "memory", ["unshare", "-m", "--propagation", "private", "bash", "-c", inner],
                              env={"MEMORY_FILE_PATH": f"{ro}/memory.jsonl"}) as m:
            if m is not None:
                await m.call("create_entities", {"entities": [{"name": "incident-4031", "entityType": "incident",
                                                               "observations": ["paged at 02:10"]}]}, "read_only")


async def everything_cases(run: Run, box: Sandbox) -> None:
    async with mcp_server(run, "everything", [node_server("everything"), "stdio"]) as e:
        if e is None:
            return
        c = e.call
        await c("echo", {}, "MISSING_PARAMETER")
        await c("echo", {"message": {"text": "hi"}}, "PARAMETER_FORMAT")
        await c("get-sum", {"a": 2}, "MISSING_PARAMETER")
        await c("get-sum", {"a": "2", "b": "3"}, "PARAMETER_FORMAT")
        await c("add", {"a": 2, "b": 3}, "WRONG_TOOL_SELECTION")
        await c("get-structured-content", {"location": "Boston"}, "INCORRECT_PARAMETER")
        await c("get-structured-content", {}, "MISSING_PARAMETER")
        await c("get-annotated-message", {"messageType": "warning"}, "INCORRECT_PARAMETER")
        await c("get-annotated-message", {"messageType": "error", "includeImage": "yes"}, "PARAMETER_FORMAT")
        await c("get-resource-links", {"count": 50}, "INCORRECT_PARAMETER")
        await c("get-resource-reference", {"resourceType": "Image", "resourceId": 3}, "INCORRECT_PARAMETER")
        await c("trigger-long-running-operation", {"duration": "ten", "steps": 5}, "PARAMETER_FORMAT")
        await c("printEnv", {}, "WRONG_TOOL_SELECTION")
        await c("get-roots-list", {}, "WRONG_TOOL_SELECTION")
        await c("trigger-long-running-operation", {"duration": 30, "steps": 3}, "timeout", timeout=3)


async def thinking_cases(run: Run, box: Sandbox) -> None:
    async with mcp_server(run, "sequential-thinking", [node_server("sequential-thinking")]) as t:
        if t is None:
            return
        c = t.call
        await c("sequentialthinking", {"thought": "Check the failing test first", "nextThoughtNeeded": True,
                                       "thoughtNumber": 1}, "MISSING_PARAMETER")
        await c("sequentialthinking", {"thought": "Check the failing test first", "nextThoughtNeeded": True,
                                       "thoughtNumber": "one", "totalThoughts": 3}, "PARAMETER_FORMAT")
        await c("sequentialthinking", {"thought": "Check the failing test first", "nextThoughtNeeded": True,
                                       "thoughtNumber": 0, "totalThoughts": 3}, "INCORRECT_PARAMETER")
        await c("sequentialthinking", {"nextThoughtNeeded": True, "thoughtNumber": 1, "totalThoughts": 3},
                "MISSING_PARAMETER")
        await c("sequentialthinking", {"thought": "Revise step 2", "nextThoughtNeeded": True, "thoughtNumber": 3,
                                       "totalThoughts": 4, "isRevision": True, "revisesThought": "two"}, "PARAMETER_FORMAT")
        await c("sequential_thinking", {"thought": "x", "nextThoughtNeeded": False, "thoughtNumber": 1,
                                        "totalThoughts": 1}, "WRONG_TOOL_SELECTION")


async def git_server_cases(run: Run, box: Sandbox) -> None:
    repo = box.git_repo("mcpgit/service", {"app.py": "print('v1')\n", "README.md": "# service\n"})
    box.sh("git checkout -q -b release/1.4 && echo \"print('v1.4')\" > app.py && git commit -qam 'release 1.4' "
           "&& git checkout -q main", cwd=repo)
    other = box.mkdir("mcpgit", "notes")
    async with mcp_server(run, "git", [os.path.join(VENV_BIN, "mcp-server-git"), "--repository", repo]) as g:
        if g is None:
            return
        c = g.call
        await c("git_checkout", {"repo_path": repo, "branch_name": "feature/login-eof"}, "INCORRECT_PARAMETER")
        await c("git_show", {"repo_path": repo, "revision": "a3f9c2e"}, "INCORRECT_PARAMETER")
        await c("git_diff", {"repo_path": repo, "target": "origin/main"}, "INCORRECT_PARAMETER")
        await c("git_diff", {"repo_path": repo}, "MISSING_PARAMETER")
        await c("git_diff", {"repo_path": repo, "target": "--stat"}, "PARAMETER_FORMAT")
        await c("git_status", {"repo_path": other}, "INCORRECT_PARAMETER")
        await c("git_status", {}, "MISSING_PARAMETER")
        await c("git_commit", {"repo_path": repo, "message": "fix: handle empty cart"}, "WORKFLOW_SEQUENCE")
        await c("git_commit", {"repo_path": repo}, "MISSING_PARAMETER")
        await c("git_add", {"repo_path": repo, "files": ["src/cart.py"]}, "INCORRECT_PARAMETER")
        await c("git_add", {"repo_path": repo, "files": []}, "MISSING_PARAMETER")
        await c("git_add", {"repo_path": repo, "files": "app.py"}, "PARAMETER_FORMAT")
        await c("git_log", {"repo_path": repo, "max_count": "twenty"}, "PARAMETER_FORMAT")
        await c("git_create_branch", {"repo_path": repo, "branch_name": "hotfix/cart", "base_branch": "develop"},
                "INCORRECT_PARAMETER")
        await c("git_create_branch", {"repo_path": repo, "branch_name": "release/1.4"}, "WORKFLOW_SEQUENCE")
        await c("git_create_branch", {"repo_path": repo, "branch_name": "bad..name"}, "PARAMETER_FORMAT")
        await c("git_branch", {"repo_path": repo, "branch_type": "merged"}, "INCORRECT_PARAMETER")
        await c("git_branch", {"repo_path": repo, "branch_type": "local", "contains": "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432"},
                "INCORRECT_PARAMETER")
        await c("git_diff_unstaged", {"repo_path": repo, "context_lines": "three"}, "PARAMETER_FORMAT")
        await c("git_push", {"repo_path": repo, "remote": "origin"}, "WRONG_TOOL_SELECTION")
        await c("git_pull", {"repo_path": repo}, "WRONG_TOOL_SELECTION")
        box.write(f"{repo}/app.py", "print('v2')\n")
        await c("git_checkout", {"repo_path": repo, "branch_name": "release/1.4"}, "WORKFLOW_SEQUENCE")


async def fetch_cases(run: Run, box: Sandbox, tls: bool) -> None:
    async with mcp_server(run, "fetch", [os.path.join(VENV_BIN, "mcp-server-fetch"), "--ignore-robots-txt",
                                         "--allow-private-ips"]) as f:
        if f is None:
            return
        c = f.call
        await c("fetch", {"url": f"{H}/status/404"}, "INCORRECT_PARAMETER")
        await c("fetch", {"url": f"{H}/status/410"}, "INCORRECT_PARAMETER")
        await c("fetch", {"url": f"{H}/status/401"}, "auth")
        await c("fetch", {"url": f"{H}/status/403"}, "permission")
        await c("fetch", {"url": f"{H}/status/429"}, "rate_limit")
        await c("fetch", {"url": f"{H}/status/500"}, "server_error")
        await c("fetch", {"url": f"{H}/status/502"}, "server_error")
        await c("fetch", {"url": f"{H}/status/503"}, "server_error")
        await c("fetch", {"url": "docs.internal/page"}, "PARAMETER_FORMAT")
        await c("fetch", {"url": "htp://127.0.0.1/page"}, "PARAMETER_FORMAT")
        await c("fetch", {}, "MISSING_PARAMETER")
        await c("fetch", {"url": f"{H}/page", "max_length": 0}, "INCORRECT_PARAMETER")
        await c("fetch", {"url": f"{H}/page", "max_length": "5k"}, "PARAMETER_FORMAT")
        await c("fetch", {"url": f"{H}/page", "start_index": -100}, "INCORRECT_PARAMETER")
        await c("fetch", {"url": f"http://127.0.0.1:{CLOSED_PORT}/health"}, "network")
        await c("fetch", {"url": f"http://127.0.0.1:{RESET_PORT}/health"}, "network")
        await c("fetch", {"url": f"http://127.0.0.1:{HANG_PORT}/report"}, "timeout", timeout=60)
        await c("fetch", {"url": "http://status.corpus6.invalid/"}, "dns")
        if tls:
            await c("fetch", {"url": f"{HS}/page"}, "tls")
    async with mcp_server(run, "fetch", [os.path.join(VENV_BIN, "mcp-server-fetch"), "--allow-private-ips"]) as f:
        if f is not None:
            # relabelled by the lead after scoring: the server answered 404 (robots.txt was not what stopped it),
            # and a 404 for the resource the call is about is INCORRECT_PARAMETER (tests/corpus/README.md)
            await f.call("fetch", {"url": f"{H}/robots-private/handbook"}, "INCORRECT_PARAMETER")
    async with mcp_server(run, "fetch", [os.path.join(VENV_BIN, "mcp-server-fetch")]) as f:
        if f is not None:  # the default server refuses loopback and private addresses
            await f.call("fetch", {"url": f"http://127.0.0.1:{HTTP_PORT}/page"}, "INCORRECT_PARAMETER")


async def time_cases(run: Run, box: Sandbox) -> None:
    async with mcp_server(run, "time", [os.path.join(VENV_BIN, "mcp-server-time"), "--local-timezone", "Etc/UTC"]) as t:
        if t is None:
            return
        c = t.call
        await c("get_current_time", {"timezone": "EST5EDT/New_York"}, "INCORRECT_PARAMETER")
        await c("get_current_time", {"timezone": "Europe/Paris "}, "INCORRECT_PARAMETER")
        await c("get_current_time", {"timezone": "PST"}, "INCORRECT_PARAMETER")
        await c("get_current_time", {}, "MISSING_PARAMETER")
        await c("convert_time", {"source_timezone": "Etc/UTC", "time": "3pm", "target_timezone": "Asia/Tokyo"},
                "PARAMETER_FORMAT")
        await c("convert_time", {"source_timezone": "Etc/UTC", "time": "25:10", "target_timezone": "Asia/Tokyo"},
                "PARAMETER_FORMAT")
        await c("convert_time", {"source_timezone": "Etc/UTC", "time": "14:00", "target_timezone": "Asia/Bombay2"},
                "INCORRECT_PARAMETER")
        await c("convert_time", {"source_timezone": "Etc/UTC", "time": "14:00"}, "MISSING_PARAMETER")
        await c("get_time", {"timezone": "Etc/UTC"}, "WRONG_TOOL_SELECTION")


async def sqlite_server_cases(run: Run, box: Sandbox) -> None:
    db = box.path("mcpsqlite", "shop.db")
    os.makedirs(os.path.dirname(db), exist_ok=True)
    box.sh(["sqlite3", db, "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, total REAL);"
                           "INSERT INTO orders VALUES (1, 'ada', 10.5);"])
    async with mcp_server(run, "sqlite", [os.path.join(SQLITE_BIN, "mcp-server-sqlite"), "--db-path", db]) as s:
        if s is None:
            return

        async def c(tool: str, args: Mapping[str, Any], label: str) -> None:
            await s.call(tool, args, label, text_error=True)  # this server returns errors as plain text results
        await c("read_query", {"query": "DELETE FROM orders WHERE id = 1"}, "WRONG_TOOL_SELECTION")
        await c("read_query", {"query": "SELECT * FROM customers"}, "INCORRECT_PARAMETER")
        await c("read_query", {"query": "SELECT email FROM orders"}, "INCORRECT_PARAMETER")
        await c("read_query", {"query": "SELEC id FROM orders"}, "PARAMETER_FORMAT")
        await c("read_query", {}, "MISSING_PARAMETER")
        await c("write_query", {"query": "SELECT count(*) FROM orders"}, "WRONG_TOOL_SELECTION")
        await c("write_query", {"query": "INSERT INTO orders (id, total) VALUES (2, 5.0)"}, "MISSING_PARAMETER")
        await c("write_query", {"query": "INSERT INTO orders VALUES (1, 'bob', 3.0)"}, "WORKFLOW_SEQUENCE")
        await c("write_query", {"query": "UPDATE order SET total = 0"}, "PARAMETER_FORMAT")
        await c("create_table", {"query": "CREATE TABLE orders (id INTEGER PRIMARY KEY)"}, "WORKFLOW_SEQUENCE")
        await c("create_table", {"query": "ALTER TABLE orders ADD COLUMN note TEXT"}, "WRONG_TOOL_SELECTION")
        await c("describe_table", {}, "MISSING_PARAMETER")
        await c("append_insight", {}, "MISSING_PARAMETER")
        await c("list_table", {}, "WRONG_TOOL_SELECTION")
    if run.caps.get("unshare"):
        d = os.path.dirname(db)
        q = shlex.quote(d)
        inner = (f"mount --bind {q} {q} && mount -o remount,bind,ro {q} && exec "
                 f"{shlex.quote(os.path.join(SQLITE_BIN, 'mcp-server-sqlite'))} --db-path {shlex.quote(db)}")
        async with mcp_server(run, "sqlite", ["unshare", "-m", "--propagation", "private", "bash", "-c", inner]) as s:
            if s is not None:
                await s.call("write_query", {"query": "INSERT INTO orders VALUES (3, 'cy', 7.25)"}, "read_only",
                             text_error=True)


async def postgres_server_cases(run: Run, box: Sandbox) -> None:
    if not port_open("127.0.0.1", 5432):
        run.note("skip MCP postgres: no PostgreSQL on 5432")
        return
    async with mcp_server(run, "postgres", [node_server("postgres"), "postgresql://postgres@127.0.0.1:5432/test"]) as pg:
        if pg is None:
            return
        c = pg.call
        await c("query", {"sql": "SELECT id, email FROM corpus6_customers"}, "INCORRECT_PARAMETER")
        await c("query", {"sql": "SELECT usename, nosuchcol FROM pg_user"}, "INCORRECT_PARAMETER")
        await c("query", {"sql": "SELEC 1"}, "PARAMETER_FORMAT")
        await c("query", {"sql": "SELECT '2026-13-45'::date"}, "PARAMETER_FORMAT")
        await c("query", {"sql": "SELECT 'abc'::int"}, "PARAMETER_FORMAT")
        await c("query", {"sql": "CREATE TABLE corpus6_audit (id int)"}, "WRONG_TOOL_SELECTION")
        await c("query", {"sql": "INSERT INTO corpus6_audit VALUES (1)"}, "INCORRECT_PARAMETER")
        await c("query", {}, "MISSING_PARAMETER")
        await c("query", {"query": "SELECT 1"}, "MISSING_PARAMETER")
        await c("query", {"sql": "SELECT pg_sleep(0.1) FROM nosuch_schema.events"}, "INCORRECT_PARAMETER")
        await c("query", {"sql": "SET statement_timeout = 200; SELECT pg_sleep(2)"}, "timeout")
        await c("execute", {"sql": "UPDATE accounts SET plan = 'pro'"}, "WRONG_TOOL_SELECTION")
    async with mcp_server(run, "postgres", [node_server("postgres"),
                                            f"postgresql://postgres@127.0.0.1:{CLOSED_PORT}/test"]) as pg:
        if pg is not None:
            await pg.call("query", {"sql": "SELECT count(*) FROM orders"}, "network")
    async with mcp_server(run, "postgres", [node_server("postgres"),
                                            "postgresql://corpus6_nobody@127.0.0.1:5432/test"]) as pg:
        if pg is not None:
            await pg.call("query", {"sql": "SELECT 1"}, "auth")
    async with mcp_server(run, "postgres", [node_server("postgres"),
                                            "postgresql://postgres@127.0.0.1:5432/corpus6_analytics"]) as pg:
        if pg is not None:
            await pg.call("query", {"sql": "SELECT 1"}, "MISSING_PREREQUISITE")


async def redis_server_cases(run: Run, box: Sandbox) -> None:
    async with mcp_server(run, "redis", [node_server("redis"), f"redis://127.0.0.1:{CLOSED_PORT}"]) as r:
        if r is not None:
            await r.call("get", {"key": f"{PREFIX}:session:42"}, "daemon_down")
    if not port_open("127.0.0.1", 6379):
        return
    async with mcp_server(run, "redis", [node_server("redis"), "redis://127.0.0.1:6379/0"]) as r:
        if r is None:
            return
        c = r.call
        await c("set", {"key": f"{PREFIX}:session:42"}, "MISSING_PARAMETER")
        # this server answers every other invalid-argument call with the same text (a bug in its zod error
        # formatting: "Cannot read properties of undefined (reading 'map')"), so only one such row is kept
        await c("hset", {"key": f"{PREFIX}:user:1", "field": "name", "value": "ada"}, "WRONG_TOOL_SELECTION")
        await c("expire", {"key": f"{PREFIX}:session:42", "seconds": 60}, "WRONG_TOOL_SELECTION")
    async with mcp_server(run, "redis", [node_server("redis"), f"redis://127.0.0.1:{RESP_PORT}"]) as r:
        if r is not None:
            await r.call("set", {"key": f"{PREFIX}:replica:cart:7", "value": "3"}, "read_only")
            await r.call("set", {"key": f"{PREFIX}:full:cache:home", "value": "<html>"}, "resource")
            await r.call("get", {"key": f"{PREFIX}:loading:flags"}, "server_error")
            await r.call("get", {"key": f"{PREFIX}:locked:flags"}, "auth")


async def gitlab_server_cases(run: Run, box: Sandbox) -> None:
    env = {"GITLAB_PERSONAL_ACCESS_TOKEN": "glpat-corpus6-not-a-secret", "GITLAB_API_URL": f"{H}/gitlab/api/v4"}
    async with mcp_server(run, "gitlab", [node_server("gitlab")], env=env) as g:
        if g is None:
            return
        c = g.call
        await c("get_file_contents", {"project_id": "acme/payments-eof", "file_path": "config/settings.yml", "ref": "main"},
                "INCORRECT_PARAMETER")
        await c("get_file_contents", {"project_id": "acme/payments"}, "MISSING_PARAMETER")
        await c("create_issue", {"project_id": "acme/payments", "title": ""}, "MISSING_PARAMETER")
        await c("create_issue", {"project_id": "acme/payments", "title": "Cart total wrong", "labels": "bug"},
                "PARAMETER_FORMAT")
        await c("create_merge_request", {"project_id": "acme/payments", "title": "Fix cart", "source_branch": "fix/cart",
                                         "target_branch": "main"}, "WORKFLOW_SEQUENCE")
        await c("create_merge_request", {"project_id": "acme/payments", "title": "Fix cart"}, "MISSING_PARAMETER")
        await c("create_branch", {"project_id": "acme/payments", "branch": "fix/cart", "ref": "main"}, "WORKFLOW_SEQUENCE")
        await c("fork_repository", {"project_id": "acme/payments"}, "WORKFLOW_SEQUENCE")
        await c("search_repositories", {"search": "payments", "per_page": "ten"}, "PARAMETER_FORMAT")
        await c("create_or_update_file", {"project_id": "acme/payments", "file_path": "README.md", "content": "x",
                                          "commit_message": "docs"}, "MISSING_PARAMETER")
        await c("push_files", {"project_id": "acme/payments", "branch": "v1.4.0", "files": [
            {"file_path": "VERSION", "content": "1.4.1\n"}], "commit_message": "bump"}, "INCORRECT_PARAMETER")
        await c("get_file_contents", {"project_id": "acme/ghost", "file_path": "README.md"}, "INCORRECT_PARAMETER")
        await c("create_issue", {"project_id": "acme/secret", "title": "Rotate keys"}, "permission")
        await c("create_issue", {"project_id": "acme/locked", "title": "Rotate keys"}, "auth")
        await c("create_issue", {"project_id": "acme/busy", "title": "Flaky job"}, "rate_limit")
        await c("create_issue", {"project_id": "acme/broken", "title": "Flaky job"}, "server_error")
        await c("create_repository", {"name": "payments-v2"}, "server_error")
        await c("list_merge_requests", {"project_id": "acme/payments"}, "WRONG_TOOL_SELECTION")
    env_down = {**env, "GITLAB_API_URL": f"http://127.0.0.1:{CLOSED_PORT}/api/v4"}
    async with mcp_server(run, "gitlab", [node_server("gitlab")], env=env_down) as g:
        if g is not None:
            await g.call("create_issue", {"project_id": "acme/payments", "title": "Cart total wrong"}, "network")


async def mcp_all(run: Run, box: Sandbox, tls: bool) -> None:
    for family in (filesystem_cases, memory_cases, everything_cases, thinking_cases, git_server_cases,
                   time_cases, sqlite_server_cases, postgres_server_cases, redis_server_cases, gitlab_server_cases):
        try:
            await family(run, box)
        except Exception as exc:  # one broken server must not lose the rest
            run.note(f"{family.__name__} aborted: {exc!r}"[:400])
    try:
        await fetch_cases(run, box, tls)
    except Exception as exc:
        run.note(f"fetch_cases aborted: {exc!r}"[:400])


def mcp_cases(run: Run, box: Sandbox) -> None:
    try:
        import mcp  # noqa: F401
    except ImportError:
        run.note("skip MCP families: the mcp client is not installed in this interpreter")
        return
    asyncio.run(mcp_all(run, box, bool(run.caps.get("tls"))))



# ---------------------------------------------------------------------------
# SDK exception tails (a subprocess per call, with the tools venv's interpreter)
# ---------------------------------------------------------------------------

SDK_TEMPLATE = """import sys, traceback
try:
{body}
except Exception as exc:
    {report}
    sys.exit(1)
"""
REPORT_SHORT = 'print(f"Error: {type(exc).__name__}: {exc}", file=sys.stderr)'
REPORT_TB = "traceback.print_exc()"


def sdk(run: Run, tool: str, params: Mapping[str, Any], body: str, label: str, *, tb: bool = False,
        timeout: float = 30, **kw: Any) -> Row | None:
    """Runs ``body`` (an SDK call made wrongly); the row's message is what a tool wrapper returns:
    ``Error: <ExcClass>: <message>``, or with ``tb`` the traceback (its head and tail)."""
    body = textwrap.dedent(body).strip()
    code = SDK_TEMPLATE.format(body=textwrap.indent(body, "    "), report=REPORT_TB if tb else REPORT_SHORT)
    env = {"PYTHONWARNINGS": "ignore", **kw.pop("env", {})}  # a wrapper returns the exception, not the warnings
    row = run.case(tool, params, [SDK_PY, "-c", code], label, display="python -c " + shlex.quote(body),
                   timeout=timeout, env=env, **kw)
    if row is not None:
        row["source"] = "sdk"
    return row


def redis_sdk_cases(run: Run, box: Sandbox) -> None:
    pre = "import redis\nr = redis.Redis(host='127.0.0.1', port=6379, db=0, socket_timeout=5)\n"
    k = PREFIX
    sdk(run, "redis_get", {"key": f"{k}:session:42", "port": CLOSED_PORT},
        f"import redis\nredis.Redis(host='127.0.0.1', port={CLOSED_PORT}, socket_connect_timeout=2).get('{k}:session:42')",
        "daemon_down")
    sdk(run, "redis_get", {"key": f"{k}:session:42", "unix_socket_path": f"{ALIAS}/run/redis.sock"},
        f"import redis\nredis.Redis(unix_socket_path='{box.path('run', 'redis.sock')}').get('{k}:session:42')",
        "daemon_down")
    sdk(run, "redis_get", {"key": f"{k}:report", "port": HANG_PORT},
        f"import redis\nredis.Redis(host='127.0.0.1', port={HANG_PORT}, socket_timeout=2).get('{k}:report')", "timeout")
    if not port_open("127.0.0.1", 6379):
        run.note("skip redis-py cases against the local Redis: nothing on 6379")
    else:
        sdk(run, "redis_lpush", {"key": f"{k}:profile:7", "value": "login"},
            pre + f"r.set('{k}:profile:7', 'ada')\nr.lpush('{k}:profile:7', 'login')", "WRONG_TOOL_SELECTION")
        sdk(run, "redis_hget", {"key": f"{k}:profile:8", "field": "name"},
            pre + f"r.rpush('{k}:profile:8', 'a')\nr.hget('{k}:profile:8', 'name')", "WRONG_TOOL_SELECTION", tb=True)
        sdk(run, "redis_expire", {"key": f"{k}:profile:7", "seconds": "10m"},
            pre + f"r.expire('{k}:profile:7', '10m')", "PARAMETER_FORMAT")
        sdk(run, "redis_command", {"command": ["HSETT", f"{k}:h", "a", "1"]},
            pre + f"r.execute_command('HSETT', '{k}:h', 'a', '1')", "WRONG_TOOL_SELECTION")
        sdk(run, "redis_command", {"command": ["SET", f"{k}:only-key"]},
            pre + f"r.execute_command('SET', '{k}:only-key')", "MISSING_PARAMETER")
        sdk(run, "redis_set", {"key": f"{k}:cart:9", "value": {"sku": "A-1", "qty": 2}},
            pre + f"r.set('{k}:cart:9', {{'sku': 'A-1', 'qty': 2}})", "PARAMETER_FORMAT")
        sdk(run, "redis_xadd", {"stream": f"{k}:events", "id": "last"},
            pre + f"r.xadd('{k}:events', {{'type': 'deploy'}}, id='last')", "PARAMETER_FORMAT")
        sdk(run, "redis_xgroup_create", {"stream": f"{k}:jobs", "group": "workers"},
            pre + f"r.xgroup_create('{k}:jobs', 'workers', id='$')", "MISSING_PREREQUISITE")
        sdk(run, "redis_xgroup_create", {"stream": f"{k}:events2", "group": "workers"},
            pre + f"r.xadd('{k}:events2', {{'a': 1}})\nr.xgroup_create('{k}:events2', 'workers')\n"
                  f"r.xgroup_create('{k}:events2', 'workers')", "WORKFLOW_SEQUENCE")
        sdk(run, "redis_xreadgroup", {"stream": f"{k}:events3", "group": "billing", "consumer": "w1"},
            pre + f"r.xadd('{k}:events3', {{'a': 1}})\nr.xreadgroup('billing', 'w1', {{'{k}:events3': '>'}}, count=1)",
            "MISSING_PREREQUISITE")
        sdk(run, "redis_command", {"command": ["EXEC"]}, pre + "r.execute_command('EXEC')", "WORKFLOW_SEQUENCE")
        sdk(run, "redis_zadd", {"key": f"{k}:leaderboard", "members": {"ada": "high"}},
            pre + f"r.zadd('{k}:leaderboard', {{'ada': 'high'}})", "PARAMETER_FORMAT")
        sdk(run, "redis_rename", {"key": f"{k}:tmp:upload", "new_key": f"{k}:upload"},
            pre + f"r.rename('{k}:tmp:upload', '{k}:upload')", "INCORRECT_PARAMETER")
        sdk(run, "redis_select", {"db": 99},
            "import redis\nredis.Redis(host='127.0.0.1', port=6379, db=99).ping()", "INCORRECT_PARAMETER")
        sdk(run, "redis_connect", {"url": "redis://127.0.0.1:6379/cache"},
            "import redis\nredis.from_url('redis://127.0.0.1:6379/cache').ping()", "PARAMETER_FORMAT")
        sdk(run, "redis_connect", {"url": "127.0.0.1:6379"},
            "import redis\nredis.from_url('127.0.0.1:6379').ping()", "PARAMETER_FORMAT")
        sdk(run, "redis_incr", {"key": f"{k}:counter", "amount": 1.5},
            pre + f"r.incr('{k}:counter', 1.5)", "PARAMETER_FORMAT")
        sdk(run, "redis_eval", {"script": "return redis.call('GETT', KEYS[1])", "numkeys": 1},
            pre + f"r.eval(\"return redis.call('GETT', KEYS[1])\", 1, '{k}:x')", "INCORRECT_PARAMETER")
        sdk(run, "redis_evalsha", {"sha": "e0e1f9fabfc9d4800c877a703b823ac0578ff8db"},
            pre + "r.evalsha('e0e1f9fabfc9d4800c877a703b823ac0578ff8db', 0)", "WORKFLOW_SEQUENCE")
        sdk(run, "redis_lock_release", {"name": f"{k}:lock:deploy"},
            pre + f"lock = r.lock('{k}:lock:deploy')\nlock.release()", "WORKFLOW_SEQUENCE")
    fake = f"import redis\nr = redis.Redis(host='127.0.0.1', port={RESP_PORT}, socket_timeout=5, protocol=2)\n"
    sdk(run, "redis_set", {"key": f"{k}:replica:cart:7", "value": "3"}, fake + f"r.set('{k}:replica:cart:7', '3')", "read_only")
    sdk(run, "redis_get", {"key": f"{k}:loading:flags"}, fake + f"r.get('{k}:loading:flags')", "server_error")
    sdk(run, "redis_get", {"key": f"{k}:locked:flags"}, fake + f"r.get('{k}:locked:flags')", "auth")
    sdk(run, "redis_set", {"key": f"{k}:full:page:home", "value": "<html>"},
        fake + f"r.set('{k}:full:page:home', '<html>')", "resource")
    sdk(run, "redis_set", {"key": f"{k}:acl:job:1", "value": "queued"}, fake + f"r.set('{k}:acl:job:1', 'queued')", "permission")
    sdk(run, "redis_hset", {"key": f"{k}:stale:user:1", "field": "plan", "value": "pro"},
        fake + f"r.hset('{k}:stale:user:1', 'plan', 'pro')", "server_error")
    sdk(run, "redis_get", {"key": f"{k}:cluster:cfg"}, fake + f"r.get('{k}:cluster:cfg')", "server_error", tb=True)
    sdk(run, "redis_set", {"key": f"{k}:misconf:k", "value": "1"}, fake + f"r.set('{k}:misconf:k', '1')", "server_error")
    sdk(run, "redis_connect", {"password": "hunter2", "port": RESP_PORT},
        f"import redis\nredis.Redis(host='127.0.0.1', port={RESP_PORT}, password='hunter2', protocol=2).ping()", "auth")


PG_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=5"


def postgres_sdk_cases(run: Run, box: Sandbox) -> None:
    pre3 = f"import psycopg\nconn = psycopg.connect({PG_DSN!r}, autocommit=True)\n"
    pre2 = f"import psycopg2\nconn = psycopg2.connect({PG_DSN!r})\nconn.autocommit = True\ncur = conn.cursor()\n"
    sdk(run, "pg_connect", {"port": CLOSED_PORT},
        f"import psycopg\npsycopg.connect('host=127.0.0.1 port={CLOSED_PORT} user=postgres dbname=test connect_timeout=3')",
        "network")
    sdk(run, "pg_connect", {"host": "db.corpus6.invalid"},
        "import psycopg2\npsycopg2.connect('host=db.corpus6.invalid user=postgres dbname=test connect_timeout=3')", "dns")
    sdk(run, "pg_connect", {"host": f"{ALIAS}/pgsock"},
        f"import psycopg\npsycopg.connect('host={box.path('pgsock')} user=postgres dbname=test')", "daemon_down")
    sdk(run, "pg_connect", {"dsn": "host=127.0.0.1 prot=5432 user=postgres"},
        "import psycopg\npsycopg.connect('host=127.0.0.1 prot=5432 user=postgres')", "PARAMETER_FORMAT")
    if not port_open("127.0.0.1", 5432):
        run.note("skip psycopg cases against the local PostgreSQL: nothing on 5432")
        return
    sdk(run, "pg_connect", {"dbname": "corpus6_reports"},
        "import psycopg\npsycopg.connect('host=127.0.0.1 user=postgres dbname=corpus6_reports')", "MISSING_PREREQUISITE")
    sdk(run, "pg_connect", {"user": "corpus6_app"},
        "import psycopg2\npsycopg2.connect('host=127.0.0.1 user=corpus6_app dbname=test')", "auth")
    sdk(run, "pg_connect", {"dsn": "postgresql://postgres@127.0.0.1:5432/test?sslmode=require"},
        "import psycopg\npsycopg.connect('postgresql://postgres@127.0.0.1:5432/test?sslmode=require')", "tls")
    sdk(run, "pg_query", {"sql": "SELECT id, total FROM corpus6_invoices WHERE paid = false"},
        pre3 + "conn.execute('SELECT id, total FROM corpus6_invoices WHERE paid = false')", "INCORRECT_PARAMETER")
    sdk(run, "pg_query", {"sql": "SELECT relnam FROM pg_class LIMIT 1"},
        pre3 + "conn.execute('SELECT relnam FROM pg_class LIMIT 1')", "INCORRECT_PARAMETER", tb=True)
    sdk(run, "pg_query", {"sql": "SELECT * FORM pg_database"},
        pre3 + "conn.execute('SELECT * FORM pg_database')", "PARAMETER_FORMAT")
    sdk(run, "pg_query", {"sql": "SELECT %s::uuid", "params": ["order-42"]},
        pre3 + "conn.execute('SELECT %s::uuid', ['order-42'])", "PARAMETER_FORMAT")
    sdk(run, "pg_query", {"sql": "SELECT %s::timestamptz", "params": ["31/12/2026 10:00"]},
        pre3 + "conn.execute('SELECT %s::timestamptz', ['31/12/2026 10:00'])", "PARAMETER_FORMAT")
    sdk(run, "pg_execute", {"sql": "INSERT INTO corpus6_tmp_users (id, email) VALUES (%s, %s)", "params": [1]},
        pre3 + "conn.execute('CREATE TEMP TABLE corpus6_tmp_users (id int primary key, email text)')\n"
               "conn.execute('INSERT INTO corpus6_tmp_users (id, email) VALUES (%s, %s)', [1])", "MISSING_PARAMETER")
    sdk(run, "pg_execute", {"sql": "INSERT INTO corpus6_tmp_users (id, email) VALUES (%s, %s)", "params": [1, "ada@example.com"]},
        pre3 + "conn.execute('CREATE TEMP TABLE corpus6_tmp_users (id int primary key, email text)')\n"
               "conn.execute('INSERT INTO corpus6_tmp_users VALUES (1, %s)', ['ada@example.com'])\n"
               "conn.execute('INSERT INTO corpus6_tmp_users (id, email) VALUES (%s, %s)', [1, 'ada@example.com'])",
        "WORKFLOW_SEQUENCE")
    sdk(run, "pg_execute", {"sql": "INSERT INTO corpus6_tmp_orders (id) VALUES (7)"},
        pre3 + "conn.execute('CREATE TEMP TABLE corpus6_tmp_orders (id int, customer text NOT NULL)')\n"
               "conn.execute('INSERT INTO corpus6_tmp_orders (id) VALUES (7)')", "MISSING_PARAMETER")
    sdk(run, "pg_execute", {"sql": "INSERT INTO corpus6_tmp_lines (order_id, sku) VALUES (999, 'A-1')"},
        pre3 + "conn.execute('CREATE TEMP TABLE corpus6_tmp_o (id int primary key)')\n"
               "conn.execute('CREATE TEMP TABLE corpus6_tmp_lines (order_id int references corpus6_tmp_o(id), sku text)')\n"
               "conn.execute(\"INSERT INTO corpus6_tmp_lines (order_id, sku) VALUES (999, 'A-1')\")", "INCORRECT_PARAMETER")
    sdk(run, "pg_query", {"sql": "SELECT %s", "params": [{"plan": "pro"}]},
        pre3 + "conn.execute('SELECT %s', [{'plan': 'pro'}])", "PARAMETER_FORMAT")
    sdk(run, "pg_execute", {"sql": "CREATE TABLE corpus6_audit (id int)", "read_only": True},
        "import psycopg\nconn = psycopg.connect('host=127.0.0.1 user=postgres dbname=test options=-cdefault_transaction_read_only=on')\n"
        "conn.execute('CREATE TABLE corpus6_audit (id int)')", "read_only")
    sdk(run, "pg_query", {"sql": "SELECT pg_sleep(3)", "statement_timeout_ms": 300},
        "import psycopg\nconn = psycopg.connect('host=127.0.0.1 user=postgres dbname=test options=-cstatement_timeout=300')\n"
        "conn.execute('SELECT pg_sleep(3)')", "timeout")
    sdk(run, "pg_query", {"sql": "SELECT 1", "after": "SELECT 1/0"},
        "import psycopg\nconn = psycopg.connect(" + repr(PG_DSN) + ")\ntry:\n    conn.execute('SELECT 1/0')\n"
        "except psycopg.Error:\n    pass\nconn.execute('SELECT 1')", "WORKFLOW_SEQUENCE")
    sdk(run, "pg_fetch", {"sql": "SELECT 1"},
        pre3 + "cur = conn.cursor()\ncur.execute('SELECT 1')\ncur.close()\ncur.fetchall()", "WORKFLOW_SEQUENCE")
    sdk(run, "pg_query", {"sql": "SELECT 1"}, pre3 + "conn.close()\nconn.execute('SELECT 1')", "WORKFLOW_SEQUENCE")
    sdk(run, "pg_query", {"sql": "SELECT * FROM pg_authid", "role": "pg_monitor"},
        pre3 + "conn.execute('SET ROLE pg_monitor')\nconn.execute('SELECT rolpassword FROM pg_authid')", "permission")
    sdk(run, "pg_execute", {"sql": "DROP TABLE corpus6_staging_rows"},
        pre2 + "cur.execute('DROP TABLE corpus6_staging_rows')", "INCORRECT_PARAMETER")
    sdk(run, "pg_execute", {"sql": "CREATE DATABASE test"}, pre2 + "cur.execute('CREATE DATABASE test')", "WORKFLOW_SEQUENCE")
    sdk(run, "pg_execute", {"sql": "CREATE EXTENSION corpus6_vector"},
        pre2 + "cur.execute('CREATE EXTENSION corpus6_vector')", "MISSING_PREREQUISITE", tb=True)
    sdk(run, "pg_query", {"sql": "SELECT * FROM pg_database WHERE datname = %s", "params": ["test", "extra"]},
        pre2 + "cur.execute('SELECT * FROM pg_database WHERE datname = %s', ('test', 'extra'))", "PARAMETER_FORMAT")
    sdk(run, "pg_query", {"sql": "SELECT * FROM pg_database WHERE datname = %(name)s", "params": {"db": "test"}},
        pre2 + "cur.execute('SELECT * FROM pg_database WHERE datname = %(name)s', {'db': 'test'})", "MISSING_PARAMETER")
    sdk(run, "pg_query", {"sql": "SELECT datname FROM pg_databse"},
        pre2 + "cur.execute('SELECT datname FROM pg_databse')", "INCORRECT_PARAMETER", tb=True)
    sdk(run, "pg_copy", {"sql": "COPY corpus6_tmp_t FROM '/data/missing.csv' CSV"},
        pre2 + "cur.execute('CREATE TEMP TABLE corpus6_tmp_t (a int)')\n"
               "cur.execute(\"COPY corpus6_tmp_t FROM '/nonexistent/corpus6/missing.csv' CSV\")", "INCORRECT_PARAMETER")
    sdk(run, "pg_query", {"sql": "SELECT id FROM generate_series(1,3) id WHERE id = 'one'"},
        pre2 + "cur.execute(\"SELECT id FROM generate_series(1,3) id WHERE id = 'one'\")", "PARAMETER_FORMAT")


MY = "host='127.0.0.1', port=3306, user='root', password='', database='test', connect_timeout=5"


def mariadb_sdk_cases(run: Run, box: Sandbox) -> None:
    pre = f"import pymysql\nconn = pymysql.connect({MY})\ncur = conn.cursor()\n"
    prec = ("import mysql.connector\nconn = mysql.connector.connect(host='127.0.0.1', port=3306, user='root', "
            "password='', database='test')\ncur = conn.cursor()\n")
    sdk(run, "mysql_connect", {"port": CLOSED_PORT},
        f"import pymysql\npymysql.connect(host='127.0.0.1', port={CLOSED_PORT}, user='root', connect_timeout=3)", "network")
    sdk(run, "mysql_connect", {"unix_socket": f"{ALIAS}/mysqld.sock"},
        f"import pymysql\npymysql.connect(unix_socket='{box.path('mysqld.sock')}', user='root')", "daemon_down")
    sdk(run, "mysql_connect", {"port": CLOSED_PORT, "driver": "mysql-connector"},
        f"import mysql.connector\nmysql.connector.connect(host='127.0.0.1', port={CLOSED_PORT}, user='root', connection_timeout=3)",
        "network")
    if not port_open("127.0.0.1", 3306):
        run.note("skip MariaDB SDK cases: nothing on 3306")
        return
    sdk(run, "mysql_connect", {"database": "corpus6_crm"},
        "import pymysql\npymysql.connect(host='127.0.0.1', user='root', password='', database='corpus6_crm')",
        "MISSING_PREREQUISITE")
    sdk(run, "mysql_connect", {"user": "corpus6_app", "password": "wrong"},
        "import pymysql\npymysql.connect(host='127.0.0.1', user='corpus6_app', password='wrong', database='test')", "auth")
    sdk(run, "mysql_connect", {"user": "corpus6_app", "driver": "mysql-connector"},
        "import mysql.connector\nmysql.connector.connect(host='127.0.0.1', user='corpus6_app', password='x', database='test')",
        "auth", tb=True)
    sdk(run, "mysql_query", {"sql": "SELECT * FROM corpus6_customers"}, pre + "cur.execute('SELECT * FROM corpus6_customers')",
        "INCORRECT_PARAMETER")
    sdk(run, "mysql_query", {"sql": "SELECT emial FROM corpus6_t"},
        pre + "cur.execute('CREATE TEMPORARY TABLE corpus6_t (id int, email varchar(50))')\n"
              "cur.execute('SELECT emial FROM corpus6_t')", "INCORRECT_PARAMETER")
    sdk(run, "mysql_query", {"sql": "SELECT * FROM corpus6_t LIMT 5"},
        pre + "cur.execute('CREATE TEMPORARY TABLE corpus6_t (id int)')\ncur.execute('SELECT * FROM corpus6_t LIMT 5')",
        "PARAMETER_FORMAT")
    sdk(run, "mysql_execute", {"sql": "INSERT INTO corpus6_t VALUES (1, 'ada')"},
        pre + "cur.execute('CREATE TEMPORARY TABLE corpus6_t (id int primary key, name varchar(20))')\n"
              "cur.execute(\"INSERT INTO corpus6_t VALUES (1, 'ada')\")\ncur.execute(\"INSERT INTO corpus6_t VALUES (1, 'ada')\")",
        "WORKFLOW_SEQUENCE")
    sdk(run, "mysql_execute", {"sql": "INSERT INTO corpus6_t (id, qty) VALUES (1, 'two')"},
        pre + "cur.execute(\"SET SESSION sql_mode='STRICT_ALL_TABLES'\")\n"
              "cur.execute('CREATE TEMPORARY TABLE corpus6_t (id int, qty int)')\n"
              "cur.execute(\"INSERT INTO corpus6_t (id, qty) VALUES (1, 'two')\")", "PARAMETER_FORMAT")
    sdk(run, "mysql_execute", {"sql": "INSERT INTO corpus6_t (code) VALUES ('EUR-EXTENDED')"},
        pre + "cur.execute(\"SET SESSION sql_mode='STRICT_ALL_TABLES'\")\n"
              "cur.execute('CREATE TEMPORARY TABLE corpus6_t (code char(3))')\n"
              "cur.execute(\"INSERT INTO corpus6_t (code) VALUES ('EUR-EXTENDED')\")", "PARAMETER_FORMAT")
    sdk(run, "mysql_execute", {"sql": "INSERT INTO corpus6_t (id, name) VALUES (%s, %s)", "params": [5, None]},
        pre + "cur.execute('CREATE TEMPORARY TABLE corpus6_t (id int, name varchar(20) NOT NULL)')\n"
              "cur.execute('INSERT INTO corpus6_t (id, name) VALUES (%s, %s)', (5, None))", "MISSING_PARAMETER")
    sdk(run, "mysql_execute", {"sql": "INSERT INTO corpus6_t (id, name) VALUES (%s, %s)", "params": [5]},
        pre + "cur.execute('INSERT INTO corpus6_t (id, name) VALUES (%s, %s)', (5,))", "MISSING_PARAMETER", tb=True)
    sdk(run, "mysql_execute", {"sql": "DELETE FROM mysql.proxies_priv WHERE 1 = 0", "transaction": "read only"},
        pre + "cur.execute('START TRANSACTION READ ONLY')\ncur.execute('DELETE FROM mysql.proxies_priv WHERE 1 = 0')", "read_only")
    sdk(run, "mysql_query", {"sql": "SELECT SLEEP(3)", "max_statement_time": 0.2},
        pre + "cur.execute('SET STATEMENT max_statement_time=0.2 FOR SELECT SLEEP(3) FROM seq_1_to_2')", "timeout")
    sdk(run, "mysql_execute", {"sql": "CREATE DATABASE test"}, pre + "cur.execute('CREATE DATABASE test')", "WORKFLOW_SEQUENCE")
    sdk(run, "mysql_execute", {"sql": "DROP TABLE corpus6_sessions"}, pre + "cur.execute('DROP TABLE corpus6_sessions')",
        "INCORRECT_PARAMETER")
    sdk(run, "mysql_execute", {"sql": "USE corpus6_reporting"}, pre + "cur.execute('USE corpus6_reporting')",
        "INCORRECT_PARAMETER")
    sdk(run, "mysql_query", {"sql": "SELECT * FROM corpus6_products", "driver": "mysql-connector"},
        prec + "cur.execute('SELECT * FROM corpus6_products')", "INCORRECT_PARAMETER")
    sdk(run, "mysql_query", {"sql": "SELEC 1", "driver": "mysql-connector"}, prec + "cur.execute('SELEC 1')", "PARAMETER_FORMAT")
    sdk(run, "mysql_query", {"sql": "SELECT 2", "previous": "SELECT COUNT(*) FROM information_schema.tables (not fetched)"},
        prec + "cur.execute('SELECT COUNT(*) FROM information_schema.tables')\ncur.execute('SELECT 2')", "WORKFLOW_SEQUENCE")
    sdk(run, "mysql_query", {"sql": "CALL corpus6_refresh_stats()"}, pre + "cur.execute('CALL corpus6_refresh_stats()')",
        "INCORRECT_PARAMETER")


def rabbitmq_sdk_cases(run: Run, box: Sandbox) -> None:
    pre = ("import pika\nconn = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', 5672, "
           "credentials=pika.PlainCredentials('guest', 'guest'), connection_attempts=1, socket_timeout=5))\n"
           "ch = conn.channel()\n")
    sdk(run, "amqp_connect", {"port": CLOSED_PORT},
        f"import pika\npika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', {CLOSED_PORT}, connection_attempts=1))",
        "network")
    if not port_open("127.0.0.1", 5672):
        run.note("skip pika cases: nothing on 5672")
        return
    sdk(run, "amqp_connect", {"user": "guest", "password": "guset"},
        "import pika\npika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', 5672, "
        "credentials=pika.PlainCredentials('guest', 'guset'), connection_attempts=1))", "auth")
    sdk(run, "amqp_connect", {"virtual_host": "/corpus6-billing"},
        "import pika\npika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', 5672, '/corpus6-billing', "
        "credentials=pika.PlainCredentials('guest', 'guest'), connection_attempts=1))", "INCORRECT_PARAMETER")
    sdk(run, "amqp_connect", {"url": "amqp://guest:guest@127.0.0.1:5672/%2F?heartbeat=often"},
        "import pika\npika.URLParameters('amqp://guest:guest@127.0.0.1:5672/%2F?heartbeat=often')", "PARAMETER_FORMAT")
    sdk(run, "amqp_queue_declare", {"queue": "corpus6.invoices", "passive": True},
        pre + "ch.queue_declare('corpus6.invoices', passive=True)", "INCORRECT_PARAMETER")
    sdk(run, "amqp_publish", {"exchange": "corpus6.events", "routing_key": "order.created"},
        pre + "ch.confirm_delivery()\nch.basic_publish('corpus6.events', 'order.created', b'{}')", "INCORRECT_PARAMETER")
    sdk(run, "amqp_exchange_declare", {"exchange": "amq.corpus6", "exchange_type": "topic"},
        pre + "ch.exchange_declare('amq.corpus6', exchange_type='topic')", "INCORRECT_PARAMETER")
    sdk(run, "amqp_exchange_declare", {"exchange": "amq.direct", "exchange_type": "fanout"},
        pre + "ch.exchange_declare('amq.direct', exchange_type='fanout', durable=True)", "INCORRECT_PARAMETER", tb=True)
    sdk(run, "amqp_exchange_declare", {"exchange": "corpus6.x", "exchange_type": "fan-out"},
        pre + "ch.exchange_declare('corpus6.x', exchange_type='fan-out', auto_delete=True)", "INCORRECT_PARAMETER")
    sdk(run, "amqp_queue_declare", {"queue": "", "arguments": {"x-max-length": "ten"}},
        pre + "ch.queue_declare('', exclusive=True, arguments={'x-max-length': 'ten'})", "PARAMETER_FORMAT")
    sdk(run, "amqp_queue_declare", {"queue": "", "arguments": {"x-queue-type": "stream"}, "exclusive": True},
        pre + "ch.queue_declare('', exclusive=True, arguments={'x-queue-type': 'stream'})", "INCORRECT_PARAMETER")
    sdk(run, "amqp_ack", {"delivery_tag": 42},
        pre + "q = ch.queue_declare('', exclusive=True).method.queue\nch.basic_ack(delivery_tag=42)\nch.queue_declare('', exclusive=True)",
        "WORKFLOW_SEQUENCE")
    sdk(run, "amqp_consume", {"queue": "corpus6.emails"},
        pre + "ch.basic_consume('corpus6.emails', on_message_callback=lambda *a: None)", "INCORRECT_PARAMETER")
    sdk(run, "amqp_queue_bind", {"queue": "(exclusive)", "exchange": "corpus6.audit"},
        pre + "q = ch.queue_declare('', exclusive=True).method.queue\nch.queue_bind(q, 'corpus6.audit', routing_key='#')",
        "INCORRECT_PARAMETER")
    sdk(run, "amqp_publish", {"exchange": "", "routing_key": "corpus6.q", "body": {"order": 1}},
        pre + "ch.basic_publish('', 'corpus6.q', {'order': 1})", "PARAMETER_FORMAT")
    sdk(run, "amqp_publish", {"exchange": "", "routing_key": "corpus6.q"},
        pre + "ch.close()\nch.basic_publish('', 'corpus6.q', b'x')", "WORKFLOW_SEQUENCE")
    sdk(run, "amqp_queue_delete", {"queue": "corpus6.reports", "if_empty": True},
        pre + "ch.queue_delete('corpus6.reports-missing', if_empty=True)\nch.queue_declare('', exclusive=True)",
        "INCORRECT_PARAMETER")


def mqtt_sdk_cases(run: Run, box: Sandbox) -> None:
    pre = "import paho.mqtt.client as mqtt\nc = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id='corpus6-agent')\n"
    sdk(run, "mqtt_connect", {"host": "127.0.0.1", "port": CLOSED_PORT}, pre + f"c.connect('127.0.0.1', {CLOSED_PORT})", "network")
    sdk(run, "mqtt_connect", {"host": "broker.corpus6.invalid"}, pre + "c.connect('broker.corpus6.invalid', 1883)", "dns")
    sdk(run, "mqtt_publish", {"topic": "sensors/+/temperature", "payload": "21.5"},
        pre + "c.publish('sensors/+/temperature', '21.5')", "PARAMETER_FORMAT")
    sdk(run, "mqtt_publish", {"topic": "sensors/lab/temperature", "payload": "21.5", "qos": 3},
        pre + "c.publish('sensors/lab/temperature', '21.5', qos=3)", "INCORRECT_PARAMETER")
    sdk(run, "mqtt_publish", {"topic": "sensors/lab/temperature", "payload": {"c": 21.5}},
        pre + "c.publish('sensors/lab/temperature', {'c': 21.5})", "PARAMETER_FORMAT")
    sdk(run, "mqtt_publish", {"topic": "", "payload": "x"}, pre + "c.publish('', 'x')", "MISSING_PARAMETER")
    sdk(run, "mqtt_connect", {"host": "127.0.0.1", "keepalive": -5}, pre + "c.connect('127.0.0.1', 1883, keepalive=-5)",
        "INCORRECT_PARAMETER")
    sdk(run, "mqtt_subscribe", {"topic": "sensors/#/temperature"},
        pre + "c.subscribe('sensors/#/temperature')", "PARAMETER_FORMAT")
    sdk(run, "mqtt_subscribe", {"topic": "sensors/lab", "qos": 5}, pre + "c.subscribe('sensors/lab', qos=5)", "INCORRECT_PARAMETER")
    sdk(run, "mqtt_publish", {"topic": "corpus6/alerts", "payload": "disk 91%", "connected": False},
        pre + "info = c.publish('corpus6/alerts', 'disk 91%')\nif info.rc != mqtt.MQTT_ERR_SUCCESS:\n"
              "    raise RuntimeError(mqtt.error_string(info.rc))", "WORKFLOW_SEQUENCE")
    sdk(run, "mqtt_will_set", {"topic": "corpus6/status/#", "payload": "offline"},
        pre + "c.will_set('corpus6/status/#', 'offline')", "PARAMETER_FORMAT")
    sdk(run, "mqtt_connect", {"host": "127.0.0.1", "port": "1883"}, pre + "c.connect('127.0.0.1', '1883')", "PARAMETER_FORMAT")


def nats_sdk_cases(run: Run, box: Sandbox) -> None:
    def nats(tool: str, params: Mapping[str, Any], body: str, label: str, **kw: Any) -> None:
        code = ("import asyncio, nats\nasync def main():\n"
                "    nc = await nats.connect('nats://127.0.0.1:4222', connect_timeout=3, max_reconnect_attempts=0)\n"
                "    js = nc.jetstream()\n    try:\n" + textwrap.indent(textwrap.dedent(body).strip(), "        ") +
                "\n    finally:\n        for s in ('CORPUS6_ORDERS', 'CORPUS6_KV_TMP'):\n"
                "            try:\n                await js.delete_stream(s)\n            except Exception:\n                pass\n"
                "        await nc.close()\nasyncio.run(main())")
        sdk(run, tool, params, code, label, **kw)

    sdk(run, "nats_connect", {"servers": [f"nats://127.0.0.1:{CLOSED_PORT}"]},
        "import asyncio, nats\nasync def main():\n    await nats.connect('nats://127.0.0.1:%d', connect_timeout=2, "
        "max_reconnect_attempts=0, allow_reconnect=False)\nasyncio.run(main())" % CLOSED_PORT, "network")
    if not port_open("127.0.0.1", 4222):
        run.note("skip nats-py cases: nothing on 4222")
        return
    nats("nats_stream_info", {"stream": "CORPUS6_PAYMENTS"}, "await js.stream_info('CORPUS6_PAYMENTS')", "INCORRECT_PARAMETER")
    nats("nats_add_stream", {"name": "corpus6.orders", "subjects": ["corpus6.orders.>"]},
         "await js.add_stream(name='corpus6.orders', subjects=['corpus6.orders.>'])", "PARAMETER_FORMAT")
    nats("nats_add_stream", {"name": "CORPUS6_ORDERS", "subjects": ["corpus6.orders.eu.>"]},
         "await js.add_stream(name='CORPUS6_ORDERS', subjects=['corpus6.orders.>'])\n"
         "await js.add_stream(name='CORPUS6_ORDERS', subjects=['corpus6.orders.eu.>'], max_msgs=10)", "WORKFLOW_SEQUENCE")
    nats("nats_add_stream", {"name": "CORPUS6_KV_TMP", "subjects": ["corpus6.orders.>"]},
         "await js.add_stream(name='CORPUS6_ORDERS', subjects=['corpus6.orders.>'])\n"
         "await js.add_stream(name='CORPUS6_KV_TMP', subjects=['corpus6.orders.>'])", "WORKFLOW_SEQUENCE")
    nats("nats_js_publish", {"subject": "corpus6.shipments.created", "payload": "{}"},
         "await js.publish('corpus6.shipments.created', b'{}', timeout=2)", "MISSING_PREREQUISITE")
    nats("nats_consumer_info", {"stream": "CORPUS6_ORDERS", "consumer": "billing"},
         "await js.add_stream(name='CORPUS6_ORDERS', subjects=['corpus6.orders.>'])\n"
         "await js.consumer_info('CORPUS6_ORDERS', 'billing')", "INCORRECT_PARAMETER")
    nats("nats_pull_subscribe", {"subject": "corpus6.refunds.>", "durable": "worker", "stream": "CORPUS6_REFUNDS"},
         "await js.pull_subscribe('corpus6.refunds.>', durable='worker', stream='CORPUS6_REFUNDS')", "INCORRECT_PARAMETER")
    nats("nats_publish", {"subject": "corpus6 orders created", "payload": "{}"},
         "await nc.publish('corpus6 orders created', b'{}')\nawait nc.flush(timeout=2)", "PARAMETER_FORMAT")
    nats("nats_publish", {"subject": "corpus6.orders.created", "payload": {"id": 1}},
         "await nc.publish('corpus6.orders.created', {'id': 1})", "PARAMETER_FORMAT")
    nats("nats_kv_get", {"bucket": "CORPUS6_FLAGS", "key": "checkout.v2"},
         "kv = await js.key_value('CORPUS6_FLAGS')\nawait kv.get('checkout.v2')", "INCORRECT_PARAMETER")
    nats("nats_kv_get", {"bucket": "CORPUS6_TMP", "key": "checkout.v2"},
         "kv = await js.create_key_value(bucket='CORPUS6_TMP')\ntry:\n    await kv.get('checkout.v2')\n"
         "finally:\n    await js.delete_key_value('CORPUS6_TMP')", "INCORRECT_PARAMETER")
    nats("nats_request", {"subject": "corpus6.pricing.quote", "timeout": 1},
         "sub = await nc.subscribe('corpus6.pricing.quote')\nawait nc.request('corpus6.pricing.quote', b'{}', timeout=1)",
         "timeout")
    nats("nats_delete_msg", {"stream": "CORPUS6_ORDERS", "seq": 9000},
         "await js.add_stream(name='CORPUS6_ORDERS', subjects=['corpus6.orders.>'])\n"
         "await js.delete_msg('CORPUS6_ORDERS', 9000)", "INCORRECT_PARAMETER")
    nats("nats_get_msg", {"stream": "CORPUS6_ORDERS", "seq": "latest"},
         "await js.add_stream(name='CORPUS6_ORDERS', subjects=['corpus6.orders.>'])\n"
         "await js.get_msg('CORPUS6_ORDERS', 'latest')", "PARAMETER_FORMAT")


def aws_sdk_cases(run: Run, box: Sandbox) -> None:
    env = {"AWS_ACCESS_KEY_ID": "AKIACORPUS6EXAMPLE00", "AWS_SECRET_ACCESS_KEY": "corpus6-not-a-secret",
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}
    s3 = ("import boto3\nfrom botocore.config import Config\n"
          f"s3 = boto3.client('s3', endpoint_url='http://127.0.0.1:{S3_PORT}', "
          "config=Config(s3={'addressing_style': 'path'}, retries={'max_attempts': 1}, connect_timeout=3, read_timeout=3))\n")
    ddb = ("import boto3\nfrom botocore.config import Config\n"
           f"db = boto3.client('dynamodb', endpoint_url='http://127.0.0.1:{DDB_PORT}', "
           "config=Config(retries={'max_attempts': 1}, connect_timeout=3, read_timeout=3))\n")

    def a(tool: str, params: Mapping[str, Any], body: str, label: str, **kw: Any) -> None:
        sdk(run, tool, params, body, label, env={**env, **kw.pop("env", {})}, **kw)

    a("s3_get_object", {"bucket": "corpus6-data", "key": "reports/2026-11.csv"},
      s3 + "s3.get_object(Bucket='corpus6-data', Key='reports/2026-11.csv')", "INCORRECT_PARAMETER")
    a("s3_head_bucket", {"bucket": "corpus6-missing-bucket"}, s3 + "s3.head_bucket(Bucket='corpus6-missing-bucket')",
      "INCORRECT_PARAMETER")
    a("s3_list_objects", {"bucket": "corpus6-missing-bucket", "prefix": "logs/"},
      s3 + "s3.list_objects_v2(Bucket='corpus6-missing-bucket', Prefix='logs/')", "INCORRECT_PARAMETER", tb=True)
    a("s3_put_object", {"bucket": "corpus6-private", "key": "uploads/a.txt"},
      s3 + "s3.put_object(Bucket='corpus6-private', Key='uploads/a.txt', Body=b'a')", "permission")
    a("s3_list_objects", {"bucket": "corpus6-badkey"}, s3 + "s3.list_objects_v2(Bucket='corpus6-badkey')", "auth")
    a("s3_list_objects", {"bucket": "corpus6-badsig"}, s3 + "s3.list_objects_v2(Bucket='corpus6-badsig')", "auth")
    a("s3_get_object", {"bucket": "corpus6-expired", "key": "a"}, s3 + "s3.get_object(Bucket='corpus6-expired', Key='a')", "auth")
    a("s3_create_bucket", {"bucket": "corpus6-mine"}, s3 + "s3.create_bucket(Bucket='corpus6-mine')", "WORKFLOW_SEQUENCE")
    a("s3_put_object", {"bucket": "corpus6-slow", "key": "metrics/1.json"},
      s3 + "s3.put_object(Bucket='corpus6-slow', Key='metrics/1.json', Body=b'{}')", "rate_limit")
    a("s3_list_objects", {"bucket": "corpus6-internal"}, s3 + "s3.list_objects_v2(Bucket='corpus6-internal')", "server_error")
    a("s3_delete_bucket", {"bucket": "corpus6-notempty"}, s3 + "s3.delete_bucket(Bucket='corpus6-notempty')", "WORKFLOW_SEQUENCE")
    a("s3_create_bucket", {"bucket": "corpus6-quota"}, s3 + "s3.create_bucket(Bucket='corpus6-quota')", "resource")
    a("s3_list_objects", {"bucket": "corpus6-region", "region": "us-east-1"},
      s3 + "s3.list_objects_v2(Bucket='corpus6-region')", "INCORRECT_PARAMETER")
    a("s3_get_object", {"bucket": "corpus6-range", "key": "big.bin", "range": "bytes=5000-6000"},
      s3 + "s3.get_object(Bucket='corpus6-range', Key='big.bin', Range='bytes=5000-6000')", "INCORRECT_PARAMETER")
    a("s3_get_object", {"bucket": "corpus6-versioned", "key": "a.txt", "version_id": "v1"},
      s3 + "s3.get_object(Bucket='corpus6-versioned', Key='a.txt', VersionId='v1')", "PARAMETER_FORMAT")
    a("s3_put_object", {"bucket": "corpus6-data"}, s3 + "s3.put_object(Bucket='corpus6-data', Body=b'x')", "MISSING_PARAMETER")
    a("s3_put_object", {"bucket": "Corpus6_Data!", "key": "a.txt"},
      s3 + "s3.put_object(Bucket='Corpus6_Data!', Key='a.txt', Body=b'x')", "PARAMETER_FORMAT")
    a("s3_list_objects", {"bucket": "corpus6-data", "max_keys": "100"},
      s3 + "s3.list_objects_v2(Bucket='corpus6-data', MaxKeys='100')", "PARAMETER_FORMAT")
    a("s3_list_objects", {"bucket": "corpus6-data", "Prefixx": "logs/"},
      s3 + "s3.list_objects_v2(Bucket='corpus6-data', Prefixx='logs/')", "INCORRECT_PARAMETER")
    a("s3_list_buckets", {}, s3 + "s3.list_bucket()", "WRONG_TOOL_SELECTION")
    a("aws_client", {"service": "s4"}, "import boto3\nboto3.client('s4')", "INCORRECT_PARAMETER")
    a("s3_download_file", {"bucket": "corpus6-data", "key": "exports/users.csv", "filename": "users.csv"},
      s3 + "s3.download_file('corpus6-data', 'exports/users.csv', 'users.csv')", "INCORRECT_PARAMETER")
    a("s3_upload_file", {"filename": "dist/app.tar.gz", "bucket": "corpus6-data", "key": "releases/app.tar.gz"},
      s3 + "s3.upload_file('dist/app.tar.gz', 'corpus6-data', 'releases/app.tar.gz')", "INCORRECT_PARAMETER")
    a("s3_waiter", {"name": "bucket_exist"}, s3 + "s3.get_waiter('bucket_exist')", "INCORRECT_PARAMETER")
    a("s3_presign", {"method": "get_objects", "bucket": "corpus6-data", "key": "a"},
      s3 + "s3.generate_presigned_url('get_objects', Params={'Bucket': 'corpus6-data', 'Key': 'a'})", "INCORRECT_PARAMETER")
    a("s3_list_buckets", {"endpoint": f"http://127.0.0.1:{CLOSED_PORT}"},
      f"import boto3\nfrom botocore.config import Config\nboto3.client('s3', endpoint_url='http://127.0.0.1:{CLOSED_PORT}', "
      "config=Config(retries={'max_attempts': 1})).list_buckets()", "network")
    a("s3_list_buckets", {"endpoint": f"http://127.0.0.1:{HANG_PORT}"},
      f"import boto3\nfrom botocore.config import Config\nboto3.client('s3', endpoint_url='http://127.0.0.1:{HANG_PORT}', "
      "config=Config(retries={'max_attempts': 1}, read_timeout=2)).list_buckets()", "timeout")
    a("s3_list_buckets", {}, "import boto3\nboto3.client('s3').list_buckets()", "auth",
      env={"AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None, "AWS_CONFIG_FILE": "/nonexistent",
           "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"})
    a("dynamodb_list_tables", {}, "import boto3\nboto3.client('dynamodb').list_tables()", "MISSING_PREREQUISITE",
      env={"AWS_DEFAULT_REGION": None, "AWS_CONFIG_FILE": "/nonexistent"})
    a("dynamodb_describe_table", {"table": "Orders_v2"}, ddb + "db.describe_table(TableName='Orders_v2')", "INCORRECT_PARAMETER")
    a("dynamodb_get_item", {"table": "OrdersBadKey", "key": {"orderId": {"S": "o-1"}}},
      ddb + "db.get_item(TableName='OrdersBadKey', Key={'orderId': {'S': 'o-1'}})", "INCORRECT_PARAMETER")
    a("dynamodb_put_item", {"table": "OrdersHot"},
      ddb + "db.put_item(TableName='OrdersHot', Item={'pk': {'S': 'o-1'}})", "rate_limit")
    a("dynamodb_put_item", {"table": "OrdersCond", "condition": "attribute_not_exists(pk)"},
      ddb + "db.put_item(TableName='OrdersCond', Item={'pk': {'S': 'o-1'}}, ConditionExpression='attribute_not_exists(pk)')",
      "WORKFLOW_SEQUENCE")
    a("dynamodb_create_table", {"table": "OrdersExists"},
      ddb + "db.create_table(TableName='OrdersExists', KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}], "
            "AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}], BillingMode='PAY_PER_REQUEST')",
      "WORKFLOW_SEQUENCE")
    a("dynamodb_update_item", {"table": "OrdersBadExpr", "update_expression": "SET = :v"},
      ddb + "db.update_item(TableName='OrdersBadExpr', Key={'pk': {'S': 'o-1'}}, UpdateExpression='SET = :v', "
            "ExpressionAttributeValues={':v': {'S': 'paid'}})", "PARAMETER_FORMAT")
    a("dynamodb_update_item", {"table": "OrdersAttr", "expression_attribute_values": {"status": {"S": "paid"}}},
      ddb + "db.update_item(TableName='OrdersAttr', Key={'pk': {'S': 'o-1'}}, UpdateExpression='SET #s = :v', "
            "ExpressionAttributeNames={'#s': 'status'}, ExpressionAttributeValues={'status': {'S': 'paid'}})",
      "PARAMETER_FORMAT")
    a("dynamodb_put_item", {"table": "OrdersDenied"}, ddb + "db.put_item(TableName='OrdersDenied', Item={'pk': {'S': 'o-1'}})",
      "permission")
    a("dynamodb_scan", {"table": "OrdersToken"}, ddb + "db.scan(TableName='OrdersToken')", "auth")
    a("dynamodb_query", {"table": "OrdersThrottle"},
      ddb + "db.query(TableName='OrdersThrottle', KeyConditionExpression='pk = :p', ExpressionAttributeValues={':p': {'S': 'o'}})",
      "rate_limit")
    a("dynamodb_scan", {"table": "OrdersDown"}, ddb + "db.scan(TableName='OrdersDown')", "server_error")
    a("dynamodb_create_table", {"table": "OrdersLimit"},
      ddb + "db.create_table(TableName='OrdersLimit', KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}], "
            "AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}], BillingMode='PAY_PER_REQUEST')", "resource")
    a("dynamodb_put_item", {"table": "Orders", "item": {"pk": "o-1", "total": 12}},
      ddb + "db.put_item(TableName='Orders', Item={'pk': 'o-1', 'total': 12})", "PARAMETER_FORMAT")
    a("dynamodb_get_item", {"table": "Orders"}, ddb + "db.get_item(TableName='Orders')", "MISSING_PARAMETER")
    a("dynamodb_query", {"table": "Orders", "KeyCondition": "pk = :p"},
      ddb + "db.query(TableName='Orders', KeyCondition='pk = :p')", "INCORRECT_PARAMETER")


def stripe_sdk_cases(run: Run, box: Sandbox) -> None:
    pre = (f"import stripe\nclient = stripe.StripeClient('sk_test_corpus6notakey', base_addresses={{'api': '{H}/stripe'}}, "
           "max_network_retries=0)\n")
    st = lambda tool, params, call, label, **kw: sdk(run, tool, params, pre + call, label, **kw)  # noqa: E731
    st("stripe_customer_retrieve", {"customer": "cus_Q4x1missing"}, "client.v1.customers.retrieve('cus_Q4x1missing')",
       "INCORRECT_PARAMETER")
    st("stripe_customer_create", {"email": "jane.doe@"}, "client.v1.customers.create({'email': 'jane.doe@'})", "PARAMETER_FORMAT")
    st("stripe_payment_intent_create", {"currency": "usd"}, "client.v1.payment_intents.create({'currency': 'usd'})",
       "MISSING_PARAMETER", tb=True)
    st("stripe_price_create", {"unit_amount": 19.99, "currency": "usd", "product": "prod_Q4xWidget"},
       "client.v1.prices.create({'unit_amount': 19.99, 'currency': 'usd', 'product': 'prod_Q4xWidget'})", "PARAMETER_FORMAT")
    st("stripe_refund_create", {"charge": "ch_3Q4xRefunded"}, "client.v1.refunds.create({'charge': 'ch_3Q4xRefunded'})",
       "WORKFLOW_SEQUENCE")
    st("stripe_payment_intent_confirm", {"intent": "pi_3Q4xSucceeded", "payment_method": "pm_card_visa"},
       "client.v1.payment_intents.confirm('pi_3Q4xSucceeded', {'payment_method': 'pm_card_visa'})", "WORKFLOW_SEQUENCE")
    st("stripe_subscription_create", {"customer": "cus_Q4xNoCard", "price": "price_Q4xPro"},
       "client.v1.subscriptions.create({'customer': 'cus_Q4xNoCard', 'items': [{'price': 'price_Q4xPro'}]})",
       "MISSING_PREREQUISITE")
    st("stripe_invoice_list", {"limit": 10}, "client.v1.invoices.list({'limit': 10})", "auth")
    st("stripe_charge_search", {"limit": 100}, "client.v1.charges.list({'limit': 100})", "rate_limit")
    st("stripe_balance_retrieve", {}, "client.v1.balance.retrieve()", "server_error")
    st("stripe_product_create", {"name": "Widget Pro", "idempotency_key": "order-1042"},
       "client.v1.products.create({'name': 'Widget Pro'}, {'idempotency_key': 'order-1042'})", "INCORRECT_PARAMETER")
    st("stripe_coupon_create", {"id": "WELCOME10", "percent_off": 10},
       "client.v1.coupons.create({'id': 'WELCOME10', 'percent_off': 10, 'duration': 'once'})", "WORKFLOW_SEQUENCE")
    st("stripe_account_create", {"type": "express"}, "client.v1.accounts.create({'type': 'express'})", "permission")
    sdk(run, "stripe_customer_list", {"api_base": f"http://127.0.0.1:{CLOSED_PORT}"},
        f"import stripe\nclient = stripe.StripeClient('sk_test_corpus6notakey', base_addresses={{'api': 'http://127.0.0.1:{CLOSED_PORT}'}}, "
        "max_network_retries=0)\nclient.v1.customers.list()", "network")
    st("stripe_customer_update", {"customer": "cus_Q4x1missing", "metadata": "vip"},
       "client.v1.customers.update('cus_Q4x1missing', {'metadata': 'vip'})", "INCORRECT_PARAMETER")


def slack_sdk_cases(run: Run, box: Sandbox) -> None:
    def sl(tool: str, params: Mapping[str, Any], error: str, call: str, label: str, **kw: Any) -> None:
        pre = (f"from slack_sdk import WebClient\nclient = WebClient(token='xoxb-corpus6-not-a-token', "
               f"base_url='{H}/slack/{error}/api/', timeout=5)\n")
        sdk(run, tool, params, pre + call, label, **kw)

    sl("slack_post_message", {"channel": "#deploys-eof", "text": "v1.4.2 is out"}, "channel_not_found",
       "client.chat_postMessage(channel='#deploys-eof', text='v1.4.2 is out')", "INCORRECT_PARAMETER")
    sl("slack_post_message", {"channel": "C06CORPUS6", "text": "build green"}, "not_in_channel",
       "client.chat_postMessage(channel='C06CORPUS6', text='build green')", "MISSING_PREREQUISITE")
    sl("slack_auth_test", {}, "invalid_auth", "client.auth_test()", "auth")
    sl("slack_post_message", {"channel": "C06CORPUS6", "text": "hi"}, "missing_scope",
       "client.chat_postMessage(channel='C06CORPUS6', text='hi')", "permission")
    sl("slack_conversations_list", {"limit": 1000}, "ratelimited", "client.conversations_list(limit=1000)", "rate_limit")
    sl("slack_post_message", {"channel": "C06CORPUS6", "text": ""}, "no_text",
       "client.chat_postMessage(channel='C06CORPUS6', text='')", "MISSING_PARAMETER")
    sl("slack_post_message", {"channel": "C06CORPUS6", "blocks": [{"type": "section", "text": "Deploy done"}]},
       "invalid_blocks", "client.chat_postMessage(channel='C06CORPUS6', blocks=[{'type': 'section', 'text': 'Deploy done'}])",
       "PARAMETER_FORMAT")
    sl("slack_reactions_add", {"channel": "C06CORPUS6", "timestamp": "1733050000.000100", "name": "white_check_mark"},
       "already_reacted", "client.reactions_add(channel='C06CORPUS6', timestamp='1733050000.000100', name='white_check_mark')",
       "WORKFLOW_SEQUENCE")
    sl("slack_users_info", {"user": "U0BADID"}, "user_not_found", "client.users_info(user='U0BADID')", "INCORRECT_PARAMETER")
    sl("slack_conversations_create", {"name": "deploys"}, "name_taken", "client.conversations_create(name='deploys')",
       "WORKFLOW_SEQUENCE", tb=True)
    sl("slack_conversations_history", {"channel": "C06CORPUS6", "oldest": "yesterday"}, "invalid_ts_oldest",
       "client.conversations_history(channel='C06CORPUS6', oldest='yesterday')", "PARAMETER_FORMAT")
    sl("slack_chat_update", {"channel": "C06CORPUS6", "ts": "1733050000.999999", "text": "edited"}, "message_not_found",
       "client.chat_update(channel='C06CORPUS6', ts='1733050000.999999', text='edited')", "INCORRECT_PARAMETER")
    sl("slack_chat_delete", {"channel": "C06CORPUS6", "ts": "1733040000.000200"}, "cant_delete_message",
       "client.chat_delete(channel='C06CORPUS6', ts='1733040000.000200')", "permission")
    sl("slack_conversations_invite", {"channel": "C06CORPUS6", "users": "U06ADA"}, "already_in_channel",
       "client.conversations_invite(channel='C06CORPUS6', users='U06ADA')", "WORKFLOW_SEQUENCE")
    sl("slack_conversations_archive", {"channel": "C06OLD"}, "already_archived",
       "client.conversations_archive(channel='C06OLD')", "WORKFLOW_SEQUENCE")
    sl("slack_post_message", {"channel": "C06OLD", "text": "reminder"}, "is_archived",
       "client.chat_postMessage(channel='C06OLD', text='reminder')", "INCORRECT_PARAMETER")
    sl("slack_files_info", {"file": "F06CORPUS6"}, "fatal_error", "client.files_info(file='F06CORPUS6')", "server_error")
    sl("slack_users_list", {}, "token_revoked", "client.users_list()", "auth")
    sl("slack_post_message", {"text": "deploy finished"}, "invalid_arguments",
       "client.api_call('chat.postMessage', json={'text': 'deploy finished'})", "MISSING_PARAMETER")
    sl("slack_schedule_message", {"channel": "C06CORPUS6", "post_at": 1600000000, "text": "standup"}, "time_in_past",
       "client.chat_scheduleMessage(channel='C06CORPUS6', post_at=1600000000, text='standup')", "INCORRECT_PARAMETER")
    sdk(run, "slack_post_message", {"channel": "C06CORPUS6", "text": "hi", "base_url": f"http://127.0.0.1:{CLOSED_PORT}/api/"},
        f"from slack_sdk import WebClient\nWebClient(token='xoxb-corpus6', base_url='http://127.0.0.1:{CLOSED_PORT}/api/', "
        "retry_handlers=[]).chat_postMessage(channel='C06CORPUS6', text='hi')", "network")


def llm_sdk_cases(run: Run, box: Sandbox) -> None:
    def oa(tool: str, params: Mapping[str, Any], scenario: str, call: str, label: str, **kw: Any) -> None:
        pre = (f"from openai import OpenAI\nclient = OpenAI(api_key='sk-corpus6-not-a-key', base_url='{H}/openai/{scenario}/v1', "
               "max_retries=0, timeout=5)\n")
        sdk(run, tool, params, pre + call, label, **kw)

    msgs = "[{'role': 'user', 'content': 'Summarise the incident'}]"
    oa("openai_chat_create", {"model": "gpt-4.5-turbo-mini"}, "model404",
       f"client.chat.completions.create(model='gpt-4.5-turbo-mini', messages={msgs})", "INCORRECT_PARAMETER")
    oa("openai_chat_create", {"model": "gpt-4o", "messages": None}, "nomessages",
       "client.chat.completions.create(model='gpt-4o', messages=None)", "MISSING_PARAMETER")
    oa("openai_chat_create", {"model": "gpt-4o", "temperature": "0.2"}, "badtemp",
       f"client.chat.completions.create(model='gpt-4o', messages={msgs}, temperature='0.2')", "PARAMETER_FORMAT")
    oa("openai_chat_create", {"model": "gpt-4o", "messages": [{"role": "bot", "content": "hi"}]}, "badrole",
       "client.chat.completions.create(model='gpt-4o', messages=[{'role': 'bot', 'content': 'hi'}])", "INCORRECT_PARAMETER")
    oa("openai_chat_create", {"model": "gpt-4", "messages": "(12611 tokens)"}, "context",
       f"client.chat.completions.create(model='gpt-4', messages={msgs})", "INCORRECT_PARAMETER", tb=True)
    oa("openai_chat_create", {"model": "gpt-4o", "messages": [{"role": "user"}, {"role": "tool", "tool_call_id": "call_1"}]},
       "toolorder", "client.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': 'x'}, "
       "{'role': 'tool', 'tool_call_id': 'call_1', 'content': '42'}])", "WORKFLOW_SEQUENCE")
    oa("openai_embeddings_create", {"model": "text-embedding-3-small"}, "badkey",
       "client.embeddings.create(model='text-embedding-3-small', input='hello')", "auth")
    oa("openai_chat_create", {"model": "gpt-4o"}, "ratelimit",
       f"client.chat.completions.create(model='gpt-4o', messages={msgs})", "rate_limit")
    oa("openai_responses_create", {"model": "gpt-4o"}, "quota", "client.responses.create(model='gpt-4o', input='hi')", "resource")
    oa("openai_chat_create", {"model": "gpt-4o"}, "server", f"client.chat.completions.create(model='gpt-4o', messages={msgs})",
       "server_error")
    oa("openai_chat_create", {"model": "gpt-4o"}, "overloaded",
       f"client.chat.completions.create(model='gpt-4o', messages={msgs})", "server_error")
    oa("openai_file_retrieve", {"file_id": "file-7Hx2missing"}, "file404", "client.files.retrieve('file-7Hx2missing')",
       "INCORRECT_PARAMETER")
    oa("openai_file_create", {"purpose": "fine_tune"}, "badpurpose",
       "client.files.create(file=('train.jsonl', b'{}'), purpose='fine_tune')", "INCORRECT_PARAMETER")
    oa("openai_chat_create", {"model": "gpt-4o"}, "x", "client.chat.completions.create(model='gpt-4o')", "MISSING_PARAMETER")
    sdk(run, "openai_chat_create", {"model": "gpt-4o"},
        f"from openai import OpenAI\nOpenAI(base_url='{H}/openai/x/v1').chat.completions.create(model='gpt-4o', messages={msgs})",
        "auth", env={"OPENAI_API_KEY": None})
    sdk(run, "openai_chat_create", {"model": "gpt-4o", "base_url": f"http://127.0.0.1:{CLOSED_PORT}/v1"},
        f"from openai import OpenAI\nOpenAI(api_key='sk-x', base_url='http://127.0.0.1:{CLOSED_PORT}/v1', max_retries=0)"
        f".chat.completions.create(model='gpt-4o', messages={msgs})", "network")
    sdk(run, "openai_chat_create", {"model": "gpt-4o", "base_url": f"http://127.0.0.1:{HANG_PORT}/v1", "timeout": 2},
        f"from openai import OpenAI\nOpenAI(api_key='sk-x', base_url='http://127.0.0.1:{HANG_PORT}/v1', max_retries=0, timeout=2)"
        f".chat.completions.create(model='gpt-4o', messages={msgs})", "timeout")

    def an(tool: str, params: Mapping[str, Any], scenario: str, call: str, label: str, **kw: Any) -> None:
        pre = (f"import anthropic\nclient = anthropic.Anthropic(api_key='sk-ant-corpus6-not-a-key', "
               f"base_url='{H}/anthropic/{scenario}', max_retries=0, timeout=5)\n")
        sdk(run, tool, params, pre + call, label, **kw)

    um = "[{'role': 'user', 'content': 'Draft the release notes'}]"
    an("anthropic_messages_create", {"model": "claude-3-opus-latest-2"}, "model404",
       f"client.messages.create(model='claude-3-opus-latest-2', max_tokens=1024, messages={um})", "INCORRECT_PARAMETER")
    an("anthropic_messages_create", {"model": "claude-sonnet-4-5", "max_tokens": 250000}, "maxtokens",
       f"client.messages.create(model='claude-sonnet-4-5', max_tokens=250000, messages={um})", "INCORRECT_PARAMETER")
    an("anthropic_messages_create", {"messages": [{"role": "user"}, {"role": "user"}]}, "alternate",
       "client.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages=[{'role': 'user', 'content': 'a'}, "
       "{'role': 'user', 'content': 'b'}])", "PARAMETER_FORMAT")
    an("anthropic_messages_create", {"messages": [{"role": "user", "content": ""}]}, "emptycontent",
       "client.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages=[{'role': 'user', 'content': ''}])",
       "MISSING_PARAMETER")
    an("anthropic_messages_create", {"messages": "(tool_result without a preceding tool_use)"}, "tooluse",
       "client.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages=[{'role': 'user', 'content': [{'type': "
       "'tool_result', 'tool_use_id': 'toolu_01Abc', 'content': '42'}]}])", "WORKFLOW_SEQUENCE")
    an("anthropic_messages_create", {"model": "claude-sonnet-4-5"}, "badkey",
       f"client.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages={um})", "auth", tb=True)
    an("anthropic_models_list", {}, "forbidden", "client.models.list()", "permission")
    an("anthropic_messages_create", {"model": "claude-sonnet-4-5"}, "ratelimit",
       f"client.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages={um})", "rate_limit")
    an("anthropic_messages_create", {"model": "claude-sonnet-4-5"}, "overloaded",
       f"client.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages={um})", "server_error")
    an("anthropic_messages_create", {"model": "claude-sonnet-4-5"}, "apierror",
       f"client.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages={um})", "server_error")
    an("anthropic_messages_create", {"model": "claude-sonnet-4-5", "messages": "(1 message)"}, "x",
       f"client.messages.create(model='claude-sonnet-4-5', messages={um})", "MISSING_PARAMETER")
    sdk(run, "anthropic_messages_create", {"model": "claude-sonnet-4-5"},
        f"import anthropic\nanthropic.Anthropic(base_url='{H}/anthropic/x', max_retries=0).messages.create("
        f"model='claude-sonnet-4-5', max_tokens=64, messages={um})", "auth", env={"ANTHROPIC_API_KEY": None, "ANTHROPIC_AUTH_TOKEN": None})
    sdk(run, "anthropic_messages_create", {"model": "claude-sonnet-4-5", "base_url": f"http://127.0.0.1:{CLOSED_PORT}"},
        f"import anthropic\nanthropic.Anthropic(api_key='sk-ant-x', base_url='http://127.0.0.1:{CLOSED_PORT}', max_retries=0)"
        f".messages.create(model='claude-sonnet-4-5', max_tokens=64, messages={um})", "network")


def http_sdk_cases(run: Run, box: Sandbox) -> None:
    h = "import httpx\n"
    sdk(run, "httpx_get", {"url": f"http://127.0.0.1:{CLOSED_PORT}/health"},
        h + f"httpx.get('http://127.0.0.1:{CLOSED_PORT}/health')", "network")
    sdk(run, "httpx_get", {"url": f"http://127.0.0.1:{HANG_PORT}/report", "timeout": 2},
        h + f"httpx.get('http://127.0.0.1:{HANG_PORT}/report', timeout=2)", "timeout")
    sdk(run, "httpx_get", {"url": f"http://127.0.0.1:{RESET_PORT}/api"}, h + f"httpx.get('http://127.0.0.1:{RESET_PORT}/api')",
        "network")
    sdk(run, "httpx_get", {"url": f"127.0.0.1:{HTTP_PORT}/page"}, h + f"httpx.get('127.0.0.1:{HTTP_PORT}/page')",
        "PARAMETER_FORMAT")
    sdk(run, "httpx_get", {"url": f"{H}/docs/v9/intro"}, h + f"httpx.get('{H}/status/404').raise_for_status()",
        "INCORRECT_PARAMETER")
    sdk(run, "httpx_get", {"url": f"{H}/status/401"}, h + f"httpx.get('{H}/status/401').raise_for_status()", "auth")
    sdk(run, "httpx_get", {"url": f"{H}/status/503"}, h + f"httpx.get('{H}/status/503').raise_for_status()", "server_error")
    sdk(run, "httpx_get", {"url": f"{H}/status/429"}, h + f"httpx.get('{H}/status/429').raise_for_status()", "rate_limit", tb=True)
    sdk(run, "httpx_post", {"url": f"{H}/status/422", "json": {"qty": 2}},
        h + f"r = httpx.post('{H}/status/422', json={{'qty': 2}})\nr.raise_for_status()", "MISSING_PARAMETER")
    if run.caps.get("tls"):
        sdk(run, "httpx_get", {"url": f"{HS}/page"}, h + f"httpx.get('{HS}/page')", "tls")
    sdk(run, "httpx_get", {"url": "http://api.corpus6.invalid/v1/items"}, h + "httpx.get('http://api.corpus6.invalid/v1/items')",
        "dns")
    sdk(run, "httpx_post", {"url": f"{H}/page", "json": "(a datetime)"},
        h + f"import datetime\nhttpx.post('{H}/page', json={{'at': datetime.datetime(2026, 12, 1)}})", "PARAMETER_FORMAT")
    sdk(run, "httpx_get", {"url": f"{H}/page", "headers": {"X-Trace": "a\nb"}},
        h + f"httpx.get('{H}/page', headers={{'X-Trace': 'a\\nb'}})", "PARAMETER_FORMAT")
    sdk(run, "httpx_get", {"url": "http://[::1/page"}, h + "httpx.get('http://[::1/page')", "PARAMETER_FORMAT")
    es_pre = "from elasticsearch import Elasticsearch\n"

    def e(tool: str, params: Mapping[str, Any], scenario: str, call: str, label: str, **kw: Any) -> None:
        sdk(run, tool, params, es_pre + f"es = Elasticsearch('{H}/es/{scenario}', request_timeout=5, max_retries=0)\n" + call,
            label, **kw)

    e("es_index_get", {"index": "orders-2026.11"}, "missing", "es.indices.get(index='orders-2026.11')", "INCORRECT_PARAMETER")
    e("es_index_create", {"index": "orders"}, "exists", "es.indices.create(index='orders')", "WORKFLOW_SEQUENCE")
    e("es_index_document", {"index": "orders", "id": "17", "document": {"created_at": "yesterday"}}, "mapping",
      "es.index(index='orders', id='17', document={'created_at': 'yesterday'})", "PARAMETER_FORMAT")
    e("es_search", {"index": "orders", "query": {"match_phrase_prefixx": {"sku": "A-"}}}, "query",
      "es.search(index='orders', query={'match_phrase_prefixx': {'sku': 'A-'}})", "PARAMETER_FORMAT")
    e("es_search", {"index": "orders"}, "auth", "es.search(index='orders', query={'match_all': {}})", "auth")
    e("es_index_document", {"index": "orders", "document": {"sku": "A-1"}}, "forbidden",
      "es.index(index='orders', document={'sku': 'A-1'})", "permission")
    e("es_bulk", {"index": "orders", "operations": "(500 docs)"}, "busy",
      "es.bulk(operations=[{'index': {'_index': 'orders'}}, {'sku': 'A-1'}])", "rate_limit")
    e("es_search", {"index": "orders"}, "red", "es.search(index='orders')", "server_error")
    e("es_index_document", {"index": "orders", "document": {"sku": "A-2"}}, "readonly",
      "es.index(index='orders', document={'sku': 'A-2'})", "resource")
    sdk(run, "es_search", {"hosts": f"http://127.0.0.1:{CLOSED_PORT}"},
        es_pre + f"Elasticsearch('http://127.0.0.1:{CLOSED_PORT}', max_retries=0).search(index='orders')", "network")
    sdk(run, "es_search", {"hosts": "localhost:9200"}, es_pre + "Elasticsearch('localhost:9200')", "PARAMETER_FORMAT")


def python_lib_cases(run: Run, box: Sandbox) -> None:
    sa = "from sqlalchemy import create_engine, text\n"
    pg = "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
    if port_open("127.0.0.1", 5432):
        sdk(run, "sqlalchemy_execute", {"url": pg, "sql": "SELECT * FROM corpus6_ledger"},
            sa + f"with create_engine('{pg}').connect() as c:\n    c.execute(text('SELECT * FROM corpus6_ledger'))",
            "INCORRECT_PARAMETER")
        sdk(run, "sqlalchemy_execute", {"url": pg, "sql": "SELECT 1"},
            sa + f"with create_engine('{pg}').connect() as c:\n    c.execute('SELECT 1')", "PARAMETER_FORMAT")
        sdk(run, "sqlalchemy_execute", {"url": pg, "sql": "SELECT :id", "params": {}},
            sa + f"with create_engine('{pg}').connect() as c:\n    c.execute(text('SELECT CAST(:id AS int)'), {{}})",
            "MISSING_PARAMETER")
        sdk(run, "sqlalchemy_reflect", {"url": pg, "table": "corpus6_accounts"},
            "from sqlalchemy import create_engine, MetaData, Table\n"
            f"Table('corpus6_accounts', MetaData(), autoload_with=create_engine('{pg}'))", "INCORRECT_PARAMETER")
    sdk(run, "sqlalchemy_connect", {"url": "postgresq://postgres@127.0.0.1/test"},
        sa + "create_engine('postgresq://postgres@127.0.0.1/test')", "INCORRECT_PARAMETER")
    sdk(run, "sqlalchemy_connect", {"url": "postgres@127.0.0.1:5432/test"},
        sa + "create_engine('postgres@127.0.0.1:5432/test')", "PARAMETER_FORMAT")
    sdk(run, "sqlalchemy_connect", {"url": "mysql+mysqldb://root@127.0.0.1/test"},
        sa + "create_engine('mysql+mysqldb://root@127.0.0.1/test')", "MISSING_PREREQUISITE")
    sdk(run, "sqlalchemy_connect", {"url": f"postgresql+psycopg2://postgres@127.0.0.1:{CLOSED_PORT}/test"},
        sa + f"create_engine('postgresql+psycopg2://postgres@127.0.0.1:{CLOSED_PORT}/test').connect()", "network", tb=True)
    sdk(run, "sqlalchemy_connect", {"url": f"sqlite:///{ALIAS}/var/db/app.db"},
        sa + f"create_engine('sqlite:///{box.path('var', 'db', 'app.db')}').connect()", "MISSING_PREREQUISITE")
    sdk(run, "sqlalchemy_execute", {"url": "sqlite://", "sql": "INSERT INTO users VALUES (1, 'ada')"},
        sa + "e = create_engine('sqlite://')\nwith e.begin() as c:\n    c.execute(text('CREATE TABLE users (id int primary key, n text)'))\n"
             "    c.execute(text(\"INSERT INTO users VALUES (1, 'ada')\"))\n    c.execute(text(\"INSERT INTO users VALUES (1, 'ada')\"))",
        "WORKFLOW_SEQUENCE")
    sdk(run, "sqlalchemy_session_flush", {"model": "User", "after": "IntegrityError"},
        "from sqlalchemy import create_engine, Column, Integer, String\nfrom sqlalchemy.orm import declarative_base, Session\n"
        "B = declarative_base()\nclass User(B):\n    __tablename__ = 'users'\n    id = Column(Integer, primary_key=True)\n"
        "    name = Column(String, nullable=False)\ne = create_engine('sqlite://')\nB.metadata.create_all(e)\ns = Session(e)\n"
        "s.add(User(id=1))\ntry:\n    s.flush()\nexcept Exception:\n    pass\ns.add(User(id=2, name='ada'))\ns.flush()",
        "WORKFLOW_SEQUENCE")
    model = ("from datetime import date\nfrom typing import Literal\nfrom pydantic import BaseModel, ConfigDict, Field, HttpUrl\n"
             "class CreateInvoice(BaseModel):\n    model_config = ConfigDict(extra='forbid')\n    customer_id: int\n"
             "    amount_cents: int = Field(gt=0)\n    currency: Literal['usd', 'eur', 'gbp']\n    due: date\n"
             "    callback_url: HttpUrl | None = None\n    memo: str = Field(default='', max_length=40)\n")
    good = {"customer_id": 42, "amount_cents": 1999, "currency": "usd", "due": "2026-12-31"}
    for args, label in (
        ({k: v for k, v in good.items() if k != "currency"}, "MISSING_PARAMETER"),
        ({**good, "customer_id": "cus_42"}, "PARAMETER_FORMAT"),
        ({**good, "currency": "USD"}, "INCORRECT_PARAMETER"),
        ({**good, "due": "31/12/2026"}, "PARAMETER_FORMAT"),
        ({**good, "amount_cents": -5}, "INCORRECT_PARAMETER"),
        ({**good, "discount": 10}, "INCORRECT_PARAMETER"),
        ({**good, "callback_url": "hooks.internal/invoice"}, "PARAMETER_FORMAT"),
        ({**good, "memo": "Thanks for your business, see you next quarter!"}, "PARAMETER_FORMAT"),
        ({}, "MISSING_PARAMETER"),
    ):
        sdk(run, "create_invoice", args, model + f"CreateInvoice.model_validate({args!r})", label)
    schema = {"type": "object", "required": ["service", "version", "replicas"], "additionalProperties": False,
              "properties": {"service": {"type": "string", "pattern": "^[a-z][a-z0-9-]+$"},
                             "version": {"type": "string", "pattern": "^v\\d+\\.\\d+\\.\\d+$"},
                             "replicas": {"type": "integer", "minimum": 1, "maximum": 20},
                             "env": {"enum": ["staging", "production"]}}}
    okd = {"service": "checkout", "version": "v1.4.2", "replicas": 3}
    for args, label in (
        ({"service": "checkout", "replicas": 3}, "MISSING_PARAMETER"),
        ({**okd, "replicas": "3"}, "PARAMETER_FORMAT"),
        ({**okd, "env": "prod"}, "INCORRECT_PARAMETER"),
        ({**okd, "region": "eu-west-1"}, "INCORRECT_PARAMETER"),
        ({**okd, "version": "1.4.2"}, "PARAMETER_FORMAT"),
        ({**okd, "replicas": 0}, "INCORRECT_PARAMETER"),
        ({**okd, "service": "Checkout_API"}, "PARAMETER_FORMAT"),
    ):
        sdk(run, "deploy_service", args, f"import jsonschema\njsonschema.validate({args!r}, {schema!r})", label)
    sdk(run, "mongo_find", {"uri": f"mongodb://127.0.0.1:{CLOSED_PORT}", "collection": "orders"},
        f"import pymongo\npymongo.MongoClient('mongodb://127.0.0.1:{CLOSED_PORT}', serverSelectionTimeoutMS=1500).shop.orders.find_one()",
        "network")
    sdk(run, "mongo_find", {"uri": "mongodb://127.0.0.1:27017/?replicaSett=rs0"},
        "import pymongo\npymongo.MongoClient('mongodb://127.0.0.1:27017/?replicaSett=rs0', connect=False)", "PARAMETER_FORMAT")
    sdk(run, "mongo_find", {"uri": "mongo://127.0.0.1:27017"},
        "import pymongo\npymongo.MongoClient('mongo://127.0.0.1:27017', connect=False)", "PARAMETER_FORMAT")
    sdk(run, "mongo_insert", {"collection": "orders", "document": "[1, 2]"},
        "import pymongo\npymongo.MongoClient('mongodb://127.0.0.1:27017', connect=False).shop.orders.insert_one([1, 2])",
        "PARAMETER_FORMAT")
    sdk(run, "kafka_produce", {"bootstrap_servers": f"127.0.0.1:{CLOSED_PORT}", "topic": "orders"},
        f"from kafka import KafkaProducer\nKafkaProducer(bootstrap_servers='127.0.0.1:{CLOSED_PORT}')", "network")


def sdk_cases(run: Run, box: Sandbox) -> None:
    if not os.path.exists(SDK_PY):
        run.note(f"skip SDK families: no tools venv at {SDK_PY}")
        return
    for family in (redis_sdk_cases, postgres_sdk_cases, mariadb_sdk_cases, rabbitmq_sdk_cases, mqtt_sdk_cases,
                   nats_sdk_cases, aws_sdk_cases, stripe_sdk_cases, slack_sdk_cases, llm_sdk_cases, http_sdk_cases,
                   python_lib_cases):
        try:
            family(run, box)
        except Exception as exc:
            run.note(f"{family.__name__} aborted: {exc!r}"[:400])
    if port_open("127.0.0.1", 6379) and have("redis-cli"):  # only the keys this batch made
        box.sh(f"redis-cli -p 6379 --scan --pattern '{PREFIX}:*' | xargs -r redis-cli -p 6379 del", check=False)



# ---------------------------------------------------------------------------
# CLIs (real runs; the message is stderr, else stdout)
# ---------------------------------------------------------------------------

def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    return run.case(tool, params, command, label, **kw)


def pg_cli_cases(run: Run, box: Sandbox) -> None:
    if not port_open("127.0.0.1", 5432):
        run.note("skip PostgreSQL CLI cases: nothing on 5432")
        return
    c = "-h 127.0.0.1 -U postgres"
    d = box.mkdir("pgcli")
    box.sh(f"pg_dump {c} -d test -s -f {d}/dump.sql", check=False)  # a plain-text (schema-only) dump
    cli(run, "pg_dump", {"dbname": "test", "table": "corpus6_invoices"}, f"pg_dump {c} -d test -t corpus6_invoices",
        "INCORRECT_PARAMETER")
    cli(run, "pg_dump", {"dbname": "corpus6_warehouse"}, f"pg_dump {c} -d corpus6_warehouse", "MISSING_PREREQUISITE")
    cli(run, "pg_dump", {"dbname": "test", "format": "zip"}, f"pg_dump {c} -d test -F zip -f {d}/out.zip", "INCORRECT_PARAMETER")
    cli(run, "pg_dump", {"dbname": "test", "port": CLOSED_PORT}, f"pg_dump -h 127.0.0.1 -p {CLOSED_PORT} -U postgres -d test",
        "network")
    cli(run, "pg_dump", {"dbname": "test", "jobs": 4}, f"pg_dump {c} -d test -j 4 -f {d}/plain.sql", "INCORRECT_PARAMETER")
    cli(run, "pg_restore", {"file": "dump.sql", "dbname": "test"}, f"pg_restore {c} -d test {d}/dump.sql", "WRONG_TOOL_SELECTION")
    cli(run, "pg_restore", {"file": "backups/2026-11-30.dump", "dbname": "test"},
        f"pg_restore {c} -d test {d}/backups/2026-11-30.dump", "INCORRECT_PARAMETER")
    cli(run, "pg_restore", {"file": "dump.sql"}, f"pg_restore --no-owner --clean {d}/dump.sql", "MISSING_PARAMETER")
    cli(run, "createdb", {"dbname": "test"}, f"createdb {c} test", "WORKFLOW_SEQUENCE")
    cli(run, "createdb", {"dbname": "corpus6_app", "template": "corpus6_template"},
        f"createdb {c} -T corpus6_template corpus6_app", "INCORRECT_PARAMETER")
    cli(run, "createdb", {"dbname": "corpus6_app", "encoding": "UTF-9"}, f"createdb {c} -E UTF-9 corpus6_app",
        "INCORRECT_PARAMETER")
    cli(run, "createdb", {"dbname": "corpus6_app", "locale": "xx_XX.UTF-8"},
        f"createdb {c} --locale=xx_XX.UTF-8 -T template0 corpus6_app", "INCORRECT_PARAMETER")
    cli(run, "dropdb", {"dbname": "corpus6_scratch"}, f"dropdb {c} corpus6_scratch", "INCORRECT_PARAMETER")
    cli(run, "dropdb", {}, f"dropdb {c}", "MISSING_PARAMETER")
    cli(run, "vacuumdb", {"dbname": "test", "table": "corpus6_events"}, f"vacuumdb {c} -d test -t corpus6_events",
        "INCORRECT_PARAMETER")
    cli(run, "reindexdb", {"dbname": "test", "index": "corpus6_events_pkey"}, f"reindexdb {c} -d test -i corpus6_events_pkey",
        "INCORRECT_PARAMETER")
    cli(run, "psql_copy", {"file": "imports/users.csv", "table": "corpus6_t"},
        f"psql {c} -d test -v ON_ERROR_STOP=1 -c 'CREATE TEMP TABLE corpus6_t (a text)' -c '\\copy corpus6_t FROM {d}/imports/users.csv CSV'",
        "INCORRECT_PARAMETER", needs=("psql",))
    cli(run, "psql_connect", {"host": f"{ALIAS}/pgsock"}, f"psql -h {box.mkdir('pgsock')} -U postgres -d test -c 'SELECT 1'",
        "daemon_down", needs=("psql",))
    cli(run, "pg_basebackup", {"pgdata": "backup"}, f"mkdir -p {d}/backup && touch {d}/backup/PG_VERSION && "
        f"pg_basebackup {c} -D {d}/backup", "auth", needs=("pg_basebackup",))


def mariadb_cli_cases(run: Run, box: Sandbox) -> None:
    if not port_open("127.0.0.1", 3306):
        run.note("skip MariaDB CLI cases: nothing on 3306")
        return
    c = "-h 127.0.0.1 -u root"
    cli(run, "mysqldump", {"database": "test", "table": "corpus6_orders"}, f"mysqldump {c} test corpus6_orders",
        "INCORRECT_PARAMETER")
    cli(run, "mysqldump", {"database": "corpus6_legacy"}, f"mysqldump {c} corpus6_legacy", "MISSING_PREREQUISITE")
    cli(run, "mysqldump", {"database": "test", "port": CLOSED_PORT}, f"mysqldump -h 127.0.0.1 -P {CLOSED_PORT} -u root test",
        "network")
    cli(run, "mysqldump", {"database": "test", "option": "--single-transation"}, f"mysqldump {c} --single-transation test",
        "PARAMETER_FORMAT")
    cli(run, "mariadb_admin", {"command": "create", "database": "test"}, f"mariadb-admin {c} create test", "WORKFLOW_SEQUENCE",
        needs=("mariadb-admin",))
    cli(run, "mariadb_admin", {"command": "stauts"}, f"mariadb-admin {c} stauts", "WRONG_TOOL_SELECTION", needs=("mariadb-admin",))
    cli(run, "mariadb_admin", {"command": "drop", "database": "corpus6_nope", "force": True},
        f"mariadb-admin {c} --force drop corpus6_nope", "INCORRECT_PARAMETER", needs=("mariadb-admin",))
    cli(run, "mariadb_check", {"database": "test", "table": "corpus6_payments"}, f"mariadb-check {c} test corpus6_payments",
        "INCORRECT_PARAMETER", needs=("mariadb-check",))
    cli(run, "mariadb_source", {"file": "migrations/004_add_index.sql"},
        f"mariadb {c} test -e 'source {box.path('migrations', '004_add_index.sql')}'", "INCORRECT_PARAMETER", needs=("mariadb",))
    cli(run, "mariadb_import", {"database": "test", "file": "corpus6_leads.csv"},
        f"printf 'a,b\\n' > {box.path('corpus6_leads.csv')} && mariadb-import {c} --local test {box.path('corpus6_leads.csv')}",
        "INCORRECT_PARAMETER", needs=("mariadb-import",))


def broker_cli_cases(run: Run, box: Sandbox) -> None:
    if port_open("127.0.0.1", 1883):
        cli(run, "mosquitto_pub", {"topic": "corpus6/alerts"}, "mosquitto_pub -h 127.0.0.1 -t corpus6/alerts", "MISSING_PARAMETER")
        cli(run, "mosquitto_pub", {"topic": "corpus6/+/alerts", "message": "x"}, "mosquitto_pub -h 127.0.0.1 -t 'corpus6/+/alerts' -m x",
            "PARAMETER_FORMAT")
        cli(run, "mosquitto_pub", {"topic": "corpus6/alerts", "message": "x", "qos": 3},
            "mosquitto_pub -h 127.0.0.1 -t corpus6/alerts -m x -q 3", "INCORRECT_PARAMETER")
        cli(run, "mosquitto_pub", {"topic": "corpus6/alerts", "file": "payload.json"},
            f"mosquitto_pub -h 127.0.0.1 -t corpus6/alerts -f {box.path('payload.json')}", "INCORRECT_PARAMETER")
        cli(run, "mosquitto_pub", {"topic": "corpus6/alerts", "message": "x", "option": "--retian"},
            "mosquitto_pub -h 127.0.0.1 -t corpus6/alerts -m x --retian", "PARAMETER_FORMAT")
        cli(run, "mosquitto_pub", {"topic": "corpus6/alerts", "message": "x", "protocol_version": "mqttv6"},
            "mosquitto_pub -h 127.0.0.1 -t corpus6/alerts -m x -V mqttv6", "INCORRECT_PARAMETER")
        cli(run, "mosquitto_sub", {"topic": "corpus6/#/temp"}, "mosquitto_sub -h 127.0.0.1 -t 'corpus6/#/temp' -C 1 -W 2",
            "PARAMETER_FORMAT")
        cli(run, "mosquitto_sub", {"topic": "corpus6/alerts", "count": "all"}, "mosquitto_sub -h 127.0.0.1 -t corpus6/alerts -C all",
            "PARAMETER_FORMAT")
        cli(run, "mosquitto_sub", {}, "mosquitto_sub -h 127.0.0.1 -C 1 -W 2", "MISSING_PARAMETER")
    cli(run, "mosquitto_pub", {"port": CLOSED_PORT, "topic": "corpus6/alerts"},
        f"mosquitto_pub -h 127.0.0.1 -p {CLOSED_PORT} -t corpus6/alerts -m x", "network")
    cli(run, "mosquitto_sub", {"host": "mqtt.corpus6.invalid"}, "mosquitto_sub -h mqtt.corpus6.invalid -t corpus6/alerts -C 1 -W 3",
        "dns")
    if have("rabbitmqctl"):
        cli(run, "rabbitmqctl", {"command": "list_queues", "vhost": "/corpus6-billing"},
            "rabbitmqctl list_queues -p /corpus6-billing", "INCORRECT_PARAMETER", timeout=40)
        cli(run, "rabbitmqctl", {"command": "list_quues"}, "rabbitmqctl list_quues", "WRONG_TOOL_SELECTION", timeout=40)
        cli(run, "rabbitmqctl", {"command": "set_user_tags"}, "rabbitmqctl set_user_tags", "MISSING_PARAMETER", timeout=40)
        cli(run, "rabbitmqctl", {"command": "list_queues", "formatter": "yaml"}, "rabbitmqctl list_queues --formatter yaml",
            "INCORRECT_PARAMETER", timeout=40)
        cli(run, "rabbitmqctl", {"command": "status", "node": "rabbit@corpus6-mq"}, "rabbitmqctl -n rabbit@corpus6-mq status",
            "network", timeout=40)
        cli(run, "rabbitmqctl", {"command": "delete_queue", "queue": "corpus6.missing"}, "rabbitmqctl delete_queue corpus6.missing",
            "INCORRECT_PARAMETER", timeout=40)
    cli(run, "rabbitmqadmin", {"command": "list queues", "port": CLOSED_PORT},
        f"rabbitmqadmin -H 127.0.0.1 -P {CLOSED_PORT} list queues", "network")
    cli(run, "rabbitmqadmin", {"command": "declare queue"}, "rabbitmqadmin declare queue", "MISSING_PARAMETER")


def python_tool_cases(run: Run, box: Sandbox) -> None:
    empty = box.mkdir("py", "empty")
    proj = box.mkdir("py", "proj")
    box.write(f"{proj}/pyproject.toml", "[project]\nname = \"corpus6-proj\"\nversion = \"0.1.0\"\nrequires-python = \">=3.10\"\n"
              "dependencies = []\n")
    box.write(f"{proj}/src/app.py", "import os\n\n\ndef main( ):\n  return os.getcwd()\n")
    cli(run, "uv_add", {"package": "httpx"}, "uv add httpx", "MISSING_PREREQUISITE", cwd=empty)
    cli(run, "uv_pip_install", {"package": "httpx"}, f"{shlex.quote(os.path.join(VENV_BIN, 'uv'))} pip install httpx",
        "MISSING_PREREQUISITE", cwd=empty, env={"VIRTUAL_ENV": None, "PATH": "/usr/bin:/bin"}, needs=(),
        display="uv pip install httpx")  # no interpreter of a virtual environment on PATH
    cli(run, "uv_remove", {"package": "requests"}, "uv remove requests", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "uv_init", {}, "uv init", "WORKFLOW_SEQUENCE", cwd=proj)
    cli(run, "uv_run", {"command": "pytset"}, "uv run --no-sync pytset", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "uv_run", {"script": "scripts/seed.py"}, "uv run --no-project scripts/seed.py", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "uv_sync", {"frozen": True}, "uv sync --frozen", "MISSING_PREREQUISITE", cwd=proj)
    cli(run, "uv_add", {"package": "requests>==2"}, "uv add 'requests>==2'", "PARAMETER_FORMAT", cwd=proj)
    cli(run, "uv_venv", {"python": "3.99"}, "uv venv --python 3.99 --no-python-downloads", "INCORRECT_PARAMETER", cwd=empty)
    cli(run, "uv_pip_compile", {"file": "requirements.in"}, "uv pip compile requirements.in", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "uv_tool_uninstall", {"tool": "ruff"}, "uv tool uninstall ruff", "INCORRECT_PARAMETER", cwd=empty,
        env={"UV_TOOL_DIR": box.path("uv-tools")})
    cli(run, "uv_build", {}, "uv build", "MISSING_PREREQUISITE", cwd=empty)
    cli(run, "uv_lock", {"check": True}, "uv lock --chek", "PARAMETER_FORMAT", cwd=proj)
    cli(run, "uv_export", {"frozen": True}, "uv export --frozen", "MISSING_PREREQUISITE", cwd=proj)
    cli(run, "poetry_add", {"package": "httpx"}, "poetry add httpx", "MISSING_PREREQUISITE", cwd=empty)
    cli(run, "poetry_remove", {"package": "requests"}, "poetry remove requests", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "poetry_init", {}, "poetry init -n", "WORKFLOW_SEQUENCE", cwd=proj)
    cli(run, "poetry_version", {"bump": "minr"}, "poetry version minr", "PARAMETER_FORMAT", cwd=proj)
    cli(run, "poetry_run", {"command": "gunicorn"}, "poetry run gunicorn app:main", "INCORRECT_PARAMETER", cwd=proj, timeout=60)
    cli(run, "poetry_check", {"lock": True}, "poetry check --lock", "MISSING_PREREQUISITE", cwd=proj)
    cli(run, "poetry_config", {"key": "virtualenvs.in-projekt"}, "poetry config virtualenvs.in-projekt true",
        "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "poetry_env_use", {"python": "python3.99"}, "poetry env use python3.99", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "poetry_install", {"option": "--no-dev"}, "poetry install --no-dev", "PARAMETER_FORMAT", cwd=proj)
    cli(run, "pipx_uninstall", {"package": "httpie"}, "pipx uninstall httpie", "INCORRECT_PARAMETER", cwd=empty)
    cli(run, "pipx_inject", {"app": "black", "package": "tomli"}, "pipx inject black tomli", "MISSING_PREREQUISITE", cwd=empty)
    cli(run, "pipx_install", {"spec": "./tools/cli"}, "pipx install ./tools/cli", "INCORRECT_PARAMETER", cwd=empty)
    cli(run, "ruff_check", {"select": "E9001"}, "ruff check --select E9001 src", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "ruff_check", {"path": "lib/"}, "ruff check --no-cache lib/", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "ruff_format", {"option": "--line-lenght"}, "ruff format --line-lenght 100 src", "PARAMETER_FORMAT", cwd=proj)
    cli(run, "ruff", {"command": "lint"}, "ruff lint src", "WRONG_TOOL_SELECTION", cwd=proj)
    cli(run, "ruff_check", {"target_version": "py27"}, "ruff check --target-version py27 src", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "black", {"path": "src/main.py"}, "black src/main.py", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "black", {"line_length": "wide"}, "black --line-length wide src", "PARAMETER_FORMAT", cwd=proj)
    cli(run, "black", {"target_version": "py2"}, "black --target-version py2 src", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "black_check", {"path": "src"}, "black --check src", "WORKFLOW_SEQUENCE", cwd=proj)
    cli(run, "mypy", {"path": "src/missing.py"}, "mypy --no-incremental src/missing.py", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "mypy", {"option": "--strictt"}, "mypy --strictt src", "PARAMETER_FORMAT", cwd=proj)
    cli(run, "mypy", {"python_version": "2.7"}, "mypy --python-version 2.7 src", "INCORRECT_PARAMETER", cwd=proj)
    cli(run, "mypy", {"package": "corpus6_billing"}, "mypy --no-incremental -p corpus6_billing", "INCORRECT_PARAMETER", cwd=proj)
    # alembic
    alem = box.mkdir("py", "alembic")
    cli(run, "alembic_upgrade", {"revision": "head"}, "alembic upgrade head", "MISSING_PREREQUISITE", cwd=empty)
    box.sh("alembic init migrations", cwd=alem, env={"PATH": run.env["PATH"]}, check=False)
    box.sh(f"sed -i 's#^sqlalchemy.url = .*#sqlalchemy.url = sqlite:///{alem}/app.db#' alembic.ini", cwd=alem, check=False)
    box.sh("alembic revision -m 'create users' --rev-id a1b2c3d4e5f6 && alembic upgrade head && "
           "alembic revision -m 'add email' --rev-id b2c3d4e5f6a7", cwd=alem, env={"PATH": run.env["PATH"]}, check=False)
    cli(run, "alembic_upgrade", {"revision": "9f8e7d6c5b4a"}, "alembic upgrade 9f8e7d6c5b4a", "INCORRECT_PARAMETER", cwd=alem)
    cli(run, "alembic_revision", {"autogenerate": True, "message": "add index"}, "alembic revision --autogenerate -m 'add index'",
        "WORKFLOW_SEQUENCE", cwd=alem)
    cli(run, "alembic_init", {"directory": "migrations"}, "alembic init migrations", "WORKFLOW_SEQUENCE", cwd=alem)
    cli(run, "alembic_downgrade", {"revision": "-3"}, "alembic downgrade -3", "INCORRECT_PARAMETER", cwd=alem)
    box.sh("alembic revision -m 'branch work' --head a1b2c3d4e5f6 --splice --rev-id c3d4e5f6a7b8", cwd=alem,
           env={"PATH": run.env["PATH"]}, check=False)
    cli(run, "alembic_upgrade", {"revision": "head"}, "alembic upgrade head", "WORKFLOW_SEQUENCE", cwd=alem)
    cli(run, "alembic_stamp", {"revision": "latest"}, "alembic stamp latest", "INCORRECT_PARAMETER", cwd=alem)
    # django
    dj = box.mkdir("py", "django")
    cli(run, "django_admin", {"command": "runserverr"}, "django-admin runserverr", "WRONG_TOOL_SELECTION", cwd=dj)
    cli(run, "django_admin", {"command": "migrate"}, "django-admin migrate", "MISSING_PREREQUISITE", cwd=dj,
        env={"DJANGO_SETTINGS_MODULE": None})
    cli(run, "django_startproject", {"name": "1shop"}, "django-admin startproject 1shop", "PARAMETER_FORMAT", cwd=dj)
    cli(run, "django_startproject", {"name": "json"}, "django-admin startproject json", "INCORRECT_PARAMETER", cwd=dj)
    box.sh("django-admin startproject shop && cd shop && python manage.py startapp orders", cwd=dj,
           env={"PATH": run.env["PATH"]}, check=False)
    site = os.path.join(dj, "shop")
    cli(run, "django_startproject", {"name": "shop"}, "django-admin startproject shop", "WORKFLOW_SEQUENCE", cwd=dj)
    cli(run, "django_makemigrations", {"app": "billing"}, "python manage.py makemigrations billing", "INCORRECT_PARAMETER",
        cwd=site, needs=("python",))
    cli(run, "django_migrate", {"app": "auth", "migration": "0099"}, "python manage.py migrate auth 0099", "INCORRECT_PARAMETER",
        cwd=site, needs=("python",))
    cli(run, "django_loaddata", {"fixture": "customers"}, "python manage.py loaddata customers", "INCORRECT_PARAMETER",
        cwd=site, needs=("python",))
    cli(run, "django_createsuperuser", {"noinput": True}, "python manage.py createsuperuser --noinput", "MISSING_PARAMETER",
        cwd=site, needs=("python",), env={"DJANGO_SUPERUSER_USERNAME": None})
    cli(run, "django_sqlmigrate", {"app": "auth"}, "python manage.py sqlmigrate auth", "MISSING_PARAMETER", cwd=site,
        needs=("python",))
    cli(run, "django_test", {"option": "--failfastt"}, "python manage.py test --failfastt", "PARAMETER_FORMAT", cwd=site,
        needs=("python",))
    cli(run, "django_startapp", {"name": "orders"}, "python manage.py startapp orders", "WORKFLOW_SEQUENCE", cwd=site,
        needs=("python",))
    cli(run, "django_shell", {"command": "from orders.models import Order"},
        "python manage.py shell -c 'from orders.models import Order'", "INCORRECT_PARAMETER", cwd=site, needs=("python",))


def build_cli_cases(run: Run, box: Sandbox) -> None:
    tf = box.mkdir("tf", "stack")
    box.write(f"{tf}/main.tf", 'variable "region" {\n  type = string\n}\n\nvariable "replicas" {\n  type    = number\n  default = 2\n}\n\n'
              'output "where" {\n  value = "${var.region}/${var.replicas}"\n}\n')
    bad = box.mkdir("tf", "broken")
    box.write(f"{bad}/main.tf", 'output "where" {\n  value = "eu-west-1"\n\n')
    t = lambda tool, params, args, label, cwd=tf, **kw: cli(run, tool, params, f"terraform {args}", label, cwd=cwd, **kw)  # noqa: E731
    t("terraform_apply", {"auto_approve": True}, "apply -input=false -no-color -auto-approve", "MISSING_PARAMETER")
    t("terraform_apply", {"var": "regoin=eu-west-1"}, "apply -input=false -no-color -auto-approve -var regoin=eu-west-1",
      "INCORRECT_PARAMETER")
    t("terraform_apply", {"var": ["region=eu-west-1", "replicas=three"]},
      "apply -input=false -no-color -auto-approve -var region=eu-west-1 -var replicas=three", "PARAMETER_FORMAT")
    t("terraform_apply", {"var_file": "prod.tfvars"}, "apply -input=false -no-color -auto-approve -var-file=prod.tfvars",
      "INCORRECT_PARAMETER")
    t("terraform_workspace", {"command": "select", "name": "staging"}, "workspace select -no-color staging", "INCORRECT_PARAMETER")
    t("terraform_workspace", {"command": "new", "name": "default"}, "workspace new -no-color default", "WORKFLOW_SEQUENCE")
    t("terraform_workspace", {"command": "delete", "name": "default"}, "workspace delete -no-color default", "INCORRECT_PARAMETER")
    t("terraform_output", {"name": "db_url"}, "output -no-color db_url", "WORKFLOW_SEQUENCE")
    t("terraform_state", {"command": "list"}, "state list -no-color", "WORKFLOW_SEQUENCE")
    t("terraform_fmt", {"check": True, "path": "."}, "fmt -check -no-color", "PARAMETER_FORMAT", cwd=bad)
    t("terraform_fmt", {"path": "modules/vpc"}, "fmt -no-color modules/vpc", "INCORRECT_PARAMETER")
    t("terraform_apply", {"target": "module..vpc"}, "apply -input=false -no-color -var region=x -target=module..vpc",
      "PARAMETER_FORMAT")
    t("terraform", {"command": "aply"}, "aply", "WRONG_TOOL_SELECTION")
    t("terraform_show", {"plan": "tfplan"}, "show -no-color tfplan", "INCORRECT_PARAMETER")
    t("terraform_console", {"expression": "var.regionn"}, "console -no-color -var region=x", "INCORRECT_PARAMETER",
      stdin="var.regionn\n")
    cw = box.mkdir("rust", "empty")
    cr = box.mkdir("rust", "crate")
    box.write(f"{cr}/Cargo.toml", '[package]\nname = "corpus6_crate"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n')
    box.write(f"{cr}/src/main.rs", 'fn main() {\n    println!("hi");\n}\n')
    cli(run, "cargo_fmt", {}, "cargo fmt", "MISSING_PREREQUISITE", cwd=cw)
    cli(run, "cargo_metadata", {}, "cargo metadata --format-version 1", "MISSING_PREREQUISITE", cwd=cw)
    cli(run, "cargo_tree", {"package": "serde"}, "cargo tree --offline -p serde", "INCORRECT_PARAMETER", cwd=cr)
    cli(run, "cargo_run", {"bin": "server"}, "cargo run --offline --bin server", "INCORRECT_PARAMETER", cwd=cr, timeout=120)
    cli(run, "cargo_remove", {"dependency": "tokio"}, "cargo remove tokio", "INCORRECT_PARAMETER", cwd=cr)
    cli(run, "cargo_update", {"package": "rand"}, "cargo update --offline -p rand", "INCORRECT_PARAMETER", cwd=cr)
    cli(run, "cargo_install", {"path": "tools/xtask"}, "cargo install --offline --path tools/xtask", "INCORRECT_PARAMETER", cwd=cr)
    cli(run, "cargo_bench", {"bench": "parse"}, "cargo bench --offline --bench parse", "INCORRECT_PARAMETER", cwd=cr, timeout=120)
    cli(run, "cargo_doc", {"option": "--opne"}, "cargo doc --opne", "PARAMETER_FORMAT", cwd=cr)
    cli(run, "cargo_clippy", {"option": "-D warnings"}, "cargo clippy -D warnings", "PARAMETER_FORMAT", cwd=cr)
    cli(run, "rustup_target", {"command": "remove", "target": "wasm32-unknown-unknown"},
        "rustup target remove wasm32-unknown-unknown", "INCORRECT_PARAMETER", cwd=cw)
    cli(run, "rustup_run", {"toolchain": "nightly-2019-01-01"}, "rustup run nightly-2019-01-01 rustc --version",
        "INCORRECT_PARAMETER", cwd=cw)
    cli(run, "rustup_component", {"command": "remove", "component": "rust-analyzr"}, "rustup component remove rust-analyzr",
        "INCORRECT_PARAMETER", cwd=cw)
    cli(run, "rustup", {"command": "instal"}, "rustup instal stable", "WRONG_TOOL_SELECTION", cwd=cw)
    mv = box.mkdir("java", "empty")
    mp = box.mkdir("java", "app")
    box.write(f"{mp}/pom.xml", '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
              '  <groupId>example.corpus6</groupId>\n  <artifactId>app</artifactId>\n  <version>1.0</version>\n</project>\n')
    cli(run, "mvn_compile", {}, "mvn -o -q -B compile", "MISSING_PREREQUISITE", cwd=mv, stream="stdout", timeout=60)
    cli(run, "mvn_compile", {"phase": "complie"}, "mvn -o -q -B complie", "INCORRECT_PARAMETER", cwd=mp, stream="stdout", timeout=60)
    cli(run, "mvn_package", {"file": "service/pom.xml"}, "mvn -o -q -B -f service/pom.xml package", "INCORRECT_PARAMETER", cwd=mp,
        stream="stdout", timeout=60)
    cli(run, "mvn_package", {"option": "--offlline"}, "mvn --offlline -B package", "PARAMETER_FORMAT", cwd=mp, timeout=60)
    cm = box.mkdir("cmake", "src")
    cli(run, "cmake_configure", {"source": "."}, "cmake -S . -B build", "MISSING_PREREQUISITE", cwd=cm)
    cli(run, "cmake_build", {"target": "install", "dir": "out"}, "cmake --build out --target install", "MISSING_PREREQUISITE",
        cwd=cm)
    cli(run, "cmake_configure", {"generator": "Ninja Multi"}, "cmake -S . -B build -G 'Ninja Multi'", "INCORRECT_PARAMETER", cwd=cm)
    cli(run, "ctest", {"test_dir": "build"}, "ctest --test-dir build --no-tests=error", "MISSING_PREREQUISITE", cwd=cm)


def misc_cli_cases(run: Run, box: Sandbox) -> None:
    g = box.mkdir("gnupg")
    os.chmod(g, 0o700)
    box.write(f"{g}/notes.txt", "plain text, not encrypted\n")
    gp = f"gpg --batch --no-auto-key-locate --auto-key-locate local --homedir {g}"
    cli(run, "gpg_verify", {"signature": "release.tar.gz.asc"}, f"{gp} --verify {g}/release.tar.gz.asc", "INCORRECT_PARAMETER",
        needs=("gpg",))
    cli(run, "gpg_decrypt", {"file": "notes.txt"}, f"{gp} --decrypt {g}/notes.txt", "WRONG_TOOL_SELECTION", needs=("gpg",))
    cli(run, "gpg_encrypt", {"recipient": "ops@corpus6.example", "file": "notes.txt"},
        f"{gp} --recipient ops@corpus6.example --encrypt {g}/notes.txt", "INCORRECT_PARAMETER", needs=("gpg",))
    cli(run, "gpg_list_keys", {"key": "release@corpus6.example"}, f"{gp} --list-keys release@corpus6.example",
        "INCORRECT_PARAMETER", needs=("gpg",))
    cli(run, "gpg_import", {"file": "keys/maintainer.asc"}, f"{gp} --import {g}/keys/maintainer.asc", "INCORRECT_PARAMETER",
        needs=("gpg",))
    cli(run, "gpg_export", {"option": "--armour-output"}, f"{gp} --armour-output --export", "PARAMETER_FORMAT", needs=("gpg",))
    repo = box.git_repo("plumb/repo", {"README.md": "# plumbing\n", "src/lib.py": "X = 1\n"})
    box.sh("git tag v1.0", cwd=repo)
    gitc = lambda tool, params, args, label, **kw: cli(run, tool, params, f"git {args}", label, cwd=kw.pop("cwd", repo),  # noqa: E731
                                                        needs=("git",), **kw)
    gitc("git_cat_file", {"object": "HEAD:src/main.py"}, "cat-file -p HEAD:src/main.py", "INCORRECT_PARAMETER")
    gitc("git_cat_file", {"type": "blob", "object": "HEAD"}, "cat-file blob HEAD", "WRONG_TOOL_SELECTION")
    gitc("git_cat_file", {"object": "HEAD"}, "cat-file -p HEAD", "MISSING_PREREQUISITE", cwd=box.mkdir("plumb", "notrepo"))
    gitc("git_update_ref", {"ref": "refs/heads/release", "value": "deadbeef"}, "update-ref refs/heads/release deadbeef",
         "PARAMETER_FORMAT")
    gitc("git_symbolic_ref", {"name": "refs/heads/main"}, "symbolic-ref refs/heads/main", "INCORRECT_PARAMETER")
    gitc("git_hash_object", {"file": "build/output.bin"}, "hash-object -w build/output.bin", "INCORRECT_PARAMETER")
    gitc("git_for_each_ref", {"format": "%(refname:shortt)"}, "for-each-ref --format='%(refname:shortt)'", "PARAMETER_FORMAT")
    gitc("git_notes", {"command": "show"}, "notes show HEAD", "INCORRECT_PARAMETER")
    gitc("git_notes", {"command": "add", "message": "reviewed"}, "notes add -m reviewed HEAD && git notes add -m again HEAD",
         "WORKFLOW_SEQUENCE")
    gitc("git_format_patch", {"range": "v2.0..HEAD"}, "format-patch v2.0..HEAD -o patches", "INCORRECT_PARAMETER")
    gitc("git_archive", {"format": "rar"}, "archive --format=rar HEAD -o out.rar", "INCORRECT_PARAMETER")
    gitc("git_merge_base", {"commits": ["main", "origin/develop"]}, "merge-base main origin/develop", "INCORRECT_PARAMETER")
    gitc("git_check_ignore", {}, "check-ignore", "MISSING_PARAMETER")
    gitc("git_ls_tree", {"tree": "v1.1"}, "ls-tree -r v1.1", "INCORRECT_PARAMETER")
    gitc("git_show_ref", {"ref": "refs/heads/feature/sso"}, "show-ref --verify refs/heads/feature/sso", "INCORRECT_PARAMETER")
    gitc("git_rev_list", {"range": "HEAD~5..HEAD"}, "rev-list HEAD~5..HEAD", "INCORRECT_PARAMETER")
    gitc("git_verify_tag", {"tag": "v1.0"}, "verify-tag v1.0", "INCORRECT_PARAMETER")
    gitc("git_bundle", {"command": "verify", "file": "repo.bundle"}, "bundle verify repo.bundle", "INCORRECT_PARAMETER")
    gitc("git_gc", {"prune": "last-tuesday-ish"}, "gc --prune=last-tuesday-ish", "PARAMETER_FORMAT")
    gitc("git_range_diff", {"range": "main"}, "range-diff main", "MISSING_PARAMETER")
    gitc("git_update_index", {"chmod": "+x", "file": "bin/deploy.sh"}, "update-index --chmod=+x bin/deploy.sh",
         "INCORRECT_PARAMETER")
    gitc("git_commit_tree", {"tree": "HEAD:docs"}, "commit-tree -m snapshot HEAD:docs", "INCORRECT_PARAMETER")
    gitc("git_read_tree", {"tree": "v1.0", "prefix": "vendor"}, "read-tree --prefix=src/ v1.0", "WORKFLOW_SEQUENCE")
    gitc("git_mktag", {"input": "tag v2"}, "mktag", "PARAMETER_FORMAT", stdin="object 123\ntype commit\ntag v2\n")
    nd = box.mkdir("node", "app")
    box.write(f"{nd}/package.json", J({"name": "corpus6-app", "version": "1.0.0", "scripts": {"build": "echo build"},
                                       "dependencies": {"left-pad": "^1.3.0"}}) + "\n")
    reg = f"--registry http://127.0.0.1:{CLOSED_PORT}/"
    npm = lambda tool, params, args, label, cwd=nd, **kw: cli(run, tool, params, f"npm {args}", label, cwd=cwd, needs=("npm",),  # noqa: E731
                                                             timeout=60, **kw)
    npm("npm_test", {}, "test", "MISSING_PREREQUISITE")
    npm("npm_start", {}, "start", "MISSING_PREREQUISITE")
    npm("npm_ls", {}, "ls", "MISSING_PREREQUISITE")
    npm("npm_explain", {"package": "lodash"}, "explain lodash", "INCORRECT_PARAMETER")
    npm("npm_pack", {}, "pack", "MISSING_PREREQUISITE", cwd=box.mkdir("node", "empty"))
    npm("npm_publish", {"registry": f"http://127.0.0.1:{CLOSED_PORT}/"}, f"publish {reg}", "auth")
    npm("npm_outdated", {"registry": f"http://127.0.0.1:{CLOSED_PORT}/"}, f"outdated {reg} --fetch-retries=0", "network")
    npm("npm_query", {"selector": ":root > [name=left-pad"}, "query ':root > [name=left-pad'", "PARAMETER_FORMAT")
    npm("npm_set_script", {"option": "--scirpt"}, "pkg set --scirpt build=tsc", "PARAMETER_FORMAT")
    npm("npm_uninstall", {}, "uninstall", "MISSING_PARAMETER")
    npm("npm_config_get", {"key": "registry", "location": "galaxy"}, "config get registry --location galaxy", "INCORRECT_PARAMETER")
    npm("npm_dist_tag", {"command": "add"}, "dist-tag add", "MISSING_PARAMETER")
    cli(run, "node_test", {"file": "test/api.test.js"}, "node --test test/api.test.js", "INCORRECT_PARAMETER", cwd=nd)
    cli(run, "node_check", {"file": "package.json"}, "node --check package.json", "WRONG_TOOL_SELECTION", cwd=nd)
    d = lambda tool, params, args, label, **kw: cli(run, tool, params, f"docker {args}", label, needs=("docker",),  # noqa: E731
                                                    env={"DOCKER_HOST": None}, **kw)
    d("docker_logs", {}, "logs", "MISSING_PARAMETER")
    d("docker_logs", {"container": "api"}, "logs --tail 50 api", "daemon_down")
    d("docker_inspect", {"object": "corpus6-db"}, "inspect corpus6-db", "daemon_down")
    d("docker_network_create", {"name": "corpus6-net"}, "network create corpus6-net", "daemon_down")
    d("docker_stop", {"option": "--time=soon"}, "stop --time=soon api", "PARAMETER_FORMAT")
    d("docker_rm", {"option": "--forse"}, "rm --forse api", "PARAMETER_FORMAT")
    d("docker_volume_create", {"name": "corpus6-data"}, "volume create corpus6-data", "daemon_down")


def infra_cli_cases(run: Run, box: Sandbox) -> None:
    """The same CLIs in a broken environment: unwritable, read-only or full directories, dead or failing indexes."""
    tfsrc = 'variable "region" {\n  type = string\n}\n\noutput "where" {\n  value = var.region\n}\n'
    pkg = J({"name": "corpus6-pack", "version": "1.0.0"}) + "\n"
    pg = "-h 127.0.0.1 -U postgres"
    if run.caps.get("setpriv"):
        perm = box.mkdir("perm")
        for sub in ("tf", "npm", "uv", "poetry", "django", "cargo", "cmake", "alembic"):
            box.mkdir("perm", sub)
        box.write(f"{perm}/tf/main.tf", tfsrc)
        box.write(f"{perm}/npm/package.json", pkg)
        box.write(f"{perm}/cmake/CMakeLists.txt", "cmake_minimum_required(VERSION 3.16)\nproject(corpus6 C)\n")
        nb = dict(nobody=True, env={"HOME": "/tmp", "UV_CACHE_DIR": "/tmp/corpus6-uv-cache-nobody"})
        cli(run, "terraform_apply", {"var": "region=eu-west-1"}, "terraform apply -input=false -no-color -auto-approve -var region=eu-west-1",
            "permission", cwd=f"{perm}/tf", **nb)
        cli(run, "npm_pack", {}, "npm pack", "permission", cwd=f"{perm}/npm", timeout=60, **nb)
        cli(run, "uv_init", {"name": "corpus6-svc"}, "uv init --name corpus6-svc", "permission", cwd=f"{perm}/uv", **nb)
        # (poetry, django-admin, alembic and cargo are not run as nobody: their own install is not readable by that user)
        cli(run, "cmake_configure", {"build_dir": "build"}, "cmake -S . -B build", "permission", cwd=f"{perm}/cmake", **nb)
        if port_open("127.0.0.1", 5432):
            cli(run, "pg_dump", {"dbname": "test", "file": "perm/schema.sql"}, f"pg_dump {pg} -d test -s -f {perm}/schema.sql",
                "permission", **nb)
        if port_open("127.0.0.1", 3306):
            cli(run, "mysqldump", {"database": "test", "result_file": "perm/test.sql"},
                f"mysqldump -h 127.0.0.1 -u root test -r {perm}/test.sql", "permission", **nb)
    if run.caps.get("unshare"):
        ro = box.mkdir("ro")
        for sub in ("tf", "npm", "uv", "django", "cargo", "poetry"):
            box.mkdir("ro", sub)
        box.write(f"{ro}/tf/main.tf", tfsrc)
        box.write(f"{ro}/uv/pyproject.toml", '[project]\nname = "corpus6-ro"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = []\n')
        box.git_repo("ro/repo", {"README.md": "# ro\n"})
        rcase = lambda tool, params, command, label, sub, **kw: cli(run, tool, params, command, label, cwd=f"{ro}/{sub}",  # noqa: E731
                                                                    ro_mount=ro, **kw)
        rcase("terraform_apply", {"var": "region=eu-west-1"}, "terraform apply -input=false -no-color -auto-approve -var region=eu-west-1",
              "read_only", "tf")
        rcase("npm_init", {"yes": True}, "npm init -y", "read_only", "npm", timeout=60)
        rcase("uv_lock", {}, "uv lock", "read_only", "uv")
        rcase("django_startproject", {"name": "portal"}, "django-admin startproject portal", "read_only", "django")
        rcase("cargo_new", {"name": "corpus6_cli"}, "cargo new --vcs none corpus6_cli", "read_only", "cargo")
        rcase("poetry_new", {"name": "corpus6-lib"}, "poetry new corpus6-lib", "read_only", "poetry", timeout=60)
        rcase("git_notes", {"command": "add", "message": "deployed"}, "git notes add -m deployed HEAD", "read_only", "repo")
        rcase("git_tag_annotated", {"tag": "v1.0", "message": "release"}, "git tag -a v1.0 -m release", "read_only", "repo")
        if port_open("127.0.0.1", 5432):
            rcase("pg_dump", {"dbname": "test", "file": "schema.sql"}, f"pg_dump {pg} -d test -s -f {ro}/schema.sql", "read_only", "tf")
        tiny = box.mkdir("tiny")
        big = box.mkdir("bigpkg")
        box.write(f"{big}/package.json", J({"name": "corpus6-big", "version": "1.0.0"}) + "\n")
        box.write(f"{big}/data.bin", os.urandom(300_000))
        box.sh(f"git init -q -b main {big} && git -C {big} add -A && git -C {big} -c user.name=a -c user.email=a@b commit -qm data")

        def full(tool: str, params: Mapping[str, Any], inner: str, label: str = "resource", size: str = "64k", **kw: Any) -> None:
            q = shlex.quote(tiny)
            line = f"unshare -m sh -c {shlex.quote(f'mount -t tmpfs -o size={size} tmpfs {q} && {inner}')}"
            cli(run, tool, params, line, label, needs=("unshare",), display=inner, **kw)

        full("npm_pack", {"pack_destination": "tiny"}, f"cd {big} && npm pack --pack-destination {tiny}", timeout=60)
        full("git_bundle", {"command": "create", "file": "tiny/repo.bundle"}, f"git -C {big} bundle create {tiny}/repo.bundle --all")
        full("uv_venv", {"path": "tiny/.venv"}, f"uv venv {tiny}/.venv")
        full("django_startproject", {"name": "portal", "directory": "tiny"}, f"cd {tiny} && django-admin startproject portal", size="8k")
        if port_open("127.0.0.1", 3306):
            full("mysqldump", {"database": "mysql", "result_file": "tiny/mysql.sql"}, f"mysqldump -h 127.0.0.1 -u root mysql -r {tiny}/mysql.sql")
        if port_open("127.0.0.1", 5432):
            full("pg_dump", {"dbname": "test", "file": "tiny/schema.sql"}, f"pg_dump {pg} -d test -s -f {tiny}/schema.sql", size="16k")
    # dead, slow and failing package indexes and registries
    nd = box.mkdir("infra", "npm")
    box.write(f"{nd}/package.json", J({"name": "corpus6-reg", "version": "1.0.0", "dependencies": {"left-pad": "^1.3.0"}}) + "\n")
    for label, reg in (("server_error", f"{H}/npm503/"), ("auth", f"{H}/npm401/"), ("permission", f"{H}/npm403/"),
                       ("rate_limit", f"{H}/npm429/"), ("timeout", f"http://127.0.0.1:{HANG_PORT}/")):
        cli(run, "npm_outdated", {"registry": reg}, f"npm outdated --registry {reg} --fetch-retries=0 --fetch-timeout=3000",
            label, cwd=nd, timeout=60)
    if run.caps.get("tls"):
        cli(run, "npm_outdated", {"registry": f"{HS}/"}, f"npm outdated --registry {HS}/ --fetch-retries=0", "tls", cwd=nd, timeout=60)
    uvenv = {"UV_OFFLINE": None, "UV_HTTP_TIMEOUT": "3", "UV_HTTP_RETRIES": "0"}
    for label, index in (("network", f"http://127.0.0.1:{CLOSED_PORT}/simple"), ("timeout", f"http://127.0.0.1:{HANG_PORT}/simple"),
                         ("server_error", f"{H}/pypi503/simple"), ("auth", f"{H}/pypi401/simple"),
                         ("permission", f"{H}/pypi403/simple")):
        cli(run, "uv_pip_compile", {"requirements": "httpx", "index_url": index},
            f"echo httpx | uv pip compile - --no-cache --index-url {index}", label, env=uvenv, timeout=60)
    if run.caps.get("tls"):
        cli(run, "uv_pip_compile", {"requirements": "httpx", "index_url": f"{HS}/simple"},
            f"echo httpx | uv pip compile - --no-cache --index-url {HS}/simple", "tls", env=uvenv, timeout=60)
    cli(run, "pg_dump", {"dbname": "test", "port": HANG_PORT}, f"pg_dump -h 127.0.0.1 -p {HANG_PORT} -U postgres -d test", "timeout",
        env={"PGCONNECT_TIMEOUT": "2"})
    cli(run, "mysqldump", {"database": "test", "port": HANG_PORT, "option": "--connect-timeout=2"},
        f"mysqldump -h 127.0.0.1 -P {HANG_PORT} -u root --connect-timeout=2 test", "PARAMETER_FORMAT", timeout=30)
    cli(run, "mosquitto_pub", {"host": "127.0.0.1", "port": RESET_PORT, "topic": "corpus6/alerts"},
        f"mosquitto_pub -h 127.0.0.1 -p {RESET_PORT} -t corpus6/alerts -m x", "network")


def infra_sdk_cases(run: Run, box: Sandbox) -> None:
    if not os.path.exists(SDK_PY):
        return
    sdk(run, "pg_connect", {"port": HANG_PORT, "connect_timeout": 2},
        f"import psycopg\npsycopg.connect('host=127.0.0.1 port={HANG_PORT} user=postgres dbname=test connect_timeout=2')", "timeout")
    sdk(run, "mysql_connect", {"port": HANG_PORT, "read_timeout": 2},
        f"import pymysql\npymysql.connect(host='127.0.0.1', port={HANG_PORT}, user='root', connect_timeout=2, read_timeout=2)",
        "timeout")
    sdk(run, "mysql_connect", {"port": RESET_PORT, "driver": "mysql-connector"},
        f"import mysql.connector\nmysql.connector.connect(host='127.0.0.1', port={RESET_PORT}, user='root', connection_timeout=3)",
        "timeout")  # the listener waits for the client to speak first, so the client times out waiting for the greeting
    sdk(run, "redis_get", {"key": f"{PREFIX}:cfg", "port": RESET_PORT},
        f"import redis\nredis.Redis(host='127.0.0.1', port={RESET_PORT}, socket_timeout=3).get('{PREFIX}:cfg')", "network")
    sdk(run, "amqp_connect", {"port": HANG_PORT, "socket_timeout": 2},
        f"import pika\npika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', {HANG_PORT}, connection_attempts=1, "
        "socket_timeout=2, blocked_connection_timeout=2, stack_timeout=3))", "timeout", tb=True)
    sdk(run, "stripe_customer_list", {"api_base": f"http://127.0.0.1:{RESET_PORT}"},
        f"import stripe\nstripe.StripeClient('sk_test_corpus6notakey', base_addresses={{'api': 'http://127.0.0.1:{RESET_PORT}'}}, "
        "max_network_retries=0).v1.customers.list()", "network")
    sdk(run, "openai_chat_create", {"model": "gpt-4o"},
        f"from openai import OpenAI\nOpenAI(api_key='sk-x', base_url='{H}/openai/badgateway/v1', max_retries=0).chat.completions.create("
        "model='gpt-4o', messages=[{'role': 'user', 'content': 'hi'}])", "server_error")
    sdk(run, "anthropic_messages_create", {"model": "claude-sonnet-4-5"},
        f"import anthropic\nanthropic.Anthropic(api_key='sk-ant-x', base_url='{H}/anthropic/badgateway', max_retries=0).messages.create("
        "model='claude-sonnet-4-5', max_tokens=64, messages=[{'role': 'user', 'content': 'hi'}])", "server_error")
    sdk(run, "anthropic_messages_create", {"model": "claude-sonnet-4-5", "timeout": 2},
        f"import anthropic\nanthropic.Anthropic(api_key='sk-ant-x', base_url='http://127.0.0.1:{HANG_PORT}', max_retries=0, timeout=2)"
        ".messages.create(model='claude-sonnet-4-5', max_tokens=64, messages=[{'role': 'user', 'content': 'hi'}])", "timeout")
    sdk(run, "slack_post_message", {"channel": "C06CORPUS6", "text": "deploy done"},
        f"from slack_sdk import WebClient\nWebClient(token='xoxb-corpus6', base_url='{H}/slack/service_unavailable/api/')"
        ".chat_postMessage(channel='C06CORPUS6', text='deploy done')", "server_error")
    sdk(run, "s3_list_buckets", {"endpoint": f"http://127.0.0.1:{RESET_PORT}"},
        f"import boto3\nfrom botocore.config import Config\nboto3.client('s3', endpoint_url='http://127.0.0.1:{RESET_PORT}', "
        "config=Config(retries={'max_attempts': 1})).list_buckets()", "network",
        env={"AWS_ACCESS_KEY_ID": "AKIACORPUS6EXAMPLE00", "AWS_SECRET_ACCESS_KEY": "x", "AWS_DEFAULT_REGION": "us-east-1"})
    sdk(run, "httpx_get", {"url": f"{H}/status/502"}, f"import httpx\nhttpx.get('{H}/status/502').raise_for_status()", "server_error")
    sdk(run, "httpx_get", {"url": f"{H}/status/500"}, f"import httpx\nhttpx.get('{H}/status/500').raise_for_status()", "server_error")
    sdk(run, "httpx_get", {"url": f"{H}/status/403"}, f"import httpx\nhttpx.get('{H}/status/403').raise_for_status()", "permission")
    sdk(run, "es_search", {"hosts": f"http://127.0.0.1:{HANG_PORT}", "request_timeout": 2},
        f"from elasticsearch import Elasticsearch\nElasticsearch('http://127.0.0.1:{HANG_PORT}', request_timeout=2, max_retries=0)"
        ".search(index='orders')", "timeout")
    sdk(run, "mongo_find", {"uri": f"mongodb://127.0.0.1:{HANG_PORT}"},
        f"import pymongo\npymongo.MongoClient('mongodb://127.0.0.1:{HANG_PORT}', serverSelectionTimeoutMS=1500, connectTimeoutMS=1000, "
        "socketTimeoutMS=1000).shop.orders.find_one()", "timeout")


def cli_cases(run: Run, box: Sandbox) -> None:
    for family in (pg_cli_cases, mariadb_cli_cases, broker_cli_cases, python_tool_cases, build_cli_cases, misc_cli_cases,
                   infra_cli_cases, infra_sdk_cases):
        try:
            family(run, box)
        except Exception as exc:
            run.note(f"{family.__name__} aborted: {exc!r}"[:400])


# ---------------------------------------------------------------------------

DOCUMENTED: list[Row] = []

GROUPS: list[Callable[[Run, Sandbox], None]] = [mcp_cases, sdk_cases, cli_cases]


def generate() -> list[Row]:
    with Sandbox("corpus6-") as box, Helpers() as helpers:
        box.env = base_env(box)
        box.strict = True
        tls = start_helpers(helpers, box)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro"))}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        return run.groups(GROUPS, os.environ.get("CORPUS_SIXTH_ONLY"))
