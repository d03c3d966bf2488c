using CultureHub.Core.Introductions;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Spaces;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Insights;

/// <summary>Every table of the dashboard for one period, already suppressed.</summary>
public sealed record InsightsReport(InsightsPeriod Period, DateTimeOffset CreatedAt, IReadOnlyList<FigureTable> Tables)
{
    public FigureTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);
}

/// <summary>A period's report next to the previous period's (null for an open period).</summary>
public sealed record PeriodComparison(InsightsReport Current, InsightsReport? Previous);

/// <summary>
/// Reads the stores and builds the evaluation tables. Flows count what happened in the period (members
/// by join date, introductions by proposal date, workshops by start); the needs table is a stock: the
/// members who had joined by the period's end, as their profiles read now.
/// </summary>
public sealed class InsightsService(
    IMemberStore members,
    IIntroductionStore introductions,
    IWorkshopStore workshops,
    ISpaceStore spaces,
    HubDirectory hubs,
    NiedersachsenMap map,
    ProfileReader reader,
    IProjectOutcomes projects,
    IOptions<InsightsOptions> options,
    RegionTime region,
    TimeProvider time)
{
    public IReadOnlyList<string> HubIds => hubs.All.Select(h => h.Id).ToList();

    public InsightsOptions Options => options.Value;

    public async Task<InsightsReport> BuildAsync(InsightsPeriod period, CancellationToken cancellationToken)
    {
        var everyone = await members.ListAsync(cancellationToken);
        var joined = everyone.Where(m => period.Contains(region.DayOf(m.CreatedAt))).ToList();
        var proposed = (await introductions.AllAsync(cancellationToken)).Where(i => period.Contains(region.DayOf(i.ProposedAt))).ToList();
        var offered = await WorkshopsAsync(period, cancellationToken);
        var geography = new MemberGeography(joined, map);
        var spaceRecords = await SpacesAsync(period, everyone, cancellationToken);
        return new InsightsReport(period, time.GetUtcNow(),
        [
            MemberInsights.ByMonth(joined, region),
            PlaceInsights.ByRegion(geography),
            PlaceInsights.ByHubRegion(geography),
            PlaceInsights.ByDistrict(geography),
            PlaceInsights.Reach(geography),
            PlaceInsights.UrbanRural(geography),
            MemberInsights.BySector(joined),
            MemberInsights.BySource(joined),
            Needs(everyone.Where(m => period.IsBeforeEnd(region.DayOf(m.CreatedAt))).ToList()),
            IntroductionInsights.Funnel(proposed),
            IntroductionInsights.CrossSector(proposed),
            IntroductionInsights.BySectorPair(proposed),
            OutcomeInsights.WhatWorked(proposed, await projects.IntroductionsWithProjectAsync(cancellationToken)),
            WorkshopInsights.ByHub(HubIds, offered),
            ProjectInsights.Started((await projects.StartedProjectsAsync(cancellationToken)).Where(p => period.Contains(region.DayOf(p.StartedAt))).ToList()),
            SpaceInsights.ByHubRegion(spaceRecords, map),
            SpaceInsights.ByDistrict(spaceRecords, map),
            SpaceInsights.RuralShare(spaceRecords),
            SpaceInsights.HubUtilisation(spaceRecords, HubIds, period, region, time.GetUtcNow()),
        ]);
    }

    /// <summary>The report of <paramref name="period"/> and of the period of the same length before it.</summary>
    public async Task<PeriodComparison> CompareAsync(InsightsPeriod period, CancellationToken cancellationToken) =>
        new(await BuildAsync(period, cancellationToken), period.Previous() is { } previous ? await BuildAsync(previous, cancellationToken) : null);

    /// <summary>The current evaluation period (<see cref="InsightsOptions.PeriodMonths"/>), by the region's calendar.</summary>
    public InsightsPeriod CurrentPeriod() => InsightsPeriod.Evaluation(region.DayOf(time.GetUtcNow()), options.Value.PeriodMonths);

    /// <summary>One hub's workshops in detail, or null for an unknown hub. Access is checked by the caller.</summary>
    public async Task<FigureTable?> HubDetailAsync(string hubId, InsightsPeriod period, CancellationToken cancellationToken) =>
        hubs.Find(hubId) is { } hub ? WorkshopInsights.HubDetail(hub.Id, await WorkshopsAsync(period, cancellationToken)) : null;

    /// <summary>Every member's needs and offers as the matcher reads them, with their hub region.</summary>
    public async Task<IReadOnlyList<(Member Member, MemberNeeds Needs)>> ReadNeedsAsync(CancellationToken cancellationToken) =>
        (await members.ListAsync(cancellationToken)).Select(m => (m, MemberNeeds.Read(m, reader, map))).ToList();

    private FigureTable Needs(IReadOnlyList<Member> stock)
    {
        var read = stock.Select(m => MemberNeeds.Read(m, reader, map)).ToList();
        return NeedsInsights.Build(read, NeedRegions(read), reader.Taxonomy, options.Value.InPersonReachKm);
    }

    /// <summary>The hubs in configured order, then the rest: every member is in exactly one of them.</summary>
    public IReadOnlyList<string> NeedRegions(IReadOnlyList<MemberNeeds> read) =>
    [
        .. HubIds,
        .. read.Any(m => m.Region == MemberGeography.Niedersachsen) ? [MemberGeography.Niedersachsen] : Array.Empty<string>(),
        MemberGeography.Outside,
        MemberGeography.Unknown,
    ];

    /// <summary>Listings created, requests made and approved bookings starting in the period; removed listings still count for what happened.</summary>
    private async Task<SpaceRecords> SpacesAsync(InsightsPeriod period, IReadOnlyList<Member> everyone, CancellationToken cancellationToken)
    {
        var listings = (await spaces.AllListingsAsync(cancellationToken)).ToDictionary(l => l.Id, StringComparer.Ordinal);
        var byId = everyone.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var bookings = (await spaces.AllBookingsAsync(cancellationToken)).Where(b => listings.ContainsKey(b.ListingId)).ToList();
        return new SpaceRecords(
            listings.Values.Where(l => period.Contains(region.DayOf(l.CreatedAt))).ToList(),
            bookings.Where(b => period.Contains(region.DayOf(b.RequestedAt))).Select(b => (b, listings[b.ListingId])).ToList(),
            bookings.Where(b => b.State == BookingState.Approved && period.Contains(region.DayOf(b.StartsAt))).Select(b => (b, listings[b.ListingId], byId.GetValueOrDefault(b.MemberId))).ToList(),
            listings.Values.Where(l => l.HubId is not null && l.State != ListingState.Removed).ToList());
    }

    private async Task<List<WorkshopRecord>> WorkshopsAsync(InsightsPeriod period, CancellationToken cancellationToken)
    {
        var records = new List<WorkshopRecord>();
        foreach (var workshop in await workshops.AllAsync(cancellationToken))
        {
            if (WorkshopInsights.Counts(workshop) && period.Contains(region.DayOf(workshop.StartsAt)))
            {
                records.Add(new WorkshopRecord(workshop, await workshops.RegistrationsForAsync(workshop.Id, cancellationToken)));
            }
        }

        return records;
    }
}
