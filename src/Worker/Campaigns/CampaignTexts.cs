using System.Globalization;

namespace Syndicator.Worker.Campaigns;

/// <summary>The Vietnamese wording of the lead-up and day-of posts of an observance day.</summary>
public static class CampaignTexts
{
    public static (string Title, string Lead, string Body) LeadUp(CampaignDay day, DateOnly occurrence, string communeName) => (
        string.Create(CultureInfo.InvariantCulture, $"Còn {CampaignCalendar.LeadUpDaysBefore} ngày nữa: {day.Name} ({occurrence:dd/MM/yyyy})"),
        $"Hướng tới {day.Name}, {communeName} mời bà con cùng tìm hiểu và tham gia các hoạt động hưởng ứng.",
        $"Nghị quyết 57-NQ/TW của Bộ Chính trị xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là động lực phát triển của đất nước.\n\n"
        + $"Nhân dịp {day.Name}, bà con có thể tham gia bằng những việc làm thiết thực: cài đặt và sử dụng VNeID, nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt, chia sẻ kinh nghiệm ứng dụng công nghệ trong sản xuất.\n\n"
        + $"Mọi thắc mắc xin liên hệ Trung tâm phục vụ hành chính công của {communeName}.");

    public static (string Title, string Lead, string Body) DayOf(CampaignDay day, DateOnly occurrence, string communeName) => (
        string.Create(CultureInfo.InvariantCulture, $"{day.Name} – {occurrence:dd/MM/yyyy}"),
        $"{communeName} hưởng ứng {day.Name} năm {occurrence.Year}, chung tay đưa Nghị quyết 57-NQ/TW vào cuộc sống.",
        $"Hôm nay, {communeName} cùng cả nước hưởng ứng {day.Name}.\n\n"
        + "Mỗi người dân, mỗi hộ gia đình và doanh nghiệp đều có thể góp sức: học cách dùng dịch vụ công trực tuyến, giữ an toàn trên không gian mạng, áp dụng tiến bộ khoa học kỹ thuật vào sản xuất, kinh doanh.\n\n"
        + "Chuyên mục NQ57 sẽ tiếp tục giới thiệu các mô hình hay, cách làm sáng tạo trên địa bàn. Mời bà con theo dõi và chia sẻ.");
}
