using System.Text.Json.Serialization;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;

namespace CultureHub.Llm.Matching;

/// <summary>
/// Writes the reason each side of a proposal reads, in that side's language, through
/// <c>prompts/introduction.yaml</c>. Only when both members allowed the model; otherwise the offline texts stay.
/// </summary>
public sealed class IntroductionWriter(LanguageModelClient client, LlmUsage usage)
{
    public const string Step = LlmSteps.Introduction;

    public async Task<MatchCandidate> WriteAsync(MatchCandidate match, Member member, Member candidate, CancellationToken cancellationToken)
    {
        if (!member.Consent.AllowsLlm || !candidate.Consent.AllowsLlm)
        {
            return match;
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["member_language"] = LanguageNames.Of(member.Language),
            ["candidate_language"] = LanguageNames.Of(candidate.Language),
            ["member"] = LanguageModelClient.Encode(RankProfile.From(member)),
            ["candidate"] = LanguageModelClient.Encode(RankProfile.From(candidate)),
        };
        var reply = await client.AskAsync<IntroductionReply>(Step, variables, cancellationToken);
        if (reply is null)
        {
            return match;
        }

        usage.CountRefusedReasons(Step, new[] { reply.ForMember, reply.ForCandidate }.Count(r => r is not null && ModelReasons.HasContactData(r)));
        return match with
        {
            WhyForMember = ModelReasons.Accept(reply.ForMember) ?? match.WhyForMember,
            WhyForCandidate = ModelReasons.Accept(reply.ForCandidate) ?? match.WhyForCandidate,
        };
    }
}

public sealed record IntroductionReply(
    [property: JsonPropertyName("for_member")] string? ForMember,
    [property: JsonPropertyName("for_candidate")] string? ForCandidate);
