using System.Text.Json.Serialization;
using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using Microsoft.Extensions.Options;

namespace CultureHub.Llm;

/// <summary>The interview step through <c>prompts/interview.yaml</c>: field updates, a follow-up question, the next step.</summary>
public sealed class LlmInterviewAssistant(LanguageModelClient client, IOptions<LlmOptions> options) : IInterviewAssistant
{
    public const string Step = LlmSteps.Interview;

    public bool IsExternal => options.Value.IsExternal;

    public async Task<InterviewAssistance?> AssistAsync(InterviewSession session, string answer, CancellationToken cancellationToken)
    {
        var draft = session.Draft;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["language"] = LanguageNames.Of(session.Language),
            ["step"] = session.Step.ToString().ToLowerInvariant(),
            ["draft"] = LanguageModelClient.Encode(new DraftData(
                draft.Name, draft.Offers, draft.Seeks, draft.Town?.Text, draft.Sectors.Select(s => s.Id()).ToList(), draft.Links)),
            ["answer"] = LanguageModelClient.Encode(answer),
        };
        var reply = await client.AskAsync<InterviewReply>(Step, variables, cancellationToken);
        if (reply is null)
        {
            return null;
        }

        var next = Enum.TryParse<InterviewStep>(reply.NextStep, ignoreCase: true, out var step) && Enum.IsDefined(step) ? step : (InterviewStep?)null;
        var update = new DraftUpdate(reply.Name, reply.Offers, reply.Seeks, reply.Town, reply.Sectors, reply.Links);
        return new InterviewAssistance(update, reply.FollowUp, next);
    }

    private sealed record DraftData(
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("offers")] string? Offers,
        [property: JsonPropertyName("seeks")] string? Seeks,
        [property: JsonPropertyName("town")] string? Town,
        [property: JsonPropertyName("sectors")] IReadOnlyList<string> Sectors,
        [property: JsonPropertyName("links")] IReadOnlyList<string>? Links);
}

/// <summary>What the model answers for one interview turn (the JSON schema of its response format).</summary>
public sealed record InterviewReply(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("offers")] string? Offers,
    [property: JsonPropertyName("seeks")] string? Seeks,
    [property: JsonPropertyName("town")] string? Town,
    [property: JsonPropertyName("sectors")] IReadOnlyList<string>? Sectors,
    [property: JsonPropertyName("links")] IReadOnlyList<string>? Links,
    [property: JsonPropertyName("follow_up")] string? FollowUp,
    [property: JsonPropertyName("next_step")] string? NextStep);

internal static class LanguageNames
{
    public static string Of(Language language) => language == Language.En ? "English" : "German";
}
