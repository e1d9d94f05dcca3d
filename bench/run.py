"""Run the article-extraction benchmark: `python -m bench.run [CORPUS_DIR] [options]` from the repo root.

Prints a Markdown table, one row per (track, system), with the corpus README's body
score, title and day accuracy, and throughput (MB = 10^6 UTF-8 bytes of the input each
system was given, over the wall time spent inside its calls only, single process).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import score
from bench.systems import DUMP, HTML, SYSTEMS, Prediction, System

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "data" / "article-extraction-benchmark"

# track name -> (kind of input, path of a page's input relative to the corpus, with `{id}`)
TRACKS: dict[str, tuple[str, str]] = {
    "lines": (DUMP, "dumps/lines/{id}.txt"),
    "raw": (DUMP, "dumps/raw/{id}.txt"),
    "html": (HTML, "html/{id}.html.gz"),
}
MAX_ERROR_CHARS = 300


@dataclass(slots=True)
class Corpus:
    """The annotated pages: expected bodies and declared metadata, by page id."""

    root: Path
    ids: list[str]
    bodies: dict[str, str]
    meta: dict[str, dict[str, Any]]

    @classmethod
    def load(cls, root: Path, ids: Sequence[str] | None = None, limit: int | None = None) -> Corpus:
        """Read the corpus; keep only `ids` if given, then the first `limit` of them (sorted)."""
        truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
        meta = json.loads((root / "page-metadata.json").read_text(encoding="utf-8"))
        wanted = sorted(truth if ids is None else set(ids) & truth.keys())
        if limit is not None:
            wanted = wanted[:limit]
        bodies = {pid: truth[pid]["articleBody"] or "" for pid in wanted}
        return cls(root, wanted, bodies, meta)

    def read(self, track: str, page_id: str) -> str:
        """The input of a page on a track, as text (HTML gunzipped)."""
        path = self.root / TRACKS[track][1].format(id=page_id)
        if path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                return handle.read()
        return path.read_text(encoding="utf-8")

    def declared(self, page_id: str, key: str) -> str | None:
        """A declared metadata field (`title`, `published_day`, `url`) of a page, or None."""
        return (self.meta.get(page_id) or {}).get(key)


@dataclass(slots=True)
class PageResult:
    """One system's result on one page."""

    score: score.PageScore
    title_ok: bool | None
    day_ok: bool | None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Per-page figures for the JSON report."""
        s = self.score
        return {
            "precision": round(s.precision, 6), "recall": round(s.recall, 6), "f1": round(s.f1, 6),
            "tp": round(s.tp, 6), "fp": round(s.fp, 6), "fn": round(s.fn, 6),
            "title_ok": self.title_ok, "day_ok": self.day_ok, "error": self.error,
        }  # fmt: skip


@dataclass(slots=True)
class RunResult:
    """One (track, system) run over the corpus."""

    track: str
    system: System
    status: str = "ok"
    pages: dict[str, PageResult] = field(default_factory=dict)
    input_bytes: int = 0
    seconds: float = 0.0

    @property
    def ran(self) -> bool:
        """The system was available and ran over the pages."""
        return self.status == "ok"

    def summary(self) -> dict[str, Any]:
        """Corpus-level figures of the run."""
        row: dict[str, Any] = {
            "track": self.track, "system": self.system.name, "version": self.system.version(),
            "status": self.status, "pages": len(self.pages),
        }  # fmt: skip
        if not self.ran:
            return row
        body = score.summarize(p.score for p in self.pages.values())
        title_acc, title_n = score.accuracy(p.title_ok for p in self.pages.values())
        day_acc, day_n = score.accuracy(p.day_ok for p in self.pages.values())
        megabytes = self.input_bytes / 1e6
        row.update(
            f1=body.f1, precision=body.precision, recall=body.recall,
            title_acc=title_acc if self.system.titles else None, title_n=title_n,
            day_acc=day_acc if self.system.dates else None, day_n=day_n,
            errors=sum(p.error is not None for p in self.pages.values()),
            input_mb=megabytes, seconds=self.seconds,
            mb_per_s=megabytes / self.seconds if self.seconds else None,
            docs_per_s=len(self.pages) / self.seconds if self.seconds else None,
        )  # fmt: skip
        return row


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]


def run_system(corpus: Corpus, track: str, system: System) -> RunResult:
    """Run one system over every page of a track; a failing page scores as an empty prediction."""
    result = RunResult(track, system)
    try:
        extract = system.load()
    except ImportError as exc:
        result.status = f"not installed ({exc.name or exc})"
        return result
    inputs = {pid: corpus.read(track, pid) for pid in corpus.ids}
    if corpus.ids:  # warm-up, untimed: lazy imports and caches inside the system; errors show in the timed run
        with contextlib.suppress(Exception):
            extract(inputs[corpus.ids[0]])
    for pid in corpus.ids:
        text = inputs[pid]
        error = None
        start = time.perf_counter()
        try:
            prediction = extract(text)
        except Exception as exc:  # a page never stops the run
            prediction, error = Prediction(""), _error_text(exc)
        result.seconds += time.perf_counter() - start
        result.input_bytes += len(text.encode("utf-8"))
        try:
            result.pages[pid] = _judge(corpus, pid, prediction, error)
        except Exception as exc:  # a malformed prediction (wrong types) is the system's error too
            result.pages[pid] = _judge(corpus, pid, Prediction(""), _error_text(exc))
    print(f"{track}/{system.name}: {len(result.pages)} pages in {result.seconds:.2f} s", file=sys.stderr)
    return result


def _judge(corpus: Corpus, pid: str, prediction: Prediction, error: str | None) -> PageResult:
    title = corpus.declared(pid, "title")
    day = corpus.declared(pid, "published_day")
    return PageResult(
        score.score_page(prediction.body, corpus.bodies[pid]),
        None if title is None else score.title_ok(prediction.title, title),
        None if day is None else score.day_ok(prediction.published, day),
        error,
    )


def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _fmt_acc(value: float | None, n: int) -> str:
    return "–" if value is None else f"{value:.3f} ({n})"


def environment(corpus: Corpus) -> dict[str, Any]:
    """When, where and on what the benchmark ran."""
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "corpus": str(corpus.root),
        "pages": len(corpus.ids),
    }


def header(env: dict[str, Any]) -> list[str]:
    """The report's title, machine and corpus lines."""
    return [
        f"# articleclean benchmark, {env['date']}",
        "",
        f"- machine: {env['platform']}, {env['machine']}, {env['cpu_count']} CPUs, Python {env['python']}",
        f"- corpus: {env['corpus']} ({env['pages']} pages)",
    ]


def table(summaries: Sequence[dict[str, Any]]) -> list[str]:
    """The Markdown table of run summaries."""
    lines = [
        "| track | system | version | F1 | precision | recall | title acc (n) | day acc (n) | MB/s | docs/s | errors |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in summaries:
        name = f"| {row['track']} | {row['system']} | {row['version'] or '–'} |"
        if row["status"] != "ok":
            lines.append(f"{name} {row['status']} | | | | | | | |")
            continue
        lines.append(
            f"{name} {_fmt(row['f1'])} | {_fmt(row['precision'])} | {_fmt(row['recall'])} | "
            f"{_fmt_acc(row['title_acc'], row['title_n'])} | {_fmt_acc(row['day_acc'], row['day_n'])} | "
            f"{_fmt(row['mb_per_s'], 2)} | {_fmt(row['docs_per_s'], 1)} | {row['errors']} |"
        )
    return lines


def worst(corpus: Corpus, run: RunResult, count: int) -> list[str]:
    """The `count` pages with the lowest page F1 of a run, as a Markdown table."""
    ranked = sorted(run.pages.items(), key=lambda item: (item[1].score.f1, item[0]))[:count]
    lines = [
        f"## worst {len(ranked)} pages: {run.system.name} on {run.track}",
        "",
        "| id | F1 | P | R | url | error |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for pid, page in ranked:
        s = page.score
        lines.append(
            f"| {pid} | {_fmt(s.f1)} | {_fmt(s.precision)} | {_fmt(s.recall)} | "
            f"{corpus.declared(pid, 'url') or ''} | {(page.error or '').replace('|', '/')} |"
        )
    return lines


def select_systems(track: str, names: Sequence[str] | None) -> list[System]:
    """The systems for a track's kind of input, optionally only those named."""
    kind = TRACKS[track][0]
    return [s for s in SYSTEMS if s.kind == kind and (names is None or s.name in names)]


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    system_names = sorted({s.name for s in SYSTEMS})
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help=f"corpus directory (default: {DEFAULT_CORPUS})"
    )
    parser.add_argument(
        "--tracks", type=_csv, default=list(TRACKS), help=f"comma-separated tracks of {','.join(TRACKS)} (default: all)"
    )
    parser.add_argument(
        "--systems", type=_csv, default=None, help=f"comma-separated systems of {','.join(system_names)} (default: all)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N page ids (sorted)")
    parser.add_argument("--ids-file", type=Path, default=None, help="only the page ids listed in this file")
    parser.add_argument("--json", type=Path, default=None, help="write summaries and per-page scores here")
    parser.add_argument(
        "--worst",
        type=int,
        default=0,
        metavar="N",
        help="print the N pages with the lowest F1 per track for --worst-system",
    )
    parser.add_argument("--worst-system", default="articleclean", help="system for --worst (default: articleclean)")
    args = parser.parse_args(argv)  # fmt: skip
    for name, allowed in (("tracks", list(TRACKS)), ("systems", system_names)):
        unknown = sorted(set(getattr(args, name) or ()) - set(allowed))
        if unknown:
            parser.error(f"unknown {name}: {', '.join(unknown)} (choose from {', '.join(allowed)})")
    if not (args.corpus / "ground-truth.json").is_file():
        parser.error(f"no corpus at {args.corpus} (ground-truth.json missing)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected systems on the selected tracks and report."""
    args = parse_args(argv)
    ids = None
    if args.ids_file is not None:
        ids = [line.strip() for line in args.ids_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = Corpus.load(args.corpus, ids, args.limit)
    if ids is not None and (unknown := set(ids) - corpus.bodies.keys()) and args.limit is None:
        print(f"warning: {len(unknown)} ids not in the corpus, e.g. {min(unknown)}", file=sys.stderr)
    runs = [
        run_system(corpus, track, system) for track in args.tracks for system in select_systems(track, args.systems)
    ]
    summaries = [run.summary() for run in runs]
    env = environment(corpus)
    out = [*header(env), "", *table(summaries)]
    for run in runs:
        if args.worst > 0 and run.ran and run.system.name == args.worst_system:
            out += ["", *worst(corpus, run, args.worst)]
    print("\n".join(out))
    if args.json is not None:
        report = {
            "environment": env,
            "page_ids": corpus.ids,
            "summary": summaries,
            "pages": {},
        }
        for run in runs:
            report["pages"].setdefault(run.track, {})[run.system.name] = {
                pid: page.to_json() for pid, page in run.pages.items()
            }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
