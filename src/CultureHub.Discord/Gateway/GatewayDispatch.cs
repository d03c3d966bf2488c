using System.Text.Json;

namespace CultureHub.Discord.Gateway;

/// <summary>An event (op 0) from the gateway, handed to the bot exactly once.</summary>
public sealed record GatewayDispatch(string Type, long? Sequence, JsonElement Data);
