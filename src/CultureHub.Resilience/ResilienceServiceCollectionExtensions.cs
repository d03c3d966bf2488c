using System.Net;
using CultureHub.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CultureHub.Resilience;

public static class ResilienceServiceCollectionExtensions
{
    /// <summary>
    /// A supervised adapter called <paramref name="name"/>: its <see cref="AdapterStatus"/> and
    /// <see cref="AdapterSupervisor"/> (keyed by the name) and its readiness check.
    /// </summary>
    public static IServiceCollection AddSupervisedAdapter(this IServiceCollection services, string name)
    {
        services.AddResilienceOptions();
        services.AddKeyedSingleton(name, (sp, _) => new AdapterStatus(name, sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(name, (sp, _) => ActivatorUtilities.CreateInstance<AdapterSupervisor>(sp, sp.GetRequiredKeyedService<AdapterStatus>(name)));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            name, sp => new AdapterHealthCheck(sp.GetRequiredKeyedService<AdapterStatus>(name)), failureStatus: null, tags: [Core.HealthTags.Readiness]));
        return services;
    }

    /// <summary>The shared <see cref="Backoff"/> as the core's <see cref="IRetryBackoff"/>, for the outbox's retries.</summary>
    public static IServiceCollection AddRetryBackoff(this IServiceCollection services)
    {
        services.TryAddSingleton<IRetryBackoff, Backoff.Shared>();
        return services;
    }

    /// <summary>
    /// The retry policy of an adapter's HttpClient: a network error, a timed-out attempt or a 5xx
    /// answer is retried after the shared <see cref="Backoff"/>. A 429 is not: each platform says
    /// in its own words how long to wait (Telegram's <c>retry_after</c>, Discord's rate-limit
    /// headers), and its adapter decides. <paramref name="longerAttempt"/> adds time to each
    /// attempt (Telegram's long poll).
    /// </summary>
    public static IHttpClientBuilder AddAdapterRetry(this IHttpClientBuilder builder, Func<IServiceProvider, TimeSpan>? longerAttempt = null)
    {
        builder.Services.AddResilienceOptions();
        builder.AddResilienceHandler("adapter-retry", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ResilienceOptions>>().Value;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxHttpRetries,
                ShouldHandle = args => ValueTask.FromResult(IsRetried(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Backoff.After(args.AttemptNumber + 1, options)),
                ShouldRetryAfterHeader = false,
            });
            pipeline.AddTimeout(options.AttemptTimeout + (longerAttempt?.Invoke(context.ServiceProvider) ?? TimeSpan.Zero));
        });
        return builder;
    }

    private static bool IsRetried(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(outcome);

    private static void AddResilienceOptions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        if (services.Any(d => d.ServiceType == typeof(ResilienceOptionsMarker)))
        {
            return;
        }

        services.AddSingleton<ResilienceOptionsMarker>();
        services.AddOptions<ResilienceOptions>().BindConfiguration(ResilienceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
    }

    /// <summary>Binds the section once however many adapters ask for it.</summary>
    private sealed class ResilienceOptionsMarker;
}
