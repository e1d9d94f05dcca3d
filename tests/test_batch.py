"""JSON Lines batches: order kept, bad records reported in place, shards, several workers, streamed and
compressed input."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import multiprocessing
import os
import subprocess
import sys
from itertools import islice

import pytest
from testdata import FIXTURES

from articleclean import batch
from articleclean.batch import WORKER_DIED, Shard, clean_lines, read_lines
from articleclean.cli import EXIT_UNREADABLE


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


def run_batch(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "articleclean", "--jsonl", "--workers", "1", *args], input=stdin, capture_output=True
    )


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
def test_compressed_input_is_read_as_plain_told_by_its_first_bytes(tmp_path, compress):
    plain = ("\n".join(records()) + "\n").encode()
    path = tmp_path / "records.data"  # the name says nothing: the first bytes do
    path.write_bytes(compress(plain))
    assert run_batch(str(path)).stdout == run_batch(stdin=plain).stdout
    assert run_batch(stdin=compress(plain)).stdout == run_batch(stdin=plain).stdout


def test_truncated_archive_keeps_the_records_before_and_says_so(tmp_path):
    lines = records() * 20
    path = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path.write_bytes(whole[: len(whole) * 2 // 3])
    result = run_batch(str(path))
    out = result.stdout.decode().splitlines()
    assert result.returncode == EXIT_UNREADABLE
    assert 0 < len(out) < len(lines)
    assert out == run_batch(stdin="\n".join(lines[: len(out)]).encode()).stdout.decode().splitlines()
    assert result.stderr.decode().count("\n") == 1 and "cut.jsonl.gz: cannot read" in result.stderr.decode()


def test_records_are_read_as_they_are_needed():
    # an endless input: the first records come out without the rest being read
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            line = b'{"id": 1, "text": "Headline of it\\n\\nThe body of it, in one sentence."}\n'
            buffer[: len(line)] = line
            return len(line)

    out = list(islice(clean_lines(read_lines(Endless()), workers=1), 3))
    assert [json.loads(line)["article"]["title"] for line, _ in out] == ["Headline of it"] * 3


def test_lines_end_at_newlines_only():
    # json.dumps(ensure_ascii=False) writes U+2028 as it is; str.splitlines would cut the record there
    record = json.dumps({"id": 1, "text": "Headline\n\nA body\u2028with a line separator."}, ensure_ascii=False)
    assert list(read_lines(io.BytesIO(record.encode() + b"\n"))) == [record]


def test_html_option_reaches_the_records():
    fragment = json.dumps({"text": "Breaking <b>news</b> of the day, said in one whole sentence."})
    as_text, as_html = run_batch(stdin=fragment.encode()), run_batch("--html", stdin=fragment.encode())
    assert "<b>" in as_text.stdout.decode()
    paragraphs = json.loads(as_html.stdout)["article"]["paragraphs"]
    assert paragraphs == ["Breaking news of the day, said in one whole sentence."]


@pytest.mark.parametrize("option", [("--explain",), ("--format", "text"), ("--format", "markdown")])
def test_options_for_single_inputs_are_refused_in_batch_mode(option):
    result = run_batch(*option, stdin=b'{"text": "x"}')
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and result.stdout == b""


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers inherit the patch by fork")
def test_a_record_that_kills_its_worker_fails_alone(monkeypatch):
    # what the kernel's out-of-memory killer or a crash in a C library does to a worker process
    clean = batch._PIPELINE.clean

    def clean_or_die(raw, **options):
        if raw == "KILL":
            os._exit(9)
        return clean(raw, **options)

    monkeypatch.setattr(batch._PIPELINE, "clean", clean_or_die)
    lines = records() * 30
    lines[100] = json.dumps({"id": "deadly", "text": "KILL"})
    results = list(clean_lines(lines, workers=2))
    harmless = [*lines[:100], json.dumps({"id": "deadly", "text": "harmless"}), *lines[101:]]
    expected = list(clean_lines(harmless, workers=1))
    assert len(results) == len(lines)
    assert results[:100] + results[101:] == expected[:100] + expected[101:]
    assert json.loads(results[100][0]) == {"line": 101, "id": "deadly", "error": WORKER_DIED}
    assert results[100][1]
