using System.ComponentModel.DataAnnotations;

namespace CultureHub.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The LiteDB file; a relative path is taken from the working directory.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/culturehub.db";
}
