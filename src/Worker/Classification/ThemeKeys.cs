namespace Syndicator.Worker.Classification;

/// <summary>Keys of the column themes taken from the commune plans.</summary>
public static class ThemeKeys
{
    public const string Policy = "chinh-sach";
    public const string DigitalTransformation = "chuyen-doi-so";
    public const string Innovation = "doi-moi-sang-tao";
    public const string Science = "khoa-hoc-cong-nghe";
    public const string ModelExamples = "mo-hinh-tieu-bieu";
    public const string Business = "doanh-nghiep-ho-gia-dinh";
    public const string Education = "giao-duc-stem";
    public const string ObservanceDays = "ngay-ky-niem";
}
