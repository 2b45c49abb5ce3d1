using Syndicator.Worker.Rendering.Radio;

namespace Syndicator.Tests.Rendering;

public sealed class RadioScriptNormalizerTests
{
    private static string Normalize(string text) => RadioScriptNormalizer.Normalize(text, RadioScriptNormalizer.Unlimited);

    [Theory]
    [InlineData("Tỷ lệ đạt 45%.", "Tỷ lệ đạt bốn mươi lăm phần trăm.")]
    [InlineData("Tăng 3,5 lần", "Tăng ba phẩy năm lần")]
    [InlineData("đạt 12,5%", "đạt mười hai phẩy năm phần trăm")]
    [InlineData("lãi 3,05 tỷ", "lãi ba phẩy không năm tỷ")]
    [InlineData("có 1.500 hộ", "có một nghìn năm trăm hộ")]
    [InlineData("hỗ trợ 2.000.000 đồng", "hỗ trợ hai triệu đồng")]
    [InlineData("giá 500.000đ", "giá năm trăm nghìn đồng")]
    [InlineData("Ngày 18/5 là ngày Khoa học", "ngày mười tám tháng năm là ngày Khoa học")]
    [InlineData("Hưởng ứng 10/10/2025", "Hưởng ứng ngày mười tháng mười năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("Từ ngày 1/4", "Từ ngày một tháng tư")]
    [InlineData("trong tháng 6/2025", "trong tháng sáu năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("lúc 07:30 sáng", "lúc bảy giờ ba mươi phút sáng")]
    [InlineData("lúc 14h00", "lúc mười bốn giờ")]
    [InlineData("lúc 8h", "lúc tám giờ")]
    [InlineData("lúc 7 giờ 30 phút", "lúc bảy giờ ba mươi phút")]
    [InlineData("Tin số 1: tỉnh", "Tin số một: tỉnh")]
    [InlineData("tỷ số 25:1", "tỷ số hai mươi lăm:một")]
    [InlineData("giai đoạn 2021-2025", "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm")]
    [InlineData("Cách mạng công nghiệp 4.0", "Cách mạng công nghiệp bốn chấm không")]
    [InlineData("gọi 0912345678", "gọi không chín một hai ba bốn năm sáu bảy tám")]
    [InlineData("có 105 mô hình", "có một trăm linh năm mô hình")]
    public void Normalize_numbers_areSpelledInVietnamese(string input, string expected) =>
        Assert.Equal(expected, Normalize(input));

    [Theory]
    [InlineData("Triển khai NQ57 tại xã", "Triển khai Nghị quyết năm mươi bảy tại xã")]
    [InlineData("Nghị quyết 57-NQ/TW của Bộ Chính trị", "Nghị quyết số năm mươi bảy của Bộ Chính trị")]
    [InlineData("Thực hiện 57-NQ/TW", "Thực hiện Nghị quyết số năm mươi bảy của Bộ Chính trị")]
    [InlineData("Quyết định 1169/QĐ-TTg", "Quyết định số một nghìn một trăm sáu mươi chín của Thủ tướng Chính phủ")]
    [InlineData("Nghị định 13/2023/NĐ-CP", "Nghị định số mười ba năm hai nghìn không trăm hai mươi ba của Chính phủ")]
    [InlineData("Sở KH&CN tỉnh", "Sở khoa học và công nghệ tỉnh")]
    [InlineData("Ngày KHCN Việt Nam", "Ngày khoa học và công nghệ Việt Nam")]
    [InlineData("Đẩy mạnh CĐS và ĐMST", "Đẩy mạnh chuyển đổi số và đổi mới sáng tạo")]
    [InlineData("UBND xã và HĐND xã", "Ủy ban nhân dân xã và Hội đồng nhân dân xã")]
    [InlineData("Kích hoạt VNeID mức 2", "Kích hoạt V N e I D mức hai")]
    [InlineData("Ứng dụng AI trong nông nghiệp", "Ứng dụng trí tuệ nhân tạo trong nông nghiệp")]
    [InlineData("Ai cũng dùng được", "Ai cũng dùng được")]
    [InlineData("TP. Hà Nội", "thành phố Hà Nội")]
    [InlineData("Ban Chấp hành TW", "Ban Chấp hành Trung ương")]
    [InlineData("Dân biết, dân làm & dân kiểm tra", "Dân biết, dân làm và dân kiểm tra")]
    public void Normalize_abbreviations_areExpanded(string input, string expected) =>
        Assert.Equal(expected, Normalize(input));

    [Theory]
    [InlineData("Xem tại https://vnexpress.net/ai-123.html ngay.", "Xem tại ngay.")]
    [InlineData("Chi tiết: www.tanlap.gov.vn/nq57", "Chi tiết:")]
    [InlineData("Truy cập dichvucong.gov.vn để nộp hồ sơ", "Truy cập để nộp hồ sơ")]
    [InlineData("Liên hệ hotro@tanlap.gov.vn nhé", "Liên hệ nhé")]
    [InlineData("Bà con chú ý. Chi tiết xem tại https://tanlap.gov.vn/nq57.", "Bà con chú ý.")]
    [InlineData("Xem thêm tại: www.tanlap.gov.vn", "")]
    [InlineData("Theo dõi #ChuyenDoiSo", "Theo dõi ChuyenDoiSo")]
    [InlineData("#NQ57", "Nghị quyết năm mươi bảy")]
    [InlineData("<p>Bà con <b>chú ý</b></p><script>alert(1)</script>", "Bà con chú ý")]
    public void Normalize_unreadableParts_areRemoved(string input, string expected) =>
        Assert.Equal(expected, Normalize(input));

    [Fact]
    public void Normalize_textWithManyUrls_leavesNoUrlOrDigit()
    {
        var result = Normalize("Nguồn: https://a.vn/x?y=1 (http://b.com) và https://c.org/d#e. Ngày 18/5/2025 lúc 9:05.");

        Assert.DoesNotContain("http", result);
        Assert.DoesNotContain("://", result);
        Assert.DoesNotContain("()", result);
        Assert.False(result.Any(char.IsAsciiDigit), result);
    }

    [Fact]
    public void Normalize_overWordBudget_cutsOnSentenceBoundary()
    {
        var text = "Câu thứ nhất có năm từ. Câu thứ hai cũng năm từ. Câu thứ ba cũng thế.";

        var result = RadioScriptNormalizer.Normalize(text, 12);

        Assert.Equal("Câu thứ nhất có năm từ. Câu thứ hai cũng năm từ.", result);
    }

    [Fact]
    public void Normalize_firstSentenceTooLong_cutsAtWordBudgetAndEndsSentence()
    {
        var result = RadioScriptNormalizer.Normalize("một hai ba bốn năm sáu bảy tám chín mười", 4);

        Assert.Equal("một hai ba bốn.", result);
    }

    [Fact]
    public void Normalize_exactlyAtWordBudget_keepsEverything()
    {
        const string text = "Bà con chú ý. Sáng mai họp thôn.";

        Assert.Equal(text, RadioScriptNormalizer.Normalize(text, 8));
    }

    [Theory]
    [InlineData("Thực hiện 57-NQ/TW, UBND xã đạt 45% DVCTT vào 10/10/2025 lúc 7:30; xem https://x.vn. AI & CĐS.")]
    [InlineData("Ngày 18/5, TP. Huế có 1.500 hộ dùng VNeID #NQ57")]
    public void Normalize_appliedTwice_isStable(string input)
    {
        var once = Normalize(input);

        Assert.Equal(once, Normalize(once));
    }

    [Fact]
    public void Normalize_decomposedInput_returnsComposedText()
    {
        var decomposed = "Chuyển đổi số".Normalize(System.Text.NormalizationForm.FormD);

        var result = Normalize(decomposed);

        Assert.True(result.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal("Chuyển đổi số", result);
    }

    [Fact]
    public void Table_entries_areComposedAndContainNoKeys()
    {
        foreach (var (key, spoken) in SpokenAbbreviations.Table)
        {
            Assert.True(key.IsNormalized() && spoken.IsNormalized(), key);
            Assert.Equal(spoken, SpokenAbbreviations.Expand(spoken));
        }
    }
}
