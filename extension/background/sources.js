// SPDX-License-Identifier: MPL-2.0
// Source checking (issue 4): does each source an AI answer cites exist, is it what the
// answer says, was it retracted? Pure logic with everything injected (fetch, clock,
// sleep, the host's match_reference), so Node tests drive it with fakes.
//
// Only identifiers leave the machine: a DOI, a PMID, a URL the answer cites, or the
// written reference itself (a Crossref bibliographic query). Never the conversation.
//
// Services and their limits (docs: /work/shared/notes/peers.md, Crossref and NCBI):
//   Crossref public pool  single records 5 requests/s, 1 at a time; lists (queries) 1/s;
//                         `mailto=` joins the polite pool (10/s, 3 at a time).
//   NCBI E-utilities      3 requests/s without an API key; `tool=` and `email=`.
// Browsers do not let an extension set User-Agent, so identification is by parameter.

export const DEFAULT_ENDPOINTS = Object.freeze({
  crossref: 'https://api.crossref.org',
  ncbi: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
});

export const STATUSES = Object.freeze(['found', 'mismatch', 'not_found', 'retracted', 'unverifiable']);
export const TOOL_NAME = 'garde-fou';

const sleepReal = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * At most `perSecond` starts in any sliding second and `concurrency` running at once.
 * schedule(fn) → fn's promise, started when both allow it (first come, first served).
 */
export function createRateLimiter({ perSecond, concurrency = 1, now = Date.now, sleep = sleepReal }) {
  const starts = [];
  let running = 0;
  let blockedUntil = 0; // the service said "too many requests": wait before the next start
  let chain = Promise.resolve();
  const waiters = [];

  async function slot() {
    for (;;) {
      const t = now();
      if (t < blockedUntil) {
        await sleep(blockedUntil - t);
        continue;
      }
      while (starts.length && t - starts[0] >= 1000) starts.shift();
      if (running < concurrency && starts.length < perSecond) {
        starts.push(t);
        running++;
        return;
      }
      if (running >= concurrency) await new Promise((r) => waiters.push(r));
      else await sleep(1000 - (t - starts[0]) + 1);
    }
  }

  return {
    schedule(fn) {
      // Admission is serialised so the order of requests is kept.
      const admitted = chain.then(slot);
      chain = admitted.catch(() => {});
      return admitted.then(async () => {
        try {
          return await fn();
        } finally {
          running--;
          const w = waiters.shift();
          if (w) w();
        }
      });
    },
    /** No new start for `ms` (HTTP 429, Retry-After). */
    pause(ms) {
      blockedUntil = Math.max(blockedUntil, now() + Math.max(0, ms));
    },
    get running() {
      return running;
    },
  };
}

// ------------------------------------------------------------------ parsing

const clean = (s) => String(s || '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

function crossrefYear(m) {
  for (const key of ['published-print', 'published-online', 'issued', 'published', 'created']) {
    const parts = m[key] && m[key]['date-parts'];
    if (parts && parts[0] && parts[0][0]) return Number(parts[0][0]);
  }
  return null;
}

const RETRACTION_TYPES = new Set(['retraction', 'removal', 'withdrawal', 'partial_retraction']);

/**
 * Crossref `GET /works/{doi}` body (`{status, message-type: "work", message}`) →
 * {doi, title, authors, year, journal, type, retracted, notice, url}.
 * Retraction: `updated-by` entries (the original's record, Retraction Watch included),
 * `update-to` (the record IS a retraction notice), `relation` (is-retracted-by...),
 * or a title that says so ("RETRACTED: ...").
 */
export function parseCrossrefWork(body) {
  const m = body && body.message ? body.message : body;
  if (!m || typeof m !== 'object' || !m.DOI) return null;
  const title = clean((m.title || [])[0]);
  const authors = (m.author || []).map((a) => (a.family ? `${a.family}${a.given ? ', ' + a.given : ''}` : clean(a.name))).filter(Boolean);
  const journal = clean((m['container-title'] || [])[0] || (m['short-container-title'] || [])[0]);
  let retracted = false;
  let notice = null;
  for (const u of m['updated-by'] || []) {
    if (RETRACTION_TYPES.has(String(u.type || '').toLowerCase())) {
      retracted = true;
      notice = notice || u.DOI || null;
    }
  }
  for (const u of m['update-to'] || []) {
    if (RETRACTION_TYPES.has(String(u.type || '').toLowerCase())) {
      retracted = true; // a retraction notice cited as if it were the article
      notice = notice || m.DOI;
    }
  }
  for (const [key, list] of Object.entries(m.relation || {})) {
    if (/retract/i.test(key)) {
      retracted = true;
      const first = Array.isArray(list) ? list[0] : null;
      notice = notice || (first && first.id) || null;
    }
  }
  if (/^\s*(retracted|retraction)\b/i.test(title)) retracted = true;
  return {
    doi: String(m.DOI).toLowerCase(),
    title,
    authors,
    year: crossrefYear(m),
    journal,
    type: m.type || '',
    retracted,
    notice,
    url: `https://doi.org/${m.DOI}`,
  };
}

/** Crossref `GET /works?query.bibliographic=…&rows=1` → the best item, parsed, or null. */
export function parseCrossrefSearch(body) {
  const items = body && body.message && body.message.items;
  if (!Array.isArray(items) || !items.length) return null;
  return parseCrossrefWork(items[0]);
}

/**
 * NCBI `esummary.fcgi?db=pubmed&id=…&retmode=json` → {pmid, title, authors, year,
 * journal, doi, retracted, url}, or {missing: true} when PubMed has no such record.
 */
export function parseEsummary(body, pmid) {
  const id = String(pmid);
  const result = body && body.result;
  if (!result) {
    // {"esummaryresult": ["Invalid uid …"]} or {"error": "…"}
    if (body && (body.esummaryresult || body.error)) return { missing: true };
    return null;
  }
  const doc = result[id];
  if (!doc || doc.error) return { missing: true };
  const authors = (doc.authors || []).filter((a) => !a.authtype || a.authtype === 'Author').map((a) => clean(a.name)).filter(Boolean);
  const yearMatch = String(doc.pubdate || doc.epubdate || doc.sortpubdate || '').match(/\b(1[89]\d\d|20\d\d)\b/);
  const doiEntry = (doc.articleids || []).find((a) => a.idtype === 'doi');
  const pubtypes = (doc.pubtype || []).map(String);
  return {
    pmid: id,
    title: clean(doc.title).replace(/\.$/, ''),
    authors,
    year: yearMatch ? Number(yearMatch[1]) : null,
    journal: clean(doc.fulljournalname || doc.source),
    doi: doiEntry ? String(doiEntry.value).toLowerCase() : null,
    retracted: pubtypes.includes('Retracted Publication') || /^retracted\b/i.test(clean(doc.title)),
    url: `https://pubmed.ncbi.nlm.nih.gov/${id}/`,
  };
}

/** The <title> of an HTML page (first 64 kB), decoded for the common entities. */
export function htmlTitle(html) {
  const m = String(html || '').slice(0, 65536).match(/<title[^>]*>([\s\S]*?)<\/title>/i);
  if (!m) return '';
  return clean(m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'").replace(/&#(\d+);/g, (x, n) => String.fromCodePoint(Number(n))));
}

// ------------------------------------------------------------------ decisions

/**
 * The status of an identifier that was looked up.
 *   lookup: {outcome: 'found'|'missing'|'error', record?}
 *   verdict: match_reference's verdict when the answer wrote a reference, else null
 */
export function decideStatus(lookup, verdict = null) {
  if (!lookup || lookup.outcome === 'error') return 'unverifiable';
  if (lookup.outcome === 'missing') return 'not_found';
  if (lookup.record && lookup.record.retracted) return 'retracted';
  if (verdict === 'mismatch') return 'mismatch';
  return 'found';
}

/** A bibliographic search finds the closest record; only a match says it exists. */
export function decideSearchStatus(lookup, verdict) {
  if (!lookup || lookup.outcome === 'error') return 'unverifiable';
  if (lookup.outcome === 'missing' || !lookup.record) return 'not_found';
  if (verdict === 'match') return lookup.record.retracted ? 'retracted' : 'found';
  if (verdict === 'partial') return 'mismatch';
  if (verdict === null || verdict === undefined) return 'unverifiable';
  return 'not_found';
}

/** HTTP status of a cited page → found | not_found | unverifiable. */
export function decideUrlStatus(httpStatus) {
  if (httpStatus >= 200 && httpStatus < 400) return 'found';
  if (httpStatus === 404 || httpStatus === 410) return 'not_found';
  return 'unverifiable'; // 401/403 (blocked), 429 (rate-limited), 5xx, network errors
}

// ------------------------------------------------------------------ the checker

function trimBase(url) {
  return String(url).replace(/\/+$/, '');
}

/** The origins (permission patterns) a set of sources needs. */
export function originsFor(sources, endpoints) {
  const out = new Set();
  const add = (u) => {
    try {
      const url = new URL(u);
      if (url.protocol === 'http:' || url.protocol === 'https:') out.add(`${url.protocol}//${url.host}/*`);
    } catch {
      /* not a URL */
    }
  };
  for (const s of sources) {
    const method = s.check && s.check.method;
    if (method === 'doi' || method === 'search') add(endpoints.crossref);
    else if (method === 'pmid') add(endpoints.ncbi);
    else if (method === 'url') add(s.check.target);
  }
  return [...out];
}

/**
 * Whether permission patterns `granted` (e.g. "https://*\/*", "*://*.example.org/*")
 * cover every pattern of `wanted` ("http://127.0.0.1:8080/*"). Chrome's
 * permissions.contains() ignores what the content-script matches already grant, so the
 * background asks only for what is really missing.
 */
export function originsCovered(wanted, granted) {
  const parse = (p) => {
    const m = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(String(p));
    return m ? { scheme: m[1], host: m[2].replace(/:\d+$/, ''), port: (m[2].match(/:(\d+)$/) || [])[1] || null, path: m[3] } : null;
  };
  const rules = granted.map(parse).filter(Boolean);
  if (granted.includes('<all_urls>')) return true;
  return wanted.every((w) => {
    const x = parse(w);
    if (!x) return false;
    return rules.some((r) => (r.scheme === '*' || r.scheme === x.scheme) &&
      (r.host === '*' || r.host === x.host || (r.host.startsWith('*.') && (x.host === r.host.slice(2) || x.host.endsWith(r.host.slice(1))))) &&
      (!r.port || r.port === x.port) && (r.path === '*' || r.path === x.path));
  });
}

/**
 * createSourceChecker({fetch, endpoints, mailto, matchReference, now, sleep})
 * → { check(source) → {status, title, url, authors, year, journal, detail}, cache }
 * source: {kind, value, check: {method, target}} as analyze_answer returns it.
 */
export function createSourceChecker(options) {
  const fetchImpl = options.fetch;
  const endpoints = { ...DEFAULT_ENDPOINTS, ...(options.endpoints || {}) };
  const mailto = options.mailto || '';
  const matchReference = options.matchReference || (async () => null);
  const timeoutMs = options.timeoutMs ?? 10000;
  const limiterOpts = { now: options.now, sleep: options.sleep };
  const crossrefSingle = createRateLimiter({ perSecond: 5, concurrency: 1, ...limiterOpts });
  const crossrefList = createRateLimiter({ perSecond: 1, concurrency: 1, ...limiterOpts });
  const ncbi = createRateLimiter({ perSecond: 3, concurrency: 1, ...limiterOpts });
  const sites = createRateLimiter({ perSecond: 5, concurrency: 2, ...limiterOpts });
  const cache = new Map(); // per session: method:target → promise of the result

  async function get(url, init = {}) {
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : null;
    try {
      return await fetchImpl(url, {
        credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer',
        ...(controller ? { signal: controller.signal } : {}), ...init,
      });
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  /** HTTP 429: respect Retry-After (seconds; 2 s when absent, 60 s at most). */
  function backOff(limiter, r) {
    if (r.status !== 429) return;
    const header = r.headers && r.headers.get ? Number(r.headers.get('retry-after')) : NaN;
    limiter.pause(Math.min(60, Number.isFinite(header) && header > 0 ? header : 2) * 1000);
  }

  const withMailto = (u) => {
    if (mailto) u.searchParams.set('mailto', mailto);
    return u.toString();
  };

  async function crossrefWork(doi) {
    const url = new URL(`${trimBase(endpoints.crossref)}/works/${encodeURIComponent(doi)}`);
    try {
      const r = await crossrefSingle.schedule(() => get(withMailto(url), { headers: { accept: 'application/json' } }));
      backOff(crossrefSingle, r);
      if (r.status === 404) return { outcome: 'missing' };
      if (!r.ok) return { outcome: 'error', detail: `crossref ${r.status}` };
      const record = parseCrossrefWork(await r.json());
      return record ? { outcome: 'found', record } : { outcome: 'error', detail: 'crossref shape' };
    } catch (e) {
      return { outcome: 'error', detail: String(e && e.message) };
    }
  }

  async function crossrefSearch(reference) {
    const url = new URL(`${trimBase(endpoints.crossref)}/works`);
    url.searchParams.set('query.bibliographic', String(reference).slice(0, 300));
    url.searchParams.set('rows', '1');
    try {
      const r = await crossrefList.schedule(() => get(withMailto(url), { headers: { accept: 'application/json' } }));
      backOff(crossrefList, r);
      if (!r.ok) return { outcome: 'error', detail: `crossref ${r.status}` };
      const record = parseCrossrefSearch(await r.json());
      return record ? { outcome: 'found', record } : { outcome: 'missing' };
    } catch (e) {
      return { outcome: 'error', detail: String(e && e.message) };
    }
  }

  async function pubmed(pmid) {
    const url = new URL(`${trimBase(endpoints.ncbi)}/esummary.fcgi`);
    url.searchParams.set('db', 'pubmed');
    url.searchParams.set('id', pmid);
    url.searchParams.set('retmode', 'json');
    url.searchParams.set('tool', TOOL_NAME);
    if (mailto) url.searchParams.set('email', mailto);
    try {
      const r = await ncbi.schedule(() => get(url.toString(), { headers: { accept: 'application/json' } }));
      backOff(ncbi, r);
      if (!r.ok) return { outcome: 'error', detail: `ncbi ${r.status}` };
      const parsed = parseEsummary(await r.json(), pmid);
      if (!parsed) return { outcome: 'error', detail: 'ncbi shape' };
      return parsed.missing ? { outcome: 'missing' } : { outcome: 'found', record: parsed };
    } catch (e) {
      return { outcome: 'error', detail: String(e && e.message) };
    }
  }

  /** HEAD, then GET when HEAD is refused or to read the page's title. */
  async function page(target) {
    const head = await sites.schedule(() => get(target, { method: 'HEAD' })).catch(() => null);
    const headStatus = head ? head.status : 0;
    if (head && decideUrlStatus(headStatus) === 'not_found') return { status: 'not_found', httpStatus: headStatus, url: target };
    try {
      const r = await sites.schedule(() => get(target, { method: 'GET', headers: { accept: 'text/html,*/*;q=0.5' } }));
      const type = (r.headers && r.headers.get && r.headers.get('content-type')) || '';
      const title = r.ok && /html/i.test(type) ? htmlTitle(await r.text()) : '';
      return { status: decideUrlStatus(r.status), httpStatus: r.status, title, url: r.url || target };
    } catch (e) {
      if (head) return { status: decideUrlStatus(headStatus), httpStatus: headStatus, url: target };
      return { status: 'unverifiable', detail: String(e && e.message), url: target };
    }
  }

  const summary = (record) => (record ? {
    title: record.title, authors: record.authors.slice(0, 3), year: record.year, journal: record.journal, url: record.url,
  } : {});

  async function verdictFor(source, record) {
    if (source.kind !== 'reference' || !record) return null;
    try {
      const r = await matchReference(source.value, {
        title: record.title, authors: record.authors, year: record.year || undefined, journal: record.journal,
      });
      return r && r.verdict ? r.verdict : null;
    } catch {
      return null;
    }
  }

  async function run(source) {
    const method = source.check && source.check.method;
    const target = source.check && String(source.check.target || '');
    if (!target) return { status: 'unverifiable', detail: 'no target' };
    if (method === 'doi') {
      const lookup = await crossrefWork(target);
      const verdict = await verdictFor(source, lookup.record);
      return { status: decideStatus(lookup, verdict), ...summary(lookup.record), url: (lookup.record && lookup.record.url) || `https://doi.org/${target}`, verdict, detail: lookup.detail };
    }
    if (method === 'pmid') {
      const lookup = await pubmed(target);
      const verdict = await verdictFor(source, lookup.record);
      return { status: decideStatus(lookup, verdict), ...summary(lookup.record), url: `https://pubmed.ncbi.nlm.nih.gov/${target}/`, verdict, detail: lookup.detail };
    }
    if (method === 'search') {
      const lookup = await crossrefSearch(target);
      const verdict = lookup.record ? await matchReference(target, {
        title: lookup.record.title, authors: lookup.record.authors, year: lookup.record.year || undefined, journal: lookup.record.journal,
      }).then((r) => (r && r.verdict) || null, () => null) : null;
      const status = decideSearchStatus(lookup, verdict);
      return { status, ...(status === 'not_found' ? {} : summary(lookup.record)), verdict, detail: lookup.detail };
    }
    if (method === 'url') {
      const r = await page(target);
      return { status: r.status, title: r.title || '', url: target, httpStatus: r.httpStatus, detail: r.detail };
    }
    return { status: 'unverifiable', detail: `unknown method ${method}` };
  }

  return {
    cache,
    endpoints,
    check(source) {
      const key = `${source.check && source.check.method}:${source.check && source.check.target}:${source.kind === 'reference' ? source.value : ''}`;
      if (!cache.has(key)) {
        const p = run(source);
        cache.set(key, p);
        // Unverifiable results (offline, rate-limited) are tried again next time.
        p.then((r) => {
          if (r.status === 'unverifiable') cache.delete(key);
        }, () => cache.delete(key));
      }
      return cache.get(key);
    },
  };
}
