using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Insights;

/// <summary>Every table of the dashboard for one period, already suppressed.</summary>
public sealed record InsightsReport(InsightsPeriod Period, DateTimeOffset CreatedAt, IReadOnlyList<FigureTable> Tables)
{
    public FigureTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);
}

/// <summary>
/// Reads the stores and builds the evaluation tables. The period applies to join date (members),
/// proposal date (introductions) and start (workshops).
/// </summary>
public sealed class InsightsService(IMemberStore members, IIntroductionStore introductions, IWorkshopStore workshops, HubDirectory hubs, TimeProvider time)
{
    public IReadOnlyList<string> HubIds => hubs.All.Select(h => h.Id).ToList();

    public async Task<InsightsReport> BuildAsync(InsightsPeriod period, CancellationToken cancellationToken)
    {
        var joined = (await members.ListAsync(cancellationToken)).Where(m => period.Contains(m.CreatedAt)).ToList();
        var proposed = (await introductions.AllAsync(cancellationToken)).Where(i => period.Contains(i.ProposedAt)).ToList();
        var offered = await WorkshopsAsync(period, cancellationToken);
        return new InsightsReport(period, time.GetUtcNow(),
        [
            MemberInsights.ByMonth(joined),
            MemberInsights.ByRegion(joined),
            MemberInsights.ByDistrict(joined),
            MemberInsights.UrbanRural(joined),
            MemberInsights.BySector(joined),
            MemberInsights.BySource(joined),
            IntroductionInsights.Funnel(proposed),
            IntroductionInsights.CrossSector(proposed),
            IntroductionInsights.BySectorPair(proposed),
            WorkshopInsights.ByHub(HubIds, offered),
        ]);
    }

    /// <summary>One hub's workshops in detail, or null for an unknown hub. Access is checked by the caller.</summary>
    public async Task<FigureTable?> HubDetailAsync(string hubId, InsightsPeriod period, CancellationToken cancellationToken) =>
        hubs.Find(hubId) is { } hub ? WorkshopInsights.HubDetail(hub.Id, await WorkshopsAsync(period, cancellationToken)) : null;

    private async Task<List<WorkshopRecord>> WorkshopsAsync(InsightsPeriod period, CancellationToken cancellationToken)
    {
        var records = new List<WorkshopRecord>();
        foreach (var workshop in await workshops.AllAsync(cancellationToken))
        {
            if (WorkshopInsights.Counts(workshop) && period.Contains(workshop.StartsAt))
            {
                records.Add(new WorkshopRecord(workshop, await workshops.RegistrationsForAsync(workshop.Id, cancellationToken)));
            }
        }

        return records;
    }
}
