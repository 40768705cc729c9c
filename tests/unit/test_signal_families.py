"""General signals and shapes on the families agents meet most and nobody wrote a tool rule for.

The messages are the documented wordings of each family (graphql-js / graphql-core / Apollo,
ajv, zod, joi, yup, class-validator, marshmallow, jsonschema, pydantic, fastify, express, hapi,
MCP's JSON-RPC codes, Stripe / OpenAI / Octokit / Prisma / axios / httpx / got clients, JS and
Python dev CLIs), written from the tools' documentation and sources, not copied from a corpus
batch. What a user relies on is the label.

The corpus rules (tests/corpus/README.md) decide the borderline: a key, field, property or keyword
argument the tool does not have is "an unknown ... key", a wrong value (INCORRECT_PARAMETER), like a
number outside the range the tool allows (well formed, not malformed); an unknown command-line flag and
a value not of the type wanted ("not a valid integer") stay PARAMETER_FORMAT.
"""
from __future__ import annotations

import pytest

from worker.classifier import classify_error_type


def label(result: dict) -> str:
    return result["error_category"] or result["infra_kind"] or "unknown"


CASES = [
    # graphql-js / graphql-core / apollo
    ("graphql_query", {"query": "{ user(id: 1) { nmae } }"}, '{"errors":[{"message":"Cannot query field \\"nmae\\" on type \\"User\\". Did you mean \\"name\\"?","locations":[{"line":1,"column":17}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}', "INCORRECT_PARAMETER"),
    ("graphql_query", {"query": "{ user { name } }"}, '{"errors":[{"message":"Field \\"user\\" argument \\"id\\" of type \\"ID!\\" is required, but it was not provided.","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}', "MISSING_PARAMETER"),
    ("graphql_query", {"query": "query($id: ID!) { user(id: $id) { name } }", "variables": {}}, '{"errors":[{"message":"Variable \\"$id\\" of required type \\"ID!\\" was not provided.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}', "MISSING_PARAMETER"),
    ("graphql_query", {"query": "query($n: Int) { users(first: $n) { id } }", "variables": {"n": "ten"}}, '{"errors":[{"message":"Variable \\"$n\\" got invalid value \\"ten\\"; Int cannot represent non-integer value: \\"ten\\"","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}', "PARAMETER_FORMAT"),
    ("graphql_query", {"query": "{ user(id: 1) { name }"}, '{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":23}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}', "PARAMETER_FORMAT"),
    ("graphql_query", {"query": "{ user(id: 1, verbose: true) { name } }"}, '{"errors":[{"message":"Unknown argument \\"verbose\\" on field \\"Query.user\\".","locations":[{"line":1,"column":15}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}', "INCORRECT_PARAMETER"),
    ("graphql_query", {"query": "{ user(id: 1) }"}, '{"errors":[{"message":"Field \\"user\\" of type \\"User\\" must have a selection of subfields. Did you mean \\"user { ... }\\"?","locations":[{"line":1,"column":3}]}]}', "PARAMETER_FORMAT"),
    ("graphql_query", {"query": "{ issues(state: CLOSD) { id } }"}, '{"errors":[{"message":"Value \\"CLOSD\\" does not exist in \\"IssueState\\" enum. Did you mean the enum value \\"CLOSED\\"?","locations":[{"line":1,"column":17}]}]}', "INCORRECT_PARAMETER"),
    ("graphql_query", {"query": "{ me { id } }"}, '{"errors":[{"message":"You must be logged in","path":["me"],"extensions":{"code":"UNAUTHENTICATED"}}],"data":{"me":null}}', "auth"),
    ("graphql_query", {"query": "{ admin { id } }"}, '{"errors":[{"message":"Not authorised!","path":["admin"],"extensions":{"code":"FORBIDDEN"}}],"data":null}', "permission"),
    ("graphql_query", {"query": "{ user(id: 42) { id } }"}, '{"errors":[{"message":"User 42 not found","locations":[{"line":1,"column":3}],"path":["user"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"user":null}}', "INCORRECT_PARAMETER"),
    ("graphql_query", {"query": "mutation { createUser { id } }"}, '{"errors":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}', "server_error"),
    ("strawberry_query", {"query": "{ bookz { title } }"}, "Cannot query field 'bookz' on type 'Query'. Did you mean 'books'?", "INCORRECT_PARAMETER"),
    ("graphql_query", {"query": "query A { a } query B { b }"}, '{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}', "MISSING_PARAMETER"),
    ("graphql_query", {"query": "{ a }", "operationName": "Foo"}, '{"errors":[{"message":"Unknown operation named \\"Foo\\"."}]}', "INCORRECT_PARAMETER"),
    ("graphql_query", {"query": "{ user(id: true) { id } }"}, '{"errors":[{"message":"ID cannot represent value: true","locations":[{"line":1,"column":12}]}]}', "PARAMETER_FORMAT"),
    ("graphql_query", {"query": "{ user(id: 1) { name { first } } }"}, '{"errors":[{"message":"Field \\"name\\" must not have a selection since type \\"String!\\" has no subfields.","locations":[{"line":1,"column":22}]}]}', "PARAMETER_FORMAT"),
    ("graphql_query", {"query": "{ node(id: 1) { ... on Foo { id } } }"}, '{"errors":[{"message":"Unknown type \\"Foo\\".","locations":[{"line":1,"column":23}]}]}', "INCORRECT_PARAMETER"),
    # validators
    ("ajv_validate", {"data": "{}"}, "ValidationError: data must have required property 'name'", "MISSING_PARAMETER"),
    ("ajv_validate", {"data": '{"age":"x"}'}, "data/age must be integer", "PARAMETER_FORMAT"),
    ("ajv_validate", {"data": '{"color":"pink"}'}, "data/color must be equal to one of the allowed values", "INCORRECT_PARAMETER"),
    ("ajv_validate", {"data": '{"extra":1}'}, "data must NOT have additional properties", "INCORRECT_PARAMETER"),
    ("ajv_validate", {"data": '{"email":"x"}'}, 'data/email must match format "email"', "PARAMETER_FORMAT"),
    ("joi_validate", {"data": {"email": "nope"}}, 'ValidationError: "email" must be a valid email', "PARAMETER_FORMAT"),
    ("joi_validate", {"data": {}}, 'ValidationError: "username" is required', "MISSING_PARAMETER"),
    ("joi_validate", {"data": {"role": "boss"}}, 'ValidationError: "role" must be one of [admin, user]', "INCORRECT_PARAMETER"),
    ("joi_validate", {"data": {"x": 1}}, 'ValidationError: "x" is not allowed', "PARAMETER_FORMAT"),
    ("yup_validate", {"data": {}}, "ValidationError: email is a required field", "MISSING_PARAMETER"),
    ("yup_validate", {"data": {"age": "old"}}, 'ValidationError: age must be a `number` type, but the final value was: `NaN` (cast from the value `"old"`).', "PARAMETER_FORMAT"),
    ("zod_parse", {"data": {"age": "x"}}, 'ZodError: [\n  {\n    "code": "invalid_type",\n    "expected": "number",\n    "received": "string",\n    "path": [\n      "age"\n    ],\n    "message": "Expected number, received string"\n  }\n]', "PARAMETER_FORMAT"),
    ("zod_parse", {"data": {}}, 'ZodError: [\n  {\n    "code": "invalid_type",\n    "expected": "string",\n    "received": "undefined",\n    "path": [\n      "name"\n    ],\n    "message": "Required"\n  }\n]', "MISSING_PARAMETER"),
    ("zod_parse", {"data": {"email": "x"}}, '[\n  {\n    "origin": "string",\n    "code": "invalid_format",\n    "format": "email",\n    "pattern": "/^...$/",\n    "path": [\n      "email"\n    ],\n    "message": "Invalid email address"\n  }\n]', "PARAMETER_FORMAT"),
    ("class_validator", {"body": {"email": ""}}, '{"statusCode":400,"message":["email should not be empty","email must be an email"],"error":"Bad Request"}', "MISSING_PARAMETER"),
    ("nest_post", {"body": {"age": "x"}}, '{"message":["age must be an integer number"],"error":"Bad Request","statusCode":400}', "PARAMETER_FORMAT"),
    ("marshmallow_load", {"data": {}}, "ValidationError: {'email': ['Missing data for required field.']}", "MISSING_PARAMETER"),
    ("marshmallow_load", {"data": {"age": "x"}}, "ValidationError: {'age': ['Not a valid integer.']}", "PARAMETER_FORMAT"),
    ("jsonschema_validate", {"doc": {"port": "80"}}, "ValidationError: '80' is not of type 'integer'\n\nFailed validating 'type' in schema['properties']['port']:\n    {'type': 'integer'}\n\nOn instance['port']:\n    '80'", "PARAMETER_FORMAT"),
    ("jsonschema_validate", {"doc": {}}, "ValidationError: 'name' is a required property", "MISSING_PARAMETER"),
    ("jsonschema_validate", {"doc": {"env": "qa"}}, "ValidationError: 'qa' is not one of ['dev', 'prod']", "INCORRECT_PARAMETER"),
    ("pydantic_validate", {"data": {"age": "x"}}, "1 validation error for User\nage\n  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='x', input_type=str]", "PARAMETER_FORMAT"),
    ("pydantic_validate", {"data": {}}, "1 validation error for User\nname\n  Field required [type=missing, input_value={}, input_type=dict]", "MISSING_PARAMETER"),
    ("fastify_post", {"body": {}}, '{"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must have required property \'name\'"}', "MISSING_PARAMETER"),
    ("fastify_get", {"url": "/nope"}, '{"message":"Route GET:/nope not found","error":"Not Found","statusCode":404}', "INCORRECT_PARAMETER"),
    ("express_get", {"url": "/api/userz"}, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /api/userz</pre>\n</body>\n</html>", "INCORRECT_PARAMETER"),
    ("express_post", {"body": "{bad"}, "SyntaxError: Unexpected token b in JSON at position 1\n    at JSON.parse (<anonymous>)\n    at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)", "PARAMETER_FORMAT"),
    ("hapi_get", {"id": "9"}, '{"statusCode":404,"error":"Not Found","message":"Not Found"}', "INCORRECT_PARAMETER"),
    # MCP JSON-RPC
    ("mcp_call", {"name": "read_fil"}, "MCP error -32602: Tool read_fil not found", "WRONG_TOOL_SELECTION"),
    ("mcp_call", {"uri": "file:///nope"}, "MCP error -32002: Resource not found: file:///nope", "INCORRECT_PARAMETER"),
    ("mcp_call", {"name": "x"}, "MCP error -32601: Method not found", "WRONG_TOOL_SELECTION"),
    ("mcp_call", {"arguments": "{"}, "MCP error -32700: Parse error", "PARAMETER_FORMAT"),
    ("mcp_call", {"name": "x"}, "MCP error -32000: Connection closed", "network"),
    ("mcp_call", {"name": "x"}, "McpError: MCP error -32001: Request timed out", "timeout"),
    ("mcp_call", {"path": "/tmp/a"}, "MCP error -32603: ENOENT: no such file or directory, open '/tmp/a'", "INCORRECT_PARAMETER"),
    ("mcp_get_prompt", {"name": "summarise"}, "MCP error -32602: Invalid arguments for prompt summarise: [\n  {\n    \"code\": \"invalid_type\",\n    \"expected\": \"string\",\n    \"received\": \"undefined\",\n    \"path\": [\"text\"],\n    \"message\": \"Required\"\n  }\n]", "MISSING_PARAMETER"),
    # SDK clients
    ("stripe_customer_get", {"id": "cus_nope"}, "StripeInvalidRequestError: No such customer: 'cus_nope'", "INCORRECT_PARAMETER"),
    ("openai_chat", {"model": "gpt-9"}, "NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-9` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}", "INCORRECT_PARAMETER"),
    ("openai_chat", {"temperature": 5}, "BadRequestError: Error code: 400 - {'error': {'message': \"Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 5 instead.\", 'type': 'invalid_request_error', 'param': 'temperature', 'code': 'decimal_above_max_value'}}", "INCORRECT_PARAMETER"),
    ("octokit_get_repo", {"repo": "nope"}, "HttpError: Not Found - https://docs.github.com/rest/repos/repos#get-a-repository", "INCORRECT_PARAMETER"),
    ("prisma_create", {"email": "a@b.c"}, "PrismaClientKnownRequestError: \nInvalid `prisma.user.create()` invocation:\n\n\nUnique constraint failed on the fields: (`email`)", "WORKFLOW_SEQUENCE"),
    ("prisma_update", {"id": 99}, "PrismaClientKnownRequestError: \nInvalid `prisma.user.update()` invocation:\n\n\nAn operation failed because it depends on one or more records that were required but not found. Record to update not found.", "INCORRECT_PARAMETER"),
    ("prisma_create", {}, "PrismaClientValidationError: \nInvalid `prisma.user.create()` invocation:\n\n{\n  data: {\n+   email: String\n  }\n}\n\nArgument `email` is missing.", "MISSING_PARAMETER"),
    ("axios_get", {"url": "http://127.0.0.1:1/x"}, "AxiosError: connect ECONNREFUSED 127.0.0.1:1", "network"),
    ("axios_get", {"url": "http://api/x"}, "AxiosError: Request failed with status code 404", "INCORRECT_PARAMETER"),
    ("axios_post", {"url": "http://api/x"}, "AxiosError: Request failed with status code 422", "PARAMETER_FORMAT"),
    ("httpx_get", {"url": "http://api/x"}, "HTTPStatusError: Client error '400 Bad Request' for url 'http://api/x'", "PARAMETER_FORMAT"),
    ("got_get", {"url": "http://api/x"}, "HTTPError: Response code 404 (Not Found)", "INCORRECT_PARAMETER"),
    # JS/Python dev CLIs
    ("jest", {"pattern": "nomatch"}, "No tests found, exiting with code 1\nRun with `--passWithNoTests` to exit with code 0\nIn /app\n  12 files checked.\n  testMatch:  - 0 matches\nPattern: nomatch - 0 matches", "INCORRECT_PARAMETER"),
    ("vitest", {"filter": "zzz"}, "No test files found, exiting with code 1\n\nfilter: zzz\ninclude: **/*.{test,spec}.?(c|m)[jt]s?(x)", "INCORRECT_PARAMETER"),
    ("npx", {"pkg": "create-foo-zz"}, "npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/create-foo-zz - Not found", "INCORRECT_PARAMETER"),
    ("tsc", {"project": "tsconfig.json"}, "error TS5058: The specified path does not exist: 'tsconfig.json'.", "INCORRECT_PARAMETER"),
    ("pytest", {"args": "-k"}, "ERROR: usage: pytest [options] [file_or_dir] [file_or_dir] [...]\npytest: error: argument -k: expected one argument", "MISSING_PARAMETER"),
    ("webpack", {}, "[webpack-cli] Error: Unknown option '--modee'", "PARAMETER_FORMAT"),
    ("next_build", {}, "Error: > Couldn't find any `pages` or `app` directory. Please create one under the project root", "MISSING_PREREQUISITE"),
    ("turbo_run", {"task": "biuld"}, "  x Could not find task `biuld` in project", "INCORRECT_PARAMETER"),
    ("tox", {"env": "py99"}, "py99: skipped because could not find python interpreter with spec(s): py99", "MISSING_PREREQUISITE"),
]

# More of the same families: MCP reference servers, GraphQL servers, validators, Node frameworks, SDK
# clients, JS / Python dev CLIs.
CASES += [
    # MCP reference servers
    ("write_file", {"path": "/tmp/w/a/b/c.txt"}, "Error: Parent directory does not exist: /tmp/w/a/b", "MISSING_PREREQUISITE"),
    ("edit_file", {"path": "/tmp/w/a.txt", "oldText": "foo bar"}, "Error: Could not find exact match for edit:\nfoo bar", "INCORRECT_PARAMETER"),
    ("read_file", {"path": "/tmp/w"}, "Error: EISDIR: illegal operation on a directory, read", "WRONG_TOOL_SELECTION"),
    ("create_directory", {"path": "/tmp/w/x"}, "Error: EEXIST: file already exists, mkdir '/tmp/w/x'", "WORKFLOW_SEQUENCE"),
    ("git_checkout", {"branch_name": "nope"}, "Error: Cmd('git') failed due to: exit code(1)\n  cmdline: git checkout nope\n  stderr: 'error: pathspec 'nope' did not match any file(s) known to git'", "INCORRECT_PARAMETER"),
    ("get_current_time", {"timezone": "Mars/Base"}, "Error executing tool get_current_time: Invalid timezone: 'No time zone found with key Mars/Base'", "INCORRECT_PARAMETER"),
    ("open_nodes", {"names": ["ghost"]}, "Error: Entity with name ghost not found", "INCORRECT_PARAMETER"),
    ("call_tool", {"name": "frobnicate"}, "MCP error -32602: Unknown tool: frobnicate", "WRONG_TOOL_SELECTION"),
    ("get_prompt", {"name": "nope"}, "MCP error -32602: Prompt nope not found", "INCORRECT_PARAMETER"),
    ("read_resource", {"uri": "test://static/resource/999"}, "MCP error -32602: Unknown resource: test://static/resource/999", "INCORRECT_PARAMETER"),
    ("add", {"a": 1}, "Error executing tool add: 1 validation error for addArguments\nb\n  Field required [type=missing, input_value={'a': 1}, input_type=dict]", "MISSING_PARAMETER"),
    ("add", {"a": "one", "b": 2}, 'MCP error -32602: Invalid arguments for tool add: [\n  {\n    "code": "invalid_type",\n    "expected": "number",\n    "received": "string",\n    "path": [\n      "a"\n    ],\n    "message": "Expected number, received string"\n  }\n]', "PARAMETER_FORMAT"),
    # GraphQL servers
    ("hasura_query", {"query": "{ userz { id } }"}, '{"errors":[{"extensions":{"path":"$.selectionSet.userz","code":"validation-failed"},"message":"field \'userz\' not found in type: \'query_root\'"}]}', "INCORRECT_PARAMETER"),
    ("graphql_query", {"query": "query($id: Int!) { user(id: $id) { id } }"}, '{"errors":[{"message":"Variable \\"$id\\" of type \\"Int!\\" used in position expecting type \\"ID!\\"."}]}', "PARAMETER_FORMAT"),
    ("github_graphql", {"query": "{ viewer { loginn } }"}, '{"errors":[{"path":["query","viewer","loginn"],"extensions":{"code":"undefinedField","typeName":"User","fieldName":"loginn"},"locations":[{"line":1,"column":12}],"message":"Field \'loginn\' doesn\'t exist on type \'User\'"}]}', "INCORRECT_PARAMETER"),
    ("graphql_mutation", {"query": "mutation { createUser(input: {email: \"a@b.c\"}) { id } }"}, '{"errors":[{"message":"Email already in use","extensions":{"code":"BAD_USER_INPUT"}}]}', "WORKFLOW_SEQUENCE"),
    ("graphql_query", {"query": "{ a }"}, '{"errors":[{"message":"Context creation failed: connect ECONNREFUSED 127.0.0.1:5432","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}', "network"),
    # validators
    ("zod_parse", {"data": {"name": ""}}, "ZodError: String must contain at least 1 character(s)", "PARAMETER_FORMAT"),
    ("zod_parse", {"data": {"role": "boss"}}, "ZodError: Invalid enum value. Expected 'admin' | 'user', received 'boss'", "INCORRECT_PARAMETER"),
    ("pydantic_validate", {"data": {"n": 500}}, "1 validation error for Item\nn\n  Input should be less than or equal to 100 [type=less_than_equal, input_value=500, input_type=int]", "INCORRECT_PARAMETER"),
    ("pydantic_validate", {"data": {"extra": 1}}, "1 validation error for Item\nextra\n  Extra inputs are not permitted [type=extra_forbidden, input_value=1, input_type=int]", "INCORRECT_PARAMETER"),
    ("joi_validate", {"data": {"name": ""}}, 'ValidationError: "name" is not allowed to be empty', "MISSING_PARAMETER"),
    ("cerberus_validate", {"doc": {}}, "{'name': ['required field']}", "MISSING_PARAMETER"),
    ("cerberus_validate", {"doc": {"age": "x"}}, "{'age': ['must be of integer type']}", "PARAMETER_FORMAT"),
    ("cerberus_validate", {"doc": {"zz": 1}}, "{'zz': ['unknown field']}", "INCORRECT_PARAMETER"),
    ("voluptuous_validate", {"doc": {}}, "voluptuous.error.MultipleInvalid: required key not provided @ data['name']", "MISSING_PARAMETER"),
    ("voluptuous_validate", {"doc": {"x": 1}}, "voluptuous.error.MultipleInvalid: extra keys not allowed @ data['x']", "INCORRECT_PARAMETER"),
    ("voluptuous_validate", {"doc": {"age": "x"}}, "voluptuous.error.MultipleInvalid: expected int for dictionary value @ data['age']", "PARAMETER_FORMAT"),
    ("superstruct_validate", {"data": {}}, "StructError: At path: name -- Expected a string, but received: undefined", "MISSING_PARAMETER"),
    ("valibot_parse", {"data": {}}, "ValiError: Invalid type: Expected string but received undefined", "MISSING_PARAMETER"),
    ("jsonschema_validate", {"doc": {"x": 1}}, "jsonschema.exceptions.ValidationError: Additional properties are not allowed ('x' was unexpected)", "INCORRECT_PARAMETER"),
    ("jsonschema_validate", {"doc": {"id": "abc"}}, "jsonschema.exceptions.ValidationError: 'abc' does not match '^[0-9]+$'", "PARAMETER_FORMAT"),
    ("jsonschema_validate", {"doc": {"n": -1}}, "jsonschema.exceptions.ValidationError: -1 is less than the minimum of 0", "INCORRECT_PARAMETER"),
    ("express_validator", {"body": {"email": "x"}}, '{"errors":[{"type":"field","value":"x","msg":"Invalid value","path":"email","location":"body"}]}', "PARAMETER_FORMAT"),
    ("class_validator", {"body": {"name": "ab"}}, '{"statusCode":400,"message":["name must be longer than or equal to 3 characters"],"error":"Bad Request"}', "PARAMETER_FORMAT"),
    # Node frameworks
    ("express_post", {"url": "/api/orderz"}, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot POST /api/orderz</pre>\n</body>\n</html>", "INCORRECT_PARAMETER"),
    ("nest_get", {"id": "9"}, '{"statusCode":404,"message":"Cannot GET /users/9","error":"Not Found"}', "INCORRECT_PARAMETER"),
    ("nest_post", {"email": "a@b.c"}, '{"statusCode":409,"message":"User already exists","error":"Conflict"}', "WORKFLOW_SEQUENCE"),
    ("fastify_post", {"body": "x"}, '{"statusCode":415,"code":"FST_ERR_CTP_INVALID_MEDIA_TYPE","error":"Unsupported Media Type","message":"Unsupported Media Type: text/plain"}', "PARAMETER_FORMAT"),
    ("fastify_post", {}, '{"statusCode":400,"code":"FST_ERR_CTP_EMPTY_JSON_BODY","error":"Bad Request","message":"Body cannot be empty when content-type is set to \'application/json\'"}', "MISSING_PARAMETER"),
    ("node_server", {"port": 3000}, "Error: listen EADDRINUSE: address already in use :::3000", "WORKFLOW_SEQUENCE"),
    ("next_start", {}, "Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' before starting the production server.", "WORKFLOW_SEQUENCE"),
    ("node_run", {"script": "app.js"}, "Error: Cannot find module 'express'\nRequire stack:\n- /app/app.js", "MISSING_PREREQUISITE"),
    # SDK clients
    ("stripe_charge", {}, "StripeInvalidRequestError: Missing required param: amount.", "MISSING_PARAMETER"),
    ("stripe_charge", {"foo": 1}, "StripeInvalidRequestError: Received unknown parameter: foo", "INCORRECT_PARAMETER"),
    ("stripe_charge", {"amount": "abc"}, "StripeInvalidRequestError: Invalid integer: abc", "PARAMETER_FORMAT"),
    ("stripe_charge", {}, "StripeAuthenticationError: Invalid API Key provided: sk_test_****1234", "auth"),
    ("openai_chat", {"foo": 1}, "BadRequestError: Error code: 400 - {'error': {'message': 'Unrecognized request argument supplied: foo', 'type': 'invalid_request_error', 'param': None, 'code': None}}", "PARAMETER_FORMAT"),
    ("openai_chat", {}, "BadRequestError: Error code: 400 - {'error': {'message': \"'messages' is a required property\", 'type': 'invalid_request_error', 'param': None, 'code': None}}", "MISSING_PARAMETER"),
    ("anthropic_messages", {}, "BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'max_tokens: Field required'}}", "MISSING_PARAMETER"),
    ("anthropic_messages", {"model": "claude-9"}, "NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-9'}}", "INCORRECT_PARAMETER"),
    ("s3_create_bucket", {"Bucket": "A_b"}, 'ParamValidationError: Parameter validation failed:\nInvalid bucket name "A_b": Bucket name must match the regex "^[a-zA-Z0-9.\\-_]{1,255}$"', "PARAMETER_FORMAT"),
    ("gcs_get_bucket", {"bucket": "nope"}, "google.api_core.exceptions.NotFound: 404 GET https://storage.googleapis.com/storage/v1/b/nope?projection=noAcl&prettyPrint=false: The specified bucket does not exist.", "INCORRECT_PARAMETER"),
    ("azure_create_container", {"name": "c1"}, "ResourceExistsError: The specified container already exists.\nRequestId:abc\nErrorCode:ContainerAlreadyExists", "WORKFLOW_SEQUENCE"),
    ("octokit_create_issue", {}, 'HttpError: Validation Failed: {"resource":"Issue","code":"missing_field","field":"title"}', "MISSING_PARAMETER"),
    ("octokit_create_ref", {"ref": "refs/heads/x"}, "HttpError: Reference already exists - https://docs.github.com/rest/git/refs#create-a-reference", "WORKFLOW_SEQUENCE"),
    ("mongo_insert", {"doc": {"_id": 1}}, "MongoServerError: E11000 duplicate key error collection: test.users index: _id_ dup key: { _id: 1 }", "WORKFLOW_SEQUENCE"),
    ("redis_command", {"cmd": "HSETX k f v"}, "ResponseError: unknown command 'HSETX', with args beginning with: 'k' 'f' 'v'", "WRONG_TOOL_SELECTION"),
    ("es_create_index", {"index": "logs"}, "BadRequestError(400, 'resource_already_exists_exception', 'index [logs/abc] already exists')", "WORKFLOW_SEQUENCE"),
    ("es_index", {"doc": {"ts": "x"}}, "BadRequestError(400, 'document_parsing_exception', \"[1:7] failed to parse field [ts] of type [date] in document with id '1'\")", "PARAMETER_FORMAT"),
    ("twilio_send", {"to": "+1555"}, "TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number +1555 is not a valid phone number.", "PARAMETER_FORMAT"),
    # dev CLIs
    ("eslint", {"pattern": "src/zz"}, 'Oops! Something went wrong! :(\n\nESLint: 9.0.0\n\nNo files matching the pattern "src/zz" were found.\nPlease check for typing mistakes in the pattern.', "INCORRECT_PARAMETER"),
    ("prettier", {"pattern": "src/zz"}, '[error] No files matching the pattern were found: "src/zz".', "INCORRECT_PARAMETER"),
    ("tsc", {"file": "x.ts"}, "error TS6053: File 'x.ts' not found.\n  The file is in the program because:\n    Root file specified for compilation", "INCORRECT_PARAMETER"),
    ("tsc", {"flag": "--strictt"}, "error TS5023: Unknown compiler option '--strictt'.", "PARAMETER_FORMAT"),
    ("mocha", {"spec": "test/zz"}, 'Error: No test files found: "test/zz"', "INCORRECT_PARAMETER"),
    ("npm_run", {"script": "biuld"}, 'npm error Missing script: "biuld"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run', "INCORRECT_PARAMETER"),
    ("pnpm_install", {}, 'ERR_PNPM_NO_IMPORTER_MANIFEST_FOUND  No package.json (or package.yaml, or package.json5) was found in "/tmp/x".', "MISSING_PREREQUISITE"),
    ("yarn_install", {}, 'error Couldn\'t find a package.json file in "/tmp/x"', "MISSING_PREREQUISITE"),
    ("pip_install", {"pkg": "foo==9.9"}, "ERROR: Could not find a version that satisfies the requirement foo==9.9 (from versions: 1.0, 1.1)\nERROR: No matching distribution found for foo==9.9", "INCORRECT_PARAMETER"),
    ("pytest", {"path": "tests/zz"}, "ERROR: file or directory not found: tests/zz\n\nno tests ran in 0.01s", "INCORRECT_PARAMETER"),
    ("ruff_check", {"flag": "--fixx"}, "error: unexpected argument '--fixx' found\n\n  tip: a similar argument exists: '--fix'\n\nUsage: ruff check --fix [FILES]...", "PARAMETER_FORMAT"),
    ("mypy", {"file": "app.py"}, "app.py:1: error: Cannot find implementation or library stub for module named \"requests\"  [import-not-found]", "MISSING_PREREQUISITE"),
    ("poetry_install", {}, "Poetry could not find a pyproject.toml file in /tmp/x or its parents", "MISSING_PREREQUISITE"),
    ("uv_run", {"cmd": "foo"}, "error: Failed to spawn: `foo`\n  Caused by: No such file or directory (os error 2)", "INCORRECT_PARAMETER"),
    ("tox", {}, "ROOT: No tox.ini or setup.cfg or pyproject.toml found, assuming empty tox.ini at /tmp/x", "MISSING_PREREQUISITE"),
    ("nox", {"session": "lintt"}, "nox > Error while collecting sessions.\nnox > Sessions not found: lintt", "INCORRECT_PARAMETER"),
    ("webpack", {}, "Module not found: Error: Can't resolve './utilz' in '/app/src'", "INCORRECT_PARAMETER"),
    ("jest", {"config": "jest.zz.js"}, "Error: Can't find a root directory while resolving a config file path.\nProvided path to resolve: jest.zz.js", "INCORRECT_PARAMETER"),
]

# ORM and SDK client exceptions (Sequelize, TypeORM, Mongoose, Knex, Prisma, pg, ioredis, Stripe, OpenAI,
# Anthropic, Octokit, Slack, Twilio, SendGrid, AWS, GCS, KafkaJS, amqplib, MinIO, Elasticsearch).
CASES += [
    ("sequelize_create", {"email": "a@b.c"}, "SequelizeUniqueConstraintError: Validation error\n  errors: [ValidationErrorItem { message: 'email must be unique', type: 'unique violation', path: 'email', value: 'a@b.c' }]", "WORKFLOW_SEQUENCE"),
    ("sequelize_create", {}, "SequelizeValidationError: notNull Violation: User.email cannot be null", "MISSING_PARAMETER"),
    ("sequelize_create", {"userId": 99}, 'SequelizeForeignKeyConstraintError: insert or update on table "Posts" violates foreign key constraint "Posts_userId_fkey"', "INCORRECT_PARAMETER"),
    ("sequelize_connect", {}, "SequelizeConnectionRefusedError: connect ECONNREFUSED 127.0.0.1:5432", "network"),
    ("sequelize_connect", {}, "SequelizeHostNotFoundError: getaddrinfo ENOTFOUND db.internal", "dns"),
    ("sequelize_connect", {}, "SequelizeAccessDeniedError: Access denied for user 'app'@'172.17.0.1' (using password: YES)", "auth"),
    ("typeorm_save", {"email": "a@b.c"}, 'QueryFailedError: duplicate key value violates unique constraint "UQ_e12875dfb3b1d92d7d7c5377e22"', "WORKFLOW_SEQUENCE"),
    ("typeorm_find", {"id": 9}, 'EntityNotFoundError: Could not find any entity of type "User" matching: {\n    "where": {\n        "id": 9\n    }\n}', "INCORRECT_PARAMETER"),
    ("typeorm_find", {"where": {"nmae": "x"}}, 'EntityPropertyNotFoundError: Property "nmae" was not found in "User". Make sure your query is correct.', "INCORRECT_PARAMETER"),
    ("mongoose_save", {}, "ValidationError: User validation failed: email: Path `email` is required.", "MISSING_PARAMETER"),
    ("mongoose_find", {"id": "abc"}, 'CastError: Cast to ObjectId failed for value "abc" (type string) at path "_id" for model "User"', "PARAMETER_FORMAT"),
    ("mongoose_find", {}, "MongooseError: Operation `users.findOne()` buffering timed out after 10000ms", "timeout"),
    ("mongoose_connect", {}, "MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017", "network"),
    ("knex_query", {}, "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?", "timeout"),
    ("prisma_find", {"id": 1}, "PrismaClientInitializationError: Can't reach database server at `localhost:5432`\n\nPlease make sure your database server is running at `localhost:5432`.", "network"),
    ("prisma_find", {}, "PrismaClientValidationError: \nInvalid `prisma.user.findUnique()` invocation:\n\n{\n  where: {\n    emial: 'a'\n    ~~~~~\n  }\n}\n\nUnknown argument `emial`. Did you mean `email`? Available options are marked with ?.", "PARAMETER_FORMAT"),
    ("prisma_migrate", {}, "Error: P1001: Can't reach database server at `localhost`:`5432`", "network"),
    ("prisma_query", {}, "PrismaClientKnownRequestError: \nInvalid `prisma.post.findMany()` invocation:\n\nThe table `public.Post` does not exist in the current database.", "MISSING_PREREQUISITE"),
    ("drizzle_query", {}, 'error: relation "users" does not exist', "MISSING_PREREQUISITE"),
    ("redis_set", {"args": "k"}, "ReplyError: ERR wrong number of arguments for 'set' command", "MISSING_PARAMETER"),
    ("ioredis_get", {}, "Error: connect ECONNREFUSED 127.0.0.1:6379", "network"),
    ("pg_query", {"sql": "SELEC 1"}, 'error: syntax error at or near "SELEC"', "PARAMETER_FORMAT"),
    ("pg_query", {"sql": "INSERT INTO t(id) VALUES ('x')"}, 'error: invalid input syntax for type integer: "x"', "PARAMETER_FORMAT"),
    ("pg_connect", {}, 'error: password authentication failed for user "app"', "auth"),
    ("stripe_refund", {"charge": "ch_1"}, "StripeInvalidRequestError: Charge ch_1 has already been refunded.", "WORKFLOW_SEQUENCE"),
    ("stripe_get", {}, "StripeConnectionError: An error occurred with our connection to Stripe. Request was retried 2 times.", "network"),
    ("stripe_get", {}, "StripeRateLimitError: Too many requests hit the API too quickly.", "rate_limit"),
    ("openai_chat", {}, "APIConnectionError: Connection error.", "network"),
    ("openai_chat", {}, "RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for requests', 'type': 'requests', 'code': 'rate_limit_exceeded'}}", "rate_limit"),
    ("openai_chat", {}, "InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error while processing your request.'}}", "server_error"),
    ("openai_chat", {}, "APITimeoutError: Request timed out.", "timeout"),
    ("anthropic_messages", {}, "AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}", "auth"),
    ("anthropic_messages", {}, "OverloadedError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}", "server_error"),
    ("octokit_get", {}, "HttpError: Bad credentials - https://docs.github.com/rest", "auth"),
    ("octokit_get", {}, "HttpError: API rate limit exceeded for 1.2.3.4.", "rate_limit"),
    ("slack_post", {"channel": "#nope"}, "Error: An API error occurred: channel_not_found", "INCORRECT_PARAMETER"),
    ("slack_post", {}, "Error: An API error occurred: not_in_channel", "MISSING_PREREQUISITE"),
    ("slack_post", {}, "Error: An API error occurred: invalid_auth", "auth"),
    ("twilio_send", {}, "RestException: [HTTP 401] Unable to create record: Authenticate", "auth"),
    ("sendgrid_send", {}, "ResponseError: Bad Request (400)\n{\"errors\":[{\"message\":\"The from email does not contain a valid address.\",\"field\":\"from.email\"}]}", "PARAMETER_FORMAT"),
    ("aws_s3_get", {"Key": "nope"}, "NoSuchKey: The specified key does not exist.", "INCORRECT_PARAMETER"),
    ("aws_dynamo_put", {}, "ConditionalCheckFailedException: The conditional request failed", "WORKFLOW_SEQUENCE"),
    ("aws_dynamo_get", {"TableName": "nope"}, "ResourceNotFoundException: Requested resource not found", "INCORRECT_PARAMETER"),
    ("gcs_upload", {}, "Forbidden: 403 POST https://storage.googleapis.com/upload/storage/v1/b/x/o: x@y.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage bucket.", "permission"),
    ("kafkajs_connect", {}, "KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092", "network"),
    ("kafkajs_connect", {}, "KafkaJSNumberOfRetriesExceeded: Connection timeout", "timeout"),
    ("amqp_consume", {"queue": "nope"}, "Error: Channel closed by server: 404 (NOT-FOUND) with message \"NOT_FOUND - no queue 'nope' in vhost '/'\"", "INCORRECT_PARAMETER"),
    ("minio_get", {"bucket": "nope"}, "S3Error: The specified bucket does not exist", "INCORRECT_PARAMETER"),
    ("elastic_search", {}, "ConnectionError: Connection error caused by: ConnectionError(Connection error caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused))", "network"),
]
# JS and Python dev CLIs (pyright, isort, flake8, black, mypy, twine, build, sphinx, pip, pipx, poetry, uv,
# hatch, bun, deno, turbo, nx, lerna, changesets, rollup, esbuild, jest, vitest, playwright, storybook, npm,
# node, next, nest, commander, yargs, typer, invoke, django, uvicorn).
CASES += [
    ("pyright", {"path": "zz.py"}, 'File or directory "/app/zz.py" does not exist.\n0 errors, 0 warnings, 0 informations', "INCORRECT_PARAMETER"),
    ("pyright", {}, 'error: Import "requests" could not be resolved (reportMissingImports)', "MISSING_PREREQUISITE"),
    ("isort", {"path": "zz.py"}, "Error: arguments passed in without any paths or content.", "MISSING_PARAMETER"),
    ("flake8", {"select": "E9999"}, "There was a critical error during execution of Flake8:\nplugin code for `E9999` does not match ^[A-Z]{1,3}[0-9]{0,3}$", "PARAMETER_FORMAT"),
    ("black", {"target": "py99"}, "Usage: black [OPTIONS] SRC ...\nTry 'black -h' for help.\n\nError: Invalid value for '-t' / '--target-version': 'py99' is not one of 'py33', 'py34', 'py35'.", "INCORRECT_PARAMETER"),
    ("mypy", {"flag": "--strictt"}, "usage: mypy [-h] [-v] [-V] [more options; see below]\n            [-m MODULE] [-p PACKAGE] [-c PROGRAM_TEXT] [files ...]\nmypy: error: unrecognized arguments: --strictt", "PARAMETER_FORMAT"),
    ("twine_upload", {"dist": "dist/*"}, "ERROR    InvalidDistribution: Cannot find file (or expand pattern): 'dist/*'", "INCORRECT_PARAMETER"),
    ("python_build", {}, "ERROR Source /app does not appear to be a Python project: no pyproject.toml or setup.py", "MISSING_PREREQUISITE"),
    ("sphinx_build", {}, "Configuration error:\nconfig directory doesn't contain a conf.py file (docs)", "MISSING_PREREQUISITE"),
    ("pip_install", {"pkg": "reqeusts"}, "ERROR: Could not find a version that satisfies the requirement reqeusts (from versions: none)\nERROR: No matching distribution found for reqeusts", "INCORRECT_PARAMETER"),
    ("pip_install", {"req": "requirements-dev.txt"}, "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements-dev.txt'", "INCORRECT_PARAMETER"),
    ("pipx_run", {"pkg": "blackk"}, "No matching distribution found for blackk", "INCORRECT_PARAMETER"),
    ("poetry_add", {"pkg": "reqeusts"}, "Could not find a matching version of package reqeusts", "INCORRECT_PARAMETER"),
    ("uv_add", {"pkg": "reqeusts"}, "  × No solution found when resolving dependencies:\n  ╰─▶ Because reqeusts was not found in the package registry and your project depends on reqeusts, we can conclude that your project's requirements are unsatisfiable.", "INCORRECT_PARAMETER"),
    ("hatch_run", {"env": "lintt"}, "Environment `lintt` is not defined by project config", "INCORRECT_PARAMETER"),
    ("bun_run", {"script": "biuld"}, 'error: Script not found "biuld"', "INCORRECT_PARAMETER"),
    ("deno_run", {"file": "main.ts"}, 'error: Requires net access to "example.com:443", run again with the --allow-net flag', "MISSING_PARAMETER"),
    ("deno_run", {"file": "zz.ts"}, 'error: Module not found "file:///app/zz.ts".', "INCORRECT_PARAMETER"),
    ("turbo_run", {}, "  x Missing `turbo.json` file. Run `npx @turbo/codemod create-turbo-config` to create one.", "MISSING_PREREQUISITE"),
    ("nx_run", {"target": "app:biuld"}, "NX   Cannot find configuration for task app:biuld", "INCORRECT_PARAMETER"),
    ("lerna_run", {}, "lerna ERR! ENOLERNA `lerna.json` does not exist, have you run `lerna init`?", "MISSING_PREREQUISITE"),
    ("changeset", {}, "🦋  error There is no .changeset folder. \n🦋  error If this is the first time `changesets` have been used in this project, run `yarn changeset init` to get set up.", "MISSING_PREREQUISITE"),
    ("rollup", {"input": "src/zz.js"}, "[!] RollupError: Could not resolve entry module \"src/zz.js\".", "INCORRECT_PARAMETER"),
    ("esbuild", {"entry": "src/zz.ts"}, '✘ [ERROR] Could not resolve "src/zz.ts"', "INCORRECT_PARAMETER"),
    ("jest", {"flag": "--watchh"}, "● Unrecognized CLI Parameter:\n\n  Unrecognized option \"watchh\". Did you mean \"watch\"?\n\n  CLI Options Documentation:\n  https://jestjs.io/docs/cli", "PARAMETER_FORMAT"),
    ("vitest", {"flag": "--cov"}, "CACError: Unknown option `--cov`", "PARAMETER_FORMAT"),
    ("playwright_test", {}, "Error: No tests found.\nMake sure that arguments are regular expressions matching test files.", "INCORRECT_PARAMETER"),
    ("storybook", {}, "SB_CORE-SERVER_0006 (MainFileMissingError): No configuration files have been found in your configDir: .storybook.", "MISSING_PREREQUISITE"),
    ("npm_ci", {}, "npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1.", "MISSING_PREREQUISITE"),
    ("node_run", {"file": "app.mjs"}, "file:///app/app.mjs:1\nimport x from './util';\n^^^^^^\nError [ERR_MODULE_NOT_FOUND]: Cannot find module '/app/util' imported from /app/app.mjs", "INCORRECT_PARAMETER"),
    ("node_run", {"file": "zz.js"}, "node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '/app/zz.js'\n    at Module._resolveFilename", "INCORRECT_PARAMETER"),
    ("next_dev", {"port": "abc"}, "error: option '-p, --port <port>' argument 'abc' is invalid. 'abc' is not a non-negative number.", "PARAMETER_FORMAT"),
    ("nest_generate", {"schematic": "servise"}, 'Error: Invalid schematic "servise". Please, ensure that "servise" exists in this collection.', "INCORRECT_PARAMETER"),
    ("commander_cli", {}, "error: required option '-n, --name <name>' not specified", "MISSING_PARAMETER"),
    ("commander_cli", {}, "error: unknown command 'biuld'", "WRONG_TOOL_SELECTION"),
    ("yargs_cli", {}, "Missing required argument: name", "MISSING_PARAMETER"),
    ("yargs_cli", {}, "Unknown arguments: verbose, v", "PARAMETER_FORMAT"),
    ("typer_cli", {}, "Usage: app [OPTIONS] NAME\nTry 'app --help' for help.\n╭─ Error ─────────────────────────────╮\n│ Missing argument 'NAME'.            │\n╰─────────────────────────────────────╯", "MISSING_PARAMETER"),
    ("typer_cli", {"count": "x"}, "Usage: app [OPTIONS]\nTry 'app --help' for help.\n╭─ Error ──────────────────────────────────────────────╮\n│ Invalid value for '--count': 'x' is not a valid integer. │\n╰──────────────────────────────────────────────────────╯", "PARAMETER_FORMAT"),
    ("invoke", {"task": "biuld"}, "No idea what 'biuld' is!", "INCORRECT_PARAMETER"),
    ("django_manage", {"cmd": "migrat"}, "Unknown command: 'migrat'. Did you mean migrate?\nType 'manage.py help' for usage.", "WRONG_TOOL_SELECTION"),
    ("uvicorn", {"app": "main:ap"}, 'ERROR:    Error loading ASGI app. Attribute "ap" not found in module "main".', "INCORRECT_PARAMETER"),
]
# MCP servers' own results (github, sequential-thinking, playwright, fetch, sqlite, postgres, redis, context7,
# fastmcp tools, slack, notion, linear, sentry, maps, firecrawl, tavily).
CASES += [
    ("github_get_issue", {"issue_number": 99999}, "MCP error -32603: Request failed with status code 404", "INCORRECT_PARAMETER"),
    ("github_create_issue", {}, "MCP error -32603: GitHub API error: 422 Unprocessable Entity\n{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":\"missing_field\",\"field\":\"title\"}]}", "MISSING_PARAMETER"),
    ("github_get_repo", {}, "Authentication Failed: Bad credentials", "auth"),
    ("github_get_repo", {"repo": "nope"}, "Not Found: Resource not found: Not Found", "INCORRECT_PARAMETER"),
    ("sequentialthinking", {"thoughtNumber": "one"}, '{"error": "Invalid thoughtNumber: must be a number", "status": "failed"}', "PARAMETER_FORMAT"),
    ("browser_click", {"ref": "e12"}, "Error: Ref e12 not found in the current page snapshot. Try capturing new snapshot.", "INCORRECT_PARAMETER"),
    ("browser_click", {"ref": "e3"}, 'Error: No open pages available. Use the "browser_navigate" tool to navigate to a page first.', "WORKFLOW_SEQUENCE"),
    ("browser_navigate", {"url": "http://127.0.0.1:1"}, "Error: page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:1/\nCall log:\n  - navigating to \"http://127.0.0.1:1/\", waiting until \"domcontentloaded\"", "network"),
    ("fetch", {"url": "https://example.com"}, "Failed to fetch robots.txt https://example.com/robots.txt due to a connection issue", "network"),
    ("fetch", {"url": "http://127.0.0.1:8/x"}, "Failed to fetch http://127.0.0.1:8/x - status code 404", "INCORRECT_PARAMETER"),
    ("read_query", {"query": "SELEC 1"}, 'Database error: near "SELEC": syntax error', "PARAMETER_FORMAT"),
    ("query", {"sql": "SELEC 1"}, 'MCP error -32603: syntax error at or near "SELEC"', "PARAMETER_FORMAT"),
    ("redis_get", {"key": "x"}, "Error getting key: connect ECONNREFUSED 127.0.0.1:6379", "network"),
    ("resolve_library_id", {"libraryName": "zzz"}, "No libraries found matching the provided name.", "INCORRECT_PARAMETER"),
    ("echo", {}, "MCP error -32602: Input validation error: Invalid arguments for tool echo: [\n  {\n    \"expected\": \"string\",\n    \"code\": \"invalid_type\",\n    \"path\": [\n      \"message\"\n    ],\n    \"message\": \"Invalid input: expected string, received undefined\"\n  }\n]", "MISSING_PARAMETER"),
    ("add", {"a": "x", "b": 1}, "Error executing tool add: 1 validation error for addArguments\na\n  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='x', input_type=str]", "PARAMETER_FORMAT"),
    ("fastmcp_tool", {"city": "Atlantis"}, "Error calling tool 'get_weather': City 'Atlantis' not found", "INCORRECT_PARAMETER"),
    ("fastmcp_tool", {}, "Error calling tool 'get_weather': ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: /w (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))", "network"),
    ("fastmcp_tool", {}, "Unknown tool: get_wether", "WRONG_TOOL_SELECTION"),
    ("mcp_list_tools", {}, "McpError: MCP error -32000: Connection closed", "network"),
    ("slack_post_message", {"channel_id": "C999"}, '{"ok":false,"error":"channel_not_found"}', "INCORRECT_PARAMETER"),
    ("notion_query", {"database_id": "x"}, '{"object":"error","status":400,"code":"validation_error","message":"path failed validation: path.database_id should be a valid uuid, instead was `\\"x\\"`."}', "PARAMETER_FORMAT"),
    ("notion_get_page", {"page_id": "0f0f0f0f-0000-0000-0000-000000000000"}, '{"object":"error","status":404,"code":"object_not_found","message":"Could not find page with ID: 0f0f0f0f-0000-0000-0000-000000000000. Make sure the relevant pages and databases are shared with your integration."}', "INCORRECT_PARAMETER"),
    ("linear_create_issue", {}, '{"errors":[{"message":"Argument Validation Error","extensions":{"code":"INVALID_INPUT","type":"invalid input","userError":true,"userPresentableMessage":"teamId must be a UUID."}}]}', "PARAMETER_FORMAT"),
    ("sentry_get_issue", {"issue_id": "x"}, "Error: API error (404): {\"detail\":\"The requested resource does not exist\"}", "INCORRECT_PARAMETER"),
    ("maps_geocode", {"address": ""}, '{"error_message":"Invalid request. Missing the \'address\', \'components\', \'latlng\' or \'place_id\' parameter.","results":[],"status":"INVALID_REQUEST"}', "MISSING_PARAMETER"),
    ("firecrawl_scrape", {"url": "notaurl"}, 'Error: Request failed with status code 400: {"success":false,"error":"Bad Request","details":[{"validation":"url","code":"invalid_string","message":"Invalid URL","path":["url"]}]}', "PARAMETER_FORMAT"),
    ("tavily_search", {}, "Error: Invalid API key", "auth"),
]
# Outages as Node and Python SDK clients report them against closed ports, bad certificates, fakes.
CASES += [
    ("node_fetch", {"url": "http://x"}, "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13 {\n  [cause]: Error: getaddrinfo EAI_AGAIN api.internal\n      at GetAddrInfoReqWrap.onlookup", "dns"),
    ("node_fetch", {}, "Error: connect EHOSTUNREACH 10.0.0.9:443", "network"),
    ("node_fetch", {}, "Error: read ECONNRESET", "network"),
    ("node_fetch", {}, "Error: socket hang up", "network"),
    ("node_fetch", {}, "Error: self-signed certificate in certificate chain", "tls"),
    ("node_fetch", {}, "Error: unable to verify the first certificate", "tls"),
    ("axios_get", {}, "AxiosError: Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:example.com", "tls"),
    ("node_fetch", {}, "Error: Client network socket disconnected before secure TLS connection was established", "tls"),
    ("node_fetch", {}, "TimeoutError: The operation was aborted due to timeout", "timeout"),
    ("undici_request", {}, "ConnectTimeoutError: Connect Timeout Error (attempted address: 10.255.255.1:80, timeout: 10000ms)", "timeout"),
    ("undici_request", {}, "HeadersTimeoutError: Headers Timeout Error", "timeout"),
    ("undici_request", {}, "SocketError: other side closed", "network"),
    ("node_write", {}, "Error: EPIPE: broken pipe, write", "network"),
    ("openai_chat", {}, "RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", "resource"),
    ("node_build", {}, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory", "resource"),
    ("node_open", {}, "Error: EMFILE: too many open files, open '/tmp/x'", "resource"),
    ("node_write", {}, "Error: ENOSPC: no space left on device, write", "resource"),
    ("node_write", {"path": "/etc/x"}, "Error: EACCES: permission denied, open '/etc/x'", "permission"),
    ("node_write", {"path": "/ro/x"}, "Error: EROFS: read-only file system, open '/ro/x'", "read_only"),
    ("httpx_get", {}, "httpx.ConnectError: [Errno 111] Connection refused", "network"),
    ("httpx_get", {}, "httpx.ReadTimeout: The read operation timed out", "timeout"),
    ("requests_get", {}, "requests.exceptions.SSLError: HTTPSConnectionPool(host='127.0.0.1', port=8443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)')))", "tls"),
    ("requests_get", {}, "requests.exceptions.ConnectionError: HTTPConnectionPool(host='nohost.invalid', port=80): Max retries exceeded with url: / (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f>: Failed to resolve 'nohost.invalid' ([Errno -2] Name or service not known)\"))", "dns"),
    ("aiohttp_get", {}, "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host 127.0.0.1:9 ssl:default [Connect call failed ('127.0.0.1', 9)]", "network"),
    ("aiohttp_get", {}, "aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected", "network"),
    ("asyncio_wait", {}, "TimeoutError", "timeout"),
    ("pymongo_find", {}, "pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 1, topology_type: Unknown>", "network"),
    ("boto3_s3", {}, 'botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "http://127.0.0.1:9/x"', "network"),
    ("boto3_s3", {}, "botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired", "auth"),
    ("openai_chat", {}, "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-xxx.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}", "auth"),
    ("anthropic_messages", {}, "anthropic.PermissionDeniedError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Your API key does not have permission to use the specified resource.'}}", "permission"),
    ("python_open", {"path": "/root/x"}, "PermissionError: [Errno 13] Permission denied: '/root/x'", "permission"),
    ("grpc_call", {}, 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:9: Failed to connect to remote host: Connection refused"', "network"),
    ("graphql_query", {}, "Error: Response not successful: Received status code 502", "server_error"),
    ("graphql_query", {}, '{"errors":[{"message":"Too many requests, please try again later.","extensions":{"code":"RATE_LIMITED"}}]}', "rate_limit"),
    ("mcp_call", {}, "McpError: MCP error -32001: Request timed out", "timeout"),
    ("mcp_connect", {}, "Error: spawn npx ENOENT", "MISSING_PREREQUISITE"),
    ("stripe_get", {}, "StripeAPIError: An unknown error occurred", "server_error"),
    ("twilio_send", {}, "Error: getaddrinfo ENOTFOUND api.twilio.com", "dns"),
    ("redis_get", {}, "Error: Redis connection to 127.0.0.1:6380 failed - connect ECONNREFUSED 127.0.0.1:6380", "network"),
    ("pg_connect", {}, "Error: Connection terminated due to connection timeout", "timeout"),
    ("mysql2_connect", {}, "Error: connect ETIMEDOUT", "timeout"),
]

@pytest.mark.parametrize("tool, params, message, want", CASES)
def test_a_familys_documented_wording_gets_its_label(tool, params, message, want):
    assert label(classify_error_type(tool, params, message)) == want


@pytest.mark.parametrize("message, want", [
    # the key line names no mistake; a hint line below it does
    ("Error: ImproperlyConfigured: Error loading MySQLdb module.\nDid you install mysqlclient?", "MISSING_PREREQUISITE"),
    ("go: no go.work file found\n\t(run 'go work init' first or specify path using GOWORK environment variable)",
     "MISSING_PREREQUISITE"),
    ("error: unable to process template\n  parameter IMAGE_TAG is required and must be specified", "MISSING_PARAMETER"),
])
def test_a_hint_below_the_key_lines_says_which_mistake_when_the_key_lines_do_not(message, want):
    result = classify_error_type("acme_tool", {}, message, rules=())
    assert label(result) == want and result["confidence"] < 0.5 and not result["learnable"]


@pytest.mark.parametrize("message, want", [
    ("rake aborted!\nNo Rakefile found (looking for: rakefile, Rakefile)", "MISSING_PREREQUISITE"),
    ("ESLint couldn't find an eslint.config.* file.", "MISSING_PREREQUISITE"),
    ("An error has occurred: FatalError: git failed. Is it installed, and are you in a Git repository directory?",
     "MISSING_PREREQUISITE"),
    ("Error: OSError: Cannot save file into a non-existent directory: '/tmp/x/out'", "MISSING_PREREQUISITE"),
    ("cannot load such file -- nokogiri (LoadError)", "MISSING_PREREQUISITE"),
    ("pkcs12: Option -name needs a value", "MISSING_PARAMETER"),
    ("Error: duplicate column name: name", "WORKFLOW_SEQUENCE"),
    ("read package manager policy: trailing comma at line 1 column 34", "PARAMETER_FORMAT"),
    # a token the syntax wanted, worded: its "before" is a place in the text, not an order of steps (jsonnet)
    ("STATIC ERROR: <cmdline>:1:14-18: expected a comma before next field.", "PARAMETER_FORMAT"),
    ("flag provided but not defined: -release", "PARAMETER_FORMAT"),
    ("Error: ShapeError: unable to append to a DataFrame of shape (3, 4) with a DataFrame of width 1", "PARAMETER_FORMAT"),
    ("Runtime error (func=(main), adr=5): Function sqrtt not defined.", "INCORRECT_PARAMETER"),
    ('{"errorMessages":[],"errors":{"project":"valid project is required"}}', "INCORRECT_PARAMETER"),
    ("bzip2: bundle.tgz is not a bzip2 file.", "WRONG_TOOL_SELECTION"),
    ("[ERROR]: Input is not vault encrypted data. for secret.txt", "WRONG_TOOL_SELECTION"),
    ("[ERROR]: Decryption failed (no vault secrets were found that could decrypt). for vaulted.yml", "auth"),
    ("error Couldn't find any versions for \"widget\" that matches \"^9\"", "INCORRECT_PARAMETER"),
])
def test_more_category_wordings_of_unseen_families(message, want):
    assert label(classify_error_type("acme_tool", {}, message, rules=())) == want


@pytest.mark.parametrize("message, want", [
    ("Error: ValueError: data and json parameters can not be used at the same time", "INCORRECT_PARAMETER"),
    ("Cannot specify both head and tail parameters simultaneously", "INCORRECT_PARAMETER"),
    ("error: options --all and --tags are mutually exclusive", "INCORRECT_PARAMETER"),
    # a value of the wrong built-in type (not a None: that is a thing not there)
    ("Error: AttributeError: 'bytes' object has no attribute 'read'", "PARAMETER_FORMAT"),
    ("TypeError: 'int' object is not subscriptable", "PARAMETER_FORMAT"),
    ("TypeError: unsupported operand type(s) for +: 'int' and 'str'", "PARAMETER_FORMAT"),
    # click's "Invalid value for '…'": what follows says which mistake
    ("Error: Invalid value for '-P' / '--pool': 'gevent2' is not one of 'prefork', 'eventlet'.", "INCORRECT_PARAMETER"),
    ("Error: Invalid value for '--limit': 'ten' is not a valid integer.", "PARAMETER_FORMAT"),
    ("Error: Invalid value for 'SRC ...': Path 'src/main.py' does not exist.", "INCORRECT_PARAMETER"),
])
def test_which_mistake_a_refused_combination_a_wrong_type_or_a_refused_value_is(message, want):
    assert label(classify_error_type("acme_tool", {}, message)) == want


@pytest.mark.parametrize("message, want", [
    ("curl: option --connect-timeout: expected a proper numerical parameter", "PARAMETER_FORMAT"),
    ('invalid value "30" for flag -timeout: parse error', "PARAMETER_FORMAT"),
    ("usage: deploy.py rotate [-h] --env {dev,prod} [--timeout TIMEOUT]\ndeploy.py rotate: error: the following "
     "arguments are required: --env", "MISSING_PARAMETER"),
])
def test_an_option_named_like_an_outage_is_the_subject_of_a_usage_error_not_an_outage(message, want):
    assert label(classify_error_type("acme_tool", {}, message)) == want
    assert label(classify_error_type("acme_tool", {}, message, rules=())) == want


@pytest.mark.parametrize("message, want", [
    # a count given beside a count needed: fewer is a value not given, more a call of the wrong shape
    ('error: bind message supplies 1 parameters, but prepared statement "" requires 2', "MISSING_PARAMETER"),
    ("PHP Fatal error:  Uncaught ArgumentCountError: strlen() expects exactly 1 argument, 0 given", "MISSING_PARAMETER"),
    ("Incorrect number of bindings supplied. The current statement uses 1, and there are 0 supplied.",
     "MISSING_PARAMETER"),
    ("Incorrect number of bindings supplied. The current statement uses 1, and there are 15 supplied.",
     "PARAMETER_FORMAT"),
    ("TypeError: concat() takes 1 positional argument but 2 were given", "PARAMETER_FORMAT"),
    ("Error: ProgrammingError: the query has 2 placeholders but 1 parameters were passed", "MISSING_PARAMETER"),
    ("socat[4242] E TCP: wrong number of parameters (1 instead of 2)", "MISSING_PARAMETER"),
    # an upper-case code the error names, read by its words when nothing else is named
    ("NatsError: CONNECTION_REFUSED", "network"),
    ("NatsError: BAD_SUBJECT", "PARAMETER_FORMAT"),
    ("Error: InternalServiceError: An error occurred (InternalServiceError) when calling the GetSecretValue operation",
     "server_error"),
])
def test_counts_given_against_needed_and_upper_case_codes(message, want):
    assert label(classify_error_type("acme_tool", {}, message, rules=())) == want


@pytest.mark.parametrize("message, want", [
    # a handle of the call's own used after it was closed, a step run before its result exists
    ("IllegalOperationError: Channel closed", "WORKFLOW_SEQUENCE"),
    ("Error: ProgrammingError: Cursor closed", "WORKFLOW_SEQUENCE"),
    ("Error: ProgrammingError: Cannot operate on a closed database.", "WORKFLOW_SEQUENCE"),
    ("Error: ProgrammingError: execute() first", "WORKFLOW_SEQUENCE"),
    ("Error: ProgrammingError: no result available", "WORKFLOW_SEQUENCE"),
    ("Error: Node is either not clickable or not an Element", "WORKFLOW_SEQUENCE"),
    ("You can't perform this operation on the secret because it was marked for deletion.", "WORKFLOW_SEQUENCE"),
    # a relation that was never set up
    ("SequelizeEagerLoadingError: Post is not associated to User!", "MISSING_PREREQUISITE"),
    ("No Lambda rotation function ARN is associated with this secret.", "MISSING_PREREQUISITE"),
])
def test_closed_handles_steps_out_of_order_and_relations_never_set_up(message, want):
    assert label(classify_error_type("acme_tool", {}, message, rules=())) == want


def test_an_outage_is_never_learnable():
    for tool, params, message, want in CASES:
        result = classify_error_type(tool, params, message)
        if result["infra_kind"]:
            assert not result["learnable"], message


@pytest.mark.parametrize("message, want", [
    ("Error: An error occurred with our connection to Stripe.", "network"),
    ("DB::Exception: Too many simultaneous queries. Maximum: 100. (TOO_MANY_SIMULTANEOUS_QUERIES)", "rate_limit"),
    ("DB::Exception: Memory limit (total) exceeded: would use 3.73 GiB", "resource"),
    ("collect2: fatal error: ld terminated with signal 7 [Bus error]", "resource"),
    ("Uses.java:1: error: package org.apache.commons.lang3 does not exist", "MISSING_PREREQUISITE"),
    ("Error from server (NotFound): the server could not find the requested resource", "MISSING_PREREQUISITE"),
    ("error: the `x86_64-unknown-linux-musl` target may not be installed", "MISSING_PREREQUISITE"),
    ("nox > uv binary not found.", "MISSING_PREREQUISITE"),
])
def test_wordings_of_the_ninth_batchs_families(message, want):
    assert label(classify_error_type("acme_tool", {}, message, rules=())) == want


def test_a_generic_rule_takes_a_strong_cue_from_the_lines_below_its_key_lines():
    # playwright-mcp: the key lines are the envelope, the zod issue that says which mistake is below them
    message = ('### Error\nInvalid arguments for tool "browser_click":\n'
               "✖ Invalid input: expected string, received undefined\n  → at target")
    result = classify_error_type("browser_click", {"element": "Save"}, message)
    assert label(result) == "MISSING_PARAMETER" and result["evidence"]["rule"] == "default:jsonrpc-invalid-params"


def test_a_rule_hint_not_learned_keeps_an_ambiguous_verdict_from_being_learned():
    result = classify_error_type("kubectl_describe", {"name": "node-1"},
                                 '{\n  "error": "Resource node/node-1 not found",\n  "status": "not_found"\n}')
    assert label(result) == "INCORRECT_PARAMETER" and not result["learnable"]


# Well formed but not allowed here, against not even of the kind wanted: the documented wordings of
# tools that state the set or range they allow, or refuse a key the callee does not have.
REFUSED_VALUES = [
    ('serde_load', {'doc': {'colour': 'red'}}, 'Error: unknown field `colour`, expected one of `name`, `color` at line 1 column 9', 'INCORRECT_PARAMETER'),
    ('kubectl_apply', {'file': 'pod.yaml'}, 'The Pod "web" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"', 'INCORRECT_PARAMETER'),
    ('terraform_plan', {'var': 'tenancy=hosting'}, 'Error: expected instance_tenancy to be one of ["default" "dedicated"], got hosting', 'INCORRECT_PARAMETER'),
    ('psql', {'sql': 'SET log_min_messages = loud'}, 'ERROR:  invalid value for parameter "log_min_messages": "loud"\nHINT:  Available values: debug5, debug4, debug3, debug2, debug1, info, notice, warning, error, log, fatal, panic.', 'INCORRECT_PARAMETER'),
    ('cargo_run', {'level': 'loud'}, "error: invalid value 'loud' for '--level <LEVEL>'\n  [possible values: debug, info, warn]\n\nFor more information, try '--help'.", 'INCORRECT_PARAMETER'),
    ('s3_list_objects', {'Bucket': 'b', 'Prefixx': 'logs/'}, 'botocore.exceptions.ParamValidationError: Parameter validation failed:\nUnknown parameter in input: "Prefixx", must be one of: Bucket, Delimiter, EncodingType, Marker, MaxKeys, Prefix', 'INCORRECT_PARAMETER'),
    ('rails_update', {'status': 'archived'}, "ArgumentError: 'archived' is not a valid status", 'INCORRECT_PARAMETER'),
    ('terraform_plan', {'var': 'port=70000'}, 'Error: expected port to be in the range (1 - 65535), got 70000', 'INCORRECT_PARAMETER'),
    ('psql', {'sql': 'SET work_mem = -1'}, 'ERROR:  -1 is outside the valid range for parameter "work_mem" (64 .. 2147483647)', 'INCORRECT_PARAMETER'),
    ('numpy_sum', {'axis': 3}, 'numpy.exceptions.AxisError: axis 3 is out of bounds for array of dimension 2', 'INCORRECT_PARAMETER'),
    ('dotnet_run', {'index': 9}, "Unhandled exception. System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'index')", 'INCORRECT_PARAMETER'),
    ('python_call', {'hostname': 'db'}, "TypeError: connect() got an unexpected keyword argument 'hostname'", 'INCORRECT_PARAMETER'),
    ('django_create', {'titel': 'x'}, "TypeError: Book() got unexpected keyword arguments: 'titel'", 'INCORRECT_PARAMETER'),
    ('cargo_run', {'jobs': 'ten'}, "error: invalid value 'ten' for '--jobs <N>': invalid digit found in string\n\nFor more information, try '--help'.", 'PARAMETER_FORMAT'),
    ('go_run', {'n': 'ten'}, 'invalid value "ten" for flag -n: parse error\nUsage of ./app:\n  -n int\n    \tcount (default 1)', 'PARAMETER_FORMAT'),
    ('validate', {'port': 'eighty'}, "Error: port must be an integer between 1 and 65535, got 'eighty'", 'PARAMETER_FORMAT'),
    ('kubectl_get', {'flag': '--namespacee'}, "error: unknown flag: --namespacee\nSee 'kubectl get --help' for usage.", 'PARAMETER_FORMAT'),
]


@pytest.mark.parametrize("tool, params, message, want", REFUSED_VALUES)
def test_a_value_outside_the_set_or_range_allowed_is_a_wrong_value_one_not_of_its_type_a_format(tool, params, message, want):
    assert label(classify_error_type(tool, params, message)) == want  # with the rule packs
    assert label(classify_error_type(tool, params, message, rules=())) == want  # and by the general signals alone


def test_a_generic_refusal_takes_its_kind_from_the_list_of_allowed_values_below_it():
    message = "error: invalid value 'loud' for '--level <LEVEL>'\n  [possible values: debug, info, warn]"
    result = classify_error_type("cargo_run", {"level": "loud"}, message)
    assert label(result) == "INCORRECT_PARAMETER" and result["evidence"]["category_cue"]
    alone = classify_error_type("cargo_run", {"level": "loud"}, "error: invalid value 'loud' for '--level <LEVEL>'", rules=())
    assert label(alone) == "PARAMETER_FORMAT"  # nothing says which: the generic default stands


# "Unsupported <kind>" of a value, and a file not found that is a program to run or a place to write into.
UNSUPPORTED_OR_MISSING_PLACE = [
    ('terraform_validate', {}, '╷\n│ Error: Unsupported argument\n│\n│   on main.tf line 3, in provider "aws":\n│    3:   regionn = "eu-west-1"\n│\n│ An argument named "regionn" is not expected here.\n╵', 'INCORRECT_PARAMETER'),
    ('psql', {'sql': "SELECT '\\u0000'::jsonb"}, 'ERROR:  unsupported Unicode escape sequence\nDETAIL:  \\u0000 cannot be converted to text.', 'PARAMETER_FORMAT'),
    ('python_run', {'code': "sorted(['a', 1])"}, "TypeError: '<' not supported between instances of 'int' and 'str'", 'PARAMETER_FORMAT'),
    ('curl', {'url': 'htps://example.com'}, 'curl: (1) Protocol "htps" not supported or disabled in libcurl', 'PARAMETER_FORMAT'),
    ('python_run', {'code': "subprocess.run(['jq', '.'], check=True)"}, 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n  File "/usr/lib/python3.11/subprocess.py", line 548, in run\n    with Popen(*popenargs, **kwargs) as process:\n  File "/usr/lib/python3.11/subprocess.py", line 1950, in _execute_child\n    raise child_exception_type(errno_num, err_msg, err_filename)\nFileNotFoundError: [Errno 2] No such file or directory: \'jq\'', 'MISSING_PREREQUISITE'),
    ('python_run', {'path': 'config.yaml'}, "FileNotFoundError: [Errno 2] No such file or directory: 'config.yaml'", 'INCORRECT_PARAMETER'),
    ('env', {'command': 'prettier'}, 'env: ‘prettier’: No such file or directory', 'MISSING_PREREQUISITE'),
    ('fs_write', {'path': 'out/report.json', 'content': '{}'}, "Error: ENOENT: no such file or directory, open 'out/report.json'", 'MISSING_PREREQUISITE'),
    ('fs_read', {'path': 'data/report.json'}, "Error: ENOENT: no such file or directory, open 'data/report.json'", 'INCORRECT_PARAMETER'),
    ('sort', {'file': 'a.txt', 'output': 'out/sorted.txt'}, 'sort: open failed: out/sorted.txt: No such file or directory', 'MISSING_PREREQUISITE'),
]


@pytest.mark.parametrize("tool, params, message, want", UNSUPPORTED_OR_MISSING_PLACE)
def test_what_is_unsupported_and_which_file_is_missing_say_which_mistake(tool, params, message, want):
    assert label(classify_error_type(tool, params, message)) == want  # with the rule packs
    assert label(classify_error_type(tool, params, message, rules=())) == want  # and by the general signals alone


# Four families by their wording, whatever the tool: input of a kind the tool cannot read (or an async API
# called as sync), a value a validator or binder found absent, a state the call assumed that is not the current
# one, a feature or package to set up first. Documented wordings of DuckDB, polars, openpyxl, V8's JSON.parse,
# aiohttp, asyncio, yup, graphql-js, knex, mysql2, DynamoDB, Terraform, SQLAlchemy, Vault, Django, GitHub, Go, esbuild.
WORDING_FAMILIES = [
    ('duckdb_query', {'sql': "SELECT * FROM 'orders.csv.parquet'"}, "Invalid Input Error: No magic bytes found at end of file 'orders.csv.parquet'", 'WRONG_TOOL_SELECTION'),
    ('polars_scan_parquet', {'path': 'events.json'}, 'polars.exceptions.ComputeError: parquet: File out of specification: The file must end with PAR1', 'WRONG_TOOL_SELECTION'),
    ('openpyxl_load', {'filename': 'budget.ods'}, 'openpyxl.utils.exceptions.InvalidFileException: openpyxl does not support .ods file format, please check you can open it with Excel first. Supported formats are: .xlsx,.xlsm,.xltx,.xltm', 'WRONG_TOOL_SELECTION'),
    ('fetch_json', {'url': 'https://example.com/'}, 'SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', 'WRONG_TOOL_SELECTION'),
    ('aiohttp_json', {'url': 'https://example.com/'}, "aiohttp.client_exceptions.ContentTypeError: 0, message='Attempt to decode JSON with unexpected mimetype: text/html; charset=utf-8'", 'WRONG_TOOL_SELECTION'),
    ('python_run', {'code': 'r = client.get(url); r.json()'}, "AttributeError: 'coroutine' object has no attribute 'json'", 'WRONG_TOOL_SELECTION'),
    ('python_run', {'code': 'await requests.get(url)'}, "TypeError: object Response can't be used in 'await' expression", 'WRONG_TOOL_SELECTION'),
    ('yup_validate', {'value': {'name': 'a'}}, 'ValidationError: email is a required field', 'MISSING_PARAMETER'),
    ('graphql_query', {'query': 'mutation($u: UserInput!) { add(u: $u) { id } }', 'variables': {'u': {'name': 'a'}}}, '{"errors":[{"message":"Variable \\"$u\\" got invalid value { name: \\"a\\" }; Field \\"email\\" of required type \\"String!\\" was not provided."}]}', 'MISSING_PARAMETER'),
    ('graphql_query', {'query': 'query($id: ID!) { node(id: $id) { id } }'}, '{"errors":[{"message":"Expected value of type \'UserInput\' to include required field \'email\', found: { name: \\"a\\" }."}]}', 'MISSING_PARAMETER'),
    ('knex_query', {'table': 'users', 'where': {'id': None}}, 'Error: Undefined binding(s) detected when compiling FIRST. Undefined column(s): [id] query: select * from "users" where "id" = ? limit ?', 'MISSING_PARAMETER'),
    ('mysql2_execute', {'sql': 'SELECT * FROM t WHERE id = ?', 'values': []}, 'TypeError: Bind parameters must not contain undefined. To pass SQL NULL specify JS null', 'MISSING_PARAMETER'),
    ('dynamodb_put_item', {'TableName': 'users', 'Item': {'name': {'S': 'a'}}}, 'An error occurred (ValidationException) when calling the PutItem operation: One or more parameter values were invalid: Missing the key user_id in the item', 'MISSING_PARAMETER'),
    ('terraform_force_unlock', {'lock_id': '1f2e'}, 'Failed to unlock state: LocalState not locked', 'WORKFLOW_SEQUENCE'),
    ('sqlalchemy_refresh', {'model': 'User'}, "sqlalchemy.exc.InvalidRequestError: Instance '<User at 0x7f3a2c1d0e50>' is not persistent within this Session", 'WORKFLOW_SEQUENCE'),
    ('vault_kv_put', {'path': 'secret/app', 'cas': 1}, '{"errors":["check-and-set parameter did not match the current version"]}', 'WORKFLOW_SEQUENCE'),
    ('django_shell', {'code': 'g = Group(name="x"); g.user_set.add(u)'}, 'ValueError: "<Group: x>" needs to have a value for field "id" before this many-to-many relationship can be used.', 'WORKFLOW_SEQUENCE'),
    ('github_create_issue', {'repo': 'octo/site', 'title': 'x'}, 'HttpError: Issues are disabled for this repo - https://docs.github.com/rest/issues/issues#create-an-issue', 'MISSING_PREREQUISITE'),
    ('go_mod_download', {'module': 'golang.org/x/text@v0.14.0'}, 'go: golang.org/x/text@v0.14.0: module lookup disabled by GOPROXY=off', 'MISSING_PREREQUISITE'),
    ('esbuild', {'entry': 'src/app.ts'}, '✘ [ERROR] Could not resolve "lodash-es"\n\n    src/app.ts:1:19:\n      1 │ import { chunk } from "lodash-es";\n        ╵                       ~~~~~~~~~~~\n\n  You can mark the path "lodash-es" as external to exclude it from the bundle, which will remove this error.', 'MISSING_PREREQUISITE'),
    ('gh_issue_list', {'state': 'open'}, 'no git remotes found', 'MISSING_PREREQUISITE'),
    ('k8s_list_pods', {'namespace': 'default'}, 'kubernetes.config.config_exception.ConfigException: Invalid kube-config file. No configuration found.', 'MISSING_PREREQUISITE'),
    ('esbuild', {'entry': 'src/mian.ts'}, '✘ [ERROR] Could not resolve "src/mian.ts"', 'INCORRECT_PARAMETER'),
    ('node_eval', {'code': "import path from 'path'"}, "SyntaxError: Cannot use import statement outside a module", 'WRONG_TOOL_SELECTION'),
    ('sqlite3_execute', {'sql': 'CREATE TABLE a(x); CREATE TABLE b(y);'}, 'sqlite3.ProgrammingError: You can only execute one statement at a time.', 'WRONG_TOOL_SELECTION'),
    ('requests_get', {'url': 'sftp://files.example.com/a.csv'}, "requests.exceptions.InvalidSchema: No connection adapters were found for 'sftp://files.example.com/a.csv'", 'WRONG_TOOL_SELECTION'),
    ('github_mcp_get_repo', {'owner': 'octo'}, 'Error: GitHub API error: Not Found (GET /repos/octo/undefined)', 'MISSING_PARAMETER'),
    ('stripe_refund_create', {'charge': 'ch_1'}, "stripe.error.InvalidRequestError: You cannot refund this charge because it has already been refunded.", 'WORKFLOW_SEQUENCE'),
    ('azure_blob_upload', {'blob': 'a.txt', 'etag': '"0x8D"'}, 'azure.core.exceptions.ResourceModifiedError: The condition specified using HTTP conditional header(s) is not met.', 'WORKFLOW_SEQUENCE'),
    ('github_update_file', {'path': 'a.md', 'sha': '95b966ae'}, 'HttpError: a.md does not match 95b966ae1c166bd92f8ae7d1c313e738c731dfc3', 'WORKFLOW_SEQUENCE'),
]


@pytest.mark.parametrize("tool, params, message, want", WORDING_FAMILIES)
def test_the_wording_of_a_family_says_which_mistake_on_any_tool(tool, params, message, want):
    assert label(classify_error_type(tool, params, message)) == want  # with the rule packs
    assert label(classify_error_type(tool, params, message, rules=())) == want  # and by the general signals alone
