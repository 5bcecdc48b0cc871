import { describe, expect, it } from 'vitest';
import { withPlainLetters } from '../../../src/engine/message/styled-letters.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withPlainLetters', () => {
  it.each([
    ['𝐰𝐡𝐨 𝐭𝐨𝐨𝐤 𝐭𝐡𝐞 𝐩𝐢𝐜𝐭𝐮𝐫𝐞𝐬', 'who took the pictures'],
    ['ℎ𝑣𝑜𝑟 𝑣𝑎𝑟 𝑡𝑜𝑔𝑒𝑡 13:10', 'hvor var toget 13:10'],
    ['𝕎𝕙𝕚𝕥𝕖 ℍ𝕠𝕦𝕤𝕖', 'White House'],
    ['ｈｖｏｒ\u3000ｌａｎｇ ｅｒ ｂｒｏｅｎ？', 'hvor lang er broen?'],
    ['ʜᴠᴇᴍ ɴᴇᴋᴛᴇᴛ', 'hvem nektet'],
    ['ⓗⓥⓞⓡ ⓛⓐⓝⓖ', 'hvor lang'],
    ['a train with 🅷🅾🆁🆂🅴🆂', 'a train with HORSES'],
    ['🄳🄸🄳 🅂🄾🅄🅃🄷 🄺🄾🅁🄴🄰', 'DID SOUTH KOREA'],
    ['t̶r̶a̶i̶n̶', 'train'],
    ['¿uᴉɐɹʇ ǝɥʇ ʞooʇ oɥʍ', 'who took the train?'],
    ['w h a t  d i d  k i r b y  s a y', 'what did kirby say'],
    ['n å r  s t e n g t e  d e  b r u a', 'når stengte de brua'],
  ])('reads %j as %j', (styled, plain) => expect(withPlainLetters(styled)).toBe(plain));

  it('leaves plain text as typed, æ, ø, å, fractions and ellipses too', () => {
    for (const text of ['hvem tok bildene på 1½ time … å', 'i n k a', 'Blåbærsyltetøy?', '1️⃣ hvem tok bildene']) expect(withPlainLetters(text)).toBe(text);
  });
});

describe('Engine: questions in decorative letters', () => {
  const engine = seedEngine();

  it('answers them as it answers plain ones, in the language they are written in', () => {
    const bold = engine.ask('𝐰𝐡𝐨 𝐚𝐧𝐚𝐥𝐲𝐬𝐞𝐝 𝐭𝐡𝐞 𝐬𝐚𝐭𝐞𝐥𝐥𝐢𝐭𝐞 𝐢𝐦𝐚𝐠𝐞𝐬');
    expect(bold.intent).toBe('image-analysis');
    expect(bold.lang).toBe('en');
    const smallCaps = engine.ask('ʜᴠᴏʀ ʟᴀɴɢ ᴇʀ ᴠᴇɴɴꜱᴋᴀᴘꜱʙʀᴏᴇɴ');
    expect(smallCaps.intent).toBe('friendship-bridge');
    expect(smallCaps.lang).toBe('nb');
    expect(engine.ask('n å r  s t e n g t e  d e  b r u a').intent).toBe('friendship-bridge');
  });
});
