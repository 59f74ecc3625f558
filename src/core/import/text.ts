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

/**
 * Full-width forms (U+FF01–U+FF5E) to ASCII and a few look-alikes to one form; white space
 * removed, except between two digits, where one space stays so that "1 0" never reads as 10.
 */
export function normalizeCell(text: string): string {
  let mapped = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    mapped += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (MAP[ch] ?? ch);
  }
  const trimmed = mapped.trim();
  const digitAt = (i: number) => /\d/.test(trimmed.charAt(i));
  return trimmed.replace(/\s+/g, (gap: string, at: number) => (digitAt(at - 1) && digitAt(at + gap.length) ? " " : ""));
}

/** True when the text holds a Chinese character or a Latin letter. */
export function hasWordCharacter(text: string): boolean {
  return /[\u3400-\u9fffA-Za-z]/.test(text);
}
