using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CultureHub.Resilience;

/// <summary>Readiness of one adapter: ready only while it runs; connecting, restarting and stopped say why not.</summary>
public sealed class AdapterHealthCheck(AdapterStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (state, reason, since, restarts) = status.Snapshot();
        var data = new Dictionary<string, object>
        {
            ["state"] = state.ToString().ToLowerInvariant(),
            ["since"] = since.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["restarts"] = restarts,
        };
        return Task.FromResult(state == AdapterState.Running
            ? HealthCheckResult.Healthy("running", data)
            : HealthCheckResult.Unhealthy(reason ?? state.ToString().ToLowerInvariant(), data: data));
    }
}
