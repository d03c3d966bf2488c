using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Tests.Architecture.Samples.High;
using CultureHub.Core.Tests.Architecture.Samples.Low;

namespace CultureHub.Core.Tests.Architecture;

/// <summary>The checker itself: it must see forbidden uses wherever the compiler puts them.</summary>
public sealed class LayerCheckerTests
{
    private const string SamplesNamespace = "CultureHub.Core.Tests.Architecture.Samples";

    private static readonly LayerRules Samples = new([["Low"], ["High"]]);

    private static DependencyScan ScanSamples() =>
        NamespaceDependencyScanner.Scan(typeof(LowValue).Assembly.Location, SamplesNamespace);

    [Fact]
    public void Violations_LowUsesHighInBodiesOnly_ReportsEachUse()
    {
        var violations = Samples.Violations(ScanSamples());

        Assert.Equal(
            [typeof(LowUsesHighAfterAwait).FullName, typeof(LowUsesHighAsTypeArgument).FullName, typeof(LowUsesHighInLambda).FullName],
            violations.Select(v => v.FromType).Order(StringComparer.Ordinal));
        Assert.All(violations, v => Assert.Equal(typeof(HighThing).FullName, v.ToType));
    }

    [Fact]
    public void Violations_HighUsesLow_IsAllowed()
    {
        var scan = ScanSamples();

        Assert.Contains(new TypeDependency("High", typeof(HighThing).FullName!, "Low", typeof(LowValue).FullName!), scan.Dependencies);
        Assert.DoesNotContain(Samples.Violations(scan), v => v.FromFolder == "High");
    }

    [Fact]
    public void Violations_CoreWithChatBelowMembers_ReportsChatUsingMembers()
    {
        // A known-bad order for the real Core: chat's delivery reads the member store, so Chat cannot sit below Members.
        var inverted = new LayerRules([["", "Places"], ["Chat"], ["Members"]]);

        var violations = inverted.Violations(NamespaceDependencyScanner.Scan(typeof(Member).Assembly.Location, "CultureHub.Core"));

        Assert.Contains(new TypeDependency("Chat", typeof(ChatDelivery).FullName!, "Members", typeof(IMemberStore).FullName!), violations);
    }

    [Fact]
    public void Unplaced_FolderMissingFromLayers_IsNamed()
    {
        var unplaced = new LayerRules([["Low"]]).Unplaced(ScanSamples());

        Assert.Equal(["High"], unplaced);
    }
}
