namespace CultureHub.Core.Matching;

/// <summary>The taxonomy data is broken; the message names the file and the entry.</summary>
public sealed class TaxonomyException : Exception
{
    public TaxonomyException()
    {
    }

    public TaxonomyException(string message)
        : base(message)
    {
    }

    public TaxonomyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
