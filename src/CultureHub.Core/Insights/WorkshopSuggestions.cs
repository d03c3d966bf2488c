using CultureHub.Core.Chat;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Insights;

/// <summary>How an invitation click ended: how many were asked (suppressed like any count), or nothing to do.</summary>
public sealed record InvitationResult(FigureCell Invited, bool IsUnknownTopic);

/// <summary>
/// Workshop ideas for one hub's staff: the competences most sought in the hub's region, where members
/// of that region who offer it said yes to "Würdest du dazu einen Workshop geben?". Staff see counts
/// only (hidden under five like everywhere); the invite button sends those members a message from the
/// hub through the outbox (one that is queued for a retry counts as sent), and their names reach the
/// hub only if they propose a workshop themselves.
/// </summary>
public sealed class WorkshopSuggestions(
    InsightsService insights,
    IMemberStore members,
    ChatDelivery delivery,
    HubDirectory hubs,
    ProfileReader reader,
    TextCatalog texts,
    IOptions<InsightsOptions> options)
{
    public static readonly IReadOnlyList<string> Columns = ["sought", "unmet", "offered", "willing"];

    public static string TableId(string hubId) => "workshop_suggestions_" + hubId;

    public async Task<FigureTable> ForHubAsync(string hubId, CancellationToken cancellationToken)
    {
        var needs = NeedsInsights.ForRegion((await insights.BuildAsync(InsightsPeriod.All, cancellationToken)).Table(NeedsInsights.TableId)!, hubId);
        var willing = (await WillingAsync(hubId, cancellationToken)).ToList();
        var rows = needs.Rows
            .Where(row => row.Cells[1].Number != 0)
            .Select(row => (Row: row, Willing: willing.Count(w => w.Needs.Serves.Contains(row.Key))))
            .Where(r => r.Willing > 0)
            .Select(r => new FigureRow(r.Row.Key, [r.Row.Cells[1], r.Row.Cells[3], r.Row.Cells[4], SmallCellSuppression.Single(r.Willing)]))
            .OrderByDescending(r => r.Cells[1].Number ?? -1)
            .ThenByDescending(r => r.Cells[0].Number ?? -1)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(options.Value.SuggestionsPerHub)
            .ToList();
        return new FigureTable(TableId(hubId), Columns, rows);
    }

    /// <summary>Sends the hub's invitation to every willing member of its region who offers the topic and was not invited for it yet.</summary>
    public async Task<InvitationResult> InviteAsync(string hubId, string competenceId, CancellationToken cancellationToken)
    {
        if (hubs.Find(hubId) is not { } hub || reader.Taxonomy.Find(competenceId) is not { } topic)
        {
            return new InvitationResult(FigureCell.Count(0), IsUnknownTopic: true);
        }

        var key = $"{hub.Id}:{topic.Id}";
        var sent = 0;
        foreach (var (member, needs) in await WillingAsync(hub.Id, cancellationToken))
        {
            if (!needs.Serves.Contains(topic.Id) || member.Hosting!.InvitedFor.Contains(key))
            {
                continue;
            }

            var message = new ChatReply(
                texts.Format(member.Language, TextKeys.HostingInvitation, hub.Name, topic.Label.For(member.Language)),
                [new ChatButton($"{HostingConsentService.ButtonPrefix}:propose", texts.Get(member.Language, TextKeys.HostingPropose)),
                 new ChatButton($"{HostingConsentService.ButtonPrefix}:later", texts.Get(member.Language, TextKeys.HostingNotNow))]);
            // Keyed per member and topic: an invitation recorded before a crash kept it from being marked is not sent again.
            var invitation = new OutboundMessage(OutboundMessage.KeyOf("hosting-invite", hub.Id, topic.Id, member.Id), Recipient.ForMember(member.Id), message);
            if (await delivery.SendAsync(invitation, cancellationToken) is DeliveryOutcome.Delivered or DeliveryOutcome.Queued)
            {
                await members.UpdateAsync(
                    member.Id,
                    current => current.Hosting is { } hosting && !hosting.InvitedFor.Contains(key) ? current with { Hosting = hosting with { InvitedFor = [.. hosting.InvitedFor, key] } } : null,
                    cancellationToken);
                sent++;
            }
        }

        return new InvitationResult(SmallCellSuppression.Single(sent), IsUnknownTopic: false);
    }

    private async Task<IEnumerable<(Member Member, MemberNeeds Needs)>> WillingAsync(string hubId, CancellationToken cancellationToken) =>
        (await insights.ReadNeedsAsync(cancellationToken))
            .Where(m => m.Member.Hosting is { IsWilling: true } && m.Needs.IsAvailable && m.Needs.Region == hubId);
}
