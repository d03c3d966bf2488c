using CultureHub.Core.Introductions;
using LiteDB;

namespace CultureHub.Storage;

/// <summary>The last matching round's scheduled time, one document in the <c>schedule</c> collection.</summary>
public sealed class LiteDbRoundLog(LiteDbContext context) : IRoundLog
{
    private const string RoundId = "matching-round";
    private const string CollectionName = "schedule";

    public Task<DateTimeOffset?> LastRoundAsync(CancellationToken cancellationToken)
    {
        var document = context.Read(db => db.GetCollection(CollectionName).FindById(RoundId));
        DateTimeOffset? last = document is null ? null : new DateTimeOffset(document["lastRun"].AsDateTime.ToUniversalTime(), TimeSpan.Zero);
        return Task.FromResult(last);
    }

    public Task RecordRoundAsync(DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        context.Write(db => db.GetCollection(CollectionName).Upsert(new BsonDocument { ["_id"] = RoundId, ["lastRun"] = scheduledFor.UtcDateTime }));
        return Task.CompletedTask;
    }
}
