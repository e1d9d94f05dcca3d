import pytest

from articleclean.document import Label
from articleclean.filters.newsletter import drop_newsletter_boxes

BEFORE = "The council voted against the car park on Monday, after a long debate in the town hall."
AFTER = "The mayor said the plan would return in the spring, with a smaller budget and fewer places."


@pytest.mark.parametrize(
    ("prompt", "field", "button"),
    [
        ("Get the day's breaking news delivered to your inbox every morning.", "Email address", "Sign up"),
        ("Recevez chaque matin l’essentiel dans votre boîte mail.", "Votre adresse e-mail", "Je m’inscris"),
        ("Was in der Region passiert: jeden Morgen kostenlos per E-Mail.", "Ihre E-Mail-Adresse", "Jetzt anmelden"),
        ("Ricevi ogni mattina le notizie: iscriviti alla nostra newsletter.", "Il tuo indirizzo email", "Iscriviti"),
        ("Receba as principais notícias de São Paulo no seu e-mail, de segunda a sexta.", "Seu e-mail", "Cadastrar"),
        ("Få de viktigaste nyheterna från Hedemora i din inkorg varje morgon.", "Din e-postadress", "Prenumerera"),
        ("Receba todas as manhãs as notícias no seu email.", "O seu endereço de email", "Subscrever"),
        ("Le opinioni che fanno discutere, ogni sabato nella tua casella di posta.", "La tua email", "Mi iscrivo"),
        ("¿Te gusta la ruta? Apúntate a nuestra newsletter y te mandamos una escapada.", "Tu correo", "¡Me apunto!"),
        ("平日の朝7時、経済ニュースの要点をメールでお届けします。", "メールアドレス", "無料で登録する"),
    ],
)
def test_box_inside_the_story_is_dropped(run_filter, prompt, field, button):
    doc = run_filter(drop_newsletter_boxes, BEFORE, prompt, field, button, AFTER)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]
    assert doc.pieces[2].reason == "newsletter box: sign-up form"


def test_heading_above_the_prompt_goes_with_the_box(run_filter):
    prompt = "Was in der Region passiert: jeden Morgen per E-Mail."
    lines = [BEFORE, "Newsletter", prompt, "Ihre E-Mail-Adresse", "Anmelden"]
    doc = run_filter(drop_newsletter_boxes, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4]


def test_a_lead_magnets_button_says_what_it_sends(run_filter):
    prompt = "Quer a mesma planilha que eu uso? Deixe seu e-mail que eu mando de graça."
    doc = run_filter(drop_newsletter_boxes, BEFORE, prompt, "Seu melhor e-mail", "Quero a planilha", AFTER)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]
    # without a prompt about the mail above the field, the line under it is the story's
    doc = run_filter(drop_newsletter_boxes, BEFORE, "Seu melhor e-mail", "Quero a planilha", AFTER)
    assert all(p.label is None for p in doc.pieces)


@pytest.mark.parametrize(
    ("prompt", "field", "button"),
    [("Keine Tour mehr verpassen? Einmal im Monat schicke ich dir meine Touren.", "Deine E-Mail-Adresse", "Eintragen"),
     ("Recibe cada semana las novedades de investigación en tu correo.", "Correo electrónico", "Darme de alta"),
     ("Get release notes and engineering deep dives in your inbox once a month.", "Work email", "Subscribe"),
     ("Chcesz dostać moją listę? Zapisz się, a wyślę ją na Twoją skrzynkę.", "Twój adres e-mail", "Wyślij mi listę"),
     ("Nechcete zmeškať dôležité správy? Prihláste sa na odber newslettera.", "Vaša e-mailová adresa",
      "Prihlásiť sa na odber"),
     ("Vsak večer ob 18. uri vam pošljemo izbor najpomembnejših novic dneva.", "E-poštni naslov", "Prijavi se"),
     ("Gaukite svarbiausias dienos naujienas kiekvieną rytą el. paštu.", "El. pašto adresas", "Užsiprenumeruoti"),
     ("Saņem svarīgākās Kurzemes ziņas katru rītu savā e-pastā!", "Tava e-pasta adrese", "Pierakstīties"),
     ("Telli hommikukiri ja saa päeva olulisemad uudised postkasti.", "E-posti aadress", "Telli uudiskiri"),
     ("Получавайте най-важните новини всяка сутрин в пощата си.", "Вашият имейл адрес", "Абонирам се")],
)
def test_boxes_of_blogs_and_institutions(run_filter, prompt, field, button):
    doc = run_filter(drop_newsletter_boxes, BEFORE, prompt, field, button, AFTER)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]


def test_a_spanish_bulletins_heading_and_button_go_with_the_box(run_filter):
    prompt = "Recibe cada martes en tu correo las noticias sobre sanidad que más te afectan."
    doc = run_filter(drop_newsletter_boxes, BEFORE, "Boletín de Salud", prompt, "Tu correo electrónico", "Apúntate")
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4]


@pytest.mark.parametrize("heading", ["Stay informed", "Bleiben Sie informiert", "Restez informés"])
def test_a_heading_that_says_to_keep_up_goes_with_the_box(run_filter, heading):
    prompt = "Get the day's top stories from the county in your inbox every weekday morning."
    doc = run_filter(drop_newsletter_boxes, BEFORE, heading, prompt, "Email Address", "Sign Up", AFTER)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]


def test_a_paragraph_above_the_field_that_is_no_prompt_stays(run_filter):
    # longer than a prompt and not about the mail: the story's last paragraph above a box without a prompt
    paragraph = BEFORE + " The vote was close, and the opposition said it would take the matter to court next week."
    doc = run_filter(drop_newsletter_boxes, paragraph, "Email address", "Subscribe", AFTER)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


def test_a_short_line_above_the_field_is_its_prompt(run_filter):
    prompt = "Recevez chaque matin l’essentiel du Gers."
    doc = run_filter(drop_newsletter_boxes, BEFORE, prompt, "Votre adresse e-mail", "OK")
    assert [p.label for p in doc.pieces] == [None, None, None, None]  # no sign-up button: no box
    doc = run_filter(drop_newsletter_boxes, BEFORE, prompt, "Votre adresse e-mail", "Je m’inscris")
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED]


def test_share_buttons_are_no_box(run_filter):
    # `E-Mail` alone is a share button, and a share bar has no sign-up button
    doc = run_filter(drop_newsletter_boxes, BEFORE, "Share", "Facebook", "E-Mail", "Copy link")
    assert all(p.label is None for p in doc.pieces)
    doc = run_filter(drop_newsletter_boxes, BEFORE, "Email address", AFTER)  # a field with no button
    assert all(p.label is None for p in doc.pieces)


def test_the_notice_under_the_button_goes_with_the_box(run_filter):
    box = ["Get the latest news sent to your inbox", "Sign up to our free daily newsletter, every morning at 7am.",
           "Enter your email", "Sign up", "We use your sign-up to send you the newsletters you asked for. You can "
           "unsubscribe at any time.", "More info"]  # fmt: skip
    doc = run_filter(drop_newsletter_boxes, BEFORE, *box, AFTER)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(box), None]


def test_a_box_without_a_field_is_its_prompt_and_button(run_filter):
    box = ["Get emergency updates for your area delivered straight to your inbox.", "Sign me up"]
    doc = run_filter(drop_newsletter_boxes, BEFORE, *box, AFTER)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    # a paragraph that speaks of mail, with no button under it, stays
    doc = run_filter(drop_newsletter_boxes, BEFORE, "The council sent every household an e-mail about it.", AFTER)
    assert all(p.label is None for p in doc.pieces)


def test_a_newsletters_name_over_its_form_goes_with_the_box(run_filter):
    prompt = "A weekly dispatch from our reporters across America, sent every Friday to your inbox."
    lines = [BEFORE, "Field Notes", prompt, "Email address", "Sign Up", AFTER]
    doc = run_filter(drop_newsletter_boxes, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]
    # a sentence above the prompt is the story's
    lines = [BEFORE, "The town has no pharmacy now.", prompt, "Email address", "Sign Up", AFTER]
    doc = run_filter(drop_newsletter_boxes, *lines)
    assert doc.pieces[1].label is None
