#!/usr/bin/env python3
"""Blind prevention set 4 generator. Runs every learn/repeat/good call against the real tool,
records the real output for learn items, and checks repeats fail / goods succeed.
Tools (npm SDKs, PyPI libs) come from $BLIND4_TOOLS (default: .tools beside this file).
Scratch: /tmp/bp4/work. Writes scenarios.jsonl beside this file (and gen_report.json)."""
import json, os, re, shutil, subprocess, sys, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.abspath(os.environ.get('BLIND4_TOOLS', os.path.join(HERE, '.tools')))
W = '/tmp/bp4/work'
ENV = dict(os.environ, NODE_PATH=os.path.join(TOOLS, 'node', 'node_modules'),
           PYTHONPATH=os.path.join(TOOLS, 'py'), NO_COLOR='1', LANG='C.UTF-8')
ANSI = re.compile(r'\x1b\[[0-9;]*[A-Za-z]')

def sh(argv, cwd=W, stdin=None):
    r = subprocess.run(argv, cwd=cwd, input=stdin, capture_output=True, text=True, env=ENV, timeout=60)
    out = ANSI.sub('', (r.stdout + r.stderr)).strip()
    return r.returncode, out

def node(action):
    return lambda p: sh(['node', os.path.join(HERE, 'drivers', 'driver.js'), action, json.dumps(p)])
def py(action):
    return lambda p: sh([sys.executable, os.path.join(HERE, 'drivers', 'driver.py'), action, json.dumps(p)])

def psql(sql):
    subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-qc', sql], capture_output=True)
def maria(sql):
    subprocess.run(['mariadb', '-uroot', '-h127.0.0.1', 'test', '-e', sql], capture_output=True)

def write(rel, text):
    path = os.path.join(W, rel); os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w').write(textwrap.dedent(text).lstrip())

def setup():
    shutil.rmtree(W, ignore_errors=True); os.makedirs(W)
    psql('DROP TABLE IF EXISTS bp4_users, bp4_events, bp4_events_2026; '
         'CREATE TABLE bp4_users (id int PRIMARY KEY, email text); '
         "INSERT INTO bp4_users VALUES (1,'a@x.test'),(2,'b@x.test'); "
         'CREATE TABLE bp4_events (id int, kind text);')
    maria('DROP TABLE IF EXISTS bp4_orders; DROP DATABASE IF EXISTS bp4_shopdb; '
          'CREATE TABLE bp4_orders (id int PRIMARY KEY, placed date); '
          "INSERT INTO bp4_orders VALUES (1,'2026-01-05'); CREATE DATABASE bp4_shopdb;")
    write('data.csv', 'id,kind\n1,click\n2,view\n')
    write('export.json', '{"rows": [1, 2]}\n')
    subprocess.run(['tar', 'czf', 'dist.tar.gz', 'data.csv'], cwd=W)
    subprocess.run(['sqlite3', 'app.db', 'CREATE TABLE t(a); INSERT INTO t VALUES (1);'], cwd=W)
    subprocess.run(['sqlite3', 'ready.db', 'CREATE TABLE orders(id INTEGER PRIMARY KEY, total REAL);'], cwd=W)
    write('schema.sql', 'CREATE TABLE orders(id INTEGER PRIMARY KEY, total REAL);\n')
    write('seed.sql', 'INSERT INTO orders(total) VALUES (9.5);\nINSERT INTO orders(total) VALUES (3.0);\n')
    write('seed_more.sql', 'INSERT INTO orders(id, total) VALUES (10, 1.25);\n')
    write('report.sql', 'SELECT count(*), sum(total) FROM orders;\n')
    py('duckdb_query')({'database': os.path.join(W, 'analytics.duckdb'),
        'sql': "CREATE TABLE events AS SELECT * FROM (VALUES (DATE '2026-01-05', 'click'), (DATE '2026-03-01', 'view')) t(day, kind)"})
    # pytest project
    write('pyproj/tests/test_math.py', '''
        def test_add():
            assert 1 + 1 == 2

        def test_sub():
            assert 3 - 1 == 2
        ''')
    # java
    write('java/src/Hello.java', 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    write('java/src/Report.java', 'public class Report { public static void main(String[] a) { System.out.println("report"); } }\n')
    subprocess.run(['javac', '-d', 'build', 'src/Hello.java'], cwd=os.path.join(W, 'java'))
    write('java/manifest.txt', 'Main-Class: Hello\n')
    subprocess.run(['jar', 'cfm', 'hello.jar', 'manifest.txt', '-C', 'build', 'Hello.class'], cwd=os.path.join(W, 'java'))
    # node / ruby / php scripts
    write('js/report.js', "const dayjs = require('dayjs');\nconsole.log(dayjs().format('YYYY'));\n")
    write('js/stamp.js', "const utc = require('dayjs/plugin/utc');\nconsole.log(typeof utc);\n")
    write('js/export.js', "const dayjs = require('dayjs');\nmodule.exports = () => dayjs();\nconsole.log('x');\n")
    write('js/ok.js', "const path = require('node:path');\nconsole.log(path.basename('/a/b.txt'));\n")
    write('js/ok.mjs', "import { basename } from 'node:path';\nconsole.log(basename('/a/c.txt'));\n")
    write('js/fs_ok.js', "const fs = require('fs');\nconsole.log(fs.existsSync('.'));\n")
    write('py/manage.py', 'import sys\n\ndef main():\n    print("manage", sys.argv)\n\nif __name__ == "__main__":\n    main()\n')
    write('py/etl.py', 'from pathlib import Path\nprint(Path(".").resolve())\n')
    write('py/setup_db.py', 'import sqlite3\ncon = sqlite3.connect(":memory:")\nprint(con)\n')
    write('py/cli.py', 'def run(args):\n    return len(args)\n\nprint(run([1, 2]))\n')
    write('rb/scrape.rb', "require 'nokogiri'\nputs Nokogiri::VERSION\n")
    write('rb/parse.rb', "require 'nokogiri'\ndoc = Nokogiri::HTML('<p>x</p>')\nputs doc.text\n")
    write('rb/export.rb', "require 'json'\nrequire 'nokogiri'\nputs [1].to_json\n")
    write('rb/ok.rb', "require 'json'\nputs({ a: 1 }.to_json)\n")
    write('rb/ok_csv.rb', "require 'csv'\nputs CSV.generate_line([1, 2])\n")
    write('php/public/index.php', "<?php echo 'ok', PHP_EOL;\n")
    write('php/bin/console.php', "<?php echo 'console ', $argv[1] ?? '', PHP_EOL;\n")
    write('yaml/ok.yaml', '---\nname: bp4\nitems:\n  - a\n  - b\n')
    # a local gem for gem_install good calls
    write('gem/bp4hello.gemspec', '''
        Gem::Specification.new do |s|
          s.name = "bp4hello"; s.version = "0.1.0"; s.summary = "bp4 test gem"; s.authors = ["bp4"]
          s.files = ["lib/bp4hello.rb"]; s.license = "MIT"
        end
        ''')
    write('gem/lib/bp4hello.rb', 'module Bp4hello; end\n')
    subprocess.run(['gem', 'build', 'bp4hello.gemspec'], cwd=os.path.join(W, 'gem'), capture_output=True)
    write('bundle_ok/Gemfile', '# frozen_string_literal: true\n')
    os.makedirs(os.path.join(W, 'bundle_empty'), exist_ok=True)
    os.makedirs(os.path.join(W, 'php_empty'), exist_ok=True)
    # amqp fixtures
    node('amqp')({'op': 'assert_queue', 'queue': 'bp4.orders', 'options': {'durable': True, 'arguments': {'x-message-ttl': 60000}}})
    node('amqp')({'op': 'assert_queue', 'queue': 'bp4.orders.retry', 'options': {'durable': True}})
    node('amqp')({'op': 'assert_exchange', 'exchange': 'bp4.billing', 'type': 'topic', 'options': {'durable': False}})

def teardown():
    psql('DROP TABLE IF EXISTS bp4_users, bp4_events, bp4_events_2026, bp4_events_v2;')
    maria('DROP TABLE IF EXISTS bp4_orders; DROP DATABASE IF EXISTS bp4_shopdb; DROP DATABASE IF EXISTS bp4_shopdb2;')
    sh(['node', '-e', '''
      (async()=>{const a=require('amqplib');const c=await a.connect('amqp://guest:guest@127.0.0.1:5672');
      const ch=await c.createChannel();
      for (const q of ['bp4.orders','bp4.orders.retry','bp4.orders.v2','bp4.audit']) await ch.deleteQueue(q);
      for (const e of ['bp4.billing']) await ch.deleteExchange(e);
      await c.close();})()'''])
    sh(['redis-cli', 'DEL', 'bp4:session', 'bp4:cache:user:1', 'bp4:rate', 'bp4:board', 'bp4:tx'])

# ---- tool runners -------------------------------------------------------------
def sqlite3_exec(p):
    return sh(['sqlite3', '-bail', p['database']], stdin=p['sql'] + '\n')
def sqlite3_mode(p):
    return sh(['sqlite3', '-bail', p['database']], stdin=f".mode {p['mode']}\n{p['sql']}\n")
def sqlite3_import(p):
    args = ' '.join(x for x in ['--csv' if p.get('csv') else '', f"--skip {p['skip']}" if p.get('skip') else '',
                                p.get('file', ''), p.get('table', '')] if x)
    return sh(['sqlite3', '-bail', p['database']], stdin=f'.import {args}\n')
def sqlite3_run_script(p):
    return sh(['sqlite3', '-bail', p['database']], stdin=open(os.path.join(W, p['script'])).read())
def php_date_convert(p):
    return sh(['php', '-r', 'echo (new DateTime($argv[1], new DateTimeZone($argv[2])))->format(DATE_ATOM), PHP_EOL;',
               p['datetime'], p['timezone']])
def php_json_decode(p):
    return sh(['php', '-r', 'var_export(json_decode($argv[1], true, 512, JSON_THROW_ON_ERROR));', p['json']])
def php_run(p):
    return sh(['php', p['script']] + p.get('args', []), cwd=os.path.join(W, p.get('cwd', 'php')))
def gem_contents(p):
    a = ['gem', 'contents', p['gem']]
    if p.get('version'): a += ['--version', p['version']]
    if p.get('show_install_dir'): a += ['--show-install-dir']
    return sh(a)
def gem_install(p):
    a = ['gem', 'install']
    if p.get('gem'): a.append(p['gem'])
    if p.get('version'): a += ['--version', p['version']]
    if p.get('local'): a.append('--local')
    if p.get('install_dir'): a += ['--install-dir', p['install_dir']]
    if p.get('no_document'): a.append('--no-document')
    if p.get('platform'): a += ['--platform', p['platform']]
    return sh(a, cwd=os.path.join(W, 'gem'))
def pytest_run(p):
    a = [sys.executable, '-m', 'pytest', '-p', 'no:cacheprovider', '-p', 'no:benchmark']
    if 'maxfail' in p: a.append(f"--maxfail={p['maxfail']}")
    if p.get('quiet'): a.append('-q')
    if p.get('exitfirst'): a.append('-x')
    if 'keyword' in p: a += ['-k'] + ([p['keyword']] if p['keyword'] is not None else [])
    a += p.get('targets', [])
    return sh(a, cwd=os.path.join(W, 'pyproj'))
def java_run(p):
    a = ['java']
    if p.get('max_heap'): a.append(f"-Xmx{p['max_heap']}")
    if p.get('jar'): a += ['-jar', p['jar']]
    else: a += ['-cp', p.get('classpath', 'build'), p['main_class']]
    return sh(a + p.get('args', []), cwd=os.path.join(W, 'java'))
def javac_compile(p):
    a = ['javac']
    if p.get('output_dir'): a += ['-d', p['output_dir']]
    if p.get('release'): a += ['--release', str(p['release'])]
    if p.get('classpath'): a += ['-cp', p['classpath']]
    return sh(a + p.get('sources', []), cwd=os.path.join(W, 'java'))
def yamllint_lint(p):
    a = ['yamllint']
    if p.get('format'): a += ['-f', p['format']]
    if p.get('strict'): a.append('--strict')
    if p.get('no_warnings'): a.append('--no-warnings')
    if p.get('config_data'): a += ['-d', p['config_data']]
    return sh(a + p.get('files', []), cwd=os.path.join(W, 'yaml'))
def node_run(p):
    return sh(['node', p['script']] + p.get('args', []), cwd=os.path.join(W, p.get('cwd', 'js')))
def ruby_run(p):
    return sh(['ruby', p['script']] + p.get('args', []), cwd=os.path.join(W, p.get('cwd', 'rb')))
def bundle_install(p):
    a = ['bundle3.1', 'install']
    if p.get('local'): a.append('--local')
    if p.get('gemfile'): a += ['--gemfile', p['gemfile']]
    return sh(a, cwd=os.path.join(W, p['project_dir']))

R = {}
def reg(name, fn): R[name] = fn
for n, f in list(globals().items()):
    if callable(f) and n in ('sqlite3_exec', 'sqlite3_mode', 'sqlite3_import', 'sqlite3_run_script', 'php_date_convert',
                             'php_json_decode', 'php_run', 'gem_contents', 'gem_install', 'pytest_run', 'java_run',
                             'javac_compile', 'yamllint_lint', 'node_run', 'ruby_run', 'bundle_install'):
        reg(n, f)
reg('asyncpg_fetch', py('asyncpg_fetch'))
reg('duckdb_query', py('duckdb_query'))
reg('pg_node_query', node('pg_query'))
reg('mysql2_execute', node('mysql2_execute'))
reg('mysql2_query', node('mysql2_query'))
for n in ('ioredis_set', 'ioredis_zadd', 'ioredis_exec'): reg(n, node('ioredis_call'))
for n in ('amqplib_check_queue', 'amqplib_bind_queue', 'amqplib_assert_queue'): reg(n, node('amqp'))

sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS  # noqa: E402  (kept in a separate file for readability)

def main():
    setup()
    out, report = [], []
    try:
        for s in SCENARIOS:
            run = R[s['tool']]
            row = {k: s[k] for k in ('id', 'category', 'tool', 'source')}
            row['learn'], row['repeats'], row['good'] = [], [], []
            probs = []
            for it in s['learn']:
                rc, text = run(it['params'])
                if rc == 0: probs.append(f"learn succeeded: {it['params']} -> {text[:120]}")
                e = {'params': it['params'], 'error': text[:2000]}
                if 'recent_calls' in it: e['recent_calls'] = it['recent_calls']
                row['learn'].append(e)
            for it in s['repeats']:
                rc, text = run(it['params'])
                if rc == 0: probs.append(f"repeat succeeded: {it['params']}")
                report.append({'id': s['id'], 'kind': 'repeat', 'params': it['params'], 'rc': rc, 'out': text[:300]})
                row['repeats'].append(it)
            for it in s['good']:
                rc, text = run(it['params'])
                if rc != 0: probs.append(f"good failed: {it['params']} -> {text[:200]}")
                report.append({'id': s['id'], 'kind': 'good', 'params': it['params'], 'rc': rc, 'out': text[:300]})
                row['good'].append(it)
            if s.get('after'): s['after']()
            for pr in probs: print(f"[{s['id']}] PROBLEM {pr}")
            out.append(row)
    finally:
        teardown()
    with open(os.path.join(HERE, 'scenarios.jsonl'), 'w') as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + '\n')
    json.dump(report, open(os.path.join(HERE, 'gen_report.json'), 'w'), indent=1)
    print(f'wrote {len(out)} scenarios')

if __name__ == '__main__':
    main()
