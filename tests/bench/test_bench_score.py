"""Unit tests of the benchmark's scoring, and a smoke run of the harness."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bench import score
from bench.run import DEFAULT_CORPUS, Corpus, main, run_system
from bench.systems import DUMP, HTML, Prediction, System, justext_language

# -- tokens and shingles --------------------------------------------------------


def test_tokens_are_unicode_words_split_on_punctuation() -> None:
    assert score.tokenize("complicated.According to Füße, 東京 naïve_x!") == [
        "complicated", "According", "to", "Füße", "東京", "naïve_x",
    ]  # fmt: skip
    assert score.tokenize(None) == []


def test_shingles_count_repeats() -> None:
    assert score.shingles("a b c d a b c d") == Counter(
        {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1, ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}
    )


def test_short_text_is_one_shingle_and_empty_text_none() -> None:
    assert score.shingles("Hello, world") == Counter({("Hello", "world"): 1})
    assert score.shingles(" ... ") == Counter()


# -- page scores ----------------------------------------------------------------


def test_identical_texts() -> None:
    page = score.score_page("One two three four five.", "One two three four five")
    assert (page.tp, page.fp, page.fn) == (1.0, 0.0, 0.0)
    assert page.precision == page.recall == page.f1 == 1.0


def test_disjoint_texts() -> None:
    page = score.score_page("a b c d", "e f g h")
    assert (page.tp, page.fp, page.fn) == (0.0, 0.5, 0.5)
    assert page.precision == page.recall == page.f1 == 0.0


def test_partial_overlap_is_normalised_by_the_page_total() -> None:
    page = score.score_page("a b c d e", "a b c d x")
    assert page.tp == page.fp == page.fn == pytest.approx(1 / 3)
    assert page.precision == page.recall == pytest.approx(0.5)


def test_repeated_prediction_costs_precision() -> None:
    page = score.score_page("a b c d a b c d", "a b c d")
    assert (page.tp, page.fp, page.fn) == pytest.approx((0.2, 0.8, 0.0))
    assert page.precision == pytest.approx(0.2)
    assert page.recall == 1.0


def test_short_texts_are_case_sensitive() -> None:
    assert score.score_page("Hello world", "Hello world").f1 == 1.0
    assert score.score_page("hello world", "Hello world").f1 == 0.0


def test_empty_prediction_counts_in_recall_only() -> None:
    empty = score.score_page("", "a b c d")
    assert (empty.predicted, empty.expected) == (False, True)
    summary = score.summarize([empty, score.score_page("a b c d", "a b c d")])
    assert summary.precision == 1.0
    assert summary.recall == 0.5
    assert summary.f1 == pytest.approx(2 / 3)


def test_page_with_nothing_expected_nor_predicted_is_left_out() -> None:
    nothing = score.score_page("", "")
    assert (nothing.predicted, nothing.expected) == (False, False)
    summary = score.summarize([nothing, score.score_page("a b c d e", "a b c d x")])
    assert (summary.precision, summary.recall) == pytest.approx((0.5, 0.5))


def test_f1_is_harmonic_mean_of_the_averages_not_mean_of_page_f1() -> None:
    pages = [score.score_page("a b c d e f g", "a b c d"), score.score_page("a b c d", "a b c d e f g")]
    summary = score.summarize(pages)
    assert summary.precision == pytest.approx((0.25 + 1) / 2)
    assert summary.recall == pytest.approx((1 + 0.25) / 2)
    assert summary.f1 == pytest.approx(0.625)
    assert score.summarize([]) == score.BodySummary(0.0, 0.0, 0.0)


# -- titles ---------------------------------------------------------------------


@pytest.mark.parametrize("separator", [" | ", " - ", " – ", " — ", " :: "])
def test_title_without_site_suffix_counts(separator: str) -> None:
    declared = f"Home Depot sales miss, shares plunge{separator}Fox Business"
    assert score.strip_site_suffix(declared) == "Home Depot sales miss, shares plunge"
    assert score.title_ok("Home Depot sales miss, shares plunge", declared)
    assert score.title_ok(declared, declared)


def test_only_the_last_separator_is_cut() -> None:
    declared = "Brexit - what next | The Paper"
    assert score.strip_site_suffix(declared) == "Brexit - what next"
    assert score.title_ok("Brexit: what next", declared)
    assert not score.title_ok("Brexit", declared)
    assert score.strip_site_suffix("No separator-here") == "No separator-here"


def test_title_overlap_threshold_both_ways_ignoring_case() -> None:
    declared = "One two three four five"
    assert score.title_ok("ONE TWO THREE FOUR", declared)  # 4/4 and 4/5
    assert not score.title_ok("one two three", declared)  # 3/5 of the declared
    assert not score.title_ok("one two three four five six seven", declared)  # 5/7 of the predicted
    assert not score.title_ok(None, declared)
    assert not score.title_ok("", declared)


# -- days -------------------------------------------------------------------------


def test_day_is_taken_as_given_without_timezone_conversion() -> None:
    late_evening = datetime(2019, 11, 19, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert score.day_ok(late_evening, "2019-11-19")
    assert not score.day_ok(late_evening, "2019-11-20")


def test_day_from_date_string_or_nothing() -> None:
    assert score.day_ok(date(2018, 10, 12), "2018-10-12")
    assert score.day_ok("2018-10-12T09:00:00+09:00", "2018-10-12")
    assert not score.day_ok("October 12, 2018", "2018-10-12")
    assert not score.day_ok(None, "2018-10-12")


def test_accuracy_counts_only_declared_pages() -> None:
    assert score.accuracy([True, False, None, True, None]) == (pytest.approx(2 / 3), 3)
    assert score.accuracy([None]) == (0.0, 0)


# -- harness ---------------------------------------------------------------------


def _tiny_corpus(root: Path) -> Corpus:
    (root / "dumps" / "lines").mkdir(parents=True)
    (root / "html").mkdir()
    truth = {"p1": {"articleBody": "a b c d", "url": "u1"}, "p2": {"articleBody": "e f g h", "url": "u2"}}
    meta = {"p1": {"url": "u1", "title": "T one", "published_day": "2020-01-02"}, "p2": {"url": "u2", "title": None}}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (root / "page-metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    for pid in truth:
        (root / "dumps" / "lines" / f"{pid}.txt").write_text(f"{pid} a b c d", encoding="utf-8")
        with gzip.open(root / "html" / f"{pid}.html.gz", "wt", encoding="utf-8") as handle:
            handle.write(f"<html><body><p>{pid}</p></body></html>")
    return Corpus.load(root)


def test_failing_page_scores_empty_and_records_the_error(tmp_path: Path) -> None:
    def load():
        def extract(text: str) -> Prediction:
            if text.startswith("p2"):
                raise ValueError("boom")
            return Prediction("a b c d", "T one", "2020-01-02")

        return extract

    run = run_system(_tiny_corpus(tmp_path), "lines", System("fake", DUMP, load, titles=True, dates=True))
    assert run.pages["p1"].score.f1 == 1.0 and run.pages["p1"].title_ok and run.pages["p1"].day_ok
    assert run.pages["p2"].error == "ValueError: boom"
    assert run.pages["p2"].score.recall == 0.0 and run.pages["p2"].title_ok is None
    row = run.summary()
    assert (row["precision"], row["recall"], row["errors"], row["title_n"], row["day_n"]) == (1.0, 0.5, 1, 1, 1)
    assert row["input_mb"] == pytest.approx(2 * len("p1 a b c d") / 1e6)


def test_missing_package_is_reported_not_raised(tmp_path: Path) -> None:
    def load():
        raise ModuleNotFoundError("No module named 'nopkg'", name="nopkg")

    run = run_system(_tiny_corpus(tmp_path), "html", System("absent", HTML, load))
    assert run.status == "not installed (nopkg)"
    assert run.summary() == {
        "track": "html", "system": "absent", "version": None, "status": "not installed (nopkg)", "pages": 0,
    }  # fmt: skip


def test_justext_language_from_html_lang() -> None:
    assert justext_language('<html lang="de-DE"><body>') == "German"
    assert justext_language("<html lang=ja>") == "English"
    assert justext_language("<html>") == "English"


@pytest.mark.skipif(
    not (DEFAULT_CORPUS / "ground-truth.json").is_file(),
    reason=f"benchmark corpus not found at {DEFAULT_CORPUS} (expected at ../shared/data/ beside the repo clone)",
)
def test_smoke_run_on_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    argv = ["--limit", "2", "--tracks", "lines", "--systems", "keep-everything", "--json", str(out)]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "(2 pages)" in printed
    assert "| lines | keep-everything |" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    (row,) = report["summary"]
    assert row["status"] == "ok" and row["pages"] == 2 and 0 < row["recall"] <= 1
    pages = report["pages"]["lines"]["keep-everything"]
    assert sorted(pages) == report["page_ids"] and len(pages) == 2
    assert set(next(iter(pages.values()))) >= {"precision", "recall", "title_ok", "day_ok", "error"}


@pytest.mark.skipif(
    not (DEFAULT_CORPUS / "ground-truth.json").is_file(),
    reason=f"benchmark corpus not found at {DEFAULT_CORPUS} (expected at ../shared/data/ beside the repo clone)",
)
def test_smoke_run_of_articleclean_on_every_track(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """CI's quick version of the benchmark: articleclean on three pages of each track, no page failing."""
    out = tmp_path / "bench.json"
    argv = [
        "--limit",
        "3",
        "--tracks",
        "lines,raw,html",
        "--systems",
        "articleclean,keep-everything",
        "--json",
        str(out),
    ]
    assert main(argv) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = {(row["track"], row["system"]): row for row in report["summary"]}
    for track in ("lines", "raw", "html"):
        row = rows[(track, "articleclean")]
        assert row["status"] == "ok" and row["pages"] == 3
        assert row["errors"] == 0
        assert 0 < row["f1"] <= 1
