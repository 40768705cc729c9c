# usage: python3 driver.py ACTION '{json}' -- prints result or "<ExcClass>: message", exit 1 on error
import sys, json, asyncio
action, raw = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else '{}')
p = json.loads(raw)
def asyncpg_fetch():
    import asyncpg
    async def go():
        c = await asyncpg.connect(host='127.0.0.1', port=5432, user='postgres', database=p.get('database', 'test'))
        try:
            rows = await c.fetch(p['query'], *p.get('args', []))
            return [dict(r) for r in rows]
        finally:
            await c.close()
    return asyncio.run(go())
def duckdb_query():
    import duckdb
    con = duckdb.connect(p.get('database', ':memory:'), read_only=p.get('read_only', False))
    try:
        if p.get('setup'):
            con.execute(p['setup'])
        r = con.execute(p['sql'], p['params']) if 'params' in p else con.execute(p['sql'])
        try:
            return r.fetchall()
        except Exception:
            return 'ok'
    finally:
        con.close()
try:
    out = globals()[action]()
    print(json.dumps(out, default=str))
except Exception as e:
    print(f"{type(e).__module__ + '.' if type(e).__module__ not in ('builtins',) else ''}{type(e).__name__}: {e}")
    sys.exit(1)
