"""`rasd eval`: score extraction against gold articles and gold sentences (shared/eval/FORMAT.md)."""

from __future__ import annotations

import csv
from pathlib import Path

import orjson

from streams.errors import BadInput
from streams.ingest import article_from_object
from streams.normalize import normalize_token
from streams.pipeline import article_events
from streams.settings import Settings

BASELINE_WORDS = {
    "ASSAULT": {normalize_token(w) for w in "قتل هجوم غارة قصف تفجير اشتباك".split()},
    "PROTEST": {normalize_token(w) for w in "تظاهر احتجاج اعتصام مظاهرة".split()},
}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _same_place(pred: dict | None, gold: dict) -> bool:
    if not pred:
        return False
    name = normalize_token(gold.get("location") or "")
    got = normalize_token(pred.get("name") or "")
    return bool(name) and (got == name or got.endswith(" " + name) or name.endswith(" " + got))


def score_articles(path: Path, settings: Settings) -> dict:
    """Event detection, type-only, location, casualty and date scores for one JSONL file."""
    tp = fp = fn = ttp = tfp = tfn = 0
    killed_ok = killed_n = date_ok = date_n = country_ok = admin_ok = 0
    for line in path.read_bytes().splitlines():
        doc = orjson.loads(line)
        try:
            preds = article_events(article_from_object(doc), settings)
        except BadInput:
            preds = []
        golds = doc.get("gold_events", [])
        used: set[int] = set()
        for gold in golds:
            match = next((k for k, p in enumerate(preds) if k not in used and p.type == gold["type"]
                          and _same_place(p.location, gold)), None)
            if match is None:
                fn += 1
                continue
            used.add(match)
            tp += 1
            pred = preds[match]
            country_ok += (pred.location or {}).get("country") == gold.get("country")
            admin_ok += (pred.location or {}).get("country") == gold.get("country")
            if gold.get("killed") is not None:
                killed_n += 1
                killed_ok += pred.killed == gold["killed"]
            if gold.get("date"):
                date_n += 1
                date_ok += pred.date == gold["date"]
        fp += len(preds) - len(used)
        gold_types = [g["type"] for g in golds]
        for t in {p.type for p in preds} | set(gold_types):
            n_pred = sum(p.type == t for p in preds)
            n_gold = gold_types.count(t)
            ttp += min(n_pred, n_gold)
            tfp += max(0, n_pred - n_gold)
            tfn += max(0, n_gold - n_pred)
    return {"event": _prf(tp, fp, fn), "type": _prf(ttp, tfp, tfn), "matched": tp,
            "country_ok": country_ok, "killed": (killed_ok, killed_n), "date": (date_ok, date_n)}


def score_gsr(path: Path, settings: Settings) -> dict:
    """Sentence-level P/R/F1 for the file's category, with a keyword-only baseline."""
    tp = fp = fn = btp = bfp = bfn = 0
    category = None
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            category = row["event_type"]
            if row["label"] == "ambiguous":
                continue
            gold = row["label"] == "yes"
            try:
                events = article_events(article_from_object({"id": row["id"], "text": row["text"]}), settings)
            except BadInput:
                events = []
            pred = any(e.type == category for e in events)
            tp, fp, fn = tp + (pred and gold), fp + (pred and not gold), fn + (gold and not pred)
            words = normalize_token(row["text"]).split()
            base = any(f in BASELINE_WORDS.get(category, set()) for w in words for f in (w, w[1:], w[2:]))
            btp, bfp, bfn = btp + (base and gold), bfp + (base and not gold), bfn + (gold and not base)
    return {"category": category, "rasd": _prf(tp, fp, fn), "baseline": _prf(btp, bfp, bfn)}


def report(files: list[Path], settings: Settings, gsr: list[Path] = ()) -> str:
    """A plain-text report of every score."""
    lines = []
    for path in files:
        s = score_articles(path, settings)
        lines.append(f"{path.name}: event (type+place) P={s['event'][0]:.3f} R={s['event'][1]:.3f} "
                     f"F1={s['event'][2]:.3f}; type-only P={s['type'][0]:.3f} R={s['type'][1]:.3f} "
                     f"F1={s['type'][2]:.3f}")
        k, kn = s["killed"]
        d, dn = s["date"]
        lines.append(f"  matched={s['matched']} right country={s['country_ok']}/{s['matched']} "
                     f"killed exact={k}/{kn} date exact={d}/{dn}")
    for path in gsr:
        s = score_gsr(path, settings)
        r, b = s["rasd"], s["baseline"]
        lines.append(f"{path.name} ({s['category']}): rasd P={r[0]:.3f} R={r[1]:.3f} F1={r[2]:.3f}; "
                     f"keyword baseline P={b[0]:.3f} R={b[1]:.3f} F1={b[2]:.3f}")
    return "\n".join(lines)


__all__ = ["report", "score_articles", "score_gsr"]
