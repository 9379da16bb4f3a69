"""Telegram's MarkdownV2 parse mode, after TDLib's ``parse_markdown_v2``.

MarkdownV2's classic failure is an unescaped ``.``, ``-`` or ``!`` in translated text; the fake
rejects it with Telegram's own message. Block quotes (``>`` at a line start) are accepted with
a simplified rule: each quoted line becomes its own ``blockquote`` entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.testing.html import EntityParseError, FormattedText, utf16_len

_RESERVED = "_*[]()~`>#+-=|{}.!"
_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


@dataclass
class _Open:
    kind: str
    byte_offset: int
    offset: int
    chars: int
    language: str = ""


def _reserved(char: str) -> EntityParseError:
    return EntityParseError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")


def parse_markdown_v2(text: str) -> FormattedText:
    """Parse MarkdownV2; raise :class:`EntityParseError` with Telegram's message if invalid."""
    out: list[str] = []
    entities: list[dict[str, object]] = []
    stack: list[_Open] = []
    quote_start: int | None = None
    utf16 = 0
    n = len(text)

    def at(k: int) -> str:
        return text[k] if k < n else "\0"

    def emit(chunk: str) -> None:
        nonlocal utf16
        out.append(chunk)
        utf16 += utf16_len(chunk)

    i = 0
    while i < n:
        c = text[i]
        if c == "\\" and "\0" < at(i + 1) <= "~":
            emit(text[i + 1])
            i += 2
            continue
        if quote_start is not None and c == "\n":
            entities.append({"type": "blockquote", "offset": quote_start, "length": utf16 - quote_start})
            quote_start = None
        if c == ">" and (i == 0 or text[i - 1] == "\n") and not stack:
            quote_start = utf16
            i += 1
            continue
        inside_code = bool(stack) and stack[-1].kind in ("code", "pre")
        if c not in ("`" if inside_code else _RESERVED):
            emit(c)
            i += 1
            continue
        top = stack[-1].kind if stack else None
        closes = {
            "bold": c == "*",
            "italic": c == "_" and at(i + 1) != "_",
            "underline": c == "_" and at(i + 1) == "_",
            "strikethrough": c == "~",
            "spoiler": c == "|" and at(i + 1) == "|",
            "code": c == "`",
            "pre": text[i : i + 3] == "```",
            "text_link": c == "]",
            "custom_emoji": c == "]",
        }.get(top or "", False)
        if closes:
            i = _close(text, i, stack.pop(), out, utf16, entities)
        else:
            i = _open(text, i, stack, utf16, len(out))
    if quote_start is not None and utf16 > quote_start:
        entities.append({"type": "blockquote", "offset": quote_start, "length": utf16 - quote_start})
    if stack:
        raise EntityParseError(f"Can't find end of {_NAMES[stack[-1].kind]} entity at byte offset {stack[-1].byte_offset}")
    return FormattedText("".join(out), sorted(entities, key=lambda e: (e["offset"], -int(e["length"]))))  # type: ignore[call-overload]


def _open(text: str, i: int, stack: list[_Open], utf16: int, chars: int) -> int:
    """Start the entity whose marker is at ``i``; return the index after the marker."""
    c, nxt = text[i], text[i + 1 : i + 2]
    byte_offset = len(text[:i].encode("utf-8"))
    language = ""
    if c == "_":
        kind, i = ("underline", i + 2) if nxt == "_" else ("italic", i + 1)
    elif c in "*~[":
        kind, i = {"*": "bold", "~": "strikethrough", "[": "text_link"}[c], i + 1
    elif c == "|" and nxt == "|":
        kind, i = "spoiler", i + 2
    elif c == "!" and nxt == "[":
        kind, i = "custom_emoji", i + 2
    elif c == "`" and text[i : i + 3] == "```":
        kind, i = "pre", i + 3
        end = i
        while end < len(text) and text[end] not in " \t\r\n`":
            end += 1
        if end != i and end < len(text) and text[end] != "`":
            language, i = text[i:end], end
        if text[i : i + 1] in ("\n", "\r"):
            i += 2 if text[i + 1 : i + 2] in ("\n", "\r") and text[i + 1] != text[i] else 1
    elif c == "`":
        kind, i = "code", i + 1
    else:
        raise _reserved(c)
    stack.append(_Open(kind, byte_offset, utf16, chars, language))
    return i


def _close(text: str, i: int, opened: _Open, out: list[str], utf16: int, entities: list[dict[str, object]]) -> int:
    """End ``opened`` at ``i``; return the index after the closing marker (and URL)."""
    entity: dict[str, object] = {"type": opened.kind, "offset": opened.offset, "length": utf16 - opened.offset}
    if opened.kind in ("underline", "spoiler"):
        i += 2
    elif opened.kind == "pre":
        i += 3
        if opened.language:
            entity["language"] = opened.language
    elif opened.kind in ("text_link", "custom_emoji"):
        url, i = _url(text, i + 1, "".join(out[opened.chars :]))
        if opened.kind == "custom_emoji":
            if not url.startswith("tg://emoji?id="):
                raise EntityParseError("Custom emoji entity must contain a tg://emoji URL")
            entity["custom_emoji_id"] = url.removeprefix("tg://emoji?id=")
        else:
            entity["url"] = url
    else:
        i += 1
    if utf16 > opened.offset:
        entities.append(entity)
    return i


def _url(text: str, i: int, fallback: str) -> tuple[str, int]:
    if text[i : i + 1] != "(":
        return fallback, i
    i += 1
    begin, url = i, []
    while i < len(text) and text[i] != ")":
        if text[i] == "\\" and "\0" < text[i + 1 : i + 2] <= "~":
            url.append(text[i + 1])
            i += 2
            continue
        url.append(text[i])
        i += 1
    if i >= len(text):
        raise EntityParseError(f"Can't find end of a URL at byte offset {len(text[:begin].encode('utf-8'))}")
    return "".join(url), i + 1
