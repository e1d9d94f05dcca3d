"""Comment forms: the box under a story where a reader writes a comment, and the comments after it.

A comment form is its heading (`Leave a Reply`, `Deja un comentario`), its notices (`Your email address
will not be published.`, `Required fields are marked *`, a moderation policy), its fields (`Name *`,
`Correo electrónico (*):`) and its buttons (`Post Comment`). Blogging software writes the same notices on
millions of sites, in every language it is translated into. The filter runs after the classifier: a form's
lines are sentences, and a page whose form the classifier read as text kept its comments too.
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece
from articleclean.filters.boilerplate import open_after_classifier

# A sentence only a comment form says: that the address stays private, which fields are required, how
# comments are moderated, or that they are closed.
_NOTICE = regex.compile(
    r"(?i)^(?:"
    r"(?:your|tu|su|votre|ihre|deine|il\s+tuo|o\s+seu|seu|twój|je|uw|ваш)\s+.{0,30}?"
    r"(?:e-?mail|correo|adresse|endereço|indirizzo|adres|address|адрес).{0,40}?"
    r"(?:will\s+not|won['’]t|no\s+(?:será|se\s+publicará)|ne\s+sera\s+pas|wird\s+nicht|non\s+sarà|não\s+será"
    r"|nie\s+zostanie|wordt\s+niet|не\s+будет)"
    r"|required\s+fields\s+are\s+marked|(?:los\s+)?campos\s+obligatorios|(?:les\s+)?champs\s+obligatoires"
    r"|erforderliche\s+felder|pflichtfelder|i\s+campi\s+obbligatori|(?:os\s+)?campos\s+obrigatórios|wymagane\s+pola"
    r"|vereiste\s+velden|обязательные\s+поля"
    r"|save\s+my\s+name,?\s+e-?mail|guardar?\s+mi\s+nombre,|enregistrer\s+mon\s+nom,|meinen\s+namen,\s+(?:meine\s+)?e-?mail"
    r"|salva\s+il\s+mio\s+nome,|salvar\s+(?:meus\s+dados|o\s+meu\s+nome),|zapisz\s+moje\s+dane,|mijn\s+naam,"
    r"|this\s+site\s+uses\s+akismet|.{0,40}\bakismet\b.{0,20}\bspam"
    r"|notify\s+me\s+of\s+(?:follow-up|new)\s+(?:comments|posts)|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment"
    r"|comments\s+are\s+(?:closed|moderated)|(?:los\s+)?comentarios\s+(?:están\s+cerrados|son\s+moderados)"
    r"|les\s+commentaires\s+sont\s+(?:fermés|clos|modérés)|(?:die\s+)?kommentarfunktion\s+(?:ist|wurde)\s+\w*\s*"
    r"(?:geschlossen|deaktiviert)|kommentare\s+werden\s+moderiert|i\s+commenti\s+sono\s+(?:chiusi|moderati)"
    r"|(?:os\s+)?comentários\s+(?:estão\s+fechados|são\s+moderados)|komentarze\s+(?:są\s+)?(?:zamknięte|moderowane)"
    r"|(?:el\s+)?contenido\s+de\s+los\s+comentarios|(?:the\s+)?comments?\s+(?:below\s+)?(?:are|is)\s+(?:the\s+)?"
    r"(?:sole\s+)?(?:opinion|responsibility)"
    r"|(?:os\s+)?comentários\s+são\s+da\s+(?:exclusiva\s+)?responsabilidade"
    r"|(?:los\s+)?comentarios\s+son\s+(?:de\s+)?(?:la\s+)?(?:exclusiva\s+)?responsabilidad"
    r"|les\s+commentaires\s+(?:sont|relèvent)\s+de\s+la\s+(?:seule\s+)?responsabilité"
    r"|i\s+commenti\s+sono\s+(?:di\s+)?(?:esclusiva\s+)?responsabilità"
    r"|.{0,40}\breserves?\s+the\s+right\s+to\s+(?:remove|delete|edit)\s+(?:any\s+)?comments?"
    r"|.{0,40}\bse\s+reserva\s+el\s+derecho\s+de\s+eliminar"
    r"|recuerde\s+que\s+usted\s+es\s+responsable\s+de\s+(?:todo\s+)?lo\s+que\s+escribe"
    r"|no\s+(?:está|es)\s+permitido\s+.{0,40}comentarios|comments?\s+that\s+.{0,80}\bwill\s+be\s+(?:removed|deleted)"
    r")"
)
# What marks a comment of the thread after a form: its time (`Hace 37 minutos`, `vor 2 Stunden`, `3 hours ago`),
# its rating or its buttons.
_COMMENT_MARK = regex.compile(
    r"(?i)\b(?:hace\s+(?:\d+|una?)\s+(?:minutos?|horas?|días?)|vor\s+(?:\d+|einer?)\s+(?:minuten?|stunden?|tag(?:en)?)"
    r"|il\s+y\s+a\s+\d+\s*(?:min|h|heures?|jours?)|\d+\s+(?:minutes?|hours?|days?)\s+ago|\d+\s+(?:minuti|ore|giorni)\s+fa"
    r"|há\s+\d+\s+(?:minutos?|horas?|dias?)|\d+\s+(?:minut|godzin\w*|dni)\s+temu|\d+\s+(?:минут|час|дн)\w*\s+назад)\b"
    r"|^(?:valoración|reply|responder|antworten|répondre|rispondi|odpowiedz|like|me\s+gusta)\b"
)
_MIN_COMMENT_MARKS = 2
_MAX_NOTICE_CHARS = 300
# The heading of a form (a link at the top of a story too).
_HEADING = regex.compile(
    r"(?i)^(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+(?:a\s+)?comment|write\s+a\s+comment|comentar"
    r"|deja\s+(?:una\s+respuesta|un\s+comentario)|escribe\s+un\s+comentario|laisser\s+un\s+commentaire"
    r"|laisser\s+une\s+réponse|kommentar\s+(?:schreiben|verfassen)|(?:hinterlasse|schreibe)\s+einen\s+kommentar"
    r"|lascia\s+(?:un\s+commento|una\s+risposta)|deixe\s+(?:uma\s+resposta|um\s+comentário)|dodaj\s+komentarz"
    r"|napisz\s+komentarz|laat\s+een\s+reactie\s+achter|(?:оставьте|оставить|добавить|написать)\s+комментарий"
    r"|escreva\s+(?:o\s+seu|um)\s+comentário|escribe\s+tu\s+comentario|écrivez\s+votre\s+commentaire"
    r"|scrivi\s+(?:il\s+tuo|un)\s+commento|write\s+your\s+comment"
    # the thread's heading with its count (`Comentários (87)`, `12 Kommentare`)
    r"|(?:\d+\s+)?(?:comments?|comentários?|comentarios?|commentaires?|commenti|kommentare?|komentarze?|reacties)"
    r"(?:\s*\(\d+\))?"
    r")\s*[:!]?$"
)
_MAX_HEADING_CHARS = 40
# A field's label, a button, a consent box, or the punctuation a dump leaves of them (`(*):`).
_FIELD = regex.compile(
    r"(?i)^(?:(?:(?:your\s+)?(?:name|e-?mail(?:\s+address)?|website|comment|url)|nombre|correo(?:\s+electrónico)?"
    r"|comentario|sitio\s+web|nom|pseudo|commentaire|site\s+(?:web|internet)|kommentar|webseite|nome|commento"
    r"|sito\s+web|imię|komentarz|strona\s+www|naam|reactie|имя|комментарий|сайт)"
    r"(?:\s*\((?:required|obligatorio|obligatoire|erforderlich|obbligatorio|obrigatório)\))?[\s(*):]*"
    r"|post\s+comment|submit(?:\s+comment)?|cancel\s+reply|publicar(?:\s+comentario)?|enviar(?:\s+comentario)?"
    r"|cancelar\s+respuesta|envoyer|publier(?:\s+le\s+commentaire)?|annuler\s+la\s+réponse"
    r"|kommentar\s+(?:abschicken|absenden|senden)|absenden|antworten\s+abbrechen|invia(?:\s+commento)?"
    r"|pubblica(?:\s+il)?\s+commento|annulla\s+risposta|publicar\s+comentário|enviar\s+comentário"
    r"|opublikuj(?:\s+komentarz)?|wyślij|anuluj\s+odpowiedź|plaats\s+reactie|отправить(?:\s+комментарий)?"
    r"|(?:acepto|i\s+agree|i\s+accept|j['’]accepte|ich\s+(?:akzeptiere|stimme)|accetto|aceito|akceptuję)\b.{0,120}"
    r"|[*():↑\s]+)$"
)
_MAX_FIELD_CHARS = 160
_REACH = 8  # pieces around a notice or heading where its form's fields stand
_HINTS = tuple(
    "mail|adres|address|адрес|field|campo|champ|felder|campi|pola|velden|поля|save my|guarda|enregistrer|"
    "meinen namen|salva|salvar|zapisz|mijn naam|akismet|notify me|logged in|comment|coment|koment|коммент|reserv|"
    "recuerde|leave a|deja |laisser|lascia|deixe|hinterlasse|schreibe|dodaj|napisz|laat een|оставьте|оставить|"
    "добавить|написать".split("|")
)
_REASON = "comment form"


def is_form_notice(text: str) -> bool:
    """A sentence only a comment form says.

    >>> is_form_notice("Your email address will not be published."), is_form_notice("Campos obligatorios")
    (True, True)
    >>> is_form_notice("Comments are closed."), is_form_notice("Your address was published in the register.")
    (True, False)
    """
    return len(text) <= _MAX_NOTICE_CHARS and _NOTICE.match(text) is not None


def drop_comment_forms(doc: Document) -> None:
    """Drop each comment form (its notices and heading, and the fields and buttons within `_REACH` pieces of
    them) and the text kept after a form's last notice, when the article before the form is the longer part:
    the comments, whose markers (`Reply`, `5h`) a dump may have lost."""
    pieces = doc.pieces
    open_pieces = [p for p in pieces if open_after_classifier(p) and len(p.text) <= _MAX_NOTICE_CHARS]
    found = doc.find(literals=_HINTS, fold_case=True, among=open_pieces)
    anchors = [p for p in found if is_form_notice(p.text) or _is_heading(p.text)]
    if not anchors:
        return
    position = {id(p): at for at, p in enumerate(pieces)}
    form: set[int] = set()
    last_notice = -1
    for anchor in anchors:
        at = position[id(anchor)]
        form.add(at)
        if _is_heading(anchor.text):
            continue
        last_notice = max(last_notice, at)
        for i in range(max(0, at - _REACH), min(len(pieces), at + _REACH + 1)):
            piece = pieces[i]
            if open_after_classifier(piece) and _is_field(piece.text):
                form.add(i)
    for i in sorted(form):
        doc.drop(pieces[i], _REASON)
    if last_notice >= 0:
        _drop_comments_after(doc, pieces, min(i for i in form if i >= last_notice - _REACH), last_notice)


def _drop_comments_after(doc: Document, pieces: list[Piece], form_start: int, last_notice: int) -> None:
    """The text kept after a form is its comments when the article before the form is the longer part, or when
    the pieces after it hold the marks of a thread (`_COMMENT_MARK`)."""
    before = sum(len(p.text) for p in pieces[:form_start] if p.label is None)
    after = [p for p in pieces[last_notice + 1 :] if p.label is None]
    marks = sum(1 for p in pieces[last_notice + 1 :] if len(p.text) <= 80 and _COMMENT_MARK.search(p.text))
    if after and (before >= 2 * sum(len(p.text) for p in after) or marks >= _MIN_COMMENT_MARKS):
        for piece in after:
            doc.drop(piece, "comment widget: text after the comment form")


def _is_field(text: str) -> bool:
    return len(text) <= _MAX_FIELD_CHARS and _FIELD.match(text.strip()) is not None


def _is_heading(text: str) -> bool:
    return len(text) <= _MAX_HEADING_CHARS and _HEADING.match(text.strip()) is not None
