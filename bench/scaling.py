"""How `clean`'s time grows with the input on adversarial dumps: `python -m bench.scaling [--size N]`.

Data teams clean millions of dumps; one page that is a megabyte of dots, of `!A` glue or of
credit lines must cost time linear in its size, never quadratic, or it stalls a whole batch.
For each pattern below this cleans a dump of about `size` characters and one four times as
long (best of `--repeat` runs each) and prints the ratio of the two times: about 4 is linear,
about 16 quadratic. A ratio above `SUPERLINEAR` is flagged, and the exit status is 1 if any is.
Ratios of runs under a few milliseconds are noise; the default size keeps every run above that.
"""

from __future__ import annotations

import argparse
import sys
import time

import articleclean

# Repeated to the wanted size: runs of sentence punctuation (one regex attempt a character that
# rescans the run), glue everywhere (one split a line), a credit line a line (one lookup of the line
# above a line), and lines of the shapes every filter looks for.
PATTERNS: tuple[str, ...] = (
    ".",
    "…",
    "!?",
    "AbAbAb.",
    "Ab:Cd",
    "x" * 300 + ".",
    "A.\n",
    "!A\n",
    "Ab:Cd\n",
    "Ab cd.\n",
    "Ab\n",
    "\u200b\n",
    "By Jo Doe\n",
    "Nov 19, 2019\n",
    "Read more: Ab\n",
    "© Ab\n",
    "Photo: Ab\n",
    "Ab cd ef gh.\nPhoto: AFP\n",
    "Share\n",
    "x@y.com\n",
    "Ab cd ef gh ij kl mn op qr st uv wx yz.\n",
    "WASHINGTON (Reuters) - Ab cd.\n",
    "Ab cd ef gh.Share this!Follow us\n",
    # a dump that kept the page's code (`drop_code`), and Markdown (read through HTML)
    '{"a": [1, {"b": "c"}], "d": "Ab cd ef."};',
    "var a = {b: 1};\nAb cd ef gh ij.\n",
    "* [Ab](/cd)\n",
    "# Ab\n\n[Cd](/ef) gh ij.\n\n",
    "*[Ab](/",
    # the filters after the classifier: tag lists, widgets, teasers, comment threads, pull quotes
    "Tags\nAb cd\n",
    "Most read\nAb cd ef\nGh ij kl.\nNews\n",
    "Reply\nAb cd ef gh ij.\n",
    "Ab cd ef gh ij kl.\nAb cd ef gh ij kl. Mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz.\n",
    "Copyright 2025 Ab. All rights reserved.\n",
    # quotation marks glued between blocks (each looks back for the mark that opens it), a caption whose
    # sentences a page-long glued line holds (each credit looks back along its line), a widget line cut
    # into sentences, comment buttons between markers (two passes), bylines with a place or an outlet
    "ab»Cd ef «gh ",
    "Ab cd ef gh ij. Kl mn op.Photo: AFP",
    "Video: Ab cd. Ef gh (1:48)\n",
    "Reply\nReport\nAb cd\n",
    "Von Ab Cd, Ef Gh - Ij\n",
    # story cards (a headline over its button), markers alone over a link, quotations glued to each other,
    # notes under a story
    "Ab\nCd ef gh\nLesen\n",
    "Mehr zum Thema\nAb cd ef\n",
    "ab. »« Cd ",
    "This audio is generated automatically.\n",
    # polls (each vote button looks back for its question), placeholders and follow prompts with their buttons
    "Ab cd?\nEf\nVote\n",
    "Externer Inhalt\nAb cd\nAnzeigen\n",
    "Follow us on WhatsApp\nFollow\n",
    # video players, product boxes and lists of sources (each looks down for the rest of its box)
    "Video\nAb cd\n02:31\n",
    "Ab cd\n$9 at Ef\nBuy now\n",
    "Sources\nAb cd, 2019.\n",
    # comment forms (each notice looks around it for fields, the last one down for the thread), gallery slides
    # (each run of counters looks around it for captions and controls), cookie banners, boxes with no field
    "Your email address will not be published.\nName *\nHace 2 horas\n",
    "1 of 9\nAb cd.\nPrevious\n",
    "We use cookies.\nAb cd ef.\n",
    "Get it in your inbox.\nSign me up\n",
    # the eighth session's boxes: fact boxes (each heading looks down for its lines), teaser boxes (each heading
    # looks down for its teasers and the story), agency credits under captions, video labels and running times
    "Ab cd\nEf: 1\nGh: 2\n",
    "Trending\nAb cd ef gh\nIj kl mn op\n",
    "Ab cd ef gh\nANP\n",
    "Zobacz wideo\nAb cd (2:41)\n",
    # the ninth session's: numbered teaser lists (each heading looks down for its numbers), share bars (each kept
    # button reads its run), tables of contents (each entry is looked up below it), boxes of figures, ticker
    # strips, podcast players and widget lines cut into sentences
    "Most read\n1\nAb cd ef\n2\nGh ij kl\n",
    "Facebook\nTwitter\nE-Mail\n",
    "Inhalt\n1. Ab\nAb\n",
    "Ab cd\n12 ef gh\n",
    "ABC\n+1.2%\n",
    "Folge 1 · 3 Min.\nAb cd\n",
    "Ab cd. Try Ef free for 14 days. ",
    # a page on one line with spaces, every start of which recurs (`recurring_prefix`), and code
    # whose words follow its last sign (`_text_after_code`)
    "Ab cd ef gh ",
    "x=a.b(c) Ab cd ef ",
    # the tenth session's: Chinese sentences glued, a box that names itself one, video links and buttons, a league
    # table's rows, hashtags, a premium teaser's label, names that may sign a story, a byline marker alone
    "文字。",
    "At a glance\nAb cd\n",
    "Bekijk de video (1:45)\nAb cd\n",
    "1. Ab – 2 Punkte\n",
    "#ab\n",
    "Premium\nAb cd\n",
    "Ab Cd\n",
    "By\nAb Cd\n",
    # the eleventh session's: promotional boxes (each label looks down for its button), end marks (each counts the
    # text around it), pull quotes with who said them, lone toolbar buttons, handles after bylines, tip prompts
    "Sponsored content\nAb cd\n",
    "###\nAb cd ef.\n",
    "Ab cd, ef gh.\nAb cd\n",
    "Gem\nDel\n",
    "By Ab Cd @ab\n",
    "Vet du mer? Tipsa oss!\nRing 12 34 56.\n",
)
GROWTH = 4
SUPERLINEAR = 8.0


def best_time(text: str, repeat: int) -> float:
    """The shortest of `repeat` wall times of `clean(text)`, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        articleclean.clean(text)
        times.append(time.perf_counter() - start)
    return min(times)


def grow(pattern: str, size: int) -> str:
    """`pattern` repeated to at least `size` characters."""
    return pattern * -(-size // len(pattern))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="characters of the smaller dump (default 20000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each dump; the best counts (default 3)")
    args = parser.parse_args(argv)
    print(f"| pattern | chars | seconds | chars x{GROWTH} | seconds | ratio | |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    flagged = 0
    for pattern in PATTERNS:
        small, large = grow(pattern, args.size), grow(pattern, args.size * GROWTH)
        t_small, t_large = best_time(small, args.repeat), best_time(large, args.repeat)
        ratio = t_large / max(t_small, 1e-9)
        verdict = "superlinear" if ratio > SUPERLINEAR else "linear"
        flagged += verdict == "superlinear"
        shown = repr(pattern if len(pattern) <= 24 else pattern[:12] + "…" + pattern[-8:])
        print(f"| `{shown}` | {len(small)} | {t_small:.3f} | {len(large)} | {t_large:.3f} | {ratio:.1f} | {verdict} |")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
