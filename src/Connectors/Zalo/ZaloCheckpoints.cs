namespace Syndicator.Connectors.Zalo;

/// <summary>Checkpoint keys saved between the steps of a Zalo publish (create → verify → broadcast).</summary>
public static class ZaloCheckpoints
{
    /// <summary>The token returned by <c>article/create</c>; a re-run verifies it instead of creating again.</summary>
    public const string Token = "zalo.token";

    /// <summary>The article id returned by <c>article/verify</c>.</summary>
    public const string ArticleId = "zalo.articleId";

    /// <summary>Broadcast state: <see cref="Sending"/> before the call, <see cref="FailedState"/> after a definite refusal.</summary>
    public const string Broadcast = "zalo.broadcast";

    /// <summary>The broadcast's <c>message_id</c>.</summary>
    public const string MessageId = "zalo.messageId";

    /// <summary>Saved just before the broadcast call; if the outcome is then unknown, the broadcast is never re-sent.</summary>
    public const string Sending = "sending";

    public const string FailedState = "failed";
}
