"""Telegram's HTML parse mode, reimplemented closely after TDLib's ``parse_html``.

The fake server must reject exactly the markup Telegram rejects (an unknown tag, an unclosed
``<b>``, a bare ``<`` in user-provided text), with the same error text, so our bot finds out in
tests rather than in production. It also returns the plain text a user would see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_ALLOWED_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote"}
)
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACES = " \t\r\n\v\0"
_TRIM = " \t\r\n\v\f\0"


class EntityParseError(ValueError):
    """The text is not valid for the parse mode; ``str(error)`` is Telegram's wording."""


@dataclass(frozen=True)
class FormattedText:
    """The text as a user sees it, with Telegram's entities (offsets in UTF-16 code units)."""

    plain: str
    entities: list[dict[str, object]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: an emoji usually counts twice)."""
    return len(text.encode("utf-16-le")) // 2


def trimmed(text: FormattedText) -> FormattedText:
    """Telegram strips leading and trailing whitespace from every message text and caption."""
    left = len(text.plain) - len(text.plain.lstrip(_TRIM))
    plain = text.plain.strip(_TRIM)
    shift, size = utf16_len(text.plain[:left]), utf16_len(plain)
    entities = []
    for entity in text.entities:
        start = max(0, int(entity["offset"]) - shift)  # type: ignore[call-overload]
        end = min(size, int(entity["offset"]) + int(entity["length"]) - shift)  # type: ignore[call-overload]
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return FormattedText(plain, entities)


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    chars: int


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(text: str, pos: int) -> tuple[str | None, int]:
    """Decode ``&lt;``/``&#60;``/``&#x3c;`` at ``pos``; like TDLib the ``;`` is optional."""
    end, n = pos + 1, len(text)
    if end < n and text[end] == "#":
        end += 1
        value = 0
        if end < n and text[end] == "x":
            end += 1
            while end < n and text[end] in "0123456789abcdefABCDEF":
                value, end = value * 16 + int(text[end], 16), end + 1
        else:
            while end < n and text[end].isascii() and text[end].isdigit():
                value, end = value * 10 + int(text[end]), end + 1
        if value == 0 or value >= 0x10FFFF or end - pos >= 10 or 0xD800 <= value <= 0xDFFF:
            return None, pos
        decoded = chr(value)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED_ENTITIES:
            return None, pos
        decoded = _NAMED_ENTITIES[name]
    if end < n and text[end] == ";":
        end += 1
    return decoded, end


def parse_html(text: str) -> FormattedText:
    """Parse Telegram HTML; raise :class:`EntityParseError` with Telegram's message if invalid."""
    parser = _HtmlParser(text)
    parser.run()
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -int(e["length"])))  # type: ignore[call-overload]
    return FormattedText("".join(parser.out), entities)


class _HtmlParser:
    def __init__(self, text: str) -> None:
        self.text, self.i = text, 0
        self.out: list[str] = []
        self.utf16 = 0
        self.stack: list[_Open] = []
        self.entities: list[dict[str, object]] = []

    def at(self, k: int) -> str:
        return self.text[k] if k < len(self.text) else "\0"

    def fail(self, message: str) -> EntityParseError:
        return EntityParseError(message)

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.utf16 += utf16_len(chunk)

    def run(self) -> None:
        text = self.text
        while self.i < len(text):
            char = text[self.i]
            if char == "&":
                decoded, end = _decode_entity(text, self.i)
                if decoded is not None:
                    self.emit(decoded)
                    self.i = end
                    continue
            if char != "<":
                self.emit(char)
                self.i += 1
            elif self.at(self.i + 1) == "/":
                self.end_tag()
            else:
                self.start_tag()
        if self.stack:
            raise self.fail(f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"')

    def start_tag(self) -> None:
        text, begin = self.text, self.i
        where = f"at byte offset {_byte_offset(text, begin)}"
        self.i += 1
        while self.at(self.i) not in _SPACES and self.at(self.i) != ">":
            self.i += 1
        if self.i >= len(text):
            raise self.fail(f"Unclosed start tag {where}")
        tag = text[begin + 1 : self.i].lower()
        if tag not in _ALLOWED_TAGS:
            raise self.fail(f'Unsupported start tag "{tag}" {where}')
        argument = ""
        while self.at(self.i) != ">":
            self.skip_spaces()
            if self.at(self.i) == ">":
                break
            name_begin = self.i
            while self.at(self.i) not in _SPACES and self.at(self.i) not in "=>":
                self.i += 1
            name = text[name_begin : self.i]
            if not name:
                raise self.fail(f'Empty attribute name in the tag "{tag}" {where}')
            self.skip_spaces()
            if self.at(self.i) != "=" and tag == "blockquote" and name == "expandable":
                argument = "1"
                continue
            if self.at(self.i) != "=":
                raise self.fail(f'Expected equal sign in declaration of an attribute of the tag "{tag}" {where}')
            self.i += 1
            self.skip_spaces()
            if self.i >= len(text):
                raise self.fail(f'Unclosed start tag "{tag}" {where}')
            value = self.attribute_value()
            if self.i >= len(text):
                raise self.fail(f"Unclosed start tag {where}")
            argument = _tag_argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise self.fail(f'Tag "span" must have class "tg-spoiler" {where}')
        self.stack.append(_Open(tag, argument, self.utf16, len("".join(self.out))))
        self.i += 1

    def attribute_value(self) -> str:
        text = self.text
        quote = self.at(self.i)
        if quote not in "'\"":
            begin = self.i
            while self.at(self.i).isascii() and (self.at(self.i).isalnum() or self.at(self.i) in ".-"):
                self.i += 1
            if self.at(self.i) not in _SPACES and self.at(self.i) != ">":
                raise self.fail(f"Unexpected end of name token at byte offset {_byte_offset(text, begin)}")
            return text[begin : self.i].lower()
        self.i += 1
        value: list[str] = []
        while self.i < len(text) and text[self.i] != quote:
            if text[self.i] == "&":
                decoded, end = _decode_entity(text, self.i)
                if decoded is not None:
                    value.append(decoded)
                    self.i = end
                    continue
            value.append(text[self.i])
            self.i += 1
        if self.at(self.i) == quote:
            self.i += 1
        return "".join(value)

    def end_tag(self) -> None:
        text, begin = self.text, self.i
        where = f"at byte offset {_byte_offset(text, begin)}"
        if not self.stack:
            raise self.fail(f"Unexpected end tag {where}")
        self.i += 1
        while self.at(self.i) not in _SPACES and self.at(self.i) != ">":
            self.i += 1
        name = text[begin + 2 : self.i]
        self.skip_spaces()
        if self.at(self.i) != ">":
            raise self.fail(f"Unclosed end tag {where}")
        opened = self.stack.pop()
        if name and name != opened.tag:
            raise self.fail(f'Unmatched end tag {where}, expected "</{opened.tag}>", found "</{name}>"')
        self.i += 1
        self.close_entity(opened)

    def close_entity(self, opened: _Open) -> None:
        length = self.utf16 - opened.offset
        if length <= 0:
            return
        entity: dict[str, object] = {"offset": opened.offset, "length": length}
        if opened.tag == "a":
            url = opened.argument or "".join(self.out)[opened.chars :]
            entity.update(type="text_link", url=url)
        elif opened.tag == "blockquote":
            entity["type"] = "expandable_blockquote" if opened.argument else "blockquote"
        elif opened.tag == "tg-emoji":
            if not opened.argument.isdigit():
                return
            entity.update(type="custom_emoji", custom_emoji_id=opened.argument)
        elif opened.tag == "pre" and self.entities and _same_span(self.entities[-1], entity, "code"):
            language = self.entities.pop().get("language")
            entity.update(type="pre", **({"language": language} if language else {}))
        else:
            entity["type"] = _ENTITY_TYPES[opened.tag]
            if opened.tag == "code" and opened.argument:
                entity["language"] = opened.argument
        self.entities.append(entity)

    def skip_spaces(self) -> None:
        while self.i < len(self.text) and self.text[self.i] in _SPACES:
            self.i += 1


def _same_span(previous: dict[str, object], entity: dict[str, object], kind: str) -> bool:
    return previous.get("type") == kind and previous["offset"] == entity["offset"] and previous["length"] == entity["length"]


def _tag_argument(tag: str, name: str, value: str, current: str) -> str:
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    if tag == "blockquote" and name == "expandable":
        return "1"
    return current
