"""Operations helpers: JSON log lines, readiness, settings checks for what deploy/ passes."""

import copy
import json
import logging

import pytest
from mode.utils.logging import setup_logging

from agents.ops import JSON_LOGGING
from streams.settings import SettingsError, load


def test_json_log_format_writes_one_json_object_per_line(capsys):
    saved = logging.root.handlers[:], logging.root.level
    try:
        # Faust's worker calls mode's setup_logging with the app's logging_config.
        setup_logging(loglevel="INFO", logging_config=copy.deepcopy(JSON_LOGGING))
        logging.getLogger("rasd").warning("feed %s: %d new", "wire", 3)
        try:
            raise ValueError("bad")
        except ValueError:
            logging.getLogger("rasd.x").exception("failed")
    finally:
        logging.root.handlers[:], level = saved
        logging.root.setLevel(level)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["message"] == "feed wire: 3 new" and lines[0]["level"] == "WARNING"
    assert lines[0]["logger"] == "rasd" and lines[0]["ts"].endswith("Z")
    assert lines[1]["level"] == "ERROR" and "ValueError: bad" in lines[1]["exc"]


@pytest.mark.parametrize("env, message", [
    ({"RASD_LOG_FORMAT": "xml"}, "RASD_LOG_FORMAT"),
    ({"RASD_WEB_PORT": "70000"}, "RASD_WEB_PORT"),
    ({"RASD_WEB_ENABLED": "maybe"}, "expected true or false"),
    ({"RASD_BATCH_ARTICLES": "0"}, "RASD_BATCH_ARTICLES=0: between 1 and 1000"),
    ({"RASD_BATCH_WAIT_MS": "0"}, "RASD_BATCH_WAIT_MS=0: between 1 and 1000"),
    ({"RASD_MAX_MESSAGE_BYTES": "100000"}, "RASD_PRODUCER_MAX_BATCH_BYTES=262144: at most RASD_MAX_MESSAGE_BYTES=100000"),
])
def test_operations_settings_are_checked_at_start_up(env, message):
    with pytest.raises(SettingsError, match=message):
        load(env)


def test_the_worker_refuses_bad_configuration_at_start_up_with_a_clear_message():
    import os
    import subprocess
    import sys

    env = {**os.environ, "RASD_PARTITIONS": "zero"}
    proc = subprocess.run([sys.executable, "-c", "import agents.app"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "configuration error: RASD_PARTITIONS='zero': expected int"
