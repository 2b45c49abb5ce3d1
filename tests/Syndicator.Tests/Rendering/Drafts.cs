using Syndicator.Worker.Rendering;

namespace Syndicator.Tests.Rendering;

/// <summary>Test drafts written for these tests.</summary>
internal static class Drafts
{
    public static ArticleDraft Article() => new(
        Title: "Xã Tân Lập ra mắt mô hình “Bình dân học vụ số”",
        Lead: "Sáng 18/5, UBND xã Tân Lập tổ chức ra mắt mô hình hướng dẫn người dân sử dụng VNeID và dịch vụ công trực tuyến, thu hút 1.500 lượt người tham gia.",
        BodyHtml: "<p>Theo kế hoạch, đến hết năm 2025, <strong>80%</strong> hồ sơ thủ tục hành chính được nộp trực tuyến.</p><p>Chi tiết xem tại https://tanlap.gov.vn/nq57.</p>",
        SourceName: "Báo Điện tử Chính phủ",
        SourceUrl: "https://baochinhphu.vn/xa-tan-lap-ra-mat-mo-hinh-102250518.htm",
        ImageUrl: "https://baochinhphu.vn/images/tan-lap.jpg",
        ThemeKey: "chuyen-doi-so",
        ThemeName: "Chuyển đổi số",
        CommuneName: "xã Tân Lập",
        DeliveryKey: "nq57-tan-lap-2025-0518-001",
        PublishedAtUtc: new DateTimeOffset(2025, 5, 18, 1, 30, 0, TimeSpan.Zero));

    public static DigestDraft Digest(int count = 3) => new(
        Title: "Điểm tin Nghị quyết 57 tuần 20",
        Intro: "Những tin nổi bật về khoa học, công nghệ và chuyển đổi số trong tuần.",
        Items: Enumerable.Range(1, count).Select(Item).ToList(),
        ThemeKey: "khoa-hoc-cong-nghe",
        ThemeName: "Khoa học công nghệ",
        CommuneName: "xã Tân Lập",
        DeliveryKey: "nq57-tan-lap-digest-2025-w20");

    public static DigestItem Item(int number) => new(
        Title: $"Tin số {number}: tỉnh đẩy mạnh đổi mới sáng tạo",
        Lead: $"Tóm tắt tin {number} về ứng dụng AI trong sản xuất nông nghiệp.",
        SourceName: $"Nguồn tin {number}",
        SourceUrl: $"https://nguon{number}.example.vn/bai-{number}");
}
