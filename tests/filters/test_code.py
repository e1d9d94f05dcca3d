import articleclean
from articleclean.filters.code import drop_code, is_sure_code, split_code

CSS = [".article-body p {", "font-size: 18px;", "line-height: 1.5;", "}"]
JS = [
    "(function() {",
    "var ad = document.createElement('script');",
    "ad.async = true;",
    "f.parentNode.insertBefore(ad, f);",
    "})();",
]
JSON_LD = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm hits the coast"}'


def test_code_over_many_lines_is_dropped_line_by_line(run_filter):
    doc = run_filter(drop_code, "Storm hits the coast", *CSS, *JS, "The storm reached the coast on Monday night.")
    assert [p.label for p in doc.pieces] == [None] + ["dropped"] * (len(CSS) + len(JS)) + [None]
    assert all(p.reason == "script or style code" for p in doc.pieces if p.label == "dropped")


def test_a_code_shaped_line_alone_is_not_code(run_filter):
    # `display: block;` says little alone: among prose, with no sure line of code near it, it stays
    doc = run_filter(drop_code, "The rule was simple:", "display: block;", "and nothing else.")
    assert all(p.label is None for p in doc.pieces)


def test_prose_with_semicolons_brackets_and_pipes_is_not_code(run_filter):
    lines = [
        "in everything from a blog post; an email inbox; a webinar; a live video; a podcast; a stage",
        "Why Can't Taylor Swift Perform Her Own Songs? It's Complicated [Bloomberg]",
        "© 2019 NYP Holdings, Inc. All Rights Reserved | Terms of Use | Privacy | Sitemap",
        "[엔터미디어=소설가 박생강] 현재 MBC는 이유리 주연의 <숨바꼭질>로 승부를 보고 있으며",
        "==============================",
        "//www.example.com/news/local/story",
        "He said (at the time) that x = y was not the point; it never was.",
    ]
    doc = run_filter(drop_code, *lines)
    assert all(p.label is None for p in doc.pieces)


def test_text_glued_to_code_is_given_back(run_filter):
    line = 'All Rights Reserved.window.DATA = {"a": 1, "b": [2, 3], "c": {"d": 4}};Home News Sport'
    doc = run_filter(drop_code, line)
    assert [(p.text, p.label) for p in doc.pieces] == [
        ("All Rights Reserved.", None),
        ('window.DATA = {"a": 1, "b": [2, 3], "c": {"d": 4}};', "dropped"),
        ("Home News Sport", None),
    ]


def test_sure_code():
    assert is_sure_code(JSON_LD)
    assert is_sure_code("<!--")
    assert not is_sure_code("Storm hits the coast")


def test_split_code_keeps_code_whole_when_nothing_is_glued():
    assert split_code(JSON_LD) == [(JSON_LD, True)]


def test_article_text_before_code_on_one_long_line_is_given_back(run_filter):
    # `text_content()` glues a paragraph to the script after it; the paragraph may hold a `;`
    paragraph = "DEAR ABBY: My husband of 20 years bought tickets; we fly on Monday. I am not happy about it."
    script = 'window.dataLayer = window.dataLayer || [];dataLayer.push({"event": "pageview", "id": 7});' * 20
    doc = run_filter(drop_code, paragraph + script)
    assert [(p.text, p.label) for p in doc.pieces] == [(paragraph, None), (script, "dropped")]


def test_clean_drops_a_dumps_scripts_and_keeps_the_article():
    body = [
        "The storm reached the coast on Monday night, bringing down trees and power lines across the region.",
        "About 40,000 homes were without power on Tuesday morning, the utility company said in a statement.",
        "Forecasters expect calmer weather from Wednesday, although more rain is likely at the weekend.",
    ]
    dump = "\n".join(["Storm hits the coast | Example News", JSON_LD, *CSS, "Storm hits the coast", *body, *JS])
    article = articleclean.clean(dump)
    assert article.title == "Storm hits the coast"
    assert article.paragraphs == body
    dropped = [d.text for d in article.dropped if d.filter == "drop_code"]
    assert dropped == [JSON_LD, *CSS, *JS]


def text_parts(line: str) -> list[str]:
    return [part for part, is_code in split_code(line) if not is_code]


def test_the_words_of_code_strings_and_comments_are_not_given_back():
    # a script's messages and comments read as words, but stand among its calls, operators and keywords
    line = (
        'function _classCallCheck(instance,Constructor){if(!(instance instanceof Constructor)){throw new TypeError('
        '"Cannot call a class as a function")}}function f(){return typeof obj};var x = "Meter did not return '
        'any assign values";/* Increase line height on mobile articles */.x{border:1px solid silver;margin:0 2px}'
        ".y{-webkit-animation:grow1 1955ms infinite alternate;opacity: 0 !important}"
    )
    assert text_parts(line) == []


def test_the_pages_text_glued_after_code_is_given_back():
    line = 'function dyn(){var v=1};window.onresize=dynViewport Hong Kong chaos: China deploys troops{"a": 1}'
    assert text_parts(line) == ["Hong Kong chaos: China deploys troops"]


def test_prose_words_that_are_also_code_words_stay_text():
    # `new AMD`, `the function keys`, `for (most of)`: prose, after a code segment on the same line
    prose = "There is a new AMD graphics card, and the function keys are back for (most of) the range."
    assert text_parts("var a = {b: 1};" + prose) == [prose]
