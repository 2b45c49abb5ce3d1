namespace Syndicator.Worker.Reports;

/// <summary>Channel kinds as an editor reads them.</summary>
public static class ChannelNames
{
    public static string Of(string kind) => kind.ToLowerInvariant() switch
    {
        "wordpress" => "Cổng thông tin điện tử (WordPress)",
        "webhook" => "Cổng thông tin điện tử (webhook)",
        "facebook" => "Trang Facebook",
        "zalo" => "Zalo OA",
        "radio" => "Đài truyền thanh",
        "portal" => "Cổng thông tin điện tử",
        "outbox" => "Thư mục xuất tin",
        _ => kind,
    };
}
