"""Transport-agnostic conversation engine. Imports nothing from telegram."""

from bot.engine.actions import Action, ActionContext, ActionResult
from bot.engine.engine import Engine, FlowLoopError
from bot.engine.flows import FlowCatalog, step_key
from bot.engine.io import Button, Command, Document, Event, Input, Message, Output, Press, Reply, Text, Unsupported, Who
from bot.engine.loader import load_flows
from bot.engine.state import State

__all__ = ["Action", "ActionContext", "ActionResult", "Engine", "FlowLoopError", "FlowCatalog", "step_key",
           "Button", "Command", "Document", "Event", "Input", "Message", "Output", "Press", "Reply", "Text", "Unsupported",
           "Who", "load_flows", "State"]
