using Microsoft.Extensions.Logging;

namespace CultureHub.Web.Dashboard;

/// <summary>The dashboard's audit trail: sign-ins and exports by staff account, never member data.</summary>
internal static partial class DashboardLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Dashboard sign-in by {Account} ({Method})")]
    public static partial void SignedIn(ILogger logger, string account, string method);

    /// <summary>The typed user name is not logged: people type passwords into the wrong field.</summary>
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Dashboard sign-in refused ({Method})")]
    public static partial void SignInRefused(ILogger logger, string method);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Dashboard export of {Table} as {Format} by {Account}")]
    public static partial void Exported(ILogger logger, string table, string format, string account);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Dashboard access to hub {HubId} denied for {Account}")]
    public static partial void HubDenied(ILogger logger, string hubId, string account);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Workshop invitation for hub {HubId} sent by {Account}")]
    public static partial void Invited(ILogger logger, string hubId, string account);
}
