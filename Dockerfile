# syntax=docker/dockerfile:1
# Stage 1 builds a wheel of the project with its dependencies; stage 2 runs it as non-root.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY config ./config
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 beachhead && mkdir /data && chown beachhead /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
COPY --chown=beachhead config ./config
USER beachhead
ENV BEACHHEAD_CONFIG=/app/config/beachhead.toml \
    PYTHONUNBUFFERED=1
VOLUME ["/data"]
ENTRYPOINT ["beachhead"]
CMD ["run"]
