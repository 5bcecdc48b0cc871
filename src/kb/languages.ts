/** Languages answers are written in. Nynorsk questions are answered in Bokmål ("nb"). */
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
