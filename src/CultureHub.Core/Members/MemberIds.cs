namespace CultureHub.Core.Members;

public static class MemberIds
{
    /// <summary>A short, unguessable id that carries no personal data.</summary>
    public static string New() => "m" + Guid.NewGuid().ToString("N")[..16];
}
