"""One identity for a tool, whichever host named it: shell commands, MCP names, wrappers."""
import pytest

from worker.identity import canonical_name, canonical_tool, command_tool


@pytest.mark.parametrize("command, tool, params", [
    ("git checkout nope", "git_checkout", {"arg1": "nope"}),
    ("cd /repo && git push origin main", "git_push", {"arg1": "origin", "arg2": "main"}),
    ("sudo kubectl apply -f deploy.yaml -n web", "kubectl_apply", {"f": "deploy.yaml", "n": "web"}),
    ("GIT_PAGER=cat /usr/bin/git -C /repo log -n 5", "git_log", {"C": "/repo", "n": "5", "env_git_pager": "cat"}),  # an env assignment is a setting given
    ("git push --set-upstream origin feat", "git_push", {"set_upstream": True, "arg1": "origin", "arg2": "feat"}),
    ("git commit -m 'fix: a b'", "git_commit", {"m": "fix: a b"}),
    ("docker run --rm -p 8080:80 nginx:latest", "docker_run", {"rm": True, "p": "8080:80", "arg1": "nginx:latest"}),
    ("uv run pytest -x tests", "pytest", {"x": True, "arg1": "tests"}),
    ("poetry run alembic upgrade head", "alembic_upgrade", {"arg1": "head"}),
    ("npx tsc --noEmit", "tsc", {"noemit": True}),
    ("env FOO=1 time nohup terraform plan -var-file=prod.tfvars", "terraform_plan", {"var_file": "prod.tfvars", "env_foo": "1"}),
    ("bash -c 'cd x && npm install left-pad'", "npm_install", {"arg1": "left-pad"}),
    ("git log --oneline | head -5", "git_log", {"oneline": True}),
    ("cat notes.txt", "cat", {"arg1": "notes.txt"}),
    ("lzop -9 logs/web.log", "lzop", {"9": True, "arg1": "logs/web.log"}),  # a level, as `gzip -9`, `comm -12`
    ("seq -1.5 1 3", "seq", {"arg1": "-1.5", "arg2": "1", "arg3": "3"}),  # a negative number
    ("cc -O2 -o app main.c", "cc", {"O": "2", "o": "app", "arg1": "main.c"}),  # letters and a number: an attached value
    ("jhead -ds2024:03:01 a.jpg", "jhead", {"ds": "2024:03:01", "arg1": "a.jpg"}),
    ("wavpack -f -x10 a.wav", "wavpack", {"f": True, "x": "10", "arg1": "a.wav"}),  # `-f` takes no option as its value
    ("timeout 10 curl -sS https://example.invalid/x#frag", "curl", {"ss": True, "arg1": "https://example.invalid/x#frag"}),
])
def test_shell_commands_become_program_subcommand_with_argv_params(command, tool, params):
    call = canonical_tool("Bash", {"command": command, "description": "whatever"})
    assert (call.tool, call.params) == (tool, params)
    assert call.host_tool == "Bash" and call.command == command


def test_the_failing_segment_of_a_chain_is_the_one_the_error_names():
    command = "npm install && git push origin main"
    assert canonical_tool("Bash", {"command": command}).tool == "git_push"  # default: the last working segment
    failing = canonical_tool("Bash", {"command": command}, error="npm ERR! code E404\nnpm ERR! 404 Not Found")
    assert failing.tool == "npm_install"


def test_unreadable_command_lines_stay_bash_with_the_command():
    call = canonical_tool("Bash", {"command": "echo 'unbalanced"})
    assert call.tool == "Bash" and call.params == {"command": "echo 'unbalanced"}


def test_mcp_and_wrapper_names_share_one_identity(monkeypatch):
    assert canonical_name("mcp__bonfire__bonfire_deploy") == "bonfire_deploy"
    assert canonical_name("bonfire_deploy") == "bonfire_deploy"
    assert canonical_tool("mcp__git__git_checkout", {"target": "x"}).params == {"target": "x"}
    monkeypatch.setenv("USAGE_PATTERNS_TOOL_ALIASES", "deploy_app=bonfire_deploy, Read=read_file")
    assert canonical_name("mcp__ops__deploy_app") == "bonfire_deploy"
    assert canonical_name("Read") == "read_file"


def test_a_step_named_in_a_message_maps_to_the_same_name_a_call_has():
    assert command_tool("terraform init -upgrade") == "terraform_init"
    assert command_tool("git push --set-upstream origin feat") == "git_push"
    assert command_tool("uv venv") == "uv_venv"
    assert command_tool("npm install") == canonical_tool("Bash", {"command": "cd app && npm install"}).tool
    assert command_tool("'") is None


def test_a_command_run_only_when_a_test_failed_says_so():
    # `test -p x || mkfifo x` makes x only where it is not there: no collision with what exists
    from worker.identity import canonical_tool
    guarded = canonical_tool("Bash", {"command": "test -p pipes/jobs || mkfifo pipes/jobs"})
    assert guarded.tool == "mkfifo" and guarded.params == {"arg1": "pipes/jobs", "unless_exists": True}
    assert canonical_tool("Bash", {"command": "[[ -f run.lock ]] || touch run.lock"}).params["unless_exists"] is True
    assert "unless_exists" not in canonical_tool("Bash", {"command": "mkfifo pipes/jobs"}).params
    assert "unless_exists" not in canonical_tool("Bash", {"command": "make build || echo failed"}).params


def test_a_bare_programs_first_word_names_its_step():
    from worker.identity import step_name
    assert step_name("pdm", {"arg1": "init", "n": True}) == "pdm_init"
    assert step_name("scrapy", {"arg1": "start-project"}) == "scrapy_start_project"
    assert step_name("cat", {"arg1": "notes.txt"}) is None and step_name("ls", {"arg1": "/tmp"}) is None  # operands, not words
    assert step_name("git_add", {"arg1": "src"}) is None  # a known subcommand already names the step
    assert step_name("pdm", {"n": True}) is None and step_name("make", {"arg1": "Build"}) is None
