import regex

from articleclean.document import Label
from articleclean.sources.text import text_to_document


def test_find_by_pattern_and_by_literals():
    doc = text_to_document("Alpha ©\nbeta\nRead more: x\ngamma read\n© delta")
    assert [p.text for p in doc.find(regex.compile("©"))] == ["Alpha ©", "© delta"]
    assert [p.text for p in doc.find(literals=("©",))] == ["Alpha ©", "© delta"]
    assert [p.text for p in doc.find(literals=("\nread",), fold_case=True)] == ["Read more: x"]
    assert [p.text for p in doc.find(literals=("read",), fold_case=True)] == ["Read more: x", "gamma read"]


def test_find_skips_decided_pieces():
    doc = text_to_document("a ©\nb ©")
    doc.pieces[0].label = Label.DROPPED
    assert [p.text for p in doc.find(literals=("©",))] == ["b ©"]


def test_split_keeps_line_and_block_start():
    doc = text_to_document("x\n\nhead | Site\nz")
    head, site = doc.split(doc.pieces[1], ["head", "Site"])
    assert [p.text for p in doc.pieces] == ["x", "head", "Site", "z"]
    assert (head.line, site.line, head.new_block, site.new_block) == (3, 3, True, False)
