"""Legacy encodings: `python -m bench.encodings [CORPUS_DIR]`.

Scrapers hand over bytes, not always UTF-8. For each legacy encoding below, this re-encodes
every `lines` dump of the corpus that the encoding can represent (and that is not plain ASCII,
which reads the same in any of them), cleans the bytes, and counts the pages whose title and
paragraphs come out exactly as from the UTF-8 text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import articleclean
from bench.run import DEFAULT_CORPUS

ENCODINGS = ("cp1252", "cp1250", "cp1251", "cp1253", "koi8_r")


def same_article(text: str, encoding: str) -> bool | None:
    """Whether `text` cleaned from its bytes in `encoding` gives the title and paragraphs it gives
    as text; None when the encoding cannot represent it or it is ASCII."""
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        return None
    if raw.isascii():
        return None
    expected, got = articleclean.clean(text), articleclean.clean(raw)
    return (expected.title, expected.paragraphs) == (got.title, got.paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    texts = [path.read_text(encoding="utf-8") for path in sorted((args.corpus / "dumps" / "lines").glob("*.txt"))]
    print("| encoding | pages it can encode | same Article as from UTF-8 |")
    print("| --- | --- | --- |")
    for encoding in ENCODINGS:
        results = [r for r in (same_article(text, encoding) for text in texts) if r is not None]
        print(f"| {encoding} | {len(results)} | {sum(results)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
