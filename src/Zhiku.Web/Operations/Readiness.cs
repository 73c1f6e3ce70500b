using System.ComponentModel;
using Zhiku.Knowledge;

namespace Zhiku.Web.Operations;

/// <summary>The body of <c>/health</c>: the process answers.</summary>
internal sealed record Liveness([property: Description("Always \"alive\".")] string Status);

/// <summary>The body of <c>/health/ready</c>: whether the store and the index answer, and how far the index lags.</summary>
internal sealed record Readiness(
    [property: Description("\"ready\" or \"not-ready\".")] string Status,
    [property: Description("The kind of store: \"sqlite\" (embedded) or \"postgresql\" (shared).")] string? Store,
    [property: Description("Documents in the search index.")] long? Documents,
    [property: Description("The last store change the index applied.")] long? IndexCheckpoint,
    [property: Description("The store's last change.")] long? StoreLastChange,
    [property: Description("Store changes the index has not applied yet (storeLastChange − indexCheckpoint).")] long? IndexLag,
    [property: Description("Why the platform is not ready; absent when it is.")] string? Reason)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Ready => Status == "ready";

    /// <summary>Reads the store's last change and the index's checkpoint and count; a failure is the reason.</summary>
    public static Readiness Probe(KnowledgeBase kb)
    {
        try
        {
            var state = kb.IndexState();
            return new Readiness("ready", kb.StoreKind, state.Documents, state.Checkpoint, state.LastChange, Math.Max(0, state.LastChange - state.Checkpoint), null);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or IOException || Zhiku.Storage.KnowledgeStore.IsStoreFailure(e))
        {
            return new Readiness("not-ready", kb.StoreKind, null, null, null, null, $"the store or the search index does not answer: {e.Message}");
        }
    }
}
