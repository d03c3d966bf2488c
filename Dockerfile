# Multi-stage build: the SDK image builds, the ASP.NET runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CultureHub/CultureHub.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY prompts ./prompts
ENV Storage__DatabasePath=/data/culturehub.db \
    WebChat__Url=http://0.0.0.0:5080 \
    DOTNET_RUNNING_IN_CONTAINER=true
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]
USER app
EXPOSE 5080
# Liveness only (/healthz): a stopped adapter (say, a refused token) shows in /readyz, and restarting the container would not fix it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "culturehub.dll", "healthcheck", "--url", "http://127.0.0.1:5080/healthz"]
ENTRYPOINT ["dotnet", "culturehub.dll"]
