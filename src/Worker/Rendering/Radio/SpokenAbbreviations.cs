using System.Text.RegularExpressions;

namespace Syndicator.Worker.Rendering.Radio;

/// <summary>Expands document numbers and abbreviations into words an announcer can read.</summary>
public static partial class SpokenAbbreviations
{
    /// <summary>Case-sensitive table (AI must not match the Vietnamese word "ai"). Expansions contain no keys, so expanding twice changes nothing.</summary>
    public static readonly IReadOnlyDictionary<string, string> Table = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NQ57"] = "Nghị quyết năm mươi bảy",
        ["NQ-57"] = "Nghị quyết năm mươi bảy",
        ["QĐ-TTg"] = "Quyết định của Thủ tướng Chính phủ",
        ["NĐ-CP"] = "Nghị định của Chính phủ",
        ["NQ-CP"] = "Nghị quyết của Chính phủ",
        ["NQ/TW"] = "Nghị quyết của Trung ương",
        ["NQ"] = "Nghị quyết",
        ["TW"] = "Trung ương",
        ["KH&CN"] = "khoa học và công nghệ",
        ["KH-CN"] = "khoa học và công nghệ",
        ["KHCN"] = "khoa học và công nghệ",
        ["CĐS"] = "chuyển đổi số",
        ["ĐMST"] = "đổi mới sáng tạo",
        ["UBND"] = "Ủy ban nhân dân",
        ["HĐND"] = "Hội đồng nhân dân",
        ["MTTQ"] = "Mặt trận Tổ quốc",
        ["BCĐ"] = "Ban Chỉ đạo",
        ["VNeID"] = "V N e I D",
        ["AI"] = "trí tuệ nhân tạo",
        ["CNTT"] = "công nghệ thông tin",
        ["DVCTT"] = "dịch vụ công trực tuyến",
        ["TTHC"] = "thủ tục hành chính",
        ["ATTT"] = "an toàn thông tin",
        ["KT-XH"] = "kinh tế - xã hội",
        ["HTX"] = "hợp tác xã",
        ["TP."] = "thành phố",
        ["Tp."] = "thành phố",
        ["TP"] = "thành phố",
        ["TX."] = "thị xã",
        ["PGS.TS."] = "Phó Giáo sư, Tiến sĩ",
        ["GS.TS."] = "Giáo sư, Tiến sĩ",
        ["PGS."] = "Phó Giáo sư",
        ["GS."] = "Giáo sư",
        ["TS."] = "Tiến sĩ",
        ["ThS."] = "Thạc sĩ",
        ["v.v..."] = "vân vân",
        ["v.v."] = "vân vân",
        ["VNĐ"] = "đồng",
        ["VND"] = "đồng",
    };

    private static readonly Regex Keys = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', Table.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string Expand(string text)
    {
        text = PartyResolution().Replace(text, m => $"Nghị quyết số {m.Groups[1].Value} của Bộ Chính trị");
        text = PrimeMinisterDecision().Replace(text, m => $"Quyết định số {m.Groups[1].Value}{Year(m)} của Thủ tướng Chính phủ");
        text = GovernmentDocument().Replace(text, m =>
            $"{(m.Groups[3].Value == "NĐ" ? "Nghị định" : "Nghị quyết")} số {m.Groups[1].Value}{Year(m)} của Chính phủ");
        return Keys.Replace(text, m => Table[m.Value]);
    }

    private static string Year(Match match) => match.Groups[2].Success ? " năm " + match.Groups[2].Value : string.Empty;

    [GeneratedRegex(@"(?:Nghị quyết\s+(?:số\s+)?)?(\d+)\s*-\s*NQ\s*/\s*TW(?:\s+của\s+Bộ\s+Chính\s+trị)?")]
    private static partial Regex PartyResolution();

    [GeneratedRegex(@"(?:Quyết định\s+(?:số\s+)?)?(\d+)\s*/\s*(?:(\d{4})\s*/\s*)?QĐ\s*-\s*TTg(?:\s+của\s+Thủ\s+tướng(?:\s+Chính\s+phủ)?)?")]
    private static partial Regex PrimeMinisterDecision();

    [GeneratedRegex(@"(?:(?:Nghị định|Nghị quyết)\s+(?:số\s+)?)?(\d+)\s*/\s*(?:(\d{4})\s*/\s*)?(NĐ|NQ)\s*-\s*CP(?:\s+của\s+Chính\s+phủ)?")]
    private static partial Regex GovernmentDocument();
}
