"""Connection security and configuration checks: TLS/SASL settings reach Faust and kafka-python,
secrets never reach a log or the printed configuration, and bad configuration stops a command or
the worker at start-up with a message naming the setting."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from agents.kafka_io import client_config
from streams.settings import SettingsError, load

SECRET = "s3cr3t-hunter2"
SASL = {"RASD_SECURITY_PROTOCOL": "SASL_SSL", "RASD_SASL_MECHANISM": "SCRAM-SHA-512",
        "RASD_SASL_USERNAME": "rasd", "RASD_SASL_PASSWORD": SECRET}


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(extra)
    return env


@pytest.mark.parametrize("env, message", [
    ({"RASD_BROKER": "http://kafka:9092"}, "RASD_BROKER"),
    ({"RASD_BROKER": "kafka://kafka"}, "RASD_BROKER"),
    ({"RASD_TOPIC_EVENTS": ""}, "RASD_TOPIC_EVENTS"),
    ({"RASD_TOPIC_EVENTS": "two words"}, "RASD_TOPIC_EVENTS"),
    ({"RASD_TOPIC_EVENTS": "rasd.articles.raw"}, "same topic"),
    ({"RASD_PARTITIONS": "four"}, "RASD_PARTITIONS='four': expected int"),
    ({"RASD_MAX_TEXT_BYTES": "0"}, "RASD_MAX_TEXT_BYTES"),
    ({"RASD_PROCESSING_GUARANTEE": "exactly-once"}, "RASD_PROCESSING_GUARANTEE"),
    ({"RASD_SECURITY_PROTOCOL": "TLS"}, "RASD_SECURITY_PROTOCOL"),
    ({"RASD_SECURITY_PROTOCOL": "SASL_SSL", "RASD_SASL_MECHANISM": "GSSAPI"}, "RASD_SASL_MECHANISM"),
    ({"RASD_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "RASD_SASL_MECHANISM": "PLAIN"}, "RASD_SASL_USERNAME"),
    ({"RASD_BROKERS": "kafka://x:1"}, "unknown setting"),
    ({"RASD_STANDBY_REPLICAS": "-1"}, "RASD_STANDBY_REPLICAS"),
])
def test_bad_configuration_names_the_setting(env, message):
    with pytest.raises(SettingsError, match=message):
        load(env)


def test_sasl_and_tls_reach_kafka_python():
    cfg = client_config(load({**SASL, "RASD_SSL_CAFILE": "/etc/rasd/ca.pem"}))
    assert cfg["security_protocol"] == "SASL_SSL" and cfg["sasl_mechanism"] == "SCRAM-SHA-512"
    assert cfg["sasl_plain_username"] == "rasd" and cfg["sasl_plain_password"] == SECRET
    assert cfg["ssl_cafile"] == "/etc/rasd/ca.pem"


def test_sasl_exactly_once_and_standbys_reach_faust():
    """The Faust app built from the settings carries the credentials, the guarantee and the
    standby count (none unless asked for)."""
    code = ("from agents.app import app; c = app.conf.broker_credentials; "
            "print(type(c).__name__, c.mechanism.value, c.username, c.password == %r, "
            "c.ssl_context is not None, app.conf.processing_guarantee.value, "
            "app.conf.table_standby_replicas)" % SECRET)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env=_env(**SASL, RASD_PROCESSING_GUARANTEE="exactly_once", RASD_STANDBY_REPLICAS="1"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["SASLCredentials", "SCRAM-SHA-512", "rasd", "True", "True", "exactly_once", "1"]
    out = subprocess.run([sys.executable, "-c", "from agents.app import app; print(app.conf.table_standby_replicas)"],
                         capture_output=True, text=True, timeout=60, env=_env())
    assert out.stdout.split() == ["0"], out.stderr


def test_rasd_config_masks_the_password():
    out = subprocess.run([sys.executable, "-m", "agents.cli", "config"], capture_output=True,
                         text=True, timeout=60, env=_env(**SASL))
    assert out.returncode == 0 and "***" in out.stdout and SECRET not in out.stdout + out.stderr


def test_a_worker_never_logs_the_password(broker, tmp_path):
    """A worker with SASL settings against a broker that does not speak SASL: it fails to
    connect and says so, without writing the password anywhere in its log."""
    from agents.cli import _stop, start_worker
    from agents.broker import free_port

    log = tmp_path / "worker.log"
    env = _env(**{**SASL, "RASD_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "RASD_SASL_MECHANISM": "PLAIN"},
               RASD_BROKER=broker.url, RASD_APP_ID="rasd-secret-test", RASD_WEB_PORT=str(free_port()),
               RASD_DATADIR=str(tmp_path / "data"), RASD_REBALANCE_TIMEOUT_S="4", PYTHONUNBUFFERED="1")
    proc = start_worker(env, log, level="debug")
    try:
        time.sleep(12)
    finally:
        _stop(proc)
    text = log.read_text(errors="replace")
    assert "rasd-secret-test" in text  # the log is there, with the app's start-up banner
    assert SECRET not in text


def test_commands_say_which_broker_or_topic_is_wrong(broker, tmp_path):
    from agents.broker import free_port

    nothing = f"kafka://127.0.0.1:{free_port()}"
    out = subprocess.run([sys.executable, "-m", "agents.cli", "subscribe", "--timeout", "2"],
                         capture_output=True, text=True, timeout=120,
                         env=_env(RASD_BROKER=nothing))
    assert out.returncode == 2 and "cannot reach the broker at 127.0.0.1:" in out.stderr, out.stderr
    out = subprocess.run([sys.executable, "-m", "agents.cli", "subscribe", "--timeout", "2"],
                         capture_output=True, text=True, timeout=60,
                         env=_env(RASD_BROKER=broker.url, RASD_TOPIC_EVENTS="no-such-topic-here"))
    assert out.returncode == 2 and "RASD_TOPIC_EVENTS='no-such-topic-here': no such topic" in out.stderr
