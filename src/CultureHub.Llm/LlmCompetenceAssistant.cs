using System.Text.Json.Serialization;
using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;

namespace CultureHub.Llm;

/// <summary>
/// Maps offers and needs to taxonomy ids through <c>prompts/extract.yaml</c>. Ids outside the
/// taxonomy are dropped; the result is merged with the offline reader's by the interview.
/// </summary>
public sealed class LlmCompetenceAssistant(LanguageModelClient client, CompetenceTaxonomy taxonomy, LlmUsage usage) : ICompetenceAssistant
{
    public const string Step = LlmSteps.Extract;

    /// <summary>How sure a model-read competence counts: below a clear offline hit, above a vague one.</summary>
    private const double ModelConfidence = 0.6;

    public async Task<CompetenceExtraction?> ExtractAsync(string offers, string seeks, Language language, CancellationToken cancellationToken)
    {
        var competences = string.Join('\n', taxonomy.Entries
            .Where(e => e.Kind != EntryKind.Style)
            .Select(e => $"{e.Id}: {e.Label.For(language)}"));
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["language"] = LanguageNames.Of(language),
            ["competences"] = competences,
            ["profile"] = LanguageModelClient.Encode(new { offers, seeks }),
        };
        var reply = await client.AskAsync<ExtractReply>(Step, variables, cancellationToken);
        if (reply is null)
        {
            return null;
        }

        var offered = Known(reply.Offers, EntryKind.Competence);
        var sought = Known(reply.Seeks, null);
        usage.CountDropped(Step, (reply.Offers?.Count ?? 0) + (reply.Seeks?.Count ?? 0) - offered.Count - sought.Count);
        return new CompetenceExtraction(offered, sought);
    }

    private List<CompetenceTag> Known(IReadOnlyList<string>? ids, EntryKind? kind) =>
        (ids ?? [])
            .Where(id => taxonomy.Contains(id) && (kind is null || taxonomy[id].Kind == kind))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new CompetenceTag(id, ModelConfidence))
            .ToList();
}

public sealed record ExtractReply(
    [property: JsonPropertyName("offers")] IReadOnlyList<string>? Offers,
    [property: JsonPropertyName("seeks")] IReadOnlyList<string>? Seeks);
