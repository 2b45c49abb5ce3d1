namespace Syndicator.Worker.Web.Dashboard;

/// <summary>Short confirmation messages shown after a redirect (?m=code), never user-supplied text.</summary>
public static class Notices
{
    public static string? Text(string? code) => code switch
    {
        "approved" => "Đã duyệt tin. Tin sẽ được đăng theo lịch của từng kênh.",
        "rejected" => "Đã từ chối tin.",
        "saved" => "Đã lưu thay đổi.",
        "bulk" => "Đã duyệt các tin đã chọn.",
        "retry" => "Đã đưa lượt đăng vào lịch để thử lại.",
        "drafted" => "Đã lưu bản nháp. Bấm \"Gửi duyệt\" khi tin đã sẵn sàng.",
        "submitted" => "Đã gửi tin cho người duyệt.",
        "withdrawn" => "Đã rút tin. Các lượt đăng chưa thực hiện đã bị hủy.",
        "rescheduled" => "Đã đổi giờ đăng.",
        "template" => "Đã lưu mẫu trình bày.",
        "user" => "Đã lưu người dùng.",
        "job" => "Đã gửi lệnh tới bộ lập lịch.",
        _ => null,
    };
}
