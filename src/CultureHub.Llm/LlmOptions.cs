using System.ComponentModel.DataAnnotations;

namespace CultureHub.Llm;

/// <summary>
/// The optional language model (section <c>Llm</c>). Nothing is registered unless both
/// <see cref="Endpoint"/> and <see cref="Model"/> are set.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>An OpenAI-compatible base URL; <c>/v1</c> is appended when missing.</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Secret. Optional (a local Ollama needs none). Never logged.</summary>
    public string? ApiKey { get; set; }

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 20;

    [Range(1, 50)]
    public int RerankTopK { get; set; } = 20;

    /// <summary>
    /// Optional embedding model. When set, the offline top K is re-ordered by how close each candidate's offers
    /// come to the seeker's needs before the chat re-rank; empty changes nothing.
    /// </summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Where the embedding model is served; <see cref="Endpoint"/> when empty.</summary>
    public string? EmbeddingEndpoint { get; set; }

    /// <summary>How much the similarity may move a candidate: offline score × (1 + weight × cosine).</summary>
    [Range(0.0, 1.0)]
    public double EmbeddingWeight { get; set; } = 0.25;

    /// <summary>Whether data leaves this machine (a hosted API): drives the consent question and the privacy notice.</summary>
    public bool IsExternal { get; set; }

    /// <summary>Where the prompt files are, relative to the program; <c>prompts</c> unless overridden.</summary>
    public string PromptsDirectory { get; set; } = "prompts";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    public bool HasEmbeddingModel => IsConfigured && !string.IsNullOrWhiteSpace(EmbeddingModel);

    /// <summary>The base URL the OpenAI client expects: ending in <c>/v1</c>.</summary>
    public Uri ApiBase() => WithVersion(Endpoint!);

    /// <summary>The embedding model's base URL, ending in <c>/v1</c>; the chat model's when not set apart.</summary>
    public Uri EmbeddingApiBase() => string.IsNullOrWhiteSpace(EmbeddingEndpoint) ? ApiBase() : WithVersion(EmbeddingEndpoint);

    private static Uri WithVersion(string endpoint)
    {
        var text = endpoint.Trim().TrimEnd('/');
        return new Uri(text.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? text : text + "/v1", UriKind.Absolute);
    }
}
