namespace Syndicator.Worker.Rendering;

/// <summary>Channel kinds the renderer knows, and the template key each one uses.</summary>
public static class ChannelKinds
{
    public const string Portal = "portal";
    public const string WordPress = "wordpress";
    public const string Webhook = "webhook";
    public const string Outbox = "outbox";
    public const string Facebook = "facebook";
    public const string Zalo = "zalo";
    public const string Radio = "radio";

    public static readonly IReadOnlyList<string> All = [Portal, WordPress, Webhook, Outbox, Facebook, Zalo, Radio];

    /// <summary>The template key ("portal", "facebook", "zalo", "radio") of a channel kind, or null if unknown.</summary>
    public static string? TemplateKeyOf(string channelKind) => channelKind.ToLowerInvariant() switch
    {
        Portal or WordPress or Webhook or Outbox => Portal,
        Facebook => Facebook,
        Zalo => Zalo,
        Radio => Radio,
        _ => null,
    };
}
