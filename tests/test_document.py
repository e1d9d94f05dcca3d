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


def test_split_keeps_line_and_block_start_and_names_the_filter_that_cut():
    doc = text_to_document("x\n\nhead | Site\nz")
    doc.current_filter = "find_headline"
    head, site = doc.split(doc.pieces[1], ["head", "Site"])
    assert head.data == site.data == {"cut_by": "find_headline"}
    assert [p.text for p in doc.pieces] == ["x", "head", "Site", "z"]
    assert (head.line, site.line, head.new_block, site.new_block) == (3, 3, True, False)


def test_split_each_splits_many_pieces_in_one_pass_like_split_one_by_one():
    text = "x\nOne.Two\ny\nThree.Four\nz"
    by_one, at_once = text_to_document(text), text_to_document(text)
    for piece in [by_one.pieces[1], by_one.pieces[3]]:
        by_one.split(piece, piece.text.replace(".", ". ").split())
    new = at_once.split_each({piece: piece.text.replace(".", ". ").split() for piece in at_once.pieces[1::2]})
    assert [(p.text, p.line, p.new_block) for p in at_once.pieces] == [
        (p.text, p.line, p.new_block) for p in by_one.pieces
    ]
    assert [[p.text for p in parts] for parts in new.values()] == [["One.", "Two"], ["Three.", "Four"]]
    assert all(part in at_once.pieces for parts in new.values() for part in parts)


def test_split_each_can_keep_the_piece_data_on_its_first_part_under_the_latest_cutter():
    doc = text_to_document("One.Two")
    piece = doc.pieces[0]
    piece.data.update({"glued": True, "cut_by": "split_glued_text"})
    doc.current_filter = "split_glue_soups"
    first, second = doc.split_each({piece: ["One.", "Two"]}, keep_data=True)[piece]
    assert first.data == {"glued": True, "cut_by": "split_glue_soups"}
    assert second.data == {"cut_by": "split_glue_soups"}
