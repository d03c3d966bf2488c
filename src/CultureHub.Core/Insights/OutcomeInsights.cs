using CultureHub.Core.Introductions;

namespace CultureHub.Core.Insights;

/// <summary>
/// One project that got a team, as the evaluation counts it: when it started, how large the team
/// grew (initiator included), whether it spanned sectors, whether someone rural was in it, and
/// whether the initiator said it happened. No title, no names.
/// </summary>
public sealed record ProjectFigures(DateTimeOffset StartedAt, int TeamSize, bool IsCrossSector, bool HasRuralMember, bool HasHappened);

/// <summary>
/// What the projects feature tells the evaluation: introductions whose two members later formed a
/// project team together (the <c>project</c> column of "what worked", beside the members' own
/// follow-up answers), and the projects that got a team.
/// </summary>
public interface IProjectOutcomes
{
    Task<IReadOnlySet<string>> IntroductionsWithProjectAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ProjectFigures>> StartedProjectsAsync(CancellationToken cancellationToken);
}

/// <summary>A host without the projects feature: only follow-up answers fill the <c>project</c> column.</summary>
public sealed class NoProjectOutcomes : IProjectOutcomes
{
    public Task<IReadOnlySet<string>> IntroductionsWithProjectAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    public Task<IReadOnlyList<ProjectFigures>> StartedProjectsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProjectFigures>>([]);
}

/// <summary>
/// "What worked": introductions through the funnel by the kind of complement — the need → offer pair,
/// cross-sector or same sector, and how far apart the two lived. Each kind is one block of rows that
/// partitions all introductions (<c>pair:…</c>, <c>sectors:…</c>, <c>distance:…</c>), suppressed per column.
/// Pairs with fewer than five proposals are pooled into <c>pair:other</c>, so rare pairs are not listed.
/// </summary>
public static class OutcomeInsights
{
    public const string TableId = "what_worked";
    public static readonly IReadOnlyList<string> Columns = ["proposed", "accepted", "met", "outcome", "project", "percent_outcome"];
    private static readonly (int UpToKm, string Key)[] Bands = [(25, "0-25"), (50, "25-50"), (100, "50-100"), (int.MaxValue, "100+")];

    public static FigureTable WhatWorked(IReadOnlyList<Introduction> introductions, IReadOnlySet<string> withProject)
    {
        var rows = new List<FigureRow>();
        rows.AddRange(Block(PairGroups(introductions), withProject, "pair:unknown"));
        rows.AddRange(Block(introductions.GroupBy(i => i.IsCrossSector ? "sectors:cross" : "sectors:same"), withProject, null));
        rows.AddRange(Block(introductions.GroupBy(DistanceBand), withProject, "distance:unknown"));
        return new FigureTable(TableId, Columns, rows);
    }

    public static string DistanceBand(Introduction introduction) =>
        introduction.DistanceKm is { } km ? "distance:" + Bands.First(b => km <= b.UpToKm).Key : "distance:unknown";

    private static IEnumerable<IGrouping<string, Introduction>> PairGroups(IReadOnlyList<Introduction> introductions)
    {
        var byPair = introductions.GroupBy(i => i.NeedId is { } need && i.OfferId is { } offer ? $"pair:{need}>{offer}" : "pair:unknown").ToList();
        string Pooled(Introduction i)
        {
            var key = i.NeedId is { } need && i.OfferId is { } offer ? $"pair:{need}>{offer}" : "pair:unknown";
            return key == "pair:unknown" || byPair.First(g => g.Key == key).Count() >= SmallCellSuppression.Threshold ? key : "pair:other";
        }

        return introductions.GroupBy(Pooled);
    }

    private static IEnumerable<FigureRow> Block(IEnumerable<IGrouping<string, Introduction>> groups, IReadOnlySet<string> withProject, string? residual)
    {
        var ordered = groups.Select(g => (g.Key, Stages: Stages(g.ToList(), withProject))).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var residualIndex = ordered.FindIndex(g => g.Key == residual);
        var columns = Enumerable.Range(0, Columns.Count - 1)
            .Select(c => SmallCellSuppression.Partition(ordered.Select(g => g.Stages[c]).ToList(), residualIndex))
            .ToList();
        return ordered.Select((g, r) => new FigureRow(g.Key, [.. columns.Select(c => c[r]), SmallCellSuppression.Share(columns[3][r], columns[0][r])]))
            .OrderByDescending(row => row.Cells[0].Number ?? -1)
            .ThenBy(row => row.Key, StringComparer.Ordinal);
    }

    private static int[] Stages(IReadOnlyList<Introduction> introductions, IReadOnlySet<string> withProject) =>
    [
        introductions.Count,
        introductions.Count(i => i.AcceptedAt is not null || i.State == IntroductionState.Accepted),
        introductions.Count(i => i.HaveMet == true),
        introductions.Count(i => IntroductionInsights.IsFruitful(i.Outcome) || withProject.Contains(i.Id)),
        introductions.Count(i => i.Outcome == IntroductionOutcome.Project || withProject.Contains(i.Id)),
    ];
}
