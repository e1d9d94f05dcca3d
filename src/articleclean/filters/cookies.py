"""Cookie banners: the site telling its reader it uses cookies (`We use cookies to ...`).

A banner often comes first in a dump, above the menu, and reads like a paragraph: with nothing likely
before it, the classifier could take it for the start of the article. The filter runs before the
classifier, so that the banner is decided and the article's span cannot start on it.
"""

from __future__ import annotations

import regex

from articleclean.document import Document
from articleclean.filters.boilerplate import line_end

# The site speaking of its own cookies, first person or `this site`: an article about cookies quotes no such line.
_COOKIE_NOTICE = regex.compile(
    r"(?i)^(?:we|wir|nous|noi|my|мы)\s+(?:use|verwenden|nutzen|setzen|utilisons|usamos|utilizamos|utilizziamo"
    r"|używamy|используем)\b.{0,60}?\bcook"
    r"|^(?:utilizamos|usamos|utilizziamo|używamy)\b.{0,40}?\bcook"
    r"|^(?:this|our|diese|unsere|ce|notre|este|nuestro|questo|il\s+nostro|ta|nasza|этот|наш)\s+(?:web\s*)?"
    r"(?:site|website|webseite|internetseite|seite|sitio|sito|portal|strona|serwis|сайт)(?:\s+web)?\s+"
    r"(?:uses|verwendet|nutzt|utilise|utiliza|usa|utilizza|używa|korzysta|использует)\b.{0,40}?\bcook"
    r"|^(?:当サイト|本网站|本站|本サイト).{0,40}?(?:cookie|クッキー)|^.{0,60}쿠키를\s*사용"
    # the consent framework's banner: `We and our partners store and/or access information on a device`
    r"|^(?:we|wir|nous|nosotros|noi|my)\s+(?:and|und|et|y|e|i)\s+(?:our|unsere|nos|nuestros|i\s+nostri|nasi)\b"
    r".{0,40}?\b(?:partners?|partnern?|partenaires|socios|partner|partnerzy)\b"
    r"|^(?:your|ihre|votre|su|il\s+tuo|twoja)\s+(?:consent|einwilligung|zustimmung|consentement|consentimiento"
    r"|consenso|zgod[ęa])\b.{0,80}?\b(?:withdraw|widerrufen|retirer|revocar|retirar|revocare|wycofać)"
)
_HINTS = ("cook", "クッキー", "쿠키", "partner", "socios", "einwilligung", "zustimmung", "consent", "zgod")
_MAX_NOTICE_CHARS = 600


def is_cookie_notice(text: str) -> bool:
    """The site's own cookie notice.

    >>> is_cookie_notice("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.")
    True
    >>> is_cookie_notice("The court said websites must ask their readers before they use cookies.")
    False
    """
    return len(text) <= _MAX_NOTICE_CHARS and _COOKIE_NOTICE.search(text) is not None


def drop_cookie_notices(doc: Document) -> None:
    """Drop each line that is the site's cookie notice (`is_cookie_notice`), with the rest of its line (the
    sentences `split_glued_text` cut a raw dump's line into)."""
    pieces = doc.pieces
    found = doc.find(literals=_HINTS, fold_case=True, longest=_MAX_NOTICE_CHARS)
    if not found:
        return
    position = {id(p): at for at, p in enumerate(pieces)}
    for piece in found:
        if piece.label is None and is_cookie_notice(piece.text):
            at = position[id(piece)]
            doc.drop(piece, "cookie notice")
            for rest in pieces[at + 1 : line_end(pieces, at)]:
                doc.drop(rest, "cookie notice (the rest of its line)")
