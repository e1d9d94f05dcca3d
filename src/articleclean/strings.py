"""Small string helpers shared by several filters (one place each)."""

from __future__ import annotations

import re

import regex

WORD = regex.compile(r"\w+")
# Runs of anything but letters, digits and newlines (`comparable` keys many lines at once).
_NOT_WORD = regex.compile(r"[^\w\n]+|_+")
CLOSERS = "\"'”’»)]"  # closing quotes and brackets that may follow a sentence end
# What ends a sentence, in the scripts that do not use `.`: Chinese and Japanese `。！？`, the danda of
# Hindi and Bengali `।॥`, the Arabic question mark `؟`, the Urdu full stop `۔`, Armenian `։`,
# Ethiopic `።`, Burmese `။`.
SENTENCE_END_MARKS = ".!?…。！？।॥؟۔։።။"
_SENTENCE_ENDS = frozenset(SENTENCE_END_MARKS + ":;")
# Thai, Lao and Khmer end a sentence with a space, not a mark, and put no space between words: a text in
# them this long, a paragraph and not a menu item or a headline, is read as ending a sentence.
_UNPUNCTUATED_SCRIPTS = "\u0e00-\u0eff\u1780-\u17ff"
_UNPUNCTUATED_SENTENCE_CHARS = 100
UNPUNCTUATED_RUN = re.compile(f"[{_UNPUNCTUATED_SCRIPTS}]+")


_SPACE = regex.compile(r"\s+")


def collapse_space(text: str) -> str:
    """White space runs become one space; the ends are stripped.

    >>> collapse_space("  Man\\n   flies\\t ")
    'Man flies'
    """
    return _SPACE.sub(" ", text).strip()


# Curly quotes fold to straight ones (str.replace scans at memory speed, str.translate with a table does not).
_QUOTE_FOLD = (("‘", "'"), ("’", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'))


def fold_quotes(text: str) -> str:
    """`text` with straight quotes for curly ones.

    >>> print(fold_quotes("‘Yes’, «oui»"))
    'Yes', "oui"
    """
    if text.isascii():
        return text
    for curly, straight in _QUOTE_FOLD:
        text = text.replace(curly, straight)
    return text


def words(text: str) -> list[str]:
    """The `\\w+` tokens of `text`, the unit of the no-text-lost rule and of the body score.

    >>> words("CIA’s Burns ‘possible’")
    ['CIA', 's', 'Burns', 'possible']
    """
    return WORD.findall(text)


# Where a lower-case letter meets a capital, or a number a capitalised word: glue a filter may cut
# (`BeddingThe`, `10:30 UhrDie`, `Nov 19, 2019The`).
GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\d)(?=\p{Lu}\p{Ll})")


# A kana or ideograph (Chinese and Japanese), by code points: the standard library's `re` scans such a
# class several times faster than `regex` does `\p{Han}`, and filters test whole pages with it.
CHINESE_JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A letter of some other scripts few pages use, by code points too.
HANGUL = re.compile("[\uac00-\ud7af]")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")  # Arabic, Persian, Urdu
DEVANAGARI_BENGALI = re.compile("[\u0900-\u09ff]")
THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")


def script_hints(text: str, table: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]) -> tuple[str, ...]:
    """The hints of `table` (script, its hints) whose script `text` has a letter of: a filter looks for each
    hint with one scan of the page, and most pages have none of these scripts.

    >>> script_hints("Foto: 연합뉴스", ((HANGUL, ("사진",)), (THAI_SCRIPT, ("ภาพ",))))
    ('사진',)
    """
    return tuple(hint for script, hints in table if script.search(text) for hint in hints)


def word_count(text: str) -> int:
    """How many words `text` holds: its white-space-separated parts, or, for Chinese and Japanese,
    written without spaces between words, one for every two characters (a word is one to three).

    >>> word_count("Man flies to Mars"), word_count("深圳将在前海试点无人机配送快递"), word_count("首页")
    (4, 7, 1)
    """
    parts = len(text.split())
    if text.isascii():
        return parts
    return max(parts, len(CHINESE_JAPANESE.findall(text)) // 2)


def unglued(text: str) -> str:
    """`text` with a space where a lower-case letter meets a capital, or a number a capitalised word.

    >>> unglued("CompartirAviso legal, 0 CommentsShare")
    'Compartir Aviso legal, 0 Comments Share'
    """
    return GLUE.sub(" ", text)


def word_parts(text: str) -> list[str]:
    """The unit of the no-text-lost rule: `words`, cut where a lower-case letter meets a capital,
    since a filter may find two glued blocks there (`…New BeddingThe A.V. Club`).

    >>> word_parts("New BeddingThe A.V. Club on YouTube, Nov 19, 2019The 3D")
    ['New', 'Bedding', 'The', 'A', 'V', 'Club', 'on', 'You', 'Tube', 'Nov', '19', '2019', 'The', '3D']
    """
    return WORD.findall(unglued(text))


def keeps_words(text: str, at: int) -> bool:
    """Cutting `text` at `at` keeps every word part (`word_parts`) whole.

    >>> keeps_words("BeddingThe", 7), keeps_words("60fpsby", 5), keeps_words("60fps by", 5), keeps_words("2019The", 4)
    (True, False, True, True)
    """
    if at <= 0 or at >= len(text):
        return True
    before, after = text[at - 1], text[at]
    if not (WORD.match(before) and WORD.match(after)):
        return True
    return GLUE.match(text, at) is not None


def comparable(text: str) -> str:
    """A key under which two renderings of one line compare equal: case, quotes and punctuation folded.

    >>> comparable("CIA’s Burns ‘possible’ –") == comparable("CIA's burns 'possible' -")
    True
    """
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def comparable_all(texts: list[str]) -> list[str]:
    """`comparable` of each text (newline-free), in one regex pass instead of one a text.

    >>> comparable_all(["A–b", "‘C’ d"])
    ['a b', 'c d']
    """
    keyed = _NOT_WORD.sub(" ", "\n".join(texts).casefold())
    return [key.strip() for key in keyed.split("\n")]


_MARK = regex.compile(r"\p{M}")


def without_marks(text: str) -> str:
    """`text` without its combining marks: the vowel signs of Thai or Devanagari, Arabic vowel points, which
    `str.isalpha` and a count of letters do not take for letters.

    >>> without_marks("ปิยะพงษ์").isalpha(), without_marks("نُشر")
    (True, 'نشر')
    """
    return text if text.isascii() else _MARK.sub("", text)


# The legal form after an organisation's name that starts in lower case (`TSV Grünbach 1908 e.V.`): a site's
# name may end with it, and its full stop ends no sentence.
LEGAL_FORMS = frozenset({"e.V.", "e.G.", "gGmbH", "mbH"})

# A line that continues the one before it: it starts in lower case, with a digit or with closing punctuation.
_CONTINUES = regex.compile(r"^(?:[\p{Ll}\d]|[,.;:!?)\]”’»])")


def continues_line(text: str) -> bool:
    """`text` goes on with the line before it (a dump cuts a paragraph at its links).

    >>> continues_line(", writes the agency."), continues_line("and then"), continues_line("The minister")
    (True, True, False)
    """
    return _CONTINUES.match(text) is not None


# The marks that may open the quotation a closing mark ends (`„…“`, `“…”`, `«…»`, `»…«`, `‘…’`, and Swedish
# and Finnish `”…”`, `»…»`).
_OPENERS_OF = {"“": "„", "”": "“„”", "»": "«»", "«": "»", "’": "‘‚’", "」": "「", "』": "『"}


def closes_quotation(text: str) -> bool:
    """`text` ends with a quotation mark that closes a quotation it opened, as a headline may
    (`... ništa: „Tražim smještaj“`), not with one a dump cut a paragraph after (`il titolo è “`).

    >>> closes_quotation('Skulden växer: "Vi hinner inte"'), closes_quotation("il titolo provvisorio è “")
    (True, False)
    >>> closes_quotation("她說最怕的是「不被理解」")
    True
    """
    last = text[-1:]
    if last == '"':
        return text.count('"') % 2 == 0
    return any(opener in text[:-1] for opener in _OPENERS_OF.get(last, ""))


def ends_sentence(text: str) -> bool:
    """True when `text` ends as a sentence does.

    >>> ends_sentence("He left."), ends_sentence("He said: “Yes.”"), ends_sentence("Breaking news")
    (True, True, False)
    >>> ends_sentence("योजना की घोषणा की।"), ends_sentence("کا اعلان کیا۔")
    (True, True)
    """
    text = text.rstrip(CLOSERS)
    return bool(text) and (text[-1] in _SENTENCE_ENDS or ends_unpunctuated(text))


def ends_unpunctuated(text: str) -> bool:
    """True for a paragraph in a script that ends sentences with no mark (Thai, Lao, Khmer), whatever its
    last character (`... วันที่ 5`).

    >>> ends_unpunctuated("ขณะที่เครือข่ายเกษตรกรในอำเภอสะเมิงแสดงความกังวลว่า 5 " * 2), ends_unpunctuated("หน้าแรก")
    (True, False)
    """
    if len(text) < _UNPUNCTUATED_SENTENCE_CHARS or text.isascii():
        return False
    return len(UNPUNCTUATED_RUN.sub("", text)) * 2 < len(text)
