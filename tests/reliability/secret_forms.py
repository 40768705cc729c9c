"""Secret forms an agent's tool calls really carry, each planted in an event that the learner turns
into a pattern if nothing stops it: the secret is the wrong value of an ordinary parameter, so an
unredacted one lands in `common_mistakes`, the template, `context` and the session-start hook.

Each secret is random (fixed seed) in its vendor's shape, so finding any 12 of its characters
anywhere means it leaked. The controls are ordinary values that look random but must survive.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from typing import Any

_rnd = random.Random(1134)
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def _r(alphabet: str, n: int) -> str:
    return "".join(_rnd.choice(alphabet) for _ in range(n))


@dataclass(frozen=True)
class Form:
    name: str
    secret: str  # what must never be found
    params: dict[str, Any]
    error: str
    extra: dict[str, Any] = field(default_factory=dict)

    def needles(self) -> list[bytes]:
        """The whole secret and its middle 12 characters (a cut secret is still a leak)."""
        middle = len(self.secret) // 2
        return [self.secret.encode(), self.secret[max(0, middle - 6):middle + 6].encode()]


def _in_text(name: str, secret: str, text: str) -> Form:
    """The secret inside the wrong value of an ordinary parameter, echoed by the error."""
    return Form(name, secret, {"value": text, "region": "eu-west-1"}, f"Invalid value for parameter value: {text}")


def _in_params(name: str, secret: str, params: dict[str, Any]) -> Form:
    return Form(name, secret, {"value": "plain-value", **params}, "Invalid value for parameter value: plain-value")


def _pem(kind: str) -> tuple[str, str]:
    body = "\n".join(_r(B64, 64) for _ in range(4))
    return body.split("\n")[1], f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


def build_forms() -> list[Form]:
    ghp, gho, ghs = f"ghp_{_r(ALNUM, 36)}", f"gho_{_r(ALNUM, 36)}", f"ghs_{_r(ALNUM, 36)}"
    ghu, pat = f"ghu_{_r(ALNUM, 36)}", f"github_pat_11{_r(UPPER, 20)}_{_r(ALNUM, 59)}"
    glpat = f"glpat-{_r(URLSAFE, 20)}"
    xoxb, xoxp = f"xoxb-{_r(string.digits, 12)}-{_r(string.digits, 13)}-{_r(ALNUM, 24)}", \
        f"xoxp-{_r(string.digits, 12)}-{_r(string.digits, 12)}-{_r(HEX, 32)}"
    akia, aws_secret, aws_secret2 = f"AKIA{_r(UPPER, 16)}", _r(B64, 40), _r(B64, 40)
    sk_live, rk_live, sk_test, pk_live = (f"{p}_{_r(ALNUM, 24)}" for p in ("sk_live", "rk_live", "sk_test", "pk_live"))
    openai, openai_legacy = f"sk-proj-{_r(URLSAFE, 48)}", f"sk-{_r(ALNUM, 48)}"
    anthropic = f"sk-ant-api03-{_r(URLSAFE, 93)}AA"
    google = f"AIza{_r(URLSAFE, 35)}"
    jwt = lambda: f"eyJhbGciOiJIUzI1NiJ9.eyJ{_r(URLSAFE, 40)}.{_r(URLSAFE, 43)}"  # noqa: E731
    jwt_query, jwt_param, jwt_bare = jwt(), jwt(), jwt()
    rsa_line, rsa = _pem("RSA PRIVATE KEY")
    ssh_line, ssh = _pem("OPENSSH PRIVATE KEY")
    pgp_line, pgp = _pem("PGP PRIVATE KEY BLOCK")
    db_pass, git_pass, curl_pass = _r(ALNUM, 18), _r(ALNUM, 16), _r(ALNUM, 14)
    generic = {name: _r(ALNUM, 20) for name in ("token", "password", "apikey", "basic", "json", "flag", "flag2",
                                                  "docker", "bearer", "mysql", "pg", "deep", "listed", "cookie",
                                                  "secretkey", "pwdjson")}
    slack_hook = f"https://hooks.slack.com/services/T{_r(UPPER, 8)}/B{_r(UPPER, 8)}/{_r(ALNUM, 24)}"
    npm = f"npm_{_r(ALNUM, 36)}"
    return [
        Form("github classic token as a wrong ref", ghp, {"ref": ghp}, f"error: pathspec '{ghp}' did not match any file(s) known to git"),
        _in_text("github oauth token in an Authorization header", gho, f"GET /user failed: Authorization: token {gho}"),
        _in_text("github app token in a clone URL", ghs, f"https://x-access-token:{ghs}@github.com/org/repo.git"),
        _in_params("github user token in a list param", ghu, {"remotes": ["origin", ghu]}),
        _in_text("github fine-grained PAT in prose", pat, f"remote: token {pat} lacks scope"),
        _in_text("gitlab PAT in a URL query", glpat, f"https://gitlab.example.com/api/v4/projects?private_token={glpat}"),
        _in_params("slack bot token in a nested param", xoxb, {"client": {"channel": "#ops", "bot": xoxb}}),
        _in_text("slack user token in prose", xoxp, f"channel owner {xoxp}"),
        _in_text("slack webhook URL", slack_hook[-24:], f"POST {slack_hook} returned 404"),
        _in_text("AWS access key id", akia, f"The AWS Access Key Id {akia} does not exist in our records"),
        _in_text("AWS secret in a config dump", aws_secret, f"aws_secret_access_key = {aws_secret}"),
        _in_text("AWS secret as an env assignment", aws_secret2, f"AWS_SECRET_ACCESS_KEY={aws_secret2} aws s3 ls s3://bucket"),
        _in_text("stripe live key in ?api_key=", sk_live, f"https://api.stripe.com/v1/charges?api_key={sk_live}&limit=3"),
        _in_text("stripe restricted key as a value", rk_live, f"customer {rk_live}"),
        _in_text("stripe test key in a JSON body", sk_test, f'{{"error": "bad", "key": "{sk_test}"}}'),
        _in_text("stripe publishable key", pk_live, f"publishable {pk_live} rejected"),
        Form("openai project key as a wrong model", openai, {"model": openai}, f"The model '{openai}' does not exist"),
        _in_text("openai key in curl -H Authorization", openai_legacy,
                 f"curl -s https://api.openai.com/v1/models -H 'Authorization: Bearer {openai_legacy}'"),
        _in_text("anthropic key in an x-api-key header", anthropic, f"x-api-key: {anthropic}"),
        _in_text("google API key in ?key=", google, f"https://maps.googleapis.com/maps/api/geocode/json?key={google}&address=x"),
        _in_text("JWT in ?token=", jwt_query, f"https://app.example.com/callback?token={jwt_query}"),
        _in_params("JWT under id_token", jwt_param, {"id_token": jwt_param}),
        _in_text("bare JWT in prose", jwt_bare, f"invalid claims in {jwt_bare} (expired)"),
        _in_params("RSA private key in a param", rsa_line, {"content": rsa}),
        _in_text("OpenSSH private key in an error", ssh_line, f"could not parse key:\n{ssh}\n"),
        _in_text("PGP private key block", pgp_line, f"gpg: import failed\n{pgp}"),
        _in_params("password in a database URL", db_pass, {"dsn": f"postgres://admin:{db_pass}@db.example.com:5432/app"}),
        _in_text("password in a git remote URL", git_pass, f"fatal: unable to access 'https://bob:{git_pass}@git.example.com/x.git/'"),
        _in_text("token= in a query", generic["token"], f"https://api.example.com/items?page=2&token={generic['token']}"),
        _in_text("password= in a query", generic["password"], f"https://legacy.example.com/login?user=bob&password={generic['password']}"),
        _in_text("X-Api-Key header", generic["apikey"], f"header X-Api-Key: {generic['apikey']}"),
        _in_text("Authorization: Basic header", generic["basic"], f"Authorization: Basic {generic['basic']}=="),
        _in_text("password in a JSON body", generic["json"], f'HTTP 400: {{"username": "bob", "password": "{generic["json"]}"}}'),
        _in_text("--password= flag", generic["flag"], f"mysqladmin --user=root --password={generic['flag']} status"),
        _in_text("--token flag with a space", generic["flag2"], f"gh-release upload --token {generic['flag2']} v1.2"),
        _in_text("docker login -p", generic["docker"], f"docker login -u bob -p {generic['docker']} registry.example.com"),
        _in_text("curl -H Authorization: Bearer", generic["bearer"],
                 f'curl -H "Authorization: Bearer {generic["bearer"]}" https://api.example.com'),
        _in_text("mysql -pSECRET", generic["mysql"], f"mysql -uroot -p{generic['mysql']} -h db shop"),
        _in_text("PGPASSWORD=", generic["pg"], f"PGPASSWORD={generic['pg']} psql -h db -U app"),
        _in_text("curl -u user:pass", curl_pass, f"curl -u bob:{curl_pass} https://api.example.com"),
        _in_params("password three levels deep", generic["deep"], {"config": {"db": {"password": generic["deep"]}}}),
        _in_params("api_key inside a list of objects", generic["listed"], {"headers": [{"name": "x", "api_key": generic["listed"]}]}),
        _in_text("Cookie header", generic["cookie"], f"Cookie: session={generic['cookie']}; theme=dark"),
        _in_params("secret_key at the top", generic["secretkey"], {"secret_key": generic["secretkey"]}),
        _in_text("npm token", npm, f"npm ERR! 401 for {npm}"),
        _in_text("passwd in YAML-ish text", generic["pwdjson"], f"db:\n  passwd: {generic['pwdjson']}\n"),
    ]


FORMS = build_forms()
CONTROL_SHA = "74ec56e1f0b2c3d4e5f60718293a4b5c6d7e8f90"
CONTROL_UUID = "3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c"
