using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace CultureHub.Llm.Prompts;

/// <summary>Every prompt the language model gets, read from <c>prompts/*.yaml</c> once at start.</summary>
public sealed class PromptLibrary
{
    /// <summary>Each prompt and the variables the code fills in; a file missing one of them stops the start.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Variables = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["interview"] = ["language", "step", "draft", "answer"],
        ["extract"] = ["language", "competences", "profile"],
        ["rerank"] = ["language", "seeker", "candidates"],
        ["introduction"] = ["member_language", "candidate_language", "member", "candidate"],
    };

    private readonly Dictionary<string, (PromptFile File, KernelFunction Function)> _prompts;

    private PromptLibrary(Dictionary<string, (PromptFile File, KernelFunction Function)> prompts) => _prompts = prompts;

    public static string DirectoryFor(LlmOptions options) =>
        Path.Combine(AppContext.BaseDirectory, string.IsNullOrWhiteSpace(options.PromptsDirectory) ? "prompts" : options.PromptsDirectory);

    public static PromptLibrary Load(string directory)
    {
        var prompts = new Dictionary<string, (PromptFile, KernelFunction)>(StringComparer.Ordinal);
        foreach (var (name, variables) in Variables)
        {
            var file = PromptFile.Load(Path.Combine(directory, name + ".yaml"), variables);
            prompts[name] = (file, KernelFunctionFactory.CreateFromPrompt(file.ToConfig()));
        }

        return new PromptLibrary(prompts);
    }

    public KernelFunction Function(string name) => _prompts[name].Function;

    public PromptFile File(string name) => _prompts[name].File;
}

/// <summary>Fails the start with one line naming the file when a prompt is missing or broken.</summary>
internal sealed class PromptFilesValidation : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            PromptLibrary.Load(PromptLibrary.DirectoryFor(options));
            return ValidateOptionsResult.Success;
        }
        catch (PromptFileException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
