"""Logging to stderr, one line per event that matters, as key=value text or JSON.

Log calls pass their facts as fields: `log.info("alert delivered", extra=fields(event_id=3,
target=t.redacted))`. Every secret is redacted from the message, the fields and tracebacks,
whoever logs them (discord.py's debug lines carry webhook URLs, for one)."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

LogFormat = Literal["text", "json"]

# A webhook URL is a credential: its token part never reaches a log line, whether the URL is
# whole or only its path (as in an HTTP access log line).
WEBHOOK_TOKEN = re.compile(
    r"((?:https?://[^\s/]+)?/(?:api(?:/v\d+)?/webhooks/\d+|services(?:/[A-Za-z0-9]+){2}))"
    r"/[\w.-]+"
)
NEEDS_QUOTES = re.compile(r'[\s"=\\]')
REDACTED = "<redacted>"


def fields(**values: Any) -> dict[str, Any]:
    """The `extra=` of a log call: facts rendered as key=value (text) or keys (JSON)."""
    return {"fields": values}


def _fields(record: logging.LogRecord) -> Mapping[str, Any]:
    found = getattr(record, "fields", None)
    return found if isinstance(found, Mapping) else {}


class RedactingFilter(logging.Filter):
    """Replaces known secret values and webhook tokens in every record."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """The text with secrets replaced by <redacted>."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return WEBHOOK_TOKEN.sub(rf"\1/{REDACTED}", text)

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message now, redacted, so arguments cannot leak later."""
        message = self.redact(record.getMessage())
        if record.exc_info:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        record.msg, record.args = message, None
        extra = _fields(record)
        if extra:
            record.fields = {
                key: self.redact(value) if isinstance(value, str) else value
                for key, value in extra.items()
            }
        return True


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return json.dumps(text, ensure_ascii=False) if not text or NEEDS_QUOTES.search(text) else text


class _UTCFormatter(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """ISO 8601 in UTC with milliseconds: 2025-05-26T06:00:00.000Z."""
        moment = datetime.fromtimestamp(record.created, UTC)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def _traceback(self, record: logging.LogRecord) -> str:
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        return record.exc_text or ""


class TextFormatter(_UTCFormatter):
    """`2025-05-26T06:00:00.000Z INFO bot.pipeline: polled source="Korea Herald" new=2`."""

    def format(self, record: logging.LogRecord) -> str:
        """One line: time, level, logger, message, then key=value fields."""
        head = f"{self.formatTime(record)} {record.levelname} {record.name}:"
        parts = [head, record.getMessage()]
        parts += [f"{k}={_value(v)}" for k, v in _fields(record).items() if v is not None]
        line = " ".join(parts)
        traceback = self._traceback(record)
        return f"{line}\n{traceback}" if traceback else line


class JSONFormatter(_UTCFormatter):
    """One JSON object per line: time, level, logger, msg, the fields, and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        data: dict[str, Any] = {
            "time": self.formatTime(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in _fields(record).items():
            data.setdefault(key, value)
        traceback = self._traceback(record)
        if traceback:
            data["traceback"] = traceback
        return json.dumps(data, ensure_ascii=False, default=str)


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is when a record arrives, not when logging was set up
    (a redirection, or a test's capture that has since closed, cannot strand the handler)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        """The current standard error."""
        return sys.stderr

    @stream.setter
    def stream(self, _: TextIO) -> None:
        return


def setup_logging(
    verbose: bool,
    secrets: Iterable[str] = (),
    fmt: LogFormat = "text",
    stream: TextIO | None = None,
) -> None:
    """Send logs to stderr (alerts use stdout), in the chosen format, redacting secrets."""
    handler = logging.StreamHandler(stream) if stream is not None else StderrHandler()
    handler.setFormatter(JSONFormatter() if fmt == "json" else TextFormatter())
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("apscheduler", "discord", "aiosqlite", "asyncio", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
