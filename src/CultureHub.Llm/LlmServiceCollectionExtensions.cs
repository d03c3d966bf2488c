using System.ClientModel;
using System.ClientModel.Primitives;
using CultureHub.Core.Commands;
using CultureHub.Core.Interviews;
using CultureHub.Core.Introductions;
using CultureHub.Llm.Matching;
using CultureHub.Llm.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using Polly;

namespace CultureHub.Llm;

public static class LlmServiceCollectionExtensions
{
    public const string HttpClientName = "culturehub-llm";

    /// <summary>
    /// The optional language model. Does nothing unless <c>Llm:Endpoint</c> and <c>Llm:Model</c> are
    /// set; then the interview, the competence reading and the matcher are helped by it, for members who allow it.
    /// Call after the offline <see cref="IMatchSource"/> is registered: it is decorated.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        // Only the strings that decide what to register: a mistyped number must reach the validated
        // options (one line at start), not throw here while the services are being registered.
        var section = configuration.GetSection(LlmOptions.SectionName);
        var configured = new LlmOptions
        {
            Endpoint = section[nameof(LlmOptions.Endpoint)],
            Model = section[nameof(LlmOptions.Model)],
            EmbeddingModel = section[nameof(LlmOptions.EmbeddingModel)],
        };
        if (!configured.IsConfigured)
        {
            return services;
        }

        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, PromptFilesValidation>();
        services.AddSingleton(sp => PromptLibrary.Load(PromptLibrary.DirectoryFor(sp.GetRequiredService<IOptions<LlmOptions>>().Value)));
        services.AddLlmKernel();
        services.AddEmbeddingModel(configured);

        services.AddSingleton<LlmUsage>();
        services.AddSingleton<LanguageModelClient>();
        services.AddSingleton<IInterviewAssistant, LlmInterviewAssistant>();
        services.AddSingleton<ICompetenceAssistant, LlmCompetenceAssistant>();
        services.AddSingleton<CandidateRanker>();
        services.AddSingleton<IntroductionWriter>();
        services.AddSingleton<IProcessingDisclosure, LlmDisclosure>();
        services.AddLanguageModelConsent();
        services.DecorateMatchSource();
        return services;
    }

    /// <summary>
    /// Semantic Kernel over an OpenAI-compatible endpoint. The HttpClient bounds the whole call by
    /// TimeoutSeconds; inside it one quick retry covers a dropped connection, a 5xx or a 429.
    /// </summary>
    private static void AddLlmKernel(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, (sp, http) => http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<LlmOptions>>().Value.TimeoutSeconds))
            .AddResilienceHandler(HttpClientName, builder => builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 1,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,

                // A Retry-After of minutes would outlast the member's patience: fall back instead.
                ShouldRetryAfterHeader = false,
            }));
        services.AddSingleton<IChatCompletionService>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
#pragma warning disable SKEXP0010 // The custom-endpoint constructor is how SK reaches Ollama and other OpenAI-compatible servers; pinned to 1.82.0.
            return new OpenAIChatCompletionService(options.Model!, options.ApiBase(), options.ApiKey, organization: null, http, sp.GetService<ILoggerFactory>());
#pragma warning restore SKEXP0010
        });
        services.AddSingleton(sp => new Kernel(sp));
    }

    /// <summary>
    /// The optional embedding model (<c>Llm:EmbeddingModel</c>) through Semantic Kernel's OpenAI connector, on
    /// the chat model's HttpClient (same timeout, same single retry); at <c>Llm:EmbeddingEndpoint</c> when set.
    /// </summary>
    private static void AddEmbeddingModel(this IServiceCollection services, LlmOptions configured)
    {
        if (!configured.HasEmbeddingModel)
        {
            return;
        }

        // The connector resolves this client when the generator is first used; nothing else in the host asks for one.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? " " : options.ApiKey), new OpenAIClientOptions
            {
                Endpoint = options.EmbeddingApiBase(),
                Transport = new HttpClientPipelineTransport(http),

                // The HttpClient already bounds the call and retries once; the SDK's own retries and timeout would stack on top.
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
        });
#pragma warning disable SKEXP0010 // The embedding generator registration is experimental in SK 1.82.0 (pinned); it is the connector's only IEmbeddingGenerator path.
        services.AddOpenAIEmbeddingGenerator(configured.EmbeddingModel!.Trim());
#pragma warning restore SKEXP0010
        services.AddSingleton<EmbeddingRanker>();
    }

    private static void DecorateMatchSource(this IServiceCollection services)
    {
        var offline = services.LastOrDefault(d => d.ServiceType == typeof(IMatchSource));
        if (offline is null)
        {
            return;
        }

        services.Remove(offline);
        Func<IServiceProvider, IMatchSource> inner = offline switch
        {
            { ImplementationInstance: IMatchSource instance } => _ => instance,
            { ImplementationFactory: { } factory } => sp => (IMatchSource)factory(sp),
            _ => sp => (IMatchSource)ActivatorUtilities.CreateInstance(sp, offline.ImplementationType!),
        };
        services.AddSingleton<IMatchSource>(sp => new LlmMatchSource(
            inner(sp),
            sp.GetRequiredService<CandidateRanker>(),
            sp.GetRequiredService<IntroductionWriter>(),
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetService<EmbeddingRanker>()));
    }
}
