"""The corpus README's measures, as pure functions.

Body: 4-token shingles of `\\w+` Unicode tokens, per-page tp/fp/fn normalised by
tp+fp+fn, precision averaged over pages that predicted something, recall over pages
that expected something, F1 the harmonic mean of the two averages. Tokens are found
with the standard `re` module, as the upstream article-extraction-benchmark does, and
the body score is case-sensitive as there.

Title: right when the lowercased word tokens of prediction and declared title overlap
by at least 80% both ways, the declared title taken whole or without its trailing site
suffix. Day: the predicted date's `YYYY-MM-DD` equals the declared day.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

SHINGLE_SIZE = 4
TITLE_OVERLAP = 0.8
SITE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ")

_TOKEN_RE = re.compile(r"\w+")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's shingle counts, each divided by tp+fp+fn (all 0 when both texts are empty)."""

    tp: float
    fp: float
    fn: float

    @property
    def predicted(self) -> bool:
        """Something was predicted: the page counts in the precision average."""
        return self.tp + self.fp > 0

    @property
    def expected(self) -> bool:
        """Something was expected: the page counts in the recall average."""
        return self.tp + self.fn > 0

    @property
    def precision(self) -> float:
        """tp/(tp+fp); 1 when fp = fn = 0."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """tp/(tp+fn); 1 when fp = fn = 0."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.expected else 0.0

    @property
    def f1(self) -> float:
        """The page's own F1 (for finding bad pages; the corpus F1 is not their mean)."""
        return harmonic_mean(self.precision, self.recall)


@dataclass(frozen=True, slots=True)
class BodySummary:
    """Corpus-level body figures."""

    f1: float
    precision: float
    recall: float


def tokenize(text: str | None) -> list[str]:
    """The `\\w+` tokens of a text (Unicode, case kept)."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Counts of the `size`-token shingles; a shorter text is one shingle, an empty one none."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def score_page(predicted: str | None, expected: str | None) -> PageScore:
    """Shared, extra and missed shingles of one page, normalised by their sum."""
    pred, true = shingles(predicted), shingles(expected)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def harmonic_mean(a: float, b: float) -> float:
    """2ab/(a+b), 0 when both are 0."""
    return 2 * a * b / (a + b) if a + b > 0 else 0.0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarize(pages: Iterable[PageScore]) -> BodySummary:
    """Precision over pages with tp+fp>0, recall over pages with tp+fn>0, F1 of the two."""
    pages = list(pages)
    precision = _mean([p.precision for p in pages if p.predicted])
    recall = _mean([p.recall for p in pages if p.expected])
    return BodySummary(harmonic_mean(precision, recall), precision, recall)


def strip_site_suffix(title: str) -> str:
    """The title without the part after its last site separator (` | `, ` - `, ` – `, ` — `, ` :: `)."""
    cut = max(title.rfind(sep) for sep in SITE_SEPARATORS)
    return title[:cut] if cut > 0 else title


def _overlaps(predicted: Counter[str], declared: Counter[str]) -> bool:
    if not predicted or not declared:
        return False
    shared = sum((predicted & declared).values())
    return shared >= TITLE_OVERLAP * predicted.total() and shared >= TITLE_OVERLAP * declared.total()


def title_ok(predicted: str | None, declared: str) -> bool:
    """Lowercased word tokens overlap (as multisets) by >= 80% both ways, declared whole or without site suffix.

    Case is ignored: a headline in capitals or with a different capitalisation is still the headline.
    """
    pred = Counter(tokenize((predicted or "").lower()))
    return any(
        _overlaps(pred, Counter(tokenize(candidate.lower()))) for candidate in {declared, strip_site_suffix(declared)}
    )


def day_of(value: datetime | date | str | None) -> str | None:
    """`YYYY-MM-DD` of a datetime/date as given (no timezone conversion), or of an ISO-like string."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    match = _DAY_RE.match(value.strip())
    return match.group(0) if match else None


def day_ok(predicted: datetime | date | str | None, declared_day: str) -> bool:
    """The predicted publication day equals the declared one."""
    return day_of(predicted) == declared_day


def accuracy(results: Iterable[bool | None]) -> tuple[float, int]:
    """Share of True among the pages that declare the field (None = not declared), and their number."""
    counted = [r for r in results if r is not None]
    return (_mean([float(r) for r in counted]), len(counted))
