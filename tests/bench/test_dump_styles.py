"""The dump styles of `bench.dump_styles`: what each keeps of a page."""

from __future__ import annotations

from bench.dump_styles import lxml_dump, regex_dump, spaced_dump

PAGE = """<html><head><title>Man flies | Daily Planet</title>
<script>window.DATA = {"a": 1};</script><style>p { color: red; }</style></head>
<body><nav><a href="/">Home</a></nav><h1>Man flies</h1><p>He flew over the city on Monday.</p>
<p>Witnesses   said so.</p></body></html>"""


def test_lxml_and_regex_dumps_keep_scripts_and_styles():
    for dump in (lxml_dump(PAGE), regex_dump(PAGE)):
        assert 'window.DATA = {"a": 1};' in dump
        assert "p { color: red; }" in dump
        assert "He flew over the city on Monday." in dump
        assert "\n\n\n" not in dump  # blank runs folded, as in the corpus's raw dumps


def test_spaced_dump_is_one_line_without_scripts():
    dump = spaced_dump(PAGE)
    assert "\n" not in dump
    assert "window.DATA" not in dump
    assert dump == "Man flies | Daily Planet Home Man flies He flew over the city on Monday. Witnesses   said so."
