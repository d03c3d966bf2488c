using CultureHub.Core.Insights;

namespace CultureHub.Core.Tests.Projects;

public sealed class ProjectInsightsTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    private static ProjectFigures Team(int size, bool isCross = false, bool hasRural = false, bool hasHappened = false) =>
        new(Day, size, isCross, hasRural, hasHappened);

    [Fact]
    public void Started_FewProjects_EveryCountSuppressed()
    {
        var table = ProjectInsights.Started([Team(2), Team(3, isCross: true), Team(3, hasRural: true)]);

        Assert.True(table.Cell("started", "projects")!.IsSuppressed);
        Assert.True(table.Cell("cross_sector", "projects")!.IsSuppressed);
        Assert.Null(table.Cell("cross_sector", "percent_of_started")!.Number);
    }

    [Fact]
    public void Started_LoneSmallTeamSize_SecondSizeSuppressedToo_SharesOfPublishedOnly()
    {
        var projects = Enumerable.Range(0, 8).Select(i => Team(2, isCross: i < 6, hasRural: i < 5, hasHappened: i < 2))
            .Concat(Enumerable.Range(0, 6).Select(_ => Team(3)))
            .Append(Team(5))
            .ToList();

        var table = ProjectInsights.Started(projects);

        Assert.Equal(15, table.Cell("started", "projects")!.Number);
        Assert.True(table.Cell("team_size:4+", "projects")!.IsSuppressed);
        Assert.True(table.Cell("team_size:3", "projects")!.IsSuppressed);
        Assert.Equal(8, table.Cell("team_size:2", "projects")!.Number);
        Assert.Equal(6, table.Cell("cross_sector", "projects")!.Number);
        Assert.Equal(40, table.Cell("cross_sector", "percent_of_started")!.Number);
        Assert.Equal(5, table.Cell("with_rural_member", "projects")!.Number);
        Assert.True(table.Cell("happened", "projects")!.IsSuppressed);
    }
}
