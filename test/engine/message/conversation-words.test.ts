import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { ConversationWords } from '../../../src/engine/message/conversation-words.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('ConversationWords', () => {
  const words = new ConversationWords(
    ['what can you do?', 'how does this bot work', 'thanks for the answer', 'thanks a lot', 'hvem er du?', 'hei', 'hallois', 'help me'],
    ['who took the pictures?', 'what did the White House answer?', 'how long is the bridge?'],
  );
  const chats = (message: string): boolean => words.chats(tokenize(message), message);

  it('takes a message made of the conversation texts’ words, and one word they lack', () => {
    expect(chats('what can this bot do')).toBe(true);
    expect(chats('hvem er du')).toBe(true);
    expect(chats('thanks a lot')).toBe(true);
    expect(chats('thanks, super')).toBe(true);
  });

  it('takes thanks that say what the answer did ("that helped", "det hjalp"), with one word they lack', () => {
    expect(chats('thanks, that was really helpful')).toBe(true);
    expect(chats('takk, det hjalp veldig')).toBe(true);
  });

  it('takes a "which" question for what the bot can do, not one for a fact', () => {
    const topics = new ConversationWords(['what topics do you know?', 'help me'], ['who took the pictures?', 'which train was seen?']);
    expect(topics.chats(tokenize('which topics do you know'), 'which topics do you know')).toBe(true);
    expect(topics.chats(tokenize('which train did you see'), 'which train did you see')).toBe(false);
  });

  it('not a statement that says none of their own words, only names the bot', () => {
    expect(chats('this bot')).toBe(false);
    expect(chats('help')).toBe(true);
    // A greeting mistyped is still one.
    expect(chats('hallais')).toBe(true);
  });

  it('takes a short greeting drawn out by its last letter typed twice ("hii", "heii"), not another short word', () => {
    const greetings = new ConversationWords(['hi', 'hei', 'hey there'], ['who took the pictures?']);
    const greets = (message: string): boolean => greetings.chats(tokenize(message), message);
    expect(greets('hii')).toBe(true);
    expect(greets('heii')).toBe(true);
    expect(greets('hii there')).toBe(true);
    expect(greets('hee')).toBe(false);
  });

  it('says only their own words: thanks and praise, stop words and the bot, nothing else', () => {
    const only = (message: string): boolean => words.saysOnlyTheirs(tokenize(message));
    expect(only('thanks a lot bot')).toBe(true);
    expect(only('thanks, that was really helpful')).toBe(true);
    expect(only('thanks for the weather')).toBe(false);
    expect(only('this bot')).toBe(false);
  });

  it('not a message that mostly says something else', () => expect(chats('this bot works terribly slow today')).toBe(false));
  it('not a question for a fact beyond their words', () => expect(chats('hvem er det')).toBe(false));
  it('not a question in none of their own words that is not put to the bot', () => {
    expect(chats('what was it')).toBe(false);
    expect(chats('what can u do')).toBe(true);
  });
  it('not bare question words', () => expect(chats('what what what')).toBe(false));
});

describe('Engine: help and thanks only for what asks for them', () => {
  const engine = seedEngine();

  // "what was on it" asks about something said before: it was answered with help at 0.81.
  it.each(['denne boten er dum', 'hvem sa det egentlig', 'what what what', 'ka ka ka', 'what was on it', 'ok and what was in them'])(
    '%j is not answered with help',
    (message) => expect(engine.ask(message).intent).not.toBe('help'),
  );

  it('what asks for help still gets it, and thanks still get thanked', () => {
    expect(engine.ask('what can you do?').intent).toBe('help');
    expect(engine.ask('what can u even do').intent).toBe('help');
    expect(engine.ask('hva kan jeg spørre deg om?').intent).toBe('help');
    expect(engine.ask('tusen takk for svaret!').intent).toBe('thanks');
  });

  it.each(['ka kan du hjælpe mæ me?', 'ka kan eg spørr dæ om?', 'kva slags ting svarar du på?'])('%j, in spoken Norwegian, asks for help', (message) =>
    expect(engine.ask(message).intent).toBe('help'),
  );
});

describe('Engine: everyday greetings the texts do not teach', () => {
  const engine = seedEngine();

  it.each([
    'yo',
    'hiya',
    'yo <@1029384756> 👋',
    'yo factbot',
    'god morra gutt',
    'hii there 👋',
    'hallaisen',
    'yooo wsg bot 👋',
    'wagwan factbot',
    "what's popping bot",
  ])('%j is greeted', (message) => expect(engine.ask(message).intent).toBe('greeting'));

  it.each(['Privet!', 'hola a todos', 'merhaba 👋', 'Buongiorno! good morning to you', 'servus bot'])(
    '%j, a greeting of another language, is greeted, not read as a word of the story',
    (message) => expect(engine.ask(message).intent).toBe('greeting'),
  );

  it.each(['spasibo!', 'gracias bot'])('%j thanks', (message) => expect(engine.ask(message).intent).toBe('thanks'));

  it('a greeting word does not make chatter a greeting', () => expect(engine.ask('yo this bot is slow today').intent).toBeNull());

  it('reads a name that is a greeting elsewhere as the name it is ("Ola påstår …" is no Portuguese "olá")', () =>
    expect(engine.ask('Ola påstår at toget var fullt av granater, stemmer det?').intent).not.toBe('greeting'));

  it('reads "morning" in a question as the time of day, not the greeting "morn"', () => {
    expect(engine.ask('what was in the morning picture').intent).not.toBe('greeting');
    expect(engine.ask('the morning image').intent).toBe('image-1024');
    expect(engine.ask('morn morn').intent).toBe('greeting');
  });

  it('greets "whats up" and "hvordan går det", greetings in words said of other things too', () => {
    expect(engine.ask('whats up').intent).toBe('greeting');
    expect(engine.ask('hvordan går det').intent).toBe('greeting');
  });

  it('greets a one-word "goddag", and a greeting asking whether anyone is there', () => {
    expect(engine.ask('Goddag.').intent).toBe('greeting');
    expect(engine.ask('Hallo? Er det noen der?').intent).toBe('greeting');
  });

  it('answers colloquial "hvordan funker du" with help, like "hvordan fungerer du"', () => {
    expect(engine.ask('hvordan funker du egt').intent).toBe('help');
  });

  it('thanks that praise the answer in words no training text uses are thanks, not declined', () => {
    expect(engine.ask('takk, det var nyttig!').intent).toBe('thanks');
    expect(engine.ask('mange takk, det var nyttig').intent).toBe('thanks');
    // Its words beside a word of something else stay declined: the weather is no thanks.
    expect(engine.ask('hva blir været i bergen i morgen').intent).toBeNull();
  });

  it('Swedish and Danish thanks are thanks, never an entry', () => {
    expect(engine.ask('tusen tack').intent).toBe('thanks');
    expect(engine.ask('mange tak').intent).toBe('thanks');
    expect(engine.ask('tack så mycket').intent ?? 'thanks').toBe('thanks');
  });
});

describe('Engine: laughter beside one everyday word is chatter', () => {
  const engine = seedEngine();

  it.each(['hahaha nei', 'lol no'])('%j answers nothing', (message) => expect(engine.ask(message).intent).toBeNull());

  it('a topic named beside laughter is still asked about', () => expect(engine.ask('haha kirby?').intent).toBe('covert-shipments'));
});
