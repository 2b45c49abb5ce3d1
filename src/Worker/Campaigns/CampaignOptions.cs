namespace Syndicator.Worker.Campaigns;

/// <summary>The observance days; <c>Syndicator:Campaigns</c> replaces the default list when it is set.</summary>
public sealed class CampaignOptions
{
    public const string Section = "Syndicator:Campaigns";

    public List<CampaignDay> Days { get; set; } = Defaults();

    public static List<CampaignDay> Defaults() =>
    [
        new() { Key = "khoa-hoc-cong-nghe", Month = 5, Day = 18, Name = "Ngày Khoa học và Công nghệ Việt Nam" },
        new() { Key = "doi-moi-sang-tao", Month = 10, Day = 1, Name = "Ngày 1/10: hưởng ứng đổi mới sáng tạo" },
        new() { Key = "chuyen-doi-so", Month = 10, Day = 10, Name = "Ngày Chuyển đổi số quốc gia" },
    ];
}
