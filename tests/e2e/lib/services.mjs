// SPDX-License-Identifier: MPL-2.0
// A local stand-in, on 127.0.0.1 only, for the services the source check talks to:
// Crossref's REST API (/crossref/works/{doi}, /crossref/works?query.bibliographic=…),
// NCBI E-utilities (/ncbi/esummary.fcgi) and the pages an answer cites (/has-sante/…,
// /ameli/…). The JSON has the services' own shapes (trimmed). Every request is recorded,
// with its start and end time, so tests can check limits and what left the browser.
import http from 'node:http';

const work = (m) => ({ status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message: m });

export const WORKS = {
  '10.1177/0194599815572097': {
    indexed: { 'date-parts': [[2024, 3, 1]] }, 'reference-count': 211, publisher: 'Wiley', issue: '2_suppl',
    DOI: '10.1177/0194599815572097', type: 'journal-article', page: 'S1-S39', source: 'Crossref',
    title: ['Clinical Practice Guideline (Update): Adult Sinusitis'], prefix: '10.1177', volume: '152',
    author: [
      { given: 'Richard M.', family: 'Rosenfeld', sequence: 'first', affiliation: [] },
      { given: 'Jay F.', family: 'Piccirillo', sequence: 'additional', affiliation: [] },
      { given: 'Sujana S.', family: 'Chandrasekhar', sequence: 'additional', affiliation: [] },
    ],
    member: '179', 'container-title': ['Otolaryngology–Head and Neck Surgery'],
    'short-container-title': ['Otolaryngol.--head neck surg.'], language: 'en',
    issued: { 'date-parts': [[2015, 4]] }, 'published-print': { 'date-parts': [[2015, 4]] },
    URL: 'https://doi.org/10.1177/0194599815572097', ISSN: ['0194-5998', '1097-6817'],
  },
  '10.1056/nejmoa2034577': {
    publisher: 'Massachusetts Medical Society', DOI: '10.1056/NEJMoa2034577', type: 'journal-article',
    title: ['Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine'], volume: '383', issue: '27', page: '2603-2615',
    author: [{ given: 'Fernando P.', family: 'Polack', sequence: 'first', affiliation: [] }, { given: 'Stephen J.', family: 'Thomas', sequence: 'additional', affiliation: [] }],
    'container-title': ['New England Journal of Medicine'], issued: { 'date-parts': [[2020, 12, 31]] },
    'published-print': { 'date-parts': [[2020, 12, 31]] }, URL: 'https://doi.org/10.1056/NEJMoa2034577',
  },
  '10.1016/s0140-6736(97)11096-0': {
    publisher: 'Elsevier BV', DOI: '10.1016/s0140-6736(97)11096-0', type: 'journal-article', volume: '351', issue: '9103', page: '637-641',
    title: ['RETRACTED: Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children'],
    author: [{ given: 'AJ', family: 'Wakefield', sequence: 'first', affiliation: [] }, { given: 'SH', family: 'Murch', sequence: 'additional', affiliation: [] }],
    'container-title': ['The Lancet'], issued: { 'date-parts': [[1998, 2]] }, 'published-print': { 'date-parts': [[1998, 2]] },
    'updated-by': [{ updated: { 'date-parts': [[2010, 2, 6]] }, DOI: '10.1016/s0140-6736(10)60175-4', type: 'retraction', source: 'publisher', label: 'Retraction' }],
    URL: 'https://doi.org/10.1016/s0140-6736(97)11096-0',
  },
};

export const ESUMMARIES = {
  25832968: {
    uid: '25832968', pubdate: '2015 Apr', epubdate: '', source: 'Otolaryngol Head Neck Surg',
    authors: [{ name: 'Rosenfeld RM', authtype: 'Author', clusterid: '' }, { name: 'Piccirillo JF', authtype: 'Author', clusterid: '' }],
    lastauthor: 'Corrigan MD', title: 'Clinical practice guideline (update): adult sinusitis.', volume: '152', issue: '2 Suppl', pages: 'S1-S39',
    lang: ['eng'], issn: '0194-5998', essn: '1097-6817', pubtype: ['Journal Article', 'Practice Guideline'],
    articleids: [{ idtype: 'pubmed', idtypen: 1, value: '25832968' }, { idtype: 'doi', idtypen: 3, value: '10.1177/0194599815572097' }],
    fulljournalname: 'Otolaryngology--head and neck surgery : official journal of American Academy of Otolaryngology-Head and Neck Surgery',
  },
};

const PAGES = {
  '/has-sante/sinusite-de-l-adulte': "<!doctype html><html lang=\"fr\"><head><title>Sinusite de l'adulte - Haute Autorité de Santé</title></head><body><h1>Sinusite de l'adulte</h1></body></html>",
};

export async function startServices() {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const record = { method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), url: req.url, start: Date.now(), end: null };
    requests.push(record);
    const send = (status, body, type = 'application/json', extra = {}) => {
      // Crossref and NCBI answer cross-origin requests (CORS), as the real services do.
      const delayMs = url.pathname.startsWith('/crossref') ? 60 : 10;
      setTimeout(() => {
        record.end = Date.now();
        record.status = status;
        res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store', ...extra });
        res.end(req.method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
      }, delayMs);
    };
    const crossrefHeaders = { 'x-rate-limit-limit': '5', 'x-rate-limit-interval': '1s' };
    if (url.pathname.startsWith('/crossref/works/')) {
      const doi = decodeURIComponent(url.pathname.slice('/crossref/works/'.length)).toLowerCase();
      return WORKS[doi] ? send(200, work(WORKS[doi]), 'application/json', crossrefHeaders) : send(404, 'Resource not found.', 'text/plain', crossrefHeaders);
    }
    if (url.pathname === '/crossref/works') {
      return send(200, { status: 'ok', 'message-type': 'work-list', message: { 'total-results': 1, items: [WORKS['10.1177/0194599815572097']], 'items-per-page': 1 } });
    }
    if (url.pathname === '/ncbi/esummary.fcgi') {
      const id = url.searchParams.get('id');
      const doc = ESUMMARIES[id] || { uid: id, error: 'cannot get document summary' };
      return send(200, { header: { type: 'esummary', version: '0.3' }, result: { uids: [id], [id]: doc } });
    }
    if (PAGES[url.pathname]) return send(200, PAGES[url.pathname], 'text/html; charset=utf-8');
    return send(404, '<!doctype html><title>Page introuvable</title>', 'text/html; charset=utf-8');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((r) => server.close(r)) };
}
