"""An outside corpus from newspaper4k's test pages: `python -m bench.newspaper4k_corpus OUT_DIR [--sdist FILE]`.

The dev corpus is what articleclean was built and trained on. newspaper4k's source distribution ships
the pages its own tests read (`tests/data/html/*.html`), from sites and languages the dev corpus does not
have (Arabic, Chinese, Japanese, Thai, Korean, Spanish, Latvian, US local news), each with the text
newspaper4k extracts from it (`tests/data/txt/*.txt`) and its metadata (`tests/data/metadata/*.json`).
This writes them as a corpus in the dev corpus's format (`html/`, `dumps/lines/`, `dumps/raw/` made the
way the dev corpus README says, `ground-truth.json`, `page-metadata.json`), so that

    python -m bench.newspaper4k_corpus /tmp/np4k
    python -m bench.run /tmp/np4k

scores articleclean and its peers on it. The reference bodies, titles and days are newspaper4k's own
output, not human annotations: the figures measure agreement with newspaper4k (which misses some
furniture and some text), not truth, and newspaper4k itself is not a fair peer on them.

Without `--sdist` the source distribution is fetched from the package index (`pip download`): the pages
are not ours to ship.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup

VERSION = "0.9.6"
_REMOVED_TAGS = ["script", "style", "noscript", "template"]
_BLANK_RUN = re.compile(r"\n{3,}")


def _text_soup(page: str) -> BeautifulSoup:
    soup = BeautifulSoup(page, "lxml")
    for tag in soup(_REMOVED_TAGS):
        tag.decompose()
    return soup


def lines_dump(page: str) -> str:
    """One text node a line (`get_text("\\n")`), lines stripped, empty lines dropped: the dev corpus's `lines`."""
    lines = (line.strip() for line in _text_soup(page).get_text("\n").splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def raw_dump(page: str) -> str:
    """`get_text()` with no separator, lines right-stripped, blank runs folded to one: the dev corpus's `raw`."""
    lines = [line.rstrip() for line in _text_soup(page).get_text().splitlines()]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip() + "\n"


def fetch_sdist(into: Path) -> Path:
    """newspaper4k's source distribution, downloaded from the package index into `into`."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", f"newspaper4k=={VERSION}", "--no-binary", ":all:", "--no-deps",
         "--quiet", "--dest", str(into)],
        check=True,
    )  # fmt: skip
    return next(into.glob("newspaper4k-*.tar.gz"))


def build(sdist: Path, out: Path) -> int:
    """Write the corpus of the pages that have both an HTML file and an expected text; return their number."""
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(sdist) as archive:
            members = [m for m in archive.getmembers() if "/tests/data/" in m.name and m.isfile()]
            archive.extractall(tmp, members=members, filter="data")
        data = next(Path(tmp).glob("*/tests/data"))
        for sub in ("html", "dumps/lines", "dumps/raw"):
            (out / sub).mkdir(parents=True, exist_ok=True)
        truth, meta = {}, {}
        for html_path in sorted((data / "html").glob("*.html")):
            pid, text_path = html_path.stem, data / "txt" / f"{html_path.stem}.txt"
            if not text_path.exists():
                continue
            page = html_path.read_text(encoding="utf-8", errors="replace")
            with gzip.open(out / "html" / f"{pid}.html.gz", "wt", encoding="utf-8") as handle:
                handle.write(page)
            (out / "dumps" / "lines" / f"{pid}.txt").write_text(lines_dump(page), encoding="utf-8")
            (out / "dumps" / "raw" / f"{pid}.txt").write_text(raw_dump(page), encoding="utf-8")
            meta_path = data / "metadata" / f"{pid}.json"
            declared = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
            url, published = declared.get("url", ""), declared.get("publish_date")
            truth[pid] = {"articleBody": text_path.read_text(encoding="utf-8"), "url": url}
            day = published[:10] if published else None
            meta[pid] = {"url": url, "title": declared.get("title"), "published_day": day}
    (out / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "page-metadata.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(truth)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="directory to write the corpus into")
    parser.add_argument("--sdist", type=Path, help=f"newspaper4k-{VERSION}.tar.gz (default: download it)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sdist = args.sdist or fetch_sdist(Path(tmp))
        count = build(sdist, args.out)
    print(f"{count} pages written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
