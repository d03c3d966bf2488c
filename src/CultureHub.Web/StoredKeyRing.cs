using System.Xml.Linq;
using CultureHub.Core.Chat;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CultureHub.Web;

/// <summary>
/// The Data Protection key ring (it seals visitor cookies, dashboard sessions and antiforgery
/// tokens) kept in the database's adapter state: a restart or a new container keeps every web
/// visitor who they are, and the keys travel with the data they protect instead of sitting in a
/// home directory that a container throws away.
/// </summary>
internal sealed class StoredKeyRing(IAdapterStateStore store) : IXmlRepository
{
    private const string Key = "dataprotection:keyring";
    private readonly Lock _gate = new();

    // Data Protection asks synchronously; the LiteDB store completes synchronously anyway.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            return Load().Elements().ToList();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_gate)
        {
            var ring = Load();
            ring.Add(element);
            store.SetAsync(Key, ring.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private XElement Load() =>
        store.GetAsync(Key, CancellationToken.None).GetAwaiter().GetResult() is { } xml ? XElement.Parse(xml) : new XElement("keyring");
}
