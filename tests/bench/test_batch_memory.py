"""A smoke run of the batch memory benchmark (its figures are read by people, not asserted)."""

from __future__ import annotations

import json

from bench import batch_memory


def test_records_are_fixture_dumps_up_to_the_size(tmp_path):
    path = tmp_path / "r.jsonl"
    count = batch_memory.write_records(path, 0.02)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == count and path.stat().st_size >= 20_000
    assert [json.loads(line)["id"] for line in lines] == list(range(count))


def test_batch_memory_bench_prints_two_runs_and_their_ratio(capsys):
    batch_memory.main(["--mb", "0.01", "--workers", "1"])
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 6 and out[-1].startswith("peak memory ratio for 4x the input: ")
