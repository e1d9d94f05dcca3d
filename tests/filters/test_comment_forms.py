import articleclean
from articleclean.document import Label
from articleclean.filters.comment_forms import drop_comment_forms, is_form_notice
from articleclean.sources.text import text_to_document

STORY = [
    "The council voted against the car park on Monday, after a long debate in the town hall.",
    "The plan would have cost the town four million euros and taken a third of the market square.",
    "Residents had collected more than two thousand signatures against it since the spring.",
    "The mayor said the town would now look for a site outside the centre, with a bus link.",
]


def _run(lines: list[str]):
    doc = text_to_document("\n".join(lines))
    doc.current_filter = "drop_comment_forms"
    drop_comment_forms(doc)
    return doc


def test_a_wordpress_form_is_dropped_with_its_fields_and_buttons():
    form = ["Leave a Reply", "Your email address will not be published.", "Required fields are marked", "*",
            "Comment", "Name *", "Email *", "Website",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Post Comment"]  # fmt: skip
    doc = _run([*STORY, *form])
    assert [p.label for p in doc.pieces] == [None] * len(STORY) + [Label.DROPPED] * len(form)
    assert {p.reason for p in doc.pieces[4:]} == {"comment form"}


def test_the_comments_after_a_spanish_form_are_dropped_too():
    form = ["Comentar", "El contenido de los comentarios es la opinión de los usuarios y no de este diario.",
            "Nombre (", "*", "):", "Correo electrónico (", "*", "):", "Comentario:", "Campos obligatorios",
            "Acepto las condiciones de uso"]  # fmt: skip
    comment = "No me sorprende nada, llevan años con el mismo proyecto."
    doc = _run([*STORY, *form, comment])
    assert [p.label for p in doc.pieces][:4] == [None] * 4
    assert all(p.label == Label.DROPPED for p in doc.pieces[4:])
    assert doc.pieces[-1].reason == "comment widget: text after the comment form"


def test_text_after_a_form_is_kept_when_it_is_the_longer_part():
    # a form at the top of the page (a link to the comments, then the notice) says nothing of what follows
    doc = _run(["Comments are closed.", *STORY])
    assert [p.label for p in doc.pieces] == [Label.DROPPED, None, None, None, None]


def test_a_field_word_far_from_any_form_is_kept():
    doc = _run([*STORY[:2], "Website", *STORY[2:]])
    assert all(p.label is None for p in doc.pieces)


def test_notices_in_other_languages():
    for notice in ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Votre adresse e-mail ne sera pas publiée.",
                   "Il tuo indirizzo email non sarà pubblicato.", "O seu endereço de e-mail não será publicado.",
                   "Twój adres e-mail nie zostanie opublikowany.", "Ваш адрес email не будет опубликован.",
                   "Die Kommentarfunktion ist geschlossen.", "Les commentaires sont fermés.",
                   "Os comentários são da exclusiva responsabilidade dos seus autores."):  # fmt: skip
        assert is_form_notice(notice), notice
    assert not is_form_notice("The comments of the minister were not published until Friday.")


def test_the_whole_pipeline_drops_a_form_the_classifier_kept():
    page = "\n".join(["Car park plan rejected", *STORY, "Leave a Reply", "Your email address will not be published.",
                      "Name *", "Email *", "Post Comment"])  # fmt: skip
    article = articleclean.clean(page)
    assert article.paragraphs == STORY
    assert "comment form" in {d.reason for d in article.dropped}


def test_a_long_thread_after_the_form_goes_by_its_marks():
    # the comments outweigh the story, but their times and ratings mark them as a thread
    comments = []
    for n in range(4):
        comments += [f"usuario{n} Hace {n + 2} horas", "Lo importante no es si imputa o no, lo importante es que "
                     "paguemos todos lo mismo y que la justicia sea igual para todos los ciudadanos del país.",
                     "Valoración:3"]  # fmt: skip
    doc = _run([*STORY[:2], "Your email address will not be published.", *comments])
    assert [p.label for p in doc.pieces][:2] == [None, None]
    assert all(p.label == Label.DROPPED for p in doc.pieces[2:])


def test_a_thread_under_its_heading_and_notice_goes_with_its_comments():
    thread = ["Comentários (87)", "Os comentários são da exclusiva responsabilidade dos seus autores.",
              "Escreva o seu comentário", "Manuel Teixeira há 2 horas",
              "Vivo em Castelo Branco e vou todas as semanas a Lisboa por causa de consultas.", "Responder Gosto",
              "Ana M. há 3 horas", "Concordo que faltam carruagens, mas esse argumento foi usado durante anos."]
    doc = _run([*STORY, *thread])
    assert [p.label for p in doc.pieces] == [None] * len(STORY) + [Label.DROPPED] * len(thread)
    assert doc.pieces[len(STORY)].reason == "comment form"
