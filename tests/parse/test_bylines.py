"""Tests for `articleclean.parse.bylines`: author names from byline lines."""

from __future__ import annotations

import doctest
import time

import pytest

from articleclean.parse import bylines
from articleclean.parse.bylines import match_byline


def test_doctests() -> None:
    result = doctest.testmod(bylines)
    assert result.failed == 0 and result.attempted > 5


BYLINES = [
    ("By Rachel Okafor, Northern Colorado Bureau", ["Rachel Okafor"]),
    ("Katarzyna Zalewska i Michał Dąbek, dziennikarze Horyzont24", ["Katarzyna Zalewska", "Michał Dąbek"]),
    ("Jane Doe, reporter at the Ledger", ["Jane Doe"]),
    ("By Rachel Dunning, WNN Meteorologist, and Owen Pratt, WNN", ["Rachel Dunning", "Owen Pratt"]),
    ("Von Jana Reuter, Ober-Hainbach", ["Jana Reuter"]),
    ("청주=정하윤·세종=오태민 기자", ["정하윤", "오태민"]),
    ("経済部・佐藤美咲、政治部・高橋健一", ["佐藤美咲", "高橋健一"]),
    # English markers
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, John Roe and Max Mustermann", ["Jane Doe", "John Roe", "Max Mustermann"]),
    ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("BY JANE DOE", ["JANE DOE"]),  # kept as written
    ("BY JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"]),
    ("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"]),
    ("by Jeff Foust", ["Jeff Foust"]),
    ("by Rahul", ["Rahul"]),
    ("| BY: Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),
    ("By Sherif Saed,", ["Sherif Saed"]),
    ("By Justine Coleman -", ["Justine Coleman"]),
    ("Author: Jane Doe", ["Jane Doe"]),
    ("Authors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ("Written by Jane Doe", ["Jane Doe"]),
    ("Words by Jane Doe", ["Jane Doe"]),
    ("Words: Jane Doe", ["Jane Doe"]),
    ("Posted by Michael David Smith", ["Michael David Smith"]),
    ("Story by Jane Doe", ["Jane Doe"]),
    # an interview's markers
    ("Ein Interview von Lena Hartwig und Tobias Renner, Kassel", ["Lena Hartwig", "Tobias Renner"]),
    ("Propos recueillis par Jean Dupont", ["Jean Dupont"]),
    ("Беседовала Ксения Мальцева, обозреватель отдела культуры", ["Ксения Мальцева"]),
    # a role, then the author's institution
    ("di Giovanna Ferlito, economista dei trasporti, Università della Calabria", ["Giovanna Ferlito"]),
    ("de Ioana Marinescu, editor Educație", ["Ioana Marinescu"]),  # Romanian, `de` in lower case
    ("de Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
    ("Γράφουν η Ελένη Μαυρίδου και ο Πάνος Δεληγιάννης", ["Ελένη Μαυρίδου", "Πάνος Δεληγιάννης"]),
    ("Авторка: Марина Ткачук, економічна оглядачка", ["Марина Ткачук"]),
    ("Door Gerrit Hoekstra, perscommissie", ["Gerrit Hoekstra"]),  # a role in one word
    ("Opublikowano 14 marca 2025 przez Marta Zielińska", ["Marta Zielińska"]),  # a blog's post meta line
    ("By Helena Marsh, environment correspondent, and Rory Pendle in Winchester", ["Helena Marsh", "Rory Pendle"]),
    ("Par Claire Vasseur, envoyée spéciale à Vendôme, et Antoine Roux", ["Claire Vasseur", "Antoine Roux"]),
    ("Von Miriam Lechner, München, und Jonas Feldkamp", ["Miriam Lechner", "Jonas Feldkamp"]),
    ("By Jane Doe, John Roe, and Max Mustermann", ["Jane Doe", "John Roe", "Max Mustermann"]),
    ("Por Mariana Teixeira e Rafael Goulart, Portal Meridiano — Brasília", ["Mariana Teixeira", "Rafael Goulart"]),
    ("Por Lucía Serrano Ibáñez, Unidad de Cultura Científica", ["Lucía Serrano Ibáñez"]),  # a university's unit
    # agencies, outlets and roles are not authors
    ("Jane Doe, Reuters", ["Jane Doe"]),
    ("Meg Kinnard and Errin Haines, Associated Press", ["Meg Kinnard", "Errin Haines"]),
    ("Jane Doe | AP", ["Jane Doe"]),
    ("By Jane Doe, Reuters", ["Jane Doe"]),
    ("By Sandee LaMotte, CNN", ["Sandee LaMotte"]),
    ("By Jane Doe, Staff Writer", ["Jane Doe"]),
    ("By Jane Doe, Senior Correspondent", ["Jane Doe"]),
    ("By Jane Doe, The Washington Post", ["Jane Doe"]),
    ("By Jane Doe, Tribune News Service", ["Jane Doe"]),
    ("By Jane Doe for CNN", ["Jane Doe"]),
    ("Niamh Kearney, Political Correspondent", ["Niamh Kearney"]),  # a role without a marker
    ("Veröffentlicht am 11. Februar 2025 von Jana Kellermann", ["Jana Kellermann"]),  # after the dateline
    ("Publicerad 4 mars 2025 kl. 18.02 av Karin Ljungberg", ["Karin Ljungberg"]),
    ("Door Jens Peeters, Kontich", ["Jens Peeters"]),  # a place after the last comma
    ("di Matteo Ferraresi, inviato a Genova", ["Matteo Ferraresi"]),  # a role in lower case
    ("Par Jean Dupont, envoyé spécial à Kiev", ["Jean Dupont"]),
    ("Por Ana Ribeiro e Caio Menezes, Tucano SP", ["Ana Ribeiro", "Caio Menezes"]),  # the desk, after a list
    ("Article rédigé par Claire Vasseur, Julien Morvan - Antenne Publique", ["Claire Vasseur", "Julien Morvan"]),
    ("Ein Artikel von Peter Schmidt", ["Peter Schmidt"]),  # what kind of piece, then whose
    ("Ein Kommentar von Anna Müller", ["Anna Müller"]),
    ("Un artículo de María García", ["María García"]),
    ("Un articolo di Marco Rossi", ["Marco Rossi"]),
    ("Por Ana Souza, da Folha", ["Ana Souza"]),  # the outlet after a preposition
    ("Por Ana Souza, do G1", ["Ana Souza"]),
    ("Par Jean Dupont, du Monde", ["Jean Dupont"]),
    ("Von Anna Müller, von der dpa", ["Anna Müller"]),
    ("By Jane Doe, of the Times", ["Jane Doe"]),
    ("By Charles de Gaulle and Jane Doe", ["Charles de Gaulle", "Jane Doe"]),  # a particle inside a name stays
    ("By JANE DOE Associated Press", ["JANE DOE"]),
    ("By Associated Press", []),
    ("By The Associated Press", []),
    ("By  REUTERS", []),
    ("By  JERUSALEM POST STAFF", []),
    ("By Staff Reports -", []),
    ("by India Post News Weekly", []),
    ("by Admin", []),
    # bare markers: the name is on the next line of the dump
    ("By", []),
    ("  By  ", []),
    ("| BY:", []),
    ("Author:", []),
    ("Authors", []),
    ("Written by", []),
    ("Posted by", []),
    ("Von", []),
    # Reuters end credits: reporters and writers, not editors
    ("Reporting by Jane Doe; Editing by John Roe", ["Jane Doe"]),
    (
        "(Reporting by Jane Doe in London and John Roe in Paris; Writing by Max Mustermann; Editing by Ann Smith)",
        ["Jane Doe", "John Roe", "Max Mustermann"],
    ),
    (
        "Reporting by Rodrigo Campos; additional reporting by  Stephanie Kelly and Saqib Iqbal Ahmed;"
        " Editing by Nick Zieminski",
        ["Rodrigo Campos", "Stephanie Kelly", "Saqib Iqbal Ahmed"],
    ),
    ("Additional reporting by Joseph Hudak", ["Joseph Hudak"]),
    # other languages
    ("Von Jane Doe", ["Jane Doe"]),
    ("Von Jane Doe, dpa", ["Jane Doe"]),
    ("Von Jane Doe und Max Mustermann", ["Jane Doe", "Max Mustermann"]),
    ("Autor: Max Mustermann", ["Max Mustermann"]),
    ("Par Jean Dupont", ["Jean Dupont"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Par Jean Dupont, AFP", ["Jean Dupont"]),
    ("Por Juan Pérez", ["Juan Pérez"]),
    ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    ("Por João Silva e Ana Souza", ["João Silva", "Ana Souza"]),
    ("Di Mario Rossi", ["Mario Rossi"]),
    ("di Mario Rossi", ["Mario Rossi"]),
    ("Автор: Иван Петров", ["Иван Петров"]),
    ("Текст: Лида Буслаева", ["Лида Буслаева"]),
    ("Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("Door Jan de Vries", ["Jan de Vries"]),
    ("Pišu: Marina Grgić i Tonći Bilić", ["Marina Grgić", "Tonći Bilić"]),
    ("Rozmawiał: Krzysztof Bednarz", ["Krzysztof Bednarz"]),
    ("Martina Kováčová, redaktorka, Revúca", ["Martina Kováčová"]),
    ("Ilze Ozoliņa, Kurzemes korespondente", ["Ilze Ozoliņa"]),
    ("Justina Žemaitytė, BNS", ["Justina Žemaitytė"]),
    ("Autorin: Jana Seidel, Energieberaterin (HWK)", ["Jana Seidel"]),
    # the agency the writer wrote with
    ("Par Camille Rouvier avec AFP", ["Camille Rouvier"]),
    ("Von Anna Berg mit dpa", ["Anna Berg"]),
    ("Av Anna Svensson och Erik Berg", ["Anna Svensson", "Erik Berg"]),
    ("Af Lars Nielsen og Mette Hansen", ["Lars Nielsen", "Mette Hansen"]),
    ("Oleh Budi Santoso dan Siti Aminah", ["Budi Santoso", "Siti Aminah"]),
    ("Yazar: Ali Kaya", ["Ali Kaya"]),
    ("Kirjoittaja: Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"]),
    ("Szerző: Kovács Péter", ["Kovács Péter"]),
    # name shapes
    ("By Ludwig van Beethoven", ["Ludwig van Beethoven"]),
    ("By Gabriel García Márquez", ["Gabriel García Márquez"]),
    ("By Conor O'Brien", ["Conor O'Brien"]),
    ("By Conor O’Brien", ["Conor O’Brien"]),
    ("By Ahmed al-Masri", ["Ahmed al-Masri"]),
    ("By Jean-Luc Picard", ["Jean-Luc Picard"]),
    ("By J. R. R. Tolkien", ["J. R. R. Tolkien"]),
    ("By Andrew C. McCarthy", ["Andrew C. McCarthy"]),
    ("By Martin Luther King Jr.", ["Martin Luther King Jr."]),
    ("By Robert VerBruggen", ["Robert VerBruggen"]),
    ("By María de la Cruz", ["María de la Cruz"]),
    ("By Sun Yang and Ma Jun", ["Sun Yang", "Ma Jun"]),
    ("By Mo Farah", ["Mo Farah"]),
    # a date, time or dateline word glued after the names
    ("By Jane Doe | November 19, 2019", ["Jane Doe"]),
    ("By Jane Doe | November 19, 2019 10:00 AM EST", ["Jane Doe"]),
    ("By Jane Doe Published 10:00 AM", ["Jane Doe"]),
    ("By Jane Doe | Published", ["Jane Doe"]),
    ("By Jane Doe, CNN Business Updated 10:21 AM ET, Tue November 19, 2019", ["Jane Doe"]),
    ("By Justine Coleman - 11/18/19 11:04 PM EST", ["Justine Coleman"]),
    ("By FEDERICA LUSIARDI - 2019-04-10", ["FEDERICA LUSIARDI"]),
    ("by Surur on November 19, 2019", ["Surur"]),
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", ["Louis Jacobson"]),
    ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", ["Michael David Smith"]),
    ("by Jeff Foust — November 18, 2019", ["Jeff Foust"]),
    # words glued to the names by a naive dump
    ("By DANICA KIRKA and JILL LAWLESSAssociated Press", ["DANICA KIRKA", "JILL LAWLESS"]),
    ("By Michael HiltzikBusiness Columnist", ["Michael Hiltzik"]),
    ("by Jeff FoustMonday, November 18, 2019", ["Jeff Foust"]),
    # markers, outlets and roles found by the pages of tests/test_languages.py
    ("Haber: Serkan Öztürk", ["Serkan Öztürk"]),
    ("Reporter: Fajar Nugroho | Editor: Rina Marlina", ["Fajar Nugroho"]),
    ("oprac. Agnieszka Dudek", ["Agnieszka Dudek"]),
    ("Συντάκτης: Γιώργος Καραγιάννης", ["Γιώργος Καραγιάννης"]),
    ("Teksti: Mikko Heikkinen", ["Mikko Heikkinen"]),
    ("Por Camila Ferreira, Diário do Interior", ["Camila Ferreira"]),
    ("Av Torstein Myrvold, journalist", ["Torstein Myrvold"]),
    # Hebrew and Arabic `and` is a prefix of the next name: `ו`, `و`
    ("מאת נועה ברק ואורי גולדשטיין", ["נועה ברק", "אורי גולדשטיין"]),
    ("بقلم: سعيد الإدريسي ومحمد العلمي", ["سعيد الإدريسي", "محمد العلمي"]),
    # Swahili `Na`, Tagalog `Ni`/`Nina ... at ...`, Thai, Persian markers; Bengali `ও` between names
    ("Na Rehema Mushi", ["Rehema Mushi"]),
    ("Nina Carmela Reyes at Jose Mari Villanueva", ["Carmela Reyes", "Jose Mari Villanueva"]),
    ("Ni Juan dela Cruz", ["Juan dela Cruz"]),
    ("ผู้เขียน: ปิยะพงษ์ ศรีสุข", ["ปิยะพงษ์ ศรีสุข"]),
    ("خبرنگار: سارا کریمی", ["سارا کریمی"]),
]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_match_byline(line: str, names: list[str]) -> None:
    assert match_byline(line) == names


NOT_BYLINES = [
    "政治部・首相官邸担当",  # a desk and a beat, no name
    "De Gaulle a spus ceva despre Europa.",  # `De` in capitals opens a sentence
    "de la Madrid a Barcelona",
    "Беседовали они долго, до самого утра.",
    "By the end of the year, prices had doubled.",
    "Analyse von Daten zeigt einen Trend",
    "By contrast, prices fell.",
    "By Contrast, prices fell.",
    "By 2030 the plan will be done.",
    "By 2018, when I started digging into this story, only",
    "Written by hand",
    "By Jane Doe's account, the meeting went well.",
    "By Tuesday, the storm had passed.",
    "By then, it was too late.",
    "By subject",
    "By choosing",
    "By clicking here you agree",
    "By using our site, you acknowledge that you have read and understand our",
    "By Invitation Only",
    "by the DHS Office of Inspector General.",
    "by a company owned by talent manager Scooter Braun earlier this year.",
    "Author’s column",
    "Text size",
    "Text Input:",
    "Door prizes will be awarded",
    "Von der Leyen sagte am Dienstag",
    "Von Berlin aus fuhr er weiter",
    "Von Montag an gilt die Regel",
    "Par ailleurs, le gouvernement a décidé",
    "Por eso, el gobierno decidió",
    "Por Favor",
    "Di Maio ha detto",
    "Di Maio",
    "Di fronte a tutto questo",
    "Av og til regner det.",
    "Af hensyn til Mette",
    "Oleh karena itu, kami pergi ke pasar.",
    "Politics, Reuters",
    "Jane Doe",
    "Jane Doe said on Tuesday",
    "Reporting by Jane Doe; a note on methods",
    "",
    "By " + "Jane Doe, " * 60,  # longer than a byline
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_a_byline(line: str) -> None:
    assert match_byline(line) is None


def test_names_are_not_repeated() -> None:
    assert match_byline("By Jane Doe and Jane Doe") == ["Jane Doe"]


def test_non_byline_lines_are_rejected_fast() -> None:
    lines = [
        "Home",
        "The company reported revenue of $27.2 billion, up 3.5 percent from a year earlier.",
        "Markets, Reuters data",
        "He said the plan would be ready by 2030 at the latest.",
    ] * 5000
    start = time.perf_counter()
    assert not any(map(match_byline, lines))
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("経済部　佐藤健太、政治部　中村由香", ["佐藤健太", "中村由香"]),
        ("대전=이도윤 기자 doyoon@hanbitilbo.co.kr", ["이도윤"]),
        ("［佐伯遥，TechLens］", ["佐伯遥"]),
        ("Penulis: Kontributor Bandung, Dinda Ayu Lestari", ["Dinda Ayu Lestari"]),
    ],
)
def test_bylines_of_the_thirtieth_round(line: str, names: list[str]) -> None:
    assert match_byline(line) == names


def test_chinese_wire_datelines() -> None:
    assert bylines.match_chinese_wire("华通社福州11月19日电（记者陈立新 林晓燕）榕岚高铁海峡隧道19日全线贯通。") == (
        "福州",
        "华通社",
        ["陈立新", "林晓燕"],
    )
    assert bylines.match_chinese_wire("他说，新华社北京3月5日电的报道有误。") is None  # not at the start
    assert bylines.match_bare_names("अंकित वर्मा, जन उजाला संवाददाता, लखनऊ") == ["अंकित वर्मा"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("نویسنده: زهرا موسوی، خبرنگار سپهر در اصفهان", ["زهرا موسوی"]),
        ("โดย ณัฐวุฒิ ศรีสมบูรณ์ ผู้สื่อข่าวประจำจังหวัดจันทบุรี", ["ณัฐวุฒิ ศรีสมบูรณ์"]),
    ],
)
def test_bylines_of_the_thirty_first_round(line: str, names: list[str]) -> None:
    assert match_byline(line) == names
    assert bylines.match_bare_names("Thandeka Mokoena | News24") == ["Thandeka Mokoena"]
    assert bylines.match_bare_names("Jane Doe 12 March") is None


def test_places_in_brackets_after_the_names() -> None:
    assert match_byline("Por Lucía Ferrándiz (Madrid) y Andrés Vidal Cuesta (Alicante)") == [
        "Lucía Ferrándiz",
        "Andrés Vidal Cuesta",
    ]
    assert match_byline("By Jane Doe (Reuters)") == ["Jane Doe"]


def test_bylines_of_the_thirty_fourth_round() -> None:
    assert match_byline("Autorka/Autor: Marta Gajewska, Paweł Wiśniewski/tas") == ["Marta Gajewska", "Paweł Wiśniewski"]
    assert bylines.match_bare_names("Laura Echevarría (Madrid) e Íñigo Sarasola (Berlín)") == [
        "Laura Echevarría",
        "Íñigo Sarasola",
    ]


def test_a_writers_handle_after_the_byline():
    assert match_byline("By: Jerome A. Villareal - Reporter / @JAVillarealLS") == ["Jerome A. Villareal"]
    assert match_byline("By Jane Doe @jdoe") == ["Jane Doe"]
    assert match_byline("@jdoe") is None  # a handle alone names no one


def test_a_german_desk_after_the_name_is_no_author():
    assert match_byline("Von Katrin Wolters, Lokalredaktion Witten") == ["Katrin Wolters"]


def test_an_agencys_office_after_the_name_is_no_author():
    assert match_byline("Haber: Selin Aydoğan / DHA Balıkesir") == ["Selin Aydoğan"]
