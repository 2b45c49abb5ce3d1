using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>Vietnamese names for states and dates shown in Asia/Ho_Chi_Minh.</summary>
public static class Vi
{
    private static readonly TimeZoneInfo VietnamZone = FindZone();

    public static string State(PostState state) => state switch
    {
        PostState.Draft => "Bản nháp",
        PostState.PendingApproval => "Chờ duyệt",
        PostState.Approved => "Đã duyệt",
        PostState.Published => "Đã xuất bản",
        PostState.PartiallyPublished => "Xuất bản một phần",
        PostState.Failed => "Lỗi",
        PostState.Rejected => "Bị từ chối",
        PostState.Withdrawn => "Đã rút",
        _ => state.ToString(),
    };

    public static string State(DeliveryState state) => state switch
    {
        DeliveryState.Waiting => "Chờ duyệt tin",
        DeliveryState.Scheduled => "Đã lên lịch",
        DeliveryState.InProgress => "Đang đăng",
        DeliveryState.Published => "Đã đăng",
        DeliveryState.Dead => "Thất bại",
        DeliveryState.Cancelled => "Đã hủy",
        _ => state.ToString(),
    };

    public static string State(ChannelAccountStatus status) => status switch
    {
        ChannelAccountStatus.Active => "Hoạt động",
        ChannelAccountStatus.NeedsReconnect => "Cần kết nối lại",
        ChannelAccountStatus.Disabled => "Đã tắt",
        _ => status.ToString(),
    };

    public static string Date(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, VietnamZone).ToString("dd/MM/yyyy HH:mm") : "—";

    public static string Duration(TimeSpan span) =>
        span.TotalSeconds < 1 ? $"{span.TotalMilliseconds:0} ms" : $"{span.TotalSeconds:0.0} giây";

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7"); }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7"); }
    }
}
