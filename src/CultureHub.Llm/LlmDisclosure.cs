using CultureHub.Core.Commands;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Llm;

/// <summary>The privacy notice's paragraph on the language model: what it reads, and whether it leaves the machine.</summary>
public sealed class LlmDisclosure(TextCatalog texts, IOptions<LlmOptions> options) : IProcessingDisclosure
{
    public string Describe(Language language) =>
        texts.Format(language, TextKeys.PrivacyLlm, texts.Get(language, options.Value.IsExternal ? TextKeys.LlmWhereExternal : TextKeys.LlmWhereLocal));
}
