"""The place line of agency copy (`WASHINGTON (Reuters) -`): `Article.origin`; the text stays in the paragraph."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label
from articleclean.parse.bylines import match_chinese_wire

# A place in capitals (`WASHINGTON`, `SÃO PAULO`, `NEW YORK/LONDON`), an optional date, an optional
# agency in brackets, then a dash (`(EFE).-` in Spanish agency copy), or an agency in slashes and a full
# stop (`МОСКВА, 19 ноября. /ТАСС/.`). Without an agency the place must be in capitals to count.
_PLACE_LINE = regex.compile(
    r"""^(?P<place>\p{Lu}[\p{Lu}\p{M} .'/-]{1,40}?|\p{Lu}[\p{L} .'/-]{1,40}?(?=,?\s*(?:[^()]{1,20}\s*)?\())
    (?:,\s*(?P<date>[\p{L}\d. ]{1,20}?))?
    \s*(?:\((?P<agency>\p{Lu}[\p{L}\d .&/-]{0,30})\)|/(?P<agency>\p{Lu}[\p{L}\d .&-]{0,30})/)?
    (?:\s*\.?[-–—]+\s|(?<=/)\.\s)(?P<rest>.*)""",
    regex.VERBOSE,
)
# What a place line is made of up to its end (letters, digits, white space, `.,'/&()`, dashes): a paragraph
# whose first run of these holds no end of a place line (`_DASH`) is none; this test is linear, `_PLACE_LINE`
# is not.
_LINE_HEAD = regex.compile(r"[\p{L}\p{M}\d\s.,'/&()\-–—]*")
_DASH = regex.compile(r"[-–—]\s|/\.\s")  # where a place line ends: a dash, or `/TASS/.`
_FIRST_PARAGRAPHS = 3
_MIN_SENTENCE_WORDS = 6  # what follows the dash is the story's first sentence, not a label


def match_origin(text: str) -> tuple[str, str | None] | None:
    """`(place, agency)` of a paragraph that opens with an agency place line, else None.

    >>> match_origin("WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill.")
    ('WASHINGTON', 'Reuters')
    >>> match_origin("MOSCOW, Jan 17 (AP) — Russia said on Tuesday it would respond.")
    ('MOSCOW', 'AP')
    >>> match_origin("COLUMBIA, S.C. (AP) — About a dozen owners were gathered there.")
    ('COLUMBIA, S.C.', 'AP')
    >>> match_origin("BERLIN — Germany's economy shrank in the third quarter, data showed.")
    ('BERLIN', None)
    >>> match_origin("Madrid, 19 nov (EFE).- El Consejo de Ministros aprobó este martes la reforma.")
    ('Madrid', 'EFE')
    >>> match_origin("МОСКВА, 19 ноября. /ТАСС/. Правительство России во вторник утвердило проект бюджета.")
    ('МОСКВА', 'ТАСС')
    >>> match_origin("ADVERTISEMENT – INKASA INTERIORS") is None
    True
    >>> match_origin("The minister - who spoke on Monday - said ...") is None
    True
    """
    head = _LINE_HEAD.match(text)
    if head is None or _DASH.search(text, 0, head.end()) is None:
        return None
    found = _PLACE_LINE.match(text)
    if found is None:
        return None
    place, agency = found["place"].strip(), found["agency"]
    if agency is None and not place.replace(" ", "").replace("/", "").isupper():
        return None
    if len(place) < 2 or len(found["rest"].split()) < _MIN_SENTENCE_WORDS:
        return None
    region = found["date"]
    if region and not any(ch.isdigit() for ch in region):  # `COLUMBIA, S.C.`: a state, not a date
        place = f"{place}, {region.strip()}"
    return place, agency.strip() if agency else None


def find_origin(doc: Document) -> None:
    """Read the place line at the start of the body into `origin`. Labels nothing: the text stays body."""
    body = [p for p in doc.pieces if p.label == Label.BODY][:_FIRST_PARAGRAPHS]
    for piece in body:
        found = match_origin(piece.text)
        if found is not None:
            doc.meta.origin_place, doc.meta.origin_agency = found
            return
        wire = match_chinese_wire(piece.text)  # (its reporters are read by `find_bylines`)
        if wire is not None:
            doc.meta.origin_place, doc.meta.origin_agency, _ = wire
            return
