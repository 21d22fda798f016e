"""Score newsline's temporal tagger on TempEval-3 TBAQ (TimeBank + AQUAINT TimeML files).

Protocol (TempEval-3 Task A style):
- DCT = the value of the TIMEX3 inside <DCT> (functionInDocument="CREATION_TIME");
- text = the content of <TEXT> with all tags removed and XML entities decoded, character
  offsets measured in that stripped text;
- gold = the TIMEX3 elements inside <TEXT> (the DCT is outside it), with stripped offsets;
- strict span F1 (exact offsets), relaxed span F1 (any overlap, one-to-one), type accuracy
  over relaxed matches, value F1 = F1 counting only relaxed matches whose value is also
  right (precision over system expressions, recall over gold);
- speed: sentences (newsline.text.sentences.split_sentences) per second, each document
  tagged whole, best of several repetitions, pinned to one core when the OS allows; both
  wall-clock time and process CPU time are reported (CPU time is steadier on a shared machine).

Usage: python benchmarks/tempeval3.py [--data DIR] [--corpus TimeBank|AQUAINT]
       [--errors N] [--json] [--reps N]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsline.temporal import tag
from newsline.text.sentences import split_sentences

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3"
CORPORA = ("TimeBank", "AQUAINT")

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    name: str
    corpus: str
    dct: date
    text: str
    gold: list[Gold] = field(default_factory=list)


def parse_timeml(path: Path, corpus: str) -> Doc | None:
    """A TimeML file as (DCT, stripped TEXT, gold TIMEX3 spans), or None when malformed."""
    raw = path.read_text(encoding="utf-8")
    m = _DCT.search(raw)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if m is None or body is None:
        return None
    attrs = dict(_ATTR.findall(m.group(1)))
    try:
        dct = date.fromisoformat(attrs.get("value", "")[:10])
    except ValueError:
        return None
    inner = body.group(1)
    out: list[str] = []
    length = 0
    stack: list[tuple[str, dict[str, str], int]] = []
    gold: list[Gold] = []
    pos = 0
    for t in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos : t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name, attr_text, selfclose = t.groups()
        if selfclose:
            continue
        if not closing:
            stack.append((name, dict(_ATTR.findall(attr_text)), length))
            continue
        while stack:
            open_name, open_attrs, start = stack.pop()
            if open_name == name:
                if name == "TIMEX3":
                    gold.append(
                        Gold(start, length, open_attrs.get("type", ""), open_attrs.get("value", ""))
                    )
                break
    chunk = html.unescape(inner[pos:])
    out.append(chunk)
    gold.sort(key=lambda g: g.start)
    return Doc(path.stem, corpus, dct, "".join(out), gold)


def load(data: Path, corpus: str | None) -> list[Doc]:
    docs = []
    for name in CORPORA:
        if corpus and name.lower() != corpus.lower():
            continue
        for path in sorted((data / name).glob("*.tml")):
            doc = parse_timeml(path, name)
            if doc is not None:
                docs.append(doc)
    return docs


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def _f1(hits: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = hits / n_sys if n_sys else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_doc(doc: Doc, errors: dict[str, list[str]] | None = None) -> Counts:
    """Counts for one document; collects readable error lines when `errors` is given."""
    system = tag(doc.text, doc.dct)
    c = Counts(gold=len(doc.gold), system=len(system))
    used: set[int] = set()
    text = doc.text
    for g in doc.gold:
        best = None
        for i, s in enumerate(system):
            if i in used or s.end <= g.start or s.start >= g.end:
                continue
            if best is None or (s.start == g.start and s.end == g.end):
                best = i
        if best is None:
            if errors is not None:
                errors["missed"].append(
                    f"{doc.name}: [{text[g.start : g.end]}] {g.type} {g.value}  "
                    f"| …{_ctx(text, g.start, g.end)}…"
                )
            continue
        used.add(best)
        s = system[best]
        c.relaxed += 1
        c.strict += s.start == g.start and s.end == g.end
        c.type_ok += s.type == g.type
        if s.value == g.value:
            c.value_ok += 1
        elif errors is not None:
            errors["value"].append(
                f"{doc.name} dct={doc.dct}: [{s.text}] sys={s.type} {s.value}  "
                f"gold=[{text[g.start : g.end]}] {g.type} {g.value}  "
                f"| …{_ctx(text, g.start, g.end)}…"
            )
        if errors is not None and not (s.start == g.start and s.end == g.end):
            errors["span"].append(f"{doc.name}: sys=[{s.text}] gold=[{text[g.start : g.end]}]")
    if errors is not None:
        for i, s in enumerate(system):
            if i not in used:
                errors["spurious"].append(
                    f"{doc.name}: [{s.text}] {s.type} {s.value}  | …{_ctx(text, s.start, s.end)}…"
                )
    return c


def _ctx(text: str, start: int, end: int, width: int = 60) -> str:
    return " ".join(
        (
            text[max(0, start - width) : start]
            + "«"
            + text[start:end]
            + "»"
            + text[end : end + width]
        ).split()
    )


def metrics(c: Counts) -> dict[str, float | int]:
    sp, sr, sf = _f1(c.strict, c.system, c.gold)
    rp, rr, rf = _f1(c.relaxed, c.system, c.gold)
    vp, vr, vf = _f1(c.value_ok, c.system, c.gold)
    return {
        "gold": c.gold,
        "system": c.system,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rf,
        "type_acc": c.type_ok / c.relaxed if c.relaxed else 0.0,
        "value_p": vp,
        "value_r": vr,
        "value_f1": vf,
    }


def speed(docs: list[Doc], reps: int) -> dict[str, float | int]:
    """Sentences per second tagging each document whole; best of `reps` passes."""
    n_sent = sum(len(split_sentences(d.text)) for d in docs)
    best = best_cpu = float("inf")
    for _ in range(reps):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            tag(d.text, d.dct)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return {
        "sentences": n_sent,
        "seconds": best,
        "sentences_per_s": n_sent / best,
        "cpu_seconds": best_cpu,
        "sentences_per_cpu_s": n_sent / best_cpu,
        "reps": reps,
    }


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=5).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return {
        "cpu": cpu,
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--corpus", choices=[c.lower() for c in CORPORA] + list(CORPORA))
    ap.add_argument("--errors", type=int, default=0, metavar="N")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"tempeval3: data directory {args.data} not found; nothing to score.")
        return 0
    docs = load(args.data, args.corpus)
    if not docs:
        print(f"tempeval3: no TimeML files under {args.data}; nothing to score.")
        return 0
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass
    errors: dict[str, list[str]] | None = (
        {"value": [], "missed": [], "spurious": [], "span": []} if args.errors else None
    )
    per: dict[str, Counts] = {}
    total = Counts()
    for d in docs:
        c = score_doc(d, errors)
        per.setdefault(d.corpus, Counts()).add(c)
        total.add(c)
    result = {
        "documents": len(docs),
        "overall": metrics(total),
        "per_corpus": {k: metrics(v) for k, v in per.items()},
        "speed": speed(docs, args.reps),
        "machine": machine(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    if errors is not None:
        for kind in ("value", "missed", "spurious", "span"):
            print(f"\n== {kind} errors ({len(errors[kind])}) ==")
            for line in errors[kind][: args.errors]:
                print(line)
    return 0


def _print(result: dict) -> None:
    head = f"{'':10}{'gold':>6}{'sys':>6}{'strict F1':>11}{'relax P':>9}{'relax R':>9}"
    head += f"{'relax F1':>10}{'type acc':>10}{'value P':>9}{'value R':>9}{'value F1':>10}"
    print(f"TempEval-3 TBAQ: {result['documents']} documents")
    print(head)
    rows = [("overall", result["overall"])] + list(result["per_corpus"].items())
    for name, m in rows:
        print(
            f"{name:10}{m['gold']:>6}{m['system']:>6}{m['strict_f1']:>11.3f}"
            f"{m['relaxed_p']:>9.3f}{m['relaxed_r']:>9.3f}{m['relaxed_f1']:>10.3f}"
            f"{m['type_acc']:>10.3f}{m['value_p']:>9.3f}{m['value_r']:>9.3f}{m['value_f1']:>10.3f}"
        )
    s, mach = result["speed"], result["machine"]
    print(
        f"speed: {s['sentences']} sentences in {s['seconds']:.3f}s (best of {s['reps']}) = "
        f"{s['sentences_per_s']:,.0f} sentences/s on one core (wall clock); "
        f"{s['sentences_per_cpu_s']:,.0f} sentences per CPU-second"
    )
    print(f"machine: {mach['cpu']}, {mach['nproc']} cores, Python {mach['python']}")


if __name__ == "__main__":
    sys.exit(main())
