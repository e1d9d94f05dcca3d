"""How many declared publication days a text dump shows at all: `python -m bench.day_ceiling [CORPUS_DIR]`.

Day accuracy on text dumps can only be as good as the dates the dumps show. For each page
that declares a day, this reads every date in its dump with articleclean's own date parser
and sorts the page into one of four cases:

- `shown`: some date in the dump falls on the declared day, in the zone the page states;
- `UTC only`: no date does, but one with a stated zone falls on it once converted to UTC
  (the publisher declared UTC, the page shows local time; articleclean keeps the stated zone);
- `not shown`: no date in the dump falls on the declared day (relative dates such as
  `1 day ago`, a day without its year, or a declared day the page does not show);
- `placeholder`: the declared day is `0001-01-01`.

It prints, per dump style, the count of each case and the ceiling (the share of `shown`
pages), beside articleclean's own day accuracy on the same pages, so the day figure of
`bench.run` can be read against what is reachable.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import articleclean
from articleclean.parse.dates import find_date
from bench.run import DEFAULT_CORPUS
from bench.score import day_ok

STYLES = ("lines", "raw")
PLACEHOLDER = "0001-01-01"


def dates_in(text: str) -> list[datetime]:
    """Every date the parser reads in `text`, line by line, left to right."""
    found = []
    for line in text.splitlines():
        pos = 0
        while (dateline := find_date(line[pos:])) is not None:
            found.append(dateline.when)
            pos += max(dateline.span[1], 1)
    return found


def case_of(text: str, declared: str) -> str:
    """Which of the four cases (module docstring) a page is in."""
    if declared == PLACEHOLDER:
        return "placeholder"
    dates = dates_in(text)
    if any(when.date().isoformat() == declared for when in dates):
        return "shown"
    in_utc = [when.astimezone(timezone.utc) for when in dates if when.tzinfo is not None]
    if any(when.date().isoformat() == declared for when in in_utc):
        return "UTC only"
    return "not shown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    metadata = json.loads((args.corpus / "page-metadata.json").read_text(encoding="utf-8"))
    print("| style | pages declaring a day | shown | UTC only | not shown | placeholder | ceiling | articleclean |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for style in STYLES:
        cases: Counter[str] = Counter()
        right = 0
        for page_id, meta in sorted(metadata.items()):
            declared = meta.get("published_day")
            path = args.corpus / "dumps" / style / f"{page_id}.txt"
            if not declared or not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            cases[case_of(text, declared)] += 1
            right += day_ok(articleclean.clean(text).published, declared)
        n = sum(cases.values())
        print(
            f"| {style} | {n} | {cases['shown']} | {cases['UTC only']} | {cases['not shown']} | "
            f"{cases['placeholder']} | {cases['shown'] / n:.3f} | {right / n:.3f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
