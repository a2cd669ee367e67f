"""Discord slash commands on one CommandTree: translators between interactions and the Desk."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord
from discord import app_commands

from bot.chat.replies import (
    discord_entries,
    discord_event,
    discord_sources,
    discord_status,
    discord_subscribed,
    discord_subscriptions,
)
from bot.commands import (
    MAX_DAYS,
    CommandError,
    Desk,
    EntriesPage,
    filters_from,
    suggest,
    suggest_countries,
)
from bot.config import DiscordSettings
from bot.models import EntryKind

log = logging.getLogger(__name__)
MANAGE = discord.Permissions(manage_guild=True)
REFUSED = "You need the Manage Server permission to change Beachhead's settings here."
NO_DM = "This command works only in a server channel."
BROKEN = "Something went wrong on our side; it has been logged. Please try again later."
QUIET = discord.AllowedMentions.none()


def who(interaction: discord.Interaction[Any]) -> str:
    """The person behind an interaction, as stored in `added_by` / `created_by`."""
    return f"discord:{interaction.user.id} ({interaction.user.name})"


def friendly(error: BaseException) -> str:
    """One line for the person who asked; never a traceback."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, CommandError):
        return str(error)
    if isinstance(error, app_commands.MissingPermissions):
        return REFUSED
    if isinstance(error, app_commands.NoPrivateMessage):
        return NO_DM
    if isinstance(error, app_commands.TransformerError | app_commands.CheckFailure):
        return str(error).splitlines()[0][:300]
    log.error("command failed", exc_info=error)
    return BROKEN


async def answer_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """Tell the person what went wrong, ephemerally, whether or not we already answered."""
    text = friendly(error)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=QUIET)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=QUIET)
    except discord.HTTPException as exc:
        log.warning("could not send an error answer: HTTP %s", exc.status)


class Tree(app_commands.CommandTree[discord.Client]):
    """The one command tree; every failure becomes a friendly ephemeral line."""

    async def on_error(
        self, interaction: discord.Interaction[discord.Client], error: app_commands.AppCommandError
    ) -> None:
        """Answer instead of logging a traceback to the channel."""
        await answer_error(interaction, error)


class EntriesView(discord.ui.View):
    """Previous/next buttons under an /entries answer; only its caller turns the pages."""

    def __init__(self, desk: Desk, page: EntriesPage, owner_id: int) -> None:
        super().__init__(timeout=600)
        self.desk = desk
        self.page = page
        self.owner_id = owner_id
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = not self.page.has_previous
        self.next.disabled = not self.page.has_next

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        """Someone else's click gets a hint instead of moving this answer."""
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only whoever ran /entries can turn its pages; run your own.", ephemeral=True
        )
        return False

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        """A failed page turn is one friendly line."""
        await answer_error(interaction, error)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[EntriesView]
    ) -> None:
        """Show the newer page."""
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[EntriesView]
    ) -> None:
        """Show the older page."""
        await self._turn(interaction, 1)

    async def _turn(self, interaction: discord.Interaction[Any], delta: int) -> None:
        self.page = await self.desk.entries(self.page.filters, self.page.page + delta)
        self._sync()
        await interaction.response.edit_message(
            embed=discord.Embed.from_dict(discord_entries(self.page)), view=self
        )


def build_tree(client: discord.Client, desk: Desk, companies: Sequence[str]) -> Tree:
    """Every Beachhead command on one tree; `companies` feeds the company autocomplete."""
    tree = Tree(client)
    names = sorted(set(companies), key=str.casefold)

    async def company_names(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in suggest(names, current)]

    async def countries(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=lbl, value=code) for lbl, code in suggest_countries(current)
        ]

    @tree.command(name="entries")
    @app_commands.describe(
        company="an AI company", country="a country name or code", days="how far back"
    )
    @app_commands.autocomplete(company=company_names, country=countries)
    async def entries(
        interaction: discord.Interaction[Any],
        company: str | None = None,
        country: str | None = None,
        kind: EntryKind | None = None,
        days: app_commands.Range[int, 1, MAX_DAYS] = 30,
    ) -> None:
        """Market entries, newest first, ten to a page."""
        filters = filters_from(company, country, kind.value if kind else None, days)
        page = await desk.entries(filters)
        embed = discord.Embed.from_dict(discord_entries(page))
        if page.has_next:
            view = EntriesView(desk, page, interaction.user.id)
            await interaction.response.send_message(embed=embed, view=view, allowed_mentions=QUIET)
        else:
            await interaction.response.send_message(embed=embed, allowed_mentions=QUIET)

    @tree.command(name="event")
    @app_commands.rename(event_id="id")
    @app_commands.describe(event_id="the event number shown as #N")
    async def event(interaction: discord.Interaction[Any], event_id: int) -> None:
        """One event in full: facts, summary, evidence and every report."""
        found = await desk.event(event_id)
        await interaction.response.send_message(
            embed=discord.Embed.from_dict(discord_event(found)), allowed_mentions=QUIET
        )

    @tree.command(name="subscribe")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.autocomplete(company=company_names, country=countries)
    async def subscribe(
        interaction: discord.Interaction[Any],
        company: str | None = None,
        country: str | None = None,
        kind: EntryKind | None = None,
        min_confidence: app_commands.Range[float, 0.0, 1.0] = 0.5,
    ) -> None:
        """Post matching alerts in this channel."""
        filters = filters_from(company, country, kind.value if kind else None)
        target = f"discord:{interaction.channel_id}"
        sub = await desk.subscribe(target, filters, min_confidence, by=who(interaction))
        await interaction.response.send_message(
            discord_subscribed(sub),
            ephemeral=True,
            allowed_mentions=QUIET,
        )

    @tree.command(name="unsubscribe")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.rename(subscription_id="id")
    async def unsubscribe(interaction: discord.Interaction[Any], subscription_id: int) -> None:
        """Stop a subscription of this channel."""
        await desk.unsubscribe(f"discord:{interaction.channel_id}", subscription_id)
        await interaction.response.send_message(f"Unsubscribed #{subscription_id}.", ephemeral=True)

    @tree.command(name="subscriptions")
    @app_commands.guild_only()
    async def subscriptions(interaction: discord.Interaction[Any]) -> None:
        """Subscriptions posting in this channel."""
        subs = await desk.subscriptions(f"discord:{interaction.channel_id}")
        await interaction.response.send_message(
            discord_subscriptions(subs), ephemeral=True, allowed_mentions=QUIET
        )

    tree.add_command(_sources_group(desk))

    @tree.command(name="status")
    async def status(interaction: discord.Interaction[Any]) -> None:
        """Uptime, sources polled, events found, deliveries pending and failed."""
        embed = discord.Embed.from_dict(discord_status(await desk.status()))
        await interaction.response.send_message(embed=embed)

    return tree


def _sources_group(desk: Desk) -> app_commands.Group:
    """`/sources list|add|remove`; the group is for server managers by default."""
    group = app_commands.Group(
        name="sources",
        description="The feeds Beachhead reads",
        guild_only=True,
        default_permissions=MANAGE,
    )

    @group.command(name="list")
    async def list_sources(interaction: discord.Interaction[Any]) -> None:
        """Every source with its health: last success, last error, failures in a row."""
        embed = discord.Embed.from_dict(discord_sources(await desk.sources()))
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @group.command(name="add")
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.describe(url="the feed's address (RSS, Atom or JSON Feed)", name="a label")
    async def add_source(
        interaction: discord.Interaction[Any], url: str, name: str | None = None
    ) -> None:
        """Add a feed after fetching it once to check it is one."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        source = await desk.add_source(
            url, name, by=who(interaction), scope=f"discord:{interaction.guild_id}"
        )
        await interaction.followup.send(
            f"Added source #{source.id}: {discord.utils.escape_markdown(source.name)}",
            ephemeral=True,
            allowed_mentions=QUIET,
        )

    @group.command(name="remove")
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.rename(source_id="id")
    async def remove_source(interaction: discord.Interaction[Any], source_id: int) -> None:
        """Remove a source this server added."""
        gone = await desk.remove_source(source_id, scope=f"discord:{interaction.guild_id}")
        await interaction.response.send_message(
            f"Removed source #{gone.id}: {discord.utils.escape_markdown(gone.name)}",
            ephemeral=True,
            allowed_mentions=QUIET,
        )

    return group


class CommandBot(discord.Client):
    """A Discord client that answers Beachhead's slash commands and syncs them at start-up."""

    def __init__(
        self, desk: Desk, companies: Sequence[str], settings: DiscordSettings, **options: Any
    ) -> None:
        super().__init__(intents=discord.Intents(guilds=True), allowed_mentions=QUIET, **options)
        self.settings = settings
        self.tree = build_tree(self, desk, companies)

    async def setup_hook(self) -> None:
        """Sync the commands: to the configured test servers (instant), else globally."""
        if not self.settings.commands:
            return
        for guild_id in self.settings.guild_ids:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("discord: %d commands synced to server %s", len(synced), guild_id)
        if not self.settings.guild_ids:
            synced = await self.tree.sync()
            log.info("discord: %d commands synced globally", len(synced))
