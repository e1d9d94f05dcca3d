"""Whole-page dumps of news pages in 40 languages (77 pages), cleaned end to end, field by field.

`tests/data/languages/` holds a fictional news page a language (two, `xx2`, for German, French,
Spanish, Polish, Italian, Portuguese, Dutch, Russian, Swedish, Czech, Turkish and Indonesian, with
other sites' conventions, and a third German one, `de3`, of a Swiss site; three English
ones, `en_uk`, `en_us`, `en_in`, of a British tabloid, a US local TV station and an Indian daily) as
a scraper dumps it: the page
`<title>` with the site's name, a navigation menu, search/login/subscribe prompts, the headline,
byline, dateline, body paragraphs with an image caption and an inline related-story line, share
buttons, a "most read" list, comment and newsletter prompts, a copyright and cookie footer.
`xx_lines.txt` is the "lines" style (one text node a line); `xx_raw.txt` is the "raw" style
derived from it by `to_raw` below (regenerate with `python tests/test_languages.py`).
`expected.json` holds what a reader would take from each page, and every line that is page
furniture (menus, buttons, teasers, prompts, footer). `README.md` there is the brief the pages were
written from, and how to add one. Sixteen pages (`de4` `de5` `fr3` `fr4` `es3` `es4` `pl3` `it3` `pt3`
`ru3` `nl3` `sv2` `cs3` `tr2` `en_au` `en_ca`) follow its second brief, a harder anatomy: crossheads
and lists in the body, advertisement labels, newsletter boxes, paywall prompts, photo-gallery links
and boxes of links inside the story; tags, author bios, teasers with blurbs and reader comments
below it. Eight English ones (`en_blog` `en_wire` `en_mag` `en_opinion` `en_review` `en_sport`
`en_local` `en_science`) add other kinds of site: a blog, wire copy on a TV station's site, a magazine
long-read with pull quotes, an opinion column, a review, a match report, a small-town paper and a
university's press release.

One test function a field, so a failure names the language, the style and the field. What does
not work yet is listed in `KNOWN_GAPS`, as strict expected failures.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

import articleclean

DATA = Path(__file__).resolve().parent / "data" / "languages"
EXPECTED: dict[str, dict] = json.loads((DATA / "expected.json").read_text("utf-8"))
LANGUAGES = sorted(EXPECTED)
STYLES = ("lines", "raw")
MIN_F1 = 0.95
# What articleclean does not do yet, by field, language and style: expected failures, strict, so that
# a fix shows up as an unexpected pass and the entry must go. (The Turkish page's short last paragraphs
# after a caption and a related link, a gap until the retrain with the glue-soup cut, pass now; so do the
# Japanese and Chinese raw pages' glued paragraphs, since such text is cut into sentences.)
KNOWN_GAPS: dict[tuple[str, str, str], str] = {
    ("furniture", "en_blog", "lines"): "a lead-magnet prompt with no e-mail field (`Want my printable schedule?"
    " Join 18,000 gardeners` and a `Send It to Me` button) reads as the post's last paragraph",
    ("furniture", "en_blog", "raw"): "the same lead-magnet prompt as in the lines dump",
    ("authors", "cs_portal", "lines"): "a place after the name (`Jana Horáková, Havlíčkův Brod`) reads as a second"
    " author: two capitalised words after a comma are a name as often as a place",
    ("authors", "cs_portal", "raw"): "the same byline as in the lines dump",
    ("furniture", "en_broadsheet", "raw"): "a reader-funding appeal's amount buttons and payment line (`Single`,"
    " `£5 per month`, `Continue`) that the raw dump glues after the article's last lines",
    ("furniture", "en_markets", "lines"): "the same boxes, and a pull quote whose sentence the paragraph ends with a"
    " comma before `said`: a corpus page keeps a line that says its quotation again so",
    ("furniture", "en_markets", "raw"): "the same boxes and pull quote",
    ("body", "pt_small", "lines"): "a short police story among teaser blocks: the article's span stops at its"
    " crosshead and misses half its paragraphs",
    ("body", "pt_blog", "lines"): "a `3 comentários` link in the post's toolbar and the comment box far below it set"
    " the paragraphs between them in a comment window: after a list and a related link, the span ends (p 0.64-0.81)",
    ("body", "pt_tech", "lines"): "a spec box, a video link, a schedule table and a WhatsApp prompt inside the article"
    " end its span; the paragraphs after them score 0.5-0.9 and only the last three are kept",
    ("furniture", "pt_motor", "lines"): "a share bar with a counter and an author's photo alt text merged into one unit"
    " (p 0.28) inside the article's span",
    ("furniture", "pt_motor", "raw"): "the same share bar",
    ("furniture", "en_review", "lines"): "a review's verdict box: its `Our verdict` and `Editors' Choice` labels",
    ("furniture", "en_review", "raw"): "the verdict box's labels, and a pull quote glued after the same sentence"
    " ending `4 p.m.`, where no cut is made (a one-letter word before `.` is an initial)",
    ("body", "ja_portal", "lines"): "two reporter boxes under the story (`この記事を書いた記者`, a name with its"
    " reading in brackets, a desk, a career line): no sign of a bio the filters read in Japanese",
    ("furniture", "ja_portal", "lines"): "the same reporter boxes",
    ("body", "ja_portal", "raw"): "a raw Japanese dump glues blocks with no capital or space to cut at: the reporter"
    " boxes, share bar and teasers run into one another and into the story",
    ("furniture", "ja_portal", "raw"): "the same glued blocks: a newsletter box and the ad label inside them",
    ("furniture", "ko_news", "lines"): "a graphic's title above its credit line (`그래픽=김수진 기자`) reads as a"
    " crosshead",
    ("furniture", "ko_news", "raw"): "a graphic's title above its credit line (`그래픽=김수진 기자`), glued to the"
    " paragraph before it",
    ("furniture", "en_gallery", "lines"): "a `STORY HIGHLIGHTS` box of three summary lines and a readers' photo prompt"
    " (`Share your photos`, `Upload to iWitness`) read as article text",
    ("furniture", "en_gallery", "raw"): "the same readers' photo prompt",
    ("body", "pl_news", "lines"): "a short story broken by a summary box, a caption, a pull quote and a box of links:"
    " its paragraphs score 0.3-0.4 and the span starts at its last ones",
    ("body", "pl_news", "raw"): "the summary box at the top of the story, glued to the toolbar above it",
    ("body", "pl_local", "lines"): "the same kind of short story: the span starts near its end (start 0.69 there, 0.67"
    " at its first paragraph)",
    ("body", "pl_local", "raw"): "the summary box at the top of the story, as in `pl_news`",
    ("body", "en_localtv", "raw"): "a fact box of short lines after a related link ends the article's span; the"
    " paragraphs after it score 0.4-0.5",
    ("furniture", "en_localtv", "raw"): "the section's name above the headline glued to it",
    ("body", "en_health2", "lines"): "two product cards with a price alone and a `Shop at` button (a corpus site's"
    " annotators keep such cards, so no rule drops them) and a reviewer's bio",
    ("furniture", "en_health2", "lines"): "the same product cards and bio",
    ("body", "en_health2", "raw"): "the product cards end the article's span: the paragraphs after them are lost",
    ("furniture", "de_ratgeber", "lines"): "a story card inside the article (a kicker, another story's headline and"
    " a one-sentence blurb) with no marker or button: one card alone reads as a crosshead and a paragraph",
    ("furniture", "de_ratgeber", "raw"): "the same story card",
    ("furniture", "fr_faitsdivers", "lines"): "a pull quote that is the end of a quotation (`« Depuis, la maison est"
    " vide »` from `« ... Depuis, la maison est vide », a-t-il dit`): a corpus page keeps such a line",
    ("furniture", "fr_faitsdivers", "raw"): "the same pull quote",
    ("furniture", "nl_broadcaster", "raw"): "the same pull quote",
    ("furniture", "de_verein", "lines"): "an advert's text under its label (`Sparkasse Lautertal – Wir fördern den"
    " Sport in der Region`): a line under an ad label is as often the story's crosshead, which stays",
    ("furniture", "de_verein", "raw"): "the same advert",
    ("furniture", "de_firmenblog", "lines"): "a company's call to action inside the post (`Sie überlegen, auf eine"
    " Wärmepumpe umzusteigen? ...` | `Jetzt Beratung anfragen`): prose and a button no list names",
    ("furniture", "de_firmenblog", "raw"): "the same call to action, and the share bar, whose buttons the raw dump"
    " glues into words no list names (`XINGWhats`)",
    ("authors", "en_newsletter", "lines"): "a headline that ends with a full stop (`Here's who blinked.`) reads as"
    " prose: its repeat under the page title stays, and the name under it is not taken for a byline",
    ("authors", "en_newsletter", "raw"): "the same headline",
    ("furniture", "en_newsletter", "lines"): "the same author's name, and a sponsor's line under its `Sponsored` label,"
    " which is as often the story's crosshead",
    ("furniture", "en_newsletter", "raw"): "the same sponsor's line",
    ("furniture", "pl_urzad", "raw"): "the attachments box and the EU funding logos' lines, glued in the raw dump"
    " between the story and its tags",
    ("furniture", "en_gadget", "lines"): "the site's name alone in the menu, and an affiliate disclosure (`Overclocked"
    " may earn a commission ...`), which a corpus page keeps in its body (`Disclosure: ZDNet may earn ...`)",
    ("furniture", "en_gadget", "raw"): "the same disclosure",
    ("body", "en_gadget", "raw"): "a list's lead-in that ends with a colon, after a crosshead under a related link and"
    " an advert, is no paragraph to the span, which ends above them (letting it be one won 4 pages of lines and lost 3"
    " of raw on the corpus)",
    ("body", "en_contributor", "raw"): "an `Editors' Pick` box whose third headline the raw dump cuts into two"
    " sentences: no box to the teaser rule, and kept",
    ("furniture", "en_contributor", "raw"): "the same box",
    ("furniture", "en_finance", "lines"): "the names of the video shows under the players (`Trading Floor`), and a"
    " disclosure, which a corpus page keeps in its body",
    ("furniture", "en_finance", "raw"): "the same show names and disclosure",
    ("furniture", "en_medium", "lines"): "a newsletter box with no field, whose prompt names no newsletter (`One essay,"
    " one tool and one question ... every Sunday.`), and the highlighted sentence set again",
    ("furniture", "en_medium", "raw"): "the same box and sentence",
    ("body", "en_medium", "raw"): "the same box, which the raw dump glues into sentences the classifier keeps",
    ("furniture", "en_tabloid2", "lines"): "a `RELATED ARTICLES` carousel inside the story: its controls (`Previous`,"
    " `1`, `Next`) and a share line stand between its heading, its headlines and the story going on",
    ("furniture", "en_tabloid2", "raw"): "the same carousel",
    ("authors", "en_factcheck", "lines"): "the fact-checking site's name after the writer's (`Dana Whitcomb, ClaimWatch"
    " Michigan`) reads as a second name",
    ("authors", "en_factcheck", "raw"): "the same byline",
    ("body", "en_factcheck", "lines"): "the claim box under the headline (`Claim:`, `Claimed by:`, `Rating:`) and the"
    " rating widget inside the story: lines of `Label: value` the span keeps as a fact box",
    ("furniture", "en_factcheck", "lines"): "the same claim box, widget and pull quote",
    ("furniture", "en_factcheck", "raw"): "the same claim box, widget and pull quote",
    ("furniture", "en_hearst", "lines"): "the writers' role line (`Staff Writer`) of a chain paper's byline",
    ("furniture", "en_india", "raw"): "the same attribution",
    ("furniture", "en_music", "lines"): "a chart box inside the story (`Spinwire Hot 100`, a week, then a position, a"
    " title and an artist a line each): no teaser list's shape",
    ("furniture", "en_music", "raw"): "the same chart box",
    ("body", "en_music", "raw"): "the same chart box, glued to the story's lines",
    ("furniture", "en_nfl", "lines"): "a fantasy football promo card inside the story (a kicker in capitals, a"
    " headline, `See Rankings`)",
    ("furniture", "en_nfl", "raw"): "the same promo card",
    ("credit", "en_space", "lines"): "a credit in brackets after `Image: ©` (`(Image: © SpaceX)`) is read with its `©`",
    ("credit", "en_space", "raw"): "the same credit",
    ("body", "en_space", "lines"): "a deals box inside the story, its prices and buttons each on a line of their own"
    " (`$899.99`, `$749`, `View Deal`, `at Amazon`), and the site's forum and tip lines",
    ("body", "en_space", "raw"): "the same deals box",
    ("furniture", "en_space", "lines"): "the same deals box and lines",
    ("furniture", "en_space", "raw"): "the same deals box and lines",
    ("body", "es_sidebar", "raw"): "a newsletter box, a related link and a crosshead, then a paragraph that scores"
    " 0.61, under the 0.7 a paragraph needs for the span to grow across such a box",
    ("body", "en_uk_national", "raw"): "a newsletter box between the story's first paragraphs and the rest: the"
    " paragraph above it scores 0.42, under the 0.7 a paragraph needs for the span to grow across such a box",
    ("furniture", "en_uk_national", "raw"): "a pull quote the raw dump glues between two paragraphs: it has no line of"
    " its own",
    ("furniture", "pl_sport", "lines"): "a pull quote of five words (`„Szymek wszedł bez żadnego strachu”`): a"
    " quotation that short is as often a quoted crosshead, which a corpus page keeps in its body",
    ("furniture", "pl_sport", "raw"): "the same pull quote",
    ("furniture", "da_news", "lines"): "a pull quote whose sentence the paragraph ends with a comma and `siger hun`:"
    " a corpus page keeps such a line",
    ("furniture", "fi_news2", "lines"): "the author's bio, which the byline's names would have found, and the `Mainos`"
    " label glued into one unit with the note under it",
    ("furniture", "fi_news2", "raw"): "the same bio and label",
    ("authors", "ko_daily", "raw"): "the byline glued to the headline above it and the dateline below it"
    " (`…집에 간다”대전=이도윤 기자 doyoon@…입력 2024.07.16`): Korean shows no capital where the blocks meet",
    ("credit", "id_portal", "raw"): "the outlet's credit glued after the caption's last sentence (`...5 kg.LINTASNUSA"
    ".com/DINDA AYU LESTARI`) reads as a web address, where no cut is made",
    ("body", "ja_news", "raw"): "an `あわせて読みたい` box of three headlines glued to each other, with no sentence"
    " end or marker between them: one block the box rule cannot count",
    ("body", "zh_tw", "raw"): "a box of three headlines, the tags and a share bar glued into the paragraphs around"
    " them, with no sentence end between them",
    ("furniture", "ja_it", "raw"): "a pull quote glued after the paragraph it repeats and glued to an ad label"
    " (`…距離がある」広告`), and a box of headlines glued to each other",
    ("furniture", "ja_news", "raw"): "the same `あわせて読みたい` box of glued headlines",
    ("furniture", "ko_daily", "lines"): "a `관련기사` box of three links under the story, with no paragraph after it:"
    " the marker takes its first link, the box rule needs the story to go on below it",
    ("furniture", "zh_tw", "raw"): "the same box of glued headlines, the tags and a pull quote glued to the"
    " paragraph it repeats",
    ("authors", "ar_gulf", "lines"): "a place and the names with `و` (and) glued to the second one (`دبي: ريم"
    " الحمادي ومحمد الزعابي`), just above the first paragraph: in a script without capitals, two words after a"
    " place read as a headline's clause as well as a name",
    ("authors", "ar_gulf", "raw"): "the same byline as in the lines dump",
    ("furniture", "ar_gulf", "lines"): "the author's bio under her name in a box at the end: with no author found,"
    " nothing names her",
    ("furniture", "ar_gulf", "raw"): "the same bio as in the lines dump",
    ("body", "en_ng", "raw"): "the story's first half, before a fact box, a messenger prompt and an `Also Read:`"
    " box glued together, reads as teasers above the article: the span starts at the crosshead after them",
    ("furniture", "fa_news", "raw"): "a pull quote glued after the paragraph it repeats, without its final stop",
    ("furniture", "th_news", "lines"): "a pull quote in Thai, whose words no space parts (a pull quote needs four"
    " words), and the second link of an `อ่านเพิ่มเติม` box, whose headlines are counted in words too",
    ("authors", "th_news", "raw"): "the byline glued to the dateline and the toolbar: Thai ends no sentence with a"
    " mark, so nothing cuts the glued lines apart",
    ("body", "th_news", "raw"): "the toolbar, a caption's credit and the tags glued into the paragraphs around"
    " them, for the same reason",
    ("furniture", "th_news", "raw"): "the same glued toolbar, pull quote and box as above",
    ("furniture", "nl_2025", "raw"): "the share bar, tags, follow button and bio heading after the story, glued"
    " to the correction line that ends it",
    ("furniture", "en_uk_2025", "raw"): "a reader-funding appeal's amount buttons and payment line, glued after the"
    " appeal (as on `en_broadsheet`)",
    ("authors", "en_in_2025", "lines"): "a place after the name (`Written By: Ritika Saxena, New Delhi`) reads as a"
    " second author, as on `cs_portal`",
    ("authors", "en_in_2025", "raw"): "the same byline as in the lines dump",
    ("furniture", "en_us_sports", "lines"): "an `Up Next` box of the next game (its date and time, the teams) inside"
    " the story",
    ("furniture", "en_us_sports", "raw"): "the same box",
    ("furniture", "es_mx_2025", "raw"): "a pull quote and its attribution, and a messenger prompt, glued to the"
    " paragraphs around them",
    ("furniture", "fr_finance", "lines"): "a pull quote whose sentence the paragraph follows with a comma and who said"
    " it (`« ... », a-t-il ...`), as on `nl_2019`",
    ("furniture", "fr_finance", "raw"): "the same pull quote",
    ("furniture", "uk_2025", "lines"): "a source line naming no agency (`Джерело: Житомирська міська рада, ...`), and a"
    " share button the classifier kept under it",
    ("furniture", "uk_2025", "raw"): "the same lines",
    ("authors", "pl_tv", "lines"): "the byline stands under the story, with its marker (`Autorka/Autor: ...`): a"
    " marker's byline is read near the headline only, and a closing byline has no marker",
    ("authors", "pl_tv", "raw"): "the same byline",
    ("body", "pl_tv", "lines"): "a video box (its play button, title and running time), the source and photo-source"
    " lines and the author's bio under the story",
    ("furniture", "pl_tv", "lines"): "the same lines",
    ("furniture", "pl_tv", "raw"): "the video box",
    ("body", "de_tv", "lines"): "a broadcaster's video box (`Video abspielen`, a title, the show and its date, `2:37"
    " Min`) and the programme line under the story (`Dieses Thema im Programm: ...`)",
    ("furniture", "de_tv", "lines"): "the same lines",
    ("furniture", "de_tv", "raw"): "the same lines",
    ("furniture", "de_tech_2025", "lines"): "a price comparison box (`Preisvergleich`, models, `ab 219,00 €`)",
    ("furniture", "de_tech_2025", "raw"): "the same box",
    ("furniture", "es_finance", "lines"): "a premium teaser's label above a label line (`Premium` | `Exclusivo"
    " suscriptores`)",
    ("furniture", "es_finance", "raw"): "the same label",
    ("authors", "pt_pt_2025", "lines"): "a place between the two names (`Marta Gouveia, em Peniche, e Duarte Lemos`)",
    ("authors", "pt_pt_2025", "raw"): "the same byline",
    ("body", "pt_pt_2025", "lines"): "a `Recomendamos` box with a subscribers' label among its headlines, a messenger"
    " prompt that names no messenger (`Receba as notícias ... no canal do Meridiano.`) and the author's bio",
    ("body", "pt_pt_2025", "raw"): "the same lines",
    ("furniture", "pt_pt_2025", "lines"): "the same lines",
    ("furniture", "pt_pt_2025", "raw"): "the same lines",
}


def cases(field: str) -> list:
    """(language, style) parameters for the test of `field`, the known gaps marked as expected failures; a page
    with no such thing (a blog post without a related link or a credited photo: `""`) has no case for it."""
    return [
        pytest.param(
            lang,
            style,
            id=f"{lang}-{style}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[field, lang, style])]
            if (field, lang, style) in KNOWN_GAPS
            else [],
        )
        for lang in LANGUAGES
        if EXPECTED[lang].get(field, True) != ""
        for style in STYLES
    ]


# --- the raw style --------------------------------------------------------------------------
# A naive scraper (`get_text()` with no separator) keeps the whitespace that stands between the
# page's elements in its source: list items (menus, teasers, footer links) stand on lines of their
# own, while `</p><p>` and the inline buttons of a share bar stand side by side, so their texts
# glue (`…said on Monday.The minister`, `things.Share`, `ShareFacebookTwitter`). The rule, for
# two successive lines a, b of the lines dump:
#   1. both one word, in a run of one-word lines that names a social network (a share bar): glued;
#   2. a is prose (6+ words ending a sentence): glued, whatever follows (paragraph, caption,
#      related line, credit, share bar, teaser heading);
#   3. b is prose after something that is not: a blank line (a new block of the page);
#   4. otherwise: a line break.
_SOCIAL = {"Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "ВКонтакте"}
_SENTENCE_END = tuple('.!?…"»”。！？」؟')
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _is_prose(line: str) -> bool:
    # Chinese and Japanese write no space between words: count two characters a word there.
    words = len(line) // 2 if len(_CJK.findall(line)) > len(line) // 2 else len(line.split())
    return words >= 6 and line.endswith(_SENTENCE_END)


def _share_bar_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines in runs of one-word lines that hold a social network's name."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j].split()) == 1:
            j += 1
        if j > i and any(lines[k] in _SOCIAL for k in range(i, j)):
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def to_raw(lines_dump: str) -> str:
    """The raw-style dump of a lines-style dump.

    >>> page = "Menu\\nHome\\nHe said so on Monday night.\\nThe minister then left the room.\\nShare\\nFacebook"
    >>> print(to_raw(page), end="")
    Menu
    Home
    <BLANKLINE>
    He said so on Monday night.The minister then left the room.ShareFacebook
    """
    lines = lines_dump.splitlines()
    share = _share_bar_lines(lines)
    out = lines[:1]
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        if (i - 1 in share and i in share) or _is_prose(a):
            sep = ""
        elif _is_prose(b):
            sep = "\n\n"
        else:
            sep = "\n"
        out.append(sep + b)
    return "".join(out) + "\n"


# --- comparing ------------------------------------------------------------------------------
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


def fold(text: str | None) -> str | None:
    """Quote style and spacing do not count: `clean` turns curly quotes straight by default."""
    if text is None:
        return None
    return " ".join(text.translate(_QUOTES).split())


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text))


def f1(predicted: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of `\\w+` token multisets (the benchmark's measure, unigrams)."""
    got, want = tokens(predicted), tokens(expected)
    tp = sum((got & want).values())
    precision = tp / sum(got.values()) if got else 0.0
    recall = tp / sum(want.values()) if want else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)


@cache
def cleaned(lang: str, style: str) -> articleclean.Article:
    return articleclean.clean((DATA / f"{lang}_{style}.txt").read_text("utf-8"))


# --- the tests ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_raw_dump_is_derived_from_lines_dump(lang):
    lines_dump = (DATA / f"{lang}_lines.txt").read_text("utf-8")
    assert (DATA / f"{lang}_raw.txt").read_text("utf-8") == to_raw(lines_dump)


def check(got, want) -> None:
    assert got == want, f"got {got!r}, expected {want!r}"


@pytest.mark.parametrize("lang, style", cases("title"))
def test_title(lang, style):
    check(fold(cleaned(lang, style).title), fold(EXPECTED[lang]["title"]))


@pytest.mark.parametrize("lang, style", cases("site_name"))
def test_site_name(lang, style):
    check(fold(cleaned(lang, style).site_name), fold(EXPECTED[lang]["site_name"]))


@pytest.mark.parametrize("lang, style", cases("published"))
def test_published_day(lang, style):
    published = cleaned(lang, style).published
    check(published.date().isoformat() if published else None, EXPECTED[lang]["published"])


@pytest.mark.parametrize("lang, style", cases("authors"))
def test_authors(lang, style):
    check([fold(a) for a in cleaned(lang, style).authors], [fold(a) for a in EXPECTED[lang]["authors"]])


@pytest.mark.parametrize("lang, style", cases("related"))
def test_related_title(lang, style):
    titles = [fold(r.title) for r in cleaned(lang, style).related]
    want = fold(EXPECTED[lang]["related"])
    assert want in titles, f"related {titles!r}, expected {want!r} among them"


@pytest.mark.parametrize("lang, style", cases("credit"))
def test_caption_credit(lang, style):
    captions = [(fold(c.text), fold(c.credit)) for c in cleaned(lang, style).captions]
    want = fold(EXPECTED[lang]["credit"])
    assert want in [credit for _, credit in captions], f"captions (text, credit) {captions!r}, expected credit {want!r}"


@pytest.mark.parametrize("lang, style", cases("body"))
def test_body_words(lang, style):
    got = "\n".join(cleaned(lang, style).paragraphs)
    want = "\n".join(EXPECTED[lang]["paragraphs"])
    precision, recall, score = f1(got, want)
    extra = sorted((tokens(got) - tokens(want)).elements())
    missing = sorted((tokens(want) - tokens(got)).elements())
    assert score >= MIN_F1, f"F1 {score:.3f} (P {precision:.3f}, R {recall:.3f}); extra {extra}; missing {missing}"


def occurrences(text: str, line: str) -> int:
    """How often `line` stands in `text` as whole words; a raw dump's glue counts as a word
    boundary (`…morgen.TeilenFacebook` holds `Teilen` and `Facebook`, `Autobahn` holds no `Auto`)."""
    count = 0
    start = text.find(line)
    while start != -1:
        end = start + len(line)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        left = not before.isalnum() or not line[0].isalnum() or (before.islower() and line[0].isupper())
        right = not after.isalnum() or not line[-1].isalnum() or after.isupper()
        count += left and right
        start = text.find(line, start + 1)
    return count


@pytest.mark.parametrize("lang, style", cases("furniture"))
def test_no_furniture_in_body(lang, style):
    """No furniture line stands in the paragraphs, alone or glued to other text, more often than
    in the article's own lines (`Auto` is a menu item and a word of the story; a caption or
    dateline left in the body is the body test's business, not this one's)."""
    got = fold("\n".join(cleaned(lang, style).paragraphs))
    furniture = dict.fromkeys(fold(line) for line in EXPECTED[lang]["furniture"])
    page = [fold(line) for line in (DATA / f"{lang}_lines.txt").read_text("utf-8").splitlines()]
    headline = fold(EXPECTED[lang]["title"])  # the page title (first line) and the headline are no paragraph's
    own_text = "\n".join(line for line in page[1:] if line not in furniture and line != headline)
    leaked = [line for line in furniture if occurrences(got, line) > occurrences(own_text, line)]
    assert not leaked, f"furniture in the paragraphs: {leaked!r}"


if __name__ == "__main__":  # regenerate the raw dumps from the lines dumps
    for path in sorted(DATA.glob("*_lines.txt")):
        target = path.with_name(path.name.replace("_lines", "_raw"))
        target.write_text(to_raw(path.read_text("utf-8")), "utf-8")
        print(target, file=sys.stderr)
