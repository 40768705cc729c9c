"""Scenario data for the bp7 blind prevention set.

Each scenario: id, category, tool, source, fail_re (the kind of message every learn and
repeat call must produce; a good call must not produce it), optional err_re (a generic error
marker that a good call must not show, for tools that exit 0 on errors), optional setup
(shell commands run once in the scenario's fixture dir), and learn / repeats / good calls.

A call: params (what the agent passes to the wrapper), optional recent_calls (written to the
JSONL), and hidden fixture keys that never reach the JSONL: _setup (shell commands run in the
scenario dir right before the call) and _env (extra environment, {dir} = scenario dir).
The `error` of each learn item is filled in by gen.py from the real run.
"""

FF = "ffmpeg 5.1.9-0+deb12u1 (Debian 12)"
PANDOC = "pandoc 2.17.1.1 (Debian 12)"
IM = "ImageMagick 6.9.11-60 Q16 (Debian 12, convert/identify)"
TSC = "typescript 7.0.2 (npm, tsc)"
PRETTIER = "prettier 3.10.1 (npm)"
CSVKIT = "csvkit 2.2.0 (PyPI, csvcut)"
ANSIBLE = "ansible-core 2.19.14 (PyPI)"
PG = "PostgreSQL 15.20 client tools (pg_dump/createuser) against PostgreSQL 15 on 127.0.0.1:5432"
REDIS = "redis-cli 7.0.15 against Redis 7.0.15 on 127.0.0.1:6379"
MQTT = "mosquitto_sub 2.0.11 (libmosquitto 2.0.11) against Mosquitto on 127.0.0.1:1883"
XMLSTAR = "xmlstarlet 1.6.1 (Debian 12)"
COREUTILS = "GNU coreutils 9.1"
MYSQLADMIN = "mysqladmin Ver 10.0 Distrib 10.11.19-MariaDB against MariaDB on 127.0.0.1:3306"
CMAKE = "cmake 3.25.1"
GPG = "GnuPG 2.2.40"
PATCH = "GNU patch 2.7.6"
GOJQ = "gojq 0.12.11 (Debian 12)"

MQ = {"host": "127.0.0.1", "port": 1883}
EMPTY_GPG = {"GNUPGHOME": "{dir}/gnupg_empty"}
KEYED_GPG = {"GNUPGHOME": "{dir}/gnupg_keys"}
GENKEY = "GNUPGHOME=$PWD/gnupg_keys gpg --batch -q --passphrase '' --quick-gen-key "


def _mq(**kw):
    d = dict(MQ)
    d.update(kw)
    return d


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp7-ip-ffmpeg-unknown-encoder", "category": "INCORRECT_PARAMETER",
        "tool": "ffmpeg_transcode", "source": FF, "fail_re": r"Unknown encoder '",
        "learn": [{"params": {"input": "clip.mp4", "output": "clip_hevc.mp4", "video_codec": "h265"}}],
        "repeats": [
            {"params": {"input": "intro.mp4", "output": "intro.mkv", "video_codec": "x264"}},
            {"params": {"input": "clip.mp4", "output": "clip_divx.avi", "video_codec": "divx"}},
            {"params": {"input": "intro.mp4", "output": "intro_small.mp4", "video_codec": "libx266"}},
        ],
        "good": [
            {"params": {"input": "clip.mp4", "output": "clip_x264.mp4", "video_codec": "libx264"}},
            {"params": {"input": "intro.mp4", "output": "intro.webm", "video_codec": "libvpx-vp9"}},
            {"params": {"input": "clip.mp4", "output": "clip_h264.mp4", "video_codec": "h264"}},
            {"params": {"input": "clip.mp4", "output": "clip_copy.mkv", "video_codec": "copy"}},
            {"params": {"input": "intro.mp4", "output": "intro.avi", "video_codec": "mpeg4"}},
        ],
    },
    {
        "id": "bp7-ip-pandoc-unknown-output-format", "category": "INCORRECT_PARAMETER",
        "tool": "pandoc_convert", "source": PANDOC, "fail_re": r"Unknown output format",
        "learn": [{"params": {"input": "notes.md", "to": "md"}}],
        "repeats": [
            {"params": {"input": "guide.md", "to": "github"}},
            {"params": {"input": "notes.md", "to": "restructuredtext"}},
            {"params": {"input": "guide.md", "to": "markdown_github2"}},
        ],
        "good": [
            {"params": {"input": "notes.md", "to": "gfm"}},
            {"params": {"input": "guide.md", "to": "rst"}},
            {"params": {"input": "notes.md", "to": "html5"}},
            {"params": {"input": "guide.md", "to": "commonmark"}},
            {"params": {"input": "notes.md", "to": "plain"}},
        ],
    },
    {
        "id": "bp7-ip-tsc-invalid-target", "category": "INCORRECT_PARAMETER",
        "tool": "tsc_compile", "source": TSC, "fail_re": r"TS6046: Argument for '--target' option must be",
        "learn": [{"params": {"files": ["src/index.ts"], "target": "es2099", "noEmit": True}}],
        "repeats": [
            {"params": {"files": ["src/util.ts"], "target": "es2030", "noEmit": True}},
            {"params": {"files": ["src/index.ts", "src/util.ts"], "target": "ecmascript2020", "noEmit": True}},
            {"params": {"files": ["src/index.ts"], "target": "es7", "noEmit": True}},
        ],
        "good": [
            {"params": {"files": ["src/index.ts"], "target": "es2022", "noEmit": True}},
            {"params": {"files": ["src/util.ts"], "target": "esnext", "noEmit": True}},
            {"params": {"files": ["src/index.ts"], "target": "ES2020", "noEmit": True}},
            {"params": {"files": ["src/index.ts", "src/util.ts"], "target": "es2017", "noEmit": True}},
            {"params": {"files": ["src/util.ts"], "target": "es6", "noEmit": True}},
        ],
    },
    {
        "id": "bp7-ip-csvcut-unknown-column", "category": "INCORRECT_PARAMETER",
        "tool": "csvcut_columns", "source": CSVKIT, "fail_re": r"ColumnIdentifierError: Column .* is invalid",
        "learn": [{"params": {"file": "people.csv", "columns": "phone"}}],
        "repeats": [
            {"params": {"file": "people.csv", "columns": "mail"}},
            {"params": {"file": "orders.csv", "columns": "customer"}},
            {"params": {"file": "people.csv", "columns": "id,fullname"}},
        ],
        "good": [
            {"params": {"file": "people.csv", "columns": "name"}},
            {"params": {"file": "people.csv", "columns": "id,email"}},
            {"params": {"file": "people.csv", "columns": "2"}},
            {"params": {"file": "orders.csv", "columns": "order_id,total"}},
            {"params": {"file": "orders.csv", "columns": "1-2"}},
        ],
    },
    {
        "id": "bp7-ip-ansible-unknown-module", "category": "INCORRECT_PARAMETER",
        "tool": "ansible_adhoc", "source": ANSIBLE, "fail_re": r"Cannot resolve '.*' to an action or module",
        "learn": [{"params": {"hosts": "localhost", "module": "ping_x"}}],
        "repeats": [
            {"params": {"hosts": "localhost", "module": "setupp"}},
            {"params": {"hosts": "localhost", "module": "ansible.builtin.pingg"}},
            {"params": {"hosts": "localhost", "module": "shell_exec", "args": "echo hi"}},
        ],
        "good": [
            {"params": {"hosts": "localhost", "module": "ping"}},
            {"params": {"hosts": "localhost", "module": "ansible.builtin.ping"}},
            {"params": {"hosts": "localhost", "module": "ansible.builtin.debug", "args": "msg=hello"}},
            {"params": {"hosts": "localhost", "module": "command", "args": "true"}},
        ],
    },
    {
        "id": "bp7-ip-pgdump-no-matching-table", "category": "INCORRECT_PARAMETER",
        "tool": "pg_dump_table", "source": PG, "fail_re": r"no matching tables were found",
        "learn": [{"params": {"database": "test", "table": "bp7_order", "schema_only": True}}],
        "repeats": [
            {"params": {"database": "test", "table": "bp7_customers", "schema_only": True}},
            {"params": {"database": "test", "table": "bp7_user", "schema_only": True}},
            {"params": {"database": "test", "table": "public.bp7_invoice", "schema_only": False}},
        ],
        "good": [
            {"params": {"database": "test", "table": "bp7_orders", "schema_only": True}},
            {"params": {"database": "test", "table": "bp7_users", "schema_only": True}},
            {"params": {"database": "test", "table": "public.bp7_invoices", "schema_only": False}},
            {"params": {"database": "test", "table": "bp7_*", "schema_only": True}},
        ],
    },
    {
        "id": "bp7-ip-redis-rename-missing-key", "category": "INCORRECT_PARAMETER",
        "tool": "redis_rename", "source": REDIS, "fail_re": r"ERR no such key", "err_re": r"^(ERR|WRONGTYPE)",
        "setup": ["redis-cli -h 127.0.0.1 MSET bp7:session:42 a bp7:cart:17 b bp7:user:7 c >/dev/null"],
        "learn": [{"params": {"key": "bp7:sesion:42", "newkey": "bp7:session:42:old"}}],
        "repeats": [
            {"params": {"key": "bp7:cart:999", "newkey": "bp7:cart:999:done"}},
            {"params": {"key": "bp7:sessions:42", "newkey": "bp7:archive:42"}},
            {"params": {"key": "bp7:users:7", "newkey": "bp7:user:7:v2"}},
        ],
        "good": [
            {"params": {"key": "bp7:session:42", "newkey": "bp7:session:42:old"}},
            {"params": {"key": "bp7:cart:17", "newkey": "bp7:cart:17:done"}},
            {"params": {"key": "bp7:user:7", "newkey": "bp7:user:7:v2"}},
            {"params": {"key": "bp7:session:42:old", "newkey": "bp7:archive:42"}},
        ],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp7-pf-ffmpeg-bad-seek-time", "category": "PARAMETER_FORMAT",
        "tool": "ffmpeg_trim", "source": FF, "fail_re": r"Invalid duration specification for ss",
        "learn": [{"params": {"input": "clip.mp4", "output": "part1.mp4", "start": "00:00:01:500", "duration": "0.5"}}],
        "repeats": [
            {"params": {"input": "intro.mp4", "output": "part2.mp4", "start": "1.5.2", "duration": "0.5"}},
            {"params": {"input": "clip.mp4", "output": "part3.mp4", "start": "1h2m", "duration": "1"}},
            {"params": {"input": "intro.mp4", "output": "part4.mp4", "start": "00:01:02:10", "duration": "0.3"}},
        ],
        "good": [
            {"params": {"input": "clip.mp4", "output": "ok1.mp4", "start": "00:00:01", "duration": "0.5"}},
            {"params": {"input": "intro.mp4", "output": "ok2.mp4", "start": "0.5", "duration": "1"}},
            {"params": {"input": "clip.mp4", "output": "ok3.mp4", "start": "1s", "duration": "0.5"}},
            {"params": {"input": "intro.mp4", "output": "ok4.mp4", "start": "0:01.2", "duration": "0.3"}},
            {"params": {"input": "clip.mp4", "output": "ok5.mp4", "start": "1", "duration": "00:00:00.500"}},
        ],
    },
    {
        "id": "bp7-pf-imagemagick-bad-geometry", "category": "PARAMETER_FORMAT",
        "tool": "imagemagick_resize", "source": IM, "fail_re": r"invalid argument for option `-resize'",
        "learn": [{"params": {"input": "pic.png", "output": "pic_half.png", "geometry": "half"}}],
        "repeats": [
            {"params": {"input": "logo.jpg", "output": "logo_small.jpg", "geometry": "50pc"}},
            {"params": {"input": "pic.png", "output": "pic_wide.png", "geometry": "wide"}},
            {"params": {"input": "icon.gif", "output": "icon_s.gif", "geometry": "12x3y"}},
        ],
        "good": [
            {"params": {"input": "pic.png", "output": "pic_50.png", "geometry": "50%"}},
            {"params": {"input": "logo.jpg", "output": "logo_32.jpg", "geometry": "32x24"}},
            {"params": {"input": "pic.png", "output": "pic_w100.png", "geometry": "100x"}},
            {"params": {"input": "icon.gif", "output": "icon_h20.gif", "geometry": "x20"}},
            {"params": {"input": "pic.png", "output": "pic_exact.png", "geometry": "64x48!"}},
        ],
    },
    {
        "id": "bp7-pf-redis-incrby-not-integer", "category": "PARAMETER_FORMAT",
        "tool": "redis_incrby", "source": REDIS, "fail_re": r"ERR value is not an integer or out of range",
        "err_re": r"^(ERR|WRONGTYPE)",
        "learn": [{"params": {"key": "bp7:stats:visits", "increment": "1.5"}}],
        "repeats": [
            {"params": {"key": "bp7:stats:clicks", "increment": "five"}},
            {"params": {"key": "bp7:stock:42", "increment": "2.0"}},
            {"params": {"key": "bp7:stats:visits", "increment": "10e2"}},
        ],
        "good": [
            {"params": {"key": "bp7:stats:visits", "increment": "5"}},
            {"params": {"key": "bp7:stock:42", "increment": "-3"}},
            {"params": {"key": "bp7:stats:clicks", "increment": "0"}},
            {"params": {"key": "bp7:stats:visits", "increment": "100"}},
        ],
    },
    {
        "id": "bp7-pf-mqtt-bad-wildcard-topic", "category": "PARAMETER_FORMAT",
        "tool": "mosquitto_subscribe", "source": MQTT, "fail_re": r"Invalid subscription topic",
        "learn": [{"params": _mq(topic="sensors/#/temp")}],
        "repeats": [
            {"params": _mq(topic="home/+room/light")},
            {"params": _mq(topic="bp7/alerts#")},
            {"params": _mq(topic="bp7/#/status", qos=1)},
        ],
        "good": [
            {"params": _mq(topic="bp7/sensors/+/temp")},
            {"params": _mq(topic="bp7/#")},
            {"params": _mq(topic="bp7/alerts/disk", qos=1)},
            {"params": _mq(topic="+/bp7/+")},
        ],
    },
    {
        "id": "bp7-pf-xmlstarlet-bad-xpath", "category": "PARAMETER_FORMAT",
        "tool": "xml_select", "source": XMLSTAR, "fail_re": r"Failed to compile select expression",
        "learn": [{"params": {"file": "books.xml", "xpath": "//book["}}],
        "repeats": [
            {"params": {"file": "books.xml", "xpath": "count(//book"}},
            {"params": {"file": "feed.xml", "xpath": "//item[@id='1'"}},
            {"params": {"file": "books.xml", "xpath": "//title/text("}},
        ],
        "good": [
            {"params": {"file": "books.xml", "xpath": "//book/@id"}},
            {"params": {"file": "books.xml", "xpath": "count(//book)"}},
            {"params": {"file": "books.xml", "xpath": "//book[@id='2']/title"}},
            {"params": {"file": "feed.xml", "xpath": "//item/link"}},
        ],
    },
    {
        "id": "bp7-pf-chmod-invalid-mode", "category": "PARAMETER_FORMAT",
        "tool": "chmod_mode", "source": COREUTILS, "fail_re": r"chmod: invalid mode",
        "learn": [{"params": {"mode": "rwxr-xr-x", "path": "deploy.sh"}}],
        "repeats": [
            {"params": {"mode": "rw-r--r--", "path": "notes.md"}},
            {"params": {"mode": "0759", "path": "deploy.sh"}},
            {"params": {"mode": "u+r,", "path": "conf.yaml"}},
        ],
        "good": [
            {"params": {"mode": "755", "path": "deploy.sh"}},
            {"params": {"mode": "u+x", "path": "s.py"}},
            {"params": {"mode": "go-w", "path": "notes.md"}},
            {"params": {"mode": "0644", "path": "conf.yaml"}},
            {"params": {"mode": "a=r", "path": "people.csv"}},
        ],
    },
    {
        "id": "bp7-pf-touch-invalid-date", "category": "PARAMETER_FORMAT",
        "tool": "touch_timestamp", "source": COREUTILS, "fail_re": r"touch: invalid date format",
        "learn": [{"params": {"path": "notes.md", "date": "31/12/2024 10:00"}}],
        "repeats": [
            {"params": {"path": "guide.md", "date": "2024-02-30"}},
            {"params": {"path": "notes.md", "date": "tomorrow at noon"}},
            {"params": {"path": "people.csv", "date": "12/31/2024 25:00"}},
        ],
        "good": [
            {"params": {"path": "notes.md", "date": "2024-01-02 10:00"}},
            {"params": {"path": "guide.md", "date": "yesterday"}},
            {"params": {"path": "people.csv", "date": "@1700000000"}},
            {"params": {"path": "notes.md", "date": "2024-12-31T23:59:00"}},
            {"params": {"path": "guide.md", "date": "12/31/2024"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp7-mp-ffmpeg-no-output", "category": "MISSING_PARAMETER",
        "tool": "ffmpeg_extract_audio", "source": FF, "fail_re": r"At least one output file must be specified",
        "learn": [{"params": {"input": "intro.mp4", "audio_codec": "libmp3lame"}}],
        "repeats": [
            {"params": {"input": "talk.mp4", "audio_codec": "aac"}},
            {"params": {"input": "intro.mp4"}},
            {"params": {"input": "talk.mp4", "audio_codec": "libopus", "bitrate": "64k"}},
        ],
        "good": [
            {"params": {"input": "intro.mp4", "audio_codec": "libmp3lame", "output": "intro.mp3"}},
            {"params": {"input": "talk.mp4", "audio_codec": "aac", "output": "talk.m4a"}},
            {"params": {"input": "intro.mp4", "output": "intro.wav"}},
            {"params": {"input": "talk.mp4", "audio_codec": "libopus", "bitrate": "64k", "output": "talk.opus"}},
        ],
    },
    {
        "id": "bp7-mp-redis-lpush-no-values", "category": "MISSING_PARAMETER",
        "tool": "redis_lpush", "source": REDIS, "fail_re": r"ERR wrong number of arguments for 'lpush' command",
        "err_re": r"^(ERR|WRONGTYPE)",
        "learn": [{"params": {"key": "bp7:jobs", "values": []}}],
        "repeats": [
            {"params": {"key": "bp7:queue:mail", "values": []}},
            {"params": {"key": "bp7:events"}},
            {"params": {"key": "bp7:jobs:retry", "values": []}},
        ],
        "good": [
            {"params": {"key": "bp7:jobs", "values": ["job-1"]}},
            {"params": {"key": "bp7:queue:mail", "values": ["m1", "m2"]}},
            {"params": {"key": "bp7:events", "values": ["{\"id\": 1}"]}},
            {"params": {"key": "bp7:jobs:retry", "values": [""]}},
        ],
    },
    {
        "id": "bp7-mp-ansible-file-no-path", "category": "MISSING_PARAMETER",
        "tool": "ansible_file", "source": ANSIBLE, "fail_re": r"missing required arguments: path",
        "learn": [{"params": {"state": "touch"}}],
        "repeats": [
            {"params": {"state": "directory", "mode": "0755"}},
            {"params": {"state": "absent"}},
            {"params": {"state": "touch", "mode": "0600"}},
        ],
        "good": [
            {"params": {"path": "/tmp/bp7fx/bp7-mp-ansible-file-no-path/marker.txt", "state": "touch"}},
            {"params": {"path": "/tmp/bp7fx/bp7-mp-ansible-file-no-path/cache", "state": "directory", "mode": "0755"}},
            {"params": {"path": "/tmp/bp7fx/bp7-mp-ansible-file-no-path/old.log", "state": "absent"}},
            {"params": {"path": "/tmp/bp7fx/bp7-mp-ansible-file-no-path/secret.txt", "state": "touch", "mode": "0600"}},
        ],
    },
    {
        "id": "bp7-mp-mqtt-no-topic", "category": "MISSING_PARAMETER",
        "tool": "mosquitto_subscribe", "source": MQTT, "fail_re": r"You must specify a topic to subscribe to",
        "learn": [{"params": _mq()}],
        "repeats": [
            {"params": _mq(qos=1)},
            {"params": _mq(client_id="bp7-worker")},
            {"params": {"host": "localhost", "port": 1883}},
        ],
        "good": [
            {"params": _mq(topic="bp7/jobs")},
            {"params": _mq(topic="bp7/jobs/#", qos=1)},
            {"params": _mq(topic="bp7/events", client_id="bp7-worker")},
            {"params": {"host": "localhost", "port": 1883, "topic": "bp7/+/status"}},
        ],
    },
    {
        "id": "bp7-mp-mysqladmin-create-no-name", "category": "MISSING_PARAMETER",
        "tool": "mysqladmin_create", "source": MYSQLADMIN, "fail_re": r"Too few arguments to create",
        "learn": [{"params": {"host": "127.0.0.1", "user": "root"}}],
        "repeats": [
            {"params": {"host": "localhost", "user": "root"}},
            {"params": {"host": "127.0.0.1", "user": "root", "port": 3306}},
        ],
        "good": [
            {"params": {"host": "127.0.0.1", "user": "root", "name": "bp7_shop"},
             "_setup": ["mysqladmin -h 127.0.0.1 -u root -f drop bp7_shop >/dev/null 2>&1 || true"]},
            {"params": {"host": "localhost", "user": "root", "name": "bp7_blog"},
             "_setup": ["mysqladmin -h 127.0.0.1 -u root -f drop bp7_blog >/dev/null 2>&1 || true"]},
            {"params": {"host": "127.0.0.1", "user": "root", "port": 3306, "name": "bp7_metrics"},
             "_setup": ["mysqladmin -h 127.0.0.1 -u root -f drop bp7_metrics >/dev/null 2>&1 || true"]},
        ],
    },
    {
        "id": "bp7-mp-chmod-missing-file", "category": "MISSING_PARAMETER",
        "tool": "chmod_mode", "source": COREUTILS, "fail_re": r"chmod: missing operand after",
        "learn": [{"params": {"mode": "755"}}],
        "repeats": [
            {"params": {"mode": "u+x"}},
            {"params": {"mode": "0600"}},
            {"params": {"mode": "go-w", "recursive": True}},
        ],
        "good": [
            {"params": {"mode": "755", "path": "deploy.sh"}},
            {"params": {"mode": "u+x", "path": "s.py"}},
            {"params": {"mode": "0600", "path": "conf.yaml"}},
            {"params": {"mode": "go-w", "path": "src", "recursive": True}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp7-mq-cmake-build-unconfigured", "category": "MISSING_PREREQUISITE",
        "tool": "cmake_build", "source": CMAKE, "fail_re": r"Error: could not load cache",
        "learn": [{"params": {"build_dir": "build"}, "recent_calls": ["write_file", "mkdir_create"],
                   "_setup": ["mkdir -p build"]}],
        "repeats": [
            {"params": {"build_dir": "out", "target": "hello"}, "recent_calls": ["write_file", "mkdir_create"],
             "_setup": ["mkdir -p out"]},
            {"params": {"build_dir": "build-release", "parallel": 2}, "recent_calls": ["mkdir_create"],
             "_setup": ["mkdir -p build-release"]},
            {"params": {"build_dir": "cmake-build", "target": "all"}, "recent_calls": ["read_text_file", "mkdir_create"],
             "_setup": ["mkdir -p cmake-build"]},
        ],
        "good": [
            {"params": {"build_dir": "b1"}, "recent_calls": ["write_file", {"tool": "cmake_configure", "params": {"source_dir": ".", "build_dir": "b1"}}],
             "_setup": ["cmake -S . -B b1 >/dev/null"]},
            {"params": {"build_dir": "b2", "target": "hello"}, "recent_calls": ["mkdir_create", "cmake_configure"],
             "_setup": ["cmake -S . -B b2 >/dev/null"]},
            {"params": {"build_dir": "b3", "parallel": 2}, "recent_calls": ["cmake_configure"],
             "_setup": ["cmake -S . -B b3 -DCMAKE_BUILD_TYPE=Release >/dev/null"]},
        ],
    },
    {
        "id": "bp7-mq-tsc-no-tsconfig", "category": "MISSING_PREREQUISITE",
        "tool": "tsc_build", "source": TSC, "fail_re": r"Cannot find a tsconfig\.json file",
        "learn": [{"params": {"project": "web"}, "recent_calls": ["write_file"]}],
        "repeats": [
            {"params": {"project": "api"}, "recent_calls": ["write_file", "write_file"]},
            {"params": {"project": "packages/core"}, "recent_calls": ["mkdir_create", "write_file"]},
            {"params": {"project": "web"}, "recent_calls": ["npm_install"]},
        ],
        "good": [
            {"params": {"project": "app"}, "recent_calls": ["write_file", "tsc_init"],
             "_setup": ["cd app && $TSC --init >/dev/null"]},
            {"params": {"project": "api"}, "recent_calls": [{"tool": "tsc_init", "params": {"project_dir": "api"}}],
             "_setup": ["cd api && $TSC --init >/dev/null"]},
            {"params": {"project": "packages/core"}, "recent_calls": ["tsc_init", "write_file"],
             "_setup": ["cd packages/core && $TSC --init >/dev/null"]},
        ],
    },
    {
        "id": "bp7-mq-redis-xreadgroup-no-group", "category": "MISSING_PREREQUISITE",
        "tool": "redis_xreadgroup", "source": REDIS, "fail_re": r"NOGROUP No such key",
        "err_re": r"^(ERR|NOGROUP|WRONGTYPE)",
        "setup": ["for s in orders payments audit mail; do redis-cli -h 127.0.0.1 XADD bp7:$s '*' k v >/dev/null; done"],
        "learn": [{"params": {"stream": "bp7:orders", "group": "billing", "consumer": "w1", "count": 10},
                   "recent_calls": ["redis_xadd"]}],
        "repeats": [
            {"params": {"stream": "bp7:payments", "group": "ledger", "consumer": "w2", "count": 5},
             "recent_calls": ["redis_xadd", "redis_xadd"]},
            {"params": {"stream": "bp7:audit", "group": "archiver", "consumer": "a1", "count": 1},
             "recent_calls": ["redis_xlen"]},
            {"params": {"stream": "bp7:orders", "group": "shipping", "consumer": "s1", "count": 20},
             "recent_calls": ["redis_xadd"]},
        ],
        "good": [
            {"params": {"stream": "bp7:orders", "group": "billing", "consumer": "w1", "count": 10},
             "recent_calls": ["redis_xadd", {"tool": "redis_xgroup_create", "params": {"stream": "bp7:orders", "group": "billing", "id": "0"}}],
             "_setup": ["redis-cli -h 127.0.0.1 XGROUP CREATE bp7:orders billing 0 >/dev/null"]},
            {"params": {"stream": "bp7:payments", "group": "ledger", "consumer": "w2", "count": 5},
             "recent_calls": ["redis_xgroup_create"],
             "_setup": ["redis-cli -h 127.0.0.1 XGROUP CREATE bp7:payments ledger 0 >/dev/null"]},
            {"params": {"stream": "bp7:mail", "group": "senders", "consumer": "m1", "count": 1},
             "recent_calls": ["redis_xgroup_create", "redis_xadd"],
             "_setup": ["redis-cli -h 127.0.0.1 XGROUP CREATE bp7:mail senders '$' MKSTREAM >/dev/null"]},
        ],
    },
    {
        "id": "bp7-mq-pgdump-database-missing", "category": "MISSING_PREREQUISITE",
        "tool": "pg_dump_database", "source": PG, "fail_re": r"FATAL:  database \".*\" does not exist",
        "learn": [{"params": {"database": "bp7_reports", "schema_only": True}, "recent_calls": ["psql_list_tables"]}],
        "repeats": [
            {"params": {"database": "bp7_staging", "schema_only": True}, "recent_calls": []},
            {"params": {"database": "bp7_warehouse", "schema_only": False}, "recent_calls": ["read_text_file"]},
            {"params": {"database": "bp7_analytics_v2", "schema_only": True}, "recent_calls": ["psql_command"]},
        ],
        "good": [
            {"params": {"database": "test", "schema_only": True}, "recent_calls": ["psql_list_tables"]},
            {"params": {"database": "bp7_analytics", "schema_only": True},
             "recent_calls": [{"tool": "pg_createdb", "params": {"name": "bp7_analytics"}}],
             "_setup": ["dropdb -h 127.0.0.1 -U postgres --if-exists bp7_analytics", "createdb -h 127.0.0.1 -U postgres bp7_analytics"]},
            {"params": {"database": "postgres", "schema_only": True}, "recent_calls": []},
        ],
    },
    {
        "id": "bp7-mq-gpg-sign-no-secret-key", "category": "MISSING_PREREQUISITE",
        "tool": "gpg_sign", "source": GPG, "fail_re": r"no default secret key: No secret key",
        "setup": [GENKEY + "'bp7 release <release@bp7.example>' ed25519 sign never"],
        "learn": [{"params": {"file": "release.tar.gz", "detach": True, "armor": True}, "recent_calls": ["tar_create"],
                   "_env": EMPTY_GPG}],
        "repeats": [
            {"params": {"file": "SHA256SUMS", "clearsign": True}, "recent_calls": ["Bash"], "_env": EMPTY_GPG},
            {"params": {"file": "notes.md", "detach": True}, "recent_calls": [], "_env": EMPTY_GPG},
            {"params": {"file": "release.tar.gz", "output": "release.tar.gz.gpg"}, "recent_calls": ["tar_create"], "_env": EMPTY_GPG},
        ],
        "good": [
            {"params": {"file": "release.tar.gz", "detach": True, "armor": True},
             "recent_calls": ["tar_create", "gpg_generate_key"], "_env": KEYED_GPG},
            {"params": {"file": "SHA256SUMS", "clearsign": True, "local_user": "bp7 release <release@bp7.example>"},
             "recent_calls": [{"tool": "gpg_generate_key", "params": {"uid": "bp7 release <release@bp7.example>"}}], "_env": KEYED_GPG},
            {"params": {"file": "notes.md", "detach": True}, "recent_calls": ["gpg_import_key"], "_env": KEYED_GPG},
        ],
    },
    {
        "id": "bp7-mq-pandoc-pdf-engine-missing", "category": "MISSING_PREREQUISITE",
        "tool": "pandoc_convert", "source": PANDOC, "fail_re": r"not found\. Please select a different --pdf-engine",
        "learn": [{"params": {"input": "notes.md", "output": "notes.pdf"}}],
        "repeats": [
            {"params": {"input": "guide.md", "output": "guide.pdf"}},
            {"params": {"input": "notes.md", "output": "report.pdf", "pdf_engine": "xelatex"}},
            {"params": {"input": "guide.md", "output": "handbook.pdf", "pdf_engine": "lualatex"}},
        ],
        "good": [
            {"params": {"input": "notes.md", "output": "notes.html"}},
            {"params": {"input": "guide.md", "output": "guide.docx"}},
            {"params": {"input": "notes.md", "output": "notes.odt"}},
            {"params": {"input": "guide.md", "output": "guide.epub"}},
        ],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp7-ws-pg-createuser-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "pg_createuser", "source": PG, "fail_re": r"role \".*\" already exists",
        "learn": [{"params": {"name": "bp7_app"}, "recent_calls": [{"tool": "pg_createuser", "params": {"name": "bp7_app"}}, "psql_command"],
                   "_setup": ["createuser -h 127.0.0.1 -U postgres bp7_app"]}],
        "repeats": [
            {"params": {"name": "bp7_reporter", "login": True}, "recent_calls": [{"tool": "pg_createuser", "params": {"name": "bp7_reporter"}}],
             "_setup": ["createuser -h 127.0.0.1 -U postgres bp7_reporter"]},
            {"params": {"name": "bp7_readonly", "login": False}, "recent_calls": ["pg_createuser", "psql_command"],
             "_setup": ["createuser -h 127.0.0.1 -U postgres --no-login bp7_readonly"]},
            {"params": {"name": "bp7_migrator"}, "recent_calls": ["pg_createuser"],
             "_setup": ["createuser -h 127.0.0.1 -U postgres bp7_migrator"]},
        ],
        "good": [
            {"params": {"name": "bp7_worker"}, "recent_calls": [{"tool": "pg_createuser", "params": {"name": "bp7_app"}}]},
            {"params": {"name": "bp7_auditor", "login": True}, "recent_calls": ["psql_command"]},
            {"params": {"name": "bp7_nologin", "login": False}, "recent_calls": []},
            {"params": {"name": "bp7_app2"}, "recent_calls": ["pg_createuser", "psql_command"]},
        ],
    },
    {
        "id": "bp7-ws-galaxy-role-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "ansible_galaxy_role_init", "source": ANSIBLE, "fail_re": r"the directory .* already exists",
        "learn": [{"params": {"name": "web", "init_path": "roles"}, "recent_calls": ["ansible_galaxy_role_init"],
                   "_setup": ["$ANSIBLE_GALAXY role init --init-path roles web >/dev/null"]}],
        "repeats": [
            {"params": {"name": "db", "init_path": "roles"}, "recent_calls": [{"tool": "ansible_galaxy_role_init", "params": {"name": "db", "init_path": "roles"}}],
             "_setup": ["$ANSIBLE_GALAXY role init --init-path roles db >/dev/null"]},
            {"params": {"name": "nginx", "init_path": "playbooks/roles"}, "recent_calls": ["ansible_galaxy_role_init", "write_file"],
             "_setup": ["mkdir -p playbooks/roles && $ANSIBLE_GALAXY role init --init-path playbooks/roles nginx >/dev/null"]},
            {"params": {"name": "common", "init_path": "roles"}, "recent_calls": ["ansible_galaxy_role_init"],
             "_setup": ["$ANSIBLE_GALAXY role init --init-path roles common >/dev/null"]},
        ],
        "good": [
            {"params": {"name": "cache", "init_path": "roles"}, "recent_calls": ["ansible_galaxy_role_init"]},
            {"params": {"name": "monitoring", "init_path": "roles"}, "recent_calls": []},
            {"params": {"name": "web", "init_path": "staging/roles"}, "recent_calls": [{"tool": "ansible_galaxy_role_init", "params": {"name": "web", "init_path": "roles"}}],
             "_setup": ["mkdir -p staging/roles"]},
            {"params": {"name": "users", "init_path": "roles"}, "recent_calls": ["write_file"]},
        ],
    },
    {
        "id": "bp7-ws-tsc-init-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "tsc_init", "source": TSC, "fail_re": r"TS5054: A 'tsconfig\.json' file is already defined",
        "learn": [{"params": {"project_dir": "app"}, "recent_calls": ["tsc_init"],
                   "_setup": ["cd app && $TSC --init >/dev/null"]}],
        "repeats": [
            {"params": {"project_dir": "api"}, "recent_calls": [{"tool": "tsc_init", "params": {"project_dir": "api"}}],
             "_setup": ["cd api && $TSC --init >/dev/null"]},
            {"params": {"project_dir": "packages/core"}, "recent_calls": ["write_file", "tsc_init"],
             "_setup": ["cd packages/core && $TSC --init >/dev/null"]},
            {"params": {"project_dir": "web"}, "recent_calls": ["tsc_init", "tsc_build"],
             "_setup": ["cd web && $TSC --init >/dev/null"]},
        ],
        "good": [
            {"params": {"project_dir": "tools"}, "recent_calls": ["mkdir_create"]},
            {"params": {"project_dir": "packages/ui"}, "recent_calls": [{"tool": "tsc_init", "params": {"project_dir": "packages/core"}}]},
            {"params": {"project_dir": "scripts"}, "recent_calls": []},
        ],
    },
    {
        "id": "bp7-ws-ffmpeg-output-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "ffmpeg_transcode", "source": FF, "fail_re": r"already exists\. Exiting",
        "learn": [{"params": {"input": "clip.mp4", "output": "clip_web.mp4", "video_codec": "libx264"},
                   "recent_calls": [{"tool": "ffmpeg_transcode", "params": {"input": "clip.mp4", "output": "clip_web.mp4", "video_codec": "libx264"}}],
                   "_setup": ["cp clip.mp4 clip_web.mp4"]}],
        "repeats": [
            {"params": {"input": "intro.mp4", "output": "intro_web.mp4", "video_codec": "libx264"},
             "recent_calls": ["ffmpeg_transcode"], "_setup": ["cp intro.mp4 intro_web.mp4"]},
            {"params": {"input": "clip.mp4", "output": "clip.webm", "video_codec": "libvpx-vp9"},
             "recent_calls": [{"tool": "ffmpeg_transcode", "params": {"input": "clip.mp4", "output": "clip.webm"}}],
             "_setup": ["cp clip.mp4 clip.webm"]},
            {"params": {"input": "intro.mp4", "output": "intro.avi", "video_codec": "mpeg4"},
             "recent_calls": ["ffmpeg_transcode", "ffprobe_info"], "_setup": ["cp intro.mp4 intro.avi"]},
        ],
        "good": [
            {"params": {"input": "clip.mp4", "output": "clip_web2.mp4", "video_codec": "libx264"},
             "recent_calls": [{"tool": "ffmpeg_transcode", "params": {"input": "clip.mp4", "output": "clip_web.mp4"}}]},
            {"params": {"input": "clip.mp4", "output": "clip_web.mp4", "video_codec": "libx264", "overwrite": True},
             "recent_calls": ["ffmpeg_transcode"], "_setup": ["cp clip.mp4 clip_web.mp4"]},
            {"params": {"input": "intro.mp4", "output": "intro_v2.mkv", "video_codec": "mpeg4"}, "recent_calls": []},
            {"params": {"input": "intro.mp4", "output": "intro_web.mp4", "video_codec": "libx264", "overwrite": True},
             "recent_calls": ["ffprobe_info"], "_setup": ["cp intro.mp4 intro_web.mp4"]},
        ],
    },
    {
        "id": "bp7-ws-patch-already-applied", "category": "WORKFLOW_SEQUENCE",
        "tool": "patch_apply", "source": PATCH, "fail_re": r"Reversed \(or previously applied\) patch detected",
        "learn": [{"params": {"file": "app.conf", "patch": "timeout.patch"},
                   "recent_calls": [{"tool": "patch_apply", "params": {"file": "app.conf", "patch": "timeout.patch"}}],
                   "_setup": ["patch --batch -N -s app.conf timeout.patch"]}],
        "repeats": [
            {"params": {"file": "nginx.conf", "patch": "gzip.patch"}, "recent_calls": ["patch_apply"],
             "_setup": ["patch --batch -N -s nginx.conf gzip.patch"]},
            {"params": {"file": "app.conf", "patch": "timeout.patch"}, "recent_calls": ["patch_apply", "read_text_file"],
             "_setup": ["rm -f app.conf.rej"]},
            {"params": {"file": "nginx.conf", "patch": "gzip.patch"}, "recent_calls": ["patch_apply", "write_file"],
             "_setup": ["rm -f nginx.conf.rej"]},
        ],
        "good": [
            {"params": {"file": "app.prod.conf", "patch": "timeout.patch"}, "recent_calls": [{"tool": "patch_apply", "params": {"file": "app.conf", "patch": "timeout.patch"}}]},
            {"params": {"file": "nginx.staging.conf", "patch": "gzip.patch"}, "recent_calls": []},
            {"params": {"file": "app.conf", "patch": "timeout.patch", "reverse": True}, "recent_calls": ["patch_apply"]},
            {"params": {"file": "nginx.conf", "patch": "gzip.patch", "reverse": True}, "recent_calls": ["patch_apply"]},
        ],
    },
    {
        "id": "bp7-ws-mysqladmin-db-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "mysqladmin_create", "source": MYSQLADMIN, "fail_re": r"database exists",
        "learn": [{"params": {"host": "127.0.0.1", "user": "root", "name": "bp7_inventory"},
                   "recent_calls": [{"tool": "mysqladmin_create", "params": {"name": "bp7_inventory"}}],
                   "_setup": ["mysqladmin -h 127.0.0.1 -u root create bp7_inventory 2>/dev/null || true"]}],
        "repeats": [
            {"params": {"host": "127.0.0.1", "user": "root", "name": "bp7_crm"}, "recent_calls": ["mysqladmin_create"],
             "_setup": ["mysqladmin -h 127.0.0.1 -u root create bp7_crm 2>/dev/null || true"]},
            {"params": {"host": "localhost", "user": "root", "name": "bp7_inventory"}, "recent_calls": ["mysqladmin_create", "mariadb_execute"]},
            {"params": {"host": "127.0.0.1", "user": "root", "name": "bp7_events"}, "recent_calls": ["mysqladmin_create"],
             "_setup": ["mysqladmin -h 127.0.0.1 -u root create bp7_events 2>/dev/null || true"]},
        ],
        "good": [
            {"params": {"host": "127.0.0.1", "user": "root", "name": "bp7_inventory_test"},
             "recent_calls": [{"tool": "mysqladmin_create", "params": {"name": "bp7_inventory"}}]},
            {"params": {"host": "127.0.0.1", "user": "root", "name": "bp7_crm2"}, "recent_calls": []},
            {"params": {"host": "localhost", "user": "root", "name": "bp7_archive"}, "recent_calls": ["mariadb_execute"]},
        ],
    },
    {
        "id": "bp7-ws-gpg-key-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "gpg_generate_key", "source": GPG, "fail_re": r"A key for \".*\" already exists",
        "setup": [GENKEY + "'bp7 release <release@bp7.example>' ed25519 sign never",
                  GENKEY + "'bp7 ci <ci@bp7.example>' ed25519 sign never"],
        "learn": [{"params": {"uid": "bp7 release <release@bp7.example>", "algo": "ed25519", "usage": "sign", "expire": "never"},
                   "recent_calls": [{"tool": "gpg_generate_key", "params": {"uid": "bp7 release <release@bp7.example>"}}], "_env": KEYED_GPG}],
        "repeats": [
            {"params": {"uid": "bp7 ci <ci@bp7.example>", "algo": "ed25519", "usage": "sign", "expire": "1y"},
             "recent_calls": ["gpg_generate_key"], "_env": KEYED_GPG},
            {"params": {"uid": "bp7 release <release@bp7.example>", "algo": "rsa3072", "usage": "sign", "expire": "2y"},
             "recent_calls": ["gpg_generate_key", "gpg_sign"], "_env": KEYED_GPG},
            {"params": {"uid": "bp7 ci <ci@bp7.example>", "algo": "ed25519", "usage": "cert", "expire": "never"},
             "recent_calls": ["gpg_generate_key"], "_env": KEYED_GPG},
        ],
        "good": [
            {"params": {"uid": "bp7 nightly <nightly@bp7.example>", "algo": "ed25519", "usage": "sign", "expire": "never"},
             "recent_calls": [{"tool": "gpg_generate_key", "params": {"uid": "bp7 release <release@bp7.example>"}}], "_env": KEYED_GPG},
            {"params": {"uid": "bp7 deploy <deploy@bp7.example>", "algo": "ed25519", "usage": "sign", "expire": "1y"},
             "recent_calls": [], "_env": KEYED_GPG},
            {"params": {"uid": "bp7 backup <backup@bp7.example>", "algo": "ed25519", "usage": "cert", "expire": "2y"},
             "recent_calls": ["gpg_sign"], "_env": KEYED_GPG},
        ],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp7-wt-ffprobe-non-media", "category": "WRONG_TOOL_SELECTION",
        "tool": "ffprobe_info", "source": FF, "fail_re": r"Invalid data found when processing input",
        "learn": [{"params": {"file": "people.csv"}}],
        "repeats": [
            {"params": {"file": "conf.yaml"}},
            {"params": {"file": "timeout.patch"}},
            {"params": {"file": "data.json"}},
        ],
        "good": [
            {"params": {"file": "clip.mp4"}},
            {"params": {"file": "tone.wav"}},
            {"params": {"file": "intro.mp4"}},
            {"params": {"file": "pic.png"}},
        ],
    },
    {
        "id": "bp7-wt-identify-non-image", "category": "WRONG_TOOL_SELECTION",
        "tool": "identify_image", "source": IM, "fail_re": r"no decode delegate for this image format",
        "learn": [{"params": {"file": "data.json"}}],
        "repeats": [
            {"params": {"file": "conf.yaml"}},
            {"params": {"file": "people.csv"}},
            {"params": {"file": "site.yml"}},
        ],
        "good": [
            {"params": {"file": "pic.png"}},
            {"params": {"file": "logo.jpg"}},
            {"params": {"file": "icon.gif"}},
        ],
    },
    {
        "id": "bp7-wt-pandoc-from-pdf", "category": "WRONG_TOOL_SELECTION",
        "tool": "pandoc_convert", "source": PANDOC, "fail_re": r"Pandoc can convert to PDF, but not from PDF",
        "learn": [{"params": {"input": "invoice.pdf", "to": "markdown"}}],
        "repeats": [
            {"params": {"input": "paper.pdf", "to": "html"}},
            {"params": {"input": "invoice.pdf", "to": "plain", "output": "invoice.txt"}},
            {"params": {"input": "manual.pdf", "to": "docx", "output": "manual.docx"}},
        ],
        "good": [
            {"params": {"input": "notes.md", "to": "html"}},
            {"params": {"input": "page.html", "to": "markdown"}},
            {"params": {"input": "report.docx", "to": "plain", "output": "report.txt"}},
            {"params": {"input": "guide.md", "to": "docx", "output": "guide.docx"}},
        ],
    },
    {
        "id": "bp7-wt-xmlstarlet-non-xml", "category": "WRONG_TOOL_SELECTION",
        "tool": "xml_select", "source": XMLSTAR, "fail_re": r"Start tag expected, '<' not found",
        "learn": [{"params": {"file": "data.json", "xpath": "//name"}}],
        "repeats": [
            {"params": {"file": "conf.yaml", "xpath": "//port"}},
            {"params": {"file": "people.csv", "xpath": "//email"}},
            {"params": {"file": "site.yml", "xpath": "//hosts"}},
        ],
        "good": [
            {"params": {"file": "books.xml", "xpath": "//title"}},
            {"params": {"file": "feed.xml", "xpath": "//item/title"}},
            {"params": {"file": "pom.xml", "xpath": "//artifactId"}},
        ],
    },
    {
        "id": "bp7-wt-gojq-on-yaml", "category": "WRONG_TOOL_SELECTION",
        "tool": "gojq_query", "source": GOJQ, "fail_re": r"invalid json",
        "learn": [{"params": {"file": "conf.yaml", "filter": ".port"}}],
        "repeats": [
            {"params": {"file": "deployment.yaml", "filter": ".spec.replicas"}},
            {"params": {"file": "compose.yml", "filter": ".services | keys"}},
            {"params": {"file": "site.yml", "filter": ".[0].hosts"}},
        ],
        "good": [
            {"params": {"file": "data.json", "filter": ".name"}},
            {"params": {"file": "package.json", "filter": ".version"}},
            {"params": {"file": "conf.yaml", "filter": ".port", "yaml_input": True}},
            {"params": {"file": "deployment.yaml", "filter": ".spec.replicas", "yaml_input": True}},
        ],
    },
    {
        "id": "bp7-wt-prettier-no-parser", "category": "WRONG_TOOL_SELECTION",
        "tool": "prettier_format", "source": PRETTIER, "fail_re": r"No parser could be inferred for file",
        "learn": [{"params": {"file": "s.py"}}],
        "repeats": [
            {"params": {"file": "deploy.sh"}},
            {"params": {"file": "main.go"}},
            {"params": {"file": "Makefile"}},
        ],
        "good": [
            {"params": {"file": "src/index.ts"}},
            {"params": {"file": "style.css"}},
            {"params": {"file": "data.json"}},
            {"params": {"file": "notes.md"}},
            {"params": {"file": "conf.yaml"}},
        ],
    },
    {
        "id": "bp7-wt-ansible-playbook-on-script", "category": "WRONG_TOOL_SELECTION",
        "tool": "ansible_playbook", "source": ANSIBLE, "fail_re": r"A playbook must be a list of plays",
        "learn": [{"params": {"playbook": "deploy.sh"}}],
        "repeats": [
            {"params": {"playbook": "s.py"}},
            {"params": {"playbook": "bootstrap.sh", "check": True}},
            {"params": {"playbook": "provision.sh"}},
        ],
        "good": [
            {"params": {"playbook": "site.yml"}},
            {"params": {"playbook": "site.yml", "check": True}},
            {"params": {"playbook": "hello.yml"}},
        ],
    },
]
