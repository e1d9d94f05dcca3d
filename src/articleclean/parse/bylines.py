"""Bylines: lines that name the authors of a story (`By Jane Doe and John Roe`).

>>> match_byline("By Jane Doe, John Roe and Max Mustermann")
['Jane Doe', 'John Roe', 'Max Mustermann']
>>> match_byline("By the end of the year, prices had doubled.") is None
True

The rules, in short:

* **Markers.** A byline starts with a marker: ``By``, ``Written by``, ``Words
  by``, ``Posted by``, ``Author:``, ``Von`` / ``Autor:`` (German), ``Par``
  (French), ``Por`` (Spanish, Portuguese), ``Di`` (Italian), ``Door`` (Dutch),
  ``Автор:`` / ``Беседовала`` (Russian), ``Авторка:`` (Ukrainian), ``Autor:`` /
  ``oprac.`` (Polish), ``Autor:`` (Czech), ``Av`` / ``Af`` (Swedish, Norwegian,
  Danish), ``Oleh`` (Indonesian), ``Yazar:`` (Turkish), ``Kirjoittaja:`` /
  ``Teksti:`` / ``Toimittaja:`` (Finnish), ``Szerző:`` (Hungarian),
  ``Συντάκτης:`` / ``Γράφει:`` / ``Γράφουν`` (Greek, its articles before the
  names dropped), ``de`` in lower case (Romanian); or it is Reuters' end credit
  (``Reporting by ...; Editing by ...``, the reporters and writers are the
  authors, the editors are not); or it is names followed by a news agency
  (``Jane Doe, Reuters``).
* **Names.** One to four capitalised words (all-caps too, kept as written),
  with particles (``van``, ``de la``, ``bin``...), prefixes (``al-``,
  ``O'``, ``d'``), hyphens, initials (``J.``) and suffixes (``Jr.``), in any
  script; separated by ``,``, ``;``, ``|``, `` - ``, ``and``, ``&``, ``und``,
  ``et``, ``y``, ``e``, ``i``, ``и``, ``en``, ``og``, ``och``, ``dan``, ``ve``,
  ``a``, ``ir``, ``și``, ``και``, ``và``, ``、``, ``ja``, ``és``. Words that only follow a marker
  at the start of a sentence (``By contrast``, ``By Tuesday``) are no names.
* **Not authors.** News agencies and outlets (``Reuters``, ``CNN``, ``The
  Washington Post``, ``Tribune News Service``), roles (``Staff Writer``) and
  places (``in London``, ``for CNN``) are dropped; a byline that names no
  person, or a bare marker (``By`` alone, ``Author:``, the name following on
  the next line of the dump), gives ``[]``.
* **Glued dates.** A date, time or dateline word after the names
  (``By Jane Doe | November 19, 2019``, ``By Jane Doe Published 10:00 AM``)
  is cut off.
* **Sentences are no bylines.** If any piece after the marker is not a name,
  an agency or a role (``By 2030 the plan``, ``Written by hand``, ``By Jane
  Doe's account``), the answer is None.
"""

from __future__ import annotations

import re

import regex

from articleclean.parse.dates import MONTH_NUMBERS, WEEKDAYS, find_date
from articleclean.strings import without_marks

__all__ = ["is_byline_marker", "match_bare_names", "match_byline"]

_MAX_LENGTH = 300
_MAX_BARE_LENGTH = 100
_MAX_NAME_WORDS = 4

# Markers. `strict` markers are also common words at the start of a sentence (Italian `Di`,
# German `Von`...): after them a name needs at least two words.
_MARKER_RE = re.compile(
    r"[\W_]*?(?:"
    r"(?P<credit>(?:additional\s+)?(?:reporting|writing|reported)\s+by)"
    r"|(?P<loose>(?:written|words|story|text|posted|report|reported|photos\s+and\s+words|article)\s+by"
    r"|(?:article\s+)?(?:rédigé|écrit|publié)\s+par"
    r"|propos\s+recueillis\s+par|беседовал[аи]?|записал[аи]?|rozmawiał[aoy]?|rozmawiali"  # an interview's
    r"|by|authors?|autork[ai]\s*/\s*autor(?:zy)?|autor(?:in|en|ka|ki|zy|es)?|autoři|avtor(?:ica|ja|ji)?|авторы?|автори|авторк[аи]|auteur|autrice|autore|autori|yazar|kirjoittaja|szerző"
    r"|oprac\.|opr\.|haber(?=\s*:)|penulis(?=\s*:)|pi[šs][eu](?=\s*:)|بقلم|كتبه?(?=\s*:)|ผู้เขียน|โดย"
    r"|(?:text|texto|testo|texte|tekst|teksti|toimittaja|words|reporter|reporters|текст|συντάκτης|συντάκτρια"
    r"|γράφει|लेखक|रिपोर्ट|লেখক|প্রতিবেদক|خبرنگار|نویسنده|تحریر|رپورٹ)(?=\s*:))"
    r"|(?P<strict>von|par|por|di|door|av|af|oleh|przez|מאת|na|nina|ni|γράφουν|text\s+von|un\s+article\s+de|(?:un\s+)?(?:artículo|articolo|texto)\s+d[ei]"
    r"|(?:eine?\s+)?(?:artikel|beitrag|gastbeitrag|kommentar|analyse|reportage|kolumne|interview)\s+von)"
    r")(?![^\W\d_])\s*:?",
    re.IGNORECASE,
)
# How the lines that `_MARKER_RE` can match start (lowercased), unless with punctuation: a cheap precheck.
_MARKER_STARTS = tuple(
    "by written words story text posted report photos article rédigé écrit publié propos беседовал записал rozmawia "
    "author autor autoř автор auteur autrice autore "
    "texto testo texte tekst reporter текст von par por di door ein un artículo articolo additional writing "
    "artikel beitrag gastbeitrag kommentar analyse reportage kolumne interview av af oleh yazar kirjoittaja szerző "
    "toimittaja συντάκτ γράφει γράφουν przez oprac opr. haber penulis avtor "
    "piše pišu pise pisu بقلم كتب מאת na ni ผู้เขียน โดย "
    "लेखक रिपोर्ट "
    "লেখক প্রতিবেদক خبرنگار نویسنده تحریر رپورٹ".split()
)
# An editor named after the authors (`Reporter: Jane Doe | Editor: John Roe`): not an author.
_EDITOR_TAIL = re.compile(r"\s*[|;,]\s*(?:editor|editors|edited\s+by|editing\s+by|redaktur|penyunting)\b.*$", re.I)
_CREDIT_PART_RE = re.compile(
    r"\s*(?:(?P<author>(?:additional\s+)?(?:reporting|writing|reported|written)\s+by)"
    r"|(?:editing|edited|compiled|graphics|photos|production|fact-checking|translation|translated)\s+by"
    r"|(?:graphics|photos|editing|editor)\s*:)(?![^\W\d_])\s*:?(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)

# Agencies and outlets that follow a byline: affiliation, not authors (lowercase).
_AGENCIES = frozenset(
    (
        "reuters|ap|afp|associated press|the associated press|agence france-presse|agence france presse|"
        "bloomberg|bloomberg news|dpa|epd|kna|sid|apa|sda|ansa|adnkronos|agi|efe|europa press|lusa|"
        "agência brasil|agencia brasil|pap|anp|belga|tass|тасс|риа новости|интерфакс|ria novosti|interfax|"
        "xinhua|kyodo|kyodo news|yonhap|aap|pti|ians|ani|upi|pa|pa media|press association|cnn|cnbc|bbc|"
        "bbc news|cp|the canadian press|canadian press|nyt|the new york times|new york times|wire|cnn wire|"
        "afp/reuters|ap/reuters|reuters/ap|dpa/afp|afp/dpa|nhk|rte|abc|nbc|cbs|fox news|sky news|al jazeera|"
        "bns|leta|elta|err|бта|bta|tasr|čtk|sta|hina|tanjug|beta|fena|mia|mina|ukrinform|укрінформ|unian|унiан|"
        "dha|iha|anka|anadolu ajansı"
    ).split("|")
)
_AGENCY_TAIL = max(map(len, _AGENCIES)) + 4


AGENCY_NAMES = _AGENCIES  # for the filters that look for an agency's name alone on a line


def is_agency(text: str) -> bool:
    """`text` is a news agency's or wire's name alone (`ANP`, `Reuters`, `The Associated Press`).

    >>> is_agency("ANP"), is_agency("Reuters"), is_agency("Rotterdam")
    (True, True, False)
    """
    return text.strip(" .").lower() in _AGENCIES
# A word that makes a "name" an organisation or a role.
_ORGANISATION_WORDS = frozenset(
    (
        "news staff wire press service services team desk board agency media times post journal magazine portal "
        "bureau newsroom "
        # a university's or a company's unit (`Unidad de Cultura Científica`, `Unternehmenskommunikation`)
        "unidad unit unité einheit servicio oficina office gabinete departamento department département abteilung "
        "communication communications comunicación comunicação kommunikation unternehmenskommunikation "
        # newsrooms and newspapers in other languages (`Redactie`, `Diário do Interior`)
        "redactie redação redacción rédaction redaktion redazione redakcja redakce redaksjon redaktionen "
        "редакция редакція redaksi diário diario jornal gazeta zeitung krant dagblad giornale corriere "
        # the role after a name (`Torstein Myrvold, journalist`)
        "journalist journalistin journaliste journalista periodista giornalista jornalista dziennikarz "
        "dziennikarka novinář novinářka журналист журналистка кореспондент корреспондент muhabir wartawan "
        "redaktør redaktör redacteur rédacteur redattore redactor korrespondent reporterin "
        "network radio tv television business reports report editors editorial newsroom online digital weekly "
        "daily group inc inc. ltd ltd. llc corp corp. correspondent correspondents writer writers reporter "
        "reporters editor contributor contributors columnist producer photographer analyst contributing "
        "senior chief associate special political national international foreign sports health science "
        "redaktion redaktion: redacción redaccion rédaction redazione redakcja редакция administrator admin "
        "guest sponsored partner content studio "
        # a press office's (`by Priya Raman, Halvorsen University`)
        "university universität université universidad università universidade uniwersytet университет "
        "college institute institut instituto istituto laboratory "
        # Hindi: a correspondent, a bureau, a desk (`अंकित वर्मा, जन उजाला संवाददाता`)
        "संवाददाता ब्यूरो डेस्क रिपोर्टर "
        # Indonesian: a contributor, a correspondent (`Kontributor Bandung, Dinda Ayu Lestari`)
        "kontributor koresponden "
        # Persian and Arabic: a reporter, a correspondent, an editor (`زهرا موسوی، خبرنگار سپهر`)
        "خبرنگار مراسل مراسلة محرر محررة صحفي صحفية"
    ).split()
)
# Capitalised words that start sentences after `By`, not names.
_NOT_NAME_START = (
    frozenset(
        (
            "the a an this that these those then now far contrast comparison default design law all any some way "
            "order hand mail email phone appointment invitation subscription registration request clicking using "
            "signing continuing submitting subscribing registering joining viewing taking choosing the way "
            "definition nature virtue means day night noon midnight early late end next last "
            "el la los las le les il lo gli der die das den dem des ein eine einem einer"
        ).split()
    )
    | {day for day in WEEKDAYS if len(day) > 3}  # not `Mo`, `Sun`, `Ma`: also names
)
# Lower-case words that put an outlet after a name (`Ana Souza, da Folha`), not a surname's particle.
_OUTLET_PREPOSITIONS = frozenset("da do das dos de del della di du des von vom of from für pour para per".split())
_PARTICLES = frozenset(
    "van von der den de da del della delle dos das du des le la ter ten zu bin binti ibn al el st. dela delos".split()
)
_NAME_PREFIXES = frozenset("al el ad d l o".split())
_WORD_PARTS_RE = re.compile(r"[-'’]")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv phd ph.d. md".split())

_AND = r"\s(?:and|AND|And|&|und|et|y|e|i|и|en|oraz|og|och|dan|ve|ja|és|a|ir|și|και|và|va|na|ও|और|اور|و|และ)\s"
_SPLIT_RE = re.compile(rf"\s*(?:,\s*(?:and|&|und|et|y|e|i|și|και)(?=\s)|[,;|•·/、]|\s[-–—]\s|{_AND})\s*")  # `, and`
_AND_RE = re.compile(_AND)
_PREFIXED_AND_RE = re.compile(r"\s[וو](?=[\u05d0-\u05ea\u0620-\u064a])")
# A place or outlet after a name: `Jane Doe in London`, `Jane Doe for CNN`.
_AFTER_NAME_RE = re.compile(r"\s+(?:in|for|from|aus|à|en|em|at|w|в|из)\s+(?P<first>\w)")
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.-?){1,3}")
_DATELINE_WORDS = (
    "published|updated|posted|last|first|originally|publié|publicado|pubblicato|veröffentlicht|aktualisiert|"
    "stand|opublikowano|опубликовано|обновлено"
)
_TRAILING_WORDS_RE = re.compile(
    r"(?:[\s,;:|/•·~()\[\]\-–—]|(?<![^\W\d_])(?:" + _DATELINE_WORDS + r")(?![^\W\d_]))+$", re.IGNORECASE
)
# After cutting a date or time, its connectors and weekday go too: `Jane Doe on Tuesday, | Nov 19, 2019`.
_TRAILING_AFTER_CUT_RE = re.compile(
    r"(?:[\s,;:|/•·~()\[\]\-–—@]|(?<![^\W\d_])(?:on|at|am|le|el|il|em|the|um|à|"
    + _DATELINE_WORDS
    + "|"
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
    + r")\.?(?![^\W\d_]))+$",
    re.IGNORECASE,
)
# Words that follow a name in a byline, glued to it in raw dumps (`Jane DoeAssociated Press`).
_GLUED_WORDS = (
    sorted({word.capitalize() for word in _ORGANISATION_WORDS if len(word) >= 4 and word.isalpha()})
    + ["Associated", "Reuters", "Bloomberg", "Updated", "Published", "Posted", "Aktualisiert", "Veröffentlicht"]
    + sorted({word.capitalize() for word in WEEKDAYS | set(MONTH_NUMBERS) if len(word) >= 5 and word.isalpha()})
)
_GLUED_RE = re.compile(
    r"(?<=[^\W\d_])(?=(?:" + "|".join(sorted(set(_GLUED_WORDS), key=len, reverse=True)) + r")(?![^\W\d_]))"
)
_TIME_START_RE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?[ap]\.?\s?m\b)", re.IGNORECASE)


# A role after the names (Korean `김민수·이지은 기자`), a marker before names written without spaces inside
# them (Chinese `记者 王晓明 陈静`): such names are parted by spaces, `、` or `·`.
_ROLE_TAIL_RE = re.compile(r"\s*(?:기자|특파원|선임기자|記者)$")
_TRAILING_ADDRESS_RE = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A Thai reporter's role after the name, with no comma (`โดย ณัฐวุฒิ ศรีสมบูรณ์ ผู้สื่อข่าวประจำจังหวัดจันทบุรี`)
_THAI_ROLE_RE = re.compile(r"\s+(?:ผู้สื่อข่าว|นักข่าว|บรรณาธิการ|กองบรรณาธิการ|ทีมข่าว)\S*$")
_CJK_MARKER_RE = re.compile(r"^(?:(?:记者|記者|作者)\s*[:：/]?|(?:文|撰文)\s*[:：/])\s*")
_CJK_NAME = r"[\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,5}"  # kana (but `・`), ideographs, hangul
_CJK_NAMES_RE = re.compile(rf"{_CJK_NAME}(?:\s*[\s、·・]\s*{_CJK_NAME}){{0,5}}")
_CJK_NAME_SPLIT_RE = re.compile(r"\s*[\s、·・]\s*")
# Korean writes where each reporter filed from before the name (`청주=정하윤·세종=오태민 기자`)
_CJK_PLACE_RE = re.compile(r"(?:^|(?<=[\s、·・]))[\u4e00-\u9fff\uac00-\ud7af]{1,6}=")
# Japanese papers name each reporter's desk (`経済部・佐藤美咲、政治部・高橋健一`, `経済部　佐藤健太`): a byline
# without a marker
_CJK_DESK = r"[\u4e00-\u9fff]{1,5}部(?:・|\s+)"
_CJK_DESK_NAMES_RE = re.compile(rf"{_CJK_DESK}{_CJK_NAME}(?:、{_CJK_DESK}{_CJK_NAME}){{0,5}}")
_CJK_DESK_RE = re.compile(_CJK_DESK)
# Japanese web media put the names and the outlet in brackets (`［佐伯遥，ITmedia］`)
_CJK_BRACKETED_RE = re.compile(r"^[［\[](?P<names>[^［］\[\]，,]{2,40})[，,]\s*[^［］\[\]，,]{2,30}[］\]]$")


def _cjk_names(text: str) -> list[str] | None:
    """Names in Chinese, Japanese or Korean script parted by spaces, `、` or `·`, else None.

    >>> _cjk_names("王晓明 陈静"), _cjk_names("김민수·이지은"), _cjk_names("Jane Doe")
    (['王晓明', '陈静'], ['김민수', '이지은'], None)
    >>> match_byline("文化・芸能") is None  # a menu item, not `文：` (text by) and names
    True
    """
    text = text.strip()
    return _CJK_NAME_SPLIT_RE.split(text) if _CJK_NAMES_RE.fullmatch(text) else None


# The writer's social-media handle after a byline, as Philippine and other sites set it.
_TRAILING_HANDLE_RE = re.compile(r"\s*[/|·•,-]?\s*@\w{2,30}\s*$")


def match_byline(line: str) -> list[str] | None:
    """The author names of a byline; `[]` for a byline that names no person; None for other lines.

    >>> match_byline("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER")
    ['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER']
    >>> match_byline("By Jane Doe | November 19, 2019 10:00 AM EST")
    ['Jane Doe']
    >>> match_byline("Reporting by Jane Doe in London; Editing by John Roe")
    ['Jane Doe']
    >>> match_byline("Jane Doe, Reuters")
    ['Jane Doe']
    >>> match_byline("By Reuters"), match_byline("Author:")
    ([], [])
    >>> match_byline("Written by hand") is None
    True
    >>> match_byline("记者 王晓明 陈静"), match_byline("김민수·이지은 기자")
    (['王晓明', '陈静'], ['김민수', '이지은'])
    >>> match_byline("청주=정하윤·세종=오태민 기자"), match_byline("経済部・佐藤美咲、政治部・高橋健一")
    (['정하윤', '오태민'], ['佐藤美咲', '高橋健一'])
    >>> match_byline("대전=이도윤 기자 doyoon@example.co.kr"), match_byline("経済部　佐藤健太、政治部　中村由香")
    (['이도윤'], ['佐藤健太', '中村由香'])
    >>> match_byline("By: Jerome A. Villareal - Reporter / @JAVillareal")
    ['Jerome A. Villareal']
    >>> match_byline("［佐伯遥，ITmedia］"), match_byline("［山田太郎、鈴木花子，ITmedia］")
    (['佐伯遥'], ['山田太郎', '鈴木花子'])
    """
    text = line.strip()
    if not text or len(text) > _MAX_LENGTH:
        return None
    if "@" in text:
        text = _TRAILING_HANDLE_RE.sub("", text)  # `By: Jerome Villareal - Reporter / @JVillareal`
        if not text:
            return None
    if not text.isascii():
        text = _TRAILING_ADDRESS_RE.sub("", text)  # `대전=이도윤 기자 doyoon@example.co.kr`
        text = text.replace("،", ",")  # the Arabic script's comma (`نویسنده: زهرا موسوی، خبرنگار ...`)
        text = _THAI_ROLE_RE.sub("", text)
    if not text.isascii() and (role := _ROLE_TAIL_RE.search(text) or _CJK_MARKER_RE.match(text)):
        named = text[: role.start()] if role.end() == len(text) else text[role.end() :]
        names = _cjk_names(_CJK_PLACE_RE.sub("", named))
        if names:
            return names
    if not text.isascii() and _CJK_DESK_NAMES_RE.fullmatch(text):
        return _CJK_DESK_RE.sub("", text).split("、")
    bracketed = None if text.isascii() else _CJK_BRACKETED_RE.match(text)
    if bracketed and (names := _cjk_names(bracketed["names"])):
        return names
    if text.startswith("de ") and text[3:4].isupper():  # `de Ioana Marinescu`: lower case, `De` opens sentences
        return _name_list(_cut_dateline(text[3:]), 2)
    head = text[:12].lower()
    marker = _MARKER_RE.match(text) if head.startswith(_MARKER_STARTS) or not head[0].isalnum() else None
    if marker is None:
        return _names_before_agency(text) or _names_after_dateline(text)
    rest = text[marker.end() :]
    if marker[0].strip().lower().startswith("γράφ"):
        rest = _GREEK_ARTICLE_RE.sub("", rest)  # `Γράφουν η Ελένη Μαυρίδου και ο Πάνος Δεληγιάννης`
    if marker["strict"] is not None and marker["strict"].lower() == "nina":
        rest = rest.replace(" at ", ", ")  # Tagalog: `Nina A at B`, by A and B
    if marker["credit"] is not None:
        return _credit_names(marker[0] + rest)
    min_words = 2 if marker["strict"] is not None else 1
    rest = _BRACKETED_AFTER_NAME_RE.sub("", rest)  # `Por Lucía Ferrándiz (Madrid) y Andrés Vidal (Alicante)`
    rest = _EDITOR_INITIALS_RE.sub("", rest)  # `Autorka/Autor: Marta Gajewska, Paweł Wiśniewski/tas`
    return _name_list(_cut_dateline(_unglue(_EDITOR_TAIL.sub("", rest))), min_words)


# The initials of the editor after a Polish byline's last name (`.../tas`)
_EDITOR_INITIALS_RE = re.compile(r"(?<=\w)/[a-ząćęłńóśźż]{2,4}\s*$")
# The place or agency in brackets after a name in a byline with a marker (`(Madrid)`, `(Reuters)`)
_BRACKETED_AFTER_NAME_RE = re.compile(r"(?<=\w)\s*\([^()\d]{2,40}\)(?=\s|,|$)")
# The article before each name of a Greek byline (`η`, `ο`, `της`, `του`).
_GREEK_ARTICLE_RE = re.compile(r"(?<!\S)(?:η|ο|της|του)\s+(?=[Α-ΩΆ-Ώ])")
_DATELINE_HEAD_WORDS = 4  # `Veröffentlicht am`, `Publicerad`, `Published on Tuesday`


def _names_after_dateline(text: str) -> list[str] | None:
    """The names of a byline after the dateline on the same line (`Veröffentlicht am 11. Februar 2025 von Jana
    Kellermann`, `Publicerad 4 mars 2025 kl. 18.02 av Karin Ljungberg`); None for other lines.

    >>> _names_after_dateline("Veröffentlicht am 11. Februar 2025 von Jana Kellermann")
    ['Jana Kellermann']
    >>> _names_after_dateline("On 11 February 2025 by the river the council met") is None
    True
    """
    if not any(ch.isdigit() for ch in text):
        return None
    found = find_date(text)
    if found is None or len(text[: found.span[0]].split()) > _DATELINE_HEAD_WORDS:
        return None
    rest = text[found.span[1] :].lstrip(" ,|·•–-")
    rest = _CLOCK_RE.sub("", rest, count=1)  # `kl. 18.02 av ...`, `um 14:20 Uhr von ...`
    marker = _MARKER_RE.match(rest)
    if marker is None or marker.end() == 0 or (marker["strict"] is None and marker["loose"] is None):
        return None
    names = _name_list(_cut_dateline(rest[marker.end() :]), 2)
    return names or None


_CLOCK_RE = re.compile(r"^(?:kl\.?|um|à|at|alle|às|a\s+las|o)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?\s*", re.I)


def is_byline_marker(line: str) -> bool:
    """A byline's marker alone on its line (`By`, `Von:`, `Автор`), the names on the next.

    >>> is_byline_marker("By"), is_byline_marker("Autor:"), is_byline_marker("Bylines")
    (True, True, False)
    """
    return _MARKER_RE.fullmatch(line.strip()) is not None


def match_bare_names(line: str) -> list[str] | None:
    """The names of a byline without a marker (`Jane Doe` alone on its line), for a line whose place
    says it is a byline (between the headline and the dateline): person names of two words or more,
    nothing else; None for other lines.

    >>> match_bare_names("Elif Demir"), match_bare_names("Jane Doe and John Roe")
    (['Elif Demir'], ['Jane Doe', 'John Roe'])
    >>> match_bare_names("Updated"), match_bare_names("Staff Reporter"), match_bare_names("Filed Under:")
    (None, None, None)
    >>> match_bare_names("Lucía Herrero | Valladolid"), match_bare_names("Thandeka Mokoena | News24")
    (['Lucía Herrero'], ['Thandeka Mokoena'])
    >>> match_bare_names("Marta Outeiral | Vilagarcía de Arousa"), match_bare_names("Elif Yıldırım ve Ali Su / Ankara")
    (['Marta Outeiral'], ['Elif Yıldırım', 'Ali Su'])
    >>> match_bare_names("Marion Dufau, correspondante"), match_bare_names("Jane Doe, staff writer")
    (['Marion Dufau'], ['Jane Doe'])
    >>> match_bare_names("الرباط - سعيد الإدريسي")  # the place first, as Arabic papers write it
    ['سعيد الإدريسي']
    >>> match_bare_names("長谷川健、森本彩香")
    ['長谷川健', '森本彩香']
    """
    text = _BRACKETED_AFTER_NAME_RE.sub("", line.strip())  # `Laura Echevarría (Madrid) e Íñigo Sarasola (Berlín)`
    if not text or len(text) > _MAX_BARE_LENGTH or text[-1] in ":：":
        return None  # a label (`Filed Under:`) names what follows it
    for mark in (" | ", " / ", ", "):  # the place after the names: `Lucía Herrero | Valladolid`, `अंकित, वाराणसी`
        names, separator, place = text.rpartition(mark)
        # after a bar or a slash, a place of several words too (`Marta Outeiral | Vilagarcía de Arousa`), or the
        # outlet (`Thandeka Mokoena | News24`)
        one_word = len(place.split()) == 1 or mark != ", "
        if separator and one_word and place[:1].isalpha() and not place[:1].islower():
            text = names
            break
        role = place.replace(" ", "")
        if mark == ", " and separator and len(place.split()) <= 3 and role.isalpha() and role.islower():
            text = names  # the role after the names, in lower case: `Marion Dufau, correspondante`
            break
    if any(ch.isdigit() for ch in text):
        return None  # a date, a time, a count: no names
    place, separator, names = text.partition(" - ")
    if separator and len(place.split()) == 1 and place[:1].isalpha() and not place[:1].islower() and " - " not in names:
        text = names  # the place first: `الرباط - سعيد الإدريسي`
    if "、" in text or "・" in text:  # Japanese names, written without a space: `長谷川健、森本彩香`
        return _cjk_names(text)
    return _name_list(text, 2) or None


def is_affiliation(line: str) -> bool:
    """True for a line that names only outlets, agencies or roles (`Express News Service`, `Redactie`, `PTI`):
    what a byline may put on the line below its names.

    >>> is_affiliation("Express News Service"), is_affiliation("Redactie"), is_affiliation("Jane Doe")
    (True, True, False)
    """
    text = line.strip()
    return bool(text) and len(text) <= _MAX_BARE_LENGTH and _name_list(text, 2) == []


def _unglue(text: str) -> str:
    """Split words that a naive dump glued to a name: `Jane DoeAssociated Press` → `Jane Doe | Associated Press`.

    >>> _unglue("ERIC TUCKERAssociated Press"), _unglue("Jeff FoustMonday, Nov 18"), _unglue("Robert VerBruggen")
    ('ERIC TUCKER | Associated Press', 'Jeff Foust | Monday, Nov 18', 'Robert VerBruggen')
    """
    return _GLUED_RE.sub(" | ", text)


def _cut_dateline(text: str) -> str:
    """The text before a glued date, time or dateline word: `Jane Doe | Published Nov 19, 2019` → `Jane Doe`."""
    cut = len(text)
    found = find_date(text)
    if found is not None:
        cut = found.span[0]
    time = _TIME_START_RE.search(text, 0, cut)
    if time is not None:
        cut = time.start()
    if cut < len(text):
        return _TRAILING_AFTER_CUT_RE.sub("", text[:cut])
    return _TRAILING_WORDS_RE.sub("", text)


def _name_list(text: str, min_words: int) -> list[str] | None:
    """The person names in a list of names and affiliations; None if a piece is neither. A place or a role
    after the last comma is no name (`Von Anna Berger, Brüssel`, `di Matteo Ferraresi, inviato a Genova`).

    >>> _name_list("Anna Berger, Brüssel", 2), _name_list("Matteo Ferraresi, inviato a Genova", 2)
    (['Anna Berger'], ['Matteo Ferraresi'])
    >>> _name_list("Anna Berger, Jan de Vries", 2)
    ['Anna Berger', 'Jan de Vries']

    Nor is what follows a comma after names joined by `and`, which ends a list of names (`Ana Ribeiro e
    Caio Menezes, Tucano SP`: the desk).

    >>> _name_list("Ana Ribeiro e Caio Menezes, Tucano SP", 2), _name_list("Ana Ribeiro, Caio Menezes e Rui Sá", 2)
    (['Ana Ribeiro', 'Caio Menezes'], ['Ana Ribeiro', 'Caio Menezes', 'Rui Sá'])

    Nor are a role and then an institution (`Giovanna Ferlito, economista dei trasporti, Università della Calabria`).

    >>> _name_list("Giovanna Ferlito, economista dei trasporti, Università della Calabria", 2)
    ['Giovanna Ferlito']
    """
    # the outlet after a spaced dash that ends a list (`Claire Vasseur, Julien Morvan - France Télévisions`);
    # a dash alone may part two names (Vietnamese `Minh Anh - Hoàng Quân`)
    dash = _LAST_DASH_RE.search(text)
    if dash is not None and _ends_list(head := text[: dash.start()]) and (names := _names_of(head, min_words)):
        return names
    head, comma, tail = text.rpartition(",")
    if comma and _AND_RE.search(head) is not None and (names := _names_of(head, min_words)):
        return names
    # a role, then the author's institution (`Giovanna Ferlito, economista dei trasporti, Università della Calabria`)
    tail = tail.strip(" .")
    not_a_name = _is_place_or_role(tail) or _names_of(tail, min_words) == []
    if comma and not_a_name and (names := _name_list(head, min_words)):
        return names
    return _names_of(text, min_words)


def _ends_list(text: str) -> bool:
    """`text` is a list of names, by commas or `and`."""
    return "," in text or _AND_RE.search(text) is not None


_MIN_ROLE_LETTERS = 4
_LAST_DASH_RE = re.compile(r"\s[-–—|]\s(?!.*\s[-–—|]\s)")


_BRACKETED_TAIL = re.compile(r"\s+\([^()]{1,12}\)?\s*$")  # (a dump may have cut its closing bracket)


def _is_place_or_role(text: str) -> bool:
    """What follows an author's name after a comma when it is not another name: one capitalised word (a
    place: `Kontich`), or a few words that start in lower case (a role: `envoyé spécial à Kiev`); an abbreviation in
    brackets after it aside (`Energieberaterin (HWK)`)."""
    words = _BRACKETED_TAIL.sub("", text).split()
    if _AND_RE.match(" " + text):  # `..., and Rory Pendle`: the last name of a list
        return False
    if len(words) == 1:  # a place (`Kontich`), or a role in a word (`perscommissie`, `correspondante`)
        word = words[0]
        if word.isalpha() and word.islower():
            return len(word) >= _MIN_ROLE_LETTERS
        letters = word.replace("-", "")  # `Ober-Hainbach`
        return letters.isalpha() and word[0].isupper() and not word.isupper() and word.lower() not in _SUFFIXES
    return 1 < len(words) <= _MAX_NAME_WORDS + 2 and text[:1].islower()


def _names_of(text: str, min_words: int) -> list[str] | None:
    text = text.strip(" \t:|-–—•·,;()[]\u00a0")
    if not text:
        return []
    names: list[str] = []
    for index, piece in enumerate(_SPLIT_RE.split(_split_prefixed_and(text))):
        if not piece:
            continue
        piece = _without_agency(_strip_place(piece).strip(" :()"))
        if piece.endswith(".") and not _keeps_dot(piece):
            piece = piece[:-1]
        kind = _classify(piece, index)
        if kind is None:
            return None
        if kind == "name":
            if len(piece.split()) < min_words:
                return None
            if piece not in names:
                names.append(piece)
    return names


def _split_prefixed_and(text: str) -> str:
    """Hebrew and Arabic write `and` as a prefix of the next word (`ו`, `و`): between names of two words
    or more each, it parts them. A name may start with the same letter (`وليد`, `וייס`), hence the two words.

    >>> _split_prefixed_and("נועה ברק ואורי גולדשטיין")
    'נועה ברק, אורי גולדשטיין'
    >>> _split_prefixed_and("محمد وليد")  # Mohammed Walid: one name
    'محمد وليد'
    """
    if text.isascii() or _PREFIXED_AND_RE.search(text) is None:
        return text
    parts = _PREFIXED_AND_RE.split(text)
    return ", ".join(parts) if all(len(part.split()) >= 2 for part in parts) else text


_DESK_SUFFIXES = ("redaktion", "redaktionen", "ressort")


def _classify(piece: str, index: int) -> str | None:
    """`name`, `affiliation` (agency, outlet, role) or None (not part of a byline)."""
    low = piece.lower()
    if low in _AGENCIES:
        return "affiliation"
    words = piece.split()
    if not words or len(words) > _MAX_NAME_WORDS + 2:
        return None
    if index > 0 and len(words) >= 2 and words[0] in _OUTLET_PREPOSITIONS:
        return "affiliation"  # `da Folha`, `de El País`, `of the Times`: what the author writes for
    if index > 0 and len(words) == 1 and piece.isupper() and len(piece) >= 2:
        return "affiliation"  # `CNN`, `AFP` after a name
    if index > 0 and len(words) >= 2 and words[0].lower() in _AGENCIES:
        return "affiliation"  # an agency's office after the name: `Haber: Selin Aydoğan / DHA Balıkesir`
    if index > 0 and any(word.lower().endswith(_DESK_SUFFIXES) for word in words):
        return "affiliation"  # a German desk, one compound word: `Von Katrin Wolters, Lokalredaktion Witten`
    if index > 0 and any(word.lower() in _ORGANISATION_WORDS for word in words):
        if words[0][:1].isupper() or all(word.lower() in _ORGANISATION_WORDS for word in words):
            return "affiliation"  # `Diário do Interior`, `Jornal do Brasil`, `journalist`: lower-case words and all
        if words[0][:1].islower() and words[-1].lower() in _ORGANISATION_WORDS:
            return "affiliation"  # a role between two names: `Helena Marsh, environment correspondent, and Rory Pendle`
    if index > 0 and len(words) >= 2 and _is_role(piece):
        return "affiliation"  # a role after a name: `WNN Meteorologist`, `Political Correspondent`
    if index > 0 and len(words) == 1 and not piece.isupper() and _is_place_or_role(piece):
        return "affiliation"  # a place between two names: `Von Miriam Lechner, München, und Jonas Feldkamp`
    if index > 0 and len(words) >= 2 and words[0].islower() and _is_place_or_role(piece):
        return "affiliation"  # a role between two names: `Claire Vasseur, envoyée spéciale à Vendôme, et Antoine Roux`
    if not all(_is_name_word(word) for word in words):
        return None
    lows = [word.lower() for word in words]
    if any(word in _ORGANISATION_WORDS for word in lows):
        return "affiliation"
    if lows[0] in _NOT_NAME_START:
        return "affiliation" if index > 0 or lows[0] == "the" and len(words) > 1 else None
    main = [word for word in lows if word not in _PARTICLES]
    if not main or lows[-1] in _PARTICLES or len(main) > _MAX_NAME_WORDS:
        return None
    return "name"


def _is_name_word(word: str) -> bool:
    """A capitalised word, an initial, a particle or a suffix; `Doe's` and `hand` are not.

    >>> [_is_name_word(w) for w in ("O'Brien", "al-Hassan", "J.", "McDonald", "van", "Иван", "李明")]
    [True, True, True, True, True, True, True]
    >>> [_is_name_word(w) for w in ("Doe's", "hand", "o", "al-hassan", "2030")]
    [False, False, False, False, False]
    """
    low = word.lower()
    if low in _PARTICLES or low in _SUFFIXES:
        return True
    if _INITIALS_RE.fullmatch(word):
        return word[0].isupper()
    parts = _WORD_PARTS_RE.split(without_marks(word))  # vowel signs (Thai `ปิยะพงษ์`) fail `isalpha`
    if not all(part.isalpha() for part in parts):
        return False
    first, last = parts[0], parts[-1]
    if len(parts) > 1 and len(last) == 1:
        return False  # a possessive: Doe's
    if len(parts) > 1 and first.lower() in _NAME_PREFIXES:
        return not last[0].islower()  # al-Hassan, d'Angelo, O'Brien
    return not first[0].islower() and not last[0].islower()  # lowercase: no; caseless scripts: yes


def _without_agency(piece: str) -> str:
    """A name without the agency written after it, or that the writer wrote with:
    `JANE DOE Associated Press` → `JANE DOE`, `Camille Rouvier avec AFP` → `Camille Rouvier`."""
    piece = _FOR_OUTLET.sub("", piece)  # `TOM BAXENDALE FOR MAILONLINE`: written for the site, not by it
    words = piece.split()
    if piece.lower() in _AGENCIES:
        return piece
    for size in (1, 2, 3):
        tail = " ".join(words[-size:])
        if len(words) > size and tail.lower() in _AGENCIES:
            if len(words) > size + 1 and words[-size - 1].lower() in _WITH:
                return " ".join(words[: -size - 1])
            if size > 1 or tail.isupper() or len(tail) >= 6:
                return " ".join(words[:-size])
    return piece


_WITH = frozenset("with avec mit con com met z och og".split())
_FOR_OUTLET = re.compile(r"\s+(?:for|FOR|For)\s+(?:(?:the|THE|The)\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}$")


def _keeps_dot(piece: str) -> bool:
    """Whether a name's final dot is its own (`Jr.`, `J.`), not the end of a sentence."""
    last = piece.rsplit(None, 1)[-1]
    return last.lower() in _SUFFIXES or _INITIALS_RE.fullmatch(last) is not None


def _strip_place(piece: str) -> str:
    """A name without the place or outlet after it: `Jane Doe in London` → `Jane Doe`."""
    after = _AFTER_NAME_RE.search(piece)
    if after is not None and after["first"].isupper():
        return piece[: after.start()]
    return piece


def _names_before_agency(text: str) -> list[str] | None:
    """`Jane Doe, Reuters` or `Jane Doe and John Roe | AP`: the names; None for other lines."""
    tail = max(0, len(text) - _AGENCY_TAIL)  # the agency is short: look for its separator near the end only
    at = max(
        text.rfind(",", tail), text.rfind("|", tail), text.rfind(" - ", tail), text.rfind(" – ", tail),
        text.rfind(" — ", tail),
    )  # fmt: skip
    if at <= 0 or text[at + 1 :].strip(" -–—.").lower() not in _AGENCIES:
        at = text.rfind(",")  # or a role, which may be longer than an agency
        role = text[at + 1 :]
        if at > 0 and not _is_role(role) and _is_place_or_role(role.strip()):
            # a role, then the place filed from (`Martina Kováčová, redaktorka, Revúca`)
            end, at = at, text.rfind(",", 0, at)
            role = text[at + 1 : end]
        if at <= 0 or not _is_role(role):
            return None
    names = _name_list(text[:at], 2)
    return names or None


_ROLES = frozenset(
    "correspondent reporter editor writer journalist columnist producer photographer analyst contributor "
    "meteorologist anchor presenter commentator critic blogger "
    "journalistin journaliste journalista periodista giornalista jornalista korrespondent correspondente "
    "corresponsal corrispondente redacteur rédacteur redattore redactor reporterin "
    "dziennikarz dziennikarka dziennikarze reporterka redaktor redaktorka korespondent korespondentka "
    "periodistas journalistes giornalisti jornalistas redakteur redakteurin redaktorin "
    "korespondente korespondents korespondentė korespondentas korrespondent žurnāliste žurnālists žurnalistė "
    "ajakirjanik кореспондент журналист репортер redaktorka novinarka novinar dopisnik dopisnica".split()
)


def _is_role(text: str) -> bool:
    """A short role after a name without a marker (`Niamh Kearney, Political Correspondent`).

    >>> _is_role(" Political Correspondent"), _is_role(" chief reporter"), _is_role(" Dublin")
    (True, True, False)
    >>> _is_role(" dziennikarze Horyzont24"), _is_role(" periodista de Economía")  # a role, then of what
    (True, True)
    """
    words = text.strip(" -–—.").lower().split()
    return 0 < len(words) <= 4 and (words[-1] in _ROLES or words[0] in _ROLES)


def _credit_names(text: str) -> list[str] | None:
    """The reporters and writers of a Reuters end credit; None if a part is not a credit."""
    names: list[str] = []
    for part in text.strip(" ()").split(";"):
        if not part.strip():
            continue
        credit = _CREDIT_PART_RE.match(part)
        if credit is None:
            return None
        if credit["author"] is None:
            continue
        found = _name_list(credit["rest"].strip(" ()."), 1)
        if found is None:
            return None
        names.extend(name for name in found if name not in names)
    return names


# Chinese wire copy opens its first paragraph with agency, place, date and reporters: mainland
# `新华社北京3月5日电（记者王晓明 李静）`, Taiwanese `（中央社記者林怡君、陳冠宇台北5日電）`. Taiwanese copy glues the
# last reporter's name to the place: a name there is taken to have three characters, as most have.
_CHINESE_WIRE = regex.compile(
    r"^(?P<agency>\p{Han}{1,6}?(?:社|网|網|报|報))(?P<place>\p{Han}{2,8}?)\d{1,2}月\d{1,2}日[电電]\s*"
    r"(?:[（(](?:记者|記者)\s*(?P<names>[^（）()]{2,40}?)\s*[）)])?"
    r"|^[（(](?P<agency>\p{Han}{1,6}?社)(?:(?:記者|记者)(?P<names>(?:\p{Han}{2,4}[、 ])*\p{Han}{3}))?"
    r"(?P<place>\p{Han}{2,6}?)\d{1,2}日(?:專|专|綜合外|综合外)?[電电]"
)
_NAME_SEPARATOR = regex.compile(r"[\s、,，]+")


def match_chinese_wire(text: str) -> tuple[str, str, list[str]] | None:
    """`(place, agency, reporters)` of a paragraph that opens with a Chinese wire dateline, else None.

    >>> match_chinese_wire("新华社北京3月5日电（记者王晓明 李静）国务院5日发布通知。")
    ('北京', '新华社', ['王晓明', '李静'])
    >>> match_chinese_wire("（中央社記者林怡君、陳冠宇台北5日電）衛福部今天宣布擴大喘息服務。")
    ('台北', '中央社', ['林怡君', '陳冠宇'])
    >>> match_chinese_wire("（中央社華盛頓4日綜合外電報導）美國國務院今天表示。")
    ('華盛頓', '中央社', [])
    >>> match_chinese_wire("新华社记者王晓明摄") is None
    True
    """
    found = _CHINESE_WIRE.match(text)
    if found is None:
        return None
    names = [name for name in _NAME_SEPARATOR.split(found["names"] or "") if name]
    return found["place"], found["agency"], names
