"""One exception root; every str() is one line a user can act on."""


class BeachheadError(Exception):
    """Root of every error Beachhead raises on purpose."""


class ConfigError(BeachheadError):
    """A configuration file or value is wrong; names the file, key and reason."""


class FetchError(BeachheadError):
    """A source could not be fetched; names the URL and the cause.

    `kind` is a short fixed word (timeout, connect, http_4xx, too_large, …) for metrics;
    `retry_after` the seconds the server asked us to wait (Retry-After), if it said."""

    kind = "other"

    def __init__(
        self, message: str, *, kind: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind
        self.retry_after = retry_after


class BlockedAddressError(FetchError):
    """A URL resolves to an address the network guard refuses."""

    kind = "blocked"


class FeedError(BeachheadError):
    """Fetched bytes are not a usable feed; names the source and the cause."""


class StoreError(BeachheadError):
    """The database cannot be opened or used."""


class DeliveryError(BeachheadError):
    """A chat target refused or failed a message.

    `scope` says what a permanent error stops: "delivery" (only this message, e.g. a body the
    platform rejects), "target" (this channel or webhook, e.g. missing access), "gone" (the
    target no longer exists and must never be used again) or "platform" (the token is invalid,
    every target of the platform stops). `retry_after` is the wait the platform asked for;
    `uncertain` marks a failure after the request may have reached the platform (a timeout or a
    dropped connection), which a resend could duplicate.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        scope: str = "target",
        retry_after: float | None = None,
        uncertain: bool = False,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.scope = scope
        self.retry_after = retry_after
        self.uncertain = uncertain
