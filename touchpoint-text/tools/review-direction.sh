#!/usr/bin/env bash
# The review direction (review-polarity.model.gz, ADR 0101 twelfth-session addendum): retrains it from GoEmotions train,
# the UCI Sentiment Labelled Sentences and the sentences written by the project (written-sentences.tsv), checks the
# result is the shipped file, then scores each UCI set with a direction trained without that set (leave one set out).
# The shipped model has seen all three sets, so these are the figures to quote for them; labelled-sentences.sh alone
# prints in-sample figures.
# Usage (from the repository root, after the CP line of docs/quality.md): touchpoint-text/tools/review-direction.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
GO=${GOEMOTIONS:-../shared/data/goemotions}
U=touchpoint-text/target/labelled-sentences
OUT=touchpoint-text/target/review-direction
touchpoint-text/tools/labelled-sentences.sh > /dev/null 2>&1
CP="touchpoint-text/target/test-classes:touchpoint-text/target/classes:$(cat touchpoint-text/target/cp.txt)"
SHIPPED=touchpoint-text/src/main/resources/io/touchpoint/text/sentiment/review-polarity.model.gz
# the sentences written by the project (label<TAB>text, '#' comments) as text,label CSV
WRITTEN="$OUT/written.csv"
mkdir -p "$OUT"
awk -F'\t' 'BEGIN { print "text,label" } !/^#/ && NF == 2 { t = $2; gsub(/"/, "\"\"", t); print "\"" t "\"," $1 }' \
    touchpoint-text/src/test/resources/io/touchpoint/text/written-sentences.tsv > "$WRITTEN"
java -cp "$CP" io.touchpoint.text.cli.TextCli train --goemotions "$GO" --out "$OUT/all" \
    --reviews "$U/yelp.csv,$U/amazon.csv,$U/imdb.csv,$WRITTEN" 2> "$OUT.log"
if cmp -s <(gunzip -c "$OUT/all/review-polarity.model.gz") <(gunzip -c "$SHIPPED"); then
  echo "retrained review direction: the same as the shipped file"
else
  echo "retrained review direction: DIFFERS from the shipped file"
fi
for held in yelp amazon imdb; do
  others=""
  for s in yelp amazon imdb; do
    [ "$s" = "$held" ] || others="$others$U/$s.csv,"
  done
  others="$others$WRITTEN"
  dir="$OUT/without-$held/io/touchpoint/text/sentiment"
  mkdir -p "$dir"
  java -cp "$CP" io.touchpoint.text.cli.TextCli train --goemotions "$GO" --out "$dir" --reviews "$others" 2>> "$OUT.log"
  rm -f "$dir"/goemotions-*.model.gz
  echo "== $held, direction trained without it"
  # the directory first on the class path replaces the shipped review direction
  java -cp "$OUT/without-$held:$CP" io.touchpoint.text.cli.TextCli evaluate --input "$U/$held.csv" 2>/dev/null | tail -1
done
