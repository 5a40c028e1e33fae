#!/usr/bin/env bash
# Another unseen set for the sentiment engine: the UCI "Sentiment Labelled Sentences" (Kotzias, Denil, de Freitas,
# Smyth, KDD 2015: 1,000 sentences each from Yelp restaurant reviews, Amazon product reviews and IMDB movie reviews,
# labelled positive or negative), as the npm package sentiment 5.0.2 ships them in its test fixtures. Nothing of it is
# committed. Since the twelfth session the review direction (review-polarity.model.gz) is trained on these sentences,
# so the figures printed here are in-sample; review-direction.sh prints leave-one-set-out figures. Writes target/labelled-sentences/{yelp,amazon,imdb}.csv (text,label) and
# prints `text evaluate` for each, then the VADER 1.1.3 baseline (compound >= 0.05 positive, <= -0.05 negative;
# 2-class: sign, 0 counts positive).
# Usage (from the repository root, after the CP line of docs/quality.md): touchpoint-text/tools/labelled-sentences.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/labelled-sentences
mkdir -p "$OUT"
(cd "$OUT" && [ -d package ] || (npm pack -q sentiment@5.0.2 >/dev/null && tar xzf sentiment-5.0.2.tgz))
mkdir -p "$OUT/vader"
(cd "$OUT/vader" && [ -d package ] || (npm pack -q vader-sentiment@1.1.3 >/dev/null && tar xzf vader-sentiment-1.1.3.tgz))
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
for set in yelp amazon imdb; do
  node -e '
    const rows = require(process.argv[1]).filter(r => r.text.trim().length);
    const q = s => "\"" + s.trim().replace(/"/g, "\"\"") + "\"";
    process.stdout.write("text,label\n" + rows.map(r => q(r.text) + "," + (r.class === 1 ? "positive" : "negative")).join("\n") + "\n");
  ' "$PWD/$OUT/package/test/fixtures/$set.json" > "$OUT/$set.csv"
  echo "== $set: Touchpoint"
  java -cp "$CP" io.touchpoint.text.cli.TextCli evaluate --input "$OUT/$set.csv" | tail -1
  echo "== $set: VADER 1.1.3"
  node -e '
    const rows = require(process.argv[1]).filter(r => r.text.trim().length);
    process.stdout.write(rows.map(r => (r.class === 1 ? "positive" : "negative") + "\t" + r.text.replace(/\s+/g, " ")).join("\n") + "\n");
  ' "$PWD/$OUT/package/test/fixtures/$set.json" | (cd "$OUT/vader" && node "$OLDPWD/tools/vader-baseline.js")
done
