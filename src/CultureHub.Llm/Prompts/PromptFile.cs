using System.Globalization;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CultureHub.Llm.Prompts;

/// <summary>
/// One prompt file in Semantic Kernel's prompt-template YAML shape (name, description, template,
/// input_variables, execution_settings), read with YamlDotNet and checked before the host starts.
/// </summary>
public sealed class PromptFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Template { get; set; } = string.Empty;

    public string TemplateFormat { get; set; } = "semantic-kernel";

    public List<PromptVariable> InputVariables { get; set; } = [];

    public Dictionary<string, Dictionary<string, string>> ExecutionSettings { get; set; } = [];

    /// <summary>Reads and checks a file; the exception message is one line naming the file.</summary>
    public static PromptFile Load(string path, IReadOnlyList<string> requiredVariables)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new PromptFileException($"prompt file prompts/{fileName} is missing");
        }

        PromptFile? file;
        try
        {
            file = Yaml.Deserialize<PromptFile>(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            throw new PromptFileException(string.Create(CultureInfo.InvariantCulture, $"prompt file prompts/{fileName} is not valid YAML (line {exception.Start.Line}): {exception.Message}"));
        }

        file?.Check(fileName, requiredVariables);
        return file ?? throw new PromptFileException($"prompt file prompts/{fileName} is empty");
    }

    public PromptTemplateConfig ToConfig()
    {
        var config = new PromptTemplateConfig(Template)
        {
            Name = Name,
            Description = Description,
            TemplateFormat = TemplateFormat,
            AllowDangerouslySetContent = false,
        };
        foreach (var variable in InputVariables)
        {
            config.InputVariables.Add(new InputVariable { Name = variable.Name, Description = variable.Description, IsRequired = variable.IsRequired });
        }

        return config;
    }

    public double? Setting(string key) =>
        ExecutionSettings.TryGetValue("default", out var settings) && settings.TryGetValue(key, out var text)
        && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private void Check(string fileName, IReadOnlyList<string> requiredVariables)
    {
        var expected = Path.GetFileNameWithoutExtension(fileName);
        if (Name != expected)
        {
            throw new PromptFileException($"prompt file prompts/{fileName} must have name: {expected}");
        }

        if (string.IsNullOrWhiteSpace(Template) || TemplateFormat != "semantic-kernel")
        {
            throw new PromptFileException($"prompt file prompts/{fileName} needs a non-empty template in the semantic-kernel format");
        }

        foreach (var variable in requiredVariables)
        {
            if (!InputVariables.Any(v => v.Name == variable) || !Template.Contains("{{$" + variable + "}}", StringComparison.Ordinal))
            {
                throw new PromptFileException($"prompt file prompts/{fileName} must declare and use the variable {{{{${variable}}}}}");
            }
        }

        try
        {
            new KernelPromptTemplateFactory().Create(ToConfig());
        }
        catch (KernelException exception)
        {
            throw new PromptFileException($"prompt file prompts/{fileName} has a broken template: {exception.Message}");
        }
    }
}

public sealed class PromptVariable
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public bool IsRequired { get; set; } = true;
}

public sealed class PromptFileException(string message) : Exception(message);
