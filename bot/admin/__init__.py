"""Tools for program staff: diagrams, statistics, Telegram admin commands (the feature: bot.admin.feature).
Admin rights and the audit log are bot.storage.audit, which the channel uses too."""
