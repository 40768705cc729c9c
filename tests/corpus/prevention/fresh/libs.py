import sys, json, argparse, datetime
from pydantic import BaseModel, Field, ValidationError
import jsonschema, click
kind, arg = sys.argv[1], json.loads(sys.argv[2])
try:
    if kind == "jira_key":
        class GetIssueInput(BaseModel):
            issue_key: str = Field(pattern=r"^[A-Z][A-Z0-9]{1,9}-\d+$")
        GetIssueInput(**arg)
    elif kind == "port":
        class ExposeInput(BaseModel):
            service: str
            port: int = Field(ge=1, le=65535)
        ExposeInput(**arg)
    elif kind == "slack":
        jsonschema.validate(arg, {"type": "object", "properties": {"name": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,79}$"}}})
    elif kind == "argchoice":
        p = argparse.ArgumentParser(prog="applogs"); p.add_argument("--level", choices=["debug", "info", "warning", "error"])
        p.add_argument("--service"); p.parse_args(arg)
    elif kind == "argreq":
        p = argparse.ArgumentParser(prog="s3sync"); p.add_argument("--bucket", required=True); p.add_argument("--prefix")
        p.add_argument("--dry-run", action="store_true"); p.parse_args(arg)
    elif kind == "click":
        @click.command()
        @click.option("--name", required=True)
        @click.option("--size", default="small")
        def create(name, size): pass
        create.main(arg, prog_name="vmctl create", standalone_mode=True)
    elif kind == "iso":
        datetime.date.fromisoformat(arg["since"])
except ValidationError as e:
    print(str(e), file=sys.stderr); sys.exit(1)
except jsonschema.ValidationError as e:
    print(str(e).split("\n\nFailed validating")[0], file=sys.stderr); sys.exit(1)
except ValueError as e:
    print(f"ValueError: {e}", file=sys.stderr); sys.exit(1)
