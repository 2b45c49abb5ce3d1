using Syndicator.Connectors.Publishing;
using Syndicator.Worker.Rendering;
using Syndicator.Worker.Rendering.Templates;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>Renders a template key on a sample post (or a sample digest for "-digest" keys) for the admin's preview.</summary>
public static class TemplateSamples
{
    public static IReadOnlyList<string> Keys => DefaultTemplates.Sources.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The channel kind that uses a template key ("zalo-broadcast" and "zalo-digest" → "zalo").</summary>
    public static string ChannelOf(string key) => key.Split('-')[0];

    public static ChannelContent Render(ChannelRenderer renderer, string key, string source, string communeName)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = source };
        var channel = ChannelOf(key);
        if (key.EndsWith(DefaultTemplates.DigestSuffix, StringComparison.Ordinal))
        {
            var digest = new DigestDraft("Điểm tin Chuyển đổi số tuần này", "Những tin nổi bật trong tuần.",
            [
                new DigestItem("Xã triển khai thanh toán không dùng tiền mặt tại chợ", "Tiểu thương đã dùng mã QR.", "Báo tỉnh", "https://baotinh.example.vn/qr"),
                new DigestItem("Hướng dẫn kích hoạt VNeID mức 2", "Công an xã hỗ trợ tại nhà văn hóa.", "Cổng thông tin tỉnh", "https://tinh.example.vn/vneid"),
            ], "chuyen-doi-so", "Chuyển đổi số", communeName, "xem-truoc-mau");
            return renderer.Render(channel, digest, overrides);
        }
        var draft = new ArticleDraft("Xã ra mắt tổ công nghệ số cộng đồng", "Tổ công nghệ số cộng đồng sẽ hướng dẫn bà con dùng dịch vụ công trực tuyến.",
            "<p>Sáng nay, xã đã ra mắt tổ công nghệ số cộng đồng tại 5 thôn.</p>", "Báo tỉnh", "https://baotinh.example.vn/to-cong-nghe-so",
            null, "chuyen-doi-so", "Chuyển đổi số", communeName, "xem-truoc-mau", DateTimeOffset.UnixEpoch);
        return renderer.Render(channel, draft, overrides);
    }
}
