"""Many dumps at once: JSON Lines in, JSON Lines out, on every core, one shard of a cluster's share.

Each input line is a JSON object holding a dump (or page) in one field
(`text` by default); each output line is that object without the dump, plus
`article` (`Article.to_dict()`) or, for a record that could not be cleaned,
`error` and the input `line` number. A bad record never stops the batch, and output keeps input order.
Input is read a line at a time (a file of any size, gzip, bzip2 or xz compressed or not), so memory
stays flat however many records there are.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from articleclean.errors import InputError
from articleclean.pipeline import Pipeline

_PIPELINE = Pipeline()
_CHUNK = 64  # records a worker cleans per round trip: amortises pickling without hurting order


@dataclass(frozen=True)
class Shard:
    """Record `i` of the input belongs to shard `i % count`; a cluster runs one shard a machine.

    >>> Shard.parse("2/8")
    Shard(index=2, count=8)
    """

    index: int = 0
    count: int = 1

    @classmethod
    def parse(cls, text: str) -> Shard:
        try:
            index, count = (int(part) for part in text.split("/"))
        except ValueError:
            raise ValueError(f"shard must be K/N with whole numbers, not {text!r}") from None
        if not 0 <= index < count:
            raise ValueError(f"shard K/N needs 0 <= K < N, not {text!r}")
        return cls(index, count)

    def take(self, lines: Iterable[str]) -> Iterator[tuple[int, str]]:
        """The (line number, line) pairs of this shard."""
        for number, line in enumerate(lines, start=1):
            if (number - 1) % self.count == self.index:
                yield number, line


# how a compressed stream starts, and what reads it
_COMPRESSED: tuple[tuple[bytes, Any], ...] = (
    (b"\x1f\x8b", gzip.open),
    (b"BZh", bz2.open),
    (b"\xfd7zXZ\x00", lzma.open),
)


def decompressed(data: bytes) -> bytes:
    """`data` decompressed if it is gzip, bzip2 or xz (told by its first bytes), else as it is: a single
    dump or page may come compressed as a batch may.

    >>> decompressed(gzip.compress(b"Headline")), decompressed(b"Headline")
    (b'Headline', b'Headline')
    """
    for magic, opener in _COMPRESSED:
        if data.startswith(magic):
            with opener(io.BytesIO(data)) as stream:
                return stream.read()  # type: ignore[no-any-return]
    return data


def read_lines(stream: IO[bytes]) -> Iterator[str]:
    """The lines of a binary stream (without their line ends), decompressed if it is gzip, bzip2 or
    xz (told by its first bytes, not its name), decoded as UTF-8 (a bad byte becomes U+FFFD).
    Lines end at `\\n` only: a JSON string may hold a raw U+2028, which `str.splitlines` would cut.

    >>> list(read_lines(io.BytesIO(gzip.compress(b'{"a": 1}\\r\\n{"b": "\\xe2\\x80\\xa8"}'))))
    ['{"a": 1}', '{"b": "\u2028"}']
    """
    if not hasattr(stream, "peek"):  # looking at the first bytes without consuming them needs a buffer
        stream = io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    start = stream.peek(6)[:6]  # type: ignore[attr-defined]
    for magic, opener in _COMPRESSED:
        if start.startswith(magic):
            stream = opener(stream)
            break
    for line in stream:
        yield line.decode("utf-8", errors="replace").rstrip("\r\n")


def clean_line(line: str, field: str = "text", options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Clean the dump in one JSON line; errors become an `error` entry, never an exception.

    >>> clean_line('{"id": 7, "text": "Headline of it\\\\n\\\\nThe body, in one sentence."}')["article"]["title"]
    'Headline of it'
    >>> clean_line('{"id": 8, "text": ""}')
    {'id': 8, 'error': 'input is empty'}
    >>> clean_line('not json')["error"]
    'not a JSON object: Expecting value: line 1 column 1 (char 0)'
    """
    try:
        record = json.loads(line)
    except ValueError as error:
        return {"error": f"not a JSON object: {error}"}
    if not isinstance(record, dict):
        return {"error": "not a JSON object"}
    raw = record.pop(field, None)
    if not isinstance(raw, str):
        return {**record, "error": f"no text in field {field!r}"}
    try:
        article = _PIPELINE.clean(raw, **(options or {}))
    except InputError as error:
        return {**record, "error": str(error)}
    return {**record, "article": article.to_dict()}


# a chunk of (line number, line) records, the field holding the dump, the options of `clean`
_Job = tuple[list[tuple[int, str]], str, dict[str, Any]]


def _clean_chunk(args: _Job) -> list[tuple[str, bool]]:
    numbered, field, options = args
    out = []
    for number, line in numbered:
        result = clean_line(line, field, options)
        failed = "article" not in result
        if failed:  # say where the bad record is
            result = {"line": number, **result}
        out.append((json.dumps(result, ensure_ascii=False), failed))
    return out


def clean_lines(
    lines: Iterable[str],
    field: str = "text",
    workers: int | None = None,
    shard: Shard = Shard(),
    options: dict[str, Any] | None = None,
) -> Iterator[tuple[str, bool]]:
    """(output JSON line, whether the record failed) for the non-blank input lines of this shard,
    in order, cleaned on `workers` processes."""
    records = ((number, line) for number, line in shard.take(lines) if line.strip())
    chunks = iter(lambda: list(islice(records, _CHUNK)), [])
    jobs = ((chunk, field, options or {}) for chunk in chunks)
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        for job in jobs:
            yield from _clean_chunk(job)
        return
    yield from _clean_in_pool(jobs, workers)


WORKER_DIED = "the process cleaning this record died (killed, out of memory, or a crash in a C library)"


def _clean_in_pool(jobs: Iterator[_Job], workers: int) -> Iterator[tuple[str, bool]]:
    """`_clean_chunk` of each job on a pool of `workers` processes, in order.

    A worker that dies (the kernel's out-of-memory killer, a crash in a C library) breaks the whole
    pool: the pool is started again, the chunks in flight are sent again, and the chunk being waited
    for is cleaned one record a process, so that only the record that kills its process fails.
    """
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        # A bounded window of chunks in flight keeps memory flat on inputs of any size.
        pending = deque((job, pool.submit(_clean_chunk, job)) for job in islice(jobs, workers * 4))
        while pending:
            job, future = pending.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                pool.shutdown(cancel_futures=True)
                done = [_clean_alone(record, job) for record in job[0]]
                pool = ProcessPoolExecutor(max_workers=workers)
                pending = deque((other, pool.submit(_clean_chunk, other)) for other, _ in pending)
            following = next(jobs, None)
            if following is not None:
                pending.append((following, pool.submit(_clean_chunk, following)))
            yield from done
    finally:
        pool.shutdown(cancel_futures=True)


def _clean_alone(record: tuple[int, str], job: _Job) -> tuple[str, bool]:
    """`_clean_chunk` of one record in a process of its own: its output line, or `WORKER_DIED` if that dies."""
    number, line = record
    _, field, options = job
    with ProcessPoolExecutor(max_workers=1) as alone:
        try:
            return alone.submit(_clean_chunk, ([record], field, options)).result()[0]
        except BrokenProcessPool:
            pass
    try:
        fields = json.loads(line)
    except ValueError:
        fields = {}
    kept = {key: value for key, value in fields.items() if key != field} if isinstance(fields, dict) else {}
    return json.dumps({"line": number, **kept, "error": WORKER_DIED}, ensure_ascii=False), True
