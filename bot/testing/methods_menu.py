"""Fake Bot API methods for the bot's profile: its command menu per scope and language, name and descriptions.

Command menus are kept per (scope, language) like Telegram does, so tests can check that admins see their
commands and mentees do not.
"""

from __future__ import annotations

import json
import re

from bot.testing.method_table import MethodTable, ServerState
from bot.testing.protocol import Params, bad_request
from bot.testing.updates import JsonDict

METHODS = MethodTable()
method = METHODS.method

_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


def _commands_key(p: Params) -> tuple[str, str]:
    scope = p.json_value("scope", "can't parse BotCommandScope JSON object") or {"type": "default"}
    if not isinstance(scope, dict) or "type" not in scope:
        raise bad_request("can't parse BotCommandScope JSON object")
    language = p.text("language_code") or ""
    if language and not _LANGUAGE_CODE.match(language):
        raise bad_request("invalid language code specified")
    return json.dumps(scope, sort_keys=True), language


@method("setMyCommands")
async def set_my_commands(server: ServerState, p: Params) -> bool:
    commands = p.json_value("commands", "can't parse commands JSON object")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("commands must be an array of at most 100 BotCommand")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND_NAME.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key = _commands_key(p)
    scope = json.loads(key[0])
    if scope.get("type") in ("chat", "chat_administrators", "chat_member") and server.chats.get(scope.get("chat_id", 0)) is None:
        raise bad_request("chat not found")          # Telegram knows a chat only after it wrote to the bot
    if commands:
        server.commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
    else:
        server.commands.pop(key, None)
    return True


@method("getMyCommands")
async def get_my_commands(server: ServerState, p: Params) -> list[JsonDict]:
    return server.commands.get(_commands_key(p), [])


@method("deleteMyCommands")
async def delete_my_commands(server: ServerState, p: Params) -> bool:
    server.commands.pop(_commands_key(p), None)
    return True


@method("setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton")
async def set_bot_setting(server: ServerState, p: Params) -> bool:
    return True
