import io
import json
import tarfile

from bench.newspaper4k_corpus import build, lines_dump, raw_dump
from bench.run import Corpus

PAGE = (
    "<html><head><title>T</title><style>p{}</style></head><body><nav><a>Home</a><a>World</a></nav>"
    "<p>The minister <a>resigned</a> on Monday.</p><p>She had been in office for a year.</p>"
    "<script>var x = 1;</script></body></html>"
)


def test_dumps_are_made_the_dev_corpus_way():
    expected = "T\nHome\nWorld\nThe minister\nresigned\non Monday.\nShe had been in office for a year.\n"
    assert lines_dump(PAGE) == expected
    assert raw_dump(PAGE) == "THomeWorldThe minister resigned on Monday.She had been in office for a year.\n"


def _add(archive: tarfile.TarFile, name: str, text: str) -> None:
    data = text.encode()
    info = tarfile.TarInfo(f"newspaper4k-0.9.6/tests/data/{name}")
    info.size = len(data)
    archive.addfile(info, io.BytesIO(data))


def test_a_source_distribution_becomes_a_corpus_bench_run_reads(tmp_path):
    sdist = tmp_path / "newspaper4k-0.9.6.tar.gz"
    with tarfile.open(sdist, "w:gz") as archive:
        _add(archive, "html/minister.html", PAGE)
        _add(archive, "txt/minister.txt", "The minister resigned on Monday.\n\nShe had been in office for a year.")
        _add(archive, "metadata/minister.json", json.dumps({"title": "T", "publish_date": "2024-03-04T10:00:00"}))
        _add(archive, "html/no_text.html", PAGE)  # no expected text: left out
    assert build(sdist, tmp_path / "corpus") == 1
    corpus = Corpus.load(tmp_path / "corpus")
    assert corpus.ids == ["minister"]
    assert corpus.declared("minister", "published_day") == "2024-03-04"
    assert corpus.read("html", "minister") == PAGE
    assert corpus.read("raw", "minister") == raw_dump(PAGE)
