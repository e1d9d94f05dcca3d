"""Page furniture of whole-page dumps: menus, share prompts, teaser lists, footers.

Most scrapers dump the whole page; the article is about half of the text. This
filter drops the rest and leaves the article's text undecided (`keep_body`
makes it the body).

How:

1. *Units.* A text dump cuts a paragraph at every inline link (`in the`,
   `Star Trek`, `film series, said`): fragments are joined back into one unit
   when the line before does not end a sentence and the fragment continues it
   (starts in lower case or with punctuation, follows a function word or a comma,
   or is a short link text followed by such a continuation). A run of three or
   more tiny lines (menu items, tags, share buttons) is one block unit. Pieces
   other filters decided stay units of their own, as context.
2. *Stage 1.* Each unit gets ~60 features (`features_for`): its shape (length,
   words, terminal punctuation, stopword share in twenty languages, capitals,
   digits; word length and stopword share read against the page's own prose,
   so that a language with long words and few stopwords does not read like a
   menu), furniture vocabulary (share/follow, subscribe, cookies and legal
   notices, comments, "read more" teasers, adverts, navigation words, in several
   languages), and its place in the page: paragraph-like neighbours (jusText's
   context idea), the run of paragraphs it belongs to and the page's biggest
   run (the article is mostly one block of prose), repetition, comment markers
   nearby, and distance from the headline and bylines other filters found.
   A logistic regression gives P(article text).
3. *Stage 2.* A second logistic regression re-scores each unit from its own
   stage-1 probability, its neighbours', and how much of its vocabulary it
   shares with the other likely article units and with the headline (teasers
   and comments are about other things).
4. *The article's span.* Two more logistic regressions give, for each unit,
   P(the article starts here) and P(it ends here) from the probabilities around
   it (likely text after and not before, a share bar or a "Related" heading
   after the end, the gap to the next likely paragraph...). The span maximises
   their product, neither starts nor ends on a block unit read as furniture
   (the menu under a page's title has nothing likely before it, which the
   start model takes for an article's start), starts before the headline
   `find_headline` found only if ten times likelier there (teasers with
   blurbs above the headline read like an article's start), and never crosses a long run of unlikely units (a trending
   list or a deals box between the article and prose teasers; the run length is
   tuned in training, off for HTML); it grows over a small interruption (an
   advert, a "Read more" link) when a likely paragraph lies beyond it (across
   inline related links alone, a fairly likely one is enough), but never back
   across the headline. Inside the span a unit is
   kept unless its probability is very low (a short line with furniture words,
   `Share this article`, needs more), outside only if it is very high (higher
   still above the headline); a long
   paragraph repeating an earlier one is dropped.
5. *Article-only dumps.* When what is left shows no furniture at all (no
   menu-like block, no furniture words on a short line, almost only
   paragraphs), nothing is dropped: the model learnt from whole pages, where
   the text at the end is furniture; a dump of the article alone must keep its
   last paragraph.

Each dropped piece says why: the furniture its words show (`share/follow
prompt`, `newsletter/sign-in prompt`, `cookie notice`, `copyright footer`,
`comment widget`, `teaser list`, `advertisement`, `navigation`), else where
it lies (`navigation: run of short link-like lines before the article`,
`teaser list: prose after the article, outside its block`, `inside the
article: ...`), with the unit's probability, `(p=0.03)`.

The weights are in `articleclean/models/boilerplate.json`, trained by
`training/train_boilerplate.py` on the dev corpus (labels from the annotated
bodies); one set for text dumps (`text`), and one that also reads the HTML
hints (tag, landmark region, link density...) when `doc.source == "html"`
(`html`). Inference is pure Python: string operations, a few regex scans of
the whole page, and four dot products a unit.

>>> import articleclean
>>> doc = articleclean.Pipeline().document("Home\\nNews\\nSport\\nWeather\\nSchools closed after storm\\n"
...     "Schools across the region will stay closed on Tuesday after a storm brought down trees overnight.\\n"
...     "The education authority said that about 140 schools had no power on Monday evening.\\n"
...     "Forecasters expect calmer weather from Wednesday, although more rain is likely at the weekend.\\n"
...     "Share this article\\nFollow us on Twitter\\nPrivacy policy")
>>> [p.text[:12] for p in doc.pieces if p.label == "body"]
['Schools acro', 'The educatio', 'Forecasters ']
>>> [p.reason.split(" (")[0] for p in doc.pieces[-3:]]  # (`drop_widgets` takes the follow prompt)
['share/follow prompt', 'follow prompt', 'legal notice']
>>> doc.pieces[0].reason.split(" (")[0]
'navigation'
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from operator import add, itemgetter, mul, sub, truediv
from typing import Any

import regex

from articleclean.document import Document, Label, Piece
from articleclean.filters.headline import headline_at
from articleclean.filters.related import CHINESE_JAPANESE_BOX_HEADINGS, RELATED_MARKER
from articleclean.parse.galleries import is_gallery_line
from articleclean.parse.videos import is_video_button, is_video_link
from articleclean.strings import (
    CHINESE_JAPANESE,
    CLOSERS,
    SENTENCE_END_MARKS,
    UNPUNCTUATED_RUN,
    ends_sentence,
    ends_unpunctuated,
    unglued,
)

MODEL_FILE = "boilerplate.json"

# --- vocabulary -------------------------------------------------------------------------------

# Frequent function words of English, German, French, Spanish, Italian, Portuguese, Dutch,
# Polish, Russian, Indonesian, Swedish, Danish/Norwegian, Czech, Turkish, Romanian, Hungarian,
# Finnish, Ukrainian, Catalan and Greek (not those that are also English words: `care`, `per`,
# `mint`): prose has many, menus few.
STOPWORDS = frozenset(
    """
    the a an of to in and or is are was were be been has have had it its this that these those for on with as at by
    from but not he she they we you i his her their our your will would can could said says about after over than
    more also who which what when
    der die das und ist nicht ein eine einer eines zu den dem des mit sich auf für von im sie er es wir ich auch als
    an wie noch nach bei aus um hat sind war werden wird oder aber
    le la les un une et est des du en que qui dans pour pas sur au aux avec ce il elle ne se par plus son sa ses ont
    été être nous vous
    el los las y es del por con para una su lo como más pero sus al se ha fue ser este esta entre
    il di che è per non una sono della nel gli le con
    o os as um uma é não para com em por mais do da dos das
    het een en van is dat niet op te zijn voor met
    i w na z się nie do że to jest o jak ale po przez od za tak są był
    и в на не что с по как это она он но а из у к за о от для же так все то его её ее их мы вы они был была было были
    бы уже только еще ещё или при
    yang dan di itu dengan untuk tidak ini dari dalam akan pada juga saya ke karena ada bisa oleh
    och att det som en är på för med har av till den inte om var ett jag men
    og er at det som en på for med har af til den ikke om var jeg men
    je se na že to s z do jako ale jsou by byl která který
    ve bir bu için ile olarak çok daha gibi kadar sonra olan ise şu
    și în cu pentru sunt este
    és hogy nem csak volt már vagy
    että ovat myös mutta joka
    і в на не що з до як це та але за від для ще вже його
    els amb més però són
    και το της την του τα να με για από στο στην που είναι δεν
    """.split()
)
# Japanese particles: Japanese prose has no spaces, so its "stopwords" are counted as characters.
_JA_PARTICLES = "のはがをにでともへ"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_TERMINAL = frozenset(SENTENCE_END_MARKS)
# Thai, Lao and Khmer put no space between words: a long unit of them (`strings.ends_unpunctuated`) is read
# as holding one word for so many letters.
_UNPUNCTUATED_WORD_CHARS = 5
_CONTINUATION_START = frozenset(",.;:!?)]”’»…")
# A run of this many pieces shorter than `_TINY_CHARS` that are not sentences is one block (menu, tags).
_TINY_CHARS, _TINY_RUN = 40, 3

# Furniture vocabulary by kind (the kind names the reason of a drop); each entry is a regex
# without a top-level `|`, matched against lowercased text between word boundaries.
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "share": (
        "share", "sharing", "tweet", "teilen", "partager", "compartir", "condividi", "udostępnij",
        "compartilhe", "delen", "whatsapp", "pinterest", "facebook", "twitter", "linkedin", "reddit", "flipboard",
        "pocket", "telegram", "email", "e-mail", "print", "copy link", "copied", "поделиться", "поділитися",
        "sdílet", "sdílejte", "paylaş", "bagikan", "distribuie", "jaa", "megosztás", "comparteix", "vkontakte",
        "odnoklassniki", "xing", "сподели", "принтирай", "drucken", "imprimer", "imprimir", "stampa", "drukuj",
        "udskriv", "skriv ut", "tulosta", "tekststørrelse", "textstorlek", "tekstin koko", "skriftstørrelse",
    ),
    "follow": (
        "follow", "folgen", "suivez", "síguenos", "seguici", "obserwuj", "siga", "volg", "sledujte", "takip et",
        "ikuti", "följ", "følg", "urmărește", "seuraa", "kövess", "segueix",
    ),
    "subscribe": (
        "subscribe", "subscription", "newsletter", "sign ?up", "sign ?in", "log ?in", "register", "abonnieren",
        "abonnez", "abonner", "anmelden", "registrieren", "suscríbete", "suscribirse", "iscriviti", "zapisz",
        "subskrybuj", "zaloguj", "inscreva", "inscrever", "inscrivez", "s'inscrire", "connexion", "подписаться",
        "подписка", "рассылка", "войти", "регистрация", "odebírat", "přihlásit", "prenumerera", "logga in",
        "abonnere", "logg inn", "log ind", "berlangganan", "abone ol", "kayıt ol", "abonează", "tilaa", "kirjaudu",
        "feliratkozás", "bejelentkezés", "subscriu", "aanmelden", "inloggen", "apúntate", "prihlásiť",
        "prijavi se",
    ),
    "legal": (
        "cookies?", "privacy", "terms of (?:use|service)", "all rights reserved", "copyright", "impressum",
        "datenschutz", "mentions légales", "aviso legal", "política de privacidad", "polityka prywatności",
        "regulamin", "tous droits réservés", "alle rechte vorbehalten", "todos los derechos",
        "политика конфиденциальности", "все права защищены", "ochrana osobních údajů", "všechna práva vyhrazena",
        "integritetspolicy", "personvern", "alle rettigheder", "kebijakan privasi", "hak cipta", "gizlilik",
        "tüm hakları saklıdır", "confidențialitate", "toate drepturile rezervate", "tietosuoja", "adatvédelem",
        "minden jog fenntartva", "privacitat", "tots els drets reservats", "alle rechten voorbehouden",
        "privacybeleid", "política de privacidade", "todos os direitos reservados", "tutti i diritti riservati",
        "무단전재", "무단 전재", "재배포 금지", "개인정보처리방침",
    ),
    "comment": (
        "comments?", "reply", "replies", r"kommentar\w*", "commentaires?", "comentarios?", "commenti",
        r"komentarz\w*", "odpowiedz", "responder", "répondre", "antworten", r"комментари\w*", "ответить",
        r"komentář\w*", "odpovědět", "svara", "komentar", "balas", r"yorum\w*", "yanıtla",
        "comentarii", "comentaris", "răspunde", "kommentit", "vastaa", r"hozzászólás\w*", "reacties", r"коментар\w*",
    ),
    "related": (
        "read more", "related", "trending", "most (?:popular|read|viewed)", "recommended", "you may also like",
        "more from", "more stories", "see also", "weiterlesen", "mehr zum thema", "lire aussi", "à lire aussi",
        "lee también", "leer más", "te puede interesar", "czytaj (?:też|także|więcej)", "zobacz też",
        "leia (?:também|mais)", "vedi anche", "leggi anche", "читайте также", "по теме", "популярное",
        "související", "čtěte také", "läs också", "les også", "læs også", "baca juga", "berita terkait",
        "ilgili haberler", "citește și", "lue myös", "kapcsolódó", "lees ook", "gerelateerd", "correlati",
        "mais lidas", "más leídas", "meistgelesen", "les plus lus", "najczęściej czytane",
        # found by the language pages: none is on a corpus page, so the shipped weights read them as trained
        "самое читаемое", "самое популярное", "più lett[ie]", "meest gelezen", "mest lästa", "nejčtenější",
        "lo más leído", "más vistos", "mais lidos", "mais vistas", "les plus populaires", "ti potrebbe interessare",
        "potrebbe interessarti", "polecamy", "mais assistidos", "most watched", "meistgesehen", "les plus vus",
        "più visti", "ilginizi çekebilir",
        # `İ` lowercases to `i̇` (an i and a combining dot)
        "i̇lginizi çekebilir", "i̇lgili haberler", "więcej informacji", "te recomendamos", "ezek is érdekelhetik",
        "ez is érdekelheti",
        "może cię zainteresować", "pode interessar", "mohlo by vás zajímat", "vă recomandăm", "cele mai citite",
        "legolvasottabb", "mest læste", "mest lest", "najčítanejšie", "najčitanije", "luetuimmat", "δημοφιλή",
        "en çok okunanlar", "más noticias", "mais notícias", "altre notizie", "więcej wiadomości",
        "関連記事", "相关新闻", "相关阅读", "相關新聞", "관련기사", "많이 본 뉴스", "함께 보면 좋은 기사",
        "延伸閱讀", "延伸阅读", "相關報導", "相关报道", *CHINESE_JAPANESE_BOX_HEADINGS.split("|"),
        "आपको ये भी पसंद आ सकता है", "ये भी पढ़ें", "सबसे ज्यादा पढ़ी गई", "tin liên quan", "có thể bạn quan tâm",
        "đọc nhiều", "xem nhiều",
    ),
    "ad": (
        "advertisement", "advertising", "sponsored", "anzeige", "werbung", "publicité", "publicidad", "pubblicità",
        "reklama", "publicidade", "promoted", "реклама", "annons", "annonse", "annonce", "iklan", "reklam",
        "publicitate", "mainos", "hirdetés", "publicitat", "advertentie", "oglas", "oglasno sporočilo", "reklāma",
        "reklaam",
        # found by the language pages (Greek capitals drop their accents)
        "διαφήμιση", "διαφημιση", "广告", "廣告", "広告", "광고", "quảng cáo", "विज्ञापन",
        "إعلان", "اعلان", "تبلیغات", "โฆษณา",
        # the note under an advert inside an Indonesian story
        "scroll to continue with content",
    ),
    "nav": (
        "home", "menu", "search", "skip to", "navigation", "back to top", "contact", "about us", "sitemap",
        "startseite", "suche", "accueil", "recherche", "inicio", "buscar", "strona główna", "szukaj",
        "página inicial", "cerca", "next", "previous", "zurück", "weiter", "suivant", "précédent", "siguiente",
        "anterior", "главная", "поиск", "hlavní stránka", "hledat", "sök", "søk", "søg", "forside", "beranda",
        "ana sayfa", "acasă", "căutare", "etusivu", "kezdőlap", "keresés", "zoeken", "следующая", "предыдущая",
        "další", "předchozí", "nästa", "föregående", "neste", "forrige", "selanjutnya", "sebelumnya", "sonraki",
        "önceki", "următor", "seuraava", "edellinen", "következő", "előző", "següent",
    ),
}  # fmt: skip
KINDS = tuple(_KIND_WORDS)


def _word_regex(alternatives: list[str]) -> re.Pattern[str]:
    """A regex for any of `alternatives` as whole words, factored by first letter: an alternation of
    150 words tried at every position is ~10x slower than one the engine can reject by its first letter."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    branches = "|".join(
        re.escape(first) + "(?:" + "|".join(sorted(rests, key=len, reverse=True)) + ")"
        for first, rests in sorted(by_first.items())
    )
    # (the end: no word goes on, as `\b` says after a letter; a Hindi word may end with a vowel sign, no `\w`)
    return re.compile(r"\b(?=[" + re.escape("".join(sorted(by_first))) + r"])(?:" + branches + r")(?!\w)")


_KIND_RE = _word_regex([word for words in _KIND_WORDS.values() for word in words])
_KIND_OF = {kind: re.compile("|".join(words)) for kind, words in _KIND_WORDS.items()}


@lru_cache(maxsize=1024)  # the words found are few (the vocabulary), each looked up for every menu item
def kind_of(word: str) -> str | None:
    """The kind of a (lowercased) furniture word found by `_KIND_RE`.

    >>> kind_of("share"), kind_of("leer más"), kind_of("minister")
    ('share', 'related', None)
    """
    for kind, pattern in _KIND_OF.items():
        if pattern.fullmatch(word):
            return kind
    return None


def furniture_kind(text: str) -> str | None:
    """The kind of the first furniture word in `text` (`KINDS`), or None.

    >>> furniture_kind("Most Popular"), furniture_kind("(42) Comments"), furniture_kind("Data Centers")
    ('related', 'comment', None)
    """
    found = _KIND_RE.search(text.lower())
    return kind_of(found.group()) if found else None


def open_after_classifier(piece: Piece) -> bool:
    """Undecided, or dropped by the classifier only: what a filter that runs after `classify_boilerplate`
    may still take (a tag list, a paywall prompt), kept or dropped by a model that read it as text."""
    return piece.label is None or (piece.label == Label.DROPPED and piece.filter == "classify_boilerplate")


def line_end(pieces: list[Piece], at: int) -> int:
    """Where the line of `pieces[at]` ends, for the filters after the classifier: after the sentences
    `split_glued_text` cut it into (a raw dump's line)."""
    end = at + 1
    while end < len(pieces) and pieces[end].data.get("joins_previous") and open_after_classifier(pieces[end]):
        end += 1
    return end


def is_ad_label(text: str) -> bool:
    """The whole line is an advertisement's label (`Advertisement`, `- Anzeige -`, `Реклама`): never article text.

    >>> is_ad_label("ADVERTISEMENT"), is_ad_label("- Anzeige -"), is_ad_label("Advertising revenue fell.")
    (True, True, False)
    """
    return _KIND_OF["ad"].fullmatch(text.strip(_LABEL_PUNCTUATION).lower()) is not None


_LABEL_PUNCTUATION = " -–—:|*[]()·•"


# Vocabulary looked for only in short units (a body paragraph may well say "share" or "home").
_KIND_MAX_CHARS = 160
# Cookie and legal notices are longer; looked for up to this length.
_LEGAL_MAX_CHARS = 500
_LEGAL_RE = _word_regex(list(_KIND_WORDS["legal"]))
_COMMENT_RE = regex.compile(
    r"\b(?:reply|replies|says:|said:|log in to reply|report|like|likes|upvote|quote|permalink|flag|antworten"
    r"|répondre|responder|rispondi|odpowiedz)\b|\b\d{1,2}:\d{2}\s?(?:am|pm)\b|\bat \d{1,2}:\d{2}\b"
    r"|\b\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b"
)
_COMMENT_HEAD_RE = re.compile(
    r"(?m)^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:reply|comment)|post a comment|add a comment"
    r"|join the (?:discussion|conversation)|discussion|kommentare?|commentaires?|comentarios?|commenti|komentarze?"
    r"|comentários?)\b"
)
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|es|pl|uk|io)\b|@\w")
_DATEISH = regex.compile(
    r"\b(?:\d{1,2}[:/.]\d{2}|\d{4})\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)

# Labels and reasons of other filters that mark the top of the article (headline, byline, dateline).
_MARK_LABELS = frozenset({Label.TITLE, Label.BYLINE, Label.SUBTITLE})
_MARK_REASONS = ("repeats the headline", "page title", "dateline")

# --- features ---------------------------------------------------------------------------------

LOCAL_FEATURES = (
    "log_chars", "log_words", "mean_word_len", "ends_sentence", "ends_colon", "ends_digit", "stopword_share",
    "stopwords", "title_case_share", "tiny_block", "starts_lower", "starts_digit", "digit_share",
    "comma_rate", "sentence_rate", "separator", "copyright_sign", "url", "dateish",
    *(f"kind_{kind}" for kind in KINDS), "legal_long", "comment_marker", "comment_heading",
)  # fmt: skip
CONTEXT_FEATURES = (
    "log_fragments", "paragraph", "para_window1", "para_window3", "para_window10", "comment_window2",
    "comment_window6", "after_comment_heading", "prose_before", "prose_after", "repeated", "repeats_earlier",
    "glued", "joins_previous", "position", "run0_of_max", "run0_share", "run1_of_max", "run1_share", "run3_of_max",
    "run3_share", "in_biggest_run", "before_biggest_run", "after_biggest_run", "within_biggest_span",
    "after_short", "before_short", "between_short", "length_vs_median", "after_headline", "log_units_since_mark",
    "no_mark_before", "decided_neighbour",
)  # fmt: skip
HTML_TAGS = ("p", "h", "li", "td", "a", "div", "blockquote", "figcaption", "span")
HTML_REGIONS = ("nav", "aside", "footer", "header", "figure", "form", "main")
HTML_FEATURES = (
    *(f"tag_{tag}" for tag in HTML_TAGS), *(f"region_{region}" for region in HTML_REGIONS), "link_density",
    "in_article", "has_href", "class_furniture",
)  # fmt: skip
STAGE2_FEATURES = (
    "logit", "prev", "next", "prev2", "next2", "max_neighbour", "min_neighbour", "window3", "window10",
    "mass_before", "mass_after", "in_region", "log_chars", "log_words", "ends_sentence", "ends_colon",
    "core_overlap", "headline_overlap",
)  # fmt: skip
_CONTENT_WORD = re.compile(r"\w{4,}")
_CORE_P = 0.7


def features_for(source: str) -> tuple[str, ...]:
    """Names of the stage-1 features for a document source (`text` or `html`)."""
    return LOCAL_FEATURES + CONTEXT_FEATURES + (HTML_FEATURES if source == "html" else ())


_CLASS_FURNITURE = regex.compile(
    r"(?i)nav|menu|share|social|footer|header|sidebar|related|promo|advert|\bads?\b|cookie|comment|newsletter|widget"
    r"|breadcrumb|teaser|recommend|trending|popular|subscribe"
)
_PARA_LOG_WORDS = math.log1p(9)
_PARA_LOG_CHARS = math.log1p(300)


@dataclass(slots=True)
class Unit:
    """Consecutive pieces read as one paragraph; `open` when the classifier decides it (all undecided)."""

    pieces: list[Piece]
    text: str
    open: bool
    block: bool = False  # a run of tiny pieces (menu, tags, buttons) read as one unit
    words: frozenset[str] | None = None  # content words, see `content_words`
    kind: str | None = None  # furniture vocabulary found, for the reason of a drop
    data: dict[str, Any] = field(default_factory=dict)


def _continues(prev: str, text: str, following: str | None) -> bool:
    """True when `text` is a fragment of the paragraph `prev` belongs to (a text dump cut it at a link)."""
    first = text[:1]
    if first.islower() or first in _CONTINUATION_START:
        return True
    if ends_sentence(prev):
        return False
    last_word = prev[prev.rfind(" ") + 1 :].lower()
    if last_word in STOPWORDS or prev[-1:] in ",(-–—":
        return True
    # a short link text between two fragments: `in the` | `Star Trek` | `film series`
    return (
        following is not None
        and len(text) < 60
        and (following[:1].islower() or following[:1] in _CONTINUATION_START)
        and not ends_sentence(text)
    )


def _is_tiny(text: str) -> bool:
    """A menu item, tag or button label: short and not a sentence. A Chinese or Japanese character says
    as much as two letters (`日経平均、一時4万円台を回復 半導体株に買い` is a teaser headline, not a button).

    >>> _is_tiny("Share on Facebook"), _is_tiny("リンクをコピー")
    (True, True)
    >>> _is_tiny("日経平均、一時4万円台を回復 半導体株に買い")
    False
    """
    n = len(text)
    if n >= _TINY_CHARS or text.rstrip(CLOSERS)[-1:] in _TERMINAL:
        return False
    return text.isascii() or n + len(CHINESE_JAPANESE.findall(text)) < _TINY_CHARS


def make_units(doc: Document) -> list[Unit]:
    """The document's pieces grouped into units (see the module docstring).

    Fragments of one paragraph make one unit; so does a run of `_TINY_RUN` or more tiny
    pieces (a menu, a tag list, a row of share buttons), read as one block.

    >>> from articleclean.sources.text import text_to_document
    >>> doc = text_to_document("Menu\\nAfter a silence, news on the film in the\\nStar Trek\\nseries: it is coming.")
    >>> [u.text for u in make_units(doc)]
    ['Menu', 'After a silence, news on the film in the Star Trek series: it is coming.']
    >>> [u.text for u in make_units(text_to_document("Home\\nNews\\nSport\\nA sentence."))]
    ['Home News Sport', 'A sentence.']
    """
    pieces = doc.pieces
    groups: list[list[Piece]] = []
    closed: list[bool] = []
    html = doc.source == "html"
    current: list[Piece] = []
    for piece, after in zip(pieces, [*pieces[1:], None]):
        text = piece.text
        if piece.label is not None or not text:
            if current:
                groups.append(current)
                closed.append(False)
                current = []
            groups.append([piece])
            closed.append(True)
            continue
        if current and not html and "glued" not in piece.data and "joins_previous" not in piece.data:
            following = after.text if after is not None and after.label is None else None
            if _continues(current[-1].text, text, following):
                current.append(piece)
                continue
        if current:
            groups.append(current)
            closed.append(False)
        current = [piece]
    if current:
        groups.append(current)
        closed.append(False)
    units: list[Unit] = []
    run: list[list[Piece]] = []
    for group, is_closed in zip(groups, closed):
        if not is_closed and len(group) == 1 and _is_tiny(group[0].text):
            run.append(group)
            continue
        if run:
            _flush_tiny(run, units)
            run = []
        units.append(Unit(group, group[0].text if len(group) == 1 else " ".join(p.text for p in group), not is_closed))
    if run:
        _flush_tiny(run, units)
    return units


def _flush_tiny(run: list[list[Piece]], units: list[Unit]) -> None:
    if len(run) >= _TINY_RUN:
        pieces = [group[0] for group in run]
        units.append(Unit(pieces, " ".join(p.text for p in pieces), True, block=True))
    else:
        units.extend(Unit(group, group[0].text, True) for group in run)


def _scan(pattern: re.Pattern[str] | regex.Pattern[str], texts: list[str], which: list[int]) -> dict[int, str]:
    """Units (of `which`, whose texts they are) in which `pattern` matches, with the name of the group that
    matched first: one scan of the joined texts instead of one regex call a unit."""
    if not which:
        return {}
    joined = "\n".join([texts[i] for i in which])
    match = pattern.search(joined)
    if match is None:
        return {}
    starts = list(accumulate((len(texts[i]) + 1 for i in which), initial=0))
    found: dict[int, str] = {}
    while match is not None:
        at = bisect_right(starts, match.start()) - 1
        found[which[at]] = match.group()
        match = pattern.search(joined, starts[at + 1]) if at + 1 < len(which) else None
    return found


def _labels_headline(text: str, heading: str) -> bool:
    """`text` starts with a comment heading's word that labels a headline after a colon
    (`Comment: Why the city got it wrong`), rather than heading a comment section (`Comments: 12`).

    >>> _labels_headline("kommentar: die stadt hat das wachstum unterschätzt", "kommentar")
    True
    >>> _labels_headline("comments: 12", "comments"), _labels_headline("leave a reply", "leave a reply")
    (False, False)
    """
    rest = text[text.find(heading) + len(heading) :].lstrip()
    return rest.startswith(":") and len(rest.split()) >= 3


def local_features(units: list[Unit]) -> list[list[float]]:
    """Features of the units' own texts (`LOCAL_FEATURES`); sets `unit.kind` and `unit.words`."""
    texts = [u.text for u in units]
    lengths = [len(t) for t in texts]
    everything = list(range(len(units)))
    short = [i for i in everything if lengths[i] < _KIND_MAX_CHARS]
    middle = [i for i in everything if _KIND_MAX_CHARS <= lengths[i] < _LEGAL_MAX_CHARS]
    lowered = [t.lower() for t in texts]  # the vocabulary patterns are lowercase: faster than (?i)
    kinds = _scan(_KIND_RE, lowered, short)
    # a raw dump glues furniture words to the next block (`CompartirAviso legal`): look again, unglued
    apart = {i: text.lower() for i in short if i not in kinds and (text := unglued(texts[i])) != texts[i]}
    if apart:
        kinds.update(_scan(_KIND_RE, [apart.get(i, "") for i in range(len(texts))], list(apart)))
    legal = _scan(_LEGAL_RE, lowered, middle)
    urls = _scan(_URLISH, texts, everything)
    dates = _scan(_DATEISH, lowered, [i for i in short if lengths[i] < 100])
    comments = _scan(_COMMENT_RE, lowered, short)
    headings = _scan(_COMMENT_HEAD_RE, lowered, [i for i in short if lengths[i] < 60])
    # `Kommentar: Die Stadt hat ...` labels an opinion piece's headline in a teaser list: no comment section
    headings = {i: word for i, word in headings.items() if not _labels_headline(lowered[i], word)}
    cjk_units = [i for i in everything if not texts[i].isascii()]
    cjk = _scan(_CJK, texts, cjk_units) if cjk_units else {}
    unpunctuated = _scan(UNPUNCTUATED_RUN, texts, cjk_units) if cjk_units else {}
    rows = []
    log1p = math.log1p
    for i, text in enumerate(texts):
        n = lengths[i]
        unit = units[i]
        words = lowered[i].split()  # as many words as `text.split()`: lowercasing keeps whitespace as it is
        nw = len(words)
        stop = sum(map(STOPWORDS.__contains__, words))
        if i in cjk and not unit.block:  # a block of menu items is no run of prose, however many characters
            count = sum(len(run) for run in _CJK.findall(text))
            if count > n * 0.3:
                nw = max(nw, count // 2)
                stop += sum(map(text.count, _JA_PARTICLES))
        last = text.rstrip(CLOSERS)[-1:]
        ends = last in _TERMINAL
        if i in unpunctuated and ends_unpunctuated(text):
            nw = max(nw, sum(len(run) for run in UNPUNCTUATED_RUN.findall(text)) // _UNPUNCTUATED_WORD_CHARS)
            ends = True
        per_word = 1.0 / (nw or 1)
        head = text.split(None, 30)[:30]  # the first 30 words, without splitting the rest
        first = text[:1]
        digits, terminals, commas = _char_counts(text)
        kind = kind_of(kinds[i]) if i in kinds else None
        kind_row = _KIND_ROWS[kind]
        if i in legal:
            kind = "legal"
        unit.kind = kind
        unit.words = _content_words_of(lowered[i])
        rows.append([
            log1p(n),
            log1p(nw),
            min(n * per_word, 20.0) / 10,
            1.0 if ends else 0.0,
            1.0 if last == ":" else 0.0,
            1.0 if last.isdigit() else 0.0,
            stop * per_word,
            min(stop, 20) / 20,
            sum(map(str.istitle, head)) / (len(head) or 1),
            1.0 if unit.block else 0.0,
            1.0 if first.islower() else 0.0,
            1.0 if first.isdigit() else 0.0,
            digits / (n or 1),
            commas * per_word,
            terminals * per_word,
            1.0 if has_separator(text) else 0.0,
            1.0 if "©" in text or "(c)" in text or "(C)" in text else 0.0,
            1.0 if i in urls else 0.0,
            1.0 if i in dates else 0.0,
            *kind_row,
            1.0 if i in legal else 0.0,
            1.0 if i in comments else 0.0,
            1.0 if i in headings else 0.0,
        ])  # fmt: skip
    return rows


def has_separator(text: str) -> bool:
    """`text` has a breadcrumb, menu or title separator (`|`, `›`, `•`, `»`, ` · `). A `»` in a line that also
    has `«` closes a quotation (French, Spanish, Italian, Russian and German prose), and a `·` between two
    letters joins words (Catalan `l·l`, a Chinese name's parts, Korean `보건·복지`): neither separates items.

    >>> has_separator("Accueil » Politique"), has_separator("« Rien », dit-il."), has_separator("El col·legi")
    (True, False, False)
    """
    if "|" in text or "›" in text or "•" in text or " · " in text:
        return True
    return "»" in text and "«" not in text


_DIGIT_BYTES = b"0123456789"
_ASCII_TERMINALS = b".!?"
_WIDE_TERMINALS = "".join(sorted(_TERMINAL - set(".!?")))


def _char_counts(text: str) -> tuple[int, int, int]:
    """The ASCII digits, sentence ends (`_TERMINAL`) and commas (`,、，`) in `text`.

    Counted on the UTF-8 bytes, where an ASCII byte only ever stands for its own character: one C pass
    for all ten digits instead of one `str.count` a character.
    """
    raw = text.encode("utf-8", "surrogatepass")
    size = len(raw)
    digits = size - len(raw.translate(None, _DIGIT_BYTES))
    terminals = size - len(raw.translate(None, _ASCII_TERMINALS))
    commas = raw.count(b",")
    if not text.isascii():
        terminals += sum(map(text.count, _WIDE_TERMINALS))
        commas += text.count("、") + text.count("，")
    return digits, terminals, commas


# the `kind_*` features of a unit, by the kind of furniture word found in it
_KIND_ROWS = {kind: tuple(1.0 if kind == k else 0.0 for k in KINDS) for kind in (None, *KINDS)}
_I_LOG_CHARS = LOCAL_FEATURES.index("log_chars")
_I_LOG_WORDS = LOCAL_FEATURES.index("log_words")
_I_ENDS = LOCAL_FEATURES.index("ends_sentence")
_I_COLON = LOCAL_FEATURES.index("ends_colon")
_I_STOP = LOCAL_FEATURES.index("stopword_share")
_I_COMMENT = LOCAL_FEATURES.index("comment_marker")
_I_COMMENT_HEAD = LOCAL_FEATURES.index("comment_heading")


CONTEXT_OFFSET = len(LOCAL_FEATURES)
_I_REPEATS = CONTEXT_OFFSET + CONTEXT_FEATURES.index("repeats_earlier")
_I_PARA = CONTEXT_OFFSET + CONTEXT_FEATURES.index("paragraph")
_I_COMMENT_WINDOW = CONTEXT_OFFSET + CONTEXT_FEATURES.index("comment_window2")
_I_AFTER_COMMENT_HEAD = CONTEXT_OFFSET + CONTEXT_FEATURES.index("after_comment_heading")
_I_COPYRIGHT = LOCAL_FEATURES.index("copyright_sign")


def _runs(para: list[bool], lengths: list[int], gap_units: int, gap_chars: int) -> tuple[list[int], list[int]]:
    """Runs of paragraph units allowing gaps of up to `gap_units` units / `gap_chars` characters.

    Returns the run of each unit (-1 outside any run) and the characters of each run.
    """
    run = [-1] * len(para)
    chars: list[int] = []
    last = -1
    gap = 0
    for i, is_para in enumerate(para):
        if not is_para:
            gap += lengths[i]
            continue
        if last >= 0 and i - last - 1 <= gap_units and gap <= gap_chars:
            r = run[last]
            for j in range(last + 1, i):
                run[j] = r
            chars[r] += lengths[i]
        else:
            r = len(chars)
            chars.append(lengths[i])
        run[i] = r
        last = i
        gap = 0
    return run, chars


def _is_mark(piece: Piece) -> bool:
    return piece.label in _MARK_LABELS or (piece.label == Label.DROPPED and piece.reason.startswith(_MARK_REASONS))


def _html_features(unit: Unit) -> list[float]:
    hints = unit.pieces[0].hints
    if hints is None:
        return [0.0] * len(HTML_FEATURES)
    tag = "h" if hints.heading_level else hints.tag
    region = "main" if hints.region in ("main", "article") else hints.region
    return [
        *(1.0 if tag == t else 0.0 for t in HTML_TAGS),
        *(1.0 if region == r else 0.0 for r in HTML_REGIONS),
        hints.link_density,
        1.0 if hints.in_article else 0.0,
        1.0 if hints.href else 0.0,
        1.0 if hints.classes and _CLASS_FURNITURE.search(hints.classes) else 0.0,
    ]


def window_means(values: list[float], k: int) -> list[float]:
    """For each position, the mean of `values` over the k positions on each side (itself excluded).

    >>> window_means([1.0, 0.0, 1.0, 1.0], 1)
    [0.0, 1.0, 0.5, 1.0]
    """
    n = len(values)
    low, high = _window_ends(list(accumulate(values, initial=0.0)), k)
    before, after = _side_counts(n, k)
    counts = list(map(add, before, after)) if n > 1 else [1] * n  # a lone value has no neighbours: 0/1
    return list(map(truediv, map(sub, map(sub, high, low), values), counts))


# Windows over prefix sums, built by slicing and mapping (C loops) rather than indexing a position at a time.


def _window_ends(sums: list[float], k: int) -> tuple[list[float], list[float]]:
    """With `sums` the prefix sums of n values: for each position i < n, sums[max(0, i - k)] and
    sums[min(n, i + k + 1)], the prefix sums at the ends of the k positions on each side."""
    n = len(sums) - 1
    return [*([sums[0]] * k), *sums[:n]][:n], [*sums[k + 1 :], *([sums[n]] * k)][:n]


def _side_counts(n: int, k: int) -> tuple[list[int], list[int]]:
    """For each position i < n, how many of the k positions on each side there are: min(i, k), min(n - 1 - i, k)."""
    before = [*range(k), *([k] * n)][:n]
    return before, before[::-1]


def _side_sums(sums: list[float], k: int) -> tuple[list[float], list[float]]:
    """For each position of the values whose prefix sums are `sums`: the sum of the k values before it and of
    the k after it (fewer at the page's edges)."""
    low, high = _window_ends(sums, k)
    return list(map(sub, sums[:-1], low)), list(map(sub, high, sums[1:]))


def _side_means(sums: list[float], k: int) -> tuple[list[float], list[float]]:
    """`_side_sums` as means (0.0 where there are no values on that side: a sum of none over 1)."""
    before, after = _side_sums(sums, k)
    counts_before, counts_after = _side_counts(len(before), k)
    if counts_before:
        counts_before[0] = counts_after[-1] = 1
    return list(map(truediv, before, counts_before)), list(map(truediv, after, counts_after))


# Word length and stopword share of the median sentence-ending unit of 10+ words of an English page
# of the dev corpus (`mean_word_len` is characters a word / 10).
_ENGLISH_WORD_LEN, _ENGLISH_STOPWORD_SHARE = 0.6, 0.35
_MIN_PROSE_UNITS = 3
_I_WORD_LEN = LOCAL_FEATURES.index("mean_word_len")


def _as_in_english(rows: list[list[float]]) -> None:
    """Shift word length and scale stopword share so that the page's own prose reads as English prose.

    Languages differ: Turkish or Russian prose has longer words and fewer stopwords than English (the
    model learnt on English pages), and would read like a menu. Each page is measured against itself:
    the median of its sentence-ending units of 10+ words is moved to the English median.
    """
    prose = [r for r in rows if r[_I_ENDS] and r[_I_LOG_WORDS] > _PARA_LOG_WORDS]
    if len(prose) < _MIN_PROSE_UNITS:
        return
    shift = _ENGLISH_WORD_LEN - _median([r[_I_WORD_LEN] for r in prose])
    stop = _median([r[_I_STOP] for r in prose])
    scale = min(4.0, max(0.5, _ENGLISH_STOPWORD_SHARE / stop)) if stop > 0 else 1.0
    for r in rows:
        r[_I_WORD_LEN] += shift
        r[_I_STOP] = min(1.0, r[_I_STOP] * scale)


def _median(values: list[float]) -> float:
    """`statistics.median`, without its overhead.

    >>> _median([3.0, 1.0, 2.0]), _median([4.0, 1.0, 2.0, 3.0])
    (2.0, 2.5)
    """
    ordered = sorted(values)
    n = len(ordered)
    return (ordered[(n - 1) // 2] + ordered[n // 2]) / 2


def unit_features(doc: Document, units: list[Unit]) -> list[list[float]]:
    """Stage-1 feature rows of the units (`features_for(doc.source)`), one whole-page pass."""
    n = len(units)
    rows = local_features(units)
    _as_in_english(rows)
    lengths = [len(u.text) for u in units]
    para = [
        (r[_I_ENDS] > 0 and r[_I_LOG_WORDS] > _PARA_LOG_WORDS and r[_I_STOP] > 0.1) or r[_I_LOG_CHARS] > _PARA_LOG_CHARS
        for r in rows
    ]
    parax = [1.0 if p else 0.0 for p in para]
    prose = [length if p else 0 for length, p in zip(lengths, para)]
    total = sum(prose) or 1
    comment = [r[_I_COMMENT] for r in rows]
    run_levels = [_runs(para, lengths, gap_units, gap_chars) for gap_units, gap_chars in ((0, 0), (1, 120), (3, 250))]
    run_columns = []
    for run, chars in run_levels:
        largest = max(chars, default=0) or 1
        size = [chars[r] if r >= 0 else 0 for r in run]
        run_columns += [[c / largest for c in size], [c / total for c in size]]
    run3, chars3 = run_levels[2]
    if chars3:
        biggest = max(range(len(chars3)), key=chars3.__getitem__)
        big_start = run3.index(biggest)
        big_end = n - 1 - run3[::-1].index(biggest)
    else:
        biggest, big_start, big_end = -1, n, -1
    log1p = math.log1p
    para_lengths = sorted(length for length, p in zip(lengths, para) if p)
    median = para_lengths[len(para_lengths) // 2] if para_lengths else 100
    short = [0.0 if p or length >= 120 else 1.0 for p, length in zip(para, lengths)]
    after_short = [0.0, *short[:-1]]
    before_short = [*short[1:], 0.0]
    # repetition compares long texts by their set of content words: a page's second copy of an article
    # differs in the spaces around its links
    texts = [u.text for u in units]
    keys: list[Any] = [words if len(text) >= 60 and words else text for text, words in zip(texts, content_words(units))]
    counts: dict[Any, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    seen: set[Any] = set()
    repeats_earlier = []
    for key in keys:
        repeats_earlier.append(1.0 if counts[key] > 1 and not isinstance(key, str) and key in seen else 0.0)
        seen.add(key)
    closed = [0.0 if u.open else 1.0 for u in units]
    decided_neighbour = [max(a, b) for a, b in zip([0.0, *closed[:-1]], [*closed[1:], 0.0])]
    # running state: prose before, a comment heading seen, the headline seen, units since a headline/byline
    prose_before, after_heading, after_headline, since_mark, no_mark = [], [], [], [], []
    before, heading, headline, mark = 0, 0.0, 0.0, -1
    for i, unit in enumerate(units):
        prose_before.append(before / total)
        after_heading.append(heading)
        after_headline.append(headline)
        since_mark.append(log1p(min(mark, 50)) if mark >= 0 else 0.0)
        no_mark.append(1.0 if mark < 0 else 0.0)
        before += prose[i]
        if rows[i][_I_COMMENT_HEAD]:
            heading = 1.0
        first = unit.pieces[0]
        if not unit.open and _is_mark(first):
            mark = 0
            if first.label == Label.TITLE or first.reason.startswith(_MARK_REASONS[:2]):
                headline = 1.0
        elif mark >= 0:
            mark += 1
    columns = [
        [log1p(len(u.pieces) - 1) for u in units],
        parax,
        window_means(parax, 1),
        window_means(parax, 3),
        window_means(parax, 10),
        window_means(comment, 2),
        window_means(comment, 6),
        after_heading,
        prose_before,
        [(total - b * total - p) / total for b, p in zip(prose_before, prose)],
        [1.0 if counts[key] > 1 else 0.0 for key in keys],
        repeats_earlier,
        [1.0 if "glued" in u.pieces[0].data else 0.0 for u in units],
        [1.0 if "joins_previous" in u.pieces[0].data else 0.0 for u in units],
        [i / n for i in range(n)],
        *run_columns,
        [1.0 if r == biggest and biggest >= 0 else 0.0 for r in run3],
        [log1p(big_start - i) if i < big_start else 0.0 for i in range(n)],
        [log1p(i - big_end) if i > big_end and big_end >= 0 else 0.0 for i in range(n)],
        [1.0 if big_start <= i <= big_end else 0.0 for i in range(n)],
        after_short,
        before_short,
        [a * b for a, b in zip(after_short, before_short)],
        [min(length / median, 5.0) for length in lengths],
        after_headline,
        since_mark,
        no_mark,
        decided_neighbour,
    ]
    for row, extra in zip(rows, zip(*columns)):
        row.extend(extra)
    if doc.source == "html":
        for row, unit in zip(rows, units):
            row.extend(_html_features(unit))
    return rows


_P_MIN, _P_MAX = 1e-4, 1 - 1e-4


def _logit(p: float) -> float:
    # min(max(p, _P_MIN), _P_MAX) as builtins compute it (NaN passes), without their two calls
    p = _P_MIN if _P_MIN > p else p
    p = _P_MAX if _P_MAX < p else p
    return math.log(p / (1 - p))


def _max_run(weights: list[float]) -> tuple[int, int]:
    """Start and end (inclusive) of the maximum-sum run of `weights` (end < start when all are negative)."""
    best, current, start, best_start, best_end = -math.inf, 0.0, 0, 0, -1
    for i, w in enumerate(weights):
        if current <= 0:
            current, start = w, i
        else:
            current += w
        if current > best:
            best, best_start, best_end = current, start, i
    return (best_start, best_end) if best > 0 else (0, -1)


def content_words(units: list[Unit]) -> list[frozenset[str]]:
    """The content words (4+ letters, not stopwords, lowercased) of each unit, cached on the units
    (`local_features` fills the cache from the lowercased texts it has anyway)."""
    for unit in units:
        if unit.words is None:
            unit.words = _content_words_of(unit.text.lower())
    return [u.words for u in units]  # type: ignore[misc]


def _content_words_of(lowered: str) -> frozenset[str]:
    return frozenset(_CONTENT_WORD.findall(lowered)).difference(STOPWORDS)


def topic_overlaps(units: list[Unit], probs: list[float]) -> tuple[list[float], list[float]]:
    """How much each unit shares the article's vocabulary: the share of its content words found in
    other likely article units (p >= 0.7), and in the headline (the TITLE piece, else the first line).

    Teasers and comments are about other things; an article's paragraphs keep to its topic.
    """
    words = content_words(units)
    title_at = next((i for i, u in enumerate(units) if u.pieces[0].label == Label.TITLE), 0)
    title_words = words[title_at] if words else frozenset()
    return _core_overlaps(words, probs), [len(w & title_words) / len(w) if w else 0.0 for w in words]


def _core_overlaps(words: list[frozenset[str]], probs: list[float]) -> list[float]:
    """The first half of `topic_overlaps` (the boundary models need no headline overlap)."""
    seen_once: set[str] = set()
    seen_twice: set[str] = set()
    for w, p in zip(words, probs):
        if p >= _CORE_P:
            seen_twice |= seen_once & w
            seen_once |= w
    # a likely unit's own words do not count for it: they must be in another likely unit
    others = [seen_twice if p >= _CORE_P else seen_once for p in probs]
    return [len(w & seen) / len(w) if w else 0.0 for w, seen in zip(words, others)]


def stage2_features(
    units: list[Unit], rows: list[list[float]], probs: list[float], decode: dict[str, float]
) -> list[list[float]]:
    """Stage-2 feature rows (`STAGE2_FEATURES`): each unit's stage-1 probability, its neighbours', and
    its share of the article's vocabulary."""
    n = len(probs)
    core, headline = topic_overlaps(units, probs)
    chars = [math.exp(r[_I_LOG_CHARS]) - 1 for r in rows]
    mass = [p * c for p, c in zip(probs, chars)]
    total = sum(mass) or 1.0
    theta, alpha = decode["theta1"], decode["alpha"]
    start, end = _max_run([(p - theta) * (c + 10) ** alpha for p, c in zip(probs, chars)])
    prev, nxt = [0.0, *probs[:-1]], [*probs[1:], 0.0]
    before = list(accumulate(mass, initial=0.0))  # the mass before each unit
    columns = zip(
        map(_logit, probs), prev, nxt, [0.0, 0.0, *probs[:-2]], [*probs[2:], 0.0, 0.0],
        map(max, prev, nxt), map(min, prev, nxt), window_means(probs, 3), window_means(probs, 10),
        [b / total for b in before], [(total - b - m) / total for b, m in zip(before, mass)],
        [1.0 if start <= i <= end else 0.0 for i in range(n)],
        *zip(*map(_STAGE2_COLUMNS, rows)), core, headline,
    )  # fmt: skip
    return list(map(list, columns))


_STAGE2_COLUMNS = itemgetter(_I_LOG_CHARS, _I_LOG_WORDS, _I_ENDS, _I_COLON)


BOUNDARY_FEATURES = (
    "logit", "paragraph", "log_chars", "ends_sentence", "before_mean5", "before_max3", "after_mean5",
    "after_min3", "after_headline", "log_units_since_mark", "no_mark_before", "prose_before", "prose_after",
    "position", "comment_window2", "neighbour_furniture", "neighbour_tiny", "neighbour_closed", "page_edge",
    "core_overlap", "outside_core_overlap3", "inside_core_overlap3", "outside_furniture3", "outside_comment8",
    "gap_units", "gap_chars", "gap_next_p", "gap_next_core",
)  # fmt: skip
# the article starts / ends at this unit
BOUNDARY_MODELS = ("start", "end")
_I_AFTER_HEADLINE = CONTEXT_OFFSET + CONTEXT_FEATURES.index("after_headline")
_I_SINCE_MARK = CONTEXT_OFFSET + CONTEXT_FEATURES.index("log_units_since_mark")
_I_NO_MARK = CONTEXT_OFFSET + CONTEXT_FEATURES.index("no_mark_before")
_I_PROSE_BEFORE = CONTEXT_OFFSET + CONTEXT_FEATURES.index("prose_before")
_I_PROSE_AFTER = CONTEXT_OFFSET + CONTEXT_FEATURES.index("prose_after")
_I_POSITION = CONTEXT_OFFSET + CONTEXT_FEATURES.index("position")
_I_TINY = LOCAL_FEATURES.index("tiny_block")
_FURNITURE_KINDS = [LOCAL_FEATURES.index(f"kind_{kind}") for kind in ("share", "follow", "related", "comment", "nav")]


def boundary_features(
    units: list[Unit], rows: list[list[float]], probs: list[float]
) -> tuple[list[list[float]], list[list[float]]]:
    """Rows for the article-start and article-end models (`BOUNDARY_FEATURES`): a unit and the
    probabilities before and after it; the start model looks at the unit before, the end model at the one after.

    Built column by column (each a C-speed comprehension), then zipped into rows.
    """
    n = len(probs)
    sums = list(accumulate(probs, initial=0.0))
    furniture = [1.0 if any(_FURNITURE_COLUMNS(r)) else 0.0 for r in rows]
    core = _core_overlaps(content_words(units), probs)
    comment = [1.0 if r[_I_COMMENT] or r[_I_COMMENT_HEAD] else 0.0 for r in rows]
    before_mean5, after_mean5 = _side_means(sums, 5)
    core_before3, core_after3 = _side_means(list(accumulate(core, initial=0.0)), 3)
    furniture_before3, furniture_after3 = _side_sums(list(accumulate(furniture, initial=0.0)), 3)
    comment_before8, comment_after8 = _side_sums(list(accumulate(comment, initial=0.0)), 8)
    gap_before, gap_after = _gaps(probs, core, [len(u.text) for u in units])
    zero, inf = [0.0] * 3, [math.inf] * 3
    # the max and min of the 3 probabilities before / after each unit (0 where there are none)
    padded = [*zero, *probs, *zero]
    before_max3 = list(map(max, padded[2:-4], padded[1:-5], padded[0:-6]))
    after_max3 = list(map(max, padded[4:-2], padded[5:-1], padded[6:]))
    padded = [*inf, *probs, *inf]
    before_min3 = [0.0 if m == math.inf else m for m in map(min, padded[2:-4], padded[1:-5], padded[0:-6])]
    after_min3 = [0.0 if m == math.inf else m for m in map(min, padded[4:-2], padded[5:-1], padded[6:])]
    common = [list(map(_logit, probs)), *zip(*map(_COMMON_COLUMNS, rows))]
    context = list(zip(*map(_CONTEXT_COLUMNS, rows)))
    tiny = [r[_I_TINY] for r in rows]
    closed = [0.0 if u.open else 1.0 for u in units]
    edge = [1.0, *([0.0] * (n - 1))] if n else []
    # the start model looks at what comes before the first paragraph...
    starts = zip(
        *common, before_mean5, before_max3, after_mean5, after_min3, *context,
        [0.0, *furniture[:-1]], [0.0, *tiny[:-1]], [0.0, *closed[:-1]], edge, core, core_before3, core_after3,
        furniture_before3, comment_before8, *gap_before,
    )  # fmt: skip
    # ...the end model at what follows the last (mirrored: "before" is the outside)
    ends = zip(
        *common, after_mean5, after_max3, before_mean5, before_min3, *context,
        [*furniture[1:], 0.0], [*tiny[1:], 0.0], [*closed[1:], 0.0], edge[::-1], core, core_after3, core_before3,
        furniture_after3, comment_after8, *gap_after,
    )  # fmt: skip
    return list(map(list, starts)), list(map(list, ends))


_FURNITURE_COLUMNS = itemgetter(*_FURNITURE_KINDS)
_COMMON_COLUMNS = itemgetter(_I_PARA, _I_LOG_CHARS, _I_ENDS)
_CONTEXT_COLUMNS = itemgetter(
    _I_AFTER_HEADLINE, _I_SINCE_MARK, _I_NO_MARK, _I_PROSE_BEFORE, _I_PROSE_AFTER, _I_POSITION, _I_COMMENT_WINDOW
)


def _gaps(probs: list[float], core: list[float], chars: list[int]) -> tuple[list[list[float]], list[list[float]]]:
    """The gap to the nearest likely article unit (p >= 0.5) before and after each unit, as columns:
    log1p of the units and of the characters between, and that unit's p and core overlap (zeros if none)."""
    n = len(probs)
    log1p = math.log1p
    none = (0.0, 0.0, 0.0, 0.0)
    before: list[tuple[float, float, float, float]] = []
    last, gap_chars = -1, 0
    for i in range(n):
        before.append((log1p(i - last - 1), log1p(gap_chars), probs[last], core[last]) if last >= 0 else none)
        if probs[i] >= 0.5:
            last, gap_chars = i, 0
        else:
            gap_chars += chars[i]
    after: list[tuple[float, float, float, float]] = [none] * n
    nxt, gap_chars = -1, 0
    for i in range(n - 1, -1, -1):
        after[i] = (log1p(nxt - i - 1), log1p(gap_chars), probs[nxt], core[nxt]) if nxt >= 0 else none
        if probs[i] >= 0.5:
            nxt, gap_chars = i, 0
        else:
            gap_chars += chars[i]
    return [list(column) for column in zip(*before)], [list(column) for column in zip(*after)]


def article_span(
    probs: list[float],
    chars: list[int],
    start_probs: list[float],
    end_probs: list[float],
    decode: dict[str, float],
    opened: list[bool] | None = None,
) -> tuple[int, int]:
    """The likeliest article span (first, last unit): maximises, over first <= last,

        boundary·(log P(start=first) + log P(end=last)) + weight·Σ_{first<=i<=last} (p_i - theta)(chars_i + 10)^alpha

    in one pass (for each last, the best first so far). With `decode["gap"]` > 0, no span crosses a
    run of that many undecided (`opened`) units below `decode["gap_p"]`: an article is not
    interrupted by a whole block of furniture (a trending list, a deals box between it and teasers).
    """
    theta, alpha, weight, boundary = decode["theta"], decode["alpha"], decode["weight"], decode["boundary"]
    gap, gap_p = int(decode.get("gap", 0)), decode.get("gap_p", 0.0)
    opened = opened or [True] * len(probs)
    log = math.log
    best = (-math.inf, 0, -1)
    best_open, best_open_at = -math.inf, 0
    running = 0.0  # the weights up to the current last unit
    low_run = 0
    for e, (p, c) in enumerate(zip(probs, chars)):
        if gap and opened[e]:
            low_run = low_run + 1 if p < gap_p else 0
            if low_run >= gap:
                best_open = -math.inf  # no span reaches back across this run
        opening = boundary * log(max(start_probs[e], 1e-6)) - running
        if opening > best_open:
            best_open, best_open_at = opening, e
        if weight:
            running += weight * (p - theta) * (c + 10) ** alpha
        total = best_open + running + boundary * log(max(end_probs[e], 1e-6))
        if total > best[0]:
            best = (total, best_open_at, e)
    return best[1], best[2]


# --- the model ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Linear:
    """A logistic regression with standardisation folded into the weights: p = σ(bias + Σ w·x)."""

    weights: list[float]
    bias: float

    @classmethod
    def from_json(cls, spec: dict[str, Any]) -> Linear:
        mean, scale, coef = spec["mean"], spec["scale"], spec["coef"]
        weights = [c / s for c, s in zip(coef, scale)]
        bias = spec["intercept"] - sum(w * m for w, m in zip(weights, mean))
        return cls(weights, bias)

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        w, b, exp = self.weights, self.bias, math.exp
        zs = [b + sum(map(mul, w, row)) for row in rows]
        return [1.0 / (1.0 + exp(-z)) if z > -30 else 0.0 for z in zs]


@dataclass(slots=True)
class Model:
    """Both stages and the decoding thresholds for one document source."""

    stage1: Linear
    stage2: Linear
    start: Linear
    end: Linear
    decode: dict[str, float]


@lru_cache(maxsize=1)
def load_models() -> dict[str, Model]:
    """The shipped weights, by source (`text`, maybe `html`); loaded once. A set whose feature names
    do not match this code is ignored (HTML then falls back to the text weights, text to no model)."""
    try:
        spec = json.loads(resources.files("articleclean.models").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, json.JSONDecodeError):
        return {}
    models = {}
    for source, part in spec.get("models", {}).items():
        if tuple(part["stage1"]["features"]) != features_for(source):
            continue
        if tuple(part["stage2"]["features"]) != STAGE2_FEATURES:
            continue
        if any(tuple(part[key]["features"]) != BOUNDARY_FEATURES for key in BOUNDARY_MODELS):
            continue
        stage1, stage2, start, end = (Linear.from_json(part[key]) for key in ("stage1", "stage2", *BOUNDARY_MODELS))
        models[source] = Model(stage1, stage2, start, end, decode=part["decode"])
    return models


def model_for(doc: Document) -> tuple[Model, str] | None:
    """The weights for the document's source and the source they were trained for."""
    models = load_models()
    if doc.source in models:
        return models[doc.source], doc.source
    if "text" in models:
        return models["text"], "text"
    return None


def score_units(doc: Document, model: Model, source: str) -> tuple[list[Unit], list[list[float]], list[float]]:
    """Units, their stage-1 rows and final probabilities of being article text."""
    units = make_units(doc)
    if not units:
        return units, [], []
    html = doc.source
    if source != doc.source:  # HTML weights missing: read the page as a text dump
        doc.source = source
    try:
        rows = unit_features(doc, units)
    finally:
        doc.source = html
    p1 = mask_decided(units, model.stage1.probabilities(rows))
    p2 = mask_decided(units, model.stage2.probabilities(stage2_features(units, rows, p1, model.decode)))
    return units, rows, p2


def mask_decided(units: list[Unit], probs: list[float], closed: float | None = None) -> list[float]:
    """Probabilities with the units other filters decided set to what they are: 1 if BODY, else 0
    (or to `closed` when given: a decided unit neither starts nor ends the article)."""
    if closed is not None:
        return [p if u.open else closed for p, u in zip(probs, units)]
    return [p if u.open else (1.0 if u.pieces[0].label == Label.BODY else 0.0) for p, u in zip(probs, units)]


def decide(units: list[Unit], rows: list[list[float]], probs: list[float], model: Model) -> list[bool]:
    """Which units are article text: the likeliest article span, less what is very unlikely inside it (a
    short line with furniture words, "Share this article", needs `decode["low_furniture"]`), plus what is
    very likely outside it.

    Also notes on each unit its probability (`data["p"]`), whether it lies in the article's span, and whether
    it was dropped only for repeating an earlier paragraph (`data["repeat"]`).
    """
    starts, ends = boundary_features(units, rows, probs)
    start_probs = mask_decided(units, model.start.probabilities(starts), closed=0.0)
    end_probs = mask_decided(units, model.end.probabilities(ends), closed=0.0)
    return decide_with(units, rows, probs, start_probs, end_probs, model.decode)


_SMALL_DOCUMENT = 12  # units
# How likely an article starts before its headline, relative to what the start model says: teasers with blurbs
# above the headline read like the start of an article, and a cookie banner or a top story may outscore it.
_BEFORE_HEADLINE = 0.1
# Outside the span, above the headline, a unit needs this much to be kept: teasers' blurbs score high there.
_HIGH_BEFORE_HEADLINE = 0.95


def decide_with(
    units: list[Unit],
    rows: list[list[float]],
    probs: list[float],
    start_probs: list[float],
    end_probs: list[float],
    decode: dict[str, float],
) -> list[bool]:
    """`decide` with the boundary probabilities given (training tunes `decode` with it)."""
    if article_only(units, rows):
        for unit, p in zip(units, probs):
            unit.data.update(p=round(p, 3), in_region=True, before_region=False)
        return [True] * len(units)
    chars = [len(u.text) for u in units]
    # a block of tiny lines that reads as furniture (a menu, a tag list) neither starts nor ends an article
    menu = [unit.block and p < 0.5 for unit, p in zip(units, probs)]
    # and the article starts after its headline (`find_headline`): a start before it is far less likely
    head = headline_at([unit.pieces[0] if unit.pieces else None for unit in units]) or 0
    start_probs = [
        0.0 if is_menu else s * (_BEFORE_HEADLINE if i < head else 1.0)
        for i, (is_menu, s) in enumerate(zip(menu, start_probs))
    ]
    end_probs = [0.0 if is_menu else e for is_menu, e in zip(menu, end_probs)]
    first, last = article_span(probs, chars, start_probs, end_probs, decode, [u.open for u in units])
    # (fact boxes, and numbered teaser lists, which `drop_teaser_lists` drops after)
    box = [fact or numbered for fact, numbered in zip(fact_box_units(units), numbered_list_units(units))]
    first, last = extend_span(units, rows, probs, first, last, decode["rescue"], decode.get("rescue_related"), box)
    low, high = decode["low"], decode["high"]
    if len(units) < _SMALL_DOCUMENT:
        # a few lines are too little page to find an article's start and end in; trust each unit's odds
        high = min(high, 0.5)
    # inside the span, a short line with furniture words ("Share this article") needs more than `low`
    low_furniture = max(low, decode.get("low_furniture", low))
    keep = []
    for i, (unit, p) in enumerate(zip(units, probs)):
        inside = first <= i <= last
        bar = high if i >= head else max(high, _HIGH_BEFORE_HEADLINE)
        if inside:
            # a block of tiny lines is short lines, however long together
            bar = low_furniture if unit.kind is not None and (unit.block or not rows[i][_I_PARA]) else low
            if box[i] and unit.kind is None:
                bar = 0.0  # a fact box's lines inside the article are its text, however unlike prose
        kept = p >= bar and not (unit.kind == "ad" and is_ad_label(unit.text))
        data = unit.data
        data["p"], data["in_region"], data["before_region"] = round(p, 3), inside, i < first
        # a body does not repeat a long paragraph word for word; pages do (teasers, print copies)
        if kept and rows[i][_I_REPEATS] and chars[i] >= 100:
            kept = False
            unit.data["repeat"] = True
        keep.append(kept)
    return keep


def extend_span(
    units: list[Unit],
    rows: list[list[float]],
    probs: list[float],
    first: int,
    last: int,
    rescue: float,
    rescue_related: float | None = None,
    box: list[bool] | None = None,
) -> tuple[int, int]:
    """Grow the span over a small interruption (a "Read more" link, an advert, a caption: at most
    `_RESCUE_GAP_UNITS` undecided units of `_RESCUE_GAP_CHARS` characters, any number of decided ones)
    when a likely paragraph (p >= `rescue`) lies beyond it; repeat. An article-only dump must not lose
    its last paragraphs to a related link in the middle. Across related links and captions alone (`Read
    more: ...` lines, `Photo: AFP`, which other filters took), a paragraph with p >= `rescue_related` is
    enough: a CMS puts them inside the article, so the text beyond them is more likely its continuation;
    so are the paragraphs right after such a paragraph, which continue the same text.
    """
    if last < first:
        return first, last
    n = len(units)
    related_bar = rescue if rescue_related is None else rescue_related
    # a raw dump's paragraph comes as sentence units (the later ones `joins_previous`): each of its sentences
    # counts as a paragraph
    para = [
        bool(row[_I_PARA])
        or (bool(row[_I_ENDS]) and (_joins_previous(units[i]) or (i + 1 < n and _joins_previous(units[i + 1]))))
        for i, row in enumerate(rows)
    ]

    inline = [
        (unit.kind == "ad" and is_ad_label(unit.text)) or is_gallery_line(unit.text) or is_video_link(unit.text)
        for unit in units
    ]
    # and a video's title, a heading right above its link (`Inspecteurs laten zien ...` | `Bekijk de video (1:45)`)
    inline = [
        here or (i + 1 < n and is_video_button(units[i + 1].text) and _is_crosshead(units[i]))  # (the cheap test first)
        for i, here in enumerate(inline)
    ]
    box = fact_box_units(units) if box is None else box  # (the units of fact boxes, when the caller has them)
    sign_up = [unit.kind == "subscribe" and len(unit.text) <= _MAX_SIGN_UP_CHARS for unit in units]
    # and its e-mail field and privacy line (`Enter your email address`, `We will only use your email ...`)
    sign_up = [
        up or (
            units[i].kind in _SIGN_UP_NEIGHBOURS and len(units[i].text) <= _MAX_SIGN_UP_CHARS
            and ((i > 0 and sign_up[i - 1]) or (i + 1 < n and sign_up[i + 1]))
        )
        for i, up in enumerate(sign_up)
    ]  # fmt: skip
    headline = [bool(unit.pieces) and unit.pieces[0].label == Label.TITLE for unit in units]
    # a crosshead (`Preço e disponibilidade`) over the paragraph after a related link or a box
    crosshead = [
        i + 1 < n and para[i + 1] and _is_crosshead(unit) and not box[i] for i, unit in enumerate(units)
    ]

    def reach(i: int, step: int, relaxed: bool = False) -> tuple[int, bool] | None:
        """The next likely paragraph from unit i in direction `step` across a small gap, and whether it was
        reached across related links and captions alone; None if there is none. `relaxed`: unit i was,
        and the paragraph right next to it continues the same text, at the same bar."""
        gap_units = gap_chars = 0
        crossed_related, only_related = relaxed, True
        j = i + step
        while 0 <= j < n:
            if step < 0 and headline[j]:
                return None  # what stands above the headline is no part of its article
            bar = related_bar if crossed_related and only_related else rescue
            if probs[j] >= bar and para[j] and units[j].open:
                return j, crossed_related and only_related
            if units[j].open and (inline[j] or box[j]):
                # an advert's label, a gallery's counter, a video's link, a fact box: what a CMS sets inside an article
                crossed_related = True
            elif units[j].open and sign_up[j]:
                only_related = False  # a newsletter box's line: no gap, but no lower bar beyond it either
            elif units[j].open:
                # a crosshead over the paragraph reached, or (going back) over the one the search starts from
                only_related = only_related and crosshead[j] and (step > 0 or j == i - 1)
                gap_units += 1
                gap_chars += len(units[j].text)
                if gap_units > _RESCUE_GAP_UNITS or gap_chars > _RESCUE_GAP_CHARS:
                    return None
            elif _is_inline(units[j].pieces[0]):
                crossed_related = True
            else:
                only_related = False
            j += step
        return None

    relaxed = False
    while (found := reach(last, 1, relaxed)) is not None:
        last, relaxed = found
    relaxed = False
    while (found := reach(first, -1, relaxed)) is not None:
        first, relaxed = found
    return first, last


def _is_crosshead(unit: Unit) -> bool:
    """A short line with no sentence end, no colon and no furniture words, alone in its unit: a heading.

    >>> _is_crosshead(Unit([], "Preço e disponibilidade", True)), _is_crosshead(Unit([], "Share", True, kind="share"))
    (True, False)
    """
    text = unit.text
    return (
        unit.open and not unit.block and unit.kind is None and 0 < len(text) <= _MAX_FACT_HEADING_CHARS
        and ":" not in text and not ends_sentence(text)
    )  # fmt: skip


def _joins_previous(unit: Unit) -> bool:
    return bool(unit.pieces[0].data.get("joins_previous"))


# What a CMS puts inside an article: across these alone, a fairly likely paragraph continues it.
_INLINE_LABELS = frozenset({Label.RELATED, Label.CAPTION})


def _is_inline(piece: Piece) -> bool:
    """A related link or the marker above it, or a caption, or a caption's credit line (`find_captions` drops
    it, not a footer's copyright notice)."""
    return piece.label in _INLINE_LABELS or piece.data.get("credit_line", False) or piece.reason == RELATED_MARKER


# A fact box: a short heading, then lines that each give a label and its value (`Fondation : 1962 ...`,
# `Marcatori: 23' Moreau`, `Sept. 9, 2024: Kessler is struck ...`).
_FACT_LINE = regex.compile(r"[\p{Lu}\d][^:!?]{0,60}?\s?:\s+\S")
_MAX_FACT_LABEL_WORDS, _MIN_FACT_LINES, _MAX_FACT_HEADING_CHARS, _MAX_FACT_LINE_CHARS = 10, 2, 60, 200
_MIN_FIGURE_LINES, _MAX_FIGURE_LINE_CHARS = 3, 100
_FACT_HINT = regex.compile(r"[:\d]")
_DIGIT = regex.compile(r"\d")
# A box that names itself one (`The order at a glance`, `Key facts`, `Auf einen Blick`): its lines are facts
# of any form, short and with no sentence end (`Repair the three pump stations within 60 days`).
_FACT_BOX_HEADING = regex.compile(
    r"(?i)\b(?:at\s+a\s+glance|key\s+(?:facts|points|dates)|fast\s+facts|by\s+the\s+numbers|what\s+we\s+know"
    r"|auf\s+einen\s+blick|das\s+wichtigste\s+in\s+kürze|en\s+bref|l['’]essentiel|en\s+cifras|las\s+claves"
    r"|in\s+breve|in\s+cifre|w\s+skrócie|em\s+resumo|em\s+números|in\s+het\s+kort|i\s+korthet|коротко\s+о\s+главном"
    r"|一目でわかる|한눈에\s*보는)\b"
)
_MAX_NAMED_BOX_LINES = 8


def _is_fact_line(text: str) -> bool:
    """`Label: value`, a short line whose label has at most `_MAX_FACT_LABEL_WORDS` words.

    >>> _is_fact_line("Fondation : 1962 pour la coopérative actuelle"), _is_fact_line("Spettatori: 31.482")
    (True, True)
    >>> _is_fact_line("Sept. 9, 2024: Kessler is struck at Elm Street"), _is_fact_line("a note: lower case")
    (True, False)
    """
    match = _FACT_LINE.match(text)
    return (
        match is not None
        and len(text) <= _MAX_FACT_LINE_CHARS
        and len(text[: match.end()].split()) <= _MAX_FACT_LABEL_WORDS + 1
    )


def fact_box_units(units: list[Unit]) -> list[bool]:
    """The units of fact boxes: a short heading with no colon or sentence end (`Repères`, `Il tabellino`,
    `Key dates in the case`), then at least `_MIN_FACT_LINES` units of `Label: value` lines, or at least
    `_MIN_FIGURE_LINES` of short lines with a figure and no sentence end (`28 roosts monitored over 112 nights`,
    `Gegründet 1921 in Heilbronn`). Other filters have taken links (`Read more: ...`) and captions (`Photo:
    ...`) before: they are decided units."""
    n = len(units)
    box = [False] * n
    for i, unit in enumerate(units):
        if box[i] or i + 1 == n:
            continue
        if len(unit.text) <= _MAX_FACT_HEADING_CHARS and _FACT_BOX_HEADING.search(unit.text) and _is_crosshead(unit):
            end = i + 1
            while end < min(n, i + 1 + _MAX_NAMED_BOX_LINES) and _is_box_line(units[end]):
                end += 1
            if end - i - 1 >= _MIN_FACT_LINES:
                box[i:end] = [True] * (end - i)
                continue
        # (the cheap test first: the next unit has a colon or a figure; a box's own lines head no other box,
        # which keeps a page of figure lines linear)
        if not _FACT_HINT.search(units[i + 1].text) or not _is_crosshead(unit):
            continue
        end, figures = i + 1, 0
        while end < n and (_is_fact_unit(units[end]) or _is_figure_unit(units[end])):
            figures += not _is_fact_unit(units[end])
            end += 1
        if end - i - 1 >= (_MIN_FIGURE_LINES if figures else _MIN_FACT_LINES):
            box[i:end] = [True] * (end - i)
    return box


# A numbered list of headlines under a teaser heading (`Lo más leído` | `1` | headline | `2` | ..., or `1. headline`),
# which a page's order may set inside the article: the span grows across it, and `drop_teaser_lists` drops it.
NUMBERED_ITEM = regex.compile(r"^0?(?P<n>[1-9]\d?)(?:[.)]|\s*$)?\s*")
MIN_NUMBERED_ITEMS, MAX_NUMBERED_ITEMS = 3, 10
MIN_NUMBERED_WORDS, MAX_NUMBERED_WORDS = 3, 20
_MAX_TEASER_HEADING_CHARS = 40


def numbered_list_units(units: list[Unit]) -> list[bool]:
    """The units of numbered lists of headlines under a teaser heading, the heading with them."""
    n = len(units)
    marks = [False] * n
    for i, unit in enumerate(units):
        # (the cheap test first: a teaser heading, and a number opens the next unit)
        if unit.kind != "related" or len(unit.text) > _MAX_TEASER_HEADING_CHARS or i + 1 == n:
            continue
        if not units[i + 1].text[:1].isdigit():
            continue
        end, items = i + 1, 0
        while end < n and items < MAX_NUMBERED_ITEMS and units[end].open:
            number = NUMBERED_ITEM.match(units[end].text)
            if number is None or int(number["n"]) != items + 1:
                break
            if number.end() < len(units[end].text):  # `1. headline`
                if not _is_numbered_headline(units[end].text[number.end() :]):
                    break
                end += 1
            elif end + 1 < n and units[end + 1].open and _is_numbered_headline(units[end + 1].text):
                end += 2  # the number alone, its headline in the next unit
            else:
                break
            items += 1
        if items >= MIN_NUMBERED_ITEMS:
            marks[i:end] = [True] * (end - i)
    return marks


def _is_numbered_headline(text: str) -> bool:
    return MIN_NUMBERED_WORDS <= len(text.split()) <= MAX_NUMBERED_WORDS


def _is_fact_unit(unit: Unit) -> bool:
    return unit.open and bool(unit.pieces) and all(_is_fact_line(p.text) for p in unit.pieces)


def _is_box_line(unit: Unit) -> bool:
    """A line of a box that names itself one: short, capitalised or a number first, no sentence end."""
    text = unit.text
    return (
        unit.open and 0 < len(text) <= _MAX_FACT_LINE_CHARS and text[-1] not in SENTENCE_END_MARKS
        and (text[:1].isupper() or text[:1].isdigit())
    )  # fmt: skip


def _is_figure_unit(unit: Unit) -> bool:
    """A fact box's line that states a figure: short, capitalised or a number first, a digit, no sentence end."""
    text = unit.text
    return (
        unit.open and len(text) <= _MAX_FIGURE_LINE_CHARS and text[-1:] not in SENTENCE_END_MARKS
        and (text[:1].isupper() or text[:1].isdigit()) and _DIGIT.search(text) is not None
    )  # fmt: skip


# An interruption the span may be grown over: this many undecided units, this many characters.
_RESCUE_GAP_UNITS, _RESCUE_GAP_CHARS = 2, 120
# A newsletter box's prompt, field or button inside an article, which the span may be grown over too.
_MAX_SIGN_UP_CHARS = 200
_SIGN_UP_NEIGHBOURS = frozenset({"share", "legal"})

_KIND_REASONS = {
    "share": "share/follow prompt",
    "follow": "share/follow prompt",
    "subscribe": "newsletter/sign-in prompt",
    "comment": "comment widget",
    "related": "teaser list",
    "ad": "advertisement",
    "nav": "navigation",
}


_KIND_SIGNS = [LOCAL_FEATURES.index(f"kind_{kind}") for kind in KINDS]
_BLOCK_SIGNS = [LOCAL_FEATURES.index(f) for f in ("legal_long", "copyright_sign", "tiny_block")]


def article_only(units: list[Unit], rows: list[list[float]]) -> bool:
    """True when what other filters left shows no furniture at all: no menu-like block, no furniture
    vocabulary, and almost only paragraphs. The model learnt from whole pages, where the text at the
    page's end is furniture; an article-only dump has nothing to drop, and its last paragraph must stay.
    """
    opened = [row for unit, row in zip(units, rows) if unit.open]
    if not opened:
        return True
    short = [row for row in opened if not row[_I_PARA]]
    if any(row[k] for row in opened for k in _BLOCK_SIGNS) or any(row[k] for row in short for k in _KIND_SIGNS):
        return False  # a menu, a notice, or a short line with furniture words ("Share", "Next")
    return len(short) <= max(1, len(opened) // 10)


def _legal_reason(text: str) -> str:
    low = text.lower()
    if "cookie" in low:
        return "cookie notice"
    if "©" in text or "copyright" in low or "rights reserved" in low or "(c)" in low:
        return "copyright footer"
    return "legal notice"


def reason_for(unit: Unit, row: list[float], text: str | None = None, word: str | None = None) -> str:
    """Why a unit (or, with `text`, one piece of a block unit, and the furniture `word` found in it) is
    furniture, in words a reader can check: the furniture vocabulary it has, else the place that decided
    it; with the unit's probability of being article text.

    >>> unit = Unit([], "Share on Facebook", True, kind="share", data={"p": 0.04})
    >>> reason_for(unit, [0.0] * len(features_for("text")))
    'share/follow prompt (p=0.04)'
    """
    p = unit.data.get("p", 0.0)
    short = row[_I_PARA] == 0.0 or unit.block  # a block is short lines, however long together
    kind = unit.kind
    if text is not None:  # a piece of a menu-like block: its own words say what it is
        kind = kind_of(word) if word else None
        if "©" in text:
            kind = "legal"
    if unit.data.get("repeat"):
        return "repeats an earlier paragraph"
    if kind == "legal" or (text is None and row[_I_COPYRIGHT]):
        return f"{_legal_reason(text or unit.text)} (p={p:.2f})"
    if kind in _KIND_REASONS and (short or text is not None):
        return f"{_KIND_REASONS[kind]} (p={p:.2f})"
    if row[_I_COMMENT_WINDOW] > 0 or row[_I_AFTER_COMMENT_HEAD]:
        return f"comment widget: text among comment markers (p={p:.2f})"
    if unit.data.get("in_region"):
        if short:
            return f"inside the article: short line that is not article text (p={p:.2f})"
        return f"inside the article: paragraph unlike the article's (p={p:.2f})"
    where = "before" if unit.data.get("before_region") else "after"
    if short:
        return f"navigation: run of short link-like lines {where} the article (p={p:.2f})"
    return f"teaser list: prose {where} the article, outside its block (p={p:.2f})"


def classify_boilerplate(doc: Document) -> None:
    """Drop every undecided unit the model reads as page furniture, saying why; leave article text undecided.

    Each piece it looked at gets `data["boilerplate_p"]`, its unit's probability of being article text.
    Without shipped weights (a stripped install) nothing is decided.
    """
    found = model_for(doc)
    if found is None:
        return
    model, source = found
    units, rows, probs = score_units(doc, model, source)
    if not units:
        return
    keep = decide(units, rows, probs, model)
    dropped_blocks: list[tuple[Unit, list[float], Piece]] = []
    for unit, row, kept in zip(units, rows, keep):
        if not unit.open:
            continue
        p = unit.data["p"]
        for piece in unit.pieces:
            piece.data["boilerplate_p"] = p
        if kept:
            continue
        if unit.block:
            dropped_blocks += [(unit, row, piece) for piece in unit.pieces]
            continue
        reason = reason_for(unit, row)
        for piece in unit.pieces:
            doc.drop(piece, reason)
    # each piece of a dropped menu-like block is named by its own words: one scan for all of them
    texts = [piece.text.lower() for _, _, piece in dropped_blocks]
    words = _scan(_KIND_RE, texts, list(range(len(texts))))
    for i, (unit, row, piece) in enumerate(dropped_blocks):
        doc.drop(piece, reason_for(unit, row, piece.text, words.get(i)))
