"""`python -m bot` runs the `beachhead` command."""

from bot.cli import main

raise SystemExit(main())
