"""Performance benchmark: the real bot against the framework's own ceiling, an echo bot on
the same python-telegram-bot Application, both over the fake Bot API server on loopback.

Run ``python -m bench`` (``--help`` for the options, ``--quick`` for a small run); the figures are
explained in docs/benchmarks.md.
"""
