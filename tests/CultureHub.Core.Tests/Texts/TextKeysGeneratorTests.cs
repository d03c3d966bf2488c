using System.Collections.Immutable;
using CultureHub.TextKeyGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CultureHub.Core.Tests.Texts;

/// <summary>The generator run through Roslyn's own driver on in-memory text files, as the compiler runs it.</summary>
public sealed class TextKeysGeneratorTests
{
    [Fact]
    public void Run_MatchingFiles_GeneratesConstantsThatCompile()
    {
        var (diagnostics, source, compilationErrors) = Run(
            ("texts.de.json", """{ "ws.reminder.day": "Morgen", "row.distance.0-25": "0–25 km" }"""),
            ("texts.en.json", """{ "ws.reminder.day": "Tomorrow", "row.distance.0-25": "0–25 km" }"""));

        Assert.Empty(diagnostics);
        Assert.Contains("public const string WsReminderDay = \"ws.reminder.day\";", source, StringComparison.Ordinal);
        Assert.Contains("public const string RowDistance0To25 = \"row.distance.0-25\";", source, StringComparison.Ordinal);
        Assert.Empty(compilationErrors);
    }

    [Fact]
    public void Run_EnglishLacksAKey_ReportsCompileError()
    {
        var (diagnostics, _, _) = Run(
            ("texts.de.json", """{ "a.one": "eins", "a.two": "zwei" }"""),
            ("texts.en.json", """{ "a.one": "one" }"""));

        var error = Assert.Single(diagnostics);
        Assert.Equal("CHT001", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("a.two", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EnglishHasAnExtraKey_ReportsCompileError()
    {
        var (diagnostics, _, _) = Run(
            ("texts.de.json", """{ "a.one": "eins" }"""),
            ("texts.en.json", """{ "a.one": "one", "a.typo": "two" }"""));

        Assert.Equal("CHT002", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Run_KeyInTwoFilesOrUnreadableFile_ReportsErrors()
    {
        var (duplicate, _, _) = Run(
            ("texts.de.json", """{ "a.one": "eins" }"""), ("texts.en.json", """{ "a.one": "one" }"""),
            ("dashboard.de.json", """{ "a.one": "eins" }"""), ("dashboard.en.json", """{ "a.one": "one" }"""));
        var (broken, _, _) = Run(("texts.de.json", """{ "a.one": 1 }"""), ("texts.en.json", "{}"));
        var (orphan, _, _) = Run(("texts.de.json", """{ "a.one": "eins" }"""));

        Assert.Equal("CHT005", Assert.Single(duplicate).Id);
        Assert.Contains(broken, d => d.Id == "CHT004");
        Assert.Equal("CHT003", Assert.Single(orphan).Id);
    }

    [Fact]
    public void Run_TwoKeysWithOneConstantName_ReportsCompileError()
    {
        var (diagnostics, _, _) = Run(
            ("texts.de.json", """{ "a.b_c": "x", "a.b.c": "y" }"""),
            ("texts.en.json", """{ "a.b_c": "x", "a.b.c": "y" }"""));

        Assert.Equal("CHT006", Assert.Single(diagnostics).Id);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, string Source, List<Diagnostic> CompilationErrors) Run(params (string Name, string Json)[] files)
    {
        var compilation = CSharpCompilation.Create(
            "TextKeysProbe",
            [CSharpSyntaxTree.ParseText("class Probe { string Key = CultureHub.Core.Texts.TextKeys.All.Count > 0 ? \"\" : \"\"; }")],
            AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => MetadataReference.CreateFromFile(a.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create([new TextKeysGenerator().AsSourceGenerator()], files.Select(f => (AdditionalText)new InMemoryText($"/texts/{f.Name}", f.Json)))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (result.Diagnostics, string.Concat(result.GeneratedTrees.Select(t => t.ToString())), errors);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
