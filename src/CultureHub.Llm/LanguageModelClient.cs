using System.ClientModel;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CultureHub.Llm.Prompts;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace CultureHub.Llm;

/// <summary>
/// Runs one prompt file through Semantic Kernel and parses the structured answer into a record.
/// Any failure (timeout, 5xx, 429, malformed JSON) returns null: the caller takes the offline path
/// for that step, and the fallback is counted and logged without member text.
/// </summary>
public sealed class LanguageModelClient(Kernel kernel, PromptLibrary prompts, LlmUsage usage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Members' words go in as JSON strings inside marked blocks of the prompt: data, never instructions.</summary>
    public static string Encode<T>(T value) => JsonSerializer.Serialize(value, Json);

    public async Task<T?> AskAsync<T>(string step, IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken)
        where T : class
    {
        var file = prompts.File(step);
        var settings = new OpenAIPromptExecutionSettings
        {
            ResponseFormat = typeof(T),
            Temperature = file.Setting("temperature") ?? 0.2,
            MaxTokens = file.Setting("max_tokens") is { } max ? (int)max : null,
        };
        var arguments = new KernelArguments(settings);
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        usage.CountRequest(step);
        try
        {
            var result = await kernel.InvokeAsync(prompts.Function(step), arguments, cancellationToken);
            var message = result.GetValue<ChatMessageContent>();
            usage.CountTokens(step, message?.Metadata);
            var parsed = Parse<T>(message?.Content);
            if (parsed is null)
            {
                usage.CountFallback(step, "empty");
            }

            return parsed;
        }
        catch (JsonException)
        {
            usage.CountFallback(step, "malformed");
            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            usage.CountFallback(step, Reason(exception));
            return null;
        }
    }

    internal static T? Parse<T>(string? content)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        // Local models sometimes wrap the JSON in a Markdown fence despite the response format.
        var text = content.Trim();
        if (text.StartsWith("```", StringComparison.Ordinal))
        {
            var start = text.IndexOf('\n', StringComparison.Ordinal);
            var end = text.LastIndexOf("```", StringComparison.Ordinal);
            text = start > 0 && end > start ? text[(start + 1)..end] : text;
        }

        return JsonSerializer.Deserialize<T>(text, Json);
    }

    /// <summary>A short, text-free name for why a model call failed, for the fallback counter and log.</summary>
    internal static string Reason(Exception exception) => exception switch
    {
        ClientResultException { Status: 429 } => "rate_limited",
        ClientResultException { Status: > 0 and var status } => string.Create(CultureInfo.InvariantCulture, $"http_{status}"),
        HttpOperationException { StatusCode: HttpStatusCode.TooManyRequests } => "rate_limited",
        HttpOperationException { StatusCode: { } status } => string.Create(CultureInfo.InvariantCulture, $"http_{(int)status}"),
        HttpOperationException { InnerException: TaskCanceledException or TimeoutException } => "timeout",
        TaskCanceledException or TimeoutException or OperationCanceledException => "timeout",
        _ when exception.InnerException is { } inner && inner is not HttpOperationException => Reason(inner),
        _ => exception.GetType().Name,
    };
}
