using System.Text.Json;

namespace Syndicator.Worker.Lifecycle;

/// <summary>
/// Event names a subscriber can ask for. Most are audit actions as written ("post.composed", "post.approved",
/// "delivery.published", "channel.reconnected"…); two are derived: "delivery.published" also covers a publish
/// found by reconcile, and "delivery.dead" is a delivery that failed for good (rejected, or out of attempts: the
/// publisher records the delivery's resulting state in the event).
/// </summary>
public static class LifecycleEvents
{
    public const string All = "*";
    public const string Published = "delivery.published";
    public const string Dead = "delivery.dead";

    private static readonly HashSet<string> FailureActions =
        ["delivery.transient", "delivery.ratelimited", "delivery.ambiguous", "delivery.unauthorized", "delivery.quotaexhausted"];

    /// <summary>The name a subscriber sees for an audit action (its own action unless derived).</summary>
    public static string NameOf(string action, string? data)
    {
        if (action == "delivery.reconciled") return Published;
        if (action == "delivery.rejected") return Dead;
        if (FailureActions.Contains(action) && StateOf(data) == "Dead") return Dead;
        return action;
    }

    public static bool Wants(IReadOnlyCollection<string> subscribed, string name) =>
        subscribed.Contains(All) || subscribed.Contains(name, StringComparer.Ordinal);

    private static string? StateOf(string? data)
    {
        if (data is null) return null;
        try
        {
            using var json = JsonDocument.Parse(data);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("state", out var s)
                && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
