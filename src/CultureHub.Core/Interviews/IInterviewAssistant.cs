using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>
/// Profile fields a language model read from one answer. Null means "not mentioned"; the core
/// decides which of them it takes (the current step's field, and fields not asked yet).
/// </summary>
public sealed record DraftUpdate(
    string? Name = null,
    string? Offers = null,
    string? Seeks = null,
    string? Town = null,
    IReadOnlyList<string>? Sectors = null,
    IReadOnlyList<string>? Links = null);

/// <summary>What the assistant made of an answer: field updates, maybe a follow-up question, the step it suggests next.</summary>
public sealed record InterviewAssistance(DraftUpdate Update, string? FollowUp = null, InterviewStep? Next = null);

/// <summary>
/// A conversational helper for the interview (a language model, registered only when one is configured).
/// It never stores anything: the core applies what it returns and the member still confirms the card.
/// Null means "no help for this answer": the offline reader takes it.
/// </summary>
public interface IInterviewAssistant
{
    /// <summary>Whether members' answers leave this machine when the assistant reads them.</summary>
    bool IsExternal { get; }

    Task<InterviewAssistance?> AssistAsync(InterviewSession session, string answer, CancellationToken cancellationToken);
}

/// <summary>
/// A second competence reader that needs a network round trip (a language model). Its ids are
/// merged with the offline extractor's. Null means it could not help this time.
/// </summary>
public interface ICompetenceAssistant
{
    Task<CompetenceExtraction?> ExtractAsync(string offers, string seeks, Language language, CancellationToken cancellationToken);
}
