using System.ComponentModel.DataAnnotations;

namespace Syndicator.Worker.Campaigns;

/// <summary>One observance day of the <c>Syndicator:Campaigns</c> list.</summary>
public sealed class CampaignDay
{
    /// <summary>Stable key, part of the campaign key "&lt;key&gt;-&lt;year&gt;" (e.g. "chuyen-doi-so").</summary>
    [Required, RegularExpression("^[a-z0-9-]{2,40}$")] public string Key { get; set; } = "";
    [Range(1, 12)] public int Month { get; set; }
    [Range(1, 31)] public int Day { get; set; }
    /// <summary>Vietnamese name used in the posts.</summary>
    [Required] public string Name { get; set; } = "";
    /// <summary>How many days ahead the posts are created for the editor to review.</summary>
    [Range(1, 60)] public int LeadDays { get; set; } = 7;
    public string ThemeKey { get; set; } = "ngay-ky-niem";
}
