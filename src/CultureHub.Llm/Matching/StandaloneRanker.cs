using CultureHub.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CultureHub.Llm.Matching;

/// <summary>The ranker outside the bot (for <c>culturehub match --llm</c>), built from the same configuration.</summary>
public sealed class StandaloneRanker : IDisposable
{
    private readonly ServiceProvider _services;

    private StandaloneRanker(ServiceProvider services)
    {
        _services = services;
        Options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        Ranker = services.GetRequiredService<CandidateRanker>();
    }

    public CandidateRanker Ranker { get; }

    public LlmOptions Options { get; }

    /// <summary>Null when no model is configured. Throws OptionsValidationException for a bad section or prompt file.</summary>
    public static StandaloneRanker? Create(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddMetrics();
        services.AddSingleton<CultureHubMetrics>();
        services.AddLlm(configuration);
        if (!services.Any(d => d.ServiceType == typeof(CandidateRanker)))
        {
            return null;
        }

        var provider = services.BuildServiceProvider();
        try
        {
            return new StandaloneRanker(provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    public void Dispose() => _services.Dispose();
}
