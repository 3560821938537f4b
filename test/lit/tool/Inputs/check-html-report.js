// Loads an HTML report of conncheck in headless Chromium and checks what a
// reader sees: every finding is there, its held window is shaded on the
// expected lines, the page makes no request, and it renders (a screenshot).
//
//   node check-html-report.js <report.html> <screenshot.png> [dark]
//        <id>:<call line>:<first held line>-<last held line> ...
//
// Prints one line per check; exits non-zero on the first failure.
const { chromium } = require('playwright-core');
const path = require('path');

function fail(msg) {
  console.log('FAIL: ' + msg);
  process.exit(1);
}

(async () => {
  const args = process.argv.slice(2);
  const [report, shot] = args;
  const dark = args.includes('dark');
  const expected = args.slice(2).filter(a => a !== 'dark').map(a => {
    const m = /^(f\d+):(\d+):(\d+)-(\d+)$/.exec(a);
    if (!m) fail('bad expectation ' + a);
    return { id: m[1], call: +m[2], begin: +m[3], end: +m[4] };
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({
    viewport: { width: 1200, height: 900 },
    colorScheme: dark ? 'dark' : 'light',
  });
  const url = 'file://' + path.resolve(report);
  const requests = [];
  page.on('request', r => { if (r.url() !== url) requests.push(r.url()); });
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });

  // Every finding, collapsed until asked.
  const ids = await page.$$eval('details.finding', ds => ds.map(d => d.id));
  console.log('findings: ' + ids.length);
  const open = await page.$$eval('details.finding[open]', ds => ds.length);
  console.log('open at load: ' + open);
  for (const e of expected)
    if (!ids.includes(e.id)) fail('finding ' + e.id + ' missing');

  await page.click('#expand');
  for (const e of expected) {
    const seen = await page.$eval('#' + e.id, d => {
      const pre = d.querySelector('div.src');
      const lines = [...pre.querySelectorAll('.line')].map(l => ({
        n: +l.getAttribute('data-line'),
        held: l.classList.contains('held'),
        call: l.classList.contains('call-line'),
        visible: l.getBoundingClientRect().height > 0,
        shade: getComputedStyle(l).backgroundColor,
      }));
      return { lines, open: d.open };
    });
    if (!seen.open) fail(e.id + ' did not open');
    const held = seen.lines.filter(l => l.held).map(l => l.n);
    const wrong = seen.lines.filter(l => l.held !== (l.n >= e.begin && l.n <= e.end));
    if (wrong.length)
      fail(e.id + ': lines shaded wrongly: ' + wrong.map(l => l.n).join(','));
    if (!held.includes(e.begin) || !held.includes(e.end))
      fail(e.id + ': window ' + e.begin + '-' + e.end + ' not shown whole');
    const call = seen.lines.filter(l => l.call).map(l => l.n);
    if (!call.includes(e.call)) fail(e.id + ': call line ' + e.call + ' not marked');
    const plain = seen.lines.find(l => !l.held);
    const shaded = seen.lines.find(l => l.held && !l.call && l.n !== e.begin && l.n !== e.end);
    if (!seen.lines.every(l => l.visible)) fail(e.id + ': a line is not rendered');
    if (plain && shaded && plain.shade === shaded.shade)
      fail(e.id + ': the window is not shaded differently');
    console.log(e.id + ': held ' + e.begin + '-' + e.end + ', call at ' + e.call);
  }

  // The search box narrows the list.
  await page.fill('#search', 'sleep');
  const shown = await page.$$eval('details.finding', ds => ds.filter(d => !d.hidden).length);
  console.log('search "sleep": ' + shown + ' shown');
  await page.fill('#search', '');

  await page.screenshot({ path: shot, fullPage: false });
  console.log('screenshot: written');
  console.log('requests: ' + requests.length);
  for (const r of requests) console.log('request: ' + r);
  if (errors.length) fail('script errors: ' + errors.join('; '));
  await browser.close();
})().catch(e => fail(String(e && e.stack || e)));
