using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Tests.Workshops;
using CultureHub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.Core.Tests.Chat;

/// <summary>
/// A chat handler (/pause) and a job (a delivery that finds the member unreachable) change the same
/// member at the same time; both changes must be there afterwards.
/// </summary>
public sealed class LostUpdateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "culturehub-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "race.db");

    [Fact]
    public async Task Pause_WhileAJobMarksTheMemberUnreachable_KeepsBothChanges()
    {
        // The job runs exactly between the handler's read of the member and its write: the worst case, every time.
        var interleaving = new JobAfterRead();
        await using var harness = WorkshopHarness.Create(DatabasePath, configure: services => services.Replace(ServiceDescriptor.Singleton<IMemberStore>(
            provider => interleaving.Wrap(new LiteDbMemberStore(provider.GetRequiredService<LiteDbContext>())))));
        var member = await harness.MemberAsync("racer") with { Identities = [new PlatformIdentity(ChatPlatform.Web, "racer"), new PlatformIdentity(ChatPlatform.Telegram, "77")] };
        await harness.Get<IMemberStore>().UpsertAsync(member, CancellationToken.None);
        interleaving.Job = () => harness.Get<ChatDelivery>().ReportUnreachableAsync(member.Identities[1], CancellationToken.None);

        var replies = await harness.Get<ChatRouter>().HandleAsync(new CommandInput(new ChatSender(member.Identities[0]), "pause", string.Empty), CancellationToken.None);

        var stored = await harness.Get<IMemberStore>().GetAsync(member.Id, CancellationToken.None);
        Assert.True(interleaving.HasRun);
        Assert.Contains("pausiert", WorkshopHarness.Text(replies), StringComparison.Ordinal);
        Assert.True(stored!.IsMatchingPaused);
        Assert.Contains(ChatPlatform.Telegram, stored.UnreachableOn);
    }

    [Fact]
    public async Task ChatHandlerAndJob_RacingOnOneMember200Times_NeverLoseAChange()
    {
        await using var harness = WorkshopHarness.Create(DatabasePath);
        var router = harness.Get<ChatRouter>();
        var delivery = harness.Get<ChatDelivery>();
        var store = harness.Get<IMemberStore>();
        for (var i = 0; i < 200; i++)
        {
            var member = await harness.MemberAsync($"r{i}") with { Identities = [new PlatformIdentity(ChatPlatform.Web, $"r{i}"), new PlatformIdentity(ChatPlatform.Discord, $"{i}")] };
            await store.UpsertAsync(member, CancellationToken.None);
            var handler = Task.Run(() => router.HandleAsync(new CommandInput(new ChatSender(member.Identities[0]), "pause", string.Empty), CancellationToken.None));
            var job = Task.Run(() => delivery.ReportUnreachableAsync(member.Identities[1], CancellationToken.None));
            await Task.WhenAll(handler, job);

            var stored = await store.GetAsync(member.Id, CancellationToken.None);
            Assert.True(stored!.IsMatchingPaused, $"iteration {i}: the pause was lost");
            Assert.Contains(ChatPlatform.Discord, stored.UnreachableOn);
        }
    }

    [Fact]
    public async Task BothSidesSayYes_AtTheSameTime_OpenTheIntroduction()
    {
        await using var harness = WorkshopHarness.Create(DatabasePath);
        var service = harness.Get<IntroductionService>();
        var store = harness.Get<IIntroductionStore>();
        for (var i = 0; i < 50; i++)
        {
            var first = await harness.MemberAsync($"a{i}");
            var second = await harness.MemberAsync($"b{i}");
            var proposed = await service.ProposeAsync(first, second, new MatchCandidate(first.Id, second.Id, 1, false, false, "why", "why"), "test", CancellationToken.None);

            await Task.WhenAll(
                Task.Run(() => service.AnswerAsync(first, proposed.Id, IntroductionAnswer.Yes, CancellationToken.None)),
                Task.Run(() => service.AnswerAsync(second, proposed.Id, IntroductionAnswer.Yes, CancellationToken.None)));

            var stored = await store.GetAsync(proposed.Id, CancellationToken.None);
            Assert.Equal(IntroductionState.Accepted, stored!.State);
            Assert.Equal(IntroductionAnswer.Yes, stored.First.Answer);
            Assert.Equal(IntroductionAnswer.Yes, stored.Second.Answer);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Runs the job once, right after the first read of a member, before the reader goes on.</summary>
    private sealed class JobAfterRead
    {
        public Func<Task>? Job { get; set; }

        public bool HasRun { get; private set; }

        public IMemberStore Wrap(IMemberStore inner) => new Store(inner, this);

        private async Task AfterReadAsync()
        {
            if (Job is { } job && !HasRun)
            {
                HasRun = true;
                await job();
            }
        }

        private sealed class Store(IMemberStore inner, JobAfterRead owner) : IMemberStore
        {
            public async Task<Member?> FindByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken)
            {
                var member = await inner.FindByIdentityAsync(identity, cancellationToken);
                await owner.AfterReadAsync();
                return member;
            }

            public Task<Member?> GetAsync(string memberId, CancellationToken cancellationToken) => inner.GetAsync(memberId, cancellationToken);

            public Task UpsertAsync(Member member, CancellationToken cancellationToken) => inner.UpsertAsync(member, cancellationToken);

            public Task<Member?> UpdateAsync(string memberId, Func<Member, Member?> change, CancellationToken cancellationToken) =>
                inner.UpdateAsync(memberId, change, cancellationToken);

            public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken) => inner.DeleteAsync(memberId, cancellationToken);

            public Task<IReadOnlyList<Member>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

            public Task<int> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);
        }
    }
}
