"""The extractors under test, each behind one `Extractor` interface.

A system's `load` imports its package (so imports are warm before timing) and returns
a function from the input text to a `Prediction`. A missing package raises ImportError.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata

DUMP = "dump"
HTML = "html"


@dataclass(slots=True)
class Prediction:
    """What a system made of one page."""

    body: str
    title: str | None = None
    published: datetime | date | str | None = None


Extractor = Callable[[str], Prediction]


@dataclass(frozen=True, slots=True)
class System:
    """A named extractor for one kind of input (`dump` text or `html`), and whether it gives titles and dates."""

    name: str
    kind: str
    load: Callable[[], Extractor]
    distribution: str | None = None
    titles: bool = False
    dates: bool = False

    def version(self) -> str | None:
        """The installed version of the system's package, if any."""
        if self.distribution is None:
            return None
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return None


def _quiet(*loggers: str) -> None:
    """Silence the per-page warnings of third-party extractors."""
    for name in loggers:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def load_articleclean() -> Extractor:
    """`articleclean.clean` on the input as given; body is `article.text`."""
    import articleclean

    def extract(text: str) -> Prediction:
        article = articleclean.clean(text)
        return Prediction(article.text, article.title, article.published)

    return extract


def load_keep_everything() -> Extractor:
    """The whole input as body: the recall ceiling and precision floor."""
    return Prediction


def load_c4() -> Extractor:
    """datatrove's C4QualityFilter line rules; the surviving lines are the body, a dropped page is empty.

    The page-level sentence count needs spaCy, so it is disabled (`min_num_sentences=-1`);
    all other rules keep their defaults (terminal punctuation, >= 3 words, javascript,
    policy lines, and the whole-page lorem ipsum and curly bracket rules).
    """
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter
    from datatrove.pipeline.filters.base_filter import get_filter_result

    c4 = C4QualityFilter(min_num_sentences=-1)

    def extract(text: str) -> Prediction:
        doc = Document(text=text, id="page")
        kept, _reason = get_filter_result(c4.filter(doc))
        return Prediction(doc.text if kept else "")

    return extract


def load_trafilatura() -> Extractor:
    """One `trafilatura.bare_extraction(html, with_metadata=True)` call, default settings otherwise.

    Its `.text` is the main text without comments (`extract`'s default txt output appends
    the comments, which costs about 0.01 precision); `.title` and `.date` are the metadata.
    """
    from trafilatura import bare_extraction

    _quiet("trafilatura", "htmldate", "courlan")

    def extract(html: str) -> Prediction:
        doc = bare_extraction(html, with_metadata=True)
        if doc is None:
            return Prediction("")
        return Prediction(doc.text or "", doc.title, doc.date)

    return extract


def load_readability() -> Extractor:
    """readability-lxml's `summary()` as text (one line per text node) and `short_title()`."""
    import lxml.html
    from readability import Document

    _quiet("readability", "readability.readability")

    def extract(html: str) -> Prediction:
        doc = Document(html)
        summary = lxml.html.fromstring(doc.summary())
        body = "\n".join(part.strip() for part in summary.itertext() if part.strip())
        return Prediction(body, doc.short_title())

    return extract


# ISO 639-1 codes of the `<html lang>` attribute -> jusText stoplist names (English otherwise).
_JUSTEXT_LANGUAGES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay", "nl": "Dutch", "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian",
    "vi": "Vietnamese",
}  # fmt: skip
_HTML_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})\b", re.IGNORECASE)


def justext_language(html: str) -> str:
    """The jusText stoplist for the page's declared `<html lang>`, English when unknown."""
    match = _HTML_LANG_RE.search(html)
    return _JUSTEXT_LANGUAGES.get(match.group(1).lower(), "English") if match else "English"


def load_justext() -> Extractor:
    """jusText's non-boilerplate paragraphs, with the stoplist of the page's `<html lang>`."""
    import justext

    stoplists: dict[str, frozenset[str]] = {}

    def extract(html: str) -> Prediction:
        language = justext_language(html)
        if language not in stoplists:
            stoplists[language] = justext.get_stoplist(language)
        paragraphs = justext.justext(html, stoplists[language])
        return Prediction("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return extract


SYSTEMS: tuple[System, ...] = (
    System("articleclean", DUMP, load_articleclean, "articleclean", titles=True, dates=True),
    System("keep-everything", DUMP, load_keep_everything),
    System("datatrove-c4", DUMP, load_c4, "datatrove"),
    System("articleclean", HTML, load_articleclean, "articleclean", titles=True, dates=True),
    System("trafilatura", HTML, load_trafilatura, "trafilatura", titles=True, dates=True),
    System("readability-lxml", HTML, load_readability, "readability-lxml", titles=True),
    System("justext", HTML, load_justext, "jusText"),
)
