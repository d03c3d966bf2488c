using CultureHub.Llm.Prompts;

namespace CultureHub.Llm.Tests;

public sealed class PromptFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("prompts-").FullName;

    [Fact]
    public void Load_ShippedPrompts_AllValid() =>
        Assert.NotNull(PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts")));

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var error = Assert.Throws<PromptFileException>(() => PromptFile.Load(Path.Combine(_folder, "rerank.yaml"), ["seeker"]));

        Assert.Equal("prompt file prompts/rerank.yaml is missing", error.Message);
    }

    [Fact]
    public void Load_TemplateWithoutRequiredVariable_Fails()
    {
        var path = Path.Combine(_folder, "rerank.yaml");
        File.WriteAllText(path, "name: rerank\ntemplate: |\n  Rank {{$seeker}}\ninput_variables:\n  - name: seeker\n");

        var error = Assert.Throws<PromptFileException>(() => PromptFile.Load(path, ["seeker", "candidates"]));

        Assert.Contains("{{$candidates}}", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
