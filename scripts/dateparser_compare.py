#!/usr/bin/python3
"""Compare vnextract's dates with Python dateparser's search_dates on a gold corpus.

usage: scripts/dateparser_compare.py GOLD_DIR RECORDS.jsonl

GOLD_DIR holds NAME.txt and NAME.gold.json (the format of GOLD.md); RECORDS is
vnextract's output for the same articles. dateparser (Debian: python3-dateparser)
runs search_dates(text, languages=["vi"]) on each article. Its datetimes are
reduced the way the gold writes values: a match with a four-digit year and a
day gives YYYY-MM-DD, a year alone YYYY, a day and month without a year
XXXX-MM-DD. Both systems are scored like score.py's dates field: the set of
distinct values per article, micro P/R/F1, with XXXX matching a resolved year
for the same day. Also prints each system's time per MB of text.
"""
import json
import os
import re
import sys
import time

import dateparser
from dateparser.search import search_dates

YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
NUMS = re.compile(r"\d+")


def reduce(sub, dt):
    years = YEAR.findall(sub)
    nums = NUMS.findall(sub)
    if years and len(nums) == 1:
        return dt.strftime("%Y")
    if years and len(nums) == 2:
        return dt.strftime("%Y-%m")
    if years:
        return dt.strftime("%Y-%m-%d")
    if len(nums) >= 2:
        return "XXXX-" + dt.strftime("%m-%d")
    return None


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold, sys_values):
    tp = fp = fn = 0
    for gid, gd in gold.items():
        sd = set(sys_values.get(gid, set()))
        for v in sorted(gd - sd):
            same = [x for x in sd - gd if len(v) > 4 and x[4:] == v[4:] and "XXXX" in (x[:4], v[:4])]
            if same:
                sd.discard(same[0])
                sd.add(v)
        tp += len(gd & sd)
        fp += len(sd - gd)
        fn += len(gd - sd)
    return tp, fp, fn


def main(gold_dir, records):
    gold, texts = {}, {}
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".gold.json"):
            g = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
            gold[g["id"]] = {d["value"] for d in g.get("dates", [])}
            texts[g["id"]] = open(os.path.join(gold_dir, name[: -len(".gold.json")] + ".txt"), encoding="utf-8").read()
    ours = {}
    for line in open(records, encoding="utf-8"):
        r = json.loads(line)
        ours[r["id"].rsplit("/", 1)[-1]] = {d["value"] for d in r.get("dates") or []}
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    theirs = {}
    mb = sum(len(t.encode()) for t in texts.values()) / 1e6
    start = time.perf_counter()
    for gid, text in texts.items():
        found = search_dates(text, languages=["vi"], settings=settings) or []
        theirs[gid] = {v for v in (reduce(s, dt) for s, dt in found) if v}
    elapsed = time.perf_counter() - start
    print(f"dateparser {dateparser.__version__}: {len(texts)} articles, {mb:.3f} MB in {elapsed:.2f}s = {mb / elapsed:.3f} MB/s")
    for name, vals in (("vnextract", ours), ("dateparser", theirs)):
        tp, fp, fn = score(gold, vals)
        p, r, f = prf(tp, fp, fn)
        print(f"{name:10s} dates P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
