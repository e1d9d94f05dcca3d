from articleclean.document import Label
from articleclean.filters.pull_quotes import drop_pull_quotes

PARAGRAPH = (
    "The ice shelf has been listening to itself for years, Ekholm said. 'The ice doesn't care whether we're paying"
    " attention.' Her team will go back in the spring."
)


def test_a_line_the_story_says_again_in_a_paragraph_is_a_pull_quote(run_filter):
    quote = "“The ice doesn’t care whether we’re paying attention.”"
    other = "A new season of measurements starts in October, the team said."
    doc = run_filter(drop_pull_quotes, PARAGRAPH, quote, other)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None]


def test_lines_repeated_alone_are_no_pull_quotes(run_filter):
    # a list or a table repeats its lines: none is in a longer paragraph
    row = "1 Green, 1 Red, 1 Yellow, 1 tsp."
    doc = run_filter(drop_pull_quotes, row, row, PARAGRAPH)
    assert all(p.label is None for p in doc.pieces)


def test_a_pull_quote_without_the_final_stop_of_its_sentence(run_filter):
    paragraph = (
        "C'è poi una questione di metodo. «Un'opera pubblica non è un monumento: è un servizio, e va giudicata da chi"
        " la usa.» Per questo trovo sorprendente che nel piano non compaia un solo indicatore di puntualità."
    )
    quote = "«Un'opera pubblica non è un monumento: è un servizio, e va giudicata da chi la usa»"
    doc = run_filter(drop_pull_quotes, quote, paragraph)
    assert [p.label for p in doc.pieces] == [Label.DROPPED, None]


def test_a_pull_quote_a_raw_dump_glued_to_a_paragraph(run_filter):
    # the raw dump glued the quote to the end of the paragraph above it: `split_glued_text` cut it off
    doc = run_filter(drop_pull_quotes, "Non avrei saputo dirlo meglio, ha detto il sindaco.", "x", PARAGRAPH)
    doc.pieces[1].text = "“The ice doesn’t care whether we’re paying attention.”"
    doc.pieces[1].data["joins_previous"] = True
    drop_pull_quotes(doc)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None]


def test_a_quoted_last_sentence_of_a_paragraph_said_nowhere_else_stays(run_filter):
    doc = run_filter(drop_pull_quotes, "He spoke to the crowd for an hour on the square, and then he said:", "x")
    doc.pieces[1].text = "“We will build the bridge, whatever the council decides.”"
    doc.pieces[1].data["joins_previous"] = True
    drop_pull_quotes(doc)
    assert [p.label for p in doc.pieces] == [None, None]


def test_a_pull_quote_a_raw_dump_glued_right_after_the_sentence_it_repeats(run_filter):
    sentence = '"Dan word ik dus elke ochtend taxichauffeur."'
    doc = run_filter(drop_pull_quotes, "Vooral ouders in Welsum maken zich zorgen over de route.", "x", "y")
    doc.pieces[1].text = doc.pieces[2].text = sentence
    doc.pieces[1].data["joins_previous"] = doc.pieces[2].data["glued"] = True
    drop_pull_quotes(doc)
    assert [p.label for p in doc.pieces] == [None, None, Label.DROPPED]


def test_a_pull_quote_of_a_whole_sentence_with_who_said_it(run_filter):
    paragraph = (
        "Los sindicatos tampoco creen en los plazos. «La ley está bien como declaración, pero las consultas no se"
        " vacían por decreto», resume Fernando Aguirre, del Sindicato Médico. Según sus cálculos, faltan médicos."
    )
    quote = (
        "«La ley está bien como declaración, pero las consultas no se vacían por decreto», resume Fernando Aguirre,"
        " del Sindicato Médico."
    )
    doc = run_filter(drop_pull_quotes, paragraph, quote)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED]


def test_a_pull_quote_of_what_follows_a_colon(run_filter):
    paragraph = (
        "Was mir an diesem Tag klar geworden ist: Die Altmühl ist kein Fluss für Eilige, und genau das macht sie für"
        " Familien so perfekt. Am Abend waren alle müde."
    )
    quote = "Die Altmühl ist kein Fluss für Eilige, und genau das macht sie für Familien so perfekt."
    doc = run_filter(drop_pull_quotes, quote, paragraph)
    assert [p.label for p in doc.pieces] == [Label.DROPPED, None]


def test_a_pull_quote_of_two_sentences_cut_by_a_raw_dump_goes_whole(run_filter):
    paragraph = (
        'Znajomi pukali się w czoło, kiedy opowiadaliśmy o planach. "Z trzylatkiem na połoniny? Będziecie go nieść'
        ' cały czas" – usłyszałam od szwagra.'
    )
    doc = run_filter(drop_pull_quotes, paragraph, "x", "y")
    doc.pieces[1].text, doc.pieces[2].text = '"Z trzylatkiem na połoniny?', 'Będziecie go nieść cały czas"'
    doc.pieces[2].data["joins_previous"] = True
    drop_pull_quotes(doc)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED]


def test_a_short_quoted_crosshead_stays(run_filter):
    paragraph = 'Morrison told them, "I feared how its disclosure would play in D.C. My fears have been realized."'
    doc = run_filter(drop_pull_quotes, '"My fears have been realized"', paragraph)
    assert [p.label for p in doc.pieces] == [None, None]


def test_a_pull_quote_in_corner_brackets_and_one_ending_with_a_danda(run_filter):
    paragraph = (
        "衛福部次長林志遠上午在記者會中表示，國內失智症人口已突破35萬人。「照顧者也需要被照顧，喘息不是奢侈，"
        "而是讓照顧走得長久的必要。」林志遠說，新制上路後將持續檢討。"
    )
    quote = "「照顧者也需要被照顧，喘息不是奢侈，而是讓照顧走得長久的必要。」"
    doc = run_filter(drop_pull_quotes, paragraph, quote, "對此，衛福部回應，今年下半年起將調高加給。")
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None]
    paragraph = (
        'पार्षद इरफान ने कहा कि टंकी की शिकायत पहले भी की गई थी। "आज अगर दिन का समय होता तो बड़ा हादसा हो सकता था।"'
        " नगर निगम ने जांच के आदेश दिए हैं।"
    )
    quote = '"आज अगर दिन का समय होता तो बड़ा हादसा हो सकता था।"'
    doc = run_filter(drop_pull_quotes, paragraph, quote)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED]


def test_the_attribution_under_a_pull_quote_with_no_dash(run_filter):
    paragraph = (
        "Helen Tarrant, who chairs the swimmers' association, said the court had finally listened. \"We were told"
        " again and again that the water was fine, and it was not.\" Her members will keep testing the lake."
    )
    quote = "We were told again and again that the water was fine, and it was not."
    doc = run_filter(drop_pull_quotes, paragraph, quote, "Helen Tarrant, Ullswater Swimmers' Association", paragraph)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


def test_a_pull_quote_of_a_quotation_without_who_said_it(run_filter):
    # Nordic prose opens a quotation with a dash and ends it with a comma and who said it
    paragraph = (
        "– Vi var heldige denne gangen. Hadde det skjedd mens toget var der, kunne det endt svært galt, sier"
        " regiondirektør Hege Mortensen i Bane NOR til Riksposten."
    )
    quote = "«Hadde det skjedd mens toget var der, kunne det endt svært galt.»"
    doc = run_filter(drop_pull_quotes, paragraph, quote, "Hege Mortensen, regiondirektør i Bane NOR")
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED]
    paragraph = (
        "Emma Sundqvist har en son i årskurs fyra. – Han sa att bussen ”bara flög” och att alla hamnade i en hög"
        " mot fönstren. Jag slängde mig i bilen direkt, säger hon."
    )
    quote = "Han sa att bussen ”bara flög” och att alla hamnade i en hög mot fönstren."
    doc = run_filter(drop_pull_quotes, paragraph, quote)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED]


def test_who_said_a_pull_quote_glued_after_the_sentence_it_repeats(run_filter):
    sentence = "The constraint is the wire coming into the yard.”"
    quote = "“The constraint is the wire coming into the yard.”"
    doc = run_filter(drop_pull_quotes, sentence, quote, "— Carla Mendenhall, Bayline Drayage")
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED]
