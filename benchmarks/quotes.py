"""Score quote attribution (speaker + text) on the fictional quote set; compare with textacy.

Data: benchmarks/data/quotes/quotes.jsonl, one fictional news paragraph (or a few) a line:
{"id", "style": straight|curly|ptb, "published", "text", "quotes": [{"speaker", "text",
"kind", "form", "title"?, "optional"?}]}. Gold speakers are the fullest name the text gives;
`speaker: null` marks a quote nobody in the text can be credited with; `optional: true`
marks a defensible reading that is neither required nor penalized.

Protocol:
- Each item goes through `newsline.clean.clean_article` (as in the pipeline), then
  `newsline.text.quotes.extract_quotes`.
- Text tokens = lower-cased `\\w+` runs. A system quote MATCHES a gold quote when
  (1) the speakers are equal after case-folding, joining PTB-split possessives ("Guild 's")
  and dropping a leading "the ", and
  (2) the texts overlap substantially: with c = size of the multiset intersection of their
  tokens, c / min(|sys|, |gold|) >= 0.6 and c / max(|sys|, |gold|) >= 0.3.
  Matching is one-to-one within an item, greedy by c / max(...).
- Precision = matched / system quotes that have a speaker (quotes matched to an optional
  gold are left out of both counts). Recall = matched / gold quotes that have a speaker
  (optional ones left out). System quotes with speaker None are not attributions and are
  counted apart; gold quotes with speaker None only catch wrong attributions.
- A "wrong attribution" is a system quote with a speaker whose text overlaps a gold quote
  (same text rule) that has a different speaker or none.
- Per form: recall over the gold quotes of that form; precision over the system quotes whose
  text overlaps a gold quote of that form.
- textacy: `textacy.extract.triples.direct_quotations` on (a) `spacy.blank("en")` plus the
  sentencizer, the only pipeline available offline, and (b) the same doc with a rule-made
  partial parse (reporting verbs tagged VERB with their lemma, the adjacent name or pronoun
  attached as `nsubj`), the best case for textacy's rules without a trained parser. Its
  speakers are matched leniently (a surname matches the gold full name; pronoun speakers
  count as unattributed). Errors it raises are counted per item.

Usage: python benchmarks/quotes.py [--data FILE] [--errors] [--json] [--no-textacy]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from newsline.clean import clean_article
from newsline.records import Article
from newsline.text.quotes import extract_quotes

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "quotes" / "quotes.jsonl"
MIN_SHORT, MIN_LONG = 0.6, 0.3


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def norm_speaker(s: str | None) -> str | None:
    if not s:
        return None
    s = " ".join(s.replace("’", "'").split()).casefold()
    s = re.sub(r"(\w) '(s\b|\s|$)", r"\1'\2", s)  # PTB possessives: "Fishermen 's" -> "'s"
    return s[4:] if s.startswith("the ") else s


def overlap(a: str, b: str) -> tuple[bool, float]:
    """(texts overlap substantially, c / max) for the matching rule above."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    na, nb = sum(ta.values()), sum(tb.values())
    if not na or not nb:
        return False, 0.0
    c = sum((ta & tb).values())
    return c / min(na, nb) >= MIN_SHORT and c / max(na, nb) >= MIN_LONG, c / max(na, nb)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def article_of(item: dict) -> Article:
    raw = Article(id=item["id"], text=item["text"], published=date.fromisoformat(item["published"]))
    cleaned = clean_article(raw)
    return cleaned if isinstance(cleaned, Article) else raw


def speaker_equal(sys_speaker: str | None, gold_speaker: str | None, lenient: bool) -> bool:
    s, g = norm_speaker(sys_speaker), norm_speaker(gold_speaker)
    if not s or not g:
        return False
    if s == g:
        return True
    return lenient and (g.endswith(" " + s) or s.endswith(" " + g))


def score_item(item: dict, system: list[dict], lenient: bool = False) -> dict:
    """Match one item's system quotes to its gold quotes; return counts and error lines."""
    gold = item["quotes"]
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            if speaker_equal(s["speaker"], g["speaker"], lenient):
                ok, strength = overlap(s["text"], g["text"])
                if ok:
                    pairs.append((strength, i, j))
    pairs.sort(reverse=True)
    sys_match: dict[int, int] = {}
    gold_match: dict[int, int] = {}
    for _st, i, j in pairs:
        if i not in sys_match and j not in gold_match:
            sys_match[i], gold_match[j] = j, i
    out = {
        "tp": 0,
        "sys": 0,
        "gold": 0,
        "wrong": 0,
        "unattributed": 0,
        "kind_ok": 0,
        "title_ok": 0,
        "title_n": 0,
        "gold_direct": 0,
        "tp_direct": 0,
        "form_gold": Counter(),
        "form_tp": Counter(),
        "form_sys": Counter(),
        "form_sys_tp": Counter(),
        "errors": [],
    }
    for j, g in enumerate(gold):
        if g["speaker"] is None or g.get("optional"):
            continue
        out["gold"] += 1
        out["gold_direct"] += g["kind"] == "direct"
        out["form_gold"][g["form"]] += 1
        if j in gold_match:
            out["tp"] += 1
            out["tp_direct"] += g["kind"] == "direct"
            out["form_tp"][g["form"]] += 1
            s = system[gold_match[j]]
            out["kind_ok"] += s["kind"] == g["kind"]
            if g.get("title"):
                out["title_n"] += 1
                out["title_ok"] += norm_speaker(s.get("speaker_title")) == norm_speaker(g["title"])
        else:
            out["errors"].append(f"  MISS  {g['speaker']!r} [{g['form']}] {g['text'][:70]!r}")
    for i, s in enumerate(system):
        if not s["speaker"]:
            out["unattributed"] += 1
            continue
        if i in sys_match and gold[sys_match[i]].get("optional"):
            continue
        out["sys"] += 1
        overlapping = [g for g in gold if overlap(s["text"], g["text"])[0]]
        form = gold[sys_match[i]]["form"] if i in sys_match else None
        if form is None and overlapping:
            form = overlapping[0]["form"]
        out["form_sys"][form or "spurious"] += 1
        if i in sys_match:
            out["form_sys_tp"][form] += 1
            continue
        if any(not speaker_equal(s["speaker"], g["speaker"], lenient) for g in overlapping):
            out["wrong"] += 1
            out["errors"].append(
                f"  WRONG {s['speaker']!r} for {s['text'][:60]!r} "
                f"(gold {[g['speaker'] for g in overlapping]})"
            )
        else:
            out["errors"].append(f"  EXTRA {s['speaker']!r} [{s['kind']}] {s['text'][:70]!r}")
    return out


def total(results: list[dict]) -> dict:
    agg: dict = defaultdict(int)
    forms: dict[str, Counter] = {k: Counter() for k in ("gold", "tp", "sys", "sys_tp")}
    for r in results:
        for k in (
            "tp",
            "sys",
            "gold",
            "wrong",
            "unattributed",
            "kind_ok",
            "title_ok",
            "title_n",
            "gold_direct",
            "tp_direct",
        ):
            agg[k] += r[k]
        for k in forms:
            forms[k].update(r["form_" + k])
    p = agg["tp"] / agg["sys"] if agg["sys"] else 0.0
    rec = agg["tp"] / agg["gold"] if agg["gold"] else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    per_form = {}
    for form in sorted(set(forms["gold"]) | set(forms["sys"])):
        g, tp = forms["gold"][form], forms["tp"][form]
        s, stp = forms["sys"][form], forms["sys_tp"][form]
        per_form[form] = {
            "gold": g,
            "recall": tp / g if g else None,
            "sys": s,
            "precision": stp / s if s else None,
        }
    return {
        **agg,
        "precision": p,
        "recall": rec,
        "f1": f1,
        "recall_direct": agg["tp_direct"] / agg["gold_direct"] if agg["gold_direct"] else 0.0,
        "kind_accuracy": agg["kind_ok"] / agg["tp"] if agg["tp"] else 0.0,
        "title_accuracy": agg["title_ok"] / agg["title_n"] if agg["title_n"] else 0.0,
        "per_form": per_form,
    }


def run_newsline(items: list[dict], reps: int = 5) -> tuple[list[list[dict]], float, int]:
    articles = [article_of(it) for it in items]
    outputs = [[q.to_dict() for q in extract_quotes(a)] for a in articles]
    n_sent = sum(len(a.sentences) for a in articles)
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        for a in articles:
            extract_quotes(a)
        best = min(best, time.perf_counter() - t0)
    return outputs, best, n_sent


# --- textacy -----------------------------------------------------------------------------------

_REPORTING_FORMS = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "added": "add",
    "stated": "state",
    "wrote": "write",
    "asked": "ask",
    "countered": "counter",
    "explained": "explain",
    "warned": "warn",
    "insisted": "insist",
    "declared": "declare",
    "announced": "announce",
    "replied": "reply",
}
_PRONOUNS = {"he", "she", "it", "they", "we", "i"}


def _textacy_doc(nlp, text: str, parse: bool):  # noqa: ANN001, ANN202
    """A blank-pipeline doc; with `parse`, a rule-made partial parse for textacy's rules."""
    from spacy.tokens import Doc

    doc = nlp(text)
    if not parse:
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    heads = list(range(len(doc)))
    deps = ["dep"] * len(doc)
    pos = ["X"] * len(doc)
    lemmas = [t.text.lower() for t in doc]
    for sent in doc.sents:
        verbs = [t.i for t in sent if t.text.lower() in _REPORTING_FORMS]
        root = verbs[0] if verbs else sent.start
        for t in sent:
            heads[t.i] = root
        deps[root] = "ROOT"
        for v in verbs:
            pos[v], lemmas[v] = "VERB", _REPORTING_FORMS[doc[v].text.lower()]
            # Subject: the capitalized run or pronoun just before the verb, else just after.
            subj = _adjacent_subject(doc, v, sent.start, sent.end)
            if subj:
                last = subj[-1]
                heads[last], deps[last] = v, "nsubj"
                for k in subj[:-1]:
                    heads[k], deps[k] = last, "compound"
            if v != root:
                heads[v], deps[v] = root, "conj"
    return Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas
    )


def _adjacent_subject(doc, v: int, start: int, end: int) -> list[int]:  # noqa: ANN001
    k = v - 1
    run: list[int] = []
    while k >= start and (doc[k].text[:1].isupper() and doc[k].is_alpha):
        run.insert(0, k)
        k -= 1
    if run:
        return run
    if k >= start and doc[k].text.lower() in _PRONOUNS:
        return [k]
    k = v + 1
    while k < end and doc[k].text[:1].isupper() and doc[k].is_alpha:
        run.append(k)
        k += 1
    return run


def run_textacy(items: list[dict], parse: bool) -> tuple[list[list[dict]], list[str], str | None]:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:  # pragma: no cover
        return [[] for _ in items], [], f"textacy unavailable: {exc}"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    outputs, raised = [], []
    for it in items:
        text = article_of(it).text
        try:
            doc = _textacy_doc(nlp, text, parse)
            triples = list(direct_quotations(doc))
        except ValueError:
            raised.append(it["id"])
            outputs.append([])
            continue
        out = []
        for tr in triples:
            speaker = " ".join(t.text for t in tr.speaker)
            if speaker.lower() in _PRONOUNS:
                speaker = None
            content = tr.content.text.strip("\"“”'`‘’ ").rstrip(",")
            out.append({"speaker": speaker, "text": content, "kind": "direct"})
        outputs.append(out)
    return outputs, raised, None


def run_corpus(root: Path, sample: int = 0, seed: int = 7) -> dict:
    """Real-news robustness and speed: clean + extract over every Timeline17 article.

    No gold here: counts crashes, quotes, attributed share and sentences/s (extraction only,
    one pass, single process); `sample` prints that many random attributed quotes to judge.
    """
    import gzip
    import random

    articles = []
    for path in sorted(root.glob("*/articles.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                raw = Article(id=d["id"], text=d.get("text") or "")
                cleaned = clean_article(raw)
                if isinstance(cleaned, Article):
                    articles.append(cleaned)
    crashes, found = 0, []
    t0 = time.perf_counter()
    for a in articles:
        try:
            found.extend(extract_quotes(a))
        except Exception:  # noqa: BLE001 - counting crashes is the point
            crashes += 1
    seconds = time.perf_counter() - t0
    n_sent = sum(len(a.sentences) for a in articles)
    attributed = [q for q in found if q.speaker]
    out = {
        "articles": len(articles),
        "sentences": n_sent,
        "seconds": seconds,
        "sentences_per_s": n_sent / seconds if seconds else 0.0,
        "crashes": crashes,
        "quotes": len(found),
        "attributed": len(attributed),
        "kinds": dict(Counter(q.kind for q in attributed)),
    }
    if sample:
        rng = random.Random(seed)
        by_id = {a.id: a for a in articles}
        for q in rng.sample(attributed, min(sample, len(attributed))):
            sent = by_id[q.article_id].sentences[q.sentence_index].text
            print(f"- [{q.kind}] {q.speaker!r} ({q.speaker_title}) <- {q.text[:90]!r}")
            print(f"    in: {sent[:200]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", action="store_true", help="print misses and extras")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--t17", type=Path, help="Timeline17 folder: real-news robustness + speed")
    ap.add_argument("--sample", type=int, default=0, help="with --t17: print N random quotes")
    args = ap.parse_args(argv)
    if args.t17:
        print(json.dumps(run_corpus(args.t17, args.sample), indent=2))
        return 0
    items = load(args.data)
    outputs, seconds, n_sent = run_newsline(items)
    results = [score_item(it, out) for it, out in zip(items, outputs, strict=True)]
    report: dict = {
        "items": len(items),
        "sentences": n_sent,
        "newsline": total(results),
        "seconds": seconds,
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
    }
    by_style: dict[str, list[dict]] = defaultdict(list)
    for it, r in zip(items, results, strict=True):
        by_style[it["style"]].append(r)
    report["by_style"] = {k: total(v) for k, v in sorted(by_style.items())}
    if not args.no_textacy:
        for label, parse in (("textacy_blank", False), ("textacy_ruleparse", True)):
            outs, raised, err = run_textacy(items, parse)
            tr = [score_item(it, o, lenient=True) for it, o in zip(items, outs, strict=True)]
            report[label] = {**total(tr), "raised": raised, "error": err}
    if args.json:
        for v in report.values():
            if isinstance(v, dict):
                v.pop("errors", None)
        print(json.dumps(report, indent=2, default=str))
        return 0
    _print(report, items, results, args.errors)
    return 0


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _print(report: dict, items: list[dict], results: list[dict], errors: bool) -> None:
    nl = report["newsline"]
    print(f"{report['items']} items, {report['sentences']} sentences; {report['machine']}")
    print(
        "system | P | R | F1 | R direct | tp/sys/gold | wrong | unattributed | kind acc | title acc"
    )
    rows = [("newsline", nl)]
    rows += [(k, report[k]) for k in ("textacy_blank", "textacy_ruleparse") if k in report]
    for name, r in rows:
        extra = f" raised on {len(r['raised'])} items" if "raised" in r else ""
        print(
            f"{name} | {_fmt(r['precision'])} | {_fmt(r['recall'])} | {_fmt(r['f1'])} | "
            f"{_fmt(r['recall_direct'])} | "
            f"{r['tp']}/{r['sys']}/{r['gold']} | {r['wrong']} | {r['unattributed']} | "
            f"{_fmt(r['kind_accuracy'])} | {_fmt(r['title_accuracy'])}{extra}"
        )
    print("\nper form (newsline): form | gold | recall | sys | precision")
    for form, f in nl["per_form"].items():
        print(f"{form} | {f['gold']} | {_fmt(f['recall'])} | {f['sys']} | {_fmt(f['precision'])}")
    print("\nby quote style (newsline): style | P | R")
    for style, r in report["by_style"].items():
        print(
            f"{style} | {_fmt(r['precision'])} | {_fmt(r['recall'])} | "
            f"{r['tp']}/{r['sys']}/{r['gold']}"
        )
    rate = report["sentences"] / report["seconds"] if report["seconds"] else 0
    print(
        f"\nspeed: {report['items']} articles in {report['seconds'] * 1000:.1f} ms "
        f"(best of 5) = {rate:,.0f} sentences/s, "
        f"{report['items'] / report['seconds']:,.0f} articles/s"
    )
    for k in ("textacy_blank", "textacy_ruleparse"):
        if report.get(k, {}).get("raised"):
            print(f"{k} raised ValueError (odd number of quote marks) on: {report[k]['raised']}")
    if errors:
        for it, r in zip(items, results, strict=True):
            if r["errors"]:
                print(f"\n{it['id']}:")
                print("\n".join(r["errors"]))


if __name__ == "__main__":
    sys.exit(main())
