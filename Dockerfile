# syntax=docker/dockerfile:1
# TheoGen: build with the Maven wrapper (JDK 17 + Node 20 for the dashboard), run on a JRE 17 as a non-root
# user. Build: `docker build -t theogen .` (BuildKit, the default builder, for the cache mounts).

# ---- node 20 for the frontend module (copied into the build stage; the build runs the machine's npm) ----
FROM node:20-bookworm-slim AS node

# ---- build: the README's package command, without its CDS archive (ADR 051: an archive belongs to the JDK that
#      recorded it, and the runtime below is another image; the training start would also run PostgreSQL as root) ----
FROM eclipse-temurin:17-jdk-jammy AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY frontend frontend
COPY backend backend
COPY db db
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    ./mvnw -B -DskipTests package -Dcds.skip \
 && cp backend/target/theogen.jar /theogen.jar

# ---- runtime ----
FROM eclipse-temurin:17-jre-jammy AS runtime
# curl for the healthcheck; fontconfig for Java2D text in the PNG/PPTX exports
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl fontconfig \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 theogen \
 && useradd --system --uid 10001 --gid theogen --home-dir /var/lib/theogen --shell /usr/sbin/nologin theogen \
 && mkdir -p /var/lib/theogen/data \
 && chown -R theogen:theogen /var/lib/theogen
WORKDIR /opt/theogen
COPY --from=build --chown=root:root /theogen.jar /opt/theogen/theogen.jar
ENV THEOGEN_DATA_DIR=/var/lib/theogen/data \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC -Djava.awt.headless=true -Djava.security.egd=file:/dev/./urandom"
# PostgreSQL (embedded default) refuses to run as root; the app never needs it either
USER theogen
VOLUME ["/var/lib/theogen/data"]
EXPOSE 8080
# generous start period: the first start migrates the schema (and, embedded, initialises a cluster)
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/opt/theogen/theogen.jar"]
