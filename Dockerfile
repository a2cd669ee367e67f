# syntax=docker/dockerfile:1
# Beachhead in two stages: `build` turns the project (pyproject.toml) and every dependency into
# wheels; the runtime stage installs only those wheels, without a network, and runs as non-root.
# Build from a clean clone:  docker build -t beachhead .

FROM python:3.11.13-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY config ./config
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11.13-slim-bookworm
LABEL org.opencontainers.image.title="Beachhead" \
      org.opencontainers.image.description="Chat alerts when an AI company enters a new country or market"
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BEACHHEAD_CONFIG=/app/config/beachhead.toml
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home beachhead \
    && mkdir -p /data \
    && chown 10001:10001 /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index /wheels/*.whl \
    && rm -rf /wheels
WORKDIR /app
COPY config ./config
# Relative paths in the config resolve against its folder, so the default storage path
# data/beachhead.db lands on the /data volume. Mount your own beachhead.toml over the file
# (not the folder) to keep this link, or set storage.path = "/data/beachhead.db".
RUN ln -s /data /app/config/data
USER 10001:10001
VOLUME ["/data"]
# /healthz and /metrics ([health] in the config; 127.0.0.1:8080 by default).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4)"]
ENTRYPOINT ["beachhead"]
CMD ["run"]
