"""JSON Lines batches: order kept, bad records reported in place, shards, several workers."""

from __future__ import annotations

import json
import subprocess
import sys

from testdata import FIXTURES

from articleclean.batch import Shard, clean_lines


def records() -> list[str]:
    dumps = sorted(FIXTURES.glob("*.txt"))
    lines = [json.dumps({"id": i, "text": path.read_text(encoding="utf-8")}) for i, path in enumerate(dumps)]
    return [*lines[:2], '{"id": "empty", "text": ""}', "not json", '{"id": "nofield"}', *lines[2:]]


def test_order_kept_and_bad_records_do_not_stop_the_batch():
    results = list(clean_lines(records(), workers=1))
    out = [json.loads(line) for line, _ in results]
    assert [failed for _, failed in results][:5] == [False, False, True, True, True]
    assert [r.get("id") for r in out][:5] == [0, 1, "empty", None, "nofield"]
    assert out[2] == {"line": 3, "id": "empty", "error": "input is empty"}
    assert out[3]["line"] == 4 and out[3]["error"].startswith("not a JSON object")
    assert "article" in out[-1] and out[-1]["article"]["paragraphs"]


def test_two_workers_give_the_same_output_as_one():
    lines = records() * 3
    assert list(clean_lines(lines, workers=2)) == list(clean_lines(lines, workers=1))


def test_shards_partition_the_input():
    lines = records()
    parts = [list(clean_lines(lines, workers=1, shard=Shard(k, 3))) for k in range(3)]
    assert sorted(sum(parts, [])) == sorted(clean_lines(lines, workers=1))


def test_cli_batch_exit_code_says_a_record_failed(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(records()) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "articleclean", "--jsonl", "--workers", "1", str(path)], capture_output=True
    )
    assert result.returncode == 1
    assert len(result.stdout.decode().splitlines()) == len(records())
