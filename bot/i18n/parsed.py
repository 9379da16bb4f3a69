"""Parsed translation files, kept between starts.

Parsing the ``.ftl`` files is the slowest part of loading the content: fluent.syntax is pure Python (about
0.5 s for the bot's 48 files). The parsed tree is kept as JSON — fluent.syntax's own ``to_json``, with the
spans the line numbers of problems come from — under a hash of the file's text and the parser's version, so
a restart with unchanged texts reads it back in a fraction of the time. A cache: safe to delete; a file that
cannot be read is parsed again. JSON, not pickle, and only syntax-tree classes are rebuilt from it, so a
file planted in the folder cannot run code.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from fluent.syntax import ast as fast
from fluent.syntax import parse

from bot.files import write_atomic

log = logging.getLogger(__name__)

CACHE_DIR: Path | None = Path(tempfile.gettempdir()) / "amm-bot-fluent"
"""Where parsed files are kept (None: parse every time)."""

_NODES = {name: cls for name, cls in vars(fast).items() if isinstance(cls, type) and issubclass(cls, fast.BaseNode)}


@lru_cache(maxsize=256)
def parsed(text: str) -> fast.Resource:
    """The syntax tree of one ``.ftl`` file's text: from this process's memory, the cache folder, or parsed."""
    path = CACHE_DIR / f"{_key(text)}.json" if CACHE_DIR is not None else None
    if path is not None:
        resource = _read(path)
        if resource is not None:
            return resource
    resource = parse(text)
    if path is not None:
        _write(path, resource)
    return resource


def _key(text: str) -> str:
    return hashlib.sha256(f"{_parser_version()}\n{text}".encode()).hexdigest()


@lru_cache(maxsize=1)
def _parser_version() -> str:
    return importlib.metadata.version("fluent.syntax")


def _read(path: Path) -> fast.Resource | None:
    try:
        resource = _node(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:     # damaged: parsed again and rewritten
        log.warning("translation cache %s unreadable (%s); parsing again", path.name, type(error).__name__)
        return None
    return resource if isinstance(resource, fast.Resource) else None


def _node(value: Any) -> Any:
    """fluent.syntax's ``from_json``, limited to its syntax-tree classes (KeyError for any other name)."""
    if isinstance(value, dict):
        return _NODES[value["type"]](**{k: _node(v) for k, v in value.items() if k != "type"})
    if isinstance(value, list):
        return [_node(v) for v in value]
    return value


def _write(path: Path, resource: fast.Resource) -> None:
    try:
        write_atomic(path, json.dumps(resource.to_json(), ensure_ascii=False).encode("utf-8"))
    except OSError as error:           # no cache is slower, not wrong
        log.warning("translation cache not written (%s)", type(error).__name__)
