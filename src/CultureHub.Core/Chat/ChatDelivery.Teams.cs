using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Chat;

/// <summary>A shared space for more than two (a project team), under the same timeout and failure rules as an introduction's.</summary>
public sealed partial class ChatDelivery
{
    /// <summary>
    /// Asks the one platform all <paramref name="joining"/> members share to open the team's space,
    /// or to add them to the space it opened for <paramref name="conversationId"/> before. NeedsRelay
    /// when they share none or the platform has no such spaces; the caller then relays through the outbox.
    /// </summary>
    public async Task<PrivateConversationOutcome> OpenTeamConversationAsync(
        string conversationId, string title, IReadOnlyList<(Member Member, ChatReply Introduction)> joining, CancellationToken cancellationToken)
    {
        var identities = joining.Select(side => ReachableIdentity(side.Member)).ToList();
        if (identities.Count == 0 || identities.Any(i => i is null) || identities.Select(i => i!.Platform).Distinct().Count() != 1
            || !_channels.TryGetValue(identities[0]!.Platform, out var channel))
        {
            return PrivateConversationOutcome.NeedsRelay;
        }

        var participants = joining.Select((side, index) => Participant(side, identities[index]!)).ToList();
        var request = new PrivateConversationRequest(conversationId, participants) { IsGroup = true, Title = title };
        try
        {
            return await WithinTimeoutAsync(token => channel.OpenPrivateConversationAsync(request, token), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTeamOpenFailed(exception, conversationId);
            return PrivateConversationOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team {ConversationId}: the platform could not open a shared conversation")]
    private partial void LogTeamOpenFailed(Exception exception, string conversationId);
}
