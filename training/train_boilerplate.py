"""Train the boilerplate classifier (`articleclean/models/boilerplate.json`) on the dev corpus.

    python training/train_boilerplate.py [--corpus DIR] [--sources text,html] [--folds 5] [--out PATH] [--no-write]
                                         [--cv-pages PATH]

Deterministic: no randomness at all (folds are fixed by sorted page id; the logistic
regressions are fitted by Newton's method). Needs numpy (`pip install numpy`); the
shipped model is read by pure Python.

What it does, for each source (`text`: the `lines` and `raw` dumps pooled, since
`clean()` is never told which style a dump is; `html`: the pages' HTML):

1. Every page goes through the default pipeline up to `classify_boilerplate` (so
   units see what earlier filters decided: headline, bylines, captions...).
2. Labels: the page's tokens are aligned to the annotated body's tokens (difflib's
   matching blocks of >= 3 tokens, or a whole piece matched whole); a unit is
   article text if most of its tokens are aligned.
3. Stage 1 and stage 2 logistic regressions (L2), each unit weighted by its share of
   the page's tokens (the score averages pages, and long units matter more).
   Stage 2 is trained on out-of-fold stage-1 probabilities.
4. Decoding thresholds are chosen on the out-of-fold stage-2 probabilities to
   maximise the corpus body F1 (mean over tracks).
5. Reports the k-fold cross-validated body F1/P/R (folds by page: a page's lines,
   raw and HTML are in the same fold) and the in-sample (dev) figures, then writes
   the weights fitted on all pages.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from articleclean.document import Document, Label  # noqa: E402
from articleclean.filters import DEFAULT_FILTERS  # noqa: E402
from articleclean.filters import boilerplate as bp  # noqa: E402
from articleclean.pipeline import Pipeline, filter_name  # noqa: E402
from articleclean.sources import to_document  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "article-extraction-benchmark"
DEFAULT_OUT = REPO / "src" / "articleclean" / "models" / bp.MODEL_FILE
TRACKS = {"text": ("lines", "raw"), "html": ("html",)}
TOKEN = re.compile(r"\w+")
L2 = 30.0  # ridge penalty on standardised coefficients: the two stages (~18k units)...
L2_BOUNDARY = 30.0  # ...and the start/end models (one positive a page: they need more)
# The stage-2 "region" feature uses a fixed run decoding of the stage-1 probabilities.
STAGE2_DECODE = {"theta1": 0.4, "alpha": 0.5}
DECODE_GRID = {
    "theta": (0.2, 0.4),
    "alpha": (0.5,),
    "weight": (0.0, 0.02, 0.05),
    "boundary": (1.0,),
    "rescue": (0.7,),  # fixed: keeps an article-only dump whole; costs <= 0.001 CV F1 here
    "low": (0.02, 0.1),
    "low_furniture": (0.02, 0.3, 0.7),  # never below `low`
    "high": (0.9,),
    "gap": (0, 8, 12, 15),  # a run of furniture no article span crosses, in units (0: off)
    "gap_p": (0.15, 0.2),
    "rescue_related": (0.1, 0.15, 0.2),  # keeps the paragraph after an inline "Read more"; 0.15-0.7 tie on CV here
}


# --- data -------------------------------------------------------------------------------------


@dataclass
class Page:
    """One page on one track, as the classifier sees it."""

    pid: str
    track: str
    doc: Document
    units: list[bp.Unit]
    rows: list[list[float]]
    labels: list[bool]
    weights: list[float]
    body: str


def prefix_pipeline() -> Pipeline:
    """The default filters that run before `classify_boilerplate`."""
    names = [filter_name(f) for f in DEFAULT_FILTERS]
    return Pipeline(DEFAULT_FILTERS[: names.index("classify_boilerplate")])


def read_input(corpus: Path, track: str, pid: str) -> str:
    if track == "html":
        with gzip.open(corpus / "html" / f"{pid}.html.gz", "rt", encoding="utf-8") as handle:
            return handle.read()
    return (corpus / "dumps" / track / f"{pid}.txt").read_text(encoding="utf-8")


def coverage(doc: Document, body: str) -> list[float]:
    """Share of each piece's tokens aligned to the annotated body."""
    body_tokens = TOKEN.findall(body)
    tokens: list[str] = []
    owner: list[int] = []
    for k, piece in enumerate(doc.pieces):
        found = TOKEN.findall(piece.text)
        tokens += found
        owner += [k] * len(found)
    covered = [0] * len(tokens)
    matcher = SequenceMatcher(None, tokens, body_tokens, autojunk=False)
    for a, _, size in matcher.get_matching_blocks():
        if not size:
            continue
        whole_piece = (
            owner[a] == owner[a + size - 1]
            and (a == 0 or owner[a - 1] != owner[a])
            and (a + size == len(tokens) or owner[a + size] != owner[a])
        )
        if size >= 3 or whole_piece:
            covered[a : a + size] = [1] * size
    total, hit = Counter(owner), Counter()
    for j, o in enumerate(owner):
        hit[o] += covered[j]
    return [hit[k] / total[k] if total[k] else 0.0 for k in range(len(doc.pieces))]


def load_pages(corpus: Path, source: str, pipeline: Pipeline) -> list[Page]:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        body = truth[pid]["articleBody"] or ""
        for track in TRACKS[source]:
            doc = pipeline.run(to_document(read_input(corpus, track, pid)))
            cover = coverage(doc, body)
            index = {id(p): k for k, p in enumerate(doc.pieces)}
            units = bp.make_units(doc)
            rows = bp.unit_features(doc, units)
            labels, weights = [], []
            for unit in units:
                ntok = [len(TOKEN.findall(p.text)) for p in unit.pieces]
                hit = sum(cover[index[id(p)]] * n for p, n in zip(unit.pieces, ntok))
                labels.append(sum(ntok) > 0 and hit / sum(ntok) >= 0.5)
                weights.append(sum(ntok) + 1.0)
            page_total = sum(w for w, u in zip(weights, units) if u.open) or 1.0
            weights = [w / page_total for w in weights]
            pages.append(Page(pid, track, doc, units, rows, labels, weights, body))
    return pages


# --- logistic regression -------------------------------------------------------------------------


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2) -> dict[str, Any]:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    z1 = np.hstack([z, np.ones((len(z), 1))])
    w = w * len(w) / w.sum()
    beta = np.zeros(z1.shape[1])
    penalty = np.full(z1.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z1 @ beta, -30, 30)))
        grad = z1.T @ (w * (p - y)) + penalty * beta
        hess = (z1 * (w * p * (1 - p))[:, None]).T @ z1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": beta[:-1].tolist(), "intercept": float(beta[-1])}


def predict(spec: dict[str, Any], x: np.ndarray) -> np.ndarray:
    z = (x - np.array(spec["mean"])) / np.array(spec["scale"])
    return 1.0 / (1.0 + np.exp(-np.clip(z @ np.array(spec["coef"]) + spec["intercept"], -30, 30)))


# --- scoring (the corpus README's body score) -------------------------------------------------------


def shingles(text: str) -> Counter:
    tokens = TOKEN.findall(text)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))


def page_score(predicted: str, expected: str) -> tuple[float, float, bool, bool]:
    """(precision, recall, predicted something, expected something) of one page."""
    pred, true = shingles(predicted), shingles(expected)
    tp, fp, fn = sum((pred & true).values()), sum((pred - true).values()), sum((true - pred).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0, tp > 0, tp > 0
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0), tp + fp > 0, tp + fn > 0


def corpus_score(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Body F1, precision and recall over pages (precision over pages that predicted something)."""
    scores = [page_score(p, e) for p, e in pairs]
    precisions = [s[0] for s in scores if s[2]]
    recalls = [s[1] for s in scores if s[3]]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def predicted_body(page: Page, keep: list[bool]) -> str:
    """The text the pipeline would call body: kept open units, and what earlier filters labelled BODY."""
    parts = []
    for unit, kept in zip(page.units, keep):
        if unit.open:
            if kept:
                parts.append(unit.text)
        elif unit.pieces[0].label == Label.BODY:
            parts.append(unit.text)
    return "\n".join(parts)


# --- training ---------------------------------------------------------------------------------------


def stack(pages: list[Page], attr: str) -> np.ndarray:
    return np.array([v for page in pages for v, u in zip(getattr(page, attr), page.units) if u.open], dtype=float)


def open_rows(page: Page, rows: list[list[float]]) -> list[list[float]]:
    return [r for r, u in zip(rows, page.units) if u.open]


def page_probabilities(spec: dict[str, Any], rows: list[list[float]]) -> list[float]:
    """Probabilities for all units of a page (closed units get 0: they are never article text here)."""
    return predict(spec, np.array(rows, dtype=float)).tolist() if rows else []


def stage2_rows(page: Page, p1: list[float]) -> list[list[float]]:
    return bp.stage2_features(page.units, page.rows, p1, STAGE2_DECODE)


def fit_stages(train: list[Page]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Stage 1 on the training pages; stage 2 on their inner out-of-fold stage-1 probabilities."""
    x1, y, w = stack(train, "rows"), stack(train, "labels"), stack(train, "weights")
    stage1 = fit_logistic(x1, y, w)
    inner = inner_oof(train)
    x2 = np.array([r for page in train for r, u in zip(stage2_rows(page, inner[id(page)]), page.units) if u.open])
    stage2 = fit_logistic(x2, y, w)
    return stage1, stage2


def boundary_labels(page: Page) -> tuple[int, int]:
    """Index of the first and last unit of the annotated article (-1, -1 when none)."""
    body = [i for i, (u, label) in enumerate(zip(page.units, page.labels)) if u.open and label]
    return (body[0], body[-1]) if body else (-1, -1)


def fit_boundaries(pages: list[Page], probs: dict[int, list[float]]) -> dict[str, dict[str, Any]]:
    """The article-start and -end models, on stage-2 probabilities the stages did not see the pages for.
    Each page weighs the same; its one start (end) as much as all its other units."""
    xs, xe, ys, ye, w = [], [], [], [], []
    for page in pages:
        first, last = boundary_labels(page)
        if first < 0:
            continue
        starts, ends = bp.boundary_features(page.units, page.rows, probs[id(page)])
        n = len(page.units)
        for i, unit in enumerate(page.units):
            xs.append(starts[i])
            xe.append(ends[i])
            ys.append(unit.open and i == first)
            ye.append(unit.open and i == last)
            w.append(1.0 if unit.open and i in (first, last) else 1.0 / n)
    weights = np.array(w)
    return {
        "start": fit_logistic(np.array(xs), np.array(ys, dtype=float), weights, L2_BOUNDARY),
        "end": fit_logistic(np.array(xe), np.array(ye, dtype=float), weights, L2_BOUNDARY),
    }


def fit_all(train: list[Page]) -> dict[str, dict[str, Any]]:
    """Both stages on all of `train`, the boundary models on stage-2 probabilities from inner folds."""
    stage1, stage2 = fit_stages(train)
    held_out: dict[int, list[float]] = {}
    for fold in folds_of(train, 3):
        held = {id(p) for p in fold}
        rest = [p for p in train if id(p) not in held]
        s1 = fit_logistic(stack(rest, "rows"), stack(rest, "labels"), stack(rest, "weights"))
        # stage 2 of the inner fold on in-sample stage-1 probabilities: close enough, and 3x cheaper
        x2 = np.array(
            [r for p in rest for r, u in zip(stage2_rows(p, mask_closed(p, page_probabilities(s1, p.rows))), p.units)
             if u.open]
        )  # fmt: skip
        s2 = fit_logistic(x2, stack(rest, "labels"), stack(rest, "weights"))
        for page in fold:
            held_out[id(page)] = final_probabilities(page, s1, s2)
    return {"stage1": stage1, "stage2": stage2, **fit_boundaries(train, held_out)}


def boundary_probabilities(page: Page, models: dict[str, dict[str, Any]], probs: list[float]) -> tuple:
    starts, ends = bp.boundary_features(page.units, page.rows, probs)
    return (
        bp.mask_decided(page.units, page_probabilities(models["start"], starts), closed=0.0),
        bp.mask_decided(page.units, page_probabilities(models["end"], ends), closed=0.0),
    )


def folds_of(pages: list[Page], k: int) -> list[list[Page]]:
    """k folds by page id (sorted ids dealt round-robin): a page's tracks share a fold."""
    ids = sorted({p.pid for p in pages})
    fold_of = {pid: i % k for i, pid in enumerate(ids)}
    return [[p for p in pages if fold_of[p.pid] == f] for f in range(k)]


def inner_oof(pages: list[Page], k: int = 3) -> dict[int, list[float]]:
    """Out-of-fold stage-1 probabilities of every unit of `pages` (decided units masked)."""
    out: dict[int, list[float]] = {}
    for fold in folds_of(pages, k):
        held = {id(p) for p in fold}
        rest = [p for p in pages if id(p) not in held]
        spec = fit_logistic(stack(rest, "rows"), stack(rest, "labels"), stack(rest, "weights"))
        for page in fold:
            out[id(page)] = mask_closed(page, page_probabilities(spec, page.rows))
    return out


def mask_closed(page: Page, probs: list[float]) -> list[float]:
    return bp.mask_decided(page.units, probs)


def final_probabilities(page: Page, stage1: dict[str, Any], stage2: dict[str, Any]) -> list[float]:
    p1 = mask_closed(page, page_probabilities(stage1, page.rows))
    return mask_closed(page, page_probabilities(stage2, stage2_rows(page, p1)))


Scored = dict[int, tuple[list[float], tuple]]  # page -> (probs, (start probabilities, end probabilities))


def score_pages(pages: list[Page], models: dict[str, dict[str, Any]]) -> Scored:
    out: Scored = {}
    for page in pages:
        probs = final_probabilities(page, models["stage1"], models["stage2"])
        out[id(page)] = (probs, boundary_probabilities(page, models, probs))
    return out


def evaluate(pages: list[Page], scored: Scored, decode: dict[str, float]) -> dict[str, tuple]:
    """Corpus score per track for given probabilities and decoding."""
    by_track: dict[str, list[tuple[str, str]]] = {}
    for page in pages:
        probs, bounds = scored[id(page)]
        keep = bp.decide_with(page.units, page.rows, probs, *bounds, decode)
        by_track.setdefault(page.track, []).append((predicted_body(page, keep), page.body))
    return {track: corpus_score(pairs) for track, pairs in by_track.items()}


def choose_decode(pages: list[Page], scored: Scored) -> tuple[dict[str, float], dict[str, tuple]]:
    best: tuple[float, dict[str, float], dict[str, tuple]] | None = None
    for values in itertools.product(*DECODE_GRID.values()):
        decode = {**dict(zip(DECODE_GRID, values)), **STAGE2_DECODE}
        scores = evaluate(pages, scored, decode)
        mean_f1 = sum(s[0] for s in scores.values()) / len(scores)
        if best is None or mean_f1 > best[0] + 1e-9:
            best = (mean_f1, decode, scores)
    assert best is not None
    return best[1], best[2]


def fmt(scores: dict[str, tuple]) -> str:
    return "; ".join(f"{t}: F1 {f:.4f} P {p:.4f} R {r:.4f}" for t, (f, p, r) in sorted(scores.items()))


def page_scores(pages: list[Page], scored: Scored, decode: dict[str, float]) -> dict[str, dict[str, float]]:
    """Each page's body F1 by track, for given probabilities and decoding (to find the pages a change moves)."""
    out: dict[str, dict[str, float]] = {}
    for page in pages:
        probs, bounds = scored[id(page)]
        keep = bp.decide_with(page.units, page.rows, probs, *bounds, decode)
        precision, recall, _, _ = page_score(predicted_body(page, keep), page.body)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.setdefault(page.track, {})[page.pid] = round(f1, 4)
    return out


def train_source(corpus: Path, source: str, k: int, cv_pages: Path | None = None) -> dict[str, Any]:
    start = time.perf_counter()
    pages = load_pages(corpus, source, prefix_pipeline())
    n_units = sum(sum(u.open for u in p.units) for p in pages)
    print(f"[{source}] {len(pages)} page dumps, {n_units} units to classify ({time.perf_counter() - start:.0f}s)")
    # cross-validation: fit everything on k-1 folds, predict the held-out fold
    oof: Scored = {}
    for fold in folds_of(pages, k):
        held = {id(p) for p in fold}
        oof.update(score_pages(fold, fit_all([p for p in pages if id(p) not in held])))
    decode, cv_scores = choose_decode(pages, oof)
    print(f"[{source}] decoding chosen on out-of-fold probabilities: {decode}")
    print(f"[{source}] {k}-fold cross-validated (by page): {fmt(cv_scores)}")
    if cv_pages is not None:
        cv_pages.write_text(json.dumps(page_scores(pages, oof, decode), indent=1, sort_keys=True), encoding="utf-8")
    models = fit_all(pages)
    stage1 = models["stage1"]
    print(f"[{source}] dev (in-sample): {fmt(evaluate(pages, score_pages(pages, models), decode))}")
    names1 = bp.features_for(source)
    order = sorted(range(len(names1)), key=lambda i: -abs(stage1["coef"][i]))[:12]
    print(f"[{source}] strongest stage-1 weights: " + ", ".join(f"{names1[i]} {stage1['coef'][i]:+.2f}" for i in order))
    return {
        "stage1": {"features": list(names1), **rounded(stage1)},
        "stage2": {"features": list(bp.STAGE2_FEATURES), **rounded(models["stage2"])},
        **{key: {"features": list(bp.BOUNDARY_FEATURES), **rounded(models[key])} for key in bp.BOUNDARY_MODELS},
        "decode": decode,
        "cv": {track: dict(zip(("f1", "precision", "recall"), map(lambda v: round(v, 4), s))) for track, s in
               cv_scores.items()},
        "pages": len({p.pid for p in pages}),
    }  # fmt: skip


def rounded(spec: dict[str, Any]) -> dict[str, Any]:
    return {
        "mean": [round(v, 6) for v in spec["mean"]],
        "scale": [round(v, 6) for v in spec["scale"]],
        "coef": [round(v, 6) for v in spec["coef"]],
        "intercept": round(spec["intercept"], 6),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sources", default="text", help="comma-separated: text,html")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--no-write", action="store_true", help="only report")
    parser.add_argument("--cv-pages", type=Path, help="write each page's cross-validated F1 here (SOURCE in the name)")
    args = parser.parse_args(argv)
    models = {}
    if args.out.is_file():  # keep the other sources' weights when retraining one
        models = json.loads(args.out.read_text(encoding="utf-8")).get("models", {})
    for source in [s.strip() for s in args.sources.split(",") if s.strip()]:
        cv_pages = None
        if args.cv_pages is not None:
            cv_pages = args.cv_pages.with_name(f"{args.cv_pages.stem}-{source}{args.cv_pages.suffix}")
        models[source] = train_source(args.corpus, source, args.folds, cv_pages)
    if not args.no_write:
        spec = {
            "about": "articleclean boilerplate classifier: two logistic regressions and run decoding; "
            "trained by training/train_boilerplate.py on the article-extraction-benchmark dev split",
            "models": models,
        }
        args.out.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
