"""Hand-over of mentees and employers to the regional mentor projects: regions, consent, referrals, outbox,
notifiers, mentor buttons, escalation, and the relay between mentor and person.

The feature (:class:`bot.handoff.feature.HandoffFeature`) owns the one :class:`~bot.handoff.service.HandoffService`
of an app; its actions and Telegram handlers are made with that service. Its personal data (referrals,
consents, relayed messages) is reached by the privacy feature through the sources the feature contributes.
"""
