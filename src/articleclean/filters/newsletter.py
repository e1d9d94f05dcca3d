"""Newsletter boxes: the sign-up form a page sets inside or under a story (a prompt, an e-mail field, a button).

The filter runs after the classifier (whose training pages had such boxes in its input) and takes a box
whether the classifier kept it or dropped it as furniture.
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece
from articleclean.filters.boilerplate import open_after_classifier
from articleclean.strings import ends_sentence

# The label of the e-mail field: an address word or a possessive, not `E-Mail` alone (a share button).
_EMAIL_FIELD = regex.compile(
    r"(?i)^(?:(?:enter|type|insert|entrez|geben\s+sie|inserisci|introduce|digite)\s+)?"
    r"(?:(?:your|ihre|deine|votre|ton|tu|su|seu|o\s+seu|o\s+teu|il\s+tuo|la\s+tua|twój|ваш|uw|je|din|"
    r"vaše?|vaša|váš|sähköposti|work|business|company|tava|jūsu|вашият|вашия)\s+)?(?:(?:best|melhor|mejor)\s+)?"
    r"(?:e-?mail[- ]?(?:address|adresse|adres|addr)\w*|e-?mailov(?:á|ou|a)\s+adres\w*|e-?poštni\s+naslov"
    r"|el\.\s*pašto\s+adresas|e-pasta\s+adrese|e-posti\s+aadress|имейл\s+адрес|e-?post(?:adress)?|"
    r"(?:indirizzo|endereço\s+de|adres|adresse|dirección\s+de)\s+"
    r"(?:e-?mail|correo|électronique)|correo(?:\s+electrónico)?|courriel|электронн\w+\s+почт\w+|"
    r"адрес\s+(?:электронной\s+почты|e-?mail)|(?<=\s)e-?mail|"
    r"メールアドレス|邮箱(?:地址)?|电子邮箱|이메일(?:\s*주소)?)\s*\*?:?$"
)
# the cheap test before `_EMAIL_FIELD`
_FIELD_WORD = regex.compile(r"(?i)mail|e-?post|e-?pošt|pašt|e-?past|имейл|courriel|correo|почт|メール|邮箱|이메일")
_MAX_FIELD_CHARS = 60
# A button or heading of the form: the sign-up words of the languages of the corpus and their neighbours.
_SIGN_UP = regex.compile(
    r"(?i)\b(?:subscribe|sign\s?up|sign\s+me\s+up|newsletter|abonnieren|anmelden|registrieren|abonnez|abonner|m[’']inscris|"
    r"s[’']inscrire|inscrivez|inscribirme|suscrib\w*|suscríbete|iscriv\w*|subscrever|subscreva|"
    r"inscrever|inscreva|cadastr\w*|regístrate|registrarme|zapisz|zapisuję|subskrybuj|подписаться|подписка|рассылк\w*|aanmelden|inschrijven|"
    r"prenumerera|tilaa|odebírat|přihlásit|apúntate|apuntarme|me\s+apunto|iscrivimi|ich\s+bin\s+dabei|eintragen"
    r"|darme\s+de\s+alta|date\s+de\s+alta|send\s+me|schick\s+mir|envoyez-moi|envoie-moi|envíame|inviami|wyślij\s+mi"
    r"|prihlásiť|prihláste|prijavi\s+se|prijavite\s+se|odjavi|užsiprenumeruoti|prenumeruoti|pierakstīties"
    r"|abonēt|telli(?:\s+uudiskiri)?|абонирам\s+се|абонирай\s+се|запиши\s+се)\b"
    r"|登録|订阅|訂閱|구독|신청"  # no word boundary inside a run of ideographs
)
# What a prompt speaks of: the newsletter, the inbox, the mail.
_PROMPT_WORDS = regex.compile(
    r"(?i)newsletter|inbox|e-?mail|courriel|boîte\s+(?:mail|de\s+réception)|posta|correo|почт|рассылк|skrzynk|"
    r"postfach|nieuwsbrief|abonn|subscri|iscriv|inscr|suscr|sign\s?up|anmeld|boletín|boletim|biuletyn|odber|novic|naujien|ziņas|uudis|новини|paštu|e-past|postkast|пощ|имейл|"
    r"メール|ニュースレター|邮件|邮箱|이메일|뉴스레터"
)
# The notice under a form's button: what is done with the address, how to unsubscribe, and its link.
_NOTICE = regex.compile(
    r"(?i)\b(?:unsubscribe|privacy|data\s+protection|datenschutz|abmelden|abbestellen|désabonner|désinscrire"
    r"|confidentialité|darte\s+de\s+baja|darse\s+de\s+baja|privacidad|privacy\s+policy|informativa|cancelar\s+a"
    r"\s+inscrição|wypisać|prywatności)\b|^(?:more\s+info(?:rmation)?|mehr\s+infos?|plus\s+d['’]infos?|más\s+información)$"
)
# A box's heading that says to keep up with the news (`Stay informed`, `Bleiben Sie informiert`): a newsletter's
# or a messenger channel's
KEEP_UP = regex.compile(
    r"(?i)stay\s+(?:informed|updated|up\s+to\s+date|in\s+the\s+know|connected)|don['’]t\s+miss\s+(?:a\s+thing|out)"
    r"|bleiben\s+sie\s+informiert|restez\s+informé(?:e|s|es)?|mantente\s+informad[oa]|fique\s+(?:por\s+dentro|informad[oa])"
    r"|resta\s+aggiornat[oa]|bądź\s+na\s+bieżąco|blijf\s+op\s+de\s+hoogte"
)
_MAX_NOTICE_LINES = 2
_MAX_HEADING_WORDS = 10
_MAX_PROMPT_CHARS = 300
_MAX_SHORT_PROMPT_CHARS = 120
_MAX_BUTTON_WORDS = 4
_MAX_BUTTON_CHARS = 40  # the cheap test before the words are counted
_REACH = 2  # pieces on each side of the field where the prompt and the button stand


def drop_newsletter_boxes(doc: Document) -> None:
    """Drop each newsletter box: an e-mail field's label with a sign-up button beside it, the prompt just
    above it when it speaks of the newsletter or the mail, and a `Newsletter` heading above that."""
    pieces = doc.pieces
    fields = [
        at
        for at, p in enumerate(pieces)
        if len(p.text) <= _MAX_FIELD_CHARS and _FIELD_WORD.search(p.text) and _EMAIL_FIELD.match(p.text)
    ]
    for at in fields:
        field = pieces[at]
        if not open_after_classifier(field):
            continue
        near = pieces[max(0, at - _REACH) : at + _REACH + 1]
        around = [p for p in near if p is not field and open_after_classifier(p)]
        buttons = [p for p in around if len(p.text.split()) <= _MAX_BUTTON_WORDS and _SIGN_UP.search(p.text)]
        above = _undecided_before(pieces, at)
        if not buttons:
            # a lead magnet's button says what it sends (`Quero a planilha`): a short line right under the field,
            # with a prompt above the field that speaks of the mail
            below = pieces[at + 1] if at + 1 < len(pieces) else None
            mailed = above is not None and _PROMPT_WORDS.search(above.text) is not None
            if below is None or not mailed or not open_after_classifier(below) or not _is_button_shaped(below.text):
                continue
            buttons = [below]
        box = [field, *buttons]
        if above is not None and above not in box and _is_prompt(above.text):
            box.append(above)
            heading = _undecided_before(pieces, pieces.index(above))
            named = heading is not None and heading.label is None and _is_newsletter_name(heading.text)  # (kept)
            if heading is not None and (_is_heading(heading.text) or named):
                box.append(heading)
        # the notice under the button (`We use your sign-up to ... You can unsubscribe at any time.`, `More info`)
        end = max(pieces.index(p, max(0, at - _REACH)) for p in box)
        for piece in pieces[end + 1 : end + 1 + _MAX_NOTICE_LINES]:
            if not (open_after_classifier(piece) and _is_notice(piece.text)):
                break
            box.append(piece)
        for piece in box:
            doc.drop(piece, "newsletter box: sign-up form")
    _drop_boxes_without_field(doc, pieces)


def _drop_boxes_without_field(doc: Document, pieces: list[Piece]) -> None:
    """A box with no field (the page asks for the address after the click): a sign-up button right under a prompt
    that speaks of the newsletter or the inbox (`Get emergency updates ... straight to your inbox.` | `Sign me up`),
    and the box's heading above it."""
    for at, button in enumerate(pieces):
        if at == 0 or len(button.text) > _MAX_BUTTON_CHARS or not open_after_classifier(button):
            continue
        if len(button.text.split()) > _MAX_BUTTON_WORDS:
            continue
        prompt = pieces[at - 1]
        if not (_SIGN_UP.search(button.text) and open_after_classifier(prompt)):
            continue
        if len(prompt.text) > _MAX_PROMPT_CHARS or _PROMPT_WORDS.search(prompt.text) is None:
            continue
        box = [prompt, button]
        heading = _undecided_before(pieces, at - 1)
        if heading is not None and _is_heading(heading.text):
            box.append(heading)
        for piece in box:
            doc.drop(piece, "newsletter box: sign-up prompt and button")


def _is_notice(text: str) -> bool:
    return len(text) <= _MAX_PROMPT_CHARS and _NOTICE.search(text) is not None


def _is_heading(text: str) -> bool:
    """The box's heading: a few words of sign-up (`Newsletter`), of keeping up (`Stay informed`) or of the inbox
    (`Get the latest news sent to your inbox`)."""
    words = len(text.split())
    if words <= _MAX_BUTTON_WORDS and (_SIGN_UP.search(text) or KEEP_UP.fullmatch(text.strip(" :!"))):
        return True
    return words <= _MAX_HEADING_WORDS and text[-1:] not in ".!?" and _PROMPT_WORDS.search(text) is not None


_MAX_NAME_WORDS = 4


def _is_newsletter_name(text: str) -> bool:
    """A newsletter's name over its form's prompt (`Field Notes`, `The Morning Brief`): a few words, no sentence.
    Above a form with a field and a button, a line so short names the box; the story's crossheads head paragraphs."""
    return len(text.split()) <= _MAX_NAME_WORDS and text[:1].isupper() and not ends_sentence(text)


def _undecided_before(pieces: list[Piece], at: int) -> Piece | None:
    return pieces[at - 1] if at > 0 and open_after_classifier(pieces[at - 1]) else None


def _is_button_shaped(text: str) -> bool:
    return len(text) <= _MAX_BUTTON_CHARS and len(text.split()) <= _MAX_BUTTON_WORDS and not ends_sentence(text)


def _is_prompt(text: str) -> bool:
    """A prompt speaks of the mail or the newsletter, or is as short as a prompt is (`Recevez chaque
    matin l'essentiel de l'actualité du Gers.`): a paragraph just above a form's field is longer."""
    if len(text) <= _MAX_SHORT_PROMPT_CHARS:
        return True
    return len(text) <= _MAX_PROMPT_CHARS and _PROMPT_WORDS.search(text) is not None
