#!/usr/bin/env python3
"""Turns a review file with star ratings into the text,label CSV that `text evaluate` reads (docs/quality.md).

Usage: star-ratings.py IN.csv OUT.csv [TEXT_COLUMN] [RATING_COLUMN]
       (defaults: reviews.text, reviews.rating, the Datafiniti hotel-review columns)

Besides OUT.csv it writes OUT-first.csv and OUT-second.csv, the kept reviews split in two halves in file order (a
rule is chosen on the first and confirmed on the second; the file is sorted by hotel, so the halves share few hotels).

Whole reviews; 1-2 stars negative, 3 neutral, 4-5 positive. Rows without text, with a rating that is not a whole
number from 1 to 5, or with a text seen before (the same review posted twice) are left out and counted. Every
language is kept: `evaluate` reports how many texts were not in English.
"""
import collections
import csv
import sys


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    src, dst = argv[1], argv[2]
    text_col = argv[3] if len(argv) > 3 else 'reviews.text'
    rating_col = argv[4] if len(argv) > 4 else 'reviews.rating'
    seen, kept, left_out = set(), [], collections.Counter()
    with open(src, newline='', encoding='utf-8', errors='replace') as f:
        for row in csv.DictReader(f):
            text = (row.get(text_col) or '').strip()
            try:
                rating = float(row.get(rating_col) or '')
            except ValueError:
                rating = None
            if not text:
                left_out['no text'] += 1
            elif rating is None or rating != int(rating) or not 1 <= rating <= 5:
                left_out['rating not 1-5'] += 1
            elif text in seen:
                left_out['repeated text'] += 1
            else:
                seen.add(text)
                label = 'negative' if rating <= 2 else 'neutral' if rating == 3 else 'positive'
                kept.append((text, label, int(rating)))
    half = len(kept) // 2
    stem = dst[:-4] if dst.endswith('.csv') else dst
    for path, rows in ((dst, kept), (stem + '-first.csv', kept[:half]), (stem + '-second.csv', kept[half:])):
        with open(path, 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            w.writerow(['text', 'label', 'rating'])
            w.writerows(rows)
    labels = collections.Counter(label for _, label, _ in kept)
    print(f'{len(kept)} reviews written to {dst}: {dict(labels)}; left out: {dict(left_out)}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv)
