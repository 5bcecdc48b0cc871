import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../src/app/open-knowledge-base.js';
import { HistoryRepository } from '../../src/storage/history-repository.js';
import { useAdminDb } from '../support/admin-db.js';
import { recordAsked } from '../support/desk-data.js';
import { CookieClient, useDeskProcesses } from '../support/desk-process.js';
import { runCli } from '../support/run-cli.js';

/** The desk in local mode as a real process, over HTTP: login link, sessions, CSRF, bad input. */
describe('factbot desk (local mode)', { timeout: 90_000 /* real processes and browser on two shared cores */ }, () => {
  const db = useAdminDb();
  const startDesk = useDeskProcesses();

  const changeCount = (file: string): number => {
    const { db: handle } = openKnowledgeBase(file);
    try {
      return new HistoryRepository(handle).list({ limit: 1000 }).length;
    } finally {
      handle.close();
    }
  };

  /** A desk on a fresh database, and a client logged in with its link. */
  const loggedIn = async (prepare: (file: string) => void = () => undefined) => {
    const file = db.file();
    prepare(file);
    const desk = await startDesk({ FACTBOT_DB: file, LANG: 'en_US.UTF-8', FACTBOT_PUBLIC_URL: 'https://factbot.example/' });
    const operator = new CookieClient(desk.base);
    await operator.get(desk.latestLink()!);
    return { file, operator };
  };

  it('listens on 127.0.0.1 only, and lets in only who opens the one-time link', async () => {
    const file = db.file();
    const desk = await startDesk({ FACTBOT_DB: file, LANG: 'en_US.UTF-8' });
    expect(desk.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const stranger = new CookieClient(desk.base);
    const home = await stranger.get('/');
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toMatch(/^\/login/);
    expect(await (await stranger.get('/login')).text()).toContain('one-time login link');

    const link = desk.latestLink()!;
    const operator = new CookieClient(desk.base);
    const login = await operator.get(link);
    expect(login.status).toBe(302);
    const cookie = login.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await operator.get('/entries')).status).toBe(200);

    // The link worked once; a new one is printed for another browser.
    expect((await stranger.get(link)).status).toBe(403);
    await desk.proc.waitFor((line) => line.includes('token=') && !line.includes(link.split('token=')[1]!));

    // Log out ends the session.
    const logout = await operator.post('/logout', { _csrf: await operator.csrf() });
    expect(logout.status).toBe(200);
    expect((await operator.get('/entries')).status).toBe(302);
  });

  it('refuses posts with a missing or forged CSRF token, an unknown session, oversized forms and wrong types, changing nothing', async () => {
    const { file, operator } = await loggedIn();
    const before = changeCount(file);
    const csrf = await operator.csrf();

    const missing = await operator.post('/review/dismiss', { item: '1' });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('Nothing was changed');
    expect((await operator.post('/review/dismiss', { item: '1', _csrf: `${csrf}x` })).status).toBe(403);

    const nobody = new CookieClient(operator.base);
    const expired = await nobody.post('/history/1/undo', { _csrf: csrf });
    expect(expired.status).toBe(401);
    expect(await expired.text()).toContain('Your session has expired');

    const huge = await operator.post('/entries/article-about/check', { _csrf: csrf, answer_en: 'x'.repeat(400_000) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('too large');

    const wrong = await operator.post('/review/dismiss', { _csrf: csrf, item: 'seventeen' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/item/);
    const twice = await operator.post('/review/promote', { _csrf: csrf, item: '1', entryId: ['a', 'b'] });
    expect(twice.status).toBe(400);

    expect(changeCount(file)).toBe(before);
  });

  it('shows what people typed as text, never as markup', async () => {
    const { operator } = await loggedIn((file) => recordAsked(file, [{ question: '<img src=x onerror=alert(1)> was the train <b>green</b>?', lang: 'en' }]));
    const page = await (await operator.get('/review')).text();
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; was the train &lt;b&gt;green&lt;/b&gt;?');
    expect(page).not.toContain('<img src=x');
  });

  it("names each source in the editor in the desk's language", async () => {
    const { operator } = await loggedIn();
    const page = await (await operator.get('/entries/dprk-denial')).text();
    expect(page).toMatch(/name="sources" value="north-korea" checked> North Korea</);
    expect(page).toContain('value="white-house"> White House<');
    expect(page).not.toContain('[object Object]');
  });

  it('exports the knowledge base and ClaimReview for download', async () => {
    const { operator } = await loggedIn();
    const kb = await operator.get('/export/kb.json');
    expect(kb.headers.get('content-disposition')).toContain('attachment');
    expect(((await kb.json()) as { entries: unknown[] }).entries.length).toBeGreaterThan(10);
    const reviews = (await (await operator.get('/export/claimreview.json')).json()) as Array<Record<string, unknown>>;
    expect(reviews[0]!['@type']).toBe('ClaimReview');
    expect(new Set(reviews.map((r) => r.inLanguage))).toEqual(new Set(['nb', 'en']));
    expect(String(reviews[0]!.url)).toMatch(/^https:\/\/factbot\.example\/verdicts\//);
  });

  it('serves each verdict publicly at the address its ClaimReview points to: claim, claimant, verdict, sources, JSON-LD', async () => {
    const { operator } = await loggedIn();
    const reviews = (await (await operator.get('/export/claimreview.json')).json()) as Array<{ identifier: string; url: string; inLanguage: string }>;
    const review = reviews.find((r) => r.identifier === 'dprk-denial' && r.inLanguage === 'nb')!;
    const url = new URL(review.url);
    expect(url.pathname).toBe('/verdicts/dprk-denial');
    // Anyone may read it: no session cookie.
    const page = await fetch(`${operator.base}${url.pathname}${url.search}`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('Påstanden');
    expect(text).toContain('Omstridt');
    expect(text).toContain('Nord-Korea');
    expect(text).toMatch(/<script type="application\/ld\+json">[^<]*"ClaimReview"/);
    // A plain documented fact is not a published verdict; nor is anything else.
    expect((await fetch(`${operator.base}/verdicts/friendship-bridge`)).status).toBe(404);
    expect((await fetch(`${operator.base}/verdicts/%3Cscript%3E`, { redirect: 'manual' })).status).not.toBe(200);
    // The rest of the desk still needs a login.
    expect((await fetch(`${operator.base}/entries`, { redirect: 'manual' })).status).toBe(302);
  });

  it('refuses an upload larger than an import may be, changing nothing', async () => {
    const { file, operator } = await loggedIn();
    const before = changeCount(file);
    const form = new FormData();
    form.set('_csrf', await operator.csrf());
    form.set('file', new Blob(['{"entries": ["' + 'x'.repeat(21 * 1024 * 1024) + '"]}'], { type: 'application/json' }), 'huge.json');
    const response = await operator.request('/transfer/import', { method: 'POST', body: form });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('too large');
    expect(changeCount(file)).toBe(before);
  });

  it("speaks the browser's language, with a switch", async () => {
    const desk = await startDesk({ FACTBOT_DB: db.file() });
    const client = new CookieClient(desk.base);
    expect(await (await client.get('/login', { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' })).text()).toContain('Logg inn');
    expect(await (await client.get('/login', { 'accept-language': 'en-GB' })).text()).toContain('Log in');
    await client.get('/lang/nb?back=/login');
    expect(await (await client.get('/login', { 'accept-language': 'en-GB' })).text()).toContain('Logg inn');
  });

  it('names a missing setting for Discord login at start-up', async () => {
    const result = await runCli(['desk', '--port', '0'], { env: { FACTBOT_DB: db.file(), FACTBOT_DESK_CLIENT_SECRET: 'a-secret-value', LANG: 'en_US.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FACTBOT_DESK_URL');
    expect(result.stderr).not.toContain('a-secret-value');
  });
});
