"""People's rights over their data (GDPR): see it (/mydata), erase it (/delete), retention, safe logs.

Personal data lives in several features' tables. Each feature registers a :class:`PersonalData` source in
``app.personal_data``; /mydata asks every source, /delete and the retention job erase through every source.
"""

from bot.privacy.sources import ConversationData, PersonalData

__all__ = ["ConversationData", "PersonalData"]
