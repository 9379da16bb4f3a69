"""Fake Bot API methods that look things up: a chat, a member's status in it, a file a user sent."""

from __future__ import annotations

from bot.testing.method_table import MethodTable, ServerState
from bot.testing.protocol import Params, bad_request
from bot.testing.updates import JsonDict

METHODS = MethodTable()
method = METHODS.method


@method("getChat")
async def get_chat(server: ServerState, p: Params) -> JsonDict:
    chat = server.chats.get(p.chat_id())
    if chat is None:
        raise bad_request("chat not found")
    return {**chat.info, "accent_color_id": 0, "max_reaction_count": 11}


@method("getChatMember")
async def get_chat_member(server: ServerState, p: Params) -> JsonDict:
    chat = server.chats.get(p.chat_id())
    if chat is None:
        raise bad_request("chat not found")
    user_id = p.required_integer("user_id", "user_id is empty")
    user = server.users.get(user_id)
    if user is None:
        raise bad_request("user not found")
    status = chat.members.get(user_id, "member" if chat.private and user_id == chat.id else "left")
    return {"status": status, "user": user}


@method("getFile")
async def get_file(server: ServerState, p: Params) -> JsonDict:
    stored = server.chats.files.get(p.required_text("file_id", "file_id is empty"))
    if stored is None:
        raise bad_request("wrong file_id or the file is temporarily unavailable")
    return {"file_id": stored.file_id, "file_unique_id": stored.unique_id, "file_size": len(stored.data),
            "file_path": stored.path}
