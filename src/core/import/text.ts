/**
 * Text normalisation for pasted table cells: full-width digits, letters,
 * brackets and signs to ASCII; white space removed. The printed text is kept
 * elsewhere; this form is only for reading.
 */

const MAP: Readonly<Record<string, string>> = {
  "\u3000": " ",
  "〔": "[",
  "〕": "]",
  "【": "[",
  "】": "]",
  "−": "-",
  "～": "~",
  "〜": "~",
  "≧": "≥",
  "≦": "≤",
};

/** Full-width forms (U+FF01–U+FF5E) to ASCII and a few look-alikes to one form; spaces removed. */
export function normalizeCell(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const mapped = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (MAP[ch] ?? ch);
    if (!/\s/.test(mapped)) out += mapped;
  }
  return out;
}

/** True for a character of the CJK unified ideographs block. */
export function isHan(ch: string): boolean {
  return /[\u3400-\u9fff]/.test(ch);
}

/** True when the text holds a Chinese character or a Latin letter. */
export function hasWordCharacter(text: string): boolean {
  return /[\u3400-\u9fffA-Za-z]/.test(text);
}
