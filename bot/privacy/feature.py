"""Plugs the privacy feature into the app: sources, /mydata and /delete actions, the retention job."""

from __future__ import annotations

from bot.privacy.actions import EraseMyData, ExportMyData


def register(app) -> None:
    app.actions["privacy_export"] = ExportMyData(app)
    app.actions["privacy_erase"] = EraseMyData(app)
    app.telegram_installers.append(_install_retention_job)


def _install_retention_job(application, app) -> None:
    """Run the retention job once a day (and shortly after start)."""
    from bot.privacy.retention import run_retention

    async def job(context) -> None:
        await run_retention(app)

    if application.job_queue is not None:
        application.job_queue.run_repeating(job, interval=24 * 3600, first=60, name="retention")
