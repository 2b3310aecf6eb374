// SPDX-License-Identifier: MPL-2.0
// The source check's pure parts (extension/background/sources.js): the rate limiter,
// Crossref and NCBI response parsing (shapes as the services send them), the status
// decisions, and the checker with a fake fetch (only identifiers leave; per-session cache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createRateLimiter, parseCrossrefWork, parseCrossrefSearch, parseEsummary, htmlTitle, decideStatus,
  decideSearchStatus, decideUrlStatus, createSourceChecker, originsFor, originsCovered, STATUSES,
} from '../../extension/background/sources.js';

function fakeClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      await Promise.resolve();
    },
    advance: (ms) => { now += ms; },
  };
}

test('rate limiter: never more than 5 starts in any second, one at a time', async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ perSecond: 5, concurrency: 1, now: clock.now, sleep: clock.sleep });
  const starts = [];
  let running = 0;
  let maxRunning = 0;
  await Promise.all(Array.from({ length: 12 }, (_, i) => limiter.schedule(async () => {
    starts.push(clock.now());
    running++;
    maxRunning = Math.max(maxRunning, running);
    await clock.sleep(10);
    running--;
    return i;
  })));
  assert.equal(maxRunning, 1);
  assert.equal(starts.length, 12);
  for (let i = 5; i < starts.length; i++) assert.ok(starts[i] - starts[i - 5] >= 1000, `start ${i} at ${starts[i]}`);
  // And not slower than needed: 12 requests fit in a bit over 2 seconds.
  assert.ok(starts[11] < 2200, String(starts[11]));
});

test('rate limiter: 3 per second (NCBI) and the order of requests is kept', async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ perSecond: 3, concurrency: 1, now: clock.now, sleep: clock.sleep });
  const order = [];
  const times = [];
  await Promise.all([0, 1, 2, 3, 4, 5, 6].map((i) => limiter.schedule(async () => {
    order.push(i);
    times.push(clock.now());
  })));
  assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6]);
  for (let i = 3; i < times.length; i++) assert.ok(times[i] - times[i - 3] >= 1000);
});

test('rate limiter: a failing request frees its slot', async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ perSecond: 5, concurrency: 1, now: clock.now, sleep: clock.sleep });
  await assert.rejects(limiter.schedule(async () => { throw new Error('boom'); }));
  assert.equal(await limiter.schedule(async () => 'ok'), 'ok');
  assert.equal(limiter.running, 0);
});

// A Crossref /works/{doi} body, trimmed but faithful in shape.
const ROSENFELD = {
  status: 'ok', 'message-type': 'work', 'message-version': '1.0.0',
  message: {
    DOI: '10.1177/0194599815572097', type: 'journal-article', publisher: 'Wiley',
    title: ['Clinical Practice Guideline (Update): Adult Sinusitis'],
    author: [{ given: 'Richard M.', family: 'Rosenfeld', sequence: 'first', affiliation: [] }, { given: 'Jay F.', family: 'Piccirillo', sequence: 'additional', affiliation: [] }],
    'container-title': ['Otolaryngology–Head and Neck Surgery'],
    'short-container-title': ['Otolaryngol.--head neck surg.'],
    issued: { 'date-parts': [[2015, 4]] }, 'published-print': { 'date-parts': [[2015, 4]] },
    URL: 'https://doi.org/10.1177/0194599815572097',
  },
};

test('Crossref work: title, authors, year, journal', () => {
  const r = parseCrossrefWork(ROSENFELD);
  assert.equal(r.doi, '10.1177/0194599815572097');
  assert.equal(r.title, 'Clinical Practice Guideline (Update): Adult Sinusitis');
  assert.deepEqual(r.authors, ['Rosenfeld, Richard M.', 'Piccirillo, Jay F.']);
  assert.equal(r.year, 2015);
  assert.equal(r.journal, 'Otolaryngology–Head and Neck Surgery');
  assert.equal(r.retracted, false);
  assert.equal(r.url, 'https://doi.org/10.1177/0194599815572097');
});

test('Crossref work: retractions through updated-by, update-to, relation and the title', () => {
  const base = structuredClone(ROSENFELD.message);
  const updatedBy = parseCrossrefWork({ message: { ...base, 'updated-by': [{ DOI: '10.1016/s0140-6736(10)60175-4', type: 'retraction', source: 'retraction-watch', label: 'Retraction', updated: { 'date-parts': [[2010, 2, 6]] } }] } });
  assert.equal(updatedBy.retracted, true);
  assert.equal(updatedBy.notice, '10.1016/s0140-6736(10)60175-4');
  const correction = parseCrossrefWork({ message: { ...base, 'updated-by': [{ DOI: '10.1/x', type: 'correction' }] } });
  assert.equal(correction.retracted, false, 'a correction is not a retraction');
  const notice = parseCrossrefWork({ message: { ...base, 'update-to': [{ DOI: '10.1/orig', type: 'retraction', updated: { 'date-parts': [[2010, 2, 6]] } }] } });
  assert.equal(notice.retracted, true);
  const relation = parseCrossrefWork({ message: { ...base, relation: { 'is-retracted-by': [{ 'id-type': 'doi', id: '10.1/notice', 'asserted-by': 'subject' }] } } });
  assert.equal(relation.retracted, true);
  const titled = parseCrossrefWork({ message: { ...base, title: ['RETRACTED: Ileal-lymphoid-nodular hyperplasia'] } });
  assert.equal(titled.retracted, true);
  assert.equal(parseCrossrefWork({ status: 'ok', message: {} }), null);
});

test('Crossref search: the first item, or null for an empty list', () => {
  const list = { status: 'ok', 'message-type': 'work-list', message: { 'total-results': 1, items: [ROSENFELD.message], 'items-per-page': 1 } };
  assert.equal(parseCrossrefSearch(list).doi, '10.1177/0194599815572097');
  assert.equal(parseCrossrefSearch({ status: 'ok', message: { items: [] } }), null);
});

// An NCBI esummary body (retmode=json), trimmed but faithful in shape.
const ESUMMARY = {
  header: { type: 'esummary', version: '0.3' },
  result: {
    uids: ['25832968'],
    25832968: {
      uid: '25832968', pubdate: '2015 Apr', epubdate: '', source: 'Otolaryngol Head Neck Surg',
      authors: [{ name: 'Rosenfeld RM', authtype: 'Author', clusterid: '' }, { name: 'Piccirillo JF', authtype: 'Author', clusterid: '' }],
      title: 'Clinical practice guideline (update): adult sinusitis.', fulljournalname: 'Otolaryngology--head and neck surgery',
      pubtype: ['Journal Article', 'Practice Guideline'],
      articleids: [{ idtype: 'pubmed', idtypen: 1, value: '25832968' }, { idtype: 'doi', idtypen: 3, value: '10.1177/0194599815572097' }],
    },
  },
};

test('NCBI esummary: found, missing, invalid, retracted', () => {
  const r = parseEsummary(ESUMMARY, '25832968');
  assert.equal(r.title, 'Clinical practice guideline (update): adult sinusitis');
  assert.deepEqual(r.authors, ['Rosenfeld RM', 'Piccirillo JF']);
  assert.equal(r.year, 2015);
  assert.equal(r.doi, '10.1177/0194599815572097');
  assert.equal(r.retracted, false);
  assert.equal(r.url, 'https://pubmed.ncbi.nlm.nih.gov/25832968/');
  assert.deepEqual(parseEsummary({ header: {}, result: { uids: ['99999999'], 99999999: { uid: '99999999', error: 'cannot get document summary' } } }, '99999999'), { missing: true });
  assert.deepEqual(parseEsummary({ header: {}, esummaryresult: ['Invalid uid 0 at position=0'] }, '0'), { missing: true });
  const retracted = structuredClone(ESUMMARY);
  retracted.result['25832968'].pubtype.push('Retracted Publication');
  assert.equal(parseEsummary(retracted, '25832968').retracted, true);
  assert.equal(parseEsummary({}, '1'), null);
});

test('page titles', () => {
  assert.equal(htmlTitle('<html><head><title> Sinusite de l&#39;adulte &amp; HAS </title></head></html>'), "Sinusite de l'adulte & HAS");
  assert.equal(htmlTitle('<p>no title</p>'), '');
});

test('status decisions', () => {
  assert.deepEqual(STATUSES, ['found', 'mismatch', 'not_found', 'retracted', 'unverifiable']);
  const rec = { retracted: false };
  assert.equal(decideStatus({ outcome: 'found', record: rec }), 'found');
  assert.equal(decideStatus({ outcome: 'found', record: rec }, 'match'), 'found');
  assert.equal(decideStatus({ outcome: 'found', record: rec }, 'partial'), 'found');
  assert.equal(decideStatus({ outcome: 'found', record: rec }, 'mismatch'), 'mismatch');
  assert.equal(decideStatus({ outcome: 'found', record: { retracted: true } }, 'mismatch'), 'retracted');
  assert.equal(decideStatus({ outcome: 'missing' }), 'not_found');
  assert.equal(decideStatus({ outcome: 'error' }), 'unverifiable');
  assert.equal(decideSearchStatus({ outcome: 'found', record: rec }, 'match'), 'found');
  assert.equal(decideSearchStatus({ outcome: 'found', record: rec }, 'partial'), 'mismatch');
  assert.equal(decideSearchStatus({ outcome: 'found', record: rec }, 'mismatch'), 'not_found');
  assert.equal(decideSearchStatus({ outcome: 'found', record: rec }, null), 'unverifiable');
  assert.equal(decideSearchStatus({ outcome: 'missing' }, null), 'not_found');
  assert.equal(decideUrlStatus(200), 'found');
  assert.equal(decideUrlStatus(301), 'found');
  assert.equal(decideUrlStatus(404), 'not_found');
  assert.equal(decideUrlStatus(410), 'not_found');
  for (const s of [0, 401, 403, 429, 500, 503]) assert.equal(decideUrlStatus(s), 'unverifiable', String(s));
});

function response(status, body, type = 'application/json', url = '') {
  return {
    status, ok: status >= 200 && status < 300, url,
    headers: { get: (h) => (h.toLowerCase() === 'content-type' ? type : null) },
    json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
    text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
  };
}

function fakeFetch(routes) {
  const calls = [];
  const fetch = async (url, init = {}) => {
    calls.push({ url: String(url), method: init.method || 'GET', init });
    for (const [pattern, handler] of routes) if (pattern.test(String(url))) return handler(String(url), init);
    return response(404, 'Resource not found.', 'text/plain');
  };
  return { fetch, calls };
}

const ENDPOINTS = { crossref: 'http://127.0.0.1:9/crossref', ncbi: 'http://127.0.0.1:9/ncbi' };

test('checker: each kind of source gets its status, the real title and a link', async () => {
  const { fetch, calls } = fakeFetch([
    [/crossref\/works\/10\.1177/, () => response(200, ROSENFELD)],
    [/crossref\/works\/10\.1056/, () => response(200, { status: 'ok', message: { ...ROSENFELD.message, DOI: '10.1056/NEJMoa2034577', title: ['Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine'], author: [{ family: 'Polack', given: 'Fernando P.' }], issued: { 'date-parts': [[2020, 12, 31]] }, 'container-title': ['New England Journal of Medicine'] } })],
    [/crossref\/works\?/, () => response(200, { status: 'ok', message: { items: [ROSENFELD.message] } })],
    [/ncbi\/esummary\.fcgi/, () => response(200, ESUMMARY)],
    [/has-sante/, (url, init) => (init.method === 'HEAD' ? response(405, '') : response(200, '<title>Sinusite de l’adulte</title>', 'text/html; charset=utf-8', url))],
    [/ameli/, () => response(404, 'gone', 'text/html')],
    [/offline/, () => { throw new TypeError('Failed to fetch'); }],
  ]);
  const verdicts = { 'Rosenfeld RM, et al. Adult sinusitis. 2015': 'match', 'Dupont M. Antibiotiques. Pediatrics. 2019': 'mismatch' };
  const checker = createSourceChecker({
    fetch, endpoints: ENDPOINTS, mailto: 'contact@example.org', sleep: async () => {},
    matchReference: async (claimed) => ({ verdict: verdicts[claimed] || 'match' }),
  });
  const found = await checker.check({ kind: 'reference', value: 'Rosenfeld RM, et al. Adult sinusitis. 2015', check: { method: 'doi', target: '10.1177/0194599815572097' } });
  assert.equal(found.status, 'found');
  assert.equal(found.title, 'Clinical Practice Guideline (Update): Adult Sinusitis');
  assert.equal(found.url, 'https://doi.org/10.1177/0194599815572097');
  assert.equal(found.year, 2015);
  const mismatch = await checker.check({ kind: 'reference', value: 'Dupont M. Antibiotiques. Pediatrics. 2019', check: { method: 'doi', target: '10.1056/nejmoa2034577' } });
  assert.equal(mismatch.status, 'mismatch');
  assert.match(mismatch.title, /BNT162b2/);
  const invented = await checker.check({ kind: 'doi', value: '10.1016/j.revprat.2021.04.017', check: { method: 'doi', target: '10.1016/j.revprat.2021.04.017' } });
  assert.equal(invented.status, 'not_found');
  const pmid = await checker.check({ kind: 'pmid', value: '25832968', check: { method: 'pmid', target: '25832968' } });
  assert.equal(pmid.status, 'found');
  assert.equal(pmid.url, 'https://pubmed.ncbi.nlm.nih.gov/25832968/');
  const official = await checker.check({ kind: 'url', value: 'https://www.has-sante.fr/x', check: { method: 'url', target: 'https://www.has-sante.fr/x' } });
  assert.equal(official.status, 'found');
  assert.equal(official.title, 'Sinusite de l’adulte');
  const dead = await checker.check({ kind: 'url', value: 'https://www.ameli.fr/old', check: { method: 'url', target: 'https://www.ameli.fr/old' } });
  assert.equal(dead.status, 'not_found');
  const offline = await checker.check({ kind: 'url', value: 'https://offline.example/x', check: { method: 'url', target: 'https://offline.example/x' } });
  assert.equal(offline.status, 'unverifiable');
  const search = await checker.check({ kind: 'reference', value: 'Rosenfeld 2015', check: { method: 'search', target: 'Rosenfeld RM, et al. Adult sinusitis. 2015' } });
  assert.equal(search.status, 'found');

  // Politeness and privacy: the polite-pool contact, the NCBI tool name, HEAD before GET,
  // and nothing but the identifiers in what leaves.
  const crossref = calls.filter((c) => c.url.includes('/crossref/'));
  assert.ok(crossref.every((c) => new URL(c.url).searchParams.get('mailto') === 'contact@example.org'));
  const ncbi = calls.find((c) => c.url.includes('/ncbi/'));
  const q = new URL(ncbi.url).searchParams;
  assert.deepEqual([q.get('db'), q.get('id'), q.get('retmode'), q.get('tool'), q.get('email')], ['pubmed', '25832968', 'json', 'garde-fou', 'contact@example.org']);
  const has = calls.filter((c) => c.url.includes('has-sante'));
  assert.deepEqual(has.map((c) => c.method), ['HEAD', 'GET']);
  assert.ok(calls.every((c) => c.init.credentials === 'omit' && c.init.referrerPolicy === 'no-referrer'));
  const search1 = calls.find((c) => c.url.includes('works?'));
  assert.equal(new URL(search1.url).searchParams.get('query.bibliographic'), 'Rosenfeld RM, et al. Adult sinusitis. 2015');
  assert.equal(new URL(search1.url).searchParams.get('rows'), '1');
});

test('checker: retracted, rate-limited, server errors; the session cache', async () => {
  let crossrefCalls = 0;
  const { fetch } = fakeFetch([
    [/works\/10\.1016%2Fs0140/i, () => {
      crossrefCalls++;
      return response(200, { status: 'ok', message: { ...ROSENFELD.message, DOI: '10.1016/S0140-6736(97)11096-0', 'updated-by': [{ DOI: '10.1016/s0140-6736(10)60175-4', type: 'retraction', source: 'publisher' }] } });
    }],
    [/works\/10\.9999/, () => response(429, 'Too Many Requests', 'text/plain')],
    [/esummary/, () => response(503, 'busy', 'text/plain')],
  ]);
  const checker = createSourceChecker({ fetch, endpoints: ENDPOINTS, sleep: async () => {} });
  const src = { kind: 'doi', value: '10.1016/s0140-6736(97)11096-0', check: { method: 'doi', target: '10.1016/s0140-6736(97)11096-0' } };
  assert.equal((await checker.check(src)).status, 'retracted');
  assert.equal((await checker.check(src)).status, 'retracted');
  assert.equal(crossrefCalls, 1, 'the second check comes from the cache');
  assert.equal((await checker.check({ kind: 'doi', value: '10.9999/x', check: { method: 'doi', target: '10.9999/x' } })).status, 'unverifiable');
  assert.equal((await checker.check({ kind: 'pmid', value: '1', check: { method: 'pmid', target: '1' } })).status, 'unverifiable');
  assert.equal(checker.cache.size, 1, 'unverifiable results are not cached');
});

test('origins to ask for: the services and the cited sites only', () => {
  const origins = originsFor([
    { check: { method: 'doi', target: '10.1/x' } }, { check: { method: 'search', target: 'x' } },
    { check: { method: 'pmid', target: '1' } }, { check: { method: 'url', target: 'https://www.has-sante.fr/a?b' } },
    { check: { method: 'url', target: 'javascript:alert(1)' } },
  ], { crossref: 'https://api.crossref.org', ncbi: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils' });
  assert.deepEqual(origins, ['https://api.crossref.org/*', 'https://eutils.ncbi.nlm.nih.gov/*', 'https://www.has-sante.fr/*']);
});

test('granted patterns cover the origins asked for (content-script matches count)', () => {
  assert.ok(originsCovered(['http://127.0.0.1:8080/*', 'https://api.crossref.org/*'], ['http://*/*', 'https://*/*']));
  assert.ok(originsCovered(['https://www.has-sante.fr/*'], ['*://*.has-sante.fr/*']));
  assert.ok(!originsCovered(['https://api.crossref.org/*'], ['http://*/*']));
  assert.ok(!originsCovered(['https://eutils.ncbi.nlm.nih.gov/*'], ['https://api.crossref.org/*']));
  assert.ok(!originsCovered(['https://x.org/*'], []));
});

test('rate limiter: after a 429 nothing starts before the pause is over', async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ perSecond: 5, concurrency: 1, now: clock.now, sleep: clock.sleep });
  await limiter.schedule(async () => {});
  limiter.pause(3000);
  let startedAt = null;
  await limiter.schedule(async () => { startedAt = clock.now(); });
  assert.ok(startedAt >= 3000, String(startedAt));
});

test('checker: a 429 with Retry-After holds the next Crossref request back', async () => {
  const clock = fakeClock();
  const times = [];
  let n = 0;
  const fetch = async () => {
    times.push(clock.now());
    n++;
    if (n === 1) return { status: 429, ok: false, headers: { get: (h) => (h.toLowerCase() === 'retry-after' ? '4' : 'text/plain') } };
    return { status: 404, ok: false, headers: { get: () => 'text/plain' } };
  };
  const checker = createSourceChecker({ fetch, endpoints: ENDPOINTS, now: clock.now, sleep: clock.sleep });
  assert.equal((await checker.check({ kind: 'doi', value: '10.1/a', check: { method: 'doi', target: '10.1/a' } })).status, 'unverifiable');
  assert.equal((await checker.check({ kind: 'doi', value: '10.1/b', check: { method: 'doi', target: '10.1/b' } })).status, 'not_found');
  assert.ok(times[1] - times[0] >= 4000, JSON.stringify(times));
});
