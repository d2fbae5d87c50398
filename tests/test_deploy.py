"""deploy/ refers only to what exists: services, settings, commands, pages, files (no Docker here)."""

from __future__ import annotations

import importlib
import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import yaml

from agents.cli import build_parser
from agents.ops import PAGES
from streams.settings import PREFIX, Settings, load

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
SETTINGS = {PREFIX + name.upper() for name in Settings.__dataclass_fields__}
WORKER = ["faust", "-L", "uvloop", "-A", "agents.app", "worker", "-l", "info"]


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def k8s_docs() -> list[dict]:
    docs = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def check_command(cmd: list[str]) -> None:
    """A command is the worker (faust -L uvloop -A agents.app worker ...) or a valid `rasd` invocation."""
    assert cmd and cmd[0] in ("faust", "rasd"), cmd
    if cmd[0] == "faust":
        assert cmd == WORKER, cmd
        assert any(ep.name == "faust" for ep in entry_points(group="console_scripts"))
        importlib.import_module("agents.app")
    else:
        assert any(ep.name == "rasd" and ep.value == "agents.cli:main"
                   for ep in entry_points(group="console_scripts"))
        build_parser().parse_args(cmd[1:])  # exits (SystemExit) on an unknown command or flag


def check_env(env: dict) -> None:
    """Every RASD_ variable is a setting, and together they pass the start-up validation."""
    rasd = {k: str(v) for k, v in env.items() if k.startswith(PREFIX)}
    assert set(rasd) <= SETTINGS, set(rasd) - SETTINGS
    load(rasd)


def test_compose_runs_kafka_kraft_a_topics_job_two_workers_and_a_feeder():
    services = compose()["services"]
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:") and not kafka["image"].endswith(":latest")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]  # KRaft, no ZooKeeper
    assert services["topics"]["command"] == ["rasd", "topics"]
    assert services["worker"]["deploy"]["replicas"] == 2
    assert services["worker"]["command"] == WORKER
    assert services["feeder"]["command"][:2] == ["rasd", "feed"]
    assert services["topics"]["build"]["dockerfile"] == "deploy/Dockerfile"
    for name, service in services.items():
        for dep in service.get("depends_on", {}):
            assert dep in services, (name, dep)
        if name != "kafka":
            check_command(service["command"])
            check_env(service["environment"])
            host = service["environment"]["RASD_BROKER"].split("://")[1].split(":")[0]
            assert host in services


def test_compose_feeder_feeds_files_the_image_contains():
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    feeder = compose()["services"]["feeder"]["command"]
    assert "COPY seeds /app/seeds" in dockerfile and "/app/seeds" in feeder
    assert list((ROOT / "seeds").glob("*.txt"))


def test_dockerfile_is_multi_stage_pinned_non_root_and_runs_the_worker():
    text = (DEPLOY / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+)", text, re.M)
    assert len(stages) >= 2
    for image in stages:
        assert re.search(r":\d+\.\d+\.\d+", image), f"base image not pinned: {image}"
    final = text[text.rindex("\nFROM "):]
    user = re.search(r"^USER (\S+)", final, re.M)
    assert user and user.group(1) not in ("root", "0")
    assert not re.search(r"apt-get install|build-essential|gcc", final)
    assert re.search(r"COPY --from=build /opt/rasd /opt/rasd", final)
    cmd = re.search(r"^CMD (\[.*\])$", final, re.M)
    check_command(yaml.safe_load(cmd.group(1)))
    for src in re.findall(r"^COPY (?!--from)(.+) \S+$", text, re.M):
        for path in src.split():
            assert (ROOT / path).exists(), path
    for var in re.findall(r"\b(RASD_\w+)=", text):
        assert var in SETTINGS, var


def test_kubernetes_statefulset_configmap_probes_and_job_refer_to_real_things():
    docs = k8s_docs()
    kinds = {d["kind"]: d for d in docs}
    assert {"StatefulSet", "ConfigMap", "Job", "Service", "Secret"} <= set(kinds)
    config = kinds["ConfigMap"]["data"]
    check_env(config)
    secret = kinds["Secret"]["stringData"]
    assert set(secret) <= SETTINGS and "RASD_SASL_PASSWORD" in secret
    sts = kinds["StatefulSet"]
    assert sts["spec"]["volumeClaimTemplates"][0]["metadata"]["name"] == "data"
    assert config["RASD_STORE"].startswith("rocksdb://")
    pod = sts["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    (container,) = pod["containers"]
    check_command(container["command"])
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert config["RASD_DATADIR"].startswith(mounts["data"])
    port = {p["name"]: p["containerPort"] for p in container["ports"]}["web"]
    assert str(port) == config["RASD_WEB_PORT"]
    for probe in ("livenessProbe", "readinessProbe"):
        assert container[probe]["httpGet"]["path"] in PAGES and container[probe]["httpGet"]["port"] == "web"
    assert container["resources"]["requests"]["cpu"] and container["resources"]["limits"]["memory"]
    refs = {r["configMapRef"]["name"] for r in container["envFrom"] if "configMapRef" in r}
    assert refs == {kinds["ConfigMap"]["metadata"]["name"]}
    job = kinds["Job"]["spec"]["template"]["spec"]["containers"][0]
    check_command(job["command"])


@pytest.mark.parametrize("path", ["deploy/README.md"])
def test_deploy_readme_commands_name_real_services_and_subcommands(path):
    text = (ROOT / path).read_text()
    services = set(compose()["services"])
    for service in re.findall(r"docker compose -f deploy/compose.yaml (?:run --rm|logs -f|up -d --scale) "
                              r"([a-z]+)", text):
        assert service in services, service
    for line in re.findall(r"^\s*(rasd [^\n|]+)$", text, re.M):
        check_command(line.split("#")[0].split())


def test_kafka_python_checks_record_batches_with_the_c_crc32c():
    # Without the crc32c package kafka-python falls back to pure Python (165 ms per MB), which
    # halves what `rasd feed` sends per second.
    from kafka.record import util

    assert type(util._crc32c).__name__ == "builtin_function_or_method"
    assert util.calc_crc32c(b"123456789") == 0xE3069283  # the CRC-32C check value
