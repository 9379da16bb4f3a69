# The mentee bot: slim Python, non-root user, SQLite on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    CONTENT_DIR=/app \
    DATABASE_PATH=/data/bot.sqlite3 \
    FAQ_MODEL_CACHE=/data/faq-model

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin botuser \
    && mkdir -p /data && chown botuser /data
# Content that admins edit; mount your own copy over /app/flows and /app/locales to change it without a rebuild.
COPY flows ./flows
COPY locales ./locales

USER botuser
VOLUME ["/data"]
# Webhook mode listens here when WEBHOOK_URL is set; long polling needs no open port.
EXPOSE 8443
# Liveness: the running bot writes a heartbeat beside the database every 30 s; stale after 120 s.
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s CMD python -m bot health || exit 1
CMD ["python", "-m", "bot", "run"]
