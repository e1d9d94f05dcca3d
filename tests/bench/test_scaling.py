"""A smoke run of the scaling benchmark (its timings are read by people, not asserted)."""

from __future__ import annotations

from bench import scaling


def test_grow_repeats_a_pattern_to_at_least_the_size():
    assert scaling.grow("ab\n", 7) == "ab\nab\nab\n"
    assert scaling.grow("x", 3) == "xxx"


def test_scaling_bench_prints_a_row_a_pattern(capsys):
    scaling.main(["--size", "200", "--repeat", "1"])
    rows = capsys.readouterr().out.splitlines()[2:]
    assert len(rows) == len(scaling.PATTERNS)
    assert all(row.endswith(("| linear |", "| superlinear |")) for row in rows)
