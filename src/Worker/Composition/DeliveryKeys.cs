using System.Security.Cryptography;
using System.Text;

namespace Syndicator.Worker.Composition;

/// <summary>
/// A short, stable, URL-safe key per (post, channel account). It is the portal slug and the marker that reconcile
/// looks for, so it must never change between attempts.
/// </summary>
public static class DeliveryKeys
{
    public static string For(Guid postId, Guid channelAccountId, string channel)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{postId:N}/{channelAccountId:N}"));
        return $"nq57-{channel}-{Convert.ToHexStringLower(hash)[..16]}";
    }
}
