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
