"""SDK tools wrapped as agent tools (run with ./.venv/bin/python sdk.py TOOL PARAMS_JSON RECENT_JSON).
Prints what the wrapper returns to the agent: the result, or `ExceptionType: message` (exit 1)."""
import json, sys, time, datetime

def paho_mqtt_publish(p, recent):
    import paho.mqtt.client as mqtt
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=p.get("client_id", "bp8-pub"))
    if any(r["tool"] == "paho_mqtt_connect" for r in recent):
        c.connect("127.0.0.1", 1883); c.loop_start(); time.sleep(0.3)
    info = c.publish(p["topic"], p["payload"], qos=p.get("qos", 0))
    if info.rc != mqtt.MQTT_ERR_SUCCESS:
        raise RuntimeError(f"publish failed rc={info.rc}: {mqtt.error_string(info.rc)}")
    c.loop_stop()
    return f"published mid={info.mid}"

def pika_queue_bind(p, recent):
    import pika
    conn = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", credentials=pika.PlainCredentials("guest", "guest")))
    ch = conn.channel()
    for r in recent:
        if r["tool"] == "pika_exchange_declare":
            ch.exchange_declare(**r["params"])
        if r["tool"] == "pika_queue_declare":
            ch.queue_declare(**r["params"])
    ch.queue_bind(queue=p["queue"], exchange=p["exchange"], routing_key=p.get("routing_key"))
    conn.close()
    return "bound"

def schedule_meeting(p, recent):
    from pydantic import BaseModel
    class ScheduleMeeting(BaseModel):
        title: str
        start: datetime.datetime
        duration_minutes: int
        attendees: list[str] = []
    m = ScheduleMeeting.model_validate(p)
    return f"scheduled {m.title} at {m.start.isoformat()}"

TICKET_SCHEMA = {
    "type": "object", "required": ["project", "title", "priority"],
    "properties": {"project": {"type": "string"}, "title": {"type": "string", "minLength": 1},
                   "priority": {"enum": ["low", "medium", "high"]}, "labels": {"type": "array", "items": {"type": "string"}}},
}

def create_ticket(p, recent):
    import jsonschema
    jsonschema.validate(p, TICKET_SCHEMA)
    return f"created ticket in {p['project']}"

if __name__ == "__main__":
    tool, params, recent = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
    try:
        print(globals()[tool](params, recent))
    except Exception as e:
        msg = str(e)
        print(f"{type(e).__module__}.{type(e).__name__}: {msg}" if type(e).__module__ != "builtins" else f"{type(e).__name__}: {msg}")
        sys.exit(1)
