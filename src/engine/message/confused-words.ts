/**
 * Words written for others that sound alike, where the sentence shows which was meant: "did they say weather they sold
 * arms" asks whether. The word written would be one the article does not know, which weighs as something asked about.
 */
// "Weather" opening a clause ("weather they", "weather or not", "weather North Korea …"): whether.
const WEATHER_FOR_WHETHER =
  /\bweather(?=\s+(?:they|it|he|she|we|you|there|this|that|or\s+not|the\s+(?:us|shells|train|horses|shipments|claim)|north|nk|dprk|russia|kim|putin|pyongyang|moscow|anyone|any)\b)/giu;

/** The message with such words put as meant. */
export function withConfusedWordsPut(text: string): string {
  return /weather/i.test(text) ? text.replace(WEATHER_FOR_WHETHER, 'whether') : text;
}
