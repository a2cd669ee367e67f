"""Log lines: key=value text or JSON, one line per event with its facts, secrets never shown."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.logs import fields, setup_logging
from tests.ops_support import ENTRY_FEED, knowledge

TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GhIjKl.discord-bot-token-value"
SIGNING = "slack-signing-secret-8f14e45fceea167a5a36dedd4bea2543"
TOKEN_PART = "T" * 68
HOOK = "https://discord.com/api/webhooks/112233445566778899/" + TOKEN_PART
# A Discord webhook the config does not know about (so only the pattern can catch it).
OTHER_HOOK = "https://discord.com/api/webhooks/998877665544332211/other-webhook-secret-Zq9"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_secrets_are_redacted_from_messages_fields_and_tracebacks(fmt):
    stream = io.StringIO()
    setup_logging(False, [TOKEN, HOOK], fmt, stream=stream)
    log = logging.getLogger("bot.example")
    log.info(
        "posting with token %s to %s",
        TOKEN,
        OTHER_HOOK,
        extra=fields(source="Asia desk", event_id=7, target=HOOK),
    )
    try:
        raise RuntimeError(f"POST {HOOK} failed for {TOKEN}")
    except RuntimeError:
        log.exception("delivery crashed", extra=fields(event_id=8, target="discord-webhook:x"))
    out = stream.getvalue()
    for secret in (TOKEN, TOKEN_PART, "other-webhook-secret-Zq9"):
        assert secret not in out
    assert out.count("<redacted>") >= 4
    if fmt == "json":
        lines = [json.loads(line) for line in out.splitlines()]
        assert [line["msg"][:12] for line in lines] == ["posting with", "delivery cra"]
        first, second = lines
        assert (first["source"], first["event_id"], first["level"]) == ("Asia desk", 7, "info")
        assert first["target"] == "<redacted>"
        assert "RuntimeError" in second["traceback"] and second["event_id"] == 8
    else:
        first = out.splitlines()[0]
        assert " INFO bot.example: posting with token <redacted> to " in first
        assert first.endswith(
            "to https://discord.com/api/webhooks/998877665544332211/<redacted> "
            'source="Asia desk" event_id=7 target=<redacted>'
        )
        assert "Traceback" in out and "RuntimeError" in out


def write_config(tmp_path: Path, feed_url: str, slack_url: str, fmt: str) -> Path:
    detector = knowledge(tmp_path)
    config = tmp_path / "beachhead.toml"
    config.write_text(
        f"""
[storage]
path = "{tmp_path / "b.db"}"
[network]
allow_private_addresses = true
timeout = 5
[scheduler]
backfill_days = 3650
[detector]
companies = "{detector["companies"]}"
presences = "{detector["presences"]}"
[logging]
format = "{fmt}"
[[sources]]
name = "Asia desk"
url = "{feed_url}"
[[subscriptions]]
name = "discord-desk"
target = "discord-webhook:{HOOK}"
[[subscriptions]]
name = "slack-desk"
target = "slack-webhook:{slack_url}"
""",
        encoding="utf-8",
    )
    return config


@pytest.mark.parametrize("fmt", ["text", "json"])
async def test_a_verbose_run_never_logs_a_webhook_url_or_a_token(
    tmp_path: Path,
    fmt: str,
    feed_site,
    chat_api,
    discord_base,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    """The real CLI, debug logs on: discord.py, aiohttp and aiosqlite all see the secrets."""
    site, feed_server = feed_site
    api, chat_server = chat_api
    site.add("asia.xml", ENTRY_FEED)
    slack_url = str(chat_server.make_url("/services/T0001/B0001/slackhooksecret42"))
    api.faults = {"/services/": [(404, "no_service")]}
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING)
    config = write_config(tmp_path, str(feed_server.make_url("/asia.xml")), slack_url, fmt)

    status = await asyncio.to_thread(main, ["-v", "run", "--once", "--config", str(config)])

    err = capsys.readouterr().err
    assert status == 1  # the Slack webhook is gone for good
    assert len(api.received) == 2  # both platforms were really called with their secrets
    for secret in (TOKEN, SIGNING, TOKEN_PART, "slackhooksecret42", HOOK, slack_url):
        assert secret not in err
    assert "<redacted>" in err  # debug lines did carry the URLs
    if fmt == "json":
        lines = [json.loads(line) for line in err.splitlines() if line.strip()]
    else:
        lines = [{"msg": line} for line in err.splitlines()]
    by_msg = {line["msg"].split(":")[0]: line for line in lines}
    if fmt == "json":
        event = by_msg["event detected"]
        assert (event["source"], event["event_id"], event["kind"]) == ("Asia desk", 1, "office")
        sent = by_msg["alert delivered"]
        assert (sent["event_id"], sent["target"]) == (1, "discord-webhook:<secret>")
        gone = by_msg["target stopped, its deliveries failed"]
        assert (gone["target"], gone["failed"]) == ("slack-webhook:<secret>", 1)
    else:
        text = "\n".join(line["msg"] for line in lines)
        assert 'event detected source="Asia desk" event_id=1' in text
        assert "event_id=1 delivery=1 target=discord-webhook:<secret>" in text
        assert "target=slack-webhook:<secret>" in text and "failed=1" in text
