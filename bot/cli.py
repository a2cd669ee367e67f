"""The `beachhead` command: parse arguments, load settings once, map errors to exit codes."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from bot import __version__
from bot.errors import BeachheadError, ConfigError, StoreError

log = logging.getLogger("beachhead")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="beachhead",
        description="Chat alerts when an AI company enters a new country or market.",
    )
    parser.add_argument("--version", action="version", version=f"beachhead {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logs on stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def config_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--config",
            metavar="FILE",
            help="TOML config (default: $BEACHHEAD_CONFIG, else config/beachhead.toml)",
        )

    run = sub.add_parser("run", help="run the service: poll sources, post alerts")
    config_arg(run)
    run.add_argument(
        "--once", action="store_true", help="poll every source once, deliver everything due, exit"
    )

    scan = sub.add_parser(
        "scan", help="fetch/parse feeds (URLs or files), print events, store nothing"
    )
    config_arg(scan)
    scan.add_argument("--json", action="store_true", help="JSON Lines output")
    scan.add_argument("sources", nargs="+", metavar="SOURCE", help="feed URL or local file")

    classify = sub.add_parser("classify", help="classify JSON Lines articles (id, title, summary…)")
    classify.add_argument("--config", metavar="FILE", help=argparse.SUPPRESS)
    classify.add_argument("--input", default="-", metavar="FILE", help="JSON Lines in (- = stdin)")
    classify.add_argument(
        "--output", default="-", metavar="FILE", help="JSON Lines out (- = stdout)"
    )

    evaluate = sub.add_parser("eval", help="score the detector on a labelled JSON Lines file")
    config_arg(evaluate)
    evaluate.add_argument("file", metavar="FILE", help="labelled JSON Lines (label, company, …)")
    evaluate.add_argument(
        "--split",
        choices=["all", "tune", "holdout"],
        default="all",
        help="which errors to list (the table always shows every slice)",
    )
    evaluate.add_argument(
        "--baseline", action="store_true", help="also score the company-AND-keyword baseline"
    )
    evaluate.add_argument("--quiet", action="store_true", help="table only, no error list")
    evaluate.add_argument(
        "--headlines",
        action="store_true",
        help="score each item's headline alone, as aggregators such as Google News give it",
    )
    evaluate.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="read undated items as on this day (default: today), for figures that do not "
        "drift as known presences age",
    )

    events = sub.add_parser("events", help="query stored events")
    config_arg(events)
    events.add_argument("--company")
    events.add_argument("--country", help="ISO code or name")
    events.add_argument(
        "--kind", help="office, entity, launch, datacenter, hiring, partnership, expansion"
    )
    events.add_argument("--since", help="30d, 12h, 2w or a date (default: all)")
    events.add_argument("--limit", type=int, default=50)
    events.add_argument("--json", action="store_true", help="JSON Lines output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `beachhead` console script."""
    args = build_parser().parse_args(argv)
    from bot.config import Secrets, load_settings
    from bot.logs import setup_logging

    setup_logging(args.verbose)
    try:
        settings = load_settings(args.config)
        secrets = [*Secrets().values(), *settings.webhook_urls()]
        setup_logging(args.verbose, secrets, settings.logging.format)
        if args.command == "classify":
            return classify(args, settings)
        if args.command == "eval":
            return evaluate(args, settings)
        return asyncio.run(dispatch(args, settings))
    except (ConfigError, StoreError) as exc:
        print(f"beachhead: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BeachheadError as exc:
        print(f"beachhead: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


async def dispatch(args: argparse.Namespace, settings: Any) -> int:
    """Run the async subcommands."""
    from bot import app

    if args.command == "run":
        return await (app.run_once(settings) if args.once else app.run_forever(settings))
    if args.command == "scan":
        from bot.scan import scan

        return await scan(
            settings, args.sources, as_json=args.json, out=sys.stdout, progress=sys.stderr
        )
    return await events(args, settings)


async def events(args: argparse.Namespace, settings: Any) -> int:
    """`beachhead events`: the shared query path, printed as a table or JSON Lines."""
    from bot.chat.render import console_text
    from bot.commands import build_query, find_events
    from bot.store.sqlite import open_store

    try:
        query = build_query(
            now=datetime.now(UTC),
            company=args.company,
            country=args.country,
            kind=args.kind,
            since=args.since,
            limit=args.limit,
        )
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    if not settings.database.exists():
        raise StoreError(f"{settings.database}: no database yet; run `beachhead run` first")
    async with open_store(settings.database, lock_timeout=settings.storage.lock_timeout) as store:
        found = await find_events(store, query)
    for event in found:
        if args.json:
            print(json.dumps(event.model_dump(mode="json"), ensure_ascii=False))
        else:
            print(console_text(event) + "\n")
    if not args.json:
        print(f"{len(found)} event(s)", file=sys.stderr)
    return EXIT_OK


def _lines(stream: TextIO) -> Iterator[str]:
    for line in stream:
        if line.strip():
            yield line


def classify(args: argparse.Namespace, settings: Any) -> int:
    """`beachhead classify`: JSON Lines in, one JSON line out per input, same order."""
    from bot.classify import classify_line
    from bot.detect import build_detector

    detector = build_detector(*settings.knowledge_files())
    bad = 0
    with ExitStack() as stack:
        source = (
            sys.stdin
            if args.input == "-"
            else stack.enter_context(Path(args.input).open(encoding="utf-8"))
        )
        sink = (
            sys.stdout
            if args.output == "-"
            else stack.enter_context(Path(args.output).open("w", encoding="utf-8"))
        )
        for number, line in enumerate(_lines(source), start=1):
            record, error = classify_line(detector, line)
            if error:
                bad += 1
                log.error("input line %d: %s", number, error)
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return EXIT_FAILED if bad else EXIT_OK


def evaluate(args: argparse.Namespace, settings: Any) -> int:
    """`beachhead eval`: precision, recall and fact accuracy per split and language."""
    from bot.detect import build_detector
    from bot.detect.baseline import keyword_alert
    from bot.evaluate import (
        HEADER,
        cluster_score,
        date_from_event,
        evaluate,
        predictor,
        read_as_of,
        read_jsonl,
        remembered,
        split_of,
    )

    try:
        items = date_from_event(read_jsonl(Path(args.file).read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{args.file}: {exc}") from None
    if args.headlines:
        items = [{**item, "summary": ""} for item in items]
    detector = build_detector(*settings.knowledge_files())
    if args.as_of:
        try:
            detector = read_as_of(detector, args.as_of)
        except ValueError:
            raise ConfigError(f"--as-of {args.as_of!r}: expected a date like 2026-11-25") from None
    runs = [("detector", predictor(detector))]
    if args.baseline:
        runs.append(("keyword", predictor(detector, keyword_alert)))
    for name, judge in runs:
        predict = remembered(items, judge)  # the clustering rows read the same detections
        scores = evaluate(items, predict)
        print(f"== {name}\n{HEADER}")
        for key in (
            "all",
            "all/en",
            "all/non-en",
            "tune",
            "tune/en",
            "tune/non-en",
            "holdout",
            "holdout/en",
            "holdout/non-en",
            "tune/en/dated",
            "tune/non-en/dated",
            "holdout/en/dated",
            "holdout/non-en/dated",
        ):
            if key in scores:
                print(scores[key].row())
        if name == "detector":
            print(cluster_score(items, predict).row())
            # The window and the rules are chosen on tune; holdout events are the check.
            for split in ("tune", "holdout"):
                part = [item for item in items if split_of(item) == split]
                print(cluster_score(part, predict).row(split))
        if name == "detector" and not args.quiet:
            errors = scores[args.split].errors
            print(f"\n{len(errors)} error(s) in {args.split}:")
            print("\n".join(errors))
        print()
    return EXIT_OK
