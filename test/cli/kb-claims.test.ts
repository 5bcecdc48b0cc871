import { describe, expect, it } from 'vitest';
import { useAdminDb } from '../support/admin-db.js';
import type { ClaimReviewJson } from '../support/kb-file-json.js';
import { runCli } from '../support/run-cli.js';

describe('factbot kb entries edit --claim-… (spawned): the claim an entry reviews', () => {
  const dbs = useAdminDb();

  it('sets, changes and removes a claim; kb export --claimreview follows; half a claim is refused, naming the field', async () => {
    const file = dbs.file();
    const env = { FACTBOT_DB: file, FACTBOT_PUBLIC_URL: 'https://factbot.example.org', LANG: 'en_US.UTF-8', LC_ALL: '' };
    const reviewed = async () => {
      const result = await runCli(['kb', 'export', '--claimreview', '--lang', 'en'], { env });
      expect(result.code, result.stderr).toBe(0);
      return { stderr: result.stderr, reviews: JSON.parse(result.stdout) as ClaimReviewJson[] };
    };
    expect((await reviewed()).stderr).toContain('transloading-unconfirmed');

    const set = await runCli(
      [
        'kb',
        'entries',
        'edit',
        'transloading-unconfirmed',
        '--claim-nb',
        'Lasten ble lastet om på Khasan stasjon.',
        '--claim-en',
        'The cargo was transloaded at Khasan station.',
        '--claim-by',
        '38-north',
      ],
      { env },
    );
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('edited entry transloading-unconfirmed (claim)');
    let after = await reviewed();
    expect(after.stderr).toBe('');
    expect(after.reviews.find((r) => r.identifier === 'transloading-unconfirmed')).toMatchObject({
      claimReviewed: 'The cargo was transloaded at Khasan station.',
      itemReviewed: { author: { name: '38 North' } },
    });

    // One part changed, the rest of the claim kept.
    expect((await runCli(['kb', 'entries', 'edit', 'dprk-denial', '--claim-date', '2022-09-21'], { env })).code).toBe(0);
    const shown = await runCli(['kb', 'entries', 'show', 'dprk-denial'], { env });
    expect(shown.stdout).toContain('Claim reviewed (en): North Korea has never sold weapons or ammunition to Russia');
    expect(shown.stdout).toContain('Claim made by: north-korea (2022-09-21)');

    const half = await runCli(['kb', 'entries', 'edit', 'horse-train', '--claim-nb', 'Toget fraktet hester.'], { env });
    expect(half.code).toBe(1);
    expect(half.stderr).toContain('claim.en');

    expect((await runCli(['kb', 'entries', 'edit', 'dprk-denial', '--no-claim'], { env })).code).toBe(0);
    after = await reviewed();
    expect(after.reviews.map((r) => r.identifier)).not.toContain('dprk-denial');
    expect(after.stderr).toContain('dprk-denial');
  });
});
