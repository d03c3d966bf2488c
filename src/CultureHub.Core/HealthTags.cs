namespace CultureHub.Core;

/// <summary>Tags of the host's health checks. <c>/readyz</c> runs those tagged <see cref="Readiness"/>; <c>/healthz</c> runs none (liveness).</summary>
public static class HealthTags
{
    public const string Readiness = "ready";
}
