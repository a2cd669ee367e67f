"""A one-line progress bar for a terminal; silent when the stream is not one (piped, a file)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

CLEAR_LINE = "\r\x1b[2K"


def bar_line(done: int, total: int, failed: int, note: str, columns: int) -> str:
    """`scan [#######.......]  7/16  2 failed  feed-name`, cut to `columns`; pure."""
    width = max(10, min(40, columns // 3))
    filled = width * done // total if total else width
    counts = f"{done:>{len(str(total))}}/{total}"
    failures = f"  {failed} failed" if failed else ""
    line = f"scan [{'#' * filled}{'.' * (width - filled)}] {counts}{failures}  {note}"
    return line[: max(0, columns - 1)]


class Progress:
    """Counts finished items and redraws one line on `stream` if it is a terminal."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.note = ""
        self.stream = stream
        self.enabled = stream is not None and stream.isatty() and total > 1
        self.shown = False

    def advance(self, note: str, *, failed: bool = False) -> None:
        """One more item finished (`note` names it)."""
        self.done += 1
        self.failed += failed
        self.note = note
        self.draw()

    def draw(self) -> None:
        """Redraw the bar in place."""
        if not self.enabled or self.stream is None:
            return
        columns = shutil.get_terminal_size((80, 24)).columns
        line = bar_line(self.done, self.total, self.failed, self.note, columns)
        self.stream.write(CLEAR_LINE + line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Wipe the bar so other output starts on a clean line."""
        if self.shown and self.stream is not None:
            self.stream.write(CLEAR_LINE)
            self.stream.flush()
            self.shown = False

    @contextmanager
    def suspended(self) -> Iterator[None]:
        """Clear the bar for other output (flush that output inside), then draw it again."""
        self.clear()
        try:
            yield
        finally:
            if self.done < self.total:
                self.draw()
