/** Bytes that are not UTF-8: where the first bad byte is (0-based). */
export class NotUtf8Error extends Error {
  constructor(readonly offset: number) {
    super(`not UTF-8: invalid byte at offset ${offset}`);
    this.name = 'NotUtf8Error';
  }
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 strictly (a leading byte-order mark is dropped): a Latin-1 or Windows-1252 file
 * would otherwise turn every å, ø and æ into U+FFFD and be imported as if nothing were wrong.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new NotUtf8Error(firstInvalidOffset(bytes));
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) [length, min] = [1, 0];
    else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (length > 1) {
      let code = b & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) {
        const c = bytes[i + k];
        if (c === undefined || (c & 0xc0) !== 0x80) return i;
        code = (code << 6) | (c & 0x3f);
      }
      if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    }
    i += length;
  }
  return bytes.length;
}
