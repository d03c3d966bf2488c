using CultureHub.Core.Members;

namespace CultureHub.Core.Tests.Architecture;

/// <summary>Core's folders form layers without cycles; this is the table that says which folder may use which.</summary>
public sealed class CoreLayeringTests
{
    /// <summary>
    /// Bottom first. Root (region time, due work, platform identities), Places and Dates know nothing else;
    /// Members is the member's data, the interview's draft included; Texts needs only the language;
    /// Chat holds the platform-neutral messages, ports and command contracts; the features sit above
    /// it, each defining the ports it needs (Introductions' IMatchSource is served by Matching, Insights'
    /// IProjectOutcomes by Projects);
    /// Conversation, the router every adapter calls, is on top.
    /// </summary>
    public static readonly LayerRules Core = new(
        [
            ["", "Places", "Dates"],
            ["Members"],
            ["Texts"],
            ["Chat"],
            ["Privacy"],
            ["Interviews"],
            ["Introductions"],
            ["Matching"],
            ["Workshops"],
            ["Spaces"],
            ["Insights"],
            ["Projects"],
            ["Commands"],
            ["Conversation"],
        ],
        compositionRoots: "CultureHub.Core.CoreServiceCollectionExtensions");

    private const string CoreNamespace = "CultureHub.Core";

    private static readonly string CorePath = typeof(Member).Assembly.Location;

    [Fact]
    public void CoreFolders_UseOnlyLowerLayers()
    {
        var violations = Core.Violations(NamespaceDependencyScanner.Scan(CorePath, CoreNamespace));

        Assert.True(
            violations.Count == 0,
            $"Core's folders may only use folders below them:{Environment.NewLine}{Core.Describe()}{Environment.NewLine}{Environment.NewLine}"
            + $"Forbidden uses:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void CoreFolders_EachHasAPlaceInTheLayers()
    {
        var unplaced = Core.Unplaced(NamespaceDependencyScanner.Scan(CorePath, CoreNamespace));

        Assert.True(unplaced.Count == 0, $"New folders in Core need a layer in {nameof(CoreLayeringTests)}.{nameof(Core)}: {string.Join(", ", unplaced)}");
    }
}
