using Microsoft.CodeAnalysis;

namespace CultureHub.TextKeyGeneration;

/// <summary>What the text key generator reports; every one is an error because each means a member would read a raw key.</summary>
internal static class TextKeyDiagnostics
{
    private const string Category = "CultureHub.Texts";

    public static readonly DiagnosticDescriptor MissingEnglishKey = new(
        "CHT001", "English text missing", "The key '{0}' is in German but missing from {1}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ExtraEnglishKey = new(
        "CHT002", "English text without German", "The key '{0}' in {1} has no German text", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingEnglishFile = new(
        "CHT003", "English file missing", "{0} has no English partner file passed as AdditionalFiles", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Unreadable = new(
        "CHT004", "Text file unreadable", "{0} is not a flat JSON object of strings: {1}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "CHT005", "Text key defined twice", "The key '{0}' in {1} is already defined by another text file", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NameClash = new(
        "CHT006", "Text keys share a constant name", "The keys '{0}' and '{1}' both become TextKeys.{2}; rename one", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
