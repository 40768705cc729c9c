"""Scenario definitions for blind set 11. `fail_re`, `setup`, `nats`, `responders`, `_nats`, `_setup`
are for gen.py only and never reach the JSONL."""

PANDAS = "pandas 3.1.1 (Python 3.11.7)"
PY = "/work/blind-prev11/.venv/bin/python"
NATSPY = "nats-py 2.16.0 against nats-server (127.0.0.1:4222, JetStream)"


def RC(tool, **params):
    return {"tool": tool, "params": params}


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp11-ip-pandas-read-csv-unknown-usecols", "category": "INCORRECT_PARAMETER",
        "tool": "pandas_read_csv", "source": PANDAS, "fail_re": r"Usecols do not match columns",
        "learn": [
            {"params": {"path": "people.csv", "usecols": ["id", "email"]}},
            {"params": {"path": "orders.csv", "usecols": ["order_id", "customer"]}},
        ],
        "repeats": [
            {"params": {"path": "people.csv", "usecols": ["name", "phone"]}},
            {"params": {"path": "orders.csv", "usecols": ["item", "total"]}},
            {"params": {"path": "events.csv", "usecols": ["ts", "user_id"]}},
        ],
        "good": [
            {"params": {"path": "people.csv", "usecols": ["id", "name"]}},
            {"params": {"path": "orders.csv", "usecols": ["order_id", "qty", "price"]}},
            {"params": {"path": "events.csv", "usecols": ["ts", "action"]}},
            {"params": {"path": "people.csv", "nrows": 2}},
        ],
    },
    {
        "id": "bp11-ip-zoneinfo-unknown-key", "category": "INCORRECT_PARAMETER",
        "tool": "zoneinfo_convert_time", "source": "Python 3.11.7 zoneinfo (system tzdata)",
        "fail_re": r"No time zone found with key",
        "learn": [
            {"params": {"time": "2026-12-02T10:00:00", "from_tz": "UTC", "to_tz": "America/Bogata"}},
            {"params": {"time": "2026-12-02T08:30:00", "from_tz": "Europe/Berlim", "to_tz": "UTC"}},
        ],
        "repeats": [
            {"params": {"time": "2026-12-03T09:00:00", "from_tz": "UTC", "to_tz": "Asia/Mumbai"}},
            {"params": {"time": "2026-12-03T17:45:00", "from_tz": "America/San_Francisco", "to_tz": "UTC"}},
            {"params": {"time": "2026-12-04T12:00:00", "from_tz": "Europe/London", "to_tz": "Europe/Frankfurt"}},
        ],
        "good": [
            {"params": {"time": "2026-12-02T10:00:00", "from_tz": "UTC", "to_tz": "America/Bogota"}},
            {"params": {"time": "2026-12-02T08:30:00", "from_tz": "Europe/Berlin", "to_tz": "Asia/Kolkata"}},
            {"params": {"time": "2026-12-03T17:45:00", "from_tz": "America/Los_Angeles", "to_tz": "UTC"}},
            {"params": {"time": "2026-12-04T12:00:00", "from_tz": "Europe/London", "to_tz": "Asia/Kathmandu"}},
        ],
    },
    {
        "id": "bp11-ip-babel-unknown-locale", "category": "INCORRECT_PARAMETER",
        "tool": "babel_format_date", "source": "Babel 2.19.0", "fail_re": r"unknown locale",
        "learn": [
            {"params": {"date": "2026-12-02", "locale": "xx_YY"}},
            {"params": {"date": "2026-11-15", "locale": "english", "format": "full"}},
        ],
        "repeats": [
            {"params": {"date": "2026-12-24", "locale": "deutsch"}},
            {"params": {"date": "2027-01-01", "locale": "spanish", "format": "medium"}},
            {"params": {"date": "2026-10-03", "locale": "jp_JP"}},
        ],
        "good": [
            {"params": {"date": "2026-12-24", "locale": "en_GB"}},
            {"params": {"date": "2027-01-01", "locale": "es", "format": "medium"}},
            {"params": {"date": "2026-10-03", "locale": "ja_JP"}},
            {"params": {"date": "2026-12-02", "locale": "pt_BR", "format": "full"}},
        ],
    },
    {
        "id": "bp11-ip-jsonpatch-path-not-found", "category": "INCORRECT_PARAMETER",
        "tool": "jsonpatch_apply", "source": "jsonpatch 1.48 (jsonpointer)", "fail_re": r"non-existent object",
        "learn": [
            {"params": {"document": "user.json", "patch": [{"op": "remove", "path": "/email"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "replace", "path": "/meta/owner", "value": "ops"}]}},
        ],
        "repeats": [
            {"params": {"document": "user2.json", "patch": [{"op": "remove", "path": "/settings/theme"}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "replace", "path": "/nickname", "value": "b"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "remove", "path": "/meta/size"}]}},
        ],
        "good": [
            {"params": {"document": "user.json", "patch": [{"op": "remove", "path": "/tags"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "replace", "path": "/meta/v", "value": 2}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "add", "path": "/settings/theme", "value": "dark"}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "remove", "path": "/settings/lang"}]}},
        ],
    },
    {
        "id": "bp11-ip-croniter-value-out-of-range", "category": "INCORRECT_PARAMETER",
        "tool": "croniter_next", "source": "croniter 7.0.0", "fail_re": r"out of range",
        "learn": [
            {"params": {"expression": "0 25 * * *"}},
            {"params": {"expression": "*/5 * 32 * *", "count": 2}},
        ],
        "repeats": [
            {"params": {"expression": "0 0 * 13 *"}},
            {"params": {"expression": "61 * * * *", "count": 5}},
            {"params": {"expression": "30 24 * * 1-5"}},
        ],
        "good": [
            {"params": {"expression": "0 23 * * *"}},
            {"params": {"expression": "*/5 * 28 * *", "count": 2}},
            {"params": {"expression": "0 0 * 12 *"}},
            {"params": {"expression": "59 * * * *", "count": 5}},
        ],
    },
    {
        "id": "bp11-ip-nats-kv-get-unknown-key", "category": "INCORRECT_PARAMETER",
        "tool": "nats_kv_get", "source": NATSPY, "fail_re": r"KeyNotFoundError: nats: key not found",
        "nats": [["bucket", "bp11_ip6_cfg"], ["kv_put", "bp11_ip6_cfg", "db.host", "pg1"],
                 ["kv_put", "bp11_ip6_cfg", "db.port", "5432"], ["kv_put", "bp11_ip6_cfg", "feature.beta", "on"]],
        "learn": [
            {"params": {"bucket": "bp11_ip6_cfg", "key": "db.hostname"}},
            {"params": {"bucket": "bp11_ip6_cfg", "key": "feature.gamma"}},
        ],
        "repeats": [
            {"params": {"bucket": "bp11_ip6_cfg", "key": "db.user"}},
            {"params": {"bucket": "bp11_ip6_cfg", "key": "feature.Beta"}},
            {"params": {"bucket": "bp11_ip6_cfg", "key": "cache.ttl"}},
        ],
        "good": [
            {"params": {"bucket": "bp11_ip6_cfg", "key": "db.host"}},
            {"params": {"bucket": "bp11_ip6_cfg", "key": "db.port"}},
            {"params": {"bucket": "bp11_ip6_cfg", "key": "feature.beta"}},
        ],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp11-pf-pandas-to-datetime-format-mismatch", "category": "PARAMETER_FORMAT",
        "tool": "pandas_to_datetime", "source": PANDAS, "fail_re": r"doesn't match format",
        "learn": [
            {"params": {"values": ["02/12/2026", "03/12/2026"], "format": "%Y-%m-%d"}},
            {"params": {"values": ["2026-12-02 10:30"], "format": "%Y-%m-%d %H:%M:%S"}},
        ],
        "repeats": [
            {"params": {"values": ["2026.12.02"], "format": "%Y-%m-%d"}},
            {"params": {"values": ["10:30 2026-12-02"], "format": "%Y-%m-%d %H:%M"}},
            {"params": {"values": ["2026-12-02", "2026-12-03"], "format": "%d/%m/%Y"}},
        ],
        "good": [
            {"params": {"values": ["2026-12-02", "2026-12-03"], "format": "%Y-%m-%d"}},
            {"params": {"values": ["02/12/2026"], "format": "%d/%m/%Y"}},
            {"params": {"values": ["2026-12-02 10:30"], "format": "%Y-%m-%d %H:%M"}},
            {"params": {"values": ["2026-12-02T10:30:00", "2026-12-03"], "format": "ISO8601"}},
        ],
    },
    {
        "id": "bp11-pf-croniter-field-count", "category": "PARAMETER_FORMAT",
        "tool": "croniter_next", "source": "croniter 7.0.0", "fail_re": r"Exactly 5, 6 or 7 columns",
        "learn": [
            {"params": {"expression": "*/5 * * *"}},
            {"params": {"expression": "every 5 minutes", "count": 2}},
        ],
        "repeats": [
            {"params": {"expression": "0 9 * *"}},
            {"params": {"expression": "daily at 9"}},
            {"params": {"expression": "0 9", "count": 4}},
        ],
        "good": [
            {"params": {"expression": "*/15 * * * *"}},
            {"params": {"expression": "0 9 * * MON-FRI", "count": 2}},
            {"params": {"expression": "0 0 1 * *"}},
            {"params": {"expression": "@daily", "count": 4}},
        ],
    },
    {
        "id": "bp11-pf-pillow-color-specifier", "category": "PARAMETER_FORMAT",
        "tool": "pillow_new_image", "source": "Pillow 13.0.0", "fail_re": r"unknown color specifier",
        "learn": [
            {"params": {"mode": "RGB", "size": [64, 64], "color": "#12345", "output": "tile.png"}},
            {"params": {"mode": "RGB", "size": [32, 16], "color": "0xff8800", "output": "bar.png"}},
        ],
        "repeats": [
            {"params": {"mode": "RGB", "size": [10, 10], "color": "#ggg000", "output": "a.png"}},
            {"params": {"mode": "RGBA", "size": [48, 48], "color": "rgb(0 128 255)", "output": "b.png"}},
            {"params": {"mode": "RGB", "size": [20, 5], "color": "blu", "output": "c.png"}},
        ],
        "good": [
            {"params": {"mode": "RGB", "size": [64, 64], "color": "#123456", "output": "tile.png"}},
            {"params": {"mode": "RGB", "size": [32, 16], "color": "#f80", "output": "bar.png"}},
            {"params": {"mode": "RGBA", "size": [48, 48], "color": "rgb(0,128,255)", "output": "b.png"}},
            {"params": {"mode": "RGB", "size": [20, 5], "color": "blue", "output": "c.png"}},
        ],
    },
    {
        "id": "bp11-pf-systemd-calendar-syntax", "category": "PARAMETER_FORMAT",
        "tool": "systemd_analyze_calendar", "source": "systemd-analyze (systemd 252.39-1~deb12u2)",
        "fail_re": r"Failed to parse calendar specification",
        "learn": [
            {"params": {"specs": ["every monday"]}},
            {"params": {"specs": ["0 9 * * 1"], "iterations": 3}},
        ],
        "repeats": [
            {"params": {"specs": ["9am daily"]}},
            {"params": {"specs": ["*/15 * * * *"], "iterations": 2}},
            {"params": {"specs": ["Mon 25:00"]}},
        ],
        "good": [
            {"params": {"specs": ["Mon *-*-* 09:00"]}},
            {"params": {"specs": ["*:0/15"], "iterations": 2}},
            {"params": {"specs": ["daily"]}},
            {"params": {"specs": ["Mon..Fri 08:30", "weekly"], "iterations": 3}},
        ],
    },
    {
        "id": "bp11-pf-jsonpatch-pointer-syntax", "category": "PARAMETER_FORMAT",
        "tool": "jsonpatch_apply", "source": "jsonpatch 1.48 (jsonpointer)", "fail_re": r"Location must start with /",
        "learn": [
            {"params": {"document": "user.json", "patch": [{"op": "add", "path": "email", "value": "a@example.com"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "replace", "path": "meta.v", "value": 3}]}},
        ],
        "repeats": [
            {"params": {"document": "user2.json", "patch": [{"op": "remove", "path": "settings/lang"}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "replace", "path": "name", "value": "rob"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "add", "path": "tags[0]", "value": "z"}]}},
        ],
        "good": [
            {"params": {"document": "user.json", "patch": [{"op": "add", "path": "/email", "value": "a@example.com"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "replace", "path": "/meta/v", "value": 3}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "remove", "path": "/settings/lang"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "add", "path": "/tags/-", "value": "z"}]}},
        ],
    },
    {
        "id": "bp11-pf-zoneinfo-time-not-isoformat", "category": "PARAMETER_FORMAT",
        "tool": "zoneinfo_convert_time", "source": "Python 3.11.7 datetime.fromisoformat + zoneinfo",
        "fail_re": r"Invalid isoformat string",
        "learn": [
            {"params": {"time": "12/02/2026 10:00", "from_tz": "UTC", "to_tz": "Asia/Tokyo"}},
            {"params": {"time": "2026-12-02 10h", "from_tz": "Europe/Paris", "to_tz": "UTC"}},
        ],
        "repeats": [
            {"params": {"time": "2026-12-2T9:00", "from_tz": "UTC", "to_tz": "America/New_York"}},
            {"params": {"time": "Dec 3 2026 14:00", "from_tz": "Asia/Tokyo", "to_tz": "Europe/Paris"}},
            {"params": {"time": "03.12.2026 08:15", "from_tz": "Europe/Berlin", "to_tz": "UTC"}},
        ],
        "good": [
            {"params": {"time": "2026-12-02T10:00:00", "from_tz": "UTC", "to_tz": "Asia/Tokyo"}},
            {"params": {"time": "2026-12-02 10:00", "from_tz": "Europe/Paris", "to_tz": "UTC"}},
            {"params": {"time": "20261203T090000", "from_tz": "UTC", "to_tz": "America/New_York"}},
            {"params": {"time": "2026-12-03", "from_tz": "Asia/Tokyo", "to_tz": "Europe/Paris"}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp11-mp-babel-currency-no-code", "category": "MISSING_PARAMETER",
        "tool": "babel_format_currency", "source": "Babel 2.19.0",
        "fail_re": r"missing 1 required positional argument: 'currency'",
        "learn": [
            {"params": {"number": 12.5, "locale": "de_DE"}},
            {"params": {"number": 1999, "locale": "en_US", "format": "\u00a4#,##0.00"}},
        ],
        "repeats": [
            {"params": {"number": 3, "locale": "fr_FR"}},
            {"params": {"number": 0.99, "locale": "ja_JP"}},
            {"params": {"number": 250000, "locale": "en_IN", "format_type": "accounting"}},
        ],
        "good": [
            {"params": {"number": 12.5, "currency": "EUR", "locale": "de_DE"}},
            {"params": {"number": 1999, "currency": "USD", "locale": "en_US", "format": "\u00a4#,##0.00"}},
            {"params": {"number": 0.99, "currency": "JPY", "locale": "ja_JP"}},
            {"params": {"number": 250000, "currency": "INR", "locale": "en_IN", "format_type": "accounting"}},
        ],
    },
    {
        "id": "bp11-mp-pillow-new-no-size", "category": "MISSING_PARAMETER",
        "tool": "pillow_new_image", "source": "Pillow 13.0.0",
        "fail_re": r"missing 1 required positional argument: 'size'",
        "learn": [
            {"params": {"mode": "RGB", "color": "red", "output": "bg.png"}},
            {"params": {"mode": "L", "color": 128, "output": "gray.png"}},
        ],
        "repeats": [
            {"params": {"mode": "RGBA", "color": "#00ff0080", "output": "badge.png"}},
            {"params": {"mode": "1", "output": "mask.png"}},
            {"params": {"mode": "RGB", "color": "white", "output": "canvas.jpg"}},
        ],
        "good": [
            {"params": {"mode": "RGB", "size": [100, 50], "color": "red", "output": "bg.png"}},
            {"params": {"mode": "L", "size": [8, 8], "color": 128, "output": "gray.png"}},
            {"params": {"mode": "RGBA", "size": [24, 24], "color": "#00ff0080", "output": "badge.png"}},
            {"params": {"mode": "1", "size": [16, 16], "output": "mask.png"}},
        ],
    },
    {
        "id": "bp11-mp-jsonpatch-op-without-path", "category": "MISSING_PARAMETER",
        "tool": "jsonpatch_apply", "source": "jsonpatch 1.48", "fail_re": r"must have a 'path' member",
        "learn": [
            {"params": {"document": "user.json", "patch": [{"op": "add", "value": {"role": "admin"}}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "remove"}]}},
        ],
        "repeats": [
            {"params": {"document": "user.json", "patch": [{"op": "replace", "value": "carl"}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "add", "path": "/id2", "value": 8},
                                                            {"op": "remove"}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "copy", "from": "/name"}]}},
        ],
        "good": [
            {"params": {"document": "user.json", "patch": [{"op": "add", "path": "/role", "value": {"role": "admin"}}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "remove", "path": "/id"}]}},
            {"params": {"document": "user.json", "patch": [{"op": "replace", "path": "/name", "value": "carl"}]}},
            {"params": {"document": "user2.json", "patch": [{"op": "copy", "from": "/name", "path": "/alias"}]}},
        ],
    },
    {
        "id": "bp11-mp-file-no-operand", "category": "MISSING_PARAMETER",
        "tool": "file_type", "source": "file 5.44 (Debian 12)", "fail_re": r"Usage: file \[",
        "learn": [
            {"params": {"mime_type": True}},
            {"params": {"brief": True}},
        ],
        "repeats": [
            {"params": {"brief": True, "mime_type": True}},
            {"params": {"files": []}},
            {"params": {"mime_type": True, "files": []}},
        ],
        "good": [
            {"params": {"mime_type": True, "files": ["logo.png"]}},
            {"params": {"brief": True, "files": ["report.pdf", "archive.zip"]}},
            {"params": {"files": ["people.csv"]}},
            {"params": {"brief": True, "mime_type": True, "files": ["shop.db"]}},
        ],
    },
    {
        "id": "bp11-mp-systemd-calendar-no-spec", "category": "MISSING_PARAMETER",
        "tool": "systemd_analyze_calendar", "source": "systemd-analyze (systemd 252.39-1~deb12u2)",
        "fail_re": r"Too few arguments",
        "learn": [
            {"params": {"iterations": 3}},
            {"params": {}},
        ],
        "repeats": [
            {"params": {"iterations": 5}},
            {"params": {"specs": []}},
            {"params": {"specs": [], "iterations": 2}},
        ],
        "good": [
            {"params": {"specs": ["hourly"], "iterations": 3}},
            {"params": {"specs": ["*-*-01 00:00"]}},
            {"params": {"specs": ["Sat,Sun 10:00"], "iterations": 5}},
        ],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp11-mq-nats-request-no-responders", "category": "MISSING_PREREQUISITE",
        "tool": "nats_request", "source": NATSPY, "fail_re": r"no responders available",
        "responders": ["bp11.mq1.price", "bp11.mq1.stock"],
        "learn": [
            {"params": {"subject": "bp11.mq1.price", "payload": "sku-1"},
             "recent_calls": [RC("write_file", path="price_service.py", content="...")]},
            {"params": {"subject": "bp11.mq1.stock", "payload": "sku-9", "timeout": 1},
             "recent_calls": [RC("nats_publish", subject="bp11.mq1.stock.updated", payload="sku-9")]},
        ],
        "repeats": [
            {"params": {"subject": "bp11.mq1.tax", "payload": "de"},
             "recent_calls": [RC("write_file", path="tax_service.py", content="...")]},
            {"params": {"subject": "bp11.mq1.quote", "payload": "q-17"}, "recent_calls": []},
        ],
        "good": [
            {"params": {"subject": "bp11.mq1.price", "payload": "sku-1"},
             "recent_calls": [RC("write_file", path="price_service.py", content="..."),
                              RC("bash", command="python price_service.py &")]},
            {"params": {"subject": "bp11.mq1.stock", "payload": "sku-9", "timeout": 1},
             "recent_calls": [RC("nats_subscribe", subject="bp11.mq1.stock", reply=True)]},
            {"params": {"subject": "bp11.mq1.price", "payload": "sku-2", "timeout": 1},
             "recent_calls": [RC("bash", command="python price_service.py &"),
                              RC("nats_request", subject="bp11.mq1.price", payload="sku-1")]},
        ],
    },
    {
        "id": "bp11-mq-nats-js-publish-no-stream", "category": "MISSING_PREREQUISITE",
        "tool": "nats_js_publish", "source": NATSPY, "fail_re": r"no response from stream",
        "nats": [["stream", "BP11_MQ2_ORDERS", ["bp11.mq2.orders.>"]]],
        "learn": [
            {"params": {"subject": "bp11.mq2.events.created", "payload": "{\"id\": 1}"},
             "recent_calls": [RC("nats_publish", subject="bp11.mq2.events.created", payload="{\"id\": 1}")]},
            {"params": {"subject": "bp11.mq2.audit.login", "payload": "ann"},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_MQ2_ORDERS", subjects=["bp11.mq2.orders.>"])]},
        ],
        "repeats": [
            {"params": {"subject": "bp11.mq2.metrics.cpu", "payload": "0.7"},
             "recent_calls": [RC("nats_publish", subject="bp11.mq2.metrics.cpu", payload="0.5")]},
            {"params": {"subject": "bp11.mq2.events.deleted", "payload": "{\"id\": 2}"}, "recent_calls": []},
        ],
        "good": [
            {"params": {"subject": "bp11.mq2.orders.created", "payload": "{\"id\": 1}"},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_MQ2_ORDERS", subjects=["bp11.mq2.orders.>"])]},
            {"params": {"subject": "bp11.mq2.orders.paid", "payload": "{\"id\": 1}"},
             "recent_calls": [RC("nats_js_publish", subject="bp11.mq2.orders.created", payload="{\"id\": 1}")]},
            {"params": {"subject": "bp11.mq2.events.created", "payload": "{\"id\": 3}"},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_MQ2_EVENTS", subjects=["bp11.mq2.events.>"])],
             "_nats": [["stream", "BP11_MQ2_EVENTS", ["bp11.mq2.events.>"]]]},
        ],
    },
    {
        "id": "bp11-mq-nats-kv-get-no-bucket", "category": "MISSING_PREREQUISITE",
        "tool": "nats_kv_get", "source": NATSPY, "fail_re": r"BucketNotFoundError",
        "nats": [["bucket", "bp11_mq3_cfg"], ["kv_put", "bp11_mq3_cfg", "region", "eu-west"],
                 ["kv_put", "bp11_mq3_cfg", "mode", "blue"]],
        "learn": [
            {"params": {"bucket": "bp11_mq3_flags", "key": "beta"},
             "recent_calls": [RC("nats_connect", servers=["nats://127.0.0.1:4222"])]},
            {"params": {"bucket": "bp11_mq3_sessions", "key": "u1"},
             "recent_calls": [RC("nats_kv_get", bucket="bp11_mq3_cfg", key="region")]},
        ],
        "repeats": [
            {"params": {"bucket": "bp11_mq3_cache", "key": "home"},
             "recent_calls": [RC("nats_connect", servers=["nats://127.0.0.1:4222"])]},
            {"params": {"bucket": "bp11_mq3_limits", "key": "api"}, "recent_calls": []},
        ],
        "good": [
            {"params": {"bucket": "bp11_mq3_cfg", "key": "region"},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_mq3_cfg"),
                              RC("nats_kv_put", bucket="bp11_mq3_cfg", key="region", value="eu-west")]},
            {"params": {"bucket": "bp11_mq3_cfg", "key": "mode"},
             "recent_calls": [RC("nats_kv_get", bucket="bp11_mq3_cfg", key="region")]},
            {"params": {"bucket": "bp11_mq3_flags", "key": "beta"},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_mq3_flags"),
                              RC("nats_kv_put", bucket="bp11_mq3_flags", key="beta", value="on")],
             "_nats": [["bucket", "bp11_mq3_flags"], ["kv_put", "bp11_mq3_flags", "beta", "on"]]},
        ],
    },
    {
        "id": "bp11-mq-pandas-export-missing-dependency", "category": "MISSING_PREREQUISITE",
        "tool": "pandas_export", "source": PANDAS + "; tabulate, Jinja2, pyarrow, openpyxl not installed",
        "fail_re": r"`Import \w+` failed|No module named",
        "learn": [
            {"params": {"path": "people.csv", "format": "markdown", "output": "people.md"},
             "recent_calls": [RC("pip_install", packages=["pandas"])]},
            {"params": {"path": "orders.csv", "format": "latex", "output": "orders.tex"},
             "recent_calls": [RC("pandas_read_csv", path="orders.csv")]},
        ],
        "repeats": [
            {"params": {"path": "events.csv", "format": "parquet", "output": "events.parquet"},
             "recent_calls": [RC("pip_install", packages=["pandas"])]},
            {"params": {"path": "orders.csv", "format": "excel", "output": "orders.xlsx"},
             "recent_calls": [RC("pandas_read_csv", path="orders.csv")]},
        ],
        "good": [
            {"params": {"path": "people.csv", "format": "csv", "output": "people_out.csv"},
             "recent_calls": [RC("pip_install", packages=["pandas"])]},
            {"params": {"path": "orders.csv", "format": "json", "output": "orders.json"},
             "recent_calls": [RC("pandas_read_csv", path="orders.csv")]},
            {"params": {"path": "events.csv", "format": "html", "output": "events.html"}},
            {"params": {"path": "people.csv", "format": "pickle", "output": "people.pkl"}},
        ],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp11-ws-nats-add-stream-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "nats_js_add_stream", "source": NATSPY,
        "fail_re": r"stream name already in use with a different configuration",
        "learn": [
            {"params": {"name": "BP11_WS1_ORDERS", "subjects": ["bp11.ws1.orders.>", "bp11.ws1.refunds.>"]},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_WS1_ORDERS", subjects=["bp11.ws1.orders.>"])],
             "_nats": [["stream", "BP11_WS1_ORDERS", ["bp11.ws1.orders.>"]]]},
            {"params": {"name": "BP11_WS1_LOGS", "subjects": ["bp11.ws1.logs.>"]},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_WS1_LOGS", subjects=["bp11.ws1.logs.app"])],
             "_nats": [["stream", "BP11_WS1_LOGS", ["bp11.ws1.logs.app"]]]},
        ],
        "repeats": [
            {"params": {"name": "BP11_WS1_METRICS", "subjects": ["bp11.ws1.metrics.*"]},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_WS1_METRICS", subjects=["bp11.ws1.metrics.cpu"])],
             "_nats": [["stream", "BP11_WS1_METRICS", ["bp11.ws1.metrics.cpu"]]]},
            {"params": {"name": "BP11_WS1_JOBS", "subjects": ["bp11.ws1.jobs.>", "bp11.ws1.retries.>"]},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_WS1_JOBS", subjects=["bp11.ws1.jobs.>"]),
                              RC("nats_js_publish", subject="bp11.ws1.jobs.build", payload="1")],
             "_nats": [["stream", "BP11_WS1_JOBS", ["bp11.ws1.jobs.>"]]]},
        ],
        "good": [
            {"params": {"name": "BP11_WS1_EMAILS", "subjects": ["bp11.ws1.emails.>"]}, "recent_calls": []},
            {"params": {"name": "BP11_WS1_AUDIT", "subjects": ["bp11.ws1.audit.*", "bp11.ws1.login.>"]},
             "recent_calls": [RC("nats_js_add_stream", name="BP11_WS1_ORDERS", subjects=["bp11.ws1.orders.>"])]},
            {"params": {"name": "BP11_WS1_ORDERS", "subjects": ["bp11.ws1.orders.>"]},
             "recent_calls": [RC("nats_js_delete_stream", name="BP11_WS1_ORDERS")],
             "_nats": [["delete", "BP11_WS1_ORDERS"]]},
        ],
    },
    {
        "id": "bp11-ws-nats-kv-create-key-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "nats_kv_create_key", "source": NATSPY, "fail_re": r"wrong last sequence",
        "nats": [["bucket", "bp11_ws2_cfg"], ["kv_put", "bp11_ws2_cfg", "db.host", "pg1"],
                 ["kv_put", "bp11_ws2_cfg", "db.port", "5432"]],
        "learn": [
            {"params": {"bucket": "bp11_ws2_cfg", "key": "db.host", "value": "pg2"},
             "recent_calls": [RC("nats_kv_put", bucket="bp11_ws2_cfg", key="db.host", value="pg1")]},
            {"params": {"bucket": "bp11_ws2_cfg", "key": "feature.beta", "value": "on"},
             "recent_calls": [RC("nats_kv_create_key", bucket="bp11_ws2_cfg", key="feature.beta", value="off")],
             "_nats": [["kv_put", "bp11_ws2_cfg", "feature.beta", "off"]]},
        ],
        "repeats": [
            {"params": {"bucket": "bp11_ws2_cfg", "key": "db.port", "value": "6432"},
             "recent_calls": [RC("nats_kv_put", bucket="bp11_ws2_cfg", key="db.port", value="5432")]},
            {"params": {"bucket": "bp11_ws2_cfg", "key": "cache.ttl", "value": "60"},
             "recent_calls": [RC("nats_kv_create_key", bucket="bp11_ws2_cfg", key="cache.ttl", value="30")],
             "_nats": [["kv_put", "bp11_ws2_cfg", "cache.ttl", "30"]]},
        ],
        "good": [
            {"params": {"bucket": "bp11_ws2_cfg", "key": "db.user", "value": "app"},
             "recent_calls": [RC("nats_kv_put", bucket="bp11_ws2_cfg", key="db.host", value="pg1")]},
            {"params": {"bucket": "bp11_ws2_cfg", "key": "feature.gamma", "value": "on"}, "recent_calls": []},
            {"params": {"bucket": "bp11_ws2_cfg", "key": "cache.size", "value": "128"},
             "recent_calls": [RC("nats_kv_create_key", bucket="bp11_ws2_cfg", key="cache.ttl", value="30")]},
        ],
    },
    {
        "id": "bp11-ws-nats-kv-create-bucket-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "nats_kv_create_bucket", "source": NATSPY,
        "fail_re": r"already in use with a different configuration",
        "learn": [
            {"params": {"bucket": "bp11_ws3_sessions", "history": 5},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_ws3_sessions", history=1)],
             "_nats": [["bucket", "bp11_ws3_sessions", 1]]},
            {"params": {"bucket": "bp11_ws3_flags", "history": 1},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_ws3_flags", history=10)],
             "_nats": [["bucket", "bp11_ws3_flags", 10]]},
        ],
        "repeats": [
            {"params": {"bucket": "bp11_ws3_tokens", "history": 3},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_ws3_tokens", history=1)],
             "_nats": [["bucket", "bp11_ws3_tokens", 1]]},
            {"params": {"bucket": "bp11_ws3_cart", "history": 2},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_ws3_cart", history=8),
                              RC("nats_kv_put", bucket="bp11_ws3_cart", key="u1", value="[]")],
             "_nats": [["bucket", "bp11_ws3_cart", 8]]},
        ],
        "good": [
            {"params": {"bucket": "bp11_ws3_orders", "history": 5}, "recent_calls": []},
            {"params": {"bucket": "bp11_ws3_prefs", "history": 1},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_ws3_sessions", history=1)]},
            {"params": {"bucket": "bp11_ws3_locks", "history": 10},
             "recent_calls": [RC("nats_kv_create_bucket", bucket="bp11_ws3_flags", history=10)]},
        ],
    },
    {
        "id": "bp11-ws-pandas-to-sql-table-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "pandas_to_sql", "source": PANDAS + " + sqlite3 (SQLite via Python 3.11.7)",
        "fail_re": r"Table '\w+' already exists",
        "learn": [
            {"params": {"csv": "people.csv", "database": "app.db", "table": "bp11_people"},
             "recent_calls": [RC("pandas_to_sql", csv="people.csv", database="app.db", table="bp11_people")],
             "_setup": ["rm -f app.db", PY + " -c \"import pandas as pd,sqlite3;pd.read_csv('people.csv').to_sql('bp11_people',sqlite3.connect('app.db'),index=False)\""]},
            {"params": {"csv": "orders.csv", "database": "shop.db", "table": "orders"},
             "recent_calls": [RC("pandas_read_sql_query", database="shop.db", query="SELECT * FROM orders")]},
        ],
        "repeats": [
            {"params": {"csv": "events.csv", "database": "app.db", "table": "bp11_events"},
             "recent_calls": [RC("pandas_to_sql", csv="events.csv", database="app.db", table="bp11_events")],
             "_setup": [PY + " -c \"import pandas as pd,sqlite3;pd.read_csv('events.csv').to_sql('bp11_events',sqlite3.connect('app.db'),index=False)\""]},
            {"params": {"csv": "people.csv", "database": "shop.db", "table": "people"},
             "recent_calls": [RC("pandas_read_sql_query", database="shop.db", query="SELECT * FROM people")]},
        ],
        "good": [
            {"params": {"csv": "orders.csv", "database": "app.db", "table": "bp11_orders"},
             "recent_calls": [RC("pandas_to_sql", csv="people.csv", database="app.db", table="bp11_people")]},
            {"params": {"csv": "people.csv", "database": "app.db", "table": "bp11_people", "if_exists": "append"},
             "recent_calls": [RC("pandas_to_sql", csv="people.csv", database="app.db", table="bp11_people")]},
            {"params": {"csv": "orders.csv", "database": "shop.db", "table": "orders", "if_exists": "replace"},
             "recent_calls": [RC("pandas_read_sql_query", database="shop.db", query="SELECT * FROM orders")]},
            {"params": {"csv": "events.csv", "database": "new.db", "table": "events"}, "recent_calls": []},
        ],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp11-wt-pillow-open-not-image", "category": "WRONG_TOOL_SELECTION",
        "tool": "pillow_open_image", "source": "Pillow 13.0.0", "fail_re": r"cannot identify image file",
        "learn": [
            {"params": {"path": "people.csv"}},
            {"params": {"path": "report.pdf"}},
        ],
        "repeats": [
            {"params": {"path": "README.md"}},
            {"params": {"path": "archive.zip"}},
            {"params": {"path": "data.json"}},
        ],
        "good": [
            {"params": {"path": "logo.png"}},
            {"params": {"path": "photo.jpg"}},
            {"params": {"path": "icon.gif"}},
            {"params": {"path": "badge.webp"}},
        ],
    },
    {
        "id": "bp11-wt-pandas-read-json-on-csv-yaml", "category": "WRONG_TOOL_SELECTION",
        "tool": "pandas_read_json", "source": PANDAS, "fail_re": r"Expected object or value",
        "learn": [
            {"params": {"path": "people.csv"}},
            {"params": {"path": "config.yaml"}},
        ],
        "repeats": [
            {"params": {"path": "orders.csv"}},
            {"params": {"path": "docker-compose.yml"}},
            {"params": {"path": "settings.toml"}},
        ],
        "good": [
            {"params": {"path": "records.json"}},
            {"params": {"path": "users.json"}},
            {"params": {"path": "events.jsonl", "lines": True}},
            {"params": {"path": "columns.json"}},
        ],
    },
    {
        "id": "bp11-wt-toml-load-not-toml", "category": "WRONG_TOOL_SELECTION",
        "tool": "toml_load", "source": "Python 3.11.7 tomllib", "fail_re": r"TOMLDecodeError",
        "learn": [
            {"params": {"path": "config.yaml"}},
            {"params": {"path": "package.json"}},
        ],
        "repeats": [
            {"params": {"path": "docker-compose.yml"}},
            {"params": {"path": "tsconfig.json"}},
            {"params": {"path": "README.md"}},
        ],
        "good": [
            {"params": {"path": "pyproject.toml"}},
            {"params": {"path": "Cargo.toml"}},
            {"params": {"path": "config.toml"}},
            {"params": {"path": "netlify.toml"}},
        ],
    },
    {
        "id": "bp11-wt-pandas-read-sql-not-database", "category": "WRONG_TOOL_SELECTION",
        "tool": "pandas_read_sql_query", "source": PANDAS + " + sqlite3 (SQLite via Python 3.11.7)",
        "fail_re": r"file is not a database",
        "learn": [
            {"params": {"database": "people.csv", "query": "SELECT * FROM people"}},
            {"params": {"database": "dump.sql", "query": "SELECT name FROM people WHERE id = 1"}},
        ],
        "repeats": [
            {"params": {"database": "orders.csv", "query": "SELECT item, qty FROM orders"}},
            {"params": {"database": "data.json", "query": "SELECT * FROM items"}},
            {"params": {"database": "notes.txt", "query": "SELECT count(*) FROM notes"}},
        ],
        "good": [
            {"params": {"database": "shop.db", "query": "SELECT * FROM people"}},
            {"params": {"database": "shop.db", "query": "SELECT item, qty FROM orders WHERE qty > 1"}},
            {"params": {"database": "shop.db", "query": "SELECT name FROM people WHERE id = 1"}},
            {"params": {"database": "shop.db", "query": "SELECT count(*) AS n FROM orders"}},
        ],
    },
    {
        "id": "bp11-wt-pandas-read-csv-binary-file", "category": "WRONG_TOOL_SELECTION",
        "tool": "pandas_read_csv", "source": PANDAS, "fail_re": r"UnicodeDecodeError: 'utf-8' codec can't decode",
        "learn": [
            {"params": {"path": "logo.png"}},
            {"params": {"path": "shop.db", "nrows": 10}},
        ],
        "repeats": [
            {"params": {"path": "photo.jpg"}},
            {"params": {"path": "badge.webp", "nrows": 5}},
            {"params": {"path": "icon.gif"}},
        ],
        "good": [
            {"params": {"path": "people.csv"}},
            {"params": {"path": "orders.csv", "nrows": 2}},
            {"params": {"path": "events.csv"}},
            {"params": {"path": "people.csv", "usecols": ["name", "city"], "nrows": 5}},
        ],
    },
]
