"""People's rights over their data (GDPR): see it (/mydata), erase it (/delete), retention, safe logs.

Personal data lives in several features' tables. Each feature adds its sources (bot.feature.PersonalData) to
``app.personal_data``; /mydata asks every source, /delete and the retention job erase through every source.
"""

from bot.feature import PersonalData
from bot.privacy.sources import ConversationData

__all__ = ["ConversationData", "PersonalData"]
