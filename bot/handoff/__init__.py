"""Hand-over of mentees to the regional mentor projects: regions, routing, consent, notifiers."""
