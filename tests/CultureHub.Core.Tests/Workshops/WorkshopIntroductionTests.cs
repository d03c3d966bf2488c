using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace CultureHub.Core.Tests.Workshops;

public sealed class WorkshopIntroductionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task RunAsync_AfterTheEnd_IntroducesFellowParticipantsOnce()
    {
        var matches = new Mock<IMatchSource>();
        IReadOnlyList<Member>? pool = null;
        matches
            .Setup(m => m.ForMemberAsync(It.IsAny<Member>(), It.IsAny<IReadOnlyList<Member>>(), It.IsAny<Func<string, string, bool>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Member member, IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, int _, CancellationToken _) =>
            {
                pool = members;
                return members.Where(o => !isExcluded(member.Id, o.Id)).Select(o => new MatchCandidate(member.Id, o.Id, 0.9, true, true, "why", "why back")).ToList();
            });
        await using var harness = WorkshopHarness.Create(_folder.File("m.db"), configure: s => s.Replace(ServiceDescriptor.Singleton(matches.Object)));
        var workshop = await harness.PublishedAsync(capacity: 5);
        var service = harness.Get<WorkshopService>();
        var anna = await harness.MemberAsync("anna", "Anna", Sector.Music);
        await service.SignUpAsync(workshop.Id, anna, CancellationToken.None);
        await service.SignUpAsync(workshop.Id, await harness.MemberAsync("ben", "Ben", Sector.Design), CancellationToken.None);
        await service.SignUpAsync(workshop.Id, await harness.MemberAsync("cem", "Cem", Sector.Film), CancellationToken.None);
        await harness.MemberAsync("outsider", "Olga", Sector.Music);
        var introductions = harness.Get<IIntroductionStore>();
        await introductions.SaveAsync(new Introduction
        {
            Id = "i-old",
            First = new IntroductionSide("m-anna", IntroductionAnswer.Yes, "x"),
            Second = new IntroductionSide("m-ben", IntroductionAnswer.Yes, "x"),
            State = IntroductionState.Accepted,
        }, CancellationToken.None);
        var tieIn = harness.Get<WorkshopIntroductions>();

        await tieIn.RunAsync(CancellationToken.None);
        Assert.Single(await introductions.AllAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromDays(8));
        await tieIn.RunAsync(CancellationToken.None);
        await tieIn.RunAsync(CancellationToken.None);

        var made = (await introductions.AllAsync(CancellationToken.None)).Where(i => i.Id != "i-old").ToList();
        Assert.Equal(2, made.Count);
        Assert.All(made, i => Assert.Equal($"workshop:{workshop.Id}", i.Origin));
        Assert.All(made, i => Assert.True(i.Involves("m-cem")));
        Assert.DoesNotContain(pool!, m => m.Id == "m-outsider");
        Assert.Equal(WorkshopState.Done, (await harness.Get<IWorkshopStore>().GetAsync(workshop.Id, CancellationToken.None))!.State);
    }

    public void Dispose() => _folder.Dispose();
}
