using Syndicator.Worker.Reports;

namespace Syndicator.Tests.Unit.Reports;

public sealed class CsvBuilderTests
{
    [Fact]
    public void Row_withSeparatorsQuotesAndNewlines_roundTripsThroughRfc4180()
    {
        var fields = new[] { "a,b", "nói \"không\"", "dòng 1\r\ndòng 2", "", "Xã Tân Lập" };
        var rows = CsvReader.Parse(new CsvBuilder().Row(fields).ToString());
        Assert.Equal(fields, Assert.Single(rows));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+1")]
    [InlineData("@SUM(A1)")]
    public void Quote_ofFormula_isNeutralisedForSpreadsheets(string field) =>
        Assert.StartsWith("'", CsvReader.Parse(new CsvBuilder().Row(field).ToString())[0][0]);

    [Fact]
    public void ToBytes_startsWithUtf8Bom()
    {
        var bytes = new CsvBuilder().Row("á").ToBytes();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }
}
