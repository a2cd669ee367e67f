"""Logging to stderr with every secret redacted, whoever logs it."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

# A webhook URL is a credential: its token part never reaches a log line.
WEBHOOK_TOKEN = re.compile(
    r"(https?://[^\s/]+/(?:api(?:/v\d+)?/webhooks/\d+|services(?:/[A-Za-z0-9]+){2}))/[\w.-]+"
)


class RedactingFilter(logging.Filter):
    """Replaces known secret values and webhook tokens in every record."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """The text with secrets replaced by <redacted>."""
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return WEBHOOK_TOKEN.sub(r"\1/<redacted>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message now, redacted, so arguments cannot leak later."""
        message = self.redact(record.getMessage())
        if record.exc_info:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        record.msg, record.args = message, None
        return True


def setup_logging(verbose: bool, secrets: Iterable[str] = ()) -> None:
    """Send logs to stderr (alerts use stdout), redacting secrets."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("apscheduler", "discord", "aiosqlite", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
