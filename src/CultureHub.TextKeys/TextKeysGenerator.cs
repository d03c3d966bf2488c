using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace CultureHub.TextKeyGeneration;

/// <summary>
/// Turns the German text files (<c>*.de.json</c>, passed as AdditionalFiles) into <c>TextKeys</c> constants,
/// so a mistyped key no longer compiles, and fails the build when an English partner file lacks a key or has
/// one German does not: language parity is a compile error, not a test that runs later.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TextKeysGenerator : IIncrementalGenerator
{
    private const string German = ".de.json";
    private const string English = ".en.json";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(German, System.StringComparison.Ordinal) || file.Path.EndsWith(English, System.StringComparison.Ordinal))
            .Select((file, cancellationToken) => new TextFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();
        context.RegisterSourceOutput(files, Generate);
    }

    private static void Generate(SourceProductionContext context, ImmutableArray<TextFile> files)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var german in files.Where(f => f.Path.EndsWith(German, System.StringComparison.Ordinal)).OrderBy(f => f.Path, System.StringComparer.Ordinal))
        {
            var stem = german.Path.Substring(0, german.Path.Length - German.Length);
            var english = files.FirstOrDefault(f => f.Path == stem + English);
            var germanKeys = Read(context, german);
            if (germanKeys is null)
            {
                continue;
            }

            CheckParity(context, german, english, germanKeys);
            foreach (var key in germanKeys)
            {
                if (!seen.Add(key))
                {
                    context.ReportDiagnostic(Diagnostic.Create(TextKeyDiagnostics.DuplicateKey, At(german.Path), key, Path.GetFileName(german.Path)));
                    continue;
                }

                keys.Add(key);
            }
        }

        context.AddSource("TextKeys.g.cs", TextKeysSource.Write(context, keys));
    }

    private static void CheckParity(SourceProductionContext context, TextFile german, TextFile? english, List<string> germanKeys)
    {
        if (english is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(TextKeyDiagnostics.MissingEnglishFile, At(german.Path), Path.GetFileName(german.Path)));
            return;
        }

        if (Read(context, english) is not { } englishKeys)
        {
            return;
        }

        var englishSet = new HashSet<string>(englishKeys, System.StringComparer.Ordinal);
        var germanSet = new HashSet<string>(germanKeys, System.StringComparer.Ordinal);
        foreach (var key in germanKeys.Where(k => !englishSet.Contains(k)))
        {
            context.ReportDiagnostic(Diagnostic.Create(TextKeyDiagnostics.MissingEnglishKey, At(english.Path), key, Path.GetFileName(english.Path)));
        }

        foreach (var key in englishKeys.Where(k => !germanSet.Contains(k)))
        {
            context.ReportDiagnostic(Diagnostic.Create(TextKeyDiagnostics.ExtraEnglishKey, At(english.Path), key, Path.GetFileName(english.Path)));
        }
    }

    private static List<string>? Read(SourceProductionContext context, TextFile file)
    {
        var keys = FlatJson.Keys(file.Text, out var error);
        if (keys is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(TextKeyDiagnostics.Unreadable, At(file.Path), Path.GetFileName(file.Path), error));
        }

        return keys;
    }

    private static Location At(string path) => Location.Create(path, default, default);

    /// <summary>A text file's path and content; a class with value equality keeps the generator's cache working.</summary>
    private sealed class TextFile(string path, string text) : System.IEquatable<TextFile>
    {
        public string Path { get; } = path;

        public string Text { get; } = text;

        public bool Equals(TextFile? other) => other is not null && other.Path == Path && other.Text == Text;

        public override bool Equals(object? obj) => Equals(obj as TextFile);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Text);
    }
}
