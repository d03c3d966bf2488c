using System.Globalization;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;
using CultureHub.Core.Tests.Workshops;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;
using Moq;

namespace CultureHub.Core.Tests.Chat;

/// <summary>
/// The server's culture must never leak into what members read or machines parse: ar-SA writes
/// Hijri years and Arabic day names, tr-TR a decimal comma and Turkish day names, en-US US dates.
/// </summary>
public sealed class MachineCultureTests
{
    public static TheoryData<string> ForeignMachines => ["ar-SA", "tr-TR", "en-US"];

    [Theory]
    [MemberData(nameof(ForeignMachines))]
    public void Format_OnAForeignMachine_WritesFiguresAndDatesInTheMembersCulture(string machine)
    {
        var texts = new TextCatalog(new Dictionary<Language, IReadOnlyDictionary<string, string>>
        {
            [Language.De] = new Dictionary<string, string> { ["score"] = "{0:0.000} · {1:d}" },
            [Language.En] = new Dictionary<string, string> { ["score"] = "{0:0.000} · {1:d}" },
        });
        var day = new DateOnly(2026, 10, 25);

        var (german, english) = OnMachine(machine, () => (texts.Format(Language.De, "score", 0.5, day), texts.Format(Language.En, "score", 0.5, day)));

        Assert.Equal("0,500 · 25.10.2026", german);
        Assert.Equal("0.500 · 25/10/2026", english);
    }

    [Theory]
    [MemberData(nameof(ForeignMachines))]
    public void When_OnAForeignMachine_ShowsWorkshopTimesInTheMembersCulture(string machine)
    {
        var messages = new WorkshopMessages(
            TextCatalog.LoadEmbedded(), new HubDirectory(Options.Create(new HubsOptions())), Mock.Of<ICalendarWriter>(), WorkshopTimeTests.Region());
        var workshop = WorkshopTimeTests.Workshop(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero));

        var (german, english) = OnMachine(machine, () => (messages.When(workshop, Language.De), messages.When(workshop, Language.En)));

        Assert.StartsWith("So", german, StringComparison.Ordinal);
        Assert.EndsWith(" 25.10.2026, 10:00–12:00", german, StringComparison.Ordinal);
        Assert.StartsWith("Sun", english, StringComparison.Ordinal);
        Assert.EndsWith(" 25.10.2026, 10:00–12:00", english, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ForeignMachines))]
    public void ApplyLocation_NoPlaceNearOnAForeignMachine_WritesCoordinatesWithADecimalPoint(string machine)
    {
        var gazetteer = new Mock<IGazetteer>();
        gazetteer.Setup(g => g.Nearest(It.IsAny<GeoPoint>())).Returns((Place?)null);
        var answers = new InterviewAnswers(gazetteer.Object, TextCatalog.LoadEmbedded());

        var draft = OnMachine(machine, () => answers.ApplyLocation(new MemberDraft(), new GeoPoint(52.37512, 9.73201)));

        Assert.Equal("52.375, 9.732", draft.Town?.Text);
    }

    /// <summary>Runs <paramref name="format"/> as if the server were set up in <paramref name="machine"/>; the culture flows only with this test.</summary>
    private static T OnMachine<T>(string machine, Func<T> format)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(machine);
        try
        {
            return format();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
