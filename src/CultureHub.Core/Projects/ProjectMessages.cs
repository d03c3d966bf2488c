using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>Everything the projects feature says, in the recipient's language.</summary>
public sealed class ProjectMessages(TextCatalog texts, ICompetenceVocabulary vocabulary, ProfileCard card, RegionTime region)
{
    public const string Prefix = "prj";

    public string Text(Language language, string key, params object?[] arguments) =>
        arguments.Length == 0 ? texts.Get(language, key) : texts.Format(language, key, arguments);

    public ChatReply Reply(Language language, string key, params object?[] arguments) => new(Text(language, key, arguments));

    /// <summary>"Kai, Mia und Lena": people named in one sentence.</summary>
    public string Names(Language language, IReadOnlyList<string> names) => texts.List(language, names);

    /// <summary>A message that names other members: withdrawn from a waiting inbox when one of them erases their data.</summary>
    public ChatReply About(IEnumerable<string> memberIds, Language language, string key, params object?[] arguments) =>
        new ChatReply(Text(language, key, arguments)) { About = memberIds.Distinct().ToList() };

    public static string Button(params string[] parts) => Prefix + ":" + string.Join(':', parts);

    public string Role(string competenceId, Language language) => vocabulary.Find(competenceId, language)?.Text ?? competenceId;

    public string Roles(IEnumerable<string> competenceIds, Language language) =>
        string.Join(" · ", competenceIds.Select(id => Role(id, language)));

    /// <summary>"15.06.2027", the initiator's own words, or "open".</summary>
    public string When(Project project, Language language) =>
        project.Date is { } date ? region.ToLocal(date).ToString("d", TextCatalog.CultureFor(language))
        : project.WhenText ?? Text(language, TextKeys.ProjectWhenOpen);

    public string Where(Project project, Language language) =>
        project.IsRemote ? Text(language, TextKeys.ProjectRemote) : project.Place?.Name ?? "?";

    public string Town(Member member, Language language) => card.Town(member.Town, language);

    public string Distance(double? km, Language language) =>
        km is { } d ? Text(language, TextKeys.ProjectDistance, Math.Round(d).ToString("0", CultureInfo.InvariantCulture)) : string.Empty;

    /// <summary>The initiator's profile as an invitee sees it: sectors, offers, what they seek, links.</summary>
    public string Card(Member member, Language language)
    {
        var lines = new List<string> { $"🎨 {card.SectorList(member.Sectors, language)}", $"✨ {member.Offers}" };
        if (member.Links.Count > 0)
        {
            lines.Add("🔗 " + string.Join(" ", member.Links));
        }

        return string.Join("\n", lines);
    }

    public ChatReply Invitation(Project project, ProjectRole role, Member initiator, Member recipient, DateTimeOffset expiresAt)
    {
        var language = recipient.Language;
        var others = project.Roles.Where(r => r.Id != role.Id).Select(r => r.CompetenceId).ToList();
        var text = Text(language, TextKeys.ProjectInvite,
            initiator.DisplayName,
            project.Title,
            project.Description,
            Role(role.CompetenceId, language),
            others.Count == 0 ? "–" : Roles(others, language),
            When(project, language),
            Where(project, language),
            Card(initiator, language),
            region.ToLocal(expiresAt).ToString("d", TextCatalog.CultureFor(language)));
        return new ChatReply(text,
        [
            new ChatButton(Button("yes", project.Id, role.Id), Text(language, TextKeys.ProjectInviteYes)),
            new ChatButton(Button("later", project.Id, role.Id), Text(language, TextKeys.ProjectInviteNotNow)),
            new ChatButton(Button("no", project.Id, role.Id), Text(language, TextKeys.ProjectInviteNotThis)),
        ]) { About = [initiator.Id] };
    }

    /// <summary>"Lena (Kamera), Tom (Schnitt)" — who is in the team, with their roles.</summary>
    public string TeamList(Project project, IReadOnlyDictionary<string, Member> people, Language language)
    {
        var names = new List<string>();
        if (people.TryGetValue(project.InitiatorId, out var initiator))
        {
            names.Add(Text(language, TextKeys.ProjectTeamInitiator, initiator.DisplayName));
        }

        foreach (var role in project.Roles)
        {
            foreach (var accepted in role.Candidates.Where(c => c.State == InvitationState.Accepted))
            {
                if (people.TryGetValue(accepted.MemberId, out var member))
                {
                    names.Add($"{member.DisplayName} ({Role(role.CompetenceId, language)})");
                }
            }
        }

        return string.Join(", ", names);
    }

    public ChatReply OutcomeQuestion(Project project, Language language) => new(
        Text(language, TextKeys.ProjectOutcomeQuestion, project.Title),
        Enum.GetValues<ProjectOutcome>()
            .Where(o => o != ProjectOutcome.Unknown)
            .Select(o => new ChatButton(Button("outcome", OutcomeCode(o), project.Id), Text(language, OutcomeKey(o))))
            .ToList());

    private static string OutcomeKey(ProjectOutcome outcome) => outcome switch
    {
        ProjectOutcome.Happened => TextKeys.ProjectOutcomeHappened,
        ProjectOutcome.Ongoing => TextKeys.ProjectOutcomeOngoing,
        _ => TextKeys.ProjectOutcomeNot,
    };

    public static string OutcomeCode(ProjectOutcome outcome) => outcome switch
    {
        ProjectOutcome.Happened => "happened",
        ProjectOutcome.Ongoing => "ongoing",
        ProjectOutcome.DidNotHappen => "not",
        _ => "unknown",
    };
}
