namespace Syndicator.Worker.Composition;

/// <summary>The shipped "Bình dân học vụ số" tips, posted monthly in this order without repeats, then again from the start.</summary>
public static class DigitalTips
{
    public static readonly IReadOnlyList<DigitalTip> All =
    [
        new("Kích hoạt tài khoản định danh điện tử VNeID mức 2",
            "Tài khoản VNeID mức 2 giúp bà con làm nhiều thủ tục mà không cần mang giấy tờ bản giấy.",
            "Mang căn cước đến công an xã để được hỗ trợ đăng ký tài khoản định danh điện tử mức 2.\n\nSau khi được duyệt, tải ứng dụng VNeID từ kho ứng dụng chính thức, đăng nhập bằng số định danh cá nhân và đặt mật khẩu riêng.\n\nTuyệt đối không đưa mật khẩu hay mã OTP cho bất kỳ ai, kể cả người tự xưng là cán bộ."),
        new("Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
            "Nhiều thủ tục như khai sinh, đăng ký thường trú, cấp phiếu lý lịch tư pháp có thể nộp ngay tại nhà.",
            "Truy cập dichvucong.gov.vn và đăng nhập bằng tài khoản VNeID.\n\nChọn thủ tục cần làm, điền thông tin theo hướng dẫn, đính kèm ảnh chụp giấy tờ và theo dõi kết quả trên mục \"Quản lý hồ sơ\".\n\nNếu gặp khó khăn, bà con đến Trung tâm phục vụ hành chính công xã để được cán bộ hướng dẫn trực tiếp."),
        new("Thanh toán không dùng tiền mặt: an toàn và tiện lợi",
            "Quét mã QR để trả tiền điện, nước, học phí hay mua hàng ở chợ giúp tiết kiệm thời gian và tránh nhầm lẫn tiền lẻ.",
            "Mở ứng dụng ngân hàng, chọn \"Quét mã QR\" và kiểm tra kỹ tên người nhận trước khi xác nhận.\n\nĐặt giới hạn chuyển tiền trong ngày phù hợp với nhu cầu của gia đình.\n\nLưu lại biên lai điện tử để đối chiếu khi cần."),
        new("Nhận diện cuộc gọi, tin nhắn lừa đảo",
            "Kẻ gian thường giả danh công an, ngân hàng, nhân viên điện lực để yêu cầu chuyển tiền hoặc cung cấp mã OTP.",
            "Cơ quan nhà nước không làm việc qua điện thoại để yêu cầu chuyển tiền hay cài đặt ứng dụng lạ.\n\nKhông bấm vào đường link lạ gửi qua tin nhắn, Zalo hoặc Facebook.\n\nKhi nghi ngờ, hãy gác máy và gọi lại số tổng đài chính thức, hoặc báo ngay cho công an xã."),
        new("Đặt mật khẩu mạnh và bật xác thực hai lớp",
            "Một mật khẩu mạnh và xác thực hai lớp giúp tài khoản mạng xã hội, ngân hàng khó bị chiếm đoạt.",
            "Dùng mật khẩu dài ít nhất 12 ký tự, có chữ hoa, chữ thường, số và ký hiệu; không dùng ngày sinh hay số điện thoại.\n\nMỗi tài khoản quan trọng nên có mật khẩu riêng.\n\nBật xác thực hai lớp trong phần cài đặt bảo mật của ứng dụng."),
        new("Tra cứu thông tin và phản ánh kiến nghị qua mạng",
            "Bà con có thể gửi phản ánh, kiến nghị đến chính quyền mà không cần đến trụ sở.",
            "Dùng chức năng phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia hoặc trang Zalo chính thức của xã.\n\nGhi rõ nội dung, địa điểm, kèm hình ảnh nếu có.\n\nKết quả xử lý được thông báo lại qua tài khoản của bà con."),
        new("Giữ an toàn cho trẻ em khi dùng Internet",
            "Cha mẹ đồng hành cùng con giúp trẻ học tập trên mạng hiệu quả và tránh nội dung độc hại.",
            "Đặt máy tính, điện thoại của trẻ ở nơi chung của gia đình và thống nhất thời gian sử dụng.\n\nBật chế độ kiểm soát của phụ huynh trên ứng dụng và trình duyệt.\n\nDạy trẻ không kết bạn, không gửi ảnh cho người lạ và kể lại với bố mẹ khi gặp điều bất thường."),
        new("Sử dụng sổ sức khỏe điện tử trên VNeID",
            "Sổ sức khỏe điện tử giúp lưu lại lịch sử khám chữa bệnh, tiêm chủng của cả gia đình.",
            "Đăng nhập VNeID, chọn mục \"Sổ sức khỏe điện tử\" để xem thông tin khám chữa bệnh.\n\nKhi đi khám, bà con có thể dùng căn cước gắn chip hoặc VNeID thay cho thẻ bảo hiểm y tế bản giấy.\n\nKiểm tra thông tin định kỳ và báo cơ sở y tế nếu thấy sai sót."),
    ];
}
