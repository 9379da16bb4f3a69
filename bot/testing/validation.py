"""The checks Telegram applies to what a bot sends, with Telegram's error descriptions.

Only what our bot could plausibly get wrong: markup that does not parse, empty or over-long texts,
callback data over 64 bytes, buttons without an action, malformed reply markup.
"""

from __future__ import annotations

from typing import Any

from bot.testing.html import EntityParseError, FormattedText, parse_html, trimmed, utf16_len
from bot.testing.markdown import parse_markdown_v2
from bot.testing.protocol import Params, bad_request
from bot.testing.updates import JsonDict

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
_URL_SCHEMES = ("http://", "https://", "tg://")
_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def render(text: str, parse_mode: str | None, entities: Any = None) -> FormattedText:
    """Parse ``text`` as Telegram would and trim it; raises ``ApiError`` 400 on bad markup."""
    mode = (parse_mode or "").lower()
    try:
        if isinstance(entities, list) and entities:
            parsed = FormattedText(text, entities)
        elif mode == "":
            parsed = FormattedText(text)
        elif mode == "html":
            parsed = parse_html(text)
        elif mode == "markdownv2":
            parsed = parse_markdown_v2(text)
        elif mode == "markdown":
            parsed = FormattedText(text)  # legacy Markdown is not validated by the fake
        else:
            raise bad_request("unsupported parse_mode")
    except EntityParseError as exc:
        raise bad_request(f"can't parse entities: {exc}") from None
    return trimmed(parsed)


def message_text(p: Params, field: str = "text") -> tuple[str, FormattedText]:
    """The raw and parsed message text; 1..4096 characters after parsing, like Telegram."""
    raw = p.text(field) or ""
    if not raw.strip():
        raise bad_request("message text is empty")
    entities = p.json_value("entities", "can't parse entities JSON object")
    formatted = render(raw, p.text("parse_mode"), entities)
    if not formatted.plain:
        raise bad_request("message text is empty")
    if utf16_len(formatted.plain) > MAX_TEXT:
        raise bad_request("message is too long")
    return raw, formatted


def caption(p: Params) -> tuple[str, FormattedText]:
    """The raw and parsed caption (may be empty); at most 1024 characters after parsing."""
    raw = p.text("caption") or ""
    entities = p.json_value("caption_entities", "can't parse entities JSON object")
    formatted = render(raw, p.text("parse_mode"), entities)
    if utf16_len(formatted.plain) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return raw, formatted


def reply_markup(p: Params, *, inline_only: bool = False) -> JsonDict | None:
    """The validated ``reply_markup``; an empty inline keyboard counts as none."""
    markup = p.json_value("reply_markup", "can't parse reply keyboard markup JSON object")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("object expected as reply markup")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays")
        for row in rows:
            for button in row:
                _check_inline_button(button)
        return markup if any(rows) else None
    if inline_only:
        raise bad_request("inline keyboard expected")
    if not any(key in markup for key in ("keyboard", "remove_keyboard", "force_reply")):
        raise bad_request("can't find field \"keyboard\"")
    return markup


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Field \"text\" must be of type String")
    actions = [key for key in _BUTTON_ACTIONS if key in button]
    if not actions:
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not str(button["url"]).startswith(_URL_SCHEMES):
        raise bad_request("BUTTON_URL_INVALID")


def link_preview_options(p: Params) -> JsonDict | None:
    options = p.json_value("link_preview_options", "can't parse link preview options JSON object")
    if options is not None and not isinstance(options, dict):
        raise bad_request("object expected as link preview options")
    return options
