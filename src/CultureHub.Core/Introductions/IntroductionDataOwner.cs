using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;

namespace CultureHub.Core.Introductions;

/// <summary>Introductions in a member's export, and gone with their erasure (relays end with them).</summary>
public sealed class IntroductionDataOwner(IIntroductionStore introductions) : IMemberDataOwner
{
    public string Section => "introductions";

    public async Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        var mine = await introductions.ForMemberAsync(member.Id, cancellationToken);
        return JsonSerializer.SerializeToNode(
            mine.Select(i => new
            {
                i.Id,
                i.State,
                i.ProposedAt,
                i.AcceptedAt,
                YourAnswer = i.SideOf(member.Id).Answer,
                WhyShownToYou = i.SideOf(member.Id).Why,
                OtherMemberId = i.OtherSideOf(member.Id).MemberId,
                i.IsRelayActive,
                i.HaveMet,
                i.Outcome,
            }).ToList(),
            PrivacyService.JsonOptions);
    }

    public Task EraseAsync(Member member, CancellationToken cancellationToken) =>
        introductions.DeleteForMemberAsync(member.Id, cancellationToken);
}
