"""Fake Bot API methods for the bot's session: who it is, and how updates reach it (long polling, webhooks).

One of the groups of methods :mod:`bot.testing.methods` joins; the update queue itself lives in
:mod:`bot.testing.delivery`.
"""

from __future__ import annotations

import re

from bot.testing.delivery import Webhook
from bot.testing.method_table import MethodTable, ServerState
from bot.testing.protocol import Params, bad_request
from bot.testing.updates import JsonDict

METHODS = MethodTable()
method = METHODS.method


@method("getMe")
async def get_me(server: ServerState, p: Params) -> JsonDict:
    return server.bot_user


@method("logOut", "close")
async def log_out(server: ServerState, p: Params) -> bool:
    return True


@method("getUpdates")
async def get_updates(server: ServerState, p: Params) -> list[JsonDict]:
    allowed = p.json_value("allowed_updates", "can't parse allowed updates")
    limit = max(1, min(100, p.integer("limit", 100) or 100))
    timeout = max(0, p.integer("timeout", 0) or 0)
    return await server.queue.get_updates(p.integer("offset", 0) or 0, limit, timeout, allowed)


@method("setWebhook")
async def set_webhook(server: ServerState, p: Params) -> bool:
    url = p.text("url") or ""
    drop = p.flag("drop_pending_updates")
    if not url:
        await server.queue.delete_webhook(drop_pending_updates=drop)
        return True
    secret = p.text("secret_token")
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise bad_request("secret token contains unallowed characters")
    allowed = p.json_value("allowed_updates", "can't parse allowed updates")
    hook = Webhook(url, secret or None, allowed, p.integer("max_connections", 40) or 40)
    await server.queue.set_webhook(hook, drop_pending_updates=drop)
    return True


@method("deleteWebhook")
async def delete_webhook(server: ServerState, p: Params) -> bool:
    await server.queue.delete_webhook(drop_pending_updates=p.flag("drop_pending_updates"))
    return True


@method("getWebhookInfo")
async def get_webhook_info(server: ServerState, p: Params) -> JsonDict:
    return server.queue.webhook_info()
