/** Text normalisation for entered figures: full-width forms to ASCII, spaces removed. */

const FULL_WIDTH: Record<string, string> = {
  "．": ".",
  "，": ",",
  "％": "%",
  "＋": "+",
  "－": "-",
  "−": "-",
  "–": "-",
  "—": "-",
  "～": "~",
  "〜": "~",
};

/** Maps full-width digits and punctuation to ASCII, folds runs of white space to one space and trims. */
export function normalizeFigureText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (code >= 0xff21 && code <= 0xff5a) out += String.fromCharCode(code - 0xfee0);
    else if (FULL_WIDTH[ch] !== undefined) out += FULL_WIDTH[ch];
    else out += /\s/.test(ch) ? " " : ch;
  }
  return out.replace(/ +/g, " ").trim();
}
