#!/usr/bin/env python3
"""conncheck benchmark: cost per translation unit against the parse, and the
whole-project run at -j1 and -j2 with its link step.

    bench/bench.py [--build build] [--reps 5] [--project-files 200]

Run after building (scripts/build.sh). Per file, in one run and alternating
between the tools so that machine noise hits them alike:
  parse     clang-19 -fsyntax-only (the floor: an AST analyzer parses too)
  conncheck build/bin/conncheck
  plugin    clang-tidy-19 -load libconncheck-tidy.so -checks='-*,conncheck-*'
  csa       clang-19 --analyze -Xanalyzer -analyzer-checker=unix.BlockInCriticalSection
It prints the median wall time and peak memory (max RSS) of each, and the
ratios conncheck/parse, plugin/parse and csa/conncheck. Then it generates a
project whose transactions are in one half of the files and the slow calls
they reach in the other half, and times `conncheck -p` at -j1 and -j2, and
the per-file step and the link step as separate processes.
Nothing here is asserted: it is a measurement, not a test.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Translation units that include heavy real headers (Debian 12 packages).
UNITS = {
    'libpqxx+curl': ('''
#include <pqxx/pqxx>
#include <curl/curl.h>
#include <string>
static bool post(const std::string &url) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK;
}
void save(pqxx::connection &c, int id) {
  pqxx::work tx(c);
  tx.exec0("UPDATE orders SET state = 'paid' WHERE id = " + std::to_string(id));
  post("https://hooks.example/paid");
  tx.commit();
}
''', []),
    'boost-beast-asio': ('''
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <pqxx/pqxx>
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;
void fetch_and_store(pqxx::connection &c, boost::asio::io_context &ioc) {
  pqxx::work tx(c);
  tcp::resolver resolver(ioc);
  beast::tcp_stream stream(ioc);
  stream.connect(resolver.resolve("example.com", "80"));
  http::request<http::string_body> req{http::verb::get, "/", 11};
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response<http::dynamic_body> res;
  http::read(stream, buffer, res);
  tx.commit();
}
''', []),
    'poco-data-net': ('''
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
void sync(Poco::Data::SessionPool &pool) {
  Poco::Data::Session s = pool.get();
  Poco::Net::HTTPClientSession http("example.com");
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/");
  http.sendRequest(req);
  Poco::Net::HTTPResponse res;
  http.receiveResponse(res);
}
''', []),
    'cpp-httplib+soci': ('''
#include <httplib.h>
#include <soci/soci.h>
void enrich(soci::connection_pool &pool) {
  soci::session sql(pool);
  soci::transaction tx(sql);
  httplib::Client cli("http://example.com");
  auto res = cli.Get("/enrich");
  tx.commit();
}
''', []),
    'soci': ('''
#include <soci/soci.h>
#include <thread>
void retry(soci::connection_pool &pool) {
  std::size_t pos = pool.lease();
  for (int i = 0; i < 3; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  pool.give_back(pos);
}
''', []),
}


def example_unit():
    ex = os.path.join(ROOT, 'examples', 'spec-service')
    return (os.path.join(ex, 'bad', 'spec_writer.cpp'),
            ['-I' + os.path.join(ex, 'include'), '-isystem',
             os.path.join(ROOT, 'test', 'stubs', 'aws')],
            os.path.join(ex, 'conncheck-rules.json'))


def run(cmd, cwd=None):
    """Wall seconds and peak RSS (MiB) of one process, from wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code < 0 or code > 2 and 'clang-tidy' not in cmd[0]:
        sys.exit('benchmark: %s failed (exit %d):\n%s' % (' '.join(cmd), code, err))
    return wall, usage.ru_maxrss / 1024.0


def tools(build, source, flags, rules):
    std = ['-std=c++17'] + flags
    conncheck = [os.path.join(build, 'bin', 'conncheck')]
    tidy = ['clang-tidy-19', '-load', os.path.join(build, 'lib', 'libconncheck-tidy.so'),
            '-checks=-*,conncheck-*', '--quiet']
    if rules:
        conncheck += ['--rules', rules]
        tidy += ['-config={CheckOptions: {RulePacks: "%s"}}' % rules]
    return [
        ('parse', ['clang-19', '-fsyntax-only', '-w'] + std + [source]),
        ('conncheck', conncheck + [source, '--'] + std),
        ('plugin', tidy + [source, '--'] + std),
        ('csa', ['clang-19', '--analyze', '-Xanalyzer',
                 '-analyzer-checker=unix.BlockInCriticalSection', '-w'] + std +
         [source, '-o', '/dev/null']),
    ]


def per_file(build, reps, work):
    units = []
    for name, (text, flags) in UNITS.items():
        path = os.path.join(work, name + '.cpp')
        with open(path, 'w') as f:
            f.write(text)
        units.append((name, path, flags, None))
    src, flags, rules = example_unit()
    units.append(('bundled example', src, flags, rules))

    print('Per translation unit: median of %d runs, alternating tools' % reps)
    print('%-18s %9s %9s %9s %9s | %7s %7s %7s | %8s %8s %8s' % (
        'unit', 'parse s', 'conn s', 'plugin s', 'csa s', 'conn/p', 'plug/p',
        'csa/con', 'parse MB', 'conn MB', 'mem c/p'))
    ratios = {'conn': [], 'plugin': [], 'mem': []}
    for name, path, flags, rules in units:
        runs = tools(build, path, flags, rules)
        wall = {t: [] for t, _ in runs}
        mem = {t: [] for t, _ in runs}
        for _ in range(reps):
            for tool, cmd in runs:
                w, m = run(cmd)
                wall[tool].append(w)
                mem[tool].append(m)
        med = {t: statistics.median(v) for t, v in wall.items()}
        peak = {t: statistics.median(v) for t, v in mem.items()}
        ratios['conn'].append(med['conncheck'] / med['parse'])
        ratios['plugin'].append(med['plugin'] / med['parse'])
        ratios['mem'].append(peak['conncheck'] / peak['parse'])
        print('%-18s %9.2f %9.2f %9.2f %9.2f | %7.2f %7.2f %7.2f | %8.0f %8.0f %8.2f' % (
            name, med['parse'], med['conncheck'], med['plugin'], med['csa'],
            med['conncheck'] / med['parse'], med['plugin'] / med['parse'],
            med['csa'] / med['conncheck'], peak['parse'], peak['conncheck'],
            peak['conncheck'] / peak['parse']))
    print('median over units: conncheck/parse %.2f, plugin/parse %.2f, '
          'conncheck memory/parse memory %.2f' % (
              statistics.median(ratios['conn']), statistics.median(ratios['plugin']),
              statistics.median(ratios['mem'])))


def generate_project(root, files):
    """Half the files open transactions and call a notifier defined in the
    other half, which makes the HTTP call through a helper of its own."""
    os.makedirs(os.path.join(root, 'src'))
    pairs = max(1, files // 2)
    with open(os.path.join(root, 'src', 'svc.h'), 'w') as f:
        f.write('#pragma once\nnamespace svc {\n')
        for i in range(pairs):
            f.write('void notify_%d(int id);\nint score_%d(int id);\n' % (i, i))
        f.write('}\n')
    entries = []
    for i in range(pairs):
        orders = os.path.join(root, 'src', 'orders_%d.cpp' % i)
        with open(orders, 'w') as f:
            f.write('''#include "svc.h"
#include <pqxx/pqxx>
#include <string>
void save_%(i)d(pqxx::connection &c, int id) {
  pqxx::work tx(c);
  tx.exec0("UPDATE orders SET state = 'paid' WHERE id = " + std::to_string(id));
  svc::notify_%(i)d(id);
  tx.commit();
}
int rank_%(i)d(pqxx::connection &c, int id) {
  pqxx::work tx(c);
  int s = svc::score_%(i)d(id);
  tx.commit();
  return s;
}
''' % {'i': i})
        client = os.path.join(root, 'src', 'client_%d.cpp' % i)
        with open(client, 'w') as f:
            f.write('''#include "svc.h"
#include <curl/curl.h>
#include <string>
namespace {
bool post(const std::string &url) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK;
}
}
void svc::notify_%(i)d(int id) { post("https://hooks.example/" + std::to_string(id)); }
int svc::score_%(i)d(int id) { return id * 3 + %(i)d; }
''' % {'i': i})
        for path in (orders, client):
            entries.append({'directory': root, 'file': path,
                            'command': 'c++ -std=c++17 -c %s' % path})
    with open(os.path.join(root, 'compile_commands.json'), 'w') as f:
        json.dump(entries, f, indent=1)
    return len(entries), pairs


def project(build, files, work):
    root = os.path.join(work, 'project')
    units, expected = generate_project(root, files)
    conncheck = os.path.join(build, 'bin', 'conncheck')
    print('\nWhole project: %d translation units (%d cross-file findings expected)'
          % (units, expected))

    def findings(extra):
        out = subprocess.run([conncheck, '-p', root, '--format', 'sarif'] + extra,
                             capture_output=True, text=True)
        return len(json.loads(out.stdout)['runs'][0]['results'])

    # The analysis itself: no cache, or the second run would not analyse.
    j1, _ = run([conncheck, '-p', root, '-j1', '--no-cache'])
    j2, _ = run([conncheck, '-p', root, '-j2', '--no-cache'])
    facts = os.path.join(work, 'facts')
    step, _ = run([conncheck, '-p', root, '-j2', '--facts-dir', facts, '--facts-only',
                   '--no-cache'])
    link, link_mem = run([conncheck, '--link', '--facts-dir', facts])
    got = findings(['-j2', '--no-cache'])
    print('  conncheck -p -j1          %7.1f s' % j1)
    print('  conncheck -p -j2          %7.1f s   (speed-up %.2fx)' % (j2, j1 / j2))
    print('  per-file step -j2         %7.1f s   (--facts-only)' % step)
    print('  link step                 %7.2f s   (%.1f%% of the -j2 total, %.0f MB)'
          % (link, 100.0 * link / (step + link), link_mem))
    print('  findings: %d (expected %d)' % (got, expected))
    cache(conncheck, root, work, link)


def cache(conncheck, root, work, link):
    """The facts cache: a cold run, a re-run with nothing changed, a re-run
    after one file changed (against that unit's own analysis plus the
    link), and a commit's git hook on a warm cache."""
    dir_ = os.path.join(work, 'cache')
    cmd = [conncheck, '-p', root, '-j2', '--cache-dir', dir_]
    cold, _ = run(cmd)
    warm, _ = run(cmd)
    changed = os.path.join(root, 'src', 'client_0.cpp')
    with open(changed, 'a') as f:
        f.write('// edited\n')
    one, _ = run(cmd)
    alone, _ = run([conncheck, '-p', root, '--no-cache', changed])
    print('\nFacts cache (%s units, -j2)' % len(json.load(open(
        os.path.join(root, 'compile_commands.json')))))
    print('  cold run                  %7.2f s' % cold)
    print('  nothing changed           %7.2f s   (%.1f%% of cold; target <= 5%%)'
          % (warm, 100.0 * warm / cold))
    print('  one file changed          %7.2f s   (%.2fx its own analysis %.2f s + link %.2f s;'
          ' target <= 1.3x)' % (one, one / (alone + link), alone, link))
    hook(conncheck, root)


def hook(conncheck, root):
    """A commit through the git hook, on a warm cache: the changed unit is
    analysed, the rest comes from the cache, and all of it is linked."""
    env = dict(os.environ, CONNCHECK=conncheck, CONNCHECK_BUILD_DIR=root)
    git = lambda *a: subprocess.run(['git', '-C', root] + list(a), check=True,
                                    env=env, stdout=subprocess.DEVNULL)
    git('init', '-q')
    git('-c', 'user.email=b@example.invalid', '-c', 'user.name=bench',
        'add', 'src', 'compile_commands.json')
    git('-c', 'user.email=b@example.invalid', '-c', 'user.name=bench',
        'commit', '-q', '-m', 'base')
    run([conncheck, '-p', root, '-j2'])  # the warm default cache
    os.symlink(os.path.join(ROOT, 'scripts', 'git-pre-commit-hook'),
               os.path.join(root, '.git', 'hooks', 'pre-commit'))
    with open(os.path.join(root, 'src', 'client_1.cpp'), 'a') as f:
        f.write('// edited\n')
    git('add', 'src/client_1.cpp')
    start = time.perf_counter()
    subprocess.run(['git', '-C', root, '-c', 'user.email=b@example.invalid',
                    '-c', 'user.name=bench', 'commit', '-q', '-m', 'edit'],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print('  git commit with the hook  %7.2f s   (one unit changed, warm cache)'
          % (time.perf_counter() - start))


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--build', default=os.path.join(ROOT, 'build'))
    p.add_argument('--reps', type=int, default=5)
    p.add_argument('--project-files', type=int, default=200)
    p.add_argument('--only', choices=['per-file', 'project'])
    args = p.parse_args()
    for tool in ('clang-19', 'clang-tidy-19'):
        if not shutil.which(tool):
            sys.exit('benchmark: %s not found (scripts/install-deps.sh installs it)' % tool)
    work = tempfile.mkdtemp(prefix='conncheck-bench-')
    try:
        if args.only != 'project':
            per_file(args.build, args.reps, work)
        if args.only != 'per-file':
            project(args.build, args.project_files, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
