using System.Diagnostics.Metrics;
using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Privacy;
using CultureHub.Core.Tests.Workshops;
using CultureHub.TestKit;
using CultureHub.TestKit.Faults;
using CultureHub.TestKit.Metrics;

namespace CultureHub.Core.Tests.Delivery;

/// <summary>The outbox behind ChatDelivery, on real LiteDB with the web mailbox as the platform and a fake clock.</summary>
public sealed class OutboxTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FaultSwitch _web = new();

    [Fact]
    public async Task SendAsync_PlatformFailsTwice_RetriedWithBackoffAndDeliveredOnce()
    {
        await using var harness = Create("retry.db");
        var anna = await harness.MemberAsync("anna");
        _web.Arm(Fault.Throw, key => key == "web:anna", times: 2);
        var delivery = harness.Get<ChatDelivery>();
        var dispatcher = harness.Get<OutboxDispatcher>();

        var outcome = await delivery.SendAsync(Message("note:1", anna.Id, "Hallo Anna"), CancellationToken.None);
        var queued = await ItemAsync(harness, "note:1");

        Assert.Equal(DeliveryOutcome.Queued, outcome);
        Assert.Equal(1, queued.Attempts);
        Assert.InRange(queued.NextAttemptAt, harness.Clock.GetUtcNow().AddTicks(1), harness.Clock.GetUtcNow().AddMinutes(60));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(1, (await ItemAsync(harness, "note:1")).Attempts);

        harness.Clock.SetUtcNow(queued.NextAttemptAt);
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(2, (await ItemAsync(harness, "note:1")).Attempts);

        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Equal("Hallo Anna", Assert.Single(await harness.InboxAsync("anna")).Text);
        var delivered = await ItemAsync(harness, "note:1");
        Assert.Equal(OutboxState.Delivered, delivered.State);
        Assert.Null(delivered.Message);
    }

    [Fact]
    public async Task SendAsync_PlatformAlwaysFails_DeadLetteredAfterTheCap()
    {
        await using var harness = Create("dead.db", [("Delivery:MaxAttempts", "3")]);
        var anna = await harness.MemberAsync("anna");
        _web.Arm(Fault.Throw, key => key == "web:anna");
        var dispatcher = harness.Get<OutboxDispatcher>();
        using var recorder = new MeterRecorder(harness.Get<IMeterFactory>());

        await harness.Get<ChatDelivery>().SendAsync(Message("note:2", anna.Id, "Hallo"), CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            harness.Clock.Advance(TimeSpan.FromHours(1));
            await dispatcher.DispatchDueAsync(CancellationToken.None);
        }

        var item = await ItemAsync(harness, "note:2");
        Assert.Equal(OutboxState.DeadLettered, item.State);
        Assert.Equal(3, item.Attempts);
        Assert.Equal(2, recorder.Counter("culturehub_outbox_attempts_total{outcome=\"retry\"}"));
        Assert.Equal(1, recorder.Counter("culturehub_outbox_attempts_total{outcome=\"dead_lettered\"}"));
        _web.Disarm();
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Empty(await harness.InboxAsync("anna"));
    }

    [Fact]
    public async Task SendAsync_PlatformHangs_TimesOutAndQueuesInsteadOfBlocking()
    {
        await using var harness = Create("hang.db");
        var anna = await harness.MemberAsync("anna");
        _web.Arm(Fault.Hang, key => key == "web:anna", times: 1);

        var sending = harness.Get<ChatDelivery>().SendAsync(Message("note:3", anna.Id, "Hallo"), CancellationToken.None);
        await _web.Hit.WaitAsync(TimeSpan.FromSeconds(30));
        harness.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryOutcome.Queued, await sending.WaitAsync(TimeSpan.FromSeconds(30)));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await harness.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        Assert.Single(await harness.InboxAsync("anna"));
    }

    [Fact]
    public async Task SendAsync_SameIntentTwice_SentOnce()
    {
        await using var harness = Create("once.db");
        var anna = await harness.MemberAsync("anna");
        var delivery = harness.Get<ChatDelivery>();

        Assert.Equal(DeliveryOutcome.Delivered, await delivery.SendAsync(Message("note:4", anna.Id, "Einmal"), CancellationToken.None));
        Assert.Equal(DeliveryOutcome.Delivered, await delivery.SendAsync(Message("note:4", anna.Id, "Einmal"), CancellationToken.None));

        Assert.Single(await harness.InboxAsync("anna"));
    }

    [Fact]
    public async Task ExportAndErase_CoverMessagesToAndAboutTheMember()
    {
        await using var harness = Create("privacy.db");
        var anna = await harness.MemberAsync("anna", "Anna");
        var ben = await harness.MemberAsync("ben", "Ben");
        _web.Arm(Fault.Throw, key => key is "web:anna" or "web:ben");
        var delivery = harness.Get<ChatDelivery>();
        await delivery.SendAsync(Message("note:to-anna", anna.Id, "Für Anna: Ben sucht dich"), CancellationToken.None);
        await delivery.SendAsync(
            new OutboundMessage("note:about-anna", Recipient.ForMember(ben.Id), new ChatReply("Für Ben: Anna Zauberwort") { About = [anna.Id] }), CancellationToken.None);
        var privacy = harness.Get<PrivacyService>();

        var export = Encoding.UTF8.GetString(await privacy.ExportAsync(anna, anna.Identities[0], CancellationToken.None));
        Assert.Contains("outgoingMessages", export, StringComparison.Ordinal);
        Assert.Contains("Für Anna: Ben sucht dich", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Zauberwort", export, StringComparison.Ordinal);

        await privacy.EraseAsync(anna, CancellationToken.None);
        Assert.Null(await harness.Get<IOutboxStore>().GetAsync("note:to-anna", CancellationToken.None));
        Assert.Null(await harness.Get<IOutboxStore>().GetAsync("note:about-anna", CancellationToken.None));
    }

    [Fact]
    public async Task RetryBackoff_AsWired_DoublesWithJitterAndStaysUnderTheDeliveryCap()
    {
        await using var harness = Create("backoff.db");
        var options = new DeliveryOptions { FirstRetrySeconds = 30, MaxRetryDelayMinutes = 60 };
        var backoff = harness.Get<IRetryBackoff>();

        var first = Enumerable.Range(0, 200).Select(_ => backoff.After(1, options.FirstRetry, options.MaxRetryDelay)).ToList();
        var sixth = Enumerable.Range(0, 200).Select(_ => backoff.After(6, options.FirstRetry, options.MaxRetryDelay)).ToList();
        var late = Enumerable.Range(0, 200).Select(_ => backoff.After(40, options.FirstRetry, options.MaxRetryDelay)).ToList();

        Assert.All(first, d => Assert.InRange(d, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)));
        Assert.All(sixth, d => Assert.InRange(d, TimeSpan.FromSeconds(480), TimeSpan.FromSeconds(960)));
        Assert.All(late, d => Assert.InRange(d, options.MaxRetryDelay / 2, options.MaxRetryDelay));
        Assert.True(first.Distinct().Count() > 1, "jitter: not every first retry waits the same");
    }

    private static OutboundMessage Message(string key, string memberId, string text) => new(key, Recipient.ForMember(memberId), new ChatReply(text));

    private static async Task<OutboxItem> ItemAsync(WorkshopHarness harness, string key) =>
        (await harness.Get<IOutboxStore>().GetAsync(key, CancellationToken.None))!;

    private WorkshopHarness Create(string file, IEnumerable<(string Key, string Value)>? settings = null) =>
        WorkshopHarness.Create(_folder.File(file), configure: s => s.AddFaults(mailbox: _web), settings: settings);

    public void Dispose() => _folder.Dispose();
}
