"""Re-segmentation of glued text: cut pieces where a naive scraper glued blocks together.

A scraper that joins the page's text nodes with no separator glues one block's last
sentence to the next block's first word (`said on Monday.The minister`,
`Share this article!Follow us`). Inside a real paragraph a sentence end is followed by a
space, so a sentence end followed directly by a capitalised word marks a block boundary:
we cut there, and mark the part after the cut `piece.data["glued"] = True` (a new
block). Minified pages go further and put the whole page, menus and article, on one
line joined by spaces; such pieces (very long ones, or long ones that also show glue)
are also cut into sentences, and those cuts are marked as continuing the same
paragraph (`piece.data["joins_previous"] = True`) so body assembly can join them back.
A page dumped on one line with spaces between its text nodes (`get_text(" ")`) shows no glue at
all: there, runs of four or more capitalised words (menus, teaser headlines, footers) are also
set apart (`split_title_runs`). A script without capitals (Arabic, Hebrew, Korean) glues any
letter to a sentence end; Chinese and Japanese, which put no space after `。`, only a known marker.
A lines dump or an article-only dump passes through untouched but for real glue.

Cuts are made only after punctuation and before white space or a capital letter, so
the `\\w+` tokens of the text never change (`onTrending` is left alone).
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece
from articleclean.filters.captions import CHINESE_JAPANESE_CREDIT_WORDS
from articleclean.filters.related import CHINESE_JAPANESE_BOX_HEADINGS, CHINESE_JAPANESE_MARKERS, MARKER_WITH_COLON
from articleclean.strings import GLUE, LEGAL_FORMS, SENTENCE_END_MARKS

# Pieces at least this long are also cut at ordinary sentence ends (". The"): a body
# paragraph is rarely longer, glued whole-page soup always is. So are pieces of at least
# GLUED_PIECE characters that show glue somewhere (several blocks on one line). Other
# pieces are cut only where the glue shows a block boundary.
LONG_PIECE = 1200
GLUED_PIECE = 250

# A candidate cut: sentence-ending punctuation with closing quotes or brackets, the white
# space if any, and, looking ahead, an optionally quoted (`"`, `“`, `„`, `«` and its French space)
# capital that starts a word: a capital followed by a lowercase letter, an apostrophe or a space,
# or a word of three or more capitals (`began.READ MORE`), but not `U.S.A`, `Hill.TV` nor a domain
# (`NBCNews.COM`).
# A script without capitals (Arabic, Hebrew, Korean...) starts every sentence as a capital would:
# any of its letters counts after `.`, `!` or `?`. Chinese and Japanese write no space after a sentence end (`。`), so
# there only a known marker after `。！？` shows a block boundary (`。相关阅读：`, `。【関連記事】`).
# A run of punctuation is read whole and only from its start (possessive, lookbehind): tried
# from each of its characters, a page of dots cost time quadratic in its length.
_CJK_BLOCK_START = (
    rf"[【\[（(]?(?:{CHINESE_JAPANESE_MARKERS}|{CHINESE_JAPANESE_BOX_HEADINGS}"
    rf"|(?:{CHINESE_JAPANESE_CREDIT_WORDS}|(?:责任)?编辑)[:：])"
)
# The sentence ends a space follows in running text (`.`, `!`, `?`, `…`, the danda `।`, Urdu `۔`...).
_SPACED_ENDS = "".join(mark for mark in SENTENCE_END_MARKS if mark not in "。！？")
_CUT = regex.compile(
    rf"(?P<punct>(?<![{_SPACED_ENDS}])[{_SPACED_ENDS}]++|[:;]|[。！？](?=[」』”]*" + _CJK_BLOCK_START + r"))"
    r"(?P<close>[\"”’»)\]」』]*)(?P<space>\s*)"
    r"(?=(?:«\s?|[\"“‘„‚(\[]|[—–]\s)?(?:(?!(?:COM|ORG|NET|GOV|EDU|INFO)\b)\p{Lu}(?:\p{Ll}|['’]|\s|$|\p{Lu}{2,}(?:[\s:!,]|$))"
    r"|(?![\p{Han}\p{Hiragana}\p{Katakana}])\p{Lo}|[\U0001F000-\U0001FAFF]|" + _CJK_BLOCK_START + r"))"
)  # an emoji opens a block glued after a sentence too: `final.📲 Participe`
# `aides »À`, `usa»C'è`, and French spacing after a sentence end: `aquatiques. »À lire aussi`.
_QUOTE_GLUE_AT = r"(?<=[\p{L}\d][\u00a0\u202f ]?|[.!?…][\u00a0\u202f ])[»”“]"
# Where a glue cut may be: punctuation directly followed by a capital (one scan of the whole page).
_GLUE_HINT = regex.compile(
    _QUOTE_GLUE_AT + r"\p{Lu}[\p{Ll}\s'’]|»[«“„]|«»|[”“][„“]|(?<=\p{Ll})[.!?][\"”’»]?\d|"
    rf"[{_SPACED_ENDS}:;]" r"[\"”’»)\]]*(?:«\s?|[\"“‘„‚(\[]|[—–]\s)?"
    r"(?:\p{Lu}|(?![\p{Han}\p{Hiragana}\p{Katakana}])\p{Lo}|[\U0001F000-\U0001FAFF])"
    r"|[。！？][」』”]*" + _CJK_BLOCK_START + "|" + r"(?<=\S)(?:[◆■▶►]|•\s|>>\s)|(?<=[.!?\"”’])###"
)
# A quotation mark glued between a word and a capitalised one (`программу»Долговая`, `Obama”Dempsey`,
# `Advertisement“In`): running text puts a space or punctuation there, so blocks were glued. The cut goes
# after a mark that closes a quotation open before it (`«…»`, `“…”`, `„…“`, `”…”`), else before it: the
# same `»` opens a Danish or German quotation (`»Lørdag er …«`).
_QUOTE_GLUE = regex.compile(_QUOTE_GLUE_AT + r"(?=\p{Lu}[\p{Ll}\s'’])")
# A gallery's counter or a teaser's date glued after a sentence (`…y fina.1 / 14`, `…in tears.14 Mar 2025`).
_NUMBER_GLUE = regex.compile(
    r"(?<=\p{Ll}{3})[.!?][\"”’»]?(?=\d{1,3}\s?/\s?\d{1,3}\b|\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s\p{L}{3,}))"
)
_QUOTE_OPENERS = {"»": "«", "“": "„", "”": "“„"}
# A Chinese or Japanese sentence end and its closing marks, where more text follows with no space: a sentence
# cut (such text shows no block boundary but a known marker), made in long pieces as a spaced one is.
_CJK_GLUED_PIECE = 100  # characters: a Chinese or Japanese paragraph says as much as a Latin one twice as long
_CJK_SENTENCE_END = regex.compile(r"[。！？][」』”）)]*+(?=[^\s」』”）)。！？])")
# A quotation closed and the next opened, glued: `…bout. »« Ce groupe`, `…gesagt.“„Wir`.
# A crosshead's bullet glued to the block before it (`...없다"◆ 인력 확보`): Korean, Japanese and Chinese sites
# open crossheads with one, a list of links its items with `• ` (`...luksus"• Ministerstwo`), a Vietnamese
# related link with `>> `; running text never glues one to a word.
# A news release's end mark glued after its last sentence (`...not four.###`).
_BULLET_GLUE = regex.compile(r"(?<=\S)(?=[◆■▶►]|•\s|>>\s)|(?<=[.!?\"”’])(?=#{3,}(?:\s|$))")
_QUOTE_PAIR_GLUE = regex.compile(r"(?<=[^\s«“„][\u00a0\u202f ]?)(?:»(?=[«“„])|«(?=»)|[”“](?=[„“]))")


def _closes_quotation(before: str, mark: str) -> bool:
    """Whether `mark`, after the text `before`, closes a quotation opened in it.

    >>> _closes_quotation("заявил: «мы не видим", "»"), _closes_quotation("i marts", "»")
    (True, False)
    >>> _closes_quotation("he said “we will win", "”"), _closes_quotation("the word ”fika", "”")
    (True, True)
    """
    opened = max(before.rfind(opener) for opener in _QUOTE_OPENERS[mark])
    if opened > before.rfind(mark):
        return True
    return mark == "”" and before.count("”") % 2 == 1  # `”…”`, as Swedish and Finnish write


_TRAILING_WORD = regex.compile(r"[\w'’\-]*$")
# a label glued after an abbreviation's dot: `14:20 น.ผู้เขียน: ...` (a byline), `ภาพ: ...` (a credit)
_LABEL_AFTER = regex.compile(r"[^\s.:]{1,15}\s?:")
_CLOSING = frozenset(')]"”’»“‘«')  # German closes a quote with “ (`„nicht notwendig“.`)
# Abbreviations after which a capitalised word does not start a new sentence
# (English, German, French, Spanish, Italian, Polish, Portuguese; Indonesian `Dok.`, documentation, before a
# credit's source: `Foto: Dok. Pemkot Bandung`; compared lowercased).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof st sts jr sr inc ltd co corp cos plc llc no nos nr vs etc gen gov sen rep reps lt col
    capt cmdr sgt maj adm mt ft ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec approx dept est
    fig figs vol vols pp ed eds ch sec art abs str hr hrn fr frl dipl ing bzw ca vgl sog usw evtl inkl ggf mio
    mrd tel nt rev hon univ mme mlle mgr me cf ibid op sra srta dña ud uds av avda pág núm dott sig sigg ecc ul
    np tzw godz tj itd itp ok pl al ks dz ust pkt sz wg ww fot oprac red dok
    """.split()
)
# Abbreviations that are also words, written so, of the languages above (Swedish `hon.`, she): a sentence end.
_WORDS_TOO = frozenset({"hon"})
_EMOJI = regex.compile(r"[\U0001F000-\U0001FAFF]")
_CLOCK_ABBREVIATION = regex.compile(r"(?:^|[^\w.])[ap]\.\s?m$")  # `p.m.`, and Spanish `a. m.`
_DOTTED_ABBREVIATION = regex.compile(r"(?:^|[^\w.])\p{Ll}{1,2}\.\p{Ll}{1,3}$")
_AFTER_NUMBER = regex.compile(r"\d\s+\w+$")
_CAPITALISED_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}")
_LEGAL_FORM_STEMS = tuple(form[:-1] for form in LEGAL_FORMS if form.endswith("."))  # `e.V` of `e.V.`
# How far a cut looks back and ahead into the text without white space around it (the word
# before it, a URL it may be part of): bounded, so a page-long run of glued text costs linear time.
_REACH = 256
# A piece whose text around a cut looks like a URL, an e-mail address or a file name.
_URLISH = regex.compile(r"(?:://|www\.|@|/(?![\d/]+[.!?]?$))\S*$")  # (not a date: `le 12/01/2026.Tags`)
_URL_TAIL = regex.compile(rf"\S{{0,{_REACH}}}?(?:\.\p{{Ll}}{{2,}}\b|/)")


_OPENING_QUOTES = frozenset("„“«‚\"")


def _cuts(text: str) -> list[tuple[int, int, bool]]:
    """Cut points of `text`: (end of the part before, start of the part after, is a sentence cut).

    A glue cut (no white space) is a block boundary; a sentence cut (white space) is
    made only in long pieces and continues the paragraph.
    """
    cuts: list[tuple[int, int, bool]] = []
    for m in _CUT.finditer(text):
        spaced = m.end("space") > m.start("space")
        punct = m.group("punct")
        if spaced and (punct in ":;" or _EMOJI.match(text, m.end())):  # an emoji after a space is the sentence's
            continue
        after = text[m.end() : m.end() + 2].lstrip('«"“‘„‚([')[:1]
        if after.isalpha() and not after.isupper() and (punct in ":;" or "…" in punct):
            continue  # a letter without case after `…` or `:` (a Korean headline's `재개…평일`): no boundary
        start = m.start()
        reach = max(0, start - _REACH)
        chunk_start = max(text.rfind(" ", reach, start) + 1, reach)
        chunk = text[chunk_start:start]
        word = _TRAILING_WORD.search(chunk).group()  # type: ignore[union-attr]  # always matches
        if punct == "." and not (chunk and chunk[-1] in _CLOSING):  # "(ePA)." ends a sentence
            if not word and not chunk.endswith("%"):  # a lone "." after a space or a symbol, but `2,1%.`
                continue
            if word and "\u0e00" <= word[-1] <= "\u0eff":
                # Thai and Lao end no sentence with `.` (`ก.พ.`, `น.` abbreviate), but a label may follow one
                if not _LABEL_AFTER.match(text, m.end()):
                    continue
            elif len(word) == 1 and word.isalpha():  # U.S., z.B., initials, e.g.
                # but `6 p.m.Media Contact:`, `9:15 a. m.Por Valentina`, `Serie B.Leggi anche:` and a word of one
                # letter, or a legal form, glued to the next block's word (`na platformie X.Tablica odjazdów`,
                # `TSV Ost e.V.Direkt zum Inhalt`) end a sentence
                if spaced or not (
                    _CLOCK_ABBREVIATION.search(text[max(0, start - _REACH) : start])
                    or MARKER_WITH_COLON.match(text, m.end())
                    or (chunk[-2:-1] in ("", " ") or chunk.endswith(_LEGAL_FORM_STEMS))
                    and _CAPITALISED_WORD.match(text, m.end())
                ):
                    continue
            elif _DOTTED_ABBREVIATION.search(chunk):  # Polish `m.in.`, German `d.h.`
                continue
            # an acronym glued to the next block ends a sentence (`rozporządzenia MAR.Tagi:`), not `Mar.`
            acronym = not spaced and len(word) > 1 and word.isupper()
            # nor one glued to an opening quotation mark: `geschützten Art.„Wir wollen`, a pull quote's block
            quoted = not spaced and text[m.end() : m.end() + 1] in _OPENING_QUOTES
            if word.lower() in _ABBREVIATIONS and word not in _WORDS_TOO and not acronym and not quoted and (
                spaced or not _AFTER_NUMBER.search(text, reach, start)
            ):
                continue  # `Maj. Jones`, but `den 15 maj.Ämnen` glues a block to a date
            if spaced and word.isdigit() and len(word) <= 2:  # ordinals: am 3. Oktober
                continue
        if _URLISH.search(chunk + punct) or (not spaced and _URL_TAIL.match(text, m.end())):
            continue
        cuts.append((m.end("close"), m.end(), spaced))
    cuts += [(m.end(), m.end(), False) for m in _QUOTE_PAIR_GLUE.finditer(text)]
    cuts += [(m.end(), m.end(), False) for m in _BULLET_GLUE.finditer(text)]
    for m in _NUMBER_GLUE.finditer(text):
        word = _TRAILING_WORD.search(text, max(0, m.start() - _REACH), m.start()).group()  # type: ignore[union-attr]
        if word.lower() not in _ABBREVIATIONS:
            cuts.append((m.end(), m.end(), False))
    for m in _QUOTE_GLUE.finditer(text):
        closes = _closes_quotation(text[max(0, m.start() - _REACH) : m.start()], m.group())
        if not closes and text[m.start() - 1].isspace():
            continue  # `he said “The plan…`, `sagte er »Das…`: a quotation opens in the sentence
        at = m.end() if closes else m.start()
        cuts.append((at, at, False))
    cuts.sort()
    n = len(text)
    if not (n >= LONG_PIECE or (n >= GLUED_PIECE and any(not spaced for _, _, spaced in cuts))):
        cuts = [cut for cut in cuts if not cut[2]]
    # a Chinese or Japanese piece longer than a paragraph: paragraphs and blocks glued with no space to tell
    if _is_cjk_glued(text):
        glued = {end for end, _, _ in cuts}
        cuts += [(m.end(), m.end(), True) for m in _CJK_SENTENCE_END.finditer(text) if m.end() not in glued]
        cuts.sort()
    return cuts


def _is_cjk_glued(text: str) -> bool:
    """A Chinese or Japanese piece longer than a paragraph, with a sentence end inside: paragraphs and blocks
    a raw dump glued with no space to tell them apart."""
    return len(text) >= _CJK_GLUED_PIECE and ("。" in text or "！" in text or "？" in text)


def split_text(text: str) -> list[tuple[str, bool]]:
    """The parts of a piece's text, each with whether it continues the previous part's paragraph.

    >>> split_text("said on Monday.The minister left.")
    [('said on Monday.', False), ('The minister left.', False)]
    >>> split_text("Share this article!Follow us on Twitter")
    [('Share this article!', False), ('Follow us on Twitter', False)]
    >>> split_text("بالقرب من المدينة.اقرأ أيضاً: عنوان")
    [('بالقرب من المدينة.', False), ('اقرأ أيضاً: عنوان', False)]
    >>> split_text("将暂停飞行。相关阅读：深圳发布方案")
    [('将暂停飞行。', False), ('相关阅读：深圳发布方案', False)]
    >>> split_text("снизился на 2,1%.Рудник в крае.")
    [('снизился на 2,1%.', False), ('Рудник в крае.', False)]
    >>> split_text("« Nous ne pouvons plus absorber l'afflux »À Charleroi, le constat est le même.")
    [("« Nous ne pouvons plus absorber l'afflux »", False), ('À Charleroi, le constat est le même.', False)]
    >>> split_text('He said “The plan is dead,” and left. Sie sagte »Das bleibt so«, dann ging sie.')
    [('He said “The plan is dead,” and left. Sie sagte »Das bleibt so«, dann ging sie.', False)]
    >>> split_text("”Min sjuåring är borta i tio timmar”, säger hon.Läs också: Kommunen måste spara")
    [('”Min sjuåring är borta i tio timmar”, säger hon.', False), ('Läs också: Kommunen måste spara', False)]
    >>> split_text("Læs også: P-huset åbner i marts»Lørdag er vores dag,« siger han.")
    [('Læs også: P-huset åbner i marts', False), ('»Lørdag er vores dag,« siger han.', False)]
    >>> split_text("не ставя под удар «программу»Долговая нагрузка")
    [('не ставя под удар «программу»', False), ('Долговая нагрузка', False)]
    >>> split_text("Advertisement“In some cases, it stays,” he said.")
    [('Advertisement', False), ('“In some cases, it stays,” he said.', False)]
    >>> split_text("Actualizado el 11 de marzo de 2025, 9:15 a. m.Por Valentina Ospina")
    [('Actualizado el 11 de marzo de 2025, 9:15 a. m.', False), ('Por Valentina Ospina', False)]
    >>> split_text("einer streng geschützten Art.„Wir wollen einen Zeitplan“")
    [('einer streng geschützten Art.', False), ('„Wir wollen einen Zeitplan“', False)]
    >>> split_text('버틸 사람이 없다"◆ 인력 확보·지속 가능성은 과제')
    [('버틸 사람이 없다"', False), ('◆ 인력 확보·지속 가능성은 과제', False)]
    >>> split_text("The U.S.Army and Mr.Smith paid 3.5 dollars, e.g.Euros, at www.DearAbby.com")
    [('The U.S.Army and Mr.Smith paid 3.5 dollars, e.g.Euros, at www.DearAbby.com', False)]
    """
    cuts = _cuts(text)
    if not cuts:
        return [(text, False)]
    parts: list[tuple[str, bool]] = []
    begin, joins = 0, False
    for end, next_begin, spaced in cuts:
        part = text[begin:end].strip()
        if part:
            parts.append((part, joins))
            joins = spaced
        begin = next_begin
    tail = text[begin:].strip()
    if tail:
        parts.append((tail, joins))
    return parts


# A page dumped on one line (`get_text(" ")`) glues its menus and headlines to the sentences around
# them with a space: a run of four or more capitalised words (or numbers, or `/`, `&`, `|` between
# them) is one of those, and stands apart. Only in a dump of a few pieces this long: in a dump of
# lines, such a run is a name or a title in a sentence.
_ONE_LINE_CHARS, _ONE_LINE_PIECES = 2000, 3
_TITLE_ZONE = 300  # the page title and site name at the start of the dump
_SPACED_MAX_GLUE = 8  # glue points (`strings.GLUE`) a 1,000 characters: 0.5 in such dumps, 18-35 in raw ones
_CAPITALISED = r"(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{N}[\p{N}.,:%-]*)"
_TITLE_RUN = regex.compile(rf"(?<!\S){_CAPITALISED}(?:\s+(?:[/&|·•–—-]\s+)?{_CAPITALISED}){{3,}}(?!\S)")
_LOWER_NEXT = regex.compile(r"\s+\p{Ll}")
_WORD_END = regex.compile(r"\w(?=\W|$)")


def _is_spaced_one_line(doc: Document) -> bool:
    """A page dumped on one line with its text nodes joined by spaces (`get_text(" ")`); a raw dump on
    one line glues them (`RidersTrainingHunters`), and its glue cuts are made elsewhere."""
    return len(doc.pieces) <= _ONE_LINE_PIECES and _is_spaced(" ".join(p.text for p in doc.pieces))


def _is_spaced(text: str) -> bool:
    """Text nodes joined by spaces, this long: a page, or most of one, on one line."""
    return len(text) >= _ONE_LINE_CHARS and len(GLUE.findall(text)) * 1000 < _SPACED_MAX_GLUE * len(text)


def recurring_prefix(text: str, limit: int = _TITLE_ZONE) -> int:
    """The end of the longest start of `text` (three words or more, within `limit` characters) that
    recurs further on: a page's <title> starts a dump, and its headline, shown again over the article,
    is the part of it that recurs (`With shattered dreams, deportees return home from US | India Post
    Home News ... With shattered dreams, deportees return home from US By ...`). 0 if none does.

    >>> text = "Storm hits the coast | Daily Planet Home News Sport Storm hits the coast By Jane Doe"
    >>> text[: recurring_prefix(text)]
    'Storm hits the coast'
    """
    best = 0
    for end in (m.end() for m in _WORD_END.finditer(text, 0, limit)):
        if text.count(" ", 0, end) < 2:
            continue
        if text.find(text[:end], end) < 0:
            break  # a longer start holds this one: it cannot recur either
        best = end
    return best


def _headline_apart(parts: list[tuple[str, bool]], end: int) -> list[tuple[str, bool]]:
    """The parts of a piece, the first cut after the headline that starts the piece and ends at `end`,
    and the part where the headline recurs (over the article) cut around it: each is a block of its own."""
    first, joins = parts[0]
    if not 0 < end < len(first.rstrip()):
        return parts
    headline = first[:end]
    rest = [(first[end:].strip(), False), *parts[1:]]
    for at, (text, part_joins) in enumerate(rest):
        start = text.find(headline)
        if start < 0:
            continue
        around = [(text[:start].strip(), part_joins), (headline, False), (text[start + end :].strip(), False)]
        rest[at : at + 1] = [(part, part_joins) for part, part_joins in around if part]
        break
    return [(headline, joins), *[(text, part_joins) for text, part_joins in rest if text]]


def split_title_runs(text: str, keep_before: int = 0) -> list[str]:
    """`text` with its runs of capitalised words set apart; the last word of a run that a lower-case
    word follows starts the sentence after it. Runs that start before `keep_before` stay (the page
    title and the site's name, which the headline finder reads whole).

    >>> split_title_runs("Fox Business Money Markets Lifestyle Real Estate Schools across the region closed.")
    ['Fox Business Money Markets Lifestyle Real Estate', 'Schools across the region closed.']
    >>> split_title_runs("Shares of Apple rose 3% on Monday.")
    ['Shares of Apple rose 3% on Monday.']
    """
    parts: list[str] = []
    begin = 0
    for run in _TITLE_RUN.finditer(text, keep_before):
        start, end = run.span()
        if _LOWER_NEXT.match(text, end):  # `... Real Estate Schools across`: `Schools` starts a sentence
            end = text.rfind(" ", start, end)
            if end <= start or len(text[start:end].split()) < 3:
                continue
        parts += [text[begin:start].strip(), text[start:end].strip()]
        begin = end
    parts.append(text[begin:].strip())
    return [part for part in parts if part]


def split_glued_text(doc: Document) -> None:
    """Cut every undecided piece where blocks were glued (see the module docstring). Labels nothing.

    Continuation parts of a cut paragraph get `data["joins_previous"] = True`; parts cut
    at a glued block boundary get `data["glued"] = True`.

    >>> from articleclean.sources.text import text_to_document
    >>> doc = text_to_document("It rained.Share this!")
    >>> split_glued_text(doc)
    >>> [(p.text, p.data) for p in doc.pieces]
    [('It rained.', {}), ('Share this!', {'glued': True})]
    """
    if doc.source == "html":  # blocks are already separate; text nodes inside one keep their spaces
        return
    glued = {id(p) for p in doc.find(_GLUE_HINT)}
    splits: dict[Piece, list[tuple[str, bool]]] = {}
    for piece in doc.pieces:
        text = piece.text
        if piece.label is None and (id(piece) in glued or len(text) >= LONG_PIECE or _is_cjk_glued(text)):
            parts = split_text(piece.text)
            if len(parts) > 1:
                splits[piece] = parts
    first = next((p for p in doc.pieces if p.label is None), None)
    if first is not None and first is doc.pieces[0] and _is_spaced(first.text):
        # most of a page on its first line, the <title> first: its headline is the start that recurs
        parts = splits.get(first, [(first.text, False)])
        splits[first] = _headline_apart(parts, recurring_prefix(first.text))
    if _is_spaced_one_line(doc):
        for at, piece in enumerate(doc.pieces):
            parts = splits.get(piece, [(piece.text, False)])
            runs = [
                (run, joins and i == 0)
                for k, (part, joins) in enumerate(parts)
                for i, run in enumerate(split_title_runs(part, _TITLE_ZONE if at == k == 0 else 0))
            ]
            if len(runs) > 1:
                splits[piece] = runs
    new = doc.split_each({piece: [part for part, _ in parts] for piece, parts in splits.items()}, keep_data=True)
    for piece, parts in splits.items():
        for part_piece, (_, joins) in zip(new[piece][1:], parts[1:]):
            part_piece.data["joins_previous" if joins else "glued"] = True
