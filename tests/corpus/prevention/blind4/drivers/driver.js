// usage: node driver.js ACTION '{json params}'  -- prints result or "Error: ..." as a wrapper tool would, exit 1 on error
const [action, raw] = process.argv.slice(2);
const p = JSON.parse(raw || '{}');
function fail(e) {
  let msg = `${e.name || 'Error'}: ${e.message}`;
  if (e.code && !String(e.message).includes(e.code)) msg += ` (code: ${e.code})`;
  console.log(msg); process.exit(1);
}
const acts = {
  async pg_query() {
    const { Client } = require('pg');
    const c = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: p.database || 'test' });
    await c.connect();
    try { const r = await c.query(p.sql, p.values); console.log(JSON.stringify(Array.isArray(r) ? r.map(x=>x.rows) : r.rows)); }
    finally { await c.end(); }
  },
  async mysql2_execute() {
    const mysql = require('mysql2/promise');
    const c = await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: p.database || 'test' });
    try { const [rows] = await c.execute(p.sql, p.values); console.log(JSON.stringify(rows)); }
    finally { await c.end(); }
  },
  async mysql2_query() {
    const mysql = require('mysql2/promise');
    const c = await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: p.database || 'test' });
    try { const [rows] = await c.query(p.sql, p.values); console.log(JSON.stringify(rows)); }
    finally { await c.end(); }
  },
  async ioredis_call() {
    const Redis = require('ioredis');
    const r = new Redis({ port: 6379, maxRetriesPerRequest: 1 });
    try {
      if (p.pipeline) { for (const cmd of p.pipeline) { console.log(JSON.stringify(await r.call(cmd[0], ...cmd.slice(1)))); } }
      else console.log(JSON.stringify(await r.call(p.command, ...(p.args || []))));
    } finally { r.disconnect(); }
  },
  async amqp() {
    const amqp = require('amqplib');
    const conn = await amqp.connect('amqp://guest:guest@127.0.0.1:5672');
    conn.on('error', () => {});
    const ch = await conn.createChannel(); ch.on('error', () => {});
    try {
      let r;
      if (p.op === 'check_queue') r = await ch.checkQueue(p.queue);
      else if (p.op === 'check_exchange') r = await ch.checkExchange(p.exchange);
      else if (p.op === 'bind_queue') r = await ch.bindQueue(p.queue, p.exchange, p.routing_key || '');
      else if (p.op === 'assert_queue') r = await ch.assertQueue(p.queue, p.options || {});
      else if (p.op === 'assert_exchange') r = await ch.assertExchange(p.exchange, p.type, p.options || {});
      console.log(JSON.stringify(r || 'ok'));
    } finally { try { await conn.close(); } catch (e) {} }
  },
  async mqtt_publish() {
    const mqtt = require('mqtt');
    const c = await mqtt.connectAsync('mqtt://127.0.0.1:1883', { reconnectPeriod: 0 });
    try { await c.publishAsync(p.topic, p.payload, { qos: p.qos ?? 0, retain: !!p.retain }); console.log('published'); }
    finally { await c.endAsync(); }
  },
  async nats_publish() {
    const { connect, StringCodec } = require('nats');
    const nc = await connect({ servers: '127.0.0.1:4222' });
    try { nc.publish(p.subject, StringCodec().encode(p.payload || '')); await nc.flush(); console.log('published'); }
    finally { await nc.close(); }
  },
};
(async () => { try { await acts[action](); process.exit(0); } catch (e) { fail(e); } })();
