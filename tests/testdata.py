"""Paths to the fixtures and to the benchmark corpus, for every test module."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"


def corpus_or_skip() -> Path:
    """The corpus folder, or skip the test saying where it was looked for."""
    if not CORPUS.is_dir():
        pytest.skip(f"benchmark corpus not found at {CORPUS}")
    return CORPUS
