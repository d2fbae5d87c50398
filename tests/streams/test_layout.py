"""streams/ is pure domain logic: it never imports Faust or a Kafka client."""

import ast
from pathlib import Path

STREAMS = Path(__file__).resolve().parents[2] / "streams"
FORBIDDEN = {"faust", "aiokafka", "kafka", "mode"}


def test_streams_never_imports_faust_or_kafka():
    offenders = []
    for path in STREAMS.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []
    assert len(list(STREAMS.rglob("*.py"))) >= 8


def test_curated_places_name_their_province_as_the_built_gazetteer_does():
    """Events are partitioned and merged by country and admin-1: a curated place whose province
    is spelled otherwise than the built gazetteer's ('Al-Anbar Governorate' beside 'Al-Anbar')
    would keep its reports apart from those of the towns around it."""
    from collections import defaultdict

    from streams.gazetteer import DATA, read_tsv

    built: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(DATA / "places.tsv"):
        if row["admin1"]:
            built[row["country"]].add(row["admin1"])
    odd = [(row["id"], row["admin1"]) for row in read_tsv(DATA / "places_curated.tsv")
           if row["admin1"] and built[row["country"]] and row["admin1"] not in built[row["country"]]]
    assert odd == []


def test_each_actor_name_is_listed_once():
    """The lexicon keeps the last row of a name: a second row for one ('ولاية غرب أفريقيا' with
    no country, after the row with NG) would silently change the first."""
    from collections import Counter

    from streams.gazetteer import DATA, read_tsv

    names = Counter(row["pattern"] for row in read_tsv(DATA / "actors.tsv"))
    assert [name for name, n in names.items() if n > 1] == []
