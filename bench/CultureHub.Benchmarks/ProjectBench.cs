using System.Diagnostics;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Projects;
using CultureHub.Core;
using Microsoft.Extensions.Options;

namespace CultureHub.Benchmarks;

/// <summary>
/// Team proposal latency: <see cref="TeamFinder.FillAsync"/> for a three-role project (camera, video,
/// live sound) over N synthetic members whose tags were read once beforehand, as the interview stores
/// them. Stores are in memory, so the figure is the proposal's own work: listing the members, bringing
/// the community's kept index up to date (the first call reads everyone) and the three queries; reading
/// members from the database comes on top. "index build" is what a proposal cost when it built its own.
/// </summary>
internal static class ProjectBench
{
    private static readonly string[] Roles = ["camera", "video", "live_sound"];

    public static async Task RunAsync(int size, CompetenceTaxonomy taxonomy, ProfileReader reader, IReadOnlyList<Place> places)
    {
        var members = new SyntheticMembers(taxonomy, places, seed: size).Generate(size).Select(SyntheticMembers.ToMember).ToArray();
        Parallel.For(0, members.Length, i => members[i] = members[i] with
        {
            OfferTags = reader.ReadOffers(members[i].Offers, members[i].Language),
            SeekTags = reader.ReadSeeks(members[i].Seeks, members[i].Language),
        });
        var store = new MemoryStores(members);
        var finder = new TeamFinder(store, store, store, new ChatReachability([new NoChannel()]), new CommunityIndex(taxonomy, reader), Options.Create(new ProjectOptions()));

        var timings = new List<double>();
        var indexTimings = new List<double>();
        var filled = 0;
        for (var i = 0; i < 21; i++)
        {
            var initiator = members[(i * 7919) % members.Length];
            var project = new Project
            {
                Id = "bench" + i,
                InitiatorId = initiator.Id,
                Title = "Bench",
                Place = initiator.Town!.Place,
                Roles = Roles.Select((id, r) => new ProjectRole { Id = "r" + r, CompetenceId = id }).ToList(),
            };
            var clock = Stopwatch.StartNew();
            var proposed = await finder.FillAsync(project, null, CancellationToken.None);
            timings.Add(clock.Elapsed.TotalMilliseconds);
            filled += proposed.Roles.Count(r => r.Current is not null);

            clock.Restart();
            ProviderSearch.Over(members, taxonomy, reader);
            indexTimings.Add(clock.Elapsed.TotalMilliseconds);
        }

        var warm = timings.Skip(1).Order().ToList();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(
            $"{size,7} | cold {timings[0],7:0} ms | warm median {warm[warm.Count / 2],7:0} ms, max {warm[^1],7:0} ms | index build median {indexTimings.Skip(1).Order().ElementAt(10),6:0} ms " +
            $"| roles filled {filled}/{21 * Roles.Length} | peak working set {process.PeakWorkingSet64 / 1048576.0,5:0} MB");
    }

    /// <summary>Members in memory; no projects or introductions yet, so nobody is excluded beyond the initiator.</summary>
    private sealed class MemoryStores(IReadOnlyList<Member> members) : IMemberStore, IProjectStore, IIntroductionStore
    {
        public Task<Member?> GetAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult(members.FirstOrDefault(m => m.Id == memberId));

        public Task<Member?> FindByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken) => Task.FromResult<Member?>(null);

        public Task UpsertAsync(Member member, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<Member?> UpdateAsync(string memberId, Func<Member, Member?> change, CancellationToken cancellationToken) => Task.FromResult<Member?>(null);

        public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<IReadOnlyList<Member>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(members);

        public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(members.Count);

        Task<Project?> IProjectStore.GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult<Project?>(null);

        public Task SaveAsync(Project project, CancellationToken cancellationToken) => Task.CompletedTask;

        Task<IReadOnlyList<Project>> IProjectStore.ForMemberAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Project>>([]);

        Task<IReadOnlyList<Project>> IProjectStore.OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Project>>([]);

        Task<IReadOnlyList<Project>> IProjectStore.AllAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Project>>([]);

        Task<bool> IProjectStore.DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<ProjectDraft?> GetDraftAsync(string identityKey, CancellationToken cancellationToken) => Task.FromResult<ProjectDraft?>(null);

        public Task SaveDraftAsync(ProjectDraft draft, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DeleteDraftAsync(string identityKey, CancellationToken cancellationToken) => Task.CompletedTask;

        Task<Introduction?> IIntroductionStore.GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult<Introduction?>(null);

        public Task SaveAsync(Introduction introduction, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<Introduction?> UpdateAsync(string id, Func<Introduction, Introduction?> change, CancellationToken cancellationToken) => Task.FromResult<Introduction?>(null);

        Task<IReadOnlyList<Introduction>> IIntroductionStore.ForMemberAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Introduction>>([]);

        Task<IReadOnlyList<Introduction>> IIntroductionStore.OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Introduction>>([]);

        Task<IReadOnlyList<Introduction>> IIntroductionStore.AllAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Introduction>>([]);

        public Task<int> DeleteForMemberAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    /// <summary>Every member is reachable in the web chat; nothing is sent during a proposal.</summary>
    private sealed class NoChannel : IChatChannel
    {
        public ChatPlatform Platform => ChatPlatform.Web;

        public Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken) => Task.FromResult(DeliveryOutcome.Delivered);

        public Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(PrivateConversationOutcome.NeedsRelay);
    }
}
