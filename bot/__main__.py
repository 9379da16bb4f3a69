"""Command line: run, console, validate, test-flows, region, ... (python -m bot --help)."""

from bot.cli import main

raise SystemExit(main())
