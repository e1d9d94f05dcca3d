"""Image captions and their credits (`... Naryshkin. ©  Sputnik/Alexey Nikolsky`)."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label, Piece
from articleclean.parse.bylines import AGENCY_NAMES
from articleclean.parse.galleries import is_gallery_counter
from articleclean.strings import (
    ARABIC_SCRIPT,
    CHINESE_JAPANESE,
    DEVANAGARI_BENGALI,
    GLUE,
    HANGUL,
    THAI_SCRIPT,
    collapse_space,
    continues_line,
    ends_sentence,
    script_hints,
    word_count,
)

# Chinese and Japanese credit words, also read by `split_glued_text` (no space follows `。`)
CHINESE_JAPANESE_CREDIT_WORDS = "图片来源|圖片來源|摄影|攝影|写真"
# Words that put a credit after them (`Photo: AFP`), in the languages of the corpus and their neighbours.
_CREDIT_WORD = (
    "Photo|Photograph|Picture|Image|Credit|Fotografia|Fotografía|Foto|Fotoğraf|Fotó|Kuva|Bild|Beeld|Crédit|Crédito|Zdjęcie|Фото|Φωτογραφία|Φωτ\\."
    "|Ảnh|Снимка|Снимки|צילום|" + CHINESE_JAPANESE_CREDIT_WORDS + "|图片"
    # Hindi, Bengali, Persian, Urdu, Thai, Swahili, Tagalog, Malay
    "|फोटो|फ़ोटो|ছবি|عکس|فوٹو|تصویر|ภาพ|Picha|Larawan|Gambar"
)
# A credit after the caption (after a sentence end, ` | ` or a dash): `© Agency/Name`, `(c) ...`, `Photo: ...`,
# `Credit: ...`, `Foto: ...`, `Fot. ...`.
_CREDIT = regex.compile(
    r"""(?:^(?:[—–]\s)?|(?<=[.!?)\]"”’。！？।۔]\s*|\s[|—–-]\s)|(?<=\p{Ll}\s)(?=(?:Credit\s*:|Fot\.)\s*\p{Lu}))
    # (the last: `... morning Credit: PA`, `... wiejską Fot. Jan Nowak`)
    (?:©|\(c\)(?=\s*[\p{Lu}\d])|[Ff]ot\.(?=\s)|
       (?:Staff\s+photo|Picha|Photo|Photograph|Illustration)\s+(?:na|by)(?=\s+\p{Lu})|
       (?:(?:Photo|Image)\s+)?(?i:courtesy)(?:\s+of)?(?=\s+(?:the\s+)?\p{Lu})|
       (?:Photo|Image)\s+provided\s+by(?=\s+(?:the\s+)?\p{Lu})|(?<=\s[-—–]\s)(?:Foto|Gambar)(?=\s+\p{Lu}[\p{L}.]*/)|
       (?:Photo|Foto)(?=(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}(?:/\S+)?\s*$)|
       # a French regional paper's initials, then the photographer (`Photo CA, Marc Duboscq`)
       (?:Photo|PHOTO)(?=\s+\p{Lu}{2,5},\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$)|
       # `Photo Le Courrier bourguignon/Nadia Ferhat`: an outlet, a slash, the photographer
       (?:Photo|Foto)(?=\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\s?/\s?\p{Lu}[^/]{1,40}$)|
       (?:Photo|Foto)\s+(?:d['’]archives?|de\s+archivo|d['’]illustration|archiv)(?=\s+\p{Lu})|
       (?i:image\s+(?:copyright|source))|(?:Photo|Image|Picture|Foto)\s/(?=\s+\p{Lu})|(?:사진|그래픽|자료)\s*=(?=\s*\S)|ภาพจาก\s*:?|
       (?:(?:"""
    + _CREDIT_WORD
    + r""")s?|
          (?:(?!FILE\s|HANDOUT\s)\p{Lu}{2,5}\s+)?(?:PHOTO|PICTURE|IMAGE|CREDIT|FOTO|ΦΩΤΟ)S?)(?:\s+(?i:credits?|photos?|fotos?))?\s*[:：]
    )\s*(?P<credit>\S.*)$""",
    regex.VERBOSE,
)
# `(Photo by Jane Doe/Getty Images)`, `(Image: Getty)`, `(Photo | Jane Doe, EPS)`, `(REUTERS/Jane Doe)`,
# `(AP Photo/Jane Doe)`, `(foto Ansa)` at the end;
# a credit word before the credit (`Photo by`, `Foto:`) is a marker, as it is outside brackets.
_BRACKETED_CREDIT = regex.compile(
    r"\((?:(?:(?:Photo|Image|Picture)\s*(?:by(?=\s)|[:|])|(?:Foto|Fotoğraf|Fotó|Bild|Kuva|Zdjęcie|Фото|ΦΩΤΟ|Φωτ\.)\s*:"
    r"|(?i:(?:foto|fot\.|photo)(?:\s+(?:di|de|da|do|por|par|von|van|av))?|kuha\s+ni|larawan\s*:)(?=\s)|ภาพจาก\s*:?)"
    r"\s*(?P<credit>[^()\s][^()]{0,119})"
    r"|(?P<credit>(?:AP\s+Photo/|REUTERS/|AFP|Getty|[A-Z]{2,}\s+(?:Photo|FOTO)/)[^()]{1,120})"
    # `(Jordan Hale/The Canadian Press)`: a name, a slash, the agency
    r"|(?P<credit>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\s?/\s?\p{Lu}[^()/]{1,60})"
    # `(Submitted by Horizon Health Network)`
    r"|(?:Submitted|Supplied|Provided)\s+by\s+(?P<credit>\p{Lu}[^()]{1,60}))\)\s*$"
)
# An outlet's name and the photographer's in capitals, as Indonesian sites credit (`KOMPAS.com/NAMA ORANG`,
# `ANTARA FOTO/Nama Orang`)
_OUTLET_SLASH_CREDIT = r"(?:\p{Lu}{3,}(?:\.(?:com|co\.id|id|net))?|ANTARA\s+FOTO)/\s?\p{Lu}[\p{L} .'’-]{2,40}"
# A credit alone on its line with no marker, a photographer and a photo agency (`Carolyn Mercer/Getty Images`,
# `Nadia Ferris | Getty Images`, `Jonah Pruitt/AP`), as US sites set it under a caption.
_BARE_CREDIT = regex.compile(
    r"^(?P<credit>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}(?:\s?[/|]\s?"
    r"(?:Getty\s+Images|AP|Reuters|AFP|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy|iStock(?:photo)?|PA(?:\s+Images|\s+Media)?"
    r"|AAP|dpa|Imago|NurPhoto|SOPA\s+Images|Sipa(?:\s+USA)?|ZUMA(?:\s+Press)?|Xinhua|Anadolu|USA\s+TODAY(?:\s+Sports)?"
    # or the paper's own photographer (`Tom Reyes/The Carrington Dispatch`); an agency and the one it sells for
    # (`Jordan Pell | Bloomberg | Getty Images`)
    r"|The(?:\s+\p{Lu}[\p{L}'’.-]+){1,4})){1,2}"
    r"(?:\s+via\s+\S.{0,40})?"
    rf"|{_OUTLET_SLASH_CREDIT})$"
)
# An outlet after a pipe that ends a caption's last sentence or bracket (`... by hand (file photo) | Beacon Media`)
_PIPED_CREDIT = regex.compile(r"(?<=[.)]\s)\|\s+(?P<credit>\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s*$")
# An agency in brackets ending a caption that ends no sentence before it (`... al termine del Consiglio (Ansa)`)
_BRACKETED_AGENCY = regex.compile(
    r"(?<![.!?…\"”»]\s*)\((?P<credit>(?:ANSA|Ansa|EFE|AP|AFP|Reuters|REUTERS|dpa|LaPresse|Imago|IMAGO|Getty\s+Images"
    r"|Europa\s+Press|Lusa|LUSA|PAP|ANP|Belga|EPA|Xinhua)(?:/[^()]{1,60})?)\)\s*$"
)
# A wire photo's credit after the caption's last sentence, with no marker: `... 2019. REUTERS/Jane Doe`,
# `... summit. EPA/JOHN DOE`, `... Jupiter. NASA/JPL-Caltech/SwRI` (an agency in capitals, a slash, then
# capitalised words and slashed parts only).
_AGENCY_CREDIT = regex.compile(
    r"(?<=[.!?\"”’)]\s+)"
    r"(?P<credit>\p{Lu}{2,}(?:\s+(?:Photo|\p{Lu}{2,}))?/\p{Lu}[^/\s]*(?: \p{Lu}[^/\s]*|/[^/\s]+){0,8})\s*$"
)
# A credit that ends the caption in the way of a language: after a slash (Korean, `... 있다. /연합뉴스`),
# a name before `撮影` (Japanese, `...、北川正樹撮影`) or `nuotr.` (Lithuanian, `... Jono Jonaičio / BNS nuotr.`),
# a wire agency in brackets (Arabic, `... (رويترز)`).
# one of the forms below can match: a cheap test first
_TRAILING_HINT = regex.compile(r"/|／|撮影|摄|攝|供图|＝|nuotr\.|[)）]\s*$")
_TRAILING_CREDIT = regex.compile(
    r"(?<=.{12}[.!?。」\"”]\s+)/\s*(?:(?:사진|그래픽|자료)\s*=\s*)?(?P<credit>[^/\s\d][^/\d]{0,40}?)\s*$"
    r"|(?<=[、，,=＝]\s*)(?P<credit>[^、，,=＝\s]{2,12})撮影\s*$"
    # Japanese: the source in brackets (`…の割合（出典：ノースブリッジ総合研究所）`, `（写真提供：…）`)
    r"|[（(](?:出典|写真提供|画像提供|提供|写真|画像)[:：]\s*(?P<credit>[^（）()]{1,40})[）)]\s*$"
    # Japanese: the agency after `＝` (`…説明する経済産業相（18日、東京・霞が関）＝共同`), not a date (`＝10日`)
    r"|(?<=.{10})＝(?P<credit>[^\s\d、，。,=＝（）()]{2,10})\s*$"
    # Chinese: `... 吊装电梯钢结构。陈思远 摄`, `陈思远 摄` on its own line, `...。受访者供图` (provided by)
    r"|(?:^|(?<=[。！？]\s*))(?P<credit>[^\s。！？，]{2,12}(?:\s+[^\s。！？，]{2,6}){0,3})\s*摄\s*$"
    r"|(?<=[。！？]\s*)(?P<credit>[^\s。！？，]{1,10}供图)\s*$"
    # Taiwanese: an agency or a source in brackets (`...的難題。（中央社）`, `（民眾提供）`, `（中央社記者王飛華攝）`),
    # or `圖／` before it on its own line (`圖／新北市社會局提供`)
    r"|(?<=[。！？」]\s*)[（(](?P<credit>[^（）()。，、\s]{1,16}?(?:社|提供|檔案照片|資料照片?))[）)]\s*$"
    r"|(?<=[。！？」]\s*)[（(](?P<credit>[^（）()。，、\s]{2,16}?)[攝摄][）)]\s*$"
    r"|^(?:圖|图|照片|攝影|摄影)\s*[／/]\s*(?P<credit>[^\s。！？，]{2,24})\s*$"
    r"|(?:^|(?<=[.!?\"”]\s+))(?P<credit>[^.!?]{3,60}?)\s+nuotr\.\s*$"
    r"|\((?P<credit>رويترز|أ\.?\s?ف\.?\s?ب|أ\.?\s?ب|د\.?\s?ب\.?\s?أ|الأناضول|غيتي|واس|وام|سانا|الأوروبية)\)\s*$"
)
# A caption with a marker and no credit: `Image caption The minister ...`, `Caption: ...`, `Pictured: ...`.
_CAPTION_MARKER = regex.compile(
    r"^(?:Image\s+caption|Caption|Pictured|Bildunterschrift|Légende)\s*:?\s+(?P<text>\S.*)$"
)
# A `©` line that is the site's copyright notice, not a photo credit: a year first or last
# (`© 2019 Example Media`, `© Example Zeitung 2005-2019`), or the words of a notice.
_COPYRIGHT_NOTICE = regex.compile(
    r"(?i)^\s*(?:\d{4}|all rights|copyright)|all rights reserved|alle rechte|tous droits"
    r"|todos los derechos|todos os direitos|tutti i diritti|riproduzione riservata|reproduction interdite"
    r"|wszelkie prawa|všechna práva|все права"
    r"|alle rechten|alla rättigheter|alle rettigheder|tüm hakları|toate drepturile|minden jog|hak cipta"
    r"|(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\.?\s*$"
)
# Words one of the above needs (lower case): the cheap test run over the whole document at once.
_CAPTION_HINTS = (
    "©", "(c)", "photo", "picture", "image", "credit", "foto", "fotó", "fot.", "bild", "beeld", "crédit", "zdjęcie",
    "фото",
    "kuva",
    "φωτογραφία", "φωτ.", "φωτο",
    "ảnh", "снимк", "צילום", ". /", "nuotr.",
    "caption", "pictured", "légende", "images", "/ap", "| ap", "alamy", "shutterstock", "bloomberg",
    "illustration by", "reuters", "afp", "getty", "epa/", "nasa/", "press)", "press/", "efe/", "ansa/", "/the ",
    "picha", "kuha ni", "larawan", "gambar", "courtesy", ".com/", "foto/",
)  # fmt: skip
# Hints in a script few pages use, looked for only on a page that has a letter of that script (each hint
# is one scan of the page).
_SCRIPT_HINTS = (
    (
        CHINESE_JAPANESE,
        ("图片", "圖片", "摄影", "攝影", "写真", "撮影", "摄", "攝", "供图", "社）", "提供）", "照片）", "圖／", "＝")
        + ("出典", "提供："),
    ),
    (HANGUL, ("사진", "그래픽", "자료")),
    (
        ARABIC_SCRIPT,
        ("رويترز", "ف ب", "أ ب", "الأناضول", "غيتي", "واس", "وام", "سانا", "الأوروبية", "عکس", "فوٹو", "تصویر"),
    ),
    (DEVANAGARI_BENGALI, ("फोटो", "फ़ोटो", "ছবি")),
    (THAI_SCRIPT, ("ภาพ",)),  # (`ภาพจาก`, photo from)
)
_MAX_CAPTION_WORDS = 80
_MAX_CREDIT_WORDS = 12


def caption_marker(text: str, caption: str, credit: str | None) -> str:
    """What a caption line holds besides caption and credit (`Photo:`, `Image caption`), kept for `dropped`.

    >>> caption_marker("Boats. Photo: PA", "Boats.", "PA")
    'Photo:'
    """
    rest = text
    for part in (caption, credit):
        if part:
            at = rest.find(part)
            rest = rest[:at] + " " + rest[at + len(part) :] if at >= 0 else rest
    return " ".join(rest.split())


def split_caption(text: str) -> tuple[str, str | None] | None:
    """Caption text and credit of a caption line, or None when the line is not one.

    >>> split_caption("Russian Foreign Intelligence Service chief Sergey Naryshkin. ©  Sputnik/Alexey Nikolsky")
    ('Russian Foreign Intelligence Service chief Sergey Naryshkin.', 'Sputnik/Alexey Nikolsky')
    >>> split_caption("Image caption The minister at the summit")
    ('The minister at the summit', None)
    >>> split_caption("© 2023 Example Media. All rights reserved.") is None
    True
    >>> split_caption("© Beispiel Zeitung 2005-2019") is None
    True
    >>> split_caption("Il ministro durante la conferenza stampa (foto Ansa)")
    ('Il ministro durante la conferenza stampa', 'Ansa')
    >>> split_caption("Il ministro a Palazzo Chigi (Ansa)"), split_caption("Lo ha detto il ministro. (Ansa)")
    (('Il ministro a Palazzo Chigi', 'Ansa'), None)
    >>> split_caption("La consejera en el pleno. Foto: Mariano Espinosa (EFE)")
    ('La consejera en el pleno.', 'Mariano Espinosa (EFE)')
    >>> split_caption("Prezes urzędu na konferencji. Fot. PAP/Jan Nowak")
    ('Prezes urzędu na konferencji.', 'PAP/Jan Nowak')
    >>> split_caption("Hail-damaged apples on the block on Monday. Photo / Jared Lindsay")
    ('Hail-damaged apples on the block on Monday.', 'Jared Lindsay')
    >>> split_caption("A robot at the hawker centre on Feb 10. ST PHOTO: LIM YAO HUI")
    ('A robot at the hawker centre on Feb 10.', 'LIM YAO HUI')
    >>> split_caption("Traders on the floor in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid")
    ('Traders on the floor in New York, U.S., November 18, 2019.', 'REUTERS/Brendan McDermid')
    """
    if word_count(text) > _MAX_CAPTION_WORDS or is_gallery_counter(text):  # (`Foto: 1/12` counts a gallery's photos)
        return None
    marker = _CAPTION_MARKER.match(text)
    if marker:
        return marker["text"], None
    credit = (
        _CREDIT.search(text)
        or _BRACKETED_CREDIT.search(text)
        or _BRACKETED_AGENCY.search(text)
        or _AGENCY_CREDIT.search(text)
        or (_PIPED_CREDIT.search(text) if "|" in text else None)
        or _BARE_CREDIT.match(text)
        or (_TRAILING_CREDIT.search(text) if _TRAILING_HINT.search(text) else None)
    )
    if (
        credit is None
        or _COPYRIGHT_NOTICE.search(credit["credit"])
        or len(credit["credit"].split()) > _MAX_CREDIT_WORDS
    ):
        return None
    caption = text[: credit.start()].rstrip(" \t|—–、，,-")  # `Caption — Foto: ...`: the dash goes with the marker
    credit_text = _PHOTO_WORD.sub("", collapse_space(credit["credit"]), count=1)  # `© Photo Name / Site`
    # the bracket that closed the credit goes with it (`(foto Ansa)`); one the credit opened stays (`Name (EFE)`)
    if credit_text.endswith(")") and credit_text.count("(") < credit_text.count(")"):
        credit_text = credit_text[:-1].rstrip()
    return caption.strip(), credit_text


def _take_figure_captions(doc: Document) -> None:
    for piece in doc.undecided():
        if piece.hints is None or piece.hints.region != "figure":
            continue
        credit = piece.data.get("credit_hint")
        if credit is None:
            found = split_caption(piece.text)
            caption, credit = found if found is not None else (piece.text, None)
        else:
            at = piece.text.rfind(credit)
            # the credit is cut out of the caption unless that would cut a word (`...in MayCredit: AFP`)
            glued = at > 0 and piece.text[at - 1].isalnum() and credit[:1].isalnum()
            caption = piece.text if at < 0 or glued else (piece.text[:at] + piece.text[at + len(credit) :]).strip()
        reason = "figure caption" + (" with credit" if credit else "") + " (the page's <figure>)"
        doc.label(piece, Label.CAPTION, reason, caption=caption, credit=credit)
        marker = caption_marker(piece.text, caption, credit)
        if any(ch.isalnum() for ch in marker):
            piece.data["marker"] = marker


def _split_profile_credit(text: str, markers: tuple[str, ...]) -> tuple[str, str | None] | None:
    """`split_caption` for a site profile's own credit markers (`<caption> <marker>: <credit>`)."""
    for marker in markers:
        found = regex.search(rf"(?:^|(?<=\s)){regex.escape(marker)}\s*:?\s*(?P<credit>\S.*)$", text)
        if found is not None and len(found["credit"].split()) <= _MAX_CREDIT_WORDS:
            return text[: found.start()].strip(), found["credit"].strip()
    return None


def _glued_head(text: str) -> int | None:
    """Where a caption starts that a raw dump glued, with no space, after a Chinese or Japanese paragraph
    (`...と話す。自動運転バスの試験走行で、...、北川正樹撮影`): after the last sentence end before a
    credit that ends the text, when the text after it is a caption.

    >>> text = "住民の足を守れなくなる」と話す。自動運転バスの試験走行で、横浜市都筑区、北川正樹撮影"
    >>> text[_glued_head(text) :]
    '自動運転バスの試験走行で、横浜市都筑区、北川正樹撮影'
    """
    if CHINESE_JAPANESE.search(text) is None:
        return None
    end = max(text.rfind(mark) for mark in "。！？")
    if end < 0 or end + 1 >= len(text) or split_caption(text[end + 1 :]) is None:
        return None
    return end + 1


_GLUED_TAIL_WORDS = 3  # words glued after a credit that are the next block (`Jan NowakZobacz także: ...`)


def _glued_tail(text: str, credit: str | None) -> int | None:
    """Where a block glued to the end of a caption's credit starts in `text`, if one is.

    >>> text = "Fot. PAP/Jan NowakZobacz także: Rachunki za gaz"
    >>> text[_glued_tail(text, "PAP/Jan NowakZobacz także: Rachunki za gaz") :]
    'Zobacz także: Rachunki za gaz'
    >>> _glued_tail("Boats. Photo: Getty/iStock", "Getty/iStock") is None
    True
    >>> text = "Photo: iFixitThis is a curious way to design computers."
    >>> text[_glued_tail(text, "iFixitThis is a curious way to design computers.") :]
    'This is a curious way to design computers.'
    """
    at = text.rfind(credit) if credit else -1
    if at < 0 or credit is None:
        return None
    for glue in GLUE.finditer(credit):
        start = glue.start()
        # a word of two lower-case letters or more ends there: not `iFixit`, `McDonald`
        if start >= 2 and credit[start - 2 : start].islower() and len(credit[start:].split()) >= _GLUED_TAIL_WORDS:
            return at + start
    return None


def find_captions(doc: Document) -> None:
    """Label caption lines CAPTION, with `caption` and `credit` in their data; drop copyright notices.

    In HTML, the text of a figure (`<figcaption>`, a WordPress caption) is its caption, and the
    credit is what the page marks up as one (`<cite>`, class `credit`), else a `©` or marker line.
    """
    if doc.source == "html":
        _take_figure_captions(doc)
    profile_markers = doc.options.profile.credit_markers if doc.options.profile is not None else ()
    hints = _CAPTION_HINTS + tuple(marker.lower() for marker in profile_markers)
    text = "\n".join([p.text for p in doc.pieces if p.label is None])
    hints += script_hints(text, _SCRIPT_HINTS)
    credit_lines: list[tuple[Piece, str, str]] = []
    found = doc.find(literals=hints, fold_case=True)
    # and a credit in brackets no hint names (`(Jordan Whitlock/CPB)`, `(Ansa)`, `(Submitted by Horizon Health)`)
    seen = {id(p) for p in found}
    own = f"({doc.meta.site_name})" if doc.meta.site_name else None  # the site's own photo (`... (الخليج)`)
    found += [
        p
        for p in doc.pieces
        if p.label is None and p.text.endswith(")") and len(p.text) - (at := p.text.rfind("(")) <= _MAX_BRACKETED_CHARS
        and (p.text[at + 1 : at + 2].isupper() or p.text[at:] == own) and id(p) not in seen
    ]  # fmt: skip
    for piece in found:
        if "©" in piece.text and _COPYRIGHT_NOTICE.search(piece.text.split("©", 1)[1]):
            doc.drop(piece, "copyright notice")
            continue
        split = split_caption(piece.text) or _split_profile_credit(piece.text, profile_markers)
        if split is None and own is not None and piece.text.endswith(own) and len(piece.text) > len(own):
            split = piece.text[: -len(own)].strip(), own[1:-1]
        if split is None:
            head_end = _glued_head(piece.text)
            if head_end is None:
                continue
            _, piece = doc.split_off_glued(piece, head_end)  # the paragraph before stays as it was
            split = split_caption(piece.text)
            if split is None:
                continue
        caption, credit = split
        tail = _glued_tail(piece.text, credit)
        if tail is not None:  # a raw dump glued the next block to the credit: it is not part of it
            piece, _ = doc.split_off_glued(piece, tail)
            caption, credit = split_caption(piece.text) or (caption, credit)
        if piece.hints is not None and piece.hints.region != "figure" and not caption:
            continue
        if credit and not caption and _may_follow_caption(doc, piece):
            credit_lines.append((piece, caption, credit))  # needs the line above: after this pass, in one lookup
            continue
        _label_caption(doc, piece, caption, credit)
    credit_lines += _agency_credit_lines(doc)
    position = {piece: at for at, piece in enumerate(doc.pieces)} if credit_lines else {}
    for piece, caption, credit in credit_lines:
        above = _caption_above(doc.pieces[position[piece] - 1] if position[piece] > 0 else None)
        if above is None:
            _label_caption(doc, piece, caption, credit)
            continue
        # `Caption text` / `Photo: AFP` on two lines: one caption; a raw dump's caption of two sentences
        # comes cut in two (the second `joins_previous`), and `assemble` joins them back
        at = position[above]
        start = _caption_start(doc.pieces, at)
        for part in doc.pieces[start:at]:
            doc.label(part, Label.CAPTION, "image caption (its credit is on the next line)", caption=part.text)
        doc.label(above, Label.CAPTION, "image caption (its credit is on the next line)", caption=above.text,
                  credit=credit)  # fmt: skip
        doc.drop(piece, "credit of the image caption above")
        piece.data["credit_line"] = True


def _agency_credit_lines(doc: Document) -> list[tuple[Piece, str, str]]:
    """An agency's name alone on a line (`ANP`, `EPA`, `Getty Images`) under a caption-sized line with no
    sentence end: that line's credit (`Vrijwilligers vullen zandzakken in Arcen` | `ANP`). Under a line
    that ends a sentence a news agency may credit the story above it, and stays; a photo agency (`Getty Images`,
    `PA Media`) credits the caption still."""
    if doc.source == "html":
        return []
    found = []
    pieces = doc.pieces
    names, most = _AGENCY_LINE_NAMES, _MAX_AGENCY_CHARS
    for at, piece in [(at, p) for at, p in enumerate(pieces) if len(p.text) <= most and p.text.lower() in names]:
        if piece.label is not None:
            continue
        text = piece.text.strip()
        if at == 0 or not text[:1].isupper():
            continue
        # a dump cuts a paragraph at a link to an outlet (`..., writes the` | `Associated Press` | `. And ...`)
        after = pieces[at + 1].text if at + 1 < len(pieces) else ""
        if continues_line(after):
            continue
        above = _caption_above(pieces[at - 1])
        # a photo agency (`Getty Images`, `PA Media`) credits a photo, whatever the line above ends with
        photo = text.lower() in _PHOTO_AGENCY_NAMES
        if above is not None and above.text[:1].isupper() and (photo or not ends_sentence(above.text)):
            found.append((piece, "", text))
    return found


_MAX_AGENCY_CHARS = 30
_MAX_BRACKETED_CHARS = 72  # a credit in brackets at the end of a line, brackets included
_PHOTO_AGENCIES = (
    "epa|getty images|getty|imago|picture alliance|picture-alliance|keystone|shutterstock|istock|hollandse hoogte"
    "|ap photo|afp photo|reuters/pool|eyevine|alamy|pa media|pa wire|pa images|afp via getty images".split("|")
)
# An agency's name alone on a line (no full stop after it), in lower case
_PHOTO_AGENCY_NAMES = frozenset(_PHOTO_AGENCIES)
_AGENCY_LINE_NAMES = frozenset({*AGENCY_NAMES, *_PHOTO_AGENCIES})
_PHOTO_WORD = regex.compile(r"^(?:Photo|Foto|Photograph|Image)\s*:?\s+(?=\p{Lu})")


def _label_caption(doc: Document, piece: Piece, caption: str, credit: str | None) -> None:
    """Label `piece` a caption with its `caption` and `credit` (and the marker text around them, if any)."""
    reason = "image caption" + (" with credit" if credit else "")
    doc.label(piece, Label.CAPTION, reason, caption=caption, credit=credit)
    marker = caption_marker(piece.text, caption, credit)
    if any(ch.isalnum() for ch in marker):
        piece.data["marker"] = marker


# The text above a credit line is its caption when it is this short, of at least this many words, and
# the credit line starts with a credit word (`Photo: AFP`). A `©` or `Image copyright` credit comes
# before its caption, and `Photos:` names a gallery.
_MAX_CAPTION_ABOVE_CHARS, _MIN_CAPTION_ABOVE_WORDS = 300, 3
# (a `©` line too when it names a photographer and an agency, `© Jane Roe / Hans Lucas`: `© AFP` alone under a
# story's last paragraph credits the story)
_CREDIT_AFTER_CAPTION = regex.compile(
    rf"(?i)^(?:{_CREDIT_WORD})\s*:|^(?:圖|图|照片|攝影|摄影)\s*[／/]|^(?-i:{_OUTLET_SLASH_CREDIT})$|"
    rf"^fot\.\s|^©(?=[^/]{{2,60}}/)|^(?:foto|photo)\s+(?-i:\p{{Lu}})[^/]{{1,40}}/"
)  # (and `Foto Ansa/Giorgio Lanzetta`: an agency, a slash, the photographer)


def _may_follow_caption(doc: Document, credit: Piece) -> bool:
    """`credit` is a credit-only line of a text dump that starts with a credit word (`Photo: AFP`)."""
    return doc.source != "html" and _CREDIT_AFTER_CAPTION.match(credit.text) is not None


def _caption_start(pieces: list[Piece], at: int) -> int:
    """Where the caption that ends with pieces[at] starts: at the first of the undecided sentences of its
    line (`joins_previous` cuts), if they are caption-sized together; else at `at`."""
    start, chars = at, len(pieces[at].text)
    while start > 0 and pieces[start].data.get("joins_previous") and pieces[start - 1].label is None:
        start -= 1
        chars += len(pieces[start].text) + 1
        if chars > _MAX_CAPTION_ABOVE_CHARS:  # no caption: stop here (a page-long line is one chain)
            return at
    return at if pieces[start].data.get("joins_previous") else start


def _caption_above(above: Piece | None) -> Piece | None:
    """`above`, the line right above a credit line (`_may_follow_caption`), if it is the caption text:
    undecided and caption-sized (a dump writes a figure's caption and credit as two text nodes)."""
    if above is None or above.label is not None:
        return None
    text = above.text
    if len(text) > _MAX_CAPTION_ABOVE_CHARS or word_count(text) < _MIN_CAPTION_ABOVE_WORDS or text.endswith(":"):
        return None
    return above
