"""Slack: `/beachhead …` on a Bolt AsyncApp; translators between requests and the Desk.

Reading commands answer in the acknowledgement itself (SQLite answers in milliseconds, well
inside Slack's 3 seconds). Changing commands acknowledge at once, then check that the caller is
a workspace admin (or in the configured user group), do the work and answer ephemerally through
the command's response_url.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.replies import (
    PAGE_ACTION,
    read_page_value,
    slack_entries,
    slack_event,
    slack_help,
    slack_sources,
    slack_status,
    slack_subscribed,
    slack_subscriptions,
    slack_text,
)
from bot.commands import CommandError, Desk, filters_from, parse_options
from bot.config import SlackSettings

log = logging.getLogger(__name__)
REFUSED = "Only workspace admins can change Beachhead's settings here."
BROKEN = "Something went wrong on our side; it has been logged. Please try again later."
Answer = dict[str, Any]
Handler = Callable[[Desk, list[str], dict[str, str], dict[str, Any]], Awaitable[Answer]]


def _number(words: list[str], what: str) -> int:
    if len(words) != 1 or not words[0].lstrip("#").isdigit():
        raise CommandError(f"give the {what} number, e.g. `/beachhead {what} 12`")
    return int(words[0].lstrip("#"))


def _unlink(word: str) -> str:
    """Slack sends a pasted URL as `<https://…>` or `<https://…|label>`."""
    return word[1:-1].split("|", 1)[0] if word.startswith("<") and word.endswith(">") else word


def _who(command: dict[str, Any]) -> str:
    return f"slack:{command['user_id']} ({command.get('user_name', '')})"


async def _entries(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    if words:
        raise CommandError(f"unexpected {words[0]!r}; filters look like country:KR")
    filters = filters_from(
        opts.get("company"), opts.get("country"), opts.get("kind"), opts.get("days", "30")
    )
    return slack_entries(await desk.entries(filters))


async def _event(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    return slack_event(await desk.event(_number(words, "event")))


async def _subscriptions(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    return slack_subscriptions(await desk.subscriptions(f"slack:{cmd['channel_id']}"))


async def _subscribe(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    if words:
        raise CommandError(f"unexpected {words[0]!r}; filters look like company:OpenAI")
    filters = filters_from(opts.get("company"), opts.get("country"), opts.get("kind"))
    try:
        confidence = float(opts.get("min_confidence", "0.5"))
    except ValueError:
        raise CommandError("min_confidence must be a number between 0 and 1") from None
    target = f"slack:{cmd['channel_id']}"
    return slack_subscribed(await desk.subscribe(target, filters, confidence, by=_who(cmd)))


async def _unsubscribe(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    sub_id = _number(words, "unsubscribe")
    await desk.unsubscribe(f"slack:{cmd['channel_id']}", sub_id)
    return slack_text(f"Unsubscribed #{sub_id}.")


async def _sources(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    action, rest = (words[0].lower(), words[1:]) if words else ("list", [])
    scope = f"slack:{cmd['team_id']}"
    if action == "list":
        return slack_sources(await desk.sources())
    if action == "add" and rest:
        name = opts.get("name") or " ".join(rest[1:]) or None
        source = await desk.add_source(_unlink(rest[0]), name, by=_who(cmd), scope=scope)
        return slack_text(f"Added source #{source.id}: {source.name}")
    if action == "remove":
        gone = await desk.remove_source(_number(rest, "sources remove"), scope=scope)
        return slack_text(f"Removed source #{gone.id}: {gone.name}")
    raise CommandError("use `sources`, `sources add URL [name:…]` or `sources remove ID`")


async def _status(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    return slack_status(await desk.status())


async def _help(desk: Desk, words: list[str], opts: dict[str, str], cmd: Any) -> Answer:
    return slack_help()


READING: dict[str, Handler] = {
    "entries": _entries,
    "event": _event,
    "subscriptions": _subscriptions,
    "status": _status,
    "help": _help,
}
CHANGING: dict[str, Handler] = {
    "subscribe": _subscribe,
    "unsubscribe": _unsubscribe,
    "sources": _sources,
}
OPTIONS = ("company", "country", "kind", "days", "min_confidence", "name")


def split_command(text: str) -> tuple[str, list[str], dict[str, str]]:
    """`entries country:KR` → ('entries', [], {'country': 'KR'}); empty text is help."""
    words, opts = parse_options(text, OPTIONS)
    if not words:
        return ("help", [], opts)
    return (words[0].lower(), words[1:], opts)


async def is_admin(client: AsyncWebClient, user_id: str, admin_group: str | None) -> bool:
    """Workspace admins and owners, or members of the configured user group."""
    info = await client.users_info(user=user_id)
    user = info.get("user") or {}
    if user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"):
        return True
    if not admin_group:
        return False
    try:
        members = await client.usergroups_users_list(usergroup=admin_group)
    except SlackApiError as exc:
        # A wrong group id refuses everyone outside the admins; say so to whoever runs the bot.
        log.warning("slack: cannot read slack.admin_group %s: %s", admin_group, _reason(exc))
        return False
    return user_id in (members.get("users") or [])


def _reason(exc: SlackApiError) -> str:
    data = exc.response.data
    return str(data.get("error")) if isinstance(data, dict) else f"HTTP {exc.response.status_code}"


def build_slack_app(
    desk: Desk,
    settings: SlackSettings,
    *,
    client: AsyncWebClient,
    signing_secret: str,
) -> AsyncApp:
    """The Bolt app: `/beachhead` and its page buttons, with request signatures verified."""
    app = AsyncApp(client=client, signing_secret=signing_secret, process_before_response=False)

    @app.command("/beachhead")
    async def beachhead(ack: Any, command: dict[str, Any], respond: Any) -> None:
        try:
            verb, words, opts = split_command(command.get("text", ""))
            if verb in CHANGING:
                await ack()
                await respond(
                    **await _change(verb, words, opts, command), response_type="ephemeral"
                )
                return
            handler = READING.get(verb)
            if handler is None:
                raise CommandError(f"unknown command {verb!r}; try `/beachhead help`")
            answer = await handler(desk, words, opts, command)
            await ack(**answer, response_type="ephemeral" if verb == "help" else "in_channel")
        except CommandError as exc:
            await ack(**slack_text(str(exc)))
        except Exception:
            log.exception("slack command failed")
            await ack(**slack_text(BROKEN))

    async def _change(
        verb: str, words: list[str], opts: dict[str, str], command: dict[str, Any]
    ) -> Answer:
        try:
            if not await is_admin(client, command["user_id"], settings.admin_group):
                return slack_text(REFUSED)
            return await CHANGING[verb](desk, words, opts, command)
        except CommandError as exc:
            return slack_text(str(exc))
        except SlackApiError as exc:
            log.warning("slack: admin check failed: %s", _reason(exc))
            return slack_text("Could not check your role with Slack; try again in a minute.")
        except Exception:
            log.exception("slack command failed")
            return slack_text(BROKEN)

    @app.action(re.compile(f"^{PAGE_ACTION}_(next|previous)$"))
    async def turn_page(ack: Any, action: dict[str, Any], respond: Any) -> None:
        await ack()
        try:
            old, page = read_page_value(action["value"])
            filters = filters_from(old.company, old.country, old.kind, old.days)
            answer = slack_entries(await desk.entries(filters, page))
        except (CommandError, ValueError, KeyError) as exc:
            answer = slack_text(f"Cannot turn the page: {exc}")
        await respond(**answer, replace_original=True)

    return app


@asynccontextmanager
async def serve_slack(
    app: AsyncApp, settings: SlackSettings, app_token: str | None
) -> AsyncIterator[None]:
    """Run the app in HTTP mode (Bolt's aiohttp adapter) or Socket Mode until the block ends."""
    if settings.mode == "socket":
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        if not app_token:
            raise CommandError("slack.mode = 'socket' needs SLACK_APP_TOKEN in the environment")
        handler = AsyncSocketModeHandler(app, app_token)
        await handler.connect_async()  # type: ignore[no-untyped-call]
        log.info("slack: connected in Socket Mode")
        try:
            yield
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]
        return
    runner = web.AppRunner(app.web_app(path=settings.path, port=settings.port))
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.port).start()
    log.info("slack: listening on %s:%d%s", settings.host, settings.port, settings.path)
    try:
        yield
    finally:
        await runner.cleanup()
