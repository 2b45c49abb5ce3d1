using Syndicator.Worker.Composition;

namespace Syndicator.Tests.Unit.Composition;

public sealed class LeadRepetitionTests
{
    [Theory]
    [InlineData("<p>Xã triển khai  chuyển đổi số.</p>", "Xã triển khai chuyển đổi số.", false)]
    [InlineData("<p>Xã triển khai chuyển đổi số.</p><p>Người dân được hướng dẫn cài VNeID.</p>", "Xã triển khai chuyển đổi số.", true)]
    [InlineData("   ", "Tóm tắt", false)]
    [InlineData(null, "Tóm tắt", false)]
    [InlineData("<p>Nội dung</p>", null, true)]
    public void HasOwnContent_bodyThatOnlyRepeatsTheSummary_doesNotCount(string? contentHtml, string? summary, bool expected)
    {
        Assert.Equal(expected, LeadRepetition.HasOwnContent(contentHtml, summary));
    }
}
