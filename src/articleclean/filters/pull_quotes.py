"""Pull quotes: a sentence of the story set again, large, between its paragraphs."""

from __future__ import annotations

import re

from articleclean.document import Document, Piece
from articleclean.parse.bylines import match_bare_names
from articleclean.strings import ends_sentence, fold_quotes, word_count

# fewer words in quotation marks are as often a quoted crosshead, which a story keeps (`"My fears were realized"`);
# a whole sentence, with its stop, is none (`“Keselamatan murid adalah keutamaan kami.”`)
_MIN_WORDS, _MIN_SENTENCE_WORDS, _MAX_CHARS = 6, 4, 300
_MIN_PARAGRAPH_CHARS, _MIN_MORE_CHARS = 80, 40  # the paragraph that holds a pull quote says more than it
# Where a paragraph splits into what a pull quote may repeat (quotes are folded to `"` and `'` first): its
# sentences, its quotations and what follows a colon; its sentences whole, a quotation with who said it
# (`"...", said X.`); its quotations whole, of two sentences (`"A? B"`). Chinese and Japanese end a sentence
# with no space after it and quote in corner brackets (`「...。」`): the `_CJK` forms, for a paragraph with one.
_SEGMENT = re.compile(r"(?<=[.!?।])\s+|(?<=[.!?।]['\"])\s+|\"|(?<=:)\s+")
_SENTENCE = re.compile(r"(?<=[.!?।])\s+|(?<=[.!?।]['\"])\s+")
_QUOTATION = re.compile(r"\"")
_SEGMENT_CJK = re.compile(_SEGMENT.pattern + r"|(?<=[。！？])|[「」『』]")
_SENTENCE_CJK = re.compile(_SENTENCE.pattern + r"|(?<=[。！？])")
_QUOTATION_CJK = re.compile(r"[\"「」『』]")
_CJK_MARKS = "。！？「"
_QUOTES = "\"'“”‘’«»„「」『』 "
_ENDS = ".!?…。！？।"
_DIALOGUE_DASHES = "–—"  # a quotation in Nordic, Slavic and Romance prose opens with one (`– Han sa att ...`)


def _key(segment: str) -> str:
    """What a pull quote and the sentence it repeats share: quotes and the final stop aside (a pull quote
    often drops the stop: `«... chi la usa»` from `«... chi la usa.»`)."""
    return segment.strip(_QUOTES).lstrip(_DIALOGUE_DASHES).strip(_QUOTES).rstrip(_ENDS).strip(_QUOTES)


def _fold(text: str) -> str:
    """`text` with its quotes folded (a pull quote in curly quotes is found in a paragraph in straight
    ones) and its white space collapsed."""
    return " ".join(fold_quotes(text).split())


def _may_be_pull_quote(text: str) -> bool:
    """A whole sentence of `_MIN_WORDS` or more, short, or a quotation of as many words set in its quotation
    marks (which the paragraph may end with a comma, `«...», — said he`): what a pull quote looks like,
    before any lookup.

    >>> _may_be_pull_quote("«Мы не видим сейчас возможности платить дивиденды»")
    True
    >>> _may_be_pull_quote("The council met on Tuesday and voted on the plan")
    False
    """
    quote = text.strip(_QUOTES)
    quoted = len(quote) < len(text.rstrip()) and text[:1] in _QUOTES and text.rstrip()[-1:] in _QUOTES
    return (
        len(quote) <= _MAX_CHARS
        and (quote[:1].isupper() or quote[:1].isalpha() and not quote[:1].islower())  # or a caseless script
        and (quoted or ends_sentence(quote))
        and word_count(quote) >= (_MIN_SENTENCE_WORDS if ends_sentence(quote) else _MIN_WORDS)
    )


def _text_of(line: list[Piece]) -> str:
    return " ".join(piece.text for piece in line)


def _is_quoted(text: str) -> bool:
    text = text.rstrip()
    return len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES


def drop_pull_quotes(doc: Document) -> None:
    """Drop a short line that the story's text holds word for word elsewhere (its quotes aside): the
    pull quote a magazine sets between two paragraphs, which a reader reads once, in its paragraph.

    It runs after the classifier and looks only at what it kept.
    """
    kept = [p for p in doc.pieces if p.label is None]
    # a raw dump glues a pull quote set in quotation marks right after the sentence it repeats
    for at in range(1, len(kept)):
        previous, piece = kept[at - 1], kept[at]
        if not (_is_quoted(piece.text) and _may_be_pull_quote(piece.text)):
            continue
        if _key(_fold(previous.text)) == _key(_fold(piece.text)):
            doc.drop(piece, "pull quote: a sentence of the story set again")
            following = kept[at + 1] if at + 1 < len(kept) else None
            if following is not None and _is_attribution(following.text):
                doc.drop(following, "pull quote: who said it")
    kept = [p for p in kept if p.label is None]
    # lines: a raw dump's line comes cut into sentences, the later ones `joins_previous`
    lines: list[list[Piece]] = []
    for piece in kept:
        if piece.data.get("joins_previous") and lines:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    # a line of its own (of one sentence or more), not a sentence of a paragraph; or a pull quote in its
    # quotation marks that a raw dump glued to the end of the paragraph above it
    candidates = [(at, line) for at, line in enumerate(lines) if _may_be_pull_quote(_text_of(line))]
    candidates += [
        (at, [line[-1]])
        for at, line in enumerate(lines)
        if len(line) > 1 and _is_quoted(line[-1].text) and _may_be_pull_quote(line[-1].text)
    ]
    if not candidates:
        return
    # whole paragraphs, their sentences and quotations, each with the two longest lines that say it (a
    # pull quote glued into a line must be said by another): looked up in a dict, linear in the page
    said: dict[str, list[tuple[int, int]]] = {}
    for at, line in enumerate(lines):
        paragraph = _text_of(line)
        if len(paragraph) >= _MIN_PARAGRAPH_CHARS:
            paragraph = _fold(paragraph)
            cjk = any(mark in paragraph for mark in _CJK_MARKS)
            segment_re, sentence_re, quotation_re = (
                (_SEGMENT_CJK, _SENTENCE_CJK, _QUOTATION_CJK) if cjk else (_SEGMENT, _SENTENCE, _QUOTATION)
            )
            segments = segment_re.split(paragraph)
            # else its sentences and quotations are segments already
            if '"' in paragraph or ":" in paragraph or "「" in paragraph:
                segments += [*sentence_re.split(paragraph), *quotation_re.split(paragraph)]
            segments += [head for segment in segments if (head := _before_speech_tag(segment))]
            for segment in set(map(_key, segments)):
                best = said.setdefault(segment, [])
                best.append((len(paragraph), at))
                if len(best) > 2:
                    best.remove(min(best))
    for at, line in candidates:
        text = _fold(_text_of(line))
        # held by a longer paragraph of another line, not repeated alone (a list or a table may well repeat a line)
        longest = max((length for length, other in said.get(_key(text), ()) if other != at), default=0)
        if longest >= len(text) + _MIN_MORE_CHARS:
            for piece in line:
                doc.drop(piece, "pull quote: a sentence of the story set again")
            rest = lines[at][lines[at].index(line[-1]) + 1 :]  # (a raw dump glues who said it after the quote)
            if rest and _is_attribution(rest[0].text):
                doc.drop(rest[0], "pull quote: who said it")
            elif at + 1 < len(lines) and _is_attribution(_text_of(lines[at + 1])):
                for piece in lines[at + 1]:
                    doc.drop(piece, "pull quote: who said it")


_MAX_SPEECH_TAG_WORDS = 12


def _before_speech_tag(sentence: str) -> str | None:
    """A sentence before its last comma, when a few words follow it: the quotation without who said it
    (`Det kunne endt galt, sier regiondirektør Hege Mortensen.`), which a pull quote sets alone.

    >>> _before_speech_tag("It could have ended badly, said the director of the railway.")
    'It could have ended badly'
    >>> _before_speech_tag("No comma here.") is None
    True
    """
    head, comma, tail = sentence.rpartition(",")
    if not comma or len(tail.split()) > _MAX_SPEECH_TAG_WORDS:
        return None
    return head


_ATTRIBUTION = re.compile(r"[—–-]\s*\w")
_MAX_ATTRIBUTION_WORDS = 12


def _is_attribution(text: str) -> bool:
    """The line under a pull quote that names who said it: a dash, a name and maybe a role; or, with no dash, a
    name and a role (`Agnieszka Rutkowska, prezes wodociągów w Szamotułach`).

    >>> _is_attribution("— Linda Okafor, Ashby County Commission president"), _is_attribution("— and then it rained.")
    (True, False)
    >>> _is_attribution("Agnieszka Rutkowska, prezes wodociągów"), _is_attribution("Then it rained, he said.")
    (True, False)
    """
    if len(text.split()) > _MAX_ATTRIBUTION_WORDS or ends_sentence(text):
        return False
    if _ATTRIBUTION.match(text) is not None:
        return not text.lstrip("—–- ")[:1].islower()
    head, comma, _ = text.partition(",")
    return bool(comma) and bool(match_bare_names(head))  # (`Helen Tarrant, Ullswater Swimmers' Association`)
