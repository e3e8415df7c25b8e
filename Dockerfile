# syntax=docker/dockerfile:1
# Remiv web host. Build: `docker build -t remiv .`   Run with its dependencies: `docker compose up`.
# Without other settings the app keeps its SQLite database and Data Protection keys in /data
# (a volume): mount one there so that accounts, case files and sign-in keys survive upgrades.

# ---------------------------------------------------------------------------------------------
# Build stage: the full SDK. global.json pins SDK 10.0.401 with rollForward=latestFeature,
# which the floating 10.0 SDK image satisfies.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the files that decide the package graph only, so that this layer stays
# cached while only source files change. Add a line here for every new project under src/.
COPY global.json Directory.Build.props Directory.Packages.props Remiv.sln ./
COPY src/Remiv.Domain/Remiv.Domain.csproj src/Remiv.Domain/
COPY src/Remiv.Application/Remiv.Application.csproj src/Remiv.Application/
COPY src/Remiv.Infrastructure/Remiv.Infrastructure.csproj src/Remiv.Infrastructure/
COPY src/Remiv.Web/Remiv.Web.csproj src/Remiv.Web/
RUN dotnet restore src/Remiv.Web/Remiv.Web.csproj

# Then the sources (.dockerignore keeps bin/, obj/, tests/ and local data out) and publish.
COPY . .
RUN dotnet publish src/Remiv.Web/Remiv.Web.csproj -c Release -o /app --no-restore

# ---------------------------------------------------------------------------------------------
# Runtime stage: ASP.NET Core runtime only (it ships ICU and tzdata, which the French UI and
# the Europe/Paris time zone need).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# /data holds the SQLite database and the Data Protection keys. It is created here, owned by
# the image's unprivileged `app` user, before VOLUME: a new named volume copies this ownership.
RUN mkdir -p /data/keys && chown -R "$APP_UID:$APP_UID" /data && chmod 0750 /data /data/keys

COPY --from=build /app ./

# Listen on plain HTTP 8080 inside the container (a port a non-root user may bind); TLS is
# terminated by the reverse proxy in front. ASPNETCORE_HTTP_PORTS (8080 in the base image) is
# emptied so that Kestrel does not warn that ASPNETCORE_URLS overrides it.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS="" \
    Database__SqlitePath=/data/remiv.db \
    DataProtection__KeysPath=/data/keys \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1

USER $APP_UID
VOLUME /data
EXPOSE 8080

# No HEALTHCHECK here: the aspnet image has neither curl nor wget, and nothing is installed
# just for that. docker-compose.yml probes GET /health/ready with bash's /dev/tcp instead.
ENTRYPOINT ["dotnet", "Remiv.Web.dll"]
