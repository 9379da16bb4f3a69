"""Plugs the privacy feature into the app: sources, /mydata and /delete actions, the retention job."""

from __future__ import annotations

from bot.privacy.actions import EraseMyData, ExportMyData


def register(app) -> None:
    app.actions["privacy_export"] = ExportMyData(app)
    app.actions["privacy_erase"] = EraseMyData(app)
    app.content_loaders["privacy"] = _message_ids
    app.telegram_installers.append(_install_retention_job)


def _message_ids(root, locales):
    """The privacy-* messages /mydata shows from code (labels looked up by answer key), so that
    ``python -m bot validate`` checks them in all four languages and does not call them unused."""
    from bot.app import Loaded

    ids = {mid: ("bot/privacy/readable.py", 1) for mid in locales.ids.get("de", {}) if mid.startswith("privacy-")}
    return Loaded(None, [], ids)


def _install_retention_job(application, app) -> None:
    """Run the retention job once a day (and shortly after start)."""
    from bot.privacy.retention import run_retention

    async def job(context) -> None:
        await run_retention(app)

    if application.job_queue is not None:
        application.job_queue.run_repeating(job, interval=24 * 3600, first=60, name="retention")
