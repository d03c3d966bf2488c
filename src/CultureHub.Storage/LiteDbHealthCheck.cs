using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CultureHub.Storage;

/// <summary>Readiness of the store: the database file is open and can be read.</summary>
public sealed class LiteDbHealthCheck(LiteDbContext database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = database.StoredSchemaVersion;
            return Task.FromResult(HealthCheckResult.Healthy("open", new Dictionary<string, object> { ["state"] = "open", ["schema"] = version }));
        }
        catch (Exception exception) when (exception is IOException or LiteDB.LiteException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // The type only: the message would name the file's path.
            return Task.FromResult(HealthCheckResult.Unhealthy(
                $"the database cannot be read ({exception.GetType().Name})", data: new Dictionary<string, object> { ["state"] = "failing" }));
        }
    }
}
