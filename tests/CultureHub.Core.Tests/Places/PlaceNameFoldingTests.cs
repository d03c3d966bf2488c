using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Places;

public sealed class PlaceNameFoldingTests
{
    [Theory]
    [InlineData("Osnabrück", "osnabrueck")]
    [InlineData("Barßel", "barssel")]
    [InlineData("Bad-Zwischenahn", "bad zwischenahn")]
    [InlineData("  Lingen (Ems) ", "lingen ems")]
    [InlineData("Querum -  Wabenkamp", "querum wabenkamp")]
    [InlineData("Café 🎨", "cafe")]
    public void Fold_SpellsOutUmlautsAndCollapsesSeparators(string text, string expected)
    {
        Assert.Equal(expected, PlaceNameFolding.Fold(text));
    }

    [Fact]
    public void FoldDroppingUmlauts_DropsDots()
    {
        Assert.Equal("gottingen", PlaceNameFolding.FoldDroppingUmlauts("Göttingen"));
    }

    [Theory]
    [InlineData("Freiburg (Elbe) Flecken", "Freiburg  Flecken", "Freiburg (Elbe)")]
    [InlineData("Hannover", "Hannover", "Hannover")]
    public void Brackets_AreRemovedOrKept(string name, string without, string upToBracket)
    {
        Assert.Equal(without, PlaceNameFolding.WithoutBrackets(name));
        Assert.Equal(upToBracket, PlaceNameFolding.UpToClosingBracket(name));
    }

    [Theory]
    [InlineData("oldenburg", "oldenbrug", 1)]
    [InlineData("hannover", "hannovr", 1)]
    [InlineData("braunschweig", "brunschwieg", 2)]
    [InlineData("celle", "celle", 0)]
    [InlineData("celle", "bremen", 3)]
    public void EditDistance_CountsEditsUpToBound(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, max: 2));
    }
}
