"""`rasd eval`: score extraction against gold articles and gold sentences (shared/eval/FORMAT.md)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import orjson

from streams.entities import COUNTRYSIDE, DIRECTIONS
from streams.errors import BadInput
from streams.gazetteer import gazetteer
from streams.ingest import article_from_object
from streams.normalize import normalize_token
from streams.pipeline import article_events, consolidate_all
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


def gold_admin1(gold: dict) -> str | None:
    """The admin-1 of a gold event's place, where the gazetteer knows the place by its Arabic
    name in the gold country ('ريف حلب الجنوبي' is read as 'حلب'); None where it does not."""
    words = normalize_token(gold.get("location") or "").replace("-", " ").split()
    if words and words[0] == COUNTRYSIDE:
        words = [w for w in words[1:] if w not in DIRECTIONS]
    place = gazetteer().lookup(tuple(words), gold.get("country")) if words else None
    if place is None or place.country != gold.get("country") or place.kind == "country":
        return None
    return place.admin1 or (place.name_en if place.kind == "admin1" else None)


def score_articles(path: Path, settings: Settings) -> dict:
    """Event detection, type-only, location, casualty and date scores for one JSONL file."""
    tp = fp = fn = ttp = tfp = tfn = 0
    killed_ok = killed_n = date_ok = date_n = country_ok = loc_found = gold_total = 0
    admin1_ok = admin1_n = 0
    all_preds = []
    matched: list[tuple[str, dict, str]] = []  # (candidate id, gold event, gold cluster)
    for line in path.read_bytes().splitlines():
        doc = orjson.loads(line)
        try:
            preds = article_events(article_from_object(doc), settings)
        except BadInput:
            preds = []
        golds = doc.get("gold_events", [])
        all_preds.extend(preds)
        gold_total += len(golds)
        loc_found += sum(any(_same_place(p.location, g) for p in preds) for g in golds)
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
            matched.append((pred.candidate_id, gold, doc.get("cluster") or doc["id"]))
            country_ok += (pred.location or {}).get("country") == gold.get("country")
            want_admin1 = gold_admin1(gold)
            if want_admin1 is not None:
                admin1_n += 1
                admin1_ok += (pred.location or {}).get("admin1") == want_admin1
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
            "country_ok": country_ok, "admin1": (admin1_ok, admin1_n), "killed": (killed_ok, killed_n), "date": (date_ok, date_n),
            "locations_found": (loc_found, gold_total),
            "consolidation": score_consolidation(all_preds, matched, path, settings)}


def _gold_event_key(gold: dict, cluster: str) -> tuple:
    return cluster, gold["type"], normalize_token(gold.get("location") or "")


def score_consolidation(preds, matched: list[tuple[str, dict, str]], path: Path, settings: Settings) -> dict:
    """Pairwise 'same consolidated event' decisions over matched events, against the gold: two
    gold events are the same happening when their articles share a cluster and the events share
    category and place. Also merges across different places, and event counts."""
    consolidated = consolidate_all(preds, settings)
    event_of = {cid: c.event_id for c in consolidated for cid in c.candidates}
    tp = fp = fn = cross_place = 0
    for a in range(len(matched)):
        for b in range(a + 1, len(matched)):
            (ca, ga, ka), (cb, gb, kb) = matched[a], matched[b]
            same_pred = event_of.get(ca) is not None and event_of.get(ca) == event_of.get(cb)
            same_gold = _gold_event_key(ga, ka) == _gold_event_key(gb, kb)
            tp += same_pred and same_gold
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
            cross_place += same_pred and normalize_token(ga.get("location") or "") != \
                normalize_token(gb.get("location") or "")
    gold_events = set()
    for line in path.read_bytes().splitlines():
        doc = orjson.loads(line)
        gold_events |= {_gold_event_key(g, doc.get("cluster") or doc["id"]) for g in doc.get("gold_events", [])}
    p, r, f = _prf(tp, fp, fn)
    return {"pairwise": (p, r, f), "pairs": (tp, fp, fn), "cross_place_merges": cross_place,
            "consolidated_events": len(consolidated), "gold_events": len(gold_events)}


_GIGAWORD_ID = re.compile(r"^[A-Z]{3}_[A-Z]{3}_(\d{4})(\d{2})(\d{2})\.")


def gigaword_date(doc_id: str) -> str | None:
    """The publication day a Gigaword document id carries (AAW_ARB_20081011.0036 -> 2008-10-11):
    the GSR sentences come from such documents, and their day is the article's date."""
    m = _GIGAWORD_ID.match(doc_id)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def score_gsr(path: Path, settings: Settings) -> dict:
    """Sentence-level P/R/F1 for the file's category, with a keyword-only baseline. A sentence
    reports the category when an event of it is found that is not marked intent."""
    tp = fp = fn = btp = bfp = bfn = 0
    category = None
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            category = row["event_type"]
            if row["label"] == "ambiguous":
                continue
            gold = row["label"] == "yes"
            try:
                article = {"id": row["id"], "text": row["text"], "published": gigaword_date(row["id"])}
                events = article_events(article_from_object(article), settings)
            except BadInput:
                events = []
            # an intended or expected event ('دعا إلى التظاهر', 'الإضراب المرتقب') is not reported
            pred = any(e.type == category and not e.intent for e in events)
            tp, fp, fn = tp + (pred and gold), fp + (pred and not gold), fn + (gold and not pred)
            words = normalize_token(row["text"]).split()
            base = any(f in BASELINE_WORDS.get(category, set()) for w in words for f in (w, w[1:], w[2:]))
            btp, bfp, bfn = btp + (base and gold), bfp + (base and not gold), bfn + (gold and not base)
    return {"category": category, "rasd": _prf(tp, fp, fn), "baseline": _prf(btp, bfp, bfn)}


def light_edits(text: str, other: str) -> dict[str, str]:
    """Reprint-like variants of an article: sentences reordered, headline changed, a paragraph
    (from another article) added, and all three at once."""
    from streams.normalize import normalize_text, split_sentences

    norm, _ = normalize_text(text)
    parts = [norm[a:b] for a, b in split_sentences(norm)] or [norm]
    reordered = " ".join(parts[1:] + parts[:1]) if len(parts) > 2 else " ".join(reversed(parts))
    headline = "عاجل: " + " ".join(parts[1:]) if len(parts) > 1 else "عاجل: " + norm
    paragraph = other[: max(200, len(text) // 4)]
    added = text + "\n" + paragraph
    both = "عاجل: " + reordered + "\n" + paragraph
    return {"reordered": reordered, "headline": headline, "added_paragraph": added, "all_three": both}


def score_reprints(path: Path) -> dict:
    """Near-duplicate detection on pairs built from the articles: each article against its light
    edits (reprints) and against the articles of other clusters and their edits (unrelated)."""
    from streams.normalize import normalize_text
    from streams.reprints import is_reprint, signature

    docs = [orjson.loads(line) for line in path.read_bytes().splitlines()]
    sig = lambda text: signature(normalize_text(text)[0])  # noqa: E731
    originals = [sig(d["text"]) for d in docs]
    variants = []
    for k, d in enumerate(docs):
        other = docs[(k + 1) % len(docs)]["text"]
        variants.append({name: sig(t) for name, t in light_edits(d["text"], other).items()})
    tp = fp = fn = tn = 0
    missed: dict[str, int] = {}
    for i, d in enumerate(docs):
        for name, v in variants[i].items():
            if is_reprint(originals[i], v):
                tp += 1
            else:
                fn += 1
                missed[name] = missed.get(name, 0) + 1
        for j, e in enumerate(docs):
            if j != i and (d.get("cluster") or d["id"]) != (e.get("cluster") or e["id"]):
                for other in [originals[j], *variants[j].values()]:
                    if is_reprint(originals[i], other):
                        fp += 1
                    else:
                        tn += 1
    p, r, f = _prf(tp, fp, fn)
    return {"prf": (p, r, f), "positives": tp + fn, "negatives": fp + tn, "missed": missed}


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
        lf, ln = s["locations_found"]
        a1, a1n = s["admin1"]
        lines.append(f"  matched={s['matched']} right country={s['country_ok']}/{s['matched']} "
                     f"right admin-1={a1}/{a1n} (where the gazetteer knows the gold place) "
                     f"killed exact={k}/{kn} date exact={d}/{dn} gold locations found={lf}/{ln}")
        c = s["consolidation"]
        lines.append(f"  consolidation: pairwise P={c['pairwise'][0]:.3f} R={c['pairwise'][1]:.3f} "
                     f"(tp/fp/fn={'/'.join(map(str, c['pairs']))}); merges across places="
                     f"{c['cross_place_merges']}; consolidated events={c['consolidated_events']} "
                     f"vs gold events={c['gold_events']}")
        n = score_reprints(path)
        lines.append(f"  reprints (light edits vs other clusters): P={n['prf'][0]:.3f} R={n['prf'][1]:.3f} "
                     f"on {n['positives']} reprint and {n['negatives']} unrelated pairs; missed: "
                     f"{n['missed'] or 'none'}")
    for path in gsr:
        s = score_gsr(path, settings)
        r, b = s["rasd"], s["baseline"]
        lines.append(f"{path.name} ({s['category']}): rasd P={r[0]:.3f} R={r[1]:.3f} F1={r[2]:.3f}; "
                     f"keyword baseline P={b[0]:.3f} R={b[1]:.3f} F1={b[2]:.3f}")
    return "\n".join(lines)


__all__ = ["report", "score_articles", "score_gsr"]
