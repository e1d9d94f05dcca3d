"""Small string helpers shared by several filters (one place each)."""

from __future__ import annotations

import regex

WORD = regex.compile(r"\w+")
_NOT_WORD = regex.compile(r"[\W_]+")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = regex.compile(r"[.!?…:;][\"'”’»)\]]*$")


def words(text: str) -> list[str]:
    """The `\\w+` tokens of `text`, the unit of the no-text-lost rule and of the body score.

    >>> words("CIA’s Burns ‘possible’")
    ['CIA', 's', 'Burns', 'possible']
    """
    return WORD.findall(text)


def comparable(text: str) -> str:
    """A key under which two renderings of one line compare equal: case, quotes and punctuation folded.

    >>> comparable("CIA’s Burns ‘possible’ –") == comparable("CIA's burns 'possible' -")
    True
    """
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def ends_sentence(text: str) -> bool:
    """True when `text` ends as a sentence does.

    >>> ends_sentence("He left."), ends_sentence("He said: “Yes.”"), ends_sentence("Breaking news")
    (True, True, False)
    """
    return _SENTENCE_END.search(text) is not None
